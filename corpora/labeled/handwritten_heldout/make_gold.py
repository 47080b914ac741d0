"""Lead labels for the held-out hand-written decisions in this folder (run to rewrite ``gold.jsonl``).

A second, independent set written after ``handwritten_leads`` and kept UNSEEN by the screening
while its rules are tuned: it is the held-out test of the lead rules, never a tuning set. Every
decision ``hhNN_<domain>.txt`` was written by hand in the manner of published 行政处罚决定书 (all
names, numbers, codes, brands and addresses invented; credit codes carry valid check digits).
Its label below was decided by reading the law only, not the screening code nor its output:
criminal thresholds from corpora/knowledge/thresholds.yaml (立案追诉标准 and the judicial
interpretations it cites), procedure rules from corpora/knowledge/procedure.yaml, fine ranges and
article existence from the statute text in force (``StatuteKB.load().article_text(law, article,
date)``). Each row's ``meta.reason`` gives the one-line legal reason; evidence spans are located
by an exact quotation of the decision. Conventions are those of ``handwritten_leads/make_gold.py``.

Run from the repository root: ``.venv/bin/python corpora/labeled/handwritten_heldout/make_gold.py``.
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
CREATED = "2026-11-22T09:00:00+00:00"
VERSION = "handwritten-heldout/1"


SPLIT, REPEAT = "split-hh-huitong-forestry", "repeat-hh-zhenjiang-muck"

CRIMINAL = [
    # ── criminal-transfer leads (each also 以罚代刑: fined, no transfer recorded) ──
    Doc("hh01_food_safety.txt", "food_safety",
        "在泡制酒中添加西地那非（列入《保健食品中可能非法添加的物质名单》的化学药品，法释〔2021〕24号第九条所称有毒、有害的"
        "非食品原料），刑法第144条行为犯、无金额门槛；只罚款未移送",
        [trigger("food-144-toxic/3", "检出西地那非"), fined_only("并处罚款人民币壹拾贰万元整")],
        {"scenario": "qualitative"}),
    Doc("hh02_environment.txt", "environment",
        "总铅2.36mg/L为限值0.2mg/L的11.8倍（超标10.8倍），无论按哪种口径均达法释〔2023〕7号第一条"
        "第（三）项“含铅……超过排放标准三倍以上”；总铬超标0.72倍不计；只罚款未移送",
        [threshold("env-338-pollution/2", "超过排放标准10.8倍", 10.8), fined_only("罚款人民币肆拾伍万元整")],
        {"scenario": "over"}),
    Doc("hh04_drugs.txt", "drugs",
        "从无资质个人低价购进、未验收而批发销售劣药，未致严重危害但销售金额8.268万元≥5万元，依刑法第149条按生产、"
        "销售伪劣产品罪论处（法释〔2022〕1号）；罚款按十万元计11倍合法；只罚款未移送",
        [threshold("drug-142-substandard/2", "销售金额人民币82,680元", 82680.0),
         fined_only("计罚款人民币壹佰壹拾万元整")],
        {"scenario": "over"}),
    Doc("hh05_land.txt", "land",
        "非法占用永久基本农田6.3亩≥5亩且经鉴定种植条件严重毁坏（法释〔2000〕14号第三条，刑法第342条）；"
        "每平方米300元罚款在实施条例第57条100-1000元内；只罚款未移送",
        [threshold("land-342-cultivated/1", "非法占用永久基本农田4,200平方米（折合6.3亩）", 6.3),
         fined_only("计人民币壹佰贰拾陆万元整")],
        {"scenario": "over"}),
    Doc("hh06_forestry.txt", "forestry",
        "无证采伐村民小组集体所有林木并出售（盗伐），立木蓄积7.2立方米≥5立方米（法释〔2023〕8号第三条、第四条），"
        "价值5,760元虽低于二万元但数量项已达标；罚款6倍在森林法第76条5-10倍内；只罚款未移送",
        [threshold("forest-345-1-theft/1", "立木蓄积7.2立方米", 7.2), fined_only("计人民币34,560元")],
        {"scenario": "over"}),
    Doc("hh07_intellectual_property.txt", "intellectual_property",
        "未经许可在同一种商品上使用相同商标并自行生产（刑法第213条，不是第214条销售），非法经营数额11.64万元≥5万元；"
        "罚款2倍在商标法第60条五倍以下内；只罚款未移送",
        [threshold("ip-213-counterfeit-trademark/1", "违法经营额共计人民币116,400元", 116400.0),
         fined_only("计人民币贰拾叁万贰仟捌佰元整")],
        {"scenario": "over"}),
    Doc("hh08_work_safety.txt", "work_safety",
        "因重大事故隐患被责令停止使用甲醇储罐区而拒不执行、逾期未整改，380吨甲醇距居民区160米，具有现实危险"
        "（刑法第134条之一第（二）项危险作业罪，法释〔2022〕19号）；罚款在安全生产法第102条五万元以下内；只罚款未移送",
        [trigger("safety-134-1a-dangerous-operation/2", "仍继续进行甲醇装卸作业"), fined_only("罚款人民币肆万伍仟元整")],
        {"scenario": "qualitative"}),
    Doc("hh11_environment.txt", "environment",
        "重点排污单位篡改化学需氧量自动监测数据排放水污染物（法释〔2023〕7号第一条第（七）项，无数量要求）；"
        "罚款在水污染防治法第83条10万-100万内；只罚款未移送",
        [trigger("env-338-pollution/10", "篡改化学需氧量自动监测数据"), fined_only("罚款人民币陆拾万元整")],
        {"scenario": "qualitative"}),
    Doc("hh12_tax.txt", "tax",
        "无真实交易为他人虚开增值税专用发票，税款数额23.4万元≥10万元（法释〔2024〕4号第十一条，刑法第205条）；"
        "罚款40万元在发票管理办法第35条5万-50万内；只罚款未移送",
        [threshold("tax-205-vat-invoice/1", "税额合计人民币234,000.00元", 234000.0),
         fined_only("处罚款人民币400,000.00元")],
        {"scenario": "over"}),
    Doc("hh21_mining.txt", "mining",
        "无证在河道禁采区采砂，开采的矿产品价值18.6万元≥禁采区标准五万至十五万元的上限（法释〔2016〕25号第三条第（二）项），"
        "违法所得9.8万元不是该标准的计量口径；罚款40%在实施细则第42条50%以下内；只罚款未移送",
        [threshold("mining-343-1-illegal/2", "开采的矿产品价值为人民币186,000元", 186000.0),
         fined_only("计人民币39,200元")],
        {"scenario": "over"}),
    Doc("hh24_customs.txt", "customs",
        "个人伪报品名、价格走私手表，偷逃应缴税款13.25万元≥个人十万元（法释〔2014〕10号第十六条）；"
        "罚款在海关行政处罚实施条例第九条三倍以下内；只罚款未移送",
        [threshold("customs-153-ordinary-goods/1", "偷逃应缴税款人民币132,480.00元", 132480.0),
         fined_only("并处罚款人民币5万元")],
        {"scenario": "over"}),
    Doc("hh28_food_safety.txt", "food_safety",
        "屠宰销售病死猪肉，属法释〔2021〕24号第一条第（二）项“足以造成严重食物中毒”情形（刑法第143条，无金额要求）；"
        "罚款10万元在食品安全法第123条10万-15万内；只罚款未移送",
        [trigger("food-143-substandard/2", "涉案猪肉系病死猪肉"), fined_only("并处罚款人民币壹拾万元整")],
        {"scenario": "qualitative"}),
    Doc("hh46_fishery.txt", "fishery",
        "在珠江禁渔期内投放鱼藤酮药物毒鱼，法释〔2022〕12号第三条：禁渔期使用毒鱼等禁用方法属情节严重，无数量要求"
        "（23.6公斤不影响）；罚款在渔业法第38条五万元以下内；只罚款未移送",
        [trigger("fishery-340-inland/5", "含“鱼藤酮”成分的药物溶液倾倒入水中毒鱼"), fined_only("罚款人民币叁仟元整")],
        {"scenario": "qualitative"}),
]

PUBLIC_INTEREST = [
    # ── public-interest leads: statutory field + continuing harm or inaction, no criminal level ──
    Doc("hh13_culture_tourism.txt", "culture_tourism",
        "县级文保单位擅自修缮明显改变原状，责令后逾期未恢复、本体持续受损（文物和文化遗产保护领域）；局部损坏、非省级以上、"
        "非故意损毁，不构成刑法第324条；罚6万元在文物保护法（2024）第83条个人5万-50万内",
        [pil("cultural_relics", "文物本体持续受损")],
        {"scenario": "pil", "continuing_harm": True}),
    Doc("hh25_drugs.txt", "drugs",
        "未注册二类医疗器械销往全国不特定消费者、已有不良反应，责令召回后拒不召回（食品药品安全领域）；销售金额1.57万元"
        "<5万元不达刑法第149条；罚款16倍在医疗器械监督管理条例第81条15-30倍内",
        [pil("food_drug_safety", "当事人至今未发布召回公告，也未采取任何召回措施")],
        {"scenario": "pil", "continuing_harm": True}),
    Doc("hh34_water.txt", "water",
        "擅自取水应缴水资源费12.6万元（国有资源有偿使用收入）经催缴逾期拒不缴纳（国有财产保护领域）；罚款8万元在水法"
        "第69条2万-10万内，欠费另案处理",
        [pil("state_assets", "应缴的国有水资源费人民币126,000元持续处于流失状态")],
        {"scenario": "pil", "continuing_harm": True}),
    Doc("hh35_mining.txt", "mining",
        "无证采石，矿产品价值6.2万元<十万元且非禁采区，不构成非法采矿罪；裸露边坡3,600平方米逾期未修复、生态持续受损"
        "（生态环境和资源保护领域）；罚款40%在实施细则第42条50%以下内",
        [pil("ecology_resources", "裸露边坡至今未修复")],
        {"scenario": "pil", "continuing_harm": True}),
    Doc("hh36_work_safety.txt", "work_safety",
        "高层住宅约1,400户的6台电梯超期未检，责令后逾期未改正仍运行，危及不特定多数人（安全生产领域）；未认定重大事故隐患、"
        "无停止使用后拒不执行，不构成危险作业罪；罚5万元在特种设备安全法第84条3万-30万内",
        [pil("work_safety", "6台电梯仍在未经定期检验的状态下持续运行")],
        {"scenario": "pil", "continuing_harm": True}),
    Doc("hh37_tobacco.txt", "tobacco",
        "在小学周边80米设烟草销售网点并向未成年人售烟，决定作出时仍继续经营（未成年人保护领域，未成年人保护法第59条第一款）；"
        "初次，罚款5千元在第123条五万元以下内",
        [pil("minors", "学校周边违法设置的烟草销售网点未撤除")],
        {"scenario": "pil", "continuing_harm": True}),
]

IRREGULAR = [
    # ── enforcement irregularities ──
    Doc("hh14_construction.txt", "construction",
        "城乡规划法（2019修正）共70条，引用的第七十四条不存在（罚则应为第六十四条）；若依第64条，7%在5%-10%内",
        [irregular("nonexistent_article", "《中华人民共和国城乡规划法》第七十四条")],
        {"scenario": "irregularity", "irregularities": ["nonexistent_article"]}),
    out_of_range("hh16_public_security.txt", "public_security",
                 "治安管理处罚法（2012）第70条参与赌博基本档为五日以下拘留或五百元以下罚款，文书未认定情节严重（且情节严重档"
                 "须十至十五日拘留并处罚款），单处罚款2,000元超出幅度；已告知听证",
                 "处罚款贰仟元"),
    out_of_range("hh20_work_safety.txt", "work_safety",
                 "特种设备安全法第84条第（一）项罚款3万-30万元，文书只称“从轻”、未援引任何减轻情形，罚1.2万元低于下限",
                 "罚款人民币壹万贰仟元整"),
    out_of_range("hh26_tax.txt", "tax",
                 "税收征管法第63条第一款为少缴税款50%-5倍，处30%低于下限且未认定减轻情形；少缴6.84万元<10万元，不涉罪",
                 "计人民币20,526.00元"),
    no_hearing("hh31_environment.txt", "environment",
               "对法人罚款20万元属较大数额（行政处罚法第六十三条），文书只告知陈述、申辩，未告知听证；罚款本身在固废法"
               "第112条10万-100万内",
               "罚款人民币贰拾万元整"),
    out_of_range("hh32_forestry.txt", "forestry",
                 "森林法第76条第二款滥伐处林木价值3-5倍（27,360-45,600元），罚8倍72,960元超出幅度；11.4立方米、9,120元未达滥伐罪",
                 "计人民币72,960元"),
    out_of_range("hh33_land.txt", "land",
                 "土地管理法实施条例第57条罚款为每平方米100-1000元，1,850平方米应为18.5万-185万元，按每平方米50元罚9.25万元"
                 "低于下限且无减轻情形",
                 "计人民币玖万贰仟伍佰元整"),
    out_of_range("hh47_intellectual_property.txt", "intellectual_property",
                 "商标法第60条：违法经营额不足五万元的罚款上限二十五万元，“五年内两次侵权从重”只能在幅度内从重，罚30万元超出；"
                 "销售金额3.2万元<5万元不涉罪",
                 "罚款人民币叁拾万元整"),
    no_hearing("hh48_market.txt", "market",
               "对法人罚款14万元（另没收5.6万元）属较大数额（市场监督管理行政处罚听证办法：法人十万元以上），只告知陈述、申辩，"
               "未告知听证；2.5倍在价格违法行为行政处罚规定第9条五倍以下内",
               "计人民币壹拾肆万元整"),
]

NEGATIVE = [
    # ── negatives (near misses marked) ──
    Doc("hh03_tobacco.txt", "tobacco",
        "无证经营卷烟，经营总额4.862万元<5万元、48,600支<20万支、无前科（法释〔2010〕7号）；罚30%在实施条例第57条20%-50%内",
        flags={"scenario": "under", "near_miss": True}),
    Doc("hh09_customs.txt", "customs",
        "单位走私偷逃税款17.83万元，低于单位二十万元（法释〔2014〕10号第二十四条；个人十万元标准不适用于单位），无一年内"
        "两次走私处罚；罚款0.8倍在三倍以下内",
        flags={"scenario": "under", "near_miss": True}),
    Doc("hh10_health.txt", "health",
        "非法行医只有一次前次行政处罚（法释〔2008〕5号（2016年修正）第二条第（四）项要求被处罚两次以后再次非法行医），无损害后果；违法所得按一万元计"
        "罚6倍在第99条5-20倍内",
        flags={"scenario": "under", "near_miss": True}),
    Doc("hh15_public_security.txt", "public_security",
        "文书认定一年内再次赌博、个人赌资2.6万元属情节严重并适用第70条情节严重档：拘留12日并处1,500元在10-15日、500-3000元内；"
        "个人参赌，非聚众或以赌博为业，不涉赌博罪",
        flags={"scenario": "aggravated_band", "near_miss": True}),
    Doc("hh22_environment.txt", "environment",
        "总镍超标7.6倍（为限值8.6倍），低于镍类十倍标准；化学需氧量超标12倍不是重金属；铅镉铬未检出，经正常排口排放；"
        "罚款28万元合法",
        flags={"scenario": "under", "near_miss": True}),
    Doc("hh23_land.txt", "land",
        "占用耕地8.6亩（非基本农田）<10亩，总占地12.4亩含3.8亩建设用地不计入；已复垦验收，无持续损害；每平方米100元合法",
        flags={"scenario": "under", "near_miss": True, "continuing_harm": False}),
    Doc("hh27_tax.txt", "tax",
        "少缴税款15.63万元、占21.3%，但经税务处理决定追缴后已全额补缴税款和滞纳金并接受处罚，五年内无逃税刑罚或二次处罚，"
        "依刑法第201条第四款不予追究；罚60%合法",
        flags={"scenario": "paid_after_notice", "near_miss": True}),
    Doc("hh29_food_safety.txt", "food_safety",
        "超限量使用山梨酸，评估不足以造成严重食物中毒、销售1,479元，不涉刑法第143条；罚2万元低于第124条5万元下限，"
        "但文书认定主动召回消除危害后果并经集体讨论，依行政处罚法第三十二条第（一）项减轻处罚，合法",
        flags={"scenario": "mitigated_below_floor", "near_miss": True}),
    Doc("hh30_environment.txt", "environment",
        "擅自堆放危险废物2,860千克=2.86吨<3吨，另14吨为一般工业固废不计；非重点保护区，已处置且土壤未污染；"
        "按20万元计3倍罚60万元合法",
        flags={"scenario": "under", "near_miss": True, "continuing_harm": False}),
    Doc("hh38_culture_tourism.txt", "culture_tourism",
        "行为发生于2024年，新法对单位罚50万-500万更重，依行政处罚法第三十七条适用2017年文物保护法第66条（5万-50万），"
        "罚20万元合法；市级文保单位局部损坏已修复验收，无持续损害，不涉刑法第324条",
        flags={"scenario": "lex_mitior", "near_miss": True, "continuing_harm": False}),
    Doc("hh39_forestry.txt", "forestry",
        "毁坏商品灌木林地2.6亩<10亩，已补植复绿并验收，无持续损害，不是公益诉讼线索；罚恢复费用2倍在第74条三倍以下内",
        flags={"scenario": "pil_remedied", "near_miss": True, "continuing_harm": False}),
    Doc("hh40_forestry.txt", "forestry",
        "滥伐23.5立方米已达标准，但已移送公安机关、公安机关作出不予立案通知并退回后依法处罚；罚3倍合法",
        flags={"scenario": "police_declined", "near_miss": True, "police_declined": True}),
    Doc("hh41_food_safety.txt", "food_safety",
        "面条添加硼砂（有毒有害非食品原料），但已移送公安机关且已立案侦查，不是隐匿的移送线索；吊销许可，罚款待刑事办结后处理",
        flags={"scenario": "transferred", "near_miss": True, "transferred": True}),
    Doc("hh42_intellectual_property.txt", "intellectual_property",
        "销售者：销售金额4.42万元<5万元，已售与未售合计13.62万元<15万元，违法所得1.13万元<3万元（刑法第214条）；"
        "非法经营数额五万元是制造者（第213条）的标准；罚1.5倍合法",
        flags={"scenario": "under", "near_miss": True}),
    Doc("hh43_work_safety.txt", "work_safety",
        "重大事故隐患被责令限期整改，整改期间遵守停用指令并按期消除隐患，不属拒不执行（刑法第134条之一第（二）项）；"
        "罚3万元在第102条五万元以下内",
        flags={"scenario": "trigger_without_element", "near_miss": True}),
]

GROUPS = [
    # ── 化整为零: one person, three overcuttings of his own forest before any decision, three decisions one day ──
    *[Doc(name, "forestry",
          "同一人在处理前三次滥伐自有林木（8.1+7.6+8.7=24.4立方米），依法释〔2023〕8号第九条累计计算达二十立方米；"
          "机关拆成三案同日处罚，每案罚3倍合法",
          [split("forest-345-2-overcutting/1", quote, 24.4, SPLIT)],
          {"scenario": "split", "split_group": SPLIT})
      for name, quote in (("hh17_forestry.txt", "立木蓄积8.1立方米"), ("hh18_forestry.txt", "立木蓄积7.6立方米"),
                          ("hh19_forestry.txt", "立木蓄积8.7立方米"))],
    # ── repeat offender: the same credit code punished again fourteen months later ──
    Doc("hh44_construction.txt", "construction",
        "渣土车未密闭遗撒，首次处罚，城市市容和环境卫生管理条例第34条第（六）项警告并罚款",
        flags={"scenario": "repeat_first", "repeat_group": REPEAT}),
    Doc("hh45_construction.txt", "construction",
        "同一统一社会信用代码的单位在2024年5月16日处罚后约14个月内再次遗撒，二年内再犯",
        [repeat("镇江市通畅渣土运输有限公司", REPEAT)],
        {"scenario": "repeat", "repeat_group": REPEAT}),
]

DOCS = sorted(CRIMINAL + PUBLIC_INTEREST + IRREGULAR + NEGATIVE + GROUPS, key=lambda doc: doc.file)


labeled = lead_gold.labeler(HERE, CREATED, VERSION)

if __name__ == "__main__":
    lead_gold.main(HERE, DOCS, CREATED, VERSION)
