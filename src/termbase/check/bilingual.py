"""Bilingual checks: glossary terms against their translations, and the memory against itself.

Everything works on ``AlignedPair`` values (a source segment, its target, and where to point
a finding), so any aligned text can be checked the same way: TMX and PO files here, and the
links of the sentence aligner. ``check_pairs`` is the entry point. Terms are found on both
sides with the same matcher as everywhere (inflection-aware: *hak vetonya* in the source,
*veto powers* in the target), every maximal match: a term that overlaps another (*rudal
balistik antarbenua* after *uji coba rudal*) needs its equivalent as much as any.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable, Iterator
from pathlib import Path
from typing import NamedTuple

from termbase.check.rules import PairRule
from termbase.findings import Finding, Severity
from termbase.matching import TermMatch, TermMatcher
from termbase.memory import TranslationUnit
from termbase.model import Glossary, Status, TermRef
from termbase.scanning import TermScanner
from termbase.text.acronyms import word_acronym
from termbase.text.keys import term_keys
from termbase.text.morphology import english_adjectives
from termbase.text.normalize import fold
from termbase.text.tokenize import tokenize, words

UNAPPROVED = (Status.DEPRECATED, Status.SUPERSEDED)


class AlignedPair(NamedTuple):
    """A source segment and its translation, and where a finding about them points."""

    source: str
    target: str
    path: str
    line: int = 0
    unit: str = ""
    """The unit's id as the file gives it (TMX tuid, PO entry number, link number)."""
    context: str = ""
    """What keeps two identical sources apart (PO msgctxt); pairs differing here never clash."""


class MissingEquivalent(PairRule):
    """A glossary term of the source has none of its approved equivalents in the target.

    For every concept found in a source segment (inflected forms count: *hak vetonya*; so
    do terms that overlap: *uji coba rudal balistik antarbenua* names *uji coba rudal* and
    *rudal balistik antarbenua*), the target must contain one of the concept's preferred or
    admitted terms in the target language, in any inflection (*veto powers*). Concepts with
    no term in the target language are not checked; a target that has only a deprecated
    equivalent is reported by deprecated-equivalent instead.
    """

    code = "C101"
    name = "missing-equivalent"
    severity = Severity.ERROR


class DeprecatedEquivalent(PairRule):
    """The target uses a deprecated or superseded term.

    Reported for every occurrence in a target segment, with the preferred term to use.
    """

    code = "C102"
    name = "deprecated-equivalent"
    severity = Severity.ERROR


class InconsistentTranslation(PairRule):
    """The same source segment is translated two ways in the memory.

    Segments count as the same when their words are (case, punctuation and spacing aside)
    and their context (PO msgctxt) is. The first translation met is the reference; each later
    unit that translates the segment otherwise is reported once.
    """

    code = "C103"
    name = "inconsistent-translation"
    severity = Severity.WARNING


class SharedTranslation(PairRule):
    """One target segment translates different source segments.

    Often harmless for short segments (headings, captions), so only informational; for whole
    sentences it usually means that one of the units is misaligned or wrongly reused.
    """

    code = "C104"
    name = "shared-translation"
    severity = Severity.INFO


PAIR_RULES: tuple[type[PairRule], ...] = (
    MissingEquivalent,
    DeprecatedEquivalent,
    InconsistentTranslation,
    SharedTranslation,
)


PAIR_CODES: tuple[str, ...] = tuple(rule.code for rule in PAIR_RULES)


def segment_key(text: str) -> str:
    """What two segments must share to be the same: their words, case-folded."""
    return " ".join(fold(word) for word in words(text))


