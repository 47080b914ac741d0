"""Case plans: the engineered truth of each decision before any text is written.

A plan fixes the violation, the party, the agency, the dates, the case values and the
scenario that decides the lead truth:

``over``         facts over a criminal threshold, only fined (a criminal-transfer lead)
``near``         a near miss just under the threshold (no lead, ``near_miss``)
``negative``     clearly under, or a trigger phrasing that is not criminal
``qualitative``  a qualitative trigger (暗管, 禁渔期+电鱼, 假药, 有毒有害...) with no number
``transferred``  criminal-level facts, but the decision records the transfer to police
``declined``     criminal-level facts, police declined to open a case (不予立案)
``plain``        a violation type with no criminal threshold
``split``        one decision of a 化整为零 group: each under, the group's sum over

Repeat-offender groups (same party, same credit code, different agencies, separate
documents) and split groups are planned together so they share parties and dates.
"""

from __future__ import annotations

import random
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta

from corpora.generator.geography import Agency, Place, make_agency, random_place
from corpora.generator.identifiers import PartyIdentity, make_individual, make_organization
from corpora.generator.specs import (
    Threshold,
    ViolationSpec,
    lawful_fine_range,
    load_laws,
    load_specs,
    measure_value,
    nice_round,
    sample_values,
    spec_by_id,
    threshold_in_force,
    thresholds_on,
)

DOMAINS = ("environment", "land", "mining", "forestry", "wildlife", "fishery", "water", "food_safety", "drugs",
           "product_quality", "agriculture", "culture_tourism", "market", "intellectual_property", "tax", "customs",
           "work_safety", "health", "tobacco", "transport", "public_security", "finance", "construction", "other")
FIRST_DAY, LAST_DAY = date(2023, 9, 1), date(2025, 10, 31)
# No decision is dated after this day (a real corpus holds no future decisions); a fixed
# default rather than today's date, so a seed gives the same corpus on any day.
DEFAULT_LAST_DAY = date(2026, 10, 31)
# The earliest decision date: the 2021 行政处罚法 (in force 2021-07-15) is the one cited
# for 从轻 (第三十二条) and 加处罚款 (第七十二条).
EARLIEST_DECISION = date(2021, 8, 1)
EARLIEST_LAST_DAY = date(2024, 12, 31)
# a spec whose law came into force less than this before a decision is not drawn for it: the
# act (up to 150 days before the decision in a repeat group) must fall after ``since``
SINCE_MARGIN_DAYS = 160
# 行政处罚法第六十条: a decision is made within 90 days of filing (立案). Plans that do not intend
# an irregularity are decided within it, so a decision past the limit is never an unlabelled one.
DECISION_DEADLINE_DAYS = 90
HEARING_FINE = {"organization": 100000.0, "individual": 10000.0}


@dataclass
class CasePlan:
    index: int
    case_group: str
    spec: ViolationSpec
    scenario: str
    party: PartyIdentity
    place: Place
    agency: Agency
    decision_date: date
    serial: int
    values: dict[str, float]
    trigger_on: bool = False
    harm: bool | None = None
    fine: float = 0.0
    fine_range: tuple[float, float] = (0.0, 0.0)
    unit_price: float | None = None
    irregularities: list[str] = field(default_factory=list)
    hearing_notice: bool = True
    nonexistent_article: int | None = None
    repeat_group: str | None = None
    repeat_lead: bool = False
    prior: list[tuple[date, str]] = field(default_factory=list)
    split_group: str | None = None
    split_total: float | None = None
    split_threshold: Threshold | None = None
    fact_template: int = 0
    opened: date | None = None
    fact_date: date | None = None
    thresholds: list[Threshold] = field(default_factory=list)
    trigger_id: str | None = None
    channel: str | None = None  # 批发 | 零售 where the fine floor depends on it (药品管理法第一百一十七条)

    @property
    def threshold_day(self) -> date:
        """The date the criminal standard is chosen by: the facts' date when the text states it."""
        shows_date = "{D}" in self.spec.facts[self.fact_template]
        return self.fact_date if shows_date and self.fact_date else self.decision_date


def specs_by_domain() -> dict[str, list[ViolationSpec]]:
    grouped: dict[str, list[ViolationSpec]] = defaultdict(list)
    for spec in load_specs():
        grouped[spec.domain].append(spec)
    return grouped


