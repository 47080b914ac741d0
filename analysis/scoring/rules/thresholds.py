"""Criminal-transfer rules: numeric thresholds on the right quantity, and qualitative triggers.

``threshold.numeric.v1`` compares each threshold with the fact it is about: a sales-amount
threshold reads only amounts extracted with role ``sales_amount`` (or the roles the knowledge
base says also count, or its combination formula), never goods value or illegal gains; a
tonnage threshold reads quantities converted to its unit (千克→吨, 平方米→亩). Only threshold
versions in force on the facts' date (else the decision date) apply. Among rules reached by
the same fact, the rule the document's wording and domain support best is kept.

``threshold.trigger.v1`` fires on qualitative triggers (有毒有害, 假药, 暗管 ...). Negated
mentions (``未检出有毒有害物质``) are ignored, and a generic verb alone (倾倒, 堆放, 破坏) is not
enough: it needs a second keyword of the same threshold.

A decision that records the case was already transferred to the police, or that the police
declined it, is not a hidden case: both rules return nothing and the engine notes why.

Linking (``analysis.scoring.linking``) reuses ``numeric_thresholds`` with ``ctx.overrides``:
observations computed across documents (prior penalties, 化整为零 sums).
"""

from __future__ import annotations

import re
from typing import Any

from analysis.record import Finding
from analysis.scoring.facts import find_keywords, gap_percent, gap_phrase, money, negated, number
from analysis.scoring.knowledge import article_number, confidence_of
from analysis.scoring.rules.base import RULES, Observation, RuleContext, finding
from analysis.scoring.rules.elements import ELEMENT_PATTERNS
from analysis.scoring.rules.observations import observe, stated_prior_penalties
from analysis.scoring.rules.wages import wages_paid_when_ordered

GENERIC_TRIGGER_PARTS = ("金额", "数额", "所得", "货值", "罚款")
# Keywords too generic to prove a qualitative trigger on their own.
WEAK_TRIGGER_WORDS = frozenset({
    "倾倒", "堆放", "丢弃", "提取", "提炼", "作原料", "作燃料", "关闭", "破坏", "监控", "报警", "篡改", "隐瞒",
    "销毁", "传播", "流行", "死亡", "重伤", "轻伤", "残疾", "功能障碍", "损毁", "威胁", "欺骗", "贿赂", "开垦",
    "破产", "倒闭", "烈士", "个人信息", "医疗器械", "卫生材料", "临床试验", "重金属", "农药残留", "兽药残留",
    "不符合食品安全标准", "生态环境损害", "动物疫情", "植物疫情", "危险物品", "文物保护单位", "建筑施工",
    "矿山开采", "金属冶炼", "未取得许可", "擅自从事", "未经依法批准", "责令停产停业", "重大事故隐患",
    # the object, not the act: a road dug through a 古墓葬 is 文物保护法第八十三条, 盗掘 is 刑法第三百二十八条
    "古墓葬", "古文化遗址",
})
# Trigger words that prove the offence only with a companion word: 刑法第144条 needs a toxic or
# harmful non-food material (食品安全法第三十四条第一项 alone is 用非食品原料; the substance must be
# named, e.g. from 《食品中可能违法添加的非食用物质名单》), and 刑法第二百七十六条之一 needs a
# refusal after the order (责令支付 alone is the labour inspector's order).
COMPANIONS = {
    "非食品原料": ("有毒", "有害", "工业明胶", "苏丹红", "三聚氰胺", "吊白块", "孔雀石绿", "瘦肉精", "盐酸克伦特罗",
                "罂粟壳", "硼砂", "甲醛", "工业用", "敌敌畏"),
    "责令支付": ("仍不支付", "拒不支付", "仍未支付", "逾期未支付"),
    # 篡改化学需氧量自动监测数据 (法释〔2023〕7号第一条第七项): the data named between the verb and the noun
    "自动监测数据": ("篡改", "伪造"),
    # 采样管被人为从采样井拔出，插入装有自来水的塑料桶: the sample diluted, the device interfered with
    "在线监测": ("篡改", "伪造", "修改", "干扰", "稀释", "失真", "屏蔽", "自来水", "清水", "拔出"),
}
# Violation names that contain a companion word: 构成拒不支付劳动报酬的违法行为 names the
# administrative violation (劳动保障监察条例第二十六条), not a refusal after the order.
COMPANION_NAME_PHRASES = ("拒不支付劳动",)  # the violation's name (报酬, or 抱酬 as typed), not a refusal
# Offences whose qualitative trigger is an element plus a danger the decision must state:
# 危险作业罪 (刑法第一百三十四条之一) punishes 关闭、破坏监控报警设备 or 违规储存危险物品 only
# "具有发生重大伤亡事故或者其他严重后果的现实危险"; a failed sensor alone is 安全生产法第九十九条.
# 无证经营危险废物 is 污染环境罪 (法释〔2023〕7号第十五条) only 严重污染环境 — three tons and the like
# are the numeric rule's; the qualitative modes need the pollution stated (排放、倾倒).
TRIGGER_ELEMENTS = {
    # the danger in the facts' own terms: 现场甲苯浓度达爆炸下限的28%
    # or a 险情 found: 测得氨气浓度为286ppm，存在泄漏 with the alarm switched off
    "safety-134-1a-dangerous-operation": ("现实危险", "现实紧迫", "重大伤亡", "爆炸下限", "爆炸极限", "重大险情", "险情",
                                          "存在泄漏", "发生泄漏", "出现泄漏", "已泄漏",
                                          # 瓦斯浓度…超限 while the face keeps working (煤矿重大事故隐患判定标准)
                                          "瓦斯超限", "瓦斯浓度超限", "瓦斯浓度超过", "超限报警",
                                          # 报警仪断电…机房内可闻到明显氨味，检测仪读数为42ppm: the leak itself
                                          "明显氨味", "氨味", "可燃气体浓度", "甲醇气味", "正在泄放", "浓度超限"),
    # 刑法第三百三十九条 is about waste from abroad: 堆放、倾倒 of domestic slag is no import
    "env-339-imported-solid-waste": ("进口", "境外", "入境", "走私", "洋垃圾"),
    "env-hazwaste-unlicensed": ("严重污染环境", "超标排放", "非法倾倒", "非法排放", "直接排放", "随意倾倒",
                                # the pollution in the facts' own words: 釜底残渣直接堆放于裸露地面，周边土壤有明显油污
                                "直接堆放", "随意堆放", "明显油污", "渗入土壤"),
}
# Offences whose amounts count only once an element of the offence is stated: 非法捕捞水产品罪
# (刑法第三百四十条) is fishing 在禁渔区、禁渔期或者使用禁用的工具、方法; a catch without a
# licence (渔业法第二十三条/第四十一条) reaches none of its weights or values.
FISHING_ELEMENTS = ("禁渔", "休渔", "禁捕", "电鱼", "电捕", "毒鱼", "炸鱼", "禁用", "绝户网", "地笼", "最小网目",
                    "种质资源保护区")
