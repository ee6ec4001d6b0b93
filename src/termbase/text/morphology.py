"""Matching keys that see through morphology: one key per word, equal for forms of one lexeme.

Indonesian: Sastrawi's dictionary-based confix-stripping stemmer finds the root; the key
keeps a tag for derivations that make a new lexeme (peN-...-an, per-...-an, ke-...-an, -an,
ber-, ter-, se-) and drops voice and inflection (meN-, di-, -kan, -i, clitics, possessives,
reduplication). So *memveto* and *diveto* key as *veto*, *hak vetonya* as *hak veto*,
*pengerahannya* as *pengerahan* — and *pengerahan* (deployment) never as *kerah* (collar).

English: inflection only (plural, possessive, -ed, -ing); derivation is left alone.

A key's *root* is what derived words of one family share, for suggesting related forms
(*mengerahkan* → *pengerahan pasukan*, *deploy* → *troop deployment*): the Indonesian key
without its derivation tag, the English key without derivational endings.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any, Protocol

from termbase.lang.en import morphology as en_data
from termbase.lang.id import morphology as id_data
from termbase.text.derivation import derivation_tag
from termbase.text.normalize import fold

DERIVATION_MARK = "+"
"""Separates a root from its derivation tag in a key: ``aman+ke-an`` for *keamanan*."""


class Analyzer(Protocol):
    """Turns one word into its matching key."""

    lang: str

    def key(self, word: str) -> str:
        """The matching key of ``word`` (any case, normalised or not)."""
        ...

    def root(self, key: str) -> str:
        """The root of a matching key: shared by the derived words of one family."""
        ...


class KeyMemo:
    """A per-analyser cache: keys are computed once per distinct word form.

    ``preload`` fills it from a persistent cache (``termbase.text.key_cache``), and
    ``take_computed`` hands over what this process had to work out itself, to be saved.
    """

    def __init__(self, compute: Callable[[str], str]) -> None:
        self._compute = compute
        self._cache: dict[str, str] = {}
        self._computed: dict[str, str] = {}

    def __call__(self, word: str) -> str:
        key = self._cache.get(word)
        if key is None:
            key = self._cache[word] = self._computed[word] = self._compute(word)
        return key

    def preload(self, known: Mapping[str, str]) -> None:
        """Take keys computed earlier; words already known here keep their key."""
        for word, key in known.items():
            self._cache.setdefault(word, key)

    def take_computed(self) -> dict[str, str]:
        """The keys computed here (not preloaded) since the last call, by word."""
        computed, self._computed = self._computed, {}
        return computed


class FoldingAnalyzer:
    """Case folding only: for languages termbase has no morphology for."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.key = KeyMemo(fold)

    @staticmethod
    def root(key: str) -> str:
        return key


class EnglishAnalyzer:
    """English inflection removal (troops → troop, vetoed → veto, Russia's → russia)."""

    lang = "en"

    def __init__(self) -> None:
        self.key = KeyMemo(english_key)

    @staticmethod
    def root(key: str) -> str:
        return english_root(key)


def english_key(word: str) -> str:
    """Remove English inflection from one word, by the tables in ``termbase.lang.en``."""
    w = fold(word)
    for ending in en_data.POSSESSIVE_ENDINGS:
        if w.endswith(ending) and len(w) > len(ending):
            w = w[: -len(ending)] if ending == "'s" else w[:-1]
            break
    if not w.isalpha():
        return w
    irregular = en_data.IRREGULAR_FORMS.get(w)
    if irregular is not None:
        return _drop_final_e(irregular)
    return _drop_final_e(_remove_english_suffix(w))


def english_root(key: str) -> str:
    """The root of an English matching key, by the derivational endings in
    ``termbase.lang.en``: *deployment* → *deploy*, *deterrenc* (deterrence) → *deter*."""
    root = key
    while True:
        for ending, replacement in en_data.DERIVATIONAL_ENDINGS:
            stem = root[: len(root) - len(ending)] + replacement
            if root.endswith(ending) and len(stem) >= en_data.MIN_DERIVATION_STEM:
                root = _undouble(_drop_final_e(stem))
                break
        else:
            return root


