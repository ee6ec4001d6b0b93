"""What a sentence offers as evidence of its translation: length and a set of weighted keys.

A key is something a translation keeps: a number (*10.000* and *10,000* are both
``n:10000``), a month or weekday (*Juni*/*June*), a glossary concept found through the
morphology layer (*hak vetonya* and *veto power* share the concept *hak-veto*), an acronym
(*NATO*), or the consonant skeleton of a name or loanword (*Moskow*/*Moscow*,
*nuklir*/*nuclear*, *proliferasi*/*proliferation*). Two sentences are likely translations
when they share many keys; the aligner only ever intersects precomputed keys, so the cost of
a comparison does not depend on the sentences' wording.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from termbase.lang import language_module
from termbase.matching import TermMatch, TermMatcher
from termbase.model import Glossary
from termbase.text.morphology import analyzer_for
from termbase.text.segment import Sentence
from termbase.text.tokenize import TokenKind, tokenize

NUMBER_WEIGHT = 2.0
DATE_WEIGHT = 1.5
CONCEPT_WEIGHT = 1.5
ACRONYM_WEIGHT = 1.5
WORD_WEIGHT = 1.0
TRANSLATION_WEIGHT = 1.0

SKELETON_LENGTH = 4
"""Letters of a word's skeleton compared: enough to tell *militer* from *milisi*, few enough
that *resolusi* and *resolution* still meet."""
MIN_WORD_LETTERS = 4
"""Shorter words are mostly function words; their skeletons would match by chance."""

_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_GROUPED = {",": re.compile(r"\d{1,3}(?:\.\d{3})+"), ".": re.compile(r"\d{1,3}(?:,\d{3})+")}
_VOWELS = frozenset("aeiou")
_SPELLING: tuple[tuple[str, str], ...] = (
    ("ph", "f"),
    ("ck", "c"),
    ("k", "c"),
    ("q", "c"),
    ("x", "cs"),
    ("z", "s"),
    ("j", "g"),
    ("y", "i"),
    ("w", "v"),
)
"""Spelling differences folded before skeletons are compared (teknologi/technology)."""


@dataclass(frozen=True, slots=True)
class Evidence:
    """One sentence as the aligner sees it."""

    length: int
    """Characters, spaces included (the Gale–Church unit)."""
    keys: tuple[str, ...]
    """The sentence's distinct keys in order of appearance (a tuple takes a fifth of a
    frozenset's memory; the aligner makes sets only of the few sentences it compares)."""
    paragraph: int
    kind: str


@dataclass(frozen=True)
class _Lexicon:
    decimal: str
    numbers: dict[str, int]
    months: dict[str, int]
    weekdays: dict[str, int]
    endings: tuple[tuple[str, str], ...]


@cache
def _lexicon(lang: str) -> _Lexicon:
    data = language_module(lang, "lexicon")
    return _Lexicon(
        decimal=getattr(data, "DECIMAL_SEPARATOR", "."),
        numbers=getattr(data, "NUMBER_WORDS", {}),
        months=getattr(data, "MONTHS", {}),
        weekdays=getattr(data, "WEEKDAYS", {}),
        endings=getattr(data, "LOANWORD_ENDINGS", ()),
    )


@cache
def translation_keys(lang: str, partner: str) -> dict[str, tuple[str, ...]]:
    """Word key in ``lang`` → the ``t:`` keys of the everyday words it translates with
    ``partner`` (``lang/*/translations``, read in either direction).

    A key names its entry by the entry's first Indonesian form: *mengatakan* and *said*
    both give ``t:kata``.
    """
    found: dict[str, dict[str, None]] = {}
    for own, _, name in _translations(lang, partner):
        key = "t:" + name
        for form in own:
            found.setdefault(form, {})[key] = None
    return {word: tuple(keys) for word, keys in found.items()}


@cache
def translation_glosses(lang: str, partner: str) -> dict[str, str]:
    """Word key in ``lang`` → its first translation in ``partner``, for a word-for-word gloss."""
    glosses: dict[str, str] = {}
    for own, other, _ in _translations(lang, partner):
        for form in own:
            glosses.setdefault(form, other[0])
    return glosses


