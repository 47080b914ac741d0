"""Lead labels for the forty-sixth hand-written set in this folder (run to rewrite ``gold.jsonl``).

A new UNSEEN held-out test of the lead screening, written on 2026-11-22 without reading any decision
of the earlier hand-written sets nor the screening code. Every decision ``jyNN_<domain>.txt`` was
written by hand in the manner of published 行政处罚决定书 of county and city agencies across China
(山东, 河南, 江西, 广西, 湖南, 安徽, 云南, 浙江, 内蒙古, 四川, 湖北, 黑龙江, 江苏, 新疆, 广东, 贵州,
重庆, 陕西, 甘肃, 福建, 山西, 河北, 吉林, 青海, 辽宁, 宁夏), leaning on 农业农村 (农药, 兽药, 种子,
饲料, 生猪屠宰, 动物防疫) and 林草 (野生动物 by species × value, 盗伐/滥伐 by 立木蓄积 rows, 草原,
古树名木, 野生植物), plus 卫健 (非法行医, 医疗美容), 文旅/文物, 税务, 海关 and 人社 forms. All names,
numbers, codes and addresses are invented; credit codes carry valid GB 32100-2015 check digits,
identity numbers valid GB 11643 check digits (some masked). Labels come from the law only: criminal
thresholds from corpora/knowledge/thresholds.yaml, hearing figures from corpora/knowledge/hearing.yaml,
fine ranges and article existence from the statute text in force on the decision date
(corpora/knowledge/statutes). Each row's ``meta.reason`` gives the one-line legal reason.

Run from the repository root: ``.venv/bin/python corpora/labeled/handwritten_fortysixth/make_gold.py``.
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
CREATED = "2026-11-22T19:30:00+00:00"
VERSION = "handwritten-fortysixth/1"

SPLIT, REPEAT = "split-jy-huitong-overcutting", "repeat-jy-pingyi-vetdrugs"
OVER = {"scenario": "over"}
QUAL = {"scenario": "qualitative"}

CRIMINAL = [
    # ── criminal-transfer leads (each also 以罚代刑: only fined, no transfer recorded) ──
    Doc("jy01_agriculture.txt", "agriculture",
        "将禁用农药甲拌磷灌根、喷施于韭菜（食用农产品），法释〔2021〕24号第十一条，刑法第144条行为犯无数额门槛；"
        "罚8千在农药管理条例第60条个人1万元以下内；只罚款未移送",
        [trigger("food-144-toxic/2", "于4月上旬兑水后灌根、喷施在其第2、第3号棚韭菜上"),
         fined_only("二、罚款人民币捌仟元整")], QUAL),
    Doc("jy02_agriculture.txt", "agriculture",
        "养殖中拌料投喂莱克多巴胺（食品动物禁用物质，物质性质在另一句），刑法第144条行为犯（法释〔2021〕24号第十一条）；"
        "只罚款4.5万未移送",
        [trigger("food-144-toxic/1", "6份尿样中4份检出莱克多巴胺"), fined_only("3.处罚款人民币肆万伍仟元")], QUAL),
    Doc("jy03_forestry.txt", "forestry",
        "无证采伐集体林木，立木蓄积须由三行相加2.74+2.36+2.41=7.51立方米≥5立方米（法释〔2023〕8号第四条，"
        "forest-345-1-theft/1）；林木价值1.78万<2万不是唯一口径；罚5倍在森林法第76条第一款5-10倍内；只罚款未移送",
        [threshold("forest-345-1-theft/1", "1号片   杉木    38      12-22             2.74", 7.51),
         fined_only("并处盗伐林木价值五倍罚款，计人民币捌万玖仟元整")], OVER),
    Doc("jy04_forestry.txt", "forestry",
        "超出许可证地点采伐，两个小班立木蓄积14.6+9.1=23.7立方米≥20立方米（法释〔2023〕8号第六条，"
        "forest-345-2-overcutting/1）；林木价值13,272元<5万不是唯一口径；罚3倍在森林法第76条第二款3-5倍内；只罚款未移送",
        [threshold("forest-345-2-overcutting/1", "第13林班1小班：伐桩312个，立木蓄积14.6立方米", 23.7),
         fined_only("计人民币叁万玖仟捌佰壹拾陆元")], OVER),
    Doc("jy05_wildlife.txt", "wildlife",
        "收购出售国家二级保护猛禽（级别在另一段），11只×每只3,000元=33,000元≥2万元（法释〔2022〕12号第六条，"
        "wildlife-341-1-endangered/1）；违法所得4,200元不是计量口径；罚2倍在野生动物保护法第52条2-20倍内；只罚款未移送",
        [threshold("wildlife-341-1-endangered/1", "红隼4只、雀鹰3只、领角鸮2只、普通鵟2只（冷冻）", 33000.0),
         fined_only("（三）处野生动物价值二倍罚款，计人民币陆万陆仟元")], OVER),
    Doc("jy06_wildlife.txt", "wildlife",
        "在禁猎区、禁猎期使用粘网、铁夹（禁用工具，禁猎区期与工具在不同段落）狩猎，法释〔2022〕12号第七条第一款第（二）项，"
        "刑法第341条第二款无数额要求；猎获物1,380元；只罚款2千未移送",
        [trigger("wildlife-341-2-illegal-hunting/2", "粘网、铁夹均属禁止使用的猎捕工具"),
         fined_only("并处罚款人民币贰仟元")], QUAL),
    Doc("jy07_forestry.txt", "forestry",
        "采挖国家一级保护野生植物杏黄兜兰5株≥1株（级别在另一段；法释〔2023〕8号第二条，刑法第344条）；"
        "只没收、以无违法所得不并处罚款，未移送（以行政没收代替移送，按以罚代刑标注）",
        [threshold("forest-344-protected-plants/1", "查获植物为兜兰属的杏黄兜兰5株", 5.0),
         fined_only("没收所采集的全部野生植物")], OVER),
    Doc("jy08_forestry.txt", "forestry",
        "擅自挖掘移植古树南方红豆杉（国家一级保护野生植物，级别在另一句）1株并致严重损伤≥1株（法释〔2023〕8号第二条，"
        "刑法第344条非法移栽）；只罚款10万未移送，已听证",
        [threshold("forest-344-protected-plants/1", "该树为南方红豆杉，胸径86厘米", 1.0),
         fined_only("二、处罚款人民币壹拾万元整")], OVER),
    Doc("jy09_land.txt", "land",
        "非法开垦基本草原两地块1.34+0.78=2.12公顷=31.8亩≥20亩，植被全部翻埋（法释〔2012〕15号第二条，刑法第342条）；"
        "罚3万在草原法第66条无违法所得5万元以下内；只罚款未移送",
        [threshold("land-342-grassland/1", "东侧地块面积为1.34公顷，西侧地块面积为0.78公顷", 31.8),
         fined_only("并处罚款人民币叁万元")], OVER),
    Doc("jy10_forestry.txt", "forestry",
        "修路、硬化毁坏国家级公益林地（林地类别在另一段），三地块2170+1380+210=3760㎡=5.64亩≥5亩（法释〔2023〕8号"
        "第一条，land-342-forest/1；平方米须折亩）；罚恢复费用2倍在森林法第73条三倍以下内；只罚款未移送",
        [threshold("land-342-forest/1", "地块一：便道K0+000至K0+420段，开挖林地2170㎡", 5.64),
         fined_only("计人民币陆万贰仟元（62000元）")], OVER),
    Doc("jy11_agriculture.txt", "agriculture",
        "私设生猪屠宰点，按月头数相加146头×1,420元=207,320元≥10万元（法释〔2021〕24号第十七条，food-225-illegal-business/1，"
        "刑法第225条）；查获货值3,860元不是计量口径；两人各罚5万（生猪屠宰管理条例第31条查获货值不足1万5-10万）；只罚款未移送",
        [threshold("food-225-illegal-business/1", "7月份屠宰生猪41头，8月份38头，9月份46头，10月1日至14日21头，合计146头",
                   207320.0),
         fined_only("二、对当事人一、当事人二分别罚款人民币伍万元")], OVER),
    Doc("jy12_agriculture.txt", "agriculture",
        "以此品种冒充他品种销售假种子，生产损失312亩×148公斤+205亩×121公斤，×2.8元/公斤=198,746.8元≥2万元"
        "（法释〔2001〕10号第七条，刑法第147条）；销售额6.79万也≥5万；罚10倍在种子法第74条10-20倍内，已听证；只罚款未移送",
        [threshold("product-147-agri-inputs/1", "勤劳镇永兴村种植面积312亩，每亩减产稻谷约148公斤", 198746.8),
         fined_only("计人民币陆拾柒万玖仟元")], OVER),
    Doc("jy13_agriculture.txt", "agriculture",
        "销售假兽药，三品种数量×单价=32,200+20,160+7,942=60,302元≥5万元（刑法第147条未致损失时依第149条按第140条，"
        "product-147-agri-inputs/2）；进货价3.46万不是计量口径；罚15万在兽药管理条例第56条货值2-5倍内；只罚款未移送",
        [threshold("product-147-agri-inputs/2", "头孢喹肟注射液    100ml/瓶        1,150瓶     28元", 60302.0),
         fined_only("并处罚款人民币壹拾伍万元整")], OVER),
    Doc("jy14_agriculture.txt", "agriculture",
        "经营假农药，大小瓶不同价相加312×96+860×28+1,044×17.5=72,302元≥5万元（product-147-agri-inputs/2，刑法第149条"
        "第140条）；获利1.356万不是计量口径；罚37.975万为货值5倍在农药管理条例第55条5-10倍内，已听证；只罚款未移送",
        [threshold("product-147-agri-inputs/2", "大瓶（1000ml）销售312瓶，每瓶96元", 72302.0),
         fined_only("并处罚款人民币叁拾柒万玖仟柒佰伍拾元整")], OVER),
    Doc("jy15_agriculture.txt", "agriculture",
        "收购因病死亡的生猪分割加工后销售给餐饮店（病死肉，法释〔2021〕24号第一条第（二）项，刑法第143条具体危险犯按"
        "司法解释直接认定）；罚15倍在动物防疫法第97条15-30倍内；只罚款未移送",
        [trigger("food-143-substandard/2", "收购的生猪系在养殖场因病死亡"),
         fined_only("计人民币壹拾捌万陆仟元")], QUAL),
    Doc("jy16_health.txt", "health",
        "未取得医师资格非法行医，曾两次受卫生行政处罚后再次非法行医（法释〔2016〕27号第二条第（五）项，刑法第336条）；"
        "罚5万在医师法第59条违法所得不足1万按1万计2-10倍内；只罚款未移送",
        [threshold("health-336-illegal-medical-practice/1",
                   "当事人曾因未取得医师资格从事诊疗活动，分别于2021年9月被本局处以罚款", 2.0),
         fined_only("三、并处罚款人民币伍万元")], OVER),
    Doc("jy17_health.txt", "health",
        "非医师开展医疗美容注射，致就诊人轻度残疾、器官组织损伤导致一般功能障碍（法释〔2016〕27号第二条第（一）项，"
        "刑法第336条）；罚3倍在医师法第59条2-10倍内；只罚款未移送",
        [trigger("health-336-illegal-medical-practice/2", "刘某右眼视力损害构成轻度残疾，器官组织损伤导致一般功能障碍"),
         fined_only("计人民币捌万零肆佰元")], QUAL),
    Doc("jy18_culture_tourism.txt", "culture_tourism",
        "以牟利为目的收购、出售国家禁止买卖的出土三级文物2件≥1件（法释〔2015〕23号第六条，刑法第326条；级别在鉴定"
        "段落）；交易5.8万也≥5万；罚2倍在文物保护法（2017）第72条2-5倍内，已听证；只罚款未移送",
        [threshold("relics-326-328-trafficking-tomb-robbing/1", "定为三级文物", 2.0),
         fined_only("计人民币壹拾壹万陆仟元")], OVER),
    Doc("jy19_tax.txt", "tax",
        "账外收入不申报，逃避缴纳增值税199,486.24+城建税13,964.04+企业所得税51,220=264,670.28元≥10万元，占应纳税额"
        "1,342,580元的19.7%≥10%（法释〔2024〕4号第一条，刑法第201条）；已下追缴而未补缴，不适用第201条第四款；"
        "罚50%在征管法第63条50%-5倍内；只罚款未移送",
        [threshold("tax-201-evasion/1", "1.少缴增值税：2,416,000÷(1+9%)×9%=199,486.24元", 264670.28),
         fined_only("处百分之五十的罚款，计人民币132,335.14元")], OVER),
    Doc("jy20_customs.txt", "customs",
        "个人夹藏冻牛肉未申报进境，偷逃税款139,216元≥10万元（法释〔2014〕10号第十六条，刑法第153条）；完税价格61.6万"
        "不是计量口径；罚20万在海关行政处罚实施条例第9条第1款第（三）项30%-2倍内；只罚款未移送",
        [threshold("customs-153-ordinary-goods/1", "偷逃税款人民币壹拾叁万玖仟贰佰壹拾陆元", 139216.0),
         fined_only("并处罚款人民币贰拾万元")], OVER),
    Doc("jy21_other.txt", "other",
        "拖欠14名工人工资，表中人数×月工资×月数相加187,200+55,200+40,800=283,200元≥3万元，经限期整改指令书责令支付"
        "逾期不付且负责人逃匿（法释〔2013〕3号第三、四条，刑法第276条之一）；只作行政处理加付赔偿金未移送",
        [threshold("labor-276-1-wage-refusal/2", "栽植工        9       5,200           4", 283200.0),
         fined_only("按应付金额百分之五十的标准向劳动者加付赔偿金")], OVER),
]

PUBLIC_INTEREST = [
    # ── public-interest leads: statutory field + harm going on after the agency acted ──
    Doc("jy22_forestry.txt", "forestry",
        "毁林开垦商品林地0.21公顷=3.15亩<10亩（不达刑法第342条）；责令恢复后两次复查未补种、扩建、水土流失入溪"
        "（生态环境和资源保护领域）；罚恢复费用1倍在森林法第73条三倍以下内",
        [pil("ecology_resources", "当事人未补种任何林木，反而在开垦地上新修了蓄水池和机耕便道")],
        {"scenario": "pil", "continuing_harm": True}),
    Doc("jy23_culture_tourism.txt", "culture_tourism",
        "省级文物保护单位保护范围内违建，责令拆除后两次复查仍未拆除并经营（文物和文化遗产保护领域）；未损毁文物本体"
        "不涉刑法第324条；罚20万在文物保护法（2017）第66条5万-50万内，已听证",
        [pil("cultural_relics", "未拆除任何部分")], {"scenario": "pil", "continuing_harm": True}),
    Doc("jy24_food_safety.txt", "food_safety",
        "校园周边向学生销售超过保质期食品，责令改正后两次复查仍在销售、仍在营业（食品药品安全领域，不特定多数未成年人）；"
        "货值1,380元，不达刑法第143条；罚5万在食品安全法第124条货值不足1万5万-10万内，已告知听证",
        [pil("food_drug_safety", "当事人仍在向放学学生销售超过保质期的同类食品")],
        {"scenario": "pil", "continuing_harm": True}),
    Doc("jy25_wildlife.txt", "wildlife",
        "围垦省级重要湿地3,600平方米改养殖塘，责令拆除后复查未拆且继续扩挖，潮沟淤积（生态环境和资源保护领域）；不在"
        "自然保护地内，不涉刑法第342条之一；每平方米500元在湿地保护法第54条第一款500-5000元内，已听证",
        [pil("ecology_resources", "围堤未拆除，当事人已放苗养殖南美白对虾，并继续向外扩挖池塘约1,000平方米")],
        {"scenario": "pil", "continuing_harm": True}),
    Doc("jy26_land.txt", "land",
        "国有建设用地出让价款8,707万元三次催缴仍未缴、未办证即开工（国有土地使用权出让领域）；每平方米50元在土地管理法"
        "实施条例第57条内，已听证",
        [pil("state_land_transfer", "剩余8,707万元经出让人于2023年6月、2023年11月、2024年4月三次书面催缴，仍未缴纳")],
        {"scenario": "pil", "continuing_harm": True}),
    Doc("jy27_forestry.txt", "forestry",
        "一级古树树冠投影内硬化、挖沟，责令改正后两次复查未清除、古树持续衰退（生态环境和资源保护领域）；罚10万在"
        "古树名木保护条例第27条第一款拒不采取补救措施5万-20万内",
        [pil("ecology_resources", "硬化路面、排水沟仍未清除，堆料仍在")], {"scenario": "pil", "continuing_harm": True}),
]

IRREGULAR = [
    # ── enforcement irregularities ──
    out_of_range("jy28_agriculture.txt", "agriculture",
                 "经营假农药货值22,800元≥1万元，农药管理条例第55条第一款罚货值5-10倍即11.4万-22.8万；罚3万低于下限，"
                 "未写明减轻情节；销售7,980元、货值2.28万均不达刑事标准",
                 "并处罚款人民币叁万元"),
    out_of_range("jy29_agriculture.txt", "agriculture",
                 "经营劣种子货值13,440元不足2万元，种子法第75条第一款罚1万-10万；罚15万超出上限",
                 "并处罚款人民币壹拾伍万元"),
    no_hearing("jy30_forestry.txt", "forestry",
               "林业对个人罚款50,400元≥1万元（hearing.yaml默认市场监管个人一万元，行政处罚法第63条），只告知陈述申辩，"
               "未告知听证；滥伐8.4立方米<20、价值1.68万<5万不达刑事；罚3倍在森林法第76条第二款内",
               "计人民币伍万零肆佰元"),
    no_hearing("jy31_health.txt", "health",
               "卫健对个人罚款3万元≥1万元（hearing.yaml默认个人一万元），只告知陈述申辩未告知听证；罚款在医师法第59条"
               "违法所得不足1万按1万计2-10倍内；无两次前科、无人身损害不达刑法第336条",
               "并处罚款人民币叁万元"),
    Doc("jy32_land.txt", "land",
        "草原法（2021修正）共75条，引用的第八十六条不存在；占用草原6.3亩<20亩且已恢复植被，不达刑事、无持续损害",
        [irregular("nonexistent_article", "《中华人民共和国草原法》第八十六条")],
        {"scenario": "irregularity", "irregularities": ["nonexistent_article"]}),
    Doc("jy33_agriculture.txt", "agriculture",
        "2024年3月11日立案、2024年9月20日决定，历时193日，超过行政处罚法第60条九十日，文书未记载延期批准或中止；"
        "罚9千在兽药管理条例第56条货值约4,248元的2-5倍内",
        [irregular("time_limit", "本局于2024年3月11日对当事人涉嫌经营人用药品一案立案调查")],
        {"scenario": "irregularity", "irregularities": ["time_limit"]}),
]

NEGATIVE = [
    # ── negatives (near misses marked) ──
    Doc("jy34_forestry.txt", "forestry",
        "盗伐立木蓄积合计4.57立方米<5立方米、价值1.48万<2万（法释〔2023〕8号第四条），不达刑法第345条；罚7.4万"
        "（大于2万但为罚款不是计量口径）在森林法第76条5-10倍内，已告知听证",
        flags={"scenario": "under", "near_miss": True}),
    Doc("jy35_forestry.txt", "forestry",
        "超许可数量滥伐，超采19.4立方米<20立方米、价值4.656万<5万；实际采伐99.4立方米含许可的80立方米不是计量口径；"
        "罚3倍在森林法第76条第二款内，已听证",
        flags={"scenario": "under", "near_miss": True}),
    Doc("jy36_wildlife.txt", "wildlife",
        "国家二级保护鸟类画眉5只×3,000+红嘴相思鸟10只×300=18,000元<2万元；全部鸟类合计21,900元≥2万但含非重点保护"
        "的三有动物，不是计量口径；非以食用为目的；已告知听证",
        flags={"scenario": "under", "near_miss": True}),
    Doc("jy37_agriculture.txt", "agriculture",
        "私屠滥宰销售收入16.35万≥10万元，但已移送公安并立案侦查，不是隐匿的移送线索；行政处罚待刑事程序终结",
        flags={"scenario": "transferred", "near_miss": True, "transferred": True}),
    Doc("jy38_land.txt", "land",
        "占用永久基本农田6.2亩≥5亩，已移送公安，公安以种植条件未严重毁坏不予立案并退回；罚每平方米50元在实施条例"
        "第57条内，已听证",
        flags={"scenario": "police_declined", "near_miss": True, "police_declined": True}),
    Doc("jy39_tax.txt", "tax",
        "逃税141,620元、占16.4%，但下达追缴通知后已补缴税款滞纳金、五年内无前科并接受处罚，依刑法第201条第四款不予"
        "追究；罚50%在征管法第63条内，已告知听证",
        flags={"scenario": "tax_paid", "near_miss": True}),
    Doc("jy40_agriculture.txt", "agriculture",
        "举报使用瘦肉精但尿样饲料均未检出β-受体激动剂；仅未建养殖档案罚1千",
        flags={"scenario": "not_detected", "near_miss": True}),
    Doc("jy41_other.txt", "other",
        "拖欠19人工资12.64万元，但在限期整改指令书期限内全部支付，不是刑法第276条之一经责令仍不支付；未建职工名册"
        "罚1万在劳动合同法实施条例第33条2千-2万内",
        flags={"scenario": "remedied", "near_miss": True}),
    Doc("jy42_land.txt", "land",
        "开垦天然草原1.25公顷=18.75亩<20亩（法释〔2012〕15号第二条），不达刑法第342条；已补播恢复；罚1.5万在草原法"
        "第66条五万元以下内",
        flags={"scenario": "under", "near_miss": True}),
    Doc("jy43_agriculture.txt", "agriculture",
        "假兽药销售金额620×48+585×32=48,480元<5万元；库存货值1,350元；罚99,660元（大于5万但为罚款）在兽药管理条例"
        "第56条货值2-5倍内，已告知听证",
        flags={"scenario": "under", "near_miss": True}),
    Doc("jy44_culture_tourism.txt", "culture_tourism",
        "全国重点文保单位建设控制地带内违建，已自行拆除恢复原状、经复查无损害，无持续损害不是公益诉讼线索；仅警告",
        flags={"scenario": "pil_remedied", "near_miss": True, "continuing_harm": False}),
    Doc("jy45_forestry.txt", "forestry",
        "采挖国家二级保护鼓槌石斛1株<2株、价值1,260元<2万（法释〔2023〕8号第二条），其余两种不在名录；不达刑法第344条",
        flags={"scenario": "under", "near_miss": True}),
    Doc("jy46_agriculture.txt", "agriculture",
        "不予行政处罚决定书：种子标签漏标检测日期，初次违法危害轻微及时改正（行政处罚法第33条第一款）",
        flags={"scenario": "no_penalty"}),
]

GROUPS = [
    # ── 化整为零: one company's over-cutting outside its permit split into three decisions on the same days ──
    *[Doc(name, "forestry",
          "同一单位（同一信用代码）在许可证地点以外三个小班滥伐，拆成三案各不足20立方米；合计8.6+7.9+6.8=23.3立方米"
          "≥20立方米（法释〔2023〕8号第六条，刑法第345条第二款；多次滥伐未经处理累计）；每案罚3倍在森林法第76条第二款内",
          [split("forest-345-2-overcutting/1", quote, 23.3, SPLIT)],
          {"scenario": "split", "split_group": SPLIT})
      for name, quote in (("jy47_forestry.txt", "立木蓄积8.6立方米"),
                          ("jy48_forestry.txt", "立木蓄积7.9立方米"),
                          ("jy49_forestry.txt", "立木蓄积6.8立方米"))],
    # ── repeat offender: the same credit code punished again nine months later ──
    Doc("jy50_agriculture.txt", "agriculture",
        "经营劣兽药，首次处罚；销售3,796元不达刑事；罚货值2倍在兽药管理条例第56条2-5倍内",
        flags={"scenario": "repeat_first", "repeat_group": REPEAT}),
    Doc("jy51_agriculture.txt", "agriculture",
        "同一统一社会信用代码的单位在2024年5月14日处罚后约九个月再次经营劣兽药，二年内再犯；罚货值4倍在第56条内",
        [repeat("平邑县康牧兽药有限公司", REPEAT)],
        {"scenario": "repeat", "repeat_group": REPEAT}),
]

DOCS = sorted(CRIMINAL + PUBLIC_INTEREST + IRREGULAR + NEGATIVE + GROUPS, key=lambda doc: doc.file)


labeled = lead_gold.labeler(HERE, CREATED, VERSION)

if __name__ == "__main__":
    lead_gold.main(HERE, DOCS, CREATED, VERSION)
