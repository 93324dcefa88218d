"""Reading sources: the seed texts, their hashes and their bibliographic metadata.

A seed is ``seeds/NAME.txt``: UTF-8 text (a byte order mark is dropped; CRLF is kept, so offsets
stay exact against the decoded text). Metadata is read from the text where it is there (the
``# headline``, a bold standfirst, the ``By ...`` byline, a dateline, ``Original url: <...>``) and
an optional reviewed sidecar ``seeds/NAME.meta.toml`` overrides or completes it. A new article
without a sidecar still builds.

Every problem is an :class:`~newsfigures.errors.InputError` naming the file, the line and the reason.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import InputError
from .extraction.dates.vocabulary import MONTH_WORDS, WEEKDAY_ABBREVIATIONS, WEEKDAYS
from .extraction.patterns import phrase_alternation
from .package.fields import ID_PATTERN, SOURCE_KINDS
from .package.provenance import display_form, running_text

SEED_SUFFIX = ".txt"
META_SUFFIX = ".meta.toml"
ANNOTATIONS_SUFFIX = ".annotations.toml"
#: Articles larger than this are refused: a news article is tens of kilobytes.
MAX_BYTES = 10_000_000
#: How many leading lines may hold the header (headline, standfirst, byline, dateline).
HEADER_LINES = 20

_ID_RE = re.compile(ID_PATTERN)
_URL_RE = re.compile(r"^https?://[A-Za-z0-9.-]+\.[A-Za-z]{2,}(?::\d+)?(?:/\S*)?$")
_LANG_RE = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]+)*$")
# Every pattern here runs in time linear in the text: no unbounded repeat may be retried from each of
# many starting points over the same characters (a headline of 20,000 '[' or 20,000 blank lines).
# A link text cannot hold '[' (so each '[' scans only to the next one), and nothing crosses a line.
_LINK_RE = re.compile(r"\[([^\[\]\n]*)\]\([^()\n]*\)")
_BYLINE_RE = re.compile(r"By\s+(?P<who>\S.*)")  # matched against a stripped line
# Line-start white space is [ \t]*, never \s* (which would run over every following blank line).
_ORIGINAL_URL_RE = re.compile(
    r"(?im)^[ \t]*(?:original[ \t]+)?url:[ \t]*(?:<[ \t]*(?P<a>[^\s<>]+)[ \t]*>|(?P<b>https?://\S+))?[ \t]*\r?$"
)
_ANGLE_URL_RE = re.compile(r"<[ \t]*(https?://[^\s<>]+)[ \t]*>|(https?://\S+)")  # fullmatched on a stripped line
_OPINION_RE = re.compile(r"\bopinion\s+(?:piece|pieces|column|columns)\b", re.IGNORECASE)


# The month and weekday names of the dates vocabulary (one list, loaded once), with their abbreviations, longest
# first ('sept' before 'sep') by the one builder of literal alternations.
_MONTHS = phrase_alternation(sorted(set(MONTH_WORDS)), r"\s+")
_WEEKDAYS = phrase_alternation(sorted({*WEEKDAYS, *WEEKDAY_ABBREVIATIONS}), r"\s+")
#: A day with its year: ``March 01, 2021``, ``Jan. 5, 2005``, ``1 March 2021``, ``2021-03-01``.
_DAY_WITH_YEAR = (
    rf"(?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    rf"|\d{{1,2}}\s+(?:{_MONTHS})\.?,?\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}}"
)
#: A header line that is a date and nothing else, as outlets print it: a weekday before it, a time of day
#: after it (``Wednesday, Jan. 5, 2005 10:32 AM ET``, ``2005-01-05T10:32:00.000Z``), a ``Published:`` label.
_DATELINE_RE = re.compile(
    rf"^\s*(?:(?:published|posted)(?:\s+on)?\s*:?\s+)?(?:(?:{_WEEKDAYS})\.?,?\s+)?(?P<date>{_DAY_WITH_YEAR})"
    r"(?:(?:,?\s+(?:at\s+)?|T)\d{1,2}[:.]\d{2}(?::\d{2}(?:[.,]\d{1,9})?)?(?:\s*[ap]\.?m\.?)?"
    r"(?-i:\s*(?:Z|[A-Z]{2,4}|[+-]\d{2}:?\d{2}))?)?\s*$",
    re.IGNORECASE,
)
#: A wire story's dateline opening its first paragraph: ``NEW YORK, Jan. 5, 2005 (Reuters) -``,
#: ``WASHINGTON, Jan. 5, 2005 (AP) --`` (a city in capitals, the day with its year, the agency, a dash).
_WIRE_DATELINE_RE = re.compile(
    rf"\s*[A-Z][A-Z.'’ -]{{1,40}}(?:,\s*[A-Z][A-Za-z.]{{1,20}}){{0,2}},\s+(?P<date>(?i:{_DAY_WITH_YEAR}))"
    r"\s*(?:\([^()\n]{1,40}\)\s*)?(?:-{1,2}|–|—)\s"
)

#: Keys a sidecar may hold, with what each means (also documented in the README).
SIDECAR_KEYS: dict[str, str] = {
    "source_id": "identifier to use instead of the file name",
    "title": "headline",
    "subtitle": "standfirst",
    "authors": "list of author names",
    "publisher": "publisher of this copy",
    "original_publisher": "first publisher, for a republication",
    "published": "publication date, YYYY-MM-DD",
    "url": "URL of the article (http or https)",
    "language": "BCP 47 language tag, e.g. en",
    "kind": "one of " + ", ".join(SOURCE_KINDS),
}


@dataclass(frozen=True)
class Source:
    """One article: its text and everything the sources table says of it."""

    source_id: str
    file: Path
    text: str
    sha256: str
    bytes: int
    title: str
    subtitle: str = ""
    authors: tuple[str, ...] = ()
    publisher: str = ""
    original_publisher: str = ""
    published: dt.date | None = None
    url: str = ""
    language: str = "en"
    kind: str = "news"
    metadata_origin: str = "text"
    annotations_file: Path | None = None
    sidecar_keys: frozenset[str] = field(default_factory=frozenset)
    #: The text's own dateline where the sidecar's ``published`` overrides it with another date (a build note).
    dateline: dt.date | None = None


# --- reading bytes --------------------------------------------------------------------------


#: Byte order marks of the encodings of text that is not UTF-8 (UTF-32's first: FF FE starts both), with
#: the name iconv converts them from (the mark tells it the byte order).
_WIDE_BOMS = (
    (b"\xff\xfe\x00\x00", "UTF-32 text (byte order mark FF FE 00 00)", "UTF-32"),
    (b"\x00\x00\xfe\xff", "UTF-32 text (byte order mark 00 00 FE FF)", "UTF-32"),
    (b"\xff\xfe", "UTF-16 text (byte order mark FF FE)", "UTF-16"),
    (b"\xfe\xff", "UTF-16 text (byte order mark FE FF)", "UTF-16"),
)


def wide_encoding(data: bytes) -> tuple[str, str] | None:
    """What a file saved as UTF-16 or UTF-32 shows in its first bytes (a byte order mark, or, for
    UTF-16 without one, a NUL in every other byte of mostly Latin text), and the encoding's name for
    iconv; or None. Such a file is text a user can convert, not the binary file its NUL bytes would
    otherwise make it. Without a mark the name says the byte order: glibc's iconv reads a bare
    ``UTF-16`` as little-endian, and turns big-endian text into CJK characters."""
    for bom, name, iconv in _WIDE_BOMS:
        if data.startswith(bom):
            return name, iconv
    head = data[: min(len(data), 64) // 2 * 2]
    if len(head) >= 4:
        even, odd = head[0::2], head[1::2]
        if not any(even) and all(odd):
            return "UTF-16 text (big-endian, no byte order mark)", "UTF-16BE"
        if all(even) and not any(odd):
            return "UTF-16 text (little-endian, no byte order mark)", "UTF-16LE"
    return None


def decode_seed(data: bytes, path: Path | str) -> str:
    """Decode a seed's bytes to text, refusing empty, binary and non-UTF-8 input with the line."""
    if not data:
        raise InputError(path, "the file is empty: an article needs text", line=1)
    wide = wide_encoding(data)
    if wide:
        reason = f"{wide[0]}; an article must be UTF-8: convert it, e.g. iconv -f {wide[1]} -t UTF-8"
        raise InputError(path, reason, line=1)
    nul = data.find(b"\x00")
    if nul >= 0:
        line = data.count(b"\n", 0, nul) + 1
        raise InputError(path, f"binary file: NUL byte at byte {nul}; an article must be UTF-8 text", line=line)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        column = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        bad = data[exc.start : exc.start + 1].hex()
        raise InputError(path, f"not valid UTF-8: byte 0x{bad} at column {column} ({exc.reason})", line=line) from None
    if text.startswith("\ufeff"):
        text = text[1:]
    if not text.strip():
        raise InputError(path, "the file holds only whitespace: an article needs text", line=1)
    lone_cr = text.count("\r") - text.count("\r\n")
    if lone_cr > text.count("\n"):
        # Every stage ends a line at LF (CRLF keeps its CR inside the line): read as one line, the text's
        # paragraphs would run into one another, its rows all say line 1, its "Original url:" line is lost.
        # Counted, not 'no LF at all': an editor's final LF after CR line ends leaves the text as unreadable.
        first = re.search(r"\r(?!\n)", text)
        raise InputError(
            path,
            "lines end in a lone CR (classic Mac OS); an article's lines end in LF or CRLF: convert it, "
            "e.g. tr '\\r' '\\n' < OLD > NEW",
            line=text.count("\n", 0, first.start() if first else 0) + 1,
        )
    return text


