"""policy.yaml ``signin:``: how people sign in to the web console. Local accounts (a name and a
password, ``discretie reviewer add``) and, beside them, OpenID Connect with the school's Microsoft
Entra ID or Google Workspace (discretie.web.oidc does the sign-in; this module is only its
configuration, read with the policy).

Who may sign in over OpenID Connect, and with which role, is decided here and nowhere else: the
address in the ID token (only a verified one, of one of ``domains``) is looked up in ``roles``;
else the values of ``group_claim`` in ``group_roles`` (the highest role wins); else the person is
refused. The client secret is never in the policy: ``client_secret_file`` names a file (0600).
"""

from __future__ import annotations

import re
from pathlib import Path

from pydantic import Field, field_validator, model_validator

from discretie import roles
from discretie.config import Frozen

_NAME = re.compile(r"^[a-z0-9][a-z0-9-]{0,30}$")


def _role(value: str) -> str:
    return roles.valid(value)


class OidcProvider(Frozen):
    """One OpenID Provider (Entra ID of the school's tenant, Google), registered with a client."""

    name: str  # in the console's addresses: /login/oidc/NAME
    label: str = "Aanmelden met het schoolaccount"  # the button on the sign-in page
    issuer: str  # exactly as the provider's discovery document names it
    client_id: str
    client_secret_file: str  # the client secret, alone in a file readable by Discretie only
    redirect_uri: str  # https://CONSOLE/login/oidc/NAME/callback, as registered at the provider
    scopes: tuple[str, ...] = ("openid", "email", "profile")
    domains: tuple[str, ...] = Field(min_length=1)  # only addresses of these domains may sign in
    email_claim: str = "email"
    # The claim that says the address is verified (true): Google's email_verified; for Entra ID
    # the optional claim xms_edov ("email domain owner verified"), added in Token configuration.
    verified_claim: str = "email_verified"
    roles: dict[str, str] = Field(default_factory=dict)  # address -> role
    group_claim: str = "groups"  # Entra ID: the group object ids (Token configuration > groups claim)
    group_roles: dict[str, str] = Field(default_factory=dict)  # group -> role
    leeway: int = Field(default=60, ge=0, le=300)  # seconds of clock difference allowed on exp/iat

    @field_validator("name")
    @classmethod
    def _name(cls, value: str) -> str:
        if not _NAME.match(value):
            raise ValueError("gebruik kleine letters, cijfers en - (bv. entra of google)")
        return value

    @field_validator("issuer", "redirect_uri")
    @classmethod
    def _url(cls, value: str) -> str:
        if not value.startswith(("https://", "http://127.0.0.1", "http://localhost", "http://[::1]")):
            raise ValueError("een https-adres (http alleen op loopback, om te testen)")
        return value

    @field_validator("domains")
    @classmethod
    def _domains(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(d.strip().lower().lstrip("@") for d in value)

    @field_validator("roles")
    @classmethod
    def _roles(cls, value: dict[str, str]) -> dict[str, str]:
        return {address.strip().lower(): _role(role) for address, role in value.items()}

    @field_validator("group_roles")
    @classmethod
    def _group_roles(cls, value: dict[str, str]) -> dict[str, str]:
        return {group: _role(role) for group, role in value.items()}

    @field_validator("scopes")
    @classmethod
    def _scopes(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        if "openid" not in value:
            raise ValueError("de scope openid is nodig")
        return value

    @model_validator(mode="after")
    def _addresses_in_domains(self) -> OidcProvider:
        for address in self.roles:
            if address.rpartition("@")[2] not in self.domains:
                raise ValueError(f"{address} is geen adres van {', '.join(self.domains)}")
        return self

    def client_secret(self) -> str:
        """The secret from its file (read when needed, so a new secret needs no reload)."""
        return Path(self.client_secret_file).read_text(encoding="utf-8").strip()

    def role_for(self, address: str, groups: list[str]) -> str | None:
        """The role of a signed-in address (already checked: verified, of ``domains``), None: refused."""
        if address in self.roles:
            return self.roles[address]
        found = [self.group_roles[g] for g in groups if g in self.group_roles]
        return max(found, key=roles.ROLES.index) if found else None


class SignIn(Frozen):
    local: bool = True  # sign-in with a name and password (discretie reviewer add)
    oidc: tuple[OidcProvider, ...] = ()

    @model_validator(mode="after")
    def _unique(self) -> SignIn:
        names = [p.name for p in self.oidc]
        if len(names) != len(set(names)):
            raise ValueError("elke provider in signin.oidc heeft een eigen name")
        if not self.local and not self.oidc:
            raise ValueError("signin.local: false heeft minstens één provider in signin.oidc nodig")
        return self

    def provider(self, name: str) -> OidcProvider | None:
        return next((p for p in self.oidc if p.name == name), None)
