"""policy.yaml -> a validated, immutable :class:`Policy`.

Errors name the file, the line and the key: ``policy.yaml:14 rules.bcc.max_visible_external:
Input should be greater than or equal to 0``. A reload validates a new file completely and only
then swaps it in; a loaded Policy is never changed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import Field, PrivateAttr, ValidationError, field_validator, model_validator

from discretie.access import Auth, Limits, Network, Tls, parse_networks
from discretie.config import Frozen, GlobList, GrantedException, Mode, _as_globs
from discretie.documents import Documents
from discretie.model import INTERNAL_KINDS, Kind, PupilIndex
from discretie.rules import attachment as _attachment
from discretie.rules import bcc as _bcc
from discretie.rules import conduct as _conduct
from discretie.rules import hijack as _hijack
from discretie.rules import links as _links
from discretie.rules import password as _password
from discretie.rules import personal_data as _personal_data
from discretie.rules import private_account as _private_account
from discretie.rules import recipient as _recipient
from discretie.rules import sensitive as _sensitive
from discretie.signin import SignIn
from discretie.texts import Texts

DEFAULT_POLICY_NAME = "policy.yaml"

_SIZE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([kmg]i?b?|b)?\s*$", re.IGNORECASE)
_UNITS = {"": 1, "b": 1, "k": 1000, "m": 1000**2, "g": 1000**3}


def _parse_size(value: object) -> object:
    """Accept ``36700160``, ``"35 MB"`` (binary units, as mail clients mean them) or ``"35MiB"``."""
    if isinstance(value, str):
        match = _SIZE.match(value)
        if not match:
            raise ValueError("expected a size such as 35MB or 36700160")
        number, unit = match.groups()
        unit = (unit or "").lower()
        base = 1024 if unit[:1] in "kmg" and unit != "" else 1
        power = {"k": 1, "m": 2, "g": 3}.get(unit[:1], 0)
        return int(float(number) * (base**power))
    return value


def _http_url(value: str | None) -> str | None:
    """An http(s) base URL without its trailing ``/``; empty means none."""
    if value is None or not value.strip():
        return None
    value = value.strip().rstrip("/")
    if not value.startswith(("https://", "http://")) or any(c.isspace() or ord(c) < 32 for c in value):
        raise ValueError("must be an http(s) URL such as https://discretie.school.be:8025")
    return value


# The subjects whose department a school's list may be named after: wiskunde@, frans@ (not "lo@": initials).
STAFF_SUBJECTS = (
    "wiskunde",
    "nederlands",
    "frans",
    "engels",
    "duits",
    "geschiedenis",
    "aardrijkskunde",
    "biologie",
    "chemie",
    "fysica",
    "wetenschappen",
    "economie",
    "latijn",
    "grieks",
    "godsdienst",
    "informatica",
    "muziek",
)


class School(Frozen):
    """Who is who. Domain entries match the domain itself; ``*.example.be`` matches its sub-domains.
    Account and group globs are matched only against school addresses."""

    name: str = "Stroom (LKSD)"
    domains: GlobList = Field(
        default_factory=lambda: GlobList(
            patterns=("sintpieterscollege.be", "spc.ksleuven.be", "lksd.ksleuven.be", "*.ksleuven.be")
        )
    )
    pupil_domains: GlobList = Field(default_factory=lambda: GlobList(patterns=("leerling.sintpieterscollege.be",)))
    functional_accounts: GlobList = Field(
        default_factory=lambda: GlobList(patterns=("info@*", "directie@*", "secretariaat@*", "privacy@*"))
    )
    group_addresses: GlobList = Field(
        default_factory=lambda: GlobList(
            patterns=(
                "ouders@*",
                "ouders-*@*",
                "leerlingen@*",
                "leerlingen-*@*",  # a class's or a year's pupils, as ouders-*@: leerlingen-6a@ (batch44)
                # with a dot or an underscore too: ouders.cdo-hor1@, leerlingen.cdo@, personeel.cdo@ (batch46)
                "ouders[._]*@*",
                "leerlingen[._]*@*",
                "personeel[-._]*@*",
                "personeel@*",
                "klas-*@*",
                "ouders[0-9]*@*",  # a class's lists with the class glued on: ouders3b@, leerlingen6a@, klas4c@
                "leerlingen[0-9]*@*",
                "klas[0-9]*@*",
                # everyone of a kind, "alle" glued on: alleouders@, alle-leerlingen@, allepersoneel@ (batch51)
                "alle[-._]ouders*@*",
                "alleouders*@*",
                "alle[-._]leerlingen*@*",
                "alleleerlingen*@*",
                "alle[-._]personeel*@*",
                "allepersoneel*@*",
                # in French and English: parents-francophones@, parents@, eleves-3a@, students@ (batch56)
                "parents@*",
                "parents[-._]*@*",
                "all[-._]parents*@*",
                "allparents*@*",
                "eleves@*",
                "eleves[-._]*@*",
                "students@*",
                "students[-._]*@*",
                # a boarding school's boarders ("de internen"), as its pupils: internen@, internen-meisjes@ (batch64)
                "internen@*",
                "internen[-._0-9]*@*",
            )
        )
    )
    # Lists that reach a group of staff only (§3.1: in BCC like every group address, but its readers are colleagues:
    # for `sensitive` a mail to one is a mail among staff, and `hijack` does not count it as outside the school).
    staff_groups: GlobList = Field(
        default_factory=lambda: GlobList(
            patterns=(
                "vakgroep*@*",
                # a department by its other name: sectie-muziek@, sectie.wiskunde@ (batch58; not sectiehoofd@)
                "sectie@*",
                "sectie[-._]*@*",
                "klassenraad*@*",
                "crisisteam*@*",
                "leerkrachten-*@*",  # a class's teachers (not all teachers: leerkrachten@)
                "leerkrachten[0-9]*@*",
                "titularissen*@*",  # the class teachers, of a year or of the school: titularissen@, titularissen3@
                "klastitularissen*@*",
                # a team's list: zorgteam@, kleuterteam@, klasteam-2b@, lerarenteam-2a@, team-cdo@
                "team@*",
                "??*team@*",  # (not steam@: a STEAM project's mailbox)
                "*team[-._]*@*",
                *(f"{subject}@*" for subject in STAFF_SUBJECTS),  # a department's list named by its subject
            )
        )
    )
    dpo: str = "privacy@lksd.ksleuven.be"
    notify_from: str | None = None  # sender of notifications; default discretie@<the DPO's domain>
    # The web console as the DPO's browser reaches it (https://host:port); the DPO report links to it.
    console_url: str | None = None
    # Sub-addressing: Microsoft 365 and Google deliver ouders+x@school to ouders@school, so an address is
    # classified by its local part up to this separator ("" = the mail system has no sub-addressing).
    subaddress_separator: str = Field(default="+", max_length=1)

    # A memo of classify(): a value computed from this immutable object, not state of its own.
    _kinds: dict[str, Kind] = PrivateAttr(default_factory=dict)

    _coerce = field_validator(
        "domains", "pupil_domains", "functional_accounts", "group_addresses", "staff_groups", mode="before"
    )(_as_globs)

    @field_validator("dpo", "notify_from")
    @classmethod
    def _is_address(cls, value: str | None) -> str | None:
        if value is None:
            return None
        if "@" not in value or value.startswith("@") or value.endswith("@") or any(c.isspace() for c in value.strip()):
            raise ValueError("must be a mail address")
        return value.strip().lower()

    _is_url = field_validator("console_url")(lambda value: _http_url(value))

    def is_school_domain(self, domain: str) -> bool:
        return self.domains.matches(domain) or self.pupil_domains.matches(domain)

    def classify(self, address: str) -> Kind:
        """staff, functional, group, pupil or external; cached per policy (bounded)."""
        addr = address.strip().lower()
        kind = self._kinds.get(addr)
        if kind is None:
            kind = self._classify(addr)
            if len(self._kinds) >= 8192:
                self._kinds.clear()
            self._kinds[addr] = kind
        return kind

    def _classify(self, addr: str) -> Kind:
        local, _, domain = addr.rpartition("@")
        pupil = self.pupil_domains.matches(domain)
        if not pupil and not self.domains.matches(domain):
            return Kind.EXTERNAL
        if self.subaddress_separator and self.subaddress_separator in local:
            addr = f"{local.split(self.subaddress_separator, 1)[0]}@{domain}"  # the mailbox it reaches
        if self.group_addresses.matches(addr):  # klas-3b@leerling... is a group, not a pupil
            return Kind.GROUP
        if pupil:
            return Kind.PUPIL
        if self.staff_groups.matches(addr):
            return Kind.STAFF_GROUP
        if self.functional_accounts.matches(addr):
            return Kind.FUNCTIONAL
        return Kind.STAFF

    def is_internal(self, address: str) -> bool:
        """Staff, general school accounts and lists of staff; not pupils, other groups or anyone outside."""
        return self.classify(address) in INTERNAL_KINDS


class ConsoleSettings(Frozen):
    """The web console as teachers reach it. With ``public_url`` set, the notice of a hold carries
    the sender's personal self-service link ``<public_url>/afzender/<token>`` (docs/security.md)."""

    public_url: str | None = None

    _is_url = field_validator("public_url")(lambda value: _http_url(value))


