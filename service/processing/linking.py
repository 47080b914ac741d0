"""Links between documents through their parties (the same company or person) and through
the ties of a 化整为零 scheme.

Every party of a stored document gets keys in ``party_links``: its unified social credit code
or ID number (``code:``) and its normalized name (``name:``) say who it is; its legal
representative (``rep:``) and normalized address (``addr:``) tie nominees together. Every
document also stores its issuing agency (normalized) and violated provision (law:article) as
indexed columns (``scheme_agency``, ``scheme_provision``, with ``decision_date``).

``related_documents`` answers "what else do we hold on this party?" for the clue page (identity
keys only). ``link_batch`` hands the new records and the stored records that could share a
repeat group or a scheme with them (``stored_context``) to
``analysis.scoring.linking.link_records``, which adds cross-document findings (repeat
offenders, 化整为零) to the new records. ``analysis.scoring.schemes`` decides what belongs
together; the selection here is a superset found through indexed queries only:

- the same party: a shared ``code:`` or ``name:`` key, whatever the date (a party's decisions
  link whatever their age; the linker keeps the two-year window);
- a nominee tie: a shared ``rep:`` or ``addr:`` key, decided within the two-year window;
- the same agency and violated provision, decided within the 180-day scheme window, nearest
  in time first: every nominee the linker may group, whatever tie it reads (a tie no key
  indexes, such as a shared date of the facts, included).

Stored records found this way are searched again by their party keys (``EXPANSIONS`` rounds),
so a chain (a nominee of a nominee, the nominee's other decisions) is followed too.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta
from typing import Any

from sqlalchemy import event, or_, select, true
from sqlalchemy.orm import Session

from analysis.record import DocumentRecord
from analysis.scoring.facts import parse_date
from analysis.scoring.schemes import SCHEME_WINDOW_DAYS, WINDOW_DAYS, normalize_address, normalize_name
from service.db.models import Document, PartyLink

MAX_CONTEXT = 300
EXPANSIONS = 2
WINDOW_ROWS = 20_000  # ids and dates read from one agency window at most
IDENTITY_PREFIXES = ("code:", "name:")
TIE_PREFIXES = ("rep:", "addr:")
KEY_LENGTH = 256


def party_keys(party: dict[str, Any]) -> list[str]:
    """Who the party is: its code (credit code or ID number) and its normalized name."""
    keys = []
    code = (party.get("credit_code") or party.get("id_number") or "").strip().upper()
    if code:
        keys.append("code:" + code)
    name = normalize_name(party.get("name") or "")
    if len(name) >= 2:
        keys.append("name:" + name)
    return keys


def tie_keys(party: dict[str, Any]) -> list[str]:
    """What ties nominees together: the legal representative and the normalized address."""
    keys = []
    representative = (party.get("legal_representative") or "").strip()
    if len(representative) >= 2:
        keys.append("rep:" + representative)
    address = normalize_address(party.get("address"))
    if len(address) >= 4:
        keys.append("addr:" + address)
    return keys


def link_keys(party: dict[str, Any]) -> list[str]:
    """Every ``party_links`` key of a party (identity first), cut to the column's length."""
    return [key[:KEY_LENGTH] for key in party_keys(party) + tie_keys(party)]


def record_keys(record: dict[str, Any]) -> set[str]:
    parties = (record.get("fields") or {}).get("parties") or []
    return {key for party in parties for key in link_keys(party)}


def _field_value(fields: dict[str, Any], name: str) -> str | None:
    value = fields.get(name)
    return (value.get("value") if isinstance(value, dict) else value) or None


def scheme_columns(record: dict[str, Any]) -> dict[str, str | None]:
    """The document's ``scheme_agency`` and ``scheme_provision`` as the scheme linker reads them
    (``Entry.agency``: the normalized issuing agency; ``Entry.provision``: law:article of the
    first violated provision)."""
    fields = record.get("fields") or {}
    agency = normalize_name(_field_value(fields, "agency") or "")
    violated = next((statute for statute in fields.get("statutes") or []
                     if isinstance(statute, dict) and statute.get("role") == "violated"), None)
    provision = f"{violated.get('law')}:{violated.get('article')}" if violated else ""
    return {"scheme_agency": agency[:KEY_LENGTH] or None, "scheme_provision": provision[:KEY_LENGTH] or None}


