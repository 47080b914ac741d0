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

DOCS = sorted(CRIMINAL, key=lambda doc: doc.file)


labeled = lead_gold.labeler(HERE, CREATED, VERSION)

if __name__ == "__main__":
    lead_gold.main(HERE, DOCS, CREATED, VERSION)
