"""Free text that explains a decision lives in ``pool.Reason``, never in the audit log (issue 11, item 8).

An officer's reason for rejecting a request or revoking a grant may name a person, a phone number or an
e-mail address; the audit chain is append-only and kept forever, so it gets only the reason's id and a
salted SHA-256 (``reason_audit_payload``). The text stays where it can be read, and erased.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterable
from typing import Any

from django.db import models, transaction
from django.db.models import QuerySet
from django.utils import timezone

from contracts.audit import audit_log
from pool.models import Reason


def _ref(obj: models.Model) -> tuple[str, str]:
    return obj._meta.label_lower, str(obj.pk)


def reason_record(*, obj: models.Model, verb: str, text: str, author: Any | None = None) -> Reason | None:
    """Store ``text`` explaining ``verb`` on ``obj``; None when there is no text to keep.

    Call it inside the transaction that writes the audit event, and put ``reason_audit_payload(reason)``
    in that event's payload.
    """
    text = text.strip()
    if not text:
        return None
    salt = secrets.token_hex(16)
    object_type, object_id = _ref(obj)
    return Reason.objects.create(
        object_type=object_type,
        object_id=object_id,
        verb=verb,
        text=text,
        salt=salt,
        sha256=Reason.digest(salt, text),
        author=author if getattr(author, "pk", None) else None,
    )


def reason_audit_payload(reason: Reason | None) -> dict[str, Any]:
    """What an audit event may say about a reason: its id and digest (empty when there is none)."""
    if reason is None:
        return {}
    return {"reason_id": reason.pk, "reason_sha256": reason.sha256}


def reasons_for(*, obj: models.Model, verb: str | None = None) -> QuerySet[Reason]:
    """Reasons recorded on ``obj`` (newest first), erased ones included (their text is blank)."""
    object_type, object_id = _ref(obj)
    queryset = Reason.objects.filter(object_type=object_type, object_id=object_id)
    return queryset.filter(verb=verb) if verb else queryset


def reason_text(*, obj: models.Model, verb: str) -> str:
    """The newest unerased text explaining ``verb`` on ``obj`` ("" when none or erased)."""
    reason = reasons_for(obj=obj, verb=verb).filter(erased_at__isnull=True).first()
    return reason.text if reason is not None else ""


def reasons_erase(
    *, reasons: Iterable[Reason] | QuerySet[Reason], actor: Any | None, cause: str
) -> list[int]:
    """Blank the text and salt of ``reasons`` (Art. 17); audit each with ``cause``, a code. Idempotent."""
    erased: list[int] = []
    ids = [r.pk for r in reasons]
    with transaction.atomic():
        for pk in ids:
            claimed = Reason.objects.filter(pk=pk, erased_at__isnull=True).update(
                text="", salt="", erased_at=timezone.now()
            )
            if claimed:
                audit_log(actor=actor, verb="reason.erased", obj=Reason(pk=pk), payload={"cause": cause})
                erased.append(pk)
    return erased


def reasons_erase_for(*, obj: models.Model, actor: Any | None, cause: str) -> list[int]:
    """Erase every reason recorded on ``obj`` (e.g. a withdrawn dataset)."""
    return reasons_erase(reasons=reasons_for(obj=obj), actor=actor, cause=cause)
