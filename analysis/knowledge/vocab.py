"""Shared vocabularies of the knowledge base: OUTPUT.md domain and public-interest ids,
amount roles, canonical units and unit conversion.

Thresholds are stored in canonical units (元, 吨, 千克, 克, 亩, 立方米, 株, 只, 人, 次, 倍, 条, 件,
支, 小时, 公顷, 平方米, %); a fact written ``3500公斤`` or ``2.5万元`` is compared after
:func:`to_canonical` so a quantity is never compared in the wrong unit.
"""

from __future__ import annotations

DOMAINS = (
    "environment", "land", "mining", "forestry", "wildlife", "fishery", "water", "food_safety",
    "drugs", "product_quality", "agriculture", "culture_tourism", "market", "intellectual_property",
    "tax", "customs", "work_safety", "health", "tobacco", "transport", "public_security", "finance",
    "construction", "other",
)

PIL_FIELDS = {
    "生态环境和资源保护": "ecology_resources",
    "食品药品安全": "food_drug_safety",
    "国有财产保护": "state_assets",
    "国有土地使用权出让": "state_land_transfer",
    "安全生产": "work_safety",
    "个人信息保护": "personal_information",
    "未成年人保护": "minors",
    "英烈保护": "heroes_martyrs",
    "英雄烈士保护": "heroes_martyrs",
    "文物保护": "cultural_relics",
    "文物和文化遗产保护": "cultural_relics",
}
PIL_FIELD_IDS = (*dict.fromkeys(PIL_FIELDS.values()), "other")

AMOUNT_ROLES = (
    "fine", "confiscated_gains", "illegal_gains", "goods_value", "sales_amount", "tax_evaded", "damage", "other",
)

CANONICAL_UNITS = (
    "元", "吨", "千克", "克", "亩", "立方米", "株", "只", "头", "人", "次", "倍", "条", "件", "份", "支",
    "小时", "日", "公顷", "平方米", "级", "%",
)

# unit as written → (canonical unit, factor): value_in_canonical = value * factor
UNIT_ALIASES: dict[str, tuple[str, float]] = {
    "元": ("元", 1), "万元": ("元", 10_000), "亿元": ("元", 100_000_000), "千元": ("元", 1000),
    "吨": ("吨", 1), "t": ("吨", 1), "T": ("吨", 1), "公吨": ("吨", 1),
    "千克": ("千克", 1), "公斤": ("千克", 1), "kg": ("千克", 1), "KG": ("千克", 1), "Kg": ("千克", 1),
    "斤": ("千克", 0.5), "市斤": ("千克", 0.5),
    "克": ("克", 1), "g": ("克", 1), "毫克": ("克", 0.001), "mg": ("克", 0.001),
    "亩": ("亩", 1), "公顷": ("公顷", 1), "hm2": ("公顷", 1), "hm²": ("公顷", 1),
    "平方米": ("平方米", 1), "m2": ("平方米", 1), "m²": ("平方米", 1), "㎡": ("平方米", 1),
    "立方米": ("立方米", 1), "方": ("立方米", 1), "m3": ("立方米", 1), "m³": ("立方米", 1),
    "株": ("株", 1), "棵": ("株", 1), "只": ("只", 1), "头": ("头", 1), "人": ("人", 1), "名": ("人", 1),
    "人次": ("人", 1), "次": ("次", 1), "倍": ("倍", 1), "条": ("条", 1), "件": ("件", 1),
    # pieces counted one by one: 复制品五百张（份）(法释〔2004〕19号), 发票份数, books in 册/本
    "份": ("件", 1), "张": ("件", 1), "册": ("件", 1), "本": ("件", 1), "支": ("支", 1), "小时": ("小时", 1), "日": ("日", 1), "天": ("日", 1),
    "级": ("级", 1), "层": ("级", 1), "%": ("%", 1), "％": ("%", 1),
}

# conversions between canonical units of the same dimension (to the key's unit)
CROSS_UNIT: dict[tuple[str, str], float] = {
    ("吨", "千克"): 1000, ("千克", "吨"): 0.001, ("千克", "克"): 1000, ("克", "千克"): 0.001,
    ("吨", "克"): 1_000_000, ("克", "吨"): 0.000_001,
    ("公顷", "亩"): 15, ("亩", "公顷"): 1 / 15, ("平方米", "亩"): 1 / 666.6667, ("亩", "平方米"): 666.6667,
    ("公顷", "平方米"): 10_000, ("平方米", "公顷"): 0.0001,
    ("日", "小时"): 24, ("小时", "日"): 1 / 24,
}


def to_canonical(value: float, unit: str) -> tuple[float, str] | None:
    """``(3500, "公斤")`` → ``(3500.0, "千克")``; ``None`` for a unit the knowledge base does not know."""
    known = UNIT_ALIASES.get(unit.strip())
    if known is None:
        return None
    canonical, factor = known
    return value * factor, canonical


def convert(value: float, unit: str, target: str) -> float | None:
    """``value`` in ``unit`` (any alias) expressed in canonical ``target`` unit, or ``None`` when
    the dimensions differ (tons are never compared with 亩)."""
    canonical = to_canonical(value, unit)
    if canonical is None:
        return None
    value, unit = canonical
    if unit == target:
        return value
    factor = CROSS_UNIT.get((unit, target))
    return None if factor is None else value * factor
