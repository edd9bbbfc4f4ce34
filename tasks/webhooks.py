"""The webhook delivery task (``zhibiao.webhook``): POST the body to the callback URL, signed,
retried with exponential backoff on anything but 2xx and on connection errors for at least
``ZHIBIAO_WEBHOOK_RETRY_S``; each attempt recorded on the job or batch (``core.store``).

The target is checked again here, after resolving its name (``core.webhooks.check``), and the
request goes to the checked address (the name only in ``Host`` and TLS SNI/certificate check):
no second resolution a DNS answer could change; no redirect is followed; no proxy from the
environment is used. The message is queued by ``core.webhooks`` (built without Celery)."""
from __future__ import annotations

import logging

import httpx
from celery import shared_task

from core.messages import WEBHOOK_TASK
from core.settings import get_settings
from core.webhooks import (
    SIGNATURE_HEADER,
    Allow,
    Refused,
    Resolver,
    backoff,
    check,
    max_retries,
    system_resolver,
)
from core.webhooks import sign as _sign

from .runtime import get_store

log = logging.getLogger("zhibiao.webhook")


def post(url: str, body: bytes, allow: Allow, secret: str | None, timeout_s: float,
         resolver: Resolver = system_resolver,
         transport: httpx.BaseTransport | None = None) -> int:
    """One delivery attempt: the HTTP status, or ``Refused`` (not sent) or an httpx error."""
    target = check(url, allow, resolver)
    headers = {"Content-Type": "application/json", "Host": target.host_header(),
               "User-Agent": "zhibiao-webhook"}
    if secret:
        headers[SIGNATURE_HEADER] = _sign(body, secret)
    extensions = {"sni_hostname": target.host} if target.scheme == "https" else {}
    with httpx.Client(timeout=httpx.Timeout(timeout_s, connect=min(5.0, timeout_s)),
                      follow_redirects=False, trust_env=False, transport=transport) as client:
        r = client.post(target.pinned_url(), content=body, headers=headers,
                        extensions=extensions)
        return r.status_code


@shared_task(name=WEBHOOK_TASK, bind=True, acks_late=True, ignore_result=True,
             max_retries=None)
def deliver(self, kind: str, oid: str, url: str, body: str) -> str:
    s = get_settings()
    store = get_store()
    attempt = self.request.retries + 1
    secret = s.webhook_secret.get_secret_value() if s.webhook_secret else None
    try:
        status = post(url, body.encode("utf-8"), Allow.parse(s.webhook_allow), secret,
                      s.webhook_timeout_s)
        error = None
    except Refused as e:  # refused at delivery time: never sent, never retried
        store.record_hook_attempt(kind, oid, {"attempt": attempt, "status": None,
                                              "error": f"callback_not_allowed: {e}"})
        log.warning("webhook of %s %s refused at delivery: %s", kind, oid, e)
        return "refused"
    except httpx.HTTPError as e:
        status, error = None, f"{e.__class__.__name__}: {e}"[:300]
    store.record_hook_attempt(kind, oid, {"attempt": attempt, "status": status, "error": error})
    if status is not None and 200 <= status < 300:
        log.info("webhook of %s %s delivered (attempt %d)", kind, oid, attempt)
        return "delivered"
    limit = max_retries(s.webhook_backoff_s, s.webhook_wait_max_s, s.webhook_retry_s)
    if self.request.retries >= limit:
        log.error("webhook of %s %s: giving up after %d attempts", kind, oid, attempt)
        store.record_hook_attempt(kind, oid, {"attempt": attempt, "status": None,
                                              "error": "gave up"})
        return "failed"
    wait = backoff(self.request.retries, s.webhook_backoff_s, s.webhook_wait_max_s)
    log.warning("webhook of %s %s: attempt %d answered %s; again in %.1f s", kind, oid, attempt,
                status if status is not None else error, wait)
    raise self.retry(countdown=wait, max_retries=limit)
