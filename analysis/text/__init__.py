"""Text normalization and numeral parsing for Chinese penalty decisions.

``normalize`` rewrites text char-for-char (same length) so spans stay valid for boxes;
``numbers`` turns Chinese, capitalized and Arabic numerals and money into numbers.
"""

from analysis.text.normalize import normalize_text
from analysis.text.numbers import cn_to_int, parse_date, parse_money, parse_number

__all__ = ["cn_to_int", "normalize_text", "parse_date", "parse_money", "parse_number"]
