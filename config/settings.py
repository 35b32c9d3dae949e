"""Shoal settings: one module, driven by environment variables (DESIGN.md §5).

With nothing set, Shoal runs on the embedded default: SQLite under ``var/``, Celery over kombu's
filesystem transport under ``var/broker``, files under ``var/media``. ``DATABASE_URL`` and
``REDIS_URL`` switch to PostgreSQL and Redis without code changes.
"""

from __future__ import annotations

import os
import re
import secrets
from datetime import timedelta
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import dj_database_url

from config import limits as task_limits
from config.env import ImproperlyConfiguredEnv, env_bool, env_float, env_int, env_list, env_str

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = Path(env_str("SHOAL_VAR_DIR", str(BASE_DIR / "var")))
VAR_DIR.mkdir(parents=True, exist_ok=True)

DEBUG = env_bool("DEBUG", False)


KEYS_FROM_FILES: list[str] = []


def _local_secret(name: str) -> str:
    """Read secret ``name`` from the environment, else from (or into) a private file under var/.

    The file default lets a fresh clone run with no configuration while never committing a key;
    production must set the variable (docker-compose.yml does) so every web and worker process shares
    one key: `manage.py check --deploy` warns about each key read from a file (common/checks.py).
    """
    value = env_str(name)
    if value:
        if len(value) < 32:
            raise ImproperlyConfiguredEnv(f"{name} must be at least 32 characters long")
        return value
    KEYS_FROM_FILES.append(name)  # `check --deploy` warns: production must share keys via the environment
    path = VAR_DIR / f"{name.lower()}.txt"
    if not path.exists():
        path.write_text(secrets.token_urlsafe(50))
        path.chmod(0o600)
    return path.read_text().strip()


SECRET_KEY = _local_secret("SECRET_KEY")
PSEUDONYM_KEY = _local_secret("PSEUDONYM_KEY")
AUDIT_KEY = _local_secret("AUDIT_KEY")
AUDIT_ANCHOR = Path(env_str("AUDIT_ANCHOR", str(VAR_DIR / "audit-anchor.log")))

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["localhost", "127.0.0.1", "[::1]", "testserver"])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [])
SITE_URL = env_str("SITE_URL", "http://localhost:8000")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "rest_framework",
    "django_filters",
    "drf_spectacular",
    "drf_spectacular_sidecar",  # Swagger UI and ReDoc served from our own static files, never a CDN
    "axes",
    "common",
    "contracts",
    "pool",
    "anonymize",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "csp.middleware.CSPMiddleware",
    "common.middleware.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "common.middleware.ApiErrorMiddleware",  # above CommonMiddleware: APPEND_SLASH redirects come first
    "common.uploads.UploadSizeLimitMiddleware",  # before anything reads a body (CSRF reads the form's)
    "common.middleware.FailedAuthenticationMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "axes.middleware.AxesMiddleware",  # turns a lockout into common.auth.lockout_response
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "pool.context_processors.unread_notices",
            ],
        },
    },
]

# --- database -------------------------------------------------------------------------------
DATABASE_URL = env_str("DATABASE_URL", f"sqlite:///{VAR_DIR / 'shoal.sqlite3'}")
DATABASES = {"default": dj_database_url.parse(DATABASE_URL, conn_max_age=env_int("DB_CONN_MAX_AGE", 0))}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL and IMMEDIATE transactions let the web server and the worker share one SQLite file.
    DATABASES["default"]["OPTIONS"] = {
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        "transaction_mode": "IMMEDIATE",
        "timeout": 30,
    }
    # A file, not shared-cache memory: the test process and its in-thread Celery worker then lock
    # rows through SQLite's busy timeout instead of failing with "database table is locked".
    # Named per process so that two test runs on one checkout do not share a database.
    DATABASES["default"]["TEST"] = {"NAME": str(VAR_DIR / f"test-shoal-{os.getpid()}.sqlite3")}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- cache ----------------------------------------------------------------------------------
