"""Render a decision text as scanned page images: seal, skew, noise, blur, fax, JPEG, EXIF.

    render_scan(text, "pdf-scan", dpi=200, seal=True, skew_deg=1.2)   -> PDF bytes (image pages)
    render_scan(text, "png" | "jpeg" | "tiff", ...)                   -> image bytes (TIFF: all pages)
    render_pages(text, ...)                                           -> list of PIL images
    render_document(text, ...)                                        -> images + ground truth

Options: ``dpi`` (300/200/150), ``seal`` (a red round official seal with a star and the agency
name over the signature), ``skew_deg``, ``noise`` (std of Gaussian noise, 0–40), ``blur``
(Gaussian radius in px), ``jpeg_quality``, ``fax`` (grey → black/white with speckle, as a fax
machine prints), ``exif_orientation`` (1/3/6/8: JPEG pixels stored turned, with the EXIF tag
that turns them back), ``seed``. PNG and JPEG hold the first page only.
"""

from __future__ import annotations

import io
import math
from dataclasses import dataclass, field

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

from corpora.render.layout import DrawnLine, PageGeometry, cjk_font, layout_pages, mm_to_px, page_texts

SCAN_FORMATS = ("pdf-scan", "png", "jpeg", "tiff")
SEAL_RED = (214, 32, 36)
FAX_LINE_RATIO = 0.66  # a "standard" fax scans ~100 lines per inch against ~150 dots per inch across
# EXIF orientation -> PIL transpose that turns an upright page into the stored pixels.
_EXIF_STORE = {3: Image.Transpose.ROTATE_180, 6: Image.Transpose.ROTATE_90, 8: Image.Transpose.ROTATE_270}


@dataclass
class ScanOptions:
    dpi: int = 300
    seal: bool = False
    skew_deg: float = 0.0
    noise: float = 0.0
    blur: float = 0.0
    jpeg_quality: int = 85
    fax: bool = False
    exif_orientation: int = 1
    seed: int = 0


@dataclass
class RenderedDocument:
    """Page images with what was drawn on them (ground truth for CER and box tests)."""

    images: list[Image.Image]
    lines: list[list[DrawnLine]]
    options: ScanOptions
    skew_matrices: list[np.ndarray] = field(default_factory=list)  # unskewed px -> image px

    @property
    def texts(self) -> list[str]:
        return page_texts(self.lines)

    def to_image(self, page: int, box: tuple[float, float, float, float]) -> tuple[float, float, float, float]:
        """Where a box of the unskewed layout ended up on the rendered image."""
        x0, y0, x1, y1 = box
        corners = np.array([[x0, y0, 1], [x1, y0, 1], [x1, y1, 1], [x0, y1, 1]], dtype=float).T
        mapped = self.skew_matrices[page] @ corners
        return (float(mapped[0].min()), float(mapped[1].min()), float(mapped[0].max()), float(mapped[1].max()))


def render_document(text: str, **options) -> RenderedDocument:
    opts = ScanOptions(**options)
    pages = layout_pages(text, opts.dpi)
    rng = np.random.default_rng(opts.seed)
    images, matrices = [], []
    for index, lines in enumerate(pages):
        image = _draw_page(lines, opts.dpi)
        if opts.seal and index == len(pages) - 1:
            _stamp_seal(image, lines, opts.dpi, agency=_agency(text))
        image, matrix = _skew(image, opts.skew_deg)
        images.append(_degrade(image, opts, rng))
        matrices.append(matrix)
    return RenderedDocument(images=images, lines=pages, options=opts, skew_matrices=matrices)


def render_pages(text: str, **options) -> list[Image.Image]:
    return render_document(text, **options).images


def render_scan(text: str, fmt: str, **options) -> bytes:
    """Encode the rendered pages as ``fmt`` (one of ``SCAN_FORMATS``)."""
    if fmt not in SCAN_FORMATS:
        raise ValueError(f"unknown scan format {fmt!r}; known: {', '.join(SCAN_FORMATS)}")
    document = render_document(text, **options)
    opts = document.options
    buffer = io.BytesIO()
    images = document.images
    if fmt == "pdf-scan":
        rgb = [im.convert("RGB") for im in images]
        rgb[0].save(buffer, format="PDF", save_all=True, append_images=rgb[1:], resolution=float(opts.dpi),
                    quality=opts.jpeg_quality)
    elif fmt == "tiff":
        compression = "group4" if opts.fax else "tiff_lzw"
        frames = [im.convert("1") if opts.fax else im for im in images]
        frames[0].save(buffer, format="TIFF", save_all=True, append_images=frames[1:],
                       compression=compression, dpi=(opts.dpi, opts.dpi))
    elif fmt == "png":
        images[0].save(buffer, format="PNG", dpi=(opts.dpi, opts.dpi))
    else:
        _save_jpeg(images[0].convert("RGB"), buffer, opts)
    return buffer.getvalue()


def _save_jpeg(image: Image.Image, buffer: io.BytesIO, opts: ScanOptions) -> None:
    exif = Image.Exif()
    transpose = _EXIF_STORE.get(opts.exif_orientation)
    if transpose is not None:
        image = image.transpose(transpose)
        exif[0x0112] = opts.exif_orientation
    image.save(buffer, format="JPEG", quality=opts.jpeg_quality, dpi=(opts.dpi, opts.dpi), exif=exif)


