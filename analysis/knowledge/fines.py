"""Fine clauses of penalty provisions in structured form.

``处五万元以上十万元以下罚款`` is a fixed range, ``并处货值金额十倍以上二十倍以下罚款`` a range
in multiples of a base amount, and the clause's condition (``货值金额不足一万元的``,
``没有违法所得或者违法所得不足一万元的``) says when it applies. The statute knowledge-base
builder parses every article containing 罚款 with :func:`parse_fine_clauses`; the rule engine
asks :meth:`FineClause.allowed_range` whether an imposed fine is inside the law's range.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import asdict, dataclass, replace

from analysis.knowledge.numerals import CN_NUMBER, parse_number

MONEY = rf"(?:\d[\d,]*(?:\.\d+)?[万亿]?|{CN_NUMBER})"
MULTIPLE = rf"(?:百分之{CN_NUMBER}|{CN_NUMBER}|\d+(?:\.\d+)?)"
# a share of the base written as a percentage (百分之五, 20%): a multiple without 倍
PERCENT = rf"(?:百分之{CN_NUMBER}|\d+(?:\.\d+)?%)"
RATIO = rf"(?:{PERCENT}|{MULTIPLE}倍)"  # a bound that names its unit

# base words of multiples → OUTPUT.md amount role (first match wins)
BASE_ROLES = (
    ("货值", "goods_value"),
    ("违法所得", "illegal_gains"),
    ("违法收入", "illegal_gains"),
    ("非法所得", "illegal_gains"),
    ("销售金额", "sales_amount"),
    ("销售额", "sales_amount"),
    ("经营额", "sales_amount"),
    ("税款", "tax_evaded"),
    ("税额", "tax_evaded"),
    ("损失", "damage"),
    ("价值", "goods_value"),
)

_TO = r"(?:以上|至|到|－|-|~|～)"
_FINE_END = r"(?:的)?罚款$"
_FIXED = re.compile(
    rf"(?:(?P<a_min>{MONEY})元?{_TO}(?P<a_max>{MONEY})元(?P<a_below>以下)?"
    rf"|(?P<b_max>{MONEY})元以下|(?P<c_min>{MONEY})元以上|(?P<d>{MONEY})元){_FINE_END}"
)
_MULTIPLE = re.compile(
    rf"(?P<base>[^，。；：、处以按]{{0,24}}?)(?:的)?"
    rf"(?:(?P<a_min>{PERCENT}|{MULTIPLE}倍?){_TO}(?P<a_max>{RATIO})(?:以下)?"
    rf"|(?P<b_max>{RATIO})以下|(?P<c_min>{PERCENT}|{MULTIPLE}倍?)以上|(?P<d>{RATIO})){_FINE_END}"
)
# "依照…处以罚款的，罚款额为违法所得的10%以上50%以下" (土地管理法实施条例): the range follows 罚款额为
_AMOUNT_IS = re.compile(r"罚款(?:数)?额为(?P<body>[^，。；]+)$")
_TRAILING_RANGE = re.compile(rf"罚款[^，。；罚]{{0,8}}?(?P<min>{MONEY})元?以上(?P<max>{MONEY})元以下")
_PER_UNIT_RANGE = re.compile(
    rf"每(?P<unit>[^，。；\d零一二三四五六七八九十百千万两]{{1,4}}?)(?P<min>{MONEY})元?{_TO}(?P<max>{MONEY})元"
)
_PER_UNIT = re.compile(r"(?:每|按照?[^，。；]{0,12}每)(?P<unit>[^，。；\d零一二三四五六七八九十百千万]{1,4})")
_CONDITION = re.compile(
    rf"(?P<base>货值金额|违法所得|违法经营额|销售金额|违法收入|非法所得|业务收入|违法销售额|[^，。；、]{{0,12}}?价值)"
    rf"(?:[^，。；]{{0,8}}?或者)?(?P<op>不足|不满|低于|在|达到|超过)?(?P<num>{MONEY})元(?P<op2>以上|以下|以内)?"
)
_NONE_ONLY = re.compile(r"^(?:没有|无)(?P<base>违法所得|违法收入|非法所得|货值金额|违法经营额|业务收入|违法销售额)$")


def _ratio(text: str) -> float:
    text = text.removesuffix("倍")
    if text.startswith("百分之"):
        return parse_number(text[3:]) / 100
    if text.endswith("%"):
        return parse_number(text[:-1]) / 100
    return parse_number(text)


def _is_ratio(chunk: str) -> bool:
    return "倍" in chunk or "%" in chunk or "百分之" in chunk


def base_role(base_text: str) -> str:
    for word, role in BASE_ROLES:
        if word in base_text:
            return role
    return "other"


@dataclass(frozen=True)
class AmountCondition:
    """``货值金额不足一万元`` → role goods_value, below 10000; ``违法所得五万元以上`` → at_least 50000.
    ``or_none``: the clause also applies when there is no such amount (没有违法所得或者…), and a
    decision that states none has none; ``none_only``: it applies only then (没有违法所得的);
    ``present``: it applies only when the amount is there (the multiple beside a 没有…的 clause)."""

    role: str
    below: float | None = None
    at_least: float | None = None
    or_none: bool = False
    none_only: bool = False
    present: bool = False

    def holds(self, context: Mapping[str, float]) -> bool | None:
        value = context.get(self.role)
        if not value:
            if self.or_none or self.none_only:
                return True
            return False if self.present else (None if value is None else not self.at_least)
        if self.none_only:
            return False
        if self.below is not None and value >= self.below:
            return False
        return not (self.at_least is not None and value < self.at_least)


@dataclass(frozen=True)
class FineClause:
    """One fine of a provision, with where it sits and when it applies.

    ``kind`` is ``fixed`` (yuan range) or ``multiple`` (``min_multiple``–``max_multiple`` times the
    ``base_role`` amount). An open bound is ``None`` (``处二千元以下罚款`` has no minimum)."""

    kind: str
    text: str
    paragraph: int | None = None
    item: int | None = None
    min_amount: float | None = None
    max_amount: float | None = None
    base_text: str | None = None
    base_role: str | None = None
    min_multiple: float | None = None
    max_multiple: float | None = None
    condition_text: str | None = None
    condition: AmountCondition | None = None
    per_unit: str | None = None  # 每人/每公顷/每日: the range is per unit, not a total
    target: str | None = None  # "persons": 直接负责的主管人员和其他直接责任人员; "individual"/"unit": 对个人/对单位
    # "有前款第三项、第四项行为之一，处…": the paragraph and items of the same article this fine punishes
    applies_to_paragraph: int | None = None
    applies_to_items: tuple[int, ...] | None = None
    # "货值金额不足十万元的，按十万元计算": the multiple is taken of at least this base amount;
    # 药品管理法第一百一十七条 has two (批发 十万元, 零售 一万元): the lowest bounds the minimum,
    # the highest the maximum, so a fine lawful under either reading is not flagged
    base_floor: float | None = None
    base_floor_max: float | None = None

    def covers(self, paragraph: int | None, item: int | None) -> bool:
        """Whether this clause is a fine for ``paragraph``/``item`` of its article."""
        if self.applies_to_paragraph is not None:
            if paragraph is not None and paragraph != self.applies_to_paragraph:
                return False
            return item is None or not self.applies_to_items or item in self.applies_to_items
        if paragraph is not None and self.paragraph not in (None, paragraph):
            return False
        return item is None or self.item in (None, item)

    def applies(self, context: Mapping[str, float]) -> bool | None:
        """Whether the clause's amount condition holds for the case amounts in ``context``
        (keys are OUTPUT.md amount roles); None when it cannot be decided from ``context``."""
        return True if self.condition is None else self.condition.holds(context)

    def allowed_range(self, context: Mapping[str, float] | None = None) -> tuple[float, float] | None:
        """``(min, max)`` fine in yuan this clause allows (``math.inf`` when unbounded above);
        for multiples, computed from ``context[base_role]``; None when the base is unknown."""
        if self.per_unit:
            return None
        if self.kind == "fixed":
            return (self.min_amount or 0.0, math.inf if self.max_amount is None else self.max_amount)
        base = (context or {}).get(self.base_role or "")
        if base is None:
            return None
        low = (self.min_multiple or 0.0) * max(base, self.base_floor or 0.0)
        high_base = max(base, self.base_floor_max or self.base_floor or 0.0)
        high = math.inf if self.max_multiple is None else self.max_multiple * high_base
        return (round(low, 2), round(high, 2))

    def to_dict(self) -> dict:
        data = {k: v for k, v in asdict(self).items() if v is not None}
        if self.condition is not None:
            data["condition"] = {k: v for k, v in asdict(self.condition).items() if v not in (None, False)}
        return data

    @classmethod
    def from_dict(cls, data: Mapping) -> FineClause:
        data = dict(data)
        if data.get("condition"):
            data["condition"] = AmountCondition(**data["condition"])
        if data.get("applies_to_items") is not None:
            data["applies_to_items"] = tuple(data["applies_to_items"])
        return cls(**data)


def parse_condition(text: str) -> AmountCondition | None:
    """Structured amount condition of a clause's ``…的`` text, or None when it is qualitative."""
    if none := _NONE_ONLY.match(text.strip()):
        return AmountCondition(base_role(none.group("base")), none_only=True)
    match = _CONDITION.search(text)
    if not match:
        return None
    try:
        value = parse_number(match.group("num").replace(",", ""))
    except ValueError:
        return None
    role = base_role(match.group("base"))
    or_none = bool(re.search(r"没有[^，。；或]{1,8}或者|(违法所得|货值金额)?无法计算|难以计算", text))
    op, op2 = match.group("op") or "", match.group("op2") or ""
    if op in {"不足", "不满", "低于"} or op2 in {"以下", "以内"}:
        return AmountCondition(role, below=value, or_none=or_none)
    if op2 == "以上" or op in {"达到", "超过"}:
        return AmountCondition(role, at_least=value, or_none=or_none)
    return None


