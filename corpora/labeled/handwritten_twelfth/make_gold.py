"""Lead labels for the twelfth hand-written set in this folder (run to rewrite ``gold.jsonl``).

A new UNSEEN held-out test of the lead screening, written on 2026-11-22 without reading any decision
of the earlier hand-written sets nor the screening code. Every decision ``hpNN_<domain>.txt`` was
written by hand in the manner of published 行政处罚决定书 of city and county agencies in 江苏, 广东,
辽宁, 山西, 福建 and 内蒙古 (all names, numbers, codes and addresses invented; credit codes carry valid
GB 32100-2015 check digits, identity numbers valid GB 11643 check digits). The facts are written the
many ways clerks write them: concentrations against a limit instead of an 超标倍数, 平方米 and 公顷 for
亩, 吨 for 公斤, a total split into tax kinds or batches, the protected status / land kind / water
closure in another sentence than the figure, 大写 amounts, wrong-measure figures beside the right one.
Labels come from the law only: criminal thresholds from corpora/knowledge/thresholds.yaml, hearing
figures from corpora/knowledge/hearing.yaml, fine ranges and article existence from the statute text
in force on the decision date. Each row's ``meta.reason`` gives the one-line legal reason.
Conventions are those of ``handwritten_fifth/make_gold.py``.

Run from the repository root: ``.venv/bin/python corpora/labeled/handwritten_twelfth/make_gold.py``.
"""

from __future__ import annotations

from pathlib import Path

