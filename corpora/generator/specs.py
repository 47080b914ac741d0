"""Violation specs (``violations.yaml``) and laws (``laws.yaml``) as typed objects, plus the
arithmetic the specs imply: case values for a scenario and the lawful fine range.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
import random
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).resolve().parent


@dataclass(frozen=True)
class Law:
    short: str
    full: str
    articles: int
    version: str
    until: dt.date | None = None  # a later text in force from this day (not in the statute KB)


@dataclass(frozen=True)
class Citation:
    law: str
    article: int
    paragraph: int | None
    item: int | None
    version: str | None = None  # the law's text this citation belongs to (None: laws.yaml's)
    articles: int | None = None  # that text's last article (None: laws.yaml's)


@dataclass(frozen=True)
class Threshold:
    id: str
    value: str
    min: float
    offense: str
    article: int
    party: str | None = None


@dataclass
class ValueSpec:
    name: str
    kind: str  # amount | quantity | hidden
    role: str = "other"
    subject: str | None = None
    unit: str | None = None
    forms: list[tuple[str, float]] = field(default_factory=list)
    measure: bool = False
    of: str | None = None
    ratio: tuple[float, float] | None = None
    range: tuple[float, float] | None = None
    decimals: int = 2


@dataclass
class ViolationSpec:
    id: str
    domain: str
    agency: str
    violation: str
    party: str
    goods: list[str]
    violated: Citation
    basis: Citation
    basis2: Citation | None
    clause: str
    fine: dict[str, Any]
    values: dict[str, ValueSpec]
    thresholds: list[Threshold]
    trigger: dict[str, Any] | None
    facts: list[str]
    orders: list[str]
    confiscate: list[str]
    pil: dict[str, Any] | None
    unit_price: dict[str, Any] | None
    fine_word: str = "罚款"
    since: dt.date | None = None  # the cited law's first day in force: no act before it
    channels: dict[str, str] = field(default_factory=dict)
    hearing_fine: dict[str, float] = field(default_factory=dict)  # 听证 from this fine where a rule sets its own
    versions: tuple[dict[str, Any], ...] = ()

    @property
    def is_fine(self) -> bool:
        """A 罚款 clause. 加付赔偿金 (劳动保障监察条例第二十六条) is no fine: it has no fine range
        a reviewer could check and no hearing right for a 较大数额罚款."""
        return self.fine_word == "罚款"

    def in_force(self, day: dt.date) -> ViolationSpec:
        """The spec as the law in force on ``day`` (the date of the act, 行政处罚法第三十七条)
        words it: citations, quoted clause and fine of the matching ``versions`` entry, else the
        spec's own (current) text."""
        for block in self.versions:
            if _date(block.get("from")) <= day < _date(block.get("before"), dt.date.max):
                return _apply_version(self, block)
        return self

    @property
    def until(self) -> dt.date | None:
        """The first day a cited law has a text the generator does not know (laws.yaml ``until``)."""
        laws = load_laws()
        days = [laws[c.law].until for c in (self.violated, self.basis, self.basis2) if c and laws[c.law].until]
        return min(days) if days else None

    def thresholds_for(self, party_kind: str) -> list[Threshold]:
        short = "org" if party_kind == "organization" else "ind"
        return [t for t in self.thresholds if t.party in (None, short)]

    @property
    def measure(self) -> str | None:
        return next((v.name for v in self.values.values() if v.measure), None)


def _citation(raw: list | None, version: str | None = None, articles: int | None = None) -> Citation | None:
    if not raw:
        return None
    return Citation(law=raw[0], article=int(raw[1]), paragraph=raw[2], item=raw[3], version=version,
                    articles=articles)


def _date(value: Any, default: dt.date = dt.date.min) -> dt.date:
    if value is None:
        return default
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))


def _apply_version(spec: ViolationSpec, block: dict[str, Any]) -> ViolationSpec:
    """``spec`` with a ``versions`` entry applied (the entry keeps the law version and its
    article count, so the citation's ``exists`` and ``version`` follow that text)."""
    version, articles = block.get("law_version"), block.get("articles")
    version = str(version) if version is not None else None
    law = block.get("law", spec.basis.law)
    changes: dict[str, Any] = {}
    for key in ("violated", "basis", "basis2"):
        cited = getattr(spec, key)
        if key in block:
            changes[key] = _citation(block[key], version, articles)
        elif cited is not None and cited.law == law:  # same article, that text's version
            changes[key] = dataclasses.replace(cited, version=version, articles=articles)
    for key in ("clause", "fine"):
        if key in block:
            changes[key] = block[key]
    return dataclasses.replace(spec, **changes)


