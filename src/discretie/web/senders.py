"""The console's page of blocked senders (``rules.hijack``): who is blocked, since when, by which burst, and
the DPO's action that lifts a block and ends the burst, audited as ``discretie sender unblock`` is (``via:
web``). Lifting it does not release the held messages: they stay in the queue for a decision each."""

from __future__ import annotations

from typing import TYPE_CHECKING

from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from discretie import roles

if TYPE_CHECKING:
    from discretie.web.app import Console, Endpoint

MAX_ADDRESS = 320
MAX_NOTE = 2000


class SenderBlockPages:
    """``GET /senders`` and ``POST /senders/unblock``."""

    def __init__(self, console: Console):
        self.console = console

    def routes(self) -> list[tuple[str, str | None, Endpoint, str]]:
        """The blocked senders (a reader sees them) and lifting a block (a reviewer: the DPO decides)."""
        return [
            ("/senders", roles.READER, self.page, "GET"),
            ("/senders/unblock", roles.REVIEWER, self.unblock, "POST"),
        ]

    async def page(self, request: Request) -> Response:
        store = self.console.store
        blocks = await self.console.call(store.sender_blocks)
        bursts = {b.address: await self.console.call(store.sender_burst, b.address) for b in blocks}
        return await self.console.render(request, "senders.html", blocks=blocks, bursts=bursts)

    async def unblock(self, request: Request) -> Response:
        console = self.console
        form = await console.form(request)
        actor = console.session(request).reviewer
        address = console.text(form, "address", MAX_ADDRESS).lower()
        note = console.text(form, "note", MAX_NOTE)
        lifted = bool(address) and await console.call(
            console.store.unblock_sender, address, actor=actor, via="web", note=note or None
        )
        if lifted:
            await console.flash(request, "ok", f"Blokkering van {address} opgeheven; de golf is beëindigd.")
        else:
            await console.flash(request, "error", f"{address or 'Dit adres'} is niet geblokkeerd en heeft geen golf.")
        return RedirectResponse("/senders", status_code=303)
