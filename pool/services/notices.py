"""Notices to organisations: stored for the UI and API, then e-mailed and POSTed to a webhook.

Delivery happens after the transaction that created the notice commits (a Celery task per notice), so
a rolled-back decision never mails anyone. Delivery is best effort and claimed with a compare-and-set
per channel, so a retried task sends each channel at most once. Subjects and bodies name corpora,
versions and datasets by id or title, never people.
"""

from __future__ import annotations

import ipaddress
import json
import logging
import socket
import urllib.request
from typing import Any
from urllib.parse import urlparse

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.db.models import QuerySet
from django.utils import timezone

from common.errors import ApplicationError
from contracts.audit import audit_log
from pool.models import CorpusVersion, Notice, Organization
from pool.selectors import organizations_for_user

logger = logging.getLogger(__name__)

WEBHOOK_TIMEOUT_SECONDS = 3.0


def notice_send(
    *,
    organization: Organization,
    kind: str,
    subject: str,
    body: str,
    corpus_version: CorpusVersion | None = None,
) -> Notice:
    """Store a notice for ``organization`` and queue its e-mail/webhook delivery on commit."""
    with transaction.atomic():
        notice = Notice.objects.create(
            organization=organization,
            kind=kind,
            subject=subject[:200],
            body=body,
            corpus_version=corpus_version,
        )
        audit_log(
            actor=None,
            verb="notice.created",
            obj=notice,
            payload={
                "kind": kind,
                "organization": organization.pk,
                "corpus_version": corpus_version.pk if corpus_version else None,
            },
        )
        from pool.tasks import notice_deliver_task

        transaction.on_commit(lambda: notice_deliver_task.delay(notice.pk), robust=True)
    return notice


def webhook_target_allowed(url: str) -> bool:
    """Whether ``url`` may receive webhooks: http(s) to a host whose every address is public.

    Organisations set their own webhook URL, so without this check a notice could be made to POST
    into the pool's own network (database, broker, object storage, cloud metadata). Tests and
    on-premises set-ups list allowed private hosts in ``SHOAL_WEBHOOK_ALLOWED_HOSTS``.
    """
    parsed = urlparse(url)
    if parsed.scheme not in ("http", "https") or not parsed.hostname:
        return False
    if parsed.hostname in settings.SHOAL_WEBHOOK_ALLOWED_HOSTS:
        return True
    try:
        infos = socket.getaddrinfo(parsed.hostname, parsed.port or 443, proto=socket.IPPROTO_TCP)
    except OSError:
        return False
    return all(ipaddress.ip_address(info[4][0]).is_global for info in infos)


def _post_webhook(url: str, payload: dict[str, Any]) -> bool:
    """POST ``payload`` as JSON; True on a 2xx answer. Only allowed http(s) targets are opened."""
    if not webhook_target_allowed(url):
        logger.warning("notice webhook refused: target is not a public http(s) host")
        return False
    request = urllib.request.Request(  # noqa: S310 - scheme checked above
        url,
        data=json.dumps(payload).encode(),
        headers={"Content-Type": "application/json", "User-Agent": "shoal-notices/1"},
        method="POST",
    )
    try:
        with urllib.request.urlopen(request, timeout=WEBHOOK_TIMEOUT_SECONDS) as response:  # noqa: S310
            return 200 <= response.status < 300
    except OSError as exc:  # URLError, HTTPError, timeouts
        logger.warning("notice webhook failed: %s", type(exc).__name__)
        return False


def notice_payload(notice: Notice) -> dict[str, Any]:
    """The JSON a webhook receives (the same fields the API shows)."""
    version = notice.corpus_version
    return {
        "id": notice.pk,
        "kind": notice.kind,
        "subject": notice.subject,
        "body": notice.body,
        "corpus": version.corpus.slug if version else None,
        "version": version.number if version else None,
        "created_at": notice.created_at.isoformat(),
    }


def notice_deliver(*, notice_id: int) -> None:
    """E-mail the organisation's contact and POST the webhook, each channel at most once."""
    notice = Notice.objects.select_related("organization", "corpus_version__corpus").get(pk=notice_id)
    organization = notice.organization
    if organization.contact_email and (
        Notice.objects.filter(pk=notice_id, emailed_at__isnull=True).update(emailed_at=timezone.now()) == 1
    ):
        try:
            send_mail(
                subject=f"[Shoal] {notice.subject}",
                message=notice.body,
                from_email=settings.DEFAULT_FROM_EMAIL,
                recipient_list=[organization.contact_email],
            )
        except OSError as exc:
            Notice.objects.filter(pk=notice_id).update(emailed_at=None)
            logger.warning("notice %s e-mail failed: %s", notice_id, type(exc).__name__)
    webhook = organization.webhook_url and notice.webhook_delivered_at is None
    if webhook and _post_webhook(organization.webhook_url, notice_payload(notice)):
        Notice.objects.filter(pk=notice_id, webhook_delivered_at__isnull=True).update(
            webhook_delivered_at=timezone.now()
        )


def notices_for_user(user: Any) -> QuerySet[Notice]:
    """Notices of every organisation the user belongs to (compliance officers included: their own org)."""
    return Notice.objects.filter(organization__in=organizations_for_user(user)).select_related(
        "organization", "corpus_version__corpus"
    )


def notice_acknowledge(*, notice: Notice, user: Any) -> bool:
    """A member of the notice's organisation acknowledges it (``read_at``); True the first time.

    A compare-and-set, so two clicks record one acknowledgement. Audited (ids and the kind): for an
    erasure notice it is the recipient's record of having been told (GDPR Art. 19).
    """
    if not organizations_for_user(user).filter(pk=notice.organization_id).exists():
        raise ApplicationError("Only a member of the notified organisation may acknowledge a notice.")
    with transaction.atomic():
        claimed = Notice.objects.filter(pk=notice.pk, read_at__isnull=True).update(read_at=timezone.now())
        if claimed:
            audit_log(
                actor=user,
                verb="notice.acknowledged",
                obj=notice,
                payload={"kind": notice.kind, "organization": notice.organization_id},
            )
    notice.refresh_from_db()
    return claimed == 1
