"""Every checker rule, by code and name, and how ``select`` / ``ignore`` lists pick them.

A selector is a rule's code (``C001``), its name (``deprecated-term``), a code prefix
(``C1`` for the bilingual rules) or ``ALL``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from termbase.check.abbreviations import AbbreviationBeforeFullForm
from termbase.check.bilingual import PAIR_RULES
from termbase.check.consistency import MixedFormsAcrossFiles, MixedFormsInFile
from termbase.check.near_miss import NearMiss
from termbase.check.rules import Rule
from termbase.check.term_rules import DeprecatedTerm, WrongCase
from termbase.errors import ConfigError

RULES: tuple[type[Rule], ...] = (
    DeprecatedTerm,
    MixedFormsInFile,
    MixedFormsAcrossFiles,
    WrongCase,
    NearMiss,
    AbbreviationBeforeFullForm,
    *PAIR_RULES,
)
BY_CODE: dict[str, type[Rule]] = {rule.code: rule for rule in RULES}
BY_NAME: dict[str, type[Rule]] = {rule.name: rule for rule in RULES}


def matching(selector: str) -> list[type[Rule]]:
    """The rules a selector names; ConfigError when it names none."""
    wanted = selector.strip()
    if wanted.upper() == "ALL":
        return list(RULES)
    if wanted.lower() in BY_NAME:
        return [BY_NAME[wanted.lower()]]
    found = [rule for rule in RULES if rule.code.startswith(wanted.upper())] if wanted else []
    if not found:
        raise ConfigError(f"unknown rule {selector!r} (see `termbase check --list-rules`)")
    return found


def rule_for(selector: str) -> type[Rule]:
    """The one rule a code or name stands for."""
    found = matching(selector)
    if len(found) != 1:
        raise ConfigError(f"{selector!r} names {len(found)} rules; give one code or name")
    return found[0]


def code_of(name: str) -> str:
    """The code of a rule named in a suppression comment (unknown names stay as written)."""
    rule = BY_NAME.get(name.lower()) or BY_CODE.get(name.upper())
    return rule.code if rule else name.upper()


def _all(selectors: Iterable[str]) -> set[type[Rule]]:
    return {rule for selector in selectors for rule in matching(selector)}


def select_rules(
    select: Sequence[str] | None, extend: Sequence[str] = (), ignore: Sequence[str] = ()
) -> tuple[type[Rule], ...]:
    """The rules that run: ``select`` (or the default ones), plus ``extend``, less ``ignore``."""
    chosen = _all(select) if select is not None else {rule for rule in RULES if rule.default}
    chosen = (chosen | _all(extend)) - _all(ignore)
    return tuple(rule for rule in RULES if rule in chosen)


def codes(selectors: Iterable[str]) -> frozenset[str]:
    return frozenset(rule.code for rule in _all(selectors))
