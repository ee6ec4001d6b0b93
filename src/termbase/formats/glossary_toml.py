"""The curated glossary format: one TOML table per concept, one inline table per term.

``parse_document`` reads a file into records that keep every value and comment with its
line; ``render_document`` writes the canonical form (docs/glossary-format.md), which keeps
all comments and is a fixed point. ``concept_from_record`` turns a record into a model
``Concept`` and lists, as findings, everything in it that breaks the format's rules.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import tomllib
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from termbase.errors import GlossaryInvalidError, InputError
from termbase.fileio import atomic_write_text, read_text
from termbase.findings import Finding
from termbase.formats.toml_layout import (
    Comments,
    ElementLayout,
    FileLayout,
    KeyLayout,
    TableLayout,
    scan_layout,
)
from termbase.model import (
    LANGUAGES,
    Concept,
    Evidence,
    PartOfSpeech,
    ReviewState,
    Status,
    Term,
    TermType,
)

NAME = "termbase-toml"
EXTENSIONS = (".toml",)

CONCEPT_FIELDS: tuple[str, ...] = ("subject", "definition", "note", "source", "review")
TERM_FIELDS: tuple[str, ...] = (
    "term",
    "status",
    "type",
    "pos",
    "case_sensitive",
    "homograph",
    "usage",
    "review",
    "evidence",
)
EVIDENCE_FIELDS: tuple[str, ...] = ("source", "locator", "method", "score", "text")
DEFAULTS: dict[str, object] = {
    "type": TermType.FULL_FORM.value,
    "review": ReviewState.APPROVED.value,
    "case_sensitive": False,
    "homograph": False,
}
CONCEPT_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


@dataclass
class ConceptRecord:
    """One concept table as written: values, positions and comments."""

    path: str
    layout: TableLayout
    table: dict[str, Any]

    @property
    def id(self) -> str:
        return self.layout.name

    @property
    def line(self) -> int:
        return self.layout.line

    def key_line(self, name: str) -> int:
        for key in self.layout.keys:
            if key.name == name:
                return key.line
        return self.line

    def element_line(self, name: str, index: int) -> int:
        for key in self.layout.keys:
            if key.name == name and index < len(key.elements):
                return key.elements[index].line
        return self.key_line(name)

    def languages(self) -> list[str]:
        return [name for name in self.table if name not in CONCEPT_FIELDS]


@dataclass
class GlossaryDocument:
    """A parsed glossary file."""

    path: str
    layout: FileLayout
    records: list[ConceptRecord]


def parse_document(text: str, path: str) -> GlossaryDocument:
    """Parse glossary TOML; raise InputError (with line and column) on a syntax error."""
    layout = scan_layout(text, path)
    lines = text.split("\n")
    records = []
    for table in layout.tables:
        body = "\n".join(lines[table.first_line - 1 : table.last_line])
        try:
            parsed = tomllib.loads(body)
        except tomllib.TOMLDecodeError as error:
            raise _located(error, path, table) from None
        records.append(ConceptRecord(path, table, parsed.get(table.name, {})))
    return GlossaryDocument(path, layout, records)


def load_document(path: Path) -> GlossaryDocument:
    return parse_document(read_text(path), str(path))


def _located(error: tomllib.TOMLDecodeError, path: str, table: TableLayout) -> InputError:
    """tomllib's message, with the line counted from the top of the file."""
    message = str(error)
    match = re.search(r"\s*\(at (?:line (\d+), column (\d+)|end of document)\)$", message)
    if match is None:
        return InputError(path, message, line=table.line)
    if match.group(1) is None:
        return InputError(path, message[: match.start()], line=table.last_line)
    line = int(match.group(1)) + table.first_line - 1
    return InputError(path, message[: match.start()], line=line, column=int(match.group(2)))


# --- records to model ------------------------------------------------------------------


class _Problems:
    """Collects findings for one record."""

    def __init__(self, record: ConceptRecord) -> None:
        self.record = record
        self.found: list[Finding] = []

    def add(self, line: int, code: str, message: str) -> None:
        self.found.append(Finding(self.record.path, line, 0, code, message))


