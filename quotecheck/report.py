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

import os
import tempfile
from copy import copy
import zipfile
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from typing import Iterable, Optional

from openpyxl import Workbook, load_workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.hyperlink import Hyperlink

from . import __version__
from .compare import SEVERITY, group_of_quote
from .errors import InputError, UsageError

#: What the Verdict dropdown offers; the first is what a new quote starts with.
VERDICTS = ("unchecked", "verified", "misquoted", "misattributed", "needs source")
#: Written into the workbook's properties: how a later run knows the file is ours.
MARKER = "quotecheck-report"
#: Excel's limit on the characters of one cell.
CELL_LIMIT = 32767

QUOTE_COLUMNS = (("ID", 13), ("Article", 24), ("Outlet", 14), ("Line", 6), ("Speaker", 18), ("Title", 18),
                 ("Cue", 10), ("Channel", 18), ("Kind", 9), ("Quote", 50), ("Context", 60), ("Group", 13),
                 ("Verdict", 14), ("Notes", 30))
VARIANT_COLUMNS = (("Group", 13), ("Group variant", 14), ("Speaker", 18), ("Outlets", 20), ("Reference", 45),
                   ("Wording (diff to reference)", 55), ("Variant", 14), ("Article", 24), ("Outlet", 14),
                   ("Line", 6), ("Quoted speaker", 18), ("Channel", 18), ("Quote ID", 13))
UNATTRIBUTED_COLUMNS = (("ID", 13), ("Article", 24), ("Outlet", 14), ("Line", 6), ("Kind", 9),
                        ("Quote", 50), ("Context", 70))
ARTICLE_COLUMNS = (("Article", 28), ("Path", 40), ("Outlet", 16), ("Date", 12), ("Title", 50), ("Quotes", 8),
                   ("Unattributed", 12))
RETIRED_COLUMNS = (("ID", 13), ("Article", 24), ("Outlet", 14), ("Speaker", 18), ("Quote", 50), ("Verdict", 14),
                   ("Notes", 30), ("Retired on", 12))
#: Columns whose text is long enough to wrap.
WRAPPED = {"Quote", "Context", "Reference", "Wording (diff to reference)", "Notes", "Title", "Path"}

#: Rich-text runs name their font: without one, LibreOffice falls back to a serif.
DELETED = InlineFont(rFont="Calibri", sz=11, strike=True, color="FFC00000")
INSERTED = InlineFont(rFont="Calibri", sz=11, color="FF00802B", b=True)
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
    """Refuse to replace a file that is not a report of ours, unless forced."""
    if os.path.isdir(path):
        raise UsageError(f"{path}: is a folder; give a file name ending in .xlsx")
    if os.path.exists(path) and not force and not is_report(path):
        raise UsageError(f"{path}: exists and is not a quotecheck report; use --force to replace it")


def text_cell(ws, value, style=None):
    """A cell that is text whatever it holds: "=SUM(A1)" from an article stays words.

    openpyxl would store a leading "=" as a formula; data_type "s" prevents
    that, and quotePrefix tells Excel to keep it text when a reviewer edits it.
    """
    cell = WriteOnlyCell(ws, value=clip(value))
    cell.data_type = "s"
    if style is not None:
        _apply(cell, style)
    if cell.value[:1] in ("=", "+", "-", "@"):
        cell.quotePrefix = True
    return cell


def _apply(cell, alignment: Alignment) -> None:
    """Give a cell an alignment, reusing the style array worked out the first time.

    openpyxl hashes the style objects on every assignment; on a 100,000-row
    workbook that was most of the writing time.
    """
    known = cell.parent.parent.__dict__.setdefault("_quotecheck_styles", {})
    proto = known.get(id(alignment))
    if proto is None:
        cell.alignment = alignment
        known[id(alignment)] = copy(cell._style)
    else:
        cell._style = copy(proto)


def clip(text) -> str:
    """Text fit for a cell: no control characters, and at most Excel's 32,767."""
    text = ILLEGAL_CHARACTERS_RE.sub("", "" if text is None else str(text))
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
    _summary_sheet(book, summary, results, groups)
    rows = _quotes_sheet(book, quotes, group_of_quote(groups), previous)
    _variants_sheet(book, groups, rows)
    _unattributed_sheet(book, quotes, rows)
    _articles_sheet(book, results)
    _retired_sheet(book, gone)
    _save(book, path)
    return summary


def _retired(previous: dict, seen: set) -> list[Review]:
    """Reviewed quotes of the old report that this run no longer finds, oldest first."""
    today = date.today().isoformat()
    gone = [r if r.retired_on else Review(**{**r.__dict__, "retired_on": today})
            for i, r in previous.items() if i not in seen and r.reviewed]
    return sorted(gone, key=lambda r: (r.retired_on, r.article, r.id))


def _save(book, path: str) -> None:
    """Save next to the target and rename over it: a crash keeps the old report whole."""
    folder = os.path.dirname(os.path.abspath(path))
    os.makedirs(folder, exist_ok=True)
    handle, temp = tempfile.mkstemp(dir=folder, prefix=".quotecheck-", suffix=".xlsx")
    os.close(handle)
    try:
        book.save(temp)
        os.replace(temp, path)
    except BaseException as exc:
        if os.path.exists(temp):
            os.remove(temp)
        if isinstance(exc, OSError):
            raise InputError(f"{path}: cannot write the report: {exc.strerror or exc}") from None
        raise


