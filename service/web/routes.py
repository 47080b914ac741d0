"""Pages of the web UI. Every page reads through the same query functions as the API; forms
post with the session's CSRF token; the clue page draws evidence boxes on the page image."""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import Depends, FastAPI, Form, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from sqlalchemy import select

from service import access, audit, queries, rescore, stats, to_label
from service.api import clues as clue_api
from service.api.auth import set_session_cookie, sign_in
from service.api.deps import DB, SESSION_COOKIE, client_address, optional_user
from service.api.reviews import ReviewIn, apply_review
from service.db.models import DISPOSITIONS, AuditEntry, Document, Dossier, User
from service.model_cards import model_cards
from service.web.charts import grouped_bars
from service.web.highlight import highlighted_text

HERE = Path(__file__).resolve().parent
templates = Jinja2Templates(directory=str(HERE / "templates"))
ROLE_LABELS = {"admin": "管理员", "prosecutor": "检察官", "agency_clerk": "行政机关录入员", "auditor": "审计员"}
AMOUNT_ROLES = {"fine": "罚款", "confiscated_gains": "没收违法所得", "illegal_gains": "违法所得", "goods_value": "货值金额",
                "sales_amount": "销售金额", "tax_evaded": "偷逃税款", "damage": "损失", "other": "其他金额"}
STATUTE_ROLES = {"violated": "违反", "basis": "处罚依据", "other": "引用"}
templates.env.globals.update(ROLE_LABELS=ROLE_LABELS, AMOUNT_ROLES=AMOUNT_ROLES, STATUTE_ROLES=STATUTE_ROLES, KIND_LABELS=queries.KIND_LABELS,
                             STATUS_LABELS=queries.STATUS_LABELS,
                             DOMAIN_LABELS=queries.DOMAIN_LABELS, DISPOSITIONS=DISPOSITIONS)
PAGE_SIZE = 50


class LoginRequired(Exception):
    pass


async def page_user(request: Request, user: Annotated[User | None, Depends(optional_user)]) -> User:
    if user is None:
        raise LoginRequired()
    return user


PageUser = Annotated[User, Depends(page_user)]


def render(request: Request, name: str, user: User | None, **context: Any) -> HTMLResponse:
    csrf = getattr(request.state, "csrf_token", "")
    return templates.TemplateResponse(request, name, {"user": user, "csrf_token": csrf, **context})


def forbid_unless(user: User, roles: tuple[str, ...]) -> None:
    if user.role not in roles:
        raise HTTPException(403, "您的角色无权访问此页面")


def mount(app: FastAPI) -> None:
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
    app.add_exception_handler(LoginRequired, lambda request, _exc: RedirectResponse(
        "/login?" + urlencode({"next": request.url.path}), status_code=303))
    from service.web import learning  # its pages use this module's helpers

    for path, endpoint, methods in learning.ROUTES + ROUTES:
        app.add_api_route(path, endpoint, methods=methods, include_in_schema=False,
                          response_class=HTMLResponse)


def home(user: PageUser) -> Response:
    target = "/upload" if user.role == "agency_clerk" else "/queue"
    return RedirectResponse(target, status_code=303)


def login_form(request: Request, next: str = "/") -> HTMLResponse:
    return render(request, "login.html", None, next=next, error=None)


def login_submit(request: Request, session: DB, username: Annotated[str, Form()],
                 password: Annotated[str, Form()], next: Annotated[str, Form()] = "/") -> Response:
    try:
        _user, token, _csrf = sign_in(request, session, username, password)
    except HTTPException as error:
        return render(request, "login.html", None, next=next, error=error.detail)
    target = next if next.startswith("/") and not next.startswith("//") else "/"
    response = RedirectResponse(target, status_code=303)
    set_session_cookie(request, response, token)
    return response


def logout(request: Request, session: DB, user: PageUser) -> Response:
    from service import security

    security.end_session(session, request.cookies.get(SESSION_COOKIE, ""))
    audit.record(session, action="logout", user=user, client=client_address(request))
    response = RedirectResponse("/login", status_code=303)
    response.delete_cookie(SESSION_COOKIE)
    return response


def upload_page(request: Request, session: DB, user: PageUser) -> HTMLResponse:
    forbid_unless(user, access.CAN_UPLOAD)
    statement = select(Dossier).order_by(Dossier.id.desc()).limit(20)
    if user.role == "agency_clerk":
        statement = statement.where(Dossier.agency == user.agency)
    from service.api.uploads import dossier_progress

    dossiers = [dossier_progress(session, d) for d in session.scalars(statement)]
    return render(request, "upload.html", user, dossiers=dossiers)