# Holds the API rate-limit counters: Redis when REDIS_URL is set, so every web process shares them;
# otherwise this process's memory (the embedded default runs one process).
REDIS_URL = env_str("REDIS_URL")
# This deployment's names in a Redis it may share: the cache key prefix and the Celery queue. A test
# run sets its own (tests/isolation.py), so it never reads a running app's cache nor takes its tasks.
SHOAL_CACHE_PREFIX = env_str("SHOAL_CACHE_PREFIX", "shoal")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": SHOAL_CACHE_PREFIX,
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "shoal"}}

# --- broker (Celery) ------------------------------------------------------------------------
BROKER_DIR = VAR_DIR / "broker"
if REDIS_URL:
    CELERY_BROKER_URL = REDIS_URL
    CELERY_BROKER_TRANSPORT_OPTIONS: dict[str, object] = {"visibility_timeout": 3600}
else:
    for sub in ("queue", "processed", "control"):
        (BROKER_DIR / sub).mkdir(parents=True, exist_ok=True)
    CELERY_BROKER_URL = "filesystem://localhost/"
    CELERY_BROKER_TRANSPORT_OPTIONS = {
        "data_folder_in": str(BROKER_DIR / "queue"),
        "data_folder_out": str(BROKER_DIR / "queue"),
        "processed_folder": str(BROKER_DIR / "processed"),
        "control_folder": str(BROKER_DIR / "control"),  # kombu's default is ./control in the cwd
        "store_processed": False,
    }
CELERY_TASK_DEFAULT_QUEUE = env_str("SHOAL_TASK_QUEUE", "celery")
CELERY_TASK_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_TASK_IGNORE_RESULT = True  # task state lives in our models, not a result backend
CELERY_RESULT_BACKEND = None
CELERY_TASK_ALWAYS_EAGER = env_bool("CELERY_TASK_ALWAYS_EAGER", False)
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_ACKS_ON_FAILURE_OR_TIMEOUT = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True  # a killed worker's acks_late task is redelivered
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
CELERY_BEAT_SCHEDULE_FILENAME = str(VAR_DIR / "celerybeat-schedule")
CELERY_BEAT_SCHEDULE = {
    "retention-sweep": {"task": "pool.tasks.retention_sweep_task", "schedule": 3600.0},
    "storage-reconcile": {"task": "pool.tasks.storage_reconcile_task", "schedule": 3600.0},
    "corpora-refresh": {"task": "pool.tasks.corpora_refresh_task", "schedule": 900.0},
}
# Task time limits and claim leases are parsed in config/limits.py; pool reads them from here
# (import-linter: pool imports no `config`). SHOAL_TIME_LIMITS maps a kind ("scan", "anonymisation",
# "pool", "sweep", "notice") to its TimeLimit (``soft``, ``hard`` seconds, ``describe()``).
SHOAL_TIME_LIMITS = task_limits.TIME_LIMITS
SHOAL_CLAIM_LEASE_SECONDS = task_limits.CLAIM_LEASE_SECONDS
SHOAL_CLAIM_HEARTBEAT_SECONDS = task_limits.CLAIM_HEARTBEAT_SECONDS
SHOAL_CLAIM_MAX_INTERRUPTIONS = task_limits.CLAIM_MAX_INTERRUPTIONS
SHOAL_CLAIMS_SWEEP_SECONDS = task_limits.CLAIMS_SWEEP_SECONDS

# --- storage --------------------------------------------------------------------------------
STORAGE_URL = env_str("STORAGE_URL", f"file://{VAR_DIR / 'media'}")
_storage = urlparse(STORAGE_URL)
if _storage.scheme == "file":
    MEDIA_ROOT = Path(_storage.path)
    MEDIA_ROOT.mkdir(parents=True, exist_ok=True)
    _default_storage: dict[str, object] = {
        "BACKEND": "django.core.files.storage.FileSystemStorage",
        "OPTIONS": {"location": str(MEDIA_ROOT), "base_url": None},
    }
