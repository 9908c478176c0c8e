"""The sender's self-service page (``/afzender/<token>``, no account): the teacher who got the notice
of a hold withdraws the mail, asks the DPO for release with a justification, or says it was
misaddressed (withdrawn; the teacher sends it again to the right address: Discretie never changes
the recipients of a held mail on the word of a link, which a forwarded notice would hand to anyone).

The page shows the subject and the rules that held it (Dutch labels), nothing else of the mail.
Plain HTML forms (no JavaScript); every POST checks the Origin and a form token bound to a cookie
(double submit, as the login form); requests are limited per address and per token; the link
works once (see :mod:`discretie.selfservice` and docs/security.md).
"""

from __future__ import annotations

import collections
import re
import time
from typing import TYPE_CHECKING

from starlette.requests import Request
from starlette.responses import HTMLResponse, Response

from discretie import labels, notify, selfservice
from discretie.store import Conflict, HeldMessage, NotFound
from discretie.store.senders import MAX_JUSTIFICATION
from discretie.web.auth import new_token, same_token

if TYPE_CHECKING:
    from discretie.web.app import Console, Endpoint

CHOICES = ("withdraw", "release", "misaddressed")
DONE = {
    "withdraw": "Uw bericht is ingetrokken en de inhoud is gewist. Deel de informatie via het leerlingvolgsysteem.",
    "misaddressed": (
        "Uw bericht is ingetrokken en de inhoud is gewist. Verstuur het opnieuw vanuit uw e-mailprogramma, "
        "naar het juiste adres (uw verzonden items hebben nog een kopie)."
    ),
    "release": (
        "Uw vraag om vrijgave is doorgegeven. De privacyverantwoordelijke beslist en u krijgt daarover bericht."
    ),
}
USED = {
    "withdraw": "u hebt het bericht ingetrokken",
    "misaddressed": "u hebt gemeld dat het verkeerd geadresseerd was; het is ingetrokken",
    "release": "u hebt om vrijgave gevraagd",
}
_COOKIE_VALUE = re.compile(r"[A-Za-z0-9_-]{20,100}")


class RateLimit:
    """At most ``limit`` requests per ``window`` seconds per key, in this process (bounded memory)."""

    def __init__(self, limit: int, window: float, keys: int = 10_000):
        self.limit, self.window, self.keys = limit, window, keys
        self.hits: collections.OrderedDict[str, collections.deque[float]] = collections.OrderedDict()

    def allow(self, key: str, now: float | None = None) -> bool:
        now = time.monotonic() if now is None else now
        hits = self.hits.pop(key, None) or collections.deque()
        while hits and hits[0] <= now - self.window:
            hits.popleft()
        allowed = len(hits) < self.limit
        if allowed:
            hits.append(now)
        self.hits[key] = hits
        while len(self.hits) > self.keys:
            self.hits.popitem(last=False)
        return allowed


