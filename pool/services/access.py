"""Access to corpora: a consumer organisation asks for a purpose, a compliance officer decides (flow 3).

Every grant goes through ``contracts.policy.decide`` (action ``grant``) over the contributions of the
corpus's current version, so a purpose that some contribution's consent or licence does not allow is
never granted. Decisions are audited and noticed to the requesting organisation.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from django.db import IntegrityError, transaction
from django.db.models import Q, QuerySet
from django.utils import timezone

from common.errors import ApplicationError
from contracts.adapters import decide_from_models, purpose_tree
from contracts.audit import audit_log
from contracts.models import Purpose
from contracts.policy import Decision
from contracts.purposes import any_covers
from pool.models import (
    AccessGrant,
    AccessRequest,
    Corpus,
    Dataset,
    Membership,
    Notice,
    Organization,
)
from pool.selectors import (
    REJECTED,
    REVOKED,
    access_requests_visible_to,
    corpus_current_version,
    grants_active_for,
    grants_visible_to,
    is_compliance_officer,
    organizations_for_user,
)
from pool.services.notices import notice_send
from pool.services.reasons import reason_audit_payload, reason_record

ALREADY_PENDING = "A request for this corpus and purpose is already pending."

# The reads this module once held, importable from here as before (``pool.services.downloads``).
__all__ = [
    "REJECTED",
    "REVOKED",
    "access_requests_visible_to",
    "corpus_current_version",
    "grants_active_for",
    "grants_visible_to",
]


def _current_datasets(corpus: Corpus) -> QuerySet[Dataset]:
    version = corpus_current_version(corpus=corpus)
    return version.datasets.all() if version is not None else Dataset.objects.none()


def access_grant_decision(*, corpus: Corpus, purpose: Purpose) -> Decision:
    """Would granting ``corpus`` for ``purpose`` be lawful now, given its current contributions?"""
    return decide_from_models(
        action="grant", corpus=corpus, datasets=_current_datasets(corpus), requested_purpose=purpose
    )


def access_request_create(
    *,
    corpus: Corpus,
    organization: Organization,
    user: Any,
    purpose: Purpose,
    accept_terms: bool,
    justification: str = "",
) -> AccessRequest:
    """Record a consumer organisation's request; a corpus with ``auto_approve_access`` decides at once.

    At most one request per corpus, organisation and purpose is pending: the check below gives the
    usual answer, the ``access_request_one_pending`` constraint the same one to a concurrent twin.
    """
    if not organizations_for_user(user, Membership.Role.CONSUMER).filter(pk=organization.pk).exists():
        raise ApplicationError("You are not a consumer of that organisation.")
    if not accept_terms:
        raise ApplicationError("Accept the corpus terms to request access.")
    served = frozenset(corpus.purposes.values_list("code", flat=True))
    if not any_covers(served, purpose.code, purpose_tree()):
        raise ApplicationError(f"Corpus {corpus.slug} does not serve purpose {purpose.code}.")
    pending = AccessRequest.objects.filter(
        corpus=corpus, organization=organization, purpose=purpose, status=AccessRequest.Status.PENDING
    )
    if pending.exists():
        raise ApplicationError(ALREADY_PENDING)
    with transaction.atomic():
        try:
            # Its own savepoint, so that only the insert's error is read as a twin's, and caught
            # without leaving the transaction broken.
            with transaction.atomic():
                request = AccessRequest.objects.create(
                    corpus=corpus,
                    organization=organization,
                    requested_by=user,
                    purpose=purpose,
                    justification=justification,
                    terms_accepted_at=timezone.now(),
                )
        except IntegrityError as exc:  # another request was inserted between the check and here
            raise ApplicationError(ALREADY_PENDING) from exc
        audit_log(
            actor=user,
            verb="access_request.created",
            obj=request,
            purpose=purpose.code,
            payload={"corpus": corpus.slug, "organization": organization.pk, "purpose": purpose.code},
        )
    if corpus.auto_approve_access:
        decision = access_grant_decision(corpus=corpus, purpose=purpose)
        if decision.allowed:
            access_request_approve(request=request, officer=None)
        else:
            access_request_reject(request=request, officer=None, reasons=list(decision.reasons))
        request.refresh_from_db()
    return request


def _claim_decision(request: AccessRequest, officer: Any, status: str) -> bool:
    now = timezone.now()
    claimed = AccessRequest.objects.filter(pk=request.pk, status=AccessRequest.Status.PENDING).update(
        status=status, decided_by=officer if getattr(officer, "pk", None) else None, decided_at=now
    )
    return claimed == 1


def _require_officer(officer: Any, request: AccessRequest | None = None) -> None:
    if officer is not None and not is_compliance_officer(officer):
        raise ApplicationError("Only a compliance officer may decide access requests.")
    if (
        officer is not None
        and request is not None
        and Membership.objects.filter(user=officer, organization_id=request.organization_id).exists()
    ):
        raise ApplicationError("A compliance officer may not decide their own organisation's request.")


def access_request_approve(*, request: AccessRequest, officer: Any | None) -> AccessGrant:
    """Approve a pending request (``officer`` None: the corpus auto-approves) and issue the grant.

    The policy is asked first; a refusal raises with its reasons and leaves the request pending.
    """
    _require_officer(officer, request)
    corpus = request.corpus
    decision = access_grant_decision(corpus=corpus, purpose=request.purpose)
    if not decision.allowed:
        raise ApplicationError("The access policy refuses this grant.", {"reasons": list(decision.reasons)})
    with transaction.atomic():
        if not _claim_decision(request, officer, AccessRequest.Status.APPROVED):
            raise ApplicationError("This request has already been decided.")
        now = timezone.now()
        grant = AccessGrant.objects.create(
            request=request,
            corpus=corpus,
            organization=request.organization,
            purpose=request.purpose,
            granted_at=now,
            expires_at=now + timedelta(days=max(1, corpus.grant_days)),
        )
        audit_log(
            actor=officer,
            verb="access_grant.issued",
            obj=grant,
            purpose=request.purpose.code,
            payload={
                "request": request.pk,
                "corpus": corpus.slug,
                "organization": request.organization_id,
                "expires_at": grant.expires_at.isoformat(),
                "auto": officer is None,
            },
        )
        notice_send(
            organization=request.organization,
            kind=Notice.Kind.GRANT,
            subject=f"Access to {corpus.slug} granted",
            body=(
                f"Your request #{request.pk} to use corpus {corpus.slug} for {request.purpose.code} was "
                f"approved. The grant expires on {grant.expires_at.date()}."
            ),
        )
    request.refresh_from_db()
    return grant


def access_request_reject(
    *, request: AccessRequest, officer: Any | None, reasons: list[str] | None = None
) -> AccessRequest:
    """Reject a pending request and tell the organisation why.

    The reasons (an officer's free text, or the policy's when the corpus decides alone) are kept in
    ``pool.Reason``; the audit event holds only that row's id and digest, never the text.
    """
    _require_officer(officer, request)
    reasons = [r.strip() for r in reasons or [] if r.strip()]
    with transaction.atomic():
        if not _claim_decision(request, officer, AccessRequest.Status.REJECTED):
            raise ApplicationError("This request has already been decided.")
        reason = reason_record(obj=request, verb=REJECTED, text="\n".join(reasons), author=officer)
        audit_log(
            actor=officer,
            verb=REJECTED,
            obj=request,
            purpose=request.purpose.code,
            payload={"corpus": request.corpus.slug, "auto": officer is None, **reason_audit_payload(reason)},
        )
        why = ("\n\nReasons:\n- " + "\n- ".join(reasons)) if reasons else ""
        notice_send(
            organization=request.organization,
            kind=Notice.Kind.GRANT,
            subject=f"Access to {request.corpus.slug} refused",
            body=f"Your request #{request.pk} to use corpus {request.corpus.slug} was refused.{why}",
        )
    request.refresh_from_db()
    return request


def access_grant_revoke(*, grant: AccessGrant, officer: Any, reason: str = "") -> AccessGrant:
    """Revoke a grant now: the next download under it is refused (``grants_active_for`` and the policy
    read ``revoked_at`` on every request). Only a compliance officer may; audited (ids and codes, the
    text in ``pool.Reason``) and noticed to the organisation. Revoking a revoked grant changes nothing.
    """
    if officer is None or not is_compliance_officer(officer):
        raise ApplicationError("Only a compliance officer may revoke an access grant.")
    now = timezone.now()
    with transaction.atomic():
        claimed = (
            AccessGrant.objects.filter(pk=grant.pk)
            .filter(Q(revoked_at__isnull=True) | Q(revoked_at__gt=now))
            .update(revoked_at=now)
        )
        if claimed:
            corpus = grant.corpus
            stored = reason_record(obj=grant, verb=REVOKED, text=reason, author=officer)
            audit_log(
                actor=officer,
                verb=REVOKED,
                obj=grant,
                purpose=grant.purpose.code,
                payload={
                    "request": grant.request_id,
                    "corpus": corpus.slug,
                    "organization": grant.organization_id,
                    **reason_audit_payload(stored),
                },
            )
            why = f"\n\nReason: {stored.text}" if stored is not None else ""
            notice_send(
                organization=grant.organization,
                kind=Notice.Kind.GRANT,
                subject=f"Access to {corpus.slug} revoked",
                body=(
                    f"Your organisation's grant #{grant.pk} to use corpus {corpus.slug} for "
                    f"{grant.purpose.code} was revoked; downloads under it are refused from now on.{why}"
                ),
            )
    grant.refresh_from_db()
    return grant
