"""zhibiao (指标): asynchronous analysis of Chinese documents — every reported statistic,
traceable to the sentence. This package is the composition root: the ``zhibiao`` command
(``cli``) and the embedded Redis for ``zhibiao up``. The layers below it: ``api`` (HTTP),
``worker`` (Celery app) → ``tasks`` (the job task and its recovery) → ``core`` (settings, job
store) and ``analysis`` (the pure pipeline)."""

from core import __version__

__all__ = ["__version__"]
