"""HTML parser: the decision body of a portal page, without navigation, header, footer or scripts.

Portal chrome is dropped by tag (``nav``, ``header``, ``footer``, ``aside``, ``script``...)
and by class/id words (menu, breadcrumb, sidebar...). The main block is then picked by text
density, as readability tools do: each paragraph-like block credits its text length (less
link text) to its parent in full and to its grandparent in half; the best-credited element
is the body, read paragraph by paragraph.
"""

from __future__ import annotations

import re

from analysis.errors import InputError
from analysis.ingest.base import PARSERS, Parser
from analysis.ingest.text import decode_text
from analysis.record import DocumentRecord, Page
from analysis.settings import AnalysisSettings

DROP_TAGS = ("script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe",
             "template", "svg", "button", "select")
CHROME = re.compile(r"nav|menu|breadcrumb|crumb|footer|header|sidebar|share|copyright|banner|"
                    r"toolbar|related|position|location|search", re.I)
BLOCKS = ("p", "div", "td", "li", "h1", "h2", "h3", "h4", "pre", "article", "section", "br")
MARKERS = (b"<!doctype html", b"<html", b"<head", b"<body", b"<meta", b"<div", b"<p>", b"<table")
CHARSET = re.compile(rb"""<meta[^>]+charset=["']?([A-Za-z0-9_-]+)""", re.I)


def decode_html(data: bytes) -> str:
    """The page's text: the declared charset if it decodes, else detected like plain text."""
    declared = CHARSET.search(data[:4096])
    if declared:
        charset = declared.group(1).decode("ascii").lower()
        if charset in ("gb2312", "gbk", "x-gbk", "gb_2312-80"):
            charset = "gb18030"  # portals declare gb2312 yet write GBK/GB18030 characters
        try:
            return data.decode(charset)
        except (LookupError, UnicodeDecodeError):
            pass
    return decode_text(data)[0]


def _strip_chrome(soup) -> None:
    for tag in soup.find_all(DROP_TAGS):
        tag.decompose()
    for tag in soup.find_all(True):
        if tag.decomposed or tag.name in ("html", "body"):
            continue
        names = " ".join(tag.get("class") or []) + " " + (tag.get("id") or "")
        if names.strip() and CHROME.search(names):
            tag.decompose()


def _main_block(soup):
    scores: dict[int, float] = {}
    elements: dict[int, object] = {}
    for block in soup.find_all(("p", "td", "li", "pre", "h1", "h2", "h3", "div")):
        if block.find(("p", "div", "td", "li")):
            continue  # only innermost blocks carry credit
        text = block.get_text(" ", strip=True)
        link_text = sum(len(a.get_text(strip=True)) for a in block.find_all("a"))
        credit = max(len(text) - link_text, 0)
        for share, ancestor in ((1.0, block.parent), (0.5, block.parent.parent if block.parent else None)):
            if ancestor is None:
                continue
            scores[id(ancestor)] = scores.get(id(ancestor), 0.0) + share * credit
            elements[id(ancestor)] = ancestor
    if not scores:
        return soup.body or soup
    return elements[max(scores, key=scores.__getitem__)]


def html_body_text(markup: str) -> str:
    """The decision body's text, one paragraph per line."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(markup, "lxml")
    _strip_chrome(soup)
    block = _main_block(soup)
    for tag in block.find_all(BLOCKS):
        tag.insert_before("\n")
        tag.insert_after("\n")
    lines = (re.sub(r"[ \t\r\f\v\u00a0]+", " ", line).strip() for line in block.get_text().split("\n"))
    return "\n".join(line for line in lines if line)


@PARSERS.register("parser.html.v1")
class HtmlParser(Parser):
    name = "parser.html.v1"
    media_types = ("text/html",)
    extensions = ("html", "htm", "shtml", "xhtml")

    def content_score(self, head: bytes, data: bytes | None) -> float:
        lowered = head[:2048].lower()
        if lowered.lstrip(b"\xef\xbb\xbf \t\r\n").startswith((b"<!doctype html", b"<html")):
            return 0.95
        return 0.8 if sum(marker in lowered for marker in MARKERS) >= 2 else 0.0

    def parse(self, data: bytes, record: DocumentRecord, settings: AnalysisSettings) -> None:
        text = html_body_text(decode_html(data))
        if not text:
            raise InputError("E010", detail="no body text in the HTML page")
        record.pages.append(Page(number=1, text=text, text_source="native"))
