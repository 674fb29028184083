"""Quotes and variant groups -> the fact-checker's workbook (.xlsx).

Sheets: Summary, Quotes, Variants, Unattributed, Articles, Retired. The
workbook is streamed (openpyxl write-only mode) so a large corpus is written
row by row, and it is saved to a temporary file renamed into place, so a
crash never leaves a half-written report where the old one was.

A reviewer's Verdict and Notes are the only thing in the workbook a person
writes; they are read back from the previous report and carried over to the
same quote ID, and the reviewed quotes that no longer appear go to Retired.
"""

from __future__ import annotations

import glob
import os
import re
import secrets
import zipfile
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from typing import Iterable, Optional

from openpyxl import Workbook, load_workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from . import __version__
from .compare import SEVERITY, group_of_quote
from .errors import InputError, UsageError

#: What the Verdict dropdown offers; the first is what a new quote starts with.
VERDICTS = ("unchecked", "verified", "misquoted", "misattributed", "needs source")
#: Written into the workbook's properties: how a later run knows the file is ours.
MARKER = "quotecheck-report"
#: Excel's limit on the characters of one cell.
CELL_LIMIT = 32767

QUOTE_COLUMNS = (("ID", 13), ("Article", 30), ("Outlet", 14), ("Line", 6), ("Speaker", 18), ("Title", 18),
                 ("Cue", 10), ("Channel", 18), ("Kind", 9), ("Quote", 50), ("Context", 60), ("Group", 13),
                 ("Verdict", 14), ("Notes", 30))
VARIANT_COLUMNS = (("Group", 13), ("Group variant", 14), ("Speaker", 18), ("Outlets", 20), ("Reference", 45),
                   ("Wording (diff to reference)", 55), ("Variant", 14), ("Article", 30), ("Outlet", 14),
                   ("Line", 6), ("Quoted speaker", 18), ("Channel", 18), ("Quote ID", 13))
UNATTRIBUTED_COLUMNS = (("ID", 13), ("Article", 30), ("Outlet", 14), ("Line", 6), ("Kind", 9),
                        ("Quote", 50), ("Context", 70))
ARTICLE_COLUMNS = (("Article", 32), ("Path", 40), ("Outlet", 16), ("Date", 12), ("Title", 50), ("Quotes", 8),
                   ("Unattributed", 12))
RETIRED_COLUMNS = (("ID", 13), ("Article", 30), ("Outlet", 14), ("Speaker", 18), ("Quote", 50), ("Verdict", 14),
                   ("Notes", 30), ("Retired on", 12))
#: Columns whose text is long enough to wrap.
WRAPPED = {"Quote", "Context", "Reference", "Wording (diff to reference)", "Notes", "Title", "Path", "Outlets"}

#: Rich-text run properties: deleted words struck through in red, inserted words bold green.
#: Runs name their font: without one, LibreOffice falls back to a serif.
DELETED = '<rPr><rFont val="Calibri"/><strike val="1"/><color rgb="FFC00000"/><sz val="11"/></rPr>'
INSERTED = '<rPr><rFont val="Calibri"/><b val="1"/><color rgb="FF00802B"/><sz val="11"/></rPr>'
HEADER_FONT = Font(name="Calibri", size=11, bold=True)
LINK_FONT = Font(name="Calibri", size=11, color="FF0563C1", underline="single")
#: Points per line of wrapped text, and the most Excel allows a row.
LINE_HEIGHT = 15
MAX_HEIGHT = 409
WRAP = Alignment(wrap_text=True, vertical="top")
TOP = Alignment(vertical="top")


@dataclass(frozen=True)
class Review:
    """What a reviewer wrote about one quote, and enough to recognise it retired."""

    id: str
    verdict: str = "unchecked"
    notes: str = ""
    article: str = ""
    outlet: str = ""
    speaker: str = ""
    quote: str = ""
    retired_on: str = ""

    @property
    def reviewed(self) -> bool:
        return self.verdict not in ("", "unchecked") or bool(self.notes)


