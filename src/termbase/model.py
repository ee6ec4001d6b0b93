"""The terminology model: concepts, terms and translation units as plain frozen values.

Concept orientation follows TBX: a concept owns, per language, an ordered list of terms.
Nothing here knows about files, XML or the command line; formats read and write these values.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import NamedTuple

from termbase.errors import DuplicateConceptError

LANGUAGES: tuple[str, ...] = ("id", "en")
"""Languages of the termbase, in the order files and exports list them."""


class Status(StrEnum):
    """Administrative status of a term (TBX administrativeStatus)."""

    PREFERRED = "preferred"
    ADMITTED = "admitted"
    DEPRECATED = "deprecated"
    SUPERSEDED = "superseded"

    @property
    def approved(self) -> bool:
        return self in (Status.PREFERRED, Status.ADMITTED)


class TermType(StrEnum):
    """TBX termType values used by TBX-Basic."""

    FULL_FORM = "fullForm"
    ACRONYM = "acronym"
    ABBREVIATION = "abbreviation"
    SHORT_FORM = "shortForm"
    VARIANT = "variant"
    PHRASE = "phrase"

    @property
    def is_abbreviation(self) -> bool:
        return self in (TermType.ACRONYM, TermType.ABBREVIATION)


class PartOfSpeech(StrEnum):
    """TBX-Basic partOfSpeech values."""

    NOUN = "noun"
    PROPER_NOUN = "properNoun"
    VERB = "verb"
    ADJECTIVE = "adjective"
    ADVERB = "adverb"
    OTHER = "other"


class ReviewState(StrEnum):
    """Where a concept or term stands in human review; machine proposals start as PROPOSED."""

    PROPOSED = "proposed"
    APPROVED = "approved"
    REJECTED = "rejected"


STATUS_ORDER: Mapping[Status, int] = {status: rank for rank, status in enumerate(Status)}


class Evidence(NamedTuple):
    """Why a machine proposed a term: where it was seen and how strongly."""

    source: str
    locator: str = ""
    method: str = ""
    score: float | None = None
    text: str = ""


@dataclass(frozen=True)
class Term:
    """One designation of a concept in one language."""

    text: str
    status: Status = Status.PREFERRED
    part_of_speech: PartOfSpeech | None = None
    term_type: TermType = TermType.FULL_FORM
    case_sensitive: bool = False
    homograph: bool = False
    usage: str = ""
    review: ReviewState = ReviewState.APPROVED
    evidence: tuple[Evidence, ...] = ()

    @property
    def approved(self) -> bool:
        """True when translators may use the term: preferred or admitted, and not rejected."""
        return self.status.approved and self.review is not ReviewState.REJECTED

    @property
    def is_proper(self) -> bool:
        """Whether the term's capitalisation is part of its identity."""
        return self.case_sensitive or self.part_of_speech is PartOfSpeech.PROPER_NOUN


@dataclass(frozen=True)
class Concept:
    """A unit of meaning with its designations in each language."""

    id: str
    terms: Mapping[str, tuple[Term, ...]]
    subject: str = ""
    definition: str = ""
    note: str = ""
    source: str = ""
    review: ReviewState = ReviewState.APPROVED

    def terms_in(self, lang: str) -> tuple[Term, ...]:
        return self.terms.get(lang, ())

    def preferred(self, lang: str) -> Term | None:
        """The preferred term in ``lang``, or None when the language has none."""
        for term in self.terms_in(lang):
            if term.status is Status.PREFERRED:
                return term
        return None

    def approved_terms(self, lang: str) -> tuple[Term, ...]:
        return tuple(term for term in self.terms_in(lang) if term.approved)

    @property
    def languages(self) -> tuple[str, ...]:
        known = [lang for lang in LANGUAGES if self.terms.get(lang)]
        others = sorted(lang for lang in self.terms if lang not in LANGUAGES and self.terms[lang])
        return (*known, *others)


@dataclass(frozen=True)
class TermRef:
    """Points at one term of one concept: the identity findings and matches carry."""

    concept_id: str
    lang: str
    index: int


class Glossary:
    """An ordered, id-indexed collection of concepts."""

    def __init__(self, concepts: Iterable[Concept] = ()) -> None:
        self._concepts: dict[str, Concept] = {}
        for concept in concepts:
            if concept.id in self._concepts:
                raise DuplicateConceptError(f"duplicate concept id {concept.id!r}")
            self._concepts[concept.id] = concept

    def __iter__(self) -> Iterator[Concept]:
        return iter(self._concepts.values())

    def __len__(self) -> int:
        return len(self._concepts)

    def __contains__(self, concept_id: object) -> bool:
        return concept_id in self._concepts

    def __getitem__(self, concept_id: str) -> Concept:
        return self._concepts[concept_id]

    def get(self, concept_id: str) -> Concept | None:
        return self._concepts.get(concept_id)

    def term(self, ref: TermRef) -> Term:
        return self._concepts[ref.concept_id].terms[ref.lang][ref.index]

    def terms(self, lang: str) -> Iterator[tuple[TermRef, Term]]:
        """Every term in ``lang`` with its reference, in glossary order."""
        for concept in self._concepts.values():
            for index, term in enumerate(concept.terms_in(lang)):
                yield TermRef(concept.id, lang, index), term
