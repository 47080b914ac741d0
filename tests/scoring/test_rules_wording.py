"""How people write the facts an offence turns on, read through the whole screening pipeline:
a test result that clears the substances named before it, banned pesticides named on a crop, a
medical device reached only through 刑法第一百四十九条, the kind of land stated after its area, a
hearing notice the party did not take up, an opening that announces the decision, and a refusal
to pay after the order in other words."""

from __future__ import annotations

from analysis.scoring.knowledge import load_knowledge
from tests.scoring.test_rules_offence import analyse


def criminal(record) -> set[str]:
    return {(f.threshold_id or "").split("@")[0] for f in record.findings if f.kind == "criminal_transfer"}


def rules(record) -> set[str]:
    return {f.rule for f in record.findings}


FISH_STALL = """淮北市相山区市场监督管理局
行政处罚决定书
相市监罚〔2025〕41号
当事人：淮北市相山区鲜源水产店
统一社会信用代码：92340603MA8PX1QH3K
经查，2025年6月3日，执法人员检查发现当事人销售的鲈鱼、鲫鱼共3个批次未能提供进货查验记录。执法人员现场快速检测，{result}
当事人的行为违反了《中华人民共和国食品安全法》第五十三条第一款的规定。依据《中华人民共和国食品安全法》第一百二十六条第一款第（三）项的规定，决定给予警告。
淮北市相山区市场监督管理局
2025年6月20日
"""


def test_a_result_that_clears_the_substances_named_before_it_is_no_trigger():
    cleared = analyse(FISH_STALL.format(result="孔雀石绿、硝基呋喃类代谢物均未检出。"))
    assert "food-144-toxic" not in criminal(cleared)
    found = analyse(FISH_STALL.format(result="鲈鱼中检出孔雀石绿，含量为6.2μg/kg。"))
    assert "food-144-toxic" in criminal(found)


CHIVES = """亳州市谯城区农业农村局
行政处罚决定书
谯农罚〔2025〕6号
当事人：王某，男，住址：安徽省亳州市谯城区十河镇王庄村。
经查，2025年3月，当事人在其承包的2亩芹菜地{act}。
上述行为违反了《中华人民共和国农产品质量安全法》第二十九条的规定。依据该法第七十条第一款第（一）项的规定，决定罚款人民币三千元。
亳州市谯城区农业农村局
2025年4月10日
"""


def test_a_banned_pesticide_used_on_a_food_crop_is_the_toxic_food_offence():
    """法释〔2021〕24号第十一条: using a 禁用农药 on 食用农产品 is 刑法第一百四十四条, decided by a 农业 agency."""
    used = analyse(CHIVES.format(act="使用克百威颗粒剂灌根防治根蛆，抽检芹菜检出克百威0.21mg/kg"))
    assert "food-144-toxic" in criminal(used)
    stored = analyse(CHIVES.format(act="旁的农资店内存放克百威颗粒剂12袋，未建立农药经营台账"))
    assert "food-144-toxic" not in criminal(stored)


MASKS = """荆门市市场监督管理局
行政处罚决定书
荆市监罚〔2025〕77号
当事人：荆门市康卫医疗器械有限公司
统一社会信用代码：91420800MA4F6T2Q8N
经查，当事人于2024年10月至2025年1月购进无注册证号的“一次性使用医用外科口罩”，以每只0.2元销往辖区诊所，销售金额人民币71,300元，库存货值金额12,400元。经检验，细菌过滤效率不符合强制性标准。
上述行为违反了《医疗器械监督管理条例》第五十五条的规定。依据《医疗器械监督管理条例》第八十六条第（三）项的规定，本局决定处货值金额5倍罚款，计人民币418,500元。当事人在法定期限内未要求听证。
荆门市市场监督管理局
2025年3月2日
"""


def test_a_device_reached_through_article_149_is_one_lead_under_its_own_offence():
    found = [f for f in analyse(MASKS).findings if f.rule == "threshold.numeric.v1"]
    assert [(f.threshold_id or "").split("@")[0] for f in found] == ["product-145-medical-devices"]
    assert "第149条" in found[0].explanation