def read_bytes(path: Path, max_bytes: int = MAX_BYTES) -> bytes:
    """Read a regular file's bytes, at most ``max_bytes`` counted as read (``stat`` is not trusted: a
    device such as ``/dev/zero`` or a FIFO is refused, not read), turning every failure into InputError."""
    from .package.safe_io import TooLarge, UnsafeRead, read_file

    try:
        return read_file(path, max_bytes)
    except TooLarge as exc:
        size = f"{exc.size / 1e6:.1f} MB" if exc.size is not None else f"larger than {max_bytes / 1e6:.0f} MB"
        raise InputError(
            path,
            f"the file is {size}; articles over {max_bytes / 1e6:.0f} MB are refused "
            "(a news article is tens of kilobytes: is this the right file?)",
        ) from None
    except UnsafeRead as exc:
        reason = str(exc)
        if not reason.startswith("cannot"):
            reason = f"the file {reason}"
        raise InputError(path, reason) from None
    except OSError as exc:
        raise InputError(path, f"cannot read the file: {exc.strerror or exc}") from None


# --- metadata from the text -----------------------------------------------------------------


def strip_markup(line: str) -> str:
    """Drop Markdown heading marks, emphasis, link targets and escapes: ``# **[A](#) \\$5**`` -> ``A $5``."""
    if "[" in line:  # most lines hold no link: no substitution (a template parsed each call) for them
        line = _LINK_RE.sub(r"\1", line)
    line = line.strip().lstrip("#").strip()
    return display_form(line.replace("**", "").replace("__", "").strip("*_ ").strip())


