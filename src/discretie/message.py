"""MIME parsing: raw bytes + envelope -> :class:`discretie.model.Message`.

Built for hostile input. The stdlib parser in ``compat32`` mode is lenient and never raises on
malformed structure; everything decoded here (RFC 2047 words, charsets, transfer encodings,
RFC 2231 file names) falls back to a replacement rather than an exception. Nesting depth and
the number of parts are bounded so that a crafted message cannot make the work unbounded.
"""

from __future__ import annotations

import binascii
import email
import email.errors
import email.header
import email.message
import email.utils
import re
from collections.abc import Iterator, Sequence
from email.feedparser import BytesFeedParser
from email.policy import compat32

from selectolax.lexbor import LexborHTMLParser

from discretie.model import Address, Attachment, Envelope, Link, Message, TextPart

MAX_DEPTH = 20  # multipart / message-rfc822 nesting levels that are still read
MAX_PARTS = 1000  # leaf parts read per message; the rest is counted as a defect
MAX_HEADER_CHARS = 100_000  # a decoded header value longer than this is cut
# Attachments read as text whatever their declared type: Excel labels CSV files application/vnd.ms-excel,
# mail clients send .txt as application/octet-stream; scripts and configuration files carry account names and
# passwords in clear (`net use ... /user:x secret`, `password=` in an .ini), and the rules read them like any
# other text (the attachment rule still reports a script by its name).
CODE_FILE_SUFFIXES = (
    *(".bat", ".cmd", ".ps1", ".psm1", ".psd1", ".vbs", ".sh", ".bash", ".py", ".js", ".sql"),
    *(".ini", ".inf", ".cfg", ".conf", ".config", ".cnf", ".json", ".xml", ".yaml", ".yml", ".toml"),
    *(".env", ".properties", ".reg", ".rdp", ".ovpn"),
)
TEXT_FILE_SUFFIXES = (".txt", ".csv", ".tsv", ".text", ".log", ".md", *CODE_FILE_SUFFIXES)
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
_BOMS = ((b"\xef\xbb\xbf", "utf-8-sig"), *((mark, "utf-16") for mark in _UTF16_BOMS))

_ENCODED_WORD = re.compile(r"=\?[^?\s]+\?[bBqQ]\?[^?\s]*\?=")
_WS = re.compile(r"[ \t]*\r?\n[ \t]+")


def decode_bytes(data: bytes, charset: str | None) -> str:
    """Decode with the declared charset, else the byte-order mark's (Notepad and regedit write UTF-16), then
    UTF-8, then windows-1252; never raises."""
    bom = None if charset else next((name for mark, name in _BOMS if data.startswith(mark)), None)
    for candidate in (charset, bom, "utf-8"):
        if not candidate:
            continue
        try:
            return data.decode(_normalise_charset(candidate))
        except (LookupError, UnicodeDecodeError, ValueError):
            continue
    return data.decode("cp1252", errors="replace")


def _textual(data: bytes) -> bool:
    """Whether a file named as text holds text: no NUL byte in its first 8 KiB unless it starts with a UTF-16
    byte-order mark (a program renamed to .txt is no text to read)."""
    return data.startswith(_UTF16_BOMS) or b"\x00" not in data[:8192]


def _named(filename: str | None, suffixes: tuple[str, ...]) -> bool:
    """Whether ``filename`` ends in one of ``suffixes`` (case and trailing dots or spaces ignored: "X.BAT. ")."""
    return filename is not None and filename.lower().rstrip(". ").endswith(suffixes)


def is_code_file(filename: str | None) -> bool:
    """Whether ``filename`` names a script or a configuration file (also inside an archive: "x.zip › y.bat"):
    a program's text, not prose."""
    return _named(filename, CODE_FILE_SUFFIXES)


def _normalise_charset(charset: str) -> str:
    charset = charset.strip().strip('"').lower()
    # Mail clients label windows-1252 text as latin-1 all the time; cp1252 is a superset.
    if charset in ("iso-8859-1", "latin-1", "latin1", "us-ascii", "ascii"):
        return "cp1252"
    return charset


