#!/usr/bin/env python3
"""batch65 - blind labelled outbound mail of the OKAN (reception class for newly
arrived non-Dutch-speaking pupils) of Sint-Pieterscollege Leuven (Stroom / LKSD).

Writes next to itself: NNN-slug.eml, labels.yaml and roster.csv.
Standard library only, deterministic (fixed dates, hashed Message-IDs,
seeded randomness, fixed zip timestamps).
"""

import base64
import datetime
import hashlib
import html
import html.parser
import io
import os
import quopri
import random
import re
import zipfile
from email.header import Header
from email.utils import formataddr

HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------- utilities


def h(s, n=16):
    """deterministic hex digest of a string"""
    return hashlib.sha256(s.encode("utf-8")).hexdigest()[:n]


def brussels_offset(dt):
    # DST 2024: until 27 Oct 03:00; 2025: from 30 Mar 02:00
    if datetime.datetime(2024, 3, 31, 2) <= dt < datetime.datetime(2024, 10, 27, 3):
        return "+0200"
    if datetime.datetime(2025, 3, 30, 2) <= dt < datetime.datetime(2025, 10, 26, 3):
        return "+0200"
    return "+0100"


DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def rfc_date(s):
    dt = datetime.datetime.strptime(s, "%Y-%m-%d %H:%M")
    sec = int(h("sec" + s, 4), 16) % 60
    dt = dt.replace(second=sec)
    return "%s, %d %s %d %02d:%02d:%02d %s" % (
        DAYS[dt.weekday()], dt.day, MONTHS[dt.month - 1], dt.year,
        dt.hour, dt.minute, dt.second, brussels_offset(dt))


def fmt_addr(a):
    if isinstance(a, tuple):
        name, addr = a
        if not name:
            return addr
        return formataddr((name, addr), charset="utf-8")
    return a


def addr_of(a):
    return a[1] if isinstance(a, tuple) else a


def fold_addresses(name, addrs):
    parts = [fmt_addr(a) for a in addrs]
    line = name + ": "
    out = []
    cur = line
    for i, p in enumerate(parts):
        piece = p + ("," if i < len(parts) - 1 else "")
        if len(cur) + len(piece) + 1 > 76 and cur.strip() != name + ":":
            out.append(cur.rstrip())
            cur = " " + piece + " "
        else:
            cur += piece + " "
    out.append(cur.rstrip())
    return "\n".join(out)


def enc_subject(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8", header_name="Subject").encode()


def enc_filename(fn):
    try:
        fn.encode("ascii")
        return '"%s"' % fn
    except UnicodeEncodeError:
        return '"%s"' % Header(fn, "utf-8").encode()


# ------------------------------------------------------------ HTML helpers

OUTLOOK_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=%s">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
/* Font Definitions */
@font-face
	{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}
@font-face
	{font-family:Calibri;
	panose-1:2 15 5 2 2 2 4 3 2 4;}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;
	mso-fareast-language:EN-US;}
a:link, span.MsoHyperlink
	{mso-style-priority:99;
	color:#0563C1;
	text-decoration:underline;}
span.E-mailStijl17
	{mso-style-type:personal-compose;
	font-family:"Calibri",sans-serif;
	color:windowtext;}
.MsoChpDefault
	{mso-style-type:export-only;
	font-family:"Calibri",sans-serif;
	mso-fareast-language:EN-US;}
@page WordSection1
	{size:612.0pt 792.0pt;
	margin:70.85pt 70.85pt 70.85pt 70.85pt;}
div.WordSection1
	{page:WordSection1;}
