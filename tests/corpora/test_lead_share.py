"""``lead_share``: a realistic share of lead documents with whole case groups and unchanged truth."""

from __future__ import annotations

from collections import Counter

import pytest

from corpora.generator import generate, is_lead
from corpora.generator.corpus import write_corpus


@pytest.mark.parametrize("share", [0.05, 0.2])
def test_lead_share_is_met_exactly(share):
    docs = list(generate(200, seed=3, lead_share=share))
    assert len(docs) == 200
    assert sum(is_lead(d) for d in docs) == round(share * 200)


def test_case_groups_are_kept_whole_and_in_plan_order():
    docs = list(generate(300, seed=4, lead_share=0.1))
    indexes = [d.plan.index for d in docs]
    assert indexes == sorted(indexes) and len(set(indexes)) == len(indexes)
    natural = Counter(d.plan.repeat_group or d.plan.split_group for d in generate(len(docs) * 3, seed=4)
                      if d.plan.repeat_group or d.plan.split_group)
    kept = Counter(d.plan.repeat_group or d.plan.split_group for d in docs if d.plan.repeat_group or d.plan.split_group)
    assert kept, "a 300-document corpus keeps some repeat or split groups"
    assert all(kept[group] == natural[group] for group in kept)


def test_lead_share_keeps_the_decisions_of_the_natural_corpus():
    """The same plan index gives the same decision: lead share only chooses which ones are kept."""
    natural = {d.plan.index: d.text for d in generate(150, seed=8)}
    chosen = [d for d in generate(40, seed=8, lead_share=0.1) if d.plan.index in natural]
    assert chosen and all(natural[d.plan.index] == d.text for d in chosen)


def test_default_is_the_natural_mix():
    assert [d.text for d in generate(30, seed=2)] == [d.text for d in generate(30, seed=2, lead_share=None)]
    with pytest.raises(ValueError):
        list(generate(10, seed=2, lead_share=1.5))


def test_written_corpus_reports_its_lead_documents(tmp_path):
    manifest = write_corpus(tmp_path, 60, seed=5, formats=("txt",), scan_share=0.0, workers=1, lead_share=0.1)
    assert manifest["lead_documents"] == 6 and manifest["lead_share_requested"] == 0.1
