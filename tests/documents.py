"""Documents built in the tests: DOCX, XLSX, PPTX, ODT/ODS as ZIPs of hand-written XML, a PDF with a text
layer written object by object, and hostile ones (a decompression bomb, billion laughs, deep nesting).
Nothing here needs an office suite; what the gateway reads is exactly what is written here."""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from email.message import EmailMessage
from xml.sax.saxutils import escape

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W_STRICT = "http://purl.oclc.org/ooxml/wordprocessingml/main"
S_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"

CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="xml" ContentType="application/xml"/></Types>'
)


def _zip(parts: dict[str, str | bytes], compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as archive:
        for name, content in parts.items():
            archive.writestr(name, content)
    return buffer.getvalue()


def _w_paragraph(text: str) -> str:
    return f'<w:p><w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>'


def docx(
    paragraphs: list[str],
    *,
    header: str = "",
    comment: str = "",
    deleted: str = "",
    table: list[list[str]] | None = None,
    namespace: str = W_NS,
) -> bytes:
    """A Word document: paragraphs, optionally a table, a header, a comment and a tracked deletion
    (``namespace``: Strict OOXML's is ``W_STRICT``)."""
    body = "".join(_w_paragraph(p) for p in paragraphs)
    if table:
        rows = "".join(
            "<w:tr>" + "".join(f"<w:tc>{_w_paragraph(cell)}</w:tc>" for cell in row) + "</w:tr>" for row in table
        )
        body += f"<w:tbl>{rows}</w:tbl>"
    if deleted:
        body += f'<w:p><w:del w:id="1" w:author="x"><w:r><w:delText>{escape(deleted)}</w:delText></w:r></w:del></w:p>'
    parts: dict[str, str | bytes] = {
        "[Content_Types].xml": CONTENT_TYPES,
        "word/document.xml": f'<w:document xmlns:w="{namespace}"><w:body>{body}</w:body></w:document>',
    }
    if header:
        parts["word/header1.xml"] = f'<w:hdr xmlns:w="{W_NS}">{_w_paragraph(header)}</w:hdr>'
    if comment:
        parts["word/comments.xml"] = (
            f'<w:comments xmlns:w="{W_NS}"><w:comment w:id="0">{_w_paragraph(comment)}</w:comment></w:comments>'
        )
    return _zip(parts)


def xlsx(sheets: dict[str, list[list[str]]], hidden: tuple[str, ...] = ()) -> bytes:
    """A workbook: each sheet's rows as shared strings, row numbers from 1."""
    shared: list[str] = []
    index: dict[str, int] = {}
    parts: dict[str, str | bytes] = {"[Content_Types].xml": CONTENT_TYPES}
    sheet_entries = []
    rels = []
    for number, (name, rows) in enumerate(sheets.items(), 1):
        xml_rows = []
        for r, row in enumerate(rows, 1):
            cells = []
            for c, value in enumerate(row):
                if value not in index:
                    index[value] = len(shared)
                    shared.append(value)
                cells.append(f'<c r="{chr(65 + c)}{r}" t="s"><v>{index[value]}</v></c>')
            xml_rows.append(f'<row r="{r}">{"".join(cells)}</row>')
        parts[f"xl/worksheets/sheet{number}.xml"] = (
            f'<worksheet xmlns="{S_NS}"><sheetData>{"".join(xml_rows)}</sheetData></worksheet>'
        )
        state = ' state="hidden"' if name in hidden else ""
        sheet_entries.append(f'<sheet name="{escape(name)}" sheetId="{number}"{state} r:id="rId{number}"/>')
        rels.append(f'<Relationship Id="rId{number}" Type="x" Target="worksheets/sheet{number}.xml"/>')
    parts["xl/workbook.xml"] = (
        f'<workbook xmlns="{S_NS}" xmlns:r="{R_NS}"><sheets>{"".join(sheet_entries)}</sheets></workbook>'
    )
    parts["xl/_rels/workbook.xml.rels"] = f'<Relationships xmlns="{PKG_REL}">{"".join(rels)}</Relationships>'
    strings = "".join(f"<si><t>{escape(s)}</t></si>" for s in shared)
    parts["xl/sharedStrings.xml"] = f'<sst xmlns="{S_NS}">{strings}</sst>'
    return _zip(parts)


def pdf(pages: list[list[str]], image: bytes = b"") -> bytes:
    """A PDF with a text layer (Helvetica, WinAnsi): one list of lines per page; ``image``: the bytes of
    a picture on the first page (a DCT stream as a JPEG photo carries it), for realistic sizes."""
    objects: list[bytes] = []
    kids = []
    font_id = 3
    next_id = 4
    page_objects: list[tuple[int, bytes]] = []
    for lines in pages:
        stream = (
            "BT /F1 11 Tf 50 780 Td 14 TL "
            + " ".join(
                "(" + line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ") '" for line in lines
            )
            + " ET"
        )
        data = stream.encode("cp1252")
        content_id, page_id = next_id, next_id + 1
        next_id += 2
        page_objects.append((content_id, b"<< /Length %d >>\nstream\n" % len(data) + data + b"\nendstream"))
        page_objects.append(
            (
                page_id,
                b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 %d 0 R >> >> "
                b"/Contents %d 0 R >>" % (font_id, content_id),
            )
        )
        kids.append(f"{page_id} 0 R")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [" + " ".join(kids).encode() + b"] /Count %d >>" % len(kids),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    body = dict(enumerate(objects, 1))
    body.update(page_objects)
    if image:
        body[next_id] = (
            b"<< /Type /XObject /Subtype /Image /Width 1000 /Height 1000 /ColorSpace /DeviceRGB "
            b"/BitsPerComponent 8 /Filter /DCTDecode /Length %d >>\nstream\n" % len(image) + image + b"\nendstream"
        )
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = {}
    for number in sorted(body):
        offsets[number] = out.tell()
        out.write(b"%d 0 obj\n" % number + body[number] + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(body) + 1))
    for number in sorted(body):
        out.write(b"%010d 00000 n \n" % offsets[number])
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(body) + 1, xref))
    return out.getvalue()


