"""Lead labels for the forty-third hand-written set in this folder (run to rewrite ``gold.jsonl``).

A new UNSEEN held-out test of the lead screening, written on 2026-11-22 without reading any decision
of the earlier hand-written sets nor the screening code. Every decision ``jvNN_<domain>.txt`` was
written by hand in the manner of published 行政处罚决定书 of city and county agencies across China
(湖南, 福建, 广西, 江西, 贵州, 云南, 海南, 山东, 河南, 广东, 浙江, 山西, 湖北, 河北, 四川, 江苏, 安徽),
leaning on natural resources and construction: land (永久基本农田, 一般耕地, 出让价款), forestry (公益林,
滥伐, 盗伐, 红豆杉), 水利 (河道采砂, 取水), 海洋 (围填海, 海砂), 住建 (违法建设, 燃气, 建筑垃圾), plus
公安 (个人信息), 税务, 海关 and 人社. All names, numbers, codes and addresses are invented; credit codes
carry valid GB 32100-2015 check digits, identity numbers valid GB 11643 check digits. Labels come from
the law only: criminal thresholds from corpora/knowledge/thresholds.yaml, hearing figures from
corpora/knowledge/hearing.yaml, fine ranges and article existence from the statute text in force on the
decision date. Each row's ``meta.reason`` gives the one-line legal reason. Conventions are those of
``handwritten_fifth/make_gold.py``.

Run from the repository root: ``.venv/bin/python corpora/labeled/handwritten_fortythird/make_gold.py``.
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
CREATED = "2026-11-22T19:05:00+00:00"
VERSION = "handwritten-fortythird/1"

SPLIT, REPEAT = "split-jv-wuxue-river-sand", "repeat-jv-xishui-bottled-gas"
OVER = {"scenario": "over"}
QUAL = {"scenario": "qualitative"}

CRIMINAL = [
    # ── criminal-transfer leads (each also 以罚代刑: only fined, no transfer recorded) ──
    Doc("jv01_land.txt", "land",
        "非法占用永久基本农田（地类在另一段）两地块2,140.6+1,386.4=3,527.0平方米=5.29亩≥5亩，混凝土覆压耕作层"
        "（法释〔2000〕14号第三条，刑法第342条）；每平方米200元在土地管理法实施条例第57条100-1000元内；只罚款未移送",
        [threshold("land-342-cultivated/1", "地块一面积2,140.6平方米", 5.29),
         fined_only("处罚款柒拾万零伍仟肆佰元")], OVER),
    Doc("jv02_land.txt", "land",
        "非法占用永久基本农田以外的耕地（旱地，地类在另一段）0.76公顷=11.4亩≥10亩，硬化挖除耕作层（法释〔2000〕14号"
        "第三条，刑法第342条）；每平方米120元在实施条例第57条内，已告知听证；只罚款未移送",
        [threshold("land-342-cultivated/2", "擅自占用土地0.76公顷", 11.4),
         fined_only("计罚款人民币912,000.00元")], OVER),
    Doc("jv03_forestry.txt", "forestry",
        "采石毁坏地方公益林地（在另一段）0.41公顷=6.15亩≥5亩（法释〔2023〕8号第一条，刑法第342条）；罚恢复费用2倍"
        "在森林法第74条第一款三倍以下内；只罚款未移送",
        [threshold("land-342-forest/1", "毁坏林地0.41公顷", 6.15),
         fined_only("即罚款人民币玖万贰仟肆佰元")], OVER),
    Doc("jv04_forestry.txt", "forestry",
        "无证采伐承包林木，表格两树种蓄积14.62+8.31=22.93立方米≥20立方米（合计行未填，法释〔2023〕8号第六条，"
        "刑法第345条第二款）；价值1.97万<5万不是唯一口径；罚3倍在森林法第76条第二款3-5倍内；只罚款未移送",
        [threshold("forest-345-2-overcutting/1", "杉木　｜　412株　｜　14.62", 22.93),
         fined_only("即罚款人民币59,159.40元")], OVER),
    Doc("jv05_forestry.txt", "forestry",
        "无证砍伐集体所有林木（权属在另一段），原木4.35立方米按出材率70%折合立木蓄积6.21立方米≥5立方米（法释〔2023〕8号"
        "第四条，刑法第345条第一款）；价值6,085.8元、违法所得3,480元均低于2万不是唯一口径；罚5倍在森林法第76条第一款"
        "5-10倍内；只罚款未移送",
        [threshold("forest-345-1-theft/1", "折合立木蓄积6.21立方米", 6.21),
         fined_only("计罚款人民币30,429.00元")], OVER),
    Doc("jv06_forestry.txt", "forestry",
        "采挖野生南方红豆杉两株（国家一级保护，级别在另一段）≥1株（法释〔2023〕8号第二条，刑法第344条）；罚3千为违法"
        "所得750元的4倍，在野生植物保护条例第23条10倍以下内；只没收罚款未移送",
        [threshold("forest-344-protected-plants/1", "采挖红豆杉幼树两株", 2.0),
         fined_only("并处罚款人民币叁仟元")], OVER),
    Doc("jv07_mining.txt", "mining",
        "无河道采砂许可在非可采区采砂3,860吨×每吨32元=123,520元≥10万元（法释〔2016〕25号第三条第一款第（一）项，"
        "刑法第343条）；违法所得4.6万不是计量口径；罚5万依河道管理条例第44条；只罚款未移送",
        [threshold("mining-343-1-illegal/1", "共采挖河砂约3,860吨", 123520.0),
         fined_only("罚款人民币伍万元整")], OVER),
    Doc("jv08_mining.txt", "mining",
        "无海域使用权且无采矿许可采挖海砂，岸线后退约40米、防护林倒伏，造成海岸线严重破坏（法释〔2016〕25号第四条，"
        "刑法第343条，未达数额亦入罪）；罚9倍海域使用金在海域使用管理法第42条5-15倍内，已听证；只罚款未移送",
        [trigger("mining-343-1-illegal/6", "造成该段海岸线严重破坏"),
         fined_only("罚款人民币壹拾叁万伍仟元")], QUAL),
    Doc("jv09_mining.txt", "mining",
        "无证采石，块石2,100立方米×45元+碎石1,350吨×38元=94,500+51,300=145,800元≥10万元（法释〔2016〕25号第三条，"
        "刑法第343条）；违法所得6.2万不是计量口径；罚30%在矿产资源法实施细则第42条第（一）项50%以下内；只罚款未移送",
        [threshold("mining-343-1-illegal/1", "块石2,100立方米", 145800.0),
         fined_only("计人民币壹万捌仟陆佰元")], OVER),
    Doc("jv10_work_safety.txt", "work_safety",
        "液化气储配站因重大事故隐患被责令停止使用后拒不执行，继续充装640余瓶，储罐21吨邻近小学（刑法第134条之一"
        "第（二）项危险作业罪，法释〔2022〕19号）；罚8万在城镇燃气管理条例第45条第二款3万-20万内；只罚款未移送",
        [trigger("safety-134-1a-dangerous-operation/2", "仍继续对外充装液化石油气"),
         fined_only("处罚款人民币捌万元")], QUAL),
    Doc("jv11_work_safety.txt", "work_safety",
        "燃气调压站人为拔除可燃气体报警探头信号线、断电监控，现场甲烷达爆炸下限26%、紧邻学生宿舍，具有现实危险"
        "（刑法第134条之一第（一）项）；罚4.5万在安全生产法第99条五万元以下内；只罚款未移送",
        [trigger("safety-134-1a-dangerous-operation/1", "可燃气体泄漏报警探头于2024年8月起被人为拔除信号线"),
         fined_only("处罚款人民币肆万伍仟元")], QUAL),
    Doc("jv12_environment.txt", "environment",
        "倾倒废矿物油1.8吨+沾染废物1.45吨=3.25吨≥3吨，危险废物属性（HW08/HW49）在另一句（法释〔2023〕7号第一条第"
        "（二）项，刑法第338条）；罚60万为固废法第112条第二款20万计的3倍；只罚款未移送",
        [threshold("env-338-pollution/1", "废机油及废液压油共1.8吨", 3.25),
         fined_only("即罚款人民币陆拾万元")], OVER),
    Doc("jv13_public_security.txt", "public_security",
        "酒店前台出售住宿信息（信息种类在另一段）210+186+227=623条≥500条（法释〔2017〕10号第五条第一款第（四）项，"
        "刑法第253条之一）；违法所得3,115元<5000元不是唯一口径；罚5倍在网络安全法第64条第二款1-10倍内；只罚款未移送",
        [threshold("pi-253-1-personal-information/2", "第一次发送210条", 623.0),
         fined_only("并处违法所得五倍罚款15,575元")], OVER),
    Doc("jv14_public_security.txt", "public_security",
        "出售业主姓名电话房号（一般个人信息），表格三批2,300+1,900+1,120=5,320条≥5000条（法释〔2017〕10号第五条第一款"
        "第（五）项，刑法第253条之一）；违法所得2,660元不是唯一口径；罚3倍在网络安全法第64条第二款内；只罚款未移送",
        [threshold("pi-253-1-personal-information/3", "一　　　1月16日　　　2,300", 5320.0),
         fined_only("并处违法所得三倍罚款7,980元")], OVER),
    Doc("jv15_tax.txt", "tax",
        "个人账户收款不列收入虚假申报，少缴增值税68,420.35+城建税4,789.42+企业所得税41,500=114,709.77元≥10万元且占"
        "应纳税额386,214.60元的29.7%≥10%（法释〔2024〕4号第一条，刑法第201条）；经处理决定限期仍未缴纳，不适用第四款；"
        "罚0.6倍在征管法第63条内；只罚款未移送",
        [threshold("tax-201-evasion/1", "增值税68,420.35元", 114709.77),
         fined_only("对你单位处少缴税款0.6倍罚款68,825.86元")], OVER),
    Doc("jv16_tax.txt", "tax",
        "无真实交易为三家虚开增值税专用发票，表格税额42,300+37,850+28,640=108,790元≥10万元（法释〔2024〕4号第十一条，"
        "刑法第205条）；金额列与违法所得不是计量口径；罚40万在发票管理办法第35条5万-50万内；只罚款未移送",
        [threshold("tax-205-vat-invoice/1", "江门市誉达贸易有限公司｜8｜325,384.62｜42,300.00", 108790.0),
         fined_only("并处罚款40万元")], OVER),
    Doc("jv17_customs.txt", "customs",
        "单位低报价格走私，偷逃关税96,412.50+进口环节增值税128,735.20=225,147.70元≥单位20万元（法释〔2014〕10号"
        "第二十四条，刑法第153条）；货值128.46万不是计量口径；罚约1倍在海关行政处罚实施条例第9条第一款第（三）项"
        "3倍以下内；只罚款未移送",
        [threshold("customs-153-ordinary-goods/2", "关税人民币96,412.50元", 225147.70),
         fined_only("并处罚款人民币22.5万元")], OVER),
    Doc("jv18_other.txt", "other",
        "拖欠17名农民工工资86,400+62,500+39,600=188,500元≥3万元，经限期整改指令书责令后仍不支付、转移账户资金、负责人"
        "失联（法释〔2013〕3号第三、四条，刑法第276条之一）；罚6万为保障农民工工资支付条例第55条另一违法；只罚款未移送",
        [threshold("labor-276-1-wage-refusal/2", "钢筋工｜6人｜86,400元", 188500.0),
         fined_only("处罚款人民币陆万元")], OVER),
    Doc("jv19_fishery.txt", "fishery",
        "长江常年禁捕水域（禁渔区、禁渔期）捕捞，渔获物鲢310+鳙142+黄颡68=520公斤≥500公斤（法释〔2022〕12号第三条，"
        "刑法第340条）；二人罚款在渔业法第38条五万元以下内；只罚款未移送",
        [threshold("fishery-340-inland/1", "鲢鱼310公斤", 520.0),
         fined_only("对郭长春处罚款人民币贰万元")], OVER),
    Doc("jv20_fishery.txt", "fishery",
        "珠江（西江）禁渔期内电鱼，渔获仅6.5公斤但禁渔期使用电鱼方法无数量要求（法释〔2022〕12号第三条第（三）（四）项，"
        "刑法第340条）；罚5千在渔业法第38条内；只罚款未移送",
        [trigger("fishery-340-inland/5", "使用电瓶、逆变器等电捕鱼工具"),
         fined_only("罚款人民币伍仟元")], QUAL),
]

PUBLIC_INTEREST = [
    # ── public-interest leads: statutory field + harm going on after the agency acted ──
    Doc("jv21_land.txt", "land",
        "国有建设用地出让价款5,318.6万元仅缴1,000万元，三次催缴后仍欠4,318.6万元及违约金未入国库、未缴清即开工（国有土地"
        "使用权出让领域）；每平方米100元在实施条例第57条内，已听证",
        [pil("state_land_transfer", "尚欠土地出让价款4,318.6万元")], PIL),
    Doc("jv22_ocean.txt", "environment",
        "未经批准围填海2.16公顷，责令停止后两次复查围堰未拆、仍在填海、红树林幼苗枯死（生态环境和资源保护领域）；"
        "罚12倍海域使用金在海域使用管理法第42条围填海10-20倍内",
        [pil("ecology_resources", "当事人围堰仍未拆除，填海作业仍在进行")], PIL),
    Doc("jv23_water.txt", "water",
        "地下水严重超采区内取水许可过期后继续取水8.6万立方米，责令停止后两次复查仍在抽水、村井抽不上水（生态环境和资源"
        "保护领域）；罚8万在水法第69条2万-10万内",
        [pil("ecology_resources", "3口自备井仍在抽取地下水")], PIL),
    Doc("jv24_construction.txt", "construction",
        "无规划许可建仓库占压为3,100户居民和中学供气的中压燃气管道，责令限期拆除后两次复查仍未拆除、存在泄漏风险"
        "（安全生产领域，不特定多数人）；罚造价8%在城乡规划法第64条5%-10%内，3.04万低于单位听证数额",
        [pil("work_safety", "占压燃气管道的建筑物仍未拆除")], PIL),
    Doc("jv25_construction.txt", "construction",
        "施工单位向河滩倾倒建筑垃圾约3,600立方米，责令清运逾期仅清400立方米，余量仍堆存、泥浆入河（生态环境和资源保护"
        "领域）；罚15万在固废法第111条第二款单位10万-100万内，已告知听证",
        [pil("ecology_resources", "其余建筑垃圾仍堆存于河滩")], PIL),
    Doc("jv26_forestry.txt", "forestry",
        "开垦省级公益林地3.2亩<5亩不达刑法第342条，但责令限期恢复后逾期仍未恢复、水土流失（生态环境和资源保护领域）；"
        "罚1倍恢复费用在森林法第73条三倍以下内",
        [pil("ecology_resources", "逾期仍未恢复植被")], PIL),
    Doc("jv27_tax.txt", "tax",
        "已申报耕地占用税1,126,800元，责令限期缴纳及两次催缴后仍未缴纳（国有财产保护领域，税款流失；申报未欺瞒且未转移"
        "财产，不涉刑法第201、203条）；罚50%在征管法第68条内，已告知听证",
        [pil("state_assets", "仍未缴纳耕地占用税1,126,800元")], PIL),
]

IRREGULAR = [
    # ── enforcement irregularities ──
    out_of_range("jv28_land.txt", "land",
                 "非法占用其他土地1,180平方米，土地管理法实施条例第57条罚每平方米100-1000元；按每平方米50元罚5.9万低于下限，"
                 "未写明减轻处罚情节",
                 "处以每平方米50元的罚款，计59,000元"),
    out_of_range("jv29_water.txt", "water",
                 "未经批准擅自取水，水法第69条罚2万-10万元；罚15万超出上限（当事人当日停止并封井，无加重依据）",
                 "处以罚款人民币壹拾伍万元"),
    no_hearing("jv30_construction.txt", "construction",
               "住建对个人罚款25,560元≥1万元（hearing.yaml默认市场监管个人一万元，行政处罚法第63条），只告知陈述、申辩，"
               "未告知听证；罚造价6%在城乡规划法第64条5%-10%内",
               "处建设工程造价百分之六的罚款，计人民币贰万伍仟伍佰陆拾元"),
    no_hearing("jv31_tax.txt", "tax",
               "税务对个体工商户（公民）罚款3,000元≥2,000元（税务行政处罚听证程序实施办法第三条），只告知陈述、申辩，"
               "未告知听证；罚款在征管法第62条情节严重二千元至一万元内",
               "对你户处罚款3,000元"),
    Doc("jv32_construction.txt", "construction",
        "城镇燃气管理条例（2016修订）共55条，引用的第五十八条不存在（在不具备安全条件场所使用储存燃气的罚则为第49条第一款"
        "第（五）项，单位十万元以下，2万元在内）",
        [irregular("nonexistent_article", "《城镇燃气管理条例》第五十八条第（五）项")],
        {"scenario": "irregularity", "irregularities": ["nonexistent_article"]}),
    Doc("jv33_land.txt", "land",
        "2024年1月8日立案、2024年7月26日决定，历时200日，超过行政处罚法第60条九十日，文书未记载延期批准或中止；"
        "每平方米150元在实施条例第57条内，已告知听证",
        [irregular("time_limit", "我局于2024年1月8日对当事人涉嫌未经批准占用集体土地建设游客服务中心一案立案调查")],
        {"scenario": "irregularity", "irregularities": ["time_limit"]}),
]

NEGATIVE = [
    # ── negatives (near misses marked) ──
    Doc("jv34_land.txt", "land",
        "非法占用永久基本农田3,220平方米=4.83亩<5亩（法释〔2000〕14号第三条），不达刑法第342条；罚96.6万（数字大但不是"
        "计量口径）每平方米300元在实施条例第57条内，已听证",
        flags={"scenario": "under", "near_miss": True}),
    Doc("jv35_forestry.txt", "forestry",
        "无证采伐自留山林木，蓄积11.26+7.48=18.74立方米<20立方米、价值16,866元<5万元（法释〔2023〕8号第六条），不达刑法"
        "第345条第二款；罚款50,598元超5万但不是计量口径，3倍在森林法第76条第二款内，已告知听证",
        flags={"scenario": "under", "near_miss": True}),
    Doc("jv36_mining.txt", "mining",
        "无证河道采砂2,950吨×32元=94,400元<10万元，经查勘未影响河势稳定和防洪安全（法释〔2016〕25号第三条、第四条），"
        "不达刑法第343条；采砂船价值28万元不是计量口径；罚2万依河道管理条例第44条",
        flags={"scenario": "under", "near_miss": True}),
    Doc("jv37_tax.txt", "tax",
        "逃税153,152.44元且占18.1%，但首次被税务处理、已在期限内缴清税款滞纳金并接受处罚，五年内无前科，依刑法第201条"
        "第四款不予追究；罚50%在征管法第63条内，已告知听证",
        flags={"scenario": "tax_paid", "near_miss": True}),
    Doc("jv38_forestry.txt", "forestry",
        "盗伐集体林木立木蓄积8.4立方米≥5立方米，但已移送公安机关并立案侦查，不是隐匿的移送线索；只责令补种，罚款待刑事"
        "程序终结",
        flags={"scenario": "transferred", "near_miss": True, "transferred": True}),
    Doc("jv39_mining.txt", "mining",
        "无证开采黏土价值约11.2万元≥10万元，已移送公安机关，公安以价值认定依据不足不予立案并退回；罚40%在实施细则第42条"
        "50%以下内，已告知听证",
        flags={"scenario": "police_declined", "near_miss": True, "police_declined": True}),
    Doc("jv40_construction.txt", "construction",
        "举报倾倒危险废物，但采样鉴别浸出毒性等均未超标、无危险特性，属一般建筑垃圾且已清运恢复；罚12万在固废法第111条"
        "单位10万-100万内，已告知听证",
        flags={"scenario": "not_detected", "near_miss": True}),
    Doc("jv41_other.txt", "other",
        "拖欠13人工资5.8万元，但在限期整改指令书期限内足额支付，不是刑法第276条之一的经责令支付仍不支付；罚5万为未存储"
        "工资保证金，在保障农民工工资支付条例第55条5万-10万内",
        flags={"scenario": "remedied", "near_miss": True}),
    Doc("jv42_public_security.txt", "public_security",
        "私装定位器获取并提供行踪轨迹信息46条<50条、违法所得4,600元<5000元，非履职所得（不适用减半标准）、未被用于犯罪"
        "（法释〔2017〕10号第五条）；罚5倍在网络安全法第64条第二款内，已告知听证",
        flags={"scenario": "under", "near_miss": True}),
    Doc("jv43_fishery.txt", "fishery",
        "黄河禁渔期捕捞，渔获320+166=486公斤<500公斤、价值486×18=8,748元<1万元，合规网具未用禁用方法（法释〔2022〕12号"
        "第三条），不达刑法第340条；罚8千在渔业法第38条内",
        flags={"scenario": "under", "near_miss": True}),
    Doc("jv44_ocean.txt", "environment",
        "未经批准围海0.85公顷，责令停止后当事人自行拆除围堰、复测海域已恢复原状，无持续损害，不是公益诉讼线索；罚10倍"
        "海域使用金在海域使用管理法第42条10-20倍内",
        flags={"scenario": "pil_remedied", "near_miss": True, "continuing_harm": False}),
    Doc("jv45_customs.txt", "customs",
        "单位走私偷逃税款79,346.10+106,781.44=186,127.54元<单位20万元（法释〔2014〕10号第二十四条），不达刑法第153条；"
        "货值126万不是计量口径；罚18.6万在海关行政处罚实施条例第9条3倍以下内",
        flags={"scenario": "under", "near_miss": True}),
    Doc("jv46_construction.txt", "construction",
        "餐饮个体户燃气软管穿墙逾期未完全改正，罚800元在城镇燃气管理条例第49条个人一千元以下内；无刑事或公益线索",
        flags={"scenario": "minor"}),
]

GROUPS = [
    # ── 化整为零: one sand company's three stretches of the same river, cut into three decisions the same day ──
    *[Doc(name, "mining",
          "同一公司（同一信用代码）两个月内在梅川河三段无证采砂，同日拆成三案；累计1,200+1,080+975=3,255吨×32元="
          "104,160元≥10万元（法释〔2016〕25号第三条、第八条未经处理累计，刑法第343条）；每案罚2万依河道管理条例第44条",
          [split("mining-343-1-illegal/1", quote, 104160.0, SPLIT)],
          {"scenario": "split", "split_group": SPLIT})
      for name, quote in (("jv47_mining.txt", "该段共采挖河砂约1,200吨"),
                          ("jv48_mining.txt", "该段共采挖河砂约1,080吨"),
                          ("jv49_mining.txt", "该段共采挖河砂约975吨"))],
    # ── repeat offender: the same credit code punished again ten months later ──
    Doc("jv50_construction.txt", "construction",
        "瓶装燃气企业向无证经营者供气，首次处罚，罚2万在城镇燃气管理条例第46条1万-10万内",
        flags={"scenario": "repeat_first", "repeat_group": REPEAT}),
    Doc("jv51_construction.txt", "construction",
        "同一统一社会信用代码的单位在2024年3月18日处罚后约十个月再犯同类违法，二年内再犯；罚4.5万在第46条内",
        [repeat("浠水县安顺燃气有限公司", REPEAT)],
        {"scenario": "repeat", "repeat_group": REPEAT}),
]

DOCS = sorted(CRIMINAL + PUBLIC_INTEREST + IRREGULAR + NEGATIVE + GROUPS, key=lambda doc: doc.file)


labeled = lead_gold.labeler(HERE, CREATED, VERSION)

if __name__ == "__main__":
    lead_gold.main(HERE, DOCS, CREATED, VERSION)
