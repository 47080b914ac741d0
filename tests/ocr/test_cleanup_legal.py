"""Legal words misread by OCR are restored; real words one character away are left alone."""

from __future__ import annotations

import pytest

from analysis.ocr.cleanup import clean_row, fix_legal_confusions


@pytest.mark.parametrize(("read", "meant"), [
    ("某某劳务有限资任公司", "某某劳务有限责任公司"),
    ("二、阿款113000元。", "二、罚款113000元。"),
    ("并处罚歀5000元", "并处罚款5000元"),
    ("一、资令停止违法行为", "一、责令停止违法行为"),
    ("依据《中华人民共和留行政处罚法》", "依据《中华人民共和国行政处罚法》"),
    ("罚款人民币储佰元陆角集分", "罚款人民币陆佰元陆角柒分"),
    ("法定代表入：张三", "法定代表人：张三"),
    ("统一社会信用代玛：9133", "统一社会信用代码：9133"),
])
def test_one_character_slips_are_repaired(read, meant):
    assert fix_legal_confusions(read) == meant


@pytest.mark.parametrize("text", [
    "法定代理人：李四", "没收非法所得", "行政处理决定书", "集团公司储备粮", "储存危险化学品", "任职期间",
    "依法申请行政复议或者提起行政诉讼",
])
def test_real_words_stay(text):
    assert fix_legal_confusions(text) == text


def test_row_cleanup_repairs_words_split_over_units():
    text, spans = clean_row(["有限", "资任", "公司"])
    assert text == "有限责任公司"
    assert [text[a:b] for a, b in spans] == ["有限", "责任", "公司"]


@pytest.mark.parametrize(("read", "meant"), [
    ("违法经营额壹拾叁万查仟柒佰元", "违法经营额壹拾叁万叁仟柒佰元"),
    ("处以罚款贰方壹仟贰佰元整", "处以罚款贰万壹仟贰佰元整"),
    ("罚款壹万伍仁柒佰玖拾肆元整", "罚款壹万伍仟柒佰玖拾肆元整"),
    ("《渔业法》第三1八条", "《渔业法》第三十八条"),
    ("第一百二1条", "第一百二十条"),
])
def test_money_numerals_and_article_numbers(read, meant):
    assert fix_legal_confusions(read) == meant


@pytest.mark.parametrize("text", ["方向盘", "仁慈", "查处", "第1条", "第31条第1款", "共3100元"])
def test_look_alikes_outside_numbers_stay(text):
    assert fix_legal_confusions(text) == text
