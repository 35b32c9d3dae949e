"""Audited changes to the licence catalogue and the purpose vocabulary (they change every decision)."""

from __future__ import annotations

from typing import Any

from django.db import transaction

from common.errors import ApplicationError
from contracts.audit import audit_log
from contracts.models import Licence, Purpose
from contracts.purposes import ancestors


@transaction.atomic
def licence_save(*, actor: Any, licence: Licence, changed: list[str], created: bool) -> Licence:
    """Save a catalogue entry and audit which fields changed (the flags are what the policy reads)."""
    licence.full_clean()
    licence.save()
    flags = {
        name: getattr(licence, name) for name in changed if isinstance(getattr(licence, name, None), bool)
    }
    audit_log(
        actor=actor,
        verb="licence.created" if created else "licence.changed",
        obj=licence,
        payload={"spdx_id": licence.spdx_id, "changed": sorted(changed), "flags": flags},
    )
    return licence


@transaction.atomic
def purpose_save(*, actor: Any, purpose: Purpose, changed: list[str], created: bool) -> Purpose:
    """Save a purpose; refuse a parent that would make the hierarchy a cycle."""
    tree = dict(Purpose.objects.exclude(pk=purpose.pk).values_list("code", "parent__code"))
    parent = purpose.parent.code if purpose.parent else None
    tree[purpose.code] = parent
    if parent is not None and (parent == purpose.code or purpose.code in ancestors(parent, tree)):
        raise ApplicationError(f"Purpose {purpose.code} cannot be its own ancestor.")
    purpose.full_clean()
    purpose.save()
    audit_log(
        actor=actor,
        verb="purpose.created" if created else "purpose.changed",
        obj=purpose,
        payload={"code": purpose.code, "parent": tree[purpose.code], "changed": sorted(changed)},
    )
    return purpose


@transaction.atomic
def vocabulary_delete(*, actor: Any, obj: Licence | Purpose) -> None:
    """Delete an unused licence or purpose (foreign keys protect used ones) and audit it."""
    label = obj.spdx_id if isinstance(obj, Licence) else obj.code
    audit_log(actor=actor, verb=f"{obj._meta.model_name}.deleted", obj=obj, payload={"code": label})
    obj.delete()
