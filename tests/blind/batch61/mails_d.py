# mails_d.py - 20 other mails: bcc, private_account, attachment, personal_data and plain ordinary mail
from lib import *

# ------------------------------------------------------------------ bcc
mail(grp='other', slug='ouders-stagiairs-vandeputte-in-to', frm=S('dvh'), to=[par('stan'), par('arthur'), par('adam', 2), par('dries')],
 subject='Stage bij Garage Vandeputte - praktische info', rules=['bcc'], fmt=['plain', 'group-in-to'],
 note='four parents of different families visible to each other in To; practical info, no one named',
 text="""Beste ouders,

Uw zoon loopt stage bij Garage Vandeputte in Heverlee. De garage vraagt om niet voor de poort te parkeren bij het
afzetten; er is een parking achteraan via de Sint-Jansbergsesteenweg. Werkuren: 8u - 16u30, middagpauze 12u - 12u30.

Dirk Vanhove
""")

mail(grp='other', slug='ouders6zwa-in-aan', frm=S('avc'), to=["ouders6zwa@spc.ksleuven.be"],
 subject='6ZWa - stagemap binnenbrengen', rules=['bcc'], fmt=['plain', 'group-in-to'],
 note='parent list address of a class in To instead of BCC',
 text="""Beste ouders van 6ZWa,

Wilt u erop letten dat uw zoon of dochter de ingevulde stagemap ten laatste vrijdag 7 maart binnenbrengt?
Zonder stagemap kunnen we de stage niet evalueren.

Ann Vercammen
klastitularis 6ZWa
""")

mail(grp='other', slug='personeel-in-aan-stagebezoeken', frm=S('ldw'), to=[PERSONEEL],
 subject='Stagebezoeken: wie kan nog mee?', rules=['bcc'], fmt=['plain', 'group-in-to'],
 note='all-staff list in To (group address belongs in BCC)',
 text="""Dag iedereen,

Voor de week van 17 maart zoeken we nog twee collega's die een namiddag stagebezoeken willen doen in de regio
Herent-Kortenberg. Een dienstwagen is voorzien. Laat het me weten via een reply aan mij alleen aub.

Lieve
""")

mail(grp='other', slug='mentoren-in-cc-mentorendag', frm=S('ldw'), to=[C['tl']], cc=[C['htb'], C['spv'], C['esm'], C['vdp']],
 subject='Uitnodiging mentorendag 13 februari', rules=['bcc'], fmt=['alt', 'group-in-to'],
 note='several external mentors visible to each other in To/CC',
 text="""Beste mentoren,

Graag nodigen we u uit op onze mentorendag op donderdag 13 februari vanaf 9u: ontbijt, rondleiding in de
ateliers en een korte toelichting bij de nieuwe evaluatieformulieren. Inschrijven via een antwoord op deze mail.

Lieve De Wolf
stagecoördinator
""", html=html_doc(p_html("""Beste mentoren,

Graag nodigen we u uit op onze mentorendag op donderdag 13 februari vanaf 9u: ontbijt, rondleiding in de
ateliers en een korte toelichting bij de nieuwe evaluatieformulieren. Inschrijven via een antwoord op deze mail.

Lieve De Wolf
stagecoördinator""")))

_rows = [["Bedrijf", "Mentor", "Telefoon mentor", "Leerlingen 7AUa"],
         ["Garage Vandeputte BV", "Luc Vandeputte", "016 22 41 90", "2"],
         ["Autobedrijf Dijleland NV", "Jens Moors", "0486 55 12 30", "3"],
         ["Garage Dupont SA", "Jean-Luc Dupont", "+32 10 45 67 21", "1"],
         ["NordFleet Logistics", "Mark Jensen", "0497 20 88 14", "2"]]
mail(grp='other', slug='leerlingen7aua-in-aan-mentorgegevens', frm=S('dvh'), to=["leerlingen7aua@leerling.sintpieterscollege.be"],
 subject='Contactgegevens mentoren', rules=['bcc', 'personal_data'], fmt=['alt', 'html-table', 'group-in-to'],
 note='pupil group address in To; mentor phone numbers in the table',
 text="Dag 7AUa,\n\nHieronder wie jullie mentor is en hoe je hem bereikt als je ziek bent.\n\n" + table_text(_rows) + "\n\nMr. Vanhove\n",
 html=html_doc(p_html("Dag 7AUa,\n\nHieronder wie jullie mentor is en hoe je hem bereikt als je ziek bent.\n") + table_html(_rows) + p_html("\nMr. Vanhove")))

# ------------------------------------------------------------------ private_account
mail(grp='other', slug='planning-ter-linde-vanuit-gmail', frm='Karim El Ouali <karim.elouali.be@gmail.com>', to=[C['tl']], mailer='Gmail',
 subject='planning stagiairs week 2', rules=['private_account'], fmt=['plain'],
 note='staff member writes to an internship partner about school business from his private gmail',
 text="""Dag Greet,

Ik stuur even van mijn privéadres want ik zit thuis. In week 2 komen de stagiairs van 7TBZ op woensdag pas om
13u, ze hebben 's ochtends een examen. Ik kom donderdag langs voor de eerste bezoeken.

Karim
""")

