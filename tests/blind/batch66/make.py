#!/usr/bin/env python3
"""batch66 - blind labelled outbound mail, final (sixth) year of Sint-Pieterscollege Heverlee (LKSD / Stroom).

Writes NNN-slug.eml, labels.yaml and roster.csv next to this file.
Standard library only; fixed dates, fixed Message-IDs, seeded randomness -> identical output on every run.
"""
import csv
import hashlib
import io
import os
import random
import unicodedata
import zipfile
from datetime import datetime, timedelta, timezone
from email import utils
from email.generator import BytesGenerator
from email.message import EmailMessage
from email.policy import default as POLICY

HERE = os.path.dirname(os.path.abspath(__file__))
RNG = random.Random(66)

# --------------------------------------------------------------------------------------------
# helpers: normalisation, IBAN, rijksregisternummer, OGM
# --------------------------------------------------------------------------------------------

def norm(s):
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(c for c in s if not unicodedata.combining(c))
    return s.lower().replace(' ', '').replace("'", '').replace('ł', 'l')


def be_iban(bank10):
    """Belgian IBAN from the first 10 digits of the account (national check digits computed)."""
    chk = int(bank10) % 97 or 97
    bban = '%s%02d' % (bank10, chk)
    num = int(bban + '111400')  # B=11 E=14 + '00'
    cc = 98 - num % 97
    iban = 'BE%02d%s' % (cc, bban)
    return ' '.join(iban[i:i + 4] for i in range(0, 16, 4))


def rrn(yymmdd, seq, born2000=True):
    base = int(yymmdd + '%03d' % seq)
    if born2000:
        base += 2000000000
    chk = 97 - base % 97
    return '%s.%s.%s-%03d.%02d' % (yymmdd[:2], yymmdd[2:4], yymmdd[4:], seq, chk)


def ogm(ten):
    chk = int(ten) % 97 or 97
    s = '%s%02d' % (ten, chk)
    return '+++%s/%s/%s+++' % (s[:3], s[3:7], s[7:])


SCHOOL_IBAN = be_iban('7340112233')     # school trip account (KBC-like), valid checksum
PARENT_IBAN = be_iban('0631875209')     # a parent's account, valid checksum
RRN_AYOUB = rrn('070314', 127)          # valid national register number, born 14/03/2007

# --------------------------------------------------------------------------------------------
# time
# --------------------------------------------------------------------------------------------

CET = timezone(timedelta(hours=1))
CEST = timezone(timedelta(hours=2))


def D(mo, d, h, mi, y=2025):
    naive = datetime(y, mo, d, h, mi)
    tz = CEST if (datetime(2025, 3, 30, 2) <= naive < datetime(2025, 10, 26, 3)) else CET
    if y == 2024:
        tz = CEST if (datetime(2024, 3, 31, 2) <= naive < datetime(2024, 10, 27, 3)) else CET
    return naive.replace(tzinfo=tz)


DAGEN = ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag']
MAANDEN = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september',
           'oktober', 'november', 'december']
DAG3 = ['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo']
MND3 = ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec']


def nl_long(dt):
    return '%s %d %s %d %02d:%02d' % (DAGEN[dt.weekday()], dt.day, MAANDEN[dt.month - 1], dt.year, dt.hour, dt.minute)


def nl_short(dt):
    return '%s %d %s %d om %02d:%02d' % (DAG3[dt.weekday()], dt.day, MND3[dt.month - 1], dt.year, dt.hour, dt.minute)


# --------------------------------------------------------------------------------------------
# staff and partners (all invented)
# --------------------------------------------------------------------------------------------

SP = 'sintpieterscollege.be'
SH = 'spc.ksleuven.be'

STAFF = {
    # key: (display name, personal address, role, short address, private address)
    'koen': ('Koen Vanderlinden', 'koen.vanderlinden@' + SP, 'Directeur', 'kvl@' + SH, None),
    'sarah': ('Sarah Claes', 'sarah.claes@' + SP, 'Adjunct-directeur derde graad', 'scl@' + SH, None),
    'els': ('Els Wouters', 'els.wouters@' + SP, 'Leerlingbegeleiding derde graad', 'ewo@' + SH, None),
    'pieter': ('Pieter De Smedt', 'pieter.desmedt@' + SP, 'Graadcoördinator derde graad - studiekeuze', 'pds@' + SH, None),
    'tom': ('Tom Van Acker', 'tom.vanacker@' + SP, 'ICT-coördinator', 'tva@' + SH, 'tomvanacker.home@gmail.com'),
    'hilde': ('Hilde Janssens', 'hilde.janssens@' + SP, 'Leerlingensecretariaat', 'hja@' + SH, None),
    'marc': ('Marc Goossens', 'marc.goossens@' + SP, 'Boekhouding', 'mgo@' + SH, None),
    'lien': ('Lien De Wilde', 'lien.dewilde@' + SP, 'Leerkracht Latijn - klastitularis 6LAWI', 'ldw@' + SH, 'lien.dw@hotmail.com'),
    'bram': ('Bram Verhoeven', 'bram.verhoeven@' + SP, 'Leerkracht fysica - klastitularis 6WEWI', 'bve@' + SH, None),
    'nadia': ('Nadia El Idrissi', 'nadia.elidrissi@' + SP, 'Leerkracht economie - klastitularis 6ECWI', 'nei@' + SH, None),
    'joris': ('Joris Maes', 'joris.maes@' + SP, 'Leerkracht LO - klastitularis 6MOWE - coördinator eindreis', 'jma@' + SH, 'joris.maes78@gmail.com'),
    'katrien': ('Katrien Smolders', 'katrien.smolders@' + SP, 'Leerkracht Nederlands - klastitularis 6HUWE - jaarboek', 'ksm@' + SH, 'katrien.smolders@outlook.com'),
    'wim': ('Wim Jacobs', 'wim.jacobs@' + SP, 'Leerkracht wiskunde - klastitularis 6ECMT', 'wja@' + SH, None),
    'veronique': ('Véronique Dubois', 'veronique.dubois@' + SP, 'Leerkracht Frans', 'vdu@' + SH, None),
    'hannah': ('Hannah Mertens', 'hannah.mertens@' + SP, 'Leerkracht Engels', 'hme@' + SH, None),
    'geert': ('Geert Lemmens', 'geert.lemmens@' + SP, 'Leerkracht wiskunde', 'gle@' + SH, None),
    'dries': ('Dries Hermans', 'dries.hermans@' + SP, 'Leerkracht aardrijkskunde', 'dhe@' + SH, None),
    'ann': ('Ann Verbruggen', 'ann.verbruggen@' + SP, 'Zorgcoördinator', 'zorg@' + SH, None),
    'luc': ('Luc Vandamme', 'luc.vandamme@' + SP, 'Technisch medewerker / conciërge', 'lva@' + SH, None),
}

GEN = {
    'directie': 'Directie Sint-Pieterscollege <directie@%s>' % SH,
    'info': 'Sint-Pieterscollege Heverlee <info@%s>' % SH,
    'secretariaat': 'Leerlingensecretariaat SPC <leerlingensecretariaat@%s>' % SH,
    'ict': 'ICT Sint-Pieterscollege <ict@%s>' % SH,
    'boekhouding': 'Boekhouding SPC <boekhouding@%s>' % SH,
    'privacy': 'Aanspreekpunt privacy Stroom <privacy@lksd.ksleuven.be>',
    'personeel': 'Personeel SPC <personeel@%s>' % SH,
    'leerkrachten6': 'Leerkrachten zesde jaar <leerkrachten6@%s>' % SH,
    'ouders6': 'Ouders zesde jaar <ouders6dejaar@%s>' % SH,
    'ouders6wewi': 'Ouders 6WEWI <ouders6wewi@%s>' % SH,
    'leerlingen6': 'Leerlingen zesde jaar <zesdejaars@leerling.%s>' % SP,
    'leerlingen6ecmt': 'Leerlingen 6ECMT <leerlingen6ecmt@leerling.%s>' % SP,
}

EXT = {
    'clb': 'Ine Vandevelde <ine.vandevelde@clbdijleland.be>',
    'clb_onthaal': 'CLB Dijleland onthaal <onthaal@clbdijleland.be>',
    'reis': 'Dieter Claessens <dieter.claessens@horizonschoolreizen.be>',
    'reis_groepen': 'Horizon Schoolreizen - groepen <groepen@horizonschoolreizen.be>',
    'bus': 'Autocars Dijlevallei <planning@autocarsdijlevallei.be>',
    'druk': 'Drukkerij Arenberg - jaarboeken <jaarboek@drukkerijarenberg.be>',
    'foto': 'Fotostudio Lumen <studio@fotolumen.be>',
    'av': 'Kobe Stassen <kobe@klankenlicht-leuven.be>',
    'traiteur': 'Traiteur De Molen <bestellingen@traiteurdemolen.be>',
    'sociaal': 'Evi Moreels <evi.moreels@sociaalhuisleuven.be>',
    'hogeschool': 'Studentenonthaal Hogeschool Dijleland <studentenonthaal@hogeschooldijleland.be>',
    'hs_zorg': 'Team Studentenvoorzieningen HDL <voorzieningen@hogeschooldijleland.be>',
    'uk': 'Admissions Office <admissions@kingsbridge.ac.uk>',
    'lille': 'Mme Claire Fontaine <claire.fontaine@lycee-jean-bart-lille.fr>',
    'pleegzorg': 'Saskia Meulemans <saskia.meulemans@pleegzorgdijleland.be>',
    'politie': 'Inspecteur Ward Renders <ward.renders@pz-leuvenregio.be>',
    'hostel': 'Albergue Mar Azul <reservas@alberguemarazul.es>',
    'ouderraad': 'Greet Verachtert <greet.verachtert@telenet.be>',
}


def S(key, kind='personal'):
    name, pers, role, short, priv = STAFF[key]
    addr = {'personal': pers, 'short': short, 'private': priv}[kind]
    return '%s <%s>' % (name, addr)


SCHOOL_LINES = ['Sint-Pieterscollege Heverlee | Stroom', 'Dijlebeemdenlaan 12, 3001 Heverlee']
SCHOOL_PHONE = '016 40 12 34'


def sig(key, phone=False, mobile=None, role=True):
    name, pers, r, short, priv = STAFF[key]
    lines = [name]
    if role:
        lines.append(r)
    lines += SCHOOL_LINES
    if phone:
        lines.append('T %s' % SCHOOL_PHONE)
    if mobile:
        lines.append('GSM %s' % mobile)
    lines.append('www.sintpieterscollege.be')
    return '\n'.join(lines)


def sig_html(key, phone=False, mobile=None):
    lines = sig(key, phone, mobile).split('\n')
    out = '<p class="MsoNormal"><b><span style="color:#1F3864">%s</span></b><br>' % esc(lines[0])
    out += '<br>'.join('<span style="font-size:9.0pt;color:#595959">%s</span>' % esc(x) for x in lines[1:])
    return out + '</p>'


def esc(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')


# --------------------------------------------------------------------------------------------
# roster
# --------------------------------------------------------------------------------------------

SIXTH = ['6LAWI', '6WEWI', '6ECWI', '6MOWE', '6HUWE', '6ECMT']
LOWER = ['1A', '1B', '1C', '2A', '2B', '2C', '3LAT', '3WET', '3ECO', '4LAT', '4WET', '4ECO',
         '5LAWI', '5WEWI', '5ECWI', '5HUWE']
CLASSES = LOWER + SIXTH
CLASS_ORDER = {c: i for i, c in enumerate(LOWER[:0] + ['1A', '1B', '1C', '2A', '2B', '2C', '3LAT', '3WET', '3ECO',
                                                      '4LAT', '4WET', '4ECO', '5LAWI', '5WEWI', '5ECWI', '5HUWE'] + SIXTH)}

KEYP = {}   # key -> dict(first, last, klas, p1, p2)


def K(key, first, last, klas, p1, p2=''):
    assert key not in KEYP, key
    KEYP[key] = dict(first=first, last=last, klas=klas, p1=p1, p2=p2)


# Pupils that appear in the mails (parents as "Name <address>" or bare address).
K('lotte_peeters', 'Lotte', 'Peeters', '6HUWE', 'An Coppens <an.coppens@telenet.be>', 'Bart Peeters <bart.peeters@skynet.be>')
K('jonas_peeters', 'Jonas', 'Peeters', '4WET', 'Gert Peeters <gert.peeters@proximus.be>', 'veerle.maes1979@gmail.com')
K('emma_vermeulen', 'Emma', 'Vermeulen', '6WEWI', 'Sofie Vermeulen <sofie.vermeulen@telenet.be>')
K('jens_vermeersch', 'Jens', 'Vermeersch', '6ECWI', 'Sofie Vermeersch <sofie.vermeersch@telenet.be>', 'Kris Vermeersch <kris.vermeersch@telenet.be>')
K('kato_lenaerts', 'Kato', 'Lenaerts', '6WEWI', 'Griet Lenaerts <griet.lenaerts@hotmail.com>', 'pieter.lenaerts@gmail.com')
K('arthur_michiels', 'Arthur', 'Michiels', '6WEWI', 'Ellen Stevens <ellen.stevens@gmail.com>', 'Dirk Michiels <dirk.michiels@outlook.com>')
K('nina_wuyts', 'Nina', 'Wuyts', '6MOWE', 'Karen Dhondt <karen.dhondt@gmail.com>', 'Stefan Wuyts <stefan.wuyts@telenet.be>')
K('finn_leemans', 'Finn', 'Leemans', '3WET', 'Karen Dhondt <karen.dhondt@gmail.com>', 'Jeroen Leemans <jeroen.leemans@skynet.be>')
K('ilias_benali', 'Ilias', 'Benali', '6ECWI', 'Rachid Benali <rachid.benali@gmail.com>', 'Fatima Ouali <fatima.ouali@hotmail.com>')
K('sara_benali', 'Sara', 'Benali', '5ECWI', 'Karim Benali <karim.benali@outlook.com>', 'nadia.benali.k@gmail.com')
K('emma_smets', 'Emma', 'Smets', '6ECWI', 'Gezin Smets <familie.smets@skynet.be>')
K('emma_devos', 'Emma', 'De Vos', '6WEWI', 'Tine De Wolf <tine.dewolf@telenet.be>', 'Filip De Vos <filip.devos@proximus.be>')
K('lars_devos', 'Lars', 'De Vos', '4LAT', 'Tine De Wolf <tine.dewolf@telenet.be>', 'Filip De Vos <filip.devos@proximus.be>')
K('lars_vos', 'Lars', 'Vos', '6ECMT', 'vos.gezin@telenet.be', 'Hanne Bosmans <hanne.bosmans@icloud.com>')
K('tibo_vandenbroeck', 'Tibo', 'Van den Broeck', '6MOWE', 'An Van den Broeck <an.vandenbroeck@telenet.be>', 'Dirk Van den Broeck <dirk.vandenbroeck@telenet.be>')
K('lore_vandenberghe', 'Lore', 'Van den Berghe', '6LAWI', 'An Van den Berghe <an.vandenberghe@telenet.be>')
K('seppe_janssens', 'Seppe', 'Janssens', '6LAWI', 'Leen Verstraeten <leen.verstraeten@gmail.com>', 'Wim Janssens <wim.janssens@telenet.be>')
K('lowie_janssens', 'Lowie', 'Janssens', '2A', 'Inge Janssens <inge.janssens@hotmail.com>', 'koen.janssens.be@outlook.com')
K('marie_goris', 'Marie', 'Goris', '6HUWE', 'Thomas Goris <goris.thomas@skynet.be>')
K('ella_verbeke', 'Ella', 'Verbeke', '6HUWE', 'Hilde Verbeke <hilde.verbeke@skynet.be>', 'Joost Verbeke <joost.verbeke@gmail.com>')
K('yasmina_elamrani', 'Yasmina', 'El Amrani', '6ECMT', 'Mohamed El Amrani <mohamed.elamrani@gmail.com>')
K('yassin_elamrani', 'Yassin', 'El Amrani', '3LAT', 'M. El Amrani <m.elamrani@hotmail.com>', 'Khadija Bouzid <khadija.bouzid@gmail.com>')
K('zoe_harris', 'Zoe', 'Harris', '6LAWI', 'James Harris <j.harris.be@gmail.com>', 'Claire Harris <claire.harris@outlook.com>')
K('chloe_harrison', 'Chloe', 'Harrison', '5WEWI', 'Mark Harrison <mark.harrison@icloud.com>')
K('lina_aerts', 'Lina', 'Aerts', '6HUWE', 'Ria Aerts <ria.aerts@telenet.be>', 'Guy Aerts <guy.aerts@proximus.be>')
K('ruben_dierickx', 'Ruben', 'Dierickx', '6LAWI', 'Veerle Nys <veerle.nys@telenet.be>')
K('arne_bogaerts', 'Arne', 'Bogaerts', '6WEWI', 'Liesbeth Cools <liesbeth.cools@gmail.com>', 'Peter Bogaerts <peter.bogaerts@skynet.be>')
K('mohamed_azzouzi', 'Mohamed', 'Azzouzi', '6ECWI', 'Samira Azzouzi <samira.azzouzi@hotmail.com>')
K('febe_claeys', 'Febe', 'Claeys', '6HUWE', 'Nathalie Van Hoof <nathalie.vanhoof@telenet.be>', 'Tom Claeys <tom.claeys@gmail.com>')
K('chloe_lambert', 'Chloé', 'Lambert', '6MOWE', 'Isabelle Renard <isabelle.renard@skynet.be>', 'Olivier Lambert <olivier.lambert@gmail.com>')
K('jarne_willaert', 'Jarne', 'Willaert', '6ECMT', 'saskia.meulemans@pleegzorgdijleland.be')
K('stan_geerts', 'Stan', 'Geerts', '6MOWE', 'Kathleen Geerts <kathleen.geerts@telenet.be>', 'Bert Geerts <bert.geerts@telenet.be>')
K('warre_thys', 'Warre', 'Thys', '6ECMT', 'Nele Thys <nele.thys@hotmail.com>', 'Geert Thys <geert.thys.1974@gmail.com>')
K('niels_moens', 'Niels', 'Moens', '6WEWI', 'Karolien Moens <karolien.moens@skynet.be>')
K('noor_vervoort', 'Noor', 'Vervoort', '6HUWE', 'Ann Segers <ann.segers@telenet.be>', 'Bart Vervoort <bart.vervoort@telenet.be>')
K('hanne_luyten', 'Hanne', 'Luyten', '6LAWI', 'Mieke Luyten <mieke.luyten@gmail.com>')
K('sander_pauwels', 'Sander', 'Pauwels', '6ECWI', 'Els Pauwels <els.pauwels@proximus.be>', 'Johan Pauwels <johan.pauwels@proximus.be>')
K('yana_hendrickx', 'Yana', 'Hendrickx', '6HUWE', 'Sofie Hendrickx <sofie.hendrickx@hotmail.com>')
K('quinten_rombouts', 'Quinten', 'Rombouts', '6MOWE', 'Kristel Rombouts <kristel.rombouts@telenet.be>', 'Luc Rombouts <luc.rombouts@gmail.com>')
K('oliver_clarke', 'Oliver', 'Clarke', '6WEWI', 'Rebecca Clarke <rebecca.clarke@gmail.com>', 'David Clarke <dclarke@icloud.com>')
K('amira_haddad', 'Amira', 'Haddad', '6ECMT', 'Leila Haddad <leila.haddad@gmail.com>')
K('lars_segers', 'Lars', 'Segers', '6LAWI', 'Katleen Segers <katleen.segers@telenet.be>', 'Marc Segers <marc.segers@skynet.be>')
K('elise_moortgat', 'Elise', 'Moortgat', '6WEWI', 'Hilde Bogaert <hilde.bogaert@telenet.be>', 'Pieter Moortgat <pieter.moortgat@telenet.be>')
K('sien_deprez', 'Sien', 'Deprez', '6MOWE', 'Ilse Deprez <ilse.deprez@gmail.com>')
K('tuur_schepers', 'Tuur', 'Schepers', '6ECWI', 'Veerle Schepers <veerle.schepers@skynet.be>', 'Tom Schepers <tom.schepers@skynet.be>')
K('mila_verlinden', 'Mila', 'Verlinden', '6LAWI', 'Kim Verlinden <kim.verlinden@hotmail.com>', 'Kevin Verlinden <kevin.verlinden@gmail.com>')
K('robbe_vranckx', 'Robbe', 'Vranckx', '6ECMT', 'Sabine Vranckx <sabine.vranckx@telenet.be>')
K('lukas_boeckx', 'Lukas', 'Boeckx', '6ECWI', 'Heidi Boeckx <heidi.boeckx@skynet.be>', 'Wouter Boeckx <wouter.boeckx@skynet.be>')
K('jade_nowak', 'Jade', 'Nowak', '6HUWE', 'Agnieszka Nowak <agnieszka.nowak@gmail.com>')
K('kobe_leysen', 'Kobe', 'Leysen', '6WEWI', 'Els Leysen <els.leysen@telenet.be>', 'Raf Leysen <raf.leysen@telenet.be>')
K('dylan_mbuyi', 'Dylan', 'Mbuyi', '6ECMT', 'Grace Mbuyi <grace.mbuyi@hotmail.com>')
K('ayoub_bakkali', 'Ayoub', 'Bakkali', '6ECWI', 'Hassan Bakkali <hassan.bakkali@gmail.com>', 'Naima Bakkali <naima.bakkali@gmail.com>')
K('salma_chaouki', 'Salma', 'Chaouki', '6LAWI', 'Youssef Chaouki <y.chaouki@outlook.com>')
K('wout_cools', 'Wout', 'Cools', '6ECMT', 'Sofie Nijs <sofie.nijs@telenet.be>', 'Frank Cools <frank.cools@telenet.be>')
K('jasper_verhaegen', 'Jasper', 'Verhaegen', '6WEWI', 'Lieve Verhaegen <lieve.verhaegen@skynet.be>')
K('elias_yilmaz', 'Elias', 'Yilmaz', '6MOWE', 'Ayse Yilmaz <ayse.yilmaz@hotmail.com>', 'Mehmet Yilmaz <mehmet.yilmaz@gmail.com>')
K('louis_dumont', 'Louis', 'Dumont', '6LAWI', 'Sophie Dumont <sophie.dumont@skynet.be>', 'Marc Dumont <marc.dumont@skynet.be>')
K('fleur_stevens', 'Fleur', 'Stevens', '6HUWE', 'Katrijn Stevens <katrijn.stevens@icloud.com>')
K('vic_mortier', 'Vic', 'Mortier', '6MOWE', 'Liesbet Mortier <liesbet.mortier@telenet.be>', 'Dries Mortier <dries.mortier@telenet.be>')
K('ine_coppens', 'Ine', 'Coppens', '6ECWI', 'Marleen Coppens <marleen.coppens@proximus.be>')
K('senne_vandamme', 'Senne', 'Van Damme', '6ECMT', 'Nathalie Van Damme <nathalie.vandamme@gmail.com>', 'Kris Van Damme <kris.vandamme@gmail.com>')
K('margot_declercq', 'Margot', 'De Clercq', '6LAWI', 'Annelies De Clercq <annelies.declercq@telenet.be>')
K('hamza_ahmadi', 'Hamza', 'Ahmadi', '6ECMT', 'Farid Ahmadi <farid.ahmadi@gmail.com>')
K('zita_luyckx', 'Zita', 'Luyckx', '6WEWI', 'Greet Luyckx <greet.luyckx@skynet.be>', 'Jan Luyckx <jan.luyckx@skynet.be>')
K('bent_willems', 'Bent', 'Willems', '6MOWE', 'Evelien Willems <evelien.willems@telenet.be>')
K('rune_vanroey', 'Rune', 'Van Roey', '6LAWI', 'Inge Van Roey <inge.vanroey@gmail.com>', 'Tim Van Roey <tim.vanroey@gmail.com>')
K('aya_kabongo', 'Aya', 'Kabongo', '6HUWE', 'Merveille Kabongo <merveille.kabongo@gmail.com>')
K('sofiia_shevchenko', 'Sofiia', 'Shevchenko', '6ECWI', 'Olena Shevchenko <olena.shevchenko@gmail.com>')
K('kacper_kowalski', 'Kacper', 'Kowalski', '6WEWI', 'Marta Kowalska <marta.kowalska@outlook.com>', 'Piotr Kowalski <piotr.kowalski@outlook.com>')
K('jef_vanhoof', 'Jef', 'Van Hoof', '6ECMT', 'Griet Van Hoof <griet.vanhoof@telenet.be>')
K('laura_verbist', 'Laura', 'Verbist', '6MOWE', 'Hilde Verbist <hilde.verbist@telenet.be>', 'Koen Verbist <koen.verbist@telenet.be>')
# younger siblings of pupils in the mails (shared parent addresses)
K('mats_geerts', 'Mats', 'Geerts', '3LAT', 'Kathleen Geerts <kathleen.geerts@telenet.be>', 'Bert Geerts <bert.geerts@telenet.be>')
K('lucas_wuyts', 'Lucas', 'Wuyts', '1B', 'Karen Dhondt <karen.dhondt@gmail.com>', 'Stefan Wuyts <stefan.wuyts@telenet.be>')
K('adam_azzouzi', 'Adam', 'Azzouzi', '2B', 'Samira Azzouzi <samira.azzouzi@hotmail.com>')
K('nora_thys', 'Nora', 'Thys', '4ECO', 'Nele Thys <nele.thys@hotmail.com>', 'Geert Thys <geert.thys.1974@gmail.com>')

FIRST_F = ['Emma', 'Noor', 'Lore', 'Hanne', 'Marie', 'Elise', 'Kato', 'Lina', 'Jade', 'Mila', 'Fien', 'Ella', 'Julie',
           'Laura', 'Amber', 'Axelle', 'Charlotte', 'Eline', 'Fleur', 'Ine', 'Jana', 'Lisa', 'Margot', 'Nele', 'Roos',
           'Silke', 'Tess', 'Anouk', 'Lien', 'Hélène', 'Febe', 'Lotte', 'Nina', 'Zoë', 'Imane', 'Nour', 'Salma', 'Hiba',
           'Aya', 'Elif', 'Zeynep', 'Zuzanna', 'Oliwia', 'Ioana', 'Selam', 'Grace', 'Sofiia', 'Amira', 'Sara', 'Yasmine',
           'Louise', 'Olivia', 'Juliette', 'Liv', 'Mona', 'Lena', 'Ymke', 'Floor', 'Bo']
FIRST_M = ['Seppe', 'Lars', 'Warre', 'Arne', 'Robbe', 'Ruben', 'Jonas', 'Wout', 'Tibo', 'Stan', 'Lukas', 'Niels', 'Tuur',
           'Kobe', 'Sander', 'Jasper', 'Elias', 'Mats', 'Finn', 'Lowie', 'Arthur', 'Louis', 'Vic', 'Jef', 'Bent', 'Milan',
           'Senne', 'Brent', 'Wannes', 'Lander', 'Pieter-Jan', 'Matthias', 'Simon', 'Quinten', 'Jarne', 'Cas', 'Rune',
           'Ilias', 'Mohamed', 'Yassin', 'Ayoub', 'Adam', 'Hamza', 'Rayan', 'Zakaria', 'Youssef', 'Emir', 'Kerem', 'Mert',
           'Kacper', 'Andrei', 'Dawit', 'Maksym', 'Noah', 'Victor', 'Mathis', 'Thibault', 'Gust', 'Staf', 'Ferre']
LAST = ['Peeters', 'Willems', 'Goossens', 'Aerts', 'Vermeulen', 'Michiels', 'Smets', 'De Clercq', 'Coppens',
        'Vervoort', 'Lenaerts', 'Dierickx', 'Bogaerts', 'Geerts', 'Van Damme', 'Wuyts', 'Cools', 'Thys', 'Stevens',
        'Van Hoof', 'Nijs', 'Vanderstraeten', 'Segers', 'Luyten', 'Verhaegen', 'Pauwels', 'Moens', 'Mortier',
        "D'hondt", 'Schepers', 'Rombouts', 'Vranckx', 'Hendrickx', 'Boeckx', 'Leysen', 'Verlinden', 'Van Roey',
        'Claessens', 'Deprez', 'Van Hecke', 'Desmet', 'Verstraete', 'Baert', 'Torfs', 'Van Gorp', 'Sterckx',
        'Van Loock', 'Daems', 'Vandevelde', 'Heylen', 'Huybrechts', 'Meeus', 'Swinnen', 'Bollen', 'Van Dyck',
        'El Khattabi', 'Bouzid', 'Ouali', 'Yilmaz', 'Demir', 'Kaya', 'Özdemir', 'Nowak', 'Wiśniewski', 'Popescu',
        'Haile', 'Tesfaye', 'Mbuyi', 'Kabongo', 'Nsimba', 'Ahmadi', 'Hosseini', 'Rahimi', 'Chaouki', 'Bakkali',
        'Kovalenko', 'Lambert', 'Renard', 'Dupont', 'Van Rompaey', 'Wellens', 'Jorissen', 'Govaerts', 'Sels']
PARENT_F = ['An', 'Sofie', 'Katrien', 'Els', 'Inge', 'Veerle', 'Griet', 'Ellen', 'Nathalie', 'Kathleen', 'Hilde', 'Sabine',
            'Liesbeth', 'Tine', 'Evelien', 'Karolien', 'Leen', 'Kim', 'Heidi', 'Nancy', 'Samira', 'Fatima', 'Ayse',
            'Agnieszka', 'Olena', 'Mieke', 'Lies', 'Barbara', 'Joke', 'Ilse']
PARENT_M = ['Bart', 'Peter', 'Kris', 'Dirk', 'Geert', 'Jan', 'Tom', 'Wim', 'Filip', 'Stefan', 'Koen', 'Johan', 'Luc',
            'Frank', 'Steven', 'Pieter', 'Wouter', 'Raf', 'Hassan', 'Rachid', 'Mehmet', 'Piotr', 'Bert', 'Joris', 'Tim']
PROV = ['telenet.be', 'telenet.be', 'skynet.be', 'proximus.be', 'gmail.com', 'gmail.com', 'gmail.com', 'hotmail.com',
        'outlook.com', 'icloud.com', 'outlook.be', 'scarlet.be']
STAFF_SURNAMES = {'Vanderlinden', 'Claes', 'Wouters', 'De Smedt', 'Van Acker', 'Goossens', 'De Wilde', 'Verhoeven',
                  'El Idrissi', 'Maes', 'Smolders', 'Jacobs', 'Dubois', 'Mertens', 'Lemmens', 'Hermans', 'Verbruggen',
                  'Vandamme', 'Van Damme'}


def build_roster():
    rng = random.Random(6606)
    pupils = []
    used_names = set()
    used_parent = set()
    for key, p in KEYP.items():
        used_names.add((p['first'], p['last']))
        for a in (p['p1'], p['p2']):
            if a:
                used_parent.add(utils.parseaddr(a)[1])
        pupils.append(dict(key=key, **p))
    key_surnames = {p['last'] for p in KEYP.values()}
    per_class = {c: sum(1 for p in pupils if p['klas'] == c) for c in CLASSES}
    target = {c: (20 if c in SIXTH else 11) for c in CLASSES}
    surnames = [s for s in LAST if s not in STAFF_SURNAMES]

    def parent_addr(first, last, own_surname=True):
        for _ in range(50):
            prov = rng.choice(PROV)
            style = rng.random()
            if style < 0.55:
                local = '%s.%s' % (norm(first), norm(last))
            elif style < 0.70:
                local = '%s.%s' % (norm(last), norm(first))
            elif style < 0.80:
                local = '%s%s%d' % (norm(first)[0], norm(last), rng.randint(1, 99))
            elif style < 0.88:
                local = 'gezin.%s' % norm(last)
            else:
                local = '%s.%s%d' % (norm(first), norm(last)[:3], rng.randint(70, 85))
            a = '%s@%s' % (local, prov)
            if a not in used_parent:
                used_parent.add(a)
                return a
        raise RuntimeError('parent address')

    def new_family(last):
        maiden = rng.choice([s for s in surnames if s != last])
        mf, pf = rng.choice(PARENT_F), rng.choice(PARENT_M)
        r = rng.random()
        if r < 0.15:      # one parent only, mother with own surname
            return [parent_addr(mf, maiden)], ''
        mother = parent_addr(mf, maiden if rng.random() < 0.6 else last)
        father = parent_addr(pf, last)
        if rng.random() < 0.5:
            return [mother, father], ''
        return [father, mother], ''

    def new_name(sex):
        for _ in range(200):
            first = rng.choice(FIRST_F if sex == 'f' else FIRST_M)
            last = rng.choice(surnames)
            if (first, last) not in used_names and not (last in key_surnames and rng.random() < 0.7):
                used_names.add((first, last))
                return first, last
        raise RuntimeError('name')

    # families of random sixth-years, a part of them with a younger sibling
    for c in SIXTH:
        while per_class[c] < target[c]:
            first, last = new_name(rng.choice('fm'))
            pars, _ = new_family(last)
            pupils.append(dict(key=None, first=first, last=last, klas=c, p1=pars[0], p2=pars[1] if len(pars) > 1 else ''))
            per_class[c] += 1
            if rng.random() < 0.22:
                lc = rng.choice(LOWER)
                if per_class[lc] < target[lc]:
                    sfirst = rng.choice(FIRST_F + FIRST_M)
                    if (sfirst, last) not in used_names:
                        used_names.add((sfirst, last))
                        pupils.append(dict(key=None, first=sfirst, last=last, klas=lc, p1=pupils[-1]['p1'], p2=pupils[-1]['p2']))
                        per_class[lc] += 1
    for c in LOWER:
        while per_class[c] < target[c]:
            first, last = new_name(rng.choice('fm'))
            pars, _ = new_family(last)
            pupils.append(dict(key=None, first=first, last=last, klas=c, p1=pars[0], p2=pars[1] if len(pars) > 1 else ''))
            per_class[c] += 1
    pupils.sort(key=lambda p: (CLASS_ORDER[p['klas']], norm(p['last']), norm(p['first'])))
    used_mail = set()
    for i, p in enumerate(pupils, 1):
        p['id'] = 'P%04d' % i
        base = '%s.%s' % (norm(p['first']), norm(p['last']))
        m, n = base, 1
        while m in used_mail:
            n += 1
            m = '%s%d' % (base, n)
        used_mail.add(m)
        p['mail'] = '%s@leerling.%s' % (m, SP)
    return pupils


ROSTER = build_roster()
BYKEY = {p['key']: p for p in ROSTER if p['key']}


def PID(key):
    return BYKEY[key]['id']


def PUP(key):
    p = BYKEY[key]
    return '%s %s <%s>' % (p['first'], p['last'], p['mail'])


def PAR(key, n=1):
    return BYKEY[key]['p%d' % n]


def write_roster():
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=';', lineterminator='\r\n')
    w.writerow(['Intern nummer', 'Voornaam', 'Naam', 'Klas', 'E-mailadres leerling', 'E-mailadres ouder 1', 'E-mailadres ouder 2'])
    for p in sorted(ROSTER, key=lambda p: p['id']):
        w.writerow([p['id'], p['first'], p['last'], p['klas'], p['mail'],
                    utils.parseaddr(p['p1'])[1], utils.parseaddr(p['p2'])[1] if p['p2'] else ''])
    with open(os.path.join(HERE, 'roster.csv'), 'wb') as f:
        f.write(buf.getvalue().encode('utf-8-sig'))


