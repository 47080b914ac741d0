"""Typed settings of the analysis library (environment prefix ``LEADMINER_``)."""

from __future__ import annotations

from pathlib import Path

from pydantic_settings import BaseSettings, SettingsConfigDict


class AnalysisSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="LEADMINER_", extra="ignore")

    ocr_engine: str = "rapidocr"
    ocr_languages: str = "chi_sim+eng"
    ocr_preprocess: str = "auto"  # auto | none | comma list of steps
    ocr_cache_dir: Path | None = None
    render_dpi: int = 300
    max_file_bytes: int = 200 * 1024 * 1024
    max_image_pixels: int = 80_000_000
    max_pages: int = 500
    max_archive_total_bytes: int = 2 * 1024 * 1024 * 1024
    max_archive_ratio: float = 200.0
    max_archive_members: int = 10_000
    max_archive_depth: int = 4
    garbled_ink_ratio: float = 4.0
    keep_page_images: bool = False  # store each OCR page image (PNG) on Page.image
    pdf_text_backend: str = "pdfium"  # where text-layer characters come from: pdfium | pdfplumber
