"""Per-rule precision and recall of Discretie over the labelled corpus (tests/corpus).

Every mail is parsed with :func:`discretie.message.parse` using the envelope from labels.yaml (with
``--documents`` its PDF, Office and OpenDocument attachments read as the gateway reads them,
:func:`discretie.documents.read`; off by default: every figure in docs/rules.md up to batch31 was scored without,
and authors of blind batches often attach documents that are no valid file, which the gateway holds as
unreadable), and run through :func:`discretie.pipeline.check` (every rule in :data:`discretie.rules.RULES`) with the
embedded default policy (or ``--policy FILE``). A rule *fires* on a mail when it returns a finding
above ``info``; for ``personal_data``, which is informational by design, any finding counts. A rule
that crashes counts as firing and is listed under errors.

    .venv/bin/python bench/quality.py                 # table, misclassified files, exit 1 below 0.95
    .venv/bin/python bench/quality.py --threshold 0.9 --json

Exit status: 0 when every rule reaches the threshold for precision and recall, 1 when one does not,
2 when the corpus or the policy cannot be read. Independent of pytest.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from discretie import documents, roster
from discretie.documents.pool import Reader
from discretie.message import parse
from discretie.model import Finding, Severity
from discretie.pipeline import check
from discretie.policy import Policy, PolicyError, load_policy
from discretie.rules import RULES

REPO = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = REPO / "tests" / "corpus"
LABELS = "labels.yaml"
RULE_IDS = ("password", "bcc", "sensitive", "private_account", "attachment", "personal_data", "recipient")
ROSTER_RULES = ("recipient",)  # measurable only on a corpus with a roster.csv
ROSTER = "roster.csv"  # a corpus with the fictional school's pupil export is scored with it imported
ROSTER_KEY = b"bench/quality.py roster key, 32b"
# Scored too, where a corpus labels them (tests/corpus does not: there they must simply never fire).
SCORED_RULE_IDS = (*RULE_IDS, "links", "conduct", "hijack")
CATEGORIES = ("family", "psychosocial", "medical", "care", "financial")
INFORMATIONAL = frozenset({"personal_data"})


class CorpusError(Exception):
    """labels.yaml or the .eml files are missing or inconsistent."""


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0

    @property
    def positives(self) -> int:
        return self.tp + self.fn

    @property
    def precision(self) -> float:
        """TP / (TP + FP); 1.0 when the rule never fired (recall then tells the story)."""
        fired = self.tp + self.fp
        return self.tp / fired if fired else 1.0

    @property
    def recall(self) -> float:
        """TP / (TP + FN); 1.0 when nothing was labelled (nothing to find)."""
        return self.tp / self.positives if self.positives else 1.0

    def add(self, expected: bool, got: bool) -> str | None:
        """Count one mail; returns "FP"/"FN" for a mistake."""
        if expected and got:
            self.tp += 1
        elif expected:
            self.fn += 1
            return "FN"
        elif got:
            self.fp += 1
            return "FP"
        else:
            self.tn += 1
        return None

    def as_json(self) -> dict[str, Any]:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "tn": self.tn,
            "positives": self.positives,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
        }


@dataclass
class Miss:
    """One misclassification: ``kind`` is FP (fired, should not) or FN (did not fire, should)."""

    file: str
    rule: str
    kind: str
    note: str
    findings: list[str] = field(default_factory=list)  # what the rule said, for an FP

    def as_json(self) -> dict[str, Any]:
        return {"file": self.file, "rule": self.rule, "kind": self.kind, "note": self.note, "findings": self.findings}


@dataclass
class Report:
    corpus: str
    policy: str
    mails: int = 0
    rules: dict[str, Counts] = field(default_factory=lambda: {r: Counts() for r in SCORED_RULE_IDS})
    categories: dict[str, Counts] = field(default_factory=lambda: {c: Counts() for c in CATEGORIES})
    category_misses: list[Miss] = field(default_factory=list)
    misses: list[Miss] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    seconds: float = 0.0
    # with a roster: recipient on mail labelled misdirected: true / false / not labelled
    roster: bool = False
    misdirected: dict[str, Counts] = field(
        default_factory=lambda: {"misdirected": Counts(), "correctly addressed": Counts(), "other": Counts()}
    )
    about: Counts = field(default_factory=Counts)  # mails whose `about` pupils Roster.find found (tp) or not (fn)
    # sensitive true positives whose findings carry a labelled category (any), and the labelled set exactly
    category_right: int = 0
    category_exact: int = 0

    def below(self, threshold: float) -> list[str]:
        """Rules whose precision or recall is under ``threshold``."""
        return [
            rule for rule, counts in self.rules.items() if counts.precision < threshold or counts.recall < threshold
        ]

    def misses_for(self, rule: str) -> list[Miss]:
        return [m for m in self.misses if m.rule == rule]

    def as_json(self, threshold: float) -> dict[str, Any]:
        return {
            "corpus": self.corpus,
            "policy": self.policy,
            "mails": self.mails,
            "threshold": threshold,
            "passed": not self.below(threshold),
            "below_threshold": self.below(threshold),
            "rules": {r: c.as_json() for r, c in self.rules.items()},
            "sensitive_categories": {c: n.as_json() for c, n in self.categories.items()},
            "misclassified": [m.as_json() for m in self.misses],
            "category_misclassified": [m.as_json() for m in self.category_misses],
            "errors": self.errors,
            "roster": self.roster,
            "recipient_by_label": {k: c.as_json() for k, c in self.misdirected.items()},
            "about_found": self.about.as_json(),
            "sensitive_category_right": self.category_right,
            "sensitive_category_exact": self.category_exact,
            "ms_per_mail": round(1000 * self.seconds / self.mails, 3) if self.mails else 0.0,
        }


def load_labels(corpus: Path) -> dict[str, dict[str, Any]]:
    """labels.yaml as a mapping file -> label, checked against the .eml files present."""
    path = corpus / LABELS
    try:
        data = yaml.safe_load(path.read_text("utf-8"))
    except OSError as exc:
        raise CorpusError(f"{path}: cannot read: {exc}") from None
    except yaml.YAMLError as exc:
        raise CorpusError(f"{path}: not valid YAML: {exc}") from None
    if not isinstance(data, dict):
        raise CorpusError(f"{path}: expected a mapping of file name -> label")
    problems: list[str] = []
    for name, label in data.items():
        if not isinstance(label, dict):
            problems.append(f"{name}: label must be a mapping")
            continue
        rules = label.get("rules", [])
        if not isinstance(rules, list) or any(r not in SCORED_RULE_IDS for r in rules):
            problems.append(f"{name}: rules must be a list of {', '.join(SCORED_RULE_IDS)}")
        categories = (label.get("categories") or {}).get("sensitive", [])
        if any(c not in CATEGORIES for c in categories):
            problems.append(f"{name}: unknown sensitive category in {categories}")
        if not (corpus / name).is_file():
            problems.append(f"{name}: labelled but the file is missing")
    unlabelled = sorted(p.name for p in corpus.glob("*.eml") if p.name not in data)
    problems += [f"{name}: .eml file without a label" for name in unlabelled]
    if problems:
        raise CorpusError(f"{path}:\n  " + "\n  ".join(problems))
    return data


def _envelope(raw: bytes, label: dict[str, Any]) -> tuple[str, list[str]]:
    """The labelled envelope; what is missing comes from From and To/Cc/Bcc."""
    mail_from = label.get("mail_from")
    rcpt = label.get("rcpt")
    if mail_from is None or rcpt is None:
        headers = parse(raw)
        if mail_from is None:
            mail_from = headers.from_[0].addr if headers.from_ else ""
        if rcpt is None:
            rcpt = [a.addr for a in headers.to + headers.cc + headers.bcc]
    return str(mail_from), [str(r) for r in rcpt]


def _fires(finding: Finding) -> bool:
    return finding.rule in INFORMATIONAL or finding.severity is not Severity.INFO or finding.category == "error"


def _describe(finding: Finding) -> str:
    evidence = "; ".join(finding.evidence)[:160]
    text = f"[{finding.category}/{finding.severity.value}] {finding.reason}"
    return f"{text} | {evidence}" if evidence else text


def default_policy() -> Policy:
    """The embedded default policy; the built-in defaults when no policy file is packaged yet."""
    try:
        return load_policy(None)
    except (PolicyError, OSError):
        return Policy()


def load_roster(corpus: Path) -> roster.Roster | None:
    """The corpus's roster.csv imported (school = the folder's name; ids from "Intern nummer")."""
    path = corpus / ROSTER
    if not path.is_file():
        return None
    hasher = roster.Hasher(ROSTER_KEY)
    try:
        rows = roster.read_csv(path)
    except roster.RosterError as exc:
        raise CorpusError(str(exc)) from None
    return roster.load(
        [(corpus.name, roster.build(rows, corpus.name, hasher, "quality").to_bytes())], hasher, "quality"
    )


def evaluate(corpus: Path = DEFAULT_CORPUS, policy: Policy | None = None, read_documents: bool = False) -> Report:
    """Score every rule over ``corpus``. Raises :class:`CorpusError` for an unreadable corpus."""
    policy = policy if policy is not None else default_policy()
    labels = load_labels(corpus)
    school = load_roster(corpus)
    if school is not None:
        policy = policy.with_roster(school)
    report = Report(corpus=str(corpus), policy=policy.source, roster=school is not None)
    missing = [r for r in SCORED_RULE_IDS if r not in RULES]
    report.errors += [f"rule {r!r} is not registered in discretie.rules.RULES" for r in missing]
    started = time.perf_counter()
    reader: Reader | None = None  # started at the first document attachment (workers are processes)
    for name in sorted(labels):
        label = labels[name]
        raw = (corpus / name).read_bytes()
        mail_from, rcpt = _envelope(raw, label)
        message = parse(raw, mail_from, rcpt)
        if read_documents and documents.pending(message, policy):  # as the gateway does: PDF, Office, ODF text
            reader = reader or Reader(workers=1, memory=policy.documents.memory_per_attachment)
            message = documents.read(message, policy, reader)
        verdict = check(message, policy)
        report.mails += 1

        fired: dict[str, list[Finding]] = {}
        for finding in verdict.findings:
            if finding.category == "error":
                report.errors.append(f"{name}: rule {finding.rule} crashed ({', '.join(finding.evidence)})")
            if _fires(finding):
                fired.setdefault(finding.rule, []).append(finding)

        expected = set(label.get("rules") or [])
        misdirected = label.get("misdirected")
        if misdirected is True:
            expected.add("recipient")
        note = str(label.get("note", ""))
        if school is not None:
            split = {True: "misdirected", False: "correctly addressed"}.get(misdirected, "other")
            report.misdirected[split].add(misdirected is True, "recipient" in fired)
            about = [school.pupil_id(corpus.name, str(i)) for i in label.get("about") or []]
            if about:
                found = {p for ref in school.find(message.text) for p in school.members(ref.pupil)}
                report.about.add(True, all(p in found for p in about))
        for rule in SCORED_RULE_IDS:
            kind = report.rules[rule].add(rule in expected, rule in fired)
            if kind:
                described = [_describe(f) for f in fired.get(rule, [])]
                report.misses.append(Miss(name, rule, kind, note, described))

        wanted = set((label.get("categories") or {}).get("sensitive", []))
        got = {f.category for f in fired.get("sensitive", [])}
        if wanted and got:
            report.category_right += bool(wanted & got)
            report.category_exact += wanted == got
        for category in CATEGORIES:
            kind = report.categories[category].add(category in wanted, category in got)
            if kind:
                report.category_misses.append(Miss(name, f"sensitive/{category}", kind, note))
    report.seconds = time.perf_counter() - started
    if reader is not None:
        reader.close()
    return report


def _pct(value: float) -> str:
    return f"{value:6.3f}"


def format_report(report: Report, threshold: float, show_categories: bool = True) -> str:
    lines = [
        f"Discretie corpus quality: {report.mails} mails in {report.corpus}",
        f"policy: {report.policy}; threshold: {threshold:.2f}; "
        f"{1000 * report.seconds / max(report.mails, 1):.2f} ms per mail (parse + all rules)",
        "",
        f"{'rule':<24}{'pos':>5}{'TP':>5}{'FP':>5}{'FN':>5}{'TN':>6}{'precision':>11}{'recall':>8}  ",
    ]
    below = set(report.below(threshold))
    for rule, c in report.rules.items():
        flag = "  << below threshold" if rule in below else ""
        lines.append(
            f"{rule:<24}{c.positives:>5}{c.tp:>5}{c.fp:>5}{c.fn:>5}{c.tn:>6}"
            f"{_pct(c.precision):>11}{_pct(c.recall):>8}{flag}"
        )
    if show_categories:
        lines.append("")
        lines.append("sensitive by category (the finding's category must match the label):")
        for category, c in report.categories.items():
            lines.append(
                f"  {category:<22}{c.positives:>5}{c.tp:>5}{c.fp:>5}{c.fn:>5}{c.tn:>6}"
                f"{_pct(c.precision):>11}{_pct(c.recall):>8}"
            )
        tp = report.rules["sensitive"].tp
        lines.append(
            f"  category right (a labelled one among the findings'): {report.category_right} of {tp}"
            f" ({report.category_right / max(tp, 1):.2f}); the labelled set exactly: {report.category_exact}"
            f" ({report.category_exact / max(tp, 1):.2f})"
        )
    if report.roster:
        lines.append("")
        lines.append("recipient with the corpus's roster.csv, by the label `misdirected`:")
        for split, c in report.misdirected.items():
            fired = c.tp + c.fp
            total = c.positives + c.fp + c.tn
            lines.append(f"  {split:<22}{total:>5} mails, {fired:>4} held by recipient")
        lines.append(
            f"  pupils of `about` all found by Roster.find: {report.about.tp} of {report.about.positives} mails"
        )
    if report.misses:
        lines.append("")
        lines.append(f"misclassified ({len(report.misses)}):")
        for miss in sorted(report.misses, key=lambda m: (m.rule, m.kind, m.file)):
            lines.append(f"  {miss.kind} {miss.rule:<16} {miss.file}  -- {miss.note}")
            for finding in miss.findings:
                lines.append(f"        {finding}")
    if show_categories and report.category_misses:
        lines.append("")
        lines.append(f"sensitive category mismatches ({len(report.category_misses)}):")
        for miss in sorted(report.category_misses, key=lambda m: (m.rule, m.kind, m.file)):
            lines.append(f"  {miss.kind} {miss.rule:<24} {miss.file}")
    if report.errors:
        lines.append("")
        lines.append(f"errors ({len(report.errors)}):")
        lines.extend(f"  {e}" for e in report.errors)
    lines.append("")
    lines.append(
        "PASS: every rule reaches the threshold"
        if not below
        else f"FAIL: below {threshold:.2f}: {', '.join(sorted(below))}"
    )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Per-rule precision and recall over the labelled corpus.",
    )
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="folder with labels.yaml + .eml")
    parser.add_argument("--policy", type=Path, default=None, help="policy.yaml (default: the embedded one)")
    parser.add_argument("--threshold", type=float, default=0.95, help="minimum precision and recall")
    parser.add_argument("--json", action="store_true", help="print one JSON object instead of the table")
    parser.add_argument("--no-categories", action="store_true", help="leave out the per-category table")
    parser.add_argument("--documents", action="store_true", help="read document attachments as the gateway does")
    args = parser.parse_args(argv)
    if not 0.0 <= args.threshold <= 1.0:
        parser.error("--threshold must be between 0 and 1")

    try:
        policy = load_policy(args.policy) if args.policy is not None else default_policy()
        report = evaluate(args.corpus, policy, read_documents=args.documents)
    except (CorpusError, PolicyError) as exc:
        print(f"quality: {exc}", file=sys.stderr)
        return 2

    if args.json:
        print(json.dumps(report.as_json(args.threshold), ensure_ascii=False, indent=2))
    else:
        print(format_report(report, args.threshold, show_categories=not args.no_categories))
    return 1 if report.below(args.threshold) else 0


if __name__ == "__main__":
    raise SystemExit(main())
