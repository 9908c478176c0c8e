"""OpenID Connect sign-in for the web console (Microsoft Entra ID, Google), beside local accounts.

The authorization code flow with PKCE (S256), with Authlib's OAuth 2.0 client over httpx2 for
the authorization URL and the token request, and joserfc (Authlib's JOSE library) for the ID
token:

1. ``GET /login/oidc/NAME``: a fresh ``state``, ``nonce`` and PKCE ``code_verifier``; they travel
   in a cookie sealed with the store key (AES-GCM: nobody can read or forge it; SameSite=Lax, as
   the provider's redirect back is a cross-site navigation; 10 minutes) and the browser goes to
   the provider's authorization endpoint.
2. ``GET /login/oidc/NAME/callback``: the ``state`` must equal the cookie's (constant-time), the
   code is exchanged at the token endpoint with the verifier and the client secret, and the ID
   token is checked: its signature with the provider's published keys (JWKS; an unknown key id
   fetches them once more), ``iss`` equal to the configured issuer, ``aud`` holding the client
   id (and ``azp`` equal to it when there are several audiences), ``exp``/``iat`` with the
   configured leeway, and the ``nonce`` equal to the cookie's. Then the address: only a verified
   one (``verified_claim`` true) of one of the configured domains, mapped to a role by the policy
   (discretie.signin); anyone else is refused and the refusal audited.
3. The account is made or its role updated (store.oidc_reviewer, audited) and a session starts
   as after a password sign-in. The answer is a small page that goes on to the console: the
   session cookie is SameSite=Strict, and a browser does not send it on a navigation that a
   cross-site redirect started.

Discovery documents and keys are cached for an hour per provider.
"""

from __future__ import annotations

import base64
import hmac
import json
import time
from dataclasses import dataclass, field
from typing import Any

import httpx2
from authlib.common.security import generate_token
from authlib.integrations.httpx_client import AsyncOAuth2Client
from joserfc import jwt
from joserfc.errors import JoseError
from joserfc.jwk import KeySet

from discretie.crypto import CryptoError, Sealer
from discretie.signin import OidcProvider

PENDING_AAD = b"discretie oidc pending v1"
PENDING_SECONDS = 600
CACHE_SECONDS = 3600
ALGORITHMS = ("RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384", "ES512")
HTTP_TIMEOUT = 10.0


class OidcError(Exception):
    """A sign-in that is refused; the text is Dutch and safe to show (no token, no secret)."""


@dataclass(frozen=True)
class Pending:
    """What the browser carries (sealed) between the redirect to the provider and the callback."""

    provider: str
    state: str
    nonce: str
    verifier: str
    started: float
    next: str = ""

    def seal(self, sealer: Sealer) -> str:
        data = json.dumps(
            {
                "p": self.provider,
                "s": self.state,
                "n": self.nonce,
                "v": self.verifier,
                "t": self.started,
                "x": self.next,
            }
        ).encode()
        return base64.urlsafe_b64encode(sealer.seal(data, PENDING_AAD)).decode().rstrip("=")

    @classmethod
    def open(cls, sealer: Sealer, value: str | None, now: float) -> Pending:
        if not value or len(value) > 2000:
            raise OidcError("De aanmelding is verlopen of werd in een andere browser gestart. Probeer opnieuw.")
        try:
            blob = base64.urlsafe_b64decode(value + "=" * (-len(value) % 4))
            data = json.loads(sealer.open(blob, PENDING_AAD))
            pending = cls(
                provider=str(data["p"]),
                state=str(data["s"]),
                nonce=str(data["n"]),
                verifier=str(data["v"]),
                started=float(data["t"]),
                next=str(data.get("x", "")),
            )
        except (ValueError, KeyError, TypeError, CryptoError):
            raise OidcError("De aanmelding is verlopen of ongeldig. Probeer opnieuw.") from None
        if not 0 <= now - pending.started <= PENDING_SECONDS:
            raise OidcError("De aanmelding duurde te lang (meer dan 10 minuten). Probeer opnieuw.")
        return pending


