"""The translation-memory model: units of aligned segments, as plain frozen values."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Segment:
    """One language side of a translation unit."""

    lang: str
    text: str
    markup: str = ""
    """The segment's inline XML (TMX <seg> content) when it had tags; empty for plain text."""
    props: tuple[tuple[str, str], ...] = ()
    notes: tuple[str, ...] = ()
    attributes: tuple[tuple[str, str], ...] = ()
    """Other attributes of the language variant (TMX <tuv>), kept for round trips."""


@dataclass(frozen=True)
class TranslationUnit:
    """A translation memory entry: aligned segments in two or more languages."""

    tuid: str
    segments: tuple[Segment, ...]
    props: tuple[tuple[str, str], ...] = ()
    notes: tuple[str, ...] = ()
    created: str = ""
    attributes: tuple[tuple[str, str], ...] = ()
    """Other attributes of the unit (TMX <tu>: changedate, usagecount, ...)."""

    def text(self, lang: str) -> str | None:
        """The segment text in ``lang`` (primary subtag, case-insensitive), or None."""
        wanted = primary_language(lang)
        for segment in self.segments:
            if primary_language(segment.lang) == wanted:
                return segment.text
        return None

    def prop(self, name: str) -> str | None:
        for key, value in self.props:
            if key == name:
                return value
        return None


_LEGACY_CODES = {"in": "id", "iw": "he", "ji": "yi"}


def primary_language(code: str) -> str:
    """The lower-cased primary subtag of a language code; legacy Java codes mapped (in → id)."""
    primary = code.replace("_", "-").split("-", 1)[0].lower()
    return _LEGACY_CODES.get(primary, primary)
