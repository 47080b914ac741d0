"""Lead labels for the fiftieth hand-written set in this folder (run to rewrite ``gold.jsonl``).

A new UNSEEN held-out test of the lead screening, written on 2026-11-22 without reading any decision
of the other hand-written sets nor the screening code. Every decision ``kcNN_<domain>.txt`` was
written by hand in the manner of published 行政处罚决定书 of city and county agencies across the
country (湖北, 河北, 江西, 广东, 黑龙江, 四川, 甘肃, 浙江, 广西, 山东, 贵州, 河南, 宁夏, 云南, 福建,
内蒙古, 陕西, 江苏, 山西, 湖南, 重庆, 辽宁, 安徽, 新疆, 海南, 吉林); all names, numbers, codes and
addresses are invented; credit codes carry valid GB 32100-2015 check digits, identity numbers valid
GB 11643 check digits (some masked). The focus is the arithmetic clerks leave to the reader: counts
times unit prices by grade or species, containers times weight, areas in 平方米 and 公顷 to be
converted to 亩 and added, monthly series and small tables without a total, 大写 and 万元 money, a
figure over the line of the wrong measure beside the right one. Labels come from the law only:
criminal thresholds from corpora/knowledge/thresholds.yaml, hearing figures from
corpora/knowledge/hearing.yaml, fine ranges and article existence from the statute text in force on
the decision date. Each row's ``meta.reason`` gives the one-line legal reason.

Run from the repository root: ``.venv/bin/python corpora/labeled/handwritten_fiftieth/make_gold.py``.
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
CREATED = "2026-11-22T19:45:00+00:00"
VERSION = "handwritten-fiftieth/1"

SPLIT, REPEAT = "split-kc-funan-cigarettes", "repeat-kc-pingchang-dust"
OVER = {"scenario": "over"}
QUAL = {"scenario": "qualitative"}

CRIMINAL = [
    # ── criminal-transfer leads (each also 以罚代刑: only fined, no transfer recorded) ──
    Doc("kc01_environment.txt", "environment",
        "废铅蓄电池（HW31，在另一段）212只×单只15.5千克=3.286吨≥3吨，提供给无证个人（env-338-pollution/1，法释〔2023〕7号"
        "第一条，刑法第338条）；罚60万为固废法第112条第二款处置费用按20万计的3倍，在3-5倍内；只罚款未移送",
        [threshold("env-338-pollution/1", "共计212只", 3.286), fined_only("罚款人民币陆拾万元")], OVER),
    Doc("kc02_land.txt", "land",
        "占用永久基本农田（在另一段）1,960+1,830+420=4,210平方米=6.31亩≥5亩，耕作层挖除（land-342-cultivated/1，"
        "法释〔2000〕14号，刑法第342条）；每平方米500元在土地管理法实施条例第57条100-1000元内，已告知听证；只罚款未移送",
        [threshold("land-342-cultivated/1", "东侧地块1,960平方米", 6.31), fined_only("罚款人民币贰佰壹拾万零伍仟元")],
        OVER),
    Doc("kc03_forestry.txt", "forestry",
        "超许可地点和数量采伐：实际33.35立方米减许可12.0立方米=超采21.35立方米≥20立方米（forest-345-2-overcutting/1，"
        "法释〔2023〕8号，刑法第345条第二款）；罚3倍在森林法第76条第二款3-5倍内；只罚款未移送",
        [threshold("forest-345-2-overcutting/1", "合计      288      33.35", 21.35),
         fined_only("罚款人民币55,083元")], OVER),
    Doc("kc04_wildlife.txt", "wildlife",
        "出售国家二级保护鸟类（级别在另一段）：画眉17×1,000+红嘴相思鸟9×500+鹩哥2×1,500=24,500元≥2万元"
        "（wildlife-341-1-endangered/1，法释〔2022〕12号，刑法第341条第一款）；违法所得3,860元不是计量口径；罚2倍在"
        "野生动物保护法第52条第一款2-20倍内；只罚款未移送",
        [threshold("wildlife-341-1-endangered/1", "画眉17只", 24500.0),
         fined_only("并处野生动物价值二倍罚款肆万玖仟元")], OVER),
    Doc("kc05_fishery.txt", "fishery",
        "松花江禁渔期（在另一段）捕捞，渔获物23箱×约24千克=552千克≥500千克（fishery-340-inland/1，法释〔2022〕12号"
        "第三条，刑法第340条）；两人各罚款在渔业法第38条五万元以下内；只罚款未移送",
        [threshold("fishery-340-inland/1", "塑料周转箱23箱", 552.0), fined_only("对孙长海罚款人民币捌仟元")], OVER),
    Doc("kc06_food_safety.txt", "food_safety",
        "销售的猪肉检出盐酸克伦特罗（非食用物质），刑法第144条行为犯无金额门槛（food-144-toxic/1）；罚10万在食品安全法"
        "第123条货值不足1万元10万-15万内，已告知听证；只罚款未移送",
        [trigger("food-144-toxic/1", "检出盐酸克伦特罗"), fined_only("罚款人民币壹拾万元")], QUAL),
    Doc("kc07_drugs.txt", "drugs",
        "以非药品冒充药品，依药品管理法第98条第二款第（二）项为假药，销售假药为刑法第141条行为犯（drug-141-counterfeit/1）；"
        "罚150万为第116条货值不足10万按10万计的15倍下限，已听证；只罚款吊证未移送",
        [trigger("drug-141-counterfeit/1", "属于假药"), fined_only("罚款人民币壹佰伍拾万元")], QUAL),
    Doc("kc08_tax.txt", "tax",
        "无真实交易虚开增值税专用发票，四个月税额31,200+42,640+23,790+27,110=124,740元≥10万元（表中无合计；"
        "tax-205-vat-invoice/1，法释〔2024〕4号第十一条，刑法第205条）；罚30万在发票管理办法第35条5万-50万内，已告知听证；"
        "只罚款未移送",
        [threshold("tax-205-vat-invoice/1", "31,200.00", 124740.0), fined_only("处罚款300,000.00元")], OVER),
    Doc("kc09_tax.txt", "tax",
        "虚假申报少缴增值税6.82万+企业所得税9.46万=16.28万元≥10万元，占应纳税额52.48万元的31%≥10%，经责令未补缴，"
        "不适用刑法第201条第四款（tax-201-evasion/1）；罚50%在征管法第63条50%-5倍内，已告知听证；只罚款未移送",
        [threshold("tax-201-evasion/1", "少缴增值税68,200.00元", 162800.0),
         fined_only("处少缴税款百分之五十的罚款81,400.00元")], OVER),
    Doc("kc10_customs.txt", "customs",
        "个人低报价格走私葡萄酒，偷逃关税38,420+增值税64,937+消费税21,300=124,657元≥10万元（customs-153-ordinary-goods/1，"
        "刑法第153条）；完税价格43.8万不是计量口径；罚15万在海关行政处罚实施条例第9条第一款第（三）项偷逃税款3倍以下内；"
        "只罚款未移送缉私",
        [threshold("customs-153-ordinary-goods/1", "关税人民币38,420元", 124657.0),
         fined_only("科处罚款人民币壹拾伍万元整")], OVER),
    Doc("kc11_public_security.txt", "public_security",
        "出售旅客住宿信息（性质在另一段）214+187+156=557条≥500条（pi-253-1-personal-information/2，法释〔2017〕10号"
        "第五条第一款第（四）项，刑法第253条之一）；违法所得2,785元<5000元不是唯一口径；罚3倍在网络安全法第64条第二款"
        "1-10倍内，已告知听证；只罚款未移送",
        [threshold("pi-253-1-personal-information/2", "第一次发送214条", 557.0),
         fined_only("并处违法所得三倍罚款人民币8,355元")], OVER),
    Doc("kc12_other.txt", "other",
        "拖欠23名农民工三个月工资118,400+121,600+96,300=336,300元≥3万元，经责令限期支付逾期仍不支付且负责人失联"
        "（labor-276-1-wage-refusal/2，法释〔2013〕3号，刑法第276条之一）；只作加付赔偿金（50%）处理未移送",
        [threshold("labor-276-1-wage-refusal/2", "2024年9月应发工资118,400元", 336300.0),
         fined_only("加付赔偿金人民币168,150元")], OVER),
    Doc("kc13_mining.txt", "mining",
        "无证采砂，三个采坑2,360+1,940+1,710=6,010立方米×18元=108,180元≥10万元（mining-343-1-illegal/1，法释〔2016〕25号"
        "第三条，刑法第343条）；违法所得76,900元、销售款14.62万不是计量口径；罚40%在实施细则第42条50%以下内；只罚款未移送",
        [threshold("mining-343-1-illegal/1", "1号采坑2,360立方米", 108180.0),
         fined_only("并处违法所得百分之四十的罚款30,760元")], OVER),
    Doc("kc14_intellectual_property.txt", "intellectual_property",
        "销售假冒五粮液，三个品种46×1,080+22×1,200+30×690=96,780元≥5万元（ip-214-sell-counterfeit/2，刑法第214条）；"
        "进货金额4.1万不是计量口径；罚2倍在商标法第60条第二款五倍以下内，已听证；只罚款未移送",
        [threshold("ip-214-sell-counterfeit/2", "52度普五46瓶", 96780.0),
         fined_only("罚款人民币壹拾玖万叁仟伍佰陆拾元")], OVER),
    Doc("kc15_tobacco.txt", "tobacco",
        "无证经营卷烟，表中四个品规27,600+18,700+9,900+6,300=62,500元≥5万元（小计行只有条数；"
        "tobacco-225-illegal-business/1，法释〔2010〕7号，刑法第225条）；罚30%在烟草专卖法实施条例第57条20%-50%内；只罚款未移送",
        [threshold("tobacco-225-illegal-business/1", "云烟（软珍品）", 62500.0),
         fined_only("计人民币壹万捌仟柒佰伍拾元")], OVER),
    Doc("kc16_forestry.txt", "forestry",
        "擅自改变省级生态公益林（防护林，在另一段）用途：0.41公顷+480平方米=4,580平方米=6.87亩≥5亩，林业生产条件严重破坏"
        "（land-342-forest/1，刑法第342条）；罚2倍在森林法第73条第一款三倍以下内；只罚款未移送",
        [threshold("land-342-forest/1", "养殖棚舍占地0.41公顷", 6.87), fined_only("罚款人民币柒万陆仟肆佰元")], OVER),
    Doc("kc17_food_safety.txt", "food_safety",
        "私设生猪屠宰场，三个月46+52+39=137头×每头2,100元=287,700元≥10万元（food-225-illegal-business/1，法释〔2021〕24号，"
        "刑法第225条）；现场货值6,840元不是经营数额；罚8万在生猪屠宰管理条例第31条货值不足1万元5万-10万内；只罚款未移送",
        [threshold("food-225-illegal-business/1", "8月46头", 287700.0), fined_only("并处罚款人民币捌万元")], OVER),
    Doc("kc18_agriculture.txt", "agriculture",
        "销售假玉米种子，86亩×每亩减产210公斤×2.4元=43,344元生产损失≥2万元（product-147-agri-inputs/1，刑法第147条）；"
        "罚10倍在种子法第74条货值2万元以上10-20倍内；只罚款未移送",
        [threshold("product-147-agri-inputs/1", "每亩平均减产210公斤", 43344.0),
         fined_only("罚款人民币叁拾捌万肆仟元")], OVER),
    Doc("kc19_environment.txt", "environment",
        "私设暗管排放含镍电镀废水（env-338-pollution/9，法释〔2023〕7号第一条第（四）项，无数量要求）；超标1.8倍<3倍不是"
        "所依口径；罚45万在水污染防治法第83条10万-100万内；只罚款未移送",
        [trigger("env-338-pollution/9", "私设暗管"), fined_only("罚款人民币肆拾伍万元")], QUAL),
    Doc("kc20_environment.txt", "environment",
        "重点排污单位修改数采仪参数篡改自动监测数据排放二氧化硫、氮氧化物（env-338-pollution/10，法释〔2023〕7号第一条"
        "第（七）项）；罚60万在大气污染防治法第99条10万-100万内；只罚款未移送",
        [trigger("env-338-pollution/10", "篡改自动监测数据"), fined_only("罚款陆拾万元")], QUAL),
]

PUBLIC_INTEREST = [
    # ── public-interest leads: statutory field + harm going on after the agency acted ──
    Doc("kc21_land.txt", "land",
        "非法占用一般耕地（1,520平方米，<10亩）责令拆除恢复后两次复查仍未拆除、继续硬化扩大（生态环境和资源保护领域）；"
        "新增460平方米每平方米150元在实施条例第57条内，已告知听证",
        [pil("ecology_resources", "厂房仍未拆除")], {"scenario": "pil", "continuing_harm": True}),
    Doc("kc22_food_safety.txt", "food_safety",
        "小学门口销售过期辣条，责令改正后两次复查仍向学生销售（食品药品安全领域，不特定多数未成年人）；罚5万在食品安全法"
        "第124条货值不足1万元5万-10万内，已告知听证",
        [pil("food_drug_safety", "仍在向学生销售超过保质期的辣条及果冻")], {"scenario": "pil", "continuing_harm": True}),
    Doc("kc23_land.txt", "land",
        "国有建设用地使用权出让价款3,864万元三次催缴仍未缴、未办证即开工预售（国有土地使用权出让领域）；每平方米100元"
        "在实施条例第57条内，已听证",
        [pil("state_land_transfer", "尚欠国有建设用地使用权出让价款3,864万元未缴纳")],
        {"scenario": "pil", "continuing_harm": True}),
    Doc("kc24_public_security.txt", "public_security",
        "应用程序超范围收集个人信息，责令限期改正后两次复测仍在收集、共享（个人信息保护领域，约86万用户）；未出售信息不涉"
        "刑法第253条之一；罚80万在个人信息保护法第66条第一款一百万以下内，已告知听证",
        [pil("personal_information", "仍存在超范围收集通讯录和精确位置信息")],
        {"scenario": "pil", "continuing_harm": True}),
    Doc("kc25_environment.txt", "environment",
        "养殖粪污直排河沟，责令改正后两次复查仍在排放、下游发黑无法灌溉（生态环境和资源保护领域）；超标不足1倍、非有毒"
        "物质不涉刑法第338条；罚5万在畜禽规模养殖污染防治条例第41条五万元以下内",
        [pil("ecology_resources", "仍有粪污经排水沟流入孙集沟")], {"scenario": "pil", "continuing_harm": True}),
    Doc("kc26_culture_tourism.txt", "culture_tourism",
        "网吧受处罚后再次接纳未成年人、校方称屡禁不止（未成年人保护领域）；罚1.5万在互联网上网服务营业场所管理条例第31条"
        "15000元以下内，单位低于听证额",
        [pil("minors", "再次发现3名未成年人正在上网")], {"scenario": "pil", "continuing_harm": True}),
]

IRREGULAR = [
    # ── enforcement irregularities ──
    out_of_range("kc27_work_safety.txt", "work_safety",
                 "未对安全设备定期检测、已按期整改，安全生产法第99条第（三）项处五万元以下；罚8万超出上限（逾期未改正的"
                 "加重档不适用）",
                 "对你单位处罚款人民币捌万元"),
    out_of_range("kc28_land.txt", "land",
                 "非法占用集体土地（园地）820平方米，土地管理法实施条例第57条每平方米100-1000元；按每平方米40元低于下限，"
                 "未写明减轻处罚的法定情节",
                 "按每平方米40元处以罚款"),
    no_hearing("kc29_tax.txt", "tax",
               "税务机关对单位罚款26,000元≥1万元（hearing.yaml税务单位一万元），只告知陈述、申辩，未告知听证；罚款在"
               "征管法第64条第一款五万元以下内",
               "处罚款26,000.00元"),
    no_hearing("kc30_public_security.txt", "public_security",
               "公安机关对个人罚款3,000元≥2,000元（公安机关办理行政案件程序规定第123条），只告知陈述、申辩，未告知听证；"
               "罚款在出境入境管理法第79条第一款2千-1万内",
               "处罚款人民币叁仟元"),
    Doc("kc31_wildlife.txt", "wildlife",
        "野生动物保护法（2022修订，2023年5月1日施行）共64条，引用的第六十九条不存在（应为第52条第二款，1-10倍，"
        "2倍在内）；斑鸠为三有动物，价值2,520元，不涉刑法第341条",
        [irregular("nonexistent_article", "《中华人民共和国野生动物保护法》第六十九条")],
        {"scenario": "irregularity", "irregularities": ["nonexistent_article"]}),
    Doc("kc32_product_quality.txt", "product_quality",
        "2024年3月5日立案、2025年1月16日决定，历时317日，超过行政处罚法第60条九十日，文书未记载延期批准；罚等值货值"
        "在产品质量法第49条内；销售金额43,560元<5万元、货值59,400元<15万元不涉刑法第140条",
        [irregular("time_limit", "本局于2024年3月5日根据荆州市市场监督管理局电动自行车产品质量监督抽查结果")],
        {"scenario": "irregularity", "irregularities": ["time_limit"]}),
]

NEGATIVE = [
    # ── negatives (near misses marked) ──
    Doc("kc33_environment.txt", "environment",
        "废机油（HW08）190桶×约15千克=2.85吨<3吨（法释〔2023〕7号第一条第（二）项），无敏感区域等加重情节；200升是桶的"
        "容积不是重量；罚60万为固废法第112条第二款按20万计的3倍，已告知听证",
        flags={"scenario": "under", "near_miss": True}),
    Doc("kc34_tax.txt", "tax",
        "逃税21.42万元占18.05%，但首次被税务处理、已补缴税款滞纳金并接受处罚，依刑法第201条第四款不予追究；罚60%在"
        "征管法第63条内，已告知听证",
        flags={"scenario": "tax_paid", "near_miss": True}),
    Doc("kc35_wildlife.txt", "wildlife",
        "出售穿山甲鳞片（一级）价值3.6万元≥2万元，但已移送公安机关并立案侦查，不是隐匿的移送线索；只没收，罚款待刑事程序终结",
        flags={"scenario": "transferred", "near_miss": True, "transferred": True}),
    Doc("kc36_mining.txt", "mining",
        "越界采砂6,320立方米×18元=113,760元≥10万元，已移送公安机关，公安以证据不足不予立案并退回；罚30%在实施细则"
        "第42条第（二）项内，已告知听证",
        flags={"scenario": "police_declined", "near_miss": True, "police_declined": True}),
    Doc("kc37_food_safety.txt", "food_safety",
        "快检瘦肉精弱阳性，但实验室确证克伦特罗、莱克多巴胺、沙丁胺醇均未检出，无有毒有害物质；只因未进货查验给予警告"
        "（食品安全法第126条）",
        flags={"scenario": "not_detected", "near_miss": True}),
    Doc("kc38_environment.txt", "environment",
        "超标排放0.6倍（非有毒物质），当日停产整改并清理下游，两次复查达标、水质与上游无差异，无持续损害；罚12万在水污染"
        "防治法第83条内，已告知听证",
        flags={"scenario": "pil_remedied", "near_miss": True, "continuing_harm": False}),
    Doc("kc39_other.txt", "other",
        "拖欠18人工资48,600+45,400=94,000元，但在责令期限内足额支付，不是刑法第276条之一的经责令支付仍不支付；超时加班"
        "每人300元在劳动保障监察条例第25条100-500元内",
        flags={"scenario": "remedied", "near_miss": True}),
    Doc("kc40_public_security.txt", "public_security",
        "出售业主姓名电话房号1,620+1,930+1,315=4,865条<5000条，违法所得2,400元<5000元，不含敏感或重要信息（法释〔2017〕10号"
        "第五条）；罚5倍在网络安全法第64条第二款内，已告知听证",
        flags={"scenario": "under", "near_miss": True}),
    Doc("kc41_forestry.txt", "forestry",
        "擅自改变县级生态公益林用途：0.2公顷+1,070平方米=3,070平方米=4.6亩<5亩（land-342-forest/1），不达刑法第342条；"
        "罚2倍在森林法第73条第一款三倍以下内",
        flags={"scenario": "under", "near_miss": True}),
    Doc("kc42_customs.txt", "customs",
        "个人走私偷逃税款21,300+52,900=74,200元<10万元（刑法第153条）；完税价格58.6万元超过10万但不是计量口径；"
        "罚9万在海关行政处罚实施条例第9条偷逃税款3倍以下内，已告知听证",
        flags={"scenario": "wrong_measure", "near_miss": True}),
    Doc("kc43_forestry.txt", "forestry",
        "无证采伐自有林木，表中11.24+7.46=18.70立方米<20立方米、165株<1000株（法释〔2023〕8号第六条），不达刑法第345条"
        "第二款；罚3倍在森林法第76条第二款内",
        flags={"scenario": "under", "near_miss": True}),
    Doc("kc44_fishery.txt", "fishery",
        "禁渔期用非禁用刺网捕捞，18箱×26千克=468千克<500千克、价值6,552元<1万元（法释〔2022〕12号第三条），不达刑法"
        "第340条；罚3千在渔业法第38条内",
        flags={"scenario": "under", "near_miss": True}),
    Doc("kc45_market.txt", "market",
        "不予行政处罚决定书：价签规格标示错误，初次违法危害后果轻微并及时改正（行政处罚法第33条第一款）",
        flags={"scenario": "no_penalty"}),
    Doc("kc46_mining.txt", "mining",
        "无证采砂3,980立方米×24元=95,520元<10万元（法释〔2016〕25号第三条），不达刑法第343条；挖掘机价值26万元是扣押"
        "工具的价值不是矿产品价值；罚50%在实施细则第42条内，已告知听证",
        flags={"scenario": "under", "near_miss": True}),
]

GROUPS = [
    # ── 化整为零: one company's three unlicensed tobacco outlets, checked the same day, cut into three decisions ──
    *[Doc(name, "tobacco",
          "同一经营者（同一信用代码）三处无证零售卷烟，同日检查、同日拆成三案；累计违法经营额17,200+18,600+16,400="
          "52,200元≥5万元（法释〔2010〕7号，刑法第225条）；每案罚20%在烟草专卖法实施条例第57条内",
          [split("tobacco-225-illegal-business/1", quote, 52200.0, SPLIT)],
          {"scenario": "split", "split_group": SPLIT})
      for name, quote in (("kc47_tobacco.txt", "违法经营总额为人民币17,200元"),
                          ("kc48_tobacco.txt", "违法经营总额为人民币18,600元"),
                          ("kc49_tobacco.txt", "违法经营总额为人民币16,400元"))],
    # ── repeat offender: the same credit code punished again nine months later ──
    Doc("kc50_environment.txt", "environment",
        "搅拌站堆场未围挡遮盖，首次处罚，罚3万元在大气污染防治法第108条2万-20万内",
        flags={"scenario": "repeat_first", "repeat_group": REPEAT}),
    Doc("kc51_environment.txt", "environment",
        "同一统一社会信用代码的单位在2024年6月24日处罚后约九个月再犯同类违法，二年内再犯；罚6万元在第108条内",
        [repeat("平昌县巴山新型建材有限公司", REPEAT)],
        {"scenario": "repeat", "repeat_group": REPEAT}),
]

DOCS = sorted(CRIMINAL + PUBLIC_INTEREST + IRREGULAR + NEGATIVE + GROUPS, key=lambda doc: doc.file)


labeled = lead_gold.labeler(HERE, CREATED, VERSION)

if __name__ == "__main__":
    lead_gold.main(HERE, DOCS, CREATED, VERSION)