def _unsurrogate(value: str) -> str:
    """Header strings from the bytes parser carry raw 8-bit bytes as surrogates."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return decode_bytes(value.encode("utf-8", "surrogateescape"), None)
    return value


def decode_header(value: object) -> str:
    """Unfold and decode one header value (RFC 2047 words, raw 8-bit UTF-8 or cp1252)."""
    text = str(value) if isinstance(value, email.header.Header) else _unsurrogate(str(value))
    text = _WS.sub(" ", text).replace("\r", "").replace("\n", " ")
    if _ENCODED_WORD.search(text):
        try:
            pieces = []
            for chunk, charset in email.header.decode_header(text):
                if isinstance(chunk, bytes):
                    pieces.append(decode_bytes(chunk, charset))
                else:
                    pieces.append(chunk)
            text = "".join(pieces)
        except (ValueError, LookupError, AssertionError, IndexError):
            pass
    return text[:MAX_HEADER_CHARS]


# A table row whose cells are all this short is data (a name, a class, a code), not page layout: it is read as
# one line, its cells separated by tabs, as a table pasted into a plain-text mail is.
MAX_CELL = 160


def _rows_as_lines(tree: LexborHTMLParser) -> None:
    """Each data row of the HTML's tables (two cells or more, each short) replaced by one line of its cells'
    texts joined by tabs: Outlook writes every cell as its own paragraph, which the text would give as lines
    apart, and a column (a code, a date of birth) would no longer stand next to its header and its name. Rows
    of layout tables (a cell holding paragraphs) stay as they are. The innermost rows first."""
    for row in reversed(tree.css("tr")):
        cells = [cell for cell in row.iter() if cell.tag in ("td", "th")]
        if len(cells) < 2:
            continue
        texts = [cell.text(separator=" ", strip=True) for cell in cells]
        if any(len(text) > MAX_CELL for text in texts) or not any(texts):
            continue
        row.replace_with("\t".join(" ".join(text.split()) for text in texts))


def html_to_text(html: str) -> str:
    """Visible text of an HTML document: scripts and styles dropped, blocks on their own lines, a data table's
    rows one line each."""
    try:
        tree = LexborHTMLParser(html)
        tree.strip_tags(["script", "style", "head", "template"])
        _rows_as_lines(tree)
        text = tree.text(separator="\n", strip=False)
    except Exception:  # selectolax raises a variety of errors on garbage input
        return re.sub(r"<[^>]*>", " ", html)
    return text or ""


MAX_LINKS = 1000  # anchors kept per message


def html_links(html: str) -> list[Link]:
    """Every ``<a href>`` of an HTML document with its visible text (at most :data:`MAX_LINKS`)."""
    try:
        anchors = LexborHTMLParser(html).css("a[href]")
        return [
            Link(href=(a.attributes.get("href") or "").strip(), text=" ".join((a.text() or "").split()))
            for a in anchors[:MAX_LINKS]
        ]
    except Exception:  # selectolax raises a variety of errors on garbage input
        return []


# An address header as most mail has it: one address, bare or in angle brackets after a name of
# plain words. The stdlib's parser reads it character by character (9 us for one address); this
# gives the very same (name, address), and anything else goes to the stdlib (tests/test_message.py
# compares both on every address header of the corpora and on generated ones).
_ATEXT = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+"
_DOT_ATOM = rf"{_ATEXT}(?:\.{_ATEXT})*"
_SIMPLE_ADDRESS = re.compile(rf"(?:((?:{_ATEXT} )*{_ATEXT}) )?<({_DOT_ATOM}@{_DOT_ATOM})>|({_DOT_ATOM}@{_DOT_ATOM})")


def parse_addresses(values: Sequence[str]) -> tuple[Address, ...]:
    if not values:
        return ()
    if len(values) == 1:
        simple = _SIMPLE_ADDRESS.fullmatch(str(values[0]).strip(" \t"))
        if simple is not None:
            name, bracketed, bare = simple.groups()
            return (Address(name=decode_header(name) if name else "", addr=bracketed or bare),)
    return _stdlib_addresses(values)


def _stdlib_addresses(values: Sequence[str]) -> tuple[Address, ...]:
    out = []
    try:
        pairs = email.utils.getaddresses([_unsurrogate(str(v)) for v in values])
    except Exception:  # the address parser has raised on odd input in several Python releases
        pairs = []
    for name, addr in pairs:
        addr = addr.strip()
        if not addr or "@" not in addr:
            continue
        out.append(Address(name=decode_header(name) if name else "", addr=addr))
    return tuple(out)


def _filename(part: email.message.Message) -> str | None:
    try:
        raw = part.get_filename()
    except Exception:
        return None
    if raw is None:
        return None
    name = decode_header(raw)
    # Keep only the last path component; strip what a crafted name might hide behind.
    name = name.replace("\\", "/").rsplit("/", 1)[-1].strip().strip("\x00")
    return name or None


# Transfer encodings compat32's get_payload(decode=True) decodes; for every other one it
# returns the payload's bytes as they are.
_DECODED_CTE = frozenset({"quoted-printable", "base64", "x-uuencode", "uuencode", "uue", "x-uue"})


def _payload(part: email.message.Message) -> bytes:
    """The part's content as get_payload(decode=True) gives it; the tree's copy is dropped. For
    unencoded parts (7bit, 8bit, binary) and quoted-printable the bytes are taken directly:
    get_payload encodes the whole payload once more only to look for surrogates, a 25 MB copy at
    the memory peak. (A test compares both on every part of the MIME corpora.)"""
    payload = part.get_payload()
    cte = str(part.get("content-transfer-encoding", "")).lower()
    if isinstance(payload, str) and (cte == "quoted-printable" or cte not in _DECODED_CTE):
        try:
            as_is = payload.encode("ascii", "surrogateescape")
        except UnicodeEncodeError:  # not from the bytes parser: get_payload's own ways below
            pass
        else:
            part.set_payload("")
            del payload
            # quopri.decodestring, which get_payload uses, is binascii.a2b_qp
            return binascii.a2b_qp(as_is) if cte == "quoted-printable" else as_is
    del payload
    try:
        decoded = part.get_payload(decode=True)
    except Exception:
        decoded = None
    if isinstance(decoded, bytes):
        part.set_payload("")
        return decoded
    raw = part.get_payload()
    part.set_payload("")
    if isinstance(raw, str):
        return raw.encode("utf-8", "surrogateescape")
    return b""


# Header lines that the stdlib parser does not read as a field but another reader does (RFC 5322's
# obsolete syntax lets a field name be followed by white space before the colon, and Postfix and mail
# clients read "From : x" and "Content-Type : multipart/..." as those fields), or that it skips
# while another reader ends the header block there. The relay refuses such a message (550 5.6.0)
# instead of guessing which reading the recipient's client will make: see docs/security.md.
_OBS_FIELD = re.compile(r"([!-9;-~]{1,40})[!-9;-~]*[ \t]+:")
_OBS_FROM = re.compile(r"From[ \t]+:")
_BLANK_CONTINUATION = re.compile(r"\n[ \t]*(?:\r?\n|$)")
_ONCE = ("content-type", "content-transfer-encoding", "content-disposition", "subject")


def _header_problem(part: email.message.Message, payload: object) -> str | None:
    """Why this part's header block may be read differently by a mail client, or None."""
    if part.get_unixfrom() is not None:
        return "een 'From '-regel bovenaan de kopregels"
    for defect in part.defects:
        if isinstance(defect, email.errors.MisplacedEnvelopeHeaderDefect):
            return "een 'From '-regel tussen de kopregels"
        if isinstance(defect, email.errors.FirstHeaderLineIsContinuationDefect):
            return "een vervolgregel zonder kopregel"
        if isinstance(defect, email.errors.InvalidHeaderDefect):
            return "een kopregel zonder naam"
        if isinstance(defect, email.errors.StartBoundaryNotFoundDefect):
            # The parser found none of the declared parts (e.g. a folded Content-Type whose boundary
            # parameter it read with the next line); a client that reads the boundary otherwise shows
            # parts the rules never saw.
            return "een multipart-deel waarvan de grens niet gevonden wordt"
    first = payload if isinstance(payload, str) else part.preamble or ""
    obs = _OBS_FIELD.match(first)
    if obs and (
        _OBS_FROM.match(first)
        or any(isinstance(d, email.errors.MissingHeaderBodySeparatorDefect) for d in part.defects)
    ):
        return f"witruimte voor de dubbele punt in de kopregel '{obs[1]}'"
    seen: set[str] = set()
    for name, value in part.raw_items():
        key = str(name).lower()
        if _BLANK_CONTINUATION.search(str(value)):
            return f"een lege vervolgregel in de kopregel '{key[:40]}'"
        if key in _ONCE:
            if key in seen:
                return f"de kopregel '{key}' meer dan eens"
            seen.add(key)
    return None


