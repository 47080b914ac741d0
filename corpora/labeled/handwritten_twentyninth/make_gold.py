"""Lead labels for the twenty-ninth hand-written set in this folder (run to rewrite ``gold.jsonl``).

A new UNSEEN held-out test of the lead screening, written on 2026-11-22 without reading any decision
of the earlier hand-written sets nor the screening code. Every decision ``jhNN_<domain>.txt`` was
written by hand in the manner of published 行政处罚决定书 of city and district agencies in 江苏, 浙江,
上海 and 安徽 (市场监管, 烟草, 税务稽查, 海关, 公安网安, 应急管理, 人社, 生态环境, 文旅; all names,
numbers, codes and addresses invented; credit codes carry valid GB 32100-2015 check digits, identity
numbers valid GB 11643 check digits or masked tails). The weight is on market regulation and on
figures the reader must put together: totals added from tables and lines, quantities times unit
prices for several grades, taxes listed by kind, record kinds named in other words (实时位置 for
行踪轨迹, 个人信用报告 for 征信, 存单/房产证 for 财产信息), casualties in words, and a wrong-measure figure
(违法所得, the fine, 货物价值, 违法经营额) beside the right one. Labels come from the law only: criminal
thresholds from corpora/knowledge/thresholds.yaml, hearing figures from corpora/knowledge/hearing.yaml,
fine ranges and article existence from the statute text in force on the decision date. Each row's
``meta.reason`` gives the one-line legal reason. Conventions are those of
``handwritten_fifth/make_gold.py``.

Run from the repository root: ``.venv/bin/python corpora/labeled/handwritten_twentyninth/make_gold.py``.
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
CREATED = "2026-11-22T17:00:00+00:00"
VERSION = "handwritten-twentyninth/1"

SPLIT, REPEAT = "split-jh-yuhang-cosmetics-marks", "repeat-jh-luyang-expired-food"
OVER = {"scenario": "over"}
QUAL = {"scenario": "qualitative"}

CRIMINAL = [
    # ── criminal-transfer leads (each also 以罚代刑: only fined, no transfer recorded) ──
    Doc("jh01_product_quality.txt", "product_quality",
        "以不合格电线冒充国标电线，销售金额须由表中两档相加：300卷×128元+180卷×205元=75,300元≥5万元（立案追诉标准（一）"
        "第十六条，刑法第140条）；罚1倍在产品质量法第50条50%-3倍内；只罚款未移送",
        [threshold("product-140-fake-inferior/1", "BV-2.5     300卷    128元/卷", 75300.0),
         fined_only("计人民币柒万伍仟叁佰元整")], OVER),
    Doc("jh02_intellectual_property.txt", "intellectual_property",
        "销售假冒注册商标的洗护用品，已销售32,000元<5万，但已销售金额+库存货值（2,800瓶×27元+2,600瓶×19.4元=126,040元）"
        "=158,040元≥15万元（ip-214-sell-counterfeit/3，刑法第214条未遂）；罚31.6万约2倍在商标法第60条五倍以下内；"
        "已告知听证；只罚款未移送",
        [threshold("ip-214-sell-counterfeit/3", "销售金额32,000元", 158040.0),
         fined_only("罚款人民币叁拾壹万陆仟元整")], OVER),
    Doc("jh03_drugs.txt", "drugs",
        "化妆品含禁用组分氯倍他索丙酸酯（在另一段），销售金额须相加：1,260瓶×48元+215瓶×66元=74,670元≥5万元（刑法第148条"
        "未致严重后果按第149条、第140条，product-148-cosmetics/2）；罚15倍在化妆品监督管理条例第59条15-30倍内，已听证；"
        "只罚款未移送",
        [threshold("product-148-cosmetics/2", "修护霜售出1,260瓶，成交均价48元", 74670.0),
         fined_only("计人民币1,148,850元")], OVER),
    Doc("jh04_drugs.txt", "drugs",
        "无菌项目不合格的一次性使用无菌注射器（医用器材），销售金额40,000支×0.95元+26,000支×1.10元=66,600元≥5万元（刑法"
        "第145条/第149条，product-145-medical-devices/2）；违法所得1.28万不是口径；罚5倍在医疗器械监督管理条例第86条"
        "5-20倍内，已听证；只罚款未移送",
        [threshold("product-145-medical-devices/2", "第一批（批号240712）40,000支，售价每支0.95元", 66600.0),
         fined_only("即人民币叁拾叁万叁仟元整")], OVER),
    Doc("jh05_food_safety.txt", "food_safety",
        "压片糖果检出西地那非（非法添加的药物，有毒有害非食品原料），刑法第144条行为犯无金额门槛（法释〔2021〕24号）；"
        "罚12万在食品安全法第123条货值不足1万10万-15万内；只罚款未移送",
        [trigger("food-144-toxic/3", "检出西地那非"), fined_only("罚款120,000元（壹拾贰万元整）")], QUAL),
    Doc("jh06_work_safety.txt", "work_safety",
        "甲类仓库人为拔除6个可燃气体探测器电源、屏蔽报警主机、拆除联锁约两个月，经评估有火灾爆炸现实危险（刑法第134条"
        "之一第（一）项危险作业罪）；罚4.5万在安全生产法第99条五万元以下内，已告知听证；只罚款未移送",
        [trigger("safety-134-1a-dangerous-operation/1", "有6个被人为拔除电源插头"),
         fined_only("罚款人民币肆万伍仟元整")], QUAL),
    Doc("jh07_drugs.txt", "drugs",
        "以非药品冒充药品，依药品管理法第98条第二款第（四）项按假药论处，销售假药为刑法第141条行为犯；罚150万为第116条"
        "货值不足10万按10万计15倍；已听证；只罚款吊证未移送",
        [trigger("drug-141-counterfeit/1", "应按假药论处"), fined_only("并处罚款人民币壹佰伍拾万元整")], QUAL),
    Doc("jh08_food_safety.txt", "food_safety",
        "在暂养鲫鱼中投放孔雀石绿（食品动物禁用药品，鲫鱼检出、鲈鱼未检出），刑法第144条（法释〔2021〕24号第九条）行为犯；"
        "货值不足1万，罚10万在食品安全法第123条10万-15万内；只罚款未移送",
        [trigger("food-144-toxic/2", "多次向暂养池中投放孔雀石绿"), fined_only("罚款人民币壹拾万元")], QUAL),
    Doc("jh09_tobacco.txt", "tobacco",
        "无零售许可证经营卷烟，非法经营数额由三个品种相加：40×450+120×160+85×230=56,750元≥5万元（法释〔2010〕7号"
        "第三条，刑法第225条）；违法所得6,650元<2万不是唯一口径；罚20%在实施条例第57条20%-50%内；只罚款未移送",
        [threshold("tobacco-225-illegal-business/1", "中华(硬)", 56750.0), fined_only("计11,350元")], OVER),
    Doc("jh10_tax.txt", "tax",
        "无真实交易为三家单位虚开增值税专用发票，税额由表三行相加：58,810.62+29,405.31+22,870.80=111,086.73元≥10万元"
        "（法释〔2024〕4号第十一条，刑法第205条）；价税合计、开票费不是口径；罚30万在发票管理办法第35条5万-50万内；"
        "已告知听证；只罚款未移送",
        [threshold("tax-205-vat-invoice/1", "58,810.62", 111086.73),
         fined_only("对你单位处以罚款人民币300,000.00元")], OVER),
    Doc("jh11_tax.txt", "tax",
        "个人卡隐匿收入，2023年四个季度少缴增值税相加=116,000元≥10万元且占应纳税额15.63%≥10%（法释〔2024〕4号第一条，"
        "刑法第201条）；经催告未补缴税款滞纳金，第201条第四款不适用；罚50%在征管法第63条内；只罚款未移送",
        [threshold("tax-201-evasion/1", "少缴增值税31,204.50元", 116000.0), fined_only("计人民币伍万捌仟元整")], OVER),
    Doc("jh12_customs.txt", "customs",
        "单位以两套价格低报进口葡萄酒，漏缴关税+增值税+消费税=216,628.11元≥20万元（法释〔2014〕10号第二十四条单位"
        "走私，刑法第153条）；海关按申报不实处漏缴税款50%，在实施条例第15条第（四）项30%-2倍内；只罚款未移送",
        [threshold("customs-153-ordinary-goods/2", "关税：人民币58,420.16元", 216628.11),
         fined_only("科处罚款人民币壹拾万捌仟叁佰元整")], OVER),
    Doc("jh13_public_security.txt", "public_security",
        "利用职务便利出售车辆实时位置（行踪轨迹信息，性质在另一句）87条≥50条（法释〔2017〕10号第五条第一款第（三）项，"
        "刑法第253条之一）；违法所得4,300元<5000元、罚款4.3万不是口径；罚10倍在网络安全法第64条第二款1-10倍内；"
        "已告知听证；只罚款未移送",
        [threshold("pi-253-1-personal-information/1", "截图87条", 87.0),
         fined_only("并处违法所得十倍罚款人民币43,000元")], OVER),
    Doc("jh14_public_security.txt", "public_security",
        "出售个人信用报告34份（征信信息）+存款余额、存单、房产证29条（财产信息）=63条≥50条（法释〔2017〕10号第五条"
        "第一款第（三）项，刑法第253条之一；性质在下一段）；一般信息1,860条<5000、违法所得3,900元<5000不是唯一口径；"
        "罚10倍在网络安全法第64条第二款内；只罚款未移送",
        [threshold("pi-253-1-personal-information/1", "共34份", 63.0), fined_only("并处罚款人民币叁万玖仟元")],
        OVER),
    Doc("jh15_work_safety.txt", "work_safety",
        "高处坠落事故致一人死亡（“抢救无效……身亡”，以文字写出）、一人骨折，直接经济损失186万（法释〔2015〕22号第六条，"
        "刑法第134条重大责任事故罪）；罚45万在安全生产法第114条一般事故30万-100万内；只罚单位未移送",
        [threshold("safety-134-1-major-liability/1", "经送医抢救无效于当日下午不幸身亡", 1.0),
         fined_only("罚款人民币肆拾伍万元整")], OVER),
    Doc("jh16_market.txt", "market",
        "组织策划传销，会员四层6+14+23+9=52人≥30人且层级四级≥三级（立案追诉标准（二）第七十条，刑法第224条之一）；"
        "罚60万在禁止传销条例第24条50万-200万内，已听证；只罚款未移送",
        [threshold("market-224-1-pyramid/1", "当事人本人直接发展会员6人", 52.0), fined_only("罚款人民币陆拾万元")],
        OVER),
    Doc("jh17_intellectual_property.txt", "intellectual_property",
        "未经许可在轴承上使用相同注册商标，非法经营数额=已售18,400元+库存1,850套×22元=59,100元≥5万元（刑法第213条，"
        "ip-213-counterfeit-trademark/1）；包装盒标识4,100个<2万件不是唯一口径；罚2倍在商标法第60条内；只罚款未移送",
        [threshold("ip-213-counterfeit-trademark/1", "销售价款人民币18,400元", 59100.0),
         fined_only("罚款人民币壹拾壹万捌仟贰佰元整")], OVER),
    Doc("jh18_product_quality.txt", "product_quality",
        "以混纺冒充100%山羊绒，未销售货值三档相加620×168+410×96+300×38=154,920元≥15万元（刑法第140条未遂，"
        "product-140-fake-inferior/2）；已售7,260元、违法所得2,115元不是口径；罚50%在产品质量法第50条内；只罚款未移送",
        [threshold("product-140-fake-inferior/2", "一等品（V领开衫）620件，每件168元", 154920.0),
         fined_only("并处违法生产、销售产品货值金额百分之五十的罚款人民币81,090元")], OVER),
    Doc("jh19_other.txt", "other",
        "拖欠24名农民工三个月工资46,800+51,200+49,600=147,600元≥3万元，经限期整改指令书责令支付逾期不付、负责人失联、"
        "转移资金（法释〔2013〕3号第三、四条，刑法第276条之一）；只作加付赔偿金处理未移送",
        [threshold("labor-276-1-wage-refusal/2", "2024年10月工资46,800元", 147600.0),
         fined_only("计人民币柒万叁仟捌佰元")], OVER),
    Doc("jh20_customs.txt", "customs",
        "个人受托携带手表入境不申报，偷逃关税+消费税+增值税=126,120元≥10万元（法释〔2014〕10号第十六条，刑法第153条）；"
        "完税价格24万不是口径；罚5万在海关行政处罚实施条例第9条第一款第（三）项三倍以下内，已告知听证；只罚款未移送",
        [threshold("customs-153-ordinary-goods/1", "19,200.00", 126120.0), fined_only("对当事人科处罚款人民币伍万元整")],
        OVER),
]

PUBLIC_INTEREST = [
    # ── public-interest leads: statutory field + harm going on after the agency acted ──
    Doc("jh21_food_safety.txt", "food_safety",
        "小学门口向学生销售不合格无标签辣条，责令下架后两次复查仍在销售、至决定时未改正（食品药品安全领域，不特定多数"
        "未成年人）；不达刑法第143条；罚5万在食品安全法第124条货值不足1万5万-10万内，已告知听证",
        [pil("food_drug_safety", "当事人仍将同类无标签辣条置于柜台下方")], {"scenario": "pil", "continuing_harm": True}),
    Doc("jh22_public_security.txt", "public_security",
        "应用程序未经单独同意采集约320万用户人脸并读取通讯录，责令改正后两次复查仍采集、86万张人脸未删除（个人信息保护"
        "领域，不特定多数人）；罚30万在个人信息保护法第66条第一款拒不改正一百万以下内，负责人2万在1万-10万内",
        [pil("personal_information", "新版本仍在用户不知情时采集人脸图像并上传")],
        {"scenario": "pil", "continuing_harm": True}),
    Doc("jh23_work_safety.txt", "work_safety",
        "住宅小区4台检验不合格电梯，指令停用后三次复查仍载客运行、至决定时未修未检（安全生产领域，约600户居民）；罚15万"
        "在特种设备安全法第84条3万-30万内，已听证",
        [pil("work_safety", "上述电梯仍未维修、未经检验合格，仍在载客运行")], {"scenario": "pil", "continuing_harm": True}),
    Doc("jh24_culture_tourism.txt", "culture_tourism",
        "网吧接纳未成年人，警告后两次复查仍接纳、至决定时未落实身份核验（未成年人保护领域）；罚1.5万在互联网上网服务"
        "营业场所管理条例第31条15000元以下内，停业整顿已告知听证",
        [pil("minors", "当事人仍未落实身份核验措施")], {"scenario": "pil", "continuing_harm": True}),
    Doc("jh25_environment.txt", "environment",
        "生产废水经雨水管网排入七里湖入长江，COD、氨氮超标（非重金属，不适用三倍线），责令改正后两次复查仍排放、湖口水体"
        "发黑（生态环境和资源保护领域）；罚25万在水污染防治法第83条10万-100万内",
        [pil("ecology_resources", "你公司雨水排口仍有废水排出")], {"scenario": "pil", "continuing_harm": True}),
    Doc("jh26_food_safety.txt", "food_safety",
        "无证地下室加工外卖（幽灵外卖），责令停止、下架后又换名开新店继续外送、至决定时仍营业（食品药品安全领域，不特定"
        "多数消费者）；罚5万在食品安全法第122条货值不足1万5万-10万内",
        [pil("food_drug_safety", "上述网店仍在营业")], {"scenario": "pil", "continuing_harm": True}),
]

IRREGULAR = [
    # ── enforcement irregularities ──
    out_of_range("jh27_food_safety.txt", "food_safety",
                 "酸价过氧化值不合格桃酥，货值3,570元不足1万元，食品安全法第124条第二款依第一款罚5万-10万；罚2万低于下限，"
                 "“配合调查、如实陈述”不是法定减轻情节",
                 "罚款人民币贰万元"),
    out_of_range("jh28_product_quality.txt", "product_quality",
                 "不符合安全标准的充电器货值8,000元，产品质量法第49条罚货值1-3倍即8,000-24,000元；罚3万超出上限",
                 "罚款人民币叁万元"),
    no_hearing("jh29_market.txt", "market",
               "市场监管对法人罚款15万元≥10万元（hearing.yaml市场监管单位十万元，行政处罚法第63条），只告知陈述、申辩，"
               "未告知听证；罚款为广告法第55条广告费用3-5倍（3万×5）内",
               "处广告费用五倍罚款，计人民币壹拾伍万元整"),
    no_hearing("jh30_tax.txt", "tax",
               "税务对个体工商户罚款1万元（≥个人2000元，亦≥单位1万元，税务行政处罚听证程序实施办法第3条），只告知陈述、"
               "申辩，未告知听证；罚款在征管法第60条情节严重2000-1万元内",
               "对你单位处以罚款人民币壹万元整（10,000.00元）"),
    Doc("jh31_market.txt", "market",
        "广告法（2021修正）共74条，引用的第八十六条不存在（未经审查发布医疗美容广告罚则在第58条，广告费用1-3倍，"
        "9,600×3=28,800元在内）",
        [irregular("nonexistent_article", "《中华人民共和国广告法》第八十六条第一款")],
        {"scenario": "irregularity", "irregularities": ["nonexistent_article"]}),
    Doc("jh32_intellectual_property.txt", "intellectual_property",
        "2024年7月23日立案、2025年2月17日决定，历时209日，超过行政处罚法第60条九十日（市场监管程序规定另有延长须批准），"
        "文书未记载延期批准或中止；罚2万在商标法第60条违法经营额不足5万二十五万以下内，已告知听证",
        [irregular("time_limit", "本局于2024年7月23日对本案立案调查")],
        {"scenario": "irregularity", "irregularities": ["time_limit"]}),
]

NEGATIVE = [
    # ── negatives (near misses marked) ──
    Doc("jh33_intellectual_property.txt", "intellectual_property",
        "销售假冒注册商标冲锋衣，销售金额48,600元<5万、违法所得29,160元<3万、已售+库存71,400元<15万，均不达刑法第214条；"
        "罚14.28万（大于门槛但是罚款）在商标法第60条内，已告知听证",
        flags={"scenario": "under", "near_miss": True}),
    Doc("jh34_tax.txt", "tax",
        "逃税231,024.72元且占15.2%，但首次、无前科，税务处理后已补缴税款和滞纳金并接受处罚，依刑法第201条第四款不予"
        "追究；罚50%在征管法第63条内，已告知听证",
        flags={"scenario": "tax_paid", "near_miss": True}),
    Doc("jh35_product_quality.txt", "product_quality",
        "翻新电池冒充新品销售92,000元≥5万，但已移送公安机关且公安已立案侦查，不是隐匿的移送线索；罚款待刑事程序终结",
        flags={"scenario": "transferred", "near_miss": True, "transferred": True}),
    Doc("jh36_tobacco.txt", "tobacco",
        "无证批发卷烟价值63,420元≥5万，已移送公安，公安以证据不足不予立案并退回；罚50%在实施条例第54条50%-1倍内，"
        "已告知听证，办案期限经批准延长",
        flags={"scenario": "police_declined", "near_miss": True, "police_declined": True}),
    Doc("jh37_food_safety.txt", "food_safety",
        "举报非法添加西地那非等，三批次28种药物均未检出，无有毒有害物质；标签问题罚5倍在食品安全法第125条货值1万以上"
        "5-10倍内，已听证",
        flags={"scenario": "not_detected", "near_miss": True}),
    Doc("jh38_environment.txt", "environment",
        "印染废水溢流入河，当日封堵、清淤治理，两次复查水质达标、河道恢复，无持续损害；非重金属不涉三倍线；罚12万在"
        "水污染防治法第83条内，已告知听证",
        flags={"scenario": "pil_remedied", "near_miss": True, "continuing_harm": False}),
    Doc("jh39_other.txt", "other",
        "拖欠18人工资96,400元，但在限期整改指令书期限内足额支付，不是刑法第276条之一的经责令支付仍不支付；超时加班罚"
        "每人300元在劳动保障监察条例第25条100-500元内",
        flags={"scenario": "remedied", "near_miss": True}),
    Doc("jh40_public_security.txt", "public_security",
        "出售车辆定位和行车轨迹（行踪轨迹信息）46条<50条，违法所得1,380元<5000元，无其他信息（法释〔2017〕10号第五条）；"
        "罚10倍在网络安全法第64条第二款内，已告知听证",
        flags={"scenario": "under", "near_miss": True}),
    Doc("jh41_market.txt", "market",
        "拉人头传销38人≥30人，但全部由当事人直接发展、无人再发展下线，层级不足三级（立案追诉标准（二）第七十条要求人数"
        "与层级同时满足）；罚50万在禁止传销条例第24条内，已听证",
        flags={"scenario": "under", "near_miss": True}),
    Doc("jh42_customs.txt", "customs",
        "个人代购携带入境不申报，偷逃关税+消费税+增值税=85,131元<10万元（法释〔2014〕10号第十六条）；完税价格16.2万"
        "不是口径；罚3万在实施条例第9条三倍以下内，已告知听证",
        flags={"scenario": "under", "near_miss": True}),
    Doc("jh43_work_safety.txt", "work_safety",
        "一般事故两人重伤、一人轻伤，无死亡，重伤<3人，直接经济损失86.4万<100万（法释〔2015〕22号第六条）；罚35万在"
        "安全生产法第114条30万-100万内，已告知听证",
        flags={"scenario": "under", "near_miss": True}),
    Doc("jh44_tobacco.txt", "tobacco",
        "无证零售卷烟，四个品种相加46,760元<5万、290条=5.8万支<20万支、违法所得9,200元<2万（法释〔2010〕7号第三条）；"
        "罚30%在实施条例第57条内，已告知听证",
        flags={"scenario": "under", "near_miss": True}),
    Doc("jh45_market.txt", "market",
        "不予行政处罚决定书：价目表未及时更新多收31元，初次违法危害轻微并已退还改正（行政处罚法第33条第一款）",
        flags={"scenario": "no_penalty"}),
]

GROUPS = [
    # ── 化整为零: one company's three online shops selling counterfeit-mark cosmetics, three decisions the same day ──
    *[Doc(name, "intellectual_property",
          "同一公司（同一信用代码）三个网店销售假冒注册商标化妆品，同日拆成三案；累计销售金额17,600+16,900+18,200="
          "52,700元≥5万元（刑法第214条，ip-214-sell-counterfeit/2）；每案罚2倍在商标法第60条二十五万以下内",
          [split("ip-214-sell-counterfeit/2", quote, 52700.0, SPLIT)],
          {"scenario": "split", "split_group": SPLIT})
      for name, quote in (("jh46_intellectual_property.txt", "销售金额为人民币17,600元"),
                          ("jh47_intellectual_property.txt", "销售金额为人民币16,900元"),
                          ("jh48_intellectual_property.txt", "销售金额为人民币18,200元"))],
    # ── repeat offender: the same credit code punished again about ten months later ──
    Doc("jh49_food_safety.txt", "food_safety",
        "经营超过保质期食品，首次处罚，货值371元，罚5万在食品安全法第124条5万-10万内",
        flags={"scenario": "repeat_first", "repeat_group": REPEAT}),
    Doc("jh50_food_safety.txt", "food_safety",
        "同一统一社会信用代码的公司2024年9月10日处罚后约十个月再犯同类违法，二年内再犯；罚8万在第124条内",
        [repeat("合肥邻鲜汇商贸有限公司", REPEAT)],
        {"scenario": "repeat", "repeat_group": REPEAT}),
]

DOCS = sorted(CRIMINAL + PUBLIC_INTEREST + IRREGULAR + NEGATIVE + GROUPS, key=lambda doc: doc.file)


labeled = lead_gold.labeler(HERE, CREATED, VERSION)

if __name__ == "__main__":
    lead_gold.main(HERE, DOCS, CREATED, VERSION)