# --------------------------------------------------------------------------------------------
# attachments (real, minimal files; fixed timestamps so the bytes never change)
# --------------------------------------------------------------------------------------------

ZDATE = (2025, 3, 1, 9, 0, 0)


def _zip(members):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in members:
            zi = zipfile.ZipInfo(name, date_time=ZDATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data if isinstance(data, bytes) else data.encode('utf-8'))
    return buf.getvalue()


def _cell_ref(ci, ri):
    col = ''
    ci += 1
    while ci:
        ci, r = divmod(ci - 1, 26)
        col = chr(65 + r) + col
    return '%s%d' % (col, ri)


def xlsx(rows, sheet='Blad1', macro=False):
    sd = []
    for ri, row in enumerate(rows, 1):
        cells = []
        for ci, v in enumerate(row):
            ref = _cell_ref(ci, ri)
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
            else:
                cells.append('<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>' % (ref, esc(str(v))))
        sd.append('<row r="%d">%s</row>' % (ri, ''.join(cells)))
    main_ct = ('application/vnd.ms-excel.sheet.macroEnabled.main+xml' if macro
               else 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml')
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          + ('<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>' if macro else '') +
          '<Override PartName="/xl/workbook.xml" ContentType="%s"/>'
          '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
          '</Types>') % main_ct
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '</Relationships>')
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
          '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>') % esc(sheet)
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
              + ('<Relationship Id="rId2" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/>' if macro else '') +
              '</Relationships>')
    ws = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>%s</sheetData></worksheet>') % ''.join(sd)
    members = [('[Content_Types].xml', ct), ('_rels/.rels', rels), ('xl/workbook.xml', wb),
               ('xl/_rels/workbook.xml.rels', wbrels), ('xl/worksheets/sheet1.xml', ws)]
    if macro:
        members.append(('xl/vbaProject.bin', VBA_STUB))
    return _zip(members)


# a stand-in for a compiled VBA project (OLE header + module source as the VBA editor keeps it)
VBA_STUB = (b'\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1' + b'\x00' * 24 +
            b'Attribute VB_Name = "Module1"\r\nSub AutoOpen()\r\n    Call Verdeel\r\nEnd Sub\r\n'
            b'Sub Verdeel()\r\n    Shell "cmd /c copy \\\\srv-adm\\reis\\*.xlsx %TEMP%", vbHide\r\nEnd Sub\r\n' + b'\x00' * 64)


def docx(paragraphs, macro=False):
    body = ''.join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % esc(p) for p in paragraphs)
    main_ct = ('application/vnd.ms-word.document.macroEnabled.main+xml' if macro
               else 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml')
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          + ('<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>' if macro else '') +
          '<Override PartName="/word/document.xml" ContentType="%s"/></Types>') % main_ct
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '</Relationships>')
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>%s</w:body></w:document>') % body
    members = [('[Content_Types].xml', ct), ('_rels/.rels', rels), ('word/document.xml', doc)]
    if macro:
        members.append(('word/_rels/document.xml.rels',
                        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                        '<Relationship Id="rId9" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/>'
                        '</Relationships>'))
        members.append(('word/vbaProject.bin', VBA_STUB))
    return _zip(members)


def pdf(lines, title='Document'):
    def pesc(s):
        return s.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)')
    y = 800
    ops = ['BT', '/F1 11 Tf', '14 TL', '50 %d Td' % y]
    for ln in lines:
        ops.append('(%s) Tj T*' % pesc(ln))
    ops.append('ET')
    stream = '\n'.join(ops).encode('latin-1', 'replace')
    objs = [
        b'<< /Type /Catalog /Pages 2 0 R >>',
        b'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
        b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
        b'<< /Length %d >>\nstream\n' % len(stream) + stream + b'\nendstream',
        b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
        ('<< /Title (%s) /Producer (Microsoft Word voor Microsoft 365) /CreationDate (D:20250301090000+01\'00\') >>' % pesc(title)).encode('latin-1', 'replace'),
    ]
    out = b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n'
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b'%d 0 obj\n' % i + o + b'\nendobj\n'
    xref = len(out)
    out += b'xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1)
    for o in offs:
        out += b'%010d 00000 n \n' % o
    out += b'trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (len(objs) + 1, xref)
    return out


def csvbytes(rows, sep=';', bom=True, enc='utf-8'):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=sep, lineterminator='\r\n')
    for r in rows:
        w.writerow(r)
    data = buf.getvalue().encode(enc)
    return (b'\xef\xbb\xbf' + data) if (bom and enc == 'utf-8') else data


MIME = {
    'pdf': ('application', 'pdf'), 'csv': ('text', 'csv'), 'txt': ('text', 'plain'),
    'xlsx': ('application', 'vnd.openxmlformats-officedocument.spreadsheetml.sheet'),
    'xlsm': ('application', 'vnd.ms-excel.sheet.macroEnabled.12'),
    'docx': ('application', 'vnd.openxmlformats-officedocument.wordprocessingml.document'),
    'docm': ('application', 'vnd.ms-word.document.macroEnabled.12'),
    'zip': ('application', 'x-zip-compressed'), 'bat': ('application', 'octet-stream'),
    'exe': ('application', 'x-msdownload'), 'jpg': ('image', 'jpeg'), 'png': ('image', 'png'),
    'js': ('application', 'octet-stream'), 'ics': ('text', 'calendar'),
}

# --------------------------------------------------------------------------------------------
# HTML (Outlook-like) and text rendering of the same content
# --------------------------------------------------------------------------------------------

OUTLOOK_HEAD = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
                'xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv="Content-Type" content="text/html; charset=%s">'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)"><style><!--\n'
                '/* Font Definitions */\n@font-face {font-family:Aptos;}\n'
                'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Aptos",sans-serif;}\n'
                'table.MsoTableGrid {border-collapse:collapse;}\n'
                '.MsoChpDefault {mso-style-type:export-only;}\n@page WordSection1 {size:612.0pt 792.0pt;}\n'
                'div.WordSection1 {page:WordSection1;}\n--></style></head>'
                '<body lang="NL-BE" link="#0563C1" vlink="#954F72" style="word-wrap:break-word"><div class="WordSection1">')
OUTLOOK_TAIL = '</div></body></html>'


def html_render(parts, charset='utf-8', sigkey=None, phone=False, mobile=None):
    out = [OUTLOOK_HEAD % charset]
    for p in parts:
        if isinstance(p, tuple) and p[0] == 'table':
            _, head, rows = p
            t = ['<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none">']
            t.append('<tr>' + ''.join('<td style="border:solid windowtext 1.0pt;background:#D9E2F3;padding:0cm 5.4pt"><p class="MsoNormal"><b>%s</b></p></td>' % esc(h) for h in head) + '</tr>')
            for r in rows:
                t.append('<tr>' + ''.join('<td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal">%s</p></td>' % esc(str(c)) for c in r) + '</tr>')
            t.append('</table>')
            out.append(''.join(t))
        elif isinstance(p, tuple) and p[0] == 'list':
            out.append('<ul style="margin-top:0cm">' + ''.join('<li class="MsoNormal">%s</li>' % esc(x) for x in p[1]) + '</ul>')
        else:
            out.append('<p class="MsoNormal">%s<o:p></o:p></p>' % '<br>'.join(esc(x) for x in p.split('\n')))
        out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    if sigkey:
        out.append(sig_html(sigkey, phone, mobile))
    out.append(OUTLOOK_TAIL)
    return '\n'.join(out)


def text_render(parts, sigkey=None, phone=False, mobile=None):
    out = []
    for p in parts:
        if isinstance(p, tuple) and p[0] == 'table':
            _, head, rows = p
            out.append('\n'.join('\t'.join(str(c) for c in r) for r in [head] + list(rows)))
        elif isinstance(p, tuple) and p[0] == 'list':
            out.append('\n'.join('- ' + x for x in p[1]))
        else:
            out.append(p)
    if sigkey:
        out.append(sig(sigkey, phone, mobile))
    return '\n\n'.join(out) + '\n'


def q_outlook(frm, dt, to, subject, text, cc=None):
    h = ['', '', 'Van: %s' % frm, 'Verzonden: %s' % nl_long(dt), 'Aan: %s' % to]
    if cc:
        h.append('CC: %s' % cc)
    h += ['Onderwerp: %s' % subject, '']
    return '\n'.join(h) + '\n' + text.strip('\n') + '\n'


def q_gmail(frm, dt, text):
    return ('\n\nOp %s schreef %s:\n' % (nl_short(dt), frm) +
            '\n'.join(('> ' + l) if l else '>' for l in text.strip('\n').split('\n')) + '\n')


def q_fwd(frm, dt, to, subject, text):
    return ('\n\n-------- Doorgestuurd bericht --------\nVan: %s\nDatum: %s\nAan: %s\nOnderwerp: %s\n\n' %
            (frm, nl_long(dt), to, subject)) + text.strip('\n') + '\n'

# --------------------------------------------------------------------------------------------
# mail registry
# --------------------------------------------------------------------------------------------

MAILS = []
SECTION = ['']
GROUP_LOCALS = ('personeel@', 'leerkrachten6@', 'ouders6', 'zesdejaars@', 'leerlingen6')


def addrs(lst):
    return [utils.parseaddr(a)[1] for a in lst]


def mail(slug, frm, to, subj, body=None, *, cc=(), bcc=(), html=None, html_only=False, cte=None, charset='utf-8',
         atts=(), date, reply_to=None, fmt=(), rules=(), cats=(), about=(), mis=False, note='', lang='nl',
         mail_from=None, xmailer='Microsoft Outlook 16.0', extra_headers=(), content_language=None):
    MAILS.append(dict(slug=slug, frm=frm, to=list(to), cc=list(cc), bcc=list(bcc), subj=subj, body=body, html=html,
                      html_only=html_only, cte=cte, charset=charset, atts=list(atts), date=date, reply_to=reply_to,
                      fmt=list(fmt), rules=list(rules), cats=list(cats), about=list(about), mis=mis, note=note,
                      lang=lang, mail_from=mail_from, xmailer=xmailer, extra_headers=list(extra_headers),
                      content_language=content_language, section=SECTION[0]))


def msgid(n, m):
    dom = utils.parseaddr(m['frm'])[1].split('@')[1]
    if dom in ('gmail.com',):
        h = hashlib.sha1(('%d%s' % (n, m['slug'])).encode()).hexdigest().upper()
        return '<CAH%s+%s@mail.gmail.com>' % (h[:20], h[20:32])
    if dom in ('hotmail.com', 'outlook.com'):
        h = hashlib.sha1(('%d%s' % (n, m['slug'])).encode()).hexdigest().upper()
        return '<AM9P%s@AM9P192MB%s.EURP192.PROD.OUTLOOK.COM>' % (h[:24], h[24:28])
    h = hashlib.sha1(('b66-%d-%s' % (n, m['slug'])).encode()).hexdigest()
    return '<%s.%s@%s>' % (m['date'].strftime('%Y%m%d%H%M%S'), h[:16], dom)


