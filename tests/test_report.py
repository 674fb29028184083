"""The workbook, read back with openpyxl: sheets, rich text, dropdown, carry-over, safety."""

import os
import zipfile

import pytest
from openpyxl import Workbook, load_workbook
from openpyxl.cell.rich_text import CellRichText, TextBlock

from quotecheck import report
from quotecheck.api import ArticleResult
from quotecheck.compare import group_quotes
from quotecheck.errors import InputError, UsageError
from quotecheck.models import Article, Quote
from quotecheck.report import CELL_LIMIT, VERDICTS, write_report


def q(article, text, speaker=None, start=0, line=1, qid=None):
    return Quote(id=qid or f"Q{article}{start}", article=article, outlet=f"outlet-{article}", line=line, column=1,
                 start=start, end=start + len(text), text=text, kind="quote", mark='"', speaker=speaker,
                 context=f"Context of {text}")


def results_of(quotes):
    """ArticleResults for hand-made quotes, one per article, in article order."""
    articles = sorted({x.article for x in quotes})
    return [ArticleResult(Article(id=a, path=f"/news/{a}.txt", text="", outlet=f"outlet-{a}", title=f"Title {a}"),
                          tuple(x for x in quotes if x.article == a), ()) for a in articles]


BASE = [
    q("a", "complex but businesslike", "Sergei Ryabkov", start=10, qid="QA1"),
    q("b", "businesslike", "Ryabkov", start=10, qid="QB1"),
    q("b", "difficult", None, start=29, qid="QB2"),
    q("a", "the U.S. will listen to Russia's concerns", "Sherman", start=90, line=3, qid="QA2"),
    q("b", "the US will listen to Russia's concerns", "Sherman", start=90, line=3, qid="QB3"),
    q("a", "a quote nobody said", None, start=200, line=5, qid="QA3"),
]


def write(path, quotes=BASE, **kwargs):
    results = results_of(quotes)
    return write_report(str(path), results, group_quotes(x for r in results for x in r.quotes), **kwargs)


def rows(sheet):
    """Sheet rows as dicts keyed by header."""
    values = list(sheet.iter_rows(values_only=True))
    return [dict(zip(values[0], row)) for row in values[1:]]


@pytest.fixture
def book_path(tmp_path):
    path = tmp_path / "r.xlsx"
    write(path)
    return path


def test_sheets_and_layout(book_path):
    book = load_workbook(book_path)
    assert book.sheetnames == ["Summary", "Quotes", "Variants", "Unattributed", "Articles", "Retired"]
    quotes = book["Quotes"]
    assert [c.value for c in quotes[1]][:4] == ["ID", "Article", "Outlet", "Line"]
    assert [c.value for c in quotes[1]][-3:] == ["Group", "Verdict", "Notes"]
    for name in book.sheetnames[1:]:
        assert book[name].freeze_panes == "A2"
        assert book[name].auto_filter.ref.startswith("A1:")
    assert quotes.column_dimensions["J"].width > 30
    assert quotes["J2"].alignment.wrap_text
    assert len(rows(quotes)) == len(BASE)
    assert {r["ID"] for r in rows(book["Unattributed"])} == {"QB2", "QA3"}
    assert [(r["Article"], r["Quotes"]) for r in rows(book["Articles"])] == [("a", 3), ("b", 3)]


def test_summary_counts(book_path):
    values = {r[0]: r[1] for r in load_workbook(book_path)["Summary"].iter_rows(values_only=True) if r and r[0]}
    assert values["Articles"] == 2
    assert values["Quotes"] == 6
    assert values["Unattributed quotes"] == 2
    assert values["reworded"] == 1 and values["typographic"] == 1
    assert values["outlet-a"] == 1


def test_verdict_dropdown(book_path):
    sheet = load_workbook(book_path)["Quotes"]
    [check] = sheet.data_validations.dataValidation
    assert check.type == "list"
    assert check.formula1 == '"' + ",".join(VERDICTS) + '"'
    assert str(check.sqref) == f"M2:M{len(BASE) + 1}"
    assert {r["Verdict"] for r in rows(sheet)} == {"unchecked"}


