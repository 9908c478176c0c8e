"""One vocabulary: the stable English identifiers the code, the store and ``--json`` use (rule ids,
finding categories, severities, actions, message states, audit actions) and the Dutch labels people
read in the command line's tables, ``scan``'s text output, the web console, the CSV export (beside
the code columns) and the notifications.

An identifier never changes (scripts, stored incidents and exports depend on it); a label may. A
rule's label is also accepted wherever a rule is asked for (``--rule wachtwoord``, the console's
filter): :func:`rule_id` resolves either and refuses anything else with the list of valid ones.
"""

from __future__ import annotations

from discretie.detect import strip_accents
from discretie.rules import RULES

RULE_LABELS: dict[str, str] = {
    "password": "wachtwoord",
    "bcc": "zichtbare ontvangers",
    "personal_data": "persoonsgegevens",
    "sensitive": "gevoelige info",
    "private_account": "privé-account",
    "attachment": "bijlage",
    "recipient": "verkeerde ontvanger",
    "links": "gevaarlijke link",
    "conduct": "ongepaste inhoud",
    "hijack": "overgenomen account",
}
# What a finding is about; never the same words as its rule's label (they stand side by side).
CATEGORY_LABELS: dict[str, str] = {
    "credential": "inloggegevens",
    "credential_table": "lijst met inloggegevens",
    "visible_recipients": "externe adressen in Aan/CC",
    "group": "groepsadres in Aan/CC",
    "phone": "telefoonnummer",
    "national_number": "rijksregisternummer",
    "iban": "rekeningnummer",
    "birthdate": "geboortedatum",
    "family": "gezinssituatie",
    "psychosocial": "psycho-sociaal",
    "medical": "medisch",
    "care": "zorg",
    "financial": "financieel",
    "private_sender": "verstuurd vanaf privé-account",
    "self_forward": "doorsturen naar privé",
    "executable": "programma",
    "script": "script",
    "macro": "macro's",
    "disk_image": "schijfkopie",
    "archive": "archief",
    "other_pupil": "over een andere leerling",
    "address_typo": "tikfout in een adres",
    "unreadable": "niet te controleren",
    "scanned": "gescand document",
    "not_read": "niet gelezen formaat",
    "error": "interne fout",
    "credentials": "wachtwoord of code in een link",
    "lookalike": "nagemaakt adres",
    "lookalike_name": "domein met de schoolnaam",
    "ip_host": "link naar IP-adres",
    "shortener": "verkorte link",
    "mismatch": "misleidende linktekst",
    "text_differs": "linktekst met ander domein",
    "public_share": "openbare deellink",
    "slur": "racistisch of discriminerend",
    "insult": "belediging",
    "sexual": "seksueel intimiderend",
    "threat": "bedreiging",
    "hate": "aanzetten tot haat",
    "model": "volgens het geleerde model",
    "phishing": "phishing naar veel externen",
    "volume": "verzendlimiet overschreden",
    "burst": "deel van een golf",
    "blocked": "afzender geblokkeerd",
}
SEVERITY_LABELS: dict[str, str] = {"info": "info", "low": "laag", "medium": "middel", "high": "hoog"}
ACTION_LABELS: dict[str, str] = {
    "forward": "doorgestuurd",
    "rewrite": "verzonden met ontvangers in BCC",
    "hold": "vastgehouden voor controle",
    "reject": "geweigerd",
}
STATE_LABELS: dict[str, str] = {
    "held": "vastgehouden",
    "releasing": "wordt verzonden",
    "released": "vrijgegeven en verzonden",
    "rejected": "geweigerd",
}
AUDIT_LABELS: dict[str, str] = {
    "view": "inhoud bekeken",
    "view_html": "HTML-weergave bekeken",
    "download": "bijlage gedownload",
    "view_headers": "alle kopregels bekeken",
    "trace_search": "berichtenspoor doorzocht",
    "digest": "dagoverzicht verstuurd",
    "download_eml": "origineel bericht (.eml) gedownload",
    "release": "vrijgegeven",
    "reject": "geweigerd",
    "note": "notitie",
    "export": "export",
    "login": "aangemeld",
    "logout": "afgemeld",
    "login_failed": "aanmelding mislukt",
    "login_locked": "aanmelden geblokkeerd",
    "delivered": "afgeleverd",
    "release_failed": "opnieuw vastgehouden",
    "purge": "opgeruimd",
    "outbox_failed": "melding niet afgeleverd",
    "key_created": "nieuwe sleutel",
    "reviewer_add": "reviewer aangemaakt",
    "reviewer_passwd": "wachtwoord gewijzigd",
    "reviewer_remove": "reviewer verwijderd",
    "reviewer_unlock": "blokkering opgeheven",
    "reviewer_role": "rol gewijzigd",
    "login_refused": "aanmelding geweigerd",
    "breach_open": "datalek geopend",
    "breach_edit": "datalek gewijzigd",
    "breach_close": "datalek afgesloten",
    "breach_export": "register datalekken geëxporteerd",
    "sender_blocked": "afzender geblokkeerd",
    "sender_unblocked": "afzender vrijgegeven",
}
DOCUMENT_STATUS_LABELS: dict[str, str] = {
    "read": "gelezen",
    "unreadable": "niet te controleren",
    "scanned": "gescand, niet gelezen",
    "not_read": "niet gelezen",
}
VIA_LABELS: dict[str, str] = {
    "web": "webconsole",
    "cli": "opdrachtregel",
    "gateway": "gateway",
    "system": "systeem",
    "oidc": "OpenID Connect",
}
PURGED = "gewist (bewaartermijn)"


