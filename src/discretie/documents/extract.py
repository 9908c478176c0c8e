"""Text of one document attachment, with where each piece of text stands. Runs in a worker process
(:mod:`discretie.documents.pool`), never in the relay: a hostile file can at worst exhaust its
worker, which is then killed.

Formats and libraries (docs/architecture.md, "Documents", says why these):

- PDF: pypdfium2 (PDFium, Chrome's PDF engine): the text layer per page; a file that needs a password
  to open is ``unreadable``; pages that are images without text make it ``scanned``; embedded files
  (``/EmbeddedFile``) are read like attachments.
- OOXML (DOCX/DOCM/DOTX, XLSX/XLSM, PPTX/PPTM/PPSX...) and ODF (ODT/ODS/ODP/ODG and their flat XML
  forms): the ZIP read with :mod:`zipfile`, each XML part streamed through lxml's ``iterparse`` with
  entities left unexpanded, no DTD loaded and no network; every byte unpacked counts against the
  attachment's budget (a decompression bomb runs into it, it does not fill the memory).
- XLS/XLSB: python-calamine (Rust calamine); DOC and PPT (Word/PowerPoint 97-2003): recognised, not
  read (``not_read``), no maintained library reads their text; encrypted ones are ``unreadable``.
- RTF: striprtf. Outlook .msg: olefile (subject, recipients, body, HTML body, attachments
  recursively, embedded messages). A forwarded .eml file: :func:`discretie.message.parse`.
- ZIP archives: the documents and text files inside (the attachment rule judges the archive itself).

Every text piece gets a location label ("pagina 2", "blad 3B, rij 14", "dia 3", "notities bij
dia 3", "koptekst", "opmerkingen", "alinea 12"). A spreadsheet row stays one line, its cells joined
with " | ": a pupil with the facts in its cells.
"""

from __future__ import annotations

import io
import posixpath
import re
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import IO, Any

from lxml import etree

from discretie.message import TEXT_FILE_SUFFIXES as TEXT_SUFFIXES
from discretie.message import decode_bytes

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
MAX_DEPTH = 4  # documents inside documents (a .msg in a .msg in a ZIP ...)
MAX_MEMBERS = 500  # ZIP members looked at per archive
MAX_PAGES = 5000  # PDF pages read; a page tree claiming more is a budget overrun
SEPARATOR = " | "  # between the cells of one table row

FLAT_ODF = ("fodt", "fods", "fodp", "fodg")
OFFICE_EXTENSIONS = frozenset(
    [
        "pdf",
        "docx",
        "docm",
        "dotx",
        "dotm",
        "xlsx",
        "xlsm",
        "xltx",
        "xltm",
        "xlsb",
        "xls",
        "pptx",
        "pptm",
        "potx",
        "potm",
        "ppsx",
        "ppsm",
        "doc",
        "dot",
        "ppt",
        "pps",
        "pot",
        "odt",
        "ott",
        "ods",
        "ots",
        "odp",
        "otp",
        "odg",
        "fodt",
        "fods",
        "fodp",
        "fodg",
        "rtf",
        "msg",
        "eml",
        "zip",
    ]
)


class Unreadable(Exception):
    """The document cannot be checked; ``args[0]`` says why, in Dutch, for the DPO and the sender."""


class OverBudget(Unreadable):
    """Reading would take more than the attachment's budget (unpacked bytes, text, pages)."""


@dataclass
class Budget:
    """What one attachment may cost; shared by the documents inside it."""

    max_unpacked: int
    max_chars: int
    unpacked: int = 0
    chars: int = 0

    def take_bytes(self, count: int) -> None:
        self.unpacked += count
        if self.unpacked > self.max_unpacked:
            raise OverBudget(f"pakt uit tot meer dan {self.max_unpacked // (1024 * 1024)} MB")

    def take_chars(self, count: int) -> None:
        self.chars += count
        if self.chars > self.max_chars:
            raise OverBudget(f"bevat meer dan {self.max_chars:,} tekens tekst".replace(",", "."))


@dataclass
class Doc:
    """The text of one document with its location map; ``status`` as in ``model.DocumentRead``."""

    name: str
    kind: str
    budget: Budget
    status: str = "read"
    detail: str = ""
    chunks: list[str] = field(default_factory=list)
    locations: list[tuple[int, str]] = field(default_factory=list)
    size: int = 0

    def add(self, label: str, line: str) -> None:
        """One line of text at ``label``; blank lines are dropped."""
        line = " ".join(line.split())  # one line, whitespace as the rules' normalize() leaves it
        if not line:
            return
        self.budget.take_chars(len(line) + 1)
        if not self.locations or self.locations[-1][1] != label:
            self.locations.append((self.size, label))
        self.chunks.append(line)
        self.size += len(line) + 1

    @property
    def text(self) -> str:
        return "\n".join(self.chunks)

    def as_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "kind": self.kind,
            "status": self.status,
            "detail": self.detail,
            "text": self.text,
            "locations": self.locations,
        }


