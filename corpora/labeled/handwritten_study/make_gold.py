"""Lead labels for the hand-written STUDY decisions in this folder (run to rewrite ``gold.jsonl``).

A third hand-written set, written on 2026-11-22 for the lead to STUDY: the screening is run on it,
its misses are read and the rules are fixed against it. It is therefore a seen set — never a
held-out test (that is ``handwritten_third``) and never training data. Every decision
``hsNN_<domain>.txt`` was written by hand in the manner of published 行政处罚决定书 of agencies in
安徽, 江西, 湖南, 湖北, 河南 and 山西 (all names, numbers, codes and addresses invented; credit codes
carry valid GB 32100-2015 check digits). Its label below was decided by reading the law only, not
the screening code nor its output: criminal thresholds from corpora/knowledge/thresholds.yaml
(立案追诉标准 and the judicial interpretations it cites), procedure and hearing rules from
corpora/knowledge/procedure.yaml and hearing.yaml, fine ranges and article existence from the
statute text in force (``StatuteKB.load().article_text(law, article, date)``). Each row's
``meta.reason`` gives the one-line legal reason; evidence spans are located by an exact quotation of
the decision. Conventions are those of ``handwritten_heldout/make_gold.py``.

Run from the repository root: ``.venv/bin/python corpora/labeled/handwritten_study/make_gold.py``.
"""

from __future__ import annotations

from pathlib import Path

from corpora.labeled import lead_gold
from corpora.labeled.lead_gold import (
    Doc,
    fined_only,
    irregular,
    no_hearing,
    out_of_range,
    pil,
    repeat,
    split,
    threshold,
    trigger,
)

HERE = Path(__file__).resolve().parent
CREATED = "2026-11-22T11:30:00+00:00"
VERSION = "handwritten-study/1"


SPLIT, REPEAT = "split-hs-changde-tobacco", "repeat-hs-nanchang-catering"

