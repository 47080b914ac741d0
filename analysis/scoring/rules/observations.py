"""Which figure of a decision a threshold's measure reads (``observe``).

A quantity counts for a measure when the words around it name the measure's subject, with its
qualifiers (永久基本农田, 公益林, 国家一级 …) stated; totals broken down into parts, permitted or
declared volumes and orders (补种…株) are not the act. Heavy-metal ratios are tied to their
pollutant (``pollutants``). An amount counts by its role (销售金额, 货值金额 …), or by the label the
decision gives an untyped amount (违法经营总额 → 非法经营数额). Prior penalties are counted from the
decision's own recital.
"""

from __future__ import annotations

import re
from typing import Any

from analysis.extract.tables import is_row, row_heading
from analysis.scoring.facts import find_keywords, money, negated, number
from analysis.scoring.rules.base import Observation, RuleContext
from analysis.scoring.rules.casualties import casualties
from analysis.scoring.rules.fine_base import implied_observation
from analysis.scoring.rules.parts import Part, facts_end, own_label, parts_to_add, same_label
from analysis.scoring.rules.pollutants import concentration_ratios, measure_metals, metal_ratios
from analysis.scoring.rules.priced import priced_values, weighed_containers
from analysis.scoring.rules.wages import wages_owed
from analysis.text.numbers import plain_amount

ROLE_LABELS = {"sales_amount": "销售金额", "goods_value": "货值金额", "illegal_gains": "违法所得",
               "damage": "损失金额", "tax_evaded": "逃避缴纳税款", "confiscated_gains": "没收违法所得",
               "fine": "罚款", "other": "涉案金额"}
# Words that mark a goods value as the unsold part (尚未销售的伪劣产品货值金额).
UNSOLD_WORDS = ("未销售", "尚未销售", "未售出", "库存", "待售", "剩余", "查扣", "扣押")
# Goods found on the premises: what is left unsold (查获的612双运动鞋…货值金额…)
SEIZED_WORDS = ("查获", "查扣", "扣押", "库存", "仓库内", "现场发现", "尚未销售", "未销售")
# Words that make a goods value the whole lot, sold part included (库存及已售货值).
SOLD_TOO_WORDS = ("已售", "已销售", "已出售", "及售出", "和售出", "包括已")


# Words that make a threshold's subject a special category: the fact must say so too
# (a catch of 188 千克 is not a catch of 苗种 or in a 种质资源保护区). 商品林 is not one: it is
# every forest that is not 公益林, so forest land of no stated kind is read against its figure.
SUBJECT_QUALIFIERS = ("国家一级", "国家二级", "一级保护", "二级保护", "苗种", "怀卵亲体", "种质资源保护区",
                      "永久基本农田", "基本农田", "公益林", "珍贵", "濒危", "重点保护", "特定矿种",
                      "规划矿区", "禁采区", "幼树", "草原", "海洋", "放射性", "含传染病病原体", "再犯", "转让",
                      "防护林", "特种用途林", "敏感", "征信", "行踪轨迹", "通信内容",
                      # land of no stated kind (破坏地表面积2.36公顷 of a mine) is neither 耕地 nor 林地
                      "耕地", "林地",
                      # 三级文物 (刑法第三百二十六、三百二十四条): the grade must be stated of the pieces, not denied
                      "三级")


def qualifiers_present(subject: str | None, text: str) -> bool:
    """Some alternative of the subject has all its qualifiers in ``text`` (or none to have)."""
    if not subject:
        return True
    for alternative in re.split(r"[/／、]", re.sub(r"[(（].*?[)）]", "", subject)):
        if all(word in text for word in SUBJECT_QUALIFIERS if word in alternative):
            return True
    return False


def subject_score(subject: str | None, quantity: Any, text: str, keywords: tuple[str, ...] = ()) -> int:
    """How well the words around a quantity name the subject: the longest shared run of
    characters with one of its alternatives (0 = not about it; a missing qualifier = 0). A cue
    keyword of the measure that names the quantity's own subject counts as much (废矿物油 5.2吨
    is a quantity of 危险废物: the KB lists the waste kinds as the measure's keywords)."""
    if not subject:
        return 1
    # a row of a list or table is named by its heading too (渔获物分品种称重情况如下： then 鲫鱼    620斤)
    window = (quantity.subject or "") + text[max(0, quantity.start - 30):quantity.end + 8] + (
        row_heading(text, quantity.start) if quantity.start >= 0 else "")
    # the kind of land or forest is often stated after the figure, in the same sentence
    # (被占用林地面积0.4187公顷（合6.28亩），地类为有林地，森林类别为省级公益林)
    sentence = window + _stated_after(text, quantity.end)
    elliptic = not quantity.subject or _VERB_ENDED.search(quantity.subject) is not None
    nearby = stated_nearby(text, quantity.start, quantity.end, elliptic=elliptic)
    nearby_all = stated_nearby(text, quantity.start, quantity.end, elliptic=elliptic, keep_denied=True)
    best = 0
    for alternative in re.split(r"[/／、]", re.sub(r"[(（].*?[)）]", "", subject)):
        qualifiers = [word for word in SUBJECT_QUALIFIERS if word in alternative]
        if _kind_named(subject, sentence + nearby):
            best = max(best, 4)  # 行踪轨迹信息 names the kind of 敏感信息 itself: a better name than 个人信息
        elif qualifiers and not all(_qualifier_in(word, sentence + nearby) or _protection_stated(text, word)
                                    for word in qualifiers):
            continue
        if any(_denies(sentence + nearby_all, word) for word in qualifiers):
            continue  # 不在永久基本农田保护红线范围内: the kind is denied for the figure
        head = re.sub(r"(?:数量|件数|条数|株数|面积|价值|数额|金额)$", "", alternative)
        if len(head) >= 3 and _denies(re.split(r"[。；;\n]", text[quantity.end:quantity.end + 80])[0] + nearby_all, head):
            continue  # 上述12件物品均为…仿制品，不属于古生物化石: a later sentence denies what the figure counts
        best = max(best, _longest_common_run(alternative, window))
        if qualifiers and any(word not in sentence for word in qualifiers):
            best = max(best, 2)  # the species' level stated for the whole decision: its count is the count
        if not qualifiers:
            # the keyword as the quantity's subject, or a specific one (废铅蓄电池) just before the figure
            named = [len(word) for word in keywords if (len(word) >= 2 and word in (quantity.subject or ""))
                     or (len(word) >= 4 and word in _sentence_before(text, quantity.start))]
            best = max(best, *named, 0)
    before = _sentence_before(text, quantity.start)
    if "危险废物" in keywords and (_HAZARDOUS_NAMED.search(before) or _HAZARDOUS_NAMED.search(nearby) or (
            "上述" in before and _HAZARDOUS_NAMED.search(text) and not _NOT_HAZARDOUS.search(text))):
        best = max(best, 4)  # 电镀槽渣（HW17表面处理废物）…合计3.62吨; 上述废油…4.6吨 of a waste the text codes
    elif "危险废物" in keywords and (not quantity.subject or _WEIGHED_ONLY.search(quantity.subject)) and len(set(
            _HAZARDOUS_CODE.findall(text))) == 1 and not _NOT_HAZARDOUS.search(text):
        # a weight with no noun of its own (4月8日1.26吨, 一车，净重0.98吨, a table's row) in a decision
        # about the one waste it codes (HW08): a weight of that waste
        best = max(best, 3)
    plain = not any(word in re.sub(r"[(（].*?[)）]", "", subject) for word in SUBJECT_QUALIFIERS)
    # …第三次1,420条，每条信息包含收件人姓名、手机号码: what each record holds, later in the figure's sentence
    said = _sentence_before(text, quantity.start) + nearby + (row_heading(text, quantity.start) if quantity.start >= 0 else "") \
        + (_stated_after(text, quantity.end) if quantity.start >= 0 else "")
    named_general = re.search(r"[(（]", subject) and _GENERAL_INFO.search(said) and not _kind_named(subject, sentence + nearby)
    if plain and "个人信息" in keywords and quantity.unit == "条" and _PERSONAL.search(said) and not named_general:
        # 业主姓名、电话…等信息…出售…共计6,820条: records of personal information; those the decision calls
        # 一般个人信息 are not of the kinds a subject lists (住宿/通信记录/…)
        best = max(best, 3)
    return best if best >= 2 else 0