def concept_from_record(record: ConceptRecord) -> tuple[Concept | None, list[Finding]]:
    """The model concept of a record, and every rule the record breaks (G-codes)."""
    problems = _Problems(record)
    table = record.table
    if not CONCEPT_ID.fullmatch(record.id):
        problems.add(
            record.line,
            "G013",
            f"concept id {record.id!r} must be lower-case letters and digits in "
            "hyphen-separated groups",
        )
    scalars = {
        name: _text_field(table, name, record.key_line(name), problems)
        for name in ("subject", "definition", "note", "source")
    }
    review = _enum_field(table.get("review"), ReviewState, "review state", record.line, problems)
    terms: dict[str, tuple[Term, ...]] = {}
    for name in record.languages():
        line = record.key_line(name)
        if name not in LANGUAGES:
            if isinstance(table[name], list):
                problems.add(
                    line, "G006", f"unknown language {name!r} (known: {', '.join(LANGUAGES)})"
                )
            else:
                known = ", ".join(CONCEPT_FIELDS)
                problems.add(line, "G011", f"unknown field {name!r} (known: {known})")
            continue
        terms[name] = _language_terms(record, name, problems)
    for lang in LANGUAGES:
        if lang not in terms and (review is not ReviewState.PROPOSED):
            problems.add(
                record.line, "G003", f"no {lang!r} terms: each language needs a preferred term"
            )
    if problems.found:
        return None, problems.found
    assert review is not None
    return Concept(record.id, terms, review=review, **scalars), []


def concept_from_table(concept_id: str, table: dict[str, Any]) -> Concept:
    """A concept from a table written by termbase itself; InputError if it is not valid."""
    record = ConceptRecord("<index>", TableLayout(concept_id, 0, 0), table)
    concept, problems = concept_from_record(record)
    if concept is None:
        raise InputError("<index>", str(problems[0]))
    return concept


def _language_terms(record: ConceptRecord, lang: str, problems: _Problems) -> tuple[Term, ...]:
    value = record.table[lang]
    line = record.key_line(lang)
    if not isinstance(value, list):
        problems.add(line, "G014", f"{lang!r} must be an array of terms")
        return ()
    terms = []
    for index, item in enumerate(value):
        term = _term(item, record.element_line(lang, index), problems)
        if term is not None:
            terms.append(term)
    # counted as written, so that a preferred term with another problem is still preferred
    preferred = [
        item.get("term")
        for item in value
        if isinstance(item, dict) and item.get("status") == "preferred"
    ]
    if not preferred:
        problems.add(line, "G003", f"no preferred term in {lang!r}")
    elif len(preferred) > 1:
        names = ", ".join(repr(text) for text in preferred)
        problems.add(line, "G004", f"{len(preferred)} preferred terms in {lang!r}: {names}")
    return tuple(terms)


def _term(item: object, line: int, problems: _Problems) -> Term | None:
    if not isinstance(item, dict):
        problems.add(
            line, "G014", 'a term must be an inline table: { term = "...", status = "..." }'
        )
        return None
    before = len(problems.found)
    for name in sorted(set(item) - set(TERM_FIELDS)):
        problems.add(line, "G011", f"unknown term field {name!r} (known: {', '.join(TERM_FIELDS)})")
    text = item.get("term")
    if text is None:
        problems.add(line, "G008", 'term without text: add term = "..."')
        text = ""
    elif not isinstance(text, str):
        problems.add(line, "G014", f"term must be a string, not {text!r}")
        text = ""
    else:
        _check_term_text(text, line, problems)
    if "status" not in item:
        problems.add(line, "G005", f"term {text!r} has no status")
    status = _enum_field(item.get("status", "preferred"), Status, "status", line, problems)
    term_type = _enum_field(item.get("type", "fullForm"), TermType, "term type", line, problems)
    pos = _enum_field(item.get("pos"), PartOfSpeech, "part of speech", line, problems)
    review = _enum_field(
        item.get("review", "approved"), ReviewState, "review state", line, problems
    )
    flags = {
        name: _bool_field(item, name, line, problems) for name in ("case_sensitive", "homograph")
    }
    usage = _text_field(item, "usage", line, problems)
    evidence = _evidence(item.get("evidence", []), line, problems)
    if len(problems.found) > before:
        return None
    assert status is not None and term_type is not None and review is not None
    return Term(
        text, status, pos, term_type, usage=usage, review=review, evidence=evidence, **flags
    )


