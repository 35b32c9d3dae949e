"""Every endpoint × every role × own/foreign object, as one table (DESIGN.md §4).

Roles: anonymous; ``owner`` (Alice, contributor of Acme); ``outsider`` (Charlie, contributor of Other);
``granted`` (a consumer of Lab, which holds a grant); ``ungranted`` (Dora, consumer of Lab 2, whose
request is pending); ``compliance`` (an officer of the operator). Another tenant's object is a 404; an
object one may see but not act on is a 403; a request that passes every gate and reaches a service
that refuses it on business grounds is a 400 (e.g. approving a dataset that is not awaiting review).
"""

from __future__ import annotations

from typing import Any

import pytest
from rest_framework.test import APIClient

from contracts.models import Purpose
from pool.models import AccessRequest, Membership, Notice, Organization
from pool.services.corpora import corpus_build
from tests.api.pooling import (
    grant_for,
    isolated_media,
    make_corpus,
    make_officer,
    ready_dataset,
    safe_table,
)
from tests.conftest import api_client_for

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("isolated_media")]
__all__ = ["isolated_media"]

ROLES = ("anonymous", "owner", "outsider", "granted", "ungranted", "compliance")
PURPOSES = ("model-training", "model-evaluation")
FILE = "corpora/health/versions/1/files/part-00000.parquet"
OK = dict.fromkeys(ROLES[1:], 200)

# (method, path template, body, {role: status}); ``{acme}``/``{other}`` are Acme's/Other's datasets,
# ``{granted_request}``/``{pending_request}`` Lab's approved and Lab 2's pending access requests.
TABLE: list[tuple[str, str, dict[str, Any] | None, dict[str, int]]] = [
    ("GET", "datasets/", None, OK),
    ("GET", "datasets/{acme}/", None, {**dict.fromkeys(ROLES[1:], 404), "owner": 200, "compliance": 200}),
    ("GET", "datasets/{other}/", None, {**dict.fromkeys(ROLES[1:], 404), "outsider": 200, "compliance": 200}),
    (
        "POST",
        "datasets/{acme}/approve/",
        {},
        {**dict.fromkeys(ROLES[1:], 404), "owner": 400, "compliance": 403},
    ),
    (
        "POST",
        "datasets/{other}/approve/",
        {},
        {**dict.fromkeys(ROLES[1:], 404), "outsider": 400, "compliance": 403},
    ),
    (
        "POST",
        "datasets/{acme}/withdraw/",
        {"reason": "asked"},
        {**dict.fromkeys(ROLES[1:], 404), "owner": 200, "compliance": 200},
    ),
    (
        "POST",
        "datasets/{other}/withdraw/",
        {"reason": "asked"},
        {**dict.fromkeys(ROLES[1:], 404), "outsider": 200, "compliance": 200},
    ),
    ("GET", "corpora/", None, OK),
    ("GET", "corpora/health/", None, OK),
    ("GET", "corpora/missing/", None, dict.fromkeys(ROLES[1:], 404)),
    ("GET", "corpora/health/access-requests/", None, OK),
    (
        "POST",
        "corpora/health/access-requests/",
        {"purpose": "model-evaluation", "accept_terms": True},
        {"owner": 403, "outsider": 403, "granted": 201, "ungranted": 201, "compliance": 403},
    ),
    (
        "POST",
        "access-requests/{pending_request}/approve/",
        None,
        {"owner": 404, "outsider": 404, "granted": 404, "ungranted": 403, "compliance": 200},
    ),
    (
        "POST",
        "access-requests/{granted_request}/approve/",
        None,
        {"owner": 404, "outsider": 404, "granted": 403, "ungranted": 404, "compliance": 400},
    ),
    (
        "POST",
        "access-requests/{pending_request}/reject/",
        {"reason": "no"},
        {"owner": 404, "outsider": 404, "granted": 404, "ungranted": 403, "compliance": 200},
    ),
    ("GET", "corpora/health/versions/", None, OK),
    ("GET", "corpora/health/versions/1/", None, OK),
    ("GET", "corpora/health/versions/7/", None, dict.fromkeys(ROLES[1:], 404)),
    ("GET", FILE, None, {**dict.fromkeys(ROLES[1:], 403), "granted": 200}),
    ("HEAD", FILE, None, {**dict.fromkeys(ROLES[1:], 403), "granted": 200}),
    ("GET", "notices/", None, OK),
]