def build(n, m):
    msg = EmailMessage()
    msg['From'] = m['frm']
    if m['to']:
        msg['To'] = ', '.join(m['to'])
    else:
        msg['To'] = 'undisclosed-recipients:;'
    if m['cc']:
        msg['Cc'] = ', '.join(m['cc'])
    msg['Subject'] = m['subj']
    msg['Date'] = utils.format_datetime(m['date'])
    msg['Message-ID'] = msgid(n, m)
    if m['reply_to']:
        msg['In-Reply-To'] = m['reply_to']
        msg['References'] = m['reply_to']
    if m['xmailer']:
        msg['X-Mailer'] = m['xmailer']
    for k, v in m['extra_headers']:
        msg[k] = v
    cs, cte = m['charset'], m['cte']
    if m['html_only']:
        msg.set_content(m['html'], subtype='html', charset=cs, cte=cte or 'quoted-printable')
    else:
        body = m['body']
        if cte is None:
            cte = '7bit' if all(ord(c) < 128 for c in body) and max(len(l) for l in body.split('\n')) <= 76 else 'quoted-printable'
        msg.set_content(body, charset=cs, cte=cte)
        if m['html']:
            msg.add_alternative(m['html'], subtype='html', charset=cs, cte='quoted-printable')
    for fname, data in m['atts']:
        ext = fname.rsplit('.', 1)[1].lower()
        mt, st = MIME[ext]
        params = {'charset': 'utf-8'} if mt == 'text' else None
        msg.add_attachment(data, maintype=mt, subtype=st, filename=fname, params=params)
    msg['Content-Language'] = m['content_language'] or {'nl': 'nl-BE', 'fr': 'fr-BE', 'en': 'en-GB'}[m['lang']]
    i = 0
    for part in msg.walk():
        if part is not msg:
            del part['MIME-Version']
        if part.is_multipart():
            i += 1
            part.set_boundary('----=_NextPart_066_%03d_%02d' % (n, i))
    buf = io.BytesIO()
    BytesGenerator(buf, policy=POLICY.clone(linesep='\r\n')).flatten(msg)
    return buf.getvalue()


# ============================================================================================
# 1. credentials (password)
# ============================================================================================
SECTION[0] = 'password'

PWCH = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789'


def pw(n=9):
    s = ''.join(RNG.choice(PWCH) for _ in range(n - 1))
    return s[:4] + RNG.choice('!#$%?') + s[4:]


def class_pupils(klas):
    return [p for p in ROSTER if p['klas'] == klas]


rows = [['Gebruikersnaam', 'Voornaam', 'Naam', 'Klas', 'Startwachtwoord']]
for p in class_pupils('6ECMT'):
    rows.append([p['mail'].split('@')[0], p['first'], p['last'], p['klas'], pw()])
mail('startwachtwoorden-studiekompas-6ecmt', S('tom'), [S('wim')],
     'StudieKompas: startwachtwoorden 6ECMT',
     text_render([
         'Dag Wim,',
         'In bijlage de lijst met de accounts voor de StudieKompas-test van donderdag. Elke leerling krijgt een '
         'startwachtwoord en moet dat bij de eerste aanmelding wijzigen. Kan jij de strookjes uitdelen tijdens de '
         'klasuur? De lijst mag nadien weg.',
         'Groetjes,\nTom'], 'tom'),
     atts=[('StudieKompas_6ECMT_startwachtwoorden.csv', csvbytes(rows))],
     date=D(2, 3, 8, 12), rules=['password'],
     note='CSV attachment with a start password per pupil of 6ECMT (class list, so about is empty)')

mail('wifi-gastnetwerk-proclamatie', S('sarah'), [EXT['av']],
     'Proclamatie 27/6 - wifi voor de regie', cc=[S('luc')],
     html=html_render([
         'Dag Kobe,',
         'Zoals gevraagd de gegevens van ons gastnetwerk voor de regietafel in de sporthal:',
         ('table', ['Netwerk', 'Sleutel'], [['SPC-Gast', 'Proclamatie#2025']]),
         'Luc (in cc) opent de sporthal vanaf 14 uur voor de opbouw.',
         'Vriendelijke groeten,'], sigkey='sarah'),
     body=text_render([
         'Dag Kobe,',
         'Zoals gevraagd de gegevens van ons gastnetwerk voor de regietafel in de sporthal:',
         ('table', ['Netwerk', 'Sleutel'], [['SPC-Gast', 'Proclamatie#2025']]),
         'Luc (in cc) opent de sporthal vanaf 14 uur voor de opbouw.',
         'Vriendelijke groeten,'], 'sarah'),
     date=D(6, 16, 10, 41), rules=['password'],
     note='Wi-Fi key of the guest network sent to the external sound-and-light company (Outlook table)')

mail('code-deur-zesdejaarslokaal', S('pieter'), [S('pieter')],
     'Zesdejaarslokaal: nieuwe deurcode',
     text_render([
         'Beste zesdejaars,',
         'Na de vakantie werkt het klavier aan de deur van jullie lokaal A.012 met een nieuwe code: 7319#.',
         'Geef de code niet door aan leerlingen van andere jaren. Wie het lokaal als laatste verlaat, doet de lichten uit '
         'en sluit de ramen.',
         'Meneer De Smedt'], 'pieter'),
     bcc=[GEN['leerlingen6']], date=D(1, 6, 7, 45), rules=['password'],
     note='door code of the sixth-year room sent to all sixth-years; list correctly in BCC so only password fires')

mail('printcode-mediatheek', S('katrien'), [PUP('fleur_stevens')],
     'je printcode voor het jaarboek',
     'Hoi Fleur,\n\nJe kan vanaf nu de kopieermachine in de mediatheek gebruiken om proeven van het jaarboek af te drukken. '
     'Je persoonlijke printcode is 5521 (intikken op het scherm, daarna groene knop).\n\nNiet doorgeven aan de rest van '
     'de klas hé ;-)\n\nMevr. Smolders\n',
     date=D(3, 11, 12, 20), rules=['password'], about=['fleur_stevens'],
     note='personal printer code given to one pupil of the yearbook team')

mail('kluis-reiskassa', S('joris'), [S('bram')],
     'kluis',
     'Bram, de cash voor de eindreis (zakgeld begeleiders) ligt in de kluis in het leraarslokaal. Code 0-4-8-1-6, '
     'draaien naar rechts beginnen. Neem jij het mee morgen?\n\nJoris\n\nVerzonden vanaf mijn iPhone\n',
     date=D(3, 30, 21, 7), rules=['password'], fmt=['phone'], xmailer='iPhone Mail (22D82)',
     note='safe code of the cash box for the final-year trip, sent from a phone')

fwd_text = ('Beste klant,\n\nU vroeg om aan te melden op het groepsportaal van Horizon Schoolreizen.\n\n'
            'Uw eenmalige inlogcode: 730518\n\nDeze code is 10 minuten geldig. Deel deze code met niemand.\n\n'
            'Horizon Schoolreizen\n')
mail('fwd-eenmalige-code-reisportaal', S('joris'), [S('nadia')],
     'TR: Uw eenmalige inlogcode',
     'Nadia, kan jij snel inloggen en de kamerlijst uploaden? Ik sta in de sporthal. Code hieronder, is maar 10 min '
     'geldig.\n\nJoris' + q_fwd('Horizon Schoolreizen <no-reply@horizonschoolreizen.be>', D(3, 14, 10, 2),
                               'joris.maes@sintpieterscollege.be', 'Uw eenmalige inlogcode', fwd_text),
     date=D(3, 14, 10, 3), rules=['password'], fmt=['forward'],
     note='forwarded one-time login code of the travel agency portal')

codes = ['4829 1736', '5503 9921', '1187 4460', '6392 0815', '7740 2258', '3016 6649', '9205 3381', '2568 7094']
mail('herstelcodes-instagram-jaarboek', S('katrien'), [S('hannah')],
     'Instagram jaarboek - back-upcodes',
     'Hannah,\n\nOmdat jij de Instagram van het jaarboek overneemt tijdens mijn afwezigheid: hieronder de back-upcodes '
     'voor de tweestapsverificatie (elke code werkt één keer). Account: @spc_jaarboek2025\n\n' +
     '\n'.join(codes) + '\n\nStreep door wat je gebruikt.\n\nKatrien\n',
     date=D(4, 24, 16, 55), rules=['password'],
     note='2FA backup codes of the yearbook Instagram account')

mail('wachtwoord-in-twee-delen', S('tom'), [S('lien')],
     'Re: toegang jaarboekmap',
     'Hoi Lien,\n\nDe gedeelde map "Jaarboek 2025" op de server is beveiligd. Gebruiker: jaarboek6\n'
     'Het wachtwoord stuur ik in twee stukken zoals afgesproken:\n\ndeel 1: Dijle\n\n'
     'deel 2 (direct erachter plakken, zonder spatie): Stroom!47\n\nTom\n\n' + sig('tom'),
     date=D(4, 2, 9, 31), rules=['password'], fmt=['reply'], reply_to='<20250402091002.a11f2c@sintpieterscollege.be>',
     note='password split over two lines of the same mail')

mail('wachtwoord-gespeld-gsm', S('pieter'), [S('wim')],
     'laptop aula',
     'Wim, het wachtwoord van de laptop in de aula voor de infoavond: S P C aula 2 0 2 5\nalles aan elkaar, SPC in '
     'hoofdletters. Gebruiker is "infoavond".\n\nPieter\n\nVerstuurd vanaf Outlook voor Android\n',
     date=D(1, 22, 18, 12), rules=['password'], fmt=['phone'], xmailer=None,
     note='laptop password spelled out with spaces')

mail('coaccount-ouder-smartschool', S('hilde'), [PAR('stan_geerts', 1)],
     'Co-account Smartschool',
     text_render([
         'Beste mevrouw Geerts,',
         'Uw co-account voor Smartschool werd opnieuw ingesteld.',
         'Gebruikersnaam: stan.geerts (co-account 1)\nTijdelijk wachtwoord: Hx7!pQ2m',
         'Bij de eerste aanmelding wordt u gevraagd een nieuw wachtwoord te kiezen.',
         'Met vriendelijke groeten,'], 'hilde', phone=True),
     date=D(1, 14, 11, 3), rules=['password', 'personal_data'], about=['stan_geerts'],
     note="temporary password of a parent's co-account; school phone number in the signature")

mail('login-reisportaal-collegas', S('joris'), [S('bram'), S('nadia')],
     'login Horizon (eindreis)',
     'Collega\'s,\n\nVoor wie de deelnemerslijst wil nakijken: login groepsportaal Horizon Schoolreizen\n'
     'gebruiker: spc-heverlee6\nwachtwoord: Barcelona2025!\n\nNiets wijzigen aan de kamerverdeling zonder mij aub.\n\n'
     'Joris\n',
     date=D(2, 26, 20, 15), rules=['password'],
     note='shared login of the travel-agency portal sent to two colleagues')

mail('identifiants-plateforme-echange', S('veronique'), [EXT['lille']],
     'Échange Heverlee-Lille : accès à la plateforme',
     'Chère Claire,\n\nComme convenu au téléphone, voici les accès à notre espace de travail commun pour les '
     'élèves de rhéto :\n\nidentifiant : spc.heverlee.echange\nmot de passe : Ech@nge-2025\n\nLes élèves '
     'pourront y déposer leurs présentations avant le 15 mai.\n\nBien à vous,\n\nVéronique Dubois\n'
     'Professeur de français\nSint-Pieterscollege Heverlee\n',
     date=D(4, 28, 13, 40), rules=['password'], lang='fr',
     note='login and password of a shared platform sent to a French partner school')

q = ('Hi Ms Mertens,\n\nI can\'t find where to upload your reference on the Kingsbridge applicant portal. Could you '
     'have a look? My login is oliver.clarke07 and my password is Arsenal#2007\n\nThanks a lot,\nOliver')
mail('re-applicant-portal-password', S('hannah'), [PUP('oliver_clarke')],
     'RE: reference upload',
     'Hi Oliver,\n\nNo need to log in as you: referees get their own link from the university, so I\'ll upload it '
     'myself this week. Please change your password straight away, since you sent it by e-mail.\n\nBest,\nMs Mertens'
     + q_outlook('Oliver Clarke <%s>' % BYKEY['oliver_clarke']['mail'], D(1, 9, 21, 48),
                 'Hannah Mertens <hannah.mertens@sintpieterscollege.be>', 'reference upload', q),
     date=D(1, 10, 8, 5), rules=['password'], lang='en', fmt=['reply'], about=['oliver_clarke'],
     note="reply quotes the pupil's own portal password")

lap = [['Laptop %d' % i, 'gast%02d' % i, pw(8)] for i in range(1, 7)]
mail('gastaccounts-laptops-infoavond', S('tom'), [S('pieter')],
     'Gastaccounts laptops infoavond hoger onderwijs',
     html=html_render([
         'Pieter,',
         'Voor de standen van de hogescholen staan 6 laptops klaar in de refter. Accounts:',
         ('table', ['Toestel', 'Gebruiker', 'Wachtwoord'], lap),
         'Na de avond zet ik ze opnieuw. Tom'], sigkey='tom'),
     html_only=True, date=D(1, 28, 14, 30), rules=['password'],
     note='HTML-only table with guest accounts and their passwords')

mail('account-interimaris', GEN['ict'], ['Lotte Van Bael <lotte.vanbael@%s>' % SP],
     'Je account bij Sint-Pieterscollege',
     'Dag Lotte,\n\nWelkom als interim leerkracht chemie in de derde graad!\n\nJe account:\n'
     'Gebruikersnaam: lotte.vanbael\nStartwachtwoord: Start!SPC-4821\n\nDit wachtwoord geldt voor Smartschool, '
     'Microsoft 365 en de pc\'s in de klaslokalen. Wijzig het bij de eerste aanmelding.\n\nICT-team SPC\n',
     cte='base64', date=D(2, 17, 7, 58), rules=['password'],
     note='start password of a substitute teacher, body base64-encoded')

mail('wachtwoord-pdf-deliberatielijsten', S('hilde'), [S('sarah')],
     'Deliberatielijsten 6de jaar',
     'Dag Sarah,\n\nDe deliberatielijsten van alle zesdes staan als beveiligde PDF in de map ‘Klassenraden juni’. '
     'Het wachtwoord om ze te openen is Delib_jun25! (met het uitroepteken).\n\nDe lijsten van 6ECMT en 6HUWE '
     'volgen morgen, die zijn nog niet volledig.\n\nGroeten,\nHilde\n',
     charset='windows-1252', cte='quoted-printable', date=D(6, 20, 16, 12), rules=['password'],
     note='password of protected PDFs in a Windows-1252 quoted-printable body')

mail('wifi-aula-onderwerp', S('luc'), [S('hannah')],
     'Wifi aula = Aula2025spc',
     'Voor je presentatie morgen. Groeten, Luc\n',
     date=D(3, 5, 15, 2), rules=['password'],
     note='Wi-Fi password in the subject line')

mail('pincode-bankkaart-reisrekening', S('marc'), [S('joris')],
     'Bankkaart eindreis',
     'Joris,\n\nDe bankkaart van de reisrekening ligt op het secretariaat in een gesloten omslag op jouw naam. '
     'Pincode: 8265. Graag alle bonnetjes bijhouden voor de afrekening.\n\nMarc\n\n' + sig('marc'),
     date=D(3, 27, 11, 45), rules=['password'],
     note='PIN of the bank card of the trip account')

mail('alarmcode-sporthal-traiteur', S('luc'), [EXT['traiteur']],
     'Toegang sporthal vrijdag 27 juni',
     text_render([
         'Goedemorgen,',
         'Jullie mogen vrijdag vanaf 7 uur leveren via de achteringang van de sporthal (Dijlebeemdenlaan, poort 3). '
         'Ik ben er zelf pas om 8 uur. De alarmcode is 2580, daarna op OFF drukken. Bij het buitengaan niets doen, '
         'ik zet het alarm zelf weer op.',
         'Groeten,'], 'luc', mobile='0478 21 93 60'),
     date=D(6, 23, 9, 12), rules=['password', 'personal_data'],
     note='alarm code given to the caterer; mobile number in the signature')

mail('cijferslot-diplomakast', S('hilde'), [S('sarah')],
     'diploma\'s',
     'Sarah, de diploma\'s en getuigschriften zijn binnen en zitten in de grijze kast achter het secretariaat. Het '
     'cijferslot staat op 3-8-1-9. Ik ben maandag afwezig, vandaar.\n\nHilde\n',
     date=D(6, 13, 15, 48), rules=['password'],
     note='combination of the lock on the diploma cabinet')

mail('bitlocker-herstelsleutel', S('tom'), [S('geert')],
     'Re: laptop vraagt herstelsleutel',
     'Geert,\n\nDe herstelsleutel voor jouw laptop (SPC-LT-2231):\n\n'
     '412346-095722-310893-702113-528451-681407-219670-004389\n\nIntikken en daarna gewoon aanmelden. '
     'Komt het nog terug, breng hem dan binnen.\n\nTom\n',
     date=D(5, 19, 8, 20), rules=['password'], fmt=['reply'], reply_to='<20250519075510.77ab20@sintpieterscollege.be>',
     note='BitLocker recovery key of a teacher laptop')

mail('fotomap-eindreis-ouders', S('joris'), [S('joris')],
     'Foto\'s eindreis Barcelona',
     text_render([
         'Beste ouders,',
         'De foto\'s van de eindreis staan online in een gedeelde map:',
         'https://stroomlksd-my.sharepoint.com/:f:/g/personal/joris_maes/EindreisBCN2025',
         'Wachtwoord om de map te openen: Barca-6de-2025',
         'Gelieve de foto\'s niet op sociale media te plaatsen zonder toestemming van de leerlingen die erop staan.',
         'Vriendelijke groeten,\nJoris Maes, coördinator eindreis']),
     bcc=[GEN['ouders6']], date=D(4, 9, 19, 30), rules=['password'],
     note='password of the shared photo folder mailed to all final-year parents (list correctly in BCC)')

mail('beveiligd-overdrachtsdocument', S('ann'), [EXT['hs_zorg']],
     'Overdrachtsdocument (beveiligd)',
     text_render([
         'Beste,',
         'In bijlage het overdrachtsdocument voor een leerling die volgend academiejaar bij jullie start, zoals '
         'afgesproken met de leerling zelf. Het document is beveiligd; het wachtwoord is HDL-overdracht-25.',
         'Met vriendelijke groeten,'], 'ann'),
     atts=[('overdracht_beveiligd.pdf', pdf(['Dit document is beveiligd.', 'Open het met het wachtwoord dat u van de school kreeg.'], 'Overdracht'))],
     date=D(6, 3, 14, 5), rules=['password'],
     note='document password in the same mail as the document; pupil not identified, nothing sensitive in clear')

mail('tijdelijk-wachtwoord-leerling', GEN['ict'], [PUP('laura_verbist')],
     'Je wachtwoord werd gereset',
     'Dag Laura,\n\nOp jouw vraag hebben we je wachtwoord gereset.\nJe tijdelijk wachtwoord is: Welkom-2025!\n\n'
     'Je moet het wijzigen bij de volgende aanmelding.\n\nICT-helpdesk\n',
     date=D(2, 4, 10, 17), rules=['password'], about=['laura_verbist'],
     note='temporary password after a reset, sent to the pupil')

ft = ('Geachte heer Maes,\n\nHierbij uw gegevens voor het groepsportaal van de reis "Barcelona 31/03-04/04":\n\n'
      'Login: SPC-HEV-0325\nWachtwoord: hz!Gr0ep25\n\nVia het portaal kan u de deelnemerslijst en de '
      'kamerverdeling beheren.\n\nMet vriendelijke groeten,\nDieter Claessens\nHorizon Schoolreizen - groepen\n')
mail('fwd-login-groepsportaal', S('joris'), [S('nadia')],
     'FW: Toegang groepsportaal Barcelona',
     'Ter info, voor als ik ziek ben of zo.\n\nJoris' + q_fwd(EXT['reis'], D(2, 10, 15, 21),
                                                                'Joris Maes <joris.maes@sintpieterscollege.be>',
                                                                'Toegang groepsportaal Barcelona', ft),
     date=D(2, 10, 16, 2), rules=['password'], fmt=['forward'],
     note='forward of the travel agency mail with the group portal login and password')

mail('sleutelkluis-jeugdherberg', S('joris'), [S('bram'), S('nadia'), S('dries')],
     'Aankomst Barcelona - sleutels',
     'Dag allemaal,\n\nWe komen pas na sluitingstijd van de receptie aan. De sleutels van onze begeleiderskamers '
     'hangen in de sleutelkluis naast de inkom, code 1947. Kamers 2.04 tot 2.07.\n\nTot maandag!\nJoris\n',
     date=D(3, 28, 17, 36), rules=['password'],
     note='code of a key safe at the hostel')

mail('zip-examens-wiskunde', S('geert'), [S('wim')],
     'examens juni',
     'Wim,\n\nDe examens wiskunde 6de jaar (6ECMT en 6WEWI) staan als zip op de gedeelde schijf onder '
     'Wiskunde > Examens > 2025. Wachtwoord van de zip: Ex@m6ECMT-jun\n\nLaat je weten of de oplossingen klopten?\n\n'
     'Geert\n',
     date=D(5, 28, 21, 3), rules=['password'],
     note='password of an archive with exam papers')

mail('login-diplomaprint', S('hilde'), [S('sarah')],
     'DiplomaPrint',
     'Dag Sarah,\n\nJe vroeg hoe je zelf een getuigschrift kan herdrukken. Login DiplomaPrint: hjanssens / '
     'Diploma!0625\nPapier ligt in lade 2 van de printer in mijn bureau.\n\nHilde\n',
     date=D(6, 25, 8, 44), rules=['password'],
     note="a colleague's own login for the diploma printing software")

mail('wifi-qr-regie', S('tom'), [EXT['av']],
     'wifi proclamatie',
     'Dag Kobe,\n\nVoor de QR-code op jullie scherm bij de ingang kan je deze string gebruiken:\n\n'
     'WIFI:S:SPC-Proclamatie;T:WPA;P:Zaal6!Stroom;;\n\nGroeten,\nTom\n\n' + sig('tom'),
     date=D(6, 24, 11, 10), rules=['password'],
     note='Wi-Fi QR payload containing the network key')

logins = 'Infoavond hoger onderwijs - 30 januari\r\n\r\n' + '\r\n'.join(
    '%s\t%s\t%s' % (s, 'stand%02d' % i, pw(8)) for i, s in enumerate(
        ['Hogeschool Dijleland', 'Universiteit (faculteit wetenschappen)', 'Kunsthumaniora', 'Defensie',
         'Politieschool', 'CLB-stand'], 1)) + '\r\n'
mail('logins-infoavond-txt', S('tom'), [S('pieter')],
     'logins standen',
     'Pieter,\n\nIn bijlage de logins voor de standhouders (wifi-portaal). Mag je afdrukken en op de tafels leggen.\n\nTom\n',
     atts=[('logins_infoavond.txt', logins.encode('utf-8'))],
     date=D(1, 29, 12, 2), rules=['password'],
     note='text attachment with usernames and passwords')

docp = ['StudieKompas - aanmeldgegevens 6LAWI', 'Gebruikersnaam - wachtwoord (eenmalig)', '']
for p in class_pupils('6LAWI'):
    docp.append('%s %s: %s - %s' % (p['first'], p['last'], p['mail'].split('@')[0], pw(8)))
mail('studiekompas-logins-6lawi-docx', S('tom'), [S('lien')],
     'StudieKompas 6LAWI',
     'Dag Lien,\n\nHierbij de aanmeldgegevens van je klas voor de interessetest van StudieKompas (bijlage). '
     'Knippen en uitdelen graag.\n\nTom\n',
     atts=[('StudieKompas_6LAWI.docx', docx(docp))],
     date=D(2, 3, 8, 20), rules=['password'],
     note='.docx with one-time passwords of the whole class (class list, about empty)')

mail('uploadtoken-fotograaf', S('katrien'), [EXT['foto']],
     'Upload portretfoto\'s jaarboek',
     'Beste,\n\nJullie mogen de portretfoto\'s rechtstreeks in ons jaarboekplatform laden. De API-sleutel voor de '
     'upload is:\n\njbp_live_4f9a2c71e8d3b6a0c5e2\n\nGraag per klas een map (6LAWI, 6WEWI, ...).\n\n'
     'Met vriendelijke groeten,\n\n' + sig('katrien'),
     date=D(3, 19, 13, 26), rules=['password'],
     note='API key (upload token) of the yearbook platform sent to the photographer')

