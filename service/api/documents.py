"""Documents: the analysis record, page images rendered on request, the original file."""

from __future__ import annotations

from fastapi import APIRouter, HTTPException, Request, Response
from sqlalchemy import select

from service import audit, search
from service.access import may_see_document, scope_documents
from service.api.deps import DB, DocumentReader, client_address
from service.db.models import Document, User
from service.pages import NoPageImage, original_bytes, render_page

router = APIRouter(prefix="/documents", tags=["documents"])


def visible_document(session: DB, user: User, document_id: str) -> Document:
    document = session.scalar(select(Document).where(Document.document_id == document_id))
    if document is None or not may_see_document(user, document):
        raise HTTPException(404, "文书不存在")
    return document


@router.get("")
def list_documents(session: DB, user: DocumentReader, q: str | None = None, limit: int = 50,
                   offset: int = 0) -> list[dict]:
    statement = scope_documents(select(Document), user)
    statement = search.apply_search(statement, session, q)
    rows = session.scalars(statement.order_by(Document.id.desc()).limit(min(limit, 500)).offset(offset))
    return [{"document_id": d.document_id, "name": d.name, "agency": d.agency, "status": d.status,
             "decision_number": d.decision_number, "title": d.title,
             "clue_id": d.clue.id if d.clue else None} for d in rows]


@router.get("/{document_id}")
def get_document(document_id: str, request: Request, session: DB, user: DocumentReader) -> dict:
    """The analysis record (leadminer.analysis/1); pages without character boxes, findings with
    their evidence boxes."""
    document = visible_document(session, user, document_id)
    audit.record(session, action="document.view", user=user, target=document_id,
                 client=client_address(request))
    return document.record


@router.get("/{document_id}/pages/{number}.png", response_class=Response,
            responses={200: {"content": {"image/png": {}}}})
def page_image(document_id: str, number: int, request: Request, session: DB, user: DocumentReader,
               dpi: int | None = None) -> Response:
    document = visible_document(session, user, document_id)
    settings = request.app.state.settings
    resolution = max(36, min(dpi or settings.page_image_dpi, 300))
    try:
        png = render_page(request.app.state.store, document, number, resolution,
                          settings.data_dir / "cache" / "pages")
    except NoPageImage as error:
        raise HTTPException(404, "该文书没有页面图像") from error
    except (IndexError, KeyError) as error:
        raise HTTPException(404, "页码不存在") from error
    return Response(png, media_type="image/png", headers={"Cache-Control": "private, max-age=3600"})


@router.get("/{document_id}/original", response_class=Response)
def original(document_id: str, request: Request, session: DB, user: DocumentReader) -> Response:
    document = visible_document(session, user, document_id)
    audit.record(session, action="document.download", user=user, target=document_id,
                 client=client_address(request))
    try:
        data = original_bytes(request.app.state.store, document)
    except KeyError as error:  # a member ingest skipped (unsafe path) has no original to give
        raise HTTPException(404, "原件不可用") from error
    filename = (document.member or document.name).rsplit("/", 1)[-1]
    return Response(data, media_type=document.media_type,
                    headers={"Content-Disposition": f"attachment; filename*=UTF-8''{_quote(filename)}"})


def _quote(name: str) -> str:
    from urllib.parse import quote

    return quote(name, safe="")
