"""化整为零 schemes and repeat offenders on generated decision texts, analysed by the screening
pipeline (extraction and classification included) and then linked: what a prosecutor would
charge as one case is summed, two cases are not, and a repeat is counted from the new act."""

from __future__ import annotations

from functools import lru_cache

import pytest

from analysis.ingest import ingest_bytes
from analysis.pipeline import Pipeline
from analysis.scoring.linking import link_records
from analysis.scoring.screening import screen_component_names

AGENCY = "威海市乳山市林业局"


@lru_cache(maxsize=1)
def _pipeline() -> Pipeline:
    return Pipeline(names=screen_component_names())


def analyse(text: str, name: str):
    record = next(iter(ingest_bytes(text.encode("utf-8"), name, _pipeline().settings)))
    return _pipeline()(record)


def wildlife_sale(number: int, party: str, facts: str, decided: str, *, source: str | None = None) -> str:
    """A 野生动物保护法第二十八条 decision (出售国家重点保护野生动物制品) as the generator writes it;
    with a ``source`` line, in the sectioned layout (二、违法事实及证据)."""
    opening = "经查，"
    if source:
        source, opening = f"二、违法事实及证据\n{source}", ""
    source = source or f"本局执法人员在“双随机、一公开”检查中发现当事人涉嫌违法，本局于{decided[:5]}1月5日立案调查。"
    return f"""{AGENCY}
行政处罚决定书
威林罚决字〔{decided[:4]}〕第{number}号
{party}
{source}
{opening}{facts}
当事人的上述行为违反了《中华人民共和国野生动物保护法》第二十八条第一款的规定。
依照《中华人民共和国野生动物保护法》第五十二条第一款的规定，本局决定对当事人作出如下行政处罚：
一、没收野生动物制品；
二、罚款30000元。
{AGENCY}
{decided}
"""


def person(name: str, number: str, address: str) -> str:
    return f"当事人：{name}，男，1980年5月出生，身份证号码：{number}，住址：{address}。"


def splits(record) -> list:
    return [f for f in record.findings if f.rule == "aggregate.split.v1"]


def repeats(record) -> list:
    return [f for f in record.findings if f.rule == "repeat_offender.v1"]


def _three_sellers(addresses: tuple[str, str, str]) -> list[str]:
    """Three names selling protected-animal products on one day, fined by one agency under one
    provision (sum 3.6万元, over the 2万元 of 刑法第341条第一款); the third decision opens with a
    现场检查 date the extractor may take for the facts date."""
    return [
        wildlife_sale(2, person("梁燕红", "371082198005120011", addresses[0]),
                      "当事人于2023年1月24日在其经营的店铺内出售象牙制品，经鉴定为国家重点保护野生动物制品，价值14110元。",
                      "2023年11月12日"),
        wildlife_sale(42, person("王海川", "371082198107150032", addresses[1]),
                      "当事人于二〇二三年一月二十四日在其经营的店铺内出售熊胆粉，经鉴定为国家重点保护野生动物制品，价值10160元。",
                      "2023年11月21日"),
        wildlife_sale(57, person("李百川", "371082197909090053", addresses[2]),
                      "当事人于2023年1月24日在其经营的店铺内出售虎骨，经鉴定为国家重点保护野生动物制品，价值11841元。",
                      "2023年12月26日",
                      source="2023年8月30日，本局执法人员依法对当事人进行现场检查，发现涉嫌违法行为，经批准立案调查。"),
    ]


def test_people_caught_on_the_same_day_with_nothing_else_in_common_are_separate_cases():
    """The same date of the facts is a coincidence, not a scheme: three sellers at three
    addresses are three cases, none summed with the others."""
    texts = _three_sellers(("山东省威海市乳山市城南大道98号", "山东省威海市乳山市解放路12号", "山东省威海市乳山市青年路7号"))
    records = [analyse(text, f"{i}.txt") for i, text in enumerate(texts)]
    link_records(records)
    assert not any(splits(record) for record in records)


