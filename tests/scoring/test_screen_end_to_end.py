"""End to end on decision texts: ingest → normalize → extract → rules → linking → report."""

from __future__ import annotations

from typer.testing import CliRunner

from analysis.scoring.screening import screen
from service.cli.main import app

HEAD = """上海市金山区市场监督管理局
行政处罚决定书
沪金市监处〔{year}〕{number}号
当事人：上海某某食品有限公司
统一社会信用代码：91310116MA1J3X5Y7N
住所：上海市金山区朱泾镇某路1号
"""
BODY = """经查，当事人自{year}年1月起销售致病菌超标、不符合食品安全标准的食品，销售金额{sales}元，货值金额{goods}元。
上述行为违反了《中华人民共和国食品安全法》第三十四条第（十）项的规定。
本局已告知当事人享有陈述、申辩和要求听证的权利，当事人未提出。
依据《中华人民共和国食品安全法》第一百二十四条第一款第（五）项的规定，决定没收违法所得，并处罚款{fine}元。
{tail}
上海市金山区市场监督管理局
{year}年{month}月10日
"""


def write_decision(folder, name, *, year=2023, month=5, number=1, sales=68000, goods=8000, fine=60000, tail=""):
    text = HEAD.format(year=year, number=number) + BODY.format(year=year, sales=sales, goods=goods, fine=fine,
                                                               month=month, tail=tail)
    (folder / name).write_text(text, encoding="utf-8")


def test_screen_finds_threshold_repeat_and_transferred(tmp_path):
    write_decision(tmp_path, "a.txt", month=3, number=1, sales=68000)
    write_decision(tmp_path, "b.txt", month=9, number=2, sales=12000)
    write_decision(tmp_path, "c.txt", year=2024, month=2, number=3, sales=90000,
                   tail="因当事人涉嫌犯罪，本局已于2024年1月20日依法将案件移送上海市公安局金山分局。")
    records = {record.source.name: record for record in screen([tmp_path])}
    a, b, c = records["a.txt"], records["b.txt"], records["c.txt"]
    threshold = [f for f in a.findings if f.rule == "threshold.numeric.v1"]
    assert threshold and threshold[0].observed == 68000 and threshold[0].evidence[0].text.startswith("68000")
    assert not [f for f in b.findings if f.rule == "threshold.numeric.v1"]
    assert [f for f in b.findings if f.kind == "repeat_offender"]
    assert not [f for f in c.findings if f.kind == "criminal_transfer"]
    assert a.scores.priority > b.scores.priority or a.scores.criminal_transfer > b.scores.criminal_transfer


def test_screen_command_writes_html_with_evidence(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    write_decision(docs, "a.txt", sales=68000)
    out = tmp_path / "report.html"
    result = CliRunner().invoke(app, ["screen", str(docs), "--out", str(out), "--no-progress"])
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    assert "销售金额6.8万元，超过立案追诉标准5万元（超出36%）" in page and "<mark>68000元</mark>" in page
    bad = CliRunner().invoke(app, ["screen", str(docs), "--out", str(tmp_path / "report.pdf")])
    assert bad.exit_code != 0
