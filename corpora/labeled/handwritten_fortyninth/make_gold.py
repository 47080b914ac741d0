"""Lead labels for the forty-ninth hand-written set in this folder (run to rewrite ``gold.jsonl``).

A new UNSEEN held-out test of the lead screening, written on 2026-11-22 without reading any decision
of the earlier hand-written sets nor the screening code. Every decision ``kbNN_<domain>.txt`` was
written by hand in the manner of published 行政处罚决定书 of city and district agencies in 江苏, 浙江,
上海 and 山东 (all names, numbers, codes and addresses invented; credit codes carry valid
GB 32100-2015 check digits, identity numbers are masked). The focus is market regulation and IP
(商标 213/214/215 with tables, 专利, 著作权), 特种设备, 危险化学品, 安全生产 accidents, tax (虚开 with
价税合计, 逃税 with 应纳/已缴), customs (低报价格), 公安 (个人信息 by batches) and 人社 (crews × months).
Labels come from the law only: criminal thresholds from corpora/knowledge/thresholds.yaml (the
version in force on the date of the facts), hearing figures from corpora/knowledge/hearing.yaml,
fine ranges and article existence from the statute text in force on the decision date. Each row's
``meta.reason`` gives the one-line legal reason.

Run from the repository root: ``.venv/bin/python corpora/labeled/handwritten_fortyninth/make_gold.py``.
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
CREATED = "2026-11-22T19:40:00+00:00"
VERSION = "handwritten-fortyninth/1"

SPLIT, REPEAT = "split-kb-zibo-owner-lists", "repeat-kb-xiangcheng-vessels"
OVER = {"scenario": "over"}
QUAL = {"scenario": "qualitative"}

CRIMINAL = [
    # ── criminal-transfer leads (each also 以罚代刑: only fined, no transfer recorded) ──
    Doc("kb01_intellectual_property.txt", "intellectual_property",
        "销售假冒NIKE运动鞋，三款售出数量×单价相加112×238+136×189+97×152=67,104元≥5万元（ip-214-sell-counterfeit/2，"
        "法释〔2025〕5号）；进货成本2.146万、库存货值0.93万不是计量口径；罚17.6万在商标法第60条五倍以下内；只罚款未移送",
        [threshold("ip-214-sell-counterfeit/2", "以上各款售出所得即当事人的销售收入", 67104.0),
         fined_only("二、罚款人民币壹拾柒万陆仟元整")], OVER),
    Doc("kb02_intellectual_property.txt", "intellectual_property",
        "在保温杯上使用相同商标（刑法第213条），非法经营数额按报价3,120×12.5+1,860×15=66,900元≥5万元"
        "（ip-213-counterfeit-trademark/1）；自称获利八千元不是口径；罚8.16万在第60条五倍以下内；只罚款未移送",
        [threshold("ip-213-counterfeit-trademark/1", "500毫升规格已完工3,120只", 66900.0),
         fined_only("3.罚款人民币捌万壹仟陆佰元整")], OVER),
    Doc("kb03_intellectual_property.txt", "intellectual_property",
        "擅自制造Adidas注册商标标识（性质在另一段），吊牌12,000+领标9,500+洗水标4,800=26,300件≥2万件"
        "（ip-215-trademark-labels/1，刑法第215条）；加工费极少；罚5万在第60条25万以下内；只罚款未移送",
        [threshold("ip-215-trademark-labels/1", "吊牌12,000件；", 26300.0),
         fined_only("（二）罚款人民币伍万元")], OVER),
    Doc("kb04_intellectual_property.txt", "intellectual_property",
        "标注他人专利号=假冒专利，表格三型号相加410×260+270×380+95×520=258,600元≥20万元（ip-216-patent/1，刑法"
        "第216条）；违法所得4.7万<10万不是唯一口径；罚14.1万在专利法第68条（违法所得五万以下可处25万以下）内，已听证；"
        "只罚款未移送",
        [threshold("ip-216-patent/1", "| HD-1 | 410 | 260 |", 258600.0),
         fined_only("三、罚款人民币壹拾肆万壹仟元")], OVER),
    Doc("kb05_intellectual_property.txt", "intellectual_property",
        "印刷厂未经许可复制发行教辅图书420+260+180=860册≥500份（ip-217-218-copyright@2004/3，事实在2025-04-26前，"
        "刑法第217条）；印制费9,890元不是唯一口径；罚6万在著作权法第53条25万以下内；只罚款未移送",
        [threshold("ip-217-218-copyright@2004/3", "《小学数学思维训练（五年级）》420册", 860.0),
         fined_only("3．罚款人民币陆万元整")], OVER),
    Doc("kb06_work_safety.txt", "work_safety",
        "使用未经检验的起重机发生事故，死亡1人（死亡在另一句）≥1人（safety-134-1-major-liability/1，刑法第134条第一款）；"
        "罚5万+15万在特种设备安全法第84条3-30万、第90条10-20万内，已告知听证；只罚款未移送",
        [threshold("safety-134-1-major-liability/1", "于当日死亡", 1.0),
         fined_only("合并罚款人民币贰拾万元整")], OVER),
    Doc("kb07_work_safety.txt", "work_safety",
        "危险化学品经营许可证过期仍经营并在居民楼下储存易燃液体，无防爆通风，未经许可从事危险物品经营储存并具有现实危险"
        "（safety-134-1a-dangerous-operation/3，刑法第134条之一第（三）项）；罚15万在危化品条例第77条第三款10-20万内；"
        "只罚款未移送",
        [trigger("safety-134-1a-dangerous-operation/3", "当事人《危险化学品经营许可证》已于2023年10月到期，未办理延续"),
         fined_only("3.并处罚款人民币壹拾伍万元")], QUAL),
    Doc("kb08_work_safety.txt", "work_safety",
        "热媒油喷溅事故，伤情逐人列出：重伤二级3人（刘、赵、马）≥3人（safety-134-1-major-liability/2，刑法第134条）；"
        "直接经济损失312万也≥100万；罚65万在安全生产法第114条30-100万内，已听证；只罚款未移送",
        [threshold("safety-134-1-major-liability/2", "马某某，双下肢烧伤，重伤二级", 3.0),
         fined_only("本局决定对当事人处以罚款人民币陆拾伍万元")], OVER),
    Doc("kb09_work_safety.txt", "work_safety",
        "铝粉尘爆炸无伤亡，直接经济损失分项相加86.4+47.2+12.1+6.6=152.3万元≥100万元（safety-134-1-major-liability/3，"
        "刑法第134条）；罚48万在安全生产法第114条30-100万内；只罚款未移送",
        [threshold("safety-134-1-major-liability/3", "厂房修复费用 86.4万元", 1523000.0),
         fined_only("决定对当事人处以人民币肆拾捌万元的罚款")], OVER),
    Doc("kb10_work_safety.txt", "work_safety",
        "重大事故隐患被现场处理决定责令停止使用中频炉和行车，拒不执行继续熔炼、二十余人在场（safety-134-1a-dangerous-"
        "operation/2，刑法第134条之一第（二）项）；罚单位5万、负责人6万在安全生产法第102条内；只罚款未移送",
        [trigger("safety-134-1a-dangerous-operation/2", "当事人自7月10日起即恢复熔炼作业"),
         fined_only("二、对当事人处以罚款人民币伍万元")], QUAL),
    Doc("kb11_tax.txt", "tax",
        "无真实货物交易虚开专票，只写价税合计1,525,500元、税率13%，税额=1,525,500÷1.13×13%=175,500元≥10万元"
        "（tax-205-vat-invoice@2022/1，事实2023-08至2024-01，刑法第205条）；罚50万在发票管理办法第35条5-50万内；"
        "只罚款未移送",
        [threshold("tax-205-vat-invoice@2022/1", "金额与税额合计（价税合计）人民币1,525,500.00元", 175500.0),
         fined_only("对你公司虚开发票的行为处罚款人民币伍拾万元")], OVER),
    Doc("kb12_tax.txt", "tax",
        "个人账户收款不入账不申报，应纳801,140元−已缴(318,560+76,300)=少缴406,280元≥10万元且占50.7%≥10%"
        "（tax-201-evasion/1，2024年度，刑法第201条）；追缴期满未缴，不适用第201条第四款；罚60%在征管法第63条内；只罚款未移送",
        [threshold("tax-201-evasion/1", "合计应纳税额801,140.00元", 406280.0),
         fined_only("计人民币243,768.00元")], OVER),
    Doc("kb13_customs.txt", "customs",
        "单位以两套合同低报价格走私进口牛肉，偷逃关税257,251.20+增值税216,091.01=473,342.21元≥20万元（customs-153-"
        "ordinary-goods/2，刑法第153条）；低报完税价格214万不是口径；罚47万在海关行政处罚实施条例第9条第1款第（三）项"
        "3倍以下内；只罚款未移送",
        [threshold("customs-153-ordinary-goods/2", "关税（税率12%）257,251.20元", 473342.21),
         fined_only("科处罚款人民币肆拾柒万元整")], OVER),
    Doc("kb14_public_security.txt", "public_security",
        "酒店前台分三批出售住宿信息186+223+147=556条≥500条（性质在另一段；pi-253-1-personal-information/2，刑法第253条"
        "之一）；违法所得2,780<5000元不是唯一口径；罚2万在网络安全法第64条第二款1-10倍内；只罚款未移送",
        [threshold("pi-253-1-personal-information/2", "3月14日发送186条", 556.0),
         fined_only("并处罚款人民币贰万元")], OVER),
    Doc("kb15_other.txt", "other",
        "三个班组欠薪：7×7,200×4+5×7,800×3+4×6,500×2=370,600元、16人，经限期整改指令书责令支付逾期不付且负责人失联"
        "（labor-276-1-wage-refusal/2，刑法第276条之一）；只作加付赔偿金处理未移送",
        [threshold("labor-276-1-wage-refusal/2", "钢筋班：7人，每人每月7,200元，拖欠4个月", 370600.0),
         fined_only("计人民币壹拾捌万伍仟叁佰元")], OVER),
    Doc("kb16_food_safety.txt", "food_safety",
        "种植韭菜使用禁用农药甲拌磷并销售（food-144-toxic/2，刑法第144条行为犯无金额门槛）；货值2,480元；罚5万在食品安全"
        "法第124条货值不足1万5-10万内；只罚款未移送",
        [trigger("food-144-toxic/2", "于采收前约十天使用了甲拌磷颗粒剂灌根"), fined_only("并处罚款人民币伍万元")], QUAL),
    Doc("kb17_food_safety.txt", "food_safety",
        "压片糖果检出他达拉非（国家禁止在食品中添加的药物，food-144-toxic/3，刑法第144条行为犯）；销售36.6万；罚货值"
        "51.2万的15倍768万在食品安全法第123条15-30倍内，已听证；只罚款未移送",
        [trigger("food-144-toxic/3", "该产品中检出他达拉非"), fined_only("计人民币柒佰陆拾捌万元")], QUAL),
    Doc("kb18_product_quality.txt", "product_quality",
        "回收铜杆拉丝电线以不合格冒充合格，三规格卷数×出厂价1,080×118+860×172+310×268=358,440元≥5万元"
        "（product-140-fake-inferior/1，刑法第140条）；进料金额12.13万不是口径；罚货值50%在产品质量法第50条内，已听证；"
        "只罚款未移送",
        [threshold("product-140-fake-inferior/1", "BV1.5：1,080卷，每卷（100米）出厂价118元", 358440.0),
         fined_only("上述第三项罚款计人民币壹拾柒万玖仟贰佰贰拾元")], OVER),
    Doc("kb19_public_security.txt", "public_security",
        "银行理财经理截屏提供客户账户余额、理财持仓（财产信息，性质在另一句）72条≥50条（pi-253-1-personal-information/1，"
        "刑法第253条之一）；违法所得3,600<5000不是唯一口径；罚3万在网络安全法第64条第二款1-10倍内；只罚款未移送",
        [threshold("pi-253-1-personal-information/1", "图片共涉及客户72人，每人一条记录", 72.0),
         fined_only("罚款人民币叁万元的行政处罚")], OVER),
    Doc("kb20_intellectual_property.txt", "intellectual_property",
        "销售假冒LV/GUCCI女包，销售金额7.36万元≥5万元（ip-214-sell-counterfeit@2004/1，事实2024年）；获利1.9万、"
        "库存2.83万不是口径；罚1.5倍在商标法第60条五倍以下内；只罚款未移送",
        [threshold("ip-214-sell-counterfeit@2004/1", "销售侵权女包的销售金额为7.36万元", 73600.0),
         fined_only("即人民币壹拾伍万贰仟捌佰伍拾元")], OVER),
]

PI = {"scenario": "pil", "continuing_harm": True}
PUBLIC_INTEREST = [
    # ── public-interest leads: statutory field + harm going on after the agency acted ──
    Doc("kb21_public_security.txt", "public_security",
        "健身会所强制刷脸、人脸库11,460条并向第三方提供手机号（一般信息<5000条，不达刑法第253条之一），责令限期改正后两次"
        "复查仍强制刷脸、新增录入、继续提供（个人信息保护领域）；罚8万在个人信息保护法第66条第一款内",
        [pil("personal_information", "向营养品公司提供手机号码的行为仍在继续")], PI),
    Doc("kb22_market.txt", "market",
        "中介在公众号公开租客身份证号等信息214篇，责令删除后复查仍公开并新增17篇（个人信息保护领域，不特定多数人）；"
        "罚12万在个人信息保护法第66条第一款内，已听证",
        [pil("personal_information", "至本决定作出时，上述文章仍处于公开状态")], PI),
    Doc("kb23_food_safety.txt", "food_safety",
        "小学对面销售三无辣条和过期果冻，责令下架后复查仍向学生出售（食品药品安全领域，未成年人）；未致食源性疾病不达刑法"
        "第143条；罚5万在食品安全法第124条货值不足1万5-10万内",
        [pil("food_drug_safety", "过期果冻被移到柜台下仍在出售")], PI),
    Doc("kb24_drugs.txt", "drugs",
        "药店销售过期药品（劣药），责令排查后仍售出47盒且未召回（食品药品安全领域，社区老人）；无严重危害不达刑法第142条；"
        "零售货值不足1万按1万计10-20倍，罚10万在药品管理法第117条内",
        [pil("food_drug_safety", "当事人未能说明已售药品的去向，也未采取召回措施")], PI),
    Doc("kb25_work_safety.txt", "work_safety",
        "小区9台电梯超期未检，责令限期申报检验后逾期未改正仍在运行（安全生产领域，每日两千余人次）；罚10万在特种设备安全法"
        "第84条3-30万内",
        [pil("work_safety", "9台电梯仍未报检")], PI),
    Doc("kb26_work_safety.txt", "work_safety",
        "商场疏散门封堵加锁、防火卷帘受阻，责令立即改正后复查仍未改正并照常营业（安全生产领域，日客流三万人次）；"
        "罚4万在消防法第60条5千-5万内",
        [pil("work_safety", "封堵的疏散门中仍有7个处于加锁或封堵状态")], PI),
]

IRREGULAR = [
    # ── enforcement irregularities ──
    out_of_range("kb27_intellectual_property.txt", "intellectual_property",
                 "违法经营额24,000+32,000=56,000元，商标法第60条第二款处违法经营额五倍以下即至多28万元；罚30万超出上限"
                 "（销售2.4万<5万、合计5.6万<15万，不达刑法第214条）",
                 "二、罚款人民币叁拾万元"),
    out_of_range("kb28_work_safety.txt", "work_safety",
                 "使用未经定期检验的叉车，特种设备安全法第84条罚3万-30万；罚1万低于下限且明言无从轻减轻情节",
                 "2、罚款人民币壹万元"),
    no_hearing("kb29_tax.txt", "tax",
               "税务机关对个人罚款4,000元≥2,000元（hearing.yaml税务个人二千元），只告知陈述、申辩，未告知听证；"
               "罚款在征管法第62条情节严重2千-1万内",
               "对你处以罚款人民币肆仟元"),
    no_hearing("kb30_market.txt", "market",
               "市场监管对单位罚款20万元≥10万元（hearing.yaml市场监管单位十万元，行政处罚法第63条），只告知陈述、申辩；"
               "罚款在反不正当竞争法（2019）第20条20-100万内",
               "二、罚款人民币贰拾万元"),
    Doc("kb31_work_safety.txt", "work_safety",
        "特种设备安全法（2013）共101条，引用的第一百零八条不存在（施工前未书面告知的罚则在第七十八条）",
        [irregular("nonexistent_article", "依据《中华人民共和国特种设备安全法》第一百零八条之规定")],
        {"scenario": "irregularity", "irregularities": ["nonexistent_article"]}),
    Doc("kb32_food_safety.txt", "food_safety",
        "2024年10月28日立案、2025年3月21日决定，历时144日，超过行政处罚法第60条九十日，文书未记载延期批准或中止；"
        "货值8,800元不足1万，罚5万在食品安全法第125条5千-5万内，已告知听证",
        [irregular("time_limit", "本局于2024年10月28日对当事人生产的“蟹黄拌饭酱”标签不符合规定一案立案调查")],
        {"scenario": "irregularity", "irregularities": ["time_limit"]}),
]

UNDER = {"scenario": "under", "near_miss": True}
NEGATIVE = [
    # ── negatives (near misses marked) ──
    Doc("kb33_intellectual_property.txt", "intellectual_property",
        "表格相加412×59+196×109+83×49=49,739元<5万元，违法所得约2.66万<3万，销售+库存5.63万<15万，均不达刑法第214条；"
        "罚12万（大于门槛但不是计量口径）在商标法第60条内，已告知听证",
        flags=UNDER),
    Doc("kb34_tax.txt", "tax",
        "逃税158,100元、占24.1%，但首次被处理，追缴通知后已全额补缴税款和滞纳金并接受处罚，依刑法第201条第四款不予追究；"
        "罚50%在征管法第63条内",
        flags={"scenario": "tax_paid", "near_miss": True}),
    Doc("kb35_intellectual_property.txt", "intellectual_property",
        "假冒加拿大鹅羽绒服，已销售1,450×260=37.7万元远超门槛，但已移送公安并立案侦查，不是隐匿的移送线索；罚款待刑事"
        "程序终结",
        flags={"scenario": "transferred", "near_miss": True, "transferred": True}),
    Doc("kb36_intellectual_property.txt", "intellectual_property",
        "销售假冒戴森吹风机53,286元≥5万元，已移送公安，公安以不能证明明知不予立案并退回；罚10万在商标法第60条内，已告知听证",
        flags={"scenario": "police_declined", "near_miss": True, "police_declined": True}),
    Doc("kb37_food_safety.txt", "food_safety",
        "举报玛卡片含西地那非，三批次检测西地那非、他达拉非等均未检出，无有毒有害物质；店堂宣传治疗功能按广告法第58条"
        "罚10万（广告费无法计算10-20万）",
        flags={"scenario": "not_detected", "near_miss": True}),
    Doc("kb38_other.txt", "other",
        "欠23人工资38.94万元，但在限期整改指令书期限内足额支付，不是刑法第276条之一的经责令仍不支付；超时加班按每人200元"
        "罚6,200元在劳动保障监察条例第25条100-500元内",
        flags={"scenario": "remedied", "near_miss": True}),
    Doc("kb39_tax.txt", "tax",
        "虚开专票价税合计846,000元（大于门槛但不是计量口径），税额=846,000÷1.13×13%≈97,327元<10万元（tax-205-vat-"
        "invoice/1），不达刑法第205条；另涉第205条之一普通发票不适用（为专票）；罚20万在发票管理办法第35条内",
        flags=UNDER),
    Doc("kb40_customs.txt", "customs",
        "单位低报价格走私，偷逃税款48,341.40+131,972.02=180,313.42元<单位20万元（customs-153-ordinary-goods/2；个人10万"
        "标准不适用）；罚20万在实施条例第9条3倍以下内",
        flags=UNDER),
    Doc("kb41_work_safety.txt", "work_safety",
        "设备误启动事故重伤2人<3人，轻微伤3人，无死亡，直接经济损失86.3万<100万元，均不达刑法第134条；罚35万在安全生产法"
        "第114条30-100万内",
        flags=UNDER),
    Doc("kb42_intellectual_property.txt", "intellectual_property",
        "擅自制造POLO商标织唛7,400+6,800+4,400=18,600件<2万件，加工费930元，不达刑法第215条；罚3万在商标法第60条内",
        flags=UNDER),
    Doc("kb43_market.txt", "market",
        "4S店将3,260条一般客户信息（<5000条，非敏感）提供给电销公司，责令后已终止、删除并经核验，复查无继续提供，无持续损害；"
        "只予警告",
        flags={"scenario": "pil_remedied", "near_miss": True, "continuing_harm": False}),
    Doc("kb44_intellectual_property.txt", "intellectual_property",
        "假冒专利销售收入17.6万<20万元、违法所得3.9万<10万元，不达刑法第216条；原材料采购21.2万（大于门槛但不是计量口径）；"
        "罚21万在专利法第68条违法所得五万以下可处25万以下内，已听证",
        flags=UNDER),
    Doc("kb45_public_security.txt", "public_security",
        "提供车辆实时位置（行踪轨迹信息）46条<50条，违法所得1,500元<5000元，且未被用于犯罪，不达刑法第253条之一；"
        "罚1万在网络安全法第64条第二款内",
        flags=UNDER),
    Doc("kb46_work_safety.txt", "work_safety",
        "使用无证人员驾驶叉车，逾期未改正，罚1万在特种设备安全法第86条1-5万内；无事故无刑事情节",
        flags={"scenario": "plain"}),
]

GROUPS = [
    # ── 化整为零: one company's sales of owner lists cut into three decisions the same day ──
    *[Doc(name, "public_security",
          "同一单位（同一信用代码）三次出售一般个人信息，同日拆成三案；累计1,860+1,720+1,650=5,230条≥5000条"
          "（pi-253-1-personal-information/3，法释〔2017〕10号第五条，刑法第253条之一）；每案罚违法所得五倍在网络安全法"
          "第64条第二款内",
          [split("pi-253-1-personal-information/3", quote, 5230.0, SPLIT)],
          {"scenario": "split", "split_group": SPLIT})
      for name, quote in (("kb47_public_security.txt", "表格共1,860条"),
                          ("kb48_public_security.txt", "计有效记录1,720条"),
                          ("kb49_public_security.txt", "内含记录一千六百五十条"))],
    # ── repeat offender: the same credit code punished again ten months later ──
    Doc("kb50_work_safety.txt", "work_safety",
        "空气储罐超期未检仍使用，首次处罚，罚3万在特种设备安全法第84条3-30万内",
        flags={"scenario": "repeat_first", "repeat_group": REPEAT}),
    Doc("kb51_work_safety.txt", "work_safety",
        "同一统一社会信用代码的单位在2024年10月15日处罚后约十个月再犯同类违法（未登记未检验压力容器），二年内再犯；"
        "罚6万在第84条内",
        [repeat("苏州相城永固气体有限公司", REPEAT)],
        {"scenario": "repeat", "repeat_group": REPEAT}),
]

DOCS = sorted(CRIMINAL + PUBLIC_INTEREST + IRREGULAR + NEGATIVE + GROUPS, key=lambda doc: doc.file)


labeled = lead_gold.labeler(HERE, CREATED, VERSION)

if __name__ == "__main__":
    lead_gold.main(HERE, DOCS, CREATED, VERSION)