vrows = [['Voucher', 'Code', 'Geldig']] + [['%03d' % i, '%s-%s' % (''.join(RNG.choice('ABCDEFGHJKLMNPQRSTUVWXYZ23456789') for _ in range(4)), ''.join(RNG.choice('ABCDEFGHJKLMNPQRSTUVWXYZ23456789') for _ in range(4))), '27/06/2025'] for i in range(1, 41)]
mail('wifi-vouchers-proclamatie-xlsx', S('tom'), [S('sarah')],
     'Wifi-vouchers gasten proclamatie',
     'Sarah,\n\nIn bijlage 40 wifi-vouchers voor de gasten (eregasten en pers). Elke code geeft één toestel 24 uur '
     'toegang. Afdrukken en in de onthaalmap steken.\n\nTom\n',
     atts=[('wifi_vouchers_proclamatie.xlsx', xlsx(vrows, 'Vouchers'))],
     date=D(6, 19, 15, 37), rules=['password'],
     note='.xlsx with Wi-Fi voucher codes')

mail('jaarboek-layouttool-prive', 'Katrien Smolders <katrien.smolders@outlook.com>', [PUP('zita_luyckx')],
     'login lay-outtool',
     'Dag Zita,\n\nHier de login voor de lay-outtool van het jaarboek, dan kan je vanavond verder aan de pagina\'s van '
     '6WEWI:\n\ngebruiker: jaarboek-spc\nwachtwoord: Jb2025!lay\n\nIk stuur van thuis, mijn schoolmail doet raar.\n\n'
     'Mevr. Smolders\n',
     date=D(4, 27, 20, 48), rules=['password', 'private_account'], about=['zita_luyckx'], xmailer=None,
     note='teacher sends a school login to a pupil from her private outlook.com mailbox')

q = ('Goedemiddag,\n\nIk kan niet inloggen met mijn co-account van Ilias. Ik gebruik Zomer2024! maar het lukt niet, '
     'wat doe ik verkeerd?\n\nRachid Benali')
mail('re-coaccount-wachtwoord-ouder', S('hilde'), [PAR('ilias_benali', 1)],
     'RE: inloggen co-account',
     'Beste meneer Benali,\n\nUw account was geblokkeerd na te veel pogingen; ik heb het ontgrendeld. Probeer het '
     'opnieuw met uw eigen wachtwoord. Stuur uw wachtwoord in de toekomst nooit per mail door, wij vragen het nooit.\n\n'
     'Met vriendelijke groeten,\nHilde Janssens\nLeerlingensecretariaat' +
     q_outlook(PAR('ilias_benali', 1), D(1, 15, 13, 2), 'leerlingensecretariaat@spc.ksleuven.be',
               'inloggen co-account', q),
     date=D(1, 15, 14, 20), rules=['password'], fmt=['reply'], about=['ilias_benali'],
     note="the reply still quotes the parent's password")


# ============================================================================================
# 2. look-alikes: talk about passwords or carry codes that open nothing (no rule)
# ============================================================================================
SECTION[0] = 'lookalike'

mail('studiekompas-wachtwoord-vergeten', GEN['ict'], [GEN['ict']],
     'StudieKompas: wachtwoord vergeten?',
     text_render([
         'Beste zesdejaars,',
         'Een aantal van jullie kan niet meer aanmelden op StudieKompas. Zo los je het zelf op:',
         ('list', ['ga naar de aanmeldpagina van StudieKompas en klik op "Wachtwoord vergeten"',
                   'vul je leerlingenadres (@leerling.sintpieterscollege.be) in',
                   'je krijgt binnen enkele minuten een link om zelf een nieuw wachtwoord te kiezen',
                   'lukt het niet: kom langs bij de ICT-helpdesk (lokaal A.105) tijdens de middagpauze']),
         'Stuur je wachtwoord nooit naar een leerkracht of naar de helpdesk. Wij vragen het nooit.',
         'ICT-team']),
     bcc=[GEN['leerlingen6']], date=D(2, 12, 12, 40),
     note='explains how to reset a password, contains none; pupils list in BCC')

mail('wachtwoord-verloopt-personeel', GEN['ict'], [GEN['ict']],
     'Uw wachtwoord verloopt binnen 7 dagen',
     'Beste collega,\n\nVolgens ons beheersysteem verloopt uw wachtwoord voor Microsoft 365 en Smartschool binnen '
     '7 dagen. Wijzig het tijdig via portaal > Mijn profiel > Wachtwoord wijzigen. Kies minstens 12 tekens en '
     'gebruik het niet voor andere diensten.\n\nWe sturen nooit een link om uw wachtwoord per mail te bevestigen: '
     'krijgt u zo\'n mail, meld ze dan aan ict@spc.ksleuven.be.\n\nICT-team SPC\n',
     bcc=[GEN['personeel']], date=D(3, 3, 7, 30),
     note='password-expiry reminder without any password; staff list in BCC')

mail('aanvraagnummer-hogeschool', S('pieter'), [PUP('jasper_verhaegen')],
     'Re: inschrijving Hogeschool Dijleland',
     'Dag Jasper,\n\nJe aanvraag is goed aangekomen. In de bevestiging staat aanvraagnummer AV-2025-018842; vermeld '
     'dat nummer als je hen mailt of belt. De school hoeft verder niets op te sturen, je diploma laad je zelf op in '
     'juli.\n\nSucces!\nMeneer De Smedt\n',
     date=D(3, 21, 10, 14), about=['jasper_verhaegen'], fmt=['reply'],
     note='application number is not a secret; mail about one pupil without sensitive facts')

dip = [[p['first'] + ' ' + p['last'], p['klas'], 'SO-2025-HEV-%04d' % (400 + i)] for i, p in enumerate(class_pupils('6HUWE'), 57)]
mail('diplomanummers-6huwe', S('hilde'), [S('sarah')],
     'Diplomanummers 6HUWE',
     html=html_render([
         'Dag Sarah,',
         'Ter controle de nummers van de diploma\'s van 6HUWE zoals ze in DiplomaPrint staan:',
         ('table', ['Leerling', 'Klas', 'Diplomanummer'], dip),
         'Als je akkoord bent, druk ik ze maandag af.',
         'Hilde'], sigkey='hilde'),
     body=text_render(['Dag Sarah,', 'Ter controle de nummers van de diploma\'s van 6HUWE zoals ze in DiplomaPrint staan:',
                       ('table', ['Leerling', 'Klas', 'Diplomanummer'], dip), 'Als je akkoord bent, druk ik ze maandag af.',
                       'Hilde'], 'hilde'),
     date=D(6, 18, 9, 5),
     note='diploma numbers per pupil of the class (class list): no secret, no sensitive fact')

mail('boekingsreferentie-vlucht', S('joris'), [EXT['reis']],
     'Barcelona 31/03 - definitieve aantallen',
     'Beste Dieter,\n\nVoor boeking HZR-7K4Q2P (vlucht SN3581 heen op 31 maart, SN3584 terug op 4 april) bevestig ik '
     '44 leerlingen en 4 begeleiders. De bus van Autocars Dijlevallei vertrekt om 4u30 aan de school.\n\n'
     'Groeten,\nJoris Maes\nSint-Pieterscollege Heverlee\n',
     date=D(3, 10, 17, 12),
     note='booking reference and flight numbers are not credentials')

mail('zitplaatsen-proclamatie-ouder', S('sarah'), [PAR('margot_declercq', 1)],
     'Uw plaatsen voor de proclamatie',
     html=html_render([
         'Beste mevrouw De Clercq,',
         'Hieronder de gereserveerde plaatsen voor de proclamatie van Margot op vrijdag 27 juni om 19 uur:',
         ('table', ['Ingang', 'Rij', 'Stoelen'], [['C (sporthal)', 'F', '12 en 13']]),
         'Margot zelf zit vooraan bij haar klas. De zaal gaat open om 18u30.',
         'Met vriendelijke groeten,'], sigkey='sarah'),
     body=text_render(['Beste mevrouw De Clercq,',
                       'Hieronder de gereserveerde plaatsen voor de proclamatie van Margot op vrijdag 27 juni om 19 uur:',
                       ('table', ['Ingang', 'Rij', 'Stoelen'], [['C (sporthal)', 'F', '12 en 13']]),
                       'Margot zelf zit vooraan bij haar klas. De zaal gaat open om 18u30.', 'Met vriendelijke groeten,'], 'sarah'),
     date=D(6, 17, 13, 58), about=['margot_declercq'],
     note='seat numbers, correctly addressed to the parent, nothing sensitive')

mail('vakcodes-bachelor-rechten', S('pieter'), [PUP('louis_dumont')],
     'vakken eerste bachelor',
     'Louis,\n\nJe vroeg welke vakken je in het eerste semester kan verwachten. In de studiegids van de universiteit '
     'vind je ze onder de codes G0A12B (Inleiding tot het recht), G0N34A (Romeins recht) en G0B55C (Staatsrecht). '
     'Zoek ze eens op en bekijk hoeveel studiepunten elk vak telt.\n\nMeneer De Smedt\n',
     date=D(5, 6, 11, 33), about=['louis_dumont'],
     note='university course codes are a look-alike, not a secret')

OGM_VIC = ogm('1250431876')
mail('betaling-ontvangen-eindreis', S('marc'), [PAR('vic_mortier', 1)],
     'Betaling eindreis ontvangen',
     'Beste mevrouw Mortier,\n\nWe ontvingen uw betaling van € 595 met mededeling %s voor de eindreis van Vic. '
     'Daarmee is alles in orde; u hoeft niets meer te doen.\n\nMet vriendelijke groeten,\nMarc Goossens\n'
     'Boekhouding\n' % OGM_VIC,
     date=D(3, 4, 14, 22), about=['vic_mortier'],
     note='structured payment reference (OGM) is a look-alike; a settled payment is not a financial problem')

mail('teams-studiekeuzegesprek', S('els'), [PAR('kobe_leysen', 1)],
     'Studiekeuzegesprek Kobe - Teams',
     html=html_render([
         'Beste mevrouw Leysen,',
         'Zoals afgesproken hebben we donderdag 13 februari om 17 uur een kort online gesprek over de studiekeuze van Kobe.',
         'Microsoft Teams-vergadering\nDeelnemen: https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmQ2ZTk4\n'
         'Vergader-id: 348 112 907 455\nWachtwoordcode: x7Hk2Q',
         'Met vriendelijke groeten,'], sigkey='els'),
     body=text_render(['Beste mevrouw Leysen,',
                       'Zoals afgesproken hebben we donderdag 13 februari om 17 uur een kort online gesprek over de studiekeuze van Kobe.',
                       'Microsoft Teams-vergadering\nDeelnemen: https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmQ2ZTk4\n'
                       'Vergader-id: 348 112 907 455\nWachtwoordcode: x7Hk2Q', 'Met vriendelijke groeten,'], 'els'),
     date=D(2, 7, 9, 15), about=['kobe_leysen'],
     note='meeting passcode inside an invitation is allowed; study-choice talk is not sensitive')

mail('lokalen-infoavond', S('pieter'), [S('dries')],
     'infoavond: lokalen',
     'Dries,\n\nVoor de infoavond van 30 januari: de ouders van 6WEWI en 6ECWI zitten in B.204, die van 6LAWI en '
     '6MOWE in B.206, 6HUWE en 6ECMT in de refter. Kan jij B.206 openen om 19u15?\n\nPieter\n',
     date=D(1, 27, 16, 5),
     note='room numbers and class codes, nothing secret')

mail('bestelnummer-jaarboek', S('katrien'), [EXT['druk']],
     'Bestelling jaarboek 2025',
     'Beste,\n\nGraag bevestig ik onze bestelling: bestelnummer 45-20931, klantnummer K-11872, oplage 140 '
     'exemplaren, harde kaft, levering ten laatste 20 juni op school.\n\nMet vriendelijke groeten,\n\n' + sig('katrien'),
     date=D(5, 12, 10, 2),
     note='order and customer numbers are look-alikes')

q = 'hallo meneer, kan u mijn wachtwoord van smartschool eens doormailen ik ben het vergeten\nbent'
mail('re-wachtwoord-doormailen', S('tom'), [PUP('bent_willems')],
     'RE: wachtwoord',
     'Dag Bent,\n\nWachtwoorden sturen we nooit per mail, ook niet naar jezelf. Kom morgen tijdens de middag naar de '
     'ICT-helpdesk (A.105) met je leerlingenkaart, dan zet je ter plaatse een nieuw.\n\nMeneer Van Acker' +
     q_outlook(PUP('bent_willems'), D(4, 22, 20, 31), 'Tom Van Acker <tom.vanacker@sintpieterscollege.be>',
               'wachtwoord', q),
     date=D(4, 23, 7, 52), about=['bent_willems'], fmt=['reply'],
     note='refuses to mail a password: talks about a password without containing one')

mail('deelnemersnummer-toelatingsexamen', S('pieter'), [PUP('salma_chaouki')],
     'toelatingsexamen arts',
     'Dag Salma,\n\nJe inschrijving voor het toelatingsexamen arts en tandarts is bevestigd, deelnemersnummer '
     '25-1402. Het examen is op 2 juli; het examencentrum en het uur vind je in je account bij de examencommissie. '
     'Neem je identiteitskaart mee.\n\nVeel succes met de voorbereiding!\nMeneer De Smedt\n',
     date=D(5, 14, 15, 40), about=['salma_chaouki'],
     note='participant number, not a secret; no sensitive fact')

mail('zoom-infosessie-universiteit', S('pieter'), [S('pieter')],
     'Online infosessie studeren in het buitenland - 11 maart',
     'Beste zesdejaars,\n\nWie overweegt om in Nederland of het Verenigd Koninkrijk te studeren, kan op dinsdag 11 '
     'maart om 19 uur een online infosessie volgen.\n\nZoom: https://zoom.us/j/84522901174?pwd=Qk1hZ0xjT2Rp\n'
     'Meeting ID: 845 2290 1174\nPasscode: 614209\n\nMeneer De Smedt\n',
     bcc=[GEN['leerlingen6']], date=D(3, 6, 12, 30),
     note='meeting ID and passcode of an invitation are allowed; pupils list in BCC')

mail('cambridge-candidate-number', S('hannah'), [PUP('zoe_harris')],
     'C1 Advanced - your candidate details',
     'Hi Zoe,\n\nYour registration for C1 Advanced is confirmed. Candidate number 0347, centre number BE061. The '
     'Speaking test is on Wednesday 14 May at 13:20 in room B.112, the written papers on Saturday 17 May.\n\n'
     'Good luck!\nMs Mertens\n',
     date=D(4, 30, 11, 5), about=['zoe_harris'], lang='en',
     note='candidate and centre numbers are look-alikes')


# ============================================================================================
# 3. sensitive information about identifiable pupils
# ============================================================================================
SECTION[0] = 'sensitive'

# ---- family ------------------------------------------------------------------------------

mail('overlijden-vader-ruben', S('els'), [S('lien'), S('geert'), S('veronique')],
     'Ruben Dierickx (6LAWI)',
     'Beste collega\'s,\n\nIk laat jullie weten dat de vader van Ruben Dierickx (6LAWI) zondag onverwacht is '
     'overleden. Ruben is deze week afwezig; de uitvaart is vrijdag. Wanneer hij terugkomt, mag hij toetsen later '
     'inhalen en bij vermoeidheid even naar mijn bureau.\n\nWillen jullie dit discreet houden in de klas? Mama laat '
     'weten dat Ruben er zelf niet veel over wil zeggen.\n\nDank je,\nEls\n\n' + sig('els'),
     date=D(2, 24, 8, 2), rules=['sensitive'], cats=['family'], about=['ruben_dierickx'],
     note='death of a parent of a named pupil, internal mail to his teachers')

q = ('Dag mevrouw Wouters,\n\nIk ben sinds deze maand 18 en ik wil niet meer dat de school mijn rapporten en '
     'afwezigheden naar mijn ouders stuurt. Sinds mijn vader het huis uit is, is het thuis echt moeilijk en mijn '
     'mama leest alles mee. Kan dat?\n\nLina')
mail('re-meerderjarig-lina', S('els'), [PUP('lina_aerts')],
     'RE: info naar mijn ouders',
     'Dag Lina,\n\nJa, dat kan. Omdat je meerderjarig bent, beslis je zelf wie je schoolgegevens krijgt. Ik heb '
     'genoteerd dat rapporten en afwezigheden vanaf nu enkel naar jou gaan. Gezien de situatie thuis (de scheiding '
     'en het contactverbod dat de rechter je vader oplegde) zal ik ook de klassenraad vragen om alleen jou aan te '
     'spreken.\n\nKom gerust eens langs als het je te veel wordt; mijn deur staat open op dinsdag en donderdag.\n\n'
     'Mevr. Wouters' + q_outlook(PUP('lina_aerts'), D(3, 17, 22, 14), 'Els Wouters <els.wouters@sintpieterscollege.be>',
                                 'info naar mijn ouders', q),
     date=D(3, 18, 10, 30), rules=['sensitive'], cats=['family'], about=['lina_aerts'], fmt=['reply'],
     note='pupil of age asks the school to stop informing her parents; divorce and a restraining order in clear')

seat = [['Arne Bogaerts', '6WEWI', 'D', 'ouders in vechtscheiding: moeder en vader apart zetten (contactverbod vader), '
         'vader via ingang A'],
        ['Margot De Clercq', '6LAWI', 'F', ''],
        ['Louis Dumont', '6LAWI', 'F', 'grootouders mee'],
        ['Elise Moortgat', '6WEWI', 'D', ''],
        ['Bent Willems', '6MOWE', 'G', 'broer speelt piano tijdens de pauze'],
        ['Jef Van Hoof', '6ECMT', 'H', '']]
mail('zitplan-proclamatie-opmerkingen', S('sarah'), [S('katrien')],
     'Zitplan proclamatie - bijzondere vragen',
     html=html_render([
         'Dag Katrien,',
         'Hieronder de families met een bijzondere vraag voor de zaalopstelling. De rest volgt de standaardopstelling per klas.',
         ('table', ['Leerling', 'Klas', 'Rij ouders', 'Opmerking'], seat),
         'Kan jij dit doorgeven aan de leerlingen die de ouders naar hun plaats brengen? Niet de opmerking voorlezen natuurlijk.',
         'Sarah'], sigkey='sarah'),
     body=text_render(['Dag Katrien,',
                       'Hieronder de families met een bijzondere vraag voor de zaalopstelling. De rest volgt de standaardopstelling per klas.',
                       ('table', ['Leerling', 'Klas', 'Rij ouders', 'Opmerking'], seat),
                       'Kan jij dit doorgeven aan de leerlingen die de ouders naar hun plaats brengen? Niet de opmerking voorlezen natuurlijk.',
                       'Sarah'], 'sarah'),
     date=D(6, 23, 15, 20), rules=['sensitive'], cats=['family'], fmt=['outlook-table'],
     about=['arne_bogaerts', 'margot_declercq', 'louis_dumont', 'elise_moortgat', 'bent_willems', 'jef_vanhoof'],
     note='ceremony seating table; one row reveals a contentious divorce and a restraining order')

mail('clb-vader-gevangenis', S('els'), [EXT['clb']],
     'Mohamed Azzouzi 6ECWI - studiekeuze en thuissituatie',
     'Dag Ine,\n\nIk had je beloofd om de situatie van Mohamed Azzouzi (6ECWI) even op papier te zetten voor het '
     'studiekeuzegesprek.\n\nZijn vader zit sinds januari in de gevangenis. Mohamed zorgt sindsdien veel voor zijn '
     'broertje Adam (2B) en voor zijn mama, die weinig Nederlands spreekt. Hij twijfelt of hij volgend jaar wel op '
     'kot kan of verder mag studeren. Kan jij dat meenemen in jullie advies?\n\nGroetjes,\nEls\n\n' + sig('els'),
     date=D(3, 3, 13, 45), rules=['sensitive'], cats=['family', 'care'], about=['mohamed_azzouzi', 'adam_azzouzi'],
     note='parent in prison, mail to the CLB for its individual follow-up of a named pupil (and mentions his brother)')

mail('deelneming-overlijden-oma-febe', S('katrien'), [PAR('febe_claeys', 1)],
     'Veel sterkte',
     'Beste mevrouw Van Hoof,\n\nFebe vertelde me vanochtend dat haar oma, uw mama, dit weekend overleden is. Ik wil u '
     'en uw gezin namens de klassenraad veel sterkte wensen.\n\nFebe hoeft zich geen zorgen te maken over de '
     'paper Nederlands: ze mag hem indienen wanneer ze er klaar voor is.\n\nHartelijke groeten,\nKatrien Smolders\n'
     'klastitularis 6HUWE\n',
     date=D(5, 5, 12, 11), rules=['sensitive'], cats=['family'], about=['febe_claeys'],
     note='death in the family of a named pupil, to her mother')

mdo = ('Verslag MDO 6HUWE – 12 maart 2025\r\n'
       'Aanwezig: E. Wouters (lb), A. Verbruggen (zorgco), K. Smolders (tit.), I. Vandevelde (CLB)\r\n\r\n'
       '•\tNoor Vervoort\r\n'
       '\tFaalangst rond de examens neemt toe; huilbuien in de les Frans. Gesprekken bij CLB lopen (3x gezien). '
       'Actie: lb volgt op, vraagt ouders om toestemming voor doorverwijzing.\r\n'
       '•\tJade Nowak\r\n'
       '\tVolgt therapie voor haar dysorthografie (dinsdag 7e uur afwezig). Compenserende maatregelen blijven: '
       'spellingfouten niet aanrekenen bij niet-taalvakken.\r\n'
       '•\tAya Kabongo\r\n'
       '\tOuders sinds de zomer gescheiden, co-ouderschap week/week. Aya mist geregeld boeken (ligt “bij papa”). '
       'Titularis vraagt een tweede set handboeken aan.\r\n'
       '•\tFleur Stevens\r\n'
       '\tDyslexie: extra tijd (1/3) en voorleessoftware bij de examens; examens in lokaal B.010.\r\n\r\n'
       'Volgende MDO: 23 april.\r\n')
mail('verslag-mdo-6huwe', S('els'), [S('katrien'), S('ann')],
     'Verslag MDO 6HUWE',
     'Hoi allebei,\n\nHieronder het verslag van gisteren (geplakt uit Word), dan hoeven jullie de bijlage niet te '
     'openen.\n\n' + mdo.replace('\r\n', '\n') + '\nEls\n',
     date=D(3, 13, 7, 55), rules=['sensitive'], cats=['family', 'psychosocial', 'care'], fmt=['word-paste'],
     about=['noor_vervoort', 'jade_nowak', 'aya_kabongo', 'fleur_stevens'],
     note='Word note in a list: fear of failure with CLB follow-up, therapy, divorce, dyslexia of four named pupils')

mail('separation-chloe-lambert', S('veronique'), [PAR('chloe_lambert', 2)],
     'Chloé - examens de juin',
     'Monsieur Lambert,\n\nMerci pour votre message. Je comprends que la séparation récente est difficile pour Chloé '
     'et qu\'elle partage désormais la semaine entre vos deux domiciles. Elle peut bien sûr laisser son dossier de '
     'français à l\'école pendant la session d\'examens.\n\nJ\'ai prévenu son titulaire, M. Maes, avec l\'accord de '
     'Chloé.\n\nBien cordialement,\n\nVéronique Dubois\nProfesseur de français\n',
     date=D(5, 22, 18, 40), rules=['sensitive'], cats=['family'], about=['chloe_lambert'], lang='fr', cte='base64',
     note='French mail to the father about the parents\' separation and the shared custody of a named pupil')

