"""Parties: names, 统一社会信用代码 (GB 32100-2015) and 公民身份号码 (GB 11643, ISO 7064 MOD 11-2).

Check digits are computed exactly as the standards say so that validators elsewhere in the
project can be tested against generated parties.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date

CREDIT_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
CREDIT_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
ORG_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)
ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
ID_CHECK = "10X98765432"

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国志红玉兰海波春梅德福文斌宇浩鹏飞琳晨雪松林峰辉亮成俊杨凯健宏荣新利清飞燕"
ORG_WORDS = ("鑫源", "恒达", "华盛", "宏图", "金鼎", "瑞丰", "永康", "顺发", "信诚", "天润", "佳禾", "隆盛", "百川",
             "新远", "汇通", "明辉", "嘉合", "盛世", "博远", "康源", "东旭", "正邦", "兴旺", "联创", "海川", "润泽")
INDUSTRIES = {
    "environment": ("化工", "电镀", "五金制品", "印染", "塑料制品", "再生资源"),
    "land": ("置业", "农业开发", "建材", "物流", "旅游开发"),
    "mining": ("石材", "砂石", "建材", "矿业"),
    "forestry": ("木业", "林业开发", "苗木"),
    "wildlife": ("餐饮管理", "贸易", "农庄"),
    "fishery": ("水产", "渔业", "水产养殖"),
    "water": ("水务", "农业开发", "砂石", "纺织"),
    "food_safety": ("食品", "餐饮管理", "商贸", "超市", "粮油"),
    "drugs": ("医药", "大药房", "医疗器械", "生物科技", "化妆品"),
    "product_quality": ("电器", "建材", "电缆", "机械", "日用品"),
    "agriculture": ("农资", "种业", "农药", "兽药", "化肥"),
    "culture_tourism": ("旅行社", "文化传播", "娱乐", "旅游开发"),
    "market": ("商贸", "贸易", "电子商务", "信息科技", "房地产经纪"),
    "intellectual_property": ("服饰", "商贸", "电子科技", "文化传媒"),
    "tax": ("贸易", "建筑工程", "科技", "商贸", "实业"),
    "customs": ("进出口", "国际贸易", "供应链管理"),
    "work_safety": ("化工", "建筑工程", "机械制造", "仓储", "燃气"),
    "health": ("医疗管理", "门诊部", "诊所", "健康管理"),
    "tobacco": ("商贸", "便利店", "百货"),
    "transport": ("运输", "物流", "客运"),
    "public_security": ("信息科技", "网络科技", "娱乐"),
    "finance": ("投资管理", "资产管理", "财富管理", "融资担保"),
    "construction": ("建筑工程", "房地产开发", "建设"),
    "other": ("劳务", "建筑劳务", "人力资源", "服饰"),
}


def credit_check_char(first17: str) -> str:
    total = sum(CREDIT_CHARS.index(c) * w for c, w in zip(first17, CREDIT_WEIGHTS, strict=True))
    return CREDIT_CHARS[(31 - total % 31) % 31]


def org_code_check(first8: str) -> str:
    total = sum(CREDIT_CHARS.index(c) * w for c, w in zip(first8, ORG_WEIGHTS, strict=True))
    check = 11 - total % 11
    return "X" if check == 10 else "0" if check == 11 else str(check)


def credit_code_valid(code: str) -> bool:
    if len(code) != 18 or any(c not in CREDIT_CHARS for c in code):
        return False
    return credit_check_char(code[:17]) == code[17]


def make_credit_code(rng: random.Random, region_code: str, kind: str = "company") -> str:
    """A valid code: 9 (市场监管) + 1/2/3 (公司/个体...) + region + organization code + check."""
    head = {"company": "91", "individual_business": "92", "cooperative": "93"}[kind]
    body = "".join(rng.choice(CREDIT_CHARS[:10] if i < 2 else CREDIT_CHARS) for i in range(8))
    if rng.random() < 0.4:
        body = "MA" + body[2:]
    first17 = head + region_code + body + org_code_check(body)
    return first17 + credit_check_char(first17)


def id_check_char(first17: str) -> str:
    return ID_CHECK[sum(int(c) * w for c, w in zip(first17, ID_WEIGHTS, strict=True)) % 11]


def id_number_valid(number: str) -> bool:
    return len(number) == 18 and number[:17].isdigit() and id_check_char(number[:17]) == number[17]


def make_id_number(rng: random.Random, region_code: str, birth: date, male: bool) -> str:
    seq = rng.randrange(0, 100) * 10 + rng.choice((1, 3, 5, 7, 9) if male else (0, 2, 4, 6, 8))
    first17 = f"{region_code}{birth:%Y%m%d}{seq:03d}"
    return first17 + id_check_char(first17)


def mask_id(number: str, rng: random.Random) -> str:
    style = rng.choice(("4-4", "6-4", "6-0", "3-4", "none"))
    if style == "none":
        return number
    head, tail = (int(x) for x in style.split("-"))
    return number[:head] + "*" * (18 - head - tail) + (number[-tail:] if tail else "")


def person_name(rng: random.Random, taken: set[str] | None = None) -> str:
    """A full name; with ``taken`` (the names already given in the corpus) a new one, recorded."""
    while True:
        name = rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2, 2))))
        if taken is None:
            return name
        if name not in taken:
            taken.add(name)
            return name


def mask_name(name: str, rng: random.Random) -> str:
    return name[0] + rng.choice(("某", "某某", "*" * (len(name) - 1)))


@dataclass
class PartyIdentity:
    """Who the decision is addressed to; ``id_full`` keeps the unmasked number for tests."""

    name: str
    kind: str
    credit_code: str | None = None
    id_number: str | None = None
    id_full: str | None = None
    legal_representative: str | None = None
    address: str | None = None
    sex: str | None = None
    birth: date | None = None


def _org_name(rng: random.Random, domain: str, place: str, attempt: int) -> tuple[str, str]:
    industry = rng.choice(INDUSTRIES.get(domain, INDUSTRIES["other"]))
    word = rng.choice(ORG_WORDS)
    if attempt >= 8:  # the place's single words are used up: a two-word 字号 (鑫源恒达)
        word += rng.choice(ORG_WORDS)
    form = rng.choice(("有限公司", "有限公司", "有限责任公司", "股份有限公司"))
    if industry in ("门诊部", "诊所", "超市", "大药房", "便利店", "百货") and rng.random() < 0.6:
        return f"{place}{word}{industry}", "individual_business"
    if industry in ("农庄",) or rng.random() < 0.06:
        return f"{place}{word}{industry}专业合作社", "cooperative"
    return f"{place}{word}{industry}{form}", "company"


def make_organization(rng: random.Random, domain: str, place: str, region_code: str, address: str,
                      taken: set[str] | None = None) -> PartyIdentity:
    """An organization; with ``taken`` its name is new to the corpus (a registration authority admits no
    second company of one name, 《企业名称登记管理规定》), so two unrelated parties never share one, and so is its
    legal representative's name."""
    attempt = 0
    while True:
        name, kind = _org_name(rng, domain, place, attempt)
        if taken is None or name not in taken:
            break
        attempt += 1
    if taken is not None:
        taken.add(name)
    return PartyIdentity(name=name, kind="organization", credit_code=make_credit_code(rng, region_code, kind),
                         legal_representative=person_name(rng, taken), address=address)


def make_individual(rng: random.Random, region_code: str, address: str, decision_year: int,
                    taken: set[str] | None = None) -> PartyIdentity:
    """A person; with ``taken`` a name no other party of the corpus bears (unrelated people of one
    name, masked numbers alike, would read as one party)."""
    male = rng.random() < 0.75
    birth = date(decision_year - rng.randint(20, 68), rng.randint(1, 12), rng.randint(1, 28))
    full = make_id_number(rng, region_code, birth, male)
    return PartyIdentity(name=person_name(rng, taken), kind="individual", id_number=mask_id(full, rng), id_full=full,
                         address=address, sex="男" if male else "女", birth=birth)
