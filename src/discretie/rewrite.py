"""The BCC rewrite: take addresses out of the visible To and Cc headers of a raw message.

Only the top-level header block is edited, and only the To and Cc fields that actually lose an
address; every other byte (other headers, their order and folding, the blank line, the body,
nested messages) is kept exactly, so the body is never re-encoded and DKIM can be applied later
by the upstream. The envelope is not touched here: the removed recipients still get the message,
they just no longer see each other.

Remaining addresses keep their original text (display names, RFC 2047 encoded words, comments,
quoting). A To that loses all its addresses reads ``To: undisclosed-recipients:;``; an emptied
Cc header disappears. No ``Bcc`` header is added: it would show the recipients to anyone who can
read the delivered copy. The message gets one trace header, ``X-Discretie-Rewritten: bcc``,
without the number or names of the moved recipients (a BCC recipient should not learn how many
others received the mail; the DPO has the count in the incident).
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass, field
from email.utils import getaddresses

from discretie.message import decode_bytes

MARK_HEADER = b"X-Discretie-Rewritten: bcc"
UNDISCLOSED = "undisclosed-recipients:;"
FOLD_WIDTH = 78

# Same header-line test as the stdlib feedparser: a line that is not a field, a continuation or
# the mbox "From " line ends the header block, exactly where the parser ends it.
_HEADER_LINE = re.compile(rb"^(From |[\041-\071\073-\176]*:|[\t ])")
_LINE = re.compile(rb"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+")
_EOL = re.compile(rb"(?:\r\n|\r|\n)$")
_ANGLE = re.compile(r"<([^<>]*)>")
_NEWLINE = re.compile(r"\r\n|\r|\n")


@dataclass
class _Field:
    start: int  # byte offsets of the whole field (all its lines, including the last EOL)
    end: int
    name: bytes  # as written
    value: bytes  # after the colon, folding and final EOL included


@dataclass
class _Mailbox:
    text: str


@dataclass
class _Group:
    prefix: str  # display name and colon, as written
    members: list[str] = field(default_factory=list)
    suffix: str = ""  # the semicolon and what follows it up to the next comma
    closed: bool = False


_Item = _Mailbox | _Group


def _header_lines(raw: bytes) -> list[tuple[int, bytes]]:
    """The lines of the top-level header block: (offset, bytes including the EOL)."""
    lines: list[tuple[int, bytes]] = []
    for match in _LINE.finditer(raw):
        line = match.group()
        if not _HEADER_LINE.match(line):
            break  # the blank line (or the first non-header line) ends the block
        lines.append((match.start(), line))
    return lines


def _fields(lines: list[tuple[int, bytes]]) -> list[_Field]:
    fields: list[_Field] = []
    for index, (offset, line) in enumerate(lines):
        if line[:1] in (b" ", b"\t"):
            if fields:
                last = fields[-1]
                last.end = offset + len(line)
                last.value += line
            continue
        if index == 0 and line.startswith(b"From "):
            continue  # mbox separator line (the parser's "unixfrom"): not a field
        name, _, value = line.partition(b":")
        fields.append(_Field(offset, offset + len(line), name, value))
    return fields


def _split(value: str) -> list[_Item]:
    """Split an address-list into mailboxes and groups, keeping each item's text as written.

    Separators (``,`` ``:`` ``;``) count only outside quoted strings, comments, angle brackets
    and domain literals; a backslash escapes the next character inside quotes and comments.
    """
    items: list[_Item] = []
    group: _Group | None = None
    start = 0
    quoted = False
    comment = 0
    angle = False
    literal = False
    i = 0
    n = len(value)

    def take(end: int) -> str:
        return value[start:end]

    while i < n:
        ch = value[i]
        if quoted:
            if ch == "\\":
                i += 1
            elif ch == '"':
                quoted = False
        elif comment:
            if ch == "\\":
                i += 1
            elif ch == "(":
                comment += 1
            elif ch == ")":
                comment -= 1
        elif literal:
            if ch == "\\":
                i += 1
            elif ch == "]":
                literal = False
        elif ch == '"':
            quoted = True
        elif ch == "(":
            comment = 1
        elif ch == "[":
            literal = True
        elif angle:
            if ch == ">":
                angle = False
        elif ch == "<":
            angle = True
        elif ch == ",":
            if group is not None and not group.closed:
                group.members.append(take(i))
            elif group is not None:
                group.suffix += take(i)
                group = None
            else:
                items.append(_Mailbox(take(i)))
            start = i + 1
        elif ch == ":" and group is None:
            group = _Group(prefix=take(i + 1))
            items.append(group)
            start = i + 1
        elif ch == ";" and group is not None and not group.closed:
            group.members.append(take(i))
            group.closed = True
            start = i
        i += 1
    rest = value[start:]
    if group is not None and not group.closed:
        group.members.append(rest)
    elif group is not None:
        group.suffix += rest
    else:
        items.append(_Mailbox(rest))
    return items


def _keys(text: str) -> set[str]:
    """Lower-case addr-specs in one item, found the way :func:`discretie.message.parse` finds them."""
    decoded = decode_bytes(text.encode("latin-1"), None)
    try:
        pairs = getaddresses([decoded])
    except Exception:  # the stdlib address parser has raised on odd input in several releases
        pairs = []
    keys = {addr.strip().lower() for _, addr in pairs if "@" in addr}
    keys.update(m.strip().lower() for m in _ANGLE.findall(decoded) if "@" in m)
    return keys


def _blank(text: str) -> bool:
    return not text.strip(" \t\r\n")


def _fold(pieces: list[str], indent: int, eol: str) -> str:
    """Join items with ``, `` and fold between items so lines stay near 78 characters.
    Folding inside an item (a long display name) is kept as written."""
    out: list[str] = []
    width = indent
    for index, piece in enumerate(pieces):
        lines = _NEWLINE.split(piece)
        if index:
            if width + 2 + len(lines[0]) > FOLD_WIDTH:
                out.append("," + eol + " ")
                width = 1
            else:
                out.append(", ")
                width += 2
        out.append(piece)
        width = len(lines[-1]) if len(lines) > 1 else width + len(piece)
    return "".join(out)


def _clean(text: str) -> str:
    """An item's text without the whitespace (and folding) around it."""
    return text.strip(" \t\r\n")