mail('pleegzorg-proclamatie-jarne', S('els'), [PAR('jarne_willaert', 1)],
     'Proclamatie Jarne Willaert',
     'Dag Saskia,\n\nJarne liet weten dat hij graag zowel zijn pleegouders als zijn mama op de proclamatie wil. We '
     'kunnen vier plaatsen reserveren. Kan jij nagaan of dat past binnen de bezoekregeling van de jeugdrechter, en of '
     'er begeleiding nodig is? Dan zet ik de twee gezinnen niet naast elkaar.\n\nMet vriendelijke groeten,\nEls '
     'Wouters\nLeerlingbegeleiding\n',
     date=D(6, 10, 11, 20), rules=['sensitive'], cats=['family'], about=['jarne_willaert'],
     note='placement in foster care and a visiting arrangement, sent to the foster-care worker listed as contact')

# ---- psychosocial ---------------------------------------------------------------------------

mail('pesten-eindreis-elias', S('joris'), [PAR('elias_yilmaz', 1)],
     'Eindreis - wat er gebeurd is met Elias',
     text_render([
         'Beste mevrouw Yilmaz,',
         'Zoals beloofd aan de telefoon nog even op papier. Tijdens de eindreis werd uw zoon Elias door een groep '
         'medeleerlingen gepest: ze hebben zijn gsm afgenomen, filmpjes van hem verspreid in een groepschat en hem '
         'twee avonden buitengesloten van de kamer.',
         'We hebben de betrokken leerlingen gisteren gesproken; zij krijgen een sanctie en de filmpjes zijn verwijderd. '
         'Mevrouw Wouters van de leerlingbegeleiding neemt volgende week contact op met Elias.',
         'Met vriendelijke groeten,'], 'joris', phone=True),
     date=D(4, 8, 16, 5), rules=['sensitive', 'personal_data'], cats=['psychosocial'], about=['elias_yilmaz'],
     note='a named pupil bullied during the trip; school phone number in the signature')

mail('tuchtmaatregel-warre-eindreis', S('sarah'), [PAR('warre_thys', 1)],
     'Tuchtmaatregel na de eindreis',
     html=html_render([
         'Beste mevrouw Thys,',
         'Tijdens de eindreis in Barcelona werd Warre in de nacht van 2 op 3 april betrapt met sterke drank op de kamer. '
         'Toen de begeleider de flessen wilde meenemen, werd hij verbaal agressief en duwde hij de begeleider weg.',
         'Na het tuchtgesprek van vandaag heeft de directie beslist dat Warre niet deelneemt aan de activiteit op de '
         'laatste schooldag en dat hij een herstelgesprek voert met de betrokken leerkracht. U kan deze beslissing '
         'aanvechten volgens de procedure in het schoolreglement.',
         'Met vriendelijke groeten,'], sigkey='sarah'),
     body=text_render(['Beste mevrouw Thys,',
                       'Tijdens de eindreis in Barcelona werd Warre in de nacht van 2 op 3 april betrapt met sterke drank op de kamer. '
                       'Toen de begeleider de flessen wilde meenemen, werd hij verbaal agressief en duwde hij de begeleider weg.',
                       'Na het tuchtgesprek van vandaag heeft de directie beslist dat Warre niet deelneemt aan de activiteit op de '
                       'laatste schooldag en dat hij een herstelgesprek voert met de betrokken leerkracht. U kan deze beslissing '
                       'aanvechten volgens de procedure in het schoolreglement.', 'Met vriendelijke groeten,'], 'sarah'),
     date=D(4, 22, 17, 30), rules=['sensitive'], cats=['psychosocial'], about=['warre_thys'],
     note='behaviour incident with a disciplinary measure for a named pupil')

mail('politie-vraagt-info-quinten', S('koen'), [GEN['privacy']], cc=[S('sarah')],
     subj='Vraag van de politie over een leerling',
     body='Dag Jan,\n\nDe lokale politie (inspecteur Renders) vroeg gisteren inlichtingen over Quinten Rombouts '
     '(6MOWE), na een vechtpartij zaterdagavond aan het station waarbij een andere jongere gewond raakte. Quinten '
     'werd verhoord. Ze willen zijn afwezigheden van vorige maand en het adres van zijn vader.\n\nMogen we die '
     'gegevens zonder vordering van het parket doorgeven? Ik wacht op jouw advies voor ik iets stuur.\n\nKoen\n\n' + sig('koen'),
     date=D(5, 13, 8, 47), rules=['sensitive'], cats=['psychosocial'], about=['quinten_rombouts'],
     note='police involvement around a named pupil; question to the DPO')

mail('clb-zelfverwonding-hanne', S('els'), [EXT['clb']],
     'dringend: Hanne Luyten 6LAWI',
     'Ine,\n\nHanne Luyten (6LAWI) kwam vanmiddag bij mij. Ze vertelde dat ze zichzelf al enkele weken snijdt, vooral '
     'sinds de paasexamens, en dat ze het gevoel heeft dat ze het diploma toch niet haalt. Haar mama is verwittigd en '
     'komt haar ophalen.\n\nKan jij morgen een gesprek met haar inplannen? Ze gaf toestemming om jou in te lichten.\n\n'
     'Els\n',
     date=D(4, 28, 15, 12), rules=['sensitive'], cats=['psychosocial', 'care'], about=['hanne_luyten'],
     note='self-harm of a named pupil reported to the CLB, asking for CLB follow-up')

mail('depressie-afwezigheden-senne', S('pieter'), [PAR('senne_vandamme', 1)],
     'Senne - afwezigheden en diploma',
     'Beste mevrouw Van Damme,\n\nDank voor het gesprek van gisteren. Zoals besproken: door de depressie van Senne '
     'sinds januari telt hij intussen 34 halve dagen afwezigheid. De klassenraad wil hem alle '
     'kansen geven om zijn diploma te halen, maar dan moet hij de taken voor geschiedenis en aardrijkskunde tegen '
     '1 juni indienen.\n\nWe spreken elkaar half mei opnieuw.\n\nMet vriendelijke groeten,\nPieter De Smedt\n',
     date=D(4, 25, 9, 10), rules=['sensitive'], cats=['psychosocial'], about=['senne_vandamme'],
     note='depression and absences of a named pupil who might not graduate')

mail('kwetsende-berichten-jaarboekgroep', S('katrien'), [PAR('yana_hendrickx', 1)],
     'Berichten in de jaarboekgroep',
     'Beste mevrouw Hendrickx,\n\nIk moet u helaas melden dat Yana in de WhatsApp-groep van de jaarboekredactie '
     'meermaals kwetsende berichten en een bewerkte foto van een klasgenote heeft gepost. Na overleg met de '
     'directie wordt Yana uit de redactie gezet en volgt er een herstelgesprek met de leerlingbegeleider.\n\n'
     'Ik had dit liever anders gezien, Yana heeft veel werk gestoken in het jaarboek.\n\nMet vriendelijke groeten,\n'
     'Katrien Smolders\n',
     date=D(5, 8, 16, 44), rules=['sensitive'], cats=['psychosocial'], about=['yana_hendrickx'],
     note='named pupil as perpetrator of (cyber)bullying, with a sanction')

letter = ['Reference for Mila Verlinden', '',
          'I have taught Mila English for three years and have been her tutor in Year 6.',
          'Mila is an outstanding linguist. Her results in Year 5 were affected by a period of severe anxiety and '
          'school refusal; she has since recovered remarkably and '
          'her results this year place her in the top 10% of her class.',
          'I recommend her without reservation.', '', 'Hannah Mertens, teacher of English']
mail('reference-mila-verlinden', S('hannah'), [EXT['uk']],
     'Reference - Mila Verlinden (applicant KB-25-30417)',
     'Dear Admissions team,\n\nPlease find attached my reference for Mila Verlinden, applicant KB-25-30417. As '
     'explained in the letter, her Year 5 grades were lower because of a period of severe anxiety; I would ask you to '
     'take this into account.\n\nKind regards,\n\nHannah Mertens\nTeacher of English\nSint-Pieterscollege Heverlee, '
     'Belgium\n',
     atts=[('Reference_Mila_Verlinden.docx', docx(letter))],
     date=D(1, 13, 16, 2), rules=['sensitive'], cats=['psychosocial'], about=['mila_verlinden'], lang='en',
     note='recommendation letter abroad mentions anxiety and school refusal of a named pupil (body and .docx)')

# ---- medical ---------------------------------------------------------------------------------

mail('zwangerschap-amira', S('els'), [S('sarah')],
     'Amira Haddad 6ECMT',
     'Sarah,\n\nAmira Haddad (6ECMT) kwam vandaag met haar mama langs: ze is 20 weken zwanger, uitgerekend eind '
     'augustus. Ze wil absoluut haar diploma halen. Op advies van haar gynaecoloog gaat ze niet mee op eindreis en '
     'doet ze geen LO meer (attest volgt). Voor de examens in juni verwacht ik geen problemen.\n\nZe vraagt uitdrukkelijk '
     'om het niet in de klassenraad te vertellen zolang het niet zichtbaar is.\n\nEls\n',
     date=D(3, 6, 14, 18), rules=['sensitive'], cats=['medical'], about=['amira_haddad'],
     note='pregnancy of a named pupil')

mail('beterschap-knieoperatie-lars', S('wim'), [PAR('lars_segers', 1)],
     'Beterschap Lars',
     'Beste mevrouw Segers,\n\nIk hoorde van het secretariaat dat Lars vorige week aan zijn knie geopereerd werd '
     '(kruisband) en nog minstens drie weken met krukken loopt. Beterschap!\n\nHij mag het examen wiskunde later '
     'afleggen, in de week van 23 juni. Het lokaal op het gelijkvloers is dan vrij.\n\nGroeten,\nWim Jacobs\n',
     date=D(5, 27, 19, 55), rules=['sensitive'], cats=['medical'], about=['lars_segers'],
     note='surgery and injury of a named pupil, to the parent')

allergy = [['Elise Moortgat', 'severe nut allergy - carries an EpiPen'],
           ['Jasper Verhaegen', 'coeliac disease - strictly gluten-free'],
           ['Ine Coppens', 'lactose intolerance'],
           ['Wout Cools', 'vegetarian']]
mail('dietary-list-hostel', S('joris'), [EXT['hostel']],
     'Group Sint-Pieterscollege 31/03 - dietary requirements',
     html=html_render([
         'Dear Sir or Madam,',
         'For our group (booking HZR-7K4Q2P, arrival 31 March) please find the dietary requirements below:',
         ('table', ['Student', 'Requirement'], allergy),
         'Could you confirm that the kitchen can provide this for breakfast and dinner?',
         'Kind regards,\nJoris Maes'], sigkey=None),
     body=text_render(['Dear Sir or Madam,',
                       'For our group (booking HZR-7K4Q2P, arrival 31 March) please find the dietary requirements below:',
                       ('table', ['Student', 'Requirement'], allergy),
                       'Could you confirm that the kitchen can provide this for breakfast and dinner?',
                       'Kind regards,\nJoris Maes']),
     date=D(3, 12, 20, 20), rules=['sensitive'], cats=['medical'], lang='en', fmt=['outlook-table'],
     about=['elise_moortgat', 'jasper_verhaegen', 'ine_coppens', 'wout_cools'],
     note='table with allergies and coeliac disease of named pupils sent to the hostel abroad')

mail('medicatie-begeleiders-eindreis', S('joris'), [S('bram'), S('nadia'), S('dries')],
     'Medicatie eindreis - vertrouwelijk',
     'Collega\'s,\n\nVoor onderweg, het lijstje dat ik van de ouders kreeg:\n\n'
     '- Sien Deprez (6MOWE): ADHD, neemt elke ochtend Rilatine. Ik bewaar de doos, zij komt ze halen aan het '
     'ontbijt.\n- Niels Moens (6WEWI): epilepsie. Noodmedicatie (Buccolam) zit in het voorvak van zijn rugzak; bij '
     'een aanval langer dan 5 minuten toedienen en 112 bellen.\n- Vic Mortier (6MOWE): astma, heeft zijn puffer '
     'altijd bij.\n\nPapier zit ook in de EHBO-map.\n\nJoris\n',
     date=D(3, 29, 11, 0), rules=['sensitive'], cats=['medical', 'care'],
     about=['sien_deprez', 'niels_moens', 'vic_mortier'],
     note='medication, epilepsy and ADHD of named pupils for the trip supervisors')

mail('opname-ziekenhuis-laura', S('sarah'), [PAR('laura_verbist', 1)],
     'Beterschap voor Laura',
     'Beste mevrouw Verbist,\n\nWe hoorden van Laura’s vriendinnen dat ze sinds zondag opgenomen is in AZ Dijleland '
     'na een blindedarmontsteking met complicaties. Namens de klas en de leerkrachten: heel veel beterschap!\n\n'
     'Zodra u weet hoe lang ze nog thuis moet blijven, kunnen we bekijken welke examens ze in juni aflegt en welke '
     'naar augustus gaan. Maakt u zich vooral nu geen zorgen over school.\n\nMet vriendelijke groeten,\n\n'
     'Sarah Claes\nAdjunct-directeur\n',
     charset='windows-1252', cte='quoted-printable', date=D(5, 20, 12, 35), rules=['sensitive'], cats=['medical'],
     about=['laura_verbist'], note='hospital admission of a named pupil; Windows-1252 quoted-printable body')

mail('hersenschudding-les-lo', S('joris'), [PAR('rune_vanroey', 1)],
     'Ongeval in de les LO',
     text_render([
         'Beste mevrouw Van Roey,',
         'Zoals ik telefonisch liet weten, is Rune vanochtend tijdens de les LO hard gevallen bij het basketbal. De '
         'spoedarts stelde een lichte hersenschudding vast. Hij moet enkele dagen rust nemen, zonder schermen. De '
         'aangifte voor de schoolverzekering is gebeurd; het formulier voor de arts zit in zijn boekentas.',
         'Met vriendelijke groeten,'], 'joris', phone=True),
     date=D(2, 20, 13, 17), rules=['sensitive', 'personal_data'], cats=['medical'], about=['rune_vanroey'],
     note='injury (concussion) of a named pupil; school phone number in the signature')

mail('diabetes-receptie-traiteur', S('sarah'), [EXT['traiteur']],
     'Receptie proclamatie - dieetwensen',
     'Beste,\n\nNog een aanvulling voor de receptie van 27 juni: Tuur Schepers, een van onze gediplomeerden, heeft '
     'diabetes type 1. Kunnen jullie aan de bar ook suikervrije frisdrank voorzien en een bord hapjes zonder saus? '
     'Zijn ouders nemen zelf zijn insuline mee.\n\nVerder blijft de bestelling zoals afgesproken (260 personen).\n\n'
     'Met vriendelijke groeten,\nSarah Claes\n',
     date=D(6, 11, 10, 3), rules=['sensitive'], cats=['medical'], about=['tuur_schepers'],
     note='diabetes of a named pupil told to the caterer')

pq = ('Dear Ms Janssens,\n\nOliver has been diagnosed with glandular fever (Pfeiffer) and the GP says he will need '
      'at least two weeks of rest. Please find the doctor\'s note attached. Could the school tell us how his June '
      'exams will be organised?\n\nBest regards,\nRebecca Clarke')
mail('fwd-doktersattest-oliver', S('hilde'), [S('wim')],
     'FW: Oliver Clarke - doctor\'s note',
     'Wim, ter info voor de examenregeling van 6WEWI (Bram is al op de hoogte).\n\nHilde' +
     q_fwd(PAR('oliver_clarke', 1), D(5, 26, 8, 12), 'leerlingensecretariaat@spc.ksleuven.be',
           'Oliver Clarke - doctor\'s note', pq),
     atts=[('doktersattest_Clarke.pdf', pdf(['Medisch attest', 'Ondergetekende, arts, verklaart dat Oliver Clarke',
                                            'wegens ziekte (mononucleosis infectiosa) niet naar school kan',
                                            'van 26/05/2025 tot en met 08/06/2025.'], 'Attest'))],
     date=D(5, 26, 9, 40), rules=['sensitive'], cats=['medical'], about=['oliver_clarke'], lang='en',
     fmt=['forward'], note='forwarded parent mail (English) with a diagnosis and a medical certificate')

# ---- care ------------------------------------------------------------------------------------

maat = [['Fleur Stevens', '6HUWE', 'dyslexie', 'extra tijd (1/3), voorleessoftware, examen in B.010'],
        ['Lukas Boeckx', '6ECWI', 'dyscalculie', 'rekenmachine en formularium bij alle vakken'],
        ['Robbe Vranckx', '6ECMT', 'ASS', 'aparte ruimte, vaste plaats, planning op papier vooraf'],
        ['Sien Deprez', '6MOWE', 'ADHD', 'korte pauze na elk uur, examen vooraan']]
mail('examenmaatregelen-juni', S('ann'), [S('wim'), S('geert'), S('hannah')],
     'Redelijke aanpassingen examens juni - zesdes',
     html=html_render([
         'Beste collega\'s,',
         'Zoals elk jaar het overzicht van de leerlingen met een attest en de afgesproken maatregelen voor de examens:',
         ('table', ['Leerling', 'Klas', 'Attest', 'Maatregel'], maat),
         'Vragen? Ik zit op dinsdag en donderdag in het zorglokaal.',
         'Ann'], sigkey='ann'),
     body=text_render(['Beste collega\'s,',
                       'Zoals elk jaar het overzicht van de leerlingen met een attest en de afgesproken maatregelen voor de examens:',
                       ('table', ['Leerling', 'Klas', 'Attest', 'Maatregel'], maat),
                       'Vragen? Ik zit op dinsdag en donderdag in het zorglokaal.', 'Ann'], 'ann'),
     date=D(5, 30, 12, 5), rules=['sensitive'], cats=['care'], fmt=['outlook-table'],
     about=['fleur_stevens', 'lukas_boeckx', 'robbe_vranckx', 'sien_deprez'],
     note='table of learning disorders and reasonable adjustments of named pupils')

mail('clb-overdracht-robbe', S('ann'), [EXT['clb']],
     'Overdracht hoger onderwijs - Robbe Vranckx',
     'Dag Ine,\n\nRobbe Vranckx (6ECMT, ASS-diagnose sinds het lager) wil volgend jaar informatica studeren. Hij en '
     'zijn mama vragen of jullie het gemotiveerd verslag kunnen actualiseren, zodat hij bij de hogeschool meteen '
     'zijn faciliteiten kan aanvragen (aparte examenruimte, vaste contactpersoon).\n\nDe maatregelen die hier goed '
     'werkten, zet ik in het overdrachtsdocument in het LVS.\n\nGroeten,\nAnn\n',
     date=D(5, 15, 11, 40), rules=['sensitive'], cats=['care'], about=['robbe_vranckx'],
     note='autism diagnosis and CLB report for a named pupil')

brief = ['Aanbevelingsbrief - Kobe Leysen', '',
         'Kobe volgde bij ons de richting Wetenschappen-Wiskunde. Hij heeft ADHD en werkte de voorbije jaren met een '
         'handelingsplan (extra structuur, examens in een prikkelarme ruimte).',
         'Binnen dat kader behaalde hij uitstekende resultaten in fysica en wiskunde.', '',
         'Pieter De Smedt, graadcoördinator']
mail('aanbevelingsbrief-kobe-hogeschool', S('pieter'), [EXT['hogeschool']],
     'Aanbevelingsbrief Kobe Leysen',
     'Beste,\n\nOp vraag van Kobe Leysen stuur ik u in bijlage zijn aanbevelingsbrief voor de toelatingsprocedure '
     'luchtvaarttechnologie. Zoals u zal lezen, kreeg hij bij ons ondersteuning voor zijn ADHD.\n\n'
     'Met vriendelijke groeten,\n\n' + sig('pieter'),
     atts=[('Aanbevelingsbrief_Kobe_Leysen.pdf', pdf(brief, 'Aanbevelingsbrief'))],
     date=D(2, 28, 15, 30), rules=['sensitive'], cats=['care'], about=['kobe_leysen'],
     note='recommendation letter names ADHD and a care plan of a named pupil')

mail('handelingsplan-lukas-verlengd', S('ann'), [PAR('lukas_boeckx', 1)],
     'Handelingsplan Lukas',
     'Beste mevrouw Boeckx,\n\nDe klassenraad heeft beslist om het handelingsplan van Lukas voor zijn dyscalculie te '
     'verlengen tot het einde van het schooljaar. Concreet blijft hij bij alle examens een rekenmachine en een '
     'formularium gebruiken, ook bij economie.\n\nWilt u dit met Lukas bespreken en het plan ondertekend terugbezorgen '
     'via zijn titularis?\n\nMet vriendelijke groeten,\nAnn Verbruggen\nZorgcoördinator\n',
     date=D(2, 6, 16, 22), rules=['sensitive'], cats=['care'], about=['lukas_boeckx'],
     note='care plan for dyscalculia of a named pupil, to the parent')

mail('therapie-dinsdag-jade', S('ann'), [PAR('jade_nowak', 1)],
     'Therapie op dinsdag',
     'Beste mevrouw Nowak,\n\nIk bevestig dat Jade ook in het derde trimester op dinsdag het zevende lesuur mag missen '
     'voor haar therapie bij het revalidatiecentrum voor haar dysorthografie. Ze moet de leerstof van dat uur zelf '
     'bijwerken; mevrouw Smolders bezorgt haar de notities.\n\nMet vriendelijke groeten,\nAnn Verbruggen\n',
     date=D(4, 23, 10, 18), rules=['sensitive'], cats=['care'], about=['jade_nowak'],
     note='therapy for a learning disorder of a named pupil')

vs = ['Verslag voor de dienst studentenvoorzieningen', '',
      'Leerling: Jef Van Hoof, 6ECMT', 'Diagnose: dyspraxie (2019), motorische planningsproblemen',
      'Ondersteuning in het secundair: laptop met spraak- en schrijfsoftware, extra tijd bij schriftelijke examens, '
      'geen aftrek voor vormgeving.', 'Advies: dezelfde faciliteiten in het eerste bachelorjaar.']
mail('verslag-studentenvoorzieningen-jef', S('ann'), [EXT['hs_zorg']],
     'Aanvraag faciliteiten - Jef Van Hoof',
     'Beste,\n\nMet toestemming van Jef Van Hoof (meerderjarig) stuur ik u het verslag voor zijn aanvraag van '
     'faciliteiten vanaf september. De diagnose en de maatregelen vindt u in de bijlage.\n\nMet vriendelijke groeten,\n'
     'Ann Verbruggen\nZorgcoördinator Sint-Pieterscollege Heverlee\n',
     atts=[('Verslag_voorzieningen_JefVanHoof.docx', docx(vs))],
     date=D(6, 4, 9, 2), rules=['sensitive'], cats=['care'], about=['jef_vanhoof'],
     note='.docx special-needs report (dyspraxia) of a named pupil sent to a university college')

pq = ('Geachte mevrouw Claes,\n\nWout kijkt enorm uit naar de proclamatie, maar hij kan moeilijk tegen lawaai en '
      'drukte. Is er een mogelijkheid dat hij wat aan de kant zit?\n\nVriendelijke groeten,\nSofie Nijs')
mail('re-autisme-plaats-proclamatie', S('sarah'), [PAR('wout_cools', 1)],
     'RE: proclamatie Wout',
     'Beste mevrouw Nijs,\n\nNatuurlijk. Omdat Wout met zijn autisme moeilijk tegen drukte en applaus kan, krijgt hij '
     'een plaats aan het einde van de eerste rij, vlak bij de zijdeur. Hij mag als eerste van zijn klas zijn '
     'diploma halen en daarna even buiten. Ik laat het ook aan zijn titularis weten.\n\nMet vriendelijke groeten,\n'
     'Sarah Claes' + q_outlook(PAR('wout_cools', 1), D(6, 12, 20, 2), 'Sarah Claes <sarah.claes@sintpieterscollege.be>',
                               'proclamatie Wout', pq),
     date=D(6, 13, 8, 15), rules=['sensitive'], cats=['care'], about=['wout_cools'], fmt=['reply'],
     note='autism of a named pupil and an adjustment for the ceremony')

