"""TMX 1.4b: valid output, faithful round trips, and hostile input refused safely."""

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from conftest import DATA, gold_units
from termbase.errors import InputError
from termbase.formats import tmx
from termbase.memory import Segment, TranslationUnit

DTD = DATA / "schemas" / "tmx" / "tmx14.dtd"


def validate(path: Path) -> None:
    dtd = etree.DTD(str(DTD))
    parser = etree.XMLParser(load_dtd=False, no_network=True, resolve_entities=False)
    document = etree.parse(str(path), parser)
    assert dtd.validate(document), dtd.error_log.filter_from_errors()


def test_written_tmx_validates_against_the_dtd(gold_tmx: Path) -> None:
    validate(gold_tmx)
    header = tmx.read_header(gold_tmx)
    assert (header.srclang, header.segtype, header.datatype) == ("id", "sentence", "plaintext")


def test_round_trip_of_the_gold_units(gold_tmx: Path) -> None:
    assert list(tmx.read(gold_tmx)) == list(gold_units())


def test_inline_markup_survives_a_round_trip(tmp_path: Path) -> None:
    unit = TranslationUnit(
        "1",
        (
            Segment(
                "id",
                "Tekan Simpan sekarang",
                'Tekan <bpt i="1">&lt;b&gt;</bpt>Simpan<ept i="1">&lt;/b&gt;</ept> sekarang',
            ),
            Segment("en", "Press Save now"),
        ),
    )
    path = tmp_path / "m.tmx"
    tmx.write([unit], path)
    validate(path)
    (again,) = tmx.read(path)
    assert again == unit
    assert again.text("id") == "Tekan Simpan sekarang"


def test_identical_input_gives_identical_bytes(tmp_path: Path) -> None:
    tmx.write(gold_units(), tmp_path / "a.tmx")
    tmx.write(gold_units(), tmp_path / "b.tmx")
    assert (tmp_path / "a.tmx").read_bytes() == (tmp_path / "b.tmx").read_bytes()


def test_utf16_and_tmx11_lang_attribute_are_read(tmp_path: Path) -> None:
    text = (
        '<?xml version="1.0" encoding="UTF-16"?>\n'
        '<tmx version="1.1"><header creationtool="x" creationtoolversion="1" segtype="sentence"'
        ' o-tmf="x" adminlang="en" srclang="in" datatype="plaintext"/><body>'
        '<tu><tuv lang="in"><seg>hak veto</seg></tuv><tuv lang="EN-US"><seg>veto power</seg>'
        "</tuv></tu></body></tmx>"
    )
    path = tmp_path / "old.tmx"
    path.write_bytes(text.encode("utf-16"))
    (unit,) = tmx.read(path)
    assert unit.text("id") == "hak veto"
    assert unit.text("en") == "veto power"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "no <tmx>"),
        (b"<tmx><body><tu><tuv><seg>x</seg></tuv></tu></body></tmx>", "without xml:lang"),
        (b"<tmx><body><tu>", "line 1"),
        (b"<html/>", "not <tmx>"),
        (
            (
                b'<?xml version="1.0"?><!DOCTYPE tmx [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;">]>'
                b"<tmx><body/></tmx>"
            ),
            "entity declarations are not allowed",
        ),
        (b"\xff\xfe\x00\x00garbage", ""),
        (
            (
                b'<tmx version="1.4">\n<body>\n<tu><tuv xml:lang="id"><seg>a&nbsp;b</seg></tuv>'
                b"</tu>\n</body></tmx>"
            ),
            ":3:36: Entity 'nbsp' not defined",
        ),
    ],
)
def test_bad_input_is_a_located_error(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "bad.tmx"
    path.write_bytes(content)
    with pytest.raises(InputError) as caught:
        list(tmx.read(path))
    assert str(path) in str(caught.value)
    assert message in str(caught.value)


def test_external_entities_are_never_fetched(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP SECRET", encoding="utf-8")
    path = tmp_path / "xxe.tmx"
    path.write_text(
        f'<?xml version="1.0"?><!DOCTYPE tmx SYSTEM "file://{secret}">'
        '<tmx version="1.4"><header creationtool="x" creationtoolversion="1" segtype="sentence"'
        ' o-tmf="x" adminlang="en" srclang="id" datatype="plaintext"/><body><tu>'
        '<tuv xml:lang="id"><seg>aman</seg></tuv></tu></body></tmx>',
        encoding="utf-8",
    )
    (unit,) = tmx.read(path)
    assert unit.text("id") == "aman"


def test_a_large_file_streams(tmp_path: Path) -> None:
    path = tmp_path / "big.tmx"
    units = (
        TranslationUnit(str(n), (Segment("id", f"kalimat {n}"), Segment("en", f"sentence {n}")))
        for n in range(20000)
    )
    assert tmx.write(units, path) == 20000
    count = 0
    for unit in tmx.read(path):
        count += 1
        last = unit
    assert count == 20000 and last.text("en") == "sentence 19999"


segment_text = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\ufffe\uffff"),
    max_size=60,
)


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(segment_text, segment_text), max_size=5))
def test_round_trip_of_any_plain_text(
    tmp_path_factory: pytest.TempPathFactory, pairs: list[tuple[str, str]]
) -> None:
    units = [
        TranslationUnit(str(n), (Segment("id", source), Segment("en", target)))
        for n, (source, target) in enumerate(pairs, 1)
    ]
    path = tmp_path_factory.mktemp("rt") / "any.tmx"
    tmx.write(units, path)
    assert list(tmx.read(path)) == units
