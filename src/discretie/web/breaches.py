"""The data-breach register in the console (reviewer and administrator only; discretie.store.breaches
keeps it): open a record from an incident (prefilled by discretie.review.breach), edit, close,
export as CSV and print. Every step is audited."""

from __future__ import annotations

import time
from datetime import datetime
from typing import TYPE_CHECKING

from starlette.datastructures import FormData
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from discretie.review import breach as prefill
from discretie.store import Breach, BreachText, Conflict, NotFound
from discretie.store.breaches import BREACH_PREFIX, DECISIONS, SUBJECTS

if TYPE_CHECKING:
    from discretie.web.app import Console

MAX_TEXT = 5000
_ID_CHARS = frozenset("0123456789ABCDEFGHJKMNPQRSTVWXYZ")


def _breach_id(text: str) -> str:
    value = text.strip().upper()
    if not value.startswith(BREACH_PREFIX) or len(value) != 11 or not set(value[3:]) <= _ID_CHARS:
        raise HTTPException(404)
    return value


def _moment(value: str, label: str) -> float | None:
    """``2026-12-05T14:30`` (a datetime-local field) or ``05-12-2026 14:30``; None when empty."""
    text = value.strip()
    if not text:
        return None
    for fmt in ("%Y-%m-%dT%H:%M", "%d-%m-%Y %H:%M", "%d/%m/%Y %H:%M", "%Y-%m-%d %H:%M"):
        try:
            moment = datetime.strptime(text, fmt)
        except ValueError:
            continue
        if 1970 < moment.year < 2100:
            return moment.timestamp()
    raise HTTPException(
        400, f"'{label}' is geen geldig tijdstip: gebruik dag-maand-jaar uur:minuut, bv. 05-12-2026 14:30."
    )


def field_moment(at: float | None) -> str:
    """A time as a datetime-local field shows it."""
    return time.strftime("%Y-%m-%dT%H:%M", time.localtime(at)) if at else ""


