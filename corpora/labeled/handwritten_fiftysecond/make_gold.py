"""Lead labels for the fifty-second hand-written set in this folder (run to rewrite ``gold.jsonl``).

A new UNSEEN held-out test of the lead screening, written on 2026-11-22 without reading any decision
of the earlier hand-written sets nor the screening code. Every decision ``keNN_<domain>.txt`` was
written by hand in the manner of published 行政处罚决定书 of city, county and banner agencies in
黑龙江, 吉林, 辽宁, 河北, 山西 and 内蒙古 (forestry and grassland bureaus, natural resources, ecology and
environment, emergency management, market supervision, 税务稽查局, 海关 at 满洲里 and 二连浩特, 人社
labour inspection). All names, numbers, codes and addresses are invented; credit codes carry valid
GB 32100-2015 check digits, identity numbers valid GB 11643 check digits. Labels come from the law
only: criminal thresholds from corpora/knowledge/thresholds.yaml, hearing figures from
corpora/knowledge/hearing.yaml, fine ranges and article existence from the statute text in force on
the decision date. Each row's ``meta.reason`` gives the one-line legal reason.

Run from the repository root: ``.venv/bin/python corpora/labeled/handwritten_fiftysecond/make_gold.py``.
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
CREATED = "2026-11-22T21:30:00+00:00"
VERSION = "handwritten-fiftysecond/1"

SPLIT, REPEAT = "split-ke-wengniute-sand", "repeat-ke-yingkou-dust"
OVER = {"scenario": "over"}
QUAL = {"scenario": "qualitative"}
NEAR = {"scenario": "under", "near_miss": True}

CRIMINAL = [
    # ── criminal-transfer leads (each also 以罚代刑: only fined, no transfer recorded) ──
    Doc("ke01_forestry.txt", "forestry",
        "无证采伐集体林木（盗伐），红松3.2+落叶松2.6=5.8立方米立木蓄积≥5立方米（法释〔2023〕8号第四条，"
        "刑法第345条第一款）；罚5倍在森林法第76条第一款5-10倍内；只罚款未移送",
        [threshold("forest-345-1-theft/1", "折合立木蓄积3.2立方米", 5.8),
         fined_only("并处盗伐林木价值五倍的罚款，计人民币贰万壹仟柒佰伍拾元整")], OVER),
    Doc("ke02_forestry.txt", "forestry",
        "超许可证地点、数量采伐（滥伐），表内11.7+3.9+7.8=23.4立方米立木蓄积≥20立方米（法释〔2023〕8号第五条，"
        "刑法第345条第二款）；核准的9.0立方米和销售收入不是口径；罚3倍在森林法第76条第二款内；只罚款未移送",
        [threshold("forest-345-2-overcutting/1", "超许可证采伐情况如下", 23.4),
         fined_only("处滥伐林木价值三倍的罚款人民币伍万肆仟玖佰元")], OVER),
    Doc("ke03_land.txt", "land",
        "非法占用永久基本农田（地类在另一段）0.38公顷=5.7亩≥5亩，耕作层全部破坏（法释〔2000〕14号第三条，"
        "刑法第342条）；每平方米100元在土地管理法实施条例第57条100-1000元内，已告知听证；只罚款未移送",
        [threshold("land-342-cultivated/1", "当事人占用土地面积共0.38公顷", 5.7),
         fined_only("计罚款叁拾捌万元整")], OVER),
    Doc("ke04_grassland.txt", "forestry",
        "翻耕天然草原改种玉米，东1.35+西0.85=2.2公顷=33亩≥20亩，植被全部毁坏（法释〔2012〕15号第二条，"
        "刑法第342条）；罚4.5万在草原法第66条无违法所得五万元以下内；只罚款未移送",
        [threshold("land-342-grassland/1", "东片1.35公顷，西片0.85公顷", 33.0),
         fined_only("并处罚款人民币肆万伍仟元整")], OVER),
    Doc("ke05_mining.txt", "mining",
        "无证采河砂，鉴定12,600吨×9.5元=119,700元≥10万元（法释〔2016〕25号第三条第一款第（一）项，刑法第343条）；"
        "违法所得4.2万、销售收入约十万不是口径；罚50%在实施细则第42条内；只罚款未移送",
        [threshold("mining-343-1-illegal/1", "按平均松散系数折算砂石12,600吨", 119700.0),
         fined_only("处违法所得百分之五十的罚款，计人民币21,000元")], OVER),
    Doc("ke06_mining.txt", "mining",
        "无证采煤，块煤120吨×520元+末煤180吨×300元=116,400元≥10万元（法释〔2016〕25号第三条，刑法第343条）；"
        "违法所得7.3万不是口径、罚没合计10.22万是错误口径；罚40%在实施细则第42条内；只罚款未移送",
        [threshold("mining-343-1-illegal/1", "块煤　　120吨，按当期坑口价每吨520元", 116400.0),
         fined_only("处违法所得百分之四十的罚款，计人民币29,200元")], OVER),
    Doc("ke07_environment.txt", "environment",
        "废机油（HW08，在另一段）18桶×180公斤=3.24吨提供给无证个人作燃料烧掉≥3吨（法释〔2023〕7号第一条"
        "第（二）项、第七条共犯，刑法第338条）；罚60万为固废法第112条第二款按20万计3倍，在3-5倍内；只罚款未移送",
        [threshold("env-338-pollution/1", "期间共计交出18桶，每桶净重约180公斤", 3.24),
         fined_only("罚款人民币陆拾万元整")], OVER),
    Doc("ke08_environment.txt", "environment",
        "暗管外排电镀废水，总镉（物质在前一句）超标4.2倍≥3倍（法释〔2023〕7号第一条第（四）项，刑法第338条）；"
        "罚58万在水污染防治法第83条10万-100万内，已听证；只罚款未移送",
        [threshold("env-338-pollution/2", "本次检测结果超标4.2倍", 4.2),
         fined_only("并处罚款人民币伍拾捌万元")], OVER),
    Doc("ke09_customs.txt", "customs",
        "个人低报价格走私葵花籽，6车次偷逃税款合计120,660元≥10万元（法释〔2014〕10号第十六条，刑法第153条）；"
        "罚19万在海关行政处罚实施条例第9条三倍以下内；只罚款追缴未移送",
        [threshold("customs-153-ordinary-goods/1", "经我关计核，各车次偷逃税款如下", 120660.0),
         fined_only("科处罚款人民币壹拾玖万元整")], OVER),
    Doc("ke10_customs.txt", "customs",
        "单位伪报品名低报价格走私羊绒，偷逃税款26.83万元≥20万元（法释〔2014〕10号第二十四条，刑法第153条）；"
        "申报货值312.6万是错误口径；罚40万在三倍以下内；只罚款未移送",
        [threshold("customs-153-ordinary-goods/2", "偷逃税款共计人民币贰拾陆万捌仟叁佰元", 268300.0),
         fined_only("科处罚款人民币肆拾万元整")], OVER),
    Doc("ke11_tax.txt", "tax",
        "个人卡收款隐匿收入，少缴86,400+71,200=157,600元≥10万元且占25.8%≥10%（法释〔2024〕4号第一条，刑法第201条）；"
        "已下追缴通知、限期内未补缴，不适用第201条第四款；罚0.6倍在征管法第63条内；只罚款未移送",
        [threshold("tax-201-evasion/1", "少缴增值税及附加税费　86,400元", 157600.0),
         fined_only("计人民币玖万肆仟伍佰陆拾元")], OVER),
    Doc("ke12_tax.txt", "tax",
        "扣缴义务人不缴已扣个人所得税，36,420+39,870+36,570=112,860元≥10万元（法释〔2024〕4号，刑法第201条"
        "第二款，不要求比例）；罚1倍在征管法第63条第二款内；至今未缴，只罚款未移送",
        [threshold("tax-201-evasion/3", "已扣员工个人所得税（元）", 112860.0),
         fined_only("计人民币壹拾壹万贰仟捌佰陆拾元")], OVER),
    Doc("ke13_food_safety.txt", "food_safety",
        "经营经认定的病死猪肉186公斤（刑法第143条，法释〔2021〕24号第一条第（二）项，足以造成严重食源性疾病）；"
        "罚11万在食品安全法第123条货值不足1万10万-15万内；只罚款未移送",
        [trigger("food-143-substandard/2", "上述猪肉系病死猪肉"), fined_only("罚款人民币壹拾壹万元整")], QUAL),
    Doc("ke14_food_safety.txt", "food_safety",
        "冷面中加入硼砂（非食用物质名单，物质名在另一句），刑法第144条行为犯无金额门槛；罚15倍在食品安全法第123条"
        "货值1万以上15-30倍内，已听证；只罚款未移送",
        [trigger("food-144-toxic/1", "该改良剂主要成分为硼砂"),
         fined_only("处货值金额十五倍罚款人民币壹拾柒万伍仟贰佰元")], QUAL),
    Doc("ke15_work_safety.txt", "work_safety",
        "煤矿瓦斯超限重大事故隐患被责令停止作业后拒不执行，仍每班组织二十余人采煤并移动传感器（刑法第134条之一"
        "第（二）项危险作业罪）；罚单位5万、矿长8万在安全生产法第102条内；只罚款未移送",
        [trigger("safety-134-1a-dangerous-operation/2", "每班组织二十余名工人进入8105工作面割煤、出煤"),
         fined_only("对该矿处罚款人民币伍万元")], QUAL),
    Doc("ke16_work_safety.txt", "work_safety",
        "未取得安全生产许可证擅自从事矿山开采（爆破），高陡边坡重大事故隐患具有现实危险（刑法第134条之一第（三）项）；"
        "罚15万在安全生产许可证条例第19条10万-50万内；只罚款未移送",
        [trigger("safety-134-1a-dangerous-operation/3", "存在随时发生坍塌、滑坡的现实危险"),
         fined_only("罚款人民币拾伍万元")], QUAL),
    Doc("ke17_labor.txt", "other",
        "拒不支付14名农民工工资，表内合计87,350元≥3万元，经限期整改指令书责令支付后逾期仍不支付且负责人失联"
        "（法释〔2013〕3号第三、四条，刑法第276条之一）；只作加付赔偿金处理未移送",
        [threshold("labor-276-1-wage-refusal/2", "拖欠在该工地务工的14名农民工工资", 87350.0),
         fined_only("计人民币肆万叁仟陆佰柒拾伍元")], OVER),
    Doc("ke18_wildlife.txt", "wildlife",
        "收购出售国家二级保护鸟类（级别在另一段），蒙古百灵36×500+红隼2×1,500=21,000元≥2万元（法释〔2022〕12号"
        "第六条，刑法第341条第一款）；罚2倍在野生动物保护法第52条2-20倍内；只罚款未移送",
        [threshold("wildlife-341-1-endangered/1", "蒙古百灵36只，红隼2只", 21000.0),
         fined_only("计人民币肆万贰仟元整")], OVER),
    Doc("ke19_mining.txt", "mining",
        "无证露天采煤，鉴定原煤价值14.62万元≥10万元（法释〔2016〕25号第三条，刑法第343条）；违法所得8.3万不是口径；"
        "罚50%在实施细则第42条内；只罚款未移送",
        [threshold("mining-343-1-illegal/1", "被盗采原煤价值人民币14.62万元", 146200.0),
         fined_only("处违法所得百分之五十罚款人民币41,500元")], OVER),
    Doc("ke20_environment.txt", "environment",
        "无证拆解废铅蓄电池（HW31，在另一段）并倾倒废酸，三批1.3+1.6+1.2=4.1吨≥3吨（法释〔2023〕7号第一条第（二）项，"
        "刑法第338条）；罚100万在固废法第114条100万-500万内，已听证；只罚款未移送",
        [threshold("env-338-pollution/1", "三批收购废铅蓄电池重量分别为1.3吨、1.6吨、1.2吨", 4.1),
         fined_only("处罚款人民币壹佰万元")], OVER),
]

PUBLIC_INTEREST = [
    # ── public-interest leads: statutory field + harm going on after the agency acted ──
    Doc("ke21_grassland.txt", "forestry",
        "占用天然草原0.7公顷=10.5亩堆砂石（<20亩，不达刑法第342条），责令恢复后两次复查仍未恢复且扩大、扬沙"
        "（生态环境和资源保护领域）；罚8倍在草原法第65条6-12倍内",
        [pil("ecology_resources", "草原植被仍未恢复")], PIL),
    Doc("ke22_wetland.txt", "forestry",
        "挖填国家重要湿地860平方米建鱼塘，责令修复后复查仍被占用、水系截断（生态环境和资源保护领域）；"
        "每平方米1000元在湿地保护法第52条1000-10000元内，已告知听证",
        [pil("ecology_resources", "挖填区至今仍处于被占用状态")], PIL),
    Doc("ke23_land.txt", "land",
        "国有建设用地使用权出让价款9,850万元中尚欠4,280万元，三次催缴未缴，未办证即开工（国有土地使用权出让领域）；"
        "每平方米100元在实施条例第57条内，已听证",
        [pil("state_land_transfer", "尚欠出让价款4,280万元")], PIL),
    Doc("ke24_forestry.txt", "forestry",
        "国有林场商品林地3.1亩被擅自改建牛舍（非公益林，<10亩不达刑法第342条；推倒林木2.4立方米未运走，<5立方米），责令恢复后复查未恢复（国有财产"
        "——国有林地林木；也可视为生态环境和资源保护）；罚2倍在森林法第73条三倍以下内",
        [pil("state_assets", "林地植被仍未恢复")], PIL),
    Doc("ke25_food_safety.txt", "food_safety",
        "小学门口销售超过保质期食品，责令下架后两次复查仍向学生销售、有学生不适（食品药品安全领域）；货值396元，"
        "罚5万在食品安全法第124条5万-10万内，已告知听证",
        [pil("food_drug_safety", "当事人店内仍在向放学学生销售同一批次超过保质期的辣条和夹心饼")], PIL),
    Doc("ke26_drugs.txt", "drugs",
        "药店销售超过有效期的儿童药品（劣药），责令清理后复查仍在销售（食品药品安全领域）；未见严重危害不达刑法"
        "第142条；罚10万为药品管理法第117条零售不足1万按1万计10-20倍内",
        [pil("food_drug_safety", "发现其仍在销售超过有效期的“小儿止咳糖浆”")], PIL),
]

IRREGULAR = [
    # ── enforcement irregularities ──
    out_of_range("ke27_work_safety.txt", "work_safety",
                 "未对从业人员安全培训，安全生产法第97条首次处十万元以下（逾期未改正才10万-20万），已当场停岗培训；"
                 "罚15万超出上限",
                 "对该单位作出罚款人民币壹拾伍万元的行政处罚"),
    out_of_range("ke28_environment.txt", "environment",
                 "物料堆场未采取防尘措施，大气污染防治法第108条第（五）项2万-20万；罚1万低于下限且无减轻处罚的法定情节"
                 "（经营困难不是）",
                 "处以罚款人民币壹万元整"),
    no_hearing("ke29_food_safety.txt", "food_safety",
               "市场监管对法人罚款12万元≥10万元（hearing.yaml市场监管单位十万元，行政处罚法第63条），只告知陈述、申辩，"
               "未告知听证；10倍在食品安全法第124条货值1万以上10-20倍内；糖精钠超范围不足以认定刑法第143条",
               "处货值金额十倍的罚款，计人民币壹拾贰万元"),
    no_hearing("ke30_tax.txt", "tax",
               "税务对个体户经营者罚款3,500元≥2,000元（税务听证办法第三条），只告知陈述、申辩，未告知听证；"
               "罚款在征管法第62条情节严重2000-10000元内",
               "现决定处以罚款人民币叁仟伍佰元整"),
    Doc("ke31_forestry.txt", "forestry",
        "森林法（2019修订）共84条，引用的第九十六条不存在（滥伐罚则为第76条第二款，三倍在3-5倍内）；滥伐2.1立方米"
        "不达刑法第345条；罚5,040元<1万元无需听证",
        [irregular("nonexistent_article", "《中华人民共和国森林法》第九十六条")],
        {"scenario": "irregularity", "irregularities": ["nonexistent_article"]}),
    Doc("ke32_land.txt", "land",
        "2024年1月8日立案、2024年7月16日决定，历时190日，超过行政处罚法第60条九十日，文书未记载延期批准；"
        "占用非耕地1,200平方米，每平方米100元在实施条例第57条内，已告知听证",
        [irregular("time_limit", "我分局于2024年1月8日对当事人涉嫌未经批准占用土地建设停车场一案立案调查")],
        {"scenario": "irregularity", "irregularities": ["time_limit"]}),
]

NEGATIVE = [
    # ── negatives (near misses marked) ──
    Doc("ke33_forestry.txt", "forestry",
        "盗伐樟子松2.9+白桦1.7=4.6立方米<5立方米（法释〔2023〕8号第四条），价值3,220元<2万元，无其他盗伐，"
        "不达刑法第345条；罚5倍在森林法第76条内，已告知听证", flags=NEAR),
    Doc("ke34_tax.txt", "tax",
        "逃税16.24万元且占18.4%，但已在追缴期限内全额补缴税款、滞纳金并缴清罚款，五年内无前科，依刑法第201条"
        "第四款不予追究；罚50%在征管法第63条内，已告知听证",
        flags={"scenario": "tax_paid", "near_miss": True}),
    Doc("ke35_mining.txt", "mining",
        "无证采煤价值15.3万元≥10万元，但已移送公安并立案侦查，罚款待刑事程序终结，不是隐匿的移送线索",
        flags={"scenario": "transferred", "near_miss": True, "transferred": True}),
    Doc("ke36_forestry.txt", "forestry",
        "超许可证滥伐22.6立方米≥20立方米，已移送公安，公安以无犯罪故意不予立案并退回；罚3倍在森林法第76条第二款内，"
        "已告知听证",
        flags={"scenario": "police_declined", "near_miss": True, "police_declined": True}),
    Doc("ke37_food_safety.txt", "food_safety",
        "举报销售病死猪肉，但检疫票证齐全、非洲猪瘟核酸阴性、品质检验合格，不是病死肉；未建立进货查验记录罚5千"
        "在食品安全法第126条5千-5万内",
        flags={"scenario": "not_detected", "near_miss": True}),
    Doc("ke38_labor.txt", "other",
        "拖欠12人工资5.6万元，但在责令支付期限内足额支付，不是刑法第276条之一的经责令仍不支付；未建职工名册逾期"
        "未改正罚3千在劳动合同法实施条例第33条2千-2万内",
        flags={"scenario": "remedied", "near_miss": True}),
    Doc("ke39_environment.txt", "environment",
        "废油15桶×180公斤=2.7吨<3吨交无证个人，出库记录与工单核对无其他转出（法释〔2023〕7号第一条第（二）项）；"
        "罚60万为固废法第112条第二款按20万计3倍，已听证", flags=NEAR),
    Doc("ke40_customs.txt", "customs",
        "个人走私4车次偷逃税款2.3+2.1+1.9+2.3=8.6万元<10万元，此前无走私处罚（法释〔2014〕10号第十六条）；"
        "货值46.2万、罚款17万是错误口径；罚款在三倍以下内，已告知听证", flags=NEAR),
    Doc("ke41_grassland.txt", "forestry",
        "开垦天然草原1.2公顷=18亩<20亩，无三年内非法占用草原处罚（法释〔2012〕15号第二条），不达刑法第342条；"
        "罚2万在草原法第66条五万元以下内", flags=NEAR),
    Doc("ke42_land.txt", "land",
        "占用永久基本农田以外的耕地（黑土地）0.6公顷=9亩<10亩（法释〔2000〕14号第三条第（二）项），不达刑法"
        "第342条；每平方米100元在实施条例第57条内，已听证", flags=NEAR),
    Doc("ke43_wetland.txt", "environment",
        "加工废水排入芦苇湿地（常规污染物，非重金属），当日停排、清淤补植，两次复查达标并经评估基本恢复，无持续损害；"
        "罚16万在水污染防治法第83条10万-100万内，已告知听证",
        flags={"scenario": "pil_remedied", "near_miss": True, "continuing_harm": False}),
    Doc("ke44_wildlife.txt", "wildlife",
        "收购国家二级保护猛禽，纵纹腹小鸮12×1,200+大鵟4,200=18,600元<2万元（法释〔2022〕12号第六条）；"
        "罚款37,200元是错误口径；罚2倍在野生动物保护法第52条内，已告知听证", flags=NEAR),
    Doc("ke45_mining.txt", "mining",
        "无证采砂，鉴定矿产品价值9.6万元<10万元（法释〔2016〕25号第三条），未造成其他破坏；罚没合计11.7万是错误口径；"
        "罚50%在实施细则第42条内，已告知听证", flags=NEAR),
    Doc("ke46_market.txt", "market",
        "不予行政处罚决定书：标签瑕疵不影响食品安全，初次违法危害轻微并已改正（行政处罚法第33条第一款）",
        flags={"scenario": "no_penalty"}),
    Doc("ke52_public_security.txt", "public_security",
        "公安处罚出售一般个人信息（姓名电话住址，性质在另一句）4,860条<5000条、违法所得3,400元<5000元，非履职或"
        "服务中获得（不适用减半），无前科（法释〔2017〕10号第五条）；罚2万在个人信息保护法第66条第一款内，已告知听证",
        flags=NEAR),
]

GROUPS = [
    # ── 化整为零: one man's sand pits on three rivers, three decisions on the same day ──
    *[Doc(name, "mining",
          "同一当事人（同一身份证号）无证在三处采砂，同日拆成三案；鉴定矿产品价值38,000+34,500+31,200=103,700元"
          "≥10万元（法释〔2016〕25号第三条，刑法第343条），每案不足；每案罚50%在实施细则第42条内",
          [split("mining-343-1-illegal/1", quote, 103700.0, SPLIT)],
          {"scenario": "split", "split_group": SPLIT})
      for name, quote in (("ke49_mining.txt", "所采矿产品价值人民币38,000元"),
                          ("ke50_mining.txt", "所采矿产品价值人民币34,500元"),
                          ("ke51_mining.txt", "所采矿产品价值人民币31,200元"))],
    # ── repeat offender: the same credit code punished again eleven months later ──
    Doc("ke47_environment.txt", "environment",
        "废钢堆场扬尘未采取防治措施，首次处罚，罚4万在大气污染防治法第108条2万-20万内（<10万无需听证）",
        flags={"scenario": "repeat_first", "repeat_group": REPEAT}),
    Doc("ke48_environment.txt", "environment",
        "同一统一社会信用代码的单位2023年9月14日处罚后约十一个月再犯同类违法，二年内再犯；罚15万在第108条内，"
        "已告知听证",
        [repeat("营口鲅鱼圈区鸿运再生资源有限公司", REPEAT)],
        {"scenario": "repeat", "repeat_group": REPEAT}),
]

DOCS = sorted(CRIMINAL + PUBLIC_INTEREST + IRREGULAR + NEGATIVE + GROUPS, key=lambda doc: doc.file)


labeled = lead_gold.labeler(HERE, CREATED, VERSION)

if __name__ == "__main__":
    lead_gold.main(HERE, DOCS, CREATED, VERSION)