def _condition_text(before: str) -> str | None:
    """The last ``…的`` clause before the fine (``货值金额不足一万元的，并处…`` → 货值金额不足一万元)."""
    parts = [p for p in re.split(r"[，,：:]", before) if p]
    for part in reversed(parts):
        part = part.strip()
        if part.endswith("的") and len(part) > 1:
            return part[:-1]
    return None


def _segments(text: str) -> list[str]:
    return [s for s in re.split(r"[；;。]", text) if "罚款" in s]


def _normalize(text: str) -> str:
    text = text.replace("人民币", "").replace("（", "(").replace("）", ")").replace("等值以上", "一倍以上").replace("等值以下", "一倍以下").replace("以上至", "以上")
    text = re.sub(r"\([^()]{0,30}\)", "", text)  # (包括已售出和未售出的产品，下同)
    return re.sub(r"(以上|元)[、，,]\s*(?=[\d零一二三四五六七八九十百千万两])", r"\1", text)


def parse_fine_clauses(text: str, paragraph: int | None = None, item: int | None = None) -> list[FineClause]:
    """Every fine range in ``text`` (one paragraph or item of a provision)."""
    clauses: list[FineClause] = []
    for segment in _segments(_normalize(text)):
        found = []
        for piece in re.finditer(r"[^罚]*?罚款", segment):
            chunk = piece.group(0)
            clause = _parse_chunk(chunk, segment[: piece.end()], paragraph, item)
            if clause is not None:
                found.append(clause)
        if not found and (stated := _AMOUNT_IS.search(segment)) and _is_ratio(stated.group("body")):
            found.append(_parse_chunk(stated.group("body") + "罚款", segment, paragraph, item))
        if not found and (trailing := _TRAILING_RANGE.search(segment) or _PER_UNIT_RANGE.search(segment)):
            found.append(_fixed(segment, trailing.group(0), trailing.group("min"), trailing.group("max"), paragraph, item))
        clauses += [c for c in found if c is not None]
    return complete_conditions(apply_floors(clauses, _normalize(text)))