class Server(Frozen):
    """How ``discretie serve`` listens and delivers. Command-line flags override these."""

    listen: str = "127.0.0.1:2525"
    hostname: str = "discretie.localdomain"
    upstream: str = "maildir:var/outbox"
    max_message_size: int = Field(default=35 * 1024 * 1024, gt=0)
    max_recipients: int = Field(default=1000, ge=1)
    data_timeout: float = Field(default=300.0, gt=0)
    upstream_timeout: float = Field(default=60.0, gt=0)
    shutdown_grace: float = Field(default=30.0, ge=0)

    _size = field_validator("max_message_size", mode="before")(_parse_size)

    @field_validator("listen")
    @classmethod
    def _host_port(cls, value: str) -> str:
        split_host_port(value)
        return value

    @field_validator("upstream")
    @classmethod
    def _upstream(cls, value: str) -> str:
        from discretie.upstream import parse_upstream

        parse_upstream(value)
        return value


class Store(Frozen):
    """Where held messages, incidents and the outbox live: a SQLite file (``path``), or with
    ``url`` a PostgreSQL database shared by several gateway instances."""

    path: str = "var/discretie.db"
    url: str | None = None  # postgresql://USER@HOST:PORT/DATABASE (no password here)
    key_file: str | None = None
    password_file: str | None = None  # else DISCRETIE_STORE_PASSWORD, else libpq's ~/.pgpass
    # Keys also accepted for reading, while `discretie store rotate-key` moves every value to key_file.
    extra_key_files: tuple[str, ...] = ()
    # How long an instance's claim on an outbox item lasts: an instance that dies mid-delivery
    # leaves its items to the others for this long (a delivery is cut off at half of it).
    lease_seconds: float = Field(default=900.0, ge=2)

    @field_validator("url")
    @classmethod
    def _url(cls, value: str | None) -> str | None:
        if value is None:
            return None
        from urllib.parse import urlsplit

        if not value.startswith(("postgresql://", "postgres://")):
            raise ValueError("store.url begint met postgresql:// (zonder url: SQLite in store.path)")
        try:
            password = urlsplit(value).password
        except ValueError as exc:
            raise ValueError(f"store.url is geen geldige URL ({exc})") from None
        if password is not None or "password=" in value:
            raise ValueError(
                "zet het wachtwoord niet in store.url (de policy is geen geheim): gebruik store.password_file "
                "of de omgevingsvariabele DISCRETIE_STORE_PASSWORD"
            )
        return value

    @model_validator(mode="after")
    def _key_for_shared_store(self) -> Store:
        if self.url and not self.key_file:
            raise ValueError(
                "een PostgreSQL-opslag (store.url) heeft store.key_file nodig: "
                "hetzelfde sleutelbestand op elke instantie"
            )
        return self

    @property
    def location(self) -> str:
        """What :meth:`discretie.store.Store.open` takes: the URL, else the file."""
        return self.url or self.path


