"""TMX 1.4b translation memories: streaming, safe reading and deterministic writing.

Reading never expands entities, loads a DTD or touches the network, and keeps memory
bounded by discarding each <tu> once it is turned into a model value. UTF-8 and UTF-16
(with BOM) are read; TMX 1.1's ``lang`` is accepted beside ``xml:lang``. Inline markup
inside <seg> is kept verbatim for round trips while matching uses the plain text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from lxml import etree

from termbase import __version__
from termbase.errors import InputError
from termbase.fileio import atomic_binary_writer
from termbase.memory import Segment, TranslationUnit

NAME = "tmx"
EXTENSIONS = (".tmx",)
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
DOCTYPE = '<!DOCTYPE tmx SYSTEM "tmx14.dtd">'
_NATIVE_CODE = {"bpt", "ept", "ph", "it", "ut"}
"""Inline elements whose content is native markup, not translatable text."""
_PROLOG_LIMIT = 1 << 16


@dataclass(frozen=True)
class TmxHeader:
    """The TMX <header>: the seven attributes the standard requires, plus props and notes."""

    srclang: str = "id"
    creationtool: str = "termbase"
    creationtoolversion: str = __version__
    segtype: str = "sentence"
    o_tmf: str = "termbase"
    adminlang: str = "en"
    datatype: str = "plaintext"
    creationdate: str = ""
    props: tuple[tuple[str, str], ...] = ()
    notes: tuple[str, ...] = ()
    extra: tuple[tuple[str, str], ...] = field(default=())

    def attributes(self) -> list[tuple[str, str]]:
        pairs = [
            ("creationtool", self.creationtool),
            ("creationtoolversion", self.creationtoolversion),
            ("segtype", self.segtype),
            ("o-tmf", self.o_tmf),
            ("adminlang", self.adminlang),
            ("srclang", self.srclang),
            ("datatype", self.datatype),
        ]
        if self.creationdate:
            pairs.append(("creationdate", self.creationdate))
        return pairs + list(self.extra)


def _local(tag: object) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _check_prolog(path: str, head: bytes) -> None:
    """Refuse entity declarations before they reach the parser: no billion laughs."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = head.decode("utf-16", errors="ignore")
    else:
        text = head.decode("utf-8", errors="ignore")
    match = re.search(r"<!ENTITY", text)
    if match:
        raise InputError(
            path, "entity declarations are not allowed in TMX files", offset=match.start()
        )


def _parser_events(source: IO[bytes]) -> etree.iterparse:
    return etree.iterparse(
        source,
        events=("start", "end"),
        resolve_entities=False,
        load_dtd=False,
        no_network=True,
        dtd_validation=False,
        huge_tree=False,
        remove_comments=True,
        remove_pis=True,
    )


class _Reader:
    def __init__(self, path: str) -> None:
        self.path = path
        self.header: TmxHeader | None = None
        self.count = 0

    def units(self, source: IO[bytes]) -> Iterator[TranslationUnit]:
        for _, unit in self.located_units(source):
            yield unit

    def located_units(self, source: IO[bytes]) -> Iterator[tuple[int, TranslationUnit]]:
        """Each unit with the line its <tu> starts on."""
        head = source.read(_PROLOG_LIMIT)
        if not head.strip():
            raise InputError(self.path, "empty file: no <tmx> element")
        _check_prolog(self.path, head)
        source.seek(0)
        depth_root = False
        try:
            for event, element in _parser_events(source):
                name = _local(element.tag)
                if event == "start":
                    if not depth_root:
                        if name != "tmx":
                            raise self._error(element, f"root element is <{name}>, not <tmx>")
                        depth_root = True
                    continue
                if name == "header":
                    self.header = _header(element)
                elif name == "tu":
                    yield element.sourceline or 0, self._unit(element)
                    _discard(element)
        except etree.XMLSyntaxError as error:
            line, column, message = _syntax_error(error)
            raise InputError(self.path, message, line=line or None, column=column or None) from None
        if not depth_root:
            raise InputError(self.path, "empty file: no <tmx> element")

    def _error(self, element: etree._Element, message: str) -> InputError:
        return InputError(self.path, message, line=element.sourceline)

    def _unit(self, element: etree._Element) -> TranslationUnit:
        self.count += 1
        segments = []
        props, notes = _props_and_notes(element)
        for child in element:
            if _local(child.tag) == "tuv":
                segments.append(self._segment(child))
        if not segments:
            raise self._error(element, "<tu> without any <tuv>")
        attributes = tuple(
            (key, value)
            for key, value in element.attrib.items()
            if key not in ("tuid", "creationdate")
        )
        return TranslationUnit(
            tuid=element.get("tuid") or str(self.count),
            segments=tuple(segments),
            props=props,
            notes=notes,
            created=element.get("creationdate", ""),
            attributes=attributes,
        )

    def _segment(self, tuv: etree._Element) -> Segment:
        lang = tuv.get(XML_LANG) or tuv.get("lang")
        if not lang:
            raise self._error(tuv, "<tuv> without xml:lang")
        seg = next((child for child in tuv if _local(child.tag) == "seg"), None)
        if seg is None:
            raise self._error(tuv, "<tuv> without <seg>")
        props, notes = _props_and_notes(tuv)
        attributes = tuple(
            (key, value) for key, value in tuv.attrib.items() if key not in (XML_LANG, "lang")
        )
        markup = _inner_xml(seg) if len(seg) else ""
        return Segment(lang, _plain_text(seg), markup, props, notes, attributes)


