"""Plain-text parser: UTF-8, UTF-16 (BOM, or zero bytes that betray it) and GB18030, detected.

Order of trust: a byte-order mark; strict UTF-8; UTF-16 when every other byte is zero;
strict GB18030 (the superset of GBK/GB2312 that Chinese Windows writes); charset-normalizer
as a last guess. A text that decodes to nothing readable is E009.
"""

from __future__ import annotations

import codecs

from analysis.errors import InputError
from analysis.ingest.base import PARSERS, Parser
from analysis.record import DocumentRecord, Page
from analysis.settings import AnalysisSettings

BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
CONTROL_SHARE = 0.05


def _utf16_without_bom(data: bytes) -> str | None:
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even_zeros = sample[0::2].count(0) / (len(sample) / 2)
    odd_zeros = sample[1::2].count(0) / (len(sample) / 2)
    if odd_zeros > 0.3 and even_zeros < 0.05:
        return "utf-16-le"
    if even_zeros > 0.3 and odd_zeros < 0.05:
        return "utf-16-be"
    return None


def _looks_like_text(text: str) -> bool:
    if not text:
        return False
    controls = sum(1 for char in text if ord(char) < 32 and char not in "\t\n\r\f")
    return controls / len(text) <= CONTROL_SHARE


def detect_encoding(data: bytes) -> str | None:
    """The encoding ``data`` is written in, or None when it is not text."""
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return encoding
    utf16 = _utf16_without_bom(data)
    if utf16:
        return utf16
    for encoding in ("utf-8", "gb18030"):
        try:
            if _looks_like_text(data.decode(encoding)):
                return encoding
        except UnicodeDecodeError:
            continue
    from charset_normalizer import from_bytes

    best = from_bytes(data[:65536]).best()
    if best is not None and _looks_like_text(str(best)):
        return best.encoding
    return None


def decode_text(data: bytes) -> tuple[str, str]:
    """(text with ``\\n`` line ends, encoding), or InputError E009."""
    encoding = detect_encoding(data)
    if encoding is None:
        raise InputError("E009")
    try:
        text = data.decode(encoding)
    except (UnicodeDecodeError, LookupError) as error:
        raise InputError("E009", detail=str(error)) from error
    return text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff"), encoding


def _head_is_text(head: bytes) -> bool:
    if any(head.startswith(bom) for bom, _ in BOMS) or _utf16_without_bom(head):
        return True
    for encoding in ("utf-8", "gb18030"):
        try:  # incremental: the head may end inside a multi-byte character
            return _looks_like_text(codecs.getincrementaldecoder(encoding)().decode(head, final=False))
        except UnicodeDecodeError:
            continue
    return False


@PARSERS.register("parser.text.v1")
class TextParser(Parser):
    name = "parser.text.v1"
    media_types = ("text/plain",)
    extensions = ("txt", "text", "csv", "md")

    def content_score(self, head: bytes, data: bytes | None) -> float:
        return 0.4 if _head_is_text(head) else 0.0

    def parse(self, data: bytes, record: DocumentRecord, settings: AnalysisSettings) -> None:
        text, encoding = decode_text(data)
        record.source.media_type = f"text/plain; charset={encoding.replace('-sig', '')}"
        record.pages.append(Page(number=1, text=text.strip("\n"), text_source="native"))
