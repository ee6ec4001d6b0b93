"""Where things are in a TOML file: table headers, keys, array elements and comments by line.

``tomllib`` gives values but no positions and drops comments. The glossary needs both: every
problem is reported as ``file:line`` and ``termbase fmt`` keeps every comment. This scanner
walks the text once, tracking strings and brackets, and records the line of each table
header, each top-level key, each inline table inside a top-level array, and each comment
together with the item it belongs to. Values are still read by ``tomllib``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from termbase.errors import InputError

_BARE_KEY = re.compile(r"[A-Za-z0-9_-]+")
_QUOTES = ('"', "'")
_TRIPLE_QUOTES = ('"""', "'''")
_STRINGS_AND_BRACKETS = r"""
      \"\"\" | '''              # a multi-line string starts
    | "(?:[^"\\\n]|\\.)*"       # a basic string, skipped whole
    | '[^'\n]*'                 # a literal string, skipped whole
    | [\[\]{}\#'"]              # brackets, a comment, or an unterminated string
"""
_VALUE_TOKEN = re.compile(_STRINGS_AND_BRACKETS, re.VERBOSE)
"""What matters in a value: strings (skipped whole), brackets, and comment starts."""
_ELEMENT_TOKEN = re.compile(
    _STRINGS_AND_BRACKETS
    + r"""
    | ,                         # between two elements
    | [^\s\[\]{}\#'",]+          # any other value: a number, a boolean, a date
    """,
    re.VERBOSE,
)
"""What matters directly inside a top-level array: also commas and the start of every
value, since an element may be any value (the line of each is reported)."""


@dataclass
class Comments:
    """Comment lines before an item and a comment at the end of its line."""

    before: list[str] = field(default_factory=list)
    trailing: str = ""


@dataclass
class ElementLayout:
    """An element of a top-level array value (a term's inline table, in a term list)."""

    line: int
    comments: Comments = field(default_factory=Comments)


@dataclass
class KeyLayout:
    """A top-level ``key = value`` line of a table, with its array elements."""

    name: str
    line: int
    comments: Comments = field(default_factory=Comments)
    elements: list[ElementLayout] = field(default_factory=list)
    closing: Comments = field(default_factory=Comments)
    """Comments inside a multi-line array after its last term (or anywhere inside an array
    of other values), and the comment after its closing bracket."""


@dataclass
class TableLayout:
    """A ``[name]`` table: its header line, keys and the text span it covers."""

    name: str
    line: int
    first_line: int
    last_line: int = 0
    comments: Comments = field(default_factory=Comments)
    keys: list[KeyLayout] = field(default_factory=list)


@dataclass
class FileLayout:
    """Every table of a file, plus the comments at its top and bottom."""

    header_comments: list[str] = field(default_factory=list)
    tables: list[TableLayout] = field(default_factory=list)
    trailing_comments: list[str] = field(default_factory=list)