# 走私普通货物 (刑法第一百五十三条) is evading customs control (海关法第八十二条, 海关行政处罚实施条例
# 第七条); a 申报不实 that affected the duty (实施条例第十五条, 海关法第二十四条) is not smuggling.
SMUGGLING_ELEMENTS = ("走私", "低报", "伪报", "瞒报", "绕关", "绕越", "水客", "夹藏", "藏匿", "逃避海关监管",
                      "擅自销售", "未向海关申报",
                      # a price lowered on purpose (法释〔2014〕10号: 伪报价格): two contracts, one for customs
                      "两套合同", "两套买卖合同", "两套价格", "阴阳合同", "另行制作", "另签订", "虚假合同", "虚假发票")
# 逃避追缴欠税罪 (刑法第二百零三条) is 欠税 made uncollectable by 转移、隐匿财产, not 少缴 by false books.
# 危害珍贵、濒危野生动物罪 (刑法第三百四十一条第一款) is about animals of the 国家重点保护野生动物名录
# (法释〔2022〕12号第二条); 以食用为目的 is the element of 第三款 (陆生野生动物).
PROTECTED_WILDLIFE = ("国家重点保护", "国家一级", "国家二级", "一级保护", "二级保护", "珍贵", "濒危", "穿山甲", "象牙",
                      "虎骨", "犀牛角", "玳瑁")
NUMERIC_ELEMENTS = {"fishery-340-inland": FISHING_ELEMENTS, "fishery-340-marine": FISHING_ELEMENTS,
                    # 重大责任事故罪 is a death or injury 在生产、作业中: a patient's death is no such accident
                    "safety-134-1-major-liability": ("生产", "作业", "施工", "事故"),
                    # 倒卖文物罪 (刑法第三百二十六条) is selling, or buying, carrying, keeping to sell: renting out a
                    # museum's relics (文物保护法) is none of them
                    "relics-326-328-trafficking-tomb-robbing": ("出售", "倒卖", "收购", "买卖", "交易", "贩卖", "销售", "售出",
                                                                "卖给", "盗掘", "盗墓", "盗洞", "盗挖"),
                    "customs-153-ordinary-goods": SMUGGLING_ELEMENTS,
                    # 走私废物罪 (刑法第一百五十二条第二款) is waste brought in from abroad
                    "customs-152-waste": ("走私", "进口", "进境", "入境", "境外", "逃避海关监管"),
                    # 刑法第二百零五条 is about 增值税专用发票 and invoices used for 出口退税、抵扣税款; a
                    # 增值税普通发票 is 第二百零五条之一's (LEFT_OVER_SUBJECTS)
                    "tax-205-vat-invoice": ("专用发票", "专票", "出口退税", "抵扣税款", "抵扣联", "进项税额", "专用缴款书",
                                            "收购发票"),
                    "tax-203-arrears-evasion": ("转移财产", "隐匿财产", "转移、隐匿", "转移或者隐匿", "转移资产", "隐匿资产"),
                    "wildlife-341-1-endangered": PROTECTED_WILDLIFE,
                    # 妨害动植物防疫、检疫罪 is about animals of an 疫区 or ordered to be destroyed, or goods
                    # smuggled past the border check: a missing 检疫证明 alone is 动物防疫法第一百条
                    "health-337-quarantine": ("疫区", "扑杀", "销毁", "无害化处理", "染疫", "病死", "封锁", "隔离",
                                              "依法处理", "禁止进境", "逃避检疫", "疫情"),
                    # 非法狩猎罪 is hunting in a 禁猎区/禁猎期 or with forbidden tools or methods; buying and
                    # selling birds is the first paragraph's (protected species) or the third's (for food)
                    "wildlife-341-2-illegal-hunting": ("禁猎", "禁用的工具", "禁用工具", "禁用的方法", "禁用方法",
                                                       "猎套", "钢丝套", "铁夹", "电网", "毒饵", "粘网", "捕鸟网",
                                                       "狩猎", "猎捕", "捕猎", "猎杀"),
                    "wildlife-341-3-terrestrial-food": ("食用",),
                    # 刑法第二百五十三条之一: selling, providing, stealing or otherwise obtaining; a leak
                    # through lax security is 个人信息保护法 only
                    "pi-253-1-personal-information": ("出售", "提供给", "向他人提供", "非法提供", "窃取", "非法获取",
                                                      "购买", "收受", "交换", "非法收集",
                                                      # 截图…通过微信发送给…，每次收取"资料费"
                                                      "发送给", "转发给", "推送给", "卖给", "售卖", "贩卖", "倒卖",
                                                      "发送对方", "发给对方", "交给对方", "发送至对方",
                                                      # 通过QQ向他人发送车辆定位数据; 向微信昵称“阿飞”的人员发送平台记录
                                                      "向他人发送", "的人员发送", "的人发送")}
