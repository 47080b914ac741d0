"""Build corpora/knowledge/thresholds.yaml and procedure.yaml from the reference research data.

The reference files (../shared/reference/criminal-thresholds.yaml, procedure-rules.yaml) describe
each threshold in prose plus a loose (quantity, unit) pair. This script turns them into the
project's own machine-readable encoding: OUTPUT.md domain and public-interest ids, the 刑法
article as an int, a ``measure`` per threshold item (amount with a role, quantity with a
subject and canonical unit, ratio, or qualitative trigger with keywords), ``all_of`` where
items must hold together, the tier, and the look-back window of prior-penalty counts. Every
source citation, date and confidence is carried over. Run at build time only:

    .venv/bin/python scripts/build_thresholds_kb.py --reference ../shared/reference --out /tmp/kb

Since the first import, corpora/knowledge/thresholds.yaml is maintained by hand: elements and
keywords fixed against the law (法释〔2022〕12号第三条 all_of conditions, 暗管 with 有毒物质, ...)
live only there. The script therefore refuses to overwrite the project's files unless given
``--force``; build elsewhere and merge what changed in the reference.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from analysis.knowledge.numerals import cn_to_int  # noqa: E402
from analysis.knowledge.vocab import PIL_FIELDS  # noqa: E402

# reference domain → OUTPUT.md domain id (an id-specific override below wins)
DOMAINS = {
    "environment": "environment", "resources_land": "land", "forestry": "forestry", "fishery": "fishery",
    "wildlife": "wildlife", "food": "food_safety", "drug": "drugs", "product_quality": "product_quality",
    "market_ip": "market", "tax": "tax", "customs": "customs", "safety_production": "work_safety",
    "finance": "finance", "health": "health", "tobacco": "tobacco", "other": "other",
}
DOMAIN_BY_ID = {
    "mining-343-1-illegal": "mining",
    "mining-343-2-destructive": "mining",
    "ip-213-counterfeit-trademark": "intellectual_property",
    "ip-214-sell-counterfeit": "intellectual_property",
    "ip-215-trademark-labels": "intellectual_property",
    "ip-216-patent": "intellectual_property",
    "ip-217-218-copyright": "intellectual_property",
    "ip-219-trade-secret": "intellectual_property",
    "product-147-agri-inputs": "agriculture",
    "product-148-cosmetics": "drugs",
    "product-145-medical-devices": "drugs",
    "relics-324-damage": "culture_tourism",
    "relics-326-328-trafficking-tomb-robbing": "culture_tourism",
    "health-337-quarantine": "agriculture",
    "safety-125-2-dangerous-substances": "public_security",
    # 出售、提供个人信息 is punished by 公安机关 (网络安全法第六十四条第二款); decisions are public-security ones
    "pi-253-1-personal-information": "public_security",
}
UNITS = {
    "yuan": "元", "ton": "吨", "kg": "千克", "grams": "克", "mu": "亩", "m3": "立方米", "hectare": "公顷",
    "plants": "株", "persons": "人", "times": "次", "multiple": "倍", "records": "条", "pieces": "件",
    "sticks": "支", "hours": "小时", "levels": "级", "percent": "%",
}
# amount label prefix → (role, roles that also count toward it); first match wins
AMOUNT_ROLES = [
    ("违法所得或公私财产损失", "damage", ["illegal_gains"]),
    ("权利人损失或违法所得", "damage", ["illegal_gains"]),
    ("违法所得", "illegal_gains", []),
    ("非法获利", "illegal_gains", []),
    ("销售金额", "sales_amount", []),
    ("生产销售金额", "sales_amount", []),
    ("货值金额", "goods_value", []),
    ("疫区易感动物或产品货值", "goods_value", []),
    ("应依法处理的动植物或产品货值", "goods_value", []),
    ("非法经营数额", "other", ["sales_amount", "goods_value"]),
    ("交易数额", "other", ["sales_amount"]),
    ("逃避缴纳税款数额", "tax_evaded", []),
    ("扣缴义务人不缴少缴已扣已收税款", "tax_evaded", []),
    ("无法追缴的欠税数额", "tax_evaded", []),
    ("偷逃应缴税额", "tax_evaded", []),
    ("骗取出口退税款", "tax_evaded", []),
    ("直接经济损失", "damage", []),
    ("事故直接经济损失", "damage", []),
    ("增加直接经济损失", "damage", []),
    ("存款人直接经济损失", "damage", []),
    ("专利权人直接经济损失", "damage", []),
    ("公私财产损失", "damage", []),
    ("生产损失", "damage", []),
    ("国有土地资产流失", "damage", []),
    ("后果", "damage", []),
]
GOODS_VALUE_WORDS = ("价值",)  # 林木价值, 渔获物价值, 野生动物及制品价值 … are the value of the goods
# amounts computed from several roles: role → coefficient
COMBINED = {
    "已销售金额×3+未销售货值": {"sales_amount": 3, "goods_value": 1},
    "已销售+未销售合计": {"sales_amount": 1, "goods_value": 1},
}
# qualitative items whose condition text shares no word with the entry's trigger list
EXTRA_KEYWORDS: dict[tuple[str, str], list[str]] = {
    ("env-hazwaste-unlicensed", "提炼利用"): ["提炼", "提取", "土法炼油", "作原料", "作燃料"],
    ("env-338-pollution", "生态环境损害"): ["生态环境严重损害", "生态环境损害"],
    ("mining-343-1-illegal", "生态环境损害"): ["生态环境严重损害", "生态环境损害"],
    ("fishery-340-marine", "禁用工具方法"): ["禁渔区", "禁渔期", "伏季休渔", "禁用网具", "电脉冲", "底拖网"],
    ("food-143-substandard", "严重超标物质"): ["致病性微生物", "农药残留", "兽药残留", "生物毒素", "重金属", "严重超出标准限量"],
    ("food-143-substandard", "禁止生产销售的食品"): ["明令禁止生产、销售", "防控疾病"],
    # 《食品中可能违法添加的非食用物质名单》 (卫生部 2008-2011, 第1-6批) names the substances a
    # decision states instead of 有毒有害的非食品原料 (法释〔2021〕24号第九条)
    ("food-144-toxic", "行为"): ["有毒、有害的非食品原料", "有毒有害", "非食品原料", "非法添加", "非食用物质", "工业明胶",
                               "苏丹红", "三聚氰胺", "吊白块", "孔雀石绿", "瘦肉精", "盐酸克伦特罗", "罂粟壳", "硼砂",
                               "硼酸", "工业用硫磺", "工业硫磺", "敌敌畏", "碱性橙", "美术绿", "硝基呋喃", "地沟油"],
    ("drug-142-substandard", "人身损害后果"): ["轻伤", "重伤", "残疾", "功能障碍", "严重危害人体健康"],
    ("drug-142-1-management", "注册申报/研究数据造假"): ["虚假证明", "虚假数据", "虚假资料", "欺骗手段", "临床试验", "瞒报严重不良事件"],
    ("drug-142-1-management", "编造记录"): ["编造生产记录", "编造检验记录", "编造生产、检验记录"],
    ("product-146-unsafe", "人身伤亡"): ["重伤", "死亡"],
    ("product-148-cosmetics", "严重后果"): ["容貌毁损", "皮肤严重损伤", "功能障碍", "精神失常", "重伤", "死亡"],
    ("ip-219-trade-secret", "经营困难"): ["破产", "倒闭", "重大经营困难"],
    ("market-222-false-advertising", "后果"): ["严重危害后果", "恶劣社会影响"],
    ("market-223-bid-rigging", "手段"): ["威胁", "欺骗", "贿赂"],
    ("customs-151-3-prohibited-goods", "特殊情节"): ["犯罪集团", "特种车辆", "环境严重污染", "甲类传染病", "动植物疫情"],
    ("customs-152-waste", "特殊情节"): ["犯罪集团", "特种车辆", "环境严重污染"],
    ("safety-134-1a-dangerous-operation", "关闭破坏安全设备或篡改数据"): ["关闭", "破坏", "监控", "报警", "篡改", "隐瞒", "销毁", "现实危险"],
    ("safety-134-1a-dangerous-operation", "未经批准擅自高危作业"): ["未经依法批准", "未取得许可", "擅自从事", "矿山开采", "金属冶炼", "建筑施工", "危险物品"],
    ("health-336-illegal-medical-practice", "就诊人伤害"): ["残疾", "功能障碍", "器官组织损伤"],
    ("health-336-illegal-medical-practice", "传染病"): ["甲类传染病", "传播", "流行"],
    ("health-336-illegal-medical-practice", "使用假劣药械"): ["假药", "劣药", "医疗器械", "卫生材料"],
    ("health-337-quarantine", "疫情后果"): ["重大动植物疫情", "动物疫情", "植物疫情"],
    ("relics-324-damage", "过失损毁"): ["过失损毁", "损毁", "珍贵文物", "文物保护单位"],
}
# conditions stated inside one reference item ("…且（同时）…") that must hold together with it
HAND_ALL_OF: dict[str, list[dict]] = {
    "tax-205-1-ordinary-invoice/2": [
        {"label": "票面金额", "text": "且（同时）票面金额三十万元以上",
         "measure": {"kind": "amount", "role": "other", "subject": "票面金额"}, "min_value": 300000},
    ],
    "tobacco-225-illegal-business/4": [
        {"label": "非法经营数额", "text": "又非法经营且数额三万元以上",
         "measure": {"kind": "amount", "role": "other", "subject": "非法经营数额", "also": ["sales_amount", "goods_value"]},
         "min_value": 30000},
    ],
    "labor-276-1-wage-refusal/1": [
        {"label": "责令支付后仍不支付", "text": "且经政府有关部门责令支付仍不支付",
         "measure": {"kind": "trigger", "keywords": ["责令支付", "仍不支付", "拒不支付"]}, "min_value": None},
    ],
    "labor-276-1-wage-refusal/2": [
        {"label": "责令支付后仍不支付", "text": "且经责令支付仍不支付",
         "measure": {"kind": "trigger", "keywords": ["责令支付", "仍不支付", "拒不支付"]}, "min_value": None},
    ],
}


HISTORY_FILE = ROOT / "corpora" / "knowledge" / "threshold_history.yaml"


def history_entries(current: dict, history: list[dict]) -> list[dict]:
    """Reference-shaped entries for the predecessor standards of ``current``
    (corpora/knowledge/threshold_history.yaml)."""
    out = []
    for spec in (h for h in history if h["of"] == current["id"]):
        items = []
        for index in spec.get("keep", []):
            item = dict(current["thresholds"][index - 1])
            if index in spec.get("set_min", {}):
                item["min_value"] = spec["set_min"][index]
                item["condition_text"] = spec["set_text"][index]
            items.append(item)
        items += spec.get("add", [])
        entry = dict(current, thresholds=items, source=spec["source"], effective_from=spec["effective_from"],
                     effective_to=spec["effective_to"], confidence=spec.get("confidence", current["confidence"]))
        entry["id"] = f"{current['id']}@{spec['tag']}"
        entry["found_in"] = spec.get("found_in") or f"corpora/knowledge/threshold_history.yaml（{current['id']} 的 notes）"
        entry["notes"] = f"前一标准（{spec['effective_from']}至{spec['effective_to']}），依 {current['id']} 的历史说明编码。"
        out.append(entry)
    return out


# words that identify a counted quantity in a decision's text (first key contained in the subject wins)
SUBJECT_CUES: list[tuple[str, list[str]]] = [
    ("危险性固体", ["危险废物", "危废", "固体废物", "液态废物"]),
    ("非危险性固体", ["固体废物", "液态废物", "废物"]),
    ("危险废物", ["危险废物", "危废", "废矿物油", "废机油", "废铅蓄电池", "废酸", "废碱", "废有机溶剂", "含油污泥",
              "医疗废物", "电镀污泥", "废活性炭", "废乳化液"]),
    ("限制进口", ["废物", "废纸", "废塑料", "废五金"]),
    ("超标倍数(铅", ["超标", "倍", "铅", "汞", "镉", "铬", "砷", "铊", "锑"]),
    ("超标倍数(镍", ["超标", "倍", "镍", "铜", "锌", "银", "钒", "锰", "钴"]),
    ("取水中断", ["取水中断", "停止供水", "饮用水水源"]),
    ("处罚次数", ["行政处罚", "受过处罚", "处罚决定书"]),
    ("前科", ["行政处罚", "刑事处罚", "受过处罚"]),
    ("永久基本农田", ["永久基本农田", "基本农田"]),
    ("基本农田", ["基本农田"]),
    ("其他耕地", ["耕地"]),
    ("公益林地", ["公益林"]),
    ("商品林地", ["商品林", "林地"]),
    ("防护林地", ["防护林", "特种用途林"]),
    ("其他林地", ["林地"]),
    ("草原", ["草原"]),
    ("其他农用地", ["农用地"]),
    ("其他土地", ["土地"]),
    ("出让面积", ["出让", "国有土地使用权"]),
    ("一级保护野生植物", ["国家一级保护", "一级保护"]),
    ("二级保护野生植物", ["国家二级保护", "二级保护"]),
    ("立木蓄积", ["立木蓄积", "蓄积", "林木"]),
    ("幼树", ["幼树"]),
    ("种质资源保护区", ["种质资源保护区"]),
    ("苗种", ["苗种", "鱼苗", "怀卵亲体", "亲体"]),
    ("渔获物", ["渔获物", "渔获", "水产品"]),
    ("标识", ["商标标识", "标识", "标签"]),
    ("复制品", ["复制品", "盗版"]),
    ("卷烟", ["卷烟", "香烟"]),
    ("传销人员", ["传销", "下线", "会员"]),
    ("层级", ["层级"]),
    ("吸收对象", ["集资参与人", "投资人", "存款人", "社会公众"]),
    ("死亡", ["死亡"]),
    ("重伤", ["重伤"]),
    ("信息条数", ["个人信息", "公民个人信息"]),
    ("原粉原液", ["毒鼠强", "原粉", "原液", "剧毒"]),
    ("饵料", ["毒饵", "饵料"]),
    ("过火", ["过火", "有林地"]),
    ("古生物化石", ["古生物化石", "化石"]),
    ("三级文物", ["三级文物", "文物"]),
    ("疫区", ["疫区"]),
    ("木炭硅砂", ["木炭", "硅砂"]),
    ("旧机动车", ["旧机动车", "旧机电", "旧衣物"]),
    ("有毒物质", ["有毒物质"]),
    ("转让倒卖", ["转让", "倒卖"]),
    ("非法批准", ["批准", "审批"]),
    ("不移交", ["移交"]),
    ("虚开份数", ["发票"]),
    ("逃税额占应纳税额比例", ["应纳税额", "占"]),
    ("低于最低价", ["最低价", "低于"]),
]


def subject_cues(subject: str) -> list[str]:
    for key, cues in SUBJECT_CUES:
        if key in subject:
            return cues
    return [subject]


def amount_measure(label: str) -> dict:
    """Measure of a yuan threshold: which case amount (OUTPUT.md role) it applies to."""
    if label in COMBINED:
        return {"kind": "amount", "role": "other", "subject": label, "combine": COMBINED[label]}
    base = label.split("（")[0]
    for prefix, role, also in AMOUNT_ROLES:
        if base.startswith(prefix):
            measure = {"kind": "amount", "role": role, "subject": base}
            if also:
                measure["also"] = also
            return measure
    if any(word in base for word in GOODS_VALUE_WORDS):
        return {"kind": "amount", "role": "goods_value", "subject": base}
    return {"kind": "amount", "role": "other", "subject": base}


def quantity_subject(label: str) -> str:
    """危险废物数量 → 危险废物; labels naming what is counted keep their words."""
    for suffix in ("数量", "重量"):
        if label.endswith(suffix) and len(label) > len(suffix):
            return label[: -len(suffix)]
    return label

OUT = ROOT / "corpora" / "knowledge"
HEADER = """\
# Imported by scripts/build_thresholds_kb.py from ../shared/reference/{name}, then maintained by hand
# (research data compiled for this project; verify against the official text before relying on it).
# A change of law is an edit here, with its source; a rebuild would drop the hand-made fixes.
"""

_WINDOW = re.compile(r"([一二两三四五六七八九十\d]+)年内")
_ALL_OF_NEXT = ("且（同时）", "且同时", "并且")


def criminal_articles(text: str) -> list[int]:
    """All 刑法 article numbers in ``刑法第338条、第225条`` → [338, 225]."""
    return [int(n) for n in re.findall(r"第(\d+)条", text)]


def window_years(condition: str) -> int | None:
    match = _WINDOW.search(condition)
    return cn_to_int(match.group(1)) if match else None


def measure_for(entry: dict, item: dict) -> dict:
    """The machine-readable measure of one reference threshold item."""
    label, unit = item["quantity"], item.get("unit")
    if item.get("min_value") is None or unit is None:
        keywords = [t for t in entry.get("triggers") or [] if t in item["condition_text"]]
        keywords += EXTRA_KEYWORDS.get((entry["id"].split("@")[0], label), [])
        return {"kind": "trigger", "keywords": list(dict.fromkeys(keywords))}
    if unit == "yuan":
        return amount_measure(label)
    if unit == "percent":
        return {"kind": "ratio", "subject": label, "unit": "%", "keywords": subject_cues(label)}
    subject = quantity_subject(label)
    return {"kind": "quantity", "subject": subject, "unit": UNITS[unit], "keywords": subject_cues(subject)}


def threshold_item(entry: dict, index: int, item: dict) -> dict:
    condition = item["condition_text"]
    out = {
        "id": f"{entry['id']}/{index}",
        "label": item["quantity"],
        "text": condition,
        "measure": measure_for(entry, item),
        "min_value": item.get("min_value"),
        "tier": "aggravated" if condition.startswith("[档位") else "base",
    }
    if item["quantity"].endswith("次数") or "处罚次数" in item["quantity"] or "前科" in item["quantity"]:
        out["window_years"] = window_years(condition)
    elif (years := window_years(condition)) and ("处罚" in condition or "刑事" in condition):
        out["prior_penalty_window_years"] = years
    return out


def merge_all_of(items: list[dict], raw: list[dict]) -> list[dict]:
    """Fold an item whose text says 与上一项同时满足 into the previous item's ``all_of``."""
    merged: list[dict] = []
    for item, source in zip(items, raw, strict=True):
        text = source["condition_text"]
        if merged and text.startswith("与上一项同时满足"):
            merged[-1].setdefault("all_of", []).append(
                {"label": item["label"], "text": text, "measure": item["measure"], "min_value": item["min_value"]}
            )
            continue
        if item["id"] in HAND_ALL_OF:
            item["all_of"] = HAND_ALL_OF[item["id"]]
        merged.append(item)
    return merged


