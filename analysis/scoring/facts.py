"""Facts the rules read from a record: keyword spans with negation, dates, money wording.

Kept separate from the rules so that every rule phrases amounts and finds keywords the same
way (``6.8万元``; ``未发现有毒有害物质`` is not a hit for ``有毒有害``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from analysis.record import DocumentRecord, Evidence

NEGATIONS = ("未发现", "未检出", "未检测出", "没有", "不属于", "不存在", "不涉及", "未涉及", "无", "未", "不", "非",
             "排除", "否认")
# A negation this many characters before a keyword cancels it (same clause only); a word that
# denies a whole finding (未检出重金属等有毒物质, 不含…有毒有害物, 渔获物中无重要经济价值的水生动物苗种)
# reaches further into its clause.
NEGATION_WINDOW = 8
DENIALS = ("未发现", "未检出", "未检测出", "没有", "不属于", "不存在", "不涉及", "未涉及", "不含", "并无", "均无", "中无",
           "未使用", "未采用", "未利用",  # 未使用电、毒、炸等禁用方法
           "不具有", "不具备", "不存在", "不使用", "不含有",
           "举报称", "举报反映", "投诉称", "投诉反映", "据反映")  # an allegation, not a finding  # 不具有两年内三次以上违法或者其他严重情节
DENIAL_WINDOW = 24
CLAUSE_BREAKS = "。；;，,！？\n"
# Words that begin with a negation character but negate nothing that follows them: 未成年人权益
# 持续受到侵害, 非法处置的危险废物, 中添加非食用物质硼砂, 无证经营危险废物, 未经批准占用耕地,
# 危及不特定多数人, 不合格产品 — the act or the thing after them is a fact of the case.
NOT_NEGATIONS = ("未成年", "非法", "非食用", "非食品", "非医师", "无证", "无照", "无资质", "未经", "不特定", "不合格",
                 "不符合", "非洲", "非机动车", "非煤", "非金属", "非银行")  # 非洲象, 非煤矿山: names, not denials


@dataclass(frozen=True)
class Hit:
    keyword: str
    start: int
    end: int


# A test result stated after the substances it clears: 孔雀石绿、硝基呋喃类代谢物、氯霉素均未检出.
LATER_DENIALS = ("未检出", "未检测出", "均未检出", "呈阴性", "为阴性", "结果阴性")
LATER_DENIAL_WINDOW = 30


def negated(text: str, start: int, end: int | None = None) -> bool:
    """True when the clause before ``start`` negates what follows (``未发现``, ``不属于`` ...), or,
    given the hit's ``end``, when its clause goes on to clear it (``…均未检出``)."""
    return (_negates(text, start, NEGATION_WINDOW, NEGATIONS) or _negates(text, start, DENIAL_WINDOW, DENIALS)
            or (end is not None and _cleared_after(text, end)) or _alleged(text, start) or _denied_list(text, start)
            or (end is not None and _test_item(text, start, end)) or (end is not None and _screening_cleared(text, start, end)))


# 快速检测…克伦特罗项目弱阳性 … 实验室确证…克伦特罗…均未检出: a screening the confirmation clears
_SCREENING = re.compile(r"快速检测|快检|试纸|胶体金|初筛|弱阳性|筛查")
_CLEARED = re.compile(r"未检出|未检测出|阴性")


def _screening_cleared(text: str, start: int, end: int) -> bool:
    sentence_start = max(text.rfind(mark, 0, start) for mark in "。；;\n") + 1
    sentence_end = min([i for i in (text.find(mark, end) for mark in "。；;\n") if i >= 0] or [len(text)])
    if not _SCREENING.search(text[sentence_start:sentence_end]):
        return False
    word = text[start:end]
    for later in re.finditer(re.escape(word), text[sentence_end:]):
        at = sentence_end + later.end()
        rest = re.split(r"[。；;\n]", text[at:at + 60])[0]
        if _CLEARED.search(rest):
            return True
    return _CONFIRMED_CLEAR.search(text[sentence_end:]) is not None


# 该院出具检验报告，采用液相色谱-串联质谱法检测，…均未检出，检验结论为合格: the confirmation clears the screen
_CONFIRMED_CLEAR = re.compile(r"(?:确证|液相色谱|质谱|实验室|检验报告|复检)[^。]*?(?:均未检出|结论为合格)")


# 委托…中心检验克伦特罗、莱克多巴胺、沙丁胺醇等β-受体激动剂项目: what was tested for, not what was found
_TESTED_FOR = re.compile(r"(?:检验|检测|抽检|送检|筛查)(?!出)[^，。；,;出]{0,16}$")
_TEST_ITEMS = re.compile(r"^[^。；;]{0,40}?(?:等)?[^。；;，]{0,12}(?:项目|指标)")


