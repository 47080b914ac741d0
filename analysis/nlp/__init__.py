"""The Chinese NLP layer: a blank spaCy ``zh`` pipeline with a legal jieba dictionary.

``make_nlp()`` returns ``spacy.blank("zh")`` segmenting with jieba after loading
``legal_userdict.txt`` (law names, agency names, penalty terms, so that
``中华人民共和国食品安全法`` stays one token) plus the law names of the statute knowledge base
when ``corpora/knowledge/statutes/`` exists, and a rule component ``legal_structured_spans``
that marks credit codes, decision numbers and 《》 law titles in ``doc.spans["structured"]``.
The trainable ``textcat`` and ``ner`` components are built from the ``.cfg`` files in
``analysis/nlp/config/`` (see ``analysis.classify.spacy_models``).
"""

from analysis.nlp.segmenter import load_legal_userdict, make_nlp, segment
from analysis.nlp.structured import STRUCTURED_KEY, find_structured

__all__ = ["STRUCTURED_KEY", "find_structured", "load_legal_userdict", "make_nlp", "segment"]
