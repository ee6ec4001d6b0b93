"""The term matcher on real sentences from the reference corpus."""

from pathlib import Path

import pytest

from termbase.glossary import load_glossary
from termbase.matching import TermMatcher
from termbase.model import Concept, Glossary, Status, Term, TermType

GLOSSARY = Path(__file__).resolve().parent.parent / "glossary"


@pytest.fixture(scope="module")
def glossary() -> Glossary:
    return load_glossary(GLOSSARY)


@pytest.fixture(scope="module")
def indonesian(glossary: Glossary) -> TermMatcher:
    return TermMatcher(glossary, "id")


@pytest.fixture(scope="module")
def english(glossary: Glossary) -> TermMatcher:
    return TermMatcher(glossary, "en")


def found(matcher: TermMatcher, text: str) -> list[tuple[str, str]]:
    return [(match.text(text), match.ref.concept_id) for match in matcher.find(text)]


def test_longest_match_wins(indonesian: TermMatcher) -> None:
    text = "Dalam pidatonya di hadapan Dewan Keamanan PBB, Shea menegaskan"
    assert ("Dewan Keamanan PBB", "dewan-keamanan-pbb") in found(indonesian, text)
    assert ("PBB", "perserikatan-bangsa-bangsa") not in found(indonesian, text)


def test_inflected_term_is_one_match(indonesian: TermMatcher) -> None:
    text = "Rusia menggunakan hak vetonya sebagai anggota tetap Dewan Keamanan"
    hits = found(indonesian, text)
    assert ("hak vetonya", "hak-veto") in hits
    assert ("Dewan Keamanan", "dewan-keamanan-pbb") in hits


def test_verb_forms_match_the_verb(indonesian: TermMatcher) -> None:
    assert ("memveto", "veto") in found(indonesian, "RRT dan Rusia memveto resolusi tahun 2022")


def test_acronyms_are_case_sensitive(indonesian: TermMatcher, english: TermMatcher) -> None:
    assert ("AS", "amerika-serikat") in found(indonesian, "Duta Besar AS untuk PBB")
    assert all(concept != "amerika-serikat" for _, concept in found(english, "as well as us"))
    assert ("US", "amerika-serikat") in found(english, "the US and Japan")


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # 003 (English): "even if the West’s gaze is not especially conspicuous"
        ("en", "even if the West’s gaze is not", ("West’s", "barat")),
        ("en", "NATO’s Article 5", ("NATO’s", "nato")),
        ("en", "launched two ICBMs this year", ("ICBMs", "rudal-balistik-antarbenua")),
        ("en", "programmes of WMDs", ("WMDs", "senjata-pemusnah-massal")),
        ("id", "Duta Besar AS-nya", ("AS-nya", "amerika-serikat")),
        ("id", "pemimpin Korut-nya", ("Korut-nya", "korea-utara")),
    ],
)
def test_case_sensitive_terms_see_through_what_follows_them(
    indonesian: TermMatcher, english: TermMatcher, lang: str, text: str, expected: tuple[str, str]
) -> None:
    assert expected in found(english if lang == "en" else indonesian, text)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("id", "di sebelah Baratnya"),  # a bare clitic after a small letter is not cut
        ("en", "As he said"),  # one capital and an s is a word, not a plural of A
    ],
)
def test_case_sensitive_terms_keep_their_own_letters(
    indonesian: TermMatcher, english: TermMatcher, lang: str, text: str
) -> None:
    concepts = {c for _, c in found(english if lang == "en" else indonesian, text)}
    assert not concepts & {"barat", "amerika-serikat"}


def test_no_match_inside_words(indonesian: TermMatcher) -> None:
    assert found(indonesian, "PBBX dan ASEANA") == []


def test_deprecated_spelling_inside_a_longer_term(indonesian: TermMatcher) -> None:
    text = "Bahaya Kerjasama Militer Antara Korea Utara dan Rusia"
    match = next(m for m in indonesian.find(text) if m.ref.concept_id == "kerja-sama-militer")
    assert match.text(text) == "Kerjasama Militer"
    assert match.variant is not None and match.variant.concept_id == "kerja-sama"


def test_dotted_abbreviation_inside_a_longer_term(indonesian: TermMatcher) -> None:
    text = "telah memblokir langkah-langkah Dewan Keamanan P.B.B. baru-baru ini"
    match = next(m for m in indonesian.find(text) if m.ref.concept_id == "dewan-keamanan-pbb")
    assert match.text(text) == "Dewan Keamanan P.B.B."
    assert match.variant is not None and match.variant.concept_id == "perserikatan-bangsa-bangsa"
    resolution = "melanggar sejumlah resolusi Dewan Keamanan P.B.B. yang melarang"
    assert [m.text(resolution) for m in indonesian.find(resolution)] == [
        "resolusi Dewan Keamanan P.B.B."
    ]


