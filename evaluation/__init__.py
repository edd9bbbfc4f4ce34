"""Evaluation of zhibiao against hand-annotated data: ``python -m evaluation`` runs all;
``python -m evaluation.indicators`` and ``python -m evaluation.summaries`` run one each."""
