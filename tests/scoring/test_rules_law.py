"""Rules read the law's elements: the party a figure is for, unsold goods, catch-all offences,
stated elements (禁渔/现实危险), violation names that are not facts, and 化整为零 nominees."""

from __future__ import annotations

from analysis.scoring.knowledge import load_knowledge
from analysis.scoring.linking import link_records
from analysis.scoring.rules import run_rules
from tests.scoring.builders import make_record


def criminal(record, prefix: str = ""):
    return [f for f in run_rules(record, load_knowledge())
            if f.kind == "criminal_transfer" and (f.threshold_id or "").startswith(prefix)]


SMUGGLE = ("经调查，当事人{who}以低报价格的方式向海关申报进口化妆品一批，偷逃应纳税款人民币{tax}元。"
           "当事人上述行为违反了《中华人民共和国海关法》第八十二条第一款的规定。")


def smuggling(kind: str, tax: int):
    name = "衡水康源国际贸易有限公司" if kind == "organization" else "张三"
    text = SMUGGLE.format(who=name, tax=tax)
    return make_record(text, domain="customs", decision_date="2024-09-03", party=(name, None, None), party_kind=kind,
                       amounts=[(f"{tax}元", "tax_evaded", float(tax))])


def test_unit_and_individual_figures_apply_to_their_party():
    """走私普通货物: 个人偷逃应缴税额十万元, 单位二十万元 (法释〔2014〕10号第十六条、第二十四条)."""
    assert criminal(smuggling("individual", 171513), "customs-153")
    assert not criminal(smuggling("organization", 171513), "customs-153")
    found = criminal(smuggling("organization", 200000), "customs-153")
    assert found and found[0].threshold == 200000


def fake_products(sales: int, goods: int, unsold_word: str = ""):
    text = (f"经调查，当事人生产的钢筋经抽样检验不合格，以不合格产品冒充合格产品对外销售，共销售{sales}元，"
            f"{unsold_word}货值金额{goods}元。")
    return make_record(text, domain="product_quality", decision_date="2025-06-18",
                       amounts=[(f"{sales}元", "sales_amount", float(sales)), (f"{goods}元", "goods_value", float(goods))])


def test_goods_value_covering_sold_goods_is_not_unsold_value():
    """已销售金额×3 + 尚未销售的货值 ≥ 15万: 货值金额 of the whole lot minus the sales is unsold."""
    assert not criminal(fake_products(41724, 45800), "product-140")  # 3×41724 + 4076 < 15万
    assert criminal(fake_products(45000, 70000), "product-140")  # 3×45000 + 25000 ≥ 15万
    marked = criminal(fake_products(41724, 45800, "库存未销售产品"), "product-140")
    assert marked and marked[0].observed == 3 * 41724 + 45800


def test_catch_all_illegal_business_needs_its_own_wording():
    """刑法第225条第四项 is not the fallback of every market decision (虚假宣传 is not 非法经营)."""
    text = "经查，当事人在网店销售保健床垫时宣称具有治疗高血压功能，与实际不符，销售额228400元。"
    record = make_record(text, domain="market", decision_date="2024-05-13",
                         amounts=[("228400元", "sales_amount", 228400.0)])
    assert not criminal(record, "market-225")
    unlicensed = make_record(text.replace("经查，", "经查，当事人未经许可经营，非法经营"), domain="market",
                             decision_date="2024-05-13", amounts=[("228400元", "sales_amount", 228400.0)])
    assert criminal(unlicensed, "market-225")


def test_illegal_fishing_needs_a_closed_season_area_or_banned_gear():
    text = "经查，当事人未取得捕捞许可证，于2024年11月15日驾驶渔船在湖区从事捕捞作业，渔获物价值15540元。"
    record = make_record(text, domain="fishery", decision_date="2025-07-10",
                         amounts=[("15540元", "goods_value", 15540.0)])
    assert not criminal(record, "fishery-340")
    banned = text.replace("从事捕捞作业", "在禁渔期内使用电鱼器具捕捞")
    record = make_record(banned, domain="fishery", decision_date="2025-07-10",
                         amounts=[("15540元", "goods_value", 15540.0)])
    assert criminal(record, "fishery-340")