def test_matches_carry_offsets_into_the_original(indonesian: TermMatcher) -> None:
    text = "“kerja\u00a0sama militer” meningkat"
    (match,) = [m for m in indonesian.find(text) if m.ref.concept_id == "kerja-sama-militer"]
    assert text[match.start : match.end] == "kerja\u00a0sama militer"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("kerja sama militer\u2013teknis", "kerja-sama-militer-teknis"),  # en dash for hyphen
        ("stabilitas Indo\u2011Pasifik", "indo-pasifik"),  # non-breaking hyphen
    ],
)
def test_terms_with_a_hyphen_match_text_typeset_with_a_dash(
    indonesian: TermMatcher, text: str, expected: str
) -> None:
    assert expected in {concept for _, concept in found(indonesian, text)}


def test_english_inflection_in_text(english: TermMatcher) -> None:
    hits = found(english, "Russia's veto powers and U.N. sanctions")
    assert ("veto powers", "hak-veto") in hits


def test_homographs_are_reported() -> None:
    glossary = Glossary(
        [
            Concept("bank-river", {"en": (Term("bank", homograph=True),)}),
            Concept("bank-money", {"en": (Term("bank", homograph=True),)}),
        ]
    )
    (match,) = TermMatcher(glossary, "en").find("the bank")
    assert {match.ref.concept_id, *(ref.concept_id for ref in match.homographs)} == {
        "bank-river",
        "bank-money",
    }


def test_spelling_variant_is_preferred_when_written_exactly() -> None:
    glossary = Glossary(
        [
            Concept(
                "pbb",
                {
                    "id": (
                        Term("PBB", case_sensitive=True, term_type=TermType.ACRONYM),
                        Term("P.B.B.", Status.ADMITTED, case_sensitive=True),
                    )
                },
            )
        ]
    )
    (match,) = TermMatcher(glossary, "id").find("bagi P.B.B. dan")
    assert match.ref.index == 1
    assert match.variant is None


ICBM_TEST = "Kedua menteri menyoroti uji coba rudal balistik antarbenua yang dilakukan Korea Utara."


def test_leftmost_longest_matching_resumes_after_a_match(indonesian: TermMatcher) -> None:
    assert found(indonesian, ICBM_TEST) == [
        ("uji coba rudal", "uji-coba-rudal"),
        ("Korea Utara", "korea-utara"),
    ]


def test_maximal_matching_finds_terms_that_overlap(indonesian: TermMatcher) -> None:
    hits = [(m.text(ICBM_TEST), m.ref.concept_id) for m in indonesian.find(ICBM_TEST, maximal=True)]
    assert hits == [
        ("uji coba rudal", "uji-coba-rudal"),
        ("rudal balistik antarbenua", "rudal-balistik-antarbenua"),
        ("Korea Utara", "korea-utara"),
    ]


def test_maximal_matching_keeps_a_term_inside_a_longer_one_a_part_of_it(
    indonesian: TermMatcher,
) -> None:
    text = "Pernyataan itu dibacakan di depan Dewan Keamanan PBB, lalu di Dewan Keamanan P.B.B."
    matches = indonesian.find(text, maximal=True)
    assert [(m.text(text), m.ref.concept_id) for m in matches] == [
        ("Dewan Keamanan PBB", "dewan-keamanan-pbb"),
        ("Dewan Keamanan P.B.B.", "dewan-keamanan-pbb"),
    ]
    assert [text[p.start : p.end] for m in matches for p in m.parts] == ["PBB", "P.B.B."]


def test_a_term_inside_an_overlapping_match_is_part_of_it() -> None:
    glossary = Glossary(
        [
            Concept("uji-coba-rudal", {"id": (Term("uji coba rudal"),)}),
            Concept("rudal-balistik-antarbenua", {"id": (Term("rudal balistik antarbenua"),)}),
            Concept("balistik", {"id": (Term("balistik"),)}),
        ]
    )
    matcher = TermMatcher(glossary, "id")
    text = "Pyongyang kembali melakukan uji coba rudal balistik antarbenua."
    assert [m.text(text) for m in matcher.find(text)] == ["uji coba rudal", "balistik"]
    assert [m.text(text) for m in matcher.find(text, maximal=True)] == [
        "uji coba rudal",
        "rudal balistik antarbenua",
    ]