--></style><!--[if gte mso 9]><xml>
<o:shapedefaults v:ext="edit" spidmax="1026" />
</xml><![endif]--><!--[if gte mso 9]><xml>
<o:shapelayout v:ext="edit">
<o:idmap v:ext="edit" data="1" />
</o:shapelayout></xml><![endif]-->
</head>
<body lang="NL-BE" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class="WordSection1">
"""

OUTLOOK_TAIL = """</div>
</body>
</html>
"""


def esc(s):
    return html.escape(s, quote=False)


def paras(text):
    """plain text (blank-line separated, single newlines = <br>) -> Outlook paragraphs"""
    out = []
    for line in text.split("\n"):
        if line.strip() == "":
            out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        else:
            out.append('<p class="MsoNormal">%s<o:p></o:p></p>' % esc(line))
    return "\n".join(out) + "\n"


def table(rows, header=True, widths=None):
    out = ['<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" '
           'style="border-collapse:collapse;border:none">']
    for i, row in enumerate(rows):
        out.append("<tr>")
        for cell in row:
            style = "border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt"
            if header and i == 0:
                style += ";background:#D9E2F3"
                inner = "<b>%s</b>" % esc(cell)
            else:
                inner = esc(cell)
            out.append('<td valign="top" style="%s"><p class="MsoNormal">%s<o:p></o:p></p></td>'
                       % (style, inner))
        out.append("</tr>")
    out.append("</table>")
    return "\n".join(out) + "\n"


def outlook_html(inner, charset="utf-8"):
    return OUTLOOK_HEAD % charset + inner + OUTLOOK_TAIL


def simple_html(inner, charset="utf-8"):
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s"></head>'
            '<body><div dir="ltr">\n%s</div></body></html>\n' % (charset, inner))


class _Txt(html.parser.HTMLParser):
    BLOCK = {"p", "div", "br", "tr", "li", "h1", "h2", "h3", "table", "blockquote"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out = []
        self.skip = 0
        self.cell = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("style", "head", "script"):
            self.skip += 1
        if tag == "td" or tag == "th":
            if self.cell:
                self.out.append("\t")
            self.cell += 1
        if tag == "tr":
            self.cell = 0
        if tag == "br":
            self.out.append("\n")
        if tag == "li":
            self.out.append("- ")

    def handle_endtag(self, tag):
        if tag in ("style", "head", "script"):
            self.skip -= 1
        if tag == "table":
            self.cell = 0
        if tag in ("td", "th"):
            while self.out and self.out[-1].endswith(" ") and self.out[-1].strip() == "":
                self.out.pop()
            if self.out:
                self.out[-1] = self.out[-1].rstrip(" ")
        if tag in ("p", "div", "tr", "li", "h1", "h2", "h3", "table") and not (tag == "p" and self.cell):
            self.out.append("\n")

    def handle_data(self, data):
        if self.skip:
            return
        data = data.replace("\xa0", " ")
        data = re.sub(r"[\r\n]+", " ", data)
        if data.strip() == "" and (not self.out or self.out[-1].endswith("\n") or self.cell):
            return
        self.out.append(data)


def html_to_text(s):
    p = _Txt()
    p.feed(s)
    t = "".join(p.out)
    t = re.sub(r"[ \t]+\n", "\n", t)
    t = re.sub(r"\n{3,}", "\n\n", t)
    return t.strip() + "\n"


# ------------------------------------------------------- attachment makers

ZDATE = (2024, 9, 1, 8, 0, 0)


def make_zip(files):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=ZDATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            if isinstance(data, str):
                data = data.encode("utf-8")
            z.writestr(zi, data)
    return bio.getvalue()


def make_docx(paragraph_list, macro=False):
    ct_main = ("application/vnd.ms-word.document.macroEnabled.main+xml" if macro else
               "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml")
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          + ('<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>' if macro else "")
          + '<Override PartName="/word/document.xml" ContentType="%s"/></Types>' % ct_main)
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '</Relationships>')
    body = "".join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % html.escape(p)
                   for p in paragraph_list)
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           '<w:body>%s</w:body></w:document>' % body)
    files = [("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)]
    if macro:
        drels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                 '<Relationship Id="rId9" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/>'
                 '</Relationships>')
        files.append(("word/_rels/document.xml.rels", drels))
        files.append(("word/vbaProject.bin", vba_blob("ThisDocument", "AutoOpen")))
    return make_zip(files)


def vba_blob(module, entry):
    head = bytes.fromhex("d0cf11e0a1b11ae1") + b"\x00" * 16 + b"\x3e\x00\x03\x00\xfe\xff\x09\x00"
    src = ("Attribute VB_Name = \"%s\"\r\nSub %s()\r\n    Dim r As Range\r\n"
           "    Shell \"cmd /c copy \\\\srv-spc01\\okan$\\planning.xlsx %%TEMP%%\"\r\n"
           "End Sub\r\n" % (module, entry)).encode("latin-1")
    return head + b"\x00" * 40 + src + b"\x00" * 64


def col_letter(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def make_xlsx(rows, sheet="Blad1", macro=False):
    main = ("application/vnd.ms-excel.sheet.macroEnabled.main+xml" if macro else
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml")
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          + ('<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>' if macro else "")
          + '<Override PartName="/xl/workbook.xml" ContentType="%s"/>' % main
          + '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '</Relationships>')
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
          '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % html.escape(sheet))
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
              + ('<Relationship Id="rId9" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/>' if macro else "")
              + '</Relationships>')
    xrows = []
    for r, row in enumerate(rows, 1):
        cells = []
        for c, val in enumerate(row):
            ref = "%s%d" % (col_letter(c), r)
            if isinstance(val, (int, float)):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, val))
            else:
                cells.append('<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, html.escape(str(val))))
        xrows.append('<row r="%d">%s</row>' % (r, "".join(cells)))
    sh = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
          '<sheetData>%s</sheetData></worksheet>' % "".join(xrows))
    files = [("[Content_Types].xml", ct), ("_rels/.rels", rels), ("xl/workbook.xml", wb),
             ("xl/_rels/workbook.xml.rels", wbrels), ("xl/worksheets/sheet1.xml", sh)]
    if macro:
        files.append(("xl/vbaProject.bin", vba_blob("Module1", "Workbook_Open")))
    return make_zip(files)


def make_pdf(lines, title="Document"):
    def pdfstr(s):
        b = s.encode("cp1252", "replace")
        b = b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
        return b
    content = [b"BT /F1 11 Tf 56 790 Td 14 TL"]
    for ln in lines:
        content.append(b"(" + pdfstr(ln) + b") '")
    content.append(b"ET")
    stream = b"\n".join(content)
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Title (" + pdfstr(title) + b") /Producer (Microsoft Word voor Microsoft 365) "
        b"/CreationDate (D:20240901080000+02'00') >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)


def make_exe(name, size=3072):
    b = bytearray(b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00\xb8" + b"\x00" * 43)
    b[60:64] = (128).to_bytes(4, "little")
    b += b"\x0e\x1f\xba\x0e\x00\xb4\x09\xcd\x21\xb8\x01\x4c\xcd\x21This program cannot be run in DOS mode.\r\r\n$"
    b += b"\x00" * (128 - len(b))
    b += b"PE\x00\x00\x4c\x01\x03\x00"
    rnd = random.Random(name)
    while len(b) < size:
        b.append(rnd.randrange(256))
    return bytes(b)


def make_iso(label):
    b = bytearray(b"\x00" * 32768)
    b += b"\x01CD001\x01\x00" + label.upper().encode("ascii").ljust(64, b" ")
    b += b"\x00" * (2048 - 72)
    return bytes(b)


def make_jpg(seed, size=2400):
    rnd = random.Random(seed)
    b = bytearray(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x48\x00\x48\x00\x00")
    while len(b) < size:
        b.append(rnd.randrange(256))
    b += b"\xff\xd9"
    return bytes(b)


def csv_bytes(rows, sep=";", enc="utf-8-sig"):
    lines = []
    for r in rows:
        cells = []
        for c in r:
            c = str(c)
            if sep in c or '"' in c:
                c = '"' + c.replace('"', '""') + '"'
            cells.append(c)
        lines.append(sep.join(cells))
    return ("\r\n".join(lines) + "\r\n").encode(enc)


CTYPES = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "docm": "application/vnd.ms-word.document.macroEnabled.12",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "xlsm": "application/vnd.ms-excel.sheet.macroEnabled.12",
    "csv": "text/csv",
    "txt": "text/plain",
    "jpg": "image/jpeg",
    "zip": "application/x-zip-compressed",
    "exe": "application/x-msdownload",
    "bat": "application/x-bat",
    "ps1": "application/octet-stream",
    "vbs": "text/vbscript",
    "iso": "application/octet-stream",
    "ics": "text/calendar",
    "msi": "application/x-msi",
}

# ------------------------------------------------------------ MIME builder

CLIENTS = {
    "outlook": ["X-MS-Has-Attach: {att}", "X-MS-TNEF-Correlator: ",
                "x-ms-exchange-organization-authas: Internal",
                "Accept-Language: nl-BE, en-US", "Content-Language: {cl}"],
    "owa": ["X-MS-Has-Attach: {att}", "Accept-Language: nl-BE, en-US", "Content-Language: {cl}",
            "X-Originating-IP: [81.82.{ip}]"],
    "iphone": ["X-Mailer: iPhone Mail (21H16)"],
    "android": ["X-Mailer: Outlook for Android"],
    "thunderbird": ["User-Agent: Mozilla Thunderbird"],
    "gmail": [],
    "smartschool": ["X-Mailer: Smartschool mailer"],
}


def qp(b):
    return quopri.encodestring(b).decode("ascii")


def text_part(text, subtype, charset, enc):
    b = text.encode(charset)
    if enc == "7bit":
        b.decode("ascii")
        body = text
        cte = "7bit"
    elif enc == "8bit":
        body = b
        cte = "8bit"
    elif enc == "qp":
        body = qp(b)
        cte = "quoted-printable"
    elif enc == "b64":
        body = base64.encodebytes(b).decode("ascii")
        cte = "base64"
    else:
        raise ValueError(enc)
    hdr = "Content-Type: text/%s; charset=\"%s\"\nContent-Transfer-Encoding: %s\n" % (subtype, charset, cte)
    return hdr, body


def join_part(hdr, body):
    if isinstance(body, bytes):
        return hdr.encode("ascii") + b"\n" + body.rstrip(b"\n") + b"\n"
    return (hdr + "\n" + body.rstrip("\n") + "\n").encode("ascii")


def attachment_part(fn, data, ctype=None, inline=False):
    ext = fn.rsplit(".", 1)[-1].lower()
    ctype = ctype or CTYPES.get(ext, "application/octet-stream")
    if ctype.startswith("text/") and ext in ("csv", "txt", "ics", "vbs"):
        ctype_h = '%s; name=%s' % (ctype, enc_filename(fn))
    else:
        ctype_h = "%s; name=%s" % (ctype, enc_filename(fn))
    hdr = ("Content-Type: %s\nContent-Description: %s\nContent-Disposition: %s; filename=%s; size=%d\n"
           "Content-Transfer-Encoding: base64\n" % (
               ctype_h, fn if all(ord(c) < 128 for c in fn) else "bijlage", "inline" if inline else "attachment",
               enc_filename(fn), len(data)))
    return join_part(hdr, base64.encodebytes(data).decode("ascii"))


def multipart(subtype, parts, boundary):
    out = bytearray()
    out += b"--" + boundary.encode() + b"\n"
    out += (b"\n--" + boundary.encode() + b"\n").join(parts)
    out += b"\n--" + boundary.encode() + b"--\n"
    return bytes(out)


def build_eml(m):
    slug = m["slug"]
    cl = {"nl": "nl-BE", "fr": "fr-BE", "en": "en-US"}[m["lang"]]
    dom = addr_of(m["frm"]).split("@")[1]
    client = m["client"]
    school = dom.endswith("sintpieterscollege.be") or dom.endswith("ksleuven.be")
    if school and client != "thunderbird":
        msgid = "<%s%s@%s>" % (h("mid" + slug, 12).upper(), h("mid2" + slug, 8).upper(), "EUR03.PROD.OUTLOOK.COM")
    elif client == "thunderbird":
        x = h("mid" + slug, 32)
        msgid = "<%s-%s-%s-%s-%s@%s>" % (x[:8], x[8:12], x[12:16], x[16:20], x[20:32], dom)
    else:
        msgid = "<CA%s%s@mail.%s>" % (h("mid" + slug, 20), h("mid2" + slug, 12), dom)
    hdrs = []
    hdrs.append(fold_addresses("From", [m["frm"]]))
    if m["to"]:
        hdrs.append(fold_addresses("To", m["to"]))
    else:
        hdrs.append("To: undisclosed-recipients:;")
    if m["cc"]:
        hdrs.append(fold_addresses("Cc", m["cc"]))
    hdrs.append("Subject: " + enc_subject(m["subject"]))
    if client in ("outlook", "owa"):
        topic = re.sub(r"^((RE|Re|AW|TR|Fwd|FW|Fw|TR|Réf)\s*:\s*)+", "", m["subject"])
        hdrs.append("Thread-Topic: " + enc_subject(topic))
        hdrs.append("Thread-Index: " + base64.b64encode(bytes.fromhex(h("ti" + slug, 44))).decode())
    hdrs.append("Date: " + rfc_date(m["date"]))
    hdrs.append("Message-ID: " + msgid)
    if m.get("reply_of"):
        ref = "<%s@%s>" % (h("parent" + slug, 20), m["reply_of"])
        hdrs.append("In-Reply-To: " + ref)
        hdrs.append("References: " + ref)
    for extra in m.get("headers", []):
        hdrs.append(extra)
    att = "yes" if m["atts"] else "no"
    for line in CLIENTS[client]:
        hdrs.append(line.format(att=att, cl=cl, ip=str(int(h("ip" + slug, 4), 16) % 250) + "." + str(int(h("ip2" + slug, 4), 16) % 250)))
    hdrs.append("MIME-Version: 1.0")

    charset = m["charset"]
    enc = m["enc"]
    kind = m["kind"]
    b1 = "_000_%s_" % h("b1" + slug, 24).upper()
    b2 = "_000_%s_" % h("b2" + slug, 24).upper()
    if client in ("thunderbird", "gmail", "iphone", "android"):
        b1 = "------------%s" % h("b1" + slug, 24)
        b2 = "------------%s" % h("b2" + slug, 24)

    # body part(s)
    if kind == "plain":
        th, tb = text_part(m["body"], "plain", charset, enc)
        body_parts = [(th, tb)]
        body = join_part(th, tb)
        body_is_multi = False
    else:
        html_src = m["html"]
        if kind == "alt":
            txt = m.get("alt_text") or html_to_text(html_src)
            th, tb = text_part(txt, "plain", charset, enc)
            hh, hb = text_part(html_src, "html", charset, m.get("html_enc") or enc)
            body = ("Content-Type: multipart/alternative;\n\tboundary=\"%s\"\n\n" % b2).encode() + \
                multipart("alternative", [join_part(th, tb), join_part(hh, hb)], b2)
            body_is_multi = True
        else:  # html-only
            hh, hb = text_part(html_src, "html", charset, enc)
            body = join_part(hh, hb)
            body_is_multi = False

    if m["atts"]:
        parts = [body if body_is_multi else body]
        for a in m["atts"]:
            parts.append(attachment_part(*a))
        payload = ("Content-Type: multipart/mixed;\n\tboundary=\"%s\"\n" % b1).encode() + \
            b"\n" + multipart("mixed", parts, b1)
        hdr_block = "\n".join(hdrs).encode("ascii") + b"\n"
        raw = hdr_block + payload
    else:
        hdr_block = "\n".join(hdrs).encode("ascii") + b"\n"
        raw = hdr_block + body
    raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return raw


# ------------------------------------------------------------------ roster

import unicodedata


def ascii_slug(s):
    s = s.replace("ı", "i").replace("ø", "o").replace("ß", "ss")
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = re.sub(r"[^A-Za-z]", "", s)
    return s.lower()


# key: (first, last, class, parent1, parent2)
STORY = {
    # OKAN1 (12-13 year olds)
    "maryam_haddad": ("Maryam", "Haddad", "OKAN1", "nour.alhassan@gmail.com", "khaled.haddad@outlook.com"),
    "aissatou_diallo": ("Aïssatou", "Diallo", "OKAN1", "kadiatou.bah@gmail.com", "ibrahima.diallo@gmail.com"),
    "fatima_karimi": ("Fatima", "Karimi", "OKAN1", "karimi.hamid@outlook.com", ""),
    "elif_yildiz": ("Elif", "Yıldız", "OKAN1", "mehmet.yildiz@hotmail.com", "ayse.kaya1984@gmail.com"),
    "arjun_sharma": ("Arjun", "Sharma", "OKAN1", "priya.sharma.be@gmail.com", "rohit.sharma@icloud.com"),
    "mariia_lysenko": ("Mariia", "Lysenko", "OKAN1", "natalia.lysenko@gmail.com", ""),
    "viktoriia_hrytsenko": ("Viktoriia", "Hrytsenko", "OKAN1", "halyna.petrenko@gmail.com", "serhii.hrytsenko@gmail.com"),
    "hiba_alkhatib": ("Hiba", "Alkhatib", "OKAN1", "alkhatib.mahmoud@gmail.com", "salma.darwich@gmail.com"),
    "mohammed_barry": ("Mohammed", "Barry", "OKAN1", "thierno.barry@gmail.com", ""),
    # OKAN2
    "mohammad_ahmadi": ("Mohammad", "Ahmadi", "OKAN2", "ahmadi.family@gmail.com", ""),
    "sofiia_melnyk": ("Sofiia", "Melnyk", "OKAN2", "iryna.melnyk@ukr.net", ""),
    "fatima_rahimi": ("Fatima", "Rahimi", "OKAN2", "gul.rahimi@gmail.com", ""),
    "lucas_silva": ("Lucas", "Silva", "OKAN2", "juliana.santos@gmail.com", "rafael.silva.be@gmail.com"),
    "fatoumata_camara": ("Fatoumata", "Camara", "OKAN2", "m.camara224@gmail.com", ""),
    "sana_noori": ("Sana", "Noori", "OKAN2", "noori.family@gmail.com", ""),
    "kacper_nowak": ("Kacper", "Nowak", "OKAN2", "agnieszka.nowak@wp.pl", "tomasz.nowak@wp.pl"),
    "valentina_rojas": ("Valentina", "Rojas", "OKAN2", "carolina.rojas@gmail.com", ""),
    "rojin_hasan": ("Rojin", "Hasan", "OKAN2", "hasan.family.lv@gmail.com", ""),
    "ali_hosseini": ("Ali", "Hosseini", "OKAN2", "s.hosseini@outlook.com", ""),
    "anna_shevchenko": ("Anna", "Shevchenko", "OKAN2", "oksana.shevchenko@gmail.com", ""),
    "taras_lysenko": ("Taras", "Lysenko", "OKAN2", "natalia.lysenko@gmail.com", ""),
    "filmon_habte": ("Filmon", "Habte", "OKAN2", "lies.pieters@voogdij-vzw.be", ""),
    "dmytro_bondarenko": ("Dmytro", "Bondarenko", "OKAN2", "olena.kovalenko@gmail.com", ""),
    # OKAN3
    "zahra_ahmadi": ("Zahra", "Ahmadi", "OKAN3", "r.ahmadi1979@hotmail.com", ""),
    "rami_haddad": ("Rami", "Haddad", "OKAN3", "nour.alhassan@gmail.com", "khaled.haddad@outlook.com"),
    "amanuel_tesfay": ("Amanuel", "Tesfay", "OKAN3", "lies.peeters@voogdij-vzw.be", ""),
    "daniel_tekle": ("Daniel", "Tekle", "OKAN3", "lies.peeters@voogdij-vzw.be", ""),
    "artem_petrenko": ("Artem", "Petrenko", "OKAN3", "halyna.petrenko@gmail.com", "oleksandr.petrenko@ukr.net"),
    "ana_costa": ("Ana Beatriz", "Costa", "OKAN3", "renata.costa@hotmail.com", ""),
    "grace_mbuyi": ("Grâce", "Mbuyi", "OKAN3", "jp.mbuyi@yahoo.fr", ""),
    "yousef_darwish": ("Yousef", "Darwish", "OKAN3", "darwish.ahmad@outlook.com", ""),
    "andrei_popescu": ("Andrei", "Popescu", "OKAN3", "ioana.popescu@yahoo.com", ""),
    "bilal_noorzai": ("Bilal", "Noorzai", "OKAN3", "an.claes.voogd@telenet.be", ""),
    "hamid_stanekzai": ("Hamid", "Stanekzai", "OKAN3", "karim.benali@voogdij-vzw.be", ""),
    "selam_berhane": ("Selam", "Berhane", "OKAN3", "els.vandamme@voogdij-vzw.be", ""),
    # OKAN4 (16-18)
    "maryam_yusuf": ("Maryam", "Yusuf", "OKAN4", "fadumo.abdi@hotmail.com", ""),
    "yonas_gebremedhin": ("Yonas", "Gebremedhin", "OKAN4", "lies.peeters@voogdij-vzw.be", ""),
    "yohannes_kidane": ("Yohannes", "Kidane", "OKAN4", "lies.pieters@voogdij-vzw.be", ""),
    "mamadou_diallo": ("Mamadou", "Diallo", "OKAN4", "alpha.diallo@yahoo.fr", ""),
    "omar_alkhatib": ("Omar", "Alkhatib", "OKAN4", "alkhatib.mahmoud@gmail.com", "salma.darwich@gmail.com"),
    "yassine_elamrani": ("Yassine", "El Amrani", "OKAN4", "h.elamrani@gmail.com", ""),
    "abdullahi_warsame": ("Abdullahi", "Warsame", "OKAN4", "an.claes.voogd@telenet.be", ""),
    "samiullah_safi": ("Samiullah", "Safi", "OKAN4", "karim.benali@voogdij-vzw.be", ""),
    "ali_rezaei": ("Ali", "Rezaei", "OKAN4", "els.vandamme@voogdij-vzw.be", ""),
    "oksana_bilyk": ("Oksana", "Bilyk", "OKAN4", "bilyk.lyudmyla@gmail.com", ""),
    # arrivals of January 2025 (wards staying in the reception centre Heverlee)
    "mulugeta_kahsay": ("Mulugeta", "Kahsay", "OKAN3", "lies.pieters@voogdij-vzw.be", ""),
    "nasrullah_ahmadzai": ("Nasrullah", "Ahmadzai", "OKAN3", "karim.benali@voogdij-vzw.be", ""),
    "mariam_jalloh": ("Mariam", "Jalloh", "OKAN2", "els.vandamme@voogdij-vzw.be", ""),
    "ahmad_zaheer": ("Ahmad", "Zaheer", "OKAN4", "an.claes.voogd@telenet.be", ""),
    # former OKAN pupils in regular classes (follow-up coach) and look-alike pupils
    "nour_saleh": ("Nour", "Saleh", "2B", "saleh.fam@gmail.com", ""),
    "oleksii_tkachenko": ("Oleksii", "Tkachenko", "3B", "tkachenko.svitlana@gmail.com", ""),
    "ibrahim_conteh": ("Ibrahim", "Conteh", "4B", "conteh.fatmata@hotmail.com", ""),
    "marwa_haidari": ("Marwa", "Haidari", "2A", "haidari.n@outlook.com", ""),
    "tigist_alemu": ("Tigist", "Alemu", "3A", "lies.peeters@voogdij-vzw.be", ""),
    "samir_husseini": ("Samir", "Husseini", "4B", "s.husseini@outlook.com", "leila.husseini@telenet.be"),
    "gabriel_silva": ("Gabriel", "Silva", "3A", "silva.familie@telenet.be", "marta.silva@skynet.be"),
    "lotte_vermeulen": ("Lotte", "Vermeulen", "2A", "an.claessens@telenet.be", "vermeulen.bart@telenet.be"),
    "anna_peeters": ("Anna", "Peeters", "1A", "peeters.dewolf@telenet.be", "kristof.peeters@proximus.be"),
    "lucas_janssens": ("Lucas", "Janssens", "1B", "els.goossens@skynet.be", "janssens.tom@telenet.be"),
    "mohamed_bakkali": ("Mohamed", "Bakkali", "5A", "bakkali.family@hotmail.com", ""),
}

ORIGINS = {
    # kids male, kids female, surnames, adult male, adult female, providers
    "flemish": (["Lucas", "Liam", "Noah", "Arthur", "Louis", "Jules", "Victor", "Finn", "Mats", "Lars", "Wout",
                 "Seppe", "Robbe", "Milan", "Stan", "Warre", "Jasper", "Thomas", "Ruben", "Kobe", "Bram", "Vic",
                 "Senne", "Lander", "Emiel", "Tuur", "Staf", "Matteo", "Lucas", "Noah"],
                ["Emma", "Olivia", "Louise", "Marie", "Elena", "Lina", "Nora", "Anna", "Lotte", "Fien", "Hanne",
                 "Lore", "Janne", "Ella", "Mila", "Julie", "Noor", "Amber", "Kato", "Jana", "Lien", "Febe",
                 "Ines", "Nina", "Lisa", "Margot", "Roos", "Emma", "Anna"],
                ["Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems", "Claes", "Goossens", "Wouters",
                 "De Smet", "Dubois", "Vermeulen", "Van den Broeck", "Lemmens", "Hermans", "Aerts", "Michiels",
                 "Smets", "Van Damme", "Verhoeven", "De Cock", "Vandenberghe", "Coppens", "Van Dyck", "Thys",
                 "Vos", "Wuyts", "Claessens", "Desmet", "Pauwels", "Segers", "Verbruggen", "De Backer",
                 "Bogaerts", "Van Hove", "Nys", "Lenaerts", "Geerts", "Swinnen", "Vanhoof", "Luyten", "Moens",
                 "Stevens", "Dewit", "Vandeput", "Schoofs", "Vranckx", "Craps"],
                ["Kristof", "Bart", "Tom", "Pieter", "Koen", "Wim", "Steven", "Dirk", "Jeroen", "Geert", "Joris",
                 "Sven", "Nick", "Frederik", "Wouter"],
                ["Sofie", "Katrien", "Els", "Veerle", "Inge", "Nathalie", "Lies", "Evelien", "Annelies", "Tine",
                 "Sarah", "Kim", "Leen", "Hilde", "Griet"],
                ["telenet.be", "skynet.be", "proximus.be", "gmail.com", "hotmail.com", "outlook.com",
                 "icloud.com", "live.be", "telenet.be", "scarlet.be", "hotmail.be", "gmail.com"]),
    "maghreb": (["Adam", "Rayan", "Ilias", "Amine", "Yassin", "Mohamed", "Bilal", "Ayoub", "Zakaria"],
                ["Yasmina", "Sara", "Amira", "Hiba", "Ikram", "Salma", "Nisrine", "Aya", "Malak"],
                ["El Ouardi", "Bouzian", "Ben Ali", "Benhaddou", "Ouali", "El Khattabi", "Azzouzi", "Bakkali"],
                ["Mustapha", "Rachid", "Abdel", "Hassan", "Karim", "Youssef"],
                ["Fatima", "Naima", "Khadija", "Samira", "Latifa", "Hanane"],
                ["hotmail.com", "gmail.com", "outlook.com", "telenet.be", "hotmail.be"]),
    "turkish": (["Emre", "Yusuf", "Mert", "Efe", "Burak"], ["Zeynep", "Elif", "Ecem", "Melis", "Defne"],
                ["Yilmaz", "Demir", "Aydin", "Kaya", "Celik", "Sahin"],
                ["Mehmet", "Ali", "Hakan", "Murat"], ["Ayse", "Fatma", "Emine", "Hatice"],
                ["hotmail.com", "gmail.com", "telenet.be"]),
    "afghan": (["Ahmad", "Mustafa", "Murtaza", "Sayed", "Habib", "Mahdi", "Reza", "Nazir", "Jawad", "Sohail"],
               ["Nazanin", "Parwana", "Ruqia", "Shukria", "Laila", "Mahsa", "Zainab", "Freshta", "Marzia"],
               ["Rasuli", "Sultani", "Azizi", "Nazari", "Popal", "Hakimi", "Jalali", "Mohammadi", "Ibrahimi",
                "Yousufzai", "Amiri", "Sharifi"],
               ["Abdul", "Ghulam", "Rahmatullah", "Najib"], ["Gulalai", "Nasrin", "Fariba", "Shakila"],
               ["gmail.com", "gmail.com", "hotmail.com", "outlook.com"]),
    "ukrainian": (["Bogdan", "Maksym", "Ivan", "Mykola", "Yaroslav", "Vladyslav", "Danylo", "Kyrylo", "Nazar"],
                  ["Yulia", "Daria", "Kateryna", "Polina", "Sofia", "Alina", "Vira", "Anastasiia", "Khrystyna"],
                  ["Kravchenko", "Shevchuk", "Boyko", "Moroz", "Koval", "Tkachuk", "Marchenko", "Savchenko",
                   "Rudenko", "Pavlenko"],
                  ["Andrii", "Oleh", "Serhii", "Vasyl"], ["Tetiana", "Olha", "Svitlana", "Nataliia", "Iryna"],
                  ["gmail.com", "ukr.net", "gmail.com", "i.ua", "icloud.com"]),
    "syrian": (["Khaled", "Hussein", "Anas", "Karam", "Mahmoud", "Ammar", "Tarek"],
               ["Rania", "Lana", "Rasha", "Dana", "Joud", "Sidra", "Tala"],
               ["Al-Ali", "Hamdan", "Alhamad", "Mansour", "Alhussein", "Kassem", "Suleiman"],
               ["Bassam", "Mohammad", "Fadi"], ["Hala", "Reem", "Amal"],
               ["gmail.com", "hotmail.com", "outlook.com"]),
    "eritrean": (["Mehari", "Kidus", "Eyob", "Filimon", "Natnael", "Robel", "Samuel"],
                 ["Aster", "Senait", "Helen", "Meron", "Luwam", "Saba", "Rahel"],
                 ["Tesfamariam", "Ghebreyesus", "Weldemichael", "Haile", "Kiros", "Abraha", "Yemane"],
                 ["Tekle", "Goitom"], ["Mebrat", "Tsega"], ["gmail.com", "hotmail.com"]),
    "westafrican": (["Abdoulaye", "Ousmane", "Alpha", "Lamin", "Sekou", "Moussa", "Boubacar"],
                    ["Hawa", "Kadiatou", "Binta", "Mariama", "Fanta", "Adama"],
                    ["Sow", "Bah", "Sylla", "Kourouma", "Keita", "Toure", "Balde"],
                    ["Mamadou", "Ibrahima", "Souleymane"], ["Fatoumata", "Aminata", "Djenabou"],
                    ["gmail.com", "yahoo.fr", "hotmail.fr", "gmail.com"]),
    "brazilian": (["Mateus", "Pedro", "Gustavo", "Rafael", "Thiago"],
                  ["Luana", "Beatriz", "Isabela", "Larissa", "Camila"],
                  ["Oliveira", "Souza", "Pereira", "Ferreira", "Almeida", "Rodrigues"],
                  ["Marcelo", "Paulo", "Rodrigo"], ["Fernanda", "Patricia", "Adriana"],
                  ["gmail.com", "hotmail.com", "outlook.com"]),
}
OKAN_MIX = ["afghan"] * 5 + ["ukrainian"] * 5 + ["syrian"] * 3 + ["eritrean"] * 3 + ["westafrican"] * 3 + \
    ["brazilian"] * 2
REG_MIX = ["flemish"] * 17 + ["maghreb"] * 2 + ["turkish"] * 1 + ["afghan", "ukrainian", "syrian"][0:1]
GUARDIANS = ["lies.peeters@voogdij-vzw.be", "lies.pieters@voogdij-vzw.be", "an.claes.voogd@telenet.be",
             "karim.benali@voogdij-vzw.be", "els.vandamme@voogdij-vzw.be"]

CLASSES_REG = ["1A", "1B", "1C", "2A", "2B", "2C", "3A", "3B", "4A", "4B", "5A", "5B", "6A", "6B"]
OKAN_CLASSES = ["OKAN1", "OKAN2", "OKAN3", "OKAN4"]


def build_roster():
    rnd = random.Random(6565)
    ids = ["P%04d" % i for i in range(1, 301)]
    order = ids[:]
    rnd.shuffle(order)
    pupils = []
    key2id = {}
    used_parent = set()
    for i, (key, (fn, ln, cls, p1, p2)) in enumerate(STORY.items()):
        pid = order[i]
        key2id[key] = pid
        pupils.append({"id": pid, "first": fn, "last": ln, "class": cls, "p1": p1, "p2": p2, "key": key})
        used_parent.update(x for x in (p1, p2) if x)
    free = order[len(STORY):]
    target = {c: 15 for c in OKAN_CLASSES}
    for c in CLASSES_REG:
        target[c] = 17
    count = {c: 0 for c in target}
    for p in pupils:
        count[p["class"]] += 1
    slots = []
    for c in OKAN_CLASSES + CLASSES_REG:
        slots += [c] * max(0, target[c] - count[c])
    while len(slots) < len(free):
        slots.append(CLASSES_REG[len(slots) % len(CLASSES_REG)])
    slots = slots[:len(free)]
    families = []
    for pid, cls in zip(free, slots):
        okan = cls.startswith("OKAN")
        origin = rnd.choice(OKAN_MIX if okan else REG_MIX)
        km, kf, lasts, am, af, provs = ORIGINS[origin]
        first = rnd.choice(km + kf)
        sibs = [f for f in families if f["origin"] == origin and f["okan"] == okan]
        if sibs and rnd.random() < 0.15:
            fam = rnd.choice(sibs)
            pupils.append({"id": pid, "first": first, "last": fam["last"], "class": cls,
                           "p1": fam["p1"], "p2": fam["p2"], "key": None})
            continue
        last = rnd.choice(lasts)
        if okan and cls in ("OKAN3", "OKAN4") and origin in ("afghan", "eritrean") and first in km \
                and rnd.random() < 0.5:
            # unaccompanied minor: the guardian is the contact
            pupils.append({"id": pid, "first": first, "last": last, "class": cls,
                           "p1": rnd.choice(GUARDIANS), "p2": "", "key": None})
            continue
        p1_male = False
        if rnd.random() < 0.45:
            mlast = rnd.choice(lasts) if origin not in ("afghan", "eritrean") else last
            mfirst = rnd.choice(af)
            local = rnd.choice(["%s.%s", "%s%s", "%s_%s"]) % (ascii_slug(mfirst), ascii_slug(mlast))
        else:
            pf = rnd.choice(am)
            p1_male = True
            pat = rnd.choice(["%s.%s", "%s%s", "fam", "%s.%s"])
            local = "fam." + ascii_slug(last) if pat == "fam" else pat % (ascii_slug(pf), ascii_slug(last))
        if rnd.random() < 0.3:
            local += str(rnd.randrange(1, 99))
        p1 = "%s@%s" % (local, rnd.choice(provs))
        p2 = ""
        if rnd.random() < (0.25 if okan else 0.6):
            p2 = "%s.%s@%s" % (ascii_slug(rnd.choice(af if p1_male else am)), ascii_slug(last),
                               rnd.choice(provs))
        while p1 in used_parent:
            p1 = p1.replace("@", "%d@" % rnd.randrange(2, 9))
        while p2 and p2 in used_parent:
            p2 = p2.replace("@", "%d@" % rnd.randrange(2, 9))
        used_parent.update(x for x in (p1, p2) if x)
        families.append({"last": last, "p1": p1, "p2": p2, "okan": okan, "origin": origin})
        pupils.append({"id": pid, "first": first, "last": last, "class": cls, "p1": p1, "p2": p2, "key": None})
    seen = set()
    for p in sorted(pupils, key=lambda p: p["id"]):
        base = "%s.%s" % (ascii_slug(p["first"]), ascii_slug(p["last"]))
        a = base
        n = 2
        while a in seen:
            a = "%s%d" % (base, n)
            n += 1
        seen.add(a)
        p["mail"] = a + "@leerling.sintpieterscollege.be"
    cls_order = {c: i for i, c in enumerate(CLASSES_REG + OKAN_CLASSES)}
    pupils.sort(key=lambda p: (cls_order[p["class"]], ascii_slug(p["last"]), ascii_slug(p["first"]), p["id"]))
    return pupils, key2id


PUPILS, KEY2ID = build_roster()
BYKEY = {p["key"]: p for p in PUPILS if p["key"]}


def write_roster(path):
    rows = ["Intern nummer;Voornaam;Naam;Klas;E-mailadres leerling;E-mailadres ouder 1;E-mailadres ouder 2"]
    for p in PUPILS:
        rows.append(";".join([p["id"], p["first"], p["last"], p["class"], p["mail"], p["p1"], p["p2"]]))
    with open(path, "wb") as f:
        f.write(("\r\n".join(rows) + "\r\n").encode("utf-8-sig"))


def P(key):
    """pupil record by story key"""
    return BYKEY[key]


def pmail(key):
    return BYKEY[key]["mail"]


# --------------------------------------------------------- numbers helpers


def iban_be(account10):
    chk = int(account10) % 97 or 97
    bban = account10 + "%02d" % chk
    num = int(bban + "111400")  # B=11 E=14, check digits 00
    cd = 98 - num % 97
    s = "BE%02d%s" % (cd, bban)
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def rrn(yymmdd, seq, y2000=True):
    n = int(yymmdd + "%03d" % seq) + (2000000000 if y2000 else 0)
    cc = 97 - n % 97
    return "%s.%s.%s-%03d.%02d" % (yymmdd[:2], yymmdd[2:4], yymmdd[4:], seq, cc)


def ogm(d10):
    c = int(d10) % 97 or 97
    s = d10 + "%02d" % c
    return "+++%s/%s/%s+++" % (s[:3], s[3:7], s[7:])


# ------------------------------------------------------------ people

def S(name, local):
    return (name, "%s@sintpieterscollege.be" % local)


GVH = S("Griet Vanhoutte", "griet.vanhoutte")        # OKAN coordinator
PMA = S("Pieter Maes", "pieter.maes")                # OKAN2 titularis
SEI = S("Sara El Idrissi", "sara.elidrissi")         # OKAN1 titularis
KWO = S("Koen Wouters", "koen.wouters")              # OKAN4 titularis
LCL = S("Lien Claerhout", "lien.claerhout")          # OKAN3 titularis
TVE = S("Tom Verbeke", "tom.verbeke")                # OKAN wiskunde/ICT, laptops
NBO = S("Nadia Boukhari", "nadia.boukhari")          # OKAN, Arabic/French
HLE = S("Hilde Lemmens", "hilde.lemmens")            # vervolgschoolcoach
EJA = S("Evelien Jacobs", "evelien.jacobs")          # zorgcoordinator
AWU = S("Ann Wuyts", "ann.wuyts")                    # leerlingenbegeleiding
WGO = S("Wim Goossens", "wim.goossens")              # LO
BCO = S("Bart Coppens", "bart.coppens")              # directeur
DIR = ("Directie Sint-Pieterscollege", "directie@spc.ksleuven.be")
SEC = ("Leerlingensecretariaat SPC", "leerlingensecretariaat@spc.ksleuven.be")
MPE = ("Marleen Peeters", "mpe@spc.ksleuven.be")
GVHS = ("Griet Vanhoutte", "gvh@spc.ksleuven.be")
ICT = ("ICT Sint-Pieterscollege", "ict@spc.ksleuven.be")
JVB = ("Joris Vandenbroucke", "jvb@spc.ksleuven.be")
BOE = ("Boekhouding SPC", "boekhouding@spc.ksleuven.be")
RSM = ("Rita Smets", "rsm@spc.ksleuven.be")
DPO = ("Privacy LKSD", "privacy@lksd.ksleuven.be")
OKANBOX = ("OKAN Sint-Pieterscollege", "okan@spc.ksleuven.be")
PERSONEEL = ("Personeel SPC", "personeel@spc.ksleuven.be")
OKANTEAM = ("OKAN-team", "okan-team@spc.ksleuven.be")

# outside partners (invented)
CLB_KN = ("Katrien Nys", "katrien.nys@vclb-leuven.be")          # CLB onthaal/intake
CLB_SD = ("Sofie Dewit", "sofie.dewit@vclb-leuven.be")          # CLB verpleegkundige
CLB_JB = ("Johan Baert", "johan.baert@vclb-leuven.be")          # CLB arts
RK_JV = ("Joke Vandeput", "joke.vandeput@opvang-heverlee.be")   # Rode Kruis opvang Heverlee
RK_EC = ("Emily Carter", "emily.carter@opvang-heverlee.be")     # volunteer coordinator
FED_MG = ("Mathias Geerts", "mathias.geerts@fedasil-tienen.be")
OCMW_NS = ("Nele Swinnen", "nele.swinnen@ocmw-leuven.be")
TOLK_PLAN = ("Planning Tolkenpool", "planning@tolkenpool-vlaanderen.be")
TOLK_AR = ("Amina Rahmani", "amina.rahmani@tolkenpool-vlaanderen.be")
TOLK_UA = ("Oksana Bondar", "oksana.bondar.tolk@gmail.com")
TOLK_DARI = ("Farid Nazari", "farid.nazari@tolkenpool-vlaanderen.be")
TOLK_TI = ("Tesfaye Haile", "tesfaye.haile@tolkenpool-vlaanderen.be")
TOLK_FR = ("Mariama Sow", "mariama.sow.interprete@gmail.com")
TELTOLK = ("Telefoontolk Vlaanderen", "klantendienst@telefoontolk-vlaanderen.be")
BIB_BL = ("Bieke Luyten", "bieke.luyten@bib-leuven.be")
STAD_JV = ("Jonas Verlinden", "jonas.verlinden@stad-leuven.be")
BURGERZAKEN = ("Burgerzaken Leuven", "burgerzaken@stad-leuven.be")
EDUIT = ("Kevin Maes", "kevin.maes@edu-it-partner.be")
EDUIT_ORD = ("Edu IT Partner orders", "orders@edu-it-partner.be")
JH_IV = ("Ilse Verhaegen", "ilse.verhaegen@jeugdhulp-vlaamsbrabant.be")
TRAUMA = ("Aanmelding Traumacentrum Dijle", "aanmelding@traumacentrum-dijle.be")
SAC_ZORG = ("Zorgteam Sint-Annacollege", "zorg@sint-annacollege-leuven.be")
VOL_MD = ("Marc Deprez", "marc.deprez@telenet.be")              # reading volunteer
STAG = ("Lotte De Vries", "lotte.devries@student.ucll.be")      # student teacher
BOEKH = ("Boekhandel De Dijle", "bestellingen@boekhandel-dijle.be")
TAALTOETS = ("Taaltoets NT2", "support@taaltoets-nt2.be")
LINGUA = ("LinguaStart", "welcome@linguastart.eu")

# guardians and parents (addresses as in roster)
V_LP = ("Lies Peeters", "lies.peeters@voogdij-vzw.be")
V_LPI = ("Lies Pieters", "lies.pieters@voogdij-vzw.be")
V_AC = ("An Claes", "an.claes.voogd@telenet.be")
V_KB = ("Karim Benali", "karim.benali@voogdij-vzw.be")
V_EV = ("Els Vandamme", "els.vandamme@voogdij-vzw.be")

# ------------------------------------------------------------ mail registry

MAILS = []
RULE_ORDER = ["password", "sensitive", "personal_data", "bcc", "private_account", "attachment", "recipient"]
CAT_ORDER = ["family", "psychosocial", "medical", "care", "financial"]


def mail(slug, date, frm, to, subject, body=None, *, html=None, kind=None, cc=(), bcc=(), enc="8bit",
         charset="utf-8", atts=(), rules=(), cats=(), about=(), mis=False, note="", lang="nl", fmt=(),
         client="outlook", reply_of=None, headers=(), envelope_from=None, alt_text=None, html_enc=None,
         general=False):
    if kind is None:
        kind = "plain" if html is None else "alt"
        # Outlook sends most mail as multipart/alternative: convert a deterministic part of the plain ones
        if kind == "plain" and client in ("outlook", "owa") and int(h("kind" + slug, 4), 16) % 3 == 0:
            kind = "alt"
    if html is None and kind == "alt":
        html = outlook_html(paras(body), charset)
        alt_text = body
    if html is None and kind == "html":
        html = simple_html("".join("<div>%s</div>\n" % (esc(l) if l.strip() else "<br>")
                                   for l in body.split("\n")), charset)
    rules = list(rules)
    if mis and "recipient" not in rules:
        rules.append("recipient")
    if cats and "sensitive" not in rules:
        rules.append("sensitive")
    for r in rules:
        assert r in RULE_ORDER, (slug, r)
    rules = [r for r in RULE_ORDER if r in rules]
    for c in cats:
        assert c in CAT_ORDER, (slug, c)
    cats = [c for c in CAT_ORDER if c in cats]
    if "sensitive" in rules:
        assert cats, slug
    to = list(to)
    cc = list(cc)
    bcc = list(bcc)
    rcpt = []
    for a in to + cc + bcc:
        ad = addr_of(a)
        if ad not in rcpt:
            rcpt.append(ad)
    ids = []
    for k in about:
        ids.append(KEY2ID[k] if k in KEY2ID else k)
    auto = []
    auto.append({"plain": "plain", "alt": "alt", "html": "html-only"}[kind])
    pre = "plain" if kind == "plain" else "html" if kind == "html" else "alt"
    if enc == "qp":
        auto.append(pre + "-qp")
    if enc == "b64":
        auto.append(pre + "-base64")
    if charset == "windows-1252":
        auto.append(pre + "-cp1252")
    if charset == "iso-8859-1":
        auto.append(pre + "-latin1")
    if atts:
        auto.append("mixed")
    for a in atts:
        auto.append("attachment-" + a[0].rsplit(".", 1)[-1].lower())
    if bcc:
        auto.append("bcc-envelope")
    fmts = []
    for f in auto + list(fmt):
        if f not in fmts:
            fmts.append(f)
    MAILS.append({
        "slug": slug, "date": date, "frm": frm, "to": to, "cc": cc, "bcc": bcc, "subject": subject,
        "body": body, "html": html, "kind": kind, "enc": enc, "charset": charset, "atts": list(atts),
        "rules": rules, "cats": cats, "about": ids, "mis": mis, "note": note, "lang": lang, "fmt": fmts,
        "client": client, "reply_of": reply_of, "headers": list(headers),
        "mail_from": envelope_from or addr_of(frm), "rcpt": rcpt, "alt_text": alt_text,
        "html_enc": html_enc, "general": general,
    })


def class_list(cls):
    return [p for p in PUPILS if p["class"] == cls]


def fullname(key):
    p = BYKEY[key]
    return "%s %s" % (p["first"], p["last"])


def parent_addrs(classes):
    out = []
    for p in PUPILS:
        if p["class"] in classes:
            for a in (p["p1"], p["p2"]):
                if a and a not in out:
                    out.append(a)
    return out


# ======================================================================
# signatures
# ======================================================================

SIG_GVH_T = """--
Griet Vanhoutte
Coördinator OKAN
Sint-Pieterscollege Leuven | Stroom
T 016 29 84 10 | griet.vanhoutte@sintpieterscollege.be"""

SIG_GVH = """Griet Vanhoutte
Coördinator OKAN – Sint-Pieterscollege Leuven"""

SIG_MPE_T = """Met vriendelijke groeten,