def _syntax_error(error: etree.XMLSyntaxError) -> tuple[int, int, str]:
    """Line, column and message of a parse error.

    Without entity resolution, libxml2 stops at an undeclared entity (*&nbsp;*, which
    sloppy exporters write) and iterparse reports only "no element found" at 0:0; the
    parser's error log still has the real error, last, and where it is.
    """
    line, column = error.position
    if not line:
        fatal = error.error_log.filter_from_fatals()
        if fatal:
            return fatal[-1].line, fatal[-1].column, fatal[-1].message
    message = str(error.msg or error)
    return line, column, re.sub(r",? line \d+, column \d+$", "", message)


def _discard(element: etree._Element) -> None:
    element.clear(keep_tail=False)
    parent = element.getparent()
    if parent is not None:
        while element.getprevious() is not None:
            del parent[0]


def _header(element: etree._Element) -> TmxHeader:
    known = {
        "srclang": "srclang",
        "creationtool": "creationtool",
        "creationtoolversion": "creationtoolversion",
        "segtype": "segtype",
        "o-tmf": "o_tmf",
        "adminlang": "adminlang",
        "datatype": "datatype",
        "creationdate": "creationdate",
    }
    values = {attr: element.get(name, "") for name, attr in known.items()}
    extra = tuple((key, value) for key, value in element.attrib.items() if key not in known)
    props, notes = _props_and_notes(element)
    return TmxHeader(**values, props=props, notes=notes, extra=extra)


def _props_and_notes(
    element: etree._Element,
) -> tuple[tuple[tuple[str, str], ...], tuple[str, ...]]:
    props, notes = [], []
    for child in element:
        name = _local(child.tag)
        if name == "prop":
            props.append((child.get("type", ""), child.text or ""))
        elif name == "note":
            notes.append(child.text or "")
    return tuple(props), tuple(notes)


def _plain_text(seg: etree._Element) -> str:
    parts = [seg.text or ""]
    for child in seg:
        if _local(child.tag) not in _NATIVE_CODE:
            parts.append(_plain_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _inner_xml(seg: etree._Element) -> str:
    outer: str = etree.tostring(seg, encoding="unicode", with_tail=False)
    start = outer.index(">") + 1
    end = outer.rindex("</")
    return outer[start:end]


def read(source: Path | str) -> Iterator[TranslationUnit]:
    """The translation units of a TMX file, streamed."""
    path = str(source)
    with _open(path) as handle:
        yield from _Reader(path).units(handle)


def read_located(source: Path | str) -> Iterator[tuple[int, TranslationUnit]]:
    """The translation units of a TMX file with the line each <tu> starts on, streamed."""
    path = str(source)
    with _open(path) as handle:
        yield from _Reader(path).located_units(handle)


def _open(path: str) -> IO[bytes]:
    try:
        return Path(path).open("rb")
    except OSError as error:
        raise InputError(path, f"cannot read: {error.strerror}") from None


def read_header(source: Path | str) -> TmxHeader:
    """The header of a TMX file (reads only as far as the header)."""
    path = str(source)
    reader = _Reader(path)
    with _open(path) as handle:
        for _ in reader.units(handle):
            break
    if reader.header is None:
        raise InputError(path, "no <header> element")
    return reader.header


def _segment_element(segment: Segment) -> etree._Element:
    tuv = etree.Element("tuv", {XML_LANG: segment.lang, **dict(segment.attributes)})
    _append_props_and_notes(tuv, segment.props, segment.notes)
    seg = etree.SubElement(tuv, "seg")
    if segment.markup:
        fragment = etree.fromstring(f"<seg>{segment.markup}</seg>")
        seg.text = fragment.text
        seg.extend(list(fragment))
    else:
        seg.text = segment.text
    return tuv


def _append_props_and_notes(
    parent: etree._Element, props: Iterable[tuple[str, str]], notes: Iterable[str]
) -> None:
    for kind, value in props:
        etree.SubElement(parent, "prop", type=kind).text = value
    for note in notes:
        etree.SubElement(parent, "note").text = note


def unit_element(unit: TranslationUnit) -> etree._Element:
    attributes = {"tuid": unit.tuid}
    if unit.created:
        attributes["creationdate"] = unit.created
    attributes.update(unit.attributes)
    tu = etree.Element("tu", attributes)
    _append_props_and_notes(tu, unit.props, unit.notes)
    for segment in unit.segments:
        tu.append(_segment_element(segment))
    return tu


def _indent(element: etree._Element, level: int) -> None:
    """Indent structure elements only: whitespace inside <seg> would change the text."""
    children = list(element)
    if not children or _local(element.tag) == "seg":
        return
    inner = "\n" + "  " * (level + 1)
    element.text = inner
    for child in children:
        _indent(child, level + 1)
        child.tail = inner
    children[-1].tail = "\n" + "  " * level


def write_stream(units: Iterable[TranslationUnit], out: IO[bytes], header: TmxHeader) -> int:
    """Stream ``units`` as TMX 1.4b to a binary stream; return how many were written."""
    count = 0
    with etree.xmlfile(out, encoding="UTF-8") as xml:
        xml.write_declaration()
        xml.write_doctype(DOCTYPE)
        with xml.element("tmx", version="1.4"):
            xml.write("\n  ")
            head = etree.Element("header", dict(header.attributes()))
            _append_props_and_notes(head, header.props, header.notes)
            xml.write(head, pretty_print=False)
            xml.write("\n  ")
            with xml.element("body"):
                xml.write("\n")
                for unit in units:
                    element = unit_element(unit)
                    _indent(element, 2)
                    xml.write("    ")
                    xml.write(element)
                    xml.write("\n")
                    count += 1
                xml.write("  ")
            xml.write("\n")
    out.write(b"\n")
    return count


def write(
    units: Iterable[TranslationUnit], sink: Path | str, header: TmxHeader | None = None
) -> int:
    """Write a TMX file atomically; return the number of units."""
    with atomic_binary_writer(sink) as out:
        return write_stream(units, out, header or TmxHeader())
