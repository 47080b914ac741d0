"""The statute knowledge base: law names, versions in force, articles and fine clauses.

Data in ``corpora/knowledge/statutes/`` is built by scripts/build_statute_kb.py from the
LawRefBook laws (national laws, administrative regulations, some departmental rules):
``index.json`` holds every law's names and versions, ``articles/<law>.json.gz`` its articles
per version (loaded on first use). A citation is resolved to the law (:meth:`StatuteKB.resolve_law`,
tolerant to 书名号, the 中华人民共和国 prefix, abbreviations and one OCR-mangled character),
then to the version in force on the decision date, then to the article and its fine clauses.
"""

from __future__ import annotations

import datetime as dt
import gzip
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from analysis.knowledge.aliases import normalize_law_name
from analysis.knowledge.fines import FineClause, apply_floors
from analysis.knowledge.numerals import ArticleRef, parse_article_ref
from analysis.knowledge.thresholds import KNOWLEDGE_DIR

STATUTES_DIR = KNOWLEDGE_DIR / "statutes"
FUZZY_MIN_LENGTH = 4  # shorter names are too ambiguous for a one-character repair
DateLike = dt.date | str | None


@dataclass(frozen=True)
class Article:
    number: int
    sub: int  # 之N
    paragraph_items: tuple[int, ...]  # items (项) per paragraph (款)
    text: str  # first characters of the article
    fines: tuple[FineClause, ...] = ()
    # paragraphs punished "依照前款/本法第X条的规定": {paragraph: (article or None, paragraph or None)}
    references: tuple[tuple[int, int | None, int | None], ...] = ()

    @property
    def paragraphs(self) -> int:
        return len(self.paragraph_items)


@dataclass(frozen=True)
class LawVersion:
    law_id: str
    date: dt.date  # adoption/amendment date of this text (file name)
    effective_from: dt.date
    effective_source: str  # info | final_article | version_date
    events: tuple[dict, ...]
    source_files: tuple[str, ...]
    article_count: int
    last_article: int


@dataclass(frozen=True)
class LawInfo:
    id: str
    title: str  # official full name, e.g. 中华人民共和国食品安全法
    short_name: str
    category: str
    department: str | None
    aliases: tuple[str, ...]
    versions: tuple[LawVersion, ...]
    articles_file: str
    repealed_on: dt.date | None = None  # replaced by a differently named law (see replaced_by)
    replaced_by: str | None = None

    @property
    def first_adopted(self) -> dt.date | None:
        dates = [dt.date.fromisoformat(e["date"]) for v in self.versions for e in v.events]
        return min(dates) if dates else None


def _date(value: DateLike) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


_CITED_LAW = re.compile(r"《([^《》]{2,60})》")
_PLACE = re.compile(r"^(.{2,7}?(?:省|市|自治区|自治州|县|经济特区))")


def _same_place(citation: str, name: str) -> bool:
    """False when a repair would change the place name a local regulation starts with."""
    place = _PLACE.match(name)
    cited = _PLACE.match(citation)
    if place is None and cited is None:
        return True
    return place is not None and cited is not None and place.group(1) == cited.group(1)


def _masked(name: str) -> list[str]:
    return [name[:i] + "?" + name[i + 1:] for i in range(len(name))]