Marleen Peeters
Leerlingensecretariaat
Sint-Pieterscollege Leuven – Stroom
Tel. 016 29 84 00"""

SIG_TVE = """Tom Verbeke
Leerkracht OKAN – ICT-aanspreekpunt leenlaptops
Sint-Pieterscollege Leuven"""

SIG_KWO_T = """Koen Wouters
Klastitularis OKAN4
Sint-Pieterscollege Leuven
+32 16 29 84 10"""

SIG_EN_GVH = """Kind regards,

Griet Vanhoutte
OKAN coordinator (reception class for newcomers)
Sint-Pieterscollege Leuven, Belgium"""


def define_passwords():
    # P01 -------------------------------------------------------------
    d = P("daniel_tekle")
    mail("smartschool-start-daniel", "2024-09-03 10:12", MPE, [V_LP],
         "Smartschool-account Daniel Tekle (OKAN3)", """Beste mevrouw Peeters,

Daniel is vanaf vandaag ingeschreven in OKAN3. Hieronder vindt u zijn gegevens om op Smartschool in te loggen. Daar staan zijn lessenrooster, de berichten van de klastitularis en later ook zijn rapport.

Adres: https://sintpieterscollege.smartschool.be
Gebruikersnaam: daniel.tekle
Startwachtwoord: Leuven-4827

Bij de eerste aanmelding moet hij zelf een nieuw wachtwoord kiezen. Als voogd krijgt u volgende week een eigen co-account via de post.

""" + SIG_MPE_T, rules=["password", "personal_data"], about=["daniel_tekle"],
         note="start password of a pupil's Smartschool account sent to his guardian; school phone in signature",
         fmt=["guardian"])

    # P02 -------------------------------------------------------------
    mail("wifi-interprete-amina-fr", "2024-09-05 16:40", GVH, [TOLK_AR], "wifi à l'école",
         """Bonjour Amina,

Merci de pouvoir venir déjà lundi à 8h30 pour les entretiens d'accueil. Vous serez dans le local C.012 (à côté du secrétariat OKAN).

Pour votre ordinateur : le réseau invité est SPC-Gast, la clé est Dijle!2024gast

À lundi !
Griet""", lang="fr", rules=["password"], note="guest Wi-Fi key sent to an interpreter in French; room number is a look-alike",
         client="owa")

    # P03 -------------------------------------------------------------
    rows = [["Klas", "Naam", "Voornaam", "Gebruikersnaam", "Wachtwoord"]]
    rnd = random.Random("woordwijs")
    for p in class_list("OKAN1"):
        rows.append(["OKAN1", p["last"], p["first"], "ww-" + ascii_slug(p["first"])[:6] + str(rnd.randrange(10, 99)),
                     rnd.choice(["appel", "fiets", "boom", "zon", "huis", "vis"]) + str(rnd.randrange(100, 999))])
    mail("woordwijs-logins-okan1", "2024-09-09 20:15", SEI, [VOL_MD], "logins WoordWijs voor de leesmomenten",
         """Dag Marc,

Zoals beloofd de lijst met de logins van WoordWijs voor OKAN1. Op donderdag kan je dan met de kinderen in kleine groepjes op de tablets oefenen. Ze kennen hun login meestal niet vanbuiten, dus hou de lijst bij de hand.

Nogmaals bedankt dat je dit jaar terug komt helpen!

Groetjes,
Sara

Sara El Idrissi
Klastitularis OKAN1""", atts=[("WoordWijs_OKAN1_logins.csv", csv_bytes(rows), "text/csv")],
         rules=["password"], note="CSV with app usernames and passwords of a whole class sent to a volunteer",
         fmt=["class-list"])

    # P04 -------------------------------------------------------------
    mail("bitlocker-herstelsleutel", "2024-09-12 11:05", TVE, [EDUIT],
         "RE: herstelsleutel OKAN-LPT-14", """Hoi Kevin,

Hier is ze, rechtstreeks uit Intune gehaald:

Toestel: OKAN-LPT-14 (SN 5CD2381KQ7)
Sleutel-ID: 6A1F03C2
BitLocker-herstelsleutel: 418253-029381-660770-514833-107283-392260-224631-580811

Laat maar weten als het toestel terug opstart, dan kan het ten laatste vrijdag terug naar OKAN2.

""" + SIG_TVE + """

-----Oorspronkelijk bericht-----
Van: Kevin Maes <kevin.maes@edu-it-partner.be>
Verzonden: woensdag 11 september 2024 17:22
Aan: Tom Verbeke <tom.verbeke@sintpieterscollege.be>
Onderwerp: herstelsleutel OKAN-LPT-14

Dag Tom, de laptop vraagt na het vervangen van het moederbord om de BitLocker-herstelsleutel. Kan je die bezorgen?
Kevin""", rules=["password"], reply_of="edu-it-partner.be", fmt=["reply"],
         note="BitLocker recovery key of a loan laptop sent to the supplier; serial number is a look-alike")

    # P05 -------------------------------------------------------------
    rnd = random.Random("pincodes")
    rows = [["Laptop", "Leerling", "Windows-pincode"]]
    for i, p in enumerate(class_list("OKAN2"), 1):
        rows.append(["OKAN-LPT-%02d" % (i + 20), "%s %s" % (p["first"], p["last"]), "%06d" % rnd.randrange(10 ** 6)])
    mail("laptop-pincodes-okan2", "2024-09-16 08:02", TVE, [PMA], "pincodes leenlaptops OKAN2",
         html=outlook_html(paras("""Dag Pieter,

De laptops van OKAN2 zijn klaar. Ze liggen in de laptopkar in C.104. Elke leerling heeft een eigen pincode om in te loggen, die moeten ze de eerste weken wel nog kunnen opzoeken:
""") + table(rows) + paras("""
Vraag ze de code in hun agenda te schrijven en niet door te geven aan elkaar.

Groetjes,
Tom""")), rules=["password"], note="HTML table with the Windows PIN of every pupil's loan laptop, to a colleague",
         fmt=["table", "class-list"])

    # P06 -------------------------------------------------------------
    mail("sleutelkluis-farid", "2024-09-18 18:47", GVH, [TOLK_DARI], "oudercontact donderdag + sleutel",
         """Dag Farid,

Donderdag om 17u starten de gesprekken met de Afghaanse families, ik ben er zelf pas om 17u15. Je kan al binnen via de zijdeur aan de Dijlekant: naast de deur hangt een sleutelkluisje, de code is 4-7-1-9. De sleutel van C.012 hangt erin.

Alvast bedankt!
Griet

Verzonden vanaf mijn iPhone""", rules=["password"], client="iphone", fmt=["phone"],
         note="key-safe code spelled with dashes sent to an interpreter")

    # P07 -------------------------------------------------------------
    mail("kopieercode-nadia", "2024-09-02 09:30", MPE, [NBO], "welkom + kopieercode",
         """Dag Nadia,

Welkom in ons team! Enkele praktische zaken:
- je leerkrachtenbadge ligt op het secretariaat
- je persoonlijke kopieercode voor alle printers is 55821
- je lokaal voor de lessen Frans-Nederlands is B.107

Groetjes
Marleen""", rules=["password"], client="owa",
         note="personal copier code sent to a new colleague; room number is a look-alike")

    # P08 -------------------------------------------------------------
    rnd = random.Random("toetscodes")
    rows = [["Leerling", "Klas", "Toegangscode"]]
    for p in class_list("OKAN4"):
        rows.append(["%s %s" % (p["first"], p["last"]), "OKAN4",
                     "".join(rnd.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(8))])
    mail("taaltoets-toegangscodes-okan4", "2024-10-02 15:55", KWO, [LCL],
         "toegangscodes taaltoets morgen (OKAN4)",
         html=outlook_html(paras("""Hoi Lien,

Omdat ik morgen op nascholing ben: jij surveilleert de online taaltoets van OKAN4 in de computerklas (C.201), 2de en 3de lesuur. Elke leerling logt in met een eenmalige toegangscode, die verloopt na de toets.
""") + table(rows) + paras("""
De sessiecode voor de hele groep is SESS-OK4-7731. Laat de leerlingen niet op de gang wachten, dan kijken ze naar elkaars codes :)

Merci!
Koen""")), rules=["password"], note="one-time access codes for an online language test in a table, to a colleague",
         fmt=["table", "class-list"])

    # P09 -------------------------------------------------------------
    mail("backupcodes-griet", "2024-10-09 07:58", GVH, [TVE], "mijn back-upcodes",
         """Tom,

Ik ben vanaf morgen een week met de klas op inleefreis en mijn gsm gaat uit. Wil jij in tussentijd mijn Microsoft-account beheren voor de OKAN-planning? Hier zijn de back-upcodes voor de tweestapsverificatie:

4829 1736
9023 5541
1187 6604
3350 9912

Gooi ze weg als ik terug ben aub.
Griet""", rules=["password"], note="MFA recovery/backup codes sent to a colleague")

    # P10 -------------------------------------------------------------
    mail("verificatiecode-okanbox", "2024-10-14 10:41", TVE, [GVH], "code",
         """Griet, de code die net op de OKAN-gsm binnenkwam voor okan@: 731904

Die is maar 10 minuten geldig.
T.

Verzonden vanaf Outlook voor Android""", rules=["password"], client="android", fmt=["phone"],
         note="one-time verification code forwarded to a colleague")

    # P11 -------------------------------------------------------------
    mail("linguastart-samiullah-gespeld", "2024-10-16 12:20", PMA, [V_KB], "LinguaStart thuis - Samiullah",
         """Dag Karim,

Samiullah wil graag ook thuis op LinguaStart oefenen, maar hij vergeet telkens zijn wachtwoord. Kan je het hem in de opvang nog eens tonen? Gebruikersnaam is samiullah.safi, het wachtwoord is:
hoofdletter S, dan a m i, dan 2009, en op het einde een uitroepteken.

Hij doet het trouwens goed, vorige week haalde hij 90% op de woordenschattoets.

Vriendelijke groet,
Pieter Maes
OKAN""", rules=["password"], about=["samiullah_safi"],
         note="pupil's app password spelled out in words to his guardian; correctly addressed")

    # P12 -------------------------------------------------------------
    mail("coaccount-aissatou-fr", "2024-10-17 13:05", NBO, [("Kadiatou Bah", "kadiatou.bah@gmail.com")],
         "Compte parent Smartschool - Aïssatou", """Bonjour Madame Bah,

Comme promis lors de notre rencontre, voici les données pour votre compte parent Smartschool. Avec ce compte vous voyez les messages de l'école et le bulletin d'Aïssatou.

Site : https://sintpieterscollege.smartschool.be
Nom d'utilisateur : aissatou.diallo (choisir « co-account 1 »)
Mot de passe : Coaccount-5512

Si vous avez des difficultés, vous pouvez passer au secrétariat le mercredi matin.

Cordialement,
Nadia Boukhari
Enseignante OKAN – Sint-Pieterscollege Leuven
Tél. école : 016 29 84 10""", lang="fr", rules=["password", "personal_data"], about=["aissatou_diallo"],
         note="co-account password for a parent in French; school phone in signature; correctly addressed")

    # P13 -------------------------------------------------------------
    mail("laptop-password-valentina-en", "2024-10-21 16:02", TVE, [("Carolina Rojas", "carolina.rojas@gmail.com")],
         "Valentina's school laptop", """Dear Mrs Rojas,

Valentina can take her school laptop home from today, so she can practise Dutch in the evening. She forgot her password today, so I reset it. Her new password is Rojas2024! (with the exclamation mark). She has to change it the first time she logs in.

Please make sure the laptop is charged and back at school every morning.

Best regards,
Tom Verbeke
Teacher OKAN""", lang="en", rules=["password"], about=["valentina_rojas"],
         note="reset laptop password of a pupil sent to her mother in English; correctly addressed")

    # P14 -------------------------------------------------------------
    news = ["mulugeta_kahsay", "nasrullah_ahmadzai", "mariam_jalloh", "ahmad_zaheer"]
    pars = ["Startwachtwoorden nieuwe OKAN-leerlingen – januari 2025", "",
            "Leerlingen die verblijven in het opvangcentrum Heverlee. Gebruikersnaam = voornaam.naam"]
    rnd = random.Random("startpw")
    for k in news:
        p = P(k)
        pars.append("%s %s (%s) – gebruikersnaam %s – startwachtwoord %s" % (
            p["first"], p["last"], p["class"], p["mail"].split("@")[0],
            rnd.choice(["Start", "Welkom", "School"]) + "-" + str(rnd.randrange(1000, 9999))))
    pars += ["", "Het wachtwoord moet bij de eerste aanmelding gewijzigd worden."]
    mail("startwachtwoorden-opvang-docx", "2025-01-07 09:14", MPE, [RK_JV],
         "startwachtwoorden Smartschool", """Dag Joke,

In bijlage de startwachtwoorden van de jongeren die bij jullie verblijven en sinds deze week bij ons school lopen. Kunnen de begeleiders hen vanavond helpen om een eerste keer in te loggen op de computer in de studiezaal?

""" + SIG_MPE_T, atts=[("Startwachtwoorden_OKAN_jan2025.docx", make_docx(pars))],
         rules=["password", "personal_data"], about=news,
         note="Word document listing start passwords of four pupils sent to the reception centre; phone in signature")

    # P15 -------------------------------------------------------------
    mail("voicemail-pin-okangsm", "2024-11-05 08:20", GVH, [SEI], "OKAN-gsm deze week",
         """Sara,

Jij hebt deze week de OKAN-gsm. Als er een bericht op staat: voicemail beluisteren met de pincode 2580. Bel de ouders liefst terug met de telefoontolk als het in het Dari of Tigrinya is.

Griet""", rules=["password"], note="voicemail PIN of the OKAN phone sent to a colleague")

    # P16 -------------------------------------------------------------
    mail("wachtwoord-gedeelde-mailbox", "2024-11-07 14:31", GVH, [HLE], "toegang okan@",
         """Hoi Hilde,

Vanaf nu lees jij ook de gedeelde mailbox okan@spc.ksleuven.be mee (vooral de vragen van de vervolgscholen). Toevoegen als gedeelde mailbox lukt niet op jouw account, dus log maar gewoon in met:
okan@spc.ksleuven.be
Okan_Dijle_2024

Ik vraag aan Joris om het nadien te wijzigen.
Griet""", rules=["password"], note="password of the shared mailbox given to a colleague")

    # P17 -------------------------------------------------------------
    mail("telefoontolk-pin-team", "2024-11-12 12:45", GVH, [OKANTEAM], "telefoontolk: onze klantcode",
         """Dag allemaal,

Wie de ouders wil bellen met een tolk: de telefoontolk werkt met onze klantcode en een pincode. Het nummer staat op de affiche in de leraarskamer.

Klantnummer: 20417
Pincode: 6093

Kies daarna de taal (Dari = 31, Tigrinya = 47, Oekraïens = 52). Noteer elk gesprek in het schriftje bij de telefoon.

Griet""", rules=["password", "bcc"], fmt=["group-in-to"],
         note="phone-interpreting PIN sent to the OKAN team list which stands in To (staff group address should be BCC)")

    # P18 -------------------------------------------------------------
    mail("re-bibbezoek-wifi", "2024-11-13 10:02", LCL, [BIB_BL], "RE: bezoek OKAN3 vrijdag 22/11",
         """Dag Bieke,

Top, dank je. Ik heb het genoteerd en de leerlingen krijgen het ter plaatse op het bord:
wifi Bib-Gast, wachtwoord boekenwurm25

We komen met 14 leerlingen en 2 begeleiders, we zijn er rond 9u15.

Groeten,
Lien Claerhout
OKAN3

Van: Bieke Luyten <bieke.luyten@bib-leuven.be>
Verzonden: dinsdag 12 november 2024 15:10
Aan: Lien Claerhout <lien.claerhout@sintpieterscollege.be>
Onderwerp: bezoek OKAN3 vrijdag 22/11

Dag Lien, alles staat klaar voor vrijdag. Wil je de leerlingen vragen een identiteitsbewijs mee te brengen voor de bibkaart? Voor de tablets in de jeugdafdeling hebben ze het wachtwoord van ons gastnetwerk nodig: Bib-Gast / boekenwurm25
Groetjes, Bieke""", rules=["password"], reply_of="bib-leuven.be", fmt=["reply"],
         note="reply that repeats the library's guest Wi-Fi password (and quotes it)")

    # P19 -------------------------------------------------------------
    txt = "Printcodes OKAN-team 2024-2025\r\n\r\n"
    rnd = random.Random("printpins")
    for nm in ["Griet Vanhoutte", "Pieter Maes", "Sara El Idrissi", "Koen Wouters", "Lien Claerhout",
               "Tom Verbeke", "Nadia Boukhari", "Hilde Lemmens"]:
        txt += "%-18s PIN %04d\r\n" % (nm, rnd.randrange(10000))
    mail("printcodes-okanteam-txt", "2024-09-04 13:12", MPE, [GVH], "printcodes OKAN",
         """Dag Griet,

In bijlage de printcodes van jouw team, wil je ze zelf doorgeven? Wie zijn code kwijt is mag altijd langskomen.

Marleen""", atts=[("printcodes_OKAN.txt", txt.encode("utf-8"), "text/plain")], rules=["password"],
         note="text attachment with every team member's printer PIN")

    # P20 -------------------------------------------------------------
    mail("alarmcode-blok-c", "2025-03-27 17:05", BCO, [GVH], "zaterdag infomoment nieuwkomers",
         """Griet,

Ik ben zaterdag zelf niet op school. Jij opent blok C: de alarmcode is 1 9 7 3 gevolgd door #. Na afloop terug inschakelen met dezelfde code en de deur op slot.

Veel succes met het infomoment.
Bart

Bart Coppens
Directeur""", rules=["password"], note="alarm code of a building, digits separated by spaces")

    # P21 -------------------------------------------------------------
    mail("cijferslot-laptopkar", "2024-12-03 08:11", TVE, [PMA], "laptopkar",
         """Piet, ik ben ziek vandaag. Het cijferslot van de laptopkar in C.104 is 7-3-9-1. Laadkabels zitten in de bovenste lade.

Tom

Verzonden vanaf mijn iPhone""", rules=["password"], client="iphone", fmt=["phone"],
         note="padlock combination of the laptop cart sent from a phone")

    # P22 -------------------------------------------------------------
    mail("re-dmytro-login-quoted", "2024-10-24 19:48", PMA, [("Olena Kovalenko", "olena.kovalenko@gmail.com")],
         "RE: Dmytro cannot log in", """Dear Mrs Kovalenko,

I checked it at school today: Dmytro typed a small "d" instead of the capital. It works now. He can also use the school computers in the study room after 16:00.

Kind regards,
Pieter Maes

From: Pieter Maes
Sent: Monday 21 October 2024 09:15
To: Olena Kovalenko <olena.kovalenko@gmail.com>
Subject: RE: Dmytro cannot log in

Dear Mrs Kovalenko,
His login for Smartschool is dmytro.bondarenko and the password is Dm!tro-0915
Pieter

From: Olena Kovalenko <olena.kovalenko@gmail.com>
Sent: Sunday 20 October 2024 21:03
Subject: Dmytro cannot log in

Hello, my son Dmytro can not log in on Smartschool at home. What is his password? Thank you. Olena""",
         lang="en", rules=["password"], about=["dmytro_bondarenko"], reply_of="gmail.com", fmt=["reply", "quoted"],
         note="new text carries no secret but the quoted earlier reply contains the pupil's password; mother with another surname")

    # P23 -------------------------------------------------------------
    mail("ipad-code-in-onderwerp", "2024-11-19 10:26", TVE, [LCL], "nieuwe code klas-iPads: 0852",
         """zie onderwerp, ik heb ze vanmorgen allemaal aangepast
Tom""", rules=["password"], note="unlock code of the class iPads only in the subject line",
         fmt=["secret-in-subject"])

    # P24 -------------------------------------------------------------
    rows = [["Naam", "Klas", "Quizlet-gebruiker", "Wachtwoord"]]
    rnd = random.Random("quizlet")
    for p in class_list("OKAN1"):
        rows.append(["%s %s" % (p["first"], p["last"]), "OKAN1", "spc_" + ascii_slug(p["first"]) + str(rnd.randrange(100, 999)),
                     "okan" + str(rnd.randrange(1000, 9999))])
    mail("quizlet-logins-stagiaire-xlsx", "2025-02-10 16:20", SEI, [STAG], "Quizlet voor je stagelessen",
         """Dag Lotte,

Voor je lessen rond 'de stad' kan je de Quizlet-sets van OKAN1 gebruiken. In bijlage het overzicht met de accounts van de leerlingen (de wachtwoorden staan erbij, ze vergeten ze heel vaak).

Tot donderdag,
Sara""", atts=[("Quizlet_OKAN1.xlsx", make_xlsx(rows, "OKAN1"))], rules=["password"],
         note="real xlsx with pupil accounts and passwords sent to a student teacher", fmt=["class-list"])

    # P25 -------------------------------------------------------------
    mail("tolkenagenda-login-b64", "2024-11-25 21:37", GVH, [TOLK_UA], "shared calendar for the interpreters",
         """Hi Oksana,

From December on we plan all interpreter sessions in one shared calendar. You can see and book your own slots there:

https://okan-tolken.sintpieterscollege.be
user: tolken.okan
password: Tolk#Leuven24

Please do not share it outside the interpreters' team.