# Offences about what a wider offence leaves out: 虚开发票罪 (刑法第二百零五条之一) is about invoices
# other than those of 第二百零五条 (增值税专用发票 and invoices for 出口退税、抵扣税款). A decision that
# names only those (first words) and no other invoice (second words) has no 第二百零五条之一 lead.
LEFT_OVER_SUBJECTS = {"tax-205-1-ordinary-invoice": (("专用发票", "出口退税", "抵扣税款"),
                                                     ("普通发票", "普票", "其他发票", "定额发票", "通用机打发票"))}


def subject_left_out(ctx: RuleContext, rule: Any) -> bool:
    """The decision names only the wider offence's subjects (``LEFT_OVER_SUBJECTS``)."""
    words = LEFT_OVER_SUBJECTS.get(rule.family)
    return bool(words) and bool(find_keywords(ctx.text, words[0])) and not find_keywords(ctx.text, words[1])


# Offences the domain alone never points at: their own wording must name them. 非法批准征收、
# 占用土地罪 (刑法第四百一十条) is a crime of the 国家机关工作人员 who approves, not of the party
# who occupies the land; 非法经营罪 in food (法释〔2021〕24号第十六条至第十八条) is only the
# trade in 非食品原料、禁用农药兽药 or 私设生猪屠宰场, not the sale of expired or substandard food.
# Offences the law exempts when the decision records the exempting facts: 逃税 (刑法第二百零一条第四款)
# is not prosecuted once, after the 追缴通知, the tax is paid back with the 滞纳金 and the penalty
# accepted (unless punished for 逃税 twice within five years or criminally before: then the text
# says so and the exemption words do not appear together).
EXEMPTIONS = {"tax-201-evasion": (("已补缴", "已全额补缴", "全额补缴", "已缴清", "已足额补缴", "已如数补缴", "已全额缴纳",
                                   "全额缴纳税款", "已足额缴纳",
                                   # 已于2025年3月12日全额缴纳上述税款及滞纳金: a date between
                                   re.compile(r"已于?[^。；，]{0,50}?(?:(?:全额|足额|如数|全部)(?:补缴|缴纳|缴清)"
                                              r"|(?:补缴|缴纳|缴清)(?:了)?(?:上述)?(?:全部|全额|所欠))"),
                                   # 已于2025年1月10日将全部税款人民币182,730元及滞纳金…缴入国库
                                   # 已于…将上述税款及滞纳金共计…元全部缴纳入库
                                   re.compile(r"已于?[^。；]{0,20}?将(?:上述|全部|全额|所欠)[^。；]{0,6}?税款[^。；]{0,50}?"
                                              r"(?:缴入国库|缴清|补缴|缴纳入库)"),
                                   # 你单位于2024年8月7日在规定期限内全额缴纳了上述税款及滞纳金 (not 限你单位于…缴清)
                                   re.compile(r"(?<![限令求])(?:当事人|你单位|你公司|你|该单位|该公司|纳税人)于[^。；，]{0,24}?"
                                              r"(?:(?:全额|足额|如数|全部)(?:补缴|缴纳|缴清)了?(?:上述|全部|所欠|应补)?税款"
                                              # 你单位于2024年7月5日补缴了全部税款236,480元和滞纳金
                                              r"|(?:补缴|缴清|缴纳)了?(?:上述)?(?:全部|全额|所欠)税款)"),
                                   "不予追究刑事责任"),
                                  ("滞纳金",))}
OWN_WORDING_OFFENCES = frozenset({"land-410-illegal-approval", "food-225-illegal-business",
                                  "land-410-low-price-transfer"})
# Administrative provisions whose violation is the conduct of one offence (law, article, item or
# paragraph): 商标法第五十七条第一、二项 use a mark (刑法第二百一十三条), 第三项 sells infringing
# goods (第二百一十四条), 第四项 makes or sells mark labels (第二百一十五条); 野生动物保护法第二十四条
# 第一款 is hunting with forbidden tools or methods (刑法第三百四十一条第二款, 非法狩猎罪); 产品质量法
# 第三十二条 and 第三十九条 (掺杂掺假、以假充真、以次充好、以不合格产品冒充合格产品) are the four modes of
# 刑法第一百四十条, whatever the product (电线电缆 is not thereby 第一百四十六条, which needs 严重后果).
# ``None``: the whole article.
STATUTE_OFFENCES: dict[tuple[str, int, int | None], str] = {
    ("商标法", 57, 1): "ip-213-counterfeit-trademark", ("商标法", 57, 2): "ip-213-counterfeit-trademark",
    ("商标法", 57, 3): "ip-214-sell-counterfeit", ("商标法", 57, 4): "ip-215-trademark-labels",
    ("野生动物保护法", 24, 1): "wildlife-341-2-illegal-hunting",
    ("产品质量法", 32, None): "product-140-fake-inferior", ("产品质量法", 39, None): "product-140-fake-inferior",
    # 将危险废物提供或者委托给无许可证的单位: the producer's 非法处置 (法释〔2023〕7号第一条第（二）项)
    ("固体废物污染环境防治法", 80, 3): "env-338-pollution",
    # 自然保护区条例第二十六条 (开垦、开矿…in a reserve) and 第三十二条 (建设 in its 核心区、缓冲区): the acts of
    # 刑法第三百四十二条之一, whichever agency (林草, 生态环境, 水利) decides
    ("自然保护区条例", 26, None): "nature-342-1-protected-area", ("自然保护区条例", 32, None): "nature-342-1-protected-area",
    # 治安管理处罚法第六十三条: (一) 刻划、涂污或者以其他方式故意损坏国家保护的文物 (刑法第三百二十四条),
    # (二) 违法挖掘古文化遗址、古墓葬 (刑法第三百二十八条), whatever the 公安 decision's domain
    # 城镇燃气管理条例第十五条: gas traded without the licence, a 危险物品 经营 (刑法第一百三十四条之一第（三）项)
    ("城镇燃气管理条例", 15, None): "safety-134-1a-dangerous-operation",
    ("治安管理处罚法", 63, 1): "relics-324-damage", ("治安管理处罚法", 63, 2): "relics-326-328-trafficking-tomb-robbing",
}
STATUTE_SUPPORT = 2
STATUTE_CONDUCTS = frozenset(STATUTE_OFFENCES.values())
# Elements that name the offence above any cited provision: a 国家重点保护 animal hunted with
# forbidden tools (野生动物保护法第二十四条) is 危害珍贵、濒危野生动物罪, the more specific offence.
NAMING_ELEMENTS = {"wildlife-341-1-endangered": STATUTE_SUPPORT + 1}
# Threshold labels that name the party they are for (刑法第一百五十三条: 单位偷逃应缴税额二十万元,
# 个人十万元; 第二百二十五条: 单位非法经营数额五十万元, 个人五万元).
PARTY_LABELS = {"individual": re.compile(r"[（(]个人[）)]"), "organization": re.compile(r"[（(]单位[）)]")}