def final_extension(name: str) -> str:
    from discretie.rules.attachment import final_extension as ext

    return ext(name)


def kind_of(data: bytes, name: str | None) -> str | None:
    """The document kind worth reading, from the content first and the name second; None for
    anything else (images, unknown binaries: nothing to read)."""
    head = data[:8]
    ext = final_extension(name) if name else ""
    if b"%PDF-" in data[:1024]:
        return "pdf"
    if head[:4] in (b"PK\x03\x04", b"PK\x05\x06"):
        return "zip"
    if head == OLE_MAGIC:
        return "ole"
    if data[:5] == b"{\\rtf":
        return "rtf"
    if head[:4] == b"\x78\x9f\x3e\x22":
        return "tnef"
    if ext in FLAT_ODF and b"office:document" in data[:4096]:
        return "flat-odf"
    if ext == "eml":
        return "eml"
    return None


# --- the walk over documents --------------------------------------------------------------------


def extract(data: bytes, name: str, budget: Budget, depth: int = 0) -> list[Doc]:
    """The document ``data`` (called ``name``) and the documents inside it, each with its status.
    Never raises: a problem becomes the status of the document it belongs to."""
    kind = kind_of(data, name) or "onbekend"
    doc = Doc(name=name, kind=kind, budget=budget)
    inner: list[Doc] = []
    try:
        if depth > MAX_DEPTH:
            raise Unreadable(f"meer dan {MAX_DEPTH} documenten in elkaar genest")
        if kind == "pdf":
            _pdf(data, doc, inner, depth)
        elif kind == "zip":
            _zip(data, doc, inner, depth)
        elif kind == "ole":
            _ole(data, doc, inner, depth)
        elif kind == "rtf":
            _rtf(data, doc)
        elif kind == "flat-odf":
            doc.kind = final_extension(name)
            _odf_part(io.BytesIO(data), doc, budget, _odf_kind(doc.kind), "")
        elif kind == "eml":
            _eml(data, doc, inner, depth)
        elif kind == "tnef":
            doc.status, doc.detail = "not_read", "Outlook-verpakking (winmail.dat, TNEF): niet gelezen"
    except OverBudget as exc:
        doc.status, doc.detail = "unreadable", f"te groot om te controleren: {exc.args[0]}"
    except Unreadable as exc:
        doc.status, doc.detail = "unreadable", str(exc.args[0])
    except etree.XMLSyntaxError:
        # libxml2's own limits end here too: entity amplification, nesting deeper than 256, a text
        # node over 10 MB
        doc.status, doc.detail = "unreadable", "beschadigde of misvormde XML in het document (mogelijk kwaadaardig)"
    except (zipfile.BadZipFile, zlib.error, EOFError, ValueError, KeyError, IndexError) as exc:
        doc.status, doc.detail = "unreadable", f"beschadigd bestand ({type(exc).__name__})"
    except MemoryError:
        doc.status, doc.detail = "unreadable", "te groot om te controleren: geheugenbudget op"
    except RecursionError:
        doc.status, doc.detail = "unreadable", "te diep genest om te controleren"
    except (KeyboardInterrupt, SystemExit):
        raise
    except BaseException as exc:  # a library's own error on a damaged file (calamine's Rust panics too)
        doc.status, doc.detail = "unreadable", f"kon niet gelezen worden ({type(exc).__name__})"
    if doc.status == "unreadable":
        doc.chunks.clear()
        doc.locations.clear()
        doc.size = 0
    return [doc, *inner]


def _nested(data: bytes, name: str, parent: Doc, inner: list[Doc], depth: int) -> None:
    if kind_of(data, name) is None and not name.lower().endswith(TEXT_SUFFIXES):
        return
    full = f"{parent.name} › {name}"
    if name.lower().endswith(TEXT_SUFFIXES) and kind_of(data, name) is None:
        parent.budget.take_bytes(len(data))
        text_doc = Doc(name=full, kind="text", budget=parent.budget)
        for number, line in enumerate(decode_bytes(data, None).splitlines(), 1):
            text_doc.add(f"regel {number}", line)
        inner.append(text_doc)
        return
    inner.extend(extract(data, full, parent.budget, depth + 1))


# --- PDF ----------------------------------------------------------------------------------------