def pdf_loop(objects: int = 1_000_000) -> bytes:
    """A PDF whose page tree is a loop (2 -> 3 -> 2) followed by ``objects`` objects referring to each
    other: a parser that follows either without bounds never ends."""
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    bodies = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Pages /Parent 2 0 R /Kids [2 0 R] /Count 1 >>",
    ]
    offsets = []
    for number, body in enumerate(bodies, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    for number in range(len(bodies) + 1, len(bodies) + objects + 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n[%d 0 R]\nendobj\n" % (number, number + 1))
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(offsets) + 1))
    out.write(b"".join(b"%010d 00000 n \n" % offset for offset in offsets))
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(offsets) + 1, xref))
    return out.getvalue()


def zip_bomb_docx(unpacked: int = 1024 * 1024 * 1024) -> bytes:
    """A DOCX whose document.xml unpacks to ``unpacked`` bytes (at most 4 GB; about 1 MB packed per GB)
    of paragraphs with a 1 MB attribute each: well-formed XML that libxml2's own limits let through, so
    only the reader's budgets stop it."""
    head = f'<w:document xmlns:w="{W_NS}"><w:body>'.encode()
    chunk = b'<w:p w:rsidR="' + b"0" * (1024 * 1024 - 18) + b'"/>'
    tail = b"</w:body></w:document>"
    return _raw_zip(
        [
            ("[Content_Types].xml", CONTENT_TYPES.encode(), None),
            _repeated("word/document.xml", head, chunk, tail, unpacked),
        ]
    )


def empty_cells_xlsx(unpacked: int = 1024 * 1024 * 1024) -> bytes:
    """A workbook whose one sheet is ``unpacked`` bytes of empty cells (a few hundred KB packed)."""
    head = f'<worksheet xmlns="{S_NS}"><sheetData>'.encode()
    chunk = (b"<row>" + b"<c/>" * 1000 + b"</row>") * 256
    tail = b"</sheetData></worksheet>"
    workbook = (
        f'<workbook xmlns="{S_NS}" xmlns:r="{R_NS}"><sheets><sheet name="Blad1" r:id="rId1"/></sheets></workbook>'
    )
    rels = (
        f'<Relationships xmlns="{PKG_REL}">'
        '<Relationship Id="rId1" Type="x" Target="worksheets/sheet1.xml"/></Relationships>'
    )
    return _raw_zip(
        [
            ("[Content_Types].xml", CONTENT_TYPES.encode(), None),
            ("xl/workbook.xml", workbook.encode(), None),
            ("xl/_rels/workbook.xml.rels", rels.encode(), None),
            _repeated("xl/worksheets/sheet1.xml", head, chunk, tail, unpacked),
        ]
    )


