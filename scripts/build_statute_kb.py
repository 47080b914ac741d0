"""Build the statute knowledge base (corpora/knowledge/statutes/) from the LawRefBook laws folder.

Per law: id (the file-name stem without date), official title (the ``# `` line), category,
aliases (without 中华人民共和国, hand and systematic abbreviations), and per version (one file
per version, the date in the file name): the events of the info lines (通过/修正/修订/施行),
the effective date, and every article (number, paragraphs, items per paragraph, its text: the
whole article for penalty articles of national laws, else the first characters) with the fine
clauses of penalty articles in structured form (按…计算 floors from any paragraph applied). Build time only:

    .venv/bin/python scripts/build_statute_kb.py --laws ../shared/reference/laws
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from analysis.knowledge.aliases import systematic_aliases  # noqa: E402
from analysis.knowledge.fines import FineClause, apply_floors, parse_fine_clauses  # noqa: E402
from analysis.knowledge.numerals import CN_NUMBER, cn_to_int  # noqa: E402

OUT = ROOT / "corpora" / "knowledge" / "statutes"
CATEGORIES = (
    "宪法", "宪法相关法", "民法典", "民法商法", "行政法", "经济法", "社会法", "刑法", "诉讼与非诉讼程序法",
    "行政法规", "部门规章",
)
TEXT_CHARS = 120
CLAUSE_TEXT_CHARS = 100  # stored tail of a fine clause's sentence
# (law, version date) → effective date where neither the info lines nor the final article state
# it (amendments with a later commencement, truncated texts); effective_source "hand"
EFFECTIVE_OVERRIDES = {
    ("刑法", "2023-12-29"): "2024-03-01",  # 刑法修正案（十二）
    ("安全生产法", "2021-06-10"): "2021-09-01",
    ("土地管理法", "2019-08-26"): "2020-01-01",
    ("水污染防治法", "2017-06-27"): "2018-01-01",
    ("个人所得税法", "2018-08-31"): "2019-01-01",
    ("治安管理处罚法", "2012-10-26"): "2013-01-01",
    ("商标法", "2019-04-23"): "2019-11-01",
    ("专利法", "2020-10-17"): "2021-06-01",
    ("著作权法", "2020-11-11"): "2021-06-01",
    ("种子法", "2021-12-24"): "2022-03-01",
    ("长江保护法", "2020-12-26"): "2021-03-01",
    ("消费者权益保护法", "2013-10-25"): "2014-03-15",
}
SCHEMA = "leadminer.statutes/1"

_DATE_LINE = re.compile(r"^(\d{4})年(\d{1,2})月(\d{1,2})日\s*(.*)$")
_EFFECTIVE_IN_TEXT = re.compile(r"自(\d{4})年(\d{1,2})月(\d{1,2})日起施行")
_ARTICLE = re.compile(rf"^第({CN_NUMBER}) ?条(?:之({CN_NUMBER}))?[\s　]*(.*)$")
_ITEM = re.compile(rf"^[（(]({CN_NUMBER})[）)]")
_FILE_DATE = re.compile(r"^(?P<stem>.+?)\((?P<date>\d{4}-\d{2}-\d{2})\)$")


def event_kind(text: str) -> str:
    if "施行" in text and "通过" not in text:
        return "effective"
    if "修订" in text:
        return "revised"
    if "修正" in text or "修改" in text:
        return "amended"
    if "公布" in text or "发布" in text:
        return "promulgated"
    return "adopted" if "通过" in text else "other"


def parse_file(path: Path) -> dict:
    """Title, info events and articles of one LawRefBook markdown file."""
    lines = path.read_text(encoding="utf-8").splitlines()
    titles, events, body_start = [], [], 0
    for index, line in enumerate(lines):
        if "INFO END" in line:
            body_start = index + 1
            break
        if line.startswith("# "):
            titles.append(line[2:].strip())
        elif match := _DATE_LINE.match(line.strip()):
            y, m, d, text = match.groups()
            events.append({"date": dt.date(int(y), int(m), int(d)).isoformat(), "text": text.strip()[:60],
                           "kind": event_kind(text)})
    articles = parse_articles(lines[body_start:])
    return {"titles": titles, "events": events, "articles": articles}


def parse_articles(lines: list[str]) -> list[dict]:
    articles: list[dict] = []
    for raw in lines:
        line = raw.strip().replace("\u3000", " ").strip()
        if not line or line.startswith(("#", "<!--")):
            continue
        match = _ARTICLE.match(line)
        if match:
            number = cn_to_int(match.group(1))
            sub = cn_to_int(match.group(2)) if match.group(2) else 0
            if not articles or (number, sub) > (articles[-1]["n"], articles[-1]["s"]):
                articles.append({"n": number, "s": sub, "paras": [[match.group(3).strip(), []]]})
                continue
        if not articles:
            continue
        paras = articles[-1]["paras"]
        item = _ITEM.match(line)
        if item and paras:
            paras[-1][1].append(line)
        else:
            paras.append([line, []])
    return articles


def article_text(paras: list) -> str:
    """The whole article: every paragraph with its items, one paragraph per line."""
    return "\n".join(para + "".join(items) for para, items in paras)


def encode_article(article: dict, text_chars: int | None = TEXT_CHARS) -> dict:
    """Compact record: n, s (之N), p (items per paragraph), t (text), f (fines), r (references).

    ``t`` holds the whole article (all paragraphs and items, one paragraph a line) when it is a
    penalty article (罚款) of a national law (``text_chars`` None or the article fines): later
    paragraphs carry fine floors (货值金额不足十万元的，按十万元计算) and ranges the checks need;
    other articles keep their first ``text_chars`` characters."""
    paras = [p for p in article["paras"] if p[0] or p[1]]
    text = "".join(p[0] for p in paras[:1]) or (paras[0][1][0] if paras and paras[0][1] else "")
    whole = article_text(paras)
    full = text_chars is None or ("罚款" in whole and text_chars >= TEXT_CHARS)
    out = {"n": article["n"], "p": [len(items) for _, items in paras], "t": whole if full else text[:text_chars]}
    if article["s"]:
        out["s"] = article["s"]
    fines = []
    for p_index, (para, items) in enumerate(paras, start=1):
        if "罚款" in para:
            fines += [c.to_dict() for c in parse_fine_clauses(para, p_index)]
        for i_index, item in enumerate(items, start=1):
            if "罚款" in item:
                fines += [c.to_dict() for c in parse_fine_clauses(item, p_index, i_index)]
    fines = [c.to_dict() for c in apply_floors([FineClause.from_dict(f) for f in fines], whole)]
    for fine in fines:
        fine["text"] = fine["text"][-CLAUSE_TEXT_CHARS:]
    if fines:
        out["f"] = fines
    refs = penalty_references(paras, {f["paragraph"] for f in fines if f.get("paragraph")})
    if refs:
        out["r"] = refs
    return out


_REF_PARAGRAPH = re.compile(rf"依照(?:本条)?(前款|第({CN_NUMBER})款)(?:的)?规定(?:给予)?(?:处罚|处理)")
_REF_ARTICLE = re.compile(
    rf"依照本(?:法|条例|办法|规定)第({CN_NUMBER})条(?:第({CN_NUMBER})款)?(?:的)?规定(?:给予)?(?:处罚|处理)"
)


def penalty_references(paras: list, fined: set[int]) -> list[dict]:
    """Paragraphs without fines of their own that punish ``依照前款规定`` / ``依照本法第X条的规定``:
    [{p: paragraph, to_p: paragraph}] or [{p: paragraph, to_a: article, to_p: paragraph|None}]."""
    refs = []
    for index, (para, items) in enumerate(paras, start=1):
        if index in fined:
            continue
        text = para + "".join(items)
        if match := _REF_PARAGRAPH.search(text):
            target = index - 1 if match.group(1) == "前款" else cn_to_int(match.group(2))
            if 0 < target != index:
                refs.append({"p": index, "to_p": target})
        elif match := _REF_ARTICLE.search(text):
            ref = {"p": index, "to_a": cn_to_int(match.group(1))}
            if match.group(2):
                ref["to_p"] = cn_to_int(match.group(2))
            refs.append(ref)
    return refs


# laws held here that were repealed and replaced by a differently named law: id → (date, successor)
REPEALED = {
    "环境噪声污染防治法": ("2022-06-05", "噪声污染防治法"),
    "化妆品卫生监督条例": ("2021-01-01", "化妆品监督管理条例"),
    "企业法人登记管理条例": ("2022-03-01", "市场主体登记管理条例"),
    "公司登记管理条例": ("2022-03-01", "市场主体登记管理条例"),
    "个体工商户条例": ("2022-11-01", "促进个体工商户发展条例"),
}


def effective_date(law_id: str, version_date: str, events: list[dict], articles: list[dict]) -> tuple[str, str]:
    """The version's effective date and where it came from (hand table, info line, final
    article, or the version date for amendments that took effect on promulgation)."""
    if (law_id, version_date) in EFFECTIVE_OVERRIDES:
        return EFFECTIVE_OVERRIDES[(law_id, version_date)], "hand"
    # an info line may give the original commencement of an amended text: only a date not
    # before this version's own date is its effective date
    stated = [e["date"] for e in events if e["kind"] == "effective" and e["date"] >= version_date]
    if stated:
        return max(stated), "info"
    for article in reversed(articles[-4:]):
        text = "".join(p[0] for p in article["paras"])
        match = _EFFECTIVE_IN_TEXT.search(text)
        if match:
            date = dt.date(*map(int, match.groups())).isoformat()
            if date >= version_date:
                return date, "final_article"
    return version_date, "version_date"


LOCAL_CATEGORY = "地方性法规"
LOCAL_TEXT_CHARS = 24


def _law_files(laws: Path, local: bool):
    for category in CATEGORIES:
        for path in sorted((laws / category).rglob("*.md")):
            yield category, path, (path.parent.name if path.parent.name != category else None)
    if local:
        for path in sorted((laws / "DLC").glob(f"*/{LOCAL_CATEGORY}/**/*.md")):
            yield LOCAL_CATEGORY, path, path.parent.name


def discover(laws: Path, local: bool = False) -> dict[str, list[tuple[str, Path, str, str | None]]]:
    """Law id → [(version date or '', path, category, department)]; ``local`` adds the DLC
    local regulations (department = province or city)."""
    found: dict[str, list] = defaultdict(list)
    for category, path, department in _law_files(laws, local):
        if path.name.startswith("_"):
            continue
        match = _FILE_DATE.match(path.stem)
        stem, date = (match.group("stem"), match.group("date")) if match else (path.stem, "")
        law_id = "民法典" if category == "民法典" else stem
        found[law_id].append((date, path, category, department))
    return found


def build_law(law_id: str, files: list, out_dir: Path) -> dict:
    parsed_versions: dict[str, dict] = {}
    title, category, department = None, files[0][2], files[0][3]
    for date, path, file_category, _ in sorted(files):
        parsed = parse_file(path)
        if not parsed["articles"]:
            continue
        version_date = date or max((e["date"] for e in parsed["events"] if e["kind"] != "effective"), default="")
        if not version_date:
            continue
        title = title or (parsed["titles"][0] if parsed["titles"] else law_id)
        anchor = "DLC" if file_category == LOCAL_CATEGORY else file_category
        source_file = "/".join(path.parts[path.parts.index(anchor):])
        version = parsed_versions.get(version_date)
        if version is not None and law_id == "民法典":  # one code split into 编 files
            version["articles"] = sorted(version["articles"] + parsed["articles"], key=lambda a: (a["n"], a["s"]))
            version["files"].append(source_file)
            continue
        if version is not None and len(version["articles"]) >= len(parsed["articles"]):
            version["duplicates"].append(source_file)  # same text filed under two categories
            continue
        parsed_versions[version_date] = {"events": parsed["events"], "articles": parsed["articles"],
                                         "files": [source_file], "duplicates": []}
    versions, articles_out = [], {}
    for version_date, version in sorted(parsed_versions.items()):
        effective, how = effective_date(law_id, version_date, version["events"], version["articles"])
        chars = LOCAL_TEXT_CHARS if category == LOCAL_CATEGORY else TEXT_CHARS
        encoded = [encode_article(a, chars) for a in version["articles"]]
        articles_out[version_date] = encoded
        versions.append({
            "date": version_date, "effective_from": effective, "effective_source": how,
            "events": version["events"], "source_files": version["files"],
            "article_count": len(encoded), "last_article": encoded[-1]["n"] if encoded else 0,
            "fine_clause_count": sum(len(a.get("f", [])) for a in encoded),
        })
    if not versions:
        return {}
    file_name = f"{law_id}.json.gz"
    payload = json.dumps({"law": law_id, "versions": articles_out}, ensure_ascii=False, separators=(",", ":"))
    with gzip.GzipFile(out_dir / "articles" / file_name, "wb", mtime=0) as handle:
        handle.write(payload.encode("utf-8"))
    repealed_on, replaced_by = REPEALED.get(law_id, (None, None))
    return {"id": law_id, "title": title, "short_name": law_id, "category": category,
            "repealed_on": repealed_on, "replaced_by": replaced_by,
            "department": department, "aliases": sorted(systematic_aliases(title, law_id)),
            "articles_file": f"articles/{file_name}", "versions": versions}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--laws", type=Path, default=ROOT.parent / "shared" / "reference" / "laws")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--no-local", action="store_true", help="skip the DLC local regulations")
    args = parser.parse_args()
    (args.out / "articles").mkdir(parents=True, exist_ok=True)
    for old in (args.out / "articles").glob("*.json.gz"):
        old.unlink()
    laws = []
    for law_id, files in sorted(discover(args.laws, local=not args.no_local).items()):
        law = build_law(law_id, files, args.out)
        if law:
            laws.append(law)
    source = (args.laws / "SOURCE.md").read_text(encoding="utf-8") if (args.laws / "SOURCE.md").exists() else ""
    commit = re.search(r"commit\s+([0-9a-f]{40})", source)
    index = {"schema": SCHEMA, "source": "LawRefBook/Laws" + (f"@{commit.group(1)}" if commit else ""),
             "categories": list(CATEGORIES), "laws": laws}
    (args.out / "index.json").write_text(json.dumps(index, ensure_ascii=False, separators=(",", ":")),
                                         encoding="utf-8")
    n_versions = sum(len(law["versions"]) for law in laws)
    n_articles = sum(v["article_count"] for law in laws for v in law["versions"])
    n_fines = sum(v["fine_clause_count"] for law in laws for v in law["versions"])
    print(f"{len(laws)} laws, {n_versions} versions, {n_articles} articles, {n_fines} fine clauses")


if __name__ == "__main__":
    main()
