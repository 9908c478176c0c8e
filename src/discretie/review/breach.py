"""A data-breach record prefilled from an incident (and its held message while that still exists):
only what the incident holds, in the register's words. The sender and recipients are masked
(``j***@school.be``), the findings are named by rule and category, never by their evidence, and
no subject or body is read. Everything else is for the DPO to type.

Also the register's CSV export (Dutch headers, cells made spreadsheet-safe as the incident export's)."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable

from discretie import labels, notify
from discretie.redact import mask_address
from discretie.review.actions import _csv_cell
from discretie.store import Breach, BreachText, HeldMessage, Incident

# Rules whose findings are about pupils (their health, behaviour, personal data): the data subjects.
PUPIL_RULES = frozenset({"sensitive", "personal_data", "recipient"})
STAFF_RULES = frozenset({"password", "private_account"})
DECISION_LABELS = {"open": "nog te beslissen", "yes": "ja", "no": "nee"}
CSV_HEADERS = (
    "Nummer",
    "Incident",
    "Geopend op",
    "Geopend door",
    "Voorgevallen op",
    "Ontdekt op",
    "Termijn 72 uur",
    "Wat is er gebeurd",
    "Categorieën van persoonsgegevens",
    "Categorieën van betrokkenen",
    "Aantal betrokkenen (ongeveer)",
    "Ontvangers",
    "Gevolgen",
    "Genomen maatregelen",
    "Melden aan de toezichthouder",
    "Gemeld aan de toezichthouder op",
    "Motivering melding",
    "Betrokkenen ingelicht",
    "Toelichting inlichten",
    "Afgesloten op",
    "Afgesloten door",
    "Besluit",
)


def prefill(incident: Incident, held: HeldMessage | None) -> BreachText:
    """The words of a new record from what ``incident`` (and ``held``) hold."""
    rules = "; ".join(labels.rule_label(r) for r in incident.rules) or "geen regel"
    reasons = " ".join(dict.fromkeys(f.reason for f in incident.findings if f.severity.rank > 0))
    total = incident.rcpt_internal + incident.rcpt_external
    description = (
        f"Mail van {mask_address(incident.sender) if incident.sender else '(geen afzender)'} "
        f"op {notify.local_time(incident.created_at)} aan {total} ontvanger(s) "
        f"({incident.rcpt_external} extern, {incident.rcpt_internal} intern), incident {incident.id}. "
        f"Discretie vond: {rules}. {reasons}".strip()
    )
    categories = [labels.category_label(c) for c in incident.categories]
    subjects = []
    if PUPIL_RULES & set(incident.rules):
        subjects.append("leerlingen")
    if STAFF_RULES & set(incident.rules):
        subjects.append("personeel")
    recipients = f"{incident.rcpt_external} extern, {incident.rcpt_internal} intern"
    if held is not None and held.rcpt_tos:
        recipients += ": " + ", ".join(mask_address(a) for a in held.rcpt_tos[:20])
        if len(held.rcpt_tos) > 20:
            recipients += f" en {len(held.rcpt_tos) - 20} andere"
    return BreachText(
        description=description,
        data_categories=", ".join(dict.fromkeys(categories)),
        subjects=tuple(subjects),
        people=total,
        recipients=recipients,
        measures=measures(incident, held),
    )


def measures(incident: Incident, held: HeldMessage | None) -> str:
    """What Discretie and the reviewer did with the mail, from the incident and the message."""
    if incident.action == "forward":
        return "Discretie liet het bericht door (alleen een waarschuwing of auditmodus)."
    if incident.action == "rewrite":
        return "Discretie verzond het bericht met de externe ontvangers in BCC."
    if incident.action == "reject":
        return "Discretie weigerde het bericht; het werd niet verzonden."
    state = held.state if held is not None else incident.message_state
    by = f" door {held.decided_by}" if held is not None and held.decided_by else ""
    when = f" op {notify.local_time(held.decided_at)}" if held is not None and held.decided_at else ""
    if state in ("released", "releasing"):
        return f"Discretie hield het bericht vast; het werd na beoordeling vrijgegeven{by}{when} en verzonden."
    if state == "rejected":
        return f"Discretie hield het bericht vast; het werd geweigerd{by}{when} en de inhoud is gewist."
    if state == "held":
        return "Discretie hield het bericht vast; het is (nog) niet verzonden."
    return "Discretie hield het bericht vast; het werd na de bewaartermijn gewist."


def export_csv(breaches: Iterable[Breach]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n", delimiter=";")
    writer.writerow(CSV_HEADERS)

    def day(at: float | None) -> str:
        return notify.local_time(at) if at else ""

    for b in breaches:
        t = b.text
        cells = (
            b.id,
            b.ref or "",
            day(b.created_at),
            b.created_by,
            day(b.occurred_at),
            day(b.discovered_at),
            day(b.deadline),
            t.description,
            t.data_categories,
            ", ".join(t.subjects),
            "" if t.people is None else str(t.people),
            t.recipients,
            t.consequences,
            t.measures,
            DECISION_LABELS.get(b.authority, b.authority),
            day(b.authority_notified_at),
            t.authority_reason,
            DECISION_LABELS.get(b.informed, b.informed),
            t.informed_note,
            day(b.closed_at),
            b.closed_by or "",
            t.closure,
        )
        writer.writerow([_csv_cell(c) for c in cells])
    return out.getvalue()
