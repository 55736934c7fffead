"""Charts drawn on the server as SVG: no charting script to ship, readable without JavaScript, and each
chart carries its figures as text for screen readers."""
from __future__ import annotations

from html import escape


def bar_chart(title: str, data: list[tuple[str, float]], *, width: int = 420, bar_h: int = 18,
              fmt=lambda v: f"{v:,.0f}") -> str:
    """Horizontal bars, one per (label, value), longest first as given."""
    label_w, gap, pad = 150, 6, 4
    height = max(1, len(data)) * (bar_h + gap) + pad * 2
    top = max((v for _, v in data), default=0) or 1
    span = width - label_w - 60
    rows = []
    for i, (label, value) in enumerate(data):
        y = pad + i * (bar_h + gap)
        w = max(1.0, span * value / top) if value else 0
        rows.append(
            f'<text x="{label_w - 6}" y="{y + bar_h - 5}" text-anchor="end">{escape(str(label))}</text>'
            f'<rect x="{label_w}" y="{y}" width="{w:.1f}" height="{bar_h}" rx="2"></rect>'
            f'<text x="{label_w + w + 4:.1f}" y="{y + bar_h - 5}">{escape(fmt(value))}</text>')
    summary = "; ".join(f"{label}: {fmt(value)}" for label, value in data)
    return (f'<svg class="chart" role="img" viewBox="0 0 {width} {height}" width="{width}" height="{height}" '
            f'aria-label="{escape(title)}: {escape(summary)}"><title>{escape(title)}</title>{"".join(rows)}</svg>')


def column_chart(title: str, data: list[tuple[str, float]], *, width: int = 420, height: int = 160) -> str:
    """Vertical columns over time (labels along the bottom), for counts by month."""
    pad_b, pad_t = 28, 14
    n = max(1, len(data))
    slot = width / n
    top = max((v for _, v in data), default=0) or 1
    cols = []
    for i, (label, value) in enumerate(data):
        h = (height - pad_b - pad_t) * value / top
        x = i * slot + slot * 0.15
        cols.append(f'<rect x="{x:.1f}" y="{height - pad_b - h:.1f}" width="{slot * 0.7:.1f}" height="{h:.1f}"></rect>')
        if n <= 12 or i % max(1, n // 12) == 0:
            cols.append(f'<text x="{x + slot * 0.35:.1f}" y="{height - 10}" text-anchor="middle">{escape(str(label))}</text>')
    summary = "; ".join(f"{label}: {value:,.0f}" for label, value in data)
    return (f'<svg class="chart" role="img" viewBox="0 0 {width} {height}" width="{width}" height="{height}" '
            f'aria-label="{escape(title)}: {escape(summary)}"><title>{escape(title)}</title>{"".join(cols)}</svg>')
