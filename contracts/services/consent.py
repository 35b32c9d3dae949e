"""Consent records: creation, renewal, withdrawal, invalidation and expiry through audited entry points.

A record's history is a list of append-only ``ConsentEvent`` rows; its state at any instant is derived
from them (``consent_state``), never stored alone. Each service writes the event, refreshes the record's
cached columns, appends an audit event and, for withdrawal and invalidation, sends
``contracts.signals.consent_withdrawn`` once the transaction commits.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from django.db import transaction
from django.utils import timezone

from common.errors import ApplicationError
from contracts.audit import audit_log
from contracts.models import ConsentEvent, ConsentRecord, Purpose
from contracts.policy import ConsentFacts, ConsentStatus, consent_status
from contracts.signals import consent_expired, consent_withdrawn

# ConsentEvent.Kind values, as plain strings.
GIVEN, RENEWED, WITHDRAWN, EXPIRED, INVALIDATED = "given", "renewed", "withdrawn", "expired", "invalidated"
TERMINAL = (WITHDRAWN, INVALIDATED)


@dataclass(frozen=True)
class ConsentState:
    """A record's state at one instant, derived from its events."""

    status: ConsentStatus
    valid_from: date
    valid_until: date | None
    withdrawn_at: datetime | None
    invalidated_at: datetime | None
    expired_recorded_at: datetime | None
    reason: str
    events: int

    @property
    def is_active(self) -> bool:
        return self.status is ConsentStatus.ACTIVE


def _actor_name(actor: Any) -> str:
    return actor.get_username() if getattr(actor, "pk", None) else "system"


def _actor(actor: Any) -> Any:
    return actor if getattr(actor, "pk", None) else None


def derive_state(record_id: int, events: Iterable[ConsentEvent], at: datetime) -> ConsentState:
    """Fold events (in ``at`` order) up to ``at`` into a state; events after ``at`` are not yet history."""
    valid_from: date | None = None
    valid_until: date | None = None
    withdrawn_at = invalidated_at = expired_at = None
    count = 0
    for event in sorted(events, key=lambda e: (e.at, e.pk or 0)):
        if event.at > at:
            break
        count += 1
        if event.kind in (GIVEN, RENEWED):
            valid_from = event.valid_from or valid_from
            valid_until = event.valid_until
            expired_at = None
        elif event.kind == EXPIRED:
            expired_at = expired_at or event.at
        elif event.kind == WITHDRAWN:
            withdrawn_at = withdrawn_at or event.at
        elif event.kind == INVALIDATED:
            invalidated_at = invalidated_at or event.at
    if valid_from is None:  # nothing given yet at ``at``
        return ConsentState(
            ConsentStatus.NOT_YET_VALID,
            at.date(),
            None,
            None,
            None,
            None,
            f"consent #{record_id} was not given before {at.date()}",
            count,
        )
    facts = ConsentFacts(record_id, frozenset(), valid_from, valid_until, withdrawn_at, invalidated_at)
    status, reason = consent_status(facts, at)
    return ConsentState(
        status, valid_from, valid_until, withdrawn_at, invalidated_at, expired_at, reason, count
    )


def consent_state(record: ConsentRecord, at: datetime | None = None) -> ConsentState:
    """Return ``record``'s state at ``at`` (default now): active, expired, withdrawn, invalidated, not yet valid."""
    return derive_state(record.pk, record.events.all(), at or timezone.now())


def _add_event(record: ConsentRecord, kind: str, actor: Any, **fields: Any) -> ConsentEvent:
    return ConsentEvent.objects.create(
        record=record, kind=kind, actor=_actor(actor), actor_name=_actor_name(actor), **fields
    )


@transaction.atomic
def consent_record_create(
    *,
    actor: Any,
    controller_name: str,
    legal_basis: str,
    purposes: Iterable[Purpose],
    valid_from: date,
    valid_until: date | None = None,
    controller_contact: str = "",
    data_subject_categories: list[str] | None = None,
    personal_data_categories: list[str] | None = None,
    collection_method: str = "",
    jurisdiction: str = "EU",
    special_categories: bool = False,
    special_category_basis: str = "",
    special_category_types: list[str] | None = None,
    notice_url: str = "",
) -> ConsentRecord:
    """Record the lawful basis of a contribution, its ``given`` event, and audit both."""
    record = ConsentRecord(
        controller_name=controller_name,
        controller_contact=controller_contact,
        legal_basis=legal_basis,
        valid_from=valid_from,
        valid_until=valid_until,
        data_subject_categories=data_subject_categories or [],
        personal_data_categories=personal_data_categories or [],
        collection_method=collection_method,
        jurisdiction=jurisdiction,
        special_categories=special_categories,
        special_category_basis=special_category_basis,
        special_category_types=special_category_types or [],
        notice_url=notice_url,
    )
    if special_categories and not special_category_basis:
        raise ApplicationError("Special categories of data (Art. 9) need an Art. 9(2) condition.")
    record.full_clean(exclude=["evidence"])
    record.save()
    record.purposes.set(list(purposes))
    event = _add_event(record, GIVEN, actor, valid_from=valid_from, valid_until=valid_until)
    audit_log(
        actor=actor,
        verb="consent.given",
        obj=record,
        payload={
            "event": event.pk,
            "legal_basis": legal_basis,
            "purposes": sorted(p.code for p in record.purposes.all()),
            "valid_from": valid_from.isoformat(),
            "valid_until": valid_until.isoformat() if valid_until else None,
            "special_categories": special_categories,
        },
    )
    return record


