"""Law names as they appear in decisions: 《环保法》, 食品安全法, 中华人民共和国食品安全法 ….

:func:`normalize_law_name` strips the decoration a citation carries (书名号, spaces, the
中华人民共和国 prefix, a version note such as （2021年修正）); :func:`systematic_aliases`
lists the names a law is cited by, used by the statute knowledge-base builder. Common short
forms that no rule derives (环保法, 食安法, 税收征管法 …) are in :data:`HAND_ALIASES`.
"""

from __future__ import annotations

import re

PREFIXES = ("中华人民共和国",)

# short name of the law in the knowledge base → abbreviations used in practice
HAND_ALIASES: dict[str, tuple[str, ...]] = {
    "环境保护法": ("环保法", "新环保法"),
    "大气污染防治法": ("大气法", "大气污染法", "大气污染防治法"),
    "水污染防治法": ("水污法", "水污染法"),
    "固体废物污染环境防治法": ("固废法", "固体废物法", "固体废物污染防治法"),
    "土壤污染防治法": ("土壤法", "土壤污染法"),
    "环境噪声污染防治法": ("环境噪声法",),
    "噪声污染防治法": ("噪声法",),
    "环境影响评价法": ("环评法",),
    "海洋环境保护法": ("海环法", "海洋环保法"),
    "食品安全法": ("食安法", "食品法"),
    "食品安全法实施条例": ("食安法实施条例", "食品安全条例"),
    "药品管理法": ("药管法", "药品法"),
    "药品管理法实施条例": ("药管法实施条例",),
    "产品质量法": ("产质法", "质量法"),
    "消费者权益保护法": ("消法", "消保法", "消费者保护法", "消费者权益法"),
    "反不正当竞争法": ("反不当竞争法", "反不正当法"),
    "税收征收管理法": ("税收征管法", "征管法"),
    "税收征收管理法实施细则": ("税收征管法实施细则", "征管法实施细则"),
    "道路交通安全法": ("道交法", "交通安全法", "道路交通法"),
    "治安管理处罚法": ("治安法", "治安处罚法", "治安管理法"),
    "行政处罚法": ("行罚法", "处罚法"),
    "行政许可法": ("许可法",),
    "行政强制法": ("强制法",),
    "行政诉讼法": ("行诉法",),
    "行政复议法": ("复议法",),
    "土地管理法": ("土地法", "土管法"),
    "土地管理法实施条例": ("土地法实施条例",),
    "矿产资源法": ("矿产法", "矿法"),
    "野生动物保护法": ("野保法", "野生动物法"),
    "个人信息保护法": ("个保法", "个人信息法"),
    "基本医疗卫生与健康促进法": ("基本医疗卫生法", "基本医疗卫生与健康法", "卫生健康促进法"),
    "未成年人保护法": ("未保法",),
    "英雄烈士保护法": ("英烈法", "英烈保护法"),
    "文物保护法": ("文物法", "文保法"),
    "城乡规划法": ("城规法", "规划法"),
    "特种设备安全法": ("特种设备法", "特设法"),
    "职业病防治法": ("职业病法", "职防法"),
    "农产品质量安全法": ("农安法", "农产品安全法"),
    "网络安全法": ("网安法",),
    "电子商务法": ("电商法",),
    "进出口商品检验法": ("商检法",),
    "医疗器械监督管理条例": ("医疗器械条例", "械条例"),
    "化妆品监督管理条例": ("化妆品条例", "妆条例"),
    "烟草专卖法": ("烟草法",),
    "安全生产法": ("安法", "安全法"),
    "劳动合同法": ("劳合法",),
    "传染病防治法": ("传染病法", "传防法"),
    "动物防疫法": ("动防法",),
    "森林法实施条例": ("森林条例",),
    "长江保护法": ("长江法",),
    "黄河保护法": ("黄河法",),
    "湿地保护法": ("湿地法",),
    "反食品浪费法": ("反浪费法",),
    "建设工程质量管理条例": ("建设工程质量条例", "质量条例"),
    "商标法": ("商标法",),
}

_VERSION_NOTE = re.compile(r"[（(][^（）()]{0,16}(?:修正|修订|年|版|试行|草案)[^（）()]{0,8}[）)]$")
_DECORATION = re.compile(r"[《》〈〉<>\"“”'‘’「」『』\s　]")


def normalize_law_name(name: str) -> str:
    """《中华人民共和国食品安全法（2021年修正）》 → 食品安全法."""
    name = _DECORATION.sub("", name)
    for _ in range(2):
        name = _VERSION_NOTE.sub("", name)
    for prefix in PREFIXES:
        if name.startswith(prefix) and len(name) > len(prefix) + 1:
            name = name[len(prefix):]
    return name


def systematic_aliases(title: str, short_name: str) -> set[str]:
    """Names a law is cited by, all normalized: the title without prefix, the short name,
    the title without （试行）-style notes, X监督管理条例 → X条例, X税收征收管理法 → X征管法,
    plus the hand list."""
    names = {normalize_law_name(title), normalize_law_name(short_name)}
    for name in list(names):
        stripped = re.sub(r"[（(][^（）()]*[）)]", "", name)
        if len(stripped) >= 2:
            names.add(stripped)
    for name in list(names):
        for long, short in (("监督管理条例", "条例"), ("管理条例", "条例"), ("征收管理", "征管")):
            if name.endswith(long) or long == "征收管理" and long in name:
                candidate = name.replace(long, short)
                if len(candidate) >= 4:
                    names.add(candidate)
                break
    names.update(HAND_ALIASES.get(short_name, ()))
    return {n for n in names if n}