# 刑法第一百四十九条第一款: products of 第141-148条 that do not make those offences (no 严重后果)
# but reach 销售金额五万元 (or 尚未销售货值十五万元) are 生产、销售伪劣产品罪 (第140条).
FALLBACK_OFFENCES = {
    "product-140-fake-inferior": ("product-146-unsafe", "product-145-medical-devices", "product-147-agri-inputs",
                                  "product-148-cosmetics", "drug-142-substandard"),
}
# Narrower offences whose own 兜底 item (销售金额五万元, 按第一百四十条) is the fallback's lead when the
# fallback is reached too; food is not among FALLBACK_OFFENCES (a food decision alone does not make
# 伪劣产品 relevant: the 以假充真 words must), but its 兜底 item yields the same way.
LEAD_FALLBACKS = {fallback: (*narrower, "food-143-substandard") for fallback, narrower in FALLBACK_OFFENCES.items()}


def is_fallback(ctx: RuleContext, rule: Any) -> bool:
    """The offence catches the products of a narrower offence relevant here (刑法第一百四十九条)."""
    narrower = FALLBACK_OFFENCES.get(rule.family, ())
    return any(other.family in narrower and _relevance(ctx, other)
               for other in ctx.knowledge.rules_in_force(ctx.facts_date))


# Decisions of one domain whose facts are another's offences: a 农业农村 decision on 食用农产品
# (农产品质量安全法) is about food, 刑法第一百四十三、一百四十四条 (法释〔2021〕24号第九、十一条); a
# product-quality decision on 医疗器械 or 药品 is about the drug offences (刑法第一百四十一至一百四十五条).
RELATED_DOMAINS = {"agriculture": ("food_safety",), "product_quality": ("drugs",),
                   "transport": ("work_safety",)}  # dangerous goods on the road (安全生产法)


def same_domain(rule_domain: str | None, doc_domain: str | None) -> bool:
    """The offence's domain is the decision's, or one the decision's domain also covers."""
    return rule_domain == doc_domain or rule_domain in RELATED_DOMAINS.get(doc_domain or "", ())


def relevance(ctx: RuleContext, rule: Any) -> int:
    """How well the document's domain and wording support a threshold rule (0 = not at all).

    The domain counts most; trigger words that name an amount (销售金额, 违法所得) appear in
    every decision and do not count. An offence that catches the products of narrower ones
    (``FALLBACK_OFFENCES``) is relevant wherever one of them is."""
    support = _relevance(ctx, rule)
    if support == 0 and is_fallback(ctx, rule):
        return 1
    return support


# Offences about animals (刑法第三百四十一条): a decision that names plants (野生植物, 红豆杉 …) and no
# animal is about 刑法第三百四十四条, whatever 国家一级 or 珍贵 it says of them.
ANIMAL_OFFENCES = frozenset({"wildlife-341-1-endangered", "wildlife-341-2-illegal-hunting",
                             "wildlife-341-3-terrestrial-food"})
_ANIMALS = re.compile(r"动物|穿山甲|象牙|犀牛|玳瑁|鸟|蛇|龟|鳖|猴|熊|鹿|豹|羚|蛙|鱼|虾|蟹|珊瑚|禽|兽")


def about_plants_only(text: str) -> bool:
    return "植物" in text and _ANIMALS.search(text) is None


# 刑法第三百四十四条 is about plants: 猕猴…国家二级保护野生动物 with no plant named is no plant offence.
PLANT_OFFENCES = frozenset({"forest-344-protected-plants"})
_PLANTS = re.compile(r"(?<!动)植物|树|林木|苗木|兰科|红豆杉|石斛|苁蓉|发菜|甘草|红景天|蕨|杜鹃|楠|柏|杉")


def about_animals_only(text: str) -> bool:
    return "动物" in text and _PLANTS.search(text) is None


def _relevance(ctx: RuleContext, rule: Any) -> int:
    if rule.family in ANIMAL_OFFENCES and about_plants_only(ctx.text):
        return 0
    if rule.family in PLANT_OFFENCES and about_animals_only(ctx.text):
        return 0
    hits = trigger_count(ctx, rule) + statute_support(ctx, rule)
    named = ctx.cache.get(("statute_offences",), set())
    if named and rule.family in STATUTE_CONDUCTS and rule.family not in named:
        return 0  # 商标法第五十七条第（三）项 is selling: the maker's 213 and the labels' 215 are not the conduct
    domain_match = same_domain(rule.domain, ctx.domain) and ctx.domain != "other"
    if hits == 0 and (getattr(rule, "requires_trigger", False) or rule.family in OWN_WORDING_OFFENCES):
        return 0
    if hits == 0:
        # The domain alone does not say which of its offences the facts are about: it is enough
        # only when no offence of the domain is named by the wording; then the thresholds' own
        # keywords (耕地, 立木蓄积) rank the domain's offences.
        if rule.domain != ctx.domain or _domain_has_wording(ctx, rule.domain):
            return 0  # a related domain (RELATED_DOMAINS) needs the offence's own words
        return 1 + min(measure_keyword_count(ctx, rule), 2)
    return hits + (3 if domain_match else 0)


def worded(ctx: RuleContext, rule: Any) -> bool:
    """The decision's own words name the offence (a trigger word or the violated provision), not
    its domain alone."""
    return trigger_count(ctx, rule) + statute_support(ctx, rule) > 0


