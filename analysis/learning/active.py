"""Active learning: a "to label" queue and a screening simulation.

The queue mixes the documents the models are least sure about (score nearest 0.5, i.e.
highest binary entropy) with a fixed share of randomly drawn ones, so that the labels stay
representative of the whole stream and calibration can still be measured on them.

The simulation answers the analyst's question "if prosecutors read documents in this order,
how many true leads have they seen after X% of the queue?" and reports the work saved over
random order at 95% recall (WSS@95, Cohen et al. 2006).
"""

from __future__ import annotations

import math
import random
from collections.abc import Sequence
from dataclasses import dataclass


def uncertainty(score: float) -> float:
    """Binary entropy of a calibrated score, in bits (1.0 = a coin toss)."""
    p = min(max(score, 1e-9), 1 - 1e-9)
    return -(p * math.log2(p) + (1 - p) * math.log2(1 - p))


def to_label_queue(scores: dict[str, float], *, size: int, random_share: float = 0.2,
                   seed: int = 0) -> list[tuple[str, str]]:
    """Documents to label next as ``(document_id, reason)``, reason ``uncertain`` or ``random``.

    ``random_share`` of the queue (rounded) is drawn uniformly from the documents not already
    chosen for uncertainty; the rest are the most uncertain. The order interleaves both so a
    reviewer who stops early still labelled some random documents.
    """
    if not 0.0 <= random_share <= 1.0:
        raise ValueError("random_share must be within [0, 1]")
    size = min(size, len(scores))
    n_random = round(size * random_share)
    ranked = sorted(scores, key=lambda doc: (-uncertainty(scores[doc]), doc))
    uncertain = ranked[: size - n_random]
    rest = sorted(set(scores) - set(uncertain))
    randoms = random.Random(seed).sample(rest, min(n_random, len(rest)))
    return _interleave([(d, "uncertain") for d in uncertain], [(d, "random") for d in randoms])


def _interleave(first: list, second: list) -> list:
    if not second:
        return list(first)
    out, step = [], max(1, len(first) // len(second))
    firsts = iter(first)
    for item in second:
        out.extend(next(firsts, None) for _ in range(step))
        out.append(item)
    out.extend(firsts)
    return [item for item in out if item is not None]


@dataclass(frozen=True)
class ScreeningCurve:
    recall_at: dict[float, float]
    wss_at_95: float
    screened_for_95: float


def screening_curve(order: Sequence[str], relevant: set[str],
                    fractions: Sequence[float] = (0.05, 0.1, 0.2, 0.3, 0.5)) -> ScreeningCurve:
    """Recall after each screened fraction and WSS@95 for reading documents in ``order``."""
    total, n = len(relevant), len(order)
    if n == 0 or total == 0:
        return ScreeningCurve({f: 0.0 for f in fractions}, 0.0, 1.0)
    found, found_at = 0, []
    for doc in order:
        found += doc in relevant
        found_at.append(found)
    recall_at = {f: found_at[max(0, math.ceil(f * n) - 1)] / total for f in fractions}
    needed = math.ceil(0.95 * total)
    screened = next(i + 1 for i, value in enumerate(found_at) if value >= needed)
    wss = (n - screened) / n - 0.05
    return ScreeningCurve(recall_at, round(wss, 4), screened / n)


def simulate(scores: dict[str, float], relevant: set[str], *, seed: int = 0,
             repeats: int = 20) -> dict[str, ScreeningCurve]:
    """Model order (by score, highest first) against the mean of ``repeats`` random orders."""
    model_order = sorted(scores, key=lambda doc: (-scores[doc], doc))
    rng = random.Random(seed)
    curves = []
    for _ in range(repeats):
        shuffled = sorted(scores)
        rng.shuffle(shuffled)
        curves.append(screening_curve(shuffled, relevant))
    fractions = curves[0].recall_at.keys()
    mean_random = ScreeningCurve(
        {f: sum(c.recall_at[f] for c in curves) / repeats for f in fractions},
        round(sum(c.wss_at_95 for c in curves) / repeats, 4),
        sum(c.screened_for_95 for c in curves) / repeats,
    )
    return {"model": screening_curve(model_order, relevant), "random": mean_random}
