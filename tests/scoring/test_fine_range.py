"""``irregularity.fine_range.v1`` against the statute knowledge base's fine clauses."""

from __future__ import annotations

from datetime import date

from analysis.record import TextField
from analysis.scoring.knowledge import load_knowledge
from analysis.scoring.rules import run_rules
from analysis.scoring.rules.fine_range import law_id, same_provision_dates
from tests.scoring.builders import make_record

BASIS = "《中华人民共和国食品安全法》第一百二十四条第一款"


def decision(goods: float, fine: float, extra: str = ""):
    text = (f"经查，当事人经营超范围使用食品添加剂的食品，货值金额{goods:g}元。依据{BASIS}，"
            f"决定没收违法所得并处罚款{fine:g}元。{extra}")
    record = make_record(text, domain="food_safety", decision_date="2023-05-10",
                         amounts=[(f"{goods:g}元", "goods_value", goods), (f"罚款{fine:g}元", "fine", fine)],
                         statutes=[(BASIS, "中华人民共和国食品安全法", 124, "basis")])
    record.fields.statutes[0].paragraph = 1
    return record


def fine_findings(record):
    return [f for f in run_rules(record, load_knowledge()) if f.rule == "irregularity.fine_range.v1"]


def test_fixed_range_fine_below_minimum():
    found = fine_findings(decision(goods=5000, fine=20000))
    assert found and found[0].threshold == 50000 and "低于法定下限" in found[0].explanation
    assert "5万元至10万元" in found[0].explanation and found[0].source.startswith("《中华人民共和国食品安全法》")


def test_multiple_of_goods_value():
    assert not fine_findings(decision(goods=20000, fine=300000))
    over = fine_findings(decision(goods=20000, fine=500000))
    assert over and over[0].threshold == 400000 and "超过法定上限" in over[0].explanation
    assert fine_findings(decision(goods=20000, fine=100000))


def test_mitigated_fine_below_minimum_is_not_flagged():
    assert not fine_findings(decision(goods=5000, fine=20000, extra="鉴于当事人主动消除违法后果，依法减轻处罚。"))


WASTE = "《中华人民共和国固体废物污染环境防治法》第一百一十二条第一款第（四）项"


def waste_decision(cost: float, fine: float):
    text = (f"经查，当事人将危险废物委托给无许可证的单位处置，所需处置费用{cost:g}元。依据{WASTE}，"
            f"决定处罚款{fine:g}元。")
    record = make_record(text, domain="environment", decision_date="2024-06-10",
                         amounts=[(f"所需处置费用{cost:g}元", "other", cost), (f"罚款{fine:g}元", "fine", fine)],
                         statutes=[(WASTE, "中华人民共和国固体废物污染环境防治法", 112, "basis")])
    record.fields.statutes[0].paragraph, record.fields.statutes[0].item = 1, 4
    return record


def test_multiple_of_a_cost_below_its_floor_is_taken_of_the_floor():
    """第一百一十二条第二款: 处置费用不足二十万元的，按二十万元计算 — 3–5 times 20万 = 60万–100万."""
    assert not fine_findings(waste_decision(cost=5430, fine=630000))
    over = fine_findings(waste_decision(cost=5430, fine=1200000))
    assert over and over[0].threshold == 1000000
    below = fine_findings(waste_decision(cost=5430, fine=300000))
    assert below and below[0].threshold == 600000


AD = "《中华人民共和国广告法》第五十五条第一款"


def ad_decision(fee: float, fine: float, total: float):
    text = (f"经查，当事人发布虚假广告，广告费用{fee:g}元。依据{AD}，决定罚款{fine:g}元。罚没款合计{total:g}元。")
    record = make_record(text, domain="market", decision_date="2024-06-10",
                         amounts=[(f"{fee:g}元", "other", fee), (f"罚款{fine:g}元", "fine", fine),
                                  (f"{total:g}元", "other", total)],
                         statutes=[(AD, "中华人民共和国广告法", 55, "basis")])
    record.fields.statutes[0].paragraph = 1
    return record


def test_an_untyped_base_is_the_amount_the_text_names_with_it():
    """广告费用三倍以上五倍以下: the base is the 广告费用, not the larger 罚没款合计."""
    assert not fine_findings(ad_decision(fee=6300, fine=18940, total=41040))
    below = fine_findings(ad_decision(fee=6300, fine=9000, total=50000))
    assert below and below[0].threshold == 18900


STATS = "《中华人民共和国统计法》第四十一条第二款"


