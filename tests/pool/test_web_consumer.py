"""The consumer's pages: catalogue, dataset card, access requests, versions, downloads, notices.

Acme (alice, bob) and Other (charlie) contribute; Lab (consumer) consumes; a second consumer
organisation, Rival, shows that one organisation never sees another's requests, grants or notices.
"""

from __future__ import annotations

import io
import json
from typing import Any

import pyarrow.parquet as pq
import pytest
from django.contrib.auth import get_user_model
from django.test import Client

from contracts.models import AuditEvent, Purpose
from pool.models import AccessRequest, Corpus, CorpusVersion, DownloadEvent, Membership, Notice, Organization
from pool.services.access import access_request_approve
from pool.services.corpora import corpus_build
from pool.services.notices import notice_send
from tests.api.pooling import (
    QIS,
    grant_for,
    isolated_media,
    make_corpus,
    make_officer,
    ready_dataset,
    safe_contribution,
    safe_table,
)

__all__ = ["isolated_media"]

pytestmark = pytest.mark.django_db

XSS = "<script>alert('x')</script>"


def client_for(user: Any) -> Client:
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def rival(world: dict[str, Any]) -> dict[str, Any]:
    """A second consumer organisation with its own member."""
    org = Organization.objects.create(
        name="Rival", slug="rival", kind="lab", country="FR", contact_email="r@rival.example"
    )
    user = get_user_model().objects.create_user("rita_t", password="pw-rita-123")
    Membership.objects.create(user=user, organization=org, role=Membership.Role.CONSUMER)
    return {"org": org, "user": user}


@pytest.fixture
def published(world: dict[str, Any], isolated_media: Any) -> CorpusVersion:
    """customers-eu, version 1: two contributions (Acme and Other), one holding a hostile cell."""
    corpus = make_corpus(
        "customers-eu", description="Anonymised customer tables.", domain="retail", auto_approve_access=False
    )
    safe_contribution(world, [corpus], org="acme", seed=1)
    frame = safe_table(2)
    frame["city"] = XSS
    ready_dataset(
        organization=world["other"],
        user=world["charlie"],
        corpora=[corpus],
        frame=frame,
        quasi_identifiers=QIS,
        reported_k=5,
        licence="CC-BY-4.0",
    )
    version = corpus_build(corpus=corpus)
    assert version is not None and version.status == CorpusVersion.Status.PUBLISHED
    return version


# --- login, navigation ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "url", ["/corpora/", "/corpora/x/", "/access/", "/notices/", "/corpora/x/versions/1/"]
)
def test_every_consumer_page_asks_for_a_login(db: Any, url: str) -> None:
    response = Client().get(url)
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")


def test_the_layout_has_a_nav_a_skip_link_a_main_landmark_and_its_stylesheet(world: dict[str, Any]) -> None:
    html = client_for(world["consumer"]).get("/corpora/").content.decode()
    assert '<a class="skip-link" href="#main">' in html
    assert '<main id="main"' in html
    assert '<nav class="site-nav" aria-label="Main">' in html
    for link in ('href="/corpora/"', 'href="/access/"', 'href="/notices/"', 'href="/tokens/"', 'href="/"'):
        assert link in html
    assert 'href="/admin/"' not in html  # staff only
    assert "/static/shoal/shoal.css" in html
    assert 'aria-current="page"' in html


def test_staff_see_the_admin_link(world: dict[str, Any]) -> None:
    officer = make_officer()
    officer.is_staff = True
    officer.save()
    assert 'href="/admin/"' in client_for(officer).get("/corpora/").content.decode()


def test_the_home_page_links_to_the_catalogue_and_each_corpus(world: dict[str, Any]) -> None:
    make_corpus("customers-eu")
    html = client_for(world["consumer"]).get("/").content.decode()
    assert 'href="/corpora/"' in html
    assert 'href="/corpora/customers-eu/"' in html


# --- catalogue ----------------------------------------------------------------------------------------


def slugs(response: Any) -> list[str]:
    return [c.slug for c in response.context["page"].object_list]


