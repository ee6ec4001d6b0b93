"""Deterministic synthetic inputs of scale: large glossaries, long parallel documents and,
for the checker, large corpora.

Terms are built from the most frequent Indonesian and English words (wordfreq), so that
their length, spelling and morphology look like real ones; the project's curated glossary
is included, so real queries (*hak vetonya*) behave as they do on the real data.

A long parallel pair is made of the reference corpus's gold links drawn at random, with
their numbers redrawn (the same on both sides, each in its language's notation), with
untranslated sentences slipped into either side, and with paragraphs cut independently on
each side, so paragraph breaks carry nothing; the true links are written beside it.

    python benchmarks/generate.py parallel --sentences 50000 --out /tmp/long-pair

A corpus is news-like Indonesian: sentences of the reference articles with a share of their
words swapped for others drawn by frequency (so that the vocabulary grows as in real text),
mixed with sentences drawn from the frequency list, and glossary terms written in at a
realistic density — inflected (*-nya*), capitalised at the start of a sentence, sometimes in
an admitted or deprecated form.

    python benchmarks/generate.py glossary --concepts 100000 --out /tmp/big-glossary
    python benchmarks/generate.py corpus --glossary /tmp/big-glossary --megabytes 100 \
        --out /tmp/big-corpus
"""

from __future__ import annotations

import argparse
import random
import re
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import accumulate
from pathlib import Path

from wordfreq import top_n_list

from termbase.align.evidence import canonical_number
from termbase.formats import glossary_toml
from termbase.glossary import load_glossary
from termbase.model import Concept, Glossary, PartOfSpeech, Status, Term
from termbase.text.morphology import analyzer_for

ROOT = Path(__file__).resolve().parent.parent
CONCEPTS_PER_FILE = 2000
INDONESIAN_AFFIXES = ("", "", "", "nya", "an", "kan")


def vocabulary(lang: str, size: int) -> list[str]:
    """Frequent alphabetic words of ``lang``, at least three letters long."""
    return [w for w in top_n_list(lang, size * 2) if w.isalpha() and len(w) >= 3][:size]


def curated_forms(lang: str) -> set[str]:
    """The folded forms of the curated glossary, which synthetic terms must not reuse."""
    glossary = load_glossary(ROOT / "glossary")
    return {term.text.casefold() for _, term in glossary.terms(lang)}


FUNCTION_WORDS = 300
"""With content words only, the most frequent words (*dan*, *yang*, *untuk*) are left out."""
RARE_FROM = 4000
"""With content words only, one-word terms come from this frequency rank on."""
SINGLE_LETTERS = 6
"""With content words only, one-word terms have at least this many letters: a domain
glossary's single words are derived or borrowed words (*pengerahan*, *artileri*), seldom
four-letter everyday ones."""


def synthetic_concepts(count: int, seed: int = 1, content: bool = False) -> Iterator[Concept]:
    """``count`` distinct concepts with 1-3 Indonesian and 1-2 English terms each.

    With ``content`` the terms look like a real glossary's: no function words, and one-word
    terms are rarer words (*artileri*, *denuklirisasi*), not everyday ones. A checker
    benchmark needs that: a glossary whose terms include *secara* and *dengan* makes every
    sentence a term match and every synonym a mix, which no real text shows.
    """
    rng = random.Random(seed)
    words = {lang: vocabulary(lang, 4000) for lang in ("id", "en")}
    single = dict(words)
    if content:
        words = {lang: _content_words(lang, 0, 4000) for lang in words}
        single = {
            lang: [w for w in _content_words(lang, RARE_FROM, 16000) if len(w) >= SINGLE_LETTERS]
            for lang in words
        }
    seen_id = curated_forms("id")
    seen_en = curated_forms("en")
    number = 0
    while number < count:
        id_terms = _distinct_terms(
            rng, (words["id"], single["id"]), seen_id, rng.randint(1, 3), indonesian=True
        )
        en_terms = _distinct_terms(
            rng, (words["en"], single["en"]), seen_en, rng.randint(1, 2), indonesian=False
        )
        if not id_terms or not en_terms:
            continue
        number += 1
        yield Concept(
            id=f"synthetic-{number:06d}",
            subject="synthetic",
            definition=f"Synthetic concept number {number} for benchmarks.",
            terms={"id": _statuses(id_terms), "en": _statuses(en_terms)},
        )