def measure_keyword_count(ctx: RuleContext, rule: Any) -> int:
    words = {word for t in rule.thresholds for word in t.measure.keywords}
    return len({hit.keyword for hit in find_keywords(ctx.text, tuple(words))})


# Words that contain a trigger word by accident: 下游医药企业 is no 游医 (非法行医罪), 已对开采区域
# no 对开 (发票), 排放生活污水 no 放生, 销售假药 no 售假 (of counterfeit marks, 刑法第二百一十四条).
FALSE_TRIGGER_CONTAINERS = ("下游医", "上游医", "已对开", "对开采", "排放生", "售假药", "售假种子", "售假农药", "售假兽药",
                            "售假化肥")


def trigger_text(ctx: RuleContext) -> str:
    """The text with ``FALSE_TRIGGER_CONTAINERS`` and the parties' names blanked (a company named
    某某旅游开发有限公司 or 某某电器有限公司 states no fact); same length, so spans stay valid."""
    if "trigger_text" not in ctx.cache:
        text = ctx.text
        for word in FALSE_TRIGGER_CONTAINERS:
            text = text.replace(word, "□" * len(word))
        for party in ctx.fields.parties:
            if party.name and len(party.name) >= 4:
                text = text.replace(party.name, "□" * len(party.name))
        # a test method or standard named (《保健食品中75种非法添加化学药物的检测》) states no fact either;
        # a list (《国家重点保护野生植物名录》) does: it gives the status
        text = re.sub(r"《[^》\n]{0,60}(?:检测|检验|测定|方法|标准|规范|规程|名单)[^》\n]{0,10}》",
                      lambda title: "□" * len(title[0]), text)
        # nor the list of evidence (以上事实有…自动监测数据、比对监测报告…等证据为证)
        text = re.sub(r"(?:以上|上述)(?:违法)?事实[^。\n]{0,8}有[^。\n]*?(?:为证|证实|证明|佐证|为凭)",
                      lambda listed: "□" * len(listed[0]), text)
        # nor a campaign's name (在“保健食品非法添加”专项抽检中)
        text = re.sub(r"“[^”\n]{1,30}”(?=专项|行动|整治|集中|检查|抽检|活动)", lambda name: "□" * len(name[0]), text)
        ctx.cache["trigger_text"] = text
    return ctx.cache["trigger_text"]


def trigger_count(ctx: RuleContext, rule: Any) -> int:
    """Distinct specific trigger words of the rule in the text."""
    key = ("triggers", rule.id)
    if key not in ctx.cache:
        words = tuple(word for word in rule.triggers if not any(part in word for part in GENERIC_TRIGGER_PARTS))
        ctx.cache[key] = min(len({hit.keyword for hit in find_keywords(trigger_text(ctx), words)}), 3)
    return ctx.cache[key]


def _domain_has_wording(ctx: RuleContext, domain: str) -> bool:
    return any(trigger_count(ctx, other) or statute_support(ctx, other)
               for other in ctx.knowledge.rules_in_force(ctx.facts_date) if other.domain == domain)


def statute_support(ctx: RuleContext, rule: Any) -> int:
    """``STATUTE_SUPPORT`` when a violated provision the decision cites is the offence's conduct
    (``NAMING_ELEMENTS``: the stated element that names the offence)."""
    if rule.family in NAMING_ELEMENTS and find_keywords(ctx.text, NUMERIC_ELEMENTS[rule.family]):
        return NAMING_ELEMENTS[rule.family]
    key = ("statute_offences",)
    if key not in ctx.cache:
        named = set()
        for statute in ctx.fields.statutes:
            # a conduct provision names the offence whatever role the citation got (属于…第五十七条第（三）项所指的
            # …行为 reads like a basis); the penalty provisions (商标法第六十条) are not in STATUTE_OFFENCES
            if statute.article is None:
                continue
            for (law, article, part), family in STATUTE_OFFENCES.items():
                if law in statute.law and article == statute.article and (
                        part is None or part in (statute.item, statute.paragraph)):
                    named.add(family)
        ctx.cache[key] = named
    return STATUTE_SUPPORT if rule.family in ctx.cache[key] else 0


# Thresholds whose label adds a condition the decision must state: 特定区域/矿种 (规划矿区,
# 禁采区 …), a prior penalty (有前科/处罚), or the special subject of a lower sibling figure.
LABEL_CONDITIONS = {
    "特定": ("国家规划矿区", "重要价值矿区", "禁采区", "禁采期", "保护性开采", "特定矿种"),
    "前科": ("曾因", "受过行政处罚", "受过刑事处罚", "前科", "再次"),
    # 草原 10亩 for one punished before (法释〔2012〕15号第二条): an earlier penalty, not 再次责令
    "再犯": ("曾因", "受过行政处罚", "受过处罚", "曾受", "前科", "被处罚后", "处罚后又", "处罚后再"),
    # lower sibling figures that hold only for a special subject the decision must name
    "突发事件": ("突发事件", "传染病", "疫情", "防疫"),  # 虚假广告罪 3万元 (vs 10万元)
    "食品药品": ("食品", "药品", "保健", "医疗"),  # 虚假广告罪 3万元 (vs 10万元)
    "两种以上": ("两种以上", "二种以上", "两个以上", "两种注册商标", "两个注册商标", "多个注册商标"),  # 刑法213 3万 vs 5万
    "耕地": ("耕地", "农田", "水田", "旱地", "菜地"),  # 刑法228 其他耕地10亩 (vs 其他土地20亩)
    # 刑法341条第三款 1万元 for the 三有 or locally protected (vs 5万元 for any other wild animal): 野猪…不在
    # 《有重要生态、科学、社会价值的陆生野生动物名录》之内 states the status denied
    "三有": ("三有", "有重要生态、科学、社会价值", "有重要生态科学社会价值", "地方重点保护", "省重点保护",
             "省级重点保护", "市级重点保护"),
    "重要信息": ("住宿", "入住", "通信记录", "通话记录", "健康生理", "健康信息", "生理信息", "交易信息", "体检结论", "体检报告",
                 "诊疗记录", "就诊记录", "病历资料"),  # 刑法253之一 500条 (vs 5000条)
}


