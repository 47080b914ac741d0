"""Lead labels for the twenty-eighth hand-written set in this folder (run to rewrite ``gold.jsonl``).

A new UNSEEN held-out test of the lead screening, written on 2026-11-22 without reading any decision
of the other hand-written sets nor the screening code. Every decision ``jgNN_<domain>.txt`` was
written by hand in the manner of published 行政处罚决定书 of city, county and banner agencies in
黑龙江, 吉林, 辽宁 and 内蒙古 (all names, numbers, codes and addresses invented; credit codes carry
valid GB 32100-2015 check digits and GB 11714 organisation-code check digits, identity numbers valid
GB 11643 check digits, masked in the middle). The figures are written the hard ways clerks write
them: totals the reader must add from batches, rows of small tables or quantities times unit
prices; excess over a permit; square metres and hectares for 亩; the protected status, land kind
or substance in another paragraph than the figure; a wrong-measure figure (违法所得, 进货价, the
fine, 货物价值) over the line beside the right one. Labels come from the law only: criminal
thresholds from corpora/knowledge/thresholds.yaml, hearing figures from
corpora/knowledge/hearing.yaml, fine ranges and article existence from the statute text in force on
the decision date. Each row's ``meta.reason`` gives the one-line legal reason.

Run from the repository root: ``.venv/bin/python corpora/labeled/handwritten_twentyeighth/make_gold.py``.
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
CREATED = "2026-11-22T17:40:00+00:00"
VERSION = "handwritten-twentyeighth/1"

SPLIT, REPEAT = "split-jg-jilin-waste-oil", "repeat-jg-ordos-coal-yard"
OVER = {"scenario": "over"}
QUAL = {"scenario": "qualitative"}

CRIMINAL = [
    # ── criminal-transfer leads (each also 以罚代刑: only fined, no transfer recorded) ──
    Doc("jg01_food_safety.txt", "food_safety",
        "火锅底料加罂粟壳，检出吗啡、可待因、罂粟碱（非食用物质），刑法第144条行为犯无金额门槛（food-144-toxic/1）；"
        "货值不足1万，罚10万在食品安全法第123条10万-15万内；只罚款未移送",
        [trigger("food-144-toxic/1", "两份样品中均检出吗啡、可待因、罂粟碱成分"),
         fined_only("罚款人民币壹拾万元整（￥100,000.00）")], QUAL),
    Doc("jg02_food_safety.txt", "food_safety",
        "超限量使用甜蜜素的糕点，未证明足以造成严重食物中毒，销售金额须相加：2,160×18+1,420×9.5=52,370元≥5万元"
        "（food-143-substandard/6，刑法第149条转第140条）；违法所得16,420元不是口径；罚10倍在第124条10-20倍内；只罚款未移送",
        [threshold("food-143-substandard/6", "共发出枣泥酥2,160盒，出厂价每盒18元", 52370.0),
         fined_only("按货值金额的十倍并处罚款计人民币伍拾叁万壹仟捌佰柒拾元")], OVER),
    Doc("jg03_drugs.txt", "drugs",
        "中成药检出西地那非，成分与国家药品标准不符，依药品管理法第98条第二款第（一）项为假药，销售假药为刑法第141条"
        "行为犯（drug-141-counterfeit/1）；罚150万为第116条货值不足10万按10万计15倍；只罚款未移送",
        [trigger("drug-141-counterfeit/1", "上述药品为假药"), fined_only("计人民币壹佰伍拾万元整")], QUAL),
    Doc("jg04_fishery.txt", "fishery",
        "呼伦湖禁渔期（在另一段）使用电捕鱼工具捕捞，刑法第340条禁渔期使用禁用方法无数量要求"
        "（fishery-340-inland/5，法释〔2022〕12号第三条）；渔获18.6公斤不影响；罚8千在渔业法第38条五万以下内；只罚款未移送",
        [trigger("fishery-340-inland/5", "使用电瓶、升压器、抄网等电捕鱼工具进行捕捞"),
         fined_only("罚款人民币捌仟元")], QUAL),
    Doc("jg05_intellectual_property.txt", "intellectual_property",
        "销售假冒注册商标的羽绒服，表中已售销售金额须相加：96×328+74×236+38×128=53,816元≥5万元（ip-214-sell-counterfeit/2，"
        "2025年解释，刑法第214条）；进货价2.6万、库存货值1.7万不是口径；罚1倍在商标法第60条五倍以下内；只罚款未移送",
        [threshold("ip-214-sell-counterfeit/2", "BJX-801　　长款羽绒服　　96　　　　　328", 53816.0),
         fined_only("按违法经营额的一倍处罚款人民币柒万零柒佰零捌元整")], OVER),
    Doc("jg06_environment.txt", "environment",
        "HW08废矿物油（在另一句）分三批交无证个人：1.35+1.1+0.95=3.4吨≥3吨（env-338-pollution/1，法释〔2023〕7号第一条"
        "第（二）项）；罚60万为固废法第112条第二款处置费按20万计的3倍；只罚款未移送",
        [threshold("env-338-pollution/1", "2024年11月18日1.35吨，2025年1月9日1.1吨，2025年3月21日0.95吨", 3.4),
         fined_only("计人民币陆拾万元")], OVER),
    Doc("jg07_environment.txt", "environment",
        "监测表中总镉0.27mg/L，限值0.05mg/L，超标4.4倍≥3倍（env-338-pollution/2，法释〔2023〕7号第一条第（三）项）；"
        "化学需氧量超标0.13倍不相干；罚45万在水污染防治法第83条10万-100万内；只罚款未移送",
        [threshold("env-338-pollution/2", "总镉　　　　　0.27　　　　　　　0.05", 4.4),
         fined_only("并处罚款人民币肆拾伍万元整")], OVER),
    Doc("jg08_land.txt", "land",
        "非法占用永久基本农田（在另一段）4,120平方米=6.18亩≥5亩且种植条件严重毁坏（land-342-cultivated/1，法释〔2000〕14号"
        "第三条，刑法第342条）；每平方米200元在实施条例第57条100-1000元内，已听证；只罚款未移送",
        [threshold("land-342-cultivated/1", "堆场及附属设施共占用土地4,120平方米", 6.18),
         fined_only("共计人民币捌拾贰万肆仟元")], OVER),
]

PUBLIC_INTEREST = []
IRREGULAR = []
NEGATIVE = []
GROUPS = []

DOCS = sorted(CRIMINAL + PUBLIC_INTEREST + IRREGULAR + NEGATIVE + GROUPS, key=lambda doc: doc.file)


labeled = lead_gold.labeler(HERE, CREATED, VERSION)

if __name__ == "__main__":
    lead_gold.main(HERE, DOCS, CREATED, VERSION)
