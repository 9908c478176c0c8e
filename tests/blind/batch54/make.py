#!/usr/bin/env python3
"""batch54 - blind labelled outbound mail: book fund and digital learning platforms, SPC Haacht (Stroom/LKSD).

Writes NNN-slug.eml, labels.yaml and roster.csv next to this script.
Standard library only, deterministic (fixed dates, Message-IDs, seeded randomness).
"""
import csv
import io
import json
import os
import random
import re
import zipfile
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime, getaddresses
from html import escape

HERE = os.path.dirname(os.path.abspath(__file__))
RNG = random.Random(5454)

SCHOOL = "sintpieterscollege.be"
SHORT = "spc.ksleuven.be"
PUPILDOM = "leerling.sintpieterscollege.be"

# ---------------------------------------------------------------------------
# roster
# ---------------------------------------------------------------------------
CLASSES = ["1A", "1B", "1C", "2A", "2B", "2C", "3A", "3B", "3C", "4A", "4B", "4C", "5A", "5B", "6A", "6B"]


def slug(s):
    t = s.lower()
    for a, b in (("é", "e"), ("è", "e"), ("ë", "e"), ("ï", "i"), ("ö", "o"), ("ü", "u"), ("ç", "c"),
                 ("à", "a"), ("ê", "e"), ("ô", "o"), ("'", "")):
        t = t.replace(a, b)
    return re.sub(r"[^a-z0-9]", "", t)


class Pupil:
    def __init__(self, key, first, last, klas, p1, p2=""):
        self.key, self.first, self.last, self.klas, self.p1, self.p2 = key, first, last, klas, p1, p2
        self.id = None

    @property
    def mail(self):
        return f"{slug(self.first)}.{slug(self.last)}@{PUPILDOM}"

    @property
    def full(self):
        return f"{self.first} {self.last}"

    @property
    def parents(self):
        return [a for a in (self.p1, self.p2) if a]


# story pupils: (key, first, last, class, parent1, parent2)
STORY = [
    ("jonas_vermeiren", "Jonas", "Vermeiren", "2B", "kristel.dhondt@telenet.be", "vermeiren.stijn@gmail.com"),
    ("yasmina_ouali", "Yasmina", "Ouali", "3A", "ouali.rachid@telenet.be", ""),
    ("hamza_ouali", "Hamza", "Ouali", "1C", "n.ouali@gmail.com", "hamza.ouali.papa@hotmail.com"),
    ("lucas_smets", "Lucas", "Smets", "1A", "smets.dirk@skynet.be", "veerle.cools@telenet.be"),
    ("ella_hermans", "Ella", "Hermans", "4B", "hermans-vanroey@telenet.be", ""),
    ("milan_janssens", "Milan", "Janssens", "3C", "bert.janssens@proximus.be", "nathalie.segers@gmail.com"),
    ("hanne_claessens", "Hanne", "Claessens", "5B", "greet.claessens@skynet.be", ""),
    ("robbe_willems", "Robbe", "Willems", "4A", "fam.willems.haacht@telenet.be", ""),
    ("zoe_martens", "Zoë", "Martens", "2A", "ingrid.luyten@telenet.be", "kurt.martens@gmail.com"),
    ("arthur_declercq", "Arthur", "Declercq", "1C", "declercq.family@icloud.com", ""),
    ("elias_vandenbroeck", "Elias", "Van den Broeck", "3B", "tine.vdbroeck@outlook.com", ""),
    ("sara_boukhari", "Sara", "Boukhari", "2C", "boukhari.m@hotmail.com", ""),
    ("nathan_debacker", "Nathan", "De Backer", "1B", "debacker.sven@telenet.be", ""),
    ("lina_aerts", "Lina", "Aerts", "6A", "an.aerts.haacht@gmail.com", "wim.aerts@proximus.be"),
    ("kobe_michiels", "Kobe", "Michiels", "5A", "michiels.p@skynet.be", ""),
    ("amber_goris", "Amber", "Goris", "2B", "pleeggezin.verstraeten@telenet.be", ""),
    ("finn_dubois", "Finn", "Dubois", "1A", "sophie.dubois@gmail.com", ""),
    ("julie_vanhoof", "Julie", "Van Hoof", "4C", "karin.vanhoof@telenet.be", ""),
    ("chloe_lambert", "Chloé", "Lambert", "6B", "isabelle.lambert@skynet.be", ""),
    ("louis_renard", "Louis", "Renard", "3A", "v.renard@proximus.be", "claire.dumont@gmail.com"),
    ("oliver_bennett", "Oliver", "Bennett", "2A", "rachel.bennett@gmail.com", ""),
    ("ilias_elamrani", "Ilias", "El Amrani", "3C", "elamrani.fam@outlook.com", ""),
    ("mats_coppens", "Mats", "Coppens", "1B", "coppens.tim@telenet.be", "lies.heylen@gmail.com"),
    ("aya_haddad", "Aya", "Haddad", "4A", "haddad.samir@gmail.com", ""),
    ("emma_verbruggen", "Emma", "Verbruggen", "5A", "verbruggen.ann@telenet.be", ""),
    ("dylan_wuyts", "Dylan", "Wuyts", "4B", "wuyts.kelly@hotmail.com", ""),
    ("fien_baert", "Fien", "Baert", "1C", "baert.johan@skynet.be", "els.vandamme@telenet.be"),
    ("tuur_lemmens", "Tuur", "Lemmens", "3A", "k.lemmens1978@hotmail.com", ""),
    ("sem_vandenberghe", "Sem", "Vandenberghe", "6A", "vandenberghe.luc@telenet.be", ""),
    ("youssef_benali", "Youssef", "Benali", "1A", "benali.khadija@gmail.com", ""),
    ("mila_segers", "Mila", "Segers", "2C", "segers.tom@proximus.be", ""),
    ("luna_bogaerts", "Luna", "Bogaerts", "2C", "eva.moens@gmail.com", "bogaerts.pieter@telenet.be"),
    ("lotte_geerts", "Lotte", "Geerts", "2A", "geerts.kris@telenet.be", ""),
    ("wout_claes", "Wout", "Claes", "3B", "inge.claes@skynet.be", ""),
    ("seppe_vermeulen", "Seppe", "Vermeulen", "3B", "bart.vermeulen.hvs@gmail.com", ""),
    ("noor_peeters", "Noor", "Peeters", "3B", "geert.peeters@telenet.be", "an.vos@skynet.be"),
    ("lotte_peeters", "Lotte", "Peeters", "5A", "peeters.marc@gmail.com", ""),
    ("jade_janssens", "Jade", "Janssens", "1B", "els.janssens@gmail.com", ""),
    ("ruben_jansen", "Ruben", "Jansen", "4C", "els.jansen@hotmail.com", ""),
    ("amira_elidrissi", "Amira", "El Idrissi", "2A", "fatima.elidrissi@outlook.com", ""),
    ("amira_bensaid", "Amira", "Bensaid", "2C", "bensaid.karim@gmail.com", ""),
    ("lars_vandyck", "Lars", "Van Dyck", "1A", "vandyck.j@telenet.be", ""),
    ("febe_vandyck", "Febe", "Van Dyck", "4B", "griet.vandyck@gmail.com", "vandyck.koen@proximus.be"),
    ("jasper_maes", "Jasper", "Maes", "3C", "maes.hilde@telenet.be", ""),
    ("lisa_maes", "Lisa", "Maes", "6A", "jo.maes@skynet.be", "maes.carine@gmail.com"),
    ("kato_vervoort", "Kato", "Vervoort", "2B", "sofie.wouters@telenet.be", ""),
    ("jens_wouters", "Jens", "Wouters", "5B", "sofie.wouters78@gmail.com", ""),
    ("bo_smolders", "Bo", "Smolders", "4A", "karen.smolders@skynet.be", ""),
    ("mauro_rossi", "Mauro", "Rossi", "4A", "karen.devries@telenet.be", "rossi.marco@gmail.com"),
    ("emily_carter", "Emily", "Carter", "3B", "j.carter@outlook.com", ""),
    ("ethan_clarke", "Ethan", "Clarke", "3B", "s.clarke@gmail.com", ""),
    ("camille_dupont", "Camille", "Dupont", "5B", "dupont.nathalie@skynet.be", ""),
    ("camille_leroy", "Camille", "Leroy", "5A", "marie.leroy@skynet.be", ""),
    ("nina_hendrickx", "Nina", "Hendrickx", "1A", "hendrickx.wendy@telenet.be", ""),
    ("nina_hendrikx", "Nina", "Hendrikx", "2C", "hendrikx.bram@gmail.com", ""),
    # siblings sharing parents' addresses
    ("ward_goossens", "Ward", "Goossens", "3A", "goossens.vdv@telenet.be", "liesbeth.vdv@gmail.com"),
    ("marie_goossens", "Marie", "Goossens", "1B", "goossens.vdv@telenet.be", "liesbeth.vdv@gmail.com"),
    ("stan_thys", "Stan", "Thys", "2B", "thys.heylen@skynet.be", ""),
    ("ilse_thys", "Lore", "Thys", "5B", "thys.heylen@skynet.be", ""),
    ("noah_nguyen", "Noah", "Nguyen", "1C", "nguyen.linh@gmail.com", ""),
    ("yara_demir", "Yara", "Demir", "4C", "demir.ayse@hotmail.com", ""),
    ("lena_kowalski", "Lena", "Kowalski", "3C", "kowalski.agnieszka@gmail.com", ""),
    ("victor_lambrechts", "Victor", "Lambrechts", "6B", "lambrechts.e@telenet.be", ""),
    ("olivia_mukendi", "Olivia", "Mukendi", "2A", "mukendi.grace@gmail.com", ""),
    ("jef_swinnen", "Jef", "Swinnen", "4C", "swinnen.anja@telenet.be", ""),
    ("louise_pauwels", "Louise", "Pauwels", "1A", "pauwels.dries@skynet.be", ""),
    ("ibrahim_diallo", "Ibrahim", "Diallo", "5B", "diallo.mamadou@gmail.com", ""),
    ("hannah_yilmaz", "Hannah", "Yilmaz", "3A", "yilmaz.emre@outlook.com", ""),
    ("warre_schoofs", "Warre", "Schoofs", "4B", "schoofs.vanhoof@telenet.be", ""),
    ("elise_nijs", "Elise", "Nijs", "6A", "nijs.koen@proximus.be", ""),
    ("rayan_aziz", "Rayan", "Aziz", "2B", "aziz.family@gmail.com", ""),
    ("mona_cools", "Mona", "Cools", "5A", "cools.stefanie@telenet.be", ""),
    ("tibo_heylen", "Tibo", "Heylen", "1B", "heylen.gert@skynet.be", ""),
    ("lucie_popescu", "Lucie", "Popescu", "4A", "popescu.ioana@gmail.com", ""),
    ("jonas_bosmans", "Jonas", "Bosmans", "6B", "bosmans.vera@telenet.be", ""),
]

FLEMISH_SURNAMES = ["Peeters", "Janssens", "Maes", "Mertens", "Willems", "Claes", "Goossens", "De Smet", "Dubois",
                    "Hermans", "Aerts", "Lambrechts", "Martens", "Verhoeven", "Smets", "Van den Broeck",
                    "Vermeulen", "Michiels", "Coppens", "Lemmens", "Baert", "Van Damme", "Segers",
                    "Wuyts", "Bogaerts", "De Backer", "Declercq", "Verstraeten", "Hendrickx", "Geerts", "Thys",
                    "Luyten", "Leemans", "Cools", "Heylen", "Sels", "Vanderstraeten", "Swinnen", "Van Roey", "Moens",
                    "Nijs", "Verbeeck", "Op de Beeck", "Dierckx", "Schoofs", "Bosmans", "Pauwels", "Van Dyck",
                    "Verbruggen", "Goris", "Lenaerts", "Vandervelde", "Jorissen", "Wellens", "Boeckx", "Daems",
                    "Van Loock", "Timmermans", "Huybrechts", "Van Gorp", "Kerckhofs", "Vanhecke", "Stroobants"]
OTHER_SURNAMES = ["El Idrissi", "Bensaid", "Haddad", "Boukhari", "El Amrani", "Benali", "Yilmaz", "Demir",
                  "Kaya", "Nowak", "Kowalski", "Popescu", "Rossi", "Nguyen", "Diallo", "Mukendi", "Kabongo",
                  "Ahmadi", "Hosseini", "Rahimi", "Aziz", "Ait Ali", "Öztürk", "Marku", "Ferreira", "Dumont"]
BOYS = ["Lucas", "Noah", "Louis", "Arthur", "Jules", "Liam", "Adam", "Victor", "Finn", "Mats", "Lars", "Seppe",
        "Warre", "Wout", "Robbe", "Jonas", "Milan", "Kobe", "Tibo", "Jef", "Ward", "Stan", "Senne", "Rune", "Vic",
        "Bas", "Elias", "Youssef", "Hamza", "Ilias", "Rayan", "Mohamed", "Emre", "Mateo", "Ibrahim", "Kacper",
        "Nathan", "Thibault", "Lowie", "Daan", "Jasper", "Tuur"]
GIRLS = ["Emma", "Olivia", "Louise", "Mila", "Elena", "Noor", "Lotte", "Marie", "Nina", "Julie", "Hanne", "Fien",
         "Lore", "Kato", "Febe", "Zoë", "Ella", "Lina", "Luna", "Elise", "Amber", "Jade", "Yara", "Sara", "Amira",
         "Aya", "Hannah", "Lena", "Mona", "Lucie", "Camille", "Ines", "Yasmine", "Selin", "Zofia", "Ana", "Emily",
         "Charlotte", "Axelle", "Merel", "Jana"]
PARENT_FIRST = ["an", "els", "kris", "tom", "bart", "sofie", "veerle", "kristof", "nele", "tine", "steven", "katrien",
                "jan", "ilse", "dirk", "kathleen", "peter", "hilde", "sven", "lieve", "gert", "inge", "wim", "leen",
                "karim", "fatima", "mehmet", "anna", "piotr", "mihai", "grace", "jean", "nadia", "hoang", "amina"]
PROVIDERS = ["telenet.be", "telenet.be", "skynet.be", "proximus.be", "gmail.com", "gmail.com", "hotmail.com",
             "outlook.com", "icloud.com"]


def build_roster():
    pupils = [Pupil(*t) for t in STORY]
    used_addr = set(a for p in pupils for a in p.parents)
    used_names = set((p.first, p.last) for p in pupils)
    story_fams = set()
    for p in pupils:
        story_fams.add(p.last)
    per_class = {c: 0 for c in CLASSES}
    for p in pupils:
        per_class[p.klas] += 1
    target = 300
    n = len(pupils)
    while n < target:
        if RNG.random() < 0.78:
            last = RNG.choice(FLEMISH_SURNAMES)
        else:
            last = RNG.choice(OTHER_SURNAMES)
        nkids = RNG.choices([1, 2, 3], [70, 25, 5])[0]
        nkids = min(nkids, target - n)
        # parents' addresses
        pat = RNG.randrange(6)
        pf = RNG.choice(PARENT_FIRST)
        prov = RNG.choice(PROVIDERS)
        ls = slug(last)
        if pat == 0:
            a1 = f"{pf}.{ls}@{prov}"
        elif pat == 1:
            a1 = f"{ls}.{pf}@{prov}"
        elif pat == 2:  # parent with own surname: address does not spell the pupil's surname
            a1 = f"{pf}.{slug(RNG.choice(FLEMISH_SURNAMES))}@{prov}"
        elif pat == 3:
            a1 = f"fam.{ls}@{prov}"
        elif pat == 4:
            a1 = f"{pf}{RNG.randrange(68, 92)}@{prov}"
        else:
            a1 = f"{pf[0]}.{ls}@{prov}"
        a2 = ""
        if RNG.random() < 0.55:
            pf2 = RNG.choice(PARENT_FIRST)
            a2 = f"{pf2}.{slug(RNG.choice(FLEMISH_SURNAMES + [last]))}@{RNG.choice(PROVIDERS)}"
        if a1 in used_addr or a2 in used_addr or a1 == a2:
            continue
        kids = []
        classes = RNG.sample(CLASSES, nkids)
        ok = True
        for c in classes:
            first = RNG.choice(GIRLS if RNG.random() < 0.5 else BOYS)
            if (first, last) in used_names or any(k[0] == first for k in kids):
                ok = False
                break
            if per_class[c] >= 20:
                ok = False
                break
            kids.append((first, c))
        if not ok:
            continue
        used_addr.update([a for a in (a1, a2) if a])
        for first, c in kids:
            used_names.add((first, last))
            per_class[c] += 1
            pupils.append(Pupil(None, first, last, c, a1, a2))
            n += 1
    pupils.sort(key=lambda p: (p.klas, slug(p.last), slug(p.first)))
    for i, p in enumerate(pupils, 1):
        p.id = f"P{i:04d}"
    return pupils


PUPILS = build_roster()
R = {p.key: p for p in PUPILS if p.key}
PARENT_OF = {}
for _p in PUPILS:
    for _a in _p.parents:
        PARENT_OF.setdefault(_a, set()).add(_p.id)


def klas(c):
    return [p for p in PUPILS if p.klas == c]


# ---------------------------------------------------------------------------
# staff and partners
# ---------------------------------------------------------------------------
class Staff:
    def __init__(self, name, addr, role, short=None):
        self.name, self.addr, self.role, self.short = name, addr, role, short

    @property
    def h(self):
        return f"{self.name} <{self.addr}>"

    @property
    def first(self):
        return self.name.split()[0]


S = {
    "dir": Staff("Katrien Wouters", f"katrien.wouters@{SCHOOL}", "directeur"),
    "adj": Staff("Bart Verhaegen", f"bart.verhaegen@{SCHOOL}", "adjunct-directeur"),
    "griet": Staff("Griet Vanhove", f"griet.vanhove@{SCHOOL}", "coördinator boekenfonds", "gvh"),
    "ict": Staff("Pieter Claes", f"pieter.claes@{SCHOOL}", "ICT-coördinator", "pcl"),
    "bib": Staff("Hilde Mertens", f"hilde.mertens@{SCHOOL}", "bibliothecaris / mediatheek"),
    "zorg": Staff("Sofie De Smet", f"sofie.desmet@{SCHOOL}", "zorgcoördinator"),
    "sec": Staff("Nadia Amrani", f"nadia.amrani@{SCHOOL}", "leerlingensecretariaat"),
    "boekh": Staff("Jan Goossens", f"jan.goossens@{SCHOOL}", "boekhouding"),
    "lies": Staff("Lies De Wolf", f"ldw@{SHORT}", "leerkracht Frans", "ldw"),
    "tom": Staff("Tom Jacobs", f"tom.jacobs@{SCHOOL}", "leerkracht aardrijkskunde"),
    "ann": Staff("Ann Vermeulen", f"ann.vermeulen@{SCHOOL}", "leerkracht Nederlands"),
    "koen": Staff("Koen Stevens", f"koen.stevens@{SCHOOL}", "leerkracht wiskunde"),
    "evelien": Staff("Evelien Maes", f"evelien.maes@{SCHOOL}", "klastitularis 1A, leerkracht biologie"),
    "mohamed": Staff("Mohamed Azzouzi", f"mohamed.azzouzi@{SCHOOL}", "leerkracht Engels"),
    "wim": Staff("Wim Van Damme", f"wvd@{SHORT}", "leerkracht geschiedenis", "wvd"),
    "sarah": Staff("Sarah Lenaerts", f"sarah.lenaerts@{SCHOOL}", "leerkracht wiskunde (nieuw)"),
    "leen": Staff("Leen Op de Beeck", f"leen.opdebeeck@{SCHOOL}", "leerlingenbegeleider"),
}
SEC = f"leerlingensecretariaat@{SHORT}"
DIRECTIE = f"directie@{SHORT}"
HELPDESK = f"helpdesk@{SHORT}"
BOEKH = f"boekhouding@{SHORT}"
DPO = "privacy@lksd.ksleuven.be"
PERSONEEL = f"personeel@{SHORT}"
OUDERS_ALL = f"ouders@{SHORT}"

