"""``leadminer train`` and ``leadminer models list|promote|rollback``: retraining and the registry."""

from __future__ import annotations

import json
import multiprocessing
import os
import resource
import time
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

import typer

models_app = typer.Typer(help="模型版本：列出、发布、回退。", no_args_is_help=True)


def train(
    corpus: Annotated[Path | None, typer.Option(help="corpus folder or gold.jsonl; default: generate")] = None,
    n: Annotated[int, typer.Option(help="documents to generate when no --corpus is given")] = 3000,
    seed: Annotated[int, typer.Option(help="generator seed")] = 7,
    models: Annotated[Path | None, typer.Option(help="model registry folder")] = None,
    labeled: Annotated[Path | None, typer.Option(help="folder of labeled JSONL (origin=review rows)")] = None,
    spacy_textcat: Annotated[bool, typer.Option(
        "--with-spacy-textcat/--no-spacy", "--spacy",
        help="also train the spaCy textcat for the comparison with sklearn (opt-in: it ties sklearn, "
             "costs 3-4 CPU minutes on 5,000 documents)")] = False,
    ner: Annotated[bool, typer.Option("--ner/--no-ner", help="also train the party/agency NER")] = True,
    scorer: Annotated[bool, typer.Option("--scorer/--no-scorer", help="also train the lead scorer")] = True,
    jobs: Annotated[int, typer.Option(help="processes: NER in one while sklearn trains, the lead scorer's "
                                           "document analysis in all (0 = CPU cores, 1 = serial)")] = 2,
    promote: Annotated[bool, typer.Option(help="promote the new versions right away")] = False,
    report: Annotated[Path | None, typer.Option(help="write a Markdown timing/metrics report here")] = None,
) -> None:
    """Retrain the domain/violation classifier, the NER and the lead scorer; write new versions
    with model cards (each compared with the promoted version on the same held-out split)."""
    from analysis.classify.data import LABELED_DIR, load_gold, load_review_labels
    from analysis.classify.training import (
        TrainOptions,
        format_training_report,
        start_ner,
        timed,
        train_models,
    )
    from analysis.models import ModelRegistry
    from analysis.scoring.training import submit_analysis, train_from_rows

    started = time.perf_counter()
    if corpus is not None:
        examples, rows, source = load_gold(corpus), None, str(corpus)
    else:
        (examples, rows), source = _generated(n, seed), f"corpora.generator n={n} seed={seed}"
    generation = time.perf_counter() - started
    reviewed = load_review_labels(labeled or LABELED_DIR)
    registry = ModelRegistry(models)
    started = time.perf_counter()
    with _pool(jobs) as executor:
        options = TrainOptions(compare_spacy=spacy_textcat, train_ner=ner, executor=executor)
        described = f"{source} + {len(reviewed)} reviewed"
        # Order matters on a pool: the NER first (one worker), then the scorer's document
        # analysis (the other worker, later both), while this process fits sklearn.
        ner_job = start_ner(examples + reviewed, registry, options, source=described)
        scorer_rows = _scorer_rows(corpus, rows, labeled) if scorer else None
        analysis = (submit_analysis(scorer_rows[0], scorer_rows[1] or Path("."), executor)
                    if scorer and executor is not None else None)
        result = train_models(examples + reviewed, registry, options, source=described, ner_job=ner_job)
        lead = None
        if scorer_rows is not None:
            with timed(result.timings, "lead_scorer"):
                lead = train_from_rows(scorer_rows[0], registry=registry, base=scorer_rows[1], promote=False,
                                       source=source, analysis=analysis, timings=result.timings)
    result.timings["whole_command_cpu"] = round(_cpu_all(), 2)
    if report is not None:
        report.parent.mkdir(parents=True, exist_ok=True)
        report.write_text(format_training_report(
            result, documents=len(examples) + len(reviewed), wall_seconds=time.perf_counter() - started,
            generation_seconds=generation if corpus is None else None) + _scorer_report(lead), encoding="utf-8")
    typer.echo(f"新版本：{result.domain.ref}（{result.card['backend']}）"
               + (f"，{result.ner.ref}" if result.ner else "") + (f"，{lead[0].ref}" if lead else ""))
    typer.echo(json.dumps({"candidates": result.card["candidates"],
                           "comparison_with_promoted": result.card["comparison_with_promoted"],
                           "timings_seconds": result.timings}, ensure_ascii=False, indent=2))
    if lead is not None:
        typer.echo(json.dumps({"lead_scorer": lead[1]["headline_metrics"],
                               "comparison_with_promoted": lead[1]["comparison_with_promoted"]},
                              ensure_ascii=False, indent=2))
    if promote:
        for version in (result.domain, result.ner, lead[0] if lead else None):
            if version is not None:
                registry.promote(version.name, version.version)
                typer.echo(f"已发布 {version.ref}")