def _random_day(rng: random.Random, first: date = FIRST_DAY, last: date = LAST_DAY) -> date:
    return first + timedelta(days=rng.randint(0, (last - first).days))


def _party_kind(spec: ViolationSpec, rng: random.Random) -> str:
    if spec.party == "org":
        return "organization"
    if spec.party == "ind":
        return "individual"
    return "organization" if rng.random() < 0.6 else "individual"


def legal_kind(party: PartyIdentity) -> str:
    """The kind the law reads: a 个体工商户 (credit-code category 92) is a natural person (民法典第五十四条)
    for the hearing line and the criminal thresholds, whatever its trade name."""
    return "individual" if (party.credit_code or "").startswith("92") else party.kind


def make_party(rng: random.Random, spec: ViolationSpec, place: Place, kind: str, year: int,
               taken: set[str] | None = None) -> PartyIdentity:
    """A new party; ``taken`` holds the names already given in the corpus (never reused for an
    unrelated party: one name in one corpus is one party)."""
    address = place.address(rng)
    if kind == "organization":
        town = place.county.rstrip("区县市") if rng.random() < 0.5 else place.city.rstrip("市")
        return make_organization(rng, spec.domain, town[:4], place.region_code, address, taken)
    return make_individual(rng, place.region_code, address, year, taken)


def _agency(rng: random.Random, spec: ViolationSpec, place: Place) -> Agency:
    level = rng.choices(("province", "city", "county"), weights=(1, 4, 5))[0]
    return make_agency(rng, spec.agency, level, place)


def choose_scenario(spec: ViolationSpec, party_kind: str, rng: random.Random, plan: CasePlan | None = None) -> str:
    pool = plan.thresholds if plan is not None else spec.thresholds_for(party_kind)
    has_threshold = primary_threshold(spec, party_kind, pool) is not None
    r = rng.random()
    if has_threshold:
        for limit, name in ((0.27, "over"), (0.43, "near"), (0.77, "negative"), (0.86, "transferred"), (0.91, "declined")):
            if r < limit:
                return name
        return "qualitative" if spec.trigger else "negative"
    if spec.trigger:
        for limit, name in ((0.42, "qualitative"), (0.82, "negative"), (0.93, "transferred")):
            if r < limit:
                return name
        return "declined"
    return "plain"


def primary_threshold(spec: ViolationSpec, party_kind: str, thresholds: list[Threshold] | None = None) -> Threshold | None:
    measure = spec.measure
    pool = thresholds if thresholds is not None else spec.thresholds_for(party_kind)
    return next((t for t in pool if t.value == measure), None)


def set_dates(plan: CasePlan, rng: random.Random) -> None:
    """Case opened, facts date and fact template; they fix which criminal standard applies."""
    plan.fact_template = rng.randrange(len(plan.spec.facts))
    plan.opened = plan.decision_date - timedelta(days=rng.randint(30, DECISION_DEADLINE_DAYS))
    plan.fact_date = plan.opened - timedelta(days=rng.randint(10, 300))
    if plan.spec.since and plan.fact_date < plan.spec.since:  # no act is judged by a law not yet in force
        plan.fact_date = plan.spec.since
    day = plan.threshold_day.isoformat()
    plan.thresholds = thresholds_on(plan.spec, legal_kind(plan.party), day)
    if plan.spec.trigger:
        found = threshold_in_force(plan.spec.trigger["id"], day)
        plan.trigger_id = found[0] if found else None


def filing_before(decided: date, facts: date, rng: random.Random) -> date:
    """A filing date within the decision time limit of ``decided`` and after the facts."""
    return max(facts + timedelta(days=10), decided - timedelta(days=rng.randint(30, DECISION_DEADLINE_DAYS)))


