"""Lead labels for the thirty-second hand-written set in this folder (run to rewrite ``gold.jsonl``).

A new UNSEEN held-out test of the lead screening, written on 2026-11-22 without reading any decision
of the earlier hand-written sets nor the screening code. Every decision ``jkNN_<domain>.txt`` was
written by hand in the manner of published 行政处罚决定书 of city and county agencies in 湖北, 湖南,
江西 and 广西 (market regulation, ecology and environment, natural resources, forestry, fishery, tax,
customs, 公安, 人社, 卫健, culture market enforcement). All names, numbers, codes and addresses are
invented; credit codes carry valid GB 32100-2015 check digits, the one unmasked identity number a
valid GB 11643 check digit. Labels come from the law only: criminal thresholds from
corpora/knowledge/thresholds.yaml (version in force on the date of the facts), hearing figures from
corpora/knowledge/hearing.yaml, fine ranges and article existence from the statute text in force on
the decision date. Each row's ``meta.reason`` gives the one-line legal reason.

Run from the repository root: ``.venv/bin/python corpora/labeled/handwritten_thirtysecond/make_gold.py``.
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
CREATED = "2026-11-22T17:10:00+00:00"
VERSION = "handwritten-thirtysecond/1"

SPLIT, REPEAT = "split-jk-fengcheng-fertilizer", "repeat-jk-hengyang-vocs"
OVER = {"scenario": "over"}
QUAL = {"scenario": "qualitative"}

CRIMINAL = [
    # ── criminal-transfer leads (each also 以罚代刑: only fined or detained, no transfer recorded) ──
    Doc("jk01_food_safety.txt", "food_safety",
        "卤汤加罂粟壳，检出吗啡、可待因（非食用物质，物质名在另一段），刑法第144条行为犯无金额门槛；罚10万在食品安全法"
        "第123条货值不足1万10万-15万内；只罚款未移送",
        [trigger("food-144-toxic/1", "罂粟壳属于国家公布的食品中可能违法添加的非食用物质名单所列物质"),
         fined_only("三、罚款人民币壹拾万元整")], QUAL),
    Doc("jk02_drugs.txt", "drugs",
        "成分与国家药品标准不符，依药品管理法第98条第二款第（一）项为假药，销售假药为刑法第141条行为犯；罚150万为第116条"
        "货值不足10万按10万计15倍下限，已听证；只罚款吊证未移送",
        [trigger("drug-141-counterfeit/1", "药品所含成分与国家药品标准规定的成分不符的，为假药"),
         fined_only("3.并处罚款人民币壹佰伍拾万元整")], QUAL),
    Doc("jk03_public_security.txt", "public_security",
        "买卖、储存毒鼠强原粉，查获未售18×2.5+26×2+38=135克≥50克（法释〔2003〕14号第一条，刑法第125条第二款）；"
        "物质名在另一段；公安只处行政拘留十二日未移送",
        [threshold("safety-125-2-dangerous-substances/1", "未售出的分装小包灭鼠药共计三批", 135.0),
         fined_only("处行政拘留十二日")], OVER),
    Doc("jk04_environment.txt", "environment",
        "私设暗管排放含六价铬电镀废水（有毒物质），法释〔2023〕7号第一条第（四）项，刑法第338条，无数量要求；罚85万在"
        "水污染防治法第83条20万-100万内（第（三）项），已告知听证；只罚款未移送",
        [trigger("env-338-pollution/9", "该管道系2024年底为节约处理费用私自铺设"), fined_only("并处罚款人民币捌拾伍万元")], QUAL),
    Doc("jk05_intellectual_property.txt", "intellectual_property",
        "销售假冒注册商标的运动鞋服，销售金额312×128+147×96+62×158=63,844元≥5万元（2024年事实，法释〔2004〕19号第二条，"
        "刑法第214条）；进货价31,420元、获利2.6万元不是计量口径；罚15万在商标法第60条违法经营额五倍以下内；只罚款未移送",
        [threshold("ip-214-sell-counterfeit@2004/1", "根据当事人提供的销售台账及微信收款记录，已售出情况如下", 63844.0),
         fined_only("三、罚款人民币壹拾伍万元")], OVER),
    Doc("jk06_product_quality.txt", "product_quality",
        "以不合格电线冒充合格产品，销售收入7.26万元≥5万元（立案追诉标准（一）第十六条，刑法第140条）；罚货值80%在"
        "产品质量法第50条50%-3倍内，已听证；只罚款未移送",
        [threshold("product-140-fake-inferior/1", "销售收入7.26万元", 72600.0),
         fined_only("计人民币柒万伍仟柒佰玖拾贰元")], OVER),
    Doc("jk07_tax.txt", "tax",
        "2023年度隐匿收入少缴税款287,768+34,532+153,460=475,760元≥10万元且占22.8%≥10%（法释〔2024〕4号前之"
        "立案追诉标准，tax-201-evasion@2022/1，刑法第201条）；经税务处理后未补缴，不适用第201条第四款；罚0.6倍在"
        "征管法第63条50%-5倍内；只罚款未移送",
        [threshold("tax-201-evasion@2022/1", "少缴增值税287,768元", 475760.0),
         fined_only("计人民币285,456元")], OVER),
    Doc("jk08_tax.txt", "tax",
        "2024年1-4月无真实交易虚开增值税专用发票29份，税额63,349+40,625+25,584=129,558元≥10万元（法释〔2024〕4号"
        "第十一条，刑法第205条）；开票费67,569元不是计量口径；罚50万在发票管理办法第35条5万-50万内；只罚款未移送",
        [threshold("tax-205-vat-invoice/1", "开具增值税专用发票共计29份", 129558.0),
         fined_only("并处罚款伍拾万元")], OVER),
    Doc("jk09_customs.txt", "customs",
        "个人走私冻品，偷逃税款31,260+20,415+38,992+25,464=116,131元≥10万元（法释〔2014〕10号第十六条，刑法第153条）；"
        "运费2,800元不是计量口径；罚11.5万在海关行政处罚实施条例第9条第一款第（三）项三倍以下内；只罚款未移送",
        [threshold("customs-153-ordinary-goods/1", "偷逃税款情况如下", 116131.0),
         fined_only("二、并处罚款人民币壹拾壹万伍仟元整")], OVER),
    Doc("jk10_public_security.txt", "public_security",
        "酒店前台出售住宿登记信息612条≥500条（法释〔2017〕10号第五条第一款第（四）项，刑法第253条之一；且系履职获得，"
        "标准减半）；违法所得3,720元<5000元不是唯一口径；罚4万在个人信息保护法第66条第一款一百万以下内；只罚款未移送",
        [threshold("pi-253-1-personal-information/2", "属于旅客住宿登记信息的共612条", 612.0),
         fined_only("并处罚款人民币肆万元")], OVER),
    Doc("jk11_forestry.txt", "forestry",
        "超许可证数量和地点采伐，蓄积22.48+10.75+6.06-12=27.29立方米≥20立方米（法释〔2023〕8号第六条，刑法第345条"
        "第二款）；罚3倍在森林法第76条第二款3-5倍内；只罚款未移送",
        [threshold("forest-345-2-overcutting/1", "被处罚人实际采伐情况如下", 27.29),
         fined_only("计人民币陆万肆仟肆佰壹拾叁元")], OVER),
    Doc("jk12_forestry.txt", "forestry",
        "非法占用并毁坏省级公益林地2,960+1,360=4,320平方米=6.48亩≥5亩（法释〔2023〕8号第一条，刑法第342条；公益林在"
        "另一段）；罚恢复费用3倍在森林法第73条三倍以下内，已听证；只罚款未移送",
        [threshold("land-342-forest/1", "当事人占用林地范围由两块组成", 6.48),
         fined_only("计人民币壹拾伍万陆仟元整")], OVER),
    Doc("jk13_land.txt", "land",
        "非法占用永久基本农田（地类在另一段）2,460.5+1,377.8=3,838.3平方米=5.76亩≥5亩，耕作层破坏（法释〔2000〕14号"
        "第三条，刑法第342条）；每平方米500元在土地管理法实施条例第57条100-1000元内；只罚款未移送",
        [threshold("land-342-cultivated/1", "合计3,838.3平方米", 5.76),
         fined_only("共计人民币壹佰玖拾壹万玖仟壹佰伍拾元")], OVER),
    Doc("jk14_mining.txt", "mining",
        "无证采河砂，销售8,420×9.5+4,230×7=109,600元≥10万元（法释〔2016〕25号第三条、第十三条，刑法第343条第一款）；"
        "违法所得4万元不是计量口径；罚40%在实施细则第42条50%以下内；只罚款未移送",
        [threshold("mining-343-1-illegal/1", "当事人共销售河砂12,650吨", 109600.0),
         fined_only("计人民币16,000元")], OVER),
    Doc("jk15_fishery.txt", "fishery",
        "长江重点水域禁捕期禁捕区捕捞（禁捕在另一段），渔获212.5+186+81.5+49=529公斤≥500公斤（法释〔2022〕12号第三条，"
        "刑法第340条）；二人罚款在渔业法第38条五万元以下内；只罚款未移送",
        [threshold("fishery-340-inland/1", "现场扣押的渔获物经分类过秤", 529.0),
         fined_only("2.对当事人甲罚款人民币壹万元")], OVER),
    Doc("jk16_wildlife.txt", "wildlife",
        "收购出售国家二级保护鸟类（级别在另一段），价值22×1,000+16×500+2×3,000=36,000元≥2万元（法释〔2022〕12号第六条，"
        "刑法第341条第一款）；罚2倍在野生动物保护法第52条1-10倍内；只罚款未移送",
        [threshold("wildlife-341-1-endangered/1", "经评估，上述野生动物价值为", 36000.0),
         fined_only("二、并处野生动物价值二倍的罚款")], OVER),
    Doc("jk17_other.txt", "other",
        "拖欠24名农民工工资98,400+71,650+42,300+16,200=228,550元≥3万元，经指令书责令支付逾期仍不支付且负责人逃匿"
        "（法释〔2013〕3号第三、四条，刑法第276条之一）；只作加付赔偿金处理未移送",
        [threshold("labor-276-1-wage-refusal/2", "拖欠情况如下", 228550.0),
         fined_only("计人民币壹拾壹万肆仟贰佰柒拾伍元")], OVER),
    Doc("jk18_drugs.txt", "drugs",
        "批发二氧化硫超限的中药饮片（劣药），销售收入18,640+22,415+13,270=54,325元≥5万元（法释〔2022〕1号，"
        "刑法第142条未造成严重危害时按第140条/第149条）；罚100万为第117条货值不足10万按10万计10倍，已听证；只罚款未移送",
        [threshold("drug-142-substandard/2", "销售收入分别为", 54325.0),
         fined_only("计人民币壹佰万元")], OVER),
    Doc("jk19_health.txt", "health",
        "未取得医师资格非法行医，曾于2023年、2024年两次受卫生行政处罚后仍行医（法释〔2016〕27号第二条第（五）项，"
        "刑法第336条）；罚5万在医师法第59条违法所得不足1万按1万计2-10倍内；只罚款未移送",
        [threshold("health-336-illegal-medical-practice/1", "两次处罚后其仍继续行医", 2.0),
         fined_only("计人民币伍万元")], OVER),
    Doc("jk20_environment.txt", "environment",
        "总排口总镉0.37mg/L，限值0.05mg/L，超标6.4倍≥3倍（倍数须由表中计算；法释〔2023〕7号第一条第（三）项，刑法第338条）；"
        "罚45万在水污染防治法第83条10万-100万内；只罚款未移送",
        [threshold("env-338-pollution/2", "监测结果如下", 6.4), fined_only("并处罚款人民币肆拾伍万元整")], OVER),
    Doc("jk21_wildlife.txt", "wildlife",
        "全域禁猎区、禁猎期内使用电猫（禁用工具）狩猎（禁猎与禁用工具在另一段；法释〔2022〕12号第七条，刑法第341条"
        "第二款，无数量要求）；各罚5千在野生动物保护法第49条猎获物不足二千元的2千-2万内；只罚款未移送",
        [trigger("wildlife-341-2-illegal-hunting/2", "电猫系国家禁止使用的猎捕工具"),
         fined_only("二、对向光明、覃志勇各处罚款人民币伍仟元")], QUAL),
]

PUBLIC_INTEREST = [
    # ── public-interest leads: statutory field + harm going on after the agency acted ──
    Doc("jk22_environment.txt", "environment",
        "熔炼铜渣（经鉴别为一般工业固废）露天堆放渗滤液入大冶湖支港，责令限期清运后两次复查仍仅清运60吨、渗滤液仍入湖、塘鱼死亡（生态"
        "环境和资源保护领域）；铜锌不在刑法第338条重金属倍数名单；罚18万在固废法第102条第（七）项按10万计1-3倍内",
        [pil("ecology_resources", "雨后渗滤液仍持续流入青山港")], {"scenario": "pil", "continuing_harm": True}),
    Doc("jk23_mining.txt", "mining",
        "长江洲滩无证采砂形成采坑，责令回填复绿逾期未做、边坡持续坍塌威胁堤脚（生态环境和资源保护领域）；销售价款46,880元"
        "<5万元，不达刑法第343条任何一档；罚30%在实施细则第42条内",
        [pil("ecology_resources", "当事人未进行任何回填、复绿")], {"scenario": "pil", "continuing_harm": True}),
    Doc("jk24_food_safety.txt", "food_safety",
        "校门口销售不合格无证辣条，责令停售下架后两次复查仍向小学生销售（食品药品安全领域，不特定多数未成年人）；"
        "不足以造成严重食物中毒，不达刑法第143条；罚5万在食品安全法第124条货值不足1万5万-10万内",
        [pil("food_drug_safety", "当事人仍将该产品及同一来源的")], {"scenario": "pil", "continuing_harm": True}),
    Doc("jk25_land.txt", "land",
        "国有建设用地使用权出让价款尚欠6,720万元，三次催缴未缴，未办证即开工且仍在施工（国有土地使用权出让领域）；"
        "每平方米100元在实施条例第57条内，已听证",
        [pil("state_land_transfer", "现尚欠土地出让价款6,720万元及相应违约金")],
        {"scenario": "pil", "continuing_harm": True}),
    Doc("jk26_culture_tourism.txt", "culture_tourism",
        "网吧接纳未成年人，当场责令后两次复查仍接纳7名、9名中学生（未成年人保护领域）；罚5万并停业整顿在未成年人"
        "保护法第123条情节严重5万-50万内，已告知听证",
        [pil("minors", "当事人营业场所内仍分别发现7名、9名未成年人上网")], {"scenario": "pil", "continuing_harm": True}),
    Doc("jk27_forestry.txt", "forestry",
        "毁坏一般商品林地4.07亩（<公益林5亩、<其他林地10亩，不达刑法第342条），责令恢复植被逾期未恢复反而扩种、水土流失"
        "淤积饮水山塘（生态环境和资源保护领域）；罚1倍在森林法第73条三倍以下内",
        [pil("ecology_resources", "当事人未按要求恢复植被")], {"scenario": "pil", "continuing_harm": True}),
]

IRREGULAR = [
    # ── enforcement irregularities ──
    out_of_range("jk28_food_safety.txt", "food_safety",
                 "超范围使用食品添加剂，货值1,480元不足1万元，食品安全法第124条第一款罚5万-10万；罚2万低于下限，只写从轻"
                 "（非减轻）情节；已告知听证",
                 "二、罚款人民币贰万元整"),
    out_of_range("jk29_product_quality.txt", "product_quality",
                 "销售不符合安全标准的电热水壶，货值460×48=22,080元，产品质量法第49条罚货值1-3倍即22,080-66,240元；"
                 "罚8.8万超出上限；已听证",
                 "（四）并处罚款人民币捌万捌仟元整"),
    no_hearing("jk30_tax.txt", "tax",
               "税务机关对个人罚款5,000元≥2,000元（hearing.yaml税务个人二千元），只告知陈述、申辩，未告知听证；"
               "罚款在征管法第62条情节严重2千-1万内",
               "现决定对你处以罚款人民币伍仟元整"),
    no_hearing("jk31_market.txt", "market",
               "市场监管对单位罚款15万元≥10万元（hearing.yaml市场监管单位十万元），只告知陈述、申辩，未告知听证；罚款在"
               "特种设备安全法第84条3万-30万内",
               "二、处罚款人民币壹拾伍万元"),
    Doc("jk32_environment.txt", "environment",
        "水污染防治法（2017修正）共103条，引用的第一百零八条不存在（超标排放罚则为第83条第（二）项，10万-100万，"
        "10万在内），已告知听证",
        [irregular("nonexistent_article", "《中华人民共和国水污染防治法》第一百零八条")],
        {"scenario": "irregularity", "irregularities": ["nonexistent_article"]}),
    Doc("jk33_land.txt", "land",
        "2024年4月22日立案、2025年1月8日决定，历时261日，超过行政处罚法第60条九十日，文书未记载延期批准或中止；"
        "每平方米100元在实施条例第57条内，已告知听证",
        [irregular("time_limit", "本局于2024年4月22日对当事人涉嫌未经批准占用土地建设仓库一案立案调查")],
        {"scenario": "irregularity", "irregularities": ["time_limit"]}),
]

NEGATIVE = [
    # ── negatives (near misses marked) ──
    Doc("jk34_intellectual_property.txt", "intellectual_property",
        "销售侵权服装，销售金额186×138+154×89+101×58=45,232元<5万元，库存货值52,316元，合计97,548元<15万元（2024年事实，"
        "法释〔2004〕19号），不达刑法第214条；罚12万（大于门槛但不是计量口径）在商标法第60条内，已告知听证",
        flags={"scenario": "under", "near_miss": True}),
    Doc("jk35_tax.txt", "tax",
        "少缴税款168,781元且占14.1%，但首次被税务处理、已补缴税款滞纳金并接受处罚，依刑法第201条第四款不予追究；罚50%"
        "在征管法第63条内，已告知听证",
        flags={"scenario": "tax_paid", "near_miss": True}),
    Doc("jk36_fishery.txt", "fishery",
        "自然保护区核心区禁捕期电鱼，已移送公安机关并立案侦查，不是隐匿的移送线索；罚款待刑事程序终结",
        flags={"scenario": "transferred", "near_miss": True, "transferred": True}),
    Doc("jk37_forestry.txt", "forestry",
        "滥伐蓄积23.6立方米已移送公安，公安以扣除枯立木后不足立案标准不予立案并退回；罚3倍在森林法第76条第二款内，"
        "已告知听证",
        flags={"scenario": "police_declined", "near_miss": True, "police_declined": True}),
    Doc("jk38_food_safety.txt", "food_safety",
        "举报瘦肉精但三份样品克伦特罗、莱克多巴胺、沙丁胺醇均未检出；未查验检疫证明拒不改正罚5千在食品安全法第126条"
        "5千-5万内",
        flags={"scenario": "not_detected", "near_miss": True}),
    Doc("jk39_environment.txt", "environment",
        "石粉废水溢流入江，当日停产清挖，两次复查地表水达Ⅲ类、植被未受损、取水点未受影响，损害已消除，无持续损害；"
        "悬浮物非有毒物质不涉刑法第338条；罚10万在水污染防治法第83条内，已告知听证",
        flags={"scenario": "pil_remedied", "near_miss": True, "continuing_harm": False}),
    Doc("jk40_other.txt", "other",
        "拖欠18人工资96,420元，但在责令限期内足额支付，不是刑法第276条之一的经责令支付仍不支付；未建职工名册逾期不改正罚"
        "5千在劳动合同法实施条例第33条2千-2万内",
        flags={"scenario": "remedied", "near_miss": True}),
    Doc("jk41_public_security.txt", "public_security",
        "出售一般个人信息4,620条<5000条、违法所得4,380元<5000元，不含敏感或重要信息（法释〔2017〕10号第五条）；罚2万"
        "在个人信息保护法第66条内，已告知听证",
        flags={"scenario": "under", "near_miss": True}),
    Doc("jk42_customs.txt", "customs",
        "个人走私冻牛肉，偷逃税款22,380+27,147=49,527元<10万元（完税价格186,500元不是计量口径），此前一年无走私处罚，"
        "不达刑法第153条；罚5万在海关行政处罚实施条例第9条内，已告知听证",
        flags={"scenario": "under", "near_miss": True}),
    Doc("jk43_mining.txt", "mining",
        "采矿许可证过期继续开采，矿产品价值95,612元、销售收入93,210元均<10万元，非禁采区、非特定矿种（法释〔2016〕25号"
        "第三条），不达刑法第343条；罚50%在实施细则第42条内，已告知听证",
        flags={"scenario": "under", "near_miss": True}),
    Doc("jk44_public_security.txt", "public_security",
        "买卖毒鼠强原粉15包×3.2克=48克<50克，未拌饵料、无伤亡损失（法释〔2003〕14号第一条），不达刑法第125条第二款；"
        "行政拘留十日在治安管理处罚法第30条内",
        flags={"scenario": "under", "near_miss": True}),
    Doc("jk45_forestry.txt", "forestry",
        "滥伐一般商品林蓄积11.36+5.08+2.31=18.75立方米<20立方米、348株<1000株、价值28,460元<5万元（法释〔2023〕8号"
        "第六条），不达刑法第345条第二款；罚3倍在森林法第76条第二款内，已告知听证",
        flags={"scenario": "under", "near_miss": True}),
    Doc("jk46_fishery.txt", "fishery",
        "禁渔期用合规网具捕捞，渔获196+158+114=468公斤<500公斤、价值8,420元<1万元，非种质资源保护区、无禁用方法"
        "（法释〔2022〕12号第三条），不达刑法第340条；罚8千在渔业法第38条内，已告知听证",
        flags={"scenario": "under", "near_miss": True}),
    Doc("jk47_health.txt", "health",
        "美容美发店从业人员无健康合格证明，警告并罚500元在公共场所卫生管理条例实施细则第38条内；无刑事、公益或程序问题",
        flags={"scenario": "ordinary"}),
]

GROUPS = [
    # ── 化整为零: one company's three shops selling counterfeit 中化 fertilizer, cut into three decisions ──
    *[Doc(name, "intellectual_property",
          "同一农资公司（同一信用代码）三门店销售假冒注册商标复合肥，拆成三案；累计销售金额18,240+（64×120+51×118+35×116="
          "17,758）+16,380=52,378元≥5万元（2024年事实，法释〔2004〕19号第二条，刑法第214条）；每案罚2倍在商标法第60条"
          "不足五万元二十五万元以下内",
          [split("ip-214-sell-counterfeit@2004/1", quote, 52378.0, SPLIT)],
          {"scenario": "split", "split_group": SPLIT})
      for name, quote in (("jk48_intellectual_property.txt", "销售金额人民币18,240元"),
                          ("jk49_intellectual_property.txt", "依据曲江门店出库单及村民购货登记"),
                          ("jk50_intellectual_property.txt", "销售金额为人民币壹万陆仟叁佰捌拾元"))],
    # ── repeat offender: the same credit code punished again ten months later ──
    Doc("jk51_environment.txt", "environment",
        "喷漆废气无组织排放，首次处罚，罚3万元在大气污染防治法第108条2万-20万内，已告知听证",
        flags={"scenario": "repeat_first", "repeat_group": REPEAT}),
    Doc("jk52_environment.txt", "environment",
        "同一统一社会信用代码的单位在2024年9月10日处罚后约十个月再犯同类违法，二年内再犯；罚6万元在第108条内",
        [repeat("衡阳市珠晖区华翔家具制造有限公司", REPEAT)],
        {"scenario": "repeat", "repeat_group": REPEAT}),
]

DOCS = sorted(CRIMINAL + PUBLIC_INTEREST + IRREGULAR + NEGATIVE + GROUPS, key=lambda doc: doc.file)


labeled = lead_gold.labeler(HERE, CREATED, VERSION)

if __name__ == "__main__":
    lead_gold.main(HERE, DOCS, CREATED, VERSION)