def _value(name: str, raw: dict[str, Any]) -> ValueSpec:
    return ValueSpec(name=name, kind=raw["kind"], role=raw.get("role", "other"), subject=raw.get("subject"),
                     unit=raw.get("unit"), forms=[(f[0], float(f[1])) for f in raw.get("forms", [])],
                     measure=bool(raw.get("measure")), of=raw.get("of"),
                     ratio=tuple(raw["ratio"]) if "ratio" in raw else None,
                     range=tuple(raw["range"]) if "range" in raw else None, decimals=int(raw.get("decimals", 2)))


@lru_cache(maxsize=1)
def kb_minimums() -> dict[str, float]:
    """``min_value`` of every threshold in force today in the thresholds knowledge base."""
    try:
        from analysis.knowledge.thresholds import load_thresholds
    except ImportError:  # the generator still runs on its own spec values
        return {}
    return {t.id: float(t.min_value) for rule in load_thresholds() if "@" not in rule.id
            for t in rule.thresholds if t.min_value is not None}


@lru_cache(maxsize=4096)
def _in_force(family: str, day: str) -> Any:
    from analysis.knowledge.thresholds import rules_in_force

    return next((rule for rule in rules_in_force(day) if rule.family == family), None)


def _same_measure(current: Any, other: Any) -> bool:
    a, b = current.measure, other.measure
    if a.kind != b.kind:
        return False
    if a.kind == "amount":
        return a.role == b.role
    if a.kind == "trigger":
        return True
    return a.unit == b.unit


@lru_cache(maxsize=8192)
def numeric_item(threshold_id: str) -> bool:
    """The KB item is a numeric standard (拖欠数额 with its 责令支付后仍不支付 element), not a
    qualitative trigger: a spec's trigger phrase may supply the element of a numeric item."""
    try:
        from analysis.knowledge.thresholds import load_thresholds
    except ImportError:
        return False
    rule = next((r for r in load_thresholds() if r.id == threshold_id.split("/")[0]), None)
    item = next((t for t in rule.thresholds if t.id == threshold_id), None) if rule else None
    return bool(item and item.measure.numeric)


@lru_cache(maxsize=8192)
def threshold_in_force(threshold_id: str, day: str) -> tuple[str, float | None] | None:
    """The KB threshold that plays the part of ``threshold_id`` for facts on ``day``: its id
    and min_value in the standard then in force (``forest-345-2-overcutting@2000/1``, 10 m³ for
    2022 facts), or None when that standard has no such threshold."""
    try:
        from analysis.knowledge.thresholds import load_thresholds
    except ImportError:
        return threshold_id, None
    family = threshold_id.split("/")[0]
    current_rule = next((r for r in load_thresholds() if r.id == family), None)
    if current_rule is None:
        return threshold_id, None
    current = next(t for t in current_rule.thresholds if t.id == threshold_id)
    rule = _in_force(family, day)
    if rule is None:
        return None
    if rule.id == family:
        return current.id, current.min_value
    same_kind = [t for t in current_rule.thresholds if _same_measure(current, t)]
    position = same_kind.index(current)
    matches = [t for t in rule.thresholds if _same_measure(current, t)]
    if not matches:
        return None
    match = matches[min(position, len(matches) - 1)]
    return match.id, match.min_value


def thresholds_on(spec: ViolationSpec, party_kind: str, day: str) -> list[Threshold]:
    """The spec's thresholds as the standard in force on ``day`` has them (ids and minimums)."""
    out = []
    for t in spec.thresholds_for(party_kind):
        found = threshold_in_force(t.id, day)
        if found is None or found[1] is None:
            continue
        out.append(Threshold(id=found[0], value=t.value, min=float(found[1]), offense=t.offense,
                             article=t.article, party=t.party))
    return out


def _with_kb_minimum(threshold: Threshold) -> Threshold:
    """The knowledge base is the authority; the spec's ``min`` is a fallback and a cross-check."""
    minimum = kb_minimums().get(threshold.id)
    if minimum is None:
        return threshold
    return Threshold(id=threshold.id, value=threshold.value, min=minimum, offense=threshold.offense,
                     article=threshold.article, party=threshold.party)


@lru_cache(maxsize=1)
def load_laws() -> dict[str, Law]:
    raw = yaml.safe_load((HERE / "laws.yaml").read_text(encoding="utf-8"))
    return {short: Law(short=short, full=v["full"], articles=int(v["articles"]), version=str(v["version"]),
                       until=_date(v["until"]) if v.get("until") else None)
            for short, v in raw.items()}


