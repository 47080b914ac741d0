"""Cross-document linking: repeat offenders and 化整为零 sums."""

from __future__ import annotations

from analysis.scoring.knowledge import load_knowledge
from analysis.scoring.linking import link_records, normalize_name
from tests.scoring.builders import make_record

CODE = "91310116MA1J000001"


def decision(sales: float, when: str, *, name: str = "上海某某食品有限责任公司", code: str | None = CODE,
             address: str | None = "上海市金山区某路1号", doc: str = "a.txt"):
    text = (f"当事人：{name}。经查，当事人销售不符合食品安全标准的食品，销售金额{sales:g}元。"
            f"依据《中华人民共和国食品安全法》第一百二十四条，决定罚款5000元。")
    return make_record(text, name=doc, domain="food_safety", decision_date=when,
                       amounts=[(f"{sales:g}元", "sales_amount", sales), ("5000元", "fine", 5000)],
                       party=(name, code, address))


def by_rule(record, rule):
    return [f for f in record.findings if f.rule == rule]


def test_repeat_offender_across_two_documents_by_credit_code():
    first, second = decision(1000, "2022-03-01", doc="a.txt"), decision(2000, "2023-01-10", doc="b.txt",
                                                                     name="上海某某食品有限公司")
    link_records([second, first], knowledge=load_knowledge())
    assert not by_rule(first, "repeat_offender.v1")
    found = by_rule(second, "repeat_offender.v1")
    assert found and found[0].kind == "repeat_offender" and "已受行政处罚1次" in found[0].explanation
    assert {e.document_id for e in found[0].evidence} == {None, first.document_id}


def test_no_link_when_outside_two_years_or_different_party():
    old, new = decision(1000, "2019-01-01", doc="a.txt"), decision(2000, "2023-01-10", doc="b.txt")
    other = decision(2000, "2023-02-10", doc="c.txt", code="91310116MA1J000009", name="另一食品有限公司")
    link_records([old, new, other], knowledge=load_knowledge())
    assert not any(by_rule(record, "repeat_offender.v1") for record in (old, new, other))


def test_name_and_address_link_without_credit_code():
    first = decision(1000, "2022-03-01", code=None, doc="a.txt")
    second = decision(1000, "2022-09-01", code=None, doc="b.txt")
    moved = decision(1000, "2022-10-01", code=None, doc="c.txt", address="北京市朝阳区某街9号")
    link_records([first, second, moved], knowledge=load_knowledge())
    assert by_rule(second, "repeat_offender.v1") and not by_rule(moved, "repeat_offender.v1")
    assert normalize_name("上海 某某食品有限责任公司") == "上海某某食品有限公司"


def test_split_sum_across_decisions_reaches_threshold():
    parts = [decision(20000, "2023-01-10", doc="a.txt"), decision(18000, "2023-03-10", doc="b.txt"),
             decision(15000, "2023-05-10", doc="c.txt")]
    link_records(parts, knowledge=load_knowledge())
    for record in parts:
        split = by_rule(record, "aggregate.split.v1")
        assert split and split[0].kind == "criminal_transfer" and split[0].observed == 53000
        assert "累计" in split[0].explanation and "化整为零" in split[0].explanation
        assert len(split[0].evidence) == 3 and sum(e.document_id is None for e in split[0].evidence) == 1


def test_split_not_flagged_when_sum_stays_under():
    parts = [decision(20000, "2023-01-10", doc="a.txt"), decision(18000, "2023-03-10", doc="b.txt")]
    link_records(parts, knowledge=load_knowledge())
    assert not any(by_rule(record, "aggregate.split.v1") for record in parts)