CRIMINAL = [
    # ── criminal-transfer leads (each also 以罚代刑: fined, no transfer recorded) ──
    Doc("hs01_agriculture.txt", "agriculture",
        "在韭菜种植中施用甲拌磷（国家禁止在蔬菜上使用的剧毒农药），属法释〔2021〕24号第十一条在食用农产品种植中使用禁用农药，"
        "刑法第144条行为犯、无金额门槛；罚款5千元在农产品质量安全法第70条农户1千-1万内；只罚款未移送",
        [trigger("food-144-toxic/2", "将购自流动商贩的“甲拌磷”颗粒剂约4公斤兑水灌根施用于上述韭菜地"),
         fined_only("罚款人民币伍仟元整")],
        {"scenario": "qualitative"}),
    Doc("hs02_drugs.txt", "drugs",
        "所含成份与国家药品标准不符、按假药论处（药品管理法第98条第二款第（一）项），销售假药刑法第141条行为犯无金额门槛；"
        "从无资质个人低价无票购进可推定明知；罚款按十万元计15倍在第116条内；只罚款未移送",
        [trigger("drug-141-counterfeit/1", "应当按假药论处"), fined_only("即1,500,000元（壹佰伍拾万元）")],
        {"scenario": "qualitative"}),
    Doc("hs03_drugs.txt", "drugs",
        "明知无注册证的不合格医用口罩仍销售，销售金额68,420元≥5万元，不能证明足以严重危害人体健康时依刑法第149条按"
        "第140条论处（KB 145/2）；货值8.22万元的5倍在医疗器械监督管理条例第86条5-20倍内；已听证；只罚款未移送",
        [threshold("product-145-medical-devices/2", "销售金额人民币陆万捌仟肆佰贰拾元（68,420元）", 68420.0),
         fined_only("计人民币411,100元")],
        {"scenario": "over"}),
    Doc("hs04_intellectual_property.txt", "intellectual_property",
        "擅自制造他人注册商标标识36,000件≥二万件（法释〔2004〕19号第三条，刑法第215条），印制费1.73万元不影响件数标准；"
        "两当事人；罚款在商标法第60条二十五万元以下内；只罚款未移送",
        [threshold("ip-215-trademark-labels/1", "合计擅自制造注册商标标识36,000件", 36000.0),
         fined_only("对当事人一罚款人民币拾伍万元")],
        {"scenario": "over"}),
    Doc("hs05_tobacco.txt", "tobacco",
        "无证经营卷烟1,120条即224,000支≥二十万支（法释〔2010〕7号第三条），查获卷烟货值26.38万元亦≥5万元；"
        "罚款30%在实施条例第57条20%-50%内；只罚款未移送",
        [threshold("tobacco-225-illegal-business/3", "合计224,000支", 224000.0), fined_only("计人民币79,140元")],
        {"scenario": "over"}),
    Doc("hs06_environment.txt", "environment",
        "总镉0.21mg/L为限值0.05mg/L的4.2倍（超标3.2倍），两种读法均≥法释〔2023〕7号第一条第（三）项含镉污染物三倍；"
        "总锌超标0.93倍不计；罚款28万元在水污染防治法第83条10万-100万内；只罚款未移送",
        [threshold("env-338-pollution/2", "是标准的4.2倍", 4.2), fined_only("并处罚款人民币贰拾捌万元")],
        {"scenario": "over"}),
    Doc("hs07_environment.txt", "environment",
        "倾倒HW08/HW49危险废物1,860+1,590=3,450千克=3.45吨≥三吨（法释〔2023〕7号第一条第（二）项）；"
        "按二十万元计3倍罚60万元在固废法第112条3-5倍内；只罚款未移送",
        [threshold("env-338-pollution/1", "以上危险废物合计3,450千克", 3.45), fined_only("罚款人民币陆拾万元整（600,000元）")],
        {"scenario": "over"}),
    Doc("hs08_forestry.txt", "forestry",
        "未经审核擅自占用省级公益林地0.4187公顷（6.28亩）并推毁林木、剥离表土，≥公益林地五亩（法释〔2023〕8号第一条，"
        "刑法第342条）；罚款2倍在森林法第73条三倍以下内；只罚款未移送",
        [threshold("land-342-forest/1", "被占用林地面积0.4187公顷（合6.28亩）", 6.28), fined_only("计人民币壹拾万玖仟玖佰贰拾元整")],
        {"scenario": "over"}),
    Doc("hs09_mining.txt", "mining",
        "无证采煤，开采的矿产品价值36.2万元≥十万至三十万元幅度的上限（法释〔2016〕25号第三条第一款第（一）项）；"
        "违法所得12.84万元不是该标准的计量口径；罚款40%在实施细则第42条50%以下内；只罚款未移送",
        [threshold("mining-343-1-illegal/1", "开采的矿产品价值为人民币叁拾陆万贰仟零陆拾元（362,060元）", 362060.0),
         fined_only("计人民币51,360元")],
        {"scenario": "over"}),
    Doc("hs10_forestry.txt", "forestry",
        "以非法占有为目的采挖集体所有幼树（胸径五厘米以下）260株≥二百株（法释〔2023〕8号第四条），价值1.56万元虽<二万元"
        "但株数项已达标；罚款5倍在森林法第76条5-10倍内；只罚款未移送",
        [threshold("forest-345-1-theft/2", "被采挖幼树共计二百六十株", 260.0), fined_only("计人民币78,000元")],
        {"scenario": "over"}),
    Doc("hs11_wildlife.txt", "wildlife",
        "收购、出售野外来源的国家二级保护鸟类画眉、红嘴相思鸟，价值39,600元≥二万元（法释〔2022〕12号第六条，刑法第341条第一款）；"
        "罚款2倍在野生动物保护法第52条2-20倍内；只罚款未移送",
        [threshold("wildlife-341-1-endangered/1", "价值合计人民币叁万玖仟陆佰元（39,600元）", 39600.0),
         fined_only("计人民币79,200元")],
        {"scenario": "over"}),
    Doc("hs12_tax.txt", "tax",
        "不列收入、虚假申报少缴税款134.04万元且占应纳税额27.85%（≥十万元且≥10%，刑法第201条、法释〔2024〕4号第二条）；"
        "税务处理决定后逾期未补缴，不适用第201条第四款；罚款80%在征管法第63条内，已听证；只罚款未移送",
        [threshold("tax-201-evasion/1", "合计少缴税款1,340,412.00元", 1340412.0), fined_only("计1,072,329.60元")],
        {"scenario": "over"}),
    Doc("hs13_tax.txt", "tax",
        "无真实交易为他人虚开增值税专用发票87份、税额122.4万元≥十万元（法释〔2024〕4号第十一条，刑法第205条）；"
        "罚款50万元为发票管理办法第35条上限；只罚款未移送",
        [threshold("tax-205-vat-invoice/1", "税额1,223,989.00元", 1223989.0), fined_only("并处罚款500,000.00元")],
        {"scenario": "over"}),
    Doc("hs14_construction.txt", "construction",
        "有能力支付（工程款到账后转入个人账户）而拒不支付14名劳动者工资18.64万元，≥十人三万至十万元的上限，且经人社部门"
        "限期整改指令书责令后逾期仍不支付（法释〔2013〕3号第三、四条，刑法第276条之一）；罚款8万元在保障农民工工资支付条例"
        "第55条5万-10万内；只罚款未移送",
        [threshold("labor-276-1-wage-refusal/2", "被拖欠工资合计人民币186,400元", 186400.0), fined_only("处以罚款人民币捌万元整")],
        {"scenario": "over"}),
    Doc("hs15_work_safety.txt", "work_safety",
        "未取得危险化学品经营许可证擅自储存、经营甲醇等36吨危险化学品，距居民45米、经专家论证具有现实危险"
        "（刑法第134条之一第（三）项危险作业罪，法释〔2022〕19号）；罚款18万元在危化品条例第77条第三款10万-20万内；只罚款未移送",
        [trigger("safety-134-1a-dangerous-operation/3", "储存并对外批发甲醇、乙酸乙酯、丙酮等危险化学品"),
         fined_only("罚款人民币18万元")],
        {"scenario": "qualitative"}),
    Doc("hs16_environment.txt", "environment",
        "重点排污单位改动采样管干扰COD自动监测设施排放水污染物（法释〔2023〕7号第一条第（七）项，无数量要求）；"
        "罚款75万元在水污染防治法第83条10万-100万内；只罚款未移送",
        [trigger("env-338-pollution/10", "COD在线监测仪采样管的进样口被人为移至废水池旁一只装有自来水的塑料桶内"),
         fined_only("并处罚款人民币柒拾伍万元整")],
        {"scenario": "qualitative"}),
]

