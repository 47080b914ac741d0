"""Lead labels for the hand-written STUDY5 decisions in this folder (run to rewrite ``gold.jsonl``).

A hand-written study set, written on 2026-11-22 for the lead to STUDY: the screening is run on it,
its misses are read and the rules are tuned against it. It is therefore a seen set — never a
held-out test and never training data. Every decision ``hyNN_<domain>.txt`` was written in the
manner of the decisions published by large-city agencies in 北京, 天津, 上海 and 吉林 (formal headings
一 … 六, citations with 款项, amounts with 大写, long evidence lists, 裁量基准 named, hearings held);
all names, numbers, codes and addresses are invented, credit codes carry valid GB 32100-2015 check
digits and 身份证号 valid GB 11643 check digits. Labels were decided by reading the law only, not the
screening code nor its output: criminal thresholds from corpora/knowledge/thresholds.yaml, procedure
and hearing rules from corpora/knowledge/procedure.yaml and hearing.yaml, fine ranges and article
existence from the statute text in force (``StatuteKB.load().article_text(law, article, date)``).
Each row's ``meta.reason`` gives the one-line legal reason; evidence spans are located by an exact
quotation of the decision. Conventions are those of ``handwritten_study/make_gold.py``.

Run from the repository root: ``.venv/bin/python corpora/labeled/handwritten_study5/make_gold.py``.
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
CREATED = "2026-11-22T11:55:00+00:00"
VERSION = "handwritten-study5/1"

SPLIT, REPEAT = "split-hy-hongkou-handbags", "repeat-hy-tianjin-catering"

CRIMINAL = [
    # ── criminal-transfer leads (each also 以罚代刑: fined, no transfer recorded) ──
    Doc("hy01_food_safety.txt", "food_safety",
        "面条中添加硼砂（非食用物质名单所列有毒有害非食品原料），刑法第144条行为犯无金额门槛；罚10万元在食品安全法"
        "第123条第一款10万-15万内；只罚款未移送",
        [trigger("food-144-toxic/1", "当事人自2025年1月起在自制手擀面中添加从网络购入的硼砂"),
         fined_only("（三）罚款100,000.00元")],
        {"scenario": "qualitative"}),
    Doc("hy02_drugs.txt", "drugs",
        "以非药品（淀粉片）冒充药品，依药品管理法第98条第二款第（二）项为假药，销售假药刑法第141条行为犯；"
        "货值不足十万按十万计15倍罚150万在第116条内；已听证；只罚款未移送",
        [trigger("drug-141-counterfeit/1", "应当认定为假药"), fined_only("（三）罚款1,500,000.00元")],
        {"scenario": "qualitative"}),
    Doc("hy03_product_quality.txt", "product_quality",
        "以不合格电线冒充合格产品，销售金额8.64万元≥五万元（立案追诉标准（一）第十六条，刑法第140条）；罚货值一倍"
        "在产品质量法第50条50%-3倍内；已听证；只罚款未移送",
        [threshold("product-140-fake-inferior/1", "销售金额人民币86,400元", 86400.0),
         fined_only("（四）罚款108,000.00元")],
        {"scenario": "over"}),
    Doc("hy04_intellectual_property.txt", "intellectual_property",
        "销售假冒注册商标运动鞋，销售金额7.28万元≥五万元（刑法第214条）；违法经营额13.27万元二倍罚款在商标法第60条"
        "第二款五倍以下内；只罚款未移送",
        [threshold("ip-214-sell-counterfeit/2", "销售金额人民币72,800元", 72800.0),
         fined_only("（三）罚款265,440.00元")],
        {"scenario": "over"}),
    Doc("hy05_tobacco.txt", "tobacco",
        "无证经营卷烟非法经营数额6.755万元≥五万元（法释〔2010〕7号第三条，刑法第225条）；罚30%在烟草专卖法实施条例"
        "第57条20%-50%内；只罚款未移送",
        [threshold("tobacco-225-illegal-business/1", "非法经营数额合计人民币67,550元", 67550.0),
         fined_only("处违法经营总额30%的罚款20,265.00元")],
        {"scenario": "over"}),
    Doc("hy06_environment.txt", "environment",
        "六价铬超标3.1倍（浓度为限值4.1倍），含重金属污染物超标三倍以上（法释〔2023〕7号第一条第（三）项，刑法第338条）；"
        "罚35万元在水污染防治法第83条10万-100万内；已听证；只罚款未移送",
        [threshold("env-338-pollution/2", "超标倍数为3.1倍", 3.1), fined_only("（二）罚款350,000.00元")],
        {"scenario": "over"}),
    Doc("hy07_mining.txt", "mining",
        "无证采矿，开采的矿产品价值14.688万元≥十万元（法释〔2016〕25号第三条，刑法第343条第一款）；违法所得6.15万元不是"
        "计量口径；罚违法所得50%在矿产资源法实施细则第42条内（2024年行为与决定，适用修订前矿产资源法）；只罚款未移送",
        [threshold("mining-343-1-illegal/1", "开采的矿产品价值为人民币146,880元", 146880.0),
         fined_only("（三）罚款30,750.00元")],
        {"scenario": "over"}),
    Doc("hy08_forestry.txt", "forestry",
        "以非法占有为目的盗伐集体林木立木蓄积7.36立方米≥五立方米（法释〔2023〕8号，刑法第345条第一款）；林木价值6,624元"
        "虽<二万元但蓄积项已达标；罚5倍在森林法第76条第一款5-10倍内；只罚款未移送",
        [threshold("forest-345-1-theft/1", "被盗伐林木立木蓄积为7.36立方米", 7.36),
         fined_only("（二）罚款33,120.00元")],
        {"scenario": "over"}),
    Doc("hy09_tax.txt", "tax",
        "无真实交易虚开增值税专用发票税额38.6万元≥十万元（法释〔2024〕4号第十一条，刑法第205条）；罚40万元在发票管理办法"
        "第35条5万-50万内；只罚款未移送",
        [threshold("tax-205-vat-invoice/1", "税额合计人民币386,000.23元", 386000.23),
         fined_only("（二）罚款400,000.00元")],
        {"scenario": "over"}),
    Doc("hy10_customs.txt", "customs",
        "个人以自用名义代购走私，偷逃应缴税款16.25万元≥十万元（法释〔2014〕10号第十六条，刑法第153条）；完税价格不是"
        "计量口径；罚16万元在海关行政处罚实施条例第9条3倍以下内；只罚款未移送",
        [threshold("customs-153-ordinary-goods/1", "偷逃应缴税款人民币162,480.60元", 162480.6),
         fined_only("对当事人科处罚款160,000.00元")],
        {"scenario": "over"}),
    Doc("hy11_personal_information.txt", "personal_information",
        "出售住宿信息1,260条≥五百条（法释〔2017〕10号第五条第一款第（四）项，刑法第253条之一）；违法所得3,780元<五千元"
        "但条数项已达标，且利用履职便利；网络安全法第64条第二款5倍罚款，只罚款未移送",
        [threshold("pi-253-1-personal-information/2", "共计出售住宿信息1,260条", 1260.0),
         fined_only("并处罚款18,900.00元")],
        {"scenario": "over"}),
    Doc("hy12_health.txt", "health",
        "未取得医生执业资格者曾因非法行医被行政处罚两次后再次非法行医（法释〔2016〕27号第二条第（四）项，刑法第336条）；"
        "罚款15万元为违法所得按一万元计的15倍，在基本医疗卫生法第99条5-20倍内；已听证；只罚款未移送",
        [threshold("health-336-illegal-medical-practice/1", "被本委给予行政处罚（京丰卫医罚〔2024〕017号）", 2.0),
         fined_only("（三）罚款150,000.00元")],
        {"scenario": "over"}),
    Doc("hy13_work_safety.txt", "work_safety",
        "因重大事故隐患被责令停止使用、排除危险而拒不执行，揭封继续储存危化品，具有现实危险（刑法第134条之一第（二）项）；"
        "罚款在安全生产法第102条内；已听证；只罚款未移送",
        [trigger("safety-134-1a-dangerous-operation/2", "当事人拒不执行该决定，擅自揭除封条"),
         fined_only("（二）对当事人罚款50,000.00元")],
        {"scenario": "qualitative"}),
]

PUBLIC_INTEREST = [
    Doc("hy14_environment.txt", "environment",
        "养殖粪污超标排入饮马河支流，逾期未改正，下游水体与饮用水井污染至今未恢复：生态环境公益诉讼线索；COD、氨氮非重金属，"
        "不适用三倍标准；罚46万元在水污染防治法第83条内",
        [pil("ecology_resources", "当事人逾期未改正，粪污仍持续排入该支流")],
        {"scenario": "continuing_harm", "continuing_harm": True}),
    Doc("hy15_food_safety.txt", "food_safety",
        "超限量使用色素的糖果销往中小学周边、拒不召回仍在流通，危及不特定多数未成年消费者：食品安全公益诉讼线索；"
        "货值不足一万元罚9万元在食品安全法第124条5万-10万内",
        [pil("food_drug_safety", "当事人仍未按要求召回已售出的约9,600袋产品")],
        {"scenario": "continuing_harm", "continuing_harm": True}),
    Doc("hy16_land.txt", "land",
        "受让人欠缴国有土地出让金5,166万元经催缴未缴并擅自开工：国有土地使用权出让公益诉讼线索；罚款每平方米100元在"
        "土地管理法实施条例第57条100-1000元内",
        [pil("state_land_transfer", "剩余土地出让金人民币5,166万元经多次催缴至今未缴纳")],
        {"scenario": "continuing_harm", "continuing_harm": True}),
    Doc("hy17_work_safety.txt", "work_safety",
        "粉尘涉爆重大事故隐患逾期未改正，32名工人仍在作业：安全生产公益诉讼线索；未被责令停产停业故非刑法第134条之一；"
        "罚4万元在安全生产法第102条五万元以下内，已告知听证",
        [pil("work_safety", "当事人逾期未改正，重大事故隐患仍然存在")],
        {"scenario": "continuing_harm", "continuing_harm": True}),
    Doc("hy18_culture.txt", "culture",
        "网吧警告后仍反复接纳未成年人并持续至今：未成年人保护公益诉讼线索；拒不改正罚8万元在未成年人保护法第123条"
        "5万-50万内",
        [pil("minors", "接纳未成年人进入的行为持续至今")],
        {"scenario": "continuing_harm", "continuing_harm": True}),
    Doc("hy19_personal_information.txt", "personal_information",
        "物业未经单独同意采集约1.2万人人脸信息并泄露，拒不改正仍在采集：个人信息保护公益诉讼线索；非出售提供，不构成"
        "刑法第253条之一；罚30万元在个人信息保护法第66条第一款一百万元以下内，已听证",
        [pil("personal_information", "当事人拒不改正，至今仍在采集并留存上述人脸信息")],
        {"scenario": "continuing_harm", "continuing_harm": True}),
    Doc("hy20_cultural_relics.txt", "cultural_relics",
        "在市级文物保护单位保护范围内拆除垂花门并新建房屋，未恢复原状：文物保护公益诉讼线索；罚20万元在文物保护法（2017年修正）"
        "第66条第一款5万-50万内，已听证",
        [pil("cultural_relics", "当事人至今未拆除新建建筑，未恢复原状")],
        {"scenario": "continuing_harm", "continuing_harm": True}),
]

IRREGULAR = [
    out_of_range("hy21_food_safety.txt", "food_safety",
                 "货值不足一万元时食品安全法第124条第一款罚款下限为五万元；称“从轻处罚”却罚2万元，从轻不得低于法定下限，"
                 "亦无行政处罚法第32条减轻情节：罚款低于法定幅度",
                 "（二）罚款20,000.00元"),
    out_of_range("hy22_product_quality.txt", "product_quality",
                 "产品质量法第49条罚货值等值以上三倍以下，货值1.2万元上限3.6万元，罚5万元超出法定幅度",
                 "（二）罚款50,000.00元"),
    out_of_range("hy23_transport.txt", "transport",
                 "公路安全保护条例第64条可以处3万元以下罚款，罚4万元超出法定上限",
                 "本支队决定：罚款40,000.00元"),
    no_hearing("hy24_tax.txt", "tax",
               "对单位罚款2.5万元≥税务机关听证标准一万元，告知书只告知陈述申辩、未告知听证权利（税务行政处罚听证程序）；"
               "罚款在征管法第64条第一款五万元以下内",
               "告知当事人有权在三日内进行陈述、申辩"),
    no_hearing("hy25_work_safety.txt", "work_safety",
               "应急管理部门对单位罚款6万元≥三万元听证标准，只告知陈述申辩、未告知听证；罚款在安全生产法第97条十万元以下内",
               "告知当事人陈述、申辩的权利"),
    no_hearing("hy26_environment.txt", "environment",
               "生态环境部门对单位罚款15万元≥十万元较大数额，只告知陈述申辩、未告知听证（行政处罚法第63条）；罚款在大气污染防治法"
               "第108条2万-20万内",
               "及陈述、申辩权利"),
    Doc("hy27_advertising.txt", "advertising",
        "引用广告法第八十八条，广告法（2021年修正）条文不足八十条，第八十八条在行为时和决定时均不存在；正确依据为第58条第一款第（二）项",
        [irregular("nonexistent_article", "《中华人民共和国广告法》第八十八条第一款")],
        {"scenario": "irregularity", "irregularities": ["nonexistent_article"]}),
    Doc("hy28_urban_management.txt", "urban_management",
        "2025年2月10日立案，2025年9月18日决定，约220日且未经批准延长，超过行政处罚法第60条九十日期限；罚款在城市建筑垃圾"
        "管理规定第23条5000元-5万元内",
        [irregular("time_limit", "本局于2025年2月10日立案调查")],
        {"scenario": "irregularity", "irregularities": ["time_limit"]}),
]

NEGATIVE = [
    # ── near misses: something looks over, the right quantity is not ──
    Doc("hy29_product_quality.txt", "product_quality",
        "违法经营额7.11万元超过五万元，但刑法第140条口径是销售金额4.86万元<五万元，未售货值2.25万元<十五万元（未遂），"
        "不构成犯罪；罚货值一倍在产品质量法第50条内",
        flags={"scenario": "under", "near_miss": True}),
    Doc("hy30_food_safety.txt", "food_safety",
        "水产品孔雀石绿、硝基呋喃类代谢物、氯霉素、恩诺沙星均未检出，只是未建立进货查验记录；警告在食品安全法第126条内",
        flags={"scenario": "not_detected", "near_miss": True}),
    Doc("hy31_intellectual_property.txt", "intellectual_property",
        "销售假冒商标耳机12.6万元已移送公安并立案，不是隐匿的刑事线索；另对未明码标价罚3,000元在价格法第42条五千元以下内",
        flags={"scenario": "transferred", "near_miss": True, "transferred": True}),
    Doc("hy32_forestry.txt", "forestry",
        "采伐自营林木蓄积6.2立方米，公安以无非法占有目的不予立案，依森林法第76条第二款按滥伐处罚（蓄积<滥伐二十立方米）；"
        "罚3倍在3-5倍内",
        flags={"scenario": "police_declined", "near_miss": True, "police_declined": True}),
    Doc("hy33_tax.txt", "tax",
        "逃税28.64万元且占15.2%超过刑法第201条标准，但首次、经追缴通知后已补缴税款滞纳金并受行政处罚，依第201条第四款"
        "不予追究；罚50%在征管法第63条内，已听证",
        flags={"scenario": "paid_after_notice", "near_miss": True}),
    Doc("hy34_food_safety.txt", "food_safety",
        "罚2万元低于食品安全法第124条五万元下限，但依行政处罚法第32条第（一）项主动消除危害后果而减轻处罚，减轻可低于下限，"
        "理由已写明",
        flags={"scenario": "mitigated", "near_miss": True}),
    Doc("hy35_land.txt", "land",
        "非法占用耕地2.13亩<五亩（刑法第342条），已自行拆除复耕并验收，无持续损害不是公益诉讼线索；罚每平方米200元"
        "在实施条例第57条内，已告知听证",
        flags={"scenario": "pil_remedied", "near_miss": True, "continuing_harm": False}),
    Doc("hy36_environment.txt", "environment",
        "堆放420吨经鉴别为一般工业固体废物（非危险废物），不适用危废三吨标准，已清运；罚款为按十万元计处置费用二倍，"
        "在固废法第102条第二款1-3倍内，且已举行听证",
        flags={"scenario": "hearing_held", "near_miss": True, "continuing_harm": False}),
    Doc("hy37_public_security.txt", "public_security",
        "结伙殴打致轻微伤，适用治安管理处罚法第43条第二款第（一）项加重档，情节（结伙）已写明：拘留12日并处800元在"
        "10-15日、500-1000元内；轻微伤不构成故意伤害罪；800元无需告知听证",
        flags={"scenario": "aggravated_band", "near_miss": True}),
    Doc("hy38_work_safety.txt", "work_safety",
        "从旧兼从轻：2021年6月行为适用2014年安全生产法第94条（五万元以下），所引旧条文在行为时有效；罚2.5万元<应急单位"
        "听证标准三万元，已告知听证",
        flags={"scenario": "lex_mitior", "near_miss": True}),
    Doc("hy39_tax.txt", "tax",
        "少缴税款比例18.4%超过10%，但数额9.218万元<刑法第201条十万元，不构成逃税罪；罚一倍在征管法第63条内，已听证",
        flags={"scenario": "under", "near_miss": True}),
    Doc("hy40_customs.txt", "customs",
        "完税价格52.34万元很大，但刑法第153条个人口径是偷逃税款9.46万元<十万元，且无走私前科；罚9万元在实施条例第9条"
        "3倍以下内，已听证",
        flags={"scenario": "under", "near_miss": True}),
    Doc("hy41_wildlife.txt", "wildlife",
        "出售国家二级保护野生动物价值1.84万元<二万元（法释〔2022〕12号第六条）；罚二倍在野生动物保护法第52条2-20倍内",
        flags={"scenario": "under", "near_miss": True}),
    # ── plain negatives ──
    Doc("hy42_urban_management.txt", "urban_management",
        "街道一侧擅自堆放物料，依城市市容和环境卫生管理条例第36条第（二）项责令清理并罚300元，无刑事、公益或程序问题",
        flags={"scenario": "clean"}),
    Doc("hy43_transport.txt", "transport",
        "无证道路客运违法所得不足2万元，罚1万元为道路运输条例第63条第（二）项下限，个人罚款≥1万元已告知听证",
        flags={"scenario": "clean"}),
]

GROUPS = [
    # ── 化整为零: one woman, three stalls selling counterfeit handbags, three decisions one day ──
    *[Doc(name, "intellectual_property",
          "同一人三处店铺销售假冒注册商标手提包，销售金额1.82+1.76+1.69=5.27万元，未经处理的多次销售数额累计计算"
          "（法释〔2004〕19号第十二条第二款）≥五万元（刑法第214条）；机关分三案处理，每案罚3万元在商标法第60条内",
          [split("ip-214-sell-counterfeit/2", quote, 52700.0, SPLIT)],
          {"scenario": "split", "split_group": SPLIT})
      for name, quote in (("hy44_intellectual_property.txt", "销售金额为人民币18,200元"),
                          ("hy45_intellectual_property.txt", "销售金额为人民币17,600元"),
                          ("hy46_intellectual_property.txt", "销售金额为人民币16,900元"))],
    # ── repeat offender: the same credit code punished again fifteen months later ──
    Doc("hy47_food_safety.txt", "food_safety",
        "餐厅从业人员无健康证明，首次违法，食品安全法第126条第一款第（六）项责令改正并警告合法",
        flags={"scenario": "repeat_first", "repeat_group": REPEAT}),
    Doc("hy48_food_safety.txt", "food_safety",
        "同一统一社会信用代码的单位在2024年3月26日警告后约15个月内再犯且拒不改正，二年内再犯；罚3万元在第126条"
        "5千-5万内，已告知听证",
        [repeat("天津津味楼餐饮有限公司", REPEAT)],
        {"scenario": "repeat", "repeat_group": REPEAT}),
]

DOCS = sorted(CRIMINAL + PUBLIC_INTEREST + IRREGULAR + NEGATIVE + GROUPS, key=lambda doc: doc.file)


labeled = lead_gold.labeler(HERE, CREATED, VERSION)

if __name__ == "__main__":
    lead_gold.main(HERE, DOCS, CREATED, VERSION)
