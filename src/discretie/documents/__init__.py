"""Document attachments (PDF, Office, OpenDocument, RTF, Outlook .msg, .eml, ZIP) read as text, so that
every content rule reads them as part of the mail.

:func:`read` takes a parsed :class:`~discretie.model.Message` and returns it with one more
:class:`~discretie.model.TextPart` (source ``attachment``, with a location map) per document read and
a :class:`~discretie.model.DocumentRead` per document (read, unreadable, scanned, not read), which the
``attachment`` rule turns into findings. The reading itself happens in worker processes
(:mod:`discretie.documents.pool`) with a time, memory, unpacked-bytes and text budget per attachment
and a time budget per message (the ``documents:`` section of policy.yaml, :class:`Documents`).
"""

from __future__ import annotations

import dataclasses
import time
from typing import TYPE_CHECKING

from pydantic import Field, field_validator

from discretie.config import Frozen
from discretie.model import DocumentRead, Message, TextPart

if TYPE_CHECKING:
    from discretie.documents.pool import Reader
    from discretie.policy import Policy

MIB = 1024 * 1024


def _size(value: object) -> object:
    from discretie.policy import _parse_size

    return _parse_size(value)


class Documents(Frozen):
    """``documents:`` in policy.yaml: reading document attachments and its budgets."""

    enabled: bool = True
    workers: int = Field(default=2, ge=1, le=32)  # worker processes per gateway process
    time_per_attachment: float = Field(default=10.0, gt=0, le=600)  # seconds
    time_per_message: float = Field(default=30.0, gt=0, le=3600)  # seconds, all its attachments
    memory_per_attachment: int = Field(default=512 * MIB, ge=64 * MIB)  # a worker's address space
    max_attachment_size: int = Field(default=40 * MIB, ge=1024)  # larger: unreadable, not read
    max_unpacked: int = Field(default=200 * MIB, ge=MIB)  # bytes unpacked from one attachment
    max_chars: int = Field(default=3_000_000, ge=10_000)  # text from one attachment
    max_documents: int = Field(default=20, ge=1)  # document attachments read per message

    _sizes = field_validator("memory_per_attachment", "max_attachment_size", "max_unpacked", mode="before")(_size)


def pending(message: Message, policy: Policy) -> bool:
    """Whether ``message`` has an attachment to read (cheap: looks at the first bytes only)."""
    from discretie.documents.extract import kind_of

    return policy.documents.enabled and any(kind_of(a.data, a.filename) for a in message.attachments)


def read(message: Message, policy: Policy, reader: Reader) -> Message:
    """``message`` with the text of its document attachments and what reading each gave. A bounce to
    staff (see :mod:`discretie.pipeline`) is read without the message it returns."""
    from discretie.documents.extract import kind_of
    from discretie.documents.pool import WorkerFailed
    from discretie.pipeline import is_bounce_to_staff
    from discretie.rules.attachment import display_name

    config: Documents = policy.documents
    if not config.enabled:
        return message
    bounce = is_bounce_to_staff(message, policy)
    todo = [
        (attachment, kind)
        for attachment in message.attachments
        if not (bounce and attachment.depth) and (kind := kind_of(attachment.data, attachment.filename)) is not None
    ]
    if not todo:
        return message
    deadline = time.monotonic() + config.time_per_message
    limits = {"max_unpacked": config.max_unpacked, "max_chars": config.max_chars}
    parts: list[TextPart] = []
    docs: list[DocumentRead] = []
    for index, (attachment, kind) in enumerate(todo):
        name = display_name(attachment.filename)
        left = deadline - time.monotonic()
        if index >= config.max_documents:
            docs.append(
                DocumentRead(name, kind, "unreadable", f"meer dan {config.max_documents} documenten in één bericht")
            )
            continue
        if attachment.size > config.max_attachment_size:
            size = f"{config.max_attachment_size / MIB:g} MB"
            docs.append(DocumentRead(name, kind, "unreadable", f"te groot om te controleren (meer dan {size})"))
            continue
        if left <= 0:
            docs.append(DocumentRead(name, kind, "unreadable", "tijdbudget van het bericht op"))
            continue
        try:
            results = reader.read(attachment.data, name, limits, config.time_per_attachment, wait=left)
        except WorkerFailed as exc:
            docs.append(DocumentRead(name, kind, "unreadable", str(exc.args[0])))
            continue
        for result in results:
            text = str(result.get("text") or "")
            doc_name = str(result.get("name") or name)
            docs.append(
                DocumentRead(
                    name=doc_name,
                    kind=str(result.get("kind") or kind),
                    status=str(result.get("status") or "unreadable"),
                    detail=str(result.get("detail") or ""),
                    chars=len(text),
                )
            )
            if text:
                locations = tuple((int(offset), str(label)) for offset, label in result.get("locations") or ())
                parts.append(
                    TextPart(
                        text=text,
                        content_type=f"document/{result.get('kind') or kind}",
                        source="attachment",
                        filename=doc_name,
                        locations=locations,
                    )
                )
    return dataclasses.replace(message, text_parts=message.text_parts + tuple(parts), documents=tuple(docs))