PUBLIC_INTEREST = [
    # ── public-interest leads: statutory field + continuing harm or inaction, below criminal level ──
    Doc("hs17_mining.txt", "mining",
        "无证采页岩黏土，矿产品价值4.18万元<十万元、非禁采区，不构成非法采矿罪；采坑2.36公顷逾期未治理、水土流失持续"
        "（生态环境和资源保护领域）；罚款50%在实施细则第42条内",
        [pil("ecology_resources", "水土流失持续发生")],
        {"scenario": "pil", "continuing_harm": True}),
    Doc("hs18_land.txt", "land",
        "国有建设用地出让价款1.14亿元经三次催缴逾期未缴仍开工建设、对外认购（国有土地使用权出让领域）；超红线占用国有储备"
        "用地2,480平方米（非农用地，不涉刑法第342条），每平方米200元在实施条例第57条100-1000元内",
        [pil("state_land_transfer", "尚欠1.14亿元及违约金")],
        {"scenario": "pil", "continuing_harm": True}),
    Doc("hs19_work_safety.txt", "work_safety",
        "人员密集的批发市场安全出口堵塞封闭、消火栓遮挡，责令后逾期未改正仍营业，危及每日数千不特定人员（安全生产领域）；"
        "未被责令停止使用、无关闭破坏报警设施，不涉刑法第134条之一；罚2.5万元在消防法第60条5千-5万内",
        [pil("work_safety", "上述隐患仍未消除")],
        {"scenario": "pil", "continuing_harm": True}),
    Doc("hs20_culture_tourism.txt", "culture_tourism",
        "网吧一年内三次接纳未成年人，处罚后仍继续接纳（未成年人保护领域，未成年人保护法第58条）；情节严重档警告、"
        "1.5万元罚款并停业整顿在互联网上网服务营业场所管理条例第31条内，已听证",
        [pil("minors", "当事人仍在照常营业并继续接纳未成年人")],
        {"scenario": "pil", "continuing_harm": True}),
    Doc("hs21_culture_tourism.txt", "culture_tourism",
        "区级文保单位保护范围内擅自建设致东厢房开裂、院墙拆除，责令后逾期未恢复、裂缝扩大（文物保护领域）；区级、局部损坏、"
        "非故意，不构成刑法第324条；个人罚8万元在文物保护法（2024修订）第83条5万-50万内，已听证",
        [pil("cultural_relics", "文物本体处于持续损毁状态")],
        {"scenario": "pil", "continuing_harm": True}),
    Doc("hs22_market.txt", "market",
        "健身机构未经同意向第三方提供会员个人信息1,204条，责令后拒不通知删除、信息仍被持续使用（个人信息保护领域）；"
        "一般信息、履职服务中获得的标准减半为2,500条，未达刑法第253条之一；罚8万元在消法第56条五十万元以下内",
        [pil("personal_information", "已泄露的会员个人信息仍在第三方处被持续使用")],
        {"scenario": "pil", "continuing_harm": True}),
    Doc("hs23_market.txt", "market",
        "广告将烈士邱少云事迹改编为烤肠广告语，责令后未致歉、转发视频仍在传播（英烈保护领域，英雄烈士保护法第22条）；"
        "传播范围有限未达刑法第299条之一情节严重；罚20万元在广告法第57条20万-100万内，已告知听证",
        [pil("heroes_martyrs", "烈士名誉受损的影响尚未消除")],
        {"scenario": "pil", "continuing_harm": True}),
]

