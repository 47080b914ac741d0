"""Hand-written gold for the held-out decisions in ``handwritten/`` (run once to write gold.jsonl).

Each value was read off the decision by a person; amounts list each (role, value) once,
statutes each (law, article, role) once. Spans are left out: the evaluation matches these
on normalized keys.
"""

from __future__ import annotations

import json
from pathlib import Path

FSA, LAND, SAFE = "中华人民共和国食品安全法", "中华人民共和国土地管理法", "中华人民共和国安全生产法"
PUN = "中华人民共和国行政处罚法"


def org(name, code=None, rep=None, address=None, valid=True):
    return {"name": name, "kind": "organization", "credit_code": code,
            "credit_code_valid": valid if code else None, "legal_representative": rep, "address": address}


def person(name, id_number=None, address=None):
    return {"name": name, "kind": "individual", "id_number": id_number, "address": address}


def st(law, article, paragraph=None, item=None, role="other"):
    return {"law": law, "article": article, "paragraph": paragraph, "item": item, "role": role}


def doc(path, domain, number, agency, date, facts_date, parties, amounts, quantities, statutes, penalties,
        title="行政处罚决定书"):
    return {"path": path, "format": "text", "domain": domain, "fields": {
        "title": title, "decision_number": number, "agency": agency, "decision_date": date,
        "facts_date": facts_date, "parties": parties,
        "amounts": [{"role": r, "value": float(v)} for r, v in amounts],
        "quantities": [{"value": float(v), "unit": u} for v, u in quantities],
        "statutes": statutes, "penalties": [{"kind": k} for k in penalties]}}