def header_lines(text: str) -> list[str]:
    """The first non-empty lines of the text, where headline, byline and dateline live (a hard-wrapped
    standfirst is one line: see ``provenance.running_text``). Only ``\n`` ends a line (``\r\n`` too), as for every
    other stage: ``str.splitlines`` would also break at a form feed, U+2028 or U+0085 inside a headline."""
    out: list[str] = []
    for raw in running_text(text).split("\n"):
        if raw.strip():
            out.append(raw.strip())
        if len(out) >= HEADER_LINES:
            break
    return out


def find_title(lines: list[str]) -> str:
    """The first Markdown H1 (``# ...``), else the first non-empty line."""
    for line in lines:
        if line.startswith("# "):
            return strip_markup(line)
    return strip_markup(lines[0]) if lines else ""


def find_subtitle(lines: list[str], title: str) -> str:
    """A standfirst: the wholly bold line right after the headline."""
    for i, line in enumerate(lines):
        if strip_markup(line) == title and i + 1 < len(lines):
            nxt = lines[i + 1]
            if nxt.startswith("**") and nxt.endswith("**") and len(nxt) > 4:
                return strip_markup(nxt)
            return ""
    return ""


def split_byline(who: str) -> tuple[tuple[str, ...], str]:
    """``A and B for Outlet`` -> ((A, B), Outlet): authors and the outlet they wrote for."""
    who = " ".join(strip_markup(who).split())  # single spaces: the patterns below then never rescan a run
    outlet = ""
    m = re.match(r"^(?P<names>.+?)\s+for\s+(?P<outlet>.+)$", who)
    if m:
        who, outlet = m.group("names"), m.group("outlet").strip()
    names = [n.strip() for n in re.split(r",\s*|\s+and\s+|\s*&\s*", who) if n.strip()]
    return tuple(names), outlet


