"""The aligner on the reference corpus and on inputs built to trip it."""

from __future__ import annotations

from functools import cache

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conftest import CORPUS, GLOSSARY
from termbase.align.aligner import Aligner
from termbase.align.band import anchors, band
from termbase.align.documents import DocumentPair
from termbase.align.dp import banded_path
from termbase.align.evaluate import evaluate, score_links
from termbase.align.evidence import (
    Evidence,
    EvidenceExtractor,
    canonical_number,
    document_weights,
    skeleton,
)
from termbase.align.scoring import LinkScorer, Scoring
from termbase.glossary import load_glossary
from termbase.text.segment import segment

ARTICLES = sorted(path.stem for path in (CORPUS / "id").glob("*.txt"))


@cache
def aligner(with_glossary: bool = True) -> Aligner:
    return Aligner(glossary=load_glossary(GLOSSARY) if with_glossary else None)


def pairs() -> list[DocumentPair]:
    return [
        DocumentPair(CORPUS / "id" / f"{name}.txt", CORPUS / "en" / f"{name}.txt")
        for name in ARTICLES
    ]


@pytest.mark.parametrize("joined", [False, True], ids=["as-given", "paragraphs-joined"])
def test_strict_f1_on_every_article(joined: bool) -> None:
    scores = evaluate(pairs(), CORPUS / "align", aligner(), join_target=joined)
    assert len(scores) == len(ARTICLES) + 1
    for score in scores:
        assert score.f1 >= 0.97, (score.name, score.precision, score.recall)


def test_without_the_glossary_the_corpus_still_aligns() -> None:
    """The glossary was curated from these articles; the other evidence must carry alone."""
    (*_, total) = evaluate(pairs(), CORPUS / "align", aligner(False), join_target=True)
    assert total.f1 >= 0.97


@pytest.mark.parametrize(
    ("indonesian", "english", "expected"),
    [
        ("10.000", "10,000", "10000"),
        ("2,5", "2.5", "2.5"),
        ("2024", "2024", "2024"),
        ("3.621,3", "3,621.3", "3621.3"),
    ],
)
def test_numbers_meet_across_languages(indonesian: str, english: str, expected: str) -> None:
    assert canonical_number(indonesian, ",") == canonical_number(english, ".") == expected


@pytest.mark.parametrize(
    ("indonesian", "english"),
    [("Moskow", "Moscow"), ("nuklir", "nuclear"), ("Rusia", "Russia"), ("Ukraina", "Ukraine")],
)
def test_cognates_share_a_skeleton(indonesian: str, english: str) -> None:
    assert skeleton(indonesian) == skeleton(english)


def test_evidence_keys_of_a_sentence_pair() -> None:
    glossary = load_glossary(GLOSSARY)
    (source,) = segment("Rusia menggunakan hak vetonya pada Juni 2024 untuk 10.000 prajurit.", "id")
    (target,) = segment("In June 2024 Russia used its veto power for 10,000 troops.", "en")
    source_keys = EvidenceExtractor("id", glossary).evidence(source).keys
    target_keys = EvidenceExtractor("en", glossary).evidence(target).keys
    shared = set(source_keys) & set(target_keys)
    assert {"n:10000", "n:2024", "m:6", "c:hak-veto"} <= shared


def test_terms_that_overlap_are_evidence_on_both_sides() -> None:
    glossary = load_glossary(GLOSSARY)
    (source,) = segment("Jepang mengecam uji coba rudal balistik antarbenua Korea Utara.", "id")
    (target,) = segment(
        "Japan condemned North Korea's intercontinental ballistic missile test.", "en"
    )
    source_keys = EvidenceExtractor("id", glossary).evidence(source).keys
    target_keys = EvidenceExtractor("en", glossary).evidence(target).keys
    concepts = {"c:uji-coba-rudal", "c:rudal-balistik-antarbenua", "c:korea-utara"}
    assert set(source_keys) & set(target_keys) >= concepts