def _rewrite_value(value: str, moved: frozenset[str], eol: str, indent: int) -> tuple[str, int] | None:
    """New value (without final EOL) and the number of removed mailboxes; None when unchanged."""
    items = _split(value)
    removed = 0
    kept: list[str] = []
    for item in items:
        if isinstance(item, _Mailbox):
            if _blank(item.text):
                continue
            if _keys(item.text) & moved:
                removed += 1
            else:
                kept.append(_clean(item.text))
            continue
        members = [m for m in item.members if not _blank(m)]
        keep = [m for m in members if not (_keys(m) & moved)]
        removed += len(members) - len(keep)
        if members and not keep:
            continue  # a group emptied by the rewrite disappears with its name
        if len(keep) == len(members):
            kept.append(_clean(item.prefix + ",".join(item.members) + item.suffix))
        else:
            inner = ", ".join(_clean(m) for m in keep)
            kept.append(f"{_clean(item.prefix)} {inner}{_clean(item.suffix) or ';'}")
    if not removed:
        if not _leaks(value, moved):
            return None
        removed = 1  # the split missed an address the stdlib parser sees: rebuild below
    new = _fold(kept, indent, eol)
    if _leaks(new, moved):
        new = _fold(_safe_rebuild(new, moved), indent, eol)
    if _leaks(new, moved):
        new = ""  # pathological syntax: better no visible recipient than a leaked one
    return new, removed


def _leaks(value: str, moved: frozenset[str]) -> bool:
    return bool(_keys(value) & moved)


