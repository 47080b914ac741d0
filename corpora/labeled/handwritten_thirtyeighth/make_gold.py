"""Lead labels for the thirty-eighth hand-written set in this folder (run to rewrite ``gold.jsonl``).

A new UNSEEN held-out test of the lead screening, written on 2026-11-22 without reading any decision
of the earlier hand-written sets nor the screening code. Every decision ``jqNN_<domain>.txt`` was
written by hand in the manner of published 行政处罚决定书 of city and county agencies across China
(江苏, 广东, 四川, 河北, 山东, 湖北, 浙江, 陕西, 福建, 河南, 安徽, 内蒙古, 贵州, 广西, 江西, 湖南, 甘肃, 山西,
青海, 黑龙江, 吉林, 重庆, 辽宁, 云南), leaning on environment (危废, 超标 tables, 暗管, 自动监测) and work
safety (危险作业, accidents with casualties, 消防), plus market regulation, tax, customs, 公安 and 人社.
All names, numbers, codes and addresses are invented; credit codes carry valid GB 32100-2015 check
digits and identity numbers are masked. Labels come from the law only: criminal thresholds from
corpora/knowledge/thresholds.yaml, hearing figures from corpora/knowledge/hearing.yaml, fine ranges
and article existence from the statute text in force on the decision date. Each row's
``meta.reason`` gives the one-line legal reason.

Run from the repository root: ``.venv/bin/python corpora/labeled/handwritten_thirtyeighth/make_gold.py``.
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
VERSION = "handwritten-thirtyeighth/1"

SPLIT, REPEAT = "split-jq-suqian-hazwaste", "repeat-jq-jiangmen-confined-space"
OVER = {"scenario": "over"}
QUAL = {"scenario": "qualitative"}

CRIMINAL = [
    # ── criminal-transfer leads (each also 以罚代刑: only fined, no transfer recorded) ──
    Doc("jq01_environment.txt", "environment",
        "HW09/HW08危险废物三次交无证个人倾倒，1.18+0.97+1.10=3.25吨≥3吨（法释〔2023〕7号第一条第（二）项，刑法第338条，"
        "env-338-pollution/1）；罚60万为固废法第112条第二款按20万计的3倍；只罚款未移送",
        [threshold("env-338-pollution/1", "3月9日1.18吨，4月16日0.97吨，5月27日1.10吨", 3.25),
         fined_only("处罚款人民币陆拾万元整")], OVER),
    Doc("jq02_environment.txt", "environment",
        "电镀废水总铬4.72mg/L，限值1.0，超标3.72倍≥3倍（法释〔2023〕7号第一条第（四）项，env-338-pollution/2）；"
        "六价铬2.15倍<3倍不是唯一口径；罚35万在水污染防治法第83条10万-100万内；只罚款未移送",
        [threshold("env-338-pollution/2", "超过排放标准3.72倍", 3.72), fined_only("并处罚款人民币叁拾伍万元")], OVER),
    Doc("jq03_environment.txt", "environment",
        "私设暗管排放化学镀镍含重金属废水（有毒物质），法释〔2023〕7号第一条第（三）项无数量要求（env-338-pollution/9）；"
        "罚20万在水污染防治法第83条内；只罚款未移送",
        [trigger("env-338-pollution/9", "发现一根直径50毫米的PVC管道"), fined_only("罚款人民币贰拾万元")], QUAL),
    Doc("jq04_environment.txt", "environment",
        "重点排污单位篡改化学需氧量在线监测校正系数致数据失真（法释〔2023〕7号第一条第（七）项，env-338-pollution/10）；"
        "罚48万在水污染防治法第83条内，已听证；只罚款未移送",
        [trigger("env-338-pollution/10", "将“量程校正系数”由1.00改为0.35"), fined_only("罚款人民币肆拾捌万元")],
        QUAL),
    Doc("jq05_environment.txt", "environment",
        "无危险废物经营许可证收购废铅蓄电池（HW31，在另一句），218×16+164×5.5=4,390千克=4.39吨≥3吨"
        "（env-hazwaste-unlicensed/1，法释〔2023〕7号第一条、第十六条）；罚100万在固废法第114条100万-500万内；只罚款未移送",
        [threshold("env-hazwaste-unlicensed/1", "汽车启动型电池　　218只　　16千克", 4.39),
         fined_only("处罚款人民币壹佰万元")], OVER),
    Doc("jq06_work_safety.txt", "work_safety",
        "使用未经检验的自制吊具违章吊装致一人死亡的责任事故（刑法第134条第一款，safety-134-1-major-liability/1）；"
        "罚35万在安全生产法第114条第一款第（一）项30万-100万内；只罚款未移送",
        [threshold("safety-134-1-major-liability/1", "黄某某经送医抢救无效，于当日11时许死亡", 1.0),
         fined_only("对你公司处人民币叁拾伍万元罚款")], OVER),
    Doc("jq07_work_safety.txt", "work_safety",
        "经消防救援机构通知改正“三合一”隐患而拒不执行，火灾致一人死亡（刑法第139条消防责任事故罪，safety-139-fire/1）；"
        "罚5万在消防法第60条5千-5万内；只罚款未移送",
        [threshold("safety-139-fire/1", "吴某某（女，52岁）经抢救无效死亡", 1.0), fined_only("罚款人民币伍万元整")], OVER),
    Doc("jq08_work_safety.txt", "work_safety",
        "储存42吨易燃液体的甲类仓库包裹可燃气体报警探头、切断报警控制器电源且正进行分装作业，具有现实危险（刑法第134条之一"
        "第（一）项危险作业罪，safety-134-1a-dangerous-operation/1）；罚4.5万在安全生产法第99条五万元以下内；只罚款未移送",
        [trigger("safety-134-1a-dangerous-operation/1", "有四个被人用塑料袋包裹、胶带缠绕"),
         fined_only("罚款人民币肆万伍仟元")], QUAL),
    Doc("jq09_work_safety.txt", "work_safety",
        "违章动火引发爆燃，伤情列表中重伤三人（郑、许、蔡）、轻伤一人，重伤≥3人（刑法第134条第一款，"
        "safety-134-1-major-liability/2）；罚40万在安全生产法第114条30万-100万内；只罚款未移送",
        [threshold("safety-134-1-major-liability/2", "烧伤面积46%，重伤一级", 3.0), fined_only("对你公司处罚款人民币肆拾万元")],
        OVER),
    Doc("jq10_work_safety.txt", "work_safety",
        "安全生产条件不符合国家规定引发粉尘燃爆，直接经济损失64.2+31.9+7.6+1.4=105.1万元≥100万元（刑法第135条，"
        "safety-135-labor-safety/3）；罚32万在安全生产法第114条内；只罚款未移送",
        [threshold("safety-135-labor-safety/3", "制粉生产线设备损毁　　　六十四万二千元", 1051000.0),
         fined_only("对你公司处以人民币叁拾贰万元的罚款")], OVER),
    Doc("jq11_tax.txt", "tax",
        "无真实交易虚开增值税专用发票15份，税额66,610.62+39,230.09+11,504.42=117,345.13元≥10万元（法释〔2024〕4号"
        "第十一条，刑法第205条）；价税合计102万为错误口径；罚50万在发票管理办法第35条5万-50万内；只罚款未移送",
        [threshold("tax-205-vat-invoice/1", "安徽某建设工程公司　　8份　　　512,389.38　　66,610.62", 117345.13),
         fined_only("对你公司处以罚款伍拾万元")], OVER),
    Doc("jq12_tax.txt", "tax",
        "隐匿收入少缴增值税87,214.16+企业所得税59,830.44=147,044.60元≥10万元且占应纳税额642,117.83的22.9%≥10%"
        "（刑法第201条，法释〔2024〕4号第一条）；经下达处理决定限期内未补缴，不适用第201条第四款；罚60%在征管法第63条"
        "50%-5倍内；只罚款未移送",
        [threshold("tax-201-evasion/1", "造成少缴增值税87,214.16元", 147044.6),
         fined_only("计人民币捌万捌仟贰佰贰拾陆元柒角陆分")], OVER),
    Doc("jq13_market.txt", "product_quality",
        "以不合格电线冒充合格销售，126×265+88×398+37×575=89,689元≥5万元（刑法第140条，立案追诉标准（一）第十六条，"
        "product-140-fake-inferior/1）；进货价39,754元与违法所得49,935元均<5万不是计量口径；罚4.5万在产品质量法第50条"
        "50%-3倍内，已听证；只罚款未移送",
        [threshold("product-140-fake-inferior/1", "BV2.5平方毫米　　126卷　　每卷售价265元", 89689.0),
         fined_only("罚款人民币肆万伍仟元")], OVER),
    Doc("jq14_food_safety.txt", "food_safety",
        "泡发水产品时加入甲醛溶液（非食用物质，在另一句），刑法第144条行为犯无金额门槛（food-144-toxic/1）；罚10万在"
        "食品安全法第123条货值不足1万10万-15万内；只罚款未移送",
        [trigger("food-144-toxic/1", "水发鱿鱼检出甲醛，含量为168mg/kg"), fined_only("并处罚款人民币壹拾万元")], QUAL),
    Doc("jq15_customs.txt", "customs",
        "个人走私普通货物，偷逃税款78,364.20+29,451.90=107,816.10元≥10万元（法释〔2014〕10号第十六条，刑法第153条，"
        "customs-153-ordinary-goods/1）；完税价格61.8万为错误口径；罚12万在海关行政处罚实施条例第9条1-3倍内；只罚款未移送",
        [threshold("customs-153-ordinary-goods/1", "合计78,364.20元", 107816.1), fined_only("科处罚款人民币壹拾贰万元")],
        OVER),
    Doc("jq16_public_security.txt", "public_security",
        "酒店前台出售住宿信息（性质在另一段）340+272=612条≥500条（法释〔2017〕10号第五条第一款第（四）项，刑法第253条之一，"
        "pi-253-1-personal-information/2）；违法所得1,530元<5000元不是唯一口径；罚5万在个人信息保护法第66条内；只罚款未移送",
        [threshold("pi-253-1-personal-information/2", "出售340条，得款850元", 612.0), fined_only("罚款人民币伍万元")], OVER),
    Doc("jq17_labor.txt", "other",
        "拖欠14名农民工工资6×12,800+5×11,600+3×6,900=155,500元≥3万元，经指令书责令限期支付仍不支付、负责人逃匿"
        "（法释〔2013〕3号第三、四、五条，刑法第276条之一，labor-276-1-wage-refusal/2）；只作责令支付、加付赔偿金处理未移送",
        [threshold("labor-276-1-wage-refusal/2", "钢筋班（6人）　每人欠薪　12,800元", 155500.0),
         fined_only("按应付金额百分之五十的标准向劳动者加付赔偿金")], OVER),
    Doc("jq18_mining.txt", "mining",
        "无采矿许可证和河道采砂许可证在河道内采砂9,620立方米×16元=153,920元≥10万元（法释〔2016〕25号第三条、第四条，"
        "刑法第343条，mining-343-1-illegal/1）；违法所得67,400元<10万不是计量口径；只罚没未移送",
        [threshold("mining-343-1-illegal/1", "采挖砂石量为9,620立方米", 153920.0), fined_only("处罚款人民币拾万元")], OVER),
    Doc("jq19_environment.txt", "environment",
        "盐酸泄漏入渠，应急处置21.4万+应急监测5.2万+底泥清挖处置8.9万+鱼塘损失2.3万=37.8万元≥30万元（法释〔2023〕7号"
        "第一条第（九）项及第十七条，env-338-pollution/4）；罚7.56万为水污染防治法第94条直接损失20%；只罚款未移送",
        [threshold("env-338-pollution/4", "中和处置投加石灰及药剂等费用二十一万四千元", 378000.0),
         fined_only("罚款人民币柒万伍仟陆佰元")], OVER),
]

PUBLIC_INTEREST = [
    # ── public-interest leads: statutory field + harm going on after the agency acted ──
    Doc("jq20_environment.txt", "environment",
        "潭江滩地堆放工业固废，责令清运后两次复查仍未清运，渗滤液持续流入潭江（生态环境和资源保护领域）；罚20万在固废法"
        "第102条第二款处置费用1-3倍内",
        [pil("ecology_resources", "渗滤液经堤脚排水沟持续流入潭江")], {"scenario": "pil", "continuing_harm": True}),
    Doc("jq21_mining.txt", "mining",
        "采矿权注销后逾期未履行矿山地质环境治理恢复义务，高陡边坡裸露、无植被恢复且落石威胁道路（生态环境和资源保护领域）",
        [pil("ecology_resources", "无任何植被恢复")], {"scenario": "pil", "continuing_harm": True}),
    Doc("jq22_work_safety.txt", "work_safety",
        "商铺占压中压燃气管道，限期拆除后两次复查仍未拆除、管道有腐蚀泄漏风险，日均8千人次（安全生产领域，不特定多数人）；"
        "罚10万在城镇燃气管理条例第51条内",
        [pil("work_safety", "压占管道的14间商铺仍未拆除")], {"scenario": "pil", "continuing_harm": True}),
    Doc("jq23_work_safety.txt", "work_safety",
        "商场封堵安全出口、关闭喷淋报警阀，责令改正后两次复查隐患依旧，日均客流过万（安全生产/消防领域，不特定多数人）；"
        "罚4.8万在消防法第60条5千-5万内",
        [pil("work_safety", "上述隐患依旧存在")], {"scenario": "pil", "continuing_harm": True}),
    Doc("jq24_environment.txt", "environment",
        "污水处理厂化学需氧量、氨氮超标（非重金属，不涉刑），责令改正后复查仍超标，下游河段黑臭（生态环境和资源保护领域）；"
        "罚30万在水污染防治法第83条内，已听证",
        [pil("ecology_resources", "设备未更换，出水仍超标")], {"scenario": "pil", "continuing_harm": True}),
    Doc("jq25_forestry.txt", "forestry",
        "非法占用林地3.05亩（公益林1.40亩<5亩，折算0.445<1，不达刑法第342条），责令恢复后逾期仍未拆除、未补植且继续"
        "养殖排污（生态环境和资源保护领域）；罚3倍在森林法第73条3-5倍内",
        [pil("ecology_resources", "被处罚人仍未拆除棚舍、未补植")], {"scenario": "pil", "continuing_harm": True}),
]

IRREGULAR = [
    # ── enforcement irregularities ──
    out_of_range("jq26_environment.txt", "environment",
                 "大气污染防治法第108条第（一）项罚2万-20万，“从重”仍不得超过上限，罚26万超出上限",
                 "罚款人民币贰拾陆万元"),
    out_of_range("jq27_work_safety.txt", "work_safety",
                 "消防法第60条第一款对单位罚5千-5万，“从轻”不得低于下限且无减轻处罚的法定情节，罚1,500元低于下限",
                 "罚款人民币壹仟伍佰元"),
    no_hearing("jq28_work_safety.txt", "work_safety",
               "应急管理部门对单位罚款6万元≥3万元（hearing.yaml应急管理单位三万元，安全生产违法行为行政处罚办法第33条），"
               "只告知陈述、申辩，未告知听证；罚款在安全生产法第101条十万元以下内",
               "决定对你公司处以人民币陆万元的罚款"),
    no_hearing("jq29_food_safety.txt", "food_safety",
               "市场监管对单位罚款15万元≥10万元（hearing.yaml市场监管组织十万元，行政处罚法第63条），只告知陈述、申辩，"
               "未告知听证；罚款在食品安全法第124条货值12,460元10-20倍内",
               "罚款人民币壹拾伍万元"),
    Doc("jq30_work_safety.txt", "work_safety",
        "安全生产法（2021修正）共119条，引用的第一百二十三条不存在（未教育培训的罚则为第97条第（三）项，十万元以下，"
        "4万元在内），已告知听证",
        [irregular("nonexistent_article", "《中华人民共和国安全生产法》第一百二十三条")],
        {"scenario": "irregularity", "irregularities": ["nonexistent_article"]}),
    Doc("jq31_environment.txt", "environment",
        "2023年12月4日立案、2024年7月8日决定，历时217日，超过行政处罚法第60条九十日，文书未记载延期批准或中止；"
        "化学需氧量超标2.12倍非重金属不涉刑；罚14万在水污染防治法第83条内，已告知听证",
        [irregular("time_limit", "我局于2023年12月4日对当事人涉嫌超标排放水污染物一案立案调查")],
        {"scenario": "irregularity", "irregularities": ["time_limit"]}),
]

NEGATIVE = [
    # ── negatives (near misses marked) ──
    Doc("jq32_environment.txt", "environment",
        "危险废物交无证个人0.92+1.06+0.84=2.82吨<3吨，未查见倾倒、无敏感区域等加重情节（法释〔2023〕7号第一条第（二）项）；"
        "罚60万为固废法第112条第二款按20万计的3倍，已听证",
        flags={"scenario": "under", "near_miss": True}),
    Doc("jq33_environment.txt", "environment",
        "总铬1.45/0.5=2.9倍限值（超标1.9倍）<3倍、总镍超标6.1倍<10倍（法释〔2023〕7号第一条第（四）项），两种读法均不达；"
        "罚40万在水污染防治法第83条内，已听证",
        flags={"scenario": "under", "near_miss": True}),
    Doc("jq34_tax.txt", "tax",
        "逃税164,283.31元且占27.4%，但在处理决定期限内全额补缴税款和滞纳金、五年内无刑罚或二次以上税务处罚，依刑法第201条"
        "第四款不予追究；罚50%在征管法第63条内，已告知听证",
        flags={"scenario": "tax_paid", "near_miss": True}),
    Doc("jq35_environment.txt", "environment",
        "暗管排放含镍废水达刑法第338条，但已移送公安机关并已立案侦查，不是隐匿的移送线索；罚20万在水污染防治法第83条内",
        flags={"scenario": "transferred", "near_miss": True, "transferred": True}),
    Doc("jq36_work_safety.txt", "work_safety",
        "一般事故致一人死亡，已移送公安机关，公安以证据不足以认定重大责任事故罪出具不予立案通知书；罚30万在安全生产法"
        "第114条内，已告知听证",
        flags={"scenario": "police_declined", "near_miss": True, "police_declined": True}),
    Doc("jq37_food_safety.txt", "food_safety",
        "举报用福尔马林浸泡水发产品，三批次均未检出甲醛、现场无非食用物质；未履行进货查验罚5千在食品安全法第126条"
        "5千-5万内",
        flags={"scenario": "not_detected", "near_miss": True}),
    Doc("jq38_environment.txt", "environment",
        "湖汊岸坡倾倒一般工业固废，期限内清运完毕、植被恢复、水体达Ⅲ类，无持续损害；罚10万在固废法第102条第二款内",
        flags={"scenario": "pil_remedied", "near_miss": True, "continuing_harm": False}),
    Doc("jq39_labor.txt", "other",
        "拖欠17人工资23.6万元，但在指令书期限内足额支付，不是刑法第276条之一的经责令支付仍不支付；工资台账违法罚2万",
        flags={"scenario": "remedied", "near_miss": True}),
    Doc("jq40_market.txt", "product_quality",
        "不合格灭火器销售1,420×32=45,440元<5万元，已售×3+未售货值300×32=145,920元<15万元（刑法第140条，立案追诉标准"
        "（一）第十六条）；罚5.5万（大于5万但为罚款非计量口径）在产品质量法第50条内，已听证",
        flags={"scenario": "under", "near_miss": True}),
    Doc("jq41_work_safety.txt", "work_safety",
        "事故重伤二人<3人、轻伤三人、直接经济损失86.3万元<100万元、无死亡（刑法第134条立案追诉标准），不达；罚33万"
        "在安全生产法第114条内",
        flags={"scenario": "under", "near_miss": True}),
    Doc("jq42_customs.txt", "customs",
        "个人走私偷逃税款96,820.50元<10万元（刑法第153条），完税价格52.7万与罚款10万为错误口径；无一年内二次走私"
        "行政处罚；罚款在海关行政处罚实施条例第9条1-3倍内",
        flags={"scenario": "under", "near_miss": True}),
    Doc("jq43_public_security.txt", "public_security",
        "出售住宿信息160+175+145=480条<500条、违法所得2,400元<5000元（法释〔2017〕10号第五条），不达；罚3万在"
        "个人信息保护法第66条内，已告知听证",
        flags={"scenario": "under", "near_miss": True}),
    Doc("jq44_work_safety.txt", "work_safety",
        "茶楼占用疏散通道、灭火器压力不足，当场改正；罚8千在消防法第60条5千-5万内，无刑事或公益诉讼线索",
        flags={"scenario": "plain"}),
    Doc("jq45_environment.txt", "environment",
        "工地裸土未覆盖、车辆未冲洗，当日覆盖；罚5万在大气污染防治法第115条1万-10万内，扬尘不属刑法第338条第（七）项"
        "所指总量控制污染物且无二次前科",
        flags={"scenario": "plain"}),
]

GROUPS = [
    # ── 化整为零: one company's three batches of 精馏残渣 to the same unlicensed carrier, three decisions ──
    *[Doc(name, "environment",
          "同一单位（同一信用代码）三批精馏残渣（HW11）交同一无证个人，拆成三案；累计1.15+0.98+1.07=3.20吨≥3吨"
          "（法释〔2023〕7号第一条第（二）项，刑法第338条）；每案罚60万为固废法第112条第二款按20万计的3倍",
          [split("env-338-pollution/1", quote, 3.2, SPLIT)],
          {"scenario": "split", "split_group": SPLIT})
      for name, quote in (("jq46_environment.txt", "该批危险废物为1.15吨"),
                          ("jq47_environment.txt", "重量为玖佰捌拾公斤"),
                          ("jq48_environment.txt", "共计1.07吨"))],
    # ── repeat offender: the same credit code punished again ten months later ──
    Doc("jq49_work_safety.txt", "work_safety",
        "有限空间未辨识、未设警示标志，首次处罚，罚3万在安全生产法第99条五万元以下内，已告知听证",
        flags={"scenario": "repeat_first", "repeat_group": REPEAT}),
    Doc("jq50_work_safety.txt", "work_safety",
        "同一统一社会信用代码的单位在2024年4月29日处罚后于2025年2月20日再犯同类违法（约十个月），二年内再犯；罚4.5万"
        "在安全生产法第99条内，已告知听证",
        [repeat("江门市蓬江区锐达新材料有限公司", REPEAT)],
        {"scenario": "repeat", "repeat_group": REPEAT}),
]

DOCS = sorted(CRIMINAL + PUBLIC_INTEREST + IRREGULAR + NEGATIVE + GROUPS, key=lambda doc: doc.file)


labeled = lead_gold.labeler(HERE, CREATED, VERSION)

if __name__ == "__main__":
    lead_gold.main(HERE, DOCS, CREATED, VERSION)
