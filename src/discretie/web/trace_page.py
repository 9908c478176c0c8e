"""The console's "Berichtenspoor" page: the message trace of all mail, searched by sender,
recipient (matched by its keyed hash: the address is never shown or kept) and day. Every search
is in the audit log."""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

from starlette.requests import Request
from starlette.responses import Response

from discretie import notify, roles
from discretie.review import trace as trace_search

if TYPE_CHECKING:
    from discretie.web.app import Console, Endpoint


def routes(console: Console) -> list[tuple[str, str | None, Endpoint, str]]:
    """The page with the least role it needs: metadata only, a reader may search."""
    from discretie.web.app import DATE_ERROR, _day_start, _parse_day

    async def page(request: Request) -> Response:
        session = console.session(request)
        params = request.query_params
        filters = {key: notify.one_line(params.get(key, ""), 200) for key in ("van", "aan", "vanaf", "tot")}
        error = None
        rows = None
        since = until = None
        for key, label in (("vanaf", "vanaf"), ("tot", "tot en met")):
            try:
                day = _parse_day(filters[key])
            except ValueError:
                error = DATE_ERROR.format(label=filters[key] or label)
                break
            if day is not None and key == "vanaf":
                since = _day_start(day)
            elif day is not None:
                until = _day_start(day + timedelta(days=1))  # the whole day included
        if error is None and any(filters.values()):
            rows = await console.call(
                trace_search.search,
                console.store,
                actor=session.reviewer,
                via="web",
                sender=filters["van"] or None,
                recipient=filters["aan"] or None,
                since=since,
                until=until,
            )
        days = console.policy.retention.trace_days
        status = 400 if error else 200
        return await console.render(request, "trace.html", status, filters=filters, rows=rows, error=error, days=days)

    return [("/trace", roles.READER, page, "GET")]
