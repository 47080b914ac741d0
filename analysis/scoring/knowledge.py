"""The scoring side of the knowledge base: one place that reads ``analysis.knowledge``.

The knowledge package (``corpora/knowledge/*.yaml`` behind ``analysis.knowledge``) owns the
legal data; this module only adapts it to what the rules ask (which thresholds are in force
on a date, what a measure compares, which procedure limits apply) and caches it per process.
A missing or broken knowledge base is a ``KnowledgeError`` (E401) that the rule component
records on the document.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import Any

from analysis.errors import KnowledgeError
from analysis.scoring.facts import parse_date

CONFIDENCE = {"high": 0.9, "medium": 0.75, "low": 0.55}


def attr(obj: Any, name: str, default: Any = None) -> Any:
    """Read ``name`` from a model object or a mapping (the KB may give either)."""
    if isinstance(obj, dict):
        return obj.get(name, default)
    return getattr(obj, name, default)


@dataclass(frozen=True)
class Measure:
    """What a threshold compares: an amount with a role, a quantity, or trigger keywords."""

    kind: str
    roles: tuple[str, ...] = ()
    subject: str | None = None
    unit: str | None = None
    keywords: tuple[str, ...] = ()
    all_of: tuple[tuple[str, ...], ...] = ()


def measure_of(threshold: Any) -> Measure:
    raw = attr(threshold, "measure", {}) or {}
    kind = str(attr(raw, "kind", "trigger"))
    role = attr(raw, "role") or attr(raw, "roles") or ()
    roles = (role,) if isinstance(role, str) else tuple(role)
    keywords = attr(raw, "keywords") or ()
    flat: list[str] = []
    groups: list[tuple[str, ...]] = []
    for keyword in keywords:
        if isinstance(keyword, (list, tuple)):
            groups.append(tuple(keyword))
        else:
            flat.append(str(keyword))
    all_of = attr(raw, "all_of") or attr(raw, "requires") or ()
    for group in all_of:
        groups.append((group,) if isinstance(group, str) else tuple(group))
    return Measure(kind=kind, roles=roles, subject=attr(raw, "subject"), unit=attr(raw, "unit"),
                   keywords=tuple(flat), all_of=tuple(groups))


def confidence_of(rule: Any) -> float:
    value = attr(rule, "confidence", 0.75)
    if isinstance(value, (int, float)):
        return float(value)
    return CONFIDENCE.get(str(value), 0.75)


def in_force(rule: Any, on: date | None) -> bool:
    """Whether the threshold version applies to facts on ``on`` (unknown date: the current one)."""
    start = parse_date(attr(rule, "effective_from"))
    end = parse_date(attr(rule, "effective_to"))
    if on is None:
        return end is None
    return (start is None or start <= on) and (end is None or on <= end)


def article_number(rule: Any) -> int | None:
    value = attr(rule, "criminal_law_article")
    if isinstance(value, int):
        return value
    digits = "".join(ch for ch in str(value or "") if ch.isdigit())
    return int(digits[:3]) if digits else None


@dataclass
class KnowledgeBase:
    thresholds: list[Any]
    statutes: Any | None = None
    procedure: dict[str, Any] = field(default_factory=dict)
    version: str = "unknown"
    _in_force: dict[str, list[Any]] = field(default_factory=dict, repr=False)

    def rules_in_force(self, on: date | None) -> list[Any]:
        """Per offence family, the newest standard in force on ``on`` (the current one if unknown)."""
        key = on.isoformat() if on else ""
        if key not in self._in_force:
            chosen: dict[str, Any] = {}
            for rule in self.thresholds:
                if not in_force(rule, on):
                    continue
                family = attr(rule, "family") or attr(rule, "id")
                previous = chosen.get(family)
                if previous is None or str(attr(rule, "effective_from")) > str(attr(previous, "effective_from")):
                    chosen[family] = rule
            self._in_force[key] = list(chosen.values())
        return self._in_force[key]


@lru_cache(maxsize=1)
def load_knowledge() -> KnowledgeBase:
    """The thresholds, statute fine clauses and procedure limits; raises KnowledgeError (E401)."""
    try:
        from analysis.knowledge.thresholds import load_thresholds
    except ImportError as error:
        raise KnowledgeError("E401", detail=f"analysis.knowledge.thresholds: {error}") from error
    thresholds = list(load_thresholds())
    return KnowledgeBase(thresholds=thresholds, statutes=_load_statutes(), procedure=_load_procedure(),
                         version=_version(thresholds))


def _version(thresholds: list[Any]) -> str:
    dates = sorted(str(attr(rule, "effective_from") or "") for rule in thresholds)
    return f"thresholds/{len(thresholds)}@{dates[-1] if dates else 'none'}"


def _load_statutes() -> Any | None:
    try:
        from analysis.knowledge.statutes import StatuteKB
    except ImportError:
        return None
    try:
        return StatuteKB.load()
    except (OSError, ValueError, KeyError):
        return None  # no statute texts installed: the fine-range and article rules stay silent


def _load_procedure() -> dict[str, Any]:
    try:
        from analysis.knowledge import procedure
    except ImportError:
        return {}
    for name in ("load_procedure_rules", "load_procedure", "load_rules", "load"):
        loader = getattr(procedure, name, None)
        if callable(loader):
            rules = loader()
            if isinstance(rules, dict):
                return rules
            return {str(attr(rule, "id")): rule for rule in rules}
    return {}
