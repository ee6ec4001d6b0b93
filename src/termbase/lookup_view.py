"""How lookup results are shown: a readable entry for people, a stable JSON shape for scripts."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from termbase.index import Example
from termbase.lookup import LookupHit, LookupResult, MatchKind, Suggestion, SuggestionKind
from termbase.model import ReviewState, Term
from termbase.serialize import concept_to_dict

Highlight = Callable[[str], str]
CONTEXT_CHARS = 90
"""Characters of context kept on each side of the first highlighted span in a long segment."""


def plain_highlight(text: str) -> str:
    return f"«{text}»"


def render_text(result: LookupResult, highlight: Highlight = plain_highlight) -> str:
    """The human-readable answer: whole-term hits as entries, then the terms containing the
    query as a list; no hits give the 'did you mean' message."""
    if not result.hits:
        return _render_miss(result)
    whole = [hit for hit in result.hits if hit.kind is not MatchKind.CONTAINS]
    parts = [hit for hit in result.hits if hit.kind is MatchKind.CONTAINS]
    blocks = [_render_hit(hit, highlight) for hit in whole]
    if parts:
        blocks.append(_render_parts(result, parts, also=bool(whole)))
    return "\n\n".join(blocks) + "\n"


def _render_parts(result: LookupResult, parts: list[LookupHit], also: bool) -> str:
    total = len(parts) + result.more_hits
    noun = "term" if total == 1 else "terms"
    score = f"{parts[0].score:.0f}"
    if also:
        lines = [f"also part of {total} {noun} (contains, score {score}):"]
    else:
        lines = [f"{result.query!r} is part of {total} {noun} (contains, score {score}):"]
    width = max(len(hit.term.text) for hit in parts)
    lines += [f"  {hit.term.text:<{width}}  {_part_details(hit)}" for hit in parts]
    if result.more_hits:
        lines.append(f"  … and {result.more_hits} more (--limit 0 lists them all)")
    return "\n".join(lines)


def _part_details(hit: LookupHit) -> str:
    """Language and status, what to use instead, the other languages' preferred terms."""
    details = f"[{hit.ref.lang}, {hit.term.status.value}]"
    replacement = hit.use_instead
    if replacement is not None:
        details += f" use {replacement.text!r}"
    for lang in hit.concept.languages:
        preferred = hit.concept.preferred(lang)
        if lang != hit.ref.lang and preferred is not None:
            details += f"  {lang}: {preferred.text}"
    unreviewed = _review_warning(hit)
    if unreviewed:
        details += f"  ! {unreviewed}"
    return f"{details}  · {hit.concept.id}"


def _render_miss(result: LookupResult) -> str:
    lines = [f"no term matches {result.query!r}"]
    related = [s for s in result.suggestions if s.kind is SuggestionKind.RELATED]
    close = [s for s in result.suggestions if s.kind is not SuggestionKind.RELATED]
    if related:
        lines.append("related forms (same root, another derivation):")
        lines += [
            f"  {s.text}  ({s.lang}, concept {s.concept_id}) — same root as {s.word}"
            + (f" ({s.root})" if s.root != s.word.casefold() else "")
            for s in related
        ]
    if close:
        lines.append("did you mean:")
        lines += [
            f"  {s.text}  ({s.lang}, concept {s.concept_id}, score {s.score:.0f})" for s in close
        ]
    return "\n".join(lines) + "\n"


def _render_hit(hit: LookupHit, highlight: Highlight) -> str:
    concept, term = hit.concept, hit.term
    heading = f"{term.text}  [{hit.ref.lang}, {term.status.value}]"
    misspelt = hit.spelling is not None and not hit.spelling.standard
    note = f": {hit.note}" if hit.note and not misspelt else ""
    lines = [f"{heading}  ← {hit.kind.value} match (score {hit.score:.0f}){note}"]
    if misspelt:
        lines.append(f"  ! {hit.note}")
    replacement = hit.use_instead
    if replacement is not None:
        lines.append(
            f"  ! {term.text!r} is {term.status.value}: use {replacement.text!r}"
            + (f" — {term.usage}" if term.usage else "")
        )
    unreviewed = _review_warning(hit)
    if unreviewed:
        lines.append(f"  ! {unreviewed}")
    subject = f" · {concept.subject}" if concept.subject else ""
    lines.append(f"  concept     {concept.id}{subject}")
    for lang in concept.languages:
        for position, each in enumerate(concept.terms[lang]):
            label = lang if position == 0 else ""
            lines.append(f"  {label:<11} {_term_line(each)}")
    for name in ("definition", "note", "source"):
        value = getattr(concept, name)
        if value:
            lines.append(f"  {name:<11} {value}")
    if hit.examples:
        lines.append(
            f"  examples    {len(hit.examples)} of {hit.example_total} in the translation memory"
        )
        for example in hit.examples:
            lines += _render_example(example, hit.ref.lang, highlight)
    return "\n".join(lines)


