"""Numerals, money, dates and same-length normalization."""

from __future__ import annotations

import pytest

from analysis.text.normalize import normalize_text
from analysis.text.numbers import cn_to_int, parse_date, parse_money, parse_number


@pytest.mark.parametrize(("text", "value"), [
    ("一百二十四", 124), ("二〇二三", 2023), ("壹拾贰万", 120000), ("十二", 12), ("一千零五", 1005),
    ("伍万贰仟", 52000), ("一亿二千万", 120_000_000), ("两万", 20000), ("十", 10),
])
def test_chinese_numerals(text, value):
    assert cn_to_int(text) == value


def test_not_a_numeral():
    assert cn_to_int("罚款") is None
    assert parse_number("") is None


@pytest.mark.parametrize(("text", "value"), [
    ("人民币伍万贰仟元整", 52000.0), ("5.2万元", 52000.0), ("52,000.00元", 52000.0), ("¥52,000.00", 52000.0),
    ("贰仟叁佰肆拾伍元陆角柒分", 2345.67), ("1.2亿元", 120_000_000.0), ("三万五千元", 35000.0),
    ("壹拾陆万零叁佰贰拾元整", 160320.0), ("33，600元", 33600.0),
])
def test_money(text, value):
    assert parse_money(text) == value


@pytest.mark.parametrize(("text", "iso"), [
    ("2023年5月10日", "2023-05-10"), ("二〇二三年五月十日", "2023-05-10"),
    ("二O二三年十二月三十一日", "2023-12-31"), ("2023-05-10", "2023-05-10"), ("2023年13月1日", None),
])
def test_dates(text, iso):
    assert parse_date(text) == iso


def test_normalize_keeps_length_and_chinese_punctuation():
    raw = "罚款５２，０００元　２０２３年，第（三）项 1O0元 二O二三年"
    out = normalize_text(raw)
    assert len(out) == len(raw)
    assert out == "罚款52，000元 2023年，第（三）项 100元 二〇二三年"


def test_ocr_confusions_that_keep_length():
    raw = "违反笫三十四条，2023年5月10曰，罚款5O00元"
    out = normalize_text(raw)
    assert len(out) == len(raw)
    assert out == "违反第三十四条，2023年5月10日，罚款5000元"


@pytest.mark.parametrize("text", [
    "人民币伍万贰仟元整", "5.2万元", "52,000.00元", "贰仟叁佰肆拾伍元陆角柒分", "壹佰元零陆分", "叁拾元零伍角",
    "壹拾陆万零叁佰贰拾元整", "1.2亿元", "十万元", "陆佰元陆角柒分", "伍元零柒分",
])
def test_the_knowledge_base_and_the_extractor_read_money_alike(text):
    """Two parsers serve two sources (law texts for the KB builder, decisions for extraction);
    they must agree on every money form both meet, the 零X分 of a fen-only tail included."""
    from analysis.knowledge.numerals import parse_money as kb_money

    assert kb_money(text) == parse_money(text)