def fill_case(plan: CasePlan, rng: random.Random, measure: float | None = None) -> None:
    """Values, trigger, harm, fine and procedure for a plan whose scenario is set."""
    if plan.fact_date is None:
        set_dates(plan, rng)
    # the law in force when the act happened (行政处罚法第三十七条) sets citation and fine
    plan.spec = spec = spec_by_id(plan.spec.id).in_force(plan.fact_date)
    if spec.channels:
        kinds = sorted(spec.channels)
        plan.channel = "零售" if plan.party.kind == "individual" and "零售" in kinds else rng.choice(kinds)
    threshold = primary_threshold(spec, plan.party.kind, plan.thresholds)
    if measure is None and threshold is not None:
        scale = plan.scenario if plan.scenario in ("over", "near", "transferred", "declined") else "negative"
        measure = measure_value(rng, threshold.min, scale)
    plan.values = sample_values(spec, rng, measure)
    plan.spec = spec = _lighter_text(plan, spec)
    if spec.trigger and plan.trigger_id is None and plan.scenario == "qualitative":
        plan.scenario = "negative"
    if spec.trigger and spec.trigger.get("always_criminal") and plan.trigger_id and plan.scenario == "negative":
        plan.scenario = "qualitative"  # the violation itself is the crime (销售假药, 刑法第141条)
    if spec.trigger:
        plan.trigger_on = plan.scenario == "qualitative" or (
            plan.scenario in ("transferred", "declined") and (threshold is None or rng.random() < 0.5))
    if spec.pil:
        r = rng.random()
        plan.harm = True if r < 0.4 else False if r < 0.75 and spec.pil.get("absent") else None
    _fine(plan, rng)
    _procedure(plan, rng)


def _lighter_text(plan: CasePlan, spec: ViolationSpec) -> ViolationSpec:
    """行政处罚法第三十七条但书: the text in force at the decision applies when it punishes these
    facts more lightly (a lower ceiling, or the same ceiling and a lower floor) than the text of
    the act (道路运输条例 2023: 不足2万元 → 1万元以上 instead of 3万元以上)."""
    later = spec_by_id(spec.id).in_force(plan.decision_date)
    if later == spec:
        return spec
    low, high = lawful_fine_range(spec, plan.values, plan.channel)
    new_low, new_high = lawful_fine_range(later, plan.values, plan.channel)
    lighter = new_high < high or (new_high == high and new_low < low)
    return later if lighter and new_high <= high else spec


def _fine(plan: CasePlan, rng: random.Random) -> None:
    spec = plan.spec
    low, high = lawful_fine_range(spec, plan.values, plan.channel)
    plan.fine_range = (low, high)
    unit = spec.unit_price or {}
    if unit.get("fine_per"):
        base = plan.values[unit["fine_per"]]
        price = float(rng.choice([p for p in range(int(spec.fine["mult"][0]), int(spec.fine["mult"][1]) + 1, 10)]))
        if rng.random() < 0.07:
            price = float(rng.choice((20, 30, 50, 60, 80)))
            plan.irregularities.append("fine_out_of_range")
        plan.unit_price = price
        plan.fine = round(price * base, 2)
        return
    if rng.random() < 0.07 and high > 0 and spec.is_fine:  # 加付赔偿金 is no fine with a range to breach
        plan.fine = nice_round(low * rng.uniform(0.2, 0.7) if low >= 1000 and rng.random() < 0.5
                               else high * rng.uniform(1.3, 2.5), rng)
        if not low <= plan.fine <= high:
            plan.irregularities.append("fine_out_of_range")
        return
    floor = low if low > 0 else min(high * 0.05, 2000.0)  # "X以下" clauses: no lawful minimum
    fine = nice_round(rng.uniform(floor, floor + (high - floor) * rng.choice((0.0, 0.1, 0.3, 0.6, 1.0))), rng)
    plan.fine = min(max(fine, low), high) if fine < low or fine > high else fine


def _procedure(plan: CasePlan, rng: random.Random) -> None:
    limit = {**HEARING_FINE, **plan.spec.hearing_fine}[legal_kind(plan.party)]
    big = plan.spec.is_fine and plan.fine >= limit  # 听证: 较大数额罚款
    if big:
        plan.hearing_notice = rng.random() >= 0.22
        if not plan.hearing_notice:
            plan.irregularities.append("no_hearing_notice")
    else:
        plan.hearing_notice = rng.random() < 0.7
    if rng.random() < 0.035:
        basis = plan.spec.basis
        # beyond the last article of every text of the law (the one of the act and the current one)
        last = max(load_laws()[basis.law].articles, basis.articles or 0)
        plan.nonexistent_article = last + rng.randint(3, 60)
        plan.irregularities.append("nonexistent_article")
        if plan.spec.basis2 is None and "fine_out_of_range" in plan.irregularities:
            # the fine clause was in the article now cited wrongly: no range a reviewer can check
            plan.irregularities.remove("fine_out_of_range")