WOODLAND = """赣州市南康区林业局
林业行政处罚决定书
康林罚〔2025〕12号
被处罚人：赣州市南康区鑫达建材有限公司
统一社会信用代码：91360703MA39QW2L5C
经查，2024年11月，被处罚人未经审核同意，在唐江镇卢屋村擅自平整场地堆放砂石，经鉴定，被占用林地面积0.41公顷（合6.15亩），地类为乔木林地，森林类别为{kind}，地上林木已被全部毁坏。
被处罚人的行为违反了《中华人民共和国森林法》第三十七条第一款的规定。依据《中华人民共和国森林法》第七十三条第一款的规定，决定：责令恢复植被和林业生产条件，并处罚款人民币四万元。被处罚人未要求听证。
赣州市南康区林业局
2025年2月20日
"""


def test_the_kind_of_forest_stated_after_its_area_decides_the_standard():
    """法释〔2023〕8号第一条: 公益林地五亩, 商品林地十亩."""
    assert "land-342-forest" in criminal(analyse(WOODLAND.format(kind="省级公益林")))
    assert "land-342-forest" not in criminal(analyse(WOODLAND.format(kind="商品林")))


PIT = """运城市盐湖区自然资源局
行政处罚决定书
盐自然资罚〔2025〕9号
当事人：运城市盐湖区旺达建材厂
统一社会信用代码：91140802MA0KX3T6PB
经查，当事人未取得采矿许可证，于2024年5月至9月在解州镇擅自开采砖瓦用黏土，破坏地表面积约1.9公顷，开采矿产品价值3.2万元。
上述行为违反了《中华人民共和国矿产资源法》第三条第三款的规定。依据该法第三十九条的规定，决定责令停止开采，没收违法所得，并处罚款人民币一万元。当事人未要求听证。
运城市盐湖区自然资源局
2025年1月8日
"""


def test_a_mines_disturbed_area_of_no_stated_kind_is_no_farmland():
    assert not criminal(analyse(PIT))


def test_a_hearing_notice_not_taken_up_is_a_notice_and_a_missing_one_is_not():
    assert "irregularity.no_hearing.v1" not in rules(analyse(MASKS))
    silent = MASKS.replace("当事人在法定期限内未要求听证。", "本局告知当事人陈述、申辩的权利，未告知其要求听证的权利。")
    assert "irregularity.no_hearing.v1" in rules(analyse(silent))


TAX = """国家税务总局六安市税务局稽查局
税务行政处罚决定书
六税稽罚〔2025〕8号
六安市顺达货运有限公司（纳税人识别号：91341500MA2TQ4W86R）：
  经我局对你单位2023年纳税情况进行检查，你单位存在违法事实及处罚决定如下：
  一、违法事实
  你单位2023年5月取得车辆转让收入人民币386,000.00元，未按规定办理纳税申报，少缴增值税及附加共计11,580.00元。
  二、处罚决定
  根据《中华人民共和国税收征收管理法》第六十四条第二款的规定，对你单位处少缴税款百分之五十的罚款，计5,790.00元。
国家税务总局六安市税务局稽查局
2025年3月5日
"""


def test_an_opening_that_announces_facts_and_decision_is_not_the_decision():
    record = analyse(TAX)
    assert [a.value for a in record.fields.amounts if a.role == "fine"] == [5790.0]


WAGES = """黄冈市人力资源和社会保障局
行政处罚决定书
黄人社监罚〔2025〕4号
当事人：黄冈市宏建建筑劳务有限公司
统一社会信用代码：91421100MA49R2K71D
经查，当事人拖欠12名农民工2024年8月至12月工资共计人民币96,000元。2025年1月8日，本局下达《劳动保障监察限期整改指令书》，责令其于2025年1月18日前足额支付。{after}
上述行为违反了《保障农民工工资支付条例》第三十条的规定。依据该条例第五十五条的规定，决定罚款人民币五万元。当事人未要求听证。
黄冈市人力资源和社会保障局
2025年2月26日
"""


def test_a_refusal_after_the_order_in_other_words_is_the_wage_offences_element():
    refused = analyse(WAGES.format(after="期限届满后，当事人分文未付，法定代表人拒不到案。"))
    assert "labor-276-1-wage-refusal" in criminal(refused)
    paid = analyse(WAGES.format(after="当事人已于2025年1月16日全部支付。"))
    assert "labor-276-1-wage-refusal" not in criminal(paid)