def complete_conditions(clauses: list[FineClause]) -> list[FineClause]:
    """Give a multiple its unstated condition: "并处猎获物价值一倍以上十倍以下罚款；没有猎获物或者
    猎获物价值不足二千元的，并处二千元以上二万元以下罚款" — the multiple applies only where its
    sibling does not (the amount is there and at least 二千元)."""
    result = []
    for clause in clauses:
        if clause.kind == "multiple" and clause.condition is None:
            siblings = [other.condition for other in clauses if other is not clause and other.condition is not None
                        and other.condition.role == clause.base_role and (other.condition.or_none or
                                                                          other.condition.none_only)
                        and (other.paragraph, other.item) == (clause.paragraph, clause.item)]
            if siblings:
                bounds = [condition.below for condition in siblings if condition.below is not None]
                clause = replace(clause, condition=AmountCondition(
                    clause.base_role or "other", at_least=max(bounds) if bounds else None, present=True))
        result.append(clause)
    return result


_FLOOR = re.compile(
    rf"(?P<base>[^，。；、的]{{0,12}}?)(?:不足|不满|低于)(?P<below>{MONEY})元的?[，,]?(?:按|以)(?P<floor>{MONEY})元计(?:算)?"
)


def apply_floors(clauses: list[FineClause] | tuple[FineClause, ...], text: str) -> list[FineClause]:
    """Attach ``按十万元计算`` floors of ``text`` to its multiple clauses of the same base
    (药品管理法第一百一十六条, 医师法第五十九条, 固体废物污染环境防治法第一百一十二条 …):
    without them a lawful fine of 150万元 on goods worth 3万元 looks out of range."""
    floors = []
    for match in _FLOOR.finditer(text or ""):
        try:
            floors.append((match.group("base").strip(), parse_number(match.group("floor").replace(",", ""))))
        except ValueError:
            continue
    if not floors:
        return list(clauses)
    result = []
    for clause in clauses:
        own = [floor for base, floor in floors if _same_base(base, clause)]
        if clause.kind == "multiple" and clause.base_floor is None and own:
            clause = replace(clause, base_floor=min(own), base_floor_max=max(own) if len(own) > 1 else None)
        result.append(clause)
    return result


