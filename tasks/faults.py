"""Fault injection for the fault tests, active only when its test-only settings are set
(``ZHIBIAO_FAULT_MARKER``, ``ZHIBIAO_FAULT_SLEEP_MARKER``). Kept apart from the task so that
what a production job runs is easy to read."""
from __future__ import annotations

import logging
import signal
import time

log = logging.getLogger("zhibiao.task")


def sleep(seconds: float, uninterruptible: bool = False) -> None:
    """TEST ONLY (ZHIBIAO_FAULT_SLEEP_MARKER): a slow document. Short sleeps, so the soft time
    limit (a signal raising SoftTimeLimitExceeded) interrupts it like real work; with
    ``uninterruptible`` that signal is held back, so only the hard limit can end it."""
    log.warning("fault sleep marker found: sleeping %.1f s (test-only setting)", seconds)
    blocked = {signal.SIGUSR1} if uninterruptible else set()
    if blocked:
        signal.pthread_sigmask(signal.SIG_BLOCK, blocked)
    try:
        end = time.monotonic() + seconds
        while (left := end - time.monotonic()) > 0:
            time.sleep(min(0.05, left))
    finally:
        if blocked:
            signal.pthread_sigmask(signal.SIG_UNBLOCK, blocked)