def _check_term_text(text: str, line: int, problems: _Problems) -> None:
    if _has_control_characters(text):
        problems.add(line, "G010", f"term {text!r} contains control characters")
    elif not text.strip():
        problems.add(line, "G008", "empty term")
    elif text != text.strip():
        problems.add(line, "G009", f"term {text!r} has leading or trailing whitespace")
    elif "  " in text:
        problems.add(line, "G009", f"term {text!r} has repeated spaces")
    elif odd := re.search(r"[^\S ]", text):
        name = unicodedata.name(odd.group(), "line break").lower()
        problems.add(
            line, "G009", f"term {text!r} has a {name} (U+{ord(odd.group()):04X}); use a space"
        )


_ENUM_CODES = {
    "status": "G005",
    "part of speech": "G007",
    "term type": "G012",
    "review state": "G015",
}


_E = TypeVar("_E", Status, TermType, PartOfSpeech, ReviewState)
_DEFAULT_VALUES: dict[type, str] = {
    ReviewState: "approved",
    TermType: "fullForm",
    Status: "preferred",
}


def _enum_field(
    value: object, kind: type[_E], what: str, line: int, problems: _Problems
) -> _E | None:
    if value is None:
        return None if kind is PartOfSpeech else kind(_DEFAULT_VALUES[kind])
    if isinstance(value, str) and value in kind._value2member_map_:
        return kind(value)
    known = ", ".join(member.value for member in kind)
    problems.add(line, _ENUM_CODES[what], f"unknown {what} {value!r} (known: {known})")
    return None


def _bool_field(item: dict[str, Any], name: str, line: int, problems: _Problems) -> bool:
    value = item.get(name, False)
    if not isinstance(value, bool):
        problems.add(line, "G014", f"{name} must be true or false, not {value!r}")
        return False
    return value


def _text_field(table: dict[str, Any], name: str, line: int, problems: _Problems) -> str:
    value = table.get(name, "")
    if not isinstance(value, str):
        problems.add(line, "G014", f"{name} must be a string, not {value!r}")
        return ""
    if _has_control_characters(value):
        problems.add(line, "G010", f"{name} contains control characters: {value!r}")
    return value


_CONTROL_CHARACTERS = re.compile(
    "[\x00-\x09\x0b-\x1f\x7f-\x9f\xad\u0600-\u0605\u061c\u06dd\u070f\u180e"
    "\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb"
    "\ud800-\udfff\U000e0001\U000e0020-\U000e007f]"
)
"""Unicode control (Cc), format (Cf) and surrogate (Cs) characters; a line feed is allowed."""


def _has_control_characters(text: str) -> bool:
    return _CONTROL_CHARACTERS.search(text) is not None


def _evidence(value: object, line: int, problems: _Problems) -> tuple[Evidence, ...]:
    if not isinstance(value, list) or not all(isinstance(item, dict) for item in value):
        problems.add(line, "G014", "evidence must be an array of inline tables")
        return ()
    found = []
    for item in value:
        unknown = sorted(set(item) - set(EVIDENCE_FIELDS))
        score = item.get("score")
        if (
            unknown
            or not isinstance(item.get("source"), str)
            or not (score is None or isinstance(score, int | float))
        ):
            problems.add(
                line,
                "G014",
                f"evidence needs source (string), optional locator, "
                f"method, score (number), text; got {item!r}",
            )
            continue
        found.append(
            Evidence(
                item["source"],
                str(item.get("locator", "")),
                str(item.get("method", "")),
                None if score is None else float(score),
                str(item.get("text", "")),
            )
        )
    return tuple(found)