# invented outside partners
BOEKHUIS = "Boekhuis Dijleland <schoolboeken@boekhuis-dijleland.be>"
LETTERA = "Lettera Educatief - klantendienst <scholen@lettera-educatief.be>"
ZENO = "Uitgeverij Zeno <support@zeno-educatief.be>"
CLB = "vrij CLB Dijleland - onthaal <onthaal@vclb-dijleland.be>"
CLB_MW = "Joke Huysmans (CLB) <joke.huysmans@vclb-dijleland.be>"
OCMW = "Sociale dienst OCMW <sociale.dienst@ocmw-haacht-dijle.be>"
ZICHT = "Centrum Zicht - onderwijsondersteuning <school@centrumzicht.be>"
VOORLEES = "Voorleesbib vzw <aanvragen@voorleesbib.be>"
OPENBIB = "Openbare bibliotheek Haacht <bib@bib-haacht-dijle.be>"


def sig(st, phone=False, lang="nl"):
    lines = ["", "Met vriendelijke groeten," if lang == "nl" else ("Bien cordialement," if lang == "fr" else "Kind regards,"),
             "", st.name, st.role.capitalize(), "Sint-Pieterscollege Haacht | Stroom"]
    if phone:
        lines.append("T 016 60 21 47")
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------------------
# generated attachments (real minimal files, fixed timestamps)
# ---------------------------------------------------------------------------
ZDATE = (2025, 6, 2, 8, 0, 0)


def _zip(files):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=ZDATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return bio.getvalue()


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def make_xlsx(rows, macro=False):
    sheet_rows = []
    for r, row in enumerate(rows, 1):
        cells = []
        for c, v in enumerate(row):
            ref = f"{_col(c)}{r}"
            if isinstance(v, (int, float)):
                cells.append(f'<c r="{ref}"><v>{v}</v></c>')
            else:
                cells.append(f'<c r="{ref}" t="inlineStr"><is><t>{escape(str(v))}</t></is></c>')
        sheet_rows.append(f'<row r="{r}">{"".join(cells)}</row>')
    sheet = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
             f'<sheetData>{"".join(sheet_rows)}</sheetData></worksheet>')
    main_ct = ("application/vnd.ms-excel.sheet.macroEnabled.main+xml" if macro
               else "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml")
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          + ('<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>' if macro else "") +
          f'<Override PartName="/xl/workbook.xml" ContentType="{main_ct}"/>'
          '<Override PartName="/xl/worksheets/sheet1.xml" '
          'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
            'Target="xl/workbook.xml"/></Relationships>')
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
          '<sheets><sheet name="Blad1" sheetId="1" r:id="rId1"/></sheets></workbook>')
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
              'Target="worksheets/sheet1.xml"/>'
              + ('<Relationship Id="rId2" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" '
                 'Target="vbaProject.bin"/>' if macro else "") + '</Relationships>')
    files = [("[Content_Types].xml", ct), ("_rels/.rels", rels), ("xl/workbook.xml", wb),
             ("xl/_rels/workbook.xml.rels", wbrels), ("xl/worksheets/sheet1.xml", sheet)]
    if macro:
        files.append(("xl/vbaProject.bin", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 24 +
                      b"Attribute VB_Name = \"Module1\"\r\nSub Auto_Open()\r\n  Shell \"cmd /c copy \\\\srv-bib\\licenties\\*.* %TEMP%\"\r\nEnd Sub\r\n"))
    return _zip(files)


