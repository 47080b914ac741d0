"""Identifier checks: 统一社会信用代码 (GB 32100-2015 check digit) and 身份证号码 (GB 11643).

A masked ID (``3101**********1234``) cannot be checked and is reported as such; a credit
code whose check digit fails is kept (it may be an OCR slip) but marked invalid.
"""

from __future__ import annotations

import re

CREDIT_CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
CREDIT_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
CREDIT_CODE = re.compile(r"(?<![0-9A-Z])[0-9A-HJ-NP-RTUWXY]{2}\d{6}[0-9A-HJ-NP-RTUWXY]{9}[0-9A-HJ-NP-RTUWXY](?![0-9A-Z])")
ID_NUMBER = re.compile(r"(?<![0-9])[1-9][0-9*＊]{5}(?:[0-9*＊]{8}|[0-9*＊]{6})[0-9*＊]{3}[0-9Xx*＊](?![0-9])"
                       r"|(?<![0-9])[1-9][0-9*＊]{14}(?![0-9*＊])")
ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
ID_CHECK = "10X98765432"


def credit_check_char(first17: str) -> str:
    """The 18th character GB 32100 assigns to the first 17."""
    total = sum(CREDIT_CHARSET.index(ch) * w for ch, w in zip(first17, CREDIT_WEIGHTS, strict=True))
    return CREDIT_CHARSET[(31 - total % 31) % 31]


def credit_code_valid(code: str) -> bool:
    code = code.upper()
    if len(code) != 18 or any(ch not in CREDIT_CHARSET for ch in code):
        return False
    return credit_check_char(code[:17]) == code[17]


def id_number_valid(number: str) -> bool | None:
    """True/False for a full 18-digit ID; None when masked or 15 digits (not checkable)."""
    number = number.upper()
    if len(number) != 18 or not number[:17].isdigit():
        return None
    total = sum(int(ch) * w for ch, w in zip(number[:17], ID_WEIGHTS, strict=True))
    return ID_CHECK[total % 11] == number[17]