# ---- financial -------------------------------------------------------------------------------

OGM_DYLAN = ogm('1250429933')
mail('herinnering-saldo-eindreis-dylan', S('marc'), [PAR('dylan_mbuyi', 1)],
     'Tweede herinnering: saldo eindreis',
     'Beste mevrouw Mbuyi,\n\nVolgens onze boekhouding staat voor de eindreis van Dylan nog € 420 open. Dit is een '
     'tweede herinnering. Gelieve het bedrag te storten op rekening %s met mededeling %s, of contact op te nemen '
     'als u liever in schijven betaalt.\n\nMet vriendelijke groeten,\nMarc Goossens\nBoekhouding\n' % (SCHOOL_IBAN, OGM_DYLAN),
     date=D(3, 7, 10, 12), rules=['sensitive', 'personal_data'], cats=['financial'], about=['dylan_mbuyi'],
     note='unpaid trip bill of a named pupil; school IBAN in the body')

mail('afbetalingsplan-hamza', S('marc'), [PAR('hamza_ahmadi', 1)],
     'Afbetalingsplan eindreis Hamza',
     html=html_render([
         'Beste meneer Ahmadi,',
         'Zoals afgesproken met mevrouw Wouters kan u de eindreis van Hamza in vier schijven betalen:',
         ('table', ['Schijf', 'Bedrag', 'Uiterlijk'], [['1', '€ 105', '15 februari'], ['2', '€ 105', '15 maart'],
                                                     ['3', '€ 105', '15 april'], ['4', '€ 105', '15 mei']]),
         'U hoeft geen extra kosten te betalen. Laat het gerust weten als een schijf niet lukt.',
         'Met vriendelijke groeten,\nMarc Goossens'], sigkey=None),
     body=text_render(['Beste meneer Ahmadi,',
                       'Zoals afgesproken met mevrouw Wouters kan u de eindreis van Hamza in vier schijven betalen:',
                       ('table', ['Schijf', 'Bedrag', 'Uiterlijk'], [['1', '€ 105', '15 februari'], ['2', '€ 105', '15 maart'],
                                                                   ['3', '€ 105', '15 april'], ['4', '€ 105', '15 mei']]),
                       'U hoeft geen extra kosten te betalen. Laat het gerust weten als een schijf niet lukt.',
                       'Met vriendelijke groeten,\nMarc Goossens']),
     date=D(1, 31, 14, 50), rules=['sensitive'], cats=['financial'], about=['hamza_ahmadi'],
     note='payment plan for a named pupil')

mail('sociaal-huis-factuur-sofiia', S('els'), [EXT['sociaal']],
     'Factuur eindreis en jaarboek - Sofiia Shevchenko',
     'Dag Evi,\n\nZoals afgesproken in januari neemt het Sociaal Huis de kosten van de eindreis (€ 595) en het '
     'jaarboek (€ 25) van Sofiia Shevchenko (6ECWI) ten laste. Mama ontvangt een leefloon en kan dit niet '
     'voorschieten. Mag ik de factuur rechtstreeks naar jou sturen, met vermelding van het dossiernummer?\n\n'
     'Groeten,\nEls Wouters\nLeerlingbegeleiding Sint-Pieterscollege\n',
     date=D(2, 11, 11, 11), rules=['sensitive'], cats=['financial'], about=['sofiia_shevchenko'],
     note='social assistance paying the trip of a named pupil')

mail('studietoelage-ayoub-rijksregisternummer', S('hilde'), [PAR('ayoub_bakkali', 1)],
     'Aanvraag studietoelage Ayoub',
     'Beste meneer Bakkali,\n\nZoals gevraagd hebben we u geholpen met de aanvraag van de studietoelage voor Ayoub. '
     'We vulden zijn rijksregisternummer in (%s) en het attest van inschrijving. Uit de berekening blijkt dat u recht '
     'hebt op de maximale toelage; u ontvangt de beslissing binnen enkele weken.\n\nMet vriendelijke groeten,\n'
     'Hilde Janssens\nLeerlingensecretariaat\n' % RRN_AYOUB,
     date=D(1, 20, 15, 3), rules=['sensitive', 'personal_data'], cats=['financial'], about=['ayoub_bakkali'],
     note='study allowance of a named pupil and his national register number (valid checksum)')

pay = [['Dylan Mbuyi', '6ECMT', '€ 175', '€ 420', '2de herinnering verstuurd'],
       ['Hamza Ahmadi', '6ECMT', '€ 210', '€ 210', 'afbetalingsplan (4 x € 105)'],
       ['Sofiia Shevchenko', '6ECWI', '€ 0', '€ 595', 'ten laste Sociaal Huis'],
       ['Stan Geerts', '6MOWE', '€ 595', '€ 0', ''],
       ['Vic Mortier', '6MOWE', '€ 595', '€ 0', ''],
       ['Ayoub Bakkali', '6ECWI', '€ 300', '€ 295', 'verrekenen met studietoelage']]
mail('betalingsoverzicht-eindreis', S('marc'), [S('joris')],
     'Stand betalingen eindreis',
     html=html_render([
         'Joris,',
         'Hieronder de stand van de betalingen voor de leerlingen waarover je vroeg:',
         ('table', ['Leerling', 'Klas', 'Betaald', 'Open', 'Opmerking'], pay),
         'De rest van de groep is volledig in orde.',
         'Marc'], sigkey='marc'),
     body=text_render(['Joris,', 'Hieronder de stand van de betalingen voor de leerlingen waarover je vroeg:',
                       ('table', ['Leerling', 'Klas', 'Betaald', 'Open', 'Opmerking'], pay),
                       'De rest van de groep is volledig in orde.', 'Marc'], 'marc'),
     date=D(3, 11, 16, 5), rules=['sensitive'], cats=['financial'], fmt=['outlook-table'],
     about=['dylan_mbuyi', 'hamza_ahmadi', 'sofiia_shevchenko', 'stan_geerts', 'vic_mortier', 'ayoub_bakkali'],
     note='payment overview of the trip: unpaid amounts, payment plan, social assistance, study allowance')

mail('beurs-buitenland-aya', S('pieter'), [PUP('aya_kabongo')],
     'je aanvraag voor de beurs',
     'Dag Aya,\n\nGoed nieuws: omdat je mama een leefloon ontvangt, kom je in aanmerking voor de verhoogde '
     'mobiliteitsbeurs als je je eerste jaar in Maastricht doet. Breng volgende week het attest van het OCMW mee, dan '
     'vullen we samen het formulier in.\n\nMeneer De Smedt\n',
     date=D(2, 18, 12, 58), rules=['sensitive'], cats=['financial'], about=['aya_kabongo'],
     note='grant linked to the social benefit of the family of a named pupil')


# ============================================================================================
# 4. personal mails about one pupil, correctly addressed, nothing sensitive
# ============================================================================================
SECTION[0] = 'personal'

THREAD_ARTHUR = '<CAH7Q2ELLEN0413STEVENS1@mail.gmail.com>'
mail('gesprek-verplaatst-arthur', S('els'), [PAR('arthur_michiels', 1)],
     'Studiekeuzegesprek Arthur verplaatst',
     'Beste mevrouw Stevens,\n\nHelaas moet ik ons gesprek over de studiekeuze van Arthur van dinsdag verplaatsen: er '
     'is die avond een klassenraad. Past donderdag 8 mei om 16 uur ook? Arthur mag uiteraard mee komen.\n\n'
     'Met vriendelijke groeten,\nEls Wouters\n',
     date=D(5, 2, 11, 25), about=['arthur_michiels'],
     note='moved appointment, correctly addressed to the mother (address does not spell the pupil surname)')

mail('boek-mediatheek-salma', S('lien'), [PUP('salma_chaouki')],
     'Het verdriet van België',
     'Dag Salma,\n\nHeb jij toevallig nog het exemplaar van "Het verdriet van België" uit de klasbib? Volgens de lijst '
     'heb jij het in maart meegenomen voor je boekbespreking. Mag je het maandag terugbrengen? Een klasgenote wacht erop.\n\n'
     'Mevr. De Wilde\n',
     date=D(5, 16, 13, 2), about=['salma_chaouki'],
     note='question about a borrowed book')

mail('lof-wiskunde-jasper', S('geert'), [PAR('jasper_verhaegen', 1)],
     'Jasper - mooie vooruitgang',
     'Beste mevrouw Verhaegen,\n\nIk wou u even laten weten dat Jasper de voorbije maanden een enorme sprong heeft '
     'gemaakt in wiskunde: van 58% in december naar 81% op de laatste toets over integralen. Hij stelt betere vragen '
     'en werkt zijn oefeningen consequent af. Proficiat aan hem!\n\nMet vriendelijke groeten,\nGeert Lemmens\n',
     date=D(4, 3, 17, 45), about=['jasper_verhaegen'],
     note='praise for progress, no sensitive fact')

mail('jas-vergeten-infoavond', S('hilde'), [PAR('margot_declercq', 1)],
     'Jas vergeten na de infoavond',
     'Beste mevrouw De Clercq,\n\nNa de infoavond van donderdag bleef er een blauwe winterjas achter in de refter met '
     'een bibkaart op naam van Margot in de zak. Ze mag hem ophalen op het leerlingensecretariaat.\n\n'
     'Met vriendelijke groeten,\nHilde Janssens\n',
     date=D(1, 31, 9, 10), about=['margot_declercq'],
     note='lost jacket')

mail('proficiat-rapport-jef', S('wim'), [PUP('jef_vanhoof')],
     'proficiat!',
     'Jef,\n\nIk heb je rapport van de paasexamens gezien: geen enkel tekort en 77% voor wiskunde. Dat is het '
     'resultaat van hard werken. Zo doorgaan tot juni!\n\nMeneer Jacobs\n',
     date=D(4, 18, 10, 0), about=['jef_vanhoof'],
     note='congratulations on a good report')

mail('identiteitskaart-vervalt-stan', S('joris'), [PAR('stan_geerts', 2)],
     'Identiteitskaart Stan - eindreis',
     'Beste meneer Geerts,\n\nBij het nakijken van de deelnemerslijst voor Barcelona zag ik dat de identiteitskaart '
     'van Stan vervalt op 20 maart, vóór de reis. Kan u bij de stad tijdig een nieuwe aanvragen (of een '
     'spoedprocedure)? Zonder geldige kaart kan hij niet mee op het vliegtuig.\n\nGroeten,\nJoris Maes\n',
     date=D(2, 14, 12, 55), about=['stan_geerts'],
     note='practical trip detail for one pupil; not sensitive')

mail('reference-yes-oliver', S('hannah'), [PUP('oliver_clarke')],
     'Re: reference Kingsbridge',
     'Hi Oliver,\n\nOf course, I\'d be happy to write your reference for Kingsbridge. Could you send me your personal '
     'statement and the list of courses you applied for by Friday? Then I\'ll have it ready well before the 29 January '
     'deadline.\n\nBest,\nMs Mertens\n',
     date=D(1, 6, 15, 12), about=['oliver_clarke'], lang='en', fmt=['reply'],
     note='agreeing to write a recommendation letter')

mail('tekorten-kerstexamens-louis', S('pieter'), [PAR('louis_dumont', 1)],
     'Resultaten Louis na de kerstexamens',
     'Beste mevrouw Dumont,\n\nNa de klassenraad van december wil ik u laten weten dat Louis tekorten heeft voor '
     'wiskunde (38%) en fysica (42%). Als die resultaten in juni niet verbeteren, riskeert hij zijn diploma niet te '
     'behalen. We bieden hem remediëring aan op woensdagnamiddag en stellen voor dat hij zijn planning met zijn '
     'titularis opvolgt.\n\nMet vriendelijke groeten,\nPieter De Smedt\nGraadcoördinator\n',
     date=D(1, 8, 16, 30), about=['louis_dumont'], charset='windows-1252', cte='quoted-printable',
     note='a pupil who might not graduate, grades only: no sensitive category')

mail('jaarboek-zonder-foto-fleur', S('katrien'), [PUP('fleur_stevens')],
     'jaarboek: je foto',
     'Dag Fleur,\n\nJe gaf op het toestemmingsformulier aan dat je foto niet in het jaarboek mag. Geen probleem: op je '
     'pagina komt enkel je naam met je quote. Als je van gedacht verandert, laat het me weten vóór 15 mei.\n\n'
     'Mevr. Smolders\n',
     date=D(4, 29, 12, 10), about=['fleur_stevens'],
     note='photo consent choice of one pupil')

mail('speech-proclamatie-emma', S('sarah'), [PUP('emma_devos')],
     'Speech op de proclamatie?',
     'Dag Emma,\n\nJe titularis stelde jou voor om op de proclamatie een korte speech te geven namens de zesdes, samen '
     'met een leerling uit 6LAWI. Zie je dat zitten? Het gaat om een drietal minuten. Kom gerust even langs op mijn '
     'bureau.\n\nMevr. Claes\n',
     date=D(5, 28, 13, 13), about=['emma_devos'],
     note='invitation to give the ceremony speech')

mail('diploma-ophalen-volmacht-bent', S('hilde'), [PAR('bent_willems', 1)],
     'Re: diploma ophalen',
     'Beste mevrouw Willems,\n\nGeen probleem: Bent\'s grootmoeder mag het diploma op 30 juni ophalen als ze een '
     'volmacht bij heeft, ondertekend door Bent, en haar eigen identiteitskaart. Het sjabloon van de volmacht staat op '
     'de website.\n\nMet vriendelijke groeten,\nHilde Janssens\n',
     date=D(6, 16, 10, 40), about=['bent_willems'], fmt=['reply'],
     note='diploma pick-up by proxy, no reason given, nothing sensitive')

mail('maastricht-motivatiebrief-zita', S('pieter'), [PUP('zita_luyckx')],
     'aanvraag Maastricht',
     'Dag Zita,\n\nVoor je aanvraag bij de universiteit in Maastricht ontbreekt nog je motivatiebrief en het '
     'formulier met de vakken van het vijfde jaar. Het formulier onderteken ik zodra je het in mijn bakje legt. '
     'Deadline is 1 april.\n\nMeneer De Smedt\n',
     date=D(3, 20, 9, 12), about=['zita_luyckx'],
     note='study abroad application, missing documents')

mail('progres-francais-louis', S('veronique'), [PAR('louis_dumont', 2)],
     'Louis - expression orale',
     'Monsieur Dumont,\n\nJe voulais simplement vous dire que Louis a fait de très beaux progrès à l\'oral ce '
     'trimestre. Sa présentation sur l\'engagement des jeunes était structurée et pleine d\'humour. Bravo à lui !\n\n'
     'Bien cordialement,\nVéronique Dubois\n',
     date=D(3, 26, 19, 5), about=['louis_dumont'], lang='fr',
     note='French praise to a father')

mail('speaking-exam-moved-zoe', S('hannah'), [PAR('zoe_harris', 1)],
     'Zoe - speaking exam moved',
     'Dear Mr Harris,\n\nJust to let you know that Zoe\'s speaking exam for English has been moved to Tuesday 10 June '
     'at 10:20 in room B.112, because of the teachers\' meeting on Monday. Zoe knows already.\n\nKind regards,\n'
     'Hannah Mertens\n',
     date=D(6, 2, 8, 30), about=['zoe_harris'], lang='en',
     note='moved exam, correctly addressed (compare the misdirected one to Harrison)')

pq = ('Beste meneer De Smedt,\n\nWaar gaat de infoavond van de Hogeschool Dijleland door en mag Vic gewoon mee?\n\n'
      'Dries Mortier')
mail('re-infoavond-hogeschool-vic', S('pieter'), [PAR('vic_mortier', 2)],
     'RE: infoavond hogeschool',
     'Beste meneer Mortier,\n\nDe infoavond is op woensdag 19 maart om 19 uur op de campus in Heverlee, aula 1. Vic is '
     'meer dan welkom, de avond is net voor leerlingen en hun ouders. Inschrijven is niet nodig.\n\n'
     'Met vriendelijke groeten,\nPieter De Smedt' +
     q_outlook(PAR('vic_mortier', 2), D(3, 12, 21, 3), 'Pieter De Smedt <pieter.desmedt@sintpieterscollege.be>',
               'infoavond hogeschool', pq),
     date=D(3, 13, 8, 2), about=['vic_mortier'], fmt=['reply'],
     note='reply to a father about an information evening')

mail('alumnilijst-elise', S('koen'), [PUP('elise_moortgat')],
     'Alumnilijst Sint-Pieterscollege',
     'Dag Elise,\n\nJe gaf toestemming om na je diploma op de alumnilijst van de school te staan. Omdat je '
     'leerlingenaccount in september verdwijnt, vragen we je om via het formulier op de website het e-mailadres '
     'door te geven waarop we je mogen uitnodigen.\n\nHartelijke groet,\nKoen Vanderlinden\nDirecteur\n',
     date=D(6, 5, 14, 0), about=['elise_moortgat'],
     note='alumni list consent follow-up')

mail('bespreking-interessetest-ine', S('els'), [PUP('ine_coppens')],
     'resultaten interessetest',
     'Dag Ine,\n\nJe resultaten van de StudieKompas-interessetest zijn binnen. Zullen we ze samen bekijken op maandag '
     'tijdens het derde lesuur, in mijn bureau (A.018)? Neem gerust je lijstje met opleidingen mee.\n\nMevr. Wouters\n',
     date=D(2, 21, 12, 22), about=['ine_coppens'],
     note='appointment to discuss a study-choice test')

mail('wiskunde-olympiade-kacper', S('geert'), [PAR('kacper_kowalski', 1)],
     'Kacper door naar de finale',
     'Beste mevrouw Kowalska,\n\nKacper heeft de tweede ronde van de Vlaamse Wiskunde Olympiade glansrijk doorstaan en '
     'mag naar de finale op 23 april. Proficiat! Hij krijgt die dag vrijstelling van de lessen; ik rij zelf mee.\n\n'
     'Met vriendelijke groeten,\nGeert Lemmens\n',
     date=D(3, 18, 15, 5), about=['kacper_kowalski'],
     note='good news about a competition; parent address uses the female form of the surname')

mail('kamerindeling-laura', S('joris'), [PAR('laura_verbist', 2)],
     'Re: kamer Laura',
     'Beste meneer Verbist,\n\nLaura zit op kamer 12 met drie klasgenotes uit 6MOWE. Haar vraag om bij haar vriendin '
     'uit 6ECWI te slapen heb ik genoteerd; als er iemand wil wisselen, pas ik het aan. Ik laat het weten vóór de '
     'krokusvakantie.\n\nGroeten,\nJoris Maes\n',
     date=D(2, 19, 20, 10), about=['laura_verbist'], fmt=['reply'],
     note='room allocation for the trip')

mail('bedankt-hulp-eindejaarsfeest', S('sarah'), [PAR('emma_vermeulen', 1)],
     'Bedankt!',
     'Beste mevrouw Vermeulen,\n\nNog eens hartelijk bedankt om samen met Emma achter de bar te staan op het '
     'eindejaarsfeest. Dankzij de opbrengst kunnen we de receptie na de proclamatie helemaal gratis aanbieden.\n\n'
     'Met vriendelijke groeten,\nSarah Claes\n',
     date=D(5, 19, 9, 55), about=['emma_vermeulen'],
     note='thanks to a parent, correctly addressed (compare the misdirected Vermeersch mail)')

# ============================================================================================
# 5. misdirected mails (address belongs to the parents of another pupil)
# ============================================================================================
SECTION[0] = 'misdirected'

mail('migraine-lotte-verkeerde-peeters', S('katrien'), [PAR('jonas_peeters', 1)],
     'Afwezigheid Lotte',
     'Beste meneer Peeters,\n\nLotte Peeters was deze week opnieuw twee dagen afwezig door haar migraine. Ze vertelde '
     'me dat de neuroloog haar nieuwe medicatie heeft voorgeschreven die haar erg moe maakt. Mag ik vragen om een '
     'medisch attest te bezorgen voor de gemiste toets Nederlands? Dan plan ik een inhaalmoment.\n\n'
     'Met vriendelijke groeten,\nKatrien Smolders\nklastitularis 6HUWE\n',
     date=D(2, 13, 17, 12), rules=['sensitive', 'recipient'], cats=['medical'], about=['lotte_peeters'], mis=True,
     note='two Peeters families: mail about Lotte (6HUWE) went to the father of Jonas Peeters (4WET)')

mail('saldo-eindreis-emma-naar-vermeersch', S('marc'), [PAR('jens_vermeersch', 1)],
     'Saldo eindreis Emma',
     'Beste mevrouw Vermeulen,\n\nVoor de eindreis van Emma staat nog € 300 open. We begrijpen dat het moeilijk is om '
     'het volledige bedrag in één keer te betalen. Zoals voorgesteld kan het in drie schijven van € 100; laat u weten '
     'of dat past?\n\nMet vriendelijke groeten,\nMarc Goossens\nBoekhouding\n',
     date=D(2, 27, 11, 40), rules=['sensitive', 'recipient'], cats=['financial'], about=['emma_vermeulen'], mis=True,
     note='autocomplete picked sofie.vermeersch (mother of Jens) instead of sofie.vermeulen; unpaid bill and payment plan')

pq = 'Beste meneer Verhoeven,\n\nOnze zoon is morgen afwezig, hij gaat naar de infodag van de hogeschool.\n\nEllen Stevens'
mail('re-infodag-verkeerde-thread-kato', S('bram'), [PAR('arthur_michiels', 1)],
     'RE: infodag',
     'Beste mevrouw Lenaerts,\n\nKato kan de gemiste toets fysica van 6WEWI inhalen op woensdag 12 maart om 10u10 in lokaal '
     'B.301. Ze mag haar formularium gebruiken.\n\nMet vriendelijke groeten,\nBram Verhoeven' +
     q_outlook(PAR('arthur_michiels', 1), D(3, 5, 19, 40), 'Bram Verhoeven <bram.verhoeven@sintpieterscollege.be>',
               'infodag', pq),
     date=D(3, 6, 7, 50), rules=['recipient'], about=['kato_lenaerts'], mis=True, fmt=['reply'],
     reply_to='<CAH5ELLENSTEVENS0305INFODAG@mail.gmail.com>',
     note='reply in the wrong thread: text about Kato Lenaerts sent to the mother of Arthur Michiels')

mail('tickets-nina-naar-stiefvader', S('joris'), [PAR('finn_leemans', 2)],
     'Proclamatie Nina - tickets',
     'Beste ouders van Nina,\n\nNina heeft nog geen tickets voor de proclamatie van 27 juni aangevraagd. Elke '
     'leerling krijgt vier gratis plaatsen; extra plaatsen kosten € 5. Kunnen jullie het formulier vóór 13 juni '
     'invullen?\n\nGroeten,\nJoris Maes\nklastitularis 6MOWE\n',
     date=D(6, 6, 18, 2), rules=['recipient'], about=['nina_wuyts'], mis=True,
     note='half-sibling mix-up: mail about Nina Wuyts went to the father of her half-brother Finn Leemans, not her parent')

mail('dyscalculie-ilias-naar-oom', S('ann'), [PAR('sara_benali', 1)],
     'Examenmaatregelen Ilias',
     'Beste meneer Benali,\n\nVoor de examens van juni krijgt Ilias opnieuw de maatregelen voor zijn dyscalculie: '
     'rekenmachine, formularium en extra tijd bij wiskunde en economie. Wil u het aangepaste handelingsplan '
     'ondertekenen?\n\nMet vriendelijke groeten,\nAnn Verbruggen\nZorgcoördinator\n',
     date=D(5, 23, 13, 30), rules=['sensitive', 'recipient'], cats=['care'], about=['ilias_benali'], mis=True,
     note='cousins with the same surname: care info about Ilias Benali went to the father of Sara Benali (5ECWI)')