@pytest.mark.parametrize(
    ("indonesian", "english"),
    [
        ("mengatakan", "said"),
        ("berkata", "says"),
        ("pertemuan", "meetings"),
        ("Harga", "prices"),
        ("anak-anak", "children"),
        ("kenaikan", "rose"),
    ],
)
def test_everyday_words_meet_their_translation(indonesian: str, english: str) -> None:
    """Words with no name, number or cognate in them still give a shared key, through the
    morphology layer on both sides."""
    source = EvidenceExtractor("id", partner="en")._keys_of_word(indonesian)
    target = EvidenceExtractor("en", partner="id")._keys_of_word(english)
    assert {key for key in source if key.startswith("t:")} & set(target)


PLAIN_SOURCE = (
    "Kebiasaan membaca masyarakat kita sering dianggap rendah. Namun, anggapan itu tidak "
    "sepenuhnya benar.\nSekolah dan keluarga punya peran penting untuk mengubah keadaan ini. "
    "Anak-anak meniru apa yang mereka lihat, bukan apa yang mereka dengar.\n"
)
PLAIN_TARGET = (
    "Our society's reading habits are often said to be poor. That view, however, is not "
    "entirely accurate.\nSchools and families have an important part to play in changing "
    "this. Children copy what they see, not what they are told.\n"
)


def test_plain_prose_translations_are_not_weak() -> None:
    """Sentences without names or numbers: the everyday words carry the confidence."""
    links = aligner(False).align_texts(PLAIN_SOURCE, PLAIN_TARGET)
    assert [link.shape for link in links] == ["1-1"] * 4
    # The first pair is a free rendering (rendah → poor, dianggap → said to be).
    assert sum(link.weak for link in links) <= 1


def test_merged_and_split_sentences_are_found() -> None:
    source = (
        "Korea Utara mengirim 10.000 prajurit ke Rusia. Mereka tiba di Kursk pada Oktober.\n"
        "Rusia memveto resolusi tahun 2022. Dewan Keamanan gagal bertindak.\n"
    )
    target = (
        "North Korea sent 10,000 troops to Russia, and they reached Kursk in October.\n"
        "Russia vetoed the 2022 resolution. The Security Council failed to act.\n"
    )
    links = aligner().align_texts(source, target)
    assert [link.shape for link in links] == ["2-1", "1-1", "1-1"]


def test_three_short_sentences_made_into_one_are_one_link() -> None:
    """A free translator's habit: three short sentences become one, and one long sentence
    becomes three."""
    source = (
        "Kapal itu tiba pekan lalu. Kapal berlayar selama 40 hari. Rutenya melalui Suez.\n"
        "Pemerintah membeli 12 kapal baru, yang akan dibangun di Surabaya bersama mitra dari "
        "Inggris dan diserahkan secara bertahap mulai 2027 hingga 2031.\n"
    )
    target = (
        "The ship arrived last week after a 40-day voyage through Suez.\n"
        "The government is buying 12 new ships. They will be built in Surabaya with a "
        "British partner. They will be handed over in stages from 2027 to 2031.\n"
    )
    links = aligner().align_texts(source, target)
    assert [link.shape for link in links] == ["3-1", "1-3"]


def test_two_sentences_translated_in_the_other_order_are_one_link() -> None:
    """A translator who swaps two sentences: the two and their translations are one 2-2
    link, while neighbours whose own translations follow them stay 1-1."""
    source = (
        "Harga beras naik 8 persen di Surabaya pada Maret. Pedagang menyalahkan panen yang "
        "terlambat di Jawa Timur. Pemerintah akan mengimpor 500.000 ton beras dari Vietnam.\n"
    )
    target = (
        "Traders blame the late harvest in East Java. Rice prices in Surabaya rose 8 percent "
        "in March. The government will import 500,000 tons of rice from Vietnam.\n"
    )
    links = aligner().align_texts(source, target)
    assert [link.shape for link in links] == ["2-2", "1-1"]
    assert links[0].target_text.startswith("Traders blame")


