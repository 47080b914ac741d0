"""Lead labels for the sixty-fourth hand-written set in this folder (run to rewrite ``gold.jsonl``).

A new UNSEEN held-out test of the lead screening, written on 2026-11-23 without reading any decision
of the earlier hand-written sets nor the screening code. Every decision ``kqNN_<domain>.txt`` was
written by hand in the manner of published 行政处罚决定书 of city and county agencies in 浙江, 江苏,
上海 and 福建: 市场监管 (伪劣产品, 假冒商标), 税务 (逃税, 虚开), 人社 (拒不支付劳动报酬, 童工),
卫生健康 (非法行医), 烟草 (无证卷烟), 海关, 公安 (all names, numbers, codes and addresses invented;
credit codes carry valid GB 32100-2015 check digits, identity numbers valid GB 11643 check digits,
masked). The figures are written the way clerks write them: monthly sales rows with a blank 合计,
stock at 标价, 条 × 价 per brand, 应纳 − 已缴 per tax kind, crews × wage × months, 大写 amounts,
wrong-measure figures (进货价, 违法所得, 价税合计, 完税价格, the fine) beside the right one. Labels come
from the law only: criminal thresholds from corpora/knowledge/thresholds.yaml, hearing figures from
corpora/knowledge/hearing.yaml, fine ranges and article existence from the statute text in force on
the decision date. Each row's ``meta.reason`` gives the one-line legal reason.

Run from the repository root: ``.venv/bin/python corpora/labeled/handwritten_sixtyfourth/make_gold.py``.
"""

from __future__ import annotations

from pathlib import Path

from corpora.labeled import lead_gold
from corpora.labeled.lead_gold import (
    OVER,
    PIL,
    QUAL,
    Doc,
    fined_only,
    irregular,
    near,
    no_hearing,
    out_of_range,
    pil,
    repeat,
    split,
    threshold,
    trigger,
)

HERE = Path(__file__).resolve().parent
CREATED = "2026-11-23T01:10:00+00:00"
VERSION = "handwritten-sixtyfourth/1"

SPLIT, REPEAT = "split-kq-quanzhou-tobacco", "repeat-kq-yiwu-toys"

