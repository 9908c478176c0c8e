"""``discretie policy diff OLD NEW --on DIR | --on-held``: which verdicts a policy change changes,
run as an administrator runs it (a subprocess), over the labelled corpus and over a real store."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from discretie import pipeline
from discretie.message import parse
from discretie.policy import load_policy
from discretie.store import Store

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO / "tests" / "corpus"

# The corpus mails whose visible outsiders (parents, pupils with others, externals in To/Cc) number 2 or 3: raising
# bcc.max_visible_external from 1 to 3 stops the BCC rewrite of exactly these. Where another rule still
# refuses the mail (password, private account) only the list of rules changes, not the action.
REWRITE_TO_FORWARD = [
    "059-vader-en-moeder-in-aan.eml",
    "060-ouder-en-clb-in-cc.eml",
    "062-leerling-en-ouder-in-aan.eml",
    "063-offerte-busmaatschappijen.eml",
    "064-erasmus-partners-in-aan.eml",
    "065-ouders-en-collegas-gemengd.eml",
    "067-leerlingen-in-cc-stage.eml",
    "068-ouderraad-vergadering-leden-in-aan.eml",
    "071-twee-externen-leverancier-en-clb.eml",
    "072-leerlingen-en-ouders-nieuwjaar-english.eml",
]
STILL_REFUSED = [
    "011-guest-wifi-visiting-teachers-english.eml",
    "171-gmail-ouders-zichtbaar.eml",
]


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "discretie", "policy", "diff", *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def policies(
    tmp_path: Path, old: str = "max_visible_external: 1", new: str = "max_visible_external: 3"
) -> tuple[Path, Path]:
    text = (REPO / "policy.yaml").read_text("utf-8")
    assert old in text
    (tmp_path / "old.yaml").write_text(text.replace("path: var/discretie.db", f"path: {tmp_path / 'store.db'}"))
    (tmp_path / "new.yaml").write_text(
        text.replace(old, new).replace("path: var/discretie.db", f"path: {tmp_path / 'store.db'}")
    )
    return tmp_path / "old.yaml", tmp_path / "new.yaml"


def test_one_threshold_on_the_corpus_shows_exactly_the_mails_it_changes(tmp_path: Path) -> None:
    old, new = policies(tmp_path)
    result = run(str(old), str(new), "--on", str(CORPUS), "--json")
    assert result.returncode == 3, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    changes, summary = rows[:-1], rows[-1]
    assert summary == {"compared": 268, "changed": 12}
    assert sorted(c["name"] for c in changes) == sorted(REWRITE_TO_FORWARD + STILL_REFUSED)
    for change in changes:
        assert change["rules_removed"] == ["bcc"] and change["rules_added"] == []
        if change["name"] in REWRITE_TO_FORWARD:
            assert (change["before"]["action"], change["after"]["action"]) == ("rewrite", "forward")
        else:
            assert change["before"]["action"] == change["after"]["action"] == "reject"

    text = run(str(old), str(new), "--on", str(CORPUS))
    assert text.returncode == 3
    assert "059-vader-en-moeder-in-aan.eml: verzonden met ontvangers in BCC -> doorgestuurd (regels: -" in text.stdout
    assert text.stdout.splitlines()[-1].startswith("12 van 268 berichten krijgen een ander oordeel")


SENSITIVE = (
    b"From: an.devos@sintpieterscollege.be\r\nTo: marc.peeters@telenet.be\r\nSubject: Lotte\r\n\r\n"
    b"Beste, Lotte uit 3B neemt sinds vorige week medicatie voor haar ADHD en heeft een diagnose van "
    b"dyslexie gekregen; de CLB-medewerker volgt haar op.\r\n"
)


def test_the_envelope_comes_from_labels_yaml_beside_the_files(tmp_path: Path) -> None:
    """Sensitive mail whose header names a parent but whose labelled envelope goes to a colleague only:
    changing sensitive.internal_action changes its verdict only when labels.yaml is read."""
    folder = tmp_path / "mails"
    folder.mkdir()
    (folder / "a.eml").write_bytes(SENSITIVE)
    old, new = policies(tmp_path, old="internal_action: forward # among staff", new="internal_action: hold #")
    from_headers = run(str(old), str(new), "--on", str(folder))
    assert from_headers.returncode == 0, from_headers.stdout  # to the parent: held under both policies
    assert from_headers.stdout.strip() == f"0 van 1 berichten krijgen een ander oordeel ({old} -> {new})"
    (folder / "labels.yaml").write_text(
        "a.eml:\n  mail_from: an.devos@sintpieterscollege.be\n  rcpt: [x@spc.ksleuven.be]\n"
    )
    labelled = run(str(old), str(new), "--on", str(folder), "--json")
    assert labelled.returncode == 3, labelled.stdout
    change = json.loads(labelled.stdout.splitlines()[0])
    assert (change["name"], change["before"]["action"], change["after"]["action"]) == ("a.eml", "forward", "hold")


def test_on_held_runs_both_policies_over_the_held_messages(tmp_path: Path) -> None:
    old, new = policies(
        tmp_path, old="internal_action: forward # among staff", new="action: forward\n    internal_action: forward #"
    )
    policy = load_policy(old)
    raw = SENSITIVE
    message = parse(raw, "an.devos@sintpieterscollege.be", ("marc.peeters@telenet.be",))
    verdict = pipeline.check(message, policy)
    assert verdict.action.value == "hold", verdict
    with Store.open(tmp_path / "store.db") as store:
        ref = store.hold(raw=raw, message=message, verdict=verdict, policy=policy)
    result = run(str(old), str(new), "--on-held", "--json")
    assert result.returncode == 3, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert rows[0]["name"] == ref
    assert (rows[0]["before"]["action"], rows[0]["after"]["action"]) == ("hold", "forward")
    assert rows[0]["before"]["rules"] == rows[0]["after"]["rules"]  # same findings, another action
    assert rows[-1] == {"compared": 1, "changed": 1}


def test_errors_exit_1_and_usage_2(tmp_path: Path) -> None:
    old, new = policies(tmp_path)
    (tmp_path / "bad.yaml").write_text("rules:\n  bcc:\n    max_visible_external: -1\n")
    bad = run(str(old), str(tmp_path / "bad.yaml"), "--on", str(CORPUS))
    assert bad.returncode == 1 and "rules.bcc.max_visible_external" in bad.stderr
    no_store = run(str(old), str(new), "--on-held", "--store", str(tmp_path / "none.db"))
    assert no_store.returncode == 1 and no_store.stderr.startswith("discretie policy diff:")
    assert run(str(old), str(new)).returncode == 2  # --on or --on-held is required
    assert run(str(old), str(new), "--on", str(CORPUS), "--on-held").returncode == 2
