"""zhibiao (指标): asynchronous analysis of Chinese documents — every reported statistic,
traceable to the sentence. Settings, the Redis job store, the embedded Redis and the CLI live
here; ``api/`` speaks HTTP, ``worker/`` configures Celery, ``tasks/`` analyses."""

__version__ = "0.1.0"
