"""Scoring: rules over the knowledge base, cross-document linking and a learned ranking.

``analysis.scoring.rules`` turns a record's extracted fields and text into ``Finding``s that
explain themselves (the fact, the threshold, the gap, the legal source, the evidence span);
``analysis.scoring.linking`` links parties across documents (repeat offenders, 化整为零
sums); ``analysis.scoring.learned`` ranks records with a calibrated scikit-learn model while
the rules stay the explanation.
"""