@event.listens_for(Document.record, "set")
def _record_set(document: Document, record: Any, _old: Any, _initiator: Any) -> None:
    """Keep ``scheme_agency``/``scheme_provision`` true to the stored record whenever it is
    replaced (a reviewer's correction of the violated provision, a re-score)."""
    for name, value in scheme_columns(record or {}).items():
        setattr(document, name, value)


def _decided(record: dict[str, Any]) -> date | None:
    return parse_date(_field_value(record.get("fields") or {}, "decision_date"))


def related_documents(session: Session, document_pk: int, limit: int = 20) -> list[Document]:
    identity = or_(*(PartyLink.party_key.startswith(prefix) for prefix in IDENTITY_PREFIXES))
    keys = select(PartyLink.party_key).where(PartyLink.document_pk == document_pk, identity)
    others = (select(PartyLink.document_pk).where(PartyLink.party_key.in_(keys),
                                                  PartyLink.document_pk != document_pk))
    return list(session.scalars(select(Document).where(Document.id.in_(others))
                                .order_by(Document.decision_date.desc()).limit(limit)))


def _around(days: int, decided: date) -> Any:
    return Document.decision_date.between(decided - timedelta(days=days), decided + timedelta(days=days))


def _identity_ids(session: Session, keys: set[str], limit: int) -> list[int]:
    # a masked number (3713**********7237) identifies nobody: the name key finds the party
    wanted = sorted(key for key in keys if key.startswith(IDENTITY_PREFIXES) and "*" not in key)
    if not wanted or limit <= 0:
        return []
    ids = select(PartyLink.document_pk).where(PartyLink.party_key.in_(wanted))
    return list(session.scalars(select(Document.id).where(Document.id.in_(ids))
                                .order_by(Document.decision_date.desc(), Document.id.desc()).limit(limit)))


def _tie_ids(session: Session, keys_by_date: dict[str, set[date | None]], limit: int) -> list[int]:
    """Documents sharing a legal representative or address, within two years of the decision
    that named it (or undated on either side); one query per set of dates."""
    by_dates: dict[frozenset[date | None], list[str]] = {}
    for key, dates in keys_by_date.items():
        by_dates.setdefault(frozenset(dates), []).append(key)
    found: list[int] = []
    for dates, keys in sorted(by_dates.items(), key=lambda item: sorted(item[1])):
        if len(found) >= limit:
            break
        when = [true()] if None in dates else [Document.decision_date.is_(None)] + [
            _around(WINDOW_DAYS, decided) for decided in sorted(d for d in dates if d is not None)]
        ids = select(PartyLink.document_pk).where(PartyLink.party_key.in_(sorted(keys)))
        found += session.scalars(select(Document.id).where(Document.id.in_(ids), or_(*when))
                                 .order_by(Document.decision_date.desc()).limit(limit - len(found)))
    return found


def _scheme_ids(session: Session, records: Iterable[dict[str, Any]], limit: int) -> list[int]:
    """Documents of the same agency on the same violated provision within the scheme window,
    nearest in time to the batch's decisions first (a busy agency may have more than ``limit``).
    One range query over ``ix_documents_scheme`` per agency, provision and run of overlapping
    windows, reading only ids and dates (the index covers them)."""
    windows: dict[tuple[str, str], list[date]] = {}
    for record in records:
        columns, decided = scheme_columns(record), _decided(record)
        if columns["scheme_agency"] and columns["scheme_provision"] and decided is not None:
            windows.setdefault((columns["scheme_agency"], columns["scheme_provision"]), []).append(decided)
    if limit <= 0:
        return []
    span = timedelta(days=SCHEME_WINDOW_DAYS)
    distance: dict[int, int] = {}
    for (agency, provision), dates in sorted(windows.items()):
        for first, last in _runs(sorted(dates)):
            rows = session.execute(select(Document.id, Document.decision_date).where(
                Document.scheme_agency == agency, Document.scheme_provision == provision,
                Document.decision_date.between(first - span, last + span)).limit(WINDOW_ROWS))
            for pk, decided in rows:
                gap = min(abs((decided - day).days) for day in dates)
                distance[pk] = min(gap, distance.get(pk, gap))
    return sorted(distance, key=lambda pk: (distance[pk], pk))[:limit]


