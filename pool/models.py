"""The pool: member organisations, their contributions, corpora built from them, and who fetched what."""

from __future__ import annotations

import hashlib
import secrets

from django.conf import settings
from django.core.validators import MinValueValidator
from django.db import models
from django.utils import timezone

from contracts.models import ConsentRecord, Licence, Purpose


class Organization(models.Model):
    """A member of the pool (an SME, a lab, an NGO…)."""

    class Kind(models.TextChoices):
        SME = "sme", "SME"
        LAB = "lab", "Research lab"
        NGO = "ngo", "NGO"
        PUBLIC = "public", "Public body"
        OTHER = "other", "Other"

    name = models.CharField(max_length=200, unique=True)
    slug = models.SlugField(max_length=80, unique=True)
    kind = models.CharField(max_length=16, choices=Kind.choices, default=Kind.SME)
    country = models.CharField(max_length=2, help_text="ISO 3166-1 alpha-2")
    contact_email = models.EmailField()
    webhook_url = models.URLField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class Membership(models.Model):
    """A user's role in an organisation; one user may belong to several organisations."""

    class Role(models.TextChoices):
        CONTRIBUTOR = "contributor", "Contributor"
        CONSUMER = "consumer", "Consumer"
        COMPLIANCE = "compliance", "Compliance officer"

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="memberships")
    organization = models.ForeignKey(Organization, on_delete=models.CASCADE, related_name="memberships")
    role = models.CharField(max_length=16, choices=Role.choices)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "organization", "role"], name="membership_unique_role")
        ]

    def __str__(self) -> str:
        return f"{self.user} @ {self.organization} ({self.role})"


class ApiToken(models.Model):
    """An API token; only its SHA-256 digest is stored, the secret is shown once at issue time."""

    PREFIX = "shoal_"

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="api_tokens")
    name = models.CharField(max_length=100, blank=True)
    key_prefix = models.CharField(max_length=16, editable=False)
    digest = models.CharField(max_length=64, unique=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    last_used_at = models.DateTimeField(null=True, blank=True, editable=False)
    expires_at = models.DateTimeField(null=True, blank=True)
    revoked_at = models.DateTimeField(null=True, blank=True)

    def __str__(self) -> str:
        return f"{self.key_prefix}… ({self.user})"

    @staticmethod
    def hash_key(key: str) -> str:
        return hashlib.sha256(key.encode()).hexdigest()

    @classmethod
    def generate_key(cls) -> str:
        return cls.PREFIX + secrets.token_urlsafe(32)

    @property
    def is_active(self) -> bool:
        now = timezone.now()
        return self.revoked_at is None and (self.expires_at is None or self.expires_at > now)


class Dataset(models.Model):
    """One contribution: a raw upload, its scan, the contributor's reviewed plan and the anonymised artifact."""

    class Format(models.TextChoices):
        CSV = "csv", "CSV/TSV"
        PARQUET = "parquet", "Parquet"
        XLSX = "xlsx", "Excel"
        JSONL = "jsonl", "JSON Lines"
        TXT = "txt", "Plain text"

    class Status(models.TextChoices):
        UPLOADED = "uploaded", "Uploaded"
        SCANNING = "scanning", "Scanning"
        AWAITING_REVIEW = "awaiting_review", "Awaiting review"
        APPROVED = "approved", "Approved"
        ANONYMIZING = "anonymizing", "Anonymising"
        READY = "ready", "Ready"
        FAILED = "failed", "Failed"
        WITHDRAWN = "withdrawn", "Withdrawn"

    organization = models.ForeignKey(Organization, on_delete=models.PROTECT, related_name="datasets")
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="uploaded_datasets"
    )
    title = models.CharField(max_length=200)
    description = models.TextField(blank=True)
    domain_tags = models.JSONField(default=list, blank=True)
    language = models.CharField(max_length=8, default="en")
    format = models.CharField(max_length=8, choices=Format.choices)
    licence = models.ForeignKey(Licence, on_delete=models.PROTECT, related_name="datasets")
    consent_record = models.ForeignKey(ConsentRecord, on_delete=models.PROTECT, related_name="datasets")
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.UPLOADED, db_index=True)
    progress = models.PositiveSmallIntegerField(default=0, help_text="percent of the current stage")
    error_message = models.TextField(blank=True, help_text="readable reason; never contains cell values")
    raw_file = models.FileField(upload_to="raw/", blank=True, max_length=300)
    original_filename = models.CharField(max_length=255)
    raw_size = models.BigIntegerField(default=0)
    raw_deleted_at = models.DateTimeField(null=True, blank=True)
    plan = models.JSONField(default=dict, blank=True)
    pii_report = models.JSONField(default=dict, blank=True)
    risk_report = models.JSONField(default=dict, blank=True)
    preview = models.JSONField(default=dict, blank=True, help_text="before/after of a few anonymised rows")
    artifact = models.FileField(upload_to="artifacts/", blank=True, max_length=300)
    artifact_sha256 = models.CharField(max_length=64, blank=True)
    artifact_size = models.BigIntegerField(null=True, blank=True)
    artifact_rows = models.BigIntegerField(null=True, blank=True)
    target_corpora = models.ManyToManyField("Corpus", blank=True, related_name="candidate_datasets")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    approved_at = models.DateTimeField(null=True, blank=True)
    ready_at = models.DateTimeField(null=True, blank=True)
    withdrawn_at = models.DateTimeField(null=True, blank=True)
    # The worker holding the current stage (scan, anonymisation, merge): see pool.services.datasets.
    claim_token = models.CharField(max_length=80, blank=True, editable=False)
    claim_expires_at = models.DateTimeField(null=True, blank=True, editable=False)
    claim_interruptions = models.PositiveSmallIntegerField(
        default=0, editable=False, help_text="workers lost during the current stage"
    )
    # When the scan was last handed to the broker; empty while the broker could not take it (the
    # claims sweep hands it over once it can): see pool.services.outbox.
    scan_queued_at = models.DateTimeField(null=True, blank=True, editable=False)

    class Meta:
        ordering = ["-created_at"]
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(status="ready") | ~models.Q(artifact_sha256=""),
                name="dataset_ready_has_artifact",
            ),
            models.CheckConstraint(condition=models.Q(progress__lte=100), name="dataset_progress_percent"),
        ]

    def __str__(self) -> str:
        return self.title