_GENERAL_INFO = re.compile(r"(?:一般|其他|普通)(?:的)?(?:公民)?个人信息")
# 向甲公司推送612条, 第一次210条, 2月208条: a count with no noun of its own
_PERSONAL = re.compile(r"信息|姓名|手机号|身份证号|公民身份号码|住址|业主名单|客户名单|学生名单|花名册|通讯录")
_VERB_ENDED = re.compile(r"(?:推送|出售|提供|发送|传输|上传|售出|卖出|转卖|贩卖)$|^第[一二三四五六七八九十\d]+[次批]$|^\d+月$")
_HAZARDOUS_NAMED = re.compile(r"HW\d{2}|危险废物类别|危险废物名录")
_HAZARDOUS_CODE = re.compile(r"HW\d{2}")
_WEIGHED_ONLY = re.compile(r"^(?:[^，。]{0,6})?(?:净重|重量|毛重|过磅|磅单净重|数量)$")
_NOT_HAZARDOUS = re.compile(r"不属于危险废物|非危险废物|一般工业固体废物|一般固废")


# Land classes of the 第三次全国国土调查 that are 耕地 (GB/T 21010-2017: 0101 水田, 0102 水浇地, 0103 旱地)
QUALIFIER_CLASSES = {"耕地": ("水田", "水浇地", "旱地")}


def _qualifier_in(word: str, stated: str) -> bool:
    """The qualifier, or a class it covers (地类均为旱地 states 耕地), is in ``stated``."""
    return word in stated or any(kind in stated for kind in QUALIFIER_CLASSES.get(word, ()))


def _kind_named(subject: str, stated: str) -> bool:
    """The subject's listed kinds stand for its qualifier: 敏感信息（行踪轨迹/通信内容/征信/财产） is
    named by 行踪轨迹信息 (法释〔2017〕10号第五条第一款第（三）项); a short kind needs its noun (征信信息)."""
    kinds = [kind for listed in re.findall(r"[(（]([^)）]*)[)）]", subject) for kind in re.split(r"[/／、]", listed)]
    return any(kind in stated if len(kind) > 2 else re.search(f"{kind}(?:信息|记录|登记|[、及和与]?(?:退房|离店))", stated) is not None
               for kind in kinds if kind and "等" not in kind)  # 入住、退房时间 is 入住 information


def _sentence_before(text: str, start: int) -> str:
    return re.split(r"[。；;\n]", text[max(0, start - 200):start])[-1]


# A species' protection level is stated once for the decision (经鉴定…属国家一级重点保护野生植物),
# often in another sentence than its count.
PROTECTION_QUALIFIERS = ("国家一级", "国家二级", "一级保护", "二级保护", "重点保护")


PROTECTION_LEVELS = ({"国家一级", "一级保护"}, {"国家二级", "二级保护"}, {"重点保护"})


def _protection_stated(text: str, word: str) -> bool:
    """The level is stated in any of its wordings (保护级别为国家一级 states 一级保护 too); a relic's
    grade in the appraisal (鉴定为国家三级文物), not denied (无三级以上珍贵文物)."""
    if word == "三级":
        return bool(find_keywords(text, ("三级文物", "国家三级", "三级珍贵文物", "为三级", "属三级")))
    if word not in PROTECTION_QUALIFIERS:
        return False
    same = next((level for level in PROTECTION_LEVELS if word in level), {word})
    if find_keywords(text, tuple(same)):
        return True
    # 保护级别为二级 / 保护等级：一级
    grade = "一" if same & {"国家一级", "一级保护"} else "二" if same & {"国家二级", "二级保护"} else None
    return grade is not None and re.search(rf"保护(?:级别|等级)(?:为|是|[:：])?(?:国家)?{grade}级", text) is not None


_AFTER_NEGATIONS = re.compile(r"不涉及|不属于|不是|并非|非|未涉及|没有|无|不含|不包括|不包含|不在|未划入|未纳入|未列入|不位于|以外")


def _stated_after(text: str, end: int) -> str:
    """The clauses after a figure, to the end of its sentence or a breakdown (其中), that state
    what it is (…，地类为有林地，森林类别为省级公益林); a denied kind (不涉及永久基本农田) is not stated."""
    rest = re.split(r"[。；;\n]|其中", text[end:end + 60])[0]
    return "，".join(clause for clause in re.split(r"[，,）)]", rest) if not _AFTER_NEGATIONS.search(clause))


