"""Lead labels for the thirty-first hand-written set in this folder (run to rewrite ``gold.jsonl``).

A new UNSEEN held-out test of the lead screening, written on 2026-11-22 without reading any decision
of the earlier hand-written sets nor the screening code. Every decision ``jjNN_<domain>.txt`` was
written by hand in the manner of published 行政处罚决定书 of city and county agencies in 陕西, 甘肃,
宁夏, 青海, 新疆 and 山西 (all names, numbers, codes and addresses invented; credit codes carry valid
GB 32100-2015 check digits, identity numbers valid GB 11643 check digits). The weight is on mining
(煤, 砂石 by tonnes × price, 越界开采), land (永久基本农田, 草原 in 亩 and 公顷 tables), forestry and
grassland, 应急管理 (煤矿 and 非煤矿山), environment, 人社, 卫健 and 文物, with 税务, 海关 forms.
Labels come from the law only: criminal thresholds from corpora/knowledge/thresholds.yaml, hearing
figures from corpora/knowledge/hearing.yaml, fine ranges and article existence from the statute text
in force on the decision date. Each row's ``meta.reason`` gives the one-line legal reason.
Conventions are those of ``handwritten_fifth/make_gold.py``.

Run from the repository root: ``.venv/bin/python corpora/labeled/handwritten_thirtyfirst/make_gold.py``.
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
CREATED = "2026-11-22T17:00:00+00:00"
VERSION = "handwritten-thirtyfirst/1"

SPLIT, REPEAT = "split-jj-yuncheng-sand", "repeat-jj-shizuishan-coal-dust"
OVER = {"scenario": "over"}
QUAL = {"scenario": "qualitative"}

CRIMINAL = [
    # ── criminal-transfer leads (each also 以罚代刑: only fined, no transfer recorded) ──
    Doc("jj01_mining.txt", "mining",
        "无证露天采煤，块煤186吨×560元+末煤240吨×330元=183,360元≥10万元（mining-343-1-illegal/1，法释〔2016〕25号"
        "第二、三条，刑法第343条）；获利38,200元不是计量口径；罚40%在实施细则第42条第（一）项50%以下内；只罚款未移送",
        [threshold("mining-343-1-illegal/1", "块煤      186           560", 183360.0),
         fined_only("并处违法所得百分之四十的罚款，计人民币壹万伍仟贰佰捌拾元")], OVER),
    Doc("jj02_mining.txt", "mining",
        "超越批准矿区范围（越界即未取得采矿许可证）采砂石9,860吨×13.5元=133,110元≥10万元（mining-343-1-illegal/1，"
        "法释〔2016〕25号第二条第（三）项）；公司及实际控制人两方；罚39,000元在违法所得30%（39,933元）以下内；只罚款未移送",
        [threshold("mining-343-1-illegal/1", "越界采坑动用砂石资源量为9,860吨", 133110.0),
         fined_only("对该公司处以罚款人民币叁万玖仟元")], OVER),
    Doc("jj03_land.txt", "land",
        "非法占用永久基本农田（地类在另一段）0.28公顷+2.1亩=6.3亩≥5亩，耕作层严重破坏（land-342-cultivated/1，"
        "法释〔2000〕14号第三条，刑法第342条）；每平方米100元在实施条例第57条内，已告知听证；只罚款未移送",
        [threshold("land-342-cultivated/1", "东地块  0.28公顷      碎石硬化", 6.3),
         fined_only("共计人民币肆拾贰万元整")], OVER),
    Doc("jj04_forestry.txt", "forestry",
        "开垦天然草原三块0.60+0.55+0.38=1.53公顷=22.95亩≥20亩，植被全部破坏（land-342-grassland/1，法释〔2012〕15号"
        "第二条，刑法第342条）；无违法所得罚2万在草原法第66条五万元以下内，已告知听证；只罚款未移送",
        [threshold("land-342-grassland/1", "翻耕地块共三块", 22.95), fined_only("罚款人民币贰万元")], OVER),
    Doc("jj05_forestry.txt", "forestry",
        "超许可证地点数量采伐，滥伐立木蓄积青杨14.6+白桦7.9=22.5立方米≥20立方米（forest-345-2-overcutting/1，"
        "法释〔2023〕8号第六条，刑法第345条第二款）；卖得9,800元、价值21,375元均非计量口径；罚3倍在森林法第76条第二款"
        "3-5倍内；只罚款未移送",
        [threshold("forest-345-2-overcutting/1", "立木蓄积 14.6 立方米", 22.5),
         fined_only("计人民币陆万肆仟壹佰贰拾伍元")], OVER),
    Doc("jj06_forestry.txt", "forestry",
        "擅自改变林地用途采石，毁坏省级公益林地（类别在另一段）0.49公顷=7.35亩≥5亩（land-342-forest/1，"
        "法释〔2023〕8号第一条，刑法第342条）；罚恢复费用2倍在森林法第73条三倍以下内，已听证；只罚款未移送",
        [threshold("land-342-forest/1", "当事人占用林地面积合计0.49公顷", 7.35),
         fined_only("计人民币壹拾柒万陆仟肆佰元整")], OVER),
    Doc("jj07_wildlife.txt", "wildlife",
        "出售国家二级保护岩羊、马鹿制品（级别在另一句），价值4副×4,600元+2副×4,800元=28,000元≥2万元"
        "（wildlife-341-1-endangered/1，法释〔2022〕12号第六条，刑法第341条第一款）；收购价6,500元、售价2,800元不是口径；"
        "罚2倍在野生动物保护法第52条第一款2-20倍内；只罚款未移送",
        [threshold("wildlife-341-1-endangered/1", "岩羊头骨每副4,600元，马鹿角每副4,800元", 28000.0),
         fined_only("计人民币伍万陆仟元")], OVER),
    Doc("jj08_environment.txt", "environment",
        "雨水口外排含六价铬废水，超标4.85倍≥3倍（env-338-pollution/2，法释〔2023〕7号第一条，刑法第338条；"
        "物质在表格行首）；罚45万在水污染防治法第83条10万-100万内；只罚款未移送",
        [threshold("env-338-pollution/2", "六价铬         0.2               1.17             4.85", 4.85),
         fined_only("罚款人民币肆拾伍万元整")], OVER),
    Doc("jj09_environment.txt", "environment",
        "废机油（HW08）2.3吨+废铅蓄电池（HW31）1.46吨=3.76吨危险废物交无证个人≥3吨（env-338-pollution/1，"
        "法释〔2023〕7号第一条，刑法第338条）；罚60万为固废法第112条第二款按20万计3倍；已听证；只罚款未移送",
        [threshold("env-338-pollution/1", "废机油2.3吨，废旧铅酸蓄电池1.46吨", 3.76),
         fined_only("即人民币陆拾万元")], OVER),
    Doc("jj10_environment.txt", "environment",
        "重点排污单位篡改CEMS二氧化硫量程并截断上传数据（env-338-pollution/10，法释〔2023〕7号第一条，"
        "刑法第338条，行为犯）；罚30万在大气污染防治法第99条10万-100万内；只罚款未移送",
        [trigger("env-338-pollution/10", "二氧化硫分析仪的量程上限于2024年9月20日由500mg/m³被人为改为150mg/m³"),
         fined_only("处罚款人民币叁拾万元")], QUAL),
    Doc("jj11_work_safety.txt", "work_safety",
        "煤矿重大事故隐患被责令停止作业后拒不执行，三日每班18-23人继续割煤，CO升至61ppm（safety-134-1a-dangerous-"
        "operation/2，刑法第134条之一第（二）项，法释〔2022〕19号）；单位5万、矿长6万在安全生产法第102条内，已告知听证；只罚款未移送",
        [trigger("safety-134-1a-dangerous-operation/2", "由生产副矿长安排综采一队每班18至23人进入12205工作面继续割煤"),
         fined_only("对该矿处罚款人民币伍万元")], QUAL),
    Doc("jj12_work_safety.txt", "work_safety",
        "地下矿山关闭有毒有害气体监测报警系统并拔除监控电源仍组织爆破下井，已致2人中毒（safety-134-1a-dangerous-"
        "operation/1，刑法第134条之一第（一）项）；罚5万在安全生产法第99条五万元以下内；只罚款未移送",
        [trigger("safety-134-1a-dangerous-operation/1", "有毒有害气体监测报警系统主机自2024年6月26日起被断电"),
         fined_only("对该公司处罚款人民币伍万元")], QUAL),
    Doc("jj13_work_safety.txt", "work_safety",
        "采石场违规高陡边坡开采致坍塌，死亡1人≥1人（safety-134-1-major-liability/1，法释〔2015〕22号第六条，"
        "刑法第134条第一款；直接经济损失158万亦≥100万）；罚35万在安全生产法第114条一般事故30万-100万内；未移送",
        [threshold("safety-134-1-major-liability/1", "当场死亡", 1.0),
         fined_only("对当事人处罚款人民币叁拾伍万元整")], OVER),
    Doc("jj14_other.txt", "other",
        "拖欠12名工人工资5×3×5,200+4×2×4,800+3×3×3,600=148,800元≥3万元，限期整改指令后逾期不付、负责人失联"
        "（labor-276-1-wage-refusal/2，法释〔2013〕3号第三、四条，刑法第276条之一）；只加付50%赔偿金未移送",
        [threshold("labor-276-1-wage-refusal/2", "钢筋工     5       3          5,200", 148800.0),
         fined_only("计人民币柒万肆仟肆佰元")], OVER),
    Doc("jj15_health.txt", "health",
        "非医师行医，2021、2023年两次被卫生行政部门处罚后再次行医（health-336-illegal-medical-practice/1，"
        "法释〔2016〕27号第二条第（五）项，刑法第336条）；罚5万在医师法第59条按1万计2-10倍内；只罚款未移送",
        [threshold("health-336-illegal-medical-practice/1", "又因在屯里镇集市旁出租屋内非医师行医被本局处罚", 2.0),
         fined_only("计人民币伍万元")], OVER),
    Doc("jj16_culture_tourism.txt", "culture_tourism",
        "以寻宝为目的夜间用洛阳铲挖穿东汉砖室墓墓室（relics-326-328-trafficking-tomb-robbing/3，刑法第328条盗掘"
        "古墓葬，法释〔2015〕23号第八条，行为犯）；罚5万在文物保护法（2017）第66条5万-50万内；只罚款未移送",
        [trigger("relics-326-328-trafficking-tomb-robbing/3", "已挖穿墓室顶部砖券"),
         fined_only("处罚款人民币伍万元")], QUAL),
    Doc("jj17_tax.txt", "tax",
        "账外收入不申报，少缴增值税408,791.50+城建税28,615.41+企业所得税106,420=543,826.91元≥10万且占23.5%≥10%"
        "（tax-201-evasion/1，法释〔2024〕4号第一至四条，刑法第201条）；未补缴税款滞纳金不适用第四款；罚50%在征管法第63条"
        "内；只罚款未移送",
        [threshold("tax-201-evasion/1", "少缴增值税408,791.50元", 543826.91),
         fined_only("计人民币贰拾柒万壹仟玖佰壹拾叁元肆角陆分")], OVER),
    Doc("jj18_customs.txt", "customs",
        "单位低报价格走私，偷逃关税96,420.17+增值税148,315.62=244,735.79元≥20万元（customs-153-ordinary-goods/2，"
        "法释〔2014〕10号第二十四条，刑法第153条）；罚24万在海关行政处罚实施条例第9条三倍以下内；只罚款未移送",
        [threshold("customs-153-ordinary-goods/2", "共偷逃应缴税款人民币贰拾肆万肆仟柒佰叁拾伍元柒角玖分", 244735.79),
         fined_only("科处罚款人民币贰拾肆万元整")], OVER),
    Doc("jj19_mining.txt", "mining",
        "越界开采原煤8,420吨×485元+5,130吨×402元=6,145,960元≥10万元（mining-343-1-illegal/1，法释〔2016〕25号"
        "第二条第（三）项）；违法所得108.6万是另一口径；罚20%在实施细则第42条第（四）项30%以下内；只罚款未移送",
        [threshold("mining-343-1-illegal/1", "越界采出原煤8,420吨，当期平均售价每吨485元", 6145960.0),
         fined_only("计人民币217,200元")], OVER),
    Doc("jj20_forestry.txt", "forestry",
        "采挖野生红豆杉3株，国家一级保护（级别在另一段）≥1株（forest-344-protected-plants/1，法释〔2023〕8号第二条，"
        "刑法第344条）；只没收未移送（无违法所得不并处罚款，野生植物保护条例第23条）",
        [threshold("forest-344-protected-plants/1", "用镢头连根挖取3株", 3.0),
         fined_only("没收所采集的红豆杉3株")], OVER),
    Doc("jj21_forestry.txt", "forestry",
        "无证夜间盗伐集体防护林，立木蓄积6.83立方米≥5立方米（forest-345-1-theft/1，法释〔2023〕8号第三条，"
        "刑法第345条第一款）；出材4.12、卖出2.4立方米不是口径；罚5倍在森林法第76条第一款5-10倍内；只罚款未移送",
        [threshold("forest-345-1-theft/1", "被伐林木立木蓄积为6.83立方米", 6.83),
         fined_only("罚款计人民币叁万零柒佰叁拾伍元")], OVER),
]

PUBLIC_INTEREST = [
    # ── public-interest leads: statutory field + harm going on after the agency acted ──
    Doc("jj22_forestry.txt", "forestry",
        "非法使用天然草原9.6亩（<20亩，无前科，不达刑法第342条），逾期未恢复植被、仍取料（生态环境和资源保护领域）",
        [pil("ecology_resources", "约0.5公顷场地仍堆放砂石料及建筑垃圾，未进行任何植被恢复")],
        {"scenario": "pil", "continuing_harm": True}),
    Doc("jj23_mining.txt", "mining",
        "无证采砂石价值3.6万元（<10万元，非河道），采坑逾期未回填、荒漠植被未恢复且危及牲畜（生态环境和资源保护领域）",
        [pil("ecology_resources", "采坑仍未回填")], {"scenario": "pil", "continuing_harm": True}),
    Doc("jj24_culture_tourism.txt", "culture_tourism",
        "省级文保单位保护范围内违建，责令拆除后两次复查仍未拆除并投入使用（文物和文化遗产保护领域）；文物本体未损，"
        "不涉刑法第324条；罚10万在文物保护法（2017）第66条内，已告知听证",
        [pil("cultural_relics", "当事人不但未拆除，还完成了封顶和外墙装修")],
        {"scenario": "pil", "continuing_harm": True}),
    Doc("jj25_work_safety.txt", "work_safety",
        "尾矿库（下游146户）排洪井、干滩一般隐患逾期未整改且继续排尾，汛期风险上升（安全生产领域）；非重大隐患停产令，"
        "不涉刑法第134条之一；罚4.5万在安全生产法第102条五万元以下内，已告知听证",
        [pil("work_safety", "上述问题均未整改，该公司仍在向库内排放尾矿")],
        {"scenario": "pil", "continuing_harm": True}),
    Doc("jj26_environment.txt", "environment",
        "淀粉废水化学需氧量超标2.12倍、氨氮1.77倍（非重金属），责令改正后两次复查仍超标排放、下游发黑发臭（生态环境"
        "和资源保护领域）；罚25万在水污染防治法第83条内，已告知听证",
        [pil("ecology_resources", "你公司仍在生产、仍在排水")], {"scenario": "pil", "continuing_harm": True}),
    Doc("jj27_environment.txt", "environment",
        "煤矸石露天堆存自燃，逾期未灭火覆盖且继续倾倒、村民受烟气影响（生态环境和资源保护领域）；罚20万在固废法"
        "第102条第一款第（十）项10万-100万内，已告知听证",
        [pil("ecology_resources", "矸石堆自燃范围扩大")], {"scenario": "pil", "continuing_harm": True}),
]

IRREGULAR = [
    # ── enforcement irregularities ──
    out_of_range("jj28_environment.txt", "environment",
                 "VOCs无组织排放，大气污染防治法第108条罚2万-20万；罚25万超出上限",
                 "处罚款人民币贰拾伍万元整"),
    out_of_range("jj29_forestry.txt", "forestry",
                 "滥伐4.3立方米（<20，非犯罪），森林法第76条第二款罚滥伐林木价值3-5倍即25,800-43,000元；罚6万为6.98倍，"
                 "超出上限",
                 "处罚款人民币陆万元整"),
    no_hearing("jj30_work_safety.txt", "work_safety",
               "应急管理部门对单位罚款5万元≥3万元（hearing.yaml work_safety，安全生产违法行为行政处罚办法第33条），"
               "只告知陈述、申辩未告知听证；罚款在安全生产法第99条五万元以下内",
               "对该公司处罚款人民币伍万元整"),
    no_hearing("jj31_tax.txt", "tax",
               "税务机关对公民罚款3,000元≥2,000元（hearing.yaml tax，国税发〔1996〕190号第三条），只告知陈述、申辩；"
               "罚款在征管法第62条情节严重2千-1万内",
               "对你处叁仟元罚款"),
    Doc("jj32_mining.txt", "mining",
        "矿产资源法（2009修正，决定日在2024年修订施行前）共53条，引用的第五十九条不存在（无证采矿罚则为第39条）；"
        "价值41,850元<10万元非犯罪；罚30%在实施细则第42条第（一）项内",
        [irregular("nonexistent_article", "《中华人民共和国矿产资源法》第五十九条")],
        {"scenario": "irregularity", "irregularities": ["nonexistent_article"]}),
    Doc("jj33_land.txt", "land",
        "2024年1月8日立案、2024年9月20日决定，历时256日，超过行政处罚法第60条九十日，未记载延期批准；占地2.79亩"
        "（耕地2.13亩，非永久基本农田）非犯罪；每平方米150元在实施条例第57条内，已告知听证",
        [irregular("time_limit", "本局于2024年1月8日对当事人涉嫌未经批准擅自占用土地建设汽修厂房一案立案调查")],
        {"scenario": "irregularity", "irregularities": ["time_limit"]}),
]

NEGATIVE = [
    # ── negatives (near misses marked) ──
    Doc("jj34_mining.txt", "mining",
        "无证采砂石6,200吨×15元=93,000元<10万元（mining-343-1-illegal/1），非河道非禁采区；挖掘机购置价12万是错误口径；"
        "罚30%在实施细则第42条内",
        flags={"scenario": "under", "near_miss": True}),
    Doc("jj35_land.txt", "land",
        "占用永久基本农田0.32公顷=4.8亩<5亩（land-342-cultivated/1）；冷库投资86万、罚款64万都不是计量口径；已听证",
        flags={"scenario": "under", "near_miss": True}),
    Doc("jj36_forestry.txt", "forestry",
        "开垦天然草原0.80公顷（12亩）+7.5亩=19.5亩<20亩（land-342-grassland/1），无前科；罚1.5万在草原法第66条内，已告知听证",
        flags={"scenario": "under", "near_miss": True}),
    Doc("jj37_tax.txt", "tax",
        "逃税216,141.66元且占14.2%，但首次、已补缴税款滞纳金并缴纳罚款，依刑法第201条第四款不予追究；罚50%在征管法"
        "第63条内，已告知听证",
        flags={"scenario": "tax_paid", "near_miss": True}),
    Doc("jj38_environment.txt", "environment",
        "倾倒废乳化液（HW09）4.2吨≥3吨，但已移送公安并立案侦查，不是隐匿线索；罚60万为固废法第112条第二款按20万计3倍",
        flags={"scenario": "transferred", "near_miss": True, "transferred": True}),
    Doc("jj39_mining.txt", "mining",
        "无证采煤销售约113,850元（≥10万），已移送公安，公安以数量证据不足不予立案并退回；罚50%在实施细则第42条内",
        flags={"scenario": "police_declined", "near_miss": True, "police_declined": True}),
    Doc("jj40_environment.txt", "environment",
        "举报暗管排放含镉废水，开挖核实为雨水溢流管，镉铅砷均未检出、达标；只罚危废识别标志，罚10万在固废法第112条"
        "第一款10万-100万内，已告知听证",
        flags={"scenario": "not_detected", "near_miss": True}),
    Doc("jj41_environment.txt", "environment",
        "化学需氧量超标0.59倍（非重金属），当日停产、修复完成并经两次复查达标，无持续损害；罚12万在水污染防治法第83条内",
        flags={"scenario": "pil_remedied", "near_miss": True, "continuing_harm": False}),
    Doc("jj42_other.txt", "other",
        "拖欠15人工资82,460元，但在责令限期内足额支付，不是刑法第276条之一的经责令仍不支付；超时加班按6人×300元在"
        "劳动保障监察条例第25条100-500元内",
        flags={"scenario": "remedied", "near_miss": True}),
    Doc("jj43_health.txt", "health",
        "非医师行医，此前只受过一次卫生行政处罚（<2次，health-336-illegal-medical-practice/1），未致损害；罚3万在"
        "医师法第59条按1万计2-10倍内",
        flags={"scenario": "under", "near_miss": True}),
    Doc("jj44_wildlife.txt", "wildlife",
        "岩羊角3副×6,200元=18,600元<2万元（wildlife-341-1-endangered/1）；罚款37,200元大于门槛但不是口径；罚2倍在"
        "野生动物保护法第52条第一款内",
        flags={"scenario": "under", "near_miss": True}),
    Doc("jj45_work_safety.txt", "work_safety",
        "检修事故重伤2人<3人、无死亡，直接经济损失86.4万元<100万元（safety-134-1-major-liability/2、/3）；罚32万在"
        "安全生产法第114条一般事故内，已听证",
        flags={"scenario": "under", "near_miss": True}),
    Doc("jj46_culture_tourism.txt", "culture_tourism",
        "不予行政处罚决定书：建设控制地带内招牌影响风貌，初次、轻微、当日改正（行政处罚法第33条第一款），未触及文物本体",
        flags={"scenario": "no_penalty"}),
    Doc("jj47_customs.txt", "customs",
        "个人低报价格走私，偷逃税款86,240.15元<10万元（customs-153-ordinary-goods/1），无前科；实际成交价42.3万、"
        "罚款10万均非口径；罚10万在海关行政处罚实施条例第9条三倍以下内，已告知听证",
        flags={"scenario": "under", "near_miss": True}),
]

GROUPS = [
    # ── 化整为零: one company's three sand pits cut into three decisions the same day ──
    *[Doc(name, "mining",
          "同一单位（同一信用代码）2024年4月在三处无证采砂石，同日拆成三案；累计价值38,400+41,250+36,900=116,550元"
          "≥10万元（mining-343-1-illegal/1，法释〔2016〕25号第八条多次未经处理累计计算，刑法第343条）；每案罚20%在"
          "实施细则第42条内",
          [split("mining-343-1-illegal/1", quote, 116550.0, SPLIT)],
          {"scenario": "split", "split_group": SPLIT})
      for name, quote in (("jj48_mining.txt", "销售款38,400元"),
                          ("jj49_mining.txt", "销售款41,250元"),
                          ("jj50_mining.txt", "销售款36,900元"))],
    # ── repeat offender: the same credit code punished again ten months later ──
    Doc("jj51_environment.txt", "environment",
        "露天堆放煤炭未采取防尘措施，首次处罚，罚3万在大气污染防治法第117条1万-10万内",
        flags={"scenario": "repeat_first", "repeat_group": REPEAT}),
    Doc("jj52_environment.txt", "environment",
        "同一统一社会信用代码的单位在2024年3月12日处罚后约十个月再犯同类违法，二年内再犯；罚8万在第117条内",
        [repeat("石嘴山市惠农区隆鑫煤炭洗选有限公司", REPEAT)],
        {"scenario": "repeat", "repeat_group": REPEAT}),
]

DOCS = sorted(CRIMINAL + PUBLIC_INTEREST + IRREGULAR + NEGATIVE + GROUPS, key=lambda doc: doc.file)


labeled = lead_gold.labeler(HERE, CREATED, VERSION)

if __name__ == "__main__":
    lead_gold.main(HERE, DOCS, CREATED, VERSION)
