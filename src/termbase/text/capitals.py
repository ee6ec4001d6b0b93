"""Whether a capital letter says anything about a word.

A capital that only the word's place explains (the start of a sentence, a headline in
Title Case or all capitals) tells nothing; one in the middle of a sentence of running
prose marks a name.
"""

from __future__ import annotations

SENTENCE_ENDS = frozenset(".!?…:")
"""Characters after which a word starts a sentence (a colon opens a quotation or a list)."""
OPENERS = frozenset("\"'“‘«([{—–-*_")
"""Characters a sentence may start with before its first word."""
HEADLINE_SHARE = 0.75
"""The share of a line's words written with a capital above which the line is a headline."""
HEADLINE_MIN_WORDS = 3


def starts_sentence(text: str, offset: int) -> bool:
    """Whether the word at ``offset`` is the first of a sentence, a paragraph or the text."""
    cursor = offset
    while cursor > 0 and (text[cursor - 1] in OPENERS or text[cursor - 1].isspace()):
        cursor -= 1
        if text[cursor] == "\n" and cursor > 0 and text[cursor - 1] == "\n":
            return True
    if cursor == 0:
        return True
    before = text[cursor - 1]
    if before in SENTENCE_ENDS:
        return True
    # A line break after anything but a word or a comma ends a heading, a list item or a
    # caption; inside a wrapped paragraph the line before ends with a word or a comma.
    return "\n" in text[cursor:offset] and not (before.isalnum() or before in ",;")


def in_headline(text: str, offset: int) -> bool:
    """Whether the line holding ``offset`` is a headline: most of its words capitalised."""
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    words = [w for w in text[start : end if end >= 0 else len(text)].split() if w[:1].isalpha()]
    if len(words) < HEADLINE_MIN_WORDS:
        return False
    capitalised = sum(1 for word in words if word[0].isupper())
    return capitalised >= HEADLINE_SHARE * len(words)


def capital_is_positional(text: str, offset: int) -> bool:
    """Whether a capital at ``offset`` is explained by where the word stands."""
    return starts_sentence(text, offset) or in_headline(text, offset)
