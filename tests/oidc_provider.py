"""A real OpenID Provider for the tests: panva's ``oidc-provider`` (pinned in tests/oidc/package.json,
installed by ``scripts/setup --test``) run by node on a loopback port with tests/oidc/provider.mjs,
and a small driver of its development sign-in and consent forms (as a person would fill them)."""

from __future__ import annotations

import html
import json
import re
import shutil
import subprocess
import urllib.parse
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import httpx

from tests.helpers import free_port

HERE = Path(__file__).resolve().parent / "oidc"
SECRET = "test-client-secret-0123456789abcdef"
_FORM = re.compile(r'<form[^>]*action="([^"]+)"[^>]*>(.*?)</form>', re.S)
_INPUT = re.compile(r"<input([^>]*)>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')


@dataclass(frozen=True)
class Client:
    client_id: str
    redirect_uris: tuple[str, ...]
    client_secret: str = SECRET


class OpenIdProvider:
    """``node provider.mjs PORT CLIENTS``; ``issuer`` is http://127.0.0.1:PORT."""

    def __init__(self, clients: Sequence[Client]):
        node = shutil.which("node")
        if node is None or not (HERE / "node_modules" / "oidc-provider").is_dir():
            raise RuntimeError("node or oidc-provider missing: run scripts/setup --test")
        self.port = free_port()
        self.issuer = f"http://127.0.0.1:{self.port}"
        spec = [
            {"client_id": c.client_id, "client_secret": c.client_secret, "redirect_uris": list(c.redirect_uris)}
            for c in clients
        ]
        self.process = subprocess.Popen(
            [node, str(HERE / "provider.mjs"), str(self.port), json.dumps(spec)],
            cwd=HERE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        assert self.process.stdout is not None
        line = self.process.stdout.readline()  # "ready ISSUER" once it listens
        if line.strip() != f"ready {self.issuer}":
            self.stop()
            raise RuntimeError(f"oidc-provider did not start: {line!r}")

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(5)
        if self.process.stdout is not None:
            self.process.stdout.close()

    def sign_in(self, authorize_url: str, login: str, redirect_uri_prefix: str) -> str:
        """Follow the provider's pages from ``authorize_url`` as a person would: type ``login``
        into its sign-in form, accept the consent; the URL it sends the browser back to."""
        with httpx.Client(follow_redirects=False, timeout=15) as op:
            response = op.get(authorize_url)
            for _ in range(12):
                if response.is_redirect:
                    location = urllib.parse.urljoin(str(response.url), response.headers["location"])
                    if location.startswith(redirect_uri_prefix):
                        return location
                    response = op.get(location)
                    continue
                assert response.status_code == 200, f"{response.status_code}: {response.text[:300]}"
                match = _FORM.search(response.text)
                assert match, response.text[:500]
                action, inner = match.groups()
                fields: dict[str, str] = {}
                for tag in _INPUT.findall(inner):
                    attrs = dict(_ATTR.findall(tag))
                    if "name" in attrs:
                        fields[attrs["name"]] = html.unescape(attrs.get("value", ""))
                if "login" in fields:
                    fields.update(login=login, password="any")
                response = op.post(urllib.parse.urljoin(str(response.url), html.unescape(action)), data=fields)
        raise AssertionError("the provider never sent the browser back")

    def tokens(self, client: Client, login: str, *, nonce: str, redirect_uri: str) -> dict[str, str]:
        """Drive the provider as ``client`` (authorization with PKCE, sign-in, token endpoint):
        its real token response, e.g. an ID token for another audience."""
        import base64
        import hashlib
        import secrets

        verifier = secrets.token_urlsafe(48)
        challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).decode().rstrip("=")
        query = urllib.parse.urlencode(
            {
                "client_id": client.client_id,
                "response_type": "code",
                "scope": "openid email profile",
                "redirect_uri": redirect_uri,
                "state": secrets.token_urlsafe(16),
                "nonce": nonce,
                "code_challenge": challenge,
                "code_challenge_method": "S256",
            }
        )
        back = self.sign_in(f"{self.issuer}/auth?{query}", login, redirect_uri)
        code = urllib.parse.parse_qs(urllib.parse.urlsplit(back).query)["code"][0]
        response = httpx.post(
            f"{self.issuer}/token",
            data={
                "grant_type": "authorization_code",
                "code": code,
                "redirect_uri": redirect_uri,
                "code_verifier": verifier,
            },
            auth=(client.client_id, client.client_secret),
            timeout=15,
        )
        assert response.status_code == 200, response.text
        tokens: dict[str, str] = response.json()
        return tokens
