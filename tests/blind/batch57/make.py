#!/usr/bin/env python3
"""batch57 - blind labelled outbound mail: spring registrations of new pupils, campus Diest (Stroom / LKSD).

Deterministic: fixed dates, fixed Message-IDs, seeded randomness, standard library only.
Writes NNN-slug.eml, labels.yaml and roster.csv next to this script.
"""
import base64
import datetime
import io
import json
import os
import quopri
import random
import unicodedata
import zipfile
from email.header import Header
from email.utils import formataddr, format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
RNG = random.Random(5757)
BATCH = "batch57"

# ---------------------------------------------------------------- helpers: numbers


def rrn(yy, mm, dd, seq, after2000=True):
    """valid Belgian rijksregisternummer, formatted YY.MM.DD-SSS.CC"""
    base = "%02d%02d%02d%03d" % (yy, mm, dd, seq)
    n = int(("2" + base) if after2000 else base)
    cc = 97 - (n % 97)
    return "%02d.%02d.%02d-%03d.%02d" % (yy, mm, dd, seq, cc)


def be_iban(ten):
    """valid Belgian IBAN from a 10-digit account stem"""
    nat = int(ten) % 97
    nat = 97 if nat == 0 else nat
    bban = ten + "%02d" % nat
    chk = 98 - int(bban + "111400") % 97
    s = "BE%02d%s" % (chk, bban)
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def ascii_fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def slugname(s):
    return ascii_fold(s).lower().replace(" ", "").replace("'", "").replace("-", "")


# ---------------------------------------------------------------- roster

# key|first|last|class|parent1|parent2   (explicit pupils used in the mails)
EXPLICIT = """
lotte_peeters|Lotte|Peeters|INS25|sofie.vandenbroeck@telenet.be|kris.peeters@skynet.be
lars_peeters|Lars|Peeters|3B|peeters.gezin@gmail.com|
noor_janssens|Noor|Janssens|INS25|an.janssens@telenet.be|tom.janssens@proximus.be
wout_janssens|Wout|Janssens|3A|an.janssens@telenet.be|tom.janssens@proximus.be
mats_janssen|Mats|Janssen|2C|an.janssen@telenet.be|dirk.janssen@gmail.com
yasmine_benali|Yasmine|Benali|INS25|fatima.azzouzi@hotmail.com|karim.benali@gmail.com
yasmine_bakkali|Yasmine|Bakkali|4A|bakkali.mohamed@outlook.com|nadia.elhamdaoui@gmail.com
thomas_wouters|Thomas|Wouters|INS25|wouters.els@icloud.com|
thomas_wauters|Thomas|Wauters|2B|ilse.wauters@telenet.be|geert.wauters@telenet.be
emma_claes|Emma|Claes|INS25|ellen.mertens80@gmail.com|jan.claes@skynet.be
emma_claessens|Emma|Claessens|1C|claessens.familie@telenet.be|
milan_de_smet|Milan|De Smet|INS25|katrien.desmet@gmail.com|
milan_desmet|Milan|Desmet|5B|k.desmet@telenet.be|
sara_vermeulen|Sara|Vermeulen|INS25|vermeulen.bart@gmail.com|lien.hendrickx@telenet.be
sarah_vermeulen|Sarah|Vermeulen|6A|hilde.vermeulen@skynet.be|
adam_haddou|Adam|Haddou|INS25|haddou.rachid@gmail.com|samira.ouali@hotmail.com
adam_haddad|Adam|Haddad|3C|georges.haddad@outlook.com|rania.haddad@gmail.com
louise_martin|Louise|Martin|INS25|claire.dubois@gmail.com|olivier.martin@skynet.be
louis_martens|Louis|Martens|2A|martens.veerle@telenet.be|
finn_goossens|Finn|Goossens|INS25|goossens.joris@telenet.be|eva.lambrechts@gmail.com
fien_goossens|Fien|Goossens|4C|peter.goossens@proximus.be|goossens.marleen@telenet.be
ella_michiels|Ella|Michiels|INS25|nathalie.geerts@telenet.be|wim.michiels@gmail.com
jonas_michiels|Jonas|Michiels|3A|michiels-vandael@skynet.be|
liam_verstraeten|Liam|Verstraeten|INS25|verstraeten.sofie@gmail.com|
nora_aerts|Nora|Aerts|INS25|aerts.kathleen@telenet.be|bjorn.aerts@gmail.com
jayden_vos|Jayden|Vos|INS25|marleen.stevens@telenet.be|
febe_lenaerts|Febe|Lenaerts|INS25|griet.smolders@gmail.com|lenaerts.stijn@outlook.com
amina_tesfaye|Amina|Tesfaye|INS25|tesfaye.amanuel@gmail.com|
rune_vanderhoven|Rune|Vanderhoven|INS25|ingrid.bosmans@telenet.be|
lina_moens|Lina|Moens|INS25|moens.sarah@icloud.com|jurgen.vdb@hotmail.com
ward_smets|Ward|Smets|INS25|smets.an@telenet.be|bert.smets@telenet.be
jade_willems|Jade|Willems|INS25|caroline.willems@gmail.com|
ilias_amrani|Ilias|Amrani|INS25|amrani.hassan@hotmail.com|
hanne_cools|Hanne|Cools|INS25|cools.veerle@skynet.be|tim.cools@gmail.com
mila_jacobs|Mila|Jacobs|INS25|jacobs.kim@telenet.be|
seppe_wuyts|Seppe|Wuyts|INS25|wuyts.tine@proximus.be|wuyts.dries@gmail.com
zoe_vandyck|Zoë|Van Dyck|INS25|elke.vandyck@telenet.be|
arthur_geens|Arthur|Geens|INS25|geens.lies@gmail.com|
nina_mertens|Nina|Mertens|INS25|mertens.hilde@skynet.be|
vic_heylen|Vic|Heylen|INS25|heylen.marijke@telenet.be|sven.heylen@gmail.com
lucas_daems|Lucas|Daems|INS25|daems.gezin@telenet.be|
jules_vanroy|Jules|Van Roy|INS25|vanroy.annelies@gmail.com|pieter.vanroy@hotmail.com
elise_nijs|Elise|Nijs|INS25|nijs.katleen@telenet.be|
oscar_vandeput|Oscar|Vandeput|INS25|vandeput.evi@gmail.com|
lore_huybrechts|Lore|Huybrechts|INS25|huybrechts.nele@telenet.be|
dylan_verhoeven|Dylan|Verhoeven|INS25|verhoeven.kelly@hotmail.com|
sofia_ahmadi|Sofia|Ahmadi|INS25|ahmadi.zahra@gmail.com|
bilal_yilmaz|Bilal|Yilmaz|INS25|yilmaz.ayse@hotmail.com|
robbe_vanhoof|Robbe|Vanhoof|3D|vanhoof.linda@telenet.be|
tuur_vanhoof|Tuur|Vanhoof|INS25|vanhoof.linda@telenet.be|
chloe_dumont|Chloé|Dumont|INS25|denise.dumont@skynet.be|
stan_wijns|Stan|Wijns|INS25|wijns.charlotte@gmail.com|
shana_vangorp|Shana|Van Gorp|INS25|vangorp.nancy@telenet.be|
hugo_lefevre|Hugo|Lefèvre|INS25|sophie.lefevre@gmail.com|
oliver_bennett|Oliver|Bennett|INS25|sarah.bennett@outlook.com|james.bennett@gmail.com
lars_opdebeeck|Lars|Op de Beeck|INS25|opdebeeck.gert@telenet.be|
fleur_vandebroek|Fleur|Vandebroek|INS25|vandebroek.joke@telenet.be|
ayoub_elkhattabi|Ayoub|El Khattabi|INS25|elkhattabi.youssef@gmail.com|
juliette_renard|Juliette|Renard|INS25|renard.valerie@skynet.be|
mathis_gielen|Mathis|Gielen|INS25|gielen.sandra@proximus.be|
anouk_vandeneynde|Anouk|Van den Eynde|INS25|vandeneynde.ine@telenet.be|
youssef_idrissi|Youssef|Idrissi|INS25|idrissi.latifa@hotmail.com|
emma_hermans|Emma|Hermans|INS25|hermans.katrien@telenet.be|
noah_celis|Noah|Celis|INS25|celis.bram@gmail.com|
yasmine_chakir|Yasmine|Chakir|INS25|chakir.hind@gmail.com|
theo_mercier|Théo|Mercier|INS25|anne.mercier71@gmail.com|
ethan_walsh|Ethan|Walsh|INS25|ciara.walsh@gmail.com|
omar_alhassan|Omar|Al-Hassan|INS25|alhassan.rana@gmail.com|
lien_verhaegen|Lien|Verhaegen|INS25|verhaegen.jeroen@telenet.be|sanne.wils@gmail.com
jana_goris|Jana|Goris|INS25|goris.bieke@telenet.be|
kato_goris|Kato|Goris|INS25|goris.bieke@telenet.be|
warre_deckers|Warre|Deckers|INS25|deckers.an@telenet.be|
lena_schepers|Lena|Schepers|INS25|schepers.tom@gmail.com|
kobe_raeymaekers|Kobe|Raeymaekers|INS25|raeymaekers.k@skynet.be|
ines_boukhari|Ines|Boukhari|INS25|boukhari.samia@hotmail.com|
mauro_rossi|Mauro|Rossi|INS25|giulia.rossi@gmail.com|
nore_bollen|Nore|Bollen|INS25|bollen.ann@telenet.be|
matteo_vanhees|Matteo|Vanhees|INS25|vanhees.lieve@proximus.be|
elias_vanlaer|Elias|Van Laer|INS25|vanlaer.kris@telenet.be|
lisa_vandevelde|Lisa|Vandevelde|INS25|vandevelde.stefaan@telenet.be|
mohamed_chaouki|Mohamed|Chaouki|INS25|chaouki.said@gmail.com|
amber_thijs|Amber|Thijs|INS25|thijs.kristel@skynet.be|
senne_luyten|Senne|Luyten|INS25|luyten.wendy@telenet.be|
aya_benhaddou|Aya|Benhaddou|INS25|benhaddou.malika@hotmail.com|
mona_aerts|Mona|Aerts|5C|aerts.kathleen@telenet.be|bjorn.aerts@gmail.com
"""

FIRST = ("Lotte Emma Noor Lina Mila Elise Hanne Febe Marie Julie Lore Nore Fien Kato Ella Lena Sara Ines Amber Jana "
         "Louise Anna Sofie Lisa Margot Janne Axelle Fleur Nina Yasmine Aya Salma Imane Maryam Hiba Zeynep Elif "
         "Lucas Noah Liam Arthur Louis Jules Victor Finn Mats Lars Seppe Wout Warre Robbe Kobe Tuur Stan Vic Ward "
         "Milan Thomas Daan Jasper Senne Rune Adam Mohamed Ilias Ayoub Youssef Bilal Emir Yusuf Omar Hamza Mauro "
         "Matteo Théo Hugo Ethan Oliver Maxime Camille Chloé Mathis Mohammed Nathan Jelle Bram Sem").split()
LAST = ("Peeters Janssens Maes Jacobs Mertens Willems Claes Goossens Wouters De Smet Dubois Lambert Hermans "
        "Michiels Aerts Vermeulen Smets Van den Broeck Verhoeven Cools Pauwels Wuyts Martens Lenaerts Vos Geens "
        "Coppens Nijs Vandeput Heylen Daems Bollen Gielen Schepers Deckers Raeymaekers Van Gorp Stevens Hendrickx "
        "Celis Vanhees Smolders Moens Bosmans Verbeeck Vandevelde Thijs Luyten Cuppens Rutten Swinnen Vangeel "
        "El Amrani Benali Ouali Azzouzi Bakkali Chakir Idrissi El Khattabi Boukhari Yilmaz Demir Kaya Öztürk "
        "Haddad Tesfaye Kowalski Nowak Popescu Rossi Lefèvre Renard Mercier Dumont Sahin Aydin").split(" ")
# LAST contains multi-word names; rebuild properly
LAST = [x.strip() for x in (
    "Peeters|Janssens|Maes|Jacobs|Mertens|Willems|Claes|Goossens|Wouters|De Smet|Dubois|Lambert|Hermans|"
    "Michiels|Aerts|Vermeulen|Smets|Van den Broeck|Verhoeven|Cools|Pauwels|Wuyts|Martens|Lenaerts|Vos|Geens|"
    "Coppens|Nijs|Vandeput|Heylen|Daems|Bollen|Gielen|Schepers|Deckers|Raeymaekers|Van Gorp|Stevens|Hendrickx|"
    "Celis|Vanhees|Smolders|Moens|Bosmans|Verbeeck|Vandevelde|Thijs|Luyten|Cuppens|Rutten|Swinnen|Vangeel|"
    "El Amrani|Benali|Ouali|Azzouzi|Bakkali|Chakir|Idrissi|El Khattabi|Boukhari|Yilmaz|Demir|Kaya|Öztürk|"
    "Haddad|Tesfaye|Kowalski|Nowak|Popescu|Rossi|Lefèvre|Renard|Mercier|Dumont|Sahin|Aydin").split("|")]
PARENT_FIRST = ("An Els Katrien Sofie Veerle Inge Tine Lies Kathleen Nathalie Evi Ilse Griet Karen Sarah Fatima "
                "Samira Latifa Nadia Hind Ayse Elif Anna Marta Tom Kris Bart Dirk Geert Joris Wim Pieter Stijn Koen "
                "Jan Bert Tim Dries Sven Kristof Karim Rachid Mohamed Hassan Youssef Mehmet Ali Piotr").split()
PROVIDERS = ["telenet.be", "telenet.be", "skynet.be", "proximus.be", "gmail.com", "gmail.com", "hotmail.com",
             "outlook.com", "icloud.com"]
CLASSES = ["%d%s" % (y, c) for y in range(1, 7) for c in "ABCD"]


class Pupil:
    def __init__(self, pid, first, last, klas, p1, p2):
        self.id, self.first, self.last, self.klas, self.p1, self.p2 = pid, first, last, klas, p1, p2
        self.email = "%s.%s@leerling.sintpieterscollege.be" % (slugname(first), slugname(last))

    @property
    def name(self):
        return "%s %s" % (self.first, self.last)

    @property
    def parents(self):
        return [p for p in (self.p1, self.p2) if p]


def build_roster():
    pupils, bykey = [], {}
    n = 0
    for line in EXPLICIT.strip().splitlines():
        key, first, last, klas, p1, p2 = line.split("|")
        n += 1
        p = Pupil("P%04d" % n, first, last, klas, p1, p2)
        pupils.append(p)
        bykey[key] = p
    names = {(p.first, p.last) for p in pupils}
    used_addr = {a for p in pupils for a in p.parents}
    used_email = {p.email for p in pupils}
    families = []
    while len(pupils) < 300:
        n += 1
        klas = CLASSES[(n * 7) % len(CLASSES)]
        if families and RNG.random() < 0.16:
            fam = RNG.choice(families)
            last, p1, p2 = fam
        else:
            last = RNG.choice(LAST)
            style = RNG.randrange(6)
            pf1, pf2 = RNG.choice(PARENT_FIRST), RNG.choice(PARENT_FIRST)
            other = RNG.choice(LAST)
            prov1, prov2 = RNG.choice(PROVIDERS), RNG.choice(PROVIDERS)
            if style == 0:
                p1 = "%s.%s@%s" % (slugname(pf1), slugname(last), prov1)
            elif style == 1:  # mother with her own surname
                p1 = "%s.%s@%s" % (slugname(pf1), slugname(other), prov1)
            elif style == 2:
                p1 = "%s%s@%s" % (slugname(other), RNG.randrange(70, 99), prov1)
            elif style == 3:
                p1 = "%s.%s@%s" % (slugname(last), slugname(pf1), prov1)
            elif style == 4:
                p1 = "fam.%s@%s" % (slugname(last), prov1)
            else:
                p1 = "%s%s%d@%s" % (slugname(pf1)[0], slugname(other), RNG.randrange(1, 9), prov1)
            p2 = ""
            if RNG.random() < 0.6:
                p2 = "%s.%s@%s" % (slugname(pf2), slugname(last if RNG.random() < 0.7 else other), prov2)
            if p1 in used_addr or (p2 and p2 in used_addr):
                n -= 1
                continue
            families.append((last, p1, p2))
        first = RNG.choice(FIRST)
        if (first, last) in names:
            n -= 1
            continue
        p = Pupil("P%04d" % n, first, last, klas, p1, p2)
        if p.email in used_email:
            n -= 1
            continue
        names.add((first, last))
        used_addr.update(p.parents)
        used_email.add(p.email)
        pupils.append(p)
    return pupils, bykey


PUPILS, K = build_roster()


def write_roster():
    rows = ["Intern nummer;Voornaam;Naam;Klas;E-mailadres leerling;E-mailadres ouder 1;E-mailadres ouder 2"]
    for p in sorted(PUPILS, key=lambda p: (p.klas, ascii_fold(p.last), ascii_fold(p.first))):
        rows.append(";".join([p.id, p.first, p.last, p.klas, p.email, p.p1, p.p2]))
    with open(os.path.join(HERE, "roster.csv"), "wb") as f:
        f.write(b"\xef\xbb\xbf" + ("\r\n".join(rows) + "\r\n").encode("utf-8"))


# ---------------------------------------------------------------- people

