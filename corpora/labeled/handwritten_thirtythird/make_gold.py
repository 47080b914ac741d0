"""Lead labels for the thirty-third hand-written set in this folder (run to rewrite ``gold.jsonl``).

A new UNSEEN held-out test of the lead screening, written on 2026-11-22 without reading any decision
of the other hand-written sets nor the screening code. Every decision ``jlNN_<domain>.txt`` was
written by hand in the manner of published 行政处罚决定书 of city and county agencies in 山东, 河南,
河北 and 天津 (all names, numbers, codes and addresses invented; credit codes carry valid
GB 32100-2015 check digits, identity numbers valid GB 11643 check digits). The weight is on market
regulation (伪劣, 假冒, 传销, 非法经营), environment (危废, 超标, 暗管, 篡改监测), 应急管理, land and
mining, tax (逃税, 虚开), 人社 and 海关, with the figures written so the reader must work: totals from
parts, quantities times unit prices, small tables, the subject in another sentence than the figure,
wrong-measure figures beside the right one. Labels come from the law only: criminal thresholds
from corpora/knowledge/thresholds.yaml, hearing figures from corpora/knowledge/hearing.yaml, fine
ranges and article existence from the statute text in force on the decision date. Each row's
``meta.reason`` gives the one-line legal reason. Conventions are those of
``handwritten_fifth/make_gold.py``.

Run from the repository root: ``.venv/bin/python corpora/labeled/handwritten_thirtythird/make_gold.py``.
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
CREATED = "2026-11-22T17:10:00+00:00"
VERSION = "handwritten-thirtythird/1"

SPLIT, REPEAT = "split-jl-cangzhou-waste-acid", "repeat-jl-xinxiang-hazard-storage"
OVER = {"scenario": "over"}
QUAL = {"scenario": "qualitative"}

CRIMINAL = [
    # ── criminal-transfer leads (each also 以罚代刑: only fined, no transfer recorded) ──
    Doc("jl01_product_quality.txt", "product_quality",
        "以不合格电线冒充合格产品，三笔销售金额21,480+18,960+15,720=56,160元≥5万元（立案追诉标准（一）第十六条，"
        "刑法第140条，product-140-fake-inferior/2008）；违法所得9,870元不是计量口径；罚货值一倍在产品质量法第50条"
        "50%-3倍内；只罚款未移送",
        [threshold("product-140-fake-inferior/1", "当事人销售涉案电线的情况（依据送货单、微信转账记录）如下", 56160.0),
         fined_only("按货值金额一倍处以罚款人民币伍万玖仟肆佰元")], OVER),
    Doc("jl02_intellectual_property.txt", "intellectual_property",
        "销售假冒注册商标的洗发水，1,200瓶×28元+860瓶×35元=63,700元≥5万元（ip-214-sell-counterfeit/2，2025年解释，"
        "事实在2025年5月后，刑法第214条）；进货价31,180元不是计量口径；罚款在商标法第60条五倍以下内；只罚款未移送",
        [threshold("ip-214-sell-counterfeit/2", "共售出1,200瓶，每瓶售价28元", 63700.0),
         fined_only("计人民币壹拾肆万柒仟元整")], OVER),
    Doc("jl03_market.txt", "market",
        "组织策划传销，下线4+11+19+12=46人≥30人、五个层级≥三级（立案追诉标准（二）第七十条，刑法第224条之一，"
        "market-224-1-pyramid/2022）；对组织者个人及公司各罚50万在禁止传销条例第24条50万-200万内，已告知听证；"
        "只罚款未移送",
        [threshold("market-224-1-pyramid/1", "第二层有会员4人", 46.0), fined_only("对卢卫东处罚款人民币伍拾万元")],
        OVER),
    Doc("jl04_tobacco.txt", "tobacco",
        "无证零售卷烟1,150条=230,000支≥20万支（法释〔2010〕7号第三条，刑法第225条，tobacco-225-illegal-business/3）；"
        "违法经营额4.6万<5万、违法所得3,910元不是唯一口径；罚30%在烟草专卖法实施条例第57条20%-50%内；"
        "只罚款未移送",
        [threshold("tobacco-225-illegal-business/3", "共售出卷烟1,150条", 230000.0),
         fined_only("处违法经营总额30%的罚款，计人民币13,800元")], OVER),
    Doc("jl05_environment.txt", "environment",
        "HW08废矿物油（类别在另一段）26桶×约170千克=4.42吨提供给无证个人≥3吨（法释〔2023〕7号第一条第（二）项，"
        "刑法第338条，env-338-pollution/2023）；罚60万为固废法第112条第二款处置费按20万计3倍，在3-5倍内；只罚款未移送",
        [threshold("env-338-pollution/1", "被拉走的油桶共计26桶", 4.42), fined_only("罚款人民币陆拾万元")], OVER),
    Doc("jl06_environment.txt", "environment",
        "私设暗管绕过污水站排放含六价铬、苯胺类的印染废水（有毒物质），法释〔2023〕7号第一条第（六）项暗管排放有毒物质"
        "无数量要求（刑法第338条）；罚45万在水污染防治法第83条10万-100万内；只罚款未移送",
        [trigger("env-338-pollution/9", "管道为2024年11月私自铺设"), fined_only("罚款人民币肆拾伍万元整")], QUAL),
    Doc("jl07_environment.txt", "environment",
        "大气重点排污单位向采样管路通入空气篡改氮氧化物自动监测数据（法释〔2023〕7号第一条第（七）项，刑法第338条，"
        "env-338-pollution/10）；罚30万在大气污染防治法第99条10万-100万内；只罚款未移送",
        [trigger("env-338-pollution/10", "于2024年12月2日起向采样管路通入空气"), fined_only("处罚款人民币叁拾万元")],
        QUAL),
    Doc("jl08_environment.txt", "environment",
        "总镉（物质在另一段）0.31mg/L，限值0.05mg/L，超标5.2倍（为标准的6.2倍）≥3倍（法释〔2023〕7号第一条第（四）项，"
        "刑法第338条，env-338-pollution/2）；罚28万在水污染防治法第83条内；只罚款未移送",
        [threshold("env-338-pollution/2", "总排口水样中该项重金属浓度为0.31毫克/升", 5.2),
         fined_only("罚款人民币贰拾捌万元")], OVER),
    Doc("jl09_work_safety.txt", "work_safety",
        "关闭重大危险源可燃气体报警及联锁并屏蔽信号，卸车时浓度达爆炸下限31%、9人在场，有现实危险（刑法第134条之一"
        "第（一）项危险作业罪）；罚4.5万在安全生产法第99条五万元以下内；只罚款未移送",
        [trigger("safety-134-1a-dangerous-operation/1", "车间主任于4月下旬安排将报警及联锁屏蔽"),
         fined_only("罚款人民币肆万伍仟元的行政处罚")], QUAL),
    Doc("jl10_work_safety.txt", "work_safety",
        "违章清理搅拌机致1人死亡的一般生产安全责任事故，直接经济损失约146万元（立案追诉标准（一）第八条，刑法第134条"
        "重大责任事故罪）；罚35万在安全生产法第114条一般事故30万-100万内，已听证；只罚款未移送",
        [threshold("safety-134-1-major-liability/1", "经送医抢救无效于当日死亡", 1.0),
         fined_only("处以罚款人民币叁拾伍万元")], OVER),
    Doc("jl11_land.txt", "land",
        "非法占用水浇地（一般耕地，地类在另一段）4,120+3,350=7,470平方米=11.2亩≥10亩，硬化毁坏耕作层（法释〔2000〕14号"
        "第三条，刑法第342条，land-342-cultivated/2）；每平方米100元在实施条例第57条内，已告知听证；只罚款未移送",
        [threshold("land-342-cultivated/2", "地块一（村西北）   4,120平方米", 11.2),
         fined_only("计人民币柒拾肆万柒仟元整")], OVER),
    Doc("jl12_mining.txt", "mining",
        "采矿证到期后无证采灰岩8,600吨×18元/吨=154,800元≥10万元（法释〔2016〕25号第三条，刑法第343条，"
        "mining-343-1-illegal/1）；违法所得6.2万、碎石销售收入29.3万不是计量口径；罚违法所得40%在实施细则第42条"
        "50%以下内；只罚款未移送",
        [threshold("mining-343-1-illegal/1", "当事人在许可证过期后共开采灰岩约8,600吨", 154800.0),
         fined_only("即人民币贰万肆仟捌佰元")], OVER),
    Doc("jl13_tax.txt", "tax",
        "隐匿收入虚假申报，三年少缴税款八项合计136,246.54元≥10万元，占应纳税总额13.3%≥10%（法释〔2024〕4号，刑法"
        "第201条，tax-201-evasion/2024）；应纳税总额102.8万不是计量口径；经追缴仍未补缴，不适用第201条第四款；"
        "罚60%在征管法第63条50%-5倍内；只罚款未移送",
        [threshold("tax-201-evasion/1", "经核实，少缴税款情况如下", 136246.54),
         fined_only("对你单位处少缴税款百分之六十的罚款")], OVER),
    Doc("jl14_tax.txt", "tax",
        "无真实交易虚开增值税专用发票31份，税额46,800+39,000+28,600=114,400元≥10万元（法释〔2024〕4号第十一条，"
        "刑法第205条，tax-205-vat-invoice/1）；价税合计99.4万不是计量口径；罚30万在发票管理办法第35条5万-50万内；"
        "只罚款未移送",
        [threshold("tax-205-vat-invoice/1", "为其开具增值税专用发票共计31份", 114400.0),
         fined_only("并处罚款人民币叁拾万元")], OVER),
    Doc("jl15_other.txt", "other",
        "拖欠21名农民工工资147,600+131,200+52,500=331,300元≥3万元，经责令限期支付逾期未付、法定代表人失联（法释"
        "〔2013〕3号第三、四条，刑法第276条之一，labor-276-1-wage-refusal/2）；只作加付赔偿金处理未移送",
        [threshold("labor-276-1-wage-refusal/2", "钢筋班组9人，共计人民币147,600元", 331300.0),
         fined_only("计人民币壹拾陆万伍仟陆佰伍拾元整")], OVER),
    Doc("jl16_customs.txt", "customs",
        "单位低报价格走私冻牛肉，五票偷逃税款合计245,908.07元≥20万元（法释〔2014〕10号第十六、二十四条，刑法第153条，"
        "customs-153-ordinary-goods/2）；完税价格1,386.7万不是计量口径；罚34万在海关行政处罚实施条例第9条偷逃税款3倍"
        "以下内；只罚款未移送",
        [threshold("customs-153-ordinary-goods/2", "偷逃税款情况如下", 245908.07),
         fined_only("决定对当事人科处罚款人民币叁拾肆万元整")], OVER),
    Doc("jl17_public_security.txt", "public_security",
        "酒店前台出售住宿信息（性质在另一段）740条≥500条（法释〔2017〕10号第五条第一款第（四）项，刑法第253条之一，"
        "pi-253-1-personal-information/2）；违法所得2,960元<5,000元不是唯一口径；罚2万在个人信息保护法第66条内；"
        "只罚款未移送",
        [threshold("pi-253-1-personal-information/2", "去除重复后共有记录740条", 740.0),
         fined_only("并处罚款人民币贰万元")], OVER),
    Doc("jl18_food_safety.txt", "food_safety",
        "销售检出克伦特罗（食品动物禁用物质）的牛肉，收购时明知喂食“增肉粉”（法释〔2021〕24号第九条，刑法第144条，"
        "food-144-toxic/2）；罚货值15倍在食品安全法第123条货值1万以上15-30倍内；只罚款未移送",
        [trigger("food-144-toxic/2", "检出克伦特罗，含量为3.8μg/kg"), fined_only("计人民币肆拾捌万伍仟壹佰元")],
        QUAL),
    Doc("jl19_forestry.txt", "forestry",
        "无证采伐村集体林木，杨树4.12+刺槐1.35=5.47立方米≥5立方米（法释〔2023〕8号第三条，刑法第345条第一款，"
        "forest-345-1-theft/1）；价值7,650元<2万元不是唯一口径；罚5倍在森林法第76条第一款5-10倍内；只罚款未移送",
        [threshold("forest-345-1-theft/1", "杨树       38         4.12", 5.47),
         fined_only("计人民币叁万捌仟贰佰伍拾元")], OVER),
    Doc("jl20_intellectual_property.txt", "intellectual_property",
        "灌装假冒注册商标机油，未销售860桶×298元+1,200瓶×86元=359,480元（无实际售价按被侵权产品市场中间价）加已售"
        "7,900元，非法经营数额367,380元≥5万元（刑法第213条，ip-213-counterfeit-trademark/1，事实在2025年4月26日后）；"
        "罚20万在商标法第60条内；只罚款未移送",
        [threshold("ip-213-counterfeit-trademark/1", "已灌装成品4L装860桶、1L装1,200瓶", 367380.0),
         fined_only("罚款人民币贰拾万元整")], OVER),
]

PUBLIC_INTEREST = [
    # ── public-interest leads: statutory field + harm going on after the agency acted ──
    Doc("jl21_environment.txt", "environment",
        "一般工业固废污泥倾倒于河道滩地，限期清运后两次复查仍堆存约900立方米、渗滤液持续入河、下游石油类超标（生态环境和"
        "资源保护领域）；非危废、处置费21.6万<30万不达刑法第338条；罚处置费2倍在固废法第102条第二款1-3倍内",
        [pil("ecology_resources", "渗滤液仍持续流入河道")], {"scenario": "pil", "continuing_harm": True}),
    Doc("jl22_mining.txt", "mining",
        "闭坑矿山不履行地质环境治理和土地复垦义务，复查时9公顷山体裸露、高陡边坡崩塌隐患、复垦费逾期未缴（生态环境和资源"
        "保护领域）；罚复垦费一倍在土地复垦条例第42条1-2倍内，已告知听证",
        [pil("ecology_resources", "未开展覆土、绿化等治理工作")], {"scenario": "pil", "continuing_harm": True}),
    Doc("jl23_land.txt", "land",
        "国有建设用地使用权出让价款2.66亿元三次催缴仍未缴、未办证即开工（国有土地使用权出让领域）；城镇住宅用地不涉"
        "刑法第342条；每平方米100元在实施条例第57条内，已听证",
        [pil("state_land_transfer", "剩余价款2.66亿元至今未缴纳")], {"scenario": "pil", "continuing_harm": True}),
    Doc("jl24_work_safety.txt", "work_safety",
        "日均2,000人次的地下美食广场12个档口使用燃气未装可燃气体报警装置，限期整改逾期两次复查仍未改、照常营业（安全生产"
        "领域，不特定多数人）；一般隐患、未责令停用不涉刑法第134条之一；罚8万在安全生产法第99条逾期未改5万-20万内、"
        "负责人1.5万在1-2万内",
        [pil("work_safety", "其余12个档口仍未安装")], {"scenario": "pil", "continuing_harm": True}),
    Doc("jl25_other.txt", "other",
        "欠缴社会保险费合计90.26万元（含代扣未缴个人部分），责令限期缴纳后仍未缴且欠费仍在增加、11名职工无法领取养老金"
        "（国有财产保护领域：社会保险基金）；罚欠缴数额一倍在社会保险法第86条1-3倍内，已告知听证",
        [pil("state_assets", "当事人仍未缴纳任何款项，欠费数额仍在增加")], {"scenario": "pil", "continuing_harm": True}),
    Doc("jl26_forestry.txt", "forestry",
        "擅自改变商品林地用途6.8亩（<10亩不达刑法第342条），限期恢复后复查未拆除、未补种、坡面滑塌泥沙入河（生态环境和资源"
        "保护领域）；罚恢复费用1.5倍在森林法第73条三倍以下内",
        [pil("ecology_resources", "被处罚单位未拆除任何设施，未补种")], {"scenario": "pil", "continuing_harm": True}),
]

IRREGULAR = [
    # ── enforcement irregularities ──
    out_of_range("jl27_environment.txt", "environment",
                 "颗粒物超标排放，大气污染防治法第99条罚10万-100万；罚6万低于下限且未写明减轻处罚的法定情节",
                 "我局决定对当事人处以罚款人民币陆万元"),
    out_of_range("jl28_work_safety.txt", "work_safety",
                 "未进行安全生产教育培训，安全生产法第97条（限期改正阶段）罚十万元以下；罚15万超出上限，文书未记载逾期未改正",
                 "决定给予该公司罚款人民币壹拾伍万元的行政处罚"),
    no_hearing("jl29_tax.txt", "tax",
               "税务机关对单位罚款30,558元≥1万元（hearing.yaml税务单位一万元，国税发〔1996〕190号第三条），只告知陈述、申辩，"
               "未告知听证；罚1.5倍在征管法第64条第二款50%-5倍内",
               "计人民币叁万零伍佰伍拾捌元整"),
    no_hearing("jl30_work_safety.txt", "work_safety",
               "应急管理部门对单位罚款5万元≥3万元（hearing.yaml应急单位三万元，安全生产违法行为行政处罚办法第33条），只告知"
               "陈述、申辩，未告知听证；罚款在安全生产法第101条十万元以下内",
               "我局决定对当事人处以罚款人民币伍万元"),
    Doc("jl31_environment.txt", "environment",
        "大气污染防治法（2018修正）共129条，引用的第一百三十二条不存在（VOCs无组织排放的罚则为第108条第（一）项，2万-20万，"
        "5万在内）",
        [irregular("nonexistent_article", "《中华人民共和国大气污染防治法》第一百三十二条")],
        {"scenario": "irregularity", "irregularities": ["nonexistent_article"]}),
    Doc("jl32_food_safety.txt", "food_safety",
        "2024年9月3日立案、2025年3月20日决定，历时198日，超过行政处罚法第60条九十日，文书未记载延长办案期限的批准；"
        "罚5万在食品安全法第124条货值不足1万5万-10万内，已告知听证",
        [irregular("time_limit", "本局于2024年9月3日对当事人涉嫌生产经营超过保质期的食品原料一案立案调查")],
        {"scenario": "irregularity", "irregularities": ["time_limit"]}),
]

NEGATIVE = [
    # ── negatives (near misses marked) ──
    Doc("jl33_product_quality.txt", "product_quality",
        "不合格安全帽销售金额17,400+17,050+13,775=48,225元<5万元，且48,225×3+库存2,030=146,705元<15万元（刑法第140条，"
        "立案追诉标准（一）第十六条）；货值50,255元与罚款50,255元过5万但不是销售金额口径；罚一倍在产品质量法第50条内",
        flags={"scenario": "under", "near_miss": True}),
    Doc("jl34_environment.txt", "environment",
        "HW34废盐酸15桶×约190千克=2.85吨<3吨，无重点保护区域、暗管等情节（法释〔2023〕7号第一条）；罚60万为固废法第112条"
        "第二款处置费按20万计3倍，已听证",
        flags={"scenario": "under", "near_miss": True}),
    Doc("jl35_tax.txt", "tax",
        "逃税168,515.49元占18.2%，但首次被税务处理、已补缴税款滞纳金并接受处罚，依刑法第201条第四款不予追究；罚50%在征管法"
        "第63条内，已告知听证",
        flags={"scenario": "tax_paid", "near_miss": True}),
    Doc("jl36_land.txt", "land",
        "非法占用永久基本农田7.2亩≥5亩，但已移送公安机关并立案侦查，不是隐匿的移送线索；罚款待刑事处理后另行决定",
        flags={"scenario": "transferred", "near_miss": True, "transferred": True}),
    Doc("jl37_mining.txt", "mining",
        "无证河道采砂价值16.5万元≥10万元，已移送公安机关，公安以采挖数量无法区分、事实不清不予立案并退回；罚10万依河道"
        "管理条例第44条（条例未定幅度），已告知听证",
        flags={"scenario": "police_declined", "near_miss": True, "police_declined": True}),
    Doc("jl38_food_safety.txt", "food_safety",
        "举报羊肉含瘦肉精，克伦特罗、莱克多巴胺、沙丁胺醇三项均未检出，无有毒有害物质；未执行进货查验记录罚5千在食品安全法"
        "第126条5千-5万内",
        flags={"scenario": "not_detected", "near_miss": True}),
    Doc("jl39_environment.txt", "environment",
        "一般工业固废倾倒河道堤坡，限期内全部清运、河道恢复原状、上下游水质与背景值相当，无持续损害（非危废，不涉刑法第338条）；"
        "罚10万为固废法第102条第二款处置费按10万计一倍，已告知听证",
        flags={"scenario": "pil_remedied", "near_miss": True, "continuing_harm": False}),
    Doc("jl40_other.txt", "other",
        "拖欠16人工资84,200元，但在责令限期内足额支付，不是刑法第276条之一的经责令支付仍不支付；未实行用工实名制管理逾期"
        "未改罚5万在保障农民工工资支付条例第55条5万-10万内",
        flags={"scenario": "remedied", "near_miss": True}),
    Doc("jl41_tobacco.txt", "tobacco",
        "无证零售卷烟386条=77,200支<20万支、违法经营额38,600元<5万元、违法所得5,180元<2万元（法释〔2010〕7号第三条）；"
        "收款码流水12.6万元含百货货款，不是卷烟经营额；罚50%在实施条例第57条内，已告知听证",
        flags={"scenario": "wrong_measure", "near_miss": True}),
    Doc("jl42_market.txt", "market",
        "传销发展人员9+14+4=27人<30人（含本人28人），三个层级（立案追诉标准（二）第七十条，刑法第224条之一）；"
        "罚50万在禁止传销条例第24条内，已听证",
        flags={"scenario": "under", "near_miss": True}),
    Doc("jl43_public_security.txt", "public_security",
        "出售住宿信息470条<500条、违法所得4,600元<5,000元，无其他信息（法释〔2017〕10号第五条）；罚3万在个人信息保护法"
        "第66条内，已告知听证",
        flags={"scenario": "under", "near_miss": True}),
    Doc("jl44_forestry.txt", "forestry",
        "盗伐立木蓄积2.96+1.64=4.60立方米<5立方米、38株、价值13,800元<2万元（法释〔2023〕8号第三条）；罚款69,000元"
        "过线但不是计量口径，在森林法第76条5-10倍内",
        flags={"scenario": "under", "near_miss": True}),
    Doc("jl45_environment.txt", "environment",
        "疑似篡改自动监测数据，经核查为伴热带故障、无人为干扰篡改，比对监测达标（不涉刑法第338条）；未保证自动监测设备正常"
        "运行罚4万在大气污染防治法第100条2万-20万内",
        flags={"scenario": "cleared", "near_miss": True}),
    Doc("jl46_market.txt", "market",
        "不予行政处罚决定书：儿童彩泥标识缺生产日期，货值108元，初次违法轻微已改正（行政处罚法第33条第一款）",
        flags={"scenario": "no_penalty"}),
]

GROUPS = [
    # ── 化整为零: one company's three dumpings of 废酸, punished by three county branches ──
    *[Doc(name, "environment",
          "同一单位（同一信用代码）三次擅自倾倒HW34废酸，分由三个分局处罚；累计1.26+1.18+1.2105=3.65吨≥3吨（法释〔2023〕7号"
          "第一条第（二）项，刑法第338条），每次均不足3吨；每案罚60万为固废法第112条第二款处置费按20万计3倍",
          [split("env-338-pollution/1", quote, 3.65, SPLIT)],
          {"scenario": "split", "split_group": SPLIT})
      for name, quote in (("jl47_environment.txt", "此次倾倒量为1.26吨"),
                          ("jl48_environment.txt", "罐车卸出废酸液1,180千克"),
                          ("jl49_environment.txt", "9桶废酸共重1,210.5千克"))],
    # ── repeat offender: the same credit code punished again within eleven months ──
    Doc("jl50_work_safety.txt", "work_safety",
        "重大危险源未监控，首次处罚，罚6万在安全生产法第101条十万元以下内，已告知听证",
        flags={"scenario": "repeat_first", "repeat_group": REPEAT}),
    Doc("jl51_work_safety.txt", "work_safety",
        "同一统一社会信用代码的单位在2024年7月18日处罚后约十一个月再犯同一违法（重大危险源未监控），二年内再犯；罚8万在"
        "第101条内，已告知听证",
        [repeat("新乡市平原化学品储运有限公司", REPEAT)],
        {"scenario": "repeat", "repeat_group": REPEAT}),
]

DOCS = sorted(CRIMINAL + PUBLIC_INTEREST + IRREGULAR + NEGATIVE + GROUPS, key=lambda doc: doc.file)


labeled = lead_gold.labeler(HERE, CREATED, VERSION)

if __name__ == "__main__":
    lead_gold.main(HERE, DOCS, CREATED, VERSION)
