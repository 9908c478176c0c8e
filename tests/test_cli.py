"""``discretie scan`` and ``discretie policy check`` as other tools drive them: subprocesses,
JSON lines, exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "discretie", *args], capture_output=True, text=True, cwd=cwd, timeout=60, check=False
    )


def test_policy_check_ok_and_default_file(tmp_path: Path) -> None:
    result = run("policy", "check", str(REPO / "policy.yaml"))
    assert result.returncode == 0, result.stderr
    assert "ok" in result.stdout
    # Without FILE: ./policy.yaml when present.
    (tmp_path / "policy.yaml").write_text("rules:\n  bcc:\n    max_visible_external: -1\n")
    result = run("policy", "check", cwd=tmp_path)
    assert result.returncode == 1


def test_policy_check_bad_file_names_line_and_key(tmp_path: Path) -> None:
    bad = tmp_path / "policy.yaml"
    text = (REPO / "policy.yaml").read_text().replace("max_visible_external: 1", "max_visible_external: -3")
    bad.write_text(text)
    line = next(i for i, t in enumerate(text.splitlines(), 1) if "max_visible_external" in t)
    result = run("policy", "check", str(bad))
    assert result.returncode == 1
    assert f"{bad}:{line} rules.bcc.max_visible_external: Input should be greater than or equal to 0" in result.stderr


def test_usage_errors_exit_2() -> None:
    assert run("scan").returncode == 2
    assert run("frobnicate").returncode == 2
    assert run("serve", "--listen", "nonsense").returncode == 2


def test_scan_json_lines(tmp_path: Path) -> None:
    clean = tmp_path / "clean.eml"
    clean.write_bytes(
        b"From: an.devos@sintpieterscollege.be\r\nTo: jan.peeters@spc.ksleuven.be\r\nSubject: Planning\r\n\r\n"
        b"De toets wiskunde gaat door op maandag.\r\n"
    )
    garbage = tmp_path / "garbage.eml"
    garbage.write_bytes(b"\x00\xff\xfe not a mail at all")
    result = run("scan", "--json", str(clean), str(garbage))
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["file"] for r in rows] == [str(clean), str(garbage)]
    for row in rows:
        assert set(row) >= {"file", "action", "findings"}
        assert row["action"] in ("forward", "rewrite", "hold", "reject")
        for finding in row["findings"]:
            assert set(finding) == {"rule", "category", "severity", "reason", "evidence"}
    assert rows[0]["action"] == "forward" and rows[0]["findings"] == []


def test_scan_missing_file_exit_1(tmp_path: Path) -> None:
    result = run("scan", "--json", str(tmp_path / "nope.eml"))
    assert result.returncode == 1
    assert "nope.eml" in result.stderr


def test_scan_with_bad_policy_exit_1(tmp_path: Path) -> None:
    bad = tmp_path / "p.yaml"
    bad.write_text("mode: sometimes\n")
    eml = tmp_path / "m.eml"
    eml.write_bytes(b"Subject: x\r\n\r\nx\r\n")
    result = run("scan", "--policy", str(bad), str(eml))
    assert result.returncode == 1
    assert f"{bad}:1 mode:" in result.stderr