class _Scanner:
    def __init__(self, text: str, path: str) -> None:
        self.text = text
        self.path = path
        self.layout = FileLayout()
        self.pending: list[str] = []
        self.saw_blank_before_first_table = False
        self.stack: list[str] = []
        self.table: TableLayout | None = None
        self.key: KeyLayout | None = None
        self.last_item: Comments | None = None
        self.last_item_line = 0
        self.expect_element = False
        """Inside a top-level array, after its ``[`` or a comma: the next value is an element."""

    def fail(self, line: int, message: str, column: int | None = None) -> InputError:
        return InputError(self.path, message, line=line, column=column)

    def run(self) -> FileLayout:
        lines = self.text.split("\n")
        number = 0
        while number < len(lines):
            number = self._line(lines, number)
        if self.table is not None:
            self.table.last_line = len(lines)
        self.layout.trailing_comments = self.pending
        return self.layout

    def _line(self, lines: list[str], index: int) -> int:
        """Scan one physical line (or several, for a multi-line string); return next index."""
        number = index + 1
        line = lines[index]
        stripped = line.strip()
        if not self.stack:
            if not stripped:
                if self.table is None and self.pending:
                    self.layout.header_comments.extend(self.pending)
                    self.pending = []
                return index + 1
            if stripped.startswith("#"):
                self.pending.append(stripped)
                return index + 1
            if stripped.startswith("["):
                self._header(stripped, number)
                return index + 1
            return self._scan_values(lines, index, self._key_line(line, number))
        return self._scan_values(lines, index, 0)

    def _header(self, stripped: str, number: int) -> None:
        if stripped.startswith("[["):
            raise self.fail(number, "arrays of tables are not used in glossary files")
        body, comment = _split_comment(stripped[1:])
        close = body.rfind("]")
        if close < 0 or body[close + 1 :].strip():
            raise self.fail(number, "a table header must be written [concept-id]")
        name = _unquote_key(body[:close].strip())
        if name is None:
            raise self.fail(
                number, "a concept id is one bare or quoted key; subtables are not supported"
            )
        if self.table is not None:
            self.table.last_line = number - 1
        self.table = TableLayout(name, number, number, comments=Comments(self.pending, comment))
        self.pending = []
        self.layout.tables.append(self.table)
        self.key = None
        self.last_item, self.last_item_line = self.table.comments, number

    def _key_line(self, line: str, number: int) -> int:
        """Record a ``key = value`` line; return the column where its value starts."""
        if self.table is None:
            raise self.fail(number, "a key outside any [concept-id] table")
        match = re.match(r"\s*(\"(?:[^\"\\]|\\.)*\"|'[^']*'|[A-Za-z0-9_.-]+)\s*=", line)
        if match is None:
            column = len(line) - len(line.lstrip()) + 1
            raise self.fail(number, "expected `key = value`", column=column)
        name = _unquote_key(match.group(1))
        if name is None:
            raise self.fail(number, "dotted keys are not used in glossary files")
        self.key = KeyLayout(name, number, Comments(self.pending))
        self.pending = []
        self.table.keys.append(self.key)
        self.last_item, self.last_item_line = self.key.comments, number
        return match.end()

    def _scan_values(self, lines: list[str], index: int, column: int) -> int:
        """Walk the value characters from ``column``, across lines while brackets are open."""
        line = lines[index]
        number = index + 1
        if self.stack and not line[column:].strip():
            return index + 1
        if self.stack:
            stripped = line.strip()
            if stripped.startswith("#"):
                self.pending.append(stripped)
                return index + 1
        position = column
        while True:
            # only directly inside a top-level array do commas and bare values matter
            pattern = _ELEMENT_TOKEN if self.stack == ["["] else _VALUE_TOKEN
            match = pattern.search(line, position)
            if match is None:
                return index + 1
            token = match.group()
            if token == "#":
                self._comment(line[match.start() :].strip(), number)
                return index + 1
            if self.expect_element and self.stack == ["["] and token not in ",]":
                self._element(number)
            if token in _TRIPLE_QUOTES:
                index, position, line = self._skip_string(lines, index, match.start())
                if self.last_item_line == number:
                    # the item whose value this string is ends on the string's last line,
                    # where a comment after it belongs to that item, not to the next one
                    self.last_item_line = index + 1
                number = index + 1
                continue
            if token in _QUOTES:
                raise self.fail(number, "unterminated string", column=match.start() + 1)
            if token in ("[", "{"):
                self._open(token)
            elif token in ("]", "}"):
                self._close(token, number, match.start())
            elif token == "," and self.stack == ["["]:
                self.expect_element = True
            position = match.end()

    def _element(self, number: int) -> None:
        self.expect_element = False
        if self.key is None:
            return
        element = ElementLayout(number, Comments(self.pending))
        self.pending = []
        self.key.elements.append(element)
        self.last_item, self.last_item_line = element.comments, number

    def _open(self, char: str) -> None:
        self.stack.append(char)
        self.expect_element = self.stack == ["["]

    def _close(self, char: str, number: int, position: int) -> None:
        expected = "[" if char == "]" else "{"
        if not self.stack or self.stack[-1] != expected:
            raise self.fail(number, f"unexpected {char!r}", column=position + 1)
        self.stack.pop()
        key = self.key
        if not self.stack and char == "]" and key and (key.elements or number != key.line):
            # comments inside a multi-line array, and after it, stay with its key
            key.closing = Comments(self.pending)
            self.pending = []
            self.last_item, self.last_item_line = key.closing, number

    def _comment(self, comment: str, number: int) -> None:
        if self.last_item is not None and self.last_item_line == number:
            self.last_item.trailing = comment
        else:
            self.pending.append(comment)

    def _skip_string(self, lines: list[str], index: int, position: int) -> tuple[int, int, str]:
        line = lines[index]
        quote = line[position]
        triple = line.startswith(quote * 3, position)
        delimiter = quote * 3 if triple else quote
        cursor = position + len(delimiter)
        while True:
            end = _find_closing(line, cursor, delimiter, escapes=quote == '"')
            if end >= 0:
                # a closing triple quote may be followed by up to two more quotes of content
                while triple and line.startswith(quote, end + 3) and end < len(line):
                    end += 1
                return index, end + len(delimiter), line
            if not triple or index + 1 >= len(lines):
                raise self.fail(index + 1, "unterminated string", column=position + 1)
            index += 1
            line = lines[index]
            cursor = 0


def _find_closing(line: str, start: int, delimiter: str, escapes: bool) -> int:
    cursor = start
    while True:
        found = line.find(delimiter, cursor)
        if found < 0 or not escapes:
            return found
        backslashes = len(line[:found]) - len(line[:found].rstrip("\\"))
        if backslashes % 2 == 0:
            return found
        cursor = found + 1


def _split_comment(text: str) -> tuple[str, str]:
    """Split a header line body from a trailing comment (headers hold no strings with #)."""
    in_quote = ""
    for position, char in enumerate(text):
        if in_quote:
            if char == in_quote:
                in_quote = ""
        elif char in "\"'":
            in_quote = char
        elif char == "#":
            return text[:position].rstrip(), text[position:].strip()
    return text, ""


def _unquote_key(raw: str) -> str | None:
    if _BARE_KEY.fullmatch(raw):
        return raw
    if len(raw) >= 2 and raw[0] == raw[-1] and raw[0] in "\"'":
        inner = raw[1:-1]
        if raw[0] == '"':
            import tomllib

            try:
                return str(tomllib.loads(f"k = {raw}")["k"])
            except tomllib.TOMLDecodeError:
                return None
        return inner
    return None


def scan_layout(text: str, path: str) -> FileLayout:
    """The layout of a glossary TOML file; raises InputError on structural problems."""
    return _Scanner(text, path).run()
