"""Lead labels for the sixty-third hand-written set in this folder (run to rewrite ``gold.jsonl``).

A new UNSEEN held-out test of the lead screening, written on 2026-11-23 without reading any decision
of the earlier hand-written sets nor the screening code. Every decision ``kpNN_<domain>.txt`` was
written by hand in the manner of published 行政处罚决定书 of agencies in 黑龙江, 吉林, 辽宁, 内蒙古
and 山西 (all names, numbers, codes and addresses invented; credit codes carry valid GB 32100-2015
check digits, identity numbers valid GB 11643 check digits). The set's focus: 黑土地 and 草原
(占用 by 平方米/亩/公顷, 开垦), 非法采矿 (煤 by grade × price, 稀土 as a 保护性开采特定矿种, 萤石越界),
林业 (盗伐 by 蓄积 table and 幼树 by plots), 野生动物 (马鹿 in the 东北虎豹 park, 猛禽 by 只 × 价值,
狍子, 野猪 not protected), 渔业 (松花江/黑龙江 禁渔期, 电鱼, 渔获 by species), 生态环境 (废机油 by
桶 × 每桶重量, monitoring tables where only the limit is printed, 篡改自动监测), 应急管理 (煤矿
超层越界 with 拒不执行, 死亡 vs 直接经济损失 under the line), 农资 (假种子: 亩 × 减产 × 价格), and the
税务, 海关, 公安出入境, 人社 forms. Labels come from the law only: criminal thresholds from
corpora/knowledge/thresholds.yaml (version in force on the date of the facts), hearing figures from
corpora/knowledge/hearing.yaml, fine ranges and article existence from the statute text in force on
the decision date. Each row's ``meta.reason`` gives the one-line legal reason.

Run from the repository root: ``.venv/bin/python corpora/labeled/handwritten_sixtythird/make_gold.py``.
"""

from __future__ import annotations

from pathlib import Path

from corpora.labeled import lead_gold
from corpora.labeled.lead_gold import (
    OVER,
    PIL,
    QUAL,
    Doc,
    fined_only,
    irregular,
    near,
    no_hearing,
    out_of_range,
    pil,
    repeat,
    split,
    threshold,
    trigger,
)

HERE = Path(__file__).resolve().parent
CREATED = "2026-11-23T00:30:00+00:00"
VERSION = "handwritten-sixtythird/1"

SPLIT, REPEAT = "split-kp-alxa-grassland", "repeat-kp-wuhai-coalyard"

