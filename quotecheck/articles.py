"""Files, folders, corpora and standard input -> Article records.

Reading never stops a run: a file that cannot be read as text is reported in
one line naming it (through ``warn``) and the other files are still read. Only
a path named on the command line that does not exist is an error of its own.
"""

from __future__ import annotations

import codecs
import csv
import errno
import json
import os
import stat
import sys
from pathlib import Path
from typing import Callable, Iterable, Iterator, Optional

import regex

from .errors import InputError
from .models import Article

#: File endings read from folders; a file named explicitly is read whatever it ends with.
ARTICLE_SUFFIXES = (".txt", ".md", ".html", ".htm", ".jsonl")

Warn = Callable[[str], None]


def warn_stderr(message: str) -> None:
    """Default warning sink: one line on standard error."""
    print(f"quotecheck: {message}", file=sys.stderr)


def read_articles(paths: Iterable[str], warn: Warn = warn_stderr) -> Iterator[Article]:
    """Yield every article under ``paths`` (files, folders, ``-`` for stdin), in order.

    Raises InputError before reading anything if a named path does not exist,
    so a typo is not mistaken for an empty corpus.
    """
    paths = list(paths)
    for path in paths:
        if path != "-" and not os.path.lexists(path):
            raise InputError(f"{path}: no such file or directory")
    for path in paths:
        if path == "-":
            yield from _read_stdin(warn)
            continue
        for file, name in iter_files(path, warn):
            yield from read_file(file, name, warn)


def iter_files(path: str, warn: Warn = warn_stderr) -> Iterator[tuple[str, str]]:
    """Yield ``(file path, article id)`` for a file or every article file below a folder.

    The id is the file's path below the folder given, led by that folder's
    own name (``seeds/000.txt`` for ``seeds``, ``./seeds/`` or its absolute
    path); a file named on its own is led by the name of its folder, so it
    keeps the id it has when its folder is read. Ids do not change with the
    working directory, and ``x/story.txt`` and ``y/story.txt`` stay apart.
    Symlinked folders are followed once: a loop is reported, not walked forever.
    """
    if not os.path.isdir(path):
        yield path, _led_by(os.path.dirname(os.path.abspath(path)), os.path.basename(path))
        return
    seen = set()
    for root, dirs, files in os.walk(path, followlinks=True, onerror=lambda e: warn(f"{e.filename}: {e.strerror}")):
        real = os.path.realpath(root)
        if real in seen:
            warn(f"{root}: symbolic link loop, not followed")
            dirs[:] = []
            continue
        seen.add(real)
        dirs.sort()
        for name in sorted(files):
            full = os.path.join(root, name)
            if name.lower().endswith(ARTICLE_SUFFIXES) and _regular_file(full, warn):
                yield full, _led_by(os.path.abspath(path), os.path.relpath(full, path).replace(os.sep, "/"))


def _led_by(folder: str, relative: str) -> str:
    """``relative`` led by the last name of ``folder`` (none for the root)."""
    name = os.path.basename(os.path.normpath(folder))
    return f"{name}/{relative}" if name else relative


def _regular_file(full: str, warn: Warn) -> bool:
    """Only regular files are read from folders: a FIFO named ``x.txt`` would
    block the run forever, and a broken link has nothing to read.

    A path named on the command line is read whatever it is, so
    ``quotecheck extract <(curl ...)`` still works.
    """
    try:
        mode = os.stat(full).st_mode
    except OSError as exc:
        broken = exc.errno == errno.ENOENT and os.path.islink(full)
        warn(f"{full}: skipped: {'broken symbolic link' if broken else exc.strerror}")
        return False
    if stat.S_ISREG(mode):
        return True
    warn(f"{full}: skipped: not a regular file (a pipe, socket or device)")
    return False


def read_file(file: str, name: str, warn: Warn = warn_stderr) -> Iterator[Article]:
    """Yield the article(s) of one file; a corpus ``.jsonl`` yields one per line."""
    if file.lower().endswith(".jsonl"):
        yield from read_jsonl_file(file, warn)
        return
    try:
        data = Path(file).read_bytes()
    except OSError as exc:
        warn(f"{file}: cannot read: {exc.strerror or exc}")
        return
    text = decode(data, file, warn)
    if text is None:
        return
    if file.lower().endswith((".html", ".htm")):
        text = html_to_text(text)
        if not text.strip():
            warn(f"{file}: skipped: no article text in the page")
            return
    if not text.strip():
        warn(f"{file}: skipped: empty file")
        return
    meta = sources_metadata(file).get(os.path.basename(file), {})
    yield make_article(name, file, text, meta)