# A neighbouring sentence of the same paragraph that speaks of the figure's subject again:
# 经测绘，被处罚人占用土地0.42公顷。经…套合，所占土地全部位于永久基本农田保护红线内 /
# 将63条车辆实时位置记录…出售给他人。经调查，上述记录系租车人的行踪轨迹信息.
_BACK_REFERENCE = re.compile(r"上述|前述|所述|该|所占|所涉|涉案|被占用?的?|占用的|此|^其中|其(?!中|他|余|实|间|后)|^每[条份批]")
_OWN_FIGURE = re.compile(r"\d[\d.,，]*\s*(?:亩|公顷|平方米|株|棵|立方米|条|只|头|尾|吨|千克|公斤|克|份|户)|其中")


def _denies(stated: str, word: str) -> bool:
    if word == "三级" and re.search(r"(?:无|未发现|没有)三级", stated):
        return True  # 无三级以上珍贵文物, 未发现三级以上文物: a grade denied for every piece
    return re.search(rf"(?:不在|未划入|未纳入|未列入|不属于|不涉及|未涉及|不位于|非){word}|{word}[^，。；]{{0,8}}以外",
                     stated) is not None


def stated_nearby(text: str, start: int, end: int, elliptic: bool = False, keep_denied: bool = False) -> str:
    """What the sentences just before and after a figure, in its paragraph, state of it: the
    clauses of a sentence that refers back to it (上述, 该, 所占 …) and has no figure or breakdown
    of its own, denied clauses (不涉及永久基本农田) left out. The sentence before counts when the
    figure's own sentence refers back to it (涉案地块位于永久基本农田内。经测绘，上述地块面积…)."""
    paragraph_start = text.rfind("\n", 0, start) + 1
    paragraph_end = text.find("\n", end)
    paragraph_end = len(text) if paragraph_end < 0 else paragraph_end
    own_start = max(paragraph_start, *(text.rfind(mark, 0, start) + 1 for mark in "。；;"))
    own_end = min([paragraph_end] + [i for i in (text.find(mark, end) for mark in "。；;") if i >= 0])
    # the sentence after may open the next paragraph (经…套合比对，涉案地块…全部位于永久基本农田保护范围内)
    after = re.split(r"[。；;]", text[own_end + 1:own_end + 240].lstrip(" \n\u3000\t"))[0]
    before = re.split(r"[。；;]", text[paragraph_start:own_start])[-2] if own_start > paragraph_start else ""
    # a figure with no noun of its own (向甲公司推送612条) counts what the sentence before named
    refers = _BACK_REFERENCE.search(text[own_start:start]) or elliptic
    headed = _before_heading(text, start) + _later_statements(text, own_end)
    kept = [after] + ([before] if refers else []) + headed
    return "，".join(clause for neighbour in kept if _BACK_REFERENCE.search(neighbour) or neighbour is before
                    or neighbour in headed
                    for clause in re.split(r"[，,]", neighbour)
                    if not _OWN_FIGURE.search(neighbour) and (keep_denied or not _AFTER_NEGATIONS.search(clause)))


_FACTS_CLOSE = re.compile(r"违反了|依据《|根据《|本(?:局|机关|厅|委)认为|的上述行为")
_EVIDENCE_LIST = re.compile(r"^(?:以上|上述)(?:违法)?(?:事实|证据)|^证据")
_LATER_REFERENCE = re.compile(r"^(?:(?:经|对照|依据|根据|通过|按照|另查明|又查明|同时查明)[^，。；]{0,40}[，,])?(?:经)?(?:上述|前述|以上|所述|涉案|该批|所涉"
                              # 经核查，三个地块…均为旱地: the plots counted again
                              r"|[一二三四五六七八九十两\d]+(?:个|处|块|宗)(?:地块|宗地|图斑|被占土地)|(?:各|所有|全部)地块"
                              # 被占用地块为乔木林地…; “大岭背”山场属于省级公益林: the occupied land named again
                              r"|被?(?:占用|毁坏|破坏)的?(?:地块|土地|林地)|(?:该|此)(?:地块|宗地|山场|林地)"
                              r"|[“\"][^”\"，。；]{1,8}[”\"](?:山场|地块|林地|小班)"
                              # 经核，朱某发送的资料为…属于住宿信息: what was sent, sold or occupied, named again
                              r"|[^，。；]{0,12}(?:发送|出售|提供|出卖|倒卖|导出)的)")


def _before_heading(text: str, start: int) -> list[str]:
    """The sentence just before a list's heading, when it says what the listed items are (出售的信息内容为…，
    属于住宿信息。 then 按照月份统计…条数为： then 三月：168条): the rows are of that kind."""
    heading = row_heading(text, start) if start >= 0 else ""
    if not heading:
        return []
    at = text.rfind(heading, 0, start)
    sentences = [piece for piece in re.split(r"[。；;\n]", text[max(0, at - 200):at]) if piece.strip()]
    return [sentences[-1].strip()] if sentences and not _OWN_FIGURE.search(sentences[-1]) else []


def _later_statements(text: str, own_end: int) -> list[str]:
    """Sentences further on in the facts that speak of the figures before them again and say what
    they are (第一次…出售340条…；第二次…272条。 … 上述信息包含…，属于住宿信息。), past the evidence list
    (以上事实有…证实) up to the decision's reasoning (违反了…, 本局认为), none with a figure of its own."""
    found = []
    pieces = [piece for piece in re.split(r"[。；;\n]", text[own_end + 1:own_end + 900]) if piece.strip()]
    for sentence in pieces[1:14]:
        sentence = sentence.strip(" \n\u3000\t")
        if _FACTS_CLOSE.search(sentence):
            break
        if _LATER_REFERENCE.match(sentence) and not _OWN_FIGURE.search(sentence) and not _EVIDENCE_LIST.match(sentence):
            found.append(sentence)
    return found


# Head nouns a subject shares with other things: 固体废物 is no 危险废物 for sharing 废物.
GENERIC_HEADS = frozenset({"废物", "信息", "土地", "数量", "面积", "金额", "价值", "物品", "产品", "条数", "株数"})


def _longest_common_run(left: str, right: str) -> int:
    best, run = 0, ""
    for i in range(len(left)):
        for j in range(i + best + 1, len(left) + 1):
            if left[i:j] not in right:
                break
            best, run = j - i, left[i:j]
    return 1 if run in GENERIC_HEADS else best


def _amount_observation(ctx: RuleContext, measure: Any) -> Observation | None:
    """The amount the facts state for the measure, or the larger base the agency's own fine was
    computed on (``fine_base``: 处少缴税款百分之六十的罚款，计243,768元 is 少缴税款406,280元)."""
    if not qualifiers_present(measure.subject, ctx.text):
        return None  # 苗种的价值 is not the value of any catch
    stated = _stated_amount(ctx, measure)
    implied = implied_observation(ctx, measure)
    if implied is not None and (stated is None or implied.value > stated.value * 1.001):
        return implied
    return stated