elif _storage.scheme == "s3":
    _query = {key: values[-1] for key, values in parse_qs(_storage.query).items()}
    MEDIA_ROOT = VAR_DIR / "media"
    _default_storage = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": _storage.netloc,
            "endpoint_url": _query.get("endpoint_url") or None,
            "region_name": _query.get("region") or None,
            "access_key": env_str("AWS_ACCESS_KEY_ID") or None,
            "secret_key": env_str("AWS_SECRET_ACCESS_KEY") or None,
            "default_acl": "private",
            "querystring_auth": True,
            "file_overwrite": True,
        },
    }
else:
    raise ImproperlyConfiguredEnv(f"STORAGE_URL must be file:// or s3://, got {STORAGE_URL!r}")
MEDIA_URL = "/media-not-served/"  # nothing under MEDIA_ROOT is ever served directly
STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
# The site's own stylesheet and scripts (templates/base.html); no CDN.
STATICFILES_DIRS = [BASE_DIR / "static"]
# With DEBUG (make run, the tests) WhiteNoise serves the apps' static files straight from their
# folders, without collectstatic; the test runner turns settings.DEBUG off, so say it explicitly.
WHITENOISE_USE_FINDERS = DEBUG
WHITENOISE_AUTOREFRESH = DEBUG
STATIC_ROOT.mkdir(exist_ok=True)
STORAGES = {
    "default": _default_storage,
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
        if not DEBUG and env_bool("SHOAL_MANIFEST_STATIC", True)
        else "django.contrib.staticfiles.storage.StaticFilesStorage"
    },
}
FILE_UPLOAD_MAX_MEMORY_SIZE = 2 * 1024 * 1024
DATA_UPLOAD_MAX_MEMORY_SIZE = 10 * 1024 * 1024  # the form fields besides files
SHOAL_MAX_UPLOAD_BYTES = env_int("SHOAL_MAX_UPLOAD_BYTES", 512 * 1024 * 1024)
# Files stream to a temporary file that is refused at the first byte past SHOAL_MAX_UPLOAD_BYTES
# (common/uploads.py); its directory is the system's unless SHOAL_UPLOAD_TEMP_DIR names one.
FILE_UPLOAD_HANDLERS = ["common.uploads.LimitedUploadHandler"]
FILE_UPLOAD_TEMP_DIR = env_str("SHOAL_UPLOAD_TEMP_DIR") or None
RAW_RETENTION_DAYS = env_int("RAW_RETENTION_DAYS", 30)

# --- anonymisation -------------------------------------------------------------------------
# A table whose raw file is at least this large, with more records than a part holds, is anonymised
# in parts of SHOAL_PART_ROWS records, each its own Celery task (DESIGN §3).
SHOAL_SPLIT_MIN_BYTES = env_int("SHOAL_SPLIT_MIN_BYTES", 32 * 1024 * 1024)
SHOAL_PART_ROWS = env_int("SHOAL_PART_ROWS", 200_000)

# --- corpus builds --------------------------------------------------------------------------
SHOAL_BUILD_DEBOUNCE_SECONDS = env_int("SHOAL_BUILD_DEBOUNCE_SECONDS", 30)
SHOAL_SHARD_ROWS = env_int("SHOAL_SHARD_ROWS", 100_000)
SHOAL_POOL_MAX_SUPPRESSION = env_float("SHOAL_POOL_MAX_SUPPRESSION", 0.05)
SHOAL_POOL_MAX_INFORMATION_LOSS = env_float("SHOAL_POOL_MAX_INFORMATION_LOSS", 0.75)

