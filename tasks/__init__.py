"""zhibiao analysis: the pure pipeline (``tasks.pipeline.analyze``) and the thin Celery task
(``tasks.jobs``)."""
