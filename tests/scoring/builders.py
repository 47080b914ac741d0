"""Build analysis records from a decision text, locating each hand-made field by its wording."""

from __future__ import annotations

import hashlib

from analysis.record import (
    Amount,
    Classification,
    DocumentRecord,
    Fields,
    Page,
    Party,
    Penalty,
    Quantity,
    Source,
    Statute,
    TextField,
)


def span(text: str, needle: str, after: int = 0) -> tuple[int, int]:
    start = text.index(needle, after)
    return start, start + len(needle)


def make_record(text: str, *, name: str = "decision.txt", domain: str = "other",
                amounts: list[tuple[str, str, float]] = (),
                quantities: list[tuple[str, float, str, str | None]] = (),
                statutes: list[tuple[str, str, int, str]] = (),
                penalties: list[str] = ("fine",), decision_date: str | None = None,
                party: tuple[str, str | None, str | None] | None = None,
                party_kind: str = "organization") -> DocumentRecord:
    """``amounts``: (wording, role, yuan); ``quantities``: (wording, value, unit, subject);
    ``statutes``: (wording, law, article, role)."""
    fields = Fields()
    for wording, role, value in amounts:
        start, end = span(text, wording)
        fields.amounts.append(Amount(role=role, value=value, text=wording, start=start, end=end))
    for wording, value, unit, subject in quantities:
        start, end = span(text, wording)
        fields.quantities.append(Quantity(value=value, unit=unit, subject=subject, text=wording,
                                          start=start, end=end))
    for wording, law, article, role in statutes:
        start, end = span(text, wording)
        fields.statutes.append(Statute(law=law, article=article, role=role, text=wording, start=start, end=end))
    fields.penalties = [Penalty(kind=kind) for kind in penalties]
    if decision_date:
        fields.decision_date = TextField(value=decision_date)
    if party:
        party_name, credit_code, address = party
        start, end = span(text, party_name)
        fields.parties.append(Party(name=party_name, credit_code=credit_code, address=address,
                                    kind=party_kind, start=start, end=end))
    digest = hashlib.sha256((name + text).encode()).hexdigest()
    return DocumentRecord(document_id=digest, source=Source(name=name, media_type="text/plain"), text=text,
                          pages=[Page(number=1, text=text, start=0, end=len(text))], fields=fields,
                          classification=Classification(domain=domain, confidence=0.9))
