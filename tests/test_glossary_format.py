"""The glossary files: parsing with positions, canonical formatting that keeps comments."""

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from termbase.errors import InputError
from termbase.formats import glossary_toml
from termbase.formats.glossary_toml import concept_from_record, parse_document, render_document
from termbase.glossary import apply_changes, format_changes, load_documents, load_glossary
from termbase.model import Concept, PartOfSpeech, Status, Term, TermType

GLOSSARY = Path(__file__).resolve().parent.parent / "glossary"

MESSY = """\
# Organisations.
# A second header line.

# about the UN
[pbb]   # the UN itself
en = [ { term = "UN", status = "admitted", case_sensitive = true }, # acronym
  # the full name
  {status="preferred", term="United Nations", type="fullForm"},
]
subject = "international organisations"
id = [
  { term = "PBB", status = "admitted", type = "acronym", case_sensitive = true },
  { term = "Perserikatan Bangsa-Bangsa", status = "preferred", review = "approved" },
  # closing remark
]  # after the array
definition = \"\"\"An organisation
of states.\"\"\"

[amerika-serikat]
id = [{ term = "Amerika Serikat", status = "preferred" }]
en = [{ term = "United States", status = "preferred" }]

# end of file
"""

CANONICAL = """\
# Organisations.
# A second header line.

[amerika-serikat]
id = [
  { term = "Amerika Serikat", status = "preferred" },
]
en = [
  { term = "United States", status = "preferred" },
]

# about the UN
[pbb]  # the UN itself
subject = "international organisations"
definition = "An organisation\\nof states."
id = [
  { term = "Perserikatan Bangsa-Bangsa", status = "preferred" },
  { term = "PBB", status = "admitted", type = "acronym", case_sensitive = true },
  # closing remark
]  # after the array
en = [
  # the full name
  { term = "United Nations", status = "preferred" },
  { term = "UN", status = "admitted", case_sensitive = true },  # acronym
]

# end of file
"""


def test_render_is_canonical_and_keeps_every_comment() -> None:
    assert render_document(parse_document(MESSY, "messy.toml")) == CANONICAL


def test_formatting_is_a_fixed_point() -> None:
    assert render_document(parse_document(CANONICAL, "c.toml")) == CANONICAL


def test_the_bundled_glossary_is_canonical() -> None:
    for path in sorted(GLOSSARY.glob("*.toml")):
        text = path.read_text(encoding="utf-8")
        assert render_document(parse_document(text, str(path))) == text, path


COMMENTS_AFTER_MULTILINE_VALUES = """\
[a]
definition = \"\"\"A long
definition.\"\"\"  # about the definition
id = [
  { term = "satu", status = "preferred", usage = \"\"\"two
lines\"\"\" },  # about satu
]
en = [{ term = "one", status = "preferred" }]
sources = [
  "first",  # about the first source
  # before the second source
  "second",
]  # about the sources
"""


def test_comments_after_multiline_values_stay_with_their_item() -> None:
    rendered = render_document(parse_document(COMMENTS_AFTER_MULTILINE_VALUES, "a.toml"))
    lines = rendered.splitlines()
    assert 'definition = "A long\\ndefinition."  # about the definition' in lines
    assert (
        '  { term = "satu", status = "preferred", usage = "two\\nlines" },  # about satu' in lines
    )
    sources = lines.index('sources = ["first", "second"]')
    assert lines[sources - 3 : sources] == [
        "# about the first source",
        "# before the second source",
        "# about the sources",
    ]
    assert render_document(parse_document(rendered, "a.toml")) == rendered


def test_fmt_keeps_a_nan_it_cannot_compare(tmp_path: Path) -> None:
    path = tmp_path / "g.toml"
    path.write_text(
        '[a]\nid=[{term="x",status="preferred",evidence=[{source="s",score=nan}]}]\n'
        'en=[{term="y",status="preferred"}]\n',
        encoding="utf-8",
    )
    changes = format_changes(load_documents(tmp_path))
    apply_changes(changes)  # nan != nan must not read as lost data
    assert "score = nan" in path.read_text(encoding="utf-8")


