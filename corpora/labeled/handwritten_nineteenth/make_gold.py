"""Lead labels for the nineteenth hand-written set in this folder (run to rewrite ``gold.jsonl``).

A new UNSEEN held-out test of the lead screening, written on 2026-11-22 without reading any decision
of the earlier hand-written sets nor the screening code. Every decision ``hiNN_<domain>.txt`` was
written by hand in the manner of published 行政处罚决定书 of city and county agencies in 浙江, 河南,
四川, 甘肃, 黑龙江 and 上海 (all names, numbers, codes and addresses invented; credit codes carry valid
GB 32100-2015 check digits, identity numbers valid GB 11643 check digits). Labels come from the law
only: criminal thresholds from corpora/knowledge/thresholds.yaml (version in force on the facts'
date), hearing figures from corpora/knowledge/hearing.yaml, fine ranges and article existence from
the statute text in force on the decision date. Each row's ``meta.reason`` gives the one-line legal
reason. Conventions are those of ``handwritten_fifth/make_gold.py``.

Run from the repository root: ``.venv/bin/python corpora/labeled/handwritten_nineteenth/make_gold.py``.
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
CREATED = "2026-11-22T15:20:00+00:00"
VERSION = "handwritten-nineteenth/1"

SPLIT, REPEAT = "split-hi-wuwei-cigarettes", "repeat-hi-keqiao-dyeing"
OVER = {"scenario": "over"}
QUAL = {"scenario": "qualitative"}

CRIMINAL = [
    # ── criminal-transfer leads (each also 以罚代刑: only fined, no transfer recorded) ──
    Doc("hi01_food_safety.txt", "food_safety",
        "滋补酒中添加西地那非（药品成分，非食用物质），刑法第144条行为犯无金额门槛；罚10万在食品安全法第123条"
        "货值不足1万10万-15万内；只罚款未移送",
        [trigger("food-144-toxic/1", "均检出西地那非"), fined_only("罚款人民币100000元")], QUAL),
    Doc("hi02_drugs.txt", "drugs",
        "以非药品冒充药品，依药品管理法第98条第二款第（二）项为假药，销售假药为刑法第141条行为犯；罚150万为第116条"
        "货值不足10万按10万计15倍下限；只罚款吊证未移送",
        [trigger("drug-141-counterfeit/1", "依法认定为假药"), fined_only("罚款人民币壹佰伍拾万元整")], QUAL),
    Doc("hi03_environment.txt", "environment",
        "私设暗管排放含铬废水，法释〔2023〕7号第一条暗管等逃避监管方式排放有毒物质（刑法第338条，无数量要求）；"
        "罚30万在水污染防治法第83条20万-100万内；只罚款未移送",
        [trigger("env-338-pollution/9", "私设暗管"), fined_only("罚款叁拾万元")], QUAL),
    Doc("hi04_work_safety.txt", "work_safety",
        "重大事故隐患被责令停止作业后拒不执行，仍组织人员井下作业（刑法第134条之一第（二）项危险作业罪）；"
        "罚单位5万在安全生产法第102条内；只罚款未移送",
        [trigger("safety-134-1a-dangerous-operation/2", "仍擅自组织人员进入井下作业"),
         fined_only("对该公司处罚款人民币伍万元")], QUAL),
    Doc("hi05_product_quality.txt", "product_quality",
        "以不合格电线冒充合格（“国标足米”），销售金额68,400元≥5万元（立案追诉标准（一）第十六条，刑法第140条）；"
        "罚1倍在产品质量法第50条50%-3倍内；只罚款未移送",
        [threshold("product-140-fake-inferior/1", "销售金额合计68,400元", 68400.0), fined_only("罚款68400元")], OVER),
    Doc("hi06_intellectual_property.txt", "intellectual_property",
        "销售假冒注册商标的化妆品，尚未销售货值162,000元≥15万元（未遂，刑法第214条；事实在2025年5-7月，该标准已施行）；"
        "销售金额1.23万<5万不是唯一口径；罚2倍在商标法第60条五倍以下内；只罚款未移送",
        [threshold("ip-214-sell-counterfeit/3", "尚未销售的货值金额为162,000元", 162000.0),
         fined_only("处罚款人民币348,600元")], OVER),
    Doc("hi07_tobacco.txt", "tobacco",
        "无烟草专卖零售许可证经营卷烟，违法经营总额73,260元≥5万元（法释〔2010〕7号第三条，刑法第225条非法经营罪）；"
        "罚30%在烟草专卖法实施条例第57条20%-50%内；只罚款未移送",
        [threshold("tobacco-225-illegal-business/1", "违法经营总额为73,260元", 73260.0),
         fined_only("计21,978元")], OVER),
    Doc("hi08_environment.txt", "environment",
        "废酸（HW34危险废物，在前一句）5.2吨交无证个人倾倒≥3吨（法释〔2023〕7号第一条第（二）项，刑法第338条）；"
        "罚60万为固废法第112条第二款处置费用按20万计3倍，在3-5倍内，已听证；只罚款未移送",
        [threshold("env-338-pollution/1", "共计5.2吨", 5.2), fined_only("罚款人民币陆拾万元")], OVER),
    Doc("hi09_land.txt", "land",
        "非法占用永久基本农田0.38公顷=5.7亩≥5亩，耕作层硬化（法释〔2000〕14号第三条，刑法第342条）；罚76万已告知"
        "听证；只罚款未移送",
        [threshold("land-342-cultivated/1", "占用永久基本农田0.38公顷", 5.7), fined_only("处以罚款人民币柒拾陆万元")],
        OVER),
    Doc("hi10_mining.txt", "mining",
        "无采矿许可证河道采砂，砂石价值12.6万元≥10万元（法释〔2016〕25号第三条，刑法第343条）；罚违法所得30%在"
        "矿产资源法实施细则第42条50%以下内（决定在2024年修订施行前）；只罚款未移送",
        [threshold("mining-343-1-illegal/1", "所采砂石价值人民币126,000元", 126000.0),
         fined_only("计人民币37,800元")], OVER),
    Doc("hi11_forestry.txt", "forestry",
        "无证采伐国有林内落叶松，盗伐立木蓄积7.4立方米≥5立方米（法释〔2023〕8号第四条，刑法第345条第一款）；"
        "罚5倍在森林法第76条第一款5-10倍内；只罚款未移送",
        [threshold("forest-345-1-theft/1", "立木蓄积7.4立方米", 7.4), fined_only("计罚款29600元")], OVER),
    Doc("hi12_wildlife.txt", "wildlife",
        "收购、出售国家一级保护的穿山甲鳞片（级别在另一句），价值28,600元≥2万元（法释〔2022〕12号第六条，刑法第341条"
        "第一款）；罚2倍在野生动物保护法第52条内；只罚款未移送",
        [threshold("wildlife-341-1-endangered/1", "价值人民币28,600元", 28600.0), fined_only("罚款人民币57,200元")],
        OVER),
    Doc("hi13_fishery.txt", "fishery",
        "松花江禁渔期使用电鱼及小网目刺网捕捞，渔获物0.58吨=580千克≥500千克（法释〔2022〕12号第三条，刑法第340条）；"
        "二人各罚款在渔业法第38条五万元以下内；只罚款未移送",
        [threshold("fishery-340-inland/1", "渔获物0.58吨", 580.0), fined_only("对孙继伟罚款人民币8000元")], OVER),
    Doc("hi14_tax.txt", "tax",
        "无真实交易为他人虚开增值税专用发票26份，税额128,460元≥10万元（法释〔2024〕4号第十一条，刑法第205条）；罚20万"
        "在发票管理办法第35条5万-50万内；只罚款未移送",
        [threshold("tax-205-vat-invoice/1", "税额合计128,460.00元", 128460.0),
         fined_only("对你单位处以罚款人民币200,000.00元")], OVER),
    Doc("hi15_customs.txt", "customs",
        "个人低报价格走私进口葡萄酒，偷逃税款146,320元≥10万元（法释〔2014〕10号第十六条，刑法第153条）；罚1倍在"
        "海关行政处罚实施条例第9条第一款第（三）项3倍以下内；只罚款追缴未移送缉私部门",
        [threshold("customs-153-ordinary-goods/1", "偷逃税款共计人民币146,320元", 146320.0),
         fined_only("处以罚款人民币146,320元")], OVER),
    Doc("hi16_market.txt", "market",
        "以购买商品取得资格、按发展人数计酬的传销，发展下线42人≥30人且五个层级≥三级（立案追诉标准（二）第七十条，"
        "刑法第224条之一）；罚50万在禁止传销条例第24条50万-200万内；只罚款未移送",
        [threshold("market-224-1-pyramid/1", "发展下线会员共计42人", 42.0), fined_only("罚款人民币伍拾万元")], OVER),
    Doc("hi17_public_security.txt", "public_security",
        "酒店前台出售住宿登记信息612条≥500条（法释〔2017〕10号第五条第一款第（四）项，刑法第253条之一；且为履职获得）；"
        "违法所得3,060元<5000元不是唯一口径；罚3万在个人信息保护法第66条内；只罚款未移送",
        [threshold("pi-253-1-personal-information/2", "出售住宿登记信息612条", 612.0), fined_only("并处罚款人民币叁万元")],
        OVER),
    Doc("hi18_other.txt", "other",
        "拖欠17名劳动者工资15.8万元≥3万元，经限期改正指令书责令支付逾期仍不支付且负责人逃匿（法释〔2013〕3号第三、"
        "四、六条，刑法第276条之一）；只作加付赔偿金处理未移送",
        [threshold("labor-276-1-wage-refusal/2", "工资共计人民币158,000元", 158000.0),
         fined_only("加付赔偿金人民币79,000元")], OVER),
    Doc("hi19_drugs.txt", "drugs",
        "销售不符合强制性标准的无菌注射器（医用器材），销售金额54,300元≥5万元（立案追诉标准（一）第二十一条，"
        "刑法第145条/第149条）；罚5倍在医疗器械监督管理条例第86条5-20倍内，已听证；只罚款未移送",
        [threshold("product-145-medical-devices/2", "销售金额54,300元", 54300.0), fined_only("罚款人民币271,500元")],
        OVER),
]

PUBLIC_INTEREST = [
    # ── public-interest leads: statutory field + harm going on after the agency acted ──
    Doc("hi20_environment.txt", "environment",
        "采石场泥浆废水入河，责令改正后两次复查仍外排、河床淤积、农灌取水口不能使用（生态环境和资源保护领域）；"
        "悬浮物非有毒物质不涉刑法第338条；罚15万在水污染防治法第83条10万-100万内",
        [pil("ecology_resources", "雨后仍有浑浊废水经排洪沟流入流沙河")], {"scenario": "pil", "continuing_harm": True}),
    Doc("hi21_land.txt", "land",
        "国有建设用地使用权出让价款4,280万元三次催缴仍未缴纳、未办证即开工（国有土地使用权出让领域）；每平方米50元"
        "在土地管理法实施条例第57条内，已听证",
        [pil("state_land_transfer", "尚欠土地出让价款4280万元未缴纳")], {"scenario": "pil", "continuing_harm": True}),
    Doc("hi22_forestry.txt", "forestry",
        "擅自改变商品林地用途2.6亩（非公益林，<10亩，不达刑法第342条），逾期未恢复植被、水土流失（生态环境和资源"
        "保护领域）；罚2倍在森林法第73条三倍以下内",
        [pil("ecology_resources", "被处罚人逾期仍未恢复植被")], {"scenario": "pil", "continuing_harm": True}),
    Doc("hi23_food_safety.txt", "food_safety",
        "不合格餐食被责令停止配送后仍向三所小学每日配送（食品药品安全领域，不特定多数未成年人）；微生物超标未致"
        "严重食源性疾病不达刑法第143条；罚6万在食品安全法第124条货值不足1万5万-10万内",
        [pil("food_drug_safety", "当事人仍向辖区三所小学配送午餐")], {"scenario": "pil", "continuing_harm": True}),
    Doc("hi24_culture_tourism.txt", "culture_tourism",
        "市级文物保护单位保护范围内擅自拆建，责令限期拆除修复后复查仍未拆除、构件继续受损（文物和文化遗产保护领域）；"
        "罚8万在文物保护法（2017）第66条5万-50万内",
        [pil("cultural_relics", "至今未予拆除")], {"scenario": "pil", "continuing_harm": True}),
    Doc("hi25_work_safety.txt", "work_safety",
        "液化气站重大隐患紧邻居民楼，限期整改逾期仍未整改并继续充装（安全生产领域，不特定多数人）；未被责令停产停业"
        "故不涉刑法第134条之一；罚4万在安全生产法第99条、第102条五万元以下内",
        [pil("work_safety", "逾期仍未整改")], {"scenario": "pil", "continuing_harm": True}),
]

IRREGULAR = [
    # ── enforcement irregularities ──
    out_of_range("hi26_food_safety.txt", "food_safety",
                 "超范围使用苯甲酸钠，货值3,200元不足1万元，食品安全法第124条第一款罚5万-10万；罚2万低于下限且未写明减轻情节",
                 "罚款人民币贰万元"),
    out_of_range("hi27_environment.txt", "environment",
                 "超标排放二氧化硫，大气污染防治法第99条罚10万-100万；罚120万超出上限（非按日连续处罚）",
                 "罚款人民币壹佰贰拾万元"),
    no_hearing("hi28_tax.txt", "tax",
               "税务机关对单位罚款1.8万元≥1万元（hearing.yaml税务，国税发〔1996〕190号第三条），只告知陈述、申辩，未告知听证；"
               "逃税3.6万<10万不涉刑法第201条；罚50%在征管法第63条内",
               "罚款人民币18,000.00元"),
    no_hearing("hi29_public_security.txt", "public_security",
               "公安机关对个人罚款1万元≥2000元（公安机关办理行政案件程序规定第123条），只告知陈述、申辩，未告知听证；"
               "罚款在烟花爆竹安全管理条例第36条第二款1万-5万内",
               "处以罚款人民币壹万元"),
    Doc("hi30_forestry.txt", "forestry",
        "森林法（2019修订）共84条，引用的第九十一条不存在（滥伐罚则为第76条第二款，3-5倍，3倍在内）；滥伐3.1立方米"
        "<20立方米不涉刑法第345条",
        [irregular("nonexistent_article", "《中华人民共和国森林法》第九十一条")],
        {"scenario": "irregularity", "irregularities": ["nonexistent_article"]}),
    Doc("hi31_land.txt", "land",
        "2024年9月10日立案、2025年3月18日决定，历时189日，超过行政处罚法第60条九十日，文书未记载延期批准或中止；"
        "每平方米20元在实施条例第57条内",
        [irregular("time_limit", "本局于2024年9月10日对当事人涉嫌非法占用集体土地建设粮食烘干塔一案立案调查")],
        {"scenario": "irregularity", "irregularities": ["time_limit"]}),
]

NEGATIVE = [
    # ── negatives (near misses marked) ──
    Doc("hi32_tax.txt", "tax",
        "逃税21.43万元且占12.6%，但首次被税务处理、已补缴税款滞纳金并缴纳罚款，依刑法第201条第四款不予追究；罚50%"
        "在征管法第63条内，已告知听证",
        flags={"scenario": "tax_paid", "near_miss": True}),
    Doc("hi33_forestry.txt", "forestry",
        "盗伐立木蓄积12.8立方米≥5立方米，但已移送公安机关并立案侦查，不是隐匿的移送线索；另罚无证加工木材",
        flags={"scenario": "transferred", "near_miss": True, "transferred": True}),
    Doc("hi34_intellectual_property.txt", "intellectual_property",
        "销售侵权运动鞋销售金额5.64万≥5万，已移送公安，公安以明知证据不足不予立案并退回；罚2倍在商标法第60条内，已听证",
        flags={"scenario": "police_declined", "near_miss": True, "police_declined": True}),
    Doc("hi35_food_safety.txt", "food_safety",
        "举报添加罂粟壳但三批次吗啡等五项均未检出，无有毒有害物质；调味料无标签超期罚5千在食品安全法第125条"
        "5千-5万内",
        flags={"scenario": "not_detected", "near_miss": True}),
    Doc("hi36_environment.txt", "environment",
        "废机油交无证个人约2.64吨（另0.31吨库存已合规处置）<3吨，非敏感区域、无前科（法释〔2023〕7号第一条）；"
        "罚60万为固废法第112条第二款按20万计3倍，已听证",
        flags={"scenario": "under", "near_miss": True}),
    Doc("hi37_intellectual_property.txt", "intellectual_property",
        "销售侵权箱包销售金额4.78万<5万、违法所得1.195万<3万、已售与库存合计6.88万<15万，均不达刑法第214条；"
        "罚13.76万（大于门槛但非计量口径）在商标法第60条内，已听证",
        flags={"scenario": "under", "near_miss": True}),
    Doc("hi38_forestry.txt", "forestry",
        "盗伐立木蓄积4.6立方米<5立方米、价值3,496元<2万元（法释〔2023〕8号），不达刑法第345条；罚5倍在森林法第76条内",
        flags={"scenario": "under", "near_miss": True}),
    Doc("hi39_environment.txt", "environment",
        "化学需氧量超标2.26倍（非重金属），当日封堵停产、清淤，两次复查达标、水质恢复，无持续损害；罚12万在水污染"
        "防治法第83条内，已告知听证",
        flags={"scenario": "pil_remedied", "near_miss": True, "continuing_harm": False}),
    Doc("hi40_fishery.txt", "fishery",
        "禁渔期以合规网具捕捞436千克<500千克、价值7,848元<1万元，无电鱼等禁用方法（法释〔2022〕12号第三条），"
        "不达刑法第340条；罚5千在渔业法第38条内",
        flags={"scenario": "under", "near_miss": True}),
    Doc("hi41_other.txt", "other",
        "拖欠12人工资5.24万元，但在责令限期内足额支付，不是刑法第276条之一的经责令仍不支付；超时加班每人300元在"
        "劳动保障监察条例第25条100-500元内",
        flags={"scenario": "remedied", "near_miss": True}),
    Doc("hi42_customs.txt", "customs",
        "个人无申报携带应税货物入境，偷逃税款9.26万元<10万元，此前无走私处罚（法释〔2014〕10号第十六条），不达刑法"
        "第153条；罚0.5倍在海关行政处罚实施条例第9条内",
        flags={"scenario": "under", "near_miss": True}),
    Doc("hi43_other.txt", "other",
        "不予行政处罚决定书：占道经营初次违法、危害轻微并及时改正（行政处罚法第33条第一款）",
        flags={"scenario": "no_penalty"}),
]

GROUPS = [
    # ── 化整为零: one trader's cigarette runs without 准运证 cut into three decisions dated the same day ──
    *[Doc(name, "tobacco",
          "同一经营者（同一信用代码）三次无准运证运输卷烟，同日拆成三案；累计违法经营数额21,600+18,400+15,800="
          "55,800元≥5万元（法释〔2010〕7号第一条、第三条，刑法第225条）；每案罚30%在实施条例第52条20%-50%内",
          [split("tobacco-225-illegal-business/1", quote, 55800.0, SPLIT)],
          {"scenario": "split", "split_group": SPLIT})
      for name, quote in (("hi44_tobacco.txt", "违法运输的卷烟价值为人民币21,600元"),
                          ("hi45_tobacco.txt", "违法运输的卷烟价值为人民币18,400元"),
                          ("hi46_tobacco.txt", "违法运输的卷烟价值为人民币15,800元"))],
    # ── repeat offender: the same credit code punished again nine months later ──
    Doc("hi47_environment.txt", "environment",
        "印染废水化学需氧量超标2.1倍（非重金属），首次处罚，罚12万在水污染防治法第83条10万-100万内",
        flags={"scenario": "repeat_first", "repeat_group": REPEAT}),
    Doc("hi48_environment.txt", "environment",
        "同一统一社会信用代码的单位在2024年7月23日处罚后约九个月再犯（不正常运行废气设施），二年内再犯；罚25万在"
        "大气污染防治法第99条10万-100万内，已听证",
        [repeat("绍兴柯桥锦润印染有限公司", REPEAT)],
        {"scenario": "repeat", "repeat_group": REPEAT}),
]

DOCS = sorted(CRIMINAL + PUBLIC_INTEREST + IRREGULAR + NEGATIVE + GROUPS, key=lambda doc: doc.file)


labeled = lead_gold.labeler(HERE, CREATED, VERSION)

if __name__ == "__main__":
    lead_gold.main(HERE, DOCS, CREATED, VERSION)