class StatuteKB:
    """Read-only access to the statute knowledge base (use :meth:`load`, which caches)."""

    def __init__(self, directory: Path = STATUTES_DIR):
        self.directory = directory
        index = json.loads((directory / "index.json").read_text(encoding="utf-8"))
        self.source = index.get("source", "")
        self.laws: dict[str, LawInfo] = {}
        self._names: dict[str, set[str]] = {}
        self._fuzzy: dict[str, set[str]] | None = None  # built on the first inexact lookup
        for entry in index["laws"]:
            law = self._law_from_dict(entry)
            self.laws[law.id] = law
            for name in {normalize_law_name(law.title), law.short_name, *law.aliases}:
                self._names.setdefault(name, set()).add(law.id)
        self._articles: dict[str, dict[dt.date, dict[tuple[int, int], Article]]] = {}

    @classmethod
    def load(cls, directory: Path | None = None) -> StatuteKB:
        """The knowledge base, parsed once per directory."""
        return _cached_kb(directory or STATUTES_DIR)

    @staticmethod
    def _law_from_dict(entry: dict) -> LawInfo:
        versions = tuple(
            LawVersion(
                law_id=entry["id"], date=dt.date.fromisoformat(v["date"]),
                effective_from=dt.date.fromisoformat(v["effective_from"]), effective_source=v["effective_source"],
                events=tuple(v["events"]), source_files=tuple(v["source_files"]),
                article_count=v["article_count"], last_article=v["last_article"],
            )
            for v in entry["versions"]
        )
        return LawInfo(
            id=entry["id"], title=entry["title"], short_name=entry["short_name"], category=entry["category"],
            department=entry.get("department"), aliases=tuple(entry["aliases"]), versions=versions,
            articles_file=entry["articles_file"],
            repealed_on=_date(entry.get("repealed_on")), replaced_by=entry.get("replaced_by"),
        )

    # ── names ──────────────────────────────────────────────────────────────────
    def _fuzzy_index(self) -> dict[str, set[tuple[str, str]]]:
        """Names with one character masked (?) or deleted → (law id, name), for one-character
        repairs."""
        if self._fuzzy is None:
            fuzzy: dict[str, set[tuple[str, str]]] = {}
            for name, ids in self._names.items():
                if len(name) >= FUZZY_MIN_LENGTH:
                    pairs = {(law_id, name) for law_id in ids}
                    for key in (*_masked(name), *(name[:i] + name[i + 1:] for i in range(len(name)))):
                        fuzzy.setdefault(key, set()).update(pairs)
            self._fuzzy = fuzzy
        return self._fuzzy

    def resolve_law(self, name: str) -> LawInfo | None:
        """The law a citation names (full name, short name or alias, with or without 《》 and
        中华人民共和国), repairing one OCR-mangled, missing or extra character when that
        points to a single law. A repair never changes a place name (湖南省… is not 河南省…).
        None when unknown or ambiguous."""
        key = normalize_law_name(name)
        if not key:
            return None
        ids = self._names.get(key)
        if ids is None and len(key) >= FUZZY_MIN_LENGTH - 1:
            ids = {law_id for law_id, candidate in self._fuzzy_candidates(key) if _same_place(key, candidate)}
        if not ids or len(ids) != 1:
            return None
        return self.laws[next(iter(ids))]

    def _fuzzy_candidates(self, key: str) -> set[tuple[str, str]]:
        fuzzy = self._fuzzy_index()
        found: set[tuple[str, str]] = set()
        for probe in (*_masked(key), key):  # one character replaced, or one missing
            found |= fuzzy.get(probe, set())
        if len(key) > FUZZY_MIN_LENGTH:  # one extra character in the citation
            for i in range(len(key)):
                shorter = key[:i] + key[i + 1:]
                found |= {(law_id, shorter) for law_id in self._names.get(shorter, ())}
        return found

    def law(self, law_id_or_name: str) -> LawInfo | None:
        return self.laws.get(law_id_or_name) or self.resolve_law(law_id_or_name)

    # ── versions ───────────────────────────────────────────────────────────────
    def version_in_force(self, law_id: str, date: DateLike, strict: bool = False) -> LawVersion | None:
        """The version in force on ``date`` (latest one whose effective date is not after it).
        Unknown date → the latest version. A date before the earliest stored version but after
        the law was first adopted gets that earliest version unless ``strict`` (the knowledge
        base does not hold every historical text; see :meth:`is_exact`). None once the law was
        repealed (``LawInfo.repealed_on``)."""
        law = self.law(law_id)
        if law is None or not law.versions:
            return None
        day = _date(date)
        if day is None:
            return law.versions[-1]
        if law.repealed_on is not None and day >= law.repealed_on:
            return None
        in_force = [v for v in law.versions if v.effective_from <= day]
        if in_force:
            return in_force[-1]
        adopted = law.first_adopted
        if strict or adopted is None or day < adopted:
            return None
        return law.versions[0]

    def law_in_force(self, law_id: str, date: DateLike) -> bool | None:
        """False once the law was repealed (or before it existed), True when a version is in
        force, None for an unknown law."""
        law = self.law(law_id)
        if law is None:
            return None
        return self.version_in_force(law.id, date) is not None

    def is_exact(self, law_id: str, date: DateLike) -> bool:
        """True when the text in force on ``date`` is stored (not an approximation)."""
        return self.version_in_force(law_id, date, strict=True) is not None or _date(date) is None

    # ── articles ───────────────────────────────────────────────────────────────
    def _version_articles(self, version: LawVersion) -> dict[tuple[int, int], Article]:
        law = self.laws[version.law_id]
        if law.id not in self._articles:
            with gzip.open(self.directory / law.articles_file, "rt", encoding="utf-8") as handle:
                data = json.load(handle)["versions"]
            self._articles[law.id] = {
                dt.date.fromisoformat(date): {
                    (a["n"], a.get("s", 0)): Article(
                        number=a["n"], sub=a.get("s", 0), paragraph_items=tuple(a["p"]), text=a["t"],
                        fines=tuple(apply_floors([FineClause.from_dict(f) for f in a.get("f", ())], a["t"])),
                        references=tuple((r["p"], r.get("to_a"), r.get("to_p")) for r in a.get("r", ())),
                    )
                    for a in articles
                }
                for date, articles in data.items()
            }
        return self._articles[law.id][version.date]

    def article(self, law_id: str, article: int, date: DateLike = None, sub: int = 0) -> Article | None:
        version = self.version_in_force(law_id, date)
        return None if version is None else self._version_articles(version).get((article, sub))

    def article_exists(self, law_id: str, article: int, date: DateLike = None, sub: int = 0) -> bool | None:
        """Whether the article exists in the version in force on ``date``. None when the law or
        the text in force is unknown, or when only a later text is stored and the article is
        missing from it (it may have existed before)."""
        version = self.version_in_force(law_id, date)
        if version is None:
            return None
        articles = self._version_articles(version)
        found = (article, sub) in articles
        if not found and not self._complete(articles):
            return None  # a source cut short (长江保护法 stored to 第七十九条 of 96): absence proves nothing
        if found or self.is_exact(law_id, date):
            return found
        return None

    @staticmethod
    def _complete(articles: dict[tuple[int, int], Article]) -> bool:
        """The stored text runs to its closing article (本法自…起施行 or the like)."""
        if not articles:
            return False
        last = articles[max(articles)]
        return any(word in last.text for word in ("施行", "生效", "废止", "解释", "执行"))

    def articles(self, law_id: str, date: DateLike = None) -> list[Article]:
        """Every article of the version in force on ``date`` (latest version when None), in order."""
        version = self.version_in_force(law_id, date)
        if version is None:
            return []
        return sorted(self._version_articles(version).values(), key=lambda a: (a.number, a.sub))

    def penalty_articles(self, law_id: str, date: DateLike = None) -> list[Article]:
        """Articles of the version in force that set fines (for generators and reviews)."""
        return [article for article in self.articles(law_id, date) if article.fines]

    def parse_citation(self, text: str) -> tuple[LawInfo | None, ArticleRef | None]:
        """``《中华人民共和国食品安全法》第一百二十四条第一款第（三）项`` → (the law, ArticleRef(124, 1, 3))."""
        match = _CITED_LAW.search(text)
        law = self.resolve_law(match.group(1)) if match else None
        return law, parse_article_ref(text[match.end():] if match else text)

    def article_text(self, law_id: str, article: int, date: DateLike = None, sub: int = 0) -> str | None:
        found = self.article(law_id, article, date, sub)
        return None if found is None else found.text

    def fine_clauses(
        self, law_id: str, article: int, date: DateLike = None, paragraph: int | None = None,
        item: int | None = None, sub: int = 0,
    ) -> list[FineClause]:
        """Fine clauses of an article in force on ``date``; with ``paragraph``/``item``, those
        for that provision: clauses in that paragraph (its lead-in's apply to all its items),
        clauses of a later paragraph that punish it (有前款第三项行为的，处…), or the fines a
        paragraph refers to (依照前款规定/依照本法第X条的规定给予处罚)."""
        return self._fine_clauses(law_id, article, date, paragraph, item, sub, depth=0)

    def _fine_clauses(self, law_id, article, date, paragraph, item, sub, depth) -> list[FineClause]:
        found = self.article(law_id, article, date, sub)
        if found is None or depth > 3:
            return []
        if paragraph is None and item is not None:
            paragraph = _paragraph_of_item(found, item)
        clauses = [c for c in found.fines if c.covers(paragraph, item)]
        if paragraph is not None and not clauses:
            return self._referred(law_id, found, date, paragraph, depth)
        return clauses

    def _referred(self, law_id, found: Article, date, paragraph: int, depth: int) -> list[FineClause]:
        """Fines of the provision a paragraph refers to (依照前款规定/依照本法第X条的规定给予处罚)."""
        for ref_paragraph, to_article, to_paragraph in found.references:
            if ref_paragraph == paragraph:
                target = found.number if to_article is None else to_article
                sub = found.sub if to_article is None else 0
                return self._fine_clauses(law_id, target, date, to_paragraph, None, sub, depth + 1)
        return []