def _runs(dates: list[date]) -> list[tuple[date, date]]:
    """Sorted dates merged into runs whose scheme windows overlap."""
    runs: list[tuple[date, date]] = []
    for day in dates:
        if runs and (day - runs[-1][1]).days <= 2 * SCHEME_WINDOW_DAYS:
            runs[-1] = (runs[-1][0], day)
        else:
            runs.append((day, day))
    return runs


def _keys_by_date(records: Iterable[dict[str, Any]]) -> tuple[set[str], dict[str, set[date | None]]]:
    identity: set[str] = set()
    ties: dict[str, set[date | None]] = {}
    for record in records:
        decided = _decided(record)
        for key in record_keys(record):
            if key.startswith(TIE_PREFIXES):
                ties.setdefault(key, set()).add(decided)
            else:
                identity.add(key)
    return identity, ties


def stored_context(session: Session, records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Stored records that could share a repeat group or a 化整为零 scheme with ``records``
    (at most ``MAX_CONTEXT``, the batch's own documents excluded): the same party first (at
    most half of them), then the same agency and provision within the scheme window (nearest
    first), then nominee ties; then the party and tie keys of what was found, for ``EXPANSIONS`` rounds.
    Documents found only through the agency window are not searched further: that would pull
    the history of every party the agency fined on that provision."""
    batch_ids = {record.get("document_id") for record in records}
    # a re-scored batch is stored already: its own rows take no place in the context
    seen: set[int] = set(session.scalars(select(Document.id).where(Document.document_id.in_(
        sorted(str(document_id) for document_id in batch_ids)))))
    context: list[dict[str, Any]] = []
    frontier = records
    for round_ in range(1 + EXPANSIONS):
        identity, ties = _keys_by_date(frontier)
        budget = MAX_CONTEXT - len(context)
        keyed = _identity_ids(session, identity, min(budget, MAX_CONTEXT // 2))
        window = _scheme_ids(session, frontier, budget - len(keyed)) if round_ == 0 else []
        keyed += _tie_ids(session, ties, budget - len(keyed) - len(window))
        new = [pk for pk in dict.fromkeys(keyed + window) if pk not in seen][:budget]
        if not new:
            break
        seen.update(new)
        expand = set(keyed)
        rows = session.execute(select(Document.id, Document.document_id, Document.record)
                               .where(Document.id.in_(new)).order_by(Document.id))
        frontier = []
        for pk, document_id, record in rows:
            if document_id in batch_ids:
                continue
            context.append(record)
            if pk in expand:
                frontier.append(record)
        if not frontier or len(context) >= MAX_CONTEXT:
            break
    return context


def link_batch(session: Session, records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Add cross-document findings to ``records``; unchanged when the linker is unavailable."""
    try:
        from analysis.scoring.linking import link_records
    except ImportError:
        return records
    context = stored_context(session, records)
    try:
        batch = [DocumentRecord.model_validate(record) for record in records]
        stored = [DocumentRecord.model_validate(record) for record in context]
    except ValueError:
        return records
    before = [len(record.findings) for record in batch]
    link_records(batch, stored)
    return [_with_linked_priority(record, count) for record, count in zip(batch, before, strict=True)]


def _with_linked_priority(record: DocumentRecord, findings_before: int) -> dict[str, Any]:
    """Raise the priority to the strongest cross-document finding (the scorer ran before)."""
    linked = record.findings[findings_before:]
    if linked and record.scores is not None:
        strongest = max(finding.confidence for finding in linked)
        record.scores.priority = max(record.scores.priority, strongest)
        for finding in linked:
            if finding.kind == "criminal_transfer":
                record.scores.criminal_transfer = max(record.scores.criminal_transfer, finding.confidence)
    return record.to_json_dict(with_units=True)