# --- downloads (pool/services/downloads.py) -------------------------------------------------
# An allowed download decision is reused this many seconds per (user, version file); any change to a
# grant, consent, version or membership voids every cached decision at once (0 turns the cache off).
SHOAL_DOWNLOAD_AUTH_TTL = env_int("SHOAL_DOWNLOAD_AUTH_TTL", 60)
# Ranged reads of one file by one token leave one DownloadEvent per window (whole-file GETs: each).
SHOAL_DOWNLOAD_EVENT_WINDOW = env_int("SHOAL_DOWNLOAD_EVENT_WINDOW", 3600)
# Behind nginx (docker-compose.yml, deploy/nginx/): the app checks, nginx sends the bytes from these
# internal locations (local files; S3/MinIO objects by presigned URL). Off: gunicorn's sendfile for
# local files, a redirect to a presigned URL for S3.
SHOAL_ACCEL_REDIRECT = env_bool("SHOAL_ACCEL_REDIRECT", False)
SHOAL_ACCEL_FILES_PREFIX = env_str("SHOAL_ACCEL_FILES_PREFIX", "/_protected/files/")
SHOAL_ACCEL_S3_PREFIX = env_str("SHOAL_ACCEL_S3_PREFIX", "/_protected/s3/")

# --- auth -----------------------------------------------------------------------------------
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
AUTHENTICATION_BACKENDS = [
    "common.auth.LoginLockoutBackend",  # django-axes: first, so a locked-out client never gets further
    "django.contrib.auth.backends.ModelBackend",
]
# Login lockout (django-axes, database handler): after AXES_FAILURE_LIMIT failed logins for one
# username from one address, that pair is refused, right password or not, until the cool-off has
# passed since its last failure (web login and admin alike). The pair, not the username alone, so
# that nobody can lock a member out from elsewhere; not the address alone, so that an office behind
# one NAT address is not locked out by one person's typos.
AXES_FAILURE_LIMIT = env_int("SHOAL_LOGIN_FAILURE_LIMIT", 10)
AXES_COOLOFF_TIME = timedelta(minutes=env_int("SHOAL_LOGIN_COOLOFF_MINUTES", 30))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "common.auth.lockout_response"
AXES_CLIENT_IP_CALLABLE = "common.throttling.client_ip"  # the same address the API throttles see
AXES_DISABLE_ACCESS_LOG = True  # data minimisation: failed attempts are kept (passwords masked), logins not
LOGIN_URL = "/accounts/login/"
LOGIN_REDIRECT_URL = "/"
LOGOUT_REDIRECT_URL = "/accounts/login/"

_RATE = re.compile(r"^\d+/(s|sec|second|m|min|minute|h|hour|d|day)$")


def _env_rate(name: str, default: str) -> str:
    """A DRF rate such as ``120/min``; anything else stops start-up."""
    value = env_str(name, default).strip()
    if not _RATE.match(value):
        raise ImproperlyConfiguredEnv(f"{name} must be a rate such as 120/min, got {value!r}")
    return value


REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "pool.api.auth.TokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "DEFAULT_FILTER_BACKENDS": ["django_filters.rest_framework.DjangoFilterBackend"],
    "DEFAULT_PAGINATION_CLASS": "rest_framework.pagination.PageNumberPagination",
    "PAGE_SIZE": 50,
    "EXCEPTION_HANDLER": "common.errors.api_exception_handler",
    # Per user (any of its tokens, or its session) and, without credentials, per client address; the
    # auth_failure rate counts refused credentials per address (common.middleware). 429s carry
    # Retry-After. Downloads by range requests are many: the user rate leaves room for them.
    "DEFAULT_THROTTLE_CLASSES": ["common.throttling.UserRateThrottle", "common.throttling.AnonRateThrottle"],
    "DEFAULT_THROTTLE_RATES": {
        "user": _env_rate("SHOAL_THROTTLE_USER", "1200/min"),
        "anon": _env_rate("SHOAL_THROTTLE_ANON", "120/min"),
        "auth_failure": _env_rate("SHOAL_THROTTLE_AUTH_FAILURES", "20/min"),
    },
    # Proxies in front of the app whose X-Forwarded-For is trusted; 0 uses the peer address.
    "NUM_PROXIES": env_int("SHOAL_NUM_PROXIES", 0),
}
SPECTACULAR_SETTINGS = {
    "TITLE": "Shoal API",
    "DESCRIPTION": "Contribute datasets, request access to pooled corpora, download versions.",
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "POSTPROCESSING_HOOKS": [
        "drf_spectacular.hooks.postprocess_schema_enums",
        "common.schema.add_error_responses",
    ],
    # Swagger UI and ReDoc come from drf-spectacular-sidecar's static files: nothing leaves the host.
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    "SWAGGER_UI_SETTINGS": {"deepLinking": True, "validatorUrl": None},
}

