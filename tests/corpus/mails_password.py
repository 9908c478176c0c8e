"""Credentials in mail (policy §3: "Verzend nooit een wachtwoord ... via email") and the
look-alikes that are not credentials: reset links, advice, "we vragen nooit uw wachtwoord",
masked values, placeholders, and abbreviations (ww = werkwoord, PW = praktijkwerk)."""

from __future__ import annotations

from tests.corpus.corpuslib import (
    SCHOOL_PHONE,
    Att,
    M,
    Mail,
    fwd,
    quote,
    sig,
    staff,
)

MAILS: list[Mail] = [
    # ---------------------------------------------------------------- positives
    M(
        "smartschool-co-account-nieuwe-leerling",
        ["password", "personal_data"],
        "secretariat sends a parent the Smartschool co-account login in clear; school phone in signature",
        staff("mertens"),
        "Marc Peeters <marc.peeters@telenet.be>",
        "Smartschool-account voor Lotte",
        f"""
        Beste meneer Peeters,

        Welkom op het Sint-Pieterscollege! Hieronder vindt u de gegevens van het co-account
        waarmee u Smartschool van Lotte kan raadplegen (agenda, rapporten, berichten).

        Adres: https://sintpieterscollege.smartschool.be
        Gebruikersnaam: lotte.peeters
        Wachtwoord: Zonnebloem47!

        Bij de eerste aanmelding wordt u gevraagd een eigen wachtwoord te kiezen.

        {sig("mertens", tel=SCHOOL_PHONE)}
        """,
    ),
    M(
        "tijdelijk-paswoord-nieuwe-collega",
        ["password"],
        "ICT gives a new colleague a temporary password (Flemish 'paswoord'), quoted-printable",
        staff("claes"),
        "Febe Lenaerts <febe.lenaerts@sintpieterscollege.be>",
        "Je accounts op school",
        f"""
        Dag Febe,

        Welkom in het team! Je schoolaccount is aangemaakt: febe.lenaerts@sintpieterscollege.be.
        Je tijdelijk paswoord is Welkom2026xq en geldt voor Office 365 en Smartschool.
        Wijzig het aub meteen na je eerste aanmelding.

        Voor de kopieerkaart kom je best even langs bij het secretariaat.

        {sig("claes", greeting="Groetjes,")}
        """,
        fmt="qp",
    ),
    M(
        "bookwidgets-login-leerling-html",
        ["password"],
        "teacher sends a pupil 'login: ... / ww: ...' for an exercise platform, HTML-only",
        staff("peeters"),
        "Mathis Jacobs <mathis.jacobs@leerling.sintpieterscollege.be>",
        "Inloggen BookWidgets",
        """
        Hoi Mathis,

        Je kon gisteren niet inloggen op BookWidgets. Ik heb je account opnieuw aangemaakt:
        login: mjacobs / ww: Kx7#pq2L

        Maak de oefeningen van hoofdstuk 4 (breuken) tegen donderdag.

        Meneer Peeters
        """,
        fmt="html",
    ),
    M(
        "wifi-personeel-nieuw-wachtwoord",
        ["password", "bcc"],
        "Wi-Fi key for the staff network mailed to the staff group address in To",
        staff("claes"),
        "Personeel SPC <personeel@sintpieterscollege.be>",
        "Nieuw wifi-wachtwoord SPC-Personeel",
        """
        Beste collega's,

        Na de inbraakpoging van vorige week hebben we het wifi-netwerk vernieuwd.
        Het wifi-wachtwoord van het netwerk SPC-Personeel is vanaf vandaag: Pieter$2026Leuven

        Op de laptops van de klaslokalen wordt het automatisch aangepast.

        Pieter
        ICT
        """,
    ),
    M(
        "diddit-account-doorsturen",
        ["password"],
        "inline forward of a publisher's mail with a shared username and password to a colleague",
        staff("peeters"),
        staff("devos"),
        "Fwd: Je licentie Diddit vakgroep wiskunde",
        "Hoi An, hier de gegevens van het vakgroepaccount, voor als je de toetsen van 2de jaar wil bekijken.\n\n"
        + fwd(
            "Diddit klantendienst <klantendienst@diddit.be>",
            "ma 7 sep. 2026 om 09:14",
            "Je licentie Diddit vakgroep wiskunde",
            "jan.peeters@sintpieterscollege.be",
            """
            Beste klant,

            Uw licentie werd geactiveerd. U kan inloggen met:
            Gebruiker: spc-wiskunde
            Wachtwoord: Pythagoras3B

            Met vriendelijke groeten,
            Klantendienst Diddit
            """,
        ),
        kind="forward",
    ),
    M(
        "nieuwe-code-smartschool-base64",
        ["password"],
        "base64-encoded body: a pupil gets a reset password value",
        staff("mertens"),
        "Jonas Maes <jonas.maes@leerling.sintpieterscollege.be>",
        "Je Smartschool",
        f"""
        Dag Jonas,

        Je had je wachtwoord vergeten. Ik heb het opnieuw ingesteld.
        Je nieuwe wachtwoord = Fietsbel!882

        {sig("mertens", greeting="Groeten,")}
        """,
        fmt="b64",
    ),
    M(
        "tijdelijke-wachtwoorden-klas-csv",
        ["password"],
        "CSV attachment with a table of temporary passwords for a whole class, sent to the class teacher",
        staff("claes"),
        staff("devos"),
        "Startwachtwoorden 3B",
        """
        Dag An,

        In bijlage de startwachtwoorden voor de leerlingen van 3B. Wil je ze morgen in de klas
        uitdelen? Ze moeten het bij de eerste aanmelding zelf wijzigen.

        Pieter
        """,
        attachments=[
            Att(
                "startwachtwoorden_3B.csv",
                "text/csv; charset=utf-8",
                (
                    b"klas;naam;gebruikersnaam;tijdelijk wachtwoord\r\n"
                    b"3B;Arne Aerts;arne.aerts;Kiwi-Pad-471\r\n"
                    b"3B;Hanne Coppens;hanne.coppens;Boot-Ster-238\r\n"
                    b"3B;Jonas Maes;jonas.maes;Maan-Vis-902\r\n"
                    b"3B;Lotte Peeters;lotte.peeters;Wolk-Bal-115\r\n"
                    b"3B;Seppe Vandenberghe;seppe.vandenberghe;Zee-Pen-660\r\n"
                ),
                cte="quoted-printable",
            )
        ],
    ),
    M(
        "logins-txt-bijlage-examen",
        ["password"],
        "text attachment with exam accounts and passwords for the invigilator",
        staff("claes"),
        staff("goossens"),
        "Examenaccounts lokaal B.204",
        """
        Dag Bart,

        Je houdt morgen toezicht in B.204 voor het digitale examen Frans. De examenaccounts
        staan in de bijlage. Na het examen gooi je het papier best in de papierversnipperaar.

        Pieter
        """,
        attachments=[
            Att(
                "examenaccounts_B204.txt",
                "text/plain; charset=utf-8",
                (
                    b"Examen Frans 4de jaar - lokaal B.204\n\n"
                    b"pc01  gebruiker: examen01  wachtwoord: Ex4m-Fr-01a\n"
                    b"pc02  gebruiker: examen02  wachtwoord: Ex4m-Fr-02k\n"
                    b"pc03  gebruiker: examen03  wachtwoord: Ex4m-Fr-03t\n"
                ),
                cte="8bit",
            )
        ],
    ),
    M(
        "schoolwebsite-login-html-tabel",
        ["password"],
        "HTML-only mail with the credential in a table (label and value in separate cells) to a web designer",
        staff("maes"),
        "Studio Lindeman <info@studiolindeman.be>",
        "Toegang nieuwe schoolwebsite",
        "",
        fmt="html",
        html="""<!DOCTYPE html>
<html><body style="font-family:Arial">
<p>Beste Thomas,</p>
<p>Zoals afgesproken kan je vanaf maandag aan de slag met de nieuwe website. De beheerder-login:</p>
<table border="1" cellpadding="4">
<tr><td>Adres</td><td>https://www.sintpieterscollege.be/wp-admin</td></tr>
<tr><td>Gebruikersnaam</td><td>spc-beheer</td></tr>
<tr><td>Wachtwoord</td><td>Tafel-Stoel-91!</td></tr>
</table>
<p>Laat maar weten als er iets niet lukt.</p>
<p>Met vriendelijke groeten,<br>Tom Maes<br>directeur</p>
</body></html>
""",
    ),
    M(
        "etwinning-temporary-password-english",
        ["password"],
        "English: temporary password for a partner teacher abroad",
        staff("dubois"),
        "Minna Virtanen <minna.virtanen@edu.hel.fi>",
        "Access to our shared eTwinning space",
        """
        Dear Minna,

        Thanks for the lovely video call yesterday. I created a guest account for you on our
        school platform so you can upload the pupils' postcards.

        Username: m.virtanen.guest
        Your temporary password is: Lighthouse#2026

        Kind regards,
        Nathalie Dubois
        Erasmus+ coordinator, Sint-Pieterscollege Leuven
        """,
        lang="en",
    ),
    M(
        "guest-wifi-visiting-teachers-english",
        ["password", "bcc"],
        "English: Wi-Fi credentials to three visiting teachers in To (externals)",
        staff("dubois"),
        [
            "Minna Virtanen <minna.virtanen@edu.hel.fi>",
            "Jonas Lindqvist <jonas.lindqvist@skola.goteborg.se>",
            "Ana Sousa <ana.sousa@aeportela.pt>",
        ],
        "Practical information for your visit next week",
        """
        Dear colleagues,

        We are looking forward to welcoming you in Leuven on Monday! Some practical information:

        - Arrival: 8.30 at the main entrance, Naamsesteenweg.
        - Lunch is served in the school restaurant.
        - Wi-Fi: network SPC-Guest, password: Erasmus2026!

        See you soon,
        Nathalie
        """,
        lang="en",
    ),
    M(
        "mot-de-passe-parent-francophone",
        ["password"],
        "French: Smartschool password of a pupil sent to a French-speaking parent",
        staff("vermeulen"),
        "Famille Dubois <famille.dubois@skynet.be>",
        "Smartschool de Chloé",
        """
        Madame, Monsieur,

        Comme convenu lors de notre entretien, voici les données de connexion de Chloé :
        identifiant : chloe.dubois
        mot de passe : Papillon2026

        N'hésitez pas à me contacter si vous avez des questions.

        Bien cordialement,
        Lies Vermeulen
        professeur de français
        """,
        lang="fr",
        traps=["private_account"],
    ),
    M(
        "identifiant-mot-de-passe-stage",
        ["password"],
        "French: login for an internship portal sent to an external internship mentor",
        staff("lambrechts"),
        "Marc Lejeune <m.lejeune@menuiserie-lejeune.be>",
        "Accès au portail de stage",
        """
        Bonjour Monsieur Lejeune,

        Merci d'accueillir Kobe en stage à partir du 12 octobre. Pour remplir l'évaluation en ligne :
        identifiant : lejeune.stage / mot de passe : Bruxelles!33

        Cordialement,
        Dirk Lambrechts
        """,
        lang="fr",
    ),
    M(
        "antwoord-printer-admin-gequote",
        ["password"],
        "reply whose quoted earlier text contains the printer admin password",
        staff("verhaegen"),
        staff("claes"),
        "Re: printer labo chemie",
        "Top, dank je! Het is gelukt, de printer drukt weer af.\n\nJoke\n\n"
        + quote(
            "Op di 6 okt. 2026 om 10:41 schreef Pieter Claes <pieter.claes@spc.ksleuven.be>:",
            """
            Dag Joke,

            Je kan de printer zelf terug online zetten via het webpaneel (http://10.12.4.31).
            Hierbij het paswoord van de printer-admin: Canon-SPC-77

            Pieter
            """,
        ),
        kind="reply",
    ),
    M(
        "doorgestuurd-als-bijlage-smartschool-helpdesk",
        ["password"],
        "message/rfc822 forward: the embedded helpdesk mail holds a temporary password",
        staff("janssens"),
        staff("wouters"),
        "Fw: Account leerlingbegeleiding",
        """
        Els,

        Zie het bericht van de helpdesk in bijlage: zo kan je ook aan de gedeelde map.

        Katrien
        """,
        kind="forward-rfc822",
        embedded=M(
            "embedded-helpdesk",
            [],
            "",
            staff("helpdesk"),
            staff("janssens"),
            "Account leerlingbegeleiding",
            """
            Beste Katrien,

            Het gedeelde account lbv-spc@lksd.ksleuven.be is klaar.
            Tijdelijk wachtwoord: 7hQ!x92mLb

            ICT-helpdesk LKSD
            """,
        ),
    ),
    M(
        "pw-toetsomgeving",
        ["password", "bcc"],
        "short 'pw voor ...' credential mailed to the class group address",
        staff("peeters"),
        "Klas 5 WEWI <klas-5wewi@sintpieterscollege.be>",
        "Toets morgen",
        """
        Dag iedereen,

        Morgen maken we de toets in de computerklas.
        pw voor de toetsomgeving: Kangoeroe2026

        Tot morgen,
        J. Peeters
        """,
    ),
    M(
        "wachtwoord-gereset-met-waarde",
        ["password"],
        "a reset that contains the new value (unlike a reset link)",
        staff("helpdesk"),
        staff("hermans"),
        "Je wachtwoord werd gereset",
        """
        Beste Griet,

        Op je vraag werd je wachtwoord gereset.
        Je kan nu aanmelden met Start-4821-Kw; daarna kies je zelf een nieuw.

        ICT-helpdesk LKSD
        """,
    ),
    M(
        "paswoord-ouderportaal-schoolrekening",
        ["password", "personal_data"],
        "Flemish 'uw paswoord' for the school-bill portal, signature with the direct phone line",
        staff("aerts"),
        "Karen Mertens <karen.mertens@outlook.be>",
        "Toegang ouderportaal schoolrekeningen",
        f"""
        Beste mevrouw Mertens,

        U kan de schoolrekeningen van Ines voortaan online raadplegen.
        Uw paswoord voor het ouderportaal is: Rekening22!Ines

        {sig("aerts", tel="016 29 84 17")}
        """,
    ),
    M(
        "wachtwoord-in-onderwerp",
        ["password"],
        "the password is in the Subject line only; two pupils in To (only to each other: not counted by bcc)",
        staff("hermans"),
        [
            "Noor Willems <noor.willems@leerling.sintpieterscollege.be>",
            "Stan Goossens <stan.goossens@leerling.sintpieterscollege.be>",
        ],
        "wachtwoord Classroom = Mol3cuul",
        """
        Jullie konden nog niet in de Classroom van biologie. Zie onderwerp.
        Mevr. Hermans
        """,
    ),
    M(
        "opendeurdag-helpers-wifi",
        ["password"],
        "Wi-Fi password for parent volunteers, parents correctly in Bcc",
        staff("info"),
        staff("info"),
        "Opendeurdag zaterdag: praktische info voor de helpers",
        """
        Beste helpende ouders,

        Hartelijk dank om zaterdag mee te helpen op onze opendeurdag!
        We verwachten jullie om 9u30 in de refter voor koffie en een korte briefing.

        Voor de kassa's en de infostand:
        Netwerk: SPC-Gasten - Wachtwoord: opendeur2026

        Tot zaterdag!
        Het opendeurdagteam
        """,
        bcc=[
            "sofie.claes@gmail.com",
            "wim.jacobs@proximus.be",
            "ann.maes78@hotmail.com",
            "griet.vandenberghe@telenet.be",
        ],
        fmt="alt",
    ),
    M(
        "passphrase-gedeelde-map",
        ["password"],
        "a passphrase made of words only",
        staff("wouters"),
        staff("elamrani"),
        "Gedeelde map trajecten",
        """
        Hoi Sarah,

        De versleutelde map met de trajecten staat op de schijf. Het wachtwoord is:
        paarse-olifant-danst-traag

        Els
        """,
    ),
    M(
        "login-ww-beamer-admin",
        ["password"],
        "'login: x' and 'ww: y' on separate lines in a short internal note",
        staff("lambrechts"),
        staff("claes"),
        "beamer atelier",
        """
        Pieter, de beamer in het atelier hout vraagt een admin. Is dit nog juist?
        login: dlambrechts
        ww: Verlof2026?
        Dirk
        """,
    ),
    M(
        "examenaccount-surveillant",
        ["password"],
        "exam account with password for an invigilator, windows-1252 quoted-printable (Outlook)",
        staff("mertens"),
        staff("willems"),
        "Surveillance examen geschiedenis - account",
        """
        Beste Koen,

        Voor het inhaalexamen van donderdag gebruik je dit account op de laptop van het lokaal:
        gebruikersnaam examen3@spc.ksleuven.be, wachtwoord: Ex@men-juni26

        Groeten,
        Sofie - leerlingensecretariaat
        """,
        fmt="cp1252",
    ),
    M(
        "wachtwoord-qp-gelijkteken",
        ["password"],
        "password containing '=' so quoted-printable encodes it as =3D; multipart/alternative",
        staff("claes"),
        staff("maes"),
        "Kluis servers",
        """
        Tom,

        Zoals gevraagd het beheerderswachtwoord van de servers, voor in de kluis op je bureau:
        Wachtwoord: Kastanje=2026=Dijle

        Pieter
        """,
        fmt="alt",
    ),
    M(
        "doorgestuurde-helpdesk-ouder",
        ["password", "personal_data"],
        "secretariat forwards the helpdesk's temporary password to a parent; parent's mobile quoted",
        staff("mertens"),
        "Wim Jacobs <wim.jacobs@proximus.be>",
        "Fwd: co-account Smartschool",
        "Beste meneer Jacobs,\n\nHieronder het antwoord van de helpdesk.\n\nSofie Mertens\n\n"
        + fwd(
            "ICT-helpdesk LKSD <helpdesk@lksd.ksleuven.be>",
            "wo 14 okt. 2026 om 15:02",
            "co-account Smartschool",
            "sofie.mertens@sintpieterscollege.be",
            """
            Dag Sofie,

            Het co-account van de vader van Mathis Jacobs (gsm 0486 27 18 93) is hersteld.
            Tijdelijk wachtwoord: Zw4luw-Nest
            """,
        ),
        kind="forward",
    ),
    M(
        "office365-account-leerling",
        ["password"],
        "pupil's Office 365 account and password to the pupil's school mailbox",
        staff("claes"),
        "Lotte Peeters <lotte.peeters@leerling.sintpieterscollege.be>",
        "Je Office 365-account",
        """
        Dag Lotte,

        Je account voor Office 365:
        e-mail: lotte.peeters@leerling.sintpieterscollege.be
        wachtwoord: Blauw-Fiets-19

        Meneer Claes
        """,
    ),
    M(
        "library-login-english-pwd",
        ["password"],
        "English 'login / pwd' for the library catalogue to an external volunteer",
        staff("dubois"),
        "Peter Holmes <peter.holmes@gmail.com>",
        "Library volunteer access",
        """
        Hi Peter,

        Thank you so much for helping out in the library on Wednesdays.
        login: spc-lib / pwd: Library2026

        Best,
        Nathalie
        """,
        lang="en",
    ),
    M(
        "smartschool-beheerder-html-alt",
        ["password", "personal_data"],
        "multipart/alternative with the admin credential for the Smartschool test platform, phone in signature",
        staff("claes"),
        staff("wouters"),
        "Testplatform Smartschool",
        f"""
        Dag Els,

        Voor de opleiding van woensdag kan je het testplatform gebruiken:
        https://spc-test.smartschool.be
        beheerder: ewouters-admin
        paswoord: Leerling-Volg-88

        {sig("claes", tel="016 29 84 30", greeting="Groetjes,")}
        """,
        fmt="alt",
    ),
    # ---------------------------------------------------------------- hard negatives
    M(
        "nieuwsbrief-wachtwoord-vergeten-link",
        [],
        "newsletter with a password-reset link and no password; parents in Bcc",
        staff("info"),
        staff("info"),
        "Nieuwsbrief oktober",
        """
        Beste ouders,

        In deze nieuwsbrief:
        - Oudercontact op donderdag 22 oktober
        - Sportdag: inschrijven tot 9 oktober
        - Smartschool: wachtwoord vergeten? Via https://sintpieterscollege.smartschool.be/login kan u
          zelf een nieuw wachtwoord aanvragen met de knop "Wachtwoord vergeten".

        Met vriendelijke groeten,
        Directie en secretariaat
        """,
        bcc=["ouders@sintpieterscollege.be"],
        fmt="alt",
        traps=["password", "bcc"],
    ),
    M(
        "sterke-wachtwoorden-advies",
        [],
        "security awareness advice on choosing passwords, with examples of what not to use",
        staff("claes"),
        staff("info"),
        "Tip van de maand: een sterk wachtwoord",
        """
        Beste collega's,

        Deze maand een tip over wachtwoorden:
        - Kies een wachtwoord van minstens 12 tekens, bijvoorbeeld een zin van vier losse woorden.
        - Gebruik nooit hetzelfde wachtwoord voor Smartschool en je privémail.
        - Vermijd je voornaam, 123456, azerty of je geboortejaar.
        - Een wachtwoordbeheerder (zoals Bitwarden) onthoudt ze voor jou.

        Pieter, ICT
        """,
        bcc=["personeel@sintpieterscollege.be"],
        traps=["password"],
    ),
    M(
        "phishing-waarschuwing-nooit-wachtwoord",
        [],
        "phishing warning: 'the school will never ask for your password'",
        staff("directie"),
        staff("directie"),
        "Opgelet: valse mails uit naam van de school",
        """
        Beste ouders,

        Er circuleren mails die van 'Smartschool Support' lijken te komen en die vragen om uw
        wachtwoord te bevestigen. Klik niet op de link. De school zal u nooit via e-mail naar uw
        wachtwoord vragen. Vermoedt u dat u toch uw gegevens heeft ingevuld? Wijzig dan meteen
        uw wachtwoord en meld het aan privacy@lksd.ksleuven.be.

        Met vriendelijke groeten,
        De directie
        """,
        bcc=["ouders@sintpieterscollege.be"],
        fmt="html",
        traps=["password"],
    ),
    M(
        "wachtwoord-gemaskeerd-bevestiging",
        [],
        "confirmation that a password changed; the value is masked",
        staff("helpdesk"),
        staff("devos"),
        "Je wachtwoord werd gewijzigd",
        """
        Beste An,

        Je wachtwoord werd op 5 oktober om 14:12 gewijzigd.
        Nieuw wachtwoord: ************

        Was jij dit niet? Neem dan meteen contact op met de helpdesk.

        ICT-helpdesk LKSD
        """,
        traps=["password"],
    ),
    M(
        "placeholder-wachtwoord-zie-brief",
        [],
        "placeholders instead of a password ('zie brief', '<je eigen wachtwoord>')",
        staff("mertens"),
        "Ann Maes <ann.maes78@hotmail.com>",
        "Aanmelden Smartschool",
        """
        Beste mevrouw Maes,

        Aanmelden op Smartschool gaat zo:
        gebruikersnaam: de voornaam.familienaam van Jonas, gevolgd door _ouder1
        wachtwoord: zie de brief die Jonas vorige week meekreeg

        Na de eerste keer gebruikt u: wachtwoord: <uw eigen wachtwoord>

        Met vriendelijke groeten,
        Sofie Mertens
        """,
        traps=["password", "private_account"],
    ),
    M(
        "ww-werkwoorden-les-nederlands",
        [],
        "Dutch lesson: 'ww:' means werkwoord (verb) here; class in Bcc",
        staff("devos"),
        staff("devos"),
        "Herhaling sterke werkwoorden",
        """
        Dag 3B,

        Voor de toets van vrijdag ken je deze sterke werkwoorden:
        ww: zijn - was - is geweest
        ww: lopen - liep - heeft/is gelopen
        ww: vriezen - vroor - heeft gevroren
        ww: zwemmen - zwom - heeft/is gezwommen

        Let op: bij 'heeft/is' leer je het verschil aan de hand van de voorbeeldzinnen op p. 54.

        Mevr. Devos
        """,
        bcc=["klas-3b@sintpieterscollege.be"],
        traps=["password"],
    ),
    M(
        "pw-praktijkwerk-hout",
        [],
        "'PW' = praktijkwerk in a technical class; no credential",
        staff("lambrechts"),
        "Kobe Hermans <kobe.hermans@leerling.sintpieterscollege.be>",
        "PW 4 zwaluwstaartverbinding",
        """
        Kobe,

        PW 4: zwaluwstaartverbinding, in te leveren vrijdag 14/11.
        PW 3 kreeg 12/20: de afwerking van de pen mag netter.

        Mr. Lambrechts
        """,
        traps=["password"],
    ),
    M(
        "never-share-password-english",
        [],
        "English advice: never share your password; we will never ask for it",
        staff("dubois"),
        staff("dubois"),
        "Your school account - please read",
        """
        Dear exchange students,

        Welcome to Leuven! You now have a school account for the week. Please never share your
        password with anyone. Our staff will never ask for your password by email or phone.
        Forgot your password? Ask Mr Claes in room A.012.

        Nathalie Dubois
        """,
        bcc=["minna.virtanen@edu.hel.fi", "ana.sousa@aeportela.pt"],
        lang="en",
        traps=["password"],
    ),
    M(
        "jamais-mot-de-passe-francais",
        [],
        "French: the school will never ask for your password",
        staff("vermeulen"),
        "Famille Dubois <famille.dubois@skynet.be>",
        "Message suspect",
        """
        Madame, Monsieur,

        Le message que vous avez reçu ne vient pas de l'école. Nous ne vous demanderons jamais
        votre mot de passe par e-mail. Vous pouvez simplement le supprimer.

        Bien cordialement,
        Lies Vermeulen
        """,
        lang="fr",
        traps=["password", "private_account"],
    ),
    M(
        "wifi-wachtwoord-aan-onthaal",
        [],
        "mentions the Wi-Fi password without giving it",
        staff("maes"),
        "Dirk Van Hove <dirk.vanhove@vclbleuven.be>",
        "Overleg dinsdag",
        """
        Beste Dirk,

        Welkom dinsdag om 14u in vergaderzaal 2. Het wachtwoord van de wifi krijg je bij
        aankomst aan het onthaal; het verandert elke week.

        Tom Maes
        """,
        traps=["password"],
    ),
    M(
        "aanmelden-met-gewone-gegevens",
        [],
        "instructions to log in with the usual username and password (no value)",
        staff("goossens"),
        "Stan Goossens <stan.goossens@leerling.sintpieterscollege.be>",
        "Inschrijving schoolsportdag",
        """
        Dag Stan,

        De inschrijving voor de schoolsportdag gebeurt via het formulier op Smartschool.
        Log in met je gewone gebruikersnaam en wachtwoord en kies je sport vóór vrijdag.

        Sportieve groeten,
        Mr. Goossens
        """,
        traps=["password"],
    ),
    M(
        "incidentmelding-gemaskeerd",
        [],
        "incident summary to the DPO with a masked password (evidence already redacted)",
        staff("claes"),
        staff("dpo"),
        "Melding: wachtwoord per mail verstuurd",
        """
        Beste,

        Ter info: een collega stuurde gisteren een wachtwoord naar een ouder (ww: Z*******!).
        Het account werd meteen geblokkeerd en het wachtwoord gewijzigd. Geen verdere schade.

        Pieter Claes
        ICT-coördinator
        """,
        traps=["password"],
    ),
    M(
        "bitwarden-wachtwoordbeheerder",
        [],
        "announcement of a password manager for staff; no credential",
        staff("helpdesk"),
        staff("helpdesk"),
        "Vanaf januari: Bitwarden als wachtwoordbeheerder",
        """
        Beste collega's,

        Vanaf januari krijgt elk personeelslid een Bitwarden-account om wachtwoorden veilig te
        bewaren en te delen binnen een vakgroep. Je hoofdwachtwoord kies je zelf en vergeet je
        best niet: wij kunnen het niet herstellen. Meer info volgt in de pedagogische studiedag.

        ICT-helpdesk LKSD
        """,
        bcc=["personeel@sintpieterscollege.be", "personeel@lksd.ksleuven.be"],
        traps=["password"],
    ),
    M(
        "wachtwoord-wijzigen-stappen",
        [],
        "how-to: change your password in the profile menu",
        staff("claes"),
        staff("hermans"),
        "Re: wachtwoord wijzigen",
        "Dag Griet,\n\nWachtwoord wijzigen? Ga naar Profiel > Wachtwoord wijzigen, vul je huidige en je\n"
        "nieuwe wachtwoord in en klik op Opslaan. Lukt het niet, kom dan gerust eens langs.\n\nPieter\n\n"
        + quote(
            "Op 3 okt. 2026, om 08:12, schreef Griet Hermans <griet.hermans@sintpieterscollege.be>:",
            """
            Hoe verander ik mijn wachtwoord in Smartschool? Ik vind het niet.
            """,
        ),
        kind="reply",
        traps=["password"],
    ),
    M(
        "informatica-les-hashing",
        [],
        "informatics lesson content about password hashing",
        staff("claes"),
        staff("claes"),
        "Informatica 6de jaar: leerstof toets",
        """
        Dag 6 WEWI,

        De toets van dinsdag gaat over hoofdstuk 5, wachtwoordveiligheid:
        - waarom een server een wachtwoord nooit in klare tekst bewaart;
        - hashing (bcrypt, argon2) en salting;
        - brute force en woordenboekaanvallen.

        Succes met studeren!
        Mr. Claes
        """,
        bcc=["klas-6wewi@sintpieterscollege.be"],
        traps=["password"],
    ),
    M(
        "ouder-vergat-wachtwoord-antwoord",
        [],
        "reply to a parent who forgot the password; a reset link was sent, quoted question",
        staff("mertens"),
        "Sofie Claes <sofie.claes@gmail.com>",
        "Re: wachtwoord kwijt",
        "Beste mevrouw Claes,\n\nIk heb u zonet een resetlink gestuurd; die is 24 uur geldig.\n\n"
        "Sofie Mertens\n\n"
        + quote(
            "Op wo 7 okt. 2026 om 21:40 schreef Sofie Claes <sofie.claes@gmail.com>:",
            """
            Goedenavond, ik ben mijn wachtwoord van Smartschool vergeten. Kan u helpen?
            Groeten, Sofie Claes (mama van Emma, 4C)
            """,
        ),
        kind="reply",
        traps=["password", "private_account"],
    ),
    M(
        "wachtwoord-zelfde-als-vorig-jaar",
        [],
        "refers to the password without stating it",
        staff("goossens"),
        staff("lambrechts"),
        "Kast sporthal",
        """
        Dirk,

        Het wachtwoord van de cijferkast in de sporthal is hetzelfde als vorig jaar; vraag het
        anders even aan mij in de leraarskamer.

        Bart
        """,
        traps=["password"],
    ),
    M(
        "wachtwoord-via-sms",
        [],
        "placeholder: the password follows by text message",
        staff("helpdesk"),
        staff("elamrani"),
        "Je nieuwe laptop",
        """
        Dag Sarah,

        Je nieuwe laptop staat klaar op het secretariaat.
        Gebruikersnaam: sarah.elamrani
        Wachtwoord: (volgt via sms)

        ICT-helpdesk LKSD
        """,
        traps=["password"],
    ),
]
