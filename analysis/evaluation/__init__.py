"""Evaluations of the analysis stages against labeled data (extraction, classification, ranking)."""
