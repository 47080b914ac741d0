"""Legal knowledge as data: criminal thresholds, procedure rules, statutes and fine ranges.

- :mod:`analysis.knowledge.thresholds` — ``load_thresholds``, ``rules_in_force``, ``Threshold.reached``
- :mod:`analysis.knowledge.procedure` — ``load_procedure_rules``
- :mod:`analysis.knowledge.statutes` — ``StatuteKB.load()``: ``resolve_law``, ``version_in_force``,
  ``article_exists``, ``fine_clauses`` (:class:`analysis.knowledge.fines.FineClause`)
- :mod:`analysis.knowledge.numerals` — ``cn_to_int``, ``parse_money``, ``parse_article_ref``
- :mod:`analysis.knowledge.vocab` — OUTPUT.md ids, canonical units, ``to_canonical``/``convert``

The data lives in ``corpora/knowledge/`` (see its README for sources and how to rebuild).
"""