def document_status(status: str) -> str:
    """What reading a document attachment gave (``model.DocumentRead.status``), in Dutch."""
    return DOCUMENT_STATUS_LABELS.get(status, status)


def rule(rule_id: str) -> str:
    return RULE_LABELS.get(rule_id, rule_id)


def rule_paragraph(rule_id: str) -> str:
    return RULES[rule_id].paragraph if rule_id in RULES else ""


def rule_label(rule_id: str) -> str:
    """The rule with the policy paragraph it enforces: ``wachtwoord (§3)``."""
    paragraph = rule_paragraph(rule_id)
    return f"{rule(rule_id)} ({paragraph})" if paragraph else rule(rule_id)


def category_label(category: str) -> str:
    return CATEGORY_LABELS.get(category, category)


def severity(value: str) -> str:
    return SEVERITY_LABELS.get(value, value)


def action(value: str) -> str:
    return ACTION_LABELS.get(value, value)


def outcome_of_trace(verdict: str) -> str:
    """A row of the message trace: the action, or ``refused`` (refused before the rules ran)."""
    return "geweigerd (vorm of afzender)" if verdict == "refused" else action(verdict)


def state(value: str | None) -> str:
    return STATE_LABELS.get(value or "", value or "-")


def audit_action(value: str) -> str:
    return AUDIT_LABELS.get(value, value)


def via(value: str) -> str:
    return VIA_LABELS.get(value, value)


def outcome(action_taken: str, *, audit: bool, would_action: str, held: bool, message_state: str | None) -> str:
    """What became of an incident's message, as it stands now: ``geweigerd``, ``vastgehouden voor
    controle``, ``vastgehouden, daarna vrijgegeven en verzonden``, ``audit (zou: geweigerd)``."""
    if audit:
        return f"audit (zou: {action(would_action)})"
    if not held:
        return action(action_taken)
    if message_state in (None, ""):
        return f"vastgehouden, daarna {PURGED}"
    if message_state == "held":
        return action(action_taken)
    if message_state == "releasing":
        return "vastgehouden, daarna vrijgegeven (wordt verzonden)"
    return f"vastgehouden, daarna {state(message_state)}"


def finding_head(rule_id: str, category: str, severity_value: str) -> str:
    """The one line that introduces a finding: ``wachtwoord (§3) · inloggegevens · ernst hoog``."""
    return f"{rule_label(rule_id)} · {category_label(category)} · ernst {severity(severity_value)}"


class UnknownRule(ValueError):
    """A rule name that is neither a rule id nor a rule's label."""


def _fold(text: str) -> str:
    return strip_accents(" ".join(text.split()).casefold()).replace("_", "-")


def valid_rules() -> str:
    """``password (wachtwoord), bcc (zichtbare ontvangers), ...``: what :func:`rule_id` accepts."""
    return ", ".join(f"{rid} ({rule(rid)})" for rid in RULES)


def rule_id(text: str) -> str:
    """The rule id for ``text``: an id (``private_account``) or its label (``privé-account``,
    ``prive-account``), case and accents ignored. UnknownRule, naming the valid ones, otherwise."""
    wanted = _fold(text)
    for rid in RULES:
        if wanted in (_fold(rid), _fold(rule(rid))):
            return rid
    raise UnknownRule(f"onbekende regel {text.strip()!r}; kies uit: {valid_rules()}")