# Catch-all offences the domain alone never names: 刑法第二百二十五条第四项 (其他严重扰乱市场
# 秩序的非法经营行为) needs a specific unlicensed business in the decision's wording (非法经营,
# 未经许可经营 …); a market decision about 虚假宣传 or 虚假广告 is not about it.
REQUIRES_TRIGGER = {"market-225-general", "finance-225-payment-settlement"}
# Trigger words too generic for an offence: 未经许可经营 a 旅行社 or a 保险代理 is an administrative
# licensing violation (旅游法第九十五条, 保险法第一百五十九条), not 刑法第二百二十五条.
DROPPED_TRIGGERS = {"market-225-general": {"未经许可经营"}}


def encode_threshold_entry(entry: dict) -> dict:
    articles = criminal_articles(entry["criminal_law_article"])
    raw = entry.get("thresholds") or []
    items = [threshold_item(entry, i + 1, item) for i, item in enumerate(raw)]
    domain = DOMAIN_BY_ID.get(entry["id"].split("@")[0]) or DOMAINS[entry["domain"]]
    out = {
        "id": entry["id"],
        "family": entry["id"].split("@")[0],
        "offense": entry["offense"],
        "criminal_law_article": articles[0],
        "criminal_law_articles": articles,
        "criminal_law_article_text": entry["criminal_law_article"],
        "domain": domain,
        "reference_domain": entry["domain"],
        "pil_fields": [PIL_FIELDS[f] for f in entry.get("pil_fields") or []],
        "source": entry["source"],
        "found_in": entry.get("found_in"),
        "effective_from": str(entry["effective_from"]),
        "effective_to": entry.get("effective_to"),
        "confidence": entry["confidence"],
        "triggers": [t for t in entry.get("triggers") or []
                     if t not in DROPPED_TRIGGERS.get(entry["id"].split("@")[0], ())],
        "thresholds": merge_all_of(items, raw),
        "notes": entry.get("notes") or "",
    }
    if out["family"] in REQUIRES_TRIGGER:
        out["requires_trigger"] = True
    return out