def test_variants_rich_text_and_links(book_path):
    book = load_workbook(book_path, rich_text=True)
    sheet = book["Variants"]
    header = [c.value for c in sheet[1]]
    col = header.index("Wording (diff to reference)")
    ids = {row[header.index("Quote ID")].value: row for row in sheet.iter_rows(min_row=2)}
    assert [row[header.index("Group variant")].value for row in sheet.iter_rows(min_row=2)][0] == "reworded"
    cell = ids["QB1"][col].value
    assert isinstance(cell, CellRichText)
    deleted = [b for b in cell if isinstance(b, TextBlock) and b.font.strike]
    inserted = [b for b in cell if isinstance(b, TextBlock) and not b.font.strike]
    assert [b.text for b in deleted] == ["complex but"]
    assert deleted[0].font.color.rgb == "FFC00000"
    assert [b.text for b in inserted] == ["difficult"]
    assert inserted[0].font.color.rgb.endswith("802B")
    assert "businesslike" in [b for b in cell if isinstance(b, str)]
    link = ids["QB1"][header.index("Quote ID")].hyperlink
    assert link.location.startswith("'Quotes'!A")
    target = book["Quotes"][link.location.split("!")[1]]
    assert target.value == "QB1"


def test_variants_outlets_wrap_like_the_other_text_columns(tmp_path):
    # Unwrapped, a row showed only the first outlet of the group.
    quotes = [q(name, "we need legal guarantees of the non-expansion of NATO", "Ryabkov", start=10,
                qid=f"Q{name}") for name in ("agence-france-presse", "reuters-news", "tass-agency")]
    quotes[2] = q("tass-agency", "we need legal guarantees of the non-expansion of NATO now", "Ryabkov", start=10,
                  qid="Qtass")
    write(tmp_path / "r.xlsx", quotes=quotes)
    sheet = load_workbook(tmp_path / "r.xlsx")["Variants"]
    header = [c.value for c in sheet[1]]
    for row in sheet.iter_rows(min_row=2):
        outlets = row[header.index("Outlets")]
        assert outlets.value.split("\n") == ["outlet-agence-france-presse", "outlet-reuters-news", "outlet-tass-agency"]
        assert outlets.alignment.wrap_text
        assert outlets.alignment.wrap_text == row[header.index("Reference")].alignment.wrap_text
        # The row is tall enough for every outlet, one a line.
        assert sheet.row_dimensions[outlets.row].height >= 3 * report.LINE_HEIGHT


def test_row_heights_count_words_wrapped_at_spaces():
    assert report._lines("a b c", 10) == 1
    assert report._lines("one two\nthree", 20) == 2
    assert report._lines("x" * 40, 10) == 4  # a word longer than the line breaks over lines
    assert report._lines("001_74a605e591c66385, 002_28f92bcafec2e117", 16) == 4


def test_identical_groups_not_in_variants(tmp_path):
    path = tmp_path / "r.xlsx"
    write(path, [q("a", "complete breakdown in ties", "Putin"), q("b", "complete breakdown in ties", "Putin")])
    book = load_workbook(path)
    assert rows(book["Variants"]) == []
    assert {r["Group"] for r in rows(book["Quotes"])} != {None}


@pytest.mark.parametrize("text", ["=SUM(A1:A3)", "+1 555 0100", "-2 degrees", "@everyone look"])
def test_text_never_becomes_a_formula(tmp_path, text):
    path = tmp_path / "r.xlsx"
    write(path, [q("a", text, "Sherman"), q("b", text + " and more words here", "Sherman")])
    cell = load_workbook(path)["Quotes"]["J2"]
    assert cell.value == text and cell.data_type == "s"
    assert cell.quotePrefix
    with zipfile.ZipFile(path) as z:
        assert not any("<f>" in z.read(n).decode() for n in z.namelist() if n.startswith("xl/worksheets/"))