def _test_item(text: str, start: int, end: int) -> bool:
    clause = re.split(r"[，。；,;\n]", text[max(0, start - 40):start])[-1]
    return _TESTED_FOR.search(clause) is not None and _TEST_ITEMS.match(text[end:end + 60]) is not None


# 上述信息不包含行踪轨迹、通信内容、征信、财产、住宿、通信记录、健康生理、交易信息: a denial heads a list
_LIST_DENIAL = re.compile(r"(?:不包含|不包括|不含有?|不涉及|未涉及|不在|不属于|未检出|未检测出|未发现|不存在)[^，。；,;\n！？]*$")


def _denied_list(text: str, start: int) -> bool:
    clause = re.split(r"[，。；,;\n！？]", text[max(0, start - 80):start])[-1]
    return _LIST_DENIAL.search(clause) is not None


# 本局接到举报，称当事人销售的…添加了西地那非: what a complaint says, in the sentence that reports it
# 接到举报，反映当事人销售的“人参玛卡片（压片糖果）”可能非法添加西地那非: what the report says, not a fact
_ALLEGATION = re.compile(r"(?:举报|投诉|来信|来电|反映)(?:[^。；;\n]{0,6}称|[^。；;\n，]{0,30}(?:销售的是|系|涉嫌|疑似|可能))"
                         r"(?![^。；;\n]*(?:经查|查实|属实))")


def _alleged(text: str, start: int) -> bool:
    sentence = re.split(r"[。；;\n]", text[max(0, start - 80):start])[-1]
    return _ALLEGATION.search(sentence) is not None


def _cleared_after(text: str, end: int) -> bool:
    window = text[end:end + LATER_DENIAL_WINDOW]
    for index, char in enumerate(window):
        if char in CLAUSE_BREAKS:
            window = window[:index]
            break
    if any(word in window for word in LATER_DENIALS):
        return True
    # 对西地那非、他达拉非…等项目进行检验，检验结果均为未检出: a result for all the items listed before it
    sentence = re.split(r"[。；;\n]", text[end:end + 80])[0]
    if _ALL_CLEARED.search(sentence) is not None:
        return True
    # …检测西地那非、他达拉非等成分。检验报告显示：两份样品均未检出上述物质: the next sentence clears
    # the items the test was for, by referring back to them
    tested = re.split(r"[。；;\n]", text[max(0, end - 80):end])[-1]
    following = re.split(r"[。；;\n]", text[end:end + 200])
    return bool(_TESTED.search(tested)) and len(following) > 1 and _CLEARED_BACK.search(following[1]) is not None


_ALL_CLEARED = re.compile(r"均(?:为)?未检出|均未检测出|均(?:为|呈)阴性|均未发现")
_TESTED = re.compile(r"检测|检验|筛查|测定")
_CLEARED_BACK = re.compile(r"未检出上述|上述[^。；，]{0,10}(?:均|皆|都)?(?:为)?未检出|(?:均|皆)未检出(?:上述|以上|前述)"
                           r"|(?:[二两三四五六七八九十\d]+项|各项|所检项目|所有项目|全部项目)(?:均|皆|都)?(?:为)?未检出")


def _negates(text: str, start: int, width: int, words: tuple[str, ...]) -> bool:
    window = text[max(0, start - width):start]
    for mark in CLAUSE_BREAKS:
        if mark in window:
            window = window[window.rindex(mark) + 1:]
    for word in NOT_NEGATIONS:
        window = window.replace(word, "")
    return any(word in window for word in words)


_PERMIT_AFTER = re.compile(r"(?:经营)?(?:许可证|许可|资质证|审批手续|批准文件)")


def find_keywords(text: str, keywords: tuple[str, ...] | list[str], *, allow_negated: bool = False) -> list[Hit]:
    """Every non-negated occurrence of any keyword, in text order."""
    hits: list[Hit] = []
    for keyword in keywords:
        if not keyword:
            continue
        start = text.find(keyword)
        while start >= 0:  # plain search: thousands of keywords would thrash the regex cache
            end = start + len(keyword)
            # 未取得河道采砂许可证: the negation is the permit's, the act is done
            if allow_negated or _PERMIT_AFTER.match(text, end) or not negated(text, start, end):
                hits.append(Hit(keyword, start, end))
            start = text.find(keyword, start + 1)
    kept: list[Hit] = []
    for hit in sorted(hits, key=lambda hit: (hit.start, -hit.end)):
        if not kept or hit.end > kept[-1].end:  # drop a keyword nested in a longer one
            kept.append(hit)
    return kept


