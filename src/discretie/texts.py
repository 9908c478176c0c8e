"""Texts shown to staff and the DPO: SMTP replies and notification mails. Dutch by default; every key can be
overridden under ``texts:`` in policy.yaml. Placeholders use ``str.format`` names listed per key;
an unknown placeholder is a policy error, caught at load time."""

from __future__ import annotations

import string

from pydantic import ValidationInfo, field_validator

from discretie.config import Frozen

_REPLIES: dict[str, str] = {
    "held_reply": "Uw bericht is vastgehouden voor controle door de privacyverantwoordelijke (ref {ref})",
    "rejected_reply": "Niet verzonden: {reason} (ref {ref})",
    "rejected_attachments": "Bijlagen: {names}.",
    "tempfail_reply": "Tijdelijk probleem bij het verwerken van uw bericht, probeer later opnieuw",
    "bare_newline_reply": "Ongeldig bericht: losse regeleinden (LF zonder CR) zijn niet toegelaten",
    "header_syntax_reply": (
        "Ongeldig bericht: {problem}. E-mailprogramma's kunnen zo'n kopregel anders lezen dan Discretie; "
        "verstuur het bericht opnieuw vanuit uw gewone e-mailprogramma"
    ),
}
_REPLY_PLACEHOLDERS: dict[str, frozenset[str]] = {
    "held_reply": frozenset({"ref"}),
    "rejected_reply": frozenset({"reason", "ref"}),
    "rejected_attachments": frozenset({"names"}),
    "tempfail_reply": frozenset(),
    "bare_newline_reply": frozenset(),
    "header_syntax_reply": frozenset({"problem"}),
}