def test_long_cell_is_cut_with_a_mark(tmp_path):
    path = tmp_path / "r.xlsx"
    write(path, [q("a", "word " * 10000, "Sherman")])
    value = load_workbook(path)["Quotes"]["J2"].value
    assert len(value) <= CELL_LIMIT
    assert "cut" in value[-60:]


def test_control_characters_do_not_break_the_workbook(tmp_path):
    path = tmp_path / "r.xlsx"
    write(path, [q("a", "bell\x07 and null\x00 inside", "Sherman")])
    assert load_workbook(path)["Quotes"]["J2"].value == "bell and null inside"


def review(path, verdicts):
    """What a reviewer does: open the workbook, set verdicts and notes, save."""
    book = load_workbook(path)
    sheet = book["Quotes"]
    header = [c.value for c in sheet[1]]
    for row in sheet.iter_rows(min_row=2):
        quote_id = row[header.index("ID")].value
        if quote_id in verdicts:
            row[header.index("Verdict")].value, row[header.index("Notes")].value = verdicts[quote_id]
    book.save(path)


def test_verdicts_carry_over_by_id(tmp_path):
    path = tmp_path / "r.xlsx"
    write(path)
    review(path, {"QA2": ("verified", "checked the tweet"), "QB3": ("misquoted", None)})
    # A new run with the quotes in another order, plus a new one.
    summary = write(path, list(reversed(BASE)) + [q("c", "a brand new quote here", "Lavrov", qid="QC1")])
    assert summary.carried == 2
    table = {r["ID"]: r for r in rows(load_workbook(path)["Quotes"])}
    assert (table["QA2"]["Verdict"], table["QA2"]["Notes"]) == ("verified", "checked the tweet")
    assert table["QB3"]["Verdict"] == "misquoted"
    assert table["QC1"]["Verdict"] == "unchecked"


def test_reviewed_quote_that_disappears_is_retired_then_restored(tmp_path):
    path = tmp_path / "r.xlsx"
    write(path)
    review(path, {"QA3": ("needs source", "who said this?"), "QA2": ("unchecked", None)})
    summary = write(path, [x for x in BASE if x.id not in ("QA3", "QA2")])
    assert summary.retired == 1
    book = load_workbook(path)
    [retired] = rows(book["Retired"])
    assert (retired["ID"], retired["Verdict"], retired["Notes"]) == ("QA3", "needs source", "who said this?")
    assert retired["Quote"] == "a quote nobody said" and retired["Retired on"]
    # Still retired on the next run, not dropped.
    write(path, [x for x in BASE if x.id != "QA3"])
    assert [r["ID"] for r in rows(load_workbook(path)["Retired"])] == ["QA3"]
    # Back in the articles: back on the Quotes sheet with its verdict.
    write(path)
    book = load_workbook(path)
    assert rows(book["Retired"]) == []
    assert {r["ID"]: r["Verdict"] for r in rows(book["Quotes"])}["QA3"] == "needs source"


def test_refuses_to_overwrite_other_files(tmp_path):
    path = tmp_path / "budget.xlsx"
    other = Workbook()
    other.active["A1"] = "not ours"
    other.save(path)
    before = path.read_bytes()
    with pytest.raises(UsageError, match="not a quotecheck report"):
        write(path)
    assert path.read_bytes() == before
    text = tmp_path / "notes.txt"
    text.write_text("hello")
    with pytest.raises(UsageError):
        write(text)
    assert text.read_text() == "hello"
    write(path, force=True)
    assert report.is_report(str(path))


@pytest.mark.parametrize("lock", [".~lock.review.xlsx#", "~$review.xlsx", "~$view.xlsx"],
                         ids=["libreoffice", "excel", "office-short"])
def test_a_workbook_open_in_another_program_is_not_replaced_without_force(tmp_path, lock):
    path = tmp_path / "review.xlsx"
    write(path)
    before = path.read_bytes()
    (tmp_path / lock).write_bytes(b"reviewer,host,2026")
    with pytest.raises(UsageError, match="open in another program .* nothing was written.*--force") as info:
        write(path, quotes=BASE[:2])
    assert "\n" not in str(info.value) and str(path) in str(info.value)
    assert path.read_bytes() == before
    assert [n for n in os.listdir(tmp_path) if n.endswith(".tmp")] == []
    write(path, quotes=BASE[:2], force=True)
    assert len(rows(load_workbook(path)["Quotes"])) == 2