def test_the_catalogue_lists_corpora_with_their_current_version(
    world: dict[str, Any], published: CorpusVersion
) -> None:
    make_corpus("support-text", kind=Corpus.Kind.TEXT, description="Support tickets", domain="support")
    response = client_for(world["consumer"]).get("/corpora/")
    assert response.status_code == 200
    assert slugs(response) == ["customers-eu", "support-text"]
    html = response.content.decode()
    assert 'href="/corpora/customers-eu/"' in html
    assert "Version 1: 40 rows" in html
    assert "No version published yet" in html


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("q=tickets", ["support-text"]),
        ("q=CUSTOMER+tables", ["customers-eu"]),
        ("q=nothing-like-this", []),
        ("kind=text", ["support-text"]),
        ("domain=retail", ["customers-eu"]),
        ("language=de", ["berlin-de"]),
        ("licence=CC-BY-4.0", ["customers-eu"]),
        ("licence=CC0-1.0", []),
        ("kind=table&domain=support", []),
    ],
)
def test_the_catalogue_searches_and_filters(
    world: dict[str, Any], published: CorpusVersion, query: str, expected: list[str]
) -> None:
    make_corpus("support-text", kind=Corpus.Kind.TEXT, description="Support tickets", domain="support")
    make_corpus("berlin-de", language="de", domain="mobility")
    response = client_for(world["consumer"]).get(f"/corpora/?{query}")
    assert response.status_code == 200
    assert sorted(slugs(response)) == sorted(expected)


def test_an_unknown_facet_value_is_a_400_with_the_form(world: dict[str, Any]) -> None:
    response = client_for(world["consumer"]).get("/corpora/?kind=video")
    assert response.status_code == 400
    assert "Select a valid choice" in response.content.decode()


def test_the_catalogue_pages_keep_the_filters(world: dict[str, Any], vocabulary: None) -> None:
    for i in range(15):
        make_corpus(f"c{i:02d}", domain="retail")
    make_corpus("zz-other", domain="health")
    client = client_for(world["consumer"])
    first = client.get("/corpora/?domain=retail")
    assert len(slugs(first)) == 12
    assert 'href="?domain=retail&amp;page=2"' in first.content.decode()
    second = client.get("/corpora/?domain=retail&page=2")
    assert slugs(second) == ["c12", "c13", "c14"]
    assert client.get("/corpora/?domain=retail&page=99").context["page"].number == 2


# --- dataset card -------------------------------------------------------------------------------------


def test_an_unknown_corpus_is_a_404(world: dict[str, Any]) -> None:
    assert client_for(world["consumer"]).get("/corpora/no-such-corpus/").status_code == 404


