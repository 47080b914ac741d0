"""Title, decision number (文号), agency and dates.

Agency priority: the signature line above the date (what the agency signed), then the header
line, then the 文号 prefix through ``corpora/knowledge/agency_prefixes.yaml``.
Decision date: the last date of the signature block; facts date: the first date of the conduct
between the header and the legal analysis (no step of procedure, no recited earlier penalty).
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import yaml

from analysis.extract.document import Document
from analysis.record import TextField
from analysis.text.dates import find_dates
from analysis.text.distance import edit_distance
from analysis.text.numbers import parse_date

PRODUCER_NUMBER = "extract.decision_number.v1"
PRODUCER_AGENCY = "extract.agency.v1"
PRODUCER_DATE = "extract.dates.v1"
PRODUCER_TITLE = "extract.title.v1"
KNOWLEDGE = Path(__file__).resolve().parents[2] / "corpora" / "knowledge"

DECISION_NUMBER = re.compile(
    r"(?P<prefix>[\u4e00-\u9fa5A-Za-z0-9（）()]{1,30}?)"
    r"(?P<open>[〔［\[（(【{「〈])(?P<year>(?:19|20)\d{2})(?P<close>[〕］\]）)】}」〉])"
    r"(?P<serial>第?[A-Za-z0-9\-]{1,24})[号导母]")  # 导/母: 号 as OCR misreads it
TITLE = re.compile(r"(?:不予|税务|海关|林业|当场|水|水利|渔业|农业|土地|国土资源|环境|安全生产|消防|烟草专卖|卫生|"
                   r"文化市场|交通|城管|价格|医疗保障|统计|审计|气象|测绘|公安|治安管理)?行政处罚决定书|处罚决定书")
AGENCY_SUFFIX = (r"(?:市场监督管理局|生态环境局|生态环境厅|自然资源(?:和规划)?局|规划和自然资源(?:局|委员会)|农业农村局|"
                 r"林业(?:和草原)?局|应急管理(?:局|厅)|稽查局|税务局|海关|卫生健康(?:局|委员会)|烟草专卖局|"
                 r"综合行政执法局|城市管理(?:行政执法|综合执法)?局|水利局|水务局|交通运输局|公安局|文化(?:广电)?(?:和)?旅游(?:体育)?局|"
                 r"[\u4e00-\u9fa5]{0,8}(?:局|厅|委员会|总队|支队|大队|分局|管理处|管理站|办公室))")
AGENCY = re.compile(rf"(?:中华人民共和国)?[\u4e00-\u9fa5]{{0,24}}?{AGENCY_SUFFIX}")
DATE = re.compile(r"(?:19|20)\d{2}年\d{1,2}月\d{1,2}日|[〇零O0○◯一二三四五六七八九]{4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日")


def title(doc: Document) -> TextField | None:
    match = TITLE.search(doc.compact, 0, 400)
    if not match:
        return None
    start = max([match.start()] + [s for s in doc.line_starts if match.start() < s < match.end() - 4])
    return TextField(value=doc.compact[start:match.end()], **doc.provenance(start, match.end(), PRODUCER_TITLE, 0.95))


def normalize_number(text: str) -> str:
    """Canonical 文号: year brackets as 〔〕, parentheses in the prefix full-width."""
    match = DECISION_NUMBER.fullmatch(text)
    if not match:
        return text
    prefix = match["prefix"].replace("(", "（").replace(")", "）")
    return f"{prefix}〔{match['year']}〕{match['serial']}号"


def decision_number(doc: Document) -> TextField | None:
    for match in DECISION_NUMBER.finditer(doc.compact, 0, min(len(doc.compact), 800)):
        start = max(match.start(), max(s for s in doc.line_starts if s <= match.start("open")))
        head = doc.compact[start:match.start("open")]
        for cue in ("文号", "决定书", "编号", "：", ":"):  # "决定书文号：X" or a title glued to the number
            cut = head.rfind(cue)
            if cut >= 0:
                start, head = start + cut + len(cue), head[cut + len(cue):]
        glued = re.match(r"[A-Za-z0-9]{5,}(?=[\u4e00-\u9fa5（(])", head)  # OCR glued a code to the prefix
        if glued:
            start, head = start + glued.end(), head[glued.end():]
        if not head or head == "第":
            continue
        value = normalize_number(doc.compact[start:match.end()])
        confidence = 0.97 if match["open"] in "〔[［" else 0.9
        return TextField(value=value, **doc.provenance(start, match.end(), PRODUCER_NUMBER, confidence))
    return None


def _dates(doc: Document, start: int = 0, end: int | None = None) -> list[tuple[int, int, str]]:
    found = []
    for match in DATE.finditer(doc.compact, start, len(doc.compact) if end is None else end):
        iso = parse_date(match.group(0))
        if iso:
            found.append((match.start(), match.end(), iso))
    return found


def reference_years(doc: Document) -> list[int]:
    """Years a garbled signature date may carry: the decision number's, then the latest recited."""
    years: list[int] = []
    number = DECISION_NUMBER.search(doc.compact, 0, min(len(doc.compact), 800))
    if number:
        years.append(int(number["year"]))
    recited = sorted({int(iso[:4]) for _, _, iso in _dates(doc)}, reverse=True)
    return years + [year for year in recited if year not in years]