""" + SIG_EN_GVH, lang="en", enc="b64", client="thunderbird", rules=["password"],
         note="base64-encoded body with a shared calendar login for interpreters")

    # P26 -------------------------------------------------------------
    mail("laptop-abdullahi-qp", "2024-12-09 11:48", KWO, [V_AC], "leenlaptop Abdullahi",
         """Dag An,

Even een update over de leenlaptop van Abdullahi. Vorige week was zijn account geblokkeerd omdat hij drie keer na elkaar een verkeerd wachtwoord had ingegeven op de laptop van de opvang, en onze ICT-dienst heeft het daarom opnieuw ingesteld. Zijn tijdelijke wachtwoord is Welkom2024! en hij moet het bij de volgende aanmelding zelf veranderen in iets dat hij kan onthouden. Kan je hem daar in het weekend bij helpen? Hij mag de laptop ook in de kerstvakantie thuis houden, op voorwaarde dat hij de lader niet vergeet mee te brengen op maandag 6 januari.

Met vriendelijke groeten,

""" + SIG_KWO_T, enc="qp", rules=["password", "personal_data"], about=["abdullahi_warsame"],
         note="quoted-printable body with a temporary password for a pupil, to his guardian; phone in signature")

    # P27 -------------------------------------------------------------
    mail("lokale-admin-laptops", "2024-09-24 14:02", TVE, [EDUIT_ORD], "reimage OKAN-laptops 21-40",
         """Hallo,

Voor de herinstallatie van onze 20 OKAN-laptops (bestelling SO-2024-88412): het lokale beheerdersaccount op de toestellen is

gebruiker: okanadmin
wachtwoord: Sp!c-Okan-Adm1n

Graag het image van vorig schooljaar gebruiken, met LinguaStart en WoordWijs voorgeïnstalleerd.

""" + SIG_TVE, rules=["password"], note="local admin password of the loan laptops sent to the supplier; order number is a look-alike")

    # P28 -------------------------------------------------------------
    mail("zip-wachtwoord-clb", "2024-10-03 15:47", GVH, [CLB_KN], "wachtwoord bestand",
         """Dag Katrien,

Zoals afgesproken in een aparte mail: het wachtwoord van het zip-bestand met de intakefiches is

Clb!Intake-0310

Groeten,
Griet""", rules=["password"], note="password of a zip file sent in a separate mail to the CLB")

    # P29 -------------------------------------------------------------
    sched = [["Datum", "Uur", "Taal", "Tolk", "Klas", "Wat"],
             ["ma 13/01", "13:30-15:00", "Arabisch", "A. Rahmani", "OKAN1", "oudercontact"],
             ["di 14/01", "15:45-17:30", "Oekraïens", "O. Bondar", "OKAN2", "oudercontact"],
             ["do 16/01", "15:45-17:30", "Dari/Pashto", "F. Nazari", "OKAN3", "oudercontact"],
             ["vr 17/01", "13:30-15:00", "Tigrinya", "T. Haile", "OKAN4", "oudercontact"],
             ["di 21/01", "09:00-10:00", "Frans/Pular", "M. Sow", "OKAN1", "onthaal nieuwe leerlingen"]]
    mail("tolkenplanning-januari-beveiligd", "2024-12-18 13:33", GVH, [TOLK_PLAN],
         "tolkenplanning januari (beveiligd bestand)", """Beste,

In bijlage onze aanvraag voor de tolken in januari. Het Excel-bestand is beveiligd, het wachtwoord om het te openen is planning2425

Kunnen jullie de namen van de tolken bevestigen vóór de kerstvakantie?

""" + SIG_GVH_T, atts=[("Tolkenplanning_jan2025.xlsx", make_xlsx(sched, "januari"))],
         rules=["password", "personal_data"],
         note="password that opens the attached spreadsheet; phone number in signature")

    # P30 -------------------------------------------------------------
    mail("nieuw-wachtwoord-mohammad-gesplitst", "2024-11-28 12:59", PMA, [("Mohammad Ahmadi", pmail("mohammad_ahmadi"))],
         "je nieuwe wachtwoord", """Hoi Mohammad,

Je nieuwe wachtwoord voor Smartschool. Schrijf het in je agenda.

Eerste deel: Boom
Tweede deel: 48
Laatste deel: !rood

Dus alles aan elkaar, zonder spaties.

Meneer Pieter""", rules=["password"], about=["mohammad_ahmadi"],
         note="a pupil's new password split over three lines, sent to the pupil himself")

    # P31 -------------------------------------------------------------
    mail("tijdelijk-wachtwoord-nadia", "2024-09-06 10:03", JVB, [NBO], "je account is gereset",
         """Dag Nadia,

Je account is ontgrendeld. Je tijdelijk wachtwoord is Tijdelijk-8842

Meld je aan op https://portal.office.com en kies meteen een nieuw wachtwoord van minstens 12 tekens.

Joris
ICT""", rules=["password"], note="temporary password from ICT to a colleague")

    # P32 -------------------------------------------------------------
    mail("ipad-code-stagiaire", "2025-02-11 07:45", SEI, [STAG], "iPads",
         """Lotte, nog vergeten gisteren: de code van de klas-iPads is 0852. Ze liggen in de kast achteraan.
Sara""", rules=["password"], note="iPad unlock code sent to a student teacher (external)")

    # P33 -------------------------------------------------------------
    mail("door-code-volunteers-en", "2025-01-15 11:30", GVH, [RK_EC], "Wednesday homework club",
         """Hi Emily,

Great that three of your volunteers will help with the homework club on Wednesday afternoons. They can enter the OKAN building through the side entrance on the Dijle side. The door code is 2468# and it works from 12:30 till 17:00.

Room C.012 will be open, the Dutch workbooks are in the grey cupboard.

""" + SIG_EN_GVH, lang="en", rules=["password"], note="door code of the OKAN building for volunteers, in English")

    # P34 -------------------------------------------------------------
    mail("code-porte-interprete-fr", "2025-01-20 08:55", NBO, [TOLK_FR], "Accueil mardi matin",
         """Bonjour Mariama,

Merci d'être là mardi pour l'accueil des nouveaux élèves guinéens. Si je suis encore en classe quand vous arrivez, entrez par la porte latérale : le code de la porte du bâtiment C est 3105. Le wifi invité est SPC-Gast, mot de passe Dijle!2024gast.

À mardi,
Nadia Boukhari
OKAN – Sint-Pieterscollege""", lang="fr", rules=["password"],
         note="door code and Wi-Fi key for an interpreter, in French")

    # P35 -------------------------------------------------------------
    mail("fwd-linguastart-admin-prive", "2024-09-10 21:14", LCL, [("Lien", "lien.claerhout@hotmail.com")],
         "Fwd: Welcome to LinguaStart for Schools", """om thuis verder te kunnen werken

---------- Doorgestuurd bericht ----------
Van: LinguaStart <welcome@linguastart.eu>
Datum: di 10 sep 2024 om 14:02
Onderwerp: Welcome to LinguaStart for Schools
Aan: <lien.claerhout@sintpieterscollege.be>

Dear teacher,

Your school licence for LinguaStart (120 pupils) is now active.
Teacher dashboard: https://schools.linguastart.eu
Username: lien.claerhout@sintpieterscollege.be
Temporary password: LS-7hQ2-wZp9

Please change your password after your first login.

The LinguaStart team""", lang="en", rules=["password", "private_account"], fmt=["forward"],
         note="teacher forwards a school licence mail with an admin password to her own private hotmail")


def define_lookalikes():
    # L01 -------------------------------------------------------------
    mail("rdv-hotel-de-ville-mamadou", "2024-09-11 11:22", MPE, [("Alpha Diallo", "alpha.diallo@yahoo.fr")],
         "Rendez-vous hôtel de ville - Mamadou Diallo", """Bonjour Monsieur Diallo,

Pour la carte de bibliothèque et l'abonnement de bus de Mamadou, l'école a pris un rendez-vous à l'hôtel de ville de Leuven :

Date : mercredi 18 septembre à 14h00
Numéro de rendez-vous : 58213
Guichet : 4 (rez-de-chaussée)

Mamadou peut y aller avec sa classe OKAN4, son professeur M. Wouters l'accompagne. Vous ne devez rien faire.

Bien à vous,
Marleen Peeters
Secrétariat des élèves""", lang="fr", about=["mamadou_diallo"],
         note="appointment number and counter number are look-alikes, nothing secret; practical mail to the pupil's father")

    # L02 -------------------------------------------------------------
    rows = [["Leerling", "Herkomst", "Niveau NT2", "Lezen", "Schrijven", "Klas volgend trimester"]]
    rnd = random.Random("niveaus3")
    for p in class_list("OKAN3"):
        lv = rnd.choice(["A1", "A1+", "A2", "A2", "A2+", "B1"])
        rows.append(["%s %s" % (p["first"], p["last"]), "", lv, rnd.choice(["A1", "A2", "A2"]),
                     rnd.choice(["A1", "A1", "A2"]), "OKAN3" if lv.startswith("A1") else "OKAN4"])
    mail("niveaus-okan3-trimester1", "2024-12-12 17:40", LCL, [HLE], "niveaus OKAN3 na trimester 1",
         html=outlook_html(paras("""Dag Hilde,

Hierbij de niveaus van OKAN3 na de toetsen van december (ERK-niveaus). Wie A2 of hoger haalt schuift in januari door naar OKAN4. Herkomst laat ik leeg, die staat in Smartschool.
""") + table([r[:1] + r[2:] for r in rows]) + paras("""
Lokaal blijft B.012 (lesrooster code OK3-NED-A). Groetjes
Lien""")), note="class list with CEFR level codes (A1/A2/B1), room and course code: look-alikes, no secret, no sensitive fact",
         fmt=["table", "class-list"])

    # L03 -------------------------------------------------------------
    mail("lokaalwijziging-donderdag", "2024-10-08 07:31", PMA, [KWO], "lokaal donderdag",
         """Koen,

Donderdag zit OKAN2 het 3de en 4de uur in C.104 in plaats van B.012 (toets NT2-A2.2 in de computerklas). Kan jij met OKAN4 naar B.012? Zelfde aantal stoelen.

Pieter""", note="room numbers and a course code, nothing that opens anything")

    # L04 -------------------------------------------------------------
    three = ["samiullah_safi", "ali_rezaei", "hamid_stanekzai"]
    mail("inschrijving-fedasil-referenties", "2024-09-04 14:18", MPE, [FED_MG],
         "inschrijvingen september - jullie referenties", """Beste Mathias,

De drie jongeren die jullie vorige week aanmeldden zijn ingeschreven in het OKAN. Voor jullie administratie de klasgegevens met jullie dossierreferentie:

Samiullah Safi – OKAN4 – jullie ref. FED/TIE/2024/0871
Ali Rezaei – OKAN4 – jullie ref. FED/TIE/2024/0874
Hamid Stanekzai – OKAN3 – jullie ref. FED/TIE/2024/0902

De lessen beginnen om 8u25; de jongeren mogen vanaf 8u00 in de refter wachten. De schoolbus van De Lijn (lijn 2) stopt aan de Tiensepoort.

Vriendelijke groeten,
Marleen Peeters
Leerlingensecretariaat Sint-Pieterscollege""", about=three,
         note="reception-centre file numbers and bus line are look-alikes; enrolment confirmation without sensitive facts")

    # L05 -------------------------------------------------------------
    mail("betaling-uitstap-stadhuis-ogm", "2025-02-04 10:16", BOE, [("Natalia Lysenko", "natalia.lysenko@gmail.com")],
         "Payment school trip Taras and Mariia", """Dear Mrs Lysenko,

You asked how to pay the bus for the trip to the town hall (2 x € 4,00). Please use the bank account on the invoice in Smartschool and this payment reference:

""" + ogm("2501020457") + """

The reference is the same for both children. Thank you!

Rita Smets
Accounting – Sint-Pieterscollege""", lang="en", about=["taras_lysenko", "mariia_lysenko"],
         note="structured payment reference (OGM) is a look-alike; ordinary invoice question, nothing unpaid; siblings share the mother")

    # L06 -------------------------------------------------------------
    mail("bestelling-laders-ordernummer", "2024-10-01 09:40", TVE, [EDUIT_ORD], "bestelling SO-2024-88412 - laders",
         """Goedemorgen,

Bij de levering van bestelling SO-2024-88412 ontbreken 3 laders (USB-C 65W). Het gaat om de toestellen met serienummer 5CD2381KQ7, 5CD2381KR2 en 5CD2381L0C. Klantnummer Sint-Pieterscollege: 100248.

Kunnen jullie die nasturen naar het schooladres, t.a.v. Tom Verbeke, blok C?

""" + SIG_TVE, note="order, serial and customer numbers are look-alikes")

    # L07 -------------------------------------------------------------
    mail("wachtwoord-verloopt-herinnering", "2025-01-27 08:00", ICT, [KWO], "Je wachtwoord verloopt binnen 5 dagen",
         """Dag Koen,

Je schoolwachtwoord verloopt binnen 5 dagen. Wijzig het tijdig via https://passwordreset.microsoftonline.com of via Ctrl+Alt+Del op een schoolcomputer.

Let op: ICT vraagt je nooit om je wachtwoord per mail door te sturen.

ICT Sint-Pieterscollege""", note="password expiry notice without any password")

    # L08 -------------------------------------------------------------
    mail("password-helpdesk-kacper-en", "2024-10-23 17:12", PMA, [("Agnieszka Nowak", "agnieszka.nowak@wp.pl")],
         "RE: Kacper password", """Dear Mrs Nowak,

I am sorry, but I am not allowed to send passwords by e-mail. Kacper can ask for a new password at the ICT helpdesk at school (room C.003, every day during the lunch break). He only needs his student card.

Best regards,
Pieter Maes
Teacher OKAN2""", lang="en", about=["kacper_nowak"], reply_of="wp.pl", fmt=["reply"],
         note="talks about a password but carries none; correctly addressed to the pupil's mother")

    # L09 -------------------------------------------------------------
    mail("teams-overleg-clb-intakes", "2024-09-19 13:00", GVH, [CLB_KN], "Overleg intakes nieuwkomers",
         html=outlook_html(paras("""Dag Katrien,

Hierbij de uitnodiging voor ons overleg over de planning van de CLB-intakes van oktober.
""") + """<div style="margin-bottom:24pt">
<p class="MsoNormal">________________________________________________________________________________<o:p></o:p></p>
<p class="MsoNormal"><b><span style="font-size:18.0pt;font-family:&quot;Segoe UI&quot;,sans-serif;color:#252424">Microsoft Teams-vergadering</span></b><o:p></o:p></p>
<p class="MsoNormal"><b><span style="font-size:10.5pt;font-family:&quot;Segoe UI&quot;,sans-serif;color:#252424">Deelnemen op uw computer, mobiele app of apparaat in de ruimte</span></b><o:p></o:p></p>
<p class="MsoNormal"><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzA1ZTk4ZDAtYjQ1Ni00OGE2LWI1ZjMtOTdiZGQ5ZWM1ZTdm%40thread.v2/0?context=%7b%22Tid%22%3a%2207f1e5a1-8f63-4d2b-9a3e-1c5b8e6f2a90%22%7d"><b><span style="font-size:10.5pt;font-family:&quot;Segoe UI Semibold&quot;,sans-serif;color:#5B5FC7">Klik hier om deel te nemen aan de vergadering</span></b></a><o:p></o:p></p>
<p class="MsoNormal"><span style="font-size:10.5pt;font-family:&quot;Segoe UI&quot;,sans-serif;color:#252424">Vergaderings-id: 349 825 417 603<br>Wachtwoordcode: Vq9xTj<o:p></o:p></span></p>
<p class="MsoNormal"><a href="https://www.microsoft.com/microsoft-teams/download-app"><span style="font-size:10.5pt;color:#5B5FC7">Teams downloaden</span></a> | <a href="https://www.microsoft.com/microsoft-teams/join-a-meeting"><span style="font-size:10.5pt;color:#5B5FC7">Deelnemen op het web</span></a><o:p></o:p></p>
<p class="MsoNormal">________________________________________________________________________________<o:p></o:p></p>
</div>
""" + paras("""Tot dan,
Griet""")), note="Teams invitation with meeting id and passcode: meeting passcodes are allowed by default",
         fmt=["meeting-invite"])

    # L10 -------------------------------------------------------------
    mail("zoom-interpreter-briefing-en", "2024-10-04 10:20", GVH, [TOLK_TI], "Briefing for interpreters - Zoom",
         """Dear Tesfaye,

Before the parent-teacher evenings we organise a short online briefing for all interpreters (30 minutes) on Tuesday 8 October at 19:00.

Join Zoom Meeting
https://us06web.zoom.us/j/84512093377?pwd=Zk1QbW9yTnE2cUx2R0hxVGR4c1RLUT09

Meeting ID: 845 1209 3377
Passcode: 613029

""" + SIG_EN_GVH, lang="en", note="Zoom invitation with passcode, allowed by default", fmt=["meeting-invite"])

    # L11 -------------------------------------------------------------
    rows = [["Inventarisnr.", "Serienummer", "Kluis", "Status"]]
    rnd = random.Random("inventaris")
    for i in range(1, 21):
        rows.append(["LPT-OKAN-%02d" % i, "5CD23%02dK%s%d" % (rnd.randrange(70, 99), rnd.choice("PQRS"), rnd.randrange(10)),
                     "kast C.104 / vak %d" % ((i - 1) // 5 + 1), rnd.choice(["in gebruik", "in gebruik", "in gebruik", "herstelling"])])
    mail("inventaris-leenlaptops", "2024-10-30 11:11", TVE, [GVH], "inventaris leenlaptops OKAN",
         html=outlook_html(paras("""Griet,

Voor de audit van de directie, de stand van de leenlaptops (reeks 1-20):
""") + table(rows) + paras("""
Tom""")), note="inventory and serial numbers, storage compartments: look-alikes", fmt=["table"])

    # L12 -------------------------------------------------------------
    mail("toetsnummers-itna-okan4", "2025-05-14 14:05", KWO, [HLE], "taaltoetsen juni - toetsnummers",
         """Hilde,

De inschrijving voor de eindtoets NT2 is rond. Onze sessies:

Sessie T-2025-0412 – di 10/06 – OKAN4 groep 1 – lokaal C.201
Sessie T-2025-0413 – di 10/06 – OKAN4 groep 2 – lokaal C.202
Sessie T-2025-0419 – do 12/06 – inhaaltoets – lokaal C.201

De leerlingen krijgen hun persoonlijke inlogcodes pas op de dag zelf op papier van de toetsverantwoordelijke.

Koen""", note="test session numbers and rooms; the personal codes are explicitly not in the mail")

    # L13 -------------------------------------------------------------
    mail("bestelling-boeken-isbn", "2024-09-02 15:31", SEI, [BOEKH], "bestelling leesboekjes OKAN",
         """Goedemiddag,

Graag bestellen wij voor de OKAN-klassen:

15 x 'Zo gezegd 1' – ISBN 978-90-334-9876-5
15 x 'Lezen op maat A1' – ISBN 978-94-6416-101-2
8 x woordenboek Nederlands-Arabisch – ISBN 978-90-6648-212-9

Factuur op naam van Sint-Pieterscollege, klantnummer 4471, referentie PO-OKAN-2409.

Met vriendelijke groeten,
Sara El Idrissi""", note="ISBN, customer and PO numbers are look-alikes")

    # L14 -------------------------------------------------------------
    mail("klascodes-smartschool-vakken", "2024-09-03 16:25", GVH, [NBO], "vakcodes en klascodes",
         """Dag Nadia,

In Smartschool vind je jouw vakken onder deze codes:
OK1-FR-NL (Frans-Nederlands brugles OKAN1)
OK2-WO (wereldoriëntatie OKAN2)
Klascodes: OKAN1, OKAN2. Het lokaal is voorlopig B.107, vanaf oktober B.109.

Griet""", note="course and class codes that open nothing")

    # L15 -------------------------------------------------------------
    rows = [["Leerling", "Kluisje"]]
    for i, p in enumerate(class_list("OKAN3"), 112):
        rows.append(["%s %s" % (p["first"], p["last"]), str(i)])
    mail("kluisjes-turnzaal-okan3", "2024-09-13 12:02", WGO, [LCL], "kluisjes turnzaal OKAN3",
         html=outlook_html(paras("""Hoi Lien,

De kluisjes in de kleedkamer voor OKAN3. De sleuteltjes liggen op het secretariaat tegen een waarborg van 5 euro.
""") + table(rows) + paras("""
Sportieve groet,
Wim""")), note="locker numbers in a class list, keys physical at the secretariat: no secret", fmt=["table", "class-list"])


def define_sensitive():
    # S01 family -------------------------------------------------------
    mail("selam-moeder-overleden", "2024-09-20 12:34", GVH, [HLE], "Selam Berhane (OKAN3)",
         """Hilde,

Nog iets wat ik je vergat te vertellen op het overleg: Selam Berhane uit OKAN3 is alleen naar België gekomen. Haar moeder is onderweg in Libië overleden, haar vader is nooit in beeld geweest. Ze heeft een voogd (Els Vandamme).

Als je in het tweede trimester het oriëntatiegesprek met haar hebt, vraag dus niet naar de ouders.

Griet""", cats=["family"], about=["selam_berhane"],
         note="death of a pupil's mother and absent father told to a colleague")

    # S02 family -------------------------------------------------------
    mail("artem-ophalen-vader-niet", "2024-09-25 08:47", KWO, [MPE], "Artem Petrenko OKAN3 - wie mag hem ophalen",
         """Dag Marleen,

Mevrouw Petrenko (mama van Artem Petrenko, OKAN3, en van Viktoriia Hrytsenko, OKAN1) was gisteren op school. Zij is gescheiden van de vader van Artem. Volgens een uitspraak van de rechtbank in Kyiv heeft zij alleen het gezag; de vader, Oleksandr Petrenko, woont ook in België maar mag Artem niet van school ophalen. Zij brengt vandaag een kopie van het vonnis.

Wil je dit noteren in het leerlingvolgsysteem en de mensen van het onthaal verwittigen?

Koen""", cats=["family"], about=["artem_petrenko"],
         note="divorce and custody decision about a named pupil, to the school secretariat")

    # S03 medical in passing ------------------------------------------
    mail("bibliotheque-grace-hopital-fr", "2024-11-14 16:10", LCL, [("Jean-Pierre Mbuyi", "jp.mbuyi@yahoo.fr")],
         "Sortie à la bibliothèque vendredi 22/11", """Bonjour Monsieur Mbuyi,

Vendredi 22 novembre, la classe OKAN3 va à la bibliothèque de Leuven pour faire une carte de bibliothèque. Comme Grâce a ce jour-là son rendez-vous à l'hôpital pour le suivi de sa drépanocytose, elle peut nous rejoindre directement à la bibliothèque vers 11h si elle le souhaite. Sinon, nous ferons sa carte une autre fois.

Merci de me tenir au courant.

Lien Claerhout
Titulaire OKAN3""", lang="fr", cats=["medical"], about=["grace_mbuyi"],
         note="practical trip mail that mentions in passing a hospital follow-up for sickle cell disease; correctly addressed")

    # S04 family -------------------------------------------------------
    mail("amanuel-vader-gevangenis", "2024-10-07 15:20", GVH, [V_LP], "Amanuel - gezinshereniging",
         """Dag Lies,

Amanuel kwam vandaag naar me toe met een brief van de advocaat over de gezinshereniging. Hij begreep er weinig van. Hij vertelde me ook dat zijn vader sinds vorig jaar in de gevangenis zit in Eritrea en dat hij niets meer van hem gehoord heeft, en dat zijn moeder en zussen nog in een kamp in Ethiopië zitten.

Kunnen we eens samenzitten met hem, eventueel met Tesfaye als tolk? Ik ben vrij op donderdagnamiddag.

Groeten,
""" + SIG_GVH_T, cats=["family"], rules=["personal_data"], about=["amanuel_tesfay"],
         note="father in prison and family in a camp, to the pupil's guardian (correct); phone in signature")

    # S05 family -------------------------------------------------------
    mail("re-yonas-pleeggezin", "2024-11-21 09:05", GVH, [V_LP], "RE: Yonas verhuist",
         """Dag Lies,

Bedankt voor de info. We passen zijn adres aan in Smartschool. Fijn dat het pleeggezin in Kessel-Lo woont, dan kan hij met de fiets komen.