@dataclass
class Summary:
    """What the command prints in one line after writing."""

    path: str
    articles: int = 0
    quotes: int = 0
    unattributed: int = 0
    groups: Counter = field(default_factory=Counter)
    carried: int = 0
    retired: int = 0

    def line(self) -> str:
        differing = sum(n for v, n in self.groups.items() if v != "identical")
        return (f"{self.articles} articles, {self.quotes} quotes ({self.unattributed} unattributed), "
                f"{sum(self.groups.values())} groups ({differing} with differences), "
                f"{self.carried} verdicts carried over, {self.retired} retired")


# ---------------------------------------------------------------- safety


def is_report(path: str) -> bool:
    """Whether ``path`` is a workbook this program wrote (its properties carry MARKER)."""
    try:
        with zipfile.ZipFile(path) as book:
            return MARKER in book.read("docProps/core.xml").decode("utf-8", "replace")
    except (OSError, KeyError, zipfile.BadZipFile):
        return False


def check_target(path: str, force: bool) -> None:
    """Refuse to replace a file that is not a report of ours, or one open elsewhere, unless forced."""
    if os.path.isdir(path):
        raise UsageError(f"{path}: is a folder; give a file name ending in .xlsx")
    if os.path.exists(path) and not force and not is_report(path):
        raise UsageError(f"{path}: exists and is not a quotecheck report; use --force to replace it")
    lock = None if force or not os.path.exists(path) else lock_file(path)
    if lock is not None:
        raise UsageError(f"{path}: the workbook is open in another program ({os.path.basename(lock)} beside it); "
                         "nothing was written: close it and run again, or use --force to replace it anyway")


def lock_file(path: str) -> Optional[str]:
    """The lock file a spreadsheet program keeps beside ``path`` while it has it open, if any.

    Renaming the new report over a workbook open in LibreOffice or Excel
    throws away whatever the reviewer has typed since they last saved, and
    their next save overwrites the new report. LibreOffice writes
    ``.~lock.NAME#``; Excel writes ``~$NAME`` (Office also writes ``~$`` over
    the first two characters of a long name). A lock left by a program that
    crashed looks the same: --force goes past it.
    """
    folder, name = os.path.split(os.path.abspath(path))
    candidates = [f".~lock.{name}#", f"~${name}"]
    if len(os.path.splitext(name)[0]) > 2:
        candidates.append(f"~${name[2:]}")
    for candidate in candidates:
        if os.path.lexists(os.path.join(folder, candidate)):
            return os.path.join(folder, candidate)
    return None


def text_cell(ws, value, style=None):
    """A cell that is text whatever it holds: "=SUM(A1)" from an article stays words.

    openpyxl would store a leading "=" as a formula; data_type "s" prevents
    that, and quotePrefix tells Excel to keep it text when a reviewer edits it.
    """
    cell = WriteOnlyCell(ws, value=clip(value))
    cell.data_type = "s"
    if style is not None:
        cell.alignment = style
    if _formula_like(cell.value):
        cell.quotePrefix = True
    return cell


def _formula_like(text: str) -> bool:
    """Whether a spreadsheet would read the text as a formula or a number if typed."""
    return text[:1] in ("=", "+", "-", "@")


#: What XML 1.0 cannot hold: control characters, lone surrogates, U+FFFE and U+FFFF.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def clip(text) -> str:
    """Text fit for a cell: nothing XML cannot hold, and at most Excel's 32,767 characters."""
    text = _NOT_XML.sub("", "" if text is None else str(text))
    if len(text) <= CELL_LIMIT:
        return text
    mark = f" […cut: {len(text) - CELL_LIMIT + 40:,} more characters]"
    return text[:CELL_LIMIT - len(mark)] + mark


# ---------------------------------------------------------------- reading the old report


def read_reviews(path: str) -> tuple[dict, dict]:
    """(reviews on the Quotes sheet, reviews on the Retired sheet) of an old report, by ID."""
    if not os.path.exists(path) or not is_report(path):
        return {}, {}
    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # a damaged workbook must not lose the new run
        raise InputError(f"{path}: cannot read the previous report to carry verdicts over ({exc}); "
                         "move it away, or use --force to replace it without its verdicts") from None
    try:
        current = _sheet_reviews(book, "Quotes")
        retired = _sheet_reviews(book, "Retired")
    finally:
        book.close()
    return current, retired