CRIMINAL = [
    # ── criminal-transfer leads (each also 以罚代刑: only fined, no transfer recorded) ──
    Doc("kq01_product_quality.txt", "product_quality",
        "以不合格电线冒充合格，1-6月销售金额8,460+9,720+7,380+11,250+9,960+6,840=53,610元≥5万元（合计栏空白；"
        "product-140-fake-inferior/1，刑法第140条，立案追诉标准（一）第十六条）；获利12,870元不是口径；罚1倍货值"
        "在产品质量法第50条50%-3倍内；只罚款未移送",
        [threshold("product-140-fake-inferior/1", "1月　　　 8,460", 53610.0),
         fined_only("罚款人民币陆万零贰佰肆拾陆元")], OVER),
    Doc("kq02_intellectual_property.txt", "intellectual_property",
        "销售假冒注册商标运动鞋，已销售18,400元+库存按标价420×299+160×189=155,820元，合计174,220元≥15万元"
        "（ip-214-sell-counterfeit/3，法释〔2025〕5号，刑法第214条）；进货约3.7万不是口径；罚35万在商标法第60条五倍以下内；"
        "只罚款未移送",
        [threshold("ip-214-sell-counterfeit/3", "NB574复古跑鞋　　　420双　　 299元/双", 174220.0),
         fined_only("处罚款人民币叁拾伍万元整")], OVER),
    Doc("kq03_tax.txt", "tax",
        "虚假申报逃税：增值税386,420.50−212,180.50=174,240元，企业所得税95,600−31,400=64,200元，合计238,440元≥10万元"
        "且占应纳482,020.50元的49.5%≥10%（tax-201-evasion/1，法释〔2024〕4号，刑法第201条）；处理决定限期后未缴，"
        "不适用第201条第四款；罚50%在征管法第63条内；只罚款未移送",
        [threshold("tax-201-evasion/1", "增值税：应纳税额386,420.50元，已申报缴纳212,180.50元", 238440.0),
         fined_only("对你单位少缴的增值税、企业所得税处百分之五十的罚款")], OVER),
    Doc("kq04_tax.txt", "tax",
        "无真实交易虚开增值税专用发票41份，各月税额32,442.48+48,318.58+41,415.93+26,460.18=148,637.17元≥10万元"
        "（tax-205-vat-invoice/1，法释〔2024〕4号第十一条，刑法第205条）；价税合计、开票费不是口径；罚50万在发票管理办法"
        "（2023）第35条5万-50万内；只罚款未移送",
        [threshold("tax-205-vat-invoice/1", "2024年3月　6　 249,557.52　　 32,442.48", 148637.17),
         fined_only("并处罚款50万元")], OVER),
    Doc("kq05_other.txt", "other",
        "拖欠15名农民工工资：木工6×7,800×3=140,400+钢筋5×8,200×3=123,000+杂工4×5,600×2=44,800=308,200元≥3万-10万元"
        "（labor-276-1-wage-refusal/2，法释〔2013〕3号，刑法第276条之一），经限期整改指令书责令仍不支付、负责人失联；"
        "只作加付赔偿金处理未移送",
        [threshold("labor-276-1-wage-refusal/2", "木工班组6人、钢筋班组5人，自2025年3月至5月共三个月工资均未发放", 308200.0),
         fined_only("逾期不支付的，按应付金额百分之五十向劳动者加付赔偿金")], OVER),
    Doc("kq06_health.txt", "health",
        "未取得医师资格非法行医，2023年、2024年两次受卫生行政处罚后再次行医（health-336-illegal-medical-practice/1，"
        "法释〔2016〕27号第二条第（五）项，刑法第336条）；罚5万在医师法第59条按1万计2-10倍内；只罚款未移送",
        [threshold("health-336-illegal-medical-practice/1", "当事人曾于2023年4月11日因未取得医师资格擅自开展诊疗活动", 2.0),
         fined_only("罚款人民币伍万元整")], OVER),
    Doc("kq07_tobacco.txt", "tobacco",
        "许可证注销后无证零售卷烟，62×450+88×255+96×190=68,580元≥5万元（tobacco-225-illegal-business/1，法释〔2010〕7号"
        "第三条，刑法第225条）；罚20%在实施条例第57条20%-50%内；只罚款未移送",
        [threshold("tobacco-225-illegal-business/1", "中华（硬）　　　　62　　　　　　450", 68580.0),
         fined_only("计人民币壹万叁仟柒佰壹拾陆元")], OVER),
    Doc("kq08_product_quality.txt", "product_quality",
        "以不合格燃气灶冒充合格，销售金额212×168+95×218=56,326元≥5万元（product-140-fake-inferior/1，刑法第140条）；"
        "进货29,840元、违法所得26,486元不是口径；罚50%在产品质量法第50条内；只罚款未移送",
        [threshold("product-140-fake-inferior/1", "A6型212台，成交均价168元/台", 56326.0),
         fined_only("罚款人民币贰万捌仟壹佰陆拾叁元")], OVER),
    Doc("kq09_food_safety.txt", "food_safety",
        "卤汤加罂粟壳，检出吗啡、可待因、罂粟碱（非食用物质），刑法第144条行为犯（food-144-toxic/1）；罚10万在食品安全法"
        "第123条货值不足1万10万-15万内；只罚款未移送",
        [trigger("food-144-toxic/1", "卤汤及卤猪蹄中检出吗啡、可待因"), fined_only("并处罚款人民币壹拾万元整")], QUAL),
    Doc("kq10_drugs.txt", "drugs",
        "标示格列美脲实为格列本脲，成分与国家药品标准不符，依药品管理法第98条第二款第（一）项为假药，销售假药为刑法第141条"
        "行为犯（drug-141-counterfeit/1）；罚150万为第116条按10万计15倍；只罚款吊证未移送",
        [trigger("drug-141-counterfeit/1", "该批次样品中未检出格列美脲，检出格列本脲"),
         fined_only("处十五倍罚款，计人民币壹佰伍拾万元")], QUAL),
    Doc("kq11_health.txt", "health",
        "非医师埋线致就诊人轻度残疾、器官组织损伤导致一般功能障碍（鉴定在另一段；health-336-illegal-medical-practice/2，"
        "法释〔2016〕27号第二条，刑法第336条）；罚8万在医师法第59条内；只罚款未移送",
        [trigger("health-336-illegal-medical-practice/2", "黄某某的损伤构成轻度残疾"), fined_only("罚款人民币捌万元")], QUAL),
    Doc("kq12_intellectual_property.txt", "intellectual_property",
        "销售假冒注册商标茶叶礼盒，销售金额柒万叁仟陆佰元=73,600元≥5万元（ip-214-sell-counterfeit/2，刑法第214条）；"
        "进货41,400元不是口径；罚2倍违法经营额在商标法第60条内，已听证；只罚款未移送",
        [threshold("ip-214-sell-counterfeit/2", "销售金额人民币柒万叁仟陆佰元", 73600.0),
         fined_only("罚款人民币壹拾玖万柒仟零玖拾陆元")], OVER),
    Doc("kq13_tax.txt", "tax",
        "扣缴义务人已扣未缴个人所得税31,240.60+33,918.15+34,506.80+33,094.45=132,760元≥10万元（tax-201-evasion/3，"
        "不要求比例，第201条第四款补缴免责不适用于扣缴义务人；刑法第201条第二款）；仅缴5,000元；罚1倍在征管法第63条"
        "第二款内；只罚款未移送",
        [threshold("tax-201-evasion/3", "1—3月　　　　31,240.60元", 132760.0),
         fined_only("对你单位处不缴已扣税款一倍的罚款")], OVER),
    Doc("kq14_customs.txt", "customs",
        "个人无申报通道夹藏代购物品，偷逃关税38,420.16+增值税61,877.40+消费税22,105.30=122,402.86元≥10万元（大写分列；"
        "customs-153-ordinary-goods/1，刑法第153条）；完税价格51.26万不是口径；罚6万在实施条例第9条第一款第（三）项3倍以下内；"
        "只罚款未移送",
        [threshold("customs-153-ordinary-goods/1", "关税　　　　　人民币叁万捌仟肆佰贰拾元壹角陆分", 122402.86),
         fined_only("科处罚款人民币陆万元整")], OVER),
    Doc("kq15_other.txt", "other",
        "拖欠12名职工三个月工资：车工8×6,500×3=156,000+包装工4×4,800×3=57,600=213,600元（合计栏空白）≥3万-10万元，"
        "经限期改正指令书责令仍不支付、法定代表人逃匿（labor-276-1-wage-refusal/2，刑法第276条之一）；只作加付赔偿金处理未移送",
        [threshold("labor-276-1-wage-refusal/2", "该公司车缝车间车工共8名，约定月工资每人6,500元", 213600.0),
         fined_only("逾期不支付的，按应付金额百分之一百的标准向上述职工加付赔偿金")], OVER),
    Doc("kq16_product_quality.txt", "product_quality",
        "以不合格头盔冒充合格，未销售，库存按出厂标价1,260×68+840×55+520×39=152,160元≥15万元（product-140-fake-inferior/2，"
        "刑法第140条未遂）；成本61,300元不是口径；罚50%在产品质量法第50条内，已听证；只罚款未移送",
        [threshold("product-140-fake-inferior/2", "A款成人半盔　　　　1,260顶　　　　68元", 152160.0),
         fined_only("即人民币柒万陆仟零捌拾元")], OVER),
    Doc("kq17_tobacco.txt", "tobacco",
        "无批发许可证批发卷烟620+420=1,040条=208,000支≥20万支（tobacco-225-illegal-business/3，法释〔2010〕7号第三条，"
        "刑法第225条）；金额49,740元不足5万但数量口径已达；罚50%在实施条例第54条50%-1倍内；只罚款未移送",
        [threshold("tobacco-225-illegal-business/3", "大前门（短支）620条，红梅（软黄）420条", 208000.0),
         fined_only("计人民币贰万肆仟捌佰柒拾元")], OVER),
    Doc("kq18_health.txt", "health",
        "非医师注射、针灸，2022.09.14与二〇二四年一月两次受卫生行政处罚后再次非法行医（前科在另一段；"
        "health-336-illegal-medical-practice/1，刑法第336条）；罚10万在医师法第59条按1万计10倍内；只罚款未移送",
        [threshold("health-336-illegal-medical-practice/1", "2022.09.14，被处罚人因在泗泾镇江川路开设诊所非法行医", 2.0),
         fined_only("罚款人民币拾万元整")], OVER),
    Doc("kq19_tax.txt", "tax",
        "虚开增值税普通发票87份，各季票面146,900+128,300+161,750+139,400=576,350元≥50万元（tax-205-1-ordinary-invoice/1，"
        "法释〔2024〕4号第十二条，刑法第205条之一）；税额、手续费不是口径；罚30万在发票管理办法第35条内；只罚款未移送",
        [threshold("tax-205-1-ordinary-invoice/1", "第一季度　22份　票面金额146,900.00元", 576350.0),
         fined_only("并处罚款300,000.00元")], OVER),
    Doc("kq20_food_safety.txt", "food_safety",
        "配制酒中检出西地那非（药品成分，有毒有害非食品原料），刑法第144条行为犯（food-144-toxic/1）；货值8,600元不足1万，"
        "罚15万在食品安全法第123条10万-15万内；只罚款未移送",
        [trigger("food-144-toxic/1", "该样品中检出西地那非"), fined_only("罚款人民币壹拾伍万元整")], QUAL),
]

