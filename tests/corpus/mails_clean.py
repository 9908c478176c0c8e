"""Ordinary school mail: planning, newsletters, excursions, parents' evenings, grades without
sensitive content, payment requests. Also the personal-data look-alikes: dates that are not
birthdates, structured payment references (OGM), enterprise numbers, room numbers, times."""

from __future__ import annotations

from tests.corpus.corpuslib import (
    SCHOOL_PHONE,
    Att,
    M,
    Mail,
    be_iban,
    fwd,
    ogm,
    pdf_bytes,
    quote,
    rrn,
    staff,
)

SCHOOL_IBAN = be_iban("735", 4455667)

MAILS: list[Mail] = [
    M(
        "schoolrekening-overschrijving-ogm",
        ["personal_data"],
        "a payment request with the school's IBAN and a structured reference (OGM), parents in Bcc",
        staff("aerts"),
        staff("info"),
        "Schoolrekening eerste trimester",
        f"""
        Beste ouders,

        De schoolrekening van het eerste trimester staat klaar op Smartschool. U kan betalen op
        rekening {SCHOOL_IBAN} met de gestructureerde mededeling op uw rekening, bijvoorbeeld
        {ogm(909337554)}. Vragen? Bel de boekhouding op {SCHOOL_PHONE}.

        Met vriendelijke groeten,
        Hilde Aerts, boekhouding
        """,
        bcc=["ouders@sintpieterscollege.be"],
        traps=["sensitive"],
    ),
    M(
        "ogm-zonder-rekeningnummer",
        [],
        "a structured payment reference and an amount, no account number, no phone",
        staff("aerts"),
        "Dries Maes <dries.maes@gmail.com>",
        "Re: betaling spaghettiavond",
        """
        Beste Dries,

        De betaling voor de spaghettiavond is goed ontvangen met mededeling +++120/3456/78952+++
        (€ 245,00 op 12/10/2026). Bedankt!

        Hilde
        """,
        kind="reply",
        traps=["personal_data", "sensitive"],
    ),
    M(
        "factuur-ondernemingsnummer-voettekst",
        [],
        "footer with the enterprise number, postcode and room numbers: no personal data",
        staff("aerts"),
        "facturatie@autocars-dijle.be",
        "Bestelbon 2026-117",
        """
        Geachte,

        Hierbij bevestigen we de bestelling van een bus (50 plaatsen) voor 25 september,
        vertrek 8u30, terug 16u45. Factureren aan:

        VZW Leuvense Katholieke Scholen aan de Dijle
        Naamsesteenweg 112, 3000 Leuven
        ondernemingsnummer 0410.123.456 - BTW BE 0410.123.456

        Hilde Aerts
        """,
        traps=["personal_data"],
    ),
    M(
        "examenrooster-data-uren",
        [],
        "exam timetable full of dates, times and room numbers",
        staff("directie"),
        staff("directie"),
        "Examenrooster december 2026",
        """
        Beste leerlingen,

        Het examenrooster van december:
        ma 07/12/2026  8u30-10u30  wiskunde        lokaal A.203 / A.204
        di 08/12/2026  8u30-10u00  Nederlands      refter
        wo 09/12/2026  8u30-10u00  Frans           lokaal B.112
        do 10/12/2026  8u30-11u00  wetenschappen   labo C.011
        vr 11/12/2026  8u30-10u00  geschiedenis    refter

        Studiedagen: 14/12 en 15/12. Rapport: vrijdag 18/12/2026 om 15u.

        De directie
        """,
        bcc=["leerlingen@sintpieterscollege.be"],
        traps=["personal_data"],
    ),
    M(
        "oudercontact-uitnodiging-multipart",
        [],
        "invitation to the parents' evening (multipart/alternative), parents in Bcc",
        staff("directie"),
        staff("directie"),
        "Uitnodiging oudercontact donderdag 22 oktober",
        """
        Beste ouders,

        Na het eerste rapport nodigen we u graag uit op het oudercontact van donderdag
        22 oktober tussen 16u en 20u. U reserveert een tijdstip bij de klastitularis en de
        vakleerkrachten via Smartschool > Oudercontact. Een gesprek duurt 10 minuten.

        Wie niet kan komen, kan een telefonisch of online gesprek aanvragen.

        Met vriendelijke groeten,
        De directie
        """,
        bcc=["ouders@sintpieterscollege.be"],
        fmt="alt",
    ),
    M(
        "uitstap-brussel-praktisch",
        [],
        "practical information for an excursion, parents in Bcc, quoted-printable",
        staff("willems"),
        staff("willems"),
        "Uitstap Brussel 3de jaar: praktische info",
        """
        Beste ouders,

        Op dinsdag 10 november bezoeken we met het 3de jaar het Parlamentarium en het
        Atomium. Vertrek om 8u15 met de trein in Leuven station, terug om 17u05.
        Kostprijs: € 14, via de schoolrekening. Vergeet de identiteitskaart niet!

        Koen Willems
        """,
        bcc=["ouders-3@sintpieterscollege.be"],
        fmt="qp",
    ),
    M(
        "punten-aankondiging-rapport",
        [],
        "announcement that grades are online; no pupil named",
        staff("devos"),
        staff("devos"),
        "Rapport 3B online",
        """
        Beste ouders van 3B,

        Het rapport staat vanaf vandaag op Smartschool. Het algemene resultaat van de klas is
        mooi; wie vragen heeft over een vak, kan de leerkracht rechtstreeks contacteren of
        een afspraak maken op het oudercontact.

        An Devos
        klastitularis 3B
        """,
        bcc=["ouders-3b@sintpieterscollege.be"],
    ),
    M(
        "sportdag-collega-planning",
        [],
        "internal planning between colleagues",
        staff("goossens"),
        [staff("decock"), staff("hermans"), staff("willems")],
        "Sportdag: posten",
        """
        Dag collega's,

        Posten op de sportdag:
        - Ruben: oriëntatieloop Heverleebos (vertrek 9u)
        - Griet: EHBO-post aan de sporthal
        - Koen: tijdsregistratie atletiek

        Bart
        """,
    ),
    M(
        "bijles-aanbod-leerlingen",
        [],
        "study support offer to all pupils in Bcc",
        staff("janssens"),
        staff("janssens"),
        "Studiebegeleiding op woensdag",
        """
        Dag iedereen,

        Vanaf volgende week is er elke woensdag van 12u50 tot 13u40 studiebegeleiding in de bib.
        Je kan er terecht met vragen over plannen, samenvatten en studeren voor toetsen.

        Mevr. Janssens
        """,
        bcc=["leerlingen-1@sintpieterscollege.be", "leerlingen-2@sintpieterscollege.be"],
        traps=["sensitive"],
    ),
    M(
        "kerstmarkt-vrijwilligers",
        [],
        "call for volunteers, html-only, to the info account with parents in Bcc",
        staff("info"),
        staff("info"),
        "Kerstmarkt: helpers gezocht",
        """
        Beste ouders,

        Op vrijdag 18 december houden we onze kerstmarkt ten voordele van Kom op tegen Kanker.
        We zoeken nog helpers voor de glühweinstand en de wafelbak. Inschrijven via Smartschool.

        Warme groeten,
        De werkgroep kerstmarkt
        """,
        bcc=["ouders@sintpieterscollege.be"],
        fmt="html",
        traps=["sensitive"],
    ),
    M(
        "boekenlijst-english",
        [],
        "English: book list for an English class, pupils in Bcc",
        staff("dubois"),
        staff("dubois"),
        "Reading list term 2",
        """
        Dear 5th years,

        For the second term, choose one of these novels: 'The Curious Incident of the Dog in the
        Night-Time', 'Of Mice and Men' or 'The Hate U Give'. Book reports are due on 12 March.

        Ms Dubois
        """,
        bcc=["leerlingen-5@sintpieterscollege.be"],
        lang="en",
        traps=["sensitive"],
    ),
    M(
        "reunion-parents-francais",
        [],
        "French: parents' evening invitation to a French-speaking parent",
        staff("vermeulen"),
        "Isabelle Lambert <isabelle.lambert@gmail.com>",
        "Réunion de parents",
        """
        Madame Lambert,

        Je serais heureuse de vous rencontrer à la réunion de parents du jeudi 22 octobre.
        Vous pouvez réserver un créneau sur Smartschool.

        Bien cordialement,
        Lies Vermeulen
        """,
        lang="fr",
        traps=["private_account"],
    ),
    M(
        "proclamatie-zesdejaars",
        [],
        "graduation ceremony invitation, base64 body",
        staff("maes"),
        staff("info"),
        "Proclamatie 6de jaar",
        """
        Beste ouders en leerlingen van het 6de jaar,

        De proclamatie vindt plaats op vrijdag 25 juni 2027 om 19u in de aula Pieter De Somer.
        Na de uitreiking van de diploma's volgt een receptie op de speelplaats.

        Tom Maes
        directeur
        """,
        bcc=["ouders-6@sintpieterscollege.be", "leerlingen-6@sintpieterscollege.be"],
        fmt="b64",
    ),
    M(
        "leerlingenraad-verslag",
        [],
        "pupils' council minutes to a teacher",
        "Arne Verhoeven <arne.verhoeven@leerling.sintpieterscollege.be>",
        staff("elamrani"),
        "verslag leerlingenraad",
        """
        Dag mevrouw El Amrani,

        Hier het verslag van de leerlingenraad van dinsdag:
        - de leerlingenraad wil meer fietsenstallingen;
        - voorstel: een waterfontein aan de sporthal;
        - het schoolfeest krijgt als thema 'Festival'.

        Arne, voorzitter leerlingenraad
        """,
    ),
    M(
        "laptopproject-info",
        [],
        "information on the laptop project, parents in Bcc, alternative with base64",
        staff("claes"),
        staff("info"),
        "Laptopproject 1ste jaar",
        """
        Beste ouders,

        Vanaf het 1ste jaar werkt elke leerling met een eigen laptop. De huur bedraagt € 15 per
        maand over drie jaar, inclusief verzekering en onderhoud. Op de infoavond van
        15 september leggen we alles uit.

        Pieter Claes, ICT-coördinator
        """,
        bcc=["ouders-1stegraad@sintpieterscollege.be"],
        fmt="alt-b64",
    ),
    M(
        "refter-menu",
        [],
        "menu of the school restaurant; allergens named generally",
        staff("secretariaat"),
        staff("secretariaat"),
        "Menu refter oktober",
        """
        Beste ouders,

        In bijlage het menu van de refter voor oktober. Allergenen staan vermeld per gerecht.
        Warme maaltijd: € 4,20; soep: € 0,80.

        Het secretariaat
        """,
        attachments=[Att("menu_oktober.pdf", "application/pdf", pdf_bytes("Menu oktober"))],
        bcc=["ouders@sintpieterscollege.be"],
        traps=["sensitive"],
    ),
    M(
        "vervanging-collega-afwezig",
        [],
        "timetable change because a colleague is absent (no reason given)",
        staff("directie"),
        [staff("peeters"), staff("hermans"), staff("goossens")],
        "Vervangingen donderdag",
        """
        Beste collega's,

        Donderdag is Ruben Decock afwezig. Vervangingen:
        1ste lesuur 3C: Jan (studie in A.203)
        3de lesuur 4C: Griet
        5de lesuur 2A: Bart (sporthal)

        De directie
        """,
    ),
    M(
        "antwoord-ouder-uitstap-gequote",
        [],
        "reply to a parent about an excursion with the parent's question quoted",
        staff("hermans"),
        "Elke Van Damme <elke.vandamme@hotmail.com>",
        "Re: uitstap Planckendael",
        "Beste mevrouw Van Damme,\n\nJa, de leerlingen mogen hun gsm meenemen, maar die blijft tijdens\n"
        "de rondleiding in de boekentas.\n\nGriet Hermans\n\n"
        + quote(
            "Op 2 okt. 2026 om 18:44 schreef Elke Van Damme <elke.vandamme@hotmail.com>:",
            """
            Dag mevrouw Hermans, mag mijn dochter haar gsm meenemen op de uitstap?
            Groetjes, Elke
            """,
        ),
        kind="reply",
        traps=["private_account"],
    ),
    M(
        "doorgestuurd-nascholing",
        [],
        "an inline forward of a training offer to a colleague",
        staff("maes"),
        staff("verhaegen"),
        "Fwd: nascholing STEM",
        "Joke, iets voor jou?\n\n"
        + fwd(
            "Nascholing UCLL <nascholing@ucll.be>",
            "di 22 sep. 2026 om 09:00",
            "nascholing STEM",
            "tom.maes@sintpieterscollege.be",
            """
            Nieuw: 'STEM in de tweede graad', drie woensdagnamiddagen in november in Heverlee.
            """,
            outlook=True,
        ),
        kind="forward",
    ),
    M(
        "geboortedatum-inschrijving-nieuwe-leerling",
        ["personal_data"],
        "enrolment confirmation with a birthdate (personal data, not sensitive)",
        staff("mertens"),
        "Hanne De Smet <hanne.desmet@telenet.be>",
        "Bevestiging inschrijving",
        """
        Beste mevrouw De Smet,

        Hierbij bevestigen we de inschrijving van uw zoon Seppe De Smet, geboren op 2 april 2014,
        voor het 1ste jaar A (Latijn) vanaf 1 september 2026.

        Met vriendelijke groeten,
        Sofie Mertens
        """,
        traps=["sensitive"],
    ),
    M(
        "rrn-licentie-scholencross",
        ["personal_data"],
        "a pupil's national number for a sports licence: personal data, not sensitive",
        staff("goossens"),
        "Vlaamse Schoolsport <inschrijvingen@schoolsport.be>",
        "Licentie scholencross",
        f"""
        Geachte,

        Voor de licentie van onze deelnemer aan de scholencross:
        Stan Goossens, rijksregisternummer {rrn(11, 6, 30, 47)}, klas 4A.

        Bart Goossens
        """,
        traps=["sensitive"],
    ),
    M(
        "ouderraad-iban-terugbetaling",
        ["personal_data"],
        "the parents' council refunds a parent to his IBAN",
        staff("aerts"),
        "Dries Maes <dries.maes@gmail.com>",
        "Terugbetaling onkosten",
        f"""
        Beste Dries,

        Je onkosten voor de spaghettiavond (€ 87,40) worden deze week teruggestort op
        {be_iban("001", 4545450)}.

        Hilde
        """,
        traps=["sensitive"],
    ),
    M(
        "mobiel-nummer-begeleider-uitstap",
        ["personal_data"],
        "the trip's emergency mobile number given to parents (Bcc)",
        staff("decock"),
        staff("decock"),
        "Noodnummer veldwerk",
        """
        Beste ouders,

        Tijdens het veldwerk van donderdag zijn we bereikbaar op het gsm-nummer van de school:
        +32 470 55 66 77.

        Ruben Decock
        """,
        bcc=["ouders-4c@sintpieterscollege.be"],
    ),
    M(
        "nederlands-nummer-partnerschool",
        ["personal_data"],
        "a Dutch phone number of a partner school in the Netherlands",
        staff("dubois"),
        "Mark de Vries <m.devries@stedelijkgymnasium.nl>",
        "Uitwisseling maart",
        """
        Beste Mark,

        Zoals telefonisch besproken: jullie groep komt op maandag 8 maart met de trein aan.
        Ons onthaal is bereikbaar op 016 29 84 10; jij bent bereikbaar op +31 6 12345678.

        Nathalie
        """,
    ),
    M(
        "nieuw-gsm-nummer-ouder",
        ["personal_data"],
        "a parent's new mobile number passed on to colleagues",
        staff("mertens"),
        [staff("devos"), staff("wouters")],
        "Nieuw gsm-nummer mama Lotte Peeters",
        """
        Ter info: de mama van Lotte Peeters (3B) heeft een nieuw gsm-nummer: 0499/12.34.56.
        Het is aangepast in Smartschool.

        Sofie
        """,
        traps=["sensitive"],
    ),
    M(
        "bel-me-op-mijn-gsm",
        ["personal_data"],
        "a colleague gives her mobile number for the day of the trip",
        staff("hermans"),
        staff("goossens"),
        "uitstap vrijdag",
        """
        Bart, vrijdag ben ik de hele dag in Planckendael. Bel me op mijn gsm als er iets is:
        0472 33 44 55.

        Griet
        """,
    ),
    M(
        "date-of-birth-exchange-list-english",
        ["personal_data"],
        "English: date of birth of a pupil for the partner school's travel insurance",
        staff("dubois"),
        "Minna Virtanen <minna.virtanen@edu.hel.fi>",
        "Insurance details",
        """
        Dear Minna,

        For your insurance: our pupil Ella Janssens, date of birth 4 May 2009, will stay with
        the Korhonen family. Her emergency contact is her father, +32 486 27 18 93.

        Best,
        Nathalie
        """,
        lang="en",
    ),
    M(
        "nee-le-inscription-francais",
        ["personal_data"],
        "French: a pupil's birthdate in an enrolment confirmation",
        staff("mertens"),
        "Isabelle Lambert <isabelle.lambert@gmail.com>",
        "Confirmation d'inscription",
        """
        Madame Lambert,

        Nous confirmons l'inscription de votre fille Camille Lambert, née le 12 mars 2014, en
        1re année B à partir du 1er septembre 2026.

        Bien cordialement,
        Le secrétariat
        """,
        lang="fr",
        traps=["private_account", "sensitive"],
    ),
    M(
        "rrn-zonder-leestekens-clb",
        ["personal_data"],
        "a national number written without punctuation, to the CLB for an enrolment",
        staff("mertens"),
        "Dirk Van Hove <dirk.vanhove@vclbleuven.be>",
        "Nieuwe leerling 2B",
        f"""
        Dag Dirk,

        Nieuwe leerling in 2B vanaf maandag: Yara Claes, rijksregisternummer
        {rrn(12, 9, 17, 262).replace(".", "").replace("-", "")}. Het leerlingendossier volgt via de
        gewone weg.

        Sofie
        """,
        traps=["sensitive"],
    ),
    M(
        "internationaal-nummer-0032",
        ["personal_data"],
        "the school's number in 0032 notation in an English mail",
        staff("dubois"),
        "Ana Sousa <ana.sousa@aeportela.pt>",
        "Contact during the trip",
        """
        Dear Ana,

        During your stay, you can always call our reception at 0032 16 29 84 10, from 8.00 to
        17.00.

        Nathalie
        """,
        lang="en",
    ),
    M(
        "tijd-en-bedragen-geen-telefoon",
        [],
        "numbers that are not phone numbers: amounts, times, class sizes, years",
        staff("goossens"),
        staff("maes"),
        "Budget sportdag 2026-2027",
        """
        Tom,

        Budget sportdag 2026-2027: 412 leerlingen x € 6,50 = € 2.678,00. Busvervoer:
        2 bussen x € 385. Start 8u45, einde 15u30. Verzekering via polis 45.112.778.

        Bart
        """,
        traps=["personal_data"],
    ),
]
