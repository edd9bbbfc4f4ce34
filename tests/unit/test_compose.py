"""docker-compose.yml is validated by parsing it (no Docker engine runs here)."""
from __future__ import annotations

import tomllib

import yaml

from tests.support import ROOT


def _compose() -> dict:
    return yaml.safe_load((ROOT / "docker-compose.yml").read_text("utf-8"))


def test_services_and_redis_durability():
    c = _compose()
    assert {"redis", "api", "worker", "flower"} <= set(c["services"])
    redis = c["services"]["redis"]
    cmd = " ".join(redis["command"])
    assert "--appendonly yes" in cmd and "--maxmemory-policy noeviction" in cmd
    assert redis["image"].startswith("redis:7")
    assert any(v.endswith(":/data") for v in redis["volumes"])
    assert "healthcheck" in redis and "healthcheck" in c["services"]["api"]
    assert "redis-data" in c["volumes"]


def test_worker_scales():
    w = _compose()["services"]["worker"]
    # `docker compose up --scale worker=4` needs no fixed name and no host port
    assert "container_name" not in w and "ports" not in w
    assert w["command"][:2] == ["zhibiao", "worker"]
    assert w["environment"]["ZHIBIAO_REDIS_URL"] == "redis://redis:6379/0"
    assert w["depends_on"]["redis"]["condition"] == "service_healthy"


def test_flower_behind_a_profile_and_api_on_loopback():
    s = _compose()["services"]
    assert s["flower"]["profiles"] == ["monitoring"]
    assert all(p.startswith("127.0.0.1:") for p in s["api"]["ports"])
    assert "ZHIBIAO_API_KEYS" in s["api"]["environment"]


def test_dockerfile_installs_the_package_and_runs_unprivileged():
    d = (ROOT / "Dockerfile").read_text("utf-8")
    assert "pip install ." in d and "USER zhibiao" in d
    # every top-level package that pyproject.toml installs is copied into the image
    packages = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["tool"]["setuptools"]["packages"]
    for part in {p.split(".")[0] for p in packages}:
        assert f"COPY {part} {part}" in d, part