def _content_words(lang: str, first: int, last: int) -> list[str]:
    """Words of the frequency list from rank ``first`` to ``last`` that are no function word,
    even through morphology (*denganku* keys as *dengan*)."""
    analyzer = analyzer_for(lang)
    listed = vocabulary(lang, last)
    function_keys = {analyzer.key(word) for word in listed[:FUNCTION_WORDS]}
    return [word for word in listed[first:] if analyzer.key(word) not in function_keys]


def _distinct_terms(
    rng: random.Random,
    words: tuple[list[str], list[str]],
    seen: set[str],
    count: int,
    indonesian: bool,
) -> list[str]:
    """Terms of ``words[0]``, or of ``words[1]`` for one-word terms."""
    terms = []
    for _ in range(count * 4):
        length = rng.choice((1, 2, 2, 2, 3, 3, 4))
        vocabulary = words[1] if length == 1 else words[0]
        parts = [rng.choice(vocabulary) for _ in range(length)]
        if indonesian:
            parts[-1] += rng.choice(INDONESIAN_AFFIXES)
        term = " ".join(parts)
        if term.casefold() not in seen:
            seen.add(term.casefold())
            terms.append(term)
            if len(terms) == count:
                break
    return terms


def _statuses(texts: list[str]) -> tuple[Term, ...]:
    statuses = [Status.PREFERRED] + [Status.ADMITTED] * (len(texts) - 1)
    return tuple(
        Term(text, status, PartOfSpeech.NOUN) for text, status in zip(texts, statuses, strict=True)
    )


def write_glossary(count: int, out: Path, seed: int = 1, content: bool = False) -> Path:
    """A glossary directory: the curated glossary plus ``count`` synthetic concepts.

    An existing directory made with the same parameters is kept as it is.
    """
    kind = f", content words, single words of {SINGLE_LETTERS}+ letters" if content else ""
    if _made_with(out, f"{count} concepts, seed {seed}{kind}\n"):
        return out
    for path in sorted((ROOT / "glossary").glob("*.toml")):
        shutil.copy(path, out / path.name)
    batch: list[Concept] = []
    files = 0
    for concept in synthetic_concepts(count, seed, content):
        batch.append(concept)
        if len(batch) == CONCEPTS_PER_FILE:
            files += 1
            glossary_toml.write(batch, out / f"synthetic-{files:03d}.toml")
            batch = []
    if batch:
        glossary_toml.write(batch, out / f"synthetic-{files + 1:03d}.toml")
    _stamp(out)
    return out


def _made_with(out: Path, parameters: str) -> bool:
    """True when ``out`` was generated with these parameters; else an empty ``out`` is made.

    The parameters are kept in ``out/.generated`` once generation has finished (``_stamp``).
    """
    stamp = out / ".generated"
    if stamp.exists() and stamp.read_text(encoding="utf-8") == parameters:
        return True
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    (out / ".generating").write_text(parameters, encoding="utf-8")
    return False


def _stamp(out: Path) -> None:
    (out / ".generating").rename(out / ".generated")


