"""Page-image preprocessing before OCR, with the transform that maps boxes back.

Steps (names used in ``settings.ocr_preprocess`` and recorded on each page):

- ``orient``: pages turned by 90/270 degrees are detected from the ink projection profiles
  (text lines make the row profile far spikier than the column profile) and Tesseract's OSD
  chooses between 90 and 270 when its model is installed. Upside-down pages are not detected
  (OSD on every page costs about as much as the other steps together).
- ``seal``: red official seals are painted white; text is black, so reddish pixels that are
  bright in the red channel are not text. Text under the seal is darker and survives.
- ``deskew``: the small rotation (≤ 6°) that makes the row profile of the ink sharpest.
- ``upscale``: pages whose characters are small (fax-like, low DPI) are enlarged.
- ``binarize``: Otsu's threshold, or an adaptive threshold if the background is uneven; ink
  specks of a few pixels (fax and scanner noise) are removed.

``auto`` runs each step only where it applies (a page without red ink skips ``seal``) and the
page records only the steps that changed it. Every geometric step composes a 3×3 matrix
(original → processed) so OCR boxes can be mapped back to the original pixels.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import cv2
import numpy as np

from analysis.errors import ConfigError

STEPS = ("orient", "seal", "deskew", "upscale", "binarize")
AUTO_STEPS = STEPS
TARGET_CHAR_HEIGHT = 34.0  # px; characters smaller than ~0.8 of this are enlarged
MAX_UPSCALE = 2.0
MAX_SKEW_DEG = 6.0
SPECK_AREA = 6  # px; a full stop at 150 dpi covers ~30 px


@dataclass
class PreparedImage:
    image: np.ndarray  # uint8, grayscale (or BGR when nothing converted it)
    matrix: np.ndarray = field(default_factory=lambda: np.eye(3))  # original -> processed
    steps: list[str] = field(default_factory=list)

    def apply(self, image: np.ndarray, matrix: np.ndarray | None, step: str) -> None:
        self.image = image
        if matrix is not None:
            self.matrix = matrix @ self.matrix
        self.steps.append(step)

    def box_to_original(self, box: tuple[float, float, float, float]) -> tuple[float, float, float, float]:
        """The axis-aligned original-image box around a box of the processed image."""
        x0, y0, x1, y1 = box
        corners = np.array([[x0, y0, 1], [x1, y0, 1], [x1, y1, 1], [x0, y1, 1]], dtype=float).T
        mapped = np.linalg.inv(self.matrix) @ corners
        xs, ys = mapped[0] / mapped[2], mapped[1] / mapped[2]
        return float(xs.min()), float(ys.min()), float(xs.max()), float(ys.max())


def parse_steps(spec: str) -> tuple[str, ...]:
    """``auto`` | ``none`` | a comma list of step names, in the fixed order of ``STEPS``."""
    spec = (spec or "none").strip().lower()
    if spec == "auto":
        return AUTO_STEPS
    if spec in ("none", ""):
        return ()
    asked = {s.strip() for s in spec.split(",") if s.strip()}
    unknown = asked - set(STEPS)
    if unknown:
        raise ConfigError("E901", f"未知的预处理步骤：{', '.join(sorted(unknown))}。可用的有：{', '.join(STEPS)}")
    return tuple(s for s in STEPS if s in asked)


def preprocess(rgb: np.ndarray, steps: tuple[str, ...]) -> PreparedImage:
    """Run the asked steps on an RGB uint8 array; conditional steps skip pages they don't fit."""
    prepared = PreparedImage(image=cv2.cvtColor(rgb, cv2.COLOR_RGB2BGR))
    if not steps:
        return prepared
    if "orient" in steps:
        _orient(prepared)
    gray = cv2.cvtColor(prepared.image, cv2.COLOR_BGR2GRAY)
    if "seal" in steps:
        gray, removed = remove_red_seal(prepared.image, gray)
        if removed:
            prepared.steps.append("seal")
    prepared.image = gray
    if "deskew" in steps:
        angle = estimate_skew(gray)
        if abs(angle) >= 0.15:
            prepared.apply(*rotate_small(gray, angle), f"deskew({angle:+.2f})")
    if "upscale" in steps:
        factor = upscale_factor(prepared.image)
        if factor > 1.0:
            prepared.apply(*scale(prepared.image, factor), f"upscale(x{factor:.2f})")
    if "binarize" in steps:
        prepared.apply(binarize(prepared.image), None, "binarize")
    return prepared