Ik geef het door aan Koen (titularis) en aan het secretariaat, zonder details.

Griet

Van: Lies Peeters <lies.peeters@voogdij-vzw.be>
Verzonden: woensdag 20 november 2024 18:40
Aan: Griet Vanhoutte <griet.vanhoutte@sintpieterscollege.be>
Onderwerp: Yonas verhuist

Dag Griet, ter info: Yonas Gebremedhin verlaat maandag het opvangcentrum. Via Jeugdhulp is een pleeggezin gevonden in Kessel-Lo. Zijn broer blijft voorlopig in Heverlee. Groetjes, Lies""",
         cats=["family"], about=["yonas_gebremedhin"], reply_of="voogdij-vzw.be", fmt=["reply", "quoted"],
         note="foster family placement of a pupil (in the quoted part) in a reply to his guardian")

    # S06 family -------------------------------------------------------
    mail("hiba-geweld-thuis-clb", "2025-01-29 13:14", NBO, [CLB_KN], "dringend: Hiba Alkhatib (OKAN1)",
         """Dag Katrien,

Hiba Alkhatib (OKAN1, 12 jaar) vertelde me vandaag in het Arabisch dat haar vader thuis haar broer Omar (OKAN4) slaat met een riem, en dat ze bang is als hij kwaad wordt. Ze had een blauwe plek op haar pols maar zei dat ze gevallen was.

Ik heb nog niets met de ouders besproken. Wat is de volgende stap? Moeten we het VK melden?

Nadia Boukhari
OKAN1""", cats=["family", "psychosocial"], about=["hiba_alkhatib", "omar_alkhatib"],
         note="violence at home disclosed by a pupil (family) and her fear (psychosocial), to the CLB")

    # S07 family MISDIRECTED ------------------------------------------
    mail("bilal-broer-gesloten-centrum", "2025-02-06 16:48", GVH, [("An Claessens", "an.claessens@telenet.be")],
         "Bilal - nieuws over zijn broer", """Dag An,

Bilal was vandaag erg stil in de klas. Na de les vertelde hij dat zijn oudere broer, de enige familie die hij in België heeft, gisteren is opgepakt en naar het gesloten centrum in Merksplas is gebracht. Hij wil hem bezoeken.

Weet jij of dat kan, en wie dat moet aanvragen? Ik kan Bilal volgende week woensdagnamiddag vrijgeven.

Groeten,
Griet""", cats=["family"], about=["bilal_noorzai"], mis=True,
         note="about Bilal Noorzai (guardian an.claes.voogd@telenet.be) but autocomplete chose an.claessens@telenet.be, parent of Lotte Vermeulen")

    # S08 family -------------------------------------------------------
    mail("sofiia-vader-gesneuveld", "2024-10-10 12:50", PMA, [GVH, AWU], "Sofiia Melnyk",
         """Griet, Ann,

Even ter info: de mama van Sofiia Melnyk belde vanmorgen. De vader van Sofiia is vorige week aan het front gesneuveld. Sofiia blijft deze week thuis. Ik zou het volgende week in de klas kort vermelden als de mama en Sofiia daarmee akkoord zijn.

Pieter""", cats=["family"], about=["sofiia_melnyk"], note="death of a pupil's father, to two colleagues")

    # S09 psychosocial -------------------------------------------------
    mail("sofiia-gepest-instagram", "2024-11-18 15:58", PMA, [AWU], "pesterijen Sofiia (OKAN2)",
         """Dag Ann,

Ik denk dat we moeten ingrijpen. Sofiia Melnyk wordt al twee weken uitgelachen door een groepje meisjes uit 2C. Ze maken filmpjes als ze Nederlands praat en zetten die op een Instagram-account ('okan_clowns'). Vandaag wou ze niet meer naar de speelplaats. Ik heb screenshots, die geef ik je morgen op een stick.

Kan jij met de meisjes uit 2C praten? Ik ken hun namen niet allemaal.

Pieter""", cats=["psychosocial"], about=["sofiia_melnyk"], kind="html", client="owa",
         note="a named pupil bullied on social media, to the pupil counsellor")

    # S10 psychosocial MISDIRECTED ------------------------------------
    mail("re-sofiia-pesten-verkeerde-thread", "2024-11-20 20:31", PMA, [("Olena Kovalenko", "olena.kovalenko@gmail.com")],
         "RE: meeting Wednesday", """Dear Mrs Melnyk,

Thank you for coming to school today. As promised: the girls from 2C who bullied Sofiia had a talk with our counsellor and their parents were informed. The Instagram account has been deleted. One of the girls will get a detention on Wednesday.

If Sofiia still does not want to go outside during the break, she can stay with me in the classroom.

Kind regards,
Pieter Maes

From: Olena Kovalenko <olena.kovalenko@gmail.com>
Sent: Monday 18 November 2024 08:12
Subject: meeting Wednesday

Hello mr Maes, can I see you Wednesday about the results of Dmytro? Olena""",
         lang="en", cats=["psychosocial"], about=["sofiia_melnyk"], mis=True, reply_of="gmail.com", fmt=["reply"],
         note="answer for Sofiia Melnyk's mother sent in the thread of Olena Kovalenko, mother of Dmytro Bondarenko")

    # S11 psychosocial -------------------------------------------------
    mail("zahra-zelfverwonding-clb", "2024-12-05 11:26", LCL, [CLB_KN], "zorgen over Zahra Ahmadi (OKAN3)",
         """Dag Katrien,

Bij de turnles zag Wim (LO) gisteren verse snijwondjes op de onderarmen van Zahra Ahmadi. Ik heb vanmorgen met haar gepraat. Ze gaf toe dat ze zichzelf snijdt 's avonds, 'als ze niet kan slapen'. Ze wil absoluut niet dat haar vader het weet.

Kan jij haar deze week nog zien? Ze heeft vrijdag het 5de uur vrij.

Lien Claerhout
OKAN3""", cats=["psychosocial"], about=["zahra_ahmadi"], note="self-harm of a named pupil, to the CLB")

    # S12 psychosocial ------------------------------------------------
    mail("yassine-bagarre-exclusion-fr", "2025-01-16 17:22", KWO, [("H. El Amrani", "h.elamrani@gmail.com")],
         "Yassine - exclusion de deux jours", """Monsieur El Amrani,

Je vous informe qu'aujourd'hui pendant la récréation, Yassine s'est battu avec un élève de 4B. L'autre élève a le nez en sang. Après un entretien avec la direction, Yassine est exclu de l'école le vendredi 17 et le lundi 20 janvier (exclusion temporaire). Il reçoit des devoirs à faire à la maison.

Nous vous invitons à un entretien le mardi 21 janvier à 16h00, avec un interprète si vous le souhaitez.

Cordialement,
Koen Wouters
Titulaire OKAN4
Sint-Pieterscollege Leuven – tél. 016 29 84 10""", lang="fr", cats=["psychosocial"], rules=["personal_data"],
         about=["yassine_elamrani"], note="fight and temporary exclusion of a pupil, to his father in French; phone in signature")

    # S13 psychosocial police -----------------------------------------
    mail("samiullah-politie-winkeldiefstal", "2025-02-12 09:37", KWO, [V_KB], "Samiullah gisteren",
         """Dag Karim,

De opvoeders van de opvang hebben je waarschijnlijk al ingelicht: Samiullah werd gisteren na school door de politie meegenomen na een winkeldiefstal in de Action op de Diestsestraat, samen met twee jongens van buiten de school. Hij heeft de nacht op het commissariaat doorgebracht.

Hij is vandaag op school maar erg onrustig. Kunnen we donderdag om 12u30 even bellen?

Koen""", cats=["psychosocial"], about=["samiullah_safi"],
         note="police arrest for shoplifting, to the pupil's guardian (correct)")

    # S14 psychosocial anxiety ----------------------------------------
    mail("mohammed-paniek-vliegtuigen", "2024-10-15 16:44", SEI, [HLE, AWU], "Mohammed Barry",
         """Dag Hilde, Ann,

Mohammed Barry (OKAN1) heeft al drie keer een paniekaanval gehad in de klas, telkens als er een helikopter of vliegtuig laag overvliegt. Hij kruipt dan onder de bank en is daarna een uur lang niet aanspreekbaar. Hij slaapt slecht, zegt hij.

Wie kan hier mee helpen? Ik weet niet goed hoe ik moet reageren.

Sara""", cats=["psychosocial"], about=["mohammed_barry"], note="panic attacks of a named pupil, to colleagues")

    # S15 psychosocial depression -------------------------------------
    mail("ali-rezaei-somber", "2025-03-13 13:08", KWO, [V_EV], "zorgen over Ali",
         """Dag Els,

Ik maak me zorgen over Ali Rezaei. Sinds de krokusvakantie eet hij 's middags niets, hij zit met zijn hoofd op de bank en hij zei gisteren tegen een klasgenoot dat hij 'niet meer wil leven als hij niet mag blijven'. We hebben met hem gepraat en het CLB is verwittigd.

Kan jij vandaag nog met hem en de opvoeders van de opvang contact opnemen?

Met vriendelijke groeten,

""" + SIG_KWO_T, cats=["psychosocial"], rules=["personal_data"], about=["ali_rezaei"],
         note="depressive signs and suicidal remark of a pupil, to his guardian (correct); phone in signature")

    # S16 medical vaccination -----------------------------------------
    mail("amanuel-vaccinatie-bmr", "2024-11-06 10:52", GVH, [V_LP], "vaccinatie Amanuel",
         """Dag Lies,

Het CLB heeft de vaccinatiecheck van Amanuel afgerond. Hij heeft geen bewijs van BMR (mazelen, bof, rodehond) en ook geen tetanus. De CLB-arts stelt voor om hem op donderdag 14 november op school in te enten. Kan jij als voogd het toestemmingsformulier tekenen?

Groet,
Griet""", cats=["medical"], about=["amanuel_tesfay"], note="missing vaccinations of a named pupil, to his guardian (correct)")

    # S17 medical MISDIRECTED -----------------------------------------
    mail("zahra-tbc-screening-verkeerde-ahmadi", "2024-10-22 14:25", GVH, [("Ahmadi family", "ahmadi.family@gmail.com")],
         "TB screening result - Zahra", """Dear Mr Ahmadi,

The CLB doctor asked me to inform you that the tuberculosis skin test of Zahra Ahmadi (OKAN3) was positive. This does not mean that she is ill, but she needs a lung X-ray at the hospital (AZ Dijleland, pulmonology) within two weeks. The CLB will send you the referral letter.

Zahra can keep coming to school normally.

""" + SIG_EN_GVH, lang="en", cats=["medical"], about=["zahra_ahmadi"], mis=True,
         note="Zahra Ahmadi's parent is r.ahmadi1979@hotmail.com; sent to ahmadi.family@gmail.com, the family of Mohammad Ahmadi (same surname)")

    # S18 medical diabetes --------------------------------------------
    mail("rojin-diabetes-team", "2024-09-10 17:02", NBO, [PMA, TVE, WGO], "Rojin Hasan (OKAN2) - diabetes",
         """Dag collega's,

Rojin Hasan uit OKAN2 heeft diabetes type 1. Ze heeft een insulinepomp en een sensor op haar arm, haar gsm geeft een alarm als haar suiker te laag is: laat haar dan altijd haar gsm bekijken, ook tijdens een toets.

Bij een hypo (beven, zweten, wit zien): druivensuiker geven (ligt in haar schooltas en in de EHBO-kast C.003), daarna iets eten. Bij turnen graag een flesje cola in de buurt.

Nadia""", cats=["medical"], about=["rojin_hasan"], note="diabetes and treatment of a named pupil, to colleagues")

    # S19 medical in a table ------------------------------------------
    rows = [["Leerling", "Klas", "Aandachtspunt"],
            [fullname("andrei_popescu"), "OKAN3", "epilepsie – noodmedicatie (Buccolam) zit in zijn rugzak"],
            [fullname("valentina_rojas"), "OKAN2", "ernstige pinda-allergie – EpiPen"],
            [fullname("rojin_hasan"), "OKAN2", "diabetes type 1 – mag altijd eten"],
            [fullname("kacper_nowak"), "OKAN2", "–"],
            [fullname("ana_costa"), "OKAN3", "–"]]
    mail("bibbezoek-medische-aandachtspunten", "2024-11-20 14:49", LCL, [BIB_BL], "deelnemerslijst bezoek vrijdag",
         html=outlook_html(paras("""Dag Bieke,

Voor vrijdag: hieronder de leerlingen die in het groepje van de jeugdafdeling zitten, met de aandachtspunten die jullie begeleiders moeten kennen.
""") + table(rows) + paras("""
Een leerkracht blijft in de buurt. Tot vrijdag!
Lien""")), cats=["medical"], about=["andrei_popescu", "valentina_rojas", "rojin_hasan"],
         note="table of pupils with epilepsy, allergy and diabetes sent to the library", fmt=["table"])

    # S20 medical injury ----------------------------------------------
    mail("mamadou-genou-urgences-fr", "2025-03-18 11:41", WGO, [("Alpha Diallo", "alpha.diallo@yahoo.fr")],
         "Mamadou blessé au cours de gym", """Bonjour Monsieur Diallo,

Pendant le cours de gymnastique de ce matin, Mamadou est tombé et s'est fait mal au genou gauche. Il ne pouvait plus marcher. Ma collègue l'a conduit aux urgences de l'AZ Dijleland. Selon le médecin c'est une entorse ; il a une attelle et doit utiliser des béquilles pendant deux semaines.

Pour l'assurance scolaire, je vous envoie les documents demain.

Wim Goossens
Professeur d'éducation physique
Sint-Pieterscollege - 016 29 84 00""", lang="fr", charset="iso-8859-1", enc="qp", client="thunderbird",
         cats=["medical"], rules=["personal_data"],
         about=["mamadou_diallo"], note="injury and emergency room visit, to the pupil's father in French; phone in signature")

    # S21 medical pregnancy -------------------------------------------
    mail("maryam-yusuf-zwanger-orientering", "2025-01-23 15:03", GVH, [HLE], "Maryam Yusuf - volgend schooljaar",
         """Hilde,

Voor jouw planning van de doorstroom: Maryam Yusuf (OKAN4, 17 jaar) is zwanger, uitgerekend begin mei. Ze wil na de bevalling verder studeren (zorg). Misschien kunnen we samen kijken welke school in september een flexibel traject aanbiedt.

Ze weet dat ik het aan jou doorgeef.
Griet""", cats=["medical"], about=["maryam_yusuf"], note="pregnancy of a 17-year-old pupil, to the follow-up coach")

    # S22 medical hearing ---------------------------------------------
    mail("elif-gehoortest-en", "2024-10-29 09:55", SEI, [("Mehmet Yıldız", "mehmet.yildiz@hotmail.com")],
         "Hearing test Elif", """Dear Mr Yıldız,

During the CLB medical check last week the nurse found that Elif hears badly with her left ear. That explains why she does not always react in class. The CLB advises an appointment with an ENT doctor (ear specialist). She can sit in the first row from now on.

Can you let me know when you have an appointment?

Kind regards,
Sara El Idrissi
Class teacher OKAN1""", lang="en", cats=["medical"], about=["elif_yildiz"],
         note="hearing loss found at the CLB check, to the pupil's father (correct)")

    # S23 medical allergy table to town hall --------------------------
    rows = [["Leerling", "Klas", "Broodje", "Opmerking"]]
    rnd = random.Random("lunch")
    for p in class_list("OKAN2")[:8]:
        rows.append(["%s %s" % (p["first"], p["last"]), "OKAN2", rnd.choice(["kaas", "kip", "tonijn", "kaas"]), ""])
    for r in rows[1:]:
        if r[0] == fullname("valentina_rojas"):
            r[2] = "vegetarisch"
            r[3] = "ernstige pinda-allergie, draagt EpiPen"
    if not any(r[0] == fullname("valentina_rojas") for r in rows):
        rows.append([fullname("valentina_rojas"), "OKAN2", "vegetarisch", "ernstige pinda-allergie, draagt EpiPen"])
    mail("stadhuis-lunch-allergie", "2025-02-18 10:20", PMA, [STAD_JV], "lunch stadhuisbezoek 27/02",
         html=outlook_html(paras("""Beste Jonas,

Zoals gevraagd de lijst voor de lunch na de rondleiding in het stadhuis op donderdag 27 februari.
""") + table(rows) + paras("""
Met vriendelijke groeten,
Pieter Maes
OKAN2""")), cats=["medical"], about=["valentina_rojas"],
         note="lunch list for a trip with one pupil's severe peanut allergy, to the town hall",
         fmt=["table"])

    # S24 care dyslexia -----------------------------------------------
    mail("ana-costa-dyslexie-clb", "2025-01-14 12:18", LCL, [CLB_KN], "aanvraag onderzoek Ana Beatriz Costa",
         """Dag Katrien,

Ana Beatriz Costa (OKAN3, Brazilië) blijft ondanks veel oefenen erg traag lezen en haalt letters door elkaar, ook in het Portugees volgens haar moeder. Haar mondeling Nederlands is wel goed (A2). Wij vermoeden dyslexie.

Kan het CLB een onderzoek starten? Ik weet dat het moeilijk is bij anderstaligen. Intussen geven we haar extra tijd en vergrote teksten.

Lien""", cats=["care"], about=["ana_costa"], note="suspected dyslexia and request for CLB assessment, to the CLB")

    # S25 care + medical ADHD -----------------------------------------
    mail("omar-adhd-redelijke-aanpassingen", "2024-10-01 13:40", EJA, [KWO, TVE, HLE],
         "redelijke aanpassingen Omar Alkhatib (OKAN4)",
         """Beste collega's,

Na het MDO van vrijdag: Omar Alkhatib (OKAN4) heeft een ADHD-diagnose uit Syrië (verslag vertaald door het CLB). Hij neemt elke ochtend Rilatine. Afgesproken redelijke aanpassingen:

- vaste plaats vooraan, weg van het raam
- toetsen in twee delen, met 10 minuten extra tijd
- mag een wiebelkussen gebruiken
- planning van de week op papier in zijn map

Het handelingsplan staat in het leerlingvolgsysteem.

Evelien Jacobs
Zorgcoördinator""", cats=["medical", "care"], about=["omar_alkhatib"],
         note="ADHD diagnosis, medication and reasonable adjustments of a named pupil, to colleagues")

    # S26 care MISDIRECTED --------------------------------------------
    mail("yonas-logopedie-verkeerde-voogd", "2025-02-25 16:16", EJA, [V_LPI], "zorgplan Yonas",
         """Beste mevrouw Pieters,

In bijlage het zorgplan van Yonas Gebremedhin zoals besproken op het zorgoverleg. Samengevat: het CLB volgt hem verder op, hij start na de krokusvakantie met logopedie (2x per week, tijdens de lessen LO) en krijgt bij toetsen de vragen voorgelezen.

Kunt u het plan ondertekend terugbezorgen?

Evelien Jacobs
Zorgcoördinator""", cats=["care"], about=["yonas_gebremedhin"], mis=True,
         atts=[("Zorgplan_Yonas_G.pdf", make_pdf(["Zorgplan - Yonas Gebremedhin (OKAN4)", "",
                                                   "Opvolging: CLB Leuven (K. Nys)",
                                                   "Logopedie: 2x per week vanaf 10 maart",
                                                   "Aanpassingen: vragen voorlezen bij toetsen, extra tijd",
                                                   "Evaluatie: mei 2025"], "Zorgplan"))],
         note="care plan of Yonas Gebremedhin (guardian lies.peeters) sent to lies.pieters, guardian of Yohannes Kidane")

    # S27 care autism to next school ----------------------------------
    mail("oleksii-autisme-vervolgschool", "2024-09-27 10:48", HLE, [SAC_ZORG], "overdracht Oleksii Tkachenko",
         """Beste collega's,

Zoals afgesproken bij de aanmelding: Oleksii Tkachenko (nu 3B bij ons, vanaf 1 oktober bij jullie in 3 Handel) heeft een diagnose autismespectrumstoornis. Wat bij ons werkte:
- een rustige werkplek bij zelfstandig werk (hij gebruikt een koptelefoon)
- veranderingen in het rooster op voorhand aankondigen
- één vaste contactpersoon

Het CLB-dossier volgt via de gewone weg.

Hilde Lemmens
Vervolgschoolcoach OKAN""", cats=["care"], about=["oleksii_tkachenko"],
         note="autism diagnosis and adjustments of a former OKAN pupil, to the next school")

    # S28 care special-needs report -----------------------------------
    mail("bilal-verslag-clb", "2025-04-24 14:12", EJA, [V_AC], "Bilal - advies CLB",
         """Beste An,

Het CLB heeft het onderzoek van Bilal afgerond. Ze stellen een verslag voor om hem volgend schooljaar in het buitengewoon secundair onderwijs (opleidingsvorm 3) in te schrijven, omdat hij ook in zijn moedertaal nauwelijks kan lezen en schrijven en een zeer beperkt leertempo heeft.

We bespreken het graag samen met Bilal en een tolk Dari op dinsdag 29 april om 15u30.

Met vriendelijke groeten,
Evelien Jacobs
Zorgcoördinator Sint-Pieterscollege
016 29 84 22""", cats=["care"], rules=["personal_data"], about=["bilal_noorzai"],
         note="CLB special-needs report proposal, to the guardian (correct); phone in signature")

    # S29 care + psychosocial therapy referral ------------------------
    mail("hamid-aanmelding-traumatherapie", "2025-03-20 09:20", GVH, [TRAUMA], "aanmelding Hamid Stanekzai (16)",
         """Geachte,

Met akkoord van zijn voogd (Karim Benali) melden wij Hamid Stanekzai (OKAN3) aan voor traumabegeleiding. Hamid heeft sinds enkele maanden nachtmerries, slaapt in de klas en schrikt heftig bij harde geluiden. Hij vertelde over geweld dat hij onderweg in Bulgarije meemaakte.

Hij kan op woensdagnamiddag naar therapie komen. Het CLB (Katrien Nys) volgt hem op.

""" + SIG_GVH_T, cats=["psychosocial", "care"], rules=["personal_data"], about=["hamid_stanekzai"],
         note="trauma symptoms and referral to therapy (with CLB follow-up), to a therapy centre; phone in signature")

    # S30 care speech therapy -----------------------------------------
    mail("mariia-logopedie-en", "2025-03-06 16:33", SEI, [("Natalia Lysenko", "natalia.lysenko@gmail.com")],
         "Mariia - speech therapy", """Dear Mrs Lysenko,

As we discussed at the parents' evening: the CLB advises speech therapy for Mariia because of her stuttering. We found a speech therapist close to school who can see her on Tuesday after school. The CLB will follow it up and we will adapt the oral tests: Mariia can do them alone with me instead of in front of the class.

Kind regards,
Sara El Idrissi""", lang="en", cats=["care"], about=["mariia_lysenko"],
         note="speech therapy, CLB follow-up and test adjustments, to the pupil's mother (correct)")

    # S31 financial unpaid bill ---------------------------------------
    mail("facture-impayee-fatoumata-fr", "2025-03-11 10:05", RSM, [("M. Camara", "m.camara224@gmail.com")],
         "Facture impayée - Fatoumata Camara", """Madame, Monsieur,

Selon notre comptabilité, la facture du premier trimestre de Fatoumata (OKAN2) n’est pas encore payée : il reste 127,50 € (repas chauds, excursions, cahiers).

Si vous ne pouvez pas payer la somme en une fois, nous pouvons proposer un plan de paiement, par exemple 4 x 31,88 €. Vous pouvez aussi demander une aide au CPAS ; l'école peut vous aider avec la demande.

Cordialement,
Rita Smets
Comptabilité Sint-Pieterscollege""", lang="fr", charset="windows-1252", enc="qp", cats=["financial"],
         about=["fatoumata_camara"],
         note="unpaid bill and payment plan for a named pupil, to the parent (correct)")

    # S32 financial MISDIRECTED ---------------------------------------
    mail("facture-aissatou-mauvais-diallo-fr", "2025-03-11 10:22", RSM, [("Alpha Diallo", "alpha.diallo@yahoo.fr")],
         "Facture impayée - Aïssatou Diallo", """Madame, Monsieur,

