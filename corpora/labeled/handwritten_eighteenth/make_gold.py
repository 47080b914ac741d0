"""Lead labels for the eighteenth hand-written set in this folder (run to rewrite ``gold.jsonl``).

A new UNSEEN held-out test of the lead screening, written on 2026-11-22 without reading any decision
of the earlier hand-written sets nor the screening code. Every decision ``haNN_<domain>.txt`` was
written by hand in the manner of published 行政处罚决定书 of city and county agencies in 山东, 湖北,
广西, 内蒙古, 辽宁 and 海南 (all names, numbers, codes and addresses invented; credit codes carry valid
GB 32100-2015 check digits, identity numbers valid GB 11643 check digits). Labels come from the law
only: criminal thresholds from corpora/knowledge/thresholds.yaml, hearing figures from
corpora/knowledge/hearing.yaml, fine ranges and article existence from the statute text in force on
the decision date (corpora/knowledge/statutes). Each row's ``meta.reason`` gives the one-line legal
reason. Conventions are those of ``handwritten_fifth/make_gold.py``.

Run from the repository root: ``.venv/bin/python corpora/labeled/handwritten_eighteenth/make_gold.py``.
"""

from __future__ import annotations

from pathlib import Path

from corpora.labeled import lead_gold
from corpora.labeled.lead_gold import (
    PIL,
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
CREATED = "2026-11-22T15:20:00+00:00"
VERSION = "handwritten-eighteenth/1"

SPLIT, REPEAT = "split-ha-zaoyang-tobacco", "repeat-ha-haicheng-vocs"
OVER = {"scenario": "over"}
QUAL = {"scenario": "qualitative"}

CRIMINAL = [
    # ── criminal-transfer leads (each also 以罚代刑: only fined, no transfer recorded) ──
    Doc("ha01_tobacco.txt", "tobacco",
        "无烟草专卖批发企业许可证批发卷烟，违法经营额63,800元≥5万元（法释〔2010〕7号第三条，刑法第225条）；罚50%在"
        "实施条例第54条50%-1倍内；只罚款未移送",
        [threshold("tobacco-225-illegal-business/1", "违法经营额共计人民币陆万叁仟捌佰元（63,800元）", 63800.0),
         fined_only("计人民币叁万壹仟玖佰元")], OVER),
    Doc("ha02_environment.txt", "environment",
        "废机油（HW08危险废物，在另一句）4.32吨提供给无证个人≥3吨（法释〔2023〕7号第一条第（二）项，刑法第338条）；"
        "罚30万为固废法第112条第二款处置费用3倍；只罚款未移送",
        [threshold("env-338-pollution/1", "累计4.32吨", 4.32), fined_only("处以罚款人民币叁拾万元")], OVER),
    Doc("ha03_land.txt", "land",
        "非法占用永久基本农田6.32亩≥5亩并毁坏种植条件（法释〔2000〕14号、立案追诉标准（一）第67条，刑法第342条）；罚每平方米"
        "200元在实施条例第57条100-1000元内，已告知听证；只罚款未移送",
        [threshold("land-342-cultivated/1", "占地总面积4216.5平方米（合6.32亩）", 6.32),
         fined_only("罚款人民币843,300元")], OVER),
    Doc("ha04_forestry.txt", "forestry",
        "盗伐国有林场林木，立木蓄积6.87立方米≥5立方米（法释〔2023〕8号，刑法第345条第一款）；材积4.12不是口径；"
        "罚价值5倍在森林法第76条5-10倍内；只罚款未移送",
        [threshold("forest-345-1-theft/1", "被伐林木立木蓄积为6.87立方米", 6.87),
         fined_only("处盗伐林木价值五倍的罚款人民币贰万伍仟捌佰元")], OVER),
    Doc("ha05_fishery.txt", "fishery",
        "禁渔期（另一句写明3月1日至6月30日）用电鱼方法捕捞，法释〔2022〕12号：禁渔期+禁用方法即情节严重，"
        "刑法第340条无重量门槛；罚2千在渔业法第38条五万元以下；只罚款未移送",
        [trigger("fishery-340-inland/5", "当事人在禁渔期内使用电鱼方法进行捕捞"), fined_only("罚款人民币贰仟元整")], QUAL),
    Doc("ha06_food_safety.txt", "food_safety",
        "保健食品检出西地那非（药品成分），法释〔2021〕24号：生产销售有毒有害食品，刑法第144条行为犯；"
        "罚10万在食品安全法第123条货值不足1万时10万-15万内；只罚款未移送",
        [trigger("food-144-toxic/3", "“蓝莓强身胶囊”检出西地那非"), fined_only("3.处罚款人民币壹拾万元")], QUAL),
    Doc("ha07_drugs.txt", "drugs",
        "成分与国家药品标准不符，依药品管理法第98条第二款第（一）项为假药，销售假药为刑法第141条行为犯；罚150万为第116条"
        "按10万计15倍；只罚款吊证未移送",
        [trigger("drug-141-counterfeit/1", "应认定为假药"), fined_only("并处罚款人民币壹佰伍拾万元")], QUAL),
    Doc("ha08_environment.txt", "environment",
        "私设暗管在处理设施之外排放酸洗废液，法释〔2023〕7号第一条第（四）项，刑法第338条无数量门槛；罚65万在水污染防治法"
        "第83条10万-100万内；只罚款未移送",
        [trigger("env-338-pollution/9", "私设，用于在污水处理设施之外直接排放酸洗废液"),
         fined_only("罚款人民币陆拾伍万元整")], QUAL),
    Doc("ha09_mining.txt", "mining",
        "采矿许可证到期后继续开采即无证采矿（法释〔2016〕25号第二条），矿产品价值128,160元≥10万元（同解释第三条，刑法第343条）；"
        "罚违法所得40%在实施细则第42条50%以下；只罚款未移送",
        [threshold("mining-343-1-illegal/1", "所采砂石的矿产品价值为人民币128,160元", 128160.0),
         fined_only("罚款人民币伍万壹仟贰佰陆拾肆元")], OVER),
    Doc("ha10_intellectual_property.txt", "intellectual_property",
        "销售假冒注册商标插座，销售金额83,450元≥5万元（法释〔2004〕19号第二条、立案追诉标准（二），刑法第214条）；罚25万在"
        "商标法第60条违法经营额95,990元五倍以下；只罚款未移送",
        [threshold("ip-214-sell-counterfeit/2", "销售金额合计人民币捌万叁仟肆佰伍拾元（83,450元）", 83450.0),
         fined_only("二、处罚款人民币贰拾伍万元")], OVER),
    Doc("ha11_customs.txt", "customs",
        "单位低报价格走私普通货物，偷逃税款243,617.52元≥20万元（法释〔2014〕10号第二十四条，刑法第153条第二款）；罚24万"
        "在海关行政处罚实施条例第9条第（三）项30%-2倍内；只罚款未移送",
        [threshold("customs-153-ordinary-goods/2", "偷逃税款共计人民币贰拾肆万叁仟陆佰壹拾柒元伍角贰分（243,617.52元）",
                   243617.52),
         fined_only("科处罚款人民币贰拾肆万元整")], OVER),
    Doc("ha12_tax.txt", "tax",
        "无真实交易虚开增值税专用发票，税额142,249.92元≥10万元（立案追诉标准（二）第56条、法释〔2024〕4号，刑法第205条）；"
        "罚50万在发票管理办法第35条5万-50万内；只罚款未移送",
        [threshold("tax-205-vat-invoice/1", "税额合计142,249.92元", 142249.92),
         fined_only("对你单位处以罚款500,000.00元")], OVER),
    Doc("ha13_wildlife.txt", "wildlife",
        "以食用为目的收购、出售'三有'陆生野生动物，价值13,440元≥1万元（法释〔2022〕12号，刑法第341条第三款）；"
        "罚5倍在野生动物保护法第53条2-20倍内；只罚款未移送",
        [threshold("wildlife-341-3-terrestrial-food/1", "涉案动物价值合计人民币13,440元", 13440.0),
         fined_only("计人民币陆万柒仟贰佰元整")], OVER),
    Doc("ha14_product_quality.txt", "product_quality",
        "以不合格复合肥冒充合格产品销售，销售额61,560元≥5万元（立案追诉标准（一）第16条，刑法第140条）；罚50%在产品质量法"
        "第50条50%-3倍内；只罚款未移送",
        [threshold("product-140-fake-inferior/1", "销售额共计人民币陆万壹仟伍佰陆拾元", 61560.0),
         fined_only("罚款人民币30,780元")], OVER),
    Doc("ha15_culture.txt", "culture",
        "发行（批发零售）盗版教辅图书，复制品数量1,308册≥500件（法释〔2007〕6号第一条、立案追诉标准（一）第26条，"
        "刑法第217条）；罚5万在著作权法第53条二十五万元以下；只罚款未移送",
        [threshold("ip-217-218-copyright/3", "合计1,308册", 1308.0), fined_only("二、罚款人民币伍万元整")], OVER),
    Doc("ha16_forestry.txt", "forestry",
        "采伐国家二级保护野生植物降香黄檀3株≥2株（法释〔2023〕8号，刑法第344条；保护级别在另一句）；罚3万在"
        "野生植物保护条例第23条违法所得10倍以下；只罚款未移送",
        [threshold("forest-344-protected-plants/3", "野生植株3株", 3.0), fined_only("二、处罚款人民币叁万元")], OVER),
    Doc("ha17_work_safety.txt", "work_safety",
        "生产安全责任事故造成1人死亡（立案追诉标准（一）第8条，刑法第134条第一款重大责任事故罪）；罚35万在安全生产法"
        "第114条一般事故30万-100万内；只罚单位未移送责任人",
        [threshold("safety-134-1-major-liability/1", "该事故造成1人死亡", 1.0),
         fined_only("罚款人民币叁拾伍万元的行政处罚")], OVER),
    Doc("ha18_grassland.txt", "grassland",
        "非法占用草原改变用途27.9亩≥20亩且植被严重毁坏（法释〔2012〕15号，刑法第342条）；罚8倍在草原法第65条6-12倍内；"
        "只罚款未移送",
        [threshold("land-342-grassland/1", "被破坏的草原面积为1.86公顷（合27.9亩）", 27.9),
         fined_only("合计人民币贰拾陆万柒仟捌佰肆拾元")], OVER),
    Doc("ha19_environment.txt", "environment",
        "排放含铅废水，总铅超过排放标准4.6倍≥3倍（法释〔2023〕7号第一条第（三）项，刑法第338条）；罚20万在水污染防治法第83条"
        "10万-100万内；只罚款未移送",
        [threshold("env-338-pollution/2", "第一类污染物最高允许排放浓度（1.0mg/L）4.6倍", 4.6),
         fined_only("处以罚款人民币贰拾万元整")], OVER),
]

PUBLIC_INTEREST = [
    # ── public-interest leads: statutory field + harm going on after the agency acted ──
    Doc("ha20_environment.txt", "environment",
        "养殖粪污排入坑塘，复查时坑塘粪污至今未清运，仍向土壤和地下水渗漏、村民饮用井水受影响（生态环境保护领域，"
        "持续损害）；COD、氨氮非重金属，不涉刑；罚10万在畜禽条例第39条内",
        [pil("ecology_resources", "坑塘内积存的粪污至今未清运处置，仍在向周边土壤和浅层地下水渗漏")], PIL),
    Doc("ha21_land.txt", "land",
        "国有建设用地出让价款3,402万元至今未缴、已擅自动工（国有土地使用权出让领域，国有资产流失持续）；罚每平方米100元"
        "在实施条例第57条内，已听证",
        [pil("state_land_transfer", "剩余出让价款3,402万元及违约金至今未缴纳")], PIL),
    Doc("ha22_cultural_relics.txt", "cultural_relics",
        "省级文物保护单位保护范围内挖掘毁坏古墓葬，责令后断面至今未回填、持续坍塌、面临盗掘（文物保护领域，持续损害）；"
        "罚60万在文物保护法（2024）第83条单位50万-500万内",
        [pil("cultural_relics", "开挖形成的断面至今未按要求回填防护")], PIL),
    Doc("ha23_work_safety.txt", "work_safety",
        "液化气站重大事故隐患逾期未整改仍在充装，周边约600户居民处于风险（安全生产领域，不特定多数人）；罚5万在安全生产法"
        "第102条五万元以下内；无伤亡不涉刑",
        [pil("work_safety", "你单位仍未恢复可燃气体报警装置")], PIL),
    Doc("ha24_personal_information.txt", "personal_information",
        "非法提供公民个人信息3,860条（普通信息<5000条、获利1,600元<5000元，不涉刑第253条之一），信息仍在群组传播无法追回、"
        "业主持续受骚扰（个人信息保护领域）；罚款在网络安全法第64条违法所得1-10倍内",
        [pil("personal_information", "目前仍在多个群组中传播，无法追回")], PIL),
    Doc("ha25_forestry.txt", "forestry",
        "擅自改变公益林地用途3.15亩（<5亩不涉刑第342条），责令恢复后逾期未补植、林地持续退化（生态资源保护领域）；罚2倍"
        "在森林法第73条三倍以下内",
        [pil("ecology_resources", "当事人未进行任何补植")], PIL),
]

IRREGULAR = [
    # ── enforcement irregularities ──
    out_of_range("ha26_fire.txt", "fire_safety",
                 "单位堵塞安全出口、遮挡消火栓，消防法第60条第一款罚五千元以上五万元以下；罚8万超过上限",
                 "决定给予你单位罚款人民币捌万元整的处罚"),
    out_of_range("ha27_advertising.txt", "advertising",
                 "非医疗机构发布涉疾病治疗功能广告，广告法第58条罚广告费用1-3倍（情节严重3-5倍）；罚6倍超过上限",
                 "二、处广告费用六倍的罚款，计人民币肆万零捌佰元"),
    no_hearing("ha28_environment.txt", "environment",
               "生态环境部门对法人罚款10万元达到较大数额（hearing.yaml默认市场监管法人十万元，行政处罚法第63条），只告知陈述、"
               "申辩未告知听证；罚款在大气污染防治法第117条1万-10万内",
               "二、处罚款人民币拾万元"),
    no_hearing("ha29_tax.txt", "tax",
               "税务机关对个体工商户罚款19,206.30元≥2,000元（税务行政处罚听证程序实施办法第三条），只告知陈述、申辩；"
               "偷税38,412元<10万元不涉刑；罚50%在征管法第63条内",
               "计人民币19,206.30元"),
    Doc("ha30_food_safety.txt", "food_safety",
        "食品安全法（2021）共154条，引用的第一百六十二条不存在（应为第124条）；罚5万在货值不足1万时5万-10万内，已告知听证",
        [irregular("nonexistent_article", "《中华人民共和国食品安全法》第一百六十二条第一款")],
        {"scenario": "irregularity", "irregularities": ["nonexistent_article"]}),
    Doc("ha31_health.txt", "health",
        "2025年1月6日立案、8月22日作出决定，超过行政处罚法第60条九十日期限且写明未经批准延长；罚3千在医疗机构管理条例"
        "第47条三千元以下内",
        [irregular("time_limit", "本局于2025年1月6日接到举报并于当日立案调查")],
        {"scenario": "irregularity", "irregularities": ["time_limit"]}),
]

NEAR = {"near_miss": True}
NEGATIVE = [
    # ── negatives (near misses marked) ──
    Doc("ha32_tobacco.txt", "tobacco",
        "持证零售户从非批发企业进货，违法经营额48,630元<5万元（法释〔2010〕7号），不涉刑；罚10%在实施条例第56条5%-10%内",
        flags={"scenario": "under", **NEAR}),
    Doc("ha33_tax.txt", "tax",
        "偷税216,380元且占13.6%，达刑法第201条数额，但已按处理决定补缴税款、滞纳金并接受处罚，五年内无前科，依第201条"
        "第四款不予追究；罚0.6倍在征管法第63条内，已告知听证",
        flags={"scenario": "tax_paid", **NEAR}),
    Doc("ha34_environment.txt", "environment",
        "危险废物5.24吨交无证个人已达第338条标准，但决定书记载已移送公安且立案侦查，非以罚代刑；罚30万在固废法第112条内",
        flags={"scenario": "transferred", "transferred": True, **NEAR}),
    Doc("ha35_forestry.txt", "forestry",
        "盗伐嫌疑已移送公安，公安以权属争议、无非法占有目的不予立案退回；按滥伐处罚，蓄积7.3立方米<滥伐20立方米标准",
        flags={"scenario": "police_declined", "police_declined": True, **NEAR}),
    Doc("ha36_food_safety.txt", "food_safety",
        "保健食品非法添加90项筛查均未检出，仅标签虚假宣称功能，不涉刑法第144条；罚5万在食品安全法第125条货值不足1万5千-5万内",
        flags={"scenario": "not_detected", **NEAR}),
    Doc("ha37_forestry.txt", "forestry",
        "擅自改变商品林地用途5.4亩<10亩不涉刑，且已拆除补植经验收恢复，无持续损害；罚1倍在森林法第73条三倍以下内",
        flags={"scenario": "pil_remedied", "continuing_harm": False, **NEAR}),
    Doc("ha38_land.txt", "land",
        "非法占用永久基本农田4.6亩<5亩（刑法第342条），不涉刑；罚每平方米200元在实施条例第57条内，已告知听证",
        flags={"scenario": "under", **NEAR}),
    Doc("ha39_intellectual_property.txt", "intellectual_property",
        "侵权商品尚未销售，货值124,600元<未销售货值15万元标准（法发〔2011〕3号第八条），销售金额为零，5万元销售标准不适用；"
        "罚37万在商标法第60条五倍以下内，已听证",
        flags={"scenario": "wrong_measure", **NEAR}),
    Doc("ha40_wildlife.txt", "wildlife",
        "无狩猎证猎捕'三有'鸟类，价值8,680元<1万元（法释〔2022〕12号），未用禁用工具，不涉刑；罚2倍在野生动物保护法第49条内",
        flags={"scenario": "under", **NEAR}),
    Doc("ha41_customs.txt", "customs",
        "个人走私普通物品偷逃税款92,135元<10万元且无走私前科（法释〔2014〕10号第十六条），不涉刑；罚5万在海关行政处罚"
        "实施条例第9条30%-2倍内",
        flags={"scenario": "under", **NEAR}),
    Doc("ha42_mining.txt", "mining",
        "无证采矿，矿产品价值94,140元<10万元且非特定区域矿种（法释〔2016〕25号第三条），不涉刑；罚30%在实施细则第42条内",
        flags={"scenario": "under", **NEAR}),
    Doc("ha43_labor.txt", "labor",
        "违法延长工作时间已整改，罚每人200元在劳动保障监察条例第25条100-500元内；不涉刑、无公益诉讼领域、程序合法",
        flags={"scenario": "plain"}),
]

GROUPS = [
    # ── 化整为零: one company's three unlicensed shops selling cigarettes, cut into three decisions the same day ──
    *[Doc(name, "tobacco",
          "同一经营者（同一信用代码）三门店无证零售卷烟，同日拆成三案；累计违法经营额18,600+17,200+16,500=52,300元≥5万元"
          "（法释〔2010〕7号第三条，刑法第225条）；每案罚20%在实施条例第57条20%-50%内",
          [split("tobacco-225-illegal-business/1", quote, 52300.0, SPLIT)],
          {"scenario": "split", "split_group": SPLIT})
      for name, quote in (("ha44_tobacco.txt", "该门店违法经营额为人民币18,600元"),
                          ("ha45_tobacco.txt", "该门店违法经营额为人民币17,200元"),
                          ("ha46_tobacco.txt", "该门店违法经营额为人民币16,500元"))],
    # ── repeat offender: the same credit code punished again ten months later ──
    Doc("ha47_environment.txt", "environment",
        "VOCs无组织排放首次处罚，罚3万在大气污染防治法第108条2万-20万内；本身不构成线索，为再犯组第一案",
        flags={"scenario": "repeat_first", "repeat_group": REPEAT}),
    Doc("ha48_environment.txt", "environment",
        "同一信用代码2024年6月5日受罚后2025年4月10日再因超标排放受罚，两年内再犯；罚12万在大气污染防治法第99条10万-100万内，"
        "已告知听证",
        [repeat("曾于2024年6月5日因挥发性有机物无组织排放被我局处罚", REPEAT)],
        {"scenario": "repeat", "repeat_group": REPEAT}),
]

DOCS = sorted(CRIMINAL + PUBLIC_INTEREST + IRREGULAR + NEGATIVE + GROUPS, key=lambda doc: doc.file)


labeled = lead_gold.labeler(HERE, CREATED, VERSION)

if __name__ == "__main__":
    lead_gold.main(HERE, DOCS, CREATED, VERSION)
