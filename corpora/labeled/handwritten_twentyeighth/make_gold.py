"""Lead labels for the twenty-eighth hand-written set in this folder (run to rewrite ``gold.jsonl``).

A new UNSEEN held-out test of the lead screening, written on 2026-11-22 without reading any decision
of the other hand-written sets nor the screening code. Every decision ``jgNN_<domain>.txt`` was
written by hand in the manner of published 行政处罚决定书 of city, county and banner agencies in
黑龙江, 吉林, 辽宁 and 内蒙古 (all names, numbers, codes and addresses invented; credit codes carry
valid GB 32100-2015 check digits and GB 11714 organisation-code check digits, identity numbers valid
GB 11643 check digits, masked in the middle). The figures are written the hard ways clerks write
them: totals the reader must add from batches, rows of small tables or quantities times unit
prices; excess over a permit; square metres and hectares for 亩; the protected status, land kind
or substance in another paragraph than the figure; a wrong-measure figure (违法所得, 进货价, the
fine, 货物价值) over the line beside the right one. Labels come from the law only: criminal
thresholds from corpora/knowledge/thresholds.yaml, hearing figures from
corpora/knowledge/hearing.yaml, fine ranges and article existence from the statute text in force on
the decision date. Each row's ``meta.reason`` gives the one-line legal reason.

Run from the repository root: ``.venv/bin/python corpora/labeled/handwritten_twentyeighth/make_gold.py``.
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
CREATED = "2026-11-22T17:40:00+00:00"
VERSION = "handwritten-twentyeighth/1"

SPLIT, REPEAT = "split-jg-jilin-waste-oil", "repeat-jg-ordos-coal-yard"
OVER = {"scenario": "over"}
QUAL = {"scenario": "qualitative"}

CRIMINAL = [
    # ── criminal-transfer leads (each also 以罚代刑: only fined, no transfer recorded) ──
    Doc("jg01_food_safety.txt", "food_safety",
        "火锅底料加罂粟壳，检出吗啡、可待因、罂粟碱（非食用物质），刑法第144条行为犯无金额门槛（food-144-toxic/1）；"
        "货值不足1万，罚10万在食品安全法第123条10万-15万内；只罚款未移送",
        [trigger("food-144-toxic/1", "两份样品中均检出吗啡、可待因、罂粟碱成分"),
         fined_only("罚款人民币壹拾万元整（￥100,000.00）")], QUAL),
    Doc("jg02_food_safety.txt", "food_safety",
        "超限量使用甜蜜素的糕点，未证明足以造成严重食物中毒，销售金额须相加：2,160×18+1,420×9.5=52,370元≥5万元"
        "（food-143-substandard/6，刑法第149条转第140条）；违法所得16,420元不是口径；罚10倍在第124条10-20倍内；只罚款未移送",
        [threshold("food-143-substandard/6", "共发出枣泥酥2,160盒，出厂价每盒18元", 52370.0),
         fined_only("按货值金额的十倍并处罚款计人民币伍拾叁万壹仟捌佰柒拾元")], OVER),
    Doc("jg03_drugs.txt", "drugs",
        "中成药检出西地那非，成分与国家药品标准不符，依药品管理法第98条第二款第（一）项为假药，销售假药为刑法第141条"
        "行为犯（drug-141-counterfeit/1）；罚150万为第116条货值不足10万按10万计15倍；只罚款未移送",
        [trigger("drug-141-counterfeit/1", "上述药品为假药"), fined_only("计人民币壹佰伍拾万元整")], QUAL),
    Doc("jg04_fishery.txt", "fishery",
        "呼伦湖禁渔期（在另一段）使用电捕鱼工具捕捞，刑法第340条禁渔期使用禁用方法无数量要求"
        "（fishery-340-inland/5，法释〔2022〕12号第三条）；渔获18.6公斤不影响；罚8千在渔业法第38条五万以下内；只罚款未移送",
        [trigger("fishery-340-inland/5", "使用电瓶、升压器、抄网等电捕鱼工具进行捕捞"),
         fined_only("罚款人民币捌仟元")], QUAL),
    Doc("jg05_intellectual_property.txt", "intellectual_property",
        "销售假冒注册商标的羽绒服，表中已售销售金额须相加：96×328+74×236+38×128=53,816元≥5万元（ip-214-sell-counterfeit/2，"
        "2025年解释，刑法第214条）；进货价2.6万、库存货值1.7万不是口径；罚1倍在商标法第60条五倍以下内；只罚款未移送",
        [threshold("ip-214-sell-counterfeit/2", "BJX-801　　长款羽绒服　　96　　　　　328", 53816.0),
         fined_only("按违法经营额的一倍处罚款人民币柒万零柒佰零捌元整")], OVER),
    Doc("jg06_environment.txt", "environment",
        "HW08废矿物油（在另一句）分三批交无证个人：1.35+1.1+0.95=3.4吨≥3吨（env-338-pollution/1，法释〔2023〕7号第一条"
        "第（二）项）；罚60万为固废法第112条第二款处置费按20万计的3倍；只罚款未移送",
        [threshold("env-338-pollution/1", "2024年11月18日1.35吨，2025年1月9日1.1吨，2025年3月21日0.95吨", 3.4),
         fined_only("计人民币陆拾万元")], OVER),
    Doc("jg07_environment.txt", "environment",
        "监测表中总镉0.27mg/L，限值0.05mg/L，超标4.4倍≥3倍（env-338-pollution/2，法释〔2023〕7号第一条第（三）项）；"
        "化学需氧量超标0.13倍不相干；罚45万在水污染防治法第83条10万-100万内；只罚款未移送",
        [threshold("env-338-pollution/2", "总镉　　　　　0.27　　　　　　　0.05", 4.4),
         fined_only("并处罚款人民币肆拾伍万元整")], OVER),
    Doc("jg08_land.txt", "land",
        "非法占用永久基本农田（在另一段）4,120平方米=6.18亩≥5亩且种植条件严重毁坏（land-342-cultivated/1，法释〔2000〕14号"
        "第三条，刑法第342条）；每平方米200元在实施条例第57条100-1000元内，已听证；只罚款未移送",
        [threshold("land-342-cultivated/1", "堆场及附属设施共占用土地4,120平方米", 6.18),
         fined_only("共计人民币捌拾贰万肆仟元")], OVER),
    Doc("jg09_land.txt", "land",
        "非法使用天然草原（基本草原，在另一段）2.3公顷=34.5亩≥20亩，植被全部剥离、草原大量毁坏（land-342-grassland/1，"
        "法释〔2012〕15号第二条，刑法第342条）；罚8倍在草原法第65条6-12倍内，已听证；只罚款未移送",
        [threshold("land-342-grassland/1", "共使用草原2.3公顷", 34.5), fined_only("计人民币肆万玖仟陆佰捌拾元")], OVER),
    Doc("jg10_forestry.txt", "forestry",
        "擅自改变林地用途，占用并毁坏国家二级公益林地（在另一段）0.41公顷=6.15亩≥5亩（land-342-forest/1，法释〔2023〕8号"
        "第一条，刑法第342条）；罚2倍在森林法第73条三倍以下内；只罚款未移送",
        [threshold("land-342-forest/1", "共占用林地0.41公顷", 6.15), fined_only("计人民币贰拾肆万陆仟元整")], OVER),
    Doc("jg11_mining.txt", "mining",
        "无证采建筑用石料8,600吨×35元/吨=301,000元≥10万元（且不低于30万元的省级上限）（mining-343-1-illegal/1，法释〔2016〕25号"
        "第三条，刑法第343条）；违法所得18.2万不是口径；罚30%在实施细则第42条50%以下内；只罚款未移送",
        [threshold("mining-343-1-illegal/1", "当事人共采出建筑用石料8,600吨", 301000.0),
         fined_only("计人民币伍万肆仟陆佰元整")], OVER),
    Doc("jg12_forestry.txt", "forestry",
        "无证在国有林盗伐，立木蓄积4.12+2.66=6.78立方米≥5立方米（forest-345-1-theft/1，法释〔2023〕8号第三条、第四条，"
        "刑法第345条第一款）；林木价值4,860元<2万不是唯一口径；罚5倍在森林法第76条第一款5-10倍内；只罚款未移送",
        [threshold("forest-345-1-theft/1", "采伐落叶松23株，立木蓄积4.12立方米", 6.78),
         fined_only("计人民币贰万肆仟叁佰元")], OVER),
    Doc("jg13_forestry.txt", "forestry",
        "超过许可证数量和地点采伐：实伐54.6立方米减许可30.0立方米=超出24.6立方米≥20立方米（forest-345-2-overcutting/1，"
        "法释〔2023〕8号第五条、第六条，刑法第345条第二款）；罚3倍在森林法第76条第二款3-5倍内；只罚款未移送",
        [threshold("forest-345-2-overcutting/1", "合计立木蓄积54.6立方米", 24.6),
         fined_only("计人民币叁万叁仟贰佰壹拾元")], OVER),
    Doc("jg14_wildlife.txt", "wildlife",
        "出售国家二级保护野生鸟类（级别在另一段），价值4×3,000+6×2,500+11×600=33,600元≥2万元（wildlife-341-1-endangered/1，"
        "法释〔2022〕12号第六条，刑法第341条第一款）；罚2倍在野生动物保护法第52条第一款2-20倍内；只罚款未移送",
        [threshold("wildlife-341-1-endangered/1", "红腹锦鸡每只3,000元，鸳鸯每只2,500元，画眉每只600元", 33600.0),
         fined_only("计人民币陆万柒仟贰佰元")], OVER),
    Doc("jg15_fishery.txt", "fishery",
        "松花江禁渔期（在另一段）用禁用地笼网捕捞，渔获210+185+130=525公斤≥500公斤（fishery-340-inland/1，法释〔2022〕12号"
        "第三条）；价值8,400元<1万不是唯一口径；罚2万在渔业法第38条五万以下内；只罚款未移送",
        [threshold("fishery-340-inland/1", "鲫鱼210公斤，鲤鱼185公斤，鲶鱼及其他杂鱼130公斤", 525.0),
         fined_only("罚款人民币贰万元")], OVER),
    Doc("jg16_tax.txt", "tax",
        "无真实交易虚开增值税专用发票12份，表中税额须相加42,380+51,260+29,880=123,520元≥10万元（tax-205-vat-invoice/1，"
        "法释〔2024〕4号第十一条，刑法第205条）；价税合计过百万不是口径；罚30万在发票管理办法第35条5万-50万内；只罚款未移送",
        [threshold("tax-205-vat-invoice/1", "5　　　326,000.00　　42,380.00", 123520.0),
         fined_only("并处罚款人民币叁拾万元")], OVER),
    Doc("jg17_other.txt", "other",
        "拖欠12名劳动者工资5×6,800×3+4×6,200×3+3×4,500×2=203,400元≥3万元，经限期整改指令责令支付逾期仍不支付，负责人"
        "失联（labor-276-1-wage-refusal/2，法释〔2013〕3号，刑法第276条之一）；只作加付赔偿金处理未移送",
        [threshold("labor-276-1-wage-refusal/2", "钢筋工5人，月工资6,800元，欠发3个月", 203400.0),
         fined_only("计人民币壹拾万零壹仟柒佰元")], OVER),
    Doc("jg18_public_security.txt", "public_security",
        "酒店前台提供旅客住宿信息（性质在另一句）620条≥500条（pi-253-1-personal-information/2，法释〔2017〕10号第五条第一款"
        "第（四）项，刑法第253条之一；履职中获得亦只需一半）；违法所得3,100元<5000元不是唯一口径；罚2万在个人信息保护法"
        "第66条内，已告知听证；只罚款未移送",
        [threshold("pi-253-1-personal-information/2", "共查实违法行为人提供上述旅客住宿信息620条", 620.0),
         fined_only("罚款人民币贰万元的行政处罚")], OVER),
    Doc("jg19_customs.txt", "customs",
        "个人以自用名义分散夹带走私应税货物，偷逃应缴税款135,612.48元≥10万元（customs-153-ordinary-goods/1，法释〔2014〕10号"
        "第十六条，刑法第153条）；完税价格58.4万不是口径；罚13.5万在海关行政处罚实施条例第9条三倍以下内；只罚款未移送",
        [threshold("customs-153-ordinary-goods/1", "偷逃应缴税款人民币135,612.48元", 135612.48),
         fined_only("科处罚款人民币壹拾叁万伍仟元")], OVER),
    Doc("jg20_agriculture.txt", "agriculture",
        "以不合格化肥冒充合格，已售18.6×2,480+7.2×1,950=60,168元≥5万元（product-147-agri-inputs/2，未证明生产损失，"
        "刑法第149条转第140条）；罚货值等值在产品质量法第50条50%-3倍内，已听证；只罚款未移送",
        [threshold("product-147-agri-inputs/2", "当事人已售出复合肥18.6吨，售价每吨2,480元", 60168.0),
         fined_only("计人民币陆万捌仟陆佰元")], OVER),
    Doc("jg21_environment.txt", "environment",
        "私设暗管绕过处理设施排放含镍、铬（六价铬）电镀废水（有毒物质），刑法第338条逃避监管方式排放有毒物质无数量要求"
        "（env-338-pollution/9，法释〔2023〕7号第一条第（四）项）；罚50万在水污染防治法第83条10万-100万内；只罚款未移送",
        [trigger("env-338-pollution/9", "绕过废水处理设施，穿过厂区围墙后接入厂外雨水沟"),
         fined_only("罚款人民币伍拾万元整")], QUAL),
]

PUBLIC_INTEREST = [
    # ── public-interest leads: statutory field + harm going on after the agency acted ──
    Doc("jg22_environment.txt", "environment",
        "煤矸石（一般工业固废，非危废）倾倒河滩，责令清运后两次复查仍未清运、淋溶水仍入安邦河（生态环境和资源保护领域）；"
        "罚15万为固废法第102条第二款处置费按10万计的1.5倍，在1-3倍内",
        [pil("ecology_resources", "上述煤矸石仍未清运")], {"scenario": "pil", "continuing_harm": True}),
    Doc("jg23_land.txt", "land",
        "国有建设用地使用权出让价款4,216万元三次催缴仍欠缴、未办证即开工（国有土地使用权出让领域）；每平方米120元在"
        "实施条例第57条100-1000元内，已听证",
        [pil("state_land_transfer", "当事人至今仍欠缴国有建设用地使用权出让价款4,216万元及违约金")],
        {"scenario": "pil", "continuing_harm": True}),
    Doc("jg24_food_safety.txt", "food_safety",
        "学校对面向学生销售过期辣条，责令下架后两次复查仍在向学生销售（食品药品安全领域，不特定多数未成年人）；"
        "未达刑法第143条；罚5万在食品安全法第124条货值不足1万5万-10万内，已告知听证",
        [pil("food_drug_safety", "仍在放学时段向学生销售")], {"scenario": "pil", "continuing_harm": True}),
    Doc("jg25_other.txt", "other",
        "违规使用中央财政黑土地保护补助资金186万元，责令归还逾期未归还、保护措施未落实（国有财产保护领域）；罚10%在财政"
        "违法行为处罚处分条例第14条违规使用10%-30%内",
        [pil("state_assets", "上述186万元中央财政补助资金仍未追回")], {"scenario": "pil", "continuing_harm": True}),
    Doc("jg26_forestry.txt", "forestry",
        "临时使用公益林地1,450平方米（2.18亩<5亩，不涉刑）期满未恢复植被，责令恢复后复查仍未恢复、冲沟泥沙下泄（生态环境和"
        "资源保护领域）；罚2倍在森林法第73条三倍以下内",
        [pil("ecology_resources", "上述林地仍未恢复植被")], {"scenario": "pil", "continuing_harm": True}),
    Doc("jg27_environment.txt", "environment",
        "饮用水水源二级保护区内养殖场粪污直排（化学需氧量、氨氮，非有毒物质，不涉刑法第338条保护区触发），责令停止后两次复查"
        "仍在排放（生态环境和资源保护领域）；罚20万在水污染防治法第91条10万-50万内，已听证",
        [pil("ecology_resources", "你单位仍在排放")], {"scenario": "pil", "continuing_harm": True}),
]

IRREGULAR = [
    # ── enforcement irregularities ──
    out_of_range("jg28_fishery.txt", "fishery",
                 "禁渔期用合规刺网捕捞62公斤（不达刑）；渔业法第38条第一款罚五万元以下，罚8万超出上限",
                 "罚款人民币捌万元整"),
    out_of_range("jg29_land.txt", "land",
                 "非法占用未利用地820平方米；土地管理法实施条例第57条罚每平方米100元以上1000元以下，按50元罚4.1万低于下限，"
                 "未写明减轻处罚情节",
                 "按每平方米50元处以罚款"),
    no_hearing("jg30_market.txt", "market",
               "市场监管对单位罚款20万元≥10万元（hearing.yaml市场监管单位十万元，行政处罚法第63条），只告知陈述、申辩，未告知听证；"
               "罚款在广告法第55条广告费用无法计算20万-100万内",
               "罚款人民币贰拾万元"),
    no_hearing("jg31_tax.txt", "tax",
               "税务对个人罚款4,930元≥2,000元（hearing.yaml税务个人2000元），只告知陈述、申辩，未告知听证；罚50%在征管法第63条"
               "50%-5倍内；少缴9,860元不达刑法第201条",
               "计人民币肆仟玖佰叁拾元"),
    Doc("jg32_grassland.txt", "land",
        "草原法（2021修正）共75条，引用的第八十六条不存在（非法开垦草原罚则为第66条，无违法所得五万元以下，1.5万元在内）；"
        "开垦0.6公顷=9亩<20亩不达刑；已告知听证",
        [irregular("nonexistent_article", "《中华人民共和国草原法》第八十六条")],
        {"scenario": "irregularity", "irregularities": ["nonexistent_article"]}),
    Doc("jg33_food_safety.txt", "food_safety",
        "2025年1月6日立案、2025年6月18日决定，历时163日，超过行政处罚法第60条九十日，文书未记载延期批准或中止；罚5万在"
        "食品安全法第122条货值不足1万5万-10万内，已告知听证",
        [irregular("time_limit", "本局于2025年1月6日对当事人涉嫌未取得食品经营许可从事食品经营活动一案立案调查")],
        {"scenario": "irregularity", "irregularities": ["time_limit"]}),
]

NEGATIVE = [
    # ── negatives (near misses marked) ──
    Doc("jg34_forestry.txt", "forestry",
        "盗伐国有林蒙古栎立木蓄积4.6立方米<5立方米、价值3,220元<2万元（法释〔2023〕8号第四条），不达刑法第345条；罚5倍在"
        "森林法第76条第一款内，已听证",
        flags={"scenario": "under", "near_miss": True}),
    Doc("jg35_mining.txt", "mining",
        "无证采矿，矿产品价值96,000元<10万元、销售收入8.7万元（法释〔2016〕25号第三条、第十三条），非规划矿区或禁采区；"
        "设备投入26万元不是口径；罚40%在实施细则第42条50%以下内，已听证",
        flags={"scenario": "under", "near_miss": True}),
    Doc("jg36_tax.txt", "tax",
        "逃税157,166.47元占18.3%，但首次被税务处理、已补缴税款滞纳金并书面接受处罚，依刑法第201条第四款不予追究；罚50%在"
        "征管法第63条内，已告知听证",
        flags={"scenario": "tax_paid", "near_miss": True}),
    Doc("jg37_environment.txt", "environment",
        "倾倒HW34废酸5.2吨≥3吨，但已移送公安机关并立案侦查，不是隐匿的移送线索；罚60万为固废法第112条第二款处置费按20万计"
        "的3倍，已听证",
        flags={"scenario": "transferred", "near_miss": True, "transferred": True}),
    Doc("jg38_forestry.txt", "forestry",
        "毁林开垦商品林地7.05亩（<10亩），已移送公安，公安以权属争议和未达商品林地十亩标准不予立案并退回；罚1倍在森林法"
        "第74条三倍以下内",
        flags={"scenario": "police_declined", "near_miss": True, "police_declined": True}),
    Doc("jg39_food_safety.txt", "food_safety",
        "举报添加罂粟壳但三批次均未检出，无有毒有害物质；生熟混放拒不改正罚1万在食品安全法第132条1万-5万内，已告知听证",
        flags={"scenario": "not_detected", "near_miss": True}),
    Doc("jg40_environment.txt", "environment",
        "化学需氧量超标0.84倍、氨氮0.26倍（非重金属），主动停产，两次复查达标、下游水质恢复、已清淤，无持续损害；罚12万"
        "在水污染防治法第83条10万-100万内",
        flags={"scenario": "pil_remedied", "near_miss": True, "continuing_harm": False}),
    Doc("jg41_other.txt", "other",
        "拖欠15人两个月工资（9×5,400×2+6×4,200×2=147,600元），但在限期整改指令期限内足额支付，不是刑法第276条之一的经责令"
        "仍不支付；超时加班罚每人300元在劳动保障监察条例第25条100-500元内",
        flags={"scenario": "remedied", "near_miss": True}),
    Doc("jg42_public_security.txt", "public_security",
        "出售业主姓名、电话、房号等一般个人信息4,620条<5000条、违法所得4,300元<5000元（法释〔2017〕10号第五条），"
        "不含敏感信息，系网上收集购买后转卖（非履职或提供服务中获得，不适用减半标准）；罚1万在个人信息保护法第66条内，已告知听证",
        flags={"scenario": "under", "near_miss": True}),
    Doc("jg43_intellectual_property.txt", "intellectual_property",
        "销售假冒注册商标白酒：表中已售38×780+52×330=46,800元<5万元，违法所得19,820元<3万元，已售加库存货值78,720元<15万元"
        "（刑法第214条）；罚23.6万元（大于门槛但不是计量口径）在商标法第60条五倍以下内，已听证",
        flags={"scenario": "under", "near_miss": True}),
    Doc("jg44_fishery.txt", "fishery",
        "禁渔期用合规流刺网捕捞430公斤<500公斤、价值8,600元<1万元，未用禁用工具方法、不在种质资源保护区（法释〔2022〕12号"
        "第三条）；罚1.2万在渔业法第38条内，已听证",
        flags={"scenario": "under", "near_miss": True}),
    Doc("jg45_land.txt", "land",
        "占用一般耕地（非永久基本农田）6,100平方米=9.15亩<10亩（法释〔2000〕14号第三条），不达刑法第342条；每平方米150元在"
        "实施条例第57条内，已听证",
        flags={"scenario": "under", "near_miss": True}),
    Doc("jg46_market.txt", "market",
        "果蔬未明码标价，当场改正，无违法所得；罚2千在价格法第42条五千元以下内，个人罚款不足一万无须告知听证",
        flags={"scenario": "minor"}),
    Doc("jg47_customs.txt", "customs",
        "个人走私偷逃应缴税款86,412.60元<10万元（法释〔2014〕10号第十六条），此前无走私处罚；完税价格46万元不是口径；罚8.6万"
        "在海关行政处罚实施条例第9条三倍以下内",
        flags={"scenario": "under", "near_miss": True}),
]

GROUPS = [
    # ── 化整为零: one company's three garages, cut into three decisions by three district branches ──
    *[Doc(name, "environment",
          "同一单位（同一信用代码）三个维修车间将HW08废机油交同一无证个人，分拆为三案；每案均<3吨，合计1.1+0.95+1.15="
          "3.2吨≥3吨（法释〔2023〕7号第一条第（二）项，刑法第338条）；每案罚60万为固废法第112条第二款处置费按20万计的3倍",
          [split("env-338-pollution/1", quote, 3.2, SPLIT)],
          {"scenario": "split", "split_group": SPLIT})
      for name, quote in (("jg48_environment.txt", "该车间交出的废机油为1.1吨"),
                          ("jg49_environment.txt", "该车间交出废机油950千克"),
                          ("jg50_environment.txt", "交出的废机油合计1.15吨"))],
    # ── repeat offender: the same credit code punished again about nine months later ──
    Doc("jg51_environment.txt", "environment",
        "煤场露天堆存未覆盖、装卸未抑尘，首次处罚，罚3万元在大气污染防治法第117条1万-10万内",
        flags={"scenario": "repeat_first", "repeat_group": REPEAT}),
    Doc("jg52_environment.txt", "environment",
        "同一统一社会信用代码的单位在2024年6月17日处罚后约九个月再犯同类扬尘违法（文书未提前次处罚），二年内再犯；罚6万元在"
        "第117条内",
        [repeat("鄂尔多斯市东胜区恒泰煤炭集运有限公司", REPEAT)],
        {"scenario": "repeat", "repeat_group": REPEAT}),
]

DOCS = sorted(CRIMINAL + PUBLIC_INTEREST + IRREGULAR + NEGATIVE + GROUPS, key=lambda doc: doc.file)


labeled = lead_gold.labeler(HERE, CREATED, VERSION)

if __name__ == "__main__":
    lead_gold.main(HERE, DOCS, CREATED, VERSION)