def _pdf(data: bytes, doc: Doc, inner: list[Doc], depth: int) -> None:
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower():
            raise Unreadable("versleuteld met een wachtwoord: de inhoud kan niet gecontroleerd worden") from exc
        raise Unreadable("beschadigd PDF-bestand") from exc
    try:
        pages = len(pdf)
        if pages > MAX_PAGES:
            raise OverBudget(f"meer dan {MAX_PAGES} pagina's")
        text_pages = image_pages = failed = 0
        for index in range(pages):
            try:
                page = pdf[index]
            except pdfium.PdfiumError:
                failed += 1
                continue
            try:
                textpage = page.get_textpage()
                try:
                    text = textpage.get_text_range()
                finally:
                    textpage.close()
                label = f"pagina {index + 1}"
                if text.strip():
                    text_pages += 1
                    for line in text.splitlines():
                        doc.add(label, line)
                elif any(True for _ in page.get_objects(filter=(pdfium_c.FPDF_PAGEOBJ_IMAGE,), max_depth=2)):
                    image_pages += 1
            finally:
                page.close()
        if failed and not text_pages and not image_pages:
            raise Unreadable("beschadigd PDF-bestand: geen enkele pagina leesbaar")
        if failed:
            doc.detail = f"{failed} van {pages} pagina's beschadigd, niet gelezen"
        if image_pages and not text_pages:
            doc.status = "scanned"
            doc.detail = f"gescand document ({image_pages} pagina's als afbeelding), niet gelezen"
        for index in range(min(pdf.count_attachments(), MAX_MEMBERS)):
            attachment = pdf.get_attachment(index)
            content = attachment.get_data()
            doc.budget.take_bytes(len(content))
            _nested(bytes(content), attachment.get_name() or f"bijlage {index + 1}", doc, inner, depth)
    finally:
        pdf.close()


# --- XML parts ----------------------------------------------------------------------------------


class _Counted(io.RawIOBase):
    """A member stream whose every byte counts against the budget (so a bomb stops at the budget)."""

    def __init__(self, stream: IO[bytes], budget: Budget):
        self.stream = stream
        self.budget = budget

    def readable(self) -> bool:
        return True

    def read(self, size: int = -1) -> bytes:
        data = self.stream.read(size if size is not None and size >= 0 else 64 * 1024)
        self.budget.take_bytes(len(data))
        return data

    def readinto(self, buffer: Any) -> int:
        data = self.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)


def _events(
    source: IO[bytes], tags: tuple[str, ...] | None = None, events: tuple[str, ...] = ("start", "end")
) -> Iterator[tuple[str, Any]]:
    """lxml's iterparse, safe for hostile XML: no entity expansion, no DTD, no network, libxml2's
    default depth and size limits (huge_tree off). ``tags`` (``{*}row`` matches any namespace): only
    their events come out, everything else stays in C."""
    return etree.iterparse(  # type: ignore[no-any-return]
        source,
        events=events,
        resolve_entities=False,
        load_dtd=False,
        no_network=True,
        huge_tree=False,
        remove_comments=True,
        remove_pis=True,
        tag=tags,
    )


def _release(elem: Any) -> None:
    """Drop a handled element and the siblings before it: the tree never grows with the file."""
    elem.clear(keep_tail=False)
    parent = elem.getparent()
    if parent is not None:
        while elem.getprevious() is not None:
            del parent[0]


def _local(tag: Any) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
_S = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_PML = "{http://schemas.openxmlformats.org/presentationml/2006/main}"
_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
_TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
_DRAW = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
_PRES = "urn:oasis:names:tc:opendocument:xmlns:presentation:1.0"


def _flow(
    source: IO[bytes],
    doc: Doc,
    label: Callable[[int], str],
    para: str,
    texts: tuple[str, ...],
    spaces: tuple[str, ...],
    row: str,
    cell: str,
) -> None:
    """Paragraphs and table rows of a WordprocessingML or DrawingML part: each paragraph a line,
    each table row one line with its cells joined. ``label(n)`` names the n-th paragraph's place.
    Tags match by local name, so Strict OOXML (another namespace) reads the same."""
    para, row, cell = _local(para), _local(row), _local(cell)
    space_names = {_local(tag) for tag in spaces}
    wanted = tuple("{*}" + name for name in (para, row, cell, *space_names))
    inner = tuple("{*}" + _local(tag) for tag in (*texts, *spaces))
    depth = 0  # open table rows
    cells: list[list[str]] = []
    count = 0
    for event, elem in _events(source, wanted):
        tag = _local(elem.tag)
        if event == "start":
            if tag == row:
                depth += 1
                cells.append([])
            continue
        if tag in space_names:
            elem.text = " "
        elif tag == para and depth == 0:
            count += 1
            doc.add(label(count), _joined(elem, inner))
            _release(elem)
        elif tag == cell and depth and cells:
            cells[-1].append(" ".join(_joined(elem, inner).split()))
        elif tag == row and depth:
            depth -= 1
            count += 1
            line = SEPARATOR.join(c for c in cells.pop() if c)
            doc.add(label(count), line)
            if depth == 0:
                _release(elem)


def _joined(elem: Any, tags: tuple[str, ...]) -> str:
    """The text of every ``tags`` element under ``elem``, in order. An entity reference left
    unexpanded stays as its literal text (``&name;``), and the text after it is kept."""
    return "".join("".join(node.itertext()) for node in elem.iter(*tags))


