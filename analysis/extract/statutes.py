"""Cited statutes: law, article/paragraph/item as integers, role, version in force, existence.

A citation is a law reference (《…》 title, a bare 中华人民共和国…法 name, an unbracketed
short name, or 本法/该法/该条例 resolved to the last named law) followed by a chain of article
references (第十条、第十二条第一款第（三）项 …). Its role comes from the nearest cue before
it in the sentence: 违反/违背 → violated; 依据/根据/依照/按照 → basis; a citation that
introduces quoted law text (…规定：“…”) or sits in the payment/remedy clauses → other.
Citations inside quoted law text are not the agency's citations and are skipped.
"""

from __future__ import annotations

import re

from analysis.extract.amounts import quoted_regions
from analysis.extract.document import Document
from analysis.extract.laws import is_law_name, known_law, resolve, version_and_exists
from analysis.record import Statute
from analysis.text.numbers import cn_to_int

PRODUCER = "extract.statutes.v1"
_NUM = r"[零〇一二三四五六七八九十百千\d]+"
_PRONOUN = r"本法|该法|同法|上述法律|本条例|该条例|同条例|本规定|该规定|本办法|该办法|该细则|本细则|该实施条例"
LAW_REF = re.compile(r"《(?P<title>[^《》。；]{2,50})》" + rf"|(?P<pron>{_PRONOUN})")
# an unbracketed name right before an article: 依照食品安全法第一百二十四条
BARE_TAIL = re.compile(r"[\u4e00-\u9fa5]{2,30}(?:法|条例|实施细则|规定|办法)$")
ARTICLE_START = re.compile(rf"第{_NUM}条")
ARTICLE = re.compile(rf"第(?P<art>{_NUM})条(?:之(?P<sub>{_NUM}))?(?:第(?P<para>{_NUM})款)?"
                     rf"(?:第?[（(](?P<item>{_NUM})[）)]项|第(?P<item2>{_NUM})项)?")
PARAGRAPH = re.compile(rf"第(?P<para>{_NUM})款(?:第?[（(](?P<item>{_NUM})[）)]项|第(?P<item2>{_NUM})项)?")
ITEM = re.compile(rf"第?[（(](?P<item>{_NUM})[）)]项|第(?P<item2>{_NUM})项")
SEPARATOR = re.compile(r"(?:、|，|,|和|及|以及|与|或者|或|至)(?=第|[（(])")
ROLE_CUES = re.compile(r"(?P<violated>违反|违背|不符合|违法了)|(?P<basis>依据|根据|依照|按照|适用|参照|依)")
ROLE_CUE_CHARS = "根据依照按违反"  # no law's name starts with a cue's character
PAYMENT = re.compile(r"缴纳|缴至|交至|缴款|加处罚款|申请行政复议|提起行政诉讼|申请复议")
MITIGATION = re.compile(r"可以(?:依法)?(?:从轻|减轻|不予)|应当(?:依法)?(?:从轻|减轻|不予)")
QUOTE_AFTER = re.compile(r"^(?:的)?(?:规定|明确规定|中规定)[:：，,]?[“\"]|^[:：][“\"]|^规定[:：]")


def _int(text: str | None) -> int | None:
    return cn_to_int(text) if text else None


def _role(doc: Document, law_start: int, chain_end: int, sections: dict[str, tuple[int, int]]) -> str:
    for name in ("performance", "remedy"):
        if name in sections and sections[name][0] <= law_start < sections[name][1]:
            return "other"
    if QUOTE_AFTER.match(doc.compact[chain_end:chain_end + 8]):
        return "other"
    line_end = min((index for index in doc.line_starts if index > chain_end), default=len(doc.compact))
    rest = doc.compact[chain_end:min(chain_end + 60, line_end)].split("。")[0]  # its sentence, on its line
    if PAYMENT.search(rest):
        return "other"
    if MITIGATION.search(rest) and "决定" not in rest:  # 依据…第三十二条的规定，可以从轻处罚。
        return "other"
    left = doc.compact[max(doc.sentence_start(law_start), law_start - 80):law_start]
    cues = list(ROLE_CUES.finditer(left))
    if not cues:
        return "other"
    return "violated" if cues[-1].group("violated") else "basis"


