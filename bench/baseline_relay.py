"""The baseline of the load benchmark: a bare aiosmtpd -> aiosmtplib pass-through relay.

No policy, no parsing, no store: per client session one upstream session, MAIL/RCPT forwarded
as they come and DATA passed on (the same before-queue shape as Discretie's relay), so the
ratio Discretie / baseline shows what the checks cost.

    python bench/baseline_relay.py --listen 127.0.0.1:2526 --upstream 127.0.0.1:2600
"""

from __future__ import annotations

import argparse
import asyncio
import signal
from typing import Any

import aiosmtplib
from aiosmtpd.smtp import SMTP


class PassThrough:
    def __init__(self, host: str, port: int):
        self.host, self.port = host, port
        self.sessions: dict[int, aiosmtplib.SMTP] = {}

    async def _upstream(self, session: Any) -> aiosmtplib.SMTP:
        client = self.sessions.get(id(session))
        if client is None or not client.is_connected:
            client = aiosmtplib.SMTP(
                hostname=self.host, port=self.port, local_hostname="baseline.test", start_tls=False
            )
            await client.connect()
            await client.ehlo()
            self.sessions[id(session)] = client
        return client

    async def handle_MAIL(self, server: Any, session: Any, envelope: Any, address: str, options: list[str]) -> str:
        try:
            client = await self._upstream(session)
            response = await client.execute_command(b"MAIL", f"FROM:<{address}>".encode())
        except aiosmtplib.SMTPException:
            return "451 4.4.1 upstream unavailable"
        if response.code != 250:
            return f"{response.code} {response.message}"
        envelope.mail_from = address
        return "250 OK"

    async def handle_RCPT(self, server: Any, session: Any, envelope: Any, address: str, options: list[str]) -> str:
        client = await self._upstream(session)
        response = await client.execute_command(b"RCPT", f"TO:<{address}>".encode())
        if response.code not in (250, 251):
            return f"{response.code} {response.message}"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        client = await self._upstream(session)
        try:
            response = await client.data(envelope.original_content)
        except aiosmtplib.SMTPResponseException as exc:
            return f"{exc.code} {exc.message}"
        return f"250 {response.message}"

    async def handle_QUIT(self, server: Any, session: Any, envelope: Any) -> str:
        client = self.sessions.pop(id(session), None)
        if client is not None and client.is_connected:
            await client.quit()
        return "221 Bye"


async def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--listen", default="127.0.0.1:2526")
    parser.add_argument("--upstream", default="127.0.0.1:2600")
    args = parser.parse_args()
    host, port = args.listen.rsplit(":", 1)
    up_host, up_port = args.upstream.rsplit(":", 1)
    handler = PassThrough(up_host, int(up_port))
    loop = asyncio.get_running_loop()
    server = await loop.create_server(
        lambda: SMTP(handler, hostname="baseline.test", decode_data=False, enable_SMTPUTF8=True, loop=loop),
        host=host,
        port=int(port),
        reuse_address=True,
    )
    stop = asyncio.Event()
    loop.add_signal_handler(signal.SIGTERM, stop.set)
    loop.add_signal_handler(signal.SIGINT, stop.set)
    await stop.wait()
    server.close()


if __name__ == "__main__":
    asyncio.run(main())
