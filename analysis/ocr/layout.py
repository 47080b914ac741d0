"""Page geometry measured once on a shared small copy: quarter turns, upside down, skew.

Every estimate here reads the same ``PageView``: the grayscale page shrunk to ~1000 px on
its longest side and its Otsu ink mask, made once per page. Skew is found by projecting the
ink pixels' coordinates (no image is rotated while searching), and the same projection at the
found angle gives the text lines used by the upside-down test.

Upside-down test: Chinese official documents indent the first line of every paragraph by two
characters (GB/T 9704 首行缩进2字) and end paragraphs with a short last line anywhere. On an
upright page many lines start about two characters in on the left and few lines end exactly
two characters short on the right; turned by 180° the two sides swap. The page is flipped
only when that evidence is clear (at least three indents, twice as many on the right).
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np

SMALL_SIDE = 1000  # px; the shared copy's longest side is at most this
MAX_SKEW_DEG = 6.0
MIN_INK_PIXELS = 50
INDENT_RANGE = (1.3, 3.2)  # a two-character indent, in text-line heights
MIN_INDENT_LINES = 3
GAP_LEVEL = 0.1  # a profile bin with at most 10% of the busiest bin's ink is a gap
GAP_MARGIN = 0.1  # sideways only when the columns show clearly more blank bands than the rows
MIN_INK_SHARE = 0.015  # below this share of ink pixels a page is too sparse to judge its orientation
MAX_POINTS = 150_000  # ink pixels used for the skew search (a random subset beyond this)


@dataclass
class PageView:
    """The page shrunk to ``SMALL_SIDE`` and its ink mask, shared by every estimate."""

    small: np.ndarray  # uint8 grayscale
    ink: np.ndarray  # uint8 0/1, Otsu
    factor: float  # small size / full size
    skew: float | None = None  # ``skew_angle`` of this view, once measured

    @classmethod
    def of(cls, gray: np.ndarray) -> PageView:
        step = -(-max(gray.shape[:2]) // SMALL_SIDE)  # an integer step: OpenCV's fast area resize
        factor = 1.0 / step
        small = gray if step == 1 else cv2.resize(gray, None, fx=factor, fy=factor,
                                                  interpolation=cv2.INTER_AREA)
        _, ink = cv2.threshold(small, 0, 1, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)
        return cls(small=small, ink=ink, factor=factor)

    def turned(self, turns: int) -> PageView:
        """The same view after ``turns`` clockwise quarter turns of the page."""
        rot = {1: cv2.ROTATE_90_CLOCKWISE, 2: cv2.ROTATE_180, 3: cv2.ROTATE_90_COUNTERCLOCKWISE}
        if turns % 4 == 0:
            return self
        code = rot[turns % 4]
        return PageView(small=cv2.rotate(self.small, code), ink=cv2.rotate(self.ink, code), factor=self.factor)


def quarter_turns_needed(view: PageView) -> int | None:
    """0 when the text lines run across the page (upright or upside down), None when they run
    down it (the page lies sideways; the caller asks OSD which way).

    Projection sharpness alone is not enough: Chinese characters sit on a grid, so on small,
    skewed or fax-like pages the columns can look sharper than the rows either way round. The
    blank bands between lines settle it (``lines_run_across``).
    """
    if int(view.ink.sum()) < MIN_INK_PIXELS or float(view.ink.mean()) < MIN_INK_SHARE:
        return 0  # a page with a line or two (a decision's last page) gives no reliable evidence
    return 0 if lines_run_across(view) else None


def _gap_share(profile: np.ndarray) -> float:
    """Share of the text block's bins that are (nearly) empty."""
    busy = np.flatnonzero(profile > GAP_LEVEL * profile.max())
    if busy.size == 0:
        return 0.0
    block = profile[busy[0]:busy[-1] + 1]
    return float((block <= GAP_LEVEL * profile.max()).mean())


def lines_run_across(view: PageView) -> bool:
    """True when the gaps between text lines run across the page (upright or upside down).

    Between two lines of a decision there is a blank band (line spacing), between two characters
    of a line next to none (CJK characters are set almost touching). So, with the page levelled,
    the profile across the lines has far more empty bins than the profile along them: measured on
    rendered and generated scans (100–300 dpi, fax-like, sealed, skewed 2.5°) 0.32–0.52 against
    0.01–0.17 at this gap level on pages with at least ``MIN_INK_SHARE`` ink. Sparser pages (a
    last page holding the date and the seal) are left as they are: one line has no line gaps.
    """
    points = _ink_points(view.ink)
    if points is None:
        return True
    xs, ys = points
    angle = skew_angle(view)
    theta = np.deg2rad(angle)
    rows = np.rint(-np.sin(theta) * xs + np.cos(theta) * ys).astype(np.int64)
    cols = np.rint(np.cos(theta) * xs + np.sin(theta) * ys).astype(np.int64)
    row_gaps = _gap_share(np.bincount(rows - rows.min()).astype(np.float64))
    col_gaps = _gap_share(np.bincount(cols - cols.min()).astype(np.float64))
    return col_gaps < row_gaps + GAP_MARGIN


