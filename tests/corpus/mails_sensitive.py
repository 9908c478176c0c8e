"""Sensitive data about an identifiable pupil (policy §3.3: gezinssituatie, psycho-sociaal,
medisch, zorg, financieel) and the look-alikes: lesson content, homonyms, announcements that
name no pupil, staff signatures, and pupils named in harmless contexts."""

from __future__ import annotations

from tests.corpus.corpuslib import (
    SCHOOL_PHONE,
    Att,
    M,
    Mail,
    be_iban,
    fwd,
    ooxml_bytes,
    pdf_bytes,
    quote,
    rrn,
    sig,
    staff,
)

CLB = "Dirk Van Hove <dirk.vanhove@vclbleuven.be>"
ONDERSTEUNER = "Leen Smets <leen.smets@onw-leuven.be>"

MAILS: list[Mail] = [
    # ================================================================ family
    M(
        "co-ouderschap-jonas-collegas",
        ["sensitive"],
        "family: parents separating, week-about custody of a named pupil, to colleagues",
        staff("devos"),
        [staff("peeters"), staff("goossens"), staff("vermeulen")],
        "Ter info: Jonas Maes (3B)",
        """
        Dag collega's,

        Ter info, en graag discreet: de ouders van Jonas Maes (3B) gaan uit elkaar. Jonas
        verblijft voortaan in co-ouderschap, week om week bij mama en bij papa. Hij is de laatste
        tijd wat stiller in de klas; hou hem een beetje in het oog.

        Brieven graag naar beide adressen.

        An
        """,
        categories=["family"],
    ),
    M(
        "pleeggezin-mila-ophalen",
        ["sensitive"],
        "family: pupil placed in a foster family, pick-up restriction",
        staff("mertens"),
        [staff("hermans"), staff("goossens")],
        "Mila Vandenberghe 1C - wie mag ophalen",
        """
        Beste collega's,

        Mila Vandenberghe uit 1C woont sinds deze week in een pleeggezin. Enkel haar pleegmoeder
        (mevrouw Wuyts) mag haar ophalen na school; de biologische vader niet.
        Bij twijfel altijd eerst het secretariaat bellen.

        Sofie
        """,
        categories=["family"],
    ),
    M(
        "overlijden-vader-seppe-clb",
        ["sensitive", "personal_data"],
        "family + psychosocial: father died, pupil struggling, to the CLB (external), phone in signature",
        staff("wouters"),
        CLB,
        "Seppe De Smet 2A",
        f"""
        Dag Dirk,

        Seppe De Smet (2A) verloor vorige maand zijn vader. Hij heeft het emotioneel heel
        zwaar: hij huilt vaak in de les en slaapt slecht, zegt zijn mama. Kunnen jullie een
        gesprek met hem plannen?

        {sig("wouters", tel="0478 12 45 89")}
        """,
        categories=["family", "psychosocial"],
    ),
    M(
        "divorce-tom-english",
        ["sensitive"],
        "English family: divorce, reports to both parents, about a named pupil",
        staff("dubois"),
        [staff("devos"), staff("willems")],
        "Tom Wouters 4B - parents",
        """
        Hi both,

        Just so you know: Tom Wouters (4B) told me his parents are going through a divorce.
        His mum asked that reports and letters be sent to both addresses from now on.
        He seemed quite upset about it.

        Nathalie
        """,
        categories=["family"],
        lang="en",
    ),
    M(
        "vechtscheiding-noor-rapport",
        ["sensitive"],
        "family: contested divorce, court order, which parent gets the report",
        staff("elamrani"),
        [staff("mertens"), staff("maes")],
        "Noor Willems (5A) - rapporten",
        """
        Dag Sofie, dag Tom,

        De mama van Noor Willems (5A) meldt dat er een vonnis is van de familierechtbank:
        het ouderlijk gezag is tijdelijk exclusief aan haar toegewezen. Papa mag het rapport
        niet meer ontvangen tot de volgende zitting. Ik bezorg jullie het vonnis op papier.

        Sarah
        """,
        categories=["family"],
    ),
    M(
        "contactverbod-amber-html",
        ["sensitive"],
        "family: restraining order against the father, HTML-only",
        staff("maes"),
        [staff("mertens"), staff("wouters"), staff("goossens")],
        "Dringend: Amber Jacobs 2B",
        """
        Beste collega's,

        Voor Amber Jacobs (2B) geldt een contactverbod voor haar vader. Hij mag het
        schooldomein niet betreden. Ziet u hem aan de poort, verwittig dan meteen het secretariaat
        of mij. Amber zelf weet dat we op de hoogte zijn.

        Tom Maes
        directeur
        """,
        categories=["family"],
        fmt="html",
    ),
    M(
        "voogdij-grootouders-ilias-base64",
        ["sensitive"],
        "family: pupil lives with grandparents under guardianship, base64 body",
        staff("elamrani"),
        staff("devos"),
        "Ilias (6 ECWI)",
        """
        Hoi An,

        Voor je klassenraad: de gezinssituatie van Ilias Benali (6 ECWI) is complex. Mama is
        sinds de zomer opgenomen en Ilias woont nu bij zijn grootouders, die de voogdij hebben.
        Brieven dus naar hun adres in Kessel-Lo.

        Sarah
        """,
        categories=["family"],
        fmt="b64",
    ),
    M(
        "garde-alternee-chloe-francais",
        ["sensitive"],
        "French family: divorce and alternating custody of a named pupil",
        staff("vermeulen"),
        staff("devos"),
        "Chloé Dubois 3A",
        """
        Salut An,

        Madame Dubois m'a dit que les parents de Chloé Dubois (3A) sont en instance de divorce.
        Chloé est en garde alternée, une semaine sur deux chez son père à Bruxelles.
        Elle risque d'oublier ses affaires de temps en temps.

        Lies
        """,
        categories=["family"],
        lang="fr",
    ),
    # ================================================================ psychosocial
    M(
        "zelfverwonding-emma-zorgcoordinator",
        ["sensitive"],
        "psychosocial: self-harm disclosed by a named pupil",
        staff("vermeulen"),
        staff("janssens"),
        "Emma Claes 4C",
        """
        Dag Katrien,

        Emma Claes uit 4C bleef na de les Frans achter. Ze heeft me toevertrouwd dat ze zichzelf
        snijdt, vooral 's avonds. Ik heb gezegd dat ik dit met jou moet bespreken. Kan je haar
        vandaag nog zien?

        Lies
        """,
        categories=["psychosocial"],
    ),
    M(
        "pesten-lars-snapchat",
        ["sensitive"],
        "psychosocial: bullying, pupil refuses to come to school, to the parent",
        staff("wouters"),
        "Katleen Wouters <katleen.wouters@skynet.be>",
        "Lars",
        """
        Beste mevrouw Wouters,

        Dank voor uw telefoontje. We nemen het heel ernstig dat Lars al weken gepest wordt via
        Snapchat en dat hij zegt niet meer naar school te willen komen. Ik spreek morgen met de
        betrokken leerlingen van 2B en laat u daarna iets weten.

        Els Wouters
        leerlingbegeleiding
        """,
        categories=["psychosocial"],
    ),
    M(
        "suicidale-gedachten-arne",
        ["sensitive"],
        "psychosocial: suicidal thoughts expressed by a named pupil, to CLB",
        staff("elamrani"),
        CLB,
        "Dringend overleg Arne (5B)",
        """
        Dag Dirk,

        Arne Verhoeven (5B) heeft vanmiddag suïcidale gedachten geuit tijdens een gesprek met
        mij. Zijn ouders zijn verwittigd en komen hem ophalen. Kunnen we morgen om 8u
        samenzitten om het vervolg te bespreken?

        Sarah El Amrani
        """,
        categories=["psychosocial"],
    ),
    M(
        "faalangst-fien-psycholoog",
        ["sensitive"],
        "psychosocial: test anxiety, panic attacks, follow-up by a psychologist",
        staff("devos"),
        [staff("peeters"), staff("hermans")],
        "Fien Willems 3A - toetsen",
        """
        Beste collega's,

        Fien Willems (3A) kampt met faalangst en had vorige week twee paniekaanvallen voor een
        toets. Ze wordt nu begeleid door een psycholoog. Mag ze haar toetsen voorlopig in het
        lokaal van de leerlingbegeleiding maken?

        An
        """,
        categories=["psychosocial"],
    ),
    M(
        "bullied-depressed-sara-english",
        ["sensitive"],
        "English psychosocial: a named pupil disclosed bullying and depression",
        staff("dubois"),
        staff("wouters"),
        "Sara (4A)",
        """
        Hi Els,

        Sara El Idrissi from 4A stayed after class today. She disclosed that she is being
        bullied by girls from her class and that she has been feeling depressed for weeks.
        Could you talk to her this week?

        Thanks,
        Nathalie
        """,
        categories=["psychosocial"],
        lang="en",
    ),
    M(
        "antwoord-ouder-somber-wout",
        ["sensitive"],
        "psychosocial in the quoted text of a reply: a parent writes about her son's depression",
        staff("devos"),
        "Marleen Hendrickx <marleen.hendrickx@gmail.com>",
        "Re: Wout",
        "Beste mevrouw Hendrickx,\n\nDank u voor uw vertrouwen. Ik geef dit door aan de leerlingbegeleiding\n"
        "en we nemen deze week contact met u op.\n\nAn Devos\n\n"
        + quote(
            "Op zo 11 okt. 2026 om 20:15 schreef Marleen Hendrickx <marleen.hendrickx@gmail.com>:",
            """
            Beste mevrouw Devos,

            Onze zoon Wout (3C) is sinds de herfst erg somber. De huisarts spreekt van een
            depressie en hij is gestart met therapie. Misschien merkt u het ook in de klas.

            Marleen
            """,
        ),
        categories=["psychosocial"],
        kind="reply",
        fmt="alt",
    ),
    M(
        "eetstoornis-hanne",
        ["sensitive"],
        "psychosocial + medical: suspected anorexia of a named pupil",
        staff("goossens"),
        staff("elamrani"),
        "Hanne 6B",
        """
        Dag Sarah,

        Hanne Coppens (6B) is de laatste maanden sterk vermagerd en eet 's middags niets.
        Tijdens LO viel ze vandaag bijna flauw. Ik vermoed een eetstoornis (anorexia).
        Kan jij haar eens uitnodigen?

        Bart
        """,
        categories=["psychosocial", "medical"],
    ),
    M(
        "gedragsproblemen-kobe-time-out",
        ["sensitive"],
        "psychosocial: behavioural problems and aggression, time-out trajectory, quoted-printable",
        staff("janssens"),
        [staff("devos"), staff("lambrechts")],
        "Kobe Hermans 1A - time-out",
        """
        Beste collega's,

        Na de klassenraad van gisteren: Kobe Hermans (1A) vertoont ernstige gedragsproblemen en
        werd twee keer agressief tegenover medeleerlingen. Hij start volgende week een time-out
        traject van twee weken bij de vzw Alba. Tot dan blijft hij in de klas met een
        gedragscontract.

        Katrien
        """,
        categories=["psychosocial"],
        fmt="qp",
    ),
    # ================================================================ medical
    M(
        "epilepsie-lotte-medicatie",
        ["sensitive", "personal_data"],
        "medical: epilepsy and emergency medication of a named pupil, parent's mobile",
        staff("devos"),
        [staff("goossens"), staff("hermans"), staff("peeters")],
        "Lotte Peeters 3B - epilepsie",
        """
        Beste collega's,

        Lotte Peeters (3B) heeft epilepsie. Bij een aanval die langer dan 5 minuten duurt,
        krijgt ze Buccolam (zit in het voorvakje van haar boekentas) en bellen we 112.
        Papa is bereikbaar op 0470 12 34 56.

        An
        """,
        categories=["medical"],
    ),
    M(
        "diabetes-jasper-sportdag",
        ["sensitive"],
        "medical: type 1 diabetes and insulin pump of a named pupil on sports day",
        staff("goossens"),
        [staff("decock"), staff("hermans")],
        "Sportdag: Jasper 2C",
        """
        Dag Ruben, dag Griet,

        Jasper Aerts (2C) heeft diabetes type 1 en draagt een insulinepomp. Op de sportdag moet
        hij om de twee uur zijn suiker meten; hij heeft druivensuiker bij. Als hij trillerig
        wordt: meteen laten eten en mij bellen.

        Bart
        """,
        categories=["medical"],
    ),
    M(
        "adhd-diagnose-mathis-rilatine",
        ["sensitive"],
        "medical: ADHD diagnosis and medication of a named pupil",
        staff("janssens"),
        [staff("peeters"), staff("vermeulen")],
        "Mathis Jacobs 1B",
        """
        Beste collega's,

        Mathis Jacobs (1B) kreeg in de vakantie de diagnose ADHD. Hij neemt Rilatine, om 12u
        op het secretariaat. Zet hem vooraan in de klas en geef opdrachten in kleine stappen.

        Katrien Janssens
        zorgcoördinator 1ste graad
        """,
        categories=["medical"],
    ),
    M(
        "nut-allergy-ella-english",
        ["sensitive"],
        "English medical: severe nut allergy and EpiPen of a named pupil",
        staff("dubois"),
        ["Minna Virtanen <minna.virtanen@edu.hel.fi>"],
        "Ella - allergy during the exchange",
        """
        Dear Minna,

        One important thing for the host family: Ella Janssens (5C) has a severe nut allergy
        with a risk of anaphylaxis. She always carries an EpiPen. Could you please pass this
        on to her host family?

        Nathalie
        """,
        categories=["medical"],
        lang="en",
    ),
    M(
        "medicatieschema-stan-bijlage",
        ["sensitive"],
        "medical: medication schedule of a named pupil in a text attachment",
        staff("mertens"),
        [staff("goossens"), staff("willems")],
        "Medicatieschema Stan (4A)",
        """
        Beste collega's,

        In bijlage het medicatieschema van Stan Goossens (4A) voor de meerdaagse naar de Ardennen.
        Gelieve het mee te nemen en na de reis te vernietigen.

        Sofie
        """,
        attachments=[
            Att(
                "medicatieschema_Stan.txt",
                "text/plain; charset=utf-8",
                (
                    b"Medicatieschema Stan Goossens (4A)\n"
                    b"08:00  Depakine 300 mg (epilepsie)\n"
                    b"20:00  Depakine 300 mg\n"
                    b"bij koorts: paracetamol 500 mg, max. 4x per dag\n"
                ),
                cte="quoted-printable",
            )
        ],
        categories=["medical"],
    ),
    M(
        "knieoperatie-vic-qp",
        ["sensitive"],
        "medical: a named pupil's surgery and sports exemption, quoted-printable",
        staff("mertens"),
        staff("goossens"),
        "Vrijstelling LO Vic Janssens",
        """
        Dag Bart,

        Vic Janssens (3D) werd vorige week geopereerd aan de kruisband van zijn linkerknie.
        Volgens het doktersattest mag hij zes weken niet sporten en moet hij met krukken lopen.

        Sofie
        """,
        categories=["medical"],
        fmt="qp",
    ),
    M(
        "astma-yasmine-puffer",
        ["sensitive"],
        "medical: asthma of a named pupil, a puffer during PE",
        staff("mertens"),
        staff("goossens"),
        "Yasmine 2A - puffer",
        """
        Hoi Bart,

        De mama van Yasmine Benali (2A) vraagt of Yasmine haar puffer mag meenemen naar de
        turnzaal. Ze heeft astma en krijgt bij inspanning soms een aanval.

        Sofie
        """,
        categories=["medical"],
    ),
    M(
        "epilepsie-lucas-francais",
        ["sensitive"],
        "French medical: epilepsy of a named pupil, in a mail to his mother",
        staff("vermeulen"),
        "Isabelle Lambert <isabelle.lambert@gmail.com>",
        "Lucas - voyage scolaire",
        """
        Madame Lambert,

        Pour le voyage à Paris, pourriez-vous nous donner les consignes à suivre en cas de crise,
        puisque Lucas (1B) souffre d'épilepsie? Nous aimerions aussi savoir à quelle heure il
        prend son traitement.

        Bien cordialement,
        Lies Vermeulen
        """,
        categories=["medical"],
        lang="fr",
        traps=["private_account"],
    ),
    # ================================================================ care
    M(
        "zorgplan-milan-redelijke-aanpassingen",
        ["sensitive"],
        "care: care plan with reasonable accommodations for a named pupil",
        staff("janssens"),
        [staff("devos"), staff("peeters"), staff("vermeulen"), staff("hermans")],
        "Zorgplan Milan Vermeulen (1A)",
        """
        Beste collega's,

        Voor Milan Vermeulen (1A) werd op de klassenraad een zorgplan opgesteld met deze
        redelijke aanpassingen:
        - 1/3 extra tijd bij toetsen;
        - toetsen op A3 in lettertype Arial 14;
        - gebruik van voorleessoftware (Kurzweil);
        - geen spellingsfouten aanrekenen buiten het vak Nederlands.

        Katrien
        """,
        categories=["care"],
    ),
    M(
        "verslag-type9-lander-gon",
        ["sensitive"],
        "care: verslag type 9 and support network for a named pupil",
        staff("janssens"),
        ONDERSTEUNER,
        "Aanvraag ondersteuning Lander Maes (2B)",
        """
        Beste Leen,

        Voor Lander Maes (2B) heeft het CLB een verslag type 9 opgemaakt. We vragen
        ondersteuning aan via het ondersteuningsnetwerk (vroeger GON-begeleiding), bij voorkeur
        twee lesuren per week.

        Katrien Janssens
        """,
        categories=["care"],
    ),
    M(
        "iac-nore",
        ["sensitive"],
        "care: individually adapted curriculum (IAC) for a named pupil",
        staff("elamrani"),
        [staff("devos"), staff("decock")],
        "IAC Nore (3C)",
        """
        Dag collega's,

        Nore Lambrechts (3C) volgt vanaf dit trimester een individueel aangepast curriculum
        (IAC). Ze krijgt geen cijfers voor wiskunde en Frans, maar een beschrijvende evaluatie
        op haar eigen doelen.

        Sarah
        """,
        categories=["care"],
    ),
    M(
        "dyslexie-kobe-sticordi",
        ["sensitive"],
        "care: dyslexia and dyscalculia, STICORDI measures for a named pupil",
        staff("janssens"),
        [staff("devos"), staff("peeters")],
        "Klassenraad zorg: Kobe Hermans",
        """
        Beste collega's,

        Kobe Hermans (1A) heeft een attest dyslexie en dyscalculie. Vanaf nu gelden de
        STICORDI-maatregelen: rekenmachine toegelaten, extra tijd en een formularium.

        Katrien
        """,
        categories=["care"],
    ),
    M(
        "ondersteuner-febe-ass",
        ["sensitive"],
        "care + medical: support network plan for a named pupil with autism (ASS)",
        staff("wouters"),
        ONDERSTEUNER,
        "Planning begeleiding Febe",
        """
        Dag Leen,

        Voor de begeleiding van Febe Peeters (4B), die een diagnose ASS heeft, stel ik voor dat je
        op dinsdag het 3de en 4de lesuur komt. Prikkelarme werkplek: lokaal C.011.

        Els Wouters
        """,
        categories=["care", "medical"],
    ),
    M(
        "iep-ines-english",
        ["sensitive"],
        "English care: individual education plan with accommodations for a named pupil",
        staff("dubois"),
        staff("janssens"),
        "Ines Mertens (3A) - IEP",
        """
        Hi Katrien,

        About the individual education plan for Ines Mertens (3A): in English she will get
        extra time and a separate room for tests, because of her dyslexia. Is that OK for you?

        Nathalie
        """,
        categories=["care"],
        lang="en",
    ),
    M(
        "mdo-mohamed-clb-dossier",
        ["sensitive"],
        "care: multidisciplinary meeting and CLB file about a named pupil",
        staff("elamrani"),
        CLB,
        "MDO Mohamed (5A)",
        """
        Dag Dirk,

        Kunnen we Mohamed Ouali (5A) bespreken op het MDO van 12 januari? Zijn leerlingbegeleiding
        loopt vast: het handelingsplan werkt niet en we willen het CLB-dossier openen.

        Sarah
        """,
        categories=["care"],
    ),
    M(
        "zorgoverleg-doorgestuurd-html",
        ["sensitive"],
        "care in an inline-forwarded report in an HTML mail",
        staff("janssens"),
        staff("maes"),
        "Fwd: verslag zorgoverleg",
        "Tom, ter info het verslag van het zorgoverleg.\n\n"
        + fwd(
            "Leen Smets <leen.smets@onw-leuven.be>",
            "vr 16 okt. 2026 om 16:20",
            "verslag zorgoverleg",
            "katrien.janssens@sintpieterscollege.be",
            """
            Verslag zorgoverleg Lander Maes (2B):
            - ondersteuning loopt sinds september, 2u/week;
            - compenserende maatregel: laptop met spraaksoftware;
            - evaluatie van de ondersteuningsnood in maart.
            """,
        ),
        kind="forward",
        fmt="html",
        categories=["care"],
    ),
    # ================================================================ financial
    M(
        "openstaande-schoolrekening-jonas-afbetalingsplan",
        ["sensitive", "personal_data"],
        "financial: unpaid school bill and payment plan for a named pupil, IBAN",
        staff("aerts"),
        "Ann Maes <ann.maes78@hotmail.com>",
        "Openstaande schoolrekening Jonas (3B)",
        f"""
        Beste mevrouw Maes,

        Op de schoolrekening van Jonas Maes (3B) staat nog een bedrag open van € 412,50.
        Zoals telefonisch besproken stellen we een afbetalingsplan voor: vijf maandelijkse
        schijven van € 82,50 op rekening {be_iban("735", 1002003)}, telkens vóór de 10de.

        {sig("aerts")}
        """,
        categories=["financial"],
        traps=["private_account"],
    ),
    M(
        "schooltoelage-aya-goedgekeurd",
        ["sensitive"],
        "financial: the school allowance of a named pupil was granted",
        staff("aerts"),
        staff("mertens"),
        "Schooltoelage Aya Benali",
        """
        Dag Sofie,

        De schooltoelage van Aya Benali (2A) werd goedgekeurd. De schoolrekening van dit
        trimester mag dus gespreid worden zoals afgesproken met mama.

        Hilde
        """,
        categories=["financial"],
    ),
    M(
        "ocmw-betaalt-kobe",
        ["sensitive"],
        "financial: the OCMW social service pays a named pupil's bill",
        staff("aerts"),
        "Sociale dienst OCMW Leuven <sociale.dienst@ocmwleuven.be>",
        "Facturen Kobe Hermans",
        """
        Geachte,

        Zoals afgesproken bezorgen we u de facturen van Kobe Hermans (1A) voor het eerste
        trimester. Het OCMW betaalt deze rechtstreeks via de sociale dienst.

        Hilde Aerts
        boekhouding
        """,
        categories=["financial"],
    ),
    M(
        "incasso-ella-parijs",
        ["sensitive"],
        "financial: third reminder and debt-collection for a named pupil's trip",
        staff("aerts"),
        "Bart Janssens <bart.janssens@gmail.com>",
        "Derde herinnering: reis Parijs Ella",
        """
        Geachte heer Janssens,

        Ondanks twee herinneringen is de factuur voor de reis naar Parijs van Ella (5C) nog niet
        betaald. Zonder betaling vóór 30 november zijn we genoodzaakt het dossier over te
        maken aan ons incassobureau.

        Hilde Aerts
        """,
        categories=["financial"],
    ),
    M(
        "schuldbemiddeling-wout-uitstel",
        ["sensitive"],
        "financial: debt mediation of a named pupil's family, request for postponement",
        staff("aerts"),
        staff("maes"),
        "Uitstel betaling Wout Hendrickx (3C)",
        """
        Tom,

        De mama van Wout Hendrickx (3C) vraagt uitstel van betaling voor de skireis. Het gezin
        zit in collectieve schuldbemiddeling; de schuldbemiddelaar moet elke uitgave goedkeuren.
        Gaan we akkoord?

        Hilde
        """,
        categories=["financial"],
    ),
    M(
        "tuition-arrears-tom-english",
        ["sensitive"],
        "English financial: arrears and payment plan for a named pupil",
        staff("aerts"),
        "David Wouters <david.wouters@gmail.com>",
        "Outstanding invoices - Tom (4B)",
        """
        Dear Mr Wouters,

        Our records show outstanding invoices for Tom (4B) totalling EUR 286. As discussed, we
        can agree on a payment plan of three monthly instalments. Please let us know.

        Kind regards,
        Hilde Aerts
        Accounts, Sint-Pieterscollege
        """,
        categories=["financial"],
        lang="en",
    ),
    M(
        "leefloon-korting-noor-skireis",
        ["sensitive"],
        "financial: a named pupil's family lives on a leefloon, discount on the ski trip",
        staff("elamrani"),
        staff("aerts"),
        "Korting skireis Noor (5A)",
        """
        Dag Hilde,

        De mama van Noor Willems (5A) leeft van een leefloon. Kan het sociaal fonds de helft van
        de skireis betalen? Anders kan Noor niet mee.

        Sarah
        """,
        categories=["financial"],
    ),
    M(
        "sociaal-fonds-mila-html-b64",
        ["sensitive"],
        "financial: social fund pays a named pupil's London trip, base64 HTML",
        staff("aerts"),
        staff("hermans"),
        "Londenreis Mila",
        """
        Dag Griet,

        Het sociaal fonds van de school komt tussen in de kosten van de Londenreis voor Mila
        Vandenberghe (1C): de school betaalt € 150 van de € 240. Mila hoeft dit niet te weten.

        Hilde
        """,
        categories=["financial"],
        fmt="html-b64",
    ),
    # ================================================================ mixed / with identifiers
    M(
        "verzekering-rrn-polsbreuk-arne",
        ["sensitive", "personal_data"],
        "medical with a rijksregisternummer and birthdate of the pupil, to the insurer (external)",
        staff("mertens"),
        "Schadedienst Ethias <schade.onderwijs@ethias.be>",
        "Schadeaangifte schoolongeval",
        f"""
        Geachte,

        Hierbij de schadeaangifte voor een schoolongeval tijdens de les LO.
        Leerling: Arne Verhoeven, geboren op 14/03/2010, rijksregisternummer {rrn(10, 3, 14, 153)}.
        Letsel: breuk van de rechterpols, gipsverband voor zes weken; opvolging door de
        orthopedist in UZ Leuven.

        {sig("mertens", tel=SCHOOL_PHONE)}
        """,
        categories=["medical"],
    ),
    M(
        "zorgfiche-docx-en-tekst",
        ["sensitive"],
        "care + psychosocial described in the body; the same care sheet attached as docx",
        staff("wouters"),
        staff("elamrani"),
        "Overdracht zorgfiche Hanne (6B)",
        """
        Hoi Sarah,

        Voor de overdracht naar de 3de graad: Hanne Coppens (6B) heeft een zorgfiche. Ze
        kreeg vorig jaar begeleiding van het CLB voor angstklachten en heeft recht op
        examens in een apart lokaal. Zorgfiche in bijlage.

        Els
        """,
        attachments=[
            Att(
                "zorgfiche_Hanne_Coppens.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                ooxml_bytes("docx", "Zorgfiche Hanne Coppens - angstklachten - apart lokaal"),
            )
        ],
        categories=["care", "psychosocial"],
    ),
    M(
        "doorgestuurd-ouder-pleegzorg-rfc822",
        ["sensitive"],
        "family in an attached message/rfc822 (a parent's mail forwarded to a colleague)",
        staff("mertens"),
        staff("devos"),
        "Fw: vanaf maandag",
        """
        An, zie het bericht van Pleegzorg Vlaams-Brabant hieronder (in bijlage). Wil jij het
        opnemen op de klassenraad?

        Sofie
        """,
        kind="forward-rfc822",
        embedded=M(
            "embedded-pleegzorg",
            [],
            "",
            "Pleegzorg Vlaams-Brabant <info@pleegzorgvlaamsbrabant.be>",
            staff("mertens"),
            "vanaf maandag",
            """
            Geachte,

            Vanaf maandag verblijft Seppe Vandenberghe (3B) in crisispleegzorg bij het gezin
            Wuyts. De jeugdrechter heeft een plaatsing bevolen; de ouders behouden voorlopig geen
            bezoekrecht op school.

            Met vriendelijke groeten,
            Pleegzorg Vlaams-Brabant
            """,
        ),
        categories=["family"],
    ),
    # ================================================================ hard negatives
    M(
        "scheiding-der-machten-geschiedenis",
        [],
        "history lesson: 'scheiding der machten' (separation of powers) is not a divorce",
        staff("willems"),
        staff("willems"),
        "Leerstof toets: de Verlichting",
        """
        Dag 5de jaars,

        Voor de toets van woensdag ken je:
        - Montesquieu en de scheiding der machten (wetgevende, uitvoerende, rechterlijke macht);
        - Rousseau en het maatschappelijk verdrag;
        - de scheiding van kerk en staat in Frankrijk (1905).

        Mr. Willems
        """,
        bcc=["klas-5a@sintpieterscollege.be", "klas-5b@sintpieterscollege.be"],
        traps=["sensitive"],
    ),
    M(
        "zorg-dragen-voor-labomateriaal",
        ["bcc"],
        "'zorg dragen voor' (take care of the material) is not pupil care; class group in To",
        staff("verhaegen"),
        "klas-4c@sintpieterscollege.be",
        "Labo chemie",
        """
        Dag 4C,

        Ik vraag jullie om zorg te dragen voor het labomateriaal: wie iets breekt, meldt het
        meteen. Draag altijd je veiligheidsbril en je labojas. Zorgvuldig werken is de boodschap!

        Mevr. Verhaegen
        """,
        traps=["sensitive"],
    ),
    M(
        "ehbo-cursus-medisch-centrum",
        ["personal_data"],
        "'medisch centrum' as the venue of a first-aid course for staff; venue phone number",
        staff("coppens"),
        staff("coppens"),
        "EHBO-opleiding personeel",
        """
        Beste collega's,

        De EHBO-opleiding gaat door op woensdag 4 november in het Medisch Centrum Heverlee
        (Tervuursesteenweg 80, 016 40 12 12), zaal 2. We leren reanimeren en de AED gebruiken.
        Inschrijven via het formulier.

        Wim Coppens
        preventieadviseur LKSD
        """,
        bcc=["personeel@sintpieterscollege.be"],
        traps=["sensitive"],
    ),
    M(
        "biologie-diabetes-leerstof",
        [],
        "biology lesson content about diabetes and insulin, naming no pupil",
        staff("hermans"),
        staff("hermans"),
        "Biologie: samenvatting hormonale regeling",
        """
        Dag 6de jaars,

        Samenvatting van de les: bij diabetes type 1 maakt de alvleesklier geen insuline meer;
        bij type 2 reageren de cellen er minder goed op. Behandeling: insuline-injecties of een
        insulinepomp, gezonde voeding en beweging. Ook epilepsie en astma komen later aan bod.

        Mevr. Hermans
        """,
        bcc=["leerlingen-6@sintpieterscollege.be"],
        traps=["sensitive"],
    ),
    M(
        "aardrijkskunde-depressie-weer",
        ["bcc"],
        "geography: a depression is a low-pressure area; class group in To",
        staff("decock"),
        "klas-3c@sintpieterscollege.be",
        "Weerkaart opdracht",
        """
        Dag 3C,

        Op de weerkaart van maandag zie je een depressie boven de Noordzee die regen en wind
        brengt, en een hogedrukgebied boven de Alpen. Duid de fronten aan op je werkblad.

        Mr. Decock
        """,
        traps=["sensitive"],
    ),
    M(
        "chemie-scheidingstechnieken",
        [],
        "chemistry: separation techniques (scheidingstechnieken), no pupil",
        staff("verhaegen"),
        staff("verhaegen"),
        "Practicum scheidingstechnieken",
        """
        Dag 2de jaars,

        Volgende week practicum scheidingstechnieken: filtratie, destillatie en chromatografie.
        We scheiden een mengsel van zand, zout en water. Neem je labojas mee.

        Mevr. Verhaegen
        """,
        bcc=["klas-2a@sintpieterscollege.be", "klas-2b@sintpieterscollege.be"],
        traps=["sensitive"],
    ),
    M(
        "wiskunde-gon-hoekeenheid",
        [],
        "mathematics: 'gon' as an angle unit, not GON support",
        staff("peeters"),
        "Seppe Vandenberghe <seppe.vandenberghe@leerling.sintpieterscollege.be>",
        "Re: vraag over hoeken",
        """
        Dag Seppe,

        Goeie vraag! Een volle hoek is 360 graden of 400 gon; een rechte hoek dus 100 gon.
        Zet je rekenmachine in DEG-modus voor de toets, niet in GRAD.

        Mr. Peeters
        """,
        kind="reply",
        traps=["sensitive"],
    ),
    M(
        "infoavond-adhd-clb-aankondiging",
        [],
        "announcement of a CLB talk about ADHD for all parents: names no pupil",
        staff("janssens"),
        staff("info"),
        "Infoavond 'ADHD en leren'",
        """
        Beste ouders,

        Op donderdag 19 november om 20u geeft het CLB een infoavond over ADHD, dyslexie en leren
        in het secundair onderwijs. Iedereen is welkom in de feestzaal; inschrijven is niet nodig.
        Vragen over de zorgwerking kan u altijd stellen aan de zorgcoördinator.

        Katrien Janssens
        zorgcoördinator 1ste graad
        """,
        bcc=["ouders@sintpieterscollege.be"],
        fmt="alt",
        traps=["sensitive"],
    ),
    M(
        "schooltoelage-herinnering-algemeen",
        [],
        "reminder to all parents to apply for the school allowance: names no pupil",
        staff("aerts"),
        staff("info"),
        "Vergeet de schooltoelage niet aan te vragen",
        """
        Beste ouders,

        Heeft u al een schooltoelage aangevraagd? De aanvraag gebeurt via het Groeipakket
        (www.groeipakket.be) en kan tot 1 juni. Twijfelt u of u recht heeft? Kom gerust langs
        op het secretariaat; alle vragen worden discreet behandeld.

        Hilde Aerts, boekhouding
        """,
        bcc=["ouders@sintpieterscollege.be"],
        traps=["sensitive"],
    ),
    M(
        "toestemmingsformulier-handtekening-zorgcoordinator",
        [],
        "a named pupil and a forgotten form; the sender's signature says zorgcoördinator",
        staff("janssens"),
        "Marc Peeters <marc.peeters@telenet.be>",
        "Toestemmingsformulier uitstap",
        f"""
        Beste meneer Peeters,

        Lotte (3B) heeft haar toestemmingsformulier voor de uitstap naar Brussel nog niet
        binnengebracht. Wilt u het morgen meegeven?

        {sig("janssens")}
        Leerlingbegeleiding - CLB-contactpersoon
        """,
        traps=["sensitive", "private_account"],
    ),
    M(
        "proficiat-punten-jonas",
        [],
        "a named pupil's good test result: school results are not a sensitive category",
        staff("peeters"),
        "Ann Maes <ann.maes78@hotmail.com>",
        "Toets breuken",
        """
        Beste mevrouw Maes,

        Ik wou u even laten weten dat Jonas (3B) 17/20 behaalde op de toets breuken. Een mooie
        vooruitgang; zijn inzet loont!

        Jan Peeters
        """,
        traps=["sensitive", "private_account"],
    ),
    M(
        "medisch-onderzoek-clb-klassen",
        [],
        "CLB medical check-up for whole classes (1A, 1B): no identifiable pupil",
        staff("mertens"),
        staff("info"),
        "Medisch onderzoek CLB 1ste jaar",
        """
        Beste ouders,

        De leerlingen van 1A en 1B hebben op woensdag 14 oktober hun systematisch contact
        (medisch onderzoek) bij het CLB. Ze vertrekken samen met mevrouw Hermans om 8u30.
        Wilt u de vragenlijst invullen en de vaccinatiekaart meegeven?

        Het secretariaat
        """,
        bcc=["ouders-1a@sintpieterscollege.be", "ouders-1b@sintpieterscollege.be"],
        traps=["sensitive"],
    ),
    M(
        "medicatiebeleid-algemeen",
        [],
        "general school policy on medication: names no pupil",
        staff("maes"),
        staff("maes"),
        "Afspraken medicatie op school",
        """
        Beste collega's,

        Een herinnering aan onze afspraken: leerkrachten dienen geen medicatie toe zonder een
        attest van de arts met de dosering. Het attest wordt bewaard op het secretariaat. Bij
        allergieën of epilepsie volgen we het noodplan in de EHBO-map.

        Tom
        """,
        bcc=["personeel@sintpieterscollege.be"],
        traps=["sensitive"],
    ),
    M(
        "week-mentale-gezondheid",
        [],
        "well-being week announcement: names no pupil",
        staff("elamrani"),
        staff("info"),
        "Week van de mentale gezondheid",
        """
        Beste leerlingen,

        Volgende week is het de week van de mentale gezondheid. Elke middag is er een activiteit
        in de bib: over stress, slaap, faalangst en hoe je een vriend helpt die het moeilijk heeft.
        Wil je eens praten? De leerlingbegeleiding staat altijd voor je klaar, ook anoniem.

        Sarah, Els en Katrien
        """,
        bcc=["leerlingen@sintpieterscollege.be"],
        traps=["sensitive"],
    ),
    M(
        "verslag-ouderraad-financieel",
        [],
        "minutes of the parents' council with a financial report: no pupil",
        staff("maes"),
        staff("maes"),
        "Verslag ouderraad 8 oktober",
        """
        Beste leden,

        Verslag van de vergadering van 8 oktober:
        1. Financieel verslag: de kas bedraagt € 1.245; de spaghettiavond bracht € 2.310 op.
        2. De ouderraad sponsort de nieuwe banken op de speelplaats.
        3. Volgende vergadering: 10 december.

        Tom Maes
        """,
        bcc=["hanne.desmet@telenet.be", "dries.maes@gmail.com", "inge.verbeeck@scarlet.be"],
        traps=["sensitive"],
    ),
    M(
        "leesboek-wonder-boektip",
        [],
        "book tip about a fictional boy with a facial deformity: not a real pupil",
        staff("devos"),
        staff("devos"),
        "Boektip voor de herfstvakantie",
        """
        Dag 1ste jaars,

        Mijn boektip voor de vakantie: 'Wonder' van R.J. Palacio. August heeft een zeldzame
        aangeboren afwijking aan zijn gezicht en gaat voor het eerst naar school. Hij wordt
        gepest, maar vindt echte vrienden. Ook de film is aanrader!

        Mevr. Devos
        """,
        bcc=["leerlingen-1@sintpieterscollege.be"],
        traps=["sensitive", "personal_data"],
    ),
    M(
        "verzekering-lijst-rrn-uitstap",
        ["personal_data"],
        "trip insurance list with birthdates and national numbers: personal data, not sensitive",
        staff("mertens"),
        "Reisverzekering <groepsreizen@europ-assistance.be>",
        "Deelnemerslijst reis Berlijn",
        f"""
        Geachte,

        Hierbij de deelnemerslijst voor de groepsverzekering van onze reis naar Berlijn:

        Hanne Coppens, °22/05/2009, RRN {rrn(9, 5, 22, 86)}
        Vic Janssens, °03/11/2009, RRN {rrn(9, 11, 3, 215)}
        Arne Verhoeven, °14/03/2010, RRN {rrn(10, 3, 14, 153)}

        {sig("mertens")}
        """,
        traps=["sensitive"],
    ),
    M(
        "klassenraad-planning",
        ["bcc"],
        "planning of class councils (klassenraad, leerlingbegeleiding) naming no pupil; staff group in To",
        staff("maes"),
        "personeel@sintpieterscollege.be",
        "Planning klassenraden december",
        """
        Beste collega's,

        De klassenraden van december gaan door van 14 tot 18 december na de examens.
        Per klas bespreken we de resultaten en de leerlingbegeleiding. De zorgcoördinatoren en
        het CLB schuiven aan waar nodig. Het schema hangt in de leraarskamer.

        Tom
        """,
        traps=["sensitive"],
    ),
    M(
        "planten-verzorgd-bedankt",
        [],
        "named pupils who took care of plants ('zorgden voor'): not pupil care",
        staff("hermans"),
        staff("maes"),
        "Bedankt aan onze plantenploeg",
        """
        Dag Tom,

        Misschien iets voor de nieuwsbrief: Wout (3C) en Noor (5A) hebben de hele zomer
        gezorgd voor de planten in de serre. Alles staat er prachtig bij!

        Griet
        """,
        traps=["sensitive"],
    ),
    M(
        "wiskunde-olympiade-arne",
        [],
        "a named pupil's success in a maths olympiad",
        staff("peeters"),
        staff("info"),
        "Proficiat Arne!",
        """
        Beste collega's,

        Arne Verhoeven (5B) is geselecteerd voor de finale van de Vlaamse Wiskunde Olympiade.
        Dikke proficiat!

        Jan
        """,
        bcc=["personeel@sintpieterscollege.be"],
        traps=["sensitive"],
    ),
    M(
        "mama-taart-klasfeest",
        [],
        "family words about a named pupil ('mama van Jonas') in a harmless context",
        staff("devos"),
        staff("goossens"),
        "Klasfeest 3B",
        """
        Bart,

        Voor het klasfeest vrijdag: de mama van Jonas (3B) brengt een taart mee en de papa van
        Lotte zorgt voor de muziek. Kan jij de turnzaal openhouden tot 16u?

        An
        """,
        traps=["sensitive"],
    ),
    M(
        "verhuis-jonas-laatste-dag",
        [],
        "a named pupil moves house and changes school: not a sensitive category",
        staff("devos"),
        [staff("peeters"), staff("vermeulen")],
        "Jonas vertrekt",
        """
        Beste collega's,

        Jonas Claessens (3B) verhuist naar Gent en gaat na de kerstvakantie naar een school
        daar. Zijn laatste schooldag is vrijdag 18 december. We maken een kaartje in de klas.

        An
        """,
        traps=["sensitive"],
    ),
    M(
        "host-families-english",
        [],
        "English: host families for the exchange; no pupil's family situation",
        staff("dubois"),
        "Jonas Lindqvist <jonas.lindqvist@skola.goteborg.se>",
        "Host families",
        """
        Dear Jonas,

        All your pupils will stay with host families near the school. The families will pick
        them up at the station on Monday at 17.00. We will send the list of families next week.

        Best,
        Nathalie
        """,
        lang="en",
        traps=["sensitive"],
    ),
    M(
        "skireis-prijs-afbetaling-mogelijk",
        [],
        "price of the ski trip, instalments possible: an announcement naming no pupil",
        staff("goossens"),
        staff("info"),
        "Skireis 2027: inschrijving",
        """
        Beste ouders van het 5de jaar,

        De skireis naar Val Thorens kost € 680 (bus, verblijf, skipas, lessen en verzekering).
        Betalen kan in drie schijven; een afbetalingsplan op maat is mogelijk, neem daarvoor
        contact op met de boekhouding. De school wil dat niemand uit de boot valt om financiële
        redenen.

        Bart Goossens
        """,
        bcc=["ouders-5@sintpieterscollege.be"],
        traps=["sensitive"],
    ),
    M(
        "stress-lessenreeks-gezondheid",
        [],
        "a lesson series about stress and test anxiety for a whole year group",
        staff("elamrani"),
        [staff("goossens"), staff("hermans")],
        "Lessenreeks stress en faalangst 4de jaar",
        """
        Dag Bart, dag Griet,

        In de week na de herfstvakantie geven we in alle klassen van het 4de jaar twee lessen over
        stress, faalangst en slaap. Mag ik daarvoor jullie lesuren op dinsdag gebruiken?

        Sarah
        """,
        traps=["sensitive"],
    ),
    M(
        "verslag-vakgroep-met-rapport-bijlage",
        [],
        "'verslag' of a department meeting (not a verslag type 9), with a pdf",
        staff("peeters"),
        [staff("maes"), staff("janssens")],
        "Verslag vakgroep wiskunde",
        """
        Dag Tom, dag Katrien,

        In bijlage het verslag van de vakgroep. Belangrijkste punt: we willen differentiëren in
        het 1ste jaar met een verdiepingsgroep en een remediëringsgroep op vrijdag.

        Jan
        """,
        attachments=[Att("verslag_vakgroep_wiskunde.pdf", "application/pdf", pdf_bytes("Verslag vakgroep"))],
        traps=["sensitive"],
    ),
]
