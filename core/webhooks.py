"""Webhooks (``callback_url``): which targets may be called (the SSRF check, at submit and again
at delivery), the signature, the retry schedule, and queueing the delivery when a job or a batch
becomes final. The delivery itself is the Celery task ``tasks.webhooks.deliver``; its message is
built here (``core.messages.message``) so the API queues it without Celery.

A target is refused unless its scheme is http(s), it carries no credentials, its name resolves,
and EVERY address it resolves to is allowed: a global (public) address, or one listed in
``ZHIBIAO_WEBHOOK_ALLOW`` (hosts, IP addresses or CIDRs, comma-separated; a listed host name is
allowed whatever it resolves to). Loopback, private, link-local, multicast, reserved,
unspecified and other non-global addresses are refused by default. The delivery resolves the
name again, checks again, and connects to the checked address (no second resolution).
"""
from __future__ import annotations

import hashlib
import hmac
import ipaddress
import json
import logging
import socket
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from .messages import WEBHOOK_TASK, message

log = logging.getLogger("zhibiao.webhook")

IP = ipaddress.IPv4Address | ipaddress.IPv6Address
Resolver = Callable[[str, int], Iterable[str]]
MAX_URL = 2000
SIGNATURE_HEADER = "X-Zhibiao-Signature"


class Refused(ValueError):
    """The target may not be called (the message says why)."""


@dataclass(frozen=True)
class Allow:
    """``ZHIBIAO_WEBHOOK_ALLOW`` parsed: host names and networks allowed although not global."""
    hosts: frozenset[str] = frozenset()
    nets: tuple[ipaddress.IPv4Network | ipaddress.IPv6Network, ...] = field(default=())

    @classmethod
    def parse(cls, spec: str) -> Allow:
        """>>> a = Allow.parse("127.0.0.1, 10.0.0.0/8 ,Hooks.Internal.")
        >>> sorted(a.hosts), [str(n) for n in a.nets]
        (['hooks.internal'], ['127.0.0.1/32', '10.0.0.0/8'])
        """
        hosts, nets = set(), []
        for item in (x.strip() for x in spec.split(",")):
            if not item:
                continue
            try:
                nets.append(ipaddress.ip_network(item.strip("[]"), strict=False))
            except ValueError:
                hosts.add(item.lower().rstrip("."))
        return cls(frozenset(hosts), tuple(nets))

    def allows_ip(self, ip: IP) -> bool:
        return any(ip.version == n.version and ip in n for n in self.nets)


def refused_reason(ip: IP) -> str | None:
    """Why an address is refused by default (None: a global address).

    >>> [refused_reason(ipaddress.ip_address(a)) for a in
    ...  ("127.0.0.1", "10.0.0.1", "169.254.169.254", "::1", "0.0.0.0", "8.8.8.8")]
    ['loopback', 'private', 'link-local', 'loopback', 'unspecified', None]
    >>> refused_reason(ipaddress.ip_address("::ffff:127.0.0.1")), \\
    ...     refused_reason(ipaddress.ip_address("100.64.0.1"))
    ('loopback', 'not global')
    """
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    for reason in ("loopback", "unspecified", "link_local", "multicast", "reserved", "private"):
        if getattr(ip, f"is_{reason}"):
            return reason.replace("_", "-")
    if not ip.is_global:
        return "not global"
    return None


def system_resolver(host: str, port: int) -> list[str]:
    """Every address ``host`` resolves to (the system's resolver)."""
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


@dataclass(frozen=True)
class Target:
    """A checked target: where to connect (``ip``), and what to say (``host``, ``url``)."""
    url: str
    scheme: str
    host: str  # the name as in the URL (lower case, IDNA), for Host and TLS
    port: int
    ip: IP
    path: str  # path and query

    def pinned_url(self) -> str:
        """The URL with the checked address in place of the name."""
        h = f"[{self.ip}]" if self.ip.version == 6 else str(self.ip)
        return f"{self.scheme}://{h}:{self.port}{self.path}"

    def host_header(self) -> str:
        default = 443 if self.scheme == "https" else 80
        h = f"[{self.host}]" if ":" in self.host else self.host
        return h if self.port == default else f"{h}:{self.port}"