PROCEDURE_UNITS = {
    "days": "日", "working_days": "工作日", "hours": "小时", "months": "个月", "years": "年",
    "yuan": "元", "persons": "人", "items": "项", "multiple": "倍", "percent": "%",
}


def encode_procedure_entry(entry: dict) -> dict:
    params = []
    for i, p in enumerate(entry.get("parameters") or []):
        unit = p.get("unit")
        params.append(
            {
                "id": f"{entry['id']}/{i + 1}",
                "label": p["quantity"],
                "unit": PROCEDURE_UNITS[unit] if unit else None,
                "value": p.get("value"),
                "text": p["condition_text"],
            }
        )
    return {
        "id": entry["id"],
        "rule": entry["rule"],
        "category": entry["category"],
        "check": entry.get("check") or "",
        "parameters": params,
        "keywords": entry.get("keywords") or [],
        "source": entry["source"],
        "found_in": entry.get("found_in"),
        "effective_from": str(entry["effective_from"]),
        "effective_to": entry.get("effective_to"),
        "confidence": entry["confidence"],
        "notes": entry.get("notes") or "",
    }


class _NoAliasDumper(yaml.SafeDumper):
    def ignore_aliases(self, data) -> bool:  # write shared lists in full, no &id/*id anchors
        return True


def dump(path: Path, header: str, data: list[dict]) -> None:
    text = yaml.dump(data, Dumper=_NoAliasDumper, allow_unicode=True, sort_keys=False, width=200)
    path.write_text(header + text, encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reference", type=Path, default=ROOT.parent / "shared" / "reference")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--force", action="store_true", help="overwrite the hand-maintained project files")
    args = parser.parse_args()
    if args.out.resolve() == OUT.resolve() and not args.force:
        parser.error("corpora/knowledge/thresholds.yaml is maintained by hand since the import; "
                     "build into another --out and merge, or pass --force")
    args.out.mkdir(parents=True, exist_ok=True)
    thresholds = yaml.safe_load((args.reference / "criminal-thresholds.yaml").read_text(encoding="utf-8"))
    procedure = yaml.safe_load((args.reference / "procedure-rules.yaml").read_text(encoding="utf-8"))
    history = yaml.safe_load(HISTORY_FILE.read_text(encoding="utf-8"))
    expanded = [e for entry in thresholds for e in (entry, *history_entries(entry, history))]
    encoded = [encode_threshold_entry(e) for e in expanded]
    dump(args.out / "thresholds.yaml", HEADER.format(name="criminal-thresholds.yaml"), encoded)
    dump(args.out / "procedure.yaml", HEADER.format(name="procedure-rules.yaml"),
         [encode_procedure_entry(e) for e in procedure])
    items = sum(len(e["thresholds"]) for e in encoded)
    print(f"thresholds: {len(encoded)} rules, {items} items; procedure: {len(procedure)} rules")


if __name__ == "__main__":
    main()