PIT_REVISITED = """大同市云州区自然资源局
行政处罚决定书
云自然资罚〔2025〕14号
当事人：大同市云州区鑫磊建材有限公司
统一社会信用代码：91140215MA0LQ8W43X
经查，当事人未取得采矿许可证，于2024年4月至8月在吉家庄乡擅自开采砖瓦用黏土，形成采坑一处。本局责令其于2024年12月31日前削坡复绿。2025年3月复查：{state}
上述行为违反了《中华人民共和国矿产资源法》第三条第三款的规定。依据该法第三十九条的规定，决定没收违法所得，并处罚款人民币一万元。当事人未要求听证。
大同市云州区自然资源局
2025年4月2日
"""


def public_interest(record) -> bool:
    return any(f.kind == "public_interest" for f in record.findings)


def test_harm_that_goes_on_in_other_words_is_a_public_interest_clue():
    assert public_interest(analyse(PIT_REVISITED.format(
        state="当事人未采取任何治理措施，采坑边坡仍处于裸露状态，水土流失持续发生。")))
    assert not public_interest(analyse(PIT_REVISITED.format(state="当事人已完成削坡复绿，经验收合格。")))


PLANT = """包头市昆都仑区应急管理局
行政处罚决定书
昆应急罚〔2025〕7号
被处罚单位：包头市昆区恒远铸造有限公司
统一社会信用代码：91150203MA0N7Q2K5E
经查，2025年1月9日检查发现被处罚单位熔炼车间电炉冷却水系统未设置温度监测装置，责令限期整改。2025年2月20日复查，监测装置仍未安装，属逾期未改正。{hazard}
被处罚单位的行为违反了《中华人民共和国安全生产法》第三十六条第一款的规定。依据该法第九十九条第（二）项的规定，决定罚款人民币六万元。被处罚单位未要求听证。
包头市昆都仑区应急管理局
2025年3月6日
"""


def test_a_work_safety_clue_needs_a_major_hazard_or_the_public():
    """安全生产法第七十四条第二款: public-interest litigation for 重大事故隐患 or 重大事故."""
    assert not public_interest(analyse(PLANT.format(hazard="")))
    assert public_interest(analyse(PLANT.format(hazard="经专家论证，该情形属于重大事故隐患。")))


EVASION = """国家税务总局晋中市税务局稽查局
税务行政处罚决定书
晋税稽罚〔2025〕12号
晋中市通和商贸有限公司（纳税人识别号：91140700MA0M8R6T4Y）：
经检查，你单位2023年度通过账外收入方式少缴增值税及附加、企业所得税共计人民币31.6万元，占同期应纳税额的24.5%。我局于2025年2月10日送达《税务处理决定书》，{paid}
根据《中华人民共和国税收征收管理法》第六十三条第一款的规定，对你单位处少缴税款百分之六十的罚款，计18.96万元。我局已告知你单位享有陈述、申辩及要求听证的权利，你单位未要求听证。
国家税务总局晋中市税务局稽查局
2025年3月20日
"""


def test_tax_repaid_with_late_fees_on_a_date_is_exempt():
    """刑法第二百零一条第四款: paid after the notice, with the late fees."""
    paid = analyse(EVASION.format(paid="你单位已于2025年2月25日全额缴纳上述税款及滞纳金。"))
    assert "tax-201-evasion" not in criminal(paid)
    unpaid = analyse(EVASION.format(paid="你单位至今未缴纳上述税款及滞纳金。"))
    assert "tax-201-evasion" in criminal(unpaid)


SHOP = """忻州市忻府区烟草专卖局
行政处罚决定书
忻烟罚〔2025〕21号
当事人：赵某，男，1988年6月14日生，住山西省忻州市忻府区长征街18号。
2025年1月20日，本局在当事人经营的便利店内查获无证经营的卷烟40条，按零售指导价计货值人民币9,200元。
当事人的行为违反了《中华人民共和国烟草专卖法》第十六条的规定。依据《中华人民共和国烟草专卖法实施条例》第五十七条的规定，决定：
一、责令停止经营烟草制品零售业务；
二、处违法经营总额9,200元百分之{share}的罚款，计人民币{fine}元。
当事人未要求听证。
忻州市忻府区烟草专卖局
2025年2月18日
"""


