import random

import pytest

from analysis.text.distance import edit_distance, within_distance


@pytest.mark.parametrize(("a", "b", "expected"), [
    ("", "", 0), ("食品安全法", "食品安全法", 0), ("烟草专买法实施条列", "烟草专卖法实施条例", 2),
    ("森木法", "森林法", 1), ("食品法", "食品安全法", 2), ("", "法", 1),
])
def test_edit_distance_of_known_pairs(a, b, expected):
    assert edit_distance(a, b) == expected
    assert edit_distance(b, a) == expected


def test_banded_check_agrees_with_the_full_distance_on_random_names():
    rng = random.Random(0)
    alphabet = "中华人民共和国食品安全法条例实施"
    for _ in range(3000):
        a = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        b = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        for limit in (0, 1, 2, 3):
            assert within_distance(a, b, limit) == (edit_distance(a, b) <= limit), (a, b, limit)