def find_byline(lines: list[str]) -> tuple[tuple[str, ...], str]:
    """Authors and original outlet from a ``By ...`` line of the header."""
    for line in lines:
        m = _BYLINE_RE.fullmatch(strip_markup(line).strip())
        if m:
            return split_byline(m.group("who").strip())
    return (), ""


def parse_dateline(line: str) -> dt.date | None:
    """A header line that is just a date (``March 01, 2021``, ``1 March 2021``, ``2021-03-01``, with a weekday,
    a time of day or a ``Published:`` label), or a wire story's lede opening with its dateline
    (``NEW YORK, Jan. 5, 2005 (Reuters) - ...``)."""
    return _dateline_day(_DATELINE_RE.match(line) or _WIRE_DATELINE_RE.match(line))


def _dateline_day(m: re.Match[str] | None) -> dt.date | None:
    """The day a dateline's match names (its group ``date``); None without a match or for a day the calendar lacks."""
    if not m:
        return None
    from dateutil import parser as date_parser

    try:
        return date_parser.parse(m.group("date"), default=dt.datetime(1900, 1, 1)).date()
    except (ValueError, OverflowError):
        return None


def lede_lines(lines: list[str]) -> list[str]:
    """The header lines a wire dateline may open: the lede (the first line after the headline that is not
    its standfirst, byline, dateline or URL line) and the first line (a text with no headline opens with
    its lede). Not any header line: a paragraph further down that quotes a release ('LONDON, 3 March 2005 -
    the firm said ...') does not date the story."""
    start = next((i for i, line in enumerate(lines) if line.startswith("# ")), 0)
    out = lines[:1]
    for line in lines[start + 1 :]:
        plain = strip_markup(line)
        header = line.startswith("**") and line.endswith("**")  # a standfirst
        if header or _BYLINE_RE.fullmatch(plain) or _DATELINE_RE.match(plain) or _ORIGINAL_URL_RE.match(line):
            continue
        out.append(line)
        break
    return out


def find_published(lines: list[str]) -> dt.date | None:
    """The first dateline of the header (a line that is a date), else the dateline opening a wire lede."""
    for line in lines:
        found = _dateline_day(_DATELINE_RE.match(strip_markup(line)))  # a line that is a date, not a wire lede
        if found:
            return found
    for line in lede_lines(lines):
        found = parse_dateline(strip_markup(line))
        if found:
            return found
    return None


