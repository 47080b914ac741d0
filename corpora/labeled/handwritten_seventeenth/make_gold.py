"""Lead labels for the seventeenth hand-written set in this folder (run to rewrite ``gold.jsonl``).

A new UNSEEN held-out test of the lead screening, written on 2026-11-22 without reading any decision
of the earlier hand-written sets nor the screening code. Every decision ``hcNN_<domain>.txt`` was
written by hand in the manner of published 行政处罚决定书 of city and county agencies in 江苏, 河北,
山西, 陕西, 贵州, 新疆 and 重庆 (all names, numbers, codes and addresses invented; credit codes carry
valid GB 32100-2015 check digits, identity numbers valid GB 11643 check digits). Criminal facts are
written the many ways clerks write them (figures in words, units to convert: 公顷 to 亩, 条 to 支,
千克 to 克; totals the reader works out; the protected status or land kind in another sentence; a
wrong-measure figure beside the right one). Labels come from the law only: criminal thresholds from
corpora/knowledge/thresholds.yaml, hearing figures from corpora/knowledge/hearing.yaml, fine ranges
and article existence from the statute texts of corpora/knowledge/statutes in force on the decision
date. Each row's ``meta.reason`` gives the one-line legal reason. Conventions are those of
``handwritten_fifth/make_gold.py``.

Run from the repository root: ``.venv/bin/python corpora/labeled/handwritten_seventeenth/make_gold.py``.
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
CREATED = "2026-11-22T14:50:00+00:00"
VERSION = "handwritten-seventeenth/1"

SPLIT, REPEAT = "split-hc-wuxi-overcutting", "repeat-hc-akto-mining"
OVER = {"scenario": "over"}
QUAL = {"scenario": "qualitative"}

CRIMINAL = [
    # ── criminal-transfer leads (each also 以罚代刑: only fined, no transfer recorded) ──
    Doc("hc01_food_safety.txt", "food_safety",
        "凉皮中添加工业硼砂（有毒、有害的非食品原料），刑法第144条行为犯无金额门槛；罚10万在食品安全法第123条"
        "货值不足1万10万-15万内；只罚款未移送",
        [trigger("food-144-toxic/1", "凉皮样品中检出硼酸（以硼砂计）含量为1.26g/kg"),
         fined_only("三、罚款人民币壹拾万元整")], QUAL),
    Doc("hc02_drugs.txt", "drugs",
        "含量不符合规定按劣药论处，销售金额53,600元≥5万元（刑法第142条未造成严重危害的依第149条按第140条），"
        "零售货值十倍536,000元在药品管理法第117条内；只罚款未移送",
        [threshold("drug-142-substandard/2", "销售金额共计人民币伍万叁仟陆佰元", 53600.0),
         fined_only("计人民币伍拾叁万陆仟元")], OVER),
    Doc("hc03_environment.txt", "environment",
        "电镀废水总铬6.84mg/L为排放限值1.0mg/L的6.84倍≥3倍（法释〔2023〕7号第一条第（三）项，刑法第338条）；"
        "六价铬未超标不影响；罚25万在水污染防治法第83条10万-100万内；只罚款未移送",
        [threshold("env-338-pollution/2", "为排放标准限值的6.84倍", 6.84), fined_only("罚款人民币贰拾伍万元")],
        OVER),
    Doc("hc04_environment.txt", "environment",
        "水环境重点排污单位修改在线分析仪量程伪造化学需氧量自动监测数据并超标排放（法释〔2023〕7号第十一条，"
        "刑法第338条）；罚40万在水污染防治法第83条内；只罚款未移送",
        [trigger("env-338-pollution/10", "通过篡改自动监测设备参数的方式伪造监测数据"),
         fined_only("决定对你公司罚款人民币肆拾万元")], QUAL),
    Doc("hc05_land.txt", "land",
        "非法占用耕地（水浇地）3,740平方米=5.61亩≥5亩，地类在另一句（法释〔2000〕14号第三条，刑法第342条）；"
        "每平方米100/120元在土地管理法实施条例第57条100-1000元内；只罚款未移送",
        [threshold("land-342-cultivated/1", "所占土地中水浇地3,740平方米", 5.61),
         fined_only("合计人民币肆拾柒万玖仟陆佰元")], OVER),
    Doc("hc06_forestry.txt", "forestry",
        "以出售牟利为目的采伐集体林木，立木蓄积7.3立方米≥5立方米（法释〔2023〕8号第四条，刑法第345条盗伐林木罪）；"
        "罚5倍在森林法第76条5-10倍内；只罚款未移送",
        [threshold("forest-345-1-theft/1", "林木蓄积量为7.3立方米", 7.3), fined_only("计人民币肆万叁仟捌佰元")],
        OVER),
    Doc("hc07_wildlife.txt", "wildlife",
        "禁猎期用禁用工具猎捕三有动物64只，每只300元合计19,200元≥1万元（读者须自算；法释〔2022〕12号第七条，"
        "刑法第341条第二款非法狩猎罪）；罚2倍在野生动物保护法第49条1-10倍内；只罚款未移送",
        [threshold("wildlife-341-2-illegal-hunting/1", "猎获石鸡41只、环颈雉（野鸡）17只、草兔6只", 19200.0),
         fined_only("计人民币叁万捌仟肆佰元")], OVER),
    Doc("hc08_fishery.txt", "fishery",
        "禁渔期在骆马湖电鱼，属在禁渔期使用禁用方法（法释〔2022〕12号第三条，刑法第340条），渔获物8.5千克"
        "不影响；罚5,000元在渔业法第38条5万以下内；只罚款未移送",
        [trigger("fishery-340-inland/5", "使用背负式逆变器连接抄网在水中放电捕鱼"),
         fined_only("罚款人民币伍仟元整")], QUAL),
    Doc("hc09_tax.txt", "tax",
        "隐匿收入少缴增值税72,000+企业所得税51,000=123,000元≥10万元且占31.6%≥10%（立案追诉标准（二）"
        "第五十二条，刑法第201条）；未补缴，第四款不适用；罚0.5倍在税收征管法第63条内；只罚款未移送",
        [threshold("tax-201-evasion/1", "少缴增值税72,000元、企业所得税51,000元", 123000.0),
         fined_only("处少缴税款0.5倍的罚款61,500元")], OVER),
    Doc("hc10_customs.txt", "customs",
        "个人分11次不申报携带电子产品入境，偷逃税款13.48万元≥10万元（法释〔2014〕10号第十六条，刑法第153条）；"
        "罚10万在海关行政处罚实施条例第9条第（三）项偷逃税款1倍以下内；只罚款未移送",
        [threshold("customs-153-ordinary-goods/1", "偷逃税款共计人民币13.48万元", 134800.0),
         fined_only("并处罚款人民币拾万元整")], OVER),
    Doc("hc11_tobacco.txt", "tobacco",
        "非法渠道购进卷烟1,150条=23万支≥20万支并批量转售（法释〔2010〕7号第三条，刑法第225条）；价值46,280元"
        "<5万元是另一口径；罚进货总额10%在烟草专卖法实施条例第56条5%-10%内；只罚款未移送",
        [threshold("tobacco-225-illegal-business/3", "卷烟共计1,150条", 230000.0),
         fined_only("计人民币肆仟陆佰贰拾捌元")], OVER),
    Doc("hc12_culture_tourism.txt", "culture_tourism",
        "发行盗版教辅9,870册，违法所得34,200元≥3万元（法释〔2004〕19号第五条，刑法第217条）；罚经营额3倍在"
        "著作权法第53条1-5倍内；只罚款未移送",
        [threshold("ip-217-218-copyright/1", "违法所得人民币34,200元", 34200.0),
         fined_only("计人民币贰拾捌万玖仟贰佰元")], OVER),
    Doc("hc13_agriculture.txt", "agriculture",
        "经营劣种子致47户农户损失8.6万元≥2万元（立案追诉标准（一）第二十三条，刑法第147条）；销售金额4万元"
        "不是本罪口径；罚24万在种子法第75条货值5-10倍（222,600-445,200元）内；只罚款未移送",
        [threshold("product-147-agri-inputs/1", "造成直接经济损失共计人民币捌万陆仟元", 86000.0),
         fined_only("计人民币贰拾肆万元")], OVER),
    Doc("hc14_mining.txt", "mining",
        "无证采挖河道砂石8,600立方米×38元=326,800元≥10万元（读者须自算；法释〔2016〕25号第三条，刑法第343条）；"
        "罚违法所得30%在矿产资源法实施细则第42条50%以下内；只罚款未移送",
        [threshold("mining-343-1-illegal/1", "共采挖砂石8,600立方米", 326800.0),
         fined_only("计人民币玖万捌仟零肆拾元")], OVER),
    Doc("hc15_agriculture.txt", "agriculture",
        "应无害化处理的病死猪分割出售，货值23,800元≥2万元（立案追诉标准（一）第五十九条，刑法第337条）；"
        "罚15倍在动物防疫法第97条15-30倍内；只罚款未移送",
        [threshold("health-337-quarantine/3", "货值金额人民币23,800元", 23800.0),
         fined_only("计人民币叁拾伍万柒仟元")], OVER),
    Doc("hc16_public_security.txt", "public_security",
        "出售住宿信息620条≥500条（法释〔2017〕10号第五条第一款第（四）项，刑法第253条之一）；责令改正拒不改正"
        "后罚5万在个人信息保护法第66条一百万元以下内；只罚款未移送",
        [threshold("pi-253-1-personal-information/2", "共出售住宿信息620条", 620.0),
         fined_only("并处罚款人民币伍万元")], OVER),
    Doc("hc17_labor.txt", "other",
        "拒不支付14名劳动者工资11.2万元≥10万元（累计三万至十万元，取上限也达标；法释〔2013〕3号第三条），"
        "经责令逾期仍不支付并逃避（刑法第276条之一）；罚2万在劳动保障监察条例第30条2000-2万内；只罚款未移送",
        [threshold("labor-276-1-wage-refusal/2", "应付工资合计人民币壹拾壹万贰仟元", 112000.0),
         fined_only("对该单位无理抗拒劳动保障监察的行为处以罚款人民币贰万元")], OVER),
    Doc("hc18_agriculture.txt", "agriculture",
        "经营含毒鼠强的制剂0.3千克=300克≥50克（法释〔2003〕14号第一条，刑法第125条第二款）；罚5,000元在农药"
        "管理条例第55条5,000-5万内；只罚款未移送",
        [threshold("safety-125-2-dangerous-substances/1", "现场查扣该制剂共计0.3千克", 300.0),
         fined_only("并处罚款人民币伍仟元")], OVER),
    Doc("hc19_work_safety.txt", "work_safety",
        "危化企业关闭可燃气体报警器、屏蔽报警主机，期间已有甲苯泄漏（现实危险），刑法第134条之一第（一）项"
        "危险作业罪；罚5万在安全生产法第99条五万元以下内；只罚款未移送",
        [trigger("safety-134-1a-dangerous-operation/1", "8台处于断电状态，控制室报警主机被人为屏蔽报警信号"),
         fined_only("罚款人民币伍万元整")], QUAL),
    Doc("hc20_forestry.txt", "forestry",
        "采伐野生南方红豆杉2株（一级保护在另一句）≥1株（法释〔2020〕2号已废止，现行法释〔2023〕8号第十二条，"
        "刑法第344条）；立木材积0.71立方米不是唯一口径；仅没收木材（无违法所得，不罚款）未移送",
        [threshold("forest-344-protected-plants/1", "将两棵天然生长的野生红豆杉锯倒", 2.0),
         fined_only("没收所采伐的红豆杉木材")], OVER),
    Doc("hc21_land.txt", "land",
        "非法占用并毁坏公益林（防护林）地0.52公顷=7.8亩≥5亩（法释〔2023〕8号第一条，刑法第342条）；罚恢复费用"
        "3倍在森林法第73条三倍以下内；只罚款未移送",
        [threshold("land-342-forest/1", "改变林地用途面积0.52公顷", 7.8), fined_only("计人民币壹拾柒万壹仟元")],
        OVER),
    Doc("hc22_fishery.txt", "fishery",
        "养殖中使用禁用物质孔雀石绿并销售（法释〔2021〕24号第九条，刑法第144条）；罚15倍在农产品质量安全法"
        "第70条15-30倍内；只罚款未移送",
        [trigger("food-144-toxic/2", "样品中检出孔雀石绿及其代谢物隐性孔雀石绿合计17.6μg/kg"),
         fined_only("计人民币玖拾伍万伍仟捌佰元")], QUAL),
]

PUBLIC_INTEREST = [
    # ── public-interest leads: statutory field + harm going on after the agency acted ──
    Doc("hc23_environment.txt", "environment",
        "河道管理范围内倾倒固废（生态环境领域），责令清除后复查仍未清运、渗滤液仍入河",
        [pil("ecology_resources", "堆放的废渣污泥至今未清运，渗滤液仍在雨后流入罗纹河")], PIL),
    Doc("hc24_land.txt", "land",
        "国有建设用地出让价款4,172万元逾期未缴（国有土地使用权出让领域），国有财产持续流失",
        [pil("state_land_transfer", "尚欠国有建设用地使用权出让价款人民币肆仟壹佰柒拾贰万元，一直未缴入国库")], PIL),
    Doc("hc25_food_safety.txt", "food_safety",
        "校门口向学生销售添加剂超标、无标签辣条（食品安全领域），处罚后仍在销售，不特定多数未成年人",
        [pil("food_drug_safety", "当事人仍在店门口向放学学生销售同一来源的无标签辣条")], PIL),
    Doc("hc26_work_safety.txt", "work_safety",
        "液化气储罐与居民楼防火间距不足属重大事故隐患（安全生产领域），复查仍未整改、230户处于危险范围",
        [pil("work_safety", "该站仍未整改，储罐区继续充装作业")], PIL),
    Doc("hc27_personal_information.txt", "other",
        "APP超范围收集个人信息（个人信息保护领域），处罚后复测仍在收集，涉及约38万不特定用户",
        [pil("personal_information", "仍存在超范围收集通讯录和后台高频定位的行为，涉及不特定多数用户")], PIL),
    Doc("hc28_cultural_relics.txt", "culture_tourism",
        "全国重点文保单位保护范围内拆旧建新（文物保护领域），违法建筑未拆除并营业；罚50万在文物保护法"
        "（2017）第66条5万-50万内",
        [pil("cultural_relics", "新建客房楼未拆除，且已对外营业")], PIL),
    Doc("hc29_forestry.txt", "forestry",
        "毁林开垦1.35亩商品林地（不足刑事标准；生态资源领域），责令恢复后逾期未恢复且扩大",
        [pil("ecology_resources", "逾期未恢复植被，毁林面积有继续扩大迹象")], PIL),
    Doc("hc30_culture_tourism.txt", "culture_tourism",
        "网吧多次接纳未成年人（未成年人保护领域），停业整顿后仍接纳、至今未改正；罚1.5万在上网服务场所条例"
        "第31条内",
        [pil("minors", "仍在夜间通过后门接纳未成年学生上网，至今未改正")], PIL),
]

IRREGULAR = [
    # ── enforcement irregularities ──
    out_of_range("hc31_product_quality.txt", "product_quality",
                 "生产不符合安全标准的插座，产品质量法第49条罚货值等值以上三倍以下（20,800-62,400元）；罚货值四倍83,200元"
                 "超出上限",
                 "计人民币捌万叁仟贰佰元"),
    out_of_range("hc32_environment.txt", "environment",
                 "超标排放大气污染物，大气污染防治法第99条第（二）项罚10万-100万；罚5万低于下限且未写明减轻情节",
                 "责令改正，罚款人民币伍万元"),
    no_hearing("hc33_tax.txt", "tax",
               "税务机关对单位罚款15,500元≥1万元（hearing.yaml税务单位一万元），只告知陈述、申辩未告知听证；少缴税款"
               "3.1万元<10万元不涉刑",
               "决定处少缴税款0.5倍罚款人民币壹万伍仟伍佰元"),
    no_hearing("hc34_work_safety.txt", "work_safety",
               "应急管理部门对单位罚款6万元≥3万元（hearing.yaml应急管理单位三万元），只告知陈述、申辩未告知听证；"
               "罚款在安全生产法第97条十万元以下内",
               "决定给予罚款人民币陆万元的行政处罚"),
    Doc("hc35_city_management.txt", "construction",
        "大气污染防治法（2018修正）共129条，所引第一百三十二条不存在（工地扬尘应为第115条）",
        [irregular("nonexistent_article", "《中华人民共和国大气污染防治法》第一百三十二条")],
        {"scenario": "irregularity", "irregularities": ["nonexistent_article"]}),
    Doc("hc36_health.txt", "health",
        "2023年3月6日立案、12月18日决定，历时287日，超过行政处罚法第60条九十日期限，未载延期批准",
        [irregular("time_limit", "本委于2023年3月6日对当事人涉嫌使用非卫生技术人员从事医疗卫生技术工作一案立案调查")],
        {"scenario": "irregularity", "irregularities": ["time_limit"]}),
]

NEAR = {"near_miss": True}
NEGATIVE = [
    # ── negatives (near misses marked) ──
    Doc("hc37_forestry.txt", "forestry",
        "超许可滥伐立木蓄积18.6立方米<20立方米（法释〔2023〕8号第五条）；出材量11.2不是口径；罚3倍在森林法第76条内",
        flags={"scenario": "under", **NEAR}),
    Doc("hc38_public_security.txt", "public_security",
        "购买一般个人信息（姓名电话房号）4,300条<5,000条（法释〔2017〕10号第五条第一款第（五）项），未再出售",
        flags={"scenario": "under", **NEAR}),
    Doc("hc39_tax.txt", "tax",
        "偷税15.2万元≥10万元且18.3%，但首次、已补缴税款滞纳金并受行政处罚，刑法第201条第四款不予追究",
        flags={"scenario": "tax_paid", **NEAR}),
    Doc("hc40_fishery.txt", "fishery",
        "长江禁捕区使用禁用网具捕捞已于2024年4月10日移送公安并立案，本决定只处罚船舶证书问题",
        flags={"scenario": "transferred", "transferred": True, **NEAR}),
    Doc("hc41_environment.txt", "environment",
        "危险废物3.4吨超3吨但只是不规范贮存、未排放倾倒处置，移送后公安书面决定不予立案；罚15万在固废法第112条内",
        flags={"scenario": "police_declined", "police_declined": True, **NEAR}),
    Doc("hc42_food_safety.txt", "food_safety",
        "火锅底料罂粟壳类成分均未检出，只处罚使用过期菜籽油；罚5万在食品安全法第124条内",
        flags={"scenario": "not_detected", **NEAR}),
    Doc("hc43_environment.txt", "environment",
        "倾倒一般工业固废900吨（非危废不涉刑），已全部清运并经复核恢复原状，无持续损害",
        flags={"scenario": "pil_remedied", "continuing_harm": False, **NEAR}),
    Doc("hc44_intellectual_property.txt", "intellectual_property",
        "销售金额21,060元<5万元，库存标价货值62,380元超5万但未销售货值线为15万元（法释〔2011〕3号第八条）且"
        "应按实际售价或进货价29,400元；罚15万在商标法第60条内（经营额不足5万可罚25万以下）",
        flags={"scenario": "wrong_measure", **NEAR}),
    Doc("hc45_wildlife.txt", "wildlife",
        "禁猎期猎捕三有动物32只，价值9,600元<1万元（法释〔2022〕12号第七条）；罚1倍在野保法第49条内",
        flags={"scenario": "under", **NEAR}),
    Doc("hc46_land.txt", "land",
        "占用耕地0.28公顷=4.2亩<5亩（坑塘0.13公顷为其他农用地，线20亩）；罚每平方米100元在实施条例第57条内",
        flags={"scenario": "under", **NEAR}),
    Doc("hc47_product_quality.txt", "product_quality",
        "以不合格钢管冒充合格销售，销售金额47,900元<5万元（立案追诉标准（一）第十六条）；罚80%在产品质量法第50条"
        "50%-3倍内",
        flags={"scenario": "under", **NEAR}),
    Doc("hc48_labor.txt", "other",
        "拖欠22人工资38.6万元，但在责令期限内全额支付，不符合刑法第276条之一经责令仍不支付的要件",
        flags={"scenario": "remedied", **NEAR}),
    Doc("hc49_city_management.txt", "construction",
        "简易程序占道经营罚款50元，无刑事、公益、程序问题",
        flags={"scenario": "ordinary"}),
    Doc("hc50_health.txt", "health",
        "公共场所从业人员无健康证，警告并罚1,500元，在实施细则第38条范围内，无刑事或公益线索",
        flags={"scenario": "ordinary"}),
]

GROUPS = [
    # ── 化整为零: one villager's over-cutting on two plots, cut into two decisions the same day ──
    Doc("hc51_forestry.txt", "forestry",
        "同一人（同一身份证号）两地块滥伐同日拆成两案；累计立木蓄积12.4+9.8=22.2立方米≥20立方米（法释〔2023〕8号"
        "第五条，刑法第345条第二款）；各案罚3倍在森林法第76条内",
        [split("forest-345-2-overcutting/1", "立木蓄积12.4立方米", 22.2, SPLIT)],
        {"scenario": "split", "split_group": SPLIT}),
    Doc("hc52_forestry.txt", "forestry",
        "同一人（同一身份证号）两地块滥伐同日拆成两案；累计立木蓄积12.4+9.8=22.2立方米≥20立方米（法释〔2023〕8号"
        "第五条，刑法第345条第二款）；各案罚3倍在森林法第76条内",
        [split("forest-345-2-overcutting/1", "被采伐林木立木蓄积9.8立方米", 22.2, SPLIT)],
        {"scenario": "split", "split_group": SPLIT}),
    # ── repeat offender: the same credit code punished again seventeen months later ──
    Doc("hc53_environment.txt", "environment",
        "尾矿水外溢未入水体，罚10万在水污染防治法第83条内；重复违法组的第一次",
        flags={"scenario": "repeat_first", "repeat_group": REPEAT}),
    Doc("hc54_environment.txt", "environment",
        "同一信用代码2023年5月受罚后2024年10月再次超标排放，两年内再犯；罚30万在水污染防治法第83条内",
        [repeat("阿克陶县昆仑矿业开发有限公司", REPEAT)],
        {"scenario": "repeat", "repeat_group": REPEAT}),
]

DOCS = sorted(CRIMINAL + PUBLIC_INTEREST + IRREGULAR + NEGATIVE + GROUPS, key=lambda doc: doc.file)


labeled = lead_gold.labeler(HERE, CREATED, VERSION)

if __name__ == "__main__":
    lead_gold.main(HERE, DOCS, CREATED, VERSION)