IRREGULAR = [
    # ── enforcement irregularities ──
    out_of_range("hs24_food_safety.txt", "food_safety",
                 "食品安全法第124条货值不足一万元的罚款为5万-10万元，文书仅称配合调查“从轻”、未认定行政处罚法第32条"
                 "减轻情形，罚2万元低于下限；甜蜜素超范围未经评估足以造成严重食物中毒，不涉刑法第143条",
                 "罚款人民币贰万元整"),
    out_of_range("hs25_environment.txt", "environment",
                 "大气污染防治法第99条罚款为10万-100万元，已改正只是从轻情节，罚6万元低于下限且无减轻依据",
                 "罚款人民币陆万元整"),
    out_of_range("hs26_tobacco.txt", "tobacco",
                 "烟草专卖法实施条例第57条罚款为违法经营总额20%-50%，以“品种多、数量大”处60%超出上限；"
                 "58条即11,600支、1.26万元，不涉罪",
                 "计人民币7,584元"),
    no_hearing("hs27_market.txt", "market",
               "对自然人罚款10,000元已达市场监管较大数额（听证办法第五条：自然人一万元以上），只告知陈述、申辩，未告知听证；"
               "无照经营不是非法经营罪的“未经许可”，收入8.64万元不适用刑法第225条",
               "罚款人民币10,000元"),
    no_hearing("hs28_tax.txt", "tax",
               "税务对法人罚款24,000元≥一万元（税务行政处罚听证程序实施办法第三条），只告知陈述、申辩，未告知听证；"
               "少缴4.8万元<十万元，不涉刑法第201条",
               "计24,000.00元"),
    no_hearing("hs29_work_safety.txt", "work_safety",
               "对单位罚款12万元属较大数额（高于一般十万元标准，亦高于应急管理部门的标准），只告知陈述、申辩未告知听证；"
               "逾期未改正档5万-20万内；未责令停产停用、无关闭报警设施，不涉刑法第134条之一",
               "罚款人民币壹拾贰万元整"),
    Doc("hs30_environment.txt", "environment",
        "大气污染防治法（2018修正）共129条，引用的第一百三十一条不存在（堆场扬尘的罚则为第一百一十七条）；5万元在该条1万-10万内",
        [irregular("nonexistent_article", "《中华人民共和国大气污染防治法》第一百三十一条")],
        {"scenario": "irregularity", "irregularities": ["nonexistent_article"]}),
    Doc("hs31_culture_tourism.txt", "culture_tourism",
        "2025年1月6日立案、2025年6月20日作出决定，历时165日，超过行政处罚法第六十条九十日期限，文书未载延期批准或中止；"
        "罚款3万元在旅游法第95条1万-10万内",
        [irregular("time_limit", "2025年1月6日，本局根据游客投诉立案调查")],
        {"scenario": "irregularity", "irregularities": ["time_limit"]}),
    out_of_range("hs32_land.txt", "land",
                 "土地管理法实施条例第57条罚款为非法占用土地每平方米100-1000元，“从重”只能在幅度内，按每平方米1,200元罚"
                 "38.4万元超出上限；其他土地320平方米，不涉刑法第342条",
                 "计人民币384,000元"),
]

