"""Lead labels for the fortieth hand-written set in this folder (run to rewrite ``gold.jsonl``).

A new UNSEEN held-out test of the lead screening, written on 2026-11-22 without reading any decision
of the other hand-written sets nor the screening code. Every decision ``jsNN_<domain>.txt`` was
written by hand in the manner of published 行政处罚决定书 of city and county agencies in 北京, 山西,
内蒙古, 辽宁, 吉林 and 黑龙江 (all names, numbers, codes and addresses invented; credit codes carry
valid GB 32100-2015 check digits, identity numbers are masked). The figures are written the ways
clerks write them: totals left for the reader to add from table rows or parts, quantities times
unit prices (several grades), the protected status, land kind or information kind in another
paragraph than the figure, 大写 amounts and 万元, a wrong-measure figure over the line beside the
right one, several forms (税务, 公安, 海关, 人社, 烟草, 消防, 不予处罚). Labels come from the law only:
criminal thresholds from corpora/knowledge/thresholds.yaml (the version in force on the date of
the facts), hearing figures from corpora/knowledge/hearing.yaml, fine ranges and article existence
from the statute text in force on the decision date. Each row's ``meta.reason`` gives the one-line
legal reason. Conventions are those of ``handwritten_fifth/make_gold.py``.

Run from the repository root: ``.venv/bin/python corpora/labeled/handwritten_fortieth/make_gold.py``.
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
CREATED = "2026-11-22T18:45:00+00:00"
VERSION = "handwritten-fortieth/1"

SPLIT, REPEAT = "split-js-daqing-tobacco", "repeat-js-wuhai-coking"
OVER = {"scenario": "over"}
QUAL = {"scenario": "qualitative"}

CRIMINAL = [
    # ── criminal-transfer leads (each also 以罚代刑: only fined, no transfer recorded) ──
    Doc("js01_food_safety.txt", "food_safety",
        "压片糖果（食品）检出西地那非（保健食品非法添加物名单，非食品原料），刑法第144条行为犯无金额门槛"
        "（food-144-toxic/3）；罚10万在食品安全法第123条货值不足1万10万-15万内；只罚款未移送",
        [trigger("food-144-toxic/3", "该批次产品检出西地那非"), fined_only("三、并处罚款人民币拾万元整")], QUAL),
    Doc("js02_environment.txt", "environment",
        "通过私设暗管排放含六价铬、总铬的电镀废水（有毒物质，法释〔2023〕7号第一条第（四）项、第十七条），"
        "无数量要求（env-338-pollution/9）；罚35万在水污染防治法第83条10万-100万内；只罚款未移送",
        [trigger("env-338-pollution/9", "通过私设的暗管排放含六价铬的电镀废水"),
         fined_only("罚款叁拾伍万元")], QUAL),
    Doc("js03_work_safety.txt", "work_safety",
        "高瓦斯矿井人为包裹、断电甲烷传感器（关闭、破坏直接关系生产安全的监控报警设备），上隅角甲烷1.38%"
        "持续割煤29人作业，具有现实危险，刑法第134条之一第（一）项（safety-134-1a-dangerous-operation/1）；"
        "罚4.8万在安全生产法第99条五万元以下内；只罚款未移送",
        [trigger("safety-134-1a-dangerous-operation/1", "工作面上隅角甲烷传感器被人用塑料袋包裹并用胶带缠绕"),
         fined_only("罚款人民币肆万捌仟元整")], QUAL),
    Doc("js04_fishery.txt", "fishery",
        "松花江禁渔期（在另一段）使用电鱼（禁用方法）捕捞，无数量要求（法释〔2022〕12号第三条，"
        "fishery-340-inland/5，渔获23.4公斤不影响）；罚3千在渔业法第38条内；只罚款未移送",
        [trigger("fishery-340-inland/5", "使用上述电捕鱼器具捕鱼"), fined_only("罚款人民币叁仟元")], QUAL),
    Doc("js05_product_quality.txt", "product_quality",
        "铜包铝冒充纯铜线（以不合格冒充合格），销售金额须由表格三行相加：420×96+610×148+185×232=173,520元"
        "≥5万元（刑法第140条，product-140-fake-inferior/1）；违法所得3.575万不是口径；罚60%在产品质量法第50条"
        "50%-3倍内；只罚款未移送",
        [threshold("product-140-fake-inferior/1", "BV2.5mm²       610            148", 173520.0),
         fined_only("计人民币壹拾万肆仟壹佰壹拾贰元")], OVER),
    Doc("js06_drugs.txt", "drugs",
        "含量不符合药典的黄芪饮片按劣药论处，未致严重危害，已批发销售额5.64万元≥5万元按刑法第149条、第140条"
        "（drug-142-substandard/2）；罚100万为药品管理法第117条货值不足10万按10万计10倍，在10-20倍内，已听证；"
        "只罚款未移送",
        [threshold("drug-142-substandard/2", "上述已售饮片销售额共计5.64万元", 56400.0),
         fined_only("并处十倍罚款，计人民币壹佰万元整")], OVER),
    Doc("js07_intellectual_property.txt", "intellectual_property",
        "2025年6月起销售假冒注册商标的羊绒制品，销售金额三行相加126×368+85×420+40×296=93,908元≥5万元"
        "（刑法第214条，2025年解释，ip-214-sell-counterfeit/2）；违法所得71,928元亦≥3万；罚2倍在商标法第60条"
        "五倍以下内；只罚款未移送",
        [threshold("ip-214-sell-counterfeit/2", "羊绒衫 126件，每件售价368元", 93908.0),
         fined_only("计人民币壹拾捌万柒仟捌佰壹拾陆元")], OVER),
    Doc("js08_environment.txt", "environment",
        "废铅蓄电池（HW31危险废物，在另一段）三次提供给无证个人1,260+980+1,140=3,380千克=3.38吨≥3吨"
        "（法释〔2023〕7号第一条第（二）项，env-338-pollution/1）；罚60万为固废法第112条第二款处置费用按20万计3倍，"
        "在3-5倍内；只罚款未移送",
        [threshold("env-338-pollution/1", "第一次，2024年11月2日，1,260千克", 3.38),
         fined_only("处所需处置费用三倍罚款，即人民币陆拾万元")], OVER),
    Doc("js09_land.txt", "land",
        "非法占用耕地（水浇地，非永久基本农田，在另一段）7,420平方米=11.13亩≥10亩，浇筑混凝土种植条件严重毁坏"
        "（法释〔2000〕14号第三条，land-342-cultivated/2）；每平方米150元在土地管理法实施条例第57条100-1000元内，"
        "已听证；只罚款未移送",
        [threshold("land-342-cultivated/2", "当事人占用土地总面积7,420平方米", 11.13),
         fined_only("计人民币壹佰壹拾壹万叁仟元")], OVER),
    Doc("js10_forestry.txt", "forestry",
        "无证采伐国有林木，立木蓄积按树种三行相加3.42+1.18+0.86=5.46立方米≥5立方米（法释〔2023〕8号，"
        "刑法第345条第一款盗伐，forest-345-1-theft/1）；价值8,190元<2万不是唯一口径；罚5倍在森林法第76条"
        "5-10倍内；只罚款未移送",
        [threshold("forest-345-1-theft/1", "落叶松     26         18                3.42", 5.46),
         fined_only("计人民币肆万零玖佰伍拾元")], OVER),
    Doc("js11_wildlife.txt", "wildlife",
        "收购出售猞猁（国家二级，级别在另一段）皮张3张（已售1张+查获2张）×8,000元=24,000元≥2万元"
        "（法释〔2022〕12号第六条，刑法第341条第一款，wildlife-341-1-endangered/1）；罚2倍在野生动物保护法第52条"
        "内；只罚款未移送",
        [threshold("wildlife-341-1-endangered/1", "每张猞猁皮价值按8,000元核定", 24000.0),
         fined_only("计人民币肆万捌仟元整")], OVER),
    Doc("js12_mining.txt", "mining",
        "无证采砂31,800立方米×9.5元=302,100元≥10万元（即便按省级幅度上限30万亦达，法释〔2016〕25号第三条，"
        "mining-343-1-illegal/1）；违法所得21.6万不是口径；罚40%在矿产资源法实施细则第42条50%以下内；"
        "只罚款未移送",
        [threshold("mining-343-1-illegal/1", "动用资源量为建筑用砂31,800立方米", 302100.0),
         fined_only("计人民币捌万陆仟肆佰元")], OVER),
    Doc("js13_tax.txt", "tax",
        "2022-2023年个人卡收款隐匿收入，少缴税款四项相加48,200+3,374+38,950+47,550=138,074元≥10万元且占24.6%"
        "≥10%（刑法第201条，tax-201-evasion@2022/1），经下达处理决定限期缴纳仍未缴，不适用第四款；罚50%在征管法"
        "第63条内；只罚款未移送",
        [threshold("tax-201-evasion@2022/1", "增值税（税率13%，扣除可抵扣部分后）：48,200.00元", 138074.0),
         fined_only("计人民币陆万玖仟零叁拾柒元")], OVER),
    Doc("js14_tax.txt", "tax",
        "无真实交易虚开增值税专用发票22份，税额三行相加41,600+46,800+26,000=114,400元≥10万元（法释〔2024〕4号"
        "第十一条，tax-205-vat-invoice/1）；价税合计99.44万不是口径；罚30万在发票管理办法第35条5万-50万内，"
        "已听证；只罚款未移送",
        [threshold("tax-205-vat-invoice/1", "大连瑞丰机电有限公司    8    320,000.00     41,600.00", 114400.0),
         fined_only("并处罚款人民币叁拾万元")], OVER),
    Doc("js15_customs.txt", "customs",
        "单位以虚假发票低报价格走私冻品，偷逃税款关税98,400+增值税132,700=231,100元≥单位20万元（刑法第153条，"
        "customs-153-ordinary-goods/2）；罚15万在海关行政处罚实施条例第9条第一款第（三）项3倍以下内；"
        "只罚款未移送",
        [threshold("customs-153-ordinary-goods/2", "关税98,400.00元，进口环节增值税132,700.00元", 231100.0),
         fined_only("科处罚款人民币壹拾伍万元整")], OVER),
    Doc("js16_public_security.txt", "public_security",
        "酒店前台出售住宿信息（信息性质在另一段）分三次186+214+157=557条≥500条（法释〔2017〕10号第五条第一款"
        "第（四）项，pi-253-1-personal-information/2；履职中获得另可减半）；违法所得2,785元<5000不是唯一口径；"
        "罚3倍在网络安全法第64条第二款1-10倍内；只罚款未移送",
        [threshold("pi-253-1-personal-information/2", "6月28日发送186条", 557.0),
         fined_only("计人民币捌仟叁佰伍拾伍元")], OVER),
    Doc("js17_labor.txt", "other",
        "拖欠17名农民工三个月以上工资，三班组相加38,400+45,150+16,800=100,350元≥3万元，经限期改正指令书和行政处理"
        "决定书责令支付仍不支付、负责人换号失联（法释〔2013〕3号，labor-276-1-wage-refusal/2）；罚2万在劳动保障"
        "监察条例第30条2千-2万内；只罚款未移送",
        [threshold("labor-276-1-wage-refusal/2", "木工组     6       38,400", 100350.0),
         fined_only("我局决定对你单位处以罚款人民币贰万元")], OVER),
    Doc("js18_health.txt", "health",
        "未取得医师资格非法行医，曾于2023、2024年两次受卫生行政处罚仍行医（法释〔2016〕27号第二条第（五）项，"
        "health-336-illegal-medical-practice/1）；罚5万为医师法第59条违法所得不足1万按1万计5倍，在2-10倍内；"
        "只罚款未移送",
        [threshold("health-336-illegal-medical-practice/1", "2023年6月12日，我委以当事人未取得医疗机构执业许可证擅自执业为由",
                   2.0),
         fined_only("处五倍罚款，计人民币伍万元整")], OVER),
    Doc("js19_market.txt", "market",
        "以认购商品变相交纳入门费、按发展人数和层级计酬，组织者以下四层4+11+19+8=42人≥30人且层级≥3级"
        "（立案追诉标准（二）第七十条，market-224-1-pyramid/1）；罚50万在禁止传销条例第24条50万-200万内，"
        "已听证；只罚款未移送",
        [threshold("market-224-1-pyramid/1", "第三层会员19人", 42.0), fined_only("对当事人处罚款人民币伍拾万元整")],
        OVER),
    Doc("js20_forestry.txt", "forestry",
        "在基本草原（草原性质在另一段）挖取砂石17,850平方米=26.78亩≥20亩，植被表土全部剥离（法释〔2012〕15号"
        "第二条，land-342-grassland/1）；罚违法所得1倍在草原法第68条1-2倍内；只罚款未移送",
        [threshold("land-342-grassland/1", "被挖取砂石的区域面积为17,850平方米", 26.78),
         fined_only("并处违法所得一倍的罚款，计人民币叁万陆仟元")], OVER),
]

PUBLIC_INTEREST = [
    # ── public-interest leads: statutory field + harm going on after the agency acted ──
    Doc("js21_environment.txt", "environment",
        "养殖场粪污经挖开的围堰流入呼兰河支流，两次复查仍持续外渗入河、黑臭水体未清理、未建处理设施（生态环境和"
        "资源保护领域）；COD、氨氮不属刑事倍数口径；罚20万在水污染防治法第83条10万-100万内",
        [pil("ecology_resources", "粪污从池体北侧低洼处持续外渗")], {"scenario": "pil", "continuing_harm": True}),
    Doc("js22_food_safety.txt", "food_safety",
        "学生集体用餐配送单位餐食菌落总数、大肠菌群不合格，责令后两次复查仍向四所学校配送、再次抽检仍不合格（食品"
        "药品安全领域，不特定多数学生）；指示菌不是致病性微生物、无食物中毒，不达刑法第143条；罚8万在食品安全法"
        "第124条5万-10万内",
        [pil("food_drug_safety", "仍在原分装间使用未修复的设施分装学生午餐并继续向四所学校配送")],
        {"scenario": "pil", "continuing_harm": True}),
    Doc("js23_finance.txt", "other",
        "挪用中央和省级清洁取暖专项补助资金186万元，责令归还后核查仍未归还、623户未改造（国有财产保护领域）；"
        "罚20%在财政违法行为处罚处分条例第14条违规使用资金10%-30%内，已告知听证",
        [pil("state_assets", "你公司尚未归还被挪用的资金")], {"scenario": "pil", "continuing_harm": True}),
    Doc("js24_fire_safety.txt", "work_safety",
        "大型商场锁闭安全出口、堵塞疏散楼梯、关闭喷淋报警阀，责令立即改正后两次复查仍未改正且照常营业、大量儿童"
        "（安全生产领域，不特定多数人）；无伤亡不达刑法第139条；罚4.5万在消防法第60条5千-5万内",
        [pil("work_safety", "二层北侧安全出口仍处于锁闭状态")], {"scenario": "pil", "continuing_harm": True}),
    Doc("js25_land.txt", "land",
        "国有建设用地使用权出让价款11,184万元三次催缴仍欠缴，未办证即开工（国有土地使用权出让领域）；每平方米100元"
        "在土地管理法实施条例第57条100-1000元内，已听证",
        [pil("state_land_transfer", "当事人至今仍欠缴土地出让价款11,184万元")],
        {"scenario": "pil", "continuing_harm": True}),
    Doc("js26_forestry.txt", "forestry",
        "擅自改变商品林地用途4.2亩（<10亩，不达刑法第342条），责令限期恢复后两次复查仍未清运、石粉随径流入太子河"
        "支流，未补植（生态环境和资源保护领域）；罚1倍在森林法第73条所需费用三倍以下内",
        [pil("ecology_resources", "发现被处罚人仍未清运堆放物")], {"scenario": "pil", "continuing_harm": True}),
]

IRREGULAR = [
    # ── enforcement irregularities ──
    out_of_range("js27_food_safety.txt", "food_safety",
                 "用超过保质期的原料生产食品，货值5,616元不足1万，食品安全法第124条第一款罚5万-10万；罚2万低于下限，"
                 "只写从轻（主动召回），未写减轻处罚的法定情节",
                 "三、罚款人民币贰万元整"),
    out_of_range("js28_environment.txt", "environment",
                 "挥发性有机物无组织排放，大气污染防治法第108条第（一）项罚2万-20万；罚25万超出上限",
                 "罚款人民币贰拾伍万元整"),
    no_hearing("js29_product_quality.txt", "product_quality",
               "市场监管对单位罚款15万元≥10万元（hearing.yaml市场监管单位十万元，行政处罚法第63条），只告知陈述、"
               "申辩，未告知听证；罚款在产品质量法第49条货值6.6万等值以上三倍以下内；销售2.64万×3+库存3.96万=11.88万"
               "<15万不达刑法第140条",
               "4．并处罚款人民币壹拾伍万元。"),
    no_hearing("js30_work_safety.txt", "work_safety",
               "应急管理对单位罚款5万元≥3万元（hearing.yaml应急管理单位三万元），只告知陈述、申辩，未告知听证；罚款"
               "在安全生产法第97条十万元以下内",
               "决定给予罚款人民币伍万元整的行政处罚"),
    Doc("js31_forestry.txt", "forestry",
        "森林法（2019修订）共84条，引用的第九十二条不存在（滥伐罚则为第76条第二款，3-5倍）；滥伐6.3立方米<20"
        "不涉刑",
        [irregular("nonexistent_article", "依据《中华人民共和国森林法》第九十二条之规定")],
        {"scenario": "irregularity", "irregularities": ["nonexistent_article"]}),
    Doc("js32_intellectual_property.txt", "intellectual_property",
        "2024年2月19日立案、2025年1月8日决定，历时324日，超过行政处罚法第60条和市场监督管理行政处罚程序规定"
        "九十日，文书未记载延期批准或中止；违法经营额12,380元，罚2万在商标法第60条25万以下内",
        [irregular("time_limit", "本局于2024年2月19日对当事人涉嫌销售侵犯注册商标专用权的调味品一案立案调查")],
        {"scenario": "irregularity", "irregularities": ["time_limit"]}),
]

NEGATIVE = [
    # ── negatives (near misses marked) ──
    Doc("js33_forestry.txt", "forestry",
        "超许可地点和数量采伐，滥伐部分1.4+17.2=18.6立方米<20立方米、价值29,760元<5万元（法释〔2023〕8号，刑法第"
        "345条第二款）；合计采伐30.6立方米含许可的12.0立方米，不是口径；罚3倍在森林法第76条第二款内",
        flags={"scenario": "under", "near_miss": True}),
    Doc("js34_tax.txt", "tax",
        "少缴税款163,144元占23.1%，但首次被税务处理、期限内补缴税款和滞纳金并接受处罚，五年内无逃税处罚，依刑法"
        "第201条第四款不予追究；罚50%在征管法第63条内，已告知听证",
        flags={"scenario": "tax_paid", "near_miss": True}),
    Doc("js35_environment.txt", "environment",
        "倾倒含油污泥5.2吨≥3吨，但已移送公安机关并立案侦查，不是隐匿的移送线索；另就标识、贮存违法罚15万在固废法"
        "第112条第一款10万-100万内",
        flags={"scenario": "transferred", "near_miss": True, "transferred": True}),
    Doc("js36_mining.txt", "mining",
        "采矿许可证到期后继续开采，价值12.6万元≥10万元，已移送公安，公安以延续申请已受理、无非法采矿故意不予立案"
        "并退回；罚30%在实施细则第42条50%以下内，已听证",
        flags={"scenario": "police_declined", "near_miss": True, "police_declined": True}),
    Doc("js37_food_safety.txt", "food_safety",
        "举报羊肉含瘦肉精，三批次克伦特罗、莱克多巴胺、沙丁胺醇均未检出，无有毒有害物质；未索证（非检疫不合格）、"
        "未建进货查验记录，罚5千在食品安全法第126条5千-5万内",
        flags={"scenario": "not_detected", "near_miss": True}),
    Doc("js38_environment.txt", "environment",
        "COD超标0.8倍（非重金属，无刑事倍数口径），当日停产、检修完成，两次复查达标、下游水质稳定，无持续损害；罚"
        "12万在水污染防治法第83条10万-100万内，已告知听证",
        flags={"scenario": "pil_remedied", "near_miss": True, "continuing_harm": False}),
    Doc("js39_labor.txt", "other",
        "拖欠12人工资82,460元，但在限期改正指令书期限内全额支付，不是刑法第276条之一的经责令仍不支付；因不按要求"
        "报送材料罚2千在劳动保障监察条例第30条2千-2万内",
        flags={"scenario": "remedied", "near_miss": True}),
    Doc("js40_wildlife.txt", "wildlife",
        "收购运输国家二级保护鸟类大鵟2只×3,300+普通鵟3只×4,000=18,600元<2万元（法释〔2022〕12号第六条）；雉鸡"
        "（三有）3,300元<1万元（第341条第三款食用）；合计21,900元是两种口径相加，不是口径；罚款在野生动物保护法第52、"
        "53条内",
        flags={"scenario": "under", "near_miss": True}),
    Doc("js41_intellectual_property.txt", "intellectual_property",
        "销售假冒注册商标运动鞋、T恤，销售金额136×245+82×58=38,076元<5万元、违法所得12,626元<3万元、已售+库存"
        "62,136元<15万元（刑法第214条，2025年解释）；罚11.4万（数字大于门槛但不是口径）在商标法第60条内，已告知听证",
        flags={"scenario": "under", "near_miss": True}),
    Doc("js42_public_security.txt", "public_security",
        "出售一般个人信息（家长姓名、电话、年级）4,300条<5000条、违法所得4,200元<5000元，不含敏感信息（法释〔2017〕"
        "10号第五条）；罚5倍在网络安全法第64条内，已听证",
        flags={"scenario": "under", "near_miss": True}),
    Doc("js43_customs.txt", "customs",
        "个人走私偷逃应缴税款78,300元<10万元（刑法第153条，法释〔2014〕10号第十六条）；货值41.6万不是口径，非一年内"
        "两次行政处罚后再犯；罚8万在海关行政处罚实施条例第9条3倍以下内，已听证",
        flags={"scenario": "under", "near_miss": True}),
    Doc("js44_mining.txt", "mining",
        "无证采煤172吨×500元=86,000元<10万元（法释〔2016〕25号第三条）；违法所得5.12万不是口径；罚50%在实施细则"
        "第42条内",
        flags={"scenario": "under", "near_miss": True}),
    Doc("js45_advertising.txt", "market",
        "不予行政处罚决定书：广告使用绝对化用语，初次违法、危害后果轻微并及时改正（行政处罚法第33条第一款）",
        flags={"scenario": "no_penalty"}),
    Doc("js46_work_safety.txt", "work_safety",
        "起重吊装一般事故重伤2人<3人、无死亡、直接经济损失62.4万元<100万元（立案追诉标准，刑法第134条）；罚35万"
        "在安全生产法第114条一般事故30万-100万内，已听证",
        flags={"scenario": "under", "near_miss": True}),
]

GROUPS = [
    # ── 化整为零: one unlicensed shop's cigarettes cut into three decisions within six weeks ──
    *[Doc(name, "tobacco",
          "同一个体户（同一信用代码）无烟草专卖零售许可证经营卷烟，六周内拆成三案；违法经营额17,700+16,650+16,260="
          "50,610元≥5万元（法释〔2010〕7号第三条，刑法第225条，tobacco-225-illegal-business/1），每案均不足5万；"
          "每案罚30%在烟草专卖法实施条例第57条20%-50%内",
          [split("tobacco-225-illegal-business/1", quote, 50610.0, SPLIT)],
          {"scenario": "split", "split_group": SPLIT})
      for name, quote in (("js47_tobacco.txt", "“中华（硬）” 24条，按本地卷烟市场零售价每条450元计"),
                          ("js48_tobacco.txt", "合计                63                       16,650"),
                          ("js49_tobacco.txt", "违法经营额共计人民币壹万陆仟贰佰陆拾元"))],
    # ── repeat offender: the same credit code punished again eight months later ──
    Doc("js50_environment.txt", "environment",
        "焦炉烟囱颗粒物超标排放，首次处罚，罚20万在大气污染防治法第99条10万-100万内",
        flags={"scenario": "repeat_first", "repeat_group": REPEAT}),
    Doc("js51_environment.txt", "environment",
        "同一统一社会信用代码的单位在2024年9月10日处罚后约八个月再次超标排放，二年内再犯（文书未提前次处罚）；"
        "罚35万在第99条内，已听证",
        [repeat("统一社会信用代码：91150302MA0MWF7D25", REPEAT)],
        {"scenario": "repeat", "repeat_group": REPEAT}),
]

DOCS = sorted(CRIMINAL + PUBLIC_INTEREST + IRREGULAR + NEGATIVE + GROUPS, key=lambda doc: doc.file)


labeled = lead_gold.labeler(HERE, CREATED, VERSION)

if __name__ == "__main__":
    lead_gold.main(HERE, DOCS, CREATED, VERSION)