def _sheet_reviews(book, name: str) -> dict:
    """Reviews of one sheet, found by header name so column order may change."""
    if name not in book.sheetnames:
        return {}
    rows = book[name].iter_rows(values_only=True)
    header = [str(h or "") for h in next(rows, ())]
    wanted = {"ID": "id", "Verdict": "verdict", "Notes": "notes", "Article": "article", "Outlet": "outlet",
              "Speaker": "speaker", "Quote": "quote", "Retired on": "retired_on"}
    columns = {wanted[h]: i for i, h in enumerate(header) if h in wanted}
    if "id" not in columns:
        return {}
    reviews = {}
    for row in rows:
        values = {k: _text(row[i]) if i < len(row) else "" for k, i in columns.items()}
        if values["id"]:
            reviews[values["id"]] = Review(**{**values, "verdict": values.get("verdict") or "unchecked"})
    return reviews


def _text(value) -> str:
    """A cell read back as text: empty cells come back as None (or float NaN via pandas)."""
    if value is None or (isinstance(value, float) and value != value):
        return ""
    return str(value)


# ---------------------------------------------------------------- writing


def write_report(path: str, results: Iterable, groups: list, force: bool = False) -> Summary:
    """Write the workbook for ``results`` (ArticleResult) and ``groups`` (VariantGroup) to ``path``."""
    check_target(path, force)
    try:
        current, retired = read_reviews(path)
    except InputError:
        if not force:
            raise
        current, retired = {}, {}
    results = list(results)
    quotes = [q for r in results for q in r.quotes]
    summary = Summary(path=path, articles=len(results), quotes=len(quotes),
                      unattributed=sum(1 for q in quotes if not q.speaker),
                      groups=Counter(g.variant for g in groups))
    seen = {q.id for q in quotes}
    previous = {**retired, **current}
    summary.carried = sum(1 for i in seen if i in previous and previous[i].reviewed)
    gone = _retired(previous, seen)
    summary.retired = len(gone)
    book = Workbook(write_only=True)
    book.properties.creator = "quotecheck"
    book.properties.keywords = MARKER
    book.properties.title = "quotecheck report"
    try:
        _summary_sheet(book, summary, results, groups)
        rows, quotes_sheet = _quotes_sheet(book, quotes, group_of_quote(groups), previous)
        sheets = [quotes_sheet, _variants_sheet(book, groups, rows), _unattributed_sheet(book, quotes, rows),
                  _articles_sheet(book, results), _retired_sheet(book, gone)]
        looks = _Looks(book)
    except BaseException:
        # An internal error must end in its one line: open sheet streams
        # would add openpyxl tracebacks on stderr as Python exits.
        _discard(book)
        raise
    _save(book, path, sheets, looks)
    return summary


def _retired(previous: dict, seen: set) -> list[Review]:
    """Reviewed quotes of the old report that this run no longer finds, oldest first."""
    today = date.today().isoformat()
    gone = [r if r.retired_on else Review(**{**r.__dict__, "retired_on": today})
            for i, r in previous.items() if i not in seen and r.reviewed]
    return sorted(gone, key=lambda r: (r.retired_on, r.article, r.id))


# ---------------------------------------------------------------- saving safely


#: Temporary workbooks are named so: ``.quotecheck-<process id>-<random>.tmp``, beside the target.
TEMP_PREFIX = ".quotecheck-"
TEMP_SUFFIX = ".tmp"


def _save(book, path: str, sheets: list, looks: "_Looks") -> None:
    """Write next to the target and rename over it: any failure keeps the old report whole.

    openpyxl writes the workbook with each sheet's header; the rows are then
    streamed into a copy of it (see _Sheet). Both files are temporary files
    in the target's folder, so the rename is atomic; they are made with the
    usual permissions (the umask), not mkstemp's owner-only ones.
    """
    temps: list = []
    try:
        try:
            plain = _temp_file(_folder_of(path), temps)
        except BaseException:
            _discard(book)
            raise
        book.save(plain)
        with open(_temp_file(os.path.dirname(plain), temps), "wb") as handle:
            _fill(plain, handle, sheets, looks)
        os.replace(temps[-1], path)
    except OSError as exc:
        raise InputError(f"{path}: cannot write the report: {exc.strerror or exc}") from None
    finally:
        for temp in temps:
            if os.path.exists(temp):
                os.remove(temp)