class DatasetPart(models.Model):
    """One slice of a large table's records, anonymised by its own task (DESIGN §3: large files are
    split into Celery subtasks). The parts of a dataset exist only while it is anonymised."""

    class Status(models.TextChoices):
        PENDING = "pending", "Pending"
        RUNNING = "running", "Running"
        DONE = "done", "Done"
        MERGED = "merged", "Merged"

    dataset = models.ForeignKey(Dataset, on_delete=models.CASCADE, related_name="parts")
    index = models.PositiveIntegerField()
    start_row = models.BigIntegerField()
    stop_row = models.BigIntegerField()
    status = models.CharField(max_length=8, choices=Status.choices, default=Status.PENDING)
    file = models.CharField(
        max_length=300, blank=True, help_text="private storage name of the anonymised part"
    )
    report = models.JSONField(default=dict, blank=True, help_text="the part's counts; never cell values")
    updated_at = models.DateTimeField(auto_now=True)
    claim_token = models.CharField(max_length=80, blank=True, editable=False)
    claim_expires_at = models.DateTimeField(null=True, blank=True, editable=False)

    class Meta:
        ordering = ["dataset", "index"]
        constraints = [
            models.UniqueConstraint(fields=["dataset", "index"], name="dataset_part_unique_index"),
            models.CheckConstraint(
                condition=models.Q(stop_row__gt=models.F("start_row")), name="dataset_part_rows"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.dataset_id}#{self.index} [{self.start_row}, {self.stop_row})"


class Corpus(models.Model):
    """A named pool of anonymised contributions serving declared purposes under licence terms."""

    class Kind(models.TextChoices):
        TABLE = "table", "Tables"
        TEXT = "text", "Text"

    slug = models.SlugField(max_length=80, unique=True)
    name = models.CharField(max_length=200)
    description = models.TextField(blank=True)
    domain = models.CharField(max_length=100, blank=True)
    language = models.CharField(max_length=8, default="en")
    kind = models.CharField(max_length=8, choices=Kind.choices)
    purposes = models.ManyToManyField(Purpose, related_name="corpora")
    requires_commercial_use = models.BooleanField(default=False)
    requires_model_training = models.BooleanField(default=True)
    requires_redistribution = models.BooleanField(default=True)
    k_threshold = models.PositiveSmallIntegerField(default=5, validators=[MinValueValidator(2)])
    auto_approve_access = models.BooleanField(default=False)
    grant_days = models.PositiveSmallIntegerField(default=365)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["slug"]
        verbose_name_plural = "corpora"

    def __str__(self) -> str:
        return self.name


class CorpusVersion(models.Model):
    """An immutable build of a corpus; a membership change builds a new version, never edits an old one."""

    class Status(models.TextChoices):
        BUILDING = "building", "Building"
        PUBLISHED = "published", "Published"
        SUPERSEDED = "superseded", "Superseded"
        WITHDRAWN = "withdrawn", "Withdrawn"
        FAILED = "failed", "Failed"

    corpus = models.ForeignKey(Corpus, on_delete=models.PROTECT, related_name="versions")
    number = models.PositiveIntegerField()
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.BUILDING)
    datasets = models.ManyToManyField(Dataset, related_name="corpus_versions")
    manifest = models.JSONField(default=dict, blank=True)
    files = models.JSONField(default=list, blank=True, help_text="[{name, sha256, size, rows}]")
    row_count = models.BigIntegerField(default=0)
    datasheet = models.JSONField(default=dict, blank=True, help_text="MLCommons Croissant JSON-LD")
    risk_report = models.JSONField(default=dict, blank=True)
    error_message = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    published_at = models.DateTimeField(null=True, blank=True)
    withdrawn_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["corpus", "-number"]
        constraints = [
            models.UniqueConstraint(fields=["corpus", "number"], name="corpus_version_unique_number")
        ]

    def __str__(self) -> str:
        return f"{self.corpus.slug} v{self.number}"