def ink_mask(gray: np.ndarray) -> np.ndarray:
    """Ink pixels (1) by Otsu's threshold."""
    _, binary = cv2.threshold(gray, 0, 1, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)
    return binary


def remove_red_seal(bgr: np.ndarray, gray: np.ndarray) -> tuple[np.ndarray, bool]:
    """Paint reddish, red-bright pixels white; report whether there were enough to be a seal."""
    b, g, r = (bgr[..., i].astype(np.int16) for i in range(3))
    red = (r > 90) & (r - g > 40) & (r - b > 40)
    if int(red.sum()) < 0.0005 * red.size:
        return gray, False
    # Include the seal's anti-aliased rim: lighter pinkish pixels next to red ones.
    red = cv2.dilate(red.astype(np.uint8), np.ones((3, 3), np.uint8)) & ((r - g > 15) & (r - b > 15))
    cleaned = gray.copy()
    cleaned[red.astype(bool)] = 255
    return cleaned, True


def _profile_sharpness(binary: np.ndarray, angle: float) -> float:
    h, w = binary.shape
    matrix = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    rotated = cv2.warpAffine(binary, matrix, (w, h), flags=cv2.INTER_NEAREST, borderValue=0)
    rows = rotated.sum(axis=1, dtype=np.float64)
    return float(np.square(np.diff(rows)).sum())


def estimate_skew(gray: np.ndarray) -> float:
    """Degrees to rotate (OpenCV convention, counter-clockwise positive) to level text lines."""
    small, _ = _shrink(gray, 1000)
    binary = ink_mask(small)
    if binary.sum() < 50:
        return 0.0
    best = max(np.arange(-MAX_SKEW_DEG, MAX_SKEW_DEG + 0.01, 0.5),
               key=lambda a: _profile_sharpness(binary, float(a)))
    fine = np.arange(best - 0.5, best + 0.51, 0.1)
    return float(round(max(fine, key=lambda a: _profile_sharpness(binary, float(a))), 2))


def rotate_small(gray: np.ndarray, angle: float) -> tuple[np.ndarray, np.ndarray]:
    h, w = gray.shape[:2]
    matrix = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    rotated = cv2.warpAffine(gray, matrix, (w, h), flags=cv2.INTER_LINEAR, borderValue=255)
    return rotated, np.vstack([matrix, [0, 0, 1]])


def char_height(gray: np.ndarray) -> float | None:
    """Median height of character-sized ink blobs, in pixels (None on a page without text)."""
    binary = ink_mask(gray)
    count, _, stats, _ = cv2.connectedComponentsWithStats(binary, connectivity=8)
    heights = stats[1:, cv2.CC_STAT_HEIGHT]
    widths = stats[1:, cv2.CC_STAT_WIDTH]
    keep = (heights >= 6) & (heights <= gray.shape[0] / 20) & (widths <= heights * 3)
    if keep.sum() < 20:
        return None
    tall = np.sort(heights[keep])
    return float(np.percentile(tall, 75))  # CJK glyphs break into parts; the upper quartile is a glyph


def upscale_factor(gray: np.ndarray) -> float:
    height = char_height(gray)
    if height is None or height >= 0.8 * TARGET_CHAR_HEIGHT:
        return 1.0
    return float(min(MAX_UPSCALE, round(TARGET_CHAR_HEIGHT / height, 2)))


def scale(image: np.ndarray, factor: float) -> tuple[np.ndarray, np.ndarray]:
    resized = cv2.resize(image, None, fx=factor, fy=factor, interpolation=cv2.INTER_CUBIC)
    return resized, np.diag([factor, factor, 1.0])