def _rels(archive: zipfile.ZipFile, part: str, budget: Budget) -> dict[str, str]:
    """Relationship id -> target part path of ``part`` (``word/document.xml``)."""
    folder, base = posixpath.split(part)
    rels_name = posixpath.join(folder, "_rels", base + ".rels")
    if rels_name not in archive.NameToInfo:
        return {}
    out: dict[str, str] = {}
    with archive.open(rels_name) as raw:
        for event, elem in _events(io.BufferedReader(_Counted(raw, budget))):
            if event == "end" and _local(elem.tag) == "Relationship" and elem.get("TargetMode") != "External":
                target = elem.get("Target") or ""
                path = (
                    target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join(folder, target))
                )
                out[elem.get("Id") or ""] = path
                _release(elem)
    return out


def _open(archive: zipfile.ZipFile, name: str, budget: Budget) -> IO[bytes]:
    info = archive.NameToInfo[name]
    if info.flag_bits & 0x1:
        raise Unreadable("versleuteld met een wachtwoord: de inhoud kan niet gecontroleerd worden")
    return io.BufferedReader(_Counted(archive.open(info), budget), 64 * 1024)


def _numbered(names: list[str], prefix: str) -> list[str]:
    """``ppt/slides/slide10.xml`` after ``slide9.xml``."""
    found = [n for n in names if n.startswith(prefix) and n.endswith(".xml") and "/_rels/" not in n]

    def key(name: str) -> tuple[int, str]:
        digits = re.findall(r"\d+", name.rsplit("/", 1)[-1])
        return (int(digits[-1]) if digits else 0, name)

    return sorted(found, key=key)


def _docx(archive: zipfile.ZipFile, names: list[str], doc: Doc) -> None:
    budget = doc.budget
    texts = (_W + "t", _W + "delText")
    spaces = (_W + "tab", _W + "br", _W + "cr")
    main = next((n for n in names if n.lower() == "word/document.xml"), None)
    if main is None:
        main = next((n for n in names if n.startswith("word/") and n.endswith("document.xml")), None)
    parts: list[tuple[str, Callable[[int], str]]] = []
    if main:
        parts.append((main, lambda n: f"alinea {n}"))
    for name in names:
        low = name.lower()
        if not low.startswith("word/") or "/_rels/" in low or not low.endswith(".xml"):
            continue
        base = low.rsplit("/", 1)[-1]
        if base.startswith("header"):
            parts.append((name, _fixed("koptekst")))
        elif base.startswith("footer"):
            parts.append((name, _fixed("voettekst")))
        elif base.startswith("comments"):
            parts.append((name, _fixed("opmerkingen")))
        elif base.startswith(("footnotes", "endnotes")):
            parts.append((name, _fixed("voetnoten")))
    for name, label in parts:
        with _open(archive, name, budget) as stream:
            _flow(stream, doc, label, _W + "p", texts, spaces, _W + "tr", _W + "tc")


def _fixed(label: str) -> Callable[[int], str]:
    """The same place for every paragraph of a part (a slide, its notes)."""
    return lambda _paragraph: label


def _pptx(archive: zipfile.ZipFile, names: list[str], doc: Doc) -> None:
    budget = doc.budget
    texts = (_A + "t",)
    spaces = (_A + "br", _A + "tab")
    slides = _numbered(names, "ppt/slides/slide")
    number = {name: index for index, name in enumerate(slides, 1)}
    for name in slides:
        with _open(archive, name, budget) as stream:
            _flow(stream, doc, _fixed(f"dia {number[name]}"), _A + "p", texts, spaces, _A + "tr", _A + "tc")
    for name in _numbered(names, "ppt/notesSlides/notesSlide"):
        targets = _rels(archive, name, budget).values()
        slide_no = next((number[t] for t in targets if t in number), 0)
        label = f"notities bij dia {slide_no}" if slide_no else "notities"
        with _open(archive, name, budget) as stream:
            _flow(stream, doc, _fixed(label), _A + "p", texts, spaces, _A + "tr", _A + "tc")
    for name in _numbered(names, "ppt/comments/") + _numbered(names, "ppt/commentAuthors"):
        if "comment" not in name.rsplit("/", 1)[-1].lower() or "authors" in name.lower():
            continue
        with _open(archive, name, budget) as stream:
            for event, elem in _events(stream):
                if event == "end" and _local(elem.tag) == "text":
                    doc.add("opmerkingen", elem.text or "")
                    _release(elem)


