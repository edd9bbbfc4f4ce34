"""The Celery message that queues a job, built here so the job store can push it in the same
Redis transaction that writes the job's record and document, and so the API can queue a job
without building (or configuring) a Celery app.

``Celery.send_task`` would publish it in a second step: ~1.3 ms per job (a producer from the
pool, kombu's publish path, another round trip), and a window in which a record exists with no
message. Built here, the message is exactly what kombu's Redis transport pushes for
``send_task(TASK_NAME, args=[job_id], queue=Q, task_id=job_id)``: Celery's task-message
protocol 2 (headers and a ``[args, kwargs, embed]`` body), JSON-serialized, in kombu's envelope
with the body base64-encoded, pushed with ``LPUSH`` onto the list named after the queue (the
anonymous exchange, routed by queue name, as Celery does).
``tests/integration/test_publish.py`` compares it field by field with a message Celery
publishes, so a Celery upgrade that changes the protocol fails a test.
"""
from __future__ import annotations

import base64
import json
import os
import socket
import uuid

#: The Celery task that runs a job (``tasks.jobs.process``).
TASK_NAME = "zhibiao.process"
#: The Celery task that delivers a webhook (``tasks.webhooks.deliver``).
WEBHOOK_TASK = "zhibiao.webhook"

_ORIGIN = f"gen{os.getpid()}@{socket.gethostname()}"


def task_message(job_id: str, queue: str) -> tuple[str, bytes]:
    """``(redis list key, payload)`` of the message that runs the task for ``job_id``.

    >>> key, raw = task_message("0f0e", "zhibiao")
    >>> key, json.loads(raw)["headers"]["task"], json.loads(raw)["properties"]["delivery_info"]
    ('zhibiao', 'zhibiao.process', {'exchange': '', 'routing_key': 'zhibiao'})
    >>> json.loads(base64.b64decode(json.loads(raw)["body"]))[0]
    ['0f0e']
    """
    return message(TASK_NAME, [job_id], queue, task_id=job_id)


def message(task: str, args: list, queue: str, task_id: str | None = None) -> tuple[str, bytes]:
    """``(redis list key, payload)`` of the message that runs ``task`` with ``args`` (JSON
    values) on ``queue``: what ``send_task(task, args=args, queue=queue, task_id=task_id)``
    pushes (a fresh task id when none is given).

    >>> key, raw = message("zhibiao.webhook", ["job", "0f0e", "http://h/", "{}"], "q")
    >>> env = json.loads(raw)
    >>> key, env["headers"]["task"], json.loads(base64.b64decode(env["body"]))[0][1]
    ('q', 'zhibiao.webhook', '0f0e')
    """
    task_id = task_id or str(uuid.uuid4())
    headers: dict[str, object] = {
        "lang": "py", "task": task, "id": task_id, "shadow": None, "eta": None,
        "expires": None, "group": None, "group_index": None, "retries": 0,
        "timelimit": [None, None], "root_id": task_id, "parent_id": None,
        "argsrepr": repr(args)[:1024], "kwargsrepr": "{}", "origin": _ORIGIN,
        "ignore_result": True, "replaced_task_nesting": 0, "stamped_headers": None,
        "stamps": {},
    }
    body = [args, {}, {"callbacks": None, "errbacks": None, "chain": None, "chord": None}]
    properties = {
        "correlation_id": task_id,
        "reply_to": "",
        "delivery_mode": 2,  # persistent
        "delivery_info": {"exchange": "", "routing_key": queue},
        "priority": 0,  # kombu's default: the plain list named after the queue
        "body_encoding": "base64",
        "delivery_tag": str(uuid.uuid4()),
    }
    envelope = {
        "body": base64.b64encode(json.dumps(body).encode("utf-8")).decode("ascii"),
        "content-encoding": "utf-8",
        "content-type": "application/json",
        "headers": headers,
        "properties": properties,
    }
    return queue, json.dumps(envelope).encode("utf-8")