CRIMINAL = [
    # ── criminal-transfer leads (each also 以罚代刑: only fined, no transfer recorded) ──
    Doc("kp01_land.txt", "land",
        "非法占用永久基本农田（黑土耕地，地类在另一段）3,240+1,180=4,420平方米=6.63亩≥5亩，耕作层被推平硬化"
        "（land-342-cultivated/1，法释〔2000〕14号第三条，刑法第342条）；每平方米100元在实施条例第57条100-1000元内，"
        "已告知听证；只罚款未移送",
        [threshold("land-342-cultivated/1", "北侧晾晒场（水泥硬化）测绘面积3,240平方米", 6.63),
         fined_only("计人民币肆拾肆万贰仟元整（442,000元）")], OVER),
    Doc("kp02_forestry.txt", "forestry",
        "开垦基本草原2.1+0.46=2.56公顷=38.4亩≥20亩，植被全部翻埋（land-342-grassland/1，法释〔2012〕15号第二条，"
        "刑法第342条）；无违法所得罚3万在草原法第66条五万元以下内，已告知听证；只罚款未移送",
        [threshold("land-342-grassland/1", "东片经GPS测量面积为2.1公顷", 38.4), fined_only("处罚款人民币叁万元")],
        OVER),
    Doc("kp03_mining.txt", "mining",
        "无证采煤，价格认定480吨×620元+390吨×410元=457,500元≥10万元（mining-343-1-illegal/1，法释〔2016〕25号"
        "第三条，刑法第343条）；违法所得23.6万另一口径；罚违法所得30%在实施细则第42条50%以下内；只罚款未移送",
        [threshold("mining-343-1-illegal/1", "块煤      480           620", 457500.0),
         fined_only("计人民币70,800元")], OVER),
    Doc("kp04_mining.txt", "mining",
        "无证开采稀土（保护性开采特定矿种，在另一段），鉴定价值86,400元≥5万元（mining-343-1-illegal/2，法释〔2016〕"
        "25号第三条第一款第（三）项，刑法第343条），虽低于一般矿种10万元；罚违法所得50%在实施细则第42条内；只罚款未移送",
        [threshold("mining-343-1-illegal/2", "采出矿产品价值为人民币捌万陆仟肆佰元整", 86400.0),
         fined_only("并处罚款人民币叁万陆仟元")], OVER),
    Doc("kp05_mining.txt", "mining",
        "超越采矿许可证开采深度越界采萤石387吨×320元=123,840元≥10万元（超越许可范围视为未取得采矿许可证，法释〔2016〕"
        "25号第二条第（三）项；mining-343-1-illegal/1，刑法第343条）；已听证；只罚款未移送",
        [threshold("mining-343-1-illegal/1", "越界开采的矿产品价值合计为人民币12.384万元", 123840.0),
         fined_only("并处罚款人民币叁万元")], OVER),
    Doc("kp06_forestry.txt", "forestry",
        "无证采伐国有林，三树种蓄积3.214+1.086+1.352=5.652立方米≥5立方米（forest-345-1-theft/1，法释〔2023〕8号"
        "第四条，刑法第345条第一款）；价值3,980元<2万不是唯一口径；罚5倍在森林法第76条第一款5-10倍内；只罚款未移送",
        [threshold("forest-345-1-theft/1", "落叶松    14      3.214", 5.652),
         fined_only("计人民币壹万玖仟玖佰元整")], OVER),
    Doc("kp07_forestry.txt", "forestry",
        "擅自采伐集体林幼树，三地块伐根86+71+58=215株≥200株（forest-345-1-theft/2，法释〔2023〕8号第四条，"
        "刑法第345条第一款）；价值6,450元<2万；罚5倍在森林法第76条第一款内；只罚款未移送",
        [threshold("forest-345-1-theft/2", "A地块伐根86个", 215.0),
         fined_only("计人民币叁万贰仟贰佰伍拾元整（32,250元）")], OVER),
    Doc("kp08_wildlife.txt", "wildlife",
        "国家公园核心保护区下套猎捕马鹿2只（国家二级，级别在另一段），2×12,000=24,000元≥2万元（wildlife-341-1-"
        "endangered/1，法释〔2022〕12号第六条，刑法第341条第一款）；狍子为三有动物不计入；罚2倍在野保法第48条内；"
        "只罚款未移送",
        [threshold("wildlife-341-1-endangered/1", "马鹿每只价值人民币壹万贰仟元", 24000.0),
         fined_only("计人民币伍万伍仟贰佰元")], OVER),
    Doc("kp09_wildlife.txt", "wildlife",
        "收购出售红隼3、长耳鸮2、普通鵟1只（国家二级，在另一段），6只×4,000=24,000元≥2万元（wildlife-341-1-"
        "endangered/1，法释〔2022〕12号第六条，刑法第341条第一款）；灰喜鹊三有不计入；只罚款未移送",
        [threshold("wildlife-341-1-endangered/1", "前三种猛禽每只价值均为人民币4,000元", 24000.0),
         fined_only("并处罚款人民币伍万元")], OVER),
    Doc("kp10_fishery.txt", "fishery",
        "松花江禁渔期使用电鱼方法捕捞（fishery-340-inland/5，法释〔2022〕12号第三条，刑法第340条，无数量要求）；"
        "渔获18.4公斤；罚3千在渔业法第38条五万元以下内；只罚款未移送",
        [trigger("fishery-340-inland/5", "在禁渔期使用电鱼方法进行捕捞"), fined_only("罚款人民币叁仟元")], QUAL),
    Doc("kp11_fishery.txt", "fishery",
        "黑龙江禁渔期使用禁用渔具迷魂阵，渔获312+146+87=545公斤≥500公斤（fishery-340-inland/1，法释〔2022〕12号"
        "第三条，刑法第340条）；违法所得9,650元<1万不是唯一口径；罚款在渔业法第38条内；只罚款未移送",
        [threshold("fishery-340-inland/1", "鲫鱼  312公斤", 545.0), fined_only("对当事人一罚款人民币壹万元")], OVER),
    Doc("kp12_environment.txt", "environment",
        "废机油（HW08，在另一段）交无证个人，6+8+7=21桶×0.17吨=3.57吨≥3吨（env-338-pollution/1，法释〔2023〕7号"
        "第一条第（二）项，刑法第338条）；罚60万为固废法第112条第一款第（四）项、第二款处置费用按20万计的3倍，在3-5倍内；只罚款未移送",
        [threshold("env-338-pollution/1", "每桶净重约0.17吨", 3.57), fined_only("罚款计人民币陆拾万元整")], OVER),
    Doc("kp13_environment.txt", "environment",
        "电镀废水总铬实测2.38mg/L、限值0.5mg/L，超标3.76倍（实测为限值4.76倍）≥3倍（env-338-pollution/2，法释"
        "〔2023〕7号第一条第（四）项，刑法第338条）；文书只写化学需氧量超标；罚35万在水污法第83条10万-100万内；"
        "只罚款未移送",
        [threshold("env-338-pollution/2", "总铬        2.38      0.5", 3.76), fined_only("处罚款人民币叁拾伍万元")],
        OVER),
    Doc("kp14_environment.txt", "environment",
        "大气重点排污单位修改自动监测设备量程和标定系数，篡改自动监测数据（env-338-pollution/10，法释〔2023〕7号"
        "第一条第（七）项，刑法第338条）；罚50万在大气法第99条10万-100万内；只罚款未移送",
        [trigger("env-338-pollution/10", "将二氧化硫分析仪的量程上限由500mg/m³修改为100mg/m³"),
         fined_only("罚款人民币伍拾万元")], QUAL),
    Doc("kp15_work_safety.txt", "work_safety",
        "煤矿超层越界（重大事故隐患）被责令停止作业后拆开密闭仍组织作业（safety-134-1a-dangerous-operation/2，"
        "刑法第134条之一第（二）项）；罚单位5万在安全生产法第102条五万元以下内、矿长5万在5万-10万内，已告知听证；只罚款未移送",
        [trigger("safety-134-1a-dangerous-operation/2", "该矿每班仍安排9至12名工人进入该工作面作业"),
         fined_only("对该矿处罚款人民币伍万元")], QUAL),
    Doc("kp16_environment.txt", "environment",
        "在饮用水水源二级保护区倾倒含铅危险废物（HW31）约1.2吨（env-338-pollution/8，法释〔2023〕7号第一条第（一）项，"
        "刑法第338条，无数量要求）；已清运不影响犯罪成立；罚60万为固废法第112条第一款第（三）项处置费用按20万计的3倍；只罚款未移送",
        [trigger("env-338-pollution/8", "倾倒点位于秀水水源地二级保护区范围内"), fined_only("计人民币陆拾万元")],
        QUAL),
    Doc("kp17_work_safety.txt", "work_safety",
        "违章指挥致一般事故一人死亡≥1人（safety-134-1-major-liability/1，法释〔2015〕22号第六条，刑法第134条）；"
        "直接经济损失97.6万<100万不是唯一口径；仅罚单位35万在安全生产法第114条第（一）项30万-100万内，责任人未移送",
        [threshold("safety-134-1-major-liability/1", "造成一人死亡", 1.0),
         fined_only("决定对该公司处罚款人民币叁拾伍万元")], OVER),
    Doc("kp18_agriculture.txt", "agriculture",
        "销售假玉米种子（非标称品种），生产损失312亩×215公斤×2.10元=140,868元≥2万元（product-147-agri-inputs/1，"
        "立案追诉标准（一）第二十三条，刑法第147条）；罚货值9万的10倍在种子法第74条10-20倍内，已听证；只罚款未移送",
        [threshold("product-147-agri-inputs/1", "平均每亩减产215公斤", 140868.0), fined_only("计人民币玖拾万元整")],
        OVER),
    Doc("kp19_tax.txt", "tax",
        "2024年度虚假申报少缴增值税68,420+企业所得税57,310=125,730元≥10万元且占18.6%≥10%（tax-201-evasion/1，"
        "法释〔2024〕4号第一条，刑法第201条）；经追缴逾期未补缴，不适用第四款；罚50%在征管法第63条内；只罚款未移送",
        [threshold("tax-201-evasion/1", "少缴增值税68,420.00元", 125730.0), fined_only("计62,865.00元")], OVER),
    Doc("kp20_customs.txt", "customs",
        "个人走私，偷逃关税38,050+增值税67,996.50=106,046.50元≥10万元（customs-153-ordinary-goods/1，法释〔2014〕"
        "10号第十六条，刑法第153条）；罚20万在海关行政处罚实施条例第9条偷逃税款3倍以下内；只罚款未移送",
        [threshold("customs-153-ordinary-goods/1", "上述货物偷逃应缴关税38,050元", 106046.5),
         fined_only("对当事人科处罚款人民币贰拾万元")], OVER),
    Doc("kp21_other.txt", "other",
        "拖欠14名农民工工资15,120+16,380+14,800=46,300元≥3万元，经限期整改指令书责令仍不支付且负责人逃匿"
        "（labor-276-1-wage-refusal/2，法释〔2013〕3号第三、四条，刑法第276条之一）；只作加付赔偿金和罚款处理未移送",
        [threshold("labor-276-1-wage-refusal/2", "2024年9月    14      15,120", 46300.0),
         fined_only("处罚款人民币贰万元")], OVER),
]