class Planner:
    """Draws case plans; ``plans(n)`` returns exactly ``n`` plans in document order."""

    def __init__(self, seed: int, last_day: date = DEFAULT_LAST_DAY) -> None:
        if last_day < EARLIEST_LAST_DAY:  # a repeat pair (up to 1150 days) must fit after EARLIEST_DECISION
            raise ValueError(f"last_day must not be before {EARLIEST_LAST_DAY.isoformat()}, got {last_day.isoformat()}")
        self.seed = seed
        self.last_day = last_day
        self.rng = random.Random(seed)
        self.by_domain = specs_by_domain()
        self.serials: dict[str, int] = defaultdict(int)
        self.count = 0
        self.taken: set[str] = set()  # party and representative names given so far

    def _spec(self, party_kind: str | None = None, numeric: bool = False, day: date | None = None) -> ViolationSpec:
        """A violation type; with ``day`` (the decision date) one whose law was in force long
        enough before it for the act, the filing and the decision (``since``)."""
        while True:
            spec = self.rng.choice(self.by_domain[self.rng.choice(DOMAINS)])
            if day and spec.since and spec.since > day - timedelta(days=SINCE_MARGIN_DAYS):
                continue
            if day and spec.until and day >= spec.until:  # the act would fall under a text not known here
                continue
            if party_kind and spec.party not in ("any", "org" if party_kind == "organization" else "ind"):
                continue
            if numeric and not (spec.measure and spec.thresholds):
                continue
            return spec

    def _plan(self, spec: ViolationSpec, scenario: str, party: PartyIdentity, place: Place, day: date,
              group: str | None = None, agency: Agency | None = None) -> CasePlan:
        agency = agency or _agency(self.rng, spec, place)
        self.serials[agency.name] += self.rng.randint(1, 40)
        plan = CasePlan(index=self.count, case_group=group or f"case-{self.seed}-{self.count}", spec=spec,
                        scenario=scenario, party=party, place=place, agency=agency, decision_date=day,
                        serial=self.serials[agency.name], values={})
        self.count += 1
        return plan

    def single(self) -> list[CasePlan]:
        rng = self.rng
        spec = self._spec()
        place = random_place(rng)
        day = _random_day(rng, FIRST_DAY, min(LAST_DAY, self.last_day))
        kind = _party_kind(spec, rng)
        party = make_party(rng, spec, place, kind, day.year, self.taken)
        plan = self._plan(spec, "plain", party, place, day)
        set_dates(plan, rng)
        plan.scenario = choose_scenario(spec, kind, rng, plan)
        fill_case(plan, rng)
        return [plan]

    def repeat_group(self) -> list[CasePlan]:
        """Same party punished by different agencies, in separate decisions.

        The later act (its facts date) comes after the earlier penalty; it is a repeat-offender
        lead when it falls within two years of an earlier penalty decision (二年内 counted from
        the earlier penalty to the new act, procedure-rules.yaml repeat-window-counting)."""
        rng = self.rng
        place = random_place(rng)
        within = rng.random() < 0.7
        # (earlier decision → new act, new act → its decision) for each later member; the group
        # ends by the last day: a third member that would not fit is dropped, the start moved up
        gaps = [(rng.randint(20, 600) if within else rng.randint(760, 1000), rng.randint(60, 150))
                for _ in range(rng.choice((1, 1, 2)))]
        if len(gaps) > 1 and sum(a + b for a, b in gaps) > (self.last_day - EARLIEST_DECISION).days:
            gaps.pop()
        span = timedelta(days=sum(a + b for a, b in gaps))
        start = _random_day(rng, EARLIEST_DECISION, max(EARLIEST_DECISION, min(date(2024, 3, 31), self.last_day - span)))
        first_spec = self._spec(day=start)
        kind = _party_kind(first_spec, rng)
        party = make_party(rng, first_spec, place, kind, start.year, self.taken)
        group = f"repeat-{self.seed}-{self.count}"
        plans: list[CasePlan] = []
        spec, day = first_spec, start
        for position in range(len(gaps) + 1):
            if position:
                act = plans[-1].decision_date + timedelta(days=gaps[position - 1][0])
                day = act + timedelta(days=gaps[position - 1][1])
                spec = self._spec(kind, day=day)
            plan = self._plan(spec, "plain", party, place, day, group)
            set_dates(plan, rng)
            if position:  # the new act happens after the earlier penalty
                plan.fact_date = act
                plan.opened = max(act + timedelta(days=10), day - timedelta(days=rng.randint(30, DECISION_DEADLINE_DAYS)))
                plan.thresholds = thresholds_on(spec, kind, plan.threshold_day.isoformat())
                if spec.trigger:
                    found = threshold_in_force(spec.trigger["id"], plan.threshold_day.isoformat())
                    plan.trigger_id = found[0] if found else None
            plan.scenario = choose_scenario(spec, kind, rng, plan)
            plan.repeat_group = group
            plan.prior = [(p.decision_date, p.agency.name) for p in plans]
            plan.repeat_lead = any(0 < (plan.fact_date - p.decision_date).days <= 730 for p in plans)
            fill_case(plan, rng)
            plans.append(plan)
        return plans

    def split_group(self) -> list[CasePlan]:
        """化整为零: one scheme cut into decisions each under the threshold, summing over (or not)."""
        rng = self.rng
        spec = self._spec(numeric=True)
        place = random_place(rng)
        kind = _party_kind(spec, rng)
        day = _random_day(rng, FIRST_DAY, min(LAST_DAY, self.last_day) - timedelta(days=200))
        probe = CasePlan(index=-1, case_group="", spec=spec, scenario="split",
                         party=make_party(rng, spec, place, kind, day.year, self.taken),
                         place=place, agency=_agency(rng, spec, place), decision_date=day, serial=0, values={})
        set_dates(probe, rng)
        threshold = primary_threshold(spec, kind, probe.thresholds)
        if threshold is None:
            return self.single()
        size = rng.choice((3, 3, 4))
        over = rng.random() < 0.75
        shares = [rng.uniform(0.4, 0.9) if over else rng.uniform(0.1, 0.28) for _ in range(size)]
        if over and sum(shares) < 1.08:
            shares = [s * 1.1 / sum(shares) for s in shares]
        shares = [min(s, 0.93) * threshold.min for s in shares]
        agency = probe.agency
        group = f"split-{self.seed}-{self.count}"
        base_party = probe.party
        plans = []
        for share in shares:
            party = base_party if rng.random() < 0.5 else self.nominee(base_party, spec, place, day.year)
            plan = self._plan(spec, "split", party, place, min(day, self.last_day), group, agency)
            plan.split_group = group
            # one scheme (shared facts date), but each decision is its own case with its own filing
            plan.fact_template, plan.fact_date = probe.fact_template, probe.fact_date
            plan.opened = filing_before(plan.decision_date, probe.fact_date, rng)
            plan.thresholds, plan.trigger_id = probe.thresholds, probe.trigger_id
            plan.split_threshold = threshold
            fill_case(plan, rng, measure=share)
            plans.append(plan)
            day += timedelta(days=rng.randint(7, 60))
        total = sum(p.values[threshold.value] for p in plans)
        for plan in plans:
            plan.split_total = total
        return plans

    def nominee(self, base: PartyIdentity, spec: ViolationSpec, place: Place, year: int) -> PartyIdentity:
        """Another name for the party behind a scheme, tied to it as investigators find nominees:
        a company under the same legal representative, a person of the same household (same
        住址). A shared date of the facts alone ties no one (several people caught one day are
        several cases); the decision prints the tie (``party_block`` for split plans)."""
        party = make_party(self.rng, spec, place, base.kind, year, self.taken)
        if base.kind == "organization":
            party.legal_representative = base.legal_representative
        else:
            party.address = base.address
        return party

    def plans(self, n: int) -> list[CasePlan]:
        out: list[CasePlan] = []
        while len(out) < n:
            out.extend(self.batch(n - len(out)))
        return out[:n]

    def batch(self, remaining: int = 4) -> list[CasePlan]:
        """The next case group: a 化整为零 split, a repeat-offender group or a single decision."""
        r = self.rng.random()
        if r < 0.05 and remaining >= 4:
            return self.split_group()
        if r < 0.12 and remaining >= 3:
            return self.repeat_group()
        return self.single()