def test_the_card_shows_terms_contributors_versions_schema_risk_and_datasheet(
    world: dict[str, Any], published: CorpusVersion
) -> None:
    response = client_for(world["consumer"]).get("/corpora/customers-eu/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Anonymised customer tables." in html
    # CC-BY-4.0 in the pool: attribution is required; CDLA-Permissive-2.0 and CC-BY allow the rest.
    assert "You must credit the contributors" in html
    assert "You may train machine-learning models on it." in html
    assert "Never try to re-identify anyone" in html
    assert "<code>CC-BY-4.0</code>" in html and "<code>CDLA-Permissive-2.0</code>" in html
    contributors = response.context["contributors"]
    assert [o.name for o in contributors] == ["Acme", "Other"]
    assert [(c.name, c.type) for c in response.context["columns"]] == [
        ("age", "integer"),
        ("postcode", "text"),
        ("amount", "integer"),
        ("city", "text"),
    ]
    assert 'href="/corpora/customers-eu/versions/1/"' in html
    assert "k = 10" in html and "required 5" in html
    assert 'id="risk-chart"' in html
    assert 'href="/corpora/customers-eu/versions/1/croissant.json"' in html
    assert "http://mlcommons.org/croissant/1.0" in html  # the datasheet rendered whole
    assert "version 1. Shoal data pool. http://testserver/api/v1/corpora/customers-eu/versions/1/" in html
    assert XSS not in html  # metadata pages never show cells


def test_a_failed_or_building_version_is_not_listed(world: dict[str, Any], published: CorpusVersion) -> None:
    CorpusVersion.objects.create(corpus=published.corpus, number=2, status=CorpusVersion.Status.FAILED)
    CorpusVersion.objects.create(corpus=published.corpus, number=3, status=CorpusVersion.Status.BUILDING)
    response = client_for(world["consumer"]).get("/corpora/customers-eu/")
    assert [v.number for v, _ in response.context["versions"]] == [1]
    client = client_for(world["consumer"])
    assert client.get("/corpora/customers-eu/versions/2/").status_code == 404
    assert client.get("/corpora/customers-eu/versions/3/").status_code == 404


def test_only_consumers_get_the_request_form(world: dict[str, Any], published: CorpusVersion) -> None:
    assert client_for(world["consumer"]).get("/corpora/customers-eu/").context["form"] is not None
    contributor = client_for(world["alice"])
    assert contributor.get("/corpora/customers-eu/").context["form"] is None
    response = contributor.post("/corpora/customers-eu/", {"purpose": "model-training", "accept_terms": "on"})
    assert response.status_code == 404
    assert not AccessRequest.objects.exists()


def test_a_consumer_requests_access_and_sees_it_pending(
    world: dict[str, Any], published: CorpusVersion
) -> None:
    client = client_for(world["consumer"])
    form = client.get("/corpora/customers-eu/").context["form"]
    # The corpus serves model training, and so every narrower purpose the vocabulary places under it.
    assert [p.code for p in form.fields["purpose"].queryset] == [
        "commercial-model-training",
        "model-training",
    ]
    response = client.post(
        "/corpora/customers-eu/",
        {
            "organization": world["lab"].pk,
            "purpose": "model-training",
            "justification": "Churn model",
            "accept_terms": "on",
        },
        follow=True,
    )
    assert response.redirect_chain == [("/corpora/customers-eu/", 302)]
    request = AccessRequest.objects.get()
    assert (request.organization, request.requested_by, request.status) == (
        world["lab"],
        world["consumer"],
        AccessRequest.Status.PENDING,
    )
    assert request.justification == "Churn model"
    html = response.content.decode()
    assert f"Request #{request.pk} sent" in html
    assert 'id="pending-request"' in html


def test_terms_must_be_accepted(world: dict[str, Any], published: CorpusVersion) -> None:
    response = client_for(world["consumer"]).post(
        "/corpora/customers-eu/", {"organization": world["lab"].pk, "purpose": "model-training"}
    )
    assert response.status_code == 400
    assert "This field is required." in response.content.decode()
    assert not AccessRequest.objects.exists()


def test_a_purpose_the_corpus_does_not_serve_is_refused(
    world: dict[str, Any], published: CorpusVersion
) -> None:
    response = client_for(world["consumer"]).post(
        "/corpora/customers-eu/",
        {"organization": world["lab"].pk, "purpose": "academic-research", "accept_terms": "on"},
    )
    assert response.status_code == 400
    assert "Select a valid choice" in response.content.decode()
    assert not AccessRequest.objects.exists()


def test_a_second_pending_request_says_so(world: dict[str, Any], published: CorpusVersion) -> None:
    client = client_for(world["consumer"])
    data = {"organization": world["lab"].pk, "purpose": "model-training", "accept_terms": "on"}
    assert client.post("/corpora/customers-eu/", data).status_code == 302
    response = client.post("/corpora/customers-eu/", data)
    assert response.status_code == 400
    assert "already pending" in response.content.decode()
    assert AccessRequest.objects.count() == 1


def test_a_consumer_cannot_request_for_another_organisation(
    world: dict[str, Any], rival: dict[str, Any], published: CorpusVersion
) -> None:
    response = client_for(world["consumer"]).post(
        "/corpora/customers-eu/",
        {"organization": rival["org"].pk, "purpose": "model-training", "accept_terms": "on"},
    )
    assert response.status_code == 400
    assert not AccessRequest.objects.exists()


# --- my access ------------------------------------------------------------------------------------------


def test_my_access_lists_my_organisations_requests_and_grants_only(
    world: dict[str, Any], rival: dict[str, Any], published: CorpusVersion
) -> None:
    corpus = published.corpus
    purpose = Purpose.objects.get(code="model-training")
    from pool.services.access import access_request_create

    mine = access_request_create(
        corpus=corpus, organization=world["lab"], user=world["consumer"], purpose=purpose, accept_terms=True
    )
    theirs = access_request_create(
        corpus=corpus, organization=rival["org"], user=rival["user"], purpose=purpose, accept_terms=True
    )
    access_request_approve(request=theirs, officer=make_officer())
    response = client_for(world["consumer"]).get("/access/")
    assert [r.pk for r in response.context["requests"]] == [mine.pk]
    assert response.context["grants"] == []
    rival_view = client_for(rival["user"]).get("/access/")
    assert [r.pk for r in rival_view.context["requests"]] == [theirs.pk]
    [(grant, state)] = rival_view.context["grants"]
    assert (grant.organization, state) == (rival["org"], "active")
    assert "Rival" not in response.content.decode()


def test_an_officer_sees_only_their_own_organisations_access_on_this_page(
    world: dict[str, Any], published: CorpusVersion
) -> None:
    grant_for(published.corpus, world["lab"], world["consumer"])
    response = client_for(make_officer()).get("/access/")
    assert list(response.context["requests"]) == []
    assert response.context["grants"] == []


# --- versions -------------------------------------------------------------------------------------------


def test_an_unknown_version_is_a_404(world: dict[str, Any], published: CorpusVersion) -> None:
    client = client_for(world["consumer"])
    assert client.get("/corpora/customers-eu/versions/9/").status_code == 404
    assert client.get("/corpora/nope/versions/1/").status_code == 404


def test_the_short_version_address_redirects(world: dict[str, Any], published: CorpusVersion) -> None:
    response = client_for(world["consumer"]).get("/corpora/customers-eu/v/1/")
    assert response.status_code == 301
    assert response["Location"] == "/corpora/customers-eu/versions/1/"


def test_without_a_grant_the_version_page_has_no_download_and_no_viewer(
    world: dict[str, Any], published: CorpusVersion
) -> None:
    response = client_for(world["consumer"]).get("/corpora/customers-eu/versions/1/")
    assert response.status_code == 200
    html = response.content.decode()
    assert response.context["may_download"] is False
    assert response.context["preview"] is None
    assert 'id="data-viewer"' not in html
    assert '/corpora/customers-eu/versions/1/files/part-00000.parquet" download' not in html
    assert 'id="no-grant"' in html
    assert "alert(" not in html
    assert not DownloadEvent.objects.exists()


def test_snippets_carry_the_absolute_api_url(world: dict[str, Any], published: CorpusVersion) -> None:
    response = client_for(world["consumer"]).get("/corpora/customers-eu/versions/1/")
    url = "http://testserver/api/v1/corpora/customers-eu/versions/1/files/part-00000.parquet"
    snippets = {s.key: s.code for s in response.context["snippets"]}
    assert set(snippets) == {"curl", "pandas", "datasets", "duckdb"}
    for code in snippets.values():
        assert url in code
    assert "pd.read_parquet(url, storage_options=headers)" in snippets["pandas"]
    assert 'load_dataset("parquet", data_files=urls' in snippets["datasets"]
    assert f"read_parquet(['{url}'])" in snippets["duckdb"]
    html = response.content.decode()
    assert 'data-copy-target="snippet-curl"' in html
    assert "/static/shoal/copy.js" in html


def test_a_grant_holder_sees_download_buttons_and_the_first_rows_escaped(
    world: dict[str, Any], published: CorpusVersion
) -> None:
    grant = grant_for(published.corpus, world["lab"], world["consumer"])
    response = client_for(world["consumer"]).get("/corpora/customers-eu/versions/1/")
    html = response.content.decode()
    assert 'href="/corpora/customers-eu/versions/1/files/part-00000.parquet"' in html
    preview = response.context["preview"]
    assert preview["columns"] == ["age", "postcode", "amount", "city"]
    assert len(preview["rows"]) == 40
    assert XSS not in html
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in html
    event = DownloadEvent.objects.get()  # viewing rows is recorded like a download (Art. 19 reach)
    assert (event.organization, event.grant, event.file_name) == (world["lab"], grant, "part-00000.parquet")


def test_an_expired_or_revoked_grant_shows_no_rows(world: dict[str, Any], published: CorpusVersion) -> None:
    from django.utils import timezone

    grant = grant_for(published.corpus, world["lab"], world["consumer"])
    type(grant).objects.filter(pk=grant.pk).update(revoked_at=timezone.now())
    response = client_for(world["consumer"]).get("/corpora/customers-eu/versions/1/")
    assert response.context["preview"] is None
    assert response.context["may_download"] is False


def test_another_organisations_grant_does_not_help(
    world: dict[str, Any], rival: dict[str, Any], published: CorpusVersion
) -> None:
    grant_for(published.corpus, rival["org"], rival["user"])
    response = client_for(world["consumer"]).get("/corpora/customers-eu/versions/1/")
    assert response.context["preview"] is None
    download = client_for(world["consumer"]).get("/corpora/customers-eu/versions/1/files/part-00000.parquet")
    assert download.status_code == 403


def test_a_grant_holder_downloads_the_parquet_file_through_the_session(
    world: dict[str, Any], published: CorpusVersion
) -> None:
    grant_for(published.corpus, world["lab"], world["consumer"])
    response = client_for(world["consumer"]).get("/corpora/customers-eu/versions/1/files/part-00000.parquet")
    assert response.status_code == 200
    content = b"".join(response.streaming_content) if response.streaming else response.content
    table = pq.read_table(io.BytesIO(content))
    assert table.num_rows == 40
    assert response["ETag"] == f'"{published.files[0]["sha256"]}"'
    assert "attachment" in response["Content-Disposition"]
    event = DownloadEvent.objects.get()
    assert (event.user, event.token, event.organization) == (world["consumer"], None, world["lab"])


def test_a_refused_download_is_an_html_page(world: dict[str, Any], published: CorpusVersion) -> None:
    client = client_for(world["consumer"])
    response = client.get("/corpora/customers-eu/versions/1/files/part-00000.parquet")
    assert response.status_code == 403
    assert response["Content-Type"].startswith("text/html")
    assert "no active access grant" in response.content.decode()
    grant_for(published.corpus, world["lab"], world["consumer"])
    assert client.get("/corpora/customers-eu/versions/1/files/nope.parquet").status_code == 404
    assert client.get("/corpora/customers-eu/versions/7/files/part-00000.parquet").status_code == 404
    assert not DownloadEvent.objects.exists()


def test_a_withdrawn_version_is_gone_and_says_why(world: dict[str, Any], published: CorpusVersion) -> None:
    grant_for(published.corpus, world["lab"], world["consumer"])
    CorpusVersion.objects.filter(pk=published.pk).update(status=CorpusVersion.Status.WITHDRAWN)
    client = client_for(world["consumer"])
    page = client.get("/corpora/customers-eu/versions/1/")
    assert page.status_code == 200
    assert page.context["may_download"] is False and page.context["preview"] is None
    assert "was withdrawn" in page.content.decode()
    assert page.context["snippets"] == []
    assert client.get("/corpora/customers-eu/versions/1/files/part-00000.parquet").status_code == 410


def test_the_croissant_datasheet_downloads_with_absolute_urls(
    world: dict[str, Any], published: CorpusVersion
) -> None:
    response = client_for(world["consumer"]).get("/corpora/customers-eu/versions/1/croissant.json")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/ld+json"
    assert response["Content-Disposition"] == 'attachment; filename="customers-eu-v1-croissant.json"'
    document = json.loads(response.content)
    assert document["conformsTo"] == "http://mlcommons.org/croissant/1.0"
    assert document["url"] == "http://testserver/api/v1/corpora/customers-eu/versions/1/"
    assert document["distribution"][0]["contentUrl"] == (
        "http://testserver/api/v1/corpora/customers-eu/versions/1/files/part-00000.parquet"
    )
    assert published.datasheet["distribution"][0]["contentUrl"].startswith("/api/")  # stored copy unchanged


# --- notices --------------------------------------------------------------------------------------------


def test_notices_list_my_organisations_only_and_acknowledge_once(
    world: dict[str, Any], rival: dict[str, Any], published: CorpusVersion
) -> None:
    mine = notice_send(
        organization=world["lab"],
        kind=Notice.Kind.ERASURE,
        subject="Version 1 of customers-eu withdrawn",
        body="Delete your copies.",
        corpus_version=published,
    )
    theirs = notice_send(organization=rival["org"], kind=Notice.Kind.GRANT, subject="Rival news", body="x")
    client = client_for(world["consumer"])
    response = client.get("/notices/")
    assert [n.pk for n in response.context["page"].object_list] == [mine.pk]
    assert "Rival news" not in response.content.decode()
    assert response.context["unread"] == 1
    assert 'id="unread-notices">1<' in response.content.decode()  # the nav's badge, on every page
    assert client.post(f"/notices/{theirs.pk}/acknowledge/").status_code == 404
    answer = client.post(f"/notices/{mine.pk}/acknowledge/")
    assert answer.status_code == 302 and answer["Location"] == f"/notices/#notice-{mine.pk}"
    mine.refresh_from_db()
    first = mine.read_at
    assert first is not None
    assert AuditEvent.objects.filter(verb="notice.acknowledged", object_id=str(mine.pk)).count() == 1
    again = client.post(f"/notices/{mine.pk}/acknowledge/", follow=True)
    assert "already been acknowledged" in again.content.decode()
    mine.refresh_from_db()
    assert mine.read_at == first
    assert AuditEvent.objects.filter(verb="notice.acknowledged").count() == 1
    assert list(client.get("/notices/?unread=true").context["page"].object_list) == []
    assert [n.pk for n in client.get("/notices/?unread=false").context["page"].object_list] == [mine.pk]
    assert list(client.get("/notices/?kind=grant").context["page"].object_list) == []
    assert client.get("/notices/?kind=nonsense").status_code == 400
    assert 'id="unread-notices"' not in client.get("/corpora/").content.decode()
    theirs.refresh_from_db()
    assert theirs.read_at is None


def test_acknowledging_needs_a_post(world: dict[str, Any]) -> None:
    notice = notice_send(organization=world["lab"], kind=Notice.Kind.GRANT, subject="s", body="b")
    assert client_for(world["consumer"]).get(f"/notices/{notice.pk}/acknowledge/").status_code == 405


def test_an_unreadable_shard_leaves_the_page_up_without_rows(
    world: dict[str, Any], published: CorpusVersion
) -> None:
    from django.core.files.storage import default_storage

    from pool.services.corpora import version_path

    grant_for(published.corpus, world["lab"], world["consumer"])
    name = version_path(published.corpus, 1, "part-00000.parquet")
    default_storage.delete(name)
    default_storage.save(name, io.BytesIO(b"not parquet at all"))
    response = client_for(world["consumer"]).get("/corpora/customers-eu/versions/1/")
    assert response.status_code == 200
    assert response.context["preview"] is None
    assert not DownloadEvent.objects.exists()


# --- the pure helpers ------------------------------------------------------------------------------------


def test_a_treated_pool_shows_suppression_against_its_limit_and_the_information_lost() -> None:
    from pool.views_consumer import risk_summary

    summary = risk_summary(
        {
            "kind": "table",
            "k": 5,
            "k_threshold": 5,
            "treated": True,
            "quasi_identifiers": {"birth_year": "number", "postcode": "postcode"},
            "pooled": {"share_below_k": 0.12},
            "treatment": {"suppression_share": 0.031, "max_suppression": 0.05, "information_loss": 0.27},
        }
    )
    assert "(birth_year, postcode) is shared by at least 5 records" in summary["sentence"]
    bars = {bar.label: bar for bar in summary["bars"]}
    assert bars["k-anonymity"].ok and bars["k-anonymity"].limit == 50.0
    assert bars["Records below k before treatment"].value_text == "12.0%"
    suppressed = bars["Records suppressed"]
    assert (suppressed.value_text, suppressed.limit_text, suppressed.ok) == ("3.1%", "limit 5%", True)
    assert bars["Quasi-identifier information lost"].value_text == "27%"


def test_a_text_corpus_reports_its_residual_identifiers() -> None:
    from pool.views_consumer import risk_summary

    summary = risk_summary({"kind": "text", "identifier_density_per_1000_tokens": 0.4})
    assert summary["bars"] == []
    assert "0.4 possible identifiers per 1,000 words" in summary["sentence"]


def test_non_commercial_share_alike_terms_read_as_restrictions(vocabulary: None) -> None:
    from contracts.adapters import licence_facts
    from contracts.licensing import combine_licences
    from contracts.models import Licence
    from pool.views_consumer import licence_terms_in_words

    terms = combine_licences([licence_facts(Licence.objects.get(spdx_id="CC-BY-NC-4.0"))])
    words = {(t.kind, t.text) for t in licence_terms_in_words(terms)}
    assert ("may-not", "Non-commercial use only.") in words
    assert ("must", "You must credit the contributors listed in the datasheet.") in words
    sharing = combine_licences([licence_facts(Licence.objects.get(spdx_id="CC-BY-SA-4.0"))])
    assert ("must", "What you share from it must carry the same licence (CC-BY-SA-4.0).") in {
        (t.kind, t.text) for t in licence_terms_in_words(sharing)
    }