GOLD = [
    doc("01_food_expired.txt", "food_safety", "沪市监金处〔2023〕282023000123号", "上海市金山区市场监督管理局",
        "2023-05-10", "2023-02-27",
        [org("上海鑫禾食品有限公司", "91310116MA1J8X2Q0J", "张某某", "上海市金山区亭林镇林盛路88号")],
        [("goods_value", 3010), ("illegal_gains", 1200), ("confiscated_gains", 1200), ("fine", 50000)],
        [(86, "袋")],
        [st(FSA, 34, None, 10, "violated"), st(FSA, 124, 1, None, "other"), st(FSA, 124, 1, 5, "basis")],
        ["confiscation", "fine"]),
    doc("02_env_hazwaste.txt", "environment", "通环罚字〔2023〕56号", "南通市生态环境局", "2023-08-15", "2023-06-12",
        [org("南通恒达机械制造有限公司", "91320600MA1MXXXX3C", "李强", "江苏省南通市崇川区工农路155号")],
        [("damage", 186000), ("fine", 600000)],
        [(3.5, "吨"), (1.2, "吨"), (150, "平方米")],
        [st("中华人民共和国固体废物污染环境防治法", 80, 3, None, "violated"),
         st("中华人民共和国固体废物污染环境防治法", 112, 1, 4, "basis"), st(PUN, 67, None, None, "other")],
        ["fine", "order_to_correct"]),
    doc("03_land_occupation.txt", "land", "临自然资罚决字〔2022〕第015号", "临沂市自然资源和规划局", "2022-11-18", None,
        [person("刘某某", "371302196803******", "山东省临沂市兰山区枣园镇刘家庄村")],
        [("fine", 160320)],
        [(8016, "平方米"), (12.02, "亩"), (5336, "平方米"), (8.0, "亩")],
        [st(LAND, 44, 1, None, "violated"), st(LAND, 77, 1, None, "basis"),
         st("中华人民共和国土地管理法实施条例", 57, 1, None, "basis")],
        ["order_to_correct", "confiscation", "fine"]),
    doc("04_fishery_closed_season.txt", "fishery", "象农（渔）罚〔2023〕37号", "象山县农业农村局", "2023-07-04", "2023-06-08",
        [person("陈某", "330225197905******", "浙江省象山县石浦镇")],
        [("goods_value", 7800), ("fine", 20000)],
        [(260, "千克"), (1, "顶")],
        [st("中华人民共和国渔业法", 30, 1, None, "violated"), st("中华人民共和国渔业法", 38, 1, None, "basis")],
        ["confiscation", "fine"]),
    doc("05_forestry_overcut.txt", "forestry", "遂林罚决字（2023）第22号", "遂川县林业局", "2023-03-20", None,
        [person("郭某华", "36242719720516****", "江西省遂川县大汾镇")],
        [("goods_value", 9300), ("fine", 27900)],
        [(136, "株"), (18.6, "立方米"), (408, "株")],
        [st("中华人民共和国森林法", 56, 1, None, "violated"), st("中华人民共和国森林法", 76, 2, None, "basis"),
         st(PUN, 72, 1, 1, "other")],
        ["order_to_correct", "fine"], title="林业行政处罚决定书"),
    doc("06_worksafety.txt", "work_safety", "（南应急）罚〔2023〕118号", "佛山市南海区应急管理局", "2023-05-26", "2023-04-18",
        [org("佛山市南海区永利五金制品厂", "92440605L12345678X", "黄某明", "佛山市南海区狮山镇罗村联和工业区", valid=False)],
        [("fine", 30000), ("fine", 45000), ("fine", 75000)],
        [(3, "台")],
        [st(SAFE, 28, 1, None, "violated"), st(SAFE, 36, 1, None, "violated"), st(SAFE, 97, None, 3, "basis"),
         st(SAFE, 99, None, 2, "basis")],
        ["order_to_correct", "fine"]),
    doc("07_tax_evasion.txt", "tax", "深税三稽罚〔2023〕1056号", "国家税务总局深圳市税务局第三稽查局", "2023-04-20", None,
        [org("深圳市华盛达贸易有限公司", "91440300MA5F1234XC")],
        [("sales_amount", 6832415.20), ("tax_evaded", 787360.55), ("tax_evaded", 55115.24),
         ("tax_evaded", 1213540.00), ("tax_evaded", 2056015.79), ("fine", 1028007.90)],
        [],
        [st("中华人民共和国税收征收管理法", 63, 1, None, "basis"), st(PUN, 72, 1, 1, "other")],
        ["fine"], title="税务行政处罚决定书"),
    doc("08_customs_misdeclare.txt", "customs", "埔关缉违字〔2023〕0215号", "中华人民共和国黄埔海关", "2023-06-30", "2023-02-14",
        [org("东莞市通程电子有限公司", "91441900MA4UJ6E22R", "周某", "广东省东莞市长安镇沙头社区")],
        [("goods_value", 486500), ("tax_evaded", 63245), ("fine", 38000)],
        [(2400, "千克")],
        [st("中华人民共和国海关法", 86, None, 3, "basis"), st("中华人民共和国海关行政处罚实施条例", 15, None, 4, "basis"),
         st(PUN, 67, None, None, "other")],
        ["fine"]),
    doc("09_health_illegal_practice.txt", "health", "岳卫医罚〔2023〕第041号", "长沙市岳麓区卫生健康局", "2023-04-06", None,
        [person("赵某英", "430104********2527", "长沙市岳麓区望月湖街道")],
        [("illegal_gains", 4650), ("goods_value", 8120), ("confiscated_gains", 4650), ("fine", 72750)],
        [(156, "盒"), (3, "套")],
        [st("中华人民共和国基本医疗卫生法", 38, 1, None, "violated"), st("中华人民共和国基本医疗卫生法", 99, 1, None, "basis")],
        ["order_to_correct", "confiscation", "fine"]),
    doc("10_tobacco_unlicensed.txt", "tobacco", "绵烟罚〔2023〕第088号", "绵阳市烟草专卖局", "2023-06-12", "2023-05-16",
        [org("涪城区老王便利店", "92510703MA6AB4CD84", "王某军", "四川省绵阳市涪城区御营街12号")],
        [("goods_value", 58620), ("confiscated_gains", 3150), ("fine", 29310)],
        [(328, "条")],
        [st("中华人民共和国烟草专卖法", 15, 1, None, "violated"), st("中华人民共和国烟草专卖法实施条例", 22, None, None, "violated"),
         st("中华人民共和国烟草专卖法实施条例", 57, None, None, "basis")],
        ["order_to_correct", "confiscation", "fine"]),
    doc("11_ocr_noisy_fake_goods.txt", "intellectual_property", "穗云市监处罚〔2023〕120号", "广州市白云区市场监督管理局",
        "2023-04-28", None,
        [org("广州市白云区雅丽化妆品商行", "92440111MA5CX8YP3M", "林某", "广州市白云区石井街道石沙路23号")],
        [("sales_amount", 33600), ("goods_value", 14400), ("illegal_gains", 9240), ("fine", 50000)],
        [(420, "瓶"), (180, "瓶")],
        [st("中华人民共和国商标法", 57, None, 3, "violated"), st("中华人民共和国商标法", 60, 2, None, "basis")],
        ["confiscation", "fine"]),
    doc("12_drug_unlicensed.txt", "drugs", "郑金市监罚字（2023）第0087号", "郑州市金水区市场监督管理局", "2023-04-03", None,
        [org("郑州康泰大药房有限公司", "91410105MA9F7KXX2R", "孙某", "郑州市金水区花园路156号")],
        [("sales_amount", 1638), ("confiscated_gains", 1638), ("fine", 100000)],
        [(200, "盒"), (182, "盒"), (18, "盒")],
        [st("中华人民共和国药品管理法", 98, 1, None, "violated"), st("中华人民共和国药品管理法", 117, 1, None, "basis"),
         st("中华人民共和国药品管理法实施条例", 75, None, None, "basis"), st(PUN, 32, None, 1, "basis")],
        ["confiscation", "fine"]),
]

