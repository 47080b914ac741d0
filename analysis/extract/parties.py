"""Parties (当事人): organization or individual, credit code, ID number, representative, address.

The party block is the ``party`` section (or the text before the case narrative); one party
starts at each 当事人/被处罚人/被处罚单位 label or at a leading "X有限公司：" addressee line
(tax decisions). Labelled values (法定代表人：… 住所：…) run to the next label or punctuation.
"""

from __future__ import annotations

import re

from analysis.extract.document import Document
from analysis.extract.identifiers import CREDIT_CODE, ID_NUMBER, credit_code_valid, id_number_valid
from analysis.record import Party

PRODUCER = "extract.parties.v1"
PARTY_LABEL = re.compile(r"(?:当事人|被处罚人|被处罚单位|行政相对人|违法行为人|被检查单位|违法嫌疑人|纳税人|扣缴义务人|用人单位"
                         r"|受处罚人|受处罚单位)(?:[一二三四1-4])?"
                         r"(?:名称|姓名|（[一二三四]）)?[:：]|(?:单位名称|名称|姓名)[:：]"
                         # 当事人格桑旺堆，男，身份证号…: a terse block with no colon after the label
                         r"|(?:当事人|被处罚人)(?=[\u4e00-\u9fa5（）()]{2,40}?[，,]"
                         r"(?:男|女|统一社会信用代码|社会信用代码|身份证|公民身份号码|住所|住址|法定代表人))")
LABELS = r"(?:统一社会信用代码|社会信用代码|信用代码|纳税人识别号|注册号|营业执照注册号|法定代表人|负责人|经营者|投资人|" \
         r"主要负责人|住所地?|住址|地址|经营场所|经营地址|注册地址|联系地址|身份证(?:件)?号码?|公民身份号码|证件号码|性别|民族|" \
         r"出生(?:日期|年月)?|联系电话|电话|职务|船名号|年龄|类型|成立日期)"
_NOTE = r"(?:[（(][^）)：:]{1,8}[）)])?"  # 法定代表人（负责人）：, 住所（住址）：
LABEL = re.compile(LABELS + _NOTE + r"[:：]")
ORG_SUFFIX = re.compile(r"(?:公司|厂|店|中心|合作社|商行|经营部|门市部|门市|超市|酒店|宾馆|饭店|餐厅|医院|诊所|卫生室|药房|"
                        r"学校|幼儿园|协会|集团|工作室|加工坊|作坊|养殖场|农场|场|站|所|部|社|馆|院|行|处|队|会|局|园)$")
_STOP = "，,。；;\n"
_ADDRESSEE = re.compile(r"^([\u4e00-\u9fa5（）()]{2,40}?)(?:[（(][^）)]{0,160}[）)])?[:：]")


def _run_end(text: str, start: int, breaks: set[int]) -> int:
    """End of a labelled value: the next label, punctuation or line start."""
    next_label = LABEL.search(text, start)
    limit = next_label.start() if next_label else len(text)
    end = start
    while end < limit and text[end] not in _STOP and (end == start or end not in breaks):
        end += 1
    return end


def _value_after(text: str, label: str, breaks: set[int]) -> tuple[int, int] | None:
    match = re.search(label + _NOTE + r"[:：]", text)
    if not match:
        return None
    end = _run_end(text, match.end(), breaks)
    return (match.end(), end) if end > match.end() else None


# right after a label, a code is read by length: the compact view may glue the next line's digits to it
_CREDIT_AT = re.compile(r"[0-9A-HJ-NP-RTUWXY]{2}\d{6}[0-9A-HJ-NP-RTUWXY]{10}")
_ID_AT = re.compile(r"[1-9][0-9*＊]{16}[0-9Xx*＊]|[1-9][0-9*＊]{14}(?![0-9*＊])")
_ID_LABEL = re.compile(r"(?:身份证(?:件)?号码?|公民身份号码|证件号码)" + _NOTE + r"[:：]?")
_CREDIT_LABEL = re.compile(r"(?:统一社会信用代码|社会信用代码|信用代码|纳税人识别号|注册号)" + _NOTE + r"[:：]?")


# a masked ID as OCR reads it: the asterisks as ※ × x, their count off by one or two, a line break inside
_MASK = "*＊※×✱xX"
_MASKED_ID = re.compile(rf"(?<![0-9])[1-9]\d{{1,5}}[{_MASK}]{{3,14}}\d{{2,3}}[0-9Xx](?![0-9])")


