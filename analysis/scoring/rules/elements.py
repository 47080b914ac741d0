"""Offence elements a decision states in its own words, read as patterns rather than keywords.

An element is a sequence of facts: the agency's order, then the party's refusal after it
(刑法第二百七十六条之一: 责令支付 … 仍不支付; 刑法第一百三十四条之一第（二）项: 因重大事故隐患被责令
停止作业 … 仍组织作业). Each pattern returns the span that states it, so the finding can show it.
Statute text quoted in the decision (“…”) is not the facts.
"""

from __future__ import annotations

import re

from analysis.scoring.facts import negated

_QUOTED = re.compile(r"“[^”]{0,600}”|「[^」]{0,600}」")


def unquoted(text: str) -> str:
    """The text with quoted passages blanked, same length (the statute quoted, not the facts)."""
    return _QUOTED.sub(lambda quote: "□" * len(quote[0]), text)


# 责令…于2025年1月16日前足额支付…期限届满后，你单位未支付任何款项: the order, then the refusal after it
# (法释〔2013〕3号第四条), however the decision words them.
_ORDER_TO_PAY = re.compile(r"责令[^。；]{0,40}?(?:支付|发放|清偿)|(?:限期整改|限期改正|劳动保障监察)指令书")
_REFUSAL_TO_PAY = re.compile(r"(?:(?:仍|逾期|届满后?[^。；]{0,16}?|到期后?[^。；]{0,16}?)(?:未|不|拒不|没有)[^。；，]{0,3}"
                             r"(?:支付|发放|清偿)|拒不(?:支付|发放)|未支付任何|分文未付"
                             # 签收后未在期限内支付 / 未按期足额支付 / 至今未发放
                             r"|(?:未|没有)(?:在|于)?[^。；，]{0,6}(?:期限|期)内[^。；，]{0,4}(?:支付|发放|清偿)"
                             r"|(?:至今|迄今|仍然?)(?:未|没有)[^。；，]{0,6}(?:支付|发放|清偿))(?!的)")  # 逾期不支付的: a clause's condition


# 已在限期内全额支付 / 于期限内足额支付: the order was obeyed
_PAID_IN_TIME = re.compile(r"(?:已|均已)于?[^。；未没不]{0,12}(?:期限|限期)内[^。；未没不]{0,8}(?:支付|发放|清偿)"
                           r"|(?<![未没不])在(?:限期|期限)内(?:全额|足额|全部)?(?:支付|发放)")


def refusal_to_pay(text: str) -> tuple[int, int] | None:
    """The refusal to pay wages after the order to pay (法释〔2013〕3号第四条)."""
    text = unquoted(text)
    if _PAID_IN_TIME.search(text):
        return None
    order = _ORDER_TO_PAY.search(text)
    refusal = _REFUSAL_TO_PAY.search(text, order.end()) if order else None
    return (refusal.start(), refusal.end()) if refusal else None


def refused_after_order(text: str) -> bool:
    return refusal_to_pay(text) is not None


# 法释〔2022〕19号第三条: 因存在重大事故隐患被依法责令停产停业、停止施工、停止使用有关设备、设施、场所
# 或者立即采取排除危险的整改措施，而拒不执行. The order names the 重大事故隐患; the refusal is work
# carried on after it (仍组织31名工人进入3号采区进行采煤作业), or 拒不执行 itself.
_MAJOR_HAZARD = re.compile(r"重大(?:生产安全)?(?:事故)?隐患")
_ORDER_TO_STOP = re.compile(r"(?:责令|要求)[^。；]{0,30}?(?:停产停业|停止[^。；，]{0,8}?(?:作业|施工|生产|使用|建设|运输|经营)|停产整顿|撤出(?:作业)?人员"
                            r"|立即排除|暂时停产)"
                            # 安全生产法第六十五条: the site sealed is the order to stop (对二车间及三台反应釜予以查封)
                            r"|予以查封|依法查封|实施查封|查封[^。；]{0,12}(?:车间|装置|设备|设施|场所|矿井|作业面)")
