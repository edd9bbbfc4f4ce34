"""The service's lower layer: one settings object, the Redis job store, logging, the Celery
message format and the packed-token codec. Knows nothing of the analysis, HTTP or the worker."""

__version__ = "0.1.0"