PUBLIC_INTEREST = [
    # ── public-interest leads: statutory field + harm going on after the agency acted ──
    Doc("kq21_food_safety.txt", "food_safety",
        "小学门口向学生销售三无及过期食品，责令停售后两次复查仍向穿校服学生出售（食品药品安全领域，不特定多数未成年人）；"
        "未致严重食源性疾病不达刑法第143条；罚5万在食品安全法第124条内",
        [pil("food_drug_safety", "发现当事人仍在柜台下方摆放同类无标签辣条、糖果，并向穿校服的学生出售")], PIL),
    Doc("kq22_environment.txt", "environment",
        "印染废水COD超标0.8倍（非重金属，不达法释〔2023〕7号），责令改正后两次复查仍超标，下游河段发黑、鱼虾死亡、"
        "灌溉取水口停用（生态环境和资源保护领域）；罚35万在水污染防治法第83条10万-100万内",
        [pil("ecology_resources", "盐嘉塘支流下游约800米河段水体呈蓝黑色")], PIL),
    Doc("kq23_land.txt", "land",
        "国有建设用地使用权出让价款余款3.0891亿元三次催缴仍未缴入国库，并未取得许可擅自开工（国有土地使用权出让领域）；"
        "罚造价8%在城乡规划法第64条5%-10%内，已听证",
        [pil("state_land_transfer", "尚欠国有建设用地使用权出让价款人民币3.0891亿元未缴入国库")], PIL),
    Doc("kq24_public_security.txt", "public_security",
        "物业强制采集3,270人人脸信息未取得单独同意，责令改正后两次复查仍强制采集、未删除、未加密（个人信息保护领域，"
        "不特定多数居民）；未出售提供，不涉刑法第253条之一；罚5万在个人信息保护法第66条第一款内",
        [pil("personal_information", "发现违法行为人仍未提供门卡等替代方式，仍在要求新入住居民录入人脸")], PIL),
    Doc("kq25_other.txt", "other",
        "使用二名童工（手工串珠，非危重劳动，不达刑法第244条之一），责令送回后两次复查仍在使用并又见一名14岁女孩（未成年人"
        "保护领域）；罚款按禁止使用童工规定第6条第一、二款计算6万元",
        [pil("minors", "上述二名童工仍在你单位工作")], PIL),
    Doc("kq26_market.txt", "market",
        "校门旁便利店向中学生销售散支卷烟，责令改正后两次复查仍向学生出售（未成年人保护领域）；罚5万在未成年人保护法第123条内，"
        "已告知听证",
        [pil("minors", "但仍以每支1元的价格向穿校服的学生出售散支卷烟")], PIL),
]