def check(url: str, allow: Allow, resolver: Resolver = system_resolver) -> Target:
    """The target of ``url`` if it may be called, else ``Refused``: a pure function of the URL,
    the allow list and what the resolver answers.

    >>> stub = {"hooks.example": ["93.184.216.34"], "evil.example": ["10.0.0.1"]}
    >>> r = lambda host, port: stub.get(host) or ([host] if host[0].isdigit() else [])
    >>> check("https://hooks.example/x?y=1", Allow(), r).pinned_url()
    'https://93.184.216.34:443/x?y=1'
    >>> check("http://evil.example/", Allow(), r)
    Traceback (most recent call last):
    core.webhooks.Refused: evil.example resolves to 10.0.0.1 (private)
    """
    if not isinstance(url, str) or not url or len(url) > MAX_URL:
        raise Refused(f"the URL must be 1 to {MAX_URL} characters")
    if any(ord(c) < 33 or ord(c) == 127 for c in url):
        raise Refused("the URL contains spaces or control characters")
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as e:
        raise Refused(f"not a valid URL: {e}") from None
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        raise Refused("only http and https URLs are allowed")
    if parts.username is not None or parts.password is not None or "@" in parts.netloc:
        raise Refused("credentials in the URL are not allowed")
    host = (parts.hostname or "").rstrip(".")
    if not host:
        raise Refused("the URL has no host")
    try:
        host = host.encode("idna").decode("ascii").lower()
    except UnicodeError:
        raise Refused("the host name is not valid") from None
    port = port or (443 if scheme == "https" else 80)
    try:
        addrs = [ipaddress.ip_address(a.split("%", 1)[0]) for a in resolver(host, port)]
    except (OSError, UnicodeError, ValueError):
        addrs = []
    if not addrs:
        raise Refused(f"{host} does not resolve")
    if host not in allow.hosts:
        for ip in addrs:
            reason = refused_reason(ip)
            if reason and not allow.allows_ip(ip):
                raise Refused(f"{host} resolves to {ip} ({reason})")
    path = parts.path or "/"
    if parts.query:
        path += "?" + parts.query
    return Target(url=url, scheme=scheme, host=host, port=port, ip=addrs[0], path=path)


def sign(body: bytes, secret: str) -> str:
    """The ``X-Zhibiao-Signature`` value: ``sha256=`` + hex HMAC-SHA256 of the raw body.

    >>> sign(b'{}', "k")
    'sha256=add853b103fbcc936a194f9eb15e29c4ff08af6e47d5d1bca4f20218e31e4fff'
    """
    return "sha256=" + hmac.new(secret.encode("utf-8"), body, hashlib.sha256).hexdigest()


def backoff(retries: int, base_s: float, max_s: float) -> float:
    """The wait before retry number ``retries`` + 1: doubling from ``base_s``, at most ``max_s``.

    >>> [backoff(n, 10, 120) for n in range(6)]
    [10, 20, 40, 80, 120, 120]
    """
    return min(base_s * 2 ** min(retries, 40), max_s)


def max_retries(base_s: float, max_s: float, window_s: float) -> int:
    """Retries whose waits add up to at least ``window_s``.

    >>> max_retries(10, 120, 3600), sum(backoff(n, 10, 120) for n in range(max_retries(10, 120, 3600)))
    (33, 3630)
    """
    n, total = 0, 0.0
    while total < window_s:
        total += backoff(n, base_s, max_s)
        n += 1
    return n


# --------------------------------------------------------------------------------------------
# queueing a delivery when something became final (the worker's task, its recovery, the API's
# cancel: wherever a transition to a final state was accepted)

def job_finished(store, jid: str, default_queue: str) -> None:
    """Queue the job's webhook (if it has a callback) and its batch's (if the batch is done)."""
    from .many import Many

    try:
        url, batch, queue = store.hook_info(jid)
        queue = queue or default_queue
        if url:
            job = store.get(jid)
            if job is not None:
                body = json.dumps({"event": "job.finished", "job": job.public()},
                                  ensure_ascii=False)
                store.enqueue(*message(WEBHOOK_TASK, ["job", jid, url, body], queue))
        if batch:
            batch_check(store, Many(store), batch, queue)
    except Exception:  # the job is final whatever happens to its webhook
        log.exception("could not queue the webhook of job %s", jid)


def batch_check(store, many, bid: str, queue: str) -> bool:
    """Queue the batch's webhook once when it has a callback, its upload is over and every job
    is final (whoever sees that first after its own change wins ``claim_batch_hook``)."""
    url = store.batch_hook_ready(bid)
    if not url:
        return False
    b = many.get_batch(bid)
    if b is None:
        return False
    status = many.batch_status(b)
    if status["counts"]["queued"] or status["counts"]["running"]:
        return False
    if not store.claim_batch_hook(bid):
        return False
    body = json.dumps({"event": "batch.finished", "batch": status}, ensure_ascii=False)
    store.enqueue(*message(WEBHOOK_TASK, ["batch", bid, url, body], queue))
    return True


def warn_unsigned(secret, who: str) -> None:
    if secret is None:
        log.warning("ZHIBIAO_WEBHOOK_SECRET is not set: %s sends webhooks UNSIGNED (receivers"
                    " cannot tell them from forgeries)", who)
