"""The job's Celery message, pushed by the store in the record's transaction
(``core.messages``), is the message Celery itself would publish; and where a worker loads its
dictionaries (``ZHIBIAO_PRELOAD``)."""
from __future__ import annotations

import base64
import json

import redis as redis_lib

from core.messages import TASK_NAME, WEBHOOK_TASK, message, task_message
from core.store import JobStore


def _decode(raw: bytes) -> tuple[dict, list]:
    env = json.loads(raw)
    return env, json.loads(base64.b64decode(env["body"]))


def test_message_is_the_one_celery_publishes(redis_server):
    """Celery's send_task → the raw list entry, against ours: same envelope, headers, body."""
    r = redis_lib.Redis.from_url(redis_server.url)
    q = "zb-test-publish"  # a queue no worker consumes
    r.delete(q)
    from core.settings import Settings
    from worker.app import make_app

    make_app(Settings(redis_url=redis_server.url)).send_task(TASK_NAME, args=["job-1"], queue=q,
                                                             task_id="job-1")
    theirs_raw = r.rpop(q)
    key, ours_raw = task_message("job-1", q)
    assert key == q
    theirs, their_body = _decode(theirs_raw)
    ours, our_body = _decode(ours_raw)
    assert our_body == their_body == [["job-1"], {}, {"callbacks": None, "errbacks": None,
                                                      "chain": None, "chord": None}]
    assert set(ours) == set(theirs)
    for k in ("content-encoding", "content-type"):
        assert ours[k] == theirs[k]
    # headers: everything equal but the sender's name (origin) and ignore_result, which
    # send_task leaves to the task (the task itself says ignore_result=True)
    drop = {"origin", "ignore_result"}
    assert {k: v for k, v in ours["headers"].items() if k not in drop} == \
        {k: v for k, v in theirs["headers"].items() if k not in drop}
    assert ours["headers"]["id"] == ours["headers"]["root_id"] == "job-1"
    # properties: same keys and values but the per-message tag (and reply_to, unused without
    # a result backend)
    assert set(ours["properties"]) == set(theirs["properties"])
    for k in ("correlation_id", "delivery_mode", "delivery_info", "priority", "body_encoding"):
        assert ours["properties"][k] == theirs["properties"][k], k
    assert ours["properties"]["delivery_tag"] != theirs["properties"]["delivery_tag"]


def test_webhook_message_is_the_one_celery_publishes(redis_server):
    """The generic builder (``core.messages.message``) for the webhook task, against send_task
    with the same args and task id."""
    r = redis_lib.Redis.from_url(redis_server.url)
    q = "zb-test-publish-hook"
    r.delete(q)
    from core.settings import Settings
    from worker.app import make_app

    args = ["job", "job-2", "http://127.0.0.1:9/x", '{"event": "job.finished"}']
    make_app(Settings(redis_url=redis_server.url)).send_task(WEBHOOK_TASK, args=args, queue=q,
                                                             task_id="t-2")
    theirs, their_body = _decode(r.rpop(q))
    key, raw = message(WEBHOOK_TASK, args, q, task_id="t-2")
    ours, our_body = _decode(raw)
    assert key == q and our_body == their_body and our_body[0] == args
    drop = {"origin", "ignore_result"}
    assert {k: v for k, v in ours["headers"].items() if k not in drop} == \
        {k: v for k, v in theirs["headers"].items() if k not in drop}
    for k in ("correlation_id", "delivery_mode", "delivery_info", "priority", "body_encoding"):
        assert ours["properties"][k] == theirs["properties"][k], k
    # without a task id: a fresh one, the same in id, root_id and correlation_id
    _, raw = message(WEBHOOK_TASK, args, q)
    env = json.loads(raw)
    assert env["headers"]["id"] == env["headers"]["root_id"] == env["properties"][
        "correlation_id"] != "t-2"


def test_create_pushes_record_and_message_together(redis_server):
    r = redis_lib.Redis.from_url(redis_server.url)
    store = JobStore(redis_server.url, ttl_s=60)
    q = "zb-test-publish-2"
    r.delete(q)
    jid = store.new_id()
    store.create(jid, "t", b"x", {"filename": "a.txt"}, enqueue=task_message(jid, q))
    assert r.hget(f"zb:job:{jid}", "state") == b"queued"
    (raw,) = r.lrange(q, 0, -1)
    assert _decode(raw)[1][0] == [jid]
    r.delete(q)


def test_celery_configuration_from_settings():
    """The reliability settings the worker runs with, from the one settings object."""
    from core.settings import Settings
    from worker.app import make_app

    conf = make_app(Settings()).conf
    assert conf.worker_prefetch_multiplier == 1 and conf.task_acks_late
    assert conf.task_reject_on_worker_lost and conf.accept_content == ["json"]
    assert conf.broker_transport_options["visibility_timeout"] > conf.task_time_limit
    assert make_app(Settings(prefetch_multiplier=2)).conf.worker_prefetch_multiplier == 2
