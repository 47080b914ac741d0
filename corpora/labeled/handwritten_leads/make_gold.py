"""Lead labels for the hand-written decisions in this folder (run to rewrite ``gold.jsonl``).

Every decision ``hlNN_<domain>.txt`` was written by hand in the manner of published
行政处罚决定书 (all names, numbers, codes and addresses invented). Its label below was decided by
reading the law, not the screening code: criminal thresholds from corpora/knowledge/thresholds.yaml
(立案追诉标准 and the judicial interpretations it cites), procedure rules from
corpora/knowledge/procedure.yaml, fine ranges from the statute text in force on the decision date
(``StatuteKB.load().article_text(law, article, date)``). Each row's ``meta.reason`` gives the
one-line legal reason; evidence spans are located by an exact quotation of the decision.

Run from the repository root: ``.venv/bin/python corpora/labeled/handwritten_leads/make_gold.py``.
"""

from __future__ import annotations

from pathlib import Path

from corpora.labeled import lead_gold
from corpora.labeled.lead_gold import (
    Doc,
    fined_only,
    irregular,
    pil,
    repeat,
    split,
    threshold,
    trigger,
)

HERE = Path(__file__).resolve().parent
CREATED = "2026-11-22T08:00:00+00:00"
VERSION = "handwritten-leads/1"


SPLIT, REPEAT = "split-hl-jiujiang-fishery", "repeat-hl-tangshan-foundry"

