"""The Celery task that runs a job (``tasks.jobs``) and its recovery (``tasks.recovery``):
lost workers, hard time limits, resends and the reaper. The analysis itself is ``analysis``."""