def first_hit(text: str, keywords: tuple[str, ...] | list[str]) -> Hit | None:
    hits = find_keywords(text, keywords)
    return hits[0] if hits else None


def parse_date(value: object) -> date | None:
    """ISO ``YYYY-MM-DD`` (or a ``date``) → ``date``; ``None`` when unreadable."""
    if isinstance(value, date):
        return value
    if not value:
        return None
    match = re.match(r"(\d{4})-(\d{1,2})-(\d{1,2})", str(value))
    if not match:
        return None
    try:
        return date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None


CN_DATE = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")


def dates_in(text: str) -> list[tuple[date, int, int]]:
    """Arabic-numeral dates ``2023年5月10日`` in the text with their spans."""
    found = []
    for match in CN_DATE.finditer(text):
        try:
            found.append((date(int(match[1]), int(match[2]), int(match[3])), match.start(), match.end()))
        except ValueError:
            continue
    return found


def decision_date(record: DocumentRecord) -> date | None:
    fields = record.fields
    return parse_date(fields.decision_date.value) if fields and fields.decision_date else None


def facts_date(record: DocumentRecord) -> date | None:
    """The date of the facts (threshold versions are chosen by it), else the decision date."""
    fields = record.fields
    if fields and fields.facts_date:
        parsed = parse_date(fields.facts_date.value)
        if parsed:
            return parsed
    return decision_date(record)


def money(value: float) -> str:
    """``68000`` → ``6.8万元``; ``3500`` → ``3500元``."""
    if abs(value) >= 10000:
        return f"{_trim(value / 10000)}万元"
    return f"{_trim(value)}元"


def number(value: float) -> str:
    return _trim(value)


def _trim(value: float) -> str:
    text = f"{value:.4f}".rstrip("0").rstrip(".")
    return text or "0"


def gap_phrase(observed: float, threshold: float) -> str:
    """``超过…（超出36%）`` or ``达到…`` (thresholds are inclusive)."""
    if threshold <= 0 or observed == threshold:
        return "达到"
    return "超过"


def gap_percent(observed: float, threshold: float) -> str:
    if threshold <= 0 or observed <= threshold:
        return ""
    return f"（超出{round((observed - threshold) / threshold * 100)}%）"


def evidence_for(record: DocumentRecord, start: int, end: int) -> Evidence:
    evidence = record.evidence(start, end)
    if evidence.page is None and record.pages == []:
        evidence.page = 1
    return evidence


TRANSFERRED = re.compile(r"(已|依法|决定|并)?(将[^。；]{0,30})?移送(至|给)?[^。；]{0,12}(公安机关|公安局|公安分局|侦查机关|司法机关)"
                         r"|移交(至)?[^。；]{0,12}公安(机关|局)")
POLICE_DECLINED = re.compile(r"(公安机关|公安局|公安分局)[^。；]{0,30}(不予立案|决定不立案|不立案|不构成犯罪|退回)"
                             r"|出具[^。；]{0,4}《?不予?立案通知书")  # 该局出具《不予立案通知书》 after the transfer
# A transfer the decision only announces or makes conditional is no record of one: 构成犯罪的，
# 依法移送司法机关 (a warning to the party), 将依法移送 (future), 如…移送.
CONDITIONAL_CLAUSE = re.compile(r"的[，,]|如果|如(?!下)|若(?!干)|一旦|否则")  # 若干问题的解释 is a title
FUTURE_TRANSFER = re.compile(r"将(依法)?移(送|交)")


@dataclass(frozen=True)
class TransferStatus:
    kind: str  # "transferred" | "declined"
    start: int
    end: int


def transfer_status(text: str) -> TransferStatus | None:
    """Whether the decision records that the case went to the police (or that they declined it)."""
    declined = POLICE_DECLINED.search(text)
    if declined:
        return TransferStatus("declined", declined.start(), declined.end())
    for match in TRANSFERRED.finditer(text):
        if not negated(text, match.start()) and "拟" not in text[max(0, match.start() - 3):match.start()] \
                and not _announced_only(text, match.start()):
            return TransferStatus("transferred", match.start(), match.end())
    return None


def _announced_only(text: str, start: int) -> bool:
    sentence = re.split(r"[。；;\n]", text[max(0, start - 40):start])[-1]
    return bool(CONDITIONAL_CLAUSE.search(sentence) or FUTURE_TRANSFER.match(text, start))