PUBLIC_INTEREST = [
    # ── public-interest leads: statutory field + harm going on after the agency acted ──
    Doc("kp22_land.txt", "land",
        "耕地取黑土7.2亩（一般耕地<10亩，不达刑法第342条），两次复查未回填、农户无法播种（生态环境和资源保护领域）；"
        "耕地开垦费6倍在实施条例第55条5-10倍内，已告知听证",
        [pil("ecology_resources", "当事人未进行任何回填")], PIL),
    Doc("kp23_forestry.txt", "forestry",
        "草原采砂13.35亩（<20亩），逾期两次复查未恢复植被、沙化扩大（生态环境和资源保护领域）；罚违法所得2倍在草原法"
        "第68条1-2倍内",
        [pil("ecology_resources", "被处罚人既未回填采坑也未恢复植被")], PIL),
    Doc("kp24_environment.txt", "environment",
        "河滩露天堆放煤泥煤矸石（一般工业固废），逾期未清运，淋滤水持续入河（生态环境和资源保护领域）；罚15万为固废法"
        "第102条第一款第（七）项、第二款处置费用按10万计的1.5倍，在1-3倍内，已告知听证",
        [pil("ecology_resources", "雨后淋滤水仍持续流入桃河支流")], PIL),
    Doc("kp25_construction.txt", "construction",
        "国有建设用地使用权出让价款2.16亿元三次催缴仍未缴，未办证即开工（国有土地使用权出让领域）；罚造价5%在城乡规划法"
        "第64条5%-10%内，已听证",
        [pil("state_land_transfer", "尚欠出让价款2.16亿元")], PIL),
    Doc("kp26_food_safety.txt", "food_safety",
        "小学对面超市销售过期食品并篡改日期，处罚后两次回访仍向学生销售（食品药品安全领域，不特定多数未成年人）；"
        "罚5万在食品安全法第124条货值不足1万5万-10万内，已告知听证",
        [pil("food_drug_safety", "当事人仍在店内销售超过保质期的乳饮料")], PIL),
    Doc("kp27_forestry.txt", "forestry",
        "国家级公益林内修路建停车场0.27公顷=4.05亩（<5亩不达刑法第342条），逾期两次核查仍在使用、林地未恢复"
        "（生态环境和资源保护领域）；代履行决定",
        [pil("ecology_resources", "林地未恢复")], PIL),
    Doc("kp28_fishery.txt", "fishery",
        "松花江江汊拦河网箔阻断洄游通道，处罚后一年复查仍未拆除且新增地笼（生态环境和资源保护领域）；罚2万在渔业法第38条"
        "内",
        [pil("ecology_resources", "上述拦河网箔仍未拆除")], PIL),
]