CASES = [
    pytest.param(method, path, body, role, expected.get(role, 401), id=f"{method} {path} as {role}")
    for method, path, body, expected in TABLE
    for role in ROLES
]


@pytest.fixture
def scene(world: dict[str, Any]) -> dict[str, Any]:
    from django.contrib.auth import get_user_model

    corpus = make_corpus(purposes=PURPOSES)
    qis = {"age": "number", "postcode": "postcode"}
    acme = ready_dataset(
        organization=world["acme"],
        user=world["alice"],
        corpora=[corpus],
        frame=safe_table(1),
        quasi_identifiers=qis,
        reported_k=5,
        purposes=PURPOSES,
    )
    other = ready_dataset(
        organization=world["other"],
        user=world["charlie"],
        corpora=[corpus],
        frame=safe_table(2),
        quasi_identifiers=qis,
        reported_k=5,
        purposes=PURPOSES,
    )
    version = corpus_build(corpus=corpus)
    assert version is not None and version.status == "published", version and version.error_message
    granted = grant_for(corpus, world["lab"], world["consumer"])
    lab2 = Organization.objects.create(
        name="Lab 2", slug="lab2", kind="lab", country="FI", contact_email="l2@lab2.example"
    )
    dora = get_user_model().objects.create_user("dora_t", password="pw-dora-123")
    Membership.objects.create(user=dora, organization=lab2, role=Membership.Role.CONSUMER)
    pending = AccessRequest.objects.create(
        corpus=corpus,
        organization=lab2,
        requested_by=dora,
        purpose=Purpose.objects.get(code="model-training"),
        terms_accepted_at=granted.granted_at,
    )
    users = {
        "owner": world["alice"],
        "outsider": world["charlie"],
        "granted": world["consumer"],
        "ungranted": dora,
        "compliance": make_officer(),
    }
    for org in (world["acme"], world["other"], world["lab"], lab2):
        Notice.objects.create(organization=org, kind=Notice.Kind.DATASET, subject=f"for {org.slug}", body="-")
    return {
        "users": users,
        "ids": {
            "acme": acme.pk,
            "other": other.pk,
            "granted_request": granted.request_id,
            "pending_request": pending.pk,
        },
        "orgs": {"owner": "acme", "outsider": "other", "granted": "lab", "ungranted": "lab2"},
    }


def client_for(scene: dict[str, Any], role: str) -> APIClient:
    return APIClient() if role == "anonymous" else api_client_for(scene["users"][role])


@pytest.mark.parametrize(("method", "path", "body", "role", "expected"), CASES)
def test_every_endpoint_answers_each_role_as_the_table_says(
    scene: dict[str, Any], method: str, path: str, body: dict[str, Any] | None, role: str, expected: int
) -> None:
    client = client_for(scene, role)
    url = "/api/v1/" + path.format(**scene["ids"])
    response = (
        getattr(client, method.lower())(url, body, format="json")
        if body is not None
        else (getattr(client, method.lower())(url))
    )
    assert response.status_code == expected, getattr(response, "content", b"")[:300]
    if expected >= 400 and method != "HEAD":
        assert set(response.json()) == {"message", "extra"}


@pytest.mark.parametrize("role", ROLES[1:])
def test_lists_show_only_the_callers_organisations_objects(scene: dict[str, Any], role: str) -> None:
    client = client_for(scene, role)
    own_org = scene["orgs"].get(role)
    datasets = {d["organization"] for d in client.get("/api/v1/datasets/").json()["results"]}
    requests = {
        r["organization"] for r in client.get("/api/v1/corpora/health/access-requests/").json()["results"]
    }
    notices = {n["subject"] for n in client.get("/api/v1/notices/").json()["results"]}
    if role == "compliance":
        assert datasets == {"acme", "other"}
        assert requests == {"lab", "lab2"}
        assert notices == set()
        return
    assert datasets <= {own_org}
    assert requests <= {own_org}
    assert notices == {f"for {own_org}"}
