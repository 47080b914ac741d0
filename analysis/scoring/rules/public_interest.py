"""``public_interest.v1``: a statutory public-interest field plus continuing harm or inaction.

The field comes from the document's domain (OUTPUT.md public-interest ids) or from wording
(个人信息, 未成年人, 文物 ...); a decision is a public-interest clue only when it also shows the
harm goes on or was not remedied: 未恢复原状, 逾期未改正, 出让金未缴, 不特定多数人, 拒不改正.
Sources: 行政诉讼法第二十五条第四款 (行政公益诉讼的领域), 民事诉讼法第五十八条.
"""

from __future__ import annotations

import re

from analysis.record import Finding
from analysis.scoring.facts import Hit, find_keywords, negated
from analysis.scoring.rules.base import RULES, RuleContext, finding

SOURCE = "《中华人民共和国行政诉讼法》第二十五条第四款；《中华人民共和国民事诉讼法》第五十八条"

DOMAIN_FIELDS = {
    "environment": "ecology_resources", "mining": "ecology_resources", "forestry": "ecology_resources",
    "wildlife": "ecology_resources", "fishery": "ecology_resources", "water": "ecology_resources",
    "land": "ecology_resources", "food_safety": "food_drug_safety", "drugs": "food_drug_safety",
    "agriculture": "food_drug_safety", "product_quality": "food_drug_safety", "work_safety": "work_safety",
    "construction": "work_safety",  # 住建: 燃气管道被占压, a public danger when it is a 重大隐患
}
# Wording that names a field whatever the domain (checked in this order).
KEYWORD_FIELDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("state_land_transfer", ("土地出让金", "出让金", "出让价款", "国有土地使用权出让", "土地使用权出让合同",
                             "建设用地使用权出让")),
    ("personal_information", ("个人信息", "公民信息")),
    ("minors", ("未成年人", "未满十八周岁")),
    ("heroes_martyrs", ("英雄烈士", "烈士纪念", "烈士", "英烈")),
    ("cultural_relics", ("文物", "历史文化名城", "文化遗产")),
    ("state_assets", ("国有资产", "国有财产", "财政补贴", "专项资金", "社会保险基金", "水资源费", "国有资源有偿使用",
                      "海域使用金")),
    # a market or advertising decision about food or medicine (普通食品宣称降糖, 药品广告)
    ("food_drug_safety", ("普通食品", "保健食品", "食品安全", "药品", "医疗器械", "特殊医学用途", "婴幼儿配方")),
)
FIELD_NAMES = {"ecology_resources": "生态环境和资源保护", "food_drug_safety": "食品药品安全",
               "state_assets": "国有财产保护", "state_land_transfer": "国有土地使用权出让",
               "work_safety": "安全生产", "personal_information": "个人信息保护", "minors": "未成年人保护",
               "heroes_martyrs": "英雄烈士保护", "cultural_relics": "文物和文化遗产保护", "other": "其他"}
