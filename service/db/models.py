"""Tables of the service (SQLAlchemy 2 declarative models).

A *dossier* is one upload batch (one or more files, or a ZIP) for an agency. Every uploaded
file is a *stored file*, kept content-addressed by sha256 on disk before anything else
happens. One *job* per stored file runs ingest + pipeline; each document the file yields
(a ZIP yields several) becomes a *document* row holding the analysis record, with one *clue*
per document that the ranked queue reads, its *findings*, and *party links* across
documents. *Reviews* are the append-only history of what prosecutors did with a clue; the
*audit log* is append-only too (database triggers refuse UPDATE and DELETE).
"""

from __future__ import annotations

from datetime import date, datetime, timezone

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


def utcnow() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


class Base(DeclarativeBase):
    pass


ROLES = ("admin", "prosecutor", "agency_clerk", "auditor")


class User(Base):
    __tablename__ = "users"
    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(128), default="")
    password_hash: Mapped[str] = mapped_column(String(256))
    role: Mapped[str] = mapped_column(String(32))
    agency: Mapped[str | None] = mapped_column(String(256), nullable=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class ApiToken(Base):
    __tablename__ = "api_tokens"
    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(128), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    revoked: Mapped[bool] = mapped_column(Boolean, default=False)
    user: Mapped[User] = relationship()


class WebSession(Base):
    __tablename__ = "web_sessions"
    id: Mapped[int] = mapped_column(primary_key=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    csrf_token: Mapped[str] = mapped_column(String(64))
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(DateTime)
    user: Mapped[User] = relationship()


class LoginAttempt(Base):
    __tablename__ = "login_attempts"
    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(64), index=True)
    client: Mapped[str] = mapped_column(String(64), index=True)
    success: Mapped[bool] = mapped_column(Boolean)
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, index=True)


class Dossier(Base):
    __tablename__ = "dossiers"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(256))
    agency: Mapped[str | None] = mapped_column(String(256), nullable=True, index=True)
    uploaded_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class StoredFile(Base):
    __tablename__ = "stored_files"
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(String(512))
    media_type: Mapped[str] = mapped_column(String(128), default="application/octet-stream")
    size: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class DossierFile(Base):
    """An uploaded file inside a dossier; ``duplicate`` when its bytes were already stored."""

    __tablename__ = "dossier_files"
    id: Mapped[int] = mapped_column(primary_key=True)
    dossier_id: Mapped[int] = mapped_column(ForeignKey("dossiers.id"), index=True)
    file_sha256: Mapped[str] = mapped_column(ForeignKey("stored_files.sha256"), index=True)
    name: Mapped[str] = mapped_column(String(512))
    duplicate: Mapped[bool] = mapped_column(Boolean, default=False)


JOB_STATES = ("queued", "running", "done", "failed")


class Job(Base):
    """Analysis of one stored file; written before it runs, one per file (idempotent)."""

    __tablename__ = "jobs"
    id: Mapped[int] = mapped_column(primary_key=True)
    file_sha256: Mapped[str] = mapped_column(ForeignKey("stored_files.sha256"), unique=True)
    dossier_id: Mapped[int] = mapped_column(ForeignKey("dossiers.id"), index=True)
    state: Mapped[str] = mapped_column(String(16), default="queued", index=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    documents: Mapped[int] = mapped_column(Integer, default=0)
    error: Mapped[str | None] = mapped_column(Text, nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    started_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    finished_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)


class Document(Base):
    __tablename__ = "documents"
    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[str] = mapped_column(String(64), unique=True)
    file_sha256: Mapped[str] = mapped_column(ForeignKey("stored_files.sha256"), index=True)
    member: Mapped[str | None] = mapped_column(String(1024), nullable=True)
    dossier_id: Mapped[int] = mapped_column(ForeignKey("dossiers.id"), index=True)
    name: Mapped[str] = mapped_column(String(512))
    media_type: Mapped[str] = mapped_column(String(128))
    status: Mapped[str] = mapped_column(String(16))
    agency: Mapped[str | None] = mapped_column(String(256), nullable=True, index=True)
    issuing_agency: Mapped[str | None] = mapped_column(String(256), nullable=True)
    decision_number: Mapped[str | None] = mapped_column(String(256), nullable=True)
    decision_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    title: Mapped[str | None] = mapped_column(String(512), nullable=True)
    pages: Mapped[int] = mapped_column(Integer, default=0)
    completeness: Mapped[float] = mapped_column(Float, default=0.0)
    text: Mapped[str] = mapped_column(Text, default="")
    record: Mapped[dict] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, index=True)
    # what the 化整为零 linker groups nominees by (service.processing.linking.scheme_columns):
    # the normalized issuing agency and the violated provision (law:article)
    scheme_agency: Mapped[str | None] = mapped_column(String(256), nullable=True)
    scheme_provision: Mapped[str | None] = mapped_column(String(256), nullable=True)
    clue: Mapped[Clue | None] = relationship(back_populates="document", uselist=False)

    __table_args__ = (
        Index("ix_documents_scheme", "scheme_agency", "scheme_provision", "decision_date"),
    )


