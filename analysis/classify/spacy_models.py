"""spaCy ``textcat`` (domain) and ``ner`` (parties, agencies) trained from the repo's .cfg files.

Training goes through ``spacy.cli.train.train`` with ``analysis/nlp/config/domain.cfg`` or
``ner.cfg`` and DocBin files written to a temporary folder, so the saved pipeline carries its
full config. The NER trains on the lines of each decision that hold a gold entity (plus a
share of lines without one) rather than on whole decisions: parties and agencies sit in the
header, party block and signature, and short lines keep training to minutes on two cores.
"""

from __future__ import annotations

import random
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path

from analysis.classify.baseline import Prediction
from analysis.classify.data import LabeledText
from analysis.nlp import make_nlp

CONFIG_DIR = Path(__file__).resolve().parents[1] / "nlp" / "config"
MAX_TEXTCAT_CHARS = 2000  # header, parties and facts: where the domain shows; keeps training short


def textcat_docs(examples: Sequence[LabeledText], labels: Sequence[str]):
    nlp = make_nlp(with_rules=False)
    for example in examples:
        doc = nlp.make_doc(example.text[:MAX_TEXTCAT_CHARS])
        doc.cats = {label: float(label == example.domain) for label in labels}
        yield doc


def entity_lines(example: LabeledText, negatives: float, rng: random.Random):
    """(line text, entity spans relative to the line) for lines with entities, some without."""
    offset = 0
    for line in example.text.split("\n"):
        end = offset + len(line)
        spans = [(s - offset, e - offset, label) for s, e, label in example.entities
                 if s >= offset and e <= end]
        if line.strip() and (spans or rng.random() < negatives):
            yield line, spans
        offset = end + 1


def ner_docs(examples: Sequence[LabeledText], negatives: float = 0.1, seed: int = 0):
    nlp = make_nlp(with_rules=False)
    rng = random.Random(seed)
    for example in examples:
        for line, spans in entity_lines(example, negatives, rng):
            doc = nlp.make_doc(line)
            ents = [doc.char_span(s, e, label=label, alignment_mode="expand") for s, e, label in spans]
            doc.ents = _filter([span for span in ents if span is not None])
            yield doc


def _filter(spans):
    from spacy.util import filter_spans

    return filter_spans(spans)


def _write(docs: Iterable, path: Path) -> int:
    from spacy.tokens import DocBin

    bin_ = DocBin(store_user_data=False)
    count = 0
    for doc in docs:
        bin_.add(doc)
        count += 1
    bin_.to_disk(path)
    return count


def train_from_config(config_name: str, train_docs: Iterable, dev_docs: Iterable, output: Path,
                      overrides: dict | None = None):
    """Train with ``analysis/nlp/config/<config_name>.cfg``; returns the best pipeline."""
    import spacy
    from spacy.cli.train import train

    with tempfile.TemporaryDirectory(prefix="leadminer-spacy-") as tmp:
        tmp_path = Path(tmp)
        _write(train_docs, tmp_path / "train.spacy")
        _write(dev_docs, tmp_path / "dev.spacy")
        settings = {"paths.train": str(tmp_path / "train.spacy"),
                    "paths.dev": str(tmp_path / "dev.spacy"), **(overrides or {})}
        train(CONFIG_DIR / f"{config_name}.cfg", tmp_path / "out", use_gpu=-1, overrides=settings)
        nlp = spacy.load(tmp_path / "out" / "model-best")
    nlp.to_disk(output)
    return nlp


def _eval_every(n_train: int) -> dict:
    """Evaluate on dev about twice per epoch (batches hold ~5-15 decisions), so small corpora
    still pick a trained epoch and large ones do not spend their time evaluating."""
    return {"training.eval_frequency": max(5, min(400, n_train // 20))}


def train_textcat(train: Sequence[LabeledText], dev: Sequence[LabeledText], output: Path,
                  overrides: dict | None = None):
    labels = sorted({e.domain for e in train})
    return train_from_config("domain", textcat_docs(train, labels), textcat_docs(dev, labels),
                             output, {**_eval_every(len(train)), **(overrides or {})})


def train_ner(train: Sequence[LabeledText], dev: Sequence[LabeledText], output: Path,
              overrides: dict | None = None):
    return train_from_config("ner", ner_docs(train), ner_docs(dev, negatives=0.0), output,
                             {**_eval_every(len(train)), **(overrides or {})})


def load_pipeline(path: Path):
    import spacy

    import analysis.nlp  # noqa: F401 - registers the segmenter callback and rule factory

    return spacy.load(path)


class SpacyTextClassifier:
    """Adapter giving a spaCy textcat pipeline the ``predict`` interface of the baseline."""

    def __init__(self, nlp) -> None:
        self.nlp = nlp

    @property
    def labels(self) -> list[str]:
        return list(self.nlp.get_pipe("textcat").labels)

    def predict(self, texts: Sequence[str]) -> list[Prediction]:
        out = []
        for doc in self.nlp.pipe(t[:MAX_TEXTCAT_CHARS] for t in texts):
            label, score = max(doc.cats.items(), key=lambda item: item[1])
            out.append(Prediction(label, float(score), dict(doc.cats)))
        return out


def extract_entities(nlp, text: str) -> list[tuple[int, int, str]]:
    """NER spans over a whole decision, line by line as in training."""
    found, offset = [], 0
    lines = text.split("\n")
    for line, doc in zip(lines, nlp.pipe(lines), strict=True):
        found.extend((offset + ent.start_char, offset + ent.end_char, ent.label_) for ent in doc.ents)
        offset += len(line) + 1
    return found