from corpora.labeled import lead_gold
from corpora.labeled.lead_gold import (
    PIL,
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
CREATED = "2026-11-22T14:30:00+00:00"
VERSION = "handwritten-twelfth/1"

SPLIT, REPEAT = "split-hp-hohhot-cigarettes", "repeat-hp-hohhot-dust"
OVER = {"scenario": "over"}
QUAL = {"scenario": "qualitative"}

CRIMINAL = [
    # ── criminal-transfer leads (each also 以罚代刑: only fined, no transfer recorded) ──
    Doc("hp01_environment.txt", "environment",
        "含铬废水总铬2.41mg/L为限值0.5mg/L的4.82倍，即超标3.82倍≥3倍（法释〔2023〕7号第一条，刑法第338条）；"
        "罚35万在水污染防治法第83条10万-100万内；只罚款未移送",
        [threshold("env-338-pollution/2", "所测浓度为排放限值的4.82倍", 3.82),
         fined_only("罚款人民币叁拾伍万元整")], OVER),
    Doc("hp02_land.txt", "land",
        "占用永久基本农田4150平方米=6.2亩≥5亩并硬化毁坏耕作层（法释〔2000〕14号第三条，刑法第342条）；地类在另一句；"
        "每平方米200元在土地管理法实施条例第57条100-1000元内；只罚款未移送",
        [threshold("land-342-cultivated/1", "占用土地面积共4150平方米", 6.225),
         fined_only("共计人民币捌拾叁万元")], OVER),
    Doc("hp03_forestry.txt", "forestry",
        "盗伐集体杉木立木蓄积6.8立方米≥5立方米（出材量4.1立方米是另一口径；法释〔2023〕8号第四条，刑法第345条）；"
        "罚5倍在森林法第76条5-10倍内；只罚款未移送",
        [threshold("forest-345-1-theft/1", "立木蓄积6.8立方米", 6.8), fined_only("计人民币肆万零捌佰元整")], OVER),
    Doc("hp04_fishery.txt", "fishery",
        "禁渔期（在另一句）内陆水域捕捞渔获0.63吨=630公斤≥500公斤（法释〔2022〕12号第三条，刑法第340条）；罚2万在"
        "渔业法第38条5万以下内；只罚款未移送",
        [threshold("fishery-340-inland/1", "共计0.63吨", 630.0), fined_only("罚款人民币贰万元")], OVER),
    Doc("hp05_mining.txt", "mining",
        "无证采砂石，矿产品价值13.6万元≥10万元（收取价款8.93万元是另一口径；法释〔2016〕25号第三条，刑法第343条）；"
        "罚违法所得30%在矿产资源法实施细则第42条50%以下内；只罚款未移送",
        [threshold("mining-343-1-illegal/1", "所采砂石价值为人民币壹拾叁万陆仟元", 136000.0),
         fined_only("处违法所得30%的罚款")], OVER),
    Doc("hp06_tax.txt", "tax",
        "隐瞒收入少缴税款247,100元≥10万元，占应纳税额1,312,400元的18.8%≥10%（要自行计算；法释〔2024〕4号第一条，刑法"
        "第201条），处理决定后未补缴，不适用第四款；罚1倍在征管法第63条50%-5倍内，已告知听证；只罚款未移送",
        [threshold("tax-201-evasion/1", "少缴税款247,100元", 247100.0), fined_only("处一倍的罚款")], OVER),
    Doc("hp07_tax.txt", "tax",
        "无真实业务虚开增值税专用发票税额143,009.17元≥10万元（法释〔2024〕4号第十条，刑法第205条；价税金额158.9万是"
        "另一口径）；罚40万在发票管理办法（2023）第35条5万-50万内；只罚款未移送",
        [threshold("tax-205-vat-invoice/1", "税额合计143,009.17元", 143009.17), fined_only("并处罚款人民币肆拾万元整")],
        OVER),
    Doc("hp08_customs.txt", "customs",
        "个人走私普通货物，关税17,620+增值税84,032+消费税16,548=偷逃税款118,200元≥10万元（要自行相加；法释〔2014〕10号"
        "第十六条，刑法第153条；货值62.8万是另一口径）；罚6万在海关行政处罚实施条例第9条3倍以下内；只罚款未移送",
        [threshold("customs-153-ordinary-goods/1", "关税人民币17,620元", 118200.0), fined_only("科处罚款人民币陆万元整")],
        OVER),
    Doc("hp09_product_quality.txt", "product_quality",
        "以不合格电缆冒充合格品销售，销售收入58,600元≥5万元（立案追诉标准（一）第十六条，刑法第140条）；罚80%在产品"
        "质量法第50条50%-3倍内；只罚款未移送",
        [threshold("product-140-fake-inferior/1", "取得销售收入人民币伍万捌仟陆佰元", 58600.0),
         fined_only("计人民币46,880元")], OVER),
    Doc("hp10_agriculture.txt", "agriculture",
        "销售假农药（农药管理条例第44条），致38亩×760元=28,880元生产损失≥2万元（要自行相乘；立案追诉标准（一）第二十三条，"
        "刑法第147条）；货值3,600元不足1万，罚2万在第55条5千-5万内；只罚款未移送",
        [threshold("product-147-agri-inputs/1", "平均每亩减产损失折合人民币760元", 28880.0),
         fined_only("罚款人民币贰万元整")], OVER),
    Doc("hp11_tobacco.txt", "tobacco",
        "无零售许可证经营卷烟，案值53,200元≥5万元（法释〔2010〕7号第三条，刑法第225条）；罚25%在烟草专卖法实施条例"
        "第57条20%-50%内；只罚款未移送",
        [threshold("tobacco-225-illegal-business/1", "案值为人民币伍万叁仟贰佰元", 53200.0),
         fined_only("即人民币壹万叁仟叁佰元整")], OVER),
    Doc("hp12_public_security.txt", "public_security",
        "出售一般个人信息2,100+1,980+2,160=6,240条≥5000条（要自行相加；法释〔2017〕10号第五条，刑法第253条之一）；罚违法"
        "所得5倍在网络安全法（2016）第64条第二款1-10倍内，已告知听证；只罚款未移送",
        [threshold("pi-253-1-personal-information/3", "第一次出售2,100条", 6240.0), fined_only("计人民币壹万伍仟陆佰元")],
        OVER),
    Doc("hp13_wildlife.txt", "wildlife",
        "为食用收购三有动物（名录在另一句）环颈雉64只×200元+蒙古兔21只×150元=15,950元≥1万元（法释〔2022〕12号第八条，"
        "刑法第341条第三款；菜款6,150元是另一口径）；罚违法所得15倍在野生动物保护法第53条第三款15-30倍内；只罚款未移送",
        [threshold("wildlife-341-3-terrestrial-food/1", "环颈雉每只价值200元", 15950.0),
         fined_only("计人民币玖万贰仟贰佰伍拾元整")], OVER),
    Doc("hp14_forestry.txt", "forestry",
        "采挖并出售野生南方红豆杉3株，一级保护（在另一句）≥1株（法释〔2023〕8号第二条，刑法第344条）；罚违法所得2倍"
        "在野生植物保护条例第23条10倍以下内；只罚款未移送",
        [threshold("forest-344-protected-plants/1", "将野生南方红豆杉3株连根挖起", 3.0),
         fined_only("计人民币贰万柒仟元")], OVER),
    Doc("hp15_forestry.txt", "forestry",
        "擅自改变省级生态公益林（在另一句）用途并毁坏林木0.46公顷=6.9亩≥5亩（法释〔2023〕8号第一条，刑法第342条）；"
        "罚恢复费用1倍在森林法第73条3倍以下内；只罚款未移送",
        [threshold("land-342-forest/1", "擅自改变用途的林地面积为0.46公顷", 6.9), fined_only("即人民币玖万贰仟元")], OVER),
    Doc("hp16_grassland.txt", "land",
        "开垦天然草原1.6公顷=24亩≥20亩且植被全部破坏（法释〔2012〕15号第二条，刑法第342条）；无违法所得罚3万在草原法"
        "第66条5万以下内；只罚款未移送",
        [threshold("land-342-grassland/1", "被翻耕面积为1.6公顷", 24.0), fined_only("罚款人民币叁万元整")], OVER),
    Doc("hp17_advertising.txt", "market",
        "虚假广告违法所得11.2万元≥10万元（立案追诉标准（二）第六十七条，刑法第222条；广告费3.6万、销售收入52.3万是"
        "另一口径）；罚广告费4倍在广告法第55条3-5倍内，已听证；只罚款未移送",
        [threshold("market-222-false-advertising/1", "违法所得人民币11.2万元", 112000.0),
         fined_only("计人民币壹拾肆万肆仟元整")], OVER),
    Doc("hp18_work_safety.txt", "work_safety",
        "违反安全管理规定发生事故死亡1人≥1人（法释〔2015〕22号第六条，刑法第134条重大责任事故罪）；一般事故罚55万在"
        "安全生产法第114条30万-100万内，已告知听证；只对单位罚款，未记载移送",
        [threshold("safety-134-1-major-liability/1", "于当日17时许死亡", 1.0), fined_only("罚款人民币伍拾伍万元")], OVER),
    Doc("hp19_food_safety.txt", "food_safety",
        "凉皮中添加硼砂，检出硼酸（非食用物质名单），刑法第144条行为犯无金额门槛；罚10万在食品安全法第123条货值不足"
        "1万10万-15万内，已告知听证；只罚款未移送",
        [trigger("food-144-toxic/1", "凉皮、擀面皮样品中均检出硼酸"), fined_only("罚款人民币壹拾万元")], QUAL),
    Doc("hp20_drugs.txt", "drugs",
        "中成药胶囊检出化学药成分、与标示成分不符，依药品管理法第98条第二款第（一）项为假药，刑法第141条行为犯；"
        "罚150万为第116条按10万计15倍下限，已听证；只罚款吊证未移送",
        [trigger("drug-141-counterfeit/1", "上述胶囊为假药"), fined_only("并处罚款人民币壹佰伍拾万元整")], QUAL),
    Doc("hp21_environment.txt", "environment",
        "地下埋设PVC管道绕过处理站排放含镍等有毒物质的酸洗废水，暗管逃避监管（法释〔2023〕7号第一条第（四）项，刑法"
        "第338条）无数量要求；罚45万在水污染防治法第83条10万-100万内；只罚款未移送",
        [trigger("env-338-pollution/9", "在酸洗槽下方地面以下埋设一条直径约110毫米的PVC管道"),
         fined_only("罚款肆拾伍万元")], QUAL),
    Doc("hp22_fishery.txt", "fishery",
        "禁渔期（在另一句）使用电捕鱼器具捕捞，法释〔2022〕12号第三条禁渔期使用禁用方法，刑法第340条无数量要求；"
        "渔获仅8.6公斤；罚5千在渔业法第38条内；只罚款未移送",
        [trigger("fishery-340-inland/5", "使用自制蓄电池升压电捕鱼器具捕鱼"), fined_only("罚款人民币伍仟元")], QUAL),
]

PUBLIC_INTEREST = [
    # ── public-interest leads: statutory field + harm continuing after the agency acted ──
    Doc("hp23_environment.txt", "environment",
        "河滩倾倒一般工业固废约620吨，责令清运后仅清40吨，渗滤液持续流入溪流、下游灌溉取水口（生态环境和资源保护）；"
        "一般固废无刑事数量门槛；罚40万为处置费15.5万的2.58倍，在固废法第102条1-3倍内，已听证",
        [pil("ecology_resources", "其余固体废物仍堆放在河滩地上")], PIL),
    Doc("hp24_land.txt", "land",
        "竞得国有建设用地后欠缴第二期出让价款7,130万元，两次催缴未果并擅自开工（国有土地使用权出让）；每平方米100元"
        "在实施条例第57条内",
        [pil("state_land_transfer", "至今仍欠缴第二期土地出让价款7,130万元")], PIL),
    Doc("hp25_food_safety.txt", "food_safety",
        "面向婴幼儿的不合格压片糖果销往27省（不特定多数人），责令召回后未召回且换名继续销售（食品药品安全）；货值"
        "48,270元<5万不涉刑法第140/143条；罚12倍在食品安全法第124条10-20倍内，已听证",
        [pil("food_drug_safety", "当事人至今未发布召回公告")], PIL),
    Doc("hp26_work_safety.txt", "work_safety",
        "液化气储罐重大事故隐患（防火间距不足）逾期未整改，储罐满负荷使用，300余居民和幼儿园在影响范围内（安全生产）；"
        "罚4.5万在安全生产法第102条5万以下内，已告知听证",
        [pil("work_safety", "储罐区防火间距问题仍未整改")], PIL),
    Doc("hp27_culture_tourism.txt", "culture_tourism",
        "在省级文物保护单位保护范围内擅自建设、破坏历史风貌，逾期仍未拆除、未恢复（文物保护）；罚60万在文物保护法"
        "（2024修订）第83条单位50万-500万内，已告知听证；未损毁文物本体不涉刑法第324条",
        [pil("cultural_relics", "钢结构客房至今仍未拆除")], PIL),
    Doc("hp28_mining.txt", "mining",
        "闭坑矿山两次责令后仍未治理复垦，陡坡崩塌、废石堵塞河道、压占草地18.6亩（生态环境和资源保护）；罚复垦费1.5倍"
        "在土地复垦条例第42条1-2倍内",
        [pil("ecology_resources", "当事人均逾期未履行，至今仍未恢复")], PIL),
    Doc("hp29_culture_tourism.txt", "culture_tourism",
        "网吧两次受罚后仍反复接纳未成年人，暗访仍发现、家长持续投诉（未成年人保护）；罚1.5万在互联网上网服务营业场所"
        "管理条例第31条15000元以下内并停业整顿",
        [pil("minors", "仍发现有未成年人在当事人场所内上网")], PIL),
]

IRREGULAR = [
    # ── enforcement irregularities ──
    out_of_range("hp30_food_safety.txt", "food_safety",
                 "生熟混放、无健康证从业，拒不改正，适用食品安全法第126条第一款5千-5万；罚8万超出上限，无从重以外的法定依据；"
                 "已听证",
                 "二、罚款人民币捌万元。"),
    out_of_range("hp31_environment.txt", "environment",
                 "VOCs废气未密闭收集处理，大气污染防治法第108条罚2万-20万；罚1.5万低于下限且未写明减轻处罚的法定情节",
                 "我局决定对你公司处以罚款人民币壹万伍仟元"),
    no_hearing("hp32_public_security.txt", "public_security",
               "公安机关对单位罚款2万元≥1万元（公安机关办理行政案件程序规定第123条），只告知陈述、申辩，未告知听证；"
               "罚款为出境入境管理法第80条第三款每人1万元、合计2万元，在范围内",
               "处罚款人民币贰万元"),
    no_hearing("hp33_market.txt", "market",
               "市场监管对个体工商户罚款3万元≥1万元（hearing.yaml市场监管个人一万元，行政处罚法第63条），只告知陈述、申辩，"
               "未告知听证；罚款在食品安全法第125条货值不足1万5千-5万内",
               "二、处罚款人民币叁万元。"),
    Doc("hp34_water.txt", "water",
        "水法（2016修正）共82条，引用的第八十六条不存在（未经许可取水的罚则为第69条第（一）项，2万-10万，5万在内）；"
        "已告知听证",
        [irregular("nonexistent_article", "《中华人民共和国水法》第八十六条")],
        {"scenario": "irregularity", "irregularities": ["nonexistent_article"]}),
    Doc("hp35_land.txt", "land",
        "2023年3月6日立案、2024年1月15日决定，历时315日，超过行政处罚法第60条九十日，文书未记载延期批准或中止；"
        "每平方米150元在实施条例第57条内，非耕地不涉刑法第342条，已听证",
        [irregular("time_limit", "本局于2023年3月6日对当事人涉嫌非法占用土地一案立案调查")],
        {"scenario": "irregularity", "irregularities": ["time_limit"]}),
]

NEGATIVE = [
    # ── negatives (near misses marked) ──
    Doc("hp36_tax.txt", "tax",
        "逃税163,200元、占1,164,800元的14.0%，均过线，但首次、处理决定后已补缴税款滞纳金并接受处罚，依刑法第201条"
        "第四款不予追究；罚60%在征管法第63条内，已告知听证",
        flags={"scenario": "tax_paid", "near_miss": True}),
    Doc("hp37_environment.txt", "environment",
        "危险废物5.2吨交无证个人≥3吨，但已移送公安并立案侦查，不是隐匿的移送线索；罚60万为固废法第112条处置费用按"
        "20万计3倍，已听证",
        flags={"scenario": "transferred", "near_miss": True, "transferred": True}),
    Doc("hp38_forestry.txt", "forestry",
        "超范围采伐立木蓄积23.4立方米≥20立方米（滥伐），已移送公安，公安以权属争议不予立案并退回；罚价值3倍在森林法"
        "第76条第二款3-5倍内",
        flags={"scenario": "police_declined", "near_miss": True, "police_declined": True}),
    Doc("hp39_food_safety.txt", "food_safety",
        "举报瘦肉精但β-受体激动剂均未检出，无有毒有害物质；未建进货查验记录、拒不改正，罚1万在食品安全法第126条"
        "5千-5万内，已告知听证",
        flags={"scenario": "not_detected", "near_miss": True}),
    Doc("hp40_fishery.txt", "fishery",
        "禁渔期捕捞渔获468公斤<500公斤、价值6,530元<1万元，非禁用工具方法（法释〔2022〕12号第三条）；罚1.5万在渔业法"
        "第38条内",
        flags={"scenario": "under", "near_miss": True}),
    Doc("hp41_land.txt", "land",
        "占用一般耕地（非永久基本农田，在另一句）4,867平方米=7.3亩<10亩（法释〔2000〕14号第三条）；每平方米1000元在实施"
        "条例第57条上限内",
        flags={"scenario": "under", "near_miss": True}),
    Doc("hp42_intellectual_property.txt", "intellectual_property",
        "销售侵权电动工具，销售金额23,150元<5万、库存货值33,540元<15万、合计56,690元<15万，不达刑法第214条；全年营业额"
        "36.4万和罚款11.3万是错口径；罚2倍在商标法第60条五倍以下内，已听证",
        flags={"scenario": "wrong_measure", "near_miss": True}),
    Doc("hp43_forestry.txt", "forestry",
        "盗伐立木蓄积4.3立方米<5、62株<200、价值5,160元<2万（法释〔2023〕8号第四条）；罚6倍在森林法第76条5-10倍内",
        flags={"scenario": "under", "near_miss": True}),
    Doc("hp44_environment.txt", "environment",
        "废水溢流致局部死鱼，但当日停产修复、清淤补放鱼苗，两次复测达标、生态基本恢复，无持续损害；COD不是法释〔2023〕7号"
        "重金属超标倍数；罚10万在水污染防治法第83条下限",
        flags={"scenario": "pil_remedied", "near_miss": True, "continuing_harm": False}),
    Doc("hp45_public_security.txt", "public_security",
        "提供一般个人信息（意向客户）4,200条<5000条、获利1,680元<5000元，不含敏感信息（法释〔2017〕10号第五条）；罚违法所得"
        "5倍在网络安全法第64条第二款1-10倍内，已告知听证",
        flags={"scenario": "under", "near_miss": True}),
    Doc("hp46_product_quality.txt", "product_quality",
        "不合格安全帽销售金额47,600元<5万元，与库存货值36,400元合计84,000元<15万元（立案追诉标准（一）第十六条）；"
        "罚60%在产品质量法第50条内，已听证",
        flags={"scenario": "under", "near_miss": True}),
    Doc("hp47_drugs.txt", "drugs",
        "销售过期药品（劣药），销售金额1,245.6元<5万元且无严重危害（刑法第142条）；罚10万为药品管理法第117条零售按1万计"
        "10倍下限，已告知听证",
        flags={"scenario": "under", "near_miss": True}),
    Doc("hp48_transport.txt", "transport",
        "货车超限3.6吨，罚500元在公路安全保护条例第64条3万以下内；无刑事、公益或程序问题",
        flags={"scenario": "plain"}),
    Doc("hp49_health.txt", "health",
        "无证行医第二次被查处，非法行医罪需被行政处罚两次以后再次（刑法第336条，health-336第1项），使用合格药品、无损害；"
        "罚15倍在基本医疗卫生法第99条5-20倍内，已听证",
        flags={"scenario": "under", "near_miss": True}),
]

GROUPS = [
    # ── 化整为零: one unlicensed cigarette retailer's three stores cut into three decisions the same day ──
    *[Doc(name, "tobacco",
          "同一经营者（同一信用代码）三处存放点无证经营卷烟，同日拆成三案；累计18,200+17,600+16,900=52,700元≥5万元"
          "（法释〔2010〕7号第三条，刑法第225条）；每案罚25%在烟草专卖法实施条例第57条内",
          [split("tobacco-225-illegal-business/1", quote, 52700.0, SPLIT)],
          {"scenario": "split", "split_group": SPLIT})
      for name, quote in (("hp50_tobacco.txt", "壹万捌仟贰佰元（18,200元）"),
                          ("hp51_tobacco.txt", "壹万柒仟陆佰元（17,600元）"),
                          ("hp52_tobacco.txt", "壹万陆仟玖佰元（16,900元）"))],
    # ── repeat offender: the same credit code punished again eight months later ──
    Doc("hp53_construction.txt", "construction",
        "施工扬尘防治措施不到位，首次处罚，罚3万在大气污染防治法第115条1万-10万内",
        flags={"scenario": "repeat_first", "repeat_group": REPEAT}),
    Doc("hp54_construction.txt", "construction",
        "同一统一社会信用代码的施工单位在2024年5月20日处罚后约八个月再犯同类违法，二年内再犯；罚8万在第115条内",
        [repeat("呼和浩特市恒建路桥工程有限公司", REPEAT)],
        {"scenario": "repeat", "repeat_group": REPEAT}),
]

DOCS = sorted(CRIMINAL + PUBLIC_INTEREST + IRREGULAR + NEGATIVE + GROUPS, key=lambda doc: doc.file)


labeled = lead_gold.labeler(HERE, CREATED, VERSION)

if __name__ == "__main__":
    lead_gold.main(HERE, DOCS, CREATED, VERSION)
