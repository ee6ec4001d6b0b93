"""Find glossary terms in text: longest match first, through morphology and spelling variants.

The matcher is a trie over token keys (see ``termbase.text.keys``), so its cost per token does
not depend on the size of the glossary. Each text token offers two keys, the folded
morphological one and the case-sensitive one; a term's path uses whichever its
case-sensitivity asks for. Spelling variants listed in one concept (*kerja sama* /
*kerjasama*) are also recognised inside other terms (*kerjasama militer*), and the match
records which variant was used.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from termbase.model import Concept, Glossary, Term, TermRef
from termbase.text.keys import (
    case_sensitive_key,
    folded_key,
    spelling_skeleton,
    term_keys,
)
from termbase.text.morphology import Analyzer, analyzer_for
from termbase.text.normalize import fold
from termbase.text.tokenize import Token, tokenize


@dataclass(frozen=True)
class TermMatch:
    """One occurrence of a glossary term in a text."""

    ref: TermRef
    start: int
    end: int
    first_token: int
    end_token: int
    variant: TermRef | None = None
    """The spelling-variant term used inside this match (*kerjasama* in *kerjasama militer*)."""
    homographs: tuple[TermRef, ...] = ()
    """Other terms with the same key that this occurrence may also be."""

    def text(self, source: str) -> str:
        return source[self.start : self.end]


@dataclass(frozen=True)
class _Entry:
    ref: TermRef
    folded_text: str
    variant: TermRef | None = None


class _Node:
    """A trie node: children by token key, and the terms whose key sequence ends here."""

    __slots__ = ("children", "entries")

    def __init__(self) -> None:
        self.children: dict[str, _Node] = {}
        self.entries: list[_Entry] = []


class TermMatcher:
    """Finds the terms of one language of a glossary in text."""

    def __init__(self, glossary: Glossary, lang: str, analyzer: Analyzer | None = None) -> None:
        self.lang = lang
        self.analyzer = analyzer or analyzer_for(lang)
        self._root = _Node()
        self.size = 0
        terms = list(glossary.terms(lang))
        keyed = [(ref, term, self._keys(term)) for ref, term in terms]
        for ref, term, keys in keyed:
            if keys:
                self._insert(keys, _Entry(ref, fold(term.text)))
        for keys, entry in _variant_paths(glossary, lang, self.analyzer, keyed):
            self._insert(keys, entry)

    def _keys(self, term: Term) -> tuple[str, ...]:
        return term_keys(term.text, self.analyzer, term.case_sensitive)

    def _insert(self, keys: Sequence[str], entry: _Entry) -> None:
        node = self._root
        for key in keys:
            child = node.children.get(key)
            if child is None:
                child = node.children[key] = _Node()
            node = child
        node.entries.append(entry)
        self.size += 1

    def paths(self) -> Iterator[tuple[tuple[str, ...], TermRef, TermRef | None]]:
        """Every key sequence in the trie with the term it leads to (and the variant used)."""
        stack: list[tuple[tuple[str, ...], _Node]] = [((), self._root)]
        while stack:
            keys, node = stack.pop()
            for entry in node.entries:
                yield keys, entry.ref, entry.variant
            for key in sorted(node.children, reverse=True):
                stack.append(((*keys, key), node.children[key]))

    def token_keys(self, tokens: Sequence[Token]) -> list[tuple[str, str]]:
        """Both keys of every token: (folded, case-sensitive)."""
        analyzer = self.analyzer
        return [(folded_key(token, analyzer), case_sensitive_key(token)) for token in tokens]

    def find(self, text: str) -> list[TermMatch]:
        """All matches in ``text``, leftmost-longest and non-overlapping, in text order."""
        tokens = tokenize(text)
        return list(self.find_in_tokens(text, tokens, self.token_keys(tokens)))

    def find_in_tokens(
        self, text: str, tokens: Sequence[Token], keys: Sequence[tuple[str, str]]
    ) -> Iterator[TermMatch]:
        """Matches over pre-tokenised text; ``keys`` from :meth:`token_keys`."""
        root = self._root
        index, count = 0, len(tokens)
        while index < count:
            found = self._longest_at(root, keys, index)
            if found is None:
                index += 1
                continue
            end_token, entries = found
            start, end = tokens[index].start, tokens[end_token - 1].end
            yield _choose(entries, fold(text[start:end]), start, end, index, end_token)
            index = end_token

    @staticmethod
    def _longest_at(
        root: _Node, keys: Sequence[tuple[str, str]], index: int
    ) -> tuple[int, list[_Entry]] | None:
        best: tuple[int, list[_Entry]] | None = None
        frontier = [(root, index)]
        while frontier:
            node, position = frontier.pop()
            if node.entries and position > index and (best is None or position > best[0]):
                best = (position, node.entries)
            if position >= len(keys):
                continue
            children = node.children
            folded, exact = keys[position]
            for key in (folded, exact):
                child = children.get(key)
                if child is not None:
                    frontier.append((child, position + 1))
        return best


def _choose(
    entries: list[_Entry], folded: str, start: int, end: int, first: int, end_token: int
) -> TermMatch:
    # A term met as written beats one reached through a variant; among several, the one
    # whose own spelling is in the text, then glossary order.
    ranked = sorted(entries, key=lambda e: (e.variant is not None, e.folded_text != folded))
    best = ranked[0]
    others = tuple(
        dict.fromkeys(
            e.ref
            for e in ranked[1:]
            if e.ref.concept_id != best.ref.concept_id and e.variant is None
        )
    )
    return TermMatch(best.ref, start, end, first, end_token, best.variant, others)


def spelling_variant_groups(concept: Concept, lang: str) -> list[list[int]]:
    """Indexes of the terms of ``concept`` in ``lang`` that are spellings of one another."""
    groups: dict[str, list[int]] = defaultdict(list)
    for index, term in enumerate(concept.terms_in(lang)):
        groups[spelling_skeleton(term.text, term.case_sensitive)].append(index)
    return [members for members in groups.values() if len(members) > 1]


def _variant_paths(
    glossary: Glossary,
    lang: str,
    analyzer: Analyzer,
    keyed: Iterable[tuple[TermRef, Term, tuple[str, ...]]],
) -> Iterator[tuple[tuple[str, ...], _Entry]]:
    """Extra trie paths: every term with one spelling variant swapped in.

    A variant group is swapped in both spellings of keys, folded and case-sensitive, so that
    the acronym variants *PBB* / *P.B.B.* also apply inside a case-insensitive term such as
    *Dewan Keamanan PBB*.
    """
    swaps: dict[str, list[tuple[tuple[str, ...], TermRef, tuple[str, ...]]]] = defaultdict(list)
    for concept in glossary:
        for members in spelling_variant_groups(concept, lang):
            texts = {index: concept.terms[lang][index].text for index in members}
            for case_sensitive in (False, True):
                spelled = {i: term_keys(texts[i], analyzer, case_sensitive) for i in members}
                for written in members:
                    for other in members:
                        if other != written and spelled[written]:
                            pattern, replacement = spelled[written], spelled[other]
                            variant = TermRef(concept.id, lang, other)
                            swaps[pattern[0]].append((pattern, variant, replacement))
    if not swaps:
        return
    for ref, term, keys in keyed:
        for position, key in enumerate(keys):
            for pattern, used, replacement in swaps.get(key, ()):
                if used.concept_id == ref.concept_id:
                    continue
                if tuple(keys[position : position + len(pattern)]) == pattern:
                    swapped = keys[:position] + replacement + keys[position + len(pattern) :]
                    yield swapped, _Entry(ref, fold(term.text), used)
