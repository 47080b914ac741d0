"""Which decisions belong together: the same party (repeat offenders) and one conduct cut into
several decisions (化整为零 schemes).

Parties are linked by unified social credit code (or ID number) first, then by normalized
name together with a matching (or missing) address (``party_groups``).

A 化整为零 scheme is what a prosecutor would charge as one case: decisions on the same conduct
(same domain, same violated provision) whose acts were all committed before any of them was
punished (多次…未经处理的，按照累计数额计算, e.g. 刑法第一百五十三条第三款、第二百零一条第三款:
an act committed after an earlier penalty is a new offence, a repeat, not part of the split),
either against the same party, or against different names tied together by a shared legal
representative or address, decided by one agency within 180 days (nominees:
``scheme_components``). A shared date of the facts ties no one: several people caught the same
day by one agency are several cases (共同犯罪 needs 共同故意, 刑法第二十五条, which a coincidence
of dates does not show). Two unrelated people each fined by one agency for a small 滥伐 are two
cases, not one scheme.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cached_property

from analysis.record import DocumentRecord, Party
from analysis.scoring.facts import decision_date, parse_date
from analysis.text.dates import find_dates

WINDOW_DAYS = 730  # 二年
SCHEME_WINDOW_DAYS = 180
_CORPORATE_FORMS = (("有限责任公司", "有限公司"), ("股份有限公司", "股份公司"), ("（", "("), ("）", ")"))


def normalize_name(name: str) -> str:
    text = re.sub(r"\s+", "", name or "")
    for long, short in _CORPORATE_FORMS:
        text = text.replace(long, short)
    return text


def normalize_address(address: str | None) -> str:
    return re.sub(r"[\s,，。号]", "", address or "")


@dataclass(eq=False)
class Entry:
    """One decision's party with its dates; ``in_batch`` entries receive findings."""

    record: DocumentRecord
    party: Party
    decided: date | None
    in_batch: bool

    @property
    def domain(self) -> str:
        return self.record.classification.domain if self.record.classification else "other"

    @cached_property
    def act(self) -> date | None:
        """The date of the facts: the one the extractor marked unless it is a date of procedure
        (2023年8月30日，本局执法人员…现场检查) or the recital of an earlier penalty (曾于…因…受到
        行政处罚); then the first date of the text that is neither, before the decision."""
        fields, text = self.record.fields, self.record.text
        marked = fields.facts_date if fields else None
        if marked is not None and (marked.start < 0 or marked.end > len(text) or not _procedural(
                text, marked.start, marked.end)):
            return parse_date(marked.value)
        for found in find_dates(text):
            day = parse_date(found.iso)
            if day is not None and (self.decided is None or day < self.decided) \
                    and not _procedural(text, found.start, found.end):
                return day
        return None

    @property
    def act_or_decided(self) -> date | None:
        return self.act or self.decided

    @cached_property
    def provision(self) -> str:
        fields = self.record.fields
        return next((f"{s.law}:{s.article}" for s in fields.statutes if s.role == "violated"), "") if fields else ""

    @cached_property
    def agency(self) -> str:
        fields = self.record.fields
        return normalize_name(fields.agency.value) if fields and fields.agency and fields.agency.value else ""


_SEPARATORS = re.compile(r"[，,。；;：:\n]")


def _clause(text: str, start: int, end: int) -> str:
    """The clause around a date, and the next one when the date stands alone (2023年8月30日，本局…)."""
    before = [m.end() for m in _SEPARATORS.finditer(text, max(0, start - 60), start)]
    begin = before[-1] if before else max(0, start - 60)
    stop = _SEPARATORS.search(text, end)
    finish = stop.start() if stop else len(text)
    if finish - begin - (end - start) < 4 and stop is not None:
        following = _SEPARATORS.search(text, stop.end())
        finish = following.start() if following else len(text)
    return text[begin:start] + text[end:finish]


# Words of a clause that dates a step of the proceedings (or a birth), not the act itself.
_ACT_PROCEDURE = re.compile(r"立案|举报|投诉|接到|交办|线索|移送|送达|告知|听证|受理|检查|调查|决定|申请|签收|出生")


def _procedural(text: str, start: int, end: int) -> bool:
    return recited_penalty(text, start, end) or bool(_ACT_PROCEDURE.search(_clause(text, start, end)))


_RECITAL = re.compile(r"曾|先后|已")


def recited_penalty(text: str, start: int, end: int) -> bool:
    """Whether the date at ``start:end`` recites an earlier penalty (曾于…和…两次因…受到…处罚)."""
    if start < 0 or end > len(text):
        return False
    stop = min((i for i in (text.find("。", end), text.find("；", end)) if i >= 0), default=len(text))
    before = re.split(r"[，,。；;\n]", text[max(0, start - 40):start])[-1]
    return bool(_RECITAL.search(before)) and "处罚" in text[end:stop]


def entries_of(records, in_batch: bool) -> list[Entry]:
    return [Entry(record, record.fields.parties[0], decision_date(record), in_batch)
            for record in records if record.fields and record.fields.parties]


def party_code(party: Party) -> str | None:
    """Credit code or ID number; a masked number (``3713**********7237``) identifies nobody on
    its own, so it only links together with the same normalized name."""
    code = (party.credit_code or party.id_number or "").strip().upper()
    if not code:
        return None
    return f"{code}|{normalize_name(party.name)}" if "*" in code else code