def _xlsx(archive: zipfile.ZipFile, names: list[str], doc: Doc) -> None:
    budget = doc.budget
    workbook = next((n for n in names if n.lower() == "xl/workbook.xml"), None)
    if workbook is None:
        raise Unreadable("Excel-bestand zonder werkmap (xl/workbook.xml)")
    shared: list[str] = []
    strings = next((n for n in names if n.lower() == "xl/sharedstrings.xml"), None)
    if strings:
        with _open(archive, strings, budget) as stream:
            for event, elem in _events(stream):
                if event == "end" and _local(elem.tag) == "si":
                    text = "".join(t.text or "" for t in elem.iter("{*}t") if _local(t.getparent().tag) != "rPh")
                    budget.take_chars(len(text) // 4)  # kept in memory: counts a little towards the budget
                    shared.append(text)
                    _release(elem)
    rels = _rels(archive, workbook, budget)
    sheets: list[tuple[str, str, bool]] = []
    with _open(archive, workbook, budget) as stream:
        for event, elem in _events(stream):
            if event == "end" and _local(elem.tag) == "sheet":
                rel = next((v for k, v in elem.attrib.items() if k.endswith("}id")), "")  # transitional or strict
                target = rels.get(rel, "")
                sheets.append((elem.get("name") or "?", target, elem.get("state") in ("hidden", "veryHidden")))
    for sheet_name, target, hidden in sheets:
        if target not in archive.NameToInfo:
            continue
        where = f"verborgen blad {sheet_name}" if hidden else f"blad {sheet_name}"
        doc.add(where, f"[{where}]")
        with _open(archive, target, budget) as stream:
            _sheet(io.BufferedReader(_WithoutEmptyCells(stream), 256 * 1024), doc, where, shared)
        for comment in _rels(archive, target, budget).values():
            if "comments" in comment.rsplit("/", 1)[-1].lower() and comment in archive.NameToInfo:
                with _open(archive, comment, budget) as stream:
                    for event, elem in _events(stream):
                        if event == "end" and _local(elem.tag) == "comment":
                            text = "".join(t.text or "" for t in elem.iter("{*}t"))
                            doc.add(f"{where}, opmerking bij {elem.get('ref') or '?'}", text)
                            _release(elem)


_EMPTY_CELL = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?c(?:\s[^<>]*)?/>")


class _WithoutEmptyCells(io.RawIOBase):
    """A worksheet stream with its empty cells (``<c r="B7" s="3"/>``: self-closing, so no value)
    cut out by a regular expression before the XML parser sees them: a sheet of millions of empty
    cells then costs the speed of ``re.sub`` instead of a parser node per cell."""

    def __init__(self, stream: IO[bytes]):
        self.stream = stream
        self.carry = b""
        self.pending = b""

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        while not self.pending:
            chunk = self.stream.read(256 * 1024)
            if not chunk:
                self.pending, self.carry = self.carry, b""
                if not self.pending:
                    return 0
                break
            data = self.carry + chunk
            cut = data.rfind(b"<")
            if cut < 0:
                cut = len(data)
            self.pending, self.carry = _EMPTY_CELL.sub(b"", data[:cut]), data[cut:]
        count = min(len(buffer), len(self.pending))
        buffer[:count] = self.pending[:count]
        self.pending = self.pending[count:]
        return count


_FILLED_CELLS = etree.XPath("./*[local-name()='c'][*[local-name()='v' or local-name()='is']]")
_HEADERS_FOOTERS = ("oddHeader", "oddFooter", "evenHeader", "evenFooter", "firstHeader", "firstFooter")


def _sheet(stream: IO[bytes], doc: Doc, where: str, shared: list[str]) -> None:
    """Rows of one worksheet. Only rows (and headers/footers) come out of the parser, and only the
    cells with a value are looked at: a sheet of a million empty cells costs C time, not Python."""
    row_no = 0
    for _event, elem in _events(stream, ("{*}row", *(f"{{*}}{tag}" for tag in _HEADERS_FOOTERS)), ("end",)):
        if _local(elem.tag) != "row":
            doc.add(f"{where}, kop- of voettekst", re.sub(r"&[A-Za-z]|&\"[^\"]*\"|&\d+", " ", elem.text or ""))
            continue
        number = elem.get("r") or ""
        row_no = int(number) if number.isdigit() else row_no + 1
        cells: list[str] = []
        for cell in _FILLED_CELLS(elem):
            kind = cell.get("t")
            if kind == "inlineStr":
                text = "".join(t.text or "" for t in cell.iter("{*}t"))
            else:
                value = next(cell.iterchildren("{*}v"), None)
                text = value.text or "" if value is not None else ""
                if kind == "s" and text.isdigit():
                    index = int(text)
                    text = shared[index] if index < len(shared) else ""
                elif kind == "b":
                    text = "WAAR" if text == "1" else "ONWAAR"
            if text.strip():
                cells.append(" ".join(text.split()))
        if cells:
            doc.add(f"{where}, rij {row_no}", SEPARATOR.join(cells))
        _release(elem)


def _odf_kind(ext: str) -> str:
    return {"ods": "sheet", "ots": "sheet", "fods": "sheet", "odp": "slides", "otp": "slides", "fodp": "slides"}.get(
        ext, "text"
    )


def _odf_part(source: IO[bytes], doc: Doc, budget: Budget, kind: str, prefix: str) -> None:
    """Paragraphs, headings, table rows (one line each) of an ODF XML part; sheet names and row
    numbers for spreadsheets, page numbers for presentations and drawings. Annotations (comments),
    notes and tracked changes are in the same XML and are read with it."""
    p_tags = {f"{{{_TEXT}}}p", f"{{{_TEXT}}}h"}
    spaces = (f"{{{_TEXT}}}s", f"{{{_TEXT}}}tab", f"{{{_TEXT}}}line-break")
    row_tag, cell_tag, cover = f"{{{_TABLE}}}table-row", f"{{{_TABLE}}}table-cell", f"{{{_TABLE}}}covered-table-cell"
    table_tag, page_tag, notes_tag = f"{{{_TABLE}}}table", f"{{{_DRAW}}}page", f"{{{_PRES}}}notes"
    repeat_rows = f"{{{_TABLE}}}number-rows-repeated"
    depth = 0
    cells: list[list[str]] = []
    sheet = ""
    row_no = 0
    page = 0
    in_notes = 0
    paragraph = 0
    wanted = (*p_tags, *spaces, row_tag, cell_tag, cover, table_tag, page_tag, notes_tag)
    for event, elem in _events(source, wanted):
        tag = elem.tag
        if event == "start":
            if tag == row_tag:
                depth += 1
                cells.append([])
            elif tag == table_tag and kind == "sheet" and depth == 0:
                sheet, row_no = elem.get(f"{{{_TABLE}}}name") or "?", 0
            elif tag == page_tag:
                page += 1
            elif tag == notes_tag:
                in_notes += 1
            continue
        if tag in spaces:
            elem.text = " "
            continue
        if tag == notes_tag:
            in_notes -= 1
        if kind == "sheet" and sheet:
            where = f"{prefix}blad {sheet}"
        elif kind == "slides" or page:
            where = f"{prefix}{'notities bij dia' if in_notes else 'dia'} {page}"
        else:
            where = ""
        if tag in p_tags and depth == 0:
            paragraph += 1
            doc.add(where or f"{prefix}alinea {paragraph}", "".join(elem.itertext()))
            _release(elem)
        elif tag in (cell_tag, cover) and depth and cells:
            cells[-1].append(" ".join("".join(elem.itertext()).split()))
        elif tag == row_tag and depth:
            depth -= 1
            repeated = elem.get(repeat_rows) or "1"
            row_start = row_no + 1
            row_no += int(repeated) if repeated.isdigit() else 1
            line = SEPARATOR.join(c for c in cells.pop() if c)
            if kind == "sheet":
                label = f"{where}, rij {row_start}" if where else f"rij {row_start}"
            else:
                paragraph += 1
                label = where or f"{prefix}alinea {paragraph}"
            doc.add(label, line)
            if depth == 0:
                _release(elem)


def _odf(archive: zipfile.ZipFile, names: list[str], doc: Doc, mimetype: str) -> None:
    manifest = next((n for n in names if n.lower() == "meta-inf/manifest.xml"), None)
    if manifest:
        with _open(archive, manifest, doc.budget) as stream:
            for event, elem in _events(stream):
                if event == "start" and _local(elem.tag) == "encryption-data":
                    raise Unreadable("versleuteld met een wachtwoord: de inhoud kan niet gecontroleerd worden")
    kind = "sheet" if "spreadsheet" in mimetype else "slides" if "presentation" in mimetype else "text"
    doc.kind = {"sheet": "ods", "slides": "odp"}.get(kind, "odg" if "graphics" in mimetype else "odt")
    for part, prefix in (("styles.xml", "kop- of voettekst: "), ("content.xml", "")):
        if part in archive.NameToInfo:
            with _open(archive, part, doc.budget) as stream:
                _odf_part(stream, doc, doc.budget, "text" if prefix else kind, prefix)


def _zip(data: bytes, doc: Doc, inner: list[Doc], depth: int) -> None:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError, NotImplementedError) as exc:
        raise Unreadable("beschadigd ZIP-bestand (ook een Office-document is een ZIP)") from exc
    with archive:
        names = [info.filename for info in archive.infolist()[: MAX_MEMBERS * 4]]
        lower = {n.lower(): n for n in names}
        if "[content_types].xml" in lower or any(n.startswith(("word/", "xl/", "ppt/")) for n in lower):
            if any(n.startswith("word/") for n in lower):
                doc.kind = "docx"
                _docx(archive, names, doc)
            elif "xl/workbook.bin" in lower:
                doc.kind = "xlsb"
                _xls(data, doc)  # calamine reads the binary workbook too
            elif any(n.startswith("xl/") for n in lower):
                doc.kind = "xlsx"
                _xlsx(archive, names, doc)
            elif any(n.startswith("ppt/") for n in lower):
                doc.kind = "pptx"
                _pptx(archive, names, doc)
            else:
                raise Unreadable("Office-bestand van een onbekende soort")
            _embedded(archive, names, doc, inner, depth)
            return
        if "mimetype" in lower and "content.xml" in lower:
            with _open(archive, lower["mimetype"], doc.budget) as stream:
                mimetype = stream.read(200).decode("ascii", "replace")
            _odf(archive, names, doc, mimetype)
            return
        doc.kind = "zip"
        for info in archive.infolist()[:MAX_MEMBERS]:
            if info.is_dir() or info.flag_bits & 0x1:
                continue  # an encrypted member: the attachment rule reports the archive
            member = info.filename.rsplit("/", 1)[-1]
            ext = final_extension(member)
            if ext not in OFFICE_EXTENSIONS and not member.lower().endswith(TEXT_SUFFIXES):
                continue
            doc.budget.take_bytes(info.file_size)
            with archive.open(info) as stream:
                content = stream.read(doc.budget.max_unpacked)
            _nested(content, info.filename, doc, inner, depth)


