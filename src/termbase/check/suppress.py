"""Inline suppressions: comments in the checked text that silence findings.

One syntax for plain text, Markdown and HTML, written anywhere on a line (in an HTML or
Markdown comment, after ``#``, in brackets)::

    termbase: ignore                 this line (or, alone on its line, the next line)
    termbase: ignore C002, C004      only these rules (codes or names)
    termbase: disable C003           from here ...
    termbase: enable C003            ... to here (or to the end of the file)
    termbase: ignore-file C005       the whole file

Markers are read from the file as written, so comments that the checker otherwise skips
still count.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from termbase.check.textmap import LineIndex
from termbase.findings import Finding

MARKER = "termbase:"
_DIRECTIVE = re.compile(
    r"termbase:[ \t]*(?P<verb>ignore-file|ignore|disable|enable)\b"
    r"(?P<codes>(?:[ \t]*,?[ \t]*[A-Za-z][A-Za-z0-9-]*[0-9A-Za-z])*)",
    re.IGNORECASE,
)
_DECORATION = re.compile(r"<!--|-->|[#/*;\[\]()\s]")
_CODE_OR_NAME = re.compile(r"[A-Za-z][A-Za-z0-9-]*[0-9A-Za-z]")

Codes = frozenset[str] | None
"""Rule codes a directive names; None for all rules."""


@dataclass(frozen=True)
class Suppressions:
    """What a document's markers silence, by line."""

    whole_file: Codes | bool = False
    lines: dict[int, Codes] = field(default_factory=dict)
    regions: tuple[tuple[int, int, Codes], ...] = ()
    """(first line, last line, codes) for each disable … enable region."""

    def covers(self, finding: Finding) -> bool:
        if self.whole_file is not False and _names(self.whole_file, finding.code):
            return True
        if finding.line in self.lines and _names(self.lines[finding.line], finding.code):
            return True
        return any(
            first <= finding.line <= last and _names(codes, finding.code)
            for first, last, codes in self.regions
        )


def _names(codes: Codes | bool, code: str) -> bool:
    return codes is None or codes is True or (isinstance(codes, frozenset) and code in codes)


def _merge(first: Codes | bool, second: Codes) -> Codes:
    if first is False:
        return second
    if first is None or first is True or second is None:
        return None
    return first | second


def parse_suppressions(text: str, resolve: Callable[[str], str]) -> Suppressions:
    """The markers of a text; ``resolve`` turns a rule name or code into its code."""
    if MARKER not in text.lower():
        return Suppressions()
    lines = LineIndex(text)
    whole: Codes | bool = False
    by_line: dict[int, Codes] = {}
    open_regions: dict[str | None, int] = {}
    regions: list[tuple[int, int, Codes]] = []
    for found in _DIRECTIVE.finditer(text):
        line, _ = lines.position(found.start())
        codes = _codes(found.group("codes"), resolve)
        verb = found.group("verb").lower()
        if verb == "ignore-file":
            whole = _merge(whole, codes)
        elif verb == "ignore":
            target = _next_line(lines, line) if _alone(lines.line_text(line), found) else line
            by_line[target] = _merge(by_line.get(target, False), codes)
        elif verb == "disable":
            for code in _each(codes):
                open_regions.setdefault(code, line)
        else:
            for code in _each(codes):
                start = open_regions.pop(code, None)
                if start is not None:
                    regions.append((start, line, _single(code)))
    regions += [(start, lines.count, _single(code)) for code, start in open_regions.items()]
    return Suppressions(whole, by_line, tuple(sorted(regions, key=_region_key)))


def _region_key(region: tuple[int, int, Codes]) -> tuple[int, int, str]:
    return region[0], region[1], ",".join(sorted(region[2] or ()))


def _codes(written: str, resolve: Callable[[str], str]) -> Codes:
    names = _CODE_OR_NAME.findall(written)
    return frozenset(resolve(name) for name in names) if names else None


def _each(codes: Codes) -> Iterable[str | None]:
    return sorted(codes) if codes is not None else [None]


def _single(code: str | None) -> Codes:
    return None if code is None else frozenset({code})


def _alone(line: str, found: re.Match[str]) -> bool:
    """Whether the marker is all there is on its line (comment delimiters aside)."""
    return not _DECORATION.sub("", line.replace(found.group(), "", 1))


def _next_line(lines: LineIndex, line: int) -> int:
    for number in range(line + 1, lines.count + 1):
        if lines.line_text(number).strip():
            return number
    return line
