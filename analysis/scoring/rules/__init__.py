"""The rule engine: versioned rules (``RULES``) producing explained findings.

Importing this package registers every rule and the ``score.rules.v1`` component.
"""

from analysis.scoring.rules import irregularity, public_interest, thresholds, triggers  # noqa: F401  (registers rules)
from analysis.scoring.rules.base import RULE_ORDER, RULES, RuleContext
from analysis.scoring.rules.engine import RuleScorer, run_rules

__all__ = ["RULES", "RULE_ORDER", "RuleContext", "RuleScorer", "run_rules"]
