"""行政处罚法第三十七条 (从旧兼从轻): a citation of the version in force at the act is not a wrong citation."""

from __future__ import annotations

from analysis.record import TextField
from analysis.scoring.knowledge import load_knowledge
from analysis.scoring.rules import run_rules
from tests.scoring.builders import make_record

CITED = "《中华人民共和国发票管理办法》第四十四条"


def decision(acted: str | None):
    text = f"经查，当事人未按规定保管发票。依据{CITED}，决定罚款5000元。"
    record = make_record(text, domain="tax", decision_date="2024-03-06",
                         amounts=[("罚款5000元", "fine", 5000)],
                         statutes=[(CITED, "中华人民共和国发票管理办法", 44, "basis")])
    if acted:
        record.fields.facts_date = TextField(value=acted)
    return record


def missing(record):
    return [f for f in run_rules(record, load_knowledge()) if f.rule == "irregularity.missing_article.v1"]


def test_article_of_the_version_in_force_at_the_act_exists():
    """The 2019 text has 45 articles, the 2023 revision 43: 第四十四条 of an act of 2022 exists."""
    assert not missing(decision("2022-05-10"))
    found = missing(decision(None))
    assert found and "第44条" in found[0].explanation


def hearing(domain: str, agency: str, fine: float, kind: str = "individual"):
    from analysis.record import TextField as Field

    text = f"{agency}\n行政处罚决定书\n当事人：张某。经查，当事人违法。决定处以罚款{fine:g}元。"
    record = make_record(text, domain=domain, decision_date="2024-03-06", amounts=[(f"罚款{fine:g}元", "fine", fine)],
                         party=("张某", None, None), party_kind=kind)
    record.fields.agency = Field(value=agency)
    return [f for f in run_rules(record, load_knowledge()) if f.rule == "irregularity.no_hearing.v1"]


def test_hearing_threshold_follows_the_sector():
    """税务 2000元 for a person (税务行政处罚听证程序实施办法第三条); 市场监管 1万元."""
    found = hearing("tax", "国家税务总局某县税务局", 3000)
    assert found and found[0].threshold == 2000 and "税务行政处罚听证程序实施办法" in found[0].source
    assert not hearing("food_safety", "某县市场监督管理局", 3000)
    assert hearing("food_safety", "某县市场监督管理局", 12000)
