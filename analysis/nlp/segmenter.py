"""jieba segmentation with the legal user dictionary, wired into spaCy's ``zh`` tokenizer.

spaCy's ``ChineseTokenizer`` calls the global ``jieba`` module, so loading the user dictionary
once into jieba is enough; the ``leadminer.legal_userdict.v1`` callback does it from a
pipeline's config (``[nlp] before_creation``) so a pipeline loaded from disk segments exactly
as the one that was trained.
"""

from __future__ import annotations

import json
import logging
import re
import threading
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

USERDICT = Path(__file__).with_name("legal_userdict.txt")
STATUTES_DIR = Path(__file__).resolve().parents[2] / "corpora" / "knowledge" / "statutes"
_LAW_NAME = re.compile(r"^[\u4e00-\u9fff（）()]{2,40}(法|条例|规定|办法|细则|决定|规则)$")
_NAME_KEYS = {"name", "law", "title", "full_name", "short_name", "aliases", "alias", "short"}
_lock = threading.Lock()
_loaded = False


def load_legal_userdict() -> int:
    """Load the legal dictionary (and knowledge-base law names) into jieba once; word count."""
    global _loaded
    with _lock:
        if _loaded:
            return 0
        import jieba

        jieba.setLogLevel(logging.WARNING)
        jieba.load_userdict(str(USERDICT))
        names = sorted(set(knowledge_law_names()))
        for name in names:
            jieba.add_word(name, freq=50000, tag="nz")
        _loaded = True
        return sum(1 for _ in USERDICT.open(encoding="utf-8")) + len(names)


def knowledge_law_names(root: Path = STATUTES_DIR) -> Iterator[str]:
    """Law names and aliases found in the statute knowledge base (YAML/JSON), if present."""
    if not root.is_dir():
        return
    for path in sorted(root.rglob("*")):
        if path.suffix not in {".yaml", ".yml", ".json", ".jsonl"}:
            continue
        try:
            documents = list(_read_structured(path))
        except Exception:  # a malformed file must not break segmentation
            continue
        for document in documents:
            yield from _names_in(document)


def _read_structured(path: Path) -> Iterator[Any]:
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".jsonl":
        yield from (json.loads(line) for line in text.splitlines() if line.strip())
    elif path.suffix == ".json":
        yield json.loads(text)
    else:
        import yaml

        yield from yaml.safe_load_all(text)


def _names_in(node: Any, key: str | None = None) -> Iterator[str]:
    if isinstance(node, dict):
        for child_key, child in node.items():
            yield from _names_in(child, str(child_key))
    elif isinstance(node, list):
        for child in node:
            yield from _names_in(child, key)
    elif isinstance(node, str) and key in _NAME_KEYS:
        name = node.strip("《》 ")
        if _LAW_NAME.match(name):
            yield name


def _register_callback() -> None:
    from spacy.util import registry

    @registry.callbacks("leadminer.legal_userdict.v1")
    def make_userdict_callback():  # noqa: ANN202 - spaCy resolves this from the config
        def before_creation(lang_class):
            load_legal_userdict()
            return lang_class

        return before_creation


_register_callback()

ZH_CONFIG: dict[str, Any] = {
    "nlp": {
        "tokenizer": {"@tokenizers": "spacy.zh.ChineseTokenizer", "segmenter": "jieba"},
        "before_creation": {"@callbacks": "leadminer.legal_userdict.v1"},
    }
}


def make_nlp(*, with_rules: bool = True):
    """A blank ``zh`` pipeline: jieba + legal dictionary, and the structured-span rules."""
    import spacy

    import analysis.nlp.structured  # noqa: F401 - registers the rule factory

    load_legal_userdict()
    nlp = spacy.blank("zh", config=ZH_CONFIG)
    if with_rules:
        nlp.add_pipe("legal_structured_spans")
    return nlp


def segment(text: str) -> list[str]:
    """The jieba tokens of ``text`` with the legal dictionary loaded."""
    import jieba

    load_legal_userdict()
    return [token for token in jieba.cut(text, cut_all=False) if token]


def tokens_of(texts: Iterable[str]) -> Iterator[list[str]]:
    for text in texts:
        yield segment(text)
