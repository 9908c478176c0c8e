#!/usr/bin/env python3
# batch28 - Sint-Pieterscollege campus Heverlee-Oost (topsport + technisch/beroeps, veel stages)
# Builds 150 labelled test mails, labels.yaml and roster.csv. Standard library only, deterministic.
import os, io, re, random, hashlib, zipfile, html as H, unicodedata
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email import policy
from email.utils import format_datetime, formataddr

OUT = os.path.dirname(os.path.abspath(__file__))
SMTP = policy.SMTP

# ------------------------------------------------------------------ roster
def slug(s):
    s = unicodedata.normalize('NFKD', s).encode('ascii', 'ignore').decode().lower()
    return re.sub(r'[^a-z]', '', s)

# key: (first, last, class, parent1, parent2)
NAMED = {
 # --- topsport (xA classes)
 'lore':      ('Lore', 'Vandevelde', '3A', 'katrien.moreels@telenet.be', 'johan.vandevelde@skynet.be'),
 'yentl':     ('Yentl', 'Claessens', '4A', 'ilse.verbist@gmail.com', ''),
 'mats':      ('Mats', 'Van Rompuy', '5A', 'fam.vanrompuy@telenet.be', ''),
 'ilyas':     ('Ilyas', 'El Khattabi', '4A', 'nora.elkhattabi@hotmail.com', 'said.elkhattabi@gmail.com'),
 'noor_s':    ('Noor', 'Sterckx', '2A', 'veerle.sterckx@proximus.be', ''),
 'jade':      ('Jade', 'Lambrecht', '6A', 'bart.lambrecht@telenet.be', 'sofie.dhondt@gmail.com'),
 'arne':      ('Arne', 'Nijs', '3A', 'arne.ouders.nijs@gmail.com', ''),
 'emma_wi':   ('Emma', 'Willems', '4A', 'kathleen.willems@telenet.be', 'pieter.willems@outlook.com'),
 'emma_wo':   ('Emma', 'Wouters', '2B', 'griet.vandeputte@hotmail.com', 'kris.wouters@telenet.be'),
 'lina':      ('Lina', 'Bouhlal', '3A', 'hanane.bouhlal@gmail.com', ''),
 'lena':      ('Lena', 'Boonen', '3A', 'ann.boonen@telenet.be', 'marc.boonen@proximus.be'),
 'zofia':     ('Zofia', 'Kowalczyk', '5A', 'marta.kowalczyk@gmail.com', ''),
 'thibault':  ('Thibault', 'Lejeune', '5A', 'famille.lejeune@skynet.be', ''),
 'sem_d':     ('Sem', 'Dierickx', '1A', 'tine.dierickx@telenet.be', ''),
 'jasper':    ('Jasper', 'Goetschalckx', '6A', 'goetschalckx.jan@telenet.be', ''),
 'febe':      ('Febe', 'Verlinden', '2A', 'eline.devos@outlook.com', 'tom.verlinden@telenet.be'),
 'rayan':     ('Rayan', 'Aydin', '4A', 'aydin.familie@hotmail.com', ''),
 'wout':      ('Wout', 'Geukens', '5A', 'hilde.geukens@telenet.be', ''),
 'amber':     ('Amber', 'Schoofs', '1A', 'schoofs.kurt@gmail.com', 'leen.verbeke@telenet.be'),
 'mila':      ('Mila', 'Deprez', '6A', 'mila.ouders.deprez@telenet.be', ''),
 'kato':      ('Kato', 'Vranken', '4A', 'vranken.gert@skynet.be', 'annelies.claes@gmail.com'),
 'bilal':     ('Bilal', 'Ouazzani', '5A', 'm.ouazzani@hotmail.com', ''),
 'lucas_t':   ('Lucas', 'Timmermans', '3A', 'sara.janssens@telenet.be', 'dries.timmermans@gmail.com'),
 'nina':      ('Nina', 'Hendrickx', '2A', 'hendrickx.nele@outlook.com', ''),
 # --- technisch (xB: autotechniek/elektromechanica)
 'robbe_pe':  ('Robbe', 'Peeters', '5B', 'wim.peeters@telenet.be', 'linda.peeters@gmail.com'),
 'robbe_pt':  ('Robbe', 'Peters', '6B', 'nathalie.peters@hotmail.com', ''),
 'ayoub':     ('Ayoub', 'Benali', '6B', 'khadija.benali@gmail.com', ''),
 'ayman':     ('Ayman', 'Benaissa', '6B', 'benaissa.family@hotmail.com', ''),
 'kacper':    ('Kacper', 'Nowicki', '5B', 'ewa.nowicki@gmail.com', ''),
 'jonas':     ('Jonas', 'Van Hoof', '5B', 'marijke.vanhoof@telenet.be', ''),
 'senne':     ('Senne', 'Mertens', '6B', 'sandra.geys@telenet.be', 'mertens.eddy@skynet.be'),
 'dylan':     ('Dylan', 'Vermeiren', '5B', 'vermeiren.jessica@hotmail.com', ''),
 'milan_b':   ('Milan', 'Huybrechts', '6B', 'huybrechts.ann@telenet.be', ''),
 'milan_d':   ('Milan', 'Dewaele', '6D', 'dewaele.ouders@gmail.com', ''),
 'emre':      ('Emre', 'Yilmaz', '5B', 'yilmaz.hatice@hotmail.com', 'mehmet.yilmaz@gmail.com'),
 'brent':     ('Brent', 'Coppens', '4B', 'coppens.nancy@telenet.be', ''),
 'jorn':      ('Jorn', 'Daems', '6B', 'karin.daems@proximus.be', ''),
 'wiktor':    ('Wiktor', 'Zielinski', '4B', 'agata.zielinska@gmail.com', ''),
 'stijn':     ('Stijn', 'Lauwers', '3B', 'lauwers.peter@telenet.be', 'evi.janssens@hotmail.com'),
 'kobe':      ('Kobe', 'Vermeulen', '4B', 'elke.vermeulen@telenet.be', ''),
 # --- beroeps zorg (xC)
 'hanne':     ('Hanne', 'Smolders', '6C', 'smolders.greet@telenet.be', ''),
 'sara_m':    ('Sara', 'Mahjoub', '5C', 'mahjoub.latifa@gmail.com', ''),
 'ilias':     ('Ilias', 'Haddouchi', '5C', 'haddouchi.y@hotmail.com', ''),
 'jolien':    ('Jolien', 'Van Dyck', '6C', 'jolien.mama.vandyck@gmail.com', ''),
 'merve':     ('Merve', 'Kaya', '5C', 'kaya.ayse@hotmail.com', 'kaya.osman@gmail.com'),
 'amina':     ('Amina', 'Diallo', '6C', 'diallo.mariama@gmail.com', ''),
 'grace':     ('Grace', 'Mbuyi', '5C', 'mbuyi.josephine@hotmail.com', ''),
 'lotte_b':   ('Lotte', 'Baeten', '4C', 'baeten.caroline@telenet.be', ''),
 'lotte_v':   ('Lotte', 'Vanhoudt', '3C', 'vanhoudt.k@telenet.be', 'inge.moens@gmail.com'),
 'chloe':     ('Chloé', 'Desmet', '4C', 'valerie.desmet@skynet.be', ''),
 'elif':      ('Elif', 'Demir', '3C', 'demir.familie@gmail.com', ''),
 'kiara':     ('Kiara', 'Wuyts', '5C', 'kiara.mama@hotmail.com', 'wuyts.danny@telenet.be'),
 'yara':      ('Yara', 'Tshibangu', '4C', 'tshibangu.ch@gmail.com', ''),
 'julie_j':   ('Julie', 'Jacobs', '6C', 'jacobs.veronique@telenet.be', ''),
 'seppe_j':   ('Seppe', 'Jacobs', '2B', 'jacobs.kevin@gmail.com', 'an.vercammen@telenet.be'),
 'nour_a':    ('Nour', 'Amrani', '6C', 'amrani.rachida@hotmail.com', ''),
 'noor_v':    ('Noor', 'Van Roey', '6D', 'vanroey.elke@telenet.be', ''),
 # --- beroeps bouw/bakkerij (xD)
 'tuur':      ('Tuur', 'Goossens', '5D', 'goossens.bart@telenet.be', ''),
 'kenzo':     ('Kenzo', 'Lemmens', '5D', 'cindy.lemmens@hotmail.com', ''),
 'ibrahim':   ('Ibrahim', 'Sahin', '6D', 'sahin.emine@hotmail.com', ''),
 'dries':     ('Dries', 'Wauters', '5D', 'wauters.luc@skynet.be', 'nele.wauters@gmail.com'),
 'jens':      ('Jens', 'Moens', '4D', 'sabine.declercq@telenet.be', ''),
 'mohamed':   ('Mohamed', 'Chaouki', '5D', 'chaouki.fam@gmail.com', ''),
 'bram':      ('Bram', 'Verstraeten', '6D', 'verstraeten.ria@telenet.be', ''),
 'jarne':     ('Jarne', 'Dewinter', '4D', 'dewinter.jo@proximus.be', ''),
 'sem_k':     ('Sem', 'Kenis', '4D', 'kenis.leen@telenet.be', ''),
 'sem_h':     ('Sem', 'Heylen', '3D', 'heylen.ouders@gmail.com', ''),
 'patryk':    ('Patryk', 'Wojcik', '6D', 'wojcik.beata@gmail.com', ''),
 'finn':      ('Finn', 'Luyten', '5D', 'luyten.elise@telenet.be', ''),
 # --- eerste graad / anderen
 'yusuf':     ('Yusuf', 'Ozturk', '1B', 'ozturk.zeynep@gmail.com', ''),
 'lien':      ('Lien', 'Vos', '1C', 'nathalie.bogaerts@telenet.be', 'vos.koen@skynet.be'),
 'maxim':     ('Maxim', 'Segers', '2C', 'segers.evelyne@hotmail.com', ''),
 'liam':      ('Liam', 'Peeters', '1D', 'joke.peeters@outlook.com', ''),
 'hamza':     ('Hamza', 'Bakkouri', '2D', 'bakkouri.samira@gmail.com', ''),
 'fien':      ('Fien', 'Claes', '3B', 'fien.mama.claes@gmail.com', ''),
 'louis':     ('Louis', 'Dubois', '4A', 'isabelle.dubois@skynet.be', ''),
 'ella':      ('Ella', 'Nkosi', '3C', 'nkosi.prudence@gmail.com', ''),
 'victor':    ('Victor', 'Lambert', '5A', 'famille.lambert.bxl@gmail.com', ''),
 'daan':      ('Daan', 'Smets', '2A', 'smets.hilde@telenet.be', ''),
 'zeynep':    ('Zeynep', 'Celik', '2C', 'celik.gulsen@hotmail.com', ''),
 'tibo':      ('Tibo', 'Verhoeven', '1A', 'leen.aerts@telenet.be', 'verhoeven.wim@gmail.com'),
 'marie':     ('Marie', 'Janssen', '6C', 'janssen.chantal@proximus.be', ''),
}

FIRST = ['Lucas','Louis','Noah','Arthur','Jules','Adam','Victor','Liam','Finn','Mats','Vince','Warre','Lander','Jef',
         'Ruben','Sander','Thomas','Bavo','Cas','Lowie','Matteo','Nathan','Elias','Wannes','Rune','Siebe','Yannick',
         'Mohamed','Youssef','Adil','Anas','Zakaria','Omar','Hamza','Amine','Mehmet','Burak','Kerem','Can','Emir',
         'Jakub','Szymon','Mateusz','Filip','Christ','Merveille','Glody','Exauce',
         'Emma','Olivia','Louise','Mila','Lina','Marie','Julie','Elise','Hanne','Lisa','Febe','Jana','Lotte','Tess',
         'Ines','Lore','Kato','Fleur','Nore','Amelie','Sien','Renée','Axelle','Jitse','Silke','Margot','Noa',
         'Salma','Yasmine','Aya','Imane','Hiba','Sara','Nisrine','Esra','Ecem','Defne','Zehra',
         'Maja','Zuzanna','Hanna','Nadia','Grâce','Divine','Esther','Ornella']
LAST = ['Peeters','Janssens','Maes','Jacobs','Mertens','Willems','Claes','Goossens','Wouters','De Smedt','Dubois',
        'Lambrechts','Van den Broeck','Hermans','Aerts','Vermeulen','Leemans','Verbeke','Van Dessel','Swinnen',
        'Coenen','Vandenberghe','Thys','Bosmans','Stevens','Lenaerts','Van Gorp','Cuypers','Vanderlinden','Pauwels',
        'De Bruyn','Dewit','Vandermeulen','Bogaerts','Michiels','Smolders','Jorissen','Verhaegen','Vervoort',
        'El Idrissi','Benhaddou','Amezian','Bouzid','El Ouali','Lahlou','Tahiri','Ait Lahcen',
        'Yildiz','Arslan','Dogan','Koc','Ozdemir','Kaplan',
        'Kowalski','Lewandowski','Wisniewska','Kaminski','Nowak',
        'Mukendi','Kabongo','Ilunga','Lukusa','Mbala','Kasongo']
DOMAINS = ['telenet.be','telenet.be','telenet.be','gmail.com','gmail.com','hotmail.com','skynet.be','proximus.be',
           'outlook.com']
CLASSES = [f'{g}{c}' for g in range(1, 7) for c in 'ABCD']

def build_roster():
    rng = random.Random(2828)
    rows = []
    used = set()
    per_class = {k: 0 for k in CLASSES}
    for key, (fn, ln, kl, p1, p2) in NAMED.items():
        rows.append([key, fn, ln, kl, p1, p2]); used.add((fn, ln)); per_class[kl] += 1
    paddr = set(r[4] for r in rows) | set(r[5] for r in rows if r[5])
    sizes = {k: 12 + (1 if i % 2 == 0 else 0) for i, k in enumerate(CLASSES)}  # 12/13 -> 300
    n = 0
    for kl in CLASSES:
        while per_class[kl] < sizes[kl]:
            fn = rng.choice(FIRST); ln = rng.choice(LAST)
            if (fn, ln) in used:
                continue
            used.add((fn, ln))
            parent_first = rng.choice(['an','els','kris','tom','sofie','bert','karen','dirk','katrien','jan','hanne',
                                       'nadia','rachid','fatma','ali','ewa','piotr','jeanne','patrick','liesbet'])
            dom = rng.choice(DOMAINS)
            style = rng.randrange(4)
            if style == 0:
                p1 = f'{parent_first}.{slug(ln)}@{dom}'
            elif style == 1:
                p1 = f'{slug(ln)}.{parent_first}@{dom}'
            elif style == 2:
                p1 = f'fam.{slug(ln)}@{dom}'
            else:
                p1 = f'{parent_first}{slug(ln)}{rng.randrange(60, 90)}@{dom}'
            p2 = ''
            if rng.random() < 0.45:
                other = rng.choice(['mama','papa','marc','leen','geert','ilse','karim','hatice','kasia','olivier'])
                p2 = f'{other}.{slug(ln)}@{rng.choice(DOMAINS)}'
            if p1 in paddr or p2 in paddr:
                continue
            paddr.add(p1); paddr.add(p2)
            rows.append([f'f{n}', fn, ln, kl, p1, p2]); n += 1
            per_class[kl] += 1
    rows.sort(key=lambda r: (r[3], slug(r[2]), slug(r[1])))
    ids = {}
    for i, r in enumerate(rows, 1):
        ids[r[0]] = f'P{i:04d}'
    return rows, ids

ROSTER, IDS = build_roster()
PUP = {r[0]: r for r in ROSTER}

def pupil_mail(key):
    r = PUP[key]
    return f'{slug(r[1])}.{slug(r[2])}@leerling.sintpieterscollege.be'

def par(key, n=1):
    return PUP[key][4 if n == 1 else 5]

def write_roster():
    with open(os.path.join(OUT, 'roster.csv'), 'w', encoding='utf-8-sig', newline='') as f:
        f.write('Intern nummer;Voornaam;Naam;Klas;E-mailadres leerling;E-mailadres ouder 1;E-mailadres ouder 2\r\n')
        for r in ROSTER:
            f.write(';'.join([IDS[r[0]], r[1], r[2], r[3], pupil_mail(r[0]), r[4], r[5]]) + '\r\n')

# ------------------------------------------------------------------ rendering helpers
OUTLOOK_HEAD = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
    'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
    'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
    '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
    '@font-face {font-family:Calibri; panose-1:2 15 5 2 2 2 4 3 2 4;}\n'
    'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;}\n'
    'a:link, span.MsoHyperlink {mso-style-priority:99; color:#0563C1; text-decoration:underline;}\n'
    'span.E-mailStijl17 {mso-style-type:personal-compose; font-family:"Calibri",sans-serif; color:windowtext;}\n'
    'table.MsoTableGrid {border-collapse:collapse;}\n'
    '@page WordSection1 {size:612.0pt 792.0pt; margin:70.85pt 70.85pt 70.85pt 70.85pt;}\n'
    'div.WordSection1 {page:WordSection1;}\n--></style>\n</head>\n'
    '<body lang="NL-BE" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n<div class="WordSection1">\n')
OUTLOOK_TAIL = '</div>\n</body>\n</html>\n'

def _inline(s):
    s = H.escape(s, quote=False)
    s = re.sub(r'\*\*(.+?)\*\*', r'<b>\1</b>', s)
    s = re.sub(r'(https?://[^\s<]+)', r'<a href="\1">\1</a>', s)
    return s

def _plain_inline(s):
    return re.sub(r'\*\*(.+?)\*\*', r'\1', s)

def _is_table(lines):
    return all(l.startswith('|') for l in lines)

def _is_list(lines):
    return all(l.startswith('- ') or l.startswith('  ') for l in lines) and lines[0].startswith('- ')

def _cells(l):
    return [c.strip() for c in l.strip().strip('|').split('|')]

def render_blocks(md, style='outlook'):
    """mini markup -> (text, html-fragment). Blocks separated by blank lines; '|' rows = table (first row header);
    '- ' = bullets; '~~' block start = signature (grey, small); '**x**' bold."""
    blocks = re.split(r'\n\s*\n', md.strip('\n'))
    t_out, h_out = [], []
    for b in blocks:
        lines = b.split('\n')
        if _is_table(lines):
            rows = [_cells(l) for l in lines]
            widths = [max(len(_plain_inline(r[i])) if i < len(r) else 0 for r in rows) for i in range(len(rows[0]))]
            t_out.append('\n'.join('   '.join(_plain_inline(c).ljust(widths[i]) for i, c in enumerate(r)).rstrip()
                                   for r in rows))
            hh = ['<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" '
                  'style="border-collapse:collapse;border:none">']
            for ri, r in enumerate(rows):
                hh.append('<tr>')
                for c in r:
                    bg = 'background:#D9E2F3;' if ri == 0 else ''
                    cell = f'<b>{_inline(c)}</b>' if ri == 0 else _inline(c)
                    hh.append(f'<td valign="top" style="border:solid windowtext 1.0pt;{bg}padding:0cm 5.4pt 0cm 5.4pt">'
                              f'<p class="MsoNormal">{cell}<o:p></o:p></p></td>')
                hh.append('</tr>')
            hh.append('</table>')
            h_out.append('\n'.join(hh))
        elif _is_list(lines):
            items = []
            for l in lines:
                if l.startswith('- '):
                    items.append(l[2:])
                else:
                    items[-1] += ' ' + l.strip()
            t_out.append('\n'.join('- ' + _plain_inline(i) for i in items))
            h_out.append('<ul style="margin-top:0cm" type="disc">\n' + '\n'.join(
                f'<li class="MsoNormal" style="margin-left:0cm">{_inline(i)}<o:p></o:p></li>' for i in items) + '\n</ul>')
        elif lines[0] == '~~':
            sig = lines[1:]
            t_out.append('\n'.join(_plain_inline(l) for l in sig))
            h_out.append('<p class="MsoNormal"><span style="font-size:9.0pt;color:#595959">' +
                         '<br>\n'.join(_inline(l) for l in sig) + '<o:p></o:p></span></p>')
        else:
            t_out.append('\n'.join(_plain_inline(l) for l in lines))
            h_out.append('<p class="MsoNormal">' + '<br>\n'.join(_inline(l) for l in lines) + '<o:p></o:p></p>')
        h_out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    return '\n\n'.join(t_out) + '\n', '\n'.join(h_out) + '\n'

def outlook_orig_block(hdr, style='nl'):
    """hdr = dict(van, verzonden, aan, cc, onderwerp). Returns (text, html) header of the original message."""
    lab = {'nl': ('Van', 'Verzonden', 'Aan', 'CC', 'Onderwerp'),
           'en': ('From', 'Sent', 'To', 'Cc', 'Subject'),
           'fr': ('De', 'Envoyé', 'À', 'Cc', 'Objet')}[style]
    keys = ['van', 'verzonden', 'aan', 'cc', 'onderwerp']
    tl, hl = [], []
    for k, l in zip(keys, lab):
        if hdr.get(k):
            tl.append(f'{l}: {hdr[k]}')
            hl.append(f'<b>{l}:</b> {H.escape(hdr[k])}')
    text = '\n' + '_' * 32 + '\n' + '\n'.join(tl) + '\n\n'
    html = ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
            '<p class="MsoNormal"><b><span lang="NL-BE"></span></b>' + '<br>\n'.join(hl) + '<o:p></o:p></p>\n</div>\n'
            '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n')
    return text, html

def outlook(md, orig=None):
    """Outlook style: md body, optional list of (hdr, md) earlier messages below. Returns (text, html)."""
    t, h = render_blocks(md)
    for hdr, omd in (orig or []):
        ot, oh = outlook_orig_block(hdr, hdr.get('lang', 'nl'))
        bt, bh = render_blocks(omd)
        t += ot + bt
        h += oh + bh
    return t, OUTLOOK_HEAD + h + OUTLOOK_TAIL

def gmail_html(md, quote_hdr=None, quote_md=None):
    t, h = render_blocks(md)
    h = re.sub(r' class="MsoNormal"', '', h).replace('<o:p></o:p>', '').replace('<o:p>&nbsp;</o:p>', '')
    h = h.replace('<p><br>\n</p>', '')
    out = '<div dir="ltr">' + h + '</div>\n'
    if quote_hdr:
        qt, qh = render_blocks(quote_md)
        qh = re.sub(r' class="MsoNormal"', '', qh).replace('<o:p></o:p>', '').replace('<o:p>&nbsp;</o:p>', '')
        out += (f'<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">{H.escape(quote_hdr)}<br></div>'
                f'<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);'
                f'padding-left:1ex">{qh}</blockquote></div>\n')
        t += '\n' + quote_hdr + '\n' + quote(qt)
    return t, '<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>' + out + '</body></html>\n'

def quote(text, prefix='> '):
    return '\n'.join((prefix + l).rstrip() if l.strip() else prefix.rstrip() for l in text.rstrip('\n').split('\n')) + '\n'

def fwd_block(van, datum, onderwerp, aan, body, cc=None, lang='nl'):
    if lang == 'nl':
        head = '---------- Doorgestuurd bericht ---------\n'
        head += f'Van: {van}\nDate: {datum}\nSubject: {onderwerp}\nTo: {aan}\n'
        if cc:
            head += f'Cc: {cc}\n'
    elif lang == 'fr':
        head = '---------- Forwarded message ---------\n'
        head += f'De : {van}\nDate: {datum}\nSubject: {onderwerp}\nTo: {aan}\n'
    else:
        head = '---------- Forwarded message ---------\n'
        head += f'From: {van}\nDate: {datum}\nSubject: {onderwerp}\nTo: {aan}\n'
    return head + '\n' + body.strip('\n') + '\n'

# ------------------------------------------------------------------ message building
MAILS = []

def M(slug_, **kw):
    kw['slug'] = slug_
    MAILS.append(kw)

def addr(x):
    if isinstance(x, tuple):
        return formataddr(x)
    return x

def bare(x):
    return x[1] if isinstance(x, tuple) else x

TZ1, TZ2 = timezone(timedelta(hours=1)), timezone(timedelta(hours=2))

def mkdate(s):
    d = datetime.strptime(s, '%Y-%m-%d %H:%M')
    summer = (d.month > 3 or (d.month == 3 and d.day >= 31)) and (d.month < 10 or (d.month == 10 and d.day < 29))
    return d.replace(tzinfo=TZ2 if summer else TZ1)

def text_part(text, subtype='plain', charset='utf-8', cte='quoted-printable'):
    p = EmailMessage(policy=SMTP)
    p.set_content(text, subtype=subtype, charset=charset, cte=cte)
    del p['MIME-Version']
    return p

