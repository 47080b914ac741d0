"""Lead labels for the twenty-sixth hand-written set in this folder (run to rewrite ``gold.jsonl``).

A new UNSEEN held-out test of the lead screening, written on 2026-11-22 without reading any decision
of the earlier hand-written sets nor the screening code. Every decision ``jeNN_<domain>.txt`` was
written by hand in the manner of published 行政处罚决定书 of provincial, city and county agencies in
四川, 重庆, 贵州, 云南 and 西藏 (all names, numbers, codes and addresses invented; credit codes carry
valid GB 32100-2015 check digits, identity numbers valid GB 11643 check digits or masked tails). The
set puts weight on forestry (盗伐/滥伐 in 立方米, 珍贵树木 in 株, 林地 in 公顷), mining (tonnes × price,
several grades), land (永久基本农田 and 耕地 in 平方米 tables or 公顷), wildlife (穿山甲 and birds at
several unit prices), 假药/劣药, 非法行医 and 煤矿/非煤矿山 safety, with 税务, 海关, 公安 and 人社 forms.
Labels come from the law only: criminal thresholds from corpora/knowledge/thresholds.yaml (the
version in force on the date of the facts), hearing figures from corpora/knowledge/hearing.yaml,
fine ranges and article existence from the statute text in force on the decision date. Each row's
``meta.reason`` gives the one-line legal reason. Conventions are those of
``handwritten_fifth/make_gold.py``.

Run from the repository root: ``.venv/bin/python corpora/labeled/handwritten_twentysixth/make_gold.py``.
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
CREATED = "2026-11-22T16:30:00+00:00"
VERSION = "handwritten-twentysixth/1"

SPLIT, REPEAT = "split-je-muchuan-theft", "repeat-je-leshan-limestone"
OVER = {"scenario": "over"}
QUAL = {"scenario": "qualitative"}

CRIMINAL = [
    # ── criminal-transfer leads (each also 以罚代刑: only fined, no transfer recorded) ──
    Doc("je01_forestry.txt", "forestry",
        "无证砍伐集体林木出售（盗伐），三地块立木蓄积1.86+2.07+1.51=5.44立方米≥5立方米（法释〔2023〕8号第三条，"
        "刑法第345条第一款；总数须相加）；林木价值2,546元<2万不是唯一口径；罚5倍在森林法第76条第一款5-10倍内；只罚款未移送",
        [threshold("forest-345-1-theft/1", "立木蓄积（立方米）", 5.44),
         fined_only("处盗伐林木价值五倍的罚款，计人民币壹万贰仟柒佰叁拾元")], OVER),
    Doc("je02_forestry.txt", "forestry",
        "许可采伐蓄积18.6立方米、实际47.2立方米，超量滥伐28.6立方米≥20立方米（法释〔2023〕8号第六条，刑法第345条"
        "第二款；差额须计算）；罚3倍在森林法第76条第二款3-5倍内；只罚款未移送",
        [threshold("forest-345-2-overcutting/1", "实际采伐林木立木蓄积47.2立方米", 28.6),
         fined_only("处超量采伐林木价值三倍的罚款，计人民币44,616元")], OVER),
    Doc("je03_forestry.txt", "forestry",
        "修路挖毁野生云南红豆杉3株（国家一级，级别在另一段）≥1株（法释〔2023〕8号第二条，刑法第344条）；罚3倍在"
        "森林法第74条第一款五倍以下内；只罚款未移送",
        [threshold("forest-344-protected-plants/1", "涉案3株树木均为红豆杉科红豆杉属云南红豆杉", 3.0),
         fined_only("计人民币壹万叁仟伍佰元整")], OVER),
    Doc("je04_forestry.txt", "forestry",
        "擅自改变林地用途建砂石场0.52公顷=7.8亩，国家二级公益林（在另一段），植被严重破坏，≥5亩（法释〔2023〕8号"
        "第一条，刑法第342条）；罚2倍在森林法第73条第一款3倍以下内，已告知听证；只罚款未移送",
        [threshold("land-342-forest/1", "当事人改变用途的林地面积为0.52公顷", 7.8),
         fined_only("即人民币壹拾贰万肆仟捌佰元")], OVER),
    Doc("je05_land.txt", "land",
        "非法占用永久基本农田（地类在另一段）三宗1,420+1,186+977=3,583平方米=5.37亩≥5亩，耕作层毁坏（法释〔2000〕14号"
        "第三条，刑法第342条；总数须相加换算）；每平方米200元在土地管理法实施条例第57条100-1000元内，已听证；只罚款未移送",
        [threshold("land-342-cultivated/1", "面积（平方米）", 5.37),
         fined_only("计人民币柒拾壹万陆仟陆佰元整")], OVER),
    Doc("je06_land.txt", "land",
        "在一般耕地（旱地，非基本农田）上挖砂取土0.78公顷=11.7亩≥10亩，种植条件严重破坏（法释〔2000〕14号第三条，"
        "刑法第342条）；罚耕地开垦费5倍在实施条例第55条5-10倍内，已告知听证；只罚款未移送",
        [threshold("land-342-cultivated/2", "被挖损土地面积为0.78公顷", 11.7),
         fined_only("罚款金额为7,800平方米×16元/平方米×5倍＝624,000元")], OVER),
    Doc("je07_mining.txt", "mining",
        "无证开采砂岩8,650吨×坑口价18元=155,700元≥10万元（法释〔2016〕25号第三条，刑法第343条第一款；乘积须计算）；"
        "已售部分违法所得93,600元<10万不是唯一口径；罚30%在矿产资源法实施细则第42条第（一）项50%以下内；只罚款未移送",
        [threshold("mining-343-1-illegal/1", "当事人非法开采砂岩矿石共计8,650吨", 155700.0),
         fined_only("处违法所得30%的罚款，计人民币28,080元")], OVER),
    Doc("je08_mining.txt", "mining",
        "二人合伙无证采煤，块煤420吨×560元+末煤960吨×310元=532,800元≥10万元（法释〔2016〕25号第三条，刑法第343条；"
        "两种价格）；自述获利8万不是口径；罚20%在实施细则第42条50%以下内，已告知听证；只罚款未移送",
        [threshold("mining-343-1-illegal/1", "其中块煤420吨、末煤960吨", 532800.0),
         fined_only("并处违法所得20%的罚款，计人民币100,980元")], OVER),
    Doc("je09_mining.txt", "mining",
        "长江禁采区无证采砂2,300立方米×28元=64,400元≥5万元（禁采区，法释〔2016〕25号第三条第二款，刑法第343条）；"
        "罚20万在长江河道采砂管理条例第18条货值不足10万20万-200万内，已听证；只罚款没收未移送",
        [threshold("mining-343-1-illegal/2", "当事人共非法开采江砂2,300立方米", 64400.0),
         fined_only("四、罚款人民币贰拾万元整")], OVER),
    Doc("je10_wildlife.txt", "wildlife",
        "收购运输中华穿山甲冻体1只×12,000元+鳞片1.2千克×7,500元=21,000元≥2万元（国家一级在另一句；法释〔2022〕12号"
        "第六条，刑法第341条第一款）；罚2倍在野生动物保护法第52条2-20倍内；只罚款未移送",
        [threshold("wildlife-341-1-endangered/1", "涉案穿山甲冻体每只价值人民币12,000元", 21000.0),
         fined_only("计人民币肆万贰仟元整")], OVER),
    Doc("je11_wildlife.txt", "wildlife",
        "农家乐为食用收购白鹇4只×3,000元+红腹锦鸡3只×3,500元=22,500元≥2万元（国家二级在另一段；法释〔2022〕12号"
        "第六条，刑法第341条第一款）；获利3,800元不是口径；罚2倍在野生动物保护法第53条第一款2-20倍内；只罚款未移送",
        [threshold("wildlife-341-1-endangered/1", "白鹇每只价值人民币3,000元", 22500.0),
         fined_only("计人民币肆万伍仟元")], OVER),
    Doc("je12_drugs.txt", "drugs",
        "成份与国家药品标准不符，依药品管理法第98条第二款第（一）项为假药，销售假药为刑法第141条行为犯（货值仅720元）；"
        "罚150万为第116条不足10万按10万计15倍下限，已告知听证；只罚款停业未移送",
        [trigger("drug-141-counterfeit/1", "上述药品为假药"), fined_only("即人民币壹佰伍拾万元整")], QUAL),
    Doc("je13_drugs.txt", "drugs",
        "批发含量不合格的劣药，三客户销售金额21,400+18,650+16,900=56,950元≥5万元、未致严重危害（刑法第142条、"
        "第149条按第140条，立案追诉标准（一）第十六条；总数须相加）；罚100万为第117条批发不足10万按10万计10倍下限，已听证；只罚款未移送",
        [threshold("drug-142-substandard/2", "销售金额（元）", 56950.0), fined_only("计人民币壹佰万元")], OVER),
    Doc("je14_health.txt", "health",
        "未取得医师资格行医，此前因非法行医已受两次卫生行政处罚（2022、2023，在另一段）又行医（法释〔2016〕27号第二条"
        "第（四）项，刑法第336条）；罚5万在医师法第59条按1万计2-10倍内，已告知听证；只罚款未移送",
        [threshold("health-336-illegal-medical-practice/1", "当事人曾于2022年5月因未取得医师资格擅自开展诊疗活动", 2.0),
         fined_only("即人民币伍万元")], OVER),
    Doc("je15_health.txt", "health",
        "无医师资格黑诊所注射致就诊人坐骨神经损伤、一般功能障碍、十级伤残（法释〔2016〕27号第二条第（一）项，刑法第336条）；"
        "罚8万在医师法第59条按1万计2-10倍内，已听证；只罚款未移送",
        [trigger("health-336-illegal-medical-practice/2", "遗留左下肢一般功能障碍"), fined_only("即人民币捌万元")], QUAL),
    Doc("je16_work_safety.txt", "work_safety",
        "煤矿因重大事故隐患被责令停产整顿后拒不执行，隐患未消除仍组织百余人入井采煤（刑法第134条之一第（二）项，"
        "法释〔2022〕19号）；罚120万在煤矿安全生产条例第64条50-200万内、矿长8万在3-15万内，已告知听证；只罚款未移送",
        [trigger("safety-134-1a-dangerous-operation/2", "在隐患未排除的情况下仍组织工人入井采煤"),
         fined_only("对盘州市红果镇兴达煤矿处罚款人民币壹佰贰拾万元")], QUAL),
    Doc("je17_work_safety.txt", "work_safety",
        "安全生产许可证届满未延续仍爆破开采，高陡边坡有坍塌现实危险（刑法第134条之一第（三）项未经许可擅自从事矿山开采）；"
        "罚30万在安全生产许可证条例第19条10-50万内，已告知听证；只罚款未移送",
        [trigger("safety-134-1a-dangerous-operation/3", "未取得安全生产许可证擅自从事露天开采"),
         fined_only("处罚款人民币叁拾万元整")], QUAL),
    Doc("je18_work_safety.txt", "work_safety",
        "煤矿顶板事故违章空顶作业致1人死亡（另损失162万元）≥死亡1人（法释〔2015〕22号第六条，刑法第134条第一款）；"
        "罚65万在煤矿安全生产条例第67条一般事故50-100万内，已告知听证；只罚款未移送",
        [threshold("safety-134-1-major-liability/1", "事故造成1人死亡", 1.0),
         fined_only("本局决定对你公司处以罚款人民币陆拾伍万元整")], OVER),
    Doc("je19_tax.txt", "tax",
        "两套账隐匿收入，2023年度少缴增值税74,215.60+城建税5,195.09+企业所得税61,870.00=141,280.69元≥10万元且占26.4%"
        "≥10%（事实在2023年，立案追诉标准（二）2022年第52条，刑法第201条；附加费不是税款）；追缴期满未缴，不适用第四款；"
        "罚60%在征管法第63条50%-5倍内，已告知听证；只罚款未移送",
        [threshold("tax-201-evasion@2022/1", "你单位上述未申报收入应补缴的税款如下", 141280.69),
         fined_only("计人民币捌万肆仟柒佰陆拾捌元肆角壹分")], OVER),
    Doc("je20_tax.txt", "tax",
        "无真实购销为三家企业虚开增值税专用发票47份，税额41,600+37,820+29,150=108,570元≥10万元（事实在2023-2024年初，"
        "立案追诉标准（二）2022年修订，刑法第205条；价税合计与开票费不是口径）；罚30万在发票管理办法第35条5-50万内，已告知听证；"
        "只罚款未移送",
        [threshold("tax-205-vat-invoice@2022/1", "税额（元）", 108570.0), fined_only("2．处罚款人民币30万元")], OVER),
    Doc("je21_customs.txt", "customs",
        "携带穿山甲鳞片1.34千克×16,500元=22,110元入境未申报（国家一级、CITES附录Ⅰ在另一段）≥2万元（法释〔2022〕12号"
        "第二条，刑法第151条第二款）；罚3万在海关行政处罚实施条例第9条第一款第（一）项10万以下内，已告知听证；只罚款没收未移送",
        [threshold("wildlife-151-2-smuggling/1", "涉案穿山甲鳞片每千克价值人民币16,500元", 22110.0),
         fined_only("处罚款人民币叁万元整")], OVER),
    Doc("je22_other.txt", "other",
        "拖欠23名农民工工资96,400+88,700+51,900=237,000元≥3万元，经限期整改指令书责令支付逾期仍不支付且负责人失联"
        "（法释〔2013〕3号第三、四条，刑法第276条之一）；只作加付赔偿金处理未移送",
        [threshold("labor-276-1-wage-refusal/2", "拖欠金额（元）", 237000.0),
         fined_only("计人民币壹拾壹万捌仟伍佰元")], OVER),
]

PUBLIC_INTEREST = [
    # ── public-interest leads: statutory field + harm going on after the agency acted ──
    Doc("je23_forestry.txt", "forestry",
        "毁坏商品林地0.21公顷=3.15亩<10亩（不达刑法第342条），责令限期恢复植被后两次复查仍裸露、泥石冲入农田（生态环境和"
        "资源保护领域）；罚2倍在森林法第73条3倍以下内",
        [pil("ecology_resources", "被毁坏的坡面至今仍为裸露岩土，未恢复植被")], PIL),
    Doc("je24_land.txt", "land",
        "国有建设用地出让价款3,425万元经三次催缴仍未缴、未办证即开工（国有土地使用权出让领域）；每平方米100元在实施条例"
        "第57条内，已听证",
        [pil("state_land_transfer", "尚欠第二期出让价款3,425万元及相应违约金")], PIL),
    Doc("je25_food_safety.txt", "food_safety",
        "桶装水电导率、耗氧量不合格（非致病菌、非有毒物质，不达刑法第143、144条），责令召回停售后两次复查仍向小区、幼儿园、"
        "小学约1,300户配送（食品药品安全领域，不特定多数人）；罚6万在食品安全法第124条货值不足1万5-10万内",
        [pil("food_drug_safety", "仍按原送水线路向江北街道、崇义街道的11个居民小区、2所幼儿园和1所小学配送")], PIL),
    Doc("je26_environment.txt", "environment",
        "养殖废水未经处理溢流（化学需氧量、氨氮，非有毒物质、非暗管），责令改正后两次复查仍持续溢流、沟渠黑臭、村民无法灌溉"
        "（生态环境和资源保护领域）；罚4.5万在畜禽规模养殖污染防治条例第41条5万以下内",
        [pil("ecology_resources", "场区东侧明沟仍有养殖废水持续溢流进入补水沟渠")], PIL),
    Doc("je27_work_safety.txt", "work_safety",
        "尾矿库监测装置失效、排洪井破损等一般事故隐患（未被认定为重大事故隐患，未责令停产停业），逾期两次复查均未消除、仍在"
        "排尾，坝下游41户居民和一所小学（安全生产领域）；罚4万在安全生产法第102条五万元以下内",
        [pil("work_safety", "发现上述三项事故隐患均未消除")], PIL),
    Doc("je28_culture_tourism.txt", "culture_tourism",
        "市级文物保护单位保护范围内擅自加建一层（客栈为现代民居，非文物本体，不涉刑法第324条），责令拆除后两次复查"
        "未拆除反而营业（文物和文化遗产保护领域）；"
        "罚8万在文物保护法（2017）第66条5万-50万内，已听证",
        [pil("cultural_relics", "加建的第三层不仅未拆除")], PIL),
]

IRREGULAR = [
    # ── enforcement irregularities ──
    out_of_range("je29_forestry.txt", "forestry",
                 "滥伐自有林木6.2立方米<20立方米；森林法第76条第二款罚滥伐林木价值3-5倍，罚1倍低于下限，所述初次违法、"
                 "配合调查不是行政处罚法第32条的减轻情节",
                 "处滥伐林木价值一倍的罚款，计人民币肆仟零叁拾元整"),
    out_of_range("je30_land.txt", "land",
                 "非法占用其他草地860平方米；土地管理法实施条例第57条罚每平方米100-1000元，每平方米50元低于下限",
                 "按每平方米50元处以罚款，计人民币肆万叁仟元整"),
    no_hearing("je31_health.txt", "health",
               "卫生健康部门对个人罚款3万元≥1万元（hearing.yaml默认市场监管个人一万元，行政处罚法第63条），只告知陈述、申辩，"
               "未告知听证；首次非医师行医无损害，罚款在医师法第59条按1万计2-10倍内",
               "即人民币叁万元"),
    no_hearing("je32_public_security.txt", "public_security",
               "公安机关对单位罚款5万元≥1万元、对个人1万元≥2千元（公安机关办理行政案件程序规定第123条），只告知陈述、申辩，"
               "未告知听证；罚款在网络安全法第59条第一款内",
               "现决定对重庆云栈信息科技有限公司处罚款人民币伍万元整"),
    Doc("je33_work_safety.txt", "work_safety",
        "煤矿安全生产条例（2024）共76条，引用的第八十一条不存在（未配备专职人员、未设救护队的罚则为第63条第（二）项"
        "10-20万，15万在内），已告知听证",
        [irregular("nonexistent_article", "《煤矿安全生产条例》第八十一条第（二）项")],
        {"scenario": "irregularity", "irregularities": ["nonexistent_article"]}),
    Doc("je34_mining.txt", "mining",
        "2024年8月12日立案、2025年2月26日决定，历时198日，超过行政处罚法第60条九十日，文书未记载延期批准或中止；"
        "采砂价值3.6万<10万且非禁采区，不涉刑；罚20%在实施细则第42条内",
        [irregular("time_limit", "本局于2024年8月12日对当事人扎西平措涉嫌未取得采矿许可证擅自开采砂石一案立案调查")],
        {"scenario": "irregularity", "irregularities": ["time_limit"]}),
]

UNDER = {"scenario": "under", "near_miss": True}
NEGATIVE = [
    # ── negatives (all near misses) ──
    Doc("je35_forestry.txt", "forestry",
        "盗伐立木蓄积2.31+1.74+0.81=4.86立方米<5立方米、价值2,916元<2万、无幼树（法释〔2023〕8号第三条）；罚5倍在"
        "森林法第76条第一款内，已告知听证", flags=UNDER),
    Doc("je36_mining.txt", "mining",
        "无证开采石灰岩4,800吨×20元=96,000元<10万元（法释〔2016〕25号第三条）；供货合同总额21.6万元是未履行的合同金额，"
        "不是开采的矿产品价值；罚30%在实施细则第42条内，已告知听证", flags=UNDER),
    Doc("je37_wildlife.txt", "wildlife",
        "收购出售国家二级红隼2只×3,600元+雀鹰3只×4,000元=19,200元<2万元（法释〔2022〕12号第六条）；罚款38,400元"
        "大于门槛但不是计量口径；罚2倍在野生动物保护法第52条内，已告知听证", flags=UNDER),
    Doc("je38_land.txt", "land",
        "占用永久基本农田1,120+980+1,000=3,100平方米=4.65亩<5亩（法释〔2000〕14号第三条）；每平方米150元在实施条例"
        "第57条内，已听证", flags=UNDER),
    Doc("je39_tax.txt", "tax",
        "逃税152,318.70元且占18.3%，但首次被税务处理、追缴期内已补缴税款和滞纳金并书面接受处罚、无前科，依刑法第201条"
        "第四款不予追究；罚50%在征管法第63条内", flags={"scenario": "tax_paid", "near_miss": True}),
    Doc("je40_forestry.txt", "forestry",
        "超量滥伐32.4立方米≥20立方米，但已移送公安机关并立案侦查，不是隐匿的移送线索；罚款待刑事程序终结，只责令补种",
        flags={"scenario": "transferred", "near_miss": True, "transferred": True}),
    Doc("je41_mining.txt", "mining",
        "无证采矿价值113,000元≥10万元，已移送公安机关，公安以主观故意证据不足、测量依据有争议不予立案并退回；罚30%在"
        "实施细则第42条内，已告知听证",
        flags={"scenario": "police_declined", "near_miss": True, "police_declined": True}),
    Doc("je42_food_safety.txt", "food_safety",
        "举报代用茶非法添加降糖药，三批次18种降糖类化学药物均未检出，无有毒有害物质；销售金额约3.9万<5万；标签宣称疗效罚5倍"
        "在食品安全法第125条货值1万以上5-10倍内，已告知听证", flags={"scenario": "not_detected", "near_miss": True}),
    Doc("je43_environment.txt", "environment",
        "磷石膏渗滤液外溢（总磷、氟化物，非铅汞镉铬砷铊锑），当日停排，防渗修复、底泥清理、生态修复完成，两次复查达标、"
        "评估已恢复基线，无持续损害；罚20万在水污染防治法第83条10-100万内，已听证",
        flags={"scenario": "pil_remedied", "near_miss": True, "continuing_harm": False}),
    Doc("je44_other.txt", "other",
        "拖欠22人工资18.64万元，但在限期整改指令书期限内足额支付，不是刑法第276条之一的经责令支付仍不支付；超时加班罚每人"
        "300元在劳动保障监察条例第25条100-500元内", flags={"scenario": "remedied", "near_miss": True}),
    Doc("je45_health.txt", "health",
        "非医师行医，此前只受过一次卫生行政处罚（<二次，法释〔2016〕27号第二条第（四）项），无就诊人损害；罚4万在医师法"
        "第59条内，已告知听证", flags=UNDER),
    Doc("je46_work_safety.txt", "work_safety",
        "非煤矿山片帮事故致2人重伤（<3人）、无死亡、直接经济损失41万元（<100万元）（法释〔2015〕22号第六条）；罚35万在"
        "安全生产法第114条一般事故30-100万内，已告知听证", flags=UNDER),
    Doc("je47_tax.txt", "tax",
        "虚开增值税普通发票62份（<100份），票面金额162,400+198,700+126,200=487,300元<50万元（法释〔2024〕4号，"
        "刑法第205条之一）；罚8万在发票管理办法第35条5-50万内", flags=UNDER),
    Doc("je48_customs.txt", "customs",
        "个人走私翡翠偷逃应缴税款92,610.44元<10万元（法释〔2014〕10号第十六条），无走私前科；罚款138,915.66元大于门槛"
        "但不是计量口径；1.5倍在海关行政处罚实施条例第9条第一款第（三）项3倍以下内，已告知听证", flags=UNDER),
]

SPLIT_REASON = ("同一人（同一身份证号）两个月内三次盗伐他人林木，被拆成三案各自处罚；立木蓄积1.92+1.67+1.88=5.47立方米"
                "≥5立方米，多次盗伐未经处理应累计（法释〔2023〕8号第三条、第十一条，刑法第345条第一款）；每案罚5倍在森林法"
                "第76条第一款5-10倍内")
GROUPS = [
    # ── 化整为零: one man's three thefts of 桉树 cut into three decisions over two months ──
    *[Doc(name, "forestry", SPLIT_REASON, [split("forest-345-1-theft/1", quote, 5.47, SPLIT)],
          {"scenario": "split", "split_group": SPLIT})
      for name, quote in (("je49_forestry.txt", "被盗伐桉树26株，立木蓄积1.92立方米"),
                          ("je50_forestry.txt", "被盗伐林木立木蓄积1.67立方米"),
                          ("je51_forestry.txt", "被盗伐桉树立木蓄积1.88立方米"))],
    # ── repeat offender: the same credit code punished again ten months later ──
    Doc("je52_work_safety.txt", "work_safety",
        "非煤矿山未对安全设备经常性维护，首次处罚，罚2.8万元在安全生产法第99条五万元以下内（<3万元单位听证数额）",
        flags={"scenario": "repeat_first", "repeat_group": REPEAT}),
    Doc("je53_work_safety.txt", "work_safety",
        "同一统一社会信用代码的单位2024年5月14日受罚后约十个月再犯同类违法，二年内再犯；罚4.5万元在安全生产法第99条内，"
        "已告知听证",
        [repeat("乐山金石建材矿业有限公司（统一社会信用代码：9151110211WFUGG02Y）", REPEAT)],
        {"scenario": "repeat", "repeat_group": REPEAT}),
]

DOCS = sorted(CRIMINAL + PUBLIC_INTEREST + IRREGULAR + NEGATIVE + GROUPS, key=lambda doc: doc.file)


labeled = lead_gold.labeler(HERE, CREATED, VERSION)

if __name__ == "__main__":
    lead_gold.main(HERE, DOCS, CREATED, VERSION)
