"""Lead labels for the twenty-seventh hand-written set in this folder (run to rewrite ``gold.jsonl``).

A new UNSEEN held-out test of the lead screening, written on 2026-11-22 without reading any decision
of the earlier hand-written sets nor the screening code. Every decision ``jfNN_<domain>.txt`` was
written by hand in the manner of published 行政处罚决定书 of city and county agencies in 湖南, 湖北,
江西, 河南 and 安徽 (all names, numbers, codes and addresses invented; credit codes carry valid
GB 32100-2015 check digits, identity numbers valid GB 11643 check digits). The set puts weight on
人社 (拒不支付劳动报酬 after an order, paid and unpaid), 公安 (personal information by record kind,
毒鼠强, 赌博, 盗掘), 税务 (逃税 with the share to compute, 虚开 专票/普票, 刑法第201条第四款), 卫健
(非法行医 after prior penalties, 假药 used in practice), 文旅 (文物), 教育 (校外培训) and 住建/城管
(违建, 燃气), with figures written the hard ways: totals to add from parts, quantities times unit
prices, small plain-text tables, the subject in another sentence than the figure, 大写 and 万元,
wrong-measure figures (违法所得, 完税价格, 价税合计, the fine) beside the right one. Labels come from
the law only: criminal thresholds from corpora/knowledge/thresholds.yaml, hearing figures from
corpora/knowledge/hearing.yaml, fine ranges and article existence from the statute text in force on
the decision date. Each row's ``meta.reason`` gives the one-line legal reason.

Run from the repository root: ``.venv/bin/python corpora/labeled/handwritten_twentyseventh/make_gold.py``.
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
CREATED = "2026-11-22T16:20:00+00:00"
VERSION = "handwritten-twentyseventh/1"

SPLIT, REPEAT = "split-jf-zhuzhou-invoices", "repeat-jf-kaifeng-lpg"
OVER = {"scenario": "over"}
QUAL = {"scenario": "qualitative"}
UNDER = {"scenario": "under", "near_miss": True}

CRIMINAL = [
    # ── criminal-transfer leads (each also 以罚代刑: only an administrative penalty, no transfer recorded) ──
    Doc("jf01_other.txt", "other",
        "拖欠14名劳动者工资，表中5×4,860+4×5,120+5×2,940=59,480元≥3万元，经限期改正指令书和处理决定两次责令仍不支付、"
        "负责人关机（法释〔2013〕3号第三、四条，刑法第276条之一，labor-276-1-wage-refusal/2）；罚2万在劳动保障监察条例"
        "第30条2千-2万内；只罚款未移送",
        [threshold("labor-276-1-wage-refusal/2", "拖欠14名劳动者劳动报酬", 59480.0),
         fined_only("处以罚款人民币贰万元")], OVER),
    Doc("jf02_other.txt", "other",
        "拒不支付一名劳动者五个月工资4,600×5=23,000元（≥三个月且超过各省5千-2万元的最高数额），张贴送达责令支付后仍不"
        "支付、当事人逃匿（法释〔2013〕3号第三条第（一）项，刑法第276条之一，labor-276-1-wage-refusal/1）；罚5千在第30条内；"
        "只罚款未移送",
        [threshold("labor-276-1-wage-refusal/1", "当事人已连续五个月未支付", 23000.0),
         fined_only("罚款人民币伍仟元整")], OVER),
    Doc("jf03_public_security.txt", "public_security",
        "向他人提供车辆实时定位（行踪轨迹信息，性质在下一段）23+19+14=56条≥50条（法释〔2017〕10号第五条第一款第（三）项，"
        "刑法第253条之一，pi-253-1-personal-information/1）；违法所得2,800元<5千不是唯一口径；罚5倍在网络安全法第64条第二款"
        "1-10倍内；只罚款未移送",
        [threshold("pi-253-1-personal-information/1", "第一次23条，第二次19条，第三次14条", 56.0),
         fined_only("并处罚款人民币壹万肆仟元")], OVER),
    Doc("jf04_public_security.txt", "public_security",
        "酒店前台出售旅客入住登记信息（住宿信息，性质在下一段）186+203+241=630条≥500条（法释〔2017〕10号第五条第一款第（四）项，"
        "pi-253-1-personal-information/2）；违法所得1,890元<5千；罚3倍在网络安全法第64条第二款内；只罚款未移送",
        [threshold("pi-253-1-personal-information/2", "11月发送186条，12月发送203条，2025年1月发送241条", 630.0),
         fined_only("计人民币5,670元")], OVER),
    Doc("jf05_public_security.txt", "public_security",
        "销售毒鼠强制剂（物质在鉴定段落），查获15瓶×5克=75克≥50克（法释〔2003〕14号第一条，刑法第125条第二款，"
        "safety-125-2-dangerous-substances/1）；仅依治安管理处罚法第30条拘留十二日，未移送",
        [threshold("safety-125-2-dangerous-substances/1", "每瓶净含量经称量均为5克", 75.0),
         fined_only("对章守成行政拘留十二日")], OVER),
    Doc("jf06_tax.txt", "tax",
        "虚假申报少缴税款（179,250+67,180+12,547.50）=258,977.50元≥10万元，占应纳税额1,226,068元的21.1%≥10%（法释〔2024〕4号"
        "第一条，刑法第201条，tax-201-evasion/1）；追缴期满未补缴，第201条第四款不适用；罚60%在征管法第63条50%-5倍内；"
        "只罚款未移送",
        [threshold("tax-201-evasion/1", "812,400.00      633,150.00", 258977.5),
         fined_only("计155,386.50元")], OVER),
    Doc("jf07_tax.txt", "tax",
        "无真实交易虚开增值税专用发票，税额48,360+36,270+29,880=114,510元≥10万元（法释〔2024〕4号第十一条，刑法第205条，"
        "tax-205-vat-invoice/1）；违法所得25,879.26元和价税合计不是计量口径；罚30万在发票管理办法第35条5万-50万内；只罚款未移送",
        [threshold("tax-205-vat-invoice/1", "为下列三家单位开具增值税专用发票", 114510.0),
         fined_only("并处罚款人民币叁拾万元")], OVER),
    Doc("jf08_tax.txt", "tax",
        "虚开增值税普通发票143份，票面金额62.48万元≥50万元（法释〔2024〕4号第十二条，刑法第205条之一，"
        "tax-205-1-ordinary-invoice/1；2024年3月20日前部分按2022年追诉标准同为50万元）；罚20万在第35条内；只罚款未移送",
        [threshold("tax-205-1-ordinary-invoice/1", "金额合计62.48万元", 624800.0),
         fined_only("并处罚款贰拾万元整")], OVER),
    Doc("jf09_health.txt", "health",
        "未取得医师资格非法行医，此前2023年、2024年两次被卫生行政部门处罚后再次行医（法释〔2016〕27号修正后的非法行医解释"
        "第二条第（五）项，刑法第336条，health-336-illegal-medical-practice/1，observed 2）；罚5万为按1万计的5倍，在医师法第59条"
        "2-10倍内；只罚款未移送",
        [threshold("health-336-illegal-medical-practice/1",
                   "被本委以宛卫医罚〔2024〕第009号行政处罚决定书处以没收药品器械、罚款", 2.0),
         fined_only("罚款人民币伍万元整")], OVER),
    Doc("jf10_health.txt", "health",
        "非医师行医并为约六十人次注射经认定的假药（无标示成分），使用假药足以严重危害人体健康（非法行医解释第二条第（三）项，"
        "刑法第336条，health-336-illegal-medical-practice/4）；罚3万在医师法第59条内；只罚款未移送",
        [trigger("health-336-illegal-medical-practice/4", "经阜阳市市场监督管理局认定为假药"),
         fined_only("并处三倍罚款计人民币叁万元")], QUAL),
    Doc("jf11_culture_tourism.txt", "culture_tourism",
        "擅自推倒拆除省级文物保护单位本体东厢房并焚烧木构件，损毁不可逆（法释〔2015〕23号第三条，刑法第324条第一款，"
        "relics-324-damage/1，省级身份在上一段）；罚8万在文物保护法（2024）第83条个人5万-50万内；只罚款未移送",
        [trigger("relics-324-damage/1", "整体推倒拆除"), fined_only("罚款人民币捌万元")], QUAL),
    Doc("jf12_culture_tourism.txt", "culture_tourism",
        "出售出土文物（国家禁止买卖，其一为三级文物，级别在鉴定段落），成交价款28,000+19,500+12,000=59,500元≥5万元"
        "（法释〔2015〕23号第六条，刑法第326条，relics-326-328-trafficking-tomb-robbing/2；三级文物一件亦达第一项）；罚2倍在"
        "文物保护法第88条2-10倍内，已听证；只罚款未移送",
        [threshold("relics-326-328-trafficking-tomb-robbing/2", "成交价款分别为", 59500.0),
         fined_only("计人民币壹拾壹万玖仟元整")], OVER),
    Doc("jf13_public_security.txt", "public_security",
        "挖盗洞至东汉砖室墓券顶并打破砖券，盗掘古墓葬行为犯（法释〔2015〕23号第八条，刑法第328条，"
        "relics-326-328-trafficking-tomb-robbing/3）；公安仅按治安管理处罚法第63条拘留并罚款，未移送刑事立案",
        [trigger("relics-326-328-trafficking-tomb-robbing/3", "古墓葬封土东侧挖掘盗洞"),
         fined_only("行政拘留十日，并处罚款伍佰元")], QUAL),
    Doc("jf14_construction.txt", "construction",
        "半地下室违规存放液化石油气瓶、现场漏气，认定重大事故隐患并责令停止使用后两次复查拒不执行（刑法第134条之一第（二）项，"
        "法释〔2022〕19号，safety-134-1a-dangerous-operation/2）；4月18日已清运，隐患已消除，不作公益诉讼线索；罚8万在城镇燃气管理"
        "条例第45条第二款3万-20万内；只罚款未移送",
        [trigger("safety-134-1a-dangerous-operation/2", "两次复查，当事人均未执行"),
         fined_only("处以罚款人民币捌万元")], QUAL),
    Doc("jf15_customs.txt", "customs",
        "个人多次携带香水、手表不申报，偷逃税款8,640+31,206+24,010+27,170+41,800=132,826元≥10万元（法释〔2014〕10号第十六条，"
        "刑法第153条，customs-153-ordinary-goods/1）；完税价格、销售收入不是计量口径；罚15万在海关行政处罚实施条例第9条第一款"
        "第（三）项三倍以下内；只罚款未移送",
        [threshold("customs-153-ordinary-goods/1", "偷逃税款情况如下", 132826.0),
         fined_only("并处罚款人民币拾伍万元整")], OVER),
    Doc("jf16_public_security.txt", "public_security",
        "出售中小学生及家长姓名、学校、电话（其他个人信息）2,160+1,975+1,240=5,375条≥5000条（法释〔2017〕10号第五条第一款"
        "第（五）项，pi-253-1-personal-information/3）；违法所得4,300元<5千；罚4倍在网络安全法第64条第二款内；只罚款未移送",
        [threshold("pi-253-1-personal-information/3", "第一批2,160条，第二批1,975条，第三批1,240条", 5375.0),
         fined_only("并处罚款人民币17,200元")], OVER),
    Doc("jf17_fishery.txt", "fishery",
        "鄱阳湖常年禁捕水域（禁渔区、禁渔期）捕捞，渔获价值42×86+96×38+130×16+55×28=10,880元≥1万元（法释〔2022〕12号第三条，"
        "刑法第340条，fishery-340-inland/2）；重量323公斤<500公斤不是唯一口径；二人罚款在渔业法第38条五万元以下内；只罚款未移送",
        [threshold("fishery-340-inland/2", "扣押的渔获物经分类过秤", 10880.0),
         fined_only("对熊冬林罚款人民币捌仟元")], OVER),
    Doc("jf18_tobacco.txt", "tobacco",
        "无批发许可证批发卷烟640+410+240=1,290条=258,000支≥20万支（法释〔2010〕7号第三条，刑法第225条，"
        "tobacco-225-illegal-business/3）；价值4.742万元<5万元不是唯一口径；罚50%在烟草专卖法实施条例第54条50%-1倍内；"
        "只罚款未移送",
        [threshold("tobacco-225-illegal-business/3", "查获待批发的卷烟三个品种", 258000.0),
         fined_only("计人民币贰万叁仟柒佰壹拾元整")], OVER),
    Doc("jf19_tax.txt", "tax",
        "扣缴义务人零申报不缴已扣个人所得税38,460.20+41,115.80+36,902.00=116,478元≥10万元（不要求比例；法释〔2024〕4号"
        "第一条，刑法第201条第二款，tax-201-evasion/3）；处理决定后仅缴5千；罚1倍在征管法第63条第二款内；只罚款未移送",
        [threshold("tax-201-evasion/3", "已扣未缴的个人所得税为", 116478.0),
         fined_only("计人民币壹拾壹万陆仟肆佰柒拾捌元整")], OVER),
    Doc("jf20_land.txt", "land",
        "非法占用永久基本农田4,120平方米=6.18亩≥5亩并硬化、挖除耕作层（地类在下一段；法释〔2000〕14号第三条，刑法第342条，"
        "land-342-cultivated/1）；总面积5,360平方米含其他农用地；每平方米200元在土地管理法实施条例第57条100-1000元内，"
        "已告知听证；只罚款未移送",
        [threshold("land-342-cultivated/1", "堆场及加工棚占地4,120平方米", 6.18),
         fined_only("计人民币壹佰零柒万贰仟元整")], OVER),
]

PUBLIC_INTEREST = [
    # ── public-interest leads: statutory field + harm going on after the agency acted ──
    Doc("jf21_other.txt", "other",
        "无证开办初中学科类培训，居民楼内无消防器材、疏散通道堵塞，责令停止后两次复查仍有37名学生上课、拒不退费（未成年人保护"
        "领域）；罚1倍在民办教育促进法第64条1-5倍内",
        [pil("minors", "仍有初中学生37名在该处上课")], {"scenario": "pil", "continuing_harm": True}),
    Doc("jf22_culture_tourism.txt", "culture_tourism",
        "网吧接纳未成年人，警告责令改正后复查隔出包房接纳6名未成年人，此后暗访仍有学生进出（未成年人保护领域）；罚3万在"
        "未成年人保护法第123条五万元以下内",
        [pil("minors", "仍发现有身着校服的学生进出上网")], {"scenario": "pil", "continuing_harm": True}),
    Doc("jf23_public_security.txt", "public_security",
        "物业强制采集1,946人人脸及身份信息（含312名未成年人），未加密可随意导出，责令改正后两次复查未删除、未改正（个人信息保护"
        "领域，个人信息保护法第70条）；非出售提供，不涉刑法第253条之一；罚5万和1万在第66条第一款内",
        [pil("personal_information", "数据库中上述信息未删除")], {"scenario": "pil", "continuing_harm": True}),
    Doc("jf24_culture_tourism.txt", "culture_tourism",
        "省级文物保护单位保护范围内建钢结构仓库，责令拆除后两次复查未拆除并投入使用（文物和文化遗产保护领域，文物保护法第99条）；"
        "未触及墓葬本体，不涉刑法第324条；未造成损坏，第83条只警告",
        [pil("cultural_relics", "当事人未拆除任何构件")], {"scenario": "pil", "continuing_harm": True}),
    Doc("jf25_construction.txt", "construction",
        "摊位棚压覆市政中压燃气管道，限期改正后两次复查未拆除、管道无法检修（安全生产领域的公共安全；未泄漏、未认定重大隐患，不作"
        "危险作业罪）；罚6万"
        "在城镇燃气管理条例第51条单位5万-10万内",
        [pil("work_safety", "摊位棚仍在正常营业")], {"scenario": "pil", "continuing_harm": True}),
    Doc("jf26_public_security.txt", "public_security",
        "宾馆接待未成年人与成年男子同住不询问不报告，警告责令改正后两次复查仍未执行（未成年人保护领域）；罚2万在未成年人保护法"
        "第122条拒不改正1万-10万内，已告知听证",
        [pil("minors", "前台仍未执行询问、报告制度")], {"scenario": "pil", "continuing_harm": True}),
]

IRREGULAR = [
    # ── enforcement irregularities ──
    out_of_range("jf27_public_security.txt", "public_security",
                 "参与赌博，治安管理处罚法（2012）第70条：五百元以下罚款，情节严重的拘留并处五百至三千元；单处罚款4,000元超出"
                 "两档上限；已告知听证；参赌不涉刑法第303条",
                 "处罚款人民币肆仟元"),
    out_of_range("jf28_tax.txt", "tax",
                 "虚开普通发票金额86,400元超过1万元，发票管理办法第35条第一款应并处5万-50万；罚3万低于下限且无减轻处罚的法定情节；"
                 "已告知听证；票面金额远低于50万不涉刑法第205条之一",
                 "并处罚款人民币叁万元"),
    no_hearing("jf29_tax.txt", "tax",
               "税务机关对单位罚款2万元≥1万元（hearing.yaml税务单位一万元，行政处罚法第63条），只告知陈述、申辩，未告知听证；"
               "罚款在征管法第64条第一款五万元以下内",
               "处以罚款人民币贰万元整"),
    no_hearing("jf30_health.txt", "health",
               "卫健对个人罚款2万元≥1万元（hearing.yaml默认市场监管标准，个人一万元），只告知陈述、申辩，未告知听证；首次非法行医，"
               "罚款为按1万计的2倍在医师法第59条内",
               "罚款人民币贰万元整"),
    Doc("jf31_construction.txt", "construction",
        "城镇燃气管理条例（2016修订）共55条，引用的第六十一条不存在（未巡查检测维修的罚则为第48条，1万-10万，3万在内）",
        [irregular("nonexistent_article", "《城镇燃气管理条例》第六十一条")],
        {"scenario": "irregularity", "irregularities": ["nonexistent_article"]}),
    Doc("jf32_construction.txt", "construction",
        "2024年11月12日立案、2025年5月20日决定，历时189日，超过行政处罚法第60条九十日，文书未记载延期批准或中止；罚造价6%"
        "在城乡规划法第64条5%-10%内，已告知听证",
        [irregular("time_limit", "本机关于2024年11月12日对当事人涉嫌未取得建设工程规划许可证进行建设一案立案调查")],
        {"scenario": "irregularity", "irregularities": ["time_limit"]}),
]

NEGATIVE = [
    # ── negatives (near misses marked) ──
    Doc("jf33_other.txt", "other",
        "拖欠16人工资72,480元，但在指令书期限（4月24日）内的4月18日足额支付，不是刑法第276条之一的经责令支付仍不支付；"
        "超时加班每人200元在劳动保障监察条例第25条100-500元内",
        flags={"scenario": "remedied", "near_miss": True}),
    Doc("jf34_public_security.txt", "public_security",
        "毒鼠强饵料净重1.8千克<2千克（法释〔2003〕14号第一条第（一）项），非原粉、原液、制剂；毛重1.93千克亦不足；治安拘留",
        flags=UNDER),
    Doc("jf35_tax.txt", "tax",
        "逃税164,400元且占应纳税额912,300元的18%，但首次被税务处理、限期内补缴税款和滞纳金并接受处罚，五年内无逃税处罚，"
        "依刑法第201条第四款不予追究；罚50%在征管法第63条内，已告知听证",
        flags={"scenario": "tax_paid", "near_miss": True}),
    Doc("jf36_tax.txt", "tax",
        "逃税1,742,000-1,605,600=136,400元≥10万元，但仅占应纳税额的7.8%<10%（法释〔2024〕4号第一条要求两者同时满足）；"
        "罚50%在征管法第63条内，已告知听证",
        flags=UNDER),
    Doc("jf37_other.txt", "other",
        "拒不支付23名农民工工资38.67万元已达刑法第276条之一，但人社已移送公安且公安已立案侦查，不是隐匿的移送线索；"
        "处理决定为责令支付和加付赔偿金，不是罚款",
        flags={"scenario": "transferred", "near_miss": True, "transferred": True}),
    Doc("jf38_health.txt", "health",
        "两次处罚后再次非法行医已移送公安，公安不予立案并经复议维持，退回后卫健处罚；按约定作负例；罚5万为按1万计的5倍在医师法"
        "第59条内，已告知听证；退回后重新立案至决定56日",
        flags={"scenario": "police_declined", "near_miss": True, "police_declined": True}),
    Doc("jf39_agriculture.txt", "agriculture",
        "举报销售毒鼠强，公安送检未检出毒鼠强、氟乙酰胺，检出溴敌隆（非禁用剧毒化学品），不涉刑法第125条；无证经营农药货值"
        "1,140元，罚5千在农药管理条例第55条货值不足1万元5千-5万内",
        flags={"scenario": "not_detected", "near_miss": True}),
    Doc("jf40_public_security.txt", "public_security",
        "以定位器获取行踪轨迹信息48条<50条、违法所得4,800元<5千元（法释〔2017〕10号第五条），非履职或服务中获得，未被用于犯罪；"
        "罚5倍在网络安全法第64条第二款内，已告知听证",
        flags=UNDER),
    Doc("jf41_tax.txt", "tax",
        "虚开增值税专用发票税额96,400元<10万元（法释〔2024〕4号第十一条）；票面金额74.15万元、价税合计83.79万元超过50万元"
        "但专用发票不按第205条之一的票面金额计；罚15万在发票管理办法第35条内，已听证",
        flags=UNDER),
    Doc("jf42_customs.txt", "customs",
        "个人携带手表、金饰品不申报，偷逃税款63,600+24,000=87,600元<10万元（法释〔2014〕10号第十六条），一年内无走私处罚；"
        "完税价格41.25万元不是计量口径；罚4.5万在海关行政处罚实施条例第9条三倍以下内",
        flags=UNDER),
    Doc("jf43_other.txt", "other",
        "超范围开展学科类培训，责令后次日停止、全额退费98,400元，两次复查（含夜间）未再培训，未成年人权益损害已消除，无持续损害；"
        "罚1倍在民办教育促进法第64条内",
        flags={"scenario": "pil_remedied", "near_miss": True, "continuing_harm": False}),
    Doc("jf44_culture_tourism.txt", "culture_tourism",
        "全国重点文物保护单位保护范围内搭建仓库，未发现文物遗存、未损坏本体，当事人自行拆除、恢复原状，两次复查确认，无持续损害；"
        "第83条只警告",
        flags={"scenario": "pil_remedied", "near_miss": True, "continuing_harm": False}),
    Doc("jf45_public_security.txt", "public_security",
        "酒店收银员提供服务中获得的住宿信息196条和其他信息144条、违法所得2千元，即使按履职获得减半标准（住宿250条、其他2,500条、"
        "违法所得2,500元）折算合计196/250+144/2500≈0.84亦未达（法释〔2017〕10号第五条）；罚5倍在网络安全法第64条第二款内",
        flags=UNDER),
    Doc("jf46_other.txt", "other",
        "艺术类培训机构未公示收费、预收超三个月，已改正退费，初次违法仅警告（民办教育促进法第62条）；无刑事、无持续损害",
        flags={"scenario": "ordinary"}),
]

GROUPS = [
    # ── 化整为零: one company's 虚开普通发票 cut into three quarterly decisions on the same day ──
    *[Doc(name, "tax",
          "同一纳税人（同一信用代码）2024年前三季度虚开增值税普通发票，同日拆成三案；票面金额174,200+168,500+(76,500+58,300+"
          "45,500)=523,000元≥50万元（法释〔2024〕4号第十二条，刑法第205条之一）；每案均不足50万，罚6万在发票管理办法第35条内",
          [split("tax-205-1-ordinary-invoice/1", quote, 523000.0, SPLIT)],
          {"scenario": "split", "split_group": SPLIT})
      for name, quote in (("jf47_tax.txt", "票面金额合计人民币174,200.00元"),
                          ("jf48_tax.txt", "票面金额合计16.85万元"),
                          ("jf49_tax.txt", "按受票方统计如下"))],
    # ── repeat offender: the same credit code punished again ten months later ──
    Doc("jf50_construction.txt", "construction",
        "液化气站钢瓶超期、报警装置损坏未修、未巡查检测，首次处罚，罚2万在城镇燃气管理条例第48条1万-10万内",
        flags={"scenario": "repeat_first", "repeat_group": REPEAT}),
    Doc("jf51_construction.txt", "construction",
        "同一统一社会信用代码的液化气站在2024年7月5日处罚后约十个月再犯同类违法，二年内再犯；罚4万在第48条内；报警器为故障"
        "未修，不是关闭、破坏",
        [repeat("开封鼓楼顺安液化气站", REPEAT)],
        {"scenario": "repeat", "repeat_group": REPEAT}),
]

DOCS = sorted(CRIMINAL + PUBLIC_INTEREST + IRREGULAR + NEGATIVE + GROUPS, key=lambda doc: doc.file)


labeled = lead_gold.labeler(HERE, CREATED, VERSION)

if __name__ == "__main__":
    lead_gold.main(HERE, DOCS, CREATED, VERSION)
