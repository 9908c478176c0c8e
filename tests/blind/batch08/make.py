#!/usr/bin/env python3
"""Builds batch08: labelled outgoing mail of the fictional Sint-Pieterscollege (Leuven).
Standard library only; deterministic. Run: python3 make.py"""
import datetime as dt
import email.policy
import email.utils
import hashlib
import json
import os
import random
import re
import sys
from email.message import EmailMessage

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import roster  # noqa: E402
import m_sens, m_pers, m_pw, m_gen  # noqa: E402

SCHOOL_DOMAINS = ('sintpieterscollege.be', 'spc.ksleuven.be', 'lksd.ksleuven.be')
GROUP_LOCALS = re.compile(r'^(ouders(-[0-9a-z]+)?|leerlingen(-[0-9a-z]+)?|personeel|klas-[0-9a-z]+|vakgroep-[a-z]+)$')


def is_school(a):
    d = a.split('@')[1].lower()
    return d in SCHOOL_DOMAINS or d.endswith('.ksleuven.be') or d.endswith('.sintpieterscollege.be')


def is_group(a):
    return is_school(a) and bool(GROUP_LOCALS.match(a.split('@')[0].lower()))


def addr_of(x):
    return x[1] if isinstance(x, tuple) else x


def fmt_addr(x):
    if isinstance(x, tuple):
        return email.utils.formataddr(x)
    return x


def tz_for(d):
    # Europe/Brussels: CEST until 27 Oct 2024 and from 30 Mar 2025
    if dt.datetime(2024, 10, 27, 3) <= d < dt.datetime(2025, 3, 30, 2):
        return dt.timezone(dt.timedelta(hours=1))
    return dt.timezone(dt.timedelta(hours=2))


def mkdate(s):
    d = dt.datetime.strptime(s, '%Y-%m-%d %H:%M')
    return d.replace(tzinfo=tz_for(d))


def set_text(part, text, subtype, charset, cte):
    if cte == 'qp':
        cte = 'quoted-printable'
    if cte == 'b64':
        cte = 'base64'
    if not text.endswith('\n'):
        text += '\n'
    part.set_content(text, subtype=subtype, charset=charset, cte=cte)


def build_message(m, mid):
    msg = EmailMessage()
    kind = m['kind']
    body = m['body']
    html = m['html']
    cs = m['charset']
    cte = m['cte']
    if kind == 'plain':
        set_text(msg, body, 'plain', cs, cte)
    elif kind == 'html':
        set_text(msg, html, 'html', cs, m['html_cte'] or cte)
    elif kind == 'alt':
        if html is None:
            from lib import html_from_text
            html = html_from_text(body)
        set_text(msg, body, 'plain', cs, cte)
        alt = EmailMessage()
        set_text(alt, html, 'html', cs, m['html_cte'] or cte)
        msg.make_alternative()
        msg.attach(alt)
    else:
        raise ValueError(kind)
    for a in m['attach']:
        if a[0] == 'rfc822':
            inner = build_message(a[1], a[1].get('mid', 'inner-' + mid))
            if msg.get_content_type() != 'multipart/mixed':
                msg.make_mixed()
            part = EmailMessage()
            part.set_content(inner)
            part['Content-Disposition'] = 'attachment'
            msg.attach(part)
        else:
            fname, ctype, data = a
            maintype, subtype = ctype.split('/')
            if isinstance(data, str):
                msg.add_attachment(data, subtype=subtype, charset='utf-8', filename=fname,
                                   cte='base64' if len(a) < 4 else a[3])
            else:
                msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=fname)
    # headers (insert at top in the usual order)
    hdrs = [('Date', email.utils.format_datetime(mkdate(m['date']))),
            ('From', fmt_addr(m['frm']))]
    if m['to_header'] is not None:
        hdrs.append(('To', m['to_header']))
    elif m['to']:
        hdrs.append(('To', ', '.join(fmt_addr(x) for x in m['to'])))
    if m['cc']:
        hdrs.append(('Cc', ', '.join(fmt_addr(x) for x in m['cc'])))
    hdrs.append(('Subject', m['subject']))
    hdrs.append(('Message-ID', mid))
    if m['reply_to']:
        hdrs.append(('In-Reply-To', m['reply_to']))
        hdrs.append(('References', m['reply_to']))
    for k, v in m['extra_headers'].items():
        hdrs.append((k, v))
    existing = list(msg.items())
    for k in list(msg.keys()):
        del msg[k]
    for k, v in hdrs:
        msg[k] = v
    if 'MIME-Version' not in [k for k, _ in existing]:
        msg['MIME-Version'] = '1.0'
    for k, v in existing:
        msg[k] = v
    return msg


def fix_boundaries(msg, seed):
    n = 0
    for part in msg.walk():
        if part.is_multipart():
            n += 1
            h = hashlib.md5(f'{seed}/{n}'.encode()).hexdigest()[:16]
            part.set_boundary(f'----=_Part_{n}_{h}')


def message_id(m):
    h = hashlib.sha1(('batch08/' + m['fn'] + m['date']).encode()).hexdigest()[:20]
    dom = addr_of(m['frm']).split('@')[1]
    return f'<{h}.{m["date"][:10].replace("-", "")}@{dom}>'


def all_text(m):
    t = [m['subject'], m['body'] or '', m['html'] or '']
    for a in m['attach']:
        if a[0] == 'rfc822':
            t.append(all_text(a[1]))
        elif isinstance(a[2], str):
            t.append(a[2])
    return '\n'.join(t)


