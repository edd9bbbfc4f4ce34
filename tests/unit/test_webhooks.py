"""The webhook target check (core.webhooks.check: pure, a stub resolver, no network), the
signature, the retry schedule, and a delivery refused after resolution (tasks.webhooks.post):
nothing is sent."""
from __future__ import annotations

import hashlib
import hmac

import httpx
import pytest

from core.webhooks import Allow, Refused, backoff, check, max_retries, sign
from tasks.webhooks import post

PUBLIC = "93.184.216.34"


def resolver(table: dict[str, list[str]]):
    calls: list[str] = []

    def resolve(host: str, port: int) -> list[str]:
        calls.append(host)
        if host in table:
            return table[host]
        if host[0].isdigit() or ":" in host:  # an address literal resolves to itself
            return [host]
        raise OSError("Name or service not known")

    resolve.calls = calls  # type: ignore[attr-defined]
    return resolve


STUB = resolver({"hooks.example": [PUBLIC], "localhost": ["127.0.0.1", "::1"],
                 "inside.example": ["10.1.2.3"], "mixed.example": [PUBLIC, "192.168.1.1"],
                 "mapped.example": ["::ffff:127.0.0.1"]})


@pytest.mark.parametrize("url", [
    "http://127.0.0.1/", "http://10.0.0.1/hook", "http://169.254.169.254/latest/meta-data/",
    "http://[::1]:8080/", "file:///etc/passwd", "http://localhost/", "http://0.0.0.0/",
    "http://2130706433/", "http://inside.example/", "http://mixed.example/",
    "http://mapped.example/", "http://224.0.0.1/", "http://100.64.0.1/", "gopher://hooks.example/",
    "ftp://hooks.example/", "http://user:pw@hooks.example/", "http://user@hooks.example/",
    "http://nowhere.invalid/", "http:///path", "http://hooks.example:99999/",
    "http://hooks.example/a b", "", "http://" + "a" * 2001,
])
def test_refused_by_default(url):
    with pytest.raises(Refused):
        check(url, Allow(), STUB)


def test_public_target_is_pinned_to_its_checked_address():
    t = check("https://Hooks.Example./in?x=1#frag", Allow(), STUB)
    assert (t.host, t.port, str(t.ip), t.path) == ("hooks.example", 443, PUBLIC, "/in?x=1")
    assert t.pinned_url() == f"https://{PUBLIC}:443/in?x=1"
    assert t.host_header() == "hooks.example"
    assert check("http://hooks.example:8080/", Allow(), STUB).host_header() == "hooks.example:8080"


def test_allow_list_admits_listed_addresses_and_hosts_only():
    allow = Allow.parse("127.0.0.1, 10.0.0.0/8, inside.example")
    assert str(check("http://127.0.0.1:9/", allow, STUB).ip) == "127.0.0.1"
    assert str(check("http://10.9.9.9/", allow, STUB).ip) == "10.9.9.9"
    assert str(check("http://inside.example/", allow, STUB).ip) == "10.1.2.3"
    for url in ("http://[::1]/", "http://192.168.0.1/", "http://169.254.169.254/",
                "http://localhost/"):  # localhost also resolves to ::1, not listed
        with pytest.raises(Refused):
            check(url, allow, STUB)


def test_a_name_that_turns_private_at_delivery_is_refused_and_nothing_is_sent():
    """Accepted at submit (a public address), the name resolves to loopback when delivered: the
    delivery is refused after resolution and no request leaves."""
    sent: list[httpx.Request] = []
    transport = httpx.MockTransport(lambda req: sent.append(req) or httpx.Response(200))
    check("http://rebind.example/", Allow(), resolver({"rebind.example": [PUBLIC]}))
    later = resolver({"rebind.example": ["127.0.0.1"]})
    with pytest.raises(Refused, match="127.0.0.1"):
        post("http://rebind.example/", b"{}", Allow(), "k", 5, resolver=later,
             transport=transport)
    assert later.calls == ["rebind.example"] and sent == []


def test_delivery_connects_to_the_checked_address_with_the_name_in_host():
    sent: list[httpx.Request] = []
    transport = httpx.MockTransport(lambda req: sent.append(req) or httpx.Response(204))
    body = b'{"event": "job.finished"}'
    status = post("http://hooks.example:8080/in", body, Allow(), "s3cret", 5, resolver=STUB,
                  transport=transport)
    (req,) = sent
    assert status == 204 and str(req.url) == f"http://{PUBLIC}:8080/in"
    assert req.headers["host"] == "hooks.example:8080"
    assert req.headers["content-type"] == "application/json" and req.content == body
    want = hmac.new(b"s3cret", body, hashlib.sha256).hexdigest()
    assert req.headers["x-zhibiao-signature"] == "sha256=" + want == sign(body, "s3cret")
    post("http://hooks.example/", body, Allow(), None, 5, resolver=STUB, transport=transport)
    assert "x-zhibiao-signature" not in sent[-1].headers


def test_retries_last_at_least_the_window_and_each_wait_is_capped():
    for base, cap, window in ((10, 120, 3600), (0.2, 1, 3600), (1, 240, 60)):
        n = max_retries(base, cap, window)
        waits = [backoff(i, base, cap) for i in range(n)]
        assert sum(waits) >= window and sum(waits[:-1]) < window
        assert max(waits) <= cap and waits == sorted(waits)