CLUE_STATES = ("new", "assigned", "in_review", "disposed")


class Clue(Base):
    """One per document: what the ranked queue lists and reviews act on."""

    __tablename__ = "clues"
    id: Mapped[int] = mapped_column(primary_key=True)
    document_pk: Mapped[int] = mapped_column(ForeignKey("documents.id"), unique=True)
    priority: Mapped[float] = mapped_column(Float, default=0.0)
    criminal_transfer: Mapped[float] = mapped_column(Float, default=0.0)
    public_interest: Mapped[float] = mapped_column(Float, default=0.0)
    enforcement_irregularity: Mapped[float] = mapped_column(Float, default=0.0)
    kinds: Mapped[str] = mapped_column(String(256), default="")
    finding_count: Mapped[int] = mapped_column(Integer, default=0)
    domain: Mapped[str | None] = mapped_column(String(64), nullable=True)
    agency: Mapped[str | None] = mapped_column(String(256), nullable=True)
    decision_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    status: Mapped[str] = mapped_column(String(16), default="new")
    disposition: Mapped[str | None] = mapped_column(String(32), nullable=True)
    assignee_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    disposed_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    document: Mapped[Document] = relationship(back_populates="clue")
    assignee: Mapped[User | None] = relationship()

    __table_args__ = (
        Index("ix_clues_queue", "status", "priority"),
        Index("ix_clues_priority", "priority"),
        Index("ix_clues_agency_priority", "agency", "priority"),
        Index("ix_clues_domain", "domain", "priority"),
        Index("ix_clues_decision_date", "decision_date", "priority"),
        Index("ix_clues_search", "priority", "document_pk"),
    )


class FindingRow(Base):
    __tablename__ = "findings"
    id: Mapped[int] = mapped_column(primary_key=True)
    document_pk: Mapped[int] = mapped_column(ForeignKey("documents.id"), index=True)
    kind: Mapped[str] = mapped_column(String(32), index=True)
    rule: Mapped[str] = mapped_column(String(128))
    offense: Mapped[str | None] = mapped_column(String(256), nullable=True)
    explanation: Mapped[str] = mapped_column(Text)
    source: Mapped[str] = mapped_column(Text)
    confidence: Mapped[float] = mapped_column(Float)
    evidence: Mapped[list] = mapped_column(JSON)


class PartyLink(Base):
    """A party seen in a document, keyed so the same party links documents together."""

    __tablename__ = "party_links"
    id: Mapped[int] = mapped_column(primary_key=True)
    party_key: Mapped[str] = mapped_column(String(256), index=True)
    document_pk: Mapped[int] = mapped_column(ForeignKey("documents.id"), index=True)
    name: Mapped[str] = mapped_column(String(256))
    credit_code: Mapped[str | None] = mapped_column(String(64), nullable=True)
    __table_args__ = (UniqueConstraint("party_key", "document_pk"),)


