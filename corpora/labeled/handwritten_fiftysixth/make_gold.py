"""Lead labels for the fifty-sixth hand-written set in this folder (run to rewrite ``gold.jsonl``).

A new UNSEEN held-out test of the lead screening, written on 2026-11-22 without reading any decision
of the earlier hand-written sets nor the screening code. Every decision ``kiNN_<domain>.txt`` was
written by hand in the manner of published 行政处罚决定书 of city and county agencies in 河南, 湖北,
湖南, 江西 and 安徽 (all names, numbers, codes and addresses invented; credit codes carry valid
GB 32100-2015 check digits, identity numbers valid GB 11643 check digits). The set puts weight on
长江/鄱阳湖/洞庭湖 禁捕 fishery, 河道采砂, 永久基本农田 and 林地, 危险废物 and 超标排放, food (地沟油,
非法添加), drugs (假药, 劣药), farm inputs (假种子 with 减产损失, 不合格化肥), trademarks (库存 × 标价),
tax (虚开, 逃税), wages (人社), personal information (公安) and 海关; figures the reader must add or
multiply, subjects stated apart from the figure, wrong-measure figures beside the right one.
Labels come from the law only: criminal thresholds from corpora/knowledge/thresholds.yaml, hearing
figures from corpora/knowledge/hearing.yaml, fine ranges and article existence from the statute
text in force on the decision date. Each row's ``meta.reason`` gives the one-line legal reason.

Run from the repository root: ``.venv/bin/python corpora/labeled/handwritten_fiftysixth/make_gold.py``.
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
CREATED = "2026-11-22T22:45:00+00:00"
VERSION = "handwritten-fiftysixth/1"

SPLIT, REPEAT = "split-ki-poyang-fishery", "repeat-ki-chuzhou-cod"
OVER = {"scenario": "over"}
QUAL = {"scenario": "qualitative"}

CRIMINAL = [
    # ── criminal-transfer leads (each also 以罚代刑: only fined, no transfer recorded) ──
    Doc("ki01_fishery.txt", "fishery",
        "长江干流常年禁捕（禁渔期）内使用电鱼方法捕捞，法释〔2022〕12号第三条第（四）项情节严重，刑法第340条，"
        "无数量要求；罚8千在渔业法第38条五万元以下内；只罚款未移送",
        [trigger("fishery-340-inland/5", "使用电鱼器具（逆变器一台、抄网两把）进行捕捞"),
         fined_only("罚款人民币捌仟元")], QUAL),
    Doc("ki02_fishery.txt", "fishery",
        "鄱阳湖全面禁捕水域用密眼地笼（禁用渔具）捕捞，渔获物238+146+87.5+61=532.5公斤≥500公斤（法释〔2022〕12号"
        "第三条第（一）项，刑法第340条）；估价5,200元<1万不是唯一口径；二人罚款在渔业法第38条内；只罚款未移送",
        [threshold("fishery-340-inland/1", "鲢鱼        238", 532.5),
         fined_only("对当事人一处罚款人民币壹万伍仟元")], OVER),
    Doc("ki03_mining.txt", "mining",
        "无河道采砂许可证在长江采砂7,600吨×22元/吨=167,200元≥10万元（法释〔2016〕25号第三条、第四条，刑法第343条）；"
        "销售款86,700元与获利3.1万元不是计量口径；罚2倍在长江河道采砂管理条例第18条2-20倍内；只罚款未移送",
        [threshold("mining-343-1-illegal/1", "共计采挖河砂7,600吨", 167200.0),
         fined_only("并处违法开采砂石货值金额2倍罚款计人民币334,400元")], OVER),
    Doc("ki04_land.txt", "land",
        "非法占用永久基本农田5,126平方米=7.69亩≥5亩（地类在另一段），耕作层被硬化、种植条件严重毁坏（法释〔2000〕14号"
        "第三条，刑法第342条）；每平方米200元在实施条例第57条100-1000元内，已告知听证；只罚款未移送",
        [threshold("land-342-cultivated/1", "占地面积5,126平方米", 7.689),
         fined_only("罚款人民币壹佰零贰万伍仟贰佰元")], OVER),
    Doc("ki05_forestry.txt", "forestry",
        "毁林开垦国家级公益林地0.21+0.17=0.38公顷=5.7亩≥5亩（森林类别在另一段；法释〔2023〕8号第一条，刑法第342条）；"
        "罚恢复费用2倍在森林法第74条三倍以下内；只罚款未移送",
        [threshold("land-342-forest/1", "大湾    27-4      0.21", 5.7),
         fined_only("计人民币柒万陆仟元")], OVER),
    Doc("ki06_environment.txt", "environment",
        "HW08废矿物油（类别在另一段）分三次1.26+1.08+0.94=3.28吨交无证个人≥3吨（法释〔2023〕7号第一条第（二）项，"
        "刑法第338条）；罚60万为固废法第112条第二款按20万计的3倍，在3-5倍内；只罚款未移送",
        [threshold("env-338-pollution/1", "第一次（2月26日）  1.26吨", 3.28), fined_only("即罚款陆拾万元")], OVER),
    Doc("ki07_environment.txt", "environment",
        "电镀废水总镉0.38mg/L，标准0.05mg/L，超标6.6倍≥3倍（表格，法释〔2023〕7号第一条，刑法第338条）；"
        "总铬、总镍达标；罚50万在水污染防治法第83条10万-100万内；只罚款未移送",
        [threshold("env-338-pollution/2", "| 总镉 | 0.38 | 0.05 |", 6.6), fined_only("处罚款人民币伍拾万元整")], OVER),
    Doc("ki08_food_safety.txt", "food_safety",
        "以餐厨废弃油脂（地沟油，非食品原料）生产食用油销售，刑法第144条行为犯无金额门槛（法释〔2021〕24号）；罚15万"
        "在食品安全法第123条货值不足1万10万-15万内；只罚款未移送",
        [trigger("food-144-toxic/1", "以收购的餐厨废弃油脂（俗称“地沟油”）为原料"), fined_only("三、并处罚款人民币壹拾伍万元")],
        QUAL),
    Doc("ki09_food_safety.txt", "food_safety",
        "固体饮料（食品）中检出西地那非（国家禁用于食品的药物，在另一段），刑法第144条行为犯（法释〔2021〕24号）；"
        "罚货值89,040元的15倍在食品安全法第123条15-30倍内，已听证；只罚款未移送",
        [trigger("food-144-toxic/3", "检出西地那非，含量为27.6毫克/粒"),
         fined_only("计人民币壹佰叁拾叁万伍仟陆佰元")], QUAL),
    Doc("ki10_drugs.txt", "drugs",
        "药品所含成分与国家药品标准不符，依药品管理法第98条第二款第（一）项为假药，销售假药为刑法第141条行为犯；"
        "罚150万为第116条货值不足10万按10万计15倍；只罚款吊证未移送",
        [trigger("drug-141-counterfeit/1", "上述药品依法认定为假药"), fined_only("计人民币壹佰伍拾万元")], QUAL),
    Doc("ki11_drugs.txt", "drugs",
        "批发劣药三批次1,200×18.5+960×22+800×19.8=59,160元≥5万元，未造成严重危害按刑法第149条、第140条"
        "（法释〔2022〕1号）；违法所得8,640元不是计量口径；罚100万为第117条批发不足10万按10万计10倍；只罚款未移送",
        [threshold("drug-142-substandard/2", "上述三批次药品已全部售出", 59160.0),
         fined_only("计人民币壹佰万元整")], OVER),
    Doc("ki12_agriculture.txt", "agriculture",
        "销售假玉米种子，187亩×每亩减产126公斤×2.4元=56,548.8元≥2万元（立案追诉标准（一）第二十三条，刑法第147条）；"
        "销售金额18,700元<5万不是唯一口径；罚5万在种子法第74条货值不足2万2万-20万内；只罚款未移送",
        [threshold("product-147-agri-inputs/1", "每亩平均减产126公斤", 56548.8),
         fined_only("并处罚款伍万元")], OVER),
    Doc("ki13_agriculture.txt", "agriculture",
        "以不合格复合肥冒充合格销售，42吨×2,350元+31吨×1,980元=160,080元≥5万元（立案追诉标准（一）第十六条，刑法第140条）；"
        "违法所得51,390元不是计量口径；罚60%在产品质量法第50条50%-3倍内；只罚款未移送",
        [threshold("product-140-fake-inferior/1", "15-15-15（45%）       42吨         2,350", 160080.0),
         fined_only("计人民币100,983元")], OVER),
    Doc("ki14_intellectual_property.txt", "intellectual_property",
        "库存假冒注册商标运动鞋412双×标价398元+运动服136件×标价268元=200,424元≥15万元，未销售按未遂"
        "（刑法第214条，立案追诉标准）；进货价22,892元是错误口径；罚30万在商标法第60条五倍以下内；只罚款未移送",
        [threshold("ip-214-sell-counterfeit/3", "运动鞋412双，店内标价每双398元", 200424.0),
         fined_only("罚款人民币叁拾万元整")], OVER),
    Doc("ki15_tax.txt", "tax",
        "无真实交易虚开增值税专用发票20份，税额49,469.03+37,849.56+23,008.85=110,327.44元≥10万元（法释〔2024〕4号"
        "第十一条，刑法第205条）；罚30万在发票管理办法第35条5万-50万内；只罚款未移送",
        [threshold("tax-205-vat-invoice/1", "176,991.15      23,008.85", 110327.44),
         fined_only("并处罚款人民币叁拾万元")], OVER),
    Doc("ki16_tax.txt", "tax",
        "隐匿收入虚假申报，少缴158,420+11,089.40+74,250.60=243,760元≥10万元且占应纳税额1,126,400元的21.6%≥10%"
        "（法释〔2024〕4号，刑法第201条）；经下达处理决定追缴后逾期未缴，不适用第201条第四款；罚1倍在征管法"
        "第63条内；只罚款未移送",
        [threshold("tax-201-evasion/1", "少缴企业所得税74,250.60元", 243760.0),
         fined_only("对你单位少缴的税款处以一倍罚款，计243,760.00元")], OVER),
    Doc("ki17_labor.txt", "other",
        "拖欠14名农民工工资71,400+63,200+24,700=159,300元≥3万元，经限期改正指令书责令支付逾期仍不支付且负责人失联"
        "（法释〔2013〕3号第三、四条，刑法第276条之一）；只加付赔偿金未移送",
        [threshold("labor-276-1-wage-refusal/2", "钢筋班     6      71,400", 159300.0),
         fined_only("计人民币柒万玖仟陆佰伍拾元")], OVER),
    Doc("ki18_public_security.txt", "public_security",
        "快递分拣员出售姓名、电话、住址2,860+1,950+1,420=6,230条≥5000条（法释〔2017〕10号第五条第一款第（五）项，"
        "履职中获得的减半亦达标；刑法第253条之一）；违法所得3,100元<5000不是唯一口径；罚10倍在网络安全法第64条第二款内；"
        "只罚款未移送",
        [threshold("pi-253-1-personal-information/3", "第一次2,860条，第二次1,950条，第三次1,420条", 6230.0),
         fined_only("并处违法所得十倍罚款人民币31,000元")], OVER),
    Doc("ki19_wildlife.txt", "wildlife",
        "收购国家一、二级保护野生动物（级别在另一段）豹猫2×0.6万+小灵猫0.9万+白鹇3×0.3万=3万元≥2万元"
        "（法释〔2022〕12号第六条，刑法第341条第一款）；收购价1,450元是错误口径；罚2倍在野生动物保护法第52条2-20倍内；"
        "只罚款未移送",
        [threshold("wildlife-341-1-endangered/1", "豹猫每只价值0.6万元", 30000.0),
         fined_only("计人民币陆万元")], OVER),
    Doc("ki20_customs.txt", "customs",
        "个人走私进境物品，偷逃税款412,000×20%+86,500×20%+28,800×50%=114,100元≥10万元（法释〔2014〕10号第十六条，"
        "刑法第153条）；完税价格527,300元不是计量口径；罚3.5万在海关行政处罚实施条例第9条30%-2倍内；只罚款未移送",
        [threshold("customs-153-ordinary-goods/1", "手表5块完税价格412,000元（税率20%）", 114100.0),
         fined_only("并处罚款人民币叁万伍仟元")], OVER),
]

PUBLIC_INTEREST = [
    # ── public-interest leads: statutory field + harm going on after the agency acted ──
    Doc("ki21_mining.txt", "mining",
        "长江干堤外滩地无证采砂留下砂坑，责令限期回填后两次复查仍未恢复、岸坡坍塌威胁干堤（生态环境和资源保护领域）；"
        "货值3.6万元<10万元不涉刑法第343条；罚20万在长江河道采砂管理条例第18条不足10万20万-200万内",
        [pil("ecology_resources", "其余砂坑至今未按要求恢复")], {"scenario": "pil", "continuing_harm": True}),
    Doc("ki22_forestry.txt", "forestry",
        "擅自改变商品林地用途4.17亩（<10亩不涉刑法第342条），责令限期恢复后两次复查仍未恢复并扩挖、泥石冲入灌溉渠"
        "（生态环境和资源保护领域）；罚2倍在森林法第73条三倍以下内",
        [pil("ecology_resources", "当事人不仅仍未恢复植被")], {"scenario": "pil", "continuing_harm": True}),
    Doc("ki23_food_safety.txt", "food_safety",
        "小学门口向学生销售过期辣条，责令下架后两次复查仍在销售（食品药品安全领域，不特定多数未成年人）；未致严重"
        "食源性疾病不达刑法第143条；罚5万在食品安全法第124条货值不足1万5万-10万内",
        [pil("food_drug_safety", "仍在向学生出售超过保质期的辣条")], {"scenario": "pil", "continuing_harm": True}),
    Doc("ki24_water.txt", "water",
        "水土保持补偿费684,000元经责令限期缴纳和三次催缴仍未缴入国库（国有财产保护领域）；罚1倍在水土保持法第57条"
        "三倍以下内，已告知听证",
        [pil("state_assets", "仍未缴入国库")], {"scenario": "pil", "continuing_harm": True}),
    Doc("ki25_culture_tourism.txt", "culture_tourism",
        "网吧接纳未成年人，警告罚款后两次复查仍接纳在校学生通宵上网（未成年人保护领域）；罚1.5万在互联网上网服务"
        "营业场所管理条例第31条15000元以下内，已告知听证",
        [pil("minors", "当事人仍有3名未成年人在店内上网")], {"scenario": "pil", "continuing_harm": True}),
    Doc("ki26_environment.txt", "environment",
        "淀粉废水化学需氧量超标（非重金属，不适用法释〔2023〕7号三倍标准），责令改正后两次复查仍超标、下游水体黑臭"
        "死鱼持续（生态环境和资源保护领域）；罚80万在水污染防治法第83条10万-100万内",
        [pil("ecology_resources", "沿岸村民反映水体异味持续至今")], {"scenario": "pil", "continuing_harm": True}),
]

IRREGULAR = [
    # ── enforcement irregularities ──
    out_of_range("ki27_fishery.txt", "fishery",
                 "禁渔期用合规刺网捕捞23公斤（不达刑法第340条），渔业法第38条处五万元以下罚款；罚8万超出上限",
                 "罚款人民币捌万元"),
    out_of_range("ki28_agriculture.txt", "agriculture",
                 "经营劣种子货值10,400元不足2万元，种子法第75条并处1万-10万元；罚5千低于下限且未写明减轻处罚情节",
                 "并处罚款人民币伍仟元"),
    no_hearing("ki29_food_safety.txt", "food_safety",
               "市场监管对个人罚款2万元≥1万元（hearing.yaml市场监管个人一万元，行政处罚法第63条），只告知陈述、申辩，"
               "未告知听证；罚款在食品安全法第126条5千-5万内",
               "并处罚款人民币贰万元"),
    no_hearing("ki30_tax.txt", "tax",
               "税务机关对单位罚款3万元≥1万元（hearing.yaml税务单位一万元），只告知陈述、申辩，未告知听证；罚款在征管法"
               "第64条第一款五万元以下内；未少缴税款不涉刑法第201条",
               "并处罚款人民币叁万元"),
    Doc("ki31_food_safety.txt", "food_safety",
        "食品安全法（2021修正）共154条，引用的第一百五十八条不存在（健康证明的罚则为第126条第一款第（六）项，"
        "5千-5万，罚5千在内）",
        [irregular("nonexistent_article", "《中华人民共和国食品安全法》第一百五十八条")],
        {"scenario": "irregularity", "irregularities": ["nonexistent_article"]}),
    Doc("ki32_land.txt", "land",
        "2025年2月17日立案、2025年9月22日决定，历时217日，超过行政处罚法第60条九十日，文书未记载延期批准或中止；"
        "一般耕地860平方米不涉刑法第342条；每平方米150元在实施条例第57条内，已听证",
        [irregular("time_limit", "本局于2025年2月17日对当事人涉嫌非法占用土地一案立案调查")],
        {"scenario": "irregularity", "irregularities": ["time_limit"]}),
]

NEGATIVE = [
    # ── negatives (near misses marked) ──
    Doc("ki33_fishery.txt", "fishery",
        "鄱阳湖禁捕水域用合规刺网捕捞205+168+103=476公斤<500公斤、价值6,120元<1万元，未用禁用方法（法释〔2022〕12号"
        "第三条）；罚2万在渔业法第38条内",
        flags={"scenario": "under", "near_miss": True}),
    Doc("ki34_mining.txt", "mining",
        "无证在长江可采区采砂4,200吨×22元=92,400元<10万元，非禁采区禁采期、未严重影响河势（法释〔2016〕25号）；罚25万"
        "（数字过线但不是计量口径）在长江河道采砂管理条例第18条20万-200万内",
        flags={"scenario": "under", "near_miss": True}),
    Doc("ki35_environment.txt", "environment",
        "HW49废活性炭分三次0.96+1.12+0.78=2.86吨交无证单位<3吨，非重点保护区域无损害（法释〔2023〕7号第一条）；罚60万"
        "为固废法第112条第二款按20万计3倍，已听证",
        flags={"scenario": "under", "near_miss": True}),
    Doc("ki36_land.txt", "land",
        "非法占用永久基本农田0.31公顷=4.65亩<5亩（法释〔2000〕14号第三条），不达刑法第342条；每平方米200元在实施条例"
        "第57条内，已告知听证",
        flags={"scenario": "under", "near_miss": True}),
    Doc("ki37_tax.txt", "tax",
        "逃税187,350元且占15.2%，但首次被税务处理、已补缴税款滞纳金并接受处罚，依刑法第201条第四款不予追究；罚50%"
        "在征管法第63条内，已告知听证",
        flags={"scenario": "tax_paid", "near_miss": True}),
    Doc("ki38_forestry.txt", "forestry",
        "毁坏省级公益林地7.2亩≥5亩，但已移送公安机关并立案侦查，不是隐匿的移送线索；罚款待刑事程序终结",
        flags={"scenario": "transferred", "near_miss": True, "transferred": True}),
    Doc("ki39_mining.txt", "mining",
        "洞庭湖无证采砂价值113,000元≥10万元，已移送公安机关，公安以证据不足不予立案并退回；罚款依河道管理条例第44条，"
        "已听证",
        flags={"scenario": "police_declined", "near_miss": True, "police_declined": True}),
    Doc("ki40_food_safety.txt", "food_safety",
        "举报非法添加西地那非，三批次均未检出，无有毒有害物质；标签宣称治疗功能罚8千在食品安全法第125条货值不足1万"
        "5千-5万内",
        flags={"scenario": "not_detected", "near_miss": True}),
    Doc("ki41_environment.txt", "environment",
        "氨氮、化学需氧量超标（非重金属），次日停产，渠段清淤修复，两次复查达标、水质恢复，无持续损害；罚30万在水污染"
        "防治法第83条内",
        flags={"scenario": "pil_remedied", "near_miss": True, "continuing_harm": False}),
    Doc("ki42_labor.txt", "other",
        "拖欠12人工资48,600元，但在限期改正指令书期限内足额支付，不是刑法第276条之一的经责令支付仍不支付；超时加班罚"
        "每人200元在劳动保障监察条例第25条100-500元内",
        flags={"scenario": "remedied", "near_miss": True}),
    Doc("ki43_public_security.txt", "public_security",
        "出售一般个人信息（姓名、手机号）4,730条<5000条、违法所得3,800元<5000元，不含敏感信息、非履职获得"
        "（法释〔2017〕10号第五条）；罚10倍在网络安全法第64条第二款内",
        flags={"scenario": "under", "near_miss": True}),
    Doc("ki44_intellectual_property.txt", "intellectual_property",
        "销售假冒注册商标白酒，已销售180×138+126×168=46,008元<5万元，库存按标价380×158+210×188=99,520元，合计"
        "145,528元<15万元，违法所得（售价减进价）20,376元<3万元，不达刑法第214条；罚30万（数字过线但不是计量口径）"
        "在商标法第60条五倍以下内",
        flags={"scenario": "under", "near_miss": True}),
    Doc("ki45_agriculture.txt", "agriculture",
        "假种子减产损失95亩×70公斤×2.8元=18,620元<2万元、销售金额32,000元<5万元，已足额赔偿（刑法第147条、第149条）；"
        "罚32万（数字过线但不是计量口径）为种子法第74条货值2万以上10倍，已听证",
        flags={"scenario": "under", "near_miss": True}),
    Doc("ki46_market.txt", "market",
        "不予行政处罚决定书：门牌变更未及时登记，初次违法轻微并已改正（行政处罚法第33条第一款）",
        flags={"scenario": "no_penalty"}),
]

GROUPS = [
    # ── 化整为零: one fisherman's three nights in the 鄱阳湖 ban, cut into three decisions the same week ──
    *[Doc(name, "fishery",
          "同一当事人（同一身份证号）一周内三次在鄱阳湖禁捕水域捕捞，拆成三案；累计渔获物186+172+158=516公斤≥500公斤"
          "（法释〔2022〕12号第三条第（一）项，刑法第340条）；每案罚款在渔业法第38条五万元以下内",
          [split("fishery-340-inland/1", quote, 516.0, SPLIT)],
          {"scenario": "split", "split_group": SPLIT})
      for name, quote in (("ki47_fishery.txt", "鲢鱼、鳙鱼共186公斤"),
                          ("ki48_fishery.txt", "鲤鱼、鳊鱼、鲫鱼共计172公斤"),
                          ("ki49_fishery.txt", "158公斤（以鲢鱼为主）"))],
    # ── repeat offender: the same credit code punished again eleven months later ──
    Doc("ki50_environment.txt", "environment",
        "化学需氧量超标0.6倍排入市政管网（非重金属），首次处罚，罚15万在水污染防治法第83条10万-100万内",
        flags={"scenario": "repeat_first", "repeat_group": REPEAT}),
    Doc("ki51_environment.txt", "environment",
        "同一统一社会信用代码的单位2024年10月15日处罚后约十一个月再犯超标排放，二年内再犯；罚25万在第83条内",
        [repeat("滁州润泽食品科技有限公司", REPEAT)],
        {"scenario": "repeat", "repeat_group": REPEAT}),
]

DOCS = sorted(CRIMINAL + PUBLIC_INTEREST + IRREGULAR + NEGATIVE + GROUPS, key=lambda doc: doc.file)


labeled = lead_gold.labeler(HERE, CREATED, VERSION)

if __name__ == "__main__":
    lead_gold.main(HERE, DOCS, CREATED, VERSION)