def test_nominees_of_one_household_are_one_scheme_even_where_another_date_was_marked():
    """The same three sellers living at one address (a household fronting one trade): one scheme,
    summed in every decision, though the third marks its 现场检查 date as the facts date."""
    texts = _three_sellers(("山东省威海市乳山市城南大道98号",) * 3)
    records = [analyse(text, f"{i}.txt") for i, text in enumerate(texts)]
    # the extractor may mark the 现场检查 date (2023-08-30) of the third as its facts date
    assert records[2].fields.facts_date.value in ("2023-08-30", "2023-01-24")
    link_records(records)
    for record in records:
        found = splits(record)
        assert found, record.fields.facts_date
        assert found[0].observed == 36111 and found[0].threshold_id.startswith("wildlife-341-1")
        assert "不同名义当事人" in found[0].explanation and len(found[0].evidence) == 3


def test_a_filing_date_equal_to_another_decisions_facts_date_ties_no_one():
    """Two unrelated sellers: the day one was caught is the day the other's case was filed
    (立案), which is procedure, not a shared act: two cases."""
    first = wildlife_sale(5, person("韦燕", "510116199001010028", "成都市双流区新华街586号"),
                          "当事人于2023年8月6日在其经营的店铺内出售象牙制品，经鉴定为国家重点保护野生动物制品，价值12000元。",
                          "2024年2月24日")
    second = wildlife_sale(9, person("夏鹏", "510121198802020017", "成都市金堂县东湖街道杨家村7组"),
                           "当事人于2022年12月31日在其经营的店铺内出售熊胆粉，经鉴定为国家重点保护野生动物制品，价值11000元。",
                           "2023年10月4日", source="本局于2023年8月6日立案调查。")
    records = [analyse(first, "a.txt"), analyse(second, "b.txt")]
    link_records(records)
    assert not any(splits(record) for record in records)


def test_same_party_act_after_the_earlier_penalty_is_a_repeat_not_a_piece_of_one_scheme():
    party = person("毛健", "530111197807070011", "昆明市官渡区东湖街道柳树湾村9组")
    earlier = wildlife_sale(3, party, "当事人于2023年2月1日出售象牙制品，经鉴定为国家重点保护野生动物制品，价值12000元。",
                            "2023年5月10日")
    later = wildlife_sale(8, party, "当事人于2023年9月1日出售熊胆粉，经鉴定为国家重点保护野生动物制品，价值11000元。",
                          "2023年11月20日")
    records = [analyse(earlier, "a.txt"), analyse(later, "b.txt")]
    link_records(records)
    assert not any(splits(record) for record in records)
    assert repeats(records[1]) and not repeats(records[0])


def test_same_party_acts_before_either_penalty_are_one_scheme_and_no_repeat():
    party = person("毛健", "530111197807070011", "昆明市官渡区东湖街道柳树湾村9组")
    first = wildlife_sale(3, party, "当事人于2023年2月1日出售象牙制品，经鉴定为国家重点保护野生动物制品，价值12000元。",
                          "2023年5月10日")
    second = wildlife_sale(8, party, "当事人于2023年3月1日出售熊胆粉，经鉴定为国家重点保护野生动物制品，价值11000元。",
                           "2023年6月20日")
    records = [analyse(first, "a.txt"), analyse(second, "b.txt")]
    link_records(records)
    assert all(splits(record) and splits(record)[0].observed == 23000 for record in records)
    assert not any(repeats(record) for record in records)