def _addresses_match(a: Party, b: Party) -> bool:
    left, right = normalize_address(a.address), normalize_address(b.address)
    return not left or not right or left == right


def _codes_compatible(a: Party, b: Party) -> bool:
    """Two different codes are two different parties whatever their names."""
    left, right = party_code(a), party_code(b)
    return not (left and right and left != right)


class UnionFind:
    def __init__(self, size: int) -> None:
        self.parent = list(range(size))

    def find(self, index: int) -> int:
        while self.parent[index] != index:
            self.parent[index] = self.parent[self.parent[index]]
            index = self.parent[index]
        return index

    def union(self, a: int, b: int) -> None:
        self.parent[self.find(a)] = self.find(b)

    def groups(self) -> list[list[int]]:
        found: dict[int, list[int]] = {}
        for index in range(len(self.parent)):
            found.setdefault(self.find(index), []).append(index)
        return [members for members in found.values() if len(members) > 1]


def party_groups(entries: list[Entry]) -> UnionFind:
    """Union-find over entries: same code, or same name with compatible address and code."""
    groups = UnionFind(len(entries))
    by_code: dict[str, int] = {}
    by_name: dict[str, list[int]] = {}
    for index, entry in enumerate(entries):
        code = party_code(entry.party)
        if code:
            groups.union(index, by_code.setdefault(code, index))
        name = normalize_name(entry.party.name)
        if name:
            for other in by_name.setdefault(name, []):
                if _addresses_match(entry.party, entries[other].party) and _codes_compatible(
                        entry.party, entries[other].party):
                    groups.union(index, other)
            by_name[name].append(index)
    return groups


def _days(a: date | None, b: date | None) -> int | None:
    return abs((a - b).days) if a is not None and b is not None else None


def same_conduct(a: Entry, b: Entry) -> bool:
    """Same domain and, where both decisions name it, the same violated provision."""
    return a.domain == b.domain and (not a.provision or not b.provision or a.provision == b.provision)


def before_any_penalty(a: Entry, b: Entry) -> bool:
    """Neither act came after the other decision: both were committed before either penalty
    (an act after an earlier penalty is a repeat offence, never a piece of the same scheme).
    Without stated acts, decisions within two years of each other, as before."""
    if a.act is not None and b.act is not None:
        return a.act == b.act or (a.decided is not None and b.decided is not None
                                  and a.act < b.decided and b.act < a.decided)
    gap = _days(a.decided, b.decided)
    return gap is not None and gap <= WINDOW_DAYS


def nominee_tie(a: Entry, b: Entry) -> bool:
    """Something tying two names together: the same legal representative or the same address.
    The same date of the facts is no tie (a same-day coincidence is not a scheme)."""
    rep_a, rep_b = (a.party.legal_representative or "").strip(), (b.party.legal_representative or "").strip()
    if rep_a and rep_a == rep_b:
        return True
    address_a, address_b = normalize_address(a.party.address), normalize_address(b.party.address)
    return bool(address_a) and address_a == address_b


def undated_piece(a: Entry, b: Entry) -> bool:
    """Same agency, same provision, within 180 days, and no stated act to tell a new offence
    from another piece of the same conduct: read as one scheme, not as a repeat."""
    gap = _days(a.decided, b.decided)
    return ((a.act is None or b.act is None) and bool(a.agency) and a.agency == b.agency
            and bool(a.provision) and a.provision == b.provision and gap is not None and gap <= SCHEME_WINDOW_DAYS)


def _nominees(a: Entry, b: Entry) -> bool:
    gap = _days(a.decided, b.decided)
    return (bool(a.agency) and a.agency == b.agency and bool(a.provision) and a.provision == b.provision
            and a.domain == b.domain and gap is not None and gap <= SCHEME_WINDOW_DAYS and nominee_tie(a, b))


def scheme_components(entries: list[Entry], parties: UnionFind) -> list[tuple[list[int], bool]]:
    """化整为零 candidates: connected decisions of one conduct whose acts all precede the penalties,
    linked as the same party or as nominees; ``True`` when more than one party is involved."""
    schemes = UnionFind(len(entries))
    for members in parties.groups():
        for position, index in enumerate(members):
            for other in members[position + 1:]:
                if same_conduct(entries[index], entries[other]) and before_any_penalty(entries[index], entries[other]):
                    schemes.union(index, other)
    by_key: dict[tuple[str, str, str], list[int]] = {}
    for index, entry in enumerate(entries):
        if entry.agency and entry.provision and entry.decided is not None:
            by_key.setdefault((entry.agency, entry.domain, entry.provision), []).append(index)
    for members in by_key.values():
        for position, index in enumerate(members):
            for other in members[position + 1:]:
                if parties.find(index) != parties.find(other) and _nominees(entries[index], entries[other]) \
                        and before_any_penalty(entries[index], entries[other]):
                    schemes.union(index, other)
    return [(members, len({parties.find(i) for i in members}) > 1) for members in schemes.groups()]


__all__ = ["Entry", "UnionFind", "entries_of", "normalize_address", "normalize_name", "party_code",
           "party_groups", "same_conduct", "scheme_components", "undated_piece", "WINDOW_DAYS"]