def find_url(text: str) -> str:
    """The URL given by an ``Original url:`` (or ``URL:``) line, on the same or the next line."""
    m = _ORIGINAL_URL_RE.search(text)
    if not m:
        return ""
    url = m.group("a") or m.group("b")
    if url:
        return url
    for line in text[m.end() :].split("\n"):  # only '\n' ends a line, as in the pattern's '$'
        if line.strip():
            nxt = _ANGLE_URL_RE.fullmatch(line.strip())
            return (nxt.group(1) or nxt.group(2)) if nxt else ""
    return ""


def host_of(url: str) -> str:
    """The host of a URL without a leading ``www.``."""
    m = re.match(r"^https?://(?:www\.)?([^/:]+)", url)
    return m.group(1) if m else ""


def lead_from_text(text: str) -> tuple[str, str]:
    """The headline and standfirst the text begins with (title, subtitle): what the rows of a bare text need of the
    metadata (``package.tables.text_rows``, the restatements bench; ``extract`` reads :func:`extract_lead`).

    A tenth of :func:`metadata_from_text`'s cost: the byline, dateline, URL and opinion searches
    (the last two over the whole text) are not run.
    """
    lines = header_lines(text)
    title = find_title(lines)
    return title, find_subtitle(lines, title)


def extract_lead(path: Path | None, text: str) -> tuple[str, str, dt.date | None, str]:
    """Headline, standfirst, publication date and source id (``""``: none given) of a text as the build reads
    them, for ``newsfigures extract``: the text's header (its dateline too: without it, 'Feb. 22' in a story
    dated 'March 01, 2021' was read as 2022-02-22), overridden by the ``NAME.meta.toml`` beside a ``.txt``
    file, checked as the build checks it (its ``source_id`` names the rows' ids, as in the build)."""
    lines = header_lines(text)
    title = find_title(lines)
    meta: dict[str, Any] = {"title": title, "subtitle": find_subtitle(lines, title), "published": find_published(lines)}
    if path is not None and path.name.endswith(SEED_SUFFIX):
        meta.update(read_sidecar(path))
    return meta["title"], meta["subtitle"], meta["published"], meta.get("source_id", "")


def metadata_from_text(text: str) -> dict[str, Any]:
    """Everything the article text itself says about the article."""
    lines = header_lines(text)
    title = find_title(lines)
    authors, outlet = find_byline(lines)
    url = find_url(text)
    return {
        "title": title,
        "subtitle": find_subtitle(lines, title),
        "authors": authors,
        "original_publisher": outlet,
        "published": find_published(lines),
        "url": url,
        "publisher": host_of(url),
        "kind": "opinion" if _OPINION_RE.search(text) else "news",
    }


# --- the sidecar ----------------------------------------------------------------------------


def key_line(raw: str, key: str) -> int | None:
    """The line where ``key =`` is set in a TOML text, for error messages."""
    m = re.search(rf"(?m)^[ \t]*{re.escape(key)}[ \t]*=", raw)
    return raw.count("\n", 0, m.start()) + 1 if m else None


def toml_error_line(exc: tomllib.TOMLDecodeError) -> int | None:
    """The line tomllib names in its message ``... (at line 3, column 9)``."""
    m = re.search(r"at line (\d+)", str(exc))
    return int(m.group(1)) if m else None


def load_toml(path: Path) -> tuple[dict[str, Any], str]:
    """Parse a TOML file, turning syntax and encoding errors into InputError with the line."""
    data = read_bytes(path)
    try:
        raw = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(path, f"not valid UTF-8 ({exc.reason})", line=data.count(b"\n", 0, exc.start) + 1) from None
    try:
        return tomllib.loads(raw), raw
    except RecursionError:
        raise InputError(path, "not valid TOML here: arrays or tables nested too deeply") from None
    except tomllib.TOMLDecodeError as exc:
        reason = re.sub(r"\s*\(at line \d+, column \d+\)", "", str(exc))
        raise InputError(path, f"not valid TOML: {reason}", line=toml_error_line(exc)) from None