def _generated(n: int, seed: int):
    """Classifier examples and the gold rows (split set) of ``n`` generated decisions."""
    from analysis.classify.data import from_row
    from corpora.generator import generate

    examples, rows = [], []
    for decision in generate(n, seed):
        split = _split(decision)
        row = {"document_id": getattr(decision, "document_id", None), "text": decision.text,
               "split": split, "gold": decision.gold}
        example = from_row(row)
        if example is not None:
            examples.append(example)
        rows.append(decision.gold.model_copy(update={"split": split, "text": decision.gold.text or decision.text}))
    return examples, rows


@contextmanager
def _pool(jobs: int) -> Iterator[ProcessPoolExecutor | None]:
    """A process pool of ``jobs`` workers (None when serial). Workers are spawned, not forked,
    so a pool started inside a threaded process (a test runner, the service) cannot inherit a
    lock held at fork time; each worker imports the code and builds its pipeline once."""
    jobs = jobs or os.cpu_count() or 1
    if jobs <= 1:
        yield None
        return
    with ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context("spawn")) as pool:
        yield pool


def _cpu_all() -> float:
    """CPU seconds of this process and its finished worker processes (user + system)."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _scorer_rows(corpus: Path | None, rows, labeled: Path | None) -> tuple[list, Path | None]:
    """The lead scorer's gold rows (the corpus and the reviewed labels) and their base folder."""
    from analysis.classify.data import LABELED_DIR
    from analysis.scoring.training import load_rows

    labeled_dir = labeled or LABELED_DIR
    if rows is None:
        return load_rows(corpus, labeled_dir), corpus if corpus.is_dir() else corpus.parent
    return rows + load_rows_labeled(labeled_dir), None


def _scorer_report(lead) -> str:
    """The lead scorer's lines of the Markdown report: held-out metrics and the promoted version's."""
    if lead is None:
        return ""
    version, card = lead
    comparison = card["comparison_with_promoted"]
    line = f"\nLead scorer {version.ref}, held-out dev+test: {card['headline_metrics']}"
    if comparison:
        line += f"; promoted {comparison['promoted']}; delta {comparison['delta']}"
    return line + ".\n"


def load_rows_labeled(folder: Path) -> list:
    """Reviewed rows (origin ``review``) of the labeled JSONL folder."""
    from analysis.labels import read_jsonl

    if not folder.is_dir():
        return []
    return [row for file in sorted(folder.glob("*.jsonl")) for row in read_jsonl(file) if row.origin == "review"]


@models_app.command("list")
def list_models(models: Annotated[Path | None, typer.Option(help="model registry folder")] = None) -> None:
    """Every model version, the promoted one marked with *."""
    from analysis.models import ModelRegistry

    rows = ModelRegistry(models).list()
    if not rows:
        typer.echo("（没有模型）")
    for row in rows:
        mark = "*" if row["promoted"] else " "
        metrics = ", ".join(f"{k}={v}" for k, v in row["metrics"].items() if v is not None)
        typer.echo(f"{mark} {row['name']}/{row['version']}  {row['backend'] or ''}  {row['created'] or ''}  {metrics}")


@models_app.command("promote")
def promote_model(name: str, version: str,
                  models: Annotated[Path | None, typer.Option(help="model registry folder")] = None) -> None:
    """Make NAME/VERSION the version in use."""
    from analysis.models import ModelRegistry

    promoted = ModelRegistry(models).promote(name, version)
    typer.echo(f"已发布 {promoted.ref}")


@models_app.command("rollback")
def rollback_model(name: str,
                   models: Annotated[Path | None, typer.Option(help="model registry folder")] = None) -> None:
    """Restore the version promoted before the current one."""
    from analysis.models import ModelRegistry

    restored = ModelRegistry(models).rollback(name)
    typer.echo(f"已回退到 {restored.ref}")


def register(app: typer.Typer) -> None:
    app.command("train")(train)
    app.add_typer(models_app, name="models")


def _split(decision) -> str:
    """The corpus writer's group-safe split (a repeat-offender group never straddles splits)."""
    from corpora.generator.corpus import split_of

    gold = decision.gold
    return gold.split or split_of(gold.case_group or gold.document_id)
