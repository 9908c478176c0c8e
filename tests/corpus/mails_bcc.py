"""Visible recipients (policy §3.1: group addresses always in BCC; §3.3: BCC when mailing several
people, mind who is in CC). Positives: a group address in To/Cc, or two or more visible parents,
pupils or externals. Negatives: one outside recipient plus colleagues, everyone in Bcc, staff only."""

from __future__ import annotations

from tests.corpus.corpuslib import SCHOOL_PHONE, Att, M, Mail, ics_bytes, pdf_bytes, quote, sig, staff

PARENTS_2A = [
    "Hanne De Smet <hanne.desmet@telenet.be>",
    "Youssef Benali <y.benali@gmail.com>",
    "Katleen Wouters <katleen.wouters@skynet.be>",
    "Geert Lambrechts <geert.lambrechts@outlook.com>",
    "Sarah Vanderlinden <sarah.vdlinden@gmail.com>",
    "Pieter-Jan Goris <pj.goris@proximus.be>",
    "Elke Van Damme <elke.vandamme@hotmail.com>",
    "Nadia Aerts <nadia.aerts@telenet.be>",
    "Dries Maes <dries.maes@gmail.com>",
    "Inge Verbeeck <inge.verbeeck@scarlet.be>",
    "Tim Claessens <tim.claessens@live.be>",
    "Marleen Hendrickx <marleen.hendrickx@gmail.com>",
]

