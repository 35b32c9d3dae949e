"""Access requests and grants: terms, compliance decisions, auto-approval, the policy, notices."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from django.db import IntegrityError, connection, transaction
from django.utils import timezone

from common.errors import ApplicationError
from contracts.models import AuditEvent, Purpose
from pool.models import AccessGrant, AccessRequest, Notice
from pool.services.access import access_request_approve, access_request_create, access_request_reject
from pool.services.corpora import corpus_build
from tests.api.pooling import (
    isolated_media,
    make_corpus,
    make_officer,
    ready_dataset,
    safe_table,
)

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("isolated_media")]
__all__ = ["isolated_media"]


def ask(world: dict[str, Any], corpus: Any, purpose: str = "model-training", **kwargs: Any) -> AccessRequest:
    return access_request_create(
        corpus=corpus,
        organization=world["lab"],
        user=world["consumer"],
        purpose=Purpose.objects.get(code=purpose),
        accept_terms=kwargs.pop("accept_terms", True),
        **kwargs,
    )


def test_a_request_without_accepting_the_terms_is_refused(world: dict[str, Any]) -> None:
    with pytest.raises(ApplicationError, match="Accept the corpus terms"):
        ask(world, make_corpus(), accept_terms=False)


def test_only_a_consumer_of_the_organisation_may_ask(world: dict[str, Any]) -> None:
    with pytest.raises(ApplicationError, match="not a consumer"):
        access_request_create(
            corpus=make_corpus(),
            organization=world["lab"],
            user=world["alice"],
            purpose=Purpose.objects.get(code="model-training"),
            accept_terms=True,
        )


def test_a_purpose_the_corpus_does_not_serve_is_refused(world: dict[str, Any]) -> None:
    with pytest.raises(ApplicationError, match="does not serve purpose service-improvement"):
        ask(world, make_corpus(), purpose="service-improvement")


def test_a_compliance_officer_approves_and_the_grant_expires_after_the_corpus_grant_days(
    world: dict[str, Any],
) -> None:
    corpus = make_corpus(grant_days=90)
    request = ask(world, corpus, justification="benchmarking")
    assert request.status == AccessRequest.Status.PENDING
    officer = make_officer()
    grant = access_request_approve(request=request, officer=officer)
    assert request.status == AccessRequest.Status.APPROVED
    assert request.decided_by == officer
    assert grant.organization == world["lab"]
    assert grant.expires_at - grant.granted_at == timedelta(days=90)
    notice = Notice.objects.get(organization=world["lab"])
    assert notice.kind == Notice.Kind.GRANT
    assert "approved" in notice.body
    assert AuditEvent.objects.filter(verb="access_grant.issued").count() == 1


def test_a_request_is_decided_once(world: dict[str, Any]) -> None:
    request = ask(world, make_corpus())
    officer = make_officer()
    access_request_approve(request=request, officer=officer)
    with pytest.raises(ApplicationError, match="already been decided"):
        access_request_reject(request=request, officer=officer)
    assert AccessGrant.objects.count() == 1


def test_someone_who_is_not_a_compliance_officer_cannot_approve(world: dict[str, Any]) -> None:
    request = ask(world, make_corpus())
    with pytest.raises(ApplicationError, match="compliance officer"):
        access_request_approve(request=request, officer=world["alice"])
    request.refresh_from_db()
    assert request.status == AccessRequest.Status.PENDING


def test_a_corpus_with_auto_approval_grants_at_once(world: dict[str, Any]) -> None:
    request = ask(world, make_corpus(auto_approve_access=True))
    assert request.status == AccessRequest.Status.APPROVED
    assert request.grant.expires_at > timezone.now()
    assert request.decided_by is None


def test_the_policy_refuses_a_purpose_a_contribution_does_not_allow(world: dict[str, Any]) -> None:
    corpus = make_corpus(purposes=("research-and-development",), requires_model_training=False)
    ready_dataset(
        organization=world["acme"],
        user=world["alice"],
        corpora=[corpus],
        frame=safe_table(1),
        quasi_identifiers={"age": "number", "postcode": "postcode"},
        reported_k=5,
        purposes=("research-and-development",),
        licence="CC-BY-NC-4.0",
    )
    version = corpus_build(corpus=corpus)
    assert version is not None and version.status == "published", version and version.error_message
    request = ask(world, corpus, purpose="commercial-research")
    with pytest.raises(ApplicationError, match="refuses this grant") as caught:
        access_request_approve(request=request, officer=make_officer())
    assert any("forbids commercial use" in r for r in caught.value.extra["reasons"])
    request.refresh_from_db()
    assert request.status == AccessRequest.Status.PENDING


def test_an_auto_approved_corpus_rejects_what_the_policy_refuses_and_says_why(world: dict[str, Any]) -> None:
    corpus = make_corpus(
        purposes=("research-and-development",), requires_model_training=False, auto_approve_access=True
    )
    ready_dataset(
        organization=world["acme"],
        user=world["alice"],
        corpora=[corpus],
        frame=safe_table(1),
        quasi_identifiers={"age": "number", "postcode": "postcode"},
        reported_k=5,
        purposes=("research-and-development",),
        licence="CC-BY-NC-4.0",
    )
    corpus_build(corpus=corpus)
    request = ask(world, corpus, purpose="commercial-research")
    assert request.status == AccessRequest.Status.REJECTED
    notice = Notice.objects.get(organization=world["lab"])
    assert "refused" in notice.subject
    assert "forbids commercial use" in notice.body


def test_an_officer_may_not_decide_their_own_organisations_request(world: dict[str, Any]) -> None:
    from pool.models import Membership

    request = ask(world, make_corpus())
    officer = make_officer()
    Membership.objects.create(user=officer, organization=world["lab"], role=Membership.Role.CONSUMER)
    with pytest.raises(ApplicationError, match="their own organisation"):
        access_request_approve(request=request, officer=officer)
    with pytest.raises(ApplicationError, match="their own organisation"):
        access_request_reject(request=request, officer=officer)
    request.refresh_from_db()
    assert request.status == AccessRequest.Status.PENDING


def pending_row(
    world: dict[str, Any], corpus: Any, purpose: str = "model-training", **fields: Any
) -> AccessRequest:
    """Insert a request straight into the table, past the service and its check."""
    return AccessRequest.objects.create(
        corpus=corpus,
        organization=world["lab"],
        requested_by=world["consumer"],
        purpose=Purpose.objects.get(code=purpose),
        terms_accepted_at=timezone.now(),
        **fields,
    )


def test_a_second_request_while_one_is_pending_is_refused(world: dict[str, Any]) -> None:
    corpus = make_corpus()
    ask(world, corpus)
    with pytest.raises(ApplicationError, match="already pending"):
        ask(world, corpus)
    assert AccessRequest.objects.count() == 1


def test_the_database_keeps_one_pending_request_per_corpus_organisation_and_purpose(
    world: dict[str, Any],
) -> None:
    corpus = make_corpus()
    pending_row(world, corpus)
    with pytest.raises(IntegrityError), transaction.atomic():
        pending_row(world, corpus)
    pending_row(world, corpus, status=AccessRequest.Status.REJECTED)
    pending_row(world, corpus, status=AccessRequest.Status.REJECTED)
    pending_row(world, corpus, purpose="research-and-development")
    assert AccessRequest.objects.filter(status=AccessRequest.Status.PENDING).count() == 2


def test_a_request_that_loses_the_race_to_a_twin_gets_the_readable_error(world: dict[str, Any]) -> None:
    corpus = make_corpus()
    twins: list[AccessRequest] = []

    def twin_lands_after_the_check(execute: Any, sql: str, params: Any, many: bool, context: Any) -> Any:
        result = execute(sql, params, many, context)
        if not twins and sql.startswith("SELECT") and 'FROM "pool_accessrequest"' in sql:
            twins.append(pending_row(world, corpus))  # the concurrent request commits first
        return result

    with (
        connection.execute_wrapper(twin_lands_after_the_check),
        pytest.raises(ApplicationError, match="already pending") as caught,
    ):
        ask(world, corpus)
    assert isinstance(caught.value.__cause__, IntegrityError)
    # The insert ran in a savepoint, so the surrounding (test) transaction is still usable.
    assert list(AccessRequest.objects.values_list("pk", flat=True)) == [twins[0].pk]
    assert not AuditEvent.objects.filter(verb="access_request.created").exists()
