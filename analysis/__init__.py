"""LeadMiner analysis library: ingest, OCR, extraction, classification and scoring.

This package never imports ``service``.
"""

__version__ = "0.1.0"