IRREGULAR = [
    # ── enforcement irregularities ──
    out_of_range("kp29_forestry.txt", "forestry",
                 "超许可证滥伐8.6立方米（<20，不达刑法第345条），价值6,450元，森林法第76条第二款罚价值3-5倍即19,350-32,250元；"
                 "罚1.5万低于下限且未写明减轻情节；已告知听证",
                 "二、处罚款人民币壹万伍仟元"),
    out_of_range("kp30_fishery.txt", "fishery",
                 "禁渔区合规网具捕捞42公斤（<500公斤、价值1,260元<1万，非禁用工具），渔业法第38条第一款五万元以下；罚8万超出"
                 "上限；已告知听证",
                 "罚款人民币捌万元整"),
    no_hearing("kp31_work_safety.txt", "work_safety",
               "应急管理部门对单位罚款5万元≥3万元（hearing.yaml work_safety单位3万，安全生产违法行为行政处罚办法第33条），"
               "只告知陈述申辩未告知听证；罚款在安全生产法第97条十万元以下内",
               "对该单位处罚款人民币伍万元"),
    no_hearing("kp32_public_security.txt", "public_security",
               "公安机关对个人罚款5,000元≥2,000元（公安机关办理行政案件程序规定第123条），只告知陈述申辩未告知听证；"
               "罚款在出境入境管理法第80条第一款五千至二万元内",
               "处罚款人民币伍仟元"),
    Doc("kp33_forestry.txt", "forestry",
        "草原法（2021修正）共75条，引用的第九十一条不存在（未经审核临时占用草原的罚则为第71条）；已告知听证",
        [irregular("nonexistent_article", "《中华人民共和国草原法》第九十一条")],
        {"scenario": "irregularity", "irregularities": ["nonexistent_article"]}),
    Doc("kp34_land.txt", "land",
        "2023年3月6日立案、2024年1月18日决定，历时318日，超过行政处罚法第60条九十日，文书未记载延期批准或中止；"
        "每平方米100元在实施条例第57条内，已告知听证",
        [irregular("time_limit", "本局于2023年3月6日对当事人涉嫌非法占用土地建设库房一案立案调查")],
        {"scenario": "irregularity", "irregularities": ["time_limit"]}),
]