def binarize(gray: np.ndarray) -> np.ndarray:
    """Otsu for evenly lit pages, a local threshold for photos with shadows; then despeckle."""
    small, _ = _shrink(gray, 400)
    tiles = [t.max() for row in np.array_split(small, 4, axis=0) for t in np.array_split(row, 4, axis=1)]
    if max(tiles) - min(tiles) > 60:
        binary = cv2.adaptiveThreshold(gray, 255, cv2.ADAPTIVE_THRESH_GAUSSIAN_C, cv2.THRESH_BINARY, 31, 15)
    else:
        _, binary = cv2.threshold(gray, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    return despeckle(binary)


def despeckle(binary: np.ndarray, max_area: int = SPECK_AREA) -> np.ndarray:
    """Remove isolated ink specks (fax and scanner noise) far smaller than any punctuation mark."""
    ink = (binary == 0).astype(np.uint8)
    count, labels, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
    small = np.flatnonzero(stats[:, cv2.CC_STAT_AREA] <= max_area)
    small = small[small > 0]
    if small.size == 0:
        return binary
    cleaned = binary.copy()
    cleaned[np.isin(labels, small)] = 255
    return cleaned


def _shrink(gray: np.ndarray, longest: int) -> tuple[np.ndarray, float]:
    factor = min(1.0, longest / max(gray.shape[:2]))
    if factor == 1.0:
        return gray, 1.0
    return cv2.resize(gray, None, fx=factor, fy=factor, interpolation=cv2.INTER_AREA), factor


def _rotation_matrix(turns: int, w: int, h: int) -> np.ndarray:
    """Matrix of ``np.rot90(image, -turns)`` (clockwise quarter turns) in pixel coordinates."""
    turns %= 4
    if turns == 1:
        return np.array([[0, -1, h - 1], [1, 0, 0], [0, 0, 1]], dtype=float)
    if turns == 2:
        return np.array([[-1, 0, w - 1], [0, -1, h - 1], [0, 0, 1]], dtype=float)
    if turns == 3:
        return np.array([[0, 1, 0], [-1, 0, w - 1], [0, 0, 1]], dtype=float)
    return np.eye(3)


def _orient(prepared: PreparedImage) -> None:
    turns = detect_quarter_turns(prepared.image)
    if turns:
        h, w = prepared.image.shape[:2]
        rotated = np.ascontiguousarray(np.rot90(prepared.image, -turns))
        prepared.apply(rotated, _rotation_matrix(turns, w, h), f"orient({turns * 90})")


def detect_quarter_turns(bgr: np.ndarray) -> int:
    """Clockwise quarter turns that bring the text upright (0 when it already is or unknown)."""
    gray = cv2.cvtColor(bgr, cv2.COLOR_BGR2GRAY) if bgr.ndim == 3 else bgr
    small, _ = _shrink(gray, 1000)
    binary = ink_mask(small)
    if binary.sum() < 50:
        return 0
    rows = np.square(np.diff(binary.sum(axis=1, dtype=np.float64))).mean()
    cols = np.square(np.diff(binary.sum(axis=0, dtype=np.float64))).mean()
    if cols <= 1.5 * rows:
        return 0  # upright (or upside down: OSD on every page would cost more than it saves)
    return _osd_turns(small, sideways=True)


def _osd_turns(gray: np.ndarray, sideways: bool) -> int:
    """Ask Tesseract's OSD for the rotation; without it, guess 90 for a sideways page."""
    try:
        import pytesseract

        osd = pytesseract.image_to_osd(gray, config="--psm 0", output_type=pytesseract.Output.DICT,
                                       timeout=20)
        rotate = int(osd.get("rotate", 0))
        confidence = float(osd.get("orientation_conf", 0.0))
    except Exception:  # no OSD model, too little text, or no tesseract
        return 1 if sideways else 0
    if confidence < 1.0 or (rotate in (90, 270)) != sideways:
        return 1 if sideways else 0
    return rotate // 90
