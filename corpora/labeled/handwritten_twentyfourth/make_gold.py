"""Lead labels for the twenty-fourth hand-written set in this folder (run to rewrite ``gold.jsonl``).

A new UNSEEN held-out test of the lead screening, written on 2026-11-22 without reading any decision
of the other hand-written sets nor the screening code, and never screened by its writer. Every
decision ``jcNN_<domain>.txt`` was written by hand in the manner of published 行政处罚决定书 of
北京, 天津, 河北 and 山东 agencies (市场监管, 生态环境, 应急管理, 税务 and 税务稽查, 海关, 公安 and
公安交管, 人社, 医保, 烟草专卖, 林草, 农业农村, 自然资源; all names, numbers, codes and addresses
invented; credit codes carry valid GB 32100-2015 check digits, identity numbers valid GB 11643 check
digits). Labels come from the law only: criminal thresholds from corpora/knowledge/thresholds.yaml
(the version in force on the date of the facts), hearing figures from corpora/knowledge/hearing.yaml,
fine ranges and article existence from the statute text in force on the decision date. Each row's
``meta.reason`` gives the one-line legal reason. Conventions are those of
``handwritten_fifth/make_gold.py``; observed values are in the threshold's unit (面积 in 亩).

Run from the repository root: ``.venv/bin/python corpora/labeled/handwritten_twentyfourth/make_gold.py``.
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
CREATED = "2026-11-22T16:40:00+00:00"
VERSION = "handwritten-twentyfourth/1"

SPLIT, REPEAT = "split-jc-jinan-tobacco-stores", "repeat-jc-dongying-chemical"
OVER = {"scenario": "over"}
QUAL = {"scenario": "qualitative"}


def pi_doc(file: str, domain: str, reason: str, field_id: str, quote: str) -> Doc:
    return Doc(file, domain, reason, [pil(field_id, quote)], {"scenario": "pil", "continuing_harm": True})


CRIMINAL = [
    # ── criminal-transfer leads (each also 以罚代刑: only fined, no transfer recorded) ──
    Doc("jc01_food_safety.txt", "food_safety",
        "压片糖果检出西地那非（国家禁用药物，非食品原料，检验结论在另一段），刑法第144条行为犯（法释〔2021〕24号）；"
        "罚17.82万为食品安全法第123条货值11,880元的15倍，在15-30倍内；只罚款未移送",
        [trigger("food-144-toxic/3", "所检样品中检出“西地那非”成分"),
         fined_only("三、罚款人民币壹拾柒万捌仟贰佰元整（178200元）")], QUAL),
    Doc("jc02_drugs.txt", "drugs",
        "以非药品冒充药品，依药品管理法第98条第二款第（二）项为假药，销售假药为刑法第141条行为犯（法释〔2022〕1号）；"
        "罚150万为第116条货值不足10万按10万计的15倍下限；已听证；只罚款停业未移送",
        [trigger("drug-141-counterfeit/1", "上述“苗岭风湿骨痛胶囊”应当认定为假药"),
         fined_only("3. 罚款1500000元（壹佰伍拾万元整）")], QUAL),
    Doc("jc03_environment.txt", "environment",
        "私设暗管排放含镍电镀废水（有毒物质），法释〔2023〕7号第一条第（四）项逃避监管方式无数量要求（刑法第338条）；"
        "总镍超标4.72倍<10倍不是依据；罚52万在水污染防治法第83条10万-100万内；只罚款未移送",
        [trigger("env-338-pollution/9", "通过私设暗管排放含重金属镍的电镀废水"),
         fined_only("2. 罚款人民币伍拾贰万元整。")], QUAL),
    Doc("jc04_work_safety.txt", "work_safety",
        "屏蔽7台硫化氢报警器、调高可燃气体报警值，现场硫化氢超限、每班4人作业，具有重大伤亡事故现实危险，刑法第134条之一"
        "第（一）项危险作业罪（法释〔2022〕19号）；罚4.5万在安全生产法第99条五万元以下内，已告知听证；只罚款未移送",
        [trigger("safety-134-1a-dangerous-operation/1", "有7台（位号GDS-H2S-03至GDS-H2S-09）被人为断开信号线"),
         fined_only("罚款人民币肆万伍仟元整")], QUAL),
    Doc("jc05_intellectual_property.txt", "intellectual_property",
        "销售假冒注册商标耳机，销售金额须由表内三行相乘相加：326×129+214×89+97×59=66,823元≥5万元（2025年5-8月，"
        "法释〔2025〕5号，刑法第214条）；罚2倍在商标法第60条五倍以下内，已告知听证；只罚款未移送",
        [threshold("ip-214-sell-counterfeit/2", "TL-Pro2     326副       129元", 66823.0),
         fined_only("三、处以罚款人民币壹拾叁万叁仟陆佰肆拾陆元（133646元）")], OVER),
    Doc("jc06_tobacco.txt", "tobacco",
        "无批发许可证批发卷烟，四个品种数量乘单价：280×120+360×75+300×68+320×95=111,400元≥5万元（法释〔2010〕7号"
        "第三条，刑法第225条；1,260条=25.2万支亦≥20万支）；罚20%依烟草专卖法第31条；只罚款未移送",
        [threshold("tobacco-225-illegal-business/1", "南京（红）280条", 111400.0),
         fined_only("计人民币贰万贰仟贰佰捌拾元整（22280元）")], OVER),
    Doc("jc07_environment.txt", "environment",
        "擅自倾倒废乳化液（HW09，废物类别在另一段），三车净重1.26+0.98+1.15=3.39吨≥3吨（法释〔2023〕7号第一条，"
        "刑法第338条）；罚60万为固废法第112条第二款处置费用按20万计的3倍，已听证；只罚款未移送",
        [threshold("env-338-pollution/1", "倾倒共三次：2024年12月3日一车，出厂磅单净重1.26吨", 3.39),
         fined_only("罚款人民币陆拾万元整")], OVER),
    Doc("jc08_tax.txt", "tax",
        "账外收入不申报，表内两期三税相加少缴131,382.65元≥10万元且占18.6%≥10%（2024年4月-2025年3月，法释〔2024〕4号"
        "第一条，刑法第201条）；教育费附加不是税款；经税务处理决定拒不补缴，第201条第四款不适用；罚60%在征管法第63条内；"
        "只罚款未移送",
        [threshold("tax-201-evasion/1", "2024年4-12月    38,214.16     2,674.99          27,506.30", 131382.65),
         fined_only("计78,829.59元")], OVER),
    Doc("jc09_tax.txt", "tax",
        "无真实交易虚开增值税专用发票28份，表内税额须相加：42,382.30+38,953.98+29,203.98=110,540.26元≥10万元"
        "（法释〔2024〕4号第十一条，刑法第205条）；价税合计96万不是计量口径；罚30万在发票管理办法第35条5万-50万内，已听证；"
        "只罚款未移送",
        [threshold("tax-205-vat-invoice/1", "天津市津港恒达建筑工程有限公司     12     326,017.70      42,382.30",
                   110540.26),
         fined_only("并处罚款300,000.00元")], OVER),
    Doc("jc10_customs.txt", "customs",
        "个人低报价格走私普通物品，偷逃税款12.68万元≥10万元（法释〔2014〕10号第十六条，刑法第153条）；完税价格86.42万"
        "不是计量口径；罚10万在海关行政处罚实施条例第9条第一款第（三）项3倍以下内；只罚款未移送",
        [threshold("customs-153-ordinary-goods/1", "偷逃税款共计人民币12.68万元", 126800.0),
         fined_only("科处罚款人民币拾万元整")], OVER),
    Doc("jc11_food_safety.txt", "food_safety",
        "私设生猪屠宰点，非法经营数额18,620公斤×21.40元+236套×85元=418,528元≥10万元（法释〔2021〕24号第十七条，"
        "刑法第225条）；罚10倍为生猪屠宰管理条例第31条扣押货值13,696元的10倍下限；只罚款未移送",
        [threshold("food-225-illegal-business/1", "（一）销售白条猪肉18,620公斤，平均售价每公斤21.40元", 418528.0),
         fined_only("计人民币壹拾叁万陆仟玖佰陆拾元整")], OVER),
    Doc("jc12_product_quality.txt", "product_quality",
        "以不合格电线（导体电阻不合格，检验在另一段）冒充合格销售，表内三规格相乘相加468×68+236×98+152×45=61,792元≥5万元"
        "（立案追诉标准（一）第十六条，刑法第140条）；罚70%在产品质量法第50条50%-3倍内；只罚款未移送",
        [threshold("product-140-fake-inferior/1", "BV2.5mm²　　　468卷　　　　68", 61792.0),
         fined_only("4. 罚款45,158.40元")], OVER),
    Doc("jc13_work_safety.txt", "work_safety",
        "个人无证经营柴油（危险化学品），六个月数量相加36.00吨×7,180元=258,480元≥5万元（个人非法经营数额，立案追诉标准"
        "（二），刑法第225条第（四）项）；违法所得2.16万不是唯一口径；罚12万在危险化学品安全管理条例第77条第三款内；"
        "只罚款未移送",
        [threshold("market-225-general/1", "2024年8月　6.42吨", 258480.0), fined_only("四、罚款人民币壹拾贰万元")],
        OVER),
    Doc("jc14_wildlife.txt", "wildlife",
        "收购国家二级保护鸟类（保护级别在另一段），2×4,500+3×3,500+1×3,000=22,500元≥2万元（法释〔2022〕12号第六条，"
        "刑法第341条第一款）；罚2倍在野生动物保护法第52条第一款2-20倍内，已告知听证；只罚款未移送",
        [threshold("wildlife-341-1-endangered/1", "普通鵟每只价值人民币4,500元", 22500.0),
         fined_only("计人民币肆万伍仟元整")], OVER),
    Doc("jc15_land.txt", "land",
        "非法占用永久基本农田（地类在另一段）两地块2,160.5+1,378.2=3,538.7平方米=5.31亩≥5亩，混凝土硬化种植条件严重毁坏"
        "（法释〔2000〕14号第三条，刑法第342条）；罚每平方米150元在实施条例第57条100-1000元内，已听证；只罚款未移送",
        [threshold("land-342-cultivated/1", "东地块占地2,160.5平方米", 5.31),
         fined_only("计人民币伍拾叁万零捌佰零伍元整")], OVER),
    Doc("jc16_forestry.txt", "forestry",
        "许可地点以外采伐本单位林木，三个小班蓄积相加8.42+7.96+5.17=21.55立方米≥20立方米（法释〔2023〕8号第五条，"
        "刑法第345条第二款）；价值1.4万<5万不是唯一口径；罚3倍在森林法第76条第二款3-5倍内；只罚款未移送",
        [threshold("forest-345-2-overcutting/1", "小班7：伐桩312个，立木蓄积8.42立方米", 21.55),
         fined_only("计人民币肆万贰仟零贰拾贰元伍角（42,022.50元）")], OVER),
    Doc("jc17_fishery.txt", "fishery",
        "黄河禁渔期使用禁用地笼捕捞，重量430公斤<500公斤，但四种渔获数量乘价格262×26+86×14+38×120+44×6=12,840元"
        "≥1万元（法释〔2022〕12号第三条，刑法第340条）；二人各罚8千在渔业法第38条五万元以下内；只罚款未移送",
        [threshold("fishery-340-inland/2", "鲤鱼262公斤", 12840.0),
         fined_only("对当事人（一）季洪亮罚款人民币捌仟元")], OVER),
    Doc("jc18_public_security.txt", "public_security",
        "酒店前台出售住宿信息（性质在另一句）218+176+238=632条≥500条（法释〔2017〕10号第五条第一款第（四）项，"
        "刑法第253条之一；提供服务中获得的更只需一半）；违法所得1,896元<5,000元不是唯一口径；罚5倍在网络安全法第64条"
        "第二款1-10倍内，已告知听证；只罚款未移送",
        [threshold("pi-253-1-personal-information/2", "违法行为人2025年1月出售218条", 632.0),
         fined_only("并处违法所得五倍罚款，计人民币9,480元")], OVER),
    Doc("jc19_mining.txt", "mining",
        "无证采矿，开采石灰岩12,360立方米×26元=321,360元，超过10-30万元幅度上限（法释〔2016〕25号第三条，刑法第343条）；"
        "违法所得（销售收入）24.8万不是计量口径；罚30%在矿产资源法实施细则第42条第（一）项50%以下内；只罚款未移送",
        [threshold("mining-343-1-illegal/1", "共计开采建筑用石灰岩12,360立方米", 321360.0),
         fined_only("计人民币74,412元")], OVER),
    Doc("jc20_drugs.txt", "drugs",
        "销售汞含量1,860mg/kg（禁用组分，检验在另一段）的祛斑霜，销售金额2,186瓶×29.9元=65,361.40元≥5万元（刑法第148条、"
        "第149条，按第140条论）；罚15倍为化妆品监督管理条例第59条货值71,760元的15倍下限，已听证；只罚款未移送",
        [threshold("product-148-cosmetics/2", "当事人累计售出2,186瓶", 65361.4), fined_only("计1,076,400元")], OVER),
    Doc("jc21_work_safety.txt", "work_safety",
        "有限空间作业事故致2人死亡≥1人（法释〔2015〕22号第六条，刑法第134条第一款重大责任事故罪；直接经济损失286万亦"
        "≥100万）；罚60万在安全生产法第114条一般事故30万-100万内，已听证；只罚款，决定书未记载移送",
        [threshold("safety-134-1-major-liability/1", "经抢救无效死亡", 2.0),
         fined_only("决定给予罚款人民币陆拾万元整的行政处罚")], OVER),
]

PUBLIC_INTEREST = [
    # ── public-interest leads: statutory field + harm going on after the agency acted ──
    pi_doc("jc22_environment.txt", "environment",
           "湿地保护范围内倾倒一般工业固废2,600吨，责令清运后两次复查仍堆存约2,300吨、冲刷入湿地、芦苇枯死（生态环境和资源"
           "保护领域）；非危险废物不涉刑法第338条数量标准；罚2倍处置费用在固废法第102条1-3倍内",
           "ecology_resources", "现场仍堆存废型砂和炉渣约2,300吨"),
    pi_doc("jc23_environment.txt", "environment",
           "颗粒物超标排放，责令改正后复查仍超标、至决定日仍超标生产，村民投诉（生态环境和资源保护领域）；颗粒物非重金属不涉"
           "刑法第338条超标倍数标准；罚20万在大气污染防治法第99条10万-100万内",
           "ecology_resources", "截至本决定书作出之日，你公司仍未完成整改，搅拌站仍在超标生产"),
    pi_doc("jc24_food_safety.txt", "food_safety",
           "养老机构食堂向86名老人供餐使用过期原料，责令改正后两次复查仍在使用（食品药品安全领域，不特定多数老年人）；"
           "未致食源性疾病不达刑法第143条；罚5万在食品安全法第124条货值不足1万5万-10万内",
           "food_drug_safety", "食堂冷冻柜内仍有超过保质期的速冻水饺4袋，且已拆封使用"),
    pi_doc("jc25_drugs.txt", "drugs",
           "网店销售未注册二类医疗器械（儿童退热贴），责令停售召回后改名继续销售约640盒、未召回（食品药品安全领域，婴幼儿）；"
           "销售3.08万<5万不涉第140条；罚15倍在医疗器械监督管理条例第81条货值1万以上15-30倍内，已听证",
           "food_drug_safety", "仍以“退热冷敷贴”为名继续销售同一产品"),
    pi_doc("jc26_other.txt", "other",
           "定点门诊串换项目、超标准收费致医保基金损失186,420.36元，责令退回后逾期仅退2万、尚有166,420.36元未退回（国有财产"
           "保护领域）；罚1倍在医疗保障基金使用监督管理条例第38条1-2倍内，已听证",
           "state_assets", "当事人尚有166,420.36元医保基金未退回"),
    pi_doc("jc27_land.txt", "land",
           "国有建设用地使用权出让价款尚欠2,310万元，三次催缴仍未缴入国库，且未取得规划许可即施工（国有土地使用权出让领域）；"
           "罚6%在城乡规划法第64条工程造价5%-10%内，已听证",
           "state_land_transfer", "当事人尚欠国有建设用地使用权出让价款2,310万元未缴入国库"),
]

IRREGULAR = [
    # ── enforcement irregularities ──
    out_of_range("jc28_food_safety.txt", "food_safety",
                 "经营标注虚假生产日期的食品，货值3,420元不足1万元，食品安全法第124条第一款罚5万-10万；罚2万低于下限，"
                 "所述“积极配合、主动下架”只是从轻情节，未适用减轻处罚",
                 "三、罚款人民币贰万元整。"),
    out_of_range("jc29_work_safety.txt", "work_safety",
                 "未对从业人员安全培训，安全生产法第97条第（三）项首次处十万元以下（逾期未改正才10万-20万）；罚15万超出上限，"
                 "文书未记载此前责令改正或逾期",
                 "罚款人民币壹拾伍万元整"),
    no_hearing("jc30_tax.txt", "tax",
               "税务对单位罚款3万元≥1万元（hearing.yaml税务单位一万元，税务行政处罚听证程序实施办法第三条），只告知陈述、申辩，"
               "未告知听证；罚款在征管法第64条第一款五万元以下内",
               "处以罚款30,000元"),
    no_hearing("jc31_public_security.txt", "public_security",
               "公安交管对个人罚款3,000元≥2,000元（公安机关办理行政案件程序规定第123条），只告知陈述、申辩，未告知听证；"
               "罚款在道路交通安全法第96条第一款2千-5千内",
               "决定对被处罚人处以罚款人民币叁仟元"),
    Doc("jc32_environment.txt", "environment",
        "大气污染防治法（2018修正）共129条，引用的第一百三十二条不存在（VOCs无组织排放罚则为第108条第（一）项，2万-20万，"
        "5万元在内）",
        [irregular("nonexistent_article", "《中华人民共和国大气污染防治法》第一百三十二条")],
        {"scenario": "irregularity", "irregularities": ["nonexistent_article"]}),
    Doc("jc33_market.txt", "market",
        "2024年3月5日立案、2024年10月18日决定，历时227日，超过行政处罚法第60条九十日，文书未记载延期批准或中止；罚3千"
        "在价格违法行为行政处罚规定第13条五千元以下内",
        [irregular("time_limit", "本局于2024年3月5日对当事人涉嫌不按规定明码标价一案立案调查")],
        {"scenario": "irregularity", "irregularities": ["time_limit"]}),
]

NEGATIVE = [
    # ── negatives (near misses marked) ──
    Doc("jc34_intellectual_property.txt", "intellectual_property",
        "销售假冒商标羽绒服，销售金额47,988<5万、获利25,668<3万、已售加库存58,824<15万，均不达刑法第214条（法释〔2025〕"
        "5号）；违法经营额5.88万与罚款8.82万大于5万但不是计量口径；罚1.5倍在商标法第60条内，已告知听证",
        flags={"scenario": "under", "near_miss": True}),
    Doc("jc35_tax.txt", "tax",
        "逃税124,580元且占16.2%，但首次被税务处理、五年内无处罚、已补缴税款滞纳金并接受处罚，依刑法第201条第四款不予追究；"
        "罚50%在征管法第63条内，已告知听证",
        flags={"scenario": "tax_paid", "near_miss": True}),
    Doc("jc36_environment.txt", "environment",
        "无证收集拆解废铅蓄电池4.6吨≥3吨，但已移送公安并立案侦查，不是隐匿的移送线索；罚100万在固废法第114条100万-500万内，"
        "已告知听证",
        flags={"scenario": "transferred", "near_miss": True, "transferred": True}),
    Doc("jc37_tobacco.txt", "tobacco",
        "无证批发卷烟价值62,400元≥5万元，已移送公安，公安以不认为是犯罪不予立案并退回；罚15%依烟草专卖法第31条",
        flags={"scenario": "police_declined", "near_miss": True, "police_declined": True}),
    Doc("jc38_food_safety.txt", "food_safety",
        "举报羊肉串含瘦肉精，但三份样品克伦特罗、莱克多巴胺、沙丁胺醇均未检出，症状与食品无关；进货查验拒不改正罚8千在食品"
        "安全法第126条5千-5万内",
        flags={"scenario": "not_detected", "near_miss": True}),
    Doc("jc39_environment.txt", "environment",
        "氨氮、化学需氧量超标（非重金属，不涉法释〔2023〕7号超标倍数标准），当日停排、清淤置换，两次复查达标、下游水质恢复，"
        "无持续损害；罚15万在水污染防治法第83条内，已告知听证",
        flags={"scenario": "pil_remedied", "near_miss": True, "continuing_harm": False}),
    Doc("jc40_other.txt", "other",
        "拖欠16名农民工工资112,460元，但在限期改正指令的期限内足额支付，不是刑法第276条之一的经责令支付仍不支付；超时加班"
        "罚每人300元在劳动保障监察条例第25条100-500元内",
        flags={"scenario": "remedied", "near_miss": True}),
    Doc("jc41_forestry.txt", "forestry",
        "无证滥伐，三地块蓄积6.84+7.21+4.93=18.98立方米<20立方米，价值11,767.6元<5万元（法释〔2023〕8号第五条），"
        "不达刑法第345条第二款；罚3倍在森林法第76条第二款内",
        flags={"scenario": "under", "near_miss": True}),
    Doc("jc42_public_security.txt", "public_security",
        "出售家长姓名、手机号、学校等一般个人信息4,730条<5,000条、违法所得4,200元<5,000元，无行踪轨迹、财产等敏感信息，"
        "无前科（法释〔2017〕10号第五条）；罚3倍在网络安全法第64条第二款内，已告知听证",
        flags={"scenario": "under", "near_miss": True}),
    Doc("jc43_customs.txt", "customs",
        "低报价格走私，偷逃税款9.62万元<10万元（个人；单位为20万元），一年内无走私处罚（法释〔2014〕10号第十六条）；"
        "货物价值48.6万不是计量口径；罚1倍在海关行政处罚实施条例第9条3倍以下内，已告知听证",
        flags={"scenario": "under", "near_miss": True}),
    Doc("jc44_land.txt", "land",
        "非法占用一般耕地（旱地，不在永久基本农田内）5,960平方米=8.94亩<10亩（法释〔2000〕14号第三条第（二）项），"
        "基本农田的5亩标准不适用；罚每平方米120元在实施条例第57条内，已告知听证",
        flags={"scenario": "under", "near_miss": True}),
    Doc("jc45_tax.txt", "tax",
        "虚开增值税普通发票82份<100份、票面金额463,520元<50万元，无前科（法释〔2024〕4号第十二条，刑法第205条之一）；"
        "未开专票；罚8万在发票管理办法第35条5万-50万内，已告知听证",
        flags={"scenario": "under", "near_miss": True}),
    Doc("jc46_food_safety.txt", "food_safety",
        "糕点标签瑕疵不影响食品安全，责令改正拒不改正，罚1,500元在食品安全法第125条第二款二千元以下内；无犯罪、公益或程序问题",
        flags={"scenario": "plain"}),
    Doc("jc47_work_safety.txt", "work_safety",
        "涉爆粉尘除尘系统重大事故隐患，被责令停止作业后当即停产整改、复查合格才恢复，不是刑法第134条之一第（二）项的拒不执行；"
        "罚3万在安全生产法第102条五万元以下内，已告知听证",
        flags={"scenario": "remedied", "near_miss": True}),
]

GROUPS = [
    # ── 化整为零: one chain's three stores without a tobacco retail licence, cut into three decisions ──
    *[Doc(name, "tobacco",
          "同一连锁公司（同一信用代码）三门店无零售许可证经营卷烟，拆成三案；每案违法经营额均<5万，累计18,640+17,320+16,280="
          "52,240元≥5万元（法释〔2010〕7号第一条第五款、第三条，刑法第225条）；每案罚30%在烟草专卖法实施条例第57条"
          "20%-50%内",
          [split("tobacco-225-illegal-business/1", quote, 52240.0, SPLIT)],
          {"scenario": "split", "split_group": SPLIT})
      for name, quote in (("jc48_tobacco.txt", "违法经营额为人民币18,640元"),
                          ("jc49_tobacco.txt", "违法经营额为人民币17,320元"),
                          ("jc50_tobacco.txt", "违法经营额为人民币16,280元"))],
    # ── repeat offender: the same credit code punished again nine months later ──
    Doc("jc51_work_safety.txt", "work_safety",
        "未如实记录隐患排查治理情况，首次处罚，罚3万在安全生产法第97条十万元以下内，已告知听证",
        flags={"scenario": "repeat_first", "repeat_group": REPEAT}),
    Doc("jc52_work_safety.txt", "work_safety",
        "同一统一社会信用代码的单位于2024年5月16日处罚后约九个月再次违法，二年内再犯；罚4万在安全生产法第99条五万元以下内，"
        "已告知听证",
        [repeat("东营鲁恒化学有限公司", REPEAT)],
        {"scenario": "repeat", "repeat_group": REPEAT}),
]

DOCS = sorted(CRIMINAL + PUBLIC_INTEREST + IRREGULAR + NEGATIVE + GROUPS, key=lambda doc: doc.file)


labeled = lead_gold.labeler(HERE, CREATED, VERSION)

if __name__ == "__main__":
    lead_gold.main(HERE, DOCS, CREATED, VERSION)