def english_adjectives(name: str) -> list[str]:
    """Adjectives of an English proper name (*North Korea* → *North Korean*), by the tables
    in ``termbase.lang.en``; more than one guess may come back. None for acronyms."""
    if name.isupper():
        return []
    irregular = en_data.IRREGULAR_DEMONYMS.get(name.casefold())
    if irregular is not None:
        return list(irregular)
    head, _, last = name.rpartition(" ")
    word = last.casefold()
    found = [
        word[: len(word) - len(ending)] + adjective
        for ending, adjective in en_data.DEMONYM_ENDINGS
        if word.endswith(ending) and len(word) > len(ending) + 1
    ]
    prefix = f"{head} " if head else ""
    capital = last[:1].isupper()
    return [prefix + (form.capitalize() if capital else form) for form in dict.fromkeys(found)]


def _remove_english_suffix(w: str) -> str:
    minimum = en_data.MIN_STEM
    if w.endswith("ies") and len(w) - 3 >= minimum - 1:
        return w[:-3] + "y"
    if w.endswith("ied") and len(w) - 3 >= minimum - 1:
        return w[:-3] + "y"
    if w.endswith(en_data.SIBILANT_ENDINGS):
        return w[:-2]
    if w.endswith("s") and not w.endswith(en_data.INVARIANT_ENDINGS):
        return w[:-1] if len(w) - 1 >= minimum else w
    for suffix in ("ed", "ing"):
        if w.endswith(suffix) and len(w) - len(suffix) >= minimum:
            return _undouble(w[: -len(suffix)])
    return w


def _undouble(stem: str) -> str:
    pair = stem[-2:]
    if len(pair) == 2 and pair[0] == pair[1] and pair not in en_data.UNDOUBLED_EXCEPTIONS:
        return stem[:-1]
    return stem


def _drop_final_e(stem: str) -> str:
    # base/based/basing and force/forces must meet: the final e is never part of the key.
    return stem[:-1] if stem.endswith("e") and len(stem) > en_data.MIN_STEM else stem


