"""Lead labels for the second hand-written STUDY set in this folder (run to rewrite ``gold.jsonl``).

Written on 2026-11-22 for the lead to STUDY: the screening is run on it, its misses are read and the
rules are fixed against it. It is therefore a seen set — never a held-out test (that is
``handwritten_third``) and never training data. Every decision ``hvNN_<domain>.txt`` was written by
hand in the manner of published 行政处罚决定书 of agencies in 河北, 山东, 福建, 浙江 and 江苏 (all names,
numbers, codes and addresses invented; credit codes carry valid GB 32100-2015 check digits and
身份证号 valid GB 11643 check digits). Its label below was decided by reading the law only, not the
screening code nor its output: criminal thresholds from corpora/knowledge/thresholds.yaml
(立案追诉标准 and the judicial interpretations it cites), procedure and hearing rules from
corpora/knowledge/procedure.yaml and hearing.yaml, fine ranges and article existence from the
statute text in force (``StatuteKB.load().article_text(law, article, date)``). Each row's
``meta.reason`` gives the one-line legal reason; evidence spans are located by an exact quotation of
the decision. Conventions are those of ``handwritten_study/make_gold.py``.

Run from the repository root: ``.venv/bin/python corpora/labeled/handwritten_study2/make_gold.py``.
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
VERSION = "handwritten-study2/1"


SPLIT, REPEAT = "split-hv-chunan-trademark", "repeat-hv-changle-dyeing"

CRIMINAL = [
    # ── criminal-transfer leads (each also 以罚代刑: fined, no transfer recorded) ──
    Doc("hv01_customs.txt", "customs",
        "个人逃避海关监管将冷冻肉品偷运出区，偷逃应缴税款186,752.40元≥十万元（刑法第153条、法释〔2014〕10号第十六条）；"
        "罚款为偷逃税款2倍在海关行政处罚实施条例第9条第1款第3项3倍以下内；只罚款未移送",
        [threshold("customs-153-ordinary-goods/1", "应缴税款合计人民币186,752.40元", 186752.40),
         fined_only("对当事人处以罚款人民币叁拾柒万叁仟伍佰元整（373,500元）")],
        {"scenario": "over"}),
    Doc("hv02_food_safety.txt", "food_safety",
        "收购、分割销售死因不明且检出猪瘟病毒的生猪胴体，属法释〔2021〕24号第一条第（二）项病死、死因不明畜肉（食品安全法第123条第1款第3项），"
        "刑法第143条危险犯无金额门槛；罚款15倍在食品安全法第123条15-30倍内；只罚款未移送",
        [trigger("food-143-substandard/2", "死因不明的生猪胴体"), fined_only("计人民币1,152,000元")],
        {"scenario": "qualitative"}),
    Doc("hv03_environment.txt", "environment",
        "私设暗管绕过处理站排放含六价铬（超限值13倍）的电镀废水，属法释〔2023〕7号第一条第（四）项通过暗管排放有毒物质，"
        "无数量要求；罚款45万元在水污染防治法第83条10万-100万内；只罚款未移送",
        [trigger("env-338-pollution/9", "管道起自车间镀铬线漂洗槽底部排口，绕开厂区污水处理站"), fined_only("处罚款人民币肆拾伍万元整")],
        {"scenario": "qualitative"}),
    Doc("hv04_health.txt", "health",
        "非医师行医已被卫生行政部门处罚两次（2023、2024）后再次非法行医，属法释〔2016〕27号第二条第（五）项"
        "情节严重（刑法第336条）；罚款按一万元计8倍在医师法第59条2-10倍内；只罚款未移送",
        [threshold("health-336-illegal-medical-practice/1", "于2024年8月2日又被本委给予罚款", 2.0),
         fined_only("罚款人民币捌万元整")],
        {"scenario": "qualitative"}),
    Doc("hv05_fishery.txt", "fishery",
        "长江干流禁捕期使用电鱼方法捕捞，属法释〔2022〕12号第三条禁渔期使用禁用方法，渔获37.5公斤虽不足"
        "五百公斤仍入罪（刑法第340条）；罚6万元在长江保护法第86条电鱼5万-50万内；只罚款未移送",
        [trigger("fishery-340-inland/5", "使用逆变器、电瓶组成的电捕鱼器具捕捞"), fined_only("罚款人民币陆万元")],
        {"scenario": "qualitative"}),
    Doc("hv06_wildlife.txt", "wildlife",
        "收购、出售野外来源国家二级保护虎纹蛙价值42,900元≥二万元（法释〔2022〕12号第六条，刑法第341条第一款）；"
        "罚款2倍在野生动物保护法第52条2-20倍内；只罚款未移送",
        [threshold("wildlife-341-1-endangered/1", "价值人民币42,900元", 42900.0),
         fined_only("捌万伍仟捌佰元（85,800元）")],
        {"scenario": "over"}),
    Doc("hv07_tax.txt", "tax",
        "无真实交易虚开增值税专用发票112份、税额1,094,769.69元≥十万元（法释〔2024〕4号第十一条，刑法第205条）；"
        "罚款50万元为发票管理办法第35条上限；只罚款未移送",
        [threshold("tax-205-vat-invoice/1", "税额合计1,094,769.69元", 1094769.69), fined_only("并处罚款500,000.00元")],
        {"scenario": "over"}),
    Doc("hv08_drugs.txt", "drugs",
        "改签有效期销售过期药品（药品管理法第98条第3款第5项劣药），未致严重危害但销售金额63,187元≥5万元，依刑法第149条"
        "按第140条论处（以不合格冒充合格，改签证明故意）；零售货值76,057元的13倍在第117条10-20倍内；已听证；只罚款未移送",
        [threshold("drug-142-substandard/2", "销售金额人民币63,187元", 63187.0), fined_only("计人民币玖拾捌万捌仟柒佰肆拾壹元（988,741元）")],
        {"scenario": "over"}),
    Doc("hv09_intellectual_property.txt", "intellectual_property",
        "销售假冒NIKE、adidas服装，销售金额58,340元≥五万元（刑法第214条、法释〔2004〕19号第二条），进价明显偏低无票据"
        "可推定明知；罚款1倍在商标法第60条5倍以下内；只罚款未移送",
        [threshold("ip-214-sell-counterfeit/2", "销售金额共计58,340元", 58340.0), fined_only("罚款人民币108,797元")],
        {"scenario": "over"}),
    Doc("hv10_product_quality.txt", "product_quality",
        "以铜包铝冒充纯铜电线并标注合格，尚未销售货值173,100元≥十五万元（立案追诉标准（一）第十六条，刑法第140条未遂）；"
        "罚款1倍在产品质量法第50条50%-3倍内；只罚款未移送",
        [threshold("product-140-fake-inferior/2", "货值金额为人民币173,100元", 173100.0),
         fined_only("即人民币壹拾柒万叁仟壹佰元整")],
        {"scenario": "over"}),
    Doc("hv11_environment.txt", "environment",
        "总铅（第一类重金属）5.7mg/L超过限值1.0mg/L 4.7倍（即标准的5.7倍），任一读法均≥法释〔2023〕7号第一条第（三）项"
        "三倍；总镉未超标不计；罚款32万元在水污染防治法第83条10万-100万内；只罚款未移送",
        [threshold("env-338-pollution/2", "第一类污染物最高允许排放浓度（1.0mg/L）4.7倍", 4.7),
         fined_only("罚款人民币叁拾贰万元整")],
        {"scenario": "over"}),
    Doc("hv12_work_safety.txt", "work_safety",
        "重大事故隐患被责令停止使用储罐后拒不执行、继续收发甲醇（刑法第134条之一第（二）项）；"
        "单位罚5万元在安全生产法第102条5万元以下内；只罚款未移送",
        [trigger("safety-134-1a-dangerous-operation/2", "自6月13日起继续使用上述两储罐收发甲醇"),
         fined_only("对你单位处以罚款人民币伍万元整")],
        {"scenario": "qualitative"}),
    Doc("hv13_tax.txt", "tax",
        "扣缴义务人已扣个税128,432.21元未解缴≥十万元（刑法第201条第二款、法释〔2024〕4号第二条第二款，不要求比例）；"
        "罚款1倍在征管法第63条第二款50%-5倍内；只罚款未移送",
        [threshold("tax-201-evasion/3", "其余已扣税款128,432.21元未申报解缴", 128432.21),
         fined_only("计人民币壹拾贰万捌仟肆佰叁拾贰元贰角壹分")],
        {"scenario": "over"}),
    Doc("hv14_food_safety.txt", "food_safety",
        "在压片糖果中添加西地那非、他达拉非（法释〔2021〕24号第九条有毒有害非食品原料，刑法第144条行为犯）；"
        "罚款20倍在食品安全法第123条15-30倍内；只罚款未移送",
        [trigger("food-144-toxic/3", "检出西地那非（每片含量约31.2mg）、他达拉非"), fined_only("计人民币432万元")],
        {"scenario": "qualitative"}),
]

PUBLIC_INTEREST = [
    # ── public-interest leads: statutory field + continuing harm or inaction, below criminal level ──
    Doc("hv15_water.txt", "water",
        "无证河道采砂价值4.32万元<十万元且经论证未影响河势和防洪，不构成非法采矿罪；水生生物保护区缓冲区生境破坏、"
        "逾期未修复且持续退化（生态环境和资源保护领域）；河道管理条例第44条未设罚款幅度，罚5万元无可比上下限",
        [pil("ecology_resources", "当事人仍未进行任何修复")],
        {"scenario": "pil", "continuing_harm": True}),
    Doc("hv16_land.txt", "land",
        "出让价款9,860万元逾期18个月尚欠7,860万元仍擅自开工（国有土地使用权出让领域）；越界占用国有储备用地1,650平方米"
        "（非农用地，不涉刑法第342条），每平方米300元在实施条例第57条100-1000元内",
        [pil("state_land_transfer", "尚欠出让价款7,860万元及违约金")],
        {"scenario": "pil", "continuing_harm": True}),
    Doc("hv17_work_safety.txt", "work_safety",
        "液化气充装站重大事故隐患逾期未整改仍对外充装，危及周边1,200户和一所小学（安全生产领域）；仅被责令限期整改、"
        "未被责令停止使用，不涉刑法第134条之一；单位罚4万元在安全生产法第102条5万元以下内，已告知听证",
        [pil("work_safety", "紧急切断装置和联锁系统至今仍未整改")],
        {"scenario": "pil", "continuing_harm": True}),
    Doc("hv18_food_safety.txt", "food_safety",
        "学校供餐单位使用过期原料，复查仍未整改并继续为5,600名学生供餐（食品药品安全领域，涉未成年人）；货值不足一万元"
        "罚5万元在食品安全法第124条5万-10万内；未达刑法第143条",
        [pil("food_drug_safety", "当事人仍在为上述学校供餐")],
        {"scenario": "pil", "continuing_harm": True}),
    Doc("hv19_culture_tourism.txt", "culture_tourism",
        "擅自在市级文物保护单位保护范围内挖掘，逾期不编制方案、不回填，遗址文化层持续坍塌（文物和文化遗产保护领域）；"
        "市级文保单位不在刑法第324条第一款之列；2025年2月14日决定时2017年文物保护法第66条有效，罚40万元在5万-50万内",
        [pil("cultural_relics", "遗址破坏状态仍在扩大")],
        {"scenario": "pil", "continuing_harm": True}),
    Doc("hv20_market.txt", "market",
        "未经同意向他人提供2,400名会员信息，未通知接收方删除，会员仍持续接到推销（个人信息保护领域）；<五千条且违法所得"
        "720元<五千元，不涉刑法第253条之一；罚8倍在消保法第56条1-10倍内",
        [pil("personal_information", "至今每周仍接到上述早教机构的推销电话")],
        {"scenario": "pil", "continuing_harm": True}),
    Doc("hv21_market.txt", "market",
        "广告丑化邱少云烈士形象，责令后网络广告仍未删除，影响持续（英雄烈士保护领域，英烈法第25条检察机关可诉）；"
        "罚25万元在广告法第57条20万-100万内",
        [pil("heroes_martyrs", "丑化内容仍在网络上传播扩散")],
        {"scenario": "pil", "continuing_harm": True}),
]

IRREGULAR = [
    # ── enforcement irregularities ──
    out_of_range("hv22_construction.txt", "construction",
                 "城乡规划法第64条尚可改正的罚款为工程造价5%-10%，“从重”只能在幅度内，罚15%超出上限",
                 "计人民币壹拾柒万叁仟陆佰壹拾元整（173,610元）"),
    out_of_range("hv23_market.txt", "market",
                 "广告法第55条第一款一般情形为广告费用3-5倍，文书明确不具有两年三次或其他严重情节，罚7倍超出上限",
                 "处广告费用七倍罚款，计人民币贰拾伍万贰仟元整"),
    out_of_range("hv24_land.txt", "land",
                 "土地管理法实施条例第57条罚款为非法占用土地每平方米100-1000元，只认定“从轻”未认定行政处罚法第32条减轻情形，"
                 "按每平方米50元低于下限；其他草地和农村道路，不涉刑法第342条",
                 "按每平方米50元处以罚款"),
    no_hearing("hv25_tax.txt", "tax",
               "税务对公民罚款3,000元≥2,000元（税务行政处罚听证程序实施办法第三条），只告知陈述、申辩，未告知听证",
               "对你处以罚款3,000.00元"),
    no_hearing("hv26_public_security.txt", "public_security",
               "公安对单位罚款1.5万元≥一万元、对个人5千元≥二千元（公安机关办理行政案件程序规定第123条），只告知陈述、申辩，未告知听证；"
               "罚款在网络安全法第59条第1款1万-10万内",
               "对违法单位处罚款人民币壹万伍仟元"),
    no_hearing("hv27_work_safety.txt", "work_safety",
               "应急管理部门对生产经营单位罚款4万元≥三万元（安全生产违法行为行政处罚办法第33条），只告知陈述、申辩，未告知听证；"
               "罚款在安全生产法第99条5万元以下内",
               "罚款人民币肆万元整"),
    Doc("hv28_food_safety.txt", "food_safety",
        "食品安全法（2021年修正）共一百五十四条，引用的第一百六十条不存在；罚款10倍本可依第124条10-20倍；"
        "超范围使用添加剂未经评估足以造成严重食物中毒、销售金额9,720元<5万元，不涉刑法第143条",
        [irregular("nonexistent_article", "《中华人民共和国食品安全法》第一百六十条第一款")],
        {"scenario": "irregularity", "irregularities": ["nonexistent_article"]}),
    Doc("hv29_culture_tourism.txt", "culture_tourism",
        "2025年1月13日立案、7月21日决定，相隔189日，超过行政处罚法第60条九十日期限，文书自认未经批准延长、无中止",
        [irregular("time_limit", "经审查于同日对当事人予以立案")],
        {"scenario": "irregularity", "irregularities": ["time_limit"]}),
    no_hearing("hv30_market.txt", "market",
               "市场监管对单位罚款126,000元≥十万元（市场监督管理行政处罚听证办法第五条），只告知陈述、申辩，未告知听证；"
               "2.5倍在产品质量法第49条3倍以下内；销售4.06万元且不知情，不涉刑法第140条",
               "计人民币126,000元"),
]

NEGATIVE = [
    # ── negatives (near misses marked) ──
    Doc("hv31_food_safety.txt", "food_safety",
        "火锅底料检出罂粟成分已达刑法第144条，但已移送、公安立案、法院判决，机关只吊销许可证并依第135条禁业，"
        "未罚款，无以罚代刑",
        flags={"scenario": "transferred", "near_miss": True, "transferred": True}),
    Doc("hv32_mining.txt", "mining",
        "非法采石价值12.6万元落在十万至三十万元的全国幅度内，公安以未达本省数额标准不予立案并退回，机关再作罚款；"
        "罚款40%在实施细则第42条50%以下内",
        flags={"scenario": "police_declined", "near_miss": True, "police_declined": True}),
    Doc("hv33_tax.txt", "tax",
        "逃税14.24万元占16.3%达刑法第201条标准，但税务处理决定后已补缴税款、滞纳金并接受处罚、五年内无前科，"
        "依第201条第四款不予追究刑事责任；罚款50%在征管法第63条内，已告知听证",
        flags={"scenario": "paid_after_notice", "near_miss": True}),
    Doc("hv34_food_safety.txt", "food_safety",
        "菌落总数为卫生指示菌而非致病性微生物，不是法释〔2021〕24号第一条情形；销售金额43,560元<五万元，"
        "已售×3+未售=141,120元<十五万元；罚款10倍在第124条内，已听证",
        flags={"scenario": "not_detected", "near_miss": True}),
    Doc("hv35_environment.txt", "environment",
        "暗管排放的是豆制品有机废水（COD、氨氮），未检出重金属等有毒物质，法释〔2023〕7号第一条第（四）项要求暗管排放"
        "有毒物质；罚14万元在水污染防治法第83条10万-100万内，已听证",
        flags={"scenario": "trigger_without_element", "near_miss": True}),
    Doc("hv36_fishery.txt", "fishery",
        "禁渔期岸边多竿垂钓2.3千克自食，非电鱼毒鱼炸鱼等禁用方法，未达五百公斤/一万元，不构成刑法第340条；"
        "罚500元在渔业法第38条5万元以下内",
        flags={"scenario": "trigger_without_element", "near_miss": True}),
    Doc("hv37_wildlife.txt", "wildlife",
        "国家重点保护动物（蓝喉蜂虎）价值6,000元、连同“三有”动物合计18,600元，均<二万元，且非以食用为目的，"
        "不构成刑法第341条；罚3倍在野生动物保护法第52条内",
        flags={"scenario": "under", "near_miss": True}),
    Doc("hv38_tobacco.txt", "tobacco",
        "持证零售户从非指定渠道进货，查获卷烟46,230元<五万元、184,000支<二十万支，且超范围经营不宜按非法经营罪"
        "（法释〔2010〕7号第一条第五款）；罚进货总额8%在实施条例第56条5%-10%内",
        flags={"scenario": "under", "near_miss": True}),
    Doc("hv39_tax.txt", "tax",
        "虚开的是增值税普通发票（刑法第205条之一），票面418,600元<五十万元、36份<一百份，未达立案标准；"
        "罚款15万元在发票管理办法第35条5万-50万内，已听证",
        flags={"scenario": "under", "near_miss": True}),
    Doc("hv40_forestry.txt", "forestry",
        "占用商品林地8.3亩<其他林地十亩（法释〔2023〕8号第一条），五亩标准只适用公益林地；罚款2倍在森林法第73条"
        "3倍以下内，已听证",
        flags={"scenario": "under", "near_miss": True}),
    Doc("hv41_food_safety.txt", "food_safety",
        "罚2万元低于食品安全法第124条5万元下限，但文书认定行政处罚法第32条第（一）项主动消除危害后果并明确减轻处罚，合法",
        flags={"scenario": "mitigated_below_floor", "near_miss": True}),
    Doc("hv42_market.txt", "market",
        "罚款20万元达较大数额但已告知听证并举行听证；罚款为认证认可条例第66条上限内；销售金额33.12万元，"
        "但文书认定对伪造认证不知情，缺刑法第140条故意",
        flags={"scenario": "hearing_held", "near_miss": True}),
    Doc("hv43_agriculture.txt", "agriculture",
        "两当事人销售不合格复合肥，销售金额38,480元<五万元，已售×3+未售=136,160元<十五万元（刑法第140条）；"
        "各罚50%在产品质量法第50条内",
        flags={"scenario": "under", "near_miss": True}),
    Doc("hv44_health.txt", "health",
        "不予行政处罚决定书：首违、轻微并及时改正，依行政处罚法第33条第一款不罚",
        flags={"scenario": "no_penalty"}),
    Doc("hv45_public_security.txt", "public_security",
        "简易程序当场警告，治安管理处罚法第23条第一款第（二）项，无罚款、无犯罪事实",
        flags={"scenario": "no_penalty"}),
]

GROUPS = [
    # ── 化整为零: one man runs three shops under other names, all checked the same day, three decisions ──
    *[Doc(name, "intellectual_property",
          "同一实际经营者三家门店同日查获，销售假冒注册商标商品19,040+21,350+17,610=58,000元，未经处理的多次销售数额累计计算"
          "（法释〔2004〕19号第十二条）达销售金额五万元；机关分三案处罚，每案罚款在商标法第60条内",
          [split("ip-214-sell-counterfeit/2", quote, 58000.0, SPLIT)],
          {"scenario": "split", "split_group": SPLIT})
      for name, quote in (("hv48_intellectual_property.txt", "销售金额为人民币19,040元"),
                          ("hv49_intellectual_property.txt", "销售金额为人民币21,350元"),
                          ("hv50_intellectual_property.txt", "销售金额为人民币17,610元"))],
    # ── repeat offender: the same credit code punished again fourteen months later ──
    Doc("hv46_environment.txt", "environment",
        "首次处罚：未正常运行废气治理设施，罚12万元在大气污染防治法第99条10万-100万内；重复违法组的前案",
        flags={"scenario": "repeat_first", "repeat_group": REPEAT}),
    Doc("hv47_environment.txt", "environment",
        "同一信用代码2024年8月21日受罚后于2025年10月再次超标排放，两年内再犯；COD超标0.56倍非重金属，不涉刑法第338条；"
        "罚40万元在水污染防治法第83条内，已听证",
        [repeat("91350128WGDTXWG4G", REPEAT)],
        {"scenario": "repeat", "repeat_group": REPEAT}),
]

DOCS = sorted(CRIMINAL + PUBLIC_INTEREST + IRREGULAR + NEGATIVE + GROUPS, key=lambda doc: doc.file)


labeled = lead_gold.labeler(HERE, CREATED, VERSION)

if __name__ == "__main__":
    lead_gold.main(HERE, DOCS, CREATED, VERSION)
