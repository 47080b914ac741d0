"""Lead labels for the twenty-fifth hand-written set in this folder (run to rewrite ``gold.jsonl``).

A new UNSEEN held-out test of the lead screening, written on 2026-11-22 without reading any decision
of the earlier hand-written sets nor the screening code. Every decision ``jdNN_<domain>.txt`` was
written by hand in the manner of published 行政处罚决定书 of coastal agencies in 浙江, 福建, 广东 and
海南 (渔政, 海警, 海关, 自然资源, 生态环境, 市场监管, 税务, 公安, 人社, 药监, 海事); all names,
numbers, codes and addresses are invented; credit codes carry valid GB 32100-2015 check digits and
identity numbers valid GB 11643 check digits. The weight is on the sea: 伏季休渔 catches counted in
箱 × 每箱净重 or priced per species, 电脉冲 fishing, 海砂 priced per 立方米, 砗磲/红珊瑚/海龟 with the
protection level in another paragraph than the value, 冻品 and 成品油 carried at sea without papers
(按走私论处) with the tax given in parts, 低报价格 with a second contract, 围填海 and 海域使用金.
Labels come from the law only: criminal thresholds from corpora/knowledge/thresholds.yaml, hearing
figures from corpora/knowledge/hearing.yaml, fine ranges and article existence from the statute text
in force on the decision date. Each row's ``meta.reason`` gives the one-line legal reason.
Conventions are those of ``handwritten_fifth/make_gold.py``.

Run from the repository root: ``.venv/bin/python corpora/labeled/handwritten_twentyfifth/make_gold.py``.
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
CREATED = "2026-11-22T16:20:00+00:00"
VERSION = "handwritten-twentyfifth/1"

SPLIT, REPEAT = "split-jd-haikou-frozen-goods", "repeat-jd-dongshan-banned-nets"
OVER = {"scenario": "over"}
QUAL = {"scenario": "qualitative"}
UNDER = {"scenario": "under", "near_miss": True}

CRIMINAL = [
    # ── criminal-transfer leads (each also 以罚代刑: only fined, no transfer recorded) ──
    Doc("jd01_fishery.txt", "fishery",
        "东海伏季休渔期内（禁渔期）以电脉冲装置捕捞（禁用方法），海洋水域，法释〔2016〕17号第四条/刑法第340条"
        "无数量门槛（fishery-340-marine/5）；罚4.5万在渔业法第38条第一款五万元以下内，已告知听证；只罚款未移送",
        [trigger("fishery-340-marine/5", "即使用电脉冲装置捕捞虾类"), fined_only("三、处罚款人民币肆万伍仟元整")], QUAL),
    Doc("jd02_fishery.txt", "fishery",
        "伏季休渔期海上拖网，渔获312×18+146×20+98×15+61×12=10,738千克≥1万千克（fishery-340-marine/1，法释〔2016〕"
        "17号第四条）；变卖款8.746万<10万不是唯一口径；罚4.8万在渔业法第38条五万元以下内；只罚款未移送",
        [threshold("fishery-340-marine/1", "渔获物共计617箱", 10738.0), fined_only("2、罚款人民币48,000元")], OVER),
    Doc("jd03_fishery.txt", "fishery",
        "南海伏季休渔期三重流刺网作业，渔获价值820×68+1150×32+940×24=115,120元≥10万元（fishery-340-marine/2）；"
        "重量2,910千克<1万千克不是唯一口径；罚3.5万在渔业法第38条内；只罚款未移送",
        [threshold("fishery-340-marine/2", "以上渔获物按捕捞时当地市场价格计算", 115120.0),
         fined_only("（二）罚款人民币叁万伍仟元（35,000元）")], OVER),
    Doc("jd04_wildlife.txt", "wildlife",
        "出售国家二级保护的鳞砗磲、长砗磲制品（级别在另一段），价值42,600元≥2万元（wildlife-341-1-endangered/1，"
        "法释〔2022〕12号，刑法第341条第一款）；违法所得6,300元不是口径；罚2倍在野保法第52条2-20倍内；只罚款未移送",
        [threshold("wildlife-341-1-endangered/1", "上述51件砗磲制品价值人民币肆万贰仟陆佰元", 42600.0),
         fined_only("计人民币捌万伍仟贰佰元")], OVER),
    Doc("jd05_wildlife.txt", "wildlife",
        "出售国家一级保护的红珊瑚制品（级别在另一段），价值6×3,800+4×2,600=33,200元≥2万元（wildlife-341-1-"
        "endangered/1）；进价9,000元不是口径，树脂仿品不计；罚2倍在野保法第52条内，已听证；只罚款未移送",
        [threshold("wildlife-341-1-endangered/1", "红珊瑚圆珠手串", 33200.0),
         fined_only("处野生动物制品价值二倍罚款，计人民币陆万陆仟肆佰元整")], OVER),
    Doc("jd06_wildlife.txt", "wildlife",
        "购买、运输国家一级保护的绿海龟标本和玳瑁甲片（级别在另一段），价值2×14,500+8,800=37,800元≥2万元"
        "（wildlife-341-1-endangered/1）；购价3,400元不是口径；罚2倍在野保法第52条内；只罚款未移送",
        [threshold("wildlife-341-1-endangered/1", "绿海龟标本每只价值14,500元", 37800.0),
         fined_only("并处野生动物制品价值二倍罚款计人民币柒万伍仟陆佰元")], OVER),
    Doc("jd07_customs.txt", "customs",
        "个人海上过驳运输冻牛肉无合法证明按走私论处，偷逃税款69,120+58,060.80=127,180.80元≥10万元（customs-153-"
        "ordinary-goods/1，法释〔2014〕10号第十六条，刑法第153条）；罚10万在实施条例第9条三倍以下内；只罚款未移送",
        [threshold("customs-153-ordinary-goods/1", "偷逃应缴税款中关税69,120元", 127180.8),
         fined_only("二、科处罚款人民币10万元。")], OVER),
    Doc("jd08_customs.txt", "customs",
        "单位领海运输柴油无合法证明按走私论处，应缴税款5.24+20.16+8.43=33.83万元≥单位20万元（customs-153-"
        "ordinary-goods/2）；货物价值158.6万不是口径；罚30万在三倍以下内，已听证；只罚款未移送",
        [threshold("customs-153-ordinary-goods/2", "消费税20.16万元", 338300.0), fined_only("2.罚款人民币30万元。")],
        OVER),
    Doc("jd09_customs.txt", "customs",
        "以另行制作的低价合同发票申报、差价经境外账户支付，是故意低报价格逃避海关监管（走私），单位偷逃税款417,300元"
        "≥20万元（customs-153-ordinary-goods/2）；海关按第15条申报不实罚50%（在30%-2倍内）；只罚款未移送",
        [threshold("customs-153-ordinary-goods/2", "上述7票货物漏缴税款人民币肆拾壹万柒仟叁佰元", 417300.0),
         fined_only("决定对当事人科处罚款人民币贰拾万捌仟陆佰伍拾元")], OVER),
    Doc("jd10_mining.txt", "mining",
        "无海域使用权证和采矿许可证采挖海砂，(1,580+1,420+1,260)×45=191,700元≥10万元（mining-343-1-illegal/1，"
        "法释〔2016〕25号，刑法第343条）；运费2.8万不是口径；罚20万在海洋环境保护法第97条第二款5万-50万内；只罚款未移送",
        [threshold("mining-343-1-illegal/1", "每立方米价格为人民币45元", 191700.0),
         fined_only("本局决定对被处罚单位处以罚款人民币贰拾万元整")], OVER),
    Doc("jd11_environment.txt", "environment",
        "废机油、舱底油泥（HW08，定性在另一段）1.26+1.08+1.31=3.65吨交无证个人≥3吨（env-338-pollution/1，法释〔2023〕"
        "7号第一条）；罚60万为固废法第112条第二款处置费按20万计的3倍；只罚款未移送",
        [threshold("env-338-pollution/1", "分别为：4月8日1.26吨、5月16日1.08吨、6月27日1.31吨", 3.65),
         fined_only("计人民币陆拾万元")], OVER),
    Doc("jd12_environment.txt", "environment",
        "私设暗管排放含镍电镀废水（重金属，有毒物质，在另一句）入海，法释〔2023〕7号第一条第（四）项无数量门槛"
        "（env-338-pollution/9）；罚25万在海洋环境保护法第93条第二款10万-100万内，已听证；只罚款未移送",
        [trigger("env-338-pollution/9", "当事人通过私设暗管逃避监管的方式违法向海洋排放污染物"),
         fined_only("二、处罚款人民币贰拾伍万元。")], QUAL),
    Doc("jd13_intellectual_property.txt", "intellectual_property",
        "假冒注册商标商品未销售，标价货值236×398+172×359+95×420=195,576元≥15万元（ip-214-sell-counterfeit/3，"
        "2025年4月26日起施行的解释）；进货款4.2万不是口径；罚25万在商标法第60条五倍以下内；只罚款未移送",
        [threshold("ip-214-sell-counterfeit/3", "尚未开始对外销售即被查获", 195576.0),
         fined_only("2.罚款人民币贰拾伍万元。")], OVER),
    Doc("jd14_product_quality.txt", "product_quality",
        "以不合格电线冒充合格产品，销售金额21,600+18,450+14,280=54,330元≥5万元（product-140-fake-inferior/1，"
        "刑法第140条）；罚1倍货值在产品质量法第50条50%-3倍内；只罚款未移送",
        [threshold("product-140-fake-inferior/1", "该批电线主要销往三个客户", 54330.0),
         fined_only("三、罚款人民币伍万陆仟肆佰叁拾元（货值金额的一倍）")], OVER),
    Doc("jd15_tax.txt", "tax",
        "无真实业务虚开增值税专用发票14份，税额(511,200+426,000+243,000)/1.13×13%=135,775.22元≥10万元"
        "（tax-205-vat-invoice/1，法释〔2024〕4号）；开票费4.715万不是口径；罚30万在发票管理办法第35条5万-50万内；只罚款未移送",
        [threshold("tax-205-vat-invoice/1", "为上述两家公司开具增值税专用发票14份", 135775.22),
         fined_only("并处罚款300,000.00元")], OVER),
    Doc("jd16_tax.txt", "tax",
        "隐匿收入少缴税款156,840.70+18,820.88+197,410.15=373,071.73元≥10万元且占应纳税额30.7%≥10%（tax-201-"
        "evasion/1）；经处理决定限期追缴仍未缴纳，不适用刑法第201条第四款；罚0.8倍在征管法第63条内；只罚款未移送",
        [threshold("tax-201-evasion/1", "少缴企业所得税197,410.15元", 373071.73),
         fined_only("对你单位处少缴税款0.8倍的罚款298,457.38元")], OVER),
    Doc("jd17_other.txt", "other",
        "拖欠34名劳动者工资341,200+198,600+88,200=628,000元≥3万元，经限期改正指令书责令支付逾期仍不支付、负责人"
        "失联（labor-276-1-wage-refusal/2，法释〔2013〕3号）；只对超时加班罚款并责令支付；未移送",
        [threshold("labor-276-1-wage-refusal/2", "一车间员工18人，合计341,200元", 628000.0),
         fined_only("罚款人民币6,800元")], OVER),
    Doc("jd18_public_security.txt", "public_security",
        "出售住宿信息（姓名、身份证号、房号、入住退房时间，在另一段）210+185+245=640条≥500条（pi-253-1-personal-"
        "information/2）；违法所得3,200<5,000不是唯一口径；罚5倍在网络安全法第64条第二款1-10倍内；只罚款未移送",
        [threshold("pi-253-1-personal-information/2", "第一次210条、第二次185条、第三次245条", 640.0),
         fined_only("并处罚款人民币16,000元")], OVER),
    Doc("jd19_food_safety.txt", "food_safety",
        "泡发鱿鱼加入甲醛（非食用物质名单所列，在另一段），刑法第144条行为犯（food-144-toxic/1）；罚12万在食品"
        "安全法第123条货值不足1万10万-15万内；只罚款未移送",
        [trigger("food-144-toxic/1", "水发鱿鱼样品中检出甲醛"), fined_only("二、罚款人民币壹拾贰万元。")], QUAL),
    Doc("jd20_drugs.txt", "drugs",
        "以非药品冒充药品，依药品管理法第98条第二款第（二）项为假药，销售假药为刑法第141条行为犯（drug-141-"
        "counterfeit/1）；罚150万为第116条货值不足10万按10万计的15倍；无票从个人购进不采纳不知情辩解；只罚款未移送",
        [trigger("drug-141-counterfeit/1", "应认定为假药"), fined_only("计人民币壹佰伍拾万元")], QUAL),
]

PUBLIC_INTEREST = [
    # ── public-interest leads: statutory field + harm going on after the agency acted ──
    Doc("jd21_land.txt", "land",
        "未批填海2.36公顷，责令恢复后两次复查未退还海域、未恢复原状，砂土仍被冲刷入海（生态环境和资源保护）；"
        "罚10倍海域使用金在海域使用管理法第42条围填海10-20倍内，已听证",
        [pil("ecology_resources", "当事人未退还非法占用的海域，未恢复海域原状")], PIL),
    Doc("jd22_land.txt", "land",
        "海域使用金三个年度186.4万元三次催缴仍未缴入国库（国有财产保护）；擅自改变海域用途罚6倍在海域使用管理法"
        "第46条5-15倍内",
        [pil("state_assets", "合计人民币186.4万元")], PIL),
    Doc("jd23_environment.txt", "environment",
        "养殖尾水超标直排生态红线区海湾，责令改正后两次复查仍直排、淤积扩大（生态环境和资源保护）；非有毒物质不涉"
        "刑法第338条；罚12万在海洋环境保护法第93条第二款10万-100万内，已告知听证",
        [pil("ecology_resources", "发现当事人仍在放水排塘，尾水未经处理直接排入海域")], PIL),
    Doc("jd24_environment.txt", "environment",
        "抛锚抛石破坏珊瑚礁680平方米（保护区实验区外缘，非核心保护区），责令补救后未修复、块石未清除、又有新锚损"
        "（生态环境和资源保护）；每平方米1,500元在海洋环境保护法第96条1千-1万内，已告知听证",
        [pil("ecology_resources", "当事人未报送修复方案，未开展任何修复工作")], PIL),
    Doc("jd25_environment.txt", "environment",
        "无居民海岛炸山开挖、清除植被，责令恢复后复查未拆除、未恢复，泥浆入海（生态环境和资源保护）；罚30万在海岛"
        "保护法第48条5万-50万内，已告知听证",
        [pil("ecology_resources", "未拆除岛上任何设施，未进行植被恢复")], PIL),
    Doc("jd26_land.txt", "land",
        "国有建设用地出让价款余款4,224万元三次催缴仍未缴入国库且已擅自开工（国有土地使用权出让）；每平方米100元在"
        "土地管理法实施条例第57条100-1000元内，已听证",
        [pil("state_land_transfer", "余款4,224万元")], PIL),
]

IRREGULAR = [
    # ── enforcement irregularities ──
    out_of_range("jd27_fishery.txt", "fishery",
                 "幼鱼超比例（非禁渔期、非禁用网具，渔获2,600千克不达海洋门槛），渔业法第38条第一款处五万元以下罚款；"
                 "罚6.5万超出上限",
                 "二、罚款人民币陆万伍仟元。"),
    out_of_range("jd28_wildlife.txt", "wildlife",
                 "出售国家二级保护的唐冠螺、法螺贝壳，价值7,600元（<2万不涉刑），野保法第52条第一款罚价值2-20倍即"
                 "15,200-152,000元；罚8,000元低于下限且未写明减轻处罚情节",
                 "2.并处罚款人民币捌仟元。"),
    no_hearing("jd29_customs.txt", "customs",
               "海关对单位罚款12万元≥10万元（hearing.yaml默认市场监管口径单位十万元，行政处罚法第63条），只告知陈述、"
               "申辩，未告知听证；归类错误申报不实、漏缴18.6万无走私故意，罚款在第15条第（四）项30%-2倍内",
               "决定对当事人科处罚款人民币12万元"),
    no_hearing("jd30_public_security.txt", "public_security",
               "公安机关对个人罚款6,000元≥2,000元（公安机关办理行政案件程序规定第123条），只告知陈述权和申辩权，未告知"
               "听证；反电信网络诈骗法第44条违法所得不足二万元可处二十万元以下，罚款在范围内",
               "并处罚款人民币陆仟元"),
    Doc("jd31_fishery.txt", "fishery",
        "渔业法（2013修正）共五十条，处罚依据第五十二条不存在（无证捕捞的罚则为第41条，十万元以下，2万元在内）；"
        "已告知听证",
        [irregular("nonexistent_article", "《中华人民共和国渔业法》第五十二条")],
        {"scenario": "irregularity", "irregularities": ["nonexistent_article"]}),
    Doc("jd32_food_safety.txt", "food_safety",
        "2025年1月6日立案、2025年6月20日决定，历时165日，超过行政处罚法第60条九十日，文书未记载延期批准或中止；"
        "货值9,000元罚1.5万在食品安全法第125条5千-5万内，已告知听证",
        [irregular("time_limit", "本局于2025年1月6日对当事人涉嫌经营标签不符合规定的预包装食品一案立案调查")],
        {"scenario": "irregularity", "irregularities": ["time_limit"]}),
]

NEGATIVE = [
    # ── negatives (near misses marked) ──
    Doc("jd33_fishery.txt", "fishery",
        "休渔期流刺网捕捞，渔获280×18+190×15+96×12+41×10=9,452千克<1万千克，拍卖价款8.36万<10万，网具合规无禁用"
        "方法（法释〔2016〕17号第四条）；罚4.5万在渔业法第38条内，已告知听证",
        flags=UNDER),
    Doc("jd34_wildlife.txt", "wildlife",
        "出售国家二级保护长砗磲手串，价值7×1,680+3×2,240=18,480元<2万元（法释〔2022〕12号）；罚2倍在野保法第52条"
        "内，已告知听证",
        flags=UNDER),
    Doc("jd35_tax.txt", "tax",
        "逃税12.84万元且占18.2%，但首次被税务处理、已在期限内补缴税款和滞纳金并接受处罚，依刑法第201条第四款不予"
        "追究；罚0.5倍在征管法第63条内，已告知听证",
        flags={"scenario": "tax_paid", "near_miss": True}),
    Doc("jd36_environment.txt", "environment",
        "废机油5.2吨交无证个人≥3吨，但已移送公安机关并立案侦查，不是隐匿的移送线索；罚60万为固废法第112条第二款"
        "处置费按20万计的3倍",
        flags={"scenario": "transferred", "near_miss": True, "transferred": True}),
    Doc("jd37_mining.txt", "mining",
        "载运来源不明海砂5,600立方米×48元=26.88万元，已移送公安，公安以不能证明参与采挖为由不予立案并退回；罚15万在"
        "海洋环境保护法第97条第二款内，已告知听证",
        flags={"scenario": "police_declined", "near_miss": True, "police_declined": True}),
    Doc("jd38_food_safety.txt", "food_safety",
        "举报多宝鱼含孔雀石绿，抽检孔雀石绿、硝基呋喃等均未检出；仅进货查验记录违法，警告在食品安全法第126条内",
        flags={"scenario": "not_detected", "near_miss": True}),
    Doc("jd39_environment.txt", "environment",
        "码头含油污水超标2.1倍入海（石油类非重金属），当日清污，两次复查达标、水质沉积物恢复本底，无持续损害；罚15万"
        "在海洋环境保护法第93条第二款内，已告知听证",
        flags={"scenario": "pil_remedied", "near_miss": True, "continuing_harm": False}),
    Doc("jd40_other.txt", "other",
        "拖欠23人工资38.46万元，但在指令书限期内足额支付，不是刑法第276条之一的经责令支付仍不支付；超时加班每人"
        "100元在劳动保障监察条例第25条100-500元内",
        flags={"scenario": "remedied", "near_miss": True}),
    Doc("jd41_intellectual_property.txt", "intellectual_property",
        "销售假冒商标渔具，销售金额4.68万<5万、获利1.9万<3万、库存货值3.1万（合计7.78万<15万），均不达刑法第214条；"
        "罚13.8万（大于门槛但不是计量口径）在商标法第60条内，已听证",
        flags=UNDER),
    Doc("jd42_customs.txt", "customs",
        "个人旅检藏匿走私，偷逃税款87,400元<10万元，完税价格41.6万不是口径，首次走私（法释〔2014〕10号第十六条）；"
        "罚5万在实施条例第9条三倍以下内，已告知听证",
        flags=UNDER),
    Doc("jd43_public_security.txt", "public_security",
        "出售一般车主信息4,860条<5000条、违法所得4,650元<5000元，非敏感或重要信息、非履职获得、无前科（法释〔2017〕"
        "10号第五条）；罚3倍在网络安全法第64条第二款内，已告知听证",
        flags=UNDER),
    Doc("jd44_environment.txt", "environment",
        "废铅蓄电池（HW31）0.96+1.04+0.85=2.85吨<3吨交无证个人，不在重点保护区域（法释〔2023〕7号第一条）；罚60万"
        "为固废法第112条第二款处置费按20万计的3倍，已听证",
        flags=UNDER),
    Doc("jd45_market.txt", "market",
        "不予行政处罚决定书：水产品未明码标价，初次违法危害轻微并当场改正（行政处罚法第33条第一款）",
        flags={"scenario": "no_penalty"}),
    Doc("jd46_transport.txt", "transport",
        "船长未保持安全值班，罚3,000元在海上交通安全法第99条1千-1万内；个人3,000元<1万元无需告知听证",
        flags={"scenario": "plain"}),
]

GROUPS = [
    # ── 化整为零: one man's three runs of frozen goods at sea, cut into three decisions the same day ──
    *[Doc(name, "customs",
          "同一当事人（同一身份证号）三次海上过驳运输冻品无合法证明，同日拆成三案；未经处理的多次走私累计偷逃税款"
          "37,810+34,228+34,886.40=106,924.40元≥10万元（刑法第153条第三款，法释〔2014〕10号第十六条）；每案罚3万在"
          "实施条例第9条三倍以下内",
          [split("customs-153-ordinary-goods/1", quote, 106924.4, SPLIT)],
          {"scenario": "split", "split_group": SPLIT})
      for name, quote in (("jd47_customs.txt", "偷逃应缴税款人民币37,810元"),
                          ("jd48_customs.txt", "偷逃应缴税款人民币34,228元"),
                          ("jd49_customs.txt", "偷逃应缴税款人民币34,886.40元"))],
    # ── repeat offender: the same credit code punished again ten months later ──
    Doc("jd50_fishery.txt", "fishery",
        "销售禁用地笼网，首次处罚，罚5,000元在渔业法第38条第三款一万元以下内",
        flags={"scenario": "repeat_first", "repeat_group": REPEAT}),
    Doc("jd51_fishery.txt", "fishery",
        "同一统一社会信用代码的渔具店在2024年9月30日处罚后约十个月再次销售禁用渔具，二年内再犯；罚8,000元在渔业法"
        "第38条第三款一万元以下内",
        [repeat("东山县铜陵镇兴旺渔具店", REPEAT)],
        {"scenario": "repeat", "repeat_group": REPEAT}),
]

DOCS = sorted(CRIMINAL + PUBLIC_INTEREST + IRREGULAR + NEGATIVE + GROUPS, key=lambda doc: doc.file)


labeled = lead_gold.labeler(HERE, CREATED, VERSION)

if __name__ == "__main__":
    lead_gold.main(HERE, DOCS, CREATED, VERSION)
