"""What a checker rule is: a stable code, a name, a default severity and a docstring.

Rules come in four shapes, by what they look at: one term match at a time (``MatchRule``),
one whole document (``DocumentRule``), every document of the run together (``SetRule``) and
translation pairs (``PairRule``). A rule's docstring is its documentation: ``termbase check
--explain CODE`` prints it.
"""

from __future__ import annotations

import inspect
from collections.abc import Iterable
from enum import StrEnum
from typing import TYPE_CHECKING, ClassVar

from termbase.findings import Finding, Severity

if TYPE_CHECKING:
    from termbase.check.context import CheckContext, DocumentRun
    from termbase.matching import TermEntry, TermMatch


class Fixable(StrEnum):
    NO = "no"
    SAFE = "safe"
    """``--fix`` applies it."""
    UNSAFE = "unsafe"
    """A likely correction, applied only with ``--unsafe-fixes``."""


class Rule:
    """Base of every rule; a subclass's docstring explains the rule to users."""

    code: ClassVar[str]
    name: ClassVar[str]
    severity: ClassVar[Severity]
    default: ClassVar[bool] = True
    """Whether the rule runs when the configuration does not select it."""
    fixable: ClassVar[Fixable] = Fixable.NO

    def prepare(self, context: CheckContext) -> None:
        """Get ready for a run (build indexes); called once, before any document."""

    @classmethod
    def explain(cls) -> str:
        """The rule's documentation, as ``--explain`` prints it."""
        state = "on" if cls.default else "off (select it to use it)"
        head = f"{cls.code} {cls.name} — default severity {cls.severity.label}, {state}"
        fixes = {Fixable.NO: "", Fixable.SAFE: "; --fix corrects it"}.get(
            cls.fixable, "; --fix --unsafe-fixes corrects it"
        )
        return f"{head}{fixes}\n\n{inspect.cleandoc(cls.__doc__ or '')}\n"


class MatchRule(Rule):
    """A rule that looks at term matches one at a time, then at the end of a document."""

    def wants(self, context: CheckContext, entries: tuple[TermEntry, ...]) -> bool:
        """Whether matches of a trie path ending these entries must be shown to the rule."""
        raise NotImplementedError

    def passes(self, context: CheckContext, entries: tuple[TermEntry, ...], written: str) -> bool:
        """Whether a match of the path ending these entries, written as ``written``, is
        certainly fine by this rule (False: look at the match). Building a match costs more
        than most checks; a rule that can tell from the text alone spares it."""
        return False

    def check(self, run: DocumentRun, match: TermMatch) -> Iterable[Finding]:
        raise NotImplementedError

    def finish(self, run: DocumentRun) -> Iterable[Finding]:
        return ()


class DocumentRule(Rule):
    """A rule that looks at a whole document."""

    def check_document(self, run: DocumentRun) -> Iterable[Finding]:
        raise NotImplementedError


class SetRule(Rule):
    """A rule about all the documents of a run together (the engine drives it)."""


class PairRule(Rule):
    """A rule about translations: source and target segments (``termbase.check.bilingual``)."""