IRREGULAR = [
    # ── enforcement irregularities ──
    out_of_range("kq27_tobacco.txt", "tobacco",
                 "无证零售卷烟违法经营总额28×230+35×110+22×100=12,490元，实施条例第57条罚20%-50%即2,498-6,245元；罚8,000元"
                 "超出上限；金额远低于刑事标准",
                 "处罚款人民币捌仟元整"),
    out_of_range("kq28_tax.txt", "tax",
                 "偷税少缴23,400元，征管法第63条罚50%-5倍即11,700-117,000元；罚8,000元低于下限，文书未引用行政处罚法第32条"
                 "减轻情节；逃税额不足10万元不涉刑法第201条",
                 "对你单位处以罚款8,000.00元"),
    no_hearing("kq29_product_quality.txt", "product_quality",
               "市场监管对个体工商户（自然人经营者）罚款3万元≥1万元（hearing.yaml市场监管个人一万元，行政处罚法第63条），只告知"
               "陈述、申辩，未告知听证；罚款在产品质量法第49条货值24,000元1-3倍内",
               "告知当事人拟作出行政处罚的事实、理由及依据，并告知其享有陈述、申辩的权利"),
    no_hearing("kq30_tax.txt", "tax",
               "税务机关对法人罚款52,300元≥1万元（国税发〔1996〕190号第三条），只告知陈述、申辩，未告知听证；不申报少缴52,300元"
               "不足10万元不涉刑法第201条；罚1倍在征管法第64条第二款内",
               "告知你单位有陈述、申辩的权利"),
    Doc("kq31_market.txt", "market",
        "产品质量法（2018修正）共74条，引用的第八十二条不存在（销售失效产品的罚则为第52条，货值二倍以下，9,800元在内）",
        [irregular("nonexistent_article", "依据《中华人民共和国产品质量法》第八十二条的规定")],
        {"scenario": "irregularity", "irregularities": ["nonexistent_article"]}),
    Doc("kq32_other.txt", "other",
        "2024年10月8日立案、2025年6月12日决定，历时247日，超过行政处罚法第60条九十日及劳动保障监察条例第17条六十个工作日"
        "（延长三十个工作日）的期限，文书未记载延期批准；罚每人300元在劳动保障监察条例第25条100-500元内",
        [irregular("time_limit", "本局于2024年10月8日根据职工投诉对你单位立案调查")],
        {"scenario": "irregularity", "irregularities": ["time_limit"]}),
]