def read_jsonl_file(file: str, warn: Warn = warn_stderr) -> Iterator[Article]:
    """A ``.jsonl`` corpus read line by line, so memory stays flat however large it is.

    Each line is decoded and repaired on its own: one line of mojibake no
    longer sends the whole corpus through ftfy. UTF-16/32 files (rare, and
    not splittable on the byte ``\\n``) are still read whole.
    """
    try:
        handle = open(file, "rb")
    except OSError as exc:
        warn(f"{file}: cannot read: {exc.strerror or exc}")
        return
    with handle:
        head = handle.read(8192)
        handle.seek(0)
        if head.startswith(tuple(bom for bom, encoding in _BOMS if encoding != "utf-8-sig")):
            text = decode(handle.read(), file, warn)
            yield from parse_jsonl(text, file, warn) if text is not None else ()
            return
        if b"\x00" in head:
            warn(f"{file}: skipped: binary file (NUL bytes), not text")
            return
        for number, raw in enumerate(handle, 1):
            line = decode(raw, f"{file}:{number}", warn)
            article = parse_jsonl_line(line, number, file, warn) if line is not None else None
            if article is not None:
                yield article


def _read_stdin(warn: Warn) -> Iterator[Article]:
    """Standard input is one article, or a corpus when it looks like JSON lines."""
    data = sys.stdin.buffer.read()
    text = decode(data, "<stdin>", warn)
    if text is None:
        return
    if not text.strip():
        warn("<stdin>: skipped: empty input")
        return
    if text.lstrip().startswith("{"):
        yield from parse_jsonl(text, "<stdin>", warn)
    else:
        yield make_article("<stdin>", "<stdin>", text, {})


# --- decoding -----------------------------------------------------------------

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_DECLARED = regex.compile(rb"""(?i)(?:charset|encoding)\s*=\s*["']?([A-Za-z0-9_.:-]+)""")
#: Byte pairs that UTF-8 text read as Windows-1252 leaves behind ("â€œ" for “).
_MOJIBAKE = regex.compile("[ÃÂâ][\u0080-\u00bf\u2018-\u203a\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc€]")