def _embedded(archive: zipfile.ZipFile, names: list[str], doc: Doc, inner: list[Doc], depth: int) -> None:
    """Documents embedded in an Office file (word/embeddings/...): read like attachments."""
    for name in names:
        if "/embeddings/" not in name.lower() or name.endswith("/"):
            continue
        info = archive.NameToInfo[name]
        doc.budget.take_bytes(info.file_size)
        with archive.open(info) as stream:
            content = stream.read(doc.budget.max_unpacked)
        _nested(content, name.rsplit("/", 1)[-1], doc, inner, depth)


# --- OLE2: Outlook .msg, Word/Excel/PowerPoint 97-2003, encrypted OOXML ----------------------------


def _ole(data: bytes, doc: Doc, inner: list[Doc], depth: int) -> None:
    import olefile

    try:
        ole = olefile.OleFileIO(io.BytesIO(data))
    except Exception as exc:
        raise Unreadable("beschadigd Office-bestand (OLE)") from exc
    with ole:
        root = {entry[0].lower() for entry in ole.listdir(streams=True, storages=True) if entry}
        if "encryptedpackage" in root:
            doc.kind = "ooxml"
            raise Unreadable("versleuteld met een wachtwoord: de inhoud kan niet gecontroleerd worden")
        if "__properties_version1.0" in root or any(n.startswith("__substg1.0_") for n in root):
            doc.kind = "msg"
            _msg(ole, [], doc, inner, depth)
            return
        if "workbook" in root or "book" in root:
            doc.kind = "xls"
            if _office_encrypted(data):
                raise Unreadable("versleuteld met een wachtwoord: de inhoud kan niet gecontroleerd worden")
            _xls(data, doc)
            return
        doc.kind = "doc" if "worddocument" in root else "ppt" if "powerpoint document" in root else "ole"
        if doc.kind != "ole" and _office_encrypted(data):
            raise Unreadable("versleuteld met een wachtwoord: de inhoud kan niet gecontroleerd worden")
        doc.status = "not_read"
        doc.detail = {
            "doc": "oud Word-formaat (97-2003): niet gelezen",
            "ppt": "oud PowerPoint-formaat (97-2003): niet gelezen",
        }.get(doc.kind, "onbekend Office-formaat: niet gelezen")