class BilingualChecker:
    """Checks aligned pairs between two languages of a glossary."""

    def __init__(
        self,
        glossary: Glossary,
        source_lang: str,
        target_lang: str,
        codes: Collection[str] = PAIR_CODES,
    ) -> None:
        self.glossary = glossary
        self.target_lang = target_lang
        self.source = TermScanner(TermMatcher(glossary, source_lang))
        self.target = TermScanner(TermMatcher(glossary, target_lang))
        self.presence = Presence(glossary, self.target.matcher)
        self.codes = frozenset(codes)

    def check(self, pairs: Iterable[AlignedPair]) -> list[Finding]:
        """Every finding about ``pairs``, sorted."""
        findings: list[Finding] = []
        by_source: dict[tuple[str, str], list[tuple[AlignedPair, str]]] = defaultdict(list)
        by_target: dict[tuple[str, str], list[tuple[AlignedPair, str]]] = defaultdict(list)
        for pair in pairs:
            findings += self._terms(pair)
            source, target = segment_key(pair.source), segment_key(pair.target)
            if source and target:
                by_source[(pair.context, source)].append((pair, target))
                by_target[(pair.context, target)].append((pair, source))
        if InconsistentTranslation.code in self.codes:
            findings += _clashes(by_source, InconsistentTranslation, "translated differently")
        if SharedTranslation.code in self.codes:
            findings += _clashes(by_target, SharedTranslation, "the translation of another source")
        return sorted(findings, key=Finding.sort_key)

    def _approved(self, ref: TermRef) -> bool:
        return self.glossary.term(ref).status not in UNAPPROVED

    def _terms(self, pair: AlignedPair) -> Iterator[Finding]:
        targets = self.target.find(pair.target, maximal=True)
        if DeprecatedEquivalent.code in self.codes:
            yield from self._deprecated(pair, targets)
        if MissingEquivalent.code in self.codes:
            seen = {ref.concept_id for match in targets for ref in _refs(match)}
            yield from self._missing(pair, self.source.find(pair.source, maximal=True), seen)

    def _deprecated(self, pair: AlignedPair, targets: list[TermMatch]) -> Iterator[Finding]:
        # Overlapping matches may share a spelling inside them: one occurrence, one finding.
        reported: set[tuple[TermRef, int, int]] = set()
        for match in targets:
            places = [(match.ref, match.start, match.end)]
            places += [(part.ref, part.start, part.end) for part in match.parts]
            for ref, start, end in places:
                if self._approved(ref) or (ref, start, end) in reported:
                    continue
                reported.add((ref, start, end))
                term = self.glossary.term(ref)
                preferred = self.glossary[ref.concept_id].preferred(ref.lang)
                instead = f": use '{preferred.text}'" if preferred else ""
                message = f"target uses {term.status.value} '{term.text}'{instead}"
                yield _finding(pair, DeprecatedEquivalent, message, ref.concept_id, term.text)

    def _missing(
        self, pair: AlignedPair, sources: list[TermMatch], seen: set[str]
    ) -> Iterator[Finding]:
        """Source concepts none of whose approved terms is in the target.

        Each term is looked for on its own (a longer term of the target does not hide it),
        and a concept the target names only by a deprecated term is left to C102.
        """
        reported: set[str] = set()
        keys: list[tuple[str, str]] | None = None
        for match in sources:
            concepts = [match.ref.concept_id, *(ref.concept_id for ref in match.homographs)]
            if any(concept in seen for concept in concepts):
                continue
            keys = keys if keys is not None else self.presence.keys(pair.target)
            if any(self.presence.contains(keys, concept) for concept in concepts):
                continue
            concept = self.glossary[match.ref.concept_id]
            wanted = [term.text for term in concept.approved_terms(self.target_lang)]
            if not wanted or concept.id in reported:
                continue
            reported.add(concept.id)
            written = pair.source[match.start : match.end]
            expected = ", ".join(f"'{text}'" for text in wanted)
            message = f"source '{written}' ({concept.id}): the target has none of {expected}"
            yield _finding(pair, MissingEquivalent, message, concept.id, written)


def _refs(match: TermMatch) -> Iterator[TermRef]:
    yield match.ref
    yield from match.homographs
    for part in match.parts:
        yield part.ref


