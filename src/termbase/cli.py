"""The command line: each command parses options, calls the library, prints the result.

Every error a user can cause surfaces as one line on stderr and exit code 2; findings exit 1.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from termbase import __version__
from termbase.errors import TermbaseError

F = TypeVar("F", bound=Callable[..., Any])

EXIT_FINDINGS = 1
EXIT_ERROR = 2


class TermbaseGroup(click.Group):
    """Turns library errors into a clear message and exit code 2, never a traceback."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except TermbaseError as error:
            click.echo(f"termbase: error: {error}", err=True)
            ctx.exit(EXIT_ERROR)
        except BrokenPipeError:
            sys.stderr.close()
            ctx.exit(EXIT_ERROR)


def project_options(command: F) -> F:
    """--glossary and --tm, shared by every command that reads the project."""
    command = click.option(
        "--tm",
        "tm",
        type=click.Path(path_type=Path),
        envvar="TERMBASE_TM",
        help="Translation memory: a TMX file or a directory of them [default: tmx/ beside "
        "the glossary].",
    )(command)
    return glossary_option(
        "Glossary directory or file [default: the nearest glossary/ directory]."
    )(command)


def glossary_option(help_text: str) -> Callable[[F], F]:
    """--glossary/-g (or TERMBASE_GLOSSARY), with the command's own help text."""
    return click.option(
        "--glossary",
        "-g",
        "glossary",
        type=click.Path(path_type=Path),
        envvar="TERMBASE_GLOSSARY",
        help=help_text,
    )