NEGATIVE = [
    # ── negatives (near misses marked) ──
    Doc("kp35_land.txt", "land",
        "占用永久基本农田3,200平方米=4.8亩<5亩（法释〔2000〕14号第三条），罚款64万是罚款口径不是面积；已拆除复耕验收；"
        "每平方米200元在实施条例第57条内，已听证",
        flags=near("under")),
    Doc("kp36_forestry.txt", "forestry",
        "开垦天然草原1.3公顷=19.5亩<20亩（法释〔2012〕15号第二条）；销售收入3.8万不是面积口径；罚违法所得2倍在草原法"
        "第66条1-5倍内，已告知听证",
        flags=near("under")),
    Doc("kp37_mining.txt", "mining",
        "无证采煤286吨×325元=92,950元<10万元（法释〔2016〕25号第三条），售得6.2万亦不足；挖掘机评估42万是工具价值"
        "不是矿产品价值；罚违法所得40%在实施细则第42条内，已告知听证",
        flags=near("under")),
    Doc("kp38_forestry.txt", "forestry",
        "盗伐蓄积4.86立方米<5立方米、价值3,880元<2万元（法释〔2023〕8号第四条），水曲柳系人工林非野生不涉刑法第344条；"
        "罚5倍在森林法第76条第一款内，已告知听证",
        flags=near("under")),
    Doc("kp39_wildlife.txt", "wildlife",
        "收购野外猎捕野猪肉1,260公斤×36元=45,360元<5万元（野猪不属重点保护亦不在三有名录，法释〔2022〕12号第八条"
        "第（二）项其他陆生野生动物五万元）；菜品销售额8.3万不是动物价值；罚价值2倍在野保法第50条第三款1-5倍内，已听证",
        flags=near("under")),
    Doc("kp40_wildlife.txt", "wildlife",
        "猎捕三有动物狍子4只价值1.2万元，已移送公安，公安以不能认定禁猎区禁猎期或禁用工具不予立案并退回；罚2倍在野保法"
        "第49条1-10倍内，已告知听证",
        flags=near("police_declined", police_declined=True)),
    Doc("kp41_fishery.txt", "fishery",
        "禁渔期电鱼，已移送公安并立案侦查（不是隐匿的移送线索）；仅没收工具，罚款待刑事结果",
        flags=near("transferred", transferred=True)),
    Doc("kp42_environment.txt", "environment",
        "举报倾倒“废油”4.5吨，经危险特性鉴别不属于危险废物（一般工业固废），不达刑法第338条；已清运；罚12万为固废法"
        "第102条第（七）项处置费用按10万计的1.2倍，已告知听证",
        flags=near("not_detected")),
    Doc("kp43_environment.txt", "environment",
        "含镉废水实测0.145、限值0.05，超标1.9倍（实测为限值2.9倍）<3倍（法释〔2023〕7号第一条第（四）项），铅锌超标更小；"
        "罚40万在水污法第83条内，已听证",
        flags=near("under")),
    Doc("kp44_tax.txt", "tax",
        "2023年度逃税142,440.09元占12.3%，但首次被税务处理、已补缴税款滞纳金并缴清罚款，依刑法第201条第四款不予追究"
        "（tax-201-evasion@2022）；罚50%在征管法第63条内，已告知听证",
        flags=near("tax_paid")),
    Doc("kp45_other.txt", "other",
        "拖欠23人工资8.64万元，但在责令限期内足额支付，不是刑法第276条之一的经责令支付仍不支付；超时加班每人200元在"
        "劳动保障监察条例第25条100-500元内",
        flags=near("remedied")),
    Doc("kp46_work_safety.txt", "work_safety",
        "一般事故重伤2人<3人、无死亡、直接经济损失64万<100万（刑法第134条立案标准）；罚30万在安全生产法第114条内，已听证",
        flags=near("under")),
    Doc("kp47_agriculture.txt", "agriculture",
        "劣种子致损失70亩×90公斤×3.00元=18,900元<2万元，销售金额3.2万<5万（刑法第147条、第149条）；已赔偿；"
        "罚货值5倍在种子法第75条5-10倍内，已听证",
        flags=near("under")),
    Doc("kp48_market.txt", "market",
        "不予行政处罚决定书：许可证门牌变更未及时申请，初次违法危害轻微并已改正（行政处罚法第33条第一款）",
        flags={"scenario": "no_penalty"}),
    Doc("kp49_customs.txt", "customs",
        "个人走私偷逃税款87,630元<10万元（法释〔2014〕10号第十六条）；销售收入42万不是偷逃税额口径；罚10万在海关行政"
        "处罚实施条例第9条3倍以下内，已告知听证",
        flags=near("under")),
]