def masked_id(text: str) -> str:
    """A masked ID with its mask as ``*`` and, when OCR miscounted the asterisks, 18 places again."""
    match = re.fullmatch(rf"(\d+)([{_MASK}]+)(\d+[0-9Xx]?)", text)
    if not match:
        return text
    head, stars, tail = match.groups()
    count = len(stars)
    if 13 <= len(text) <= 20:  # 15-place IDs expired in 2013: a mask now hides 18 places
        count = 18 - len(head) - len(tail)
    return head + "*" * count + tail.upper()


def _id_number(block: str) -> tuple[int, int, str] | None:
    """An ID number after an ID label, a full 18-digit number whose check digit is right, or a
    masked number (3301**********1234) anywhere in the party's block."""
    for label in _ID_LABEL.finditer(block):
        match = _ID_AT.match(block, label.end())
        if match:
            return match.start(), match.end(), match.group(0)
    for match in ID_NUMBER.finditer(block):
        if id_number_valid(match.group(0)) and not _CREDIT_LABEL.search(block[max(0, match.start() - 12):match.start()]):
            return match.start(), match.end(), match.group(0)
    match = _MASKED_ID.search(block)
    if match:
        return match.start(), match.end(), masked_id(match.group(0))
    return None


def _credit_code(block: str, id_match: tuple[int, int, str] | None) -> re.Match[str] | None:
    for label in _CREDIT_LABEL.finditer(block):
        match = _CREDIT_AT.match(block, label.end())
        if match:
            return match
    for match in CREDIT_CODE.finditer(block):
        overlaps = id_match is not None and match.start() < id_match[1] and id_match[0] < match.end()
        if not overlaps and not match.group(0).isdigit():
            return match
    return None


def _clean_name(name: str) -> str:
    name = re.sub(r"[（(](?:个体工商户|个体户|以下简称[^）)]*)[)）]$", "", name)
    name = re.sub(r"[（(][^（()）]*[0-9*＊：:][^（()）]*[)）]?$", "", name)  # （身份证号：…） glued by OCR
    return name.strip("“”\" （(：:")


_REP_ID = re.compile(r"(?:法定代表人|负责人|经营者|投资人)[（(]?[^）)]{0,6}[）)]?[:：][^\n：:]{0,12}$")


_SOLE_TRADER = re.compile(r"个体工商户|个体户|个体经营")


def _sole_trader(head: str, credit: re.Match[str] | None) -> bool:
    """The party is a 个体工商户: named so, or its credit code's category is 92 (GB 32100-2015: 登记管理部门
    9 工商, 机构类别 2 个体工商户)."""
    return _SOLE_TRADER.search(head) is not None or (credit is not None and credit.group(0).startswith("92"))


def _party(doc: Document, start: int, end: int) -> Party | None:
    block = doc.compact[start:end]
    breaks = {index - start for index in doc.line_starts if start < index < end}
    name_start, name_end = 0, _run_end(block, 0, breaks)
    name = _clean_name(block[name_start:name_end])
    if not name or len(name) > 60:
        return None
    found_at = block.find(name, name_start, name_end)
    if found_at >= 0:  # the span covers the name only, not the colon or bracket after it
        name_start, name_end = found_at, found_at + len(name)
    id_match = _id_number(block)
    credit = _credit_code(block, id_match)
    if credit and not id_match and not credit_code_valid(credit.group(0)) and id_number_valid(credit.group(0)):
        # 纳税人识别号350128199210217922: a person's taxpayer number is the ID number
        id_match, credit = (credit.start(), credit.end(), credit.group(0)), None
    rep_id = None
    if id_match and (credit or ORG_SUFFIX.search(name)) and _REP_ID.search(block[:id_match[0]]):
        rep_id, id_match = id_match[2], None  # 负责人：王某某（身份证号…）: the representative's number
    individual = bool(id_match) or (re.search(r"性别|[男女][，,]|出生", block[name_end:name_end + 30]) is not None
                                    and not ORG_SUFFIX.search(name))
    if not credit and not ORG_SUFFIX.search(name) and len(name) <= 4:
        individual = True
    sole_trader = _sole_trader(block[:name_end + 60], credit)
    individual = individual or sole_trader  # 民法典第五十四条: a 个体工商户 is a natural person in business, not a 单位
    rep = None
    for label in (r"法定代表人", r"(?:主要)?负责人", r"经营者", r"投资人"):
        span = _value_after(block, label, breaks)
        if span:
            rep = re.sub(r"[（(].*$", "", block[span[0]:span[1]])
            if rep_id and "某" in rep:  # a masked name is told apart by the number printed with it
                rep = f"{rep}（{rep_id}）"
            break
    address = None
    for label in (r"住所地?", r"经营场所", r"经营地址", r"注册地址", r"住址", r"地址", r"联系地址"):
        span = _value_after(block, label, breaks)
        if span:
            address = block[span[0]:span[1]].rstrip("。")
            break
    id_number = id_match[2] if id_match else None
    code = credit.group(0) if credit else None
    if code and _scanned(doc) and not credit_code_valid(code):
        code = repair_credit_code(code)
    confidence = 0.9 if (credit or id_number) else 0.75
    return Party(name=name, kind="individual" if individual else "organization",
                 credit_code=code, credit_code_valid=credit_code_valid(code) if code else None,
                 id_number=id_number, legal_representative=None if individual and not sole_trader else rep,
                 address=address, **doc.provenance(start + name_start, start + name_end, PRODUCER, confidence))