NEGATIVE = [
    # ── negatives (near misses marked) ──
    Doc("hs33_product_quality.txt", "product_quality",
        "以次充好电线：销售金额4.32万元<5万元，已售×3+未售货值=12.96+1.86=14.82万元<15万元（立案追诉标准（一）第十六条），"
        "合计货值6.18万元不是销售金额口径；罚一倍在产品质量法第50条50%-3倍内",
        flags={"scenario": "under", "near_miss": True}),
    Doc("hs34_fishery.txt", "fishery",
        "电鱼，但水库非禁渔区、时间在禁渔期外，渔获37公斤/1,110元<500公斤/1万元；1,000元标准只适用于苗种、怀卵亲体或"
        "种质资源保护区（法释〔2022〕12号第三条）；罚款在渔业法第38条五万元以下内",
        flags={"scenario": "trigger_without_element", "near_miss": True}),
    Doc("hs35_environment.txt", "environment",
        "总铅为限值的2.9倍（超标1.9倍），两种读法均<三倍；化学需氧量超标4.1倍不是重金属；镉、汞未检出；规范排口、无暗管；"
        "罚款35万元在水污染防治法第83条内",
        flags={"scenario": "under", "near_miss": True}),
    Doc("hs36_land.txt", "land",
        "占地11.2亩中永久基本农田4.6亩<5亩，其余为村庄建设用地和其他草地（非耕地，草原2.38亩<20亩），"
        "不达法释〔2000〕14号第三条；每平方米300元在实施条例第57条内，已听证",
        flags={"scenario": "under", "near_miss": True}),
    Doc("hs37_tax.txt", "tax",
        "少缴税款25.88万元、占31.6%，但税务处理决定后已在期限内全额补缴税款和滞纳金并接受处罚，五年内无逃税刑罚或"
        "二次处罚，依刑法第201条第四款、法释〔2024〕4号第三条不予追究（以履行本罚款为条件）；罚60%在征管法第63条内，已告知听证",
        flags={"scenario": "paid_after_notice", "near_miss": True}),
    Doc("hs38_intellectual_property.txt", "intellectual_property",
        "假冒注册商标非法经营数额21.46万元≥5万元，但已移送公安机关并已立案侦查，不是隐匿的移送线索；罚款待刑事程序终结后处理",
        flags={"scenario": "transferred", "near_miss": True, "transferred": True}),
    Doc("hs39_land.txt", "land",
        "非法占用一般耕地12.63亩≥10亩，但已移送公安机关、公安机关以种植条件未严重毁坏为由不予立案并退回，机关依法处罚；"
        "每平方米150元在实施条例第57条内，已听证",
        flags={"scenario": "police_declined", "near_miss": True, "police_declined": True}),
    Doc("hs40_market.txt", "market",
        "虚假广告广告费用无法计算时罚款20万-100万元，罚8万元低于下限，但文书认定主动供述未掌握的违法行为、主动消除危害"
        "后果，依行政处罚法第32条第（一）（三）项减轻处罚并经集体讨论，合法；家具广告不涉刑法第222条",
        flags={"scenario": "mitigated_below_floor", "near_miss": True}),
    Doc("hs41_mining.txt", "mining",
        "行为在2025年4-5月、决定在9月：新矿产资源法第64条（价值不足十万元并处10万-100万元）更重，依行政处罚法第37条"
        "适用修订前第39条与实施细则第42条，罚违法所得30%合法；所引修订前条文在行为时有效；价值7.87万元<十万元、非禁采区",
        flags={"scenario": "lex_mitior", "near_miss": True}),
    Doc("hs42_public_security.txt", "public_security",
        "结伙殴打致轻微伤，适用治安管理处罚法第43条第二款第（一）项加重档：拘留12日并处800元在10-15日、500-1000元内；"
        "轻微伤不构成故意伤害罪；罚款800元<2,000元无需告知听证",
        flags={"scenario": "aggravated_band", "near_miss": True}),
    Doc("hs43_environment.txt", "environment",
        "倾倒86吨经鉴别为一般工业固体废物（非危险废物），不适用危废三吨标准；已清运；按十万元计2倍罚20万元在固废法"
        "第102条1-3倍内，且已告知并举行听证",
        flags={"scenario": "hearing_held", "near_miss": True, "continuing_harm": False}),
    Doc("hs44_water.txt", "water",
        "在河道管理范围内倾倒弃土4,200立方米，但已按期清除并经验收恢复原状，无持续损害，不是公益诉讼线索；"
        "罚款2万元在防洪法第55条五万元以下内",
        flags={"scenario": "pil_remedied", "near_miss": True, "continuing_harm": False}),
    Doc("hs45_food_safety.txt", "food_safety",
        "简易程序：水产品孔雀石绿、硝基呋喃类代谢物、氯霉素均未检出，只是未履行进货查验，警告在食品安全法第126条内，"
        "当场处罚符合行政处罚法第51条",
        flags={"scenario": "not_detected", "near_miss": True}),
    Doc("hs46_customs.txt", "customs",
        "个人走私偷逃应缴税款94,620.50元<十万元（法释〔2014〕10号第十六条），完税价格58.03万元不是计量口径，一年内无"
        "走私处罚；罚5万元在海关行政处罚实施条例第9条偷逃税款3倍以下内，已听证",
        flags={"scenario": "under", "near_miss": True}),
    Doc("hs47_health.txt", "health",
        "不予行政处罚决定书：医师执业地点未变更注册，首违、后果轻微、及时改正，依行政处罚法第33条第一款不予处罚；"
        "医师有资格、未超范围执业，不是非法行医",
        flags={"scenario": "no_penalty"}),
]

