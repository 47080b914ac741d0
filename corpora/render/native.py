"""Native (non-scanned) renderers: plain text, DOCX, a portal HTML page, ZIP dossiers."""

from __future__ import annotations

import html
import io
import zipfile
from collections.abc import Sequence


def decision_lines(text: str) -> list[str]:
    """The non-empty lines of a decision text (agency, title, number, paragraphs...)."""
    return [line.strip() for line in text.split("\n") if line.strip()]


def render_txt(text: str, encoding: str, *, bom: bool = False, crlf: bool = False) -> bytes:
    """Plain text; ``utf-16`` always carries its BOM, ``bom=True`` adds one to UTF-8."""
    body = text.replace("\n", "\r\n") if crlf else text
    data = body.encode(encoding)
    if bom and encoding == "utf-8":
        data = b"\xef\xbb\xbf" + data
    return data


def render_docx(text: str, *, table: Sequence[Sequence[str]] | None = None,
                table_after: int = 3, header: str | None = None, footer: str | None = None) -> bytes:
    """A Word file: agency, centered title, number, body paragraphs; optional table.

    ``table`` rows are inserted after the ``table_after``-th line (1-based count of lines);
    ``header``/``footer``: text of the page header and footer (repeated on every printed page).
    """
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    document = Document()
    for index, line in enumerate(decision_lines(text), start=1):
        paragraph = document.add_paragraph(line)
        if index <= 3:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if index == 2:
            for run in paragraph.runs:
                run.bold = True
        if table and index == table_after:
            _add_table(document, table)
    section = document.sections[0]
    if header:
        section.header.paragraphs[0].text = header
    if footer:
        section.footer.paragraphs[0].text = footer
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _add_table(document, rows: Sequence[Sequence[str]]) -> None:
    width = max(len(row) for row in rows)
    table = document.add_table(rows=len(rows), cols=width)
    for row_index, row in enumerate(rows):
        for col_index, value in enumerate(row):
            table.cell(row_index, col_index).text = value


_PORTAL_NAV = ["首页", "机构概况", "政务公开", "政策法规", "办事服务", "互动交流"]
_RELATED = ["关于开展食品安全专项整治的通知", "2023年第一季度行政许可公示", "市场监管领域信用修复指南"]


def render_html(text: str, *, encoding: str = "utf-8", site: str = "某市市场监督管理局门户网站") -> bytes:
    """A portal page: header, navigation, breadcrumbs, sidebar, footer and script around the body."""
    lines = decision_lines(text)
    title = lines[1] if len(lines) > 1 else "行政处罚决定书"
    nav = "".join(f'<li><a href="/c{i}.html">{html.escape(item)}</a></li>'
                  for i, item in enumerate(_PORTAL_NAV))
    related = "".join(f'<li><a href="/news/{i}.html">{html.escape(item)}</a></li>'
                      for i, item in enumerate(_RELATED))
    body = "\n".join(f"<p>{html.escape(line)}</p>" for line in lines)
    page = f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="{encoding}"><title>{html.escape(title)} - {html.escape(site)}</title>
<style>body {{ font-family: SimSun; }} .nav li {{ display: inline; }}</style>
<script>var _hmt = _hmt || []; function share() {{ return "分享到微信"; }}</script>
</head><body>
<header class="top"><div class="logo">{html.escape(site)}</div><div class="search">站内搜索</div></header>
<nav class="nav"><ul>{nav}</ul></nav>
<div class="breadcrumb">当前位置：<a href="/">首页</a> &gt; <a href="/gk">政务公开</a> &gt; 行政处罚信息</div>
<div class="container">
<aside class="sidebar"><h3>相关信息</h3><ul>{related}</ul></aside>
<div class="article" id="zoom">
{body}
</div>
<div class="share">分享到：微信 微博</div>
</div>
<footer class="footer"><p>主办单位：{html.escape(site)}　版权所有</p><p>备案号：京ICP备00000000号</p></footer>
<script>document.write("访问统计");</script>
</body></html>
"""
    return page.encode(encoding)


class _RawNameInfo(zipfile.ZipInfo):
    """A ZipInfo whose name is stored as GBK bytes without the UTF-8 flag (0x800)."""

    def _encodeFilenameFlags(self):  # noqa: N802 (zipfile's private hook)
        return self.filename.encode("gbk"), self.flag_bits & ~0x800


def build_zip(members: dict[str, bytes], *, gbk_names: bool = False,
              compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    """A ZIP dossier from ``{member path: bytes}``; nest a ZIP by passing its bytes as a member.

    With ``gbk_names`` member names are written in GBK without the UTF-8 flag, as Windows
    archivers on Chinese systems do; otherwise non-ASCII names are UTF-8 with flag 0x800.
    """
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=compression) as archive:
        for name, data in members.items():
            info = _RawNameInfo(name) if gbk_names else zipfile.ZipInfo(name)
            info.compress_type = compression
            info.date_time = (2023, 5, 10, 9, 0, 0)
            archive.writestr(info, data)
    return buffer.getvalue()