def _folder_of(path: str) -> str:
    """The target's folder, made if missing, cleared of temporary files killed writers left."""
    folder = os.path.dirname(os.path.abspath(path))
    try:
        os.makedirs(folder, exist_ok=True)
    except OSError as exc:
        raise InputError(f"{path}: cannot write the report: cannot make the folder {folder} "
                         f"({exc.strerror or exc})") from None
    _remove_abandoned(folder)
    return folder


def _temp_file(folder: str, made: list) -> str:
    """Create an empty temporary file in ``folder`` (mode 0666 less the umask) and note its name."""
    name = os.path.join(folder, f"{TEMP_PREFIX}{os.getpid()}-{secrets.token_hex(4)}{TEMP_SUFFIX}")
    os.close(os.open(name, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))
    made.append(name)
    return name


def _discard(book) -> None:
    """Close the sheet streams of a workbook that will not be saved.

    A write-only sheet keeps its rows in an open stream until the workbook
    is saved; left open, the streams complain on stderr when Python exits.
    """
    for ws in book.worksheets:
        if not ws.closed:
            ws.close()


def _remove_abandoned(folder: str) -> None:
    """Delete temporary workbooks left in ``folder`` by a writer that was killed.

    A half-written workbook cannot be opened, so there is nothing to recover
    from it; its name carries the writer's process id, and only files whose
    process is gone are removed (another run may be writing right now).
    """
    for name in glob.glob(os.path.join(glob.escape(folder), f"{TEMP_PREFIX}*{TEMP_SUFFIX}")):
        match = re.fullmatch(rf"{re.escape(TEMP_PREFIX)}(\d+)-[0-9a-f]+{re.escape(TEMP_SUFFIX)}",
                             os.path.basename(name))
        if match and not _running(int(match.group(1))):
            try:
                os.remove(name)
            except OSError:
                pass


def _running(pid: int) -> bool:
    """Whether a process with this id exists (one we may not signal still exists)."""
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


# ---------------------------------------------------------------- streaming the rows


@dataclass(frozen=True)
class Rich:
    """A member's wording with its diff to the reference, as rich text inside the cell."""

    diff: tuple


@dataclass(frozen=True)
class Link:
    """Text that jumps to a row of another sheet (an internal link, not a URL)."""

    text: str
    row: Optional[int]
    sheet: str = "Quotes"


class _Looks:
    """The workbook's style numbers for the few looks the rows use, registered through openpyxl.

    Cells written as XML name their style by its number in styles.xml; the
    numbers must be known before openpyxl writes that file.
    """

    def __init__(self, book):
        ws = book.worksheets[0]  # any sheet: a cell registers its style with the workbook
        self.ids = {}
        for look, alignment, font in (("top", TOP, None), ("wrap", WRAP, None), ("link", TOP, LINK_FONT)):
            for prefixed in (False, True):
                cell = WriteOnlyCell(ws)
                cell.alignment = alignment
                if font is not None:
                    cell.font = font
                cell.quotePrefix = prefixed
                self.ids[look, prefixed] = cell.style_id

    def of(self, look: str, text: str) -> int:
        return self.ids[look, _formula_like(text)]