# Signs the harm continues or the duty is not performed (negations are handled by find_keywords):
# a state still not remedied (至今未拆除, 仍未封堵, 尚未召回), harm going on (污染状态仍在持续,
# 仍存在接纳未成年人的情况, 权益持续受到侵害),
# or harm to an open group of people (不特定多数人, 不特定消费者).
CONTINUING_HARM = re.compile(
    r"(至今|迄今|仍|仍然|尚|依然|现场仍)(未|没有|未能|无法)[\u4e00-\u9fff]{1,10}"
    r"|逾期(未|不|仍未)(改正|整改|拆除|恢复)"
    r"|拒不(改正|整改|履行|拆除|恢复|缴纳)"
    r"|(持续)?处于流失状态"
    r"|(仍在|仍然在)[\u4e00-\u9fff]{1,8}继续(经营|销售|生产|排放|使用|接纳|营业|施工|开采)"
    r"|(出让金|出让价款|土地价款)[^。；]{0,20}(未缴|未缴纳|尚未缴纳|未缴清|欠缴|尚欠)"
    r"|[^。；，]{0,12}(仍在持续|持续扩大|仍在继续|持续存在|持续发生|仍被[\u4e00-\u9fff]{1,4}|仍占据)"
    r"|仍处于[^。；]{1,16}状态|被持续(使用|利用|传播|侵害)"
    r"|(仍在|仍然在)[^。；，,;]{0,10}?(营业|经营|销售|生产|排放)"
    r"|(未|没有)(拆除|清除|恢复|整改|改正|处置|清运|修复|补种|复绿)任何[\u4e00-\u9fff]{0,4}"
    r"|(复查|回访|复核|再次检查|跟踪检查)[^。；]{0,20}(仍|依然|依旧)[\u4e00-\u9fff]{0,8}"
    r"|(未|没有)(采取|实施)任何[^。；，]{0,12}措施"
    r"|(复查|回访|复核)[^。；]{0,16}(均|每次均|都|仍然?|又)[^。；，未无没不]{0,4}(发现|查见|查获|存在)"
    r"|再次(翻耕|开垦|种植|施工|排放|倾倒|接纳|营业|流入|排入|进入|溢流)|(沙化|荒漠化|水土流失)迹象"
    r"|至今仍有|(仍|仍然)在原处"
    r"|(复查|回访)(?:(?!至今|仍|种植)[^。；]){0,40}?(未清理|未清运|未回填|未复绿|未修复|未补种|未拆除)"
    r"|(仍|仍然|依然|依旧)(堆存|堆放|堆积|占压|呈现?|散发|渗漏|外溢|流入|排入|进入|存在)"
    r"|持续(坍塌|扩大|恶化|损毁|沙化|退化|流失|渗漏|超标|流入|排入|渗入|外溢)|(仍在|仍然在)(扩大|恶化|蔓延|渗漏)"
    r"|(仍在|仍然在)(使用|利用|传播|销售|经营|生产|排放|占用)"
    r"|(没有|未|尚未|仍未)停止|仍可(正常)?(浏览|访问|转发|播放|购买|下载)|仍在[\u4e00-\u9fff]{0,6}(传播|扩散)"
    r"|(仍|仍然|依然)存在[\u4e00-\u9fff]{1,12}(情况|现象|行为|问题)"
    r"|持续(受到|遭受)[\u4e00-\u9fff]{0,4}(侵害|损害|危害|污染|破坏|骚扰)"
    r"|不特定(多数人|的?消费者|的?患者|公众|人群|群众)"
    r"|(未|没有)恢复原状|未按要求恢复|反而[^。；，]{0,8}继续"
    # 仍继续接纳未成年人, 仍在上课、仍在招生, 仍为顾客注射
    r"|(仍|仍然|依然)(?:继续|在)?(接纳|上课|招生|注射|施工|开采)|(仍|继续)为(?:顾客|患者|学生|未成年人)"
    r"|尚欠[^。；]{0,8}(出让金|出让价款|土地价款)|未缴清(出让金|出让价款|土地价款)")


def _conditional(text: str, end: int) -> bool:
    """``逾期不改正的，……`` / ``逾期不缴纳罚款的`` is the decision's warning, not a fact."""
    clause = re.split(r"[，。；,;！？\n]", text[end:end + 20], maxsplit=1)[0]
    return clause.endswith("的")


def _at_inspection(text: str, start: int) -> bool:
    """``执法人员检查时当事人仍在经营``: the state found when the case began, not harm that goes on."""
    clause = re.split(r"[，。；,;\n]", text[max(0, start - 20):start])[-1]
    return re.search(r"检查时|检查发现|巡查时|现场发现|当场发现", clause) is not None


def _explains_a_figure(text: str, end: int) -> bool:
    """``违法所得因燕麦尚未收获，无法计算``: a "not yet" that says why a figure cannot be counted."""
    rest = re.split(r"[。；;\n]", text[end:end + 24], maxsplit=1)[0]
    return re.search(r"无法(?:计算|认定|确定|核算|统计)", rest) is not None


# "not yet" that is no harm: goods not yet sold, no damage caused.
NOT_HARM = ("未销售", "未出售", "未售出", "未使用", "未造成", "未发现", "未检出", "未达到", "未达", "未构成", "未超过",
            "未满", "未掌握", "尚未处置的", "收益", "获利", "收获", "确权", "发货", "交付", "运出", "播种", "种植",
            # a record not kept (进货查验记录, 出厂记录, 台账) is a duty of paperwork, no harm to the public
            "查验记", "出厂记录", "台账", "记录制度", "索证索票", "原标签",
            # 该墓葬…尚未公布为文物保护单位, 尚未定级: a status of the site, no harm left standing
            "公布为", "核定为", "定级", "列入",
            # 尚未上市销售, 召回尚未食用的产品: goods that never reached the public
            "未上市", "未食用")  # 未满二年再次…, 尚未掌握的违法行为, 尚未处置的…约3吨 (stock)
PUBLIC_HARM_WORDS = ("不特定", "持续", "恢复原状", "出让金")


# 仍未建立进货查验记录、拒不改正: a duty of paperwork refused harms no one by itself
_PAPERWORK = re.compile(r"进货查验|查验记录|出厂记录|台账|记录制度|索证索票|管理制度|检疫证明|合格证明|查验")