S = {
    "els": ("Els Vanhove", "els.vanhove@sintpieterscollege.be", "Leerlingensecretariaat"),
    "nadia": ("Nadia Bouzid", "nadia.bouzid@sintpieterscollege.be", "Leerlingensecretariaat – inschrijvingen"),
    "pieter": ("Pieter Claes", "pieter.claes@sintpieterscollege.be", "ICT-coördinator"),
    "pcl": ("Pieter Claes", "pcl@spc.ksleuven.be", "ICT-coördinator"),
    "katrien": ("Katrien Wouters", "katrien.wouters@sintpieterscollege.be", "Directeur"),
    "directie": ("Directie Sint-Pieterscollege", "directie@spc.ksleuven.be", "Directie"),
    "ldw": ("Liesbeth De Wit", "ldw@spc.ksleuven.be", "Zorgcoördinator"),
    "liesbeth": ("Liesbeth De Wit", "liesbeth.dewit@sintpieterscollege.be", "Zorgcoördinator"),
    "bart": ("Bart Janssens", "bart.janssens@sintpieterscollege.be", "Adjunct-directeur eerste graad"),
    "sofie": ("Sofie Maes", "sofie.maes@sintpieterscollege.be", "Leerlingenbegeleiding eerste graad"),
    "ann": ("Ann Gijbels", "ann.gijbels@sintpieterscollege.be", "Boekhouding"),
    "jeroen": ("Jeroen Verhaegen", "jeroen.verhaegen@sintpieterscollege.be", "Leraar wiskunde – klastitularis 1B"),
    "secr": ("Leerlingensecretariaat", "leerlingensecretariaat@spc.ksleuven.be", "Leerlingensecretariaat"),
    "ins": ("Inschrijvingen Sint-Pieterscollege", "inschrijvingen@spc.ksleuven.be", "Inschrijvingen"),
    "info": ("Sint-Pieterscollege", "info@spc.ksleuven.be", "Onthaal"),
    "mark": ("Mark Thys", "mark.thys@sintpieterscollege.be", "Opvoeder – onthaal"),
    "greet": ("Greet Luyten", "glu@spc.ksleuven.be", "Leerlingenbegeleiding tweede en derde graad"),
    "kevin": ("Kevin Swinnen", "kevin.swinnen@sintpieterscollege.be", "Technisch adviseur"),
    "rachel": ("Rachel O'Connor", "rachel.oconnor@sintpieterscollege.be", "Teacher of English"),
    "dpo": ("Privacy LKSD", "privacy@lksd.ksleuven.be", "Aanspreekpunt informatieveiligheid"),
}
PERSONEEL = "personeel@spc.ksleuven.be"
SCHOOL_PHONE = "013 33 41 20"
SIGNOFF = "Sint-Pieterscollege Diest – Stroom\nLeuvensesteenweg 112, 3290 Diest"


def sig(k, phone=None, greet="Met vriendelijke groeten,"):
    name, addr, role = S[k]
    s = "%s\n\n%s\n%s\n%s" % (greet, name, role, SIGNOFF)
    if phone:
        s += "\nT %s" % phone
    return s


def who(k):
    return (S[k][0], S[k][1])


def par(key, i=1):
    p = K[key]
    return p.p1 if i == 1 else p.p2


def parents_of(*keys):
    out = []
    for k in keys:
        out += K[k].parents
    return out


def ALL_NEW_PARENTS():
    out = []
    for p in PUPILS:
        if p.klas == "INS25":
            for a in p.parents:
                if a not in out:
                    out.append(a)
    return out


# ---------------------------------------------------------------- attachments


FIXED_ZIP_DATE = (2025, 3, 3, 8, 0, 0)


def _zip(files):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, FIXED_ZIP_DATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return bio.getvalue()


def _esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def make_xlsx(rows, macro=False):
    def col(i):
        return chr(65 + i)
    sheet = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
             '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>']
    for r, row in enumerate(rows, 1):
        cells = "".join('<c r="%s%d" t="inlineStr"><is><t>%s</t></is></c>' % (col(c), r, _esc(str(v)))
                        for c, v in enumerate(row))
        sheet.append('<row r="%d">%s</row>' % (r, cells))
    sheet.append("</sheetData></worksheet>")
    main_ct = ("application/vnd.ms-excel.sheet.macroEnabled.main+xml" if macro
               else "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml")
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          + ('<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>' if macro else "") +
          '<Override PartName="/xl/workbook.xml" ContentType="%s"/>'
          '<Override PartName="/xl/worksheets/sheet1.xml" '
          'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>') % main_ct
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'officeDocument" Target="xl/workbook.xml"/></Relationships>')
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
          '<sheets><sheet name="Blad1" sheetId="1" r:id="rId1"/></sheets></workbook>')
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
              'worksheet" Target="worksheets/sheet1.xml"/>'
              + ('<Relationship Id="rId2" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" '
                 'Target="vbaProject.bin"/>' if macro else "") + '</Relationships>')
    files = [("[Content_Types].xml", ct), ("_rels/.rels", rels), ("xl/workbook.xml", wb),
             ("xl/_rels/workbook.xml.rels", wbrels), ("xl/worksheets/sheet1.xml", "".join(sheet))]
    if macro:
        files.append(("xl/vbaProject.bin", FAKE_VBA))
    return _zip(files)


FAKE_VBA = (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 24 +
            b"Attribute VB_Name = \"Module1\"\r\nSub Auto_Open()\r\n  Shell \"cmd /c copy \\\\srv-secr\\inschr\\*.* C:\\temp\"\r\nEnd Sub\r\n")