Selon notre comptabilité, la facture du premier trimestre d'Aïssatou (OKAN1) n'est pas encore payée : il reste 96,00 EUR. Un rappel a déjà été envoyé en janvier.

Nous vous proposons un plan de paiement de 3 x 32,00 EUR. Merci de nous répondre avant le 31 mars.

Cordialement,
Rita Smets
Comptabilité Sint-Pieterscollege""", lang="fr", cats=["financial"], about=["aissatou_diallo"], mis=True,
         note="Aïssatou Diallo's parents are kadiatou.bah / ibrahima.diallo; sent to alpha.diallo@yahoo.fr, father of Mamadou Diallo")

    # S33 financial OCMW ----------------------------------------------
    mail("ocmw-schoolkosten-sana", "2024-10-11 11:37", GVH, [OCMW_NS], "schoolkosten Sana Noori",
         """Dag Nele,

Zoals besproken met de familie Noori: het OCMW neemt de schoolkosten van Sana (OKAN2) ten laste, omdat het gezin nog geen inkomen heeft. In bijlage de eerste factuur (uitstappen, turnkledij, schoolmateriaal).

Mogen we de volgende facturen rechtstreeks naar jou sturen?

Griet""", cats=["financial"], about=["sana_noori"],
         atts=[("Factuur_2024-1187_Noori.pdf", make_pdf(["Sint-Pieterscollege Leuven - factuur 2024-1187",
                                                         "Leerling: Sana Noori (OKAN2)",
                                                         "Turnkledij 24,00 EUR", "Schoolmateriaal 31,50 EUR",
                                                         "Uitstap bib 4,00 EUR", "Totaal: 59,50 EUR"], "Factuur"))],
         note="social service pays school costs of a named pupil because the family has no income")

    # S34 financial MISDIRECTED ---------------------------------------
    mail("schooltoeslag-fatima-verkeerde-ouder", "2024-12-02 14:44", MPE, [("Hamid Karimi", "karimi.hamid@outlook.com")],
         "Schooltoeslag voor Fatima", """Beste meneer,

U vroeg hulp bij de aanvraag van de schooltoeslag (Groeipakket) voor Fatima Rahimi uit OKAN2. Omdat het gezin nu leefloon krijgt van het OCMW, heeft Fatima recht op de schooltoeslag. De aanvraag gebeurt automatisch, maar het Groeipakket heeft nog een attest van inschrijving nodig. Dat zit in bijlage.

Met vriendelijke groeten,
Marleen Peeters
Leerlingensecretariaat""", cats=["financial"], about=["fatima_rahimi"], mis=True,
         atts=[("Inschrijvingsattest_Rahimi_Fatima.pdf", make_pdf(["Attest van inschrijving",
                                                                  "Fatima Rahimi is ingeschreven in OKAN2",
                                                                  "Sint-Pieterscollege Leuven",
                                                                  "Schooljaar 2024-2025"], "Attest"))],
         note="school allowance and social benefit of Fatima Rahimi (parent gul.rahimi) sent to the father of Fatima Karimi")

    # S35 financial table of open invoices (internal) -----------------
    rows = [["Leerling", "Klas", "Openstaand", "Afspraak"],
            [fullname("fatoumata_camara"), "OKAN2", "127,50", "afbetalingsplan voorgesteld"],
            [fullname("aissatou_diallo"), "OKAN1", "96,00", "2de herinnering"],
            [fullname("andrei_popescu"), "OKAN3", "210,00", "OCMW contacteren"],
            [fullname("lucas_silva"), "OKAN2", "42,00", "betaalt in 2 keer"]]
    mail("openstaande-facturen-okan", "2025-03-10 15:30", RSM, [GVH], "openstaande facturen OKAN",
         html=outlook_html(paras("""Dag Griet,

Voor het overleg morgen: de OKAN-leerlingen met openstaande facturen na twee herinneringen.
""") + table(rows) + paras("""
Kan jij bij Andrei eens polsen of de familie al bij het OCMW ingeschreven is?

Rita""")), cats=["financial"],
         about=["fatoumata_camara", "aissatou_diallo", "andrei_popescu", "lucas_silva"],
         note="table of named pupils with unpaid bills and payment plans, internal", fmt=["table"])

    # S36 family + financial ------------------------------------------
    mail("yousef-leefloon-vader", "2025-04-29 12:06", KWO, [HLE], "Yousef Darwish - doorstroom",
         """Hilde,

Voor jouw doorstroomgesprek met Yousef: hou er rekening mee dat zijn vader nog altijd in de gevangenis zit in Syrië en dat het gezin van een leefloon van het OCMW leeft. Een richting met dure stages of materiaal (kappers, koken) is voor hen moeilijk, al is dat wat hij graag doet.

Koen""", cats=["family", "financial"], about=["yousef_darwish"],
         note="father in prison (family) and living on social assistance (financial), to the follow-up coach")

    # S37 Word paste, several categories ------------------------------
    inner = """<p class="MsoNormal"><b><span style="font-size:14.0pt">Verslag zorgoverleg OKAN – 4 februari 2025</span></b><o:p></o:p></p>
<p class="MsoNormal"><i>Aanwezig: G. Vanhoutte, E. Jacobs, A. Wuyts, K. Nys (CLB), S. El Idrissi, L. Claerhout, P. Maes</i><o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoListParagraph" style="margin-left:36.0pt;text-indent:-18.0pt;mso-list:l0 level1 lfo1"><![if !supportLists]><span style="font-family:Symbol">·<span style="font:7.0pt &quot;Times New Roman&quot;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span><![endif]><b>""" + esc(fullname("rami_haddad")) + """ (OKAN3)</b>: blijft ver achter bij rekenen en lezen, ook in het Arabisch. CLB start een onderzoek naar een leerstoornis; tot dan extra tijd en rekenmachine.<o:p></o:p></p>
<p class="MsoListParagraph" style="margin-left:36.0pt;text-indent:-18.0pt;mso-list:l0 level1 lfo1"><![if !supportLists]><span style="font-family:Symbol">·<span style="font:7.0pt &quot;Times New Roman&quot;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span><![endif]><b>""" + esc(fullname("fatima_karimi")) + """ (OKAN1)</b>: astma, puffer zit in de klaskast; bij LO niet forceren.<o:p></o:p></p>
<p class="MsoListParagraph" style="margin-left:36.0pt;text-indent:-18.0pt;mso-list:l0 level1 lfo1"><![if !supportLists]><span style="font-family:Symbol">·<span style="font:7.0pt &quot;Times New Roman&quot;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span><![endif]><b>""" + esc(fullname("kacper_nowak")) + """ (OKAN2)</b>: ouders zijn gescheiden sinds de kerstvakantie, verblijft week-week; rapporten naar beide adressen sturen.<o:p></o:p></p>
<p class="MsoListParagraph" style="margin-left:36.0pt;text-indent:-18.0pt;mso-list:l0 level1 lfo1"><![if !supportLists]><span style="font-family:Symbol">·<span style="font:7.0pt &quot;Times New Roman&quot;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span><![endif]><b>Algemeen</b>: nieuwe leerlingen in maart krijgen een buddy uit OKAN4.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Volgende zorgoverleg: dinsdag 11 maart, 12u30, C.012.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Evelien<o:p></o:p></p>
"""
    mail("verslag-zorgoverleg-februari", "2025-02-04 17:55", EJA, [GVH, AWU, SEI, LCL, PMA],
         "verslag zorgoverleg OKAN 4/2", html=outlook_html(inner, "windows-1252"), charset="windows-1252", enc="qp",
         cats=["family", "medical", "care"], about=["rami_haddad", "fatima_karimi", "kacper_nowak"],
         note="meeting notes pasted from Word: CLB learning-disorder assessment, asthma, divorce; internal colleagues only",
         fmt=["word-paste"])

    # S38 psychosocial MISDIRECTED (wrong thread, guardian) -----------
    mail("re-samiullah-schorsing-verkeerde-voogd", "2025-02-20 15:12", KWO, [V_EV], "RE: rapport Selam",
         """Dag Els,

Zoals telefonisch besproken: Samiullah Safi wordt drie dagen geschorst (maandag 24 tot en met woensdag 26 februari) omdat hij een leerkracht heeft bedreigd met een schaar. Hij krijgt taken mee. Op donderdag 27/2 is er een herstelgesprek om 8u30 met de directie.

Koen

Van: Els Vandamme <els.vandamme@voogdij-vzw.be>
Verzonden: maandag 17 februari 2025 10:02
Onderwerp: rapport Selam

Dag Koen, kan ik het rapport van Selam ook op papier krijgen? Els""", cats=["psychosocial"], about=["samiullah_safi"],
         mis=True, reply_of="voogdij-vzw.be", fmt=["reply"],
         note="exclusion of Samiullah Safi (guardian karim.benali) sent in an old thread to Els Vandamme, guardian of Selam Berhane and Ali Rezaei")

    # S39 medical MISDIRECTED autocomplete ----------------------------
    mail("ali-astma-aanval-verkeerd-adres", "2025-04-28 14:03", WGO, [("S. Husseini", "s.husseini@outlook.com")],
         "Ali - asthma attack during sports", """Dear parent,

Ali had a serious asthma attack during the sports lesson this afternoon. He used his inhaler but it did not help enough, so we called the school nurse and he rested for an hour in the sick room. He is fine now, but please contact your doctor: maybe his medication has to be changed.

Wim Goossens
PE teacher, Sint-Pieterscollege""", lang="en", cats=["medical"], about=["ali_hosseini"], mis=True,
         note="about Ali Hosseini (OKAN2, parent s.hosseini@outlook.com) but sent to s.husseini@outlook.com, parent of Samir Husseini (4B)")

    # S40 care dyscalculia --------------------------------------------
    mail("kacper-dyscalculie-en", "2025-05-08 17:20", SEI, [("Agnieszka Nowak", "agnieszka.nowak@wp.pl")],
         "Kacper - results of the CLB test", """Dear Mrs Nowak,

The CLB finished the tests for Kacper. They found dyscalculia (a learning disorder for mathematics). Next year he can use a calculator and a table with the multiplications during tests, and he gets extra time. This will also be in the report for his new school.

If you want, the CLB psychologist can explain the results to you and Kacper's father in Polish with an interpreter.

Kind regards,
Sara El Idrissi""", lang="en", cats=["care"], about=["kacper_nowak"],
         note="dyscalculia diagnosis and adjustments, to the pupil's mother (correct)")

    # S42 medical (French) ---------------------------------------------
    mail("mohammed-barry-vaccins-fr", "2024-11-18 11:05", GVH, [("Thierno Barry", "thierno.barry@gmail.com")],
         "Vaccins de Mohammed - CLB", """Bonjour Monsieur Barry,

Le CLB a vérifié le carnet de vaccination de Mohammed. Il lui manque le vaccin contre la rougeole (RRO) et le rappel contre la polio. Le médecin du CLB peut le vacciner gratuitement à l'école le mardi 26 novembre. Pouvez-vous signer l'autorisation ci-jointe et la rendre à Mohammed ?

Griet Vanhoutte
Coordinatrice OKAN""", lang="fr", cats=["medical"], about=["mohammed_barry"],
         atts=[("Autorisation_vaccination_CLB.pdf", make_pdf(["CLB Leuven - autorisation de vaccination",
                                                               "Nom de l'eleve: ........................",
                                                               "Je donne mon accord pour la vaccination RRO / polio.",
                                                               "Signature du parent: ..................."], "Autorisation"))],
         note="missing vaccinations of a named pupil to his father in French (correct); the PDF form itself is blank")

    # S41 financial in passing ----------------------------------------
    mail("uitstap-brussel-deelnemers", "2025-05-20 09:58", PMA, [TVE], "uitstap Brussel 5 juni",
         """Tom,

Voor de busreservatie: OKAN2 gaat met 15 leerlingen. Lucas Silva gaat ook mee, zijn deel wordt betaald door het sociaal fonds van de school omdat de ouders het niet kunnen betalen. Met jou en mij erbij zijn we dus met 17.

Vertrek 8u45 aan de schoolpoort.
Pieter""", cats=["financial"], about=["lucas_silva"],
         note="practical trip mail revealing in passing that the school's social fund pays for one named pupil")


def define_personal():
    # N01 MISDIRECTED (same first name) -------------------------------
    mail("maryam-haddad-lof-verkeerde-maryam", "2024-12-06 15:40", SEI, [("Fadumo Abdi", "fadumo.abdi@hotmail.com")],
         "Maryam is doing great!", """Dear Mrs,

I just wanted to tell you that Maryam Haddad did a fantastic job today: she read a whole story aloud in Dutch in front of OKAN1, without mistakes. In September she did not speak a word of Dutch! She can move up to level A2 in January.

Please tell her we are very proud.

Sara El Idrissi
Class teacher OKAN1""", lang="en", about=["maryam_haddad"], mis=True,
         note="praise for Maryam Haddad (OKAN1) sent to the mother of Maryam Yusuf (OKAN4): same first name picked in the address book")

    # N02 MISDIRECTED (sibling mix-up) --------------------------------
    mail("artem-sportdag-verkeerde-vader", "2025-05-12 12:15", WGO, [("Serhii Hrytsenko", "serhii.hrytsenko@gmail.com")],
         "Sports day Friday - Artem", """Dear Mr Hrytsenko,

On Friday 16 May we have our sports day in the sports hall of Heverlee. Artem Petrenko (OKAN3) registered for football and the relay. He needs sports shoes, a water bottle and a lunch packet. We are back at school at 15:30.

Best regards,
Wim Goossens
PE teacher""", lang="en", about=["artem_petrenko"], mis=True,
         note="Artem Petrenko's parents are halyna.petrenko and oleksandr.petrenko; sent only to serhii.hrytsenko, father of his half-sister Viktoriia")

    # N03 MISDIRECTED (same surname) ----------------------------------
    mail("lucas-silva-oudercontact-verkeerde-silva", "2025-03-24 18:20", PMA, [("Familie Silva", "silva.familie@telenet.be")],
         "oudercontact Lucas - nieuw uur", """Beste ouders,

Het oudercontact voor Lucas Silva (OKAN2) wordt verplaatst van donderdag 27 maart 17u00 naar donderdag 27 maart 18u15, omdat de tolk Portugees pas later kan. Het gesprek gaat door in lokaal B.012.

Vriendelijke groeten,
Pieter Maes
Klastitularis OKAN2""", about=["lucas_silva"], mis=True,
         note="moved parent meeting of Lucas Silva (OKAN2, parents juliana.santos / rafael.silva.be) sent to the parents of Gabriel Silva (3A)")

    # N04 MISDIRECTED (reply in wrong thread) -------------------------
    mail("re-kacper-boek-verkeerde-thread", "2024-10-30 20:05", PMA, [("Carolina Rojas", "carolina.rojas@gmail.com")],
         "RE: trip to the library", """Hello,

About the reading book: Kacper Nowak does not have to buy 'Zo gezegd 1', he can borrow it from the school library. He only needs to buy the workbook (12 euro), he can pay it at the accounting office.

Pieter

From: Carolina Rojas <carolina.rojas@gmail.com>
Sent: Friday 25 October 2024 11:30
Subject: trip to the library

Hello, what time does the trip to the library finish? Thanks, Carolina""", lang="en", about=["kacper_nowak"],
         mis=True, reply_of="gmail.com", fmt=["reply"],
         note="answer about Kacper Nowak's book sent in the thread of Valentina Rojas' mother")

    # N05 correct look-alike of M1 ------------------------------------
    mail("zahra-ahmadi-vooruitgang-en", "2025-01-31 16:02", LCL, [("R. Ahmadi", "r.ahmadi1979@hotmail.com")],
         "Zahra's report", """Dear Mr Ahmadi,

Zahra's report is ready in Smartschool. I am happy to tell you that she made a lot of progress: she is now at level A2 for reading and speaking. From February she will follow two hours of mathematics with class 3A to get used to a regular class.

Kind regards,
Lien Claerhout
Class teacher OKAN3""", lang="en", about=["zahra_ahmadi"],
         note="good report for Zahra Ahmadi sent to her own parent (same surname as another family): correct, not sensitive")

    # N06 correct: Maryam Yusuf certificate ---------------------------
    mail("maryam-yusuf-attest", "2025-06-20 11:15", KWO, [("Fadumo Abdi", "fadumo.abdi@hotmail.com")],
         "Maryam - OKAN certificate", """Dear Mrs Abdi,

Maryam's OKAN certificate (attest) is ready. She can pick it up at the secretariat from Monday 23 June, or we can send it by post. She will need it for her registration at her new school.

Best regards,
Koen Wouters""", lang="en", about=["maryam_yusuf"],
         note="practical mail about Maryam Yusuf to her own mother: correct, not sensitive")

    # N07 correct: Gabriel Silva --------------------------------------
    mail("gabriel-silva-voetbaltornooi", "2025-04-02 13:30", WGO, [("Familie Silva", "silva.familie@telenet.be")],
         "scholentornooi voetbal - Gabriel", """Beste ouders,

Gabriel is geselecteerd voor het scholentornooi voetbal op woensdag 23 april in Heverlee. We vertrekken om 12u45 met de fiets aan de schoolpoort en zijn rond 17u00 terug. Wil je het antwoordstrookje via Smartschool invullen?

Sportieve groeten,
Wim Goossens""", about=["gabriel_silva"],
         note="mail about Gabriel Silva (3A) to his own parents; same surname as OKAN pupil Lucas Silva: correct")

    # N08 correct: Samir Husseini -------------------------------------
    mail("samir-husseini-boek-frans", "2024-10-08 19:12", HLE, [("S. Husseini", "s.husseini@outlook.com")],
         "boek Frans Samir", """Beste ouders,

Samir vroeg me of hij het handboek Frans van 4B tweedehands mag kopen. Dat mag zeker, zolang het de editie 2022 is (blauwe kaft). Op de boekenbeurs van de ouderraad op 12 oktober zijn er meestal exemplaren.

Fijn om te zien hoe goed hij zich in 4B aanpast!

Hilde Lemmens
Vervolgschoolcoach""", about=["samir_husseini"],
         note="book question about Samir Husseini (4B) to his own parent; near-identical address to Ali Hosseini's parent: correct")

    # N09 correct: Yohannes -------------------------------------------
    mail("yohannes-afspraak-verplaatst", "2025-01-09 10:50", KWO, [V_LPI], "afspraak Yohannes verplaatst",
         """Dag mevrouw Pieters,

Het gesprek over de studiekeuze van Yohannes Kidane kan toch niet doorgaan op maandag 13/1. Past donderdag 16/1 om 15u45 voor u? De tolk Tigrinya is dan ook beschikbaar.

Met vriendelijke groet,
Koen Wouters""", charset="windows-1252", enc="qp", about=["yohannes_kidane"],
         note="moved appointment for Yohannes Kidane, to his own guardian (similar name to another guardian): correct")

    # N10 correct: Hamid lost jacket ----------------------------------
    mail("hamid-jas-gevonden", "2024-11-29 12:40", LCL, [V_KB], "jas van Hamid",
         """Dag Karim,

Hamid Stanekzai is zijn winterjas kwijt sinds de turnles van dinsdag. Er hangt een zwarte jas van The North Face in de verloren voorwerpen aan het secretariaat, maar hij herkent hem niet. Weet jij of hij zijn jas misschien in de opvang heeft laten liggen?

Groetjes,
Lien""", about=["hamid_stanekzai"], note="lost jacket of a pupil, to his guardian: not sensitive, correct")

    # N11 correct: Viktoriia praise to mother -------------------------
    mail("viktoriia-tekenwedstrijd", "2025-03-21 14:14", SEI, [("Halyna Petrenko", "halyna.petrenko@gmail.com")],
         "Viktoriia won a prize!", """Dear Mrs Petrenko,

Good news: Viktoriia Hrytsenko won the second prize in the drawing contest of the city library ('My new city'). The prize ceremony is on Wednesday 2 April at 14:00 in the library. You are welcome to come!

Kind regards,
Sara El Idrissi""", lang="en", kind="html", client="owa", about=["viktoriia_hrytsenko"],
         note="praise for Viktoriia Hrytsenko to her mother (different surname): correct")

    # N12 correct: Aïssatou trip (French) -----------------------------
    mail("aissatou-sortie-musee-fr", "2025-04-29 16:30", NBO, [("Kadiatou Bah", "kadiatou.bah@gmail.com")],
         "Sortie au musée M - Aïssatou", """Bonjour Madame Bah,

Aïssatou a oublié de rendre le talon pour la visite au musée M de Leuven mardi prochain (6 mai). Elle peut participer : le transport se fait à pied et la visite est gratuite. Elle doit simplement apporter un pique-nique.

Pouvez-vous confirmer par retour de mail ?

Merci et bonne soirée,
Nadia Boukhari""", lang="fr", charset="windows-1252", about=["aissatou_diallo"],
         note="museum trip details for Aïssatou Diallo to her mother (surname Bah): correct, not sensitive")

    # N13 correct: Fatima Karimi photo form ---------------------------
    mail("fatima-karimi-fotoformulier", "2024-09-23 13:25", SEI, [("Hamid Karimi", "karimi.hamid@outlook.com")],
         "formulier foto's - Fatima", """Beste meneer Karimi,

We hebben het formulier over de foto's op de website nog niet terug van Fatima Karimi (OKAN1). Wilt u aanduiden of we foto's van Fatima mogen gebruiken (ja of nee) en het formulier morgen meegeven?

Dank u wel,
juf Sara""", about=["fatima_karimi"],
         note="missing photo consent form for Fatima Karimi to her own father: correct; another Fatima (Rahimi) exists")

    # N14 correct: Rami presentation ----------------------------------
    mail("rami-presentatie-uitnodiging-en", "2025-05-26 09:12", LCL, [("Nour Alhassan", "nour.alhassan@gmail.com")],
         "Invitation - Rami's presentation", """Dear Mrs Alhassan,

On Friday 6 June the pupils of OKAN3 present their project 'My country, my city' to the parents. Rami will talk about Aleppo and Leuven, he has worked very hard on it. You and Mr Haddad are welcome at 14:00 in the school hall.

Kind regards,
Lien Claerhout""", lang="en", enc="b64", client="thunderbird", about=["rami_haddad"],
         note="invitation about Rami Haddad to his mother (different surname): correct")

    # N15 correct: siblings -------------------------------------------
    mail("lysenko-oudercontact-twee-kinderen-en", "2025-03-04 18:01", GVH, [("Natalia Lysenko", "natalia.lysenko@gmail.com")],
         "Parents' evening for Taras and Mariia", """Dear Mrs Lysenko,

For the parents' evening on Thursday 13 March I planned both talks one after the other, so you do not have to wait:

17:40 Mariia (OKAN1) with Mrs El Idrissi, room B.107
18:00 Taras (OKAN2) with Mr Maes, room B.012

An interpreter for Ukrainian will be present.

""" + SIG_EN_GVH, lang="en", about=["mariia_lysenko", "taras_lysenko"],
         note="appointments for two siblings sent to their shared mother: correct")

    # N16 correct: Tigist progress to guardian ------------------------
    mail("tigist-alemu-voortgang", "2025-02-14 11:02", HLE, [V_LP], "Tigist in 3A",
         """Dag Lies,

Een korte update over Tigist Alemu, die sinds september in 3A zit. Het gaat heel goed: ze haalde 74% op haar rapport, de klastitularis is erg tevreden over haar inzet en ze heeft een vaste vriendengroep. Ik volg haar verder op tot juni.

Groeten,
Hilde Lemmens
Vervolgschoolcoach OKAN""", about=["tigist_alemu"],
         note="good progress of a former OKAN pupil to her guardian: correct, not sensitive")

    # N17 correct: Lucas Silva library card ---------------------------
    mail("lucas-silva-bibkaart", "2024-11-25 10:30", PMA, [("Juliana Santos", "juliana.santos@gmail.com")],
         "Library card Lucas", """Dear Mrs Santos,

Lucas Silva received his library card on our visit to the library. He left it in the classroom; I put it in his pencil case. With this card he can borrow 10 books for free for 3 weeks.

Kind regards,
Pieter Maes""", lang="en", about=["lucas_silva"], note="library card of Lucas Silva to his own mother: correct")

    # N18 correct: Ana Costa charger ----------------------------------
    mail("ana-costa-lader-laptop-en", "2025-01-22 15:49", TVE, [("Renata Costa", "renata.costa@hotmail.com")],
         "Laptop charger", """Dear Mrs Costa,

Ana Beatriz took her loan laptop home yesterday but the charger is still at school. If the battery is empty she can come to room C.104 tomorrow before class to charge it.

Best regards,
Tom Verbeke""", lang="en", about=["ana_costa"], note="laptop charger of a pupil, to her mother: correct")

    # N19 correct: Oksana orientation ---------------------------------
    mail("oksana-bilyk-orientatie-en", "2025-05-15 17:24", HLE, [("Lyudmyla Bilyk", "bilyk.lyudmyla@gmail.com")],
         "Oksana - next school year", """Dear Mrs Bilyk,

As discussed with Oksana, the class council advises her to continue next year in the 5th year 'Economie-moderne talen' at our school. Her Dutch is now B1, and her results in mathematics and English are excellent. You can confirm the registration at the secretariat between 23 and 27 June.

Best regards,
Hilde Lemmens
Follow-up coach""", lang="en", about=["oksana_bilyk"], note="orientation advice to the pupil's mother: not sensitive, correct")

    # N20 correct: Yassine internship (French) ------------------------
    mail("yassine-stage-boulangerie-fr", "2025-04-03 10:14", KWO, [("H. El Amrani", "h.elamrani@gmail.com")],
         "Stage d'observation - Yassine", """Monsieur El Amrani,

Bonne nouvelle : la boulangerie 'Het Dijlebrood' accepte Yassine pour un stage d'observation du 12 au 16 mai, de 7h à 13h. Il doit porter des chaussures fermées. La convention de stage suit par Smartschool.

Cordialement,
Koen Wouters""", lang="fr", about=["yassine_elamrani"], note="internship of a pupil to his father in French: correct")

    # N21 pupil herself: Marwa ----------------------------------------
    mail("marwa-haidari-compliment", "2025-02-07 14:40", HLE, [("Marwa Haidari", pmail("marwa_haidari"))],
         "proficiat!", """Hoi Marwa,

Ik hoorde van je leerkracht Nederlands dat je spreekbeurt over Kaboel de beste van de klas was. Super gedaan! Je bent een voorbeeld voor de OKAN-leerlingen.

Tot volgende week op ons gesprek,
Hilde""", about=["marwa_haidari"], note="praise sent to a former OKAN pupil herself")

    # N23 correct (French) ---------------------------------------------
    mail("mohammed-barry-bulletin-fr", "2025-01-08 13:10", SEI, [("Thierno Barry", "thierno.barry@gmail.com")],
         "Rencontre pour le bulletin de Mohammed", """Bonjour Monsieur Barry,

Je vous propose de parler du bulletin de Mohammed le jeudi 16 janvier à 16h30, dans le local B.107. Une interprète en peul (pular) sera présente. Mohammed peut venir avec vous.

Est-ce que cela vous convient ?

Cordialement,
Sara El Idrissi
Titulaire OKAN1""", lang="fr", about=["mohammed_barry"],
         note="appointment for the report of Mohammed Barry with his father in French: correct, not sensitive")

    # N24 correct (French) ---------------------------------------------
    mail("grace-concours-lecture-fr", "2025-03-14 15:22", LCL, [("Jean-Pierre Mbuyi", "jp.mbuyi@yahoo.fr")],
         "Félicitations à Grâce !", """Bonjour Monsieur Mbuyi,

Je voulais vous dire que Grâce a gagné aujourd'hui le concours de lecture à voix haute des classes OKAN. Elle a lu un texte d'une page en néerlandais devant 60 élèves, sans hésiter. Bravo à elle !

Lien Claerhout
Titulaire OKAN3""", lang="fr", about=["grace_mbuyi"], note="praise for Grâce Mbuyi to her father in French: correct")

    # N25 correct (French) ---------------------------------------------
    mail("fatoumata-eleve-guide-fr", "2025-03-19 12:48", NBO, [("M. Camara", "m.camara224@gmail.com")],
         "Journée portes ouvertes - Fatoumata", """Bonjour,

Fatoumata a été choisie comme élève-guide pour notre journée portes ouvertes du samedi 29 mars (de 10h à 13h). Elle montrera la classe OKAN aux visiteurs. Êtes-vous d'accord qu'elle vienne à l'école ce samedi-là ?

Merci et bonne journée,
Nadia Boukhari""", lang="fr", about=["fatoumata_camara"],
         note="open day request about Fatoumata Camara to her parent in French: correct, not sensitive")

    # N22 correct: Anna Shevchenko vs Anna Peeters --------------------
    mail("anna-shevchenko-schoolfoto-en", "2024-10-18 12:00", PMA, [("Oksana Shevchenko", "oksana.shevchenko@gmail.com")],
         "School photo Anna", """Dear Mrs Shevchenko,

Anna was absent on the day of the school photo. She can have her photo taken on Tuesday 22 October at 10:30 in the gym, together with the pupils of class 1A who missed it too.

Kind regards,
Pieter Maes""", lang="en", about=["anna_shevchenko"],
         note="school photo for Anna Shevchenko to her own mother; another Anna in 1A is mentioned only as a class: correct")