GROUPS = [
    # ── 化整为零: one man, three unlicensed cigarette shops, all checked before any decision, three decisions one day ──
    *[Doc(name, "tobacco",
          "同一人以他人名义开设三处无证卷烟零售点（1.78+1.93+1.64=5.35万元），未经处理的同种行为数额累计计算（法释〔2010〕7号无明文，依"
          "法释〔2001〕10号第二条第二款等同类规定）达非法经营数额五万元；机关分三案同日处罚，每案罚30%合法",
          [split("tobacco-225-illegal-business/1", quote, 53500.0, SPLIT)],
          {"scenario": "split", "split_group": SPLIT})
      for name, quote in (("hs48_tobacco.txt", "违法经营总额（含已售出部分）为人民币17,800元"),
                          ("hs49_tobacco.txt", "违法经营总额（含已售出部分）为人民币19,300元"),
                          ("hs50_tobacco.txt", "违法经营总额（含已售出部分）为人民币16,400元"))],
    # ── repeat offender: the same credit code punished again sixteen months later ──
    Doc("hs51_food_safety.txt", "food_safety",
        "餐厅使用过期食品原料，首次处罚，食品安全法第124条第一款第（二）项货值不足一万元罚5万元合法",
        flags={"scenario": "repeat_first", "repeat_group": REPEAT}),
    Doc("hs52_food_safety.txt", "food_safety",
        "同一统一社会信用代码的单位在2024年3月15日处罚后约16个月内再次使用过期原料，二年内再犯；罚8万元在5万-10万内",
        [repeat("南昌赣味轩餐饮管理有限公司", REPEAT)],
        {"scenario": "repeat", "repeat_group": REPEAT}),
]

DOCS = sorted(CRIMINAL + PUBLIC_INTEREST + IRREGULAR + NEGATIVE + GROUPS, key=lambda doc: doc.file)


labeled = lead_gold.labeler(HERE, CREATED, VERSION)

if __name__ == "__main__":
    lead_gold.main(HERE, DOCS, CREATED, VERSION)
