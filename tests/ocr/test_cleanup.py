from PIL import Image

from analysis.ocr.cleanup import clean_text, fix_numeric_confusions, remove_cjk_spaces, to_ascii_width
from analysis.ocr.service import ocr_image
from analysis.settings import AnalysisSettings


def test_spaces_between_cjk_characters_are_removed():
    assert remove_cjk_spaces("行 政 处 罚 决定书") == "行政处罚决定书"
    assert remove_cjk_spaces("罚款 52000 元") == "罚款52000元"
    assert remove_cjk_spaces("Room 101") == "Room 101"


def test_full_width_digits_and_letters_become_ascii_but_chinese_punctuation_stays():
    assert to_ascii_width("５２０００元，ＡＢＣ") == "52000元，ABC"


def test_confusions_inside_numbers_are_fixed_only_in_numeric_context():
    assert fix_numeric_confusions("52,O0O.00元") == "52,000.00元"
    assert fix_numeric_confusions("1l,2I0元") == "11,210元"
    assert fix_numeric_confusions("5。2万元") == "5.2万元"
    assert fix_numeric_confusions("156，000元") == "156,000元"
    assert fix_numeric_confusions("O0元") == "00元"
    # commas in a list of numbers, words with O and l, and a sentence end stay as they are
    assert fix_numeric_confusions("第1，2项") == "第1，2项"
    assert fix_numeric_confusions("Oil 2020年。3月") == "Oil 2020年。3月"


def test_clean_text_combines_the_steps():
    assert clean_text("罚 款 ５２，OOO元") == "罚款52,000元"


def test_page_offsets_point_at_the_cleaned_unit_text(fake_engine):
    settings = AnalysisSettings(ocr_engine="fake", ocr_preprocess="none")
    page = ocr_image(Image.new("RGB", (300, 120), "white"), settings, page_number=1)
    assert page.text == "罚款52,000元\n行政处罚决定书"
    for unit in page.units:
        assert page.text[unit.start:unit.end] == unit.text
    assert page.confidence is not None and abs(page.confidence - 0.8) < 1e-9
    assert page.engine == "fake 0.1" and page.unit_level == "line"


def test_punctuation_next_to_chinese_is_full_width_and_decision_numbers_get_their_brackets():
    from analysis.ocr.cleanup import to_chinese_punctuation

    assert to_chinese_punctuation("武市监罚[2022]72号") == "武市监罚〔2022〕72号"
    assert to_chinese_punctuation("杭西市监罚【2024】 88号") == "杭西市监罚〔2024〕 88号"
    assert to_chinese_punctuation("规定,本局决定:一(大写)") == "规定，本局决定：一（大写）"
    assert to_chinese_punctuation("52,000.00元 see [2022] p.3") == "52,000.00元 see [2022] p.3"


def test_word_units_are_cleaned_with_their_neighbours_as_context():
    from analysis.ocr.cleanup import clean_row

    text, spans = clean_row(["住", "所", ":", "武", "汉"])
    assert text == "住所：武汉" and [text[a:b] for a, b in spans] == ["住", "所", "：", "武", "汉"]
    text, spans = clean_row(["罚款", "52", "，", "OOO", "元", "see", "p.3"])
    assert text == "罚款52,000元see p.3"
    assert [text[a:b] for a, b in spans] == ["罚款", "52", ",", "000", "元", "see", "p.3"]
