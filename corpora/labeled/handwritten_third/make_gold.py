"""Lead labels for the third hand-written set in this folder (run to rewrite ``gold.jsonl``).

A new UNSEEN held-out test of the lead screening, written on 2026-11-22 after ``handwritten_leads``
and ``handwritten_heldout`` had both been read by the people tuning the rules. Every decision
``htNN_<domain>.txt`` was written by hand in the manner of published 行政处罚决定书 of agencies in
四川, 云南, 贵州, 甘肃, 陕西 and 广西 (all names, numbers, codes and addresses invented; credit codes
carry valid GB 32100-2015 check digits, identity numbers valid GB 11643 check digits). Its label
was decided by reading the law only, never the screening code nor its output: criminal thresholds
from corpora/knowledge/thresholds.yaml (立案追诉标准 and the judicial interpretations it cites),
hearing figures from corpora/knowledge/hearing.yaml, fine ranges and article existence from the
statute text in force on the decision date (``StatuteKB.load().article_text(law, article, date)``).
Each row's ``meta.reason`` gives the one-line legal reason; evidence spans are located by an exact
quotation of the decision. Conventions are those of ``handwritten_heldout/make_gold.py``.

Run from the repository root: ``.venv/bin/python corpora/labeled/handwritten_third/make_gold.py``.
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
CREATED = "2026-11-22T12:00:00+00:00"
VERSION = "handwritten-third/1"


SPLIT, REPEAT = "split-ht-hekou-customs", "repeat-ht-nanning-wastewater"

CRIMINAL = [
    # ── criminal-transfer leads (each also 以罚代刑: fined, no transfer recorded) ──
    Doc("ht01_food_safety.txt", "food_safety",
        "火锅底料掺入罂粟壳（《食品中可能违法添加的非食用物质名单》所列，法释〔2021〕24号第九条所称有毒、有害的非食品原料），"
        "刑法第144条行为犯、无金额门槛；货值不足一万元罚12万在食品安全法第123条10万-15万内；只罚款未移送",
        [trigger("food-144-toxic/1", "检出吗啡、可待因、罂粟碱、那可丁、蒂巴因成分"),
         fined_only("并处罚款人民币壹拾贰万元整（120,000元）")],
        {"scenario": "qualitative"}),
    Doc("ht02_environment.txt", "environment",
        "私设暗管排放含铬废水（含重金属的污染物属有毒物质），法释〔2023〕7号第一条第（九）项通过暗管逃避监管排放有毒物质，"
        "无数量要求；罚50万在水污染防治法第83条10万-100万内；只罚款未移送",
        [trigger("env-338-pollution/9", "私设上述暗管，将镀铬工序产生的部分含铬废水未经处理直接排入雨水沟"),
         fined_only("罚款人民币伍拾万元整")],
        {"scenario": "qualitative"}),
    Doc("ht03_environment.txt", "environment",
        "非法倾倒、掩埋废矿物油（HW08危险废物）4,600千克=4.6吨≥3吨（法释〔2023〕7号第一条第（二）项）；规范贮存的0.3吨"
        "滤芯不计也已达标；处置费用不足二十万按二十万计3倍罚60万合法；只罚款未移送",
        [threshold("env-338-pollution/1", "共计4,600千克（折合4.6吨）", 4.6), fined_only("罚款60万元")],
        {"scenario": "over"}),
    Doc("ht04_drugs.txt", "drugs",
        "无批准文号的“降糖胶囊”检出格列本脲，以非药品冒充药品，依药品管理法第98条第二款第（二）项为假药；销售假药即构成刑法"
        "第141条（行为犯）；罚款按十万元计15倍合法；只罚款未移送",
        [trigger("drug-141-counterfeit/1", "依法认定为假药"), fined_only("即人民币壹佰伍拾万元整")],
        {"scenario": "qualitative"}),
    Doc("ht05_drugs.txt", "drugs",
        "明知（无资质个人、价格明显偏低、未查验）销售无菌不合格的一次性注射器，销售金额63,810元≥5万元，不论刑法第145条"
        "危险是否证明，依第149条按生产、销售伪劣产品罪论处；货值7.2万元罚6倍在条例第86条5-20倍内；只罚款未移送",
        [threshold("product-145-medical-devices/2", "销售金额为人民币63,810元", 63810.0),
         fined_only("处货值金额6倍罚款432,000元")],
        {"scenario": "over"}),
    Doc("ht06_product_quality.txt", "product_quality",
        "明知来源不明仍以不合格电线冒充合格产品销售，销售金额9.2万元≥5万元（刑法第140条，立案追诉标准（一）第十六条）；"
        "货值合计11.8万元罚1倍在产品质量法第50条50%-3倍内；只罚款未移送",
        [threshold("product-140-fake-inferior/1", "销售金额为人民币9.2万元", 92000.0),
         fined_only("计人民币壹拾壹万捌仟元整")],
        {"scenario": "over"}),
    Doc("ht07_intellectual_property.txt", "intellectual_property",
        "销售明知是假冒注册商标的白酒（进价不足正品出厂价六分之一、无票据），销售金额7.35万元≥5万元（刑法第214条）；"
        "违法所得1.86万元<3万元不是唯一口径；罚违法经营额2倍在商标法第60条五倍以下内；只罚款未移送",
        [threshold("ip-214-sell-counterfeit/2", "销售金额人民币73,500元", 73500.0), fined_only("处罚款人民币26.46万元")],
        {"scenario": "over"}),
    Doc("ht08_tobacco.txt", "tobacco",
        "无证经营卷烟，非法经营数额8.76万元≥5万元（法释〔2010〕7号第三条，刑法第225条）；82,400支<20万支、违法所得"
        "9,860元<2万元不影响；罚30%在烟草专卖法实施条例第57条20%-50%内；只罚款未移送",
        [threshold("tobacco-225-illegal-business/1", "非法经营卷烟的数额合计人民币87,600元", 87600.0),
         fined_only("计人民币26,280元")],
        {"scenario": "over"}),
    Doc("ht09_land.txt", "land",
        "非法占用永久基本农田以外的耕地12.81亩≥10亩且经鉴定种植条件严重毁坏（法释〔2000〕14号第三条第一款第（一）项，"
        "刑法第342条）；每平方米120元在实施条例第57条100-1000元内；只罚款未移送",
        [threshold("land-342-cultivated/2", "非法占用耕地12.81亩", 12.81),
         fined_only("计人民币壹佰零贰万肆仟捌佰元整")],
        {"scenario": "over"}),
    Doc("ht10_forestry.txt", "forestry",
        "无证夜间采伐集体所有林木出售（盗伐），幼树260株≥200株（法释〔2023〕8号第四条）；价值3,120元<2万元但株数项已达标；"
        "罚6倍在森林法第76条第一款5-10倍内；只罚款未移送",
        [threshold("forest-345-1-theft/2", "胸径均在5厘米以下，共计260株", 260.0),
         fined_only("计人民币壹万捌仟柒佰贰拾元整")],
        {"scenario": "over"}),
    Doc("ht11_wildlife.txt", "wildlife",
        "非法收购、出售国家二级保护野生动物（白鹇、红原鸡），价值2.84万元≥2万元（法释〔2022〕12号第六条，刑法第341条第一款）；"
        "罚3倍在野生动物保护法第52条2-20倍内；只罚款未移送",
        [threshold("wildlife-341-1-endangered/1", "涉案野生动物价值合计人民币28,400元", 28400.0),
         fined_only("即人民币捌万伍仟贰佰元整（85,200元）")],
        {"scenario": "over"}),
    Doc("ht12_fishery.txt", "fishery",
        "珠江禁渔期内在西江使用电鱼方法捕捞，法释〔2022〕12号第三条第二款第（二）项：禁渔期使用电鱼等禁用方法属情节严重，"
        "无数量要求（6.3公斤不影响）；罚3千元在渔业法第38条五万元以下内；只罚款未移送",
        [trigger("fishery-340-inland/5", "当事人在禁渔期内使用电鱼方法进行捕捞"), fined_only("罚款人民币叁仟元整")],
        {"scenario": "qualitative"}),
    Doc("ht13_tax.txt", "tax",
        "隐匿收入虚假申报，逃避缴纳税款38.64万元≥10万元且占应纳税额27.4%≥10%（法释〔2024〕4号第一条、刑法第201条）；"
        "经处理决定追缴后未补缴，第四款不追究的条件不成立；罚60%在征管法第63条50%-5倍内；只罚款未移送",
        [threshold("tax-201-evasion/1", "以上合计少缴税款386,420.35元", 386420.35),
         fined_only("处百分之六十的罚款，计231,852.21元")],
        {"scenario": "over"}),
    Doc("ht14_tax.txt", "tax",
        "无真实交易为他人虚开增值税专用发票，税额15.9万元≥10万元（法释〔2024〕4号第十一条，刑法第205条）；罚30万元在"
        "发票管理办法第35条5万-50万内；只罚款未移送",
        [threshold("tax-205-vat-invoice/1", "税额合计人民币159,000.00元", 159000.0), fined_only("2.处罚款300,000.00元")],
        {"scenario": "over"}),
    Doc("ht15_customs.txt", "customs",
        "个人伪报品名、低报数量价格走私红木家具，偷逃应缴税款11.26万元≥个人十万元（法释〔2014〕10号第十六条，刑法第153条）；"
        "罚款在海关行政处罚实施条例第9条三倍以下内；只罚款未移送",
        [threshold("customs-153-ordinary-goods/1", "偷逃应缴税款人民币112,638.40元", 112638.4),
         fined_only("科处罚款人民币5.6万元")],
        {"scenario": "over"}),
    Doc("ht16_labor.txt", "other",
        "有能力支付（人工费已拨付）而转移挪用，拒不支付26名劳动者工资41.86万元（≥十名以上三万至十万元的上限），经限期改正"
        "指令书和行政处理决定书责令后仍不支付且更换号码逃避（法释〔2013〕3号第三条、第四条，刑法第276条之一）；罚2万元在劳动"
        "保障监察条例第30条2千-2万内；只罚款未移送",
        [threshold("labor-276-1-wage-refusal/2", "工资共计人民币418,600元", 418600.0),
         fined_only("处以罚款人民币贰万元整")],
        {"scenario": "over"}),
    Doc("ht17_work_safety.txt", "work_safety",
        "包裹封堵甲烷传感器使监控系统不能报警断电，回风巷甲烷1.12%-1.46%超限、37人在井下继续作业，具有现实危险"
        "（刑法第134条之一第（一）项，法释〔2022〕19号第二条）；罚5万元在安全生产法第99条五万元以下内；只罚款未移送",
        [trigger("safety-134-1a-dangerous-operation/1", "包裹封堵甲烷传感器，致使安全监控系统不能正常报警断电"),
         fined_only("处罚款人民币伍万元整")],
        {"scenario": "qualitative"}),
    Doc("ht18_health.txt", "health",
        "被卫生行政部门行政处罚两次（2023年、2024年）以后再次非法行医（法释〔2008〕5号（2016年修正）第二条第（四）项，"
        "刑法第336条）；违法所得按一万元计15倍在基本医疗卫生与健康促进法第99条5-20倍内；只罚款未移送",
        [threshold("health-336-illegal-medical-practice/1", "即当事人在被卫生行政部门行政处罚两次以后，再次非法行医", 2.0),
         fined_only("计人民币壹拾伍万元整")],
        {"scenario": "over"}),
    Doc("ht19_mining.txt", "mining",
        "无证采砂，开采的矿产品价值36.8万元≥十万至三十万元的上限（法释〔2016〕25号第三条第一款第（一）项，非禁采区）；"
        "违法所得21.7万元不是计量口径；罚30%在实施细则第42条50%以下内；只罚款未移送",
        [threshold("mining-343-1-illegal/1", "当事人开采的矿产品价值为人民币36.8万元", 368000.0),
         fined_only("计人民币陆万伍仟壹佰元整")],
        {"scenario": "over"}),
]

PUBLIC_INTEREST = [
    # ── public-interest leads: statutory field + continuing harm or inaction, no criminal level ──
    Doc("ht20_forestry.txt", "forestry",
        "占用国家级公益林地3.2亩建设经营设施，责令后逾期未恢复、林地仍硬化且边坡冲刷入溪（生态环境和资源保护领域）；3.2亩<5亩"
        "不达刑法第342条；罚恢复费用1.5倍在森林法第73条三倍以下内",
        [pil("ecology_resources", "林地仍处于被硬化、植被被破坏的状态")],
        {"scenario": "pil", "continuing_harm": True}),
    Doc("ht21_food_safety.txt", "food_safety",
        "网络订餐平台未审查入网商户许可证，责令改正后仍有98家无证或许可证失效商户每日向不特定消费者供餐（食品药品安全领域）；"
        "平台未生产销售有毒有害或不安全食品，不涉刑法第143、144条；罚15万元在食品安全法第131条5万-20万内，已告知听证",
        [pil("food_drug_safety", "食品安全风险持续存在")],
        {"scenario": "pil", "continuing_harm": True}),
    Doc("ht22_land.txt", "land",
        "国有建设用地使用权出让价款2,340万元经三次催缴逾期拒不缴纳，出让金持续流失（国有土地使用权出让领域）；另按非法占地"
        "每平方米100元处罚，在实施条例第57条内，已听证",
        [pil("state_land_transfer", "剩余国有建设用地使用权出让价款人民币2,340万元仍未缴纳")],
        {"scenario": "pil", "continuing_harm": True}),
    Doc("ht23_work_safety.txt", "work_safety",
        "日均8,000人次的农贸市场消防车通道被占、疏散指示和防火门缺陷，责令限期改正后逾期未改正（安全生产领域，不特定多数人）；"
        "未认定重大事故隐患、无停产停业或停止使用指令被违抗，不构成危险作业罪；罚3万元在消防法第60条5千-5万内",
        [pil("work_safety", "消防隐患持续存在，危及不特定多数人的安全")],
        {"scenario": "pil", "continuing_harm": True}),
    Doc("ht24_culture_tourism.txt", "culture_tourism",
        "网吧在警告后多次接纳未成年人并提供他人身份证代刷上机，复查时仍在持续（未成年人保护领域）；罚1.2万元在"
        "互联网上网服务营业场所管理条例第31条15,000元以下内",
        [pil("minors", "仍分别发现3名、5名未成年人在场上网")],
        {"scenario": "pil", "continuing_harm": True}),
    Doc("ht25_culture_tourism.txt", "culture_tourism",
        "在省级文保单位建设控制地带擅建超高民宿，责令改正后拒不停工、逾期未拆除，历史风貌破坏持续（文物和文化遗产保护领域）；"
        "未损毁文物本体，不涉刑法第324条；个人罚8万元在文物保护法（2024）第83条5万-50万内",
        [pil("cultural_relics", "超高建筑仍未拆除，对文物保护单位历史风貌的破坏持续存在")],
        {"scenario": "pil", "continuing_harm": True}),
    Doc("ht26_public_security.txt", "public_security",
        "物业强制采集约4,600人人脸信息、未单独同意并用于自营推销，警告责令改正后拒不改正（个人信息保护领域，众多个人）；"
        "未出售或向他人提供个人信息，不涉刑法第253条之一；拒不改正罚15万元在个人信息保护法第66条第一款一百万元以下内",
        [pil("personal_information", "违法单位拒不改正，小区出入口仍强制人脸识别")],
        {"scenario": "pil", "continuing_harm": True}),
    Doc("ht27_market.txt", "market",
        "将烈士姓名、肖像用于火锅套餐商业广告（英雄烈士保护法第22条），责令停止后门店招牌和外卖页面仍在发布（英烈保护领域）；"
        "仅商业使用姓名肖像、无侮辱诽谤，不涉刑法第299条之一；罚20万元为广告法第57条下限，已告知听证",
        [pil("heroes_martyrs", "三处门店招牌及外卖平台店铺页面上的涉案广告仍在继续发布")],
        {"scenario": "pil", "continuing_harm": True}),
]

IRREGULAR = [
    # ── enforcement irregularities ──
    out_of_range("ht28_food_safety.txt", "food_safety",
                  "食品安全法第124条货值不足一万元罚5万-10万元；文书只称“从轻”（配合调查不是行政处罚法第32条的减轻情形，"
                  "也未说明减轻），罚3万元低于下限；甜蜜素超范围不涉刑法第143条",
                  "二、罚款人民币叁万元整"),
    out_of_range("ht29_tax.txt", "tax",
                 "征管法第64条第二款不申报不缴税款罚50%-5倍，“从重”只能在幅度内，罚6倍超出；少缴4.22万元<10万元不涉逃税罪",
                 "处少缴税款6倍的罚款，计253,371.30元"),
    out_of_range("ht30_construction.txt", "construction",
                 "城乡规划法第64条尚可改正的按规划许可建设，罚建设工程造价5%-10%，罚15%超出",
                 "处加建部分建设工程造价15%的罚款"),
    out_of_range("ht31_fishery.txt", "fishery",
                 "销售禁用渔具适用渔业法第38条第三款并处一万元以下罚款，罚2.5万元超出（第一款五万元以下是捕捞者的罚则）",
                 "3.罚款人民币2.5万元"),
    no_hearing("ht32_environment.txt", "environment",
               "对法人罚款35万元属较大数额（行政处罚法第63条，默认法人十万元以上），只告知陈述、申辩，未告知听证；"
               "罚1.25%在环评法第31条1%-5%内",
               "处项目总投资额1.25%的罚款，计人民币叁拾伍万元整"),
    no_hearing("ht33_tax.txt", "tax",
               "税务机关对法人罚款3万元≥1万元属应告知听证的数额（国税发〔1996〕190号第三条），只以税务事项通知书告知陈述、"
               "申辩；罚款在征管法第64条第一款五万元以下内",
               "决定对你单位处以罚款人民币30,000.00元"),
    Doc("ht34_environment.txt", "environment",
        "大气污染防治法（2018修正）共129条，引用的第一百三十一条不存在（施工扬尘罚则为第一百一十五条，1万-10万，3万元在内）",
        [irregular("nonexistent_article", "《中华人民共和国大气污染防治法》第一百三十一条")],
        {"scenario": "irregularity", "irregularities": ["nonexistent_article"]}),
    Doc("ht35_forestry.txt", "forestry",
        "森林法（2019修订）共84条，引用的第八十九条第二款不存在（滥伐罚则为第七十六条第二款，3倍在3-5倍内）；3.2立方米不涉罪",
        [irregular("nonexistent_article", "《中华人民共和国森林法》第八十九条第二款")],
        {"scenario": "irregularity", "irregularities": ["nonexistent_article"]}),
    Doc("ht36_land.txt", "land",
        "2024年9月3日立案、2025年4月18日决定，历时227日，超过行政处罚法第60条九十日期限，文书未记载任何延期批准或中止"
        "（自然资源部门规章的延长合计亦不足227日）；其他草地、罚款每平方米150元在第57条内",
        [irregular("time_limit", "我局于2024年9月3日对当事人涉嫌非法占用土地一案立案调查")],
        {"scenario": "irregularity", "irregularities": ["time_limit"]}),
]

NEGATIVE = [
    # ── negatives (near misses marked) ──
    Doc("ht37_environment.txt", "environment",
        "总镉为限值2.7倍（超标1.7倍），两种口径都<3倍；总锌超标7倍（为限值8倍）<锌类10倍；氨氮超标15倍不是所列重金属；"
        "铅铬未检出，无暗管，非重点排污单位；罚22万元合法",
        flags={"scenario": "under", "near_miss": True}),
    Doc("ht38_food_safety.txt", "food_safety",
        "辣椒粉苏丹红Ⅰ-Ⅳ、罗丹明B均未检出（无有毒有害非食品原料），只是微生物超标且评估不足以造成严重食源性疾病，销售"
        "4,320元；罚6万元在第124条5万-10万内",
        flags={"scenario": "negated_trigger", "near_miss": True}),
    Doc("ht39_land.txt", "land",
        "总占地14.2亩，其中永久基本农田4.6亩<5亩，其余为建设用地和草地不计；且鉴定种植条件未严重毁坏，两项要件均不足；"
        "每平方米200元合法；限期拆除尚在期内，无逾期不改",
        flags={"scenario": "under", "near_miss": True}),
    Doc("ht40_tax.txt", "tax",
        "逃税17.83万元、占12.6%，但经税务处理决定追缴后已全额补缴税款和滞纳金并接受处罚，五年内无逃税刑罚或二次处罚，"
        "依刑法第201条第四款不予追究；罚50%合法",
        flags={"scenario": "paid_after_notice", "near_miss": True}),
    Doc("ht41_forestry.txt", "forestry",
        "采伐6.1立方米超过盗伐5立方米，但已移送公安机关，公安机关以权属争议、无非法占有目的作出不予立案并退回；按滥伐处理，"
        "6.1立方米<20立方米，罚3倍在3-5倍内",
        flags={"scenario": "police_declined", "near_miss": True, "police_declined": True}),
    Doc("ht42_drugs.txt", "drugs",
        "销售假药，但已移送公安机关且已立案侦查，不是隐匿的移送线索；先行吊销许可证，罚款待刑事办结后处理（不是罚款幅度问题）",
        flags={"scenario": "transferred", "near_miss": True, "transferred": True}),
    Doc("ht43_work_safety.txt", "work_safety",
        "特种设备安全法第84条下限3万元，罚1.5万元低于下限，但文书写明行政处罚法第32条第（一）项主动消除危害后果并经集体"
        "讨论减轻处罚，合法；锅炉已停用并检验合格，无现实危险",
        flags={"scenario": "mitigated_below_floor", "near_miss": True}),
    Doc("ht44_environment.txt", "environment",
        "2020年8月14日终了的未设危废识别标志行为，新固废法（2020年9月1日施行）罚10万-100万更重，依从旧兼从轻适用2016年法"
        "第75条1万-10万，罚4万元合法；文书写明理由",
        flags={"scenario": "lex_mitior", "near_miss": True}),
    Doc("ht45_forestry.txt", "forestry",
        "毁坏商品林地1.9亩<10亩，已按期恢复植被并验收合格，无持续损害，不是公益诉讼线索；罚恢复费用1倍在第74条三倍以下内",
        flags={"scenario": "pil_remedied", "near_miss": True, "continuing_harm": False}),
    Doc("ht46_food_safety.txt", "food_safety",
        "超过保质期食品货值1.36万元≥1万元，第124条改按货值10-20倍计，罚12倍16.32万元合法（不是5万-10万档）；罚款较大已"
        "告知听证并举行听证",
        flags={"scenario": "per_unit_fine", "near_miss": True}),
    Doc("ht47_wildlife.txt", "wildlife",
        "以食用为目的出售“三有”陆生野生动物（非国家重点保护），价值8,600元<1万元（法释〔2022〕12号第八条）；收购所得，"
        "非禁猎区禁猎期使用禁用工具狩猎；罚2倍在野生动物保护法第52条第二款1-10倍内",
        flags={"scenario": "under", "near_miss": True}),
    Doc("ht48_fishery.txt", "fishery",
        "两人电鱼，但在珠江禁渔期之外、非禁渔区、非种质资源保护区，渔获8.2公斤远低于500公斤/1万元；电鱼本身只在禁渔区、"
        "禁渔期才无数量要求；罚款在渔业法第38条内",
        flags={"scenario": "trigger_without_element", "near_miss": True}),
    Doc("ht49_customs.txt", "customs",
        "个人走私偷逃应缴税款8.94万元<10万元（法释〔2014〕10号第十六条）；完税价格68.2万元不是计量口径；一年内无走私处罚；"
        "罚款在三倍以下内",
        flags={"scenario": "under", "near_miss": True}),
    Doc("ht50_tobacco.txt", "tobacco",
        "无证经营卷烟3.62万元<5万元，36,000支<20万支，违法所得4,760元<2万元；虽≥3万元但三年内只受过一次行政处罚"
        "（法释〔2010〕7号要求二次以上）；从重罚50%在20%-50%内",
        flags={"scenario": "under", "near_miss": True}),
    Doc("ht51_market.txt", "market",
        "不予行政处罚决定书：超过保质期酸奶未售、货值13.5元，初次违法、危害轻微并及时改正（行政处罚法第33条第一款）",
        flags={"scenario": "no_penalty"}),
    Doc("ht52_market.txt", "market",
        "简易程序当场处罚：计量器具未按规定周期检定，警告并罚100元，在计量法实施细则第43条一千元以下内、行政处罚法第51条"
        "简易程序限额内",
        flags={"scenario": "summary_procedure"}),
]

GROUPS = [
    # ── 化整为零: one man, three smugglings before any decision, three decisions the same day ──
    *[Doc(name, "customs",
          "同一人三次走私（2025年2月11日、3月6日、3月29日）均未经处理，依刑法第153条第三款按累计偷逃税额处罚："
          "36,240.00+40,815.50+38,460.20=115,515.70元≥个人十万元；海关拆成三案同日处罚，每案罚款在三倍以下内",
          [split("customs-153-ordinary-goods/1", quote, 115515.7, SPLIT)],
          {"scenario": "split", "split_group": SPLIT})
      for name, quote in (("ht53_customs.txt", "偷逃应缴税款人民币36,240.00元"),
                          ("ht54_customs.txt", "偷逃应缴税款人民币40,815.50元"),
                          ("ht55_customs.txt", "偷逃应缴税款人民币38,460.20元"))],
    # ── repeat offender: the same credit code punished again eleven months later ──
    Doc("ht56_environment.txt", "environment",
        "化学需氧量、氨氮超标排放（非重金属、非暗管），首次处罚，罚12万元在水污染防治法第83条10万-100万内",
        flags={"scenario": "repeat_first", "repeat_group": REPEAT}),
    Doc("ht57_environment.txt", "environment",
        "同一统一社会信用代码的单位在2024年9月12日处罚后约11个月再次超标排放，二年内再犯",
        [repeat("南宁邕江明珠食品有限公司", REPEAT)],
        {"scenario": "repeat", "repeat_group": REPEAT}),
]

DOCS = sorted(CRIMINAL + PUBLIC_INTEREST + IRREGULAR + NEGATIVE + GROUPS, key=lambda doc: doc.file)


labeled = lead_gold.labeler(HERE, CREATED, VERSION)

if __name__ == "__main__":
    lead_gold.main(HERE, DOCS, CREATED, VERSION)
