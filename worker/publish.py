"""The Celery message that queues a job, built here so the job store can push it in the same
Redis transaction that writes the job's record and document.

``Celery.send_task`` would publish it in a second step: ~1.3 ms per job (a producer from the
pool, kombu's publish path, another round trip), and a window in which a record exists with no
message (the API then had to take the record back). Built here, the message is exactly what
kombu's Redis transport pushes for ``send_task(TASK_NAME, args=[job_id], queue=Q,
task_id=job_id)``: Celery's own task-message protocol (``app.amqp.as_task_v2``: headers and
body), JSON-serialized, in kombu's envelope with the body base64-encoded, pushed with ``LPUSH``
onto the list named after the queue (the anonymous exchange, routed by queue name, as Celery
does). ``tests/test_publish.py`` compares it field by field with a message Celery publishes.
"""
from __future__ import annotations

import base64
import json
import uuid

from worker.app import TASK_NAME, app


def task_message(job_id: str, queue: str) -> tuple[str, bytes]:
    """``(redis list key, payload)`` of the message that runs the task for ``job_id``.

    >>> key, raw = task_message("0f0e", "zhibiao")
    >>> key, json.loads(raw)["headers"]["task"], json.loads(raw)["properties"]["delivery_info"]
    ('zhibiao', 'zhibiao.process', {'exchange': '', 'routing_key': 'zhibiao'})
    >>> json.loads(base64.b64decode(json.loads(raw)["body"]))[0]
    ['0f0e']
    """
    msg = app.amqp.as_task_v2(job_id, TASK_NAME, args=[job_id], kwargs={})
    body = json.dumps(msg.body).encode("utf-8")  # kombu's json serializer: UTF-8 JSON
    properties = dict(msg.properties)
    properties.update(
        delivery_mode=2,  # persistent
        delivery_info={"exchange": "", "routing_key": queue},
        priority=0,  # kombu's default: the plain list named after the queue
        body_encoding="base64",
        delivery_tag=str(uuid.uuid4()),
    )
    envelope = {
        "body": base64.b64encode(body).decode("ascii"),
        "content-encoding": "utf-8",
        "content-type": "application/json",
        "headers": msg.headers,
        "properties": properties,
    }
    return queue, json.dumps(envelope).encode("utf-8")