def _review_warning(hit: LookupHit) -> str:
    """Why the answer is not an approved term yet: a machine proposal, or one turned down."""
    for what, state in (
        (repr(hit.term.text), hit.term.review),
        ("its concept", hit.concept.review),
    ):
        if state is ReviewState.REJECTED:
            return f"{what} was rejected in review: do not use it"
        if state is ReviewState.PROPOSED:
            return f"{what} is a proposal not yet reviewed"
    return ""


def _term_line(term: Term) -> str:
    details = [term.status.value]
    if term.term_type.value != "fullForm":
        details.append(term.term_type.value)
    if term.part_of_speech:
        details.append(term.part_of_speech.value)
    if term.case_sensitive:
        details.append("case-sensitive")
    if term.review.value != "approved":
        details.append(term.review.value)
    line = f"{term.text}  ({', '.join(details)})"
    return f"{line} — {term.usage}" if term.usage else line


def _render_example(example: Example, lang: str, highlight: Highlight) -> list[str]:
    order = sorted(example.texts, key=lambda code: (code != lang, code))
    lines = [f"    {example.document} #{example.tuid}"]
    for code in order:
        text = _excerpt(example.texts[code], example.spans.get(code, []), highlight)
        lines.append(f"      {code}: {text}")
    return lines


def _excerpt(text: str, spans: list[tuple[int, int]], highlight: Highlight) -> str:
    start, end = 0, len(text)
    if spans and len(text) > 2 * CONTEXT_CHARS + 40:
        first = spans[0]
        start = max(0, first[0] - CONTEXT_CHARS)
        end = min(len(text), first[1] + CONTEXT_CHARS)
    pieces = ["…" if start else ""]
    cursor = start
    for span_start, span_end in spans:
        if span_start < cursor or span_end > end:
            continue
        pieces += [text[cursor:span_start], highlight(text[span_start:span_end])]
        cursor = span_end
    pieces += [text[cursor:end], "…" if end < len(text) else ""]
    return "".join(pieces)


def result_to_json(result: LookupResult) -> dict[str, Any]:
    """The documented JSON shape of a lookup (docs/lookup.md)."""
    return {
        "query": result.query,
        "found": bool(result.hits),
        "hits": [_hit_to_json(hit) for hit in result.hits],
        "more_hits": result.more_hits,
        "suggestions": [_suggestion_to_json(s) for s in result.suggestions],
    }


def _suggestion_to_json(suggestion: Suggestion) -> dict[str, Any]:
    data: dict[str, Any] = {
        "text": suggestion.text,
        "lang": suggestion.lang,
        "concept": suggestion.concept_id,
        "score": suggestion.score,
        "kind": suggestion.kind.value,
    }
    if suggestion.kind is SuggestionKind.RELATED:
        data |= {"word": suggestion.word, "root": suggestion.root}
    return data


def _hit_to_json(hit: LookupHit) -> dict[str, Any]:
    replacement = hit.use_instead
    return {
        "concept": concept_to_dict(hit.concept),
        "matched": {
            "lang": hit.ref.lang,
            "term": hit.term.text,
            "index": hit.ref.index,
            "status": hit.term.status.value,
            "kind": hit.kind.value,
            "score": hit.score,
            "note": hit.note,
        },
        "use_instead": replacement.text if replacement else None,
        "examples": [
            {
                "tuid": example.tuid,
                "document": example.document,
                "segments": {
                    lang: {
                        "text": text,
                        "spans": [list(span) for span in example.spans.get(lang, [])],
                    }
                    for lang, text in sorted(example.texts.items())
                },
            }
            for example in hit.examples
        ],
        "example_total": hit.example_total,
    }