def test_positions_of_concepts_keys_and_terms() -> None:
    document = parse_document(MESSY, "messy.toml")
    record = next(r for r in document.records if r.id == "pbb")
    assert record.line == 5
    assert record.key_line("subject") == 10
    assert record.element_line("id", 1) == 13
    assert record.element_line("en", 1) == 8


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ('[a]\nsubject = "unterminated\n', 2),
        ("[a]\nsubject = \n", 2),
        ('[a]\nid = [\n  { term = "x", status = },\n]\n', 3),
        ('subject = "outside"\n', 1),
        ("[a.b]\n", 1),
        ("[[a]]\n", 1),
        ('[a]\nsubject = "x"\nsubject = "y"\n', 3),
    ],
)
def test_syntax_errors_are_located(text: str, line: int) -> None:
    with pytest.raises(InputError) as caught:
        parse_document(text, "bad.toml")
    assert caught.value.path == "bad.toml"
    assert caught.value.line == line


def test_records_become_model_concepts() -> None:
    document = parse_document(CANONICAL, "c.toml")
    concept, problems = concept_from_record(document.records[1])
    assert problems == []
    assert concept is not None
    assert concept.preferred("id") == Term("Perserikatan Bangsa-Bangsa")
    pbb = concept.terms["id"][1]
    assert (pbb.status, pbb.term_type, pbb.case_sensitive) == (
        Status.ADMITTED,
        TermType.ACRONYM,
        True,
    )


def test_bundled_glossary_has_the_starter_concepts() -> None:
    glossary = load_glossary(GLOSSARY)
    assert len(glossary) >= 40
    pact = glossary["pakta-pertahanan-bersama"]
    assert {t.text for t in pact.terms["id"]} >= {
        "pakta pertahanan bersama",
        "pakta pertahanan timbal balik",
        "pakta bantuan pertahanan bersama",
    }
    assert glossary["kerja-sama"].terms["id"][1].status is Status.DEPRECATED
    assert glossary["amerika-serikat"].terms["id"][1].case_sensitive
    for concept in glossary:
        assert concept.preferred("id") and concept.preferred("en"), concept.id


free_text = st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc", "Cf")), max_size=40)
texts = (
    st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc", "Cf", "Zl", "Zp")), min_size=1)
    .map(lambda s: " ".join(s.split()))
    .filter(bool)
)


@st.composite
def concepts(draw: st.DrawFn) -> Concept:
    def terms() -> tuple[Term, ...]:
        first = Term(draw(texts), Status.PREFERRED, draw(st.sampled_from([None, *PartOfSpeech])))
        others = draw(
            st.lists(
                st.builds(
                    Term,
                    texts,
                    st.sampled_from([Status.ADMITTED, Status.DEPRECATED]),
                    st.sampled_from([None, *PartOfSpeech]),
                    st.sampled_from(list(TermType)),
                    st.booleans(),
                    st.booleans(),
                    free_text,
                ),
                max_size=3,
            )
        )
        return (first, *sorted(others, key=lambda term: list(Status).index(term.status)))

    return Concept(
        draw(st.from_regex(r"[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,2}", fullmatch=True)),
        {"id": terms(), "en": terms()},
        subject=draw(free_text),
        definition=draw(free_text),
        note=draw(free_text),
    )


@settings(max_examples=60, deadline=None)
@given(concepts())
def test_model_round_trips_through_the_file_format(
    tmp_path_factory: pytest.TempPathFactory, concept: Concept
) -> None:
    path = tmp_path_factory.mktemp("rt") / "one.toml"
    glossary_toml.write([concept], path)
    (again,) = glossary_toml.read(path)
    assert again == concept
    text = path.read_text(encoding="utf-8")
    assert render_document(parse_document(text, str(path))) == text
