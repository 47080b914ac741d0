"""Domain and violation-type classification of penalty decisions, and the party/agency NER.

``baseline`` is the scikit-learn model (character n-gram TF-IDF + calibrated linear SVM),
``spacy_models`` trains the spaCy ``textcat`` and ``ner`` from ``analysis/nlp/config/*.cfg``,
``training`` compares both on the held-out split and writes model versions to the registry,
``component`` is the pipeline component ``classify.domain.v1`` that uses the promoted model.
"""