def decision_date(doc: Document, sections: dict[str, tuple[int, int]]) -> TextField | None:
    """The last date of the signature block; without one, the last date after the remedy clause.

    Under the seal OCR garbles the date (二C二四年十月二八日, 202.年12P04日): such a date is read
    by ``find_dates`` with the decision number's year as reference, at a lower confidence."""
    if "signature" in sections:
        start = sections["signature"][0]
    else:
        tail = [sections[name][0] for name in ("remedy", "performance") if name in sections]
        start = max(tail) if tail else int(len(doc.compact) * 0.7)
    dates = find_dates(doc.compact, start, references=reference_years(doc))
    if not dates:
        return None
    last = dates[-1]
    confidence = (0.95 if "signature" in sections else 0.75) * (1.0 if last.exact else 0.8)
    return TextField(value=last.iso, **doc.provenance(last.start, last.end, PRODUCER_DATE, confidence))


# Steps of the proceedings (and dates of a person or licence) a date may belong to: never the act.
_PROCEDURE = re.compile(r"立案|举报|投诉|接到|交办|线索|移送|送达|告知|听证|受理|决定书|复议|笔录|"
                        r"责令|整改|复查|验收|缴纳|补缴|缴清|侦查|施行|修订|修正|出生|成立|注册资本|发证|核发|颁发|有效期至")
# The agency's own investigation of the party (本局于2024年1月31日对你（单位）进行了调查), a
# step of procedure; 我局执法人员于…对你单位进行现场检查，发现… is an inspection.
_AGENCY = re.compile(r"(?:本|我)(?:局|机关|关|委|厅|[大支中总]?队|所|站|中心|部门)")
_OFFICERS = re.compile(r"人员|监督员")  # officers on site see the conduct: an inspection, not a step
_INVESTIGATES = re.compile(r"^[^，,。；;]{0,60}?进行了?[^，,。；;]{0,6}?(?:检查|调查|核查|稽查)")
# An inspection or investigation: the day the conduct was found, the act's date only when the text
# gives no other (2023年11月25日晚，执法人员对网吧开展检查，当场发现6名未成年人); a step of
# procedure when its sentence opens the case (…现场检查，发现涉嫌违法行为，经批准立案调查).
_INSPECTION = re.compile(r"检查|调查|核查|勘查|勘验|巡查|检测|抽样|抽检|检验|鉴定|测绘|测量")
_OPENS_CASE = re.compile(r"涉嫌|立案|案件来源")
# The recital of earlier penalties: 曾于A和B两次因…受到行政处罚 (every date of the chain).
_RECITAL_CUE = re.compile(r"曾|先后|此前|之前")
_PENALIZED = re.compile(r"处罚|处理|查处|罚款|警告|判处|判决|吊销")
_PENALIZED_FOR = re.compile(r"^[^，,。；;]{0,12}?因[^。；;]{0,40}?(?:受到|被|给予|予以)[^，,。；;]{0,24}?(?:处罚|罚款|警告|查处)")
_CLAUSE_END = re.compile(r"[，,。；;：:]")
_SENTENCE_END = re.compile(r"[。；;]")


def _line_start(doc: Document, index: int) -> int:
    return max((s for s in doc.line_starts if s <= index), default=0)


def _clause_start(doc: Document, index: int) -> int:
    """Start of the clause of ``index``; a line break ends a clause too (住址：…号\n2023年5月1日，…)."""
    return max(doc.clause_start(index), _line_start(doc, index))


