#!/usr/bin/env python3
"""batch61 - writes the labelled test mails (NNN-slug.eml), labels.yaml and roster.csv next to this script.
Deterministic: fixed seeds, dates and Message-IDs. Standard library only."""
import os, sys, random, re, json, datetime
sys.dont_write_bytecode = True
from email.utils import format_datetime, parseaddr
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import lib
import pupils  # noqa: F401  (registers the story pupils)
lib.build_roster(300, seed=6161)
import mails_a, mails_b, mails_c, mails_d  # noqa: F401,E401

SCHOOL_DOMS = ("sintpieterscollege.be", "spc.ksleuven.be", "lksd.ksleuven.be")
GROUP_RE = re.compile(r"^(ouders|leerlingen|personeel|klassenraad|vakgroep|leerkrachten|allen)", re.I)

def dates(n, rnd):
    out = []
    start = datetime.datetime(2025, 1, 13, tzinfo=datetime.timezone(datetime.timedelta(hours=1)))
    for i in range(n):
        d = start + datetime.timedelta(days=rnd.randint(0, 74))
        while d.weekday() >= 5: d += datetime.timedelta(days=1)
        d = d.replace(hour=rnd.randint(7, 21), minute=rnd.randint(0, 59), second=rnd.randint(0, 59))
        out.append(format_datetime(d))
    return out

def yq(s): return json.dumps(s, ensure_ascii=False)

def main():
    rnd = random.Random(61)
    mails = list(lib.MAILS)
    rnd.shuffle(mails)
    ds = dates(len(mails), rnd)
    for f in os.listdir(HERE):
        if f.endswith(".eml"): os.remove(os.path.join(HERE, f))
    lab = ["# batch61 - internship office of the technical/vocational campus Heverlee: outbound mail labelled per policy rule", ""]
    for i, m in enumerate(mails, 1):
        fn = f"{i:03d}-{m['slug']}.eml"
        m['_fn'] = fn
        with open(os.path.join(HERE, fn), "wb") as fh:
            fh.write(lib.render(m, i, ds[i - 1]))
        frm = parseaddr(m['frm'])[1]
        rcpt = [parseaddr(x)[1] for x in m.get('to', []) + m.get('cc', []) + m.get('bcc', [])]
        rcpt = list(dict.fromkeys(rcpt))
        m['_rcpt'] = rcpt; m['_from'] = frm
        fmt = list(m.get('fmt', ['plain']))
        if m.get('att') and 'mixed' not in fmt: fmt.insert(1, 'mixed')
        lab.append(f"{fn}:")
        lab.append(f"  rules: [{', '.join(m['rules'])}]")
        if 'sensitive' in m['rules']:
            lab.append(f"  categories: {{sensitive: [{', '.join(m['cats'])}]}}")
        lab.append(f"  mail_from: {frm}")
        lab.append(f"  rcpt: [{', '.join(rcpt)}]")
        lab.append(f"  about: [{', '.join(lib.P[k].id for k in m.get('about', []))}]")
        lab.append(f"  misdirected: {'true' if m.get('mis') else 'false'}")
        lab.append(f"  note: {yq(m['note'])}")
        lab.append(f"  lang: {m.get('lang', 'nl')}")
        lab.append(f"  format: [{', '.join(fmt)}]")
        lab.append("")
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(lab))
    lib.write_roster(os.path.join(HERE, "roster.csv"))
    check(mails)

# ------------------------------------------------------------------ self-checks (warnings only)
PHONE = re.compile(r"(?<![\w.+/-])(?:\+32\s?(?:\(0\))?\s?|0032\s?|0)[1-9](?:[\s./-]?\d){7,8}(?![\d])")
def phones(t):
    out = []
    for mm in PHONE.finditer(t):
        d = re.sub(r"\D", "", mm.group(0))
        if d.startswith("32"): d = "0" + d[2:]
        if d.startswith("00320"): continue
        if (len(d) == 9 and not d.startswith("04")) or (len(d) == 10 and d[:3] in ("046", "047", "048", "049")):
            out.append(mm.group(0))
    return out
IBAN = re.compile(r"\bBE\d{2}(?: ?\d{4}){3}\b")
def ibans(t):
    out = []
    for mm in IBAN.finditer(t):
        s = mm.group(0).replace(" ", "")
        if int(s[4:] + "1114" + s[2:4]) % 97 == 1: out.append(s)
    return out
