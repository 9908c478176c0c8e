# Helpers shared by the mail definition modules of batch08.
import datetime as _dt

# ---- staff (display name, address) ----
LIES = ('Lies Vanhoutte', 'lies.vanhoutte@sintpieterscollege.be')          # klastitularis 1C
BART = ('Bart Claes', 'bart.claes@sintpieterscollege.be')                  # wiskunde
BART_S = ('Claes Bart', 'bcl@spc.ksleuven.be')
NADIA = ('Nadia Bouzid', 'nadia.bouzid@sintpieterscollege.be')             # OKAN
GREET = ('Greet Wouters', 'greet.wouters@sintpieterscollege.be')           # leerlingensecretariaat
SECR = ('Leerlingensecretariaat Sint-Pieterscollege', 'secretariaat@sintpieterscollege.be')
KATLEEN = ('Katleen Jacobs', 'katleen.jacobs@sintpieterscollege.be')       # verpleegkundige / EHBO
KEVIN = ('Kevin Peeters', 'kevin.peeters@sintpieterscollege.be')           # LO
KEVIN_S = ('Peeters Kevin', 'kpe@spc.ksleuven.be')
MARC = ('Marc Van den Broeck', 'marc.vandenbroeck@sintpieterscollege.be')  # directeur
DIRECTIE = ('Directie Sint-Pieterscollege', 'directie@sintpieterscollege.be')
PJ = ('Pieter-Jan Dewaele', 'pieterjan.dewaele@sintpieterscollege.be')     # ICT
ICT = ('ICT-helpdesk SPC', 'helpdesk@spc.ksleuven.be')
HILDE = ('Hilde Verstraeten', 'hilde.verstraeten@sintpieterscollege.be')   # zorgcoordinator
RUTH = ('Ruth Goris', 'ruth.goris@sintpieterscollege.be')                  # leerlingenbegeleider 2e/3e graad
TOM = ('Tom Dewulf', 'tom.dewulf@sintpieterscollege.be')                   # reizen
RITA = ('Rita Smets', 'rita.smets@sintpieterscollege.be')                  # boekhouding
BOEKH = ('Boekhouding Sint-Pieterscollege', 'boekhouding@sintpieterscollege.be')
KOEN = ('Koen Lauwers', 'koen.lauwers@spc.ksleuven.be')                    # adjunct-directeur 1e graad
EVI = ('Evi Vanneste', 'evi.vanneste@sintpieterscollege.be')               # Frans, klastitularis 3A
JORIS = ('Joris Van Acker', 'joris.vanacker@sintpieterscollege.be')        # klastitularis 4A
ILSE = ('Ilse Meulemans', 'ilse.meulemans@sintpieterscollege.be')          # klastitularis 5B
SARAH = ('Sarah Desmet', 'sarah.desmet@sintpieterscollege.be')             # klastitularis 2D (B-stroom)
WOUTER = ('Wouter Bruyninckx', 'wouter.bruyninckx@sintpieterscollege.be')  # LO
ANNELIES = ('Annelies Goeman', 'annelies.goeman@sintpieterscollege.be')    # stagebegeleiding
MARLEEN = ('Marleen Hendrickx', 'marleen.hendrickx@sintpieterscollege.be') # mediatheek
DAVID = ('David Pinte', 'david.pinte@spc.ksleuven.be')                     # klastitularis 3C, wiskunde
ELS = ('Els Vercammen', 'els.vercammen@sintpieterscollege.be')             # klastitularis 1D B-stroom
NIELS = ('Niels Brepoels', 'niels.brepoels@sintpieterscollege.be')         # klastitularis 6C
CLB = ('Elke Mertens', 'elke.mertens@clb-leuven.be')
CLBDOC = ('dr. Lien Cools', 'lien.cools@clb-leuven.be')
OCMW = ('Sam Vervoort', 'sam.vervoort@leuven.be')

SCHOOL_TEL = '016 29 84 10'

ALL_PARENTS = 'ouders@sintpieterscollege.be'
PERSONEEL = 'personeel@sintpieterscollege.be'


def M(fn, *, frm, to, subject, date, body=None, html=None, kind='plain', cte='8bit', charset='utf-8',
      cc=(), bcc=(), env_from=None, attach=(), reply_to=None, rules=(), cats=(), about=(), misdirected=False,
      note='', lang='nl', fmt=None, dob=False, to_header=None, extra_headers=None, html_cte=None):
    """Collect one mail definition. to/cc are lists of (name, addr) or addr strings; bcc are addresses."""
    return dict(fn=fn, frm=frm, to=list(to), cc=list(cc), bcc=list(bcc), subject=subject, date=date, body=body,
                html=html, kind=kind, cte=cte, charset=charset, env_from=env_from, attach=list(attach),
                reply_to=reply_to, rules=list(rules), cats=list(cats), about=list(about), misdirected=misdirected,
                note=note, lang=lang, fmt=fmt, dob=dob, to_header=to_header, extra_headers=extra_headers or {},
                html_cte=html_cte)


def quote_gmail(when, who, text):
    lines = text.strip('\n').split('\n')
    return f'Op {when} schreef {who}:\n' + '\n'.join(('> ' + l) if l else '>' for l in lines) + '\n'


def quote_outlook(van, verzonden, aan, onderwerp, text, cc=None):
    h = f'Van: {van}\nVerzonden: {verzonden}\nAan: {aan}\n'
    if cc:
        h += f'CC: {cc}\n'
    h += f'Onderwerp: {onderwerp}\n\n'
    return '-----Oorspronkelijk bericht-----\n' + h + text.strip('\n') + '\n'


def fwd_inline(van, datum, onderwerp, aan, text):
    return ('---------- Doorgestuurd bericht ---------\n'
            f'Van: {van}\nDate: {datum}\nSubject: {onderwerp}\nTo: {aan}\n\n' + text.strip('\n') + '\n')


def html_from_text(text, font='Calibri'):
    """Outlook-like HTML rendering of a plain body."""
    import html as _h
    out = []
    for para in text.strip('\n').split('\n\n'):
        lines = [_h.escape(l, quote=False) for l in para.split('\n')]
        out.append('<p class=MsoNormal>' + '<br>\n'.join(lines) + '</p>')
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>'
            '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            f'<style>p.MsoNormal{{margin:0cm;font-size:11.0pt;font-family:"{font}",sans-serif}}</style></head>'
            '<body lang=NL-BE link="#0563C1"><div class=WordSection1>\n' + '\n<p class=MsoNormal>&nbsp;</p>\n'.join(out) +
            '\n</div></body></html>\n')


def table_html(rows, header=True):
    import html as _h
    out = ['<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style="border-collapse:collapse;border:none">']
    for i, r in enumerate(rows):
        tag = 'b' if (header and i == 0) else 'span'
        out.append('<tr>' + ''.join(
            f'<td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class=MsoNormal><{tag}>{_h.escape(str(c), quote=False)}</{tag}></p></td>'
            for c in r) + '</tr>')
    out.append('</table>')
    return '\n'.join(out)


def wrap_html(inner, font='Calibri'):
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            f'<style>p.MsoNormal{{margin:0cm;font-size:11.0pt;font-family:"{font}",sans-serif}}</style></head>'
            '<body lang=NL-BE><div class=WordSection1>\n' + inner + '\n</div></body></html>\n')


def paras(text):
    import html as _h
    return '\n'.join('<p class=MsoNormal>' + '<br>\n'.join(_h.escape(l, quote=False) for l in p.split('\n')) + '</p>'
                     for p in text.strip('\n').split('\n\n'))
