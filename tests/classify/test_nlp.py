"""The Chinese NLP layer: jieba with the legal dictionary inside a blank spaCy zh pipeline."""

from __future__ import annotations

from analysis.nlp import make_nlp, segment
from analysis.nlp.segmenter import knowledge_law_names

TEXT = ("上海市金山区市场监督管理局行政处罚决定书 沪市监金处〔2023〕282023000123号 当事人：上海某某食品有限公司，"
        "统一社会信用代码：91310116MA1J8T5X2D。违反了《中华人民共和国食品安全法》第三十四条第（十）项，"
        "依据《医疗器械监督管理条例》第八十六条和食品安全法第一百二十四条")


def test_law_names_and_agency_stay_one_token():
    tokens = [token.text for token in make_nlp()(TEXT)]
    assert "中华人民共和国食品安全法" in tokens
    assert "医疗器械监督管理条例" in tokens
    assert "食品安全法" in tokens
    assert "市场监督管理局" in tokens
    assert "统一社会信用代码" in tokens


def test_plain_jieba_would_split_the_law_name():
    """Guards the test above: without the dictionary jieba splits the long law name."""
    import jieba

    plain = jieba.Tokenizer()  # a fresh tokenizer without the user dictionary
    assert "中华人民共和国食品安全法" not in list(plain.cut(TEXT))
    assert "中华人民共和国食品安全法" in segment(TEXT)


def test_structured_spans_find_credit_code_number_and_titles():
    doc = make_nlp()(TEXT)
    found = {(span.label_, span.text) for span in doc.spans["structured"]}
    assert ("CREDIT_CODE", "91310116MA1J8T5X2D") in found
    assert ("DECISION_NUMBER", "沪市监金处〔2023〕282023000123号") in found
    assert ("LAW_TITLE", "《中华人民共和国食品安全法》") in found
    assert ("LAW_TITLE", "《医疗器械监督管理条例》") in found


def test_structured_rules_do_not_fire_on_plain_numbers():
    doc = make_nlp()("罚款人民币12345678901234567890元，电话13800138000。")
    assert [span.label_ for span in doc.spans["structured"]] == []


def test_pipeline_round_trips_through_disk(tmp_path):
    import spacy

    nlp = make_nlp()
    nlp.to_disk(tmp_path / "zh")
    loaded = spacy.load(tmp_path / "zh")
    assert [t.text for t in loaded(TEXT)] == [t.text for t in nlp(TEXT)]
    assert loaded.pipe_names == ["legal_structured_spans"]


def test_knowledge_base_law_names_are_read():
    names = set(knowledge_law_names())
    assert "中华人民共和国食品安全法" in names
    assert "食品安全法" in names