class AccessRequest(models.Model):
    """A consumer organisation's request to use a corpus for a declared purpose, terms accepted."""

    class Status(models.TextChoices):
        PENDING = "pending", "Pending"
        APPROVED = "approved", "Approved"
        REJECTED = "rejected", "Rejected"

    corpus = models.ForeignKey(Corpus, on_delete=models.PROTECT, related_name="access_requests")
    organization = models.ForeignKey(Organization, on_delete=models.CASCADE, related_name="access_requests")
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    purpose = models.ForeignKey(Purpose, on_delete=models.PROTECT, related_name="+")
    justification = models.TextField(blank=True)
    terms_accepted_at = models.DateTimeField()
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.PENDING)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            # The service checks before it inserts; this closes the race between two such requests.
            models.UniqueConstraint(
                fields=["corpus", "organization", "purpose"],
                condition=models.Q(status="pending"),
                name="access_request_one_pending",
            )
        ]

    def __str__(self) -> str:
        return f"{self.organization} → {self.corpus} ({self.status})"


class AccessGrant(models.Model):
    """Permission for an organisation to download a corpus for one purpose until ``expires_at``."""

    request = models.OneToOneField(AccessRequest, on_delete=models.PROTECT, related_name="grant")
    corpus = models.ForeignKey(Corpus, on_delete=models.PROTECT, related_name="grants")
    organization = models.ForeignKey(Organization, on_delete=models.CASCADE, related_name="grants")
    purpose = models.ForeignKey(Purpose, on_delete=models.PROTECT, related_name="+")
    granted_at = models.DateTimeField(default=timezone.now)
    expires_at = models.DateTimeField()
    revoked_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.CheckConstraint(
                condition=models.Q(expires_at__gt=models.F("granted_at")), name="grant_expiry_after_start"
            )
        ]

    def __str__(self) -> str:
        return f"{self.organization} may use {self.corpus} for {self.purpose}"

    @property
    def is_active(self) -> bool:
        now = timezone.now()
        return self.expires_at > now and (self.revoked_at is None or self.revoked_at > now)


