"""Lead labels for the hand-written STUDY decisions in this folder (run to rewrite ``gold.jsonl``).

A fourth hand-written study set, written on 2026-11-22 for the lead to STUDY: the screening is run
on it, its misses are read and the rules are tuned against it. It is a seen set — never a held-out
test and never training data. Every decision ``hxNN_<domain>.txt`` was written by hand in the manner
of terse published 行政处罚决定书 of agencies in 广东, 海南, 重庆 and 西藏 (all names, numbers, codes and
addresses invented; credit codes carry valid GB 32100-2015 check digits, 身份证号 valid GB 11643
check digits). Its label below was decided by reading the law only, not the screening code nor its
output: criminal thresholds from corpora/knowledge/thresholds.yaml (立案追诉标准 and the judicial
interpretations it cites), procedure and hearing rules from corpora/knowledge/procedure.yaml and
hearing.yaml, fine ranges and article existence from the statute text in force
(``StatuteKB.load().article_text(law, article, date)``). Each row's ``meta.reason`` gives the
one-line legal reason; evidence spans are located by an exact quotation of the decision.
Conventions are those of ``handwritten_study/make_gold.py``.

Run from the repository root: ``.venv/bin/python corpora/labeled/handwritten_study4/make_gold.py``.
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
VERSION = "handwritten-study4/1"


SPLIT, REPEAT = "split-hx-nyingchi-forestry", "repeat-hx-foshan-catering"

CRIMINAL = [
    # ── criminal-transfer leads (each also 以罚代刑: fined, no transfer recorded) ──
    Doc("hx01_food_safety.txt", "food_safety",
        "火锅底料中掺入罂粟壳（检出吗啡、可待因），属在食品中掺入有毒、有害的非食品原料，刑法第144条行为犯无金额门槛"
        "（法释〔2021〕24号）；罚12万元在食品安全法第123条货值不足一万元10万-15万内；只罚款未移送",
        [trigger("food-144-toxic/1", "每锅火锅底料熬制时加入罂粟壳粉约15克"), fined_only("罚款人民币壹拾贰万元整（120,000元）")],
        {"scenario": "qualitative"}),
    Doc("hx02_drugs.txt", "drugs",
        "明知来源可疑低价购进劣药零售，销售金额58,300元≥5万元，未造成严重危害时依刑法第149条按第140条论处（KB 142/2）；"
        "货值6.22万元的十倍在药品管理法第117条10-20倍内；已听证；只罚款未移送",
        [threshold("drug-142-substandard/2", "销售金额人民币伍万捌仟叁佰元（58,300元）", 58300.0),
         fined_only("即人民币陆拾贰万贰仟元（622,000元）")],
        {"scenario": "over"}),
    Doc("hx03_product_quality.txt", "product_quality",
        "以不合格电线冒充国标电线，已销售金额59,600元≥5万元（刑法第140条，立案追诉标准第十六条）；罚款为货值一倍在产品质量法"
        "第50条50%-3倍内；只罚款未移送",
        [threshold("product-140-fake-inferior/1", "已销售金额为人民币伍万玖仟陆佰元（59,600元）", 59600.0),
         fined_only("并处货值金额（63,900元）一倍罚款计人民币陆万叁仟玖佰元")],
        {"scenario": "over"}),
    Doc("hx04_intellectual_property.txt", "intellectual_property",
        "生产者在同一种商品上使用相同注册商标，非法经营数额108,000元≥5万元（法释〔2004〕19号第一条，刑法第213条）；"
        "罚款三倍在商标法第60条五倍以下内；只罚款未移送",
        [threshold("ip-213-counterfeit-trademark/1", "违法经营额共计人民币108,000元", 108000.0),
         fined_only("罚款人民币叁拾贰万肆仟元整")],
        {"scenario": "over"}),
    Doc("hx05_tobacco.txt", "tobacco",
        "无批发许可批发卷烟1,260条即252,000支≥二十万支（法释〔2010〕7号第三条，刑法第225条），价值31.5万元亦≥5万元；"
        "罚款30%在烟草专卖法实施条例第57条20%-50%内；只罚款未移送",
        [threshold("tobacco-225-illegal-business/3", "合计252,000支", 252000.0), fined_only("计人民币94,500元")],
        {"scenario": "over"}),
    Doc("hx06_environment.txt", "environment",
        "非法倾倒HW17危险废物合计3.62吨≥三吨（法释〔2023〕7号第一条第（二）项，刑法第338条）；按二十万元计三倍罚60万元"
        "在固废法第112条第二款3-5倍内；已告知听证；只罚款未移送",
        [threshold("env-338-pollution/1", "合计3.62吨", 3.62), fined_only("罚款计人民币陆拾万元整（600,000元）")],
        {"scenario": "over"}),
    Doc("hx07_forestry.txt", "forestry",
        "未经审核擅自占用国家级公益林地7.82亩≥公益林地五亩（法释〔2023〕8号第一条，刑法第342条）；罚所需费用二倍在"
        "森林法第73条三倍以下内；已听证；只罚款未移送",
        [threshold("land-342-forest/1", "被占用林地面积0.5213公顷（合7.82亩）", 7.82),
         fined_only("罚款计人民币叁拾壹万贰仟陆佰元整")],
        {"scenario": "over"}),
    Doc("hx08_wildlife.txt", "wildlife",
        "收购、出售国家一级（穿山甲鳞片）、二级（豹猫）保护野生动物及制品，价值47,600元≥二万元（法释〔2022〕12号第六条，"
        "刑法第341条第一款）；罚2倍在野生动物保护法第52条2-20倍内；只罚款未移送",
        [threshold("wildlife-341-1-endangered/1", "价值人民币肆万柒仟陆佰元（47,600元）", 47600.0),
         fined_only("并处野生动物及其制品价值二倍罚款计人民币玖万伍仟贰佰元")],
        {"scenario": "over"}),
    Doc("hx09_fishery.txt", "fishery",
        "南海伏季休渔期内使用电脉冲电鱼设备拖带作业，属在禁渔期使用禁用方法捕捞（刑法第340条，法释〔2016〕17号第四条），"
        "海洋水域无数量要求；罚2万元在渔业法第38条五万元以下内；只罚款未移送",
        [trigger("fishery-340-marine/5", "正在使用电脉冲装置（电鱼设备）拖带作业"), fined_only("罚款人民币贰万元整")],
        {"scenario": "qualitative"}),
    Doc("hx10_tax.txt", "tax",
        "隐匿收入虚假申报少缴税款123.71万元、占应纳税额31.6%（≥十万元且≥10%，刑法第201条、法释〔2024〕4号第一条）；"
        "处理决定送达后限期内未补缴，不适用第201条第四款；罚60%在征管法第63条内；已听证；只罚款未移送",
        [threshold("tax-201-evasion/1", "合计少缴税款1,237,079.78元", 1237079.78), fined_only("罚款计742,247.87元")],
        {"scenario": "over"}),
    Doc("hx11_tax.txt", "tax",
        "无真实交易为他人虚开增值税专用发票64份、税额122.46万元≥十万元（法释〔2024〕4号第十一条，刑法第205条）；"
        "罚款50万元为发票管理办法第35条上限；只罚款未移送",
        [threshold("tax-205-vat-invoice/1", "税额1,224,600.00元", 1224600.0), fined_only("并处罚款500,000.00元")],
        {"scenario": "over"}),
    Doc("hx12_work_safety.txt", "work_safety",
        "关闭直接关系生产安全的可燃气体报警装置，经专家论证具有发生重大伤亡事故的现实危险（刑法第134条之一第（一）项危险作业罪，"
        "法释〔2022〕19号）；罚4.5万元在安全生产法第99条五万元以下内；已告知听证；只罚款未移送",
        [trigger("safety-134-1a-dangerous-operation/1", "可燃气体泄漏报警装置电源被人为断开"),
         fined_only("罚款人民币肆万伍仟元整")],
        {"scenario": "qualitative"}),
]

PUBLIC_INTEREST = [
    # ── public-interest leads: statutory field + continuing harm or inaction, below criminal level ──
    Doc("hx13_ocean.txt", "ocean",
        "非法围海2.36公顷含红树林宜林滩涂，责令恢复后逾期未拆除仍养殖、底栖生物死亡（生态环境和资源保护领域，海洋）；"
        "罚海域使用金十倍在海域使用管理法第42条围海10-20倍内",
        [pil("ecology_resources", "当事人逾期未拆除且继续投苗养殖")],
        {"scenario": "pil", "continuing_harm": True}),
    Doc("hx14_food_safety.txt", "food_safety",
        "菌落总数不合格饮料责令召回后约6,800箱未召回仍在网店销售，不特定多数人持续饮用（食品药品安全领域）；未检出致病菌，"
        "非严重超标，不涉刑法第143条；罚15倍在食品安全法第124条10-20倍内",
        [pil("food_drug_safety", "已流向湛江、茂名等地乡镇学校周边小超市的约6,800箱未召回")],
        {"scenario": "pil", "continuing_harm": True}),
    Doc("hx15_land.txt", "land",
        "国有建设用地出让价款第二期1.63亿元三次催缴逾期未缴仍开工预售（国有土地使用权出让领域）；超红线占用国有储备用地"
        "1,860平方米非农用地不涉刑法第342条，每平方米300元在土地管理法实施条例第57条100-1000元内",
        [pil("state_land_transfer", "第二期1.63亿元逾期至今未缴")],
        {"scenario": "pil", "continuing_harm": True}),
    Doc("hx16_work_safety.txt", "work_safety",
        "甲类仓库重大事故隐患限期整改逾期仍未整改、仍在进出货，邻近小学与居民区（安全生产领域）；仅限期整改指令，未被责令停产"
        "停用或立即排除危险，不涉刑法第134条之一；罚5万元在安全生产法第102条五万元以下内，已告知听证",
        [pil("work_safety", "上述重大事故隐患仍未整改")],
        {"scenario": "pil", "continuing_harm": True}),
    Doc("hx17_culture_tourism.txt", "culture_tourism",
        "网吧两次被责令改正后仍接纳未成年人上网，复查仍照常营业（未成年人保护领域）；罚1万元在互联网上网服务营业场所管理条例"
        "第31条15000元以下内",
        [pil("minors", "当事人仍在照常营业并继续接纳未成年人上网")],
        {"scenario": "pil", "continuing_harm": True}),
    Doc("hx18_market.txt", "market",
        "12.6万条客户个人信息因未采取安全措施泄露、仍被持续传播用于诈骗，未通知受影响客户（个人信息保护领域）；未出售提供"
        "获利，不涉刑法第253条之一；罚6万元在消费者权益保护法第56条五十万元以下内",
        [pil("personal_information", "已泄露的客户个人信息至今仍在诈骗推销群中被持续传播使用")],
        {"scenario": "pil", "continuing_harm": True}),
]

IRREGULAR = [
    # ── enforcement irregularities ──
    out_of_range("hx19_food_safety.txt", "food_safety",
                 "食品安全法第124条货值不足一万元的罚款为5万-10万元，文书仅称配合调查“从轻”，未认定行政处罚法第32条减轻情形，"
                 "罚2万元低于下限；亚硝酸盐超标未达足以造成严重食物中毒，不涉刑法第143条",
                 "罚款人民币贰万元整"),
    out_of_range("hx20_fire.txt", "fire",
                 "消防法第60条第一款对单位罚款为五千元以上五万元以下，封闭安全出口一项罚8万元超出上限",
                 "决定给予罚款人民币捌万元整的处罚"),
    no_hearing("hx21_tax.txt", "tax",
               "税务对法人罚款23,985.05元≥一万元（税务行政处罚听证程序实施办法第三条），只告知陈述、申辩，未告知听证；"
               "少缴2.4万元<十万元，不涉刑法第201条",
               "计23,985.05元"),
    no_hearing("hx22_public_security.txt", "public_security",
               "公安对个人罚款3,000元≥二千元（公安机关办理行政案件程序规定，hearing.yaml 公安个人二千元），只告知陈述、申辩，未告知听证；"
               "情节严重档3千元在治安管理处罚法第70条内；抽头1,400元、赌资8,620元、参赌12人，不达开设赌场、赌博罪标准",
               "处行政拘留十日并处罚款人民币叁仟元"),
    no_hearing("hx23_work_safety.txt", "work_safety",
               "应急管理部门对单位罚款4万元≥三万元（较大数额），只告知陈述、申辩，未告知听证；罚款在安全生产法第97条十万元以下内",
               "罚款人民币肆万元整"),
    Doc("hx24_food_safety.txt", "food_safety",
        "食品安全法（2021年修正）共154条，所引第一百五十六条不存在；无证经营罚款应依第122条（货值不足一万元5万-10万），"
        "5万元本身在幅度内",
        [irregular("nonexistent_article", "《中华人民共和国食品安全法》第一百五十六条")],
        {"scenario": "irregularity", "irregularities": ["nonexistent_article"]}),
    Doc("hx25_market.txt", "market",
        "行政处罚法第60条：立案之日起九十日内作出决定，延长须经批准；二〇二五年一月八日立案、八月二十六日决定，历时230日且"
        "文书未载延长批准；罚3倍在广告法第55条3-5倍内",
        [irregular("time_limit", "本局于二〇二五年一月八日对当事人涉嫌发布虚假广告一案立案调查")],
        {"scenario": "irregularity", "irregularities": ["time_limit"]}),
    out_of_range("hx26_forestry.txt", "forestry",
                 "森林法第76条第二款滥伐罚款为林木价值三倍以上五倍以下，罚一倍低于下限且无减轻依据；11.6立方米<二十立方米，"
                 "不涉刑法第345条第二款",
                 "并处滥伐林木价值一倍罚款计人民币30,160元"),
]

NEGATIVE = [
    # ── negatives (near misses marked) ──
    Doc("hx27_environment.txt", "environment",
        "总镍为标准的1.56倍，未达重金属超标三倍（法释〔2023〕7号第一条第（三）项）；COD为标准6.1倍虽超标较多，但未达其他污染物"
        "十倍；首次超标；罚15万元在水污染防治法第83条10万-100万内，已告知听证",
        flags={"scenario": "under", "near_miss": True}),
    Doc("hx28_forestry.txt", "forestry",
        "占用商品林地（非公益林、非保护地）8.44亩<其他林地十亩（法释〔2023〕8号第一条）；毁坏林木蓄积52立方米不是占用林地罪的"
        "计量口径；罚所需费用一倍在森林法第73条三倍以下内",
        flags={"scenario": "under", "near_miss": True}),
    Doc("hx29_fishery.txt", "fishery",
        "长江重点水域禁捕期用合法刺网捕捞，渔获42公斤、价值860元，低于长江流域非法捕捞意见五百公斤或一千元，且非禁用工具方法；"
        "罚1万元在长江保护法第86条1万-5万内",
        flags={"scenario": "under", "near_miss": True}),
    Doc("hx30_tax.txt", "tax",
        "少缴42.63万元、占18.2%已达第201条标准，但经追缴通知后补缴税款、滞纳金并接受处罚，五年内无前科，依刑法第201条第四款"
        "不予追究刑事责任；罚50%在征管法第63条内",
        flags={"scenario": "paid_after_notice", "near_miss": True}),
    Doc("hx31_intellectual_property.txt", "intellectual_property",
        "假冒注册商标非法经营数额12.3万元已达刑法第213条标准，但已移送公安并立案侦查，罚款待刑事处理后决定（行政执法机关移送"
        "涉嫌犯罪案件的规定）",
        flags={"scenario": "transferred", "near_miss": True, "transferred": True}),
    Doc("hx32_land.txt", "land",
        "占用耕地6.47亩已移送公安，公安以未达“造成耕地大量毁坏”不予立案（有文号），机关依法行政处罚；每平方米500元在"
        "土地管理法实施条例第57条100-1000元内，已听证",
        flags={"scenario": "police_declined", "near_miss": True, "police_declined": True}),
    Doc("hx33_food_safety.txt", "food_safety",
        "超范围使用甜蜜素货值4,860元，第124条下限5万元，罚2.5万元低于下限但文书认定行政处罚法第32条第（一）项主动消除危害后果"
        "并明示减轻处罚；未认定足以造成严重食物中毒，不涉刑法第143条",
        flags={"scenario": "mitigated_below_floor", "near_miss": True}),
    Doc("hx34_ocean.txt", "forestry",
        "毁坏海岸红树林1.8亩林木，已补种三倍余并经验收恢复原状，无持续损害（公益诉讼线索已消除）；罚二倍在森林法第74条"
        "五倍以下内",
        flags={"scenario": "pil_remedied", "near_miss": True, "continuing_harm": False}),
    Doc("hx35_market.txt", "market",
        "罚款11.67万元≥市场监管单位十万元听证标准，已送达听证告知书并举行听证；以次充好销售金额3.28万元<5万元且已售三倍加"
        "库存10.45万元<15万元（刑法第140条）；三倍在产品质量法第50条内",
        flags={"scenario": "hearing_held", "near_miss": True}),
    Doc("hx36_public_security.txt", "public_security",
        "治安管理处罚法第70条情节严重档（十至十五日拘留并处五百至三千元）以一年内曾因赌博受处罚又多次组织赌博为情节，罚2,500元"
        "已告知听证；抽头2,650元<五千元、参赌9人次，不达聚众赌博标准",
        flags={"scenario": "aggravated_band", "near_miss": True}),
    Doc("hx37_food_safety.txt", "food_safety",
        "举报瘦肉精但盐酸克伦特罗等均未检出，非病死猪肉，不涉刑法第143、144条；未检疫肉类货值740元罚10万元在食品安全法"
        "第123条10万-15万内，已告知听证",
        flags={"scenario": "not_detected", "near_miss": True}),
    Doc("hx38_tax.txt", "tax",
        "虚开增值税专用发票税额87,663.72元<十万元（法释〔2024〕4号第十一条），价税合计76.2万元不是第205条的计量口径；"
        "虚开金额超过一万元罚15万元在发票管理办法第35条5万-50万内",
        flags={"scenario": "under", "near_miss": True}),
    Doc("hx39_wildlife.txt", "wildlife",
        "出售国家二级保护虎纹蛙价值18,400元<二万元（法释〔2022〕12号第六条），46只的数量不是现行标准口径；罚三倍在野生动物"
        "保护法第52条2-20倍内",
        flags={"scenario": "under", "near_miss": True}),
    Doc("hx40_tobacco.txt", "tobacco",
        "无批发许可批发卷烟186,000支<二十万支，价值47,600元<五万元，违法所得1,860元<二万元（法释〔2010〕7号第三条）；"
        "罚40%在烟草专卖法实施条例第57条20%-50%内",
        flags={"scenario": "under", "near_miss": True}),
    Doc("hx41_urban.txt", "urban_management",
        "占道经营罚款500元，城市市容和环境卫生管理条例第36条无数额幅度，无刑事、公益或程序问题",
        flags={"scenario": "plain"}),
    Doc("hx42_health.txt", "health",
        "消毒灭菌记录不全，警告并罚5千元在消毒管理办法第41条五千元以下内，无刑事、公益或程序问题",
        flags={"scenario": "plain"}),
]

GROUPS = [
    # ── 化整为零: one man, three overcuttings of his own forest before any decision, three decisions one day ──
    *[Doc(name, "forestry",
          "同一人三次滥伐自有林木（7.2+6.9+7.4=21.5立方米），均未经处理，数量累计计算（法释〔2023〕8号第九条）达滥伐林木"
          "二十立方米（刑法第345条第二款）；机关分三案同日处罚，每案罚三倍在森林法第76条3-5倍内",
          [split("forest-345-2-overcutting/1", quote, 21.5, SPLIT)],
          {"scenario": "split", "split_group": SPLIT})
      for name, quote in (("hx43_forestry.txt", "采伐立木蓄积7.2立方米"),
                          ("hx44_forestry.txt", "立木蓄积6.9立方米"),
                          ("hx45_forestry.txt", "立木蓄积7.4立方米"))],
    # ── repeat offender: the same credit code punished again fourteen months later ──
    Doc("hx46_food_safety.txt", "food_safety",
        "未及时清理过期食品，依食品安全法第126条责令改正、警告（未拒不改正故无罚款）；首次处罚，重复违法对的前一件",
        flags={"scenario": "repeat_first", "repeat_group": REPEAT}),
    Doc("hx47_food_safety.txt", "food_safety",
        "同一信用代码于2024年3月受处罚后14个月内再次违法（两年内），罚9万元在食品安全法第124条货值不足一万元5万-10万内",
        [repeat("91440605326915702J", REPEAT)],
        {"scenario": "repeat", "repeat_group": REPEAT}),
]

DOCS = sorted(CRIMINAL + PUBLIC_INTEREST + IRREGULAR + NEGATIVE + GROUPS, key=lambda doc: doc.file)


labeled = lead_gold.labeler(HERE, CREATED, VERSION)

if __name__ == "__main__":
    lead_gold.main(HERE, DOCS, CREATED, VERSION)