def stats_decision(fine: float, said: str = ""):
    text = (f"经查，当事人报送的年报中营业收入数据与实际不符，虚报金额237900元。{said}依照{STATS}“企业事业单位或者其他组织"
            f"有前款所列行为之一的，可以并处五万元以下的罚款；情节严重的，并处五万元以上二十万元以下的罚款”的规定，"
            f"决定警告并处罚款{fine:g}元。")
    record = make_record(text, domain="other", decision_date="2024-06-10",
                         amounts=[("237900元", "other", 237900), (f"罚款{fine:g}元", "fine", fine)],
                         statutes=[(STATS, "中华人民共和国统计法", 41, "basis")])
    record.fields.statutes[0].paragraph = 2
    return record


def test_aggravated_band_applies_only_when_the_decision_states_its_circumstances():
    """情节严重的 band: quoting the statute is not finding the circumstance."""
    over = fine_findings(stats_decision(fine=65400))
    assert over and over[0].threshold == 50000 and "超过法定上限" in over[0].explanation
    assert over[0].explanation.endswith("该罚款在“情节严重的”幅度内，但文书未认定该情节")
    assert not fine_findings(stats_decision(fine=65400, said="当事人多次虚报，情节严重。"))
    assert not fine_findings(stats_decision(fine=42000))


PLANNING = "《中华人民共和国城乡规划法》第六十四条"


def planning_decision(cost: float, fine: float):
    text = (f"经查，当事人未取得建设工程规划许可证建设厂房，建筑面积902.73平方米，造价约{cost:g}元。"
            f"依据{PLANNING}，决定责令限期改正，并处罚款{fine:g}元。")
    return make_record(text, domain="construction", decision_date="2025-08-29",
                       amounts=[(f"{cost:g}元", "other", cost), (f"罚款{fine:g}元", "fine", fine)],
                       statutes=[(PLANNING, "中华人民共和国城乡规划法", 64, "basis")])


def test_percentage_of_construction_cost_named_in_other_words():
    """处建设工程造价百分之五以上百分之十以下的罚款, the cost written 造价约311900元."""
    assert not fine_findings(planning_decision(cost=311900, fine=20000))
    over = fine_findings(planning_decision(cost=311900, fine=71100))
    assert over and over[0].threshold == 31190


LAND = "《中华人民共和国土地管理法实施条例》第五十七条第一款"


def land_decision(area: float, fine: float):
    text = (f"经查，当事人未经批准非法占用土地{area:g}平方米建设厂房。依据{LAND}，决定按每平方米罚款，"
            f"计罚款{fine:g}元。")
    record = make_record(text, domain="land", decision_date="2024-06-19",
                         quantities=[(f"{area:g}平方米", area, "平方米", "土地")],
                         amounts=[(f"罚款{fine:g}元", "fine", fine)],
                         statutes=[(LAND, "中华人民共和国土地管理法实施条例", 57, "basis")])
    record.fields.statutes[0].paragraph = 1
    return record


def test_fine_per_square_metre_times_the_occupied_area():
    """罚款额为非法占用土地每平方米100元以上1000元以下."""
    assert not fine_findings(land_decision(area=2453.35, fine=490670))
    below = fine_findings(land_decision(area=2453.35, fine=73600.37))
    assert below and below[0].threshold == 245335 and "低于法定下限" in below[0].explanation


TRAVEL = "《中华人民共和国旅游法》第九十五条第一款"


def test_fine_for_responsible_persons_does_not_govern_the_unit():
    """对有关责任人员，处二千元以上二万元以下罚款 is no range for the travel agency itself."""
    text = f"经查，当事人未经许可经营旅行社业务，违法所得27600元。依据{TRAVEL}，决定没收违法所得，并处罚款6780元。"
    record = make_record(text, domain="market", decision_date="2025-04-30",
                         amounts=[("违法所得27600元", "illegal_gains", 27600), ("罚款6780元", "fine", 6780)],
                         statutes=[(TRAVEL, "中华人民共和国旅游法", 95, "basis")],
                         party=("当事人", None, None), party_kind="organization")
    record.fields.statutes[0].paragraph = 1
    below = fine_findings(record)
    assert below and below[0].threshold == 10000


DRUG = "《中华人民共和国药品管理法》第一百一十七条第一款"


