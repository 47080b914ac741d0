"""Lead labels for the twenty-first hand-written set in this folder (run to rewrite ``gold.jsonl``).

A new UNSEEN held-out test of the lead screening, written on 2026-11-22 without reading any decision
of the earlier hand-written sets nor the screening code. Every decision ``huNN_<domain>.txt`` was
written by hand in the manner of published 行政处罚决定书 of city and county agencies in 河北, 山西,
内蒙古, 辽宁 and 吉林 (all names, numbers, codes and addresses invented; credit codes carry valid
GB 32100-2015 check digits, identity numbers valid GB 11643 check digits or masked tails). The set
puts weight on natural resources: 天然草原, 基本农田 and 林地 in 亩/公顷/平方米, 非法采矿 by value and
by 销赃, wildlife of several species at several unit prices with the protection level stated apart,
fishery in 禁渔期 with catches in 千克 and 斤, plus 税务, 海关 and 人社 forms. Labels come from the law
only: criminal thresholds from corpora/knowledge/thresholds.yaml, hearing figures from
corpora/knowledge/hearing.yaml, fine ranges and article existence from the statute text in force on
the decision date. Each row's ``meta.reason`` gives the one-line legal reason.

Run from the repository root: ``.venv/bin/python corpora/labeled/handwritten_twentyfirst/make_gold.py``.
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
CREATED = "2026-11-22T16:20:00+00:00"
VERSION = "handwritten-twentyfirst/1"

SPLIT, REPEAT = "split-hu-yuxian-bauxite", "repeat-hu-longhua-timber"
OVER = {"scenario": "over"}
QUAL = {"scenario": "qualitative"}

CRIMINAL = [
    # ── criminal-transfer leads (each also 以罚代刑: only fined, no transfer recorded) ──
    Doc("hu01_grassland.txt", "forestry",
        "开垦天然草原（基本草原，在另一段），三块8.6+7.9+6.2=22.7亩≥20亩，植被严重破坏（法释〔2012〕15号第二条，"
        "land-342-grassland/1，刑法第342条）；罚3万在草原法第66条无违法所得五万元以下内，已告知听证；只罚款未移送",
        [threshold("land-342-grassland/1", "BT-1        8.6", 22.7), fined_only("二、处罚款人民币叁万元整（30000元）")],
        OVER),
    Doc("hu02_grassland.txt", "forestry",
        "非法占用天然草原建砂石料场1.6公顷=24亩≥20亩，草皮剥离、植被灭失（法释〔2012〕15号第二条，"
        "land-342-grassland/1）；罚8倍产值在草原法第65条6-12倍内，已告知听证；只罚款未移送",
        [threshold("land-342-grassland/1", "合计占用草原1.6公顷", 24.0),
         fined_only("计人民币捌万玖仟捌佰伍拾陆元")], OVER),
    Doc("hu03_land.txt", "land",
        "非法占用永久基本农田（在另一段）4120平方米=6.18亩≥5亩，耕作层硬化、种植条件严重毁坏（法释〔2000〕14号"
        "第三条，land-342-cultivated/1）；每平方米200元在实施条例第57条100-1000元内，已告知听证；只罚款未移送",
        [threshold("land-342-cultivated/1", "当事人占用土地面积为4120平方米（合6.18亩）", 6.18),
         fined_only("计人民币捌拾贰万肆仟元整（824000元）")], OVER),
    Doc("hu04_forestland.txt", "forestry",
        "非法占用并毁坏公益林地（防护林，在另一段）0.41公顷=6.15亩≥5亩（法释〔2023〕8号第一条，land-342-forest/1）；"
        "罚2倍在森林法第73条第一款三倍以下内，已告知听证；只罚款未移送",
        [threshold("land-342-forest/1", "便道及堆场共计占用林地0.41公顷", 6.15),
         fined_only("即人民币柒万玖仟贰佰元整")], OVER),
    Doc("hu05_forestland.txt", "forestry",
        "采石毁坏商品林地4100+3500=7600平方米=11.4亩≥10亩（法释〔2023〕8号第一条，land-342-forest/2）；罚2倍在森林法"
        "第74条第一款三倍以下内，已告知听证；只罚款未移送",
        [threshold("land-342-forest/2", "采石场开采面面积为4,100平方米", 11.4),
         fined_only("计人民币壹拾叁万陆仟捌佰元")], OVER),
    Doc("hu06_mining.txt", "mining",
        "无证采煤，块煤820吨×380元+末煤2040吨×210元=74万元≥10万元（法释〔2016〕25号第三条，mining-343-1-illegal/1，"
        "矿产品价值按销赃/价格×数量）；罚违法所得30%在实施细则第42条50%以下内，已告知听证；只罚款未移送",
        [threshold("mining-343-1-illegal/1", "块煤        820          380", 740000.0),
         fined_only("计人民币陆万伍仟壹佰元")], OVER),
    Doc("hu07_mining.txt", "mining",
        "无证采砂（非河道），销赃数额42,600+39,100+36,300=118,000元≥10万元（法释〔2016〕25号第三、十三条，"
        "mining-343-1-illegal/1）；违法所得5.1万不是计量口径；罚50%在实施细则第42条内，已告知听证；只罚款未移送",
        [threshold("mining-343-1-illegal/1", "收取砂款42,600元", 118000.0),
         fined_only("即贰万伍仟伍佰元")], OVER),
    Doc("hu08_mining.txt", "mining",
        "超越批准矿区范围采矿（属未取得采矿许可证），越界矿产品价值186,000元≥10万元（法释〔2016〕25号第二、三条，"
        "mining-343-1-illegal/1）；违法所得7.44万不是计量口径；罚20%在实施细则第42条第（二）项30%以下内；只罚款未移送",
        [threshold("mining-343-1-illegal/1", "越界开采矿产品价值人民币壹拾捌万陆仟元（186,000元）", 186000.0),
         fined_only("计人民币壹万肆仟捌佰捌拾元")], OVER),
    Doc("hu09_wildlife.txt", "wildlife",
        "收购出售国家二级苍鹰2只×6000+雀鹰3只×3000=21,000元≥2万元（级别在附注，法释〔2022〕12号第六条，"
        "wildlife-341-1-endangered/1）；雉鸡4500元为三有动物不计入；罚2倍在野生动物保护法（2022）第52条2-20倍内；"
        "只罚款未移送",
        [threshold("wildlife-341-1-endangered/1", "苍鹰      2只     6000             12000", 21000.0),
         fined_only("计人民币伍万壹仟元整")], OVER),
    Doc("hu10_wildlife.txt", "wildlife",
        "禁猎期内使用钢丝套（禁用工具）狩猎，无数额要求（法释〔2022〕12号第七条，wildlife-341-2-illegal-hunting/2，"
        "刑法第341条第二款）；罚5000元在野生动物保护法第49条内；只罚款未移送",
        [trigger("wildlife-341-2-illegal-hunting/2", "当事人狩猎时间在禁猎期内"),
         fined_only("处罚款人民币伍仟元整")], QUAL),
    Doc("hu11_fishery.txt", "fishery",
        "禁渔期捕捞，渔获620+300+160=1080斤=540千克≥500千克（法释〔2022〕12号第三条，fishery-340-inland/1）；"
        "价值8,940元<1万不是唯一口径；二人罚款在渔业法第38条五万元以下内，已告知听证；只罚款未移送",
        [threshold("fishery-340-inland/1", "鲫鱼    620斤", 540.0),
         fined_only("对当事人一罚款人民币壹万元")], OVER),
    Doc("hu12_fishery.txt", "fishery",
        "禁渔期在白洋淀使用电鱼方法捕捞，无数量要求（法释〔2022〕12号第三条，fishery-340-inland/5，刑法第340条）；"
        "罚3000元在渔业法第38条内；只罚款未移送",
        [trigger("fishery-340-inland/5", "使用背负式电瓶升压装置在芦苇沟内电击捕鱼"),
         fined_only("罚款人民币叁仟元整")], QUAL),
    Doc("hu13_fishery.txt", "fishery",
        "禁渔期捕捞，渔获410千克<500千克但价值180×28+150×22+80×26.5=10,460元≥1万元（法释〔2022〕12号第三条，"
        "fishery-340-inland/2）；罚6000元在渔业法第38条内；只罚款未移送",
        [threshold("fishery-340-inland/2", "鲤鱼180千克，每千克28元", 10460.0),
         fined_only("处罚款人民币陆仟元")], OVER),
    Doc("hu14_forestry.txt", "forestry",
        "无证盗伐集体油松，立木蓄积6.42立方米≥5立方米（法释〔2023〕8号第三、四条，forest-345-1-theft/1）；原木材积3.9"
        "不是计量口径；罚5倍在森林法第76条第一款5-10倍内，已告知听证；只罚款未移送",
        [threshold("forest-345-1-theft/1", "立木蓄积6.42立方米", 6.42),
         fined_only("计人民币肆万捌仟壹佰伍拾元")], OVER),
    Doc("hu15_forestry.txt", "forestry",
        "超证采伐，实伐13.6+12.8+7.1=33.5立方米减许可12立方米=滥伐蓄积21.5立方米≥20立方米（法释〔2023〕8号第六条，"
        "forest-345-2-overcutting/1）；罚3倍在森林法第76条第二款3-5倍内，已告知听证；只罚款未移送",
        [threshold("forest-345-2-overcutting/1", "实际采伐蓄积13.6立方米", 21.5),
         fined_only("即人民币玖万陆仟柒佰伍拾元")], OVER),
    Doc("hu16_plants.txt", "forestry",
        "采挖野生国家一级保护植物东北红豆杉2株≥1株（级别在另一段，法释〔2023〕8号第二条，"
        "forest-344-protected-plants/1，刑法第344条）；只没收未移送",
        [threshold("forest-344-protected-plants/1", "采挖野生红豆杉2株", 2.0),
         fined_only("没收所采集的东北红豆杉2株")], OVER),
    Doc("hu17_tax.txt", "tax",
        "2024年4-12月逃税86,420+41,300=127,720元≥10万元且占18.6%≥10%（法释〔2024〕4号，tax-201-evasion/1）；"
        "五年内已受两次逃税行政处罚，刑法第201条第四款不适用；罚1倍在征管法第63条内，已告知听证；只罚款未移送",
        [threshold("tax-201-evasion/1", "少缴增值税86,420.00元", 127720.0),
         fined_only("对你单位处少缴税款1倍的罚款，计127,720.00元")], OVER),
    Doc("hu18_customs.txt", "customs",
        "个人走私普通货物，偷逃关税52,300+增值税83,900=136,200元≥10万元（customs-153-ordinary-goods/1，刑法第153条）；"
        "完税价格61万不是计量口径；罚13万在实施条例第9条第一款第（三）项三倍以下内，已告知听证；只罚款未移送",
        [threshold("customs-153-ordinary-goods/1", "关税52,300元", 136200.0),
         fined_only("科处罚款人民币壹拾叁万元整")], OVER),
    Doc("hu19_labor.txt", "other",
        "拖欠12名农民工工资，表中合计38,380元≥3万元且≥10人，经限期改正指令书责令后逾期仍不支付、负责人失联"
        "（法释〔2013〕3号第三、四条，labor-276-1-wage-refusal/2，刑法第276条之一）；只作行政处理（加付赔偿金）未移送",
        [threshold("labor-276-1-wage-refusal/2", "拖欠刘某等12名农民工2023年8月至12月工资", 38380.0),
         fined_only("计人民币壹万玖仟壹佰玖拾元")], OVER),
    Doc("hu20_mining.txt", "mining",
        "无河道采砂许可证、无采矿许可证在松花江主河槽采砂，经评估严重影响河势稳定、危害防洪安全（法释〔2016〕25号"
        "第四条，mining-343-1-illegal/5）；销赃10.8万元亦≥10万元（mining-343-1-illegal/1）；罚5万在水法第65条第一款"
        "1万-10万内；只罚款未移送",
        [trigger("mining-343-1-illegal/5", "严重影响河势稳定，危害防洪安全"),
         threshold("mining-343-1-illegal/1", "已销售河砂收入人民币10.8万元", 108000.0),
         fined_only("处罚款人民币伍万元")], QUAL),
    Doc("hu21_nature.txt", "environment",
        "在国家级自然保护区核心区修建客房、开发旅游，湿地植被灭失、遗鸥繁殖巢数减七成，后果严重（刑法第342条之一，"
        "nature-342-1-protected-area/1）；罚5000元在自然保护区条例第35条内；只罚款未移送",
        [trigger("nature-342-1-protected-area/1", "上述建设项目全部位于保护区核心区内"),
         fined_only("处罚款人民币伍仟元")], QUAL),
]

PUBLIC_INTEREST = [
    # ── public-interest leads: statutory field + harm going on after the agency acted ──
    Doc("hu22_land.txt", "land",
        "国有建设用地使用权出让价款4,590万元三次催缴仍未缴入国库（国有土地使用权出让领域）；占用的是已出让建设用地，"
        "非农用地；每平方米100元在实施条例第57条内，已听证",
        [pil("state_land_transfer", "尚欠国有建设用地使用权出让价款4,590万元及违约金，仍未缴入国库")],
        {"scenario": "pil", "continuing_harm": True}),
    Doc("hu23_mining.txt", "mining",
        "无证采石价值6.2万<10万不达刑法第343条；责令回填复绿期满两次复查采坑未回填、植被未恢复、拒不治理"
        "（生态环境和资源保护领域）",
        [pil("ecology_resources", "生态修复义务至今未履行")], {"scenario": "pil", "continuing_harm": True}),
    Doc("hu24_grassland.txt", "forestry",
        "临时占用天然草原期满未恢复，责令限期后复查仍为碎石裸地、出现沙化（生态环境和资源保护领域）；1.85公顷为经批准的"
        "临时占用，不是非法占用罪",
        [pil("ecology_resources", "草原植被仍未恢复")], {"scenario": "pil", "continuing_harm": True}),
    Doc("hu25_marine.txt", "other",
        "非法占用海域12.6公顷，应缴海域使用金18.9万元分文未缴，责令退还后仍在占用（国有财产保护领域）；罚5倍在"
        "海域使用管理法第42条5-15倍内，已告知听证",
        [pil("state_assets", "海域使用金至今分文未缴")], {"scenario": "pil", "continuing_harm": True}),
    Doc("hu26_forestland.txt", "forestry",
        "擅自改变商品林地用途2.8亩<10亩不达刑法第342条；原处罚限期恢复期满两次复查仍未恢复、水土流失（生态环境和资源"
        "保护领域），现决定代履行",
        [pil("ecology_resources", "占用林地仍未恢复植被")], {"scenario": "pil", "continuing_harm": True}),
    Doc("hu27_construction.txt", "construction",
        "开发商欠缴国有土地出让金1.19亿元，两次催缴至今未缴入国库（国有土地使用权出让领域）；罚合同价款1%在建设工程质量"
        "管理条例第57条1%-2%内，已听证",
        [pil("state_land_transfer", "尚欠土地出让金1.19亿元未缴，至今未缴入国库")],
        {"scenario": "pil", "continuing_harm": True}),
]

IRREGULAR = [
    # ── enforcement irregularities ──
    out_of_range("hu28_fishery.txt", "fishery",
                 "禁渔期捕捞85千克（不达刑法），渔业法第38条第一款罚五万元以下；罚6万元超出上限",
                 "处罚款人民币陆万元整"),
    out_of_range("hu29_forestry.txt", "forestry",
                 "滥伐4.2立方米（<20不达刑法），森林法第76条第二款罚滥伐林木价值3-5倍；罚1.2倍低于下限且未写明减轻情节",
                 "计人民币壹万零捌拾元"),
    no_hearing("hu30_land.txt", "land",
               "自然资源部门对单位罚款13.5万元≥10万元（hearing.yaml默认市场监管口径单位十万元，行政处罚法第63条），只告知"
               "陈述、申辩，未告知听证；每平方米100元在实施条例第57条内；1350平方米非耕地不涉刑",
               "计人民币壹拾叁万伍仟元"),
    no_hearing("hu31_grassland.txt", "forestry",
               "林草部门对个人罚款2.4万元≥1万元（hearing.yaml默认个人一万元），只告知陈述、申辩，未告知听证；罚款在草原法"
               "第66条五万元以下内；开垦6亩<20亩不涉刑",
               "二、处罚款人民币贰万肆仟元"),
    Doc("hu32_grassland.txt", "forestry",
        "草原法（2021修正）共75条，引用的第八十一条不存在（机动车辆离开道路破坏草原植被的罚则为第70条）",
        [irregular("nonexistent_article", "《中华人民共和国草原法》第八十一条")],
        {"scenario": "irregularity", "irregularities": ["nonexistent_article"]}),
    Doc("hu33_land.txt", "land",
        "2024年2月19日立案、2024年10月24日决定，历时248日，超过行政处罚法第60条九十日，文书未记载延期批准或中止；"
        "罚款每平方米120元在实施条例第57条内，已告知听证",
        [irregular("time_limit", "本局于2024年2月19日对当事人涉嫌非法占用土地建设农机库房一案立案调查")],
        {"scenario": "irregularity", "irregularities": ["time_limit"]}),
]

NEAR = {"near_miss": True}
NEGATIVE = [
    # ── negatives (near misses marked) ──
    Doc("hu34_grassland.txt", "forestry",
        "开垦基本草原1.28公顷=19.2亩<20亩（法释〔2012〕15号第二条），不达刑法第342条；罚2万在草原法第66条内，已告知听证",
        flags={"scenario": "under", **NEAR}),
    Doc("hu35_land.txt", "land",
        "占用永久基本农田3200平方米=4.8亩<5亩（法释〔2000〕14号第三条），不达刑法第342条；罚48万（数字大但不是计量口径）"
        "在实施条例第57条内，已听证",
        flags={"scenario": "under", **NEAR}),
    Doc("hu36_mining.txt", "mining",
        "无证采矿，矿产品价值9.6万元<10万元（法释〔2016〕25号第三条）；罚没款合计12.45万元超过10万但不是计量口径；"
        "罚50%在实施细则第42条内，已告知听证",
        flags={"scenario": "under", **NEAR}),
    Doc("hu37_tax.txt", "tax",
        "逃税14.2万元且占23.4%，但首次、已补缴税款滞纳金并接受处罚，依刑法第201条第四款不予追究；罚0.5倍在征管法"
        "第63条内，已告知听证",
        flags={"scenario": "tax_paid", **NEAR}),
    Doc("hu38_forestry.txt", "forestry",
        "盗伐立木蓄积7.3立方米≥5立方米，但已移送公安并立案侦查，不是隐匿的移送线索；罚款待刑事程序终结",
        flags={"scenario": "transferred", "transferred": True, **NEAR}),
    Doc("hu39_fishery.txt", "fishery",
        "禁渔期捕捞530千克，已移送公安，公安以本人捕捞数量无法查清不予立案并退回；罚3万在渔业法第38条内，已告知听证",
        flags={"scenario": "police_declined", "police_declined": True, **NEAR}),
    Doc("hu40_wildlife.txt", "wildlife",
        "不予处罚：疑似国家重点保护鸟类经鉴定均为人工繁育、未检出重点保护或野外来源个体；标价3.24万不是保护动物价值",
        flags={"scenario": "not_detected", **NEAR}),
    Doc("hu41_forestland.txt", "forestry",
        "占用公益林地5.55亩，已移送公安，公安以林地未被毁坏、可恢复不予立案；当事人已复绿、两次复查已恢复，无持续损害；"
        "罚1倍在森林法第73条内",
        flags={"scenario": "pil_remedied", "police_declined": True, "continuing_harm": False, **NEAR}),
    Doc("hu42_labor.txt", "other",
        "拖欠31人工资21.7万元，但在责令期限内足额支付，不是刑法第276条之一的经责令支付仍不支付；超时加班每人200元在"
        "劳动保障监察条例第25条100-500元内",
        flags={"scenario": "remedied", **NEAR}),
    Doc("hu43_wildlife.txt", "wildlife",
        "出售三有鸟类价值26,690元，非国家重点保护（不适用341条第一款2万元标准），以观赏而非食用为目的（不适用第三款）；"
        "罚1倍在野生动物保护法（2022）第52条第二款内，已告知听证",
        flags={"scenario": "under", **NEAR}),
    Doc("hu44_forestry.txt", "forestry",
        "滥伐18.7立方米<20立方米、价值3.9万<5万元（法释〔2023〕8号第六条）；罚款15.6万元不是计量口径；罚4倍在森林法"
        "第76条第二款内，已听证",
        flags={"scenario": "under", **NEAR}),
    Doc("hu45_fishery.txt", "fishery",
        "禁渔期捕捞610+382=992斤=496千克<500千克、价值9,180元<1万元，所用刺网非禁用渔具（法释〔2022〕12号第三条）；"
        "罚4000元在渔业法第38条内",
        flags={"scenario": "under", **NEAR}),
    Doc("hu46_customs.txt", "customs",
        "个人走私普通货物偷逃税款97,340元<10万元（刑法第153条）；完税价格48万元不是计量口径；罚8万在实施条例第9条内，"
        "已告知听证",
        flags={"scenario": "under", **NEAR}),
    Doc("hu47_forestland.txt", "forestry",
        "占用国家级公益林地3070平方米=4.6亩<5亩（法释〔2023〕8号第一条）；罚2倍在森林法第73条内，已告知听证",
        flags={"scenario": "under", **NEAR}),
    Doc("hu48_forestry.txt", "forestry",
        "收购无合法来源木材立木蓄积18.0立方米<20立方米、价款2.14万/销售4.86万均<5万元（法释〔2023〕8号，"
        "forest-345-3）；罚1倍在森林法第78条三倍以下内，已告知听证",
        flags={"scenario": "under", **NEAR}),
]

GROUPS = [
    # ── 化整为零: one company's continuous unlicensed bauxite mining cut into three two-month decisions the same day ──
    *[Doc(name, "mining",
          "同一公司（同一信用代码）在同一采场连续无证开采铝土矿，同日按时段拆成三案；销赃41,000+37,000+35,000="
          "113,000元≥10万元（法释〔2016〕25号第三、八、十三条，mining-343-1-illegal/1）；每案罚50%在实施细则第42条内",
          [split("mining-343-1-illegal/1", quote, 113000.0, SPLIT)],
          {"scenario": "split", "split_group": SPLIT})
      for name, quote in (("hu49_mining.txt", "销售价款为人民币41,000"),
                          ("hu50_mining.txt", "销售价款为人民币37,000"),
                          ("hu51_mining.txt", "销售价款为人民币35,000"))],
    # ── repeat offender: the same credit code punished again ten months later ──
    Doc("hu52_forestry.txt", "forestry",
        "收购无合法来源木材4.6立方米，首次处罚；罚1倍在森林法第78条三倍以下内",
        flags={"scenario": "repeat_first", "repeat_group": REPEAT}),
    Doc("hu53_forestry.txt", "forestry",
        "同一统一社会信用代码的单位2024年3月18日处罚后约十个月再犯同类违法，二年内再犯；罚2倍在森林法第78条内",
        [repeat("隆化瑞丰木业有限公司（原名：隆化县瑞丰木业有限公司）", REPEAT)],
        {"scenario": "repeat", "repeat_group": REPEAT}),
]

DOCS = sorted(CRIMINAL + PUBLIC_INTEREST + IRREGULAR + NEGATIVE + GROUPS, key=lambda doc: doc.file)


labeled = lead_gold.labeler(HERE, CREATED, VERSION)

if __name__ == "__main__":
    lead_gold.main(HERE, DOCS, CREATED, VERSION)
