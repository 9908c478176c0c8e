"""Issue 16 item 2 on the command line: ``queue show ID --headers`` and ``queue export ID --eml
FILE``, each written to the audit log; the file is for this user only (0600)."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest

from discretie.policy import Policy, load_policy
from discretie.review.actions import os_actor
from discretie.store import Store
from tests.test_review_cli import db, hold, q  # noqa: F401 - fixtures
from tests.test_store import PARENT, sample_raw


@pytest.fixture(scope="module")
def policy() -> Policy:
    return load_policy(None)


def test_show_headers_lists_every_header_and_is_audited(db: Path, policy: Policy) -> None:  # noqa: F811
    ref = hold(db, policy)
    shown = q(db, "show", ref, "--headers")
    assert shown.returncode == 0, shown.stderr
    assert shown.stdout.splitlines() == [
        "From: Jan Peeters <jan.peeters@spc.ksleuven.be>",
        f"To: {PARENT}",
        "Subject: Verslag CLB",
        "Message-Id: <verslag-1@spc.ksleuven.be>",
        "Date: Mon, 03 Mar 2025 10:00:00 +0100",
        "Content-Type: text/plain; charset=utf-8",
    ]
    row = json.loads(q(db, "show", ref, "--headers", "--json").stdout)
    assert row["id"] == ref and row["headers"][1] == ["to", PARENT]
    with Store.open(db) as s:
        entries = [e for e in s.audit_entries(target=ref) if e.action == "view_headers"]
    assert [(e.actor, e.via, e.note) for e in entries] == [(os_actor(), "cli", "6 kopregels bekeken")] * 2


def test_export_eml_writes_the_original_0600_and_is_audited(db: Path, policy: Policy, tmp_path: Path) -> None:  # noqa: F811
    ref = hold(db, policy)
    target = tmp_path / "bericht.eml"
    out = q(db, "export", ref, "--eml", str(target))
    assert out.returncode == 0, out.stderr
    assert target.read_bytes() == sample_raw()
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    with Store.open(db) as s:
        entries = [e for e in s.audit_entries(target=ref) if e.action == "download_eml"]
        assert [e.note for e in entries] == [f"origineel bericht ({len(sample_raw())} bytes) naar {target}"]
        s.reject(ref, actor="dpo")
    gone = q(db, "export", ref, "--eml", str(tmp_path / "weg.eml"))
    assert gone.returncode == 1 and "is gewist" in gone.stderr
    assert not (tmp_path / "weg.eml").exists()
    assert q(db, "export", ref).returncode == 2  # --eml is required