GROUPS = [
    # ── 化整为零: one company's 开垦 of three adjoining plots, cut into three decisions two days apart ──
    *[Doc(name, "forestry",
          "同一公司（同一信用代码）同期开垦天然草原拆成三案：4,800平方米=7.2亩、6.8亩、0.5公顷=7.5亩，合计21.5亩≥20亩"
          "（法释〔2012〕15号第二条，刑法第342条）；每案罚5千在草原法第66条五万元以下内",
          [split("land-342-grassland/1", quote, 21.5, SPLIT)],
          {"scenario": "split", "split_group": SPLIT})
      for name, quote in (("kp50_forestry.txt", "经测量，开垦面积为4,800平方米"),
                          ("kp51_forestry.txt", "经测量，开垦面积为6.8亩"),
                          ("kp52_forestry.txt", "经测量，开垦面积为0.5公顷"))],
    # ── repeat offender: the same credit code punished again seventeen months later ──
    Doc("kp53_environment.txt", "environment",
        "储煤场未采取防尘措施，首次处罚，罚3万在大气污染防治法第117条1万-10万内",
        flags={"scenario": "repeat_first", "repeat_group": REPEAT}),
    Doc("kp54_environment.txt", "environment",
        "同一统一社会信用代码的单位在2023年6月9日处罚后约十七个月再犯同类违法，二年内再犯；罚8万在第117条内",
        [repeat("乌海市海南区金泰煤炭储运有限公司", REPEAT)],
        {"scenario": "repeat", "repeat_group": REPEAT}),
]

DOCS = sorted(CRIMINAL + PUBLIC_INTEREST + IRREGULAR + NEGATIVE + GROUPS, key=lambda doc: doc.file)


labeled = lead_gold.labeler(HERE, CREATED, VERSION)

if __name__ == "__main__":
    lead_gold.main(HERE, DOCS, CREATED, VERSION)
