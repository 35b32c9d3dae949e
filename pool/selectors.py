"""Reads that depend on who asks: tenancy is applied here, once."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import datetime
from typing import Any, TypeVar

from django.db.models import (
    CharField,
    Count,
    Model,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
    TextField,
    Value,
)
from django.db.models.functions import Cast, Coalesce
from django.utils import timezone

from contracts.adapters import purpose_tree
from contracts.models import Purpose
from contracts.purposes import any_covers
from pool.models import (
    AccessGrant,
    AccessRequest,
    Corpus,
    CorpusVersion,
    Dataset,
    DatasetPart,
    Membership,
    Organization,
    Reason,
)

_M = TypeVar("_M", bound=Model)


def organizations_for_user(user: Any, role: str | None = None) -> QuerySet[Organization]:
    """Organisations in which ``user`` holds ``role`` (any role when None)."""
    memberships = Membership.objects.filter(user=user)
    if role:
        memberships = memberships.filter(role=role)
    return Organization.objects.filter(pk__in=memberships.values("organization"))


def is_compliance_officer(user: Any) -> bool:
    return bool(
        user.is_authenticated
        and Membership.objects.filter(user=user, role=Membership.Role.COMPLIANCE).exists()
    )


def visible_to(
    user: Any,
    queryset: QuerySet[_M],
    *,
    role: str | None = None,
    officers_see_all: bool = True,
    through: str = "organization",
) -> QuerySet[_M]:
    """The rows of ``queryset`` that ``user``'s organisations own (the one tenancy guard).

    ``through`` names the row's organisation field; with ``role`` only organisations where the user
    holds that role count. A compliance officer sees every row unless ``officers_see_all`` is False
    (pages that list "my organisations' …"). Views fetch one row with ``get_object_or_404`` on the
    result, so another tenant's object is a 404, never a 403.
    """
    if officers_see_all and is_compliance_officer(user):
        return queryset
    return queryset.filter(**{f"{through}__in": organizations_for_user(user, role)})


def datasets_visible_to(user: Any) -> QuerySet[Dataset]:
    """Datasets of the user's organisations; compliance officers see every dataset."""
    return visible_to(user, Dataset.objects.select_related("organization", "licence"))


def corpora_list() -> QuerySet[Corpus]:
    return Corpus.objects.prefetch_related("purposes")


def can_contribute_to(user: Any, dataset: Dataset) -> bool:
    """Whether ``user`` is a contributor of the organisation that owns ``dataset``."""
    return Membership.objects.filter(
        user=user, organization_id=dataset.organization_id, role=Membership.Role.CONTRIBUTOR
    ).exists()


# --- a contributor's view of one dataset: progress and lineage ------------------------------------

#: Statuses in which a worker is (or will soon be) busy with the dataset: the page polls its status.
ACTIVE_STATUSES = frozenset({"uploaded", "scanning", "approved", "anonymizing"})


@dataclass(frozen=True)
class DatasetProgress:
    """What the dataset page's progress bar shows. ``percent`` is None while the stage cannot say
    (queued, scanning: an indeterminate bar). ``rows_done`` is exact when counted (finished parts of
    a split table, the finished artifact) and an estimate from ``percent`` otherwise
    (``rows_estimated``); ``rows_total`` is None until some stage has counted the file's records."""

    status: str
    status_display: str
    stage: str
    active: bool
    percent: int | None
    rows_done: int | None
    rows_total: int | None
    rows_estimated: bool
    eta_seconds: int | None
    error_message: str

    def summary(self) -> str:
        """The rows and time left in words, e.g. "About 12,000 of 40,000 rows · about 2 min left"."""
        parts = []
        if self.rows_total is not None and self.rows_done is not None and self.rows_done != self.rows_total:
            about = "About " if self.rows_estimated else ""
            parts.append(f"{about}{self.rows_done:,} of {self.rows_total:,} rows")
        elif self.rows_total is not None:
            parts.append(f"{self.rows_total:,} rows")
        if self.eta_seconds is not None:
            minutes = round(self.eta_seconds / 60)
            parts.append("less than a minute left" if minutes < 1 else f"about {minutes} min left")
        return " · ".join(parts)

    def to_dict(self) -> dict[str, Any]:
        return {**asdict(self), "summary": self.summary()}