class IndonesianAnalyzer:
    """Indonesian keys from Sastrawi's root dictionary and confix-stripping rules.

    The dictionary is loaded on first use (a set, so membership is O(1): Sastrawi's own
    ArrayDictionary scans a list of 30,000 words on every test).
    """

    lang = "id"

    def __init__(self) -> None:
        self.key = KeyMemo(self._compute_key)
        self._roots: frozenset[str] | None = None
        self._visitors: Any = None

    @staticmethod
    def root(key: str) -> str:
        """The root without its derivation tag: ``kerah+peN-an`` (*pengerahan*) → ``kerah``."""
        return key.partition(DERIVATION_MARK)[0]

    @property
    def roots(self) -> frozenset[str]:
        """The root lexicon: Sastrawi's dictionary plus ``EXTRA_ROOTS``."""
        if self._roots is None:
            import Sastrawi

            data = Path(Sastrawi.__file__).parent / "Stemmer" / "data" / "kata-dasar.txt"
            words = data.read_text(encoding="utf-8").split()
            self._roots = frozenset(words) | id_data.EXTRA_ROOTS
        return self._roots

    def contains(self, word: str) -> bool:
        """Sastrawi's dictionary protocol."""
        return word in self.roots

    def strip_clitics(self, word: str) -> str:
        """Remove particles and possessives (-lah, -kah, -nya, ...) when not part of a root."""
        w = word
        for clitic in id_data.CLITICS:
            if w in self.roots:
                break
            if w.endswith(clitic) and len(w) - len(clitic) >= id_data.MIN_STEM_AFTER_CLITIC:
                w = w[: -len(clitic)]
        return w

    @staticmethod
    def clitic_candidates(word: str) -> list[str]:
        """A folded word, then the word without each clitic the tables strip in turn
        (*bekerjasamalah* → *bekerjasama*), without the dictionary."""
        w = word
        bare = [w]
        for clitic in id_data.CLITICS:
            if w.endswith(clitic) and len(w) - len(clitic) >= id_data.MIN_STEM_AFTER_CLITIC:
                w = w[: -len(clitic)]
                bare.append(w)
        return bare

    @staticmethod
    def inflection_candidates(word: str) -> list[str]:
        """Forms ``word`` may be an inflection of, most likely first, without the dictionary.

        Reduplication, clitics and voice affixes (meN-, di-, -kan, -i) are undone by the
        tables in ``termbase.lang.id``. A cheap guess for callers that test each candidate
        against a known vocabulary (lookup does, before loading the stemmer).
        """
        bare = IndonesianAnalyzer.clitic_candidates(_unreduplicate(fold(word)))
        candidates = list(bare)
        for form in bare:
            candidates += _without_voice_affixes(form)
        return list(dict.fromkeys(candidates))

    def _compute_key(self, word: str) -> str:
        w = _unreduplicate(fold(word))
        if not w.isalpha():
            return w
        corrected = id_data.STEM_CORRECTIONS.get(w) or id_data.STEM_CORRECTIONS.get(
            self.strip_clitics(w)
        )
        if corrected is not None:
            return corrected
        analysed = self._stem(w)
        if analysed is None:
            bare = self.strip_clitics(w)
            analysed = self._stem(bare) if bare != w else None
            if analysed is None:
                return id_data.STEM_CORRECTIONS.get(bare, bare)
        root, tag = analysed
        return f"{root}{DERIVATION_MARK}{tag}" if tag else root

    def _stem(self, word: str) -> tuple[str, str] | None:
        """Root and derivation tag by Sastrawi, or None when no root is found."""
        if word in self.roots:
            return word, ""
        if not word.startswith(id_data.AFFIXED_BEGINNINGS) and not word.endswith(
            id_data.AFFIXED_ENDINGS
        ):
            return None
        from Sastrawi.Stemmer.Context.Context import Context

        if self._visitors is None:
            from Sastrawi.Stemmer.Context.Visitor.VisitorProvider import VisitorProvider

            self._visitors = VisitorProvider()
        context = Context(word, self, self._visitors)
        context.execute()
        root: str = context.result
        if root == word or root not in self.roots:
            return None
        return root, derivation_tag(word, root, context.removals)


def _without_voice_affixes(word: str) -> list[str]:
    stems = []
    for prefix, initials in id_data.VOICE_PREFIXES:
        if not word.startswith(prefix):
            continue
        rest = word[len(prefix) :]
        for suffix in ("", *id_data.VOICE_SUFFIXES):
            if suffix and not rest.endswith(suffix):
                continue
            core = rest[: len(rest) - len(suffix)]
            stems += [
                initial + core
                for initial in initials
                if len(initial + core) >= 3 and (not initial or core[:1] in "aeiou")
            ]
    return stems


def _unreduplicate(word: str) -> str:
    """negara-negara → negara, pasukan-pasukannya → pasukannya, PBB-nya → PBBnya,
    sanksi2 → sanksi, negara2nya → negaranya."""
    if "-" not in word:
        return _undigit(word)
    first, _, rest = word.partition("-")
    if rest in id_data.CLITICS:
        return first + rest
    if rest.startswith(first) and (rest == first or rest[len(first) :] in id_data.CLITICS):
        return rest
    return word


def _undigit(word: str) -> str:
    """The word without the 2 of an informal reduplication, if it has one."""
    base, mark, rest = word.partition(id_data.REDUPLICATION_DIGIT)
    if (
        mark
        and len(base) >= id_data.MIN_REDUPLICATED_LETTERS
        and base.isalpha()
        and (not rest or rest in id_data.CLITICS)
    ):
        return base + rest
    return word


_ANALYZERS: dict[str, Callable[[], Analyzer]] = {
    "id": IndonesianAnalyzer,
    "en": EnglishAnalyzer,
}
_SHARED: dict[str, Analyzer] = {}


def analyzer_for(lang: str) -> Analyzer:
    """The shared analyser for ``lang`` (primary subtag); case folding for unknown languages."""
    analyzer = _SHARED.get(lang)
    if analyzer is None:
        factory = _ANALYZERS.get(lang)
        analyzer = _SHARED[lang] = factory() if factory else FoldingAnalyzer(lang)
    return analyzer
