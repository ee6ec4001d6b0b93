"""Concepts as plain JSON-ready dicts: the shape of `lookup --json` and of the lookup index."""

from __future__ import annotations

from typing import Any

from termbase.model import (
    Concept,
    Evidence,
    PartOfSpeech,
    ReviewState,
    Status,
    Term,
    TermType,
)


def concept_to_dict(concept: Concept) -> dict[str, Any]:
    return {
        "id": concept.id,
        "subject": concept.subject,
        "definition": concept.definition,
        "note": concept.note,
        "source": concept.source,
        "review": concept.review.value,
        "terms": {
            lang: [term_to_dict(term) for term in concept.terms[lang]] for lang in concept.languages
        },
    }


def term_to_dict(term: Term) -> dict[str, Any]:
    return {
        "text": term.text,
        "status": term.status.value,
        "type": term.term_type.value,
        "pos": term.part_of_speech.value if term.part_of_speech else None,
        "case_sensitive": term.case_sensitive,
        "homograph": term.homograph,
        "usage": term.usage,
        "review": term.review.value,
        "evidence": [
            {
                "source": evidence.source,
                "locator": evidence.locator,
                "method": evidence.method,
                "score": evidence.score,
                "text": evidence.text,
            }
            for evidence in term.evidence
        ],
    }


_STATUS = {member.value: member for member in Status}
_TYPE = {member.value: member for member in TermType}
_POS = {member.value: member for member in PartOfSpeech}
_REVIEW = {member.value: member for member in ReviewState}


def concept_from_dict(data: dict[str, Any]) -> Concept:
    """The inverse of :func:`concept_to_dict` (for data termbase wrote itself)."""
    return Concept(
        id=data["id"],
        terms={
            lang: tuple(term_from_dict(t) for t in terms) for lang, terms in data["terms"].items()
        },
        subject=data["subject"],
        definition=data["definition"],
        note=data["note"],
        source=data["source"],
        review=_REVIEW[data["review"]],
    )


def term_from_dict(data: dict[str, Any]) -> Term:
    return Term(
        text=data["text"],
        status=_STATUS[data["status"]],
        part_of_speech=_POS[data["pos"]] if data["pos"] else None,
        term_type=_TYPE[data["type"]],
        case_sensitive=data["case_sensitive"],
        homograph=data["homograph"],
        usage=data["usage"],
        review=_REVIEW[data["review"]],
        evidence=tuple(Evidence(**item) for item in data["evidence"]) if data["evidence"] else (),
    )