CORPUS_VERSION = 3
"""Changes whenever the corpus generator does, so that older corpora are made again."""
REFERENCE_ARTICLES = ROOT / "tests" / "data" / "corpus" / "id"
SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+(?=[A-Z\u201c\"])")
STATUS_WEIGHTS = {Status.PREFERRED: 80, Status.ADMITTED: 15, Status.DEPRECATED: 4}
"""How often a term of each status is written, relative to the others of its concept."""


@dataclass(frozen=True)
class CorpusShape:
    """The knobs of a generated corpus; the defaults look like news text."""

    tokens_per_term: int = 25
    """On average one glossary term in this many words."""
    swapped_share: float = 0.3
    """Share of the words of a reference sentence replaced by words drawn by frequency."""
    drawn_sentences: float = 0.4
    """Share of sentences drawn wholly from the frequency list."""
    inflected_share: float = 0.15
    """Share of written terms given the clitic -nya."""
    other_form_share: float = 0.02
    """Share of a concept's occurrences in an article that use another of its forms than
    the one the article settled on (writers are mostly consistent within an article)."""


class _Draw:
    """Weighted random choices from the word list, the reference sentences and the terms."""

    def __init__(self, glossary: Glossary, rng: random.Random) -> None:
        self.rng = rng
        words = vocabulary("id", 40_000)
        for name in _names(rng, 8000):
            # Names rank among the frequent words without displacing the commonest ones.
            words.insert(rng.randrange(200, len(words)), name)
        self.words = words
        """Words by frequency rank, the real ranks of the word list kept."""
        self.word_weights = list(accumulate(1 / (rank + 20) for rank in range(len(words))))
        self.sentences = [
            sentence
            for path in sorted(REFERENCE_ARTICLES.glob("*.txt"))
            for line in path.read_text(encoding="utf-8").splitlines()
            for sentence in SENTENCE_BREAK.split(line)
            if len(sentence.split()) >= 4
        ]
        self.terms = _writable_terms(glossary)
        self.chosen: dict[int, str] = {}
        """The form each concept has in the article being written."""
        rng.shuffle(self.terms)
        self.term_weights = list(accumulate(1 / (rank + 5) for rank in range(len(self.terms))))

    def words_(self, count: int) -> list[str]:
        return self.rng.choices(self.words, cum_weights=self.word_weights, k=count)

    def new_article(self) -> None:
        self.chosen = {}

    def term(self, shape: CorpusShape) -> list[str]:
        (concept,) = self.rng.choices(range(len(self.terms)), cum_weights=self.term_weights)
        texts, weights = zip(*self.terms[concept], strict=True)
        form = self.chosen.get(concept)
        if form is None or self.rng.random() < shape.other_form_share:
            drawn = self.rng.choices(texts, weights)[0]
            form = self.chosen.setdefault(concept, drawn)
            return drawn.split()
        return form.split()


def _names(rng: random.Random, count: int) -> list[str]:
    """Capitalised made-up names (people, places), as news text is full of them."""
    syllables = ("ka", "ri", "mo", "la", "su", "de", "no", "ta", "wi", "ha", "an", "ro", "sa")
    return [
        "".join(rng.choice(syllables) for _ in range(rng.randint(2, 4))).capitalize()
        for _ in range(count)
    ]


def _writable_terms(glossary: Glossary) -> list[list[tuple[str, int]]]:
    """Per concept, its Indonesian terms with how often each is written."""
    concepts = []
    for concept in glossary:
        choices = [
            (term.text, STATUS_WEIGHTS.get(term.status, 1))
            for term in concept.terms_in("id")
            if term.text.strip()
        ]
        if choices:
            concepts.append(choices)
    return concepts


def _sentence(draw: _Draw, shape: CorpusShape) -> str:
    rng = draw.rng
    if rng.random() < shape.drawn_sentences:
        words = draw.words_(rng.randint(6, 24))
        words[-1] += "."
    else:
        words = rng.choice(draw.sentences).split()
        swaps = draw.words_(len(words))
        words = [
            swap if rng.random() < shape.swapped_share and word.isalpha() else word
            for word, swap in zip(words, swaps, strict=True)
        ]
    for _ in range(_term_count(rng, len(words), shape)):
        term = draw.term(shape)
        if rng.random() < shape.inflected_share and term[-1].isalpha():
            term[-1] += "-nya" if term[-1].isupper() else "nya"
        position = rng.randrange(len(words))
        words[position:position] = term
    words[0] = words[0][:1].upper() + words[0][1:]
    return " ".join(words)


def _term_count(rng: random.Random, words: int, shape: CorpusShape) -> int:
    expected = words / shape.tokens_per_term
    return int(expected) + (rng.random() < expected - int(expected))


def _article(draw: _Draw, shape: CorpusShape) -> str:
    rng = draw.rng
    draw.new_article()
    title = " ".join(word.capitalize() for word in draw.words_(rng.randint(4, 9)))
    paragraphs = [
        " ".join(_sentence(draw, shape) for _ in range(rng.randint(1, 5)))
        for _ in range(rng.randint(4, 14))
    ]
    return "\n".join([title, *paragraphs]) + "\n"


def write_corpus(
    glossary_dir: Path,
    megabytes: int,
    files: int,
    out: Path,
    seed: int = 1,
    shape: CorpusShape | None = None,
) -> Path:
    """A directory of ``files`` text files of news-like articles, ``megabytes`` in all.

    Articles in one file are separated by a blank line. An existing directory made with the
    same parameters is kept as it is.
    """
    shape = shape or CorpusShape()
    made = f"corpus {CORPUS_VERSION}: {megabytes} MB in {files} files, seed {seed}, {shape}"
    stamp = glossary_dir / ".generated"
    source = stamp.read_text(encoding="utf-8").strip() if stamp.exists() else "curated"
    if _made_with(out, f"{made}, {glossary_dir} ({source})\n"):
        return out
    draw = _Draw(load_glossary(glossary_dir), random.Random(seed))
    per_file = megabytes * 1_000_000 // files
    for number in range(1, files + 1):
        articles: list[str] = []
        size = 0
        while size < per_file:
            articles.append(_article(draw, shape))
            size += len(articles[-1].encode("utf-8")) + 1
        (out / f"articles-{number:04d}.txt").write_text("\n".join(articles), encoding="utf-8")
    _stamp(out)
    return out


def write_forms(glossary_dir: Path, out: Path) -> Path:
    """Every Indonesian surface form of the glossary, one a line: grep's pattern file."""
    glossary = load_glossary(glossary_dir)
    forms = sorted({term.text for _, term in glossary.terms("id")})
    out.write_text("".join(f"{form}\n" for form in forms), encoding="utf-8")
    return out


NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
SENTENCE_END = re.compile(r"[.!?…][”’\"')\]]*$")
OMISSION_RATE = 0.02
"""Share of links that are a sentence on one side only."""


def gold_links() -> list[tuple[str, str]]:
    """Every gold link of the reference corpus, in file order."""
    links = []
    for path in sorted((ROOT / "tests" / "data" / "corpus" / "align").glob("*.tsv")):
        for line in path.read_text(encoding="utf-8").splitlines():
            source, _, target = line.partition("\t")
            links.append((source, target))
    return links


def _redraw_numbers(rng: random.Random, source: str, target: str) -> tuple[str, str]:
    """Give a link new numbers, the same on both sides: *10.000* / *10,000* → *73.412* /
    *73,412*, so that every copy of a link is a different sentence pair."""
    values: dict[str, int] = {}

    def value(canonical: str) -> int:
        if canonical not in values:
            values[canonical] = (
                rng.randint(1, 99) if len(canonical) <= 2 else rng.randint(100, 99999)
            )
        return values[canonical]

    def rewrite(text: str, decimal: str) -> str:
        def replace(found: re.Match[str]) -> str:
            canonical = canonical_number(found.group(), decimal)
            if not canonical.isdigit():
                return found.group()
            number = value(canonical)
            grouped = f"{number:,}"
            return grouped.replace(",", ".") if decimal == "," else grouped

        return NUMBER.sub(replace, text)

    return rewrite(source, ","), rewrite(target, ".")


def parallel_links(count: int, seed: int = 1) -> Iterator[tuple[str, str]]:
    """``count`` links (about as many sentences a side): gold links with new numbers, and
    now and then a sentence on one side only."""
    rng = random.Random(seed)
    links = gold_links()
    for _ in range(count):
        source, target = _redraw_numbers(rng, *rng.choice(links))
        roll = rng.random()
        if roll < OMISSION_RATE / 2:
            yield source, ""
        elif roll < OMISSION_RATE:
            yield "", target
        else:
            yield source, target


def _paragraphs(rng: random.Random, cells: list[str]) -> str:
    """Cells joined into paragraphs of random size; headings and captions (no final
    punctuation) keep a line of their own, as they do in real articles."""
    lines: list[str] = []
    current: list[str] = []
    for cell in cells:
        if not cell:
            continue
        if not SENTENCE_END.search(cell):
            lines.extend([" ".join(current)] if current else [])
            lines.append(cell)
            current = []
            continue
        current.append(cell)
        if rng.random() < 0.35:
            lines.append(" ".join(current))
            current = []
    if current:
        lines.append(" ".join(current))
    return "\n".join(lines) + "\n"


def write_parallel(sentences: int, out: Path, seed: int = 1) -> Path:
    """``out/id/long.txt``, ``out/en/long.txt`` and the true links ``out/align/long.tsv``."""
    links = list(parallel_links(sentences, seed))
    rng = random.Random(seed + 1)
    for folder in ("id", "en", "align"):
        (out / folder).mkdir(parents=True, exist_ok=True)
    (out / "id" / "long.txt").write_text(_paragraphs(rng, [s for s, _ in links]), encoding="utf-8")
    (out / "en" / "long.txt").write_text(_paragraphs(rng, [t for _, t in links]), encoding="utf-8")
    rows = "".join(f"{source}\t{target}\n" for source, target in links)
    (out / "align" / "long.tsv").write_text(rows, encoding="utf-8")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    glossary = commands.add_parser("glossary", help="write a large glossary directory")
    glossary.add_argument("--concepts", type=int, default=100_000)
    glossary.add_argument("--seed", type=int, default=1)
    glossary.add_argument(
        "--content-words", action="store_true", help="terms like a real glossary's (see code)"
    )
    glossary.add_argument("--out", type=Path, required=True)
    parallel = commands.add_parser("parallel", help="write a long parallel document pair")
    parallel.add_argument("--sentences", type=int, default=50_000)
    parallel.add_argument("--seed", type=int, default=1)
    parallel.add_argument("--out", type=Path, required=True)
    corpus = commands.add_parser("corpus", help="write a large news-like Indonesian corpus")
    corpus.add_argument("--glossary", type=Path, default=ROOT / "glossary")
    corpus.add_argument("--megabytes", type=int, default=100)
    corpus.add_argument("--files", type=int, default=400)
    corpus.add_argument("--seed", type=int, default=1)
    corpus.add_argument("--out", type=Path, required=True)
    arguments = parser.parse_args()
    if arguments.command == "parallel":
        write_parallel(arguments.sentences, arguments.out, arguments.seed)
        print(f"wrote a {arguments.sentences}-link parallel pair to {arguments.out}")
    elif arguments.command == "glossary":
        path = write_glossary(
            arguments.concepts, arguments.out, arguments.seed, arguments.content_words
        )
        print(f"wrote {arguments.concepts} synthetic concepts (+ the curated ones) to {path}")
    else:
        path = write_corpus(
            arguments.glossary, arguments.megabytes, arguments.files, arguments.out, arguments.seed
        )
        print(f"wrote {arguments.megabytes} MB in {arguments.files} files to {path}")


if __name__ == "__main__":
    main()