def _bare_name(name: str) -> str | None:
    """The longest suffix of an unbracketed run that names a known law (违反了食品安全法 → 食品安全法)."""
    for start in range(len(name) - 1):
        candidate = name[start:]
        if candidate[0] in ROLE_CUE_CHARS:
            continue  # 根据海关行政处罚实施条例: 据海关… resolves only by tolerating the stray 据
        if len(candidate) >= 3 and is_law_name(candidate) and known_law(candidate):
            return candidate
    return None


def _chain(doc: Document, position: int) -> list[tuple[int, int, re.Match[str], str]]:
    """Article references following a law reference: (start, end, match, kind)."""
    refs: list[tuple[int, int, re.Match[str], str]] = []
    text = doc.compact
    while True:
        if text.startswith("中", position) and text.startswith("第", position + 1):
            position += 1
        for kind, pattern in (("article", ARTICLE), ("paragraph", PARAGRAPH), ("item", ITEM)):
            match = pattern.match(text, position)
            if match and (kind == "article" or refs):
                refs.append((match.start(), match.end(), match, kind))
                position = match.end()
                break
        else:
            return refs
        separator = SEPARATOR.match(text, position)
        if not separator:
            return refs
        position = separator.end()


def _statutes_for(doc: Document, law: str, law_id: str | None, law_start: int, role: str,
                  refs: list, date: str | None) -> list[Statute]:
    found: list[Statute] = []
    article = paragraph = None
    for index, (start, end, match, kind) in enumerate(refs):
        groups = match.groupdict()
        item = _int(groups.get("item") or groups.get("item2"))
        sub = _int(groups.get("sub")) or 0
        if kind == "article":
            article, paragraph = _int(groups["art"]), _int(groups.get("para"))
        elif kind == "paragraph":
            paragraph = _int(groups["para"])
        version, exists = version_and_exists(law_id, article, date, sub)
        span_start = law_start if index == 0 else start
        found.append(Statute(law=law, article=article, paragraph=paragraph, item=item, role=role,
                             version=version, exists=exists,
                             **doc.provenance(span_start, end, PRODUCER, 0.9 if law_id else 0.75)))
    return found


def _law_refs(doc: Document) -> list[tuple[int, int, str, str]]:
    """(start, end, kind, text) of every law reference, kind title | pron | bare, in text order."""
    refs = [(m.start(), m.end(), "title" if m["title"] else "pron", m["title"] or m["pron"])
            for m in LAW_REF.finditer(doc.compact)]
    taken = {end for _, end, _, _ in refs}
    for article in ARTICLE_START.finditer(doc.compact):
        start = article.start()
        if start in taken or doc.compact[start - 1:start] in ("》", ""):
            continue
        tail = BARE_TAIL.search(doc.compact, max(0, start - 32), start)
        name = _bare_name(tail.group(0)) if tail else None
        if name and not re.search(rf"(?:{_PRONOUN})$", tail.group(0)):
            refs.append((start - len(name), start, "bare", name))
        elif CUE_BEFORE_ARTICLE.search(doc.compact, max(0, start - 4), start):
            refs.append((start, start, "pron", "同法"))  # …违反《食品安全法》第三十四条，依据第一百二十四条
    return sorted(refs)


# 依据第一百二十四条第一款第（一）项: an article cited with no law after a role cue is of the law last named
CUE_BEFORE_ARTICLE = re.compile(r"(?:依据|根据|依照|按照)$")


def extract_statutes(doc: Document, sections: dict[str, tuple[int, int]], date: str | None) -> list[Statute]:
    regions = quoted_regions(doc)
    last: dict[str, tuple[str, str | None]] = {}
    found: list[Statute] = []
    for start, end, kind, raw in _law_refs(doc):
        if any(a < start < b for a, b in regions):
            continue
        refs = _chain(doc, end)
        if kind in ("title", "bare"):
            if not is_law_name(raw):
                continue
            law, law_id = resolve(raw)
            last["法"] = last["any"] = (law, law_id)
            if not law.endswith("法"):
                last["条例"] = (law, law_id)
        else:
            family = "法" if raw.endswith("法") or raw == "上述法律" else "条例"
            law, law_id = last.get(family) or last.get("any") or (None, None)
            if law is None:
                continue
        if not refs:
            continue
        role = _role(doc, start, refs[-1][1], sections)
        found.extend(_statutes_for(doc, law, law_id, start, role, refs, date))
    return found