def decode(data: bytes, file: str, warn: Warn = warn_stderr) -> Optional[str]:
    """Bytes -> text: UTF-8 (BOM or not), else the declared charset, else detection.

    Returns None (after one warning naming the file) for binary data. Mojibake
    left by a wrong decoding upstream is repaired without touching real quote
    marks.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _repair(data.decode(encoding, errors="replace"), file, warn)
    if b"\x00" in data:
        warn(f"{file}: skipped: binary file (NUL bytes), not text")
        return None
    if _looks_binary(data):
        warn(f"{file}: skipped: not text (control bytes), in any encoding")
        return None
    try:
        return _repair(data.decode("utf-8"), file, warn)
    except UnicodeDecodeError:
        pass
    text = _mostly_utf8(data)
    if text is not None:
        warn(f"{file}: invalid UTF-8: {_broken(text, data)} broken byte sequence(s) read as U+FFFD")
        return _repair(text, file, warn)
    encoding = _declared_charset(data) or _detect(data)
    if encoding is None:
        warn(f"{file}: skipped: not text in any encoding quotecheck recognises")
        return None
    warn(f"{file}: not UTF-8; read as {encoding}")
    return _repair(data.decode(encoding, errors="replace"), file, warn)


def _mostly_utf8(data: bytes) -> Optional[str]:
    """UTF-8 with a few broken sequences (a scraper cut a character in two).

    Read as UTF-8 when valid multi-byte characters outnumber broken ones:
    Windows-1252 text almost never forms valid UTF-8 sequences, so guessing a
    legacy encoding here would garble every curly quote around the one bad byte.
    """
    text = data.decode("utf-8", errors="replace")
    broken = _broken(text, data)
    wide = sum(1 for ch in text if ord(ch) > 127) - text.count("\ufffd")
    return text if broken <= wide else None


def _broken(text: str, data: bytes) -> int:
    """Replacement characters decoding added (not those already in the file)."""
    return text.count("\ufffd") - data.count("\ufffd".encode("utf-8"))


def _declared_charset(data: bytes) -> Optional[str]:
    """The charset an HTML or XML head declares, if Python knows it."""
    match = _DECLARED.search(data[:4096])
    if not match:
        return None
    try:
        return codecs.lookup(match.group(1).decode("ascii")).name
    except (LookupError, UnicodeDecodeError):
        return None


def _detect(data: bytes) -> Optional[str]:
    """Guess an encoding; Windows-1252 first, the commonest legacy news encoding.

    charset-normalizer alone was seen calling Windows-1252 news text
    Windows-1250, which turns curly quotes into other letters.
    """
    if _looks_binary(data):
        return None
    try:
        data.decode("cp1252")
        return "cp1252"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    return best.encoding if best is not None else None


#: Every byte but the control bytes that are not whitespace: deleting these
#: leaves the control bytes to count.
_NOT_CONTROL = bytes(b for b in range(256) if b >= 32 or b in (9, 10, 12, 13))


def _looks_binary(data: bytes) -> bool:
    """Control bytes other than whitespace in more than 1% of the sample.

    Counted in C by ``bytes.translate``: a loop over the bytes was a third of
    the time to read a corpus, as every line is tested.
    """
    sample = data[:8192]
    control = len(sample.translate(None, _NOT_CONTROL))
    return control > len(sample) // 100


def _repair(text: str, file: str = "", warn: Warn = lambda message: None) -> str:
    """Undo UTF-8-read-as-1252 mojibake; ftfy's fix_encoding keeps curly quotes.

    Said on stderr when it changes anything: offsets then count the repaired
    text, not the bytes of the file.
    """
    # Every mojibake pair opens with Ã, Â or â: three plain searches clear
    # almost every text before the regular expression is tried.
    if not ("â" in text or "Ã" in text or "Â" in text) or not _MOJIBAKE.search(text):
        return text
    import ftfy

    fixed = ftfy.fix_encoding(text)
    if fixed != text:
        warn(f"{file}: repaired mis-decoded characters (mojibake such as \"\u00e2\u20ac\u0153\" for \u201c)")
    return fixed


# --- formats --------------------------------------------------------------------


def parse_jsonl(text: str, file: str, warn: Warn = warn_stderr) -> Iterator[Article]:
    """A corpus: one JSON article per line, ``{"id", "text"}`` plus optional metadata.

    A bad line is reported with its number and skipped; the others are read.
    """
    for number, line in enumerate(text.splitlines(), 1):
        article = parse_jsonl_line(line, number, file, warn)
        if article is not None:
            yield article


def parse_jsonl_line(line: str, number: int, file: str, warn: Warn = warn_stderr) -> Optional[Article]:
    """One corpus line -> Article, or None (with a warning unless blank)."""
    if not line.strip():
        return None
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        warn(f"{file}:{number}: skipped: not valid JSON ({exc.msg})")
        return None
    where = f"{file}:{number}"
    if not isinstance(record, dict):
        warn(f"{where}: skipped: a corpus line must be a JSON object, not {_json_type(record)}")
        return None
    if "text" not in record:
        warn(f"{where}: skipped: a corpus line needs a \"text\" string")
        return None
    if not isinstance(record["text"], str):
        warn(f"{where}: skipped: field \"text\" must be a string, not {_json_type(record['text'])}")
        return None
    if _SURROGATE.search(record["text"]):
        warn(f"{where}: lone UTF-16 surrogates in the text, replaced by U+FFFD")
    ident = without_surrogates(_corpus_id(record, where, f"{os.path.basename(file)}:{number}", warn))
    meta = {k: _metadata_field(record, k, where, warn) for k in METADATA_FIELDS}
    meta["outlet"] = meta["outlet"] or meta.pop("publisher")
    meta = {k: without_surrogates(v) if isinstance(v, str) else v for k, v in meta.items()}
    return make_article(ident, file, record["text"], meta)


#: Optional string fields of a corpus line; ``publisher`` stands in for a missing ``outlet``.
METADATA_FIELDS = ("outlet", "date", "title", "url", "publisher")


def _json_type(value) -> str:
    """The JSON name of a value's type, for a message a corpus author understands."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return "a number"
    return {dict: "an object", list: "an array", str: "a string"}.get(type(value), type(value).__name__)


def _corpus_id(record: dict, where: str, default: str, warn: Warn) -> str:
    """The line's ``id`` as a string: numbers are converted, anything else is replaced.

    A list or object id made the workbook fail on an unhashable key; the
    line's place in the file (``corpus.jsonl:12``) is used instead.
    """
    ident = record.get("id")
    if isinstance(ident, str):
        return ident
    if isinstance(ident, (int, float)) and not isinstance(ident, bool):
        return str(ident)
    if ident is not None:
        warn(f"{where}: field \"id\" must be a string or a number, not {_json_type(ident)}; using {default}")
    return default


def _metadata_field(record: dict, key: str, where: str, warn: Warn) -> Optional[str]:
    """An optional metadata field: a string or null; anything else is ignored with a warning.

    An outlet given as a list reached the grouping step as a dictionary key
    and ended the run with an internal error.
    """
    value = record.get(key)
    if value is None or isinstance(value, str):
        return value
    warn(f"{where}: field \"{key}\" must be a string or null, not {_json_type(value)}; ignored")
    return None