def _locked(record: ConsentRecord) -> ConsentRecord:
    return ConsentRecord.objects.select_for_update().get(pk=record.pk)


@transaction.atomic
def consent_renew(
    *, record: ConsentRecord, actor: Any, valid_until: date | None, reason: str = ""
) -> ConsentEvent:
    """Extend (or make open-ended, ``valid_until=None``) the validity of a consent that is still in force
    or has expired; a withdrawn or invalidated consent must be given again as a new record."""
    locked = _locked(record)
    ended = locked.events.filter(kind__in=TERMINAL).order_by("at", "id").first()
    if ended is not None:
        raise ApplicationError(f"Consent #{record.pk} was {ended.kind}; record a new consent instead.")
    state = consent_state(locked)
    if valid_until is not None and valid_until < state.valid_from:
        raise ApplicationError("The new end of validity is before the start of validity.")
    event = _add_event(
        locked, RENEWED, actor, valid_from=state.valid_from, valid_until=valid_until, reason=reason
    )
    ConsentRecord.objects.filter(pk=record.pk).update(valid_until=valid_until)
    record.valid_until = valid_until
    audit_log(
        actor=actor,
        verb="consent.renewed",
        obj=locked,
        payload={
            "event": event.pk,
            "valid_until": valid_until.isoformat() if valid_until else None,
            "previous_valid_until": state.valid_until.isoformat() if state.valid_until else None,
        },
    )
    return event


def _end(record: ConsentRecord, actor: Any, reason: str, kind: str, at: datetime | None) -> ConsentEvent:
    if not reason.strip():
        raise ApplicationError("Give the reason (it is kept in the consent history).")
    with transaction.atomic():
        locked = _locked(record)
        existing = locked.events.filter(kind__in=TERMINAL).order_by("at", "id").first()
        if existing is not None:
            return existing  # already ended: one history, no second cascade
        at = at or timezone.now()
        event = _add_event(locked, kind, actor, at=at, reason=reason)
        if kind == WITHDRAWN:
            ConsentRecord.objects.filter(pk=record.pk).update(withdrawn_at=at, withdrawal_reason=reason)
            record.withdrawn_at, record.withdrawal_reason = at, reason
        audit_log(actor=actor, verb=f"consent.{kind}", obj=locked, payload={"event": event.pk})
        actor_id = getattr(_actor(actor), "pk", None)
        transaction.on_commit(
            lambda: consent_withdrawn.send(
                sender=ConsentRecord, record_id=record.pk, event_id=event.pk, kind=kind, actor_id=actor_id
            )
        )
    return event


def consent_withdraw(
    *, record: ConsentRecord, actor: Any, reason: str, at: datetime | None = None
) -> ConsentEvent:
    """Withdraw consent (GDPR Art. 7(3)) in one call: the ``withdrawn`` event, the record's cached
    columns and an audit event commit together, then ``consent_withdrawn`` starts the pool's cascade.

    Idempotent: withdrawing an ended consent returns its existing terminal event and sends nothing.
    """
    return _end(record, actor, reason, WITHDRAWN, at)


def consent_invalidate(
    *, record: ConsentRecord, actor: Any, reason: str, at: datetime | None = None
) -> ConsentEvent:
    """Mark a consent invalid (e.g. its evidence does not hold); same guarantees as ``consent_withdraw``."""
    return _end(record, actor, reason, INVALIDATED, at)


def consent_expire_due(now: datetime | None = None) -> list[int]:
    """Record an ``expired`` event for every consent whose validity ended before ``now``'s date.

    For the periodic retention job; safe to run concurrently or twice (the record row is locked and the
    state re-read). Returns the ids of the records it expired.
    """
    now = now or timezone.now()
    expired: list[int] = []
    candidates = ConsentRecord.objects.filter(valid_until__lt=now.date(), withdrawn_at__isnull=True)
    for record_id in candidates.values_list("pk", flat=True).iterator():
        with transaction.atomic():
            locked = ConsentRecord.objects.select_for_update().get(pk=record_id)
            state = consent_state(locked, now)
            if state.status is not ConsentStatus.EXPIRED or state.expired_recorded_at is not None:
                continue
            event = _add_event(locked, EXPIRED, None, at=now, reason=f"validity ended on {state.valid_until}")
            audit_log(actor=None, verb="consent.expired", obj=locked, payload={"event": event.pk})
            transaction.on_commit(
                lambda rid=record_id, eid=event.pk: consent_expired.send(
                    sender=ConsentRecord, record_id=rid, event_id=eid
                )
            )
        expired.append(record_id)
    return expired