def _translations(lang: str, partner: str) -> list[tuple[list[str], list[str], str]]:
    """Each entry of the ``lang``–``partner`` table as (``lang`` word keys, ``partner``
    forms as written, the entry's name); empty when termbase has no table for the pair."""
    for owner, other, own_side in ((lang, partner, 0), (partner, lang, 1)):
        data = language_module(owner, "translations")
        if data is None:
            continue
        table: tuple[tuple[str, str], ...] = getattr(data, _table_name(other), ())
        if table:
            key = analyzer_for(lang).key
            return [
                (
                    [key(form) for form in pair[own_side].split()],
                    pair[1 - own_side].split(),
                    pair[0].split()[0],
                )
                for pair in table
            ]
    return []


def _table_name(lang: str) -> str:
    return {"en": "ENGLISH", "id": "INDONESIAN"}.get(lang, lang.upper())


def key_weight(key: str) -> float:
    """How much a shared key says that two sentences are translations, anywhere."""
    return _WEIGHTS[key[0]]


def document_weights(source: Sequence[Evidence], target: Sequence[Evidence]) -> dict[str, float]:
    """Key weights for one document pair: a key found in many sentences says less.

    The weight of :func:`key_weight` is divided by the square root of the number of
    sentences that have the key, on the side where it is commoner: in an article about
    Russia, *Rusia*/*Russia* hardly tells one sentence from another, a number found once
    on each side tells a lot.
    """
    counts: list[dict[str, int]] = []
    for side in (source, target):
        count: dict[str, int] = {}
        for sentence in side:
            for key in sentence.keys:
                count[key] = count.get(key, 0) + 1
        counts.append(count)
    source_count, target_count = counts
    return {
        key: key_weight(key) / math.sqrt(max(source_count.get(key, 0), target_count.get(key, 0)))
        for key in source_count.keys() | target_count.keys()
    }


_WEIGHTS = {
    "n": NUMBER_WEIGHT,
    "m": DATE_WEIGHT,
    "d": DATE_WEIGHT,
    "c": CONCEPT_WEIGHT,
    "a": ACRONYM_WEIGHT,
    "w": WORD_WEIGHT,
    "t": TRANSLATION_WEIGHT,
}