def dossier_page(dossier_id: int, request: Request, session: DB, user: PageUser) -> HTMLResponse:
    """Progress of one dossier per file and per document, with the errors a clerk can act on."""
    from service.api.uploads import get_dossier

    forbid_unless(user, access.CAN_READ_DOCUMENTS)
    dossier = get_dossier(dossier_id, session, user)
    errors = {}
    for document in session.scalars(select(Document).where(
            Document.document_id.in_([d["document_id"] for d in dossier["documents"]]))):
        errors[document.document_id] = document.record.get("errors") or []
    return render(request, "dossier.html", user, dossier=dossier, errors=errors,
                  can_open_clues=user.role in access.CAN_READ_CLUES)


def _date(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None


def queue_page(request: Request, session: DB, user: PageUser, kind: str = "", domain: str = "",
               agency: str = "", date_from: str = "", date_to: str = "", min_score: str = "",
               status: str = "", q: str = "", page: int = 1) -> HTMLResponse:
    forbid_unless(user, access.CAN_READ_CLUES)
    try:
        score = float(min_score) if min_score else None
    except ValueError:
        score = None
    flt = queries.QueueFilter(kind=kind or None, domain=domain or None, agency=agency or None,
                              date_from=_date(date_from), date_to=_date(date_to), min_score=score,
                              status=status or None, q=q or None)
    page = max(page, 1)
    rows, _ = queries.ranked_queue(session, user, flt, limit=PAGE_SIZE + 1, offset=(page - 1) * PAGE_SIZE)
    params = {k: v for k, v in dict(kind=kind, domain=domain, agency=agency, date_from=date_from,
                                     date_to=date_to, min_score=min_score, status=status, q=q).items() if v}
    return render(request, "queue.html", user, clues=rescore.annotate_moves(session, rows[:PAGE_SIZE]),
                  has_next=len(rows) > PAGE_SIZE, page=page, filters=params, query=urlencode(params))


def to_label_page(request: Request, session: DB, user: PageUser, size: int = 20,
                  random_share: float = 0.2, kind: str = "priority") -> HTMLResponse:
    """待标注: the documents whose labels would teach the models most, plus a random share."""
    forbid_unless(user, access.CAN_REVIEW)
    size, random_share = min(max(size, 1), 500), min(max(random_share, 0.0), 1.0)
    kind = kind if kind in to_label.SCORE_KINDS else "priority"
    items = to_label.queue(session, size=size, random_share=random_share, kind=kind)
    return render(request, "to_label.html", user, items=items, size=size, random_share=random_share,
                  kind=kind, kinds=to_label.SCORE_KINDS)


def _clue_context(request: Request, session: DB, user: User, clue_id: int) -> dict[str, Any]:
    clue = clue_api.visible_clue(session, user, clue_id)
    detail = clue_api.clue_detail(session, clue)
    media_type = clue.document.media_type
    prosecutors = list(session.scalars(select(User.username).where(User.role.in_(("prosecutor", "admin")),
                                                                    User.active.is_(True))))
    return {"clue": detail, "prosecutors": prosecutors, "can_review": user.role in access.CAN_REVIEW,
            "has_images": media_type == "application/pdf" or media_type.startswith("image/"),
            "text_html": highlighted_text(clue.document.text, detail["evidence"]), "error": None}


def clue_page(clue_id: int, request: Request, session: DB, user: PageUser) -> HTMLResponse:
    forbid_unless(user, access.CAN_READ_CLUES)
    context = _clue_context(request, session, user, clue_id)
    audit.record(session, action="document.view", user=user, target=context["clue"]["document_id"],
                 detail={"clue": clue_id}, client=client_address(request))
    return render(request, "clue.html", user, **context)


def clue_review(clue_id: int, request: Request, session: DB, user: PageUser,
                action: Annotated[str, Form()], disposition: Annotated[str, Form()] = "",
                reason: Annotated[str, Form()] = "", note: Annotated[str, Form()] = "",
                assignee: Annotated[str, Form()] = "") -> Response:
    forbid_unless(user, access.CAN_REVIEW)
    clue = clue_api.visible_clue(session, user, clue_id)
    body = ReviewIn(action=action if action in ("disposition", "note", "assign") else "note",
                    disposition=disposition or None, reason=reason or None, note=note or None,
                    assignee=assignee or None)
    try:
        apply_review(session, clue, user, body)
    except ValueError as error:
        session.rollback()
        context = {**_clue_context(request, session, user, clue_id), "error": str(error)}
        response = render(request, "clue.html", user, **context)
        response.status_code = 422
        return response
    audit.record(session, action=f"review.{body.action}", user=user, target=f"clue:{clue_id}",
                 detail=body.model_dump(exclude_none=True), client=client_address(request))
    return RedirectResponse(f"/clues/{clue_id}#reviews", status_code=303)


def stats_page(request: Request, session: DB, user: PageUser) -> HTMLResponse:
    forbid_unless(user, access.CAN_READ_STATS)
    rows = stats.agency_month_stats(session)
    by_month: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    for row in rows:
        totals = by_month[row["month"]]
        for i, key in enumerate(("received", "clues", "dispositions", "transfers")):
            totals[i] += row[key]
    months = sorted(by_month)[-12:]
    chart = grouped_bars(months, [
        ("收到决定书", "#7a9cc6", [by_month[m][0] for m in months]),
        ("线索", "#e0a030", [by_month[m][1] for m in months]),
        ("已处理", "#4caf50", [by_month[m][2] for m in months]),
        ("移送", "#c0392b", [by_month[m][3] for m in months])])
    by_agency: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for row in rows:
        totals = by_agency[row["agency"]]
        for i, key in enumerate(("clues", "dispositions", "transfers")):
            totals[i] += row[key]
    agencies = sorted(by_agency, key=lambda name: -by_agency[name][0])[:10]
    agency_chart = grouped_bars(agencies, [
        ("线索", "#e0a030", [by_agency[a][0] for a in agencies]),
        ("已处理", "#4caf50", [by_agency[a][1] for a in agencies]),
        ("移送", "#c0392b", [by_agency[a][2] for a in agencies])])
    return render(request, "stats.html", user, rows=rows, chart=chart, agency_chart=agency_chart)


def models_page(request: Request, session: DB, user: PageUser) -> HTMLResponse:
    from service.web.learning import models_context

    return render(request, "models.html", user, cards=model_cards(request.app.state.settings.models_dir),
                  **models_context(request, session))


def model_version_page(model: str, version: str, request: Request, session: DB, user: PageUser) -> HTMLResponse:
    from service.web.learning import models_context

    cards = [card for card in model_cards(request.app.state.settings.models_dir)
             if card["model"] == model and card["version"] == version]
    if not cards:
        raise HTTPException(404, "模型版本不存在")
    return render(request, "models.html", user, cards=cards, **models_context(request, session))


def audit_page(request: Request, session: DB, user: PageUser) -> HTMLResponse:
    forbid_unless(user, access.CAN_READ_AUDIT)
    entries = list(session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc()).limit(200)))
    return render(request, "audit.html", user, entries=entries)


