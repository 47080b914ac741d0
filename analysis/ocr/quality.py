"""Character error rate of OCR text against a reference (whitespace ignored), for tests and benchmarks."""

from __future__ import annotations

import re

from analysis.text.distance import edit_distance

_SPACE = re.compile(r"\s+")


def character_error_rate(hypothesis: str, reference: str) -> float:
    """Edits needed to turn the OCR text into the reference, per reference character."""
    hyp, ref = _SPACE.sub("", hypothesis), _SPACE.sub("", reference)
    if not ref:
        return 0.0 if not hyp else 1.0
    return edit_distance(hyp, ref) / len(ref)