OKAN_ALL = ["OKAN1", "OKAN2", "OKAN3", "OKAN4"]


def define_general():
    okan_parents = parent_addrs(OKAN_ALL)
    # G01 welcome letter, multilingual, base64 HTML ------------------
    inner = paras("""Beste ouders, beste voogden,

Welkom in de OKAN-klas van het Sint-Pieterscollege!
De lessen beginnen elke dag om 8.25 uur. De lessen stoppen om 15.45 uur. Op woensdag stoppen de lessen om 12.05 uur.
Uw kind leert hier Nederlands. Uw kind krijgt een laptop van de school om te oefenen.
Heeft u een vraag? Stuur een bericht via Smartschool naar de klasleraar.

Met vriendelijke groeten,
Bart Coppens, directeur
""") + "<hr>\n" + paras("""ENGLISH
Dear parents, dear guardians,
Welcome to the OKAN class of Sint-Pieterscollege! Lessons start every day at 8.25 and end at 15.45. On Wednesday lessons end at 12.05. Your child learns Dutch here and gets a school laptop to practise. Do you have a question? Send a message to the class teacher via Smartschool.
""") + "<hr>\n" + paras("""FRANÇAIS
Chers parents, chers tuteurs,
Bienvenue dans la classe OKAN du Sint-Pieterscollege ! Les cours commencent chaque jour à 8h25 et finissent à 15h45. Le mercredi, les cours finissent à 12h05. Votre enfant apprend le néerlandais et reçoit un ordinateur portable de l'école. Une question ? Envoyez un message au titulaire via Smartschool.
""") + "<hr>\n" + paras("""УКРАЇНСЬКА
Шановні батьки та опікуни!
Ласкаво просимо до класу OKAN школи Sint-Pieterscollege! Уроки починаються щодня о 8:25 і закінчуються о 15:45. У середу уроки закінчуються о 12:05. Ваша дитина вивчатиме нідерландську мову і отримає шкільний ноутбук. Маєте запитання? Напишіть класному керівнику через Smartschool.
""") + '<hr>\n<div dir="rtl">\n' + paras("""العربية
أولياء الأمور الأعزاء،
مرحباً بكم في صف OKAN في مدرسة Sint-Pieterscollege. تبدأ الدروس كل يوم الساعة 8:25 وتنتهي الساعة 15:45، ويوم الأربعاء تنتهي الساعة 12:05. سيتعلم طفلكم اللغة الهولندية وسيحصل على حاسوب محمول من المدرسة. إذا كان لديكم أي سؤال، اكتبوا إلى معلم الصف عبر Smartschool.
""") + "</div>\n"
    mail("welkomstbrief-okan-meertalig", "2024-09-02 16:05", DIR, [DIR], "Welkom in OKAN / Welcome / Bienvenue",
         html=outlook_html(inner), enc="b64", bcc=okan_parents, general=True,
         note="welcome letter to all OKAN parents in simple Dutch with English, French, Ukrainian and Arabic; parents in BCC only",
         fmt=["letter-all-parents", "translation"])

    p12 = parent_addrs(["OKAN1", "OKAN2"])
    # G02 library trip QP --------------------------------------------
    mail("brief-bibbezoek-okan1-2", "2024-11-08 12:30", GVH, [GVH], "Bezoek aan de bibliotheek / Visit to the library / Visite à la bibliothèque",
         """Beste ouders,

Op vrijdag 22 november gaan de klassen OKAN1 en OKAN2 naar de bibliotheek van Leuven.
Uw kind krijgt een gratis bibliotheekkaart.
Geef uw kind een identiteitskaart of verblijfskaart mee.
We gaan te voet. We zijn terug op school om 12.00 uur.

---
Dear parents,
On Friday 22 November OKAN1 and OKAN2 visit the city library. Your child gets a free library card. Please give your child an identity card or residence card. We walk and are back at school at 12.00.

---
Chers parents,
Le vendredi 22 novembre, les classes OKAN1 et OKAN2 visitent la bibliothèque de Leuven. Votre enfant reçoit une carte de bibliothèque gratuite. Donnez-lui sa carte d'identité ou son titre de séjour. Nous y allons à pied et nous sommes de retour à 12h00.

Griet Vanhoutte
Coördinator OKAN""", enc="qp", bcc=p12, general=True,
         note="trip letter to all OKAN1-2 parents with translations, BCC only", fmt=["letter-all-parents", "translation"])

    p34 = parent_addrs(["OKAN3", "OKAN4"])
    # G03 town hall trip ---------------------------------------------
    mail("brief-stadhuis-okan3-4", "2025-02-17 09:10", KWO, [KWO], "Uitstap naar het stadhuis - donderdag 27 februari",
         """Beste ouders, beste voogden,

Op donderdag 27 februari bezoeken OKAN3 en OKAN4 het stadhuis van Leuven.
We leren hoe de stad werkt. We praten met een schepen.
We eten samen in het stadhuis. Het eten is gratis.
De bus kost 4 euro. U krijgt een factuur.
We zijn terug op school om 15.45 uur.

Dear parents and guardians,
On Thursday 27 February OKAN3 and OKAN4 visit the town hall of Leuven. Lunch is free, the bus costs 4 euro (you will get an invoice). We are back at school at 15.45.

Koen Wouters en Lien Claerhout""", bcc=p34, general=True,
         note="trip letter to all OKAN3-4 parents, BCC only", fmt=["letter-all-parents", "translation"])

    # G04 CLB vaccination information --------------------------------
    mail("clb-info-vaccinatiecheck-alle-ouders", "2024-09-16 14:00", GVH, [GVH],
         "Informatie van het CLB / Information du CLB", """Beste ouders,

Het CLB (Centrum voor Leerlingenbegeleiding) werkt samen met onze school.
Alle nieuwe leerlingen in OKAN krijgen een onthaalgesprek en een medisch onderzoek bij het CLB.
Het CLB kijkt ook of uw kind alle vaccins heeft. Heeft uw kind een vaccinatiekaart? Geef die mee naar school.
Het CLB is gratis. Wat u aan het CLB vertelt, is geheim.

Chers parents,
Le CLB (centre d'accompagnement des élèves) travaille avec notre école. Tous les nouveaux élèves d'OKAN ont un entretien d'accueil et un examen médical au CLB. Le CLB vérifie aussi les vaccins. Si votre enfant a un carnet de vaccination, donnez-le-lui pour l'école. Le CLB est gratuit et confidentiel.

Griet Vanhoutte
Coördinator OKAN""", bcc=okan_parents, general=True,
         note="general CLB information letter about the vaccination check to all OKAN parents: not sensitive",
         fmt=["letter-all-parents", "translation"])

    # G05 medication policy ------------------------------------------
    mail("brief-medicatiebeleid", "2024-09-18 11:45", DIR, [DIR], "Medicijnen op school / Medicines at school",
         html=outlook_html(paras("""Beste ouders,

Moet uw kind op school medicijnen nemen? Dan hebben wij een formulier nodig, ingevuld door de dokter. U vindt het formulier in Smartschool (map 'Formulieren') of op het secretariaat.
Leerkrachten geven geen medicijnen zonder dit formulier. Ook geen pijnstillers.
Is uw kind ziek? Laat het thuis en verwittig de school voor 8.30 uur.

Dear parents,
Does your child need to take medicine at school? We need a form filled in by the doctor. You find the form in Smartschool (folder 'Formulieren') or at the secretariat. Teachers do not give any medicine without this form, not even painkillers. Is your child ill? Keep your child at home and inform the school before 8.30.

De directie""")), bcc=okan_parents, general=True,
         note="medication policy letter to all OKAN parents, no child named", fmt=["letter-all-parents", "translation"])

    # G06 bullying policy --------------------------------------------
    mail("brief-pestbeleid", "2024-10-03 13:20", DIR, [DIR], "Samen tegen pesten / Together against bullying",
         """Beste ouders,

Op onze school willen we dat iedereen zich veilig voelt. Pesten is niet toegestaan, ook niet op sociale media.
Wordt uw kind gepest? Of pest uw kind? Praat erover met de klasleraar of met de leerlingenbegeleider.
Wij luisteren en zoeken samen een oplossing.

Dear parents,
At our school everybody must feel safe. Bullying is not allowed, also not on social media. Is your child bullied, or does your child bully others? Talk to the class teacher or to the pupil counsellor. We listen and look for a solution together.

Chers parents,
Dans notre école, chacun doit se sentir en sécurité. Le harcèlement est interdit, aussi sur les réseaux sociaux. Si votre enfant est harcelé ou harcèle d'autres élèves, parlez-en au titulaire ou à l'accompagnatrice des élèves.

De directie""", charset="windows-1252", enc="qp", bcc=okan_parents, general=True,
         note="general anti-bullying policy letter, no pupil named", fmt=["letter-all-parents", "translation"])

    # G07 payment reminder to all ------------------------------------
    mail("herinnering-facturen-alle-ouders", "2025-02-03 10:00", BOE, [BOE], "Herinnering: factuur 1ste trimester / Rappel: facture du 1er trimestre",
         """Beste ouders,

Wij sturen deze herinnering naar alle ouders van OKAN. Heeft u de factuur van het eerste trimester al betaald? Dan hoeft u niets te doen.
Nog niet betaald? Betaal dan voor 28 februari met de overschrijving op de factuur in Smartschool.
Kunt u de factuur niet betalen? Neem contact op met de boekhouding. Samen zoeken we een oplossing. Niemand moet dat weten.

Chers parents,
Ce rappel est envoyé à tous les parents d'OKAN. Si vous avez déjà payé la facture du premier trimestre, vous ne devez rien faire. Sinon, merci de payer avant le 28 février avec le virement indiqué sur la facture dans Smartschool. Vous ne pouvez pas payer ? Contactez la comptabilité, nous cherchons une solution ensemble, en toute discrétion.

Boekhouding Sint-Pieterscollege""", bcc=okan_parents, general=True,
         note="payment reminder sent to all OKAN parents with nobody named and no account number: not sensitive",
         fmt=["letter-all-parents", "translation"])

    # G08 parent evening with interpreters ---------------------------
    mail("uitnodiging-oudercontact-tolken", "2025-01-06 15:15", GVH, [GVH],
         "Oudercontact 13-17 januari / Parents' evening / Réunion de parents", """Beste ouders,

Van 13 tot 17 januari is er oudercontact. U praat met de klasleraar over het rapport van uw kind.
Er zijn tolken voor Arabisch, Oekraïens, Dari/Pashto, Tigrinya en Frans.
Kies een moment in Smartschool (module 'Oudercontact') voor 10 januari.

Dear parents,
From 13 to 17 January you can meet the class teacher about your child's report. Interpreters for Arabic, Ukrainian, Dari/Pashto, Tigrinya and French are present. Please choose a time in Smartschool before 10 January.

Chers parents,
Du 13 au 17 janvier, vous pouvez rencontrer le titulaire pour parler du bulletin de votre enfant. Des interprètes sont présents (arabe, ukrainien, dari/pachto, tigrinya, français). Choisissez un moment dans Smartschool avant le 10 janvier.

Griet Vanhoutte
Coördinator OKAN""", bcc=okan_parents, general=True,
         note="invitation to all OKAN parents, BCC only", fmt=["letter-all-parents", "translation"])

    # G09 Ramadan ----------------------------------------------------
    mail("brief-ramadan", "2025-02-26 12:10", DIR, [DIR], "Ramadan op school",
         """Beste ouders,

Op 1 maart begint de ramadan. Leerlingen die vasten, mogen tijdens de middagpauze in lokaal B.002 rusten in plaats van naar de refter te gaan.
Bij de lessen LO passen de leerkrachten de oefeningen aan.
Vasten is een persoonlijke keuze. Wij vragen alle leerlingen om elkaar te respecteren.

Dear parents,
Ramadan starts on 1 March. Pupils who fast may rest in room B.002 during the lunch break. PE teachers will adapt the exercises. Fasting is a personal choice; we ask all pupils to respect each other.

De directie""", bcc=okan_parents, general=True, note="general letter about Ramadan, no pupil named",
         fmt=["letter-all-parents", "translation"])

    # G10 orientation info session in English ------------------------
    mail("soiree-info-apres-okan-fr", "2025-04-22 10:30", HLE, [HLE], "Soirée d'information : après l'OKAN",
         """Chers parents,

L'année prochaine, la plupart des élèves d'OKAN3 et d'OKAN4 iront dans une classe ordinaire. Le mardi 6 mai à 19h00, nous vous expliquons comment cela se passe : l'avis du conseil de classe, le choix d'une école et d'une orientation, et le suivi par la coach de l'OKAN pendant la première année.

Lieu : salle des fêtes du Sint-Pieterscollege (entrée côté Dyle).
Des interprètes seront présents.

Hilde Lemmens
Coach de suivi OKAN""", lang="fr", bcc=p34, general=True, note="French information letter to all OKAN3-4 parents, BCC only",
         fmt=["letter-all-parents"])

    # G11 staff: newcomers arrive ------------------------------------
    mail("personeel-nieuwkomers-maandag", "2024-08-29 17:30", GVH, [GVH], "Maandag komen de nieuwkomers",
         """Beste collega's,

Maandag starten 24 nieuwe leerlingen in onze OKAN-klassen. Enkele tips:
- spreek rustig, in korte zinnen, en gebruik gebaren en beelden
- de leerlingen dragen de eerste week een badge met hun naam en klas
- zie je een verloren leerling op de gang: breng hem of haar naar C.012
- foto's nemen van OKAN-leerlingen mag pas als de toestemming binnen is

Bedankt om hen mee warm te onthalen!

Griet Vanhoutte
Coördinator OKAN""", bcc=[PERSONEEL], general=True,
         note="mail to all staff about the newcomers with the staff list in BCC: passes", fmt=["letter-all-staff"])

    # G12 staff: interpreters schedule (HTML table) ------------------
    rows = [["Dag", "Taal", "Tolk", "Lokaal"],
            ["maandag", "Arabisch", "Amina R.", "C.012"],
            ["dinsdag", "Oekraïens / Russisch", "Oksana B.", "C.012"],
            ["woensdag (vm)", "Dari / Pashto", "Farid N.", "C.014"],
            ["donderdag", "Tigrinya", "Tesfaye H.", "C.012"],
            ["vrijdag (vm)", "Frans / Pular", "Mariama S.", "C.014"]]
    mail("personeel-tolkenrooster", "2024-09-24 12:00", GVH, [GVH], "Tolken in de school - rooster 1ste trimester",
         html=outlook_html(paras("""Beste collega's,

Ook dit jaar zijn er op vaste momenten tolken in de school. Heb je een gesprek met een leerling of ouder uit OKAN of een oud-OKAN-leerling? Reserveer de tolk via het formulier op intranet.
""") + table(rows) + paras("""
Voor andere talen kan je de telefoontolk gebruiken (zie intranet > OKAN).

Griet""")), bcc=[PERSONEEL], general=True, note="interpreters' schedule for all staff, staff list in BCC",
         fmt=["letter-all-staff", "table"])

    # G13 staff: phone interpreting how-to ---------------------------
    mail("personeel-telefoontolk-hoe", "2024-10-22 13:40", GVH, [GVH], "Hoe werkt de telefoontolk?",
         """Beste collega's,

Een paar mensen vroegen hoe je de telefoontolk gebruikt:
1. Gebruik het toestel in C.012 (luidspreker).
2. Bel het nummer op de affiche en geef onze klantgegevens (die vind je op de affiche, niet op intranet).
3. Kies de taal, vraag de tolk om in de ik-vorm te vertalen.
4. Noteer datum, duur en taal in het schriftje.

Vragen? Kom gerust langs.
Griet""", bcc=[PERSONEEL], general=True,
         note="how-to for the phone interpreting service: no number, no PIN in the mail", fmt=["letter-all-staff"])

    # G14 staff: training day ----------------------------------------
    mail("personeel-studiedag-traumasensitief", "2024-11-26 16:20", BCO, [BCO], "Studiedag 15 januari: traumasensitief lesgeven",
         """Beste collega's,

Op de pedagogische studiedag van woensdag 15 januari werken we rond traumasensitief lesgeven. Veel van onze nieuwkomers hebben ingrijpende dingen meegemaakt. Hoe herken je stress in de klas, en wat kan je als leerkracht doen?

Programma:
8.30 onthaal in de refter
9.00 lezing door een traumatherapeut
11.00 workshops
12.30 lunch

De leerlingen hebben die dag geen les.

Bart Coppens
Directeur""", bcc=[PERSONEEL], general=True, note="training day announcement to all staff about trauma in general, no pupil named",
         fmt=["letter-all-staff"])

    # G15 team: laptops return ---------------------------------------
    mail("okanteam-laptops-inleveren", "2024-12-16 08:30", TVE, [TVE], "leenlaptops voor de kerstvakantie",
         """Dag collega's,

Wil je op vrijdag 20 december alle leenlaptops van jouw klas laten inleveren in C.104? Leerlingen die hun laptop in de vakantie mogen houden, staan op de lijst die Griet in Teams zette. Laders mee terugbrengen graag.

Tom""", bcc=[OKANTEAM], general=True, note="team mail with the OKAN team list in BCC", fmt=["letter-all-staff"])

    # G16 staff: apps overview, never mail passwords ----------------
    mail("personeel-taalapps-overzicht", "2024-09-30 15:05", GVH, [GVH], "Taalapps voor nieuwkomers in je klas",
         html=outlook_html(paras("""Beste collega's,

Heb je een (oud-)OKAN-leerling in je klas? Deze apps gebruiken we in OKAN en ze werken ook in jouw les:
""") + table([["App", "Waarvoor", "Login"],
              ["WoordWijs", "woordenschat per thema", "met Smartschool-account"],
              ["LinguaStart", "luisteren en spreken", "schoollicentie, via ICT"],
              ["Quizlet", "eigen woordenlijsten", "eigen account leerling"]]) + paras("""
Wachtwoorden van leerlingen worden nooit per mail doorgegeven. Is een leerling zijn wachtwoord kwijt? Stuur hem naar de ICT-helpdesk (C.003).

Griet""")), bcc=[PERSONEEL], general=True,
         note="overview of apps for all staff: mentions logins and passwords but contains none", fmt=["letter-all-staff", "table"])

    # G17 parents (French): how to log in ----------------------------
    fr_parents = []
    for k in ["aissatou_diallo", "mamadou_diallo", "fatoumata_camara", "grace_mbuyi", "yassine_elamrani", "mohammed_barry"]:
        for a in (P(k)["p1"], P(k)["p2"]):
            if a and a not in fr_parents:
                fr_parents.append(a)
    for p in PUPILS:
        if p["class"] in OKAN_ALL and (p["p1"].endswith(".fr")):
            if p["p1"] not in fr_parents:
                fr_parents.append(p["p1"])
    mail("smartschool-connexion-parents-fr", "2024-09-12 18:00", NBO, [NBO], "Comment se connecter à Smartschool ?",
         """Chers parents,

Pour suivre l'école de votre enfant, vous recevez un compte parent Smartschool.

1. Allez sur https://sintpieterscollege.smartschool.be
2. Entrez le nom d'utilisateur de votre enfant et choisissez « co-account ».
3. Le mot de passe de départ est sur la lettre en papier que votre enfant reçoit cette semaine. Nous n'envoyons jamais de mot de passe par e-mail.
4. Choisissez ensuite votre propre mot de passe.

Vous avez oublié votre mot de passe ? Passez au secrétariat le mercredi matin avec votre carte d'identité.

Nadia Boukhari
OKAN – Sint-Pieterscollege""", lang="fr", bcc=fr_parents, general=True,
         note="French how-to for francophone parents: speaks of passwords but carries none; BCC only",
         fmt=["letter-all-parents"])

    # G18 parents (English): holidays -------------------------------
    mail("holidays-calendar-en", "2024-10-14 16:45", DIR, [DIR], "School holidays 2024-2025",
         """Dear parents and guardians,

Here are the school holidays for this school year. There are no lessons on these days:

Autumn holiday: 28 October - 3 November
Christmas holiday: 23 December - 5 January
Spring holiday: 3 March - 9 March
Easter holiday: 7 April - 21 April
Labour Day: 1 May
Ascension: 29 - 30 May
Whit Monday: 9 June
The school year ends on Monday 30 June at 12.00.

Please do not plan trips abroad during school days.

The school board""", lang="en", bcc=okan_parents, general=True, note="holiday calendar for all OKAN parents in English",
         fmt=["letter-all-parents"])

    # G19 parents: sports day ---------------------------------------
    mail("brief-sportdag", "2025-05-07 14:35", WGO, [WGO], "Sportdag vrijdag 16 mei / Journée sportive",
         """Beste ouders,

Op vrijdag 16 mei is het sportdag voor alle OKAN-klassen in de sporthal van Heverlee.
Geef uw kind mee: sportkleren, sportschoenen, een drinkfles en een lunchpakket.
We vertrekken om 8.30 uur met de bus. We zijn terug om 15.30 uur.

Chers parents,
Le vendredi 16 mai, c'est la journée sportive pour toutes les classes OKAN au hall sportif de Heverlee. Votre enfant apporte des vêtements et chaussures de sport, une gourde et un pique-nique. Départ en bus à 8h30, retour à 15h30.

Wim Goossens
Leerkracht LO""", enc="qp", bcc=okan_parents, general=True, note="sports day letter for all OKAN parents",
         fmt=["letter-all-parents", "translation"])

    # G20 staff: OKAN pupils moving to regular classes --------------
    mail("personeel-doorstroom-okan-september", "2025-06-10 11:20", HLE, [HLE], "Oud-OKAN-leerlingen in je klas vanaf september",
         """Beste collega's,

In september stromen ongeveer 20 OKAN-leerlingen door naar onze gewone klassen. Wat helpt:
- geef instructies ook schriftelijk op het bord
- laat woordenboeken en vertaalapps toe bij opdrachten
- zet de leerling naast een behulpzame klasgenoot
- bij vragen: contacteer mij als vervolgschoolcoach, ik volg alle oud-OKAN-leerlingen een jaar op

Welke leerlingen bij jou in de klas komen, lees je eind augustus in het leerlingvolgsysteem.

Hilde Lemmens
Vervolgschoolcoach OKAN""", bcc=[PERSONEEL], general=True, note="general staff mail, no pupil named, staff list in BCC",
         fmt=["letter-all-staff"])


