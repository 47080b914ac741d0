"""较大数额罚款 by sector (corpora/knowledge/hearing.yaml): data with sources, matched by domain or agency."""

from __future__ import annotations

from analysis.knowledge.hearing import hearing_threshold, load_hearing_thresholds


def test_every_sector_has_amounts_and_a_legal_source():
    sectors, default = load_hearing_thresholds()
    assert default in {sector.id for sector in sectors}
    for sector in sectors:
        assert 0 < sector.individual <= sector.organization
        assert sector.source.startswith("《") and "条" in sector.source


def test_sector_by_domain_or_agency_else_market_regulation():
    assert hearing_threshold("tax", None).amount("individual") == 2000
    assert hearing_threshold("other", "国家税务总局南京市溧水区税务局").amount("organization") == 10000
    police = hearing_threshold("public_security", "某县公安局")
    assert (police.amount("individual"), police.amount("organization")) == (2000, 10000)
    market = hearing_threshold("food_safety", "某市市场监督管理局")
    assert (market.amount("individual"), market.amount("organization")) == (10000, 100000)
    assert hearing_threshold("environment", "某市生态环境局").id == "market"


def test_work_safety_agencies_use_their_own_figures():
    """安全生产违法行为行政处罚办法第三十三条: 个人1万元、生产经营单位3万元 where no provincial figure."""
    safety = hearing_threshold("work_safety", "宝鸡市应急管理局")
    assert (safety.amount("individual"), safety.amount("organization")) == (10000, 30000)
    assert hearing_threshold("work_safety", "某市消防救援支队").id == "market"
