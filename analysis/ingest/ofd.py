"""OFD parser (GB/T 33190-2016): ``OFD.xml`` → ``Document.xml`` → each page's ``Content.xml``.

Every ``TextObject``'s ``TextCode`` gives a start point (X, Y = baseline) relative to the
object's ``Boundary`` and the advances between characters (``DeltaX``, with the ``g n w``
repeat form). Characters get boxes, converted from millimetres to points (× 72 / 25.4) so
OFD pages share the PDF unit ``pt``. Reading order: lines top to bottom, left to right.

Template pages (``CommonData/TemplatePage``, used by a page's ``<Template TemplateID=…>``)
carry what every page repeats, typically the letterhead (红头). Their text is read once per
document, on the first page that uses the template, in its place on that page; later pages
that repeat it do not repeat it in the text.
"""

from __future__ import annotations

import io
import posixpath
import zipfile
from dataclasses import dataclass

from analysis.errors import InputError
from analysis.ingest.assemble import add_code
from analysis.ingest.base import PARSERS, Parser, zip_member_names
from analysis.ingest.pdf_layout import layout_text
from analysis.record import DocumentRecord, Page
from analysis.settings import AnalysisSettings

MM_TO_PT = 72 / 25.4
A4_MM = (210.0, 297.0)


def _children(element, name: str):
    return [child for child in element.iter() if isinstance(child.tag, str)
            and child.tag.rsplit("}", 1)[-1] == name]


def _first_text(element, name: str) -> str | None:
    found = _children(element, name)
    return found[0].text.strip() if found and found[0].text else None


def _numbers(value: str | None) -> list[float]:
    return [float(part) for part in (value or "").split()]


def expand_delta(value: str | None, count: int, default: float) -> list[float]:
    """The ``count - 1`` advances of a DeltaX/DeltaY attribute (``g n w`` repeats ``w`` n times)."""
    parts, advances, index = (value or "").split(), [], 0
    while index < len(parts):
        if parts[index] == "g" and index + 2 < len(parts):
            advances.extend([float(parts[index + 2])] * int(float(parts[index + 1])))
            index += 3
        else:
            advances.append(float(parts[index]))
            index += 1
    advances = advances[: max(count - 1, 0)]
    return advances + [default] * (max(count - 1, 0) - len(advances))


@dataclass
class OfdPackage:
    archive: zipfile.ZipFile

    def xml(self, path: str):
        from lxml import etree

        name = path.lstrip("/")
        try:
            return etree.fromstring(self.archive.read(name))
        except KeyError as error:
            raise InputError("E003", detail=f"OFD part missing: {name}") from error
        except etree.XMLSyntaxError as error:
            raise InputError("E003", detail=f"OFD part {name}: {error}") from error


def _resolve(base_dir: str, location: str) -> str:
    if location.startswith("/"):
        return location.lstrip("/")
    return posixpath.normpath(posixpath.join(base_dir, location))


def text_object_chars(obj) -> list[dict]:
    """pdfplumber-like character dicts (mm, page space) for one TextObject.

    Glyph positions are in the object's space: scaled by its ``CTM`` (``a b c d e f``; rotation
    and shear ignored) and then moved to the ``Boundary`` origin.
    """
    boundary = _numbers(obj.get("Boundary")) + [0, 0, 0, 0]
    ctm = (_numbers(obj.get("CTM")) + [1, 0, 0, 1, 0, 0])[:6] if obj.get("CTM") else [1, 0, 0, 1, 0, 0]
    scale_x, scale_y = ctm[0] or 1.0, ctm[3] or 1.0
    size = float(obj.get("Size") or 3.5)
    chars: list[dict] = []
    for code in _children(obj, "TextCode"):
        text = code.text or ""
        x = float(code.get("X") or 0)
        baseline = boundary[1] + ctm[5] + scale_y * float(code.get("Y") or size)
        advances = expand_delta(code.get("DeltaX"), len(text), size)
        height = size * scale_y
        for index, char in enumerate(text):
            width = advances[index] if index < len(advances) else size
            left = boundary[0] + ctm[4] + scale_x * x
            chars.append({"text": char, "x0": left, "x1": left + scale_x * width, "top": baseline - height,
                          "bottom": baseline + 0.2 * height, "size": height})
            x += width
    return chars


def _to_points(chars: list[dict]) -> list[dict]:
    keys = ("x0", "x1", "top", "bottom", "size")
    return [{**char, **{key: char[key] * MM_TO_PT for key in keys}} for char in chars]


def ofd_pages(data: bytes, max_pages: int) -> list[Page]:
    """Pages of an OFD file: text with character boxes in points."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        package = OfdPackage(archive)
        doc_root = _first_text(package.xml("OFD.xml"), "DocRoot")
        if not doc_root:
            raise InputError("E003", detail="OFD.xml names no DocRoot")
        doc_path = doc_root.lstrip("/")
        document = package.xml(doc_path)
        default_box = _numbers(_first_text(document, "PhysicalBox")) or [0, 0, *A4_MM]
        base_dir = posixpath.dirname(doc_path)
        templates = {t.get("ID"): t.get("BaseLoc", "") for t in _children(document, "TemplatePage")}
        used: set[str] = set()
        pages = []
        for number, page_ref in enumerate(_children(document, "Page")[:max_pages], start=1):
            content = package.xml(_resolve(base_dir, page_ref.get("BaseLoc", "")))
            box = _numbers(_first_text(content, "PhysicalBox")) or default_box
            chars = [c for obj in _children(content, "TextObject") for c in text_object_chars(obj)]
            chars += _template_chars(package, content, templates, used, base_dir)
            text, units = layout_text(_to_points(chars))
            pages.append(Page(number=number, text=text, text_source="native", unit="pt",
                              width=box[2] * MM_TO_PT, height=box[3] * MM_TO_PT,
                              units=units, unit_level="char"))
        return pages


def _template_chars(package: OfdPackage, content, templates: dict, used: set[str], base_dir: str) -> list[dict]:
    """Characters of the templates this page uses that no earlier page has contributed."""
    chars: list[dict] = []
    for ref in _children(content, "Template"):
        template_id = ref.get("TemplateID")
        if template_id in used or template_id not in templates:
            continue
        used.add(template_id)
        template = package.xml(_resolve(base_dir, templates[template_id]))
        chars += [c for obj in _children(template, "TextObject") for c in text_object_chars(obj)]
    return chars


@PARSERS.register("parser.ofd.v1")
class OfdParser(Parser):
    name = "parser.ofd.v1"
    media_types = ("application/ofd",)
    extensions = ("ofd",)

    def content_score(self, head: bytes, data: bytes | None) -> float:
        return 1.0 if head.startswith(b"PK") and "OFD.xml" in zip_member_names(data) else 0.0

    def parse(self, data: bytes, record: DocumentRecord, settings: AnalysisSettings) -> None:
        try:
            record.pages.extend(ofd_pages(data, settings.max_pages + 1))
            if len(record.pages) > settings.max_pages:
                del record.pages[settings.max_pages:]
                add_code(record, "E005", detail=f"only the first {settings.max_pages} pages read")
        except zipfile.BadZipFile as error:
            raise InputError("E003", detail=f"OFD zip: {error}") from error