mail('aanbevelingsformulier-emma-smets-verkeerde-emma', S('nadia'), [PAR('emma_devos', 1)],
     'Formulier aanbevelingsbrief Emma Smets (6ECWI)',
     'Beste mama van Emma,\n\nHet formulier voor de aanbevelingsbrief van Emma (6ECWI) ontbreekt nog. Kan ze het '
     'morgen meebrengen? Anders haal ik de deadline van de hogeschool niet.\n\nGroeten,\nNadia El Idrissi\n'
     'klastitularis 6ECWI\n',
     date=D(2, 25, 20, 20), rules=['recipient'], about=['emma_smets'], mis=True,
     note='shared first name: mail about Emma Smets (6ECWI) sent to the mother of Emma De Vos (6WEWI)')

mail('vapes-tibo-naar-vandenberghe', S('sarah'), [PAR('lore_vandenberghe', 1)],
     'Tuchtgesprek Tibo',
     'Beste mevrouw Van den Broeck,\n\nTibo werd gisteren op de speelplaats betrapt op het verkopen van vapes aan '
     'leerlingen van het eerste jaar. We nodigen u en Tibo uit voor een tuchtgesprek op maandag 19 mei om 16 uur. '
     'Tot dan blijft hij tijdens de pauzes in de studiezaal.\n\nMet vriendelijke groeten,\nSarah Claes\n'
     'Adjunct-directeur\n',
     date=D(5, 14, 15, 55), rules=['sensitive', 'recipient'], cats=['psychosocial'], about=['tibo_vandenbroeck'],
     mis=True, note='autocomplete an.vandenberghe (mother of Lore) instead of an.vandenbroeck; behaviour incident')

mail('speech-seppe-naar-andere-janssens', S('lien'), [PAR('lowie_janssens', 1)],
     'Seppe op de proclamatie',
     'Beste mevrouw Janssens,\n\nGoed nieuws: Seppe Janssens werd door zijn klasgenoten gekozen om op de proclamatie '
     'het woord te voeren namens 6LAWI. We oefenen de speech op 24 juni na de examens. Hij mag die dag iets later naar '
     'huis.\n\nVriendelijke groeten,\nLien De Wilde\n',
     date=D(6, 4, 16, 30), rules=['recipient'], about=['seppe_janssens'], mis=True,
     note='two Janssens families: mail about Seppe (6LAWI) went to the mother of Lowie Janssens (2A)')

mail('rouw-marie-verkeerde-rij', S('katrien'), [PAR('ella_verbeke', 1)],
     'Marie',
     'Beste meneer Goris,\n\nMarie vertelde me vandaag hoe zwaar het voor haar is, nu haar mama een jaar geleden '
     'overleden is en ze met u alleen de verhuis moet regelen. Ze mag altijd bij mij of bij mevrouw Wouters '
     'terecht. Voor de paper Nederlands krijgt ze een week uitstel.\n\nHartelijke groet,\nKatrien Smolders\n',
     date=D(3, 24, 17, 5), rules=['sensitive', 'recipient'], cats=['family'], about=['marie_goris'], mis=True,
     note='address copied from the wrong row of the class list: death of the mother of Marie Goris, sent to Ella Verbeke\'s mother')

mail('infosessie-yasmina-naar-andere-elamrani', S('wim'), [PAR('yassin_elamrani', 1)],
     'Infosessie Yasmina',
     'Beste meneer El Amrani,\n\nYasmina was gisteren niet aanwezig op de verplichte infosessie over de inschrijvingen '
     'in het hoger onderwijs. De presentatie staat op Smartschool; wil u haar vragen om ze door te nemen?\n\n'
     'Groeten,\nWim Jacobs\nklastitularis 6ECMT\n',
     date=D(3, 20, 12, 45), rules=['recipient'], about=['yasmina_elamrani'], mis=True,
     note='autocomplete m.elamrani@hotmail.com (father of Yassin, 3LAT) instead of mohamed.elamrani@gmail.com')

mail('kinderfoto-lars-vos-naar-devos', S('katrien'), [PAR('lars_devos', 2)],
     'Kinderfoto jaarboek Lars Vos',
     'Beste ouders,\n\nVoor het jaarboek ontbreekt nog de kinderfoto van Lars Vos (6ECMT). Mogen we die vóór vrijdag '
     'ontvangen (als bijlage, liefst een scan)?\n\nMet vriendelijke groeten,\nKatrien Smolders\nJaarboekredactie\n',
     date=D(4, 14, 14, 14), rules=['recipient'], about=['lars_vos'], mis=True,
     note='typed "vos": autocomplete picked filip.devos (parent of Emma and Lars De Vos), none of Lars Vos\'s parents')

mail('reference-zoe-to-harrison', S('hannah'), [PAR('chloe_harrison', 1)],
     'Zoe - reference uploaded',
     'Dear Mr Harris,\n\nZoe\'s reference for Edinburgh has been uploaded today, so her application is complete. '
     'Fingers crossed for her offer!\n\nKind regards,\nHannah Mertens\n',
     date=D(1, 24, 16, 20), rules=['recipient'], about=['zoe_harris'], mis=True, lang='en',
     note='mail about Zoe Harris sent to the father of Chloe Harrison (autocomplete)')


# ============================================================================================
# 6. general letters to all parents / pupils / staff (must pass)
# ============================================================================================
SECTION[0] = 'general'


def parents_of(*classes):
    out = []
    for p in ROSTER:
        if p['klas'] in classes:
            for a in (p['p1'], p['p2']):
                if a:
                    a = utils.parseaddr(a)[1]
                    if a not in out:
                        out.append(a)
    return out


proc = ['Beste ouders,',
        'Met trots nodigen we u uit op de proclamatie van onze zesdejaars op vrijdag 27 juni om 19 uur in de sporthal '
        'van de school. Na de uitreiking van de diploma\'s volgt een receptie op de speelplaats.',
        ('table', ['Wat', 'Wanneer'], [['Zaal open', '18u30'], ['Start proclamatie', '19u00'],
                                       ['Receptie', 'vanaf 21u00']]),
        'Elke leerling kan via het formulier op Smartschool vier gratis plaatsen reserveren, uiterlijk op 13 juni. U '
        'ontvangt daarna een bevestiging met uw plaatsen.',
        'Met vriendelijke groeten,\nKoen Vanderlinden, directeur\nen het team van de derde graad']
mail('uitnodiging-proclamatie-ouders', GEN['directie'], [GEN['directie']],
     'Uitnodiging proclamatie zesde jaar - vrijdag 27 juni',
     html=html_render(proc), body=text_render(proc), bcc=[GEN['ouders6']], date=D(5, 26, 18, 0),
     note='general invitation to all final-year parents, list in BCC')

mail('clb-infobrief-studiekeuze', GEN['directie'], [GEN['directie']],
     'Het CLB en jullie studiekeuze',
     'Beste ouders,\n\nIn het zesde jaar speelt het CLB een belangrijke rol in de studiekeuze. In deze brief leggen we '
     'uit wat u kan verwachten.\n\n1. In februari krijgen alle zesdejaars een klassikale sessie over het hoger '
     'onderwijs.\n2. Wie wil, kan een individueel gesprek aanvragen met een CLB-medewerker; dat gesprek is '
     'vertrouwelijk en gratis.\n3. Het CLB werkt onafhankelijk van de school. Wat uw zoon of dochter met het CLB '
     'bespreekt, komt niet in het schooldossier zonder toestemming.\n\nVoor vragen kan u terecht via de website van CLB '
     'Dijleland of via de leerlingbegeleiding.\n\nMet vriendelijke groeten,\nDe directie\n',
     bcc=[GEN['ouders6']], date=D(1, 17, 17, 30),
     note='general CLB information letter: mentions CLB and confidentiality but no pupil, so not sensitive')

mail('medicatiebeleid-eindreis', S('joris'), [S('joris')],
     'Eindreis Barcelona: medicatie en medische fiche',
     'Beste ouders,\n\nNeemt uw zoon of dochter medicatie mee op eindreis? Dan vragen we het volgende:\n\n'
     '- vul de medische fiche op Smartschool in vóór 20 maart;\n- geef medicatie mee in de originele verpakking met '
     'de bijsluiter;\n- voor medicatie die een begeleider moet bewaren of toedienen, bezorgt u een attest van de arts;\n'
     '- vergeet de Europese ziekteverzekeringskaart niet.\n\nDe begeleiders behandelen deze informatie vertrouwelijk '
     'en vernietigen de fiches na de reis.\n\nMet vriendelijke groeten,\nJoris Maes, coördinator eindreis\n',
     bcc=parents_of('6MOWE', '6WEWI'), date=D(3, 4, 19, 12),
     note='general medication policy for the trip; parents of two classes individually in BCC only')

mail('pestbeleid-jaarboekquotes', GEN['directie'], [GEN['directie']],
     'Jaarboek en respect voor elkaar',
     'Beste zesdejaars,\n\nHet jaarboek is een herinnering voor iedereen. Daarom herhalen we de afspraken uit ons '
     'pestbeleid: quotes, bijnamen of foto\'s die iemand kwetsen of belachelijk maken, worden geschrapt. Pesten, ook '
     'online in groepschats, wordt niet getolereerd en kan leiden tot een tuchtmaatregel.\n\nVoel je je zelf gekwetst '
     'door iets wat over jou gezegd of gedeeld werd, spreek dan je titularis of de leerlingbegeleiding aan.\n\n'
     'De directie\n',
     bcc=[GEN['leerlingen6']], date=D(4, 25, 12, 0),
     note='general reminder of the bullying policy, no pupil named')

mail('algemene-betalingsherinnering-eindreis', GEN['boekhouding'], [GEN['boekhouding']],
     'Eindreis: laatste schijf',
     'Beste ouders,\n\nDe laatste schijf van de eindreis (€ 195) vervalt op 15 maart. Gebruik de gestructureerde '
     'mededeling van de factuur die u via Smartschool ontving.\n\nIs het voor uw gezin moeilijk om dit bedrag te '
     'betalen? Neem dan discreet contact op met de leerlingbegeleiding; samen zoeken we een oplossing. Geen enkele '
     'leerling blijft om financiële redenen thuis.\n\nMet vriendelijke groeten,\nBoekhouding Sint-Pieterscollege\n',
     bcc=[GEN['ouders6']], date=D(3, 1, 9, 0),
     note='payment reminder to everybody, no one named, no account number')

mail('studietoelage-info', GEN['secretariaat'], [GEN['secretariaat']],
     'Studietoelage voor het hoger onderwijs',
     'Beste ouders,\n\nStudeert uw zoon of dochter volgend jaar verder? Vergeet dan niet om vanaf 1 augustus een '
     'studietoelage voor het hoger onderwijs aan te vragen bij de Vlaamse overheid. Of u recht hebt, hangt af van '
     'het inkomen en de gezinssituatie.\n\nHet leerlingensecretariaat helpt u graag bij de aanvraag tijdens de '
     'zitdagen op 1, 2 en 3 juli (9 tot 12 uur). Breng uw identiteitskaart mee.\n\nMet vriendelijke groeten,\n'
     'Het leerlingensecretariaat\n',
     bcc=[GEN['ouders6']], date=D(6, 2, 16, 0),
     note='general information about study allowances')

ih = [['Hogeschool Dijleland', 'woensdag 19 maart', '19u00', 'campus Heverlee'],
      ['Universiteit - faculteit wetenschappen', 'zaterdag 22 maart', '10u00-16u00', 'Leuven centrum'],
      ['Kunsthumaniora & conservatorium', 'zaterdag 29 maart', '13u00-17u00', 'Brussel'],
      ['Studeren in Nederland (online)', 'dinsdag 11 maart', '19u00', 'Zoom']]
ihp = ['Beste zesdejaars,', 'Een overzicht van de info- en opendeurdagen in de komende weken:',
       ('table', ['Instelling', 'Datum', 'Uur', 'Waar'], ih),
       'Infodagen op een schooldag zijn gewettigd afwezig als je vooraf een attest van de instelling inlevert op het '
       'secretariaat. Je mag er maximaal twee bijwonen tijdens de lesuren.', 'Meneer De Smedt']
mail('infodagen-hoger-onderwijs', S('pieter'), [S('pieter')],
     'Info- en opendeurdagen hoger onderwijs', html=html_render(ihp), body=text_render(ihp),
     bcc=[GEN['leerlingen6']], date=D(2, 27, 12, 15), fmt=['outlook-table'],
     note='general overview of information evenings, pupils list in BCC')

mail('jaarboek-toestemming-fotos', S('katrien'), [S('katrien')],
     'Jaarboek 2025: toestemming voor foto\'s',
     'Beste zesdejaars,\n\nVoor het jaarboek gebruiken we klasfoto\'s, portretten en foto\'s van de eindreis. Omdat '
     'de meesten van jullie intussen 18 zijn, vragen we jullie eigen toestemming. Vul het formulier in bijlage in en '
     'geef het af aan je titularis vóór 30 april. Wie geen toestemming geeft, komt enkel met naam in het jaarboek.\n\n'
     'Mevr. Smolders, namens de jaarboekredactie\n',
     atts=[('Toestemming_fotos_jaarboek.pdf', pdf(['Toestemmingsformulier jaarboek 2025', '',
                                                   'Naam leerling: ........................  Klas: ......',
                                                   '[ ] Ik geef toestemming om foto\'s van mij op te nemen in het jaarboek.',
                                                   '[ ] Ik geef geen toestemming.', '', 'Handtekening: ................'],
                                                  'Toestemming'))],
     bcc=[GEN['leerlingen6']], date=D(4, 7, 8, 0),
     note='general consent request for yearbook photos with a blank PDF form')

mail('examenrooster-juni', GEN['directie'], [GEN['directie']],
     'Examenrooster juni zesde jaar',
     'Beste ouders,\n\nIn bijlage vindt u het examenrooster van juni voor het zesde jaar. De examens starten op '
     'maandag 2 juni en eindigen op donderdag 19 juni. De deliberaties vinden plaats op 23 en 24 juni; de '
     'rapporten en diploma\'s worden uitgereikt op de proclamatie.\n\nMet vriendelijke groeten,\nDe directie\n',
     atts=[('Examenrooster_6dejaar_juni2025.pdf', pdf(['Examenrooster zesde jaar - juni 2025', '',
                                                     'ma 2/6   Nederlands (alle klassen)', 'di 3/6   Wiskunde',
                                                     'wo 4/6   Frans', 'do 5/6   Engels', 'vr 6/6   studiedag',
                                                     'ma 10/6  richtingsvakken', 'do 19/6  laatste examen'],
                                                    'Examenrooster'))],
     bcc=[GEN['ouders6']], date=D(5, 9, 17, 0),
     note='general exam timetable for all final-year parents')

mail('diplomas-en-attesten', GEN['secretariaat'], [GEN['secretariaat']],
     'Diploma\'s en attesten',
     'Beste ouders,\n\nDe diploma\'s van het secundair onderwijs worden uitgereikt op de proclamatie van 27 juni. Wie '
     'er niet bij kan zijn, haalt het diploma af op het secretariaat op 30 juni of 1 juli, tussen 9 en 12 uur. '
     'Iemand anders mag het ophalen met een volmacht en een kopie van de identiteitskaart van de leerling.\n\n'
     'Het diploma wordt ook elektronisch geregistreerd; hogescholen en universiteiten kunnen het rechtstreeks '
     'raadplegen.\n\nMet vriendelijke groeten,\nHet leerlingensecretariaat\n',
     bcc=[GEN['ouders6']], date=D(6, 12, 14, 0),
     note='general information about diplomas')

mail('alumni-uitnodiging', GEN['directie'], [GEN['directie']],
     'Blijf in contact: de alumnilijst van Sint-Pieterscollege',
     'Beste zesdejaars,\n\nBinnenkort verlaten jullie de school. Wie dat wil, kan op onze alumnilijst komen: we '
     'sturen dan één keer per jaar een uitnodiging voor de reünie en het nieuws van de school. Je schrijft je in met '
     'het formulier op de website; je kan je op elk moment uitschrijven. Zonder jouw toestemming bewaren we na '
     'september geen contactgegevens.\n\nDe directie\n',
     bcc=[GEN['leerlingen6']], date=D(5, 30, 10, 0),
     note='general alumni-list consent invitation')

delib = [['Maandag 23 juni', '8u30', '6LAWI', 'B.204'], ['Maandag 23 juni', '10u30', '6WEWI', 'B.204'],
         ['Maandag 23 juni', '13u30', '6ECWI', 'B.204'], ['Dinsdag 24 juni', '8u30', '6MOWE', 'B.206'],
         ['Dinsdag 24 juni', '10u30', '6HUWE', 'B.206'], ['Dinsdag 24 juni', '13u30', '6ECMT', 'B.206']]
dp = ['Beste collega\'s,', 'Hieronder de planning van de delibererende klassenraden van het zesde jaar:',
      ('table', ['Dag', 'Uur', 'Klas', 'Lokaal'], delib),
      'Cijfers ingeven in Skore ten laatste op vrijdag 20 juni om 16 uur. Bespreek geen individuele leerlingen per mail; '
      'gebruik het LVS.', 'Sarah Claes']
mail('planning-deliberaties-personeel', S('sarah'), [S('sarah')],
     'Planning deliberaties zesde jaar', html=html_render(dp, sigkey='sarah'), body=text_render(dp, 'sarah'),
     bcc=[GEN['personeel']], date=D(6, 5, 7, 40), fmt=['outlook-table'],
     note='schedule of class councils for all staff, staff list in BCC')

mail('privacy-herinnering-personeel', GEN['privacy'], [GEN['privacy']],
     'Herinnering: mail en privacy op het einde van het schooljaar',
     'Beste collega\'s,\n\nIn de drukke examenperiode gaan er elk jaar mails mis. Daarom enkele afspraken uit ons '
     'communicatiebeleid:\n\n- Gevoelige informatie over leerlingen (gezinssituatie, psychosociaal, medisch, zorg, '
     'financieel) hoort in het leerlingvolgsysteem, niet in een mail.\n- Zet groepsadressen en meerdere ouders altijd '
     'in BCC.\n- Gebruik voor schoolzaken enkel je schoolaccount, nooit een privéadres.\n- Stuur nooit een wachtwoord '
     'per mail; niemand van Stroom zal het je ooit vragen.\n- Kijk na of de geadresseerde echt de juiste ouder is '
     '(let op gelijkaardige namen bij het automatisch aanvullen).\n\nTwijfel je of is er iets misgelopen? Meld het '
     'meteen aan privacy@lksd.ksleuven.be.\n\nJan Lambrechts\nAanspreekpunt informatieveiligheid Stroom\n',
     bcc=[GEN['personeel']], date=D(5, 27, 7, 15),
     note='general policy reminder: names the sensitive categories and passwords in general, nothing concrete')

fr_par = [a for a in parents_of('6LAWI', '6MOWE', '6ECWI') if any(k in a for k in ('dumont', 'lambert', 'renard', 'chaouki'))]
mail('invitation-proclamation-fr', GEN['directie'], [GEN['directie']],
     'Invitation à la proclamation - vendredi 27 juin',
     'Chers parents,\n\nC\'est avec fierté que nous vous invitons à la proclamation des élèves de rhéto le vendredi '
     '27 juin à 19 heures, dans la salle de sport de l\'école. La remise des diplômes sera suivie d\'une réception.\n\n'
     'Chaque élève peut réserver quatre places gratuites via le formulaire sur Smartschool avant le 13 juin.\n\n'
     'Veuillez agréer nos salutations distinguées,\nKoen Vanderlinden, directeur\n',
     bcc=fr_par, date=D(5, 26, 18, 5), lang='fr',
     note='French version of the invitation, French-speaking parents individually in BCC')

en_par = [a for a in parents_of('6LAWI', '6WEWI') if any(k in a for k in ('harris', 'clarke', 'kowalsk'))]
mail('study-choice-letter-en', S('pieter'), [S('pieter')],
     'Choosing higher education in Flanders - information for parents',
     'Dear parents,\n\nAs your son or daughter is in the final year, here is a short overview of the study-choice '
     'process in Flanders:\n\n- February: study-choice test (StudieKompas) at school and a class session by the CLB;\n'
     '- February-April: information days of universities and university colleges;\n- before 1 July: registration '
     'with the institution (some programmes, such as medicine, have an entrance exam);\n- after graduation: the '
     'secondary school diploma is registered electronically.\n\nIf you would like to discuss the options in English, '
     'please reply to this e-mail and I will gladly arrange a meeting.\n\nKind regards,\nPieter De Smedt\nYear 6 '
     'coordinator\n',
     bcc=en_par, date=D(1, 21, 19, 0), lang='en',
     note='English general letter for international parents, individually in BCC')

mail('studiekompas-testmomenten', S('pieter'), [S('pieter')],
     'StudieKompas: testmomenten',
     'Beste zesdejaars,\n\nDe interessetest van StudieKompas neem je in de klas af:\n\n6LAWI, 6WEWI: donderdag 6 '
     'februari, 3e-4e lesuur, computerlokaal A.201\n6ECWI, 6MOWE: donderdag 6 februari, 5e-6e lesuur, A.201\n'
     '6HUWE, 6ECMT: vrijdag 7 februari, 1e-2e lesuur, A.201\n\nJe aanmeldgegevens krijg je van je titularis. '
     'Breng oortjes mee.\n\nMeneer De Smedt\n',
     bcc=[GEN['leerlingen6']], date=D(2, 3, 7, 30),
     note='test timetable; says logins come from the titularis but contains none')

mail('dresscode-proclamatie', S('sarah'), [S('sarah')],
     'Proclamatie: praktische afspraken voor de zesdes',
     'Beste zesdejaars,\n\nEnkele afspraken voor de proclamatie:\n\n- verzamelen om 18 uur in de refter, per klas;\n'
     '- kledij: feestelijk maar verzorgd, geen sportschoenen;\n- de generale repetitie is op donderdag 26 juni om '
     '14 uur, aanwezigheid verplicht;\n- na de receptie ruimt elke klas zijn eigen rij stoelen op.\n\nWe kijken ernaar '
     'uit!\nMevr. Claes\n',
     bcc=[GEN['leerlingen6']], date=D(6, 18, 12, 30),
     note='practical letter to all final-year pupils')

mail('infoavond-eindreis-ouders', S('joris'), [S('joris')],
     'Infoavond eindreis - dinsdag 18 februari',
     'Beste ouders,\n\nOp dinsdag 18 februari om 19u30 geven we in de refter meer uitleg over de eindreis naar '
     'Barcelona: het programma, de begeleiding, de afspraken rond alcohol en uitgaan en wat uw zoon of dochter best '
     'meeneemt. Ook de leerlingen zijn welkom.\n\nMet vriendelijke groeten,\nJoris Maes, coördinator eindreis\n',
     bcc=[GEN['ouders6']], date=D(2, 5, 18, 45),
     note='general invitation to the trip information evening')

mail('laatste-schooldag-afspraken', GEN['directie'], [GEN['directie']],
     'Laatste schooldag zesdes: afspraken',
     'Beste ouders, beste zesdejaars,\n\nDe laatste schooldag vóór de examens (vrijdag 23 mei) mag een feest zijn. We '
     'vragen wel om deze afspraken te respecteren:\n\n- geen alcohol of andere middelen op of rond de school;\n'
     '- geen schade aan gebouwen of auto\'s, geen waterballonnen in de klassen;\n- de activiteit eindigt om 12 uur.\n\n'
     'Wie de afspraken niet naleeft, kan niet deelnemen aan de activiteiten na de proclamatie.\n\nDe directie\n',
     bcc=[GEN['ouders6'], GEN['leerlingen6']], date=D(5, 16, 17, 0),
     note='general rules for the last school day; both lists in BCC')

