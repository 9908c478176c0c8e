"""discretie.smtpdata.read_data against a line-by-line reading of RFC 5321 (what aiosmtpd does),
on generated streams fed in arbitrary pieces; and the stream position after the end marker."""

from __future__ import annotations

import asyncio
import random

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from discretie.smtpdata import TOO_LONG, TOO_MUCH, Refusal, read_data

AFTER = b"QUIT\r\n"  # a pipelined command after the message: must stay in the stream


def by_lines(stream: bytes, *, size_limit: int | None, line_limit: int) -> set[bytes | Refusal] | None:
    """Every acceptable outcome, by the book: lines end at CRLF only; a line "." ends DATA; a
    leading dot is removed. None when the stream holds no end marker."""
    lines: list[bytes] = []
    size, too_long, too_much, pos = 0, False, False, 0
    while True:
        end = stream.find(b"\r\n", pos)
        if end < 0:
            return None
        line, pos = stream[pos : end + 2], end + 2
        if line == b".\r\n":
            break
        size += len(line)
        too_long |= len(line) > line_limit
        too_much |= bool(size_limit) and size > (size_limit or 0)
        lines.append(line[1:] if line.startswith(b".") else line)
    if too_long or too_much:  # both refusals are fine when both apply
        return {r for r, applies in ((TOO_LONG, too_long), (TOO_MUCH, too_much)) if applies}
    return {b"".join(lines)}


async def feed_and_read(
    stream: bytes, pieces: list[int], *, limit: int, size_limit: int | None
) -> tuple[bytes | Refusal, bytes]:
    reader = asyncio.StreamReader(limit=limit)

    async def feed() -> None:
        pos = 0
        for size in pieces:
            reader.feed_data(stream[pos : pos + size])
            pos += size
            await asyncio.sleep(0)
        reader.feed_data(stream[pos:])
        reader.feed_eof()

    feeder = asyncio.create_task(feed())
    result = await asyncio.wait_for(read_data(reader, size_limit=size_limit, line_limit=limit), 10)
    await feeder
    return result, await reader.read()


TOKENS = st.sampled_from([b"\r", b"\n", b".", b"..", b"a", b"x" * 7, b"\r\n", b".\r\n", b"\r\n.", b" "])


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    body=st.lists(TOKENS, max_size=40).map(b"".join),
    pieces=st.lists(st.integers(1, 9), max_size=12),
    limit=st.sampled_from([8, 16, 1024]),
    size_limit=st.sampled_from([None, 12, 40]),
)
def test_same_as_reading_line_by_line(body: bytes, pieces: list[int], limit: int, size_limit: int | None) -> None:
    # Whatever the body, the client ends it with CRLF . CRLF (a body with a bare CR at its end
    # keeps it: "\r" + "\r\n.\r\n").
    stream = body + (b"" if body.endswith(b"\r\n") or not body else b"\r\n") + b".\r\n"
    expected = by_lines(stream, size_limit=size_limit, line_limit=limit)
    assert expected is not None
    marker_end = stream.index(b".\r\n") + 3 if stream.startswith(b".\r\n") else stream.index(b"\r\n.\r\n") + 5
    result, rest = asyncio.run(feed_and_read(stream + AFTER, pieces, limit=limit, size_limit=size_limit))
    assert result in expected
    assert rest == stream[marker_end:] + AFTER


@pytest.mark.parametrize(
    ("stream", "content"),
    [
        (b".\r\n", b""),  # empty message: the marker is the first line
        (b"\r\n.\r\n", b"\r\n"),
        (b"\r\n\r\n.\r\n", b"\r\n\r\n"),
        (b"..\r\n.\r\n", b".\r\n"),  # a lone dot, stuffed
        (b"..leading\r\nx\r\n..\r\n.\r\n", b".leading\r\nx\r\n.\r\n"),
        (b"a\r\n.\r\n", b"a\r\n"),
        (b"\r\r\n.\r\n", b"\r\r\n"),  # bare CR: kept (the relay refuses it), end found
        (b"a\n.\r\nb\r\n.\r\n", b"a\n.\r\nb\r\n"),  # LF . CRLF is not the end (smuggling)
        (b"a\r\n.\n.\r\n", None),  # CRLF . LF neither: the stream has no end yet (see below)
    ],
)
def test_edges(stream: bytes, content: bytes | None) -> None:
    if content is None:
        with pytest.raises(asyncio.IncompleteReadError):
            asyncio.run(feed_and_read(stream, [], limit=1024, size_limit=None))
        return
    for pieces in ([], [1] * len(stream), [2, 1, 3]):
        result, rest = asyncio.run(feed_and_read(stream + AFTER, pieces, limit=1024, size_limit=None))
        assert result == content
        assert rest == AFTER


def test_large_message_in_pieces_and_long_lines() -> None:
    rng = random.Random(7)
    lines = [b"." * rng.randint(0, 2) + b"y" * rng.randint(0, 300) + b"\r\n" for _ in range(20_000)]
    body = b"".join(lines)
    wire = [b"." + line if line.startswith(b".") else line for line in lines]
    result, rest = asyncio.run(
        feed_and_read(b"".join(wire) + b".\r\n" + AFTER, [65536] * 100, limit=4096, size_limit=None)
    )
    assert result == body
    assert rest == AFTER
    # A line over the limit anywhere (here past several pieces of the stream's limit): 500.
    long_line = b"z" * 5000 + b"\r\n"
    for at in (0, 10, 19_999):
        stream = b"".join([*wire[:at], long_line, *wire[at:]])
        result, rest = asyncio.run(feed_and_read(stream + b".\r\n" + AFTER, [], limit=4096, size_limit=None))
        assert result == TOO_LONG
        assert rest == AFTER


def test_too_much_is_drained_and_dropped() -> None:
    stream = b"x" * 998 + b"\r\n"
    result, rest = asyncio.run(
        feed_and_read(stream * 1000 + b".\r\n" + AFTER, [], limit=1024 * 1024 + 2, size_limit=64 * 1024)
    )
    assert result == TOO_MUCH
    assert rest == AFTER


def test_disconnect_in_the_middle() -> None:
    with pytest.raises(asyncio.IncompleteReadError):
        asyncio.run(feed_and_read(b"Subject: half\r\n\r\nonly half", [], limit=1024, size_limit=None))
