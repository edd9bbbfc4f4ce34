"""Celery configuration for zhibiao: ``worker.app.app``. Start a worker with ``zhibiao worker``."""