@click.group(cls=TermbaseGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", "-V", prog_name="termbase")
def main() -> None:
    """Indonesian-English terminology: glossary as code, lookup, checking and alignment."""


@main.command()
@click.argument("query", nargs=-1, required=True)
@click.option(
    "--lang",
    type=click.Choice(["id", "en", "auto"]),
    default="auto",
    show_default=True,
    help="Language of the query; auto searches both.",
)
@click.option("--json", "as_json", is_flag=True, help="Print JSON (schema in docs/lookup.md).")
@click.option(
    "--examples",
    type=click.IntRange(0),
    default=3,
    show_default=True,
    help="Translation-memory examples to show per concept.",
)
@project_options
def lookup(
    query: tuple[str, ...],
    lang: str,
    as_json: bool,
    examples: int,
    glossary: Path | None,
    tm: Path | None,
) -> None:
    """Look up a term in either language: exact, inflected or misspelt.

    Exits 0 when a concept is found, 1 with "did you mean" suggestions when none is.
    """
    from termbase.index import LookupIndex
    from termbase.lookup import lookup as run_lookup
    from termbase.lookup_view import render_text, result_to_json
    from termbase.model import LANGUAGES
    from termbase.project import cache_dir, resolve_project

    project = resolve_project(glossary, tm)
    index = LookupIndex.open(project, cache_dir())
    languages = LANGUAGES if lang == "auto" else (lang,)
    result = run_lookup(index, " ".join(query), languages, examples)
    if as_json:
        import json

        click.echo(json.dumps(result_to_json(result), ensure_ascii=False, indent=2))
    else:
        click.echo(render_text(result, _highlighter()), nl=False)
    if not result.hits:
        sys.exit(EXIT_FINDINGS)


def _highlighter() -> Callable[[str], str]:
    from termbase.lookup_view import plain_highlight

    if sys.stdout.isatty() and not os.environ.get("NO_COLOR"):
        return lambda text: click.style(text, bold=True, fg="yellow")
    return plain_highlight


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@project_options
def validate(paths: tuple[Path, ...], glossary: Path | None, tm: Path | None) -> None:
    """Check glossary files and list every problem with file:line.

    Exits 0 when valid, 1 when rules are broken, 2 when a file cannot be parsed.
    """
    from termbase.glossary_check import check_locations

    report = check_locations(_glossary_locations(paths, glossary, tm))
    for finding in (*report.syntax_errors, *report.findings):
        click.echo(str(finding))
    click.echo(report.summary(), err=True)
    if report.syntax_errors:
        sys.exit(EXIT_ERROR)
    if report.findings:
        sys.exit(EXIT_FINDINGS)


def _glossary_locations(
    paths: tuple[Path, ...], glossary: Path | None, tm: Path | None
) -> list[Path]:
    if paths:
        return list(paths)
    from termbase.project import resolve_project

    return [resolve_project(glossary, tm).glossary]


@main.command(name="fmt")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--check", is_flag=True, help="Change nothing; exit 1 if a file is not canonical.")
@click.option("--diff", "show_diff", is_flag=True, help="Change nothing; print the changes.")
@project_options
def format_command(
    paths: tuple[Path, ...],
    check: bool,
    show_diff: bool,
    glossary: Path | None,
    tm: Path | None,
) -> None:
    """Rewrite glossary files in canonical form, keeping every comment.

    Running it twice changes nothing the second time.
    """
    import difflib

    from termbase.glossary import apply_changes, format_changes, load_documents

    documents = [
        document
        for location in _glossary_locations(paths, glossary, tm)
        for document in load_documents(location)
    ]
    changes = format_changes(documents)
    if show_diff:
        for change in changes:
            click.echo(
                "".join(
                    difflib.unified_diff(
                        change.before.splitlines(keepends=True),
                        change.after.splitlines(keepends=True),
                        change.path,
                        change.path,
                    )
                ),
                nl=False,
            )
    if check or show_diff:
        for change in changes:
            click.echo(f"would reformat {change.path}", err=True)
        if changes:
            sys.exit(EXIT_FINDINGS)
        return
    apply_changes(changes)
    for change in changes:
        click.echo(f"reformatted {change.path}", err=True)
    click.echo(
        f"{len(changes)} file{'s' if len(changes) != 1 else ''} reformatted, "
        f"{len(documents) - len(changes)} unchanged",
        err=True,
    )


def _align_options(command: F) -> F:
    """Languages and glossary evidence, shared by ``align`` and ``align-score``."""
    for decorator in reversed(
        (
            click.option("--src-lang", default="id", show_default=True, help="Source language."),
            click.option("--tgt-lang", default="en", show_default=True, help="Target language."),
            glossary_option(
                "Glossary whose term pairs are evidence [default: the nearest glossary/]."
            ),
            click.option("--no-glossary", is_flag=True, help="Align without glossary evidence."),
        )
    ):
        command = decorator(command)
    return command


def _aligner(
    src_lang: str, tgt_lang: str, glossary: Path | None, no_glossary: bool, weak_below: float
) -> Any:
    from termbase.align.aligner import Aligner
    from termbase.glossary_cache import load_glossary_cached
    from termbase.project import cache_dir, find_glossary

    location = None if no_glossary else glossary or find_glossary(Path.cwd())
    if location is not None and not location.exists():
        from termbase.errors import ConfigError

        raise ConfigError(f"{location}: no such glossary file or directory")
    terms = load_glossary_cached(location, cache_dir()) if location is not None else None
    return Aligner(src_lang, tgt_lang, terms, weak_below=weak_below)


@main.command()
@click.argument("source", type=click.Path(path_type=Path))
@click.argument("target", type=click.Path(path_type=Path))
@click.option(
    "--output", "-o", type=click.Path(path_type=Path), help="Output file [default: stdout]."
)
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["tmx", "tsv"]),
    default="tmx",
    show_default=True,
    help="TMX 1.4b, or tab-separated links for inspection.",
)
@click.option(
    "--date",
    help="Creation date written to the TMX (YYYY-MM-DD or YYYYMMDDThhmmssZ) [default: "
    "SOURCE_DATE_EPOCH, else the newest input file's modification time].",
)
@click.option(
    "--weak-below",
    type=click.FloatRange(0, 1),
    default=0.5,
    show_default=True,
    help="Links with a lower confidence are marked weak.",
)
@click.option("--show-weak", is_flag=True, help="List the weak links on stderr.")
@_align_options
def align(
    source: Path,
    target: Path,
    output: Path | None,
    output_format: str,
    date: str | None,
    weak_below: float,
    show_weak: bool,
    src_lang: str,
    tgt_lang: str,
    glossary: Path | None,
    no_glossary: bool,
) -> None:
    """Align SOURCE with its translation TARGET, sentence by sentence.

    SOURCE and TARGET are two text files, or two directories of same-named *.txt files.
    Writes TMX (or TSV with --format tsv) to --output or stdout; prints a summary on stderr.
    """
    from termbase.align.documents import creation_date, document_pairs
    from termbase.align.output import describe_link, write_alignment

    pairs = document_pairs(source, target)
    aligner = _aligner(src_lang, tgt_lang, glossary, no_glossary, weak_below)
    stamp = creation_date(pairs, date)
    report = write_alignment(pairs, aligner, output, output_format, stamp)
    for document in report.documents:
        if show_weak:
            for link in document.weak:
                click.echo(describe_link(document.name, link), err=True)
        if not document.looks_parallel:
            click.echo(
                f"termbase: warning: {document.name}: mean confidence "
                f"{document.confidence:.2f}; the files may not be translations of each other",
                err=True,
            )
    weak = sum(len(document.weak) for document in report.documents)
    click.echo(
        f"{len(report.documents)} document pair{'s' if len(report.documents) != 1 else ''}, "
        f"{report.units} translation units, {weak} weak"
        + (f" (written to {output})" if output else ""),
        err=True,
    )


@main.command(name="align-score")
@click.argument("source", type=click.Path(path_type=Path))
@click.argument("target", type=click.Path(path_type=Path))
@click.argument("gold", type=click.Path(path_type=Path, file_okay=False))
@click.option(
    "--setting",
    type=click.Choice(["given", "joined", "both"]),
    default="both",
    show_default=True,
    help="Score the documents as given, with the target's paragraphs joined, or both.",
)
@_align_options
def align_score(
    source: Path,
    target: Path,
    gold: Path,
    setting: str,
    src_lang: str,
    tgt_lang: str,
    glossary: Path | None,
    no_glossary: bool,
) -> None:
    """Score the aligner against GOLD, a directory of gold TSV files named like SOURCE's.

    Prints strict link precision, recall and F1 per document and overall, as Markdown.
    """
    from termbase.align.documents import document_pairs
    from termbase.align.evaluate import SETTINGS, evaluate, render_table

    pairs = document_pairs(source, target)
    aligner = _aligner(src_lang, tgt_lang, glossary, no_glossary, 0.5)
    chosen = {"given": (False,), "joined": (True,), "both": (False, True)}[setting]
    tables = [
        render_table(evaluate(pairs, gold, aligner, joined), SETTINGS[joined]) for joined in chosen
    ]
    click.echo("\n".join(tables), nl=False)