def _safe_rebuild(value: str, moved: frozenset[str]) -> list[str]:
    """Last resort when the item split and the stdlib parser disagree: re-format the header
    from the parsed addresses, so that no moved address can survive."""
    decoded = decode_bytes(value.encode("latin-1"), None)
    try:
        pairs = getaddresses([decoded])
    except Exception:
        pairs = []
    out = []
    for name, addr in pairs:
        if "@" not in addr or addr.strip().lower() in moved:
            continue
        quoted = name.replace("\\", "\\\\").replace('"', '\\"')
        text = (f'"{quoted}" <{addr}>' if name else addr).encode("utf-8").decode("latin-1")
        if not _leaks(text, moved):
            out.append(text)
    return out


def _eol_of(lines: list[tuple[int, bytes]]) -> bytes:
    for _, line in lines:
        match = _EOL.search(line)
        if match:
            return match.group()
    return b"\r\n"


def move_to_bcc(raw: bytes, addresses: Collection[str], *, mark: bool = True) -> bytes:
    """Return ``raw`` with ``addresses`` removed from the top-level To and Cc headers.

    ``addresses`` are compared case-insensitively with the addr-spec of each mailbox. When none
    of them is in To/Cc, ``raw`` is returned unchanged. ``mark`` adds ``X-Discretie-Rewritten:
    bcc`` at the top of the header block when something was moved.
    """
    moved = frozenset(a.strip().lower() for a in addresses if a.strip())
    if not moved:
        return raw
    lines = _header_lines(raw)
    fields = _fields(lines)
    eol = _eol_of(lines)
    eol_s = eol.decode("latin-1")

    # field index -> replacement bytes (b"" removes the field)
    replace: dict[int, bytes] = {}
    emptied: dict[bytes, list[int]] = {b"to": [], b"cc": []}
    left = {b"to": False, b"cc": False}  # does an address remain in a To / Cc header?
    untouched_to = False
    total = 0
    for index, fld in enumerate(fields):
        name = fld.name.strip(b" \t").lower()
        if name not in (b"to", b"cc"):
            continue
        value = fld.value.decode("latin-1")
        result = _rewrite_value(value, moved, eol_s, len(fld.name) + 2)
        if result is None:
            left[name] = left[name] or bool(_keys(value))
            untouched_to = untouched_to or name == b"to"
            continue
        new, removed = result
        total += removed
        if not new.strip():
            replace[index] = b""
            emptied[name].append(index)
            continue
        left[name] = True
        lead = re.match(r"[ \t]*", value)
        space = lead.group() if lead and lead.group() else " "
        replace[index] = fld.name + b":" + (space + new).encode("latin-1") + _ending(fld, eol)
    if not total:
        return raw

    undisclosed: int | None = None
    if emptied[b"to"] and not untouched_to and not left[b"to"]:
        undisclosed = emptied[b"to"][0]  # the To stays, naming nobody
    elif emptied[b"cc"] and not left[b"cc"] and not untouched_to and not left[b"to"] and not emptied[b"to"]:
        undisclosed = emptied[b"cc"][0]  # there was no To at all: the emptied Cc becomes one
    if undisclosed is not None:
        fld = fields[undisclosed]
        name_bytes = fld.name if fld.name.strip(b" \t").lower() == b"to" else b"To"
        replace[undisclosed] = name_bytes + b": " + UNDISCLOSED.encode() + _ending(fld, eol)

    view = memoryview(raw)  # slices without copying; join makes the one copy
    pieces: list[bytes | memoryview] = []
    cursor = 0
    if mark:
        cursor = len(lines[0][1]) if lines and lines[0][1].startswith(b"From ") else 0
        pieces += [view[:cursor], MARK_HEADER, eol]
    for index in sorted(replace):
        fld = fields[index]
        pieces += [view[cursor : fld.start], replace[index]]
        cursor = fld.end
    pieces.append(view[cursor:])
    return b"".join(pieces)  # one copy of the message, the body as received


def _ending(fld: _Field, eol: bytes) -> bytes:
    return eol if _EOL.search(fld.value) else b""
