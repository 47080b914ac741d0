"""Lead labels for the forty-second hand-written set in this folder (run to rewrite ``gold.jsonl``).

A new UNSEEN held-out test of the lead screening, written on 2026-11-22 without reading any decision
of the other hand-written sets nor the screening code. Every decision ``juNN_<domain>.txt`` was
written by hand in the manner of published 行政处罚决定书 of city and district agencies across China
(山东, 河南, 四川, 河北, 湖南, 广东, 江苏, 福建, 浙江, 湖北, 重庆, 陕西, 安徽, 贵州, 海南, 天津, 上海,
辽宁, 广西, 江西, 云南, 黑龙江, 北京, 内蒙古, 山西, 吉林, 新疆), leaning on market regulation: food,
drugs, 医疗器械, 化妆品, 特种设备, 烟草, 商标, 专利, 价格, 广告, with 出版物 and 网络传播, 危险货物运输,
消防, 税务, 海关, 公安 and 人社 forms. All names, numbers, codes and addresses are invented; credit codes
carry valid GB 32100-2015 check digits, identity numbers are masked. Labels come from the law only:
criminal thresholds from corpora/knowledge/thresholds.yaml (the version in force on the date of the
facts), hearing figures from corpora/knowledge/hearing.yaml, fine ranges and article existence from
the statute text in force on the decision date. Each row's ``meta.reason`` gives the one-line legal
reason. Conventions are those of ``handwritten_fifth/make_gold.py``.

Run from the repository root: ``.venv/bin/python corpora/labeled/handwritten_fortysecond/make_gold.py``.
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
CREATED = "2026-11-22T19:00:00+00:00"
VERSION = "handwritten-fortysecond/1"

SPLIT, REPEAT = "split-ju-zhengzhou-helmets", "repeat-ju-shijiazhuang-purifier-ads"
OVER = {"scenario": "over"}
QUAL = {"scenario": "qualitative"}

CRIMINAL = [
    # ── criminal-transfer leads (each also 以罚代刑: only fined, no transfer recorded) ──
    Doc("ju01_food_safety.txt", "food_safety",
        "代用茶中检出格列本脲（降糖药物，非食品原料），保健类食品非法添加国家禁用药物，刑法第144条行为犯"
        "（food-144-toxic/3）；罚12万在食品安全法第123条货值不足1万10万-15万内，已告知听证；只罚款未移送",
        [trigger("food-144-toxic/3", "均检出格列本脲"), fined_only("罚款人民币壹拾贰万元整")], QUAL),
    Doc("ju02_food_safety.txt", "food_safety",
        "以病死猪肉制卤肉销售（动物卫生监督所认定在另一段），刑法第143条（food-143-substandard/2，病死畜肉）；"
        "罚10万在食品安全法第123条第一款第（三）项10万-15万内，已告知听证；只罚款未移送",
        [trigger("food-143-substandard/2", "属病死猪肉"), fined_only("罚款人民币100,000元")], QUAL),
    Doc("ju03_drugs.txt", "drugs",
        "成分与国家药品标准不符（检出双氯芬酸钠、泼尼松），依药品管理法第98条第二款第（一）项为假药，销售假药为"
        "刑法第141条行为犯（drug-141-counterfeit/1）；罚150万为第116条货值不足10万按10万计15倍，已听证；只罚款未移送",
        [trigger("drug-141-counterfeit/1", "上述药品应当认定为假药"), fined_only("计人民币壹佰伍拾万元（1,500,000元）")],
        QUAL),
    Doc("ju04_work_safety.txt", "work_safety",
        "自动扶梯检验不合格、存在重大事故隐患被查封并责令停止使用，擅自撕封继续运行载客（刑法第134条之一第（二）项"
        "危险作业罪，safety-134-1a-dangerous-operation/2）；罚20万在特种设备安全法第84条3万-30万内；只罚款未移送",
        [trigger("safety-134-1a-dangerous-operation/2", "1号、2号自动扶梯均仍在运行并搭载顾客"),
         fined_only("罚款贰拾万元整")], QUAL),
    Doc("ju05_drugs.txt", "drugs",
        "销售不符合强制性标准的医用检查手套，销售收入须由表中数量×单价相加：420×38.5+760×38.5+310×42=58,450元"
        "≥5万元（product-145-medical-devices/2，刑法第145条/第149条）；罚6倍在医疗器械条例第86条5-20倍内；只罚款未移送",
        [threshold("product-145-medical-devices/2", "上述三个规格手套均已售出", 58450.0),
         fined_only("计人民币叁拾伍万零柒佰元整")], OVER),
    Doc("ju06_drugs.txt", "drugs",
        "销售含汞（禁用组分）未注册祛斑霜，销售金额6.72万元≥5万元（product-148-cosmetics/2，刑法第148条/第149条）；"
        "罚15倍在化妆品条例第59条15-30倍内；只罚款未移送",
        [threshold("product-148-cosmetics/2", "销售金额共计6.72万元", 67200.0),
         fined_only("即人民币壹佰零陆万柒仟伍佰贰拾元")], OVER),
    Doc("ju07_drugs.txt", "drugs",
        "批发超过有效期药品（药品管理法第98条第三款第（五）项劣药），三批销售金额2.18万+19,650+壹万叁仟贰佰="
        "54,650元≥5万元（drug-142-substandard/2，刑法第142条/第149条）；罚100万为第117条按10万计10倍；只罚款未移送",
        [threshold("drug-142-substandard/2", "销售金额2.18万元", 54650.0), fined_only("罚款人民币壹佰万元整")], OVER),
    Doc("ju08_intellectual_property.txt", "intellectual_property",
        "网店销售假冒注册商标运动鞋，销售金额1,260×29.8+540×33.5=55,638元≥5万元（ip-214-sell-counterfeit/2，"
        "2025年事实，刑法第214条）；违法所得1.21万不是唯一口径；罚15万在商标法第60条五倍以下内；只罚款未移送",
        [threshold("ip-214-sell-counterfeit/2", "“疾风”款1,260双", 55638.0), fined_only("罚款人民币壹拾伍万元")],
        OVER),
    Doc("ju09_intellectual_property.txt", "intellectual_property",
        "未经许可在同一种商品上使用相同商标（假冒注册商标），非法经营数额=已售1,380×26+库存820×28=58,840元≥5万元"
        "（ip-213-counterfeit-trademark@2004/1，2024年事实，刑法第213条）；罚20万在商标法第60条内，已听证；只罚款未移送",
        [threshold("ip-213-counterfeit-trademark@2004/1", "已销售1,380桶", 58840.0),
         fined_only("罚款人民币贰拾万元整")], OVER),
    Doc("ju10_intellectual_property.txt", "intellectual_property",
        "在产品上标注他人专利号（假冒专利），非法经营数额4,600台×48元=220,800元≥20万元（ip-216-patent/1，刑法第216条）；"
        "违法所得3.9万不是计量口径；罚12万在专利法第68条违法所得5万以下25万以下内；只罚款未移送",
        [threshold("ip-216-patent/1", "共生产并销售该款插座4,600台", 220800.0), fined_only("罚款壹拾贰万元")], OVER),
    Doc("ju11_tobacco.txt", "tobacco",
        "无证批发卷烟，表中九个品种合计1,120条=224,000支≥20万支（tobacco-225-illegal-business/3，法释〔2010〕7号，"
        "刑法第225条；价值19.37万亦≥5万）；罚60%在烟草专卖法实施条例第54条50%-1倍内；只罚款未移送",
        [threshold("tobacco-225-illegal-business/3", "现场查获卷烟明细如下（单位：条）", 224000.0),
         fined_only("计人民币壹拾壹万陆仟贰佰贰拾元")], OVER),
    Doc("ju12_tobacco.txt", "tobacco",
        "无零售许可证经营卷烟（寄递），经营总额6.42万元≥5万元（tobacco-225-illegal-business/1，刑法第225条）；"
        "获利0.87万<2万不是唯一口径；罚30%在实施条例第57条20%-50%内；只罚款未移送",
        [threshold("tobacco-225-illegal-business/1", "经营总额为6.42万元", 64200.0), fined_only("计人民币19,260元")],
        OVER),
    Doc("ju13_market.txt", "market",
        "广告发布者明知虚假仍为保健食品发布治疗功效广告，违法所得（广告费）9,600+13,800+13,400=36,800元≥3万元"
        "（market-222-false-advertising/3，食品药品虚假宣传，刑法第222条）；广告主销售额48.7万不是本当事人的违法所得；"
        "罚3倍在广告法第55条第三款3-5倍内，已听证；只罚款未移送",
        [threshold("market-222-false-advertising/3", "当事人收取的广告费用为", 36800.0),
         fined_only("计人民币110,400元")], OVER),
    Doc("ju14_culture_tourism.txt", "culture_tourism",
        "未经许可印刷复制教辅图书三种1,200+960+700=2,860册≥500件（ip-217-218-copyright/3，刑法第217条）；印刷费2.3万"
        "不是计量口径；罚8万在著作权法第53条内；只罚款未移送",
        [threshold("ip-217-218-copyright/3", "《小学数学思维训练（五年级）》1,200册", 2860.0),
         fined_only("罚款人民币捌万元整")], OVER),
    Doc("ju15_culture_tourism.txt", "culture_tourism",
        "网站未经许可提供电影862部、电视剧214部，合计1,076件≥500件（ip-217-218-copyright/3，信息网络传播视为复制发行，"
        "刑法第217条）；违法所得3.665万亦≥3万；罚10万在信息网络传播权保护条例第18条内；只罚款未移送",
        [threshold("ip-217-218-copyright/3", "在线提供电影862部", 1076.0), fined_only("罚款人民币壹拾万元")], OVER),
    Doc("ju16_public_security.txt", "public_security",
        "出售酒店旅客入住登记（住宿信息，性质在前一段）1,184条≥500条（pi-253-1-personal-information/2，法释〔2017〕10号，"
        "刑法第253条之一）；违法所得2,960<5,000不是唯一口径；罚5倍在网络安全法第64条第二款1-10倍内；只罚款未移送",
        [threshold("pi-253-1-personal-information/2", "已出售的上述数据共计1,184条", 1184.0),
         fined_only("并处违法所得五倍罚款人民币14,800元")], OVER),
    Doc("ju17_tax.txt", "tax",
        "无真实交易虚开增值税专用发票11份，表中税额41,600+53,300+12,740=107,640元≥10万元（tax-205-vat-invoice/1，"
        "刑法第205条）；价税合计与开票费不是计量口径；罚40万在发票管理办法第35条5万-50万内；只罚款未移送",
        [threshold("tax-205-vat-invoice/1", "开具增值税专用发票11份", 107640.0), fined_only("并处罚款400,000.00元")],
        OVER),
    Doc("ju18_customs.txt", "customs",
        "个人伪报走私化妆品，偷逃税款关税+增值税+消费税=108,441.65元≥10万元（customs-153-ordinary-goods/1，刑法第153条）；"
        "罚10万在海关行政处罚实施条例第9条第一款第（三）项3倍以下内；只罚款未移送",
        [threshold("customs-153-ordinary-goods/1", "关税人民币12,310.50元", 108441.65),
         fined_only("科处罚款人民币拾万元整")], OVER),
    Doc("ju19_other.txt", "other",
        "拖欠14名农民工工资6×4,850+5×5,320+3×3,900=67,400元，经指令书责令限期支付逾期不付并转移资金、失联"
        "（labor-276-1-wage-refusal/2，法释〔2013〕3号，刑法第276条之一）；只作加付赔偿金处理未移送",
        [threshold("labor-276-1-wage-refusal/2", "拖欠14名农民工", 67400.0),
         fined_only("按应付金额的百分之百向劳动者加付赔偿金")], OVER),
    Doc("ju20_food_safety.txt", "food_safety",
        "芝麻油掺大豆油以次充好，销售金额2,150×24.8+1,630×13.5=75,325元≥5万元（product-140-fake-inferior/1，刑法第140条）；"
        "罚10倍在食品安全法第124条货值1万以上10-20倍内；只罚款未移送",
        [threshold("product-140-fake-inferior/1", "500ml装2,150瓶", 75325.0),
         fined_only("计人民币柒拾伍万叁仟贰佰伍拾元")], OVER),
]

PUBLIC_INTEREST = [
    # ── public-interest leads: statutory field + harm going on after the agency acted ──
    Doc("ju21_food_safety.txt", "food_safety",
        "校门口便利店销售无标签、过期食品，责令下架后两次复查仍向学生销售（食品药品安全领域，不特定多数未成年人）；"
        "货值1,260元不涉刑；罚5万在食品安全法第124条货值不足1万5万-10万内",
        [pil("food_drug_safety", "仍在向放学的学生销售同类无标签辣条和过期豆干")],
        {"scenario": "pil", "continuing_harm": True}),
    Doc("ju22_drugs.txt", "drugs",
        "使用未注册第三类医疗器械（玻尿酸）为顾客注射，责令停止后仍为顾客注射（食品药品安全领域）；未注册不等于"
        "不符合标准，不涉刑法第145条；罚5倍在医疗器械条例第86条5-20倍内",
        [pil("food_drug_safety", "仍为顾客注射同类无注册证的透明质酸钠凝胶")],
        {"scenario": "pil", "continuing_harm": True}),
    Doc("ju23_culture_tourism.txt", "culture_tourism",
        "网吧接纳未成年人，责令改正后两次复查仍接纳（未成年人保护领域）；罚1.5万在互联网上网服务营业场所管理条例"
        "第31条一万五千元以下内，单位1.5万不需告知听证",
        [pil("minors", "当事人仍接纳未成年人进入营业场所上网")], {"scenario": "pil", "continuing_harm": True}),
    Doc("ju24_public_security.txt", "public_security",
        "售楼处未经同意采集人脸信息约2.3万人次，警告责令删除后拒不改正，决定时仍未删除（个人信息保护领域）；"
        "罚10万在个人信息保护法第66条第一款一百万元以下内，已告知听证",
        [pil("personal_information", "被处罚单位仍未删除上述信息")], {"scenario": "pil", "continuing_harm": True}),
    Doc("ju25_work_safety.txt", "work_safety",
        "商场封闭安全出口、占用消防车通道，责令立即改正后春节客流高峰复查仍未改正（安全生产领域，人员密集）；"
        "罚3万在消防法第60条五千-五万内",
        [pil("work_safety", "地下一层两处安全出口仍被封闭")], {"scenario": "pil", "continuing_harm": True}),
    Doc("ju26_work_safety.txt", "work_safety",
        "小区6台电梯超期未检，指令书责令限期申报检验后复查仍未检验、仍在运行（安全生产领域，约600户）；"
        "未认定重大事故隐患，不作危险作业罪；罚3万在特种设备安全法第84条3万-30万内",
        [pil("work_safety", "上述6台电梯仍在运行")], {"scenario": "pil", "continuing_harm": True}),
]

IRREGULAR = [
    # ── enforcement irregularities ──
    out_of_range("ju27_market.txt", "market",
                 "不按规定明码标价，价格违法行为行政处罚规定第13条（价格法第42条）可以并处5,000元以下罚款；罚2万超出上限",
                 "罚款人民币贰万元"),
    out_of_range("ju28_drugs.txt", "drugs",
                 "经营超过使用期限的化妆品，货值4,810元不足1万元，化妆品监督管理条例第60条罚1万-5万；罚6千低于下限，"
                 "文书未写明减轻处罚的法定情节（初次、配合调查不是行政处罚法第32条的减轻情形）",
                 "罚款人民币陆仟元整"),
    no_hearing("ju29_transport.txt", "transport",
               "交通运输部门对个人罚款5万元≥1万元（hearing.yaml默认市场监管标准，行政处罚法第63条），只告知陈述、申辩，"
               "未告知听证；罚款在道路运输条例第63条第（三）项3万-10万内",
               "罚款人民币伍万元"),
    no_hearing("ju30_work_safety.txt", "work_safety",
               "市场监管对单位罚款12万元≥10万元（hearing.yaml市场监管单位十万元），只告知陈述、申辩，未告知听证；"
               "罚款在特种设备安全法第84条3万-30万内",
               "罚款人民币壹拾贰万元整"),
    Doc("ju31_market.txt", "market",
        "广告法（2021修正）共74条，引用的第七十八条不存在（未经审查发布医疗器械广告的罚则为第58条第一款第（十四）项，"
        "广告费用无法计算10万-20万，15万在内），已听证",
        [irregular("nonexistent_article", "《中华人民共和国广告法》第七十八条")],
        {"scenario": "irregularity", "irregularities": ["nonexistent_article"]}),
    Doc("ju32_food_safety.txt", "food_safety",
        "2025年1月8日立案、2025年6月16日决定，历时159日，超过行政处罚法第60条九十日（市场监管程序规定延长须批准），"
        "文书未记载延期批准或中止；罚8千在食品安全法第126条5千-5万内",
        [irregular("time_limit", "本局于2025年1月8日对当事人涉嫌未履行进货查验义务一案立案调查")],
        {"scenario": "irregularity", "irregularities": ["time_limit"]}),
]

NEGATIVE = [
    # ── negatives (near misses marked) ──
    Doc("ju33_tax.txt", "tax",
        "少缴税款152,288.25元≥10万且占18.21%≥10%，但首次被税务处理、已补缴税款和滞纳金并接受处罚，依刑法第201条"
        "第四款不予追究；罚50%在征管法第63条50%-5倍内，已告知听证",
        flags={"scenario": "tax_paid", "near_miss": True}),
    Doc("ju34_intellectual_property.txt", "intellectual_property",
        "销售假冒注册商标手提包约9.6万元≥5万元，但已移送公安机关并立案侦查，罚款待刑事程序终结，不是隐匿的移送线索",
        flags={"scenario": "transferred", "near_miss": True, "transferred": True}),
    Doc("ju35_tobacco.txt", "tobacco",
        "无证零售卷烟经营总额5.6万元，已移送公安，公安以证据不足不予立案并退回；罚20%在实施条例第57条20%-50%内，"
        "已告知听证",
        flags={"scenario": "police_declined", "near_miss": True, "police_declined": True}),
    Doc("ju36_food_safety.txt", "food_safety",
        "举报火锅添加罂粟壳，三批次样品均未检出，无有毒有害物质；生熟混放拒不改正罚5千在食品安全法第126条5千-5万内",
        flags={"scenario": "not_detected", "near_miss": True}),
    Doc("ju37_intellectual_property.txt", "intellectual_property",
        "销售假冒商标商品，销售金额48,600元<5万、违法所得1.76万<3万、已售加库存60,640元<15万，均不达刑法第214条"
        "（ip-214-sell-counterfeit/1-3）；罚14.58万（数字大于门槛但不是计量口径）在商标法第60条内，已听证",
        flags={"scenario": "under", "near_miss": True}),
    Doc("ju38_tobacco.txt", "tobacco",
        "持证零售户未在当地批发企业进货（不是无证经营），查获卷烟980条=19.6万支<20万支、进货总额4.9万<5万；"
        "罚8%在实施条例第56条5%-10%内",
        flags={"scenario": "under", "near_miss": True}),
    Doc("ju39_drugs.txt", "drugs",
        "销售不符合强制性标准的注射器，销售金额570×83.3=47,481元<5万（product-145-medical-devices/2）；已售×3加库存"
        "2,499元=144,942元<15万（product-140-fake-inferior/3）；罚5倍在医疗器械条例第86条5-20倍内",
        flags={"scenario": "under", "near_miss": True}),
    Doc("ju40_public_security.txt", "public_security",
        "出售车辆实时位置（行踪轨迹）46条<50条、违法所得3,800元<5,000元（法释〔2017〕10号第五条），无其他信息可合计；"
        "罚5倍在网络安全法第64条第二款内，已告知听证",
        flags={"scenario": "under", "near_miss": True}),
    Doc("ju41_other.txt", "other",
        "拖欠19人工资8.63万元，但在指令书限期内足额支付，不是刑法第276条之一的经责令支付仍不支付；未编制工资台账"
        "逾期改正罚2万在保障农民工工资支付条例第54条2万-5万内",
        flags={"scenario": "remedied", "near_miss": True}),
    Doc("ju42_work_safety.txt", "work_safety",
        "安全出口堵塞、消防车通道被占，当日整改，两次复查隐患已全部消除，无持续危害；罚5千在消防法第60条内",
        flags={"scenario": "pil_remedied", "near_miss": True, "continuing_harm": False}),
    Doc("ju43_drugs.txt", "drugs",
        "销售不合格化妆品，销售金额4.3万元<5万（product-148-cosmetics/2）、已售×3加库存8,968元=137,968元<15万；进货款"
        "5.8万（数字大于门槛但不是计量口径）；罚5倍在化妆品条例第60条5-20倍内，已听证",
        flags={"scenario": "under", "near_miss": True}),
    Doc("ju44_intellectual_property.txt", "intellectual_property",
        "假冒专利，非法经营数额3,100×60=186,000元<20万、违法所得2.48万<10万（ip-216-patent/1），空包装盒无货值；"
        "罚5万在专利法第68条25万以下内，已听证",
        flags={"scenario": "under", "near_miss": True}),
    Doc("ju45_customs.txt", "customs",
        "旅客走私应税物品，偷逃税款45,360+23,850+27,208.30=96,418.30元<10万元（customs-153-ordinary-goods/1），"
        "此前无走私处罚；罚5万在海关行政处罚实施条例第9条第一款第（三）项3倍以下内",
        flags={"scenario": "under", "near_miss": True}),
]

GROUPS = [
    # ── 化整为零: one company's three shops, three district bureaus, the same helmet, decisions a day apart ──
    *[Doc(name, "product_quality",
          "同一经营者（同一信用代码）三门店销售同一批不合格头盔冒充合格，分三区三案；销售金额17,200+16,400+18,100="
          "51,700元≥5万元（product-140-fake-inferior/1，刑法第140条）；每案罚80%在产品质量法第50条50%-3倍内",
          [split("product-140-fake-inferior/1", quote, 51700.0, SPLIT)],
          {"scenario": "split", "split_group": SPLIT})
      for name, quote in (("ju46_product_quality.txt", "销售金额为人民币17,200元"),
                          ("ju47_product_quality.txt", "销售金额为壹万陆仟肆佰元"),
                          ("ju48_product_quality.txt", "销售金额1.81万元"))],
    # ── repeat offender: the same credit code punished again ten months later ──
    Doc("ju49_market.txt", "market",
        "净水器虚假宣传治疗功效，首次处罚，广告费用无法计算，罚20万在广告法第55条第一款20万-100万内，已告知听证",
        flags={"scenario": "repeat_first", "repeat_group": REPEAT}),
    Doc("ju50_market.txt", "market",
        "同一统一社会信用代码的单位在2024年10月15日处罚后约十个月再犯同类虚假广告，二年内再犯；罚35万在第55条"
        "第一款内（二年内仅一次前罚，不达刑法第222条二次以上）",
        [repeat("石家庄清源泉环保科技有限公司", REPEAT)],
        {"scenario": "repeat", "repeat_group": REPEAT}),
]

DOCS = sorted(CRIMINAL + PUBLIC_INTEREST + IRREGULAR + NEGATIVE + GROUPS, key=lambda doc: doc.file)


labeled = lead_gold.labeler(HERE, CREATED, VERSION)

if __name__ == "__main__":
    lead_gold.main(HERE, DOCS, CREATED, VERSION)