_NOTIFICATIONS: dict[str, str] = {
    "dpo_report_subject": "[Discretie] {ref}: {action} ({rules})",
    "dpo_report_body": (
        "Beste privacyverantwoordelijke,\n\n"
        "Discretie heeft een bericht gecontroleerd en een probleem gevonden. Dit rapport bevat alleen "
        "de feiten, nooit de inhoud van het bericht zelf.\n\n"
        "{facts}\n\n"
        "{next_steps}\n\n"
        "-- \nAutomatisch bericht van Discretie ({hostname})."
    ),
    "dpo_digest_subject": "Discretie: dagoverzicht tot {date} ({count})",
    "dpo_digest_body": (
        "Beste privacyverantwoordelijke,\n\n"
        "Dit is het dagoverzicht van Discretie: de incidenten van de 24 uur tot {date} die geen apart "
        "rapport kregen (lagere ernst, of zo ingesteld per regel), en de vastgehouden berichten die "
        "binnenkort verlopen. Alleen de feiten, nooit de inhoud.\n\n"
        "{items}\n\n"
        "{reminders}\n\n"
        "-- \nAutomatisch bericht van Discretie ({hostname})."
    ),
    "burst_alert_subject": "[Discretie] {ref}: mogelijk overgenomen account {sender}",
    "burst_alert_body": (
        "Beste privacyverantwoordelijke, beste beheerder,\n\n"
        "Discretie heeft een golf verdachte berichten van een schoolaccount naar externen tegengehouden. "
        "Mogelijk is het account overgenomen en wordt het gebruikt voor phishing. U krijgt deze melding "
        "één keer per golf: de volgende berichten van de golf worden ook {action}, zonder nieuwe melding. "
        "Dit rapport bevat alleen de feiten, nooit de inhoud of de ontvangers van de berichten.\n\n"
        "{facts}\n\n"
        "{next_steps}\n\n"
        "-- \nAutomatisch bericht van Discretie ({hostname})."
    ),
    "notice_held_subject": "Uw bericht van {time} wordt nagekeken (ref {ref})",
    "notice_held_body": (
        "Beste collega,\n\n"
        "Uw bericht van {time} aan {recipients} is nog niet verzonden. Discretie houdt het "
        "vast tot de privacyverantwoordelijke het heeft nagekeken.\n\n"
        "Waarom?\n{reasons}\n\n"
        "Wat zegt het communicatiebeleid?\n{policy}\n\n"
        "Wat nu?\nU hoeft niets te doen. Keurt de privacyverantwoordelijke het bericht goed, dan wordt "
        "het alsnog verzonden en krijgt u daarover bericht. Vragen? Antwoord op deze e-mail of schrijf "
        "naar {dpo} en vermeld referentie {ref}.\n\n"
        "{selfservice}"
        "-- \nAutomatisch bericht van Discretie."
    ),
    "notice_rewrite_subject": "Ontvangers in BCC gezet: uw bericht van {time} (ref {ref})",
    "notice_rewrite_body": (
        "Beste collega,\n\n"
        "Uw bericht van {time} is verzonden. Discretie heeft eerst deze adressen (hier ingekort) van Aan/CC "
        "naar BCC verplaatst, zodat de ontvangers elkaars adres niet kunnen zien:\n{moved}\n\n"
        "Waarom?\n{reasons}\n\n"
        "Wat zegt het communicatiebeleid?\n{policy}\n\n"
        "Tip: zet groepsadressen en ouders voortaan zelf in BCC. Vragen? Antwoord op deze e-mail of "
        "schrijf naar {dpo} (referentie {ref}).\n\n"
        "-- \nAutomatisch bericht van Discretie."
    ),
    "notice_warning_subject": "Let op bij uw bericht van {time} (ref {ref})",
    "notice_warning_body": (
        "Beste collega,\n\n"
        "Uw bericht van {time} is verzonden, want alle ontvangers werken op school. Toch "
        "bevat het mogelijk informatie die volgens het communicatiebeleid niet per e-mail gedeeld "
        "wordt.\n\n"
        "Wat viel op?\n{reasons}\n\n"
        "Wat zegt het communicatiebeleid?\n{policy}\n\n"
        "Vragen? Antwoord op deze e-mail of schrijf naar {dpo} (referentie {ref}).\n\n"
        "-- \nAutomatisch bericht van Discretie."
    ),
    "notice_refused_subject": "Uw bericht van {time} is niet verzonden (ref {ref})",
    "notice_refused_body": (
        "Beste collega,\n\n"
        "Uw bericht van {time} aan {recipients} is niet verzonden: Discretie heeft het geweigerd. Niemand "
        "heeft het ontvangen.\n\n"
        "Waarom?\n{reasons}\n\n"
        "Wat zegt het communicatiebeleid?\n{policy}\n\n"
        "Wat nu?\nPas het bericht aan en verstuur het opnieuw, of gebruik het afgesproken kanaal (bijvoorbeeld "
        "het leerlingvolgsysteem). Krijgt u ook een foutmelding van de mailserver met uw bericht als bijlage, "
        "dan gaat die over hetzelfde bericht. Vragen? Antwoord op deze e-mail of schrijf naar {dpo} en vermeld "
        "referentie {ref}.\n\n"
        "-- \nAutomatisch bericht van Discretie."
    ),
    # {selfservice} in notice_held_body: this paragraph with the sender's personal link (or nothing when
    # the policy names no console.public_url).
    "notice_selfservice": (
        "Zelf iets doen?\nMet deze persoonlijke link kunt u het bericht intrekken (bijvoorbeeld omdat u het via "
        "het leerlingvolgsysteem deelt), de privacyverantwoordelijke met een korte uitleg om vrijgave vragen, of "
        "melden dat het verkeerd geadresseerd is. De link werkt één keer, tot {until}. Stuur deze e-mail niet "
        "door: wie de link heeft, kan die keuze in uw plaats maken.\n  {link}\n\n"
    ),
    "notice_released_subject": "Uw bericht van {time} is vrijgegeven en verzonden (ref {ref})",
    "notice_released_body": (
        "Beste collega,\n\n"
        "De privacyverantwoordelijke heeft uw bericht van {time} aan {recipients} nagekeken en vrijgegeven. "
        "Het is nu verzonden.\n{message}\n"
        "Vragen? Schrijf naar {dpo} (referentie {ref}).\n\n"
        "-- \nAutomatisch bericht van Discretie."
    ),
    "notice_partial_subject": "Uw bericht van {time} is verzonden, maar niet aan iedereen (ref {ref})",
    "notice_partial_body": (
        "Beste collega,\n\n"
        "De privacyverantwoordelijke heeft uw bericht van {time} aan {recipients} nagekeken en vrijgegeven "
        "voor een deel van de ontvangers. Het is nu verzonden, maar NIET aan deze ontvangers (hier ingekort):\n"
        "{not_delivered}\n\n"
        "Zij krijgen het bericht niet.\n{message}\n"
        "Waarom hield Discretie het bericht tegen?\n{reasons}\n\n"
        "Wat zegt het communicatiebeleid?\n{policy}\n\n"
        "Moet de informatie toch bij hen komen, gebruik dan het afgesproken kanaal (bijvoorbeeld het "
        "leerlingvolgsysteem) of neem contact op met {dpo} (referentie {ref}).\n\n"
        "-- \nAutomatisch bericht van Discretie."
    ),
    "notice_rejected_subject": "Uw bericht van {time} is niet verzonden (ref {ref})",
    "notice_rejected_body": (
        "Beste collega,\n\n"
        "De privacyverantwoordelijke heeft uw bericht van {time} aan {recipients} nagekeken en besloten het "
        "niet te verzenden.\n\n"
        "Waarom?\n{reasons}\n{message}\n"
        "Wat zegt het communicatiebeleid?\n{policy}\n\n"
        "Moet de informatie toch bij de ontvangers komen, gebruik dan het afgesproken kanaal (bijvoorbeeld "
        "het leerlingvolgsysteem) of neem contact op met {dpo} (referentie {ref}).\n\n"
        "-- \nAutomatisch bericht van Discretie."
    ),
}

