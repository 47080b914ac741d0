"""Lead labels for the thirty-seventh hand-written set in this folder (run to rewrite ``gold.jsonl``).

A new UNSEEN held-out test of the lead screening, written on 2026-11-22 without reading any decision
of the earlier hand-written sets nor the screening code. Every decision ``jpNN_<domain>.txt`` was
written by hand in the manner of published 行政处罚决定书 of county and city agencies across China
(湖南, 河南, 安徽, 江西, 山东, 广西, 江苏, 陕西, 云南, 河北, 贵州, 内蒙古, 湖北, 重庆, 福建, 黑龙江, 甘肃,
辽宁, 新疆, 浙江, 吉林, 山西, 海南, 宁夏, 青海, 四川, 广东), leaning on agriculture and rural affairs
(农药, 兽药, 种子, 化肥, 生猪屠宰, 水产养殖, 动物防疫), food safety, drugs, land, grassland, water
(河道采砂), transport and 城管/住建. All names, numbers, codes and addresses are invented; credit codes
carry valid GB 32100-2015 check digits (and valid GB 11714 organisation-code check digits), identity
numbers valid GB 11643 check digits (birth dates masked). Labels come from the law only: criminal
thresholds from corpora/knowledge/thresholds.yaml (the version in force on the date of the facts),
hearing figures from corpora/knowledge/hearing.yaml, fine ranges and article existence from the
statute text in force on the decision date. Each row's ``meta.reason`` gives the one-line legal
reason. Conventions are those of ``handwritten_fifth/make_gold.py``.

Run from the repository root: ``.venv/bin/python corpora/labeled/handwritten_thirtyseventh/make_gold.py``.
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
CREATED = "2026-11-22T17:30:00+00:00"
VERSION = "handwritten-thirtyseventh/1"

SPLIT, REPEAT = "split-jp-taikang-wheat-seed", "repeat-jp-sheyang-slaughterhouse"
OVER = {"scenario": "over"}
QUAL = {"scenario": "qualitative"}

CRIMINAL = [
    # ── criminal-transfer leads (each also 以罚代刑: only fined, no transfer recorded) ──
    Doc("jp01_agriculture.txt", "agriculture",
        "经营假农药，销售金额由表1三种农药数量×单价相加：1,860×18+940×22+520×35=72,360元≥5万元（product-147-agri-inputs/2，"
        "刑法第147条未致损失按第149条适用第140条）；罚5倍货值370,440在农药管理条例第55条货值1万以上5-10倍内，已告知听证；"
        "只罚款未移送",
        [threshold("product-147-agri-inputs/2", "表1  当事人2024年9月至2025年2月销售上述农药情况", 72360.0),
         fined_only("罚款人民币叁拾柒万零肆佰肆拾元（370,440元）")], OVER),
    Doc("jp02_agriculture.txt", "agriculture",
        "经营假兽药（批准文号不存在、未检出标示成分），销售收入5.46万元≥5万元（product-147-agri-inputs/2）；罚2倍货值6.09万"
        "=12.18万在兽药管理条例第56条2-5倍内，已听证；只罚款未移送",
        [threshold("product-147-agri-inputs/2", "两种产品的销售收入为5.46万元", 54600.0),
         fined_only("处货值金额2倍罚款，计人民币壹拾贰万壹仟捌佰元整")], OVER),
    Doc("jp03_agriculture.txt", "agriculture",
        "以此种品种冒充他种的假玉米种子，使生产遭受损失47,360+38,720+29,540=115,620元≥2万元（product-147-agri-inputs/1，"
        "刑法第147条）；销售金额2.9万<5万不是唯一口径；罚10倍货值在种子法第74条10-20倍内，已告知听证；只罚款吊证未移送",
        [threshold("product-147-agri-inputs/1", "因品种不符造成的减产损失分村统计如下", 115620.0),
         fined_only("处货值金额十倍罚款290,000元")], OVER),
    Doc("jp04_agriculture.txt", "agriculture",
        "以不合格复合肥冒充合格，销售金额陆万捌仟肆佰元=68,400元≥5万元（product-147-agri-inputs/2）；获利16,400元不是口径；"
        "罚1倍货值76,500在产品质量法第50条50%-3倍内；只罚款未移送",
        [threshold("product-147-agri-inputs/2", "销售金额为人民币陆万捌仟肆佰元", 68400.0),
         fined_only("罚款76,500元（柒万陆仟伍佰元整）")], OVER),
    Doc("jp05_food_safety.txt", "food_safety",
        "未经定点私设屠宰场屠宰销售生猪，非法经营数额9,600×21.6+2,880×24+7,440=283,920元≥10万元（food-225-illegal-business/1，"
        "法释〔2021〕24号第17条，刑法第225条）；罚10倍货值在生猪屠宰管理条例第31条10-20倍内，已听证；只罚款未移送",
        [threshold("food-225-illegal-business/1", "货值金额（已销售及现场查获部分合计）为283,920元", 283920.0),
         fined_only("并处货值金额10倍罚款，计人民币贰佰捌拾叁万玖仟贰佰元整")], OVER),
    Doc("jp06_food_safety.txt", "food_safety",
        "收购死因不明的猪加工腊味销售，属病死、死因不明畜肉制品（food-143-substandard/2，法释〔2021〕24号第1条，刑法第143条"
        "足以造成严重食源性疾病）；罚10万在食品安全法第123条货值不足1万10-15万内，已告知听证；只罚款未移送",
        [trigger("food-143-substandard/2", "当事人收购的系死因不明的生猪"), fined_only("罚款人民币100,000元")], QUAL),
    Doc("jp07_fishery.txt", "fishery",
        "水产养殖中使用孔雀石绿（食品动物禁用化合物，农业农村部公告第250号；物质名与使用行为在不同段），属在食用农产品养殖中"
        "使用禁用物质（food-144-toxic/2，法释〔2021〕24号第11条，刑法第144条行为犯）；罚12万在农产品质量安全法第70条"
        "货值不足1万10-15万内，已告知听证；只罚款未移送",
        [trigger("food-144-toxic/2", "孔雀石绿（以孔雀石绿和隐色孔雀石绿之和计）实测值4.6μg/kg"),
         fined_only("罚款人民币壹拾贰万元整（¥120,000.00）")], QUAL),
    Doc("jp08_agriculture.txt", "agriculture",
        "合作社将甲拌磷（禁止在蔬菜上使用的剧毒农药，性质在另一段）灌根韭菜，检出0.21mg/kg（food-144-toxic/2，法释〔2021〕24号"
        "第11条，刑法第144条）；罚6万在农药管理条例第60条单位5-10万内；只罚款未移送",
        [trigger("food-144-toxic/2", "甲拌磷含量为0.21mg/kg"), fined_only("罚款人民币陆万元整")], QUAL),
    Doc("jp09_drugs.txt", "drugs",
        "中成药检出醋酸地塞米松、吲哚美辛，成分与国家药品标准不符，依药品管理法第98条第二款第（一）项为假药，销售假药为刑法"
        "第141条行为犯（drug-141-counterfeit/1）；罚150万为第116条货值不足10万按10万计15倍下限，已听证；只罚款吊证未移送",
        [trigger("drug-141-counterfeit/1", "该批样品检出醋酸地塞米松和吲哚美辛"), fined_only("处罚款人民币壹佰伍拾万元整")],
        QUAL),
    Doc("jp10_land.txt", "land",
        "非法占用永久基本农田（地类在另一段）地块一1,926+地块二1,574=3,500平方米=5.25亩≥5亩，浇筑混凝土耕作层完全破坏"
        "（land-342-cultivated/1，法释〔2000〕14号第3条，刑法第342条）；坑塘、道路不计；罚每平方米200元在实施条例第57条"
        "100-1000元内，已告知听证；只罚款未移送",
        [threshold("land-342-cultivated/1", "上述地块一、地块二原地类为水浇地，且全部划入永久基本农田保护红线", 5.25),
         fined_only("共计人民币捌拾陆万捌仟肆佰元整")], OVER),
    Doc("jp11_land.txt", "land",
        "非法占用一般耕地（旱地，非永久基本农田）7.6+4.1=11.7亩≥10亩，耕作层剥离、不具备种植条件（land-342-cultivated/2，"
        "法释〔2000〕14号第3条，刑法第342条）；罚每平方米100元在实施条例第57条内，已告知听证；只罚款未移送",
        [threshold("land-342-cultivated/2", "料场东侧地块面积7.6亩，西侧地块面积4.1亩", 11.7),
         fined_only("计人民币780,000元（柒拾捌万元整）")], OVER),
    Doc("jp12_forestry.txt", "forestry",
        "非法开垦天然草原（基本草原，地类在另一段）1.46公顷=21.9亩≥20亩，植被全部翻埋（land-342-grassland/1，法释〔2012〕15号"
        "第2条，刑法第342条）；罚3万在草原法第66条无违法所得5万以下内，已听证；只罚款未移送",
        [threshold("land-342-grassland/1", "开垦面积1.46公顷", 21.9), fined_only("罚款人民币叁万元")], OVER),
    Doc("jp13_water.txt", "water",
        "无证在长江采砂，矿产品价值6,480×42+2,150×26=328,060元≥10万元（亦≥省定上限30万；mining-343-1-illegal/1，法释〔2016〕25号"
        "第2、3条，刑法第343条）；销售收入24.7万不是口径；罚2倍货值在长江河道采砂管理条例第18条2-20倍内，已告知听证；"
        "只罚款没收未移送",
        [threshold("mining-343-1-illegal/1", "河砂     6,480立方米   42元/立方米", 328060.0),
         fined_only("计人民币陆拾伍万陆仟壹佰贰拾元整")], OVER),
    Doc("jp14_fishery.txt", "fishery",
        "长江流域重点水域禁捕期电鱼，渔获物212+186+143=541千克≥500千克（fishery-340-inland/1，法释〔2022〕12号第3条，刑法"
        "第340条；价值7,426元<1万元不是唯一口径，禁用方法亦可）；二人罚款在渔业法第38条5万以下内；只罚款未移送",
        [threshold("fishery-340-inland/1", "鲫鱼212公斤、鲤鱼186公斤、鲢鳙143公斤", 541.0),
         fined_only("对当事人一胡国华罚款人民币捌仟元")], OVER),
    Doc("jp15_intellectual_property.txt", "intellectual_property",
        "2025年5月起销售假冒“五常大米”证明商标的大米，销售金额420×72+186×128+38×290=65,068元≥5万元（ip-214-sell-counterfeit/2，"
        "行为在2025-04-26版本生效后，刑法第214条）；获利19,230元<3万元；罚2倍违法经营额在商标法第60条五倍以下内，已告知听证；"
        "只罚款未移送",
        [threshold("ip-214-sell-counterfeit/2", "根据当事人的电脑收银记录，当事人销售情况如下", 65068.0),
         fined_only("罚款138,776元（违法经营额的二倍）")], OVER),
    Doc("jp16_drugs.txt", "drugs",
        "批发溶出度不合格的劣药，销售金额2,600×14.50+2,260×15.20=72,052元≥5万元（drug-142-substandard/2，刑法第142条按第149条"
        "适用第140条）；罚100万为药品管理法第117条批发货值不足10万按10万计10倍下限，已听证；只罚款未移送",
        [threshold("drug-142-substandard/2", "批号230811销售2,600盒，销售单价14.50元；批号231027销售2,260盒，销售单价15.20元",
                   72052.0),
         fined_only("罚款人民币壹佰万元整")], OVER),
    Doc("jp17_tax.txt", "tax",
        "虚开农产品收购发票少缴增值税63,218.40+企业所得税58,400+城建税3,160.92=124,779.32元≥10万元且占31.6%≥10%"
        "（tax-201-evasion/1，2024年下半年行为适用法释〔2024〕4号版本，刑法第201条）；处理决定限期届满未补缴，不适用第201条第四款；"
        "罚60%在征管法第63条50%-5倍内，已告知听证；只罚款未移送",
        [threshold("tax-201-evasion/1", "造成少缴增值税63,218.40元", 124779.32),
         fined_only("对你单位处少缴税款百分之六十的罚款，计74,867.59元")], OVER),
    Doc("jp18_public_security.txt", "public_security",
        "买卖毒鼠强饵料：购入200袋×每袋20克=4千克≥2千克（物质名在另一段鉴定意见；safety-125-2-dangerous-substances/2，"
        "法释〔2003〕14号第1条，刑法第125条第二款）；公安只作治安行政拘留十日（治安管理处罚法第30条）未刑事立案",
        [threshold("safety-125-2-dangerous-substances/2", "购入该“灭鼠药”共200袋", 4.0), fined_only("行政拘留十日")],
        OVER),
    Doc("jp19_agriculture.txt", "agriculture",
        "收购运输封锁疫区内列入扑杀清单的生猪38头，货值3,648公斤×16元=58,368元≥2万元（health-337-quarantine/3，2017年补充"
        "规定第9条，刑法第337条）；罚15倍在动物防疫法第97条15-30倍内，已听证；只罚款未移送",
        [threshold("health-337-quarantine/3", "38头生猪合计3,648公斤", 58368.0), fined_only("计人民币875,520元")], OVER),
    Doc("jp20_other.txt", "other",
        "拖欠17名农民工工资61,200+38,600+12,400=112,200元≥3万元，经限期整改指令书责令支付逾期仍不支付且负责人逃匿"
        "（labor-276-1-wage-refusal/2，法释〔2013〕3号第3、4条，刑法第276条之一）；罚4万在保障农民工工资支付条例第54条2-5万内；"
        "只罚款未移送",
        [threshold("labor-276-1-wage-refusal/2", "你单位拖欠农民工工资情况如下", 112200.0),
         fined_only("对你单位处以罚款人民币肆万元整")], OVER),
    Doc("jp21_environment.txt", "environment",
        "农药企业将HW04/HW06危险废物（类别在另一段）27桶×约180公斤=4.86吨≥3吨交无证个人倾倒（env-338-pollution/1，"
        "法释〔2023〕7号第1条，刑法第338条）；罚60万为固废法第112条第二款处置费按20万计3倍，已告知听证；只罚款未移送",
        [threshold("env-338-pollution/1", "上述27桶物料每桶重量约180公斤", 4.86), fined_only("罚款人民币陆拾万元整")], OVER),
    Doc("jp22_food_safety.txt", "food_safety",
        "以鸭肉冒充羊肉卷（掺杂掺假、以假充真），销售金额1,630箱×36元=58,680元≥5万元（product-140-fake-inferior/1，"
        "法释〔2021〕24号第13条，刑法第140条）；进货额39,110元、获利19,570元不是口径；罚1.5倍货值在产品质量法第50条内；"
        "只罚款未移送",
        [threshold("product-140-fake-inferior/1", "上述“羊肉卷”共销售1,630箱，每箱售价36元", 58680.0),
         fined_only("计人民币97,470元")], OVER),
]


PUBLIC_INTEREST = [
    # ── public-interest leads: statutory field + harm going on after the agency acted ──
    Doc("jp23_water.txt", "water",
        "涑水河河道管理范围内堆放弃土1.2万立方米侵占行洪断面，责令限期清除后两次复查未清除、汛期临近，决定时仍有1.1万立方米"
        "（生态环境和资源保护领域）；罚4.5万在水法第65条1-10万（亦在第66条1-5万）内",
        [pil("ecology_resources", "河道内弃土约1.1万立方米仍未清除")], PIL),
    Doc("jp24_land.txt", "land",
        "国有建设用地使用权出让价款1,930万元两次催缴仍未缴入国库，未取得权证即开工（国有土地使用权出让领域）；罚每平方米100元"
        "在实施条例第57条内，已听证；建设用地不涉刑法第342条",
        [pil("state_land_transfer", "当事人仍拖欠国有建设用地使用权出让价款1,930万元")], PIL),
    Doc("jp25_food_safety.txt", "food_safety",
        "学生营养餐凉拌菜菌落总数、大肠菌群不合格（指示菌，非致病性微生物严重超标，不达刑法第143条），责令改正后两次复查仍向"
        "三所学校约2,100名学生配送（食品药品安全领域）；罚8万在食品安全法第124条货值不足1万5-10万内",
        [pil("food_drug_safety", "三所学校约2,100名学生的营养餐仍由当事人配送")], PIL),
    Doc("jp26_forestry.txt", "forestry",
        "草原上非法采石破坏植被12亩（<20亩，不达刑法第342条），责令恢复后继续采挖，决定时仍未回填恢复（生态环境和资源保护领域）；"
        "罚2倍违法所得在草原法第68条1-2倍内，已告知听证",
        [pil("ecology_resources", "12亩被破坏草原植被仍未恢复")], PIL),
    Doc("jp27_environment.txt", "environment",
        "规模猪场沼液外溢入灌溉堰塘和河流支流，限期治理后两次复查仍外溢、堰塘未清淤、村民无法灌溉（生态环境和资源保护领域；"
        "畜禽粪污非有毒物质不涉刑法第338条）；罚4.5万在畜禽规模养殖污染防治条例第41条5万以下内，已告知听证",
        [pil("ecology_resources", "当事人沼液外溢尚未停止，受污染堰塘仍未清淤")], PIL),
    Doc("jp28_culture_tourism.txt", "culture_tourism",
        "网吧一年内多次接纳未成年人，责令改正后两次复查仍接纳，决定时仍有未成年人在包间上网（未成年人保护领域）；罚1.5万在"
        "互联网上网服务营业场所管理条例第31条15000元以下内并停业整顿，已听证",
        [pil("minors", "本局4月16日晚检查时仍发现1名未成年人在包间上网")], PIL),
]

IRREGULAR = [
    # ── enforcement irregularities ──
    out_of_range("jp29_agriculture.txt", "agriculture",
                 "采购销售未附产品质量检验合格证的农药，农药管理条例第57条第（三）项罚5000元-5万元；罚8万超出上限，无从重以外依据",
                 "（四）罚款人民币捌万元"),
    out_of_range("jp30_transport.txt", "transport",
                 "未取得道路运输经营许可从事普通货运（总质量49吨），违法所得无法查实，道路运输条例（2023）第63条第（一）项罚3000元-1万元；"
                 "罚2000元低于下限且未写明减轻处罚情节",
                 "二、罚款人民币贰仟元"),
    no_hearing("jp31_construction.txt", "construction",
               "综合行政执法局对单位罚款18万元≥10万元（hearing.yaml默认市场监管单位十万元，行政处罚法第63条），只告知陈述、申辩，未告知"
               "听证；罚款为造价240万的7.5%在城乡规划法第64条5%-10%内",
               "计人民币壹拾捌万元整"),
    no_hearing("jp32_tax.txt", "tax",
               "税务机关对个人罚款6,500元≥2,000元（税务行政处罚听证程序实施办法第3条），只告知陈述、申辩，未告知听证；罚50%在征管法"
               "第64条第二款50%-5倍内；少缴1.3万不达刑法第201条",
               "对你处少缴税款百分之五十的罚款6,500.00元"),
    Doc("jp33_agriculture.txt", "agriculture",
        "种子法（2021修正）共92条，引用的第九十六条不存在（标签不符合规定的罚则为第79条第（二）项，二千元以上二万元以下，罚8,000元"
        "在内）",
        [irregular("nonexistent_article", "《中华人民共和国种子法》第九十六条")],
        {"scenario": "irregularity", "irregularities": ["nonexistent_article"]}),
    Doc("jp34_fishery.txt", "fishery",
        "2024年9月23日立案、2025年4月7日决定，历时196日，超过行政处罚法第60条九十日，文书未记载延期批准或中止；作业日在南海"
        "伏季休渔期（5月1日-8月16日）之外、渔获360公斤远低于海洋1万千克，不涉刑法第340条；罚1.2万在渔业法第38条内，已告知听证",
        [irregular("time_limit", "本局于2024年9月23日对当事人涉嫌使用小于最小网目尺寸的网具进行捕捞一案立案调查")],
        {"scenario": "irregularity", "irregularities": ["time_limit"]}),
]

UNDER = {"scenario": "under", "near_miss": True}

NEGATIVE = [
    # ── negatives (near misses marked) ──
    Doc("jp35_agriculture.txt", "agriculture",
        "经营假农药，销售金额1,200×24+600×30=46,800元<5万元，已售×3+库存=140,400+2,940=143,340元<15万元（刑法第140条、第147条"
        "均不达）；罚248,700元（数字过线但为罚款不是口径）在农药管理条例第55条5-10倍内，已听证",
        flags=UNDER),
    Doc("jp36_tax.txt", "tax",
        "少缴企业所得税18.6万元且占23.4%，但首次被税务处理、已全额补缴税款和滞纳金并接受处罚，五年内无前科，依刑法第201条第四款"
        "不予追究；罚50%在征管法第63条内，已告知听证",
        flags={"scenario": "tax_paid", "near_miss": True}),
    Doc("jp37_fishery.txt", "fishery",
        "禁捕水域电鱼渔获620公斤≥500公斤，但已移送公安机关并立案侦查，不是隐匿的移送线索；罚款待刑事程序终结，仅没收工具",
        flags={"scenario": "transferred", "near_miss": True, "transferred": True}),
    Doc("jp38_water.txt", "water",
        "长江无证采砂价值12.6万元≥知识库10万元，已移送，公安以未达安徽省定数额标准不予立案并退回；罚2倍货值在长江河道采砂管理条例"
        "第18条内，已听证",
        flags={"scenario": "police_declined", "near_miss": True, "police_declined": True}),
    Doc("jp39_food_safety.txt", "food_safety",
        "生猪尿样瘦肉精快检弱阳性，但确证检测盐酸克伦特罗、莱克多巴胺、沙丁胺醇均未检出，不涉刑法第144条；未附检疫证明罚1万在"
        "动物防疫法第100条货值一倍以下内，已告知听证",
        flags={"scenario": "not_detected", "near_miss": True}),
    Doc("jp40_land.txt", "land",
        "占用永久基本农田3,066平方米=4.60亩<5亩（法释〔2000〕14号第3条）；另1,200平方米为村庄建设用地不是耕地，合计6.4亩过线但"
        "地类不同；罚每平方米100元在实施条例第57条内，已告知听证",
        flags=UNDER),
    Doc("jp41_forestry.txt", "forestry",
        "开垦天然草原1.24公顷=18.6亩<20亩（法释〔2012〕15号第2条），不达刑法第342条；已自行补播恢复植被、复查确认，无持续损害；"
        "罚1.2万在草原法第66条5万以下内，已告知听证",
        flags={"scenario": "under", "near_miss": True, "continuing_harm": False}),
    Doc("jp42_agriculture.txt", "agriculture",
        "销售劣玉米种子，生产损失18,600元<2万元、销售金额32,000元<5万元（刑法第147条、第140条均不达），损失已赔付；罚16万"
        "（数字过线但为罚款）在种子法第75条5-10倍内，已告知听证",
        flags=UNDER),
    Doc("jp43_other.txt", "other",
        "拖欠23名农民工工资18.6万元，但在限期整改指令书规定期限内足额支付，不是刑法第276条之一的经责令支付仍不支付；未编制工资"
        "支付台账逾期不改罚2万在保障农民工工资支付条例第54条2-5万内",
        flags={"scenario": "remedied", "near_miss": True}),
    Doc("jp44_environment.txt", "environment",
        "猪场沼液外溢入山塘，当事人立即停排、修复设施、清淤，两次复查达标、山塘恢复灌溉，无持续损害（无公益诉讼线索）；罚3万在畜禽"
        "规模养殖污染防治条例第41条5万以下内",
        flags={"scenario": "pil_remedied", "near_miss": True, "continuing_harm": False}),
    Doc("jp45_drugs.txt", "drugs",
        "零售含量不合格的劣药，销售金额(560+740+600)×24=45,600元<5万元，已售×3+库存=136,800+4,200=141,000元<15万元（刑法第142条"
        "按第140条均不达）；罚49.8万（过线但为罚款）在药品管理法第117条10-20倍内，已听证",
        flags=UNDER),
    Doc("jp46_public_security.txt", "public_security",
        "从QQ群购得后转卖农户姓名、电话、村组等一般个人信息4,600条<5000条、违法所得4,200元<5000元，不含行踪、财产、交易等敏感"
        "或重要信息，非履职获得（法释〔2017〕10号第5条）；公安罚3倍违法所得在网络安全法第64条第二款1-10倍内，已告知听证",
        flags=UNDER),
    Doc("jp47_transport.txt", "transport",
        "货车超限9.2吨，公路安全保护条例第64条罚3万元以下，罚1,500元；无刑事、公益或程序问题",
        flags={"scenario": "ordinary"}),
]

GROUPS = [
    # ── 化整为零: one seed company's three outlets, cut into three decisions the same day ──
    *[Doc(name, "agriculture",
          "同一种业公司（同一信用代码）三个门市销售假小麦种子，同日拆成三案；累计销售金额18,400+17,600+16,500=52,500元≥5万元"
          "（product-147-agri-inputs/2，刑法第147条按第149条适用第140条），每案均不足5万；每案罚4万在种子法第74条货值不足2万"
          "2-20万内",
          [split("product-147-agri-inputs/2", quote, 52500.0, SPLIT)],
          {"scenario": "split", "split_group": SPLIT})
      for name, quote in (("jp48_agriculture.txt", "该门市销售金额为人民币18,400元"),
                          ("jp49_agriculture.txt", "每袋20元，合计17,600元"),
                          ("jp50_agriculture.txt", "结算金额一万六千五百元"))],
    # ── repeat offender: the same slaughterhouse punished again nine months later ──
    Doc("jp51_food_safety.txt", "food_safety",
        "定点屠宰厂未建立出厂记录经责令拒不改正，首次处罚；单位2万、主管2万在生猪屠宰管理条例第32条内，已告知听证",
        flags={"scenario": "repeat_first", "repeat_group": REPEAT}),
    Doc("jp52_food_safety.txt", "food_safety",
        "同一统一社会信用代码的屠宰厂在2024年7月26日处罚后约七个月（2025年3月4日）出厂未经肉品品质检验的生猪产品，二年内再犯；"
        "单位12万在第33条货值不足1万10-15万内、主管5万在5-10万内，已听证",
        [repeat("另查明，当事人曾于2024年7月26日因未按照规定建立生猪产品出厂记录制度被本局处以罚款", REPEAT)],
        {"scenario": "repeat", "repeat_group": REPEAT}),
]

DOCS = sorted(CRIMINAL + PUBLIC_INTEREST + IRREGULAR + NEGATIVE + GROUPS, key=lambda doc: doc.file)


labeled = lead_gold.labeler(HERE, CREATED, VERSION)

if __name__ == "__main__":
    lead_gold.main(HERE, DOCS, CREATED, VERSION)
