"""Administrative-procedure rules (行政处罚法, 国务院令第310号 …) as typed records.

Read from ``corpora/knowledge/procedure.yaml`` (built by scripts/build_thresholds_kb.py). Each
:class:`ProcedureRule` states a rule, what an automated reviewer can check, its numeric
parameters (time limits in 日/工作日/个月/年, amounts in 元) and the keywords that evidence
compliance, with its legal source and effective date.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Literal

import yaml

from analysis.knowledge.thresholds import KNOWLEDGE_DIR

PROCEDURE_FILE = KNOWLEDGE_DIR / "procedure.yaml"

Category = Literal[
    "transfer", "decision_content", "procedure", "hearing", "time_limit", "limitation",
    "penalty_application", "enforcement", "remedy", "liability", "public_interest_litigation",
    "repeat_offense_counting",
]


@dataclass(frozen=True)
class Parameter:
    """A numeric or qualitative parameter of a rule (``value`` None = qualitative)."""

    id: str
    label: str
    unit: str | None
    value: float | None
    text: str

    @classmethod
    def from_dict(cls, data: Mapping) -> Parameter:
        value = data.get("value")
        return cls(
            id=data["id"],
            label=data["label"],
            unit=data.get("unit"),
            value=None if value is None else float(value),
            text=data["text"],
        )


@dataclass(frozen=True)
class ProcedureRule:
    id: str
    rule: str
    category: Category
    check: str
    parameters: tuple[Parameter, ...]
    keywords: tuple[str, ...]
    source: str
    effective_from: dt.date
    confidence: Literal["high", "medium", "low"]
    effective_to: dt.date | None = None
    found_in: str | None = None
    notes: str = ""

    def parameter(self, label_part: str) -> Parameter | None:
        """First parameter whose label contains ``label_part`` (e.g. ``"罚款"``)."""
        return next((p for p in self.parameters if label_part in p.label), None)

    @classmethod
    def from_dict(cls, data: Mapping) -> ProcedureRule:
        return cls(
            id=data["id"],
            rule=data["rule"],
            category=data["category"],
            check=data.get("check") or "",
            parameters=tuple(Parameter.from_dict(p) for p in data.get("parameters") or ()),
            keywords=tuple(data.get("keywords") or ()),
            source=data["source"],
            effective_from=_date(data["effective_from"]),
            effective_to=_date(data["effective_to"]) if data.get("effective_to") else None,
            confidence=data["confidence"],
            found_in=data.get("found_in"),
            notes=data.get("notes") or "",
        )


def _date(value: str | dt.date) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))


@lru_cache(maxsize=4)
def _load(path: Path) -> tuple[ProcedureRule, ...]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return tuple(ProcedureRule.from_dict(entry) for entry in data)


def load_procedure_rules(path: Path | None = None) -> list[ProcedureRule]:
    """All procedure rules (parsed once, cached)."""
    return list(_load(path or PROCEDURE_FILE))


def rules_for_category(category: str, path: Path | None = None) -> list[ProcedureRule]:
    return [rule for rule in load_procedure_rules(path) if rule.category == category]


def procedure_rule(rule_id: str, path: Path | None = None) -> ProcedureRule | None:
    return next((rule for rule in load_procedure_rules(path) if rule.id == rule_id), None)


def in_force(rule: ProcedureRule, date: dt.date | str | None) -> bool:
    """True when ``rule`` applies on ``date`` (unknown date → True)."""
    if date is None:
        return True
    date = _date(date)
    return rule.effective_from <= date and (rule.effective_to is None or date <= rule.effective_to)
