"""Dangerous attachments (policy §3.2: viruses, ransomware, phishing): executables, scripts,
macro-enabled Office files, disk images and archives that hold them, judged by the final
extension of the decoded file name and by the content. Negatives: ordinary school documents,
archives of photos, names that merely contain 'exe' or 'setup'."""

from __future__ import annotations

from tests.corpus.corpuslib import (
    Att,
    M,
    Mail,
    exe_bytes,
    ics_bytes,
    iso_bytes,
    jar_bytes,
    jpeg_bytes,
    lnk_bytes,
    odt_bytes,
    ole_bytes,
    ooxml_bytes,
    pdf_bytes,
    png_bytes,
    sig,
    staff,
    vhd_bytes,
    vhdx_bytes,
    zip_bytes,
)

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation"
OCTET = "application/octet-stream"

JS = (
    b"// rooster bijwerken\r\n"
    b'var shell = WScript.CreateObject("WScript.Shell");\r\n'
    b'WScript.Echo("Rooster bijgewerkt");\r\n'
)
VBS = b'Set fso = CreateObject("Scripting.FileSystemObject")\r\nMsgBox "Instructies geladen"\r\n'
BAT = b"@echo off\r\nrem printer koppelen\r\nnet use \\\\print01\\labo\r\npause\r\n"
PS1 = b"# printer koppelen\r\nAdd-Printer -ConnectionName '\\\\print01\\B112'\r\nWrite-Host 'Klaar'\r\n"
HTA = (
    b'<html><head><HTA:APPLICATION ID="rooster"/>'
    b'<script language="VBScript">MsgBox "Rooster"</script></head></html>\r\n'
)
WSF = b'<job id="rooster"><script language="JScript">WScript.Echo("rooster");</script></job>\r\n'