def build(spec, n):
    kind = spec.get('kind', 'plain')
    cte = spec.get('cte', 'quoted-printable')
    charset = spec.get('charset', 'utf-8')
    body = EmailMessage(policy=SMTP)
    bnd = f'----=_NextPart_{n:03d}_{int(hashlib.md5(spec["slug"].encode()).hexdigest()[:8], 16):08X}'
    if kind == 'plain':
        if cte == '7bit' and not spec['text'].isascii():
            raise SystemExit('non-ascii 7bit: ' + spec['slug'])
        body.set_content(spec['text'], charset=charset, cte=cte)
    elif kind == 'html':
        body.set_content(spec['html'], subtype='html', charset=charset, cte=cte)
    elif kind == 'alt':
        body.set_content(spec['text'], charset=charset, cte=cte)
        body.add_alternative(spec['html'], subtype='html', charset=charset, cte=cte)
        for p in body.iter_parts():
            del p['MIME-Version']
        body.set_boundary(bnd + '_alt')
    atts = spec.get('attach', [])
    if atts:
        outer = EmailMessage(policy=SMTP)
        outer.make_mixed()
        outer.set_boundary(bnd + '_mix')
        # move body
        if body.is_multipart():
            del body['MIME-Version']
            outer.attach(body)
        else:
            bp = EmailMessage(policy=SMTP)
            for k, v in body.items():
                if k.lower() != 'mime-version':
                    bp[k] = v
            bp._payload = body._payload
            outer.attach(bp)
        for a in atts:
            if a[0] == 'rfc822':
                inner = build(a[1], n * 1000 + 1)
                ap = EmailMessage(policy=SMTP)
                ap.set_content(inner)
                ap['Content-Disposition'] = 'attachment; filename="' + a[2] + '"' if len(a) > 2 else 'attachment'
                del ap['MIME-Version']
                outer.attach(ap)
            else:
                fname, ctype, data = a
                maintype, subtype = ctype.split('/')
                ap = EmailMessage(policy=SMTP)
                if maintype == 'text':
                    ap.set_content(data, subtype=subtype, charset='utf-8', cte='base64' if spec.get('att_b64') else 'quoted-printable',
                                   disposition='attachment', filename=fname)
                else:
                    ap.set_content(data, maintype=maintype, subtype=subtype, disposition='attachment', filename=fname)
                del ap['MIME-Version']
                outer.attach(ap)
        msg = outer
    else:
        msg = body
    # headers: put them first in a fresh message
    final = EmailMessage(policy=SMTP)
    final['Date'] = format_datetime(mkdate(spec['date']))
    final['From'] = addr(spec['frm'])
    final['To'] = ', '.join(addr(x) for x in spec['to'])
    if spec.get('cc'):
        final['Cc'] = ', '.join(addr(x) for x in spec['cc'])
    final['Subject'] = spec['subject']
    dom = bare(spec['frm']).split('@')[1]
    h = hashlib.md5((spec['slug'] + spec['date']).encode()).hexdigest()
    if spec.get('client') == 'outlook':
        final['Message-ID'] = f'<AM9PR0{h[:2].upper()}MB{h[2:6].upper()}{h[6:20].upper()}@AM9PR0{h[:2].upper()}MB{h[2:6].upper()}.eurprd0{int(h[20],16)%9+1}.prod.outlook.com>'
    else:
        final['Message-ID'] = f'<{h[:12]}.{h[12:20]}@{dom}>'
    if spec.get('in_reply_to'):
        final['In-Reply-To'] = spec['in_reply_to']
        final['References'] = spec['in_reply_to']
    if spec.get('client') == 'outlook':
        final['Thread-Topic'] = spec['subject']
        final['X-MS-Has-Attach'] = 'yes' if atts else ''
        final['Content-Language'] = {'nl': 'nl-BE', 'en': 'en-GB', 'fr': 'fr-BE'}[spec.get('lang', 'nl')]
    elif spec.get('client') == 'thunderbird':
        final['User-Agent'] = 'Mozilla Thunderbird'
    elif spec.get('client') == 'apple':
        final['X-Mailer'] = 'iPhone Mail (21D61)'
    final['MIME-Version'] = '1.0'
    for k, v in msg.items():
        if k.lower() in ('mime-version',):
            continue
        final[k] = v
    final._payload = msg._payload
    return final

