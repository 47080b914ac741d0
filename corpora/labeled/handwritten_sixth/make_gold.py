"""Lead labels for the sixth hand-written set in this folder (run to rewrite ``gold.jsonl``).

A new UNSEEN held-out test of the lead screening, written on 2026-11-22 without reading any decision
of the earlier hand-written sets nor the screening code. Every decision ``hqNN_<domain>.txt`` was
written by hand in the manner of published 行政处罚决定书 of city and county agencies in 河北, 山西,
内蒙古, 吉林, 江西 and 重庆 (all names, numbers, codes and addresses invented; credit codes carry valid
GB 32100-2015 check digits, identity numbers valid GB 11643 check digits). The weight is on criminal
transfer written the many ways clerks write facts: totals split over batches the reader must add,
units to convert (公斤→吨, 平方米/公顷→亩, 条→支), the protected status or land kind in another
sentence than the figure, amounts in 大写, a wrong-measure figure under the line beside the right one
over it (and the reverse in the near misses). Labels come from the law only: criminal thresholds from
corpora/knowledge/thresholds.yaml (the version in force on the facts' date), hearing figures from
corpora/knowledge/hearing.yaml, fine ranges and article existence from the statute text in force on
the decision date. Each row's ``meta.reason`` gives the one-line legal reason. Conventions are those
of ``handwritten_fifth/make_gold.py``.

Run from the repository root: ``.venv/bin/python corpora/labeled/handwritten_sixth/make_gold.py``.
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
CREATED = "2026-11-22T14:00:00+00:00"
VERSION = "handwritten-sixth/1"

SPLIT, REPEAT = "split-hq-shuangyang-fake-cigarettes", "repeat-hq-yuncheng-noodles"
OVER = {"scenario": "over"}
QUAL = {"scenario": "qualitative"}

CRIMINAL = [
    # ── criminal-transfer leads (each also 以罚代刑: only fined, no transfer recorded) ──
    Doc("hq01_product_quality.txt", "product_quality",
        "以不合格电线冒充合格，三批销售金额21,600+18,720+13,500=53,820元≥5万元（须相加；立案追诉标准（一）第十六条，"
        "刑法第140条）；罚1倍货值在产品质量法第50条50%-3倍内；只罚款未移送",
        [threshold("product-140-fake-inferior/1", "第一批于2025年3月12日销售给藁城区鑫达建材商行", 53820.0),
         fined_only("四、罚款人民币55,920元（货值金额的一倍）")], OVER),
    Doc("hq02_tobacco.txt", "tobacco",
        "无批发许可证批发卷烟640+380+240=1,260条×200支=252,000支≥20万支（法释〔2010〕7号第三条，刑法第225条）；"
        "价值4.788万<5万、违法所得0.41万<2万不是唯一口径；罚60%在实施条例第54条50%-1倍内，已告知听证；只罚款未移送",
        [threshold("tobacco-225-illegal-business/3", "当场查获红梅（软黄）卷烟640条、红河（硬）卷烟380条、大前门（软）卷烟240条", 252000.0),
         fined_only("3．处违法批发的烟草制品价值60%的罚款，计28,728元")], OVER),
    Doc("hq03_environment.txt", "environment",
        "废矿物油五次合计3450公斤=3.45吨交无证个人≥3吨（HW08在另一句；法释〔2023〕7号第一条第（二）项，刑法第338条）；"
        "罚60万为固废法第112条第二款处置费用按20万计的3倍；只罚款未移送",
        [threshold("env-338-pollution/1", "合计3450公斤", 3.45), fined_only("即罚款人民币陆拾万元整")], OVER),
    Doc("hq04_land.txt", "land",
        "非法占用永久基本农田4120平方米=6.18亩≥5亩，耕作层全部覆压破坏（地类在下一段；法释〔2000〕14号第三条，"
        "刑法第342条）；每平方米100元在实施条例第57条内，已告知听证；只罚款未移送",
        [threshold("land-342-cultivated/1", "被处罚单位共计占用土地4120平方米", 6.18),
         fined_only("共计罚款人民币肆拾壹万贰仟元整")], OVER),
    Doc("hq05_forestry.txt", "forestry",
        "无证采伐集体林木（盗伐），两处立木蓄积3.2+2.9=6.1立方米≥5立方米（法释〔2023〕8号，刑法第345条第一款）；"
        "价值3,965元<2万不是唯一口径；罚5倍在森林法第76条第一款5-10倍内；只罚款未移送",
        [threshold("forest-345-1-theft/1", "立木蓄积3.2立方米", 6.1),
         fined_only("计人民币壹万玖仟捌佰贰拾伍元（19,825元）")], OVER),
    Doc("hq06_fishery.txt", "fishery",
        "鄱阳湖禁捕期禁捕区用禁用密眼地笼捕捞，渔获物价值10,800元≥1万元（法释〔2022〕12号第三条，刑法第340条）；"
        "重量386公斤<500公斤不是唯一口径；罚3万在渔业法第38条五万以下内；只罚款未移送",
        [threshold("fishery-340-inland/2", "上述渔获物价值壹万零捌佰元", 10800.0), fined_only("3．罚款人民币叁万元整")],
        OVER),
    Doc("hq07_wildlife.txt", "wildlife",
        "收购出售国家二级保护花尾榛鸡24只（保护级别在另一句），价值28,800元≥2万元（法释〔2022〕12号第六条，刑法第341条"
        "第一款）；罚2倍在野生动物保护法（2022）第52条2-20倍内；只罚款未移送",
        [threshold("wildlife-341-1-endangered/1", "价值合计人民币贰万捌仟捌佰元", 28800.0),
         fined_only("三、处野生动物价值二倍的罚款，计人民币伍万柒仟陆佰元")], OVER),
    Doc("hq08_mining.txt", "mining",
        "无证采煤，原煤价值120,120元≥10万元（法释〔2016〕25号第三条第一款第（一）项，刑法第343条）；违法所得6.1万<10万"
        "不是计量口径；罚30%在实施细则第42条50%以下内（矿产资源法2009版，新法2025-07-01施行前）；只罚款未移送",
        [threshold("mining-343-1-illegal/1", "所采原煤价值共计人民币壹拾贰万零壹佰贰拾元", 120120.0),
         fined_only("4．处违法所得百分之三十的罚款，计人民币18,300元")], OVER),
    Doc("hq09_tax.txt", "tax",
        "无真实交易虚开增值税专用发票16份，两批税额62,400+51,100=113,500元≥10万元（须相加；法释〔2024〕4号第十一条，"
        "刑法第205条）；罚35万在发票管理办法（2023）第35条5万-50万内，已告知听证；只罚款未移送",
        [threshold("tax-205-vat-invoice/1", "税额合计陆万贰仟肆佰元", 113500.0), fined_only("并处罚款350,000元")],
        OVER),
    Doc("hq10_customs.txt", "customs",
        "个人以暗格夹藏走私应税货物，偷逃应缴税款113,420.30元≥10万元（法释〔2014〕10号第十六条，刑法第153条）；"
        "罚20万在海关行政处罚实施条例第9条第一款第（三）项三倍以下内，已告知听证；只罚款未移送",
        [threshold("customs-153-ordinary-goods/1", "偷逃应缴税款人民币壹拾壹万叁仟肆佰贰拾元叁角（113,420.30元）", 113420.3),
         fined_only("3．处罚款人民币贰拾万元整")], OVER),
    Doc("hq11_other.txt", "other",
        "拖欠23名劳动者工资112,000元≥10万元（省定幅度3万-10万之上），经限期改正指令书责令支付逾期仍不支付、负责人躲避"
        "（法释〔2013〕3号第三、四条，刑法第276条之一）；只作加付赔偿金处理未移送",
        [threshold("labor-276-1-wage-refusal/2", "拖欠工资合计人民币壹拾壹万贰仟元（112,000元）", 112000.0),
         fined_only("计人民币伍万陆仟元（56,000元）")], OVER),
    Doc("hq12_public_security.txt", "public_security",
        "非法购买并出售住宿信息680+440=1,120条≥500条（须相加；信息性质在另一句；法释〔2017〕10号第五条第一款第（四）项，"
        "刑法第253条之一）；违法所得2,240元<5000元不是唯一口径；罚5倍在网络安全法（2016）第64条第二款1-10倍内；只罚款未移送",
        [threshold("pi-253-1-personal-information/2", "2025年3月28日向网名“阿杰”出售680条", 1120.0),
         fined_only("并处违法所得五倍罚款，计人民币壹万壹仟贰佰元")], OVER),
    Doc("hq13_food_safety.txt", "food_safety",
        "芝麻油掺入大豆油以假充真，销售金额53,600元≥5万元（刑法第149条、第140条；法释〔2001〕10号），未检出有毒有害物质"
        "故不是第144条；罚10倍货值在食品安全法第124条10-20倍内，已听证；只罚款未移送",
        [threshold("product-140-fake-inferior/1", "销售金额共计人民币伍万叁仟陆佰元", 53600.0),
         fined_only("并处货值金额十倍罚款，计人民币伍拾捌万元整")], OVER),
    Doc("hq14_intellectual_property.txt", "intellectual_property",
        "销售假冒注册商标运动鞋，已销售32,000元<5万元，但与库存货值128,000元合计16万元≥15万元（2025年解释，刑法第214条"
        "未遂；须相加）；违法所得9,100元<3万不是唯一口径；罚32万在商标法第60条违法经营额五倍以下内；只罚款未移送",
        [threshold("ip-214-sell-counterfeit/3", "货值金额为人民币壹拾贰万捌仟元", 160000.0),
         fined_only("三、罚款人民币叁拾贰万元整")], OVER),
    Doc("hq15_forestry.txt", "forestry",
        "开垦基本草原两处1.6+0.35=1.95公顷=29.25亩≥20亩，原生植被全部翻埋（须相加；法释〔2012〕15号第二条，"
        "刑法第342条）；罚3万在草原法第66条无违法所得五万以下内；只罚款未移送",
        [threshold("land-342-grassland/1", "面积1.6公顷", 29.25), fined_only("二、罚款人民币叁万元整")], OVER),
    Doc("hq16_tax.txt", "tax",
        "隐匿收入少缴税款186,420元≥10万且占18.7%≥10%（刑法第201条，法释〔2024〕4号第一条）；2021、2023年两次因偷税受"
        "税务处罚（五年内二次以上），不适用第201条第四款；罚1倍在征管法第63条50%-5倍内；只罚款未移送",
        [threshold("tax-201-evasion/1", "合计少缴税款186,420元", 186420.0),
         fined_only("对你公司少缴的税款186,420元处一倍罚款")], OVER),
    Doc("hq17_fishery.txt", "fishery",
        "伏季休渔期在黄渤海拖网作业，渔获物9.8+2.8=12.6吨=12,600千克≥10,000千克（须相加；法释〔2016〕17号第四条，"
        "刑法第340条）；罚5万在渔业法第38条五万以下内；只罚款未移送",
        [threshold("fishery-340-marine/1", "查获冰鲜渔获物9.8吨", 12600.0), fined_only("（三）罚款人民币伍万元。")],
        OVER),
    Doc("hq18_food_safety.txt", "food_safety",
        "压片糖果检出西地那非（药品成分，在下一句认定为有毒、有害的非食品原料），销售即构成刑法第144条（法释〔2021〕24号"
        "第九条），无金额门槛；罚12万在食品安全法第123条货值不足1万10万-15万内；只罚款未移送",
        [trigger("food-144-toxic/3", "该批次产品检出西地那非"), fined_only("3.罚款人民币壹拾贰万元整")], QUAL),
    Doc("hq19_environment.txt", "environment",
        "私设暗管绕过污水处理站排放含镍电镀废水（有毒物质），法释〔2023〕7号第一条逃避监管方式排放有毒物质，无数量要求"
        "（总镍超标5.4倍低于10倍不是唯一入罪口径）；罚50万在水污染防治法第83条内，已听证；只罚款未移送",
        [trigger("env-338-pollution/9", "接入厂区南侧雨水管网"), fined_only("二、罚款人民币伍拾万元整")], QUAL),
    Doc("hq20_environment.txt", "environment",
        "水环境重点排污单位修改化学需氧量在线监测仪斜率、截距参数致数据失真，实测超标排放（法释〔2023〕7号第一条，"
        "刑法第338条）；罚60万在水污染防治法第83条内；只罚款未移送",
        [trigger("env-338-pollution/10", "“斜率”参数由标定值1.02被修改为0.41"), fined_only("我局决定对你公司处以罚款人民币陆拾万元")],
        QUAL),
    Doc("hq21_work_safety.txt", "work_safety",
        "未取得危险化学品经营许可擅自储存经营甲醇36吨、二甲苯8吨，无防爆报警、渗漏、可燃气体达爆炸下限18%、紧邻居民区"
        "和加油站，具有现实危险（刑法第134条之一第（三）项）；罚15万在危化品条例第77条第三款10-20万内；只罚款未移送",
        [trigger("safety-134-1a-dangerous-operation/3", "你公司未取得危险化学品经营许可证"),
         fined_only("并处罚款人民币壹拾伍万元整")], QUAL),
    Doc("hq22_fishery.txt", "fishery",
        "长江禁捕期禁捕区电鱼（法释〔2022〕12号第三条，刑法第340条，禁渔期禁渔区使用电鱼方法无数量要求）；渔获6.4公斤、"
        "价值180元远低于数量口径；罚5千在渔业法第38条内；只罚款未移送",
        [trigger("fishery-340-inland/5", "手持带电抄网进行捕鱼"), fined_only("并处罚款人民币伍仟元")], QUAL),
]

PUBLIC_INTEREST = [
    # ── public-interest leads: statutory field + harm going on after the agency acted ──
    Doc("hq23_environment.txt", "environment",
        "煤矸石煤泥露天堆存无防渗，责令改正后两次复查未整改，淋溶水持续流入曲亭河（生态环境和资源保护领域）；罚25万在"
        "固废法第102条10万-100万内",
        [pil("ecology_resources", "淋溶水仍持续流入曲亭河")], {"scenario": "pil", "continuing_harm": True}),
    Doc("hq24_land.txt", "land",
        "国有建设用地使用权出让价款1,860万元三次催缴仍欠缴、未付清即开工（国有土地使用权出让领域）；每平方米100元在"
        "实施条例第57条内，已听证",
        [pil("state_land_transfer", "当事人至今仍欠缴国有建设用地使用权出让价款1,860万元")],
        {"scenario": "pil", "continuing_harm": True}),
    Doc("hq25_food_safety.txt", "food_safety",
        "小学校门旁小卖部责令停止经营过期食品后两次复查仍向学生销售（食品药品安全领域，不特定多数未成年人）；罚5万在"
        "食品安全法第124条货值不足1万5万-10万内，已告知听证",
        [pil("food_drug_safety", "当事人仍在向放学的小学生销售")], {"scenario": "pil", "continuing_harm": True}),
    Doc("hq26_culture_tourism.txt", "culture_tourism",
        "省级文保单位湘湖窑址保护范围内擅自建房，责令拆除逾期未拆、继续装修营业（文物和文化遗产保护领域）；未损毁"
        "文物本体不涉刑法第324条；警告在文物保护法（2024）第83条内",
        [pil("cultural_relics", "上述建筑仍未拆除")], {"scenario": "pil", "continuing_harm": True}),
    Doc("hq27_other.txt", "other",
        "APP违规收集个人信息，责令整改逾期未改、两次复测仍存在，86万次下载仍在收集（个人信息保护领域，不特定多数人）；"
        "罚30万在个人信息保护法第66条第一款一百万以下内，已告知听证",
        [pil("personal_information", "仍在违规收集用户个人信息")], {"scenario": "pil", "continuing_harm": True}),
    Doc("hq28_work_safety.txt", "work_safety",
        "涉氨冷库氨气报警探头损坏、紧急泄氨器锈死，责令限期整改逾期两次复查未改、仍满负荷运行，距居民区30米（安全生产"
        "领域）；罚8万、1万在安全生产法第99条逾期未改正档内，已告知听证",
        [pil("work_safety", "制冷系统仍在满负荷运行")], {"scenario": "pil", "continuing_harm": True}),
    Doc("hq29_forestry.txt", "forestry",
        "毁坏商品林地2,400平方米=3.6亩种参（<10亩不达刑法第342条），责令恢复逾期未恢复、仍在种植（生态环境和资源保护"
        "领域）；罚2倍在森林法第74条第一款三倍以下内",
        [pil("ecology_resources", "被毁坏林地仍未恢复")], {"scenario": "pil", "continuing_harm": True}),
]

IRREGULAR = [
    # ── enforcement irregularities ──
    out_of_range("hq30_food_safety.txt", "food_safety",
                 "标注虚假生产日期，货值1,860元不足1万，食品安全法第124条第一款罚5万-10万；罚2万低于下限且未写明减轻处罚情节",
                 "三、罚款人民币贰万元整。"),
    out_of_range("hq31_environment.txt", "environment",
                 "超标排放大气污染物，大气污染防治法第99条罚10万-100万；罚120万超出上限（自由裁量基准不能突破法定幅度）",
                 "罚款人民币壹佰贰拾万元整"),
    no_hearing("hq32_work_safety.txt", "work_safety",
               "应急管理对单位罚款5万元≥3万元（hearing.yaml安全生产单位三万元，安全生产违法行为行政处罚办法第33条），"
               "只告知陈述、申辩，未告知听证；罚款在安全生产法第97条十万以下内",
               "决定给予罚款人民币伍万元整的行政处罚"),
    no_hearing("hq33_tax.txt", "tax",
               "税务对个体经营部罚款1万元（个人二千元、组织一万元，两种读法均达听证数额），只告知陈述、申辩，未告知听证；"
               "罚款在征管法第62条情节严重二千至一万内",
               "决定对你单位处以罚款人民币壹万元整"),
    Doc("hq34_culture_tourism.txt", "culture_tourism",
        "娱乐场所管理条例（2020修订）共58条，引用的第六十一条不存在（歌舞娱乐场所接纳未成年人的罚则为第48条第（三）项，"
        "1万-3万，1.5万元在内）；单位罚款1.5万不需听证",
        [irregular("nonexistent_article", "《娱乐场所管理条例》第六十一条")],
        {"scenario": "irregularity", "irregularities": ["nonexistent_article"]}),
    Doc("hq35_health.txt", "health",
        "2025年1月6日立案、2025年8月19日决定，历时225日，超过行政处罚法第60条九十日，文书未记载延期批准或中止；罚2万"
        "在医师法第59条不足1万按1万计2-10倍内，已告知听证；初次非医师行医无损害不达刑法第336条",
        [irregular("time_limit", "本局于2025年1月6日对当事人涉嫌非医师行医一案立案调查")],
        {"scenario": "irregularity", "irregularities": ["time_limit"]}),
]

NEGATIVE = [
    # ── negatives (near misses marked) ──
    Doc("hq36_environment.txt", "environment",
        "废铅蓄电池（HW31）四次合计2.94吨交无证个人<3吨，不在重点保护区域、无前科（法释〔2023〕7号第一条第（二）项）；"
        "罚60万为固废法第112条第二款处置费用按20万计的3倍，已听证",
        flags={"scenario": "under", "near_miss": True}),
    Doc("hq37_tax.txt", "tax",
        "逃税24.318万元占15.2%，但首次被税务处理、已补缴税款和滞纳金并接受处罚，依刑法第201条第四款不予追究；罚50%在"
        "征管法第63条内，已告知听证",
        flags={"scenario": "tax_paid", "near_miss": True}),
    Doc("hq38_forestry.txt", "forestry",
        "滥伐立木蓄积28.6立方米≥20立方米，但已移送公安机关并立案侦查，不是隐匿的移送线索；只责令补种，罚款待刑事程序终结",
        flags={"scenario": "transferred", "near_miss": True, "transferred": True}),
    Doc("hq39_mining.txt", "mining",
        "无证采煤价值10.6万元≥10万元，已移送公安机关，公安以价值证据不足不予立案并退回；罚40%在实施细则第42条内",
        flags={"scenario": "police_declined", "near_miss": True, "police_declined": True}),
    Doc("hq40_food_safety.txt", "food_safety",
        "举报豆芽使用无根剂等禁用物质，两次抽检均未检出，无有毒有害物质；未建进货查验记录罚5千在食品安全法第126条内",
        flags={"scenario": "not_detected", "near_miss": True}),
    Doc("hq41_environment.txt", "environment",
        "含镉废水超标1.8倍（<3倍，法释〔2023〕7号第一条第（三）项），当日停产、清掏底泥，两次复查达标、损害已修复，无持续"
        "损害；罚30万在水污染防治法第83条内，已告知听证",
        flags={"scenario": "pil_remedied", "near_miss": True, "continuing_harm": False}),
    Doc("hq42_land.txt", "land",
        "占用一般耕地5,800平方米=8.7亩<10亩（非永久基本农田，地类在另一句；法释〔2000〕14号第三条）且已复垦；罚58万"
        "（每平方米100元）在实施条例第57条内，已听证",
        flags={"scenario": "under", "near_miss": True}),
    Doc("hq43_forestry.txt", "forestry",
        "占用国家级公益林地3,000平方米=4.5亩<5亩（法释〔2023〕8号），已拆除补植；罚1倍在森林法第73条三倍以下内",
        flags={"scenario": "under", "near_miss": True}),
    Doc("hq44_public_security.txt", "public_security",
        "非法获取并提供车辆行踪轨迹信息46条<50条、违法所得1,380元<5000元，非履职所得、无前科（法释〔2017〕10号第五条）；"
        "罚5倍在网络安全法第64条第二款内，已告知听证",
        flags={"scenario": "under", "near_miss": True}),
    Doc("hq45_tax.txt", "tax",
        "虚开增值税专用发票6份，税额96,800元<10万元（法释〔2024〕4号第十一条）；价税合计84万不是计量口径；罚20万在"
        "发票管理办法第35条5万-50万内，已听证",
        flags={"scenario": "under", "near_miss": True}),
    Doc("hq46_customs.txt", "customs",
        "单位走私偷逃应缴税款164,200元，≥个人线10万但<单位线20万（法释〔2014〕10号第二十四条，刑法第153条第二款）；"
        "罚1倍在海关行政处罚实施条例第9条第一款第（三）项内，已告知听证",
        flags={"scenario": "under", "near_miss": True}),
    Doc("hq47_culture_tourism.txt", "culture_tourism",
        "网吧接纳2名未成年人上网，初次违法当场整改；警告并罚5千在互联网上网服务营业场所管理条例第31条一万五千以下内",
        flags={"scenario": "clean"}),
    Doc("hq48_public_security.txt", "public_security",
        "殴打他人未达轻微伤，拘留5日并处罚款200元在治安管理处罚法（2012）第43条第一款内；拘留不需听证",
        flags={"scenario": "clean"}),
]

GROUPS = [
    # ── 化整为零: one company's three shops selling fake cigarettes, cut into three decisions the same day ──
    *[Doc(name, "tobacco",
          "同一公司（同一信用代码）三门店销售非法生产的假冒卷烟，同日拆成三案；累计销售金额19,000+17,200+16,400="
          "52,600元≥5万元（法释〔2010〕7号第二条，刑法第140条；均未经处理，累计计算）；每案罚30%在实施条例第58条内",
          [split("tobacco-140-fake-cigarettes/1", quote, 52600.0, SPLIT)],
          {"scenario": "split", "split_group": SPLIT})
      for name, quote in (("hq49_tobacco.txt", "违法销售总额为人民币壹万玖仟元（19,000元）"),
                          ("hq50_tobacco.txt", "违法销售总额17,200元"),
                          ("hq51_tobacco.txt", "违法销售总额人民币16,400元"))],
    # ── repeat offender: the same credit code punished again nine months later ──
    Doc("hq52_food_safety.txt", "food_safety",
        "挂面标签未标示配料和生产许可证编号，首次处罚；货值9,600元不足1万，罚8千在食品安全法第125条5千-5万内",
        flags={"scenario": "repeat_first", "repeat_group": REPEAT}),
    Doc("hq53_food_safety.txt", "food_safety",
        "同一统一社会信用代码的单位在2024年10月16日处罚后约九个月再犯同类标签违法，二年内再犯；罚3万在第125条内",
        [repeat("运城市盐湖区晋味源食品有限公司", REPEAT)],
        {"scenario": "repeat", "repeat_group": REPEAT}),
]

DOCS = sorted(CRIMINAL + PUBLIC_INTEREST + IRREGULAR + NEGATIVE + GROUPS, key=lambda doc: doc.file)


labeled = lead_gold.labeler(HERE, CREATED, VERSION)

if __name__ == "__main__":
    lead_gold.main(HERE, DOCS, CREATED, VERSION)