MAILS: list[Mail] = [
    # ---------------------------------------------------------------- positives: group addresses
    M(
        "nieuwsbrief-ouders-in-aan",
        ["bcc", "personal_data"],
        "newsletter to the parents group address in To; school phone in the footer",
        staff("info"),
        "Ouders Sint-Pieterscollege <ouders@sintpieterscollege.be>",
        "Nieuwsbrief september",
        f"""
        Beste ouders,

        Het nieuwe schooljaar is goed gestart! Enkele data om te noteren:
        - woensdag 16 september: schoolfotograaf
        - vrijdag 25 september: sportdag (1ste en 2de graad)
        - donderdag 22 oktober: oudercontact na het eerste rapport

        De refter is vanaf maandag weer open; warme maaltijden bestelt u via Smartschool.

        Met vriendelijke groeten,
        Tom Maes, directeur
        Sint-Pieterscollege Leuven - T {SCHOOL_PHONE}
        """,
        fmt="alt",
    ),
    M(
        "infoavond-ouders-1ste-graad",
        ["bcc"],
        "invitation to an information evening sent to ouders-1stegraad@ in To",
        staff("janssens"),
        "ouders-1stegraad@sintpieterscollege.be",
        "Uitnodiging infoavond 1ste graad",
        """
        Beste ouders,

        Graag nodigen we u uit op de infoavond voor de ouders van het 1ste en 2de jaar op
        dinsdag 15 september om 19u30 in de feestzaal. We stellen de klastitularissen voor,
        leggen uit hoe de studiebegeleiding werkt en beantwoorden al uw vragen.

        Tot dan!
        Katrien Janssens
        zorgcoördinator 1ste graad
        """,
        traps=["sensitive"],
    ),
    M(
        "klasgroep-aan-huiswerk",
        ["bcc"],
        "teacher writes to the class group address in To",
        staff("devos"),
        "klas-3b@sintpieterscollege.be",
        "Leesdossier",
        """
        Dag 3B,

        Vergeet niet dat jullie leesdossier over 'Het leven is vurrukkulluk' ten laatste op
        vrijdag 23 oktober binnen moet. Wie nog geen boek heeft, kan terecht in de bib.

        Mevr. Devos
        """,
    ),
    M(
        "leerlingen-allemaal-in-aan",
        ["bcc"],
        "message to all pupils via leerlingen@ in To",
        staff("maes"),
        "Alle leerlingen <leerlingen@sintpieterscollege.be>",
        "Fietsen in de fietsenstalling",
        """
        Beste leerlingen,

        Vanaf maandag worden fietsen die buiten de stalling staan verwijderd. Zet je fiets dus
        altijd in de fietsenstalling aan de Naamsestraat en doe hem op slot.

        De directie
        """,
    ),
    M(
        "personeelsvergadering-in-aan",
        ["bcc"],
        "staff group address in To (group addresses always in BCC, even internal)",
        staff("maes"),
        "personeel@sintpieterscollege.be",
        "Agenda personeelsvergadering maandag",
        """
        Beste collega's,

        Maandag om 16u personeelsvergadering in de refter. Agenda:
        1. Evaluatie van de startweek
        2. Planning oudercontacten
        3. Nascholing 'differentiëren in de klas'
        4. Varia

        Tom
        """,
        attachments=[Att("agenda_personeelsvergadering.pdf", "application/pdf", pdf_bytes("Agenda"))],
    ),
    M(
        "vakgroep-wiskunde-in-cc",
        ["bcc"],
        "subject group address in Cc",
        staff("peeters"),
        staff("maes"),
        "Vakgroepwerking wiskunde",
        """
        Dag Tom,

        Hierbij het verslag van onze vakgroepvergadering. We willen graag nieuwe
        grafische rekenmachines aankopen voor het 5de jaar; de offerte volgt.

        Jan Peeters
        voorzitter vakgroep wiskunde
        """,
        cc=["vakgroep-wiskunde@spc.ksleuven.be"],
    ),
    M(
        "ouders-klas-hoofdletters",
        ["bcc"],
        "class parents' group address written in capitals, display name only in To",
        staff("goossens"),
        "Ouders 2A <Ouders-2A@SintPietersCollege.be>",
        "Zwemmen vanaf volgende week",
        """
        Beste ouders,

        Vanaf volgende week gaan we met 2A zwemmen op dinsdagvoormiddag. Wilt u erop letten dat
        uw zoon of dochter een badmuts en zwembril meeneemt?

        Sportieve groeten,
        Bart Goossens
        """,
    ),
    M(
        "groepsadres-en-ouder-in-aan",
        ["bcc"],
        "a group address together with one parent in To",
        staff("decock"),
        ["klas-4c@sintpieterscollege.be", "Sofie Claes <sofie.claes@gmail.com>"],
        "Veldwerk aardrijkskunde Dijlevallei",
        """
        Dag 4C (en mevrouw Claes, bedankt om mee te gaan als begeleider!),

        Donderdag trekken we de Dijlevallei in voor ons veldwerk. Afspraak 8u25 aan de poort.
        Stevige schoenen en regenkledij zijn een must.

        Mr. Decock
        """,
    ),
    M(
        "ouders-derde-graad-html",
        ["bcc"],
        "HTML-only invitation to ouders-3degraad@ in To",
        staff("elamrani"),
        "ouders-3degraad@sintpieterscollege.be",
        "Studiekeuze-avond 6de jaar",
        """
        Beste ouders,

        Op woensdag 18 november organiseren we de studiekeuze-avond voor de leerlingen van het
        6de jaar en hun ouders. Oud-leerlingen vertellen over hun eerste jaar aan de KU Leuven,
        UCLL en de hogescholen.

        Inschrijven kan via het formulier op Smartschool.

        Sarah El Amrani
        leerlingbegeleiding 3de graad
        """,
        fmt="html",
        traps=["sensitive"],
    ),
    M(
        "vakgroep-talen-lksd",
        ["bcc"],
        "vakgroep group address on the lksd domain in To plus a colleague",
        staff("vermeulen"),
        ["vakgroep-frans@lksd.ksleuven.be", staff("dubois")],
        "Uitwisseling toetsen Frans",
        """
        Chers collègues,

        Zoals afgesproken delen we voortaan de toetsen van de eerste graad via de gedeelde map.
        Graag jullie toetsen van hoofdstuk 1 tegen eind september.

        Lies
        """,
    ),
    # ---------------------------------------------------------------- positives: several visible people
    M(
        "excursie-herinnering-ouders-in-aan",
        ["bcc"],
        "twelve parents' private addresses visible in To",
        staff("hermans"),
        PARENTS_2A,
        "Herinnering: uitstap Planckendael vrijdag",
        """
        Beste ouders,

        Vrijdag gaan we met 2A naar Planckendael. Vertrek om 8u30 aan de school, terug rond 16u.
        Gelieve uw kind een lunchpakket en drinken mee te geven.

        Met vriendelijke groeten,
        Griet Hermans
        """,
    ),
    M(
        "ouders-in-cc",
        ["bcc"],
        "teacher writes to herself and puts five parents in Cc",
        staff("verhaegen"),
        staff("verhaegen"),
        "Labojas chemie",
        """
        Beste ouders,

        Vanaf volgende week is een labojas verplicht tijdens de practica chemie. Een labojas kan
        aangekocht worden op het secretariaat (€ 18).

        Joke Verhaegen
        """,
        cc=PARENTS_2A[:5],
    ),
    M(
        "vader-en-moeder-in-aan",
        ["bcc"],
        "both parents of one pupil visible in To: two external addresses",
        staff("devos"),
        ["Marc Peeters <marc.peeters@telenet.be>", "Leen Jacobs <leen.jacobs@gmail.com>"],
        "Oudercontact Lotte",
        """
        Beste ouders van Lotte,

        Graag bevestig ik onze afspraak voor het oudercontact op donderdag 22 oktober om 18u40
        in lokaal B.112.

        Met vriendelijke groeten,
        An Devos
        klastitularis 3B
        """,
    ),
    M(
        "ouder-en-clb-in-cc",
        ["bcc"],
        "one parent in To and an external CLB worker in Cc",
        staff("wouters"),
        "Wim Jacobs <wim.jacobs@proximus.be>",
        "Afspraak maandag",
        """
        Beste meneer Jacobs,

        Zoals telefonisch besproken spreken we maandag om 15u30 af op school, samen met
        mevrouw Van Hove van het CLB, over de studiekeuze van Mathis.

        Els Wouters
        """,
        cc=["Dirk Van Hove <dirk.vanhove@vclbleuven.be>"],
        traps=["sensitive"],
    ),
    M(
        "groepswerk-leerlingen-in-aan",
        [],
        "five pupil addresses visible in To, only to each other (a group work: bcc does not count them)",
        staff("willems"),
        [
            "arne.aerts@leerling.sintpieterscollege.be",
            "hanne.coppens@leerling.sintpieterscollege.be",
            "lotte.peeters@leerling.sintpieterscollege.be",
            "seppe.vandenberghe@leerling.sintpieterscollege.be",
            "jonas.maes@leerling.sintpieterscollege.be",
        ],
        "Groepswerk Eerste Wereldoorlog",
        """
        Dag groep 3,

        Jullie onderwerp voor het groepswerk is 'de loopgraven aan de IJzer'. Verdeel de taken
        en bezorg me tegen vrijdag een korte planning.

        Mr. Willems
        """,
    ),
    M(
        "leerling-en-ouder-in-aan",
        ["bcc"],
        "a pupil and the pupil's parent both in To (two outside recipients)",
        staff("peeters"),
        ["jonas.maes@leerling.sintpieterscollege.be", "Ann Maes <ann.maes78@hotmail.com>"],
        "Inhaaltoets wiskunde",
        """
        Dag Jonas, beste mevrouw Maes,

        De inhaaltoets wiskunde gaat door op woensdag 14 oktober om 12u50 in lokaal A.203.

        Jan Peeters
        """,
    ),
    M(
        "offerte-busmaatschappijen",
        ["bcc", "personal_data"],
        "request for quotation to three coach companies visible in To (externals); phone in signature",
        staff("aerts"),
        [
            "info@autocars-dijle.be",
            "verhuur@demaesbus.be",
            "planning@hoppa-reizen.be",
        ],
        "Offerteaanvraag busvervoer skireis",
        f"""
        Geachte,

        Graag ontvangen we een offerte voor busvervoer van Leuven naar Val Thorens en terug voor
        52 leerlingen en 6 begeleiders, vertrek vrijdag 12 februari 2027, terugkeer zondag 21 februari.

        {sig("aerts", tel="016 29 84 17")}
        """,
    ),
    M(
        "erasmus-partners-in-aan",
        ["bcc"],
        "English: three partner-school teachers abroad visible in To",
        staff("dubois"),
        [
            "Minna Virtanen <minna.virtanen@edu.hel.fi>",
            "Ana Sousa <ana.sousa@aeportela.pt>",
            "Jonas Lindqvist <jonas.lindqvist@skola.goteborg.se>",
        ],
        "Programme for the Leuven mobility",
        """
        Dear partners,

        Please find the draft programme for the mobility in Leuven in March:
        Monday: welcome, city rally; Tuesday: workshops on climate; Wednesday: trip to Brussels;
        Thursday: project work; Friday: presentations and farewell party.

        Best wishes,
        Nathalie
        """,
        lang="en",
    ),
    M(
        "ouders-en-collegas-gemengd",
        ["bcc"],
        "two parents and three colleagues in To: the two parents make it a positive",
        staff("goossens"),
        [
            staff("hermans"),
            staff("decock"),
            staff("devos"),
            "Katleen Wouters <katleen.wouters@skynet.be>",
            "Tim Claessens <tim.claessens@live.be>",
        ],
        "Begeleiders sportdag",
        """
        Dag allemaal,

        Bedankt om mee te begeleiden op de sportdag. Afspraak om 8u15 aan de sporthal.
        Katleen en Tim, jullie helpen bij de oriëntatieloop in het Heverleebos.

        Bart
        """,
    ),
    M(
        "reply-all-ouders",
        ["bcc"],
        "reply-all to a thread that already had four parents in To",
        staff("devos"),
        PARENTS_2A[2:6],
        "Re: klasfeest",
        "Bedankt voor jullie enthousiasme! Ik breng de drankjes mee, jullie zorgen voor de hapjes.\n\n"
        "An\n\n"
        + quote(
            "Op vr 18 dec. 2026 om 12:03 schreef Katleen Wouters <katleen.wouters@skynet.be>:",
            """
            Ik kan een taart bakken voor het klasfeest. Wie brengt de drankjes mee?
            """,
        ),
        kind="reply",
    ),
    M(
        "leerlingen-in-cc-stage",
        ["bcc"],
        "an internship mentor in To and two pupils in Cc",
        staff("lambrechts"),
        "Marc Lejeune <m.lejeune@menuiserie-lejeune.be>",
        "Stage Kobe en Vic",
        """
        Beste meneer Lejeune,

        Kobe en Vic zetten in kopie. Zij starten maandag om 7u30 bij u; ze nemen hun
        veiligheidsschoenen en werkkledij mee.

        Dirk Lambrechts
        """,
        cc=[
            "kobe.hermans@leerling.sintpieterscollege.be",
            "vic.janssens@leerling.sintpieterscollege.be",
        ],
        lang="nl",
    ),
    M(
        "ouderraad-vergadering-leden-in-aan",
        ["bcc", "personal_data"],
        "parents' council members with private addresses in To; a member's mobile in the text",
        staff("maes"),
        [
            "Hanne De Smet <hanne.desmet@telenet.be>",
            "Dries Maes <dries.maes@gmail.com>",
            "Inge Verbeeck <inge.verbeeck@scarlet.be>",
        ],
        "Ouderraad 8 oktober",
        """
        Beste leden van de ouderraad,

        De volgende vergadering is op donderdag 8 oktober om 20u in de leraarskamer.
        Dries bezorgt nog de afrekening van de spaghettiavond. Wie verhinderd is, laat het
        weten aan de voorzitter (Inge, 0478 91 22 30).

        Tom Maes
        """,
    ),
    M(
        "schoolfotograaf-ouders-in-aan-qp",
        ["bcc"],
        "quoted-printable mail with six parents in To",
        staff("mertens"),
        PARENTS_2A[6:12],
        "Schoolfoto's bestellen",
        """
        Beste ouders,

        De schoolfoto's kunnen besteld worden tot 30 oktober via de website van de fotograaf, met
        de code op het kaartje dat uw kind meekreeg. Een klasfoto kost € 8.

        Met vriendelijke groeten,
        Sofie Mertens - leerlingensecretariaat
        """,
        fmt="qp",
    ),
    M(
        "ouderraad-groepsadres-en-bijlage",
        ["bcc"],
        "calendar invite to the parents' group address in To with an .ics attachment",
        staff("info"),
        "ouders@spc.ksleuven.be",
        "Uitnodiging: oudercontact 22 oktober",
        """
        Beste ouders,

        In bijlage vindt u de uitnodiging voor het oudercontact voor uw agenda. U kan een
        tijdstip reserveren via Smartschool > Oudercontact vanaf maandag 12 oktober.

        Het secretariaat
        """,
        attachments=[
            Att(
                "oudercontact.ics",
                "text/calendar; charset=utf-8; method=REQUEST",
                ics_bytes("Oudercontact", "20261022T160000Z", "20261022T200000Z", "Sint-Pieterscollege"),
                cte="7bit",
            )
        ],
    ),
    M(
        "twee-externen-leverancier-en-clb",
        ["bcc"],
        "two unrelated externals in To (a supplier and a CLB worker)",
        staff("janssens"),
        ["Dirk Van Hove <dirk.vanhove@vclbleuven.be>", "verkoop@kurzweil-educatief.be"],
        "Demo voorleessoftware",
        """
        Beste Dirk, beste verkoopdienst,

        Graag plannen we een demo van de voorleessoftware voor de collega's van het
        zorgteam, bij voorkeur op een woensdagnamiddag in november.

        Katrien Janssens
        """,
        traps=["sensitive"],
    ),
    M(
        "leerlingen-en-ouders-nieuwjaar-english",
        ["bcc"],
        "English: two host families visible in To",
        staff("dubois"),
        ["The Smiths <smith.family@btinternet.com>", "Claire Martin <claire.martin@orange.fr>"],
        "Thank you, host families!",
        """
        Dear host families,

        Thank you so much for welcoming our pupils last week. They all came home with great
        stories about your hospitality.

        Warm regards,
        Nathalie Dubois
        """,
        lang="en",
    ),
    # ---------------------------------------------------------------- hard negatives
    M(
        "ouder-met-collegas-in-cc",
        [],
        "one parent in To, class teacher and year coordinator in Cc: colleagues do not count",
        staff("devos"),
        "Ann Maes <ann.maes78@hotmail.com>",
        "Huiswerk Jonas",
        """
        Beste mevrouw Maes,

        Jonas heeft deze week twee keer zijn taak Nederlands niet gemaakt. Wilt u er thuis mee
        op letten? Ik zet zijn leerkracht wiskunde en de graadcoördinator in kopie.

        An Devos
        """,
        cc=[staff("peeters"), staff("wouters")],
        traps=["bcc", "sensitive", "private_account"],
    ),
    M(
        "collegas-zes-in-aan",
        [],
        "six colleagues visible in To: staff only",
        staff("maes"),
        [
            staff("devos"),
            staff("peeters"),
            staff("goossens"),
            staff("hermans"),
            staff("decock"),
            staff("willems"),
        ],
        "Werkgroep schoolfeest",
        """
        Beste collega's,

        Bedankt om deel te nemen aan de werkgroep schoolfeest. Eerste overleg: dinsdag 13
        oktober om 12u40 in lokaal A.001. Ideeën voor het thema zijn welkom!

        Tom
        """,
        traps=["bcc"],
    ),
    M(
        "ouders-in-bcc-envelop",
        [],
        "sender in To, 25 parents only in the envelope (Bcc stripped by the client)",
        staff("hermans"),
        staff("hermans"),
        "Uitstap Planckendael: betaling",
        """
        Beste ouders,

        De uitstap naar Planckendael kost € 21 en wordt op de volgende schoolrekening gezet.

        Met vriendelijke groeten,
        Griet Hermans
        """,
        bcc=[*PARENTS_2A, "ann.maes78@hotmail.com", "marc.peeters@telenet.be", "sofie.claes@gmail.com"],
        traps=["bcc"],
    ),
    M(
        "undisclosed-recipients",
        [],
        "To is 'undisclosed-recipients:;' and all parents are in the envelope only",
        staff("info"),
        "undisclosed-recipients:;",
        "Staking De Lijn maandag",
        """
        Beste ouders,

        Door de aangekondigde staking van De Lijn op maandag rijden er mogelijk minder bussen.
        De lessen gaan gewoon door. Leerlingen die niet op school geraken, verwittigen het
        secretariaat vóór 8u30.

        Directie Sint-Pieterscollege
        """,
        bcc=["ouders@sintpieterscollege.be"],
        traps=["bcc"],
    ),
    M(
        "functionele-accounts-en-een-ouder",
        [],
        "one parent plus general school accounts (directie@, secretariaat@) in To",
        staff("wouters"),
        ["Karen Mertens <karen.mertens@outlook.be>", staff("directie"), staff("secretariaat")],
        "Vraag over afwezigheid",
        """
        Beste mevrouw Mertens,

        Een afwezigheid van één dag wegens familiale omstandigheden wettigt u met een
        briefje in de agenda. Ik zet directie en secretariaat in kopie zodat zij het noteren.

        Els Wouters
        """,
        traps=["bcc", "sensitive"],
    ),
    M(
        "groepsadres-in-bcc-header",
        [],
        "the group address is in a Bcc header kept by the client, not in To/Cc",
        staff("goossens"),
        staff("goossens"),
        "Sportdag: programma",
        """
        Beste ouders,

        Op vrijdag 25 september is het sportdag. Het programma vindt u op Smartschool.
        Leerlingen brengen sportkledij, een lunchpakket en een drinkbus mee.

        Bart Goossens
        """,
        bcc_header=["ouders-1stegraad@sintpieterscollege.be"],
        traps=["bcc"],
    ),
    M(
        "groepsadres-enkel-in-tekst",
        [],
        "a group address appears only in the body text",
        staff("secretariaat"),
        "Dries Maes <dries.maes@gmail.com>",
        "Re: adres voor de ouderraad",
        "Beste meneer Maes,\n\nAlle ouders bereikt u via de school: wij versturen uw bericht naar\n"
        "ouders@sintpieterscollege.be (in BCC). Bezorg ons de tekst gewoon per mail.\n\n"
        "Met vriendelijke groeten,\nHet secretariaat\n",
        kind="reply",
        traps=["bcc"],
    ),
    M(
        "leerling-alleen-leerkracht-cc",
        [],
        "one pupil in To, a colleague in Cc",
        staff("vermeulen"),
        "Emma Claes <emma.claes@leerling.sintpieterscollege.be>",
        "Spreekbeurt Frans",
        """
        Bonjour Emma,

        Ta présentation sur Lyon était très bien préparée. Je mets Mme Devos en copie, ta
        titulaire. Bravo!

        Mme Vermeulen
        """,
        cc=staff("devos"),
        lang="fr",
        traps=["bcc"],
    ),
    M(
        "clb-alleen-zorgcoordinator-cc",
        [],
        "one external (CLB) in To and the care coordinator in Cc",
        staff("wouters"),
        "Dirk Van Hove <dirk.vanhove@vclbleuven.be>",
        "Planning MDO's",
        """
        Dag Dirk,

        Kunnen we de multidisciplinaire overlegmomenten van het tweede trimester vastleggen?
        Ik stel de dinsdagen 12 januari, 9 februari en 16 maart voor, telkens om 13u.

        Els
        """,
        cc=staff("janssens"),
        traps=["bcc", "sensitive"],
    ),
    M(
        "intern-over-domeinen-heen",
        [],
        "colleagues on the three school domains and the DPO in To: all internal",
        staff("coppens"),
        [staff("maes"), staff("claes"), staff("aerts"), staff("dpo")],
        "Evacuatieoefening",
        """
        Beste,

        De evacuatieoefening voor campus Naamsestraat vindt plaats in de week van 19 oktober.
        De precieze dag en het uur worden niet vooraf meegedeeld aan de leerlingen.

        Wim Coppens
        preventieadviseur LKSD
        """,
        traps=["bcc"],
    ),
    M(
        "ouder-met-twee-namen-een-adres",
        [],
        "one shared family address for two parents: a single visible external",
        staff("devos"),
        "Marc en Leen Peeters-Jacobs <gezin.peeters.jacobs@telenet.be>",
        "Boekbespreking Lotte",
        """
        Beste ouders,

        Lotte heeft haar boekbespreking over 'Wonder' met glans gebracht: 17/20. Proficiat!

        An Devos
        """,
        traps=["bcc", "sensitive"],
    ),
    M(
        "functioneel-aan-ouders-bcc-met-dpo-cc",
        [],
        "general account in To, DPO in Cc, parents in the envelope only",
        staff("directie"),
        staff("secretariaat"),
        "Nieuwe privacyverklaring",
        """
        Beste ouders,

        Vanaf 1 oktober geldt een vernieuwde privacyverklaring. U vindt ze op de website onder
        'Praktisch'. Vragen kan u stellen aan het aanspreekpunt informatieveiligheid.

        De directie
        """,
        cc=staff("dpo"),
        bcc=["ouders@sintpieterscollege.be", "ouders@spc.ksleuven.be"],
        traps=["bcc"],
    ),
    M(
        "antwoord-op-ouder-collega-cc-html",
        ["personal_data"],
        "HTML reply to one parent with a colleague in Cc; parent's phone number in the quoted text",
        staff("decock"),
        "Youssef Benali <y.benali@gmail.com>",
        "Re: uitstap Dijlevallei",
        "Beste meneer Benali,\n\nGeen probleem, ik bel u donderdag na de uitstap even op.\n\n"
        "Ruben Decock\n\n"
        + quote(
            "Op 12 okt. 2026 om 19:02 schreef Youssef Benali <y.benali@gmail.com>:",
            """
            Beste meneer Decock,

            Kan u mij bellen als de bus later terugkomt? Mijn nummer is 0495 12 88 73.
            Groeten,
            Youssef Benali
            """,
        ),
        cc=staff("hermans"),
        fmt="html",
        kind="reply",
        traps=["bcc", "private_account"],
    ),
]
