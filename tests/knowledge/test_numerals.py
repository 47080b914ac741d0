"""Chinese numerals, money and provision references become the same numbers everywhere."""

from __future__ import annotations

import pytest

from analysis.knowledge.numerals import ArticleRef, cn_to_int, parse_article_ref, parse_money


@pytest.mark.parametrize(
    ("text", "value"),
    [("一百二十四", 124), ("十", 10), ("十五", 15), ("二千", 2000), ("五万", 50000), ("一万二千", 12000),
     ("两千零五十", 2050), ("二〇二三", 2023), ("一亿二千万", 120_000_000), ("124", 124), ("１２", 12)],
)
def test_cn_to_int(text, value):
    assert cn_to_int(text) == value


def test_cn_to_int_rejects_non_numerals():
    with pytest.raises(ValueError):
        cn_to_int("罚款")


@pytest.mark.parametrize(
    ("text", "value"),
    [("伍万贰仟元整", 52000.0), ("5.2万元", 52000.0), ("52,000.00元", 52000.0), ("十万元", 100000.0),
     ("处二千元以下罚款", 2000.0), ("壹仟贰佰叁拾肆元伍角陆分", 1234.56), ("人民币3000元", 3000.0)],
)
def test_parse_money(text, value):
    assert parse_money(text) == value


def test_parse_money_without_number():
    assert parse_money("罚款") is None


def test_parse_article_ref():
    assert parse_article_ref("依据第一百二十四条第一款第（三）项") == ArticleRef(124, 1, 3)
    assert parse_article_ref("刑法第三百四十二条之一") == ArticleRef(342, sub=1)
    assert parse_article_ref("第86条第2款") == ArticleRef(86, 2)
    assert parse_article_ref("无条文") is None
