"""Rule component for structured entities: credit codes, decision numbers, 《》 law titles.

These follow fixed formats (GB 32100-2015 for the 18-character unified social credit code;
the ``机关代字〔年份〕序号号`` pattern of decision numbers; 《》 around law titles), so regular
expressions over the text find them more reliably than a statistical model. The spans go into
``doc.spans["structured"]`` so they never compete with the trained ``ner`` in ``doc.ents``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.language import Language
from spacy.tokens import Doc

STRUCTURED_KEY = "structured"
PATTERNS: dict[str, re.Pattern[str]] = {
    "CREDIT_CODE": re.compile(r"(?<![0-9A-Z])[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}(?![0-9A-Z])"),
    "DECISION_NUMBER": re.compile(
        r"[\u4e00-\u9fffA-Za-z]{1,16}\s*[〔\[［(（【]\s*\d{4}\s*[〕\]］)）】]\s*第?\s*[0-9A-Za-z\-]{1,24}\s*号"),
    "LAW_TITLE": re.compile(r"《[^《》\n]{2,60}》"),
}


def find_structured(text: str) -> Iterator[tuple[str, int, int]]:
    """``(label, start, end)`` character spans of the structured entities in ``text``."""
    for label, pattern in PATTERNS.items():
        for match in pattern.finditer(text):
            yield label, match.start(), match.end()


@Language.component("legal_structured_spans")
def legal_structured_spans(doc: Doc) -> Doc:
    spans = []
    for label, start, end in find_structured(doc.text):
        span = doc.char_span(start, end, label=label, alignment_mode="expand")
        if span is not None:
            spans.append(span)
    doc.spans[STRUCTURED_KEY] = spans
    return doc
