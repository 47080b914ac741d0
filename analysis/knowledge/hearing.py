"""较大数额罚款 by sector: the fine from which a hearing must be offered (``corpora/knowledge/hearing.yaml``).

行政处罚法第六十三条 leaves "较大数额" to each sector: market regulation 1万/10万元, tax
2000/1万元, public security 2000元 (治安管理处罚法第九十八条). A decision is matched to its sector
by its domain or by a word of the deciding agency's name; unmatched decisions use the default.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from analysis.knowledge.thresholds import KNOWLEDGE_DIR

HEARING_FILE = KNOWLEDGE_DIR / "hearing.yaml"


@dataclass(frozen=True)
class HearingThreshold:
    id: str
    name: str
    domains: tuple[str, ...]
    agency_words: tuple[str, ...]
    individual: float
    organization: float
    source: str
    effective_from: dt.date | None = None

    def amount(self, party_kind: str) -> float:
        return self.individual if party_kind == "individual" else self.organization


@lru_cache(maxsize=4)
def load_hearing_thresholds(path: Path = HEARING_FILE) -> tuple[tuple[HearingThreshold, ...], str]:
    """The sectors and the id of the default sector."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    sectors = tuple(HearingThreshold(
        id=item["id"], name=item["name"], domains=tuple(item.get("domains") or ()),
        agency_words=tuple(item.get("agency_words") or ()), individual=float(item["individual"]),
        organization=float(item["organization"]), source=item["source"],
        effective_from=item.get("effective_from")) for item in data["sectors"])
    return sectors, data["default"]


def hearing_threshold(domain: str | None, agency: str | None, path: Path = HEARING_FILE) -> HearingThreshold:
    """The sector whose rule governs a decision of ``domain`` by ``agency`` (else the default)."""
    sectors, default = load_hearing_thresholds(path)
    for sector in sectors:
        if domain in sector.domains or any(word in (agency or "") for word in sector.agency_words):
            return sector
    return next(sector for sector in sectors if sector.id == default)
