"""Lead labels for the forty-fourth hand-written set in this folder (run to rewrite ``gold.jsonl``).

A new UNSEEN held-out test of the lead screening, written on 2026-11-22 without reading any decision
of the other hand-written sets nor the screening code. Every decision ``jwNN_<domain>.txt`` was
written by hand in the manner of published 行政处罚决定书 of agencies in 广东, 广西, 海南 and 福建
(all names, numbers, codes and addresses invented; credit codes carry valid GB 32100-2015 check
digits and valid GB 11714 organisation-code check digits; identity numbers are masked). The set puts
weight on fishery at sea (伏季休渔, 禁用渔具, 渔获物 by species), customs and smuggling (冻品, 卷烟,
成品油, 珍贵动物制品), tobacco, market regulation (食品, 保健食品, 化妆品, 商标), 公安 (个人信息,
赌博) and tax (虚开, 骗取出口退税); public interest in ecology (红树林, 海域), food and personal
information. Labels come from the law only: criminal thresholds from corpora/knowledge/thresholds.yaml,
hearing figures from corpora/knowledge/hearing.yaml, fine ranges and article existence from the
statute text in force on the decision date. Each row's ``meta.reason`` gives the one-line legal reason.

Run from the repository root: ``.venv/bin/python corpora/labeled/handwritten_fortyfourth/make_gold.py``.
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
CREATED = "2026-11-22T19:20:00+00:00"
VERSION = "handwritten-fortyfourth/1"

SPLIT, REPEAT = "split-jw-gongbei-traveller", "repeat-jw-chenghai-food"
OVER = {"scenario": "over"}
QUAL = {"scenario": "qualitative"}
UNDER = {"scenario": "under", "near_miss": True}

CRIMINAL = [
    # ── criminal-transfer leads (each also 以罚代刑: only fined, no transfer recorded) ──
    Doc("jw01_fishery.txt", "fishery",
        "南海伏季休渔期间在海域使用禁用的双船底拖网捕捞（法释〔2016〕17号第四条第（五）项，刑法第340条），渔获1,860千克"
        "不影响行为入罪；罚3万在渔业法第38条五万元以下内，已告知听证；只罚款未移送",
        [trigger("fishery-340-marine/5", "使用双船底拖网在北纬20°15′、东经109°52′附近海域进行拖网作业"),
         fined_only("三、罚款人民币叁万元整")], QUAL),
    Doc("jw02_fishery.txt", "fishery",
        "伏季休渔期间海上捕捞，分品种重量表合计3,420+2,760+1,985+1,240+1,115=10,520千克≥10,000千克（法释〔2016〕17号"
        "第四条第（一）项，刑法第340条）；罚4.5万、0.5万在渔业法第38条内；只罚款未移送",
        [threshold("fishery-340-marine/1", "经现场过磅，渔获物分品种重量如下：", 10520.0),
         fined_only("二、对当事人（一）罚款人民币肆万伍仟元")], OVER),
    Doc("jw03_fishery.txt", "fishery",
        "伏季休渔期间海上刺网捕捞，重量5,370千克<1万但价值820×68+1,150×32+3,400×6=112,960元≥10万元（法释〔2016〕17号"
        "第四条第（一）项，刑法第340条）；罚4万在渔业法第38条内；只罚款未移送",
        [threshold("fishery-340-marine/2", "石斑鱼820千克，每千克68元", 112960.0), fined_only("并处罚款人民币肆万元")],
        OVER),
    Doc("jw04_customs.txt", "customs",
        "单位低报价格走私冻牛肉，偷逃税款关税128,540.20+增值税96,318.77=224,858.97元≥单位20万元（法释〔2014〕10号"
        "第二十四条，刑法第153条）；罚22万在海关行政处罚实施条例第9条第1款第3项三倍以下内；只罚款未移送",
        [threshold("customs-153-ordinary-goods/2", "关税人民币128,540.20元，增值税人民币96,318.77元", 224858.97),
         fined_only("科处罚款人民币22万元")], OVER),
    Doc("jw05_customs.txt", "customs",
        "个人海上快艇运输无合法证明卷烟（第八条第二项按走私论），18箱×50条=900条×每条151.40元=136,260元≥个人10万元"
        "（法释〔2014〕10号第十六条，刑法第153条）；罚13万在三倍以下内；只没收罚款未移送",
        [threshold("customs-153-ordinary-goods/1", "每条偷逃税款人民币151.40元", 136260.0),
         fined_only("3. 处罚款人民币13万元")], OVER),
    Doc("jw06_customs.txt", "customs",
        "个人海上运输无合法证明柴油86.4吨×每吨税款2,532元=218,764.8元≥个人10万元（刑法第153条）；货值60.8万不是"
        "计量口径；罚20万在三倍以下内，已听证；只罚款未移送",
        [threshold("customs-153-ordinary-goods/1", "涉案柴油每吨应缴税款人民币2,532元", 218764.8),
         fined_only("并处罚款人民币20万元")], OVER),
    Doc("jw07_customs.txt", "customs",
        "藏匿携带CITES附录I非洲象牙制品入境（物种在另一段），价值2×7,800+5×1,460=22,900元≥2万元（法释〔2022〕12号"
        "第二条，刑法第151条第2款）；罚1.5万在条例第9条第1款第1项物品十万元以下内；只罚款未移送",
        [threshold("wildlife-151-2-smuggling/1", "手镯每件价值人民币7,800元，吊坠每件价值人民币1,460元", 22900.0),
         fined_only("并处罚款人民币1.5万元")], OVER),
    Doc("jw08_tobacco.txt", "tobacco",
        "无批发许可证批发卷烟，表中260×450+410×235+590×100=272,350元≥5万元（亦1,260条=25.2万支≥20万支；法释〔2010〕7号"
        "第三条，刑法第225条）；罚50%在烟草专卖法实施条例第54条50%-1倍内；只罚款未移送",
        [threshold("tobacco-225-illegal-business/1", "在其仓库内查获待批发卷烟，明细如下", 272350.0),
         fined_only("处罚款人民币壹拾叁万陆仟壹佰柒拾伍元")], OVER),
    Doc("jw09_tobacco.txt", "tobacco",
        "无零售许可证销售卷烟，六个月收款8,460+9,120+11,380+12,760+7,950+6,640=56,310元≥5万元（法释〔2010〕7号第三条，"
        "刑法第225条）；罚30%在实施条例第57条20%-50%内；只罚款未移送",
        [threshold("tobacco-225-illegal-business/1", "与卷烟销售对应的收款分月为", 56310.0),
         fined_only("计人民币16,893元")], OVER),
    Doc("jw10_food_safety.txt", "food_safety",
        "压片糖果检出西地那非（保健食品非法添加药物，法释〔2021〕24号第九条，刑法第144条行为犯）；货值6,240元<1万，"
        "罚12万在食品安全法第123条10万-15万内；只罚款未移送",
        [trigger("food-144-toxic/3", "检出西地那非"), fined_only("2、罚款人民币壹拾贰万元")], QUAL),
    Doc("jw11_drugs.txt", "drugs",
        "销售汞超标（禁用组分）化妆品1,830瓶×28元=51,240元≥5万元（刑法第148条未致严重后果，依第149条按第140条，立案追诉"
        "标准（一）第十六条）；罚84万为货值2,000瓶×28元=5.6万的15倍，在化妆品监督管理条例第60条5-20倍内；只罚款未移送",
        [threshold("product-148-cosmetics/2", "已销售1,830瓶，每瓶售价28元", 51240.0),
         fined_only("二、并处罚款人民币捌拾肆万元")], OVER),
    Doc("jw12_intellectual_property.txt", "intellectual_property",
        "2025年5-8月销售假冒注册商标运动鞋，112×198+86×265+95×148=59,026元≥5万元（法释〔2025〕5号，刑法第214条）；"
        "进货价1.94万不是口径；罚11.8万在商标法第60条五倍以下内；只罚款未移送",
        [threshold("ip-214-sell-counterfeit/2", "三款鞋销售情况如下", 59026.0),
         fined_only("三、处罚款人民币壹拾壹万捌仟元")], OVER),
    Doc("jw13_food_safety.txt", "food_safety",
        "销售掺假燕窝（掺杂掺假为第140条行为方式），销售4.32千克×每克15元=64,800元≥5万元（法释〔2021〕24号第十三条第二款，"
        "刑法第149条、第140条）；罚75万为货值7.5万的10倍，在食品安全法第124条10-20倍内；只罚款未移送",
        [threshold("food-143-substandard/6", "共计销售上述燕窝盏4.32千克", 64800.0),
         fined_only("（三）罚款人民币柒拾伍万元")], OVER),
    Doc("jw14_public_security.txt", "public_security",
        "酒店前台出售旅客入住记录（住宿信息，性质在另一段）612条≥500条（法释〔2017〕10号第五条第一款第（五）项，"
        "刑法第253条之一）；罚违法所得5倍在网络安全法第64条第2款1-10倍内；只罚款未移送",
        [threshold("pi-253-1-personal-information/2", "共计612条", 612.0), fined_only("并处罚款人民币15,300元")],
        OVER),
    Doc("jw15_public_security.txt", "public_security",
        "GPS定位提供车辆实时位置（行踪轨迹，性质在另一段）21+18+17=56条≥50条（法释〔2017〕10号第五条第一款第（三）项，"
        "刑法第253条之一）；违法所得4,800元<5,000元不是唯一口径；罚3倍在网络安全法第64条第2款内；只罚款未移送",
        [threshold("pi-253-1-personal-information/1", "向委托人甲提供21条，向委托人乙提供18条，向委托人丙提供17条",
                   56.0), fined_only("并处罚款人民币14,400元")], OVER),
    Doc("jw16_tax.txt", "tax",
        "无真实交易虚开增值税专用发票，金额420,000+365,000+186,000=971,000元×13%=税额126,230元≥10万元（法释〔2024〕4号"
        "第十一条，刑法第205条）；罚30万在发票管理办法第35条5万-50万内；只罚款未移送",
        [threshold("tax-205-vat-invoice/1", "为其开具增值税专用发票（税率13%）", 126230.0),
         fined_only("决定对你公司处罚款人民币300,000.00元")], OVER),
    Doc("jw17_tax.txt", "tax",
        "假报出口骗取出口退税款14.37万元≥10万元（法释〔2024〕4号第七条，刑法第204条）；罚1倍在征管法第66条1-5倍内；"
        "只罚款未移送",
        [threshold("tax-204-export-rebate/1", "取得出口退税款14.37万元", 143700.0),
         fined_only("并处骗取税款一倍的罚款人民币143,700.00元")], OVER),
    Doc("jw18_wildlife.txt", "wildlife",
        "收购出售砗磲（大砗磲一级、鳞砗磲二级，级别在另一段），价值2×9,500+6×1,200=26,200元≥2万元（法释〔2022〕12号"
        "第六条，刑法第341条第1款）；罚2倍在野生动物保护法第52条2-20倍内；只罚款未移送",
        [threshold("wildlife-341-1-endangered/1", "大砗磲每件价值人民币9,500元；鳞砗磲每件价值人民币1,200元", 26200.0),
         fined_only("计人民币伍万贰仟肆佰元")], OVER),
    Doc("jw19_food_safety.txt", "food_safety",
        "经营死因不明（非洲猪瘟阳性）猪肉2.1吨并已供往米粉店（法释〔2021〕24号第一条第（二）项，刑法第143条具体危险犯）；"
        "罚15倍在食品安全法第123条15-30倍内；只罚款未移送",
        [trigger("food-143-substandard/2", "上述猪肉为死因不明的猪的肉"),
         fined_only("二、并处货值金额十五倍罚款人民币肆拾肆万壹仟元")], QUAL),
    Doc("jw20_food_safety.txt", "food_safety",
        "粿条中添加硼砂、检出硼酸（非食用物质，法释〔2021〕24号第九条，刑法第144条行为犯）；货值2,160元<1万，罚10万在"
        "食品安全法第123条10万-15万内；只罚款未移送",
        [trigger("food-144-toxic/1", "检出硼酸，含量1.38g/kg"), fined_only("三、罚款人民币壹拾万元")], QUAL),
]

PI = {"scenario": "pil", "continuing_harm": True}
PUBLIC_INTEREST = [
    # ── public-interest leads: statutory field + harm going on after the agency acted ──
    Doc("jw21_forestry.txt", "forestry",
        "红树林湿地挖塘1,260平方米（1.89亩<5亩公益林，不达刑法第342条），责令限期修复后两次复查未回填、仍养殖（生态环境"
        "和资源保护领域）；每平方米1,000元在湿地保护法第56条1,000-10,000元内，已听证",
        [pil("ecology_resources", "当事人未回填塘体，塘体仍在用于养殖对虾，红树林未予补种")], PI),
    Doc("jw22_land.txt", "land",
        "未经批准围海养殖0.86公顷，责令退还恢复原状后复查围堰未拆、海草床消失（生态环境和资源保护领域）；罚12倍海域使用金"
        "在海域使用管理法第42条围海10-20倍内",
        [pil("ecology_resources", "围堰至今未拆除")], PI),
    Doc("jw23_food_safety.txt", "food_safety",
        "小学门口销售过期食品，责令停止后两次复查仍向学生销售（食品药品安全领域，不特定多数未成年人）；罚5万在食品安全法"
        "第124条货值不足1万5万-10万内",
        [pil("food_drug_safety", "复查时仍在向学生销售")], PI),
    Doc("jw24_public_security.txt", "public_security",
        "物业强制采集约2.3万人人脸信息且公网存储，责令整改后逾期仍未删除、仍强制刷脸（个人信息保护领域）；罚8万在个人信息"
        "保护法第66条第1款一百万元以下内",
        [pil("personal_information", "仍未删除已采集的业主人脸信息")], PI),
    Doc("jw25_environment.txt", "environment",
        "私设入海排污口排养殖尾水近红树林保护区，责令拆除后复查仍排放、贝类死亡（生态环境和资源保护领域）；养殖尾水非重金属"
        "不达刑法第338条；罚15万在海洋环境保护法第99条第1款拒不拆除10万-50万内",
        [pil("ecology_resources", "排污口仍未拆除，并仍在排放养殖尾水")], PI),
    Doc("jw26_food_safety.txt", "food_safety",
        "无证午托供餐约120名小学生，责令停止后两次复查仍在供餐（食品药品安全领域，未成年人）；罚5万在食品安全法第122条"
        "货值不足1万5万-10万内",
        [pil("food_drug_safety", "当事人仍在为托管学生供餐")], PI),
]

IRREGULAR = [
    # ── enforcement irregularities ──
    out_of_range("jw27_fishery.txt", "fishery",
                 "休渔期刺网捕捞620千克（不达刑事），渔业法第38条罚款五万元以下；罚8万超出上限",
                 "罚款人民币捌万元"),
    out_of_range("jw28_tobacco.txt", "tobacco",
                 "无证零售卷烟经营总额36,400元（<5万不达刑事），烟草专卖法实施条例第57条罚20%-50%即7,280-18,200元；罚1,800元"
                 "低于下限且无减轻情节",
                 "三、罚款人民币壹仟捌佰元"),
    no_hearing("jw29_customs.txt", "customs",
               "海关对单位罚款15万元≥10万元（hearing.yaml默认单位十万元，行政处罚法第63条），只告知陈述、申辩，未告知听证；"
               "罚款在海关行政处罚实施条例第15条第4项漏缴税款30%-2倍内；申报不实非走私",
               "决定对当事人罚款人民币15万元"),
    no_hearing("jw30_public_security.txt", "public_security",
               "公安对个人罚款6,000元≥2,000元（公安机关办理行政案件程序规定第123条），只告知陈述和申辩，未告知听证；"
               "一般信息120条不达刑事；罚10倍在网络安全法第64条第2款内",
               "并处罚款人民币陆仟元"),
    Doc("jw31_drugs.txt", "drugs",
        "化妆品监督管理条例（2020）共80条，引用的第八十六条不存在（经营超过使用期限化妆品的罚则为第60条第（五）项，货值不足"
        "1万元罚1万-5万，1.2万在内）；单位1.2万不需听证",
        [irregular("nonexistent_article", "《化妆品监督管理条例》第八十六条")],
        {"scenario": "irregularity", "irregularities": ["nonexistent_article"]}),
    Doc("jw32_food_safety.txt", "food_safety",
        "2025年1月8日立案、2025年5月20日决定，历时132日，超过行政处罚法第60条九十日，文书未记载延期批准或中止；罚8千在"
        "食品安全法第125条5千-5万内",
        [irregular("time_limit", "本局于2025年1月8日立案调查")],
        {"scenario": "irregularity", "irregularities": ["time_limit"]}),
]

NEGATIVE = [
    # ── negatives (near misses marked) ──
    Doc("jw33_fishery.txt", "fishery",
        "休渔期流刺网（非禁用渔具）海上捕捞，4,120+2,380+3,360=9,860千克<1万千克，价值20,600+42,840+25,200=88,640元<10万元"
        "（法释〔2016〕17号第四条）；罚4.5万在渔业法第38条内，已告知听证",
        flags=UNDER),
    Doc("jw34_customs.txt", "customs",
        "个人走私卷烟偷逃税款96,180元<10万元（法释〔2014〕10号第十六条），此前无走私处罚；物品价值21.36万元不是口径；"
        "罚5万在三倍以下内，已告知听证",
        flags=UNDER),
    Doc("jw35_tobacco.txt", "tobacco",
        "无证批发卷烟300×50+380×45+300×53=48,000元<5万元，980条=19.6万支<20万支，违法所得1,960元<2万元（法释〔2010〕7号"
        "第三条）；罚50%在实施条例第54条内，已告知听证",
        flags=UNDER),
    Doc("jw36_fishery.txt", "fishery",
        "休渔期电脉冲捕捞（刑事行为）已移送公安并立案侦查，不是隐匿的移送线索；只没收工具吊销许可证，罚款待刑事程序终结",
        flags={"scenario": "transferred", "near_miss": True, "transferred": True}),
    Doc("jw37_intellectual_property.txt", "intellectual_property",
        "销售假冒商标手表61,350元≥5万元，但已移送公安，公安以不能证明明知不予立案并退回；罚2倍在商标法第60条内，已告知听证",
        flags={"scenario": "police_declined", "near_miss": True, "police_declined": True}),
    Doc("jw38_food_safety.txt", "food_safety",
        "举报添加西布曲明，三批次西布曲明、酚酞等均未检出；只因标签宣称功效罚8千，在食品安全法第125条5千-5万内",
        flags={"scenario": "not_detected", "near_miss": True}),
    Doc("jw39_forestry.txt", "forestry",
        "红树林湿地挖塘420平方米，决定前已回填补种并经验收修复达标，无持续损害，不是公益诉讼线索；面积0.63亩<5亩不达"
        "刑事；每平方米1,000元在湿地保护法第56条内，已告知听证",
        flags={"scenario": "pil_remedied", "near_miss": True, "continuing_harm": False}),
    Doc("jw40_other.txt", "other",
        "拖欠32人工资18.64万元，但在责令限期内足额支付，不是刑法第276条之一的经责令仍不支付；未编制台账罚2万在保障农民工"
        "工资支付条例第54条单位2万-5万内",
        flags={"scenario": "remedied", "near_miss": True}),
    Doc("jw41_tax.txt", "tax",
        "逃税21.3万元且占16.4%，但首次被税务处理、已补缴税款滞纳金并接受处罚，五年内无前科，依刑法第201条第四款不予追究；"
        "罚50%在征管法第63条内，已告知听证",
        flags={"scenario": "tax_paid", "near_miss": True}),
    Doc("jw42_intellectual_property.txt", "intellectual_property",
        "销售假冒商标商品，违法所得26,400元<3万元、销售金额45,800元<5万元、加库存3,200元合计4.9万<15万（刑法第214条）；"
        "罚13.74万（数字大于门槛但不是计量口径）在商标法第60条违法经营额不足5万二十五万元以下内，已告知听证",
        flags=UNDER),
    Doc("jw43_public_security.txt", "public_security",
        "出售一般个人信息（姓名、电话、小区）4,700条<5,000条、违法所得4,200元<5,000元，不含敏感或重要信息（法释〔2017〕10号"
        "第五条）；罚5倍在网络安全法第64条第2款内，已告知听证",
        flags=UNDER),
    Doc("jw44_drugs.txt", "drugs",
        "销售汞超标化妆品1,620瓶×30元=48,600元<5万元，无库存（已售×3=145,800<15万），未发现损害后果（刑法第148条、"
        "第149条、第140条均不达）；罚15倍在化妆品监督管理条例第60条5-20倍内，已告知听证",
        flags=UNDER),
    Doc("jw45_tax.txt", "tax",
        "虚开增值税专用发票金额318,000+397,500=715,500元×13%=税额93,015元<10万元（法释〔2024〕4号第十一条）；价税合计"
        "不是口径；罚20万在发票管理办法第35条内，已告知听证",
        flags=UNDER),
    Doc("jw46_customs.txt", "customs",
        "携带穿山甲鳞片入境，价值18,600元<2万元（法释〔2022〕12号第二条）；罚8千在条例第9条第1款第1项十万元以下内",
        flags=UNDER),
    Doc("jw47_public_security.txt", "public_security",
        "出租屋组织赌博，参赌6人、赌资4,860元、抽头380元，均不达聚众赌博（抽头5千、赌资5万、参赌20人）立案标准；"
        "拘留五日在治安管理处罚法第70条内",
        flags=UNDER),
    Doc("jw48_market.txt", "market",
        "不予行政处罚决定书：未明码标价，初次违法危害轻微并已改正（行政处罚法第33条第一款）",
        flags={"scenario": "no_penalty"}),
]

GROUPS = [
    # ── 化整为零: one traveller's three smuggling trips in June, punished by three decisions the same day ──
    *[Doc(name, "customs",
          "同一人（同名同证件号）一个月内三次携带应税货物走私，同日拆成三案；偷逃税款36,420+33,150+34,080=103,650元"
          "≥个人10万元（多次走私未经处理累计，法释〔2014〕10号第十六条，刑法第153条）；三次处罚同日作出，不构成一年内"
          "两次处罚后又走私；每案罚款在三倍以下内，已告知听证",
          [split("customs-153-ordinary-goods/1", quote, 103650.0, SPLIT)],
          {"scenario": "split", "split_group": SPLIT})
      for name, quote in (("jw49_customs.txt", "偷逃税款人民币36,420元"),
                          ("jw50_customs.txt", "偷逃税款叁万叁仟壹佰伍拾元整"),
                          ("jw51_customs.txt", "偷逃应缴税额人民币34,080元"))],
    # ── repeat offender: the same credit code punished again eight months later ──
    Doc("jw52_food_safety.txt", "food_safety",
        "预包装食品标签不符合规定，首次处罚，罚1.5万在食品安全法第125条货值不足1万5千-5万内",
        flags={"scenario": "repeat_first", "repeat_group": REPEAT}),
    Doc("jw53_food_safety.txt", "food_safety",
        "同一统一社会信用代码的单位在2024年7月1日处罚后约八个月再犯同类违法，二年内再犯；罚2.5万在第125条内",
        [repeat("汕头市澄海区佳味源食品有限公司", REPEAT)],
        {"scenario": "repeat", "repeat_group": REPEAT}),
]

DOCS = sorted(CRIMINAL + PUBLIC_INTEREST + IRREGULAR + NEGATIVE + GROUPS, key=lambda doc: doc.file)


labeled = lead_gold.labeler(HERE, CREATED, VERSION)

if __name__ == "__main__":
    lead_gold.main(HERE, DOCS, CREATED, VERSION)