# OCR look-alikes among the characters a credit code may hold (it never holds O, I, S, Z or V)
_CODE_LOOKALIKES = {"0": "QD", "Q": "0", "D": "0", "8": "B", "B": "8", "6": "G", "G": "6"}


def repair_credit_code(code: str) -> str:
    """An OCR-misread credit code whose check digit fails, put right by the one look-alike
    swap in the organization part (characters 9–18) that makes the check digit hold."""
    fixes = {code[:i] + alt + code[i + 1:] for i in range(8, len(code)) for alt in _CODE_LOOKALIKES.get(code[i], "")}
    valid = [fix for fix in fixes if credit_code_valid(fix)]
    return valid[0] if len(valid) == 1 else code


def _scanned(doc: Document) -> bool:
    return doc.record is not None and any(page.text_source == "ocr" for page in doc.record.pages)


def _block(doc: Document, sections: dict[str, tuple[int, int]]) -> tuple[int, int]:
    if "party" in sections:
        start, end = sections["party"]
        return start, min(end, start + 600)
    head_end = max((sections[k][1] for k in ("title", "decision_number") if k in sections), default=0)
    following = [s for s, _ in sections.values() if s > head_end]
    return head_end, min(min(following, default=len(doc.compact)), head_end + 400)


def extract_parties(doc: Document, sections: dict[str, tuple[int, int]]) -> list[Party]:
    start, end = _block(doc, sections)
    labels = [m for m in PARTY_LABEL.finditer(doc.compact, start, end)
              if not m.group(0).startswith(("名称", "姓名", "单位名称")) or m.start() in doc.line_starts]
    starts = [m.end() for m in labels]
    header = re.match(r"[一二三四（(、)）0-9.]*当事人(?:基本)?(?:情况|信息)[:：]?", doc.compact[start:end])
    if header and not starts:  # 一、当事人基本情况 / 南京新远燃气有限公司：
        start += header.end()
    if not starts:
        addressee = _ADDRESSEE.match(doc.compact[start:end])
        # "X公司：" alone on its line (tax, health styles), or glued to a labelled code/ID
        if addressee and (start + addressee.end() in doc.line_starts or LABEL.match(doc.compact, start + addressee.end())
                          or ORG_SUFFIX.search(addressee.group(1))):
            starts = [start]
        elif _bare_name_line(doc, start, end):  # 淄博齐鲁润华化工有限公司 / 统一社会信用代码：…
            starts = [_bare_name_line(doc, start, end)]
    parties: list[Party] = []
    for index, party_start in enumerate(starts):
        party_end = labels[index + 1].start() if index + 1 < len(labels) else end
        party = _party(doc, party_start, party_end)
        if party is not None:
            parties.append(party)
    return parties


_NAME = re.compile(r"[\u4e00-\u9fa5（）()]{2,40}")


def _bare_name_line(doc: Document, start: int, end: int) -> int | None:
    """A party named alone on the block's first line, with no label, when the next line holds its
    code, ID number or representative under their labels: the name's start."""
    line_end = min((index for index in doc.line_starts if index > start), default=end)
    if line_end >= end or not _NAME.fullmatch(doc.compact, start, line_end) or not LABEL.match(doc.compact, line_end):
        return None
    return start


def id_checksum(party: Party) -> bool | None:
    """Whether a party's full ID number passes its check digit (None when masked)."""
    return id_number_valid(party.id_number) if party.id_number else None