def test_dangerous_operation_needs_the_real_danger():
    """危险作业罪 (刑法第134条之一): a failed sensor named in the violation's wording is not enough."""
    failed = ("经查，当事人未对可燃气体报警装置进行经常性维护保养，部分探头失效，构成关闭、破坏直接关系生产安全的"
              "监控、报警设备的违法行为。")
    assert not criminal(make_record(failed, domain="work_safety", decision_date="2024-05-19"), "safety-134")
    danger = "经查，当事人擅自关闭储罐区可燃气体报警装置并在生产中继续作业，具有发生重大伤亡事故的现实危险。"
    assert criminal(make_record(danger, domain="work_safety", decision_date="2024-05-19"), "safety-134")


def test_violation_name_is_not_a_refusal_to_pay():
    name_only = ("经查，当事人拖欠4人工资，收到《劳动保障监察限期改正指令书》后已支付部分工资，构成拒不支付劳动报酬的"
                 "违法行为。本局决定：责令支付拖欠工资。")
    assert not criminal(make_record(name_only, domain="other", decision_date="2024-05-17"), "labor-276")
    refused = name_only.replace("后已支付部分工资", "责令限期支付后，当事人仍拒不支付")
    assert not criminal(make_record(refused, domain="other", decision_date="2024-05-17"), "labor-276")  # no amount
    owed = refused.replace("拖欠4人工资", "拖欠4人工资共计21600元")
    record = make_record(owed, domain="other", decision_date="2024-05-17", amounts=[("21600元", "other", 21600.0)])
    assert criminal(record, "labor-276")


def test_named_non_food_substance_is_the_toxic_food_offence():
    text = "经查明，该公司在生产火锅底料过程中添加非食用物质硼砂，涉案货值2160元。"
    assert criminal(make_record(text, domain="food_safety", decision_date="2024-05-10"), "food-144")


def _overcut(name: str, place: str, day: str, volume: float, decided: str, address: str | None = None):
    text = (f"经查明，{name}未取得林木采伐许可证，于{day}在{place}自留山上采伐杨树，滥伐林木立木蓄积{volume}立方米。"
            "违反了《森林法》第五十六条第一款的规定。某县林业局")
    record = make_record(text, name=f"{name}.txt", domain="forestry", decision_date=decided,
                         party=(name, None, address), party_kind="individual",
                         quantities=[(f"{volume}立方米", volume, "立方米", "立木蓄积")],
                         statutes=[("《森林法》第五十六条第一款", "森林法", 56, "violated")])
    from analysis.record import TextField

    record.fields.agency = TextField(value="某县林业局")
    record.findings = run_rules(record, load_knowledge())
    return record


def test_unrelated_people_fined_by_one_agency_are_not_one_split_scheme():
    a = _overcut("王某", "石门村", "2024-04-20", 17.85, "2024-09-01")
    b = _overcut("李某", "南山街道", "2024-06-29", 19.13, "2024-10-01")
    link_records([a, b])
    assert not [f for f in a.findings + b.findings if f.rule == "aggregate.split.v1"]


def test_nominees_sharing_an_address_are_one_split_scheme():
    a = _overcut("王某", "石门村", "2024-04-20", 17.85, "2024-09-01", address="石门村7组")
    b = _overcut("李某", "石门村", "2024-06-29", 19.13, "2024-10-01", address="石门村7组")
    link_records([a, b])
    assert [f for f in a.findings + b.findings if f.rule == "aggregate.split.v1"]


def test_a_fact_read_by_the_better_supported_offence_is_not_passed_to_another():
    """A customs company's 偷逃税款 under 走私罪's 单位 figure is not an 逃税罪 (刑法第201条) lead."""
    found = [f for f in run_rules(smuggling("organization", 182100), load_knowledge()) if f.kind == "criminal_transfer"]
    assert not found


