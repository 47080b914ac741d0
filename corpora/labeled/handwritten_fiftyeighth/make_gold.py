"""Lead labels for the fifty-eighth hand-written set in this folder (run to rewrite ``gold.jsonl``).

A new UNSEEN held-out test of the lead screening, written on 2026-11-22 without reading any decision
of the earlier hand-written sets nor the screening code. Every decision ``kkNN_<domain>.txt`` was
written by hand in the manner of long published 行政处罚决定书 of agencies across the country
(市场监管, 药监, 烟草, 文化执法, 通信管理, 公安, 人民银行, 金融监管, 税务稽查, 海关, 人社, 生态环境,
林业, 自然资源, 交通运输, 消防救援). All names, numbers, codes and addresses are invented; credit codes
carry valid GB 32100-2015 check digits, identity numbers are masked. The set puts weight on facts
spread over several paragraphs (the figure in one, its qualifier in another), totals the reader must
add or multiply (tables with and without 合计 rows, several grades at several prices, 条 to 支,
barrels times weight), 大写-only figures, totals in 万元, several parties, and wrong-measure figures
(违法所得, 罚款, 进货金额, 完税价格, 价税合计, 码洋) beside the right one. Labels come from the law only:
criminal thresholds from corpora/knowledge/thresholds.yaml, hearing figures from
corpora/knowledge/hearing.yaml, fine ranges and article existence from the statute texts in
corpora/knowledge/statutes. Each row's ``meta.reason`` gives the one-line legal reason.

Run from the repository root: ``.venv/bin/python corpora/labeled/handwritten_fiftyeighth/make_gold.py``.
"""

from __future__ import annotations

from pathlib import Path