HAZCHEM = """湖南省应急管理厅
行政处罚决定书
湘应急执法罚[2024]3号
当事人：秦峰杰（身份证号：430182198001018690）
现查明：当事人未取得危险化学品经营许可证，在其门店内零星销售桶装汽油，违法所得11240元。另查明，当事人曾于2022年7月14日和2023年6月20日两次因违法行为受到行政处罚。
当事人的上述行为违反了《危险化学品安全管理条例》第三十三条第1款的规定。
依照《危险化学品安全管理条例》第七十七条第3款的规定，本局决定对当事人作出如下行政处罚：没收违法所得11240元，处以罚款100000元。
湖南省应急管理厅
2024年07月25日
"""
FISHERY = """长沙市农业农村局
行政处罚决定书
长农罚〔2023〕12号
当事人：秦峰杰（身份证号：430182198001018690），住址：长沙市宁乡市滨江路766号
经查，当事人于2022年10月1日未依法取得捕捞许可证擅自进行捕捞，渔获物价值800元。
当事人的上述行为违反了《中华人民共和国渔业法》第二十三条的规定。
依照《中华人民共和国渔业法》第四十一条的规定，本局决定对当事人作出如下行政处罚：没收渔获物，罚款2000元。
长沙市农业农村局
2023年6月29日
"""


def test_a_recited_earlier_penalty_date_is_not_the_new_act():
    """``曾于2022年7月14日和2023年6月20日两次因违法行为受到行政处罚`` recites prior penalties (the
    recital may date them otherwise than the decisions do): neither date is an act before the
    penalty of 2023-06-29, which counts."""
    records = [analyse(FISHERY, "a.txt"), analyse(HAZCHEM, "b.txt")]
    assert records[1].fields.facts_date is None or records[1].fields.facts_date.value == "2022-07-14"
    link_records(records)
    found = repeats(records[1])
    assert found and "已受行政处罚1次" in found[0].explanation


def test_undated_pieces_of_one_conduct_by_one_agency_are_not_repeats():
    """The same company fined twice within months by one agency on one provision, no date of the
    facts to tell a new act: pieces of one conduct (under the threshold here), not a repeat."""
    party = "当事人：衡水顺发农资有限公司\n统一社会信用代码：91131102MAX3WFNA00\n地址：河北省衡水市桃城区滨江路235号"
    template = """衡水市桃城区农业农村局
行政处罚决定书
衡农罚[2025]{number}号
{party}
经查，当事人销售的{seed}品种与标签标注不符，依法认定为假种子。货值金额{value}元，违法所得300元。经鉴定，种植户受损面积20亩，造成生产损失{loss}元。
当事人的上述行为违反了《中华人民共和国种子法》第四十八条第二款的规定。
依据《中华人民共和国种子法》第七十四条第一款的规定，我局决定对当事人作出如下行政处罚：没收违法所得300元，罚款20000元。
衡水市桃城区农业农村局
{decided}
"""
    texts = [template.format(number=12, party=party, seed="玉米种子", value=3000, loss=4000, decided="2025年3月18日"),
             template.format(number=31, party=party, seed="西瓜种子", value=2500, loss=5000, decided="2025年5月26日")]
    records = [analyse(text, f"{i}.txt") for i, text in enumerate(texts)]
    link_records(records)
    assert not any(repeats(record) or splits(record) for record in records)


def test_one_scheme_joins_the_same_party_and_a_nominee_into_one_sum():
    """Two decisions against one seller and one against a nominee of the seller's household (same
    住址): one scheme of three, summed whole (2.9万元) in every decision, not the seller's two alone."""
    seller = person("杨洋福", "130182198001012291", "河北省石家庄市藁城区长江路200号")
    nominee = person("孟志荣", "130182198506069075", "河北省石家庄市藁城区长江路200号")
    sale = "当事人于2024年8月12日在其经营的店铺内出售{goods}，经鉴定为国家重点保护野生动物制品，价值{value}元。"
    texts = [wildlife_sale(4, seller, sale.format(goods="象牙制品", value=12000), "2024年11月29日"),
             wildlife_sale(9, nominee, sale.format(goods="熊胆粉", value=8000), "2025年1月11日"),
             wildlife_sale(15, seller, sale.format(goods="虎骨", value=9000), "2025年2月27日")]
    records = [analyse(text, f"{i}.txt") for i, text in enumerate(texts)]
    link_records(records)
    for record in records:
        found = splits(record)
        assert found and found[0].observed == 29000 and len(found[0].evidence) == 3
        assert not repeats(record)


