"""Lead labels for the thirty-fifth hand-written set in this folder (run to rewrite ``gold.jsonl``).

A new UNSEEN held-out test of the lead screening, written on 2026-11-22 without reading any decision
of the earlier hand-written sets nor the screening code. Every decision ``jnNN_<domain>.txt`` was
written by hand in the manner of published 行政处罚决定书 of 上海, 江苏, 浙江, 福建 and 广东 agencies
(市场监管, 税务稽查, 海关, 公安网安, 人社劳动保障监察, 农业农村). All names, numbers, codes and
addresses are invented; credit codes carry valid GB 32100-2015 check digits, identity numbers valid
GB 11643 check digits. The weight is on market regulation and IP (商标 213/214/215, 伪劣 140 and
145/148 through 149, 化妆品, 医疗器械), tax and customs (虚开 with a table, 走私 with taxes by kind,
出口退税), 公安 (personal information of several kinds) and 人社 wages by workers × months.
Labels come from the law only: criminal thresholds from corpora/knowledge/thresholds.yaml (the
version in force on the date of the facts), hearing figures from corpora/knowledge/hearing.yaml,
fine ranges and article existence from the statute text in force on the decision date. Each row's
``meta.reason`` gives the one-line legal reason.

Run from the repository root: ``.venv/bin/python corpora/labeled/handwritten_thirtyfifth/make_gold.py``.
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
CREATED = "2026-11-22T17:10:00+00:00"
VERSION = "handwritten-thirtyfifth/1"

SPLIT, REPEAT = "split-jn-nanshan-earphones", "repeat-jn-pudong-devices"
OVER = {"scenario": "over"}
QUAL = {"scenario": "qualitative"}
UNDER = {"scenario": "under", "near_miss": True}

CRIMINAL = [
    # ── criminal-transfer leads (each also 以罚代刑: only fined, no transfer recorded) ──
    Doc("jn01_intellectual_property.txt", "intellectual_property",
        "未经许可在服装上使用相同商标（刑法第213条），非法经营数额由表格相加：1,150×38+920×29+1,640×15=94,980元"
        "≥5万元（ip-213-counterfeit-trademark/1，2025-04-26起）；获利1.96万不是计量口径；罚24万在商标法第60条五倍以下内，"
        "已告知听证；只罚款未移送",
        [threshold("ip-213-counterfeit-trademark/1", "运动上衣        1,150件     38", 94980.0),
         fined_only("三、罚款人民币贰拾肆万元整。")], OVER),
    Doc("jn02_intellectual_property.txt", "intellectual_property",
        "明知（进价明显偏低）销售假冒注册商标的皮包，销售金额6.35万元≥5万元（ip-214-sell-counterfeit/2，"
        "2025-04-26起；获利3.9万亦≥3万）；罚3倍在商标法第60条五倍以下内；只罚款未移送",
        [threshold("ip-214-sell-counterfeit/2", "销售金额合计6.35万元", 63500.0),
         fined_only("处罚款人民币壹拾玖万零伍佰元")], OVER),
    Doc("jn03_intellectual_property.txt", "intellectual_property",
        "擅自制造同一注册商标的织唛、吊牌、不干胶贴，已交付与库存相加11,700+9,400+1,500=22,600件≥2万件"
        "（ip-215-trademark-labels@2004/1，事实在2025年3-4月）；加工费8,280元不是计量口径；罚15万在第60条"
        "二十五万以下内；只罚款未移送",
        [threshold("ip-215-trademark-labels@2004/1", "（1）织唛（领标），已交付9,400件，库存2,300件", 22600.0),
         fined_only("（三）罚款人民币壹拾伍万元。")], OVER),
    Doc("jn04_product_quality.txt", "product_quality",
        "以不合格电线冒充合格，销售金额由三种规格相加1,860×78+640×126+95×188=243,580元≥5万元"
        "（product-140-fake-inferior/1，刑法第140条）；罚60%在产品质量法第50条50%-3倍内，已听证；只罚款未移送",
        [threshold("product-140-fake-inferior/1", "BV 2.5mm²：销售1,860卷，每卷出厂价78元", 243580.0),
         fined_only("计人民币壹拾伍万肆仟贰佰贰拾肆元")], OVER),
    Doc("jn05_product_quality.txt", "product_quality",
        "以假充真的“不锈钢”阀件，已售32,800元（<5万）、库存标价货值4,200×9.5+1,750×35=101,150元（<15万），"
        "但已售×3+未售=199,550元≥15万元（product-140-fake-inferior/3）；罚7.5万在第50条内；只罚款未移送",
        [threshold("product-140-fake-inferior/3", "角阀4,200个（标价每个9.5元）", 199550.0),
         fined_only("3. 罚款人民币柒万伍仟元。")], OVER),
    Doc("jn06_drugs.txt", "drugs",
        "含汞（禁用组分）化妆品，未致严重后果，三批销售金额1,120×28+860×28+590×33=74,910元≥5万元，依刑法第149条"
        "按第140条（product-148-cosmetics/2）；违法所得3.12万不是口径；罚15倍在化妆品条例第59条15-30倍内；只罚款未移送",
        [threshold("product-148-cosmetics/2", "批号20250112销售1,120瓶，每瓶出厂价28元", 74910.0),
         fined_only("并处货值金额十五倍的罚款人民币壹佰壹拾贰万叁仟陆佰伍拾元")], OVER),
    Doc("jn07_drugs.txt", "drugs",
        "不符合强制性标准的医用外科口罩，销售金额11,260×3.9+8,400×3.2=70,794元≥5万元，依刑法第149条"
        "（product-145-medical-devices/2）；进价1.1元不是口径；罚5倍在医疗器械条例第86条5-20倍内，已听证；只罚款未移送",
        [threshold("product-145-medical-devices/2", "线上销售11,260盒，成交均价每盒3.9元", 70794.0),
         fined_only("处货值金额五倍罚款计人民币叁拾玖万捌仟捌佰贰拾元")], OVER),
    Doc("jn08_drugs.txt", "drugs",
        "以亚香棒虫草冒充冬虫夏草，药品管理法第98条第二款第（三）项以他种药品冒充此种药品为假药，销售假药为刑法"
        "第141条行为犯（drug-141-counterfeit/1）；罚150万为第116条不足10万按10万计15倍；只罚款吊证未移送",
        [trigger("drug-141-counterfeit/1", "上述样品实为亚香棒虫草，不是《中国药典》收载的冬虫夏草"),
         fined_only("并处十五倍罚款计人民币壹佰伍拾万元")], QUAL),
    Doc("jn09_food_safety.txt", "food_safety",
        "压片糖果检出西地那非（保健食品中可能非法添加的物质名单，另一段），销售有毒有害食品为刑法第144条行为犯"
        "（food-144-toxic/3）；罚15倍在食品安全法第123条15-30倍内；只罚款未移送",
        [trigger("food-144-toxic/3", "该产品中含有“西地那非”"),
         fined_only("三、处货值金额十五倍罚款，计人民币柒拾陆万捌仟元。")], QUAL),
    Doc("jn10_tax.txt", "tax",
        "无真实货物交易虚开增值税专用发票22份，表中税额相加115,044.25+69,026.55+46,017.70+23,008.85=253,097.35元"
        "≥10万元（tax-205-vat-invoice/1，法释〔2024〕4号）；罚50万在发票管理办法（2023）第35条5万-50万内；只罚款未移送",
        [threshold("tax-205-vat-invoice/1", "江苏瑞祺金属材料有限公司          9     884,955.75      115,044.25",
                   253097.35),
         fined_only("并处罚款500,000元")], OVER),
    Doc("jn11_tax.txt", "tax",
        "假报出口骗取出口退税，已退库四个月相加213,000元≥10万元（tax-204-export-rebate/1；另38,116元未退库）；"
        "罚一倍在征管法第66条1-5倍内，已听证；只罚款未移送",
        [threshold("tax-204-export-rebate/1", "2024年3月　78,421.36元", 213000.0),
         fined_only("并处骗取税款一倍的罚款213,000.00元")], OVER),
    Doc("jn12_tax.txt", "tax",
        "隐匿收入虚假申报，少缴五税种相加282,042.81元≥10万元且占应纳税额约57%≥10%（tax-201-evasion/1）；五年内已受"
        "二次逃税行政处罚（2021、2023），刑法第201条第四款不予追究不适用；罚一倍在征管法第63条内；只罚款未移送",
        [threshold("tax-201-evasion/1", "你公司2024年度少缴增值税126,558.00元", 282042.81),
         fined_only("计人民币贰拾捌万贰仟零肆拾贰元捌角壹分")], OVER),
    Doc("jn13_customs.txt", "customs",
        "单位伪报品名低报价格走私，关税64,382.17+增值税153,904.55=218,286.72元≥单位20万元"
        "（customs-153-ordinary-goods/2）；罚16万在海关行政处罚实施条例第9条30%-2倍内；只罚款未移送",
        [threshold("customs-153-ordinary-goods/2", "合计偷逃税款人民币贰拾壹万捌仟贰佰捌拾陆元柒角贰分", 218286.72),
         fined_only("决定对当事人科处罚款人民币壹拾陆万元")], OVER),
    Doc("jn14_customs.txt", "customs",
        "个人多次水客走私手机，偷逃税款累计13.46万元≥10万元（customs-153-ordinary-goods/1，多次未经处理累计）；"
        "查获当次2.58万、带工费5,200元不是口径；罚4.5万在第9条30%-2倍内；只罚款未移送",
        [threshold("customs-153-ordinary-goods/1", "偷逃应缴税款共计人民币13.46万元", 134600.0),
         fined_only("二、科处罚款人民币肆万伍仟元。")], OVER),
    Doc("jn15_public_security.txt", "public_security",
        "酒店前台出售旅客入住登记信息（住宿信息，性质在另一段），去重788条≥500条（pi-253-1-personal-information/2，"
        "且为履职获得）；获利1,046元不是唯一口径；罚款在网络安全法第64条第二款1-10倍内；只罚款未移送",
        [threshold("pi-253-1-personal-information/2", "经去重，不重复数据为788条", 788.0),
         fined_only("并处违法所得十倍罚款10,460元")], OVER),
    Doc("jn16_public_security.txt", "public_security",
        "三次向他人提供学员及家长一般个人信息，2,140+1,860+1,275=5,275条≥5,000条"
        "（pi-253-1-personal-information/3）；获利860元不是唯一口径；罚10倍在第64条第二款内；只罚款未移送",
        [threshold("pi-253-1-personal-information/3", "第一次（4月18日）：“南城家长群汇总.xlsx”，2,140条", 5275.0),
         fined_only("并处罚款人民币8,600元")], OVER),
    Doc("jn17_public_security.txt", "public_security",
        "按单出售车主信息，违法所得四个月相加1,380+1,920+2,150+970=6,420元≥5,000元"
        "（pi-253-1-personal-information/4）；信息112条未达条数口径；罚2倍在第64条第二款内；只罚款未移送",
        [threshold("pi-253-1-personal-information/4", "2月份人民币1,380元", 6420.0),
         fined_only("计人民币壹万贰仟捌佰肆拾元")], OVER),
    Doc("jn18_other.txt", "other",
        "拖欠19名劳动者工资9×8,200×3+7×7,600×2+3×6,500=347,300元≥3万元，经限期改正指令书责令支付逾期仍不支付且"
        "负责人失联（labor-276-1-wage-refusal/2，法释〔2013〕3号）；只责令加付赔偿金未移送",
        [threshold("labor-276-1-wage-refusal/2", "木工班组　　9人　　每人每月8,200元　　拖欠3个月", 347300.0),
         fined_only("计人民币壹拾柒万叁仟陆佰伍拾元")], OVER),
    Doc("jn19_drugs.txt", "drugs",
        "美容院销售、使用含氢醌、维A酸（禁用组分）的膏体，致顾客容貌毁损（严重后果在另一段），刑法第148条"
        "（product-148-cosmetics/1）；罚15倍在化妆品条例第59条内；只罚款未移送",
        [trigger("product-148-cosmetics/1", "已构成容貌毁损"),
         fined_only("并处货值金额十五倍罚款，计人民币肆拾玖万肆仟柒佰元")], QUAL),
    Doc("jn20_agriculture.txt", "agriculture",
        "大黄鱼养殖中泼洒孔雀石绿（食品动物禁用化合物，性质在另一段），刑法第144条（food-144-toxic/2，食用农产品"
        "养殖中使用禁用物质）；货值8,320元不足1万，罚10万在农产品质量安全法第70条10万-15万内；只罚款未移送",
        [trigger("food-144-toxic/2", "检出孔雀石绿及其代谢物隐色孔雀石绿"), fined_only("二、罚款人民币壹拾万元。")], QUAL),
]

PUBLIC_INTEREST = [
    # ── public-interest leads: statutory field + harm going on after the agency acted ──
    Doc("jn21_public_security.txt", "public_security",
        "约车APP（146万用户）违规收集位置信息，责令限期改正后两次复测仍未改正、仍在上架（个人信息保护领域，个人"
        "信息保护法第70条）；罚80万在第66条第一款一百万以下内，已听证",
        [pil("personal_information", "至本决定作出之日，该应用仍在各应用商店正常上架")],
        {"scenario": "pil", "continuing_harm": True}),
    Doc("jn22_food_safety.txt", "food_safety",
        "校园旁店铺销售过期食品，责令下架后两次复查仍向学生销售（食品药品安全领域，不特定多数未成年人）；货值1,326元"
        "不达刑法；罚5万在食品安全法第124条5万-10万内",
        [pil("food_drug_safety", "仍在向放学学生销售超过保质期的“辣味素肉”")],
        {"scenario": "pil", "continuing_harm": True}),
    Doc("jn23_drugs.txt", "drugs",
        "医美诊所使用未注册第三类医疗器械，责令停止使用后仍为顾客注射64人次、再行购入（食品药品安全领域，众多消费者）；"
        "无检验证明不符合标准，不作刑法第145条；罚5万在医疗器械条例第86条2万-5万内，已听证",
        [pil("food_drug_safety", "现场治疗记录显示3月1日至4月16日期间仍为顾客注射同一来源产品64人次")],
        {"scenario": "pil", "continuing_harm": True}),
    Doc("jn24_public_security.txt", "public_security",
        "快递网点未履行个人信息保护义务，责令限期改正后两次复查面单仍堆放外泄、诈骗继续（个人信息保护领域）；"
        "罚30万在个人信息保护法第66条第一款内",
        [pil("personal_information", "网点门外仍堆放带有完整收件人姓名、电话、住址的面单约两千余张")],
        {"scenario": "pil", "continuing_harm": True}),
    Doc("jn25_food_safety.txt", "food_safety",
        "无证网络餐饮，责令停止经营、平台下线后换名重新上线仍在营业、消费者腹泻投诉（食品药品安全领域）；罚10倍在"
        "食品安全法第122条10-20倍内，已听证",
        [pil("food_drug_safety", "截至本决定作出之日，上述两新店铺仍在营业")],
        {"scenario": "pil", "continuing_harm": True}),
    Doc("jn26_customs.txt", "customs",
        "保税料件擅自内销，应缴税款136,697.53元经通知补缴至今未缴、企业停产转移设备（国有财产保护领域）；单位"
        "偷逃税款<20万元不达刑法第153条；罚17万在海关行政处罚实施条例第18条货物价值5%-30%内",
        [pil("state_assets", "当事人至今未补缴")], {"scenario": "pil", "continuing_harm": True}),
]

IRREGULAR = [
    # ── enforcement irregularities ──
    out_of_range("jn27_intellectual_property.txt", "intellectual_property",
                 "违法经营额45,240元不足5万元，商标法第60条第二款罚二十五万元以下，从重亦不得超过；罚30万超出上限；"
                 "销售金额3.25万<5万不达刑法第214条",
                 "三、罚款人民币叁拾万元。"),
    out_of_range("jn28_drugs.txt", "drugs",
                 "经营未备案普通化妆品，货值4,260元不足1万元，化妆品条例第61条第一款罚1万-3万；罚5千低于下限，初次违法"
                 "等仅为从轻情节且未写明减轻依据",
                 "三、罚款人民币伍仟元。"),
    no_hearing("jn29_product_quality.txt", "product_quality",
               "市场监管对单位罚款13.8万元≥10万元（hearing.yaml市场监管单位十万元，行政处罚法第63条），只告知陈述、申辩，"
               "未告知听证；罚3倍在产品质量法第49条内；销售3.1万、已售×3+未售10.8万均不达刑法第140条",
               "计人民币壹拾叁万捌仟元"),
    no_hearing("jn30_tax.txt", "tax",
               "税务机关对公民罚款3,000元≥2,000元（hearing.yaml税务个人二千元），只告知陈述、申辩，未告知听证；罚款在"
               "发票管理办法（2023）第33条一万元以下内",
               "对你处以罚款人民币叁仟元"),
    Doc("jn31_product_quality.txt", "product_quality",
        "产品质量法（2018修正）共74条，引用的第八十二条不存在（冒用认证标志的罚则为第53条，货值等值以下，50%在内），"
        "已告知听证",
        [irregular("nonexistent_article", "依据《中华人民共和国产品质量法》第八十二条的规定")],
        {"scenario": "irregularity", "irregularities": ["nonexistent_article"]}),
    Doc("jn32_intellectual_property.txt", "intellectual_property",
        "2025年1月6日立案、2025年7月1日决定，历时176日，超过行政处罚法第60条九十日（市场监管程序规定延长亦须批准），"
        "文书未记载延期批准或中止；罚6万在商标法第60条内",
        [irregular("time_limit", "本局于2025年1月6日根据权利人投诉")],
        {"scenario": "irregularity", "irregularities": ["time_limit"]}),
]

NEGATIVE = [
    # ── negatives (near misses marked) ──
    Doc("jn33_intellectual_property.txt", "intellectual_property",
        "销售假冒商标服装，销售金额312×89+156×129=47,892元<5万，违法所得2.68万<3万，销售+库存6.06万<15万，均不达"
        "刑法第214条（2025-04-26后）；罚6万（大于5万但不是口径）在商标法第60条内，已听证",
        flags=UNDER),
    Doc("jn34_tax.txt", "tax",
        "逃税33.7万元且比例31.2%，但首次被税务处理、已缴清税款滞纳金并接受处罚，五年内无前科，依刑法第201条第四款"
        "不予追究；罚50%在征管法第63条内",
        flags={"scenario": "tax_paid", "near_miss": True}),
    Doc("jn35_tax.txt", "tax",
        "虚开专票税额14.74万元≥10万元，但已移送公安机关并立案侦查，不是隐匿的移送线索；罚款待刑事程序终结",
        flags={"scenario": "transferred", "near_miss": True, "transferred": True}),
    Doc("jn36_intellectual_property.txt", "intellectual_property",
        "加工假冒商标短袖衫，非法经营数额7.44万（正品价48万）≥5万，已移送公安，公安以明知无法证实不予立案并退回；罚20万在"
        "商标法第60条五倍以下内",
        flags={"scenario": "police_declined", "near_miss": True, "police_declined": True}),
    Doc("jn37_food_safety.txt", "food_safety",
        "举报非法添加西地那非等，但两批次均未检出26种物质，无有毒有害物质；只涉标签宣称疗效，违法所得2.6万<3万；"
        "罚5倍在食品安全法第125条5-10倍内",
        flags={"scenario": "not_detected", "near_miss": True}),
    Doc("jn38_customs.txt", "customs",
        "个人走私四次偷逃税款相加97,644.35元<10万元（customs-153-ordinary-goods/1）；完税价格38.6万不是口径；罚3万在"
        "海关行政处罚实施条例第9条30%-2倍内",
        flags=UNDER),
    Doc("jn39_public_security.txt", "public_security",
        "转卖住宿信息496条<500条、违法所得4,960元<5,000元，非履职获得（法释〔2017〕10号第五条）；罚5倍在网络安全法"
        "第64条第二款内，已告知听证",
        flags=UNDER),
    Doc("jn40_other.txt", "other",
        "拖欠15人工资25.2万元，但在限期改正指令书期限内足额支付，不是刑法第276条之一的经责令仍不支付；超时加班罚每人"
        "200元在劳动保障监察条例第25条100-500元内",
        flags={"scenario": "remedied", "near_miss": True}),
    Doc("jn41_intellectual_property.txt", "intellectual_property",
        "擅自制造商标标识11,000+4,200+2,400+1,000=18,600件<2万件，加工费2,736元，不达刑法第215条（按KB二万件）；"
        "罚5万在商标法第60条内",
        flags=UNDER),
    Doc("jn42_product_quality.txt", "product_quality",
        "以不合格管材冒充合格，月销售相加43,000元<5万，已售×3+未售18,000=147,000元<15万，进货成本2.87万、罚款9.15万均"
        "不是口径，不达刑法第140条；罚1.5倍在产品质量法第50条内",
        flags=UNDER),
    Doc("jn43_public_security.txt", "public_security",
        "教育小程序个人信息违规，限期内整改完毕、两次复查及第三方检测确认到位、无泄露，无持续损害，不是公益诉讼线索；"
        "罚5万在个人信息保护法第66条第一款内",
        flags={"scenario": "pil_remedied", "near_miss": True, "continuing_harm": False}),
    Doc("jn44_drugs.txt", "drugs",
        "举报口罩伪劣，但三批次检验均合格；销售6.82万元不是不合格产品的销售额，不达刑法第145条、第140条；只因进货"
        "查验制度给予警告，在医疗器械条例第89条内",
        flags={"scenario": "cleared", "near_miss": True}),
    Doc("jn45_drugs.txt", "drugs",
        "不予行政处罚决定书：化妆品标签瑕疵不影响安全，初次违法危害轻微并及时改正（行政处罚法第33条第一款）",
        flags={"scenario": "no_penalty"}),
    Doc("jn46_tax.txt", "tax",
        "买单配票骗取出口退税，三票相加91,788.15元<10万元（tax-204-export-rebate/1）；出口额204万不是口径；罚一倍在"
        "征管法第66条内，已告知听证",
        flags=UNDER),
]

GROUPS = [
    # ── 化整为零: one company's three web shops, punished in three decisions ──
    *[Doc(name, "intellectual_property",
          "同一信用代码的公司三家网店销售假冒“SONVEX”耳机，分三案处罚；销售金额18,640+16,952+16,910=52,502元"
          "≥5万元（ip-214-sell-counterfeit/2，刑法第214条），每案均<5万；每案罚2倍在商标法第60条内",
          [split("ip-214-sell-counterfeit/2", quote, 52502.0, SPLIT)],
          {"scenario": "split", "split_group": SPLIT})
      for name, quote in (("jn47_intellectual_property.txt", "销售金额为人民币18,640元"),
                          ("jn48_intellectual_property.txt", "合计销售金额人民币16,952元"),
                          ("jn49_intellectual_property.txt", "销售金额为人民币16,910元"))],
    # ── repeat offender: the same credit code punished again within a year ──
    Doc("jn50_drugs.txt", "drugs",
        "经营过期医疗器械，首次处罚，罚2万在医疗器械条例第86条货值不足1万2万-5万内",
        flags={"scenario": "repeat_first", "repeat_group": REPEAT}),
    Doc("jn51_drugs.txt", "drugs",
        "同一统一社会信用代码的单位在2024年10月11日处罚后约九个月（2025年7月9日）再被查获同类违法，二年内再犯；罚4.5万在第86条内",
        [repeat("上海瑞颐医疗器械有限公司", REPEAT)],
        {"scenario": "repeat", "repeat_group": REPEAT}),
]

DOCS = sorted(CRIMINAL + PUBLIC_INTEREST + IRREGULAR + NEGATIVE + GROUPS, key=lambda doc: doc.file)


labeled = lead_gold.labeler(HERE, CREATED, VERSION)

if __name__ == "__main__":
    lead_gold.main(HERE, DOCS, CREATED, VERSION)
