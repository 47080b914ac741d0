"""Lead labels for the ninth hand-written set in this folder (run to rewrite ``gold.jsonl``).

A new UNSEEN held-out test of the lead screening, written on 2026-11-22 without reading any decision
of the earlier hand-written sets nor the screening code. Every decision ``hnNN_<domain>.txt`` was
written by hand in the manner of published 行政处罚决定书 of city and county agencies in 浙江, 江苏,
湖北, 河南, 安徽, 西藏 and 北京 (all names, numbers, codes and addresses invented; credit codes carry
valid GB 32100-2015 check digits, identity numbers valid GB 11643 check digits). The weight is on
criminal transfer written the many ways clerks write it: totals over several batches or periods the
reader must add (hn07, hn09, hn10, hn12, hn15, hn17, hn18, hn20), units to convert (平方米 to 亩, 千克
to 吨, 条 to 支, a concentration against its limit), the protected status or land kind in another
sentence than the figure (hn06, hn08, hn19, hn21, hn23), amounts in 大写, and a wrong-measure figure
beside the right one (违法所得, 完税价格, 违法经营额, "限值的3.4倍"). Labels come from the law only:
criminal thresholds from corpora/knowledge/thresholds.yaml, hearing figures from
corpora/knowledge/hearing.yaml, fine ranges and article existence from the statute text in force on
the decision date. Each row's ``meta.reason`` gives the one-line legal reason. Conventions are those
of ``handwritten_fifth/make_gold.py``.

Run from the repository root: ``.venv/bin/python corpora/labeled/handwritten_ninth/make_gold.py``.
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
CREATED = "2026-11-22T14:00:00+00:00"
VERSION = "handwritten-ninth/1"

SPLIT, REPEAT = "split-hn-susong-cigarettes", "repeat-hn-huangpi-vocs"
OVER = {"scenario": "over"}
QUAL = {"scenario": "qualitative"}

CRIMINAL = [
    # ── criminal-transfer leads (each also 以罚代刑: only fined, no transfer recorded) ──
    Doc("hn01_food_safety.txt", "food_safety",
        "羊肉检出盐酸克伦特罗（食品动物禁用化合物，有毒有害非食品原料），无票无检疫证明低价购入推定明知，销售为刑法第144条"
        "行为犯（法释〔2021〕24号第九条、第十条）；罚10万在食品安全法第123条货值不足1万10万-15万内，已告知听证；只罚款未移送",
        [trigger("food-144-toxic/1", "该批次羊肉检出盐酸克伦特罗"), fined_only("三、罚款人民币壹拾万元")], QUAL),
    Doc("hn02_drugs.txt", "drugs",
        "成分与标示不符并检出格列本脲，依药品管理法第98条第二款第（一）项为假药，销售假药为刑法第141条行为犯；"
        "罚150万为第116条货值不足10万按10万计的15倍下限，已听证；只罚款未移送",
        [trigger("drug-141-counterfeit/1", "按假药论处"), fined_only("并处罚款人民币壹佰伍拾万元整")], QUAL),
    Doc("hn03_work_safety.txt", "work_safety",
        "危化品仓库重大事故隐患被责令停止使用后撕封继续储存装卸（刑法第134条之一第（二）项危险作业罪，法释〔2022〕19号）；"
        "单位5万、负责人6万在安全生产法第102条内，已告知听证；只罚款未移送",
        [trigger("safety-134-1a-dangerous-operation/2", "仍在上述仓库内储存过氧化甲乙酮2.4吨"),
         fined_only("对襄阳鑫泰化工贸易有限公司处罚款人民币伍万元")], QUAL),
    Doc("hn04_environment.txt", "environment",
        "私设暗管排放含镍电镀废水（重金属，有毒物质），逃避监管方式无数量要求（法释〔2023〕7号第一条第（四）项，"
        "刑法第338条）；罚50万在水污染防治法第83条10万-100万内，已听证；只罚款未移送",
        [trigger("env-338-pollution/9", "通过私设暗管的方式排放含重金属的水污染物"),
         fined_only("处以罚款人民币伍拾万元整")], QUAL),
    Doc("hn05_fishery.txt", "fishery",
        "长江全年禁捕水域（禁渔期/禁渔区，在另一句）以电鱼方法捕捞，渔获8.6千克虽远低于500千克，但禁渔期禁渔区使用"
        "电鱼方法无数量要求（法释〔2022〕12号第三条第（三）（四）项，刑法第340条）；罚3千在渔业法第38条内；只罚款未移送",
        [trigger("fishery-340-inland/5", "当事人采用的电鱼方法属于"), fined_only("罚款人民币叁仟元")], QUAL),
    Doc("hn06_wildlife.txt", "wildlife",
        "出售国家二级保护的红隼3只×6000元+雀鹰2只×7500元=33,000元≥2万元（保护级别、价值在不同句中；法释〔2022〕12号"
        "第六条，刑法第341条第一款）；罚2倍在野生动物保护法第52条第一款2-20倍内，已告知听证；只罚款未移送",
        [threshold("wildlife-341-1-endangered/1", "红隼按每只6000元核定", 33000.0),
         fined_only("计人民币陆万陆仟元整")], OVER),
    Doc("hn07_forestry.txt", "forestry",
        "无证采伐集体林木，两地块立木蓄积3.2+2.9=6.1立方米≥5立方米（法释〔2023〕8号第三条，刑法第345条第一款盗伐）；"
        "价值3,460元<2万不是唯一口径；罚5倍在森林法第76条第一款5-10倍内；只罚款未移送",
        [threshold("forest-345-1-theft/1", "立木蓄积3.2立方米", 6.1), fined_only("计人民币壹万柒仟叁佰元")], OVER),
    Doc("hn08_forestry.txt", "forestry",
        "修砂石堆场毁坏省级公益林地（林地类别在另一段）4,120平方米=6.18亩≥5亩（法释〔2023〕8号第一条，刑法第342条）；"
        "罚恢复费用2倍在森林法第73条三倍以下内，已告知听证；只罚款未移送",
        [threshold("land-342-forest/1", "被毁林地面积为4,120平方米", 6.18), fined_only("即人民币壹拾陆万肆仟捌佰元")],
        OVER),
    Doc("hn09_mining.txt", "mining",
        "无证采石制砂，三个阶段销售收款42,000+39,000+30,500=111,500元，核定为矿产品价值，≥10万元（法释〔2016〕25号第三条，"
        "刑法第343条）；违法所得46,800元<10万是错误口径；罚40%在实施细则第42条第（一）项50%以下内；只罚款未移送",
        [threshold("mining-343-1-illegal/1", "收款人民币肆万贰仟元", 111500.0), fined_only("计人民币18,720元")], OVER),
    Doc("hn10_tax.txt", "tax",
        "无真实交易让他人为自己虚开增值税专用发票并抵扣，三个季度税额41,000+36,000+29,000=106,000元≥10万元（法释〔2024〕4号"
        "第十一条，刑法第205条）；罚10万在发票管理办法第35条5万-50万内，已告知听证；只罚款未移送",
        [threshold("tax-205-vat-invoice/1", "税额41,000元", 106000.0), fined_only("对你单位处以罚款人民币壹拾万元")], OVER),
    Doc("hn11_tax.txt", "tax",
        "无业务为他人虚开增值税普通发票57份，价税合计532,600元（大写）≥50万元（法释〔2024〕4号第十二条，刑法第205条之一）；"
        "份数57<100不是唯一口径；罚30万在发票管理办法第35条内，已听证；只罚款未移送",
        [threshold("tax-205-1-ordinary-invoice/1", "价税合计人民币伍拾叁万贰仟陆佰元", 532600.0),
         fined_only("并处罚款人民币叁拾万元")], OVER),
    Doc("hn12_public_security.txt", "public_security",
        "收集并出售购房人姓名电话房号（一般个人信息），三次2,300+1,950+1,100=5,350条≥5000条（法释〔2017〕10号第五条"
        "第一款第（五）项，刑法第253条之一）；违法所得2,675<5000不是唯一口径；罚2万在网络安全法第64条第二款违法所得"
        "1-10倍内，已告知听证；只罚款未移送",
        [threshold("pi-253-1-personal-information/3", "3月出售2,300条", 5350.0), fined_only("并处罚款人民币贰万元")], OVER),
    Doc("hn13_labor.txt", "other",
        "拖欠18名工人工资47,600元（大写），经限期整改指令书责令支付逾期仍不支付、负责人关机停工（法释〔2013〕3号第三、四条，"
        "刑法第276条之一，十人以上三万元）；只作加付赔偿金处理未移送",
        [threshold("labor-276-1-wage-refusal/2", "合计人民币肆万柒仟陆佰元", 47600.0),
         fined_only("计人民币贰万叁仟捌佰元")], OVER),
    Doc("hn14_customs.txt", "customs",
        "个人藏匿手表入境走私，偷逃应缴税款123,800元≥10万元（法释〔2014〕10号第十六条，刑法第153条）；完税价格31.6万"
        "不是计量口径；罚8万在海关行政处罚实施条例第9条第一款第（三）项3倍以下内，已告知听证；只罚款未移送",
        [threshold("customs-153-ordinary-goods/1", "偷逃应缴税款共计人民币123,800元", 123800.0),
         fined_only("科处罚款人民币捌万元整")], OVER),
    Doc("hn15_tobacco.txt", "tobacco",
        "无证经营卷烟，两处查获640+420=1,060条=212,000支≥20万支（法释〔2010〕7号第三条，刑法第225条）；经营额44,838元"
        "<5万不是唯一口径；罚30%在烟草专卖法实施条例第57条20%-50%内，已告知听证；只罚款未移送",
        [threshold("tobacco-225-illegal-business/3", "卷烟640条", 212000.0),
         fined_only("计人民币壹万叁仟肆佰伍拾壹元肆角")], OVER),
    Doc("hn16_health.txt", "health",
        "未取得医师资格非法行医，2023年、2024年两次被卫生行政部门处罚后再次行医（法释〔2016〕27号第二条第（五）项，"
        "刑法第336条）；罚5万在医师法第59条违法所得不足1万按1万计2-10倍内；只罚款未移送",
        [threshold("health-336-illegal-medical-practice/1", "被处罚人曾因未取得医师资格擅自开展诊疗活动", 2.0),
         fined_only("并处罚款人民币伍万元")], OVER),
    Doc("hn17_agriculture.txt", "agriculture",
        "经营有效成分未检出的假农药，三批销售金额23,500+18,700+11,200=53,400元≥5万元（立案追诉标准（一）第二十三条，刑法第147条/"
        "第149条按第140条）；罚货值5倍在农药管理条例第55条5-10倍内，已听证；只罚款未移送",
        [threshold("product-147-agri-inputs/2", "销售金额23,500元", 53400.0), fined_only("计人民币贰拾捌万柒仟元整")],
        OVER),
    Doc("hn18_intellectual_property.txt", "intellectual_property",
        "在同一种商品上使用相同注册商标组装角磨机（2025年6月起，适用法释〔2025〕5号时期标准），已售32,640元+库存货值"
        "24,960元=非法经营数额57,600元≥5万元（刑法第213条）；罚2倍在商标法第60条五倍以下内，已告知听证；只罚款未移送",
        [threshold("ip-213-counterfeit-trademark/1", "销售金额32,640元", 57600.0),
         fined_only("计人民币壹拾壹万伍仟贰佰元")], OVER),
    Doc("hn19_wildlife.txt", "wildlife",
        "餐馆为食用收购三有动物（名录地位在另一句），价值12,600元≥1万元（法释〔2022〕12号第八条，刑法第341条第三款）；"
        "罚2倍在野生动物保护法第53条第一款2-20倍内，已告知听证；只罚款未移送",
        [threshold("wildlife-341-3-terrestrial-food/1", "涉案野生动物价值合计人民币12,600元", 12600.0),
         fined_only("并处野生动物价值二倍罚款人民币25,200元")], OVER),
    Doc("hn20_environment.txt", "environment",
        "废机油（HW08危险废物，在另一句）三次交无证个人1,300千克+1,150千克+0.9吨=3.35吨≥3吨（法释〔2023〕7号第一条"
        "第（二）项、第十五条，刑法第338条）；罚60万为固废法第112条第二款处置费用按20万计的3倍；只罚款未移送",
        [threshold("env-338-pollution/1", "2月27日交付1,300千克", 3.35), fined_only("计人民币陆拾万元整")], OVER),
    Doc("hn21_land.txt", "land",
        "占用永久基本农田（地类在另一段）3,820平方米=5.73亩≥5亩，耕作层被破坏（法释〔2000〕14号第三条，刑法第342条）；"
        "每平方米200元在土地管理法实施条例第57条100-1000元内，已听证；只罚款未移送",
        [threshold("land-342-cultivated/1", "当事人共占用土地3,820平方米", 5.73),
         fined_only("计人民币柒拾陆万肆仟元")], OVER),
    Doc("hn22_environment.txt", "environment",
        "含铅废水总铅0.46mg/L，限值0.1mg/L，超标3.6倍≥3倍（法释〔2023〕7号第一条第（三）项，刑法第338条）；罚30万在"
        "水污染防治法第83条内，已告知听证；只罚款未移送",
        [threshold("env-338-pollution/2", "总铅浓度为0.46mg/L", 3.6), fined_only("并处罚款人民币叁拾万元整")], OVER),
    Doc("hn23_forestry.txt", "forestry",
        "无采集证采挖国家一级保护野生植物西藏红豆杉2株≥1株（级别在另一句；法释〔2023〕8号第二条，刑法第344条）；"
        "只没收未移送",
        [threshold("forest-344-protected-plants/1", "采挖野生红豆杉幼树2株", 2.0),
         fined_only("没收所采挖的西藏红豆杉2株")], OVER),
]

PUBLIC_INTEREST = [
    # ── public-interest leads: statutory field + harm going on after the agency acted ──
    Doc("hn24_environment.txt", "environment",
        "COD超标1.86倍（非重金属），责令改正后两次复查调节池仍未修复、雨天仍溢流、河段黑臭、养殖塘停养、底泥未清理"
        "（生态环境和资源保护领域）；罚25万在水污染防治法第83条内",
        [pil("ecology_resources", "调节池仍未修复")], PIL),
    Doc("hn25_forestry.txt", "forestry",
        "毁林种茶改变商品林地用途3.2亩<10亩、自有林木蓄积6.8立方米<20立方米（滥伐）不涉刑，逾期未恢复植被、出现水土流失冲沟（生态环境和资源保护领域）；"
        "罚2倍在森林法第73条三倍以下内",
        [pil("ecology_resources", "当事人仍未清除茶苗，未补植任何林木")], PIL),
    Doc("hn26_land.txt", "land",
        "国有建设用地使用权出让价款尚欠14,040万元，三次催缴未缴并擅自开工（国有土地使用权出让领域）；每平方米100元在"
        "实施条例第57条内，已听证",
        [pil("state_land_transfer", "尚欠14,040万元")], PIL),
    Doc("hn27_food_safety.txt", "food_safety",
        "小学门口销售超过保质期食品，责令停止销售后两次复查仍向学生销售（食品药品安全领域，不特定多数未成年人）；"
        "罚5万在食品安全法第124条货值不足1万5万-10万内，已告知听证",
        [pil("food_drug_safety", "当事人仍在向学生销售超过保质期的")], PIL),
    Doc("hn28_work_safety.txt", "work_safety",
        "住宅楼地下餐饮场所使用燃气未装可燃气体报警装置，两次复查逾期未改正仍营业（安全生产领域，不特定多数人）；"
        "单位6万在安全生产法第99条逾期未改正5万-20万内、负责人1万在1万-2万内，已告知听证",
        [pil("work_safety", "整改仍未完成")], PIL),
    Doc("hn29_personal_information.txt", "other",
        "App强制捆绑索权、无注销途径，责令改正后两次检测仍未改正、260万用户（个人信息保护领域，不特定多数人；未出售"
        "或非法提供信息不涉刑法第253条之一）；罚60万在个人信息保护法第66条第一款拒不改正一百万以下内、负责人5万在1万-10万内",
        [pil("personal_information", "当事人未完成整改，拒不改正")], PIL),
    Doc("hn30_cultural_relics.txt", "culture_tourism",
        "自治区级文物保护单位保护范围内擅自建设，逾期未拆除并营业、墙基暴露有坍塌风险（文物和文化遗产保护领域）；"
        "未造成文物损坏，文物保护法（2024修订）第83条给予警告",
        [pil("cultural_relics", "当事人仍未拆除加建客房")], PIL),
    Doc("hn31_culture_tourism.txt", "culture_tourism",
        "网吧接纳未成年人，经警告罚款后仍多次接纳、代刷成年人身份证（未成年人保护领域）；罚1.5万在互联网上网服务"
        "营业场所管理条例第31条15000元以下内并停业整顿，已告知听证",
        [pil("minors", "又先后在当事人经营场所发现未成年人上网共计9人次")], PIL),
]

IRREGULAR = [
    # ── enforcement irregularities ──
    out_of_range("hn32_food_safety.txt", "food_safety",
                 "食品安全法第126条拒不改正处5千-5万元；对单位罚8万元超出上限（单位8万<10万，无需告知听证）",
                 "对当事人罚款人民币捌万元"),
    out_of_range("hn33_environment.txt", "environment",
                 "大气污染防治法第108条罚2万-20万元；罚1万元低于下限且未写明减轻处罚的法定情节",
                 "罚款人民币壹万元整"),
    no_hearing("hn34_tax.txt", "tax",
               "税务机关对公民罚款5,000元≥2,000元（hearing.yaml税务个人二千元），只告知陈述、申辩，未告知听证；"
               "罚款在征管法第62条情节严重2千-1万内",
               "决定对你处以罚款人民币伍仟元"),
    no_hearing("hn35_work_safety.txt", "work_safety",
               "应急管理对生产经营单位罚款4万元≥3万元（hearing.yaml安全生产单位三万元），只告知陈述、申辩，未告知听证；"
               "罚款在安全生产法第97条十万元以下内",
               "罚款人民币肆万元"),
    Doc("hn36_urban_management.txt", "construction",
        "城乡规划法（2019修正）共70条，引用的第七十二条不存在（乡村建设规划许可的罚则在第65条）；已告知听证",
        [irregular("nonexistent_article", "《中华人民共和国城乡规划法》第七十二条第一款")],
        {"scenario": "irregularity", "irregularities": ["nonexistent_article"]}),
    Doc("hn37_health.txt", "health",
        "2024年3月5日立案、2024年11月20日决定，历时260日，超过行政处罚法第60条九十日，文书未记载延期批准或中止；"
        "有医师资格者无证开诊所不涉刑法第336条（2016年修正后）；罚5万在基本医疗卫生与健康促进法第99条内，已告知听证",
        [irregular("time_limit", "本委于2024年3月5日对当事人涉嫌未取得《医疗机构执业许可证》擅自执业一案立案调查")],
        {"scenario": "irregularity", "irregularities": ["time_limit"]}),
]

NEAR = {"near_miss": True}
NEGATIVE = [
    # ── negatives (near misses marked) ──
    Doc("hn38_forestry.txt", "forestry",
        "盗伐立木蓄积4.6立方米<5立方米、价值18,400元<2万元（法释〔2023〕8号第三条），不达刑法第345条；罚5倍在森林法"
        "第76条内，已告知听证",
        flags={"scenario": "under", **NEAR}),
    Doc("hn39_land.txt", "land",
        "占用永久基本农田3,200平方米=4.8亩<5亩（法释〔2000〕14号第三条），不达刑法第342条；每平方米150元在实施条例"
        "第57条内，已告知听证",
        flags={"scenario": "under", **NEAR}),
    Doc("hn40_tax.txt", "tax",
        "少缴税款32.46万元占14.2%达到逃税数额，但首次被税务处理、已补缴税款滞纳金并缴纳罚款，依刑法第201条第四款"
        "不予追究；罚50%在征管法第63条内，已告知听证",
        flags={"scenario": "tax_paid", **NEAR}),
    Doc("hn41_environment.txt", "environment",
        "倾倒危险废物5.2吨≥3吨，但已移送公安机关并立案侦查，不是隐匿的移送线索；罚款在固废法第112条内，已告知听证",
        flags={"scenario": "transferred", "transferred": True, **NEAR}),
    Doc("hn42_intellectual_property.txt", "intellectual_property",
        "销售假冒注册商标商品61,300元≥5万元，已移送公安，公安以不能证明明知不予立案并退回；罚1倍在商标法第60条内",
        flags={"scenario": "police_declined", "police_declined": True, **NEAR}),
    Doc("hn43_food_safety.txt", "food_safety",
        "举报非法添加西地那非，但三个批次均未检出，无有毒有害物质；标签含疾病治疗功能罚货值5倍在食品安全法第125条"
        "5-10倍内，已告知听证",
        flags={"scenario": "not_detected", **NEAR}),
    Doc("hn44_environment.txt", "environment",
        "COD超标2.36倍（非重金属，不涉刑），当日停排、清淤修复，两次复查达标、水质恢复，无持续损害；罚15万在"
        "水污染防治法第83条内，已告知听证",
        flags={"scenario": "pil_remedied", "continuing_harm": False, **NEAR}),
    Doc("hn45_customs.txt", "customs",
        "低报价格走私，偷逃应缴税款7.8万元<10万元（个人，法释〔2014〕10号第十六条）；实际成交价86.2万元是货值，不是计量"
        "口径；罚5万在海关行政处罚实施条例第9条3倍以下内，已听证",
        flags={"scenario": "wrong_measure", **NEAR}),
    Doc("hn46_fishery.txt", "fishery",
        "禁渔期用合规网目的刺网捕捞（非禁用工具），渔获468千克<500千克、价值6,552元<1万元（法释〔2022〕12号第三条）；"
        "罚8千在渔业法第38条、第41条内",
        flags={"scenario": "under", **NEAR}),
    Doc("hn47_public_security.txt", "public_security",
        "购买后出售一般个人信息4,300条<5000条、违法所得2,150元<5000元，不含敏感或重要信息，非履职获得（法释〔2017〕10号"
        "第五条）；罚1万在网络安全法第64条第二款内，已告知听证",
        flags={"scenario": "under", **NEAR}),
    Doc("hn48_labor.txt", "other",
        "拖欠22人工资98,400元，但在责令限期内足额支付，不是刑法第276条之一的经责令仍不支付；超时加班每人300元在"
        "劳动保障监察条例第25条100-500元内",
        flags={"scenario": "remedied", **NEAR}),
    Doc("hn49_wildlife.txt", "wildlife",
        "出售国家二级保护雕鸮标本，价值16,000元<2万元（法释〔2022〕12号第六条）；罚2倍在野生动物保护法第52条内，"
        "已告知听证",
        flags={"scenario": "under", **NEAR}),
    Doc("hn50_environment.txt", "environment",
        "总镉为限值的3.4倍即超标2.4倍<3倍（法释〔2023〕7号第一条第（三）项按超过标准的倍数计），停排并修复后复查达标，"
        "无持续损害；罚20万在水污染防治法第83条内，已告知听证",
        flags={"scenario": "wrong_measure", "continuing_harm": False, **NEAR}),
    Doc("hn51_intellectual_property.txt", "intellectual_property",
        "销售假冒注册商标化妆品：销售金额46,200元<5万、违法所得11,050元<3万、已售加库存77,200元<15万（刑法第214条，"
        "法释〔2025〕5号时期标准）；77,200元是违法经营额不是销售金额，罚11.58万在商标法第60条内，已听证",
        flags={"scenario": "wrong_measure", **NEAR}),
    Doc("hn52_culture_tourism.txt", "culture_tourism",
        "不予行政处罚决定书：未订书面旅游合同，初次违法危害后果轻微并及时改正（行政处罚法第33条第一款）",
        flags={"scenario": "no_penalty"}),
    Doc("hn53_urban_management.txt", "construction",
        "简易程序当场处罚：人行道摆摊警告并罚款50元，违法行为轻微已自行改正，无任何线索",
        flags={"scenario": "clean"}),
]

GROUPS = [
    # ── 化整为零: one licence-less shop's three branches, cut into three decisions the same day ──
    *[Doc(name, "tobacco",
          "同一个体工商户（同一信用代码）三处无证门店零售卷烟，同日拆成三案；违法经营额18,600+17,200+16,900=52,700元≥5万元"
          "（法释〔2010〕7号第三条，刑法第225条；卷烟合计1,805条=361,000支亦过20万支）；每案罚20%在实施条例第57条内",
          [split("tobacco-225-illegal-business/1", quote, 52700.0, SPLIT)],
          {"scenario": "split", "split_group": SPLIT})
      for name, quote in (("hn54_tobacco.txt", "违法经营总额为人民币18,600元"),
                          ("hn55_tobacco.txt", "违法经营总额为人民币17,200元"),
                          ("hn56_tobacco.txt", "违法经营总额为人民币16,900元"))],
    # ── repeat offender: the same credit code punished again ten months later ──
    Doc("hn57_environment.txt", "environment",
        "印刷VOCs废气未经收集处理直接排放，首次处罚，罚3万元在大气污染防治法第108条2万-20万内",
        flags={"scenario": "repeat_first", "repeat_group": REPEAT}),
    Doc("hn58_environment.txt", "environment",
        "同一统一社会信用代码的单位在2024年7月10日处罚后约十个月再犯同类违法，二年内再犯；罚5.5万元在第108条内",
        [repeat("武汉楚天彩印包装有限公司", REPEAT)],
        {"scenario": "repeat", "repeat_group": REPEAT}),
]

DOCS = sorted(CRIMINAL + PUBLIC_INTEREST + IRREGULAR + NEGATIVE + GROUPS, key=lambda doc: doc.file)


labeled = lead_gold.labeler(HERE, CREATED, VERSION)

if __name__ == "__main__":
    lead_gold.main(HERE, DOCS, CREATED, VERSION)
