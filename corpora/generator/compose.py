"""Write one decision from its plan: the text, every labeled span, and the gold labels."""

from __future__ import annotations

import random
from datetime import date, timedelta

from corpora.generator import sections as S
from corpora.generator.builder import Piece, TextBuilder
from corpora.generator.identifiers import mask_name, person_name
from corpora.generator.numerals import format_date, format_money, format_number
from corpora.generator.plan import CasePlan
from corpora.generator.specs import ValueSpec

PENALTY_KINDS = (("警告", "warning"), ("没收", "confiscation"), ("罚款", "fine"), ("赔偿金", "other"),
                 ("吊销", "license_revocation"), ("拘留", "detention"), ("停产", "suspension"), ("停业", "suspension"),
                 ("停止建设", "suspension"), ("停止施工", "suspension"), ("关闭", "suspension"), ("追缴", "other"),
                 ("责令", "order_to_correct"))


# cue words with the variants decisions use (applied to template literals, never to values)
SYNONYMS = {"货值金额": ("货值金额", "货值金额", "涉案货值", "货值"), "违法所得": ("违法所得", "违法所得", "非法获利", "违法获利"),
            "销售金额": ("销售金额", "销售金额", "销售额", "销售收入"), "偷逃税款": ("偷逃税款", "偷逃应纳税款"),
            "价值": ("价值", "价值", "折价", "案值")}


def synonyms(template: str, rng: random.Random) -> str:
    for word, variants in SYNONYMS.items():
        if word in template and rng.random() < 0.5:
            template = template.replace(word, rng.choice(variants), 1)
    return template


def penalty_kind(text: str) -> str:
    return next((kind for word, kind in PENALTY_KINDS if word in text), "other")