def test_a_base_named_in_the_penalty_list_is_the_base_not_a_fine():
    """烟草专卖法实施条例第五十七条: 违法经营总额20%–50%; 60% is over."""
    over = analyse(SHOP.format(share="六十", fine="5,520"))
    assert [a.value for a in over.fields.amounts if a.role == "fine"] == [5520.0]
    assert "irregularity.fine_range.v1" in rules(over)
    assert "irregularity.fine_range.v1" not in rules(analyse(SHOP.format(share="三十", fine="2,760")))
    assert over.fields.facts_date.value == "2025-01-20"  # not the birth date


EMISSIONS = """鄂尔多斯市生态环境局
行政处罚决定书
鄂环罚〔2025〕19号
当事人：鄂尔多斯市恒晟化工有限公司
统一社会信用代码：91150600MA0Q3D7L2N
经查，2025年1月8日，执法人员检查发现{act}
依据《中华人民共和国水污染防治法》第八十三条第（三）项的规定，决定罚款人民币二十万元。当事人未要求听证。
鄂尔多斯市生态环境局
2025年2月26日
"""


def test_tampering_and_hidden_pipes_in_other_words_are_the_pollution_triggers():
    """法释〔2023〕7号第一条第五、七项: 暗管-like discharge of toxic matter, falsified monitoring data."""
    for act in ("当事人人为修改化学需氧量在线监测仪的量程参数，致使监测数据严重失真。",
                "当事人私设管道绕过污水处理站，将含六价铬的电镀废水直接排入雨水管网。"):
        assert "env-338-pollution" in criminal(analyse(EMISSIONS.format(act=act)))
    plain = "当事人化学需氧量在线监测设备未按规定与生态环境部门联网。"
    assert "env-338-pollution" not in criminal(analyse(EMISSIONS.format(act=plain)))


def test_a_named_banned_veterinary_drug_in_meat_is_the_toxic_food_offence():
    text = FISH_STALL.replace("鲈鱼、鲫鱼共3个批次未能提供进货查验记录", "猪肉1个批次").format(
        result="猪肉样品中检出莱克多巴胺，含量为12.6μg/kg。")
    assert "food-144-toxic" in criminal(analyse(text))


def test_a_stored_law_text_cut_short_proves_no_article_absent():
    """长江保护法 is stored to 第七十九条 of its 96: a cited 第八十六条 is not flagged as missing."""
    statutes = load_knowledge().statutes
    assert statutes.article_exists("长江保护法", 86, "2025-05-20") is None
    assert statutes.article_exists("长江保护法", 53, "2025-05-20") is True


SELLER = """德州市德城区市场监督管理局
行政处罚决定书
德城市监罚〔2025〕33号
当事人：德州市德城区诚达电器商行
统一社会信用代码：92371402MA3QX5T81K
经查，当事人于2024年6月至2025年1月销售无强制性产品认证的电热水壶，经检验，该产品不符合保障人身、财产安全的国家标准，销售金额人民币331,200元。当事人提供了供货商的认证证书复印件，经核实系伪造，{knowing}
依据《中华人民共和国认证认可条例》第六十六条的规定，决定责令改正，并处罚款人民币二十万元。本局已告知当事人听证权利，当事人未要求听证。
德州市德城区市场监督管理局
2025年3月12日
"""


def test_a_seller_found_not_to_know_commits_no_product_offence():
    assert not criminal(analyse(SELLER.format(knowing="当事人对伪造不知情。")))
    rejected = analyse(SELLER.format(knowing="当事人辩称对伪造不知情，经查其进货价明显低于市场价，该理由不予采纳。"))
    assert criminal(rejected) & {"product-146-unsafe", "product-140-fake-inferior"}


def test_toxic_food_supersedes_the_substandard_food_offence_on_the_same_goods():
    text = FISH_STALL.replace("鲈鱼、鲫鱼共3个批次未能提供进货查验记录", "自制“鹿鞭酒”销售金额人民币55,800元").format(
        result="送检样品中检出西地那非。")
    assert "food-144-toxic" in criminal(analyse(text))
    assert "food-143-substandard" not in criminal(analyse(text))


WITHHELD = """国家税务总局泉州市税务局稽查局
税务行政处罚决定书
泉税稽罚〔2025〕17号
泉州市丰泽区鑫源石材有限公司（纳税人识别号：91350503MA2YB6KQ4T）：
你单位2023年1月至2024年12月已代扣代缴职工个人所得税共计138,642.71元，仅申报解缴10,210.50元，其余已扣税款128,432.21元未申报解缴。
根据《中华人民共和国税收征收管理法》第六十三条第二款的规定，对你单位处不缴已扣税款一倍的罚款，计人民币壹拾贰万捌仟肆佰叁拾贰元贰角壹分。你单位未要求听证。
国家税务总局泉州市税务局稽查局
2025年5月27日
"""


