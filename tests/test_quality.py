"""Measured quality (issue 3): every rule reaches precision and recall >= 0.95 on the labelled
corpus in tests/corpus, and the corpus itself is large enough, balanced, consistent and
reproducible from its generator. A failing rule test lists the misclassified files."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.helpers import bench_module

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO / "tests" / "corpus"
THRESHOLD = 0.95
MIN_MAILS = 150
MIN_POSITIVES = 25
MIN_PER_CATEGORY = 5
MIN_HARD_NEGATIVES = 70


quality = bench_module("quality")


@pytest.fixture(scope="module")
def report() -> Any:
    return quality.evaluate(CORPUS)


@pytest.fixture(scope="module")
def labels() -> dict[str, dict[str, Any]]:
    loaded: dict[str, dict[str, Any]] = quality.load_labels(CORPUS)
    return loaded


def test_corpus_has_enough_mails(labels: dict[str, dict[str, Any]]) -> None:
    """At least 150 labelled mails, every .eml labelled and every label backed by a file."""
    assert len(labels) >= MIN_MAILS


@pytest.mark.parametrize("rule", [r for r in quality.RULE_IDS if r not in quality.ROSTER_RULES])
def test_corpus_has_enough_positives(labels: dict[str, dict[str, Any]], rule: str) -> None:
    """Each rule has at least 25 mails on which it must fire."""
    positives = sum(1 for label in labels.values() if rule in label["rules"])
    assert positives >= MIN_POSITIVES, f"{rule}: only {positives} positives"


@pytest.mark.parametrize("category", quality.CATEGORIES)
def test_corpus_has_every_sensitive_category(labels: dict[str, dict[str, Any]], category: str) -> None:
    """Each sensitive category (family, psychosocial, medical, care, financial) has 5+ mails."""
    count = sum(1 for label in labels.values() if category in (label.get("categories") or {}).get("sensitive", []))
    assert count >= MIN_PER_CATEGORY, f"sensitive/{category}: only {count} mails"


def test_corpus_has_hard_negatives(labels: dict[str, dict[str, Any]]) -> None:
    """At least 70 mails are look-alikes for a rule that must not fire (listed in `traps`)."""
    hard = [name for name, label in labels.items() if label.get("traps")]
    assert len(hard) >= MIN_HARD_NEGATIVES
    for name in hard:
        overlap = set(labels[name]["traps"]) & set(labels[name]["rules"])
        assert not overlap, f"{name}: {overlap} is both a trap and a label"


def test_corpus_is_reproducible_from_its_generator() -> None:
    """The committed .eml files and labels.yaml are exactly what tests/corpus/generate.py writes."""
    from tests.corpus import generate

    stale = generate.stale_files(CORPUS, generate.build())
    assert not stale, "corpus out of date, run `.venv/bin/python -m tests.corpus.generate`: " + ", ".join(stale[:10])


def test_no_rule_crashes_on_the_corpus(report: Any) -> None:
    """No rule raises on any corpus mail (a crash would hold the mail for the DPO)."""
    assert not report.errors, "\n".join(report.errors[:20])


def _failure(report: Any, rule: str) -> str:
    counts = report.rules[rule]
    lines = [
        f"{rule}: precision {counts.precision:.3f}, recall {counts.recall:.3f} "
        f"(TP {counts.tp}, FP {counts.fp}, FN {counts.fn}, TN {counts.tn}); threshold {THRESHOLD}",
        "misclassified (FP = fired but must not, FN = must fire but did not):",
    ]
    for miss in report.misses_for(rule):
        lines.append(f"  {miss.kind} {miss.file} -- {miss.note}")
        lines.extend(f"      {finding}" for finding in miss.findings)
    return "\n".join(lines)


@pytest.mark.parametrize("rule", quality.RULE_IDS)
def test_rule_precision_and_recall(report: Any, rule: str) -> None:
    """Precision and recall of each rule over the corpus are both at least 0.95."""
    counts = report.rules[rule]
    assert counts.precision >= THRESHOLD and counts.recall >= THRESHOLD, _failure(report, rule)


def test_quality_script_exit_status(tmp_path: Path) -> None:
    """bench/quality.py exits 2 on a corpus whose labels do not match its files."""
    (tmp_path / "labels.yaml").write_text("missing.eml:\n  rules: [password]\n", "utf-8")
    (tmp_path / "extra.eml").write_bytes(b"Subject: x\r\n\r\nhallo\r\n")
    assert quality.main(["--corpus", str(tmp_path)]) == 2


def test_counts_arithmetic() -> None:
    """Precision/recall conventions: no firing means precision 1, no positives means recall 1."""
    counts = quality.Counts()
    assert counts.add(True, True) is None
    assert counts.add(True, False) == "FN"
    assert counts.add(False, True) == "FP"
    assert counts.add(False, False) is None
    assert (counts.tp, counts.fn, counts.fp, counts.tn) == (1, 1, 1, 1)
    assert counts.precision == 0.5 and counts.recall == 0.5
    assert quality.Counts().precision == 1.0 and quality.Counts().recall == 1.0


def test_a_corpus_with_a_roster_scores_recipient_from_misdirected(tmp_path: Path) -> None:
    """roster.csv in the corpus is imported (ids from "Intern nummer"); `misdirected` labels recipient."""
    (tmp_path / "roster.csv").write_text(
        "Intern nummer;Voornaam;Naam;Klas;E-mailadres ouder 1\n"
        "P1;Mathis;Lemmens;5C;sofie.lemmens@gmail.com\nP2;Lore;Peeters;4B;kristof.peeters@telenet.be\n",
        "utf-8",
    )
    body = "From: an.devos@sintpieterscollege.be\r\nTo: {to}\r\nSubject: x\r\n\r\nMathis Lemmens is ziek.\r\n"
    (tmp_path / "a.eml").write_text(body.format(to="kristof.peeters@telenet.be"), "utf-8")
    (tmp_path / "b.eml").write_text(body.format(to="sofie.lemmens@gmail.com"), "utf-8")
    (tmp_path / "labels.yaml").write_text(
        "a.eml: {rules: [], about: [P1], misdirected: true}\nb.eml: {rules: [], about: [P1], misdirected: false}\n",
        "utf-8",
    )
    report = quality.evaluate(tmp_path)
    assert report.roster and report.rules["recipient"].as_json()["tp"] == 1
    assert report.rules["recipient"].fp == 0 and report.rules["recipient"].tn == 1
    split = report.misdirected
    assert (split["misdirected"].tp, split["correctly addressed"].tn, split["other"].positives) == (1, 1, 0)
    assert (report.about.tp, report.about.fn) == (2, 0)