def make_docx(paragraphs, macro=False):
    body = "".join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % _esc(p) for p in paragraphs)
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>%s'
           '</w:body></w:document>') % body
    main_ct = ("application/vnd.ms-word.document.macroEnabled.main+xml" if macro
               else "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml")
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          + ('<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>' if macro else "") +
          '<Override PartName="/word/document.xml" ContentType="%s"/></Types>') % main_ct
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'officeDocument" Target="word/document.xml"/></Relationships>')
    files = [("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)]
    if macro:
        files.append(("word/_rels/document.xml.rels",
                      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                      '<Relationship Id="rId9" Type="http://schemas.microsoft.com/office/2006/relationships/'
                      'vbaProject" Target="vbaProject.bin"/></Relationships>'))
        files.append(("word/vbaProject.bin", FAKE_VBA))
    return _zip(files)


def make_pdf(lines):
    def pesc(s):
        s = ascii_fold(s).encode("latin-1", "replace").decode("latin-1")
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    content = "BT /F1 11 Tf 50 800 Td 15 TL\n" + "".join("(%s) '\n" % pesc(l) for l in lines) + "ET\n"
    objs = ["<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
            "/Resources << /Font << /F1 5 0 R >> >> >>",
            "<< /Length %d >>\nstream\n%sendstream" % (len(content.encode("latin-1")), content),
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out = b"%PDF-1.4\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += ("%d 0 obj\n%s\nendobj\n" % (i, o)).encode("latin-1")
    xref = len(out)
    out += ("xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)).encode()
    for o in offs:
        out += ("%010d 00000 n \n" % o).encode()
    out += ("trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)).encode()
    return out


FAKE_EXE = (b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00\xb8" + b"\x00" * 43 + b"\x80\x00\x00\x00"
            + b"\x0e\x1f\xba\x0e\x00\xb4\t\xcd!\xb8\x01L\xcd!This program cannot be run in DOS mode.\r\r\n$"
            + b"\x00" * 7 + b"PE\x00\x00L\x01\x03\x00" + bytes(range(256)) * 2)


def csv_bytes(rows, sep=";", bom=True, enc="utf-8"):
    txt = "\r\n".join(sep.join(str(c) for c in r) for r in rows) + "\r\n"
    b = txt.encode(enc)
    return (b"\xef\xbb\xbf" + b) if (bom and enc == "utf-8") else b


CT = {
    "pdf": "application/pdf", "csv": "text/csv", "txt": "text/plain",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsm": "application/vnd.ms-excel.sheet.macroEnabled.12",
    "docm": "application/vnd.ms-word.document.macroEnabled.12",
    "zip": "application/zip", "exe": "application/x-msdownload", "bat": "application/x-bat",
    "ps1": "application/octet-stream", "jpg": "image/jpeg", "vbs": "text/vbscript", "js": "application/javascript",
}


def att(name, data):
    ext = name.rsplit(".", 1)[-1].lower()
    if isinstance(data, str):
        data = data.encode("utf-8")
    return (name, CT.get(ext, "application/octet-stream"), data)


# ---------------------------------------------------------------- MIME builder

def hval(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


def fmt_addr(a):
    if isinstance(a, tuple):
        return formataddr(a, charset="utf-8")
    return a


def addr_of(a):
    return a[1] if isinstance(a, tuple) else a


_BD = [0]


def boundary(n):
    _BD[0] += 1
    return "----=_NextPart_%03d_%04X_%08X" % (n, _BD[0], RNG.randrange(16 ** 8))


def wrap76(b):
    s = base64.b64encode(b).decode("ascii")
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76)).encode("ascii") + b"\n"


def text_part(text, subtype="plain", enc="8bit", charset="utf-8"):
    raw = text.encode(charset)
    if enc == "qp":
        payload, cte = quopri.encodestring(raw), "quoted-printable"
    elif enc == "b64":
        payload, cte = wrap76(raw), "base64"
    else:
        payload, cte = raw, ("7bit" if all(c < 128 for c in raw) else "8bit")
    hdrs = ['Content-Type: text/%s; charset="%s"' % (subtype, charset), "Content-Transfer-Encoding: %s" % cte]
    return hdrs, payload


def join_part(hdrs, payload):
    return ("\n".join(hdrs)).encode("ascii") + b"\n\n" + payload


def multipart(n, subtype, parts):
    bd = boundary(n)
    body = b"This is a multi-part message in MIME format.\n\n"
    for h, p in parts:
        body += b"--" + bd.encode() + b"\n" + join_part(h, p)
        if not body.endswith(b"\n"):
            body += b"\n"
    body += b"--" + bd.encode() + b"--\n"
    return ['Content-Type: multipart/%s;\n\tboundary="%s"' % (subtype, bd)], body


def att_part(name, ctype, data):
    fn = hval(name)
    return (['Content-Type: %s; name="%s"' % (ctype, fn), "Content-Transfer-Encoding: base64",
             'Content-Disposition: attachment; filename="%s"' % fn], wrap76(data))


def text_to_html(text):
    out = []
    for para in text.split("\n"):
        if para.startswith(">"):
            out.append('<p class=MsoNormal style="color:#1F3864">%s</p>' % _esc(para))
        elif para.strip():
            out.append("<p class=MsoNormal>%s</p>" % _esc(para))
        else:
            out.append("<p class=MsoNormal>&nbsp;</p>")
    return "\n".join(out)


def html_doc(inner):
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word">\n<head>\n'
            '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
            'p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;}\n'
            'table.t {border-collapse:collapse;} td, th {border:solid #A6A6A6 1.0pt; padding:2pt 5pt; '
            'font-size:10.0pt; font-family:"Calibri",sans-serif;}\n--></style>\n</head>\n'
            '<body lang=NL-BE link="#0563C1" vlink="#954F72">\n<div class=WordSection1>\n%s\n</div>\n'
            '</body>\n</html>\n' % inner)


def html_table(header, rows):
    h = "<tr>" + "".join("<th>%s</th>" % _esc(c) for c in header) + "</tr>"
    r = "".join("<tr>" + "".join("<td>%s</td>" % _esc(str(c)) for c in row) + "</tr>\n" for row in rows)
    return '<table class=t border=1 cellspacing=0 cellpadding=0>\n%s\n%s</table>' % (h, r)


def text_table(header, rows):
    allr = [header] + [[str(c) for c in r] for r in rows]
    w = [max(len(r[i]) for r in allr) for i in range(len(header))]
    return "\n".join(" | ".join(c.ljust(w[i]) for i, c in enumerate(r)).rstrip() for r in allr)


# ---------------------------------------------------------------- mail registry

MAILS = []
START = datetime.datetime(2025, 3, 3, 7, 40)
DATES = {k: v for k, v in (x.split() for x in """
platform-login-inschrijvingsdagen 03-06|wifi-inschrijvingstafels 03-19|deurcode-zijingang-zaterdag 03-18|
herstelcodes-tweestapsverificatie 03-05|sms-code-doorgeven 03-10|startwachtwoorden-csv 04-08|
startwachtwoord-ouder-chakir 04-10|co-account-ouder-celis 04-11|kopieercode-secretariaat 03-17|
kluis-boekhouding-cashgeld 03-20|telefoonnotitie-wachtwoord-gespeld 03-14|wachtwoord-over-regels 03-20|
html-tabel-accounts-jobstudenten 03-18|mot-de-passe-provisoire-fr 04-14|temporary-password-en 04-15|
thuis-gmail-inloggen-voor-mij 03-25|startwachtwoorden-xlsx-reeks2 05-06|txt-admin-inschrijvingslaptop 03-12|
base64-scanner-wachtwoord 03-13|bios-wachtwoord-cp1252 03-19|re-wachtwoord-gedeelde-mailbox 03-12|
alarmcode-zaterdag 03-20|onderwerp-nieuw-ww-platform 03-24|herstelcode-ouderaccount-platform 03-26|
fw-ticket-tijdelijk-wachtwoord 03-13|wifi-qr-tekst-onthaal 03-19|smartschool-beheer-overdracht 04-09|
wachtwoord-beveiligde-pdf-clb 04-23|zip-wachtwoord-documenten 04-04|voicemail-pincode-hotline 03-25|
lockercode-ouder-deckers 05-12|shared-drive-password-en 05-20|startgegevens-en-geboortedatum-alhassan 04-16|
fw-ww-met-gsmnummer 03-17|draaiboek-inschrijvingsdagen-word 03-05|
inschrijvingsnummer-bevestiging 04-07|wachtlijst-plaats-12 04-07|fw-ticket-aangemaakt-helpdesk 03-24|
afspraakreferentie-inschrijving 03-21|adreswijziging-postcode 03-31|wachtwoord-vergeten-uitleg 03-18|
fw-wachtwoord-verloopt 04-02|teams-overleg-lop-wachtwoordcode 03-03|klascodes-smartschool 05-15|
lokalen-onthaaldag 05-13|bestelnummer-laptops 03-04|wachtwoord-niet-per-mail 03-20|dossiernummer-lop 03-27|
pincode-niet-nodig-eid 03-21|betaalreferentie-bestelling-pakketten 04-29|
verslag-type9-ass-vic 03-27|html-inschrijvingen-van-de-dag 03-24|verslag-cel-leerlingenbegeleiding-word 04-03|
re-grootmoeder-gevangenis-chloe 04-04|fw-clb-verslag-naar-eigen-gmail 04-04|gebroken-been-gelijkvloers-arthur 03-27|
clb-opvolging-mdo-elise 04-22|html-wachtlijst-indicator 04-07|echtscheiding-vader-schoolkeuze 03-26|
echtscheiding-moeder-vonnis 03-28|pleeggezin-inschrijving-jayden 03-25|contactverbod-vader-lina 03-24|
mis-verkeerde-thread-afbetaling-liam 04-08|mis-wouters-wauters-pesten 04-24|mis-de-smet-desmet-afspraak 03-21|
afspraak-verplaatst-sara 03-24|oudercontact-verplaatst-mats 03-31|stage-uren-milan-desmet 05-05|
voorrang-broer-zus-janssens 03-04|voorrang-kind-personeel-lien 03-05|mis-michiels-broer-zus-voorrang 03-14|
tweeling-klasverdeling-goris 05-19|mis-haddou-haddad-wachtlijst 04-15|turnzak-lars-peeters 03-13|
algemeen-welkom-nieuwe-ouders 04-11|algemeen-documenten-meebrengen 03-03|algemeen-inschrijvingsbijdrage-schooltoelage 03-28|
algemeen-clb-informatiebrief 04-18|algemeen-medicatiebeleid 05-09|algemeen-pestbeleid 05-16|
algemeen-wachtlijst-procedure 04-07|algemeen-voorrang-broers-zussen-personeel 03-03|algemeen-onthaaldag 05-22|
algemeen-herinnering-betaling 04-25|personeel-planning-inschrijvingsdagen 03-11|personeel-privacy-herinnering 03-12|
personeel-parking-lokalen 03-19|personeel-procedure-verslag-redelijke-aanpassingen 03-07|algemeen-busroutes 05-23|
algemeen-infoavond-studierichtingen 04-08|lettre-generale-fr 04-17|general-letter-en 04-17|
personeel-platform-storing 03-24|algemeen-redelijke-aanpassingen-info 04-30|
bcc-wachtlijstouders-zichtbaar 04-08|bcc-groepsadres-ouders-in-aan 06-02|bcc-personeel-in-aan 03-17|
bcc-externen-cc-capaciteit 03-06|doorsturen-naar-eigen-gmail-planning 03-11|hotmail-leraar-aan-ouder-afspraak 05-27|
prive-telenet-adjunct-aan-directeur 03-24|prive-mail-prive-zaken 03-19|xlsm-inschrijvingsmacro 03-28|
zip-met-exe-scannerdriver 03-12|bat-kopieer-inschrijvingen 03-21|docm-inschrijvingsformulier 04-01|
handtekening-met-schooltelefoon 03-25|terugbetaling-iban-emma 05-13|attest-inschrijving-rijksregisternummer 04-24|
broodjes-bestelling-zaterdag 03-18|dpo-vraag-bewaartermijn 03-07|pdf-grondplan-inschrijvingsdag 03-19|
docx-inschrijvingsformulier-lop 03-04
""".replace("\n", "").split("|") if x.strip())}


def mail(slug, *, frm, to, subject, body, rules=(), cats=(), about=(), mis=False, note, lang="nl",
         fmt=(), cc=(), bcc=(), html=None, mode="plain", enc="8bit", charset="utf-8", atts=(),
         reply=False, fwd=False, env_from=None, mailer="Microsoft Outlook 16.0", msgid_domain=None):
    MAILS.append(dict(slug=slug, frm=frm, to=list(to), cc=list(cc), bcc=list(bcc), subject=subject, body=body,
                      rules=list(rules), cats=list(cats), about=list(about), mis=mis, note=note, lang=lang,
                      fmt=list(fmt), html=html, mode=mode, enc=enc, charset=charset, atts=list(atts),
                      reply=reply, fwd=fwd, env_from=env_from, mailer=mailer, msgid_domain=msgid_domain))


def tz_for(dt):
    return datetime.timezone(datetime.timedelta(hours=2 if dt >= datetime.datetime(2025, 3, 30, 3) else 1))


def render(n, m):
    # date: spread over ~10 weeks, working hours mostly
    day = START + datetime.timedelta(days=int(n * 0.49))
    if m["slug"] in DATES:
        mm, dd = DATES[m["slug"]].split("-")
        day = datetime.datetime(2025, int(mm), int(dd), 7, 40)
    while day.weekday() == 6:
        day += datetime.timedelta(days=1)
    dt = day.replace(hour=RNG.choice([7, 8, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 19, 20, 21]),
                     minute=RNG.randrange(60), second=RNG.randrange(60))
    dt = dt.replace(tzinfo=tz_for(dt))
    frm = m["frm"]
    fa = addr_of(frm)
    dom = m["msgid_domain"] or fa.split("@")[1]
    if dom in ("sintpieterscollege.be", "spc.ksleuven.be", "lksd.ksleuven.be"):
        mid = "<%s.%03d.%08x@%s>" % ("AM9PR02MB" + "%04d" % (1000 + n), n, RNG.randrange(16 ** 8), dom)
    else:
        mid = "<CA+%s%03d@mail.%s>" % ("".join(RNG.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz0123456789")
                                              for _ in range(22)), n, dom)
    hdrs = ["From: %s" % fmt_addr(frm),
            "To: %s" % ",\n\t".join(fmt_addr(a) for a in m["to"])]
    if m["cc"]:
        hdrs.append("Cc: %s" % ",\n\t".join(fmt_addr(a) for a in m["cc"]))
    hdrs += ["Subject: %s" % hval(m["subject"]),
             "Date: %s" % format_datetime(dt),
             "Message-ID: %s" % mid]
    if m["reply"]:
        ref = "<%s.%03d.r@%s>" % ("DB7PR01MB" + "%04d" % (3000 + n), n, "mail.gmail.com" if True else dom)
        hdrs += ["In-Reply-To: %s" % ref, "References: %s" % ref]
    hdrs += ["MIME-Version: 1.0", "Content-Language: %s" % {"nl": "nl-BE", "fr": "fr-BE", "en": "en-GB"}[m["lang"]],
             "X-Mailer: %s" % m["mailer"]]
    # body
    body = m["body"]
    if m["mode"] == "plain":
        top = text_part(body, "plain", m["enc"], m["charset"])
    elif m["mode"] == "html":
        top = text_part(html_doc(m["html"] or text_to_html(body)), "html", m["enc"] if m["enc"] != "8bit" else "qp",
                        m["charset"])
    else:  # alt
        tp = text_part(body, "plain", m["enc"], m["charset"])
        hp = text_part(html_doc(m["html"] or text_to_html(body)), "html", "qp", m["charset"])
        top = multipart(n, "alternative", [tp, hp])
    if m["atts"]:
        parts = [top] + [att_part(*a) for a in m["atts"]]
        top = multipart(n, "mixed", parts)
    raw = ("\n".join(hdrs)).encode("utf-8") + b"\n" + join_part(*top)
    # format tags
    f = []
    f.append({"plain": "plain", "alt": "alt", "html": "html-only"}[m["mode"]])
    if m["enc"] == "qp":
        f.append("plain-qp" if m["mode"] == "plain" else "qp")
    if m["enc"] == "b64":
        f.append("plain-base64" if m["mode"] == "plain" else "base64")
    if m["charset"] != "utf-8":
        f.append("plain-cp1252" if m["mode"] == "plain" else "cp1252")
    if m["reply"]:
        f.append("reply")
    if m["fwd"]:
        f.append("forward")
    if m["atts"]:
        f.append("mixed")
        for a in m["atts"]:
            t = "attachment-" + a[0].rsplit(".", 1)[-1].lower()
            if t not in f:
                f.append(t)
    if m["bcc"]:
        f.append("bcc-envelope")
    for x in m["fmt"]:
        if x not in f:
            f.append(x)
    return raw, f


# ================================================================ THE MAILS
# ---------------------------------------------------------------- A. credentials (password)

mail("platform-login-inschrijvingsdagen", frm=who("nadia"), to=[who("els")],
     subject="Login aanmeldplatform voor maandag",
     body="""Hoi Els,

Voor maandag (eerste inschrijvingsdag broers/zussen) zit jij aan tafel 2. Ik heb voor jou een eigen
secretariaatsaccount laten aanmaken op het centrale aanmeldplatform van het LOP:

Gebruikersnaam: spc-diest.secr02
Wachtwoord: Inschr!ving2025

Je moet het bij de eerste keer aanmelden niet wijzigen, dat heb ik al gedaan.
Laptop staat klaar in B014.

Nadia
""" + "\n" + sig("nadia", greet="--"),
     rules=["password"], note="secretariat platform username and password in clear text, internal")

mail("wifi-inschrijvingstafels", frm=who("pcl"), to=[who("mark")],
     subject="wifi voor de inschrijvingstafels in de refter",
     body="""Mark,

Het gastnetwerk haalt het niet in de refter, daarom zet ik zaterdag een aparte accesspoint.
Laat de ouders er NIET op, alleen de 4 laptops van het secretariaat.

SSID: SPC-Inschrijving
WPA2-sleutel: Dijle-wifi-8831-refter

Groetjes,
Pieter
""",
     rules=["password"], note="Wi-Fi key for the registration laptops", fmt=["short"])

mail("deurcode-zijingang-zaterdag", frm=who("bart"), to=[who("mark")], cc=[who("els")],
     subject="Zaterdag 22/3 - openen school",
     body="""Dag Mark, dag Els,

Ik ben er zaterdag pas om 9u15. Willen jullie openen?
- zijingang Kapucijnenvest: code 2580# en dan de klink naar boven
- sleutelkluisje naast de refterdeur: 1947 (daarin de sleutel van het secretariaat en van B014)

Na afloop sleutel terug in het kluisje en code even draaien.

""" + sig("bart", greet="Bedankt!"),
     rules=["password"], note="door code and key-safe code; colleagues only in To/CC")

mail("herstelcodes-tweestapsverificatie", frm=who("pieter"), to=[who("katrien")],
     subject="FW: Herstelcodes tweestapsverificatie aanmeldplatform",
     body="""Katrien,

Zoals gevraagd: jouw back-upcodes voor het directie-account op het aanmeldplatform. Best afdrukken en in de
kluis leggen, daarna deze mail verwijderen.

Pieter

-----Oorspronkelijk bericht-----
Van: noreply@aanmelden-hageland.be
Verzonden: dinsdag 4 maart 2025 16:02
Aan: pieter.claes@sintpieterscollege.be
Onderwerp: Herstelcodes tweestapsverificatie

Bewaar deze herstelcodes op een veilige plaats. Elke code kan één keer gebruikt worden.

  4821-0937    7710-2264
  3398-5120    6045-8871
  1209-4476    9932-0158
  5567-3301    2874-6619

Aanmeldplatform Hageland – Lokaal Overlegplatform Diest
""",
     rules=["password"], fwd=True, note="2FA recovery codes of the platform, forwarded")

mail("sms-code-doorgeven", frm=who("els"), to=[who("nadia")],
     subject="code",
     body="""Nadia, de sms-code voor het platform kwam op mijn gsm binnen: 384021
Hij is maar 10 minuten geldig, snel zijn!
Els
""",
     rules=["password"], note="one-time login code passed to a colleague", fmt=["short"])


def startpw_rows():
    ks = ["yasmine_chakir", "noah_celis", "mathis_gielen", "fleur_vandebroek", "ayoub_elkhattabi", "emma_hermans",
          "juliette_renard", "lars_opdebeeck"]
    pws = ["Kx7!mRt2", "Bl4uwe-Vis", "Tr0mpet#9", "Zon_2025sp", "Qw8$lpVa", "Maan!Dijle3", "Rood7#Kast", "Fiets-92Ab"]
    rows = [["Intern nummer", "Voornaam", "Naam", "Klas", "Gebruikersnaam", "Startwachtwoord"]]
    for k, pw in zip(ks, pws):
        p = K[k]
        rows.append([p.id, p.first, p.last, "1A", p.email.split("@")[0], pw])
    return ks, rows


_ks, _rows = startpw_rows()
mail("startwachtwoorden-csv", frm=who("pieter"), to=[who("nadia")],
     subject="Smartschool-accounts nieuwe leerlingen reeks 1",
     body="""Dag Nadia,

In bijlage de accounts van de eerste reeks ingeschreven leerlingen (8 stuks) met hun startwachtwoord.
Kan jij die op de welkomstbrief zetten die de ouders op de kennismakingsdag meekrijgen?

""" + sig("pieter"),
     atts=[att("startwachtwoorden_reeks1.csv", csv_bytes(_rows))],
     rules=["password"], about=[K[k].id for k in _ks], note="CSV attachment with start passwords of 8 new pupils")

p = K["yasmine_chakir"]
mail("startwachtwoord-ouder-chakir", frm=who("nadia"), to=[p.p1],
     subject="Smartschool-account Yasmine",
     body="""Beste mevrouw Chakir,

Yasmine is ingeschreven in ons eerste jaar. Hieronder vindt u haar gegevens om in te loggen op Smartschool:

gebruikersnaam: %s
startwachtwoord: Kx7!mRt2

Bij de eerste aanmelding wordt gevraagd een eigen wachtwoord te kiezen.

%s""" % (p.email.split("@")[0], sig("nadia")),
     rules=["password"], about=[p.id], note="start password sent to the correct parent")

p = K["noah_celis"]
mail("co-account-ouder-celis", frm=who("secr"), to=[p.p1],
     subject="Co-account Smartschool voor ouders van Noah",
     body="""Beste heer Celis,

Als ouder krijgt u een eigen co-account op Smartschool. Ga naar sintpieterscollege.smartschool.be en meld aan met
de gebruikersnaam van Noah en deze eenmalige activatiecode:

Co-account 1: 7QKD-48ZP-M2TX
Co-account 2: 3WBN-91HR-K6LE

Met de code kiest u zelf een wachtwoord.

Vriendelijke groeten,
Leerlingensecretariaat
""" + SIGNOFF,
     rules=["password"], about=[p.id], note="co-account activation codes open the parent accounts")

mail("kopieercode-secretariaat", frm=who("els"), to=["jobstudent.lotte@sintpieterscollege.be"],
     subject="kopiëren inschrijvingsformulieren",
     body="""Hallo Lotte,

Welkom! Voor de printer/kopieermachine op het secretariaat (Ricoh, naast de brievenbussen) gebruik je mijn
kopieercode 55102. Zet alles recto-verso aub, 200 formulieren voor zaterdag.

Els
""",
     rules=["password"], note="copier PIN to a student helper")

mail("kluis-boekhouding-cashgeld", frm=who("ann"), to=[who("els")],
     subject="Cash inschrijvingsgeld zaterdag",
     body="""Dag Els,

Ik ben zaterdag niet op school. Het cashgeld van de inschrijvingen (voor wie niet met Payconiq kan) mag in de kleine
kluis in mijn bureau: combinatie 3 – 17 – 29 – 8 (eerst 2x rechts draaien).
Vul aub het blad met de bedragen in dat erbij ligt.

Groetjes,
Ann
""",
     rules=["password"], note="safe combination")

mail("telefoonnotitie-wachtwoord-gespeld", frm=who("mark"), to=[who("nadia")],
     subject="telefoon van Pieter (ICT)",
     body="""Nadia,

Pieter belde, hij kon je niet bereiken. Het nieuwe wachtwoord van de gedeelde mailbox inschrijvingen@ is:
hoofdletter D, dan i-e-s-t, dan apenstaartje, dan twee nul twee vijf, dan uitroepteken
(dus zonder spaties). Hij zet het maandag terug.

Mark
""",
     rules=["password"], fmt=["phone"], note="phone note with a password spelled out")

mail("wachtwoord-over-regels", frm=who("kevin"), to=[who("mark")],
     subject="laptops inschrijvingen",
     body="""Mark,

De 4 laptops staan in de kast van B014. Lokaal account overal hetzelfde, gebruiker "inschrijving", ww:

Stroom
-
Diest
-
77

(alles aan elkaar, met de streepjes)

Kevin
""",
     rules=["password"], note="local account password split over lines")

_rows2 = [["jobstudent.lotte", "Lotte V.", "Zaterdag 22/3", "Zomer#2025a"],
          ["jobstudent.arne", "Arne D.", "Zaterdag 22/3", "Zomer#2025b"],
          ["jobstudent.imane", "Imane K.", "Maandag 24/3", "Zomer#2025c"]]
mail("html-tabel-accounts-jobstudenten", frm=who("pieter"), to=[who("els")],
     subject="accounts jobstudenten inschrijvingen",
     body="""Dag Els,

Hieronder de tijdelijke accounts voor de jobstudenten die helpen bij de inschrijvingen. Ze vervallen op 31/3.

""" + text_table(["Login", "Naam", "Dag", "Wachtwoord"], _rows2) + "\n\n" + sig("pieter"),
     html=text_to_html("Dag Els,\n\nHieronder de tijdelijke accounts voor de jobstudenten die helpen bij de "
                       "inschrijvingen. Ze vervallen op 31/3.\n") +
     html_table(["Login", "Naam", "Dag", "Wachtwoord"], _rows2) + text_to_html("\n" + sig("pieter")),
     mode="alt", fmt=["table"], rules=["password"], note="Outlook HTML table with temporary passwords")

p = K["theo_mercier"]
mail("mot-de-passe-provisoire-fr", frm=who("nadia"), to=[p.p1],
     subject="Compte Smartschool de Théo",
     body="""Chère Madame Mercier,

Suite à l'inscription de Théo en première année, voici ses données de connexion pour Smartschool :

nom d'utilisateur : %s
mot de passe provisoire : Bienvenue-4821

Il devra choisir un nouveau mot de passe lors de la première connexion.

Bien cordialement,

Nadia Bouzid
Secrétariat des élèves
%s""" % (p.email.split("@")[0], SIGNOFF),
     lang="fr", rules=["password"], about=[p.id], note="French: provisional password to the parent")

p = K["ethan_walsh"]
mail("temporary-password-en", frm=who("rachel"), to=[p.p1],
     subject="Ethan's school account",
     body="""Dear Ms Walsh,

The secretariat asked me to pass this on, as you mentioned you prefer English. Ethan's account for Smartschool
(our online school platform) is ready:

username: %s
temporary password: Welcome!Dijle58

He will be asked to change it the first time he logs in. See you at the introduction day!

Kind regards,

Rachel O'Connor
Teacher of English
%s""" % (p.email.split("@")[0], SIGNOFF),
     lang="en", rules=["password"], about=[p.id], note="English: temporary password to the parent")

mail("thuis-gmail-inloggen-voor-mij", frm=("Els Vanhove", "els.vanhove73@gmail.com"), to=[who("nadia")],
     subject="kan jij even kijken?",
     body="""Hoi Nadia,

Ik ben thuis met een zieke dochter. Kun jij even op mijn account in het aanmeldplatform kijken of de aanvragen van
gisteravond doorgekomen zijn? Login els.vanhove / Kapucijn17!
Ik verander het wel als ik terug ben.

Dikke merci
Els

Verzonden vanaf mijn iPhone
""",
     mailer="iPhone Mail (20D67)", rules=["password", "private_account"],
     note="staff member writes school business from gmail and includes her platform password")

_rows3 = [["Intern nummer", "Leerling", "Klas", "Login", "Startwachtwoord"]]
_ks3 = ["warre_deckers", "lena_schepers", "kobe_raeymaekers", "ines_boukhari", "mauro_rossi", "nore_bollen"]
for _k, _pw in zip(_ks3, ["Ab7#kLm2", "Pq3!zWd8", "Rt9$hYc4", "Mn2%vBx6", "Gf5&jKs1", "Zx8*wQe3"]):
    _rows3.append([K[_k].id, K[_k].name, "1B", K[_k].email.split("@")[0], _pw])
mail("startwachtwoorden-xlsx-reeks2", frm=who("pieter"), to=[who("jeroen")],
     subject="Accounts 1B volgend schooljaar (reeds ingeschreven)",
     body="""Jeroen,

Jij wordt titularis van 1B volgend jaar: in bijlage alvast de startwachtwoorden van de leerlingen die al
ingeschreven zijn, voor de eerste ICT-les op de onthaaldag.

Pieter
""",
     atts=[att("1B_startwachtwoorden.xlsx", make_xlsx(_rows3))],
     rules=["password"], about=[K[k].id for k in _ks3], note="xlsx attachment with start passwords")

mail("txt-admin-inschrijvingslaptop", frm=who("kevin"), to=[who("pieter")],
     subject="gegevens nieuwe scanner + laptop",
     body="""Pieter,

De nieuwe documentscanner voor de identiteitskaarten is geïnstalleerd. Alle gegevens in de txt.

Kevin
""",
     atts=[att("scanner_secretariaat.txt",
               "Scanner Fujitsu fi-8170 secretariaat\r\nIP: 10.12.4.51\r\nWebadmin: admin\r\n"
               "Wachtwoord: Fj8170-spc!\r\nLaptop LT-INS-03 lokale admin: .\\beheer / Hageland#77\r\n")],
     rules=["password"], note="txt attachment with admin passwords")

mail("base64-scanner-wachtwoord", frm=who("pcl"), to=[who("nadia")],
     subject="Scannen naar map Inschrijvingen",
     body="""Dag Nadia,

Scannen naar de map werkt nu. Kies op de scanner "Inschrijvingen 2025" en geef deze pincode in: 6620.
De map zelf staat op \\\\srv-secr\\inschr\\2025.

Pieter
""",
     enc="b64", rules=["password"], note="scanner PIN in a base64-encoded body")

mail("bios-wachtwoord-cp1252", frm=who("kevin"), to=[who("mark")],
     subject="Inschrijvingslaptops – BIOS",
     body="""Mark,

Als een laptop bij het opstarten om een wachtwoord vraagt (BIOS, zwart scherm): het is spc€Bios2025 – met het
€-teken, dat zit onder AltGr+E. Niet doorgeven aan de jobstudenten aub.

Kevin – technisch adviseur
""",
     charset="windows-1252", enc="qp", rules=["password"], note="BIOS password, Windows-1252 quoted-printable")

mail("re-wachtwoord-gedeelde-mailbox", frm=who("els"), to=[who("bart")],
     subject="RE: mailbox inschrijvingen",
     body="""Het is nog altijd Inschr-Diest25 (hoofdletter I). Zaterdag verandert Pieter het.

Els

-----Oorspronkelijk bericht-----
Van: Bart Janssens <bart.janssens@sintpieterscollege.be>
Verzonden: woensdag 12 maart 2025 07:48
Aan: Els Vanhove <els.vanhove@sintpieterscollege.be>
Onderwerp: mailbox inschrijvingen

Els, wat was het wachtwoord van de gedeelde mailbox inschrijvingen@ ook alweer? Ik wil vanavond de
aanvragen van het weekend bekijken.
Bart
""",
     reply=True, rules=["password"], note="reply gives the shared mailbox password")

mail("alarmcode-zaterdag", frm=who("katrien"), to=[who("bart")],
     subject="Alarm",
     body="""Bart,

Voor zaterdag: het alarm schakel je uit aan het paneel in de inkomhal met 7319 en dan OFF. Je hebt 30 seconden.
Als het toch afgaat: de alarmcentrale vraagt het codewoord "Kapucijnen".

Katrien
""",
     rules=["password"], note="alarm code and alarm-centre code word")

mail("onderwerp-nieuw-ww-platform", frm=who("pieter"), to=[who("els")],
     subject="nieuw ww platform = Hageland#2025",
     body="""zie onderwerp, vanaf nu voor het gedeelde secretariaatsaccount.
P.
""",
     rules=["password"], note="password in the subject line")

p = K["lars_opdebeeck"]
mail("herstelcode-ouderaccount-platform", frm=who("ins"), to=[p.p1],
     subject="Uw account op het aanmeldplatform",
     body="""Beste heer Op de Beeck,

U kon niet meer aanmelden op het aanmeldplatform om de aanmelding van Lars te bevestigen. Via de helpdesk van het
LOP kregen wij een herstelcode voor uw account:

Herstelcode: 7H2K-PQ9M

Geef die in op de pagina 'Account herstellen'. Ze is 48 uur geldig.

Met vriendelijke groeten,
Team inschrijvingen
""" + SIGNOFF,
     rules=["password"], about=[p.id], note="account recovery code sent to a parent")

mail("fw-ticket-tijdelijk-wachtwoord", frm=who("pieter"), to=[who("nadia")],
     subject="FW: [Ticket #58812] Account geblokkeerd - secretariaat Diest",
     body="""Nadia, je account is gedeblokkeerd, zie hieronder.
Pieter

-----Original Message-----
From: Helpdesk Aanmeldplatform <support@aanmelden-hageland.be>
Sent: Thursday, March 13, 2025 10:41 AM
To: Pieter Claes <pieter.claes@sintpieterscollege.be>
Subject: [Ticket #58812] Account geblokkeerd - secretariaat Diest

Beste,

Het account nadia.bouzid@spc-diest werd gedeblokkeerd. Tijdelijk wachtwoord: Tmp-58812-xq4
Gelieve dit bij de volgende aanmelding te wijzigen.

Met vriendelijke groet,
Helpdesk Aanmeldplatform Hageland
""",
     fwd=True, rules=["password"], note="forwarded helpdesk ticket with a temporary password (ticket number itself is harmless)")

mail("wifi-qr-tekst-onthaal", frm=who("pcl"), to=[who("info")],
     subject="QR-code wifi voor ouders in de wachtzaal",
     body="""Hallo onthaal,

Voor de wachtzaal op de inschrijvingsdagen: druk aub een QR-code af met deze tekst (bv. via een gratis QR-generator):

WIFI:T:WPA;S:Stroom-Gast;P:Gast2025Diest!;;

Pieter
""",
     rules=["password"], note="Wi-Fi key inside a WIFI: QR string")

mail("smartschool-beheer-overdracht", frm=who("pieter"), to=[who("bart")],
     subject="Beheer Smartschool tijdens mijn verlof",
     body="""Bart,

Van 14 tot 25 april ben ik met vaderschapsverlof. Als er nieuwe leerlingen moeten aangemaakt worden:
Smartschool > Beheer > Gebruikersbeheer, met het beheerdersaccount:

  account: beheer.diest
  wachtwoord: Vlinder-77-Kapucijn

Verander niets aan de koppeling met Informat aub.

Pieter
""",
     rules=["password"], note="admin account handed over in a mail")

mail("wachtwoord-beveiligde-pdf-clb", frm=who("ldw"), to=["an.mertens@vclb-hageland.be"],
     subject="wachtwoord bijlage",
     body="""Dag An,

Het wachtwoord om de pdf van daarnet (overzicht overdracht lagere scholen) te openen: verslag-INS25-dw

Groetjes,
Liesbeth
""",
     rules=["password"], note="password for a protected PDF sent in a separate mail to CLB")

mail("zip-wachtwoord-documenten", frm=who("nadia"), to=["onthaal@lop-hageland.be"],
     subject="Aanmeldingen campus Diest – bestand",
     body="""Beste,

Zoals afgesproken bezorg ik onze lijst via WeTransfer. Het zip-bestand is beveiligd, het wachtwoord is
3290Diest!kw

""" + sig("nadia"),
     rules=["password"], note="zip password sent to the LOP (the postcode inside it is part of the secret)")

mail("voicemail-pincode-hotline", frm=who("els"), to=[who("nadia")],
     subject="voicemail inschrijvingslijn",
     body="""Nadia,
De voicemail van het inschrijvingsnummer beluister je door 1 te bellen op het toestel van het secretariaat en dan
de pincode 2244#. Er staan er al 11 op.
Els
""",
     rules=["password"], note="voicemail PIN")

p = K["warre_deckers"]
mail("lockercode-ouder-deckers", frm=who("mark"), to=[p.p1],
     subject="Locker Warre",
     body="""Beste mevrouw Deckers,

U vroeg op de inschrijvingsdag een locker voor Warre. Hij krijgt locker 114 in gang C. Het cijferslot staat
ingesteld op 0-4-9-2. Hij kan het daarna zelf wijzigen.

Vriendelijke groet,
Mark Thys
opvoeder
""",
     rules=["password"], about=[p.id], note="locker combination code opens something")

mail("shared-drive-password-en", frm=who("rachel"), to=[who("jeroen")],
     subject="Intro day materials",
     body="""Hi Jeroen,

I've put the intro day slides on the English department's shared drive. If it asks for a password, it's
"BigBen-1B-2025" (Pieter set it up this way for the OneDrive link, no idea why).

Cheers,
Rachel
""",
     lang="en", rules=["password"], note="English: password of a shared folder link")

p = K["omar_alhassan"]
mail("startgegevens-en-geboortedatum-alhassan", frm=who("nadia"), to=[p.p1],
     subject="Inschrijving Omar Al-Hassan – bevestiging en login",
     body="""Beste mevrouw Al-Hassan,

Hierbij bevestigen wij de inschrijving van Omar Al-Hassan (geboren op 17/06/2013) in het eerste jaar A-stroom.

Omar kan vanaf vandaag al eens inloggen op Smartschool:
gebruiker: %s
wachtwoord: Jasmijn-2013!

%s""" % (p.email.split("@")[0], sig("nadia")),
     rules=["password", "personal_data"], about=[p.id],
     note="start password plus the pupil's date of birth")

mail("fw-ww-met-gsmnummer", frm=who("bart"), to=[who("katrien")],
     subject="FW: toegang camerabeelden inkom",
     body="""Katrien, ter info. Bel Kevin als het niet lukt.

Van: Kevin Swinnen
Verzonden: maandag 17 maart 2025 13:10
Aan: Bart Janssens
Onderwerp: toegang camerabeelden inkom

Bart,
Voor de beelden van de inkomhal (wachtrij inschrijvingen zaterdag): app NVR-Viewer, gebruiker directie,
code 31415-spc.
Bij problemen: 0478 21 45 90.
Kevin
""",
     fwd=True, rules=["password", "personal_data"], note="camera system password and a Belgian mobile number")

mail("draaiboek-inschrijvingsdagen-word", frm=who("bart"), to=[who("els"), who("nadia"), who("mark")],
     subject="Draaiboek inschrijvingsdagen 2025 (versie 3)",
     body="""Beste collega's,

Hieronder de laatste versie van het draaiboek (uit Word geplakt, de opmaak is wat weg).

DRAAIBOEK INSCHRIJVINGSDAGEN CAMPUS DIEST – VOORJAAR 2025

1.	Periodes
•	Voorrangsperiode broers/zussen en kinderen van personeel: 10/3 – 21/3
•	Vrije inschrijvingen eerste jaar: vanaf maandag 24/3, 9u (volgens volgorde aanmeldplatform)
•	Inschrijvingen hogere jaren: vanaf 22/4

2.	Lokalen
•	Onthaal ouders: inkomhal, wachtnummers via het ticketsysteem
•	Tafel 1 en 2: B014; tafel 3: B015; zorggesprekken: B017 (Liesbeth)

3.	Materiaal
•	Laptops LT-INS-01 t.e.m. 04 (kast B014). Aanmelden met de gedeelde gebruiker "inschrijving" / Dijle2025
•	Kaartlezers voor de eID: 4 stuks, liggen in de doos bij de laptops
•	Stempel + inschrijvingsformulieren (200 stuks, Els)

4.	Werkwijze
•	Identiteitskaart van de ouder en van het kind inlezen, rijksregisternummer controleren
•	Controle of het kind een aanmeldingsticket heeft van het platform
•	Bij vragen over verslag of redelijke aanpassingen: doorverwijzen naar Liesbeth (B017)
•	Inschrijvingsbijdrage: Payconiq of cash (kluis boekhouding)

Bart
""",
     fmt=["word-paste"], rules=["password"],
     note="long pasted Word note; one line carries the shared laptop login; colleagues in To is fine")


# ---------------------------------------------------------------- B. look-alikes (no credential)

p = K["mathis_gielen"]
mail("inschrijvingsnummer-bevestiging", frm=who("ins"), to=[p.p1],
     subject="Bevestiging inschrijving Mathis Gielen – INS-2025-0147",
     body="""Beste mevrouw Gielen,

Wij bevestigen graag de inschrijving van Mathis Gielen in het eerste leerjaar A (basisoptie Moderne talen en
wetenschappen) voor het schooljaar 2025-2026.

Uw inschrijvingsnummer: INS-2025-0147
Vermeld dit nummer als u ons hierover contacteert.

Met vriendelijke groeten,
Team inschrijvingen
""" + SIGNOFF,
     about=[p.id], note="registration number is not a secret; ordinary confirmation to the correct parent")

p = K["nore_bollen"]
mail("wachtlijst-plaats-12", frm=who("ins"), to=[p.p1],
     subject="Aanmelding Nore – plaats op de wachtlijst",
     body="""Beste mevrouw Bollen,

Na de toewijzing via het aanmeldplatform kon Nore nog niet ingeschreven worden: de capaciteit voor 1A is bereikt.
Nore staat op plaats 12 van de wachtlijst (rangnummer W-012). Zodra er een plaats vrijkomt, contacteren wij u.
U hoeft zelf niets te doen.

Met vriendelijke groeten,
Team inschrijvingen
""" + SIGNOFF,
     about=[p.id], note="waiting-list rank, not a code that opens anything")

mail("fw-ticket-aangemaakt-helpdesk", frm=who("pieter"), to=[who("bart")],
     subject="FW: Uw ticket #48213 werd aangemaakt",
     body="""Bart, ik heb het probleem met de dubbele aanmeldingen gemeld. Ter info.

-----Original Message-----
From: Helpdesk Aanmeldplatform <support@aanmelden-hageland.be>
Sent: Monday, March 24, 2025 9:52 AM
To: Pieter Claes <pieter.claes@sintpieterscollege.be>
Subject: Uw ticket #48213 werd aangemaakt

Beste,

Uw melding "dubbele aanmeldingen zichtbaar in overzicht school" werd geregistreerd onder ticketnummer 48213.
Prioriteit: normaal. Verwachte reactietijd: 2 werkdagen.

Helpdesk Aanmeldplatform Hageland
""",
     fwd=True, note="ticket number is a look-alike, not a credential")

p = K["kobe_raeymaekers"]
mail("afspraakreferentie-inschrijving", frm=who("ins"), to=[p.p1],
     subject="Uw afspraak voor de inschrijving van Kobe",
     body="""Beste heer Raeymaekers,

Uw afspraak om Kobe in te schrijven is bevestigd:

Datum: dinsdag 25 maart 2025, 14.30 uur
Plaats: lokaal B014 (ingang Kapucijnenvest, volg de pijlen)
Afspraakreferentie: AFS-2025-0733

Breng de identiteitskaart van Kobe en van uzelf mee.

Met vriendelijke groeten,
Team inschrijvingen
""" + SIGNOFF,
     about=[p.id], note="appointment reference and room number are look-alikes")

p = K["matteo_vanhees"]
mail("adreswijziging-postcode", frm=who("els"), to=[p.p1],
     subject="RE: verhuis",
     reply=True,
     body="""Beste mevrouw Vanhees,

Bedankt, we hebben het nieuwe adres aangepast in het inschrijvingsdossier van Matteo:
Schaffensestraat 41, 3290 Diest (vroeger 3271 Zichem).
Voor het busabonnement verandert er niets.

""" + sig("els") + """

-----Oorspronkelijk bericht-----
Van: vanhees.lieve@proximus.be
Verzonden: vrijdag 28 maart 2025 18:20
Onderwerp: verhuis

Goeiedag, wij verhuizen in mei naar Diest, kan het adres aangepast worden? Groeten, Lieve Vanhees
""",
     about=[p.id], note="postcodes are not codes; address change is no sensitive fact")

p = K["elias_vanlaer"]
mail("wachtwoord-vergeten-uitleg", frm=who("secr"), to=[p.p1],
     subject="RE: wachtwoord vergeten aanmeldplatform",
     reply=True,
     body="""Beste heer Van Laer,

Wij kunnen uw wachtwoord voor het aanmeldplatform niet zien of opnieuw instellen. Klik op de aanmeldpagina op
'Wachtwoord vergeten?' en volg de stappen; u krijgt dan een mail van het platform. Lukt het niet, contacteer dan
de helpdesk van het LOP via het formulier op de website. Stuur ons nooit uw wachtwoord door.

De aanmelding voor Elias blijft gewoon geldig.

Vriendelijke groeten,
Leerlingensecretariaat
""" + SIGNOFF,
     about=[p.id], note="mail about a password without one")

mail("fw-wachtwoord-verloopt", frm=who("nadia"), to=[who("pcl")],
     subject="FW: Uw wachtwoord verloopt binnen 5 dagen",
     body="""Pieter, is dit echt of phishing? Ik vertrouw het niet.

-----Oorspronkelijk bericht-----
Van: Microsoft 365 <no-reply@spc.ksleuven.be>
Onderwerp: Uw wachtwoord verloopt binnen 5 dagen

Uw wachtwoord voor nadia.bouzid@sintpieterscollege.be verloopt binnen 5 dagen. Wijzig het via
Ctrl+Alt+Del > Wachtwoord wijzigen of via het portaal.
""",
     fwd=True, note="password expiry notice, no secret")

mail("teams-overleg-lop-wachtwoordcode", frm=who("katrien"), to=["coordinator@lop-hageland.be"],
     subject="Overleg capaciteit eerste jaar – Teams",
     body="""Beste Hilde,

Hierbij de uitnodiging voor ons overleg over de capaciteit van het eerste jaar.

________________________________________________________________________________
Microsoft Teams Hulp nodig?
Nu deelnemen aan de vergadering
Vergadering-id: 345 678 901 234
Wachtwoordcode: aB3xY9
________________________________________________________________________________

""" + sig("katrien"),
     note="meeting passcode inside an invitation is allowed")

mail("klascodes-smartschool", frm=who("pieter"), to=[who("els")],
     subject="klassen volgend jaar in Smartschool",
     body="""Els,

De nieuwe klasgroepen staan klaar in Smartschool: 1A-LAT, 1A-STEM, 1B-ALG. Vakcodes voor de onthaaldag:
WIS1-A, NED1-A, ICT1. De groepscode voor het kanaal 'Nieuwe leerlingen 2025' is NL25-DIEST.

Pieter
""",
     note="class, course and group codes open nothing")

mail("lokalen-onthaaldag", frm=who("bart"), to=[who("mark")],
     subject="Lokalen onthaaldag 1e jaars",
     body="""Mark,

Onthaaldag 27 augustus: 1A in A112 en A114, 1B in A116, ouders in de refter. Sleutels A-gang: sleutelbord
secretariaat, haak 12 t.e.m. 16.

Bart
""",
     note="room numbers and key hooks are look-alikes")

mail("bestelnummer-laptops", frm=who("kevin"), to=["orders@it-hageland-solutions.be"],
     subject="Bestelling 4500217733 - levering",
     body="""Goedemiddag,

Kunnen jullie de levering van bestelnummer 4500217733 (4 laptops + 4 eID-kaartlezers) bevestigen voor
uiterlijk 20 maart? We hebben ze nodig voor de inschrijvingen. Leveringsadres: Leuvensesteenweg 112, 3290 Diest.

Met vriendelijke groeten,
Kevin Swinnen
Technisch adviseur
Sint-Pieterscollege Diest
""",
     note="order number, postcode: no secret")

mail("wachtwoord-niet-per-mail", frm=who("pieter"), to=[who("mark")],
     subject="RE: login laptop?",
     reply=True,
     body="""Mark, dat zet ik niet in een mail. Ik geef het je morgen om 8u mondeling in B014.
Pieter

-----Oorspronkelijk bericht-----
Van: Mark Thys
Onderwerp: login laptop?

Pieter, wat is de login van de laptops voor zaterdag?
""",
     note="refuses to send a password: no secret present")

p = K["juliette_renard"]
mail("dossiernummer-lop", frm=who("nadia"), to=[p.p1],
     subject="Demande d'inscription de Juliette – numéro de dossier",
     body="""Chère Madame Renard,

Votre demande d'inscription pour Juliette a bien été enregistrée sur la plateforme du LOP sous le numéro de
dossier LOP-DI-25-00318. Vous recevrez le résultat de l'attribution le 4 avril.

Bien cordialement,
Nadia Bouzid
Secrétariat des élèves
""" + SIGNOFF,
     lang="fr", about=[p.id], note="French: dossier number of the registration platform, not a secret")

p = K["ines_boukhari"]
mail("pincode-niet-nodig-eid", frm=who("els"), to=[p.p1],
     subject="RE: wat meebrengen voor de inschrijving?",
     reply=True,
     body="""Beste mevrouw Boukhari,

U brengt de identiteitskaart (of Kids-ID) van Ines mee en die van uzelf. Uw pincode hebben we niet nodig:
we lezen de kaart alleen in, u hoeft niets in te typen. Een kopie van het getuigschrift basisonderwijs
bezorgt u later.

""" + sig("els"),
     about=[p.id], note="mentions a PIN without giving one")

mail("betaalreferentie-bestelling-pakketten", frm=who("ann"), to=["verkoop@schoolkledij-demerstreek.be"],
     subject="Betaling factuur 2025/0311 turnkledij nieuwe leerlingen",
     body="""Goedemorgen,

De factuur 2025/0311 (120 turnpakketten) werd vandaag betaald met referentie +++250/0311/00047+++.
Graag een bevestiging.

Ann Gijbels
Boekhouding Sint-Pieterscollege Diest
""",
     note="structured payment reference is not a credential and not an IBAN")


# ---------------------------------------------------------------- C. sensitive, correctly addressed

p = K["jayden_vos"]
mail("pleeggezin-inschrijving-jayden", frm=who("liesbeth"), to=["tine.caers@pleegzorgdienst-hageland.be"],
     cc=["an.mertens@vclb-hageland.be"],
     subject="Inschrijving Jayden Vos – pleeggezin Stevens",
     body="""Beste Tine,

Mevrouw Stevens is gisteren langs geweest om Jayden Vos in te schrijven voor het eerste jaar. Ze vertelde dat
Jayden sinds vorig jaar langdurig bij hen geplaatst is via de jeugdrechter en dat de biologische moeder geen
contact meer mag hebben zonder begeleiding. Kunnen jullie ons een kopie van de beslissing bezorgen, zodat we
weten wie het schoolrapport mag ontvangen en wie Jayden mag afhalen?

An (CLB) zet ik in kopie voor de overdracht vanuit de lagere school.

""" + sig("liesbeth"),
     rules=["sensitive", "bcc"], cats=["family"], about=[p.id],
     note="foster placement by youth court; two outside partners visible in To/CC")

p = K["febe_lenaerts"]
mail("echtscheiding-vader-schoolkeuze", frm=who("katrien"), to=[p.p2],
     subject="Inschrijving Febe",
     body="""Geachte heer Lenaerts,

U liet ons weten dat u niet akkoord gaat met de inschrijving van Febe in onze school, die haar moeder vorige week
deed. Bij gescheiden ouders met gezamenlijk ouderlijk gezag is de inschrijving een beslissing die beide ouders
samen nemen. Zolang er geen akkoord is of geen uitspraak van de familierechtbank, blijft de inschrijving
behouden maar kunnen we haar niet wijzigen op vraag van één ouder.

Ik stel voor dat we met beide ouders apart een gesprek plannen. Wilt u mij laten weten welke dag past?

""" + sig("katrien", greet="Met vriendelijke groet,"),
     rules=["sensitive"], cats=["family"], about=[p.id], note="divorced parents disagree about the school; to the father only")

mail("echtscheiding-moeder-vonnis", frm=who("katrien"), to=[p.p1],
     subject="RE: Inschrijving Febe – vonnis",
     reply=True,
     body="""Beste mevrouw Smolders,

Dank voor het doorsturen van het vonnis van de familierechtbank van 14 februari. Ik lees dat de hoofdverblijfplaats
van Febe bij u is en dat schoolkeuze een gezamenlijke beslissing blijft. Ik heb ook met de heer Lenaerts contact
opgenomen. We houden de inschrijving van Febe Lenaerts voorlopig aan tot het gesprek.

""" + sig("katrien", greet="Met vriendelijke groet,") + """

> Van: griet.smolders@gmail.com
> Mevrouw Wouters, in bijlage het vonnis. Mijn ex-man probeert de inschrijving tegen te houden.
""",
     rules=["sensitive"], cats=["family"], about=[p.id], note="court ruling on residence of the child, to the mother")

p = K["amina_tesfaye"]
mail("zonder-verblijfspapieren-ocmw", frm=who("nadia"), to=["sarah.peeters@ocmw-diest-hageland.be"],
     subject="Inschrijving Amina Tesfaye – geen rijksregisternummer",
     body="""Beste mevrouw Peeters,

U begeleidt het gezin Tesfaye. Amina Tesfaye wil graag starten in ons eerste jaar. Het gezin heeft op dit moment
geen wettig verblijf en dus geen rijksregisternummer; we schrijven Amina in met een voorlopig nummer, zoals het
decreet toelaat. Vader vertelde dat het OCMW de schoolkosten opvolgt. Kan het OCMW
de inschrijvingsbijdrage en de werkboeken ten laste nemen? Dan sturen we de factuur rechtstreeks naar u.

""" + sig("nadia"),
     rules=["sensitive"], cats=["family", "financial"], about=[p.id],
     note="family without residence papers, OCMW pays school costs")

p = K["rune_vanderhoven"]
mail("overlijden-vader-rune", frm=who("sofie"), to=[who("jeroen")],
     subject="Rune Vanderhoven (nieuwe leerling 1B)",
     body="""Jeroen,

Even ter info voor jou als titularis volgend jaar: de mama van Rune Vanderhoven vertelde bij de inschrijving dat
Runes papa in januari plots overleden is. Ze vraagt om daar in de klas voorzichtig mee te zijn (bv. bij
Vaderdag-opdrachten). Ik plan in september een kennismakingsgesprek met Rune.

Sofie
""",
     rules=["sensitive"], cats=["family"], about=[p.id], note="death of a parent, internal")

p = K["lina_moens"]
mail("contactverbod-vader-lina", frm=who("katrien"), to=[who("els"), who("nadia")],
     subject="VERTROUWELIJK – inschrijving Lina Moens",
     body="""Els, Nadia,

Bij de inschrijving van Lina Moens: de moeder heeft een beschikking van de familierechter waarin de vader een
contactverbod heeft na intrafamiliaal geweld. Het nieuwe adres van moeder en Lina mag in geen geval aan de vader
meegedeeld worden. Zet aub in Smartschool co-account 2 (jurgen.vdb@) op non-actief en geef op het secretariaat
geen informatie aan de telefoon.

Katrien
""",
     rules=["sensitive"], cats=["family"], about=[p.id], note="violence at home, restraining order")

p = K["ward_smets"]
mail("gepest-lagere-school-ward", frm=who("bart"), to=[who("sofie")],
     subject="Ward Smets – overgang",
     body="""Sofie,

De ouders van Ward Smets kozen bewust voor een school verder van huis: Ward werd de laatste twee jaar in de lagere
school zwaar gepest, ook online (Snapchatgroep van de klas). Hij is erg teruggetrokken geworden. Ze vragen of
hij niet in de klas komt met kinderen van zijn oude school. Kun jij bij de klasverdeling mee opletten?

Bart
""",
     rules=["sensitive"], cats=["psychosocial"], about=[p.id], note="bullying victim, internal")

p = K["jade_willems"]
mail("zelfverwonding-overdracht-jade", frm=who("greet"), to=["an.mertens@vclb-hageland.be"],
     subject="Overdracht Jade Willems (instroom 3e jaar)",
     body="""Dag An,

Jade Willems stroomt in september in in het derde jaar. Moeder gaf bij de inschrijving aan dat Jade vorig jaar
een periode van zelfverwonding had en nog wekelijks bij een psychologe gaat. Haar vorige school en het CLB daar
volgden dat op. Kunnen jullie het dossier opvragen, zodat we bij de start al een plan hebben?

Greet Luyten
Leerlingenbegeleiding 2e en 3e graad
""",
     enc="qp", rules=["sensitive"], cats=["psychosocial", "care"], about=[p.id],
     note="self-harm history and CLB follow-up; quoted-printable")

p = K["ilias_amrani"]
mail("uitsluiting-vorige-school-ilias", frm=who("bart"), to=[who("katrien")],
     subject="Inschrijving Ilias Amrani 4e jaar",
     body="""Katrien,

Vandaag kwam de vader van Ilias Amrani voor een inschrijving in het 4e jaar. Ilias werd in februari definitief
uitgesloten op zijn vorige school na een vechtpartij waarbij de politie is tussengekomen. Volgens de vader loopt er
nog een dossier bij het parket. We mogen de inschrijving niet weigeren, maar ik wil vooraf een
begeleidingsgesprek. Akkoord?

Bart
""",
     rules=["sensitive"], cats=["psychosocial"], about=[p.id], note="exclusion after fight, police: psychosocial")

p = K["hanne_cools"]
mail("faalangst-schoolweigering-hanne", frm=who("sofie"), to=[p.p1],
     subject="RE: start in september",
     reply=True,
     body="""Beste mevrouw Cools,

Bedankt voor uw open mail. Dat Hanne de laatste maanden door haar angststoornis vaak niet naar school kon, nemen
we zeker mee. We kunnen haar op de onthaaldag een rustig plekje geven en een vaste vertrouwenspersoon. Ik bel u
eind juni voor een afspraak met Hanne erbij.

""" + sig("sofie") + """

> Van: cools.veerle@skynet.be
> Hanne heeft een angststoornis en weigerde dit jaar vaak naar school te gaan. We zijn bang voor september.
""",
     rules=["sensitive"], cats=["psychosocial"], about=[p.id], note="anxiety disorder, school refusal; reply to the mother")

p = K["mila_jacobs"]
mail("diabetes-insulinepomp-mila", frm=who("liesbeth"), to=[p.p1],
     subject="Mila – diabetes op school",
     body="""Beste mevrouw Jacobs,

Dank voor het gesprek bij de inschrijving. Om alles goed voor te bereiden voor Mila's diabetes type 1:
- Mila mag altijd eten en drinken in de les en haar glucosesensor op haar gsm bekijken;
- de insulinepomp regelt ze zelf; bij een hypo gaat ze met een medeleerling naar het secretariaat;
- wilt u het medisch attest en het noodplan van de diabetesverpleegkundige van het ziekenhuis bezorgen?

""" + sig("liesbeth"),
     rules=["sensitive"], cats=["medical"], about=[p.id], note="diabetes and insulin pump, to the mother")

p = K["seppe_wuyts"]
mail("epilepsie-noodplan-seppe", frm=who("liesbeth"), to=[who("mark")], cc=[who("jeroen")],
     subject="Seppe Wuyts – epilepsie",
     body="""Mark, Jeroen,

Seppe Wuyts (1B volgend jaar) heeft epilepsie en neemt dagelijks Depakine. Bij een aanval langer dan 5 minuten
krijgt hij Buccolam (ligt in het medicatiekastje secretariaat, vanaf september). Ouders bezorgen het noodplan.
Bij uitstappen moet er altijd iemand mee die het plan kent.

Liesbeth
""",
     charset="windows-1252", rules=["sensitive"], cats=["medical"], about=[p.id],
     note="epilepsy and medication, internal, Windows-1252")

p = K["zoe_vandyck"]
mail("notenallergie-keuken-zoe", frm=who("nadia"), to=["keuken@hagelandcatering.be"],
     subject="Nieuwe leerling met allergie vanaf september",
     body="""Beste,

Vanaf september eet Zoë Van Dyck (eerste jaar) warm op school. Zij heeft een ernstige allergie voor noten en
pinda (anafylactische reactie, heeft altijd een EpiPen bij). Kunnen jullie een aangepaste maaltijd voorzien en
de allergenenlijst per week doorsturen?

""" + sig("nadia"),
     rules=["sensitive"], cats=["medical"], about=[p.id], note="severe nut allergy to the catering firm")

p = K["arthur_geens"]
mail("gebroken-been-gelijkvloers-arthur", frm=who("els"), to=[p.p1],
     subject="Inschrijving Arthur – gelijkvloers",
     body="""Beste mevrouw Geens,

Geen probleem: omdat Arthur met zijn gebroken been nog in een rolstoel zit, doen we de inschrijving op maandag
31/3 in lokaal A003 op het gelijkvloers. U kunt parkeren op de speelplaats via de poort aan de Kapucijnenvest.

""" + sig("els"),
     enc="b64", rules=["sensitive"], cats=["medical"], about=[p.id], note="injury (broken leg, wheelchair); base64 body")

p = K["nina_mertens"]
mail("ziekenhuisschool-nina", frm=who("liesbeth"), to=["leerkracht@ziekenhuisschool-azhageland.be"],
     subject="Nina Mertens – inschrijving vanuit de ziekenhuisschool",
     body="""Beste,

De moeder van Nina Mertens heeft Nina bij ons ingeschreven voor september. Ze vertelde dat Nina sinds januari
opgenomen is op de afdeling kinderoncologie en bij jullie les volgt. Kunnen we in juni samenzitten over haar
leerstof en over tijdelijk onderwijs aan huis als ze in september nog in behandeling is?

""" + sig("liesbeth"),
     rules=["sensitive"], cats=["medical"], about=[p.id], note="hospitalised pupil in oncology")

p = K["vic_heylen"]
mail("verslag-type9-ass-vic", frm=who("liesbeth"), to=[who("katrien")],
     subject="Inschrijving onder ontbindende voorwaarde – Vic Heylen",
     body="""Katrien,

De ouders van Vic Heylen legden bij de inschrijving een verslag type 9 (autismespectrumstoornis) voor,
opgemaakt door het CLB van de lagere school. Volgens de regelgeving schrijven we Vic in onder ontbindende
voorwaarde en moeten we binnen de termijn een overleg houden met ouders en CLB over de aanpassingen (vaste plaats,
voorspelbare planning, prikkelarme ruimte tijdens de middag). Ik stel 8 april voor.

Liesbeth
""",
     rules=["sensitive"], cats=["care"], about=[p.id], note="special-needs report type 9 (ASD)")

p = K["lucas_daems"]
mail("dyslexie-dyscalculie-sticordi-lucas", frm=who("ldw"), to=[p.p1],
     subject="Attest dyslexie en dyscalculie Lucas",
     body="""Beste ouders,

We ontvingen het attest van de logopediste: Lucas heeft dyslexie en dyscalculie. Vanaf september krijgt hij de
gebruikelijke STICORDI-maatregelen: toetsen in lettertype 14, extra tijd, rekenmachine bij wiskunde en
voorleessoftware (Kurzweil). We bespreken dat nog met Lucas op de onthaaldag.

""" + sig("ldw"),
     rules=["sensitive"], cats=["care"], about=[p.id], note="learning disorders and measures, to the parents")

p = K["jules_vanroy"]
mail("adhd-medicatie-jules", frm=who("sofie"), to=[who("ldw")],
     subject="Jules Van Roy",
     body="""Liesbeth,

Bij de inschrijving van Jules Van Roy vertelde papa dat Jules ADHD heeft en 's morgens Rilatine neemt; op
woensdag soms niet. Ze vragen of hij een time-out kaart kan krijgen. Zet jij het op de lijst voor de zorgcel?

Sofie
""",
     rules=["sensitive"], cats=["care", "medical"], about=[p.id], note="ADHD and medication, internal")

p = K["elise_nijs"]
mail("clb-opvolging-mdo-elise", frm=who("ldw"), to=["an.mertens@vclb-hageland.be"],
     subject="MDO Elise Nijs",
     body="""Dag An,

Elise Nijs werd in de lagere school al twee jaar door jullie opgevolgd (vermoeden van taalontwikkelingsstoornis,
traject logopedie). Kunnen we het multidisciplinair overleg voor de overgang plannen in de week van 12 mei?
De mama is akkoord met de overdracht.

Groeten,
Liesbeth De Wit
zorgcoördinator
""",
     rules=["sensitive"], cats=["care"], about=[p.id], note="CLB follow-up and handover to CLB")

p = K["oscar_vandeput"]
mail("logopedie-schooluren-oscar", frm=who("ldw"), to=["info@logopedie-demervallei.be"],
     subject="Logopedie tijdens de lesuren – Oscar Vandeput",
     body="""Beste,

Mevrouw Vandeput vraagt of Oscar volgend schooljaar twee keer per week tijdens de lesuren naar jullie praktijk
mag voor zijn logopedie (stotteren). Wij kunnen dat toestaan als we een voorschrift en een attest van jullie
krijgen; het uur moet wel vallen tijdens een studie of een tweede lesuur van hetzelfde vak.

""" + sig("ldw"),
     rules=["sensitive"], cats=["care"], about=[p.id], note="therapy during school hours to an external therapist")

p = K["lore_huybrechts"]
mail("redelijke-aanpassingen-lore", frm=who("liesbeth"), to=[p.p1],
     subject="Redelijke aanpassingen voor Lore",
     body="""Beste mevrouw Huybrechts,

Op basis van het dossier redelijke aanpassingen uit de lagere school stellen wij voor Lore volgend jaar voor:

	1.	Vergrote kopieën (A3) en digitale cursus
	2.	Vaste plaats vooraan bij het raam
	3.	Extra tijd bij toetsen en examens (1/3)
	4.	Geen toets afschrijven van het bord
	5.	Opvolging door de zorgcoördinator elk trimester

We bespreken dit samen met Lore in juni.

""" + sig("liesbeth"),
     fmt=["word-paste"], rules=["sensitive"], cats=["care"], about=[p.id], note="reasonable adjustments list, to the mother")

p = K["dylan_verhoeven"]
mail("afbetalingsplan-inschrijvingsgeld-dylan", frm=who("ann"), to=[p.p1],
     subject="Inschrijvingsbijdrage Dylan – afbetalingsplan",
     body="""Beste mevrouw Verhoeven,

De inschrijvingsbijdrage en het voorschot voor de werkboeken van Dylan (samen 185 euro) staan nog open. Zoals
besproken spreiden we dat bedrag: 5 maandelijkse schijven van 37 euro, vanaf 1 mei. Als het toch niet lukt, mag
u altijd langskomen, we zoeken samen een oplossing.

Met vriendelijke groeten,
Ann Gijbels
Boekhouding
""",
     rules=["sensitive"], cats=["financial"], about=[p.id], note="unpaid fee and payment plan")

p = K["sofia_ahmadi"]
mail("schooltoelage-aanvraag-sofia", frm=who("nadia"), to=[p.p1],
     subject="Schooltoelage voor Sofia",
     body="""Beste mevrouw Ahmadi,

U vertelde bij de inschrijving dat u sinds kort een leefloon van het OCMW krijgt.
Dan hebt u zeker recht op een schooltoelage voor Sofia. Die vraagt u aan bij uw uitbetaler van het Groeipakket;
wij helpen u graag met het formulier. Intussen rekenen we de inschrijvingsbijdrage niet aan.

""" + sig("nadia"),
     rules=["sensitive"], cats=["financial"], about=[p.id],
     note="social assistance (leefloon) and school allowance")

p = K["bilal_yilmaz"]
mail("ocmw-tenlasteneming-bilal", frm=who("ann"), to=["schuldbemiddeling@ocmw-diest-hageland.be"],
     subject="Tenlasteneming schoolkosten Bilal Yilmaz",
     body="""Goedemiddag,

Zoals afgesproken met mevrouw Yilmaz sturen we de schoolfacturen van Bilal Yilmaz vanaf het nieuwe schooljaar naar
jullie dienst, in het kader van de budgetbegeleiding. Kunt u bevestigen dat het OCMW ook de openstaande factuur
van de inschrijving (95 euro) overneemt?

Ann Gijbels
Boekhouding
""",
     rules=["sensitive"], cats=["financial"], about=[p.id], note="OCMW budget guidance pays school costs")

mail("openstaande-factuur-broer-vanhoof", frm=who("ann"), to=[K["tuur_vanhoof"].p1],
     subject="Inschrijving Tuur en openstaande rekeningen Robbe",
     body="""Beste mevrouw Vanhoof,

De inschrijving van Tuur Vanhoof is in orde. Wel stellen we vast dat er voor Robbe Vanhoof (3D) nog drie
schoolrekeningen openstaan (samen 412,50 euro), de oudste van september. Kunnen we een afspraak maken om een
afbetalingsplan op te stellen? De inschrijving van Tuur komt daardoor niet in het gedrang.

Ann Gijbels
Boekhouding
""",
     rules=["sensitive"], cats=["financial"], about=[K["tuur_vanhoof"].id, K["robbe_vanhoof"].id],
     note="unpaid bills of the older brother, to the shared parent")

_tab = [("tuur_vanhoof", "09/02/2013", "broer Robbe 3D", ""),
        ("vic_heylen", "23/05/2013", "", "verslag type 9 (ASS) - zorgoverleg 8/4"),
        ("jayden_vos", "02/11/2012", "", "pleeggezin Stevens, beslissing jeugdrechter opvragen"),
        ("zoe_vandyck", "30/07/2013", "", "notenallergie, EpiPen"),
        ("lars_opdebeeck", "14/01/2013", "", ""),
        ("fleur_vandebroek", "08/03/2013", "", ""),
        ("anouk_vandeneynde", "19/09/2013", "", ""),
        ("emma_hermans", "27/04/2013", "", "")]
_rows = [[K[k].name, d, v, o] for k, d, v, o in _tab]
mail("html-inschrijvingen-van-de-dag", frm=who("nadia"), to=[who("katrien")], cc=[who("liesbeth")],
     subject="Inschrijvingen maandag 24/3 – overzicht",
     body="Dag Katrien,\n\nHieronder de inschrijvingen van vandaag (tafel 1 en 2).\n\n" +
     text_table(["Leerling", "Geboortedatum", "Voorrang", "Opmerking"], _rows) + "\n\nNadia\n",
     html=text_to_html("Dag Katrien,\n\nHieronder de inschrijvingen van vandaag (tafel 1 en 2).\n") +
     html_table(["Leerling", "Geboortedatum", "Voorrang", "Opmerking"], _rows) + text_to_html("\nNadia"),
     mode="alt", fmt=["table"], rules=["sensitive", "personal_data"], cats=["care", "family", "medical"],
     about=[K[k].id for k, _, _, _ in _tab],
     note="Outlook table of the day: birth dates plus remarks (report, foster family, allergy)")

_wl = [("1", "lisa_vandevelde", "nee", ""), ("2", "mohamed_chaouki", "nee", "indicatorleerling (schooltoelage)"),
       ("3", "amber_thijs", "nee", ""), ("4", "senne_luyten", "nee", "indicatorleerling (schooltoelage)"),
       ("5", "aya_benhaddou", "nee", "indicatorleerling (schooltoelage)"), ("12", "nore_bollen", "nee", "")]
_rows = [[r, K[k].name, v, o] for r, k, v, o in _wl]
mail("html-wachtlijst-indicator", frm=who("nadia"), to=[who("bart")],
     subject="Wachtlijst 1A na toewijzing",
     body="Bart,\n\nDe wachtlijst 1A (uittreksel). Volgens de LOP-afspraken gaan indicatorleerlingen voor bij vrijgekomen plaatsen.\n\n" +
     text_table(["Rang", "Leerling", "Voorrang", "Opmerking"], _rows) + "\n\nNadia\n",
     html=text_to_html("Bart,\n\nDe wachtlijst 1A (uittreksel). Volgens de LOP-afspraken gaan indicatorleerlingen "
                       "voor bij vrijgekomen plaatsen.\n") +
     html_table(["Rang", "Leerling", "Voorrang", "Opmerking"], _rows) + text_to_html("\nNadia"),
     mode="html", fmt=["table"], rules=["sensitive"], cats=["financial"], about=[K[k].id for _, k, _, _ in _wl],
     note="waiting list table: ranks are harmless, but school-allowance indicator per named pupil is financial")

_cz = [["Intern nummer", "Naam", "Voornaam", "Rijksregisternummer", "Zorg"],
       [K["lucas_daems"].id, "Daems", "Lucas", rrn(13, 2, 11, 157), "dyslexie + dyscalculie, STICORDI"],
       [K["lore_huybrechts"].id, "Huybrechts", "Lore", rrn(13, 6, 3, 284), "dossier redelijke aanpassingen"],
       [K["elise_nijs"].id, "Nijs", "Elise", rrn(13, 10, 21, 342), "CLB-traject taal"],
       [K["oscar_vandeput"].id, "Vandeput", "Oscar", rrn(13, 4, 8, 71), "logopedie (stotteren)"]]
mail("csv-zorgoverzicht-met-rijksregisternummer", frm=who("nadia"), to=[who("ldw")],
     subject="export zorgvragen nieuwe leerlingen",
     body="""Liesbeth,

Hierbij de export uit het inschrijvingsprogramma met alleen de leerlingen waar bij 'zorg' iets ingevuld is.

Nadia
""",
     atts=[att("zorgvragen_INS25.csv", csv_bytes(_cz))],
     rules=["sensitive", "personal_data"], cats=["care"], about=[r[0] for r in _cz[1:]],
     note="CSV with national register numbers and care needs")

_xz = [["Leerling", "Klas", "Medisch", "Zorg"],
       [K["mila_jacobs"].name, "1A", "diabetes type 1 (pomp)", ""],
       [K["seppe_wuyts"].name, "1B", "epilepsie, Depakine", "noodplan"],
       [K["jules_vanroy"].name, "1B", "Rilatine", "ADHD, time-out kaart"],
       [K["vic_heylen"].name, "1A", "", "verslag type 9"]]
mail("xlsx-medische-fiches-zorg", frm=who("liesbeth"), to=[who("bart")],
     subject="lijst aandachtspunten nieuwe 1e jaars",
     body="""Bart,

Voor de klasverdeling: de lijst met medische en zorgaandachtspunten van de nieuwe eerstejaars die tot nu toe
ingeschreven zijn. Enkel voor jou en de titularissen aub.

Liesbeth
""",
     atts=[att("aandachtspunten_1e_jaar.xlsx", make_xlsx(_xz))],
     rules=["sensitive"], cats=["medical", "care"], about=[K[k].id for k in ["mila_jacobs", "seppe_wuyts", "jules_vanroy", "vic_heylen"]],
     note="xlsx with medical and care facts per pupil")

mail("verslag-cel-leerlingenbegeleiding-word", frm=who("sofie"), to=[who("liesbeth"), who("bart"), who("greet")],
     subject="Verslag cel leerlingenbegeleiding 2 april – instroom",
     body="""Dag allen,

Hieronder het verslag van gisteren, geplakt uit Word.

VERSLAG CEL LEERLINGENBEGELEIDING – 2 APRIL 2025
Aanwezig: Liesbeth De Wit, Bart Janssens, Greet Luyten, Sofie Maes
Agendapunt 1: nieuwe inschrijvingen met aandachtspunten

1.	Hanne Cools – angststoornis, afwezig sinds januari in de lagere school. Actie: gesprek eind juni (Sofie).
2.	Seppe Wuyts – epilepsie; noodplan en Buccolam voor september. Actie: medicatiekast (Liesbeth).
3.	Rune Vanderhoven – vader overleden in januari; mama vraagt voorzichtigheid. Actie: titularis informeren.
4.	Ward Smets – slachtoffer van pesten lagere school; niet in klas met leerlingen van zijn vorige school.
5.	Varia: de instroom in het 3e en 4e jaar bespreken we op 23 april.

Volgende cel: 23 april, 12u30, B017.

Sofie
""",
     fmt=["word-paste"], rules=["sensitive"], cats=["psychosocial", "medical", "family"],
     about=[K[k].id for k in ["hanne_cools", "seppe_wuyts", "rune_vanderhoven", "ward_smets"]],
     note="long meeting report pasted from Word, facts on several pupils")

p = K["chloe_dumont"]
mail("re-grootmoeder-gevangenis-chloe", frm=who("jeroen"), to=[who("sofie")],
     subject="RE: kennismaking Chloé Dumont",
     reply=True,
     body="""Merci Sofie, goed om te weten. Ik zal haar grootmoeder als contactpersoon gebruiken, niet de moeder.

Jeroen

-----Oorspronkelijk bericht-----
Van: Sofie Maes
Verzonden: donderdag 3 april 2025 16:05
Aan: Jeroen Verhaegen
Onderwerp: kennismaking Chloé Dumont

Jeroen, Chloé Dumont komt in jouw 1B. Ze woont bij haar grootmoeder omdat haar moeder sinds maart in de gevangenis
zit. Rapport dus naar de grootmoeder. Sofie
""",
     rules=["sensitive"], cats=["family"], about=[p.id], note="parent in prison mentioned in passing in the quoted mail")

p = K["stan_wijns"]
mail("fw-clb-verslag-naar-eigen-gmail", frm=who("sofie"), to=["sofie.maes.lb@gmail.com"],
     subject="FW: CLB-verslag Stan Wijns",
     body="""om thuis te lezen

-----Oorspronkelijk bericht-----
Van: An Mertens <an.mertens@vclb-hageland.be>
Verzonden: vrijdag 4 april 2025 11:12
Aan: Sofie Maes <sofie.maes@sintpieterscollege.be>
Onderwerp: CLB-verslag Stan Wijns

Dag Sofie,

Zoals gevraagd de samenvatting van het onderzoek bij Stan Wijns: totaal IQ 74 (grensgebied), zwak werkgeheugen,
sterke visuele vaardigheden. Wij adviseren de B-stroom met ondersteuning vanuit het ondersteuningsnetwerk.

An Mertens, CLB-medewerker
""",
     fwd=True, rules=["sensitive", "private_account"], cats=["care"], about=[p.id],
     note="CLB test results forwarded to the staff member's own gmail")

p = K["shana_vangorp"]
mail("zwangerschap-instroom-5e-jaar-shana", frm=who("greet"), to=[who("katrien")],
     subject="Inschrijving Shana Van Gorp – 5e jaar",
     body="""Katrien,

Shana Van Gorp (16) schrijft in voor het 5e jaar Humane wetenschappen. Ze is zwanger, uitgerekend in oktober.
Mama vraagt of ze na de bevalling tijdelijk onderwijs aan huis kan krijgen. Kunnen we dat vooraf bespreken?

Greet
""",
     rules=["sensitive"], cats=["medical"], about=[p.id], note="pregnancy of a pupil")

p = K["hugo_lefevre"]
mail("asthme-inhalateur-fr-hugo", frm=who("liesbeth"), to=[p.p1],
     subject="Hugo – asthme et sport",
     body="""Chère Madame Lefèvre,

Merci pour les informations. Nous avons noté que Hugo souffre d'asthme sévère et qu'il doit toujours avoir son
inhalateur (Ventolin) sur lui, aussi pendant les cours d'éducation physique. Pourriez-vous nous faire parvenir le
certificat médical de son pneumologue avant la rentrée ?

Bien à vous,

Liesbeth De Wit
Coordinatrice des soins
""" + SIGNOFF,
     lang="fr", rules=["sensitive"], cats=["medical"], about=[p.id], note="French: severe asthma, to the mother")

p = K["oliver_bennett"]
mail("asd-ehcp-en-oliver", frm=who("rachel"), to=[p.p1],
     subject="Oliver's support plan",
     body="""Dear Mrs Bennett,

Thank you for sending Oliver's EHCP from his school in Manchester. Our care coordinator, Ms De Wit, has read it:
since Oliver has an autism diagnosis, we will translate the key adjustments (quiet space at lunch, visual
timetable, advance notice of changes) into a Flemish plan of reasonable adjustments. She would like to meet you
and Oliver in May; I will be there to interpret.

Kind regards,
Rachel O'Connor
""",
     lang="en", rules=["sensitive"], cats=["care"], about=[p.id], note="English: autism diagnosis and support plan")


# ---------------------------------------------------------------- D. misdirected (recipient)

p = K["lotte_peeters"]
mail("mis-peeters-verslag-dyslexie", frm=who("ldw"), to=[K["lars_peeters"].p1],
     subject="Attest dyslexie Lotte",
     body="""Beste ouders,

Bedankt om het attest dyslexie van Lotte Peeters te bezorgen. Ik heb het opgenomen in haar dossier; vanaf
september krijgt ze extra tijd en voorleessoftware. Ik bespreek het in juni nog met Lotte zelf.

""" + sig("ldw"),
     rules=["sensitive", "recipient"], cats=["care"], about=[p.id], mis=True,
     note="two Peeters families: sent to the parent of Lars Peeters (3B), not to Lotte's parents")

p = K["noor_janssens"]
mail("mis-janssen-autocomplete-coeliakie", frm=who("nadia"), to=[K["mats_janssen"].p1],
     subject="Noor – glutenvrije maaltijden",
     body="""Beste mevrouw Janssens,

We hebben de keuken gevraagd om voor Noor Janssens glutenvrij te koken vanaf september, omdat ze coeliakie heeft.
Wilt u nog het attest van de maag-darmarts bezorgen?

""" + sig("nadia"),
     rules=["sensitive", "recipient"], cats=["medical"], about=[p.id], mis=True,
     note="autocomplete: an.janssen@ (mother of Mats Janssen) instead of an.janssens@")

p = K["liam_verstraeten"]
mail("mis-verkeerde-thread-afbetaling-liam", frm=who("ann"), to=[K["nora_aerts"].p1],
     subject="RE: factuur inschrijving",
     reply=True,
     body="""Beste mevrouw,

Geen probleem, we spreiden de achterstallige schoolrekeningen van Liam Verstraeten over zes maanden, zoals u
vroeg omdat u momenteel werkloos bent. De eerste schijf van 45 euro verwachten we op 1 mei.

Ann Gijbels
Boekhouding

-----Oorspronkelijk bericht-----
Van: aerts.kathleen@telenet.be
Verzonden: maandag 7 april 2025 20:14
Onderwerp: factuur inschrijving

Goedendag, mag ik de factuur van de inschrijving op naam van mijn man laten zetten? Kathleen Aerts
""",
     rules=["sensitive", "recipient"], cats=["financial"], about=[p.id], mis=True,
     note="reply in the wrong thread: payment plan of Liam sent to Nora Aerts' mother")

p = K["yasmine_benali"]
mail("mis-yasmine-verkeerde-vader-omgangsregeling", frm=who("els"), to=[K["yasmine_bakkali"].p1],
     subject="Afhalen Yasmine",
     body="""Beste meneer,

Zoals u vroeg hebben we genoteerd dat Yasmine Benali volgens de omgangsregeling enkel in de weekends van de
even weken door haar vader mag opgehaald worden, en dat de moeder het ouderlijk gezag alleen uitoefent.

""" + sig("els"),
     rules=["sensitive", "recipient"], cats=["family"], about=[p.id], mis=True,
     note="two pupils named Yasmine: custody note about Yasmine Benali sent to Yasmine Bakkali's father")

p = K["thomas_wouters"]
mail("mis-wouters-wauters-pesten", frm=who("sofie"), to=[K["thomas_wauters"].p1],
     subject="Kennismakingsgesprek Thomas",
     body="""Beste mevrouw,

Ik heb uw mail over de pestproblemen van Thomas Wouters in het vijfde en zesde leerjaar goed gelezen. Ik stel
voor dat we elkaar zien op 6 mei om 16u om te bekijken hoe we zijn start bij ons veilig kunnen maken.

""" + sig("sofie"),
     rules=["sensitive", "recipient"], cats=["psychosocial"], about=[p.id], mis=True,
     note="Wouters/Wauters: bullying history sent to the mother of Thomas Wauters (2B)")

p = K["emma_claes"]
mail("mis-claes-claessens-getuigschrift", frm=who("els"), to=[K["emma_claessens"].p1],
     subject="Inschrijving Emma – getuigschrift ontbreekt",
     body="""Beste ouders,

In het inschrijvingsdossier van Emma Claes ontbreekt nog een kopie van het getuigschrift basisonderwijs. U kunt
het bezorgen na de proclamatie eind juni, gewoon op het secretariaat of via mail.

""" + sig("els"),
     rules=["recipient"], about=[p.id], mis=True,
     note="missing document for Emma Claes sent to the family of Emma Claessens (1C)")

p = K["milan_de_smet"]
mail("mis-de-smet-desmet-afspraak", frm=who("ins"), to=[K["milan_desmet"].p1],
     subject="Uw afspraak voor Milan verplaatst",
     body="""Beste ouder,

Door een personeelsvergadering moeten we uw afspraak voor de inschrijving van Milan De Smet verplaatsen naar
woensdag 26 maart om 13.30 uur, lokaal B014. Past dat niet, laat het ons weten.

Met vriendelijke groeten,
Team inschrijvingen
""" + SIGNOFF,
     rules=["recipient"], about=[p.id], mis=True,
     note="De Smet/Desmet: appointment of the new pupil sent to the father of Milan Desmet (5B)")

p = K["sara_vermeulen"]
mail("mis-vermeulen-schoolbus", frm=who("mark"), to=[K["sarah_vermeulen"].p1],
     subject="RE: schoolbus vanuit Averbode",
     reply=True,
     body="""Beste mevrouw Vermeulen,

Sara Vermeulen kan vanaf september met de schoolbus van lijn 35 mee. De bus stopt aan de kerk van Averbode om
7.22 uur en rijdt tot aan de schoolpoort. Een abonnement vraagt u aan via de website van De Lijn.

Mark Thys
opvoeder
""",
     rules=["recipient"], about=[p.id], mis=True,
     note="two Vermeulen families: bus answer about new pupil Sara sent to the mother of Sarah Vermeulen (6A)")

p = K["adam_haddou"]
mail("mis-haddou-haddad-wachtlijst", frm=who("ins"), to=[K["adam_haddad"].p1],
     subject="Wachtlijst 1A – Adam",
     body="""Beste ouders,

Adam Haddou staat momenteel op plaats 7 van de wachtlijst voor het eerste jaar A. Er zijn sinds vorige week twee
plaatsen vrijgekomen; we verwachten u binnenkort te kunnen contacteren.

Met vriendelijke groeten,
Team inschrijvingen
""" + SIGNOFF,
     rules=["recipient"], about=[p.id], mis=True,
     note="Haddou/Haddad: waiting-list message sent to the father of Adam Haddad (3C)")

p = K["louise_martin"]
mail("mis-martin-martens-bevestiging", frm=who("nadia"), to=[K["louis_martens"].p1],
     subject="Bevestiging inschrijving Louise",
     body="""Beste mevrouw,

Hierbij bevestigen wij de inschrijving van Louise Martin in het eerste jaar, basisoptie Klassieke talen. De
onthaaldag is op woensdag 27 augustus.

""" + sig("nadia"),
     rules=["recipient"], about=[p.id], mis=True,
     note="autocomplete 'mart': confirmation for Louise Martin sent to the mother of Louis Martens (2A)")

p = K["finn_goossens"]
mail("mis-goossens-handtekening", frm=who("els"), to=[K["fien_goossens"].p1],
     subject="Handtekening inschrijvingsformulier Finn",
     body="""Beste meneer Goossens,

Op het inschrijvingsformulier van Finn Goossens ontbreekt nog uw handtekening als tweede ouder. Kunt u eens
langskomen of het formulier ondertekend terugmailen?

""" + sig("els"),
     rules=["recipient"], about=[p.id], mis=True,
     note="two Goossens families: Peter Goossens (father of Fien, 4C) is not Finn's parent")

p = K["ella_michiels"]
mail("mis-michiels-broer-zus-voorrang", frm=who("nadia"), to=[K["jonas_michiels"].p1],
     subject="Voorrang broers en zussen – Ella",
     body="""Beste ouders,

Goed nieuws: de inschrijving van Ella Michiels in de voorrangsperiode voor broers en zussen is bevestigd. U hoeft
niet meer aan te melden op het centrale platform.

""" + sig("nadia"),
     rules=["recipient"], about=[p.id], mis=True,
     note="sibling mix-up: secretariat assumed Ella is the sister of Jonas Michiels (3A) and wrote to his parents")


# ---------------------------------------------------------------- E. personal, not sensitive, correctly addressed

p = K["lars_peeters"]
mail("turnzak-lars-peeters", frm=who("mark"), to=[p.p1],
     subject="Turnzak Lars",
     body="""Beste ouders,

Lars Peeters heeft zijn turnzak laten liggen in de sporthal. Hij kan hem morgen ophalen bij mij aan het onthaal.

Mark Thys
opvoeder
""",
     about=[p.id], note="lost item, correct family (same surname as Lotte's family)")

p = K["mats_janssen"]
mail("oudercontact-verplaatst-mats", frm=who("jeroen"), to=[p.p1],
     subject="Oudercontact verplaatst",
     body="""Beste mevrouw Janssen,

Ik moet ons oudercontact over het rapport van Mats verplaatsen van donderdag naar vrijdag 4 april, 17.10 uur,
lokaal A112. Lukt dat?

Jeroen Verhaegen
""",
     about=[p.id], note="appointment moved, correct parent (an.janssen@)")

p = K["milan_desmet"]
mail("stage-uren-milan-desmet", frm=who("greet"), to=[p.p1],
     subject="Stage Milan 5B",
     body="""Beste heer Desmet,

De stage van Milan bij het dierenasiel loopt van 12 tot 16 mei, telkens van 8.30 tot 16 uur. Het stagecontract
geeft Milan deze week mee.

Greet Luyten
""",
     about=[p.id], note="practical internship info, correct parent")

p = K["sarah_vermeulen"]
mail("proclamatie-kaarten-sarah", frm=who("secr"), to=[p.p1],
     subject="Kaarten proclamatie 6e jaar",
     body="""Beste mevrouw Vermeulen,

U vroeg 4 extra kaarten voor de proclamatie van Sarah. Dat kan: ze liggen vanaf maandag klaar op het
secretariaat (8 euro per kaart, te betalen via de schoolrekening).

Vriendelijke groeten,
Leerlingensecretariaat
""",
     about=[p.id], note="practical, correct parent of Sarah Vermeulen")

p = K["adam_haddad"]
mail("uitstap-brussel-adam-haddad", frm=who("jeroen"), to=[p.p1],
     subject="Uitstap Brussel 3C",
     body="""Beste heer Haddad,

Adam vroeg of hij in Brussel mag afstappen aan het Zuidstation om bij familie te blijven. Dat kan, als u het
strookje ondertekent dat hij morgen meekrijgt. Vertrek om 8.15 uur aan de schoolpoort.

Jeroen Verhaegen
""",
     about=[p.id], note="trip practicalities, correct parent")

p = K["fien_goossens"]
mail("goed-rapport-fien", frm=who("jeroen"), to=[p.p2],
     subject="Proficiat Fien",
     body="""Beste mevrouw Goossens,

Even een positieve mail tussendoor: Fien heeft voor het project wiskunde-fysica de hoogste score van de klas.
De jury was erg onder de indruk van haar presentatie.

Jeroen Verhaegen
""",
     about=[p.id], note="good report, correct parent")

p = K["emma_claessens"]
mail("jas-vergeten-emma-claessens", frm=who("mark"), to=[p.p1],
     subject="Jas Emma",
     body="""Beste ouders,

Er hangt al een week een blauwe winterjas met de naam Emma Claessens in de refter. Emma mag hem komen halen.

Mark
""",
     about=[p.id], note="lost jacket, correct family")

mail("voorrang-broer-zus-janssens", frm=who("nadia"), to=[K["noor_janssens"].p1],
     subject="Voorrang broers/zussen – Noor",
     body="""Beste mevrouw Janssens,

Omdat Wout Janssens al in 3A zit, kan Noor Janssens ingeschreven worden in de voorrangsperiode voor broers en
zussen (10 tot 21 maart). Maak gerust een afspraak via de website; u hoeft niet aan te melden op het centrale
platform.

""" + sig("nadia"),
     about=[K["noor_janssens"].id, K["wout_janssens"].id], note="sibling priority, correct (shared) parent address")

p = K["lien_verhaegen"]
mail("voorrang-kind-personeel-lien", frm=who("nadia"), to=[p.p1],
     subject="Inschrijving Lien – voorrang kinderen van personeel",
     body="""Dag Jeroen,

Voor Lien kun je als personeelslid gebruik maken van de voorrangsperiode (10-21 maart). Breng haar
identiteitskaart en de jouwe mee; het formulier kun je bij mij komen tekenen, dat is zo gebeurd.

Nadia
""",
     about=[p.id], note="staff child priority, sent to the colleague's own parent address (school sender)")

p = K["sara_vermeulen"]
mail("afspraak-verplaatst-sara", frm=who("ins"), to=[p.p1],
     subject="Nieuw tijdstip inschrijving Sara",
     body="""Beste heer Vermeulen,

Uw afspraak voor de inschrijving van Sara Vermeulen wordt verplaatst naar donderdag 27 maart om 10 uur. Sorry
voor het ongemak.

Met vriendelijke groeten,
Team inschrijvingen
""",
     about=[p.id], note="appointment moved, correct father")

p = K["emma_claes"]
mail("document-ontbreekt-emma-claes", frm=who("els"), to=[p.p2],
     subject="Inschrijving Emma – kopie identiteitskaart",
     body="""Beste heer Claes,

Voor het dossier van Emma Claes hebben we nog een kopie nodig van de Kids-ID (voor- en achterkant). Mag ik u
vragen die te mailen of mee te geven?

""" + sig("els"),
     about=[p.id], note="missing document, correct father")

mail("tweeling-klasverdeling-goris", frm=who("bart"), to=[K["jana_goris"].p1],
     subject="Jana en Kato – klasverdeling",
     body="""Beste mevrouw Goris,

U vroeg of Jana en Kato Goris volgend jaar in dezelfde klas mogen zitten. Wij zetten tweelingen gewoonlijk in
verschillende klassen, maar als u dat liever niet hebt, bespreken we het graag. Laat het me weten voor 15 juni.

""" + sig("bart"),
     about=[K["jana_goris"].id, K["kato_goris"].id], note="twins class question, correct parent")

p = K["louise_martin"]
mail("confirmation-inscription-louise-fr", frm=who("nadia"), to=[p.p1],
     subject="Confirmation de l'inscription de Louise",
     body="""Chère Madame Dubois,

Nous avons le plaisir de vous confirmer l'inscription de Louise Martin en première année (option latin) pour
l'année scolaire 2025-2026. La journée d'accueil aura lieu le mercredi 27 août à 9 heures.

Bien cordialement,
Nadia Bouzid
""",
     lang="fr", about=[p.id], note="French confirmation, correct mother (address does not spell the pupil's surname)")

p = K["lena_schepers"]
mail("schoolbus-vraag-lena", frm=who("mark"), to=[p.p1],
     subject="RE: bus vanuit Scherpenheuvel",
     reply=True,
     body="""Beste heer Schepers,

Vanuit Scherpenheuvel kan Lena de lijnbus 305 nemen (halte Markt, vertrek 7.31 uur). Ze stapt af aan de halte
Leuvensesteenweg, recht voor de school. Het abonnement is gratis tot 12 jaar.

Mark Thys

> Van: schepers.tom@gmail.com
> Welke bus kan Lena nemen vanaf Scherpenheuvel?
""",
     about=[p.id], note="school bus question, correct parent")

p = K["ayoub_elkhattabi"]
mail("pasfoto-ontbreekt-ayoub", frm=who("secr"), to=[p.p1],
     subject="Pasfoto leerlingenkaart Ayoub",
     body="""Beste heer El Khattabi,

Voor de leerlingenkaart van Ayoub hebben we nog een pasfoto nodig. U kunt een digitale foto mailen naar dit adres
(jpg, recent, op witte achtergrond).

Vriendelijke groeten,
Leerlingensecretariaat
""",
     about=[p.id], note="photo missing, correct parent")

p = K["fleur_vandebroek"]
mail("warme-maaltijden-fleur", frm=who("nadia"), to=[p.p1],
     subject="Middagmaal Fleur",
     body="""Beste mevrouw Vandebroek,

U kruiste op het inschrijvingsformulier niets aan bij het middagmaal. Blijft Fleur over met boterhammen, of wilt
u warme maaltijden (4,50 euro)? Een kort antwoord volstaat.

""" + sig("nadia"),
     about=[p.id], note="lunch choice, correct parent")

p = K["anouk_vandeneynde"]
mail("nieuw-mailadres-ouder-anouk", frm=who("els"), to=[p.p1],
     subject="RE: nieuw mailadres",
     reply=True,
     body="""Beste mevrouw Van den Eynde,

We hebben uw nieuwe e-mailadres genoteerd in het dossier van Anouk. Vanaf nu komen alle berichten op dit adres.

""" + sig("els"),
     about=[p.id], note="change of contact address, correct parent", charset="windows-1252")

p = K["mauro_rossi"]
mail("textbooks-en-mauro", frm=who("rachel"), to=[p.p1],
     subject="Textbooks for Mauro",
     body="""Dear Mrs Rossi,

You asked about the books for Mauro. The list of textbooks for the first year will be published in Smartschool
in July; you order them online via the book supplier and they are delivered at home before 20 August.

Kind regards,
Rachel O'Connor
""",
     lang="en", about=[p.id], note="English: textbooks, correct parent")

p = K["finn_goossens"]
mail("handtekening-tweede-ouder-finn", frm=who("els"), to=[p.p1],
     subject="Handtekening inschrijvingsformulier Finn",
     body="""Beste heer Goossens,

Op het inschrijvingsformulier van Finn Goossens ontbreekt nog de handtekening van de tweede ouder. Kunt u het
ondertekende formulier terugmailen of meegeven op de onthaaldag?

""" + sig("els"),
     about=[p.id], note="same request as the misdirected one, this time to Finn's own father (goossens.joris@)")

p = K["youssef_idrissi"]
mail("fietsstalling-badge-youssef", frm=who("mark"), to=[p.p1],
     subject="Fietsstalling Youssef",
     body="""Beste mevrouw Idrissi,

Youssef krijgt op de onthaaldag een badge voor de overdekte fietsstalling aan de Kapucijnenvest. Vergeet geen
goed slot: de stalling is overdag open.

Mark
""",
     enc="qp", about=[p.id], note="bike shed badge (no code), correct parent")


# ---------------------------------------------------------------- F. general letters (must pass)

NEWPAR = ALL_NEW_PARENTS()
GROUP_NEW = "ouders-nieuwe-leerlingen@spc.ksleuven.be"


def general(slug, subject, body, staff=False, frm="directie", to=None, bcc=None, **kw):
    if staff:
        bcc = bcc or [PERSONEEL]
        to = to or [who(frm)]
        note = kw.pop("note", "general letter to all staff, staff list only in BCC")
    else:
        bcc = bcc or NEWPAR
        to = to or [who(frm)]
        note = kw.pop("note", "general letter to all parents of new pupils, parents only in the envelope (BCC)")
    mail(slug, frm=who(frm), to=to, bcc=bcc, subject=subject, body=body, note=note, fmt=["general"], **kw)


general("algemeen-welkom-nieuwe-ouders", "Welkom in het Sint-Pieterscollege Diest",
        """Beste ouders,

Uw zoon of dochter is ingeschreven in ons eerste jaar: van harte welkom in het Sint-Pieterscollege!
In deze brief vindt u de belangrijkste data tot de start van het schooljaar:

- woensdag 25 juni: kennismakingsavond voor ouders, 19.30 uur, refter
- midden juli: boekenlijst en materiaallijst op Smartschool
- woensdag 27 augustus: onthaaldag voor de nieuwe leerlingen, 9 tot 12 uur
- maandag 1 september: eerste schooldag, 8.25 uur

Vragen? Mail naar inschrijvingen@spc.ksleuven.be.

Met vriendelijke groeten,
Katrien Wouters
directeur
""" + SIGNOFF, mode="alt")

general("algemeen-documenten-meebrengen", "Inschrijving: welke documenten brengt u mee?",
        """Beste ouders,

Op het moment van de inschrijving vragen wij:
1. de identiteitskaart (of Kids-ID) van uw kind, waarop het rijksregisternummer staat;
2. de identiteitskaart van de ouder die inschrijft;
3. het ticket van het aanmeldplatform (indien van toepassing);
4. eventueel een verslag of gemotiveerd verslag van het CLB, als uw kind dat heeft.

Uw pincode of andere codes hebben we nooit nodig. Stuur ons ook nooit documenten met wachtwoorden door.

Met vriendelijke groeten,
Team inschrijvingen
""" + SIGNOFF, frm="ins", bcc=[GROUP_NEW], note="general letter; the parents' list address is only in BCC")

general("algemeen-inschrijvingsbijdrage-schooltoelage", "Inschrijvingsbijdrage en schooltoelage",
        """Beste ouders,

Bij de inschrijving vragen wij een bijdrage van 60 euro voor de werkboeken van september. U betaalt via Payconiq
of cash op het secretariaat, of later via de eerste schoolrekening.

Wist u dat veel gezinnen recht hebben op een schooltoelage? U vraagt die aan bij uw uitbetaler van het
Groeipakket. Ook als het betalen van de schoolrekening moeilijk is, kunt u altijd discreet contact opnemen met
de boekhouding: samen zoeken we een oplossing.

Met vriendelijke groeten,
De directie
""" + SIGNOFF)

general("algemeen-clb-informatiebrief", "Informatie van het CLB",
        """Beste ouders,

Onze school werkt samen met het Vrij CLB Hageland. Het CLB volgt alle leerlingen op bij de systematische
contacten (medisch onderzoek in het eerste jaar) en helpt bij vragen over leren, studiekeuze, welbevinden en
gezondheid. Als uw kind in de lagere school door het CLB begeleid werd, wordt het dossier automatisch overgedragen,
tenzij u zich daartegen verzet binnen tien dagen na de inschrijving.

In bijlage vindt u de folder van het CLB.

Met vriendelijke groeten,
De directie
""" + SIGNOFF, atts=[att("CLB_folder_ouders.pdf", make_pdf(["Vrij CLB Hageland - informatie voor ouders",
                                                          "Wat doet het CLB?", "Leren en studeren, onderwijsloopbaan,",
                                                          "psychisch en sociaal functioneren, preventieve gezondheidszorg."]))])

general("algemeen-medicatiebeleid", "Medicatie op school",
        """Beste ouders,

Leerkrachten mogen geen medicatie geven zonder attest. Moet uw kind op school medicatie nemen, bezorg dan het
formulier 'medicatie op school' ingevuld door de arts. Bij ernstige allergieën of chronische aandoeningen maken we
graag samen met u een plan op. U vindt het formulier op Smartschool onder 'Documenten > Inschrijvingen'.

Met vriendelijke groeten,
De directie
""" + SIGNOFF, mode="html")

general("algemeen-pestbeleid", "Samen tegen pesten",
        """Beste ouders,

Een veilige school is voor ons een prioriteit. Wij hebben een anti-pestbeleid met een vertrouwenspersoon per
graad, een no-blame aanpak en duidelijke afspraken over online gedrag. Als u merkt dat uw kind gepest wordt of
zelf pest, contacteer dan de leerlingenbegeleiding. Meer info in het schoolreglement, hoofdstuk 6.

Met vriendelijke groeten,
De directie
""" + SIGNOFF)

general("algemeen-wachtlijst-procedure", "Hoe werkt de wachtlijst?",
        """Beste ouders,

Als uw kind na de toewijzing op het aanmeldplatform geen plaats kreeg, staat het op onze wachtlijst. De volgorde
(uw rangnummer) werd bepaald door het platform en kan niet gewijzigd worden. Komt er een plaats vrij, dan bellen
of mailen wij de eerste ouder op de lijst. U hebt dan vier werkdagen om in te schrijven. De wachtlijst vervalt op
de eerste schooldag van oktober.

Met vriendelijke groeten,
Team inschrijvingen
""" + SIGNOFF, frm="ins", bcc=[GROUP_NEW], note="general letter on waiting-list procedure, list only in BCC")

general("algemeen-voorrang-broers-zussen-personeel", "Voorrangsperiode broers, zussen en kinderen van personeel",
        """Beste ouders,

Van 10 tot en met 21 maart kunnen broers en zussen van leerlingen van onze school, en kinderen van personeelsleden,
rechtstreeks ingeschreven worden zonder aanmelding op het platform. Maak een afspraak via de website. Na 21 maart
vervalt deze voorrang.

Met vriendelijke groeten,
De directie
""" + SIGNOFF, bcc=["ouders-alle-leerlingen@spc.ksleuven.be"],
        note="general letter to all current parents via a list in BCC")

general("algemeen-onthaaldag", "Onthaaldag 27 augustus",
        """Beste ouders,

Op woensdag 27 augustus verwachten wij alle nieuwe eerstejaars van 9 tot 12 uur. Ze leren hun klas, hun titularis
en het gebouw kennen en krijgen hun leerlingenkaart en locker. Ouders zijn om 11.30 uur welkom in de refter voor
een drankje. Breng een pennenzak en een boterham mee.

Met vriendelijke groeten,
De directie
""" + SIGNOFF, mode="alt")

general("algemeen-herinnering-betaling", "Herinnering: inschrijvingsbijdrage",
        """Beste ouders,

Bij een aantal inschrijvingen is de bijdrage voor de werkboeken nog niet betaald. Wie nog niet betaalde, kan dat
doen via Payconiq op het secretariaat of bij de eerste schoolrekening. Hebt u al betaald, dan mag u deze mail
als niet verzonden beschouwen.

Met vriendelijke groeten,
Boekhouding
""" + SIGNOFF, frm="ins", note="payment reminder to everybody, nobody named")

general("personeel-planning-inschrijvingsdagen", "Planning inschrijvingsdagen – wie staat waar?",
        """Beste collega's,

Hierbij de planning van de inschrijvingsdagen:

Zaterdag 22/3: Els, Nadia, Mark (onthaal), Bart (directie)
Maandag 24/3: Nadia, Els, Liesbeth (zorggesprekken, B017)
Dinsdag 25/3 – vrijdag 28/3: Nadia en Els in B014, op afspraak

Leraren die willen helpen bij het onthaal op zaterdag: laat het Bart weten. Recuperatie volgens de gewone regeling.

Katrien
""", staff=True, mode="alt")

general("personeel-privacy-herinnering", "Herinnering: privacy tijdens de inschrijvingen",
        """Beste collega's,

Tijdens de inschrijvingen verwerken we veel persoonsgegevens. Enkele afspraken uit ons communicatiebeleid:
- verstuur nooit een wachtwoord via mail of Smartschool-bericht, ook niet aan een collega;
- gevoelige informatie (gezinssituatie, medisch, zorg, financieel) hoort in het leerlingvolgsysteem, niet in mails;
- mail aan meerdere ouders altijd in BCC;
- gebruik geen privé-mailadres voor schoolzaken;
- twijfel? Contacteer privacy@lksd.ksleuven.be.

Met dank,
Katrien
""", staff=True)

general("personeel-parking-lokalen", "Zaterdag 22/3: parking en lokalen",
        """Beste collega's,

Zaterdag is de parking aan de Kapucijnenvest voorbehouden voor ouders. Personeel parkeert aan de sporthal.
De lokalen B014 tot B017 en de refter worden vrijdag na het 8e lesuur ingericht; laat daar aub niets liggen.

Bart
""", staff=True, frm="bart")

general("personeel-procedure-verslag-redelijke-aanpassingen", "Procedure: inschrijving met verslag",
        """Beste collega's,

Bij een inschrijving van een leerling met een verslag (buitengewoon onderwijs) of een dossier redelijke
aanpassingen schrijven we in onder ontbindende voorwaarde. De zorgcoördinator organiseert daarna een overleg met
ouders en CLB. Geef als leraar op de inschrijvingsdag geen beloftes over aanpassingen; verwijs naar Liesbeth.

Met vriendelijke groeten,
De directie
""", staff=True)

general("algemeen-busroutes", "Schoolbussen volgend schooljaar",
        """Beste ouders,

Vanaf september rijden er opnieuw drie schoolbussen: lijn 35 (Averbode – Testelt – Diest), lijn 305
(Scherpenheuvel – Diest) en een pendel vanuit Halen. De uurregelingen vindt u vanaf juli op onze website.
Abonnementen vraagt u zelf aan via De Lijn.

Met vriendelijke groeten,
Leerlingensecretariaat
""" + SIGNOFF, frm="secr", bcc=[GROUP_NEW], enc="qp", note="general bus letter, list in BCC")

general("algemeen-infoavond-studierichtingen", "Infoavond studierichtingen eerste graad",
        """Beste ouders,

Op donderdag 24 april om 19.30 uur stellen we de basisopties van het eerste jaar voor: Klassieke talen, Moderne
talen en wetenschappen, STEM en Economie en organisatie. U kunt vragen stellen aan de leraren en de lokalen
bezoeken.

Met vriendelijke groeten,
De directie
""" + SIGNOFF, atts=[att("Infoavond_1e_graad.pdf", make_pdf(["Infoavond studierichtingen eerste graad",
                                                            "Donderdag 24 april, 19.30 uur, refter",
                                                            "Sint-Pieterscollege Diest"]))])

general("lettre-generale-fr", "Bienvenue au Sint-Pieterscollege",
        """Chers parents,

Votre enfant est inscrit en première année : bienvenue ! Les cours sont donnés en néerlandais. Pour les élèves
qui ne parlent pas encore bien le néerlandais, nous organisons un accompagnement linguistique pendant le premier
trimestre. La journée d'accueil a lieu le mercredi 27 août de 9 à 12 heures.

Pour toute question : inschrijvingen@spc.ksleuven.be

Bien cordialement,
La direction
""" + SIGNOFF, lang="fr", bcc=["ouders-fr@spc.ksleuven.be"], note="French general letter, list in BCC")

general("general-letter-en", "Welcome to Sint-Pieterscollege",
        """Dear parents,

Your child has been registered for the first year at our school. Welcome! Lessons are taught in Dutch, and
newcomers receive extra Dutch language support in the first term. All information will be shared via
Smartschool, our online school platform; your login details will be handed out on the introduction day.

Kind regards,
The management team
""" + SIGNOFF, lang="en", bcc=["ouders-en@spc.ksleuven.be"], note="English general letter, list in BCC")

general("personeel-platform-storing", "Storing aanmeldplatform",
        """Beste collega's,

Het aanmeldplatform ligt sinds 10 uur plat. Ouders die bellen: de aanmeldperiode wordt verlengd tot vrijdag.
Probeer niet zelf in te loggen met andere accounts en stuur geen logingegevens door; Pieter volgt het op met de
helpdesk (ticket #48213).

Katrien
""", staff=True, note="staff letter mentioning logins and a ticket number, no secret; list in BCC")

general("algemeen-redelijke-aanpassingen-info", "Zorg op school: hoe bezorgt u een verslag?",
        """Beste ouders,

Heeft uw kind een verslag, een attest van dyslexie of dyscalculie, of kreeg het redelijke aanpassingen in de
lagere school? Bezorg ons de documenten dan via de zorgcoördinator, in een gesloten envelop of via het
beveiligde formulier op Smartschool, liefst niet per gewone mail. In juni nodigen wij u uit voor een gesprek.

Met vriendelijke groeten,
De zorgcoördinator
""" + SIGNOFF, frm="ldw", bcc=[GROUP_NEW], note="general care information letter, nobody named, list in BCC")


# ---------------------------------------------------------------- G. ordinary mail (bcc, private_account, attachment, personal_data, plain)

_wlpar = [K[k].p1 for k in ["lisa_vandevelde", "amber_thijs", "senne_luyten", "mohamed_chaouki"]]
mail("bcc-wachtlijstouders-zichtbaar", frm=who("ins"), to=_wlpar,
     subject="Uitnodiging infomoment wachtlijst",
     body="""Beste ouders,

Uw kind staat op onze wachtlijst voor het eerste jaar. Graag nodigen we u uit op een kort infomoment op maandag
14 april om 18 uur in de refter, waar we uitleggen hoe vrijgekomen plaatsen toegewezen worden.

Met vriendelijke groeten,
Team inschrijvingen
""" + SIGNOFF,
     rules=["bcc"], note="four parents' addresses visible to each other in To; no pupil named")

mail("bcc-groepsadres-ouders-in-aan", frm=who("secr"), to=[GROUP_NEW],
     subject="Kennismakingsavond 25 juni",
     body="""Beste ouders,

Graag herinneren we u aan de kennismakingsavond voor ouders van nieuwe leerlingen op woensdag 25 juni om 19.30
uur in de refter. Inschrijven is niet nodig.

Vriendelijke groeten,
Leerlingensecretariaat
""" + SIGNOFF,
     fmt=["group-in-to"], rules=["bcc"], note="parents' group list in To instead of BCC")

mail("bcc-personeel-in-aan", frm=who("bart"), to=[PERSONEEL],
     subject="Broodjes zaterdag",
     body="""Beste collega's,

Wie zaterdag helpt bij de inschrijvingen: er zijn broodjes om 12.30 uur in de leraarskamer. Laat voor donderdag
weten of je blijft eten.

Bart
""",
     fmt=["group-in-to"], rules=["bcc"], note="staff list in To (policy 3.1: group address belongs in BCC)")

mail("bcc-externen-cc-capaciteit", frm=who("katrien"), to=["coordinator@lop-hageland.be"],
     cc=["directie@sintjanscollege-scherpenheuvel.be", "an.mertens@vclb-hageland.be"],
     subject="Capaciteit eerste jaar campus Diest 2025-2026",
     body="""Beste Hilde,

Na overleg met het schoolbestuur verhogen we de capaciteit voor 1A van 168 naar 180 leerlingen. Het
Sint-Janscollege en het CLB zet ik in kopie, zoals afgesproken op het LOP.

""" + sig("katrien"),
     rules=["bcc"], note="three outside partners visible to each other in To/CC")

mail("doorsturen-naar-eigen-gmail-planning", frm=who("mark"), to=["mark.thys1980@gmail.com"],
     subject="FW: Planning inschrijvingsdagen – wie staat waar?",
     body="""
-----Oorspronkelijk bericht-----
Van: Directie Sint-Pieterscollege <directie@spc.ksleuven.be>
Onderwerp: Planning inschrijvingsdagen – wie staat waar?

Zaterdag 22/3: Els, Nadia, Mark (onthaal), Bart (directie)
Maandag 24/3: Nadia, Els, Liesbeth (zorggesprekken, B017)
""",
     fwd=True, rules=["private_account"], note="staff forwards school mail to his own private mailbox")

p = K["elias_vanlaer"]
mail("hotmail-leraar-aan-ouder-afspraak", frm=("Jeroen Verhaegen", "jeroen.verhaegen@hotmail.com"), to=[p.p1],
     subject="afspraak kennismaking",
     body="""Beste meneer Van Laer,

Ik ben volgend jaar de titularis van Elias. Mijn schoolmail doet raar op mijn laptop thuis, vandaar dit adres.
Kunnen we de kennismaking verplaatsen naar 26 juni om 17 uur?

Jeroen Verhaegen
""",
     mailer="Outlook.com", rules=["private_account"], about=[p.id],
     note="teacher uses hotmail to write a parent about school business (content itself not sensitive)")

mail("prive-telenet-adjunct-aan-directeur", frm=("Bart Janssens", "bart.janssens.diest@telenet.be"), to=[who("katrien")],
     subject="cijfers inschrijvingen",
     body="""Katrien,

Van thuis uit (schoolaccount doet moeilijk): we zitten na vandaag op 161 inschrijvingen in 1A en 22 in 1B.
De wachtlijst telt 37 namen. Morgen meer.

Bart
""",
     rules=["private_account"], note="staff member writes a colleague about school business from a private provider")

mail("prive-mail-prive-zaken", frm=("Nadia Bouzid", "nadia.bouzid88@gmail.com"), to=["sara.elmoussaoui@hotmail.com"],
     subject="zaterdag etentje?",
     body="""Hey Sara!

Zaterdag moet ik tot 13u werken (inschrijvingen op school, je kent het), maar 's avonds ben ik vrij.
Zullen we iets gaan eten in Hasselt? Ik reserveer wel.

Kusjes
Nadia
""",
     note="private account for a private matter: allowed")

mail("xlsm-inschrijvingsmacro", frm=who("els"), to=[who("nadia")],
     subject="handige macro voor de telling",
     body="""Nadia,

Ik heb een Excel met een macro gemaakt die de inschrijvingen per basisoptie telt. Als hij vraagt om 'inhoud
inschakelen', gewoon ja klikken.

Els
""",
     atts=[att("telling_inschrijvingen.xlsm", make_xlsx([["Basisoptie", "Aantal"], ["Klassieke talen", "38"],
                                                        ["STEM", "51"]], macro=True))],
     rules=["attachment"], note="macro-enabled workbook")

mail("zip-met-exe-scannerdriver", frm=who("kevin"), to=[who("pcl")],
     subject="driver eID-lezers",
     body="""Pieter,

Driver voor de nieuwe eID-kaartlezers, kreeg ik van de leverancier. Zip uitpakken en setup draaien als admin.

Kevin
""",
     atts=[att("eid_reader_driver.zip", _zip([("eID_Reader_Setup_v4.2.exe", FAKE_EXE),
                                              ("LEESMIJ.txt", "Installeer als administrator.\r\n")]))],
     rules=["attachment"], note="zip archive containing an .exe")

mail("bat-kopieer-inschrijvingen", frm=who("pieter"), to=[who("els")],
     subject="scriptje back-up inschrijvingsmap",
     body="""Els,

Dubbelklik op het bestandje in bijlage op het einde van de dag, dan wordt de map Inschrijvingen naar de NAS
gekopieerd.

Pieter
""",
     atts=[att("backup_inschrijvingen.bat",
               "@echo off\r\nrobocopy \"C:\\Inschrijvingen\" \"\\\\nas-spc\\backup\\inschr\" /MIR /R:1 /W:1\r\npause\r\n")],
     rules=["attachment"], note="batch script attachment")

mail("docm-inschrijvingsformulier", frm=who("nadia"), to=["secretariaat@sintjanscollege-scherpenheuvel.be"],
     subject="ons inschrijvingsformulier",
     body="""Dag collega,

Zoals beloofd ons digitale inschrijvingsformulier. Het vult de adresgegevens automatisch aan (macro).

""" + sig("nadia"),
     atts=[att("Inschrijvingsformulier_2025.docm", make_docx(["Inschrijvingsformulier 2025-2026",
                                                               "Naam leerling: ...", "Basisoptie: ..."], macro=True))],
     rules=["attachment"], note="macro-enabled Word document sent to another school")

mail("handtekening-met-schooltelefoon", frm=who("els"), to=["support@aanmelden-hageland.be"],
     subject="Vraag over export aanmeldingen",
     body="""Beste,

Wij krijgen de export van de toegewezen leerlingen niet gedownload (foutmelding 'sessie verlopen'). Kunnen jullie
ons laten weten wanneer dit opgelost is?

""" + sig("els", phone=SCHOOL_PHONE),
     rules=["personal_data"], note="the school's own Belgian phone number in the signature")

p = K["emma_hermans"]
mail("terugbetaling-iban-emma", frm=who("ann"), to=[p.p1],
     subject="Terugbetaling inschrijvingsbijdrage Emma",
     body="""Beste mevrouw Hermans,

Jammer dat Emma door jullie verhuis naar Hasselt toch niet bij ons start. De inschrijvingsbijdrage van 60 euro
storten we deze week terug op het rekeningnummer dat u opgaf: %s (op naam van K. Hermans).

Ann Gijbels
Boekhouding
""" % be_iban("0631234567"),
     rules=["personal_data"], about=[p.id], note="refund to a parent's IBAN; withdrawal is no sensitive fact")

p = K["noah_celis"]
mail("attest-inschrijving-rijksregisternummer", frm=who("secr"), to=[p.p1],
     subject="Attest van inschrijving Noah",
     body="""Beste heer Celis,

Zoals gevraagd voor uw werkgever, het attest van inschrijving:

Hierbij verklaart de directie van het Sint-Pieterscollege Diest dat Noah Celis, geboren op 05/12/2013,
rijksregisternummer %s, ingeschreven is in het eerste jaar voor het schooljaar 2025-2026.

Vriendelijke groeten,
Leerlingensecretariaat
""" % rrn(13, 12, 5, 219) + SIGNOFF,
     rules=["personal_data"], about=[p.id], note="date of birth and valid national register number in a certificate")

mail("broodjes-bestelling-zaterdag", frm=who("mark"), to=["bestelling@broodjesbar-demer.be"],
     subject="Bestelling zaterdag 22/3",
     body="""Goedemorgen,

Graag voor zaterdag 22 maart om 12.15 uur: 14 belegde broodjes (gemengd, 4 vegetarisch) en 2 liter soep.
Leveren aan de achteringang Kapucijnenvest. Factuur op naam van de school.

Mark Thys
""",
     note="ordinary order")

mail("dpo-vraag-bewaartermijn", frm=who("nadia"), to=[who("dpo")],
     subject="Bewaartermijn kopies identiteitskaart",
     body="""Beste,

Mogen we bij de inschrijvingen een kopie van de identiteitskaart van ouder en kind bijhouden, en hoe lang? Vorig
jaar maakten we kopieën, maar ik lees dat het inlezen van de kaart volstaat.

""" + sig("nadia"),
     note="question to the DPO without personal data")

mail("pdf-grondplan-inschrijvingsdag", frm=who("bart"), to=[who("mark")],
     subject="grondplan zaterdag",
     body="""Mark, in bijlage het grondplan met de looproute voor de ouders. Kun je de pijlen vrijdag ophangen?
Bart
""",
     atts=[att("grondplan_inschrijvingsdag.pdf", make_pdf(["Grondplan inschrijvingsdag 22 maart",
                                                           "Inkom -> wachtzaal (inkomhal) -> B014/B015 -> uitgang refter"]))],
     note="harmless PDF to one colleague")

mail("docx-inschrijvingsformulier-lop", frm=who("nadia"), to=["coordinator@lop-hageland.be"],
     subject="Ons inschrijvingsformulier (ter controle)",
     body="""Beste Hilde,

Zoals gevraagd ons aangepaste inschrijvingsformulier, ter controle voor het LOP.

""" + sig("nadia"),
     atts=[att("Inschrijvingsformulier_2025-2026.docx", make_docx([
         "Inschrijvingsformulier Sint-Pieterscollege Diest 2025-2026",
         "Naam en voornaam leerling:", "Rijksregisternummer:", "Adres:", "Gekozen basisoptie:",
         "Handtekening ouder(s):"]))],
     note="empty form template as .docx to one outside partner")


# ================================================================ output

def yq(s):
    return json.dumps(s, ensure_ascii=False)


def main():
    write_roster()
    known_ids = {p.id for p in PUPILS}
    out = ["# batch57 - spring registrations of new pupils, campus Diest (platform logins, priorities, documents,",
           "#           special needs, foster care, residence papers, fees/allowance, waiting list, general letters)"]
    for n, m in enumerate(MAILS, 1):
        fn = "%03d-%s.eml" % (n, m["slug"])
        raw, fmtags = render(n, m)
        with open(os.path.join(HERE, fn), "wb") as f:
            f.write(raw)
        rcpt = []
        for a in m["to"] + m["cc"] + m["bcc"]:
            a = addr_of(a)
            if a not in rcpt:
                rcpt.append(a)
        for a in m["about"]:
            assert a in known_ids, (fn, a)
        assert ("sensitive" in m["rules"]) == bool(m["cats"]), fn
        assert ("recipient" in m["rules"]) == m["mis"], fn
        mail_from = m["env_from"] or addr_of(m["frm"])
        out.append("%s:" % fn)
        out.append("  rules: [%s]" % ", ".join(m["rules"]))
        if m["cats"]:
            out.append("  categories: {sensitive: [%s]}" % ", ".join(m["cats"]))
        out.append("  mail_from: %s" % yq(mail_from))
        out.append("  rcpt: [%s]" % ", ".join(yq(a) for a in rcpt))
        out.append("  about: [%s]" % ", ".join(m["about"]))
        out.append("  misdirected: %s" % ("true" if m["mis"] else "false"))
        out.append("  note: %s" % yq(m["note"]))
        out.append("  lang: %s" % m["lang"])
        out.append("  format: [%s]" % ", ".join(fmtags))
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