NEGATIVE = [
    # ── negatives (near misses marked) ──
    Doc("kq33_product_quality.txt", "product_quality",
        "以不合格灯具冒充合格，6个月销售金额6,380+9,140+8,720+10,260+7,950+6,510=48,960元<5万元，全部售罄无库存，"
        "48,960×3=146,880<15万（product-140-fake-inferior/1、/3）；全店营业额63.2万不是口径",
        flags=near("under")),
    Doc("kq34_tax.txt", "tax",
        "逃税156,300元且占24.0%，但首次被税务处理，在限期内补缴税款及滞纳金、五年内无前科，依刑法第201条第四款不予追究；"
        "罚50%在征管法第63条内，已告知听证",
        flags=near("tax_paid")),
    Doc("kq35_intellectual_property.txt", "intellectual_property",
        "销售假冒注册商标手提包283,450元≥5万元，但已移送公安机关并立案侦查，不是隐匿的移送线索；罚款待刑事程序终结",
        flags=near("transferred", transferred=True)),
    Doc("kq36_tobacco.txt", "tobacco",
        "无证批发卷烟价值91,800元≥5万元，已移送公安机关，公安以证据不足不予立案并退回；罚60%在实施条例第54条内，已听证",
        flags=near("police_declined", police_declined=True)),
    Doc("kq37_food_safety.txt", "food_safety",
        "举报配制酒添加西地那非，三批次11种化学药物成分均未检出；仅标签暗示保健功能，罚3万在食品安全法第125条货值不足1万"
        "5千-5万内，已听证",
        flags=near("not_detected")),
    Doc("kq38_other.txt", "other",
        "拖欠15名农民工三个月工资252,000元，但在责令限期内足额支付，不是刑法第276条之一的经责令支付仍不支付",
        flags=near("remedied")),
    Doc("kq39_tax.txt", "tax",
        "虚开增值税专用发票税额41,415.93+27,610.62+27,449.56=96,476.11元<10万元（tax-205-vat-invoice/1）；价税合计83.86万"
        "不是口径；罚20万在发票管理办法第35条内，已听证",
        flags=near("under")),
    Doc("kq40_tobacco.txt", "tobacco",
        "无证零售卷烟45×650+60×310=47,850元<5万元，105条=21,000支<20万支（tobacco-225-illegal-business/1、/3）；"
        "罚30%在实施条例第57条内",
        flags=near("under")),
    Doc("kq41_intellectual_property.txt", "intellectual_property",
        "销售假冒注册商标羽绒服，销售金额39,600元<5万元、获利14,400元<3万元、无库存（ip-214-sell-counterfeit）；"
        "权利人按正品价主张的539.4万元和罚款15万元不是口径；罚款在商标法第60条25万元以下内，已听证",
        flags=near("under")),
    Doc("kq42_health.txt", "health",
        "非医师注射玻尿酸，此前仅受过一次卫生行政处罚（<2次，health-336-illegal-medical-practice/1），无人身损害；"
        "罚5倍在医师法第59条内，已听证",
        flags=near("under")),
    Doc("kq43_tax.txt", "tax",
        "少缴税款114,300+53,700=168,000元≥10万元，但仅占应纳税额2,126,582元的7.9%<10%，两个条件须同时满足"
        "（tax-201-evasion/1）；罚50%在征管法第63条内，已告知听证",
        flags=near("under")),
    Doc("kq44_customs.txt", "customs",
        "个人走私物品，偷逃关税28,650+增值税62,731.50=91,381.50元<10万元，一年内无走私处罚（customs-153-ordinary-goods/1、/3）；"
        "完税价格61.82万元不是口径；罚8万在实施条例第9条第一款第（三）项内，已告知听证",
        flags=near("under")),
    Doc("kq45_environment.txt", "environment",
        "含镍废水超标0.24倍（<3倍，法释〔2023〕7号），当日停产整改，清淤、复查达标、评估认定水体已恢复，无持续损害；"
        "罚12万在水污染防治法第83条内，已告知听证",
        flags=near("pil_remedied", continuing_harm=False)),
]

