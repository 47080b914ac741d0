"""Lead labels for the thirty-fourth hand-written set in this folder (run to rewrite ``gold.jsonl``).

A new UNSEEN held-out test of the lead screening, written on 2026-11-22 without reading any decision
of the earlier hand-written sets nor the screening code. Every decision ``jmNN_<domain>.txt`` was
written by hand in the manner of published 行政处罚决定书 of county and prefecture agencies in 四川,
云南, 贵州, 西藏 and 青海 (林业和草原, 自然资源, 农牧, 烟草专卖, 市场监管, 卫生健康, 文物/文旅,
海关 at land ports, 公安, 税务稽查, 人社). All names, numbers, codes and addresses are invented;
credit codes carry valid GB 32100-2015 check digits, identity numbers valid GB 11643 check digits
(some masked). Labels come from the law only: criminal thresholds from
corpora/knowledge/thresholds.yaml (the version in force on the date of the facts), hearing figures
from corpora/knowledge/hearing.yaml, fine ranges and article existence from the statute text in
force on the decision date (corpora/knowledge/statutes). Each row's ``meta.reason`` gives the
one-line legal reason. Conventions are those of ``handwritten_fifth/make_gold.py``.

Run from the repository root: ``.venv/bin/python corpora/labeled/handwritten_thirtyfourth/make_gold.py``.
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
CREATED = "2026-11-22T17:05:00+00:00"
VERSION = "handwritten-thirtyfourth/1"

SPLIT, REPEAT = "split-jm-muchuan-overcutting", "repeat-jm-panzhou-quarry"
OVER = {"scenario": "over"}
QUAL = {"scenario": "qualitative"}

CRIMINAL = [
    # ── criminal-transfer leads (each also 以罚代刑: only fined, no transfer recorded) ──
    Doc("jm01_forestry.txt", "forestry",
        "无证滥伐自有集体林，表列蓄积14.62+6.05+1.91=22.58立方米≥20立方米（forest-345-2-overcutting/1，法释〔2023〕8号，"
        "刑法第345条第二款）；价值2.75万<5万不是唯一口径；罚3倍在森林法第76条第二款3-5倍内；只罚款未移送",
        [threshold("forest-345-2-overcutting/1", "云南松    296    14.62", 22.58),
         fined_only("处滥伐林木价值三倍的罚款，计人民币捌万贰仟伍佰元整（82,500元）")], OVER),
    Doc("jm02_forestry.txt", "forestry",
        "盗伐集体杉木，立木蓄积6.42立方米≥5立方米（forest-345-1-theft/1，刑法第345条第一款）；原木材积3.91不是计量口径；"
        "罚5倍在森林法第76条第一款5-10倍内；只罚款未移送",
        [threshold("forest-345-1-theft/1", "合计立木蓄积6.42立方米", 6.42),
         fined_only("计人民币23,400元")], OVER),
    Doc("jm03_forestry.txt", "forestry",
        "擅自改变林地用途毁坏林地4100平方米=6.15亩，地块为地方公益林（另段）≥5亩（land-342-forest/1，刑法第342条）；"
        "罚恢复费用2倍在森林法第73条三倍以下内，已听证；只罚款未移送",
        [threshold("land-342-forest/1", "被毁坏林地面积为4100平方米", 6.15),
         fined_only("计人民币壹拾贰万肆仟元整")], OVER),
    Doc("jm04_grassland.txt", "forestry",
        "二人非法开垦基本草原1.6+0.3=1.9公顷=28.5亩≥20亩，植被全部毁坏（land-342-grassland/1，法释〔2012〕15号，"
        "刑法第342条）；无违法所得各罚2.5万、2万在草原法第66条五万元以下内；只罚款未移送",
        [threshold("land-342-grassland/1", "东侧地块面积1.6公顷", 28.5),
         fined_only("对马福成处罚款人民币贰万伍仟元")], OVER),
    Doc("jm05_land.txt", "land",
        "非法占用永久基本农田3620平方米=5.43亩≥5亩，硬化致种植条件严重毁坏（性质另段；land-342-cultivated/1，"
        "刑法第342条）；每平方米500元在土地管理法实施条例第57条100-1000元内，已听证；只罚款未移送",
        [threshold("land-342-cultivated/1", "当事人共占用土地3620平方米（合5.43亩）", 5.43),
         fined_only("共计人民币壹佰捌拾壹万元整")], OVER),
    Doc("jm06_mining.txt", "mining",
        "无证采砂石，矿产品价值4200吨×38元+1100吨×45元=209,100元≥10万元（mining-343-1-illegal/1，法释〔2016〕25号，"
        "刑法第343条）；违法所得6.2万不是计量口径；罚50%在实施细则第42条第（一）项内；只罚款未移送",
        [threshold("mining-343-1-illegal/1", "建筑用砂4200吨，单价每吨38元", 209100.0),
         fined_only("并处违法所得百分之五十的罚款，计人民币31,000元")], OVER),
    Doc("jm07_mining.txt", "mining",
        "禁采区、禁采期内无证采河砂（另段），价值68,000元≥5万元（mining-343-1-illegal/2，法释〔2016〕25号第三条第二款）；"
        "罚40%在实施细则第42条第（一）项50%以下内；只罚款未移送",
        [threshold("mining-343-1-illegal/2", "所采河砂价值合计68,000元", 68000.0),
         fined_only("并处违法所得百分之四十的罚款人民币玖仟贰佰元")], OVER),
    Doc("jm08_wildlife.txt", "wildlife",
        "收购出售国家一、二级保护野生动物（级别另段），价值3×4000+3600+12000=27,600元≥2万元（wildlife-341-1-endangered/1，"
        "法释〔2022〕12号，刑法第341条第一款）；罚2倍在野生动物保护法第52条第一款2-20倍内；只罚款未移送",
        [threshold("wildlife-341-1-endangered/1", "猕猴3只，每只4,000元", 27600.0),
         fined_only("计人民币伍万伍仟贰佰元整")], OVER),
    Doc("jm09_wildlife.txt", "wildlife",
        "禁猎区、禁猎期内使用电网、铁夹等禁用工具猎捕（wildlife-341-2-illegal-hunting/2，法释〔2022〕12号第七条，"
        "刑法第341条第二款；无数额要求）；猎获物4,350元；罚3倍在野生动物保护法第49条第二款1-3倍内；只罚款未移送",
        [trigger("wildlife-341-2-illegal-hunting/2", "电网、铁质猎夹均属国家禁止使用的猎捕工具"),
         fined_only("计人民币壹万叁仟零伍拾元")], QUAL),
    Doc("jm10_customs.txt", "customs",
        "携带CITES附录一象牙、犀牛角制品入境未申报，价值18,300+9,850=28,150元≥2万元（wildlife-151-2-smuggling/1，"
        "刑法第151条第二款）；罚3万在海关行政处罚实施条例第9条第一款第（一）项10万以下内；只罚没未移送",
        [threshold("wildlife-151-2-smuggling/1", "象牙制品价值人民币18,300元", 28150.0),
         fined_only("并处罚款人民币叁万元整")], OVER),
    Doc("jm11_customs.txt", "customs",
        "个人以边民互市名义走私普通货物，偷逃税款48,920+61,730=110,650元≥10万元（customs-153-ordinary-goods/1，"
        "刑法第153条）；完税价格41.26万、追缴28.64万不是计量口径；已听证；只罚没未移送",
        [threshold("customs-153-ordinary-goods/1", "关税          48,920", 110650.0),
         fined_only("三、科处罚款人民币壹拾伍万元整")], OVER),
    Doc("jm12_tobacco.txt", "tobacco",
        "无批发许可证批发卷烟，表列价值210×195+150×220+140×98=87,670元≥5万元（tobacco-225-illegal-business/1，法释〔2010〕7号，"
        "刑法第225条）；500条<1000条；罚50%在烟草专卖法实施条例第54条50%-1倍内；只罚款未移送",
        [threshold("tobacco-225-illegal-business/1", "云烟（紫）            210        195", 87670.0),
         fined_only("计人民币肆万叁仟捌佰叁拾伍元")], OVER),
    Doc("jm13_tobacco.txt", "tobacco",
        "销售假冒卷烟，五个月销售金额8,650+11,320+9,870+13,460+12,900=56,200元≥5万元（tobacco-140-fake-cigarettes/1，"
        "刑法第140条）；库存货值3.9万不是唯一口径；罚30%在实施条例第58条20%-50%内；只罚款未移送",
        [threshold("tobacco-140-fake-cigarettes/1", "4月8,650元", 56200.0), fined_only("计人民币16,860元")], OVER),
    Doc("jm14_drugs.txt", "drugs",
        "中成药检出西地那非、他达拉非，成分与国家药品标准不符，依药品管理法第98条第二款第（一）项为假药；销售假药为"
        "刑法第141条行为犯（drug-141-counterfeit/1）；罚150万为第116条按10万计15倍；只罚款未移送",
        [trigger("drug-141-counterfeit/1", "上述药品为假药"), fined_only("计人民币壹佰伍拾万元")], QUAL),
    Doc("jm15_health.txt", "health",
        "非医师行医，此前已两次因非法行医受卫生行政处罚（2022、2023，另段）又行医（health-336-illegal-medical-practice/1，"
        "法释〔2016〕27号第二条第（五）项，刑法第336条）；罚2万在医师法第59条按1万计2-10倍内；只罚款未移送",
        [threshold("health-336-illegal-medical-practice/1", "另查明，当事人曾于2022年11月因未取得医师执业证书擅自开展诊疗活动", 2.0),
         fined_only("计人民币贰万元整")], OVER),
    Doc("jm16_health.txt", "health",
        "非医师行医致7岁患儿轻度残疾（health-336-illegal-medical-practice/2，法释〔2016〕27号第二条第（一）项，刑法第336条）；"
        "罚10万在医师法第59条按1万计2-10倍内；只罚款未移送",
        [trigger("health-336-illegal-medical-practice/2", "构成轻度残疾"), fined_only("计人民币壹拾万元整")], QUAL),
    Doc("jm17_culture.txt", "culture_tourism",
        "无资质出售文物，其中铜鎏金佛像、铜香炉2件为国家三级文物（另段；relics-326-328-trafficking-tomb-robbing/1，"
        "法释〔2015〕23号第六条，刑法第326条）；成交额4.68万<5万不是唯一口径；罚2倍在文物保护法（2017）第71条2-5倍内；"
        "只罚没未移送",
        [threshold("relics-326-328-trafficking-tomb-robbing/1", "二者均被定为国家三级文物", 2.0),
         fined_only("并处违法经营额二倍的罚款，计人民币玖万叁仟陆佰元整")], OVER),
    Doc("jm18_public_security.txt", "public_security",
        "盗掘县级文保单位古墓群内明代墓葬、已损害其价值（relics-326-328-trafficking-tomb-robbing/3，刑法第328条行为犯）；"
        "公安仅以治安管理处罚法第63条第（二）项拘留、罚款；未立刑事案件",
        [trigger("relics-326-328-trafficking-tomb-robbing/3", "墓葬的原有结构和价值已因挖掘遭到损害"),
         fined_only("对杨建国行政拘留十日，并处罚款五百元")], QUAL),
    Doc("jm19_tax.txt", "tax",
        "隐匿收入、多列支出，少缴税款78,460+3,923+23,150+28,070=133,603元≥10万元且占应纳税额617,300元的21.6%≥10%"
        "（tax-201-evasion@2022/1，事实在2022-2023年）；五年内已两次受税务行政处罚，刑法第201条第四款不适用；"
        "罚1倍在征管法第63条50%-5倍内；只罚款未移送",
        [threshold("tax-201-evasion@2022/1", "少缴增值税78,460元", 133603.0),
         fined_only("以上应缴款项共计人民币壹拾叁万叁仟陆佰零叁元")], OVER),
    Doc("jm20_labor.txt", "other",
        "拖欠18名劳动者工资38,400+44,100+17,850=100,350元≥3万元，经限期整改指令责令支付逾期仍不支付、负责人逃匿"
        "（labor-276-1-wage-refusal/2，法释〔2013〕3号，刑法第276条之一）；仅作加付赔偿金处理未移送",
        [threshold("labor-276-1-wage-refusal/2", "钢筋班组        6      38,400", 100350.0),
         fined_only("计人民币伍万零壹佰柒拾伍元")], OVER),
    Doc("jm21_forestry.txt", "forestry",
        "采挖野生云南红豆杉2株（国家一级，级别另段）≥1株（forest-344-protected-plants/1，刑法第344条）；罚违法所得5倍"
        "在野生植物保护条例第23条10倍以下内；只罚没未移送",
        [threshold("forest-344-protected-plants/1", "采挖野生红豆杉幼树2株", 2.0),
         fined_only("并处违法所得五倍的罚款人民币肆仟元整")], OVER),
]

PUBLIC_INTEREST = [
    # ── public-interest leads: statutory field + harm going on after the agency acted ──
    Doc("jm22_grassland.txt", "forestry",
        "非法使用天然草原12.3亩（<20亩不达刑法第342条）采石取土，罚款已缴，两次复查植被未恢复、水土流失入河（生态环境"
        "和资源保护领域）；罚8倍在草原法第65条6-12倍内",
        [pil("ecology_resources", "草原植被未进行任何恢复性种植")], {"scenario": "pil", "continuing_harm": True}),
    Doc("jm23_forestry.txt", "forestry",
        "擅自改变集体商品林地用途5.7亩（<10亩不达刑法第342条），责令恢复后两次复查未补种且继续占用（生态环境和资源保护领域）；"
        "罚1倍在森林法第73条三倍以下内",
        [pil("ecology_resources", "当事人未补种任何树木")], {"scenario": "pil", "continuing_harm": True}),
    Doc("jm24_culture.txt", "culture_tourism",
        "省级文保单位保护范围内擅自建设，责令拆除后复查仍未拆除、继续装修，文物安全受威胁（文物和文化遗产保护领域）；"
        "罚20万在文物保护法（2017）第66条5万-50万内，已听证；未损毁文物本体",
        [pil("cultural_relics", "违法建筑未拆除")], {"scenario": "pil", "continuing_harm": True}),
    Doc("jm25_culture.txt", "culture_tourism",
        "擅自改建市级文保单位改变文物原状，期满复查顶棚未拆、屋面窗棂未恢复、原构件丢失（文物和文化遗产保护领域）；"
        "引用“相关规定”未写条款不作不存在条款论",
        [pil("cultural_relics", "玻璃顶棚仍未拆除")], {"scenario": "pil", "continuing_harm": True}),
    Doc("jm26_minors.txt", "culture_tourism",
        "网吧在学校周边接纳初中生上网，警告责令改正后两次复查及停业整顿后仍接纳未成年人（未成年人保护领域）；罚5万在"
        "未成年人保护法第123条拒不改正5万-50万内，已听证",
        [pil("minors", "当事人恢复营业后仍接纳未成年人上网")], {"scenario": "pil", "continuing_harm": True}),
    Doc("jm27_minors.txt", "market",
        "校门对面向12至15岁学生售烟，责令改正后两次回访仍向学生出售（未成年人保护领域）；罚3千在未成年人保护法第123条"
        "五万元以下内",
        [pil("minors", "但仍向在校学生出售散支香烟")], {"scenario": "pil", "continuing_harm": True}),
]

IRREGULAR = [
    # ── enforcement irregularities ──
    out_of_range("jm28_forestry.txt", "forestry",
                 "滥伐3.2立方米（<20）价值3,840元，森林法第76条第二款罚价值3-5倍即11,520-19,200元；罚3.2万（8.3倍）超出上限",
                 "处罚款人民币叁万贰仟元整"),
    out_of_range("jm29_grassland.txt", "forestry",
                 "开垦草原6亩（<20亩）无违法所得，草原法第66条并处五万元以下罚款；罚8万超出上限（已告知听证）",
                 "处罚款人民币捌万元整"),
    no_hearing("jm30_public_security.txt", "public_security",
               "公安对个人罚款2,500元≥2,000元（hearing.yaml公安，公安机关办理行政案件程序规定第123条、治安管理处罚法第98条），"
               "只告知陈述、申辩未告知听证；罚款在治安管理处罚法第71条三千元以下内；罂粟壳1.3千克未入食品",
               "并处罚款二千五百元"),
    no_hearing("jm31_tax.txt", "tax",
               "税务对单位罚款2.5万元≥1万元（hearing.yaml税务，国税发〔1996〕190号第三条），只告知陈述、申辩未告知听证；"
               "罚款在征管法第64条第一款五万元以下内；未少缴税款",
               "处以罚款人民币贰万伍仟元整"),
    Doc("jm32_wildlife.txt", "wildlife",
        "野生动物保护法（2022修订，2023-05-01施行）共64条，引用的第七十二条不存在（出售二级保护动物制品的罚则为第52条"
        "第一款，2倍在2-20倍内）；价值2,760元<2万",
        [irregular("nonexistent_article", "《中华人民共和国野生动物保护法》第七十二条第一款")],
        {"scenario": "irregularity", "irregularities": ["nonexistent_article"]}),
    Doc("jm33_land.txt", "land",
        "2024年2月19日立案、2024年10月14日决定，历时238日，超过行政处罚法第60条九十日，文书未记载延期批准或中止；"
        "每平方米100元在土地管理法实施条例第57条内；占地860平方米非耕地",
        [irregular("time_limit", "本局于2024年2月19日对当事人涉嫌非法占用土地一案立案调查")],
        {"scenario": "irregularity", "irregularities": ["time_limit"]}),
]

NEGATIVE = [
    # ── negatives (near misses marked) ──
    Doc("jm34_forestry.txt", "forestry",
        "滥伐蓄积11.37+8.21=19.58立方米<20立方米、价值2.15万<5万（forest-345-2-overcutting/1、/3），不达刑法第345条第二款；"
        "罚6.46万（大于门槛但是罚款）3倍在森林法第76条第二款内，已听证",
        flags={"scenario": "under", "near_miss": True}),
    Doc("jm35_wildlife.txt", "wildlife",
        "收购待售国家二级保护动物制品价值2×1500+5×2000+2×3200=19,400元<2万元（wildlife-341-1-endangered/1）；"
        "罚款3.88万是罚款不是价值；罚2倍在野生动物保护法第52条内，已听证",
        flags={"scenario": "under", "near_miss": True}),
    Doc("jm36_mining.txt", "mining",
        "采矿证到期未延续视为无证采矿，矿产品价值3200吨×30元=96,000元<10万元、销售收入95,200元亦<10万，非禁采区"
        "（mining-343-1-illegal/1、/2不适用）；罚40%在实施细则第42条内",
        flags={"scenario": "under", "near_miss": True}),
    Doc("jm37_tax.txt", "tax",
        "逃税182,730元占26%达刑法第201条标准，但首次、已补缴税款和滞纳金并接受处罚，依刑法第201条第四款不予追究；"
        "罚60%在征管法第63条内，已告知听证",
        flags={"scenario": "tax_paid", "near_miss": True}),
    Doc("jm38_forestry.txt", "forestry",
        "毁坏国家二级公益林地7.2亩≥5亩，但已移送公安并立案侦查，罚款待刑事程序终结，不是隐匿的移送线索",
        flags={"scenario": "transferred", "near_miss": True, "transferred": True}),
    Doc("jm39_tobacco.txt", "tobacco",
        "无证经营卷烟价值69,750元≥5万元，已移送公安，公安出具不予立案通知书退回；罚50%在实施条例第54条内，已听证",
        flags={"scenario": "police_declined", "near_miss": True, "police_declined": True}),
    Doc("jm40_drugs.txt", "drugs",
        "举报非法添加化学药，三个批次30项均未检出，产品有批准文号，无假药；仅GSP温湿度记录问题警告（药品管理法第126条）",
        flags={"scenario": "not_detected", "near_miss": True}),
    Doc("jm41_grassland.txt", "forestry",
        "非法使用天然草原9.6亩（<20亩），罚款已缴，设施拆除、补播后验收植被已恢复，无持续损害；罚6倍在草原法第65条内",
        flags={"scenario": "pil_remedied", "near_miss": True, "continuing_harm": False}),
    Doc("jm42_labor.txt", "other",
        "拖欠12人工资46,380元，但在限期改正指令期限内足额支付，不是刑法第276条之一的经责令仍不支付；超时加班罚每人200元"
        "在劳动保障监察条例第25条100-500元内",
        flags={"scenario": "remedied", "near_miss": True}),
    Doc("jm43_customs.txt", "customs",
        "二人共同走私普通货物，偷逃税款33,860+60,260=94,120元<10万元（customs-153-ordinary-goods/1）；货物价值38.46万"
        "不是计量口径；已告知听证",
        flags={"scenario": "under", "near_miss": True}),
    Doc("jm44_health.txt", "health",
        "非医师行医，此前仅一次卫生健康部门的非法行医处罚（另一次为市场监管的美容处罚），未达两次"
        "（health-336-illegal-medical-practice/1），无就诊人损害；罚3倍在医师法第59条内",
        flags={"scenario": "under", "near_miss": True}),
    Doc("jm45_culture.txt", "culture_tourism",
        "出售文物中只有一般文物，无三级以上珍贵文物，一般文物成交额8,900元（总成交3.26万）<5万元"
        "（relics-326-328-trafficking-tomb-robbing/1、/2）；罚1万在文物保护法（2017）第71条5千-2万内",
        flags={"scenario": "under", "near_miss": True}),
    Doc("jm46_forestry.txt", "forestry",
        "不予行政处罚决定书：林缘焚烧秸秆及时扑灭、无损失，初次违法危害轻微（行政处罚法第33条第一款）",
        flags={"scenario": "no_penalty"}),
]

GROUPS = [
    # ── 化整为零: one holder's overcutting in three 小班 cut into three decisions the same day ──
    *[Doc(name, "forestry",
          "同一人（同一身份证号）同期在三个小班滥伐，同日拆成三案；累计蓄积8.6+7.9+6.4=22.9立方米≥20立方米"
          "（forest-345-2-overcutting/1，刑法第345条第二款）；每案罚3倍在森林法第76条第二款内",
          [split("forest-345-2-overcutting/1", quote, 22.9, SPLIT)],
          {"scenario": "split", "split_group": SPLIT})
      for name, quote in (("jm47_forestry.txt", "立木蓄积8.6立方米"),
                          ("jm48_forestry.txt", "柳杉41株，蓄积4.3立方米"),
                          ("jm49_forestry.txt", "经检尺立木蓄积六点四立方米"))],
    # ── repeat offender: the same credit code punished again ten months later ──
    Doc("jm50_mining.txt", "mining",
        "越界采矿，价值32,200元<10万元，首次处罚；罚20%在实施细则第42条第（二）项30%以下内",
        flags={"scenario": "repeat_first", "repeat_group": REPEAT}),
    Doc("jm51_mining.txt", "mining",
        "同一统一社会信用代码的单位2024年3月15日受罚后于2024年8-11月再次越界采矿，二年内再犯；价值45,920元<10万、"
        "仅一次前罚不达mining-343-1-illegal/3；罚30%在第42条第（二）项内",
        [repeat("盘州市永顺石材开采有限公司", REPEAT)],
        {"scenario": "repeat", "repeat_group": REPEAT}),
]

DOCS = sorted(CRIMINAL + PUBLIC_INTEREST + IRREGULAR + NEGATIVE + GROUPS, key=lambda doc: doc.file)


labeled = lead_gold.labeler(HERE, CREATED, VERSION)

if __name__ == "__main__":
    lead_gold.main(HERE, DOCS, CREATED, VERSION)