def _walk(
    root: email.message.Message, defects: list[str], problems: list[str]
) -> Iterator[tuple[email.message.Message, int, bool]]:
    """Yield (leaf part, message depth, inside an attached message) without recursion; the
    header problems of every part, leaves and containers, go to ``problems``."""
    stack: list[tuple[email.message.Message, int, int, bool]] = [(root, 0, 0, False)]
    parts = 0
    while stack:
        part, nesting, depth, embedded = stack.pop()
        if nesting > MAX_DEPTH:
            defects.append("nesting too deep: inner parts not read")
            continue
        payload = part.get_payload()
        problem = _header_problem(part, payload)
        if problem is not None:
            problems.append(problem)
        if part.is_multipart() and isinstance(payload, list):
            is_message = part.get_content_maintype() == "message"
            children = [
                (child, nesting + 1, depth + (1 if is_message else 0), embedded or is_message)
                for child in payload
                if isinstance(child, email.message.Message)
            ]
            stack.extend(reversed(children))
            continue
        del payload  # a leaf's payload is read by the caller, which drops it: hold no reference
        parts += 1
        if parts > MAX_PARTS:
            defects.append(f"more than {MAX_PARTS} parts: the rest not read")
            return
        yield part, depth, embedded


FEED_CHUNK = 64 * 1024
_WS_RUN = re.compile(r"\s+")