_rows = [["Leerling", "Klas", "Stageplaats", "Begeleider", "Bezoek 1"],
         [nm('lars'), kl('lars'), "Elektro Smets BV", "Van Rompaey", "11/03"],
         [nm('elias'), kl('elias'), "Van Lint & Zonen", "Van Rompaey", "11/03"],
         [nm('noah_c'), kl('noah_c'), "Electro Dijleland", "Van Rompaey", "13/03"],
         [nm('robbe'), kl('robbe'), "Autobedrijf Dijleland NV", "Vanhove", "12/03"],
         [nm('mats'), kl('mats'), "NordFleet Logistics", "Vanhove", "12/03"]]
mail(grp='other', slug='fw-bezoekplanning-naar-hotmail', frm=S('ldw'), to=['lieve.dewolf@hotmail.com'],
 subject='FW: bezoekplanning stage', rules=['private_account'], fmt=['plain', 'forward', 'attachment-xlsx'],
 note='staff forwards a school planning (pupil names, no sensitive fact) to her own private mailbox',
 text="""om thuis verder te werken

-----Oorspronkelijk bericht-----
Van: Lieve De Wolf
Onderwerp: bezoekplanning stage
""", att=[("bezoekplanning_stage_maart.xlsx", xlsx(_rows))])

mail(grp='other', slug='bezoeken-elektro-smets-vanuit-hotmail', frm='Sofie Van Rompaey <sofie_vr@hotmail.com>', to=[C['esm']], mailer='Outlook for Android',
 subject='bezoek volgende week', rules=['private_account'], fmt=['plain', 'phone'],
 note='staff uses a private hotmail account to write to a company about the internship visit',
 text="""Dag Kevin, ik kom dinsdag 11/3 om 10u langs voor de stagebezoeken van de jongens van 5EI. Is de werf in Wilsele nog actief? Groetjes, Sofie (stagebegeleider Stroom)

Outlook voor Android downloaden
""")

mail(grp='other', slug='prive-fietsverkoop-vriend', frm=S('dvh'), to=['Wouter Dierickx <wouter.dierickx78@gmail.com>'],
 subject='koersfiets', rules=[], fmt=['plain'], note="staff member's limited private use of the school account: private matter, fine",
 text="""Wouter,

Die koersfiets staat nog altijd te koop, 450 euro en hij is van jou. Zaterdag na de match kan je hem komen halen.

Dirk
""")

mail(grp='other', slug='prive-bbq-collega-gmail', frm='Karim El Ouali <karim.elouali.be@gmail.com>', to=['Sofie <sofie_vr@hotmail.com>'], mailer='Gmail',
 subject='bbq zaterdag', rules=[], fmt=['plain'], note='private mailboxes used for a private matter between colleagues: fine',
 text="""Hey Sofie,

Zaterdag vanaf 18u bij ons in de tuin. Breng je die pastasalade mee? Kinderen zijn ook welkom.

Karim
""")

# ------------------------------------------------------------------ attachment
mail(grp='other', slug='installatie-meetsoftware-exe', frm=S('tbo'), to=[S('svr')],
 subject='installer meetsoftware', rules=['attachment'], fmt=['plain', 'attachment-exe'],
 note='executable attachment',
 text="""Sofie,

Hier de installer van de meetsoftware voor de laptop die je meeneemt op stagebezoek. Gewoon dubbelklikken.

Tom
""", att=[("MeetSoft_Setup_v3.2.exe", fake_exe("MeetSoft"))])

mail(grp='other', slug='evaluatieformulier-met-macro-docm', frm=S('keo'), to=[C['htb']],
 subject='Nieuw evaluatieformulier', rules=['attachment'], fmt=['plain', 'attachment-docm'],
 note='Word document with macros',
 text=f"""Beste Ine,

In bijlage het nieuwe evaluatieformulier. Bij het openen moet u 'inhoud inschakelen' aanklikken, dan rekent het
formulier de scores automatisch uit.
{sig('keo')}""", att=[("Evaluatieformulier_stage_2025.docm", docx(["Evaluatieformulier stage 2025", "Competentie 1: stiptheid", "Competentie 2: hygiëne"], macro=True))])

mail(grp='other', slug='bezoekplanning-xlsm', frm=S('ldw'), to=[S('dvh')],
 subject='planning met macro', rules=['attachment'], fmt=['plain', 'attachment-xlsm'],
 note='Excel workbook with macros',
 text="""Dirk,

De planning met de knop 'route berekenen'. Macro's inschakelen anders werkt die knop niet.

Lieve
""", att=[("bezoekplanning_AU_macro.xlsm", xlsx([["Datum", "Bedrijf", "Gemeente"], ["12/03", "Autobedrijf Dijleland", "Leuven"], ["12/03", "NordFleet", "Leuven"]], macro=True))])