def users_page(request: Request, session: DB, user: PageUser, error: str | None = None) -> HTMLResponse:
    forbid_unless(user, access.CAN_MANAGE_USERS)
    users = list(session.scalars(select(User).order_by(User.role, User.username)))
    return render(request, "users.html", user, users=users, error=error)


def users_create(request: Request, session: DB, user: PageUser, username: Annotated[str, Form()],
                 password: Annotated[str, Form()], role: Annotated[str, Form()],
                 agency: Annotated[str, Form()] = "") -> Response:
    from service import security

    forbid_unless(user, access.CAN_MANAGE_USERS)
    if session.scalar(select(User.id).where(User.username == username)):
        return users_page(request, session, user, error="用户名已存在")
    try:
        created = security.create_user(session, username=username, password=password, role=role,
                                       agency=agency or None)
    except ValueError as error:
        session.rollback()
        return users_page(request, session, user, error=str(error))
    audit.record(session, action="user.create", user=user, target=created.username,
                 detail={"role": role, "agency": agency or None}, client=client_address(request))
    return RedirectResponse("/users", status_code=303)


ROUTES = [
    ("/users", users_page, ["GET"]),
    ("/users", users_create, ["POST"]),
    ("/", home, ["GET"]),
    ("/login", login_form, ["GET"]),
    ("/login", login_submit, ["POST"]),
    ("/logout", logout, ["POST"]),
    ("/upload", upload_page, ["GET"]),
    ("/queue", queue_page, ["GET"]),
    ("/labels/queue", to_label_page, ["GET"]),
    ("/dossiers/{dossier_id}", dossier_page, ["GET"]),
    ("/clues/{clue_id}", clue_page, ["GET"]),
    ("/clues/{clue_id}/review", clue_review, ["POST"]),
    ("/stats", stats_page, ["GET"]),
    ("/models", models_page, ["GET"]),
    ("/models/{model}/{version}", model_version_page, ["GET"]),
    ("/audit", audit_page, ["GET"]),
]