def _agency(text: str) -> str:
    return next((line.strip() for line in text.splitlines() if line.strip()), "")


def _draw_page(lines: list[DrawnLine], dpi: int) -> Image.Image:
    image = Image.new("RGB", PageGeometry(dpi).size, "white")
    draw = ImageDraw.Draw(image)
    for line in lines:
        draw.text((line.x, line.y), line.text, font=cjk_font(line.size_px), fill=(20, 20, 20), anchor="la")
    return image


def _stamp_seal(page: Image.Image, lines: list[DrawnLine], dpi: int, agency: str) -> None:
    """A round red seal centred on the signature, blended by multiplication (text stays black)."""
    signature = [line for line in lines if line.kind == "signature"] or lines[-2:]
    x0 = min(line.box[0] for line in signature)
    x1 = max(line.box[2] for line in signature)
    y0 = min(line.box[1] for line in signature)
    y1 = max(line.box[3] for line in signature)
    seal = seal_image(agency, dpi)
    left = round((x0 + x1) / 2 - seal.width / 2)
    top = round((y0 + y1) / 2 - seal.height / 2)
    region = (left, top, left + seal.width, top + seal.height)
    base = np.asarray(page.crop(region), dtype=np.float32)
    ink = np.asarray(seal, dtype=np.float32)
    blended = (base * ink / 255.0).astype(np.uint8)
    page.paste(Image.fromarray(blended), region[:2])


def seal_image(agency: str, dpi: int) -> Image.Image:
    """A 42 mm round seal: ring, five-pointed star, agency name along the upper arc (white ground)."""
    size = mm_to_px(42, dpi)
    image = Image.new("RGB", (size, size), "white")
    draw = ImageDraw.Draw(image)
    ring = max(2, size // 40)
    draw.ellipse((ring, ring, size - ring, size - ring), outline=SEAL_RED, width=ring * 2)
    centre = size / 2
    star_r = size * 0.16
    points = [(centre + (star_r if i % 2 == 0 else star_r * 0.38) * math.sin(math.pi * i / 5),
               centre - (star_r if i % 2 == 0 else star_r * 0.38) * math.cos(math.pi * i / 5)) for i in range(10)]
    draw.polygon(points, fill=SEAL_RED)
    _arc_text(image, agency or "行政执法机关", size, ring)
    return image


def _arc_text(image: Image.Image, text: str, size: int, ring: int) -> None:
    char_px = max(8, int(size * 0.12))
    font = cjk_font(char_px)
    radius = size / 2 - ring * 3 - char_px * 0.65
    span = min(250.0, 22.0 * len(text))
    for index, ch in enumerate(text):
        angle = -span / 2 + span * (index + 0.5) / len(text)  # degrees from the top, clockwise
        glyph = Image.new("L", (char_px * 2, char_px * 2), 0)
        ImageDraw.Draw(glyph).text((char_px, char_px), ch, font=font, fill=255, anchor="mm")
        glyph = glyph.rotate(-angle, resample=Image.Resampling.BICUBIC)
        cx = size / 2 + radius * math.sin(math.radians(angle))
        cy = size / 2 - radius * math.cos(math.radians(angle))
        image.paste(SEAL_RED, (round(cx - char_px), round(cy - char_px)), glyph)


def _skew(image: Image.Image, degrees: float) -> tuple[Image.Image, np.ndarray]:
    """Turn the page by ``degrees`` (counter-clockwise positive) about its centre, white corners."""
    if not degrees:
        return image, np.eye(3)
    w, h = image.size
    rotated = image.rotate(degrees, resample=Image.Resampling.BICUBIC, fillcolor="white")
    theta = math.radians(degrees)
    cos, sin = math.cos(theta), math.sin(theta)
    cx, cy = w / 2, h / 2
    # PIL rotates counter-clockwise on screen: a point (x, y) moves to this position.
    matrix = np.array([[cos, sin, cx - cos * cx - sin * cy],
                       [-sin, cos, cy + sin * cx - cos * cy],
                       [0, 0, 1]])
    return rotated, matrix


def _degrade(image: Image.Image, opts: ScanOptions, rng: np.random.Generator) -> Image.Image:
    if opts.blur:
        image = image.filter(ImageFilter.GaussianBlur(opts.blur))
    if opts.noise or opts.fax:
        pixels = np.asarray(image, dtype=np.float32)
        sigma = opts.noise or 18.0
        pixels = pixels + rng.normal(0.0, sigma, pixels.shape[:2])[..., None]
        image = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))
    if opts.fax:
        image = _fax(image, rng)
    return image


def _fax(image: Image.Image, rng: np.random.Generator) -> Image.Image:
    """What a fax machine prints: about 100 scan lines per inch vertically, black or white, specks."""
    width, height = image.size
    lines = max(1, round(height * FAX_LINE_RATIO))
    coarse = image.convert("L").resize((width, lines), Image.Resampling.BOX)
    bilevel = np.where(np.asarray(coarse) < 150, 0, 255).astype(np.uint8)
    bilevel[rng.random(bilevel.shape) < 0.0015] = 0
    return Image.fromarray(bilevel).resize((width, height), Image.Resampling.NEAREST).convert("RGB")
