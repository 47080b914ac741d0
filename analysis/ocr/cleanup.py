"""Post-OCR text cleanup that keeps unit offsets valid.

- spaces the engine put between CJK characters (or between a CJK character and a digit or
  CJK punctuation) are removed;
- full-width digits, letters and ASCII punctuation are mapped to ASCII (U+FF01–FF5E → U+0021–7E,
  except full-width punctuation that is normal in Chinese text: ，。：；（）！？ stay);
- ASCII punctuation read next to Chinese characters becomes full-width (， ： ； （ ）), and the
  year brackets of a decision number become 〔〕;
- confusions inside numbers are fixed where the context is numeric: O/o/〇/Q → 0 and l/I/| → 1
  between digits, 。 → . between digits, ， → , as a thousands separator (digit before, exactly
  three digits after).

- legal words the engine misread by one character are restored (``legal_confusions``): a word of
  the decision vocabulary (有限责任公司, 行政处罚决定书, 没收违法所得 …) read with one wrong Han
  character, a two-character word in a table of impossible readings (阿款 → 罚款, 资令 → 责令),
  and capitalized money numerals read as look-alikes between money units (储佰元 → 陆佰元).

Units are cleaned one by one and the page text is rebuilt from them, so each unit's
``start``/``end`` stay exact.
"""

from __future__ import annotations

import re

_CJK = r"\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff01-\uff60"
_CJK_GAP = re.compile(rf"(?<=[{_CJK}])[ \t\u3000]+(?=[{_CJK}0-9])|(?<=[0-9])[ \t\u3000]+(?=[{_CJK}])")
_KEEP_FULLWIDTH = set("，。：；（）！？、")
_ZERO_LIKE = "Oo〇Q"
_ONE_LIKE = "lI|"
_SEPARATORS = ",，.。·"
# A run of digits, look-alike letters and separators that starts with a digit or a look-alike.
_NUMBER_RUN = re.compile(rf"(?<![A-Za-z])[\d{_ZERO_LIKE}{_ONE_LIKE}][\d{_ZERO_LIKE}{_ONE_LIKE}{_SEPARATORS}]*")
_DECIMAL_POINT = re.compile(r"(?<=\d)[。·](?=\d)")
_THOUSANDS = re.compile(r"(?<=\d)，(?=\d{3}(?!\d))")


_HAN = r"\u3400-\u4dbf\u4e00-\u9fff"
# Decision numbers put the year in 〔〕 (GB/T 9704); engines read them as [] 【】 () （）.
_YEAR_BRACKETS = re.compile(r"[\[【(（〔]\s*((?:19|20)\d{2})\s*[\]】)）〕](?=\s*第?\s*\d+\s*号)")
_CJK_PUNCT = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！"}
_ASCII_PUNCT_AFTER_HAN = re.compile(rf"(?<=[{_HAN}）》])([,;:?!])")
_OPEN_PAREN = re.compile(rf"\((?=[{_HAN}])")
_CLOSE_PAREN = re.compile(rf"(?<=[{_HAN}])\)")


def to_chinese_punctuation(text: str) -> str:
    """ASCII punctuation the engine read next to Chinese characters becomes full-width again."""
    text = _YEAR_BRACKETS.sub(r"〔\1〕", text)
    text = _ASCII_PUNCT_AFTER_HAN.sub(lambda m: _CJK_PUNCT[m.group(1)], text)
    return _CLOSE_PAREN.sub("）", _OPEN_PAREN.sub("（", text))


def to_ascii_width(text: str) -> str:
    out = []
    for ch in text:
        code = ord(ch)
        if 0xFF01 <= code <= 0xFF5E and ch not in _KEEP_FULLWIDTH:
            out.append(chr(code - 0xFEE0))
        else:
            out.append(ch)
    return "".join(out)


def _fix_number_run(match: re.Match[str]) -> str:
    run = match.group(0)
    following = match.string[match.end():match.end() + 1]
    if not any(ch.isdigit() for ch in run) or (following.isascii() and following.isalpha()):
        return run  # no real digit (a word, 二〇二四) or glued to a Latin word: not a number
    run = "".join("0" if ch in _ZERO_LIKE else "1" if ch in _ONE_LIKE else ch for ch in run)
    return _THOUSANDS.sub(",", _DECIMAL_POINT.sub(".", run))


def fix_numeric_confusions(text: str) -> str:
    """Repair letters and punctuation the engine read inside numbers."""
    return _NUMBER_RUN.sub(_fix_number_run, text)


def remove_cjk_spaces(text: str) -> str:
    return _CJK_GAP.sub("", text)


def clean_characters(text: str) -> str:
    """The cleanup steps that replace characters one for one (length kept when no spaces inside)."""
    return fix_legal_confusions(to_chinese_punctuation(fix_numeric_confusions(to_ascii_width(text))))