def make_docx(paragraphs, macro=False):
    body = "".join(f'<w:p><w:r><w:t xml:space="preserve">{escape(p)}</w:t></w:r></w:p>' for p in paragraphs)
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           f'<w:body>{body}</w:body></w:document>')
    main_ct = ("application/vnd.ms-word.document.macroEnabled.main+xml" if macro
               else "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml")
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          + ('<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>' if macro else "") +
          f'<Override PartName="/word/document.xml" ContentType="{main_ct}"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
            'Target="word/document.xml"/></Relationships>')
    files = [("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)]
    if macro:
        files.append(("word/_rels/document.xml.rels",
                      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                      '<Relationship Id="rId1" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" '
                      'Target="vbaProject.bin"/></Relationships>'))
        files.append(("word/vbaProject.bin", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 24 +
                      b"Attribute VB_Name = \"ThisDocument\"\r\nSub Document_Open()\r\n  Call VulBoekenlijstIn\r\nEnd Sub\r\n"))
    return _zip(files)


def make_pdf(lines):
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    text = "BT /F1 11 Tf 50 800 Td 14 TL " + " ".join(f"({esc(l)}) '" for l in lines) + " ET"
    stream = text.encode("latin-1", "replace")
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
            b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"]
    out = b"%PDF-1.4\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += f"{i} 0 obj\n".encode() + o + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for o in offs:
        out += f"{o:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


def csv_bytes(rows, sep=";", bom=True, enc="utf-8"):
    s = "\r\n".join(sep.join(str(c) for c in r) for r in rows) + "\r\n"
    return (("\ufeff" if bom and enc == "utf-8" else "") + s).encode(enc)


# ---------------------------------------------------------------------------
# helpers for checksummed numbers
# ---------------------------------------------------------------------------
def rrn(yy, mm, dd, seq, after2000=True):
    base = f"{yy:02d}{mm:02d}{dd:02d}{seq:03d}"
    n = int(("2" if after2000 else "") + base)
    cc = 97 - n % 97
    return f"{yy:02d}.{mm:02d}.{dd:02d}-{seq:03d}.{cc:02d}"


def be_iban(bank10):
    cc = int(bank10) % 97 or 97
    bban = f"{bank10}{cc:02d}"
    num = int(bban + "1114" + "00")  # B=11 E=14
    chk = 98 - num % 97
    s = f"BE{chk:02d}{bban}"
    return " ".join(s[i:i + 4] for i in range(0, 16, 4))


def isbn13(stem12):
    d = [int(c) for c in stem12]
    chk = (10 - sum(x * (1 if i % 2 == 0 else 3) for i, x in enumerate(d)) % 10) % 10
    s = stem12 + str(chk)
    return f"{s[:3]}-{s[3:5]}-{s[5:9]}-{s[9:12]}-{s[12]}"


def ogm(ten):
    cc = int(ten) % 97 or 97
    s = f"{ten}{cc:02d}"
    return f"+++{s[:3]}/{s[3:7]}/{s[7:]}+++"


# ---------------------------------------------------------------------------
# HTML helpers (Outlook-like)
# ---------------------------------------------------------------------------
def outlook_html(text, tables=None):
    """Turn text into Outlook-style HTML. '[[T0]]' on its own line is replaced by tables[0]."""
    tables = tables or []
    parts = []
    for para in text.split("\n\n"):
        m = re.fullmatch(r"\[\[T(\d+)\]\]", para.strip())
        if m:
            parts.append(tables[int(m.group(1))])
            continue
        inner = "<br>\n".join(escape(l) for l in para.split("\n"))
        parts.append(f'<p class="MsoNormal">{inner}<o:p></o:p></p>')
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">\n'
            '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
            '<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;} '
            'table.tbl td {border:solid #A6A6A6 1.0pt; padding:0cm 5.4pt;} --></style></head>\n'
            '<body lang="NL-BE" link="#0563C1" vlink="#954F72"><div class="WordSection1">\n'
            + "\n".join(parts) + "\n</div></body></html>\n")


def html_table(rows):
    out = ['<table class="tbl" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse">']
    for i, r in enumerate(rows):
        tag = "b" if i == 0 else "span"
        out.append("<tr>" + "".join(
            f'<td valign="top"><p class="MsoNormal"><{tag}>{escape(str(c))}</{tag}></p></td>' for c in r) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


def text_table(rows):
    w = [max(len(str(r[i])) for r in rows) for i in range(len(rows[0]))]
    return "\n".join("  ".join(str(c).ljust(w[i]) for i, c in enumerate(r)).rstrip() for r in rows)


def quote(text, who, when, style="outlook", to="", subject=""):
    if style == "outlook":
        return (f"\n\nVan: {who}\nVerzonden: {when}\nAan: {to}\nOnderwerp: {subject}\n\n" + text)
    if style == "fr":
        return f"\n\nLe {when}, {who} a écrit :\n" + "\n".join("> " + l if l else ">" for l in text.split("\n"))
    if style == "en":
        return f"\n\nOn {when}, {who} wrote:\n" + "\n".join("> " + l if l else ">" for l in text.split("\n"))
    return f"\n\nOp {when} schreef {who}:\n" + "\n".join("> " + l if l else ">" for l in text.split("\n"))


def fwd(text, who, when, to, subject):
    return ("\n\n-----Oorspronkelijk bericht-----\n" if RNG.random() < 0.5 else "\n\n---------- Doorgestuurd bericht ----------\n") + \
        f"Van: {who}\nDatum: {when}\nAan: {to}\nOnderwerp: {subject}\n\n" + text


# ---------------------------------------------------------------------------
# mail registry
# ---------------------------------------------------------------------------
MAILS = []


def addrs(lst):
    return [a.lower() for _, a in getaddresses(lst)]


def M(slug_, frm, to, subject, body, rules=(), cats=None, about=(), mis=False, note="", lang="nl",
      fmt=("plain",), cc=(), bcc=(), html=None, atts=(), enc=None, reply=None, mail_from=None,
      kind="other", xmailer=None):
    """enc: None (default), 'qp', 'b64', 'cp1252', 'cp1252-qp'. fmt is the label list.
    html: None -> text only; 'auto' -> alt with generated Outlook html; str -> that html.
    html_only: if 'html-only' in fmt, only the html part is sent."""
    MAILS.append(dict(slug=slug_, frm=frm, to=list(to), cc=list(cc), bcc=list(bcc), subject=subject,
                      body=body, rules=list(rules), cats=cats, about=[p.id if isinstance(p, Pupil) else p for p in about],
                      mis=mis, note=note, lang=lang, fmt=list(fmt), html=html, atts=list(atts), enc=enc,
                      reply=reply, mail_from=mail_from, kind=kind, xmailer=xmailer))


def names(ps):
    return [p.id for p in ps]


# ===========================================================================
# A. credentials (password)
# ===========================================================================
def mails_password():
    g, ict, bib, boekh = S["griet"], S["ict"], S["bib"], S["boekh"]
    lies, tom, ann, koen, ev, mo, wim, sarah, adj = (S[k] for k in
                                                   ("lies", "tom", "ann", "koen", "evelien", "mohamed", "wim", "sarah", "adj"))

    M("login-knooppunt-frans-collega", lies.h, [tom.h], "login Knooppunt Frans 3de graad",
      "Dag Tom,\n\nJe vroeg gisteren in de leraarskamer naar het docentenaccount van Knooppunt voor Frans in de 3de graad "
      "(jij neemt toch 5B over na de herfstvakantie?).\n\nGebruikersnaam: spc.haacht.frans3\nWachtwoord: Dijle!Frans24\n\n"
      "De licenties van de leerlingen staan al gekoppeld aan de klasgroepen, je moet enkel nog je eigen taken klaarzetten.\n\nLies\n",
      rules=["password"], note="teacher login (user + password) of publisher platform sent to colleague", kind="password")

    k1a = klas("1A")
    rows = [["Intern nummer", "Leerling", "Gebruikersnaam Oefenwijs", "Startwachtwoord"]]
    r2 = random.Random(11)
    for p in k1a:
        pw = "".join(r2.choice("abcdefghjkmnpqrstuvwxyz") for _ in range(4)) + str(r2.randrange(10, 99)) + r2.choice("!#?")
        rows.append([p.id, p.full, f"{slug(p.first)}.{slug(p.last)}", pw])
    M("startwachtwoorden-oefenwijs-1a-csv", ict.h, [ev.h], "Startwachtwoorden Oefenwijs 1A",
      "Hoi Evelien,\n\nIn bijlage de startwachtwoorden van Oefenwijs voor jouw klas. Kan je ze tijdens de klassenraadles "
      "uitdelen (knippen en per leerling een strookje geven)? Bij de eerste aanmelding moeten ze zelf een nieuw "
      "wachtwoord kiezen.\n\nGroetjes,\nPieter\n",
      rules=["password"], about=names(k1a), atts=[("startwachtwoorden_1A.csv", csv_bytes(rows), "text/csv")],
      fmt=["mixed", "attachment-csv"], note="CSV with start passwords for every pupil of 1A sent by mail",
      kind="password")

    M("wifi-bibliotheek-vrijwilliger", bib.h, ["Marleen Dierckx <marleen.dierckx@gmail.com>"],
      "Welkom als vrijwilliger in de mediatheek",
      "Dag Marleen,\n\nFijn dat je vanaf volgende week op dinsdagnamiddag komt helpen bij het kaften en het inboeken van "
      "de nieuwe leesboeken. Je mag je melden aan het onthaal, ik kom je daar halen.\n\nVoor je laptop: het wifinetwerk in "
      "de mediatheek heet SPC-Bib en de sleutel is Bl@derenDijle2025\n\nTot dinsdag!\n" + sig(bib),
      rules=["password"], note="Wi-Fi key of the library network sent to an outside volunteer", kind="password")

    M("kopieercode-boekenlokaal", g.h, [sarah.h], "kopiëren in het boekenlokaal",
      "Dag Sarah,\n\nDe printer in het boekenlokaal (B012) werkt niet met je badge, daar moet je een code intikken. "
      "Jouw kopieercode is 4471. Zet na het kopiëren de printer terug op 'standby', anders blijft hij zoemen.\n\nGriet\n",
      rules=["password"], note="personal copier code (printer code) sent by mail", kind="password")

    M("kluiscode-wisselgeld-boekenverkoop", boekh.h, [g.h], "RE: wisselgeld zaterdag",
      "Griet,\n\nHet wisselgeld (€ 150 in muntjes en briefjes van 5 en 10) zit in de kleine kluis in de kast achter "
      "de balie. Code van de kluis: 2-8-1-9, dan de hendel naar rechts. Sluit je hem zaterdagavond terug af?\n\nJan"
      + quote("Jan, waar kan ik zaterdag het wisselgeld voor de boekenverkoop vinden? Ik ben er vanaf 8u30.\nGriet",
              "Griet Vanhove", "woensdag 27 augustus 2025 11:02", to="Jan Goossens", subject="wisselgeld zaterdag"),
      rules=["password"], fmt=["plain", "reply"], note="safe code in a reply", kind="password")

    M("deurcode-boekenberging-ouders", f"Boekenfonds SPC Haacht <{g.addr}>", ["undisclosed-recipients:;"],
      "Praktisch: helpen bij de boekenverdeling op 30 augustus",
      "Beste helpende ouders,\n\nHartelijk dank dat jullie ook dit jaar komen helpen bij de verdeling van de boekenpakketten "
      "op zaterdag 30 augustus. We starten om 8u30 in de sporthal.\n\nOmdat de hoofdingang pas om 10u opengaat, kunnen jullie "
      "binnen via de achteringang aan de fietsenstalling. De deurcode is 7391#. Wil deze code niet doorgeven aan anderen?\n\n"
      "Koffie en koeken zijn voorzien!\n" + sig(g),
      rules=["password"], bcc=["ouders.vrijwilligers.boekenfonds@" + SHORT], fmt=["plain", "bcc-envelope"],
      note="door code sent to parent volunteers (BCC used correctly, so no bcc)", kind="password")

    codes = ["4829-1173", "9051-6620", "3387-4419", "7702-9935", "1164-5208", "6613-0847", "2290-7731", "8846-3052"]
    M("herstelcodes-beheerder-oefenwijs", ict.h, [adj.h], "Herstelcodes beheerdersaccount Oefenwijs",
      "Bart,\n\nZoals afgesproken: als ik er niet ben en het beheerdersaccount van Oefenwijs geblokkeerd raakt, kan je met "
      "één van deze herstelcodes binnen. Elke code werkt maar één keer.\n\n" + "\n".join(codes) +
      "\n\nBewaar ze best op papier in de kluis van het secretariaat.\n\nPieter\n",
      rules=["password"], note="list of recovery/backup codes of the admin account", kind="password")

    M("verificatiecode-zenolab", ev.h, [ict.h], "Zenolab laat me niet binnen",
      "Pieter,\n\nIk probeer in te loggen op Zenolab voor de biologie-methode, maar hij vraagt een verificatiecode. "
      "Die kwam net binnen op mijn gsm: 618204\n\nKan jij daar iets mee om mijn account vrij te geven? Ik heb over 10 "
      "minuten les met 1A en wil het filmpje tonen.\n\nEvelien\n",
      rules=["password"], note="one-time verification code forwarded to a colleague", kind="password")

    M("wachtwoord-toetsbord-in-stukken", koen.h, [sarah.h], "Toetsbord vakgroep wiskunde",
      "Hoi Sarah,\n\nHet vakgroepaccount van Toetsbord (daar staan alle toetsen van de tweede graad in):\n"
      "login: vakgroep.wiskunde.haacht\n\nHet wachtwoord geef ik in twee stukken, dan staat het niet in één keer in je mail ;-)\n"
      "eerste stuk: Haacht\ntweede stuk: #Toets25\n(aan elkaar plakken, zonder spatie)\n\nKoen\n",
      rules=["password"], note="password split over two lines", kind="password")

    M("wachtwoord-gespeld-boekenfonds", ann.h, [mo.h], "Gedeelde map boekenfonds",
      "Mohamed,\n\nDe gedeelde map met de boekenlijsten staat op de schijf van het boekenfonds. Het wachtwoord is: hoofdletter B, "
      "dan 'oekenfonds', dan 2025 en een uitroepteken op het einde. Dus zoals vorig jaar, maar met het nieuwe jaartal.\n\n"
      "Ann\n",
      rules=["password"], note="password spelled out in words (Boekenfonds2025!)", kind="password")

    M("en-vendor-support-credentials", ict.h, ["Readly Learning Support <support@readlylearning.co.uk>"],
      "Ticket #58213 - licences not syncing for SPC Haacht",
      "Hello,\n\nFollowing up on ticket #58213: our pupils' licences for the read-aloud app are still not synchronising with "
      "our Smartschool groups. To save time, you can log in to our school admin console yourself:\n\n"
      "Console: admin.readlylearning.co.uk\nUser: admin@spc.ksleuven.be\nPassword: Rdl-Haacht-2291\n\n"
      "Please let me know once the sync runs again.\n\nKind regards,\nPieter Claes\nICT coordinator, Sint-Pieterscollege Haacht\n",
      rules=["password"], lang="en", note="admin console password given to vendor support", kind="password")

    M("fr-identifiants-plateforme-fle", lies.h, ["Julien Marchal <julien.marchal@athenee-ciney.be>"],
      "Identifiants plateforme Parcours FLE",
      "Bonjour Julien,\n\nComme convenu lors de la réunion de l'échange linguistique, voici les identifiants de notre compte "
      "école sur la plateforme Parcours FLE, pour que tes élèves puissent voir les exercices de mes 4e :\n\n"
      "Identifiant : prof.fle.haacht\nMot de passe : Bonjour#Dijle2025\n\nMerci de ne pas le diffuser aux élèves.\n"
      + sig(lies, lang="fr"),
      rules=["password"], lang="fr", note="French: school platform password sent to a teacher of a partner school",
      kind="password")

    helper = R["victor_lambrechts"]
    M("pincode-uitleenbalie-leerlinghulp", bib.h, [helper.mail], "Uitleenbalie over de middag",
      f"Dag {helper.first},\n\nSuper dat je deze week over de middag de uitleenbalie wil doen. Aanmelden op de "
      "zelfuitleenzuil gaat met de pincode 0852 (het beheerdersmenu). Boeken die terugkomen gewoon in de grijze bak "
      "leggen, ik boek ze zelf in.\n\nMevrouw Mertens\n",
      rules=["password"], note="PIN of library self-check terminal given to a pupil helper", kind="password")

    k4b = klas("4B")[:8]
    acts = ["KN4-8F2Q-77XD", "KN4-3HH9-P2LM", "KN4-Q7VT-0ZRA", "KN4-5MWC-KK31", "KN4-J2BN-9YEE", "KN4-T6XR-4QDL",
            "KN4-W8PA-1CGS", "KN4-D3LZ-6NUF"]
    M("activatiecodes-digitale-atlas-4b", g.h, [tom.h], "Activatiecodes digitale atlas 4B (nakomers)",
      "Dag Tom,\n\nDe leerlingen van 4B die hun papieren atlas al hadden, kregen geen kaartje met de activatiecode voor de "
      "digitale atlas. Hieronder de codes, je kan ze in de les uitdelen. Elke code activeert één licentie van 1 jaar; een "
      "gebruikte code is weg.\n\n" + "\n".join(f"{p.full}: {c}" for p, c in zip(k4b, acts)) + "\n\nGriet\n",
      rules=["password"], about=names(k4b),
      note="activation codes that unlock paid licences (secret that opens something), one per pupil", kind="password")

    rows = [["Leerkracht", "Platform", "Gebruikersnaam", "Wachtwoord", "Licenties"],
            ["Lies De Wolf", "Knooppunt Frans", "spc.haacht.frans3", "Dijle!Frans24", 52],
            ["Tom Jacobs", "Zenolab Aardrijkskunde", "tom.jacobs.spc", "Kaart&Kompas7", 118],
            ["Koen Stevens", "Toetsbord", "vakgroep.wiskunde.haacht", "Haacht#Toets25", 240],
            ["Ann Vermeulen", "Knooppunt Nederlands", "ann.vermeulen.spc", "Taalboom!31", 96],
            ["Mohamed Azzouzi", "Lettera English", "m.azzouzi.haacht", "Shakespeare-2025", 74]]
    M("licenties-per-leerkracht-xlsx", g.h, [adj.h], "Overzicht licenties en logins per leerkracht",
      "Bart,\n\nIn bijlage het overzicht van de licenties per leerkracht met de logins die ik voor hen heb aangemaakt "
      "(voor als iemand ziek is en een vervanger moet binnen). Het aantal licenties klopt met de facturen van juni.\n\nGriet\n",
      rules=["password"], atts=[("licenties_per_leerkracht_2025-2026.xlsx", make_xlsx(rows),
                                 "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")],
      fmt=["mixed", "attachment-xlsx"], note="xlsx with a password column for every teacher login", kind="password")

    tbl = [["Platform", "Gebruikersnaam", "Wachtwoord"],
           ["Smartschool", "sarah.lenaerts", "via je eigen activatiemail"],
           ["Toetsbord", "vakgroep.wiskunde.haacht", "Haacht#Toets25"],
           ["Zenolab Wiskunde", "wiskunde.spc.haacht", "Pi=3,14Haacht"]]
    body = ("Dag Sarah,\n\nWelkom in de vakgroep! Hieronder de accounts die je de eerste weken nodig hebt.\n\n[[T0]]\n\n"
            "Je Smartschoolaccount activeer je zelf met de mail van het secretariaat. Vragen? Loop gerust eens binnen.\n\n"
            "Bart Verhaegen\nAdjunct-directeur")
    M("html-tabel-logins-nieuwe-collega", adj.h, [sarah.h], "Je logins voor de start",
      body.replace("[[T0]]", text_table(tbl)), html=outlook_html(body, [html_table(tbl)]),
      rules=["password"], fmt=["alt", "html-table"], note="HTML table of platform logins with passwords",
      kind="password")

    M("reply-wachtwoord-gedeeld-account", lies.h, [tom.h], "RE: Toetsbord",
      "Hier: Welkom123Haacht\n(met hoofdletters W en H)\n\nL."
      + quote("Lies, wat was het wachtwoord van het gedeelde Toetsbord-account van de eerste graad weer? Ik wil de "
              "herhalingstoets voor 2B klaarzetten.\nTom", "Tom Jacobs", "dinsdag 9 september 2025 07:48",
              to="Lies De Wolf", subject="Toetsbord"),
      rules=["password"], fmt=["plain", "reply"], note="short reply that gives the shared account password",
      kind="password")

    M("beheerderswachtwoord-biebbeheer", bib.h, [ict.h], "update BiebBeheer",
      "Pieter,\n\nDe update van BiebBeheer mag je donderdag tijdens het 5de uur doen, dan is de mediatheek gesloten. "
      "Mijn beheerderslogin is hilde.mertens en het wachtwoord is Leeskriebel77 (ik ben er zelf niet, ik ben op "
      "nascholing).\n\nHilde\n",
      rules=["password"], note="admin password of the library system", kind="password")

    M("helpdesk-tijdelijk-wachtwoord", f"ICT-helpdesk SPC Haacht <{HELPDESK}>", [wim.h], "Je account is gereset",
      "Dag Wim,\n\nJe account voor de leerkrachtenlaptop en Oefenwijs is gereset.\n\nTijdelijk wachtwoord: Tq7-mLp2-Xa\n\n"
      "Bij de eerste aanmelding moet je een nieuw wachtwoord kiezen (minstens 12 tekens).\n\nICT-helpdesk\n",
      rules=["password"], note="temporary password sent by helpdesk", kind="password")

    pup = R["jef_swinnen"]
    M("klasaccount-oefenwijs-aan-leerling", koen.h, [pup.mail], "Klasaccount Oefenwijs",
      f"Dag {pup.first},\n\nJe was er vandaag niet toen ik het klasaccount gaf. Voor de oefenreeksen van goniometrie log je in met:\n"
      "gebruiker: 4C-wiskunde\nwachtwoord: Pythagoras4C\n\nDe reeksen 1 tot 3 moeten klaar zijn tegen vrijdag.\n\nMeneer Stevens\n",
      rules=["password"], note="shared class account password sent to a pupil; not about the pupil himself",
      kind="password")

    pup = R["tibo_heylen"]
    M("coaccount-startwachtwoord-ouder", f"Leerlingensecretariaat SPC Haacht <{SEC}>", [pup.p1],
      f"Co-account Smartschool voor {pup.first}",
      f"Beste ouder,\n\nU vroeg een nieuwe co-account aan om Smartschool van {pup.full} ({pup.klas}) te volgen. "
      "Hieronder uw gegevens:\n\nGebruikersnaam: " + f"{slug(pup.first)}.{slug(pup.last)}" +
      "\nCo-account: 1\nStartwachtwoord: ko7Rl!2x\n\nBij de eerste aanmelding vraagt Smartschool om een nieuw "
      "wachtwoord te kiezen.\n\nMet vriendelijke groeten,\nLeerlingensecretariaat\n",
      rules=["password"], about=[pup], note="start password of a parent co-account sent to the pupil's own parent",
      kind="password")

    zrows = [["Klas", "Vak", "Titel", "ISBN", "Aantal"]]
    for c, v, t, i, n in [("1A", "Nederlands", "Taalboom 1 werkboek", isbn13("978904861113"), 19),
                          ("1B", "Nederlands", "Taalboom 1 werkboek", isbn13("978904861113"), 20),
                          ("2A", "Frans", "Quartier Libre 2", isbn13("978946012245"), 18),
                          ("3B", "Wiskunde", "Delta 3 leerwerkboek", isbn13("978904862340"), 19)]:
        zrows.append([c, v, t, i, n])
    M("zip-bestellijst-wachtwoord-apart", g.h, [BOEKHUIS], "Bestellijst per klas - nalevering september",
      "Beste,\n\nIn bijlage de bestellijst per klas voor de nalevering. Omdat jullie vroegen om bestanden te beveiligen, "
      "zit ze in een zip-bestand. Het wachtwoord van het zip-bestand is BoekHaacht!25\n\n" + sig(g),
      rules=["password"], atts=[("nalevering_sept.zip", _zip([("nalevering_sept.csv", csv_bytes(zrows))]), "application/zip")],
      fmt=["mixed", "attachment-zip"], note="archive password given in the same mail; zip only holds a csv (no attachment rule)",
      kind="password")

    orig = ("Beste mevrouw Vermeulen,\n\nWelkom op Knooppunt! Uw docentenaccount voor Nederlands is aangemaakt.\n\n"
            "Uw inloggegevens:\nGebruikersnaam: ann.vermeulen.spc\nWachtwoord: Taalboom!31\n\n"
            "Wij raden aan om uw wachtwoord na de eerste aanmelding te wijzigen.\n\nHet Knooppunt-team\nLettera Educatief")
    M("fw-welkomstmail-knooppunt-met-login", ann.h, [S["leen"].h], "FW: Uw docentenaccount op Knooppunt",
      "Leen, kan jij hier ook mee inloggen voor de remediëringsoefeningen? Ik heb het nog niet gewijzigd.\nAnn"
      + fwd(orig, LETTERA, "maandag 1 september 2025 06:12", ann.h, "Uw docentenaccount op Knooppunt"),
      rules=["password"], fmt=["plain", "forward"], note="forwarded publisher welcome mail with username and password",
      kind="password")

    M("pdf-examenvragen-beveiligd", koen.h, [wim.h], "examenvragen 6B ter nalezing",
      "Wim,\n\nWil je de examenvragen van 6B eens nalezen op fouten? De pdf staat in de gedeelde map en is beveiligd.\n"
      "Wachtwoord van de pdf: examen6B-juni\n\nBedankt!\nKoen\n",
      rules=["password"], note="password protecting an exam PDF", kind="password")

    M("gedeeld-beheeraccount-toetsbord", adj.h, [koen.h], "beheeraccount Toetsbord",
      "Koen,\n\nVoor de koppeling met de klasgroepen heb je het beheeraccount nodig:\n"
      f"beheer@{SHORT} / Stroom#Haacht2025\n\nNiet aan de collega's geven aub, de vakgroepaccounts volstaan voor hen.\n\nBart\n",
      rules=["password"], note="admin account e-mail/password pair on one line", kind="password")

    M("pincode-betaalterminal-boekenverkoop", boekh.h, [g.h], "Bancontact-terminal voor zaterdag",
      "Griet,\n\nDe betaalterminal ligt klaar in mijn bureau (bovenste lade). Als hij vraagt om de beheerderspincode "
      "(bij opstarten of dagafsluiting): 2468.\nDagafsluiting graag om 12u doen, dan komt alles op één uittreksel.\n\nJan\n",
      rules=["password"], note="PIN of the payment terminal", kind="password")

    M("base64-wachtwoord-lettera-english", mo.h, [ev.h], "Lettera English login",
      "Hi Evelien,\n\nVoor de vervanging in 2C volgende week: de digitale versie van het leerboek Engels open je met "
      "mijn account.\n\nm.azzouzi.haacht\nShakespeare-2025\n\nHoofdstuk 4, oefening 1 tot 6 is genoeg.\n\nThanks!\nMohamed\n",
      rules=["password"], enc="b64", fmt=["plain-base64"], note="username and password on two bare lines, base64 body",
      kind="password")

    M("cp1252-wachtwoord-bibcomputer", bib.h, ["Marleen Dierckx <marleen.dierckx@gmail.com>"], "Bibcomputer – inloggen",
      "Dag Marleen,\n\nVergeten te zeggen: de computer aan de balie in de mediatheek opent met het account 'bibbalie'. "
      "Wachtwoord: Bibliothèque-2025 (met accent op de è).\n\nHet inboeken van de nieuwe leesboeken gaat via het icoontje "
      "'BiebBeheer – catalogus'.\n\nGroetjes,\nHilde\n",
      rules=["password"], enc="cp1252-qp", fmt=["plain-cp1252", "plain-qp"], note="password with accent, cp1252 body",
      kind="password")

    M("wachtwoord-in-onderwerp", tom.h, [wim.h], "ww Zenolab geschiedenis = Zeno!Haacht3",
      "zie onderwerp, voor je les morgen in 3A\nTom\n",
      rules=["password"], note="password in the subject line only", kind="password")

    M("gastwifi-vertegenwoordiger", g.h, ["Dirk Lauwers <dirk.lauwers@zeno-educatief.be>"], "Uw bezoek van dinsdag",
      "Beste Dirk,\n\nWe verwachten u dinsdag om 14u in lokaal B104 voor de demo van het nieuwe Zenolab. Er is een "
      "beamer met HDMI.\n\nVoor het internet kunt u op het gastennetwerk: SPC-Gast, sleutel Welkom-Haacht-0925\n\n" + sig(g),
      rules=["password"], note="guest Wi-Fi key sent to a publisher's rep", kind="password")

    M("wachtwoord-zoals-vorig-jaar", g.h, [boekh.h], "RE: toegang boekenfondsbestand",
      "Jan,\n\nHetzelfde als vorig jaar, maar met 2025 in plaats van 2024: Boekenfonds2025\n\nGriet"
      + quote("Griet, het Excelbestand met de boekenfondsbestellingen vraagt een wachtwoord. Welk was het?\nJan",
              "Jan Goossens", "maandag 16 juni 2025 10:21", to="Griet Vanhove", subject="toegang boekenfondsbestand"),
      rules=["password"], fmt=["plain", "reply"], note="file password given as 'same as last year' plus full value",
      kind="password")

    M("api-sleutel-koppeling-oefenwijs", ict.h, ["EduLink integraties <integratie@edulink-services.be>"],
      "Koppeling Smartschool - Oefenwijs (SPC Haacht)",
      "Beste,\n\nVoor de koppeling tussen Smartschool en Oefenwijs bezorg ik jullie de gegevens van onze omgeving:\n\n"
      "Platform-URL: https://spchaacht.oefenwijs.be\nAPI-sleutel: ow_live_7f3K9qL2mX8vR1tBz54Q\n\n"
      "De synchronisatie mag 's nachts lopen, tussen 1u en 5u.\n\n" + sig(ict),
      rules=["password"], note="API key / token sent to an integrator", kind="password")

    note = ("VERVANGINGSMAP 2B – Nederlands (mevr. Vermeulen)\n\n"
            "Lesrooster\nMaandag 3e uur 2B (B204), dinsdag 1e uur 2B (B204), donderdag 6e uur 2B (mediatheek, leesuur).\n\n"
            "Leerstof\nWe zitten in hoofdstuk 3 van Taalboom 2 (de bijzin). Werkboek blz. 44-51. De leerlingen hebben de "
            "digitale versie via Knooppunt, maar niet iedereen heeft thuis een laptop: laat ze in de klas werken.\n\n"
            "Laptopkar\nDe laptopkar staat in B206. De laptops starten op met het lokale account.\n"
            "Aanmelden: .\\leerkracht\nWachtwoord: Haacht-B204!\n\n"
            "Leesuur\nIedere leerling kiest een boek in de mediatheek, Hilde helpt bij het uitlenen.\n\n"
            "Toets\nDe toets over de bijzin staat klaar in Toetsbord maar is nog niet opengezet.")
    M("vervangingsmap-word-notitie", ann.h, [S["sarah"].h], "vervangingsmap 2B",
      "Sarah,\n\nHieronder de vervangingsmap voor de komende twee weken (geplakt uit Word). Heel erg bedankt!\n\n" + note +
      "\n\nAnn\n", html=outlook_html("Sarah,\n\nHieronder de vervangingsmap voor de komende twee weken (geplakt uit Word). "
                                     "Heel erg bedankt!\n\n" + note + "\n\nAnn"),
      rules=["password"], fmt=["alt", "word-paste"], note="long pasted note with laptop local account password in the middle",
      kind="password")

    k2c = klas("2C")
    picked = [p for p in k2c if p.key in ("sara_boukhari", "mila_segers")] + [p for p in k2c if not p.key][:2]
    tbl = [["Leerling", "Klas", "Gebruikersnaam", "Nieuw wachtwoord"]]
    newpw = ["Maan-Ster-41", "Fiets#Boom22", "Wolk-Zon-87", "Trein!Bos63"]
    for p, pw in zip(picked, newpw):
        tbl.append([p.full, p.klas, f"{slug(p.first)}.{slug(p.last)}", pw])
    body = ("Dag Lies,\n\nDeze leerlingen van 2C konden niet meer inloggen op Oefenwijs. Ik heb hun wachtwoord gereset:\n\n"
            "[[T0]]\n\nMogen ze dit in de les overschrijven in hun agenda?\n\nPieter")
    M("html-nieuwe-wachtwoorden-2c", ict.h, [lies.h], "Oefenwijs: reset voor 4 leerlingen 2C",
      body.replace("[[T0]]", text_table(tbl)), html=outlook_html(body, [html_table(tbl)]), fmt=["html-only", "html-table"],
      rules=["password"], about=names(picked), note="HTML-only table of reset pupil passwords", kind="password")

    # private account + password
    orig = ("Bart,\n\nIn bijlage het overzicht van de licenties per leerkracht met de logins die ik voor hen heb aangemaakt.\n"
            "Knooppunt Frans: spc.haacht.frans3 / Dijle!Frans24\nZenolab Aardrijkskunde: tom.jacobs.spc / Kaart&Kompas7\n"
            "Toetsbord: vakgroep.wiskunde.haacht / Haacht#Toets25\n\nGriet")
    M("fw-naar-prive-hotmail-logins", adj.h, ["Bart Verhaegen <bartverhaegen71@hotmail.com>"], "FW: Overzicht licenties en logins",
      "thuis verder bekijken" + fwd(orig, g.h, "dinsdag 17 juni 2025 15:40", adj.h, "Overzicht licenties en logins"),
      rules=["password", "private_account"], fmt=["plain", "forward"],
      note="staff forwards school mail with logins to own private hotmail", kind="password")


# ===========================================================================
# B. look-alikes of credentials (must not fire)
# ===========================================================================
def mails_lookalike():
    g, ict, bib, boekh, sec = S["griet"], S["ict"], S["bib"], S["boekh"], S["sec"]
    lies, tom, ann, koen, ev, mo, wim, adj = (S[k] for k in ("lies", "tom", "ann", "koen", "evelien", "mohamed", "wim", "adj"))

    tbl = [["Vak", "Titel", "ISBN", "Aantal"],
           ["Nederlands", "Taalboom 2 – leerwerkboek", isbn13("978904861120"), 52],
           ["Frans", "Quartier Libre 2 – cahier", isbn13("978946012245"), 52],
           ["Wiskunde", "Delta 2 – leerwerkboek deel A", isbn13("978904862301"), 52],
           ["Wiskunde", "Delta 2 – leerwerkboek deel B", isbn13("978904862318"), 52],
           ["Engels", "Lettera English 2 – workbook", isbn13("978946015531"), 52],
           ["Geschiedenis", "Tijdstroom 2", isbn13("978904863055"), 52]]
    body = ("Beste,\n\nHierbij onze bestelling voor het tweede jaar (2A, 2B, 2C), levering graag voor 22 augustus:\n\n[[T0]]\n\n"
            "Facturatie zoals altijd op naam van VZW LKSD, afdeling Sint-Pieterscollege Haacht.\n\nMet vriendelijke groeten,\n"
            "Griet Vanhove\nCoördinator boekenfonds")
    M("isbn-bestelling-tweede-jaar", g.h, [BOEKHUIS], "Bestelling schoolboeken 2de jaar 2025-2026",
      body.replace("[[T0]]", text_table(tbl)), html=outlook_html(body, [html_table(tbl)]), fmt=["alt", "html-table"],
      note="ISBN list with counts: long digit strings that open nothing", kind="lookalike")

    M("bestelnummer-bevestiging", g.h, ["Boekhuis Dijleland - Marc <marc@boekhuis-dijleland.be>"],
      "RE: Orderbevestiging BHD-2025-08817",
      "Dag Marc,\n\nDank je. Ik zie op de bevestiging van bestelnummer BHD-2025-08817 dat de atlassen (artikel 40017-AT) "
      "nog in backorder staan. Is er al een leverdatum? Anders moeten we de eerste lessen aardrijkskunde met kopieën werken.\n\nGriet"
      + quote("Beste Griet,\n\nUw bestelling BHD-2025-08817 werd geregistreerd. Klantnummer 30871, leveradres Haacht.\n\nMarc",
              "Marc Wellens", "vrijdag 20 juni 2025 14:33", to="Griet Vanhove", subject="Orderbevestiging BHD-2025-08817"),
      fmt=["plain", "reply"], note="order, article and customer numbers only", kind="lookalike")

    tbl = [["Vak / graad", "Platform", "Licenties 24-25", "Licenties 25-26"],
           ["Frans 1ste graad", "Knooppunt", 148, 152], ["Frans 2de graad", "Knooppunt", 131, 126],
           ["Aardrijkskunde", "Zenolab", 246, 255], ["Wiskunde", "Toetsbord", 240, 240], ["Engels", "Lettera English", 212, 219]]
    M("licentieaantallen-per-vak", g.h, [adj.h], "Licentieaantallen 2025-2026",
      "Bart,\n\nDe aantallen voor volgend schooljaar, op basis van de inschrijvingen van vandaag:\n\n" + text_table(tbl) +
      "\n\nHet totaal ligt 21 licenties hoger dan dit jaar, vooral door de extra klas in het eerste jaar.\n\nGriet\n",
      note="licence counts table, no secret", kind="lookalike")

    M("factuurnummer-dubbel-ontvangen", boekh.h, [ZENO], "Factuur F2025/00871 dubbel ontvangen",
      "Geachte,\n\nWe ontvingen factuur F2025/00871 (licenties Zenolab, klantnummer SPC-HAA-0412) twee keer, één keer per post "
      "en één keer via e-mail, met een verschillende vervaldatum. Mogen we aannemen dat het om dezelfde factuur gaat en dat "
      "de betaling van 12 juli volstaat?\n\n" + sig(boekh),
      note="invoice and customer numbers", kind="lookalike")

    newp = [p for p in klas("1B") if not p.key][:6] + [R["marie_goossens"]]
    lines = [f"{p.full} ({p.klas}) – lenerskaart {22004500 + i * 37}" for i, p in enumerate(newp)]
    M("lenerskaarten-nieuwe-leerlingen", bib.h, [ann.h], "lenerskaarten 1B klaar",
      "Ann,\n\nDe lenerskaarten van de nieuwe leerlingen van 1B zijn klaar. Ze kunnen ze donderdag tijdens het leesuur "
      "afhalen aan de balie:\n\n" + "\n".join(lines) + "\n\nDe kaart wordt gewoon gescand bij het uitlenen.\nHilde\n",
      about=names(newp), note="library card numbers are identifiers, not secrets", kind="lookalike")

    pup = R["yara_demir"]
    M("wachtwoord-vergeten-instructie-leerling", f"ICT-helpdesk SPC Haacht <{HELPDESK}>", [pup.mail],
      "RE: kan niet inloggen op Oefenwijs",
      f"Dag {pup.first},\n\nWij kunnen je wachtwoord niet zien en sturen ook nooit een wachtwoord per mail. Ga naar de "
      "aanmeldpagina van Oefenwijs en klik op 'Wachtwoord vergeten?'. Je krijgt dan een link op je schoolmailadres. "
      "Lukt het niet, kom dan over de middag langs bij de helpdesk (lokaal A010).\n\nICT-helpdesk",
      fmt=["plain", "reply"], about=[pup], note="how to reset a password, no password given", kind="lookalike")

    pup = R["lotte_geerts"]
    M("wachtwoord-zenolab-helpdesk-uitgeverij", tom.h, [pup.p1], "RE: Zenolab werkt niet thuis",
      "Beste meneer Geerts,\n\nIk kan de wachtwoorden van de leerlingen op Zenolab niet zien of wijzigen. Lotte kan "
      "thuis op 'Wachtwoord vergeten' klikken, of u kan de helpdesk van de uitgeverij contacteren via het formulier op hun "
      "website. In de klas werkte haar account vandaag wel gewoon.\n\n" + sig(tom)
      + quote("Meneer Jacobs, Lotte geraakt thuis niet op Zenolab, het wachtwoord zou fout zijn. Wat moeten we doen?\nKris Geerts",
              "geerts.kris@telenet.be", "dinsdag 16 september 2025 19:40", style="nl"),
      fmt=["plain", "reply"], about=[pup], note="mail about a password without one (ask the helpdesk)", kind="lookalike")

    M("vakcodes-en-lokalen-toetsbord", koen.h, [S["sarah"].h], "Toetsbord: welke vakcode?",
      "Sarah,\n\nIn Toetsbord moet je bij het aanmaken van een toets de vakcode kiezen: WIS4-ALG voor de 4de jaars algemene "
      "wiskunde, WIS4-STA voor statistiek. De examens van 4A gaan door in lokaal B204 en B206 (uur 1-2).\n\nKoen\n",
      note="course codes and room numbers", kind="lookalike")

    M("klascode-oefenwijs-leerlingen", koen.h, [koen.h], "Oefenwijs: sluit je aan bij onze klas",
      "Dag 5B,\n\nOm de oefenreeksen van dit jaar te zien, moet je je eenmalig aansluiten bij onze klas in Oefenwijs: "
      "log in met je eigen Smartschoolaccount en kies 'Klas toevoegen'. De klascode is 7KX-42B.\n\nMeneer Stevens\n",
      bcc=[f"leerlingen5b@{SHORT}"], fmt=["plain", "bcc-envelope"],
      note="class code to join a class (opens nothing without own login); group list in BCC", kind="lookalike")

    pup = R["olivia_mukendi"]
    M("betaalreferentie-optionele-atlas", f"Leerlingensecretariaat SPC Haacht <{SEC}>", [pup.p1],
      f"RE: betaling atlas {pup.first}",
      "Beste mevrouw Mukendi,\n\nU kan de optionele atlas (€ 34,50) betalen via overschrijving met de gestructureerde "
      f"mededeling {ogm('8124563271')}. De atlas wordt daarna via de klastitularis aan {pup.first} bezorgd.\n\n"
      "Met vriendelijke groeten,\nNadia Amrani\nLeerlingensecretariaat",
      fmt=["plain", "reply"], about=[pup], note="payment reference for an optional purchase, no unpaid bill", kind="lookalike")

    M("teams-uitnodiging-boekenfondsoverleg", g.h, [BOEKHUIS, ], "Overleg nalevering boekenpakketten",
      "Beste Marc,\n\nZoals besproken een kort online overleg over de nalevering.\n\n"
      "________________________________________________________________________________\n"
      "Microsoft Teams-vergadering\nDeelnemen op uw computer, mobiele app of apparaat in een ruimte\n"
      "Klik hier om deel te nemen aan de vergadering\nVergaderings-id: 364 829 117 48\nWachtwoordcode: aB3xQ9\n"
      "Teams downloaden | Deelnemen op het web\n"
      "________________________________________________________________________________\n\nGriet\n",
      fmt=["plain", "meeting-invite"], note="meeting passcode inside an invitation is allowed", kind="lookalike")

    M("rma-nummer-beschadigde-boeken", g.h, [BOEKHUIS], "Retour beschadigde werkboeken (RMA-44172)",
      "Beste,\n\nVan de levering van 25 augustus waren 7 werkboeken Delta 3 beschadigd (natte doos). Ze gaan morgen met de "
      "koerier terug onder retournummer RMA-44172, pakbon 2025-0825-3. Graag een vervangende levering.\n\n" + sig(g),
      note="return and delivery numbers", kind="lookalike")

    M("plaatsnummers-mediatheek", bib.h, [ann.h], "Leesdossier 3de jaar: waar staan de boeken?",
      "Ann,\n\nDe boeken voor het leesdossier staan in de mediatheek onder deze plaatsnummers: jeugdromans JR 839.3 DEW "
      "tot JR 839.3 VAN, de graphic novels onder GN 741.5. Inventarisnummers van de klassenset 'Het smelt': INV 20871 tot "
      "INV 20894.\n\nHilde\n",
      note="shelf marks and inventory numbers", kind="lookalike")

    pup = R["louise_pauwels"]
    M("licentiecode-staat-in-werkboek", lies.h, [pup.p1], "RE: licentiecode Quartier Libre",
      "Beste meneer Pauwels,\n\nDe licentiecode voor de digitale versie van Quartier Libre staat op de binnenkant van de "
      f"kaft van het werkboek van {pup.first}. Ik kan die niet opzoeken of doorsturen; als de sticker ontbreekt, "
      "neemt u best contact op met het boekenfonds.\n\n" + sig(lies),
      fmt=["plain", "reply"], about=[pup], note="talks about a licence code without giving one", kind="lookalike")

    M("stappen-wachtwoord-wijzigen-knooppunt", lies.h, [wim.h], "wachtwoord Knooppunt wijzigen",
      "Wim,\n\nJe eigen wachtwoord van Knooppunt wijzigen gaat zo: rechtsboven op je naam klikken > Mijn profiel > "
      "Wachtwoord wijzigen. Je moet wel eerst je oude wachtwoord ingeven. Ben je dat kwijt, dan via 'Wachtwoord vergeten' "
      "op de aanmeldpagina.\n\nLies\n",
      note="instructions to change a password, no password", kind="lookalike")


# ===========================================================================
# C. sensitive mails (correctly addressed)
# ===========================================================================
def mails_sensitive():
    g, ict, bib, boekh, sec, zorg, leen, adj, dir_ = (S[k] for k in
                                                     ("griet", "ict", "bib", "boekh", "sec", "zorg", "leen", "adj", "dir"))
    lies, tom, ann, koen, ev, mo, wim, sarah = (S[k] for k in ("lies", "tom", "ann", "koen", "evelien", "mohamed", "wim", "sarah"))
    SECH = f"Leerlingensecretariaat SPC Haacht <{SEC}>"

    p = R["jonas_vermeiren"]
    M("openstaande-boekenfactuur-afbetaling", boekh.h, [p.p1], f"Boekenfactuur {p.first} - voorstel afbetaling",
      f"Beste mevrouw D'hondt,\n\nDe boekenfactuur van {p.first} ({p.klas}) van € 318,40 staat na twee herinneringen nog "
      "open. Ik begrijp uit uw telefoontje van vorige week dat het financieel moeilijk is. Wij stellen voor om het bedrag in "
      "vier maandelijkse schijven van € 79,60 te betalen, telkens voor de 15de van de maand (oktober tot januari).\n\n"
      "Laat u mij weten of dit haalbaar is? Alles blijft uiteraard vertrouwelijk.\n" + sig(boekh),
      rules=["sensitive"], cats={"sensitive": ["financial"]}, about=[p], enc="qp", fmt=["plain-qp"],
      note="unpaid book invoice and payment plan for one named pupil, to his mother", kind="sensitive")

    rows = [["Leerling", "Klas", "Bedrag open", "Herinneringen", "Opmerking"]]
    open_pupils = [R["jonas_vermeiren"], R["nathan_debacker"], R["dylan_wuyts"], R["oliver_bennett"]] + \
        [q for q in klas("5A") if not q.key][:1]
    info = [("318,40", 2, "afbetalingsplan voorgesteld"), ("287,00", 1, "wacht op schooltoeslag"),
            ("402,15", 3, "OCMW gecontacteerd"), ("312,00", 1, "afbetaling in 3 schijven"), ("96,50", 1, "")]
    for q, (b, h, o) in zip(open_pupils, info):
        rows.append([q.full, q.klas, f"€ {b}", h, o])
    body = ("Katrien,\n\nZoals gevraagd het overzicht van de leerlingen met een openstaande boekenfactuur van meer dan "
            "60 dagen:\n\n[[T0]]\n\nVoor de andere 23 facturen is de betaling deze week binnengekomen.\n\nGriet")
    M("tabel-openstaande-boekenfacturen", g.h, [dir_.h], "Openstaande boekenfacturen > 60 dagen",
      body.replace("[[T0]]", text_table(rows)), html=outlook_html(body, [html_table(rows)]),
      rules=["sensitive"], cats={"sensitive": ["financial"]}, about=names(open_pupils), fmt=["alt", "html-table"],
      note="table of named pupils with open book invoices and payment arrangements", kind="sensitive")

    p = R["yasmina_ouali"]
    M("ocmw-afbetalingsplan-rijksregister", sec.h, [OCMW], f"Afbetalingsplan schoolkosten {p.full}",
      "Beste mevrouw Verbist,\n\nNaar aanleiding van ons gesprek: de moeder van Yasmina Ouali (3A) kan de boekenfactuur "
      "(€ 296,80) en de rekening van de digitale licenties (€ 64,00) niet in één keer betalen. De school gaat akkoord met "
      "het afbetalingsplan dat u voorstelt (6 x € 60,13), waarbij het OCMW de eerste schijf voorschiet.\n\n"
      f"Voor uw dossier: rijksregisternummer van Yasmina {rrn(10, 3, 14, 118)}.\n\n" + sig(sec),
      rules=["sensitive", "personal_data"], cats={"sensitive": ["financial"]}, about=[p],
      note="payment plan with OCMW social service and a valid national register number", kind="sensitive")

    p = R["lucas_smets"]
    M("dyslexie-digitale-boeken-voorleessoftware", zorg.h, [p.p2], f"Aangepaste boeken voor {p.first}",
      f"Beste mevrouw Cools,\n\nNaar aanleiding van het overleg met het CLB over de dyslexie van {p.first}: hij krijgt vanaf "
      "volgende week de digitale versies van de handboeken Nederlands, Frans en geschiedenis, zodat hij ze met de "
      "voorleessoftware op zijn laptop kan gebruiken. Bij toetsen mag hij de vragen laten voorlezen en krijgt hij "
      "10 minuten extra tijd. Dat staat ook zo in zijn handelingsplan.\n\nDe papieren boeken mag hij gewoon houden.\n" + sig(zorg),
      rules=["sensitive"], cats={"sensitive": ["care"]}, about=[p],
      note="dyslexia, adapted textbooks, reasonable adjustments for one named pupil, to his mother", kind="sensitive")

    p = R["ella_hermans"]
    M("vergrote-boeken-visuele-beperking", g.h, [ZICHT], f"Vergrote schoolboeken {p.first} {p.last[0]}. ({p.klas})",
      f"Beste,\n\nVoor onze leerlinge {p.full} (4B) vragen we opnieuw vergrote versies (A3, lettergrootte 18) van de "
      "handboeken aan. Door haar oogaandoening (nystagmus met sterk verminderd zicht) kan ze de gewone uitgave niet "
      "lezen. Het gaat om: Tijdstroom 4, Delta 4 deel A en B, Quartier Libre 4.\n\nKunnen jullie ook de digitale pdf's "
      "bezorgen zodat ze die op haar tablet kan inzoomen?\n\n" + sig(g),
      rules=["sensitive"], cats={"sensitive": ["medical", "care"]}, about=[p],
      note="visual impairment (diagnosis) and enlarged textbooks (adjustment) for one pupil", kind="sensitive")

    k4a = [R["aya_haddad"], R["bo_smolders"], R["lucie_popescu"], R["robbe_willems"]]
    rows = [["Leerling", "Maatregel examens", "Reden (uit dossier)"],
            [k4a[0].full, "papieren versie i.p.v. Toetsbord, max. 30 min scherm", "epilepsie"],
            [k4a[1].full, "voorleessoftware, vragen vergroot", "dyslexie"],
            [k4a[2].full, "25% extra tijd, apart lokaal", "ADHD"],
            [k4a[3].full, "geen", "-"]]
    body = ("Dag Tom,\n\nAls klastitularis van 4A: hierbij de maatregelen voor de decemberexamens die uit de dossiers "
            "volgen. Wil je ze doorgeven aan de collega's die toezicht doen?\n\n[[T0]]\n\nSofie")
    M("examenmaatregelen-4a-tabel", zorg.h, [tom.h], "Examenmaatregelen 4A",
      body.replace("[[T0]]", text_table(rows)), html=outlook_html(body, [html_table(rows)]),
      rules=["sensitive"], cats={"sensitive": ["medical", "care"]}, about=names(k4a), fmt=["alt", "html-table"],
      note="table with exam accommodations and their reasons (epilepsy, dyslexia, ADHD)", kind="sensitive")

    p = R["milan_janssens"]
    M("gescheiden-ouders-factuur-splitsen", g.h, [boekh.h], f"boekenfactuur {p.full} splitsen",
      f"Jan,\n\nDe ouders van {p.full} (3C) zijn sinds de zomer gescheiden. De mama vraagt om de boekenfactuur "
      "voortaan 50/50 op te splitsen, met een aparte factuur naar elke ouder. De papa heeft zijn helft van vorig jaar "
      "(€ 142,30) nog altijd niet betaald; volgens de mama weigert hij omdat hij niet akkoord was met de schoolkeuze.\n\n"
      "Kan jij dat in het boekhoudpakket aanpassen?\n\nGriet\n",
      rules=["sensitive"], cats={"sensitive": ["family", "financial"]}, about=[p],
      note="divorce and conflict between parents, unpaid half of an invoice", kind="sensitive")

    p = R["hanne_claessens"]
    M("overlijden-vader-geen-aanmaning", wim.h, [g.h], f"{p.first} {p.last} 5B",
      f"Dag Griet,\n\nIk weet niet of het al tot bij jou geraakt is: de papa van {p.full} (5B) is vorige week plots "
      "overleden. Kan je ervoor zorgen dat de herinneringsbrief voor de boekenfactuur, die nog openstaat, niet naar haar "
      "mama vertrekt? Ze hebben nu wel andere zorgen. We bekijken het later met de directie.\n\nWim\n",
      rules=["sensitive"], cats={"sensitive": ["family", "financial"]}, about=[p],
      note="death of a parent and an open invoice of one named pupil", kind="sensitive")

    p = R["robbe_willems"]
    M("boeken-vernield-sanctie-ouders", leen.h, [p.p1], f"Incident mediatheek - {p.first}",
      f"Beste ouders,\n\nZoals telefonisch gemeld: {p.first} heeft gisteren tijdens het leesuur met opzet drie boeken "
      "van de mediatheek stukgescheurd en een medeleerling uitgescholden die hem daarop aansprak. Het is de derde "
      "keer dit trimester dat er een incident is. De klassenraad heeft beslist dat hij twee weken de mediatheek niet "
      "meer mag gebruiken en dat hij op woensdagnamiddag 1 oktober strafstudie heeft.\n\nWe plannen graag een gesprek "
      "met u en Robbe. U kan mij bereiken op het nummer van de school.\n" + sig(leen, phone=True),
      rules=["sensitive", "personal_data"], cats={"sensitive": ["psychosocial"]}, about=[p],
      note="behaviour incident with sanction; school phone number in signature", kind="sensitive")

    p = R["zoe_martens"]
    M("pesten-boeken-in-vuilbak", lies.h, [leen.h], f"{p.first} {p.last} (2A) - pesten?",
      f"Leen,\n\nIk maak me zorgen over {p.full} uit 2A. Voor de tweede keer deze maand lagen haar boeken en haar "
      "werkboek Frans in de vuilbak van de klas. Een groepje meisjes uit de klas "
      "lachen haar openlijk uit en ze zit elke middag alleen in de mediatheek. Vandaag heeft ze gehuild na de les.\n\n"
      "Kan jij een gesprek met haar inplannen?\n\nLies\n",
      rules=["sensitive"], cats={"sensitive": ["psychosocial"]}, about=[p], enc="cp1252", fmt=["plain-cp1252"],
      note="bullying victim named, to the pupil counsellor", kind="sensitive")

    p = R["arthur_declercq"]
    M("gebroken-arm-tweede-boekenset", ev.h, [p.p1], f"RE: boekentas {p.first}",
      f"Beste ouders,\n\nGeen probleem. Zolang {p.first} zijn arm in het gips zit, laat hij zijn boeken gewoon in de klas; "
      "er ligt een tweede set in de kast van 1C. Voor de lessen LO heb ik de collega verwittigd. Beterschap!\n\n"
      "Evelien Maes"
      + quote(f"Dag mevrouw Maes, {p.first} is gisteren gevallen met de fiets en heeft zijn pols gebroken. Hij mag 6 weken "
              "niets zwaar dragen. Kan hij zijn boeken op school laten?\nMvg, familie Declercq",
              p.p1, "maandag 22 september 2025 20:15", style="nl"),
      rules=["sensitive"], cats={"sensitive": ["medical"]}, about=[p], fmt=["plain", "reply"],
      note="injury of named pupil, reply to his parents", kind="sensitive")

    p = R["elias_vandenbroeck"]
    M("adhd-extra-tijd-toetsbord", zorg.h, [koen.h], f"Toetsbord - extra tijd {p.first} (3B)",
      f"Koen,\n\nKan jij in Toetsbord voor {p.full} (3B) de instelling 'extra tijd' op 30% zetten? Hij heeft een "
      "ADHD-diagnose en in zijn dossier staat dat hij recht heeft op extra tijd en een prikkelarme plaats, ook bij "
      "online toetsen.\n\nSofie\n",
      rules=["sensitive"], cats={"sensitive": ["care"]}, about=[p],
      note="ADHD diagnosis and accommodation for a named pupil", kind="sensitive")

    p = R["sara_boukhari"]
    M("clb-opvolging-aangepaste-boeken", zorg.h, [CLB_MW], f"{p.full} 2C - aangepast lesmateriaal",
      f"Dag Joke,\n\nIn het kader van jullie opvolging van {p.full} (2C): de school heeft de handboeken Nederlands en "
      "geschiedenis in digitale vorm besteld. Het vermoeden van een taalontwikkelingsstoornis is door de logopediste "
      "bevestigd, de verslagen heb ik in het leerlingvolgsysteem gezet. Kunnen we op het MDO van 14 oktober bespreken of "
      "een gemotiveerd verslag nodig is?\n\nSofie De Smet\nZorgcoördinator\n",
      rules=["sensitive"], cats={"sensitive": ["care"]}, about=[p], enc="qp", fmt=["plain-qp"],
      note="CLB follow-up, diagnosis of learning disorder, adapted books", kind="sensitive")

    p = R["nathan_debacker"]
    M("schooltoeslag-uitstel-aanmaning", SECH, [p.p1], f"RE: factuur boeken {p.first}",
      "Beste meneer De Backer,\n\nIn orde: we sturen geen aanmaning voor het openstaande bedrag van € 287,00 zolang de "
      "schooltoeslag niet is uitbetaald. Laat u ons weten wanneer die op uw rekening staat? Dan kan het bedrag "
      "in één keer of in twee delen betaald worden.\n\nMet vriendelijke groeten,\nNadia Amrani"
      + quote("Beste, ik kan de boekenfactuur van Nathan pas betalen als de schooltoeslag binnen is, eind oktober. "
              "Kan dat?\nSven De Backer", p.p1, "dinsdag 30 september 2025 21:03", style="nl"),
      rules=["sensitive"], cats={"sensitive": ["financial"]}, about=[p], fmt=["plain", "reply"],
      note="open invoice waiting for the school allowance, reply to the father", kind="sensitive")

    p = R["lina_aerts"]
    M("ziekenhuisopname-toegang-platformen", adj.h, [ict.h], f"toegang platformen {p.full} (6A)",
      f"Pieter,\n\n{p.full} (6A) is opgenomen in het ziekenhuis en zal door haar behandeling (chemotherapie) minstens "
      "tot de kerstvakantie niet naar school komen. De ziekenhuisschool wil met haar verder werken in Knooppunt en "
      "Toetsbord. Kan je haar account zo instellen dat de leraar van de ziekenhuisschool meekijkt? Haar ouders gaan akkoord.\n\n"
      "Bart\n",
      rules=["sensitive"], cats={"sensitive": ["medical"]}, about=[p],
      note="hospitalisation and treatment of named pupil", kind="sensitive")

    p = R["kobe_michiels"]
    M("diefstal-tablets-politie", adj.h, [bib.h, dir_.h], "diefstal tablets mediatheek",
      "Hilde, Katrien,\n\nDe drie tablets die uit de mediatheek verdwenen zijn, werden teruggevonden. Kobe Michiels (5A) "
      "heeft toegegeven dat hij ze heeft meegenomen en er twee verkocht. De politie van Haacht heeft een pv opgemaakt en "
      "zijn ouders zijn ingelicht. Er volgt een tuchtprocedure; tot dan mag hij de mediatheek niet in.\n\nBart\n",
      rules=["sensitive"], cats={"sensitive": ["psychosocial"]}, about=[p],
      note="theft, police report and disciplinary procedure of a named pupil; two colleagues in To is fine",
      kind="sensitive")

    p = R["amber_goris"]
    M("pleeggezin-factuuradres", SECH, [BOEKH], f"factuuradres {p.full} 2B",
      f"Dag Jan,\n\n{p.full} (2B) is sinds augustus geplaatst in een pleeggezin (familie Verstraeten) door de "
      "jeugdrechtbank. De boekenfactuur mag dus niet meer naar het adres van de mama. Nieuw factuuradres en mailadres "
      f"staan in Smartschool ({p.p1}). De mama mag geen info over de factuur of over de school krijgen.\n\nNadia\n",
      rules=["sensitive"], cats={"sensitive": ["family"]}, about=[p],
      note="foster placement by youth court, contact restriction", kind="sensitive")

    p = R["finn_dubois"]
    M("ass-stille-ruimte-mediatheek", bib.h, [p.p1], f"{p.first} en het leesuur",
      f"Beste mevrouw Dubois,\n\nIk heb met mevrouw De Smet afgesproken dat {p.first} tijdens het leesuur in het stille "
      "hoekje achteraan in de mediatheek mag zitten, met zijn koptelefoon. Door zijn autisme (ASS) is het lawaai "
      "in de grote leeszaal te veel voor hem, dat zagen we vorige week goed. Als het lukt, breiden we het uit naar de "
      "middagpauze.\n\n" + sig(bib),
      rules=["sensitive"], cats={"sensitive": ["care"]}, about=[p],
      note="autism (ASS) and adjustment in the library, to the mother", kind="sensitive")

    p = R["julie_vanhoof"]
    M("angst-schoolweigering-platform", leen.h, [mo.h], f"{p.first} {p.last} 4C - lesmateriaal",
      f"Mohamed,\n\n{p.full} (4C) komt voorlopig niet naar school; ze heeft zware angstklachten en is in begeleiding bij "
      "een psycholoog. Het plan is dat ze thuis verder werkt via Lettera English en dat ze over twee weken halve dagen "
      "opstart. Wil jij je opdrachten telkens op het platform zetten?\n\nLeen\n",
      rules=["sensitive"], cats={"sensitive": ["psychosocial", "care"]}, about=[p],
      note="anxiety, school refusal and therapy of a named pupil", kind="sensitive")

    p = R["chloe_lambert"]
    M("zwangerschap-examenregeling", zorg.h, [koen.h, adj.h], f"{p.first} {p.last} 6B",
      f"Koen, Bart,\n\n{p.full} (6B) is zwanger, ze verwacht in februari. Ze heeft gevraagd om dit discreet te houden. "
      "Voor de examens van januari stellen we voor: examens gespreid over twee weken, een aparte plaats dichtbij het "
      "toilet en de mogelijkheid om mondeling af te leggen. Kunnen jullie dit voorbereiden in Toetsbord?\n\nSofie\n",
      rules=["sensitive"], cats={"sensitive": ["medical", "care"]}, about=[p],
      note="pregnancy of a pupil and exam adjustments", kind="sensitive")

    p = R["louis_renard"]
    M("fr-dyslexie-manuels-adaptes", lies.h, [p.p2], f"Manuels adaptés pour {p.first}",
      f"Chère Madame Dumont,\n\nSuite à notre entretien, je vous confirme que {p.first} recevra la version numérique de "
      "Quartier Libre avec la fonction de lecture à voix haute, vu sa dyslexie. Pendant les contrôles, il aura droit à "
      "un temps supplémentaire et les dictées ne seront pas notées sur l'orthographe. Ces mesures figurent dans son plan "
      "d'accompagnement.\n" + sig(lies, lang="fr"),
      rules=["sensitive"], cats={"sensitive": ["care"]}, about=[p], lang="fr", enc="qp", fmt=["plain-qp"],
      note="French: dyslexia and adjustments for the son, to his mother", kind="sensitive")

    p = R["oliver_bennett"]
    M("en-outstanding-book-invoice", boekh.h, [p.p1], f"Book invoice {p.first} - instalments",
      "Dear Ms Bennett,\n\nThank you for getting in touch. We agree to split the outstanding book invoice for Oliver "
      "(2A), EUR 312.00, into three instalments of EUR 104.00, due on 15 October, 15 November and 15 December. "
      "No reminder fees will be charged as long as the instalments are paid on time.\n\n"
      "Kind regards,\nJan Goossens\nAccounts, Sint-Pieterscollege Haacht\n",
      rules=["sensitive"], cats={"sensitive": ["financial"]}, about=[p], lang="en",
      note="English: outstanding invoice and payment plan, to the mother", kind="sensitive")

    p = R["ilias_elamrani"]
    M("huiselijk-geweld-laptop-kapot", leen.h, [CLB_MW], f"zorgen {p.full} (3C)",
      f"Dag Joke,\n\n{p.full} (3C) vertelde vandaag aan zijn titularis waarom hij al twee weken zijn taken op Oefenwijs "
      "niet maakt: zijn laptop is kapot nadat zijn vader die tegen de muur gegooid heeft. Vorig weekend is de politie "
      "weer langsgekomen na ruzie thuis, zijn mama zou met de kinderen tijdelijk bij haar zus wonen.\n\n"
      "Kunnen we vandaag nog bellen?\n\nLeen\n",
      rules=["sensitive"], cats={"sensitive": ["family"]}, about=[p], enc="b64", fmt=["plain-base64"],
      note="domestic violence and police at home, to CLB", kind="sensitive")

    p = R["mats_coppens"]
    M("verslag-aangepast-boekenpakket", zorg.h, [g.h], f"boekenpakket {p.full} 1B",
      f"Griet,\n\n{p.full} (1B) komt met een verslag (type basisaanbod) van de lagere school en volgt bij ons een "
      "individueel aangepast curriculum voor wiskunde en Frans. Hij heeft dus niet het gewone boekenpakket nodig maar: "
      "Delta 1 basis + de digitale versie met grote letters. Kan je dat bestellen en het gewone pakket annuleren?\n\nSofie\n",
      rules=["sensitive"], cats={"sensitive": ["care"]}, about=[p],
      note="special-needs report and individual curriculum", kind="sensitive")

    p = R["emma_verbruggen"]
    M("zelfverwonding-gemeld-mediatheek", leen.h, [CLB_MW], "dringend: Emma Verbruggen 5A",
      "Joke,\n\nHilde van de mediatheek zag vandaag verse snijwonden op de onderarmen van Emma Verbruggen (5A). Emma zegt "
      "dat ze zich al een tijd zo slecht voelt en 's nachts niet slaapt. Ik heb haar mama gebeld, die wist van niets. "
      "Kan jij morgen een eerste gesprek doen?\n\nLeen\n",
      rules=["sensitive"], cats={"sensitive": ["psychosocial"]}, about=[p],
      note="self-harm of named pupil, to CLB", kind="sensitive")

    p = R["dylan_wuyts"]
    M("vader-in-gevangenis-betaling-gsm", boekh.h, [sec.h], f"RE: factuur {p.full}",
      f"Nadia,\n\nIk heb de mama van {p.full} (4B) gesproken. Haar man zit sinds mei in de gevangenis en ze staat er "
      "alleen voor met drie kinderen; de boekenfactuur (€ 402,15) kan ze nu niet betalen. Ze heeft een afspraak bij het "
      "OCMW. Ze vraagt om haar enkel op haar gsm te bellen, niet via Smartschool: 0486 21 77 09.\n\nJan"
      + quote("Jan, weet jij iets meer over de factuur van Dylan? Derde herinnering is vertrokken.\nNadia",
              "Nadia Amrani", "woensdag 1 oktober 2025 09:12", to="Jan Goossens", subject=f"factuur {p.full}"),
      rules=["sensitive", "personal_data"], cats={"sensitive": ["family", "financial"]}, about=[p], fmt=["plain", "reply"],
      note="parent in prison, unpaid invoice, OCMW, and a mobile number", kind="sensitive")

    p = R["fien_baert"]
    M("logopedie-leesuur-lenen", ev.h, [bib.h], f"{p.first} Baert 1C - lenen op vrijdag",
      f"Hilde,\n\n{p.full} (1C) gaat op donderdag tijdens het leesuur naar de logopediste voor haar dyslexie en mist "
      "daardoor het uitlenen. Mag zij op vrijdag over de middag lenen? Ze leest graag de boeken met grote letters uit "
      "de 'makkelijk lezen'-kast.\n\nEvelien\n",
      rules=["sensitive"], cats={"sensitive": ["care"]}, about=[p],
      note="speech therapy for dyslexia of a named pupil", kind="sensitive")

    dys = [R["lucas_smets"], R["louis_renard"], R["fien_baert"], R["amira_elidrissi"], R["bo_smolders"]]
    rows = [["Leerling", "Klas", "Titel", "Reden"]]
    titles = ["Het smelt – Lize Spit", "Wonder – R.J. Palacio", "Wolf – Jan De Leeuw", "Gozert – Jan Simoen",
              "Het leven volgens Sam – Sofie Daems"]
    for q, t in zip(dys, titles):
        rows.append([q.full, q.klas, t, "dyslexie (attest in dossier)"])
    body = ("Beste,\n\nVoor onze leerlingen met een attest dyslexie vragen we voor het leesdossier de gesproken versie aan van "
            "volgende titels:\n\n[[T0]]\n\nDe attesten kunnen we op vraag bezorgen.\n\nHilde Mertens\nMediatheek "
            "Sint-Pieterscollege Haacht")
    M("voorleesbib-aanvraag-tabel-dyslexie", bib.h, [VOORLEES], "Aanvraag gesproken boeken leesdossier",
      body.replace("[[T0]]", text_table(rows)), html=outlook_html(body, [html_table(rows)]),
      rules=["sensitive"], cats={"sensitive": ["care"]}, about=names(dys), fmt=["alt", "html-table"],
      note="table of named pupils with dyslexia sent to an outside read-aloud library", kind="sensitive")

    p = R["luna_bogaerts"]
    orig = (f"Beste,\n\nIk wil jullie erop wijzen dat ik sinds de uitspraak van de familierechter het exclusieve ouderlijk "
            f"gezag heb over Luna. Haar vader mag geen facturen, logins of schoolinformatie meer ontvangen. Hij heeft "
            "een contactverbod. Gelieve zijn adres uit Smartschool te verwijderen.\n\nEva Moens")
    M("fw-ouderlijk-gezag-geen-info-vader", sec.h, [g.h, boekh.h], f"FW: schoolinfo {p.full} 2C",
      "Griet, Jan,\n\nBelangrijk voor het boekenfonds en de facturen, zie hieronder. Ik heb het adres van de vader al "
      "uit Smartschool gehaald.\n\nNadia" + fwd(orig, p.p1, "maandag 8 september 2025 08:01", SEC, f"schoolinfo {p.full}"),
      rules=["sensitive"], cats={"sensitive": ["family"]}, about=[p], fmt=["plain", "forward"],
      note="custody ruling and contact ban, forwarded internally", kind="sensitive")

    p = R["tuur_lemmens"]
    M("stofallergie-boekenberging", bib.h, [p.p1], f"{p.first} helpt in de mediatheek",
      f"Beste mevrouw Lemmens,\n\n{p.first} heeft zich opgegeven als leerlinghulp in de mediatheek, fijn! Hij vertelde "
      "me over zijn zware stofmijtallergie en astma. Ik zet hem daarom niet in de oude boekenberging, enkel aan de balie. "
      "Mag ik vragen dat hij zijn puffer altijd bij zich heeft?\n\n" + sig(bib),
      rules=["sensitive"], cats={"sensitive": ["medical"]}, about=[p], enc="cp1252", fmt=["plain-cp1252"],
      note="allergy and asthma of named pupil, to the mother", kind="sensitive")

    p = R["sem_vandenberghe"]
    M("toetsbord-fraude-sanctie", adj.h, [p.p1], f"Tuchtmaatregel {p.first}",
      f"Beste meneer Vandenberghe,\n\nIn navolging van ons gesprek bevestig ik de beslissing van de klassenraad. {p.first} "
      "heeft met de login van een medeleerling de antwoorden van de wiskundetoets in Toetsbord opgevraagd en in een "
      "groepschat gedeeld. Hij krijgt een nul op die toets en wordt op 9 oktober een dag preventief geschorst. Een "
      "volgende inbreuk leidt tot een tuchtprocedure.\n\n" + sig(adj),
      rules=["sensitive"], cats={"sensitive": ["psychosocial"]}, about=[p],
      note="behaviour incident (fraud) with suspension, to the father", kind="sensitive")

    p = R["youssef_benali"]
    M("ocmw-betaalt-boekenfactuur", sec.h, [boekh.h], f"boekenfactuur {p.full} 1A via OCMW",
      f"Jan,\n\nHet OCMW laat weten dat het de boekenfactuur van {p.full} (1A) volledig ten laste neemt in het kader "
      "van de leefloonsteun van het gezin. De factuur mag naar de sociale dienst gestuurd worden i.p.v. naar de mama.\n\nNadia\n",
      rules=["sensitive"], cats={"sensitive": ["financial"]}, about=[p],
      note="social assistance (OCMW, leefloon) paying the invoice", kind="sensitive")

    p = R["mila_segers"]
    M("bestelling-digitale-versie-in-passing", ann.h, [g.h], "nabestelling Nederlands 2C",
      "Griet,\n\nVoor 2C heb ik nog twee exemplaren van het werkboek Taalboom 2 nodig (twee nieuwe leerlingen na de "
      f"zomer). En voor {p.full} (dyslexie) graag ook de digitale versie met voorleesfunctie, zoals afgesproken met Sofie.\n"
      "Bedankt!\nAnn\n",
      rules=["sensitive"], cats={"sensitive": ["care"]}, about=[p],
      note="ordinary order mail that mentions a pupil's dyslexia in passing", kind="sensitive")

    p = R["hannah_yilmaz"]
    others = [q for q in klas("3A") if not q.key][:3]
    lines = [f"- {others[0].full}: 'Wolf' (3 weken te laat)", f"- {others[1].full}: 'Gozert'",
             f"- {p.full}: 'Het smelt' – zij is nog thuis met een hersenschudding na haar val op de speelplaats, dus dat komt later",
             f"- {others[2].full}: 'Wonder'"]
    M("te-laat-boeken-3a-in-passing", bib.h, [S["wim"].h], "te late boeken 3A",
      "Wim,\n\nKan jij als titularis van 3A deze leerlingen herinneren aan hun te late boeken?\n" + "\n".join(lines) +
      "\n\nBedankt,\nHilde\n",
      rules=["sensitive"], cats={"sensitive": ["medical"]}, about=names(others) + [p.id],
      note="overdue books list that mentions a concussion in passing", kind="sensitive")


# ===========================================================================
# D. personal, not sensitive, and E. misdirected mails
# ===========================================================================
def mails_personal_and_misdirected():
    g, ict, bib, boekh, sec, zorg, leen, adj = (S[k] for k in ("griet", "ict", "bib", "boekh", "sec", "zorg", "leen", "adj"))
    lies, tom, ann, koen, ev, mo, wim = (S[k] for k in ("lies", "tom", "ann", "koen", "evelien", "mohamed", "wim"))
    SECH = f"Leerlingensecretariaat SPC Haacht <{SEC}>"

    # ---- misdirected (12) ----
    x, y = R["noor_peeters"], R["lotte_peeters"]
    M("mis-herinnering-factuur-peeters", boekh.h, [y.p1], f"Tweede herinnering boekenfactuur {x.first} ({x.klas})",
      f"Beste familie Peeters,\n\nVolgens onze gegevens staat de boekenfactuur van {x.first} ({x.klas}) van € 276,90 nog "
      "open. Dit is de tweede herinnering. Als betalen in één keer moeilijk is, kan u een afbetalingsplan aanvragen; "
      "neem dan gerust contact met mij op.\n" + sig(boekh),
      rules=["sensitive", "recipient"], cats={"sensitive": ["financial"]}, about=[x], mis=True,
      note=f"reminder for {x.full} ({x.klas}) sent to parent of {y.full} ({y.klas}): same surname, other family",
      kind="misdirected")

    x, y = R["jade_janssens"], R["ruben_jansen"]
    M("mis-bibboek-janssens-jansen", bib.h, [y.p1], "Boek mediatheek nog niet terug",
      f"Beste mevrouw Janssens,\n\n{x.first} ({x.klas}) heeft sinds 2 september nog het boek 'De Gorgels en het geheim van "
      "de gletsjer' van de mediatheek thuis. Wil u haar eraan herinneren het deze week mee te brengen? Als het boek "
      "zoek is, laat het gerust weten, dan zoeken we samen een oplossing.\n\n" + sig(bib),
      rules=["recipient"], about=[x], mis=True,
      note=f"autocomplete: els.janssens (mother of {x.full}) vs els.jansen (mother of {y.full})", kind="misdirected")

    x, y = R["amira_elidrissi"], R["amira_bensaid"]
    M("mis-dyslexie-amira-verkeerde-ouders", zorg.h, [y.p1], f"Aangepaste handboeken {x.first} ({x.klas})",
      f"Beste ouders van {x.first},\n\nZoals besproken op het oudercontact krijgt {x.full} ({x.klas}) vanaf volgende week "
      "de handboeken Nederlands en Frans in digitale vorm met voorleesfunctie, omdat de CLB-testen dyslexie bevestigd "
      "hebben. Ze mag ook 10 minuten extra tijd nemen bij toetsen.\n\n" + sig(zorg),
      rules=["sensitive", "recipient"], cats={"sensitive": ["care"]}, about=[x], mis=True,
      note=f"two pupils called Amira: mail about {x.full} sent to father of {y.full}", kind="misdirected")

    x, y = R["seppe_vermeulen"], R["wout_claes"]
    M("mis-antwoord-verkeerde-thread-atlas", tom.h, [y.p1], "RE: boekenlijst aardrijkskunde",
      f"Beste meneer Vermeulen,\n\n{x.first} heeft zijn atlas vrijdag in lokaal B108 laten liggen, hij ligt nu op het "
      "secretariaat. Hij mag hem daar maandag komen afhalen.\n\nTom Jacobs"
      + quote("Meneer Jacobs, moet Wout voor aardrijkskunde de nieuwe of de oude atlas hebben?\nInge Claes",
              y.p1, "donderdag 11 september 2025 18:22", style="nl"),
      rules=["recipient"], about=[x], mis=True, fmt=["plain", "reply"],
      note=f"reply in the wrong thread: about {x.full} sent to the mother of {y.full}", kind="misdirected")

    x, y = R["lars_vandyck"], R["febe_vandyck"]
    M("mis-factuur-lars-naar-ouders-febe", boekh.h, [y.p1], f"Derde herinnering boekenfactuur {x.full}",
      f"Beste ouders,\n\nOndanks twee herinneringen staat de boekenfactuur van {x.full} ({x.klas}) van € 301,50 nog open. "
      "Wij vragen u het bedrag binnen de 10 dagen te betalen of contact op te nemen voor een afbetalingsplan. Daarna "
      "moeten we het dossier aan de directie overmaken.\n" + sig(boekh),
      rules=["sensitive", "recipient"], cats={"sensitive": ["financial"]}, about=[x], mis=True,
      note=f"sibling mix-up: {x.full} assumed to be the brother of {y.full}, different families", kind="misdirected")

    x, y = R["jasper_maes"], R["lisa_maes"]
    M("mis-verkeerde-editie-maes", g.h, [y.p1], f"Verkeerde editie Tijdstroom - {x.first}",
      f"Beste ouders,\n\nIn het boekenpakket van {x.first} ({x.klas}) zat per vergissing de oude editie van Tijdstroom 3. "
      "Hij mag het boek maandag inruilen aan het boekenlokaal (B012) tijdens de middagpauze. Excuses voor het ongemak.\n\n"
      + sig(g),
      rules=["recipient"], about=[x], mis=True,
      note=f"same surname Maes: mail about {x.full} sent to parent of {y.full}", kind="misdirected")

    x, y = R["kato_vervoort"], R["jens_wouters"]
    M("mis-hersenschudding-kato-autocomplete", lies.h, [y.p1], f"RE: {x.first} en de toets Frans",
      f"Beste mevrouw Wouters,\n\nBedankt om te laten weten dat {x.first} ({x.klas}) een hersenschudding heeft. Ze moet "
      "de komende twee weken geen schermwerk doen, dus ik zet de oefeningen van Knooppunt niet voor haar open en ze "
      "mag de toets Frans later inhalen op papier. Veel beterschap!\n\n" + sig(lies),
      rules=["sensitive", "recipient"], cats={"sensitive": ["medical"]}, about=[x], mis=True, fmt=["plain", "reply"],
      note=f"autocomplete sofie.wouters78@gmail.com (mother of {y.full}) instead of sofie.wouters@telenet.be (mother of {x.full})",
      kind="misdirected")

    x, y = R["hamza_ouali"], R["yasmina_ouali"]
    M("mis-afbetalingsplan-hamza-naar-ouali", SECH, [y.p1], f"Afbetalingsplan schoolrekening {x.first}",
      f"Beste meneer Ouali,\n\nHierbij bevestigen we het afbetalingsplan voor de schoolrekening van {x.first} ({x.klas}): "
      "€ 248,00 in 4 maandelijkse schijven van € 62,00, te betalen voor de 10de van de maand. De sociale dienst van het OCMW "
      "is op de hoogte.\n\nLeerlingensecretariaat\n",
      rules=["sensitive", "recipient"], cats={"sensitive": ["financial"]}, about=[x], mis=True,
      note=f"same surname Ouali: plan for {x.full} sent to father of {y.full} (other family)", kind="misdirected")

    x, y = R["mauro_rossi"], R["bo_smolders"]
    M("mis-bibboek-mauro-naar-karen-smolders", bib.h, [y.p1], "Boek 'Wonder' nog uitgeleend",
      f"Dag Karen,\n\nZoals we op de infoavond afspraken, een seintje: {x.first} ({x.klas}) heeft 'Wonder' nog thuis, "
      "een andere leerling wacht erop. Mag hij het morgen meebrengen?\n\nGroetjes,\nHilde\n",
      rules=["recipient"], about=[x], mis=True,
      note=f"two mothers called Karen in 4A: about {x.full} sent to the mother of {y.full}", kind="misdirected")

    x, y = R["emily_carter"], R["ethan_clarke"]
    M("mis-en-book-left-carter-clarke", mo.h, [y.p1], f"{x.first}'s workbook",
      f"Dear Ms Carter,\n\n{x.first} left her English workbook in room B203 after class today. I've put it in the "
      "staff room; she can collect it tomorrow morning before the first period.\n\nBest wishes,\nMohamed Azzouzi\n",
      rules=["recipient"], about=[x], mis=True, lang="en",
      note=f"English: autocomplete picked the parent of {y.full} for a mail about {x.full}", kind="misdirected")

    x, y = R["camille_dupont"], R["camille_leroy"]
    M("mis-fr-amenagements-examens-camille", zorg.h, [y.p1], f"Aménagements examens {x.first} ({x.klas})",
      f"Chère Madame,\n\nJe vous confirme les aménagements pour les examens de décembre de {x.full} ({x.klas}), "
      "conformément à son dossier (dyscalculie) : calculatrice autorisée, tables de formules, 25 % de temps "
      "supplémentaire et un local séparé.\n" + sig(zorg, lang="fr"),
      rules=["sensitive", "recipient"], cats={"sensitive": ["care"]}, about=[x], mis=True, lang="fr",
      note=f"French: two pupils called Camille; about {x.full} sent to mother of {y.full}", kind="misdirected")

    x, y = R["nina_hendrickx"], R["nina_hendrikx"]
    M("mis-boekenpakket-nina-hendrickx", g.h, [y.p1], f"Boekenpakket {x.full} klaar",
      f"Beste ouders,\n\nDe betaling voor het boekenpakket van {x.full} ({x.klas}) is goed ontvangen. {x.first} kan het "
      "pakket donderdag na de les afhalen in het boekenlokaal B012.\n\n" + sig(g),
      rules=["recipient"], about=[x], mis=True,
      note=f"near-identical names: about {x.full} ({x.klas}) sent to the father of {y.full} ({y.klas})",
      kind="misdirected")

    # ---- personal, correctly addressed, not sensitive (14) ----
    p = R["stan_thys"]
    M("boek-laten-liggen-klas-broer-zus", wim.h, [p.p1], f"{p.first}: geschiedenisboek in de klas",
      f"Beste ouders,\n\n{p.first} heeft zijn boek Tijdstroom in lokaal B110 laten liggen; ik heb het in de kast van "
      f"{p.klas} gelegd. Voor de toets van donderdag heeft hij het nodig, dus hij haalt het best morgen op.\n\n" + sig(wim),
      about=[p], note="book left in class; address is shared with his sister (same parents)", kind="personal")

    p = R["lena_kowalski"]
    M("verkeerde-editie-delta", g.h, [p.p1], f"Delta 3: verkeerde editie voor {p.first}",
      f"Beste mevrouw Kowalski,\n\nIn het pakket van {p.first} ({p.klas}) zat Delta 3 in de editie 2019 in plaats van de "
      "nieuwe editie. Mijn fout bij het klaarzetten! De juiste editie ligt klaar, ze mag ruilen aan het boekenlokaal.\n\n" + sig(g),
      about=[p], enc="qp", fmt=["plain-qp"], note="wrong edition, nothing sensitive", kind="personal")

    p = R["ibrahim_diallo"]
    M("bibboek-terugbrengen-leerling", bib.h, [p.mail], "Herinnering: boek mediatheek",
      f"Dag {p.first},\n\nJe hebt nog 'Het leven volgens Sam' van de mediatheek. De uitleentermijn is vorige week "
      "verlopen. Breng je het deze week binnen, of kom je verlengen?\n\nMevr. Mertens\n",
      about=[p], note="library reminder to the pupil himself", kind="personal")

    p = R["elise_nijs"]
    M("bibboek-terug-ouder", bib.h, [p.p1], f"Boek mediatheek {p.first}",
      f"Beste meneer Nijs,\n\n{p.first} ({p.klas}) heeft nog twee boeken van de mediatheek voor haar eindwerk. Ze mag ze "
      "houden tot na de kerstvakantie, maar wil ze dan verlengen via het uitleensysteem? Dan krijgt ze geen "
      "automatische herinneringen meer.\n\n" + sig(bib),
      about=[p], note="library loan, nothing sensitive", kind="personal")

    p = R["rayan_aziz"]
    M("jas-vergeten-mediatheek", bib.h, [p.p1], "Jas in de mediatheek",
      f"Beste ouders,\n\nIn de mediatheek bleef een blauwe jas liggen met de naam van {p.first} in de kraag. Hij hangt "
      "aan de kapstok aan de balie.\n\n" + sig(bib),
      about=[p], enc="cp1252", fmt=["plain-cp1252"], note="lost jacket", kind="personal")

    p = R["mona_cools"]
    M("goed-resultaat-online-toets", koen.h, [p.p1], f"Mooi resultaat {p.first}",
      f"Beste mevrouw Cools,\n\nEven een positief bericht: {p.first} behaalde 19/20 op de online toets statistiek in "
      "Toetsbord, de beste score van de klas. Ze heeft echt goed doorgewerkt.\n\n" + sig(koen),
      about=[p], note="good result, not sensitive", kind="personal")

    p = R["noah_nguyen"]
    M("leeswedstrijd-winnaar", bib.h, [p.p1], f"{p.first} wint de leeswedstrijd!",
      f"Beste ouders,\n\nProficiat! {p.first} ({p.klas}) las deze maand de meeste boeken van de eerste graad en wint de "
      "leesbon van € 20 voor de boekhandel. Hij krijgt hem vrijdag in de mediatheek.\n\n" + sig(bib),
      about=[p], html="auto", fmt=["alt"], note="reading contest prize", kind="personal")

    p = R["jonas_bosmans"]
    M("boekenbeurs-praktisch", lies.h, [p.p1], "Boekenbeurs: vertrek en terugkomst",
      f"Beste mevrouw Bosmans,\n\nU vroeg of {p.first} na de uitstap naar de Boekenbeurs in Antwerpen in Leuven mag "
      "afstappen. Dat is goed, als u dat even in zijn agenda zet. De bus vertrekt om 8u15 aan de school en is rond 16u30 "
      "terug. Hij neemt best een lunchpakket en € 10 zakgeld mee.\n\n" + sig(lies),
      about=[p], note="trip practicalities", kind="personal")

    p, sib = R["marie_goossens"], R["ward_goossens"]
    M("boeken-oudere-broer-hergebruiken", g.h, [p.p2], f"RE: boeken van {sib.first} voor {p.first}",
      f"Beste mevrouw,\n\nJa, {p.first} mag de handboeken van {sib.first} hergebruiken: Taalboom 1 en Tijdstroom 1 zijn "
      "dezelfde editie. Ik haal ze uit haar pakket en pas de factuur aan. De werkboeken moeten wel nieuw.\n\n" + sig(g)
      + quote(f"Dag, kan {p.first} (1B) de boeken van haar broer {sib.first} gebruiken?\nLiesbeth", p.p2,
              "zaterdag 28 juni 2025 10:40", style="nl"),
      about=[p], fmt=["plain", "reply"], note="sibling books; the address is the parent of both pupils",
      kind="personal")

    p = R["camille_leroy"]
    M("fr-cahier-manquant", lies.h, [p.p1], f"RE: cahier manquant - {p.first}",
      f"Chère Madame Leroy,\n\nEffectivement, le cahier d'exercices de Quartier Libre manquait dans le paquet de "
      f"{p.first}. Il est arrivé aujourd'hui ; elle peut le retirer demain au local B012.\n" + sig(lies, lang="fr")
      + quote(f"Bonjour, le cahier de {p.first} n'était pas dans son paquet de livres. Merci, Marie Leroy",
              p.p1, "lundi 8 septembre 2025 19:05", style="fr"),
      about=[p], lang="fr", fmt=["plain", "reply"], note="French: missing workbook, correctly addressed", kind="personal")

    p = R["jef_swinnen"]
    M("licentie-geactiveerd-ok", g.h, [p.p1], f"RE: digitale licentie {p.first}",
      f"Beste mevrouw Swinnen,\n\nIk heb nagekeken: de licentie van {p.first} voor Zenolab is sinds vanochtend actief. "
      "Hij moet zich gewoon via Smartschool aanmelden; een aparte code is niet nodig.\n\n" + sig(g),
      about=[p], fmt=["plain", "reply"], note="licence works, no code", kind="personal")

    p = [q for q in klas("5B") if not q.key][0]
    M("boek-vergeten-refter-leerling", ann.h, [p.mail], "je boek ligt in de refter",
      f"Hoi {p.first},\n\nJe leesboek lag na de middag nog in de refter. Ik heb het meegenomen, je kan het morgen in de "
      "leraarskamer komen halen.\n\nMevr. Vermeulen\n",
      about=[p], note="book forgotten, to the pupil", kind="personal")

    p = [q for q in klas("3A") if not q.key][4]
    M("dubbel-boekenpakket-intern", g.h, [sec.h], f"dubbel pakket {p.full}",
      f"Nadia,\n\n{p.full} ({p.klas}) kreeg per vergissing twee boekenpakketten mee. Wil je vragen om het tweede "
      "pakket morgen terug te brengen naar B012?\n\nGriet\n",
      about=[p], note="internal note about a double book package, nothing sensitive", kind="personal")

    p = R["ethan_clarke"]
    M("en-name-misspelled-book-label", g.h, [p.p1], f"{p.first}'s book labels",
      f"Dear Ms Clarke,\n\nThank you for pointing out that {p.first}'s surname was misspelled on his book labels "
      "('Clark'). I've corrected it in our system; new labels are ready at the book room (B012).\n\n" + sig(g, lang="en"),
      about=[p], lang="en", note="English: harmless correction, correctly addressed (contrast with Carter/Clarke mix-up)",
      kind="personal")


# ===========================================================================
# F. general letters to all parents / all staff (must pass)
# ===========================================================================
def mails_general():
    dir_, adj, g, ict, bib, zorg, boekh = (S[k] for k in ("dir", "adj", "griet", "ict", "bib", "zorg", "boekh"))
    DIRH = f"Directie Sint-Pieterscollege Haacht <{DIRECTIE}>"
    U = ["undisclosed-recipients:;"]

    def G(slug_, frm, subject, body, bcc, lang="nl", fmt=None, html=None, atts=(), enc=None, to=U, note=""):
        f = list(fmt or ["plain"])
        if "bcc-envelope" not in f:
            f.append("bcc-envelope")
        M(slug_, frm, to, subject, body, bcc=bcc, lang=lang, fmt=f, html=html, atts=atts, enc=enc,
          note=note or "general letter, recipients in BCC, nobody named", kind="general")

    tbl = [["Jaar", "Boekenpakket (huur + werkboeken)", "Digitale licenties", "Totaal (richtprijs)"],
           ["1ste jaar", "€ 212", "€ 58", "€ 270"], ["2de jaar", "€ 198", "€ 64", "€ 262"],
           ["3de jaar", "€ 245", "€ 71", "€ 316"], ["4de jaar", "€ 251", "€ 71", "€ 322"],
           ["5de jaar", "€ 236", "€ 82", "€ 318"], ["6de jaar", "€ 228", "€ 82", "€ 310"]]
    body = ("Beste ouders,\n\nHet schooljaar loopt op zijn einde en we bereiden het boekenfonds voor volgend schooljaar voor. "
            "Hieronder vindt u de richtprijzen per jaar. De volledige boekenlijst per klas vindt u in bijlage en op Smartschool.\n\n"
            "[[T0]]\n\nDe boekenpakketten worden verdeeld op zaterdag 30 augustus in de sporthal. U ontvangt de factuur "
            "half september via Smartschool. Wie de betaling liever spreidt, kan dat vertrouwelijk aanvragen bij de "
            "boekhouding; niemand hoeft zich daarvoor te schamen.\n\nMet vriendelijke groeten,\n\nKatrien Wouters\nDirecteur")
    pdf = make_pdf(["Boekenlijst 2025-2026 - Sint-Pieterscollege Haacht", "1A-1C: Taalboom 1, Quartier Libre 1, Delta 1",
                    "2A-2C: Taalboom 2, Quartier Libre 2, Delta 2", "3de jaar: Delta 3, Tijdstroom 3, Quartier Libre 3",
                    "Richtprijzen zie brief."])
    G("algemeen-boekenlijst-2025-2026", DIRH, "Boekenlijst en kosten schooljaar 2025-2026",
      body.replace("[[T0]]", text_table(tbl)), [OUDERS_ALL], fmt=["mixed", "alt", "html-table", "attachment-pdf"],
      html=outlook_html(body, [html_table(tbl)]), atts=[("boekenlijst_2025-2026.pdf", pdf, "application/pdf")])

    G("algemeen-digitale-platformen-privacy", DIRH, "Digitale leerplatformen: wat u moet weten",
      "Beste ouders,\n\nNaast de papieren boeken werken we dit jaar met drie digitale platformen: Knooppunt (Lettera "
      "Educatief), Zenolab (Uitgeverij Zeno) en onze eigen oefen- en toetsomgeving Oefenwijs/Toetsbord.\n\n"
      "Uw kind meldt zich overal aan met het eigen Smartschoolaccount. De school stuurt nooit wachtwoorden per mail en "
      "zal er ook nooit naar vragen. Krijgt u toch zo'n vraag, meld het dan aan privacy@lksd.ksleuven.be.\n\n"
      "Met de uitgevers hebben we verwerkersovereenkomsten afgesloten: zij gebruiken de gegevens van uw kind enkel om "
      "het platform te laten werken. Meer uitleg vindt u in het privacyreglement op de website.\n\n"
      "Met vriendelijke groeten,\nDe directie\n",
      [OUDERS_ALL], note="general letter about platforms and passwords, without any credential")

    G("algemeen-betalingsherinnering-iedereen", f"Boekhouding SPC Haacht <{BOEKH}>", "Herinnering: boekenfactuur",
      "Beste ouders,\n\nDe vervaldatum van de boekenfactuur (15 oktober) is verstreken. Heeft u al betaald? Dan mag u "
      "deze herinnering als niet verzonden beschouwen. Heeft u nog niet betaald, dan vragen we u dit binnen de 14 dagen te "
      "doen met de gestructureerde mededeling die op uw factuur staat.\n\nBetalen in schijven kan altijd, neem daarvoor "
      "discreet contact op met de boekhouding of met de leerlingenbegeleiding. Ook de sociale dienst van het OCMW kan "
      "helpen.\n\nMet vriendelijke groeten,\nBoekhouding\n",
      [OUDERS_ALL], enc="qp", fmt=["plain-qp"], note="payment reminder to everybody, no one named")

    G("algemeen-inleveren-boeken-juni", DIRH, "Inleveren huurboeken en atlassen",
      "Beste ouders, beste leerlingen,\n\nDe huurboeken worden ingeleverd volgens dit schema:\n"
      "- 1ste graad: dinsdag 24 juni, 9u-11u\n- 2de graad: woensdag 25 juni, 9u-11u\n- 3de graad: donderdag 26 juni, 9u-11u\n\n"
      "Boeken met veel schade of verloren boeken worden aangerekend volgens de tabel in het schoolreglement. Haal losse "
      "blaadjes en kaften eruit, maar laat het etiket met de naam zitten.\n\nDe directie\n",
      [OUDERS_ALL, f"leerlingen@{SHORT}"])

    G("algemeen-mediatheek-openingsuren", bib.h, "Mediatheek: nieuwe openingsuren en uitleenregels",
      "Beste leerlingen,\n\nVanaf maandag is de mediatheek open:\n  ma-di-do: 8u00-16u30\n  woensdag: 8u00-12u30\n"
      "  vrijdag: 8u00-15u30\n\nJe mag maximaal 3 boeken tegelijk lenen, voor 3 weken. Verlengen kan via het "
      "uitleensysteem in Smartschool. Kom gerust eens kijken naar de nieuwe strips en graphic novels!\n\nMevr. Mertens\n",
      [f"leerlingen@{SHORT}"], html="auto", fmt=["alt"])

    G("algemeen-aangepaste-handboeken-info", zorg.h, "Aangepaste handboeken: hoe aanvragen?",
      "Beste ouders,\n\nSommige leerlingen hebben baat bij aangepaste handboeken: een digitale versie met voorleesfunctie, "
      "een vergrote uitgave of een versie in braille. Dat kan bijvoorbeeld bij dyslexie of bij een visuele beperking.\n\n"
      "Denkt u dat uw kind hier nood aan heeft, of had uw kind dit al in de lagere school, laat het dan voor 1 september "
      "weten via de zorgcoördinator. Wij vragen de aangepaste versies aan bij de uitgevers en de ondersteuners; voor u "
      "zijn er geen extra kosten.\n\nMet vriendelijke groeten,\nSofie De Smet, zorgcoördinator\n",
      [OUDERS_ALL], note="general info about adapted textbooks, no pupil named")

    G("algemeen-schooltoeslag-info", DIRH, "Schooltoeslag en tussenkomst in de schoolkosten",
      "Beste ouders,\n\nWist u dat u misschien recht heeft op een schooltoeslag van de Vlaamse overheid? Die wordt "
      "automatisch toegekend via het Groeipakket, maar kijk zeker na of uw gegevens in orde zijn.\n\n"
      "Daarnaast kan de school de boekenfactuur spreiden en werken we samen met de sociale dienst van het OCMW. Dat "
      "gebeurt altijd vertrouwelijk. Spreek de boekhouding of de leerlingenbegeleiding aan.\n\nDe directie\n",
      [OUDERS_ALL], enc="cp1252", fmt=["plain-cp1252"], note="general info on school allowance, nobody named")

    G("algemeen-fr-liste-livres", DIRH, "Liste des livres et frais scolaires 2025-2026",
      "Chers parents,\n\nVous trouverez en annexe la liste des livres pour l'année scolaire 2025-2026. Les paquets de "
      "livres seront distribués le samedi 30 août au hall des sports. La facture vous parviendra mi-septembre via "
      "Smartschool.\n\nSi vous souhaitez étaler le paiement, vous pouvez le demander discrètement à la comptabilité.\n\n"
      "Bien cordialement,\nLa direction\n",
      [f"ouders-franstalig@{SHORT}"], lang="fr", fmt=["mixed", "attachment-pdf"],
      atts=[("liste_livres_2025-2026.pdf", make_pdf(["Liste des livres 2025-2026", "Voir aussi Smartschool."]),
             "application/pdf")])

    G("algemeen-en-digital-platforms", DIRH, "Digital learning platforms - information for parents",
      "Dear parents,\n\nThis school year your child will use several digital learning platforms alongside the printed "
      "textbooks. Pupils log in with their own Smartschool account; the school will never send or ask for passwords by "
      "e-mail. If your child cannot log in, please ask them to visit the ICT helpdesk (room A010) during the lunch break.\n\n"
      "Kind regards,\nThe school management\n",
      [f"ouders-engelstalig@{SHORT}"], lang="en")

    G("algemeen-personeel-licenties-bestellen", g.h, "Licenties bestellen voor 2025-2026 - deadline 13 juni",
      "Beste collega's,\n\nWil je voor 13 juni in het gedeelde Excelbestand 'Licenties 2025-2026' aanduiden welke digitale "
      "licenties je volgend jaar nodig hebt? Vermeld per klas het platform en het aantal. Docentenlicenties vraag je niet "
      "aan: die zijn gratis bij de leerlingenlicenties.\n\nLogins stuur ik niet meer per mail; je krijgt een activatiemail "
      "van de uitgever zelf.\n\nBedankt!\nGriet\n",
      [PERSONEEL], note="general staff letter about licences, staff list in BCC")

    G("algemeen-personeel-nooit-wachtwoord-mailen", ict.h, "Herinnering: nooit wachtwoorden mailen",
      "Beste collega's,\n\nDe laatste weken kregen we meerdere meldingen van collega's die logins van platformen naar "
      "elkaar mailden. Volgens ons communicatiebeleid versturen we nooit een wachtwoord, voor welk platform ook, via mail "
      "of een ander berichtensysteem. Heb je toegang nodig tot een gedeeld account? Vraag het aan de ICT-helpdesk, dan "
      "maken we een eigen account voor je aan.\n\nJe wachtwoord verloopt binnenkort? Je krijgt vanzelf een melding bij het "
      "aanmelden.\n\nPieter Claes\nICT-coördinator\n",
      [PERSONEEL], html="auto", fmt=["alt"], note="policy reminder about passwords, contains none")

    G("algemeen-personeel-opleiding-toetsbord", adj.h, "Opleiding Toetsbord op de pedagogische studiedag",
      "Beste collega's,\n\nOp de pedagogische studiedag van woensdag 1 oktober krijgen jullie van 13u30 tot 15u30 een "
      "opleiding Toetsbord in het computerlokaal A112 (groep 1) en A114 (groep 2). Neem je laptop mee. De indeling in "
      "groepen staat op Smartschool.\n\nBart\n",
      [PERSONEEL])

    G("algemeen-personeel-inventaris-mediatheek", bib.h, "Inventaris mediatheek 16-20 juni",
      "Beste collega's,\n\nVan 16 tot 20 juni is de mediatheek gesloten voor de jaarlijkse inventaris. Klassenbibliotheken "
      "en boekenkarren breng je best voor 13 juni terug. Alvast bedankt!\n\nHilde\n",
      [PERSONEEL], enc="b64", fmt=["plain-base64"])

    G("algemeen-personeel-procedure-examenmaatregelen", zorg.h, "Procedure examenmaatregelen december",
      "Beste collega's,\n\nDe examenmaatregelen voor leerlingen met een zorgdossier (extra tijd, voorlezen, vergrote "
      "opgaven, apart lokaal) vind je vanaf 20 november in het leerlingvolgsysteem, niet meer in een lijst per mail. "
      "Wie toezicht doet, kijkt het overzicht van zijn lokaal na in Smartschool > Zorg.\n\nStuur zelf ook geen lijsten met "
      "diagnoses rond per mail aub.\n\nSofie\n",
      [PERSONEEL], note="general procedure about exam accommodations, no pupil named")

    G("algemeen-ouders-1ste-jaar-laptopproject", DIRH, "Laptopproject en digitale handboeken in het eerste jaar",
      "Beste ouders van het eerste jaar,\n\nVanaf september krijgt elke leerling van het eerste jaar een laptop in "
      "bruikleen. Een groot deel van de handboeken wordt digitaal. De huurprijs van de laptop (€ 15 per maand) staat "
      "apart op de schoolrekening.\n\nOp maandag 8 september om 19u30 is er een infoavond in de refter waar we het "
      "laptopproject en de platformen toelichten.\n\nMet vriendelijke groeten,\nDe directie\n",
      [f"ouders1stejaar@{SHORT}"], fmt=["mixed", "attachment-docx"],
      atts=[("bruikleenovereenkomst_laptop.docx",
             make_docx(["Bruikleenovereenkomst laptop", "Tussen VZW LKSD en de ouders van de leerling ...",
                        "Artikel 1: de laptop blijft eigendom van de school."]),
             "application/vnd.openxmlformats-officedocument.wordprocessingml.document")])

    G("algemeen-verloren-beschadigde-boeken", f"Boekenfonds SPC Haacht <{g.addr}>", "Verloren of beschadigde huurboeken",
      "Beste ouders,\n\nNet als elk jaar worden verloren of zwaar beschadigde huurboeken aangerekend. De bedragen:\n"
      "- licht beschadigd (vlekken, losse bladen): € 5\n- zwaar beschadigd of verloren: de nieuwprijs min 25% per "
      "gebruiksjaar\n\nEen boek kwijt? Meld het zo snel mogelijk, vaak duikt het nog op in een klaslokaal of in de "
      "mediatheek.\n\nHet boekenfonds\n",
      [OUDERS_ALL])

    G("algemeen-personeel-evaluatie-boekenfonds", g.h, "Korte bevraging boekenfonds",
      "Beste collega's,\n\nHoe verliep de boekenverdeling dit jaar? Wil je de korte bevraging (5 vragen) invullen via "
      "het formulier op Smartschool? Ook suggesties voor andere uitgevers of platformen zijn welkom.\n\nGriet\n",
      [PERSONEEL], to=[g.addr], note="staff letter to self, staff list in BCC")

    G("algemeen-ouders-afbetaling-mogelijk", DIRH, "Schoolkosten: samen zoeken we een oplossing",
      "Beste ouders,\n\nWe merken dat de schoolkosten voor sommige gezinnen zwaar doorwegen. Weet dat u altijd "
      "vertrouwelijk kan vragen om de boekenfactuur te spreiden. U hoeft niets te bewijzen: een mailtje aan de boekhouding "
      "of een gesprek met de leerlingenbegeleiding volstaat. We werken ook samen met de sociale dienst van het OCMW.\n\n"
      "Met vriendelijke groeten,\nKatrien Wouters\nDirecteur\n",
      [OUDERS_ALL], to=[dir_.addr], note="general letter about payment plans, nobody named; To is the sender herself")

    G("algemeen-leerlingen-boeken-terug-voor-examens", bib.h, "Breng je mediatheekboeken terug voor de examens",
      "Dag iedereen,\n\nDe examens komen eraan. Breng je geleende boeken terug voor vrijdag 5 december. Wie dan nog "
      "boeken heeft, krijgt geen rapport mee tot ze terug zijn. Zoek je nog studieplekken? De mediatheek is tijdens de "
      "examens open als studieruimte.\n\nMevr. Mertens\n",
      [f"leerlingen@{SHORT}"])

    G("algemeen-personeel-nieuwe-uitgever-demo", g.h, "Demo nieuw platform Zenolab – inschrijven",
      "Beste collega's,\n\nOp dinsdag 14 oktober om 16u komt een vertegenwoordiger van Uitgeverij Zeno het nieuwe Zenolab "
      "voorstellen in lokaal B104. Inschrijven via het formulier op Smartschool, maximum 25 deelnemers.\n\nGriet\n",
      [PERSONEEL])


# ===========================================================================
# G. ordinary mail: bcc, private_account, attachment, personal_data, plain business
# ===========================================================================
def mails_other():
    g, ict, bib, boekh, sec, zorg, adj, dir_ = (S[k] for k in ("griet", "ict", "bib", "boekh", "sec", "zorg", "adj", "dir"))
    lies, tom, ann, koen, ev, mo, wim, sarah = (S[k] for k in ("lies", "tom", "ann", "koen", "evelien", "mohamed", "wim", "sarah"))

    M("groep-leerlingen3b-in-aan", wim.h, [f"Leerlingen 3B <leerlingen3b@{SHORT}>"], "Boeken Tijdstroom terugbrengen",
      "Dag 3B,\n\nVergeet niet om morgen je boek Tijdstroom 3 mee te brengen, we werken in de klas verder in hoofdstuk 5. "
      "Wie het boek vergeet, werkt met een kopie.\n\nMeneer Van Damme\n",
      rules=["bcc"], fmt=["plain", "group-in-to"], note="class list of pupils in To instead of BCC", kind="other")

    par2a = [q for q in klas("2A") if not q.key][:5]
    M("ouders-2a-zichtbaar-in-aan", lies.h, [q.p1 for q in par2a], "Frans 2A: Knooppunt thuis gebruiken",
      "Beste ouders,\n\nVanaf deze week maken de leerlingen van 2A hun huistaken Frans op Knooppunt. Ze loggen in via "
      "Smartschool. Wie thuis geen computer heeft, kan over de middag in de mediatheek terecht.\n\n" + sig(lies),
      rules=["bcc"], fmt=["plain", "parents-in-to"], note="five parents' addresses visible to each other in To",
      kind="other")

    M("personeel-in-aan-licenties", g.h, [f"Personeel SPC Haacht <{PERSONEEL}>"], "Licenties Knooppunt geactiveerd",
      "Beste collega's,\n\nAlle leerlingenlicenties van Knooppunt zijn geactiveerd. Zien leerlingen toch 'geen licentie', "
      "laat ze dan uit- en opnieuw inloggen via Smartschool. Blijft het probleem, stuur me de naam en de klas.\n\nGriet\n",
      rules=["bcc"], fmt=["plain", "group-in-to"], note="staff-wide list address in To (group address belongs in BCC)",
      kind="other")

    M("uitgevers-zichtbaar-in-aan", g.h, [LETTERA, ZENO, "Diverso Digitaal <scholen@diverso-digitaal.be>"],
      "Offerteaanvraag digitale licenties 2de graad",
      "Beste,\n\nVoor schooljaar 2026-2027 willen we de digitale licenties voor de tweede graad (ongeveer 240 leerlingen) "
      "opnieuw vergelijken. Kunnen jullie een offerte bezorgen voor Nederlands, Frans en aardrijkskunde, met en zonder "
      "papieren werkboek? Graag tegen 15 november.\n\n" + sig(g),
      rules=["bcc"], fmt=["plain"], note="three competing external publishers visible to each other in To", kind="other")

    M("ouders5a-in-cc", lies.h, [lies.addr], "Uitstap Boekenbeurs 5A",
      "Beste ouders van 5A,\n\nOp 4 november gaan we met de klas naar de Boekenbeurs. Vertrek 8u15 aan de school, terug "
      "rond 16u30. Kostprijs € 18, die op de schoolrekening komt.\n\n" + sig(lies),
      cc=[f"Ouders 5A <ouders5a@{SHORT}>"], rules=["bcc"], fmt=["plain", "group-in-cc"],
      note="list of parents of 5A in CC", kind="other")

    p = R["warre_schoofs"]
    M("prive-gmail-leerkracht-aan-ouder", "Lies De Wolf <liesdewolf.haacht@gmail.com>", [p.p1],
      f"RE: woordenboek Frans voor {p.first}",
      f"Beste ouders,\n\nVoor {p.first} volstaat het pocketwoordenboek Frans-Nederlands, de grote uitgave is niet nodig. "
      "Ik antwoord even van mijn eigen adres, mijn schoolmail doet raar op mijn telefoon.\n\nLies De Wolf"
      + quote(f"Mevrouw De Wolf, welk woordenboek moet {p.first} kopen?", p.p1, "zondag 7 september 2025 17:20", style="nl"),
      rules=["private_account"], about=[p], fmt=["plain", "reply"],
      note="teacher answers a parent about school business from her private gmail", kind="other")

    M("prive-outlook-collega-atlassen", "Tom Jacobs <tomjacobs.aardrijkskunde@outlook.com>", [g.h],
      "atlassen 4de jaar",
      "Griet,\n\nIk zit thuis en mijn schoolmail wil niet synchroniseren. Kan jij de 14 extra atlassen voor het 4de jaar "
      "bijbestellen bij Boekhuis Dijleland? Zelfde editie als vorig jaar.\n\nTom\n",
      rules=["private_account"], note="teacher uses private outlook.com for school business with a colleague",
      kind="other")

    M("prive-gmail-prive-zaak", "Tom Jacobs <tomjacobs.aardrijkskunde@outlook.com>", ["Dries <dries.vangorp@gmail.com>"],
      "fiets te koop",
      "Hey Dries,\n\nDie koersfiets staat nog altijd te koop, € 450 en hij is van jou. Zaterdag kom je hem testen?\n\nTom\n",
      note="staff's private mailbox about a private matter: fine", kind="other")

    rows = [["Leerkracht", "Vak", "Klas", "Licenties"], ["De Wolf", "Frans", "3A", 20], ["De Wolf", "Frans", "3B", 20],
            ["Jacobs", "Aardrijkskunde", "4A", 20], ["Azzouzi", "Engels", "2A", 20]]
    M("bijlage-xlsm-licentieoverzicht", g.h, [adj.h], "licentieoverzicht met knop 'bijwerken'",
      "Bart,\n\nHet overzicht van de licenties zit in dit bestand; met de knop 'bijwerken' haalt een macro de aantallen "
      "uit de map van de mediatheek. Macro's inschakelen als Excel erom vraagt.\n\nGriet\n",
      atts=[("licentieoverzicht_2025.xlsm", make_xlsx(rows, macro=True), "application/vnd.ms-excel.sheet.macroEnabled.12")],
      rules=["attachment"], fmt=["mixed", "attachment-xlsm"], note="macro-enabled workbook", kind="other")

    fake_exe = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" + b"\x00" * 48 + \
        b"This program cannot be run in DOS mode.\r\r\n$" + b"\x00" * 64
    M("bijlage-zip-met-setup-exe", ict.h, [ev.h], "offline lezer Zenolab",
      "Evelien,\n\nDe offline lezer van Zenolab (voor de laptops zonder internet in het labo) zit in de zip. "
      "Uitpakken en setup.exe uitvoeren als administrator.\n\nPieter\n",
      atts=[("zenolab_offline_lezer.zip", _zip([("ZenolabReader/setup.exe", fake_exe),
                                                 ("ZenolabReader/lees_mij.txt", "Installatie: setup.exe uitvoeren.")]),
             "application/zip")],
      rules=["attachment"], fmt=["mixed", "attachment-zip"], note="archive containing an .exe", kind="other")

    bat = ("@echo off\r\nREM koppel de schijf van de mediatheek\r\nnet use M: \\\\srv-bib\\catalogus /persistent:yes\r\n"
           "start \"\" \"C:\\Program Files\\BiebBeheer\\biebbeheer.exe\"\r\n").encode()
    M("bijlage-bat-schijf-mediatheek", bib.h, [ann.h], "snelkoppeling catalogus",
      "Ann,\n\nDubbelklik op het bestandje in bijlage, dan krijg je de catalogus van de mediatheek als M-schijf op je "
      "laptop.\n\nHilde\n",
      atts=[("koppel_mediatheek.bat", bat, "application/x-msdownload")], rules=["attachment"],
      fmt=["mixed", "attachment-bat"], note="batch script attached", kind="other")

    M("bijlage-docm-boekenlijst-sjabloon", g.h, [koen.h], "sjabloon boekenlijst wiskunde",
      "Koen,\n\nHier het sjabloon voor de boekenlijst. Als je het opent, vult een macro de ISBN's automatisch aan. "
      "Graag terug tegen vrijdag.\n\nGriet\n",
      atts=[("sjabloon_boekenlijst.docm", make_docx(["Boekenlijst wiskunde 2025-2026", "Vak | Titel | ISBN"], macro=True),
             "application/vnd.ms-word.document.macroEnabled.12")],
      rules=["attachment"], fmt=["mixed", "attachment-docm"], note="macro-enabled Word template", kind="other")

    ps1 = ("# Readly Learning - silent install for school laptops\r\n$ErrorActionPreference = 'Stop'\r\n"
           "Invoke-WebRequest -Uri 'https://dl.readlylearning.co.uk/readly-setup.msi' -OutFile \"$env:TEMP\\readly.msi\"\r\n"
           "Start-Process msiexec.exe -ArgumentList \"/i $env:TEMP\\readly.msi /qn\" -Wait\r\n").encode()
    M("en-bijlage-ps1-installatie", ict.h, ["Readly Learning Support <support@readlylearning.co.uk>"],
      "Re: silent install script",
      "Hi,\n\nAttached is the script we adapted from your documentation. Could you confirm it is OK to roll it out via "
      "our device management to the 180 pupil laptops?\n\nThanks,\nPieter Claes\nICT coordinator, Sint-Pieterscollege Haacht\n",
      atts=[("install-readly.ps1", ps1, "application/octet-stream")], rules=["attachment"], lang="en",
      fmt=["mixed", "attachment-ps1"], note="English: PowerShell script attached", kind="other")

    M("handtekening-schooltelefoon-uitgever", g.h, [ZENO], "Leveringsadres Zenolab-werkboeken",
      "Beste,\n\nGraag leveren aan de leveringsingang in de Kerkstraat (niet aan het hoofdgebouw), tussen 8u en 15u. "
      "De werkboeken mogen in het boekenlokaal B012.\n" + sig(g, phone=True),
      rules=["personal_data"], note="school phone number in the signature", kind="other")

    p = R["victor_lambrechts"]
    iban = be_iban("0631234567")
    M("waarborg-terugstorten-iban", g.h, [boekh.h], f"waarborg atlas {p.full} terugstorten",
      f"Jan,\n\n{p.full} (6B) heeft zijn atlas in perfecte staat teruggebracht. De waarborg van € 20 mag teruggestort "
      f"worden op de rekening van zijn mama: {iban} (op naam van E. Lambrechts).\n\nGriet\n",
      rules=["personal_data"], about=[p], note="valid Belgian IBAN of a parent for a deposit refund (not sensitive)",
      kind="other")

    p = [q for q in klas("1C") if not q.key][1]
    M("inschrijving-openbare-bib-geboortedatum", bib.h, [OPENBIB], "Inschrijving leerling leesproject",
      f"Beste collega's van de bib,\n\nVoor het gezamenlijke leesproject schrijf ik nog een leerling van 1C in die "
      f"na de start in onze school kwam:\n\nNaam: {p.full}\nGeboortedatum: 14/03/2013\nKlas: {p.klas}\n\n"
      "De lenerskaart mag via de school bezorgd worden.\n\n" + sig(bib),
      rules=["personal_data"], about=[p], note="date of birth of a pupil sent to the public library", kind="other")

    M("afspraak-boekhuis-evaluatie", g.h, ["Marc Wellens <marc@boekhuis-dijleland.be>"], "Evaluatie levering",
      "Dag Marc,\n\nKunnen we de levering van dit jaar eens evalueren? Ik stel dinsdag 7 oktober om 15u30 voor, op school. "
      "Vooral de nalevering van de atlassen en de beschadigde dozen wil ik bespreken.\n\n" + sig(g),
      html="auto", fmt=["alt"], note="ordinary business mail", kind="other")

    M("budget-boekenfonds-reply", dir_.h, [g.h, boekh.h], "RE: budget boekenfonds 2026",
      "Griet, Jan,\n\nAkkoord met het voorstel om de digitale licenties voortaan apart op de factuur te zetten. Het "
      "schoolbestuur wil wel dat de totale kost per jaar niet meer dan 5% stijgt. Kunnen jullie tegen de directieraad "
      "van 20 oktober een simulatie maken?\n\nKatrien"
      + quote("Katrien,\n\nIn bijlage het voorstel voor het boekenfonds 2026. De licenties stijgen gemiddeld 9%.\n\nGriet",
              "Griet Vanhove", "maandag 29 september 2025 16:02", to="Katrien Wouters; Jan Goossens",
              subject="budget boekenfonds 2026"),
      fmt=["plain", "reply"], note="internal reply about budget, two colleagues in To", kind="other")

    M("bestelformulier-pdf-uitgever", boekh.h, [LETTERA], "Facturatieadres wijzigen",
      "Geachte,\n\nVanaf 1 januari wijzigt het facturatieadres van onze school: facturen graag naar de centrale "
      "boekhouding van VZW LKSD, met vermelding 'Sint-Pieterscollege Haacht'. Het ingevulde formulier zit in bijlage.\n\n"
      + sig(boekh),
      atts=[("wijziging_facturatieadres.pdf", make_pdf(["Wijziging facturatieadres", "VZW LKSD - Sint-Pieterscollege Haacht"]),
             "application/pdf")],
      fmt=["mixed", "attachment-pdf"], note="ordinary mail with a harmless PDF", kind="other")

    rows = [["Klas", "Leerlingen", "Gesynchroniseerd"], ["1A", 20, 20], ["1B", 20, 20], ["2C", 20, 19]]
    M("synchronisatie-oefenwijs-csv", ict.h, [adj.h], "Oefenwijs sync opnieuw in orde",
      "Bart,\n\nDe nachtelijke synchronisatie tussen Smartschool en Oefenwijs loopt weer. Het verslag per klas zit in "
      "bijlage; in 2C ontbreekt nog één leerling die na 1 oktober ingeschreven is, dat lost zich morgen vanzelf op.\n\nPieter\n",
      atts=[("sync_verslag.csv", csv_bytes(rows), "text/csv")], fmt=["mixed", "attachment-csv"],
      note="ordinary technical report with harmless csv", kind="other")


# ===========================================================================
# build
# ===========================================================================
MONTHS = {"juni": 6, "juli": 7, "augustus": 8, "september": 9, "oktober": 10}
TZ = timezone(timedelta(hours=2))


def pick_date(m, rng):
    found = re.findall(r"(\d{1,2}) (juni|juli|augustus|september|oktober) 2025 (\d\d):(\d\d)", m["body"])
    if found:
        d, mon, hh, mm = found[-1]
        base = datetime(2025, MONTHS[mon], int(d), int(hh), int(mm), tzinfo=TZ)
        return base + timedelta(minutes=rng.randrange(25, 900))
    day = datetime(2025, 6, 2, tzinfo=TZ) + timedelta(days=rng.randrange(0, 130))
    while day.weekday() == 6 or (day.month in (7,) and rng.random() < 0.7):
        day += timedelta(days=rng.randrange(1, 20))
    return day.replace(hour=rng.randrange(7, 22), minute=rng.randrange(60), second=rng.randrange(60))


def build_message(m, n, rng):
    msg = EmailMessage()
    msg["From"] = m["frm"]
    msg["To"] = ", ".join(m["to"])
    if m["cc"]:
        msg["Cc"] = ", ".join(m["cc"])
    msg["Subject"] = m["subject"]
    dt = pick_date(m, rng)
    msg["Date"] = format_datetime(dt)
    from_addr = addrs([m["frm"]])[0]
    dom = from_addr.split("@")[1]
    msg["Message-ID"] = f"<{dt.strftime('%Y%m%d%H%M%S')}.b54{n:03d}.{rng.randrange(16**8):08x}@{dom}>"
    if "reply" in m["fmt"] or m["subject"].upper().startswith("RE:"):
        ref = f"<{(dt - timedelta(hours=3)).strftime('%Y%m%d%H%M%S')}.{rng.randrange(16**10):010x}@mail.example-ref.be>"
        msg["In-Reply-To"] = ref
        msg["References"] = ref
    if dom in (SCHOOL, SHORT):
        msg["X-Mailer"] = "Microsoft Outlook 16.0"
    msg["Content-Language"] = {"nl": "nl-BE", "fr": "fr-BE", "en": "en-GB"}[m["lang"]]

    enc = m["enc"]
    text = m["body"]
    html = m["html"]
    if html == "auto":
        html = outlook_html(text)
    if "html-only" in m["fmt"]:
        msg.set_content(html, subtype="html", charset="utf-8", cte="quoted-printable")
        cte = "quoted-printable"
    else:
        if enc == "qp":
            msg.set_content(text, charset="utf-8", cte="quoted-printable")
        elif enc == "b64":
            msg.set_content(text, charset="utf-8", cte="base64")
        elif enc == "cp1252":
            msg.set_content(text, charset="windows-1252", cte="8bit")
        elif enc == "cp1252-qp":
            msg.set_content(text, charset="windows-1252", cte="quoted-printable")
        else:
            msg.set_content(text, charset="utf-8")
        cte = msg.get_body(("plain",))["Content-Transfer-Encoding"] if msg.is_multipart() else msg["Content-Transfer-Encoding"]
        if html:
            msg.add_alternative(html, subtype="html", charset="utf-8", cte="quoted-printable")
    for fname, data, ctype in m["atts"]:
        maint, subt = ctype.split("/")
        msg.add_attachment(data, maintype=maint, subtype=subt, filename=fname)
    for i, part in enumerate(msg.walk()):
        if part.is_multipart():
            part.set_boundary(f"----=_NextPart_b54_{n:03d}_{i:02d}_{rng.randrange(16**8):08X}")
    return msg, str(cte)


def text_sources(m):
    out = [m["subject"], m["body"]]
    if m["html"] and m["html"] != "auto":
        out.append(re.sub(r"<[^>]+>", " ", m["html"]))
    for fname, data, ctype in m["atts"]:
        if data[:2] == b"PK":
            with zipfile.ZipFile(io.BytesIO(data)) as z:
                for nm in z.namelist():
                    out.append(re.sub(r"<[^>]+>", " ", z.read(nm).decode("utf-8", "replace")))
        else:
            out.append(data.decode("utf-8", "replace"))
    return "\n".join(out)


def find_personal_data(t):
    hits = []
    for c in re.finditer(r"(?<![\w+])(?:\+32|0032|0)[\d ./-]{7,14}\d(?!\d)", t):
        d = re.sub(r"\D", "", c.group())
        if d.startswith("0032"):
            d = "0" + d[4:]
        elif c.group().startswith("+32"):
            d = "0" + d[2:]
        if len(d) == 9 or (len(d) == 10 and d.startswith("04")):
            hits.append(("phone", c.group()))
    for c in re.finditer(r"BE\d{2}(?: ?\d{4}){3}", t):
        s = c.group().replace(" ", "")
        if int(s[4:] + "1114" + s[2:4]) % 97 == 1:
            hits.append(("iban", c.group()))
    for c in re.finditer(r"(?<![\d])\d[\d .\-/]{9,18}\d(?!\d)", t):
        d = re.sub(r"\D", "", c.group())
        if len(d) == 11:
            body, cc = int(d[:9]), int(d[9:])
            if cc == 97 - body % 97 or cc == 97 - int("2" + d[:9]) % 97:
                hits.append(("rrn", c.group()))
    if re.search(r"geboortedatum|geboren op|date de naissance|date of birth|\bDOB\b", t, re.I):
        hits.append(("dob", "keyword"))
    return hits


def yaml_list(xs, quote_=True):
    return "[" + ", ".join(json.dumps(x) if quote_ else str(x) for x in xs) + "]"


def main():
    for f in os.listdir(HERE):
        if f.endswith(".eml"):
            os.remove(os.path.join(HERE, f))
    mails_password()
    mails_lookalike()
    mails_sensitive()
    mails_personal_and_misdirected()
    mails_general()
    mails_other()
    order_rng = random.Random(54)
    order_rng.shuffle(MAILS)
    rng = random.Random(5401)

    labels = ["# batch54 - book fund, textbook rental and digital learning platforms of SPC Haacht (Stroom/LKSD); "
              "labels written blind from the policy text"]
    warnings = []
    for n, m in enumerate(MAILS, 1):
        fname = f"{n:03d}-{m['slug']}.eml"
        msg, cte = build_message(m, n, rng)
        with open(os.path.join(HERE, fname), "wb") as fh:
            fh.write(msg.as_bytes())
        m["file"] = fname
        rcpt = [a for a in addrs(m["to"] + m["cc"] + m["bcc"]) if a and "@" in a]
        m["rcpt"] = rcpt
        mail_from = m["mail_from"] or addrs([m["frm"]])[0]
        fmt = list(m["fmt"])
        if m["atts"] and "mixed" not in fmt:
            fmt.insert(0, "mixed")
        fmt.append(f"cte-{cte.lower()}")
        labels.append(f"{fname}:")
        labels.append(f"  rules: {yaml_list(m['rules'], False)}")
        if "sensitive" in m["rules"]:
            labels.append("  categories: {sensitive: " + yaml_list(m["cats"]["sensitive"], False) + "}")
        labels.append(f"  mail_from: {mail_from}")
        labels.append(f"  rcpt: {yaml_list(rcpt)}")
        labels.append(f"  about: {yaml_list(m['about'], False)}")
        labels.append(f"  misdirected: {'true' if m['mis'] else 'false'}")
        labels.append(f"  note: {json.dumps(m['note'])}")
        labels.append(f"  lang: {m['lang']}")
        labels.append(f"  format: {yaml_list(fmt, False)}")

        # self-checks
        pd = find_personal_data(text_sources(m))
        if pd and "personal_data" not in m["rules"]:
            warnings.append(f"{fname}: personal data found but not labelled: {pd}")
        if not pd and "personal_data" in m["rules"]:
            warnings.append(f"{fname}: labelled personal_data but nothing found")
        if ("sensitive" in m["rules"]) != bool(m["cats"]):
            warnings.append(f"{fname}: sensitive/categories mismatch")
        if m["mis"] != ("recipient" in m["rules"]):
            warnings.append(f"{fname}: misdirected/recipient mismatch")
        parent_rcpt = [a for a in rcpt if a in PARENT_OF]
        if len(m["about"]) == 1 and parent_rcpt:
            x = m["about"][0]
            hit = any(x in PARENT_OF[a] for a in parent_rcpt)
            if m["mis"] and hit:
                warnings.append(f"{fname}: marked misdirected but reaches a parent of {x}")
            if not m["mis"] and not hit:
                warnings.append(f"{fname}: not marked misdirected but no parent of {x} in rcpt")
        if m["mis"] and not parent_rcpt:
            warnings.append(f"{fname}: misdirected without parent recipient")
        if m["kind"] == "general" and m["rules"]:
            warnings.append(f"{fname}: general letter with rules")
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(labels) + "\n")

    with open(os.path.join(HERE, "roster.csv"), "w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh, delimiter=";", lineterminator="\r\n")
        w.writerow(["Intern nummer", "Voornaam", "Naam", "Klas", "E-mailadres leerling", "E-mailadres ouder 1",
                    "E-mailadres ouder 2"])
        for p in sorted(PUPILS, key=lambda q: q.id):
            w.writerow([p.id, p.first, p.last, p.klas, p.mail, p.p1, p.p2])

    # summary
    from collections import Counter
    rc, cc, kc = Counter(), Counter(), Counter()
    for m in MAILS:
        rc.update(m["rules"])
        if m["cats"]:
            cc.update(m["cats"]["sensitive"])
        kc[m["kind"]] += 1
    print("mails:", len(MAILS))
    print("rules:", dict(rc))
    print("categories:", dict(cc))
    print("kinds:", dict(kc))
    print("no rule:", sum(1 for m in MAILS if not m["rules"]))
    about = [m for m in MAILS if m["about"]]
    print("about a pupil:", len(about), "misdirected:", sum(m["mis"] for m in about),
          "correct:", sum(not m["mis"] for m in about),
          "correct, single pupil, to a parent:",
          sum(1 for m in about if not m["mis"] and len(m["about"]) == 1 and any(a in PARENT_OF for a in m["rcpt"])))
    for w_ in warnings:
        print("WARNING", w_)


if __name__ == "__main__":
    main()
