"""Lead labels for the sixty-second hand-written set in this folder (run to rewrite ``gold.jsonl``).

A new UNSEEN held-out test of the lead screening, written on 2026-11-23 without reading any decision
of the earlier hand-written sets nor the screening code. Every decision ``koNN_<domain>.txt`` was
written by hand in the manner of published 行政处罚决定书 of 北京, 天津, 河北, 山东, 江苏 and 上海
agencies: 市场监管 (伪劣产品, 假冒注册商标, 食品, 药品, 医疗器械, 特种设备), 卫生健康, 公安, 人社,
税务, 海关 (all names, numbers, codes and addresses invented; credit codes carry valid GB 32100-2015
check digits, identity numbers valid GB 11643 check digits or masked tails). Figures are written
the hard way: totals to be added from parts, 数量 × 单价 for several models, small plain-text
tables, the substance or information kind in another paragraph than the figure, wrong-measure
figures (进货价, 违法所得, 营业额, 罚款) beside the right one, 大写 and 万元. Labels come from the law
only: criminal thresholds from corpora/knowledge/thresholds.yaml (the version in force on the date
of the facts), hearing figures from corpora/knowledge/hearing.yaml, fine ranges and article
existence from the statute text in force on the decision date. Each row's ``meta.reason`` gives
the one-line legal reason. Conventions are those of ``handwritten_fifth/make_gold.py``.

Run from the repository root: ``.venv/bin/python corpora/labeled/handwritten_sixtysecond/make_gold.py``.
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
CREATED = "2026-11-23T00:45:00+00:00"
VERSION = "handwritten-sixtysecond/1"

SPLIT, REPEAT = "split-ko-kunshan-sockets", "repeat-ko-nankai-restaurant"

CRIMINAL = [
    # ── criminal-transfer leads (each also 以罚代刑: only fined, no transfer recorded) ──
    Doc("ko01_food_safety.txt", "food_safety",
        "羊肉检出盐酸克伦特罗（瘦肉精，食品动物禁用，性质在另一段），销售有毒有害食品为刑法第144条行为犯（法释〔2021〕24号）；"
        "罚12万在食品安全法第123条货值不足1万10万-15万内；只罚款未移送",
        [trigger("food-144-toxic/1", "该批次羊肉样品中检出盐酸克伦特罗"), fined_only("三、罚款人民币壹拾贰万元整")], QUAL),
    Doc("ko02_food_safety.txt", "food_safety",
        "压片糖果检出西地那非、他达拉非（保健食品非法添加物质名单，在另一段），刑法第144条行为犯（法释〔2021〕24号）；"
        "罚货值98,163元的15倍在第123条15-30倍内；只罚款未移送",
        [trigger("food-144-toxic/3", "所检样品中检出西地那非"),
         fined_only("计人民币壹佰肆拾柒万贰仟肆佰肆拾伍元")], QUAL),
    Doc("ko03_drugs.txt", "drugs",
        "成分与国家药品标准不符、标示企业否认生产，依药品管理法第98条第二款第（一）项为假药，销售假药为刑法第141条行为犯；"
        "罚150万为第116条不足10万按10万计15倍；只罚款未移送",
        [trigger("drug-141-counterfeit/1", "应按假药论处"), fined_only("罚款人民币壹佰伍拾万元")], QUAL),
    Doc("ko04_special_equipment.txt", "work_safety",
        "起重机械重大事故隐患被责令停止使用、查封后撕封继续作业13日（刑法第134条之一第（二）项危险作业罪，法释〔2022〕19号）；"
        "罚28万在特种设备安全法第84条3万-30万内；只罚款未移送",
        [trigger("safety-134-1a-dangerous-operation/2", "继续使用上述起重机进行集装箱装卸作业"),
         fined_only("处罚款人民币贰拾捌万元")], QUAL),
    Doc("ko05_product_quality.txt", "product_quality",
        "以不合格电线冒充合格，三规格销售金额86×168+112×236+47×318=55,826元≥5万元（立案追诉标准（一）第十六条，刑法第140条）；"
        "进货价40,527、违法所得15,299不是口径；罚1倍在产品质量法第50条50%-3倍内；只罚款未移送",
        [threshold("product-140-fake-inferior/1", "当事人自2023年10月至2024年4月销售上述电线的情况如下", 55826.0),
         fined_only("计人民币陆万贰仟玖佰零陆元")], OVER),
    Doc("ko06_intellectual_property.txt", "intellectual_property",
        "在同一种商品上使用相同商标（刑法第213条），非法经营数额=已售320件×实际售价85元27,200元+库存成品260件×标价118元"
        "30,680元=57,880元≥5万元（事实在2025年4月26日后）；违法所得9,600不是口径；罚2倍在商标法第60条五倍以下内；只罚款未移送",
        [threshold("ip-213-counterfeit-trademark/1", "已向本市某服装批发商出货320件", 57880.0),
         fined_only("计人民币壹拾壹万伍仟柒佰陆拾元整")], OVER),
    Doc("ko07_intellectual_property.txt", "intellectual_property",
        "销售假冒注册商标的商品，表格三款销售金额142×198+96×168+215×39=52,629元≥5万元（刑法第214条，2025年标准）；"
        "进货款22,015不是口径；罚3倍在商标法第60条内；只罚款未移送",
        [threshold("ip-214-sell-counterfeit/2", "NIKE运动鞋（AJ款）", 52629.0),
         fined_only("罚款人民币壹拾伍万柒仟捌佰捌拾柒元")], OVER),
    Doc("ko08_drugs.txt", "drugs",
        "含量不符合国家药品标准为劣药，批发3,600包×16元=57,600元≥5万元（刑法第142条不构成时依第149条按第140条）；"
        "罚100万为药品管理法第117条批发不足10万按10万计10倍；只罚款未移送",
        [threshold("drug-142-substandard/2", "共计3,600包，批发单价为每包16元", 57600.0), fined_only("计人民币壹佰万元")],
        OVER),
    Doc("ko09_medical_devices.txt", "drugs",
        "不符合强制性标准的医用外科口罩（医用卫生材料），销售收入6.38万元≥5万元（刑法第145条/第149条）；库存货值7,280元、"
        "违法所得2.17万不是口径；罚货值71,080元5倍在医疗器械监督管理条例第86条5-20倍内；只罚款未移送",
        [threshold("product-145-medical-devices/2", "销售收入合计6.38万元", 63800.0),
         fined_only("计人民币叁拾伍万伍仟肆佰元")], OVER),
    Doc("ko10_health.txt", "health",
        "未取得医师资格行医，曾于2021年、2023年两次受卫生行政处罚后再次非法行医（法释〔2016〕27号第二条第（四）项，刑法第336条）；"
        "罚5万为医师法第59条按1万计5倍；只罚款未移送",
        [threshold("health-336-illegal-medical-practice/1", "被处罚人曾于2021年9月因在长安区高营镇某出租屋非法行医", 2.0),
         fined_only("计人民币伍万元整")], OVER),
    Doc("ko11_public_security.txt", "public_security",
        "出售车辆实时位置（行踪轨迹信息，性质在表后一句）三批18+21+17=56条≥50条（法释〔2017〕10号第五条第一款第（三）项，"
        "刑法第253条之一）；违法所得2,800元<5000元不是唯一口径；罚2倍在网络安全法第64条第二款内；只罚款未移送",
        [threshold("pi-253-1-personal-information/1", "通过微信分批发送给上家", 56.0),
         fined_only("并处违法所得二倍罚款人民币5,600元")], OVER),
    Doc("ko12_public_security.txt", "public_security",
        "出售快递面单信息（一般个人信息）五批1,200+1,450+980+1,100+870=5,600条≥5000条（法释〔2017〕10号第五条第一款第（五）项）；"
        "违法所得3,360元<5000元；罚5倍在网络安全法第64条第二款1-10倍内；只罚款未移送",
        [threshold("pi-253-1-personal-information/3", "分五次出售给他人用于电话推销", 5600.0),
         fined_only("计人民币壹万陆仟捌佰元")], OVER),
    Doc("ko13_labor.txt", "other",
        "拖欠19名农民工工资9×7,200×3+6×6,800×3+4×4,500×2=352,800元，经限期改正指令书责令支付逾期不付且转移工程款、负责人逃匿"
        "（法释〔2013〕3号第三、四条，刑法第276条之一）；只作加付赔偿金处理未移送",
        [threshold("labor-276-1-wage-refusal/2", "经核对工资表，拖欠情况如下", 352800.0),
         fined_only("计人民币壹拾柒万陆仟肆佰元")], OVER),
    Doc("ko14_labor.txt", "other",
        "拖欠12名挡车工两个月工资壹拾叁万肆仟肆佰元（大写），经责令改正决定书责令支付，有能力支付而书面拒付（法释〔2013〕3号"
        "第三、四条，刑法第276条之一）；只作加付赔偿金处理未移送",
        [threshold("labor-276-1-wage-refusal/2", "合计拖欠壹拾叁万肆仟肆佰元整", 134400.0),
         fined_only("加付赔偿金，计人民币壹拾叁万肆仟肆佰元整")], OVER),
    Doc("ko15_tax.txt", "tax",
        "2023年度隐匿收入虚假申报，少缴增值税86,420.35+企业所得税52,310.00=138,730.35元≥10万元且占23.6%≥10%（事实在2023年，"
        "适用2022年立案追诉标准（二）第52条，刑法第201条）；税款未补缴，不适用第201条第四款；罚80%在征管法第63条50%-5倍内；只罚款未移送",
        [threshold("tax-201-evasion@2022/1", "少缴增值税86,420.35元", 138730.35),
         fined_only("处以百分之八十的罚款，计110,984.28元")], OVER),
    Doc("ko16_tax.txt", "tax",
        "无真实交易虚开增值税专用发票9份，表中税额合计110,789.37元≥10万元（法释〔2024〕4号第十一条，刑法第205条）；开票费"
        "38,514元不是口径；罚40万在发票管理办法（2023）第35条5万-50万内；只罚款未移送",
        [threshold("tax-205-vat-invoice/1", "向江苏、安徽两省的3家企业开具增值税专用发票9份", 110789.37),
         fined_only("并处罚款400,000.00元")], OVER),
    Doc("ko17_customs.txt", "customs",
        "个人伪报品名低报价格进口手表，偷逃关税23,418.60+消费税28,655.10+增值税61,077.42=113,151.12元≥10万元（法释〔2014〕10号"
        "第十六条，刑法第153条）；罚5.5万在海关行政处罚实施条例第9条第一款第（三）项偷逃税款1倍以下内；只罚款未移送",
        [threshold("customs-153-ordinary-goods/1", "经海关计核，上述货物偷逃税款如下", 113151.12),
         fined_only("并处罚款人民币伍万伍仟元整")], OVER),
    Doc("ko18_intellectual_property.txt", "intellectual_property",
        "销售假冒注册商标的商品，已售3.2万元（<5万）+库存按标价货值12.6万元=15.8万元≥15万元（刑法第214条，2025年标准，"
        "未遂合计）；进货4.41万不是口径；罚31.6万为违法经营额2倍在商标法第60条内；只罚款未移送",
        [threshold("ip-214-sell-counterfeit/3", "货值金额合计12.6万元", 158000.0),
         fined_only("二、处罚款人民币叁拾壹万陆仟元整")], OVER),
    Doc("ko19_public_security.txt", "public_security",
        "出售业主个人信息3,900条（<5000条），但四笔收款1,280+960+2,150+1,850=6,240元≥5000元（法释〔2017〕10号第五条第一款"
        "第（七）项，刑法第253条之一）；罚3倍在网络安全法第64条第二款内；只罚款未移送",
        [threshold("pi-253-1-personal-information/4", "经核查其微信、支付宝账户，收款记录为", 6240.0),
         fined_only("计人民币壹万捌仟柒佰贰拾元")], OVER),
    Doc("ko20_tax.txt", "tax",
        "隐匿收入少缴税款98,012.30+28,787.70=126,800元（大写）≥10万元且占14.0%≥10%；虽已补缴，但五年内已因偷税受二次行政处罚，"
        "不适用刑法第201条第四款（法释〔2024〕4号第三条）；罚1.5倍在征管法第63条内；只罚款未移送",
        [threshold("tax-201-evasion/1", "应补缴增值税九万八千零十二元三角", 126800.0),
         fined_only("计190,200.00元")], OVER),
    Doc("ko21_food_safety.txt", "food_safety",
        "以大豆油勾兑冒充纯芝麻油（掺假、以假充真），销售640×56+218×98=57,204元≥5万元（刑法第140条/第149条，立案追诉标准"
        "（一）第十六条）；进货成本38,926不是口径；罚货值59,276元10倍在食品安全法第124条10-20倍内；只罚款未移送",
        [threshold("product-140-fake-inferior/1", "2.5升装共售出640瓶", 57204.0),
         fined_only("计人民币伍拾玖万贰仟柒佰陆拾元")], OVER),
]

PUBLIC_INTEREST = [
    # ── public-interest leads: statutory field + harm going on after the agency acted ──
    Doc("ko22_food_safety.txt", "food_safety",
        "小学门口销售无标签辣条（过氧化值不合格），责令停止销售后两次复查仍向小学生出售（食品药品安全领域，未成年人）；"
        "罚8千在食品安全法第125条5千-5万内",
        [pil("food_drug_safety", "继续向放学的小学生出售同一批无标签辣条")], PIL),
    Doc("ko23_personal_information.txt", "market",
        "健身连锁未经单独同意处理4.2万人人脸信息，责令改正逾期未改正、仍在收集（个人信息保护领域，个人信息保护法第70条）；"
        "拒不改正罚30万在第66条第一款一百万以下内，主管人员5万在1万-10万内，已听证",
        [pil("personal_information", "新入会会员仍被要求录入人脸")], PIL),
    Doc("ko24_food_safety.txt", "market",
        "会议营销向老年人虚假宣传普通食品治疗高血压糖尿病，责令停止后仍继续推销、有老人停服降压药（食品药品安全领域，"
        "不特定多数老年人）；违法所得24,180元<3万元，不达刑法第222条食品虚假广告标准；广告法第55条广告费用无法计算20万-100万内",
        [pil("food_drug_safety", "继续向老年人推销该产品")], PIL),
    Doc("ko25_special_equipment.txt", "work_safety",
        "小区9台电梯超期未检、维保缺失，指令书限期后复查仍未申报检验、仍载客运行并两次困人（安全生产领域，约1,600户居民）；"
        "无重大事故隐患认定、无停止使用命令被违反；罚3万在特种设备安全法第84条3万-30万内",
        [pil("work_safety", "仍在供居民日常乘坐运行")], PIL),
    Doc("ko26_environment.txt", "environment",
        "医院医疗污水未消毒经登记排放口排入河道（粪大肠菌群超标，非重金属，非暗管，非水源保护区），责令改正后两次复查仍在排放、河段发黑发臭（生态环境"
        "和资源保护领域）；罚15万在水污染防治法第83条10万-100万内，已听证",
        [pil("ecology_resources", "医疗污水仍未经消毒排入河道")], PIL),
    Doc("ko27_land.txt", "land",
        "国有建设用地出让价款余款1.652亿元三次催缴仍未缴入国库，未办证即开工建设（国有土地使用权出让领域）；每平方米100元在"
        "土地管理法实施条例第57条100-1000元内，已听证",
        [pil("state_land_transfer", "尚欠出让价款1.652亿元未缴入国库")], PIL),
]

NEGATIVE = [
    # ── negatives (near misses marked) ──
    Doc("ko28_food_safety.txt", "food_safety",
        "馒头超范围使用甜蜜素（食品添加剂，不是非食用物质，不涉刑法第144条），经评估不足以造成严重食物中毒；销售金额48,360元<5万元"
        "（刑法第149条兜底不达）；罚48.78万（大于门槛，不是口径）为第124条10倍，已听证",
        flags=near("under")),
    Doc("ko29_intellectual_property.txt", "intellectual_property",
        "销售假冒商标服装108×350+75×144=48,600元<5万元、违法所得21,800元<3万元，均不达刑法第214条；罚15万（不是口径）在商标法"
        "第60条不足5万时25万以下内，已听证",
        flags=near("under")),
    Doc("ko30_tax.txt", "tax",
        "逃税183,915.18元占31.2%，但首次被税务处理、已在追缴期限内补缴税款和滞纳金并书面接受处罚，依刑法第201条第四款不予追究；"
        "罚50%在征管法第63条内，已告知听证",
        flags=near("tax_paid")),
    Doc("ko31_intellectual_property.txt", "intellectual_property",
        "假冒注册商标非法经营数额逾27万元，已移送公安机关并立案侦查，不是隐匿的移送线索；罚款待刑事程序终结",
        flags=near("transferred", transferred=True)),
    Doc("ko32_personal_information.txt", "market",
        "提供63条车辆实时位置记录，已移送公安机关，公安以证据不足不予立案并退回；罚10倍在消费者权益保护法第56条违法所得1-10倍内",
        flags=near("police_declined", police_declined=True)),
    Doc("ko33_food_safety.txt", "food_safety",
        "举报牛肉含瘦肉精，快检及实验室检测克伦特罗、莱克多巴胺、沙丁胺醇均未检出；未查验检疫证明经责令拒不改正罚5千在"
        "食品安全法第126条5千-5万内",
        flags=near("not_detected")),
    Doc("ko34_labor.txt", "other",
        "拖欠14人工资96,240元，但在限期改正指令书期限内足额支付，不是刑法第276条之一的经责令支付仍不支付；只警告",
        flags=near("remedied")),
    Doc("ko35_public_security.txt", "public_security",
        "转卖从他人处获取的行踪轨迹信息三批19+16+12=47条<50条，违法所得4,600元<5000元，非履职所得（法释〔2017〕10号第五条），"
        "不达刑法第253条之一；"
        "罚2倍在网络安全法第64条第二款内",
        flags=near("under")),
    Doc("ko36_health.txt", "health",
        "非医师行医，此前只受过一次卫生行政处罚（2023年），不达两次处罚后再次行医的标准，未致就诊人伤害；罚4万为医师法第59条"
        "按1万计4倍",
        flags=near("under")),
    Doc("ko37_medical_devices.txt", "drugs",
        "电子血压计示值误差不符合技术要求（有源器械，非医用卫生材料，未致伤害），销售326台×150元=48,900元<5万元；罚货值49,800元"
        "5倍（大于门槛，不是口径）在医疗器械监督管理条例第86条内，已听证",
        flags=near("under")),
    Doc("ko38_product_quality.txt", "product_quality",
        "不合格制动液销售金额31,000元<5万元，无库存（31,000×3<15万）；营业额183,460元为全部商品（不是口径）；罚2倍在产品质量法"
        "第50条内",
        flags=near("wrong_measure")),
    Doc("ko39_special_equipment.txt", "work_safety",
        "叉车超期未检但无重大事故隐患，责令停止使用后当即停用、检验合格并登记，已改正，无拒不执行亦无持续危害；罚3万在特种设备"
        "安全法第84条3万-30万内",
        flags=near("remedied", continuing_harm=False)),
    Doc("ko40_tax.txt", "tax",
        "虚开增值税专用发票4份，税额24,180.53+31,240.71+22,356.64+18,470.09=96,247.97元<10万元（法释〔2024〕4号第十一条）；"
        "价税合计836,616.97元不是第205条口径，票面金额也不属第205条之一的其他发票；受票方已转出补税；罚30万在发票管理办法第35条内",
        flags=near("under")),
    Doc("ko41_public_security.txt", "public_security",
        "治安管理处罚：殴打他人未达轻微伤，已赔偿谅解，拘留五日并罚500元在治安管理处罚法（2012）第43条200-500元内",
        flags={"scenario": "no_lead"}),
    Doc("ko42_customs.txt", "customs",
        "个人携带物品不申报，偷逃税款89,470.36元<10万元，此前无走私处罚（法释〔2014〕10号第十六条）；罚4万在海关行政处罚"
        "实施条例第9条第一款第（三）项1倍以下内",
        flags=near("under")),
]

IRREGULAR = [
    # ── enforcement irregularities ──
    out_of_range("ko43_medical_devices.txt", "drugs",
                 "医疗器械货值6,000元不足1万元（销售4,800元，评估无严重危害，不涉刑法第145条），医疗器械监督管理条例第86条罚2万-5万；"
                 "罚8万超出上限，未写明从重以外依据",
                 "三、罚款人民币捌万元"),
    out_of_range("ko44_special_equipment.txt", "work_safety",
                 "使用未经定期检验的锅炉，特种设备安全法第84条罚3万-30万；罚1.5万低于下限且未写明减轻处罚的法定情节",
                 "对当事人处以罚款人民币壹万伍仟元"),
    no_hearing("ko45_food_safety.txt", "food_safety",
               "市场监管对个人罚款5万元≥1万元（hearing.yaml市场监管个人一万元，行政处罚法第63条），只告知陈述、申辩，未告知听证；"
               "罚款在食品安全法第124条货值不足1万5万-10万内",
               "二、并处罚款人民币伍万元"),
    no_hearing("ko46_tax.txt", "tax",
               "税务机关对单位罚款3万元≥1万元（税务行政处罚听证程序实施办法第三条），只告知陈述、申辩，未告知听证；罚款在征管法"
               "第70条情节严重1万-5万内",
               "对你公司处以罚款30,000.00元"),
    Doc("ko47_food_safety.txt", "food_safety",
        "食品安全法（2021修正）共154条，引用的第一百六十二条不存在（责令改正拒不改正的罚则为第126条，5千元在5千-5万内）",
        [irregular("nonexistent_article", "《中华人民共和国食品安全法》第一百六十二条第二款")],
        {"scenario": "irregularity", "irregularities": ["nonexistent_article"]}),
    Doc("ko48_cosmetics.txt", "market",
        "2024年2月26日立案、2024年10月28日决定，历时245日，超过行政处罚法第60条九十日，文书未记载延期批准或中止；罚货值5倍在"
        "化妆品监督管理条例第61条3-10倍内，已听证",
        [irregular("time_limit", "本局于2024年2月26日对当事人涉嫌经营未备案的普通化妆品一案立案调查")],
        {"scenario": "irregularity", "irregularities": ["time_limit"]}),
]

GROUPS = [
    # ── 化整为零: one company's three shops selling the same substandard sockets, three decisions on one day ──
    *[Doc(name, "product_quality",
          "同一公司（同一信用代码）三门店销售同款不合格转换器，同日拆成三案；累计销售金额18,648+17,320+16,460=52,428元≥5万元"
          "（立案追诉标准（一）第十六条，刑法第140条）；每案罚50%在产品质量法第50条内",
          [split("product-140-fake-inferior/1", quote, 52428.0, SPLIT)],
          {"scenario": "split", "split_group": SPLIT})
      for name, quote in (("ko49_product_quality.txt", "两项合计销售金额18,648元"),
                          ("ko50_product_quality.txt", "两项合计销售金额17,320元"),
                          ("ko51_product_quality.txt", "两项合计销售金额16,460元"))],
    # ── repeat offender: the same credit code punished again ten months later ──
    Doc("ko52_food_safety.txt", "food_safety",
        "餐饮单位存放超过保质期的食品原料，首次处罚，罚5万在食品安全法第124条货值不足1万5万-10万内",
        flags={"scenario": "repeat_first", "repeat_group": REPEAT}),
    Doc("ko53_food_safety.txt", "food_safety",
        "同一统一社会信用代码的单位在2024年4月8日处罚后约十个月再犯同类违法，二年内再犯；罚8万在第124条内，已听证",
        [repeat("天津味之源餐饮管理有限公司", REPEAT)],
        {"scenario": "repeat", "repeat_group": REPEAT}),
]

DOCS = sorted(CRIMINAL + PUBLIC_INTEREST + NEGATIVE + IRREGULAR + GROUPS, key=lambda doc: doc.file)


labeled = lead_gold.labeler(HERE, CREATED, VERSION)

if __name__ == "__main__":
    lead_gold.main(HERE, DOCS, CREATED, VERSION)