# --- canonical rendering -----------------------------------------------------------------

_BARE = re.compile(r"[A-Za-z0-9_-]+")
_ESCAPES = {
    '"': '\\"',
    "\\": "\\\\",
    "\b": "\\b",
    "\t": "\\t",
    "\n": "\\n",
    "\f": "\\f",
    "\r": "\\r",
}
_STATUS_RANK = {status.value: rank for rank, status in enumerate(Status)}
INDENT = "  "


def render_document(document: GlossaryDocument) -> str:
    """The canonical text of a document: sorted concepts, comments kept, defaults dropped."""
    parts = []
    if document.layout.header_comments:
        parts.append(_lines(document.layout.header_comments))
    for record in sorted(document.records, key=lambda record: record.id):
        parts.append(_render_record(record))
    if document.layout.trailing_comments:
        parts.append(_lines(document.layout.trailing_comments))
    return "\n".join(parts)


def _lines(lines: Iterable[str]) -> str:
    return "".join(line + "\n" for line in lines)


def _with_comment(text: str, comments: Comments) -> str:
    return f"{text}  {comments.trailing}" if comments.trailing else text


def _render_record(record: ConceptRecord) -> str:
    layout = record.layout
    out = [*layout.comments.before, _with_comment(f"[{_key(record.id)}]", layout.comments)]
    keys = {key.name: key for key in layout.keys}
    for name in _ordered_keys(record.table):
        value = record.table[name]
        key = keys.get(name, KeyLayout(name, 0))
        if _is_default(name, value) and not _has_comments(key):
            continue
        out.extend(key.comments.before)
        if isinstance(value, list) and value and all(isinstance(item, dict) for item in value):
            out.extend(_render_term_array(name, value, key))
        else:
            # a value written on one line: comments from inside or after it go above it
            out.extend(_inner_comments(key))
            out.append(_with_comment(f"{_key(name)} = {_value(value)}", key.comments))
    return _lines(out)


def _inner_comments(key: KeyLayout) -> list[str]:
    """The comments inside a value's brackets and after them, in order."""
    found = []
    for comments in (*(element.comments for element in key.elements), key.closing):
        found += [*comments.before, *([comments.trailing] if comments.trailing else [])]
    return found


def _has_comments(key: KeyLayout) -> bool:
    return bool(key.comments.before or key.comments.trailing or _inner_comments(key))


def _ordered_keys(table: dict[str, Any]) -> list[str]:
    known = [name for name in CONCEPT_FIELDS if name in table]
    languages = [name for name in LANGUAGES if name in table]
    rest = sorted(name for name in table if name not in CONCEPT_FIELDS and name not in LANGUAGES)
    scalars = [name for name in rest if not isinstance(table[name], list)]
    arrays = [name for name in rest if isinstance(table[name], list)]
    return [*known, *scalars, *languages, *arrays]


def _render_term_array(name: str, items: list[dict[str, Any]], key: KeyLayout) -> list[str]:
    elements = key.elements + [ElementLayout(0)] * (len(items) - len(key.elements))
    pairs = sorted(zip(items, elements, strict=True), key=lambda pair: _status_rank(pair[0]))
    out = [_with_comment(f"{_key(name)} = [", key.comments)]
    for item, element in pairs:
        out.extend(INDENT + comment for comment in element.comments.before)
        out.append(_with_comment(f"{INDENT}{_inline_table(item, TERM_FIELDS)},", element.comments))
    out.extend(INDENT + comment for comment in key.closing.before)
    out.append(_with_comment("]", key.closing))
    return out


def _status_rank(item: dict[str, Any]) -> int:
    status = item.get("status")
    return (
        _STATUS_RANK.get(status, len(_STATUS_RANK))
        if isinstance(status, str)
        else len(_STATUS_RANK)
    )


