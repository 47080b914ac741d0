"""Inline SVG charts for the statistics page (no JavaScript library, no external asset)."""

from __future__ import annotations

from html import escape


def grouped_bars(labels: list[str], series: list[tuple[str, str, list[float]]], *, width: int = 720,
                 height: int = 240) -> str:
    """Bars per label for each (name, colour, values) series, with a legend; returns SVG markup."""
    if not labels:
        return ""
    top = max([max(values or [0]) for _, _, values in series] + [1])
    left, bottom, chart_h = 40, 40, height - 70
    slot = (width - left - 10) / len(labels)
    bar = max(min(slot / (len(series) + 1), 40), 2)
    parts = [f'<svg class="chart" viewBox="0 0 {width} {height}" role="img" xmlns="http://www.w3.org/2000/svg">',
             f'<line x1="{left}" y1="{height - bottom}" x2="{width - 5}" y2="{height - bottom}" stroke="#999"/>',
             f'<text x="4" y="24" font-size="11" fill="#555">{int(top)}</text>']
    for i, label in enumerate(labels):
        x0 = left + i * slot + (slot - bar * len(series)) / 2
        for j, (name, colour, values) in enumerate(series):
            value = values[i] if i < len(values) else 0
            h = chart_h * value / top
            parts.append(f'<rect x="{x0 + j * bar:.1f}" y="{height - bottom - h:.1f}" width="{bar - 1:.1f}" '
                         f'height="{h:.1f}" fill="{colour}"><title>{escape(label)} {escape(name)}：'
                         f'{value:g}</title></rect>')
        parts.append(f'<text x="{left + i * slot + slot / 2:.1f}" y="{height - bottom + 14}" font-size="11" '
                     f'text-anchor="middle" fill="#333">{escape(label)}</text>')
    for j, (name, colour, _) in enumerate(series):
        parts.append(f'<rect x="{left + j * 110}" y="{height - 16}" width="10" height="10" fill="{colour}"/>'
                     f'<text x="{left + j * 110 + 14}" y="{height - 7}" font-size="11">{escape(name)}</text>')
    parts.append("</svg>")
    return "".join(parts)