def _stated_amount(ctx: RuleContext, measure: Any) -> Observation | None:
    largest = largest_by_role(ctx)
    values = {role: amount.value for role, amount in largest.items()}
    added = added_parts(ctx, largest)
    values.update({role: sum(part.value for part in parts) for role, parts in added.items()})
    # 开采石灰岩26800吨……销售单价为每吨14元: a value the decision leaves to be multiplied (``priced``)
    priced = {role: found for role, found in _priced(ctx).items() if role not in values}
    values.update({role: found[0] for role, found in priced.items()})
    if _counts_unsold(measure) and "goods_value" in largest and "sales_amount" in values \
            and not marked_unsold(ctx, largest["goods_value"]):
        # 货值金额 of a decision covers the goods sold too: the unsold part is what is left
        values["goods_value"] = max(0.0, values["goods_value"] - values["sales_amount"])
    value = measure.value_of(values)
    if _sold_and_unsold(ctx, measure, values, largest):
        # 非法经营数额 (法释〔2004〕19号第十二条): the goods sold at their price and the stock at its value
        used = [largest["sales_amount"], largest["goods_value"]]
        return Observation(values["sales_amount"] + values["goods_value"], "元", f"{measure.subject}（已销售＋库存）",
                           [ctx.evidence(a.start, a.end) for a in used], min(a.confidence for a in used))
    if _sold_and_priced_stock(measure, largest, priced):
        # 已销售…货款28,600元；库存成品4,300个，按…每个9元计算: the stock valued at its price (the sales
        # stated, or priced too: 5月售出214箱…每箱出厂价120元；查获的186箱按每箱120元计)
        stock, spans, shown = priced["goods_value"]
        if "sales_amount" in largest:
            sold, sold_spans, sold_shown = largest["sales_amount"].value, [
                (largest["sales_amount"].start, largest["sales_amount"].end)], ""
        else:
            sold, sold_spans, sold_shown = priced["sales_amount"]
            sold_shown += "＋"
        return Observation(sold + stock, "元", f"{measure.subject}（已销售＋库存{sold_shown}{shown}）",
                           [ctx.evidence(a, b) for a, b in (sold_spans[:4] + spans[:4])], 0.8)
    if value is None and not ("goods_value" in (measure.role, *measure.also) and "sales_amount" in priced):
        return _labelled_other_amount(ctx, measure)
    if measure.role == "other" and not measure.combine:
        # 经本局认定，你违法经营卷烟总额为73,480元: the total the agency found, named as the measure,
        # over the part (货值 of the goods seized) that the roles hold
        labelled = _labelled_other_amount(ctx, measure)
        if labelled is not None and (value is None or labelled.value > value):
            return labelled
    roles = (measure.role, *measure.also)
    if value is None and not measure.combine and "goods_value" in roles and "sales_amount" in priced:
        # 矿产品价值 by 销赃数额 (法释〔2016〕25号第十三条): what the goods sold for is their value
        priced["goods_value"] = priced["sales_amount"]
        value = values["goods_value"] = priced["goods_value"][0]
    priced_role = next((role for role in roles if role in priced and value == values[role]), None)
    if not measure.combine and priced_role:
        total, spans, shown = priced[priced_role]
        return Observation(total, "元", f"{ROLE_LABELS[priced_role]}（{shown}）",
                           [ctx.evidence(start, end) for start, end in spans[:6]], 0.8)
    used = _amounts_used(measure, largest)
    if measure.combine and value is not None and any(role in priced for role in measure.combine):
        # 运动鞋412双，店内标价每双398元；运动服136件…每件268元: a formula's part left to be priced
        return _combined_with_priced(ctx, measure, value, used, priced, values)
    if not used:
        return None
    label = (measure.subject if measure.combine or not used else ROLE_LABELS.get(used[0].role)) or "涉案金额"
    spans = [ctx.evidence(amount.start, amount.end) for amount in used]
    observation = Observation(value, "元", label, spans, min(amount.confidence for amount in used))
    if not measure.combine and used and used[0].role in added and value == values[used[0].role]:
        return summed(ctx, observation, added[used[0].role])
    return observation


def _combined_with_priced(ctx: RuleContext, measure: Any, value: float, used: list[Any],
                          priced: dict[str, tuple[float, list[tuple[int, int]], str]],
                          values: dict[str, float]) -> Observation:
    """A combined measure (已销售金额＋未销售货值) whose stated parts and priced parts are added."""
    spans = [(amount.start, amount.end) for amount in used]
    shown = []
    for role in measure.combine:
        if role in priced:
            spans += priced[role][1]
            shown.append(f"{ROLE_LABELS.get(role, role)}：{priced[role][2]}")
        elif role in values:
            shown.append(f"{ROLE_LABELS.get(role, role)}：{plain_amount(values[role])}元")
    return Observation(value, "元", f"{measure.subject}（{'；'.join(shown)}）",
                       [ctx.evidence(start, end) for start, end in spans[:6]], 0.8)


def largest_by_role(ctx: RuleContext) -> dict[str, Any]:
    """The largest extracted amount of each role."""
    largest: dict[str, Any] = {}
    for amount in ctx.fields.amounts:
        if amount.role not in largest or amount.value > largest[amount.role].value:
            largest[amount.role] = amount
    return largest


def unsold_stock(ctx: RuleContext) -> float | None:
    """The value of the stock still unsold, where the largest goods value is named as the stock
    (库存涉案药品货值, 查获的…货值): the goods sold are then not in it."""
    goods = largest_by_role(ctx).get("goods_value")
    return goods.value if goods is not None and marked_unsold(ctx, goods) else None


def _sold_and_unsold(ctx: RuleContext, measure: Any, values: dict[str, float], largest: dict[str, Any]) -> bool:
    """A measure of the whole business (非法经营数额) where the facts give the sales and, apart, the
    value of the stock still unsold."""
    roles = {measure.role, *measure.also}
    return (not measure.combine and "非法经营" in (measure.subject or "") and {"sales_amount", "goods_value"} <= roles
            and "sales_amount" in largest and "goods_value" in largest and marked_unsold(ctx, largest["goods_value"])
            and _labelled_other_amount(ctx, measure) is None  # 违法经营总额43,800元: the agency's own total
            and not _total_stated(ctx, largest["goods_value"].value))