def _has_twin(html_text: str, plain_texts: list[str]) -> bool:
    """Whether a plain part says the same as this HTML part, whitespace aside. Only texts of
    similar length are normalised (one string each, never a list of words: large mail)."""
    for plain in plain_texts:
        if abs(len(plain) - len(html_text)) > max(64, len(plain) // 4):
            continue
        if _normalise(plain) == _normalise(html_text):
            return True
    return False


def _normalise(text: str) -> str:
    # split/join is fastest for ordinary mail; for large text it would build a list of every word
    return " ".join(text.split()) if len(text) < FEED_CHUNK else _WS_RUN.sub(" ", text).strip()


def _parse_chunked(raw: bytes) -> email.message.Message:
    """The stdlib parser fed in 64 KiB pieces. ``message_from_bytes`` decodes the whole message to
    one string and splits all of it into lines at once: 8x the message size at its peak; fed in
    pieces the parser holds about half of that, and it is faster. Same result for every corpus
    message (tests/test_message.py)."""
    parser = BytesFeedParser(policy=compat32)
    view = memoryview(raw)
    for start in range(0, len(raw), FEED_CHUNK):
        parser.feed(bytes(view[start : start + FEED_CHUNK]))
    return parser.close()


def parse(raw: bytes, mail_from: str = "", rcpt_tos: Sequence[str] = ()) -> Message:
    """Parse ``raw`` (as received) with its envelope. Never raises for any input bytes."""
    defects: list[str] = []
    try:
        root = _parse_chunked(raw)
    except Exception as exc:  # pragma: no cover - compat32 is lenient, this is a last resort
        root = email.message.Message()
        root.set_payload(raw.decode("utf-8", "replace"))
        defects.append(f"unparseable: {type(exc).__name__}")

    raw_headers = [(str(k).lower(), str(v)) for k, v in root.raw_items()]
    headers = tuple((k, decode_header(v)) for k, v in raw_headers)
    defects.extend(type(d).__name__ for d in root.defects)

    def raw_values(name: str) -> list[str]:
        return [v for k, v in raw_headers if k == name]

    text_parts: list[TextPart] = []
    attachments: list[Attachment] = []
    plain_texts: list[str] = []  # plain body texts, to spot HTML twins
    links: list[Link] = []  # anchors of the HTML body and embedded parts
    problems: list[str] = []
    for part, depth, embedded in _walk(root, defects, problems):
        ctype = part.get_content_type()
        filename = _filename(part)
        disposition = str(part.get("content-disposition") or "").split(";", 1)[0].strip().lower()
        data = _payload(part)
        is_text = part.get_content_maintype() == "text" or (_named(filename, TEXT_FILE_SUFFIXES) and _textual(data))
        is_attachment = filename is not None or disposition == "attachment" or not is_text
        if is_text:
            try:
                charset = part.get_content_charset()
            except Exception:
                charset = None
            text = decode_bytes(data, charset)
            if ctype == "text/html":
                if not (filename or disposition == "attachment") and len(links) < MAX_LINKS:
                    links.extend(html_links(text)[: MAX_LINKS - len(links)])
                text = html_to_text(text)
            source = "attachment" if (filename or disposition == "attachment") else "body"
            if embedded and source == "body":
                source = "embedded"
            if ctype == "text/html" and source != "attachment" and _has_twin(text, plain_texts):
                pass  # the HTML alternative says exactly what the plain part said: read it once
            else:
                if ctype == "text/plain" and source != "attachment":
                    plain_texts.append(text)
                text_parts.append(TextPart(text=text, content_type=ctype, source=source, filename=filename))
        if is_attachment:
            attachments.append(
                Attachment(
                    filename=filename,
                    content_type=ctype,
                    data=data,
                    inline=disposition == "inline",
                    depth=depth,
                )
            )

    subjects = [decode_header(v) for v in raw_values("subject")]
    message_ids = raw_values("message-id")
    return Message(
        envelope=Envelope(mail_from=mail_from, rcpt_tos=tuple(rcpt_tos)),
        headers=headers,
        subject=subjects[0] if subjects else "",
        from_=parse_addresses(raw_values("from")),
        to=parse_addresses(raw_values("to")),
        cc=parse_addresses(raw_values("cc")),
        bcc=parse_addresses(raw_values("bcc")),
        message_id=decode_header(message_ids[0]).strip() if message_ids else "",
        text_parts=tuple(text_parts),
        attachments=tuple(attachments),
        size=len(raw),
        defects=tuple(dict.fromkeys(defects)),
        header_problems=tuple(dict.fromkeys(problems)),
        links=tuple(links),
    )