def _date_clause(doc: Document, begin: int, finish: int) -> str:
    """The clause holding a date, extended to the next clause when the date stands alone (2023年5月1日，…)."""
    start = _clause_start(doc, begin)
    stop = _CLAUSE_END.search(doc.compact, finish)
    end = stop.start() if stop else len(doc.compact)
    if end - start - (finish - begin) < 4 and stop is not None:
        following = _CLAUSE_END.search(doc.compact, stop.end())
        end = following.start() if following else len(doc.compact)
    return doc.compact[start:begin] + doc.compact[finish:end]


def _sentence(doc: Document, begin: int, finish: int) -> str:
    stop = _SENTENCE_END.search(doc.compact, finish)
    start = max(doc.sentence_start(begin), _line_start(doc, begin))
    return doc.compact[start:stop.start() if stop else len(doc.compact)]


def _recited(doc: Document, begin: int, finish: int) -> bool:
    """A date of an earlier penalty: 曾于…(和…)…受到处罚, or …于2022年7月14日因…被处罚."""
    stop = _SENTENCE_END.search(doc.compact, finish)
    rest = doc.compact[finish:stop.start() if stop else len(doc.compact)]
    if _RECITAL_CUE.search(doc.compact[_clause_start(doc, begin):begin]) and _PENALIZED.search(rest):
        return True
    return bool(_PENALIZED_FOR.search(rest))


_PARTY_DATE = re.compile(r"(?:出生(?:日期|年月)?|生日|成立日期|注册日期|登记日期|营业期限|发证日期)[:：]?$")


def _kind(doc: Document, begin: int, finish: int) -> str:
    """'act', 'inspection' (an inspection that found the conduct) or 'other' (procedure, a recital,
    a deadline: 责令…于2025年4月12日前完成整改)."""
    clause = _date_clause(doc, begin, finish)
    if _PROCEDURE.search(clause) or _recited(doc, begin, finish) or doc.compact.startswith(("前", "生"), finish):
        return "other"
    if _PARTY_DATE.search(doc.compact[max(0, begin - 8):begin]):
        return "other"  # 出生日期：1979年5月10日, 成立日期：… of the party block
    if re.match(r"起?(?:实行|施行|实施|执行|生效)", doc.compact[finish:finish + 4]):
        return "other"  # 鄱阳湖自2021年1月1日起实行全面禁捕: the date a rule took effect, not the act's
    if re.search(r"》[（(]$", doc.compact[max(0, begin - 2):begin]):
        return "other"  # 《国家重点保护野生植物名录》（2021年9月7日…公告第15号）: the date of a cited document
    subject = doc.compact[_clause_start(doc, begin):begin]
    if _AGENCY.search(subject) and not _OFFICERS.search(subject) and _INVESTIGATES.search(doc.compact[finish:]):
        return "other"
    if _INSPECTION.search(clause):
        return "other" if _OPENS_CASE.search(_sentence(doc, begin, finish)) else "inspection"
    return "act"


_HEADER = 300  # a title or 文号 further down is a cited one (告知书文号), not the header


def _facts_span(doc: Document, sections: dict[str, tuple[int, int]]) -> tuple[int, int]:
    """From the end of the header to the legal analysis (or the decision, the signature).

    Not only the marked facts section: the facts often sit in the case-source paragraph, the party
    block or a document without headings, and the section cues misplace them."""
    start = sections["title"][1] if "title" in sections and sections["title"][0] < _HEADER else 0
    if "decision_number" in sections and sections["decision_number"][0] < (start + 60 if start else _HEADER):
        start = max(start, sections["decision_number"][1])
    stops = [sections[name][0] for name in ("analysis", "basis", "decision", "performance", "remedy", "signature")
             if name in sections and sections[name][0] > start]
    return start, min(stops, default=len(doc.compact))


def facts_date(doc: Document, sections: dict[str, tuple[int, int]]) -> TextField | None:
    """The date of the conduct itself (the first date of a period 自…起, …至…): the first date
    before the legal analysis that dates no step of procedure (立案, 告知, 送达, 听证, 整改, a 现场检查
    that opened the case, 本局于…对你进行了调查), recites no earlier penalty (曾于…和…两次…受到
    行政处罚) and falls before the decision. An inspection that found the conduct dates it unless
    the facts date the conduct before it (检查，发现…参数于2025年3月2日被人为修改). None when the
    text gives no such date: a later date (a deadline, a remedy, an acceptance) is no stand-in."""
    start, end = _facts_span(doc, sections)
    signed = decision_date(doc, sections)
    dates = [(begin, finish, iso) for begin, finish, iso in _dates(doc, start, end)
             if signed is None or iso < signed.value]
    for index, (begin, finish, iso) in enumerate(dates):
        kind = _kind(doc, begin, finish)
        if kind == "other":
            continue
        confidence = 0.8
        if kind == "inspection":  # the conduct it found may be dated further on, always before it
            confidence = 0.7
            earlier = [d for d in dates[index + 1:] if d[2] < iso and _kind(doc, d[0], d[1]) == "act"]
            if earlier:
                (begin, finish, iso), confidence = earlier[0], 0.8
        return TextField(value=iso, **doc.provenance(begin, finish, PRODUCER_DATE, confidence))
    return None