class DownloadEvent(models.Model):
    """One fetch of a version file: who (organisation, user, token), what, when, how many bytes."""

    version = models.ForeignKey(CorpusVersion, on_delete=models.PROTECT, related_name="downloads")
    file_name = models.CharField(max_length=200)
    organization = models.ForeignKey(Organization, on_delete=models.PROTECT, related_name="downloads")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    token = models.ForeignKey(ApiToken, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    grant = models.ForeignKey(AccessGrant, null=True, on_delete=models.SET_NULL, related_name="downloads")
    bytes_sent = models.BigIntegerField(default=0)
    range_header = models.CharField(max_length=100, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.organization} fetched {self.version}/{self.file_name}"


class Notice(models.Model):
    """A message to an organisation (erasure of a version it downloaded, grant decisions, expiry)."""

    class Kind(models.TextChoices):
        ERASURE = "erasure", "Erasure (Art. 17/19)"
        GRANT = "grant", "Access decision"
        EXPIRY = "expiry", "Expiry"
        DATASET = "dataset", "Dataset status"

    organization = models.ForeignKey(Organization, on_delete=models.CASCADE, related_name="notices")
    kind = models.CharField(max_length=16, choices=Kind.choices)
    subject = models.CharField(max_length=200)
    body = models.TextField()
    corpus_version = models.ForeignKey(
        CorpusVersion, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    read_at = models.DateTimeField(null=True, blank=True)
    emailed_at = models.DateTimeField(null=True, blank=True)
    webhook_delivered_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return self.subject


class Reason(models.Model):
    """Free text explaining a decision (a rejection, a revocation, a policy refusal), kept out of the
    append-only audit log, which records only this row's id and ``sha256``.

    ``sha256`` is SHA-256 of ``salt`` + ``text``. While the row holds its text, anyone can check it
    against the audit event; ``pool.services.reasons.reasons_erase`` blanks the text *and* the salt
    (withdrawal, erasure, an officer's request), after which the digest left in the chain can no longer
    be confirmed against a guessed name or e-mail address. The object is named as the audit log names
    it (``object_type`` = model label, ``object_id``), so one table serves every kind of object.
    """

    object_type = models.CharField(max_length=64, editable=False)
    object_id = models.CharField(max_length=64, editable=False)
    verb = models.CharField(max_length=64, editable=False, help_text="the audit verb this text explains")
    text = models.TextField(blank=True, editable=False)
    salt = models.CharField(max_length=32, blank=True, editable=False)
    sha256 = models.CharField(max_length=64, editable=False)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        editable=False,
        related_name="+",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    erased_at = models.DateTimeField(null=True, blank=True, editable=False)

    class Meta:
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["object_type", "object_id"])]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(erased_at__isnull=True) | (models.Q(text="") & models.Q(salt="")),
                name="reason_erased_is_blank",
            )
        ]

    def __str__(self) -> str:
        return f"Reason #{self.pk} for {self.verb} {self.object_type}:{self.object_id}"

    @staticmethod
    def digest(salt: str, text: str) -> str:
        return hashlib.sha256((salt + text).encode()).hexdigest()


class IdempotencyKey(models.Model):
    """An ``Idempotency-Key`` a user sent with an upload: a retry with the same key (within
    ``pool.services.idempotency.KEY_TTL``) answers with the dataset the first request created."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    key = models.CharField(max_length=255)
    request_hash = models.CharField(max_length=64, help_text="SHA-256 of the request's fields and file")
    dataset = models.ForeignKey(Dataset, null=True, on_delete=models.CASCADE, related_name="+")
    created_at = models.DateTimeField(default=timezone.now, db_index=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "key"], name="idempotency_key_unique_per_user")
        ]

    def __str__(self) -> str:
        return f"{self.user_id}:{self.key}"
