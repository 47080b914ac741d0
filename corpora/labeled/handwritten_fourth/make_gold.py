"""Lead labels for the fourth hand-written set in this folder (run to rewrite ``gold.jsonl``).

A new UNSEEN held-out test of the lead screening, written on 2026-11-22 without reading any decision
of the earlier hand-written sets nor the screening code. Every decision ``hzNN_<domain>.txt`` was
written by hand in the manner of published 行政处罚决定书 of city and county agencies in 河南, 山西,
江西, 安徽 and 贵州 (all names, numbers, codes and addresses invented; credit codes carry valid
GB 32100-2015 check digits, identity numbers valid GB 11643 check digits). The set puts weight on
public-interest clues (all nine statutory fields, continuing harm written in varied ways) and on
look-alike negatives whose harm was remedied or lies outside a statutory field. Its label was
decided by reading the law only: criminal thresholds from corpora/knowledge/thresholds.yaml
(立案追诉标准 and the judicial interpretations it cites), hearing figures from
corpora/knowledge/hearing.yaml, fine ranges and article existence from the statute text in force on
the decision date. Each row's ``meta.reason`` gives the one-line legal reason; evidence spans are
located by an exact quotation of the decision. Conventions are those of
``handwritten_third/make_gold.py``.

Run from the repository root: ``.venv/bin/python corpora/labeled/handwritten_fourth/make_gold.py``.
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
CREATED = "2026-11-22T12:25:00+00:00"
VERSION = "handwritten-fourth/1"


SPLIT, REPEAT = "split-hz-zunyi-tobacco", "repeat-hz-xinxiang-dust"

CRIMINAL = [
    # ── criminal-transfer leads (each also 以罚代刑: fined, no transfer recorded) ──
    Doc("hz01_food_safety.txt", "food_safety",
        "凉皮中添加工业硼砂（《食品中可能违法添加的非食用物质名单》所列有毒、有害的非食品原料），刑法第144条行为犯，"
        "无金额门槛；货值不足一万元罚10万在食品安全法第123条10万-15万内；只罚款未移送",
        [trigger("food-144-toxic/1", "两批次样品均检出硼酸（以硼砂计）"), fined_only("二、罚款人民币壹拾万元整")],
        {"scenario": "qualitative"}),
    Doc("hz02_environment.txt", "environment",
        "排放含六价铬废水超标5.6倍（为限值6.6倍），按任一口径均≥三倍（法释〔2023〕7号第一条第（四）项所列铬）；"
        "罚35万在水污染防治法第83条10万-100万内且已告知听证；只罚款未移送",
        [threshold("env-338-pollution/2", "超标5.6倍", 5.6), fined_only("并处罚款人民币叁拾伍万元")],
        {"scenario": "over"}),
    Doc("hz03_mining.txt", "mining",
        "无证开采建筑石料，矿产品价值15.64万元≥10万元（法释〔2016〕25号第三条第一款第（一）项，刑法第343条）；"
        "违法所得9.1万元不是计量口径；罚40%在实施细则第42条50%以下内；只罚款未移送",
        [threshold("mining-343-1-illegal/1", "开采的矿产品价值为人民币15.64万元", 156400.0),
         fined_only("处违法所得40%的罚款，计36,400元")],
        {"scenario": "over"}),
    Doc("hz04_wildlife.txt", "wildlife",
        "禁猎期、使用铁夹钢丝套等禁用工具无证狩猎，猎获物价值12,640元≥1万元（法释〔2022〕12号第七条，刑法第341条"
        "第二款）；罚2倍在野生动物保护法第49条1-10倍内；只罚款未移送",
        [threshold("wildlife-341-2-illegal-hunting/1", "上述猎获物价值合计人民币12,640元", 12640.0),
         fined_only("计人民币贰万伍仟贰佰捌拾元整")],
        {"scenario": "over"}),
    Doc("hz05_public_security.txt", "public_security",
        "出售业主姓名电话房产地址6,820条（其他个人信息≥5000条，法释〔2017〕10号第五条第一款第（五）项，刑法第253条之一）；"
        "违法所得4,300元<5000元不是唯一口径；出售属情节严重，罚5万在个人信息保护法第66条第二款内；只罚款未移送",
        [threshold("pi-253-1-personal-information/3", "共计6,820条", 6820.0), fined_only("并处罚款人民币伍万元")],
        {"scenario": "over"}),
    Doc("hz06_culture_tourism.txt", "culture_tourism",
        "未经许可复制发行盗版教辅1,260册≥500件（法释〔2007〕6号第一条，刑法第217条）；非法经营额41,580元<5万元"
        "不影响；罚8万在著作权法第53条二十五万元以下内；只罚款未移送",
        [threshold("ip-217-218-copyright/3", "共计23个品种1,260册", 1260.0), fined_only("3. 罚款人民币8万元")],
        {"scenario": "over"}),
    Doc("hz07_forestry.txt", "forestry",
        "非法采挖国家一级保护野生植物南方红豆杉3株≥1株（刑法第344条、法释〔2020〕2号）；罚违法所得2倍在野生植物"
        "保护条例第23条10倍以下内；只罚款未移送",
        [threshold("forest-344-protected-plants/1", "采挖南方红豆杉3株", 3.0),
         fined_only("并处违法所得二倍的罚款，计人民币陆仟元")],
        {"scenario": "over"}),
    Doc("hz08_intellectual_property.txt", "intellectual_property",
        "在滤清器上使用与注册商标相同的商标，非法经营数额68,450元≥5万元（法释〔2004〕19号第一条，刑法第213条）；"
        "违法所得19,600元不是唯一口径；罚2倍在商标法第60条五倍以下内且已听证；只罚款未移送",
        [threshold("ip-213-counterfeit-trademark/1", "非法经营数额为人民币68,450元", 68450.0),
         fined_only("（三）罚款人民币136,900元")],
        {"scenario": "over"}),
    Doc("hz09_forestry.txt", "forestry",
        "非法占用并毁坏国家二级公益林地5.8亩≥5亩（法释〔2023〕8号第二条，刑法第342条），种植条件严重毁坏；罚恢复费用"
        "2倍在森林法第73条三倍以下内；只罚款未移送",
        [threshold("land-342-forest/1", "你公司共计占用林地5.8亩", 5.8),
         fined_only("计人民币壹拾柒万肆仟元整")],
        {"scenario": "over"}),
    Doc("hz10_environment.txt", "environment",
        "重点排污单位（重点管理）干扰COD自动监测设施（采样管接入自来水桶、修改量程），法释〔2023〕7号第一条第（十）项，"
        "无数量要求；罚50万在水污染防治法第83条10万-100万内；只罚款未移送",
        [trigger("env-338-pollution/10", "COD在线分析仪的采样管末端被接入一只装有自来水的塑料桶"),
         fined_only("二、罚款人民币伍拾万元整")],
        {"scenario": "qualitative"}),
    Doc("hz11_tax.txt", "tax",
        "无真实交易虚开增值税普通发票，票面金额356.42万元≥50万元（立案追诉标准（二）第57条，刑法第205条之一）；罚50万"
        "在发票管理办法第35条5万-50万内；只罚款未移送",
        [threshold("tax-205-1-ordinary-invoice/1", "金额合计人民币3,564,200.00元", 3564200.0),
         fined_only("并处罚款人民币伍拾万元整")],
        {"scenario": "over"}),
]

PUBLIC_INTEREST = [
    # ── public-interest leads: statutory field + harm going on after the agency acted, or its inaction ──
    Doc("hz12_environment.txt", "environment",
        "化学需氧量、氨氮（非重金属）超标排放，责令改正后两次复查依然超标、下游水体黑臭（生态环境和资源保护领域）；"
        "罚24万在水污染防治法第83条10万-100万内",
        [pil("ecology_resources", "持续超标排放")], {"scenario": "pil", "continuing_harm": True}),
    Doc("hz13_forestry.txt", "forestry",
        "擅自占用地方公益林地2.3亩（<5亩不达刑法第342条），责令恢复后截至复查仍未恢复、边坡坍塌泥沙入河（生态环境和"
        "资源保护领域）；罚恢复费用1倍在森林法第73条三倍以下内",
        [pil("ecology_resources", "你仍未拆除简易房、未恢复植被")], {"scenario": "pil", "continuing_harm": True}),
    Doc("hz14_drugs.txt", "drugs",
        "零售药店销售超过有效期药品（劣药，药品管理法第98条第三款第（五）项），责令清理后仍对外销售（食品药品安全"
        "领域）；无严重危害人体健康不达刑法第142条；罚15万在第117条零售货值按一万元计10-20倍内",
        [pil("food_drug_safety", "当事人仍对外销售超过有效期的复方丹参片、板蓝根颗粒")],
        {"scenario": "pil", "continuing_harm": True}),
    Doc("hz15_food_safety.txt", "food_safety",
        "普通食品宣称降糖降压替代药物，责令下架后改名重新上架、仍在网上销售（食品药品安全领域，老年人停药风险）；违法"
        "所得8,600元<3万元不达虚假广告罪；广告费用无法计算罚20万为广告法第55条下限",
        [pil("food_drug_safety", "截至本决定作出时仍在网上销售")], {"scenario": "pil", "continuing_harm": True}),
    Doc("hz16_finance.txt", "finance",
        "财政专项资金86万元被挪作他用，责令退回后截至决定仍有76万元未退回国库（国有财产保护领域）；挪用即违规使用，罚30%在财政违法"
        "行为处罚处分条例第14条10%-30%内",
        [pil("state_assets", "其余76万元财政资金尚未退回")], {"scenario": "pil", "continuing_harm": True}),
    Doc("hz17_land.txt", "land",
        "竞得国有建设用地使用权后出让价款3,460万元经三次催缴仍未缴纳、未办证即动工（国有土地使用权出让领域）；"
        "非法占地每平方米100元在土地管理法实施条例第57条100-1000元内，已听证",
        [pil("state_land_transfer", "尚有国有建设用地使用权出让价款3,460万元及违约金未缴入国库")],
        {"scenario": "pil", "continuing_harm": True}),
    Doc("hz18_work_safety.txt", "work_safety",
        "粉尘涉爆车间依《工贸企业重大事故隐患判定标准》判定重大事故隐患，限期整改后复查仍未整改、22人继续作业，机关未"
        "责令停产停业（安全生产领域，安全生产法第74条）；限期整改不是停产或立即整改指令，不构成危险作业罪；罚4万在第102条内",
        [pil("work_safety", "砂光车间除尘器仍未加装泄爆装置，积尘仍未清理")],
        {"scenario": "pil", "continuing_harm": True}),
    Doc("hz19_public_security.txt", "public_security",
        "快递企业未采取安全措施致约1.2万条面单信息被导出，责令补救后复查仍未通知用户、信息仍在网上传播（个人信息保护"
        "领域，众多个人）；企业未出售或提供，不涉刑法第253条之一；拒不改正罚80万在个人信息保护法第66条一百万元以下内",
        [pil("personal_information", "上述面单信息截图仍在网上传播")], {"scenario": "pil", "continuing_harm": True}),
    Doc("hz20_culture_tourism.txt", "culture_tourism",
        "KTV警告后两次复查依然接纳未成年人并向其售酒（未成年人保护领域）；拒不改正罚10万在未成年人保护法第123条"
        "5万-50万内",
        [pil("minors", "复查发现当事人依然接纳未成年人")], {"scenario": "pil", "continuing_harm": True}),
    Doc("hz21_public_security.txt", "public_security",
        "短视频歪曲、侮辱黄继光烈士事迹（英雄烈士保护法第22条），拒不道歉，转发片段至今仍在网上传播（英雄烈士保护"
        "领域）；播放1,300余次，一般不认为情节严重达刑法第299条之一；拘留十日罚500元在治安管理处罚法第26条内",
        [pil("heroes_martyrs", "该视频经他人转发的多个片段至今仍在网上传播")],
        {"scenario": "pil", "continuing_harm": True}),
    Doc("hz22_culture_tourism.txt", "culture_tourism",
        "在全国重点文物保护单位保护范围内擅自建设，责令拆除后复查依然未拆除、重车持续碾压（文物和文化遗产保护领域）；"
        "未损毁文物本体不涉刑法第324条；罚40万在文物保护法（2017）第66条5万-50万内，已听证",
        [pil("cultural_relics", "当事人依然未拆除钢构餐厅")], {"scenario": "pil", "continuing_harm": True}),
    Doc("hz23_water.txt", "water",
        "无证河道采砂价值3.9万元（<5万元，不达法释〔2016〕25号标准），责令回填后未回填、滩地破坏面积扩大（生态环境和"
        "资源保护领域）",
        [pil("ecology_resources", "损害仍在扩大")], {"scenario": "pil", "continuing_harm": True}),
]

IRREGULAR = [
    # ── enforcement irregularities ──
    out_of_range("hz28_food_safety.txt", "food_safety",
                 "食品安全法第126条第一款未按规定检验出厂食品：警告，拒不改正的5千-5万元；罚8万元超出上限（且未写明拒不改正）",
                 "并处罚款人民币捌万元"),
    out_of_range("hz29_work_safety.txt", "work_safety",
                 "安全生产法第97条未教育培训：责令限期改正、可处十万元以下；逾期未改正才10万-20万；当场责令改正即罚12万元超出",
                 "罚款人民币壹拾贰万元整"),
    no_hearing("hz30_product_quality.txt", "product_quality",
               "市场监管对法人罚15.6万元≥10万元（行政处罚法第63条，默认法人十万元），只告知陈述、申辩，未告知听证；"
               "罚货值2倍在产品质量法第49条内；销售金额3.12万元<5万元不涉刑法第140条",
               "计人民币壹拾伍万陆仟元整"),
    no_hearing("hz31_public_security.txt", "public_security",
               "公安机关对个人罚款4,000元≥2,000元（公安机关办理行政案件程序规定第123条），文书未记载告知听证；"
               "罚款在国际联网管理暂行规定第14条15000元以下内",
               "并处罚款人民币肆仟元整"),
    no_hearing("hz32_tax.txt", "tax",
               "税务机关对法人罚款1.5万元≥1万元（国税发〔1996〕190号第三条），只告知陈述、申辩；罚款在征管法第64条"
               "第一款五万元以下内",
               "决定对你单位处以罚款人民币壹万伍仟元整"),
    no_hearing("hz33_work_safety.txt", "work_safety",
               "应急管理部门对单位罚款5万元≥3万元（hearing.yaml应急管理单位三万元），只告知陈述、申辩；罚款在安全生产法"
               "第101条十万元以下内",
               "本局决定对你单位作出罚款人民币伍万元整的行政处罚"),
    Doc("hz34_food_safety.txt", "food_safety",
        "食品安全法（2021修正）共154条，引用的第一百六十二条不存在（超过保质期的罚则为第一百二十四条第一款第（五）项，"
        "货值不足一万元5万-10万，5万元在内）",
        [irregular("nonexistent_article", "《中华人民共和国食品安全法》第一百六十二条")],
        {"scenario": "irregularity", "irregularities": ["nonexistent_article"]}),
    Doc("hz35_environment.txt", "environment",
        "固体废物污染环境防治法（2020修订）共126条，引用的第一百三十条不存在（未申报、未建台账的罚则为第一百一十二条第一款第（二）、（十三）项，10万-100万，10万元在内）；"
        "0.4吨<3吨不涉刑法第338条",
        [irregular("nonexistent_article", "第一百三十条第一款第（一）项")],
        {"scenario": "irregularity", "irregularities": ["nonexistent_article"]}),
    Doc("hz36_land.txt", "land",
        "2025年3月4日立案、2025年9月22日决定，历时202日，超过行政处罚法第60条九十日，文书未记载延期批准或中止；"
        "集体建设用地每平方米120元在实施条例第57条内",
        [irregular("time_limit", "我局于2025年3月4日对当事人涉嫌非法占用土地一案立案调查")],
        {"scenario": "irregularity", "irregularities": ["time_limit"]}),
    Doc("hz37_market.txt", "market",
        "2024年10月8日立案、2025年6月17日决定，历时252日，超过市场监管程序规定第64条九十日加三十日延长且未记载任何"
        "延长批准或中止；罚8,000元在食品安全法第125条5千-5万内",
        [irregular("time_limit", "本局于2024年10月8日对当事人销售标签不符合规定的预包装食品一案立案调查")],
        {"scenario": "irregularity", "irregularities": ["time_limit"]}),
]

NEGATIVE = [
    # ── negatives (near misses marked), public-interest look-alikes first ──
    Doc("hz24_environment.txt", "environment",
        "化学需氧量超标0.68倍后及时停产整改，两次复查达标、沟渠水质已恢复，无持续损害，不是公益诉讼线索；总铜未达十倍；"
        "罚10万为第83条下限",
        flags={"scenario": "pil_remedied", "near_miss": True, "continuing_harm": False}),
    Doc("hz25_market.txt", "market",
        "虚构原价的价格欺诈，预付款至今未退是消费者权益问题，不属公益诉讼法定领域；罚款在价格违法行为行政处罚规定第7条"
        "违法所得五倍以下内，已告知听证",
        flags={"scenario": "pil_outside_field", "near_miss": True, "continuing_harm": True}),
    Doc("hz26_work_safety.txt", "work_safety",
        "逾期未整改的是一般事故隐患（货架超高），未判定重大事故隐患也无事故，不够安全生产领域公益诉讼的条件；罚8千元在"
        "安全生产法第102条五万元以下内，单位<3万无需听证",
        flags={"scenario": "pil_outside_field", "near_miss": True, "continuing_harm": True}),
    Doc("hz27_market.txt", "market",
        "违规收集约1,100名会员身份证及婴儿信息，责令后已删除、加密、重新取得同意并经复查确认，未泄露出售；无持续损害，"
        "仅警告合法（个人信息保护法第66条第一款）",
        flags={"scenario": "pil_remedied", "near_miss": True, "continuing_harm": False}),
    Doc("hz38_tobacco.txt", "tobacco",
        "无证零售卷烟价值38,260元<5万元，30,400支<20万支，无前科、来源合法（法释〔2010〕7号第三条）；罚20%在实施条例"
        "第57条20%-50%内，个人<1万无需听证",
        flags={"scenario": "under", "near_miss": True}),
    Doc("hz39_environment.txt", "environment",
        "危险废物废机油提供给无证个人共约2.6吨<3吨（法释〔2023〕7号第一条第（二）项），无其他加重情节；按处置费用20万元计"
        "3倍罚60万在固废法第112条内，已告知听证",
        flags={"scenario": "under", "near_miss": True}),
    Doc("hz40_tax.txt", "tax",
        "逃避缴纳税款86,412.57元<10万元（法释〔2024〕4号第一条），虽占18.6%≥10%也不达标；罚50%在征管法第63条内，已告知听证",
        flags={"scenario": "under", "near_miss": True}),
    Doc("hz41_drugs.txt", "drugs",
        "销售假药，但已移送公安机关且已立案侦查，不是隐匿的移送线索；先行吊销许可证、罚款待刑事终结后处理",
        flags={"scenario": "transferred", "near_miss": True, "transferred": True}),
    Doc("hz42_mining.txt", "mining",
        "无证采黄土价值12.3万元≥10万元，但已移送公安机关，公安机关以证据不足不予立案并退回；罚违法所得30%在实施细则"
        "第42条内，已告知听证",
        flags={"scenario": "police_declined", "near_miss": True, "police_declined": True}),
    Doc("hz43_food_safety.txt", "food_safety",
        "食品安全法第124条下限5万元，罚2万元低于下限，但文书写明行政处罚法第32条第（一）项主动消除危害后果并经集体讨论"
        "减轻处罚，合法；已告知听证",
        flags={"scenario": "mitigated_below_floor", "near_miss": True}),
    Doc("hz44_market.txt", "market",
        "不合格钢筋销售金额16,400元<5万元、货值21,320元<15万元（刑法第140条，立案追诉标准（一）第十六条）；罚货值3倍"
        "在产品质量法第49条内，已告知并举行听证",
        flags={"scenario": "under", "near_miss": True}),
    Doc("hz45_market.txt", "market",
        "不予行政处罚决定书：许可证地址未变更，初次违法、无危害后果并及时改正（行政处罚法第33条第一款）",
        flags={"scenario": "no_penalty"}),
    Doc("hz46_transport.txt", "transport",
        "简易程序当场处罚：出租车未使用计价器罚200元，在行政处罚法第51条简易程序对公民二百元以下的限额内",
        flags={"scenario": "summary_procedure"}),
    Doc("hz47_fishery.txt", "fishery",
        "电鱼但不在禁渔区、禁渔期、禁捕水域或种质资源保护区，渔获3.1公斤远低于500公斤/1万元（法释〔2022〕12号第三条）；"
        "罚2千元在渔业法第38条五万元以下内",
        flags={"scenario": "trigger_without_element", "near_miss": True}),
]

GROUPS = [
    # ── 化整为零: one unlicensed retailer, three seizures cut into three decisions the same day ──
    *[Doc(name, "tobacco",
          "同一人无证经营卷烟三处查获均未经处理（2025年3月4日两处、3月5日一处），同日拆成三案处罚；依法释〔2010〕7号"
          "累计非法经营数额18,650+17,420+16,980=53,050元≥5万元（刑法第225条）；每案罚20%在实施条例第57条内",
          [split("tobacco-225-illegal-business/1", quote, 53050.0, SPLIT)],
          {"scenario": "split", "split_group": SPLIT})
      for name, quote in (("hz48_tobacco.txt", "卷烟价值人民币18,650元"),
                          ("hz49_tobacco.txt", "卷烟价值人民币17,420元"),
                          ("hz50_tobacco.txt", "卷烟价值人民币16,980元"))],
    # ── repeat offender: the same credit code punished again ten months later ──
    Doc("hz51_environment.txt", "environment",
        "施工扬尘未采取抑尘措施，首次处罚，罚5万元在大气污染防治法第115条1万-10万内",
        flags={"scenario": "repeat_first", "repeat_group": REPEAT}),
    Doc("hz52_environment.txt", "environment",
        "同一统一社会信用代码的单位在2024年5月30日处罚后约10个月再次施工扬尘违法，二年内再犯；罚8万元在第115条内",
        [repeat("新乡市宏图建设工程有限公司", REPEAT)],
        {"scenario": "repeat", "repeat_group": REPEAT}),
]

DOCS = sorted(CRIMINAL + PUBLIC_INTEREST + IRREGULAR + NEGATIVE + GROUPS, key=lambda doc: doc.file)


labeled = lead_gold.labeler(HERE, CREATED, VERSION)

if __name__ == "__main__":
    lead_gold.main(HERE, DOCS, CREATED, VERSION)