class Presence:
    """Whether a segment names a concept, each approved term of it searched on its own.

    English targets also name a place by its adjective (*North Korean soldiers* for
    *prajurit Korea Utara*): the adjectives of proper names count. A word acronym of three
    letters or more (``word_acronym``) counts in any case (*Nato* for *NATO*, the house style of
    much British English): the source has already named the concept, so the target's word
    cannot be an ordinary one that happens to share the letters.
    """

    def __init__(self, glossary: Glossary, matcher: TermMatcher) -> None:
        self.matcher = matcher
        self.paths: dict[str, list[tuple[str, ...]]] = defaultdict(list)
        for keys, entries in matcher.nodes():
            for entry in entries:
                if glossary.term(entry.ref).status not in UNAPPROVED:
                    self.paths[entry.ref.concept_id].append(keys)
        for ref, term in glossary.terms(matcher.lang):
            if term.approved and term.case_sensitive and word_acronym(term.text):
                keys = term_keys(term.text, matcher.analyzer, case_sensitive=False)
                self.paths[ref.concept_id].append(keys)
        if matcher.lang == "en":
            for ref, term in glossary.terms("en"):
                if term.approved and term.is_proper:
                    for adjective in english_adjectives(term.text):
                        # *US* (soldiers) for *United States* is no *us*.
                        exact = term.case_sensitive or adjective.isupper()
                        keys = term_keys(adjective, matcher.analyzer, exact)
                        self.paths[ref.concept_id].append(keys)

    def keys(self, text: str) -> list[tuple[str, str]]:
        return self.matcher.token_keys(tokenize(text))

    def contains(self, keys: list[tuple[str, str]], concept: str) -> bool:
        for path in self.paths.get(concept, ()):
            size = len(path)
            for start in range(len(keys) - size + 1):
                if all(path[i] in keys[start + i] for i in range(size)):
                    return True
                if size > 1 and self.matcher.lang == "en" and _coordinated(keys, start, path):
                    return True
        return False


COORDINATORS = frozenset({"and", "or"})
COORDINATED_WORDS = 2
"""How many words may stand between the coordinator and the shared head noun."""


def _coordinated(keys: list[tuple[str, str]], start: int, path: tuple[str, ...]) -> bool:
    """Whether ``path`` stands at ``start`` with its head shared by a coordination:
    *military and other assistance* names *military assistance*."""
    middle = start + len(path) - 1
    if middle >= len(keys) or keys[middle][0] not in COORDINATORS:
        return False
    if not all(path[i] in keys[start + i] for i in range(len(path) - 1)):
        return False
    for offset in range(1, COORDINATED_WORDS + 2):
        position = middle + offset
        if position >= len(keys) or not keys[position][0][:1].isalnum():
            return False
        if path[-1] in keys[position] and offset > 1:
            return True
    return False


def _finding(
    pair: AlignedPair, rule: type[PairRule], message: str, concept: str = "", text: str = ""
) -> Finding:
    unit = f"unit {pair.unit}: " if pair.unit else ""
    return Finding(
        pair.path,
        pair.line,
        0,
        rule.code,
        unit + message,
        rule.severity,
        concept=concept,
        text=text,
    )


def _clashes(
    groups: dict[tuple[str, str], list[tuple[AlignedPair, str]]],
    rule: type[PairRule],
    what: str,
) -> Iterator[Finding]:
    for members in groups.values():
        first, reference = members[0]
        where = f"unit {first.unit}" if first.unit else f"line {first.line}"
        for pair, other in members[1:]:
            if other != reference:
                message = f"the same segment is {what} in {where} (line {first.line})"
                if rule is SharedTranslation:
                    message = f"this target is also {what} in {where} (line {first.line})"
                yield _finding(pair, rule, message)


def check_pairs(
    pairs: Iterable[AlignedPair],
    glossary: Glossary,
    source_lang: str = "id",
    target_lang: str = "en",
    codes: Collection[str] = PAIR_CODES,
) -> list[Finding]:
    """Check aligned pairs (from a TMX, a PO file, or the aligner) against the glossary."""
    return BilingualChecker(glossary, source_lang, target_lang, codes).check(pairs)


def unit_pairs(
    located: Iterable[tuple[int, TranslationUnit]], path: str, source_lang: str, target_lang: str
) -> Iterator[AlignedPair]:
    """Pairs from translation units; units lacking either language are skipped."""
    for line, unit in located:
        source, target = unit.text(source_lang), unit.text(target_lang)
        if source is not None and target is not None:
            yield AlignedPair(source, target, path, line, unit.tuid, unit.prop("x-context") or "")


def file_pairs(
    path: Path, name: str, source_lang: str, target_lang: str, po_file: bool | None = None
) -> Iterator[AlignedPair]:
    """Pairs from a TMX or PO file: ``po_file`` says which, else the suffix does."""
    if po_file if po_file is not None else path.suffix.lower() in (".po", ".pot"):
        from termbase.formats import po

        yield from unit_pairs(
            po.read_located(path, source_lang, target_lang), name, source_lang, target_lang
        )
    else:
        from termbase.formats import tmx

        yield from unit_pairs(tmx.read_located(path), name, source_lang, target_lang)
