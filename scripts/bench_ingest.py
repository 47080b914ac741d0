"""Benchmark OCR ingestion on rendered decisions with known text; writes docs/benchmarks/ingest.md.

For each page condition (300 dpi clean, 300 dpi sealed+skewed, 200 dpi sealed+skewed, 150 dpi
fax-like), each engine and each preprocessing choice: character error rate (whitespace
ignored), share of amount strings read exactly, seconds per page, peak memory (max RSS of the
worker process), and the bare engine's time on the same pages (the ``tesseract`` command;
RapidOCR called directly), so the pipeline overhead is a ratio.

    nice .venv/bin/python scripts/bench_ingest.py --pages 6
    nice .venv/bin/python scripts/bench_ingest.py --pages 2 --engines rapidocr --no-write

Each (engine, preprocessing) runs in its own worker process (so its peak memory is its own);
inside it, every page is read by the bare engine and by the pipeline back to back.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from multiprocessing import get_context
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

CONDITIONS: dict[str, dict] = {
    "300 dpi clean": dict(dpi=300, noise=4),
    "300 dpi sealed+skewed": dict(dpi=300, seal=True, skew_deg=1.2, noise=6),
    "200 dpi sealed+skewed": dict(dpi=200, seal=True, skew_deg=-1.5, noise=8),
    "150 dpi fax-like": dict(dpi=150, fax=True, skew_deg=0.6),
}
TARGETS = {"300 dpi clean": (0.005, 0.995), "300 dpi sealed+skewed": (0.005, 0.995),
           "200 dpi sealed+skewed": (0.01, 0.98), "150 dpi fax-like": (0.04, 0.90)}
AMOUNT = re.compile(r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?万?元|[零壹贰叁肆伍陆柒捌玖拾佰仟万亿]+元(?:[零壹贰叁肆伍陆柒捌玖]角)?(?:[壹贰叁肆伍陆柒捌玖]分)?整?")

# ---------------------------------------------------------------- decision texts

_DIGITS = "零壹贰叁肆伍陆柒捌玖"
AGENCIES = ["上海市浦东新区市场监督管理局", "杭州市西湖区市场监督管理局", "南京市生态环境局",
            "广州市天河区应急管理局", "成都市武侯区卫生健康局", "武汉市江汉区城市管理执法局",
            "西安市雁塔区市场监督管理局", "苏州市吴中区农业农村局"]
VIOLATIONS = [
    ("销售超过保质期的食品", "《中华人民共和国食品安全法》第三十四条第（十）项", "第一百二十四条第一款"),
    ("生产销售不符合保障人体健康的国家标准的产品", "《中华人民共和国产品质量法》第十三条", "第四十九条"),
    ("未经许可从事危险化学品经营活动", "《危险化学品安全管理条例》第三十三条第一款", "第七十七条第三款"),
    ("通过暗管排放水污染物", "《中华人民共和国水污染防治法》第三十九条", "第八十三条第（三）项"),
    ("销售假冒注册商标的商品", "《中华人民共和国商标法》第五十七条第（三）项", "第六十条第二款"),
]
COMPANY = ["贸易有限公司", "食品有限公司", "化工有限公司", "商贸中心", "科技发展有限公司"]


def spell_upper(value: int) -> str:
    """伍万贰仟元: an integer amount in upper-case Chinese numerals (up to 亿)."""
    def section(n: int) -> str:
        out, zero = "", False
        for unit, base in (("仟", 1000), ("佰", 100), ("拾", 10), ("", 1)):
            digit = n // base % 10
            if digit:
                out += ("零" if zero and out else "") + _DIGITS[digit] + unit
                zero = False
            else:
                zero = True
        return out
    high, low = divmod(value, 10000)
    text = (section(high) + "万" if high else "")
    if low:
        text += ("零" if high and low < 1000 else "") + section(low)
    return (text or "零") + "元"


def amount_forms(rng: random.Random) -> tuple[str, str, str]:
    value = rng.choice([rng.randint(1, 99) * 1000, rng.randint(1, 999) * 100, rng.randint(10, 300) * 10000])
    plain = f"{value:,.2f}元" if rng.random() < 0.5 else f"{value:,}元"
    wan = f"{value / 10000:g}万元"
    return spell_upper(value), plain, wan


def decision_text(rng: random.Random) -> str:
    agency = rng.choice(AGENCIES)
    city = agency[:2]
    fact, violated, basis_article = rng.choice(VIOLATIONS)
    year = rng.randint(2019, 2024)
    upper, plain, wan = amount_forms(rng)
    fine_upper, fine_plain, _ = amount_forms(rng)
    day = f"{year}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"
    law = violated.split("》")[0] + "》"
    lines = [
        agency, "行政处罚决定书", f"{city[0]}市监罚〔{year}〕{rng.randint(1, 999)}号",
        f"当事人：{city}{rng.choice('华恒泰盛兴鑫瑞')}{rng.choice('达源丰宏康')}{rng.choice(COMPANY)}，"
        f"住所：{city}市{rng.choice(['中山路', '人民路', '解放大道', '建设路'])}{rng.randint(1, 300)}号。",
        f"经查，当事人于{year - 1}年{rng.randint(1, 6)}月至{year - 1}年{rng.randint(7, 12)}月期间{fact}，"
        f"货值金额为人民币{plain}（大写：{upper}），违法所得{wan}。",
        "上述事实有现场检查笔录、询问笔录、销售记录、当事人营业执照复印件等证据为证。",
        f"当事人的上述行为违反了{violated}的规定。依据{law}{basis_article}的规定，本局决定："
        f"一、没收违法所得{wan}；二、罚款人民币{fine_plain}（{fine_upper}）。",
        "当事人应当自收到本决定书之日起十五日内缴纳罚款。逾期不缴纳的，每日按罚款数额的百分之三加处罚款。",
        "如不服本决定，可以在收到本决定书之日起六十日内申请行政复议，或者在六个月内依法提起行政诉讼。",
        agency, day,
    ]
    return "\n".join(lines)


def make_texts(count: int, seed: int, source: str = "builtin") -> list[str]:
    """``builtin``: the one-page texts above; ``generator``: ``corpora.generator`` decisions (1–2 pages)."""
    if source == "generator":
        from corpora.generator import generate

        return [decision.text for decision in generate(count, seed=seed)]
    rng = random.Random(seed)
    return [decision_text(rng) for _ in range(count)]


# ---------------------------------------------------------------- measuring


@dataclass
class PageResult:
    condition: str
    cer: float
    amounts_total: int
    amounts_exact: int
    seconds: float
    bare_seconds: float
    wall_seconds: float
    bare_wall_seconds: float = 0.0
    steps: list[str] = field(default_factory=list)


def amounts_in(text: str) -> list[str]:
    return AMOUNT.findall(re.sub(r"\s+", "", text))


def cpu_seconds() -> float:
    """CPU time of this process (all threads) and of its finished children (the tesseract command).

    CPU time, not wall time, because other jobs share the cores: wall times swing several-fold.
    """
    import resource

    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + children.ru_utime + children.ru_stime


def bare_engine_seconds(engine: str, png: Path, image, languages: str) -> tuple[float, float]:
    """(CPU, wall) seconds of the bare engine on the page image the pipeline gets.

    RapidOCR: the same ``RapidOCR`` object the pipeline uses (same models, thread counts,
    detector size, angle classifier setting), called directly on the same PIL image (it
    converts the image itself). Tesseract: the ``tesseract`` command on the page's PNG.
    """
    if engine == "tesseract":
        start, wall = cpu_seconds(), time.perf_counter()
        subprocess.run(["tesseract", str(png), "stdout", "-l", languages, "--oem", "1", "--psm", "6", "tsv"],
                       check=True, capture_output=True)
        return cpu_seconds() - start, time.perf_counter() - wall

    from analysis.ocr import engine_for
    from analysis.settings import AnalysisSettings

    rapid_engine = engine_for(AnalysisSettings(ocr_engine="rapidocr"))
    start, wall = cpu_seconds(), time.perf_counter()
    rapid_engine._ocr(image, use_cls=rapid_engine.options.use_angle_classifier,
                      text_score=rapid_engine.options.text_score)
    return cpu_seconds() - start, time.perf_counter() - wall


def pipeline_seconds(image, settings):
    from analysis.ocr import ocr_image

    start, wall = cpu_seconds(), time.perf_counter()
    page = ocr_image(image, settings, 1)
    return page, cpu_seconds() - start, time.perf_counter() - wall


def run_config(engine: str, preprocess: str, pages: list[tuple[str, str, str]]) -> tuple[list[PageResult], float]:
    """Worker: read every (condition, png path, reference) page; returns results and peak RSS (MB)."""
    import resource

    from PIL import Image

    from analysis.ocr import engine_for, ocr_image
    from analysis.ocr.quality import character_error_rate
    from analysis.settings import AnalysisSettings

    settings = AnalysisSettings(ocr_engine=engine, ocr_preprocess=preprocess, ocr_cache_dir=None)
    warm = Image.open(pages[0][1]).convert("RGB")
    ocr_image(warm.crop((0, 0, warm.width, warm.height // 4)), settings, 0)  # load models, warm caches
    results = []
    for index, (condition, png, reference) in enumerate(pages):
        image = Image.open(png).convert("RGB")
        image.load()
        languages = getattr(engine_for(settings), "effective_languages", settings.ocr_languages)
        # Interleaved, alternating which goes first, so the neighbours' load hits both alike.
        if index % 2 == 0:
            bare, bare_wall = bare_engine_seconds(engine, Path(png), image, languages)  # same -l
            page, seconds, wall = pipeline_seconds(image, settings)
        else:
            page, seconds, wall = pipeline_seconds(image, settings)
            bare, bare_wall = bare_engine_seconds(engine, Path(png), image, languages)
        wanted = amounts_in(reference)
        read = re.sub(r"\s+", "", page.text)
        exact = sum(1 for amount in wanted if amount in read)
        results.append(PageResult(condition, character_error_rate(page.text, reference), len(wanted), exact,
                                  seconds, bare, wall, bare_wall, page.preprocessing))
    peak_kb = max(resource.getrusage(who).ru_maxrss for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))
    peak_mb = peak_kb / 1024  # the largest of the worker and its tesseract children
    return results, peak_mb


def render_pages(texts: list[str], folder: Path) -> list[tuple[str, str, str]]:
    from corpora.render.scan import render_document

    pages = []
    for condition, options in CONDITIONS.items():
        for index, text in enumerate(texts):
            document = render_document(text, seed=index, **options)
            for number, (image, reference) in enumerate(zip(document.images, document.texts, strict=True)):
                png = folder / f"{len(pages):03d}-p{number}.png"
                image.save(png, compress_level=1)
                pages.append((condition, str(png), reference))
    return pages


# ---------------------------------------------------------------- report


def summarize(rows: list[PageResult]) -> dict[str, float]:
    total = sum(r.amounts_total for r in rows)
    seconds = sum(r.seconds for r in rows)
    bare = sum(r.bare_seconds for r in rows)
    return {"pages": len(rows), "cer_mean": statistics.fmean(r.cer for r in rows),
            "cer_median": statistics.median(r.cer for r in rows),
            "amounts": (sum(r.amounts_exact for r in rows) / total) if total else float("nan"),
            "amount_count": total, "seconds": seconds / len(rows), "bare": bare / len(rows),
            "ratio": seconds / bare if bare else float("nan"),
            "wall": statistics.fmean(r.wall_seconds for r in rows),
            "bare_wall": statistics.fmean(r.bare_wall_seconds for r in rows),
            "wall_ratio": sum(r.wall_seconds for r in rows) / max(sum(r.bare_wall_seconds for r in rows), 1e-9)}


def report(results: dict[tuple[str, str], tuple[list[PageResult], float]], command: str,
           loads: dict[tuple[str, str], tuple[float, float]] | None = None) -> str:
    lines = [
        "# Ingest benchmark: OCR of rendered decisions", "",
        f"- date: {dt.datetime.now(dt.timezone.utc):%Y-%m-%d %H:%M} UTC",
        f"- machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
        f"{platform.platform()}",
        f"- command: `{command}`",
        "- pages: decision texts with known amounts (伍万贰仟元 / 52,000.00元 / 5.2万元 forms) rendered by "
        "`corpora.render.scan`; CER = character edit distance / reference length, whitespace ignored; "
        "amounts = share of the reference's amount strings found verbatim in the OCR text; "
        "times are CPU seconds per page (all threads, plus the tesseract child process), because other jobs "
        "shared the two cores and wall times swung several-fold; wall s/page is shown for reference; "
        "overhead = pipeline time / bare engine time on the same page image (the same engine object and "
        "settings, the same PIL image; pipeline and bare runs interleaved page by page, alternating which "
        "goes first); load = 1-minute load average of the machine before and after each configuration; memory = peak RSS of the "
        "worker process or, if larger, of one of its tesseract child processes.", "",
        "| condition | engine | preprocess | pages | CER mean | CER median | amounts exact | CPU s/page | "
        "bare CPU s/page | overhead (CPU) | wall s/page | bare wall s/page | overhead (wall) | peak MB | "
        "target CER / amounts |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for (engine, preprocess), (rows, peak) in results.items():
        for condition in CONDITIONS:
            subset = [r for r in rows if r.condition == condition]
            if not subset:
                continue
            s = summarize(subset)
            cer_target, amount_target = TARGETS[condition]
            lines.append(
                f"| {condition} | {engine} | {preprocess} | {s['pages']} | {s['cer_mean']:.2%} | "
                f"{s['cer_median']:.2%} | {s['amounts']:.1%} ({s['amount_count']}) | {s['seconds']:.2f} | "
                f"{s['bare']:.2f} | {s['ratio']:.2f}× | {s['wall']:.2f} | {s['bare_wall']:.2f} | {s['wall_ratio']:.2f}× | {peak:.0f} | ≤ {cer_target:.1%} / ≥ {amount_target:.1%} |")
    if loads:
        lines += ["", "Load average (1 min) before → after each configuration: " + "; ".join(
            f"{engine} {preprocess} {before:.1f} → {after:.1f}" for (engine, preprocess), (before, after) in loads.items())]
    lines += ["", "Preprocessing steps applied by `auto` (first page of each condition):", ""]
    for (engine, preprocess), (rows, _) in results.items():
        if preprocess == "auto":
            for condition in CONDITIONS:
                first = next((r for r in rows if r.condition == condition), None)
                if first:
                    lines.append(f"- {engine}, {condition}: {', '.join(first.steps) or '(none)'}")
    return "\n".join(lines) + "\n"


def kept_notes(path: Path) -> str:
    """The hand-written ``## Notes`` section of an earlier report (tuning decisions), kept as is."""
    if not path.exists():
        return ""
    old = path.read_text(encoding="utf-8")
    marker = old.find("\n## Notes")
    return old[marker:] if marker >= 0 else ""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=6, help="decisions per condition")
    parser.add_argument("--engines", default="rapidocr,tesseract")
    parser.add_argument("--preprocess", default="none,auto", help="comma list; each is an ocr_preprocess value")
    parser.add_argument("--conditions", default="", help="comma list of condition name prefixes (default all)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--source", choices=("builtin", "generator"), default="builtin",
                        help="decision texts: one-page built-in texts or corpora.generator decisions")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "benchmarks" / "ingest.md")
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args()
    if args.conditions:
        wanted = [c.strip() for c in args.conditions.split(",")]
        for name in list(CONDITIONS):
            if not any(name.startswith(w) for w in wanted):
                del CONDITIONS[name]
    texts = make_texts(args.pages, args.seed, args.source)
    results, loads = {}, {}
    with tempfile.TemporaryDirectory() as folder:
        pages = render_pages(texts, Path(folder))
        for engine in args.engines.split(","):
            for preprocess in args.preprocess.split(","):
                before = os.getloadavg()[0]
                with ProcessPoolExecutor(max_workers=1, mp_context=get_context("spawn")) as pool:
                    results[(engine, preprocess)] = pool.submit(run_config, engine, preprocess, pages).result()
                loads[(engine, preprocess)] = (before, os.getloadavg()[0])
                rows, peak = results[(engine, preprocess)]
                for condition in CONDITIONS:
                    subset = [r for r in rows if r.condition == condition]
                    s = summarize(subset)
                    print(f"{engine:9s} {preprocess:8s} {condition:22s} CER {s['cer_mean']:.2%} "
                          f"amounts {s['amounts']:.1%} {s['seconds']:.2f}s bare {s['bare']:.2f}s "
                          f"x{s['ratio']:.2f} wall {s['wall']:.2f}s bare {s['bare_wall']:.2f}s x{s['wall_ratio']:.2f} "
                          f"peak {peak:.0f}MB load {loads[(engine, preprocess)]}", flush=True)
    command = "nice .venv/bin/python scripts/bench_ingest.py " + " ".join(sys.argv[1:])
    text = report(results, command.strip(), loads)
    if not args.no_write:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(text + kept_notes(args.out), encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