def define_other():
    # O01 bcc: guardians visible to each other -----------------------
    mail("voogden-infoavond-zichtbaar", "2024-09-26 14:22", GVH, [V_LP, V_LPI, V_AC, V_KB, V_EV],
         "infomoment voor voogden 8 oktober", """Beste voogden,

Op dinsdag 8 oktober om 17u00 organiseren we een infomoment voor de voogden van onze OKAN-leerlingen: hoe werkt het OKAN, wat is de rol van de vervolgschoolcoach, en hoe volgt u het rapport op in Smartschool.

Graag een seintje als u komt.

Griet Vanhoutte
Coördinator OKAN""", rules=["bcc"], note="five guardians (outside people) visible to each other in To",
         fmt=["many-external-in-to"])

    # O02 bcc: parents' group address in To --------------------------
    mail("zwemmen-groepsadres-ouders-okan2", "2024-10-04 12:05", PMA, [("Ouders OKAN2", "ouders.okan2@spc.ksleuven.be")],
         "zwemmen dinsdag", """Beste ouders,

Dinsdag gaan we zwemmen. Geef een zwembroek of badpak en een handdoek mee.
Dear parents, on Tuesday we go swimming. Please give a swimsuit and a towel.

Pieter Maes""", rules=["bcc"], fmt=["group-in-to", "translation"],
         note="parents' group address of OKAN2 in To instead of BCC")

    # O03 bcc: staff list in To --------------------------------------
    mail("personeel-in-aan-oudercontact", "2025-01-08 12:40", GVH, [PERSONEEL], "tolken tijdens het oudercontact",
         """Beste collega's,

Tijdens het oudercontact van volgende week zijn er tolken aanwezig in C.012 en C.014. Heb je een oud-OKAN-leerling in je klas en wil je een tolk? Zet je naam op de lijst in de leraarskamer.

Griet""", charset="windows-1252", enc="qp", rules=["bcc"], fmt=["group-in-to"],
         note="all-staff list in To (should be BCC per §3.1)")

    # O04 bcc: interpreters in CC ------------------------------------
    mail("tolken-in-cc-oudercontact", "2025-01-03 10:12", GVH, [TOLK_PLAN], "bevestiging tolken oudercontact januari",
         """Beste,

Hierbij bevestig ik de planning voor het oudercontact van 13 tot 17 januari. Ik zet de tolken in kopie zodat iedereen de info heeft. De tolken melden zich aan het onthaal van blok C.

Griet Vanhoutte
Coördinator OKAN""", cc=[TOLK_AR, TOLK_UA, TOLK_DARI, TOLK_TI], rules=["bcc"],
         note="four external interpreters visible to each other in CC", fmt=["many-external-in-cc"])

    # O05 bcc: pupils' group address in To ---------------------------
    mail("leerlingen-okan4-groep-stadhuis", "2025-02-26 15:50", KWO,
         [("Leerlingen OKAN4", "leerlingen.okan4@leerling.sintpieterscollege.be")], "morgen stadhuis",
         """Hallo OKAN4,

Morgen gaan we naar het stadhuis. We vertrekken om 8u30 aan de schoolpoort. Neem je identiteitskaart of verblijfskaart mee.

Meneer Wouters""", rules=["bcc"], fmt=["group-in-to"], note="pupils' group address in To")

    # O06 private account to guardian --------------------------------
    mail("prive-gmail-huiswerk-samiullah", "2024-11-03 20:48", ("Pieter Maes", "pieter.maes78@gmail.com"), [V_KB],
         "huiswerk Samiullah", """Dag Karim,

Sorry dat ik via mijn eigen mail stuur, Smartschool doet raar op mijn laptop thuis. Samiullah moet voor woensdag de woordenlijst 'gezondheid' van LinguaStart afwerken (les 12 en 13). Hij zegt dat de wifi in de opvang 's avonds niet werkt; hij mag ook na school in de studiezaal blijven tot 17u.

Groeten,
Pieter""", client="gmail", rules=["private_account"], about=["samiullah_safi"],
         note="teacher sends school business to a guardian from his private gmail; not sensitive")

    # O07 forward to private hotmail ---------------------------------
    mail("fwd-klaslijst-naar-hotmail", "2024-12-13 22:10", LCL, [("Lien", "lien.claerhout@hotmail.com")],
         "TR: niveaus OKAN3 na trimester 1", """voor de rapporten dit weekend

-----Oorspronkelijk bericht-----
Van: Lien Claerhout
Verzonden: donderdag 12 december 2024 17:40
Aan: Hilde Lemmens
Onderwerp: niveaus OKAN3 na trimester 1

Dag Hilde, hierbij de niveaus van OKAN3 na de toetsen van december. Wie A2 of hoger haalt schuift in januari door naar OKAN4. Zie tabel in bijlage.
Lien""", atts=[("niveaus_OKAN3_T1.xlsx", make_xlsx([["Leerling", "Niveau"]] + [["%s %s" % (p["first"], p["last"]), lv]
                                                                             for p, lv in zip(class_list("OKAN3"), ["A1", "A2", "A2", "A1+", "B1", "A2", "A2+", "A1", "A2", "A2", "A1+", "A2", "B1", "A2", "A1"])], "OKAN3"))],
         rules=["private_account"], fmt=["forward"],
         note="teacher forwards a school class list (levels only) to her private hotmail")

    # O08 private account to colleague -------------------------------
    mail("prive-outlook-planning-uitstap", "2025-05-18 21:33", ("Sara El Idrissi", "sara.elidrissi@outlook.com"), [GVH],
         "uitstap Brussel", """Hoi Griet,

Ik kan niet inloggen op mijn schoolmail op mijn nieuwe gsm, daarom via deze weg. Voor de uitstap naar Brussel op 5 juni: ik heb een gids gereserveerd in het Parlamentarium om 10u30 (OKAN1, 14 leerlingen). Kan jij de bus bevestigen bij Tom?

Sara""", client="gmail", rules=["private_account"], note="school business to a colleague from a private outlook.com mailbox")

    # O09 private telenet account to interpreter ---------------------
    mail("prive-telenet-tolk-tesfaye", "2025-01-11 10:05", ("Koen Wouters", "koenwouters@telenet.be"), [TOLK_TI],
         "oudercontact vrijdag 17/1", """Dag Tesfaye,

Kan je vrijdag 17 januari al om 13u15 in C.012 zijn in plaats van 13u30? Ik heb er een extra gesprek bijgezet.

Groeten,
Koen (OKAN4)""", client="thunderbird", rules=["private_account"],
         note="teacher uses his private telenet mailbox to plan school interpreting")

    # O10 private matter from private account: fine -------------------
    mail("prive-weekend-gent", "2025-03-07 19:12", ("Nadia Boukhari", "nadia.boukhari@gmail.com"),
         [("Samira", "samira.b.gent@gmail.com")], "zaterdag", """Hey Samira,

Zaterdag lukt! Ik neem de trein van 10u12 in Leuven, ben rond 11u in Gent-Sint-Pieters. Zullen we eerst iets eten aan de Korenmarkt?

x Nadia""", client="gmail", note="staff member's private mail about a private matter from her private account: fine")

    # O11 private matter from school account: fine -------------------
    mail("prive-via-schoolmail-kinderen", "2024-11-15 14:55", GVH, [("Jan", "jan.vanhoutte.mechelen@gmail.com")],
         "vanavond", """Jan,

Ik heb personeelsvergadering tot 18u. Kan jij Lies en Mats oppikken aan de muziekschool om 17u? Er staat lasagne in de koelkast.

G.""", client="owa", note="limited private use of the school account for a private matter: fine")

    # O12 attachment exe ----------------------------------------------
    mail("linguastart-setup-exe", "2024-09-17 12:20", TVE, [PMA], "installer LinguaStart",
         """Piet,

Voor de twee laptops die nog niet in Intune zitten: hierbij de installer van LinguaStart. Gewoon dubbelklikken en 'volgende' doen.

Tom""", atts=[("LinguaStart_Setup_4.2.exe", make_exe("linguastart"))], rules=["attachment"],
         note="executable program attached")

    # O13 attachment docm ---------------------------------------------
    mail("tolkenaanvraag-docm", "2024-10-25 10:40", GVH, [TOLK_PLAN], "aanvraagformulier tolken 2de trimester",
         """Beste,

In bijlage ons aanvraagformulier voor het tweede trimester. Het formulier vult de data automatisch aan als u de macro's inschakelt.

Met vriendelijke groeten,
Griet Vanhoutte""", atts=[("Tolkenaanvraag_SPC_T2.docm", make_docx(
             ["Aanvraag tolken - Sint-Pieterscollege Leuven", "Trimester 2 (januari - maart 2025)",
              "Talen: Arabisch, Oekraïens, Dari/Pashto, Tigrinya, Frans/Pular"], macro=True))],
         rules=["attachment"], note="macro-enabled Word document (.docm) attached")

    # O14 attachment xlsm ---------------------------------------------
    mail("niveaus-okan4-xlsm", "2025-03-26 16:00", KWO, [HLE], "rekenblad niveaus OKAN4",
         """Hilde,

Mijn rekenblad met de niveaus van OKAN4. Klik op 'Inhoud inschakelen', dan berekent de macro het gemiddelde en de doorstroomadvies-kolom.

Koen""", atts=[("Niveaus_OKAN4_doorstroom.xlsm", make_xlsx(
             [["Leerling", "Lezen", "Luisteren", "Spreken", "Schrijven"]] +
             [["%s %s" % (p["first"], p["last"]), "A2", "B1", "A2", "A2"] for p in class_list("OKAN4")], "OKAN4", macro=True))],
         rules=["attachment"], note="macro-enabled workbook (.xlsm) with level codes, nothing sensitive")

    # O15 attachment zip with bat -------------------------------------
    z = make_zip([("reset_laptop.bat", "@echo off\r\nrem reset OKAN loan laptop to first use\r\n"
                   "net user leerling /delete\r\nrd /s /q C:\\Users\\leerling\r\nshutdown /r /t 5\r\n"),
                  ("LEESMIJ.txt", "Uitvoeren als beheerder. Daarna opnieuw aanmelden.\r\n")])
    mail("zip-reset-script-bat", "2025-06-23 09:35", TVE, [EDUIT], "script voor de reset",
         """Hoi Kevin,

Zoals gevraagd het script dat we vorig jaar gebruikten om de OKAN-laptops leeg te maken voor de zomer. Het zit in een zip omdat Outlook .bat blokkeert.

""" + SIG_TVE, atts=[("reset_okan.zip", z)], rules=["attachment"], note="zip archive containing a .bat script")

    # O16 attachment ps1 ----------------------------------------------
    mail("ps1-printers-koppelen", "2024-09-09 11:15", TVE, [JVB], "script printers OKAN",
         """Joris,

Kan jij dit script via Intune uitrollen op de OKAN-laptops? Het koppelt de printers van blok C.

Tom""", atts=[("koppel_printers_okan.ps1",
                ("# koppelt de printers van blok C\r\nAdd-Printer -ConnectionName \\\\srv-print01\\C-104\r\n"
                 "Add-Printer -ConnectionName \\\\srv-print01\\C-012\r\n").encode("utf-8"))],
         rules=["attachment"], note="PowerShell script attached")

    # O17 attachment iso ----------------------------------------------
    mail("iso-image-taalsoftware", "2024-09-05 09:50", TVE, [EDUIT], "image taalsoftware",
         """Kevin,

Het ISO-bestand van de taalsoftware (vorige licentie), zodat jullie het in het nieuwe image kunnen opnemen.

""" + SIG_TVE, atts=[("TaalTuin_v3.iso", make_iso("TAALTUIN_V3"))], rules=["attachment"],
         note="disk image attached")

    # O18 zip of PDFs: fine --------------------------------------------
    z = make_zip([("werkblad_stad_1.pdf", make_pdf(["Thema: de stad", "1. Waar is het stadhuis?", "2. Teken de Grote Markt."], "Werkblad 1")),
                  ("werkblad_stad_2.pdf", make_pdf(["Thema: de stad", "Woordenlijst: de straat, het plein, de bus"], "Werkblad 2")),
                  ("werkblad_stad_3.pdf", make_pdf(["Thema: de stad", "Luisteroefening: in de bakkerij"], "Werkblad 3"))])
    mail("werkbladen-zip-pdf", "2025-02-12 18:10", SEI, [STAG], "werkbladen thema stad",
         """Dag Lotte,

De werkbladen die ik gebruik bij het thema 'de stad', in één zip. Je mag ze aanpassen voor je stagelessen.

Sara""", atts=[("werkbladen_thema_stad.zip", z)], note="zip that only contains PDFs: not a dangerous attachment")

    # O19 personal_data IBAN ------------------------------------------
    mail("terugbetaling-waarborg-iban-en", "2025-06-25 11:40", RSM, [("Olena Kovalenko", "olena.kovalenko@gmail.com")],
         "Refund laptop deposit - Dmytro", """Dear Mrs Kovalenko,

Dmytro returned his loan laptop in good condition, so we refund the deposit of 50 euro. Can you confirm that we can use this account number, which you gave us in September?

""" + iban_be("0637149826") + """

The money will be on your account within two weeks.

Kind regards,
Rita Smets
Accounting""", lang="en", rules=["personal_data"], about=["dmytro_bondarenko"],
         note="valid IBAN of a parent in a refund mail; not a financial hardship fact")

    # O20 personal_data RRN + date of birth ---------------------------
    mail("clb-dossier-andrei-rrn", "2024-09-30 10:25", MPE, [CLB_KN], "gegevens nieuwe leerling voor CLB-dossier",
         """Dag Katrien,

Voor het aanmaken van het CLB-dossier, de gegevens van onze nieuwe leerling:

Naam: Andrei Popescu
Klas: OKAN3 (ingeschreven op 30/09/2024)
Geboortedatum: 14/03/2010
Rijksregisternummer: """ + rrn("100314", 273) + """
Vorige school: Școala Gimnazială nr. 5, Iași (Roemenië)

""" + SIG_MPE_T, rules=["personal_data"], about=["andrei_popescu"],
         note="date of birth, valid national register number and school phone; no sensitive fact")

    # O21 personal_data DOB list --------------------------------------
    rnd = random.Random("dob3")
    rows = [["Naam", "Voornaam", "Geboortedatum"]]
    for p in class_list("OKAN3"):
        rows.append([p["last"], p["first"], "%02d/%02d/%d" % (rnd.randrange(1, 29), rnd.randrange(1, 13), rnd.choice([2008, 2009, 2010]))])
    mail("bibkaarten-geboortedata-okan3", "2024-11-15 09:05", LCL, [BIB_BL], "lijst voor de bibkaarten",
         html=outlook_html(paras("""Dag Bieke,

Voor de bibkaarten van vrijdag de lijst van OKAN3 met de geboortedata. Zo kunnen jullie de kaarten al op voorhand aanmaken.
""") + table(rows) + paras("""
Groetjes,
Lien""")), rules=["personal_data"], note="class list with dates of birth sent to the library",
         fmt=["table", "class-list"])

    # O22 personal_data: phone number of a parent ---------------------
    mail("tolk-bel-mevrouw-melnyk", "2025-03-10 08:40", GVH, [TOLK_UA], "call before the parents' evening",
         """Hi Oksana,

Could you call Sofiia's mother, Mrs Melnyk, today to confirm her appointment on Thursday 13 March at 18:20 with Mr Maes? Her number is 0487 36 21 90. She prefers to be called after 16:00.

Thank you!
Griet""", lang="en", rules=["personal_data"], about=["sofiia_melnyk"],
         note="parent's mobile number given to an interpreter; no sensitive fact")

    # O23 ordinary: intake day planning -------------------------------
    mail("onthaaldag-nieuwkomers-opvang", "2025-01-13 13:45", GVH, [RK_JV], "onthaal nieuwe jongeren 20 januari",
         """Dag Joke,

Voor de jongeren die volgende week bij jullie aankomen: het onthaal op school is maandag 20 januari om 9u00 in C.012. Ze krijgen een rondleiding, een korte taaltest en hun lessenrooster. Een begeleider mag mee tot 10u30.

Groeten,
Griet""", charset="windows-1252", enc="qp", note="ordinary planning mail to the reception centre, nobody named")

    # O24 ordinary html-only -----------------------------------------
    mail("bezoek-sint-annacollege-okan4", "2025-03-03 10:00", HLE, [SAC_ZORG], "snuffelbezoek OKAN4",
         html=simple_html("""<p>Beste collega's,</p>
<p>Graag komen we met OKAN4 een voormiddag snuffelen in jullie school, bij voorkeur op <b>dinsdag 25 maart</b> of <b>donderdag 27 maart</b>. We zijn met 15 leerlingen en 2 begeleiders.</p>
<p>Welke datum past voor jullie?</p>
<p>Vriendelijke groet,<br>Hilde Lemmens<br>Vervolgschoolcoach OKAN &ndash; Sint-Pieterscollege</p>
"""), kind="html", client="owa", note="ordinary html-only mail to another school")

    # O25 ordinary: DPO question --------------------------------------
    mail("vraag-dpo-intakefiches", "2024-10-02 16:12", GVH, [DPO], "vraag over intakefiches CLB",
         """Dag Dirk,

Het CLB vraagt of we de intakefiches van de nieuwe OKAN-leerlingen voortaan per mail kunnen doorsturen. Mag dat, of moet dat via het leerlingvolgsysteem? En als het per mail mag, hoe beveilig ik het best?

Alvast bedankt,
Griet""", note="question to the DPO about procedures, no personal data")

    # O26 ordinary: confirm tour --------------------------------------
    mail("re-rondleiding-stadhuis-bevestiging", "2025-02-11 11:02", KWO, [STAD_JV], "RE: rondleiding 27 februari",
         """Dag Jonas,

Perfect, 9u30 aan de ingang Grote Markt is goed voor ons. We zijn met 29 leerlingen (OKAN3 en OKAN4) en 4 begeleiders. De lijst voor de lunch bezorgt mijn collega Pieter volgende week.

Groeten,
Koen Wouters

Van: Jonas Verlinden <jonas.verlinden@stad-leuven.be>
Verzonden: maandag 10 februari 2025 16:20
Onderwerp: rondleiding 27 februari

Dag Koen, de rondleiding kan om 9u30 starten. Laat je weten met hoeveel jullie zijn? Jonas""",
         reply_of="stad-leuven.be", fmt=["reply"], note="ordinary reply to the town hall")

    # O27 ordinary: chargers ------------------------------------------
    mail("extra-laders-aanvraag", "2025-01-28 13:20", TVE, [JVB], "extra laders",
         """Joris,

Er zijn intussen 6 laders van de OKAN-laptops verdwenen. Kunnen we er 10 extra bestellen via het raamcontract? Budget OKAN, kostenplaats 4120.

Tom""", note="ordinary internal mail; cost centre number is harmless")


# ------------------------------------------------------------------ output


def yq(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def yflow(items):
    return "[" + ", ".join(items) + "]"


def main():
    define_passwords()
    define_lookalikes()
    define_sensitive()
    define_personal()
    define_general()
    define_other()
    slugs = [m["slug"] for m in MAILS]
    assert len(slugs) == len(set(slugs)), "duplicate slug"
    for m in MAILS:
        assert re.fullmatch(r"[a-z0-9-]+", m["slug"]), m["slug"]
    MAILS.sort(key=lambda m: (m["date"], m["slug"]))

    for fn in os.listdir(HERE):
        if re.fullmatch(r"\d{3}-[a-z0-9-]+\.eml", fn):
            os.remove(os.path.join(HERE, fn))

    out = ["# batch65 - OKAN (reception class for newcomers) of Sint-Pieterscollege Leuven: teachers, coordinator,",
           "# follow-up coach, guardians, reception centres, CLB, interpreters, language apps, loan laptops, trips.",
           "# about: roster ids of the pupils a mail is specifically about; whole-class lists carry about: [] .",
           "# recipient rule = misdirected: true (mail about X reaches parents of another pupil and none of X's).",
           ""]
    for i, m in enumerate(MAILS, 1):
        fn = "%03d-%s.eml" % (i, m["slug"])
        with open(os.path.join(HERE, fn), "wb") as f:
            f.write(build_eml(m))
        out.append(fn + ":")
        out.append("  rules: " + yflow(m["rules"]))
        if "sensitive" in m["rules"]:
            out.append("  categories: {sensitive: %s}" % yflow(m["cats"]))
        out.append("  mail_from: " + m["mail_from"])
        out.append("  rcpt: " + yflow(m["rcpt"]))
        out.append("  about: " + yflow(m["about"]))
        out.append("  misdirected: " + ("true" if m["mis"] else "false"))
        out.append("  note: " + yq(m["note"]))
        out.append("  lang: " + m["lang"])
        out.append("  format: " + yflow(m["fmt"]))
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")
    write_roster(os.path.join(HERE, "roster.csv"))
    print("wrote %d mails" % len(MAILS))


if __name__ == "__main__":
    main()