@pytest.mark.parametrize(
    "site_line",
    [
        "Baca juga: Musim Hujan Datang Lebih Awal di Jawa Tengah",
        "Simak berita ekonomi lainnya di kanal kami.",
    ],
)
def test_lines_on_one_side_only_are_not_linked_to_each_other(site_line: str) -> None:
    """A site's line the translation drops ("Baca juga", "Simak berita …"), beside a photo
    caption only the translation has: two lines of different kinds with nothing in common
    are two left-out lines, not a link, even when their lengths would fit."""
    source = (
        "Harga cabai di Pasar Johar naik menjadi Rp 80.000 per kilogram pada Senin.\n"
        f"{site_line}\n"
        "Pemerintah kota berjanji menggelar operasi pasar pekan ini.\n"
    )
    target = (
        "Chilli prices at Johar market rose to Rp 80,000 a kilogram on Monday.\n"
        "A trader weighs red chillies at her stall in Semarang this morning.\n"
        "The city government promised to hold market operations this week.\n"
    )
    links = aligner().align_texts(source, target)
    assert sorted(link.shape for link in links) == ["0-1", "1-0", "1-1", "1-1"]


def regroup(text: str) -> str:
    """Merge every two consecutive paragraphs that end a sentence, as a translator might."""
    paragraphs = [line for line in text.split("\n") if line.strip()]
    merged: list[str] = []
    for paragraph in paragraphs:
        if (
            merged
            and merged[-1].endswith(".")
            and paragraph.endswith(".")
            and "\t" not in merged[-1]
        ):
            merged[-1] += " " + paragraph + "\t"
        else:
            merged.append(paragraph)
    return "\n".join(line.rstrip("\t") for line in merged)


@pytest.mark.parametrize(
    "name", [a for a in ARTICLES if not a.startswith("002")], ids=lambda n: n[:3]
)
def test_regrouped_paragraphs_do_not_matter(name: str) -> None:
    """The English paragraphs merged two by two (blank lines dropped): same links."""
    source = (CORPUS / "id" / f"{name}.txt").read_text(encoding="utf-8")
    target = (CORPUS / "en" / f"{name}.txt").read_text(encoding="utf-8")
    regrouped = regroup(target)
    assert regrouped.count("\n") < target.count("\n") - 2
    as_given = [
        (link.source_text, link.target_text) for link in aligner().align_texts(source, target)
    ]
    moved = [
        (link.source_text, link.target_text) for link in aligner().align_texts(source, regrouped)
    ]
    # A merge can hide a sentence end behind an acronym (*... and the U.S. North Korea-Russia
    # cooperation ...*), which the segmenter cannot see: that costs at most two links.
    assert sum(pair in as_given for pair in moved) >= len(as_given) - 2


@pytest.mark.parametrize(
    "name", ["001_9a73aa4c586333e4", "003_7a2916e6b258b909"], ids=["001", "003"]
)
def test_captions_the_translation_drops_are_left_out_not_glued_on(name: str) -> None:
    """A translator who drops the photo credits: each credit becomes a 1-0 link, and every
    other link stays as it was, instead of the credit riding along with a neighbour."""
    source = (CORPUS / "id" / f"{name}.txt").read_text(encoding="utf-8")
    target = (CORPUS / "en" / f"{name}.txt").read_text(encoding="utf-8")
    credits = {"Photo/AP", "VIDEO SOURCE: REUTERS"}
    without = "\n".join(line for line in target.split("\n") if line not in credits)
    as_given = {
        (link.source_text, link.target_text) for link in aligner().align_texts(source, target)
    }
    links = aligner().align_texts(source, without)
    captions = [link for link in links if link.source and link.source[0].kind == "caption"]
    assert captions and all(link.shape == "1-0" for link in captions)
    assert all((link.source_text, link.target_text) in as_given for link in links if link.is_pair)


