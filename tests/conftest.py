"""Fixtures that start REAL parts (a redis-server on a free port, `zhibiao worker` subprocesses
and the API under uvicorn, spoken to over HTTP; no fakes, no eager mode), and one marker per test
folder: ``-m unit``, ``integration`` (a real redis-server or a subprocess), ``service`` (real
workers and the API), ``faults`` (kills and restarts), ``browser`` (headless Chromium)."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.support import Service, start_api, start_worker
from zhibiao.redisserver import RedisServer

KINDS = ("unit", "integration", "service", "faults", "browser")


def pytest_collection_modifyitems(config, items):
    for item in items:
        parts = Path(str(item.fspath)).parts
        if "tests" in parts:
            i = len(parts) - 1 - parts[::-1].index("tests")
            kind = parts[i + 1] if i + 1 < len(parts) - 1 else None
            if kind in KINDS:
                item.add_marker(getattr(pytest.mark, kind))
        else:  # doctests in the packages
            item.add_marker(pytest.mark.unit)


@pytest.fixture(scope="session")
def redis_server(tmp_path_factory):
    rs = RedisServer(tmp_path_factory.mktemp("redis")).start()
    yield rs
    rs.stop()


@pytest.fixture(scope="session")
def service(redis_server, tmp_path_factory):
    """One real worker and one real API over one real redis-server."""
    logs = tmp_path_factory.mktemp("logs")
    worker = start_worker(redis_server.url, logs / "worker.log", concurrency=2)
    api, url = start_api(redis_server.url, logs / "api.log")
    svc = Service(url, redis_server, worker, api)
    yield svc
    api.stop()
    worker.stop()