# Written after the extractor was developed on GOLD and scored before any change prompted by it.
FIRE, WILD, AD = "中华人民共和国消防法", "中华人民共和国野生动物保护法", "中华人民共和国广告法"
HELDOUT = [
    doc("h01_sand_mining.txt", "mining", "岳水罚字〔2022〕第9号", "岳阳市水利局", "2022-05-12", "2022-04-06",
        [org("岳阳市君山区鑫达砂石有限公司", "91430611MA4QXXXX19", "胡某", "湖南省岳阳市君山区柳林洲街道")],
        [("goods_value", 107100), ("illegal_gains", 63000), ("confiscated_gains", 63000), ("fine", 1071000)],
        [(1260, "立方米"), (1, "艘")],
        [st("中华人民共和国水法", 39, 1, None, "violated"), st("湖南省河道采砂管理条例", 15, None, None, "violated"),
         st("中华人民共和国长江保护法", 91, None, None, "basis")],
        ["order_to_correct", "confiscation", "fine"], title="水行政处罚决定书"),
    doc("h02_wildlife.txt", "wildlife", "桂林公森罚决字〔2023〕第017号", "桂林市公安局森林警察支队", "2023-03-02",
        "2023-02-11", [person("蒋某军", "450321198507******", "广西壮族自治区阳朔县白沙镇")],
        [("goods_value", 650), ("fine", 1950)],
        [(2, "只"), (1, "只"), (15, "个")],
        [st(WILD, 24, 1, None, "violated"), st(WILD, 50, 1, None, "basis")],
        ["confiscation", "fine"]),
    doc("h03_price_advert.txt", "market", "杭西市监处罚〔2023〕305号", "杭州市西湖区市场监督管理局", "2023-03-15",
        "2022-09-01", [org("杭州优品汇电子商务有限公司", "91330106MA2H3XXX56", "吴某某", "浙江省杭州市西湖区文三路478号")],
        [("sales_amount", 166608), ("fine", 200000)],
        [(2136, "件")],
        [st(AD, 4, 1, None, "violated"), st(AD, 28, 2, 2, "violated"), st(AD, 55, 1, None, "basis"),
         st(PUN, 72, 1, 1, "other")],
        ["order_to_correct", "fine"]),
    doc("h04_pesticide.txt", "agriculture", "寿农（农药）罚〔2023〕14号", "寿光市农业农村局", "2023-06-20", "2023-05-09",
        [org("寿光市丰源农资经营部", "92370783MA3XXXXX8T", "刘某东", "山东省寿光市文家街道农资市场12号")],
        [("illegal_gains", 2400), ("goods_value", 3000), ("confiscated_gains", 2400), ("fine", 8000)],
        [(120, "瓶"), (96, "瓶"), (24, "瓶")],
        [st("农药管理条例", 29, 1, 2, "violated"), st("农药管理条例", 56, 1, None, "basis")],
        ["confiscation", "fine"]),
    doc("h05_fire_detention.txt", "work_safety", "深宝（消）行罚决字〔2023〕0123号", "深圳市宝安区消防救援大队",
        "2023-07-28", "2023-07-03",
        [org("深圳市宝安区福永恒发针织厂", "91440300MA5DXXXX30", "陈某平", "深圳市宝安区福海街道桥头社区"),
         person("陈某平", "44030619700101****")],
        [("fine", 25000)],
        [(3, "具")],
        [st(FIRE, 16, 1, 2, "violated"), st(FIRE, 28, None, None, "violated"), st(FIRE, 60, 1, 1, "basis"),
         st(FIRE, 60, 1, 3, "basis"), st(FIRE, 64, None, 2, "basis")],
        ["fine", "detention"]),
]


def write(rows: list[dict], folder: str) -> None:
    out = Path(__file__).parent / folder / "gold.jsonl"
    with out.open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} rows to {out}")


if __name__ == "__main__":
    write(GOLD, "handwritten")
    write(HELDOUT, "heldout")