DISPOSITIONS = {
    "transfer_police": "移送公安机关/立案监督",
    "public_interest_litigation": "公益诉讼立案/诉前检察建议",
    "administrative_recommendation": "行政违法行为检察建议",
    "no_action": "不予处理",
    "further_investigation": "需补充调查",
}


class Review(Base):
    """One review action on a clue (disposition, note or assignment); never updated."""

    __tablename__ = "reviews"
    id: Mapped[int] = mapped_column(primary_key=True)
    clue_id: Mapped[int] = mapped_column(ForeignKey("clues.id"), index=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    action: Mapped[str] = mapped_column(String(16))  # disposition | note | assign
    disposition: Mapped[str | None] = mapped_column(String(32), nullable=True)
    reason: Mapped[str | None] = mapped_column(Text, nullable=True)
    note: Mapped[str | None] = mapped_column(Text, nullable=True)
    assignee_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, index=True)
    user: Mapped[User] = relationship(foreign_keys=[user_id])
    assignee: Mapped[User | None] = relationship(foreign_keys=[assignee_id])


class AuditEntry(Base):
    __tablename__ = "audit_log"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, index=True)
    user_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    username: Mapped[str | None] = mapped_column(String(64), nullable=True)
    action: Mapped[str] = mapped_column(String(64), index=True)
    target: Mapped[str | None] = mapped_column(String(256), nullable=True)
    detail: Mapped[dict | None] = mapped_column(JSON, nullable=True)
    client: Mapped[str | None] = mapped_column(String(64), nullable=True)


# ───────────── learning from reviewers (issue 7): labels, re-scores, shadow scores ─────────────


class LabelRow(Base):
    """One reviewer label in the ``analysis.labels.LabeledDocument`` format (``payload``); a
    disposition or a field correction writes a new row, the newest row per document is its truth."""

    __tablename__ = "labels"
    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[str] = mapped_column(String(64), index=True)
    document_pk: Mapped[int | None] = mapped_column(ForeignKey("documents.id"), nullable=True, index=True)
    kind: Mapped[str] = mapped_column(String(16))  # disposition | correction | import
    final: Mapped[bool] = mapped_column(Boolean, default=True)
    annotator: Mapped[str | None] = mapped_column(String(64), nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, index=True)
    model_versions: Mapped[dict] = mapped_column(JSON)
    payload: Mapped[dict] = mapped_column(JSON)


class ModelJob(Base):
    """A background model job (``rescore`` after a promotion/rollback, or ``retrain``)."""

    __tablename__ = "model_jobs"
    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(16), index=True)
    state: Mapped[str] = mapped_column(String(16), default="queued")
    reason: Mapped[str | None] = mapped_column(String(256), nullable=True)
    requested_by: Mapped[str | None] = mapped_column(String(64), nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    finished_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    detail: Mapped[dict | None] = mapped_column(JSON, nullable=True)
    error: Mapped[str | None] = mapped_column(Text, nullable=True)


class ClueMove(Base):
    """A clue's priority before and after one re-score (what moved in the queue)."""

    __tablename__ = "clue_moves"
    id: Mapped[int] = mapped_column(primary_key=True)
    job_id: Mapped[int] = mapped_column(ForeignKey("model_jobs.id"), index=True)
    clue_id: Mapped[int] = mapped_column(ForeignKey("clues.id"), index=True)
    old_priority: Mapped[float] = mapped_column(Float)
    new_priority: Mapped[float] = mapped_column(Float)


class ShadowScore(Base):
    """Scores of a candidate model version beside the main ones; never read by the queue."""

    __tablename__ = "shadow_scores"
    id: Mapped[int] = mapped_column(primary_key=True)
    document_pk: Mapped[int] = mapped_column(ForeignKey("documents.id"), index=True)
    candidate: Mapped[str] = mapped_column(String(128), index=True)
    priority: Mapped[float] = mapped_column(Float)
    scores: Mapped[dict] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    __table_args__ = (UniqueConstraint("document_pk", "candidate"),)


class ServiceOption(Base):
    """A setting changed at run time by an admin (e.g. the shadow candidate)."""

    __tablename__ = "service_options"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[dict | None] = mapped_column(JSON, nullable=True)