class Retention(Frozen):
    held_days: int = Field(default=30, ge=1)
    incident_days: int = Field(default=365, ge=1)
    audit_days: int = Field(default=730, ge=1)  # the audit log (who saw, released, rejected what)
    breach_days: int = Field(default=1826, ge=1)  # closed data-breach records (5 years), after closing
    # A held message this many days (or fewer) before its purge is flagged in the console.
    expiry_warning_days: int = Field(default=3, ge=0)
    trace_days: int = Field(default=30, ge=1)  # the message trace (berichtenspoor) of all mail
    sender_days: int = Field(default=180, ge=1)  # per-sender counts of rules.hijack (keyed hashes, no recipients)


class Reports(Frozen):
    """How the DPO hears of incidents: a report at once for serious ones (and for every held
    message: someone waits for her), the rest in one daily overview (``rules.<rule>.report``
    overrides per rule)."""

    immediate_severity: Literal["low", "medium", "high"] = "high"  # this severity or higher: at once
    digest_time: str = "07:00"  # local time the daily overview is made (of the 24 hours before)

    @field_validator("digest_time")
    @classmethod
    def _hh_mm(cls, value: str) -> str:
        match = re.fullmatch(r"([01]?\d|2[0-3]):([0-5]\d)", value.strip())
        if not match:
            raise ValueError("expected a time of day such as 07:00")
        return f"{int(match.group(1)):02d}:{match.group(2)}"


