"""Lead labels for the seventieth hand-written set in this folder (run to rewrite ``gold.jsonl``).

A new UNSEEN held-out test of the lead screening, written on 2026-11-23 without reading any decision
of the earlier hand-written sets nor the screening code. Every decision ``kwNN_<domain>.txt`` was
written by hand in the manner of published 行政处罚决定书 of city and district agencies in 江苏, 浙江,
安徽, 湖北 and 河南 (市场监管, 公安, 海关, 税务, 应急, 卫生健康, 文旅, 人社, 生态环境, 自然资源,
消防; all names, numbers, codes and addresses invented; credit codes carry valid GB 32100-2015
check digits, identity numbers are masked). Figures are written as clerks write them: models ×
prices, stock at 标价, batches to add, tax kinds to add, customs taxes to compute from 完税价格 and
rates, 大写 and 万元, the kind of information or the relic grade in another paragraph, a
wrong-measure figure (原料支出, 价税合计, 进货价, 罚款) beside the right one. Labels come from the
law only: criminal thresholds from corpora/knowledge/thresholds.yaml, hearing figures from
corpora/knowledge/hearing.yaml, fine ranges and article existence from the statute text in force on
the decision date. Each row's ``meta.reason`` gives the one-line legal reason.

Run from the repository root: ``.venv/bin/python corpora/labeled/handwritten_seventieth/make_gold.py``.
"""

from __future__ import annotations

from pathlib import Path