@lru_cache(maxsize=1)
def load_specs() -> tuple[ViolationSpec, ...]:
    raw = yaml.safe_load((HERE / "violations.yaml").read_text(encoding="utf-8"))
    specs = []
    for item in raw:
        specs.append(ViolationSpec(
            id=item["id"], domain=item["domain"], agency=item["agency"], violation=item["violation"],
            party=item.get("party", "any"), goods=list(item.get("goods") or ["产品"]),
            violated=_citation(item["violated"]), basis=_citation(item["basis"]), basis2=_citation(item.get("basis2")),
            clause=item.get("clause", ""), fine=item["fine"],
            values={name: _value(name, v) for name, v in (item.get("values") or {}).items()},
            thresholds=[_with_kb_minimum(Threshold(**t)) for t in item.get("thresholds") or []],
            trigger=item.get("trigger"), facts=list(item["facts"]), orders=list(item.get("orders") or []),
            confiscate=list(item.get("confiscate") or []), pil=item.get("pil"), unit_price=item.get("unit_price"),
            fine_word=item.get("fine_word", "罚款"), since=_date(item["since"]) if item.get("since") else None,
            channels=dict(item.get("channels") or {}),
            hearing_fine={k: float(v) for k, v in (item.get("hearing_fine") or {}).items()},
            versions=tuple(item.get("versions") or ())))
    return tuple(specs)


def spec_by_id(spec_id: str) -> ViolationSpec:
    """The spec as ``violations.yaml`` has it (its current text, before ``in_force``)."""
    return _specs_by_id()[spec_id]


@lru_cache(maxsize=1)
def _specs_by_id() -> dict[str, ViolationSpec]:
    return {spec.id: spec for spec in load_specs()}


def nice_round(value: float, rng: random.Random) -> float:
    """Round like case files do: whole yuan, often to tens or hundreds; sometimes with cents."""
    if value <= 0:
        return 0.0
    if rng.random() < 0.15:
        return round(value, 2)
    step = 1 if value < 1000 else 10 if value < 20000 else 100
    return float(max(step, round(value / step) * step))


def _log_uniform(rng: random.Random, lo: float, hi: float) -> float:
    if lo <= 0:
        return rng.uniform(lo, hi)
    return math.exp(rng.uniform(math.log(lo), math.log(hi)))


def measure_value(rng: random.Random, minimum: float, scenario: str) -> float:
    """The lead measure for a scenario: over the threshold, a near miss just under, or clearly under."""
    if scenario in ("over", "transferred", "declined"):
        factor = rng.uniform(1.0, 1.12) if rng.random() < 0.3 else _log_uniform(rng, 1.12, 4.0)
    elif scenario == "near":
        factor = rng.uniform(0.82, 0.985)
    else:
        factor = _log_uniform(rng, 0.03, 0.6)
    return minimum * factor


def sample_values(spec: ViolationSpec, rng: random.Random, measure: float | None) -> dict[str, float]:
    """Case values in canonical units; derived values follow their ``of``/``ratio`` relation."""
    values: dict[str, float] = {}
    pending = list(spec.values.values())
    for _ in range(len(pending) + 1):
        for value in list(pending):
            if value.measure and measure is not None:
                raw = measure
            elif value.of is not None:
                if value.of not in values:
                    continue
                raw = values[value.of] * rng.uniform(*value.ratio)
            elif value.range is not None:
                raw = _log_uniform(rng, max(value.range[0], 1e-6), value.range[1]) if value.range[0] > 0 \
                    else rng.uniform(*value.range)
            else:
                raw = _log_uniform(rng, 1000, 60000)
            values[value.name] = _round_value(value, raw, rng)
            pending.remove(value)
    return values


def _round_value(value: ValueSpec, raw: float, rng: random.Random) -> float:
    if value.kind == "amount":
        return nice_round(raw, rng)
    if value.kind == "hidden":
        return raw
    return round(raw, value.decimals) if value.decimals else float(max(1, round(raw)))


def lawful_fine_range(spec: ViolationSpec, values: dict[str, float], channel: str | None = None) -> tuple[float, float]:
    """The range the cited penalty clause allows for these case values. ``base_min`` may
    depend on the sales channel (药品管理法第一百一十七条: 生产、批发不足十万元按十万元,
    零售不足一万元按一万元)."""
    rule = spec.fine
    if "range" in rule:
        return float(rule["range"][0]), float(rule["range"][1])
    base = values.get(rule["of"], 0.0)
    if "floor" in rule and base < rule["floor"]:
        return float(rule["small"][0]), float(rule["small"][1])
    base_min = rule.get("base_min", 0)
    if isinstance(base_min, dict):
        if channel not in base_min:
            raise ValueError(f"{spec.id}: the fine floor depends on the channel {sorted(base_min)}, got {channel!r}")
        base_min = base_min[channel]
    base = max(base, float(base_min))
    low, high = rule["mult"]
    return base * low, base * high
