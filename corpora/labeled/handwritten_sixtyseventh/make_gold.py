"""Lead labels for the sixty-seventh hand-written set in this folder (run to rewrite ``gold.jsonl``).

A new UNSEEN held-out test of the lead screening, written on 2026-11-23 without reading any decision
of the earlier hand-written sets nor the screening code. Every decision ``ktNN_<domain>.txt`` was
written by hand in the manner of published 行政处罚决定书 of agencies across the country (市场监管,
税务稽查, 海关, 公安, 人社, 应急, 消防, 林业, 自然资源, 生态环境, 卫健, 农业农村, 文旅; 北京, 河北,
辽宁, 黑龙江, 江苏, 浙江, 安徽, 福建, 江西, 山东, 河南, 湖北, 湖南, 广东, 广西, 重庆, 四川, 贵州,
云南, 陕西, 甘肃, 宁夏, 新疆). All names, numbers, codes and addresses are invented; credit codes
carry valid GB 32100-2015 check digits, identity numbers valid GB 11643 check digits.

The set's focus is hard NEGATIVES next to true leads: for most offences a true lead and a near miss
that differ in ONE element, stated in another sentence than the figure (a total just over or just
under after adding rows; 检出 vs 未检出 after a 快检; 明知 rejected vs 不知情 with 合法来源 accepted;
补缴 with vs without two prior penalties; 移送 recorded; protected vs unprotected birds in a mixed lot;
永久基本农田 vs 一般耕地; 禁捕水域 vs open season; 责令后仍不支付 vs paid in time; 总铬 vs 总镍
multiples; 拒不执行 vs complied; two prior penalties vs one), plus public-interest leads where the harm
continues (and one where it was remedied), irregularities, a 化整为零 split and a repeat offender.

Labels come from the law only: criminal thresholds from corpora/knowledge/thresholds.yaml, hearing
figures from corpora/knowledge/hearing.yaml, fine ranges and article existence from the statute
text in force on the decision date (corpora/knowledge/statutes). Each row's ``meta.reason`` gives the
one-line legal reason. Conventions are those of ``handwritten_fifth/make_gold.py``.

Run from the repository root: ``.venv/bin/python corpora/labeled/handwritten_sixtyseventh/make_gold.py``.
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
CREATED = "2026-11-23T01:10:00+00:00"
VERSION = "handwritten-sixtyseventh/1"

SPLIT, REPEAT = "split-kt-bobai-eucalyptus", "repeat-kt-yongdeng-restaurant"
OVER = {"scenario": "over"}
QUAL = {"scenario": "qualitative"}

CRIMINAL = [
    # ── criminal-transfer leads (each also 以罚代刑: only fined, no transfer recorded) ──
    Doc("kt01_food_safety.txt", "food_safety",
        "快检阳性后法定检验检出西地那非（处方药成分，非食品原料），压片糖果中添加药物即刑法第144条行为犯"
        "（food-144-toxic/3，法释〔2021〕24号）；罚15倍在食品安全法第123条货值1万以上15-30倍内；只罚款未移送",
        [trigger("food-144-toxic/3", "该批次压片糖果中检出西地那非"),
         fined_only("三、罚款人民币贰拾贰万陆仟捌佰元（226,800元）")], QUAL),
    Doc("kt03_fishery.txt", "fishery",
        "鄱阳湖长期禁捕水域（禁渔区、禁渔期，在另一句）使用电鱼方法捕捞，刑法第340条无数量要求"
        "（fishery-340-inland/5，法释〔2022〕12号第三条）；渔获仅14.6公斤不影响；罚款在渔业法第38条五万元以下内；只罚款未移送",
        [trigger("fishery-340-inland/5", "上述水域属于禁捕水域"), fined_only("对邵国平罚款人民币伍仟元")], QUAL),
    Doc("kt05_wildlife.txt", "wildlife",
        "混合鸟类中画眉14只×1,200+红嘴相思鸟9只×700=23,100元（国家二级，级别在另一段）≥2万元"
        "（wildlife-341-1-endangered/1，法释〔2022〕12号第六条，刑法第341条第一款）；白头鹎3,000元不计；"
        "罚2倍在野生动物保护法第52条内；只罚款未移送",
        [threshold("wildlife-341-1-endangered/1", "画眉　　　　　14只", 23100.0),
         fined_only("计人民币肆万陆仟贰佰元")], OVER),
    Doc("kt07_land.txt", "land",
        "三宗地1,534+1,401+1,201=4,136平方米≈6.2亩，地类永久基本农田（另一段），耕作层严重毁坏，≥5亩"
        "（land-342-cultivated/1，法释〔2000〕14号第三条，刑法第342条）；罚每平方米200元在实施条例第57条100-1000元内；只罚款未移送",
        [threshold("land-342-cultivated/1", "全部位于永久基本农田保护红线内", 6.2),
         fined_only("计人民币捌拾贰万柒仟贰佰元")], OVER),
    Doc("kt09_tax.txt", "tax",
        "隐匿收入少缴增值税61,200+企业所得税82,600=143,800元≥10万且占应纳税额1,123,400元的12.8%≥10%"
        "（tax-201-evasion/1，刑法第201条）；虽已补缴，但五年内已被税务机关两次行政处罚，第四款不免责"
        "（tax-201-evasion/4）；罚50%在征管法第63条内；只罚款未移送",
        [threshold("tax-201-evasion/1", "少缴2022年度企业所得税82,600.00元", 143800.0),
         fined_only("计71,900.00元")], OVER),
    Doc("kt11_other.txt", "other",
        "12名农民工欠薪表逐行相加43,560元≥3万元（十人以上），经限期改正指令书责令支付逾期仍未支付、法定代表人失联"
        "（labor-276-1-wage-refusal/2，法释〔2013〕3号，刑法第276条之一）；罚2万在劳动保障监察条例第30条2千-2万内；只罚款未移送",
        [threshold("labor-276-1-wage-refusal/2", "拖欠在该项目务工的12名农民工工资", 43560.0),
         fined_only("处以罚款人民币贰万元")], OVER),
    Doc("kt13_intellectual_property.txt", "intellectual_property",
        "销售假冒注册商标运动鞋，三个月销售额18,640+17,980+15,720=52,340元≥5万元（ip-214-sell-counterfeit/2，刑法第214条）；"
        "明知：不足正品一成价从无授权个人进货、聊天称“高仿”，不知情辩解不采纳；罚20万在商标法第60条违法经营额五倍以下内；只罚款未移送",
        [threshold("ip-214-sell-counterfeit/2", "2024年10月　销售额 18,640元", 52340.0),
         fined_only("二、罚款人民币贰拾万元整")], OVER),
    Doc("kt15_forestry.txt", "forestry",
        "无证采伐集体林木（盗伐），杉木18株×0.19+马尾松12株×0.18=5.58立方米≥5立方米"
        "（forest-345-1-theft/1，法释〔2023〕8号，刑法第345条第一款）；价值4,352元<2万、罚款21,760元>2万是错的口径；"
        "罚5倍在森林法第76条第一款5-10倍内；只罚款未移送",
        [threshold("forest-345-1-theft/1", "杉木：伐桩18个", 5.58),
         fined_only("计人民币贰万壹仟柒佰陆拾元")], OVER),
    Doc("kt17_mining.txt", "mining",
        "无证采砂，三采坑3,950+2,830+1,820=8,600立方米×36元=309,600元≥10万元（亦高于任何省定30万上限）"
        "（mining-343-1-illegal/1，法释〔2016〕25号，刑法第343条）；罚违法所得30%在实施细则第42条50%以下内；只罚款未移送",
        [threshold("mining-343-1-illegal/1", "1号采坑　　开采量3,950立方米", 309600.0),
         fined_only("计人民币捌万零肆佰元")], OVER),
    Doc("kt19_environment.txt", "environment",
        "废矿物油（HW08，在另一段）满桶17×0.2吨+半桶2×0.1吨=3.6吨提供给无证个人≥3吨"
        "（env-338-pollution/1，法释〔2023〕7号第一条，刑法第338条）；罚60万为固废法第112条第二款按20万计3倍；只罚款未移送",
        [threshold("env-338-pollution/1", "19只铁桶中满桶17只", 3.6),
         fined_only("处以罚款人民币陆拾万元")], OVER),
    Doc("kt21_public_security.txt", "public_security",
        "出售车辆实时定位截图21+24+17=62条，性质为行踪轨迹信息（另一段）≥50条"
        "（pi-253-1-personal-information/1，法释〔2017〕10号第五条，刑法第253条之一）；违法所得3,100元<5000不是唯一口径；"
        "罚5倍在网络安全法第64条第二款1-10倍内，已告知听证；只罚款未移送",
        [threshold("pi-253-1-personal-information/1", "向“追车老刘”出售　21条", 62.0),
         fined_only("计人民币壹万伍仟伍佰元")], OVER),
    Doc("kt23_tobacco.txt", "tobacco",
        "无证零售卷烟，38条×450+85条×190+80条×250=53,250元≥5万元（tobacco-225-illegal-business/1，法释〔2010〕7号，"
        "刑法第225条）；203条=40,600支<20万支不是唯一口径；罚30%在实施条例第57条20%-50%内；只罚款未移送",
        [threshold("tobacco-225-illegal-business/1", "中华（硬）　　　　　　38", 53250.0),
         fined_only("计人民币壹万伍仟玖佰柒拾伍元")], OVER),
    Doc("kt25_customs.txt", "customs",
        "个人走私手表化妆品，偷逃关税18,640+增值税62,380+消费税32,470=113,490元≥10万元"
        "（customs-153-ordinary-goods/1，法释〔2014〕10号，刑法第153条）；海关只没收罚款未移送缉私立案",
        [threshold("customs-153-ordinary-goods/1", "进口环节消费税　32,470元", 113490.0),
         fined_only("二、科处罚款人民币壹拾万元整")], OVER),
    Doc("kt27_drugs.txt", "drugs",
        "“纯中药”胶囊检出地塞米松醋酸酯等化学药，成分与国家药品标准不符，依药品管理法第98条第二款为假药，"
        "销售假药为刑法第141条行为犯（drug-141-counterfeit/1）；罚150万为第116条不足10万按10万计15倍；只罚款吊证未移送",
        [trigger("drug-141-counterfeit/1", "当事人销售的上述产品依法认定为假药"),
         fined_only("计人民币壹佰伍拾万元")], QUAL),
    Doc("kt29_work_safety.txt", "work_safety",
        "液氨储罐区重大事故隐患被现场处理措施决定责令停止使用后撕除公告继续进出料（刑法第134条之一第（二）项危险作业罪，"
        "safety-134-1a-dangerous-operation/2）；罚单位5万在安全生产法第102条五万元以下内、负责人5万在5-10万内；只罚款未移送",
        [trigger("safety-134-1a-dangerous-operation/2", "储罐区仍在向生产车间输送液氨"),
         fined_only("二、对你单位处罚款人民币伍万元")], QUAL),
    Doc("kt31_health.txt", "health",
        "未取得医师资格非法行医，曾于2023年5月、2024年6月两次受卫生行政处罚后再次行医"
        "（health-336-illegal-medical-practice/1，法释〔2016〕27号第二条第（五）项，刑法第336条）；罚5万在医师法第59条"
        "不足1万按1万计2-10倍内；只罚款未移送",
        [threshold("health-336-illegal-medical-practice/1", "于2024年6月3日再次被我局给予没收违法所得、罚款的行政处罚", 2.0),
         fined_only("计人民币伍万元")], OVER),
    Doc("kt33_environment.txt", "environment",
        "电镀含铬废水总铬2.35mg/L，标准0.5mg/L在另一段，超标3.7倍（六价铬超标3.1倍）≥3倍"
        "（env-338-pollution/2，法释〔2023〕7号第一条第（四）项，刑法第338条）；罚40万在水污染防治法第83条10万-100万内；只罚款未移送",
        [threshold("env-338-pollution/2", "总铬　　　　　2.35", 3.7),
         fined_only("二、处罚款人民币肆拾万元")], OVER),
    Doc("kt35_forestry.txt", "forestry",
        "擅自改变林地用途，两块2,140+1,480=3,620平方米≈5.43亩，森林类别公益林（另一段），植被严重毁坏≥5亩"
        "（land-342-forest/1，法释〔2023〕8号，刑法第342条）；罚恢复费用2倍在森林法第73条三倍以下内；只罚款未移送",
        [threshold("land-342-forest/1", "1号地块2,140平方米", 5.43),
         fined_only("计人民币壹拾叁万元")], OVER),
    Doc("kt36_tax.txt", "tax",
        "无真实交易为他人开具增值税专用发票27份，税额41,600+36,270+28,450=106,320元≥10万元"
        "（tax-205-vat-invoice/1，法释〔2024〕4号第十一条，刑法第205条）；罚30万在发票管理办法（2023）第35条5-50万内；只罚款未移送",
        [threshold("tax-205-vat-invoice/1", "玉溪恒达机械有限公司　　　　　11", 106320.0),
         fined_only("并处罚款300,000.00元")], OVER),
    Doc("kt55_agriculture.txt", "agriculture",
        "明知从无证作坊购进、总养分严重不足的复合肥冒充合格销售，12.5吨×2,600+8吨×2,300=50,900元≥5万元"
        "（product-147-agri-inputs/2，刑法第149条、第140条；与product-140-fake-inferior/1同一数额）；罚80%在产品质量法"
        "第50条50%-3倍内；只罚款未移送",
        [threshold("product-147-agri-inputs/2", "售出12.5吨", 50900.0),
         fined_only("计人民币肆万零柒佰贰拾元")], OVER),
]

PUBLIC_INTEREST = [
    # ── public-interest leads: statutory field + harm going on after the agency acted ──
    Doc("kt37_environment.txt", "environment",
        "无证排放洗砂泥浆水入涧河，责令停止后两次复查仍排放、河床淤积、灌溉取水口堵塞，至决定时仍未停止（生态环境和资源"
        "保护领域）；悬浮物非有毒物质不达刑法第338条；罚12万在水污染防治法第83条10万-100万内",
        [pil("ecology_resources", "至本决定作出之日，当事人仍未停止排放")], PIL),
    Doc("kt38_land.txt", "land",
        "国有建设用地使用权出让价款尚欠6,104万元，三次催缴仍未缴入国库且未办证即开工（国有土地使用权出让领域）；"
        "罚每平方米100元在实施条例第57条内，已听证",
        [pil("state_land_transfer", "上述欠缴出让价款仍未缴入国库")], PIL),
    Doc("kt39_food_safety.txt", "food_safety",
        "小学门口向学生销售过期、无标签辣条，责令下架后两次复查仍在销售（食品药品安全领域，不特定多数未成年人）；"
        "未致严重食源性疾病不达刑法第143条；罚5万在食品安全法第124条货值不足1万5-10万内",
        [pil("food_drug_safety", "当事人仍在向学生销售上述食品")], PIL),
    Doc("kt40_culture_tourism.txt", "culture_tourism",
        "省级文物保护单位保护范围内擅建商业用房，责令拆除后复查仍未拆除并招租，影响台基排水（文物和文化遗产保护领域）；"
        "未损毁文物本体不涉刑法第324条；罚20万在文物保护法（2017）第66条5万-50万内",
        [pil("cultural_relics", "上述建筑仍未拆除")], PIL),
    Doc("kt41_forestry.txt", "forestry",
        "毁林开垦商品林地3.1亩（<10亩不达刑法第342条），责令恢复植被后两次复查未补种、水土流失（生态环境和资源保护领域）；"
        "罚3倍在森林法第74条五倍以下内",
        [pil("ecology_resources", "未补种任何树木")], PIL),
    Doc("kt42_work_safety.txt", "work_safety",
        "人员密集KTV安全出口上锁、疏散楼梯堆物、喷淋关闭，责令立即改正后两次复查仍每晚营业未改正（安全生产领域，"
        "不特定多数人）；罚3万在消防法第60条第一款5千-5万内",
        [pil("work_safety", "东侧疏散楼梯仍堆满酒水纸箱")], PIL),
]

IRREGULAR = [
    # ── enforcement irregularities ──
    out_of_range("kt44_food_safety.txt", "food_safety",
                 "用超过保质期的食品原料，货值680元不足1万元，食品安全法第124条第一款罚5万-10万；罚3万低于下限且未写明"
                 "减轻处罚情节（行政处罚法第32条）",
                 "二、罚款人民币叁万元"),
    out_of_range("kt45_environment.txt", "environment",
                 "挥发性有机物无组织排放，大气污染防治法第108条罚2万-20万；罚25万超出上限",
                 "2．罚款人民币贰拾伍万元"),
    no_hearing("kt46_product_quality.txt", "product_quality",
               "市场监管对有限公司罚款115,200元≥10万元（hearing.yaml市场监管法人十万元，行政处罚法第63条），只告知陈述、申辩，"
               "未告知听证；罚2倍在产品质量法第49条货值等值以上三倍以下内",
               "计人民币壹拾壹万伍仟贰佰元"),
    no_hearing("kt47_public_security.txt", "public_security",
               "公安机关对单位罚款10万元≥1万元、对个人1万元≥2千元（公安机关办理行政案件程序规定第123条），只告知陈述、申辩，"
               "未告知听证；罚款在反恐怖主义法第86条第二款单位10万-50万、个人十万元以下内",
               "处罚款人民币壹拾万元"),
    Doc("kt48_work_safety.txt", "work_safety",
        "消防法（2021修正）共74条，引用的第七十八条不存在（堵塞疏散通道的罚则为第60条第一款第（三）项，单位5千-5万，"
        "1.5万在内），已告知听证",
        [irregular("nonexistent_article", "《中华人民共和国消防法》第七十八条")],
        {"scenario": "irregularity", "irregularities": ["nonexistent_article"]}),
    Doc("kt49_land.txt", "land",
        "2024年9月10日立案、2025年4月23日决定，历时225日，超过行政处罚法第60条九十日，文书未记载延期批准或中止；"
        "其他草地不达刑法第342条；每平方米100元在实施条例第57条内，已告知听证",
        [irregular("time_limit", "本局于2024年9月10日对当事人涉嫌非法占用土地一案立案调查")],
        {"scenario": "irregularity", "irregularities": ["time_limit"]}),
]

NEGATIVE = [
    # ── negatives, each the near twin of a lead above (the one element that differs in brackets) ──
    Doc("kt02_food_safety.txt", "food_safety",
        "（kt01的对照：快检弱阳性但法定检验十二项药物成分均未检出）无有毒有害物质，只是标签不合格；罚5千在食品安全法"
        "第125条5千-5万内",
        flags=near("not_detected")),
    Doc("kt04_fishery.txt", "fishery",
        "（kt03的对照：电鱼但已过黑龙江禁渔期且非禁渔区、种质资源保护区）渔获19.2公斤价值422元远低于500公斤/1万元，"
        "不达刑法第340条；罚3千在渔业法第38条内",
        flags=near("open_season")),
    Doc("kt06_wildlife.txt", "wildlife",
        "（kt05的对照：混合鸟类总价值31,900元过线，但其中国家二级画眉11×1,200+红嘴相思鸟7×700=18,100元<2万元；"
        "其余为“三有”动物且非以食用为目的，不适用第341条第三款）；罚款分别在野生动物保护法第52、53条内，已告知听证",
        flags=near("under")),
    Doc("kt08_land.txt", "land",
        "（kt07的对照：地类为一般耕地不是永久基本农田）占地5,733平方米=8.6亩，超过5亩但<10亩（法释〔2000〕14号第三条），"
        "不达刑法第342条；罚57万（数字大但不是计量口径）在实施条例第57条内，已听证",
        flags=near("wrong_land_kind")),
    Doc("kt10_tax.txt", "tax",
        "（kt09的对照：首次被税务处理，无前两次行政处罚）逃税168,400元占23.1%，已补缴税款滞纳金并接受处罚，依刑法"
        "第201条第四款不予追究；罚50%在征管法第63条内，已告知听证",
        flags=near("tax_paid")),
    Doc("kt12_other.txt", "other",
        "（kt11的对照：欠14人工资67,340元，但在责令期限内足额支付）不是经责令支付仍不支付，不达刑法第276条之一；"
        "超时加班罚每人300元在劳动保障监察条例第25条100-500元内",
        flags=near("remedied")),
    Doc("kt14_intellectual_property.txt", "intellectual_property",
        "（kt13的对照：销售金额61,200元过线，但当事人不知情且能证明合法来源并说明提供者，依商标法第60条第二款不罚款）"
        "缺少刑法第214条“明知”，不是以罚代刑",
        flags=near("no_knowledge")),
    Doc("kt16_forestry.txt", "forestry",
        "（kt15的对照：杉木14×0.21+马尾松11×0.16=4.70立方米<5立方米）价值3,760元<2万元、油锯价值不计，"
        "不达刑法第345条第一款；罚5倍在森林法第76条第一款内",
        flags=near("under")),
    Doc("kt18_mining.txt", "mining",
        "（kt17的对照：1,480+1,120=2,600立方米×36元=93,600元<10万元）挖掘机价值32万元不是计量口径；非规划矿区、"
        "非禁采区、无前两次处罚；罚50%在实施细则第42条内",
        flags=near("under")),
    Doc("kt20_environment.txt", "environment",
        "（kt19的对照：废乳化液14×0.18+废活性炭19×0.02=2.90吨<3吨，无敏感区域或前科）不达刑法第338条；罚60万为"
        "固废法第112条第二款按20万计3倍，已听证",
        flags=near("under")),
    Doc("kt22_public_security.txt", "public_security",
        "（kt21的对照：一般信息姓名电话1,920+1,740+1,200=4,860条<5000条，违法所得2,430元<5000元，不含敏感信息，"
        "非履职获取，无前科）不达刑法第253条之一；罚2万在个人信息保护法第66条内，已告知听证",
        flags=near("under")),
    Doc("kt24_tobacco.txt", "tobacco",
        "（kt23的对照：违法经营额78,600元过线，但已移送公安机关并立案侦查）不是隐匿的移送线索；罚款待刑事程序终结",
        flags=near("transferred", transferred=True)),
    Doc("kt26_customs.txt", "customs",
        "（kt25的对照：偷逃关税11,460+增值税84,720=96,180元<10万元）完税价格38.24万元和罚款12万元过线但不是计量口径；"
        "无走私前科；罚1.25倍在海关行政处罚实施条例第9条内，已听证",
        flags=near("under")),
    Doc("kt28_forestry.txt", "forestry",
        "滥伐（超证采伐）24.6立方米≥20立方米，已移送公安机关，公安作出不予立案通知书并退回；罚3倍在森林法第76条第二款"
        "3-5倍内",
        flags=near("police_declined", police_declined=True)),
    Doc("kt30_work_safety.txt", "work_safety",
        "（kt29的对照：重大事故隐患被责令停止使用后两次复查确已停用、清运并整改）不是拒不执行，不达刑法第134条之一；"
        "罚单位2万在安全生产法第102条内、<3万无需听证",
        flags=near("complied")),
    Doc("kt32_health.txt", "health",
        "（kt31的对照：只受过一次非法行医行政处罚）未达“两次以后再次”，无损害、无假劣药，不达刑法第336条；罚3万在"
        "医师法第59条内，已告知听证",
        flags=near("under")),
    Doc("kt34_environment.txt", "environment",
        "（kt33的对照：超标的是总镍2.1mg/L，超标3.2倍，镍须十倍以上；总铬未检出）不达法释〔2023〕7号第一条第（四）项，"
        "无暗管、非水源保护区；罚25万在水污染防治法第83条内，已听证",
        flags=near("wrong_substance")),
    Doc("kt43_environment.txt", "environment",
        "豆制品废水超标（COD、氨氮，无有毒物质）排入水沟，当日停排封堵，清淤、建池、纳管，两次复查水质恢复，损害已修复，"
        "无持续损害；罚10万在水污染防治法第83条内，已告知听证",
        flags=near("pil_remedied", continuing_harm=False)),
    Doc("kt56_agriculture.txt", "agriculture",
        "（kt55的对照：12吨×2,600+6吨×2,300=45,000元<5万元；已售×3+库存4,600=139,600元<15万元；农户损失18,600元"
        "<2万元）进货款52,000元和罚款74,400元过线但不是计量口径；不达刑法第147、140条；罚1.5倍在产品质量法第50条内",
        flags=near("under")),
]

GROUPS = [
    # ── 化整为零: one company's over-cutting in three sub-compartments, cut into three decisions ──
    *[Doc(name, "forestry",
          "同一单位（同一信用代码）超证采伐桉树拆成三案，每案<20立方米，合计7.2+6.9+6.6=20.7立方米≥20立方米"
          "（法释〔2023〕8号，刑法第345条第二款滥伐林木罪）；每案罚3倍在森林法第76条第二款3-5倍内",
          [split("forest-345-2-overcutting/1", quote, 20.7, SPLIT)],
          {"scenario": "split", "split_group": SPLIT})
      for name, quote in (("kt50_forestry.txt", "超出许可采伐蓄积7.2立方米"),
                          ("kt51_forestry.txt", "超出许可采伐蓄积6.9立方米"),
                          ("kt52_forestry.txt", "超出许可采伐蓄积6.6立方米"))],
    # ── repeat offender: the same credit code punished again ten months later ──
    Doc("kt53_food_safety.txt", "food_safety",
        "用超过保质期的食品原料，首次处罚，罚5万元在食品安全法第124条货值不足1万5-10万内，单位<10万无需听证",
        flags={"scenario": "repeat_first", "repeat_group": REPEAT}),
    Doc("kt54_food_safety.txt", "food_safety",
        "同一统一社会信用代码的单位在2024年5月20日处罚后约十个月再犯同类违法，二年内再犯；罚8万元在第124条内",
        [repeat("永登县金城味道餐饮有限公司", REPEAT)],
        {"scenario": "repeat", "repeat_group": REPEAT}),
]

DOCS = sorted(CRIMINAL + PUBLIC_INTEREST + IRREGULAR + NEGATIVE + GROUPS, key=lambda doc: doc.file)


labeled = lead_gold.labeler(HERE, CREATED, VERSION)

if __name__ == "__main__":
    lead_gold.main(HERE, DOCS, CREATED, VERSION)