def party_applies(ctx: RuleContext, threshold: Any) -> bool:
    """A threshold labelled （个人） or （单位） holds only for that kind of party (unknown: both)."""
    parties = ctx.fields.parties if ctx.fields else []
    kind = parties[0].kind if parties else None
    for other, label in PARTY_LABELS.items():
        if kind and kind != other and label.search(threshold.label or ""):
            return False
    return True


def condition_stated(ctx: RuleContext, threshold: Any) -> bool:
    label = threshold.label or ""
    return all(any(not _clause_denies(ctx.text, hit.start) for hit in find_keywords(ctx.text, words))
               for mark, words in LABEL_CONDITIONS.items() if mark in label)


def _clause_denies(text: str, start: int) -> bool:
    """此前未因非法开垦…受过行政处罚: a denial earlier in the clause reaches the condition."""
    clause = re.split(r"[，。；,;\n]", text[max(0, start - 30):start])[-1]
    return re.search(r"未|没有|从未|不曾|无(?!证|照)", clause) is not None




def companion_text(ctx: RuleContext) -> str:
    """The text without violation names that contain a companion word (``COMPANION_NAME_PHRASES``)."""
    text = ctx.text
    for phrase in COMPANION_NAME_PHRASES:
        text = text.replace(phrase, "□" * len(phrase))
    return text


def companion_hits(ctx: RuleContext, keywords: tuple[str, ...], text: str) -> list[Any]:
    """Keyword hits, a word of ``COMPANIONS`` only with one of its companions (责令支付 … 仍不支付)."""
    return [hit for hit in find_keywords(text, keywords)
            if hit.keyword not in COMPANIONS or find_keywords(companion_text(ctx), COMPANIONS[hit.keyword])]


def exempted(ctx: RuleContext, rule: Any) -> bool:
    """The decision records every group of an offence's exempting facts (``EXEMPTIONS``), or it
    finds that a seller did not know (``KNOWING_OFFENCES``)."""
    if rule.family in KNOWING_OFFENCES and knowledge_denied(ctx.text):
        return True
    if rule.family == "labor-276-1-wage-refusal" and wages_paid_when_ordered(ctx.text):
        return True  # 期限内…将86,300元工资全部支付至…账户: paid when ordered, no refusal (法释〔2013〕3号第四条)
    groups = EXEMPTIONS.get(rule.family)
    if rule.family == "tax-201-evasion" and _twice_punished(ctx):
        return False  # 刑法第二百零一条第四款但书: 五年内…被税务机关给予二次以上行政处罚的除外
    return bool(groups) and all(_group_stated(ctx.text, words) for words in groups)


_PROVISO_DENIED = re.compile(r"(?:未|没有|不曾|从未|无)[^。；]{0,30}?(?:受过刑事处罚|[二两]次以上(?:的)?行政处罚)")


def _twice_punished(ctx: RuleContext) -> bool:
    """The decision recites two or more earlier penalties, or a criminal one, for the evasion (not
    此前五年内未因逃避缴纳税款受过刑事处罚或者被税务机关给予二次以上行政处罚, the proviso denied)."""
    if _PROVISO_DENIED.search(ctx.text):
        return False
    if re.search(r"(?:曾|已)[^。；]{0,30}?受过刑事处罚", ctx.text) and not negated(ctx.text, ctx.text.find("受过刑事处罚")):
        return True
    prior = stated_prior_penalties(ctx)
    return prior is not None and prior.value >= 2


# Offences a seller commits only knowingly (刑法第一百四十条 伪劣产品 as intent, 第一百四十六条 to 第一百四十八条,
# 第二百一十四条 销售明知是假冒注册商标的商品): a decision that finds the seller did not know records
# no crime, unless the agency rejects the claim (辩称不知情，不予采纳).
KNOWING_OFFENCES = frozenset({"product-140-fake-inferior", "product-146-unsafe", "product-147-agri-inputs",
                              "product-148-cosmetics", "ip-214-sell-counterfeit"})
_NOT_KNOWN = re.compile(r"(?:对[^。；，]{0,16})?(?:不知情|并不知情|确不知情|不明知|不知道|无法证明其明知|没有证据证明[^。；]{0,6}明知)")
_CLAIM_REJECTED = re.compile(r"不予采纳|不能成立|不成立|不予认可|不予支持|理由不充分")
_CLAIMED = re.compile(r"辩称|声称|称其|自称|申辩")
# a denial denied: 不属于不知道是侵权商品的情形, 并非不知情 — the agency finds the seller knew
_DENIAL_DENIED = re.compile(r"(?:不属于|不是|并非|不存在|不能认定|不应认定|排除)(?:其|当事人)?$")


def knowledge_denied(text: str) -> bool:
    for match in _NOT_KNOWN.finditer(text):
        sentence_start = max(text.rfind("。", 0, match.start()), text.rfind("；", 0, match.start())) + 1
        sentence_end = min((i for i in (text.find("。", match.end()), text.find("；", match.end())) if i >= 0),
                           default=len(text))
        before, after = text[sentence_start:match.start()], text[match.end():sentence_end + 40]
        if _CLAIMED.search(before) or _CLAIM_REJECTED.search(after) or _DENIAL_DENIED.search(before):
            continue
        return True
    return False


def _group_stated(text: str, words: tuple) -> bool:
    """A word of the group (a pattern stands for wording with a date or a name inside)."""
    plain = tuple(word for word in words if isinstance(word, str))
    patterns = [word for word in words if not isinstance(word, str)]
    return bool(find_keywords(text, plain)) or any(
        not negated(text, match.start()) for pattern in patterns for match in pattern.finditer(text))




def _element_stated(ctx: RuleContext, condition: Any) -> bool:
    """A qualitative ``all_of`` element: its words, or the pattern that states it in other words."""
    pattern = ELEMENT_PATTERNS.get(condition.label)
    if pattern is not None and pattern(companion_text(ctx)):
        return True
    hits = companion_hits(ctx, condition.measure.keywords, companion_text(ctx))
    if any(_SETTING_DENIED.search(ctx.text[max(0, hit.start - 12):hit.start]) for hit in hits):
        return False  # 本案发生时已过禁渔期，该河段亦不属于划定的禁渔区: the setting denied for the act
    return bool(hits)