def canonical_data(table: dict[str, Any]) -> dict[str, Any]:
    """A table's meaning: defaults dropped and terms in canonical order, for comparisons."""
    data: dict[str, Any] = {}
    for name, value in table.items():
        if _is_default(name, value):
            continue
        if isinstance(value, list) and all(isinstance(item, dict) for item in value):
            value = [canonical_data(item) for item in sorted(value, key=_status_rank)]
        data[name] = value
    return data


def _is_default(name: str, value: object) -> bool:
    if value == "" or (isinstance(value, list) and not value and name == "evidence"):
        return True
    return name in DEFAULTS and value == DEFAULTS[name] and type(value) is type(DEFAULTS[name])


def _inline_table(item: dict[str, Any], order: tuple[str, ...]) -> str:
    names = [name for name in order if name in item]
    names += sorted(name for name in item if name not in order)
    fields = [
        f"{_key(name)} = {_value(item[name])}"
        for name in names
        if not _is_default(name, item[name])
    ]
    return "{ " + ", ".join(fields) + " }" if fields else "{}"


def _value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return _string(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if math.isnan(value):
            return "nan"
        if math.isinf(value):
            return "inf" if value > 0 else "-inf"
        return repr(value)
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, list):
        return "[" + ", ".join(_value(item) for item in value) + "]"
    if isinstance(value, dict):
        order = EVIDENCE_FIELDS if "source" in value else TERM_FIELDS
        return _inline_table(value, order)
    raise TypeError(f"cannot write {type(value).__name__} to TOML")


def _string(text: str) -> str:
    out = []
    for char in text:
        escaped = _ESCAPES.get(char)
        if escaped is not None:
            out.append(escaped)
        elif unicodedata.category(char) == "Cc":
            out.append(f"\\u{ord(char):04X}")
        else:
            out.append(char)
    return '"' + "".join(out) + '"'


def _key(name: str) -> str:
    return name if _BARE.fullmatch(name) else _string(name)


# --- model to records, and the format's read/write ---------------------------------------


def concept_to_table(concept: Concept) -> dict[str, Any]:
    """The TOML table of a model concept, in canonical key order."""
    table: dict[str, Any] = {
        "subject": concept.subject,
        "definition": concept.definition,
        "note": concept.note,
        "source": concept.source,
        "review": concept.review.value,
    }
    for lang in concept.languages:
        table[lang] = [_term_to_table(term) for term in concept.terms[lang]]
    return table


def _term_to_table(term: Term) -> dict[str, Any]:
    item: dict[str, Any] = {
        "term": term.text,
        "status": term.status.value,
        "type": term.term_type.value,
        "pos": term.part_of_speech.value if term.part_of_speech else "",
        "case_sensitive": term.case_sensitive,
        "homograph": term.homograph,
        "usage": term.usage,
        "review": term.review.value,
    }
    if term.evidence:
        item["evidence"] = [
            {
                key: value
                for key, value in (
                    ("source", evidence.source),
                    ("locator", evidence.locator),
                    ("method", evidence.method),
                    ("score", evidence.score),
                    ("text", evidence.text),
                )
                if value not in ("", None)
            }
            for evidence in term.evidence
        ]
    return item


def document_from_concepts(concepts: Iterable[Concept], path: str) -> GlossaryDocument:
    """A comment-free document holding ``concepts``, ready to render."""
    records = [
        ConceptRecord(path, TableLayout(concept.id, 0, 0), concept_to_table(concept))
        for concept in concepts
    ]
    return GlossaryDocument(path, FileLayout(), records)


def read(source: Path) -> Iterator[Concept]:
    """The concepts of one glossary file; GlossaryInvalidError names the first broken rule."""
    for record in load_document(source).records:
        concept, problems = concept_from_record(record)
        if concept is None:
            raise GlossaryInvalidError(str(problems[0]))
        yield concept


def write(concepts: Iterable[Concept], sink: Path) -> None:
    """Write ``concepts`` to ``sink`` in canonical form, atomically."""
    atomic_write_text(sink, render_document(document_from_concepts(concepts, str(sink))))