def test_tax_withheld_and_not_paid_over_is_the_evasion_offences_amount():
    """刑法第二百零一条第二款: 扣缴义务人不缴已扣税款 数额较大 (十万元)."""
    assert "tax-201-evasion" in criminal(analyse(WITHHELD))


def test_a_persons_taxpayer_number_is_an_id_number():
    text = WITHHELD.replace("泉州市丰泽区鑫源石材有限公司（纳税人识别号：91350503MA2YB6KQ4T）", "翁某芳（纳税人识别号350128199210217922）")
    party = analyse(text).fields.parties[0]
    assert party.kind == "individual" and party.id_number == "350128199210217922"


def test_no_extension_recorded_is_no_extension():
    text = TAX.replace("  一、违法事实", "  2024年9月2日本局立案。本案调查期间未经负责人批准延长办案期限，亦无中止情形。\n  一、违法事实")
    assert "irregularity.time_limit.v1" in rules(analyse(text))


RELIC_SETTING = """晋城市文化和旅游局
行政处罚决定书
晋文旅罚〔2025〕5号
当事人：李某，男，身份证号140502198206153018
经查，2024年10月，当事人在省级文物保护单位“玉皇庙”建设控制地带内擅自建设四层民宿，经评估，该建筑体量{harm}。
依据《中华人民共和国文物保护法》第八十三条的规定，决定责令改正，并处罚款人民币八万元。本局已告知当事人听证权利，当事人未要求听证。
晋城市文化和旅游局
2025年3月12日
"""


def test_harm_to_a_relics_setting_is_not_the_relic_damage_offence():
    """法释〔2015〕23号第三条: 故意损毁 the relic itself (本体), not its setting."""
    setting = analyse(RELIC_SETTING.format(harm="和高度严重破坏了文物保护单位的历史风貌"))
    assert "relics-324-damage" not in criminal(setting)
    body = analyse(RELIC_SETTING.format(harm="施工中拆毁了玉皇庙东配殿山墙，文物本体严重损毁"))
    assert "relics-324-damage" in criminal(body)


def test_harm_found_again_at_the_reinspection_goes_on():
    state = "当事人仍未拆除。经2025年7月复查，超高建筑依然存在，当事人未拆除任何设施。"
    assert public_interest(analyse(PIT_REVISITED.format(state=state)))


CYCAD = """红河州个旧市林业和草原局
行政处罚决定书
个林罚〔2025〕9号
当事人：李某，男，身份证号532501198103150937
经查：2025年2月，当事人在卡房镇集体林地内采挖野生苏铁类植物{count}株，移栽至自家院内。
多歧苏铁列入《国家重点保护野生植物名录》，保护级别为国家一级。
依据《中华人民共和国野生植物保护条例》第二十三条，我局决定：没收所采挖的植物，并处罚款人民币五千元。当事人未要求听证。
红河州个旧市林业和草原局
2025年4月2日
"""


def test_a_protection_level_in_any_wording_and_sentence_qualifies_the_count():
    """法释〔2020〕2号: 采挖国家一级保护野生植物一株以上; the level stated as 保护级别为国家一级."""
    assert "forest-344-protected-plants" in criminal(analyse(CYCAD.format(count=3)))


def test_the_waste_referred_to_as_above_is_the_coded_hazardous_waste():
    text = EMISSIONS.format(act="当事人将维修车辆产生的废矿物油交由无危险废物经营许可证的个人处置。经查，当事人共交给其上述废油23桶，"
                                "合计4.6吨。废矿物油属于《国家危险废物名录》HW08类危险废物。")
    pollution = {"env-338-pollution", "env-hazwaste-unlicensed"}  # both 刑法第三百三十八条
    assert criminal(analyse(text)) & pollution
    ordinary = text.replace("废矿物油属于《国家危险废物名录》HW08类危险废物。", "经鉴别，上述废油不属于危险废物（参照HW08鉴别）。")
    assert not criminal(analyse(ordinary)) & pollution
