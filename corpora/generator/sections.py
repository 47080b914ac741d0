"""Paragraph writers for the parts of a decision, each with the phrasings agencies use.

Each writer appends to a ``TextBuilder``; labeled pieces (names, numbers, citations) go
through ``Piece`` so their spans land in the gold. Phrasings are the project's own,
modelled on the structure of published decisions (see STYLE.md).
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from corpora.generator.builder import Piece, TextBuilder
from corpora.generator.numerals import article_number, chinese_ordinal, format_date
from corpora.generator.plan import CasePlan
from corpora.generator.specs import Citation, load_laws

SELF = {"tax": "本局", "customs": "本关", "health": "本委", "police": "本局", "fire": "本支队", "csrc": "我局", "nfra": "我局"}


def self_name(plan: CasePlan, rng: random.Random) -> str:
    if plan.agency.kind == "health" and not plan.agency.name.endswith("委员会"):
        return rng.choice(("本局", "我局"))
    if plan.agency.kind == "fire" and plan.agency.level == "county":
        return "本大队"
    default = SELF.get(plan.agency.kind, "本局")
    return rng.choice((default, default, "我" + default[1:], "本机关"))


def party_ref(plan: CasePlan, rng: random.Random) -> str:
    if plan.party.kind == "individual":
        return rng.choice(("当事人", "当事人", "你"))
    return rng.choice(("当事人", "当事人", "你单位", "该公司" if "公司" in plan.party.name else "当事人"))


class Headings:
    """Numbered section headings (一、当事人基本情况 …) that some agencies use."""

    def __init__(self, enabled: bool) -> None:
        self.enabled, self.count = enabled, 0

    def write(self, b: TextBuilder, title: str) -> None:
        if self.enabled:
            self.count += 1
            b.literal(f"{chinese_ordinal(self.count)}、{title}\n")


def header(b: TextBuilder, plan: CasePlan, rng: random.Random, number: str) -> None:
    b.piece(Piece(plan.agency.name, "agency", {"value": plan.agency.name}))
    b.raw("\n")
    title = "税务行政处罚决定书" if plan.agency.kind == "tax" and rng.random() < 0.7 else "行政处罚决定书"
    shown = title if rng.random() < 0.7 else " ".join(title)
    b.piece(Piece(shown, "title", {"value": title}))
    b.raw("\n")
    b.piece(Piece(number, "decision_number", {"value": number}))
    b.raw("\n")


def _line(b: TextBuilder, label: str, piece: Piece, sep: str) -> None:
    b.literal(label + sep)
    b.piece(piece)


def party_block(b: TextBuilder, plan: CasePlan, rng: random.Random) -> None:
    party = plan.party
    name = Piece(party.name, "party", {"party": party})
    colon = rng.choice(("：", "：", ":"))
    # a 化整为零 decision shows what ties it to the scheme's other decisions: the legal
    # representative and the address (``Planner.nominee``)
    tie = plan.split_group is not None
    if party.kind == "organization":
        style = rng.choice(("lines", "lines", "inline", "labelled") if tie else
                           ("lines", "lines", "inline", "addressed", "labelled"))
        code = Piece(party.credit_code or "", "credit_code")
        addr = Piece(party.address or "", "address")
        rep = Piece(party.legal_representative or "", "legal_representative")
        if style == "addressed":
            b.piece(name)
            b.literal("：\n")
            if rng.random() < 0.6:
                _line(b, "统一社会信用代码", code, colon)
                b.raw("\n")
            return
        if style == "inline":
            _line(b, "当事人", name, colon)
            b.literal("，")
            _line(b, "统一社会信用代码", code, colon)
            b.literal("，")
            _line(b, rng.choice(("住所", "地址")), addr, colon)
            b.literal("，")
            _line(b, "经营者" if (party.credit_code or "").startswith("92") else "法定代表人", rep, colon)
            b.literal("。\n")
            return
        first = rng.choice(("被处罚单位", "当事人名称", "被处罚人")) if style == "labelled" else "当事人"
        _line(b, first, name, colon)
        b.raw("\n")
        business = (party.credit_code or "").startswith("92")
        rep_label = "经营者" if business else rng.choice(("法定代表人", "法定代表人（负责人）", "负责人"))
        rows = [("统一社会信用代码", code), (rng.choice(("住所", "住所（住址）", "地址", "经营场所")), addr),
                (rep_label, rep)]
        if rng.random() < 0.3:
            rng.shuffle(rows)
        if rng.random() < 0.15 and not tie:
            rows.pop(rng.randrange(len(rows)))
        for label, piece in rows:
            _line(b, label, piece, colon)
            b.raw("\n")
        return
    idp = Piece(party.id_number or "", "id_number")
    addr = Piece(party.address or "", "address")
    born = f"{party.birth.year}年{party.birth.month}月" if party.birth else ""
    style = rng.choice(("inline", "lines") if tie else ("inline", "lines", "short"))
    if style == "inline":
        _line(b, "当事人", name, colon)
        b.literal(f"，{party.sex}，{born}出生，")
        _line(b, rng.choice(("身份证号码", "公民身份号码", "身份证号")), idp, colon)
        b.literal("，")
        _line(b, "住址", addr, colon)
        b.literal("。\n")
    elif style == "lines":
        _line(b, rng.choice(("当事人姓名", "被处罚人姓名", "姓名")), name, colon)
        b.raw("\n")
        _line(b, "身份证件号码", idp, colon)
        b.raw("\n")
        _line(b, "住址", addr, colon)
        b.raw("\n")
    else:
        _line(b, "当事人", name, colon)
        b.literal("（")
        _line(b, "身份证号", idp, colon)
        b.literal("）\n")


def case_source(b: TextBuilder, plan: CasePlan, rng: random.Random, me: str, opened: date) -> None:
    d = format_date(opened, rng)
    if plan.agency.kind == "tax" and rng.random() < 0.7:
        # the inspection ends before the decision is made
        later = format_date(min(opened + timedelta(days=rng.randint(20, 90)), plan.decision_date - timedelta(days=5)), rng)
        b.literal(f"经我局（所）于{d}至{later}对{party_ref(plan, rng)}纳税情况进行检查，发现存在违法事实。\n")
        return
    source = rng.choice((f"{me}于{d}接到群众举报，反映{{ref}}涉嫌违法，经核查后于当日立案调查。",
                         f"{me}执法人员在“双随机、一公开”检查中发现{{ref}}涉嫌违法，{me}于{d}立案调查。",
                         f"根据上级交办线索，{me}于{d}对{{ref}}涉嫌违法一案立案调查。",
                         f"{d}，{me}执法人员依法对{{ref}}进行现场检查，发现涉嫌违法行为，经批准立案调查。",
                         f"{me}于{d}对你（单位）进行了调查，发现你（单位）实施了以下违法行为："))
    b.literal(source.replace("{ref}", party_ref(plan, rng)) + "\n")


EVIDENCE = ("现场检查笔录", "询问笔录", "现场照片", "营业执照复印件", "身份证复印件", "检验报告", "销售台账",
            "进货单据", "鉴定意见", "测绘报告", "视听资料", "证据先行登记保存通知书", "银行流水", "情况说明")


DOMAIN_EVIDENCE = {
    "land": ("勘测定界图", "卫星遥感影像图", "土地利用现状图", "测绘报告"),
    "forestry": ("林木鉴定报告", "伐区调查表", "卫星影像图"),
    "environment": ("监测报告", "危险废物管理台账", "现场采样记录", "转移联单"),
    "tax": ("记账凭证", "纳税申报表", "银行对账单", "发票存根联"),
    "customs": ("报关单及随附单证", "偷逃税款海关核定证明书", "扣留清单", "查问笔录"),
    "food_safety": ("抽样检验报告", "进货查验记录", "销售小票"),
    "drugs": ("药品检验报告书", "购销记录"),
    "fishery": ("渔获物称重记录", "执法记录仪视频"),
    "tobacco": ("涉案卷烟鉴别检验报告", "涉案物品价格证明", "先行登记保存清单"),
}


def evidence(b: TextBuilder, rng: random.Random, domain: str = "") -> None:
    pool = EVIDENCE + DOMAIN_EVIDENCE.get(domain, ()) * 2
    items = list(dict.fromkeys(rng.sample(pool, rng.randint(3, 7))))
    if rng.random() < 0.45:
        b.literal(f"上述事实，有{'、'.join(items)}等证据为证。\n")
        return
    b.literal(rng.choice(("以上事实，有以下证据证明：\n", "上述违法事实有下列证据证实：\n", "主要证据如下：\n")))
    marker = rng.choice(("{n}.", "{n}、", "（{c}）", "证据{c}："))
    for i, item in enumerate(items, 1):
        b.literal(f"{marker.format(n=i, c=chinese_ordinal(i))}{item}{rng.choice(('', '1份', '，证明当事人违法事实'))}；\n")


def citation_text(citation: Citation, rng: random.Random, article: int | None = None,
                  previous_law: str | None = None) -> tuple[str, dict]:
    """``《食品安全法》第一百二十四条第一款第（五）项`` and the structured statute.

    Sloppier forms on purpose: the law without 《》, and ``该法``/``同法`` when the same law was
    cited just before (the gold still names the law in full)."""
    law = load_laws()[citation.law]
    name = law.full if rng.random() < 0.55 else law.short
    number = article or citation.article
    if previous_law == citation.law and rng.random() < 0.3:
        text = f"{rng.choice(('该法', '同法', '该法'))}{article_number(number, rng)}"
    elif rng.random() < 0.05:
        text = f"{name}{article_number(number, rng)}"
    else:
        text = f"《{name}》{article_number(number, rng)}"
    if citation.paragraph:
        text += f"第{chinese_ordinal(citation.paragraph)}款" if rng.random() < 0.9 else f"第{citation.paragraph}款"
    if citation.item:
        text += rng.choice((f"第（{chinese_ordinal(citation.item)}）项", f"第{chinese_ordinal(citation.item)}项",
                            f"第({chinese_ordinal(citation.item)})项"))
    data = {"law": law.full, "article": number, "paragraph": citation.paragraph, "item": citation.item,
            "version": citation.version or law.version, "exists": number <= (citation.articles or law.articles)}
    return text, data


def notice(b: TextBuilder, plan: CasePlan, rng: random.Random, me: str, ref: str, day: date, number: str) -> None:
    d = format_date(day, rng)
    notice_no = number.replace("罚", "罚告", 1) if "罚" in number else number
    if not plan.hearing_notice:
        if rng.random() < 0.6:
            b.literal(f"{me}于{d}向{ref}送达了《行政处罚事先告知书》，告知{ref}拟作出行政处罚的事实、理由及依据，"
                      f"并告知{ref}依法享有陈述、申辩的权利。{ref}在规定期限内未提出陈述、申辩意见。\n")
        return
    style = rng.choice(("plain", "plain", "two", "held"))
    if style == "plain":
        b.literal(f"{me}于{d}以《行政处罚告知书》（{notice_no}）告知{ref}拟作出行政处罚的事实、理由、依据及处罚内容，"
                  f"并告知{ref}依法享有陈述、申辩和要求听证的权利。{ref}在法定期限内未提出陈述、申辩，也未要求听证。\n")
    elif style == "two":
        b.literal(f"{me}于{d}依法向{ref}送达了《行政处罚告知书》和《行政处罚听证告知书》，{ref}在规定期限内放弃了陈述、"
                  f"申辩和听证的权利。\n")
    else:
        # the hearing is held after the notice and before the decision
        later = format_date(min(day + timedelta(days=rng.randint(8, 20)), plan.decision_date - timedelta(days=2)), rng)
        b.literal(f"{me}于{d}告知{ref}享有陈述、申辩和要求听证的权利。{ref}于法定期限内提出听证申请，{me}于{later}依法"
                  f"举行了听证。{ref}提出其系初次违法、已积极整改等申辩意见，经复核，{me}对部分意见予以采纳。\n")


def remedy(b: TextBuilder, plan: CasePlan, rng: random.Random, ref: str) -> None:
    agency = plan.agency
    if agency.kind == "customs":
        upper = "海关总署" if agency.level == "province" else agency.place.customs
        b.literal(f"{ref}如不服本处罚决定，可以自收到本处罚决定书之日起六十日内向{upper}申请行政复议，或者自收到本处罚"
                  f"决定书之日起六个月内直接向有管辖权的人民法院提起行政诉讼。\n")
        return
    if agency.kind == "tax":
        upper = f"国家税务总局{agency.place.city}税务局" if agency.level != "province" else f"国家税务总局{agency.place.province}税务局"
        b.literal(f"{ref}如对本决定不服，可以自收到本决定书之日起六十日内依法向{upper}申请行政复议，或者自收到本决定书之日起"
                  f"六个月内依法向人民法院起诉。\n")
        return
    if agency.kind in ("csrc", "nfra"):
        upper = "中国证券监督管理委员会" if agency.kind == "csrc" else "国家金融监督管理总局"
        b.literal(f"{ref}如果对本处罚决定不服，可在收到本处罚决定书之日起60日内向{upper}申请行政复议，也可在收到本处罚"
                  f"决定书之日起6个月内直接向有管辖权的人民法院提起行政诉讼。复议和诉讼期间，上述决定不停止执行。\n")
        return
    review = agency.government if rng.random() < 0.7 else f"{agency.place.city}人民政府"
    days = rng.choice(("六十日", "60日"))
    months = rng.choice(("六个月", "6个月"))
    b.literal(f"如不服本处罚决定，可在收到本处罚决定书之日起{days}内向{review}申请行政复议，也可以在{months}内直接向"
              f"{agency.court}提起行政诉讼。")
    if rng.random() < 0.6:
        b.literal("申请行政复议或者提起行政诉讼的，不停止行政处罚决定的执行。")
    b.literal("\n")


def payment(b: TextBuilder, plan: CasePlan, rng: random.Random, ref: str, me: str) -> None:
    account = "".join(str(rng.randint(0, 9)) for _ in range(rng.choice((13, 16, 19))))
    bank = rng.choice(("农村商业银行", "中国工商银行", "中国农业银行", "中国建设银行")) + rng.choice(("营业部", "城区支行", "开发区支行"))
    text = rng.choice((
        f"{ref}应当自收到本处罚决定书之日起十五日内，将罚没款缴至{plan.agency.place.city}{bank}（账号：{account}）。",
        "限你自收到本处罚决定书之日起15日内，通过非税收入缴款码缴纳罚没款。",
        f"罚没款请于收到本决定书之日起十五日内缴至指定银行，到期不缴纳罚款的，{me}可以每日按罚款数额的百分之三加处罚款。"))
    b.literal(text)
    if rng.random() < 0.6:
        b.literal("逾期不缴纳罚款的，依据")
        cite, data = citation_text(Citation(law="行政处罚法", article=72, paragraph=1, item=1), rng)
        b.piece(Piece(cite, "statute", {**data, "role": "other"}))
        b.literal("的规定，每日按罚款数额的3%加处罚款。")
    b.literal("\n")


def signature(b: TextBuilder, plan: CasePlan, rng: random.Random) -> None:
    b.raw("\n" if rng.random() < 0.6 else "")
    b.raw(plan.agency.name + rng.choice(("", "", "（印章）", "（公章）")) + "\n")
    shown = format_date(plan.decision_date, rng)
    b.piece(Piece(shown, "decision_date", {"value": plan.decision_date.isoformat()}))
    b.raw("\n")
    if rng.random() < 0.25:
        b.literal(rng.choice(("（此件公开发布）\n", "本决定书一式三份，一份送达当事人，一份存档，一份交执行机关。\n",
                              "抄送：同级财政部门\n")))