DOCS = [
    # ── criminal-transfer leads (each also 以罚代刑: fined, no transfer recorded) ──
    Doc("hl01_environment.txt", "environment",
        "倾倒HW08/HW09危险废物4.6吨，达法释〔2023〕7号第一条第（二）项“非法排放、倾倒、处置危险废物三吨以上”；只罚款未移送",
        [threshold("env-338-pollution/1", "累计倾倒上述危险废物4.6吨", 4.6), fined_only("处罚款人民币陆拾万元整")],
        {"scenario": "over"}),
    Doc("hl02_environment.txt", "environment",
        "私设暗管排放总镍、六价铬超标的电镀废水（重金属超标的污染物属该解释所称有毒物质），"
        "属法释〔2023〕7号第一条第（五）项通过暗管逃避监管排放有毒物质，无数量要求；超标倍数未达3倍/10倍项，故只计此触发项",
        [trigger("env-338-pollution/9", "私设一根直径约110毫米的PVC暗管"), fined_only("处罚款人民币伍拾捌万元整")],
        {"scenario": "qualitative"}),
    Doc("hl03_food_safety.txt", "food_safety",
        "在卤制品中添加罂粟壳（国家禁用的有毒、有害非食品原料），刑法第144条行为犯（法释〔2021〕24号）",
        [trigger("food-144-toxic/1", "在卤制品卤汤中添加罂粟壳"), fined_only("并处罚款人民币壹拾贰万元整")],
        {"scenario": "qualitative"}),
    Doc("hl04_drugs.txt", "drugs",
        "销售经检验认定的假药，刑法第141条行为犯，无金额门槛（法释〔2022〕1号）",
        [trigger("drug-141-counterfeit/1", "依法认定为假药"), fined_only("处罚款人民币壹佰伍拾万元整")],
        {"scenario": "qualitative"}),
    Doc("hl05_fishery.txt", "fishery",
        "在禁渔期使用电鱼方法捕捞，法释〔2022〕12号第三条：禁渔期使用电鱼等禁用方法，无数量要求",
        [trigger("fishery-340-inland/5", "使用背负式电瓶、升压器及电捕鱼竿等电鱼工具进行捕捞"),
         fined_only("罚款人民币叁仟元整")],
        {"scenario": "qualitative"}),
    Doc("hl06_forestry.txt", "forestry",
        "无采伐许可证采伐本人承包林木（滥伐），立木蓄积26.4立方米≥20立方米（法释〔2023〕8号第六条）",
        [threshold("forest-345-2-overcutting/1", "林木蓄积26.4立方米", 26.4),
         fined_only("计人民币玖万伍仟零肆拾元整")],
        {"scenario": "over"}),
    Doc("hl07_tax.txt", "tax",
        "虚假申报少缴税款69.2万元≥10万元且占应纳税额31.6%≥10%，经《税务处理决定书》追缴后仍未补缴，"
        "刑法第201条第四款的免责不适用（立案追诉标准（二）第五十二条）",
        [threshold("tax-201-evasion/1", "合计少缴税款692,488.00元", 692488.0),
         fined_only("计人民币415,492.80元")],
        {"scenario": "over"}),
    Doc("hl08_tobacco.txt", "tobacco",
        "无烟草专卖零售许可证经营卷烟，非法经营数额21.6万元≥5万元、卷烟22.4万支≥20万支（法释〔2010〕7号第一条、第三条）",
        [threshold("tobacco-225-illegal-business/1", "涉案卷烟经营总额为人民币216,480元", 216480.0),
         fined_only("计人民币陆万肆仟玖佰肆拾肆元整")],
        {"scenario": "over"}),
    Doc("hl09_mining.txt", "mining",
        "无采矿许可证采砂，矿产品价值36.84万元，超过法释〔2016〕25号第三条“十万元至三十万元以上”的上限，任何省份标准均达到",
        [threshold("mining-343-1-illegal/1", "开采的矿产品价值人民币368,400元", 368400.0),
         fined_only("计人民币壹拾肆万柒仟叁佰陆拾元")],
        {"scenario": "over"}),
    Doc("hl10_wildlife.txt", "wildlife",
        "在禁猎期使用猎套、电子诱捕装置等禁用工具猎捕“三有”动物，法释〔2022〕12号第七条：属非法狩猎“情节严重”，无价值要求",
        [trigger("wildlife-341-2-illegal-hunting/2", "在禁猎期内使用猎套、电子诱捕装置等禁用工具猎捕野生动物"),
         fined_only("处罚款人民币叁仟元整")],
        {"scenario": "qualitative"}),
    Doc("hl11_work_safety.txt", "work_safety",
        "关闭有毒气体检测报警系统并继续生产，具有发生重大伤亡事故的现实危险（刑法第134条之一第（一）项危险作业罪）",
        [trigger("safety-134-1a-dangerous-operation/1", "可燃及有毒气体检测报警系统被人为关闭电源"),
         fined_only("罚款人民币肆万伍仟元整")],
        {"scenario": "qualitative"}),
    Doc("hl12_intellectual_property.txt", "intellectual_property",
        "明知是假冒注册商标的商品而销售，销售金额8.62万元≥5万元（刑法第214条，2025年知识产权刑事解释）",
        [threshold("ip-214-sell-counterfeit/2", "销售金额人民币86,230元", 86230.0),
         fined_only("计人民币贰拾万元整")],
        {"scenario": "over"}),
    Doc("hl13_health.txt", "health",
        "无医师资格者（法释〔2008〕5号第一条第（一）项）非法行医被卫生行政部门行政处罚两次以后再次非法行医"
        "（同解释2016年修正后第二条第（四）项）",
        [trigger("health-336-illegal-medical-practice/1",
                 "两次因未取得《医疗机构执业许可证》擅自执业被我局给予行政处罚"),
         fined_only("罚款人民币捌万元整")],
        {"scenario": "qualitative"}),
    Doc("hl51_customs.txt", "customs",
        "单位低报价格走私普通货物，偷逃应缴税款28.64万元≥单位二十万元（法释〔2014〕10号第二十四条），"
        "补缴税款不免除走私罪责；只罚款未移送",
        [threshold("customs-153-ordinary-goods/2", "偷逃应缴税款人民币286,415.32元", 286415.32),
         fined_only("科处罚款人民币肆拾叁万元整")],
        {"scenario": "over"}),
    Doc("hl53_agriculture.txt", "agriculture",
        "明知是假农药而销售，使梨园生产遭受损失4.3万元≥2万元（刑法第147条，立案追诉标准（一）第二十三条）",
        [threshold("product-147-agri-inputs/1", "直接经济损失人民币43,000元", 43000.0),
         fined_only("罚款人民币贰万元整")],
        {"scenario": "over"}),
    # ── public-interest leads: statutory field + continuing harm, no criminal level ──
    Doc("hl14_land.txt", "land",
        "非法占用耕地6.2亩（非永久基本农田，未达刑法第342条十亩），生态环境和资源保护领域，经责令仍未停止、耕地未恢复",
        [pil("ecology_resources", "至本决定作出时耕地仍未恢复，种植条件持续遭受破坏")],
        {"scenario": "pil", "continuing_harm": True}),
    Doc("hl15_land.txt", "land",
        "国有土地使用权出让领域：出让价款7,300万元逾期未缴、经催缴仍不缴且已占地建设（土地出让金流失风险）",
        [pil("state_land_transfer", "尚欠土地出让价款人民币7,300万元未缴纳")],
        {"scenario": "pil", "continuing_harm": True}),
    Doc("hl16_food_safety.txt", "food_safety",
        "超过保质期食品已售给不特定消费者且未召回、去向不明（食品药品安全领域）；罚款5万元在124条5万-10万幅度内",
        [pil("food_drug_safety", "已售食品去向不明，至今未追回")],
        {"scenario": "pil", "continuing_harm": True}),
    Doc("hl17_culture_tourism.txt", "culture_tourism",
        "网吧接纳未成年人，复查仍未整改、违法状态持续（未成年人保护领域，未成年人保护法第106条）；"
        "罚款2万元在123条第一档5万元以下内",
        [pil("minors", "未成年人仍可随意进入该场所，违法状态持续存在")],
        {"scenario": "pil", "continuing_harm": True}),
    Doc("hl18_culture_tourism.txt", "culture_tourism",
        "省保单位保护范围内违法建设，责令后仍未拆除、文物本体持续受损（文物保护领域）；损坏系施工所致、"
        "未达本体严重损毁，不构成刑法第324条",
        [pil("cultural_relics", "文物本体持续受到损害")],
        {"scenario": "pil", "continuing_harm": True}),
    Doc("hl19_forestry.txt", "forestry",
        "毁林开垦商品林地3.1亩（未达刑法第342条商品林地十亩），经责令仍未恢复植被（生态环境和资源保护领域）",
        [pil("ecology_resources", "被毁坏林地至今未恢复植被和林业生产条件")],
        {"scenario": "pil", "continuing_harm": True}),
    Doc("hl20_personal_information.txt", "public_security",
        "公开326名业主身份证号等个人信息（侵害众多个人权益，个人信息保护法第七十条），责令后仍未删除；"
        "条数未达刑法第253条之一五千条",
        [pil("personal_information", "涉及业主的个人信息权益持续受到侵害")],
        {"scenario": "pil", "continuing_harm": True}),
    # ── enforcement irregularities ──
    Doc("hl21_food_safety.txt", "food_safety",
        "货值2,310元不足一万元，食品安全法第124条第一款法定罚款5万-10万元；“从轻”不得低于下限，罚2万元低于法定幅度",
        [irregular("fine_out_of_range", "罚款人民币贰万元整")],
        {"scenario": "irregularity", "irregularities": ["fine_out_of_range"]}),
    Doc("hl22_market.txt", "market",
        "广告费用1.5万元，广告法第55条第一款为3-5倍即4.5万-7.5万元，未认定费用明显偏低或严重情节，罚12万元超出幅度",
        [irregular("fine_out_of_range", "处以罚款人民币壹拾贰万元整")],
        {"scenario": "irregularity", "irregularities": ["fine_out_of_range"]}),
    Doc("hl23_tobacco.txt", "tobacco",
        "烟草专卖法实施条例第57条为违法经营总额20%-50%，处60%超出幅度；经营额1.86万元未达5万元",
        [irregular("fine_out_of_range", "计人民币壹万壹仟壹佰柒拾贰元整")],
        {"scenario": "irregularity", "irregularities": ["fine_out_of_range"]}),
    Doc("hl24_environment.txt", "environment",
        "对法人罚款25万元属较大数额罚款，应告知听证权利（行政处罚法第六十三条），文书只告知陈述、申辩",
        [irregular("no_hearing_notice", "并处罚款人民币贰拾伍万元整")],
        {"scenario": "irregularity", "irregularities": ["no_hearing_notice"]}),
    Doc("hl25_product_quality.txt", "product_quality",
        "市场监管对法人罚款十万元以上属较大数额（《市场监督管理行政处罚听证办法》第五条），罚12.4万元未告知听证；"
        "产品均未销售、货值6.2万元未达刑法第140条未遂15万元",
        [irregular("no_hearing_notice", "计人民币壹拾贰万肆仟元整")],
        {"scenario": "irregularity", "irregularities": ["no_hearing_notice"]}),
    Doc("hl26_work_safety.txt", "work_safety",
        "2021年修正的安全生产法共119条，引用的第一百二十一条不存在（应为第九十九条第（一）项）",
        [irregular("nonexistent_article", "第一百二十一条第（一）项")],
        {"scenario": "irregularity", "irregularities": ["nonexistent_article"]}),
    Doc("hl27_mining.txt", "mining",
        "2024年11月22日施行的矿产资源法为2009年修正本（共53条），第六十一条只见于2025年7月1日施行的修订本",
        [irregular("nonexistent_article", "《中华人民共和国矿产资源法》第六十一条")],
        {"scenario": "irregularity", "irregularities": ["nonexistent_article"]}),
    Doc("hl28_health.txt", "health",
        "基本医疗卫生与健康促进法第99条第一款：违法所得不足一万元按一万元计算，罚款5万-20万元；按实际违法所得五倍罚1.5万元低于幅度",
        [irregular("fine_out_of_range", "计人民币壹万伍仟元整")],
        {"scenario": "irregularity", "irregularities": ["fine_out_of_range"]}),
    Doc("hl29_forestry.txt", "forestry",
        "森林法第76条第一款盗伐处林木价值5-10倍（2.1万-4.2万元），罚2倍8,400元低于幅度；2.1立方米、4,200元未达盗伐罪标准",
        [irregular("fine_out_of_range", "计人民币8,400元")],
        {"scenario": "irregularity", "irregularities": ["fine_out_of_range"]}),
    # ── negatives (near misses marked) ──
    Doc("hl30_fishery.txt", "fishery",
        "禁渔期非禁用网具捕捞468千克、价值9,360元，均低于法释〔2022〕12号第三条五百公斤/一万元；罚款在渔业法第38条五万元以下",
        flags={"scenario": "under", "near_miss": True}),
    Doc("hl31_environment.txt", "environment",
        "堆放危险废物2.8吨，低于三吨；非保护区、已清运且土壤未污染；罚款按20万元计3倍合法",
        flags={"scenario": "under", "near_miss": True, "continuing_harm": False}),
    Doc("hl32_tobacco.txt", "tobacco",
        "经营额39.86万元已达标准，但已移送公安机关且已立案侦查，不是隐匿的移送线索",
        flags={"scenario": "transferred", "near_miss": True, "transferred": True}),
    Doc("hl33_fishery.txt", "fishery",
        "禁渔期电鱼，但公安机关已作出不予立案通知（情节显著轻微），行政机关依法处罚",
        flags={"scenario": "police_declined", "near_miss": True, "police_declined": True}),
    Doc("hl34_market.txt", "market",
        "文书认定“其他严重情节”并适用广告法第55条第一款5-10倍档，罚8倍合法；无二年内两次处罚，不达虚假广告罪标准",
        flags={"scenario": "aggravated_band", "near_miss": True}),
    Doc("hl35_construction.txt", "construction",
        "城乡规划法第64条尚可改正的处工程造价5%-10%，罚8%（6.912万元）合法，已告知听证",
        flags={"scenario": "percentage_fine", "near_miss": True}),
    Doc("hl36_land.txt", "land",
        "非法占地4.8亩（其中耕地3.9亩）未达刑事标准，已拆除复垦、恢复原状，无持续损害，不是公益诉讼线索",
        flags={"scenario": "pil_remedied", "near_miss": True, "continuing_harm": False}),
    Doc("hl37_environment.txt", "environment",
        "暗管排放养殖废水，但只有化学需氧量、氨氮、总磷，未检出重金属等有毒物质，不符合法释〔2023〕7号第一条第（五）项"
        "“通过暗管排放有毒物质”；已拆除并恢复；罚款10万元合法",
        flags={"scenario": "trigger_without_element", "near_miss": True, "continuing_harm": False}),
    Doc("hl38_tax.txt", "tax",
        "少缴税款42.3万元、占18.4%，但经追缴通知后已全额补缴税款、滞纳金并接受处罚，五年内无逃税处罚，"
        "依刑法第201条第四款不予追究刑事责任",
        flags={"scenario": "paid_after_notice", "near_miss": True}),
    Doc("hl39_forestry.txt", "forestry",
        "滥伐17.8立方米、268株、价值2.136万元，均低于20立方米/一千株/五万元；罚款3倍合法",
        flags={"scenario": "under", "near_miss": True}),
    Doc("hl40_intellectual_property.txt", "intellectual_property",
        "销售假冒商标商品金额4.2万元低于5万元，已售与未售合计6.3万元低于15万元；罚款为违法经营额2倍，合法",
        flags={"scenario": "under", "near_miss": True}),
    Doc("hl41_work_safety.txt", "work_safety",
        "安全设备未维护保养（第99条第（三）项），未关闭、破坏设备或篡改数据，不属危险作业罪；罚款1.2万元合法",
        flags={"scenario": "plain", "near_miss": True}),
    Doc("hl42_market.txt", "market",
        "未明码标价，价格法第42条五千元以下罚500元，合法，无线索",
        flags={"scenario": "plain"}),
    Doc("hl43_health.txt", "health",
        "初次非法行医，违法所得不足一万元按一万元计，罚5万元合法，已听证；无两次前科、无损害",
        flags={"scenario": "plain", "near_miss": True}),
    Doc("hl44_drugs.txt", "drugs",
        "劣药零售货值3,200元按一万元计10-20倍，罚12万元合法；未造成健康危害、销售额远低于5万元，不构成第142条或第149条",
        flags={"scenario": "under", "near_miss": True}),
    Doc("hl45_product_quality.txt", "product_quality",
        "以不合格化肥冒充合格：销售金额3.09万元<5万元，已售×3+未售=12.18万元<15万元，无生产损失，"
        "不达刑法第140条、第147条；罚货值1.5倍合法",
        flags={"scenario": "under", "near_miss": True}),
    Doc("hl52_customs.txt", "customs",
        "个人走私普通物品偷逃税款8.63万元，低于个人十万元（法释〔2014〕10号第十六条），无一年内两次走私处罚；"
        "罚款在海关行政处罚实施条例第九条三倍以下",
        flags={"scenario": "under", "near_miss": True}),
    # ── 化整为零: one person, three catches in one closed season, three decisions on one day ──
    *[Doc(name, "fishery",
          "同一当事人同一禁渔期内三次捕捞（182+176+168=526千克，价值10,520元），行为均在任一决定作出前实施、"
          "未经处理，依法释〔2022〕12号应累计计算，达五百公斤/一万元；机关拆成三案同日处罚",
          [split("fishery-340-inland/1", quote, 526.0, SPLIT)],
          {"scenario": "split", "split_group": SPLIT})
      for name, quote in (("hl46_fishery.txt", "共计182千克"), ("hl47_fishery.txt", "共计176千克"),
                          ("hl48_fishery.txt", "共计168千克"))],
    # ── repeat offender: the same company (credit code) punished again within two years ──
    Doc("hl49_environment.txt", "environment",
        "超标排放颗粒物，首次处罚，罚款12万元在大气法第99条10万-100万幅度内",
        flags={"scenario": "repeat_first", "repeat_group": REPEAT}),
    Doc("hl50_environment.txt", "environment",
        "同一统一社会信用代码的单位在2024年2月20日处罚后16个月内再次超标排放，二年内再犯；罚款合法",
        [repeat("唐山市丰润区宏发铸造有限公司", REPEAT)],
        {"scenario": "repeat", "repeat_group": REPEAT}),
]


labeled = lead_gold.labeler(HERE, CREATED, VERSION)

if __name__ == "__main__":
    lead_gold.main(HERE, DOCS, CREATED, VERSION)