def html_to_text(html: str) -> str:
    """The article text of an HTML page, without navigation, scripts or styles.

    trafilatura (the ``html`` extra) removes boilerplate; without it the
    standard library's parser keeps the text of content elements only.
    """
    try:
        import trafilatura
    except ImportError:
        from ._html import visible_text

        return visible_text(html)
    # favor_precision: on short pages the default falls back to keeping menus and <noscript> text
    extracted = trafilatura.extract(html, include_comments=False, include_tables=False, favor_precision=True)
    if extracted:
        return extracted
    from ._html import visible_text

    return visible_text(html)


# --- metadata -------------------------------------------------------------------

_SOURCE_LINE = regex.compile(r"(?mi)^[ \t]*source:[ \t]*(?P<value>[^\s][^\n]*?)[ \t]*$")
_DATE_LINE = regex.compile(r"(?i)[ \t]*(?P<all>date[ \t:]+(?P<value>\d{4}-\d{2}-\d{2}))")
_BLANK = regex.compile(r"\s*")
_OUTLET_TAIL = regex.compile(r"(?i)\s+(?:and|&)\s+(?:news\s+)?agencies\b.*$")


def make_article(ident: str, path: str, text: str, meta: dict) -> Article:
    """Build an Article, filling outlet, date and title from metadata lines when absent.

    The text is kept as read: metadata lines are recorded as spans so that
    extraction skips them while offsets stay true to the file. Lone UTF-16
    surrogates (a JSON corpus can escape them: ``"\\ud800"``) become U+FFFD,
    one for one, so offsets hold and the text can be written as UTF-8.
    """
    text = without_surrogates(text)
    spans = []
    outlet, date, title = meta.get("outlet"), meta.get("date"), meta.get("title")
    match = _header_date(text)
    if match:
        spans.append(match.span("all"))
        date = date or match.group("value")
    for match in _SOURCE_LINE.finditer(text):
        spans.append(match.span())
        outlet = outlet or _OUTLET_TAIL.sub("", match.group("value")).strip()
    title = title or _first_line_title(text)
    outlet = outlet or Path(ident).stem
    return Article(
        id=ident, path=path, text=text, outlet=outlet, date=date, title=title,
        url=meta.get("url"), metadata_spans=tuple(sorted(spans)),
    )


def _header_date(text: str):
    """The first ``date YYYY-MM-DD`` line of the header block, as a match, or None.

    The header is the run of metadata lines (``Source: ...``, ``date ...``,
    in any order, blank lines between) before the first line of prose: a
    date after a Source line was missed when only the very start was
    looked at. A date followed by prose on its line (``date 2022-01-10 With
    diplomats ...``) is the header's last line. Source lines are recognised
    anywhere, as before.
    """
    at = _BLANK.match(text).end()
    while at < len(text):
        # Matched within the line: left free, the pattern looked for "date"
        # all the way to the end of the text from every header line.
        start = text.rfind("\n", 0, at) + 1
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        match = _DATE_LINE.match(text, start, end)
        if match:
            return match
        if not _SOURCE_LINE.match(text, start, end):
            return None
        at = _BLANK.match(text, end).end()
    return None


_SURROGATE = regex.compile("[\ud800-\udfff]")


def without_surrogates(text: str) -> str:
    """Replace each lone surrogate by U+FFFD; every other character is kept."""
    if not _SURROGATE.search(text):
        return text
    return _SURROGATE.sub("\ufffd", text)


def _first_line_title(text: str) -> Optional[str]:
    """A first line followed by a blank line and without a final period is a headline."""
    head, sep, rest = text.lstrip("\ufeff").partition("\n")
    head = head.strip()
    if _SOURCE_LINE.match(head) or _DATE_LINE.match(head):
        return None  # "Source: Reuters" on the first line is metadata, not a headline
    if sep and rest.startswith(("\n", "\r\n")) and head and len(head) < 200 and not head.endswith("."):
        return head
    return None


_SOURCES_CACHE: dict = {}


def sources_metadata(file: str) -> dict:
    """``sources.csv`` beside a file: file name -> {outlet, date, title, url}."""
    folder = os.path.dirname(os.path.abspath(file))
    if folder not in _SOURCES_CACHE:
        _SOURCES_CACHE[folder] = _read_sources(os.path.join(folder, "sources.csv"))
    return _SOURCES_CACHE[folder]


def _read_sources(csv_path: str) -> dict:
    """Parse a sources.csv with a ``file`` column; missing or broken files give {}."""
    try:
        with open(csv_path, newline="", encoding="utf-8-sig") as handle:
            rows = list(csv.DictReader(handle))
    except (OSError, UnicodeDecodeError, csv.Error):
        return {}
    table = {}
    for row in rows:
        name = (row.get("file") or "").strip()
        if name:
            table[name] = {k: (row.get(k) or "").strip() or None for k in ("outlet", "date", "title", "url")}
    return table