_STAGES = {
    "uploaded": "Waiting for a worker to scan the file",
    "scanning": "Scanning for personal data",
    "awaiting_review": "Waiting for your review",
    "approved": "Waiting for a worker to anonymise the file",
    "anonymizing": "Anonymising",
    "ready": "Anonymised and stored",
    "failed": "Stopped; see what went wrong below",
    "withdrawn": "Its data has been erased",
}


def _records_counted(dataset: Dataset) -> int | None:
    """The file's record count when a stage counted it: the scan's risk measure reads every row."""
    before = (dataset.risk_report or {}).get("before") or {}
    records = before.get("records") if isinstance(before, dict) else None
    return int(records) if isinstance(records, int) and records >= 0 else None


def dataset_progress(dataset: Dataset, *, now: datetime | None = None) -> DatasetProgress:
    """The progress of ``dataset``'s current stage, with rows done/total and an estimate of the time
    left (elapsed time since approval scaled by the share still to do; none below 3 %)."""
    now = now or timezone.now()
    status = dataset.status
    percent: int | None = None
    rows_done: int | None = None
    rows_total = _records_counted(dataset)
    estimated = False
    eta: int | None = None
    if status == Dataset.Status.ANONYMIZING:
        percent = int(dataset.progress)
        parts = list(dataset.parts.values_list("start_row", "stop_row", "status"))
        if parts:  # a split table: the finished parts' rows are exact
            rows_total = max(stop for _, stop, _ in parts)
            finished = (DatasetPart.Status.DONE, DatasetPart.Status.MERGED)
            rows_done = sum(stop - start for start, stop, state in parts if state in finished)
        elif rows_total is not None:
            rows_done, estimated = min(rows_total, rows_total * percent // 100), True
        if dataset.approved_at and 3 <= percent < 100:
            elapsed = (now - dataset.approved_at).total_seconds()
            eta = max(1, round(elapsed * (100 - percent) / percent))
    elif status == Dataset.Status.READY:
        percent = 100
        rows_total = rows_done = dataset.artifact_rows
    elif status == Dataset.Status.AWAITING_REVIEW:
        percent = 100
    return DatasetProgress(
        status=status,
        status_display=dataset.get_status_display(),
        stage=_STAGES.get(status, status),
        active=status in ACTIVE_STATUSES,
        percent=percent,
        rows_done=rows_done,
        rows_total=rows_total,
        rows_estimated=estimated,
        eta_seconds=eta,
        error_message=dataset.error_message if status == Dataset.Status.FAILED else "",
    )


@dataclass(frozen=True)
class LineageEntry:
    """One corpus version holding a dataset, and how often its files were fetched."""

    corpus_slug: str
    corpus_name: str
    number: int
    status: str
    status_display: str
    created_at: datetime
    downloads: int


def dataset_lineage(dataset: Dataset) -> list[LineageEntry]:
    """Every corpus version built with ``dataset`` (withdrawn ones included), newest first, with its
    number of download events: who fetched the contribution, as Art. 19 notices will need."""
    versions = (
        CorpusVersion.objects.filter(datasets=dataset)
        .select_related("corpus")
        .annotate(download_count=Count("downloads"))
        .order_by("corpus__slug", "-number")
    )
    return [
        LineageEntry(
            corpus_slug=v.corpus.slug,
            corpus_name=v.corpus.name,
            number=v.number,
            status=v.status,
            status_display=v.get_status_display(),
            created_at=v.created_at,
            downloads=v.download_count,
        )
        for v in versions
    ]


# --- the consumer's catalogue ---------------------------------------------------------------------


def corpus_catalogue() -> QuerySet[Corpus]:
    """Every corpus (its metadata is visible to every member, as in the API), annotated with its
    newest published version: ``current_number``, ``current_rows``, ``current_published_at`` (None
    before the first publication)."""
    newest = CorpusVersion.objects.filter(
        corpus=OuterRef("pk"), status=CorpusVersion.Status.PUBLISHED
    ).order_by("-number")
    return corpora_list().annotate(
        current_number=Subquery(newest.values("number")[:1]),
        current_rows=Subquery(newest.values("row_count")[:1]),
        current_published_at=Subquery(newest.values("published_at")[:1]),
    )


def version_contributors(version: CorpusVersion | None) -> QuerySet[Organization]:
    """The organisations whose contributions ``version`` pools (none before the first version)."""
    if version is None:
        return Organization.objects.none()
    return Organization.objects.filter(datasets__corpus_versions=version).distinct().order_by("name")


# --- where a contribution went: joined or refused, and why ----------------------------------------


@dataclass(frozen=True)
class CorpusOutcome:
    """What became of a dataset in one corpus it targets.

    ``state`` is ``joined`` (the corpus's current version holds it), ``refused`` (the access policy or
    the corpus build refuses it, or it was withdrawn) or ``pending`` (not ready yet, or admitted and
    waiting for the next build). ``versions`` are the numbers of the published or superseded versions
    holding it. ``reason`` says why in plain words when it is not joined; it names purposes,
    licences, dates and k, never personal data.
    """

    slug: str
    name: str
    joined: bool
    versions: list[int]
    reason: str
    state: str = "pending"

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def dataset_corpus_outcomes(dataset: Dataset) -> list[CorpusOutcome]:
    """One `CorpusOutcome` per corpus ``dataset`` targets, by corpus slug. Refusals are decided now by
    the same policy a build applies (``pool.services.corpora.corpus_admission``), so the reason shown
    is the one that holds today (a consent that expired since, a licence changed)."""
    from pool.services.corpora import TRANSIENT, corpus_admission, plain_refusal

    held: dict[int, list[int]] = {}
    shown = (CorpusVersion.Status.PUBLISHED, CorpusVersion.Status.SUPERSEDED)
    for corpus_id, number in (
        CorpusVersion.objects.filter(datasets=dataset, status__in=shown)
        .order_by("number")
        .values_list("corpus_id", "number")
    ):
        held.setdefault(corpus_id, []).append(number)
    outcomes = []
    for corpus in dataset.target_corpora.all().prefetch_related("purposes").order_by("slug"):
        versions = held.get(corpus.pk, [])
        current = corpus.versions.filter(status=CorpusVersion.Status.PUBLISHED).order_by("-number").first()
        state, reason = "pending", ""
        if dataset.status == Dataset.Status.WITHDRAWN:
            state, reason = "refused", "you withdrew this dataset; it was removed from the corpus"
        elif dataset.status == Dataset.Status.FAILED:
            state, reason = "refused", "the dataset could not be anonymised, so it cannot join"
        elif dataset.status != Dataset.Status.READY:
            reason = "the dataset joins once it is anonymised and ready"
        elif current is not None and current.number in versions:
            state = "joined"
        else:
            refused = corpus_admission(corpus=corpus, datasets=[dataset])[1].get(dataset.pk)
            latest = corpus.versions.order_by("-number").first()
            in_latest = latest is not None and dataset.pk in {
                int(d["id"]) for d in (latest.manifest or {}).get("datasets", [])
            }
            if refused is not None:
                state, reason = "refused", plain_refusal(refused.reasons)
            elif (
                in_latest
                and latest is not None
                and latest.status == CorpusVersion.Status.FAILED
                and not latest.error_message.startswith(TRANSIENT)
            ):
                state = "refused"
                reason = f"the corpus build with this dataset was refused: {latest.error_message}"
            else:
                reason = "admitted; it appears in the corpus's next version"
        outcomes.append(
            CorpusOutcome(
                slug=corpus.slug,
                name=corpus.name,
                joined=state == "joined",
                versions=versions,
                reason=reason,
                state=state,
            )
        )
    return outcomes


@dataclass(frozen=True)
class CorpusState:
    """Whether a corpus has data to offer: ``published`` with its current version, or ``empty`` (no
    version published yet, or its last contribution withdrawn: an empty version is never published).
    ``message`` says so in words ("No data: …") when it is empty."""

    state: str
    current_version: int | None
    row_count: int
    message: str


def corpus_state(corpus: Corpus) -> CorpusState:
    """The corpus's current published version, or why it has none."""
    current = corpus.versions.filter(status=CorpusVersion.Status.PUBLISHED).order_by("-number").first()
    if current is not None:
        return CorpusState("published", current.number, current.row_count, "")
    retired = (CorpusVersion.Status.SUPERSEDED, CorpusVersion.Status.WITHDRAWN)
    if corpus.versions.filter(status__in=retired).exists():
        message = "No data: its contributions were withdrawn or no longer meet the corpus terms."
    else:
        message = "No data yet: no contribution has been published in this corpus."
    return CorpusState("empty", None, 0, message)


def corpus_versions(*, corpus: Corpus) -> QuerySet[CorpusVersion]:
    """A corpus's versions, newest first; builds in progress are not shown."""
    return (
        corpus.versions.exclude(status=CorpusVersion.Status.BUILDING)
        .select_related("corpus")
        .order_by("-number")
    )


def purposes_served(corpus: Corpus) -> list[Purpose]:
    """The purposes a request for ``corpus`` may declare: those its purposes cover (narrower ones too)."""
    served = frozenset(p.code for p in corpus.purposes.all())
    tree = purpose_tree()
    return [p for p in Purpose.objects.order_by("name") if any_covers(served, p.code, tree)]


# --- access: requests and grants -------------------------------------------------------------------

#: Audit verbs whose free-text explanation is kept in ``pool.Reason``.
REJECTED = "access_request.rejected"
REVOKED = "access_grant.revoked"


def corpus_current_version(*, corpus: Corpus) -> CorpusVersion | None:
    """The newest published version (None before the first build)."""
    return corpus.versions.filter(status=CorpusVersion.Status.PUBLISHED).order_by("-number").first()


def _reason_subquery(model: type[Model], verb: str) -> Coalesce:
    """The newest unerased ``pool.Reason`` text for ``verb`` on the outer ``model`` row ("" when none)."""
    texts = Reason.objects.filter(
        object_type=model._meta.label_lower,
        object_id=Cast(OuterRef("pk"), output_field=CharField()),
        verb=verb,
        erased_at__isnull=True,
    ).values("text")[:1]
    return Coalesce(Subquery(texts), Value(""), output_field=TextField())


def access_requests_visible_to(user: Any, *, officers_see_all: bool = True) -> QuerySet[AccessRequest]:
    """Requests of the user's organisations; compliance officers see all (unless ``officers_see_all``
    is False).

    Each carries ``reject_reason``: the newest unerased text of its rejection ("" when none).
    """
    queryset = AccessRequest.objects.select_related("corpus", "organization", "purpose", "grant").annotate(
        reject_reason=_reason_subquery(AccessRequest, REJECTED)
    )
    return visible_to(user, queryset, officers_see_all=officers_see_all)


def grants_active_for(*, user: Any, corpus: Corpus, at: Any = None) -> QuerySet[AccessGrant]:
    """Grants on ``corpus`` held by the user's consumer organisations, unexpired and unrevoked at ``at``."""
    at = at or timezone.now()
    grants = AccessGrant.objects.filter(corpus=corpus, expires_at__gt=at).filter(
        Q(revoked_at__isnull=True) | Q(revoked_at__gt=at)
    )
    return (
        visible_to(user, grants, role=Membership.Role.CONSUMER, officers_see_all=False)
        .select_related("corpus", "purpose", "organization")
        .order_by("-expires_at")
    )


def grants_visible_to(user: Any, *, officers_see_all: bool = True) -> QuerySet[AccessGrant]:
    """Grants of the user's organisations, newest first; compliance officers see all (unless
    ``officers_see_all`` is False).

    Each carries ``revoke_reason``: the newest unerased text given when it was revoked ("" when none).
    """
    queryset = (
        AccessGrant.objects.select_related("corpus", "organization", "purpose")
        .annotate(revoke_reason=_reason_subquery(AccessGrant, REVOKED))
        .order_by("-granted_at", "-pk")
    )
    return visible_to(user, queryset, officers_see_all=officers_see_all)
