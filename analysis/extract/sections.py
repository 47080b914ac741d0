"""Split a decision into its sections by scored cue phrases, not by one rigid template.

Real decisions merge (依据 and 决定 in one sentence), reorder (证据 before 事实), omit
(no 听证 paragraph) and garble (OCR) their sections. Each section has several cue
phrases with a base score; a cue at a line or sentence start scores higher, and a cue far
from where that section usually sits (relative position in the document) scores lower.
The best cue of each section is kept; a section runs to the next kept cue.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from analysis.extract.document import Document
from analysis.extract.header import AGENCY_SUFFIX, decision_number
from analysis.text.dates import FoundDate, find_dates

PRODUCER = "extract.sections.v1"
SECTION_ORDER = ("title", "decision_number", "party", "case_source", "facts", "evidence",
                 "statements", "analysis", "basis", "decision", "performance", "remedy",
                 "signature")

# section -> (expected relative position, [(pattern, base score)])
CUES: dict[str, tuple[float, list[tuple[str, float]]]] = {
    "party": (0.08, [(r"(?:当事人|被处罚人|被处罚单位|行政相对人|违法行为人)(?:名称|姓名|[一二三四1-4])?[:：]", 3.0),
                     (r"当事人(?:基本情况|信息)", 2.5), (r"(?:名称|姓名)[:：]", 1.2)]),
    "case_source": (0.2, [(r"案件来源[:：]?", 3.0),
                          (r"(?:一案|案件)[，,。]?(?:本|我)(?:局|机关|委|厅|关|队|所)?于", 2.4),
                          (r"(?:本|我)(?:局|机关|委|关|队)于.{0,25}?(?:举报|投诉|检查|移送|交办|线索|立案)", 2.0),
                          (r"当事人[^。；:：]{2,60}?一案", 2.4), (r"涉嫌.{2,40}?一案", 1.8)]),
    "facts": (0.3, [(r"(?:经查|经查明|现查明|调查查明|本局查明|经调查|查明|经调查认定|调查认定|经查实|现已查明|经检查)[:：，,]", 3.0),
                    (r"违法事实(?:如下)?[:：]?", 3.0), (r"(?:经查|经调查|查明)", 1.6)]),
    "evidence": (0.45, [(r"(?:上述|以上)(?:违法)?事实[，,]?(?:有)?(?:以下|下列)?证据(?:证明|为证|证实|如下)?", 3.0),
                        (r"(?<![和及与、])(?:证据|证据材料)(?:如下|有)[:：]", 2.8), (r"主要证据[:：]?", 2.8),
                        (r"(?:上述|以上)(?:违法)?事实有.{0,10}?(?:等证据|证据)", 2.6), (r"(?<![和及与、])证据[:：]", 2.0)]),
    "statements": (0.6, [(r"陈述[、和及]?申辩", 2.6), (r"听证", 2.0),
                         (r"(?:送达|告知).{0,20}?(?:行政处罚告知书|事先告知书|听证告知书)", 2.8),
                         (r"告知(?:当事人)?.{0,20}?(?:拟作出|陈述|申辩|听证)", 2.4)]),
    "analysis": (0.62, [(r"(?:本局|本机关|本委|我局|本关|本厅|本队)认为[:：，,]?", 3.0),
                        (r"(?:当事人|其|你单位|你|该单位|被处罚人)的?(?:上述)?(?:违法)?行为(?:已)?(?:分别)?违反了?", 2.6),
                        (r"综上所述", 2.0),
                        (r"(?:上述|以上)行为(?:已)?违反", 2.4)]),
    "basis": (0.72, [(r"(?:依据|根据|依照|按照)《(?![^。]{0,120}?(?:之日起|缴纳|加处|申请行政复议))", 2.2),
                     (r"(?:依据|根据|依照)(?:上述|以上)?(?:法律|规定|条款)", 1.6)]),
    "decision": (0.78, [(r"(?:决定|作出)如下(?:行政)?处罚", 3.2), (r"(?<![及和与])处罚决定(?:如下)?[:：]", 3.0),
                        (r"(?:本局|本机关|本委|我局|本关)?(?:现)?决定(?:对(?:当事人|你单位|你|其|该单位))?(?:给予|作出|处以|处)", 2.6),
                        # 存在违法事实及处罚决定如下: an opening that announces both parts is not the decision
                        (r"(?<![及和与]处罚)(?<![及和与])(?:决定|处罚)如下[:：]?", 2.8), (r"处罚(?:种类和幅度|内容)[:：]?", 2.8),
                        (r"[一二三四五六七八九十]、(?:行政)?处罚(?:决定|内容)(?![书如])", 3.4)]),
    "performance": (0.87, [(r"(?:履行方式|缴款方式|履行期限)[:：]?", 3.0),
                           (r"(?:收到|接到)本(?:处罚)?决定书之日起(?:十五|15)日内", 2.6),
                           (r"(?:逾期|到期)不(?:缴纳|履行)", 1.8), (r"缴纳(?:罚款|罚没款)", 1.2)]),
    "remedy": (0.93, [(r"(?:如|若)?(?:当事人)?(?:对本(?:处罚)?决定)?不服", 2.6),
                      (r"(?:申请行政复议|提起行政诉讼)", 1.8), (r"救济途径(?:和期限)?[:：]?", 3.0)]),
}
_COMPILED = {name: (pos, [(re.compile(p), s) for p, s in cues]) for name, (pos, cues) in CUES.items()}
_TITLE = re.compile(r"(?:不予|税务|海关)?行政处罚决定书|当场处罚决定书|处罚决定书")

@dataclass(frozen=True)
class Section:
    name: str
    start: int  # compact offsets
    end: int
    score: float


def _boundary_bonus(doc: Document, index: int) -> float:
    if index in doc.line_starts:
        return 1.0
    before = doc.compact[max(0, index - 1):index]
    return 0.5 if before in ("。", "；", ";", "：", ":") or index == 0 else 0.0


def _candidates(doc: Document, head_end: int) -> list[Section]:
    length = max(len(doc.compact), 1)
    found: list[Section] = []
    for name, (expected, cues) in _COMPILED.items():
        for pattern, base in cues:
            for match in pattern.finditer(doc.compact, head_end):
                position = match.start() / length
                score = base + _boundary_bonus(doc, match.start()) - 1.2 * abs(position - expected)
                found.append(Section(name, match.start(), match.end(), score))
    return found


def _fixed(doc: Document) -> list[Section]:
    """Title, decision number and signature: found directly, not by cue competition."""
    fixed: list[Section] = []
    title = _TITLE.search(doc.compact, 0, 400)
    if title:
        fixed.append(Section("title", 0, title.end(), 5.0))
    number = decision_number(doc)
    if number is not None:
        start = doc.to_compact(number.start)
        fixed.append(Section("decision_number", start, start + len("".join(number.text.split())), 5.0))
    years = [int(number.value[m.start() + 1:m.start() + 5]) for m in re.finditer(r"〔(?:19|20)\d{2}〕", number.value)] \
        if number is not None else []
    dates = [d for d in find_dates(doc.compact, int(len(doc.compact) * 0.6), references=years) if _signs(doc, d)]
    if dates:
        last = dates[-1]
        line_begin = max((s for s in doc.line_starts if s <= last.start), default=last.start)
        previous = [s for s in doc.line_starts if s < line_begin and line_begin - s <= 40]
        start = previous[-1] if previous and not re.search(r"[。；]", doc.compact[previous[-1]:line_begin]) else line_begin
        fixed.append(Section("signature", start, len(doc.compact), 5.0))
    return fixed


def _signs(doc: Document, date: FoundDate) -> bool:
    """Whether a date can be the signature's: alone on its line or with the agency (and seal) only,
    next to an agency's name where OCR merged the lines, or with little text after it. A page cut
    short (an image holds the first page only) must not make a date in the hearing paragraph the
    signature and cut the decision off."""
    line_begin = max((s for s in doc.line_starts if s <= date.start), default=0)
    line_end = min((s for s in doc.line_starts if s > date.start), default=len(doc.compact))
    rest = doc.compact[line_begin:date.start] + doc.compact[date.end:line_end]
    if len(rest) <= 6 or _SIGNED_BY.fullmatch(rest) or len(doc.compact) - date.end <= 40:
        return True
    following = _SIGNED_BY.match(doc.compact, date.end, min(len(doc.compact), date.end + 30))
    return following is not None and len(following.group(0)) >= 5 and _PLACE.search(following.group(0)) is not None


_SIGNED_BY = re.compile(rf"(?:[\u4e00-\u9fa5]{{0,24}}?{AGENCY_SUFFIX})(?:[（(]?(?:印章|盖章|公章|章)[)）]?)?")
_PLACE = re.compile(r"[省市县区州盟旗]|国家|海关")


_LABEL_LINE = re.compile(r"(?:当事人|被处罚人|被处罚单位|行政相对人|统一社会信用代码|社会信用代码|纳税人识别号|注册号|法定代表人|"
                         r"负责人|经营者|投资人|住所|住址|地址|经营场所|身份证|公民身份号码|性别|出生|民族|联系电话|船名号|"
                         r"名称|姓名|类型|职务|年龄)")


def _party_end(doc: Document, start: int, end: int) -> int:
    """The party block ends at the first long line that is not a labelled party line."""
    starts = sorted(s for s in doc.line_starts if start < s < end)
    for index, line_start in enumerate(starts):
        line_end = starts[index + 1] if index + 1 < len(starts) else end
        line = doc.compact[line_start:line_end]
        if _LABEL_LINE.match(line) or _wrapped_party_line(doc, line_start, line):
            continue
        if len(line) > 30 or "一案" in line:
            return line_start
    return end


_PARTY_FIELD = re.compile(r"(?:住所地?|住址|地址|经营场所|法定代表人|负责人|经营者|身份证(?:件)?号码?|公民身份号码|"
                          r"统一社会信用代码|联系电话)[:：]")


def _wrapped_party_line(doc: Document, line_start: int, line: str) -> bool:
    """A party line the page wrapped (…信用代码：9113012359Y / 5FX6F0F，住所：…，法定代表人：张红。):
    the line before ends mid-sentence and this one goes on with a labelled party field."""
    before = doc.compact[max(0, line_start - 1):line_start]
    head = re.split(r"[。；]", line, maxsplit=1)[0]
    return bool(before) and before not in "。；;" and "一案" not in head and _PARTY_FIELD.search(head) is not None


def _choose(doc: Document) -> list[Section]:
    fixed = _fixed(doc)
    head_end = max((s.end for s in fixed if s.name in ("title", "decision_number")), default=0)
    signature = next((s.start for s in fixed if s.name == "signature"), len(doc.compact))
    chosen: list[Section] = list(fixed)
    taken = {s.name for s in fixed}
    for cand in sorted(_candidates(doc, head_end), key=lambda s: -s.score):
        if cand.name in taken or cand.score < 1.2 or cand.start >= signature:
            continue
        if any(abs(cand.start - other.start) < 4 for other in chosen):
            continue
        chosen.append(cand)
        taken.add(cand.name)
    return sorted(chosen, key=lambda s: s.start)


def _unlabelled_facts(doc: Document, chosen: list[Section]) -> list[Section]:
    """Text right after the party block with no cue of its own is the facts (customs, tax styles)."""
    names = [s.name for s in chosen]
    if "party" not in names:
        return chosen
    index = names.index("party")
    party = chosen[index]
    following = chosen[index + 1] if index + 1 < len(chosen) else None
    block_end = following.start if following else len(doc.compact)
    end = _party_end(doc, party.start, block_end)
    if end >= block_end or (following is not None and following.name in ("case_source", "facts")
                            and following.score >= 3.0):
        return chosen
    kept = [s for s in chosen if not (s.name == "facts" and s.score < 3.0)]
    if any(s.name == "facts" for s in kept):
        return chosen
    return sorted(kept + [Section("facts", end, end, 2.0)], key=lambda s: s.start)


def split_sections(doc: Document) -> dict[str, tuple[int, int]]:
    """Section name → compact (start, end)."""
    chosen = _unlabelled_facts(doc, _choose(doc))
    spans: dict[str, tuple[int, int]] = {}
    for index, section in enumerate(chosen):
        end = chosen[index + 1].start if index + 1 < len(chosen) else len(doc.compact)
        if section.name in ("title", "decision_number"):
            end = min(end, section.end) if end > section.start else section.end
        spans[section.name] = (section.start, max(end, section.start))
    if "party" in spans:
        start, end = spans["party"]
        spans["party"] = (start, _party_end(doc, start, end))
    return spans


def original_sections(doc: Document, spans: dict[str, tuple[int, int]]) -> dict[str, list[int]]:
    """The same sections as original-text [start, end] for ``Fields.sections``."""
    result: dict[str, list[int]] = {}
    for name in SECTION_ORDER:
        if name in spans and spans[name][1] > spans[name][0]:
            start, end = doc.span(*spans[name])
            result[name] = [start, end]
    return result