class RosterSettings(Frozen):
    """The school's pupil list (``discretie roster import``), kept in the store as keyed hashes."""

    required: bool = False  # serve refuses to start without an imported roster
    check_interval: float = Field(default=5.0, gt=0, le=3600)  # seconds between looks for a new import


class Rules(Frozen):
    password: _password.Config = Field(default_factory=_password.Config)
    bcc: _bcc.Config = Field(default_factory=_bcc.Config)
    personal_data: _personal_data.Config = Field(default_factory=_personal_data.Config)
    sensitive: _sensitive.Config = Field(default_factory=_sensitive.Config)
    private_account: _private_account.Config = Field(default_factory=_private_account.Config)
    attachment: _attachment.Config = Field(default_factory=_attachment.Config)
    recipient: _recipient.Config = Field(default_factory=_recipient.Config)
    links: _links.Config = Field(default_factory=_links.Config)
    conduct: _conduct.Config = Field(default_factory=_conduct.Config)
    hijack: _hijack.Config = Field(default_factory=_hijack.Config)


class Policy(Frozen):
    version: int = 1
    mode: Mode = "enforce"
    allowed_networks: tuple[str, ...] = ("127.0.0.0/8", "::1/128")
    proxy_protocol: bool = False
    allowed_proxies: tuple[str, ...] = ()  # load balancers whose PROXY header is believed
    tls: Tls = Field(default_factory=Tls)
    auth: Auth = Field(default_factory=Auth)
    limits: Limits = Field(default_factory=Limits)
    school: School = Field(default_factory=School)
    console: ConsoleSettings = Field(default_factory=ConsoleSettings)
    server: Server = Field(default_factory=Server)
    store: Store = Field(default_factory=Store)
    retention: Retention = Field(default_factory=Retention)
    reports: Reports = Field(default_factory=Reports)
    roster_settings: RosterSettings = Field(default_factory=RosterSettings, alias="roster")
    documents: Documents = Field(default_factory=Documents)
    signin: SignIn = Field(default_factory=SignIn)  # the web console: local accounts, OpenID Connect
    texts: Texts = Field(default_factory=Texts)
    rules: Rules = Field(default_factory=Rules)

    _source: str = PrivateAttr(default="<defaults>")
    _networks: tuple[Network, ...] = PrivateAttr(default=())
    _roster: PupilIndex | None = PrivateAttr(default=None)
    # per (rule, sender): the lookup per message is one dict access however many are granted
    _granted: dict[tuple[str, str], tuple[GrantedException, ...]] = PrivateAttr(default_factory=dict)
    _proxies: tuple[Network, ...] = PrivateAttr(default=())

    def model_post_init(self, __context: object) -> None:
        self._networks = parse_networks(self.allowed_networks)
        self._proxies = parse_networks(self.allowed_proxies)

    @model_validator(mode="after")
    def _proxies_named(self) -> Policy:
        if self.proxy_protocol and not self.allowed_proxies:
            raise ValueError(
                "proxy_protocol: true needs allowed_proxies, the load balancers' addresses "
                "(a PROXY header from anyone else is refused)"
            )
        return self

    @field_validator("allowed_networks", "allowed_proxies")
    @classmethod
    def _cidrs(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        for item in value:
            try:
                parse_networks([item])
            except ValueError:
                raise ValueError(f"{item!r} is not a network in CIDR form, e.g. 10.20.0.0/16") from None
        return value

    @property
    def networks(self) -> tuple[Network, ...]:
        return self._networks

    @property
    def roster(self) -> PupilIndex | None:
        """The school's imported pupil list, when there is one (see ``with_roster``)."""
        return self._roster

    def with_roster(self, roster: PupilIndex | None) -> Policy:
        """This policy with the pupil list the rules should use: the roster is part of what is in
        force, swapped in as a whole like a reload (a transaction keeps the policy it started with)."""
        updated = self.model_copy()
        updated._roster = roster
        return updated

    @property
    def granted(self) -> tuple[GrantedException, ...]:
        """The store's exceptions in force (see ``with_exceptions``)."""
        return tuple(e for per_rule in self._granted.values() for e in per_rule)

    def with_exceptions(self, granted: tuple[GrantedException, ...]) -> Policy:
        """This policy with the store's exceptions in force, swapped in as a whole like the roster."""
        updated = self.model_copy()
        grouped: dict[tuple[str, str], tuple[GrantedException, ...]] = {}
        for exception in granted:
            key = (exception.rule, exception.sender)
            grouped[key] = (*grouped.get(key, ()), exception)
        updated._granted = grouped
        return updated

    def exempt(self, rule_id: str, sender: str, recipients: tuple[str, ...]) -> bool:
        """Whether rule ``rule_id`` skips this message: the rule's ``exceptions`` in policy.yaml, or an
        exception the DPO granted in the store (in force on this policy)."""
        if self.rule_config(rule_id).exceptions.exempt(sender, recipients):
            return True
        if not self._granted:
            return False
        return any(e.exempts(sender, recipients) for e in self._granted.get((rule_id, sender.strip().lower()), ()))

    @property
    def proxies(self) -> tuple[Network, ...]:
        return self._proxies

    @field_validator("version")
    @classmethod
    def _version(cls, value: int) -> int:
        if value != 1:
            raise ValueError("only version 1 is known")
        return value

    @property
    def source(self) -> str:
        return self._source

    def rule_config(self, rule_id: str) -> Any:
        return getattr(self.rules, rule_id)


def split_host_port(value: str) -> tuple[str, int]:
    """``127.0.0.1:2525`` or ``[::1]:2525`` -> (host, port)."""
    host, sep, port = value.rpartition(":")
    if not sep or not port.isdigit() or not host:
        raise ValueError("expected HOST:PORT, e.g. 127.0.0.1:2525")
    if not 0 <= int(port) <= 65535:
        raise ValueError("port must be between 0 and 65535")
    return host.strip("[]"), int(port)


@dataclass(frozen=True)
class PolicyProblem:
    file: str
    line: int | None
    key: str
    message: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line is not None else self.file
        return f"{where} {self.key}: {self.message}" if self.key else f"{where}: {self.message}"


class PolicyError(Exception):
    """An invalid policy file. ``str()`` gives one line per problem."""

    def __init__(self, problems: list[PolicyProblem]):
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


def _line_index(node: yaml.Node, path: tuple[str | int, ...], out: dict[tuple[str | int, ...], int]) -> None:
    """Map every key path in a composed YAML document to its 1-based line."""
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            key = key_node.value
            sub = (*path, key)
            out[sub] = key_node.start_mark.line + 1
            _line_index(value_node, sub, out)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            sub = (*path, index)
            out[sub] = item.start_mark.line + 1
            _line_index(item, sub, out)


def _problems_from(exc: ValidationError, name: str, lines: dict[tuple[str | int, ...], int]) -> list[PolicyProblem]:
    problems = []
    for error in exc.errors():
        loc = tuple(part for part in error["loc"] if not (isinstance(part, str) and part.startswith("function-")))
        # GlobList fields are validated from plain lists: drop the model's internal field name.
        loc = tuple(p for p in loc if p != "patterns")
        line = None
        for cut in range(len(loc), -1, -1):
            if loc[:cut] in lines:
                line = lines[loc[:cut]]
                break
        message = error["msg"]
        if error["type"] == "extra_forbidden":
            message = "unknown key"
        message = message.removeprefix("Value error, ")
        problems.append(PolicyProblem(name, line, ".".join(str(p) for p in loc), message))
    return problems


def parse_policy(text: str, name: str = DEFAULT_POLICY_NAME) -> Policy:
    """Validate policy text. Raises :class:`PolicyError` with file:line key: message lines."""
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        problem = getattr(exc, "problem", None) or str(exc)
        raise PolicyError([PolicyProblem(name, line, "", f"not valid YAML: {problem}")]) from None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise PolicyError([PolicyProblem(name, 1, "", "the policy must be a mapping of keys")])
    lines: dict[tuple[str | int, ...], int] = {}
    if node is not None:
        _line_index(node, (), lines)
    try:
        policy = Policy.model_validate(data)
    except ValidationError as exc:
        raise PolicyError(_problems_from(exc, name, lines)) from None
    policy._source = name
    return policy


def load_policy(path: str | Path | None) -> Policy:
    """Load ``path``; ``None`` means the embedded default policy (the LKSD setup)."""
    if path is None:
        text = resources.files("discretie").joinpath("default_policy.yaml").read_text("utf-8")
        return parse_policy(text, "<embedded policy.yaml>")
    file = Path(path)
    try:
        text = file.read_text("utf-8")
    except FileNotFoundError:
        raise PolicyError([PolicyProblem(str(file), None, "", "file not found")]) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise PolicyError([PolicyProblem(str(file), None, "", f"cannot read: {exc}")]) from None
    return parse_policy(text, str(file))