mail(grp='other', slug='scripts-stagelaptops-zip', frm=S('tbo'), to=[S('bst')],
 subject='scripts stagelaptops', rules=['attachment'], fmt=['plain', 'attachment-zip'],
 note='zip archive containing a batch file and a PowerShell script',
 text="""Bart,

In de zip zitten de scripts om de stagelaptops klaar te zetten (printers en StagePlaza-snelkoppeling).
Als administrator uitvoeren.

Tom
""", att=[("scripts_stagelaptops.zip", zipfiles([("install_stagelaptop.bat", "@echo off\r\npowershell -ExecutionPolicy Bypass -File setup.ps1\r\n"),
      ("setup.ps1", "Add-Printer -ConnectionName \\\\print01\\atelier\r\n"), ("LEESMIJ.txt", "Rechtermuisklik > als administrator uitvoeren\r\n")]))])

mail(grp='other', slug='rooster-script-vbs', frm=S('wdp'), to=[S('svr')],
 subject='scriptje voor de roosters', rules=['attachment'], fmt=['plain', 'attachment-vbs'],
 note='VBScript attachment',
 text="""Sofie,

Met dit scriptje zet je de stageroosters uit StagePlaza in je Outlook-agenda. Dubbelklikken en klaar.

Wim
""", att=[("stagerooster_naar_outlook.vbs", "Set ol = CreateObject(\"Outlook.Application\")\r\nWScript.Echo \"klaar\"\r\n")])

# ------------------------------------------------------------------ personal_data, ordinary
_rows = [["Stageplaats", "Mentor", "GSM"],
         ["WZC Ter Linde", "Greet Van Esch", "0478 31 09 52"],
         ["WZC Hof ter Beuken", "Ine Raes", "0473 66 20 18"],
         ["De Speelvogel", "Sanne Wauters", "016 23 77 40"],
         ["AZ Dijlevallei", "Veerle Pauwels", "016 33 20 00"]]
mail(grp='other', slug='contactlijst-mentoren-zorg', frm=S('keo'), to=[S('ldw')],
 subject='contactlijst mentoren zorg', rules=['personal_data'], fmt=['plain', 'attachment-csv'],
 note='Belgian phone numbers of mentors in the body and a CSV',
 text="Lieve,\n\nDe contactlijst voor het noodnummer-blad:\n\n" + table_text(_rows) + "\n\nKarim\n",
 att=[("mentoren_zorg.csv", "\r\n".join(";".join(r) for r in _rows) + "\r\n")])

mail(grp='other', slug='terugbetaling-waarborg-bedrijf-iban', frm=S('pvv'), to=[C['vli']], reply=True,
 subject='RE: waarborg meetkoffers', rules=['personal_data'], fmt=['plain', 'reply'],
 note="a valid IBAN (the company's) in the mail",
 text=f"""Beste,

De waarborg van € 200 voor de meetkoffers storten we deze week terug op {iban_be(3630456712)}, zoals gevraagd.

Patrick Vervoort
boekhouding

> Gelieve de waarborg terug te storten op ons rekeningnummer {iban_be(3630456712)}.
""")

mail(grp='other', slug='bedankt-stageplaats-thuiszorg', frm=S('keo'), to=[C['thz']],
 subject='Bedankt!', rules=[], fmt=['plain'], note='ordinary thank-you mail',
 text=f"""Beste Bieke,

Bedankt om dit jaar opnieuw drie stagiairs mee te nemen op de ronde. De leerlingen waren enthousiast.
Mogen we volgend schooljaar opnieuw op u rekenen?
{sig('keo')}""")

mail(grp='other', slug='aanvraag-stageplaatsen-gemeente', frm=S('svr'), to=['Technische dienst <technischedienst@gemeente-bierbeek.be>'],
 subject='Stageplaatsen elektriciteit 2025-2026', rules=[], fmt=['plain', 'attachment-docx'],
 note='ordinary request to a municipality, safe docx attachment',
 text=f"""Geachte,

Graag vragen we of uw technische dienst volgend schooljaar twee stagiairs elektriciteit (7de jaar) kan ontvangen,
telkens vier weken in maart. In bijlage de voorstelling van de opleiding.

Met vriendelijke groeten,
Sofie Van Rompaey
stagebegeleider elektriciteit
""", att=[("Voorstelling_7EI_stage.docx", docx(["7de jaar elektrische installaties", "Stageperiode: maart, 4 weken", "Competenties: huishoudelijke en industriële installaties"]))])

mail(grp='other', slug='insurance-certificate-nordfleet', frm=S('gbo'), to=[C['nfl']], reply=True, lang='en',
 subject='RE: insurance certificate for interns', rules=[], fmt=['plain', 'reply', 'attachment-pdf'],
 note='English: ordinary reply with a safe PDF certificate (policy number only)',
 text="""Dear Mr Jensen,

Please find attached the certificate of the school's insurance for work placements (policy 45.118.902/0001).
It covers accidents at work and on the way to and from your site.

Kind regards,
Geert Boeckx
Prevention adviser

> Could you send us a certificate of insurance for the interns before they start?
""", att=[("Insurance_certificate_placements_2025.pdf", pdf(["CERTIFICATE OF INSURANCE", "Policy 45.118.902/0001 - work placements",
      "Insured: students of Stroom campus Heverlee", "Valid: 01/09/2024 - 31/08/2025"]))])
