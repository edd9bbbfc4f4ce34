"""The lease settings are checked at start-up: a lease renewed every heartbeat must outlive two
missed renewals."""
from __future__ import annotations

import pytest
from pydantic import ValidationError

from core.settings import Settings


def test_lease_must_be_at_least_three_heartbeats():
    assert Settings(lease_s=15, heartbeat_s=5).lease_s == 15
    with pytest.raises(ValidationError, match="ZHIBIAO_LEASE_S"):
        Settings(lease_s=14, heartbeat_s=5)
    with pytest.raises(ValidationError):
        Settings(lease_s=0)


def test_default_recovery_bound_is_within_30_s():
    s = Settings()
    assert s.lease_s + s.heartbeat_s <= 20