def _sold_and_priced_stock(measure: Any, largest: dict[str, Any], priced: dict[str, Any]) -> bool:
    """A 非法经营数额 whose sales the facts state and whose stock they leave to be priced."""
    roles = {measure.role, *measure.also}
    return (not measure.combine and "非法经营" in (measure.subject or "") and {"sales_amount", "goods_value"} <= roles
            and ("sales_amount" in largest or "sales_amount" in priced) and "goods_value" not in largest
            and "goods_value" in priced)


def _total_stated(ctx: RuleContext, goods: float) -> bool:
    """已售卷烟价款16,460元，违法经营卷烟总额计43,800元 beside a stock of 27,340元: the sum is written."""
    sales = [a.value for a in ctx.fields.amounts if a.role == "sales_amount"]
    return any(abs(total - (part + goods)) <= 0.005 * total for total in sales for part in sales if part < total)


def _priced(ctx: RuleContext) -> dict[str, tuple[float, list[tuple[int, int]], str]]:
    key = ("priced",)
    if key not in ctx.cache:
        ctx.cache[key] = priced_values(ctx)
    return ctx.cache[key]


def added_parts(ctx: RuleContext, largest: dict[str, Any]) -> dict[str, list[Part]]:
    """Per role, the amounts the facts list in parts without a total (``parts``)."""
    end = facts_end(ctx.record)
    added = {}
    for role in largest:
        if role in ("other", "fine", "confiscated_gains"):
            continue
        parts = parts_to_add(ctx.text, [Part(a.value, a.start, a.end, a) for a in ctx.fields.amounts if a.role == role], end)
        if parts:
            added[role] = parts
    return added


def _amounts_used(measure: Any, largest: dict[str, Any]) -> list[Any]:
    """The amounts a measure's value is computed from, the deciding one first: the formula's
    roles, else the largest of its roles. An untyped amount (罚没款合计) never is the fact."""
    if measure.combine:
        return [largest[role] for role in measure.combine if role in largest]
    used = [largest[role] for role in (measure.role, *measure.also) if role in largest and role != "other"]
    return sorted(used, key=lambda amount: -amount.value)


def _counts_unsold(measure: Any) -> bool:
    """Measures of 尚未销售的货值 (刑法第140条: 货值金额（未销售）, 已销售金额×3+未销售货值)."""
    return "未销售" in (measure.subject or "") or bool(
        measure.combine and {"sales_amount", "goods_value"} <= set(measure.combine))


def marked_unsold(ctx: RuleContext, amount: Any) -> bool:
    """``库存涉案药品货值`` is the unsold part; ``库存及已售货值`` covers the goods sold too."""
    label = ctx.text[max(0, amount.start - 14):amount.start]
    label = re.split(r"[，。；,;]", label)[-1]
    if any(word in label for word in SOLD_TOO_WORDS):
        return False
    # 查获的612双运动鞋按当事人标价计算，货值金额为…: the goods found, named earlier in the sentence
    sentence = re.split(r"[。；;\n]", ctx.text[max(0, amount.start - 40):amount.start])[-1]
    # 关于未销售部分：店铺及仓库共查扣手提包610件…，按…标价计算，货值金额合计12.6万元: the line's heading
    whole = re.split(r"[。；;\n]", ctx.text[max(0, amount.start - 120):amount.start])[-1]
    if re.match(r"^(?:关于)?(?:未销售|尚未销售|库存|未售出)(?:部分|商品|货物)?[：:]", whole.strip()):
        return True
    return any(word in label for word in UNSOLD_WORDS) or (
        not any(word in sentence for word in SOLD_TOO_WORDS) and any(word in sentence for word in SEIZED_WORDS))


# Labels a decision uses for a measure that share no two characters with its name: the 税额
# printed on 虚开 invoices is the 虚开的税款数额 (法释〔2024〕4号第十一条).
LABEL_CUES = {"虚开税款数额": ("税额",), "拖欠数额": ("工资", "劳动报酬", "欠薪", "薪酬"),
              "票面金额": ("金额合计", "价税合计", "开票金额", "发票金额", "发票份数：", "发票号码：")}  # 开具增值税普通发票186份，金额合计…
# The tools of the act (挖掘机一台（评估价值约35万元）): their value is no measure of the act.
TOOLS = re.compile(r"船|车辆|挖掘机|铲车|装载机|破碎机|推土机|筛分机|钻机|拖拉机|货车|设备|机械|机具|工具|网具")
# Money the decision imposes, never a fact of the case, whatever the words before it.
OTHER_MONEY_WORDS = ("赔偿金", "罚款", "滞纳金", "加处", "罚没款")


def _labelled_other_amount(ctx: RuleContext, measure: Any) -> Observation | None:
    """An amount of unknown role whose label names the measure (违法经营总额 → 非法经营数额)."""
    core = re.sub(r"^(非法|违法)|(数额|金额|总额)$", "", measure.subject or "")
    grams = {core[i:i + 2] for i in range(len(core) - 1)} - {"数额", "金额", "总额"}
    grams |= set(LABEL_CUES.get(measure.subject or "", ()))
    best, found = None, []
    for amount in ctx.fields.amounts:
        # a table cell is named by its column (税额（元）) and the table's caption, not the row before it
        label = amount.label or ctx.text[max(0, amount.start - 10):amount.start]
        own = re.split(r"[，。；,;：:\n]", label)[-1]  # 加付赔偿金人民币5670元 is no 拖欠数额
        # 拖欠…工资的情况如下：一车间员工18人，合计341,200元: the list's head names its items
        head = re.search(r"([^。：:\n]{2,40})(?:如下|具体为|情况为|明细为|分别为)[：:][^。]*$",
                         ctx.text[max(0, amount.start - 160):amount.start])
        label = label if amount.label or head is None else head[1] + label
        named = amount.role == "other" and grams and any(gram in label for gram in grams) \
            and not any(word in own for word in OTHER_MONEY_WORDS) and "应纳税额" not in label \
            and not TOOLS.search(re.split(r"[，。；,;：:\n]", ctx.text[max(0, amount.start - 20):amount.start])[-1])
        if named:
            found.append(Part(amount.value, amount.start, amount.end, amount))
            if best is None or amount.value > best.value:
                best = amount
    owed = wages_owed(ctx.text, facts_end(ctx.record)) if measure.subject == "拖欠数额" else None
    if owed is not None and (best is None or owed.value > best.value):
        # 约定月工资为4,600元，…已连续五个月未支付: the reader multiplies
        return Observation(owed.value, "元", f"{measure.subject}（{owed.shown}）",
                           [ctx.evidence(start, end) for start, end in owed.spans], 0.75)
    if best is None:
        return None
    return summed(ctx, Observation(best.value, "元", measure.subject or "涉案金额", [ctx.evidence(best.start, best.end)],
                                   best.confidence * 0.9), found)


