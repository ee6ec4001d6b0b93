"""Sentence segmentation of news text, Indonesian and English, driven by ``lang/*/segmentation``.

A line is a paragraph, and no sentence crosses a line break. Inside a line a sentence ends
at ``.``, ``!``, ``?`` or an ellipsis (with any closing quotes or brackets) followed by a
space and a capital, a digit or an opening quote — unless the full stop belongs to a title
abbreviation (*Dr.*, *Jend.*), one before a number (*No. 5*), an initial (*F.*), a list
number opening the line (*1. Bersatu Melawan AS*), or a dotted acronym or name suffix
(*A.S.*, *U.S.*, *P.B.B.*, *Jr.*) not followed by a word that usually opens a sentence. A
short bracketed credit closing a line, *(EFE)*, stays with its sentence. Caption lines
(*Foto/AP*, *VIDEO DIAMBIL DARI: REUTERS*) are segments of their own, as are headings (lines
without sentence-final punctuation) and the site's own lines (*Baca juga: …*, *Editor: …*,
*Simak berita lainnya …*), and each segment says which of the four it is.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from enum import StrEnum
from functools import cache

from termbase.lang import language_module


class SegmentKind(StrEnum):
    SENTENCE = "sentence"
    HEADING = "heading"
    CAPTION = "caption"
    BOILERPLATE = "boilerplate"


@dataclass(frozen=True, slots=True)
class Sentence:
    """One segment of a text, as written (trimmed), with where it stands."""

    text: str
    line: int
    """1-based line number in the input."""
    column: int
    """1-based column of the first character in its line."""
    paragraph: int
    """0-based index of the paragraph (non-blank line) it belongs to."""
    kind: SegmentKind


_CANDIDATE_END = re.compile(
    r"""(?P<punct>\.\.\.|…|[.!?]+)(?P<close>[”’"'»)\]]*)\s+(?=[“‘"'«(\[]*(?P<next>\w))"""
)
_TRAILING_CREDIT = re.compile(r"\(\s*[^()\s]+(?:\s+[^()\s]+){0,2}\s*\)\s*$")
_DOTTED_ACRONYM = re.compile(r"^(?:[^\W\d_]\.)+$")
_FINAL_PUNCTUATION = re.compile(r"[.!?…:;][”’\"'»)\]]*$")
_NUMBERED_HEADING = re.compile(r"^\d{1,3}\.\s+\S")
_NEXT_WORD = re.compile(r"[“‘\"'«(\[]*([\w.]+)")


@dataclass(frozen=True)
class _Rules:
    titles: frozenset[str]
    before_numbers: frozenset[str]
    closing: frozenset[str]
    suffixes: frozenset[str]
    openers: frozenset[str]
    captions: re.Pattern[str]
    boilerplate: re.Pattern[str]


@cache
def _rules(lang: str) -> _Rules:
    data = language_module(lang, "segmentation")
    empty: frozenset[str] = frozenset()
    patterns = getattr(data, "CAPTION_PATTERNS", ())
    captions = "|".join(f"(?:{pattern})" for pattern in patterns) or r"(?!)"
    lines = getattr(data, "BOILERPLATE_PATTERNS", ())
    boilerplate = "|".join(f"(?:{pattern})" for pattern in lines) or r"(?!)"
    return _Rules(
        titles=getattr(data, "TITLE_ABBREVIATIONS", empty),
        before_numbers=getattr(data, "NUMBER_ABBREVIATIONS", empty),
        closing=getattr(data, "CLOSING_ABBREVIATIONS", empty),
        suffixes=getattr(data, "SUFFIX_ABBREVIATIONS", empty),
        openers=getattr(data, "SENTENCE_OPENERS", empty),
        captions=re.compile(rf"(?:{captions})(?=\s|$)"),
        boilerplate=re.compile(boilerplate),
    )


def segment(text: str, lang: str) -> list[Sentence]:
    """The segments of ``text`` (LF line ends) in order."""
    return list(segment_lines(text.split("\n"), lang))


def segment_lines(lines: Iterable[str], lang: str) -> Iterator[Sentence]:
    """Segments of a stream of lines; blank lines separate nothing more than lines do."""
    rules = _rules(lang)
    paragraph = 0
    for number, raw in enumerate(lines, 1):
        line = raw.rstrip("\r\n")
        if not line.strip():
            continue
        if _is_boilerplate(line, rules):
            start = len(line) - len(line.lstrip())
            yield Sentence(line.strip(), number, start + 1, paragraph, SegmentKind.BOILERPLATE)
            paragraph += 1
            continue
        for start, end in _spans(line, rules):
            piece = line[start:end]
            yield Sentence(piece, number, start + 1, paragraph, _kind(piece, line, rules))
        paragraph += 1


def _is_boilerplate(line: str, rules: _Rules) -> bool:
    """Whether the whole line is one of the site's own (a link to another article, a credit,
    tags), which is one segment whatever full stops it holds; a caption stays a caption."""
    text = line.strip()
    return rules.boilerplate.fullmatch(text) is not None and not rules.captions.match(text)


def _kind(piece: str, line: str, rules: _Rules) -> SegmentKind:
    if rules.captions.fullmatch(piece):
        return SegmentKind.CAPTION
    if piece == line.strip() and (
        not _FINAL_PUNCTUATION.search(piece) or _NUMBERED_HEADING.match(piece)
    ):
        return SegmentKind.HEADING
    return SegmentKind.SENTENCE


def _spans(line: str, rules: _Rules) -> Iterator[tuple[int, int]]:
    """[start, end) of each segment of one line, trimmed."""
    start = len(line) - len(line.lstrip())
    limit = len(line.rstrip())
    for cut in _cuts(line, start, limit, rules):
        end = len(line[:cut].rstrip())
        if end > start:
            yield start, end
        start = cut
    if limit > start:
        yield start, limit


def _cuts(line: str, start: int, limit: int, rules: _Rules) -> Iterator[int]:
    """Offsets where a new segment begins (after the whitespace that ends the last one)."""
    segment_start = start
    while True:
        caption = _caption_end(line, segment_start, rules)
        if caption is not None:
            if caption >= limit:
                return  # a credit ends the line, full stops inside it (Dok. Humas) or not
            yield caption
            segment_start = caption
        found = next(
            (
                match
                for match in _CANDIDATE_END.finditer(line, segment_start, limit)
                if _ends_sentence(line, match, segment_start, rules)
            ),
            None,
        )
        if found is None:
            return
        segment_start = found.end()
        yield segment_start


def _caption_end(line: str, start: int, rules: _Rules) -> int | None:
    """Where the text after a caption at ``start`` begins (the line's length when nothing
    follows it), if a caption stands there."""
    match = rules.captions.match(line, start)
    if match is None:
        return None
    return len(line) - len(line[match.end() :].lstrip())


def _ends_sentence(line: str, match: re.Match[str], segment_start: int, rules: _Rules) -> bool:
    next_char = match.group("next")
    if not (next_char.isupper() or next_char.isdigit()):
        return False
    if _TRAILING_CREDIT.fullmatch(line, match.end()):
        return False
    if match.group("punct") != ".":
        return True
    before = line[segment_start : match.start()]
    word = before.rsplit(None, 1)[-1].lstrip("“‘\"'«([") if before.strip() else ""
    if not word:
        return True
    if word.isdigit():
        return before.strip() != word
    folded = word.casefold()
    if folded in rules.titles or (len(word) == 1 and word.isupper()):
        return False
    if folded in rules.before_numbers:
        return not next_char.isdigit()
    if folded in rules.closing:
        return True
    if folded in rules.suffixes or _DOTTED_ACRONYM.match(word + "."):
        return _opens_sentence(line, match.end(), rules)
    return True


def _opens_sentence(line: str, position: int, rules: _Rules) -> bool:
    found = _NEXT_WORD.match(line, position)
    return found is not None and found.group(1).casefold() in rules.openers
