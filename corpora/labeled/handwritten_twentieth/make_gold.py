"""Lead labels for the twentieth hand-written set in this folder (run to rewrite ``gold.jsonl``).

A new UNSEEN held-out test of the lead screening, written on 2026-11-22 without reading any decision
of the earlier hand-written sets nor the screening code. Every decision ``hoNN_<domain>.txt`` was
written by hand in the manner of published 行政处罚决定书 of city and county agencies in 广东, 福建,
江西 and 湖南 (all names, numbers, codes and addresses invented; credit codes carry valid
GB 32100-2015 check digits, identity numbers valid GB 11643 check digits). The set puts weight on
market regulation: food safety (非食用物质, 药品成分, 病死畜肉, 超范围使用添加剂), drugs and medical
devices, 伪劣产品 with sales in parts and unit prices, trademarks (刑法第213、214条), tobacco,
传销 and 非法经营, with forms of 税务, 海关, 公安 and 人社. Figures are often left for the reader to
add (tables, quantities times prices), the subject stands apart from the figure, and a figure of
the wrong measure (违法所得, 进货价, 完税价格, the fine) sits beside the right one. Labels come from
the law only: criminal thresholds from corpora/knowledge/thresholds.yaml, hearing figures from
corpora/knowledge/hearing.yaml, fine ranges and article existence from the statute text in force on
the decision date. Each row's ``meta.reason`` gives the one-line legal reason.

Run from the repository root: ``.venv/bin/python corpora/labeled/handwritten_twentieth/make_gold.py``.
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
CREATED = "2026-11-22T16:00:00+00:00"
VERSION = "handwritten-twentieth/1"

SPLIT, REPEAT = "split-ho-shunde-lubricant", "repeat-ho-xiamen-bakery"
OVER = {"scenario": "over"}
QUAL = {"scenario": "qualitative"}

CRIMINAL = [
    # ── criminal-transfer leads (each also 以罚代刑: only fined, no transfer recorded) ──
    Doc("ho01_food_safety.txt", "food_safety",
        "红油中添加苏丹红Ⅳ号（非食用物质名单所列，非食品原料），刑法第144条行为犯无金额门槛；货值8,640元不足1万，"
        "罚12万在食品安全法第123条10万-15万内，已告知听证；只罚款未移送",
        [trigger("food-144-toxic/1", "该样品中检出苏丹红Ⅳ号"), fined_only("三、罚款人民币壹拾贰万元整")], QUAL),
    Doc("ho02_food_safety.txt", "food_safety",
        "压片糖果中检出西地那非（处方药成分，在另一段），食品中非法添加药物属刑法第144条（法释〔2021〕24号），行为犯；"
        "货值7,224元，罚10万在第123条10万-15万内；只罚款未移送",
        [trigger("food-144-toxic/3", "样品中检出西地那非"), fined_only("3. 并处罚款人民币壹拾万元")], QUAL),
    Doc("ho03_drugs.txt", "drugs",
        "以面粉压模冒充冬虫夏草，依药品管理法第98条第二款第（二）项为假药，销售假药为刑法第141条行为犯；罚150万为"
        "第116条货值不足10万按10万计15倍下限；只罚款吊证未移送",
        [trigger("drug-141-counterfeit/1", "以非药品冒充药品，为假药"), fined_only("（三）并处罚款人民币壹佰伍拾万元")],
        QUAL),
    Doc("ho04_food_safety.txt", "food_safety",
        "经营非洲猪瘟阳性的病死、死因不明猪肉（认定在另一段），属刑法第143条不符合安全标准的食品（法释〔2021〕24号"
        "第一条第（二）项）；罚10万在食品安全法第123条货值不足1万10万-15万内；只罚款未移送",
        [trigger("food-143-substandard/2", "上述猪肉属于病死、死因不明的畜肉"), fined_only("三、罚款拾万元")], QUAL),
    Doc("ho05_food_safety.txt", "food_safety",
        "私设生猪屠宰场，四个月销售额须由表中相加：92,820+111,370+107,140+44,930=356,260元≥10万元（法释〔2021〕24号"
        "第十七条，刑法第225条）；违法所得15,680元不是计量口径；罚10倍在生猪屠宰管理条例第31条10-20倍内；只罚款未移送",
        [threshold("food-225-illegal-business/1", "各月屠宰及销售情况如下", 356260.0),
         fined_only("三、并处货值金额十倍罚款计人民币叁佰伍拾陆万贰仟陆佰元")], OVER),
    Doc("ho06_product_quality.txt", "product_quality",
        "以不合格电线冒充合格，销售金额须按卷数乘单价相加：40,960+29,400+12,650=83,010元≥5万元（立案追诉标准（一）"
        "第十六条，刑法第140条）；进货总价52,108元不是计量口径；罚80%在产品质量法第50条50%-3倍内；只罚款未移送",
        [threshold("product-140-fake-inferior/1", "BV2.5：销售320卷，单价每卷128元", 83010.0),
         fined_only("四、并处违法销售产品货值金额百分之八十的罚款")], OVER),
    Doc("ho07_intellectual_property.txt", "intellectual_property",
        "明知假冒仍销售\"飞翎\"运动鞋，销售金额按表相加28,520+22,040+13,120=63,680元≥5万元（刑法第214条，2025年解释）；"
        "违法所得16,240元<3万不是唯一口径；罚2倍（违法经营额76,140元）在商标法第60条五倍以下内；只罚款未移送",
        [threshold("ip-214-sell-counterfeit/2", "现场尚有库存310双", 63680.0),
         fined_only("处违法经营额二倍罚款计人民币壹拾伍万贰仟贰佰捌拾元")], OVER),
    Doc("ho08_intellectual_property.txt", "intellectual_property",
        "未经许可在白酒上使用\"黔台\"注册商标，非法经营数额含已售381箱与查获186箱：567箱×120元=68,040元≥5万元"
        "（刑法第213条，法释〔2004〕19号第一条、第十二条）；已售45,720元与获利2.1万元均低于线但不是唯一口径；"
        "罚23万在商标法第60条五倍以下内；只罚款未移送",
        [threshold("ip-213-counterfeit-trademark/1", "查获的186箱按每箱120元计", 68040.0),
         fined_only("三、罚款人民币贰拾叁万元")], OVER),
    Doc("ho09_tobacco.txt", "tobacco",
        "无批发许可证批发卷烟，经营额按条数乘价相加68,400+53,760+30,400=152,560元≥5万元（法释〔2010〕7号第三条，"
        "刑法第225条）；罚50%在烟草专卖法实施条例第54条50%-1倍内；只罚款未移送",
        [threshold("tobacco-225-illegal-business/1", "芙蓉王（硬）：285条，每条批发价240元", 152560.0),
         fined_only("处以违法批发卷烟价值百分之五十的罚款")], OVER),
    Doc("ho10_tobacco.txt", "tobacco",
        "无零售许可证经营卷烟1,260条=252,000支≥20万支（法释〔2010〕7号第三条第一款第（三）项，刑法第225条）；"
        "金额44,100元<5万元不是唯一口径；罚30%在烟草专卖法实施条例第57条20%-50%内；只罚款未移送",
        [threshold("tobacco-225-illegal-business/3", "卷烟合计1,260条", 252000.0),
         fined_only("处违法经营总额百分之三十的罚款计人民币壹万叁仟贰佰叁拾元")], OVER),
    Doc("ho11_market.txt", "market",
        "以入门费和层级计酬的传销，会员174人≥30人、链条七层≥3层（立案追诉标准（二）第七十条，刑法第224条之一）；"
        "罚50万在禁止传销条例第24条第一款50万-200万内，已听证；只罚款未移送",
        [threshold("market-224-1-pyramid/1", "共有会员174人", 174.0), fined_only("三、罚款人民币伍拾万元")], OVER),
    Doc("ho12_market.txt", "market",
        "个人无证经营成品油（柴油），销售额按吨数乘价相加60,000+49,140+25,748+41,600=176,488元≥5万元（立案追诉标准"
        "（二）第七十一条，刑法第225条第（四）项）；罚10万在危险化学品安全管理条例第77条第三款10万-20万内；只罚款未移送",
        [threshold("market-225-general/1", "2024年12月：9.6吨，每吨6,250元", 176488.0),
         fined_only("三、罚款人民币壹拾万元")], OVER),
    Doc("ho13_drugs.txt", "drugs",
        "不符合强制性标准的医用口罩，销售金额34,040+21,600=55,640元≥5万元（刑法第145条、第149条，立案追诉标准（一）"
        "第二十一条）；罚5倍（货值60,450元）在医疗器械监督管理条例第86条5-20倍内；只罚款未移送",
        [threshold("product-145-medical-devices/2", "型号A（平面耳挂式，50只/盒）：售出1,840盒，每盒18.5元", 55640.0),
         fined_only("3. 并处货值金额五倍罚款人民币叁拾万贰仟贰佰伍拾元")], OVER),
    Doc("ho14_drugs.txt", "drugs",
        "批发溶出度不合格的劣药，销售金额按表相加27,090+22,176+11,092=60,358元≥5万元（刑法第142条、第149条）；"
        "罚100万为药品管理法第117条按10万计10倍，已听证；只罚款未移送",
        [threshold("drug-142-substandard/2", "销售明细（依据出库单）", 60358.0),
         fined_only("三、并处罚款人民币壹佰万元整")], OVER),
    Doc("ho15_food_safety.txt", "food_safety",
        "糕点中超范围使用糖精钠（GB 2760在另一句），销售金额77,760+44,980=122,740元≥5万元（法释〔2021〕24号第十三条"
        "第二款、刑法第149条）；罚10倍在食品安全法第124条10-20倍内；只罚款未移送",
        [threshold("food-143-substandard/6", "老婆饼出货24,300盒，出厂价每盒3.2元", 122740.0),
         fined_only("并处货值金额十倍罚款人民币壹佰贰拾贰万柒仟肆佰元")], OVER),
    Doc("ho16_drugs.txt", "drugs",
        "汞超标三千倍的祛斑霜，实收销售金额二十五万四千一百六十元≥5万元（刑法第148条、第149条，按第140条）；违法所得"
        "194,760元不是计量口径；罚5倍在化妆品监督管理条例第60条5-20倍内；只罚款未移送",
        [threshold("product-148-cosmetics/2", "实收金额为人民币二十五万四千一百六十元", 254160.0),
         fined_only("3. 并处货值金额五倍罚款人民币壹佰叁拾伍万伍仟玖佰肆拾元")], OVER),
    Doc("ho17_tax.txt", "tax",
        "无真实交易虚开增值税专用发票29份，税额193,274.34元≥10万元（法释〔2024〕4号第十一条，刑法第205条）；价税合计"
        "168万和开票费6.72万不是计量口径；罚50万在发票管理办法第35条5万-50万内；只罚款未移送",
        [threshold("tax-205-vat-invoice/1", "上述发票所载增值税税额合计为人民币193,274.34元", 193274.34),
         fined_only("并处罚款人民币50万元")], OVER),
    Doc("ho18_customs.txt", "customs",
        "个人\"蚂蚁搬家\"走私，偷逃应缴税款34.62万元≥10万元（法释〔2014〕10号第十六条，刑法第153条）；完税价格203.6万"
        "和获利1.16万不是计量口径；罚20万在海关行政处罚实施条例第9条第一款第（三）项3倍以下内；只罚款未移送",
        [threshold("customs-153-ordinary-goods/1", "偷逃应缴税款人民币34.62万元", 346200.0),
         fined_only("2. 科处罚款人民币贰拾万元")], OVER),
    Doc("ho19_other.txt", "other",
        "拖欠27名农民工工资，按班组相加163,200+198,450+41,300=402,950元≥3万元，经限期整改指令书责令后仍不支付且"
        "负责人逃匿（法释〔2013〕3号第三、四条，刑法第276条之一）；只作加付赔偿金处理未移送",
        [threshold("labor-276-1-wage-refusal/2", "钢筋班：9人，共拖欠163,200元", 402950.0),
         fined_only("按应付金额百分之五十的标准向劳动者加付赔偿金")], OVER),
    Doc("ho20_public_security.txt", "public_security",
        "酒店前台主管出售住宿信息642条≥500条（性质在另一句；法释〔2017〕10号第五条第一款第（四）项，刑法第253条之一）；"
        "违法所得4,700元<5000元不是唯一口径；罚5万在个人信息保护法第66条第一款内；只罚款未移送",
        [threshold("pi-253-1-personal-information/2", "共涉及入住记录642条", 642.0),
         fined_only("罚款人民币伍万元的行政处罚")], OVER),
]

PUBLIC_INTEREST = [
    # ── public-interest leads: statutory field + harm going on after the agency acted ──
    Doc("ho21_food_safety.txt", "food_safety",
        "小学门口销售微生物不合格和无标签食品，责令下架后两次复查仍向学生销售，决定作出时仍在售（食品药品安全领域，"
        "不特定多数未成年人）；罚5万在食品安全法第124条货值不足1万5万-10万内",
        [pil("food_drug_safety", "截至本决定作出之日，当事人店内仍在售卖无标签的散装辣条")],
        {"scenario": "pil", "continuing_harm": True}),
    Doc("ho22_food_safety.txt", "food_safety",
        "无热食类经营许可的外卖店，12宗腹泻投诉，责令停止后换店名继续接单，至决定作出时仍在配送（食品药品安全领域，"
        "不特定消费者）；未致严重食物中毒不达刑法第143条；罚10倍在食品安全法第122条10-20倍内",
        [pil("food_drug_safety", "该店铺仍以个人账号继续接单配送")], {"scenario": "pil", "continuing_harm": True}),
    Doc("ho23_food_safety.txt", "food_safety",
        "以会销向213名老人宣称普通食品能治病停药，责令停止后换场地继续，已售产品未退未召回、有老人停药住院"
        "（食品药品安全领域，不特定老年消费者）；罚20万在广告法第58条内，已听证",
        [pil("food_drug_safety", "当事人更换场地至旭山路另一民房后继续举办\"讲座\"")],
        {"scenario": "pil", "continuing_harm": True}),
    Doc("ho24_environment.txt", "environment",
        "养殖场以埋管直排猪粪水（非有毒物质、不在饮用水源保护区，不达刑法第338条），责令改正后两次复查仍经明沟入河、"
        "河段未清理、村民灌溉水不能用（生态环境和资源保护领域）；罚25万在水污染防治法第83条10万-100万内",
        [pil("ecology_resources", "猪粪水经明沟溢流仍进入小河港支流")], {"scenario": "pil", "continuing_harm": True}),
    Doc("ho25_public_security.txt", "public_security",
        "APP强制索取权限并未经单独同意向第三方共享31万用户手机号，责令改正后两次复测仍未改、投诉未断（个人信息保护"
        "领域）；拒不改正罚80万在个人信息保护法第66条第一款一百万以下内，已听证",
        [pil("personal_information", "与第三方营销服务商的数据接口仍在运行")],
        {"scenario": "pil", "continuing_harm": True}),
    Doc("ho26_culture_tourism.txt", "culture_tourism",
        "网咖接纳未成年人，警告后两次再查获并有望风逃避检查，家长投诉至今（未成年人保护领域）；罚1.5万在互联网上网"
        "服务营业场所管理条例第31条15000元以下内，已告知听证",
        [pil("minors", "至今仍有家长向教育部门投诉")], {"scenario": "pil", "continuing_harm": True}),
]

IRREGULAR = [
    # ── enforcement irregularities ──
    out_of_range("ho27_food_safety.txt", "food_safety",
                 "兽药残留超标的虾，货值3,276元不足1万，食品安全法第124条罚5万-10万；罚2万低于下限，\"积极配合\"不是"
                 "行政处罚法第32条的减轻情节，也未写明减轻",
                 "二、罚款人民币贰万元"),
    out_of_range("ho28_product_quality.txt", "product_quality",
                 "不合格电池货值40,800元，产品质量法第50条罚货值50%-3倍（20,400-122,400元）；罚4倍163,200元超出上限",
                 "4. 并处货值金额四倍罚款计人民币壹拾陆万叁仟贰佰元"),
    no_hearing("ho29_food_safety.txt", "food_safety",
               "市场监管对个人罚款315,600元≥1万元（hearing.yaml市场监管个人一万元，行政处罚法第63条），只告知陈述、"
               "申辩，未告知听证；罚10倍在食品安全法第122条10-20倍内",
               "二、罚款人民币叁拾壹万伍仟陆佰元"),
    no_hearing("ho30_tax.txt", "tax",
               "税务机关对个人（个体工商户业主）罚款5,000元≥2,000元（税务行政处罚听证程序实施办法第三条），只告知陈述、"
               "申辩，未告知听证；罚款在征管法第62条情节严重2,000-10,000元内",
               "处罚决定：处罚款人民币伍仟元整"),
    Doc("ho31_food_safety.txt", "food_safety",
        "食品安全法（2021修正）共154条，引用的第一百六十二条不存在（超过保质期食品的罚则为第124条第一款第（五）项，"
        "货值不足1万5万-10万，罚5万在内），已告知听证",
        [irregular("nonexistent_article", "《中华人民共和国食品安全法》第一百六十二条")],
        {"scenario": "irregularity", "irregularities": ["nonexistent_article"]}),
    Doc("ho32_product_quality.txt", "product_quality",
        "二〇二四年三月五日立案、二〇二四年十二月二十日决定，历时290日，超过行政处罚法第60条九十日（市场监管行政处罚"
        "程序规定第64条延长亦无记载）；罚70%在产品质量法第50条内",
        [irregular("time_limit", "本局于二〇二四年三月五日对当事人涉嫌销售不合格燃气灶具一案立案调查")],
        {"scenario": "irregularity", "irregularities": ["time_limit"]}),
]

NEGATIVE = [
    # ── negatives (near misses marked) ──
    Doc("ho33_intellectual_property.txt", "intellectual_property",
        "销售假冒服装，销售金额29,120+17,640=46,760元<5万、违法所得22,080元<3万、已售加库存51,216元<15万，均不达刑法"
        "第214条；违法经营额51,216元和罚款14万大于5万但不是计量口径；罚款在商标法第60条内，已告知听证",
        flags={"scenario": "under", "near_miss": True}),
    Doc("ho34_tax.txt", "tax",
        "少缴税款51.2万元且占23.6%，但首次被税务处罚、已补缴税款滞纳金，依刑法第201条第四款不予追究；罚60%在征管法"
        "第63条50%-5倍内，已告知听证",
        flags={"scenario": "tax_paid", "near_miss": True}),
    Doc("ho35_drugs.txt", "drugs",
        "中成药中检出化学药成分的假药（刑法第141条），但已移送公安机关并立案侦查，不是隐匿的移送线索；罚款待刑事程序"
        "终结",
        flags={"scenario": "transferred", "near_miss": True, "transferred": True}),
    Doc("ho36_tobacco.txt", "tobacco",
        "无准运证运输卷烟，合计金额62,230元，已移送公安，公安以已售部分证据不足不予立案并退回；罚30%在烟草专卖法实施"
        "条例第52条20%-50%内，已告知听证",
        flags={"scenario": "police_declined", "near_miss": True, "police_declined": True}),
    Doc("ho37_food_safety.txt", "food_safety",
        "举报压片糖果添加西地那非，三批次按BJS 201805检测90种化合物均未检出，无有毒有害物质；标签宣称治疗功能罚5倍在"
        "食品安全法第125条5-10倍内（销售额15.6万元大于5万但不是伪劣产品的销售金额），已听证",
        flags={"scenario": "not_detected", "near_miss": True}),
    Doc("ho38_other.txt", "other",
        "拖欠23人工资26.84万元，但在限期整改指令书期限内足额支付，不是刑法第276条之一的经责令支付仍不支付；超时加班"
        "每人300元在劳动保障监察条例第25条100-500元内",
        flags={"scenario": "remedied", "near_miss": True}),
    Doc("ho39_food_safety.txt", "food_safety",
        "学校周边辣条苯甲酸超限量，当日下架并召回、两次复查整改到位、无学生不适，无持续损害；罚5万在食品安全法第124条"
        "货值不足1万5万-10万内",
        flags={"scenario": "pil_remedied", "near_miss": True, "continuing_harm": False}),
    Doc("ho40_product_quality.txt", "product_quality",
        "以次充好蚕丝被，销售金额30,240+13,080+3,264=46,584元<5万，销售金额×3加库存2,176元=141,928元<15万，不达刑法"
        "第140条；原料加工费61,200元不是计量口径；罚1倍在产品质量法第50条内，已告知听证",
        flags={"scenario": "under", "near_miss": True}),
    Doc("ho41_public_security.txt", "public_security",
        "非从业人员购买后转提供住宿信息460条<500条、违法所得3,900元<5000元，无前科（法释〔2017〕10号第五条）；罚2万"
        "在个人信息保护法第66条第一款内，已告知听证",
        flags={"scenario": "under", "near_miss": True}),
    Doc("ho42_tobacco.txt", "tobacco",
        "无零售许可证经营卷烟980条=196,000支<20万支、金额45,860元<5万元、获利1,200元<2万元，无前科（法释〔2010〕7号"
        "第三条）；罚25%在烟草专卖法实施条例第57条20%-50%内，已告知听证",
        flags={"scenario": "under", "near_miss": True}),
    Doc("ho43_market.txt", "market",
        "拉人头式传销，推广员26人<30人且层级不足三级（立案追诉标准（二）第七十条），不达刑法第224条之一；罚10万在禁止"
        "传销条例第24条第二款10万-50万内",
        flags={"scenario": "under", "near_miss": True}),
    Doc("ho44_customs.txt", "customs",
        "个人走私偷逃税款九万六千一百八十元<10万元，无前两次走私处罚（法释〔2014〕10号第十六条）；完税价格52.16万元不是"
        "计量口径；罚15万在海关行政处罚实施条例第9条3倍以下内",
        flags={"scenario": "under", "near_miss": True}),
    Doc("ho45_market.txt", "market",
        "不予行政处罚决定书：价目表未标规格，首违轻微并已改正（行政处罚法第33条第一款）",
        flags={"scenario": "no_penalty"}),
]

GROUPS = [
    # ── 化整为零: one trader's three warehouses selling counterfeit \"驰耐\" lubricant, cut into three decisions ──
    *[Doc(name, "intellectual_property",
          "同一经营者（同一信用代码）三个仓库销售假冒注册商标润滑油，一个月内拆成三案；销售金额均须由数量乘单价得出，"
          "累计19,374+16,840+17,263=53,477元≥5万元（刑法第214条，2025年解释）；每案罚2倍在商标法第60条二十五万元以下内",
          [split("ip-214-sell-counterfeit/2", quote, 53477.0, SPLIT)],
          {"scenario": "split", "split_group": SPLIT})
      for name, quote in (("ho46_intellectual_property.txt", "以上合计销售金额人民币19,374元"),
                          ("ho47_intellectual_property.txt", "以上合计销售金额人民币16,840元"),
                          ("ho48_intellectual_property.txt", "以上合计销售金额人民币17,263元"))],
    # ── repeat offender: the same credit code punished again ten months later ──
    Doc("ho49_food_safety.txt", "food_safety",
        "标签不符合规定，首次处罚，罚8千在食品安全法第125条货值不足1万5千-5万内",
        flags={"scenario": "repeat_first", "repeat_group": REPEAT}),
    Doc("ho50_food_safety.txt", "food_safety",
        "同一统一社会信用代码的单位在2024年9月30日处罚后约十个半月再犯，二年内再犯；以过期原料生产罚8万在食品安全法"
        "第124条货值不足1万5万-10万内，已告知听证",
        [repeat("曾因生产经营标签不符合规定的预包装食品于2024年9月30日被本局处罚", REPEAT)],
        {"scenario": "repeat", "repeat_group": REPEAT}),
]

DOCS = sorted(CRIMINAL + PUBLIC_INTEREST + IRREGULAR + NEGATIVE + GROUPS, key=lambda doc: doc.file)


labeled = lead_gold.labeler(HERE, CREATED, VERSION)

if __name__ == "__main__":
    lead_gold.main(HERE, DOCS, CREATED, VERSION)