class _Stream:
    """A write-only sheet and the row number it has reached (it does not tell)."""

    def __init__(self, ws, columns: tuple):
        self.ws, self.columns, self.row = ws, columns, 1

    def append(self, values: Iterable) -> None:
        """Write one row: text as text, long text wrapped, the row tall enough to show it.

        Row heights are set here because neither Excel nor LibreOffice grows
        a row for wrapped text in a file it did not lay out itself.
        """
        cells, lines = [], 1
        for (name, width), value in zip(self.columns, values):
            if value is None or isinstance(value, Cell):
                cells.append(value)
            elif isinstance(value, (int, float)):
                cells.append(_number(self.ws, value))
            else:
                cells.append(text_cell(self.ws, value, WRAP if name in WRAPPED else TOP))
            if name in WRAPPED and value is not None:
                lines = max(lines, _lines(str(value.value if isinstance(value, Cell) else value), width))
        self.row += 1
        if lines > 1:
            self.ws.row_dimensions[self.row].height = min(MAX_HEIGHT, LINE_HEIGHT * lines)
        self.ws.append(cells)


def _number(ws, value):
    """A number aligned to the top of its row, like the wrapped text beside it."""
    cell = WriteOnlyCell(ws, value=value)
    _apply(cell, TOP)
    return cell


def _lines(text: str, width: float) -> int:
    """Lines a wrapped text takes in a column: about 1.1 characters per width unit."""
    per_line = max(1, int(width * 1.1))
    return sum(1 + len(part) // per_line for part in text.split("\n"))


def _sheet(book, title: str, columns: tuple, rows: int) -> _Stream:
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
    return _Stream(ws, columns)


def _link(ws, text: str, row: Optional[int], sheet: str = "Quotes"):
    """A cell that jumps to a row of another sheet (an internal link, not a URL)."""
    cell = text_cell(ws, text, TOP)
    if row is not None:
        cell.hyperlink = Hyperlink(ref="", location=f"'{sheet}'!A{row}", display=text)
        cell.font = LINK_FONT
    return cell


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


def _quotes_sheet(book, quotes: list, grouped: dict, previous: dict) -> dict:
    """One row per quote with the reviewer columns; returns quote id -> row number."""
    sheet = _sheet(book, "Quotes", QUOTE_COLUMNS, len(quotes))
    ws = sheet.ws
    verdict_col = get_column_letter(len(QUOTE_COLUMNS) - 1)
    choices = ",".join(VERDICTS)
    check = DataValidation(type="list", formula1=f'"{choices}"', allow_blank=True,
                           showErrorMessage=True, errorTitle="Verdict",
                           error="Pick one of: " + ", ".join(VERDICTS))
    check.add(f"{verdict_col}2:{verdict_col}{max(len(quotes), 1) + 1}")
    ws.data_validations.append(check)
    rows = {}
    for n, q in enumerate(quotes, 2):
        rows[q.id] = n
        old = previous.get(q.id)
        sheet.append((
            q.id, q.article, q.outlet, q.line, q.speaker, q.speaker_title, q.cue, q.channel, q.kind, q.text,
            q.context, grouped.get(q.id), old.verdict if old else VERDICTS[0], old.notes if old else None))
    return rows


def diff_cell(ws, diff: tuple):
    """The member's wording with the diff inside the cell: red struck-out deletions, green insertions."""
    parts = []
    for op, text in diff:
        if parts:
            parts.append(" ")
        text = clip(text)
        parts.append(text if op == "equal" else TextBlock(DELETED if op == "delete" else INSERTED, text))
    cell = WriteOnlyCell(ws, value=CellRichText(parts) if parts else "")
    _apply(cell, WRAP)
    return cell


def _variants_sheet(book, groups: list, rows: dict) -> None:
    """Groups whose wording or speaker differs, worst first, one row per member."""
    shown = [g for g in groups if g.variant != "identical"]
    sheet = _sheet(book, "Variants", VARIANT_COLUMNS, sum(len(g.members) for g in shown))
    ws = sheet.ws
    for g in sorted(shown, key=lambda g: (SEVERITY[g.variant], g.group)):
        outlets = ", ".join(sorted({m.outlet or m.article for m in g.members}))
        for m in g.members:
            sheet.append((
                g.group, g.variant, g.speaker, outlets, g.reference, diff_cell(ws, m.diff), m.variant,
                m.article, m.outlet, m.line, m.speaker, m.channel, _link(ws, m.quote_id, rows.get(m.quote_id))))


def _unattributed_sheet(book, quotes: list, rows: dict) -> None:
    """Quotes with no speaker, with the sentence around them."""
    missing = [q for q in quotes if not q.speaker]
    sheet = _sheet(book, "Unattributed", UNATTRIBUTED_COLUMNS, len(missing))
    ws = sheet.ws
    for q in missing:
        sheet.append((
            _link(ws, q.id, rows.get(q.id)), q.article, q.outlet, q.line, q.kind, q.text, q.context))


def _articles_sheet(book, results: list) -> None:
    """One row per article read."""
    sheet = _sheet(book, "Articles", ARTICLE_COLUMNS, len(results))
    for r in results:
        a = r.article
        sheet.append((
            a.id, a.path, a.outlet, a.date, a.title, len(r.quotes), sum(1 for q in r.quotes if not q.speaker)))


def _retired_sheet(book, gone: list) -> None:
    """Reviewed quotes no longer found: kept with their verdict, never dropped."""
    sheet = _sheet(book, "Retired", RETIRED_COLUMNS, len(gone))
    for r in gone:
        sheet.append((
            r.id, r.article, r.outlet, r.speaker, r.quote, r.verdict, r.notes, r.retired_on))