def drug_decision(trade: str, fine: float):
    text = f"经查，当事人{trade}劣药布洛芬缓释胶囊，货值金额5650元。依据{DRUG}，决定没收违法所得，并处罚款{fine:g}元。"
    record = make_record(text, domain="drug", decision_date="2025-09-06",
                         amounts=[("货值金额5650元", "goods_value", 5650), (f"罚款{fine:g}元", "fine", fine)],
                         statutes=[(DRUG, "中华人民共和国药品管理法", 117, "basis")])
    record.fields.statutes[0].paragraph = 1
    return record


def test_drug_value_floor_follows_the_trade():
    """货值金额不足十万元按十万元 for 生产、批发, 不足一万元按一万元 for 零售: 10–20 times the floor."""
    over = fine_findings(drug_decision("在其药店零售", 363200))
    assert over and over[0].threshold == 200000
    assert not fine_findings(drug_decision("批发", 1500000))
    wholesale = fine_findings(drug_decision("批发", 363200))
    assert wholesale and wholesale[0].threshold == 1000000
    assert not fine_findings(drug_decision("销售", 363200))  # the trade unsaid: either floor may hold


INVOICE = "《中华人民共和国发票管理办法》第三十七条第一款"


def invoice_decision(acted: str | None, fine: float = 87500):
    text = f"经查，当事人在无真实业务往来的情况下开具增值税专用发票49张。依据{INVOICE}，决定并处罚款{fine:g}元。"
    record = make_record(text, domain="tax", decision_date="2024-01-06",
                         amounts=[(f"罚款{fine:g}元", "fine", fine)],
                         statutes=[(INVOICE, "中华人民共和国发票管理办法", 37, "basis")])
    record.fields.statutes[0].paragraph = 1
    if acted:
        record.fields.facts_date = TextField(value=acted)
    return record


def test_law_in_force_at_the_act_governs_after_a_renumbering():
    """行政处罚法第三十七条 (从旧兼从轻): 虚开 was 第三十七条 until the 2023 revision (now 第三十五条),
    whose 第三十七条 fines 1万–5万 for other acts; an act of 2022 is judged by the old article."""
    assert not fine_findings(invoice_decision("2022-11-03"))
    over = fine_findings(invoice_decision(None))
    assert over and over[0].threshold == 50000


def test_per_unit_fine_counts_the_occupied_area_as_measured():
    """4,133平方米（合6.2亩）: the measured square metres, not 6.2亩 converted (4,133.33); of a parcel
    sold (出让面积21,680平方米) and the land occupied (占用土地共计8,920平方米), the occupied."""
    text = (f"经查，当事人共占用土地4,133平方米（合6.2亩）。依据{LAND}，决定按每平方米100元处以罚款，计罚款413300元。")
    record = make_record(text, domain="land", decision_date="2024-06-19",
                         quantities=[("4,133平方米", 4133, "平方米", "土地"), ("6.2亩", 6.2, "亩", "土地")],
                         amounts=[("罚款413300元", "fine", 413300)],
                         statutes=[(LAND, "中华人民共和国土地管理法实施条例", 57, "basis")])
    record.fields.quantities[1].normalized_value, record.fields.quantities[1].normalized_unit = 4133.33, "平方米"
    assert not fine_findings(record)
    text = (f"经查，当事人竞得地块（出让面积21,680平方米），未缴清出让价款即擅自开工，占用土地共计8,920平方米。"
            f"依据{LAND}，决定按每平方米150元处以罚款，计罚款1338000元。")
    record = make_record(text, domain="land", decision_date="2024-06-19",
                         quantities=[("21,680平方米", 21680, "平方米", "土地"), ("8,920平方米", 8920, "平方米", "土地")],
                         amounts=[("罚款1338000元", "fine", 1338000)],
                         statutes=[(LAND, "中华人民共和国土地管理法实施条例", 57, "basis")])
    assert not fine_findings(record)


def test_a_renumbered_article_at_the_decision_is_another_provision():
    """发票管理办法 2023: 虚开 moved from 第三十七条 to 第三十五条; the new 第三十七条 fines other acts. Under
    行政处罚法第三十七条 the decision-date text is compared only where the cited number still holds
    the act-date provision."""
    statutes = load_knowledge().statutes
    invoices = law_id(statutes, "中华人民共和国发票管理办法")
    acted, decided = date(2022, 11, 3), date(2024, 1, 6)
    assert same_provision_dates(statutes, invoices, 37, [acted, decided]) == [acted]
    assert same_provision_dates(statutes, invoices, 37, [acted, acted]) == [acted, acted]
    assert same_provision_dates(statutes, invoices, 37, [None, decided]) == [None, decided]