RRN = re.compile(r"\b(\d{2})\.?(\d{2})\.?(\d{2})[- ]?(\d{3})\.?(\d{2})\b")
def rrns(t):
    out = []
    for mm in RRN.finditer(t):
        b = "".join(mm.groups()[:4]); c = int(mm.group(5))
        if 97 - int(b) % 97 == c or 97 - int("2" + b) % 97 == c: out.append(mm.group(0))
    return out
DOB = re.compile(r"(geboortedatum|geboren op|date de naissance|date of birth|né le|née le|°\s?\d)", re.I)

def alltext(m):
    t = m['subject'] + "\n" + (m.get('text') or '') + "\n" + (m.get('html') or '')
    for fn, data in m.get('att', []):
        if isinstance(data, bytes):
            if data[:2] != b"PK": t += "\n" + data.decode('latin-1')
            else:
                import zipfile, io
                z = zipfile.ZipFile(io.BytesIO(data))
                for n in z.namelist():
                    t += "\n" + z.read(n).decode('utf-8', 'replace')
        else:
            t += "\n" + data
    return t

def check(mails):
    P = lib.P
    parent_of = {}
    for p in lib.ROSTER:
        for a in p.parents: parent_of.setdefault(a.lower(), set()).add(p.id)
    warn = 0
    for m in mails:
        fn = m['_fn']; r = set(m['rules']); t = alltext(m)
        pd = phones(t) + ibans(t) + rrns(t) + DOB.findall(t)
        if bool(pd) != ('personal_data' in r):
            print("WARN personal_data", fn, pd); warn += 1
        if 'sensitive' in r and not m.get('cats'):
            print("WARN no cats", fn); warn += 1
        rc = [a.lower() for a in m['_rcpt']]
        hdr = [parseaddr(x)[1].lower() for x in m.get('to', []) + m.get('cc', [])]
        ext = [a for a in hdr if not a.endswith(SCHOOL_DOMS) and not a.endswith("leerling.sintpieterscollege.be")]
        grp = [a for a in hdr if GROUP_RE.match(a)]
        if bool(len(ext) >= 2 or grp) != ('bcc' in r):
            print("WARN bcc", fn, ext, grp); warn += 1
        priv = not m['_from'].endswith(SCHOOL_DOMS)
        sname = parseaddr(m['frm'])[0].lower().replace(" ", "")
        fwdpriv = any(a.endswith(("gmail.com", "hotmail.com")) and sname and sname in re.sub(r"[^a-z]", "", a.split("@")[0]) for a in rc) and not priv
        if (priv or fwdpriv) != ('private_account' in r) and 'private' not in m['note']:
            print("WARN private", fn); warn += 1
        bad = any(fn_.lower().endswith(('.exe', '.bat', '.js', '.vbs', '.ps1', '.scr', '.docm', '.xlsm', '.iso', '.zip')) for fn_, _ in m.get('att', []))
        if bad != ('attachment' in r):
            print("WARN attachment", fn); warn += 1
        ab = m.get('about', [])
        if len(ab) == 1:
            x = P[ab[0]]
            xs = {a.lower() for a in x.parents} | {x.mail.lower()}
            others = [a for a in rc if a in parent_of and x.id not in parent_of[a]]
            mis = bool(others) and not (set(rc) & xs)
            if mis != bool(m.get('mis')) or mis != ('recipient' in r):
                print("WARN misdirected", fn, mis); warn += 1
    # counts
    from collections import Counter
    rc, cc, grp = Counter(), Counter(), Counter()
    for m in mails:
        for x in m['rules']: rc[x] += 1
        for x in m.get('cats', []) if 'sensitive' in m['rules'] else []: cc[x] += 1
        grp[m['grp']] += 1
    mis = sum(1 for m in mails if m.get('mis'))
    corr = 0
    for m in mails:
        ab = m.get('about', [])
        if len(ab) == 1 and not m.get('mis'):
            x = P[ab[0]]; xs = {a.lower() for a in x.parents} | {x.mail.lower()}
            if set(a.lower() for a in m['_rcpt']) & xs: corr += 1
    print("mails:", len(mails), "groups:", dict(grp))
    print("rules:", dict(rc)); print("categories:", dict(cc))
    print("no rule:", sum(1 for m in mails if not m['rules']))
    print("misdirected:", mis, "correctly addressed (to the pupil or a parent of the pupil):", corr)
    print("warnings:", warn)

if __name__ == "__main__":
    main()