# 卷烟 counted in 支 (法释〔2010〕7号第三条: 二十万支, 即一千条) are written in 条, 包, 件 or 箱 (一条十包,
# 一包二十支, 一件五十条, 一箱二百五十条).
CIGARETTE_PIECES = {"条": 200, "包": 20, "盒": 20, "件": 10_000, "箱": 50_000}


def _in_unit(measure: Any, quantity: Any) -> float | None:
    if measure.unit == "支" and "卷烟" in (measure.subject or "") and quantity.unit in CIGARETTE_PIECES:
        return quantity.value * CIGARETTE_PIECES[quantity.unit]
    value = measure.normalize(quantity.value, quantity.unit)
    if value is None and quantity.normalized_value is not None and quantity.normalized_unit:
        value = measure.normalize(quantity.normalized_value, quantity.normalized_unit)
    return value


# Quantities that are not what the party did: allowed (采伐许可证（采伐蓄积量25立方米）, 核定), declared or
# produced over a year (申报产生量共计约18吨), or of another kind named right before the figure
# (一般工业固体废物约14吨 beside 危险废物2,860千克).
# 许可证许可在…采伐侧柏蓄积10立方米 (the allowed amount), not 超出许可数量18.7立方米 (the excess)
_ALLOWED_CLAUSE = re.compile(r"^(?!.*(?:超出|超过|实际|多采|超采))[^，。；]*(?:许可|批准|核准)[^，。；]{0,24}$")
PERMITTED = re.compile(r"(?:补种[^，。；]{0,12}|许可证[（(][^）)]*|核定[^，。；]*|许可[^，。；]{0,4}量[为：:]?|批准[^，。；]{0,4}量[为：:]?"
                       r"|申报[^，。；]{0,4}量[^，。；]{0,4}|一般(?:工业)?固体废物[约共计为]{0,3}|一般固废[约共计为]{0,3})$")


_GROSS = re.compile(r"毛重|连同?[^，。；]{0,8}(?:网具|包装|冰块)|含(?:冰|包装)")
_RATE = re.compile(r"每[^\d，。；,;]{0,4}$")


def _quantity_observation(ctx: RuleContext, measure: Any, rivals: tuple = ()) -> Observation | None:
    """The largest quantity about the measure's subject; a quantity that names a rival subject
    of the same rule better (敏感信息 vs 其他个人信息) belongs to that rival."""
    metals = measure_metals(measure)
    if metals:
        return _metal_ratio_observation(ctx, measure, metals)
    best: Observation | None = None
    found: list[Part] = []
    for quantity in ctx.fields.quantities:
        if quantity.start >= 0 and (PERMITTED.search(ctx.text[max(0, quantity.start - 16):quantity.start])
                                    or _ALLOWED_CLAUSE.search(_clause_before(ctx.text, quantity.start))) \
                and not _EXCESS.search(_clause_before(ctx.text, quantity.start)):
            continue  # 采伐许可证（采伐蓄积量25立方米）: what was allowed, not what was done
        if quantity.start >= 0 and _RATE.search(ctx.text[max(0, quantity.start - 8):quantity.start]):
            continue  # 以上卷烟均为每条200支: a rate, not a quantity of the act
        if quantity.start >= 0 and _GROSS.search(_clause_before(ctx.text, quantity.start)):
            continue  # 连网具、冰块毛重612公斤: the gross weight, not the catch
        if _total_of_named_parts(ctx.text, quantity, measure.keywords):
            continue  # 共占用土地12.4亩，其中耕地8.6亩: the part named by the measure counts, not the total
        value = _in_unit(measure, quantity)
        if value is not None and _present_not_harmed(ctx.text, measure, quantity):
            continue  # 同时在场人数经常超过300人 is no count of the dead
        score = subject_score(measure.subject, quantity, ctx.text, measure.keywords) if value is not None else 0
        if value is not None and measure.unit == "级" and quantity.normalized_unit == "级":
            score = max(score, 2)  # 推荐关系最长链条达到七层: a scheme's levels whatever their name
        if not score or any(subject_score(rival.subject, quantity, ctx.text, rival.keywords) > score
                            for rival in rivals if rival is not measure and _in_unit(rival, quantity) is not None
                            and not _residual_of(rival, measure)):
            continue
        found.append(Part(value, quantity.start, quantity.end, quantity))
        if best is None or value > best.value:
            label = re.split(r"[(（/／]", measure.subject or quantity.subject or "")[0]
            best = Observation(value, measure.unit or "", label, [ctx.evidence(quantity.start, quantity.end)],
                               quantity.confidence)
    weighed = _weighed(ctx, measure, best)
    if weighed is not None:
        return weighed
    if best is None and measure.unit == "人" and (outcome := _casualty_outcome(measure)):
        stated = casualties(ctx.text, outcome)
        if stated is not None:
            return Observation(stated[0], "人", measure.subject or outcome, [ctx.evidence(stated[1], stated[2])], 0.8)
    found += _siblings(ctx, measure, found)
    excess = [part for part in found if _EXCESS.search(_clause_before(ctx.text, part.start))]
    if best is not None and excess and len(excess) < len(found):
        # 超出许可证规定数量采伐的立木蓄积为18.6立方米 beside 采伐蓄积34.2立方米: the excess is the act
        # (法释〔2023〕8号: 超过采伐许可证规定的数量采伐的，以超出部分计)
        top = max(excess, key=lambda part: part.value)
        best = Observation(top.value, best.unit, best.label, [ctx.evidence(top.start, top.end)],
                           getattr(top.item, "confidence", 1.0))
        found = excess
    observed = summed(ctx, best, found) if best is not None else None
    return _less_the_rest(ctx, measure, observed)


# 其中…金毛狗1株。经鉴定，金毛狗为国家二级保护野生植物，其余57株均不属于国家重点保护野生植物: the rest denied
_REST_DENIED = re.compile(r"其余(?P<count>\d+)(?P<unit>株|棵|只|头|条|尾|件|羽)[^。；，]{0,4}?(?:不属于|不是|非|未列入|不在)")


