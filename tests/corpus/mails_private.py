"""Private mailboxes (policy §3.2: no private accounts for school business; no forwarding of school
mail to one's own private mailbox). Positives: a consumer sender doing school business, and a
school sender sending school mail to what is evidently their own private mailbox. Negatives:
writing to a parent who uses Gmail, shared surnames, colleagues, partners."""

from __future__ import annotations

from tests.corpus.corpuslib import (
    Att,
    M,
    Mail,
    exe_bytes,
    fwd,
    ooxml_bytes,
    pdf_bytes,
    quote,
    sig,
    staff,
)

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

MAILS: list[Mail] = [
    # ---------------------------------------------------------------- positives: consumer sender
    M(
        "gmail-leerkracht-frans-aan-ouder",
        ["private_account"],
        "teacher mails a parent about a French test from her Gmail",
        "Lies Vermeulen <lies.vermeulen@gmail.com>",
        "Sofie Claes <sofie.claes@gmail.com>",
        "Toets Frans Emma",
        """
        Beste mevrouw Claes,

        Emma mag de toets Frans van vrijdag inhalen op dinsdag tijdens het 7de lesuur.
        Ik stuur even van mijn privémail omdat Smartschool plat lag.

        Lies Vermeulen
        """,
    ),
    M(
        "hotmail-wiskunde-aan-leerling",
        ["private_account"],
        "teacher mails a pupil from a Hotmail address",
        "Jan Peeters <jan.peeters1978@hotmail.com>",
        "seppe.vandenberghe@leerling.sintpieterscollege.be",
        "oefeningen goniometrie",
        """
        Seppe,

        Hier de extra oefeningen goniometrie waar je om vroeg. Oplossingen volgen vrijdag.

        Mr. Peeters
        """,
        attachments=[Att("extra_oefeningen_goniometrie.pdf", "application/pdf", pdf_bytes("Goniometrie"))],
    ),
    M(
        "telenet-zorgcoordinator-klassenraad",
        ["private_account"],
        "school business among colleagues from a telenet.be address",
        "Katrien Janssens <k.janssens@telenet.be>",
        [staff("devos"), staff("peeters")],
        "klassenraad donderdag",
        """
        Dag An, dag Jan,

        Ik ben thuis met een zieke dochter; kunnen we de klassenraad van 1A naar donderdag om 16u
        verschuiven? De agenda blijft dezelfde.

        Katrien
        """,
    ),
    M(
        "outlook-sportleraar-ouders-bcc",
        ["private_account"],
        "PE teacher mails parents from outlook.com (parents correctly in Bcc)",
        "Bart Goossens <bart.goossens@outlook.com>",
        "Bart Goossens <bart.goossens@outlook.com>",
        "Sportdag verplaatst",
        """
        Beste ouders,

        Door de weersvoorspellingen verplaatsen we de sportdag naar vrijdag 2 oktober.
        Het programma blijft hetzelfde.

        Bart Goossens, leerkracht LO
        """,
        bcc=["hanne.desmet@telenet.be", "y.benali@gmail.com", "katleen.wouters@skynet.be"],
    ),
    M(
        "skynet-directeur-aan-clb",
        ["private_account"],
        "the head teacher writes to the CLB from skynet.be",
        "Tom Maes <tom.maes@skynet.be>",
        "Dirk Van Hove <dirk.vanhove@vclbleuven.be>",
        "Overleg volgende week",
        """
        Dag Dirk,

        Past maandag 19 oktober om 10u voor het jaarlijkse overleg tussen school en CLB?

        Tom Maes
        directeur Sint-Pieterscollege
        """,
    ),
    M(
        "icloud-titularis-rapport",
        ["private_account"],
        "class teacher sends a report remark from iCloud",
        "An Devos <andevos@icloud.com>",
        "Marc Peeters <marc.peeters@telenet.be>",
        "Rapport Lotte",
        """
        Beste meneer Peeters,

        Op het rapport van Lotte ontbreekt per vergissing de commentaar voor Nederlands. Die
        luidt: 'Mooie vooruitgang in schrijven, blijf zo doorgaan.' Het secretariaat past het aan.

        Verstuurd vanaf mijn iPhone
        """,
    ),
    M(
        "proximus-boekhouding-factuur",
        ["private_account"],
        "the accountant sends an invoice question from proximus.be",
        "Hilde Aerts <hilde.aerts@proximus.be>",
        "facturatie@autocars-dijle.be",
        "Factuur 2026-0412",
        """
        Geachte,

        Op uw factuur 2026-0412 voor het vervoer van 2 oktober staat een verkeerd aantal
        kilometers. Kan u een creditnota sturen?

        Hilde Aerts
        boekhouding Sint-Pieterscollege
        """,
    ),
    M(
        "yahoo-geschiedenis-uitstap",
        ["private_account"],
        "history teacher organises a trip from yahoo.com",
        "Koen Willems <koenwillems@yahoo.com>",
        "reservaties@inflandersfields.be",
        "Reservatie groepsbezoek",
        """
        Geachte,

        Graag reserveer ik een groepsbezoek aan het In Flanders Fields Museum voor 48 leerlingen
        van het 5de jaar op donderdag 12 november, met twee gidsen.

        Koen Willems
        leerkracht geschiedenis, Sint-Pieterscollege Leuven
        """,
    ),
    M(
        "gmx-biologie-leerlingen",
        ["private_account"],
        "biology teacher mails a pupil from gmx.net",
        "Griet Hermans <griet.hermans@gmx.net>",
        "noor.willems@leerling.sintpieterscollege.be",
        "Taak fotosynthese",
        """
        Dag Noor,

        Je taak over fotosynthese is goed ontvangen. Je krijgt je punten volgende week.

        Mevr. Hermans
        """,
    ),
    M(
        "protonmail-aardrijkskunde",
        ["private_account"],
        "geography teacher writes to colleagues from protonmail",
        "Ruben Decock <ruben.decock@protonmail.com>",
        [staff("hermans"), staff("goossens")],
        "Veldwerk: begeleiding",
        """
        Griet, Bart,

        Wie van jullie kan donderdag mee op veldwerk met 4C? Vertrek 8u30, terug 15u.

        Ruben
        """,
    ),
    M(
        "live-be-english-partner",
        ["private_account"],
        "English: Erasmus coordinator writes to a partner school from live.be",
        "Nathalie Dubois <nathalie.dubois@live.be>",
        "Minna Virtanen <minna.virtanen@edu.hel.fi>",
        "Flights for the mobility",
        """
        Dear Minna,

        Our group of 12 pupils will arrive at Helsinki airport on Sunday 14 March at 15.40.
        Could someone meet us at the airport?

        Best,
        Nathalie (writing from my private address, the school server is down)
        """,
        lang="en",
    ),
    M(
        "hotmail-be-secretariaat-ouder",
        ["private_account"],
        "secretariat worker answers a parent from hotmail.be",
        "Sofie Mertens <sofie_mertens@hotmail.be>",
        "Wim Jacobs <wim.jacobs@proximus.be>",
        "Attest afwezigheid",
        """
        Beste meneer Jacobs,

        Het attest van Mathis is goed ontvangen, de afwezigheid is gewettigd.

        Sofie Mertens
        leerlingensecretariaat
        """,
    ),
    M(
        "outlook-be-leerlingbegeleider",
        ["private_account"],
        "pupil counsellor arranges an appointment from outlook.be",
        "Sarah El Amrani <sarah.elamrani@outlook.be>",
        "Marleen Hendrickx <marleen.hendrickx@gmail.com>",
        "Gesprek woensdag",
        """
        Beste mevrouw Hendrickx,

        Graag bevestig ik ons gesprek op woensdag om 14u op school, lokaal A.015.

        Sarah El Amrani
        leerlingbegeleider
        """,
    ),
    M(
        "yahoo-fr-professeur-francais",
        ["private_account"],
        "French: the French teacher writes to a parent from yahoo.fr",
        "Lies Vermeulen <lies.vermeulen@yahoo.fr>",
        "Famille Dubois <famille.dubois@skynet.be>",
        "Devoir de Chloé",
        """
        Madame, Monsieur,

        Chloé n'a pas remis son devoir de français. Pourriez-vous vérifier avec elle?

        Lies Vermeulen
        """,
        lang="fr",
    ),
    M(
        "gmail-met-wachtwoord",
        ["private_account", "password"],
        "consumer sender and a credential: two rules",
        "Pieter Claes <pieterclaes.ict@gmail.com>",
        staff("devos"),
        "beamer",
        """
        An,

        Ik ben niet op school vandaag. Admin van de beamer in B.112: login beheer / ww: Beamer!2026

        Pieter
        """,
    ),
    M(
        "hotmail-met-zorginfo",
        ["private_account", "sensitive"],
        "consumer sender and care data about a named pupil",
        "Katrien Janssens <katrien.janssens@hotmail.com>",
        "Leen Smets <leen.smets@onw-leuven.be>",
        "Lander",
        """
        Dag Leen,

        Voor Lander Maes (2B): het CLB heeft het verslag type 9 afgerond. Je mag de
        ondersteuning starten vanaf maandag.

        Katrien
        """,
        categories=["care"],
    ),
    M(
        "gmail-ouders-zichtbaar",
        ["private_account", "bcc"],
        "consumer sender and several parents visible in To",
        "Joke Verhaegen <joke.verhaegen.chemie@gmail.com>",
        ["Dries Maes <dries.maes@gmail.com>", "Inge Verbeeck <inge.verbeeck@scarlet.be>"],
        "Labobezoek KU Leuven",
        """
        Beste ouders,

        Dank om mee te rijden naar het labobezoek aan de KU Leuven. Vertrek om 12u45 aan de school.

        Joke Verhaegen
        """,
    ),
    # ---------------------------------------------------------------- positives: own private mailbox
    M(
        "doorsturen-naar-eigen-hotmail",
        ["private_account"],
        "school sender forwards school mail to her own Hotmail (name + year)",
        staff("devos"),
        "an.devos1985@hotmail.com",
        "Fwd: Klassenraad 3B - agenda",
        "\n"
        + fwd(
            "Tom Maes <tom.maes@sintpieterscollege.be>",
            "ma 14 dec. 2026 om 08:03",
            "Klassenraad 3B - agenda",
            "an.devos@sintpieterscollege.be",
            """
            Dag An,

            Hier de agenda voor de klassenraad van 3B op donderdag. Bespreking van alle
            leerlingen, de attesteringen en de nieuwe klasverdeling.

            Tom
            """,
        ),
        kind="forward",
    ),
    M(
        "doorsturen-naar-eigen-gmail-punten",
        ["private_account"],
        "school sender forwards the grade list to his own Gmail, xlsx attached",
        staff("peeters"),
        "jan.peeters@gmail.com",
        "Fwd: puntenlijst 5 WEWI",
        """
        om thuis verder te werken

        -----Oorspronkelijk bericht-----
        Van: Jan Peeters <jan.peeters@sintpieterscollege.be>
        Verzonden: vrijdag 11 december 2026 15:20
        Onderwerp: puntenlijst 5 WEWI
        """,
        attachments=[Att("puntenlijst_5WEWI.xlsx", XLSX, ooxml_bytes("xlsx", "Puntenlijst 5 WEWI"))],
        kind="forward",
    ),
    M(
        "doorsturen-initiaal-achternaam-telenet",
        ["private_account"],
        "forward to the sender's private address written as initial + surname + digits",
        staff("janssens"),
        "kjanssens72@telenet.be",
        "Fwd: planning zorgoverleg",
        "\n"
        + fwd(
            "Els Wouters <els.wouters@sintpieterscollege.be>",
            "di 6 okt. 2026 om 12:44",
            "planning zorgoverleg",
            "katrien.janssens@sintpieterscollege.be",
            """
            Katrien, de planning van het zorgoverleg staat in de gedeelde agenda.
            """,
        ),
        kind="forward",
    ),
    M(
        "resent-automatisch-doorsturen",
        ["private_account"],
        "an automatic redirect (Resent-* headers) of school mail to the teacher's own Hotmail",
        "Youssef Benali <y.benali@gmail.com>",
        staff("devos"),
        "Vraag over de uitstap",
        """
        Beste mevrouw Devos,

        Mag mijn dochter Yasmine een half uur later vertrekken op de uitstap? Ze heeft 's ochtends
        een afspraak bij de tandarts.

        Groeten,
        Youssef Benali
        """,
        mail_from="an.devos@sintpieterscollege.be",
        rcpt=["an.devos1985@hotmail.com"],
        headers=[
            ("Resent-From", "an.devos@sintpieterscollege.be"),
            ("Resent-To", "an.devos1985@hotmail.com"),
            ("Resent-Date", "Tue, 13 Oct 2026 07:12:00 +0200"),
            ("Resent-Message-ID", "<resent-devos-0001@sintpieterscollege.be>"),
        ],
        kind="auto-forward",
    ),
    M(
        "auto-forward-regel-gmail",
        ["private_account"],
        "an Outlook inbox rule forwards school mail to the counsellor's own Gmail",
        staff("maes"),
        staff("wouters"),
        "Overleg leerlingbegeleiding",
        """
        Dag Els,

        Kunnen we maandag het overleg van de leerlingbegeleiding verplaatsen naar 13u?

        Tom
        """,
        mail_from="els.wouters@sintpieterscollege.be",
        rcpt=["els.wouters@gmail.com"],
        headers=[
            ("Auto-Submitted", "auto-forwarded"),
            ("X-MS-Exchange-Inbox-Rules-Loop", "els.wouters@sintpieterscollege.be"),
            ("X-Forwarded-To", "els.wouters@gmail.com"),
            ("X-Forwarded-For", "els.wouters@sintpieterscollege.be els.wouters@gmail.com"),
        ],
        kind="auto-forward",
    ),
    M(
        "eigen-prive-in-cc",
        ["private_account"],
        "teacher writes to a colleague and copies her own private mailbox",
        staff("willems"),
        staff("decock"),
        "Uitstap Ieper",
        """
        Ruben,

        Bus is besteld voor 12 november, vertrek 7u45. Ik zet mijn privéadres in cc zodat ik het
        thuis ook heb.

        Koen Willems
        """,
        cc=["koen.willems@telenet.be"],
    ),
    M(
        "omgedraaide-naam-gmail",
        ["private_account"],
        "forward to the sender's private address with the name parts reversed",
        staff("vermeulen"),
        "vermeulen.lies@gmail.com",
        "Fwd: examenrooster",
        "Examenrooster om thuis af te drukken.\n\n"
        + fwd(
            "Directie <directie@spc.ksleuven.be>",
            "do 26 nov. 2026 om 17:00",
            "examenrooster",
            "personeel@sintpieterscollege.be",
            """
            Beste collega's, in bijlage het examenrooster van december.
            """,
        ),
        attachments=[Att("examenrooster_december.pdf", "application/pdf", pdf_bytes("Examenrooster"))],
        kind="forward",
    ),
    M(
        "samengevoegde-naam-gmail-rfc822",
        ["private_account"],
        "forward as attachment (message/rfc822) to the sender's own concatenated Gmail",
        staff("decock"),
        "rubendecock@gmail.com",
        "Fw: oudercontact",
        """
        voor thuis
        """,
        embedded=M(
            "embedded-oudercontact",
            [],
            "",
            staff("secretariaat"),
            staff("decock"),
            "oudercontact",
            """
            Dag Ruben,

            Je lijst met afspraken voor het oudercontact van 22 oktober staat klaar in Smartschool.

            Het secretariaat
            """,
        ),
        kind="forward-rfc822",
    ),
    M(
        "outlook-be-eigen-naam",
        ["private_account"],
        "the counsellor sends a meeting note to her identically named outlook.be mailbox",
        staff("elamrani"),
        "Sarah El Amrani <sarah.elamrani@outlook.be>",
        "notities werkgroep",
        """
        Notities werkgroep welbevinden:
        - enquête bij leerlingen in november
        - vorming voor leerkrachten over signalen herkennen
        """,
    ),
    M(
        "initiaal-punt-naam-skynet",
        ["private_account"],
        "forward to b.goossens@skynet.be by bart.goossens@ (initial + surname)",
        staff("goossens"),
        "b.goossens@skynet.be",
        "Fwd: inschrijvingen sportdag",
        "\n"
        + fwd(
            "Stan Goossens <stan.goossens@leerling.sintpieterscollege.be>",
            "vr 18 sep. 2026 om 09:10",
            "inschrijvingen sportdag",
            "bart.goossens@sintpieterscollege.be",
            """
            Meneer, hier de lijst van 4A voor de sportdag.
            """,
        ),
        attachments=[
            Att(
                "inschrijvingen_4A.csv",
                "text/csv; charset=utf-8",
                b"naam;sport\r\nStan Goossens;voetbal\r\nFien Willems;zwemmen\r\nIlias Benali;basket\r\n",
                cte="7bit",
            )
        ],
        kind="forward",
    ),
    # ---------------------------------------------------------------- hard negatives
    M(
        "ouder-met-dezelfde-achternaam",
        [],
        "teacher Jan Peeters writes to parent Marc Peeters: a shared surname is not the same person",
        staff("peeters"),
        "Marc Peeters <peeters.marc@telenet.be>",
        "Bijles wiskunde Lotte",
        """
        Beste meneer Peeters,

        Lotte is welkom in de bijles wiskunde op woensdag om 12u50 in lokaal A.203.
        (Nee, we zijn geen familie, al wordt dat vaak gevraagd!)

        Jan Peeters
        """,
        traps=["private_account", "sensitive"],
    ),
    M(
        "zelfde-voornaam-andere-persoon",
        [],
        "An Devos writes to a parent who is also called An: only the first name matches",
        staff("devos"),
        "An Verbeke <an.verbeke@gmail.com>",
        "Leesboek",
        """
        Beste An,

        Het leesboek van Arne ligt op het secretariaat; hij mag het na school ophalen.

        An Devos
        """,
        traps=["private_account"],
    ),
    M(
        "doorsturen-naar-collega",
        [],
        "forward of school mail to a colleague's school address",
        staff("janssens"),
        "Katrien Maes <katrien.maes@sintpieterscollege.be>",
        "Fwd: vorming differentiatie",
        "Katrien, misschien interessant voor jou?\n\n"
        + fwd(
            "Nascholing KU Leuven <nascholing@kuleuven.be>",
            "wo 30 sep. 2026 om 10:00",
            "vorming differentiatie",
            "katrien.janssens@sintpieterscollege.be",
            """
            Nieuwe vorming 'Differentiëren in de klas' op 18 november, inschrijven via de website.
            """,
        ),
        kind="forward",
        traps=["private_account"],
    ),
    M(
        "doorsturen-naar-clb-partner",
        [],
        "forward to a professional partner (CLB), not a private mailbox",
        staff("wouters"),
        "Dirk Van Hove <dirk.vanhove@vclbleuven.be>",
        "Fwd: vorming CLB",
        "Dirk, ter info.\n\n"
        + fwd(
            "Katholiek Onderwijs Vlaanderen <info@katholiekonderwijs.vlaanderen>",
            "do 1 okt. 2026 om 11:30",
            "vorming CLB",
            "els.wouters@sintpieterscollege.be",
            """
            Studiedag 'Samen school maken met het CLB' op 2 december in Brussel.
            """,
        ),
        kind="forward",
        traps=["private_account"],
    ),
    M(
        "weergavenaam-met-gmail",
        [],
        "the display name contains a Gmail address, the sender address is the school's",
        '"an.devos@gmail.com" <an.devos@sintpieterscollege.be>',
        "Karen Mertens <karen.mertens@outlook.be>",
        "Uitstap Brussel",
        """
        Beste mevrouw Mertens,

        Ines mag na de uitstap naar Brussel rechtstreeks naar huis vanaf het station van Leuven.

        An Devos
        """,
        traps=["private_account"],
    ),
    M(
        "oud-collega-op-pensioen",
        [],
        "invitation to a retired colleague's private address (not the sender's own)",
        staff("maes"),
        "Jef Van Hoof <jef.vanhoof@telenet.be>",
        "Uitnodiging personeelsfeest",
        """
        Beste Jef,

        Ook dit jaar ben je als gepensioneerde collega van harte welkom op ons personeelsfeest,
        vrijdag 18 december vanaf 19u in de refter.

        Tom
        """,
        traps=["private_account"],
    ),
    M(
        "leerling-verstuurt-taak",
        [],
        "a pupil's school mailbox is not a consumer mailbox",
        "Lotte Peeters <lotte.peeters@leerling.sintpieterscollege.be>",
        staff("devos"),
        "taak Nederlands",
        """
        Dag mevrouw,

        Hier is mijn taak over het gedicht van Herman de Coninck.

        Lotte (3B)
        """,
        attachments=[
            Att(
                "taak_Nederlands_Lotte.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                ooxml_bytes("docx", "De lenige liefde - Herman de Coninck"),
            )
        ],
        traps=["private_account"],
    ),
    M(
        "scholengroep-afzender-lksd",
        [],
        "a sender on the lksd.ksleuven.be school-group domain",
        staff("coppens"),
        "Brandweerzone Oost <preventie@brandweerzoneoost.be>",
        "Brandoefening Sint-Pieterscollege",
        f"""
        Geachte,

        Graag bevestig ik de brandoefening op campus Naamsestraat in de week van 19 oktober.

        {sig("coppens")}
        """,
        traps=["private_account"],
    ),
    M(
        "ouder-achternaam-gelijk-aan-directeur",
        [],
        "head teacher Tom Maes mails parent Ann Maes (ann.maes78@hotmail.com): surname only",
        staff("maes"),
        "Ann Maes <ann.maes78@hotmail.com>",
        "Re: aanvraag gesprek",
        "Beste mevrouw Maes,\n\nGraag ontvang ik u dinsdag om 16u15 op mijn bureau.\n\nTom Maes\n\n"
        + quote(
            "Op ma 9 nov. 2026 om 19:30 schreef Ann Maes <ann.maes78@hotmail.com>:",
            """
            Geachte directeur, mag ik een gesprek aanvragen over de klasverdeling van volgend jaar?
            """,
        ),
        kind="reply",
        traps=["private_account"],
    ),
    M(
        "franstalige-ouder-zelfde-naam-english-teacher",
        [],
        "teacher Nathalie Dubois writes to the Dubois family's skynet address: another family",
        staff("dubois"),
        "Famille Dubois <famille.dubois@skynet.be>",
        "English homework Chloé",
        """
        Dear Mr and Mrs Dubois,

        Chloé did a great job on her English presentation today. Well done!

        Kind regards,
        Nathalie Dubois
        """,
        lang="en",
        traps=["private_account"],
    ),
    M(
        "exe-waarschuwing-zonder-bijlage",
        [],
        "mentions an installer file by name but attaches nothing; consumer recipient",
        staff("claes"),
        "Peter Holmes <peter.holmes@gmail.com>",
        "GeoGebra installeren",
        """
        Hi Peter,

        Download the installer GeoGebra-Windows-Installer-6.exe from geogebra.org yourself; I
        cannot send .exe files by mail (our gateway blocks them, and rightly so).

        Pieter
        """,
        lang="en",
        traps=["attachment", "private_account"],
    ),
]

# A consumer sender with an executable attachment belongs to both rules.
MAILS.append(
    M(
        "gmail-met-exe-bijlage",
        ["private_account", "attachment"],
        "consumer sender and an executable attachment",
        "Dirk Lambrechts <dirk.lambrechts67@gmail.com>",
        staff("claes"),
        "programma voor de CNC",
        """
        Pieter, kan jij dit programma installeren op de pc van het atelier?
        Dirk
        """,
        attachments=[Att("CNC_Setup.exe", "application/x-msdownload", exe_bytes("cnc"))],
    )
)
