"""Notices to organisations: stored for the UI and API, then e-mailed and POSTed to a webhook.

Delivery happens after the transaction that created the notice commits (a Celery task per notice), so
a rolled-back decision never mails anyone. Each channel is claimed with a compare-and-set, so a
retried task sends each channel at most once; a transient failure (mail server down, webhook timeout,
connection refused, 5xx or 429) raises `NoticeDeliveryIncomplete`, which the task retries with
exponential backoff. Subjects and bodies name corpora, versions and datasets by id or title, never
people.

**Webhooks** go out with httpx: no redirects followed, a timeout on every phase, no proxy from the
environment. The target host is resolved once, every address it resolves to must be public (or the
host listed in ``SHOAL_WEBHOOK_ALLOWED_HOSTS``), and the connection goes to the checked address (the
``Host`` header and TLS server name carry the host name), so neither a redirect nor a second DNS
answer can point the request into the pool's own network.
"""

from __future__ import annotations

import ipaddress
import logging
import socket
from typing import Any

import httpx
from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.db.models import QuerySet
from django.utils import timezone

from common.errors import ApplicationError, TransientError
from contracts.audit import audit_log
from pool.models import CorpusVersion, Notice, Organization
from pool.selectors import organizations_for_user, visible_to

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


class NoticeDeliveryIncomplete(TransientError):
    """A channel failed for a reason that may pass (the task retries with backoff)."""


class WebhookRefused(Exception):
    """The webhook target is not a public http(s) host, or answered in a way never retried."""


def _is_public(address: str) -> bool:
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_global


def webhook_address(url: str) -> str:
    """Resolve the host of ``url`` once and return the address to connect to.

    Organisations set their own webhook URL, so without this check a notice could be made to POST
    into the pool's own network (database, broker, object storage, cloud metadata). Every address the
    host resolves to must be public unless the host is listed in ``SHOAL_WEBHOOK_ALLOWED_HOSTS``
    (tests, on-premises receivers). Raises `WebhookRefused` for a refused target and ``OSError`` when
    the name does not resolve.
    """
    try:
        parsed = httpx.URL(url)
    except httpx.InvalidURL as exc:
        raise WebhookRefused("not a valid URL") from exc
    if parsed.scheme not in ("http", "https") or not parsed.host:
        raise WebhookRefused("not an http(s) URL")
    host = parsed.raw_host.decode("ascii")
    port = parsed.port or (443 if parsed.scheme == "https" else 80)
    infos = socket.getaddrinfo(host, port, proto=socket.IPPROTO_TCP)
    addresses = [str(info[4][0]) for info in infos]
    if not addresses:
        raise OSError("no address")
    if host not in settings.SHOAL_WEBHOOK_ALLOWED_HOSTS and not all(_is_public(a) for a in addresses):
        raise WebhookRefused("the host resolves into a private network")
    return addresses[0]


def webhook_target_allowed(url: str) -> bool:
    """Whether ``url`` may receive webhooks now: http(s) to a host whose every address is public."""
    try:
        webhook_address(url)
    except (WebhookRefused, OSError, ValueError):
        return False
    return True


def webhook_post(url: str, payload: dict[str, Any]) -> None:
    """POST ``payload`` as JSON to ``url`` through the address `webhook_address` checked.

    Returns on a 2xx answer. Raises `WebhookRefused` for a refused target, a redirect or another 4xx
    (retrying cannot help) and `NoticeDeliveryIncomplete` for what may pass (DNS failure, timeout,
    connection error, 429, 5xx).
    """
    try:
        address = webhook_address(url)
    except OSError as exc:
        raise NoticeDeliveryIncomplete(f"webhook host did not resolve ({type(exc).__name__})") from exc
    except ValueError as exc:  # httpx.InvalidURL, ipaddress and IDNA (UnicodeError) errors
        raise WebhookRefused(type(exc).__name__) from exc
    target = httpx.URL(url)
    extensions = {"sni_hostname": target.raw_host.decode("ascii")} if target.scheme == "https" else {}
    headers = {
        "Host": target.netloc.decode("ascii"),
        "Content-Type": "application/json",
        "User-Agent": "shoal-notices/1",
    }
    with httpx.Client(follow_redirects=False, timeout=WEBHOOK_TIMEOUT_SECONDS, trust_env=False) as client:
        try:
            response = client.post(
                target.copy_with(host=address), json=payload, headers=headers, extensions=extensions
            )
        except httpx.HTTPError as exc:  # connect, read and write errors and timeouts
            raise NoticeDeliveryIncomplete(f"webhook request failed ({type(exc).__name__})") from exc
    if response.is_success:
        return
    if response.status_code == 429 or response.status_code >= 500:
        raise NoticeDeliveryIncomplete(f"webhook answered {response.status_code}")
    if response.is_redirect:
        raise WebhookRefused(f"webhook answered {response.status_code}: redirects are not followed")
    raise WebhookRefused(f"webhook answered {response.status_code}")


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


def notice_deliver(*, notice_id: int) -> dict[str, int]:
    """E-mail the organisation's contact and POST the webhook, each channel at most once.

    Returns what this run sent (``emailed``, ``webhook`` as 0/1) for the task's log line. Raises
    `NoticeDeliveryIncomplete` after trying both channels when one failed in a way that may pass;
    the channel that succeeded stays claimed, so the retry sends only the other.
    """
    notice = Notice.objects.select_related("organization", "corpus_version__corpus").get(pk=notice_id)
    organization = notice.organization
    sent = {"emailed": 0, "webhook": 0}
    transient: list[str] = []
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
            sent["emailed"] = 1
        except OSError as exc:
            Notice.objects.filter(pk=notice_id).update(emailed_at=None)
            logger.warning("notice %s e-mail failed: %s", notice_id, type(exc).__name__)
            transient.append("e-mail")
    if organization.webhook_url and notice.webhook_delivered_at is None:
        try:
            webhook_post(organization.webhook_url, notice_payload(notice))
        except WebhookRefused as exc:
            logger.warning("notice %s webhook refused: %s", notice_id, exc)
        except NoticeDeliveryIncomplete as exc:
            logger.warning("notice %s webhook failed: %s", notice_id, exc)
            transient.append("webhook")
        else:
            sent["webhook"] = Notice.objects.filter(pk=notice_id, webhook_delivered_at__isnull=True).update(
                webhook_delivered_at=timezone.now()
            )
    if transient:
        raise NoticeDeliveryIncomplete(f"notice {notice_id}: {' and '.join(transient)} to retry")
    return sent


def notices_for_user(user: Any) -> QuerySet[Notice]:
    """Notices of every organisation the user belongs to (compliance officers included: their own org)."""
    notices = Notice.objects.select_related("organization", "corpus_version__corpus")
    return visible_to(user, notices, officers_see_all=False)


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