def _paragraph_of_item(article: Article, item: int) -> int | None:
    """The paragraph an item cited without one belongs to (文物保护法第八十三条第（一）项 is in the
    first paragraph: the second's 损毁…保护标志 fine is not its fine); None when several could hold it."""
    holding = [number for number, items in enumerate(article.paragraph_items, start=1) if items >= item]
    return holding[0] if len(holding) == 1 else None


@lru_cache(maxsize=2)
def _cached_kb(directory: Path) -> StatuteKB:
    return StatuteKB(directory)


def resolve_law(name: str) -> LawInfo | None:
    return StatuteKB.load().resolve_law(name)


def version_in_force(law_id: str, date: DateLike) -> LawVersion | None:
    return StatuteKB.load().version_in_force(law_id, date)


def article_exists(law_id: str, article: int, date: DateLike = None) -> bool | None:
    return StatuteKB.load().article_exists(law_id, article, date)


def article_text(law_id: str, article: int, date: DateLike = None) -> str | None:
    return StatuteKB.load().article_text(law_id, article, date)


def fine_clauses(law_id: str, article: int, date: DateLike = None, paragraph: int | None = None,
                 item: int | None = None) -> list[FineClause]:
    return StatuteKB.load().fine_clauses(law_id, article, date, paragraph, item)
