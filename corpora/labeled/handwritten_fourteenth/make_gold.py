"""Lead labels for the fourteenth hand-written set in this folder (run to rewrite ``gold.jsonl``).

A new UNSEEN held-out test of the lead screening, written on 2026-11-22 without reading any decision
of the earlier hand-written sets nor the screening code. Every decision ``hdNN_<domain>.txt`` was
written by hand in the manner of published 行政处罚决定书 of city and county agencies in 浙江, 山东,
河南, 四川, 广西, 甘肃 and 北京 (all names, numbers, codes and addresses invented; credit codes carry
valid GB 32100-2015 check digits, identity numbers valid GB 11643 check digits). Labels come from the
law only: criminal thresholds from corpora/knowledge/thresholds.yaml, hearing figures from
corpora/knowledge/hearing.yaml, fine ranges and article existence from the statute text in force on
the decision date (corpora/knowledge/statutes). Each row's ``meta.reason`` gives the one-line legal
reason. Conventions are those of ``handwritten_fifth/make_gold.py``.

Run from the repository root: ``.venv/bin/python corpora/labeled/handwritten_fourteenth/make_gold.py``.
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
CREATED = "2026-11-22T14:40:00+00:00"
VERSION = "handwritten-fourteenth/1"

SPLIT, REPEAT = "split-hd-gulin-overcutting", "repeat-hd-zhenhai-plating"
OVER = {"scenario": "over"}
QUAL = {"scenario": "qualitative"}

CRIMINAL = [
    # ── criminal-transfer leads (each also 以罚代刑: only fined, no transfer recorded) ──
    Doc("hd01_food_safety.txt", "food_safety",
        "固体饮料中检出西布曲明（已撤市药品成分，有毒有害的非食品原料），刑法第144条行为犯无金额门槛；货值8,160元不足"
        "1万，罚10万在食品安全法第123条10万-15万内；只罚款未移送",
        [trigger("food-144-toxic/3", "样品中检出西布曲明"), fined_only("三、罚款人民币壹拾万元")], QUAL),
    Doc("hd02_drugs.txt", "drugs",
        "以淀粉蔗糖冒充牛黄清心丸，依药品管理法第98条第二款第（二）项为假药，销售假药为刑法第141条行为犯；罚150万为"
        "第116条货值不足10万按10万计15倍；只罚款未移送",
        [trigger("drug-141-counterfeit/1", "应按假药论处"), fined_only("并处罚款人民币壹佰伍拾万元")], QUAL),
    Doc("hd03_environment.txt", "environment",
        "电镀废水总铬7.36mg/L，限值0.5mg/L，为标准的14.72倍即超标13.72倍≥3倍（法释〔2023〕7号第一条第（四）项，"
        "刑法第338条；倍数须由读者计算）；罚35万在水污染防治法第83条10万-100万内；只罚款未移送",
        [threshold("env-338-pollution/2", "总铬浓度为7.36mg/L", 13.72), fined_only("并处罚款人民币叁拾伍万元整")], OVER),
    Doc("hd04_environment.txt", "environment",
        "私设埋地暗管排放含铬鞣制废水入河（法释〔2023〕7号第一条第（五）项，暗管排放有毒物质，刑法第338条无数量要求）；"
        "罚80万在水污染防治法第83条内；只罚款未移送",
        [trigger("env-338-pollution/9", "一根直径约110毫米的PVC管道从你公司鞣制车间集水池底部引出"),
         fined_only("处罚款捌拾万元")], QUAL),
    Doc("hd05_environment.txt", "environment",
        "重点排污单位干扰采样（接稀释空气）并篡改数采仪量程致二氧化硫数据严重失真（法释〔2023〕7号第一条第（七）项，"
        "刑法第338条）；罚85万在大气污染防治法第99条10万-100万内；只罚款未移送",
        [trigger("env-338-pollution/10", "将数采仪二氧化硫量程参数由0-500mg/m³修改为0-200mg/m³"),
         fined_only("本局决定对你公司处以罚款人民币捌拾伍万元整")], QUAL),
    Doc("hd06_land.txt", "land",
        "非法占用永久基本农田3,620平方米=5.43亩≥5亩（地类在另一句），耕作层已破坏（法释〔2000〕14号第三条，刑法第342条）；"
        "每平方米150元在土地管理法实施条例第57条100-1000元内；只罚款未移送",
        [threshold("land-342-cultivated/1", "当事人共占地3,620平方米", 5.43),
         fined_only("计人民币伍拾肆万叁仟元整")], OVER),
    Doc("hd07_forestry.txt", "forestry",
        "非法占用并毁坏省级公益林地0.52公顷=7.8亩≥5亩（公益林性质在另一句；法释〔2023〕8号第一条，刑法第342条）；"
        "罚恢复费用2倍在森林法第74条第一款三倍以下内；只罚款未移送",
        [threshold("land-342-forest/1", "被毁林地面积0.52公顷", 7.8),
         fined_only("计人民币捌万伍仟贰佰元")], OVER),
    Doc("hd08_forestry.txt", "forestry",
        "无证采伐集体林木，两树种蓄积4.36+3.08=7.44立方米≥5立方米（须合计；法释〔2023〕8号第四条，刑法第345条第一款）；"
        "价值7,440元<2万不是唯一口径；罚5倍在森林法第76条第一款5-10倍内；只罚款未移送",
        [threshold("forest-345-1-theft/1", "立木蓄积4.36立方米", 7.44), fined_only("罚款计人民币叁万柒仟贰佰元")],
        OVER),
    Doc("hd09_wildlife.txt", "wildlife",
        "出售国家一、二级保护野生动物（级别和单价在另两句）：4×3,000+9×600+1×8,000=25,400元≥2万（三有动物不计；"
        "法释〔2022〕12号第六条，刑法第341条第一款）；罚2倍在野生动物保护法第52条内；只没收罚款未移送",
        [threshold("wildlife-341-1-endangered/1", "眼镜王蛇4条、滑鼠蛇9条", 25400.0),
         fined_only("并处野生动物及其制品价值二倍的罚款")], OVER),
    Doc("hd10_fishery.txt", "fishery",
        "长江流域重点水域禁捕期禁渔区捕捞，渔获1,130斤=565千克≥500千克（法释〔2022〕12号第三条，刑法第340条）；二人"
        "各罚款在渔业法第38条五万元以下内；只罚款未移送",
        [threshold("fishery-340-inland/1", "共计1,130斤", 565.0), fined_only("对当事人（一）处罚款人民币伍仟元")], OVER),
    Doc("hd11_mining.txt", "mining",
        "无证河道采砂6,970立方米×25元=174,250元≥10万（须计算；法释〔2016〕25号第二、三条，刑法第343条第一款）；"
        "获利九万余元不是计量口径；罚5万在水法第65条1万-10万内；只罚款未移送",
        [threshold("mining-343-1-illegal/1", "采挖河砂方量约6,970立方米", 174250.0),
         fined_only("处罚款人民币伍万元")], OVER),
    Doc("hd12_tax.txt", "tax",
        "无真实交易虚开增值税专用发票47份，税额502,450元≥10万（法释〔2024〕4号第十一条，刑法第205条）；罚50万在"
        "发票管理办法（2023）第35条5万-50万内；只罚款未移送",
        [threshold("tax-205-vat-invoice/1", "税额合计502,450.00元", 502450.0),
         fined_only("对你单位处罚款人民币伍拾万元")], OVER),
    Doc("hd13_tobacco.txt", "tobacco",
        "无批发许可证批发卷烟1,040条=208,000支≥20万支（法释〔2010〕7号第三条，刑法第225条）；价值46,800元<5万不是"
        "唯一口径；罚50%在烟草专卖法实施条例第54条50%-1倍内；只罚款未移送",
        [threshold("tobacco-225-illegal-business/3", "共计1,040条", 208000.0),
         fined_only("计人民币贰万叁仟肆佰元")], OVER),
    Doc("hd14_customs.txt", "customs",
        "个人借用他人身份以跨境电商个人物品名义走私，偷逃税款123,460.80元≥10万（法释〔2014〕10号第十六条，刑法第153条）；"
        "罚15万在海关行政处罚实施条例第9条第一款第（三）项3倍以下内；只罚款未移送",
        [threshold("customs-153-ordinary-goods/1", "偷逃应缴税款共计人民币壹拾贰万叁仟肆佰陆拾元零捌角", 123460.8),
         fined_only("科处罚款人民币壹拾伍万元整")], OVER),
    Doc("hd15_intellectual_property.txt", "intellectual_property",
        "未经许可在同一种商品上使用相同商标，非法经营数额320×150+86×150=60,900元≥5万（须合计；刑法第213条，"
        "2025年解释）；罚2倍在商标法第60条五倍以下内，已告知听证；只罚款未移送",
        [threshold("ip-213-counterfeit-trademark/1", "已向订货人交付320件", 60900.0),
         fined_only("计人民币壹拾贰万壹仟捌佰元整")], OVER),
    Doc("hd16_agriculture.txt", "agriculture",
        "销售假农药使41户小麦减产，生产损失119,200元≥2万（立案追诉标准（一）第二十三条，刑法第147条）；销售额12,900元"
        "<5万不是唯一口径；罚5倍在农药管理条例第55条5-10倍内；只罚款未移送",
        [threshold("product-147-agri-inputs/1", "直接经济损失合计人民币十一万九千二百元整", 119200.0),
         fined_only("计人民币陆万肆仟伍佰元")], OVER),
    Doc("hd17_health.txt", "health",
        "未取得医师资格非法行医，曾因非法行医两次受卫生行政处罚后再次行医（法释〔2016〕27号第二条第（五）项，刑法第336条）；"
        "罚5万在基本医疗卫生与健康促进法第99条、医师法第59条内；只罚款未移送",
        [threshold("health-336-illegal-medical-practice/1", "又于2024年10月因同一违法行为被本委处罚", 2.0),
         fined_only("三、并处罚款人民币伍万元")], OVER),
    Doc("hd18_work_safety.txt", "work_safety",
        "煤矿故意包裹、移位甲烷传感器致监控报警失效并撕毁值班记录，27人正在作业（刑法第134条之一第（一）项危险作业罪）；"
        "罚5万在安全生产法第99条五万元以下内，已告知听证；只罚款未移送",
        [trigger("safety-134-1a-dangerous-operation/1", "回采工作面上隅角甲烷传感器被人为用塑料袋包裹"),
         fined_only("并处罚款人民币伍万元整")], QUAL),
    Doc("hd19_other.txt", "other",
        "拖欠17名劳动者工资236,400元≥3万，经限期整改指令和处理决定两次责令仍不支付，负责人失联、转移设备（法释〔2013〕3号"
        "第二、三、四条，刑法第276条之一）；罚2万在劳动保障监察条例第30条2千-2万内；只罚款未移送",
        [threshold("labor-276-1-wage-refusal/2", "合计人民币二十三万六千四百元", 236400.0),
         fined_only("决定对你单位处以罚款人民币贰万元")], OVER),
    Doc("hd20_public_security.txt", "public_security",
        "酒店前台出售住宿信息736条≥500条（法释〔2017〕10号第五条第一款第（四）项，刑法第253条之一）；违法所得3,680元"
        "<5000元不是唯一口径；罚5倍在网络安全法第64条第二款1-10倍内，已告知听证；只罚款未移送",
        [threshold("pi-253-1-personal-information/2", "共出售上述住宿信息七百三十六条", 736.0),
         fined_only("计人民币壹万捌仟肆佰元")], OVER),
    Doc("hd21_product_quality.txt", "product_quality",
        "以不合格电线冒充合格，销售1,386卷×45元=62,370元≥5万（须计算；立案追诉标准（一）第十六条，刑法第140条）；"
        "罚80%在产品质量法第50条50%-3倍内，已听证；只罚款未移送",
        [threshold("product-140-fake-inferior/1", "至案发共售出1,386卷", 62370.0),
         fined_only("计人民币伍万壹仟玖佰肆拾捌元")], OVER),
    Doc("hd22_customs.txt", "customs",
        "未经批准携带CITES附录Ⅰ、国家一级保护的盔犀鸟头胄制品出境，价值41,200元≥2万（法释〔2022〕12号第二条，"
        "刑法第151条第二款）；海关按申报不实罚5千；只没收罚款未移送",
        [threshold("wildlife-151-2-smuggling/1", "盔犀鸟制品价值共计人民币肆万壹仟贰佰元", 41200.0),
         fined_only("科处罚款人民币伍仟元")], OVER),
]

PUBLIC_INTEREST = [
    # ── public-interest leads: statutory field + harm going on after the agency acted ──
    Doc("hd23_mining.txt", "mining",
        "无证采石（价值32,120元<10万，不达刑法第343条）留下高陡边坡，限期治理期满复查未治理、新垮塌、威胁村道和民房"
        "（生态环境和资源保护领域）；罚30%在矿产资源法实施细则第42条50%以下内",
        [pil("ecology_resources", "当事人未开展任何治理")], {"scenario": "pil", "continuing_harm": True}),
    Doc("hd24_land.txt", "land",
        "国有建设用地使用权出让价款2,982万元三次催缴仍未缴入国库，且未办证即开工（国有土地使用权出让领域）；"
        "每平方米100元在实施条例第57条内，已听证",
        [pil("state_land_transfer", "尚欠出让价款2,982万元未缴入国库")], {"scenario": "pil", "continuing_harm": True}),
    Doc("hd25_food_safety.txt", "food_safety",
        "桶装水溴酸盐超标（1.6倍于限量，非严重超标），责令召回后复查未召回、仍在生产并供应居民学校（食品药品安全领域，"
        "不特定多数人）；罚12倍在食品安全法第124条10-20倍内，已听证",
        [pil("food_drug_safety", "当事人未开展召回")], {"scenario": "pil", "continuing_harm": True}),
    Doc("hd26_culture_tourism.txt", "culture_tourism",
        "全国重点文物保护单位保护范围内擅自建设，责令拆除逾期未拆、继续装修，化粪池渗漏持续影响文物墙基（文物和文化遗产"
        "保护领域）；罚20万在文物保护法（2017）第66条5万-50万内，已听证",
        [pil("cultural_relics", "当事人未拆除新建的混凝土框架建筑")], {"scenario": "pil", "continuing_harm": True}),
    Doc("hd27_work_safety.txt", "work_safety",
        "人员密集商场堵塞安全出口、关闭喷淋阀门，责令限期改正逾期仍未改正（非重大火灾隐患，不涉刑法第134条之一）、"
        "顾客约1,200人（安全生产领域，不特定多数人）；罚3万在消防法第60条5千-5万内",
        [pil("work_safety", "截至本决定作出时，你单位仍未改正")], {"scenario": "pil", "continuing_harm": True}),
    Doc("hd28_culture_tourism.txt", "culture_tourism",
        "学校周边网吧一年内再次接纳未成年人，责令整改后两次暗访仍有未成年学生上网（未成年人保护领域）；罚1.5万在"
        "互联网上网服务营业场所管理条例第31条15000元以下内",
        [pil("minors", "当事人营业场所内仍有未成年学生上网")], {"scenario": "pil", "continuing_harm": True}),
    Doc("hd29_public_security.txt", "public_security",
        "应用程序超范围收集约37万用户通讯录、位置信息（未向他人提供，不涉刑法第253条之一），责令改正逾期后仍持续收集、"
        "未删除（个人信息保护领域）；罚30万在个人信息保护法第66条第一款内",
        [pil("personal_information", "发现其仍在用户拒绝授权后持续收集通讯录和位置信息")],
        {"scenario": "pil", "continuing_harm": True}),
]

IRREGULAR = [
    # ── enforcement irregularities ──
    out_of_range("hd30_food_safety.txt", "food_safety",
                 "无证生产食品货值4,518元不足1万，食品安全法第122条第一款应罚5万-10万；罚3万低于下限，初次违法、配合调查"
                 "不是法定减轻情节",
                 "三、并处罚款人民币叁万元"),
    out_of_range("hd31_forestry.txt", "forestry",
                 "滥伐6.4立方米（<20，不涉刑），森林法第76条第二款罚滥伐林木价值3-5倍；罚8倍超出上限",
                 "处滥伐林木价值八倍的罚款"),
    no_hearing("hd32_tax.txt", "tax",
               "税务对公民罚款5,163元≥2,000元（hearing.yaml 税务个人二千元，国税发〔1996〕190号第三条），只告知陈述、"
               "申辩，未告知听证；罚50%在征管法第63条50%-5倍内；少缴1万余元不达刑法第201条",
               "计人民币伍仟壹佰陆拾叁元"),
    no_hearing("hd33_environment.txt", "environment",
               "生态环境对法人罚款24万元≥10万元（hearing.yaml 默认法人十万元，行政处罚法第63条），只告知陈述、申辩，"
               "未告知听证；罚款在大气污染防治法第99条10万-100万内",
               "并处罚款人民币贰拾肆万元"),
    Doc("hd34_land.txt", "land",
        "土地管理法（2019修正）共87条，引用的第八十九条不存在（非法占地罚则为第77条）；每平方米100元在实施条例第57条内，"
        "已告知听证",
        [irregular("nonexistent_article", "《中华人民共和国土地管理法》第八十九条")],
        {"scenario": "irregularity", "irregularities": ["nonexistent_article"]}),
    Doc("hd35_transport.txt", "transport",
        "2024年12月3日立案、2025年5月20日决定，历时168日，超过行政处罚法第60条九十日，文书自认无延期审批或中止；"
        "罚8千在道路运输条例第63条第（一）项3千-1万内",
        [irregular("time_limit", "本局于2024年12月3日对当事人涉嫌未取得道路运输经营许可擅自从事道路普通货物运输经营一案立案调查")],
        {"scenario": "irregularity", "irregularities": ["time_limit"]}),
]

NEGATIVE = [
    # ── negatives (near misses marked) ──
    Doc("hd36_environment.txt", "environment",
        "废机油（HW08）四次交无证人员0.6+0.8+0.55+0.8=2.75吨<3吨（法释〔2023〕7号第一条第（二）项），无敏感区域等"
        "加重情节；罚60万为固废法第112条第二款按20万计的3倍，已听证",
        flags={"scenario": "under", "near_miss": True}),
    Doc("hd37_tax.txt", "tax",
        "逃税38.62万元、占23.4%，但首次被税务处理、已补缴税款滞纳金并接受处罚，依刑法第201条第四款不予追究；"
        "罚60%在征管法第63条内，已告知听证",
        flags={"scenario": "tax_paid", "near_miss": True}),
    Doc("hd38_forestry.txt", "forestry",
        "滥伐32.7立方米≥20立方米，但已移送公安机关并立案侦查，不是隐匿的移送线索；只责令补种，罚款待刑事程序终结",
        flags={"scenario": "transferred", "near_miss": True, "transferred": True}),
    Doc("hd39_intellectual_property.txt", "intellectual_property",
        "销售假冒注册商标白酒销售金额57,624元≥5万，已移送公安，公安以不能证明明知不予立案并退回；罚1.5倍在商标法"
        "第60条内，已听证",
        flags={"scenario": "police_declined", "near_miss": True, "police_declined": True}),
    Doc("hd40_food_safety.txt", "food_safety",
        "举报卤肉加罂粟壳、亚硝酸盐超量，三批次均未检出罂粟壳生物碱、亚硝酸盐合格；健康证问题拒不改正罚5千在"
        "食品安全法第126条5千-5万内",
        flags={"scenario": "not_detected", "near_miss": True}),
    Doc("hd41_environment.txt", "environment",
        "磷石膏渗滤液超标溢流（总磷、氟化物，非338条所列重金属，非危险废物），当日回收清淤、两次监测达标、评估损害已"
        "完全修复，无持续损害；罚12万在水污染防治法第83条内，已告知听证",
        flags={"scenario": "pil_remedied", "near_miss": True, "continuing_harm": False}),
    Doc("hd42_land.txt", "land",
        "非法占地总面积12亩（不是计量口径）超过5亩和10亩，但其中耕地仅旱地3.15亩、非永久基本农田，<10亩（法释〔2000〕14号"
        "第三条），其余为建设用地和草地；每平方米100元在实施条例第57条内",
        flags={"scenario": "under", "near_miss": True}),
    Doc("hd43_fishery.txt", "fishery",
        "禁渔期使用合规刺网捕捞，渔获380公斤<500公斤、价值7,600元<1万（法释〔2022〕12号第三条），无禁用工具方法；"
        "罚5千在渔业法第38条内",
        flags={"scenario": "under", "near_miss": True}),
    Doc("hd44_forestry.txt", "forestry",
        "盗伐集体侧柏蓄积4.62立方米<5立方米、价值16,170元<2万（法释〔2023〕8号第四条），非保护植物；罚5倍在"
        "森林法第76条第一款内",
        flags={"scenario": "under", "near_miss": True}),
    Doc("hd45_tax.txt", "tax",
        "虚开增值税专用发票税额96,800元<10万（法释〔2024〕4号第十一条）；价税合计超过50万但专票不适用第205条之一；"
        "罚30万在发票管理办法第35条内，已听证",
        flags={"scenario": "under", "near_miss": True}),
    Doc("hd46_customs.txt", "customs",
        "个人携带代购物品走私，偷逃税款87,400元<10万，此前无走私处罚（法释〔2014〕10号第十六条）；完税价格30.2万"
        "不是计量口径；罚5万在海关行政处罚实施条例第9条3倍以下内",
        flags={"scenario": "under", "near_miss": True}),
    Doc("hd47_market.txt", "market",
        "不予行政处罚决定书：价签与结算价不一致多收4.8元，初次违法危害轻微并及时改正（行政处罚法第33条第一款）",
        flags={"scenario": "no_penalty"}),
    Doc("hd48_transport.txt", "transport",
        "公安交管简易程序：不按导向车道行驶罚款100元，在道路交通安全法第90条20-200元内",
        flags={"scenario": "routine"}),
]

GROUPS = [
    # ── 化整为零: one sawmill's overcutting on two plots, cut into two decisions the same day ──
    Doc("hd49_forestry.txt", "forestry",
        "同一单位（同一信用代码）两地块滥伐同日拆成两案；累计蓄积11.6+9.8=21.4立方米≥20立方米（法释〔2023〕8号"
        "第五条，刑法第345条第二款）；每案罚3倍在森林法第76条第二款内",
        [split("forest-345-2-overcutting/1", "立木蓄积11.6立方米", 21.4, SPLIT)],
        {"scenario": "split", "split_group": SPLIT}),
    Doc("hd50_forestry.txt", "forestry",
        "同一单位（同一信用代码）两地块滥伐同日拆成两案；累计蓄积11.6+9.8=21.4立方米≥20立方米（法释〔2023〕8号"
        "第五条，刑法第345条第二款）；每案罚3倍在森林法第76条第二款内",
        [split("forest-345-2-overcutting/1", "被伐林木立木蓄积9.8立方米", 21.4, SPLIT)],
        {"scenario": "split", "split_group": SPLIT}),
    # ── repeat offender: the same credit code punished again about nine months later ──
    Doc("hd51_environment.txt", "environment",
        "酸雾无组织超标排放，首次处罚，罚12万在大气污染防治法第99条10万-100万内，已告知听证",
        flags={"scenario": "repeat_first", "repeat_group": REPEAT}),
    Doc("hd52_environment.txt", "environment",
        "同一统一社会信用代码的单位2024年6月24日受罚后约九个月再犯（水污染超标，总镍超标1.52倍<10倍不涉刑），二年内"
        "再犯；罚28万在水污染防治法第83条内，已听证",
        [repeat("宁波镇海新晖电镀有限公司", REPEAT)],
        {"scenario": "repeat", "repeat_group": REPEAT}),
]

DOCS = sorted(CRIMINAL + PUBLIC_INTEREST + IRREGULAR + NEGATIVE + GROUPS, key=lambda doc: doc.file)


labeled = lead_gold.labeler(HERE, CREATED, VERSION)

if __name__ == "__main__":
    lead_gold.main(HERE, DOCS, CREATED, VERSION)
