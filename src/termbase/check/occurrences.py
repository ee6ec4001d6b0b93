"""Where the forms of concepts that can be mixed stand in a document, recorded in one pass.

The consistency rules decide over the whole set which forms to report, so the places of
every form must outlive the scan of their document. They are recorded while the document is
analysed, compactly (three integers per place), and turned into findings once the decision
is made: no document is scanned twice. What a hit of an automaton pattern stands for is
worked out once per pattern (or, where several terms share a pattern, once per term), not
once per occurrence.
"""

from __future__ import annotations

from array import array
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from itertools import compress
from operator import itemgetter
from typing import TYPE_CHECKING

from termbase.check.context import CheckContext, Use, finding_in
from termbase.check.inputs import Document
from termbase.findings import Finding
from termbase.matching import TermEntry, choose_entry
from termbase.text.normalize import fold

if TYPE_CHECKING:
    from termbase.check.respelling import RespeltHit
    from termbase.check.rules import SetRule
    from termbase.scanning import Hit, ScannedText


def _superseding(
    respelt: Sequence[RespeltHit], hits: list[Hit]
) -> tuple[list[RespeltHit], list[Hit]]:
    """The respelt terms that only overlap whole hits of the text as written, and the hits
    none of them overlaps."""
    kept: list[RespeltHit] = []
    covered: set[int] = set()
    for term in respelt:
        overlapping = _overlapping(hits, term.first, term.end)
        if all(term.first <= hits[i][1] and hits[i][2] <= term.end for i in overlapping):
            kept.append(term)
            covered.update(overlapping)
    return kept, [hit for index, hit in enumerate(hits) if index not in covered]


def _overlapping(hits: list[Hit], first: int, end: int) -> list[int]:
    """The indexes of the hits that share a token with the tokens from ``first`` to before
    ``end``. Hits are maximal (none inside another), so in text order their ends grow too
    and the first to reach past ``first`` is found by bisection."""
    index = bisect_right(hits, first, key=_END_TOKEN)
    found = []
    while index < len(hits) and hits[index][1] < end:
        if hits[index][2] > first:
            found.append(index)
        index += 1
    return found


Places = tuple[tuple[int, int, int], ...]
"""The forms a hit stands for: (form number, first token, last token), tokens counted from
the hit's first token (-1: the hit's last); the term itself first, then the spellings in it."""
WHOLE_HIT = -1
_END_TOKEN = itemgetter(2)
Verdicts = Mapping[Use, tuple["SetRule", str]]
"""The forms to report in one document, with the rule and message to report them under."""


class FormIndex:
    """Which forms every automaton pattern stands for, for the concepts that can be mixed."""

    def __init__(self, context: CheckContext) -> None:
        self.context = context
        self.mixable = {
            concept.id
            for concept in context.glossary
            if any(len(forms) > 1 for forms in context.forms_by_role(concept.id).values())
        }
        self.uses: list[Use] = []
        """Every form of a mixable concept that some pattern stands for, by number."""
        self._numbers: dict[Use, int] = {}
        self._places: list[Places | None] = []
        """Per pattern; None where several entries have forms and each hit chooses one."""
        self._entry_places: dict[int, Places] = {}
        """For those patterns, the places of each entry, by the entry's order."""
        for entries in context.scanner.entries:
            several = len(entries) > 1 and any(self._places_of(e) for e in entries)
            if several:
                self._entry_places.update((e.order, self._places_of(e)) for e in entries)
            self._places.append(None if several else self._places_of(entries[0]))
        self._counted = bytearray(places != () for places in self._places)

    def _number(self, use: Use) -> int:
        number = self._numbers.get(use)
        if number is None:
            number = self._numbers[use] = len(self.uses)
            self.uses.append(use)
        return number

    def _places_of(self, entry: TermEntry) -> Places:
        spans = [(entry.ref, 0, WHOLE_HIT)]
        spans += [(ref, first, first + count - 1) for ref, first, count in entry.parts]
        return tuple(
            (self._number((ref.concept_id, ref.index)), first, last)
            for ref, first, last in spans
            if ref.concept_id in self.mixable
        )

    def record(self, scanned: ScannedText, respelt: Sequence[RespeltHit] = ()) -> array[int]:
        """Every place of a mixable form in a scanned text: (form number, start, end) for
        each, flat, in the order of the hits, then of the places in a hit.

        Hits may overlap (maximal matching). A place of a concept overlapping one of its
        places from an earlier hit is the same occurrence and is left out: both hits may
        hold a spelling where they overlap (*kerjasama* in *perjanjian kerjasama* and in
        *kerjasama militer*), or be two forms of the concept run into each other
        (*Republik Korea* and *Korea Selatan* in *Republik Korea Selatan*).

        ``respelt``: terms that near misses complete (*pakta pertahanan timbal-balik*). Each
        stands for the hits of the text as written inside it (*P.B.B.* in *Dewan Keamanan
        P.B.B.*); one that overlaps a hit only in part is left out, as the matcher would
        still see that hit once the near miss is corrected. Their places come last.
        """
        hits = scanned.hits
        if respelt:
            respelt, hits = _superseding(respelt, hits)
        found = array("q")
        text, span, tokens_span = scanned.text, scanned.token_span, scanned.tokens_span
        entries = self.context.scanner.entries
        reach = chain = 0
        """The end token of the last hit, and where the places of the hits that overlap
        it, one after the other, begin in ``found``."""
        for pattern, first, end in compress(
            hits, map(self._counted.__getitem__, map(itemgetter(0), hits))
        ):
            start, stop = tokens_span(first, end)
            places = self._places[pattern]
            if places is None:
                chosen = choose_entry(entries[pattern], fold(text[start:stop]))
                places = self._entry_places[chosen.order]
            overlapping = first < reach
            if not overlapping:
                chain = len(found)
            reach = end
            for number, head, last in places:
                begin = start if head == 0 else span(first + head)[0]
                finish = stop if last == WHOLE_HIT else span(first + last)[1]
                if overlapping and self._met(found, chain, number, begin, finish):
                    continue
                found.extend((number, begin, finish))
        for hit in respelt:
            places = self._places[hit.pattern]
            if places is None:
                places = self._entry_places[hit.entry.order]
            for number, head, last in places:
                found.extend((number, *hit.span(scanned, head, last)))
        return found

    def _met(self, found: array[int], chain: int, number: int, begin: int, finish: int) -> bool:
        """Whether ``found`` from ``chain`` on has a place of the concept of form ``number``
        overlapping [begin, finish)."""
        uses, concept = self.uses, self.uses[number][0]
        return any(
            uses[other][0] == concept and start < finish and begin < end
            for other, start, end in zip(
                found[chain::3], found[chain + 1 :: 3], found[chain + 2 :: 3], strict=True
            )
        )

    def usage(self, places: array[int]) -> Counter[Use]:
        """How often each form occurs among recorded ``places``."""
        uses = self.uses
        return Counter({uses[number]: count for number, count in Counter(places[::3]).items()})

    def locate(self, document: Document, places: array[int], wanted: Verdicts) -> Iterator[Finding]:
        """Findings for every recorded place of the ``wanted`` forms in a document."""
        verdicts = {self._numbers[use]: (use, *verdict) for use, verdict in wanted.items()}
        for number, start, end in zip(places[::3], places[1::3], places[2::3], strict=True):
            verdict = verdicts.get(number)
            if verdict is not None:
                use, rule, message = verdict
                yield finding_in(document, rule, (start, end), message, use[0])
