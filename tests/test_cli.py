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


# -- scan: envelope recipients, exit codes, Dutch text ---------------------------------------------

COLLEAGUE, PARENT = "jan.peeters@sintpieterscollege.be", "ouder.janssens@gmail.com"


def eml(tmp_path: Path, name: str, to: str, body: str) -> Path:
    path = tmp_path / name
    path.write_bytes(
        f"From: An Devos <an.devos@sintpieterscollege.be>\r\nTo: {to}\r\nSubject: Test\r\n\r\n{body}\r\n".encode()
    )
    return path


def scanned(*args: str) -> tuple[int, list[dict[str, object]]]:
    result = run("scan", "--json", *args)
    assert result.returncode in (0, 3, 4, 5), result.stderr
    return result.returncode, [json.loads(line) for line in result.stdout.splitlines()]


def test_scan_rcpt_is_repeatable_and_takes_comma_lists(tmp_path: Path) -> None:
    """One --rcpt per address (or a,b), and the file after it is still a file (nargs='+' took it)."""
    mail = eml(tmp_path, "m.eml", COLLEAGUE, "Uw zoon heeft epilepsie.")
    assert scanned(str(mail))[1][0]["action"] == "forward"  # a colleague only (To): a warning, sent
    code, rows = scanned("--rcpt", COLLEAGUE, "--rcpt", PARENT, str(mail))
    assert (code, [r["file"] for r in rows], rows[0]["action"]) == (4, [str(mail)], "hold")
    assert scanned("--rcpt", f"{COLLEAGUE}, {PARENT}", str(mail))[1][0]["action"] == "hold"
    assert scanned("--rcpt", COLLEAGUE, str(mail))[1][0]["action"] == "forward"
    # The form the README shows, with a second file after it.
    code, rows = scanned("--rcpt", PARENT, str(mail), str(mail))
    assert code == 4 and [r["action"] for r in rows] == ["hold", "hold"]


def test_scan_exit_code_is_the_strictest_action(tmp_path: Path) -> None:
    """0 forward, 3 rewrite, 4 hold, 5 reject, the strictest over all files; 1 when a file could
    not be read, whatever the others gave."""
    forward = eml(tmp_path, "forward.eml", COLLEAGUE, "Morgen geen les.")
    rewrite = eml(tmp_path, "rewrite.eml", "ouder.a@gmail.com, ouder.b@telenet.be", "Beste ouders, morgen geen les.")
    hold = eml(tmp_path, "hold.eml", PARENT, "Uw zoon heeft epilepsie.")
    reject = eml(tmp_path, "reject.eml", PARENT, "wachtwoord: Zomer2024!")
    for path, code, action in (
        (forward, 0, "forward"),
        (rewrite, 3, "rewrite"),
        (hold, 4, "hold"),
        (reject, 5, "reject"),
    ):
        got, rows = scanned(str(path))
        assert (got, [r["action"] for r in rows]) == (code, [action])
        assert run("scan", str(path)).returncode == code  # the same without --json
    assert scanned(str(rewrite), str(hold), str(forward))[0] == 4
    assert scanned(str(reject), str(rewrite))[0] == 5
    missing = run("scan", str(reject), str(tmp_path / "nope.eml"), str(forward))
    assert missing.returncode == 1 and "nope.eml: kan niet gelezen worden" in missing.stderr
    assert len(missing.stdout.splitlines()) > 2  # the others were still scanned


def test_scan_text_output_is_dutch_and_json_keeps_the_identifiers(tmp_path: Path) -> None:
    reject = eml(tmp_path, "reject.eml", PARENT, "wachtwoord: Zomer2024!")
    hold = eml(tmp_path, "hold.eml", PARENT, "Uw zoon heeft epilepsie.")
    text = run("scan", str(reject), str(hold)).stdout
    assert text.splitlines() == [
        f"{reject}: geweigerd (wachtwoord)",
        "  - wachtwoord (§3) · inloggegevens · ernst hoog: Er staat een wachtwoord of inlogcode in het bericht.",
        "      bewijs: …wachtwoord: [********]",
        f"{hold}: vastgehouden voor controle (gevoelige info)",
        "  - gevoelige info (§3.3) · medisch · ernst hoog: Medische informatie over een leerling: deel dit via "
        "het leerlingvolgsysteem, niet per e-mail.",
        '      bewijs: [epilepsie] bij "uw zoon" (één ontvanger buiten de school)',
    ]
    _, rows = scanned(str(hold))
    assert rows[0]["action"] == "hold"
    assert rows[0]["findings"] == [
        {
            "rule": "sensitive",
            "category": "medical",
            "severity": "high",
            "reason": "Medische informatie over een leerling: deel dit via het leerlingvolgsysteem, niet per e-mail.",
            "evidence": ['[epilepsie] bij "uw zoon" (één ontvanger buiten de school)'],
        }
    ]


def test_scan_refuses_what_the_relay_refuses_for_its_header_lines(tmp_path: Path) -> None:
    """A header line the parser would skip but a mail client reads (``From :``) is refused by the
    relay before any rule runs; scan must say so instead of "forward" (one decision, two doors)."""
    path = tmp_path / "colon.eml"
    path.write_bytes(
        b"From : Jan <jan.peeters@spc.ksleuven.be>\r\nTo: " + PARENT.encode() + b"\r\nSubject: x\r\n\r\nDag.\r\n"
    )
    got, rows = scanned(str(path))
    assert got == 5
    assert rows[0]["action"] == "reject" and rows[0]["refused"] == "header_syntax" and rows[0]["findings"] == []
    text = run("scan", str(path))
    assert text.returncode == 5 and text.stdout.startswith(f"{path}: geweigerd (onleesbare kopregel: ")
