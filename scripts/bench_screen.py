"""Benchmark ``leadminer screen`` on generated text decisions; figures → docs/benchmarks/screen_speed.md.

    .venv/bin/python scripts/bench_screen.py [--n 1000] [--seed 21] [--out docs/benchmarks/screen_speed.md] \
        [--evaluation eval.json --evaluation-note "how it was made"]...

Generates ``n`` plain-text decisions with ``leadminer corpus generate``, runs the real command
``leadminer screen FOLDER --out report.xlsx`` (ingest, normalize, extract, classify, rules,
linking over the batch, learned scores, XLSX report) as a subprocess and records wall time,
documents per second, the machine's load average (other jobs share the cores) and the clue
counts. Target: 1,000 documents in under 2 minutes. Each ``--evaluation`` (JSON of
``leadminer evaluate ranking --json``, e.g. one on the natural lead mix and one at a realistic
lead share) is appended with its note.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LEADMINER = [sys.executable, "-m", "service.cli.main"]
TARGET_SECONDS = 120


def run(args: list[str]) -> tuple[float, str]:
    started = time.perf_counter()
    done = subprocess.run(LEADMINER + args, cwd=ROOT, capture_output=True, text=True, check=True)
    return time.perf_counter() - started, done.stderr


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def clue_counts(report: Path) -> tuple[int, dict[str, int]]:
    from openpyxl import load_workbook

    book = load_workbook(report, read_only=True)
    rows = list(book["线索"].iter_rows(min_row=2, values_only=True))
    kinds: dict[str, int] = {}
    for row in rows:
        kinds[row[2]] = kinds.get(row[2], 0) + 1
    return len(rows), kinds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=21)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "benchmarks" / "screen_speed.md")
    parser.add_argument("--evaluation", type=Path, action="append", default=[],
                        help="JSON of `leadminer evaluate ranking --json` to append (repeatable)")
    parser.add_argument("--evaluation-note", action="append", default=[],
                        help="how each evaluation was obtained (command, seed, n, lead share)")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        corpus, report = Path(tmp) / "corpus", Path(tmp) / "report.xlsx"
        generated, _ = run(["corpus", "generate", "--n", str(options.n), "--seed", str(options.seed),
                            "--out", str(corpus), "--formats", "txt", "--scan-share", "0"])
        load_before = os.getloadavg()[0]
        cpu_before = _children_cpu()
        seconds, log = run(["screen", str(corpus), "--out", str(report), "--no-progress"])
        cpu = _children_cpu() - cpu_before
        load_after = os.getloadavg()[0]
        clues, kinds = clue_counts(report)
    summary = log.strip().splitlines()[-1] if log.strip() else ""
    lines = [
        "# Benchmark: `leadminer screen`", "",
        f"Measured {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC by `scripts/bench_screen.py` on "
        f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}; "
        f"1-minute load average {load_before:.1f} before and {load_after:.1f} after the run "
        "(other jobs share the cores).", "",
        "| documents | format | seconds | documents/s | target | met |", "|---|---|---|---|---|---|",
        f"| {options.n} | txt (utf-8, gb18030, utf-16) | {seconds:.1f} | {options.n / seconds:.1f} | "
        f"< {TARGET_SECONDS} s | {'yes' if seconds < TARGET_SECONDS else 'no'} |", "",
        f"CPU time of the screening process: {cpu:.1f} s (user+system; on an otherwise idle 2-core machine the"
        f" wall time is about this figure, as the command runs one worker by default).", "",
        f"The timed command: `leadminer screen CORPUS --out report.xlsx --no-progress` (process start,"
        f" model and knowledge loading, ingest, normalize, extract, classify, rules, batch linking,"
        f" learned scores, XLSX). Corpus generation ({generated:.1f} s) is not included.", "",
        f"Clue rows in the report: {clues} ({', '.join(f'{k} {v}' for k, v in sorted(kinds.items()))}).", "",
        f"Command summary: `{summary}`", "",
    ]
    for index, evaluation in enumerate(options.evaluation):
        from analysis.evaluation.ranking import format_report

        note = options.evaluation_note[index] if index < len(options.evaluation_note) else ""
        report = json.loads(evaluation.read_text(encoding="utf-8"))
        lines += [f"## Lead quality {index + 1} (held-out generated decisions)", "", note, "",
                  format_report(report).replace("# ", "### ", 1), ""]
    options.out.parent.mkdir(parents=True, exist_ok=True)
    options.out.write_text("\n".join(lines), encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
