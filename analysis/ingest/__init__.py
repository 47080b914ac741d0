"""Ingest: sniff each file's type, pick a parser, and read pages with text and boxes.

    ingest_path(path, settings)                  files, folders (recursive), ZIP dossiers
    ingest_bytes(data, name, settings, member)   one upload or one archive member

Parsers are registered in ``PARSERS`` under versioned names (``parser.pdf.v1``...) and chosen
by ``match`` scores where magic bytes beat extensions. Text-layer PDF pages keep pdfplumber's
character boxes; scanned, image and garbled pages go to ``analysis.ocr``. Bad input is
recorded as coded errors on the document or page; the batch goes on; nothing is written.
"""

from analysis.ingest import archive, docx, html, images, ofd, pdf, text  # noqa: F401  (registers parsers)
from analysis.ingest.base import PARSERS, Parser, choose_parser
from analysis.ingest.core import ingest_bytes, ingest_path

__all__ = ["PARSERS", "Parser", "choose_parser", "ingest_bytes", "ingest_path"]