def _office_encrypted(data: bytes) -> bool:
    import msoffcrypto

    try:
        return bool(msoffcrypto.OfficeFile(io.BytesIO(data)).is_encrypted())
    except Exception:
        return False


def _xls(data: bytes, doc: Doc) -> None:
    import python_calamine

    try:
        book = python_calamine.CalamineWorkbook.from_filelike(io.BytesIO(data))
    except python_calamine.PasswordError as exc:
        raise Unreadable("versleuteld met een wachtwoord: de inhoud kan niet gecontroleerd worden") from exc
    for meta in book.sheets_metadata:
        hidden = str(meta.visible).rsplit(".", 1)[-1].lower() != "visible"
        where = f"verborgen blad {meta.name}" if hidden else f"blad {meta.name}"
        sheet = book.get_sheet_by_name(meta.name)
        first = sheet.start[0] if sheet.start else 0
        doc.add(where, f"[{where}]")
        for offset, row in enumerate(sheet.iter_rows()):
            cells = [" ".join(str(value).split()) for value in row if value not in ("", None)]
            if cells:
                doc.add(f"{where}, rij {first + offset + 1}", SEPARATOR.join(cells))


def _msg(ole: Any, prefix: list[str], doc: Doc, inner: list[Doc], depth: int) -> None:
    """An Outlook message: subject, recipients, body (plain, else HTML), attachments."""
    from discretie.message import html_to_text

    def stream(*path: str) -> bytes | None:
        full = [*prefix, *path]
        if not ole.exists("/".join(full)):
            return None
        raw = ole.openstream(full).read(doc.budget.max_unpacked)
        doc.budget.take_bytes(len(raw))
        return bytes(raw)

    def prop(tag: str) -> str:
        value = stream(f"__substg1.0_{tag}001F")
        if value is not None:
            return value.decode("utf-16-le", "replace").rstrip("\x00")
        value = stream(f"__substg1.0_{tag}001E")
        return value.decode("cp1252", "replace").rstrip("\x00") if value is not None else ""

    doc.add("onderwerp", prop("0037"))
    level = len(prefix)
    entries = [e for e in ole.listdir(streams=True, storages=True) if len(e) == level + 1 and e[:level] == prefix]
    for entry in sorted(entries):
        if entry[-1].lower().startswith("__recip_version1.0_"):
            name = prop_at(ole, entry, "3001", doc)
            address = prop_at(ole, entry, "39FE", doc) or prop_at(ole, entry, "3003", doc)
            doc.add("ontvangers", f"{name} <{address}>" if address else name)
    body = prop("1000")
    if body.strip():
        for line in body.splitlines():
            doc.add("tekst", line)
    else:
        html = stream("__substg1.0_10130102")
        if html:
            for line in html_to_text(html.decode("utf-8", "replace")).splitlines():
                doc.add("tekst", line)
        elif stream("__substg1.0_10090102"):
            doc.detail = "alleen een RTF-tekst (gecomprimeerd): niet gelezen"
    for entry in sorted(entries):
        if not entry[-1].lower().startswith("__attach_version1.0_"):
            continue
        name = prop_at(ole, entry, "3707", doc) or prop_at(ole, entry, "3704", doc) or "bijlage"
        embedded = [*entry, "__substg1.0_3701000D"]
        if ole.exists("/".join(embedded)):
            if depth + 1 > MAX_DEPTH:
                raise Unreadable(f"meer dan {MAX_DEPTH} berichten in elkaar genest")
            sub = Doc(name=f"{doc.name} › {name}", kind="msg", budget=doc.budget)
            _msg(ole, embedded, sub, inner, depth + 1)
            inner.append(sub)
            continue
        path = "/".join([*entry, "__substg1.0_37010102"])
        if ole.exists(path):
            content = bytes(ole.openstream(path).read(doc.budget.max_unpacked))
            doc.budget.take_bytes(len(content))
            _nested(content, name, doc, inner, depth)