def sidecar_authors(value: Any, path: Path, line: int | None) -> tuple[str, ...]:
    """A sidecar's ``authors``: a list of names. A string is refused, not taken as one name: the README
    asks for a list, and ``"A and B"`` or ``"A, B"`` would otherwise become one author in the sources
    table and CITATION.cff without a word."""
    if isinstance(value, str):
        example = json.dumps(value.strip() or "Jane Roe", ensure_ascii=False)  # a TOML basic string
        raise InputError(path, f"authors must be a list of names, one string each: authors = [{example}]", line=line)
    if not isinstance(value, list) or not all(isinstance(a, str) and a.strip() for a in value):
        raise InputError(path, "authors must be a list of names", line=line)
    return tuple(a.strip() for a in value)


def check_sidecar(values: dict[str, Any], raw: str, path: Path) -> dict[str, Any]:
    """Validate a sidecar's keys and values; return them normalized (authors tuple, date)."""
    out: dict[str, Any] = {}
    for key, value in values.items():
        line = key_line(raw, key)
        if key not in SIDECAR_KEYS:
            known = ", ".join(SIDECAR_KEYS)
            raise InputError(path, f"unknown key {key!r} (known keys: {known})", line=line)
        if key == "published":
            out[key] = sidecar_date(value, path, line)
        elif key == "authors":
            out[key] = sidecar_authors(value, path, line)
        elif not isinstance(value, str):
            raise InputError(path, f"{key} must be a string, not {type(value).__name__}", line=line)
        elif key == "url" and not _URL_RE.match(value):
            raise InputError(path, f"url {value!r} is not an http(s) URL", line=line)
        elif key == "language" and not _LANG_RE.match(value):
            raise InputError(path, f"language {value!r} is not a BCP 47 tag such as 'en'", line=line)
        elif key == "kind" and value not in SOURCE_KINDS:
            raise InputError(path, f"kind {value!r} is not one of {', '.join(SOURCE_KINDS)}", line=line)
        elif key == "source_id" and not _ID_RE.fullmatch(value):
            raise InputError(path, f"source_id {value!r} must match {ID_PATTERN}", line=line)
        else:
            out[key] = value.strip()
    return out