from corpora.labeled import lead_gold
from corpora.labeled.lead_gold import (
    OVER,
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
CREATED = "2026-11-22T22:30:00+00:00"
VERSION = "handwritten-fiftyeighth/1"

SPLIT, REPEAT = "split-kk-wujiang-shoes", "repeat-kk-xiangyang-hotel-fire"



CRIMINAL = [
    # ── criminal-transfer leads (each also 以罚代刑: only fined, no transfer recorded) ──
    Doc("kk01_food_safety.txt", "food_safety",
        "压片糖果中检出西地那非（非食用物质，物质名与“非食用物质”在另一句），生产销售有毒有害食品为刑法第144条行为犯"
        "（food-144-toxic/3）；单位罚15万、法定代表人罚8万（实施条例第75条收入1-10倍），已告知听证；只罚款未移送",
        [trigger("food-144-toxic/3", "所抽两批次样品中均检出西地那非"),
         fined_only("并处罚款人民币壹拾伍万元")], QUAL),
    Doc("kk02_drugs.txt", "drugs",
        "以莲须染色冒充西红花，依药品管理法第98条第二款第（二）项为假药，销售假药为刑法第141条行为犯（drug-141-counterfeit/1）；"
        "罚150万为第116条货值不足10万按10万计15倍下限；违法所得7,680元无关门槛；只罚款吊证未移送",
        [trigger("drug-141-counterfeit/1", "以他种药品冒充此种药品的，为假药"),
         fined_only("并处罚款人民币壹佰伍拾万元")], QUAL),
    Doc("kk03_transport.txt", "transport",
        "危险货物罐车存在重大事故隐患被责令停产停业后拒不执行，仍运输甲苯11趟，具有现实危险（刑法第134条之一第（二）项，"
        "safety-134-1a-dangerous-operation/2）；罚30万在安全生产法第102条10万-50万内，已听证；只罚款未移送",
        [trigger("safety-134-1a-dangerous-operation/2", "当事人在收到上述通知书后拒不执行"),
         fined_only("决定对当事人处罚款人民币叁拾万元")], QUAL),
    Doc("kk04_work_safety.txt", "work_safety",
        "液化气充装站拔除可燃气体报警装置电源、关闭液位监控后继续充装，浓度达爆炸下限18%的现实危险（刑法第134条之一"
        "第（一）项，safety-134-1a-dangerous-operation/1）；罚2万在特种设备安全法第83条第（三）项1万-10万内；只罚款未移送",
        [trigger("safety-134-1a-dangerous-operation/1", "储罐液位远传监控处于关闭状态"),
         fined_only("决定对当事人处以罚款人民币贰万元")], QUAL),
    Doc("kk05_product_quality.txt", "product_quality",
        "汞超标化妆品以不合格冒充合格，三规格销售金额68×412+138×227+238×56=72,670元≥5万元（刑法第140条，"
        "product-140-fake-inferior/1，价格与数量在表中须乘加）；进货成本11,592元非口径；罚15倍在化妆品条例第59条"
        "15-30倍内，已告知听证；只罚款未移送",
        [threshold("product-140-fake-inferior/1", "合计                      695", 72670.0),
         fined_only("计人民币壹佰零玖万零伍拾元")], OVER),
    Doc("kk06_market.txt", "drugs",
        "不符合强制性标准的医用防护口罩（医用卫生材料，在另一段），销售金额5.82万元=38,400+19,800≥5万元（刑法第145条，"
        "product-145-medical-devices/2）；罚10倍在医疗器械条例第86条5-20倍内，已告知听证；只罚款未移送",
        [threshold("product-145-medical-devices/2", "当事人销售上述口罩共计5.82万元", 58200.0),
         fined_only("并处罚款人民币伍拾捌万贰仟元")], OVER),
    Doc("kk07_tobacco.txt", "tobacco",
        "无批发许可证批发卷烟，表列合计违法经营额100,200元≥5万元（法释〔2010〕7号第三条，刑法第225条，"
        "tobacco-225-illegal-business/1）；454条=90,800支<20万支；罚50%在实施条例第54条50%-1倍内，已告知听证；只罚款未移送",
        [threshold("tobacco-225-illegal-business/1", "合计                  454                         100,200", 100200.0),
         fined_only("计人民币伍万零壹佰元")], OVER),
    Doc("kk08_tobacco.txt", "tobacco",
        "持零售证超范围向邻县批发非法渠道卷烟1,120条=224,000支≥20万支（法释〔2010〕7号第三条，刑法第225条，"
        "tobacco-225-illegal-business/3，条须折支）；货值4.786万<5万不是唯一口径；罚5%在实施条例第56条5%-10%内；只罚款未移送",
        [threshold("tobacco-225-illegal-business/3", "查获卷烟合计1,120条", 224000.0),
         fined_only("计人民币贰仟叁佰玖拾叁元")], OVER),
    Doc("kk09_culture_tourism.txt", "intellectual_property",
        "发行盗版图书（侵权复制品，在另一句）合计566册≥500件（法释〔2004〕19号第五条、刑法第217条，"
        "ip-217-218-copyright/3）；码洋2.46万、违法所得2,180元均不达其口径；罚5万在著作权法第53条内；只罚款未移送",
        [threshold("ip-217-218-copyright/3", "合计：566册", 566.0),
         fined_only("（三）罚款人民币伍万元")], OVER),
    Doc("kk10_public_security.txt", "public_security",
        "出售车辆实时经纬度287条，性质（行踪轨迹信息）在另一段，≥50条（法释〔2017〕10号第五条第一款第（三）项，刑法第253条之一，"
        "pi-253-1-personal-information/1）；罚80万在个人信息保护法第66条第一款内，已告知听证；只罚款未移送",
        [threshold("pi-253-1-personal-information/1", "数据共涉及车主车辆287条", 287.0),
         fined_only("并处罚款人民币捌拾万元")], OVER),
    Doc("kk11_public_security.txt", "public_security",
        "分三次出售业主个人信息1,850+2,460+1,320=5,630条≥5000条（法释〔2017〕10号第五条第一款第（五）项，"
        "pi-253-1-personal-information/3）；获利3,900元<5000元不是唯一口径；公安罚5,000元已告知听证；只罚款未移送",
        [threshold("pi-253-1-personal-information/3", "第一次，2024年11月20日，出售1,850条", 5630.0),
         fined_only("对苟文杰处以罚款人民币伍仟元")], OVER),
    Doc("kk12_finance.txt", "finance",
        "非法吸收公众存款143.6万元（大写在前）≥100万元（法释〔2022〕5号第三条，刑法第176条，finance-176-illegal-deposits/1）；"
        "87人<150人；管理费9.8万非口径；罚30万在防范和处置非法集资条例第30条20%-1倍内，已听证；只罚款未移送",
        [threshold("finance-176-illegal-deposits/1", "累计吸收资金人民币壹佰肆拾叁万陆仟元（143.6万元）", 1436000.0),
         fined_only("并处罚款人民币叁拾万元")], OVER),
    Doc("kk13_finance.txt", "finance",
        "无证为赌博推广平台提供支付结算，代收资金3,862.4万+1,257.9万=5,120.3万元≥500万元（法释〔2019〕1号第四条，刑法第225条"
        "第（三）项，finance-225-payment-settlement/1）；违法所得30.72万亦≥10万；单位罚100万、负责人罚50万在条例第47条50万-200万、10万-50万内；只罚款未移送",
        [threshold("finance-225-payment-settlement/1", "2024年5月至12月：3,862.4万元", 51203000.0),
         fined_only("对当事人二处以罚款人民币伍拾万元")], OVER),
    Doc("kk14_tax.txt", "tax",
        "隐匿收入少缴增值税406,451.33+企业所得税312,654.87=719,106.20元≥10万元且占应纳税额2,941,867.20元的24.4%≥10%"
        "（刑法第201条，tax-201-evasion/1，须加总）；隐匿收入312万非口径；经催缴未补缴，不适用第201条第四款；罚50%在征管法"
        "第63条50%-5倍内，已告知听证；只罚款未移送",
        [threshold("tax-201-evasion/1", "以上隐匿收入应补缴增值税406,451.33元", 719106.2),
         fined_only("计人民币叁拾伍万玖仟伍佰伍拾叁元壹角")], OVER),
    Doc("kk15_tax.txt", "tax",
        "无真实交易虚开增值税专用发票29份，税额合计289,566.37元≥10万元（法释〔2024〕4号第十一条，刑法第205条，"
        "tax-205-vat-invoice/1）；价税合计251.7万、开票费15.1万非口径；罚50万在发票管理办法第35条5万-50万内；只罚款未移送",
        [threshold("tax-205-vat-invoice/1", "合计                         29     2,227,433.63    289,566.37", 289566.37),
         fined_only("决定对你单位处以罚款人民币伍拾万元")], OVER),
    Doc("kk16_customs.txt", "customs",
        "伪报品名走私普通货物，偷逃关税62,140+增值税58,930+消费税35,870=156,940元≥10万元（法释〔2014〕10号第十六条，"
        "刑法第153条，customs-153-ordinary-goods/1）；完税价格327.6万非口径；罚25万在海关行政处罚实施条例第9条"
        "30%-2倍内，已告知听证；只罚款未移送",
        [threshold("customs-153-ordinary-goods/1", "关税：人民币62,140元", 156940.0),
         fined_only("科处罚款人民币贰拾伍万元")], OVER),
    Doc("kk17_other.txt", "other",
        "拖欠32名农民工工资18×18,600+14×16,200=561,600元≥3万元，经限期整改指令书责令支付逾期仍不支付且负责人逃匿（法释"
        "〔2013〕3号第三、四条，刑法第276条之一，labor-276-1-wage-refusal/2）；只作处理决定加付赔偿金，未移送",
        [threshold("labor-276-1-wage-refusal/2", "其中木工18人，每人欠付工资18,600元", 561600.0),
         fined_only("按应付金额50%的标准向劳动者加付赔偿金")], OVER),
    Doc("kk18_intellectual_property.txt", "intellectual_property",
        "销售假冒注册商标白酒，三品种销售金额86×880+42×760+9×1,560=121,640元≥5万元（法释〔2004〕19号第二条，刑法第214条，"
        "ip-214-sell-counterfeit/2）；进货金额52,880元非口径；罚10万在商标法第60条内，已告知听证；只罚款未移送",
        [threshold("ip-214-sell-counterfeit/2", "86瓶，售价每瓶880元", 121640.0),
         fined_only("2.罚款人民币拾万元整")], OVER),
    Doc("kk19_wildlife.txt", "wildlife",
        "出售国家二级保护鸟类（级别在另一段），价值14×1,000+22×500+6×1,000+3×1,000=34,000元≥2万元（法释〔2022〕12号"
        "第六条，刑法第341条第一款，wildlife-341-1-endangered/1）；违法所得1,860元非口径；罚2倍在野生动物保护法第52条内；"
        "只罚款未移送",
        [threshold("wildlife-341-1-endangered/1", "画眉鸟每只价值1,000元", 34000.0),
         fined_only("计人民币陆万捌仟元")], OVER),
    Doc("kk20_environment.txt", "environment",
        "废机油（HW08危险废物，在另一段）28+24+19=71桶×0.17吨=12.07吨交无证个人≥3吨（法释〔2023〕7号第一条第（二）项，"
        "刑法第338条，env-338-pollution/1）；收益8,520元非口径；罚60万为固废法第112条第二款处置费用按20万计3倍；只罚款未移送",
        [threshold("env-338-pollution/1", "每桶净重约0.17吨", 12.07),
         fined_only("决定：对当事人处罚款人民币陆拾万元")], OVER),
    Doc("kk21_drugs.txt", "drugs",
        "销售劣药黄芪片，销售金额（大写）56,430元≥5万元（thresholds.yaml drug-142-substandard/2，刑法第142条）；"
        "罚100万为药品管理法第117条货值不足10万按10万计10倍；只罚款未移送",
        [threshold("drug-142-substandard/2", "上述黄芪片销售金额为人民币伍万陆仟肆佰叁拾元", 56430.0),
         fined_only("并处罚款人民币壹佰万元")], OVER),
]

PUBLIC_INTEREST = [
    # ── public-interest leads: statutory field + harm going on after the agency acted ──
    Doc("kk22_environment.txt", "environment",
        "酸洗废液经雨水沟入河，总铜超标1.96倍（<3倍），责令改正后两次复查仍渗流、下游含铜底泥未清理、灌溉口停用（生态环境"
        "和资源保护领域）；罚45万在水污染防治法第83条10万-100万内",
        [pil("ecology_resources", "下游约800米河段的含铜底泥至今未予清理")], {"scenario": "pil", "continuing_harm": True}),
    Doc("kk23_food_safety.txt", "food_safety",
        "校园对面销售霉菌不合格调味面制品，责令下架召回后两次回访仍向小学生销售（食品药品安全领域，不特定多数未成年人）；"
        "罚5万在食品安全法第124条内",
        [pil("food_drug_safety", "当事人仍在店内及门口流动摊位向放学的小学生销售同一来源的调味面制品")],
        {"scenario": "pil", "continuing_harm": True}),
    Doc("kk24_public_security.txt", "public_security",
        "面向中小学生的APP未经监护人同意收集人脸、位置、通讯录并经SDK外传，逾期未改正、至今持续（个人信息保护领域）；"
        "罚50万在个人信息保护法第66条第一款内",
        [pil("personal_information", "上述违法收集行为仍在持续")], {"scenario": "pil", "continuing_harm": True}),
    Doc("kk25_land.txt", "land",
        "国有建设用地出让价款8,400万元三次催缴仍未缴纳且未办证即开工（国有土地使用权出让领域）；每平方米100元在土地管理法"
        "实施条例第57条100-1000元内，已听证",
        [pil("state_land_transfer", "其余8,400万元经出让人三次书面催缴仍未缴纳")], {"scenario": "pil", "continuing_harm": True}),
    Doc("kk26_work_safety.txt", "work_safety",
        "商贸城拆除防火门、喷淋系统瘫痪，限期改正后两次复查仍未改正且照常营业，日客流1.2万（安全生产领域）；罚4.5万在"
        "消防法第60条5千-5万内",
        [pil("work_safety", "上述第1、2项问题仍未改正")], {"scenario": "pil", "continuing_harm": True}),
    Doc("kk27_culture_tourism.txt", "culture_tourism",
        "网吧接纳未成年人，处罚责令改正后两次复查仍接纳未成年学生通宵上网（未成年人保护领域）；罚1.5万在互联网上网服务"
        "营业场所管理条例第31条内",
        [pil("minors", "当事人仍接纳未成年人进入")], {"scenario": "pil", "continuing_harm": True}),
]

IRREGULAR = [
    # ── enforcement irregularities ──
    out_of_range("kk28_work_safety.txt", "work_safety",
                 "使用未经定期检验的电梯，特种设备安全法第84条第（一）项罚3万-30万；罚1万低于下限且未写明减轻处罚的情节",
                 "对当事人处罚款人民币壹万元"),
    out_of_range("kk29_work_safety.txt", "work_safety",
                 "占用疏散通道、封闭安全出口，消防法第60条第一款对单位罚5千-5万；罚8万超出上限",
                 "给予罚款人民币捌万元的处罚"),
    no_hearing("kk30_tax.txt", "tax",
               "税务机关对公民罚款5,190元≥2,000元（hearing.yaml税务，国税发〔1996〕190号第三条），只告知陈述、申辩，未告知"
               "听证；罚50%在征管法第64条第二款50%-5倍内；少缴1万余元不涉刑",
               "计人民币伍仟壹佰玖拾元"),
    no_hearing("kk31_market.txt", "market",
               "市场监管对个人罚款2万元≥1万元（hearing.yaml市场监管个人一万元，行政处罚法第63条），只告知陈述、申辩，未告知"
               "听证；罚款在化妆品监督管理条例第61条第一款货值不足1万1万-3万内",
               "并处罚款人民币贰万元"),
    Doc("kk32_tobacco.txt", "tobacco",
        "烟草专卖法（2015修正）共43条，引用的第五十二条不存在（无证零售的罚则为第32条）；罚1,200元在实施条例第57条违法经营总额"
        "20%-50%内",
        [irregular("nonexistent_article", "《中华人民共和国烟草专卖法》第五十二条")],
        {"scenario": "irregularity", "irregularities": ["nonexistent_article"]}),
    Doc("kk33_environment.txt", "environment",
        "2024年1月15日立案、2024年9月18日决定，历时247日，超过行政处罚法第60条九十日，文书未记载延期批准；罚30万在"
        "大气污染防治法第99条10万-100万内，已听证",
        [irregular("time_limit", "我局于2024年1月15日对当事人涉嫌未按规定运行大气污染防治设施一案立案调查")],
        {"scenario": "irregularity", "irregularities": ["time_limit"]}),
]

NEGATIVE = [
    # ── negatives (near misses marked) ──
    Doc("kk34_tobacco.txt", "tobacco",
        "无证批发真品卷烟496条=99,200支<20万支；价值30×255+50×180+200×55+216×78=44,498元<5万元（法释〔2010〕7号）；"
        "进货支付7.2万含运费代购费不是非法经营数额；罚50%在实施条例第54条内，已听证",
        flags=near("under")),
    Doc("kk35_tax.txt", "tax",
        "偷税48.67万元占24.9%，但首次被税务处理、已补缴税款滞纳金并接受处罚，依刑法第201条第四款不予追究；罚60%在征管法"
        "第63条内，已告知听证",
        flags=near("tax_paid")),
    Doc("kk36_public_security.txt", "public_security",
        "出售行踪轨迹96条≥50条，但已移送公安并立案侦查，不是隐匿的移送线索；罚30万在个人信息保护法第66条内",
        flags=near("transferred", transferred=True)),
    Doc("kk37_finance.txt", "finance",
        "吸收村民资金118万元≥100万元，但已移送公安，公安以未向社会公开宣传不予立案并退回；本金已退还；罚25万在"
        "防范和处置非法集资条例第30条20%-1倍内",
        flags=near("police_declined", police_declined=True)),
    Doc("kk38_food_safety.txt", "food_safety",
        "举报非法添加，但两批次西地那非等11项均未检出；未履行进货查验义务罚1万在食品安全法第126条5千-5万内；"
        "进货金额6.24万不涉任何罪的门槛",
        flags=near("not_detected")),
    Doc("kk39_other.txt", "other",
        "拖欠21人工资23.64万元，但在限期整改指令书期限内足额支付，不是刑法第276条之一的经责令支付仍不支付；超时加班"
        "每人300元在劳动保障监察条例第25条100-500元内",
        flags=near("remedied")),
    Doc("kk40_customs.txt", "customs",
        "低报价格偷逃税款43,150+53,190=96,340元<10万元（法释〔2014〕10号第十六条）；完税价格186万非口径；罚10万在"
        "海关行政处罚实施条例第9条30%-2倍内，已告知听证",
        flags=near("under")),
    Doc("kk41_wildlife.txt", "wildlife",
        "出售国家二级保护龟类，价值6×1,500+3×2,000+1×3,000=18,000元<2万元（法释〔2022〕12号第六条）；购入价2.4万"
        "不是价值口径；罚2倍在野生动物保护法第52条内",
        flags=near("under")),
    Doc("kk42_intellectual_property.txt", "intellectual_property",
        "盗版图书462册<500件、非法经营额4.19万元<5万元、违法所得5,230元<3万元（法释〔2004〕19号第五条）；罚3万在"
        "著作权法第53条内，已告知听证",
        flags=near("under")),
    Doc("kk43_environment.txt", "environment",
        "加工废水化学需氧量超标1.43倍致养殖塘鱼虾死亡，当即停排、清理底泥、赔偿，两次复查达标、养殖户重新投苗，损害已修复"
        "无持续损害；损失6.8万不达刑法第338条；罚20万在水污染防治法第83条内",
        flags=near("pil_remedied", continuing_harm=False)),
    Doc("kk44_environment.txt", "environment",
        "废乳化液（HW09）交无证个人0.8+0.6+0.7+0.6=2.7吨<3吨且无加重情节（法释〔2023〕7号第一条第（二）项）；罚60万为"
        "固废法第112条第二款处置费用按20万计的3倍，已听证",
        flags=near("under")),
    Doc("kk45_tax.txt", "tax",
        "虚开增值税专用发票11份，税额98,017.70元<10万元（法释〔2024〕4号第十一条）；价税合计85.2万非口径；罚20万在"
        "发票管理办法第35条5万-50万内，已告知听证",
        flags=near("under")),
    Doc("kk46_market.txt", "market",
        "不予行政处罚决定书：标价与结算价不一致多收7元，初次违法已改正退款（行政处罚法第33条第一款）",
        flags={"scenario": "no_penalty"}),
]

GROUPS = [
    # ── 化整为零: one operator's three shops selling counterfeit trainers, cut into three decisions the same day ──
    *[Doc(name, "intellectual_property",
          "同一经营者（同一信用代码）三门店销售假冒注册商标运动鞋服，同日拆成三案；累计销售金额18,600+17,200（80×140+40×150）"
          "+16,500=52,300元≥5万元（法释〔2004〕19号第二条，刑法第214条）；每案罚款在商标法第60条内",
          [split("ip-214-sell-counterfeit/2", quote, 52300.0, SPLIT)],
          {"scenario": "split", "split_group": SPLIT})
      for name, quote in (("kk47_intellectual_property.txt", "销售金额为人民币18,600元"),
                          ("kk48_intellectual_property.txt", "其中运动鞋80双，每双140元；运动服装40套，每套150元"),
                          ("kk49_intellectual_property.txt", "销售金额合计为人民币壹万陆仟伍佰元"))],
    # ── repeat offender: the same credit code punished again thirteen months later ──
    Doc("kk50_work_safety.txt", "work_safety",
        "酒店占用疏散通道、锁闭安全出口，首次处罚，罚2万在消防法第60条5千-5万内",
        flags={"scenario": "repeat_first", "repeat_group": REPEAT}),
    Doc("kk51_work_safety.txt", "work_safety",
        "同一统一社会信用代码的单位2023年10月25日处罚后约十三个月再犯同类违法，二年内再犯；罚3.5万在消防法第60条内",
        [repeat("襄阳市樊城区汉江明珠酒店有限公司", REPEAT)],
        {"scenario": "repeat", "repeat_group": REPEAT}),
]

DOCS = sorted(CRIMINAL + PUBLIC_INTEREST + IRREGULAR + NEGATIVE + GROUPS, key=lambda doc: doc.file)


labeled = lead_gold.labeler(HERE, CREATED, VERSION)

if __name__ == "__main__":
    lead_gold.main(HERE, DOCS, CREATED, VERSION)