def prop_at(ole: Any, entry: list[str], tag: str, doc: Doc) -> str:
    for suffix, codec in (("001F", "utf-16-le"), ("001E", "cp1252")):
        path = "/".join([*entry, f"__substg1.0_{tag}{suffix}"])
        if ole.exists(path):
            raw = ole.openstream(path).read(64 * 1024)
            doc.budget.take_bytes(len(raw))
            return str(raw.decode(codec, "replace").rstrip("\x00"))
    return ""


# --- RTF, mail ----------------------------------------------------------------------------------

_RTF_BINARY = re.compile(rb"\\bin(\d+) ?")
_RTF_OBJECT = re.compile(rb"\{\\\*?\\?(?:objdata|pict|datastore|themedata|colorschememapping)\b")


def _rtf(data: bytes, doc: Doc) -> None:
    from striprtf import striprtf

    rtf_to_text: Callable[..., str] = striprtf.rtf_to_text
    doc.budget.take_bytes(len(data))
    text = rtf_to_text(_rtf_without_blobs(data).decode("cp1252", "replace"), errors="replace")
    for number, line in enumerate(text.splitlines(), 1):
        doc.add(f"alinea {number}", line)


def _rtf_without_blobs(data: bytes) -> bytes:
    """RTF with embedded pictures and objects (hex blobs, megabytes of them) cut out before
    striprtf's regular expressions see it: they hold no text, and would cost seconds."""
    out: list[bytes] = []
    pos = 0
    for match in _RTF_OBJECT.finditer(data):
        if match.start() < pos:
            continue
        out.append(data[pos : match.start()])
        level, index = 0, match.start()
        while index < len(data):
            char = data[index]
            if char == 0x5C:  # backslash: skip the escaped character
                index += 2
                continue
            if char == 0x7B:
                level += 1
            elif char == 0x7D:
                level -= 1
                if level == 0:
                    break
            index += 1
        pos = index + 1
    out.append(data[pos:])
    return b"".join(out)


def _eml(data: bytes, doc: Doc, inner: list[Doc], depth: int) -> None:
    from discretie.message import parse

    doc.budget.take_bytes(len(data))
    message = parse(data)
    doc.add("onderwerp", message.subject)
    for part in message.text_parts:
        for line in part.text.splitlines():
            doc.add("tekst", line)
    for attachment in message.attachments:
        if attachment.content_type.startswith("text/"):
            continue
        _nested(attachment.data, attachment.filename or "bijlage", doc, inner, depth)