def test_a_non_parallel_pair_gets_low_confidence() -> None:
    source = (CORPUS / "id" / f"{ARTICLES[0]}.txt").read_text(encoding="utf-8")
    target = (CORPUS / "en" / f"{ARTICLES[3]}.txt").read_text(encoding="utf-8")
    links = [link for link in aligner().align_texts(source, target) if link.is_pair]
    assert links
    assert sum(link.weak for link in links) >= 0.8 * len(links)
    own = aligner().align_texts(source, (CORPUS / "en" / f"{ARTICLES[0]}.txt").read_text())
    assert sum(link.weak for link in own) <= 0.2 * len(own)


def test_wildly_unequal_lengths_leave_the_rest_unaligned() -> None:
    source = (CORPUS / "id" / f"{ARTICLES[0]}.txt").read_text(encoding="utf-8")
    target = "North Korea’s growing military support for Russia raises concerns.\n"
    links = aligner().align_texts(source, target)
    assert sum(link.is_pair for link in links) <= 2
    assert sum(len(link.source) for link in links) == len(segment(source, "id"))


@pytest.mark.parametrize(("source", "target"), [("", ""), ("Satu kalimat.", ""), ("", "One.")])
def test_empty_sides(source: str, target: str) -> None:
    links = aligner().align_texts(source, target)
    assert all(not link.is_pair for link in links)
    assert sum(len(link.source) + len(link.target) for link in links) == bool(source) + bool(target)


def test_the_band_stays_near_the_anchors() -> None:
    extractor = EvidenceExtractor("id")
    english = EvidenceExtractor("en")
    name = ARTICLES[3]
    source = extractor.extract(segment((CORPUS / "id" / f"{name}.txt").read_text(), "id"))
    target = english.extract(segment((CORPUS / "en" / f"{name}.txt").read_text(), "en"))
    chain = anchors(source, target)
    assert len(chain) >= 10
    rows = band(len(source), len(target), chain, 8)
    assert rows[0][0] == 0 and rows[-1][1] == len(target)
    assert max(high - low for low, high in rows) < len(target) / 2


def test_scores_count_repeated_links() -> None:
    links = aligner().align_texts("Foto/AP\nFoto/AP\n", "Photo/AP\nPhoto/AP\n")
    score = score_links("x", links, [("Foto/AP", "Photo/AP")])
    assert (score.correct, score.predicted, score.gold) == (1, 2, 1)


def cheapest_cost(scorer: LinkScorer, n: int, m: int) -> float:
    """The optimum by the textbook programme: every cell, every shape, one cost at a time."""
    best = {(0, 0): 0.0}
    for i in range(n + 1):
        for j in range(m + 1):
            for di, dj in scorer.scoring.shapes():
                if (i - di, j - dj) in best:
                    total = best[(i - di, j - dj)] + scorer.cost(i, di, j, dj)
                    best[(i, j)] = min(best.get((i, j), total), total)
    return best[(n, m)]


_sentences = st.lists(
    st.builds(
        Evidence,
        length=st.integers(1, 200),
        keys=st.lists(
            st.sampled_from(["n:1", "n:2", "w:rs", "w:mscv", "c:veto", "a:PBB"]), unique=True
        ).map(tuple),
        paragraph=st.integers(0, 2),
        kind=st.sampled_from(["sentence", "heading", "caption"]),
    ),
    max_size=9,
)


@given(_sentences, _sentences)
def test_the_fast_programme_finds_the_cheapest_path(
    source: list[Evidence], target: list[Evidence]
) -> None:
    """The unrolled row kernel agrees with the link costs of LinkScorer.cost."""
    source.sort(key=lambda e: e.paragraph)
    target.sort(key=lambda e: e.paragraph)
    scorer = LinkScorer(source, target, Scoring(), document_weights(source, target))
    path = banded_path(scorer, anchors(source, target), len(source) + len(target) + 1)
    assert sum(link.cost for link in path) == pytest.approx(
        cheapest_cost(scorer, len(source), len(target))
    )