# Words of a penalty decision; a reading one Han character away from one is an OCR slip unless it
# is itself a real word, listed in REAL_NEIGHBOURS (法定代理人, 没收非法所得, 行政处理决定书).
LEGAL_TERMS = (
    "有限责任公司", "股份有限公司", "行政处罚决定书", "行政处罚告知书", "行政处罚事先告知书", "统一社会信用代码",
    "法定代表人", "中华人民共和国", "没收违法所得", "责令停止违法行为", "责令限期改正", "申请行政复议",
    "提起行政诉讼", "公民身份号码", "身份证号码", "不停止行政处罚决定的执行",
)
REAL_NEIGHBOURS = frozenset({"法定代理人", "没收非法所得", "行政处理决定书", "行政处理告知书", "身份证件号码"})
# Two-character readings that are no word at all, and the legal word the engine misread.
WORD_CONFUSIONS = {
    "阿款": "罚款", "问款": "罚款", "罸款": "罚款", "锂款": "罚款", "罚歀": "罚款", "罚欵": "罚款",
    "罚教": "罚款", "罚敦": "罚款", "罚欸": "罚款", "资令": "责令", "贵令": "责令", "贞令": "责令",
    "誓告": "警告", "警吿": "警告",
}
# Look-alikes of the capitalized numerals (大写数字) and their units, repaired only between them.
MONEY_GLYPHS = {"储": "陆", "陸": "陆", "集": "柒", "染": "柒", "桨": "柒", "武": "贰", "弍": "贰", "貮": "贰",
                "参": "叁", "叄": "叁", "查": "叁", "玫": "玖", "別": "捌", "别": "捌", "任": "仟", "仁": "仟", "伯": "佰",
                "恰": "拾", "拴": "拾", "方": "万", "历": "万"}
_CAPITALS = "零壹贰叁肆伍陆柒捌玖"
_MONEY_UNITS = "拾佰仟万亿元角分"
_MONEY_GLYPH = re.compile(rf"(?<=[{_CAPITALS}{_MONEY_UNITS}币])([{''.join(MONEY_GLYPHS)}])(?=[{_CAPITALS}{_MONEY_UNITS}])")
# 十 read as the digit 1 inside a Chinese article number: 第三1八条 → 第三十八条
_TEN_AS_ONE = re.compile(r"(?<=第[一二三四五六七八九])1(?=[一二三四五六七八九]?[条款项])|(?<=百[一二三四五六七八九])1(?=[一二三四五六七八九]?条)")
_WORD_CONFUSION = re.compile("|".join(WORD_CONFUSIONS))


def _one_slip_pattern(term: str) -> re.Pattern[str]:
    """The term with any one character replaced by another Han character."""
    variants = [re.escape(term[:i]) + f"[{_HAN}]" + re.escape(term[i + 1:]) for i in range(len(term))]
    return re.compile("|".join(variants))


_TERM_PATTERNS = [(term, _one_slip_pattern(term)) for term in LEGAL_TERMS]


def fix_legal_confusions(text: str) -> str:
    """Restore legal words read with one wrong character (same length: spans stay valid)."""
    text = _WORD_CONFUSION.sub(lambda m: WORD_CONFUSIONS[m.group(0)], text)
    text = _MONEY_GLYPH.sub(lambda m: MONEY_GLYPHS[m.group(1)], text)
    text = _TEN_AS_ONE.sub("十", text)
    for term, pattern in _TERM_PATTERNS:
        if pattern.search(text):
            text = pattern.sub(lambda m, term=term: m.group(0) if m.group(0) in REAL_NEIGHBOURS else term, text)
    return text


def clean_text(text: str) -> str:
    """All cleanup steps on one unit's text (a line or a word)."""
    return clean_characters(remove_cjk_spaces(text))


def clean_row(pieces: list[str]) -> tuple[str, list[tuple[int, int]]]:
    """Clean the units of one text row together, so context crosses unit borders.

    Tesseract gives one word per Chinese character: a ``:`` or a ``O`` alone in its word can only
    be judged by its neighbours. Returns the row text and each piece's (start, end) in it.
    """
    pieces = [remove_cjk_spaces(piece).strip() for piece in pieces]
    joined, spans = "", []
    for piece in pieces:
        if joined and piece and needs_space(joined, piece):
            joined += " "
        spans.append((len(joined), len(joined) + len(piece)))
        joined += piece
    cleaned = clean_characters(joined)
    if len(cleaned) == len(joined):
        return cleaned, spans
    # a step changed the length (spaces inside a bracket): clean piece by piece instead
    return _join_cleaned([clean_characters(piece) for piece in pieces])


def _join_cleaned(pieces: list[str]) -> tuple[str, list[tuple[int, int]]]:
    joined, spans = "", []
    for piece in pieces:
        if joined and piece and needs_space(joined, piece):
            joined += " "
        spans.append((len(joined), len(joined) + len(piece)))
        joined += piece
    return joined, spans


def needs_space(left: str, right: str) -> bool:
    """Whether two adjacent words on one line are joined with a space (Latin/digits: yes; CJK: no)."""
    if not left or not right:
        return False
    return _is_latin(left[-1]) and _is_latin(right[0])


def _is_latin(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()
