"""A demo dossier: penalty decisions written from a few templates, rendered as text-layer PDFs.

Used by ``leadminer serve --demo`` (so the queue is not empty on first start) and by the
service benchmark (a 50-document dossier). The texts follow the decision layout of
``corpora.render`` (agency, title, number on the first three lines). Amounts cross or stay
under the prosecution thresholds so the queue has both strong and weak clues.
"""

from __future__ import annotations

import io
import random
import zipfile
from dataclasses import dataclass

CITIES = ["上海市金山区", "杭州市西湖区", "南京市江宁区", "苏州市吴中区", "合肥市蜀山区", "宁波市鄞州区"]
SHORT = {"上海": "沪", "杭州": "杭", "南京": "宁", "苏州": "苏", "合肥": "合", "宁波": "甬"}
COMPANIES = ["鑫源食品", "华宇建材", "恒通贸易", "绿林木业", "海川水产", "金盾电器", "康泰医药", "远航运输"]


@dataclass(frozen=True)
class Template:
    agency: str
    prefix: str
    facts: str
    basis: str
    penalty: str


TEMPLATES = [
    Template("市场监督管理局", "市监处", "当事人自{month}月起销售假冒“{brand}”注册商标的商品，经查，违法经营额{amount}元，"
             "违法所得{gains}元。", "《中华人民共和国商标法》第五十七条第一款第（三）项",
             "没收侵权商品，并处罚款{fine}元。"),
    Template("市场监督管理局", "市监处", "当事人销售超过保质期的食品，货值金额{amount}元。上述食品已全部售出。",
             "《中华人民共和国食品安全法》第一百二十四条第一款第（三）项", "没收违法所得{gains}元，并处罚款{fine}元。"),
    Template("生态环境局", "环罚", "当事人通过暗管排放含重金属的废水，经监测，总铬浓度超过排放标准{times}倍，"
             "涉及危险废物{tons}吨。", "《中华人民共和国水污染防治法》第八十三条第（三）项", "罚款{fine}元，责令改正违法行为。"),
    Template("林业局", "林罚", "当事人未经批准擅自砍伐林木，经鉴定，滥伐林木蓄积{volume}立方米。",
             "《中华人民共和国森林法》第七十六条第二款", "责令补种滥伐株数五倍的树木，并处罚款{fine}元。"),
    Template("税务局", "税罚", "当事人虚开增值税专用发票{count}份，税额合计{amount}元。",
             "《中华人民共和国税收征收管理法》第六十三条", "罚款{fine}元。"),
]


def decision_text(index: int, rng: random.Random) -> str:
    template = TEMPLATES[index % len(TEMPLATES)]
    city = CITIES[index % len(CITIES)]
    company = f"{city[:2]}{COMPANIES[(index * 7) % len(COMPANIES)]}有限公司"
    year = 2022 + index % 3
    amount = rng.choice([8000, 23000, 48000, 62000, 150000, 260000])
    values = {"month": rng.randint(1, 9), "brand": rng.choice(["飞利浦", "耐克", "茅台"]), "amount": f"{amount:,}",
              "gains": f"{amount // 5:,}", "fine": f"{amount * 2:,}", "times": rng.choice([2, 3, 5]),
              "tons": rng.choice([0.5, 2, 4.2]), "volume": rng.choice([8, 15, 30]),
              "count": rng.randint(3, 40)}
    lines = [
        f"{city}{template.agency}",
        "行政处罚决定书",
        f"{SHORT[city[:2]]}{template.prefix}〔{year}〕{1000 + index}号",
        f"当事人：{company}",
        f"统一社会信用代码：9131{index:014d}",
        "住所：" + city + f"工业路{index + 1}号",
        "法定代表人：" + rng.choice(["张某", "李某", "王某", "陈某"]),
        template.facts.format(**values),
        f"以上事实有现场检查笔录、询问笔录、证据材料等为证。当事人的行为违反了{template.basis}的规定。",
        "依据上述规定，本机关决定对当事人作出如下行政处罚：" + template.penalty.format(**values),
        "如不服本处罚决定，可在收到本决定书之日起六十日内申请行政复议，或者六个月内向人民法院提起行政诉讼。",
        f"{city}{template.agency}",
        f"{year}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日",
    ]
    return "\n".join(lines)


def render_pdf(text: str) -> bytes:
    """A text-layer PDF of ``text`` (``corpora.render`` when available, else reportlab)."""
    try:
        from corpora.render import render
    except ImportError:
        return _reportlab_pdf(text)
    return render(text, "pdf-text")


def _reportlab_pdf(text: str) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=A4)
    page.setFont("STSong-Light", 11)
    y = A4[1] - 72
    for line in text.split("\n"):
        for start in range(0, max(len(line), 1), 38):
            page.drawString(60, y, line[start:start + 38])
            y -= 18
            if y < 72:
                page.showPage()
                page.setFont("STSong-Light", 11)
                y = A4[1] - 72
    page.save()
    return buffer.getvalue()


def demo_dossier(count: int = 12, seed: int = 7) -> bytes:
    """A ZIP dossier of ``count`` decisions as text-layer PDFs."""
    rng = random.Random(seed)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for index in range(count):
            archive.writestr(f"案卷/决定书{index + 1:03d}.pdf", render_pdf(decision_text(index, rng)))
    return buffer.getvalue()