def test_an_inspection_date_marked_as_the_facts_date_does_not_make_a_new_act():
    """The second decision opens with the day of the 现场检查 (after the first penalty), which the
    extractor may mark as the facts date; the act it states (2023-10-18) came before both
    penalties: one conduct cut in two, not a repeat."""
    party = person("钱成飞", "511523198001010015", "四川省宜宾市江安县新华镇三合村3组")
    sale = "当事人自2023年10月18日起在其经营的店铺内出售{goods}，经鉴定为国家重点保护野生动物制品，价值{value}元。"
    first = wildlife_sale(21, party, sale.format(goods="象牙制品", value=9000), "2024年8月22日",
                          source="2024年7月5日，本局执法人员依法对当事人进行现场检查，发现涉嫌违法行为，经批准立案调查。")
    second = wildlife_sale(40, party, sale.format(goods="熊胆粉", value=8000), "2024年11月10日",
                           source="2024年9月28日，本局执法人员依法对当事人进行现场检查，发现涉嫌违法行为，经批准立案调查。")
    records = [analyse(first, "a.txt"), analyse(second, "b.txt")]
    assert records[1].fields.facts_date.value == "2023-10-18"  # the act; the 现场检查 date is procedure
    link_records(records)
    assert not any(repeats(record) for record in records)


def _generated_split(spec_id: str, nominees: bool) -> list:
    """The first over-threshold 化整为零 group of ``spec_id`` the generator draws (with more than
    one name when ``nominees``), as decisions with gold."""
    from corpora.generator import _decision
    from corpora.generator.plan import Planner
    from corpora.generator.specs import spec_by_id

    spec = spec_by_id(spec_id)
    for seed in range(200):
        planner = Planner(seed)
        planner._spec = lambda *args, **kwargs: spec  # noqa: B023 - every draw is this violation type
        group = [_decision(plan, seed) for plan in planner.split_group()]
        over = group and all(any(lead.rule == "aggregate.split" for lead in d.gold.gold.leads) for d in group)
        if over and (len({d.plan.party.name for d in group}) > 1) == nominees:
            return group
    raise AssertionError(f"no split group of {spec_id}")


@pytest.mark.parametrize("spec_id", ["drug_inferior", "food_expired"])
def test_a_generated_scheme_under_149_names_the_offence_of_140_reached(spec_id):
    """劣药 or 过期食品 sold in pieces under 5万元, together over it, no 严重危害 or 食物中毒 danger:
    生产、销售伪劣产品罪 (刑法第140条 through 第149条), as the gold names it."""
    group = _generated_split(spec_id, nominees=False)
    records = [analyse(d.text, f"{i}.txt") for i, d in enumerate(group)]
    link_records(records)
    gold = {lead.threshold_id for d in group for lead in d.gold.gold.leads if lead.rule == "aggregate.split"}
    assert gold == {"product-140-fake-inferior/1"}
    for record in records:
        found = splits(record)
        assert found and found[0].threshold_id.split("@")[0] == "product-140-fake-inferior"
        assert found[0].threshold_item == "product-140-fake-inferior/1"
        assert found[0].criminal_law_article == 140


def test_a_generated_nominee_scheme_is_linked_by_the_tie_it_prints():
    """Nominee companies of one generated scheme print the same legal representative: the linker
    sums them as one scheme of different names, as the gold groups them."""
    group = _generated_split("agri_vet", nominees=True)
    records = [analyse(d.text, f"{i}.txt") for i, d in enumerate(group)]
    link_records(records)
    for record in records:
        found = splits(record)
        assert found and found[0].observed == round(group[0].plan.split_total, 2)
