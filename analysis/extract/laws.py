"""Law names: full official name from a citation, through the statute knowledge base.

``resolve(name)`` → (official full name, law id or None). The knowledge base
(``analysis.knowledge.statutes.StatuteKB``) handles 书名号, the 中华人民共和国 prefix,
abbreviations, aliases and one OCR-mangled character; a national law the base does not hold
(``XX法`` without prefix) gets the 中华人民共和国 prefix every national law's title carries.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from analysis.text.distance import within_distance

LAW_LIKE = re.compile(r"(?:法|条例|规定|办法|细则|决定|解释|规则|标准|规范|通知|意见|目录|名录)$")


@lru_cache(maxsize=1)
def knowledge_base() -> Any | None:
    """The statute KB, or None when it is not installed (extraction then degrades gracefully)."""
    try:
        from analysis.knowledge.statutes import StatuteKB

        return StatuteKB.load()
    except Exception:  # noqa: BLE001 - a missing/corrupt KB must not stop extraction
        return None


def clean_name(name: str) -> str:
    name = re.sub(r"\s+", "", name).strip("《》<>〈〉")
    return re.sub(r"[（(](?:\d{4}年)?(?:修正|修订|修改)?(?:本)?[)）]$", "", name)


@lru_cache(maxsize=4096)
def resolve(name: str) -> tuple[str, str | None]:
    """(official full name, KB law id) for a cited name."""
    name = clean_name(name)
    kb = knowledge_base()
    law = kb.resolve_law(name) if kb is not None else None
    if law is None and kb is not None and len(name) >= 3:
        law = _closest_law(kb, name)
    if law is not None:
        return law.title, law.id
    if name.endswith("法") and not name.startswith("中华人民共和国") and not re.search(r"[省市县区]", name):
        return "中华人民共和国" + name, None
    return name, None


@lru_cache(maxsize=1)
def _name_index(kb: Any) -> dict[str, Any]:
    index: dict[str, Any] = {}
    for law in kb.laws.values():
        for name in (law.title, law.title.removeprefix("中华人民共和国"), law.short_name):
            index.setdefault(name, law)
    return index


def _closest_law(kb: Any, name: str) -> Any | None:
    """The one law whose name is within two OCR edits of the citation (烟草专买法实施条列 → 烟草专卖法实施条例).

    Local regulations (湖南省…条例) are not in the base and must not be pulled onto a national one,
    so a name that starts with a place is never repaired."""
    bare = re.sub(r"^中华人民共和.", "", name)  # the prefix itself may be garbled (中华人民共和俊)
    if re.match(r"[\u4e00-\u9fa5]{1,8}?(?:省|市|自治区|自治州|县)", bare) or len(bare) < 3:
        return None
    if len(bare) < 5:  # 森木法, 种乙法: one wrong character, never the 法 itself, and only one law that close
        if not LAW_LIKE.search(bare):
            return None
        index = _name_index(kb)
        found = {id(law): law for n, law in index.items() if len(n) == len(bare) and n[-1] == bare[-1]
                 and sum(a != b for a, b in zip(n, bare, strict=True)) == 1}
        return next(iter(found.values())) if len(found) == 1 else None
    limit = 1 if len(bare) < 8 else 2
    chars = set(bare)
    found = {id(law): law for n, law, n_chars in _name_sets(kb)
             if abs(len(n) - len(bare)) <= limit and len(chars - n_chars) <= limit
             and within_distance(n, bare, limit)}
    return next(iter(found.values())) if len(found) == 1 else None


@lru_cache(maxsize=1)
def _name_sets(kb: Any) -> tuple[tuple[str, Any, frozenset[str]], ...]:
    """Every indexed name with its law and its set of characters (a cheap pre-filter)."""
    return tuple((name, law, frozenset(name)) for name, law in _name_index(kb).items())


def known_law(name: str) -> bool:
    """Whether the knowledge base resolves ``name`` without the OCR repair (for cutting bare names)."""
    kb = knowledge_base()
    return kb is not None and kb.resolve_law(clean_name(name)) is not None


def is_law_name(name: str) -> bool:
    """Whether a 《》 title names a law/regulation (not a form such as 《行政处罚告知书》)."""
    name = clean_name(name)
    if not name or len(name) > 40:
        return False
    if resolve(name)[1] is not None:  # known to the KB, possibly after an OCR repair (…实施条创)
        return True
    return bool(LAW_LIKE.search(name)) and not re.search(r"(?:书|表|证|单|录|报告|通知书)$", name)


def version_and_exists(law_id: str | None, article: int | None, date: str | None,
                       sub: int = 0) -> tuple[str | None, bool | None]:
    """Version (effective date of the text in force) and whether the article exists in it."""
    kb = knowledge_base()
    if kb is None or law_id is None:
        return None, None
    try:
        version = kb.version_in_force(law_id, date)
        if version is None:
            return None, None
        exists = kb.article_exists(law_id, article, date, sub) if article is not None else None
    except (OSError, ValueError, KeyError):  # a KB file missing or unreadable: leave unresolved
        return None, None
    return version.effective_from.isoformat(), exists
