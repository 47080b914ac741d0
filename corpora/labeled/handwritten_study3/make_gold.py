"""Lead labels for the third hand-written STUDY decisions in this folder (run to rewrite ``gold.jsonl``).

Written on 2026-11-22 for the lead to STUDY: the screening is run on it, its misses are read and the
rules are fixed against it. It is therefore a seen set — never a held-out test (that is
``handwritten_third``) and never training data. Every decision ``hwNN_<domain>.txt`` was written by
hand in the manner of published 行政处罚决定书 of agencies in 黑龙江, 辽宁, 内蒙古, 新疆, 宁夏 and 青海
(all names, numbers, codes and addresses invented; credit codes carry valid GB 32100-2015 check
digits, identity numbers valid GB 11643 check digits). Its label below was decided by reading the
law only, not the screening code nor its output: criminal thresholds from
corpora/knowledge/thresholds.yaml (立案追诉标准 and the judicial interpretations it cites), procedure
and hearing rules from corpora/knowledge/procedure.yaml and hearing.yaml, fine ranges and article
existence from the statute text in force (``StatuteKB.load().article_text(law, article, date)``).
Each row's ``meta.reason`` gives the one-line legal reason; evidence spans are located by an exact
quotation of the decision. Conventions are those of ``handwritten_study/make_gold.py``.

Run from the repository root: ``.venv/bin/python corpora/labeled/handwritten_study3/make_gold.py``.
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
CREATED = "2026-11-22T11:40:00+00:00"
VERSION = "handwritten-study3/1"


SPLIT, REPEAT = "split-hw-nehe-trademark", "repeat-hw-shenyang-barbecue"

CRIMINAL = [
    # ── criminal-transfer leads (each also 以罚代刑: fined, no transfer recorded) ──
    Doc("hw01_food_safety.txt", "food_safety",
        "配制酒中检出西地那非（《食品中可能违法添加的非食用物质名单》所列），掺入有毒有害非食品原料，刑法第144条行为犯、"
        "无金额门槛（法释〔2021〕24号第九条）；货值<1万元罚12万元在食品安全法第123条10万-15万内，已告知听证；只罚款未移送",
        [trigger("food-144-toxic/1", "上述配制酒中检出西地那非"), fined_only("罚款人民币壹拾贰万元整（120,000元）")],
        {"scenario": "qualitative"}),
    Doc("hw02_drugs.txt", "drugs",
        "“阿莫西林胶囊”未检出阿莫西林，成份与国家药品标准不符即假药（药品管理法第98条第二款第（一）项），销售假药刑法"
        "第141条行为犯；无票从流动人员低价购进可推定明知；按十万元计15倍罚150万元在第116条内，已听证；只罚款未移送",
        [trigger("drug-141-counterfeit/1", "该批次药品中未检出阿莫西林"), fined_only("即人民币壹佰伍拾万元（1,500,000元）")],
        {"scenario": "qualitative"}),
    Doc("hw03_drugs.txt", "drugs",
        "明知无证来源、无注册证仍销售不符合GB 15810强制性标准的无菌注射器，销售金额62,340元≥5万元（刑法第145条，"
        "不能证明足以严重危害健康时依第149条按第140条论处，KB 145/2）；货值9万元的5倍在医疗器械条例第86条5-20倍内；只罚款未移送",
        [threshold("product-145-medical-devices/2", "销售金额人民币陆万贰仟叁佰肆拾元（62,340元）", 62340.0),
         fined_only("计人民币肆拾伍万元")],
        {"scenario": "over"}),
    Doc("hw04_product_quality.txt", "product_quality",
        "以不合格钢筋冒充合格产品，销售金额98,600元≥5万元（立案追诉标准（一）第十六条，刑法第140条）；货值11.38万元、"
        "违法所得2.14万元是别的口径；一倍罚款在产品质量法第50条50%-3倍内，已告知听证；只罚款未移送",
        [threshold("product-140-fake-inferior/1", "销售金额98,600元（玖万捌仟陆佰元）", 98600.0),
         fined_only("处货值金额一倍的罚款计113,790元")],
        {"scenario": "over"}),
    Doc("hw05_intellectual_property.txt", "intellectual_property",
        "两当事人在同种商品上使用相同商标，已售57,600元+库存按实际平均售价44,640元=非法经营数额102,240元≥5万元"
        "（法释〔2004〕19号第一条、第十二条，刑法第213条）；罚款在商标法第60条违法经营额5倍以下内；只罚款未移送",
        [threshold("ip-213-counterfeit-trademark/1", "以上非法经营数额共计102,240元", 102240.0),
         fined_only("处罚款人民币贰拾伍万元整")],
        {"scenario": "over"}),
    Doc("hw06_tobacco.txt", "tobacco",
        "无证经营卷烟，查获价值48,260元+已售25,220元=非法经营数额73,480元≥5万元（法释〔2010〕7号第三条，刑法第225条）；"
        "30%在烟草专卖法实施条例第57条20%-50%内，已告知听证；只罚款未移送",
        [threshold("tobacco-225-illegal-business/1", "你违法经营卷烟总额为73,480元", 73480.0), fined_only("计人民币22,044元")],
        {"scenario": "over"}),
    Doc("hw07_environment.txt", "environment",
        "总铬、六价铬均“超过标准限值3.6倍”（实测为限值的4.6倍），按超过倍数或按倍比读均≥三倍（法释〔2023〕7号第一条"
        "第（三）项含重金属污染物），总镍超标0.4倍不计；45万元在水污染防治法第83条10万-100万内，已听证；只罚款未移送",
        [threshold("env-338-pollution/2", "超过标准限值3.6倍", 3.6), fined_only("处以罚款人民币肆拾伍万元整")],
        {"scenario": "over"}),
    Doc("hw08_forestry.txt", "forestry",
        "非法开垦天然草原2.35公顷即35.25亩≥二十亩且原生植被全部破坏（法释〔2012〕15号第二条，刑法第342条）；"
        "无违法所得罚4万元在草原法第66条五万元以下内，已告知听证；只罚款未移送",
        [threshold("land-342-grassland/1", "被开垦草原面积为2.35公顷（合35.25亩）", 35.25), fined_only("处罚款人民币肆万元（¥40,000.00）")],
        {"scenario": "over"}),
    Doc("hw09_mining.txt", "mining",
        "无证采砂，开采的矿产品价值146,160元≥十万元（法释〔2016〕25号第三条第一款第（一）项，刑法第343条）；销售金额/违法所得"
        "111,940元不是该标准口径；40%在旧法第39条及实施细则第42条50%以下内（行为与决定均在2025年7月1日前）；只罚款未移送",
        [threshold("mining-343-1-illegal/1", "开采的矿产品价值为146,160元", 146160.0), fined_only("计44,776元")],
        {"scenario": "over"}),
    Doc("hw10_forestry.txt", "forestry",
        "无证采伐自有承包林杨树，立木蓄积27.4立方米≥二十立方米（法释〔2023〕8号第六条，刑法第345条第二款滥伐林木）；"
        "3倍罚款在森林法第76条第二款3-5倍内，已听证；只罚款未移送",
        [threshold("forest-345-2-overcutting/1", "被采伐林木立木蓄积为27.4立方米", 27.4), fined_only("计人民币伍万柒仟伍佰肆拾元（57,540元）")],
        {"scenario": "over"}),
    Doc("hw11_wildlife.txt", "wildlife",
        "在禁猎区使用猎夹、钢丝套等禁用工具狩猎，属非法狩猎“情节严重”（法释〔2022〕12号第七条第（二）项，刑法第341条"
        "第二款，无价值要求，猎获物1,850元不影响）；不足二千元档罚8千元在野保法第49条2千-2万内；只罚款未移送",
        [trigger("wildlife-341-2-illegal-hunting/2", "在海拉尔区禁猎区（区人民政府2021年第2号通告划定，全年禁猎）内"),
         fined_only("并处罚款人民币捌仟元")],
        {"scenario": "qualitative"}),
    Doc("hw12_fishery.txt", "fishery",
        "松花江禁渔期内电鱼，属非法捕捞“情节严重”（法释〔2022〕12号第三条第（三）项，刑法第340条，无数量要求，渔获23.6公斤"
        "不影响）；8千元在渔业法第38条五万元以下内；只罚款未移送",
        [trigger("fishery-340-inland/5", "你在禁渔期内使用电鱼方法捕捞"), fined_only("罚款捌仟元（8,000元）")],
        {"scenario": "qualitative"}),
    Doc("hw13_tax.txt", "tax",
        "不列收入少缴税款486,215.37元、占应纳税额23.8%（≥十万元且≥10%，刑法第201条、法释〔2024〕4号第二条）；处理决定"
        "限期届满未缴，不适用第201条第四款；50%在征管法第63条内，已听证；只罚款未移送",
        [threshold("tax-201-evasion/1", "以上合计少缴税款486,215.37元", 486215.37), fined_only("计243,107.69元")],
        {"scenario": "over"}),
    Doc("hw14_customs.txt", "customs",
        "藏匿夹层入境不申报，偷逃应缴税款134,602.85元≥十万元（法释〔2014〕10号第十六条，刑法第153条）；完税价格102.9万元"
        "不是计量口径；20万元在海关行政处罚实施条例第9条偷逃税款3倍以下内，已告知听证；只罚款未移送",
        [threshold("customs-153-ordinary-goods/1", "偷逃应缴税款人民币134,602.85元", 134602.85),
         fined_only("并处罚款人民币贰拾万元整")],
        {"scenario": "over"}),
    Doc("hw15_construction.txt", "construction",
        "转移工程款逃避支付16名农民工工资127,600元（≥十人三万至十万元的上限），经限期整改指令书责令后逾期仍不支付"
        "（法释〔2013〕3号第二、三、四条，刑法第276条之一）；罚款只针对实名制，在工资支付条例第55条5万-10万内；只罚款未移送",
        [threshold("labor-276-1-wage-refusal/2", "拖欠韩某某等16名农民工工资共计人民币壹拾贰万柒仟陆佰元（127,600元）", 127600.0),
         fined_only("处以罚款人民币柒万元")],
        {"scenario": "over"}),
    Doc("hw16_work_safety.txt", "work_safety",
        "关闭甲类罐区可燃气体报警系统并篡改液位报警值，经专家论证有重大火灾爆炸现实危险（刑法第134条之一第（一）项危险作业罪）；"
        "4.5万元在安全生产法第99条五万元以下内，应急单位≥3万已告知听证；只罚款未移送",
        [trigger("safety-134-1a-dangerous-operation/1", "可燃气体检测报警系统被人为关闭"),
         fined_only("处以罚款人民币肆万伍仟元整")],
        {"scenario": "qualitative"}),
    Doc("hw53_health.txt", "health",
        "无医师资格行医（针刺、小针刀、注射），曾于2022、2024年两次因非法行医被卫生行政部门处罚后再次非法行医（法释〔2016〕"
        "27号第二条第（五）项，刑法第336条，无时间窗口）；违法所得不足一万元按一万元计5倍在医师法第59条2-10倍内；只罚款未移送",
        [threshold("health-336-illegal-medical-practice/1", "被本委两次给予行政处罚", 2.0), fined_only("计人民币伍万元整")],
        {"scenario": "over"}),
    Doc("hw54_tax.txt", "tax",
        "无真实交易收取开票费为他人虚开增值税专用发票63份，税额217,433.63元≥十万元（法释〔2024〕4号第十一条，刑法第205条）；"
        "50万元为发票管理办法第35条上限，已告知听证；只罚款未移送",
        [threshold("tax-205-vat-invoice/1", "税额合计217,433.63元", 217433.63), fined_only("并处罚款500,000.00元")],
        {"scenario": "over"}),
]

PUBLIC_INTEREST = [
    # ── public-interest leads: statutory field + continuing harm or inaction, below criminal level ──
    Doc("hw17_forestry.txt", "forestry",
        "开垦荒漠草原12.6亩<二十亩不构成刑法第342条；责令恢复后逾期未恢复植被、沙化扩大（生态环境和资源保护领域，草原）；"
        "8千元在草原法第66条五万元以下内",
        [pil("ecology_resources", "地块逾期仍未恢复植被")],
        {"scenario": "pil", "continuing_harm": True}),
    Doc("hw18_food_safety.txt", "food_safety",
        "用过期原料生产、面向小学生销售，责令后仍继续生产（食品安全领域、不特定多数未成年消费者）；过期原料不属刑法第143条"
        "列举情形、无严重超标；8万元在食品安全法第124条货值<1万元5万-10万内，已听证",
        [pil("food_drug_safety", "当事人仍继续以过期原料生产")],
        {"scenario": "pil", "continuing_harm": True}),
    Doc("hw19_land.txt", "land",
        "出让价款1.66亿元经三次催缴仍未缴、已开工预售（国有土地使用权出让领域）；另占用国有储备用地3,150平方米（非农用地，"
        "不涉刑法第342条）每平方米300元在实施条例第57条100-1000元内，已听证",
        [pil("state_land_transfer", "至今出让价款1.66亿元仍未缴纳")],
        {"scenario": "pil", "continuing_harm": True}),
    Doc("hw20_work_safety.txt", "work_safety",
        "地下室使用液化石油气且无报警装置属重大事故隐患，限期整改逾期未消除、危及日均五千人（安全生产领域）；整改令为"
        "十日限期整改而非停产停用或立即排除危险，不作刑法第134条之一第（二）项线索；2万元在安全生产法第102条五万元以下内",
        [pil("work_safety", "上述重大事故隐患至今未消除")],
        {"scenario": "pil", "continuing_harm": True}),
    Doc("hw21_tobacco.txt", "tobacco",
        "校园周边便利店警告后仍向未成年人售烟（未成年人保护领域，未成年人保护法第59条）；拒不改正档停业整顿并罚5万元"
        "在第123条5万-50万内，已告知听证",
        [pil("minors", "至本次检查时仍在继续向未成年人售烟")],
        {"scenario": "pil", "continuing_harm": True}),
    Doc("hw22_culture_tourism.txt", "culture_tourism",
        "县级文保单位遗址城墙被挖除，责令后未加固、持续坍塌（文物保护领域）；县级文物、非故意毁损名胜古迹情节不明，"
        "不作刑法第324条线索；个人6万元在文物保护法（2024修订）第83条5万-50万内，已听证",
        [pil("cultural_relics", "文物本体损毁仍在扩大")],
        {"scenario": "pil", "continuing_harm": True}),
    Doc("hw23_public_security.txt", "public_security",
        "未经同意向第三方提供客户信息412条，责令后未通知删除、信息被持续使用骚扰客户（个人信息保护领域）；一般信息"
        "<五千条（履职中获得的减半后亦<2,500条），不达刑法第253条之一；罚款在个人信息保护法第66条第一款内，已告知听证",
        [pil("personal_information", "装修公司仍在使用上述信息对客户进行电话推销")],
        {"scenario": "pil", "continuing_harm": True}),
    Doc("hw55_market.txt", "market",
        "广告将烈士黄继光事迹改编为饮酒情节，责令后未删除、被转载扩散、未致歉（英烈保护领域，英雄烈士保护法第22、25条）；"
        "未见刑法第299条之一情节严重；20万元在广告法第57条20万-100万内，已听证",
        [pil("heroes_martyrs", "对烈士名誉的损害仍在持续扩散")],
        {"scenario": "pil", "continuing_harm": True}),
]

IRREGULAR = [
    # ── enforcement irregularities ──
    out_of_range("hw24_food_safety.txt", "food_safety",
                 "食品安全法第124条货值不足一万元罚款为5万-10万元，文书只称积极配合调查“从轻”，未认定行政处罚法第32条"
                 "减轻情形，罚1.5万元低于下限；挥发性盐基氮超标不属刑法第143条严重超标或病死肉",
                 "罚款人民币壹万伍仟元整（15,000元）"),
    out_of_range("hw25_land.txt", "land",
                 "土地管理法实施条例第57条罚款为非法占用土地每平方米100-1000元，按每平方米60元罚低于下限；"
                 "占用建设用地、无农用地，不涉刑法第342条",
                 "按每平方米60元处以罚款"),
    out_of_range("hw26_agriculture.txt", "agriculture",
                 "农药管理条例第55条假农药货值一万元以上罚货值5-10倍，按3倍罚102,000元低于下限；销售金额6,120元、"
                 "未造成生产损失，不涉刑法第140、147条",
                 "处货值金额3倍罚款，计人民币102,000元"),
    out_of_range("hw27_tax.txt", "tax",
                 "征管法第64条第二款不申报不缴税款罚50%-5倍，以主动补缴处30%低于下限且未引行政处罚法第32条；"
                 "不缴2.6万元<十万元，不涉刑法第201条；7,800元<一万元无需告知听证",
                 "对你公司不缴税款处百分之三十的罚款，计7,800.00元"),
    no_hearing("hw28_tax.txt", "tax",
               "税务对法人罚款15,986.63元≥一万元（税务行政处罚听证程序实施办法第三条），只告知陈述、申辩，未告知听证；"
               "少缴3.2万元<十万元，不涉刑法第201条",
               "计15,986.63元"),
    no_hearing("hw29_public_security.txt", "public_security",
               "公安机关对个人罚款12,000元≥二千元（公安机关办理行政案件程序规定第一百二十三条），只告知陈述、申辩，"
               "未告知听证；烟花爆竹成品运输不属爆炸物犯罪的烟火药数量标准，1.2万元在烟花爆竹条例第36条第二款1万-5万内",
               "罚款人民币壹万贰仟元"),
    no_hearing("hw30_work_safety.txt", "work_safety",
               "应急管理部门对单位罚款3.8万元≥三万元（安全生产违法行为行政处罚办法较大数额），只告知陈述、申辩，未告知"
               "听证；罚款在安全生产法第97条十万元以下内；无伤亡、无关闭报警设施，不涉刑法第134条之一",
               "罚款人民币叁万捌仟元整"),
    Doc("hw31_forestry.txt", "forestry",
        "草原法（2021修正）共七十五条，引用的第七十九条不存在（该法第七十五条为施行日期条款）；9.6亩<二十亩",
        [irregular("nonexistent_article", "《中华人民共和国草原法》第七十九条")],
        {"scenario": "irregularity", "irregularities": ["nonexistent_article"]}),
    Doc("hw32_market.txt", "market",
        "2025年1月8日立案、5月26日决定，历时138日，超过行政处罚法第六十条九十日期限，文书未载延期批准或中止；"
        "25万元在反不正当竞争法第20条20万-100万内，已听证",
        [irregular("time_limit", "2025年1月8日，本局根据消费者投诉立案调查")],
        {"scenario": "irregularity", "irregularities": ["time_limit"]}),
]

NEGATIVE = [
    # ── negatives (near misses marked) ──
    Doc("hw33_environment.txt", "environment",
        "倾倒危险废物5.2吨≥三吨，但已移送公安且已立案侦查，罚款待刑事程序终结（行政处罚法第27、35条），不是隐匿的移送线索；"
        "已清运，无持续损害",
        flags={"scenario": "transferred", "near_miss": True, "transferred": True}),
    Doc("hw34_forestry.txt", "forestry",
        "占用一般林地11.3亩≥十亩，但已移送公安，公安不予立案并退回，机关依法处罚；恢复费用2倍在森林法第73条三倍以下内，已听证",
        flags={"scenario": "police_declined", "near_miss": True, "police_declined": True}),
    Doc("hw35_tax.txt", "tax",
        "逃税18.2万元、占12.1%，但处理决定后在期限内补缴税款滞纳金并接受处罚，五年内无逃税刑罚或二次处罚，依刑法第201条"
        "第四款、法释〔2024〕4号第三条不予追究；50%在征管法第63条内，已告知听证",
        flags={"scenario": "paid_after_notice", "near_miss": True}),
    Doc("hw36_fishery.txt", "fishery",
        "禁渔期捕捞，但用合规网目刺网、非禁用方法工具，渔获46公斤/920元<500公斤/1万元（法释〔2022〕12号第三条）；"
        "2千元在渔业法第38条内",
        flags={"scenario": "trigger_without_element", "near_miss": True}),
    Doc("hw37_environment.txt", "environment",
        "总镍是标准的2.8倍<三倍；化学需氧量超标5.4倍不是重金属等有毒物质；镉汞六价铬未检出，无暗管、未篡改数据；"
        "35万元在水污染防治法第83条内，已告知听证",
        flags={"scenario": "under", "near_miss": True}),
    Doc("hw38_environment.txt", "environment",
        "提供给无证个人的危险废物2,650千克=2.65吨<三吨（法释〔2023〕7号第一条第（二）项）；处置费不足二十万元按二十万元计"
        "3倍罚60万元在固废法第112条第二款3-5倍内，已告知听证",
        flags={"scenario": "under", "near_miss": True}),
    Doc("hw39_forestry.txt", "forestry",
        "开垦草原15.5亩<二十亩（法释〔2012〕15号第二条），且已补播恢复并验收，无持续损害，不是公益诉讼线索；3万元在草原法"
        "第66条五万元以下内，已告知听证",
        flags={"scenario": "under", "near_miss": True, "continuing_harm": False}),
    Doc("hw40_tobacco.txt", "tobacco",
        "无证经营卷烟总额43,800元<五万元，无前科、违法所得未达二万元（法释〔2010〕7号第三条）；30%在实施条例第57条内，"
        "已告知听证",
        flags={"scenario": "under", "near_miss": True}),
    Doc("hw41_market.txt", "market",
        "市场监管对单位拟罚25万元（≥十万元）已送达听证告知书、当事人书面放弃听证，不是未告知听证；25万元在反不正当竞争法"
        "第20条20万-100万内；普通食品功效宣传不涉刑法第222条",
        flags={"scenario": "hearing_waived", "near_miss": True}),
    Doc("hw42_food_safety.txt", "food_safety",
        "2万元低于食品安全法第124条5万元下限，但文书认定主动消除危害后果、主动供述未掌握的违法行为，依行政处罚法第32条"
        "第（一）（三）项减轻并经集体讨论，合法",
        flags={"scenario": "mitigated_below_floor", "near_miss": True}),
    Doc("hw43_drugs.txt", "drugs",
        "不予行政处罚决定书：处方药与非处方药未分区陈列，首违、轻微、及时改正，依行政处罚法第33条第一款不罚；药品合格，"
        "不是假劣药",
        flags={"scenario": "no_penalty"}),
    Doc("hw44_food_safety.txt", "food_safety",
        "简易程序当场警告：快检阳性但实验室17项农药残留（含甲拌磷、克百威）均未检出或低于限量，只是未建进货查验记录，"
        "警告在食品安全法第126条内，符合行政处罚法第51条",
        flags={"scenario": "not_detected", "near_miss": True}),
    Doc("hw45_wildlife.txt", "wildlife",
        "以食用为目的收购“三有”动物价值6,400元<一万元（法释〔2022〕12号第十一条），非国家重点保护；3倍在野保法第53条"
        "2-20倍内，已告知听证",
        flags={"scenario": "under", "near_miss": True}),
    Doc("hw46_mining.txt", "mining",
        "无证采砂，矿产品价值88,960元<十万元，非禁采区（法释〔2016〕25号第三条）；采坑已回填验收，无持续损害；30%在实施"
        "细则第42条50%以下内（行为与决定均在2025年7月1日前）",
        flags={"scenario": "under", "near_miss": True, "continuing_harm": False}),
    Doc("hw47_construction.txt", "construction",
        "拖欠12名农民工工资9.6万元，但在责令期限内已全部支付，不具备刑法第276条之一“经责令支付仍不支付”要件；罚款针对"
        "未开设专用账户逾期未改，5万元在工资支付条例第55条5万-10万内",
        flags={"scenario": "paid_after_order", "near_miss": True}),
]

GROUPS = [
    # ── repeat offender: the same credit code punished again fourteen months later ──
    Doc("hw48_food_safety.txt", "food_safety",
        "烧烤店使用过期原料，首次处罚，食品安全法第124条第一款第（二）项货值不足一万元罚5万元合法",
        flags={"scenario": "repeat_first", "repeat_group": REPEAT}),
    Doc("hw49_food_safety.txt", "food_safety",
        "同一统一社会信用代码的单位2024年9月10日处罚后约14个月再次使用过期原料，二年内再犯；8万元在5万-10万内",
        [repeat("沈阳炭火人家餐饮管理有限公司（统一社会信用代码91210102MA105295XP）", REPEAT)],
        {"scenario": "repeat", "repeat_group": REPEAT}),
    # ── 化整为零: one man, three shops in relatives' names, one source, three decisions ──
    *[Doc(name, "intellectual_property",
          "王某某以亲属名义开三店、统一进货定价销售假冒“北大仓”白酒，1.72+1.86+1.94=5.52万元；多次销售未经处理的"
          "数额累计计算（法释〔2004〕19号第十二条第二款）达销售金额五万元（刑法第214条）；机关分三案各罚3万元在商标法"
          "第60条二十五万元以下内",
          [split("ip-214-sell-counterfeit/2", quote, 55200.0, SPLIT)],
          {"scenario": "split", "split_group": SPLIT})
      for name, quote in (("hw50_intellectual_property.txt", "销售金额为人民币17,200元"),
                          ("hw51_intellectual_property.txt", "销售金额为人民币18,600元"),
                          ("hw52_intellectual_property.txt", "销售金额为人民币19,400元"))],
]

DOCS = sorted(CRIMINAL + PUBLIC_INTEREST + IRREGULAR + NEGATIVE + GROUPS, key=lambda doc: doc.file)


labeled = lead_gold.labeler(HERE, CREATED, VERSION)

if __name__ == "__main__":
    lead_gold.main(HERE, DOCS, CREATED, VERSION)