def test_declaration_error_is_not_smuggling():
    """申报不实 (海关法第二十四条, 海关行政处罚实施条例第十五条) is no 走私 (逃避海关监管)."""
    text = ("经查，当事人向海关申报进口机械零部件，申报税则号列错误，漏缴税款24.06万元，有偷逃税款海关核定证明书为证。违反了《海关法》第二十四条第一款的规定。"
            "依据《中华人民共和国海关行政处罚实施条例》第十五条第四项的规定处罚。")
    name = "兰山信诚进出口有限公司"
    record = make_record(name + text, domain="customs", decision_date="2024-04-18", party=(name, None, None),
                         amounts=[("24.06万元", "tax_evaded", 240600.0)])
    assert not criminal(record)  # nor 逃税罪: customs duties are not evaded by a false tax return


def test_unsafe_products_without_harm_fall_back_to_fake_products():
    """刑法第149条: a 不符合安全标准 product (第146条) with unsold goods worth 15万元 is a 第140条 lead."""
    text = ("经监督抽查，当事人销售的燃气灶具不符合保障人身、财产安全的国家标准。现场查扣同批次产品货值金额232300元，"
            "已售部分违法所得43909元。")
    record = make_record(text, domain="product_quality", decision_date="2024-10-15",
                         amounts=[("232300元", "goods_value", 232300.0), ("43909元", "illegal_gains", 43909.0)])
    found = criminal(record, "product-140")
    assert found and found[0].threshold == 150000


def test_forest_land_of_no_stated_kind_counts_as_commercial_forest():
    """非法占用农用地罪: 商品林地 (every forest not 公益林) ten mu; 公益林地 five mu only when stated."""
    text = "经现场勘验，当事人于2023年9月13日起在石门街道林区开采石料，擅自改变林地用途，面积7400平方米。"
    record = make_record(text, domain="forestry", decision_date="2024-03-12",
                         quantities=[("7400平方米", 7400.0, "平方米", "面积")])
    found = criminal(record, "land-342-forest")
    assert found and found[0].threshold == 10
    small = make_record(text.replace("7400", "4000"), domain="forestry", decision_date="2024-03-12",
                        quantities=[("4000平方米", 4000.0, "平方米", "面积")])
    assert not criminal(small, "land-342-forest")


def test_tax_printed_on_false_special_invoices_is_the_false_invoicing_amount():
    text = "经查，该公司在没有真实交易的情况下，于2023年6月21日为他人开具增值税专用发票73张，税额合计320100元。"
    record = make_record(text, domain="tax", decision_date="2024-02-07", amounts=[("320100元", "other", 320100.0)])
    found = criminal(record, "tax-205")
    assert found and found[0].observed == 320100


def test_unlicensed_travel_or_insurance_agency_is_not_illegal_business():
    travel = ("经查，当事人在未取得《旅行社业务经营许可证》的情况下招徕游客，获利14120元，构成未经许可经营旅行社业务的"
              "违法行为。")
    record = make_record(travel, domain="culture_tourism", decision_date="2024-05-01",
                         amounts=[("14120元", "illegal_gains", 14120.0)])
    assert not criminal(record, "market-225")
    agent = "现查明：当事人未取得保险代理业务许可证从事人身保险代理业务，收取佣金等违法所得148300元。"
    record = make_record(agent, domain="finance", decision_date="2024-05-01",
                         amounts=[("148300元", "illegal_gains", 148300.0)])
    assert not criminal(record, "finance-225")


def test_false_books_are_not_evading_the_recovery_of_arrears():
    """刑法第203条 needs 欠税 made uncollectable by 转移、隐匿财产."""
    books = "该公司采取在账簿上不列、少列收入的方式，少缴增值税税款合计97400元，占同期应纳税额的21.71%。"
    record = make_record(books, domain="tax", decision_date="2024-04-20", amounts=[("97400元", "tax_evaded", 97400.0)])
    assert not criminal(record, "tax-203")
    hidden = "该公司欠缴税款后转移财产，致使税务机关无法追缴欠缴的税款97400元。"
    record = make_record(hidden, domain="tax", decision_date="2024-04-20", amounts=[("97400元", "tax_evaded", 97400.0)])
    assert criminal(record, "tax-203")