_SETTING_DENIED = re.compile(r"(?:已过|已经过了|已超过|不在|不属于|并非|不是|非)[^，。；]{0,8}$")


def _stated_conditions(ctx: RuleContext, threshold: Any) -> bool:
    """The ``all_of`` elements a qualitative item needs besides its words: 禁渔期 and a 禁用方法
    (法释〔2022〕12号第三条第三、四项), 暗管 and 有毒物质 (法释〔2023〕7号第一条第五项)."""
    return all(_element_stated(ctx, condition) for condition in threshold.all_of if condition.measure.kind == "trigger")


def _conditions_hold(ctx: RuleContext, threshold: Any, value: float) -> bool:
    """Every ``all_of`` condition holds; a stated condition needs its element, not the agency's
    order (刑法第二百七十六条之一: 责令支付 is the order, 仍不支付 the refusal it needs)."""
    others = {}
    for condition in threshold.all_of:
        if condition.measure.kind == "trigger":
            if not _element_stated(ctx, condition):
                return False
            continue
        obs = observe(ctx, condition.measure)
        if obs is not None:
            others[condition.measure.key] = obs.value
    return threshold.reached(value, others)


def _fact(obs: Observation) -> str:
    return f"{obs.label}{money(obs.value)}" if obs.unit == "元" else f"{obs.label}{number(obs.value)}{obs.unit}"


def _limit(obs: Observation, minimum: float) -> str:
    return money(minimum) if obs.unit == "元" else f"{number(minimum)}{obs.unit}"


def offense_phrase(rule: Any) -> str:
    """``拒不支付劳动报酬罪（刑法第276条之一）``: the article as the KB writes it (之一 kept)."""
    article = rule.criminal_law_article_text or f"刑法第{rule.criminal_law_article}条"
    return f"{rule.offense}（{article}）"


def numeric_finding(rule: Any, threshold: Any, obs: Observation, support: int, rule_name: str) -> Finding:
    minimum = float(threshold.min_value)
    explanation = (f"{obs.prefix}{_fact(obs)}，{gap_phrase(obs.value, minimum)}立案追诉标准{_limit(obs, minimum)}"
                   f"{gap_percent(obs.value, minimum)}，涉嫌{offense_phrase(rule)}{_fallback_note(threshold)}")
    confidence = confidence_of(rule) * obs.confidence * min(1.0, 0.7 + 0.1 * support)
    return finding("criminal_transfer", rule_name, explanation, rule.source, list(obs.evidence), confidence,
                   offense=rule.offense, criminal_law_article=article_number(rule), threshold_id=rule.id,
                   threshold_item=threshold.id, observed=round(obs.value, 4), threshold=minimum, unit=obs.unit)


def _fallback_note(threshold: Any) -> str:
    """An item that reaches the offence only through 刑法第一百四十九条 says so."""
    if "兜底" in (threshold.label or ""):
        return "；未认定本罪特有要件时，依刑法第149条按生产、销售伪劣产品罪（第140条）论处"
    return ""


def reached_thresholds(ctx: RuleContext, rule_name: str = "threshold.numeric.v1") -> list[tuple[int, float, Finding]]:
    """(support, ratio over the threshold, finding) for every relevant rule a fact reaches.

    A fact that an offence of the document's own domain reads without reaching its figure is
    not passed on to an offence of another domain: a customs company's 偷逃税款 under the
    单位 figure of 走私罪 (二十万元) is no 逃税罪 (刑法第201条, 十万元) lead."""
    candidates = []
    own_domain_spans: set[tuple[int, int]] = set()
    domain_of: dict[str, str] = {}
    fallbacks: set[str] = set()
    exempted_support, supports = 0, {}
    for rule in ctx.knowledge.rules_in_force(ctx.facts_date):
        domain_of[rule.id] = rule.domain
        support = 0 if subject_left_out(ctx, rule) else relevance(ctx, rule)
        supports[rule.family] = max(supports.get(rule.family, 0), support)
        if support == 0:
            continue
        if rule.family in FALLBACK_OFFENCES and is_fallback(ctx, rule):
            fallbacks.add(rule.id)
        # an offence whose element is missing still reads its facts (they are not another domain's)
        if exempted(ctx, rule):
            exempted_support = max(exempted_support, support)
            continue
        element = rule.family not in NUMERIC_ELEMENTS or bool(find_keywords(ctx.text, NUMERIC_ELEMENTS[rule.family]))
        best: tuple[float, Finding] | None = None
        rivals = tuple(t.measure for t in rule.numeric_thresholds if t.measure.kind == "quantity")
        for threshold in rule.numeric_thresholds:
            if not condition_stated(ctx, threshold) or not party_applies(ctx, threshold):
                continue
            obs = observe(ctx, threshold.measure, rivals)
            if obs is not None and obs.implied and threshold.measure.role == "illegal_gains" and not worded(ctx, rule):
                obs = None  # 违法所得 read back from the fine is every domain's: the wording must name the offence
            if obs is not None and obs.evidence and same_domain(rule.domain, ctx.domain):
                own_domain_spans.add((obs.evidence[0].start, obs.evidence[0].end))
            if obs is None or not element or not _conditions_hold(ctx, threshold, obs.value):
                continue
            ratio = obs.value / max(threshold.min_value, 1e-9)
            if best is None or ratio > best[0]:
                best = (ratio, numeric_finding(rule, threshold, obs, support, rule_name))
        if best:
            candidates.append((support, best[0], best[1]))
    # the facts of an exempted offence (逃税 repaid, 刑法第二百零一条第四款) are no weaker-read offence's
    candidates = [item for item in candidates if item[0] >= exempted_support]
    candidates = _after_yielding(candidates, supports, ctx.text)
    # 刑法第一百四十九条: the fallback offence of the domain's own offences reads their facts too
    return [item for item in candidates if same_domain(domain_of.get(item[2].threshold_id), ctx.domain)
            or _span_of(item[2]) not in own_domain_spans or item[2].threshold_id in fallbacks
            or (offense_family(item[2].threshold_id) == "food-225-illegal-business" and PRIVATE_SLAUGHTER.search(ctx.text))]