class _Sheet:
    """A write-only sheet whose rows are kept (as values) and written as XML when the workbook is saved.

    openpyxl made one Python object per cell and spent most of a large
    report's time on them; the rows here go straight to XML text, every
    string an inline string, numbers as numbers, so no cell is ever a formula.
    """

    def __init__(self, ws, columns: tuple):
        self.ws, self.columns, self.rows = ws, columns, []
        self.letters = [get_column_letter(n) for n in range(1, len(columns) + 1)]
        self.wrapped = [name in WRAPPED for name, _ in columns]

    def append(self, values: tuple) -> None:
        self.rows.append(values)

    def write(self, out, looks: _Looks, links: list) -> None:
        """Write the rows, 2,000 at a time, as UTF-8 XML; collect their hyperlinks in ``links``."""
        batch = []
        for n, values in enumerate(self.rows, 2):
            batch.append(self._row(n, values, looks, links))
            if len(batch) == 2000:
                out.write("".join(batch).encode("utf-8"))
                batch = []
        out.write("".join(batch).encode("utf-8"))

    def _row(self, n: int, values: tuple, looks: _Looks, links: list) -> str:
        """One row: text as inline strings, long text wrapped, the row tall enough to show it.

        Row heights are set here because neither Excel nor LibreOffice grows
        a row for wrapped text in a file it did not lay out itself.
        """
        cells, lines = [], 1
        for (name, width), letter, wrapped, value in zip(self.columns, self.letters, self.wrapped, values):
            if value is None or value == "":
                continue
            ref = f"{letter}{n}"
            if isinstance(value, (int, float)):
                cells.append(f'<c r="{ref}" s="{looks.ids["top", False]}" t="n"><v>{value}</v></c>')
                continue
            if isinstance(value, Rich):
                xml, text = _rich_xml(value.diff)
                cells.append(f'<c r="{ref}" s="{looks.ids["wrap", False]}" t="inlineStr"><is>{xml}</is></c>')
            elif isinstance(value, Link):
                text = clip(value.text)
                if value.row is not None:
                    links.append(f'<hyperlink ref="{ref}" location="&apos;{_escape(value.sheet, True)}&apos;!'
                                 f'A{value.row}" display="{_escape(text, True)}"/>')
                look = "link" if value.row is not None else "top"
                cells.append(f'<c r="{ref}" s="{looks.of(look, text)}" t="inlineStr"><is>{_t(text)}</is></c>')
            else:
                text = clip(value)
                look = looks.of("wrap" if wrapped else "top", text)
                cells.append(f'<c r="{ref}" s="{look}" t="inlineStr"><is>{_t(text)}</is></c>')
            if wrapped:
                lines = max(lines, _lines(text, width))
        height = f' ht="{min(MAX_HEIGHT, LINE_HEIGHT * lines)}" customHeight="1"' if lines > 1 else ""
        return f'<row r="{n}"{height}>{"".join(cells)}</row>'


def _escape(text: str, attribute: bool = False) -> str:
    """Text as XML character data (or a double-quoted attribute value)."""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\r", "&#13;")
    return text.replace('"', "&quot;") if attribute else text


def _t(text: str) -> str:
    """A <t> element; spaces at its ends are kept only when it says so."""
    space = ' xml:space="preserve"' if text[:1].isspace() or text[-1:].isspace() else ""
    return f"<t{space}>{_escape(text)}</t>"


def _rich_xml(diff: tuple) -> tuple[str, str]:
    """(runs XML, plain text) of a diff: deleted words struck through in red, inserted in bold green."""
    runs, plain = [], []
    for op, words in diff:
        if plain:
            runs.append('<r><t xml:space="preserve"> </t></r>')
        words = clip(words)
        plain.append(words)
        look = "" if op == "equal" else DELETED if op == "delete" else INSERTED
        runs.append(f"<r>{look}{_t(words)}</r>")
    return "".join(runs), " ".join(plain)


def _fill(plain: str, handle, sheets: list, looks: _Looks) -> None:
    """Copy openpyxl's workbook into ``handle``, putting each sheet's rows into its XML."""
    parts = {sheet.ws.path.lstrip("/"): sheet for sheet in sheets}
    with zipfile.ZipFile(plain) as source, zipfile.ZipFile(handle, "w", zipfile.ZIP_DEFLATED,
                                                           compresslevel=ZIP_LEVEL) as target:
        for info in source.infolist():
            sheet = parts.get(info.filename)
            if sheet is None:
                target.writestr(info, source.read(info.filename))
                continue
            head, tail = source.read(info.filename).decode("utf-8").split("</sheetData>", 1)
            links: list = []
            with target.open(info.filename, "w", force_zip64=len(sheet.rows) > 100_000) as out:
                out.write(head.encode("utf-8"))
                sheet.write(out, looks, links)
                out.write(("</sheetData>" + _with_links(tail, links)).encode("utf-8"))