def _less_the_rest(ctx: RuleContext, measure: Any, observed: Observation | None) -> Observation | None:
    """A count of a protected kind, less what the decision says is not of that kind."""
    if observed is None or not any(word in (measure.subject or "") for word in PROTECTION_QUALIFIERS):
        return observed
    rest = _REST_DENIED.search(ctx.text)
    if rest is None or float(rest["count"]) >= observed.value:
        return observed
    value = observed.value - float(rest["count"])
    return Observation(value, observed.unit, f"{observed.label}（减去其余{rest['count']}{rest['unit']}）",
                       [*observed.evidence, ctx.evidence(rest.start(), rest.end())], observed.confidence)


def _residual_of(rival: Any, measure: Any) -> bool:
    """A rival for what the measure's qualifier leaves out (占用其他耕地面积 beside 占用永久基本农田面积):
    a figure whose qualifier is stated (上述地块全部位于永久基本农田内) is the qualified measure's."""
    subject = re.sub(r"[(（].*?[)）]", "", measure.subject or "")
    return "其他" in (rival.subject or "") and any(word in subject for word in SUBJECT_QUALIFIERS)


def _weighed(ctx: RuleContext, measure: Any, best: Observation | None) -> Observation | None:
    """Containers times the weight of one (15瓶，每瓶…5克), when it is more than any figure read."""
    for item in weighed_containers(ctx):
        value = measure.normalize(item.value, item.unit)
        if value is None or (best is not None and value <= best.value):
            continue
        # the substance named, and not denied (未检出毒鼠强), anywhere in the facts
        if not measure.keywords or find_keywords(ctx.text, tuple(word for word in measure.keywords if len(word) >= 2)):
            best = Observation(value, measure.unit or item.unit, f"{re.split(r'[(（/／]', measure.subject or '')[0]}"
                               f"（{item.shown}）", [ctx.evidence(a, b) for a, b in item.spans[:6]], 0.75)
            return best
    return None


def _present_not_harmed(text: str, measure: Any, quantity: Any) -> bool:
    """A head count for a measure of the dead or injured whose clause names no harm to anyone."""
    if quantity.start < 0 or measure.unit != "人" or _casualty_outcome(measure) is None:
        return False
    clause = re.split(r"[，。；,;\n]", text[max(0, quantity.start - 30):quantity.start])[-1] + text[quantity.end:quantity.end + 6]
    return re.search(r"死亡|身亡|遇难|重伤|受伤|伤亡|中毒|致死|丧生|罹难|轻伤", clause) is None


def _casualty_outcome(measure: Any) -> str | None:
    """死亡 or 重伤 for a count of people killed or seriously injured (死亡人数, 重伤人数)."""
    return next((word for word in ("死亡", "重伤") if word in (measure.subject or "") or word in measure.keywords), None)


def _siblings(ctx: RuleContext, measure: Any, found: list[Part]) -> list[Part]:
    """Figures listed in the same sentence as one about the subject and named the same way (2月27日
    交付1,300千克，4月3日交付1,150千克，5月20日交付0.9吨): parts of one act, whatever their window."""
    taken = {part.start for part in found}
    siblings = []
    for quantity in ctx.fields.quantities:
        value = _in_unit(measure, quantity) if quantity.start not in taken else None
        if value is None or quantity.start < 0:
            continue
        part = Part(value, quantity.start, quantity.end, quantity)
        for other in found:
            low, high = sorted((other.end, part.start))
            between = ctx.text[low:high]
            ordinal = _ordinal_sentences(ctx.text, other, part)
            # 第一次（2024年3月21日），2,300条 / 第二次（…），1,850条: steps named by their ordinals alone
            unnamed = ordinal and not own_label(ctx.text, other) and not own_label(ctx.text, part)
            if ((not re.search(r"[。；;\n]", between) or ordinal)
                    and (same_label(ctx.text, other, part) or unnamed) and _event_label(ctx.text, part)) \
                    or ((not re.search(r"[。\n]", between) or _rows(ctx.text, other, part)) and _parallel(ctx.text, other, part)) \
                    or _adjacent_rows(ctx.text, other, part):
                siblings.append(part)
                break
    return siblings


_ORDINAL_OPENING = re.compile(r"^(?:第[一二三四五六七八九十\d]+(?:次|批|笔|车|趟)|\d{4}年\d{1,2}月|\d{1,2}月\d{1,2}日)")


def _ordinal_sentences(text: str, one: Part, other: Part) -> bool:
    """第一次于2月26日，出售340条…；第二次于4月3日，出售272条: sentences of one paragraph, each opened by
    its ordinal or its date, that tell the steps of one act."""
    low, high = sorted((one, other), key=lambda part: part.start)
    if "\n" in text[low.end:high.start].strip("\n") and re.search(r"\n\s*\n", text[low.end:high.start]):
        return False
    openings = []
    for part in (low, high):
        sentence = re.split(r"[。；;\n]", text[max(0, part.start - 80):part.start])[-1].lstrip(" \u3000")
        openings.append(_ORDINAL_OPENING.match(sentence))
    return all(openings) and openings[0][0] != openings[1][0]


def _rows(text: str, one: Part, other: Part) -> bool:
    """Both figures stand on rows of one plain-text list (东地块  0.28公顷 / 西地块  2.1亩)."""
    low, high = sorted((one.start, other.start))
    first = text.rfind("\n", 0, low) + 1
    last = text.find("\n", high)
    lines = [line for line in text[first:last if last >= 0 else len(text)].split("\n") if line.strip()]
    return bool(lines) and all(is_row(line) for line in lines)


def _adjacent_rows(text: str, one: Part, other: Part) -> bool:
    """采砂坑　9,800平方米 / 堆料场　4,100平方米 / 场内道路　1,700平方米: rows of one plain list, line after
    line, each ending with its figure: what one row is, all are."""
    low, high = sorted((one, other), key=lambda part: part.start)
    between = text[low.end:high.start]
    if re.search(r"\n\s*\n", between) or "\n" not in between or not _rows(text, low, high):
        return False
    lines = text[text.rfind("\n", 0, low.start) + 1:high.end].split("\n")
    return all(re.search(r"\d[\d,，.]*\s*[\u4e00-\u9fff㎡]{0,4}\s*$", line.rstrip(" |│┃｜\t\u3000"))
               for line in lines if line.strip())


