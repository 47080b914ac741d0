"""Lead labels for the forty-seventh hand-written set in this folder (run to rewrite ``gold.jsonl``).

A new UNSEEN held-out test of the lead screening, written on 2026-11-22 without reading any decision
of the other hand-written sets nor the screening code. Every decision ``jzNN_<domain>.txt`` was
written by hand in the manner of published 行政处罚决定书 from agencies across the country, leaning on
市场监管, 税务 and 海关 decisions with tables (sales by month or by product, count × price rows, tax by
kind and period with 应纳 and 已缴 columns, invoices with 金额 and 价税合计), plus 公安 (several kinds
of personal information in one decision), 网信 and 人社 (all names, numbers, codes and addresses
invented; credit codes carry valid GB 32100-2015 check digits, identity numbers valid GB 11643 check
digits). Labels come from the law only: criminal thresholds from corpora/knowledge/thresholds.yaml,
hearing figures from corpora/knowledge/hearing.yaml, fine ranges and article existence from the
statute text in force on the decision date. Each row's ``meta.reason`` gives the one-line legal
reason. Conventions are those of ``handwritten_fifth/make_gold.py``.

Run from the repository root: ``.venv/bin/python corpora/labeled/handwritten_fortyseventh/make_gold.py``.
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
VERSION = "handwritten-fortyseventh/1"

SPLIT, REPEAT = "split-jz-jinan-cable", "repeat-jz-xiamen-invoice"
OVER = {"scenario": "over"}
QUAL = {"scenario": "qualitative"}

CRIMINAL = [
    # ── criminal-transfer leads (each also 以罚代刑: only fined, no transfer recorded) ──
    Doc("jz01_product_quality.txt", "product_quality",
        "以不合格电线冒充合格销售，五个月销售收入12,400+9,860+15,300+8,750+7,690=54,000元≥5万元（刑法第140条，"
        "立案追诉标准（一）第十六条）；罚货值6万的一倍在产品质量法第50条50%-3倍内；只罚款未移送",
        [threshold("product-140-fake-inferior/1", "销售上述电线情况如下", 54000.0),
         fined_only("处违法生产、销售产品货值金额一倍罚款，计人民币陆万元整")], OVER),
    Doc("jz02_food_safety.txt", "food_safety",
        "压片糖果中检出西地那非、他达拉非（保健食品非法添加，物质性质在另一段），刑法第144条行为犯，法释〔2021〕24号；"
        "罚12万在食品安全法第123条货值不足1万10万-15万内；只罚款未移送",
        [trigger("food-144-toxic/3", "样品中检出西地那非"), fined_only("并处罚款人民币壹拾贰万元整")], QUAL),
    Doc("jz03_drugs.txt", "drugs",
        "以非药品（冷敷贴）冒充药品，依药品管理法第98条第二款第（二）项按假药论处，销售假药为刑法第141条行为犯；"
        "罚150万为第116条货值不足10万按10万计15倍下限；只罚款吊证未移送",
        [trigger("drug-141-counterfeit/1", "上述产品按假药论处"),
         fined_only("并处货值金额十五倍罚款，计人民币壹佰伍拾万元")], QUAL),
    Doc("jz04_intellectual_property.txt", "intellectual_property",
        "销售假冒NIKE运动鞋，三款86×268+54×398+31×188=50,368元≥5万元（刑法第214条，法释〔2025〕5号）；进货款"
        "14,970元不是计量口径；罚10万在商标法第60条五倍以下内；只罚款未移送",
        [threshold("ip-214-sell-counterfeit/2", "AIR FORCE 1型    86双 × 每双268元", 50368.0),
         fined_only("罚款人民币拾万元")], OVER),
    Doc("jz05_tax.txt", "tax",
        "账外收入虚假申报，2024年度少缴增值税160,784+企业所得税54,560+城建税11,254.88=226,598.88元≥10万元，占应纳"
        "税额294,451.32元的77%≥10%（法释〔2024〕4号第一条，刑法第201条）；追缴通知后逾期未缴，第四款不适用；罚60%"
        "在征管法第63条50%-5倍内；只罚款未移送",
        [threshold("tax-201-evasion/1", "增值税        2024.01-2024.12     198,627.40        37,843.40", 226598.88),
         fined_only("罚款共计人民币壹拾叁万伍仟玖佰伍拾玖元叁角叁分")], OVER),
    Doc("jz06_tax.txt", "tax",
        "无真实货物交易虚开增值税专用发票6份，税额＝价税合计−金额，24,180+18,525+26,689+12,831+10,062+16,198="
        "108,485元≥10万元（法释〔2024〕4号第十一条，刑法第205条）；罚40万在发票管理办法第35条5万-50万内；只罚款未移送",
        [threshold("tax-205-vat-invoice/1", "开具增值税专用发票6份", 108485.0), fined_only("并处罚款肆拾万元")], OVER),
    Doc("jz07_customs.txt", "customs",
        "以两套合同低报价格走私进口葡萄酒（单位），偷逃关税68,420.50+增值税121,366.27+消费税23,000=212,786.77元"
        "≥20万元（法释〔2014〕10号第二十四条，刑法第153条）；海关按申报不实罚17万（30%-2倍内）；只罚款未移送",
        [threshold("customs-153-ordinary-goods/2", "关税人民币68,420.50元", 212786.77),
         fined_only("决定对当事人科处罚款人民币17万元")], OVER),
    Doc("jz08_public_security.txt", "public_security",
        "出售行踪轨迹信息41条+征信信息12份=53条≥50条（两类同属第五条第一款第（三）项，法释〔2017〕10号，刑法第253条"
        "之一；性质在另一段）；一般信息3,200条、违法所得4,600元各未达线；罚3倍在网络安全法第64条第二款1-10倍内；"
        "只罚款未移送",
        [threshold("pi-253-1-personal-information/1", "轨迹回放记录41条", 53.0),
         fined_only("并处违法所得三倍罚款，计人民币13,800元")], OVER),
    Doc("jz09_public_security.txt", "public_security",
        "酒店前台出售住宿信息168+205+177=550条≥500条（法释〔2017〕10号第五条第一款第（四）项，刑法第253条之一；"
        "履职获得，半数即达线；信息种类在另一段）；罚5倍在网络安全法第64条第二款内；只罚款未移送",
        [threshold("pi-253-1-personal-information/2", "属于住宿信息", 550.0),
         fined_only("并处罚款人民币13,750元")], OVER),
    Doc("jz10_other.txt", "other",
        "单位出售一般个人信息2,400+3,100+1,760=7,260条≥5,000条（法释〔2017〕10号第五条第一款第（五）项，刑法第253条"
        "之一；违法所得21,780元亦≥5,000元）；网信罚80万在个人信息保护法第66条第二款内；只罚款未移送",
        [threshold("pi-253-1-personal-information/3", "共分三批向他人提供", 7260.0),
         fined_only("处罚款人民币捌拾万元")], OVER),
    Doc("jz11_other.txt", "other",
        "拖欠15名农民工工资6×3×6,800+5×2×7,500+4×1×4,200=214,200元≥3万元，经限期整改指令书责令支付逾期仍不支付、"
        "负责人失联（法释〔2013〕3号第三、四条，刑法第276条之一）；只作加付赔偿金处理未移送",
        [threshold("labor-276-1-wage-refusal/2", "拖欠该项目务工人员工资情况如下", 214200.0),
         fined_only("按应付金额百分之五十的标准加付赔偿金，计人民币壹拾万柒仟壹佰元")], OVER),
    Doc("jz12_food_safety.txt", "food_safety",
        "经营死因不明的生猪肉并加工卤肉销售（法释〔2021〕24号第一条第（二）项，刑法第143条足以造成严重食源性疾病）；"
        "罚10万在食品安全法第123条货值不足1万10万-15万内；只罚款未移送",
        [trigger("food-143-substandard/2", "死亡原因不明"), fined_only("（三）罚款人民币壹拾万元")], QUAL),
    Doc("jz13_tobacco.txt", "tobacco",
        "无零售许可证经营卷烟，120×450+200×230+36×500+150×260=157,000元≥5万元（法释〔2010〕7号第三条，刑法第225条）；"
        "506条<1000条不是唯一口径；罚30%在烟草专卖法实施条例第57条20%-50%内；只罚款未移送",
        [threshold("tobacco-225-illegal-business/1", "中华（硬）                120            450", 157000.0),
         fined_only("处以违法经营总额百分之三十的罚款")], OVER),
    Doc("jz14_customs.txt", "customs",
        "个人多次携带物品绕避申报走私，偷逃税款43,000+32,400+14,640+33,560=123,600元≥10万元（法释〔2014〕10号"
        "第十六条，刑法第153条）；罚9万在海关行政处罚实施条例第9条第一款第（三）项三倍以下内；只罚款未移送",
        [threshold("customs-153-ordinary-goods/1", "名牌手表          2只        43,000", 123600.0),
         fined_only("科处罚款人民币玖万元整")], OVER),
    Doc("jz15_product_quality.txt", "product_quality",
        "掺杂普通米冒充五常稻花香，未销售货值1,200×69+560×128=154,480元≥15万元（刑法第140条未遂，立案追诉标准（一）"
        "第十六条）；已销售2,553元；罚60%在产品质量法第50条内；只罚款未移送",
        [threshold("product-140-fake-inferior/2", "5公斤装       1,200袋     每袋69元", 154480.0),
         fined_only("计人民币玖万肆仟贰佰壹拾玖元捌角")], OVER),
    Doc("jz16_agriculture.txt", "agriculture",
        "韭菜种植中灌根使用禁用农药克百威（呋喃丹）并交售（法释〔2021〕24号第十一条，刑法第144条；禁用性质在另一句）；"
        "罚8千在农药管理条例第60条个人1万元以下内；只罚款未移送",
        [trigger("food-144-toxic/2", "克百威为国家禁止在蔬菜上使用的剧毒农药"), fined_only("处罚款人民币捌仟元")], QUAL),
    Doc("jz17_intellectual_property.txt", "intellectual_property",
        "未经许可在同一种商品上使用相同商标生产洗衣液，非法经营数额2,340×19.5+600×19.5=57,330元≥5万元（刑法第213条，"
        "法释〔2025〕5号）；罚15万在商标法第60条五倍以下内；只罚款未移送",
        [threshold("ip-213-counterfeit-trademark/1", "当事人已销售2,340箱，每箱出厂价19.5元", 57330.0),
         fined_only("罚款人民币壹拾伍万元")], OVER),
    Doc("jz18_food_safety.txt", "food_safety",
        "二人共同私设生猪屠宰场（两当事人），非法经营数额8,640公斤×22元=190,080元≥10万元（法释〔2021〕24号第十七条，刑法第225条）；"
        "现场货值5,400元是罚款基数不是计量口径；罚8万在生猪屠宰管理条例第31条5万-10万内；只罚款未移送",
        [threshold("food-225-illegal-business/1", "销售白条肉共计8,640公斤，销售价格每公斤22元", 190080.0),
         fined_only("并处罚款人民币捌万元")], OVER),
    Doc("jz19_tax.txt", "tax",
        "无真实业务虚开增值税普通发票，票面金额12.6+15.8+9.4+14.5=52.3万元≥50万元（法释〔2024〕4号第十二条，刑法"
        "第205条之一）；罚20万在发票管理办法第35条5万-50万内；只罚款未移送",
        [threshold("tax-205-1-ordinary-invoice/1", "2024年9月，票面金额12.6万元", 523000.0),
         fined_only("并处罚款贰拾万元")], OVER),
    Doc("jz20_tax.txt", "tax",
        "扣缴义务人少解缴已扣个人所得税36,600+41,200+39,900+53,300=171,000元≥10万元（法释〔2024〕4号第二条，"
        "刑法第201条第二款，不要求比例）；处理决定后逾期未解缴；罚1倍在征管法第63条第二款50%-5倍内；只罚款未移送",
        [threshold("tax-201-evasion/3", "2024年第一季度     48,600             12,000", 171000.0),
         fined_only("对你单位处少缴已扣税款一倍的罚款")], OVER),
]

PUBLIC_INTEREST = [
    # ── public-interest leads: statutory field + harm going on after the agency acted ──
    Doc("jz21_other.txt", "other",
        "应用程序未经单独同意采集人脸信息、强制索取无关权限（未出售或提供他人），责令改正后复查仍在持续，涉及46万用户含未成年人"
        "（个人信息保护领域，个人信息保护法第70条）；罚30万在第66条第一款拒不改正一百万以下内",
        [pil("personal_information", "截至本决定作出之日，上述行为仍在持续")], {"scenario": "pil", "continuing_harm": True}),
    Doc("jz22_public_security.txt", "public_security",
        "物业公开张贴213户业主身份证号码等信息，责令限期改正后两次回访仍未撤除、并有新增（个人信息保护领域，不特定"
        "多数人）；罚5万在个人信息保护法第66条第一款内",
        [pil("personal_information", "各单元公告栏张贴的名单仍未撤除")], {"scenario": "pil", "continuing_harm": True}),
    Doc("jz23_health.txt", "health",
        "定点药店串换药品致医保基金损失86,420.15元，责令退回逾期未退且仍在串换（国有财产保护领域）；罚1倍在医疗保障"
        "基金使用监督管理条例第38条1-2倍内",
        [pil("state_assets", "截至本决定作出之日，当事人仍未退回任何款项")], {"scenario": "pil", "continuing_harm": True}),
    Doc("jz24_tax.txt", "tax",
        "已申报税款3,862,450元经责令限期缴纳逾期仍全部欠缴（国有财产保护领域，税款流失）；未发现转移隐匿财产，不涉刑法"
        "第203条；罚50%在征管法第68条50%-5倍内，已听证",
        [pil("state_assets", "截至本决定作出之日，上述税款仍全部欠缴")], {"scenario": "pil", "continuing_harm": True}),
    Doc("jz25_food_safety.txt", "food_safety",
        "校门对面销售无标签、霉菌超标辣条，责令下架后两次复查仍向学生销售（食品药品安全领域，不特定多数未成年人）；"
        "未致严重食源性疾病不达刑法第143条；罚5万在食品安全法第124条货值不足1万5万-10万内",
        [pil("food_drug_safety", "发现当事人仍在店内向放学学生销售同类无标签辣条")],
        {"scenario": "pil", "continuing_harm": True}),
    Doc("jz26_drugs.txt", "drugs",
        "零售过期药品（劣药，含儿童用药），责令停售封存后拆封重新上架继续销售（食品药品安全领域）；无人身损害不达刑法"
        "第142条、销售金额远低于5万；罚10万为药品管理法第117条零售不足1万按1万计10倍下限",
        [pil("food_drug_safety", "并继续向顾客销售")], {"scenario": "pil", "continuing_harm": True}),
]

IRREGULAR = [
    # ── enforcement irregularities ──
    out_of_range("jz27_product_quality.txt", "product_quality",
                 "产品质量法第50条罚货值50%-3倍；货值1,600×15=24,000元，上限72,000元，罚8万超出上限（罚款未达10万，"
                 "法人不需听证）",
                 "四、罚款人民币捌万元。"),
    out_of_range("jz28_tax.txt", "tax",
                 "征管法第62条逾期申报情节严重的罚二千元以上一万元以下；罚1.5万超出上限，已告知听证",
                 "对你单位处壹万伍仟元罚款"),
    no_hearing("jz29_tax.txt", "tax",
               "税务对法人罚款2万元≥1万元（hearing.yaml税务：法人或其他组织一万元），只告知陈述、申辩，未告知听证；"
               "罚款在发票管理办法第34条情节严重1万-3万内",
               "对你单位处以罚款贰万元整"),
    no_hearing("jz30_public_security.txt", "public_security",
               "公安机关对个人罚款5,000元≥2,000元（公安机关办理行政案件程序规定第123条），只告知陈述、申辩，未告知听证；"
               "罚款在反电信网络诈骗法第44条内；未查明用于诈骗",
               "并处罚款人民币伍仟元"),
    Doc("jz31_public_security.txt", "public_security",
        "个人信息保护法（2021）共74条，引用的第七十六条不存在（应为第66条）；只给予警告",
        [irregular("nonexistent_article", "《中华人民共和国个人信息保护法》第七十六条")],
        {"scenario": "irregularity", "irregularities": ["nonexistent_article"]}),
    Doc("jz32_food_safety.txt", "food_safety",
        "2024年12月9日立案、2025年6月18日决定，历时191日，超过行政处罚法第60条及市场监管程序规定九十日（延长后"
        "一百二十日），文书未记载延期批准；罚5万在食品安全法第124条内，已听证",
        [irregular("time_limit", "本局于2024年12月9日根据消费者投诉，对当事人涉嫌使用超过保质期的食品原料一案立案调查")],
        {"scenario": "irregularity", "irregularities": ["time_limit"]}),
]

NEGATIVE = [
    # ── negatives (near misses marked) ──
    Doc("jz33_intellectual_property.txt", "intellectual_property",
        "销售假冒adidas运动鞋72×258+64×368+34×208=49,200元<5万元，获利约2.9万<3万，已售+库存53,070元<15万，均不达"
        "刑法第214条；罚10万（大于门槛但不是计量口径）在商标法第60条内，已听证",
        flags={"scenario": "under", "near_miss": True}),
    Doc("jz34_tax.txt", "tax",
        "逃税182,316.50元且占21.4%，但首次、在处理决定期限内补缴税款滞纳金并接受处罚，依刑法第201条第四款不予追究；"
        "罚50%在征管法第63条内，已告知听证",
        flags={"scenario": "tax_paid", "near_miss": True}),
    Doc("jz35_drugs.txt", "drugs",
        "销售假药，已移送公安机关并立案侦查，不是隐匿的移送线索；只吊证，罚款待刑事程序终结",
        flags={"scenario": "transferred", "near_miss": True, "transferred": True}),
    Doc("jz36_tax.txt", "tax",
        "为虚增业绩融资对开专票税额136,420元≥10万，已移送公安，公安以不以骗抵税款为目的、未造成损失（法释〔2024〕4号"
        "第十条第二款）不予立案并退回；罚10万在发票管理办法第35条内，已听证",
        flags={"scenario": "police_declined", "near_miss": True, "police_declined": True}),
    Doc("jz37_food_safety.txt", "food_safety",
        "举报非法添加西地那非，两批次23种药物成分均未检出，无有毒有害物质；标签违法罚1万在食品安全法第125条5千-5万内",
        flags={"scenario": "not_detected", "near_miss": True}),
    Doc("jz38_other.txt", "other",
        "体检预约系统漏洞致个人信息可被查询，次日修复、逐一通知，两次复测已修复、未发现扩散，危害后果已消除，无持续损害；"
        "只给予警告",
        flags={"scenario": "pil_remedied", "near_miss": True, "continuing_harm": False}),
    Doc("jz39_other.txt", "other",
        "拖欠18人工资96,480元，但在整改指令期限内足额支付，不是刑法第276条之一的经责令支付仍不支付；未按要求报送材料罚"
        "2千在劳动保障监察条例第30条2千-2万内",
        flags={"scenario": "remedied", "near_miss": True}),
    Doc("jz40_public_security.txt", "public_security",
        "出售通讯录2,300条（一般，5000条线）+通话记录120条（500条线），按比例0.46+0.24=0.70<1，违法所得4,200元<5000元"
        "（法释〔2017〕10号第五条）；罚3倍在网络安全法第64条第二款内，已告知听证",
        flags={"scenario": "under", "near_miss": True}),
    Doc("jz41_tax.txt", "tax",
        "虚开专票5份，税额＝价税合计839,590−金额743,000=96,590元<10万元（法释〔2024〕4号第十一条）；价税合计超过10万"
        "但不是计量口径，专票不适用第205条之一票面金额；罚30万在发票管理办法第35条内，已听证",
        flags={"scenario": "under", "near_miss": True}),
    Doc("jz42_customs.txt", "customs",
        "单位走私偷逃税款79,100+108,200=187,300元<单位线20万元（超过个人线10万不适用；法释〔2014〕10号第二十四条），"
        "无前科；罚30万在海关行政处罚实施条例第9条三倍以下内，已听证",
        flags={"scenario": "under", "near_miss": True}),
    Doc("jz43_tobacco.txt", "tobacco",
        "无证零售卷烟160×110+140×100+65×240=47,200元<5万元，违法所得9,800元<2万元，365条<1000条（法释〔2010〕7号"
        "第三条）；罚20%在烟草专卖法实施条例第57条内",
        flags={"scenario": "under", "near_miss": True}),
    Doc("jz44_product_quality.txt", "product_quality",
        "不合格灭火器已售9,000元<5万，库存货值12万<15万，9,000×3+120,000=147,000<15万（立案追诉标准（一）第十六条）；"
        "罚24万（大于门槛但不是计量口径）在产品质量法第50条货值129,000元的3倍内，已听证",
        flags={"scenario": "under", "near_miss": True}),
    Doc("jz45_market.txt", "market",
        "不予行政处罚决定书：促销截止日期标注不实，初次违法危害轻微并及时改正（行政处罚法第33条第一款）",
        flags={"scenario": "no_penalty"}),
    Doc("jz46_market.txt", "market",
        "保健食品虚假广告，违法所得（扣除进货成本）412×(298−230)=28,016元<3万元（立案追诉标准（二）第六十七条，刑法"
        "第222条）；销售额122,776元不是计量口径；罚25万在广告法第55条广告费无法计算20万-100万内，已听证",
        flags={"scenario": "under", "near_miss": True}),
]

GROUPS = [
    # ── 化整为零: one cable seller (same credit code) cut into three decisions by three district bureaus ──
    *[Doc(name, "product_quality",
          "同一信用代码的电线销售公司三处经营场所以不合格电线冒充合格，分由三区局处罚；累计销售金额18,300+16,900+"
          "17,400=52,600元≥5万元（刑法第140条，立案追诉标准（一）第十六条）；每案罚一倍在产品质量法第50条内",
          [split("product-140-fake-inferior/1", quote, 52600.0, SPLIT)],
          {"scenario": "split", "split_group": SPLIT})
      for name, quote in (("jz47_product_quality.txt", "销售金额为人民币18,300元"),
                          ("jz48_product_quality.txt", "销售金额合计16,900元"),
                          ("jz49_product_quality.txt", "销售金额一万七千四百元"))],
    # ── repeat offender: the same credit code punished again nine months later ──
    Doc("jz50_tax.txt", "tax",
        "应开未开发票，首次处罚，罚5千在发票管理办法第33条一万元以下内（法人不足1万不需听证）",
        flags={"scenario": "repeat_first", "repeat_group": REPEAT}),
    Doc("jz51_tax.txt", "tax",
        "同一纳税人识别号在2024年9月12日处罚后约九个月再犯同类违法，二年内再犯；罚9千在发票管理办法第33条内",
        [repeat("厦门鹭岛鑫达贸易有限公司", REPEAT)],
        {"scenario": "repeat", "repeat_group": REPEAT}),
]

DOCS = sorted(CRIMINAL + PUBLIC_INTEREST + IRREGULAR + NEGATIVE + GROUPS, key=lambda doc: doc.file)


labeled = lead_gold.labeler(HERE, CREATED, VERSION)

if __name__ == "__main__":
    lead_gold.main(HERE, DOCS, CREATED, VERSION)
