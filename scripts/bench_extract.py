"""Benchmark: field extraction (normalize + sections + all field families) on text documents.

Runs in one process (one core) on decisions from the corpus generator (and the hand-written
test decisions), after one warm-up pass that loads the statute knowledge base, and writes
documents per second per core to docs/benchmarks/extract.md.

    .venv/bin/python scripts/bench_extract.py [--n 300] [--seed 3] [--repeat 2]
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from analysis.extract.component import FieldExtractor  # noqa: E402
from analysis.record import DocumentRecord, Source  # noqa: E402

TARGET = 20.0


def texts(n: int, seed: int) -> list[str]:
    found = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests/extract/data").glob("*/*.txt"))]
    try:
        from corpora.generator import generate

        found += [decision.text for decision in generate(n, seed=seed)]
    except ImportError:
        pass
    return found


def run(documents: list[str], extractor: FieldExtractor) -> float:
    started = time.perf_counter()
    for index, text in enumerate(documents):
        extractor(DocumentRecord(document_id=str(index), source=Source(name=f"{index}.txt"), text=text))
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=300)
    parser.add_argument("--seed", type=int, default=3)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--out", type=Path, default=ROOT / "docs/benchmarks/extract.md")
    args = parser.parse_args()
    documents = texts(args.n, args.seed)
    extractor = FieldExtractor()
    run(documents[:5], extractor)  # warm-up: statute KB and article files
    timings = [run(documents, extractor) for _ in range(args.repeat)]
    best, median = min(timings), statistics.median(timings)
    chars = sum(len(t) for t in documents) / len(documents)
    rate = len(documents) / median
    lines = [
        "# Benchmark: field extraction on text documents",
        "",
        f"- Date: {datetime.now(timezone.utc).strftime('%Y-%m-%d %H:%M UTC')}",
        f"- Machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores visible, "
        f"Python {platform.python_version()}; one process (one core), shared with other jobs",
        f"- Documents: {len(documents)} (generator seed {args.seed} + hand-written), mean {chars:.0f} characters",
        "- Component: `extract.fields.v1` (normalize, sections, number/agency/dates, parties, amounts, "
        "quantities, penalties, statutes with KB version/existence)",
        f"- Runs: {args.repeat} after a warm-up; median {median:.2f} s, best {best:.2f} s",
        "",
        "| measure | value | target |",
        "|---|---|---|",
        f"| documents per second per core (median run) | {rate:.1f} | ≥ {TARGET:.0f} |",
        f"| milliseconds per document | {1000 * median / len(documents):.1f} | — |",
        "",
        f"Reproduce: `.venv/bin/python scripts/bench_extract.py --n {args.n} --seed {args.seed}`",
    ]
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
