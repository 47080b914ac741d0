"""Render a decision text into the file forms a dossier takes (tests, corpus, benchmarks).

``render(text, fmt, **options) -> bytes``. A decision text's first line is the agency, the
second the title (行政处罚决定书), the third the decision number; paragraphs are separated by
``"\\n"``.

Native formats (this package): ``txt-utf8``, ``txt-gb18030``, ``txt-utf16``, ``docx``,
``pdf-text``, ``ofd``, ``html``. Scan formats (``pdf-scan``, ``png``, ``jpeg``, ``tiff``) live in
``corpora.render.scan`` and are imported lazily. ZIP dossiers: ``build_zip(members)``.
"""

from __future__ import annotations

from collections.abc import Callable

from corpora.render.native import build_zip, render_docx, render_html, render_txt
from corpora.render.ofd import render_ofd
from corpora.render.pdf_text import render_pdf_text

NATIVE_FORMATS: dict[str, Callable[..., bytes]] = {
    "txt-utf8": lambda text, **options: render_txt(text, "utf-8", **options),
    "txt-gb18030": lambda text, **options: render_txt(text, "gb18030", **options),
    "txt-utf16": lambda text, **options: render_txt(text, "utf-16", **options),
    "docx": render_docx,
    "pdf-text": render_pdf_text,
    "ofd": render_ofd,
    "html": render_html,
}
SCAN_FORMATS = ("pdf-scan", "png", "jpeg", "tiff")
FORMATS = (*NATIVE_FORMATS, *SCAN_FORMATS)


def render(text: str, fmt: str, **options: object) -> bytes:
    """The bytes of ``text`` rendered as ``fmt`` (see ``FORMATS``)."""
    if fmt in NATIVE_FORMATS:
        return NATIVE_FORMATS[fmt](text, **options)
    if fmt in SCAN_FORMATS:
        from corpora.render.scan import render_scan

        return render_scan(text, fmt, **options)
    raise ValueError(f"unknown render format {fmt!r}; known: {', '.join(FORMATS)}")


__all__ = ["FORMATS", "NATIVE_FORMATS", "SCAN_FORMATS", "build_zip", "render"]