def countdown(deadline: float, now: float) -> str:
    """``nog 41 u 12 min`` / ``verstreken sinds 3 u 5 min``."""
    left = deadline - now
    minutes = int(abs(left) // 60)
    span = f"{minutes // 60} u {minutes % 60} min"
    return f"nog {span}" if left >= 0 else f"verstreken sinds {span}"


class BreachPages:
    def __init__(self, console: Console):
        self.console = console

    async def _load(self, request: Request) -> Breach:
        breach_id = _breach_id(str(request.path_params["id"]))
        try:
            return await self.console.call(self.console.store.get_breach, breach_id)
        except NotFound:
            raise HTTPException(404, "Dit datalek bestaat niet (meer).") from None

    async def register(self, request: Request) -> Response:
        rows = await self.console.call(self.console.store.list_breaches)
        now = time.time()
        return await self.console.render(
            request,
            "breaches.html",
            rows=rows,
            countdown=lambda b: countdown(b.deadline, now),
            labels=prefill.DECISION_LABELS,
        )

    async def open(self, request: Request) -> Response:
        """From an incident (``ref``): a new record with what the incident holds."""
        from discretie.web.app import _valid_ref

        form = await self.console.form(request)
        session = self.console.session(request)
        ref = _valid_ref(self.console.text(form, "ref", 20))
        store = self.console.store

        def work() -> str:
            incident = store.get_incident(ref)
            try:
                held = store.get_message(ref)
            except NotFound:
                held = None
            return store.open_breach(
                prefill.prefill(incident, held),
                ref=ref,
                occurred_at=incident.created_at,
                discovered_at=store.now(),
                actor=session.reviewer,
            )

        try:
            breach_id = await self.console.call(work)
        except NotFound:
            raise HTTPException(404, "Dit incident bestaat niet (meer).") from None
        await self.console.flash(
            request, "ok", f"Datalek {breach_id} geopend met de gegevens van {ref}. Vul aan wat u weet en bewaar."
        )
        return RedirectResponse(f"/breaches/{breach_id}", status_code=303)

    async def page(self, request: Request) -> Response:
        record = await self._load(request)
        now = time.time()
        return await self.console.render(
            request,
            "breach.html",
            b=record,
            subjects=SUBJECTS,
            decisions=DECISIONS,
            labels=prefill.DECISION_LABELS,
            countdown=countdown(record.deadline, now),
            moment=field_moment,
        )

    @staticmethod
    def _text(console: Console, form: FormData, before: BreachText) -> BreachText:
        people = console.text(form, "people", 10)
        try:
            count = int(people) if people else None
        except ValueError:
            raise HTTPException(400, "'Aantal betrokkenen' is geen getal.") from None
        if count is not None and not 0 <= count <= 10_000_000:
            raise HTTPException(400, "'Aantal betrokkenen' ligt buiten 0..10.000.000.")
        return BreachText(
            description=console.text(form, "description", MAX_TEXT),
            data_categories=console.text(form, "data_categories", MAX_TEXT),
            subjects=tuple(s for s in SUBJECTS if s in form.getlist("subjects")),
            people=count,
            recipients=console.text(form, "recipients", MAX_TEXT),
            measures=console.text(form, "measures", MAX_TEXT),
            consequences=console.text(form, "consequences", MAX_TEXT),
            authority_reason=console.text(form, "authority_reason", MAX_TEXT),
            informed_note=console.text(form, "informed_note", MAX_TEXT),
            closure=before.closure,
        )

    async def save(self, request: Request) -> Response:
        form = await self.console.form(request)
        session = self.console.session(request)
        record = await self._load(request)
        breach_id = record.id
        authority = self.console.text(form, "authority", 10)
        informed = self.console.text(form, "informed", 10)
        if authority not in DECISIONS or informed not in DECISIONS:
            raise HTTPException(400, "Kies ja, nee of nog te beslissen.")
        discovered = _moment(self.console.text(form, "discovered_at", 40), "Ontdekt op")
        notified = _moment(self.console.text(form, "authority_notified_at", 40), "Gemeld op")
        try:
            changed = await self.console.call(
                self.console.store.update_breach,
                breach_id,
                self._text(self.console, form, record.text),
                discovered_at=discovered if discovered is not None else record.discovered_at,
                authority=authority,
                authority_notified_at=notified,
                informed=informed,
                actor=session.reviewer,
            )
        except Conflict as exc:
            await self.console.flash(request, "error", str(exc))
            return RedirectResponse(f"/breaches/{breach_id}", status_code=303)
        await self.console.flash(request, "ok", "Bewaard." if changed else "Niets gewijzigd.")
        return RedirectResponse(f"/breaches/{breach_id}", status_code=303)

    async def close(self, request: Request) -> Response:
        form = await self.console.form(request)
        session = self.console.session(request)
        record = await self._load(request)
        breach_id = record.id
        closure = self.console.text(form, "closure", MAX_TEXT)
        if not closure:
            await self.console.flash(request, "error", "Schrijf eerst het besluit waarmee u het datalek afsluit.")
            return RedirectResponse(f"/breaches/{breach_id}", status_code=303)
        try:
            await self.console.call(self.console.store.close_breach, breach_id, closure, actor=session.reviewer)
            await self.console.flash(request, "ok", f"Datalek {breach_id} is afgesloten.")
        except Conflict as exc:
            await self.console.flash(request, "error", str(exc))
        return RedirectResponse(f"/breaches/{breach_id}", status_code=303)

    async def export(self, request: Request) -> Response:
        await self.console.form(request)
        session = self.console.session(request)
        store = self.console.store

        def build() -> str:
            rows = store.list_breaches()
            store.audit(
                actor=session.reviewer,
                via="web",
                action="breach_export",
                note=f"register van datalekken als csv gedownload ({len(rows)} record(s))",
            )
            return prefill.export_csv(rows)

        text = await self.console.call(build)
        stamp = time.strftime("%Y%m%d-%H%M")
        return Response(
            ("\ufeff" + text).encode("utf-8"),
            media_type="text/csv; charset=utf-8",
            headers={"Content-Disposition": f'attachment; filename="datalekken-{stamp}.csv"'},
        )

    async def printable(self, request: Request) -> Response:
        session = self.console.session(request)
        store = self.console.store

        def load() -> list[Breach]:
            rows = store.list_breaches()
            store.audit(
                actor=session.reviewer,
                via="web",
                action="breach_export",
                note=f"register van datalekken als afdrukpagina bekeken ({len(rows)} record(s))",
            )
            return rows

        rows = await self.console.call(load)
        return await self.console.render(
            request, "breaches_print.html", rows=rows, labels=prefill.DECISION_LABELS, printed=time.time()
        )
