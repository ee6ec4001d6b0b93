"""``termbase align`` and ``termbase align-score``: sentence alignment into a TM, and its score."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from termbase.commands.options import F, glossary_option


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


@click.command()
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
        if document.empty_sides:
            where = (
                "either file"
                if len(document.empty_sides) == 2
                else f"the {document.empty_sides[0]} file"
            )
            click.echo(f"termbase: warning: {document.name}: no text in {where}", err=True)
        elif not document.looks_parallel:
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


@click.command(name="align-score")
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