class Writer:
    """Holds the per-document choices (party reference, dates, goods) while sections are written."""

    def __init__(self, plan: CasePlan, rng: random.Random) -> None:
        self.plan, self.rng = plan, rng
        self.b = TextBuilder(rng, typo_rate=rng.choice((0.0, 0.0, 0.0, 0.01, 0.03)))
        self.me = S.self_name(plan, rng)
        self.ref = S.party_ref(plan, rng)
        self.goods = rng.choice(plan.spec.goods)
        self.opened = plan.opened
        self.fact_day = plan.fact_date
        # a period of facts ends by the filing (and so before the decision)
        self.fact_end = min(self.fact_day + timedelta(days=rng.randint(5, 120)), plan.opened or plan.decision_date)
        self.place_word = rng.choice(("城东", "河西", "新区", "北郊", "南山", "白沙", "青龙", "石门")) + rng.choice(
            ("村", "社区", "工业园", "镇", "街道"))
        self.third = mask_name(person_name(rng), rng)
        self.prices: dict[str, float] = {}
        self.trigger_text = self._trigger_text()
        self.money_style = rng.choice((None, None, "plain", "upper_zheng", "comma2"))
        self.last_law: str | None = None  # "该法" may only point at the law cited just before

    def _trigger_text(self) -> str:
        trigger = self.plan.spec.trigger
        if not trigger:
            return ""
        options = trigger["present"] if self.plan.trigger_on else trigger["absent"]
        text = self.rng.choice(options)
        prior = [self.plan.decision_date - timedelta(days=d) for d in (self.rng.randint(400, 700), self.rng.randint(120, 380))]
        return (text.replace("{G}", self.goods).replace("{P}", self.ref)
                .replace("{D0}", format_date(prior[0], self.rng)).replace("{D00}", format_date(prior[1], self.rng)))

    # ── placeholders ──
    def resolve(self, key: str) -> Piece:
        plan, rng = self.plan, self.rng
        if ":" in key:
            kind, name = key.split(":", 1)
            spec = plan.spec.values[name]
            return self.amount(spec, plan.values[name]) if kind == "A" else self.quantity(spec, plan.values[name])
        if key == "D":
            first = not any(s.label == "facts_date" for s in self.b.spans)
            return Piece(format_date(self.fact_day, rng), "facts_date" if first else None,
                         {"value": self.fact_day.isoformat()})
        simple = {"P": self.ref, "G": self.goods, "L": self.place_word, "N": self.third, "A0": self.me,
                  "D2": format_date(self.fact_end, rng)}
        if key in simple:
            return Piece(simple[key])
        if key == "T":
            return Piece(self.trigger_text, "trigger" if plan.trigger_on else None)
        if key == "U":
            return Piece(self.unit_price_text())
        if key == "C":  # how the goods were sold (批发/零售), which sets the fine floor
            return Piece(plan.spec.channels.get(plan.channel or "", ""))
        return Piece("")

    def amount(self, spec: ValueSpec, value: float, role: str | None = None) -> Piece:
        value = round(value, 2)  # the gold value is what the text says, to the fen
        text, style = format_money(value, self.rng, self.money_style if self.rng.random() < 0.6 else None)
        data = {"role": role or spec.role, "value": value, "name": spec.name, "style": style}
        if style in ("upper", "upper_zheng", "rmb_upper") and self.rng.random() < 0.3:
            symbol = self.rng.choice(("¥", "￥"))
            echo = f"{symbol}{value:,.2f}" if self.rng.random() < 0.5 else f"{symbol}{format_number(value)}元"
            data["echo"] = (echo, self.rng.choice((("（", "）"), ("(", ")"))))
        return Piece(text, "amount", data)

    def quantity(self, spec: ValueSpec, value: float) -> Piece:
        unit, factor = self.rng.choice(spec.forms)
        surface = value * factor
        surface = round(surface, spec.decimals) if spec.decimals else float(round(surface))
        if surface <= 0:
            surface = value
            unit, factor = spec.forms[0]
        normalized = round(surface / factor, 4)
        text = f"{format_number(surface)}{unit}"
        return Piece(text, "quantity", {"value": surface, "unit": unit, "normalized_value": normalized,
                                        "normalized_unit": spec.unit, "subject": spec.subject, "name": spec.name})

    def unit_price_text(self) -> str:
        unit = self.plan.spec.unit_price or {}
        if "range" not in unit:
            return ""
        price = float(round(self.rng.uniform(*unit["range"])))
        return unit["text"].replace("{v}", format_number(price))

    # ── sections ──
    def facts(self) -> None:
        start = self.b.length
        template = synonyms(self.plan.spec.facts[self.plan.fact_template], self.rng)
        if self.plan.agency.kind == "customs" and self.rng.random() < 0.6:
            self.b.literal(f"经{self.me[1:] if self.me.startswith('本') else '我关'}调查，当事人有以下违法行为：")
        elif not template.startswith("经"):
            self.b.literal(self.rng.choice(("经查，", "经调查，", "现查明：", "", "经查明，")))
        self.b.template(template, self.resolve)
        if self.plan.harm is not None and self.rng.random() < 0.5:
            self.pil_sentence()
        if self.plan.repeat_group and self.plan.prior and self.rng.random() < 0.35:
            day, agency = self.plan.prior[-1]
            self.b.literal(f"另查明，{self.ref}曾于{format_date(day, self.rng)}因违法行为被{agency}给予行政处罚。")
        self.b.raw("" if self.rng.random() < 0.15 else "\n")
        self.b.section("facts", start)

    def pil_sentence(self) -> None:
        pil = self.plan.spec.pil
        if not pil or self.plan.harm is None or getattr(self, "_pil_done", False):
            return
        self._pil_done = True
        options = pil["present"] if self.plan.harm else pil["absent"]
        if not options:
            return
        text = self.rng.choice(options)
        self.b.piece(Piece(text, "harm" if self.plan.harm else None))

    def violated(self) -> None:
        text, data = S.citation_text(self.plan.spec.violated, self.rng)
        self.b.literal(self.rng.choice((f"{self.ref}的上述行为违反了", f"{self.ref}上述行为违反了", "以上行为违反了")))
        self.b.piece(Piece(text, "statute", {**data, "role": "violated"}))
        self.last_law = self.plan.spec.violated.law
        self.b.literal("的规定")
        if self.rng.random() < 0.5:
            self.b.literal(f"，构成{self.plan.spec.violation}的违法行为")
        self.b.literal("。\n")

    def basis_and_decision(self) -> None:
        plan, rng, b = self.plan, self.rng, self.b
        start = b.length
        if rng.random() < 0.25:
            # 行政处罚法第三十二条第（一）项: 主动消除或者减轻违法行为危害后果的，应当从轻或者减轻
            b.literal(f"鉴于{self.ref}案发后主动停止违法行为并消除违法行为危害后果，依据")
            cite, data = S.citation_text(_APL_32, rng)
            b.piece(Piece(cite, "statute", {**data, "role": "other"}))
            self.last_law = _APL_32.law
            b.literal("的规定，依法应当从轻处罚。")
        b.literal(rng.choice(("依据", "根据", "依照")))
        cite, data = S.citation_text(plan.spec.basis, rng, plan.nonexistent_article, self.last_law)
        b.piece(Piece(cite, "statute", {**data, "role": "basis"}))
        quote = rng.random() < 0.5 and bool(plan.spec.clause)
        if quote and not plan.spec.basis2:
            b.literal(f"“{plan.spec.clause}”")
        if plan.spec.basis2:  # the quoted clause belongs to the implementing regulation
            b.literal("和")
            cite2, data2 = S.citation_text(plan.spec.basis2, rng, previous_law=plan.spec.basis.law)
            b.piece(Piece(cite2, "statute", {**data2, "role": "basis"}))
            if quote:
                b.literal(f"“{plan.spec.clause}”")
        b.literal(f"的规定，{self.me}决定对{self.ref}作出如下行政处罚：")
        self.decision_items()
        b.section("decision", start)

    def decision_items(self) -> None:
        plan, rng, b = self.plan, self.rng, self.b
        items: list[list[Piece | str]] = []
        # 警告 only where the applied clause provides it (and the orders do not already give it)
        warning = "警告" in plan.spec.clause and not any("警告" in order for order in plan.spec.orders)
        if plan.fine and plan.fine < 3000 and rng.random() < 0.3 and warning:
            items.append([Piece("警告", "penalty")])
        gains = plan.values.get("illegal_gains", 0.0)
        if "illegal_gains" in plan.spec.confiscate and gains > 0:
            spec = plan.spec.values["illegal_gains"]
            items.append(["没收违法所得", self.amount(spec, gains, "confiscated_gains")])
        for order in plan.spec.orders:
            items.append([Piece(order.replace("{G}", self.goods), "penalty")])
        if plan.spec.id == "ps_gambling":
            # 情节严重 (治安管理处罚法第七十条): 十日以上十五日以下拘留 and a fine
            items.append([Piece(f"行政拘留{rng.choice(('十', '十二', '十五'))}日", "penalty")])
        if plan.fine:
            word = plan.spec.fine_word
            role = "fine" if word == "罚款" else "other"  # 加付赔偿金 is owed to the workers, not a 罚款
            fine_spec = ValueSpec(name="fine", kind="amount", role=role)
            lead = rng.choice((f"{word}", f"处以{word}", f"并处{word}")) if word == "罚款" else f"{word}"
            if plan.agency.kind == "customs" and word == "罚款":
                lead = rng.choice(("科处罚款", "并处罚款", "罚款"))
            if plan.unit_price:
                lead = f"按每平方米{format_number(plan.unit_price)}元处以罚款，计"
            items.append([lead, self.amount(fine_spec, plan.fine, role)])
        inline = rng.random() < 0.3
        b.raw("" if inline else "\n")
        marker = rng.choice(("{n}.", "{n}、", "（{c}）", "{c}、"))
        for i, item in enumerate(items, 1):
            if not inline:
                b.literal(marker.format(n=i, c=S.chinese_ordinal(i)))
            start = b.length
            for part in item:
                if isinstance(part, str):
                    b.literal(part)
                else:
                    b.piece(Piece(part.text, part.label if part.label != "penalty" else None, part.data))
            shown = b.text()[start:]
            b.spans.append(_penalty_span(start, shown))
            b.raw(("，" if i < len(items) else "。") if inline else "；\n" if i < len(items) else "。\n")
        if inline:
            b.raw("\n")
        if not items:
            b.literal("责令改正。\n")
        if plan.fine and rng.random() < 0.2 and gains and "illegal_gains" in plan.spec.confiscate:
            b.literal("罚没款合计")
            total = ValueSpec(name="total", kind="amount", role="other")
            b.piece(self.amount(total, round(plan.fine + gains, 2), "other"))
            b.literal("。\n")

    def transfer(self) -> None:
        plan, rng = self.plan, self.rng
        police = f"{plan.agency.place.county_full}公安局" if not plan.agency.place.municipality else \
            f"{plan.agency.place.city}公安局{plan.agency.place.county}分局"
        offense = self._offense()
        day = format_date(plan.decision_date - timedelta(days=rng.randint(3, 40)), rng)
        start = self.b.length
        if plan.scenario == "transferred":
            self.b.literal(f"鉴于{self.ref}的行为涉嫌构成{offense}，{self.me}已于{day}依法将案件移送{police}，涉嫌犯罪部分由公安机关依法处理。\n")
        else:
            self.b.literal(f"本案曾于{day}移送{police}，{police}经审查认为{self.ref}的行为不构成犯罪，作出不予立案决定，"
                           f"并将案件移回{self.me}依法处理。\n")
        self.b.spans.append(_marker("transfer", start, self.b.length, self.b))

    def _offense(self) -> str:
        spec = self.plan.spec
        if spec.thresholds:
            return spec.thresholds[0].offense
        return spec.trigger["offense"] if spec.trigger else "犯罪"