def _same_base(base: str, clause: FineClause) -> bool:
    role = base_role(base)
    return (role != "other" and role == clause.base_role) or (len(base) >= 2 and base in (clause.base_text or ""))


def _common(context_text: str, chunk: str, paragraph: int | None, item: int | None) -> dict:
    cond_text = _condition_text(context_text)
    per_unit = _PER_UNIT.search(chunk)
    return {"text": context_text.strip()[-160:], "paragraph": paragraph, "item": item,
            "condition_text": cond_text, "condition": parse_condition(cond_text) if cond_text else None,
            "per_unit": per_unit.group("unit") if per_unit else None, "target": _target(chunk),
            **_applies_to(context_text, paragraph)}


_APPLIES_TO = re.compile(
    rf"(?:前款|本条第(?P<para>{CN_NUMBER})款)(?P<items>(?:第{CN_NUMBER}项(?:[、，,和或者及至到]|或者)*)+)"
)
_ITEM_NUMBER = re.compile(rf"第({CN_NUMBER})项")


def _applies_to(context_text: str, paragraph: int | None) -> dict:
    """``有前款第三项、第四项行为之一`` → paragraph - 1, items (3, 4); ``第一项至第五项`` is a range."""
    match = _APPLIES_TO.search(context_text)
    if match is None:
        return {}
    if match.group("para"):
        target = parse_number(match.group("para"))
    elif paragraph is not None and paragraph > 1:
        target = paragraph - 1
    else:
        return {}
    numbers = [int(parse_number(n)) for n in _ITEM_NUMBER.findall(match.group("items"))]
    items: list[int] = []
    for part in re.split(r"[、，,和及]|或者", match.group("items")):
        bounds = [int(parse_number(n)) for n in _ITEM_NUMBER.findall(part)]
        if len(bounds) == 2 and re.search(r"至|到", part):
            items += list(range(bounds[0], bounds[1] + 1))
        else:
            items += bounds
    return {"applies_to_paragraph": int(target), "applies_to_items": tuple(dict.fromkeys(items or numbers))}


def _target(chunk: str) -> str | None:
    """Whom the fine is for, when the clause says so (else the party of the decision)."""
    if re.search(r"主管人员|责任人员|负责人", chunk):
        return "persons"
    if "对个人" in chunk:
        return "individual"
    if "对单位" in chunk:
        return "unit"
    return None


def _fixed(context_text: str, chunk: str, low: str | None, high: str | None, paragraph, item) -> FineClause | None:
    try:
        low_value = parse_number(low.replace(",", "")) if low else None
        high_value = parse_number(high.replace(",", "")) if high else None
    except ValueError:
        return None
    return FineClause(kind="fixed", min_amount=low_value, max_amount=high_value,
                      **_common(context_text, chunk, paragraph, item))


def _parse_chunk(chunk: str, context_text: str, paragraph: int | None, item: int | None) -> FineClause | None:
    if _is_ratio(chunk) and (multiple := _MULTIPLE.search(chunk)):
        try:
            groups = {k: _ratio(v) for k, v in multiple.groupdict().items() if v and k != "base"}
        except ValueError:
            return None
        low = groups.get("a_min", groups.get("c_min", groups.get("d")))
        high = groups.get("a_max", groups.get("b_max", groups.get("d")))
        base_text = multiple.group("base").strip() or _last_base(context_text[: -len(chunk)])
        return FineClause(kind="multiple", base_text=base_text, base_role=base_role(base_text),
                          min_multiple=low, max_multiple=high, **_common(context_text, chunk, paragraph, item))
    fixed = _FIXED.search(chunk)
    if fixed is None:
        return None
    g = fixed.groupdict()
    if g["a_min"]:
        return _fixed(context_text, chunk, g["a_min"], g["a_max"], paragraph, item)
    if g["d"]:
        return _fixed(context_text, chunk, g["d"], g["d"], paragraph, item)
    return _fixed(context_text, chunk, g["c_min"], g["b_max"], paragraph, item)


def _last_base(text: str) -> str:
    """The last base word mentioned before a bare ``一倍以上五倍以下罚款``."""
    found = [(text.rfind(word), word) for word, _ in BASE_ROLES if word in text]
    return max(found)[1] if found else ""