from corpora.labeled import lead_gold
from corpora.labeled.lead_gold import (
    PIL,
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
CREATED = "2026-11-23T02:00:00+00:00"
VERSION = "handwritten-seventieth/1"

SPLIT, REPEAT = "split-kw-fuyang-shoes", "repeat-kw-xiaogan-dust"
OVER = {"scenario": "over"}
QUAL = {"scenario": "qualitative"}

CRIMINAL = [
    Doc("kw01_product_quality.txt", "product_quality",
        "以不合格电线冒充合格，已售三型号 126×132+148×198+41×305=58,441元≥5万元（刑法第140条，立案追诉标准（一）"
        "第十六条）；原料支出6.8万不是计量口径；罚80%在产品质量法第50条50%-3倍内；只罚款未移送",
        [threshold("product-140-fake-inferior/1", "已售出情况如下", 58441.0),
         fined_only("计人民币伍万叁仟玖佰捌拾捌元")], OVER),
    Doc("kw02_product_quality.txt", "product_quality",
        "以不合格灯具冒充合格，未售库存按标价 420×168+365×198+136×328=187,438元≥15万元（刑法第140条未遂）；"
        "已售8,432元；罚50%在产品质量法第50条内；只罚款未移送",
        [threshold("product-140-fake-inferior/2", "当事人门店明码标价情况如下", 187438.0),
         fined_only("并处货值金额百分之五十的罚款计人民币玖万柒仟玖佰叁拾伍元")], OVER),
    Doc("kw03_intellectual_property.txt", "intellectual_property",
        "在同一种商品上使用相同商标，非法经营数额 1,280×24.5+870×33=60,070元≥5万元（刑法第213条，2004年解释）；"
        "违法所得3,840元不是唯一口径；罚17万在商标法第60条五倍以下内；只罚款未移送",
        [threshold("ip-213-counterfeit-trademark/1", "按每瓶24.5元售出", 60070.0),
         fined_only("罚款人民币壹拾柒万元")], OVER),
    Doc("kw04_intellectual_property.txt", "intellectual_property",
        "销售假冒注册商标的运动鞋，销售金额5.38万元≥5万元（刑法第214条）；违法所得1.92万元<3万不是唯一口径；"
        "罚2倍在商标法第60条内；只罚款未移送",
        [threshold("ip-214-sell-counterfeit/2", "共销售5.38万元", 53800.0),
         fined_only("处罚款人民币壹拾万柒仟陆佰元")], OVER),
    Doc("kw05_medical_devices.txt", "drugs",
        "销售不符合标准的医用口罩，三批销售收入21,600+17,280+14,940=53,820元≥5万元（刑法第145条兜底第140条）；"
        "罚5倍在医疗器械监督管理条例第86条5-20倍内；只罚款未移送",
        [threshold("product-145-medical-devices/2", "第一批销售收入人民币21,600元", 53820.0),
         fined_only("并处违法经营的医疗器械货值金额五倍罚款计人民币贰拾陆万玖仟壹佰元")], OVER),
    Doc("kw06_cosmetics.txt", "drugs",
        "销售含禁用原料的化妆品，销售金额57,624元（大写）≥5万元（刑法第148条兜底第140条）；进货价不是口径；"
        "罚80万为货值72,072元的11倍在化妆品监督管理条例第60条5-20倍内；只罚款未移送",
        [threshold("product-148-cosmetics/2", "销售所得为人民币伍万柒仟陆佰贰拾肆元", 57624.0),
         fined_only("并处罚款人民币捌拾万元")], OVER),
    Doc("kw07_public_security.txt", "public_security",
        "出售车辆行踪轨迹信息22+19+16=57条≥50条（法释〔2017〕10号第五条第一款第（三）项，刑法第253条之一；"
        "信息性质在下一段）；违法所得1,710元不是唯一口径；罚4万在个人信息保护法第66条内；只罚款未移送",
        [threshold("pi-253-1-personal-information/1", "1月17日发送22条", 57.0),
         fined_only("对孔令杰处罚款人民币肆万元")], OVER),
    Doc("kw08_public_security.txt", "public_security",
        "出售住宿信息（入住记录，性质在下一段）210+180+150=540条≥500条（法释〔2017〕10号第五条第一款第（四）项）；"
        "罚款在个人信息保护法第66条内，已告知听证；只罚款未移送",
        [threshold("pi-253-1-personal-information/2", "第一批210条", 540.0),
         fined_only("对吴倩处罚款人民币壹万元")], OVER),
    Doc("kw09_customs.txt", "customs",
        "个人走私手表，偷逃税款 关税486,000×10%=48,600 + 增值税534,600×13%=69,498 = 118,098元≥10万元（刑法第153条）；"
        "罚0.8倍在海关行政处罚实施条例第9条第一款第（三）项3倍以下内；只罚款未移送",
        [threshold("customs-153-ordinary-goods/1", "完税价格合计为人民币486,000元", 118098.0),
         fined_only("并处罚款人民币玖万肆仟伍佰元")], OVER),
    Doc("kw10_customs.txt", "customs",
        "单位走私，两项货物关税、消费税、增值税 15,500+57,441.18+49,782.35+23,790+54,637.70=201,151.23元≥20万元"
        "（单位，刑法第153条）；罚25万在实施条例第9条3倍以下内；只罚款未移送",
        [threshold("customs-153-ordinary-goods/2", "应纳关税15,500元", 201151.23),
         fined_only("并处罚款人民币贰拾伍万元")], OVER),
    Doc("kw11_tax.txt", "tax",
        "偷税两年两税种 68,412.33+21,930.50+54,207.16+17,846.01=162,396元≥10万元且占应纳税额69.6万的23.3%≥10%，"
        "追缴后未补缴，不适用刑法第201条第四款；罚60%在征管法第63条50%-5倍内；只罚款未移送",
        [threshold("tax-201-evasion/1", "2022年度少申报增值税68,412.33元", 162396.0),
         fined_only("计人民币玖万柒仟肆佰叁拾柒元陆角")], OVER),
    Doc("kw12_tax.txt", "tax",
        "无真实交易虚开增值税专用发票，税额40,675.04+31,867.26+27,610.62=100,152.92元≥10万元（刑法第205条）；"
        "价税合计、金额列不是口径；罚30万在发票管理办法第35条5万-50万内；只罚款未移送",
        [threshold("tax-205-vat-invoice/1", "在没有真实货物交易的情况下", 100152.92),
         fined_only("处罚款人民币叁拾万元")], OVER),
    Doc("kw13_health.txt", "health",
        "非法行医被卫生行政处罚两次以后再次非法行医（法释〔2016〕27号第二条第（五）项，刑法第336条）；罚3万在医师法"
        "第59条违法所得不足1万按1万计2-10倍内；只罚款未移送",
        [threshold("health-336-illegal-medical-practice/1", "此前已分别于2023年5月受到本委谯卫医罚〔2023〕031号行政处罚",
                   2.0),
         fined_only("并处罚款人民币叁万元")], OVER),
    Doc("kw14_culture_relics.txt", "culture_tourism",
        "以牟利为目的出售出土文物，等级三级（在另一段）1件，倒卖国家禁止买卖的三级文物（法释〔2015〕23号第六条，"
        "刑法第326条）；交易额3.8万<5万不是唯一口径；罚10万在文物保护法（2024）第89条违法经营额2-10倍内；只罚款未移送",
        [threshold("relics-326-328-trafficking-tomb-robbing/1", "三级文物", 1.0),
         fined_only("没收违法所得38,000元并处罚款人民币壹拾万元")], OVER),
    Doc("kw15_work_safety.txt", "work_safety",
        "重大事故隐患被责令停止喷涂作业后仍组织6人喷漆（另一种说法，无“拒不执行”字样），刑法第134条之一第（二）项"
        "危险作业罪；罚单位15万在安全生产法第102条拒不执行10万-50万内；只罚款未移送",
        [trigger("safety-134-1a-dangerous-operation/2", "车间内有6名工人手持喷枪进行喷漆"),
         fined_only("决定对当事人处罚款人民币壹拾伍万元")], QUAL),
    Doc("kw16_work_safety.txt", "work_safety",
        "拔掉可燃气体探测器电源、包裹探头、屏蔽报警主机，甲醇泄放且距食堂40米，具有现实危险（刑法第134条之一"
        "第（一）项）；罚4万在安全生产法第99条五万元以下内；只罚款未移送",
        [trigger("safety-134-1a-dangerous-operation/1", "3台的电源线已从接线端子拔下"),
         fined_only("对当事人处罚款人民币肆万元")], QUAL),
    Doc("kw17_food_safety.txt", "food_safety",
        "固体饮料检出西地那非（非食用物质名单），销售有毒有害食品为刑法第144条行为犯；罚10万在食品安全法第123条"
        "货值8,960元不足1万10万-15万内；只罚款未移送",
        [trigger("food-144-toxic/1", "检出西地那非"), fined_only("并处罚款人民币壹拾万元")], QUAL),
    Doc("kw18_labor.txt", "other",
        "拒不支付13名劳动者工资 8×7,200×3+5×4,500×2=217,800元≥3万元，经限期改正指令书责令后仍不支付、负责人"
        "逃匿（法释〔2013〕3号，刑法第276条之一）；只作加付赔偿金处理未移送",
        [threshold("labor-276-1-wage-refusal/2", "大工8人，每人月工资7,200元，欠3个月", 217800.0),
         fined_only("按应付金额百分之五十的标准向劳动者加付赔偿金")], OVER),
    Doc("kw19_public_security.txt", "public_security",
        "出售一般个人信息1,260条<5000条，但违法所得1,800+2,400+2,650=6,850元≥5000元（法释〔2017〕10号第五条第一款"
        "第（五）项）；罚1万在个人信息保护法第66条内；只罚款未移送",
        [threshold("pi-253-1-personal-information/4", "分别收取1,800元、2,400元、2,650元", 6850.0),
         fined_only("决定对闵凯处罚款人民币壹万元")], OVER),
    Doc("kw20_public_security.txt", "public_security",
        "在市级文保单位东周墓群内挖竖井直通椁室、取出陶鼎残片（无“盗”字），盗掘古墓葬为刑法第328条行为犯；只依"
        "治安管理处罚法第63条拘留并罚200元未移送",
        [trigger("relics-326-328-trafficking-tomb-robbing/3", "用锄头、铁锹挖出一个深约3.2米的竖井，直通一座墓葬的椁室"),
         fined_only("各处行政拘留十日，并处罚款二百元")], QUAL),
]

PUBLIC_INTEREST = [
    Doc("kw21_environment.txt", "environment",
        "生产废水经雨水口入河，超标0.44倍（<3倍不涉刑），责令改正后两次复查仍外排、下游死鱼（生态环境和资源保护领域）；"
        "罚30万在水污染防治法第83条10万-100万内，已听证",
        [pil("ecology_resources", "雨水排放口仍有淡黄色废水持续流出")], PIL),
    Doc("kw22_food_safety.txt", "food_safety",
        "学校对面销售不合格辣条，责令下架召回后两次复查仍向学生出售（食品药品安全领域）；罚5万在食品安全法第124条"
        "货值不足1万5万-10万内",
        [pil("food_drug_safety", "当事人仍从柜台下取出同批次辣片向学生出售")], PIL),
    Doc("kw23_culture_relics.txt", "culture_tourism",
        "省级文保单位建设控制地带内超高建设破坏历史风貌，责令停工拆除后复查仍未拆除、继续施工（文物和文化遗产保护"
        "领域）；罚30万在文物保护法（2017）第66条5万-50万内",
        [pil("cultural_relics", "当事人未拆除，并已完成主体封顶")], PIL),
    Doc("kw24_public_security.txt", "public_security",
        "物业公司未经同意公示326户业主姓名、手机号、欠费（一般信息<5000条，无牟利，不达刑法第253条之一），限期撤下后"
        "复查仍张贴并新增（个人信息保护领域）；罚5万在个人信息保护法第66条第一款一百万以下内，已告知听证",
        [pil("personal_information", "各单元门口公示栏仍张贴上述名单")], PIL),
    Doc("kw25_culture_tourism.txt", "culture_tourism",
        "网吧接纳未成年人上网，责令清退后两次夜间复查仍有未成年人上网（未成年人保护领域）；罚1.2万在互联网上网服务"
        "营业场所管理条例第31条一万五千元以下内",
        [pil("minors", "网吧内仍分别有3名、5名身着附近初级中学校服的未成年人上网")], PIL),
    Doc("kw26_land.txt", "land",
        "国有建设用地出让价款2.68亿元经三次催缴仍未缴入国库、已开工（国有土地使用权出让领域）；每平方米100元在"
        "土地管理法实施条例第57条100-1000元内，已听证",
        [pil("state_land_transfer", "剩余出让价款人民币2.68亿元经三次书面催缴仍未缴纳")], PIL),
]

IRREGULAR = [
    out_of_range("kw27_cosmetics.txt", "drugs",
                 "经营未备案普通化妆品，货值3,200元不足1万元，化妆品监督管理条例第61条第一款罚1万-3万；罚5万超出上限",
                 "并处罚款人民币伍万元"),
    out_of_range("kw28_health.txt", "health",
                 "非医师行医违法所得3,400元不足1万按1万计，医师法第59条罚2-10倍即2万-10万；罚1.5万低于下限且未写减轻情节；"
                 "此前无处罚不涉刑法第336条",
                 "并处罚款人民币壹万伍仟元"),
    no_hearing("kw29_market.txt", "market",
               "市场监管对个体工商户（个人）罚款5万元≥1万元（hearing.yaml，行政处罚法第63条），只告知陈述、申辩，未告知听证；"
               "罚款在食品安全法第124条货值不足1万5万-10万内",
               "并处罚款人民币伍万元"),
    no_hearing("kw30_public_security.txt", "public_security",
               "公安机关对个人罚款3,000元≥2,000元（公安机关办理行政案件程序规定第123条），只告知陈述、申辩，未告知听证；"
               "罚5倍在网络安全法第64条第二款违法所得1-10倍内；80条一般信息、600元不达刑法第253条之一",
               "并处罚款人民币叁仟元"),
    Doc("kw31_fire.txt", "other",
        "消防法（2021修正）共74条，引用的第七十八条不存在（堵塞安全出口的罚则为第60条第一款第（三）项，单位5千-5万，"
        "1万在内）",
        [irregular("nonexistent_article", "《中华人民共和国消防法》第七十八条")],
        {"scenario": "irregularity", "irregularities": ["nonexistent_article"]}),
    Doc("kw32_culture_tourism.txt", "culture_tourism",
        "2024年11月4日立案、2025年6月9日决定，历时217日，超过行政处罚法第60条九十日，文书未记载延期批准或中止；"
        "罚2万在旅游法第96条5千-5万内",
        [irregular("time_limit", "本局于2024年11月4日对当事人安排未取得导游证的人员提供导游服务一案立案调查")],
        {"scenario": "irregularity", "irregularities": ["time_limit"]}),
]

NEGATIVE = [
    Doc("kw33_product_quality.txt", "product_quality",
        "已售 2,300×6.5+1,900×8.8+720×14=41,750元<5万元，库存1,500×14=21,000元；41,750×3+21,000=146,250<15万"
        "（刑法第140条各口径均未达）；原料支出17万不是口径；罚70%在产品质量法第50条内",
        flags=near("under")),
    Doc("kw34_tax.txt", "tax",
        "逃税24.3万元占18.6%，但首次被税务处理、已补缴税款滞纳金并接受处罚，依刑法第201条第四款不予追究；罚50%"
        "在征管法第63条内，已告知听证",
        flags=near("tax_paid")),
    Doc("kw35_public_security.txt", "public_security",
        "出售行踪轨迹信息312条≥50条，但已移送刑侦立案侦查并不予行政处罚，不是隐匿的移送线索",
        flags=near("transferred", transferred=True)),
    Doc("kw36_intellectual_property.txt", "intellectual_property",
        "销售金额71,500元≥5万元，但已移送公安，公安以明知证据不足不予立案并退回；罚2倍在商标法第60条内，已听证",
        flags=near("police_declined", police_declined=True)),
    Doc("kw37_cosmetics.txt", "drugs",
        "举报含激素但41项糖皮质激素均未检出，无刑法第148条情节；标签缺项罚1万在化妆品监督管理条例第61条货值不足1万"
        "1万-3万内",
        flags=near("not_detected")),
    Doc("kw38_labor.txt", "other",
        "拖欠17人工资18.6万元，但在责令期限内全额支付，不是经责令支付仍不支付（刑法第276条之一）；拒报材料罚3千"
        "在劳动保障监察条例第30条2千-2万内",
        flags=near("remedied")),
    Doc("kw39_environment.txt", "environment",
        "废液外排超标1.2倍（<3倍），当日封堵，底泥清挖，两次复查达标、评估已恢复，无持续损害；罚15万在水污染防治法"
        "第83条10万-100万内，已告知听证",
        flags=near("pil_remedied", continuing_harm=False)),
    Doc("kw45_customs.txt", "customs",
        "个人走私箱包，偷逃税款 395,000×10%=39,500 + 434,500×13%=56,485 = 95,985元<10万元（刑法第153条）；"
        "罚4.8万在实施条例第9条3倍以下内",
        flags=near("under")),
    Doc("kw46_intellectual_property.txt", "intellectual_property",
        "销售金额4.62万<5万、违法所得1.38万<3万、销售+库存68×310=67,280元<15万，均不达刑法第214条；进货价5.8万与"
        "罚款13.86万大于门槛但不是计量口径；罚3倍在商标法第60条内",
        flags=near("under")),
    Doc("kw47_public_security.txt", "public_security",
        "出售行踪轨迹信息18+15+13=46条<50条，违法所得2,760元<5000元（法释〔2017〕10号第五条）；罚3万在个人信息"
        "保护法第66条内，已告知听证",
        flags=near("under")),
    Doc("kw48_health.txt", "health",
        "非法行医仅受过一次卫生行政处罚，未达“两次以后再次”（法释〔2016〕27号第二条第（五）项）；无就诊人损害；"
        "罚3万在医师法第59条2万-10万内",
        flags=near("under")),
    Doc("kw49_work_safety.txt", "work_safety",
        "重大事故隐患被责令停用仓库后即停用并按期整改，未拒不执行（刑法第134条之一第（二）项不满足）；罚3万在"
        "安全生产法第102条五万元以下内",
        flags=near("remedied")),
    Doc("kw50_market.txt", "market",
        "未公示营业执照拒不改正，罚2千在市场主体登记管理条例第48条第一款三万元以下内；无刑事、公益或程序问题",
        flags={"scenario": "ordinary"}),
    Doc("kw51_culture_relics.txt", "culture_tourism",
        "无证出售一般传世文物（非出土、非禁止买卖），交易额2.6万<5万，不达刑法第326条；违法经营额不足3万罚5万在"
        "文物保护法（2024）第89条5万-25万内，已告知听证",
        flags=near("under")),
]

GROUPS = [
    # ── 化整为零: one 个体工商户's three stores, three decisions the same day ──
    *[Doc(name, "intellectual_property",
          "同一经营者（同一信用代码）三门店销售假冒注册商标运动鞋，同日拆成三案；累计销售金额18,400+16,900+17,300="
          "52,600元≥5万元（刑法第214条）；每案罚2倍在商标法第60条内",
          [split("ip-214-sell-counterfeit/2", quote, 52600.0, SPLIT)],
          {"scenario": "split", "split_group": SPLIT})
      for name, quote in (("kw40_intellectual_property.txt", "销售金额为18,400元"),
                          ("kw41_intellectual_property.txt", "销售金额为16,900元"),
                          ("kw42_intellectual_property.txt", "销售金额为17,300元"))],
    # ── repeat offender: the same credit code punished again about nine months later ──
    Doc("kw43_work_safety.txt", "work_safety",
        "粉尘涉爆隐患首次处罚，罚3万在安全生产法第102条五万元以下内",
        flags={"scenario": "repeat_first", "repeat_group": REPEAT}),
    Doc("kw44_work_safety.txt", "work_safety",
        "同一统一社会信用代码的单位2024年6月14日处罚后约九个月再犯同类粉尘隐患，二年内再犯；罚4.5万在第102条内",
        [repeat("孝感市楚润木业有限公司", REPEAT)],
        {"scenario": "repeat", "repeat_group": REPEAT}),
]

DOCS = sorted(CRIMINAL + PUBLIC_INTEREST + IRREGULAR + NEGATIVE + GROUPS, key=lambda doc: doc.file)


labeled = lead_gold.labeler(HERE, CREATED, VERSION)

if __name__ == "__main__":
    lead_gold.main(HERE, DOCS, CREATED, VERSION)