_APL_32 = S.Citation(law="行政处罚法", article=32, paragraph=None, item=1)


def _penalty_span(start: int, text: str):
    from corpora.generator.builder import LabeledSpan
    return LabeledSpan("penalty", start, start + len(text), text, {"kind": penalty_kind(text)})


def _marker(label: str, start: int, end: int, b: TextBuilder):
    from corpora.generator.builder import LabeledSpan
    return LabeledSpan(label, start, end, b.text()[start:end], {})


def write_document(plan: CasePlan, rng: random.Random) -> Writer:
    """Assemble the sections in one of the orders (and with the omissions) seen in practice.

    ``fields.sections`` records where each part landed: header, party, source, facts,
    evidence, violated, notice, transfer, decision, harm, payment, remedy, signature."""
    w = Writer(plan, rng)
    b = w.b

    def part(name: str, write) -> None:
        start = b.length
        write()
        if b.length > start:
            b.section(name, start)

    number = plan.agency.decision_number(rng, plan.decision_date.year, plan.serial)
    part("header", lambda: S.header(b, plan, rng, number))
    heading = S.Headings(rng.random() < 0.2)
    heading.write(b, "当事人基本情况")
    part("party", lambda: S.party_block(b, plan, rng))
    heading.write(b, rng.choice(("违法事实及证据", "案件来源及调查经过、违法事实和证据")))
    if rng.random() < 0.85:
        part("source", lambda: S.case_source(b, plan, rng, w.me, w.opened))
    w.facts()
    layout = rng.random()
    if layout < 0.55:
        if rng.random() < 0.9:
            part("evidence", lambda: S.evidence(b, rng, plan.spec.domain))
        part("violated", w.violated)
    else:
        part("violated", w.violated)
        if rng.random() < 0.85:
            part("evidence", lambda: S.evidence(b, rng, plan.spec.domain))
    notice_day = plan.decision_date - timedelta(days=rng.randint(10, 25))
    part("notice", lambda: S.notice(b, plan, rng, w.me, w.ref, notice_day, number))
    if plan.scenario in ("transferred", "declined") and rng.random() < 0.5:
        part("transfer", w.transfer)
    heading.write(b, rng.choice(("行政处罚的依据和内容", "处罚依据及处罚决定")))
    w.basis_and_decision()
    if plan.scenario in ("transferred", "declined") and "transfer" not in b.sections:
        part("transfer", w.transfer)
    if plan.harm is not None and not getattr(w, "_pil_done", False):
        part("harm", lambda: (w.pil_sentence(), b.raw("\n")))
    if plan.fine and rng.random() < 0.9:
        heading.write(b, "履行方式和期限")
        part("payment", lambda: S.payment(b, plan, rng, w.ref, w.me))
    heading.write(b, "救济途径和期限")
    part("remedy", lambda: S.remedy(b, plan, rng, w.ref))
    part("signature", lambda: S.signature(b, plan, rng))
    return w


def decision_day_text(day: date) -> str:
    return day.isoformat()
