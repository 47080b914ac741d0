"""Lead labels for the sixteenth hand-written set in this folder (run to rewrite ``gold.jsonl``).

A new UNSEEN held-out test of the lead screening, written on 2026-11-22 without reading any decision
of the earlier hand-written sets nor the screening code. Every decision ``hbNN_<domain>.txt`` was
written by hand in the manner of published 行政处罚决定书 of city and county agencies in 广东, 福建,
湖南, 云南, 宁夏, 吉林 and 天津 (all names, numbers, codes and addresses invented; credit codes carry
valid GB 32100-2015 check digits, identity numbers valid GB 11643 check digits). Labels come from the
law only: criminal thresholds from corpora/knowledge/thresholds.yaml (the version in force on the
facts' date), hearing figures from corpora/knowledge/hearing.yaml, fine ranges and article existence
from the statute text in force on the decision date. Each row's ``meta.reason`` gives the one-line
legal reason. Conventions are those of ``handwritten_fifth/make_gold.py``.

Run from the repository root: ``.venv/bin/python corpora/labeled/handwritten_sixteenth/make_gold.py``.
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
CREATED = "2026-11-22T14:50:00+00:00"
VERSION = "handwritten-sixteenth/1"

SPLIT, REPEAT = "split-hb-changchun-tobacco", "repeat-hb-changle-dyeing"
REPEAT_SPLIT = "repeat-hb-changchun-tobacco"
OVER = {"scenario": "over"}
QUAL = {"scenario": "qualitative"}

CRIMINAL = [
    # ── criminal-transfer leads (each also 以罚代刑: only fined, no transfer recorded) ──
    Doc("hb01_food_safety.txt", "food_safety",
        "卤水加罂粟壳检出吗啡、可待因（非食用物质），刑法第144条行为犯无金额门槛；罚10万在食品安全法第123条内；未移送",
        [trigger("food-144-toxic/1", "卤水及卤猪耳中均检出吗啡、可待因成分"), fined_only("二、罚款人民币壹拾万元整")],
        QUAL),
    Doc("hb02_drugs.txt", "drugs",
        "成分与标准不符，药品管理法第98条第二款第（一）项为假药，销售假药为刑法第141条行为犯；罚150万为第116条按10万计15倍；未移送",
        [trigger("drug-141-counterfeit/1", "药品所含成份与国家药品标准规定的成份不符的，为假药"),
         fined_only("3.并处罚款人民币壹佰伍拾万元")], QUAL),
    Doc("hb03_environment.txt", "environment",
        "暗管绕过治理设施排放含六价铬（有毒物质）废水，法释〔2023〕7号第一条第（四）项，刑法第338条；罚45万在水污染防治法第83条内；未移送",
        [trigger("env-338-pollution/9", "地沟内埋设一根直径约50毫米的PVC管道"),
         fined_only("处罚款人民币肆拾伍万元整")], QUAL),
    Doc("hb04_fishery.txt", "fishery",
        "禁渔期使用电鱼工具捕捞，法释〔2022〕12号第三条第二款第（二）项无数量要求（刑法第340条）；仅简易程序罚200元",
        [trigger("fishery-340-inland/5", "使用自制电瓶升压器具"), fined_only("罚款人民币贰佰元")], QUAL),
    Doc("hb05_environment.txt", "environment",
        "重点排污单位干扰自动监测设施排放氮氧化物，法释〔2023〕7号第一条第（七）项，刑法第338条；罚80万在大气法第99条内；未移送",
        [trigger("env-338-pollution/10", "将氮氧化物分析仪的采样探头拔出烟道"), fined_only("罚款人民币捌拾万元")], QUAL),
    Doc("hb06_tobacco.txt", "tobacco",
        "无批发许可证批发卷烟，违法经营额6.72万元（大写）≥5万元（法释〔2010〕7号第三条，刑法第225条）；罚60%在实施条例第54条内",
        [threshold("tobacco-225-illegal-business/1", "违法经营额为陆万柒仟贰佰元", 67200.0),
         fined_only("计人民币肆万零叁佰贰拾元")], OVER),
    Doc("hb07_intellectual_property.txt", "intellectual_property",
        "售出420台×150元=销售金额63,000元≥5万元（法释〔2004〕19号第二条，事实在2025年解释前；刑法第214条）；进价是错口径",
        [threshold("ip-214-sell-counterfeit@2004/1", "共售出同款“JBL”蓝牙音箱420台，平均每台售价150元", 63000.0),
         fined_only("三、罚款人民币玖万元")], OVER),
    Doc("hb08_forestry.txt", "forestry",
        "无证采伐村集体林木，立木蓄积6.3立方米≥5立方米（盗伐，法释〔2023〕8号，刑法第345条第一款）；出材量3.9是错口径；罚5倍在森林法第76条内",
        [threshold("forest-345-1-theft/1", "被伐杉木立木蓄积6.3立方米", 6.3), fined_only("计人民币叁万柒仟捌佰元整")], OVER),
    Doc("hb09_land.txt", "land",
        "占用永久基本农田4,200平方米=6.3亩≥5亩并种植条件严重毁坏（法释〔2000〕14号，刑法第342条）；地类在另一句；罚150元/㎡在实施条例第58条内",
        [threshold("land-342-cultivated/1", "占地面积共计4,200平方米", 6.3), fined_only("计人民币陆拾叁万元")], OVER),
    Doc("hb10_mining.txt", "mining",
        "无证采河砂，矿产品价值38.4万元高于10-30万元幅度上限（法释〔2016〕25号第三条，刑法第343条）；罚款在违法所得50%以下",
        [threshold("mining-343-1-illegal/1", "矿产品价值为38.4万元", 384000.0), fined_only("三、罚款人民币拾万元")], OVER),
    Doc("hb11_wildlife.txt", "wildlife",
        "出售国家一级保护穿山甲鳞片及制品，价值46,240元≥2万元（法释〔2022〕12号第六条，刑法第341条）；保护级别在另一句；违法所得2,860是错口径",
        [threshold("wildlife-341-1-endangered/1", "涉案鳞片及制品价值合计人民币46,240元", 46240.0),
         fined_only("计人民币玖万贰仟肆佰捌拾元")], OVER),
    Doc("hb12_tax.txt", "tax",
        "隐匿收入少缴税款23.5万元≥10万元且占应纳税额14.7%≥10%（2021-2022年事实，立案追诉标准（二）2022年版第五十二条，刑法第201条）；"
        "五年内曾受偷税行政处罚，第四款不予追究不适用；罚50%在征管法第63条内",
        [threshold("tax-201-evasion@2022/1", "上述两项合计少缴税款235,000.00元", 235000.0),
         fined_only("计117,500.00元")], OVER),
    Doc("hb13_customs.txt", "customs",
        "夹藏走私普通货物，偷逃税款135,002元（大写，须由关税与增值税相加）≥10万元（法释〔2014〕10号第十六条，刑法第153条）；完税价格是错口径",
        [threshold("customs-153-ordinary-goods/1", "合计人民币壹拾叁万伍仟零贰元", 135002.0), fined_only("2.处罚款人民币陆万元")],
        OVER),
    Doc("hb14_environment.txt", "environment",
        "危险废物（名录在另一句）3,600千克=3.6吨交无证个人≥3吨（法释〔2023〕7号第一条第（二）项，刑法第338条）；罚60万为固废法第112条按20万计3倍",
        [threshold("env-338-pollution/1", "总重量约3,600千克", 3.6), fined_only("罚款人民币陆拾万元")], OVER),
    Doc("hb15_product_quality.txt", "product_quality",
        "以不合格电线冒充合格销售，销售金额73,500元（大写）≥5万元（立案追诉标准（一）第十六条，刑法第140条）；违法所得8,960是错口径",
        [threshold("product-140-fake-inferior/1", "销售金额为柒万叁仟伍佰元", 73500.0),
         fined_only("（二）处违法销售产品货值金额百分之五十的罚款36,750元")], OVER),
    Doc("hb16_health.txt", "health",
        "非法行医被卫生行政部门处罚两次后再次非法行医（法释〔2016〕27号第二条第（五）项，刑法第336条）；罚5万在基本医疗卫生法第99条内",
        [threshold("health-336-illegal-medical-practice/1", "分别于2021年5月10日、2022年11月3日被我局给予行政处罚", 2.0),
         fined_only("计人民币伍万元")], OVER),
    Doc("hb17_public_security.txt", "public_security",
        "出售住宿信息1,260条≥500条（法释〔2017〕10号第五条第一款第（四）项，刑法第253条之一）；公安仅依个人信息保护法罚款",
        [threshold("pi-253-1-personal-information/2", "共计出售住宿信息1,260条", 1260.0), fined_only("并处罚款人民币伍万元")],
        OVER),
    Doc("hb18_forestry.txt", "forestry",
        "采伐国家一级保护植物红豆杉2株≥1株（法释〔2023〕8号第二条，刑法第344条）；保护级别在另一句；立木蓄积0.92是错口径",
        [threshold("forest-344-protected-plants/1", "用油锯采伐树木两株", 2.0), fined_only("计人民币捌仟元")], OVER),
    Doc("hb19_agriculture.txt", "agriculture",
        "销售假种子使生产遭受损失8.4万元≥2万元（立案追诉标准（一）第二十三条，刑法第147条）；货值57,600是另一口径；罚10倍在种子法第74条内",
        [threshold("product-147-agri-inputs/1", "减产造成的直接经济损失为人民币8.4万元", 84000.0),
         fined_only("计人民币伍拾柒万陆仟元")], OVER),
    Doc("hb20_food_safety.txt", "food_safety",
        "超限量使用亚硝酸钠的不符合安全标准食品，销售金额58,400元（大写）≥5万元（法释〔2021〕24号第十三条第二款，刑法第140/149条）；罚12倍在第124条内",
        [threshold("food-143-substandard/6", "销售金额为伍万捌仟肆佰元", 58400.0),
         fined_only("计人民币柒拾壹万壹仟捌佰肆拾元")], OVER),
    Doc("hb21_work_safety.txt", "work_safety",
        "关闭甲类仓库可燃气体报警系统且浓度达爆炸下限21%，具有现实危险（刑法第134条之一第（一）项）；罚4.5万在安全生产法第99条内；未移送",
        [trigger("safety-134-1a-dangerous-operation/1", "6个可燃气体检测报警探头全部被断开电源"),
         fined_only("罚款人民币肆万伍仟元")], QUAL),
    Doc("hb22_environment.txt", "environment",
        "外排总镉0.52毫克/升为限值0.05的10.4倍（“超标9.4倍”两种读法均≥3倍，法释〔2023〕7号第一条第（三）项，刑法第338条）；COD未超标",
        [threshold("env-338-pollution/2", "总镉浓度为0.52毫克/升", 10.4), fined_only("处罚款人民币伍拾伍万元")], OVER),
    Doc("hb23_fishery.txt", "fishery",
        "长江重点水域禁捕区捕捞0.62吨=620千克≥500千克（法释〔2022〕12号第三条，刑法第340条）；价值9,300元<1万是另一口径；罚1万在长江保护法第86条内",
        [threshold("fishery-340-inland/1", "经过磅共计0.62吨", 620.0), fined_only("各处罚款人民币壹万元")], OVER),
]

PUBLIC_INTEREST = [
    Doc("hb24_environment.txt", "environment",
        "固体废物堆填未防渗，逾期未清理，渗滤液持续污染溪流（生态环境保护领域，持续损害）",
        [pil("ecology_resources", "渗滤液持续流入凤鸣溪支流")], PIL),
    Doc("hb25_land.txt", "land",
        "国有建设用地出让价款4,320万元经催缴仍未缴纳（国有土地使用权出让领域，国有财产流失持续）",
        [pil("state_land_transfer", "剩余4,320万元经我局两次书面催缴仍未缴纳")], PIL),
    Doc("hb26_forestry.txt", "forestry",
        "毁林开垦1.6亩（一般林地，低于刑事标准），逾期未恢复植被、继续种植（生态资源领域，持续损害）",
        [pil("ecology_resources", "当事人逾期未恢复植被")], PIL),
    Doc("hb27_food_safety.txt", "food_safety",
        "无中文标签婴幼儿米粉售予不特定消费者1,860罐，未召回，仍在食用（食品安全领域，不特定多数人）；罚5倍在第125条内",
        [pil("food_drug_safety", "当事人未对已售产品发布召回公告")], PIL),
    Doc("hb28_work_safety.txt", "work_safety",
        "员工宿舍与危险物品车间同楼（重大事故隐患），逾期未改正仍住21人（安全生产领域，持续危险）；罚款在安全生产法第105条内",
        [pil("work_safety", "你单位逾期未改正")], PIL),
    Doc("hb29_culture.txt", "culture_tourism",
        "区级文物保护单位内及建设控制地带违法建设，责令拆除后仍未拆除（文物保护领域，持续损害）；罚15万在文物保护法第66条内",
        [pil("cultural_relics", "玻璃顶棚及新建厨房均未拆除")], PIL),
    Doc("hb30_water.txt", "water",
        "河道管理范围内违法建设阻碍行洪，逾期至今未拆除并致汛期壅水（生态资源/河湖保护领域，持续危险）；罚5万在防洪法第56条内",
        [pil("ecology_resources", "当事人至今未拆除")], PIL),
]

IRREGULAR = [
    out_of_range("hb31_food_safety.txt", "food_safety",
                 "食品安全法第126条第一款第（六）项为警告，拒不改正才处5千-5万元，且已改正；罚8万超出上限",
                 "二、罚款人民币捌万元"),
    Doc("hb32_tax.txt", "tax",
        "征管法第60条第一款未按期办理税务登记：2千元以下、情节严重2千-1万元，罚1.5万超出上限；且税务对个体罚款≥2千元应告知听证而简易程序未告知",
        [irregular("fine_out_of_range", "处罚决定：罚款壹万伍仟元整"),
         irregular("no_hearing_notice", "税务行政处罚决定书（简易）")],
        {"scenario": "irregularity", "irregularities": ["fine_out_of_range", "no_hearing_notice"]}),
    no_hearing("hb33_market.txt", "market",
               "对法人罚20万元（反不正当竞争法第20条20万-100万内）≥10万元，市场监管听证办法第五条应告知听证，文书无告知",
               "二、罚款人民币贰拾万元"),
    no_hearing("hb34_food_safety.txt", "food_safety",
               "对自然人罚5万元≥1万元（市场监管听证办法第五条），只告知陈述申辩未告知听证；罚款本身在第122条5万-10万内",
               "（二）罚款人民币伍万元"),
    Doc("hb35_environment.txt", "environment",
        "大气污染防治法（2018年修正）共129条，第一百三十二条不存在",
        [irregular("nonexistent_article", "第一百三十二条第（二）项")],
        {"scenario": "irregularity", "irregularities": ["nonexistent_article"]}),
    Doc("hb36_environment.txt", "environment",
        "违法行为2021年6月终了，2023年11月20日才立案，超过行政处罚法第36条二年追责时效，不得再处罚",
        [irregular("time_limit", "我局于2023年11月20日根据群众来信反映的情况立案调查")],
        {"scenario": "irregularity", "irregularities": ["time_limit"]}),
]

NEAR = {"near_miss": True}
NEGATIVE = [
    Doc("hb37_tax.txt", "tax",
        "逃税18.26万元占12.5%过线，但首次、已补缴税款滞纳金并缴清罚款，刑法第201条第四款不予追究",
        flags={"scenario": "tax_paid", **NEAR}),
    Doc("hb38_product_quality.txt", "product_quality",
        "销售伪劣产品8.64万元过5万元，但已移送公安并立案，无隐案",
        flags={"scenario": "transferred", "transferred": True, **NEAR}),
    Doc("hb39_forestry.txt", "forestry",
        "超证滥伐24.6立方米过20立方米，已移送，公安不予立案后退回处罚",
        flags={"scenario": "police_declined", "police_declined": True, **NEAR}),
    Doc("hb40_tobacco.txt", "tobacco",
        "持零售证外地进货，案值48,600元低于5万元（即便适用非法经营罪标准也未达）；罚10%在实施条例第56条5%-10%内",
        flags={"scenario": "under", **NEAR}),
    Doc("hb41_environment.txt", "environment",
        "废机油三次合计2.70吨低于3吨，且转卖有资质企业利用未倾倒；罚60万合规且已听证",
        flags={"scenario": "under", **NEAR}),
    Doc("hb42_food_safety.txt", "food_safety",
        "汤料辣椒油罂粟类成分均未检出，仅贮存标识问题，给予警告（第132条）",
        flags={"scenario": "not_detected", **NEAR}),
    Doc("hb43_intellectual_property.txt", "intellectual_property",
        "违法经营额12.55万元过5万元但为错口径：销售金额31,680元<5万元，与未销售货值93,840元合计125,520元<15万元；罚1倍在商标法第60条内",
        flags={"scenario": "wrong_measure", **NEAR}),
    Doc("hb44_environment.txt", "environment",
        "COD超标0.56倍（非重金属、未达刑事标准），已整改达标并清淤，水质恢复，无持续损害；罚10万已告知听证",
        flags={"scenario": "remedied", **NEAR}),
    Doc("hb45_land.txt", "land",
        "占用永久基本农田3,100平方米=4.65亩<5亩，且已自行复垦；罚100元/㎡在实施条例第58条内并已听证",
        flags={"scenario": "under", **NEAR}),
    Doc("hb46_fishery.txt", "fishery",
        "海洋伏季休渔期合法刺网捕捞1,380千克<1万千克、价值约3.8万元<10万元；罚3万在渔业法第38条内",
        flags={"scenario": "under", **NEAR}),
    Doc("hb47_forestry.txt", "forestry",
        "滥伐18.6立方米<20立方米、368株<1000株、价值1.49万<5万元；罚5倍在森林法第76条第二款内",
        flags={"scenario": "under", **NEAR}),
    Doc("hb48_labor.txt", "other",
        "拒不报送劳动保障书面材料，罚8千元在劳动保障监察条例第30条2千-2万内；无刑事、公益情节",
        flags={"scenario": "plain"}),
    Doc("hb49_transport.txt", "transport",
        "超限不足1,000千克，依超限运输车辆行驶公路管理规定第43条第（二）项予以警告，简易程序合法",
        flags={"scenario": "plain"}),
    Doc("hb50_drugs.txt", "drugs",
        "未凭处方销售合格处方药，药品管理法第126条给予警告并责令限期改正，无刑事情节",
        flags={"scenario": "plain"}),
]

GROUPS = [
    # ── 化整为零: the same person's unlicensed wholesale in two districts, 2.8万 + 2.6万 = 5.4万 ──
    *[Doc(name, "tobacco",
          "同一身份证号当事人2024年两次无证批发卷烟，各低于5万元，合计54,000元≥5万元（法释〔2010〕7号第三条，刑法第225条）；每案罚款在实施条例第54条内；同一身份证号五个月内再被处罚，hb52也是二年内再犯",
          [split("tobacco-225-illegal-business/1", quote, 54000.0, SPLIT),
           *([repeat("高立新，男，身份证号220112198406271512", REPEAT_SPLIT)] if second else [])],
          {"scenario": "split", "split_group": SPLIT, "repeat_group": REPEAT_SPLIT})
      for name, quote, second in (("hb51_tobacco.txt", "违法批发的烟草制品价值为人民币贰万捌仟元", False),
                                  ("hb52_tobacco.txt", "违法批发的烟草制品价值为人民币二万六千元", True))],
    # ── repeat offender: the same credit code punished again fifteen months later ──
    Doc("hb53_environment.txt", "environment",
        "不正常运行废气治理设施，首次处罚，罚15万在大气污染防治法第99条10万-100万内",
        flags={"scenario": "repeat_first", "repeat_group": REPEAT}),
    Doc("hb54_environment.txt", "environment",
        "同一统一社会信用代码的单位在2023年7月24日处罚后约十五个月再犯同类违法，二年内再犯；罚25万在第99条内",
        [repeat("福州长乐荣昌纺织印染有限公司", REPEAT)],
        {"scenario": "repeat", "repeat_group": REPEAT}),
]

DOCS = sorted(CRIMINAL + PUBLIC_INTEREST + IRREGULAR + NEGATIVE + GROUPS, key=lambda doc: doc.file)


labeled = lead_gold.labeler(HERE, CREATED, VERSION)

if __name__ == "__main__":
    lead_gold.main(HERE, DOCS, CREATED, VERSION)
