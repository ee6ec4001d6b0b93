"""Sentence segmentation: small tables of real forms, and the whole reference corpus."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import CORPUS
from termbase.text.segment import SegmentKind, segment


def texts(text: str, lang: str) -> list[str]:
    return [sentence.text for sentence in segment(text, lang)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Sekutu NATO termasuk Kanada dan A.S. juga mengecam keras.",
            ["Sekutu NATO termasuk Kanada dan A.S. juga mengecam keras."],
        ),
        (
            "Resolusi Dewan Keamanan P.B.B. Dewan itu bersidang.",
            ["Resolusi Dewan Keamanan P.B.B. Dewan itu bersidang."],
        ),
        (
            "Kerja sama diperkuat dengan A.S. Namun Rusia menolak.",
            ["Kerja sama diperkuat dengan A.S.", "Namun Rusia menolak."],
        ),
        (
            "Pengerahan 10.000 prajurit. Sebanyak 12.000 tentara tiba dan 2,5 ton bantuan.",
            ["Pengerahan 10.000 prajurit.", "Sebanyak 12.000 tentara tiba dan 2,5 ton bantuan."],
        ),
        (
            "Dr. Sutopo dan Jend. Andika hadir. Mereka bicara.",
            ["Dr. Sutopo dan Jend. Andika hadir.", "Mereka bicara."],
        ),
        (
            "Senjata, amunisi, dll. Semua dikirim ke Rusia.",
            ["Senjata, amunisi, dll.", "Semua dikirim ke Rusia."],
        ),
        (
            "Senjata, amunisi, dsb. yang dikirim ke Rusia.",
            ["Senjata, amunisi, dsb. yang dikirim ke Rusia."],
        ),
        (
            "apakah penangkal nuklir Rusia meluas? Akankah “kerja sama militer-teknis” itu?",
            ["apakah penangkal nuklir Rusia meluas?", "Akankah “kerja sama militer-teknis” itu?"],
        ),
        (
            "kata Jo Bee-yun. “Tetapi yang pasti klausul ini mengkhawatirkan.”",
            ["kata Jo Bee-yun.", "“Tetapi yang pasti klausul ini mengkhawatirkan.”"],
        ),
        (
            "“Korea Utara akan terus bertindak,” ungkapnya.",
            ["“Korea Utara akan terus bertindak,” ungkapnya."],
        ),
        ("Mereka menunggu... Lalu pasukan tiba.", ["Mereka menunggu...", "Lalu pasukan tiba."]),
        ("1. Bersatu Melawan AS", ["1. Bersatu Melawan AS"]),
        (
            "tandatangani pakta bantuan pertahanan bersama. (EFE)",
            ["tandatangani pakta bantuan pertahanan bersama. (EFE)"],
        ),
        (
            "berperang bersama dengan Rusia. VIDEO DIAMBIL DARI: EYEPRESS/REUTERS",
            ["berperang bersama dengan Rusia.", "VIDEO DIAMBIL DARI: EYEPRESS/REUTERS"],
        ),
        (
            "Stasiun ditutup. Foto: Dok. Humas KAI",
            ["Stasiun ditutup.", "Foto: Dok. Humas KAI"],
        ),
        (
            "Foto: ANTARA/Galih Pradipta Suasana stasiun pagi ini.",
            ["Foto: ANTARA/Galih Pradipta Suasana stasiun pagi ini."],
        ),
        (
            "Presiden Joko Widodo (Jokowi) tiba pukul 10.30 WIB. Ia disambut gubernur.",
            ["Presiden Joko Widodo (Jokowi) tiba pukul 10.30 WIB.", "Ia disambut gubernur."],
        ),
        (
            "Rumahnya di Jl. Sudirman No. 5, Jakarta. No. 7 kosong.",
            ["Rumahnya di Jl. Sudirman No. 5, Jakarta.", "No. 7 kosong."],
        ),
        (
            "Menurut Kol. Inf. Ahmad, Moh. Hatta dan PT. Maju Jaya aman. Sekitar pk. 10.00 sepi.",
            [
                "Menurut Kol. Inf. Ahmad, Moh. Hatta dan PT. Maju Jaya aman.",
                "Sekitar pk. 10.00 sepi.",
            ],
        ),
        (
            "Anggarannya Rp 1,2 triliun, lihat https://apbn.go.id. Rinciannya di sana.",
            ["Anggarannya Rp 1,2 triliun, lihat https://apbn.go.id.", "Rinciannya di sana."],
        ),
    ],
)
def test_indonesian_sentences(text: str, expected: list[str]) -> None:
    assert texts(text, "id") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "the U.S. Army 8th Theater Sustainment Command",
            ["the U.S. Army 8th Theater Sustainment Command"],
        ),
        (
            "multiple U.N. Security Council resolutions.",
            ["multiple U.N. Security Council resolutions."],
        ),
        (
            "Japan, South Korea and the U.S. The move was welcomed.",
            ["Japan, South Korea and the U.S.", "The move was welcomed."],
        ),
        ("Martin Luther King Jr. Day is a holiday.", ["Martin Luther King Jr. Day is a holiday."]),
        ("Mr. Putin met Dr. Kim. They signed.", ["Mr. Putin met Dr. Kim.", "They signed."]),
        ("John F. Kennedy spoke.", ["John F. Kennedy spoke."]),
        (
            "It is in its third year. 10,000 troops arrived.",
            ["It is in its third year.", "10,000 troops arrived."],
        ),
        (
            "Photo/AP Both the rhetoric of the two leaders",
            ["Photo/AP", "Both the rhetoric of the two leaders"],
        ),
        (
            "Asked whether he would resign, he said no. The party was stunned.",
            ["Asked whether he would resign, he said no.", "The party was stunned."],
        ),
        (
            "She studied art. The museum hired her under Art. 5 of the law.",
            ["She studied art.", "The museum hired her under Art. 5 of the law."],
        ),
        (
            "No. 5 was hit on Jan. 5 at 10 a.m. The rest were spared.",
            ["No. 5 was hit on Jan. 5 at 10 a.m.", "The rest were spared."],
        ),
        (
            "Fruit, e.g. apples, came from the U.K. and Mr. Smith paid.",
            ["Fruit, e.g. apples, came from the U.K. and Mr. Smith paid."],
        ),
    ],
)
def test_english_sentences(text: str, expected: list[str]) -> None:
    assert texts(text, "en") == expected


@pytest.mark.parametrize(
    ("line", "lang", "kind"),
    [
        ("Foto/AP", "id", SegmentKind.CAPTION),
        ("VIDEO DIAMBIL DARI: REUTERS", "id", SegmentKind.CAPTION),
        ("PHOTO SOURCE: REUTERS", "en", SegmentKind.CAPTION),
        ("Photo/AP", "en", SegmentKind.CAPTION),
        ("Foto: ANTARA/Galih Pradipta", "id", SegmentKind.CAPTION),
        ("(Foto: Kompas.com/Rindi)", "id", SegmentKind.CAPTION),
        ("Foto: Dok. Humas Polri", "id", SegmentKind.CAPTION),
        ("Photo: Reuters/John Smith", "en", SegmentKind.CAPTION),
        ("Video: Ginting juara Indonesia Open", "id", SegmentKind.HEADING),
        ("Korea Utara Ikut Berperang di Ukraina", "id", SegmentKind.HEADING),
        ("2. Bantuan Timbal Balik Jika Terjadi Agresi", "id", SegmentKind.HEADING),
        ("Kamis, 20 Juni 2024 - 19:19 WIB", "id", SegmentKind.HEADING),
        ("Transfer persenjataan dari Korea Utara membantu Rusia.", "id", SegmentKind.SENTENCE),
        ("Baca Juga", "id", SegmentKind.BOILERPLATE),
        (
            "Baca juga: Semakin Kuat, Rusia dan Korea Utara Sepakati Kemitraan Strategis",
            "id",
            SegmentKind.BOILERPLATE,
        ),
        ("Simak berita olahraga lainnya hanya di sini.", "id", SegmentKind.BOILERPLATE),
        ("Editor: Yuni Astuti", "id", SegmentKind.BOILERPLATE),
        ("Oleh: Rizky Pratama", "id", SegmentKind.BOILERPLATE),
        ("Oleh karena itu, pemerintah menunda rapat.", "id", SegmentKind.SENTENCE),
        ("Baca bukunya juga sebelum tidur.", "id", SegmentKind.SENTENCE),
        ("Read Also", "en", SegmentKind.BOILERPLATE),
        (
            "Read also: Growing Stronger, Russia and North Korea Agree",
            "en",
            SegmentKind.BOILERPLATE,
        ),
        ("Reporting by Jane Smith; Editing by Tom Brown", "en", SegmentKind.BOILERPLATE),
        ("Read the small print before you sign.", "en", SegmentKind.SENTENCE),
    ],
)
def test_segment_kinds(line: str, lang: str, kind: SegmentKind) -> None:
    (only,) = segment(line, lang)
    assert only.kind is kind


def test_a_site_line_is_one_segment_whatever_its_full_stops() -> None:
    (only,) = segment("Baca juga: Harga Naik. Warga Mengeluh", "id")
    assert only.kind is SegmentKind.BOILERPLATE


def test_positions_and_paragraphs() -> None:
    text = "Judul\n\nKalimat satu. Kalimat dua.\n  Foto/AP\n"
    found = [(s.text, s.line, s.column, s.paragraph) for s in segment(text, "id")]
    assert found == [
        ("Judul", 1, 1, 0),
        ("Kalimat satu.", 3, 1, 1),
        ("Kalimat dua.", 3, 15, 1),
        ("Foto/AP", 4, 3, 2),
    ]


def test_empty_text_has_no_segments() -> None:
    assert segment("", "id") == []
    assert segment("\n \n\t\n", "en") == []


def gold_cells(path: Path, side: int) -> list[str]:
    rows = [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()]
    return [row[side] for row in rows if row[side]]


GOLD_FILES = sorted((CORPUS / "align").glob("*.tsv")) + sorted(
    (CORPUS.parent / "heldout" / "align").glob("*.tsv")
)


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("gold", GOLD_FILES, ids=lambda p: p.stem[:3])
def test_segments_tile_every_gold_cell(gold: Path, lang: str) -> None:
    """Each gold cell is one or more whole segments, in order, and nothing is left over:
    the reference corpus, and the held-out texts written apart from the segmenter."""
    side = 0 if lang == "id" else 1
    text = (gold.parent.parent / lang / f"{gold.stem}.txt").read_text(encoding="utf-8")
    segments = [sentence.text for sentence in segment(text, lang)]
    position = 0
    for cell in gold_cells(gold, side):
        taken: list[str] = []
        while position < len(segments) and len(" ".join(taken)) < len(cell):
            taken.append(segments[position])
            position += 1
        assert " ".join(taken) == cell
    assert position == len(segments)