@RULES.register("threshold.numeric.v1")
def numeric_thresholds(ctx: RuleContext) -> list[Finding]:
    if ctx.transfer is not None:
        return []
    fallback_items = frozenset(threshold.id for rule in ctx.knowledge.rules_in_force(ctx.facts_date)
                               for threshold in rule.numeric_thresholds if "兜底" in (threshold.label or ""))
    return without_redundant_fallback(best_per_fact(reached_thresholds(ctx)), fallback_items)


def without_redundant_fallback(found: list[Finding], fallback_items: frozenset[str] = frozenset()) -> list[Finding]:
    """刑法第一百四十九条: one conduct is one lead. Where a narrower offence of the products (医用器材,
    劣药 …) is reached on its own terms, its item already carries the 第一百四十条 reading; the fallback
    offence's own finding on the same goods is not a second lead. A narrower offence reached only by
    its 兜底 item (销售金额五万元, 按第一百四十条) is the fallback's lead, named as such: 不合格电线 sold for
    55,826元 with no 严重后果 is 生产、销售伪劣产品罪."""
    own = {offense_family(item.threshold_id) for item in found if item.threshold_item not in fallback_items}
    redundant = {fallback for fallback, narrower in LEAD_FALLBACKS.items() if own & set(narrower)}
    kept = [item for item in found if offense_family(item.threshold_id) not in redundant]
    present = {offense_family(item.threshold_id) for item in kept}
    return [item for item in kept if item.threshold_item not in fallback_items or not any(
        fallback in present and offense_family(item.threshold_id) in narrower
        for fallback, narrower in LEAD_FALLBACKS.items())]


def offense_family(threshold_id: str | None) -> str:
    return re.split(r"[/@]", threshold_id or "")[0]


def best_per_fact(candidates: list[tuple[int, float, Finding]]) -> list[Finding]:
    """Keep, for each evidence span, the best-supported rule (then the more confident one)."""
    by_span: dict[tuple[int, int], list[tuple[int, float, Finding]]] = {}
    for item in candidates:
        by_span.setdefault(_span_of(item[2]), []).append(item)
    # ties go to the higher threshold (smaller ratio): the conservative reading of the facts
    kept = [max(items, key=lambda item: (item[0], item[2].confidence, -item[1]))[2] for items in by_span.values()]
    return sorted(kept, key=lambda found: -found.confidence)


def _span_of(found: Finding) -> tuple[int, int]:
    return (found.evidence[0].start, found.evidence[0].end) if found.evidence else (-1, -1)


def _after_yielding(candidates: list[tuple[int, float, Finding]], supports: dict[str, int], text: str
                    ) -> list[tuple[int, float, Finding]]:
    """Drop the offences that yield (``_yields``); the offence one yields to takes its support: the
    words that named 危害珍贵、濒危野生动物罪 (穿山甲, 野生动物制品) name the smuggling of the same
    scales too, over a weaker reading of the same figure (国家一级保护 → 保护植物)."""
    kept, inherited = [], {}
    for item in candidates:
        if _yields(item, supports, text):
            target = YIELDS_TO.get(offense_family(item[2].threshold_id), ("",))[0]
            inherited[target] = max(inherited.get(target, 0), item[0])
        else:
            kept.append(item)
    return [(max(support, inherited.get(offense_family(found.threshold_id), 0)), ratio, found)
            for support, ratio, found in kept]


def _yields(item: tuple[int, float, Finding], supports: dict[str, int], text: str = "") -> bool:
    """An offence yields to the one the setting names (``YIELDS_TO``): a 海域 catch is read against the
    marine standard, goods carried across the border as smuggled; the narrower offence is named by its
    own words better, or at all where the setting holds (伏季休渔期 holds 休渔期). The meat of a private
    slaughterhouse is 非法经营 alone, not a product or drug."""
    family = offense_family(item[2].threshold_id)
    if family.startswith(("product-", "drug-")) and PRIVATE_SLAUGHTER.search(text) \
            and supports.get("food-225-illegal-business", -1) > 0:
        return True  # the meat of a private slaughterhouse is read on 非法经营数额 alone
    yielded = YIELDS_TO.get(family)
    if yielded is None:
        return False
    other, setting = yielded
    return supports.get(other, -1) > item[0] or (setting.search(text) is not None and supports.get(other, -1) > 0)


AT_SEA = re.compile(r"海域|渔场|海洋(?!与渔业|和渔业|渔业)|海上|近海|海区|海里|伏季休渔|出海")  # not 海洋与渔业局, an agency


# Across the border (入境, 未向海关申报) the goods are smuggled: 走私珍贵动物制品 (刑法第一百五十一条第二款,
# 法释〔2022〕12号第二条), not their purchase or sale at home (第三百四十一条).
ACROSS_BORDER = re.compile(r"海关|入境|出境|进境|出入境|通关|走私")
# The marine offence's element (sea waters, 法释〔2016〕17号第四条) names it; the inland standard
# (法释〔2022〕12号第三条) yields where both read the same 禁渔期 and 禁用方法.
# Pork from a private slaughterhouse (私设生猪屠宰厂, 未经定点屠宰) is 非法经营 (法释〔2021〕24号第十七条), read
# on its 非法经营数额; the products and drugs offences do not read the same meat again.
PRIVATE_SLAUGHTER = re.compile(r"私设[^，。；]{0,6}屠宰|未经定点[^，。；]{0,16}屠宰|私屠滥宰|非法屠宰")
YIELDS_TO = {"fishery-340-inland": ("fishery-340-marine", AT_SEA),
             "wildlife-341-1-endangered": ("wildlife-151-2-smuggling", ACROSS_BORDER)}