def _agency_line(doc: Document, start: int, end: int) -> tuple[int, int] | None:
    """The agency named by a whole line between compact offsets start and end."""
    line = re.sub(r"[（(](?:印章|盖章|公章|章)[)）]$", "", doc.compact[start:end])
    if 3 <= len(line) <= 40 and AGENCY.fullmatch(line):
        return start, start + len(line)
    return None


def _lines(doc: Document) -> list[tuple[int, int]]:
    starts = sorted(doc.line_starts | {len(doc.compact)})
    return [(a, b) for a, b in zip(starts, starts[1:], strict=False) if b > a]


def _field(doc: Document, span: tuple[int, int], confidence: float) -> TextField:
    value = doc.compact[span[0]:span[1]]
    return TextField(value=value, **doc.provenance(*span, PRODUCER_AGENCY, confidence))


def _signature_agency(doc: Document, sections: dict[str, tuple[int, int]]) -> TextField | None:
    signature = sections.get("signature")
    if not signature:
        return None
    for line_start, line_end in _lines(doc):
        if signature[0] <= line_start < signature[1]:
            found = _agency_line(doc, line_start, line_end)
            if found:
                return _field(doc, found, 0.95)
    return None


def _header_agency(doc: Document) -> TextField | None:
    title_match = TITLE.search(doc.compact, 0, 300)
    if not title_match:
        return None
    line_start = max((s for s in doc.line_starts if s <= title_match.start()), default=0)
    candidates = [(line_start, title_match.start())]  # agency glued to the title
    previous = [a for a, b in _lines(doc) if b <= line_start]
    if previous:
        candidates.append((previous[-1], line_start))
    for start, end in candidates:
        found = _agency_line(doc, start, end) if end > start else None
        if found:
            return _field(doc, found, 0.9)
    return None


def _signed_or_header(doc: Document, sections: dict[str, tuple[int, int]]) -> TextField | None:
    """The signature's agency; the header's when the two differ by a few characters only.

    Both name the same agency; a near miss means one was misread, and on a scan that is the
    signature, which the red seal covers (宜宾市宁县金工作局 under the seal, 宜宾市长宁县金融工作局
    in the header). A header naming another agency altogether (a superior) does not replace it."""
    signed, header = _signature_agency(doc, sections), _header_agency(doc)
    if signed is None or header is None or signed.value == header.value:
        return signed or header
    if _subsequence(header.value, signed.value):  # 上海市市场监督管理局 over 上海市金山区市场监督管理局
        return signed
    near = edit_distance(signed.value, header.value) <= max(2, min(len(signed.value), len(header.value)) // 3)
    return header if near else signed


def _subsequence(short: str, long: str) -> bool:
    """Whether ``long`` is ``short`` with characters added (a more specific name, not a misreading)."""
    rest = iter(long)
    return all(ch in rest for ch in short)


def agency(doc: Document, sections: dict[str, tuple[int, int]], number: TextField | None) -> TextField | None:
    found = _signed_or_header(doc, sections)
    if found is not None or number is None:
        return found
    value = agency_from_prefix(number.value)
    if not value:
        return None
    return TextField(value=value, text=number.text, start=number.start, end=number.end,
                     page=number.page, boxes=number.boxes, confidence=0.6, producer=PRODUCER_AGENCY)


@lru_cache(maxsize=1)
def _prefix_table() -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    path = KNOWLEDGE / "agency_prefixes.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8")) if path.exists() else {}
    by_length = lambda table: sorted((table or {}).items(), key=lambda kv: -len(kv[0]))  # noqa: E731
    return by_length(data.get("districts")), by_length(data.get("prefixes"))


def agency_from_prefix(number: str) -> str | None:
    """Agency named by a 文号's prefix (沪市监金处〔2023〕… → 上海市金山区市场监督管理局)."""
    code = number.lstrip("（(").replace("（", "").replace("）", "").replace("(", "").replace(")", "")
    districts, prefixes = _prefix_table()
    for table in (districts, prefixes):
        for prefix, name in table:
            if code.startswith(prefix):
                return name
    return None