class EvidenceExtractor:
    """Turns the sentences of one language into :class:`Evidence`."""

    def __init__(
        self, lang: str, glossary: Glossary | None = None, partner: str | None = None
    ) -> None:
        self.lang = lang
        self.lexicon = _lexicon(lang)
        self.analyzer = analyzer_for(lang)
        self.translations = translation_keys(lang, partner) if partner else {}
        self.matcher = TermMatcher(glossary, lang) if glossary is not None else None
        self._words: dict[str, tuple[str, ...]] = {}
        self._token_keys: dict[tuple[str, TokenKind], tuple[str, str]] = {}
        # One string object per distinct key, however many sentences have it.
        self._number_keys: dict[str, str] = {}
        self._concept_keys: dict[str, str] = {}

    def extract(self, sentences: Sequence[Sentence]) -> list[Evidence]:
        return [self.evidence(sentence) for sentence in sentences]

    def evidence(self, sentence: Sentence) -> Evidence:
        text = sentence.text
        keys = dict.fromkeys(self.number_keys(text))
        keys.update(dict.fromkeys(self.word_keys(text)))
        if self.matcher is not None:
            concepts = self._concept_keys
            for match in self.term_matches(text):
                concept = match.ref.concept_id
                key = concepts.get(concept)
                if key is None:
                    key = concepts[concept] = "c:" + concept
                keys[key] = None
        return Evidence(len(text), tuple(keys), sentence.paragraph, sentence.kind.value)

    def term_matches(self, text: str) -> list[TermMatch]:
        """The glossary terms in ``text``; token keys are memoised over the document."""
        assert self.matcher is not None
        tokens = tokenize(text)
        memo = self._token_keys
        keys = []
        for token in tokens:
            found = memo.get((token.text, token.kind))
            if found is None:
                found = memo[(token.text, token.kind)] = self.matcher.token_keys([token])[0]
            keys.append(found)
        return list(self.matcher.find_in_tokens(text, tokens, keys, maximal=True))

    def number_keys(self, text: str) -> list[str]:
        memo = self._number_keys
        keys = []
        for found in _NUMBER.findall(text):
            key = memo.get(found)
            if key is None:
                key = memo[found] = "n:" + canonical_number(found, self.lexicon.decimal)
            keys.append(key)
        return keys

    def word_keys(self, text: str) -> list[str]:
        keys: list[str] = []
        memo = self._words
        for word in _WORD.findall(text):
            found = memo.get(word)
            if found is None:
                found = memo[word] = self._keys_of_word(word)
            keys.extend(found)
        return keys

    def _keys_of_word(self, word: str) -> tuple[str, ...]:
        """The keys one written word gives (a number word, a month or weekday, its skeleton
        or acronym); they depend on the word alone, so they are memoised by it."""
        lexicon = self.lexicon
        keys = []
        folded = word.casefold()
        number = lexicon.numbers.get(folded)
        if number is not None:
            keys.append(f"n:{number}")
        if word[0].isupper():
            if folded in lexicon.months:
                keys.append(f"m:{lexicon.months[folded]}")
            if folded in lexicon.weekdays:
                keys.append(f"d:{lexicon.weekdays[folded]}")
        key = _word_key(word, lexicon.endings)
        if key is not None:
            keys.append(key)
        if self.translations:
            keys.extend(self.translations.get(self.analyzer.key(word), ()))
        return tuple(keys)


def _word_key(word: str, endings: tuple[tuple[str, str], ...]) -> str | None:
    if len(word) >= 2 and word.isupper():
        return "a:" + word
    if len(word) < MIN_WORD_LETTERS:
        return None
    return "w:" + skeleton(loanword_spelling(word.casefold(), endings))


def loanword_spelling(word: str, endings: tuple[tuple[str, str], ...]) -> str:
    """The English-looking spelling of a loanword's ending (*resolusi* → *resolution*)."""
    for ending, replacement in endings:
        if word.endswith(ending) and len(word) > len(ending) + 2:
            return word[: -len(ending)] + replacement
    return word


def skeleton(word: str) -> str:
    """The first letter and the next consonants of a word, spelling variants folded.

    *Moskow* and *Moscow* are both ``mscv``; *nuklir* and *nuclear* both ``ncl r`` cut to
    ``nclr``.
    """
    letters = "".join(
        char
        for char in unicodedata.normalize("NFKD", word.casefold())
        if char.isalpha() and not unicodedata.combining(char)
    )
    for written, folded in _SPELLING:
        letters = letters.replace(written, folded)
    if len(letters) > 1:
        letters = letters[0] + letters[1:].replace("h", "")
    kept = [letters[:1]]
    for char in letters[1:]:
        if char not in _VOWELS and char != kept[-1]:
            kept.append(char)
    return "".join(kept)[:SKELETON_LENGTH]


def canonical_number(text: str, decimal: str) -> str:
    """A written number in the form both languages share: *10.000* (id) and *10,000* (en)
    are ``10000``, *2,5* (id) and *2.5* (en) are ``2.5``."""
    grouped = _GROUPED.get(decimal)
    if grouped is not None and grouped.fullmatch(text):
        return text.replace("," if decimal == "." else ".", "")
    if text.count(decimal) == 1:
        whole, _, fraction = text.partition(decimal)
        if fraction.isdigit() and (whole.isdigit() or (grouped and grouped.fullmatch(whole))):
            # Grouped thousands before a decimal part: *3.621,3* (id) and *3,621.3* (en).
            return f"{int(re.sub(r'[.,]', '', whole))}.{fraction}"
    digits = re.sub(r"[.,]", " ", text).split()
    return " ".join(str(int(part)) for part in digits) if digits else text