def _ink_points(ink: np.ndarray) -> tuple[np.ndarray, np.ndarray] | None:
    ys, xs = np.nonzero(ink)
    if ys.size < MIN_INK_PIXELS:
        return None
    if ys.size > MAX_POINTS:
        keep = np.random.default_rng(0).choice(ys.size, MAX_POINTS, replace=False)
        ys, xs = ys[keep], xs[keep]
    h, w = ink.shape
    return (xs - w // 2).astype(np.float32), (ys - h // 2).astype(np.float32)  # integer centre: no .5 ties


def _row_profile(xs: np.ndarray, ys: np.ndarray, angle: float) -> np.ndarray:
    """Ink per row after rotating by ``angle`` degrees (OpenCV convention: counter-clockwise)."""
    theta = np.deg2rad(angle)
    rows = np.rint(-np.sin(theta) * xs + np.cos(theta) * ys).astype(np.int64)
    return np.bincount(rows - rows.min()).astype(np.float64)


def _sharpness(xs: np.ndarray, ys: np.ndarray, angle: float) -> float:
    return float(np.square(np.diff(_row_profile(xs, ys, angle))).sum())


def skew_angle(view: PageView) -> float:
    """Degrees to rotate (counter-clockwise positive) so text lines run level (≤ 6°)."""
    if view.skew is not None:
        return view.skew
    points = _ink_points(view.ink)
    if points is None:
        return 0.0
    xs, ys = points
    coarse = np.arange(-MAX_SKEW_DEG, MAX_SKEW_DEG + 0.01, 0.5)
    best = max(coarse, key=lambda a: _sharpness(xs, ys, float(a)))
    fine = np.arange(best - 0.5, best + 0.51, 0.1)
    view.skew = float(round(max(fine, key=lambda a: _sharpness(xs, ys, float(a))), 2))
    return view.skew


def text_lines(view: PageView, angle: float) -> list[tuple[float, float, float]]:
    """(left, right, height) of each text line of the levelled page, in small-copy pixels."""
    points = _ink_points(view.ink)
    if points is None:
        return []
    xs, ys = points
    theta = np.deg2rad(angle)
    rows = np.rint(-np.sin(theta) * xs + np.cos(theta) * ys).astype(np.int64)
    cols = np.cos(theta) * xs + np.sin(theta) * ys
    rows -= rows.min()
    profile = np.bincount(rows)
    busy = profile > max(2.0, 0.03 * profile.max())
    edges = np.flatnonzero(np.diff(np.concatenate(([0], busy.astype(np.int8), [0]))))
    lines = []
    for start, end in zip(edges[::2], edges[1::2], strict=True):
        if end - start < 3:
            continue
        in_line = cols[(rows >= start) & (rows < end)]
        if in_line.size < 20:
            continue
        left, right = np.percentile(in_line, [0.5, 99.5])
        lines.append((float(left), float(right), float(end - start)))
    return lines


def upside_down(view: PageView, angle: float) -> bool:
    """True when paragraph indents sit on the right: the page is turned by 180°."""
    lines = text_lines(view, angle)
    if len(lines) < 2 * MIN_INDENT_LINES:
        return False
    lefts = np.array([line[0] for line in lines])
    rights = np.array([line[1] for line in lines])
    height = float(np.median([line[2] for line in lines]))
    left_gap = (lefts - np.percentile(lefts, 10)) / height
    right_gap = (np.percentile(rights, 90) - rights) / height
    low, high = INDENT_RANGE
    indent_left = (left_gap >= low) & (left_gap <= high)
    indent_right = (right_gap >= low) & (right_gap <= high)
    # A one-line paragraph is indented on one side and short on the other; a centred line is
    # about as short on both sides, so it counts for neither.
    indents_left = int((indent_left & ~indent_right).sum())
    indents_right = int((indent_right & ~indent_left).sum())
    return indents_right >= MIN_INDENT_LINES and indents_right > 2 * indents_left


def rotation_matrix(turns: int, w: int, h: int) -> np.ndarray:
    """Matrix of ``np.rot90(image, -turns)`` (clockwise quarter turns) in pixel coordinates."""
    turns %= 4
    if turns == 1:
        return np.array([[0, -1, h - 1], [1, 0, 0], [0, 0, 1]], dtype=float)
    if turns == 2:
        return np.array([[-1, 0, w - 1], [0, -1, h - 1], [0, 0, 1]], dtype=float)
    if turns == 3:
        return np.array([[0, 1, 0], [-1, 0, w - 1], [0, 0, 1]], dtype=float)
    return np.eye(3)


def turn(image: np.ndarray, turns: int) -> tuple[np.ndarray, np.ndarray]:
    """The image after ``turns`` clockwise quarter turns and the matrix of that move."""
    h, w = image.shape[:2]
    codes = {1: cv2.ROTATE_90_CLOCKWISE, 2: cv2.ROTATE_180, 3: cv2.ROTATE_90_COUNTERCLOCKWISE}
    return cv2.rotate(image, codes[turns % 4]), rotation_matrix(turns, w, h)