def _parallel(text: str, one: Part, other: Part) -> bool:
    """东地块占地2,160.5平方米…；西地块占地1,378.2平方米: clauses named alike but for a word or two."""
    labels = [re.split(r"[，。；、,;：:\n]", text[max(0, part.start - 12):part.start])[-1] for part in (one, other)]
    if min(len(label) for label in labels) < 3 or len(labels[0]) != len(labels[1]):
        return False
    return sum(a != b for a, b in zip(*labels, strict=True)) <= 2


def _event_label(text: str, part: Part) -> bool:
    """A sibling is named only by a date or an ordinal and a short verb (4月3日交付, 第二次运出)."""
    clause = re.split(r"[，。；、,;：:\n（(]", text[max(0, part.start - 24):part.start])[-1]
    rest = re.sub(r"\d+(?:年|月|日|号)|第[一二三四五六七八九十\d]+(?:次|批|车|趟)|[\d.,]|另|又|再", "", clause)
    return len(rest) <= 3


_EXCESS = re.compile(r"超(?:出|过)[^，。；]{0,12}(?:许可|批准|核定)|超采|超量|多采")


def _clause_before(text: str, start: int) -> str:
    return re.split(r"[，。；,;\n]", text[max(0, start - 40):start])[-1]


def summed(ctx: RuleContext, best: Observation, found: list[Part]) -> Observation:
    """The sum of the parts the facts list without a total (``parts``), else the largest figure."""
    parts = parts_to_add(ctx.text, found, facts_end(ctx.record))
    if not parts:
        return best
    total = sum(part.value for part in parts)
    shown = "+".join(money(part.value) if best.unit == "元" else f"{number(part.value)}{best.unit}" for part in parts)
    return Observation(total, best.unit, f"{best.label}合计（{shown}）",
                       [ctx.evidence(part.start, part.end) for part in parts],
                       min(getattr(part.item, "confidence", 1.0) for part in parts) * 0.95)


# 共占用土地8,267平方米（折合12.4亩），其中耕地5,733平方米: a total broken down right after it
_BREAKDOWN = re.compile(r"^[^。；]{0,24}?其中([^。，；]*)")  # the part's own clause


def _total_of_named_parts(text: str, quantity: Any, keywords: tuple[str, ...]) -> bool:
    """The quantity is a total whose breakdown (其中…) names the measure's subject as one part."""
    if quantity.end < 0:
        return False
    match = _BREAKDOWN.match(text[quantity.end:quantity.end + 200])
    return bool(match) and any(len(word) >= 2 and word in match[1] for word in keywords)


def _metal_ratio_observation(ctx: RuleContext, measure: Any, metals: frozenset[str]) -> Observation | None:
    """The largest exceedance of a heavy metal the measure lists (``pollutants``)."""
    ratios = metal_ratios(ctx.text, list(ctx.fields.quantities), metals)
    if not ratios:
        computed = concentration_ratios(ctx.text, metals)
        if not computed:
            return None
        best = max(computed, key=lambda found: found.value)
        label = f"污染物（{best.metal}）浓度{best.measured}、排放限值{best.limit}，超标倍数"
        return Observation(best.value, "倍", label, [ctx.evidence(best.start, best.end)], 0.8)
    value, quantity, metal = max(ratios, key=lambda found: found[0])
    return Observation(value, "倍", f"污染物（{metal}）超标倍数", [ctx.evidence(quantity.start, quantity.end)], quantity.confidence)


def observe(ctx: RuleContext, measure: Any, rivals: tuple = ()) -> Observation | None:
    """The fact a measure is about, in the measure's unit (cross-document overrides first)."""
    if measure.key in ctx.overrides:
        return ctx.overrides[measure.key]
    if measure.kind == "amount":
        return _amount_observation(ctx, measure)
    if measure.kind in ("quantity", "ratio"):
        if measure.unit == "次" and "处罚" in (measure.subject or ""):
            stated = stated_prior_penalties(ctx)
            if stated is not None:
                return stated
        return _quantity_observation(ctx, measure, rivals)
    return None


# 曾于2022年5月19日（穗云卫医罚〔2022〕088号）和2023年6月2日（…117号）两次因…被我局给予行政处罚:
# the recital may name each earlier decision before the count
PRIOR_PENALTIES = re.compile(r"(曾|先后|已)[^。；]{0,90}?([两二三四五2-5])次[^。；]{0,30}?(行政处罚|处罚)")
COUNT_WORDS = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5}


_RECITAL = re.compile(r"[^。；]*(?:曾|另查明|此前|前次|并非初次|非初次|不是初次|不是第一次)[^。]*?(?:给予|受到|予以|作出|处以)[^。]*。")
_EACH_PENALTY = re.compile(r"(?:给予|受到|予以|作出|处以)[^。；，（(]{0,8}(?:行政)?处罚")
_DECISION_NUMBER = re.compile(r"[〔\[【(（]\d{4}[〕\]】)）][^。；、，]{0,12}?号|[（(]第?\d{6,}号[）)]")
_LISTED_DATES = re.compile(r"分别于((?:\d{4}年\d{1,2}月(?:\d{1,2}日)?[、和及，]?){2,})")


def _penalties_in(recital: str) -> int:
    """The earlier penalties a recital names: each 给予…处罚, each decision number, or the dates
    listed after 分别于 (分别于2023年8月9日、2024年6月17日被我局作出行政处罚)."""
    listed = _LISTED_DATES.search(recital)
    dates = len(re.findall(r"\d{4}年", listed[1])) if listed else 0
    # 此外未发现其他…受到行政处罚的记录: a denied penalty is none
    given = [match for match in _EACH_PENALTY.finditer(recital) if not negated(recital, match.start())]
    return max(len(given), len(set(_DECISION_NUMBER.findall(recital))), dates)


def stated_prior_penalties(ctx: RuleContext) -> Observation | None:
    """``曾于…和…两次因非法行医受到…行政处罚``: the decision itself counts the prior penalties, or
    names each (曾于A…被给予行政处罚（…号），又于B…被给予行政处罚（…号）)."""
    match = PRIOR_PENALTIES.search(ctx.text)
    if match is None:
        recital = _RECITAL.search(ctx.text)
        count = _penalties_in(recital[0]) if recital else 0
        if count == 0 or negated(ctx.text, recital.start()):
            return None
        return Observation(float(count), "次", "曾受行政处罚", [ctx.evidence(recital.start(), recital.end())], 0.8)
    if negated(ctx.text, match.start()):
        return None
    count = COUNT_WORDS.get(match[2]) or int(match[2])
    return Observation(float(count), "次", "曾受行政处罚", [ctx.evidence(match.start(), match.end())], 0.85)
