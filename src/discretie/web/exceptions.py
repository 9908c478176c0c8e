"""The console's "Uitzonderingen": exceptions granted from a held message ("sta toe voor deze
afzender en deze ontvanger(s), regel X, N dagen"), the list of them and their revocation. The
gateways apply a change within a second or two (they watch the store; no reload)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from discretie import labels, notify, roles
from discretie.rules import RULES
from discretie.store import NotFound, StoreError
from discretie.store.exceptions import MAX_DAYS

if TYPE_CHECKING:
    from discretie.web.app import Console, Endpoint

MAX_REASON = 500


class ExceptionPages:
    def __init__(self, console: Console):
        self.console = console

    def routes(self) -> list[tuple[str, str | None, Endpoint, str]]:
        """Each page with the least role it needs: a reader sees the list, an administrator grants
        and revokes (issue 16: "administrator (accounts, exceptions)")."""
        administrator = roles.ADMINISTRATOR
        return [
            ("/exceptions", roles.READER, self.listing, "GET"),
            ("/exceptions/{ident}/revoke", administrator, self.revoke, "POST"),
            ("/queue/{ref}/exception", administrator, self.grant, "POST"),
        ]

    async def listing(self, request: Request) -> Response:
        store = self.console.store
        rows = await self.console.call(store.list_exceptions)
        return await self.console.render(request, "exceptions.html", exceptions=rows, at=store.now())

    async def grant(self, request: Request) -> Response:
        from discretie.web.app import _valid_ref

        console = self.console
        form = await console.form(request)
        session = console.session(request)
        ref = _valid_ref(request.path_params["ref"])
        try:
            held = await console.call(console.store.get_message, ref)
        except NotFound:
            raise HTTPException(404) from None
        rule = console.text(form, "rule", 40)
        chosen = [r for r in form.getlist("rcpt") if isinstance(r, str)]
        recipients = [r for r in held.rcpt_tos if r in chosen]  # only this message's recipients
        try:
            days = int(console.text(form, "days", 4) or "0")
        except ValueError:
            days = 0
        problem = None
        if rule not in RULES:
            problem = "Kies de regel waarvoor de uitzondering geldt."
        elif not recipients:
            problem = "Vink minstens een ontvanger aan."
        elif not 1 <= days <= MAX_DAYS:
            problem = f"Kies een duur van 1 tot {MAX_DAYS} dagen."
        if problem is not None:
            await console.flash(request, "error", problem)
            return RedirectResponse(f"/queue/{ref}#h-exception", status_code=303)
        try:
            granted = await console.call(
                console.store.add_exception,
                rule=rule,
                sender=held.sender,
                recipients=recipients,
                days=days,
                reason=console.text(form, "reason", MAX_REASON),
                actor=session.reviewer,
                via="web",
                source_ref=held.id,
            )
        except StoreError as exc:
            await console.flash(request, "error", str(exc))
            return RedirectResponse(f"/queue/{ref}#h-exception", status_code=303)
        await console.flash(
            request,
            "ok",
            f"Uitzondering {granted.id} toegestaan tot {notify.local_time(granted.expires_at)}: een volgend bericht "
            f"van deze afzender aan deze ontvanger(s) gaat de regel {labels.rule(rule)} voorbij. Over dit "
            "bericht zelf beslist u hieronder nog.",
        )
        return RedirectResponse(f"/queue/{ref}", status_code=303)

    async def revoke(self, request: Request) -> Response:
        console = self.console
        await console.form(request)
        session = console.session(request)
        ident = str(request.path_params["ident"])[:20]
        try:
            revoked = await console.call(console.store.revoke_exception, ident, actor=session.reviewer, via="web")
            await console.flash(request, "ok", f"Uitzondering {revoked.id} ingetrokken.")
        except NotFound:
            raise HTTPException(404) from None
        except StoreError as exc:
            await console.flash(request, "error", str(exc))
        return RedirectResponse("/exceptions", status_code=303)