_STOP_ORDER_DOCUMENT = re.compile(r"(?:停产停业|停止作业|停止施工|停产整顿)[^。；]{0,8}(?:决定书|指令书)")
_KEPT_WORKING = re.compile(r"(?:仍|继续|擅自|照常|又)[^。；，未不没无]{0,6}(?:组织|安排|指挥|进行|从事|生产|作业|施工|采煤|开采|掘进|使用|恢复)"
                           r"|拒不执行|未执行|不执行|未停止|没有停止|擅自(?:启封|撕毁|拆除封条)|恢复(?:生产|作业|施工)"
                           # 封条已被揭除…反应釜处于投料运行状态; 该车未经复查，于…三次…装载甲醇
                           r"|封条[^。；]{0,6}(?:揭除|撕毁|撕掉|揭掉|拆除|破坏)|处于(?:投料)?运行状态|投料运行|正常运转|照常运转|照常生产"
                           r"|未经(?:复查|验收|批准恢复)[^。；]{0,60}?(?:装载|装运|运输|运往|使用|生产|作业|投料|开工)")


_RESUMPTION_ALLOWED = re.compile(r"同意|批准|准予|准许|允许|验收合格后|复查合格后")


def _first_stated(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """The first match of ``pattern`` the text does not deny."""
    return next((match for match in pattern.finditer(text) if not negated(text, match.start(), match.end())), None)


def refused_stop_order(text: str) -> list[tuple[int, int]]:
    """Work carried on after an order to stop over a 重大事故隐患: the order's and the refusal's
    clauses (责令该矿3号采区停止作业 … 仍组织31名工人进入3号采区进行采煤作业)."""
    text = unquoted(text)
    hazard = _MAJOR_HAZARD.search(text)
    if hazard is None or negated(text, hazard.start(), hazard.end()):
        return []
    for order in [*_ORDER_TO_STOP.finditer(text), *_STOP_ORDER_DOCUMENT.finditer(text)]:
        for refusal in _KEPT_WORKING.finditer(text, order.end()):
            # 未经复查，…装载甲醇: the 未 is the missing check, not a denial of the work
            if _RESUMPTION_ALLOWED.search(text[max(0, refusal.start() - 12):refusal.start()]):
                continue  # 复查确认…已修复…本局同意你单位恢复生产: resumed with leave
            if refusal[0].startswith("未经") or not negated(text, refusal.start(), refusal.end()):
                return [(order.start(), order.end()), (refusal.start(), _clause_end(text, refusal.end()))]
    return []


def _clause_end(text: str, end: int) -> int:
    """The end of the clause a match starts (to the next comma or full stop, at most 40 characters)."""
    stop = re.search(r"[，,。；;\n]", text[end:end + 40])
    return end + (stop.start() if stop else 0)


# 本局当场责令改正并予警告。…复查发现当事人依然接纳未成年人: the order, then the conduct found again
_ORDER_TO_CORRECT = re.compile(r"责令(?:其|当事人|你单位|你)?(?:限期|立即|当场)?(?:改正|整改)")
_FOUND_AGAIN = re.compile(r"(?:复查|再次检查|回访|跟踪检查)[^。；]{0,24}?(?:依然|仍然|依旧|仍|继续)(?![^。；，]{0,3}(?:已|未发现))")


def refused_correction(text: str) -> bool:
    """拒不改正 in other words: an order to correct, then the conduct found again on a later check."""
    order = _ORDER_TO_CORRECT.search(text)
    found = _FOUND_AGAIN.search(text, order.end()) if order else None
    return found is not None and not negated(text, found.start(), found.end())


# 法释〔2022〕19号第四条: 未经依法批准或者许可，擅自从事危险物品生产、经营、储存等高度危险的生产作业活动,
# with the 现实危险 stated in the facts' own terms (可燃气体达爆炸下限的18%, 多个铁桶有渗漏痕迹, 紧邻居民住宅).
_UNLICENSED = re.compile(r"未取得[^。；]{0,16}许可|无[^。；]{0,8}许可证|未经[^。；]{0,10}(?:许可|批准)|无证(?:经营|储存|生产)")
_HIGH_RISK_WORK = re.compile(r"危险化学品|危险物品|易燃易爆|烟花爆竹|民用爆炸物品|甲醇|液化石油气|液化气|汽油|柴油|成品油"
                             r"|矿山开采|非煤矿山|金属冶炼|采矿")
# strongest first: a measured explosive atmosphere, then a leak (防泄漏围堰 is a missing barrier), then exposure
_PRESENT_DANGER = (re.compile(r"爆炸下限|爆炸极限|现实危险|重大险情|险情"), re.compile(r"(?<!防)(?:泄漏|渗漏)|冒顶|透水"),
                   re.compile(r"紧邻[^。；，]{0,8}(?:居民|学校|加油站|幼儿园|医院)|人员密集"
                              r"|(?:上方|楼上|楼内|上层)(?:为|是|即)?居民(?:住宅|住户|楼)|(?:液化气|燃气|煤气|气体)异味"
                              r"|与[^。；]{0,12}(?:住户|居民|住宅|楼)[^。；]{0,8}间距不足|居民(?:主)?通道"))


def unlicensed_high_risk_work(text: str) -> list[tuple[int, int]]:
    """Dangerous goods stored or traded, or a mine worked, without the licence, with a present
    danger the decision describes: the licence clause and the danger clause."""
    text = unquoted(text)
    unlicensed = _first_stated(_UNLICENSED, text)
    if unlicensed is None or not _HIGH_RISK_WORK.search(text):
        return []
    danger = next((m for pattern in _PRESENT_DANGER for m in pattern.finditer(text)
                   if not negated(text, m.start(), m.end())), None)
    if danger is None:
        return []
    return [(unlicensed.start(), _clause_end(text, unlicensed.end())), (danger.start(), _clause_end(text, danger.end()))]


# 法释〔2023〕7号第一条第（四）项 暗管 in other words: a pipe laid under the ground (车间地面以下埋设一根
# PVC管道…另一端经厂区围墙下方通至厂外雨水沟) that carries the waste out past the treatment works.
_BURIED_PIPE = re.compile(r"(?:地面以下|地面下|地下|埋地|暗埋|埋设|预埋)[^。；]{0,16}?(?:管道|管线|软管|排水管|排污管|水管)")
_LEADS_OUT = re.compile(r"通(?:至|往|向)厂外|厂外[^。；]{0,8}(?:沟|渠|河|水体|雨水)|雨水(?:沟|管网|井|口)|直接排(?:出|入|放)|偷排")


def buried_pipe(text: str) -> list[tuple[int, int]]:
    """A buried pipe that takes waste out of the works (the 暗管 of 法释〔2023〕7号), and where it leads."""
    text = unquoted(text)
    for pipe in _BURIED_PIPE.finditer(text):
        if negated(text, pipe.start(), pipe.end()):
            continue
        out = _LEADS_OUT.search(text, pipe.end(), pipe.end() + 120)
        if out is not None and not negated(text, out.start(), out.end()):
            return [(pipe.start(), pipe.end()), (out.start(), _clause_end(text, out.end()))]
    return []


# 盗掘古墓葬 (刑法第三百二十八条) in other words: a shaft dug down into a tomb's chamber (竖井…井底已打通至
# 墓室) with the signs of a robbery (objects taken out, a 洛阳铲, digging at night); a tomb hit by
# building work or an excavation by archaeologists is no robbery.
_INTO_TOMB = re.compile(r"(?:打通|挖通|打穿|挖穿|挖至|通至|直通|进入|挖开)[^。；，]{0,4}墓(?:室|穴|道|葬)")
_ROBBERY_SIGNS = re.compile(r"(?:取出|盗取|拿走|盗走|窃取|翻找|搜寻|寻找)[^。；]{0,10}(?:陶|瓷|铜|玉|器|罐|文物|随葬)|洛阳铲|探铲"
                            r"|夜间[^。；]{0,40}(?:开挖|挖掘|挖开|撬开)")
_LAWFUL_DIGGING = re.compile(r"考古发掘|抢救性发掘|施工(?:中|过程中|时)[^。；]{0,12}(?:发现|挖到|揭露)")


def dug_into_tomb(text: str) -> list[tuple[int, int]]:
    """A tomb dug into with the signs of a robbery: the breach and the sign."""
    text = unquoted(text)
    if _LAWFUL_DIGGING.search(text):
        return []
    breach = _first_stated(_INTO_TOMB, text)
    sign = _ROBBERY_SIGNS.search(text) if breach else None
    if sign is None or negated(text, sign.start(), sign.end()):
        return []
    return [(breach.start(), _clause_end(text, breach.end())), (sign.start(), sign.end())]


# 篡改自动监测数据 (法释〔2023〕7号第十一条: 修改参数或者监测数据) in other words: a monitoring device's
# range or calibration factor changed (将二氧化硫分析仪的量程上限由500mg/m³修改为100mg/m³) with the
# readings it sends made to pass (致使上传数据长期显示达标).
_MONITOR = re.compile(r"自动监测|在线监测|数采仪|数据采集传输仪|监控设备")
_SETTING_CHANGED = re.compile(r"(?:修改|篡改|更改|擅自调整|调低|调小)[^。；]{0,30}?(?:量程|标定系数|校准系数|折算系数|斜率|截距|零点|跨度|参数)"
                              r"|(?:量程|标定系数|校准系数|折算系数|斜率|截距|参数)[^。；]{0,24}?(?:修改|更改|改)为")
_READINGS_FALSIFIED = re.compile(r"(?:致使|导致|使|造成)[^。；]{0,16}(?:数据|监测值|读数)[^。；]{0,12}(?:达标|偏低|失真|不真实|低于实际)")


def tampered_monitoring(text: str) -> list[tuple[int, int]]:
    """A monitoring device's settings changed so that what it reports passes: the change and its effect."""
    text = unquoted(text)
    if not _MONITOR.search(text):
        return []
    for change in _SETTING_CHANGED.finditer(text):
        if negated(text, change.start(), change.end()):
            continue
        effect = _READINGS_FALSIFIED.search(text, change.start(), change.end() + 160)
        if effect is not None and not negated(text, effect.start(), effect.end()):
            return [(change.start(), _clause_end(text, change.end())), (effect.start(), effect.end())]
    return []


# 渗坑 in other words: waste poured into an unlined pit to soak away (倒入该土坑，让其自然下渗)
_INTO_PIT = re.compile(r"(?:倒入|排入|倾倒(?:至|于|入|在)?|灌入|注入)[^。；]{0,12}?(?:土坑|坑内|坑中|坑塘|洼地|沟坑|枯井|废井|废弃矿井)")
_SOAKS_AWAY = re.compile(r"(?:自然)?下渗|渗入地下|渗入土壤")  # the seepage itself, not a missing lining alone


def seepage_pit(text: str) -> list[tuple[int, int]]:
    """Waste poured into a pit with no lining to soak into the ground: the pouring and the seepage."""
    text = unquoted(text)
    pour = _first_stated(_INTO_PIT, text)
    if pour is None:
        return []
    soak = next((m for m in _SOAKS_AWAY.finditer(text) if abs(m.start() - pour.start()) < 400), None)
    return [(pour.start(), _clause_end(text, pour.end())), (soak.start(), soak.end())] if soak else []


def hidden_discharge(text: str) -> list[tuple[int, int]]:
    """法释〔2023〕7号第一条第（四）项's 暗管、渗井、渗坑 in other words."""
    return buried_pipe(text) or seepage_pit(text)


# all_of elements stated in other words, by the condition's label (thresholds.yaml)
ELEMENT_PATTERNS = {"责令支付后仍不支付": refused_after_order}
# Qualitative items whose element is a pattern: its span is the trigger's evidence, and the
# pattern states the 现实危险 itself (a mine worked under a 重大事故隐患 after the order to stop).
TRIGGER_PATTERNS = {"safety-134-1a-dangerous-operation/2": refused_stop_order,
                    "safety-134-1a-dangerous-operation/3": unlicensed_high_risk_work,
                    "env-338-pollution/9": hidden_discharge,
                    "relics-326-328-trafficking-tomb-robbing/3": dug_into_tomb,
                    "env-338-pollution/10": tampered_monitoring}