def _paperwork(text: str, start: int) -> bool:
    """The harm's own clause, or the clause just before it, is about the paperwork."""
    clauses = re.split(r"[，,。；;\n]", text[max(0, start - 60):start])
    ends = [i for i in (text.find(mark, start) for mark in "，,。；;\n") if i >= 0]
    own = (clauses[-2] if len(clauses) > 1 else "") + clauses[-1] + text[start:min(ends, default=len(text))]
    return _PAPERWORK.search(own) is not None


def harm_hits(text: str) -> list[Hit]:
    """Continuing-harm wording, skipping the decision's own warnings (``逾期不改正的，……``)."""
    hits = []
    for match in CONTINUING_HARM.finditer(text):
        if (_conditional(text, match.end()) or negated(text, match.start()) or _paperwork(text, match.start())
                or any(word in match.group(0) for word in NOT_HARM) or _at_inspection(text, match.start())
                or _explains_a_figure(text, match.end())):
            continue
        hits.append(Hit(match.group(0), match.start(), match.end()))
    return hits


# Only these deny a field; a 未 before the field's word is the harm itself (仍未缴纳土地出让金).
FIELD_NEGATIONS = ("不属于", "不涉及", "未涉及", "不是", "并非", "非")


def _field_hits(text: str, words: tuple[str, ...]) -> list[Hit]:
    hits = []
    for hit in find_keywords(text, words, allow_negated=True):
        clause = re.split(r"[，。；,;！？\n]", text[max(0, hit.start - 8):hit.start])[-1]
        if not any(word in clause.replace("非法", "") for word in FIELD_NEGATIONS):
            hits.append(hit)
    return hits


# A domain's field needs its object in the facts: 安全生产 public interest is a 重大事故隐患 or a
# 重大事故 (安全生产法第七十四条第二款), or harm to the public at large; a land decision is
# 生态环境和资源保护 when it names farmland, forest, grassland or another resource, not when the land
# is construction land (不涉及耕地、永久基本农田).
DOMAIN_OBJECTS = {
    "work_safety": ("重大事故隐患", "重大隐患", "重大安全隐患", "重大事故", "重大危险源", "不特定", "人员密集", "公众聚集",
                    # the public exposed: 距居民区30米, 紧邻学校
                    "居民区", "居民小区", "居民住宅", "居民楼", "周边居民", "附近居民", "居民聚居", "学校", "幼儿园",
                    # a crowd exposed: 日均客流超过一万人次
                    "客流", "人次"),
    "construction": ("重大事故隐患", "重大隐患", "重大安全隐患", "重大事故", "重大危险源", "不特定", "人员密集", "公众聚集",
                     "居民的生命", "户居民", "燃气管道", "燃气管线", "人次"),
    "land": ("海域", "耕地", "基本农田", "农用地", "林地", "草地", "草原", "湿地", "河道", "生态", "植被", "种植条件", "土壤",
             "水土流失"),
}


def public_interest_field(ctx: RuleContext) -> tuple[str, int, int] | None:
    """The field and the span that shows it (the domain alone points at the title span 0..0)."""
    for field_id, words in KEYWORD_FIELDS:
        hits = _field_hits(ctx.text, words)
        if hits:
            return field_id, hits[0].start, hits[0].end
    field_id = DOMAIN_FIELDS.get(ctx.domain)
    objects = DOMAIN_OBJECTS.get(ctx.domain)
    if field_id and objects:
        hit = next(iter(find_keywords(ctx.text, objects)), None)
        return (field_id, hit.start, hit.end) if hit else None
    return (field_id, -1, -1) if field_id else None


@RULES.register("public_interest.v1")
def public_interest(ctx: RuleContext) -> list[Finding]:
    field = public_interest_field(ctx)
    harm = harm_hits(ctx.text)
    if field is None:  # no statutory field: only harm to the public at large counts
        harm = [hit for hit in harm if any(word in hit.keyword for word in PUBLIC_HARM_WORDS)]
    if not harm:
        return []
    field_id, start, end = field or ("other", -1, -1)
    words = "、".join(dict.fromkeys(hit.keyword for hit in harm))
    evidence = [ctx.evidence(hit.start, hit.end) for hit in harm[:3]]
    if start >= 0:
        evidence.append(ctx.evidence(start, end))
    explanation = (f"属于公益诉讼领域“{FIELD_NAMES[field_id]}”，文书记载“{words}”，"
                   f"公共利益受损状态仍在持续或行政机关未依法履职，可能需要检察建议或提起公益诉讼")
    confidence = 0.8 if len(harm) == 1 else 0.9
    return [finding("public_interest", "public_interest.v1", explanation, SOURCE, evidence, confidence,
                    field=field_id)]