def test_a_lock_file_of_another_workbook_or_without_a_workbook_is_no_lock(tmp_path):
    (tmp_path / ".~lock.other.xlsx#").write_bytes(b"x")
    (tmp_path / "~$other.xlsx").write_bytes(b"x")
    write(tmp_path / "review.xlsx")  # no lock of its own
    (tmp_path / ".~lock.new.xlsx#").write_bytes(b"x")
    write(tmp_path / "new.xlsx")  # a lock left without its workbook is stale: nothing open to lose
    assert report.is_report(str(tmp_path / "new.xlsx"))


def test_an_internal_error_while_building_sheets_is_one_line_on_stderr(tmp_path):
    # The open write-only sheets printed "Exception ignored ... LxmlSyntaxError"
    # tracebacks after the one-line internal error.
    import subprocess
    import sys

    script = ("import sys; from quotecheck import report; from quotecheck.cli import main\n"
              "def boom(*a): raise TypeError('unhashable type')\n"
              "report._per_outlet = boom\n"
              f"sys.exit(main(['report', 'seeds', '-o', {str(tmp_path / 'r.xlsx')!r}, '-q']))\n")
    done = subprocess.run([sys.executable, "-c", script], cwd=os.path.dirname(os.path.dirname(__file__)),
                          capture_output=True, text=True)
    assert done.returncode == 3
    assert done.stderr.splitlines() == ["quotecheck: internal error: TypeError: unhashable type"]
    assert not (tmp_path / "r.xlsx").exists()


def test_a_failed_write_keeps_the_old_report(tmp_path, monkeypatch):
    path = tmp_path / "r.xlsx"
    write(path)
    before = path.read_bytes()

    def broken(src, dst):
        raise OSError("disk full")

    monkeypatch.setattr(report.os, "replace", broken)
    with pytest.raises(InputError, match="disk full"):
        write(path, BASE[:2])
    assert path.read_bytes() == before
    assert os.listdir(tmp_path) == ["r.xlsx"]


def test_creates_the_output_folder(tmp_path):
    path = tmp_path / "new" / "folder" / "r.xlsx"
    write(path)
    assert report.is_report(str(path))


def test_a_damaged_report_is_not_replaced_without_force(tmp_path):
    path = tmp_path / "r.xlsx"
    write(path)
    with zipfile.ZipFile(path) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    parts["xl/workbook.xml"] = b"<not-xml"
    with zipfile.ZipFile(path, "w") as z:
        for name, data in parts.items():
            z.writestr(name, data)
    damaged = path.read_bytes()
    with pytest.raises(InputError, match="carry verdicts over"):
        write(path)
    assert path.read_bytes() == damaged
    write(path, force=True)
    assert load_workbook(path).sheetnames[1] == "Quotes"


def test_saved_workbook_has_umask_permissions(tmp_path):
    path = tmp_path / "r.xlsx"
    old = os.umask(0o022)
    try:
        write(path)
    finally:
        os.umask(old)
    assert path.stat().st_mode & 0o777 == 0o644


def test_temporary_files_of_killed_writers_are_removed(tmp_path):
    dead = tmp_path / ".quotecheck-999999999-0badf00d.tmp"  # no such process
    alive = tmp_path / f".quotecheck-{os.getppid()}-0badf00d.tmp"  # a running process: maybe writing now
    dead.write_bytes(b"PK half")
    alive.write_bytes(b"PK half")
    write(tmp_path / "r.xlsx")
    assert not dead.exists() and alive.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([alive.name, "r.xlsx"])


def test_output_under_a_file_is_a_clear_error(tmp_path):
    (tmp_path / "somefile").write_text("x")
    with pytest.raises(InputError, match="cannot make the folder"):
        write(tmp_path / "somefile" / "r.xlsx")