def zipbytes(files):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=(2024, 1, 15, 10, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return bio.getvalue()

FAKE_EXE = b'MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00\xb8' + b'\x00' * 40 + b'PE\x00\x00L\x01' + bytes(range(256)) * 4
FAKE_OLE = b'PK\x03\x04\x14\x00\x06\x00' + b'word/vbaProject.bin' + bytes(range(200)) * 3

# ------------------------------------------------------------------ people
D = 'sintpieterscollege.be'
S = {  # staff
 'dir':   ('Koen Vandenbroucke', f'koen.vandenbroucke@{D}'),
 'hilde': ('Hilde Wouters', f'hilde.wouters@{D}'),
 'bart':  ('Bart Claes', f'bart.claes@{D}'),
 'els':   ('Els Verhaegen', f'els.verhaegen@{D}'),
 'pieter':('Pieter Goossens', 'pgo@spc.ksleuven.be'),
 'nadia': ('Nadia Bakkali', f'nadia.bakkali@{D}'),
 'dirk':  ('Dirk Mertens', f'dirk.mertens@{D}'),
 'sofie': ('Sofie Janssens', f'sofie.janssens@{D}'),
 'liesbeth': ('Liesbeth Van Damme', f'liesbeth.vandamme@{D}'),
 'mohamed': ('Mohamed Amrani', f'mohamed.amrani@{D}'),
 'griet': ('Griet Lemmens', f'griet.lemmens@{D}'),
 'wim':   ('Wim De Smet', f'wim.desmet@{D}'),
 'marleen': ('Marleen Vos', f'marleen.vos@{D}'),
 'rita':  ('Rita Hermans', f'rita.hermans@{D}'),
 'luc':   ('Luc Raes', f'luc.raes@{D}'),
 'steven':('Steven Dewulf', f'steven.dewulf@{D}'),
 'katrien': ('Katrien Smets', f'katrien.smets@{D}'),
 'olivier': ('Olivier Lenaerts', f'olivier.lenaerts@{D}'),
 'an':    ('An Coppens', f'an.coppens@{D}'),
 'tom':   ('Tom Verbeeck', f'tom.verbeeck@{D}'),
 'kristof': ('Kristof Lambrechts', 'kla@spc.ksleuven.be'),
 'ines':  ('Ines Moens', f'ines.moens@{D}'),
 'yasmina': ('Yasmina Ouali', f'yasmina.ouali@{D}'),
 'gert':  ('Gert Aerts', f'gert.aerts@{D}'),
 'jolien':('Jolien Maes', f'jolien.maes@{D}'),
 'greet': ('Greet Maes', f'greet.maes@{D}'),
 'sarah': ('Sarah Dierckx', f'sarah.dierckx@{D}'),
 'brecht':('Brecht Willaert', f'brecht.willaert@{D}'),
 'secr':  ('Secretariaat Sint-Pieterscollege', f'secretariaat@{D}'),
 'directie': ('Directie Sint-Pieterscollege', f'directie@{D}'),
 'ict':   ('ICT Sint-Pieterscollege', f'ict@{D}'),
}
X = {  # external partners
 'frank':   ('Frank Van Loock', 'frank@garagevanloock.be'),
 'joris':   ('Joris Hendrickx', 'joris.hendrickx@autohuisherent.be'),
 'annsofie':('Ann-Sofie Geerts', 'annsofie.geerts@wzcterlinde.be'),
 'veerle':  ('Veerle Michiels', 'veerle.michiels@meerhof-zorg.be'),
 'jos':     ('Jos Claessens', 'jos.claessens@claessens-bouw.be'),
 'marc':    ('Bakkerij De Gouden Aar', 'info@degoudenaar.be'),
 'dupont':  ('Nathalie Dupont', 'n.dupont@boulangeriedupont.be'),
 'sien':    ('Dr. Sien Vermeulen', 'sien.vermeulen@gymliga.be'),
 'gymjury': ('Wedstrijdsecretariaat Gymliga', 'wedstrijden@gymliga.be'),
 'kevin':   ('Kevin Lauwers', 'kevin.lauwers@kfcheverlee.be'),
 'lotte':   ('Lotte Vranckx', 'lotte.vranckx@leuvensezwemkring.be'),
 'hans':    ('Hans Borremans', 'hans@startheverlee.be'),
 'zwemliga':('Zwemliga Vlaanderen - inschrijvingen', 'inschrijvingen@zwemliga.be'),
 'karolien':('Karolien Decoster', 'karolien.decoster@ziekenhuisschool-leuven.be'),
 'bram':    ('Bram Segers', 'bram.segers@dewending.be'),
 'evelien': ('Evelien Gysen', 'evelien.gysen@ocj-vlaamsbrabant.be'),
 'tim':     ('Tim Boeckx', 'tim.boeckx@politieleuven.be'),
 'sanne':   ('Sanne Lievens', 'sanne.lievens@leuven.be'),
 'fatima':  ('Fatima Zahraoui', 'fatima.zahraoui@leuven.be'),
 'elke':    ('Elke Bosmans', 'logo.bosmans@telenet.be'),
 'cools':   ('Pieterjan Cools', 'pj.cools@praktijkkompas.be'),
 'nowak':   ('Agnieszka Nowak', 'a.nowak.vertalingen@gmail.com'),
 'dewit':   ('Reizen Dewit - planning', 'planning@reizendewit.be'),
 'jelle':   ('Jelle Van Hoof', 'jelle.vanhoof@inforwijs.be'),
 'sven':    ('Sven Thijs', 'sven.thijs@kopiesys.be'),
 'kopiesys':('Kopiesys Service', 'service@kopiesys.be'),
 'kiem':    ('Helpdesk Uitgeverij Kiemkracht', 'helpdesk@kiemkracht.be'),
 'geert':   ('Geert Vanhove', 'geert@rijschoolzuiderpoort.be'),
 'rijschool': ('Rijschool Zuiderpoort', 'info@rijschoolzuiderpoort.be'),
 'ellen':   ('Ellen Goris', 'ellen.goris@clb-leuven.be'),
 'karin':   ('Karin Lindqvist', 'k.lindqvist@ejgu-gymnastics.org'),
 'erik':    ('Erik Haugland', 'erik.haugland@bergensvommeklubb.no'),
 'ingrid':  ('Ingrid Solberg', 'ingrid.solberg04@gmail.com'),
 'laurent': ('Laurent Delvaux', 'l.delvaux@rfchesbaye.be'),
 'lambotte':('Sophie Lambotte', 'sophie.lambotte@amo-lesponts.be'),
 'scout':   ('Daniel Hughes', 'd.hughes@northbridgeacademy.co.uk'),
 'netbrabant': ('Koen Dillen', 'koen.dillen@netbrabant.be'),
 'student': ('Bert Vangeel', 'bert.vangeel@student.hoglev.be'),
 'verzekering': ('Arcadia Verzekeringen - schadedienst', 'schade.scholen@arcadia-verzekeringen.be'),
}

SCHOOL_T = '016 40 21 50'

def sig(name, role, phone=None, mobile=None, lang='nl'):
    org = {'nl': 'Sint-Pieterscollege – campus Heverlee-Oost',
           'en': 'Sint-Pieterscollege (Heverlee-Oost campus), Leuven, Belgium',
           'fr': 'Sint-Pieterscollege – campus Heverlee-Oost (Louvain)'}[lang]
    lines = ['~~', f'**{name}**', role, org, 'Oostveldstraat 21, 3001 Heverlee']
    tel = []
    if phone:
        tel.append(('T ' if lang != 'en' else 'Tel. ') + phone)
    if mobile:
        tel.append(('GSM ' if lang == 'nl' else 'Mob. ') + mobile)
    if tel:
        lines.append(' | '.join(tel))
    return '\n'.join(lines)

def psig(name, role, phone=None):
    """plain-text signature"""
    s = f'-- \n{name}\n{role}\nSint-Pieterscollege Heverlee-Oost\n'
    if phone:
        s += f'tel. {phone}\n'
    return s

def OL(slug_, md, orig=None, fmt=(), **kw):
    t, h = outlook(md, orig)
    M(slug_, kind='alt', text=t, html=h, client='outlook', fmt=['alt', 'outlook-html'] + list(fmt), **kw)

def OLH(slug_, md, orig=None, fmt=(), **kw):
    """Outlook HTML only (no text part)"""
    t, h = outlook(md, orig)
    M(slug_, kind='html', html=h, client='outlook', fmt=['html', 'outlook-html'] + list(fmt), **kw)

def PL(slug_, text, fmt=(), cte='quoted-printable', **kw):
    tag = {'quoted-printable': 'plain-qp', '8bit': 'plain-8bit', 'base64': 'plain-base64', '7bit': 'plain'}[cte]
    if kw.get('charset') == 'windows-1252':
        tag = 'plain-cp1252-8bit'
    M(slug_, kind='plain', text=text, cte=cte, fmt=[tag] + list(fmt), **kw)

def GM(slug_, md, quote_hdr=None, quote_md=None, fmt=(), **kw):
    t, h = gmail_html(md, quote_hdr, quote_md)
    M(slug_, kind='alt', text=t, html=h, fmt=['alt', 'gmail-html'] + list(fmt), **kw)

# ================================================================== PASSWORD (credential handed over)
OL('copier-firmware-pins', f'''Dag Sven,

Zoals telefonisch besproken de gegevens van de drie toestellen waar de firmware-update nog op moet. Je kan ze vanop afstand bereiken via het beheer-VLAN, je collega had dat in november al ingesteld.

| Locatie | Toestel | Serienummer | Beheerders-PIN |
| Personeelskamer | Kx-C4050 | KX7Q01822 | 730915 |
| Secretariaat | Kx-C3030 | KX7Q01190 | 730915 |
| Praktijkblok bouw | Kx-B2520 | KX5P00471 | 448201 |

Het toestel in het praktijkblok hangt aan een aparte switch. Als het niet lukt, laat het weten, dan zet Luc het ter plaatse even aan.
Mogen de PIN's na de update gewijzigd worden? Geef mij de nieuwe dan liefst telefonisch door, niet per mail.

Groetjes,
Wim

{sig('Wim De Smet', 'ICT-coördinator', '016 40 21 58', '0478 31 62 09')}''',
   date='2024-01-23 16:42', frm=S['wim'], to=[X['sven']], subject='Firmware-update Kx-toestellen - gegevens',
   rules=['password', 'personal_data'], note='ICT gives the copier firm the admin PINs of three devices in a table', lang='nl', fmt=['table'])

PL('rdp-account-inforwijs', '''Hoi Jelle,

Voor de interventie van morgen op de domeincontroller (jullie ticket 24-0316):

server: srv-dc01.spc.local (via de VPN zoals vorige keer)
account: ext_inforwijs
wachtwoord: Hv0st!Srv-2024

Het account staat open tot vrijdagavond, daarna zet ik het terug uit. Back-up is vannacht goed gelopen.

Mvg
Wim
''', date='2024-03-04 17:55', frm=S['wim'], to=[X['jelle']], subject='RE: interventie DC - toegang',
   rules=['password'], note='ICT hands the IT supplier a remote admin account and its password for maintenance', lang='nl')

OL('wifi-gast-zwemliga', f'''Beste mevrouw Baert,

Welkom volgende woensdag bij ons voor de testdag van de zwemmers. Hieronder de praktische afspraken.

- Parking: achter de sporthal, inrit via de Oostveldstraat (de slagboom staat open tussen 13u en 18u)
- Aanmelden aan het onthaal van de sporthal, niet aan het hoofdgebouw
- Draadloos netwerk voor gasten: **SPC-Gast**, sleutel **Zwembad#Oost24** (werkt tot vrijdag 23u59)

Mocht u nog iets nodig hebben, u kan mij altijd bereiken.

Met vriendelijke groeten

{sig('Marleen Vos', 'Leerlingensecretariaat', SCHOOL_T)}''',
   date='2023-10-06 11:20', frm=S['secr'], env_from=S['secr'][1], to=[('Dorien Baert', 'dorien.baert@zwemliga.be')],
   subject='Testdag zwemmen 11/10 - praktische info', rules=['password', 'personal_data'],
   note='secretariat gives a federation trainer the guest Wi-Fi key for a test day', lang='nl', fmt=['bullets'])

OL('visiting-swimmers-access', f'''Dear Erik,

Great to hear that the group arrives on Sunday evening. Some practical things for the week:

- The pool is reserved for your swimmers Monday to Thursday, 6:30–8:30 and 16:00–18:00.
- The side entrance of the sports hall (next to the bike shed) opens with code **2468#**. Please close the door behind you, the alarm goes off after 10 pm.
- Guest Wi-Fi: network **SPC-Gast**, key **Fjord-Heverlee-7**

Our swim coach Olivier Lenaerts will meet you on Monday at 6:15 at that same entrance.

Kind regards,
Bart

{sig('Bart Claes', 'Coordinator elite sport programme', '+32 16 40 21 63', '+32 475 18 44 02', lang='en')}''',
   date='2024-02-14 09:05', frm=S['bart'], to=[X['erik']], subject='Training week Leuven - access and wifi',
   rules=['password', 'personal_data'], note='visiting club coach gets the sports hall door code and the guest Wi-Fi key', lang='en', fmt=['bullets'])

PL('sporthal-codes-kfc', '''Dag Kevin,

Vanaf dinsdag 9 januari zijn jullie U15 en U17 in de sporthal (zaal 1 en 2) van 18u30 tot 21u.

Poort parking sporthal: 1357 en dan het sleuteltje
Deur kleedkamers: 2468#
Kluisjes materiaal (gang kleedkamer 3):
  kast 21 - ballen/hesjes: 0915
  kast 22 - EHBO en kegels: 0916

Laat de kluisjes aub niet openstaan, vorig jaar is er van alles verdwenen. Bij problemen mag je mij bellen op 0486 22 17 90 (tot 21u30).

Groeten
Luc Raes
technisch medewerker
''', cte='8bit', charset='windows-1252', date='2024-01-05 14:10', frm=S['luc'], to=[X['kevin']],
   subject='codes sporthal vanaf januari', rules=['password', 'personal_data'],
   note='caretaker sends an external club trainer the gate, door and locker codes of the sports hall', lang='nl')

OL('stageportaal-mentor-garage', f'''Beste Frank,

Bedankt om Kacper vanaf maandag opnieuw op te vangen in de werkplaats.

Zoals beloofd kan u de evaluaties dit jaar online invullen in ons stageportaal (https://stagevolg.sintpieterscollege.be).
Uw gegevens:
Gebruikersnaam: f.vanloock
Tijdelijk wachtwoord: Garage-7713

Bij de eerste aanmelding vraagt het systeem om zelf een nieuw wachtwoord te kiezen. De tussentijdse evaluatie van Kacper verwachten we tegen 15 maart.

Met vriendelijke groeten,
Els

{sig('Els Verhaegen', 'Stagecoördinator', SCHOOL_T, '0491 55 70 23')}''',
   date='2024-02-02 10:31', frm=S['els'], to=[X['frank']], subject='Login stageportaal - stage Kacper N.',
   about=['kacper'], rules=['password', 'personal_data'],
   note='internship coordinator gives the garage mentor his portal login and temporary password', lang='nl')

OL('wzc-reset-mentor', f'''Dag Ann-Sofie,

Sorry voor het ongemak. Ik heb uw account opnieuw ingesteld, probeer maar met dit tijdelijke wachtwoord: **TerLinde!2024**
Uw gebruikersnaam blijft uw e-mailadres.

Lukt het daarna nog niet, dan vul ik de evaluatie van Hanne volgende week samen met u in tijdens mijn stagebezoek.

Groetjes,
Nadia''', orig=[({'van': 'Ann-Sofie Geerts <annsofie.geerts@wzcterlinde.be>', 'verzonden': 'dinsdag 19 maart 2024 14:02',
   'aan': 'Nadia Bakkali <nadia.bakkali@sintpieterscollege.be>', 'onderwerp': 'inloggen lukt niet'},
   '''Hallo Nadia,

Ik probeer de tussentijdse evaluatie van Hanne in te vullen maar ik krijg steeds "ongeldige aanmelding". Kan jij eens kijken?

Vriendelijke groeten,

Ann-Sofie Geerts
Hoofdverpleegkundige afdeling Linde 2
WZC Ter Linde
tel. 016 29 84 11''')],
   date='2024-03-19 15:27', frm=S['nadia'], to=[X['annsofie']], subject='RE: inloggen lukt niet',
   about=['hanne'], rules=['password', 'personal_data'], fmt=['reply'],
   note='internship supervisor resets the care-home mentor\'s portal account and mails the temporary password', lang='nl')

PL('stagemailbox-paswoord', '''Pieter,

Het paswoord van de stagemailbox (stages@sintpieterscollege.be) is sinds vandaag veranderd, het is nu Stage2024!Hev

Niet doorgeven aan de leerlingen eh, vorig jaar stond het op de bank in het atelier geschreven :-)

Els
''', cte='7bit', date='2024-01-08 08:12', frm=S['els'], to=[S['pieter']], subject='nieuw paswoord stagemailbox',
   rules=['password'], note='colleague gives a colleague the new password of the shared internship mailbox', lang='nl')

OL('trainlog-teamaccount', f'''Dag iedereen,

We gebruiken vanaf dit trimester TrainLog om de trainingsbelasting van de topsporters op te volgen (RPE na elke training, slaap, blessures). Voorlopig werken we met één coachaccount tot de licenties per trainer binnen zijn.

| App | Gebruikersnaam | Wachtwoord |
| TrainLog (web + app) | coach-spc-heverlee | Sp1ts!Heverlee23 |

Lotte, jij kan zo ook de zwemmers van de LZK opvolgen die bij ons in de klas zitten. Graag de gegevens niet verder verspreiden.

Bart''',
   date='2023-09-18 19:48', frm=S['bart'], to=[S['steven'], S['katrien'], S['olivier'], X['lotte']],
   subject='TrainLog - coachaccount', rules=['password'],
   note='elite sport coordinator shares the team account of the sports-tracking app with trainers incl. one club trainer',
   lang='nl', fmt=['table'])

PL('welkom-interim-logins', '''Dag Sarah,

Welkom in ons team! Hierbij alvast je gegevens, dan kan je maandag meteen aan de slag:

Smartschool: sarah.dierckx / startwachtwoord Welkom-4821 (je moet het bij de eerste aanmelding wijzigen)
Kopieercode (alle toestellen): 5510
Je laptop haal je maandag om 8u bij Wim in lokaal A012.

Je uurrooster en de lesvoorbereidingen van Annelies liggen in je vakje in de leraarskamer.

Tot maandag!
Marleen
''', date='2024-04-12 13:37', frm=S['marleen'], to=[S['sarah']], subject='Welkom + je gegevens',
   rules=['password'], note='secretariat gives an interim teacher her start password and copier code', lang='nl')

OL('kiemkracht-beheerder', f'''Goedemiddag,

Bedankt voor de snelle reactie. Om het probleem met de klasgroepen te bekijken mag u inloggen met ons beheerdersaccount:

Gebruiker: ict@sintpieterscollege.be
Wachtwoord: Kiem!SPC-2023

Het gaat vooral om de klassen 2A en 2B, die zien de licentie voor Wiskunde Plus niet.

Met vriendelijke groet,
Wim De Smet''', orig=[({'van': 'Helpdesk Uitgeverij Kiemkracht <helpdesk@kiemkracht.be>', 'verzonden': 'woensdag 27 september 2023 10:14',
   'aan': 'ICT Sint-Pieterscollege <ict@sintpieterscollege.be>', 'onderwerp': 'Ticket #KK-20931 - licenties niet zichtbaar'},
   '''Beste klant,

Wij hebben uw melding goed ontvangen. Om het probleem te kunnen onderzoeken moeten wij de koppeling van uw school bekijken. Wilt u ons daarvoor toegang geven tot de schoolbeheeromgeving?

Met vriendelijke groeten,
Team Helpdesk
Uitgeverij Kiemkracht
T 03 290 14 70 (werkdagen 8u30 - 17u)''')],
   date='2023-09-27 12:03', frm=S['ict'], env_from=S['ict'][1], to=[X['kiem']],
   subject='RE: Ticket #KK-20931 - licenties niet zichtbaar', rules=['password', 'personal_data'], fmt=['reply'],
   note='ICT gives the publisher helpdesk the school admin login and password to check licences', lang='nl')

PL('fwd-verificatiecode', fwd_block('Uitgeverij Kiemkracht <noreply@kiemkracht.be>', 'ma 6 nov 2023 om 08:41',
   'Uw verificatiecode', 'jolien.maes@sintpieterscollege.be', '''Beste gebruiker,

Gebruik onderstaande code om je aanmelding te bevestigen:

    583204

Deze code is 10 minuten geldig. Heb je deze aanvraag niet zelf gedaan? Dan mag je deze mail negeren.

Uitgeverij Kiemkracht'''.strip()).join(['Brecht, kan jij hiermee inloggen op de klasaccount 2A? Ik sta nu in de turnzaal en kan niet aan mijn gsm.\nSnel zijn, 10 min geldig!\n\n', '']),
   date='2023-11-06 08:43', frm=S['jolien'], to=[S['brecht']], subject='Fwd: Uw verificatiecode', fmt=['forward-inline'],
   rules=['password'], note='teacher forwards a login verification code to a colleague so he can log in on her account', lang='nl')

OL('acces-video-rfc-hesbaye', f'''Bonjour Laurent,

Comme convenu au téléphone, voici un accès invité à notre plateforme vidéo pour que vous puissiez regarder les derniers matchs de Thibault avec notre équipe U17.

Adresse : https://video.sintpieterscollege.be
Identifiant : invite.rfchesbaye
Mot de passe : Video-Heverlee-88

L'accès reste actif jusqu'au 31 mars. Merci de ne pas le partager en dehors de votre staff.

Bien cordialement,
Bart Claes

{sig('Bart Claes', 'Coordinateur sport de haut niveau', '+32 16 40 21 63', lang='fr')}''',
   date='2024-03-01 18:22', frm=S['bart'], to=[X['laurent']], subject='Accès vidéo - matchs U17',
   about=['thibault'], rules=['password', 'personal_data'],
   note='elite sport coordinator gives a Walloon club trainer a guest login and password for the video platform', lang='fr')

PL('fwd-sleutelkluis-werf', fwd_block('Jos Claessens <jos.claessens@claessens-bouw.be>', 'vr 23 feb 2024 om 16:05',
   'stagiair werf Wilsele', 'Dirk Mertens <dirk.mertens@sintpieterscollege.be>', '''Dag Dirk,

Tuur mag maandag om 7u00 rechtstreeks naar de werf in Wilsele komen (Aarschotsesteenweg, achter de Aldi). Als er nog niemand is: de sleutels van de werfkeet zitten in de sleutelkluis aan de container, code 2580. Hij mag daar zijn helm en werkkledij al leggen.

Mvg
Jos Claessens
Werfleider
Bouwbedrijf Claessens nv
0475 61 28 93''').join(['Tuur, zie hieronder van Jos. Zorg dat je op tijd bent maandag en zet de kluis terug dicht!\nDhr. Mertens\n\n', '']),
   date='2024-02-23 16:40', frm=S['dirk'], to=[pupil_mail('tuur')], subject='Fwd: stagiair werf Wilsele',
   about=['tuur'], rules=['password', 'personal_data'], fmt=['forward-inline'],
   note='practical teacher forwards the building firm\'s key-safe code to the intern', lang='nl')

OL('fwd-dewit-klantenportaal', '''Bart,

Ter info: vanaf nu boeken we de bussen voor de wedstrijden zelf in het portaal van Dewit. Hieronder de login die ze mij stuurden, dan kan jij voor de gymnasten ook zelf reserveren.

Marleen''', orig=[({'van': 'Reizen Dewit - planning <planning@reizendewit.be>', 'verzonden': 'maandag 11 september 2023 15:48',
   'aan': 'secretariaat@sintpieterscollege.be', 'onderwerp': 'Toegang klantenportaal'},
   '''Beste,

Zoals gevraagd hebben wij een account aangemaakt in ons klantenportaal (https://boeken.reizendewit.be).

Klantnummer: 40211
Wachtwoord: Dewit2024spc

Met vriendelijke groeten,
Greet Dewit
Reizen Dewit bvba - planning
tel. 016 65 32 10''')],
   date='2023-09-12 08:50', frm=S['marleen'], to=[S['bart']], subject='TR: Toegang klantenportaal', fmt=['forward-outlook'],
   rules=['password', 'personal_data'], note='secretariat forwards the bus company portal login to a colleague', lang='nl')

PL('rijschool-theorie-logins', '''Dag Geert,

Voor de theorieles van donderdag (lokaal B014) hier de leerlingen van 6B die zich al geregistreerd hebben op het oefenplatform. Ze hebben allemaal hetzelfde startwachtwoord gekregen, zodat jij ze kan helpen als ze niet binnen geraken:

jorn.daems
senne.mertens
milan.huybrechts
ayoub.benali
robbe.peters

startwachtwoord: Rijbewijs24

De anderen maken hun account donderdag ter plaatse aan.

Groeten,
Brecht Willaert
titularis 6B
''', date='2024-01-29 20:15', frm=S['brecht'], to=[X['geert']], subject='theorieles do - logins leerlingen',
   about=['jorn', 'senne', 'milan_b', 'ayoub', 'robbe_pt'], rules=['password'],
   note='class teacher gives the driving school the pupils\' usernames and their shared start password', lang='nl')

PL('kluisje-gymhal-amber', '''Hoi Amber,

Je hebt vanaf morgen kluisje 14 in de gymhal (naast de trampoline). Code: 3391
Niet aan de anderen zeggen hé.

Tot morgen op training!
Katrien

Verzonden vanaf mijn iPhone
''', cte='8bit', client='apple', date='2023-09-04 21:02', frm=S['katrien'], to=[pupil_mail('amber')], subject='kluisje',
   about=['amber'], rules=['password'], note='gym trainer gives a pupil her locker code', lang='nl')

OL('scan-naar-mail-account', f'''Dag Sven,

Voor de configuratie van scan-naar-mail op de nieuwe toestellen mag je dit account gebruiken:

| Instelling | Waarde |
| SMTP-server | smtp.office365.com, poort 587, STARTTLS |
| Account | scanner@sintpieterscollege.be |
| Wachtwoord | Sc4n-Oost!71 |

Afzender mag "Kopieerapparaat SPC" zijn. Graag laten weten wanneer het getest is.

Wim

{sig('Wim De Smet', 'ICT-coördinator', '016 40 21 58')}''',
   date='2024-01-30 11:15', frm=S['wim'], to=[X['sven']], subject='scan naar mail - account',
   rules=['password', 'personal_data'], note='ICT gives the copier technician the scan mailbox password in a settings table',
   lang='nl', fmt=['table'])

PL('directiemailbox-verlof', '''Dag Marleen,

Ik ben vanaf donderdag twee weken weg (operatie, niets ergs). Wil jij in die periode de directie-mailbox een beetje opvolgen? Alles rond inschrijvingen mag je zelf beantwoorden, de rest doorsturen naar Koen.

Aanmelden met directie@sintpieterscollege.be en wachtwoord Dir3ctie-Oost!9

Merci!
Hilde
''', date='2024-05-13 17:02', frm=S['hilde'], to=[S['marleen']], subject='directie-mailbox tijdens mijn afwezigheid',
   rules=['password'], note='deputy head gives the secretary the password of the direction mailbox during her leave', lang='nl')

OL('ziekenhuisschool-gastaccount', f'''Beste Karolien,

Dank voor uw telefoontje van gisteren. Zeynep ligt sinds maandag opnieuw op de kinderoncologie voor haar volgende kuur en zal daar waarschijnlijk een drietal weken blijven.

Zodat u haar lessen kan opvolgen, heb ik een gastaccount op Smartschool aangemaakt met toegang tot de vakken van 2C:
gebruikersnaam: zhs.decoster
wachtwoord: ZHS-Leuven-5521

De titularis, mevrouw Greet Maes, zet de leerstof per week klaar in de map "Zeynep – ziekenhuisschool".

Met vriendelijke groeten,
Liesbeth Van Damme

{sig('Liesbeth Van Damme', 'Zorgcoördinator', SCHOOL_T)}''',
   date='2024-02-07 09:40', frm=S['liesbeth'], to=[X['karolien']], subject='Gastaccount Smartschool - Zeynep (2C)',
   about=['zeynep'], rules=['password', 'sensitive', 'personal_data'], cats=['medical'],
   note='care coordinator gives the hospital school a Smartschool guest login and says the pupil is back in paediatric oncology',
   lang='nl')

PL('trainlog-kine-wending', '''Dag Bram,

Zoals afgesproken op het overleg: je kan de trainingsgegevens van Mats vanaf nu zelf bekijken in TrainLog, dan moeten we niet telkens de schema's doormailen.

login: kine.dewending
wachtwoord: Wending#4417

Je ziet enkel Mats. Hij doet sinds deze week weer lichte looptraining, zes weken na de kruisbandoperatie; de kniebrace draagt hij nog bij het voetballen met de klas (dat mag hij van ons enkel als keeper). Laat gerust weten als je iets ziet wat je niet vertrouwt.

Bart
''', date='2024-04-22 12:47', frm=S['bart'], to=[X['bram']], subject='TrainLog toegang voor opvolging Mats',
   about=['mats'], rules=['password', 'sensitive'], cats=['medical'],
   note='rehab physio gets a login to the tracking app; the mail also describes the pupil\'s knee surgery and rehab',
   lang='nl')

OL('gymwedstrijd-jury-wifi', f'''Beste,

Hierbij de praktische info voor de jury en het wedstrijdsecretariaat op zaterdag 16 maart (provinciale voorronde, sporthal campus Heverlee-Oost).

| Wat | Info |
| Parking jury | parking personeel, slagboom code 8013 |
| Juryruimte | lokaal S102 (1e verdieping sporthal) |
| Wifi | netwerk SPC-Event, sleutel Salto-Mortale-24 |
| Printer jurytafel | gekoppeld aan SPC-Event |
| Catering | vanaf 8u in de cafetaria |

De zaal is open vanaf 7u30. Bij vragen op de dag zelf: Bart Claes.

Sportieve groeten,

{sig('Bart Claes', 'Topsportcoördinator', '016 40 21 63', '0475 18 44 02')}''',
   date='2024-03-08 14:30', frm=S['bart'], to=[X['gymjury']], subject='Provinciale voorronde 16/3 - praktische info jury',
   rules=['password', 'personal_data'], note='federation jury gets the parking barrier code and event Wi-Fi key in a table',
   lang='nl', fmt=['table'])

PL('vertaler-zip-wachtwoord', '''Dag mevrouw Nowak,

In de vorige mail zit de brief voor de mama van Zofia (5A) over de studiekeuze volgend jaar en het infomoment van 24 april. Het bestand zit in een beveiligd zip-bestand, het wachtwoord is: Tlum-2024-Oost

Zou u de vertaling naar het Pools tegen volgende week vrijdag kunnen bezorgen? Uw offerte van 0,11 euro per woord is goedgekeurd.

Met vriendelijke groeten,
Liesbeth Van Damme
zorgcoördinator
''', date='2024-04-08 15:02', frm=S['liesbeth'], to=[X['nowak']], subject='wachtwoord bestand vertaling',
   about=['zofia'], rules=['password'], note='care coordinator sends the sworn translator the password of a protected zip', lang='nl')

OL('logopedist-sprint-login', f'''Dag Elke,

Fijn dat Jens ook bij jou met Sprint wil oefenen. Zijn dyslexie-attest is in orde, dus hij heeft een schoollicentie waarmee hij ook thuis en in de praktijk kan werken:

Gebruikersnaam: jens.moens.sprint
Wachtwoord: Lezen#2024

In de lessen Nederlands en geschiedenis krijgt hij zijn toetsen digitaal, met voorleesfunctie. Dat staat zo in zijn handelingsplan.

Groetjes,
Liesbeth''',
   date='2023-10-17 16:20', frm=S['liesbeth'], to=[X['elke']], subject='Sprint-licentie Jens',
   about=['jens'], rules=['password', 'sensitive'], cats=['medical', 'care'],
   note='speech therapist gets the pupil\'s reading-software login; mail also states his dyslexia and care plan', lang='nl')

PL('ocj-wachtwoord-bijlage', '''Geachte mevrouw Gysen,

Zoals afgesproken het wachtwoord voor de beveiligde bijlage die ik u daarnet stuurde: 7Hk2-pL9x

Met vriendelijke groeten,
Liesbeth Van Damme
''', cte='7bit', date='2024-01-16 11:06', frm=S['liesbeth'], to=[X['evelien']], subject='wachtwoord bijlage',
   rules=['password'], note='care coordinator sends a youth-care consultant the password of a protected PDF in a separate mail',
   lang='nl')

OL('bakkerij-achterpoort', '''Beste leerlingen van 5D en 6D bakkerij,

Vanaf maandag 15 april starten de praktijklessen brood en banket om 6u30 in plaats van 8u05. De hoofdingang is dan nog dicht. Jullie komen binnen via de achterpoort aan de Oostveldstraat (naast de fietsenstalling):

Code achterpoort: 4711#

Doe de poort altijd terug dicht, ook als er iemand achter je komt. Wie te laat is, belt aan bij het atelier.

Mevr. Janssens''',
   date='2024-04-11 12:15', frm=S['sofie'], to=[S['sofie']], bcc=[f'klas-5d@{D}', f'klas-6d@{D}'],
   subject='Vroege praktijklessen - toegang achterpoort', rules=['password'],
   note='practical teacher mails two classes (groups in Bcc) the code of the back gate', lang='nl')

PL('kluis-code-secretariaat', '''Marleen,

Voor morgen als ik er niet ben: het wisselgeld voor de sportdag zit in de kleine kluis achter mijn bureau. De code is nul-acht-twee-zes, daarna de sleutel een kwartslag naar rechts.

Rita
''', date='2024-05-29 16:51', frm=S['rita'], to=[S['marleen']], subject='kluis', cte='7bit',
   rules=['password'], note='accountant gives a colleague the safe code, written out in words', lang='nl')

OL('firewall-toegang-netbrabant', f'''Dag Koen,

Welkom bij ons als nieuwe netwerkpartner. Voor de overdracht met Inforwijs vind je hieronder de beheertoegangen. Graag na de overdracht alle wachtwoorden wijzigen en in jullie kluis bewaren.

| Toestel | Adres | Gebruiker | Wachtwoord |
| Firewall | fw01.spc.local | admin-spc | Fw!Heverlee#2021 |
| Wifi-controller | wlc.spc.local | netadmin | Wlan-SPC-8812 |
| Core switch | sw-core.spc.local | netadmin | Wlan-SPC-8812 |

Vrijdag om 14u kan ik je rondleiden in de serverlokalen.

Met vriendelijke groeten,
Wim De Smet

{sig('Wim De Smet', 'ICT-coördinator', '016 40 21 58', '0478 31 62 09')}''',
   date='2024-06-03 10:02', frm=S['wim'], to=[X['netbrabant']], subject='Overdracht netwerkbeheer - toegangen',
   rules=['password', 'personal_data'], note='ICT hands the new network supplier firewall and switch admin passwords in a table',
   lang='nl', fmt=['table'])

INNER_KOPIE = dict(slug='inner-kopiesys', date='2024-02-12 16:20', frm=X['kopiesys'], to=[S['secr']],
    subject='Onderhoud Kx-C4050 uitgevoerd - nieuwe beheerderscode', kind='plain', cte='quoted-printable', text='''Geachte klant,

Vandaag werd het periodiek onderhoud uitgevoerd op uw toestel Kx-C4050 (serienummer KX7Q01822, personeelskamer).
Uitgevoerde werken: vervanging fuser-unit, reiniging invoerrollen, firmware 4.12.

Op vraag van uw ICT-verantwoordelijke werd de beheerderscode van het toestel gewijzigd.
Nieuwe beheerderscode: 190477

Gelieve deze code enkel aan bevoegde personen door te geven.

Met vriendelijke groeten,
Kopiesys Brabant - Service
016 89 40 00 - service@kopiesys.be
''')
PL('fwd-kopiesys-beheerderscode', '''Wim,

Zie bijlage, van de technieker van Kopiesys. Ik weet niet wat ik daarmee moet doen, is voor jou denk ik.

Groetjes
Marleen
''', attach=[('rfc822', INNER_KOPIE, 'Onderhoud Kx-C4050 uitgevoerd.eml')], date='2024-02-13 08:34',
   frm=S['marleen'], to=[S['wim']], subject='FW: Onderhoud Kx-C4050 uitgevoerd - nieuwe beheerderscode',
   rules=['password', 'personal_data'], fmt=['forward-attached', 'message/rfc822'],
   note='secretary forwards, as an attached message, the copier firm\'s mail with the new admin code', lang='nl')

GM('visiting-athlete-app', '''Hi Ingrid,

Welcome to Leuven! As promised, here is your login for the training app we use with our swimmers, so you can log your sessions during the exchange week just like our own athletes:

App: TrainLog (App Store / Google Play)
Username: guest.isolberg
Password: Bergen-Swim-2024

Your locker in the pool changing room is number 7, code 5264.

See you Monday morning!
Olivier''', date='2024-02-17 10:12', frm=S['olivier'], to=[X['ingrid']], subject='Your login for TrainLog + locker',
   rules=['password'], note='swim coach gives a visiting foreign athlete an app login and a locker code', lang='en')

PL('alarmcode-gymclub', '''Hallo Hans,

Vanaf volgende week hebben jullie de turnhal op donderdag tot 22u in plaats van 21u30. Dat betekent dat jullie zelf moeten afsluiten.

- sleutel: ophalen bij mij, ik leg hem in de brievenbus van het conciërgehuis
- alarm inschakelen: code 6204 + knop AAN, je hebt dan 30 seconden om buiten te zijn
- lichten gang: schakelaar naast de EHBO-kast

Als het alarm toch afgaat, bel dan de meldkamer (het nummer hangt naast het paneel) en zeg dat het om een vals alarm gaat.

Groeten,
Luc
''', date='2023-10-20 09:44', frm=S['luc'], to=[X['hans']], subject='turnhal donderdag - afsluiten',
   rules=['password'], note='caretaker gives an external gym club trainer the alarm code of the gym hall', lang='nl', fmt=['bullets'])

OL('boulangerie-portail-stage', f'''Bonjour Madame Dupont,

Merci encore d'accueillir Patryk en stage du 22 avril au 17 mai. Comme convenu, vous pouvez remplir l'évaluation en ligne sur notre portail de stages :

https://stagevolg.sintpieterscollege.be
Nom d'utilisateur : n.dupont
Mot de passe provisoire : Croissant-2204

Le système vous demandera de choisir un nouveau mot de passe lors de la première connexion. Le portail est en néerlandais, mais vous pouvez aussi répondre en français dans les champs de commentaire.

Bien à vous,
Els Verhaegen

{sig('Els Verhaegen', 'Coordinatrice des stages', '+32 16 40 21 50', '+32 491 55 70 23', lang='fr')}''',
   date='2024-04-15 11:48', frm=S['els'], to=[X['dupont']], subject='Stage Patryk – accès au portail d\'évaluation',
   about=['patryk'], rules=['password', 'personal_data'],
   note='internship coordinator gives a Brussels bakery mentor her portal login and temporary password in French', lang='fr')

PL('stagiair-leraar-logins', '''Dag Bert,

Leuk dat je vanaf maandag bij ons stage komt doen in 4A en 5A. Hierbij je toegang:

Smartschool: bert.vangeel (tijdelijk), wachtwoord Stage!Frans24
Kopieercode: 6617 (max. 300 kopieën, daarna moet je bij Marleen vragen)

Je krijgt geen eigen laptop, in de lokalen staat telkens een pc. Kom maandag om 8u15 naar de leraarskamer, dan overlopen we je lesrooster.

Groeten,
An Coppens
mentor Frans
''', date='2024-02-23 18:30', frm=S['an'], to=[X['student']], subject='Je stage bij ons - logins',
   rules=['password'], note='mentor teacher gives a student teacher from the university college his Smartschool password and copier code',
   lang='nl')

M('examen-pc-toegang', kind='plain', cte='quoted-printable', text='''Dag Geert,

In bijlage de gegevens voor de pc's in lokaal B014 voor het theorie-examen van woensdag. De pc's staan in kioskmodus, dus de leerlingen kunnen enkel de examenomgeving openen.

Groeten,
Wim
''', attach=[('toegang_B014_theorie.txt', 'text/plain', '''Lokaal B014 - theorie-examen rijbewijs B
================================================
Pc's: B014-PC01 t/m B014-PC12
Gebruikers: examen01 t/m examen12 (gebruiker = nummer van de pc)
Wachtwoord (alle): Theorie!B014
Beheerder (enkel voor de begeleider): b014-admin / Kiosk-Uit-77
Printer: niet beschikbaar tijdens examen
''')], date='2024-05-06 09:12', frm=S['wim'], to=[X['geert']], subject='theorie-examen woensdag - pc B014',
   rules=['password'], fmt=['plain-qp', 'attachment-txt'],
   note='ICT sends the driving school the exam PC logins and a local admin password in a text attachment', lang='nl')

PL('fwd-info-sporthal-nieuwe-trainer', '''Dag Jelle,

Welkom bij de U15! Hieronder de mail van Luc met alle info over de sporthal, de codes zijn nog altijd dezelfde.

Tot dinsdag,
Steven

-----Oorspronkelijk bericht-----
Van: Luc Raes <luc.raes@sintpieterscollege.be>
Verzonden: vrijdag 5 januari 2024 14:10
Aan: Kevin Lauwers <kevin.lauwers@kfcheverlee.be>
Onderwerp: codes sporthal vanaf januari

Dag Kevin,

Vanaf dinsdag 9 januari zijn jullie U15 en U17 in de sporthal (zaal 1 en 2) van 18u30 tot 21u.

Poort parking sporthal: 1357 en dan het sleuteltje
Deur kleedkamers: 2468#

Bij problemen mag je mij bellen op 0486 22 17 90 (tot 21u30).

Groeten
Luc Raes
''', date='2024-02-26 21:14', frm=S['steven'], to=[('Jelle Claes', 'jelle.claes@kfcheverlee.be')],
   subject='FW: codes sporthal vanaf januari', rules=['password', 'personal_data'], fmt=['forward-quoted'],
   note='school trainer forwards to a new club trainer an earlier mail that contains the sports hall codes', lang='nl')

# ================================================================== LOOK-ALIKES (talk about codes, no credential)
TEAMS_NL = '''________________________________________________________________________________
**Microsoft Teams** Hulp nodig?
Nu deelnemen aan de vergadering
Vergaderings-id: 372 118 904 562
Wachtwoordcode: h7XqP2
________________________________________________________________________________
Voor organisatoren: Vergaderopties'''
OLH('teams-overleg-stageplaatsen', f'''Beste Veerle,

Zoals besproken plannen we het overleg over de stageplaatsen zorg voor volgend schooljaar online. Nadia en ik sluiten aan vanop school.

Agenda:
- evaluatie stageperiode 2 (wat liep goed, wat kan beter)
- aantal plaatsen 2024-2025 op de afdelingen dementie en revalidatie
- nieuwe stageovereenkomst en de afspraken rond de verpleegkundige handelingen

{TEAMS_NL}''', date='2024-05-21 13:05', frm=S['els'], to=[X['veerle']], subject='Overleg stageplaatsen zorg 2024-2025',
   rules=[], note='meeting passcode: Teams invitation to a care-home partner, no credential', lang='nl', fmt=['bullets', 'teams-invite'])

PL('zoom-ejgu-meeting', '''Dear Ms Lindqvist,

Thank you for the invitation to the online information session on the junior team event in Bratislava. Our coach Katrien Smets and I will join.

For our own records, the details you sent:
Zoom meeting, Tuesday 12 March, 18:00 CET
Meeting ID: 842 5530 1187
Passcode: 306614

Could you send the slides afterwards? We would like to share the practical part with the parents of our two gymnasts.

Best regards,
Bart Claes
Elite sport coordinator
''', date='2024-03-05 08:55', frm=S['bart'], to=[X['karin']], subject='RE: Online information session - Junior Team Event',
   rules=[], note='meeting passcode: Zoom details repeated back to an international federation', lang='en')

OL('ouders-wachtwoord-vergeten', f'''Beste ouders

Bij het begin van het schooljaar krijgen we veel vragen over het co-account op Smartschool. Daarom zetten we de stappen nog eens op een rij.

**Ik ben mijn wachtwoord vergeten. Wat nu?**
- Ga naar https://sintpieterscollege.smartschool.be en klik onder het aanmeldvenster op "Wachtwoord vergeten?".
- Vul de gebruikersnaam van uw kind in en kies "co-account 1" of "co-account 2".
- U krijgt een mail met een link om zelf een nieuw wachtwoord te kiezen. Die link is 24 uur geldig.

**Ik heb nooit een co-account gehad.**
Stuur een bericht naar het secretariaat. Wij sturen u dan een brief met een activatiecode via uw kind.

Let op: de school zal u nooit via mail of telefoon naar uw wachtwoord vragen.

Met vriendelijke groeten
Het secretariaat

{sig('Marleen Vos', 'Leerlingensecretariaat')}''', date='2023-09-08 12:30', frm=S['secr'], env_from=S['secr'][1],
   to=[S['secr']], bcc=[f'ouders@{D}'], subject='Smartschool: wachtwoord vergeten?', rules=[],
   note='general letter to all parents (Bcc) explaining the forgotten-password steps; no credential', lang='nl', fmt=['faq'])

OL('geen-wachtwoord-per-mail', f'''Beste meneer Hendrickx,

Bedankt voor uw vraag. Wachtwoorden voor het stageportaal sturen we om veiligheidsredenen niet via e-mail. U krijgt van ons binnen het uur een sms met een eenmalige code op het gsm-nummer dat u bij de start van de stage doorgaf. Daarmee kan u zelf een nieuw wachtwoord instellen.

Lukt het niet, bel dan gerust naar het secretariaat.

Met vriendelijke groeten,
Els Verhaegen

{sig('Els Verhaegen', 'Stagecoördinator', SCHOOL_T)}''', date='2024-03-12 10:22', frm=S['els'], to=[X['joris']],
   subject='RE: nieuw wachtwoord stageportaal?', rules=['personal_data'],
   note='mentor asks for a new password; the reply explains a code will come by text message and gives none', lang='nl')

PL('bestelling-toner', '''Goeiemorgen,

Graag bestel ik onderstaande voor ons klantnummer 88120 (Sint-Pieterscollege Heverlee-Oost):

- 6x toner zwart TK-4050
- 2x toner cyaan TK-4050C
- 1x nietjescassette SH-10

Ons bestelnummer: PO-2024-0412. Graag dit nummer vermelden op de factuur, anders kan de boekhouding ze niet verwerken.
Levering aan het secretariaat, ingang Oostveldstraat.

Vriendelijke groeten,
Rita Hermans
boekhouding
''', date='2024-04-02 09:14', frm=S['rita'], to=[X['kopiesys']], subject='bestelling toner PO-2024-0412',
   rules=[], note='order with customer and order numbers, no credential', lang='nl', fmt=['bullets'])

OL('kiemkracht-facturen-licenties', '''Beste,

Wij ontvingen twee facturen voor dezelfde bestelling van digitale licenties:
- factuur F2023/10482 van 2 oktober (licentie-order LIC-23-55810, 124 licenties Wiskunde Plus 2)
- factuur F2023/10977 van 16 oktober (zelfde licentie-order, zelfde bedrag)

Wij gaan ervan uit dat de tweede factuur een vergissing is. Kunnen jullie een creditnota opmaken? Ons klantnummer is 100482.

Met vriendelijke groeten,
Rita Hermans
Boekhouding Sint-Pieterscollege''', date='2023-10-24 14:41', frm=S['rita'], to=[X['kiem']],
   subject='Dubbele factuur licenties - klantnummer 100482', rules=[],
   note='invoice, order and customer numbers to a publisher; nothing secret', lang='nl')

PL('dewit-reservatie-gent', '''Dag Greet,

Kan je de reservatie RB-24-0913 nog aanpassen? We zijn met 34 in plaats van 28 (6 gymnasten extra + 1 begeleider), dus liefst de grote bus.
Vertrek blijft 7u15 aan de sporthal, terug vanuit Gent rond 18u.

Dank je!
Bart
''', date='2024-03-18 07:58', frm=S['bart'], to=[X['dewit']], subject='reservatie RB-24-0913 - grotere bus?',
   rules=[], note='bus booking number only', lang='nl')

OL('mentor-handleiding-portaal', f'''Beste mevrouw Michiels

Zoals gevraagd de korte handleiding voor het stageportaal. U kan deze tekst ook doorgeven aan de collega's die de stagiairs begeleiden.

| Stap | Wat u invult |
| 1. Aanmelden | https://stagevolg.sintpieterscollege.be |
| 2. Gebruikersnaam | [uw e-mailadres] |
| 3. Wachtwoord | [zelf gekozen bij de eerste aanmelding] |
| 4. Evaluatie | tabblad "Mijn stagiairs" > naam > "Tussentijdse evaluatie" |

Wie zijn wachtwoord niet meer weet, klikt op "Wachtwoord vergeten?" en volgt de stappen.

Met vriendelijke groeten,
Nadia Bakkali

{sig('Nadia Bakkali', 'Stagebegeleider zorg')}''', date='2024-02-27 15:10', frm=S['nadia'], to=[X['veerle']],
   subject='Handleiding stageportaal voor mentoren', rules=[],
   note='placeholders only in a how-to table for mentors; no real credential', lang='nl', fmt=['table'])

OL('ict-wachtzinnen-personeel', '''Dag collega's

De laatste weken kregen verschillende collega's phishingmails die op een Smartschool- of Microsoft-aanmelding lijken. Even een paar afspraken:

- Geef je wachtwoord nooit door, ook niet aan "ICT" of "de directie". Wij zullen er nooit naar vragen.
- Gebruik een wachtzin van minstens 14 tekens, bv. drie losse woorden met een cijfer ertussen. Niet je geboortedatum of de naam van je kinderen.
- Gebruik niet hetzelfde wachtwoord voor school en voor je privé-accounts.
- Staat er in een mail "wachtwoord: ********" met een link om het te "bevestigen"? Meteen verwijderen en ons verwittigen.
- Twijfel je? Kom langs in A012 of stuur een bericht naar ict@.

Vrijdag over de middag geven we in de leraarskamer een korte demo van de Authenticator-app.

Wim''', date='2023-11-20 12:02', frm=S['wim'], to=[S['wim']], bcc=[f'personeel@{D}'],
   subject='Phishing en wachtwoorden - even opletten', rules=[],
   note='security advice to all staff (Bcc) about passwords; only a masked example', lang='nl', fmt=['bullets'])

OL('rijschool-factuur-theorie', '''Beste,

In bijlage bij de post ontvingen we uw factuur 2024/0117 voor de theorielessen van 6B en 6D (2 x 4 sessies). Graag nog een kleine correctie: de sessie van 14 maart werd geannuleerd door de staking en werd niet ingehaald.

Na correctie betalen wij het saldo meteen over op uw rekening BE71 0689 0412 5569 met de gestructureerde mededeling +++090/0117/24051+++.

Vriendelijke groeten,
Rita Hermans
Boekhouding''', date='2024-04-09 11:30', frm=S['rita'], to=[X['rijschool']], subject='Factuur 2024/0117 theorielessen',
   rules=['personal_data'], note='invoice and structured payment reference; the driving school IBAN counts as personal data',
   lang='nl')

PL('sporthal-boeking-kfc', '''Dag Kevin,

Jullie aanvraag voor het jeugdtoernooi is goedgekeurd:

boekingsnummer: SH-2024-117
zaterdag 25 mei, zaal 1 + 2, 8u00 - 18u00
kleedkamers 1 t/m 6, cafetaria niet inbegrepen

De factuur volgt na het tornooi. Vermeld aub het boekingsnummer bij betaling.

Groeten,
Luc
''', date='2024-04-16 13:20', frm=S['luc'], to=[X['kevin']], subject='boeking sporthal 25 mei',
   rules=[], note='sports hall booking number, no code', lang='nl')

OLH('reunion-teams-rfc-hesbaye', '''Bonjour Laurent,

Je vous propose de faire le point sur le projet de collaboration U17 par Teams, jeudi 25 avril à 17h. Notre entraîneur Steven Dewulf sera présent aussi.

________________________________________________________________________________
**Réunion Microsoft Teams**
Rejoindre la réunion maintenant
ID de réunion : 391 207 558 214
Code secret : Ab3kZ9
________________________________________________________________________________

Bien à vous,
Bart Claes''', date='2024-04-18 16:10', frm=S['bart'], to=[X['laurent']], subject='Point collaboration U17 - Teams jeudi',
   rules=[], note='meeting passcode: French Teams invitation to the Walloon club', lang='fr', fmt=['teams-invite'])

PL('wifi-hangt-uit-politie', '''Beste inspecteur Boeckx,

Fijn dat u op 7 december de les rond online veiligheid komt geven in het derde jaar (3B en 3C, 2de en 3de lesuur, aula).
Een beamer met HDMI staat klaar. Het wifi-paswoord voor gasten hangt uit aan het onthaal, u vraagt het daar gewoon even na.

Met vriendelijke groeten,
Ines Moens
leerkracht Nederlands, titularis 3C
''', date='2023-11-28 19:40', frm=S['ines'], to=[X['tim']], subject='Les online veiligheid 7/12',
   rules=[], note='says where the guest Wi-Fi password can be found without giving it', lang='nl')

PL('visiting-athlete-invitation', '''Hi Ingrid,

One more thing before you arrive: you will get an e-mail from "SPC Fitness Booking" with an invitation link. Click it and choose your own password, then you can book the fitness room in the afternoons. If the mail does not arrive, check your spam folder or let me know and I will resend the invitation.

Best,
Olivier
''', date='2024-02-15 17:35', frm=S['olivier'], to=[X['ingrid']], subject='Fitness booking invitation',
   rules=[], note='tells a visiting athlete she will set her own password via an invitation; no credential', lang='en')

OL('fwd-helpdesk-ticket', '''Jolien,

Antwoord van de helpdesk hieronder. Blijkbaar moeten de leerlingen zelf hun wachtwoord opnieuw instellen, wij kunnen dat niet vanuit de school. Kan jij dat in de klas eens tonen?

Wim''', orig=[({'van': 'Helpdesk Uitgeverij Kiemkracht <helpdesk@kiemkracht.be>', 'verzonden': 'donderdag 9 november 2023 11:02',
   'aan': 'ICT Sint-Pieterscollege <ict@sintpieterscollege.be>', 'onderwerp': 'Ticket #INC-55821 - aanmelden leerlingen 2A'},
   '''Beste,

Wij hebben uw ticket #INC-55821 behandeld. De leerlingen die niet kunnen aanmelden, gebruiken nog het oude wachtwoord van vorig schooljaar. Zij kunnen zelf een nieuw wachtwoord instellen via "Wachtwoord vergeten?" op het aanmeldscherm. Een reset vanuit de schoolbeheeromgeving is om veiligheidsredenen niet mogelijk.

Met vriendelijke groeten,
Team Helpdesk''')], date='2023-11-09 11:40', frm=S['wim'], to=[S['jolien']],
   subject='TR: Ticket #INC-55821 - aanmelden leerlingen 2A', rules=[], fmt=['forward-outlook'],
   note='forwarded helpdesk ticket about resetting passwords; no value given', lang='nl')

# ================================================================== SENSITIVE
OL('lore-pols-sportarts', f'''Beste dokter Vermeulen,

Bedankt voor het overleg van vorige week. Zoals gevraagd een overzicht van hoe we Lore (3A) de komende weken op school opvolgen.

Na de scan in het UZ is de stressfractuur van het scafoïd links bevestigd. De gipsperiode loopt tot 4 december; daarna volgt kine bij Bram Segers.

| Week | Training op school | LO-les | Opmerking |
| 13-17 nov | enkel benen, core, buikspieren | vrijgesteld, helpt als scheidsrechter | gips links |
| 20-24 nov | idem + fiets | vrijgesteld | controle UZ 22/11 |
| 27 nov - 1 dec | idem | vrijgesteld | |
| vanaf 4 dec | opbouw volgens kine | deelname zonder steunen | na gips |

Als u het schema van de club wil afstemmen, mag u mij altijd bellen.

Met vriendelijke groeten,
Bart Claes

{sig('Bart Claes', 'Topsportcoördinator', '016 40 21 63', '0475 18 44 02')}''',
   date='2023-11-13 17:30', frm=S['bart'], to=[X['sien']], subject='Lore V. - opvolging pols',
   about=['lore'], rules=['sensitive', 'personal_data'], cats=['medical'],
   note='elite sport coordinator shares a gymnast\'s fracture, cast period and adapted training with the federation doctor',
   lang='nl', fmt=['table'])

PL('yentl-ophalen-woensdag', '''Dag Lotte,

Even een praktische verandering voor Yentl. Haar ouders zijn sinds de kerstvakantie uit elkaar en ze woont nu om de week bij haar papa in Tienen. In de weken bij papa brengt hij haar op woensdag rechtstreeks naar het zwembad, in de andere weken komt ze met de schoolbus.

Mama vroeg uitdrukkelijk dat we bij wijzigingen van de trainingsuren altijd beide ouders verwittigen, want de communicatie tussen de twee loopt nu moeizaam. Kan jij dat ook zo doen vanuit de club?

Olivier
''', date='2024-01-17 20:48', frm=S['olivier'], to=[X['lotte']], subject='Yentl - woensdagtrainingen',
   about=['yentl'], rules=['sensitive'], cats=['family'],
   note='school swim coach tells the club trainer about a pupil\'s parents\' separation and co-parenting arrangement',
   lang='nl')

OL('stage-dylan-stopgezet', f'''Beste Frank,

Bedankt voor uw eerlijke mail en voor het telefoongesprek van vanmiddag. Ik bevestig dat de stage van Dylan bij u vandaag stopt. Ik begrijp dat u na het incident van vrijdag geen andere keuze had.

Op school volgt de leerlingenbegeleiding dit verder op. Er loopt sinds oktober al een begeleidingstraject met het CLB rond zijn woedeaanvallen, en we bekijken nu of hij de rest van de stageperiode in het schoolatelier kan werken.

Het gereedschap dat hij mee naar huis had genomen, brengt hij maandag met zijn mama terug. Ik kom het zelf bij u afgeven.

Nogmaals excuses namens de school,
Pieter Goossens

{sig('Pieter Goossens', 'Praktijkleraar autotechniek - stagebegeleider', SCHOOL_T)}''',
   orig=[({'van': 'Frank Van Loock <frank@garagevanloock.be>', 'verzonden': 'maandag 4 maart 2024 08:02',
           'aan': 'pgo@spc.ksleuven.be', 'onderwerp': 'stage Dylan'},
   '''Goeiemorgen Pieter,

Ik moet u spijtig genoeg laten weten dat ik niet verder wil met Dylan. Vrijdag is hij tegen mijn werkplaatschef beginnen roepen toen die hem aansprak op zijn gsm, hij heeft een momentsleutel tegen de lift gegooid en is zonder iets te zeggen vertrokken. Zaterdag zag ik dat er ook een set doppen ontbreekt.

Ik heb al veel stagiairs gehad maar dit kan ik niet maken tegenover mijn mannen.

Frank Van Loock
Garage Van Loock - Kessel-Lo
016 25 71 40''')],
   date='2024-03-04 16:12', frm=S['pieter'], to=[X['frank']], subject='RE: stage Dylan',
   about=['dylan'], rules=['sensitive', 'personal_data'], cats=['psychosocial', 'care'], fmt=['reply'],
   note='internship stopped for behaviour: teacher confirms to the garage and mentions the CLB follow-up of the pupil',
   lang='nl')

PL('fwd-klacht-garage-dylan', '''Kristof, Mohamed,

Ter info, dit kreeg ik vanmorgen van de garage. De stage is dus gedaan. Ik stel voor dat we er morgen op het MDO even tijd voor maken, want dit is al het derde incident sinds de herfstvakantie.

Pieter

---------- Doorgestuurd bericht ---------
Van: Frank Van Loock <frank@garagevanloock.be>
Date: ma 4 mrt 2024 om 08:02
Subject: stage Dylan
To: <pgo@spc.ksleuven.be>

Goeiemorgen Pieter,

Ik moet u spijtig genoeg laten weten dat ik niet verder wil met Dylan. Vrijdag is hij tegen mijn werkplaatschef beginnen roepen toen die hem aansprak op zijn gsm, hij heeft een momentsleutel tegen de lift gegooid en is zonder iets te zeggen vertrokken. Zaterdag zag ik dat er ook een set doppen ontbreekt.

Ik heb al veel stagiairs gehad maar dit kan ik niet maken tegenover mijn mannen.

Frank Van Loock
Garage Van Loock - Kessel-Lo
016 25 71 40
''', date='2024-03-04 09:15', frm=S['pieter'], to=[S['kristof'], S['mohamed']], subject='Fwd: stage Dylan',
   about=['dylan'], rules=['sensitive', 'personal_data'], cats=['psychosocial'], fmt=['forward-inline'],
   note='internal forward of the mentor\'s complaint about one intern\'s aggressive behaviour and missing tools', lang='nl')

OL('ocj-aanmelding-kiara', f'''Geachte mevrouw Gysen,

Zoals telefonisch besproken bezorg ik u hierbij de verontrusting over Kiara W. (5C), in overleg met het CLB (Ellen Goris). De ouders zijn op de hoogte van deze aanmelding; mama was niet akkoord, papa wel.

**Wat we zien op school**
| Datum | Wat |
| sept.-okt. | Kiara komt vaak zonder lunch en eet de restjes in de refter |
| 9 nov. | vertelt aan haar mentor dat mama soms dagen weg is en dat ze dan voor haar broertje zorgt |
| 21 nov. | komt met dezelfde kleren als de hele week, schaamt zich tijdens de stage |
| dec.-jan. | 11 halve dagen afwezig, telkens op maandag |

Het CLB heeft sinds november drie gesprekken met Kiara gehad. Een vrijwillig hulpverleningstraject via Het Anker is niet van de grond gekomen omdat mama afspraken telkens afzegt.

Wij hopen op een snelle opvolging. Mag ik u vragen de school te laten weten wie Kiara's contactpersoon wordt?

Met vriendelijke groeten,
Liesbeth Van Damme

{sig('Liesbeth Van Damme', 'Zorgcoördinator', SCHOOL_T, '0472 90 13 38')}''',
   date='2024-01-16 10:58', frm=S['liesbeth'], to=[X['evelien']], subject='Verontrusting Kiara W. (5C)',
   about=['kiara'], rules=['sensitive', 'personal_data'], cats=['family', 'psychosocial', 'care'],
   note='youth-care referral: neglect signals at home, absences and CLB follow-up of one pupil sent to the OCJ consultant',
   lang='nl', fmt=['table'])

OL('leerplicht-jonas-afwezigheden', f'''Beste Sanne

Hierbij zoals gevraagd het overzicht van de afwezigheden van Jonas Van Hoof (5B) voor het dossier bij de stad.

| Periode | Halve dagen problematisch (B) | Gewettigd | Opmerking |
| september | 4 | 2 | |
| oktober | 9 | 0 | ouders niet bereikbaar |
| november | 12 | 1 | gesprek met Jonas 20/11 |
| december | 9 | 0 | |
| **Totaal** | **34** | 3 | |

In het gesprek van 20/11 vertelde Jonas dat hij 's ochtends thuis moet blijven om voor zijn mama te zorgen sinds haar beroerte; papa werkt in ploegen en de oudste zus is het huis uit. Hij zegt zelf dat hij "toch niet meer mee is" en wil stoppen met school. Het CLB is ingeschakeld.

Wij zijn akkoord dat u de ouders uitnodigt voor een gesprek. Mag ik daarbij aanwezig zijn?

Vriendelijke groeten
Mohamed Amrani

{sig('Mohamed Amrani', 'Leerlingenbegeleider 2de en 3de graad', SCHOOL_T)}''',
   date='2024-01-09 13:44', frm=S['mohamed'], to=[X['sanne']], subject='Afwezigheden Jonas V.H. - dossier leerplicht',
   about=['jonas'], rules=['sensitive', 'personal_data'], cats=['psychosocial', 'family'],
   note='truancy file for the municipality: absence table plus the pupil caring for his mother after a stroke and wanting to quit',
   lang='nl', fmt=['table'])

OL('sociaal-huis-mahjoub', f'''Dag Fatima,

Zoals afgesproken de stand van zaken van de schoolrekeningen van de familie Mahjoub (Sara, 5C).

| Rekening | Bedrag | Betaald | Open |
| sept. 2023 (werkkledij, boeken) | 318,20 | 0,00 | 318,20 |
| dec. 2023 (stage, uitstappen) | 142,70 | 40,00 | 102,70 |
| mrt. 2024 | 191,50 | 0,00 | 191,50 |
| **totaal** | | | **612,40** |

Mevrouw Mahjoub gaf aan dat ze sinds haar ontslag geen inkomen meer heeft tot het leefloon is toegekend. We stellen een afbetalingsplan voor van 40 euro per maand; als het Sociaal Huis een deel wil overnemen, mag dat rechtstreeks op ons rekeningnummer BE36 7380 1129 4881 met vermelding "Mahjoub Sara 5C".

Sara zelf weet niets van de achterstand, we willen dat ook zo houden.

Groeten,
Mohamed

{sig('Mohamed Amrani', 'Leerlingenbegeleider', SCHOOL_T)}''',
   date='2024-03-26 15:33', frm=S['mohamed'], to=[X['fatima']], subject='Schoolrekeningen familie M. (5C)',
   about=['sara_m'], rules=['sensitive', 'personal_data'], cats=['financial'],
   note='unpaid school bills of one family, job loss and a payment plan shared with the municipal social service; school IBAN',
   lang='nl', fmt=['table'])

OL('fwd-verslag-psycholoog-lotte', '''Dag Ines en collega's van 3C,

Hieronder de samenvatting die de psycholoog van Lotte ons (met toestemming van de ouders) bezorgde. Lees ze aub voor de klassenraad van donderdag en bewaar ze niet in je mailbox, ik zet ze ook in het leerlingvolgsysteem.

Concreet voor de lessen:
- Lotte mag met haar time-outkaart de klas verlaten en naar het zorglokaal gaan, zonder uitleg te moeten geven.
- Niet onverwacht beurten geven voor de klas.
- Examens in het zorglokaal, in kleine groep.

Liesbeth''', orig=[({'van': 'Pieterjan Cools <pj.cools@praktijkkompas.be>', 'verzonden': 'maandag 5 februari 2024 18:20',
   'aan': 'Liesbeth Van Damme <liesbeth.vandamme@sintpieterscollege.be>', 'onderwerp': 'Lotte Vanhoudt - samenvatting'},
   '''Beste mevrouw Van Damme,

Met toestemming van de ouders een korte samenvatting na zes sessies met Lotte.

Lotte voldoet aan de criteria van een gegeneraliseerde angststoornis met paniekaanvallen, vooral uitgelokt door situaties waarin ze beoordeeld wordt (mondelinge beurten, toetsen) en door drukte. De aanvallen zijn sinds december frequenter (2 à 3 per week). Ze slaapt slecht en piekert veel over thuis, waar de oma bij wie ze vaak verbleef recent is overleden.

Mijn advies aan de school: voorspelbaarheid, een vaste vertrouwenspersoon en de mogelijkheid tot een time-out. Medicatie is op dit moment niet aangewezen.

Met vriendelijke groeten,
Pieterjan Cools
Klinisch psycholoog - Praktijk Kompas
0495 37 22 08''')],
   date='2024-02-06 07:51', frm=S['liesbeth'], to=[S['ines'], S['an'], S['greet']], cc=[S['griet']],
   subject='TR: Lotte Vanhoudt - samenvatting (vertrouwelijk)',
   about=['lotte_v'], rules=['sensitive', 'personal_data'], cats=['psychosocial', 'medical', 'care', 'family'], fmt=['forward-outlook', 'bullets'],
   note='psychologist\'s diagnosis of anxiety disorder forwarded to the class teachers with the pupil\'s care measures',
   lang='nl')

OL('klassenraad-ziekenhuisschool-zeynep', f'''Beste Karolien,

Hierbij de neerslag van de klassenraad van 2C (tussentijds, 12 maart) voor Zeynep, zodat jullie weten waar we op moeten inzetten.

| Vak | Stand | Opmerking klassenraad |
| Wiskunde | ok | hoofdstuk 5-6 (vergelijkingen) zelf ingehaald, knap |
| Frans | achterstand | werkwoorden passé composé nog niet gezien |
| Wetenschappen | ok | practica vervangen door opdracht |
| LO | vrijgesteld | op medisch attest tot einde schooljaar |

De klassenraad beslist:
- Zeynep krijgt geen examens in juni; de evaluatie gebeurt op basis van jullie rapport en permanente evaluatie.
- Door de vermoeidheid na de kuren beperken we de taken tot de kernleerstof (zie lijst in Smartschool).
- In mei plannen we een overleg met de ouders en de behandelende arts over de terugkeer naar school.

Alvast bedankt voor jullie fijne begeleiding, de klas stuurt binnenkort weer een pakket kaartjes.

Greet Maes
titularis 2C''',
   date='2024-03-13 12:25', frm=S['greet'], to=[X['karolien']], cc=[S['liesbeth']], subject='Klassenraad 2C - Zeynep',
   about=['zeynep'], rules=['sensitive'], cats=['medical', 'care'],
   note='class-council note for the hospital school: exemptions and adapted evaluation because of the pupil\'s treatment',
   lang='nl', fmt=['table', 'bullets'])

OL('wending-terugkeer-kobe', f'''Beste Bram,

Dank voor het overleg in De Wending vorige dinsdag. Hierbij de afspraken voor Kobe's geleidelijke terugkeer naar school vanaf 15 april.

- Week 1-2: enkel voormiddagen, namiddag revalidatie bij jullie.
- Hij krijgt een liftsleutel en mag 5 minuten vroeger de klas verlaten.
- Geen praktijklessen in het atelier zolang hij met krukken loopt (heupfractuur).
- Door de hersenschudding is hij snel moe en heeft hij hoofdpijn bij schermwerk; hij mag toetsen op papier maken en krijgt extra tijd.

De klassenraad heeft beslist dat hij de gemiste examens van maart niet moet inhalen. Wil je ons laten weten wanneer de neuroloog hem terug ziet?

Met vriendelijke groeten,
Liesbeth

{sig('Liesbeth Van Damme', 'Zorgcoördinator', SCHOOL_T)}''',
   date='2024-04-08 11:19', frm=S['liesbeth'], to=[X['bram']], subject='Terugkeer Kobe V. (4B) - afspraken', cte='base64',
   about=['kobe'], rules=['sensitive', 'personal_data'], cats=['medical', 'care'],
   note='rehabilitation centre and school agree on a gradual return after a pupil\'s accident injuries', lang='nl', fmt=['bullets'])

OL('ejgu-jade-concussion', f'''Dear Ms Lindqvist,

I am sorry to inform you that Jade Lambrecht (licence BEL-G-20418) will not be able to take part in the Junior Team Event in Bratislava.

Jade fell from the uneven bars during training on 2 April and was diagnosed with a concussion at the emergency department. She is following the graded return-to-play protocol of our sports physician, and at this moment she still has headaches and dizziness after 20 minutes of light activity. The neurologist advised no competition for at least four weeks.

Could you let us know whether the federation needs a medical certificate to replace her in the team? Our coach Katrien Smets will propose a reserve.

Kind regards,
Bart Claes

{sig('Bart Claes', 'Elite sport coordinator', '+32 16 40 21 63', lang='en')}''',
   date='2024-04-04 14:07', frm=S['bart'], to=[X['karin']], subject='Withdrawal Jade Lambrecht - Junior Team Event',
   about=['jade'], rules=['sensitive', 'personal_data'], cats=['medical'],
   note='English mail to an international federation about a gymnast\'s concussion and return-to-play', lang='en')

PL('training-camp-zofia-medical', '''Dear Erik,

Thank you again for hosting our swimmers in Bergen next month. Before the camp, some medical information about one of our girls that your staff should know.

Zofia Kowalczyk (5A) has asthma and a severe allergy to nuts (peanuts and tree nuts).
- She always carries two EpiPens (one in her swim bag, one with our coach). In case of a reaction: EpiPen in the thigh, call 113, then call us.
- For the asthma she takes Symbicort in the morning and evening and has a Ventolin inhaler for emergencies, also at the pool side.
- Please make sure the kitchen of the hostel knows about the nut allergy, also for breakfast and packed lunches.

Her mother has given written permission for us to share this. Our coach Olivier Lenaerts has the emergency plan signed by her doctor.

Best regards,
Olivier Lenaerts
Swim coach, Sint-Pieterscollege
''', date='2024-04-25 16:40', frm=S['olivier'], to=[X['erik']], subject='Medical info for the Bergen camp',
   about=['zofia'], rules=['sensitive'], cats=['medical'], fmt=['bullets'],
   note='English: coach tells a foreign host club about one pupil\'s asthma, nut allergy and emergency medication', lang='en')

OL('thibault-ischio-rfc', f'''Bonjour Laurent,

Je reviens vers vous concernant Thibault. Malheureusement, il ne pourra pas participer au match test de samedi.

Il a ressenti une douleur à l'arrière de la cuisse droite lors de l'entraînement de mardi. L'IRM de ce matin montre une lésion de grade 2 des ischio-jambiers. Le médecin du sport prévoit quatre à six semaines d'arrêt, avec de la kiné trois fois par semaine. Il est assez déçu, vous l'imaginez.

Nous pourrons reparler d'une date pour un nouveau test fin avril, si la rééducation se passe bien.

Cordialement,
Bart Claes

{sig('Bart Claes', 'Coordinateur sport de haut niveau', '+32 16 40 21 63', '+32 475 18 44 02', lang='fr')}''',
   date='2024-03-14 18:55', frm=S['bart'], to=[X['laurent']], subject='Thibault - match test de samedi',
   about=['thibault'], rules=['sensitive', 'personal_data'], cats=['medical'],
   note='French: the Walloon club is told about a pupil\'s hamstring injury, MRI result and rehab', lang='fr')

PL('amo-victor-situation', '''Bonjour Madame Lambotte,

Suite à notre conversation téléphonique, voici quelques éléments concernant Victor Lambert (5A) que vous suivez depuis janvier.

Depuis les vacances de carnaval, Victor vit chez sa grand-mère à Etterbeek, à la suite de la décision du juge concernant la situation à la maison. Il fait le trajet Bruxelles-Louvain en train et arrive souvent en retard. Depuis trois semaines, il refuse de venir à l'école le lundi et le mardi ; il dit qu'il a mal au ventre dès qu'il voit le bâtiment. Il ne vient plus aux entraînements de football non plus.

Nous proposons une réunion avec vous, la grand-mère et notre CLB la semaine prochaine. Le mercredi après-midi nous conviendrait.

Bien cordialement,
Mohamed Amrani
Accompagnement des élèves
Sint-Pieterscollege Heverlee-Oost
''', date='2024-03-20 12:10', frm=S['mohamed'], to=[X['lambotte']], subject='Victor Lambert (5A) - absences',
   about=['victor'], rules=['sensitive'], cats=['family', 'psychosocial'],
   note='French: a Brussels youth service is told about a judge-ordered move to the grandmother and the pupil\'s school refusal',
   lang='fr')

OL('klassenraad-5c-notities', '''Dag collega's van 5C

Hieronder de notities van de tussentijdse klassenraad van gisteren. Vul gerust aan als ik iets vergeten ben.

| Leerling | Studie | Stage | Afspraken / opvolging |
| Kiara | wisselend | goed, mentor tevreden | - |
| Grace | daalt, vaak moe in de les | ok | titularis polst hoe het gaat |
| Ilias | zwak voor AV-vakken | wisselend | papa zit sinds januari opnieuw in de gevangenis; Ilias is vaak boos en heeft twee keer gevochten op de speelplaats. Mohamed volgt op, CLB verwittigd |
| Merve | zeer goed | zeer goed | proficiat op rapport |
| Sara | ok | ok | - |

Volgende klassenraad: 25 april.

Groetjes,
Yasmina''', date='2024-03-06 07:42', frm=S['yasmina'],
   to=[S['nadia'], S['an'], S['kristof'], S['ines'], S['tom']], cc=[S['mohamed']], subject='Notities klassenraad 5C',
   about=['kiara', 'grace', 'ilias', 'merve', 'sara_m'], rules=['sensitive'], cats=['family', 'psychosocial'],
   note='internal class-council table; one row tells a father is in prison and the pupil\'s fights', lang='nl', fmt=['table'])

OL('finn-diabetes-bakkerij', f'''Beste Marc en Vera,

Volgende maandag start Finn Luyten (5D) zijn stage bij jullie. Met toestemming van zijn mama geef ik jullie vooraf wat uitleg, omdat hij diabetes type 1 heeft.

- Finn meet zelf zijn suiker (sensor op de arm, hij leest af met zijn gsm). Hij moet zijn gsm dus bij zich mogen houden, ook in de bakkerij.
- Rond 10u en na de middag moet hij even kunnen eten. Hij heeft altijd druivensuiker en een koek in zijn tas.
- Tekenen van een hypo: zweten, bleek, trillen, raar reageren. Dan meteen suiker geven en laten zitten; niet alleen laten.
- Als hij niet meer aanspreekbaar is: 112 bellen en daarna mama (0476 83 52 17).

Hij gaat er zelf heel goed mee om, dus maak u geen zorgen. Vragen mag altijd.

Vriendelijke groeten,
Sofie Janssens

{sig('Sofie Janssens', 'Praktijkleraar brood en banket - stagebegeleider')}''',
   date='2024-02-22 14:18', frm=S['sofie'], to=[X['marc']], subject='Stage Finn - belangrijke info',
   about=['finn'], rules=['sensitive', 'personal_data'], cats=['medical'], fmt=['bullets'],
   note='bakery mentor is told about the intern\'s type 1 diabetes and hypo procedure; mother\'s mobile number included', lang='nl')

PL('amina-zwanger-stage', '''Dag Veerle,

Een vertrouwelijke vraag over Amina, die vanaf 22 april bij jullie op de afdeling Linde 3 start. Amina is zwanger (ongeveer 14 weken). Zij en haar mama hebben gevraagd om het zo weinig mogelijk te verspreiden, maar voor de stage moeten we rekening houden met een aantal dingen:

- geen tilwerk van bewoners, ook niet met de tillift alleen
- geen verzorging bij bewoners met een infectie in isolatie
- voldoende korte pauzes, ze is 's ochtends vaak misselijk

De arbeidsgeneesheer heeft de stage onder die voorwaarden goedgekeurd, het attest breng ik mee bij mijn eerste stagebezoek. Denk je dat dit haalbaar is op jullie afdeling? Anders zoek ik een andere plaats.

Groetjes,
Nadia
''', date='2024-04-10 16:02', frm=S['nadia'], to=[X['veerle']], subject='Stage Amina - vertrouwelijk',
   about=['amina'], rules=['sensitive'], cats=['medical'], fmt=['bullets'],
   note='care-home mentor is told that an intern is pregnant and which tasks she may not do', lang='nl')

OL('kenzo-epilepsie-werf', f'''Dag Jos,

Nog iets belangrijks voor de stage van Kenzo Lemmens (5D), die volgende week bij jullie begint.

Kenzo heeft epilepsie. Hij neemt daar dagelijks medicatie voor en heeft al meer dan een jaar geen aanval gehad, maar de neuroloog wil niet dat hij op hoogte werkt. Dus:
- niet op stellingen, ladders of daken
- niet alleen met slijpschijf of zaagmachine
- bij een aanval: niet vasthouden, hoofd beschermen, tijd noteren; langer dan 5 minuten = 112

Metselwerk op de grond, wapening plooien, uitzetten en opruimen kan allemaal gewoon. De werfleider mag mij altijd bellen.

Groeten,
Dirk Mertens

{sig('Dirk Mertens', 'Praktijkleraar bouw', SCHOOL_T, '0496 14 77 58')}''',
   date='2024-02-29 19:25', frm=S['dirk'], to=[X['jos']], subject='Stage Kenzo - werken op hoogte',
   about=['kenzo'], rules=['sensitive', 'personal_data'], cats=['medical'], fmt=['bullets'],
   note='building firm is told about the intern\'s epilepsy, medication and restrictions on site', lang='nl')

PL('dewit-febe-ophalen', '''Beste Greet,

Een belangrijke vraag voor de pendelbus naar het gymcentrum op woensdag- en vrijdagnamiddag.

Febe Verlinden (2A) mag enkel op de bus of door haar mama opgehaald worden. Er loopt een procedure bij de rechtbank rond het verblijf en papa heeft op dit moment geen omgangsrecht. Als hij aan de bus staat en haar wil meenemen, mag de chauffeur haar niet laten uitstappen en moet hij de school bellen.

Kunnen jullie dit aan de vaste chauffeurs doorgeven? Een foto van papa sturen we niet mee, de chauffeur mag Febe gewoon vragen wie er staat.

Met vriendelijke groeten,
Marleen Vos
secretariaat
''', date='2023-10-02 11:48', frm=S['marleen'], to=[X['dewit']], subject='Pendelbus gym - Febe V. (2A)',
   about=['febe'], rules=['sensitive'], cats=['family'],
   note='bus company is told about a custody procedure and that the father may not pick the pupil up', lang='nl')

OL('rekening-jens-afbetaling', f'''Beste mevrouw Declercq

Wij hebben gemerkt dat de schoolrekeningen van Jens van september en december nog openstaan (samen 486,30 euro). We begrijpen dat dit na de verhuis een moeilijke periode is.

Zoals afgesproken aan de telefoon stellen we een afbetalingsplan voor:
| Vervaldag | Bedrag |
| 31 januari | 100,00 |
| 29 februari | 100,00 |
| 31 maart | 100,00 |
| 30 april | 100,00 |
| 31 mei | 86,30 |

U kan betalen op rekening BE36 7380 1129 4881 met de mededeling "Jens Moens 4D". Als een betaling niet lukt, laat het ons gewoon weten, dan zoeken we samen een oplossing. U mag ook altijd bij onze leerlingenbegeleider terecht voor info over de schooltoeslag.

Met vriendelijke groeten,
Rita Hermans

{sig('Rita Hermans', 'Boekhouding', SCHOOL_T)}''',
   date='2024-01-12 10:35', frm=S['rita'], to=[par('jens')], subject='Schoolrekening Jens - afbetalingsplan',
   about=['jens'], rules=['sensitive', 'personal_data'], cats=['financial'], fmt=['table'],
   note='correctly addressed to the pupil\'s mother (different surname): open school bills and a payment plan', lang='nl')

PL('clb-chloe-opnieuw', '''Dag Ellen,

Even een snelle update over Chloé Desmet (4C) voor je gesprek morgen.

Ze heeft zich opnieuw gesneden, deze keer aan de bovenarm. De LO-leerkracht zag het vanmiddag in de kleedkamer en heeft haar naar mij gestuurd. Ze wilde eerst niks zeggen, daarna vertelde ze dat het "sinds de ruzie met haar vriendin" weer begonnen is en dat ze 's nachts niet slaapt. Ze vroeg om mama niet te bellen. Ik heb gezegd dat ik dat niet kan beloven en dat ik jou zou inlichten.

De wonden zijn oppervlakkig, de verpleegpost heeft ze verzorgd.

Kunnen we morgen na jouw gesprek samen beslissen hoe we mama betrekken?

Mohamed
''', date='2023-12-05 16:58', frm=S['mohamed'], to=[X['ellen']], subject='Chloé D. 4C',
   about=['chloe'], rules=['sensitive'], cats=['psychosocial'],
   note='pupil counsellor tells the CLB that a pupil has self-harmed again', lang='nl')

OL('pesten-yusuf-ouders', f'''Beste mevrouw Öztürk

Bedankt om gisteren langs te komen. Zoals beloofd vat ik samen wat we besproken hebben.

Yusuf wordt sinds de herfstvakantie in de kleedkamer van de sporthal gepest door een groepje jongens uit een andere klas. Er zijn foto's van hem gemaakt tijdens het omkleden en die zijn in een groepschat gedeeld. Yusuf durfde het eerst niet te vertellen en zei thuis dat hij buikpijn had op de dagen met LO.

Wat de school doet:
- De betrokken leerlingen zijn gisteren gehoord; de foto's zijn in hun bijzijn verwijderd. Hun ouders worden vandaag uitgenodigd.
- Yusuf mag zich de komende weken omkleden in de kleedkamer van de leerkracht.
- Ik zie Yusuf elke maandag even in de middagpauze.

Als u merkt dat hij zich thuis anders gedraagt, laat het mij zeker weten.

Met vriendelijke groeten,
Griet Lemmens

{sig('Griet Lemmens', 'Leerlingenbegeleider eerste graad', SCHOOL_T)}''',
   date='2023-11-23 15:22', frm=S['griet'], to=[par('yusuf')], subject='Gesprek over Yusuf - samenvatting',
   about=['yusuf'], rules=['sensitive', 'personal_data'], cats=['psychosocial'], fmt=['bullets'],
   note='to the pupil\'s own mother: her son is a bullying victim, photos shared, measures taken', lang='nl')

PL('emre-papa-overleden', '''Beste collega's van 5B,

Droevig nieuws: de papa van Emre is zaterdag plots overleden (hartstilstand op het werk). De begrafenis is vrijdag om 11u in de moskee in Kessel-Lo, wie wil kan na de les de rouwkaart tekenen in het secretariaat.

Emre blijft deze week thuis. Als hij terugkomt: geen toetsen inhalen de eerste twee weken, en als hij even uit de klas wil, laat hem gaan (naar Mohamed of naar mij). Ik heb het ook aan Pieter gemeld voor de stage.

Kristof
''', date='2024-02-05 07:36', frm=S['kristof'], to=[S['pieter'], S['an'], S['brecht'], S['wim'], S['tom']],
   cc=[S['mohamed']], subject='Emre (5B)', about=['emre'], rules=['sensitive'], cats=['family'],
   note='internal: class teacher tells colleagues the pupil\'s father died suddenly', lang='nl')

OL('psycholoog-rayan-observaties', '''Beste meneer Cools,

Bedankt voor uw vragen. Hieronder mijn antwoorden, na overleg met zijn titularis en de trainer.

1. Concentratie in de lessen: in de voormiddag veel beter dan vorig jaar. Vanaf ongeveer 14u zien we dat Rayan onrustig wordt, veel praat en zijn materiaal vergeet. Dat valt samen met het moment dat de Rilatine volgens mama uitgewerkt is.
2. Training: de voetbaltrainer merkt dat hij op woensdagnamiddag sneller geïrriteerd raakt en al twee keer een gele kaart kreeg voor commentaar op de scheidsrechter.
3. Eetlust: hij eet 's middags weinig, vaak enkel een koek. Mama weet dit.

Wij zijn ook voorstander van een gesprek met de kinderpsychiater over een langwerkend middel. Laat gerust weten of u nog iets nodig heeft voor het verslag.

Met vriendelijke groeten,
Liesbeth Van Damme''', orig=[({'van': 'Pieterjan Cools <pj.cools@praktijkkompas.be>', 'verzonden': 'vrijdag 26 januari 2024 17:02',
   'aan': 'Liesbeth Van Damme <liesbeth.vandamme@sintpieterscollege.be>', 'onderwerp': 'Rayan Aydin - vragen aan de school'},
   '''Beste mevrouw Van Damme,

In het kader van de evaluatie van de medicatie van Rayan (ADHD, methylfenidaat 20 mg 's ochtends) zou ik graag de observaties van de school horen rond concentratie, gedrag op de training en eetlust.

Met vriendelijke groeten,
Pieterjan Cools
Klinisch psycholoog - Praktijk Kompas
0495 37 22 08''')],
   date='2024-01-31 12:44', frm=S['liesbeth'], to=[X['cools']], subject='RE: Rayan Aydin - vragen aan de school',
   about=['rayan'], rules=['sensitive', 'personal_data'], cats=['medical', 'psychosocial'], fmt=['reply'],
   note='school answers a child psychologist with observations on a pupil\'s ADHD medication and behaviour', lang='nl')

PL('kato-oma-gymclub', '''Dag Hans,

Even laten weten: Kato slaapt de komende weken bij haar oma, omdat het thuis op dit moment niet veilig is. Oma brengt en haalt haar voortaan op de training. Als papa aan de zaal komt om haar op te halen, geef haar dan niet mee en bel mij of mevrouw Van Damme (zorg) op school.

Ze weet dat ik het jou zeg. Liefst niet met de andere trainers bespreken.

Katrien
''', date='2024-05-02 18:31', frm=S['katrien'], to=[X['hans']], subject='Kato', cte='7bit',
   about=['kato'], rules=['sensitive'], cats=['family'],
   note='gym club trainer is told the pupil now sleeps at her grandmother because home is unsafe', lang='nl')

OL('lo-medische-beperkingen-topsport', '''Dag Tom,

Welkom in de vakgroep! Voor je lessen met 2A, 3A, 4A en 5A hieronder de topsporters met een medische beperking op dit moment. De attesten zitten in het LVS.

| Leerling | Klas | Probleem | Wat mag niet | Tot |
| Lore | 3A | stressfractuur pols links | steunen op armen, ringen, push-ups | 4/12 (gips) |
| Ilyas | 4A | meniscusoperatie rechts | springen, lopen, contactsport | half januari |
| Mats | 5A | voorste kruisband (nog niet geopereerd) | draaibewegingen, voetbal | operatie gepland |
| Noor | 2A | inspanningsastma | - | puffer altijd bij in de les |

Bij twijfel eerst bij mij checken, de ouders reageren soms snel.

Bart''', date='2023-11-15 08:05', frm=S['bart'], to=[S['tom']], subject='Topsporters met medische beperkingen',
   about=['lore', 'ilyas', 'mats', 'noor_s'], rules=['sensitive'], cats=['medical'], fmt=['table'],
   note='internal table of named athletes\' injuries and asthma for the new PE teacher', lang='nl')

OL('politie-diefstal-jorn', f'''Geachte inspecteur Boeckx

In antwoord op uw vraag van gisteren over de diefstal bij Autohuis Herent.

Jorn Daems (6B) liep daar stage van 8 januari tot 2 februari, telkens van maandag tot donderdag van 8u tot 16u30. Op 31 januari was hij volgens onze registratie de hele dag aanwezig op de stage. De stagementor had ons begin februari al laten weten dat er gereedschap verdwenen was; Jorn heeft toen ontkend er iets mee te maken te hebben.

Ter info, omdat het voor uw gesprek nuttig kan zijn: Jorn woont sinds januari bij zijn oudere zus in Wilsele, na een zware ruzie thuis. Hij is sindsdien vaak te laat en reageert snel agressief als hij aangesproken wordt. Hij wordt op school opgevolgd door de leerlingenbegeleiding.

Ik ben bereikbaar voor verdere vragen.

Met vriendelijke groeten,
Pieter Goossens

{sig('Pieter Goossens', 'Stagebegeleider autotechniek', SCHOOL_T)}''',
   date='2024-02-20 12:02', frm=S['pieter'], to=[X['tim']], subject='Uw vraag - stage Jorn D. bij Autohuis Herent',
   about=['jorn'], rules=['sensitive', 'personal_data'], cats=['psychosocial', 'family'],
   note='police asks about a theft; the reply adds the pupil\'s home conflict, living with his sister and aggression', lang='nl')

OL('ziekenhuisschool-grace-kdienst', '''Beste Karolien,

Ik vernam van Liesbeth dat jij de lessen van Grace Mbuyi op de K-dienst overneemt. Fijn dat dat zo snel kon.

Grace is sinds 11 maart opgenomen voor haar depressie. De klassenraad van 5C heeft gisteren beslist:
- de deliberatie van het eerste semester wordt uitgesteld tot juni;
- de examens van juni mag ze bij jullie afleggen, in overleg met de behandelende psychiater;
- de stage (WZC) vervalt dit schooljaar; ze krijgt een vervangopdracht.

Ze heeft gevraagd dat haar klasgenoten enkel weten dat ze "ziek" is. We houden ons daaraan.

Kunnen we eind april samen zitten met haar mama?

Vriendelijke groeten,
Yasmina Ouali
titularis 5C''', date='2024-03-27 13:10', frm=S['yasmina'], to=[X['karolien']], cc=[S['liesbeth']],
   subject='Grace M. (5C) - afspraken klassenraad', about=['grace'], rules=['sensitive'],
   cats=['psychosocial', 'medical', 'care'], fmt=['bullets'],
   note='hospital school is told a pupil is admitted to child psychiatry for depression, with class-council measures',
   lang='nl')

OL('fwd-clb-ibrahim', '''Gert,

Hieronder de mail van het CLB over Ibrahim. Dit blijft onder ons tot het gesprek met de ouders op de 14e.

Liesbeth''', orig=[({'van': 'Ellen Goris <ellen.goris@clb-leuven.be>', 'verzonden': 'donderdag 29 februari 2024 16:45',
   'aan': 'Liesbeth Van Damme <liesbeth.vandamme@sintpieterscollege.be>', 'onderwerp': 'Ibrahim Sahin 6D'},
   '''Dag Liesbeth,

Na de testing en het overleg met de ouders adviseert het CLB voor Ibrahim een overstap naar het buitengewoon secundair onderwijs, opleidingsvorm 3, richting bouw, vanaf september. De resultaten bevestigen een licht verstandelijke beperking. Een gemotiveerd verslag maken we op na het gesprek met de ouders.

Tot dan vragen we om de redelijke aanpassingen uit het handelingsplan verder te zetten (vereenvoudigde instructies, kortere taken, mondelinge toetsing).

Groeten,
Ellen Goris
CLB Leuven - trajectbegeleider
016 23 87 60''')],
   date='2024-03-01 07:59', frm=S['liesbeth'], to=[S['gert']], subject='TR: Ibrahim Sahin 6D',
   about=['ibrahim'], rules=['sensitive', 'personal_data'], cats=['care', 'medical'], fmt=['forward-outlook'],
   note='CLB advice to move a pupil to special education with a diagnosis, forwarded to the class teacher', lang='nl')

PL('fwd-leerplicht-hamza', '''Dag Jolien,

Ter info, antwoord van de stad over Hamza. Jij kent hem het best van zijn leerkrachten, kan je mee naar het gesprek?

Mohamed

Op di 16 apr 2024 om 10:22 schreef Sanne Lievens <sanne.lievens@leuven.be>:
> Beste Mohamed,
>
> Dank voor het dossier van Hamza Bakkouri (2D). Gezien het aantal problematische afwezigheden (27 halve dagen) en het feit dat de ouders niet ingingen op uw uitnodigingen, nodig ik hen uit op het stadhuis op dinsdag 23 april om 14u. Als ze niet komen, maken we melding bij de politie en volgt er een pv voor spijbelen.
>
> Hamza zelf zei aan de wijkinspecteur dat hij "liever in het park zit dan gepest te worden". Misschien kan de school daar op het gesprek iets meer over vertellen?
>
> Met vriendelijke groeten,
> Sanne Lievens
> Leerplichtbegeleider - Stad Leuven
> 016 27 22 45
''', date='2024-04-16 11:05', frm=S['mohamed'], to=[S['jolien']], subject='Fwd: Hamza B. - uitnodiging ouders',
   about=['hamza'], rules=['sensitive', 'personal_data'], cats=['psychosocial'], fmt=['reply-quoted', 'forward'],
   note='truancy officer\'s mail (police, fine, pupil avoiding bullying) forwarded inside the school', lang='nl')

OL('ocmw-factuur-chaouki', f'''Beste Fatima,

Zoals afgesproken de factuur voor de kosten van Mohamed Chaouki (5D) die het OCMW ten laste neemt.

| Omschrijving | Bedrag |
| Werkkledij bakkerij (2 sets) | 86,00 |
| Veiligheidsschoenen | 64,50 |
| Messenset praktijk | 52,00 |
| Uitstap Horecava (bus + toegang) | 35,00 |
| Stageverzekering | 50,00 |
| **Totaal** | **287,50** |

Betaling op BE36 7380 1129 4881, mededeling "OCMW - Chaouki 5D". De rest van de schoolrekening betaalt het gezin zelf in maandelijkse schijven van 25 euro, zoals met mevrouw Chaouki afgesproken.

Met vriendelijke groeten,
Rita Hermans

{sig('Rita Hermans', 'Boekhouding', SCHOOL_T)}''',
   date='2024-02-14 10:15', frm=S['rita'], to=[X['fatima']], subject='Factuur ten laste OCMW - Chaouki (5D)',
   about=['mohamed'], rules=['sensitive', 'personal_data'], cats=['financial'], fmt=['table'],
   note='invoice for one pupil\'s costs paid by the OCMW and the family\'s instalments', lang='nl')

PL('scout-bilal-tue', '''Dear Mr Hughes,

Thank you for your interest in Bilal and for the invitation to the trial days in July. His parents have agreed that I pass on the information you asked for.

Bilal has ADHD and takes methylphenidate (Concerta 36 mg) every morning. Because he plays at national youth level, a Therapeutic Use Exemption was granted by the Belgian anti-doping organisation last September; his mother can send you a copy. He has no other medical issues and no injuries this season.

Please note that on match days he sometimes skips breakfast because the medication takes away his appetite, so it helps if the staff make sure he eats.

Kind regards,
Bart Claes
Elite sport coordinator
Sint-Pieterscollege Heverlee-Oost
''', date='2024-05-15 13:50', frm=S['bart'], to=[X['scout']], subject='Bilal Ouazzani - medical information',
   about=['bilal'], rules=['sensitive'], cats=['medical'],
   note='English mail to a foreign football academy about a pupil\'s ADHD medication and TUE', lang='en')

INNER_BAKKERIJ = dict(slug='inner-bakkerij', date='2024-03-21 13:02', frm=X['marc'], to=[S['sofie']],
    subject='Dries - zo gaat het niet verder', kind='plain', cte='8bit', charset='windows-1252', text='''Dag Sofie,

Het spijt me maar we stoppen de stage met Dries. Deze week was hij drie keer te laat (gisteren 7u45 ipv 5u), en vanmorgen kwam hij binnen met rode ogen en een wietgeur die je tot in de winkel rook. Toen Vera er iets van zei begon hij te roepen en te vloeken en heeft hij een bak deeg op de grond gegooid. Daarna is hij vertrokken.

Wij doen al jaren graag mee met de school, maar dit kan echt niet, zeker niet met klanten in de winkel.

Marc
Bakkerij De Gouden Aar
Tiensesteenweg 212 - Heverlee
016 20 48 66
''')
OL('fwd-bakkerij-dries', '''Gert, Mohamed,

In bijlage de mail van de bakkerij van vanmiddag. Ik heb Dries daarnet gebeld, hij zit thuis. Mama weet het nog niet, ik bel haar straks.

Dit is de tweede stageplaats die stopt. Kunnen we maandag samen zitten?

Sofie''', attach=[('rfc822', INNER_BAKKERIJ, 'Dries - zo gaat het niet verder.eml')],
   date='2024-03-21 14:26', frm=S['sofie'], to=[S['gert'], S['mohamed']], subject='TR: Dries - zo gaat het niet verder',
   about=['dries'], rules=['sensitive', 'personal_data'], cats=['psychosocial'], fmt=['forward-attached', 'message/rfc822'],
   note='internship stopped: bakery\'s mail about the intern\'s lateness, drug smell and outburst attached to an internal mail',
   lang='nl')

OL('louis-humeur-maman', f'''Chère Madame Dubois,

Je me permets de vous écrire après notre bref échange au téléphone.

Depuis quelques semaines, plusieurs professeurs et son entraîneur remarquent que Louis est très fatigué et renfermé. Lundi, il a pleuré pendant l'entraînement et il nous a dit qu'il « ne voit plus l'intérêt de rien » et qu'il dort très mal. Il n'a pas voulu en dire plus.

Nous prenons cela au sérieux. Avec votre accord, nous aimerions que Louis puisse parler à la psychologue de notre CLB (centre d'accompagnement des élèves) dès la semaine prochaine. Nous adapterons aussi temporairement son programme d'entraînement.

Seriez-vous disponible jeudi à 16h pour un entretien à l'école ? Un collègue francophone peut être présent.

Bien cordialement,
Mohamed Amrani

{sig('Mohamed Amrani', 'Accompagnement des élèves', '+32 16 40 21 50', lang='fr')}''',
   date='2024-01-25 12:32', frm=S['mohamed'], to=[par('louis')], subject='Louis - entretien',
   about=['louis'], rules=['sensitive', 'personal_data'], cats=['psychosocial', 'care'],
   note='French, to the pupil\'s own mother: signs of low mood, CLB referral proposed', lang='fr')

OL('fwd-ocj-pleeggezin-kiara', '''Yasmina,

Belangrijk, zie hieronder. Kan jij morgen de leerkrachten van 5C mondeling inlichten (enkel dat ze vanaf maandag met de bus van Bertem komt en dat mama niet meer zomaar aan de schoolpoort mag komen)? De rest blijft bij ons.

Liesbeth''', orig=[({'van': 'Evelien Gysen <evelien.gysen@ocj-vlaamsbrabant.be>', 'verzonden': 'woensdag 14 februari 2024 15:31',
   'aan': 'Liesbeth Van Damme <liesbeth.vandamme@sintpieterscollege.be>', 'onderwerp': 'Kiara W. - plaatsing'},
   '''Beste mevrouw Van Damme,

Ik breng u op de hoogte dat de jeugdrechter gisteren een dringende maatregel heeft uitgesproken voor Kiara en haar broertje. Vanaf vrijdag verblijven beiden in een pleeggezin in Bertem. Mama heeft voorlopig enkel begeleid bezoek via het bezoekcentrum; contact aan de school is niet toegestaan. Papa blijft contactpersoon voor de school, samen met de pleegzorgbegeleider.

Ik stuur u de gegevens van de pleegouders in een aparte beveiligde mail.

Met vriendelijke groeten,
Evelien Gysen
Consulent OCJ Vlaams-Brabant
02 452 71 80''')],
   date='2024-02-14 16:04', frm=S['liesbeth'], to=[S['yasmina']], subject='TR: Kiara W. - plaatsing',
   about=['kiara'], rules=['sensitive', 'personal_data'], cats=['family', 'care'], fmt=['forward-outlook'],
   note='youth-care consultant\'s mail about a court-ordered foster placement forwarded to the class teacher', lang='nl')

OL('sociaal-huis-tshibangu-uithuiszetting', f'''Dag Fatima,

Dank voor je telefoontje. Ik vat even samen wat we afgesproken hebben voor het gezin Tshibangu (Yara, 4C).

- Het gezin verblijft sinds maandag in de crisisopvang in de Vaartstraat na de uithuiszetting. Yara deelt een kamer met mama en haar twee zussen.
- Het abonnement van De Lijn voor het nieuwe traject betaalt het Sociaal Huis; wij zetten de openstaande schoolrekening (231,60 euro) on hold tot er een oplossing is.
- Yara mag 's middags gratis mee-eten in de refter, we regelen dat discreet via de keuken.
- Haar schoolmateriaal is bij de verhuis grotendeels verloren gegaan; de titularis zorgt voor een nieuw pakket.

Ik laat het weten als we merken dat het op school niet goed gaat met haar.

Groetjes,
Mohamed

{sig('Mohamed Amrani', 'Leerlingenbegeleider', SCHOOL_T)}''',
   date='2024-05-08 17:12', frm=S['mohamed'], to=[X['fatima']], subject='Gezin T. (Yara 4C) - afspraken',
   about=['yara'], rules=['sensitive', 'personal_data'], cats=['family', 'financial'], fmt=['bullets'],
   note='eviction, crisis shelter and an unpaid bill put on hold for one family, agreed with the social service', lang='nl')

OL('verzekering-ongeval-tuur', f'''Geachte,

Hierbij de aangifte van een arbeidsongeval tijdens de stage van een leerling (polis schoolverzekering 45.118.902).

| Gegevens | |
| Leerling | Tuur Goossens, 5D bouw |
| Rijksregisternummer | 07.05.14-231.62 |
| Geboortedatum | 14/05/2007 |
| Stageplaats | Bouwbedrijf Claessens nv, werf Wilsele |
| Datum en uur | 11 maart 2024, ± 10u15 |

**Omschrijving:** Bij het verplaatsen van een betonblok is de leerling met zijn linkerhand tussen twee blokken gekneld. Hij werd door de werfleider naar de spoedgevallen van Heilig Hart Leuven gebracht. Vaststelling: snijwonde wijsvinger links, 4 hechtingen, fractuur van het eindkootje uitgesloten. Arbeidsongeschikt tot 22 maart.

Het medisch attest en het formulier van de werfleider voegen we toe per post.

Met vriendelijke groeten,
Els Verhaegen

{sig('Els Verhaegen', 'Stagecoördinator', SCHOOL_T)}''',
   date='2024-03-12 14:40', frm=S['els'], to=[X['verzekering']], subject='Aangifte ongeval stage - Tuur Goossens (5D)',
   about=['tuur'], rules=['sensitive', 'personal_data'], cats=['medical'], fmt=['table'],
   note='insurance claim for an internship accident with the pupil\'s injury, national number and date of birth', lang='nl')

# ================================================================== MISDIRECTED (about pupil X, to parents of pupil Y)
OL('stageplanning-robbe-peters', f'''Beste meneer Peeters

Hierbij de planning van de tweede stageperiode van Robbe bij Autohuis Herent.

| Periode | Dagen | Uren | Mentor |
| 15/4 - 26/4 | ma t/m do | 8u00 - 16u30 | Joris Hendrickx |
| 29/4 - 17/5 | ma t/m do | 8u00 - 16u30 | Joris Hendrickx |

Op vrijdag heeft Robbe gewoon les op school. Werkschoenen en overall zijn verplicht; het stagecontract mag hij maandag ondertekend terugbrengen.

Met vriendelijke groeten,
Els Verhaegen

{sig('Els Verhaegen', 'Stagecoördinator', SCHOOL_T)}''',
   date='2024-04-03 09:50', frm=S['els'], to=[par('robbe_pe')], subject='Stageplanning Robbe - periode 2',
   about=['robbe_pt'], misdirected=True, rules=['personal_data'], fmt=['table'],
   note='internship schedule of Robbe Peters (6B) sent to the father of Robbe Peeters (5B) only', lang='nl')

PL('trainingsuur-lina', '''Beste mevrouw

Vanaf volgende week verschuift de donderdagtraining van Lina naar 16u15 (in plaats van 15u30), omdat het wedstrijdbad die namiddag door de club gebruikt wordt. Lina mag na het zevende lesuur rechtstreeks naar het zwembad; de begeleiding vanaf de school blijft hetzelfde.

Vriendelijke groeten,
Olivier Lenaerts
zwemtrainer topsport
''', date='2023-10-11 17:20', frm=S['olivier'], to=[par('lena')], subject='Donderdagtraining Lina',
   about=['lina'], misdirected=True, rules=[],
   note='training time change for Lina Bouhlal (3A) sent only to the mother of classmate Lena Boonen', lang='nl')

OL('herinnering-rekening-julie-jacobs', f'''Beste meneer Jacobs

Ondanks onze herinnering van februari staat de schoolrekening van Julie nog steeds open (2e en 3e rekening, samen 378,90 euro). Ook de twee afgesproken schijven van het afbetalingsplan zijn niet betaald.

Wij vragen u om voor 15 mei contact op te nemen met de boekhouding. Indien er geen reactie komt, zijn wij genoodzaakt het dossier over te maken aan ons incassobureau. Uiteraard zoeken we liever samen een oplossing; u kan ook terecht bij onze leerlingenbegeleider voor hulp bij een aanvraag bij het OCMW.

Met vriendelijke groeten,
Rita Hermans

{sig('Rita Hermans', 'Boekhouding', SCHOOL_T)}''',
   date='2024-04-29 10:05', frm=S['rita'], to=[par('seppe_j')], subject='Tweede herinnering schoolrekening Julie',
   about=['julie_j'], misdirected=True, rules=['sensitive', 'personal_data'], cats=['financial'],
   note='unpaid bill and broken payment plan of Julie Jacobs (6C) sent to the father of Seppe Jacobs (2B)', lang='nl')

PL('evaluatie-ayoub-proficiat', '''Beste ouders

Met plezier laat ik weten dat Ayoub zijn stage bij Garage Van Loock met een zeer goede evaluatie heeft afgerond. De mentor prijst vooral zijn nauwkeurigheid bij de diagnose en zijn vriendelijke omgang met klanten. Hij krijgt 17/20 voor de stage.

Meneer Van Loock liet zelfs weten dat Ayoub na het zesde jaar welkom is voor een vakantiejob.

Proficiat aan Ayoub!
Pieter Goossens
stagebegeleider autotechniek
''', date='2024-05-24 15:45', frm=S['pieter'], to=[par('ayman')], subject='Stage Ayoub - evaluatie',
   about=['ayoub'], misdirected=True, rules=[],
   note='good internship evaluation of Ayoub Benali sent only to the parents of classmate Ayman Benaissa', lang='nl')

OL('opvolging-blessure-emma', f'''Beste ouders van Emma

Na de val op de evenwichtsbalk van dinsdag even een update vanuit school.

De sportarts bevestigde een zware verstuiking van de rechterenkel met een kleine afscheuring van het ligament. Emma draagt de komende drie weken een brace en volgt kine (2x per week). Op school:
- geen LO en geen gymtraining op de toestellen; wel krachttraining voor het bovenlichaam
- ze mag de lift gebruiken (sleutel bij het secretariaat)
- de pijnstillers mag ze 's middags bij de verpleegpost nemen

Controle bij de sportarts op 12 april. Laat gerust weten als er iets verandert.

Met vriendelijke groeten,
Bart Claes

{sig('Bart Claes', 'Topsportcoördinator', '016 40 21 63')}''',
   date='2024-03-22 12:18', frm=S['bart'], to=[par('emma_wo')], subject='Emma - opvolging enkel',
   about=['emma_wi'], misdirected=True, rules=['sensitive', 'personal_data'], cats=['medical'], fmt=['bullets'],
   note='injury and medication follow-up of gymnast Emma Willems (4A) sent to the mother of Emma Wouters (2B)', lang='nl')

PL('busregeling-kacper', '''Beste mevrouw

Vanaf maandag 26 februari neemt Kacper tijdens zijn stage bij Autohuis Herent niet meer de schoolbus van 7u25. Hij neemt dan lijn 315 aan de halte Heverlee Station en stapt af aan Herent Centrum. Het abonnement van De Lijn is door de school aangepast, hij kan het vrijdag afhalen op het secretariaat.

Na de stage (vanaf 22 maart) neemt hij opnieuw de gewone schoolbus.

Met vriendelijke groeten,
Marleen Vos
leerlingensecretariaat
''', date='2024-02-21 11:03', frm=S['marleen'], to=[par('dylan')], subject='Vervoer tijdens stage - Kacper',
   about=['kacper'], misdirected=True, rules=[],
   note='transport change for Kacper Nowicki (5B) sent only to the mother of classmate Dylan Vermeiren', lang='nl')

OL('afwezigheden-sem-k', f'''Beste ouders

Sem was deze maand negen halve dagen afwezig zonder wettiging. Toen ik hem er gisteren over aansprak, vertelde hij dat hij 's ochtends buikpijn krijgt bij de gedachte aan school en dat hij niet meer durft omdat een paar jongens van 4D hem op de bus uitlachen en duwen. Hij heeft ook gezegd dat hij soms in het station blijft zitten tot de lessen gedaan zijn.

We willen dit graag samen met u bekijken. Kan u volgende week dinsdag of donderdag na 16u naar school komen? Ons CLB-anker kan ook aansluiten.

Met vriendelijke groeten,
Mohamed Amrani

{sig('Mohamed Amrani', 'Leerlingenbegeleider', SCHOOL_T)}''',
   date='2024-03-15 15:55', frm=S['mohamed'], to=[par('sem_h')], subject='Afwezigheden Sem',
   about=['sem_k'], misdirected=True, rules=['sensitive', 'personal_data'], cats=['psychosocial'],
   note='school refusal and bullying on the bus of Sem Kenis (4D) sent to the parents of Sem Heylen (3D) only', lang='nl')

PL('stageattest-milan', '''Beste mevrouw

Milan heeft zijn laatste stage bij bouwbedrijf Claessens goed afgerond. Zijn stageattest en het VCA-certificaat liggen klaar op het secretariaat; hij heeft ze nodig voor zijn sollicitatie. Mag hij ze deze week komen afhalen?

Groeten,
Gert Aerts
titularis 6D
''', date='2024-06-04 12:40', frm=S['gert'], to=[par('milan_b')], subject='Stageattest Milan',
   about=['milan_d'], misdirected=True, rules=[],
   note='certificate of Milan Dewaele (6D) announced to the mother of Milan Huybrechts (6B) only', lang='nl')

PL('theorie-examen-nour', '''Beste mevrouw

Nour is ingeschreven voor het theorie-examen rijbewijs B op woensdag 15 mei om 13u30 in het examencentrum Kessel-Lo. Vergeet haar identiteitskaart niet mee te geven. De school regelt het vervoer; vertrek om 12u45 aan de hoofdingang.

Vriendelijke groeten,
Brecht Willaert
''', date='2024-05-07 20:05', frm=S['brecht'], to=[par('noor_v')], subject='Theorie-examen Nour 15/5',
   about=['nour_a'], misdirected=True, rules=[],
   note='driving-theory exam date of Nour Amrani (6C) sent only to the mother of Noor Van Roey (6D)', lang='nl')

OL('mdo-uitnodiging-lotte-baeten', f'''Beste ouders van Lotte

Graag nodigen wij u uit voor een multidisciplinair overleg (MDO) over de ondersteuning van Lotte, op maandag 29 januari om 16u30 in lokaal A104.

Op het overleg bespreken we:
- het verslag van de logopediste met de bevestiging van de dyslexie en dysorthografie;
- de maatregelen voor de examens van juni (voorleessoftware, extra tijd, spelling niet meetellen bij de AV-vakken);
- de aanvraag voor ondersteuning via het ondersteuningsnetwerk.

Aanwezig: de titularis, de zorgcoördinator en de CLB-medewerker. Lotte mag zelf ook mee.

Met vriendelijke groeten,
Liesbeth Van Damme

{sig('Liesbeth Van Damme', 'Zorgcoördinator', SCHOOL_T)}''',
   date='2024-01-18 13:25', frm=S['liesbeth'], to=[par('lotte_v')], subject='Uitnodiging MDO - Lotte',
   about=['lotte_b'], misdirected=True, rules=['sensitive', 'personal_data'], cats=['care', 'medical'], fmt=['bullets'],
   note='MDO invitation with dyslexia diagnosis and care measures of Lotte Baeten (4C) sent to the parents of Lotte Vanhoudt (3C)',
   lang='nl')

# ================================================================== CORRECTLY ADDRESSED TO OWN PARENT (look like misdirected)
OL('stageplanning-senne', f'''Beste mevrouw Geys

Hierbij de planning van de eindstage van Senne bij Garage Van Loock in Kessel-Lo.

| Week | Dagen | Uren |
| 6/5 - 10/5 | ma, di, do, vr | 8u00 - 17u00 |
| 13/5 - 17/5 | ma t/m vr | 8u00 - 17u00 |
| 20/5 - 24/5 | di t/m vr (maandag Pinkstermaandag) | 8u00 - 17u00 |

Senne heeft op woensdag 8 mei de hele dag les op school (examens AV). Het stageboek moet elke vrijdag door de mentor afgetekend worden.

Met vriendelijke groeten,
Els Verhaegen

{sig('Els Verhaegen', 'Stagecoördinator', SCHOOL_T)}''',
   date='2024-04-24 14:12', frm=S['els'], to=[par('senne')], subject='Stageplanning Senne Mertens (6B)',
   about=['senne'], rules=['personal_data'], fmt=['table'],
   note='internship schedule sent correctly to the pupil\'s mother, whose surname differs', lang='nl')

PL('trainingsuren-lucas-examens', '''Dag mevrouw Janssens,

Tijdens de examenperiode (vanaf 10 juni) traint de U15 enkel op maandag en woensdag van 17u tot 18u30. Lucas mag die dagen om 16u aan de sporthal zijn, de eerste ploeg traint dan al op het hoofdveld.
De wedstrijd van 15 juni gaat door zoals gepland.

Sportieve groeten,
Steven Dewulf
trainer voetbal topsport
''', date='2024-05-30 21:10', frm=S['steven'], to=[par('lucas_t')], subject='Training Lucas tijdens examens',
   about=['lucas_t'], rules=[], note='training times sent correctly to the mother (other surname) of Lucas Timmermans', lang='nl')

PL('afwezig-vrijdag-stijn', '''Beste mevrouw Janssens

Stijn was vrijdag 19 april de hele dag afwezig. Wij hebben nog geen briefje of attest ontvangen. Mag ik u vragen dit deze week aan zijn titularis te bezorgen? Het formulier vindt u achteraan in zijn agenda.

Vriendelijke groeten,
Marleen Vos
secretariaat
''', date='2024-04-23 08:40', frm=S['marleen'], to=[par('stijn', 2)], subject='Afwezigheid Stijn vrijdag 19/4',
   about=['stijn'], rules=[], note='simple missing absence note, to the second parent address of the pupil (other surname)',
   lang='nl')

OL('evaluatie-jolien-wzc', f'''Beste mama van Jolien

Ik wil u graag laten weten dat Jolien haar stage in WZC Ter Linde fantastisch doet. De hoofdverpleegkundige vertelde me dat de bewoners haar al bij naam vragen en dat ze heel zelfstandig de ochtendzorg doet. Op de tussentijdse evaluatie scoort ze op alle competenties "goed" of "zeer goed".

U mag fier zijn op haar!

Vriendelijke groeten,
Nadia Bakkali

{sig('Nadia Bakkali', 'Stagebegeleider zorg')}''',
   date='2024-03-28 16:40', frm=S['nadia'], to=[par('jolien')], subject='Stage Jolien - goed nieuws',
   about=['jolien'], rules=[], note='good internship evaluation to the pupil\'s mother (address not in the pupil\'s surname)',
   lang='nl')

PL('pendelbus-febe-uurwijziging', '''Beste mevrouw De Vos

Vanaf 4 maart vertrekt de pendelbus naar het gymcentrum op woensdag om 12u25 in plaats van 12u40. Febe eet die dag dus best haar boterhammen op de bus. Terugkomst blijft 17u30 aan de hoofdingang.

Vriendelijke groeten,
Marleen Vos
secretariaat
''', date='2024-02-27 10:12', frm=S['marleen'], to=[par('febe')], subject='Pendelbus woensdag - nieuw uur',
   about=['febe'], rules=[], note='bus time change sent correctly to the mother of Febe Verlinden, different surname', lang='nl')

OL('selectie-amber-provinciaal', '''Dag mevrouw Verbeke,

Goed nieuws: Amber is geselecteerd voor het provinciaal kampioenschap turnen op 16 maart in onze eigen sporthal! Ze turnt in de categorie 1e graad, niveau B. Inturnen om 8u45, de wedstrijd begint om 9u30.

Ze mag die dag haar wedstrijdpakje van de school dragen, dat krijgt ze donderdag mee.

Sportieve groeten,
Katrien Smets''', date='2024-02-28 19:15', frm=S['katrien'], to=[par('amber', 2)], subject='Selectie Amber 16/3',
   about=['amber'], rules=[], note='competition selection sent to the pupil\'s second parent, whose surname differs', lang='nl')

OL('logopedie-lotte-toestemming', f'''Beste mevrouw Moens

Zoals besproken op het oudercontact kan Lotte haar logopedie voor de dyslexie vanaf februari tijdens de schooluren volgen, op dinsdag tijdens het 7de en 8ste lesuur. Daarvoor hebben we nog nodig:
- het formulier "afwezigheid voor revalidatie" ondertekend door u;
- het verslag van de logopediste (Elke Bosmans) met de diagnose;
- het akkoord van het CLB, dat vragen wij zelf aan.

Lotte mist dan telkens LO en een uur Frans. Voor Frans maakt ze een aangepaste taak.

Met vriendelijke groeten,
Liesbeth Van Damme

{sig('Liesbeth Van Damme', 'Zorgcoördinator', SCHOOL_T)}''',
   date='2024-01-22 17:05', frm=S['liesbeth'], to=[par('lotte_v', 2)], subject='Logopedie tijdens de lesuren - Lotte',
   about=['lotte_v'], rules=['sensitive', 'personal_data'], cats=['care', 'medical'], fmt=['bullets'],
   note='to the pupil\'s own (second) parent: speech therapy for dyslexia during school hours; surname differs', lang='nl')

PL('rijlessen-bram', '''Beste mevrouw Verstraeten

De praktijklessen rijbewijs voor Bram zijn ingepland op dinsdag 7, 14 en 21 mei, telkens van 13u tot 15u, vertrek aan de school. De rijschool factureert rechtstreeks aan u (4 x 58 euro). Gelieve het leerlingenrijbewijs mee te geven.

Groeten,
Gert Aerts
''', date='2024-04-26 13:05', frm=S['gert'], to=[par('bram')], subject='Rijlessen Bram',
   about=['bram'], rules=[], note='driving lesson schedule to the pupil\'s own mother', lang='nl')

PL('identiteitskaart-lien', '''Beste mevrouw Bogaerts

Lien heeft haar identiteitskaart laten liggen op het secretariaat na de inschrijving voor de uitstap naar Brugge. Ze mag ze morgen komen halen, of ik geef ze aan haar titularis mee.

Vriendelijke groeten,
Marleen
''', cte='7bit', date='2023-10-03 15:20', frm=S['marleen'], to=[par('lien')], subject='Identiteitskaart Lien',
   about=['lien'], rules=[], note='forgotten ID card, to the mother of Lien Vos (different surname)', lang='nl')

GM('enkel-yentl-antwoord', '''Dag mevrouw Verbist,

Bedankt voor uw bericht. Fijn dat het om een verstuiking gaat en niet om een breuk.

Zoals de kinesist vraagt, laat ik Yentl de komende twee weken enkel armen en rompstabiliteit trainen in het water, zonder afzet of keerpunten. Op de wedstrijd van 3 februari zwemt ze niet. Ze mag haar tape in het zwembad houden.

Groetjes,
Olivier''', quote_hdr='Op ma 22 jan 2024 om 21:14 schreef Ilse Verbist <ilse.verbist@gmail.com>:', quote_md='''Dag Olivier,

Yentl is zaterdag na de training door haar enkel gegaan. Vandaag foto laten nemen op spoed: geen breuk, wel een flinke verstuiking. Ze moet 3x per week naar de kine en mag 2 weken niet afzetten.

Groetjes, Ilse (mama van Yentl)''', date='2024-01-23 07:45', frm=S['olivier'], to=[par('yentl')],
   subject='Re: Yentl enkel', in_reply_to='<CAF8x2wq9Yentl@mail.gmail.com>',
   about=['yentl'], rules=['sensitive'], cats=['medical'], fmt=['reply'],
   note='reply to the pupil\'s own mother (different surname) about her ankle sprain and adapted training', lang='nl')

PL('kluisje-kato-mama', '''Dag mevrouw Claes,

Kato heeft vanaf maandag een nieuw kluisje in de gymhal, het oude slot was stuk. Ze was haar code vergeten, dus voor de zekerheid ook aan u:

kluisje 22, code 7043

Groeten,
Katrien Smets
''', date='2023-09-29 17:48', frm=S['katrien'], to=[par('kato', 2)], subject='kluisje Kato', cte='7bit',
   about=['kato'], rules=['password'], note='locker code sent correctly to the pupil\'s second parent (other surname)', lang='nl')

OL('essai-victor-rfc', f'''Madame, Monsieur,

Le RFC Hesbaye souhaite voir Victor lors d'un entraînement d'essai avec ses U17, le mercredi 17 avril à 16h30, au stade de Jodoigne. L'entraîneur, M. Delvaux, nous a demandé de vous transmettre l'invitation.

Victor peut quitter l'école à 14h ce jour-là ; nous enregistrons l'absence comme « activité sportive ». Le transport est à votre charge.

Bien cordialement,
Bart Claes

{sig('Bart Claes', 'Coordinateur sport de haut niveau', lang='fr')}''',
   date='2024-04-05 11:30', frm=S['bart'], to=[par('victor')], subject='Entraînement d\'essai RFC Hesbaye - Victor',
   about=['victor'], rules=[], note='French: trial training invitation to the pupil\'s family address', lang='fr')

PL('zwemzak-daan', '''Beste mevrouw Smets

Daan heeft na de zwemles zijn zwemzak met handdoek en badmuts laten liggen in de kleedkamer. Ik heb hem meegenomen naar het LO-lokaal, hij mag hem daar komen halen.

Groeten,
Tom Verbeeck
''', cte='7bit', date='2023-12-12 12:55', frm=S['tom'], to=[par('daan')], subject='zwemzak Daan',
   about=['daan'], rules=[], note='forgotten swimming bag, to the pupil\'s own mother (surname shared with a staff member)', lang='nl')

OL('tolk-oudercontact-nour', f'''Beste mevrouw Amrani

Op het oudercontact van vrijdag 22 december om 17u20 (lokaal B103) is er een tolk Arabisch aanwezig, zoals u gevraagd had. U spreekt met de titularis van Nour en met haar stagebegeleider.

Met vriendelijke groeten,
Liesbeth Van Damme

{sig('Liesbeth Van Damme', 'Zorgcoördinator', SCHOOL_T)}''',
   date='2023-12-18 09:30', frm=S['liesbeth'], to=[par('nour_a')], subject='Oudercontact 22/12 - tolk',
   about=['nour_a'], rules=['personal_data'],
   note='interpreter arranged for the parent meeting; pupil\'s mother shares a surname with a staff member', lang='nl')

# ================================================================== PERSONAL, NOT SENSITIVE (to partners / internal)
OL('stageplanning-emre-herent', f'''Dag Joris,

Hierbij de stagedata voor Emre Yilmaz (5B):

| Periode | Dagen | Uren |
| 4/3 - 15/3 | ma t/m do | 8u - 16u30 |
| 18/3 - 22/3 | ma, di | 8u - 16u30 |

Emre heeft al een eerste stage in een bandencentrum gedaan, dus basiswerk zoals banden wisselen en olie verversen kent hij. Hij wil vooral bijleren rond diagnose. Ik kom langs op 7 maart rond 10u.

Groeten,
Pieter

{sig('Pieter Goossens', 'Stagebegeleider autotechniek', SCHOOL_T)}''',
   date='2024-02-26 16:22', frm=S['pieter'], to=[X['joris']], subject='Stage Emre Yilmaz - data',
   about=['emre'], rules=['personal_data'], fmt=['table'],
   note='internship dates and prior experience of one pupil sent to the mentor; nothing sensitive', lang='nl')

PL('training-wout-examens', '''Hoi Kevin,

Wout vraagt of hij tijdens de examens (10-21 juni) de dinsdagtraining bij jullie mag overslaan, hij heeft woensdag telkens zijn zwaarste examens. Van ons uit is dat ok, de donderdag komt hij wel.

Steven
''', cte='7bit', date='2024-05-27 12:15', frm=S['steven'], to=[X['kevin']], subject='Wout - training tijdens examens',
   about=['wout'], rules=[], note='training arrangement for one pupil during exams', lang='nl')

OL('fwd-evaluatie-merve', '''Dag Yasmina,

Mooi om te lezen, zie hieronder. Misschien kan je het op de klassenraad vermelden?

Nadia''', orig=[({'van': 'Ann-Sofie Geerts <annsofie.geerts@wzcterlinde.be>', 'verzonden': 'vrijdag 15 maart 2024 13:40',
   'aan': 'Nadia Bakkali <nadia.bakkali@sintpieterscollege.be>', 'onderwerp': 'evaluatie Merve'},
   '''Hallo Nadia,

Even kort: Merve is een topstagiaire. Ze neemt initiatief, is altijd op tijd en de bewoners zijn dol op haar. Ik heb de evaluatie in het portaal ingevuld. Als ze na haar opleiding wil solliciteren, is ze welkom.

Groetjes,
Ann-Sofie Geerts
Hoofdverpleegkundige afdeling Linde 2
WZC Ter Linde
tel. 016 29 84 11''')],
   date='2024-03-15 14:02', frm=S['nadia'], to=[S['yasmina']], subject='TR: evaluatie Merve', fmt=['forward-outlook'],
   about=['merve'], rules=['personal_data'], note='positive internship evaluation forwarded inside the school', lang='nl')

PL('dewit-nieuwe-halte-brent', '''Dag Greet,

Brent Coppens (4B) is verhuisd naar Wijgmaal. Vanaf maandag stapt hij op de schoolbus van lijn 2 aan de halte Wijgmaal Kerk in plaats van aan Kessel-Lo Centrum. Kunnen jullie dat aan de chauffeur doorgeven? Zijn buskaart is al aangepast.

Merci!
Marleen
''', date='2024-01-10 08:50', frm=S['marleen'], to=[X['dewit']], subject='Nieuwe opstaphalte leerling 4B',
   about=['brent'], rules=[], note='new bus stop of one pupil after a move, to the bus company', lang='nl')

PL('kiemkracht-licentie-nina', '''Beste helpdesk

Bij één leerling van 2A, Nina Hendrickx, verschijnt het digitale lesboek Wiskunde Plus 2 niet, terwijl de andere 23 leerlingen het wel zien. Haar licentie is meegenomen in bestelling LIC-23-55810. Ze kan wel aanmelden, dus het ligt niet aan haar account.

Kunnen jullie dit bekijken?

Met vriendelijke groeten,
Jolien Maes
leerkracht wiskunde 2A
''', date='2023-10-05 13:12', frm=S['jolien'], to=[X['kiem']], subject='Licentie niet zichtbaar - leerling 2A',
   about=['nina'], rules=[], note='one pupil\'s digital licence missing; order number only', lang='nl')

PL('rijschool-examen-ibrahim', '''Dag Geert,

Kan je Ibrahim Sahin (6D) nog bijplannen voor het theorie-examen van 15 mei? Op de vorige datum zat hij op stage in Mechelen. Hij heeft de vier theorielessen gevolgd.

Groeten,
Gert
''', cte='7bit', date='2024-04-30 16:30', frm=S['gert'], to=[X['geert']], subject='theorie-examen 15/5 - nog 1 leerling',
   about=['ibrahim'], rules=[], note='asks the driving school to add one pupil to an exam date', lang='nl')

OL('inschrijving-vk-mila', f'''Beste

Hierbij de inschrijving van onze zwemster voor de Vlaamse kampioenschappen korte baan (Antwerpen, 9-10 december).

| Naam | Geboortedatum | Club / licentie | Nummers |
| Mila Deprez | 18/07/2006 | LZK - 06-118274 | 100 m vlinder, 200 m wissel, 50 m vrij |

De inschrijvingsgeld (3 x 6 euro) wordt door de school betaald. Begeleider: Olivier Lenaerts.

Met vriendelijke groeten,
Bart Claes

{sig('Bart Claes', 'Topsportcoördinator')}''',
   date='2023-11-08 09:20', frm=S['bart'], to=[X['zwemliga']], subject='Inschrijving VK korte baan - Mila Deprez',
   about=['mila'], rules=['personal_data'], fmt=['table'],
   note='championship registration of one swimmer with her date of birth', lang='nl')

PL('host-family-wout', '''Dear Erik,

Good news: the family of one of our footballers, Wout Geukens (5A), has offered to host Ingrid during the exchange week. They live a ten-minute bike ride from school and Wout's older sister swims at club level as well. Wout's mother will pick Ingrid up at Leuven station on Sunday at 18:00.

Please let me know if Ingrid has any dietary wishes.

Best regards,
Bart
''', date='2024-02-08 10:44', frm=S['bart'], to=[X['erik']], subject='Host family for Ingrid',
   about=['wout'], rules=[], note='English: host family arrangement involving one pupil\'s family', lang='en')

# ================================================================== GENERAL LETTERS (groups in Bcc)
MENTORS = [X['frank'][1], X['joris'][1], X['annsofie'][1], X['veerle'][1], X['jos'][1], X['marc'][1], X['dupont'][1],
           'werkplaats@bandencentrum-leuven.be', 'hr@bouwgroep-dijleland.be']
OL('mentoren-eindevaluatie', f'''Beste stagementor

Het schooljaar loopt stilaan ten einde. Graag zetten we de laatste stappen van de stage van uw stagiair op een rij.

**1. Eindevaluatie**
U vult de eindevaluatie in via het stageportaal, uiterlijk vijf werkdagen na de laatste stagedag. Bespreek de evaluatie bij voorkeur eerst met de leerling.

**2. Stageattest**
Het attest van aanwezigheid (bv. bij afwezigheden door ziekte) ondertekent u op de laatste dag. De leerling brengt het mee naar school.

**3. Veelgestelde vragen**
- Wat als de leerling nog uren moet inhalen? Neem contact op met de stagebegeleider; samen bekijken we of dat in juni of in september kan.
- Mag een stagiair na de stage een vakantiejob doen bij ons? Ja, maar dan via een gewoon studentencontract, niet via de stageovereenkomst.
- Wie contacteer ik bij een ongeval? De stagecoördinator; de schoolverzekering dekt de leerling tijdens de stage.

Van harte bedankt voor uw inzet voor onze leerlingen dit schooljaar. Op donderdag 20 juni verwachten we u graag op onze mentorenreceptie.

Met vriendelijke groeten,
Els Verhaegen

{sig('Els Verhaegen', 'Stagecoördinator', SCHOOL_T)}''',
   date='2024-05-16 10:00', frm=S['els'], to=[S['els']], bcc=MENTORS, subject='Afronding stages - info voor mentoren', cte='base64',
   rules=['personal_data'], note='general letter to all internship mentors (Bcc) with FAQ, reads like an individual one',
   lang='nl', fmt=['faq'])

OL('ouders-medicatie-op-school', f'''Geachte ouders

Elk jaar krijgen we vragen over medicatie op school. Daarom herhalen we de afspraken uit het schoolreglement.

**Mag de school medicatie geven aan mijn kind?**
Leerkrachten en opvoeders geven geen medicatie op eigen initiatief, ook geen pijnstiller. Moet uw kind tijdens de schooluren medicatie nemen, dan vult de arts het formulier "medicatie op school" in. Zonder dat formulier kunnen we niets geven.

**Wat als mijn kind ziek wordt op school?**
We verwittigen u of de contactpersoon die u opgaf. Bij een noodsituatie bellen we eerst 112.

**Mijn kind heeft een chronische aandoening (bv. astma, diabetes, epilepsie).**
Neem contact op met de zorgcoördinator. Samen met u en eventueel het CLB maken we een individueel plan.

Het formulier vindt u op Smartschool onder "Documenten > Formulieren".

Met vriendelijke groeten
Koen Vandenbroucke
directeur

Sint-Pieterscollege campus Heverlee-Oost - Oostveldstraat 21, 3001 Heverlee - T {SCHOOL_T}''',
   date='2023-09-14 12:00', frm=S['directie'], env_from=S['directie'][1], to=[S['directie']], bcc=[f'ouders@{D}'],
   subject='Medicatie op school - afspraken', rules=['personal_data'],
   note='general medication procedure letter to all parents (Bcc), examples of conditions but no pupil', lang='nl', fmt=['faq'])

PL('sportmedisch-onderzoek-3a', '''Beste ouders van 3A

Zoals elk jaar moeten alle leerlingen van het topsportprogramma een sportmedisch onderzoek laten doen voor 1 november. Uw zoon of dochter krijgt daarvoor een afspraak op het Sportmedisch Centrum in Heverlee:

- dinsdag 10 oktober: leerlingen A tot en met L
- donderdag 12 oktober: leerlingen M tot en met Z

De leerling neemt sportkledij mee en komt nuchter (geen ontbijt) voor de bloedafname. Het verslag gaat rechtstreeks naar u en naar de sportarts van de federatie, niet naar de school. De school krijgt enkel een attest "geschikt/niet geschikt".

Heeft uw kind al een onderzoek gehad bij de club, dan bezorgt u ons een kopie van het attest.

Sportieve groeten
Bart Claes
topsportcoördinator
''', date='2023-09-21 13:30', frm=S['bart'], to=[S['bart']], bcc=[f'ouders-3a@{D}'],
   subject='Sportmedisch onderzoek 3A', rules=[], fmt=['bullets'],
   note='general letter to the parents of one class (Bcc) about the yearly sports medical check', lang='nl')

OL('ouders-herinnering-schoolrekening', f'''Beste ouders

Bij het nakijken van de schoolrekeningen van het eerste trimester merken we dat er nog een aantal rekeningen openstaan. Wie de rekening al betaald heeft, mag deze mail als niet verzonden beschouwen.

Betalen kan op rekening BE36 7380 1129 4881, met de gestructureerde mededeling die op de rekening staat.

Heeft u het moeilijk om de rekening in één keer te betalen? Dat kan iedereen overkomen. Neem discreet contact op met Rita Hermans van de boekhouding; een afbetalingsplan is altijd mogelijk. Ook de leerlingenbegeleiding kan u helpen bij de aanvraag van de schooltoeslag.

Met vriendelijke groeten
De boekhouding

{sig('Rita Hermans', 'Boekhouding', SCHOOL_T)}''',
   date='2024-01-26 11:00', frm=S['rita'], to=[S['rita']], bcc=[f'ouders@{D}'], subject='Herinnering schoolrekening',
   rules=['personal_data'], note='general bill reminder to all parents (Bcc), offers payment plans in general; school IBAN',
   lang='nl')

OL('ouders-privacyverklaring', '''Geachte ouders

Met ingang van dit schooljaar is onze privacyverklaring aangepast. De belangrijkste punten:

1. **Welke gegevens verwerken we?** Identificatiegegevens van uw kind en van de ouders, leerlingengegevens (resultaten, afwezigheden), gegevens over de gezondheid voor zover nodig (bv. allergieën, medicatie op school), gegevens uit het zorgdossier en financiële gegevens voor de schoolrekening.
2. **Met wie delen we gegevens?** Met het CLB, met stageplaatsen (enkel wat nodig is voor de stage), met de sportfederaties voor leerlingen in het topsportprogramma, en met de overheid waar de wet dat vraagt.
3. **Hoe lang bewaren we ze?** Zolang als wettelijk nodig, daarna worden ze vernietigd.
4. **Uw rechten.** U kan inzage en verbetering vragen via privacy@lksd.ksleuven.be.

De volledige tekst staat op onze website en in het schoolreglement (deel III, punt 4).

Met vriendelijke groeten
De directie''', date='2023-09-05 15:00', frm=S['directie'], env_from=S['directie'][1], to=[S['directie']],
   bcc=[f'ouders@{D}'], subject='Aangepaste privacyverklaring', rules=[],
   note='privacy statement listing data categories, to all parents (Bcc); no individual data', lang='nl')

OL('vaccinatie-hepatitis-zorgstage', '''Beste ouders en leerlingen van 5C en 6C

Voor de stages in woonzorgcentra en ziekenhuizen vragen de stageplaatsen dat de leerlingen gevaccineerd zijn tegen hepatitis B, of dat ze kunnen aantonen dat ze minstens de eerste dosis hebben gekregen.

- Heeft uw zoon of dochter de vaccinatie gekregen in de lagere school (via het CLB)? Dan moet u niets doen; het CLB bezorgt de stageplaatsen een attest.
- Weet u het niet zeker? Kijk in het vaccinatieboekje of op Vaccinnet via uw huisarts.
- Is de leerling niet gevaccineerd? Dan kan dat gratis via het CLB, op dinsdag 7 november.

Met vragen kan u terecht bij mevrouw Bakkali.

Vriendelijke groeten
Nadia Bakkali
stagebegeleider zorg''', date='2023-10-16 14:20', frm=S['nadia'], to=[S['nadia']],
   bcc=[f'klas-5c@{D}', f'klas-6c@{D}', f'ouders-5c@{D}', f'ouders-6c@{D}'], subject='Hepatitis B-vaccinatie voor de zorgstages',
   rules=[], fmt=['bullets'], note='general vaccination requirement letter to two classes and their parents (Bcc)', lang='nl')

PL('bouwmentoren-vca-schoenen', '''Beste mentor

Vanaf de volgende stageperiode vragen wij dat elke stagiair bouw op de eerste stagedag zijn VCA-attest en zijn eigen veiligheidsschoenen (S3) meebrengt. Wie geen VCA heeft, mag geen werf op; hij komt dan naar school en we brengen u op de hoogte.

Helm, bril en handschoenen voorziet de school. Harnas en valbeveiliging vallen onder uw verantwoordelijkheid, net als bij uw eigen personeel.

Met dank voor de samenwerking,
Dirk Mertens
praktijkleraar bouw
''', date='2024-01-31 09:40', frm=S['dirk'], to=[S['dirk']],
   bcc=[X['jos'][1], 'hr@bouwgroep-dijleland.be', 'info@dakwerken-vandenbroeck.be', 'werf@renovatie-kempen.be'],
   subject='Stagiairs bouw - VCA en veiligheidsschoenen', rules=[],
   note='general letter to all building-site mentors (Bcc)', lang='nl')

OL('autosalon-4b-busregeling', '''Beste ouders van 4B

Op vrijdag 19 januari bezoeken we met de klas het Autosalon in Brussel.

| | |
| Vertrek | 8u15 aan de sporthal (bus Reizen Dewit) |
| Terug | ± 16u30 aan de sporthal |
| Kostprijs | 18 euro (komt op de volgende schoolrekening) |
| Meebrengen | lunchpakket, drinken, identiteitskaart, opdrachtenbundel |

Uw zoon of dochter kan niet mee? Verwittig dan de titularis voor 12 januari; hij of zij volgt dan les in een andere klas.

Vriendelijke groeten
Brecht Willaert
titularis 4B''', date='2024-01-08 18:05', frm=S['brecht'], to=[S['brecht']], bcc=[f'ouders-4b@{D}'],
   subject='Uitstap Autosalon 19/1', rules=[], fmt=['table'], note='class trip letter to the parents of 4B (Bcc)', lang='nl')

OL('ouders-anti-pestbeleid', '''Beste ouders

Pesten hoort niet thuis op onze school. Naar aanleiding van de week tegen pesten zetten we ons beleid nog eens op een rij.

**Wat verstaan we onder pesten?**
Herhaaldelijk en bewust iemand kwetsen, uitsluiten of bedreigen, ook online (bv. foto's delen in een groepschat).

**Wat als u vermoedt dat uw kind gepest wordt?**
Neem contact op met de titularis of de leerlingenbegeleiding. We luisteren eerst naar uw kind en bekijken samen wat nodig is. Niet elke ruzie is pesten, maar elke melding nemen we ernstig.

**En als mijn kind zelf pest?**
We werken met de "no blame"-aanpak: eerst herstel, daarna eventueel sancties volgens het schoolreglement.

Meer info in het schoolreglement, deel II, punt 7 "Samenleven op school".

Met vriendelijke groeten
Griet Lemmens en Mohamed Amrani
leerlingenbegeleiding''', date='2024-02-19 12:30', frm=S['griet'], to=[S['griet']], bcc=[f'ouders@{D}'],
   subject='Week tegen pesten - ons beleid', rules=[], fmt=['faq'],
   note='general anti-bullying policy letter to all parents (Bcc)', lang='nl')

OL('topsport-faq-afwezigheden', f'''Beste ouders van onze topsporters

Bij de start van het wedstrijdseizoen een paar veelgestelde vragen over afwezigheden.

**Mag mijn kind een schooldag missen voor een wedstrijd?**
Ja, als de federatie een selectiebrief bezorgt. Met het topsportstatuut zijn maximaal 10 halve dagen per schooljaar mogelijk voor wedstrijden en stages.

**Wat met toetsen die gemist worden?**
De leerling spreekt zelf met de vakleerkracht een inhaalmoment af, binnen de twee weken.

**Mijn kind is geblesseerd. Moet het naar de training op school?**
Ja, tenzij de sportarts anders beslist. De trainer voorziet een aangepast programma.

**Hoe meld ik een afwezigheid?**
Via Smartschool aan het secretariaat, met een kopie van de selectiebrief in bijlage.

Sportieve groeten
Bart Claes

{sig('Bart Claes', 'Topsportcoördinator', '016 40 21 63')}''',
   date='2023-09-25 19:00', frm=S['bart'], to=[S['bart']], bcc=[f'ouders-topsport@{D}'],
   subject='Topsport: veelgestelde vragen over afwezigheden', rules=['personal_data'], fmt=['faq'],
   note='general FAQ for all elite-sport parents (Bcc); "uw kind" but nobody in particular', lang='nl')

OL('personeel-zorgcontinuum', '''Dag collega's

Op vraag van verschillende nieuwe collega's nog eens ons zorgcontinuüm in een notendop.

| Fase | Wat | Wie |
| 0 - brede basiszorg | voor alle leerlingen: duidelijke instructies, differentiatie | iedereen |
| 1 - verhoogde zorg | extra maatregelen na overleg (bv. extra tijd) | vakleerkracht + zorgteam |
| 2 - uitbreiding van zorg | CLB betrokken, eventueel ondersteuningsnetwerk | zorgteam + CLB |
| 3 - IAC | individueel aangepast curriculum of overstap | klassenraad + CLB |

Zorgsignalen over een leerling noteer je in het leerlingvolgsysteem, niet in een mail. Bij twijfel: kom even langs in A104.

Liesbeth''', date='2023-10-09 16:15', frm=S['liesbeth'], to=[S['liesbeth']], bcc=[f'personeel@{D}'],
   subject='Ons zorgcontinuüm in het kort', rules=[], fmt=['table'],
   note='general explanation of the care continuum to all staff (Bcc), no pupil', lang='nl')

PL('proclamatie-6d', '''Beste ouders van 6D

Graag nodigen wij u en uw zoon of dochter uit op de proclamatie van het zesde jaar, op vrijdag 28 juni om 19u in de feestzaal. Na de uitreiking van de diploma's en getuigschriften is er een receptie.

Wilt u laten weten met hoeveel personen u komt (max. 4 per leerling)? Dat kan via het strookje dat uw kind meekrijgt, of via Smartschool.

Met vriendelijke groeten
Gert Aerts
titularis 6D
''', date='2024-06-07 10:30', frm=S['gert'], to=[S['gert']], bcc=[f'ouders-6d@{D}'], subject='Uitnodiging proclamatie',
   rules=[], note='invitation letter to all parents of 6D (Bcc)', lang='nl')

OL('ouders-laptopregeling-3de-graad', '''Beste ouders

Vanaf volgend schooljaar werken de leerlingen van de technische richtingen in de derde graad met een eigen laptop (elektromechanica, autotechniek, bouw). Uw zoon of dochter heeft die nodig voor tekenpakketten en diagnosesoftware.

**Hoe werkt het?**
- U kiest zelf: een laptop huren via de school (4 jaar, 16 euro per maand) of een eigen toestel dat aan de minimumvereisten voldoet.
- Bij huur is de verzekering inbegrepen; bij schade betaalt u een eigen risico van 50 euro.
- De software installeert de school tijdens de eerste schoolweek.

Voor de aanvraag van een tussenkomst kan u terecht bij de leerlingenbegeleiding.

Met vriendelijke groeten
Wim De Smet, ICT-coördinator''', date='2024-05-22 14:00', frm=S['wim'], to=[S['wim']],
   bcc=[f'ouders-4b@{D}', f'ouders-4d@{D}', f'ouders-5b@{D}', f'ouders-5d@{D}'],
   subject='Laptopproject derde graad technisch', rules=[], fmt=['bullets'],
   note='general letter to several parent groups (Bcc) about laptops', lang='nl')

OL('wzc-mentoren-afspraken-stagiairs', '''Beste mentor

Bij de start van de nieuwe stageperiode herhalen we enkele afspraken die voor alle stagiairs zorg gelden.

- De stagiair gebruikt zijn gsm niet op de afdeling, enkel tijdens de pauze.
- Foto's van bewoners of van de afdeling zijn verboden, ook in het stageboek.
- Namen van bewoners worden in verslagen vervangen door initialen.
- Bij afwezigheid verwittigt de leerling zowel de afdeling als de school vóór 8u.
- Verpleegtechnische handelingen gebeuren enkel onder toezicht en volgens de lijst in de stageovereenkomst.

Met vragen kan u altijd bij mij terecht.

Vriendelijke groeten,
Nadia Bakkali
stagebegeleider zorg''', date='2024-04-17 08:30', frm=S['nadia'], to=[S['nadia']],
   bcc=[X['annsofie'][1], X['veerle'][1], 'stages@wzc-dehoeve.be', 'mentor.zorg@azheverlee.be'],
   subject='Afspraken stagiairs zorg - stageperiode 3', rules=[], fmt=['bullets'],
   note='general rules for interns sent to all care-home mentors (Bcc)', lang='nl')

PL('zwemlessen-2a', '''Beste ouders van 2A

In het derde trimester krijgt de klas zwemles op dinsdag (4de lesuur) in het zwembad van de sporthal. Uw zoon of dochter brengt mee: zwembroek of badpak (geen shorts), handdoek, badmuts en een slot voor het kluisje.

Wie om medische redenen niet mag zwemmen, bezorgt een attest aan de LO-leerkracht. Voor de gymnasten die 's ochtends al in het water lagen, is er een aangepaste opdracht.

Vriendelijke groeten,
Jolien Maes
titularis 2A
''', date='2024-04-04 18:30', frm=S['jolien'], to=[S['jolien']], bcc=[f'ouders-2a@{D}'], subject='Zwemlessen derde trimester',
   rules=[], note='general letter to the parents of 2A (Bcc) about swimming lessons', lang='nl')

OL('ouders-schooltoeslag', '''Beste ouders

Wist u dat u misschien recht heeft op een schooltoeslag voor uw kind? De schooltoeslag is een onderdeel van het Groeipakket en hangt af van het gezinsinkomen.

- In de meeste gevallen wordt de toeslag automatisch toegekend. U hoeft niets te doen.
- Kreeg u vorig jaar een toeslag en nu niet, of is uw inkomen sterk gedaald? Neem dan contact op met uw uitbetaler van het Groeipakket.
- Voorwaarde is dat uw kind voldoende aanwezig is op school.

Heeft u hulp nodig bij de aanvraag? Onze leerlingenbegeleiders helpen u graag, ook in een andere taal.

Met vriendelijke groeten
De directie''', date='2023-10-04 13:00', frm=S['directie'], env_from=S['directie'][1], to=[S['directie']],
   bcc=[f'ouders@{D}'], subject='Schooltoeslag - heeft u er recht op?', rules=[], fmt=['bullets'],
   note='general school allowance information to all parents (Bcc)', lang='nl')

OL('parents-francophones-oudercontact', '''Chers parents,

Le premier contact parents-professeurs (oudercontact) aura lieu le vendredi 22 décembre de 16h à 20h. Vous recevrez le bulletin de votre enfant ce jour-là.

- Vous pouvez réserver un rendez-vous via Smartschool (menu « Intradesk > Oudercontact ») jusqu'au 18 décembre.
- Chaque entretien dure 10 minutes.
- Si vous souhaitez un interprète (français, arabe, turc, polonais), signalez-le au secrétariat avant le 15 décembre.

Nous nous réjouissons de vous rencontrer.

La direction''', date='2023-12-04 12:00', frm=S['directie'], env_from=S['directie'][1], to=[S['directie']],
   bcc=[f'ouders-fr@{D}'], subject='Contact parents-professeurs du 22 décembre', rules=[], fmt=['bullets'],
   note='French general letter to the French-speaking parents group (Bcc)', lang='fr')

OL('eerstejaars-leerlingenbegeleiding-clb', f'''Beste ouders van onze eerstejaars

Uw kind is nu enkele weken bij ons op school. Graag stellen we u de leerlingenbegeleiding voor.

**Bij wie kan uw kind terecht?**
Bij de titularis, bij Griet Lemmens (leerlingenbegeleider eerste graad, lokaal A002) en elke middag in het "praatlokaal".

**Wat doet het CLB?**
Het CLB Leuven werkt samen met de school rond leren, gezondheid, studiekeuze en welbevinden. Ouders en leerlingen kunnen ook zelf contact opnemen, gratis en vertrouwelijk: CLB Leuven, 016 23 87 60, of via de CLB-chat.

**Medisch onderzoek**
In het eerste jaar krijgen alle leerlingen een systematisch contact bij het CLB. U ontvangt daarover een aparte brief.

Met vriendelijke groeten
Griet Lemmens''', date='2023-10-02 12:30', frm=S['griet'], to=[S['griet']],
   bcc=[f'ouders-1a@{D}', f'ouders-1b@{D}', f'ouders-1c@{D}', f'ouders-1d@{D}'],
   subject='Leerlingenbegeleiding en CLB - voorstelling', rules=['personal_data'], fmt=['faq'],
   note='general introduction of pupil guidance and CLB to all first-year parents (Bcc); CLB phone number', lang='nl')

PL('personeel-sportdag-hitteplan', '''Dag collega's

Woensdag 26 juni is de sportdag. Het KMI voorspelt 31 graden, dus we passen het hitteplan toe:
- start om 8u15 in plaats van 9u, einde om 13u
- elke post heeft een waterbak, refills aan de cafetaria
- geen looponderdelen tussen 11u en 13u
- de EHBO-post staat aan de sporthal, Luc en Olivier zijn er de hele voormiddag

Wie een leerling met een medisch probleem in zijn groep heeft, kijkt vooraf de lijst in het LVS na.

Bedankt!
Hilde
''', date='2024-06-24 15:40', frm=S['hilde'], to=[S['hilde']], bcc=[f'personeel@{D}'], subject='Sportdag woensdag - hitteplan',
   rules=[], fmt=['bullets'], note='general staff letter (Bcc) about sports day in the heat', lang='nl')

OL('ouders-5b-stageverzekering', '''Beste ouders van 5B

Binnenkort start uw zoon of dochter met de eerste stage. Hieronder wat u moet weten over de verzekering.

**Is mijn kind verzekerd tijdens de stage?**
Ja. De schoolverzekering dekt lichamelijke ongevallen tijdens de stage en op weg van en naar de stageplaats.

**Wat als er een ongeval gebeurt?**
1. De mentor verwittigt de school meteen.
2. U laat de dokter het medisch attest van de verzekering invullen (formulier op Smartschool).
3. U bezorgt het attest binnen de acht dagen aan de stagecoördinator.

**Schade aan materiaal van het bedrijf?**
Die valt onder de burgerlijke aansprakelijkheid van de school, niet onder uw familiale verzekering.

Met vriendelijke groeten
Els Verhaegen
stagecoördinator''', date='2024-01-19 09:45', frm=S['els'], to=[S['els']], bcc=[f'ouders-5b@{D}'],
   subject='Stage 5B - verzekering', rules=[], fmt=['faq'],
   note='general insurance FAQ to the parents of 5B (Bcc)', lang='nl')

# ================================================================== BCC (external addresses / groups visible)
OL('mentorenavond-uitnodiging', f'''Beste mentoren

Graag nodig ik jullie uit op onze mentorenavond op donderdag 7 december om 19u in de refter van de school. We stellen de nieuwe stageportfolio's voor en overlopen de planning van de stages in het tweede trimester. Nadien is er een drankje en een hapje gemaakt door onze leerlingen bakkerij.

Laat je weten of je komt?

Met vriendelijke groeten,
Els Verhaegen

{sig('Els Verhaegen', 'Stagecoördinator')}''',
   date='2023-11-21 13:15', frm=S['els'], to=[X['frank'], X['joris'], X['jos']], subject='Uitnodiging mentorenavond 7/12',
   rules=['bcc'], note='three external mentors put visibly in To instead of Bcc', lang='nl')

PL('zwemtest-herinnering-ouders-2a', '''Beste ouders

Een korte herinnering: volgende dinsdag is de zwemtest van 2A. Vergeet de badmuts niet!

Groeten,
Jolien Maes
''', cte='7bit', date='2024-04-19 07:55', frm=S['jolien'], to=[f'ouders-2a@{D}'], subject='Herinnering zwemtest',
   rules=['bcc'], note='the parents\' group address of 2A is put in To', lang='nl')

PL('wedstrijdschema-jade-beide-ouders', '''Beste meneer Lambrecht, beste mevrouw D'hondt

Zoals gevraagd stuur ik het wedstrijdschema van Jade voor het voorjaar aan jullie allebei.

- 24 februari: Vlaamse kampioenschappen, Gent
- 16 maart: provinciale voorronde, sporthal Heverlee-Oost
- 13-14 april: Belgische kampioenschappen, Antwerpen
- 26-28 april: Junior Team Event, Bratislava (onder voorbehoud van selectie)

Voor Bratislava volgt nog een aparte brief met de reisinfo.

Sportieve groeten,
Katrien Smets
''', date='2024-01-30 20:20', frm=S['katrien'], to=[par('jade'), par('jade', 2)], subject='Wedstrijdschema Jade voorjaar',
   about=['jade'], rules=['bcc'], fmt=['bullets'],
   note='competition schedule to both parents of one pupil, two external addresses visible in To', lang='nl')

PL('examenrooster-6d-cc-klas', '''Beste leerlingen van 6D

Door de staking van maandag verschuift het examen PAV naar woensdag 12 juni, 8u30, lokaal B201. De rest van het rooster blijft ongewijzigd.

Succes met de voorbereiding!
Dhr. Aerts
''', cte='7bit', date='2024-06-06 16:10', frm=S['gert'], to=[S['gert']], cc=[f'klas-6d@{D}'], subject='Wijziging examenrooster',
   rules=['bcc'], note='class group address visible in Cc', lang='nl')

# ================================================================== PRIVATE ACCOUNT
PL('stagebezoek-prive-gmail', '''Dag Joris,

Ik stuur dit even van mijn eigen adres, mijn schoolmail doet raar op mijn gsm.

Ik kom volgende dinsdag 12 maart rond 10u op stagebezoek voor Emre, en als het past meteen ook om het stagecontract van Kacper voor april te overlopen. Is dat ok voor jou?

Groeten,
Pieter Goossens
stagebegeleider autotechniek Sint-Pieterscollege
''', date='2024-03-06 21:30', frm=('Pieter Goossens', 'pieter.goossens.auto@gmail.com'), to=[X['joris']],
   subject='stagebezoek dinsdag', about=['emre', 'kacper'], rules=['private_account'],
   note='teacher writes to an internship mentor about school business from his private Gmail address', lang='nl')

PL('fwd-klassenraad-naar-prive', '''om thuis verder aan te werken

---------- Doorgestuurd bericht ---------
Van: Yasmina Ouali <yasmina.ouali@sintpieterscollege.be>
Date: wo 6 mrt 2024 om 07:42
Subject: Notities klassenraad 5C
To: Nadia Bakkali <nadia.bakkali@sintpieterscollege.be>, An Coppens <an.coppens@sintpieterscollege.be>

Dag collega's van 5C

Hieronder de notities van de tussentijdse klassenraad van gisteren.

Grace - daalt, vaak moe in de les. Titularis polst hoe het gaat.
Ilias - zwak voor AV-vakken. Papa zit sinds januari opnieuw in de gevangenis; Ilias is vaak boos en heeft twee keer gevochten op de speelplaats. Mohamed volgt op, CLB verwittigd.
Merve - zeer goed, proficiat op rapport.

Volgende klassenraad: 25 april.
''', date='2024-03-06 19:58', frm=S['yasmina'], to=['yasmina.ouali83@hotmail.com'], subject='Fwd: Notities klassenraad 5C',
   about=['grace', 'ilias', 'merve'], rules=['private_account', 'sensitive'], cats=['family', 'psychosocial'],
   fmt=['forward-inline'],
   note='class teacher forwards class-council notes (father in prison, fights) to her own private Hotmail box', lang='nl')

PL('trainingsplan-u17-outlook-prive', '''Hoi Kevin,

Zoals besproken het plan voor de gezamenlijke trainingen met de U17 in het voorjaar:

ma: school, techniek + afwerking (15u30-17u)
wo: club, tactisch
do: school, kracht/snelheid in de sporthal
za: wedstrijd

Voor de schoolspelers blijft het maximum 10 uur per week inclusief wedstrijd. Laat maar weten of jullie staf akkoord gaat.

Steven
''', date='2024-01-14 22:05', frm=('Steven Dewulf', 'steven.dewulf@outlook.com'), to=[X['kevin']],
   subject='trainingsplan U17 voorjaar', rules=['private_account'],
   note='school football trainer sends the school training plan to a club from his private Outlook.com address', lang='nl')

# ================================================================== ATTACHMENTS (executable / macro)
M('scandriver-zip-exe', kind='plain', cte='quoted-printable', text='''Luc,

In bijlage de scandriver voor de pc in het conciërgehuis. Uitpakken en setup.exe uitvoeren als administrator, daarna de pc herstarten. Lukt het niet, dan kom ik morgen langs.

Wim
''', attach=[('ScanDriver_Kx_v4.12.zip', 'application/zip',
              zipbytes([('ScanDriver/setup.exe', FAKE_EXE), ('ScanDriver/readme.txt', b'Kx scan driver 4.12\r\n')]))],
   date='2024-02-15 12:40', frm=S['wim'], to=[S['luc']], subject='scandriver conciergehuis',
   rules=['attachment'], fmt=['plain-qp', 'attachment-zip-exe'],
   note='zip archive containing an executable installer sent to a colleague', lang='nl')

def docx_like(macro=True):
    files = [('[Content_Types].xml', b'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
             ('xl/workbook.xml', b'<?xml version="1.0"?><workbook/>')]
    if macro:
        files.append(('xl/vbaProject.bin', b'\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1' + bytes(range(256)) * 2))
    return zipbytes(files)

OL('evaluatierooster-xlsm-mentor', f'''Dag Joris,

Zoals beloofd het nieuwe evaluatierooster voor de stages autotechniek. Je moet bij het openen "Inhoud inschakelen" aanklikken, anders werken de knoppen om de scores op te tellen niet.

Groeten,
Els

{sig('Els Verhaegen', 'Stagecoördinator')}''',
   attach=[('evaluatierooster_stage_autotechniek_2024.xlsm', 'application/vnd.ms-excel.sheet.macroEnabled.12', docx_like())],
   date='2024-02-19 11:05', frm=S['els'], to=[X['joris']], subject='Nieuw evaluatierooster stage',
   rules=['attachment'], fmt=['attachment-xlsm'], note='macro-enabled Excel sheet sent to an internship mentor', lang='nl')

def docm_like():
    return zipbytes([('[Content_Types].xml', b'<?xml version="1.0" encoding="UTF-8"?><Types/>'),
                     ('word/document.xml', b'<?xml version="1.0"?><w:document/>'),
                     ('word/vbaProject.bin', b'\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1' + bytes(range(256)) * 2)])

PL('rapportsjabloon-docm', '''Dag collega's van 3C,

In bijlage het sjabloon voor de rapportcommentaar. Met de macro (knop "Vul aan") worden de namen uit de klaslijst automatisch ingevuld. Graag tegen maandag invullen en terugsturen.

Ines
''', attach=[('rapportcommentaar_3C.docm', 'application/vnd.ms-word.document.macroEnabled.12', docm_like())],
   date='2024-03-14 17:20', frm=S['ines'], to=[S['an'], S['greet'], S['tom'], S['kristof']],
   subject='sjabloon rapportcommentaar', rules=['attachment'], fmt=['plain-qp', 'attachment-docm'],
   note='macro-enabled Word template sent to colleagues', lang='nl')

PL('fwd-logopedie-wiktor', """Brecht,

Ter info voor de klassenraad: het verslag van de logopediste van Wiktor is binnen. Ik neem de maatregelen op in zijn handelingsplan, maar ik wil al graag dat de collega's vanaf nu rekening houden met de spreekbeurten (zie onderaan).

Liesbeth

---------- Doorgestuurd bericht ---------
Van: Elke Bosmans <logo.bosmans@telenet.be>
Date: do 30 nov 2023 om 19:12
Subject: verslag Wiktor Zielinski
To: Liesbeth Van Damme <liesbeth.vandamme@sintpieterscollege.be>

Beste mevrouw Van Damme,

Met toestemming van mevrouw Zielinska bezorg ik u de conclusies van het onderzoek bij Wiktor (4B).

- Lezen en spelling: scores onder percentiel 5, ook na een jaar intensieve remediëring. De diagnose dyslexie wordt hiermee bevestigd; het attest volgt per post.
- Vloeiendheid: matig tot ernstig stotteren, duidelijk erger bij spreken voor een groep en onder tijdsdruk. Wiktor vermijdt sinds dit schooljaar spreekbeurten en meldt zich ziek op die dagen.

Advies voor de school: spreekbeurten vervangen door een gesprek met de leerkracht alleen of een opname, geen hardop lezen in de klas, extra tijd en voorleessoftware bij toetsen.

Vriendelijke groeten,
Elke Bosmans
Logopediste
0479 52 18 63
""", cte='base64', date='2023-12-01 08:20', frm=S['liesbeth'], to=[S['brecht']], subject='Fwd: verslag Wiktor Zielinski',
   about=['wiktor'], rules=['sensitive', 'personal_data'], cats=['medical', 'care', 'psychosocial'], fmt=['forward-inline'],
   note='speech therapist\'s report (dyslexia confirmed, stuttering, avoiding talks) forwarded to the class teacher', lang='nl')

# ================================================================== output
SCHOOL_DOMAINS = ('sintpieterscollege.be', 'ksleuven.be')

def is_school(a):
    dom = a.split('@')[1].lower()
    return any(dom == d or dom.endswith('.' + d) for d in SCHOOL_DOMAINS)

def is_group(a):
    loc = a.split('@')[0].lower()
    return is_school(a) and re.match(r'^(ouders|leerlingen|personeel|klas-|vakgroep-)', loc) is not None

def yq(s):
    return '"' + s.replace('\\', '\\\\').replace('"', '\\"') + '"'

PHONE_RE = re.compile(r'(?<![\d.])(?:\+32|0032|0)\s?\(?\d{1,3}\)?(?:[\s./-]?\d{2,3}){2,4}(?![\d])')
IBAN_RE = re.compile(r'\bBE\d{2}(?: ?\d{4}){3}\b')
DOB_RE = re.compile(r'\b\d{2}/\d{2}/(?:19|20)\d{2}\b|\d{2}\.\d{2}\.\d{2}-\d{3}\.\d{2}')

def check(spec, raw_text):
    warn = []
    rules = spec['rules']
    pd = bool(PHONE_RE.search(raw_text) or IBAN_RE.search(raw_text) or DOB_RE.search(raw_text))
    if pd != ('personal_data' in rules):
        hits = PHONE_RE.findall(raw_text) + IBAN_RE.findall(raw_text) + DOB_RE.findall(raw_text)
        warn.append(f'personal_data label={("personal_data" in rules)} scan={pd} {hits[:4]}')
    vis = [bare(x) for x in spec['to'] + spec.get('cc', [])]
    ext = [a for a in vis if not is_school(a)]
    grp = [a for a in vis if is_group(a)]
    if bool(len(ext) > 1 or grp) != ('bcc' in rules):
        warn.append(f'bcc mismatch ext={ext} grp={grp}')
    envf = spec.get('env_from') or bare(spec['frm'])
    if (not is_school(envf)) != ('private_account' in rules) and 'fwd-klassenraad-naar-prive' != spec['slug']:
        warn.append('private mismatch')
    if ('sensitive' in rules) != bool(spec.get('cats')):
        warn.append('sensitive/cats mismatch')
    parent_addrs = {}
    for r in ROSTER:
        for a in (r[4], r[5]):
            if a:
                parent_addrs[a] = r[0]
    for a in vis + spec.get('bcc', []):
        if a in parent_addrs:
            owner = parent_addrs[a]
            if spec.get('misdirected'):
                if owner in spec.get('about', []):
                    warn.append('misdirected but to own parent')
            elif owner not in spec.get('about', []):
                warn.append(f'parent {a} of {owner} not in about')
    for k in spec.get('about', []):
        assert k in IDS, k
    return warn

def main():
    write_roster()
    order = list(range(len(MAILS)))
    random.Random(28).shuffle(order)
    for f in os.listdir(OUT):
        if f.endswith('.eml'):
            os.remove(os.path.join(OUT, f))
    labels = []
    stats = {}
    for n, idx in enumerate(order, 1):
        spec = MAILS[idx]
        spec.setdefault('to', []); spec.setdefault('cc', []); spec.setdefault('bcc', [])
        msg = build(spec, n)
        data = msg.as_bytes(policy=SMTP)
        fname = f'{n:03d}-{spec["slug"]}.eml'
        with open(os.path.join(OUT, fname), 'wb') as fh:
            fh.write(data)
        # text for checks: decoded bodies (incl. attachments)
        from email import message_from_bytes
        pm = message_from_bytes(data, policy=policy.default)
        texts = []
        for part in pm.walk():
            if part.get_content_maintype() == 'text':
                texts.append(part.get_content())
        raw_text = '\n'.join(texts)
        for w in check(spec, raw_text):
            print('WARN', fname, w)
        envf = spec.get('env_from') or bare(spec['frm'])
        rcpt = [bare(x) for x in spec['to'] + spec['cc'] + spec['bcc']]
        lab = [f'{fname}:', f'  rules: [{", ".join(spec["rules"])}]']
        if 'sensitive' in spec['rules']:
            lab.append(f'  categories: {{sensitive: [{", ".join(spec["cats"])}]}}')
        lab.append(f'  mail_from: {envf}')
        lab.append(f'  rcpt: [{", ".join(rcpt)}]')
        lab.append(f'  about: [{", ".join(IDS[k] for k in spec.get("about", []))}]')
        lab.append(f'  misdirected: {"true" if spec.get("misdirected") else "false"}')
        lab.append(f'  note: {yq(spec["note"])}')
        lab.append(f'  lang: {spec.get("lang", "nl")}')
        lab.append(f'  format: [{", ".join(spec.get("fmt", []))}]')
        labels.append('\n'.join(lab))
        for r in spec['rules']:
            stats[r] = stats.get(r, 0) + 1
        for c in spec.get('cats', []) if 'sensitive' in spec['rules'] else []:
            stats['cat:' + c] = stats.get('cat:' + c, 0) + 1
        if not spec['rules']:
            stats['clean'] = stats.get('clean', 0) + 1
        if spec.get('misdirected'):
            stats['misdirected'] = stats.get('misdirected', 0) + 1
        stats['lang:' + spec.get('lang', 'nl')] = stats.get('lang:' + spec.get('lang', 'nl'), 0) + 1
    with open(os.path.join(OUT, 'labels.yaml'), 'w', encoding='utf-8') as fh:
        fh.write('# batch28 - Sint-Pieterscollege campus Heverlee-Oost (topsport, technisch/beroeps, stages)\n')
        fh.write('\n'.join(labels) + '\n')
    print('mails:', len(MAILS), 'roster:', len(ROSTER))
    for k in sorted(stats):
        print(f'  {k}: {stats[k]}')

if __name__ == '__main__':
    main()