# {subject} stays allowed for policies written before issue 14, but it no longer gives the subject
# (which may name a pupil): it renders "referentie D-...". {note} is the old name of {message}.
_NOTICE = frozenset({"subject", "time", "recipients", "reasons", "policy", "dpo", "ref"})
_NOTICE_SUBJECT = frozenset({"subject", "ref", "time"})
_NOTIFICATION_PLACEHOLDERS: dict[str, frozenset[str]] = {
    "dpo_report_subject": frozenset({"ref", "action", "rules", "severity"}),
    "dpo_report_body": frozenset({"ref", "facts", "next_steps", "hostname"}),
    "dpo_digest_subject": frozenset({"date", "count"}),
    "dpo_digest_body": frozenset({"date", "items", "reminders", "hostname"}),
    "burst_alert_subject": frozenset({"ref", "sender"}),
    "burst_alert_body": frozenset({"ref", "sender", "action", "facts", "next_steps", "hostname"}),
    "notice_held_subject": _NOTICE_SUBJECT,
    "notice_held_body": _NOTICE | {"selfservice"},
    "notice_rewrite_subject": _NOTICE_SUBJECT,
    "notice_rewrite_body": _NOTICE | {"moved"},
    "notice_warning_subject": _NOTICE_SUBJECT,
    "notice_warning_body": _NOTICE,
    "notice_refused_subject": _NOTICE_SUBJECT,
    "notice_refused_body": _NOTICE,
    "notice_selfservice": frozenset({"link", "until"}),
    "notice_released_subject": _NOTICE_SUBJECT,
    "notice_released_body": _NOTICE | {"message", "note"},
    "notice_partial_subject": _NOTICE_SUBJECT,
    "notice_partial_body": _NOTICE | {"message", "note", "not_delivered"},
    "notice_rejected_subject": _NOTICE_SUBJECT,
    "notice_rejected_body": _NOTICE | {"message", "note"},
}


DEFAULTS: dict[str, str] = {**_REPLIES, **_NOTIFICATIONS}
# key -> placeholders it may use
PLACEHOLDERS: dict[str, frozenset[str]] = {**_REPLY_PLACEHOLDERS, **_NOTIFICATION_PLACEHOLDERS}


class Texts(Frozen):
    """SMTP replies and notification mails. Every default lives in :data:`DEFAULTS`."""

    held_reply: str = DEFAULTS["held_reply"]
    rejected_reply: str = DEFAULTS["rejected_reply"]
    rejected_attachments: str = DEFAULTS["rejected_attachments"]
    tempfail_reply: str = DEFAULTS["tempfail_reply"]
    bare_newline_reply: str = DEFAULTS["bare_newline_reply"]
    header_syntax_reply: str = DEFAULTS["header_syntax_reply"]
    dpo_report_subject: str = DEFAULTS["dpo_report_subject"]
    dpo_report_body: str = DEFAULTS["dpo_report_body"]
    dpo_digest_subject: str = DEFAULTS["dpo_digest_subject"]
    dpo_digest_body: str = DEFAULTS["dpo_digest_body"]
    burst_alert_subject: str = DEFAULTS["burst_alert_subject"]
    burst_alert_body: str = DEFAULTS["burst_alert_body"]
    notice_held_subject: str = DEFAULTS["notice_held_subject"]
    notice_held_body: str = DEFAULTS["notice_held_body"]
    notice_selfservice: str = DEFAULTS["notice_selfservice"]
    notice_rewrite_subject: str = DEFAULTS["notice_rewrite_subject"]
    notice_rewrite_body: str = DEFAULTS["notice_rewrite_body"]
    notice_warning_subject: str = DEFAULTS["notice_warning_subject"]
    notice_warning_body: str = DEFAULTS["notice_warning_body"]
    notice_refused_subject: str = DEFAULTS["notice_refused_subject"]
    notice_refused_body: str = DEFAULTS["notice_refused_body"]
    notice_released_subject: str = DEFAULTS["notice_released_subject"]
    notice_released_body: str = DEFAULTS["notice_released_body"]
    notice_partial_subject: str = DEFAULTS["notice_partial_subject"]
    notice_partial_body: str = DEFAULTS["notice_partial_body"]
    notice_rejected_subject: str = DEFAULTS["notice_rejected_subject"]
    notice_rejected_body: str = DEFAULTS["notice_rejected_body"]

    @field_validator("*")
    @classmethod
    def _placeholders(cls, value: str, info: ValidationInfo) -> str:
        allowed = PLACEHOLDERS.get(info.field_name or "", frozenset())
        try:
            used = {name for _, name, _, _ in string.Formatter().parse(value) if name is not None}
        except ValueError as exc:
            raise ValueError(f"not a valid template: {exc}") from None
        unknown = used - allowed
        if unknown:
            names = ", ".join(sorted("{" + u + "}" for u in unknown))
            known = ", ".join(sorted("{" + a + "}" for a in allowed)) or "none"
            raise ValueError(f"unknown placeholder {names} (allowed: {known})")
        return value