PHONE = re.compile(r'(?<![\d.])(?:\+32\s?|0032\s?|0)(?:4\d\d|[1-9]\d?)(?:[ ./-]?\d\d){3}(?![\d])')
PHONE_NL = re.compile(r'(?<!\d)(?:\+31\s?|0031\s?)6[ -]?\d{8}(?!\d)')
IBAN = re.compile(r'\b(?:BE|NL)\d{2}(?: ?[0-9A-Z]{4}){3,4}\b')
NATNR = re.compile(r'\b\d{2}[.]\d{2}[.]\d{2}[- ]\d{3}[.]\d{2}\b')


def yq(s):
    return json.dumps(s, ensure_ascii=False)


def main():
    pools = [m_sens.MAILS, m_pers.MAILS, m_pw.MAILS, m_gen.MAILS]
    mails = [m for p in pools for m in p]
    rng = random.Random(808)
    rng.shuffle(mails)
    errors = []
    parents = {}
    for p in roster.PUPILS:
        for k in ('p1', 'p2'):
            if p[k]:
                parents.setdefault(p[k].lower(), set()).add(p['id'])
    outdir = HERE
    for f in os.listdir(outdir):
        if f.endswith('.eml'):
            os.remove(os.path.join(outdir, f))
    labels = []
    seen = set()
    for i, m in enumerate(mails, 1):
        name = f'{i:03d}-{m["fn"]}.eml'
        assert m['fn'] not in seen, m['fn']
        seen.add(m['fn'])
        mid = message_id(m)
        msg = build_message(m, mid)
        fix_boundaries(msg, m['fn'])
        data = msg.as_bytes(policy=email.policy.SMTP)
        assert b'\n' not in data.replace(b'\r\n', b''), name
        with open(os.path.join(outdir, name), 'wb') as fh:
            fh.write(data)
        env_from = m['env_from'] or addr_of(m['frm'])
        rcpt = [addr_of(x) for x in m['to']] + [addr_of(x) for x in m['cc']] + list(m['bcc'])
        rcpt_l = [r.lower() for r in rcpt]
        # ---- consistency checks of my own labels ----
        vis = [addr_of(x) for x in m['to']] + [addr_of(x) for x in m['cc']]
        ext = [a for a in vis if not is_school(a)]
        grp = [a for a in vis if is_group(a)]
        want_bcc = len(set(a.lower() for a in ext)) > 1 or bool(grp)
        if want_bcc != ('bcc' in m['rules']):
            errors.append(f'{name}: bcc label mismatch ext={ext} grp={grp}')
        txt = all_text(m)
        pd = bool(PHONE.search(txt) or PHONE_NL.search(txt) or IBAN.search(txt) or NATNR.search(txt)) or m['dob']
        if pd != ('personal_data' in m['rules']):
            hits = PHONE.findall(txt) + IBAN.findall(txt) + NATNR.findall(txt)
            errors.append(f'{name}: personal_data mismatch {hits}')
        if ('sensitive' in m['rules']) != bool(m['cats']):
            errors.append(f'{name}: sensitive/cats mismatch')
        for a in m['about']:
            if a not in roster.BY_ID:
                errors.append(f'{name}: unknown pupil {a}')
        prc = [r for r in rcpt_l if r in parents]
        owners = set().union(*[parents[r] for r in prc]) if prc else set()
        if m['misdirected']:
            if not prc or owners & set(m['about']):
                errors.append(f'{name}: misdirected but rcpt {prc} owners {owners}')
        elif m['about'] and prc and not (owners & set(m['about'])):
            errors.append(f'{name}: parent rcpt {prc} not of about {m["about"]} (owners {owners})')
        for a in m['about']:
            p = roster.BY_ID.get(a)
            if p and p['first'].lower() not in txt.lower() and 'initials' not in (m['fmt'] or []):
                errors.append(f'{name}: pupil {a} {p["first"]} not named in text')
        if m['env_from'] and not is_school(env_from):
            errors.append(f'{name}: private sender')
        fmt = m['fmt'] or []
        if not fmt:
            errors.append(f'{name}: no fmt')
        labels.append((name, m, env_from, rcpt))
    # labels.yaml
    out = ['# batch08 labels (Sint-Pieterscollege Leuven, blind test mail)', '']
    for name, m, env_from, rcpt in labels:
        out.append(f'{name}:')
        out.append(f'  rules: [{", ".join(m["rules"])}]')
        if 'sensitive' in m['rules']:
            out.append(f'  categories: {{sensitive: [{", ".join(m["cats"])}]}}')
        out.append(f'  mail_from: {env_from}')
        out.append(f'  rcpt: [{", ".join(rcpt)}]')
        out.append(f'  about: [{", ".join(m["about"])}]')
        out.append(f'  misdirected: {"true" if m["misdirected"] else "false"}')
        out.append(f'  note: {yq(m["note"])}')
        out.append(f'  lang: {m["lang"]}')
        out.append(f'  format: [{", ".join(x for x in (m["fmt"] or []) if x != "initials")}]')
    with open(os.path.join(outdir, 'labels.yaml'), 'w', encoding='utf-8') as fh:
        fh.write('\n'.join(out) + '\n')
    roster.write_csv(os.path.join(outdir, 'roster.csv'))
    # summary
    from collections import Counter
    rc, cc = Counter(), Counter()
    for _, m, _, _ in labels:
        for r in m['rules']:
            rc[r] += 1
        for c in m['cats']:
            cc[c] += 1
        if not m['rules']:
            rc['(clean)'] += 1
        if m['misdirected']:
            rc['misdirected'] += 1
        if len(m['cats']) > 1:
            rc['two-cat'] += 1
        rc['lang_' + m['lang']] += 1
    print(len(labels), 'mails')
    print(dict(rc))
    print(dict(cc))
    if errors:
        print('\n'.join(errors))
        sys.exit(1)


if __name__ == '__main__':
    main()
