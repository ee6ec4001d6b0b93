"""Markdown and HTML inputs: the prose to check, with an offset map back to the file.

Markup is taken out, not blanked: *kerja**sama*** must read as *kerjasama*, and a link's
text as the words it shows. Where markup separated words (a tag between paragraphs, a code
span, a comment) a space or line break stands instead. Code (fenced and indented blocks, code
spans, ``<code>``, ``<pre>``, ``<script>``, ``<style>``), URLs and e-mail addresses (bare
ones too, also in plain text), comments and front matter are not checked. HTML is read with
the standard library's tolerant ``html.parser``.
"""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

from termbase.check.textmap import OffsetMap, TextBuilder

_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n.*?^(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.M | re.S)
_COMMENT = re.compile(r"<!--.*?(?:-->|\Z)", re.S)
_SKIPPED_LINE = re.compile(
    r"""^\s{0,3}(?:
        \[[^\]]+\]:\s*\S.*              # link reference definition
      | ([-*_])(?:[ \t]*\1){2,}[ \t]*   # thematic break
      | \|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)*\|?[ \t]*  # table rule
    )$""",
    re.X,
)
_BLOCK_PREFIX = re.compile(
    r"^(?:[ \t]{0,3}(?:#{1,6}(?=\s|$)|>|[-*+](?=\s)|\d{1,9}[.)](?=\s))[ \t]*)+"
)
_HEADING_CLOSE = re.compile(r"[ \t]+#+[ \t]*$")
ADDRESS = re.compile(
    r"""(?:\b(?:https?|ftp)://|\bwww\.)[^\s<>"'`]*[^\s<>"'`.,;:!?)\]}]
      | \b[\w.+-]+@[\w-]+(?:\.[\w-]+)+""",
    re.X,
)
"""A bare URL or e-mail address: not prose (its words must not be reported, nor fixed)."""


_INLINE = re.compile(
    r"""(?P<code>(`+).+?(?<!`)\2(?!`))
      | (?P<autolink><(?:https?|ftp|mailto):[^>\s]*>)
      | (?P<tag></?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>)
      | (?P<target>\]\([^)\s]*(?:\s+"[^"]*")?\)|\]\[[^\]]*\])
      | (?P<address>"""
    + ADDRESS.pattern
    + r""")
      | (?P<mark>!\[|\[|\]|[*_]{1,3}|~~)
      | (?P<escape>\\(?=[!-/:-@\[-`{-~]))
      | (?P<entity>&(?:\#[0-9]{1,7}|\#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});)
    """,
    re.X,
)
_SEPARATED = frozenset({"code", "autolink", "tag", "address"})


def blank_addresses(text: str) -> str:
    """``text`` with every bare URL and e-mail address replaced by spaces: offsets stay."""
    if "://" not in text and "www." not in text and "@" not in text:
        return text
    return ADDRESS.sub(lambda found: " " * len(found.group()), text)


def strip_markdown(text: str) -> tuple[str, OffsetMap]:
    """The prose of a Markdown document and the map of its offsets back to ``text``."""
    work = _blank(text, [*_FRONT_MATTER.finditer(text), *_COMMENT.finditer(text)])
    builder = TextBuilder(work)
    fence: str | None = None
    blocks = _IndentedCode()
    for line in re.finditer(r"[^\r\n]*(?:\r\n|\r|\n|$)", work):
        if not line.group():
            break
        start, end = line.span()
        content = line.group().rstrip("\r\n")
        opened = _FENCE.match(content)
        if fence is not None or opened:
            fence = _next_fence(fence, content, opened)
            builder.insert("\n", start)
            blocks.end_block()
            continue
        if blocks.is_code(content) or _SKIPPED_LINE.match(content):
            builder.insert("\n", start)
            continue
        _markdown_line(builder, work, start, start + len(content))
        builder.copy(start + len(content), end)
    return builder.build()


class _IndentedCode:
    """Tells, line by line, which lines are an indented code block.

    A line indented four spaces (or a tab) is code after a blank line or more code, but
    not where it continues a paragraph or a list item, as CommonMark has it.
    """

    def __init__(self) -> None:
        self.after_blank = True
        self.in_code = False
        self.in_list = False

    def end_block(self) -> None:
        """A block that is neither paragraph nor list (a fenced code block) was read."""
        self.after_blank, self.in_code, self.in_list = True, False, False

    def is_code(self, line: str) -> bool:
        blank = not line.strip()
        indented = line.startswith(("    ", "\t"))
        if blank:
            self.after_blank = True
            return self.in_code
        code = indented and not self.in_list and (self.after_blank or self.in_code)
        if not indented:
            self.in_list = bool(_LIST_ITEM.match(line))
        self.in_code = code
        self.after_blank = False
        return code


