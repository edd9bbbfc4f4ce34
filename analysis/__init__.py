"""The pure analysis pipeline: bytes in, a typed :class:`~analysis.models.Result` out.

decode → layout → articles → segment → indicators → keywords → summarize. Nothing here knows
Celery, Redis, HTTP or the job store (a test holds it to that): ``tasks/`` runs it for a job,
``zhibiao analyze`` runs it in-process.
"""
