"""Searching the message trace (berichtenspoor) for the CLI and the console: every search is
written to the audit log with what was asked (a recipient masked: the address she typed is not
kept in clear)."""

from __future__ import annotations

import time

from discretie.redact import mask_address
from discretie.store import Store, TraceRecord


def search(
    store: Store,
    *,
    actor: str,
    via: str = "cli",
    sender: str | None = None,
    recipient: str | None = None,
    since: float | None = None,
    until: float | None = None,
) -> list[TraceRecord]:
    """The trace rows from ``sender``, to ``recipient``, in [``since``, ``until``), newest first."""
    rows = store.search_trace(sender=sender, recipient=recipient, since=since, until=until)
    asked = []
    if sender:
        asked.append(f"van {sender.strip().lower()}")
    if recipient:
        asked.append(f"aan {mask_address(recipient)}")
    if since is not None:
        asked.append(f"sinds {time.strftime('%d-%m-%Y', time.localtime(since))}")
    if until is not None:
        asked.append(f"tot {time.strftime('%d-%m-%Y', time.localtime(until))}")
    found = "1 resultaat" if len(rows) == 1 else f"{len(rows)} resultaten"
    store.audit(
        actor=actor,
        via=via,
        action="trace_search",
        note=f"berichtenspoor doorzocht: {', '.join(asked) or 'alles'}; {found}",
    )
    return rows