@dataclass(frozen=True)
class Identity:
    """Who signed in: the address (lower case) and the role the policy gives it."""

    address: str
    role: str
    issuer: str


@dataclass
class _Cached:
    at: float
    metadata: dict[str, Any]
    keys: KeySet


@dataclass
class OidcClient:
    """The console's relying party for every provider of ``signin.oidc`` (one per app)."""

    transport: httpx2.AsyncBaseTransport | None = None  # tests only; None: the network
    _cache: dict[str, _Cached] = field(default_factory=dict)

    def _http(self) -> httpx2.AsyncClient:
        return httpx2.AsyncClient(timeout=HTTP_TIMEOUT, transport=self.transport, follow_redirects=False)

    def _oauth(self, provider: OidcProvider) -> AsyncOAuth2Client:
        return AsyncOAuth2Client(
            client_id=provider.client_id,
            client_secret=provider.client_secret(),
            redirect_uri=provider.redirect_uri,
            scope=" ".join(provider.scopes),
            code_challenge_method="S256",
            token_endpoint_auth_method="client_secret_basic",
            timeout=HTTP_TIMEOUT,
            transport=self.transport,
            follow_redirects=False,
        )

    async def _get_json(self, url: str) -> dict[str, Any]:
        try:
            async with self._http() as http:
                response = await http.get(url, headers={"Accept": "application/json"})
            data = response.json() if response.status_code == 200 else None
        except (httpx2.HTTPError, OSError, ValueError) as exc:
            raise OidcError(f"De aanmeldprovider is niet bereikbaar ({type(exc).__name__}).") from None
        if response.status_code != 200:
            raise OidcError(f"De aanmeldprovider antwoordde {response.status_code} op {url}.")
        if not isinstance(data, dict):
            raise OidcError(f"De aanmeldprovider gaf geen geldig antwoord op {url}.")
        return data

    async def provider_data(self, provider: OidcProvider, *, refresh_keys: bool = False) -> _Cached:
        """The discovery document (its issuer must be the configured one) and the keys."""
        now = time.monotonic()
        cached = self._cache.get(provider.name)
        if cached is None or now - cached.at > CACHE_SECONDS:
            metadata = await self._get_json(provider.issuer.rstrip("/") + "/.well-known/openid-configuration")
            if metadata.get("issuer") != provider.issuer:
                raise OidcError("De aanmeldprovider noemt een andere issuer dan ingesteld (signin.oidc.issuer).")
            for key in ("authorization_endpoint", "token_endpoint", "jwks_uri"):
                if not isinstance(metadata.get(key), str):
                    raise OidcError(f"De aanmeldprovider noemt geen {key}.")
            cached = None
        else:
            metadata = cached.metadata
        if cached is None or refresh_keys:
            keys = KeySet.import_key_set(await self._get_json(str(metadata["jwks_uri"])))  # type: ignore[arg-type]
            cached = _Cached(at=now, metadata=metadata, keys=keys)
            self._cache[provider.name] = cached
        return cached

    async def start(self, provider: OidcProvider, *, next_path: str, now: float) -> tuple[str, Pending]:
        """The provider's authorization URL and what the browser must bring back."""
        data = await self.provider_data(provider)
        pending = Pending(
            provider=provider.name,
            state=generate_token(43),
            nonce=generate_token(43),
            verifier=generate_token(64),
            started=now,
            next=next_path,
        )
        async with self._oauth(provider) as client:
            url, _state = client.create_authorization_url(
                str(data.metadata["authorization_endpoint"]),
                state=pending.state,
                code_verifier=pending.verifier,
                nonce=pending.nonce,
            )
        return str(url), pending

    async def finish(self, provider: OidcProvider, pending: Pending, params: dict[str, str], *, now: float) -> Identity:
        """The callback: state, code exchange (with the PKCE verifier), the ID token, the address."""
        if pending.provider != provider.name:
            raise OidcError("De aanmelding werd bij een andere provider gestart. Probeer opnieuw.")
        state = params.get("state", "")
        if not hmac.compare_digest(state.encode("utf-8", "replace"), pending.state.encode()):
            raise OidcError("De aanmelding klopt niet (state). Probeer opnieuw.")
        if "error" in params:
            raise OidcError(f"De aanmeldprovider weigerde de aanmelding ({params['error'][:80]}).")
        code = params.get("code", "")
        if not code or len(code) > 2000:
            raise OidcError("De aanmeldprovider gaf geen code terug.")
        data = await self.provider_data(provider)
        async with self._oauth(provider) as client:
            try:
                token = await client.fetch_token(
                    str(data.metadata["token_endpoint"]),
                    grant_type="authorization_code",
                    code=code,
                    code_verifier=pending.verifier,
                )
            except Exception as exc:  # authlib's OAuthError, httpx2's errors: a refused exchange
                raise OidcError(
                    f"De code kon niet ingewisseld worden bij de aanmeldprovider ({type(exc).__name__})."
                ) from None
        id_token = token.get("id_token")
        if not isinstance(id_token, str):
            raise OidcError("De aanmeldprovider gaf geen ID-token.")
        try:
            claims = self.validate(provider, data, id_token, nonce=pending.nonce, now=now)
        except OidcError as first:
            if "sleutel" not in str(first):
                raise
            data = await self.provider_data(provider, refresh_keys=True)  # the provider rolled its keys
            claims = self.validate(provider, data, id_token, nonce=pending.nonce, now=now)
        return identity(provider, claims)

    @staticmethod
    def validate(provider: OidcProvider, data: _Cached, id_token: str, *, nonce: str, now: float) -> dict[str, Any]:
        """The ID token's claims once its signature, issuer, audience, times and nonce are right."""
        try:
            token = jwt.decode(id_token, data.keys, algorithms=list(ALGORITHMS))
        except JoseError as exc:
            raise OidcError(
                f"De handtekening van het ID-token klopt niet of de sleutel is onbekend ({exc.error})."
            ) from None
        claims = token.claims
        registry = jwt.JWTClaimsRegistry(
            now=int(now),
            leeway=provider.leeway,
            iss={"essential": True, "value": provider.issuer},
            aud={"essential": True, "value": provider.client_id},
            sub={"essential": True},
            exp={"essential": True},
            iat={"essential": True},
        )
        try:
            registry.validate(claims)
        except JoseError as exc:
            which = {"iss": "uitgever", "aud": "publiek (audience)", "exp": "geldigheid", "iat": "uitgiftetijd"}
            name = str(getattr(exc, "claim", "") or exc.description or exc.error)
            raise OidcError(f"Het ID-token is geweigerd: {which.get(name, name)} klopt niet.") from None
        audience = claims["aud"]
        if isinstance(audience, list) and len(audience) > 1 and claims.get("azp") != provider.client_id:
            raise OidcError("Het ID-token is geweigerd: publiek (azp) klopt niet.")
        given = claims.get("nonce")
        if not isinstance(given, str) or not hmac.compare_digest(given.encode("utf-8", "replace"), nonce.encode()):
            raise OidcError("Het ID-token is geweigerd: nonce klopt niet.")
        return claims


def identity(provider: OidcProvider, claims: dict[str, Any]) -> Identity:
    """The address of the ID token, when verified and of the school, with its role; else refused."""
    address = claims.get(provider.email_claim)
    if not isinstance(address, str) or "@" not in address:
        raise OidcError(f"Het ID-token noemt geen e-mailadres ({provider.email_claim}).")
    address = address.strip().lower()
    if claims.get(provider.verified_claim) is not True:
        raise OidcError(f"Het e-mailadres {address} is niet bevestigd door de aanmeldprovider.")
    if address.rpartition("@")[2] not in provider.domains:
        raise OidcError(f"{address} is geen adres van de school ({', '.join(provider.domains)}).")
    raw_groups = claims.get(provider.group_claim, [])
    groups = [g for g in raw_groups if isinstance(g, str)] if isinstance(raw_groups, list) else []
    role = provider.role_for(address, groups)
    if role is None:
        raise OidcError(f"{address} heeft geen toegang tot de console: vraag het de beheerder (signin.oidc.roles).")
    return Identity(address=address, role=role, issuer=provider.issuer)