#: zlib level of the workbook's parts: 1 is several times faster than the default 6
#: on 100,000 rows and makes the file about a fifth larger.
ZIP_LEVEL = 1


def _with_links(tail: str, links: list) -> str:
    """The rest of a sheet's XML with its <hyperlinks>, where the schema puts them (before the page setup)."""
    if not links:
        return tail
    at = re.search(r"<(printOptions|pageMargins|pageSetup|headerFooter|drawing|legacyDrawing|tableParts)\b|</worksheet>",
                   tail).start()
    return f"{tail[:at]}<hyperlinks>{''.join(links)}</hyperlinks>{tail[at:]}"


def _lines(text: str, width: float) -> int:
    """Lines a wrapped text takes in a column: about 1.1 characters per width
    unit, wrapped at spaces as a spreadsheet does; a word longer than a line
    (an outlet's file name) is broken over as many lines as it needs."""
    per_line = max(1, int(width * 1.1))
    total = 0
    for part in text.split("\n"):
        lines, used = 1, 0
        for word in part.split(" "):
            if used and used + 1 + len(word) > per_line:
                lines, used = lines + 1, 0
            if len(word) > per_line:
                lines += (len(word) - 1) // per_line
                used = len(word) % per_line or per_line
            else:
                used += len(word) + (1 if used else 0)
        total += lines
    return total


def _sheet(book, title: str, columns: tuple, rows: int) -> _Sheet:
    """A streamed sheet with widths, frozen header, filter, bold header, landscape pages.

    Write-only sheets take these settings only before the first row.
    """
    ws = book.create_sheet(title)
    for n, (_, width) in enumerate(columns, 1):
        ws.column_dimensions[get_column_letter(n)].width = width
    ws.freeze_panes = "A2"
    last = get_column_letter(len(columns))
    ws.auto_filter.ref = f"A1:{last}{max(rows, 1) + 1}"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = "1:1"
    header = []
    for name, _ in columns:
        cell = WriteOnlyCell(ws, value=name)
        cell.font = HEADER_FONT
        header.append(cell)
    ws.append(header)
    return _Sheet(ws, columns)


# ---------------------------------------------------------------- the sheets


def _summary_sheet(book, summary: Summary, results: list, groups: list) -> None:
    """Totals, groups by variant type, and a table per outlet."""
    ws = book.create_sheet("Summary")
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    ws.column_dimensions["A"].width = 28
    for letter in "BCDE":
        ws.column_dimensions[letter].width = 14
    bold = lambda text: _bold(ws, text)  # noqa: E731 - a one-line helper local to this sheet
    ws.append([bold("quotecheck report"), f"version {__version__}", date.today().isoformat()])
    ws.append([])
    for label, value in (("Articles", summary.articles), ("Quotes", summary.quotes),
                         ("Unattributed quotes", summary.unattributed), ("Groups", sum(summary.groups.values())),
                         ("Verdicts carried over", summary.carried), ("Retired quotes", summary.retired)):
        ws.append([label, value])
    ws.append([])
    ws.append([bold("Groups by variant type"), bold("Groups")])
    for variant in sorted(SEVERITY, key=SEVERITY.__getitem__):
        ws.append([variant, summary.groups.get(variant, 0)])
    ws.append([])
    ws.append([bold("Outlet"), bold("Articles"), bold("Quotes"), bold("Unattributed"), bold("In groups")])
    for row in _per_outlet(results, groups):
        ws.append([text_cell(ws, row[0])] + list(row[1:]))


def _bold(ws, text: str):
    cell = WriteOnlyCell(ws, value=text)
    cell.font = HEADER_FONT
    return cell


