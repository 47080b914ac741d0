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


def within_distance(a: str, b: str, limit: int) -> bool:
    """Whether ``edit_distance(a, b) <= limit``, computed only in the diagonal band that can stay
    within ``limit`` and stopped as soon as a whole row exceeds it (cheap for long names)."""
    if abs(len(a) - len(b)) > limit:
        return False
    if len(set(a) - set(b)) > limit or len(set(b) - set(a)) > limit:
        return False  # every character one string has and the other lacks costs an edit
    big = limit + 1
    previous = [j if j <= limit else big for j in range(len(b) + 1)]
    for i, char_a in enumerate(a, 1):
        low, high = max(1, i - limit), min(len(b), i + limit)
        current = [big] * (len(b) + 1)
        current[0] = i if i <= limit else big
        for j in range(low, high + 1):
            cost = previous[j - 1] + (char_a != b[j - 1])
            current[j] = min(cost, previous[j] + 1, current[j - 1] + 1, big)
        if min(current[max(0, low - 1):high + 1]) > limit:
            return False
        previous = current
    return previous[-1] <= limit
