"""Lead labels for the forty-seventh hand-written set in this folder (run to rewrite ``gold.jsonl``).

A new UNSEEN held-out test of the lead screening, written on 2026-11-22 without reading any decision
of the other hand-written sets nor the screening code. Every decision ``jzNN_<domain>.txt`` was
written by hand in the manner of published 行政处罚决定书 from agencies across the country, leaning on
市场监管, 税务 and 海关 decisions with tables (sales by month or by product, count × price rows, tax by
kind and period with 应纳 and 已缴 columns, invoices with 金额 and 价税合计), plus 公安 (several kinds
of personal information in one decision), 网信 and 人社 (all names, numbers, codes and addresses
invented; credit codes carry valid GB 32100-2015 check digits, identity numbers valid GB 11643 check
digits). Labels come from the law only: criminal thresholds from corpora/knowledge/thresholds.yaml,
hearing figures from corpora/knowledge/hearing.yaml, fine ranges and article existence from the
statute text in force on the decision date. Each row's ``meta.reason`` gives the one-line legal
reason. Conventions are those of ``handwritten_fifth/make_gold.py``.

Run from the repository root: ``.venv/bin/python corpora/labeled/handwritten_fortyseventh/make_gold.py``.
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
CREATED = "2026-11-22T19:40:00+00:00"
VERSION = "handwritten-fortyseventh/1"

SPLIT, REPEAT = "split-jz-jinan-cable", "repeat-jz-xiamen-invoice"
OVER = {"scenario": "over"}
QUAL = {"scenario": "qualitative"}

CRIMINAL = [
    # ── criminal-transfer leads (each also 以罚代刑: only fined, no transfer recorded) ──
    Doc("jz01_product_quality.txt", "product_quality",
        "以不合格电线冒充合格销售，五个月销售收入12,400+9,860+15,300+8,750+7,690=54,000元≥5万元（刑法第140条，"
        "立案追诉标准（一）第十六条）；罚货值6万的一倍在产品质量法第50条50%-3倍内；只罚款未移送",
        [threshold("product-140-fake-inferior/1", "销售上述电线情况如下", 54000.0),
         fined_only("处违法生产、销售产品货值金额一倍罚款，计人民币陆万元整")], OVER),
    Doc("jz02_food_safety.txt", "food_safety",
        "压片糖果中检出西地那非、他达拉非（保健食品非法添加，物质性质在另一段），刑法第144条行为犯，法释〔2021〕24号；"
        "罚12万在食品安全法第123条货值不足1万10万-15万内；只罚款未移送",
        [trigger("food-144-toxic/3", "样品中检出西地那非"), fined_only("并处罚款人民币壹拾贰万元整")], QUAL),
    Doc("jz03_drugs.txt", "drugs",
        "以非药品（冷敷贴）冒充药品，依药品管理法第98条第二款第（四）项按假药论处，销售假药为刑法第141条行为犯；"
        "罚150万为第116条货值不足10万按10万计15倍下限；只罚款吊证未移送",
        [trigger("drug-141-counterfeit/1", "上述产品按假药论处"),
         fined_only("并处货值金额十五倍罚款，计人民币壹佰伍拾万元")], QUAL),
    Doc("jz04_intellectual_property.txt", "intellectual_property",
        "销售假冒NIKE运动鞋，三款86×268+54×398+31×188=50,368元≥5万元（刑法第214条，法释〔2025〕5号）；进货款"
        "14,970元不是计量口径；罚10万在商标法第60条五倍以下内；只罚款未移送",
        [threshold("ip-214-sell-counterfeit/2", "AIR FORCE 1型    86双 × 每双268元", 50368.0),
         fined_only("罚款人民币拾万元")], OVER),
    Doc("jz05_tax.txt", "tax",
        "账外收入虚假申报，2024年度少缴增值税160,784+企业所得税54,560+城建税11,254.88=226,598.88元≥10万元，占应纳"
        "税额294,451.32元的77%≥10%（法释〔2024〕4号第一条，刑法第201条）；追缴通知后逾期未缴，第四款不适用；罚60%"
        "在征管法第63条50%-5倍内；只罚款未移送",
        [threshold("tax-201-evasion/1", "增值税        2024.01-2024.12     198,627.40        37,843.40", 226598.88),
         fined_only("罚款共计人民币壹拾叁万伍仟玖佰伍拾玖元叁角叁分")], OVER),
    Doc("jz06_tax.txt", "tax",
        "无真实货物交易虚开增值税专用发票6份，税额＝价税合计−金额，24,180+18,525+26,689+12,831+10,062+16,198="
        "108,485元≥10万元（法释〔2024〕4号第十一条，刑法第205条）；罚40万在发票管理办法第35条5万-50万内；只罚款未移送",
        [threshold("tax-205-vat-invoice/1", "开具增值税专用发票6份", 108485.0), fined_only("并处罚款肆拾万元")], OVER),
    Doc("jz07_customs.txt", "customs",
        "以两套合同低报价格走私进口葡萄酒（单位），偷逃关税68,420.50+增值税121,366.27+消费税23,000=212,786.77元"
        "≥20万元（法释〔2014〕10号第二十四条，刑法第153条）；海关按申报不实罚17万（30%-2倍内）；只罚款未移送",
        [threshold("customs-153-ordinary-goods/2", "关税人民币68,420.50元", 212786.77),
         fined_only("决定对当事人科处罚款人民币17万元")], OVER),
    Doc("jz08_public_security.txt", "public_security",
        "出售行踪轨迹信息41条+征信信息12份=53条≥50条（两类同属第五条第一款第（三）项，法释〔2017〕10号，刑法第253条"
        "之一；性质在另一段）；一般信息3,200条、违法所得4,600元各未达线；罚3倍在网络安全法第64条第二款1-10倍内；"
        "只罚款未移送",
        [threshold("pi-253-1-personal-information/1", "轨迹回放记录41条", 53.0),
         fined_only("并处违法所得三倍罚款，计人民币13,800元")], OVER),
    Doc("jz09_public_security.txt", "public_security",
        "酒店前台出售住宿信息168+205+177=550条≥500条（法释〔2017〕10号第五条第一款第（四）项，刑法第253条之一；"
        "履职获得，半数即达线；信息种类在另一段）；罚5倍在网络安全法第64条第二款内；只罚款未移送",
        [threshold("pi-253-1-personal-information/2", "属于住宿信息", 550.0),
         fined_only("并处罚款人民币13,750元")], OVER),
    Doc("jz10_cyberspace.txt", "cyberspace",
        "单位出售一般个人信息2,400+3,100+1,760=7,260条≥5,000条（法释〔2017〕10号第五条第一款第（五）项，刑法第253条"
        "之一；违法所得21,780元亦≥5,000元）；网信罚80万在个人信息保护法第66条第二款内；只罚款未移送",
        [threshold("pi-253-1-personal-information/3", "共分三批向他人提供", 7260.0),
         fined_only("处罚款人民币捌拾万元")], OVER),
]

PUBLIC_INTEREST: list[Doc] = []
IRREGULAR: list[Doc] = []
NEGATIVE: list[Doc] = []
GROUPS: list[Doc] = []

DOCS = sorted(CRIMINAL + PUBLIC_INTEREST + IRREGULAR + NEGATIVE + GROUPS, key=lambda doc: doc.file)


labeled = lead_gold.labeler(HERE, CREATED, VERSION)

if __name__ == "__main__":
    lead_gold.main(HERE, DOCS, CREATED, VERSION)