class SenderPages:
    """``/afzender/<token>``: GET shows the choice, POST makes it."""

    def __init__(self, console: Console, *, per_ip: int = 30, per_token: int = 10, window: float = 600.0):
        self.console = console
        self.by_ip = RateLimit(per_ip, window)
        self.by_token = RateLimit(per_token, window)

    def routes(self) -> list[tuple[str, str | None, Endpoint, str]]:
        """Public pages: the signed, single-use link is the sender's only credential."""
        return [
            (selfservice.PATH + "{token}", None, self.show, "GET"),
            (selfservice.PATH + "{token}", None, self.act, "POST"),
        ]

    def cookie(self, request: Request) -> str:
        return "__Host-discretie-link" if self.console.secure(request) else "discretie_link"

    def _page(self, request: Request, status: int, **context: object) -> HTMLResponse:
        return self.console.page(request, "sender.html", status, **context)

    def _refused(self, request: Request, status: int, title: str, text: str) -> HTMLResponse:
        return self._page(request, status, phase="refused", title=title, text=text)

    async def _message(self, request: Request) -> tuple[selfservice.LinkToken, HeldMessage] | Response:
        """The held message the link is for, or the page that says why it cannot be used."""
        raw = str(request.path_params["token"])[:100]
        if not self.by_ip.allow(self.console.client_ip(request)) or not self.by_token.allow(raw):
            return self._refused(
                request,
                429,
                "Even geduld",
                "Er kwamen te veel aanvragen voor deze link of van dit netwerk. Probeer het over tien minuten opnieuw.",
            )
        invalid = self._refused(
            request,
            404,
            "Deze link werkt niet",
            "De link is onvolledig of ongeldig, of het bericht bestaat niet meer. Kopieer de volledige link uit "
            "de melding, of antwoord op de melding om de privacyverantwoordelijke te schrijven.",
        )
        token = selfservice.parse_token(raw)
        if token is None:
            return invalid
        store = self.console.store
        try:
            held = await self.console.call(store.get_message, token.ref)
        except NotFound:
            return invalid
        if not selfservice.verify(store.sealer, token, held.sender):
            return invalid
        used = await self.console.call(store.sender_request, held.id)
        if used is not None:
            return self._refused(
                request,
                410,
                "Deze link is al gebruikt",
                f"Deze link werkt maar één keer: op {notify.local_time(used.at)} {USED[used.kind]} "
                f"(referentie {held.id}). "
                "Vragen? Antwoord op de melding of schrijf naar de privacyverantwoordelijke.",
            )
        if store.now() >= token.expires_at:
            return self._refused(request, 410, "Deze link is verlopen", "De bewaartermijn van het bericht is voorbij.")
        if held.state != "held":
            return self._refused(
                request,
                410,
                "Er valt niets meer te kiezen",
                f"De privacyverantwoordelijke heeft al beslist over bericht {held.id}: "
                f"{labels.state(held.state)}. U kreeg of krijgt daarover een melding.",
            )
        return token, held

    def _choice(
        self, request: Request, held: HeldMessage, status: int = 200, error: str | None = None, text: str = ""
    ) -> HTMLResponse:
        csrf = request.cookies.get(self.cookie(request)) or ""
        if not _COOKIE_VALUE.fullmatch(csrf):
            csrf = new_token()
        response = self._page(
            request,
            status,
            phase="choose",
            held=held,
            rules=[labels.rule_label(r) for r in held.held_by] or [labels.rule_label(r) for r in held.rules],
            login_csrf=csrf,
            error=error,
            justification=text,
            token=request.path_params["token"],
            limit=MAX_JUSTIFICATION,
        )
        self.console.set_cookie(response, request, self.cookie(request), csrf, max_age=3600)
        return response

    async def show(self, request: Request) -> Response:
        found = await self._message(request)
        if isinstance(found, Response):
            return found
        return self._choice(request, found[1])

    async def act(self, request: Request) -> Response:
        self.console.check_origin(request)
        found = await self._message(request)
        if isinstance(found, Response):
            return found
        _token, held = found
        form = await self.console.read_form(request)
        given = form.get("csrf")
        if not same_token(request.cookies.get(self.cookie(request)) or "", given if isinstance(given, str) else None):
            return self._choice(
                request, held, 403, "Het formulier is verlopen. Kies opnieuw; uw keuze is nog niet doorgegeven."
            )
        choice = form.get("choice")
        if choice not in CHOICES:
            return self._choice(request, held, 400, "Kies een van de drie mogelijkheden.")
        justification = self.console.text(form, "justification", MAX_JUSTIFICATION)
        if choice == "release" and len(justification) < 10:
            return self._choice(
                request,
                held,
                400,
                "Leg in een zin uit waarom dit bericht toch verzonden moet worden.",
                justification,
            )
        try:
            await self.console.call(
                self.console.store.sender_act,
                held.id,
                str(choice),
                justification=justification if choice == "release" else "",
                peer=self.console.client_ip(request),
            )
        except Conflict:  # used or decided in the meantime (another tab, the DPO)
            return await self.show(request)
        response = self._page(request, 200, phase="done", held=held, text=DONE[str(choice)])
        self.console.clear_cookie(response, request, self.cookie(request))
        return response