toez = [['Datum', 'Uur', 'Lokaal', 'Toezicht']] + [
    ['%02d/06' % d, h, l, t] for d, h, l, t in [
        (2, '8u30-10u30', 'sporthal', 'G. Lemmens'), (2, '8u30-10u30', 'B.204', 'D. Hermans'),
        (3, '8u30-11u30', 'sporthal', 'H. Mertens'), (3, '8u30-11u30', 'B.010', 'A. Verbruggen'),
        (4, '8u30-10u30', 'sporthal', 'V. Dubois'), (5, '8u30-10u30', 'sporthal', 'B. Verhoeven')]]
mail('toezichtrooster-examens-personeel', GEN['directie'], [GEN['directie']],
     'Toezichtrooster examens juni',
     'Beste collega\'s,\n\nIn bijlage het toezichtrooster voor de examens van juni. Ruilen kan onderling; laat het '
     'wel weten aan het secretariaat.\n\nDe directie\n',
     atts=[('Toezichtrooster_juni2025.xlsx', xlsx(toez, 'Toezicht'))],
     bcc=[GEN['personeel']], date=D(5, 21, 15, 30),
     note='staff invigilation timetable as .xlsx, staff list in BCC')


# ============================================================================================
# 7. ordinary mail, with a few bcc / private_account / attachment / personal_data cases
# ============================================================================================
SECTION[0] = 'ordinary'

mail('tweede-schijf-eindreis-ouders6wewi', S('joris'), [GEN['ouders6wewi']],
     'Eindreis: tweede schijf',
     'Beste ouders van 6WEWI,\n\nDe tweede schijf van de eindreis (€ 300) mag uiterlijk op 15 februari gestort worden '
     'op rekening %s van de school, met als mededeling de naam en klas van uw zoon of dochter.\n\nMet vriendelijke '
     'groeten,\nJoris Maes\n' % SCHOOL_IBAN,
     date=D(1, 27, 20, 5), rules=['bcc', 'personal_data'], fmt=['group-in-to'],
     note='parents list address in To instead of BCC; the school IBAN is a valid IBAN')

vol = [PAR('kato_lenaerts', 1), PAR('emma_devos', 1), PAR('stan_geerts', 1), PAR('nina_wuyts', 2), PAR('tuur_schepers', 1)]
mail('helpende-ouders-jaarboekverkoop', S('katrien'), vol,
     'Verkoop jaarboek op de proclamatie - bedankt voor jullie hulp',
     'Beste ouders,\n\nFijn dat jullie willen helpen bij de verkoop van het jaarboek na de proclamatie! We spreken af '
     'om 20u45 aan de stand naast de bar. Wisselgeld en de kassa zijn voorzien.\n\nTot dan,\nKatrien Smolders\n',
     date=D(6, 20, 19, 30), rules=['bcc'],
     note='five parents in To can see each other\'s addresses; no pupil concerned')

mail('personeelsvergadering-juni', S('koen'), [GEN['personeel']],
     'Personeelsvergadering 24 juni',
     'Beste collega\'s,\n\nDe laatste personeelsvergadering van het schooljaar vindt plaats op dinsdag 24 juni om 16 uur '
     'in de refter. Agenda: evaluatie van het schooljaar, lesopdrachten volgend jaar, afscheid van onze '
     'gepensioneerden. Daarna drink.\n\nKoen\n',
     date=D(6, 10, 7, 20), rules=['bcc'], fmt=['group-in-to'],
     note='staff list address in To (should be BCC per policy 3.1)')

mail('jaarboekteksten-deadline-cc-klas', S('wim'), [S('katrien')], cc=[GEN['leerlingen6ecmt']],
     subj='Teksten jaarboek 6ECMT',
     body='Dag Katrien,\n\nDe teksten van 6ECMT voor het jaarboek volgen ten laatste vrijdag; de klas staat in cc zodat '
     'iedereen de deadline kent.\n\nBeste 6ECMT: vrijdag 16 uur, in de gedeelde map, anders verschijnt jullie pagina '
     'leeg!\n\nWim\n',
     date=D(4, 29, 10, 5), rules=['bcc'], fmt=['group-in-to'],
     note='pupils\' class list in CC')

mail('aanwezigheid-deliberaties-leerkrachten6', S('pieter'), [GEN['leerkrachten6']],
     'Aanwezigheid deliberaties',
     'Collega\'s van het zesde jaar,\n\nGraag iedereen aanwezig op de deliberaties van 23 en 24 juni, ook wie maar één '
     'uur les geeft in een klas. Afwezigheden melden bij Sarah.\n\nPieter\n',
     date=D(6, 6, 12, 40), rules=['bcc'], fmt=['group-in-to'],
     note='department list of staff in To')

mail('spaghettiavond-privemail', 'Joris Maes <joris.maes78@gmail.com>', [EXT['ouderraad']],
     'spaghettiavond eindreis',
     'Dag Greet,\n\nVoor de spaghettiavond ten voordele van de eindreis: de zaal is vastgelegd op zaterdag 8 februari. '
     'Kan de ouderraad weer de tappers en de kassa voorzien? Ik breng de tickets maandag mee naar school.\n\n'
     'Groeten,\nJoris\n',
     date=D(1, 12, 11, 14), rules=['private_account'], xmailer=None, cte='base64',
     note='teacher arranges school business with the parents\' council from his private gmail')

kl = [['Voornaam', 'Naam', 'E-mail']] + [[p['first'], p['last'], p['mail']] for p in class_pupils('6LAWI')]
fwd_body = ('Beste titularissen,\n\nIn bijlage de klaslijst van jullie klas met de leerlingenadressen, om de '
            'examenplanning door te sturen.\n\nHilde\n')
mail('fwd-klaslijst-naar-prive', S('lien'), ['lien.dw@hotmail.com'],
     'FW: klaslijsten zesdes',
     'om thuis te printen' + q_fwd(S('hilde'), D(5, 20, 8, 0), 'Lien De Wilde <lien.dewilde@sintpieterscollege.be>',
                                   'klaslijsten zesdes', fwd_body),
     atts=[('Klaslijst_6LAWI.xlsx', xlsx(kl, '6LAWI'))],
     date=D(5, 20, 21, 40), rules=['private_account'], fmt=['forward'],
     note='teacher forwards school mail with the class list to her own hotmail address (class list, about empty)')

mail('mountainbike-weekend-prive', 'Tom Van Acker <tomvanacker.home@gmail.com>', ['Bert Daems <bert.daems@gmail.com>'],
     'MTB weekend Ardennen',
     'Hey Bert,\n\nIk heb het huisje in La Roche vastgelegd voor 16-18 mei. Ik neem de fietsendrager mee, jij de '
     'koelbox? Vertrek vrijdag rond 17u.\n\nTom\n',
     date=D(4, 19, 10, 30), xmailer=None, cte='base64',
     note='staff member\'s private mail about a private matter from his private account: allowed')

kam = [['Kamer', 'Leerling 1', 'Leerling 2', 'Leerling 3', 'Leerling 4']] + [['%d' % (10 + i), '', '', '', ''] for i in range(12)]
mail('kamerverdeling-macro', S('marc'), [S('joris')],
     'kamerverdeling met macro',
     'Joris,\n\nIn bijlage het Excel-bestand voor de kamerverdeling. Macro\'s inschakelen, dan verdeelt het bestand de '
     'namen automatisch over de kamers als je op de knop klikt.\n\nMarc\n',
     atts=[('kamerverdeling_eindreis.xlsm', xlsx(kam, 'Kamers', macro=True))],
     date=D(2, 12, 15, 5), rules=['attachment'], fmt=['attachment-xlsm'],
     note='macro-enabled Excel workbook (.xlsm)')

setup = b'MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00' + b'\x00' * 44 + b'\x80\x00\x00\x00' + \
    b'This program cannot be run in DOS mode.\r\r\n$' + b'\x00' * 64 + b'PE\x00\x00L\x01' + b'\x00' * 32
mail('diplomaprint-update-zip', S('tom'), [S('hilde')],
     'update DiplomaPrint',
     'Hilde,\n\nDe leverancier stuurde een update van DiplomaPrint voor de nieuwe diplomamodellen. Pak de zip uit en '
     'start de setup op de pc van het secretariaat (ik heb je adminrechten gegeven tot vrijdag).\n\nTom\n',
     atts=[('DiplomaPrint_update_4.2.zip', _zip([('DiplomaPrint_Setup_4.2.exe', setup),
                                                 ('Leesmij.txt', 'Installeer als administrator.\r\n')]))],
     date=D(6, 9, 13, 50), rules=['attachment'], fmt=['attachment-zip'],
     note='archive containing an .exe installer')

tpl = ['Sjabloon aanbevelingsbrief', '', 'Naam leerling: <<naam>>', 'Richting: <<richting>>', '',
       'Druk op Ctrl+Shift+A om de gegevens uit Smartschool in te vullen.']
mail('sjabloon-aanbevelingsbrief-docm', S('hannah'), [S('lien'), S('veronique')],
     'sjabloon aanbevelingsbrieven',
     'Hi collega\'s,\n\nHier het sjabloon voor de aanbevelingsbrieven dat ik vorig jaar maakte. Er zit een macro in die '
     'naam en richting invult, dus bewerken inschakelen en macro\'s toestaan.\n\nHannah\n',
     atts=[('sjabloon_aanbevelingsbrief.docm', docx(tpl, macro=True))],
     date=D(1, 7, 16, 45), rules=['attachment'], fmt=['attachment-docm'],
     note='macro-enabled Word template (.docm)')

bat = ('@echo off\r\nrem hernoemt de portretfoto\'s naar klas_naam.jpg\r\nsetlocal enabledelayedexpansion\r\n'
       'for %%f in (*.jpg) do (\r\n  set n=%%~nf\r\n  ren "%%f" "6de_!n!.jpg"\r\n)\r\necho Klaar.\r\npause\r\n')
mail('hernoem-fotos-bat', S('katrien'), [EXT['druk']],
     'Script voor de bestandsnamen',
     'Beste,\n\nOnze ICT-collega maakte een klein script dat de portretfoto\'s hernoemt zoals jullie vroegen. '
     'Dubbelklikken in de map met de foto\'s volstaat.\n\nMet vriendelijke groeten,\nKatrien Smolders\n',
     atts=[('hernoem_fotos.bat', bat.encode('ascii'))],
     date=D(3, 25, 14, 12), rules=['attachment'], fmt=['attachment-bat'],
     note='Windows batch script sent to the printer')

drng = random.Random(6607)
dob_rows = [['Voornaam', 'Naam', 'Klas', 'Geboortedatum', 'Nationaliteit']]
for p in class_pupils('6MOWE') + class_pupils('6WEWI'):
    d = datetime(2006, 9, 1) + timedelta(days=drng.randint(0, 364))
    dob_rows.append([p['first'], p['last'], p['klas'], d.strftime('%d/%m/%Y'),
                     'Belg' if drng.random() < 0.9 else 'Nederlander'])
mail('deelnemerslijst-geboortedata-reisbureau', S('joris'), [EXT['reis']],
     'Deelnemerslijst vlucht Barcelona',
     'Beste Dieter,\n\nIn bijlage de deelnemerslijst voor de vliegtuigtickets, met geboortedatum en nationaliteit '
     'zoals gevraagd. Twee leerlingen van 6WEWI gaan niet mee; die staan er nog op, graag schrappen: ik laat nog weten '
     'wie.\n\nGroeten,\nJoris Maes\n',
     atts=[('deelnemers_BCN_2025.csv', csvbytes(dob_rows))],
     date=D(2, 24, 21, 2), rules=['personal_data'], fmt=['attachment-csv'],
     note='CSV with dates of birth of two classes sent to the travel agency (class lists, about empty)')

mail('terugbetaling-voorschot-bent', S('marc'), [PAR('bent_willems', 1)],
     'Terugbetaling voorschot eindreis',
     'Beste mevrouw Willems,\n\nOmdat Bent niet meegaat op eindreis (hij vertrekt die week met zijn sportclub op '
     'stage), storten we het voorschot van € 150 terug op rekening %s, op uw naam, zoals u vroeg.\n\n'
     'Met vriendelijke groeten,\nMarc Goossens\nBoekhouding\n' % PARENT_IBAN,
     date=D(2, 21, 10, 48), rules=['personal_data'], about=['bent_willems'],
     note='refund to a parent: valid IBAN in the body; no financial difficulty, so not sensitive')

mail('busuren-eindreis', S('luc'), [EXT['bus']],
     'Rit luchthaven 31 maart',
     text_render([
         'Goedemiddag,',
         'Ter bevestiging: vertrek op maandag 31 maart om 4u30 aan de school (Dijlebeemdenlaan, parking achteraan), '
         'bestemming Brussels Airport, 48 personen met bagage. Terugrit vrijdag 4 april, landing om 21u10.',
         'Mag ik het gsm-nummer van de chauffeur nog ontvangen?',
         'Met vriendelijke groeten,'], 'luc', phone=True),
     date=D(3, 17, 12, 2), rules=['personal_data'],
     note='ordinary mail to the bus company; school phone number in the signature')

mail('jaarboek-proef-deadline', S('katrien'), [EXT['druk']],
     'Re: drukproef jaarboek',
     'Beste,\n\nDank voor de drukproef. Enkele correcties: pagina 12 staat op zijn kop, en op pagina 40 moet het '
     '"6ECMT" zijn in plaats van "6ECM". Verder mag alles zo gedrukt worden. Lukt levering op 20 juni nog?\n\n'
     'Met vriendelijke groeten,\nKatrien Smolders\n',
     date=D(6, 2, 16, 10), fmt=['reply'],
     note='ordinary mail to the printer')

zaal = [['Zone', 'Stoelen', 'Opmerking'], ['Leerlingen (per klas)', '130', 'vooraan, 6 blokken'],
        ['Ouders en gasten', '480', 'rij D tot W'], ['Eregasten', '12', 'rij C links'], ['Pers/fotograaf', '2', 'zijkant']]
mail('opstelling-sporthal', S('sarah'), [S('luc')],
     'Opstelling sporthal proclamatie',
     html=html_render(['Dag Luc,', 'De aantallen voor de opstelling op donderdag 26 juni:',
                       ('table', zaal[0], zaal[1:]), 'Het podium komt zoals vorig jaar aan de kant van de kleedkamers.',
                       'Dank je!\nSarah']),
     body=text_render(['Dag Luc,', 'De aantallen voor de opstelling op donderdag 26 juni:',
                       ('table', zaal[0], zaal[1:]), 'Het podium komt zoals vorig jaar aan de kant van de kleedkamers.',
                       'Dank je!\nSarah']),
     date=D(6, 16, 9, 30), fmt=['outlook-table'],
     note='ordinary internal mail with a table of chair numbers')

mail('enrolment-confirmation-oliver', S('pieter'), [EXT['uk']],
     'Confirmation of enrolment - Oliver Clarke',
     'Dear Admissions team,\n\nI confirm that Oliver Clarke, born on 12 May 2007, is enrolled in the final year '
     '(Science-Mathematics) of Sint-Pieterscollege Heverlee in the school year 2024-2025 and is expected to obtain '
     'the Flemish diploma of secondary education in June 2025.\n\nYours faithfully,\n\nPieter De Smedt\nYear 6 '
     'coordinator\n',
     date=D(2, 4, 11, 20), rules=['personal_data'], about=['oliver_clarke'], lang='en',
     note='date of birth of a named pupil in a confirmation for a university abroad')

mail('rondleiding-hogeschool-niels', S('els'), [PAR('niels_moens', 1)], cc=[EXT['hogeschool']],
     subj='Rondleiding Hogeschool Dijleland voor Niels',
     body='Beste mevrouw Moens,\n\nZoals gevraagd zet ik het studentenonthaal van Hogeschool Dijleland in cc. Zij geven '
     'u en Niels graag een rondleiding op de campus; jullie kunnen rechtstreeks een datum afspreken.\n\n'
     'Met vriendelijke groeten,\nEls Wouters\n',
     date=D(3, 7, 13, 25), rules=['bcc'], about=['niels_moens'],
     note='a parent and a university college (two outside people) visible to each other in To/CC; nothing sensitive')

mail('planning-infoavond-bijlagen', S('pieter'), [S('dries')],
     'infoavond: planning en presentatie',
     'Dries,\n\nIn bijlage de planning van de infoavond en de presentatie die ik vorig jaar gebruikte. Pas gerust de '
     'dia over de hogescholen aan.\n\nPieter\n',
     atts=[('planning_infoavond.pdf', pdf(['Infoavond hoger onderwijs - 30 januari 2025', '',
                                         '19u00 onthaal in de refter', '19u15 welkom door de directie',
                                         '19u30 standen van de instellingen', '21u00 einde'], 'Planning')),
           ('presentatie_tekst.docx', docx(['Welkom op de infoavond', 'Waarom een goede studiekeuze belangrijk is',
                                             'De rol van het CLB', 'Tijdlijn: februari tot juli']))],
     date=D(1, 20, 8, 5), fmt=['attachment-pdf', 'attachment-docx'],
     note='ordinary internal mail with harmless PDF and DOCX attachments')

mail('offerte-klank-licht', S('koen'), [EXT['av']],
     'Offerte proclamatie',
     'Dag Kobe,\n\nWe gaan akkoord met jullie offerte voor klank en licht op 27 juni (offerte 2025-117), zoals vorig '
     'jaar inclusief twee draadloze microfoons en het scherm. Factuur mag naar de boekhouding.\n\nMet vriendelijke '
     'groeten,\nKoen Vanderlinden\n',
     date=D(4, 4, 10, 22),
     note='ordinary mail to a supplier')


# ============================================================================================
# output
# ============================================================================================

RULE_ORDER = ['password', 'sensitive', 'personal_data', 'bcc', 'private_account', 'attachment', 'recipient']
CAT_ORDER = ['family', 'psychosocial', 'medical', 'care', 'financial']


def fmt_tags(m):
    tags = []
    if m['html_only']:
        tags.append('html-only')
    elif m['html']:
        tags.append('alt')
    else:
        if m['charset'] == 'windows-1252':
            tags.append('plain-cp1252')
        elif m['cte'] == 'base64':
            tags.append('plain-base64')
        elif m['cte'] == 'quoted-printable' or (m['body'] and not all(ord(c) < 128 for c in m['body'])):
            tags.append('plain-qp')
        elif m['body'] and max(len(l) for l in m['body'].split('\n')) > 76:
            tags.append('plain-qp')
        else:
            tags.append('plain')
    if m['atts']:
        tags.append('mixed')
        for fname, _ in m['atts']:
            t = 'attachment-' + fname.rsplit('.', 1)[1].lower()
            if t not in tags and t not in m['fmt']:
                tags.append(t)
    for t in m['fmt']:
        if t not in tags:
            tags.append(t)
    if m['bcc']:
        tags.append('bcc-envelope')
    if any(any(g in a for g in GROUP_LOCALS) for a in addrs(m['to'] + m['cc'])) and 'group-in-to' not in tags:
        tags.append('group-in-to')
    return tags


def yq(s):
    return '"%s"' % s.replace('\\', '\\\\').replace('"', '\\"')


def check(m):
    r = m['rules']
    assert all(x in RULE_ORDER for x in r), m['slug']
    assert ('sensitive' in r) == bool(m['cats']), m['slug']
    assert all(c in CAT_ORDER for c in m['cats']), m['slug']
    assert ('recipient' in r) == m['mis'], m['slug']
    if m['mis']:
        assert len(m['about']) == 1, m['slug']
        x = BYKEY[m['about'][0]]
        xpar = {utils.parseaddr(a)[1] for a in (x['p1'], x['p2']) if a}
        rc = set(addrs(m['to'] + m['cc'] + m['bcc']))
        assert not (rc & xpar), m['slug']
        others = {utils.parseaddr(a)[1] for p in ROSTER if p is not x for a in (p['p1'], p['p2']) if a}
        assert rc & others, m['slug']
    for k in m['about']:
        assert k in BYKEY, (m['slug'], k)


def main():
    order = sorted(range(len(MAILS)), key=lambda i: (MAILS[i]['date'], i))
    slugs = set()
    for f in os.listdir(HERE):
        if f.endswith('.eml') and f[:3].isdigit():
            os.remove(os.path.join(HERE, f))
    out = ['# batch66 - final year (6th) of Sint-Pieterscollege Heverlee: study choice, trip, yearbook, proclamation, '
           'diplomas; %d outbound mails' % len(MAILS),
           '# about: roster ids of the pupils named or clearly meant; whole-class lists in attachments leave about empty',
           '']
    for n, i in enumerate(order, 1):
        m = MAILS[i]
        check(m)
        assert m['slug'] not in slugs, m['slug']
        slugs.add(m['slug'])
        fname = '%03d-%s.eml' % (n, m['slug'])
        with open(os.path.join(HERE, fname), 'wb') as f:
            f.write(build(n, m))
        rules = [r for r in RULE_ORDER if r in m['rules']]
        rcpt = []
        for a in addrs(m['to'] + m['cc'] + m['bcc']):
            if a not in rcpt:
                rcpt.append(a)
        out.append('%s:' % fname)
        out.append('  rules: [%s]' % ', '.join(rules))
        if m['cats']:
            out.append('  categories: {sensitive: [%s]}' % ', '.join(c for c in CAT_ORDER if c in m['cats']))
        out.append('  mail_from: %s' % (m['mail_from'] or utils.parseaddr(m['frm'])[1]))
        out.append('  rcpt: [%s]' % ', '.join(rcpt))
        out.append('  about: [%s]' % ', '.join(PID(k) for k in m['about']))
        out.append('  misdirected: %s' % ('true' if m['mis'] else 'false'))
        out.append('  note: %s' % yq(m['note']))
        out.append('  lang: %s' % m['lang'])
        out.append('  format: [%s]' % ', '.join(fmt_tags(m)))
    with open(os.path.join(HERE, 'labels.yaml'), 'w', encoding='utf-8', newline='\n') as f:
        f.write('\n'.join(out) + '\n')
    write_roster()
    summary()


def summary():
    from collections import Counter
    rc, cc, sec = Counter(), Counter(), Counter(m['section'] for m in MAILS)
    for m in MAILS:
        rc.update(m['rules'])
        cc.update(m['cats'])
    print('mails: %d' % len(MAILS))
    print('sections: ' + ', '.join('%s=%d' % kv for kv in sec.items()))
    print('rules: ' + ', '.join('%s=%d' % (r, rc[r]) for r in RULE_ORDER))
    print('categories: ' + ', '.join('%s=%d' % (c, cc[c]) for c in CAT_ORDER))
    print('no rule: %d' % sum(1 for m in MAILS if not m['rules']))
    print('about a pupil: misdirected=%d, correctly addressed=%d' % (
        sum(1 for m in MAILS if m['about'] and m['mis']), sum(1 for m in MAILS if m['about'] and not m['mis'])))
    to_parents = 0
    for m in MAILS:
        if m['about'] and not m['mis']:
            rc = set(addrs(m['to'] + m['cc'] + m['bcc']))
            if all(rc & {utils.parseaddr(a)[1] for a in (BYKEY[k]['p1'], BYKEY[k]['p2']) if a} for k in m['about']):
                to_parents += 1
    print('  of which sent to the pupil\'s own parent(s): %d' % to_parents)
    print('general letters passing: %d' % sum(1 for m in MAILS if m['section'] == 'general' and not m['rules']))


if __name__ == '__main__':
    main()