def _repeated(name: str, head: bytes, chunk: bytes, tail: bytes, unpacked: int) -> tuple[str, bytes, tuple[int, int]]:
    """A ZIP member ``head + chunk * n + tail`` of about ``unpacked`` bytes, deflated by repeating one
    deflate block (a full flush resets the compressor, so every block is the same bytes): a second,
    where deflating 1 GB would take ten."""
    count = max(1, (unpacked - len(head) - len(tail)) // len(chunk))
    compressor = zlib.compressobj(6, zlib.DEFLATED, -15)
    first = compressor.compress(head) + compressor.flush(zlib.Z_FULL_FLUSH)
    block = compressor.compress(chunk) + compressor.flush(zlib.Z_FULL_FLUSH)
    assert compressor.compress(chunk) + compressor.flush(zlib.Z_FULL_FLUSH) == block
    packed = first + block * count + compressor.compress(tail) + compressor.flush()
    crc = zlib.crc32(head)
    for _ in range(count):
        crc = zlib.crc32(chunk, crc)
    crc = zlib.crc32(tail, crc)
    size = len(head) + count * len(chunk) + len(tail)
    assert size < 2**32
    return name, packed, (crc, size)


def _raw_zip(members: list[tuple[str, bytes, tuple[int, int] | None]]) -> bytes:
    """A ZIP written field by field: ``(name, data, None)`` stored as is, ``(name, deflated, (crc, size))``
    already deflated."""
    out = io.BytesIO()
    central = []
    for name, data, deflated in members:
        method, (crc, size) = (8, deflated) if deflated else (0, (zlib.crc32(data), len(data)))
        offset = out.tell()
        encoded = name.encode()
        fields = (20, 0, method, 0, 0x21, crc, len(data), size, len(encoded))
        out.write(struct.pack("<4sHHHHHLLLHH", b"PK\x03\x04", *fields, 0) + encoded + data)
        central.append(struct.pack("<4sHHHHHHLLLHHHHHLL", b"PK\x01\x02", 20, *fields, 0, 0, 0, 0, 0, offset) + encoded)
    start = out.tell()
    directory = b"".join(central)
    out.write(directory)
    out.write(struct.pack("<4sHHHHLLH", b"PK\x05\x06", 0, 0, len(central), len(central), len(directory), start, 0))
    return out.getvalue()


def billion_laughs_docx() -> bytes:
    """A DOCX whose document.xml declares the classic exponential entity (10^9 "lol")."""
    entities = '<!ENTITY lol "lol">' + "".join(
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">' for i in range(1, 10)
    )
    xml = (
        f'<?xml version="1.0"?><!DOCTYPE w:document [{entities}]>'
        f'<w:document xmlns:w="{W_NS}"><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>'
    )
    return _zip({"[Content_Types].xml": CONTENT_TYPES, "word/document.xml": xml})


def xxe_docx() -> bytes:
    """A DOCX whose text is an external entity naming a local file (XXE)."""
    xml = (
        '<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
        f'<w:document xmlns:w="{W_NS}"><w:body><w:p><w:r><w:t>voor &xxe; na</w:t></w:r></w:p></w:body></w:document>'
    )
    return _zip({"[Content_Types].xml": CONTENT_TYPES, "word/document.xml": xml})


def deep_docx(levels: int = 100_000) -> bytes:
    """A DOCX whose body nests ``levels`` elements deep (a parser that recurses runs out of stack)."""
    xml = f'<w:document xmlns:w="{W_NS}"><w:body>' + "<w:sdt>" * levels + "</w:sdt>" * levels + "</w:body></w:document>"
    return _zip({"[Content_Types].xml": CONTENT_TYPES, "word/document.xml": xml})


def mail(
    attachments: list[tuple[str, bytes]],
    *,
    sender: str = "an.peeters@sintpieterscollege.be",
    to: str = "ouder.janssens@gmail.com",
    subject: str = "Verslag",
    body: str = "Beste,\n\nIn bijlage het document.\n\nMet vriendelijke groeten,\nAn Peeters\n",
) -> bytes:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = to
    message["Subject"] = subject
    message["Message-ID"] = "<doc-test@sintpieterscollege.be>"
    message.set_content(body)
    for name, data in attachments:
        message.add_attachment(data, maintype="application", subtype="octet-stream", filename=name)
    return message.as_bytes().replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
