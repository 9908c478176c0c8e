"""Reading an SMTP DATA section in large pieces instead of line by line.

aiosmtpd reads DATA one line at a time (an ``await`` per line) and keeps every line as its own
bytearray in a list before joining them: for a 100 KB message that is about 1,300 awaits, and
during a 25 MB message the list costs more memory than the message itself. This reader asks the
stream for the end marker ``CRLF . CRLF`` directly, so a message arrives in pieces of up to the
stream's limit (1 MiB), and the lines are only looked at where it matters: the longest one is
found by jumping from line end to line end a megabyte at a time, and dot-unstuffing is one
``replace``.

The result is the same as aiosmtpd's ``envelope.original_content``: the lines with their CRLF,
leading dots removed, without the final ``.`` line. Limits are checked the way aiosmtpd does it:
the whole message is read up to its end marker before the refusal, so the client can act on it.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass

END = b"\r\n.\r\n"


@dataclass(frozen=True)
class Refusal:
    """The message was read to its end but may not be kept; ``reply`` says why."""

    reply: str


TOO_LONG = Refusal("500 5.5.6 Line too long (see RFC 5321 4.5.3.1.6)")
TOO_MUCH = Refusal("552 5.3.4 Error: Too much mail data")


async def read_data(reader: asyncio.StreamReader, *, size_limit: int | None, line_limit: int) -> bytes | Refusal:
    """Read one DATA section from ``reader`` (positioned just after the 354 reply).

    ``size_limit``: most bytes kept (None: no limit); ``line_limit``: longest line, CRLF
    included. Raises asyncio.IncompleteReadError if the client goes away first.
    """
    chunks: list[bytes] = []
    size = 0
    refusal: Refusal | None = None

    def keep(piece: bytes) -> None:
        nonlocal size, refusal
        size += len(piece)
        if refusal is None and size_limit and size > size_limit:
            refusal = TOO_MUCH
        if refusal is None:
            chunks.append(piece)
        else:
            chunks.clear()  # discard at once: no memory for a message that will be refused

    # The 354 reply ended a line, so the end marker may begin with the very first byte (an
    # empty message, ".\r\n"), and after a line that begins with a dot or a CR the marker may
    # begin right after that line. Such lines are read whole; as soon as a line begins with
    # anything else, no marker can straddle what was read and the stream, and the rest is
    # found with one search per piece.
    ended = False
    while not ended:
        first = await reader.readexactly(1)
        if first not in (b".", b"\r"):
            keep(first)
            break
        line, too_long = await _read_line(reader, first, line_limit)
        if too_long and refusal is None:
            refusal = TOO_LONG
        ended = line == b".\r\n"
        if not ended:
            keep(line)

    while not ended:
        try:
            piece = await reader.readuntil(END)
        except asyncio.LimitOverrunError as exc:
            # No end marker within the stream's limit: take what is certainly message (the
            # last len(END) - 1 bytes stay, as they may begin the marker) and go on.
            keep(await reader.readexactly(exc.consumed))
            continue
        keep(piece[:-3])  # keep the CRLF that ends the last line, drop ".\r\n"
        ended = True

    if refusal is not None:
        return refusal
    data = b"".join(chunks) if len(chunks) != 1 else chunks[0]
    chunks.clear()
    if _longest_line_exceeds(data, line_limit):
        return TOO_LONG
    if data.startswith(b"."):
        data = data[1:]
    if b"\r\n." in data:
        data = data.replace(b"\r\n.", b"\r\n")
    return data


async def _read_line(reader: asyncio.StreamReader, first: bytes, line_limit: int) -> tuple[bytes, bool]:
    """The rest of a line that began with ``first``, up to its CRLF: (line, whether it was
    longer than the limit; such a line is drained and dropped). Searched for LF, a separator of
    one byte, so nothing can straddle what was read already; a bare LF does not end a line."""
    parts = [first]
    size = len(first)
    last = first
    too_long = False
    while True:
        try:
            piece = await reader.readuntil(b"\n")
        except asyncio.LimitOverrunError as exc:
            piece = await reader.readexactly(exc.consumed)
        size += len(piece)
        if size > line_limit:
            too_long = True
            parts.clear()
        if not too_long:
            parts.append(piece)
        if piece.endswith(b"\r\n") or (piece == b"\n" and last.endswith(b"\r")):
            return (b"", True) if too_long else (b"".join(parts), False)
        last = piece


def _longest_line_exceeds(data: bytes, line_limit: int) -> bool:
    """Whether a line (CRLF included) is longer than ``line_limit``. Jumps to the last line end
    within each window of ``line_limit`` bytes: a handful of searches for a 25 MB message."""
    start, end = 0, len(data)
    while end - start > line_limit:
        last = data.rfind(b"\r\n", start, start + line_limit)
        if last < 0:
            return True
        start = last + 2
    return False