MAILS: list[Mail] = [
    # ---------------------------------------------------------------- positives
    M(
        "dubbele-extensie-pdf-exe",
        ["attachment"],
        "double extension: Rapport_3B.pdf.exe with a PE header",
        staff("devos"),
        staff("maes"),
        "Rapport 3B",
        """
        Tom, zie bijlage, dit kreeg ik van een 'ouder'. Kan jij eens kijken?
        An
        """,
        attachments=[Att("Rapport_3B.pdf.exe", OCTET, exe_bytes("rapport"))],
    ),
    M(
        "scr-vermomd-als-pdf",
        ["attachment"],
        "screensaver executable named scan.pdf.scr and declared application/pdf",
        staff("mertens"),
        "Wim Jacobs <wim.jacobs@proximus.be>",
        "Re: scan inschrijvingsformulier",
        """
        Beste meneer Jacobs,

        Hierbij de scan die u vroeg.

        Sofie Mertens
        """,
        attachments=[Att("scan_0012.pdf.scr", "application/pdf", exe_bytes("scan"))],
        kind="reply",
    ),
    M(
        "rlo-bestandsnaam-exe-als-jpg",
        ["attachment"],
        "RIGHT-TO-LEFT OVERRIDE in an RFC 2231 name: shows as ...gpj, really ends in .exe",
        staff("goossens"),
        staff("claes"),
        "foto sportdag",
        """
        Pieter, deze foto opent niet bij mij. Lukt het bij jou?
        Bart
        """,
        attachments=[Att("sportdag_\u202egpj.exe", "image/jpeg", exe_bytes("foto"), name_style="rfc2231")],
    ),
    M(
        "rfc2231-utf8-naam-exe",
        ["attachment"],
        "RFC 2231 encoded name with accents that ends in .exe",
        staff("vermeulen"),
        staff("claes"),
        "Programme séjour Paris",
        """
        Pieter, ik kan dit programma niet openen. Is het veilig?
        Lies
        """,
        attachments=[Att("Séjour_Paris_programme_été.exe", OCTET, exe_bytes("paris"), name_style="rfc2231")],
    ),
    M(
        "rfc2047-naam-bat",
        ["attachment"],
        "RFC 2047 encoded-word file name that decodes to a .bat script",
        staff("lambrechts"),
        staff("verhaegen"),
        "printer labo",
        """
        Joke, dubbelklik op het bestand om de printer van het labo te koppelen.
        Dirk
        """,
        attachments=[Att("printer_koppelen_labo.bat", OCTET, BAT, name_style="rfc2047")],
    ),
    M(
        "vbs-script-bijlage",
        ["attachment"],
        "VBScript attachment declared text/plain",
        staff("claes"),
        staff("hermans"),
        "instructies digitaal bord",
        """
        Griet, met dit scriptje worden de instellingen van het bord in je lokaal geladen.
        Pieter
        """,
        attachments=[Att("instructies_bord.vbs", "text/plain", VBS, cte="7bit")],
    ),
    M(
        "powershell-script",
        ["attachment"],
        "PowerShell script attachment",
        staff("claes"),
        staff("devos"),
        "printer B.112",
        """
        An, voer dit uit om de printer van B.112 te koppelen.
        Pieter
        """,
        attachments=[Att("printer_B112.ps1", OCTET, PS1)],
    ),
    M(
        "zip-met-javascript",
        ["attachment", "bcc"],
        "a zip archive holding a .js script among harmless files; class group in To",
        staff("peeters"),
        "klas-4c@sintpieterscollege.be",
        "GeoGebra-oefeningen",
        """
        Dag 4C,

        In het zipbestand vinden jullie de oefeningen en een scriptje dat het rooster bijwerkt.

        Mr. Peeters
        """,
        attachments=[
            Att(
                "GeoGebra-oefeningen.zip",
                "application/zip",
                zip_bytes(
                    [
                        ("oefeningen/oefening1.pdf", pdf_bytes("Oefening 1")),
                        ("oefeningen/oefening2.pdf", pdf_bytes("Oefening 2")),
                        ("oefeningen/update.js", JS),
                    ]
                ),
            )
        ],
    ),
    M(
        "zip-met-setup-exe",
        ["attachment"],
        "a zip archive holding setup.exe",
        staff("claes"),
        staff("lambrechts"),
        "software CNC",
        """
        Dirk, hier de software voor de CNC-machine, zoals gevraagd.
        Pieter
        """,
        attachments=[
            Att(
                "CNC_software.zip",
                "application/x-zip-compressed",
                zip_bytes([("CNC/setup.exe", exe_bytes("cnc")), ("CNC/leesmij.txt", b"Installeer als beheerder.\r\n")]),
            )
        ],
    ),
    M(
        "geneste-zip-scr",
        ["attachment"],
        "a zip inside a zip with a .scr at the bottom",
        staff("goossens"),
        staff("devos"),
        "foto's sportdag",
        """
        An, alle foto's van de sportdag zitten in de zip.
        Bart
        """,
        attachments=[
            Att(
                "fotos_sportdag.zip",
                "application/zip",
                zip_bytes(
                    [
                        ("lees_dit.txt", b"Pak album.zip ook uit.\r\n"),
                        ("album.zip", zip_bytes([("diashow.scr", exe_bytes("diashow")), ("foto1.jpg", jpeg_bytes())])),
                    ]
                ),
            )
        ],
    ),
    M(
        "begroting-xlsm",
        ["attachment"],
        "macro-enabled Excel workbook",
        staff("aerts"),
        staff("maes"),
        "Begroting 2027",
        """
        Tom, de begroting 2027. Schakel de macro's in om de grafieken te zien.
        Hilde
        """,
        attachments=[
            Att(
                "Begroting_2027.xlsm",
                "application/vnd.ms-excel.sheet.macroEnabled.12",
                ooxml_bytes("xlsx", "Begroting 2027", macro=True),
            )
        ],
    ),
    M(
        "verslag-docm",
        ["attachment"],
        "macro-enabled Word document",
        staff("devos"),
        [staff("peeters"), staff("vermeulen")],
        "Sjabloon verslag klassenraad",
        """
        Collega's, gebruik voortaan dit sjabloon voor het verslag; de knop vult de namen in.
        An
        """,
        attachments=[
            Att(
                "Verslag_klassenraad.docm",
                "application/vnd.ms-word.document.macroEnabled.12",
                ooxml_bytes("docx", "Verslag klassenraad", macro=True),
            )
        ],
    ),
    M(
        "opendeur-pptm",
        ["attachment"],
        "macro-enabled PowerPoint presentation",
        staff("info"),
        [staff("maes"), staff("goossens")],
        "presentatie opendeurdag",
        """
        Hier de presentatie voor de opendeurdag, met de automatische diavoorstelling.
        """,
        attachments=[
            Att(
                "Presentatie_opendeurdag.pptm",
                "application/vnd.ms-powerpoint.presentation.macroEnabled.12",
                ooxml_bytes("pptx", "Opendeurdag", macro=True),
            )
        ],
    ),
    M(
        "sjabloon-dotm",
        ["attachment"],
        "macro-enabled Word template",
        staff("mertens"),
        staff("devos"),
        "sjabloon rapportcommentaar",
        """
        An, het sjabloon voor de rapportcommentaren.
        Sofie
        """,
        attachments=[
            Att(
                "Sjabloon_rapport.dotm",
                "application/vnd.ms-word.template.macroEnabled.12",
                ooxml_bytes("dotx", "Sjabloon rapport", macro=True),
            )
        ],
    ),
    M(
        "docx-met-vbaproject-sniffing",
        ["attachment"],
        "named .docx and declared as docx, but the package holds word/vbaProject.bin (content sniffing)",
        staff("maes"),
        staff("info"),
        "Uitnodiging receptie",
        """
        Beste collega's, in bijlage de uitnodiging voor de nieuwjaarsreceptie.
        Tom
        """,
        attachments=[Att("Uitnodiging_receptie.docx", DOCX, ooxml_bytes("docx", "Receptie", macro=True))],
        bcc=["personeel@sintpieterscollege.be"],
    ),
    M(
        "jpg-met-exe-inhoud",
        ["attachment"],
        "named .jpg and declared image/jpeg, but the content is a PE executable",
        staff("decock"),
        staff("hermans"),
        "foto veldwerk",
        """
        Griet, een foto van het veldwerk.
        Ruben
        """,
        attachments=[Att("veldwerk_Dijle.jpg", "image/jpeg", exe_bytes("veldwerk"))],
    ),
    M(
        "pdf-met-exe-inhoud",
        ["attachment"],
        "named .pdf and declared application/pdf, content is MZ/PE",
        staff("mertens"),
        "Hanne De Smet <hanne.desmet@telenet.be>",
        "inschrijvingsformulier",
        """
        Beste mevrouw De Smet, hierbij het formulier.
        Sofie Mertens
        """,
        attachments=[Att("inschrijving.pdf", "application/pdf", exe_bytes("inschrijving"))],
    ),
    M(
        "windows-iso",
        ["attachment"],
        "ISO 9660 disk image",
        staff("claes"),
        staff("lambrechts"),
        "installatie-image",
        """
        Dirk, het image om de pc's van het atelier opnieuw te installeren.
        Pieter
        """,
        attachments=[Att("Windows10_atelier.iso", "application/x-iso9660-image", iso_bytes("WIN10_ATELIER"))],
    ),
    M(
        "img-schijfkopie",
        ["attachment"],
        "disk image with the .img extension (ISO content), declared octet-stream",
        staff("lambrechts"),
        staff("claes"),
        "backup laptop",
        """
        Pieter, de backup van de laptop van het atelier.
        Dirk
        """,
        attachments=[Att("backup_laptop_atelier.img", OCTET, iso_bytes("BACKUP"))],
    ),
    M(
        "vhd-virtuele-schijf",
        ["attachment"],
        "VHD virtual disk",
        staff("claes"),
        staff("helpdesk"),
        "VM examen",
        """
        Hier de virtuele schijf voor de examen-VM.
        Pieter
        """,
        attachments=[Att("examen_vm.vhd", OCTET, vhd_bytes())],
    ),
    M(
        "vhdx-virtuele-schijf",
        ["attachment"],
        "VHDX virtual disk",
        staff("helpdesk"),
        staff("claes"),
        "Re: VM examen",
        """
        Pieter, de nieuwe versie in vhdx.
        Helpdesk
        """,
        attachments=[Att("examen_vm_v2.vhdx", OCTET, vhdx_bytes())],
        kind="reply",
    ),
    M(
        "hta-lessenrooster",
        ["attachment"],
        "HTML application (.hta)",
        staff("mertens"),
        staff("willems"),
        "lessenrooster",
        """
        Koen, je nieuwe lessenrooster.
        Sofie
        """,
        attachments=[Att("Lessenrooster_KWI.hta", "application/hta", HTA)],
    ),
    M(
        "lnk-snelkoppeling",
        ["attachment"],
        "Windows shortcut (.lnk) pointing at cmd.exe",
        staff("claes"),
        staff("goossens"),
        "snelkoppeling Smartschool",
        """
        Bart, zet deze snelkoppeling op je bureaublad.
        Pieter
        """,
        attachments=[Att("Smartschool.lnk", OCTET, lnk_bytes())],
    ),
    M(
        "jar-programma",
        ["attachment"],
        "Java archive (.jar)",
        staff("peeters"),
        "arne.verhoeven@leerling.sintpieterscollege.be",
        "programma olympiade",
        """
        Arne, het oefenprogramma voor de olympiade. Start het met een dubbelklik.
        Mr. Peeters
        """,
        attachments=[Att("OlympiadeTrainer.jar", "application/java-archive", jar_bytes())],
    ),
    M(
        "msi-installer",
        ["attachment"],
        "Windows Installer package (.msi)",
        staff("janssens"),
        staff("claes"),
        "Kurzweil installeren",
        """
        Pieter, kan je dit installeren op de laptops van de zorgklas?
        Katrien
        """,
        attachments=[Att("Kurzweil3000_setup.msi", "application/x-msi", ole_bytes(b"Windows Installer"))],
    ),
    M(
        "cmd-script-hoofdletters",
        ["attachment"],
        "upper-case extension .CMD",
        staff("lambrechts"),
        staff("decock"),
        "netwerkschijf",
        """
        Ruben, hiermee koppel je de netwerkschijf.
        Dirk
        """,
        attachments=[Att("SCHIJF_KOPPELEN.CMD", OCTET, BAT)],
    ),
    M(
        "xlsm-in-zip",
        ["attachment"],
        "a macro workbook inside a zip archive",
        staff("aerts"),
        staff("mertens"),
        "facturatie",
        """
        Sofie, de facturatiebestanden van oktober (zip).
        Hilde
        """,
        attachments=[
            Att(
                "facturatie_oktober.zip",
                "application/zip",
                zip_bytes(
                    [
                        ("overzicht.pdf", pdf_bytes("Overzicht")),
                        ("facturatie_oktober.xlsm", ooxml_bytes("xlsx", "Facturatie", macro=True)),
                    ]
                ),
            )
        ],
    ),
    M(
        "doorgestuurd-met-bat-in-bijlage",
        ["attachment"],
        "a .wsf script inside an attached message/rfc822",
        staff("claes"),
        staff("helpdesk"),
        "Fw: rare bijlage",
        """
        Helpdesk, deze mail kreeg een collega. Bijlage niet openen!
        Pieter
        """,
        kind="forward-rfc822",
        embedded=M(
            "embedded-wsf",
            [],
            "",
            "Facturatie <facturen@factuur-online24.com>",
            staff("aerts"),
            "Uw factuur",
            """
            Geachte, in bijlage uw factuur. Open het bestand om de betaling te bevestigen.
            """,
            attachments=[Att("factuur_0042.wsf", OCTET, WSF)],
        ),
    ),
    M(
        "js-als-text-plain-bijlage",
        ["attachment"],
        "a .js file declared text/plain in an HTML mail",
        staff("claes"),
        staff("willems"),
        "tijdlijn",
        """
        Koen, het scriptje voor de interactieve tijdlijn.
        Pieter
        """,
        attachments=[Att("tijdlijn.js", "text/plain; charset=utf-8", JS, cte="quoted-printable")],
        fmt="html",
    ),
    # ---------------------------------------------------------------- hard negatives
    M(
        "brief-skireis-pdf",
        [],
        "an ordinary pdf letter",
        staff("goossens"),
        staff("info"),
        "Brief skireis",
        """
        Beste ouders,

        In bijlage de brief met alle praktische informatie over de skireis.

        Bart Goossens
        """,
        attachments=[Att("Brief_ouders_skireis.pdf", "application/pdf", pdf_bytes("Brief skireis"))],
        bcc=["ouders-5@sintpieterscollege.be"],
        traps=["attachment"],
    ),
    M(
        "vakgroepverslag-docx-en-xlsx",
        [],
        "docx and xlsx without macros",
        staff("peeters"),
        staff("vermeulen"),
        "verslag en planning",
        """
        Lies, het verslag (docx) en de planning (xlsx) van de vakgroep.
        Jan
        """,
        attachments=[
            Att("Verslag_vakgroep.docx", DOCX, ooxml_bytes("docx", "Verslag")),
            Att("Jaarplanning_wiskunde.xlsx", XLSX, ooxml_bytes("xlsx", "Jaarplanning")),
        ],
        traps=["attachment"],
    ),
    M(
        "presentatie-pptx",
        [],
        "an ordinary pptx",
        staff("elamrani"),
        staff("info"),
        "presentatie studiekeuze",
        """
        Beste leerlingen van het 6de jaar, de presentatie van gisteren.
        Sarah El Amrani
        """,
        attachments=[Att("Studiekeuze_2027.pptx", PPTX, ooxml_bytes("pptx", "Studiekeuze"))],
        bcc=["leerlingen-6@sintpieterscollege.be"],
        traps=["attachment"],
    ),
    M(
        "zip-met-fotos-en-pdf",
        [],
        "a zip with photos and a pdf only",
        staff("goossens"),
        staff("info"),
        "Foto's sportdag",
        """
        Beste ouders, de foto's van de sportdag in één zip.
        Bart Goossens
        """,
        attachments=[
            Att(
                "fotos_sportdag.zip",
                "application/zip",
                zip_bytes(
                    [
                        ("sportdag/001.jpg", jpeg_bytes("sportdag 1")),
                        ("sportdag/002.jpg", jpeg_bytes("sportdag 2")),
                        ("sportdag/uitslagen.pdf", pdf_bytes("Uitslagen")),
                    ]
                ),
            )
        ],
        bcc=["ouders-1stegraad@sintpieterscollege.be"],
        traps=["attachment"],
    ),
    M(
        "csv-inschrijvingen",
        [],
        "a csv list",
        staff("goossens"),
        staff("mertens"),
        "inschrijvingen sportdag",
        """
        Sofie, de inschrijvingen voor de sportdag.
        Bart
        """,
        attachments=[
            Att(
                "inschrijvingen_sportdag.csv",
                "text/csv",
                b"klas;aantal;sport\r\n1A;22;zwemmen\r\n1B;21;atletiek\r\n2A;24;voetbal\r\n",
                cte="7bit",
            )
        ],
        traps=["attachment"],
    ),
    M(
        "nieuwsbrief-met-inline-png",
        [],
        "an HTML newsletter with an inline logo (multipart/mixed with an inline png)",
        staff("info"),
        staff("info"),
        "Nieuwsbrief november",
        """
        Beste ouders,

        In november: oudercontact, de Sint op school en de inschrijvingen voor de skireis.

        Directie Sint-Pieterscollege
        """,
        fmt="html",
        attachments=[Att("logo_spc.png", "image/png", png_bytes(), disposition="inline", content_id="logo-spc")],
        bcc=["ouders@sintpieterscollege.be"],
        traps=["attachment"],
    ),
    M(
        "foto-jpg-klasfoto",
        [],
        "a real jpg photo",
        staff("devos"),
        "Karen Mertens <karen.mertens@outlook.be>",
        "Foto toneelvoorstelling",
        """
        Beste mevrouw Mertens, een foto van Ines tijdens de toneelvoorstelling, zoals beloofd.
        An Devos
        """,
        attachments=[Att("toneel_3B.jpg", "image/jpeg", jpeg_bytes("toneel"))],
        traps=["attachment"],
    ),
    M(
        "ics-uitnodiging",
        [],
        "a calendar invitation",
        staff("maes"),
        staff("janssens"),
        "Uitnodiging: zorgoverleg",
        """
        Katrien, uitnodiging voor het overleg over de zorgwerking.
        Tom
        """,
        attachments=[
            Att(
                "invite.ics",
                "text/calendar; method=REQUEST",
                ics_bytes("Overleg zorgwerking", "20261020T120000Z", "20261020T130000Z", "Bureau directie"),
                cte="7bit",
            )
        ],
        traps=["attachment"],
    ),
    M(
        "handleiding-setup-exe-in-pdf-naam",
        [],
        "a pdf whose name contains 'setup.exe' but ends in .pdf, content is a real PDF",
        staff("claes"),
        staff("info"),
        "Handleiding GeoGebra installeren",
        """
        Beste collega's, de handleiding om GeoGebra zelf te installeren.
        Pieter
        """,
        attachments=[
            Att(
                "handleiding_GeoGebra_setup.exe_installeren.pdf",
                "application/pdf",
                pdf_bytes("Handleiding GeoGebra"),
            )
        ],
        bcc=["personeel@sintpieterscollege.be"],
        traps=["attachment"],
    ),
    M(
        "werkblad-odt",
        ["bcc"],
        "an OpenDocument text (zip container, no macros); class group in To",
        staff("willems"),
        "klas-5a@sintpieterscollege.be",
        "Werkblad Verlichting",
        """
        Dag 5A, het werkblad voor morgen.
        Mr. Willems
        """,
        attachments=[
            Att("Werkblad_Verlichting.odt", "application/vnd.oasis.opendocument.text", odt_bytes("Verlichting"))
        ],
        traps=["attachment"],
    ),
    M(
        "doorgestuurd-met-pdf-rfc822",
        [],
        "an attached message/rfc822 with a harmless pdf",
        staff("mertens"),
        staff("goossens"),
        "Fw: bevestiging busvervoer",
        """
        Bart, de bevestiging van de busmaatschappij.
        Sofie
        """,
        kind="forward-rfc822",
        embedded=M(
            "embedded-bus",
            [],
            "",
            "Autocars Dijle <info@autocars-dijle.be>",
            staff("mertens"),
            "bevestiging busvervoer",
            """
            Geachte, in bijlage de bevestiging voor 25 september.
            """,
            attachments=[Att("bevestiging_25-09.pdf", "application/pdf", pdf_bytes("Bevestiging"))],
        ),
        traps=["attachment"],
    ),
    M(
        "zip-met-docx-en-txt",
        [],
        "a zip with a docx and a readme",
        staff("devos"),
        staff("peeters"),
        "lesmateriaal",
        """
        Jan, mijn lesmateriaal over argumenteren, zoals gevraagd.
        An
        """,
        attachments=[
            Att(
                "lesmateriaal_argumenteren.zip",
                "application/zip",
                zip_bytes(
                    [
                        ("leesmij.txt", b"Lesmateriaal argumenteren 4de jaar.\r\n"),
                        ("argumenteren.docx", ooxml_bytes("docx", "Argumenteren")),
                    ]
                ),
            )
        ],
        traps=["attachment"],
    ),
    M(
        "excel-macros-les-zonder-macro",
        ["bcc"],
        "a lesson about Excel macros with a plain xlsx (no macro); class group in To",
        staff("claes"),
        "klas-6wewi@sintpieterscollege.be",
        "Informatica: macro's",
        """
        Dag 6 WEWI,

        Volgende les leren we macro's schrijven in Excel. Bekijk alvast het bestand: we bouwen
        de macro samen in de klas, en bewaren het dan als .xlsm.

        Mr. Claes
        """,
        attachments=[Att("voorbereiding_macros.xlsx", XLSX, ooxml_bytes("xlsx", "Voorbereiding"))],
        traps=["attachment"],
    ),
    M(
        "audio-m4a-franse-luisteroefening",
        [],
        "an audio file for a listening exercise",
        staff("vermeulen"),
        "emma.claes@leerling.sintpieterscollege.be",
        "Écoute",
        """
        Emma, voici l'enregistrement pour l'exercice d'écoute.
        Mme Vermeulen
        """,
        attachments=[Att("ecoute_chapitre3.m4a", "audio/mp4", b"\x00\x00\x00\x20ftypM4A " + bytes(260))],
        lang="fr",
        traps=["attachment"],
    ),
    M(
        "pdf-factuur-met-handtekening",
        ["personal_data"],
        "a pdf invoice and a signature with a phone number",
        staff("aerts"),
        "facturatie@autocars-dijle.be",
        "Betaling factuur 2026-0388",
        f"""
        Geachte,

        Factuur 2026-0388 werd vandaag betaald. In bijlage het betalingsbewijs.

        {sig("aerts", tel="016 29 84 17")}
        """,
        attachments=[Att("betalingsbewijs_2026-0388.pdf", "application/pdf", pdf_bytes("Betalingsbewijs"))],
        traps=["attachment"],
    ),
]
