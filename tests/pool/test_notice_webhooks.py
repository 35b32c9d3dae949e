"""Notice webhooks: httpx with no redirects, the destination checked after resolution and used for the
connection, retries with backoff for what may pass, never for a refusal."""

from __future__ import annotations

import json
import socket
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, HTTPServer
from typing import Any

import pytest

from pool.models import Notice, Organization
from pool.services import notices
from pool.services.notices import NoticeDeliveryIncomplete, WebhookRefused, webhook_post
from pool.tasks import notice_deliver_task

pytestmark = pytest.mark.django_db


class Receiver:
    """A loopback HTTP server answering each POST with the next planned status (then 204)."""

    def __init__(self) -> None:
        self.requests: list[dict[str, Any]] = []
        self.answers: list[tuple[int, dict[str, str]]] = []
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers["Content-Length"]))
                receiver.requests.append(
                    {"path": self.path, "host": self.headers["Host"], "body": json.loads(body)}
                )
                status, headers = receiver.answers.pop(0) if receiver.answers else (204, {})
                self.send_response(status)
                for name, value in headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args: Any) -> None:
                pass

        self.server = HTTPServer(("127.0.0.1", 0), Handler)
        self.port = self.server.server_port
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def url(self, path: str = "/hook", host: str = "127.0.0.1") -> str:
        return f"http://{host}:{self.port}{path}"


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    server = Receiver()
    server.thread.start()
    try:
        yield server
    finally:
        server.server.shutdown()
        server.server.server_close()


@pytest.fixture
def resolver(monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """Answer DNS for ``*.hooks.example`` from a table (the test's DNS), counting the look-ups; any
    other name is resolved by the system."""
    table: dict[str, str] = {}
    calls: list[str] = []
    real = socket.getaddrinfo

    def getaddrinfo(host: str, port: Any, *args: Any, **kwargs: Any) -> Any:
        if host.endswith(".hooks.example"):
            calls.append(host)
            family = socket.AF_INET6 if ":" in table[host] else socket.AF_INET
            return [(family, socket.SOCK_STREAM, socket.IPPROTO_TCP, "", (table[host], port))]
        return real(host, port, *args, **kwargs)

    monkeypatch.setattr(notices.socket, "getaddrinfo", getaddrinfo)
    return {"table": table, "calls": calls}


def make_notice(org: Organization, url: str) -> Notice:
    Organization.objects.filter(pk=org.pk).update(webhook_url=url, contact_email="")
    return Notice.objects.create(organization=org, kind=Notice.Kind.GRANT, subject="Access granted", body="x")


@pytest.mark.parametrize("address", ["127.0.0.1", "10.0.0.5", "169.254.169.254", "::1", "::ffff:127.0.0.1"])
def test_a_dns_answer_into_the_private_network_is_refused_before_connecting(
    receiver: Receiver, resolver: dict[str, Any], address: str
) -> None:
    resolver["table"]["evil.hooks.example"] = address
    with pytest.raises(WebhookRefused, match="private network"):
        webhook_post(receiver.url(host="evil.hooks.example"), {"id": 1})
    assert receiver.requests == []  # the loopback receiver heard nothing


def test_the_connection_goes_to_the_address_that_was_checked_with_the_host_name_in_the_header(
    receiver: Receiver, resolver: dict[str, Any], settings: Any
) -> None:
    """Resolved once: a second DNS answer (rebinding) has no look-up to answer."""
    settings.SHOAL_WEBHOOK_ALLOWED_HOSTS = ["onprem.hooks.example"]
    resolver["table"]["onprem.hooks.example"] = "127.0.0.1"
    webhook_post(receiver.url(host="onprem.hooks.example"), {"id": 7})
    assert resolver["calls"] == ["onprem.hooks.example"]
    assert receiver.requests == [
        {"path": "/hook", "host": f"onprem.hooks.example:{receiver.port}", "body": {"id": 7}}
    ]


@pytest.mark.parametrize("location", ["http://10.0.0.5/x", "http://127.0.0.1:{port}/internal"])
def test_a_redirect_is_refused_not_followed(
    receiver: Receiver, settings: Any, world: dict[str, Any], location: str
) -> None:
    settings.SHOAL_WEBHOOK_ALLOWED_HOSTS = ["127.0.0.1"]
    receiver.answers = [(302, {"Location": location.format(port=receiver.port)})] * 3
    with pytest.raises(WebhookRefused, match="302"):
        webhook_post(receiver.url(), {"id": 1})
    assert [r["path"] for r in receiver.requests] == ["/hook"]

    notice = make_notice(world["lab"], receiver.url())
    result = notice_deliver_task.apply(args=[notice.pk])
    assert result.successful()  # a refusal is final: logged, not retried
    assert [r["path"] for r in receiver.requests] == ["/hook", "/hook"]
    notice.refresh_from_db()
    assert notice.webhook_delivered_at is None


def test_a_receiver_that_is_down_for_a_moment_gets_the_notice_on_a_retry(
    receiver: Receiver, settings: Any, world: dict[str, Any]
) -> None:
    settings.SHOAL_WEBHOOK_ALLOWED_HOSTS = ["127.0.0.1"]
    receiver.answers = [(503, {}), (429, {})]
    notice = make_notice(world["lab"], receiver.url())
    result = notice_deliver_task.apply(args=[notice.pk])  # eager: the retries run at once
    assert result.successful()
    assert [r["body"]["id"] for r in receiver.requests] == [notice.pk] * 3
    notice.refresh_from_db()
    assert notice.webhook_delivered_at is not None


def test_a_receiver_that_stays_down_fails_the_task_after_its_retries(
    receiver: Receiver, settings: Any, world: dict[str, Any]
) -> None:
    settings.SHOAL_WEBHOOK_ALLOWED_HOSTS = ["127.0.0.1"]
    receiver.answers = [(500, {})] * 10
    notice = make_notice(world["lab"], receiver.url())
    result = notice_deliver_task.apply(args=[notice.pk])
    assert result.failed() and isinstance(result.result, NoticeDeliveryIncomplete)
    assert len(receiver.requests) == 1 + notice_deliver_task.max_retries
    notice.refresh_from_db()
    assert notice.webhook_delivered_at is None


def test_the_retry_policy_backs_off_exponentially_for_transient_errors_only() -> None:
    assert notice_deliver_task.autoretry_for == (notices.TransientError,)
    assert issubclass(NoticeDeliveryIncomplete, notices.TransientError)
    assert not issubclass(WebhookRefused, notices.TransientError)
    assert (notice_deliver_task.retry_backoff, notice_deliver_task.retry_backoff_max) == (30, 600)
    assert notice_deliver_task.retry_jitter is True


def test_a_closed_port_is_a_transient_failure(settings: Any) -> None:
    settings.SHOAL_WEBHOOK_ALLOWED_HOSTS = ["127.0.0.1"]
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]  # bound, never listening: the connection is refused
        with pytest.raises(NoticeDeliveryIncomplete, match="ConnectError"):
            webhook_post(f"http://127.0.0.1:{port}/hook", {"id": 1})


@pytest.mark.parametrize(
    "url", ["ftp://93.184.216.34/hook", "http://[::1/hook", "file:///etc/passwd", "hook"]
)
def test_what_is_not_an_http_url_is_refused(url: str) -> None:
    with pytest.raises(WebhookRefused):
        webhook_post(url, {"id": 1})