# --- i18n -----------------------------------------------------------------------------------
LANGUAGE_CODE = "en-gb"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

# Webhook targets may be private addresses only when listed here (tests, on-premises receivers).
SHOAL_WEBHOOK_ALLOWED_HOSTS = env_list("SHOAL_WEBHOOK_ALLOWED_HOSTS", [])

EMAIL_BACKEND = env_str("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "shoal@localhost")

# --- production hardening (DEBUG=0) ---------------------------------------------------------
if not DEBUG:
    SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
    SECURE_REDIRECT_EXEMPT = [r"^healthz$"]  # probes from inside the network speak plain HTTP
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SESSION_COOKIE_SECURE = env_bool("SESSION_COOKIE_SECURE", True)
    CSRF_COOKIE_SECURE = env_bool("CSRF_COOKIE_SECURE", True)
    SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 31536000)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True
    SECURE_CONTENT_TYPE_NOSNIFF = True
    SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"

# Content-Security-Policy (django-csp). Pages load only their own scripts and styles; inline styles
# are allowed (templates use style attributes), inline scripts only by hash. SHOAL_CSP_SCRIPT_HASHES
# lists the hash of each inline <script> in templates/ (tests/api/test_security_headers.py checks).
# The API docs pages load Swagger UI and ReDoc from our static files (drf-spectacular-sidecar).
SHOAL_CSP_SCRIPT_HASHES: list[str] = []  # no template has an inline script today
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'", *SHOAL_CSP_SCRIPT_HASHES],
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
}
SHOAL_PERMISSIONS_POLICY: dict[str, list[str]] = {
    feature: []
    for feature in (
        "accelerometer",
        "autoplay",
        "browsing-topics",
        "camera",
        "display-capture",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "payment",
        "usb",
    )
}

# One line per record on stderr: JSON objects in production (SHOAL_LOG_FORMAT=json, the default with
# DEBUG=0), text with the record's fields as key=value in development. Workers use this too
# (config/celery.py), so every task's line (common/tasklog.py) is JSON there.
SHOAL_LOG_FORMAT = env_str("SHOAL_LOG_FORMAT", "text" if DEBUG else "json")
if SHOAL_LOG_FORMAT not in ("json", "text"):
    raise ImproperlyConfiguredEnv(f"SHOAL_LOG_FORMAT must be json or text, got {SHOAL_LOG_FORMAT!r}")
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"no_personal_data": {"()": "common.logging.DropPersonalDataFilter"}},
    "formatters": {
        "json": {"()": "common.logging.JsonFormatter"},
        "text": {
            "()": "common.logging.KeyValueFormatter",
            "format": "[%(asctime)s: %(levelname)s/%(processName)s] %(name)s: %(message)s",
        },
    },
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "filters": ["no_personal_data"],
            "formatter": SHOAL_LOG_FORMAT,
        }
    },
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "INFO")},
    "loggers": {"presidio-analyzer": {"level": "ERROR"}, "presidio-anonymizer": {"level": "ERROR"}},
}