def _per_outlet(results: list, groups: list) -> list:
    """Rows (outlet, articles, quotes, unattributed, grouped quotes), with pandas doing the counting."""
    import pandas as pd

    grouped = group_of_quote(groups)
    frame = pd.DataFrame(
        [{"outlet": r.article.outlet or "(unknown)", "article": r.article.id, "quote": q.id,
          "unattributed": int(not q.speaker), "grouped": int(q.id in grouped)}
         for r in results for q in r.quotes],
        columns=["outlet", "article", "quote", "unattributed", "grouped"])
    articles = pd.Series(Counter(r.article.outlet or "(unknown)" for r in results), dtype="int64")
    table = frame.groupby("outlet").agg(quotes=("quote", "count"), unattributed=("unattributed", "sum"),
                                        grouped=("grouped", "sum"))
    table = table.reindex(articles.index, fill_value=0).sort_index()
    return [(outlet, int(articles[outlet]), int(row.quotes), int(row.unattributed), int(row.grouped))
            for outlet, row in table.iterrows()]


def _quotes_sheet(book, quotes: list, grouped: dict, previous: dict) -> tuple[dict, _Sheet]:
    """One row per quote with the reviewer columns; returns (quote id -> row number, the sheet)."""
    sheet = _sheet(book, "Quotes", QUOTE_COLUMNS, len(quotes))
    verdict_col = get_column_letter(len(QUOTE_COLUMNS) - 1)
    choices = ",".join(VERDICTS)
    check = DataValidation(type="list", formula1=f'"{choices}"', allow_blank=True,
                           showErrorMessage=True, errorTitle="Verdict",
                           error="Pick one of: " + ", ".join(VERDICTS))
    check.add(f"{verdict_col}2:{verdict_col}{max(len(quotes), 1) + 1}")
    sheet.ws.data_validations.append(check)
    rows = {}
    for n, q in enumerate(quotes, 2):
        rows[q.id] = n
        old = previous.get(q.id)
        sheet.append((
            q.id, q.article, q.outlet, q.line, q.speaker, q.speaker_title, q.cue, q.channel, q.kind, q.text,
            q.context, grouped.get(q.id), old.verdict if old else VERDICTS[0], old.notes if old else None))
    return rows, sheet


def _variants_sheet(book, groups: list, rows: dict) -> _Sheet:
    """Groups whose wording or speaker differs, worst first, one row per member."""
    shown = [g for g in groups if g.variant != "identical"]
    sheet = _sheet(book, "Variants", VARIANT_COLUMNS, sum(len(g.members) for g in shown))
    for g in sorted(shown, key=lambda g: (SEVERITY[g.variant], g.group)):
        outlets = "\n".join(sorted({m.outlet or m.article for m in g.members}))  # one a line: names are long
        for m in g.members:
            sheet.append((
                g.group, g.variant, g.speaker, outlets, g.reference, Rich(m.diff), m.variant,
                m.article, m.outlet, m.line, m.speaker, m.channel, Link(m.quote_id, rows.get(m.quote_id))))
    return sheet


def _unattributed_sheet(book, quotes: list, rows: dict) -> _Sheet:
    """Quotes with no speaker, with the sentence around them."""
    missing = [q for q in quotes if not q.speaker]
    sheet = _sheet(book, "Unattributed", UNATTRIBUTED_COLUMNS, len(missing))
    for q in missing:
        sheet.append((Link(q.id, rows.get(q.id)), q.article, q.outlet, q.line, q.kind, q.text, q.context))
    return sheet


def _articles_sheet(book, results: list) -> _Sheet:
    """One row per article read."""
    sheet = _sheet(book, "Articles", ARTICLE_COLUMNS, len(results))
    for r in results:
        a = r.article
        sheet.append((
            a.id, a.path, a.outlet, a.date, a.title, len(r.quotes), sum(1 for q in r.quotes if not q.speaker)))
    return sheet


def _retired_sheet(book, gone: list) -> _Sheet:
    """Reviewed quotes no longer found: kept with their verdict, never dropped."""
    sheet = _sheet(book, "Retired", RETIRED_COLUMNS, len(gone))
    for r in gone:
        sheet.append((r.id, r.article, r.outlet, r.speaker, r.quote, r.verdict, r.notes, r.retired_on))
    return sheet