def sidecar_date(value: Any, path: Path, line: int | None) -> dt.date:
    """A sidecar date: a TOML date or a ``YYYY-MM-DD`` string."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise InputError(path, f"published {value!r} is not a date of the form YYYY-MM-DD", line=line)


# --- putting a source together --------------------------------------------------------------


def read_source(path: Path, max_bytes: int = MAX_BYTES) -> Source:
    """Read one seed and its optional sidecar into a Source."""
    data = read_bytes(path, max_bytes)
    text = decode_seed(data, path)
    meta = metadata_from_text(text)
    origin = "text"
    sidecar_path = sidecar_of(path)
    sidecar = read_sidecar(path)
    if sidecar_path.exists():
        origin = "sidecar" if not any(meta.get(k) for k in meta if k not in sidecar) else "text_and_sidecar"
    merged = {**meta, **sidecar}
    dateline = meta.get("published")
    overridden = dateline if dateline is not None and merged.get("published") not in (None, dateline) else None
    stem = path.name[: -len(SEED_SUFFIX)]
    source_id = merged.pop("source_id", stem)
    if not _ID_RE.fullmatch(source_id):  # fullmatch: '$' alone would let a final newline through
        reason = (  # a sidecar's source_id is checked where it is read: this id is the file name's
            f"the file name gives the source id {source_id!r}, which must match {ID_PATTERN}: "
            f"rename the file, or give source_id in {sidecar_path.name}"
        )
        raise InputError(path, reason)
    if not merged.get("title"):
        raise InputError(path, "no headline found: the first non-empty line is taken as the headline", line=1)
    annotations = path.with_name(stem + ANNOTATIONS_SUFFIX)
    return Source(
        source_id=source_id,
        file=path,
        text=text,
        sha256=hashlib.sha256(data).hexdigest(),
        bytes=len(data),
        metadata_origin=origin,
        annotations_file=annotations if annotations.exists() else None,
        sidecar_keys=frozenset(sidecar),
        dateline=overridden,
        **merged,
    )


def seed_files(seeds: Path) -> list[Path]:
    """The ``*.txt`` seeds of a directory, sorted by name (independent of file system order)."""
    if not seeds.exists():
        raise InputError(seeds, "the seed directory does not exist")
    if not seeds.is_dir():
        raise InputError(seeds, "the seed path is not a directory")
    try:
        named = sorted((p for p in seeds.iterdir() if p.name.endswith(SEED_SUFFIX)), key=lambda p: p.name)
    except OSError as exc:
        raise InputError(seeds, f"cannot list the seed directory: {exc.strerror or exc}") from None
    for p in named:
        if p.is_symlink() and not p.exists():
            raise InputError(p, f"a broken symbolic link (to {os.readlink(p)})")
    files = [p for p in named if p.is_file()]  # a folder or a device named *.txt is not an article
    if not files:
        raise InputError(seeds, "the seed directory holds no .txt article")
    return files


def orphan_sidecars(seeds: Path, files: Iterable[Path]) -> list[Path]:
    """Sidecar or annotation files whose article is missing (usually a typo in the name)."""
    stems = {p.name[: -len(SEED_SUFFIX)] for p in files}
    out = []
    for p in sorted(seeds.iterdir(), key=lambda p: p.name):
        for suffix in (META_SUFFIX, ANNOTATIONS_SUFFIX):
            if p.name.endswith(suffix) and p.name[: -len(suffix)] not in stems:
                out.append(p)
    return out


def read_sources(seeds: Path, max_bytes: int = MAX_BYTES) -> list[Source]:
    """Read every seed of a directory; refuse duplicate source ids and orphan sidecars."""
    files = seed_files(seeds)
    for orphan in orphan_sidecars(seeds, files):
        raise InputError(orphan, "no article of this name: the matching .txt file is missing")
    sources = [read_source(p, max_bytes) for p in files]
    seen: dict[str, Source] = {}
    for s in sources:
        key = s.source_id.lower()
        if key in seen:
            # Blame the sidecar that set the id, if only one of the two did.
            first = seen[key]
            by_sidecar = "source_id" in first.sidecar_keys and "source_id" not in s.sidecar_keys
            culprit, other = (first, s) if by_sidecar else (s, first)
            where, line = id_origin(culprit)
            raise InputError(
                where,
                f"source id {culprit.source_id!r} is already claimed by {other.file.name} (ids are case-insensitive)",
                line=line,
            )
        seen[key] = s
    return sources


def id_origin(source: Source) -> tuple[Path, int | None]:
    """Where a source's id comes from: the sidecar's ``source_id`` line, or the file name."""
    if "source_id" not in source.sidecar_keys:
        return source.file, None
    sidecar = sidecar_of(source.file)
    return sidecar, key_line(read_bytes(sidecar).decode("utf-8"), "source_id")


def sidecar_of(seed: Path) -> Path:
    """The metadata sidecar path of a seed (which may not exist)."""
    return seed.with_name(seed.name[: -len(SEED_SUFFIX)] + META_SUFFIX)


def read_sidecar(seed: Path) -> dict[str, Any]:
    """The checked keys of a seed's ``NAME.meta.toml`` ({} when there is none): what the build and ``extract``
    both read over the text's own header (:func:`read_source`, :func:`extract_lead`), refused alike."""
    sidecar_path = sidecar_of(seed)
    if not sidecar_path.exists():
        return {}
    values, raw = load_toml(sidecar_path)
    return check_sidecar(values, raw, sidecar_path)
