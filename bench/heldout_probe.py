# ruff: noqa: E501 - a table of probe mails, one per line
"""Held-out probe: 31 mails written after the rules, in wording the labelled corpus does not use.

Not part of the test suite on purpose: it measures how the rules do on mail nobody tuned them on.
Prints ok/BAD per mail.  .venv/bin/python bench/heldout_probe.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from tests.corpus.corpuslib import Att, M, exe_bytes, render, staff

from discretie.message import parse
from discretie.model import Severity
from discretie.pipeline import check
from discretie.policy import load_policy

pol = load_policy(None)

H = [
    # password positives, new phrasings
    M(
        "h-pw-toegangscode-wifi",
        ["password"],
        "",
        staff("claes"),
        staff("devos"),
        "wifi",
        "Hoi An, de sleutel van SPC-Gasten is nu Herfst#Leuven26. Pieter",
    ),
    M(
        "h-pw-jouw-login",
        ["password"],
        "",
        staff("peeters"),
        "arne.verhoeven@leerling.sintpieterscollege.be",
        "Scratch",
        "Arne, je kan inloggen met arne.v en als paswoord gebruik je Pinguin-88.",
    ),
    M(
        "h-pw-en-creds",
        ["password"],
        "",
        staff("dubois"),
        "Ana Sousa <ana.sousa@aeportela.pt>",
        "Padlet",
        "Hi Ana, the Padlet is protected. The password is SunnyLeuven77 (case sensitive).",
    ),
    M(
        "h-pw-fr",
        ["password"],
        "",
        staff("vermeulen"),
        "famille.dubois@skynet.be",
        "Accès",
        "Bonjour, votre nouveau mot de passe provisoire: Tulipe-2027. Cordialement",
    ),
    M(
        "h-pw-code-kluisje",
        ["password"],
        "",
        staff("mertens"),
        staff("goossens"),
        "Smartschool admin",
        "Bart, gebruikersnaam admin.lo en wachtwoord Sporthal_2026 voor het beheer van de LO-module.",
    ),
    # password negatives
    M(
        "h-pwn-wachtwoordbeleid",
        [],
        "",
        staff("claes"),
        staff("maes"),
        "beleid",
        "Tom, in het nieuwe wachtwoordbeleid moet een wachtwoord minstens 14 tekens hebben en om het jaar veranderen.",
    ),
    M(
        "h-pwn-paswoord-kwijt",
        [],
        "",
        staff("mertens"),
        "ann.maes78@hotmail.com",
        "paswoord",
        "Beste mevrouw, wie zijn paswoord kwijt is, klikt op 'Paswoord vergeten' op de aanmeldpagina.",
    ),
    M(
        "h-pwn-ww-rekenen",
        [],
        "",
        staff("peeters"),
        staff("devos"),
        "ww",
        "An, in de wiskundeles betekent ww 'wortel van'. ww: 16 = 4. Grappig toch. Jan",
    ),
    M(
        "h-pwn-login-pagina",
        [],
        "",
        staff("helpdesk"),
        staff("decock"),
        "login",
        "Ruben, login: via https://login.microsoftonline.com met je schoolaccount. Wachtwoord: je gewone.",
    ),
    # sensitive positives, new phrasings
    M(
        "h-s-autisme",
        ["sensitive"],
        "",
        staff("devos"),
        [staff("peeters")],
        "Ward",
        "Jan, Ward Dewit uit 2C heeft autisme en raakt overprikkeld in grote groepen. Laat hem gerust vroeger vertrekken.",
    ),
    M(
        "h-s-ouders-gescheiden",
        ["sensitive"],
        "",
        staff("wouters"),
        staff("devos"),
        "Sien",
        "An, Sien (4A) haar ouders liggen in een vechtscheiding en ze slaapt om beurten bij oma.",
    ),
    M(
        "h-s-angst",
        ["sensitive"],
        "",
        staff("elamrani"),
        staff("janssens"),
        "Robbe",
        "Robbe Maes (6B) durft het lokaal niet meer in door sociale angst; hij zit in therapie bij een psychiater.",
    ),
    M(
        "h-s-kanker-mama",
        ["sensitive"],
        "",
        staff("devos"),
        [staff("hermans")],
        "Lina",
        "Griet, de mama van Lina (1A) is ernstig ziek (kanker) en Lina zorgt thuis voor haar broertjes.",
    ),
    M(
        "h-s-schulden",
        ["sensitive"],
        "",
        staff("aerts"),
        staff("maes"),
        "Tuur",
        "Tom, het gezin van Tuur Claes (3D) kan de rekening niet betalen; de deurwaarder is langs geweest.",
    ),
    M(
        "h-s-en-diagnosis",
        ["sensitive"],
        "",
        staff("dubois"),
        staff("janssens"),
        "Liam",
        "Katrien, Liam (5A) was diagnosed with dyspraxia; he needs a laptop for writing tasks.",
    ),
    M(
        "h-s-suikerziekte",
        ["sensitive"],
        "",
        staff("goossens"),
        staff("decock"),
        "Jef",
        "Ruben, Jef (2B) heeft suikerziekte; neem zeker zijn glucosemeter mee op de fietstocht.",
    ),
    # sensitive negatives
    M(
        "h-sn-pleegzorg-campagne",
        [],
        "",
        staff("info"),
        staff("info"),
        "Week van de pleegzorg",
        "Beste ouders, deze week is het de week van de pleegzorg. Wil u pleegouder worden? Info op pleegzorgvlaanderen.be.",
        bcc=["ouders@sintpieterscollege.be"],
    ),
    M(
        "h-sn-geschiedenis-ziekte",
        [],
        "",
        staff("willems"),
        staff("willems"),
        "pest",
        "Dag 3de jaars, de pest (zwarte dood) doodde in 1348 een derde van de Europeanen. Lees p. 45.",
        bcc=["klas-3a@sintpieterscollege.be"],
    ),
    M(
        "h-sn-zorgvuldig-lars",
        [],
        "",
        staff("decock"),
        staff("devos"),
        "Lars",
        "An, Lars (2B) heeft zijn kaart heel zorgvuldig ingekleurd; hij verdient een pluim.",
    ),
    M(
        "h-sn-financien-les",
        [],
        "",
        staff("aerts"),
        staff("aerts"),
        "economie",
        "Dag 5 ECWI, we bespreken leningen, schulden en afbetalingen in de les financiële geletterdheid.",
        bcc=["klas-5ecwi@sintpieterscollege.be"],
    ),
    M(
        "h-sn-kind-ziek-vandaag-collega",
        [],
        "",
        staff("hermans"),
        staff("maes"),
        "afwezig",
        "Tom, ik ben vandaag afwezig: mijn zoon is ziek. Vervangtaken liggen in de leraarskamer.",
    ),
    # attachment
    M(
        "h-a-7z-naam",
        ["attachment"],
        "",
        staff("claes"),
        staff("devos"),
        "tool",
        "An, hier de tool.",
        attachments=[Att("tool.exe.", "application/octet-stream", exe_bytes())],
    ),
    M(
        "h-a-com",
        ["attachment"],
        "",
        staff("claes"),
        staff("devos"),
        "tool",
        "An, hier de tool.",
        attachments=[Att("rooster.pif", "application/octet-stream", exe_bytes())],
    ),
    M(
        "h-a-noname-exe",
        ["attachment"],
        "",
        staff("claes"),
        staff("devos"),
        "tool",
        "An, bijlage.",
        attachments=[Att(None, "application/octet-stream", exe_bytes())],
    ),
    M(
        "h-an-exe-in-text",
        [],
        "",
        staff("claes"),
        staff("devos"),
        "tip",
        "An, het programma heet setup.exe maar ik stuur het niet mee.",
        attachments=[Att("uitleg.txt", "text/plain", b"Start setup.exe als beheerder.\n", cte="7bit")],
    ),
    # private
    M(
        "h-p-sender-hotmail-nl",
        ["private_account"],
        "",
        "Els Wouters <els.wouters@hotmail.nl>",
        staff("maes"),
        "overleg",
        "Tom, overleg morgen om 10u over de leerlingbegeleiding?",
    ),
    M(
        "h-p-fwd-own-underscore",
        ["private_account"],
        "",
        staff("hermans"),
        "griet_hermans@telenet.be",
        "Fwd: toetsen",
        "Fwd: toetsen biologie voor thuis.",
    ),
    M(
        "h-pn-fwd-partner-same-name",
        [],
        "",
        staff("hermans"),
        "dirk.hermans@gmail.com",
        "Re: tuin",
        "Dag Dirk (ouder van Kobe), bedankt voor de plantjes voor de schooltuin!",
    ),
    # personal_data
    M(
        "h-pd-phone-dots",
        ["personal_data"],
        "",
        staff("mertens"),
        staff("devos"),
        "nr",
        "An, papa van Wout: 0485.22.11.90.",
    ),
    M(
        "h-pd-iban-nl",
        ["personal_data"],
        "",
        staff("aerts"),
        staff("maes"),
        "NL",
        "Tom, de Nederlandse school betaalt via NL91 ABNA 0417 1643 00.",
    ),
    M(
        "h-pdn-tijden",
        [],
        "",
        staff("goossens"),
        staff("maes"),
        "uren",
        "Tom, sporthal open 08.30-16.45, score 21-18, 2026/2027, lokaal 0.12, 3000 Leuven.",
    ),
]
RULE_IDS = ("password", "bcc", "sensitive", "private_account", "attachment", "personal_data")
bad = 0
for i, m in enumerate(H, 900):
    raw = render(m, i)
    msg = parse(raw, m.envelope_from(), m.envelope_rcpt())
    v = check(msg, pol)
    fired = {f.rule for f in v.findings if f.rule == "personal_data" or f.severity is not Severity.INFO}
    exp = set(m.rules)
    # ignore personal_data where not labelled explicitly for probe rows not about it
    if not m.slug.startswith("h-pd"):
        fired.discard("personal_data")
        exp.discard("personal_data")
    fp, fn = fired - exp, exp - fired
    status = "ok " if not fp and not fn else "BAD"
    bad += status == "BAD"
    print(status, m.slug, "FP" if fp else "", sorted(fp), "FN" if fn else "", sorted(fn))
print(f"{len(H) - bad} of {len(H)} right")