_LIST_ITEM = re.compile(r"^ {0,3}(?:[-*+]|\d{1,9}[.)])(?:\s|$)")


def _blank(text: str, spans: list[re.Match[str]]) -> str:
    """``text`` with the spans replaced by spaces, line ends kept: offsets do not move."""
    if not spans:
        return text
    parts, cursor = [], 0
    for span in sorted(spans, key=lambda found: found.start()):
        start = max(span.start(), cursor)
        parts.append(text[cursor:start])
        parts.append(re.sub(r"[^\r\n]", " ", text[start : span.end()]))
        cursor = max(cursor, span.end())
    parts.append(text[cursor:])
    return "".join(parts)


def _next_fence(fence: str | None, content: str, opened: re.Match[str] | None) -> str | None:
    """The fence still open after this line (None once the block is closed)."""
    if fence is None:
        return opened.group(1) if opened else None
    closing = content.strip()
    if closing and closing[0] == fence[0] and set(closing) == {fence[0]}:
        return None if len(closing) >= len(fence) else fence
    return fence


def _markdown_line(builder: TextBuilder, text: str, start: int, end: int) -> None:
    line = text[start:end]
    prefix = _BLOCK_PREFIX.match(line)
    first = prefix.end() if prefix else 0
    closing = _HEADING_CLOSE.search(line) if prefix and "#" in prefix.group() else None
    last = closing.start() if closing else len(line)
    if line.endswith("\\"):
        last = min(last, len(line) - 1)
    cursor = first
    for found in _INLINE.finditer(line, first, last):
        builder.copy(start + cursor, start + found.start())
        kind = found.lastgroup or "mark"
        if kind in _SEPARATED:
            builder.insert(" ", start + found.start())
        elif kind == "entity":
            builder.insert(html.unescape(found.group()), start + found.start())
        cursor = found.end()
    builder.copy(start + cursor, start + last)


SKIPPED_ELEMENTS = frozenset({"script", "style", "code", "pre", "template", "noscript", "svg"})
# fmt: off
BLOCK_ELEMENTS = frozenset({
    "address", "article", "aside", "blockquote", "br", "dd", "details", "dialog", "div", "dl",
    "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5",
    "h6", "header", "hr", "img", "li", "main", "nav", "ol", "p", "section", "summary", "table",
    "tbody", "td", "tfoot", "th", "thead", "title", "tr", "ul",
})
# fmt: on
"""Elements that separate the words before and after them."""


class _Prose(HTMLParser):
    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=False)
        self.builder = TextBuilder(text)
        self._line_starts = [0, *(match.end() for match in re.finditer("\n", text))]
        self._skipping = 0

    def _offset(self) -> int:
        line, column = self.getpos()
        return self._line_starts[line - 1] + column

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in SKIPPED_ELEMENTS:
            self._skipping += 1
        elif tag in BLOCK_ELEMENTS:
            self.builder.insert("\n", self._offset())

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in BLOCK_ELEMENTS:
            self.builder.insert("\n", self._offset())

    def handle_endtag(self, tag: str) -> None:
        if tag in SKIPPED_ELEMENTS:
            self._skipping = max(self._skipping - 1, 0)
        elif tag in BLOCK_ELEMENTS:
            self.builder.insert("\n", self._offset())

    def handle_data(self, data: str) -> None:
        if self._skipping:
            return
        start = self._offset()
        cursor = 0
        for found in ADDRESS.finditer(data):
            self.builder.copy(start + cursor, start + found.start())
            self.builder.insert(" ", start + found.start())
            cursor = found.end()
        self.builder.copy(start + cursor, start + len(data))

    def handle_entityref(self, name: str) -> None:
        if self._skipping:
            return
        start, reference = self._offset(), f"&{name};"
        decoded = html.unescape(reference)
        if decoded != reference:
            self.builder.insert(decoded, start)
            return
        # Not an entity (*R&D*, *&Kerjasama*): the text stays as written, where it was.
        end = start + len(reference) - 1
        if self.builder.original.startswith(";", end):
            end += 1
        self.builder.copy(start, end)

    def handle_charref(self, name: str) -> None:
        if not self._skipping:
            self.builder.insert(html.unescape(f"&#{name};"), self._offset())


def strip_html(text: str) -> tuple[str, OffsetMap]:
    """The prose of an HTML document and the map of its offsets back to ``text``."""
    parser = _Prose(text)
    parser.feed(text)
    parser.close()
    return parser.builder.build()