GROUPS = [
    # ── 化整为零: one company's three unlicensed stores, cut into three decisions the same day ──
    *[Doc(name, "tobacco",
          "同一公司（同一信用代码）三家无证门店零售卷烟，同日拆成三案；每案不足5万元，累计18,400+16,900+17,400=52,700元"
          "≥5万元（tobacco-225-illegal-business/1，法释〔2010〕7号第三条，刑法第225条）；每案罚20%在实施条例第57条内",
          [split("tobacco-225-illegal-business/1", quote, 52700.0, SPLIT)],
          {"scenario": "split", "split_group": SPLIT})
      for name, quote in (("kq46_tobacco.txt", "违法经营总额为人民币壹万捌仟肆佰元"),
                          ("kq47_tobacco.txt", "违法经营总额为人民币壹万陆仟玖佰元"),
                          ("kq48_tobacco.txt", "违法经营总额为人民币壹万柒仟肆佰元"))],
    # ── repeat offender: the same credit code punished again ten months later ──
    Doc("kq49_product_quality.txt", "product_quality",
        "销售不合格儿童玩具，货值12,000元，首次处罚，罚1倍在产品质量法第49条内",
        flags={"scenario": "repeat_first", "repeat_group": REPEAT}),
    Doc("kq50_product_quality.txt", "product_quality",
        "同一统一社会信用代码的公司2024年9月10日处罚后约十个月再犯同类违法，二年内再犯；货值19,800元，罚2.5倍在第49条内",
        [repeat("义乌市童悦玩具有限公司", REPEAT)],
        {"scenario": "repeat", "repeat_group": REPEAT}),
]

DOCS = sorted(CRIMINAL + PUBLIC_INTEREST + IRREGULAR + NEGATIVE + GROUPS, key=lambda doc: doc.file)


labeled = lead_gold.labeler(HERE, CREATED, VERSION)

if __name__ == "__main__":
    lead_gold.main(HERE, DOCS, CREATED, VERSION)
