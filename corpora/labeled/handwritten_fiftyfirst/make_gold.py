"""Lead labels for the fifty-first hand-written set in this folder (run to rewrite ``gold.jsonl``).

A new UNSEEN held-out test of the lead screening, written on 2026-11-22 without reading any decision
of the earlier hand-written sets nor the screening code. Every decision ``kdNN_<domain>.txt`` was
written by hand in the manner of published 行政处罚决定书 of city and county agencies across the
country (广西, 甘肃, 江西, 湖南, 云南, 四川, 河北, 江苏, 辽宁, 安徽, 山东, 河南, 广东, 陕西, 湖北, 浙江,
贵州, 宁夏, 吉林, 福建, 山西, 内蒙古, 重庆; forms of 林业, 自然资源, 生态环境, 公安, 海关, 税务, 人社,
卫生健康, 市场监管, 农业农村, 通信管理, 文物). All names, numbers, codes and addresses are invented;
credit codes carry valid GB 32100-2015 check digits, identity numbers are masked after the birth month.
The set leans on the subject stated apart from its figure: protection levels in an appraisal paragraph,
land kinds after the evidence list, information kinds after a table, hazardous-waste codes in a later
sentence, the heavy metal named only in the test report, prior penalties in a recital; totals the
reader must add from parts or multiply from unit prices.

Labels come from the law only: criminal thresholds from corpora/knowledge/thresholds.yaml, hearing
figures from corpora/knowledge/hearing.yaml, fine ranges and article existence from the statute text in
force on the decision date (corpora/knowledge/statutes). Each row's ``meta.reason`` gives the one-line
legal reason. Conventions are those of ``handwritten_fifth/make_gold.py``.

Run from the repository root: ``.venv/bin/python corpora/labeled/handwritten_fiftyfirst/make_gold.py``.
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
CREATED = "2026-11-22T20:00:00+00:00"
VERSION = "handwritten-fiftyfirst/1"

SPLIT, REPEAT = "split-kd-jinping-theft", "repeat-kd-wuhan-vocs"
OVER = {"scenario": "over"}
QUAL = {"scenario": "qualitative"}

CRIMINAL = [
    # ── criminal-transfer leads (each also 以罚代刑: only fined, no transfer recorded) ──
    Doc("kd01_wildlife.txt", "wildlife",
        "出售国家二级保护鸟类（级别在鉴定段），价值14×1150+9×600+3×800=23,900元≥2万元（法释〔2022〕12号第六条，刑法"
        "第341条第一款）；违法所得9,860元不是计量口径；罚2倍在野生动物保护法第52条2-20倍内；只罚款未移送",
        [threshold("wildlife-341-1-endangered/1", "画眉  14只  每只评估价值1,150元", 23900.0),
         fined_only("并处野生动物价值二倍罚款，计人民币肆万柒仟捌佰元整")], OVER),
    Doc("kd02_wildlife.txt", "wildlife",
        "禁猎期使用禁用猎具（在另一段）狩猎，猎获物价值4×3000+17×150+11×50=15,100元≥1万元（法释〔2022〕12号第七条，"
        "刑法第341条第二款）；罚款在野生动物保护法第49条内；只罚款未移送",
        [threshold("wildlife-341-2-illegal-hunting/1", "在马某家冷柜内查获狍4只", 15100.0),
         fined_only("对马某处猎获物价值一倍罚款人民币壹万伍仟壹佰元")], OVER),
    Doc("kd03_land.txt", "land",
        "非法占用永久基本农田（地类在证据列表之后）1862+1594=3456平方米=5.18亩≥5亩，耕作层破坏（法释〔2000〕14号第三条，"
        "刑法第342条）；罚每平方米150元在土地管理法实施条例第57条100-1000元内，已告知听证；只罚款未移送",
        [threshold("land-342-cultivated/1", "北区（猪舍、饲料仓）用地面积1862平方米", 5.184),
         fined_only("共计人民币伍拾壹万捌仟肆佰元整（518,400.00元）")], OVER),
    Doc("kd04_forestry.txt", "forestry",
        "占用并毁坏国家二级公益林地（类别在证据之后）3090+1030=4120平方米=6.18亩≥5亩（法释〔2023〕8号第一条，刑法"
        "第342条）；罚2倍在森林法第73条三倍以下内，已听证；只罚款未移送",
        [threshold("land-342-forest/1", "便道段长约515米、平均宽6米，面积3090平方米", 6.18),
         fined_only("计人民币壹拾贰万叁仟陆佰元")], OVER),
    Doc("kd05_forestry.txt", "forestry",
        "盗伐集体林木，表中蓄积2.41+1.88+1.36=5.65立方米≥5立方米（法释〔2023〕8号第三条、第四条，刑法第345条第一款）；"
        "罚5倍在森林法第76条第一款5-10倍内；只罚款未移送",
        [threshold("forest-345-1-theft/1", "16—20      21    2.41", 5.65),
         fined_only("计人民币壹万捌仟叁佰陆拾贰元伍角")], OVER),
    Doc("kd06_forestry.txt", "forestry",
        "采挖野生南方红豆杉4株（国家一级在鉴定报告段）≥1株（法释〔2023〕8号第二条，刑法第344条）；罚3000元按野生植物"
        "保护条例第23条；只没收罚款未移送",
        [threshold("forest-344-protected-plants/1", "当场扣押红豆杉幼树4株", 4.0),
         fined_only("并处罚款人民币3000元")], OVER),
    Doc("kd07_environment.txt", "environment",
        "危险废物（HW09、HW08在后一句）三次交无证个人：23桶×0.05吨+0.97+1.33=3.45吨≥3吨（法释〔2023〕7号第一条第"
        "（二）项，刑法第338条）；罚60万为固废法第112条第二款20万计的3倍，在3-5倍内；只罚款未移送",
        [threshold("env-338-pollution/1", "废切削液23桶，每桶净重约0.05吨", 3.45),
         fined_only("即人民币陆拾万元整")], OVER),
    Doc("kd08_environment.txt", "environment",
        "外排废水超标3.86倍≥3倍，重金属（总铬4.86mg/L对1.0）只在监测报告摘录中（法释〔2023〕7号第一条，刑法"
        "第338条）；罚45万在水污染防治法第83条10万-100万内；只罚款未移送",
        [threshold("env-338-pollution/2", "超过《电镀污染物排放标准》（GB 21900-2008）表2规定的排放限值3.86倍", 3.86),
         fined_only("并处罚款人民币肆拾伍万元整")], OVER),
    Doc("kd09_public_security.txt", "public_security",
        "提供车辆行踪轨迹信息22+19+17=58条≥50条（性质在表后一段；法释〔2017〕10号第五条第一款第（三）项，刑法第253条"
        "之一）；违法所得2,900元<5000不是唯一口径；罚2倍在网络安全法第64条第二款1-10倍内；只罚款未移送",
        [threshold("pi-253-1-personal-information/1", "| 6月23日 | 2 | 22 | 1,100 |", 58.0),
         fined_only("并处违法所得二倍罚款人民币5,800元")], OVER),
    Doc("kd10_public_security.txt", "public_security",
        "出售快递面单一般个人信息2140+1760+1315=5215条≥5000条（法释〔2017〕10号第五条第一款第（五）项，刑法第253条"
        "之一；信息种类在数字之后）；违法所得3,600元<5000；罚2倍在网络安全法第64条第二款内；只罚款未移送",
        [threshold("pi-253-1-personal-information/3", "面单照片整理2140条", 5215.0),
         fined_only("并处违法所得二倍罚款计人民币柒仟贰佰元")], OVER),
    Doc("kd11_food_safety.txt", "food_safety",
        "压片糖果检出西地那非（只在检验报告句中），为食品中添加有毒、有害的非食品原料，刑法第144条行为犯（法释〔2021〕"
        "24号第九条）；罚10万在食品安全法第123条货值不足1万10万-15万内；只罚款未移送",
        [trigger("food-144-toxic/1", "“西地那非”检出值为28.6mg/g（该物质不得在食品中添加）"),
         fined_only("罚款人民币壹拾万元")], QUAL),
    Doc("kd12_drugs.txt", "drugs",
        "成分与标示不符、文号冒用，依药品管理法第98条第二款第（一）项为假药，销售假药为刑法第141条行为犯；罚150万为"
        "第116条货值不足10万按10万计15倍；只罚款吊证未移送",
        [trigger("drug-141-counterfeit/1", "上述药品为假药"),
         fined_only("处货值金额十五倍罚款，计人民币壹佰伍拾万元")], QUAL),
    Doc("kd13_health.txt", "health",
        "非医师行医，前两次卫生行政处罚记在“另查明”段，两次处罚后再次非法行医（法释〔2016〕27号第二条第（五）项，刑法"
        "第336条）；罚5万在医师法第59条按1万计2-10倍内；只罚款未移送",
        [threshold("health-336-illegal-medical-practice/1", "当事人曾于2023年6月9日因未取得医师资格擅自执业", 2.0),
         fined_only("并处违法所得五倍罚款，计人民币伍万元整")], OVER),
    Doc("kd14_customs.txt", "customs",
        "个人走私普通物品，偷逃应缴税款86,240+21,530=107,770元≥10万元（法释〔2014〕10号第十六条，刑法第153条）；物品价值"
        "52.36万元不是计量口径；罚5万在海关行政处罚实施条例第9条第一款第（三）项3倍以下内；只罚款未移送",
        [threshold("customs-153-ordinary-goods/1", "手表类：偷逃应缴税款人民币86,240元", 107770.0),
         fined_only("对当事人科处罚款人民币伍万元整")], OVER),
    Doc("kd15_tax.txt", "tax",
        "无真实交易虚开增值税专用发票27份，税额41,230+38,760+27,415=107,405元≥10万元（法释〔2024〕4号第十一条，刑法第205条）；"
        "价税合计93万、开票费4.95万不是计量口径；罚40万在发票管理办法第35条5万-50万内；只罚款未移送",
        [threshold("tax-205-vat-invoice/1", "税额41,230.00元", 107405.0),
         fined_only("并处罚款人民币40万元")], OVER),
    Doc("kd16_other.txt", "other",
        "拖欠11名农民工工资38,400+29,850=68,250元≥3万元，经责令限期支付仍不支付、转移资金且负责人下落不明（法释〔2013〕"
        "3号第三、四条，刑法第276条之一）；只作加付赔偿金处理未移送",
        [threshold("labor-276-1-wage-refusal/2", "木工班     6      38,400", 68250.0),
         fined_only("计人民币叁万肆仟壹佰贰拾伍元")], OVER),
    Doc("kd17_fishery.txt", "fishery",
        "长江禁捕水域（在另一句）以小网目地笼捕捞，渔获物186.5+241.0+95.2=522.7公斤≥500公斤（法释〔2022〕12号第三条，"
        "刑法第340条）；二人罚款在渔业法第38条五万元以下内；只罚款未移送",
        [threshold("fishery-340-inland/1", "鲫鱼186.5公斤", 522.7),
         fined_only("对何某兵处罚款人民币贰万元")], OVER),
    Doc("kd18_environment.txt", "environment",
        "私设暗管绕过处理设施排放含镍酸洗废水（重金属只在监测报告中），逃避监管排放有毒物质，无数量要求（法释〔2023〕7号"
        "第一条，刑法第338条）；罚60万在水污染防治法第83条内；只罚款未移送",
        [trigger("env-338-pollution/9", "以私设暗管的方式排放水污染物"),
         fined_only("并处罚款人民币陆拾万元")], QUAL),
    Doc("kd19_fishery.txt", "fishery",
        "禁渔期（在“另查明”段）使用电鱼方法捕捞，渔获8.3公斤，严重破坏渔业资源的禁用方法无数量要求（法释〔2022〕12号第三条"
        "，刑法第340条）；罚3000元在渔业法第38条内；只罚款未移送",
        [trigger("fishery-340-inland/5", "手持带电抄网在岸边浅水区捕鱼"),
         fined_only("罚款人民币叁仟元")], QUAL),
]

PUBLIC_INTEREST = [
    # ── public-interest leads: statutory field + harm going on after the agency acted ──
    Doc("kd20_environment.txt", "environment",
        "锰矿尾渣倾倒河滩侵占河道，责令清运后两次复查仍未清运、渗水入河（生态环境和资源保护领域）；罚29.2万为固废法第102条"
        "第（七）项处置费用1-3倍内",
        [pil("ecology_resources", "河滩尾渣未清运")], PIL),
    Doc("kd21_forestry.txt", "forestry",
        "毁坏商品林地2.22亩（<10亩，不达刑法第342条），责令限期恢复植被后两次复查未补种、水土流失（生态环境和资源保护领域）；"
        "罚2倍在森林法第73条三倍以下内",
        [pil("ecology_resources", "未补种任何树木")], PIL),
    Doc("kd22_land.txt", "land",
        "国有建设用地使用权出让价款尚欠5,531.33万元，三次催缴仍未缴、未办证即开工（国有土地使用权出让领域）；每平方米100元"
        "在土地管理法实施条例第57条内，已听证",
        [pil("state_land_transfer", "尚欠出让价款5,531.33万元")], PIL),
    Doc("kd23_food_safety.txt", "food_safety",
        "小学旁销售过期食品，责令改正后两次复查仍向学生销售（食品药品安全领域，不特定多数未成年人）；货值612元不足1万，"
        "罚5万在食品安全法第124条5万-10万内",
        [pil("food_drug_safety", "当事人仍在向放学学生销售过期食品")], PIL),
    Doc("kd24_other.txt", "other",
        "应用程序超范围收集约21.7万台设备通讯录，责令整改后三次复测仍违规收集、数据未删除、仍上架（个人信息保护领域）；"
        "罚50万在个人信息保护法第66条第一款一百万元以下内，责任人3万在1万-10万内",
        [pil("personal_information", "新增安装用户持续被收集通讯录信息")], PIL),
    Doc("kd25_culture_tourism.txt", "culture_tourism",
        "省级文物保护单位保护范围内拆墙新建，责令停工拆除后两次复查未拆除、已营业，照壁开裂（文物和文化遗产保护领域）；"
        "罚30万在文物保护法（2017）第66条5万-50万内，已告知听证",
        [pil("cultural_relics", "当事人未拆除新建建筑")], PIL),
]

IRREGULAR = [
    # ── enforcement irregularities ──
    out_of_range("kd26_food_safety.txt", "food_safety",
                 "农药残留超标韭菜，货值3,360元不足1万，食品安全法第124条第一款罚5万-10万；罚3万低于下限，“积极配合调查”"
                 "不是减轻处罚的法定情节",
                 "罚款人民币叁万元"),
    out_of_range("kd27_environment.txt", "environment",
                 "VOCs无组织排放，大气污染防治法第108条罚2万-20万；罚25万超出上限",
                 "并处罚款人民币贰拾伍万元整"),
    no_hearing("kd28_product_quality.txt", "product_quality",
               "市场监管对组织罚款15.54万元≥10万元（hearing.yaml市场监管组织十万元，行政处罚法第63条），只告知陈述、申辩，"
               "未告知听证；罚2.5倍在产品质量法第49条货值1-3倍内；销售1.11万、货值6.2万均不达刑法第140条",
               "计人民币壹拾伍万伍仟肆佰元"),
    no_hearing("kd29_tax.txt", "tax",
               "税务对个体经营者（公民）罚款5,000元≥2,000元（hearing.yaml税务个人二千元），只告知陈述、申辩，未告知听证；"
               "罚款在税收征收管理法第60条情节严重2千-1万内",
               "对你处以罚款人民币伍仟元"),
    Doc("kd30_forestry.txt", "forestry",
        "森林法（2019修订）共84条，引用的第九十二条不存在（滥伐罚则为第76条第二款，3-5倍，罚3倍在内）；滥伐1.26立方米"
        "不达刑法第345条",
        [irregular("nonexistent_article", "《中华人民共和国森林法》第九十二条第二款")],
        {"scenario": "irregularity", "irregularities": ["nonexistent_article"]}),
    Doc("kd31_market.txt", "market",
        "2025年1月6日立案、2025年6月20日（大写日期）决定，历时165日，超过行政处罚法第60条九十日，文书未记载延期批准；"
        "罚8000元在消费者权益保护法第56条违法所得1-10倍内，个人不足1万无需听证",
        [irregular("time_limit", "同日经批准对当事人涉嫌以虚假的维修项目收取费用一案立案调查")],
        {"scenario": "irregularity", "irregularities": ["time_limit"]}),
]

NEGATIVE = [
    # ── negatives (near misses marked) ──
    Doc("kd32_wildlife.txt", "wildlife",
        "国家二级保护鸟类标本价值7×2200+2×2100=19,600元<2万元（法释〔2022〕12号第六条），不达刑法第341条第一款；"
        "罚款3.92万元大于门槛但不是计量口径；罚2倍在野生动物保护法第52条内，已告知听证",
        flags={"scenario": "under", "near_miss": True}),
    Doc("kd33_land.txt", "land",
        "非法占用永久基本农田1940+1250=3190平方米=4.785亩<5亩（法释〔2000〕14号第三条），不达刑法第342条；罚款38.28万"
        "不是计量口径；每平方米120元在实施条例第57条内，已告知听证",
        flags={"scenario": "under", "near_miss": True}),
    Doc("kd34_public_security.txt", "public_security",
        "提供行踪轨迹信息18+15+13=46条<50条，违法所得2,300元<5000元（法释〔2017〕10号第五条），不达刑法第253条之一；"
        "罚3倍在网络安全法第64条第二款内，已告知听证",
        flags={"scenario": "under", "near_miss": True}),
    Doc("kd35_tax.txt", "tax",
        "逃税146,320.18元且占18.30%，但首次被税务处理、已补缴税款滞纳金并接受处罚，依刑法第201条第四款不予追究；罚50%"
        "在征管法第63条内，已告知听证",
        flags={"scenario": "tax_paid", "near_miss": True}),
    Doc("kd36_environment.txt", "environment",
        "危险废物约5.2吨交无证个人≥3吨，但文书记载已移送公安机关并立案侦查，不是隐匿的移送线索；罚60万在固废法第112条内，"
        "已告知听证",
        flags={"scenario": "transferred", "near_miss": True, "transferred": True}),
    Doc("kd37_forestry.txt", "forestry",
        "无证采伐自有林木6.14立方米，移送后公安以无非法占有目的、不达滥伐20立方米标准不予立案并退回（police declined）；"
        "滥伐罚3倍在森林法第76条第二款内",
        flags={"scenario": "police_declined", "near_miss": True, "police_declined": True}),
    Doc("kd38_food_safety.txt", "food_safety",
        "举报添加罂粟壳但三批次吗啡等五项均未检出，无有毒有害物质；餐具未消毒拒不改正罚5千在食品安全法第126条5千-5万内",
        flags={"scenario": "not_detected", "near_miss": True}),
    Doc("kd39_environment.txt", "environment",
        "泥浆废渣倾倒河涌，限期内全部清运清淤、复查及监测与对照断面无差异，损害已修复，无持续损害；罚10万为固废法第102条"
        "第（七）项按10万计一倍，已告知听证",
        flags={"scenario": "pil_remedied", "near_miss": True, "continuing_harm": False}),
    Doc("kd40_other.txt", "other",
        "拖欠13人工资52,480元，但在责令限期内足额支付，不是刑法第276条之一的经责令支付仍不支付；超时加班罚每人300元在"
        "劳动保障监察条例第25条100-500元内",
        flags={"scenario": "remedied", "near_miss": True}),
    Doc("kd41_customs.txt", "customs",
        "个人走私偷逃应缴税款38,117.20+36,904.15+12,439.00=87,460.35元<10万元（法释〔2014〕10号第十六条），无走私前科；"
        "物品价值61.37万元大于门槛但不是计量口径；罚5万在海关行政处罚实施条例第9条内，已告知听证",
        flags={"scenario": "under", "near_miss": True}),
    Doc("kd42_environment.txt", "environment",
        "危险废物（HW11、HW49）交无证个人1.20+0.95+0.70=2.85吨<3吨且无重点保护区域等情节（法释〔2023〕7号第一条第"
        "（二）项）；罚60万为固废法第112条第二款20万计3倍，已听证",
        flags={"scenario": "under", "near_miss": True}),
    Doc("kd43_health.txt", "health",
        "非医师行医，此前只受过一次卫生行政处罚（<两次），未造成健康损害，不达法释〔2016〕27号第二条；罚4万在医师法第59条"
        "按1万计2-10倍内，已告知听证",
        flags={"scenario": "under", "near_miss": True}),
    Doc("kd44_market.txt", "market",
        "不予行政处罚决定书：营业执照未公示，初次违法危害轻微并已改正（行政处罚法第33条第一款）",
        flags={"scenario": "no_penalty"}),
]

GROUPS = [
    # ── 化整为零: one man's three 盗伐 of collective forest, cut into three decisions within six weeks ──
    *[Doc(name, "forestry",
          "同一人（同名、同身份证前缀、同住址）三次盗伐同一村集体林木，拆成三案；累计立木蓄积1.92+1.74+1.63=5.29立方米"
          "≥5立方米（法释〔2023〕8号第三条、第四条，多次盗伐累计计算，刑法第345条第一款）；每案罚5倍在森林法第76条第一款内",
          [split("forest-345-1-theft/1", quote, 5.29, SPLIT)],
          {"scenario": "split", "split_group": SPLIT})
      for name, quote in (("kd45_forestry.txt", "被采伐林木立木蓄积1.92立方米"),
                          ("kd46_forestry.txt", "被采伐林木立木蓄积1.74立方米"),
                          ("kd47_forestry.txt", "被采伐林木立木蓄积1.63立方米"))],
    # ── repeat offender: the same credit code punished again eight months later ──
    Doc("kd48_environment.txt", "environment",
        "喷涂VOCs无组织排放，首次处罚，罚5万元在大气污染防治法第108条2万-20万内",
        flags={"scenario": "repeat_first", "repeat_group": REPEAT}),
    Doc("kd49_environment.txt", "environment",
        "同一统一社会信用代码的单位在2025年3月20日处罚后约八个月再犯同类违法，二年内再犯；罚9万元在第108条内",
        [repeat("武汉楚瑞家具制造有限公司", REPEAT)],
        {"scenario": "repeat", "repeat_group": REPEAT}),
]

DOCS = sorted(CRIMINAL + PUBLIC_INTEREST + IRREGULAR + NEGATIVE + GROUPS, key=lambda doc: doc.file)


labeled = lead_gold.labeler(HERE, CREATED, VERSION)

if __name__ == "__main__":
    lead_gold.main(HERE, DOCS, CREATED, VERSION)
