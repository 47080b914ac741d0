"""Levenshtein distance over characters, shared by OCR quality figures and law-name repair."""

from __future__ import annotations


def edit_distance(a: str, b: str) -> int:
    """Insertions, deletions and substitutions turning ``a`` into ``b`` (two-row programme)."""
    if len(a) < len(b):
        a, b = b, a
    previous = list(range(len(b) + 1))
    for i, char_a in enumerate(a, 1):
        current = [i]
        for j, char_b in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (char_a != char_b)))
        previous = current
    return previous[-1]
