"""Hostile input through the command line: every bad file is named in one line
on stderr, the run carries on with the other files, and exit status 2 is kept
for runs where nothing could be read or a named path does not exist.
"""

from __future__ import annotations

import json
import os
import random
import sys

import pytest

import ftfy.bad_codecs  # noqa: F401 - registers sloppy-windows-1252 (every byte mapped, as browsers do)
from quotecheck.api import process_article
from quotecheck.articles import make_article, read_articles
from quotecheck.cli import main
from quotecheck.extract import MAX_NESTING, find_spans

GOOD = "“We need legal guarantees,” Ryabkov said.\n"
QUOTE = "“We agree on nothing,” Lavrov told reporters.\n"


def run(capsys, *argv):
    """main(argv) in-process: (exit code, stdout lines, stderr lines)."""
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out.splitlines(), captured.err.splitlines()


def extract(capsys, *paths):
    """``quotecheck extract --format jsonl``: (exit code, records, stderr lines)."""
    code, out, err = run(capsys, "extract", "--format", "jsonl", *map(str, paths))
    return code, [json.loads(line) for line in out], err


def below(article: str) -> str:
    """An article id without the name of the folder given that leads it."""
    return article.split("/", 1)[-1]


def random_bytes(size: int, seed: int = 0) -> bytes:
    return random.Random(seed).randbytes(size)


#: name -> (bytes, what stderr says about it, or None when it is read cleanly; quoted words expected)
BAD_FILES = {
    "empty.txt": (b"", "skipped: empty file", None),
    "blank.txt": (b" \r\n\t\n \n", "skipped: empty file", None),
    "nul.txt": (b"He said \x00\x00 \xe2\x80\x9chello\xe2\x80\x9d.", "skipped: binary file (NUL bytes)", None),
    "image.txt": (b"\x89PNG\r\n\x1a\n" + random_bytes(4000).replace(b"\x00", b"\x01"), "skipped: not text", None),
    "controls.txt": (bytes(b % 32 for b in random_bytes(4000)).replace(b"\x00", b"\x02"), "skipped: not text",
                     None),
    "cp1252.txt": (QUOTE.encode("cp1252"), "not UTF-8; read as cp1252", "We agree on nothing,"),
    "invalid_utf8.txt": (b"\xe2\x80 " + QUOTE.encode("utf-8"), "invalid UTF-8: 1 broken byte sequence(s)",
                         "We agree on nothing,"),
    "latin_noise.txt": (bytes(128 + b % 128 for b in random_bytes(4000)), "skipped: not text in any encoding", None),
    "utf16.txt": (QUOTE.encode("utf-16"), None, "We agree on nothing,"),
    "mojibake.txt": (QUOTE.encode("utf-8").decode("sloppy-windows-1252").encode("utf-8"),
                     "repaired mis-decoded characters", "We agree on nothing,"),
}


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_a_bad_file_is_named_in_one_line_and_the_run_carries_on(capsys, tmp_path, name):
    data, message, words = BAD_FILES[name]
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / name).write_bytes(data)
    code, records, err = extract(capsys, tmp_path)
    assert code == 0
    assert "We need legal guarantees," in [r["text"] for r in records if below(r["article"]) == "good.txt"]
    about = [line for line in err if name in line]
    if message is None:
        assert about == []
    else:
        assert len(about) == 1 and message in about[0] and f"{tmp_path / name}:" in about[0]
    if words is not None:
        assert words in [r["text"] for r in records if below(r["article"]) == name]


def test_invalid_utf8_loses_no_quote(capsys, tmp_path):
    """A stray broken byte sequence must not cost the quotes around it."""
    (tmp_path / "a.txt").write_bytes(b"\xe2\x80 " + QUOTE.encode("utf-8") + b"\xff " + GOOD.encode("utf-8"))
    code, records, err = extract(capsys, tmp_path / "a.txt")
    assert code == 0 and len(err) == 1
    assert len(records) == 2


def test_nothing_readable_is_exit_2_naming_each_file(capsys, tmp_path):
    for name in ("empty.txt", "nul.txt", "image.txt"):
        (tmp_path / name).write_bytes(BAD_FILES[name][0])
    code, records, err = extract(capsys, tmp_path)
    assert (code, records) == (2, [])
    assert sum(1 for line in err if "skipped" in line) == 3
    assert err[-1] == f"quotecheck: error: nothing could be read from {tmp_path}"


def test_a_missing_path_is_exit_2_and_reads_nothing(capsys, tmp_path):
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    code, records, err = extract(capsys, tmp_path / "good.txt", tmp_path / "missing.txt")
    assert (code, records) == (2, [])
    assert err == [f"quotecheck: error: {tmp_path / 'missing.txt'}: no such file or directory"]


def test_a_50_mb_single_line_file_keeps_both_its_quotes(capsys, tmp_path):
    filler = "The delegations met again in Geneva on Monday and talked for hours. "
    body = filler * (50_000_000 // len(filler))
    big = tmp_path / "big.txt"
    big.write_text("“We need guarantees,” Ryabkov said. " + body + "“Last words,” he said.", encoding="utf-8")
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    assert big.stat().st_size > 50_000_000
    code, records, err = extract(capsys, big, tmp_path / "good.txt")
    assert (code, err) == (0, [])
    assert [r["text"] for r in records] == ["We need guarantees,", "Last words,", "We need legal guarantees,"]
    assert records[1]["start"] > 50_000_000 - 100


def test_100000_opening_marks_without_a_closing_one(capsys, tmp_path):
    # A paragraph between: a paragraph opening with “ would rightly continue the open quote.
    (tmp_path / "marks.txt").write_text("“" * 100_000 + "\n\nThen he left.\n\n" + GOOD, encoding="utf-8")
    [article] = read_articles([str(tmp_path / "marks.txt")], lambda m: None)
    result = process_article(article)
    assert result.unbalanced  # reported, so the CI mode can flag it
    assert [q.text for q in result.quotes] == ["We need legal guarantees,"]


def test_100000_unclosed_marks_between_words_keep_later_paragraphs(tmp_path):
    text = "“word " * 100_000 + "\n\nThen he left.\n\n" + GOOD
    result = process_article(make_article("a", "a.txt", text, {}))
    assert len(result.unbalanced) == 100_000
    assert "We need legal guarantees," in [q.text for q in result.quotes]
    assert all(text[q.start:q.end] == q.text for q in result.quotes)


def test_deeply_nested_marks_give_one_span_per_level_down_to_the_cap():
    pairs = [("“", "”"), ("‘", "’")] * 100  # 200 levels, double and single in turn
    text = "He said " + "".join(f"{o}level {n} " for n, (o, _) in enumerate(pairs))
    text += "".join(f"{c} " for _, c in reversed(pairs)).rstrip() + ". Then he left.\n"
    result = process_article(make_article("a", "a.txt", text, {}))
    assert len(result.quotes) == MAX_NESTING
    assert result.unbalanced == ()
    assert all(text[q.start:q.end] == q.text for q in result.quotes)
    # The deepest quote with a record keeps every deeper level as its words.
    assert result.quotes[-1].text.startswith(f"level {MAX_NESTING - 1} ")
    assert result.quotes[-1].text.endswith("”")


def _nest(depth: int, opening: tuple, closing: dict) -> str:
    """Marks of ``opening`` in turn, ``depth`` levels deep, a word inside each."""
    marks = [opening[i % len(opening)] for i in range(depth)]
    return ("He said " + "".join(f"{m}a " for m in marks) + "x"
            + "".join(f" b{closing[m]}" for m in reversed(marks)) + ".\n")


@pytest.mark.parametrize("opening, closing", [(("“", "‘"), {"“": "”", "‘": "’"}),
                                              (("\"", "'"), {"\"": "\"", "'": "'"})],
                         ids=["curly", "straight"])
def test_marks_nested_20000_deep_give_a_bounded_linear_output(opening, closing):
    # Was one record per level, each repeating the words inside it: 7.9 GB of
    # output for 200 kB, quadratic in the depth.
    text = _nest(20_000, opening, closing)
    result = process_article(make_article("a", "a.txt", text, {}))
    assert len(result.quotes) == MAX_NESTING
    assert result.unbalanced == ()
    assert all(text[q.start:q.end] == q.text for q in result.quotes)
    assert sum(len(q.text) for q in result.quotes) <= MAX_NESTING * len(text)
    shallow = process_article(make_article("a", "a.txt", _nest(MAX_NESTING, opening, closing), {}))
    assert [q.text for q in shallow.quotes][-1] == "a x b"  # the cap itself still nests


def test_closing_marks_of_another_family_under_deep_opens_stay_linear():
    # Each ’ walked the whole stack of 20,000 open “ looking for a single quote.
    text = "“a " * 20_000 + " ’ " * 20_000 + "\n\nThen he left.\n\n" + GOOD
    spans, unbalanced = find_spans(text)
    assert len(unbalanced) == 20_000
    assert "We need legal guarantees," in [text[s.start:s.end] for s in spans]


def test_a_header_of_100000_source_lines_is_read_in_one_pass():
    # Looking for the date line from each header line scanned to the end of
    # the text every time: quadratic (32 s for 40,000 lines).
    text = "Source: Reuters\n" * 100_000 + "date 2022-01-10\n\n" + GOOD
    article = make_article("a", "a.txt", text, {})
    assert (article.outlet, article.date) == ("Reuters", "2022-01-10")
    assert len(article.metadata_spans) == 100_001


def test_interleaved_marks_never_cross_spans_wrongly():
    text = "“a ‘b” c’ " * 500 + "\n\n" + GOOD
    result = process_article(make_article("a", "a.txt", text, {}))
    assert all(text[q.start:q.end] == q.text for q in result.quotes)
    assert all(text[u.offset:u.offset + len(u.mark)] == u.mark for u in result.unbalanced)
    assert "We need legal guarantees," in [q.text for q in result.quotes]


SCRIPTED_PAGE = """<!doctype html><html><head><title>Talks</title>
<style>p::before { content: "“style”"; } .q:after { content: '»' }</style>
<script>var s = "“not a quote,” said nobody"; if (a < b && c > d) { document.write("<p>“fake”</p>"); }</script>
</head><body><nav>“Menu,” Home</nav>
<script type="application/ld+json">{"headline": "“Ld json”"}</script>
<p>“We need legal guarantees,” Ryabkov said.</p><!-- “commented out,” he said -->
<noscript>“Enable scripts,” it said.</noscript><p>Talks went on &ldquo;for hours&rdquo;.</p>
<script>unterminated = "“x”
"""


def test_html_scripts_styles_and_comments_are_not_article_text(capsys, tmp_path):
    (tmp_path / "page.html").write_text(SCRIPTED_PAGE, encoding="utf-8")
    code, records, err = extract(capsys, tmp_path / "page.html")
    assert (code, err) == (0, [])
    texts = [r["text"] for r in records]
    assert "We need legal guarantees," in texts and "for hours" in texts
    for hidden in ("style", "not a quote,", "fake", "Ld json", "commented out,", "Enable scripts,", "Menu,", "x"):
        assert hidden not in texts


@pytest.mark.parametrize("page", [
    "<html><head><title>Talks</title><body><p>“We agree,” he said.</p>",  # no </head>
    "<html><head><title>Talks</title><p>“We agree,” he said.</p>",  # no </head>, no <body>
    "<nav><a>Home</a><p>“We agree,” he said.</p>",  # a <nav> never closed
    "<header><nav>Menu</header><p>“We agree,” he said.</p><footer>(c)</footer>",  # crossed tags
])
def test_a_tag_left_open_does_not_swallow_the_article(page):
    """The standard-library fallback (used without the html extra) on sloppy markup."""
    from quotecheck._html import visible_text

    text = visible_text(page)
    assert "“We agree,” he said." in text
    assert "Talks" not in text and "(c)" not in text


def test_a_page_of_nothing_but_script_is_named_and_skipped(capsys, tmp_path):
    (tmp_path / "page.html").write_text("<html><script>var q = '“x”';</script></html>", encoding="utf-8")
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    code, records, err = extract(capsys, tmp_path)
    assert code == 0 and [below(r["article"]) for r in records] == ["good.txt"]
    assert err == [f"quotecheck: {tmp_path / 'page.html'}: skipped: no article text in the page"]


def test_a_symlink_loop_is_reported_once_and_not_walked(capsys, tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "good.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "sub" / "loop").symlink_to(tmp_path)
    (tmp_path / "self.txt").symlink_to(tmp_path / "self.txt")  # a file link to itself
    code, records, err = extract(capsys, tmp_path)
    assert code == 0
    assert [below(r["article"]) for r in records] == ["sub/good.txt"]
    assert err == [f"quotecheck: {tmp_path / 'self.txt'}: skipped: Too many levels of symbolic links",
                   f"quotecheck: {tmp_path / 'sub' / 'loop'}: symbolic link loop, not followed"]


@pytest.mark.skipif(not os.path.exists("/proc/self/mem"), reason="needs Linux /proc/self/mem")
def test_an_unreadable_file_is_named_and_skipped(capsys, tmp_path):
    """Tests run as root here, so chmod 000 would not stop a read. /proc/self/mem
    is a file even root cannot read from offset 0 (EIO), linked in as a .txt."""
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "locked.txt").symlink_to("/proc/self/mem")
    code, records, err = extract(capsys, tmp_path)
    assert code == 0 and [below(r["article"]) for r in records] == ["good.txt"]
    assert err == [f"quotecheck: {tmp_path / 'locked.txt'}: cannot read: Input/output error"]


def test_a_permission_error_is_named_and_skipped(capsys, tmp_path, monkeypatch):
    """What chmod 000 gives a normal user, simulated: the read raises PermissionError."""
    from pathlib import Path

    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "locked.txt").write_text(GOOD, encoding="utf-8")
    real = Path.read_bytes

    def read_bytes(self):
        if self.name == "locked.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    code, records, err = extract(capsys, tmp_path)
    assert code == 0 and [below(r["article"]) for r in records] == ["good.txt"]
    assert err == [f"quotecheck: {tmp_path / 'locked.txt'}: cannot read: Permission denied"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_a_fifo_in_a_folder_is_skipped_not_waited_on(capsys, tmp_path):
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "gone.txt")
    code, records, err = extract(capsys, tmp_path)
    assert code == 0 and [below(r["article"]) for r in records] == ["good.txt"]
    assert err == [f"quotecheck: {tmp_path / 'dangling.txt'}: skipped: broken symbolic link",
                   f"quotecheck: {tmp_path / 'pipe.txt'}: skipped: not a regular file (a pipe, socket or device)"]


def test_a_folder_named_like_an_article_is_read_as_a_folder(capsys, tmp_path):
    (tmp_path / "odd.txt").mkdir()
    (tmp_path / "odd.txt" / "inner.txt").write_text(GOOD, encoding="utf-8")
    code, records, err = extract(capsys, tmp_path)
    assert (code, err) == (0, [])
    assert [below(r["article"]) for r in records] == ["odd.txt/inner.txt"]


def test_a_corpus_with_escaped_lone_surrogates_is_read_and_written(capsys, tmp_path):
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(json.dumps({"id": "s\ud800", "text": "“Broken \udc00 text,” he said."}) + "\n",
                      encoding="utf-8")
    code, records, err = extract(capsys, corpus)
    assert code == 0
    assert [r["text"] for r in records] == ["Broken \ufffd text,"]
    assert records[0]["article"] == "s\ufffd"
    assert err == [f"quotecheck: {corpus}:1: lone UTF-16 surrogates in the text, replaced by U+FFFD"]


def test_a_corpus_line_of_mojibake_is_repaired_alone(capsys, tmp_path):
    broken = QUOTE.encode("utf-8").decode("sloppy-windows-1252")
    corpus = tmp_path / "c.jsonl"
    lines = [{"id": "ok", "text": GOOD}, {"id": "moji", "text": broken}]
    corpus.write_bytes(b"".join(json.dumps(line, ensure_ascii=False).encode("utf-8") + b"\n" for line in lines))
    code, records, err = extract(capsys, corpus)
    assert code == 0
    assert {r["article"]: r["text"] for r in records} == {"ok": "We need legal guarantees,",
                                                          "moji": "We agree on nothing,"}
    assert err == [f"quotecheck: {corpus}:2: repaired mis-decoded characters (mojibake such as \"\u00e2\u20ac\u0153\" for \u201c)"]


@pytest.mark.parametrize("command", ["extract", "compare", "check", "report"])
def test_corpus_fields_of_the_wrong_type_are_warnings_not_a_crash(capsys, tmp_path, command):
    # An outlet given as a list ended ``report`` with "internal error: TypeError:
    # unhashable type: 'list'" and openpyxl tracebacks on stderr.
    lines = [{"id": "a", "text": GOOD, "outlet": ["a"]}, {"id": "b", "text": QUOTE, "outlet": {"o": 1}},
             {"id": "c", "text": None}, {"id": {"x": 1}, "text": QUOTE, "title": 3}]
    corpus = tmp_path / "w1.jsonl"
    corpus.write_text("\n".join(json.dumps(line) for line in lines) + "\n", encoding="utf-8")
    extra = ["-o", str(tmp_path / "w.xlsx")] if command == "report" else []
    code, out, err = run(capsys, command, str(corpus), *extra)
    assert code in (0, 1)
    assert all(line.startswith(f"quotecheck: {corpus}:") for line in err), err
    assert [line.split(": ")[1] for line in err] == [f"{corpus}:{n}" for n in (1, 2, 3, 4, 4)]


def test_stdin_of_binary_data_is_exit_2(capsys, monkeypatch):
    import io

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"\x00\x01\x02binary")))
    code, records, err = extract(capsys, "-")
    assert (code, records) == (2, [])
    assert err[0] == "quotecheck: <stdin>: skipped: binary file (NUL bytes), not text"


# --- the workbook ---------------------------------------------------------------


def _corpus(path, articles: int) -> None:
    """A corpus of distinct attributed quotes: enough rows that saving takes a while."""
    with open(path, "w", encoding="utf-8") as handle:
        for n in range(articles):
            text = f"“Statement {n} on the talks in Geneva went well,” Official{n} Smith said. Talks went on."
            handle.write(json.dumps({"id": f"a{n}", "outlet": f"Outlet {n % 7}", "text": text}) + "\n")


def _workbook_quotes(path) -> int:
    """Rows of the Quotes sheet of a workbook openpyxl can read (raises if it cannot)."""
    from openpyxl import load_workbook

    book = load_workbook(path, read_only=True)
    try:
        return sum(1 for _ in book["Quotes"].iter_rows()) - 1
    finally:
        book.close()


def test_a_report_killed_while_writing_leaves_the_previous_workbook_intact(capsys, tmp_path):
    import signal
    import subprocess
    import time

    from tests.conftest import ROOT, SEEDS

    book = tmp_path / "book.xlsx"
    assert run(capsys, "report", str(SEEDS), "-o", str(book))[0] == 0
    before, rows = book.read_bytes(), _workbook_quotes(book)
    stamp = book.stat().st_mtime_ns
    _corpus(tmp_path / "corpus.jsonl", 3000)
    writer = subprocess.Popen([sys.executable, "-m", "quotecheck", "report", str(tmp_path / "corpus.jsonl"),
                               "-o", str(book), "-q"], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        while writer.poll() is None and not _saving(tmp_path, book, stamp):
            time.sleep(0.002)
        writer.send_signal(signal.SIGKILL)
    finally:
        writer.wait()
    if not list(tmp_path.glob(".quotecheck-*")):  # no temporary file left: the rename was done
        assert _workbook_quotes(book) == 3000
        pytest.skip("the writer finished saving before it could be killed (machine too fast for this corpus)")
    assert writer.returncode == -signal.SIGKILL
    assert book.read_bytes() == before
    assert _workbook_quotes(book) == rows


def _saving(folder, book, stamp: int) -> bool:
    """Has the writer put bytes in a temporary workbook, or touched the old one, yet?"""
    if book.stat().st_mtime_ns != stamp:
        return True  # a writer that writes in place: killing it now must show the damage
    for temp in folder.glob(".quotecheck-*"):
        try:
            return temp.stat().st_size > 0
        except FileNotFoundError:  # renamed into place meanwhile
            return True
    return False


def _immutable(path, on: bool) -> bool:
    """chattr +i / -i: even root cannot replace an immutable file or add to an immutable folder."""
    import shutil
    import subprocess

    if not shutil.which("chattr"):
        return False
    return subprocess.run(["chattr", "+i" if on else "-i", str(path)], capture_output=True).returncode == 0


def test_an_unwritable_workbook_is_a_clear_error_and_stays_as_it_was(capsys, tmp_path):
    from tests.conftest import SEEDS

    book = tmp_path / "book.xlsx"
    assert run(capsys, "report", str(SEEDS), "-o", str(book))[0] == 0
    before = book.read_bytes()
    if not _immutable(book, True):
        pytest.skip("chattr +i is not available here (root ignores chmod, so nothing else makes a file read-only)")
    try:
        code, out, err = run(capsys, "report", str(SEEDS), "-o", str(book))
    finally:
        _immutable(book, False)
    assert (code, out) == (2, [])
    assert err == [f"quotecheck: error: {book}: cannot write the report: Operation not permitted"]
    assert book.read_bytes() == before
    assert not list(tmp_path.glob(".quotecheck-*"))


def test_an_unwritable_report_folder_is_a_clear_error(tmp_path):
    import subprocess

    from tests.conftest import ROOT, SEEDS

    folder = tmp_path / "out"
    folder.mkdir()
    if not _immutable(folder, True):
        pytest.skip("chattr +i is not available here")
    try:  # in a child process: the traceback it prints is what this test is about
        done = subprocess.run([sys.executable, "-m", "quotecheck", "report", str(SEEDS), "-o",
                               str(folder / "book.xlsx")], cwd=ROOT, capture_output=True, text=True)
    finally:
        _immutable(folder, False)
    assert "Traceback" not in done.stderr
    assert done.returncode == 2 and "cannot write the report" in done.stderr


# --- configuration and options ----------------------------------------------------

BAD_CONFIGS = {
    "binary": (b"[quotecheck]\n\xff\xfejobs = 2\n", "cannot read configuration"),
    "duplicate key": (b"[quotecheck]\njobs = 2\njobs = 3\n", "option 'jobs' in section 'quotecheck' already exists"),
    "unclosed section": (b"[quotecheck\njobs = 2\n", "cannot read configuration"),
    "NUL in a value": (b"[quotecheck]\njobs = 2\x00\n", "[quotecheck] jobs:"),
    "bad choice": (b"[quotecheck]\nformat = yaml\n", "[quotecheck] format: 'yaml' is not one of"),
}


@pytest.mark.parametrize("case", sorted(BAD_CONFIGS))
def test_a_hostile_setup_cfg_is_a_usage_error_naming_file_and_key(capsys, tmp_path, monkeypatch, case):
    data, message = BAD_CONFIGS[case]
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "setup.cfg").write_bytes(data)
    monkeypatch.chdir(tmp_path)
    code, out, err = run(capsys, "extract", "a.txt")
    assert (code, out) == (2, [])
    assert len(err) == 1 and err[0].startswith(f"quotecheck: error: {tmp_path / 'setup.cfg'}: ") and message in err[0]


@pytest.mark.parametrize("argv, message", [
    (["--bogus"], "unrecognized arguments: --bogus"),
    (["--jobs", "x"], "argument -j/--jobs: invalid int value: 'x'"),
    (["--jobs", "-1"], "--jobs must be 0 (all cores) or a positive number"),
    (["--format", "yaml"], "argument --format: invalid choice: 'yaml'"),
    (["-o", "missing/folder/out.jsonl"], "missing/folder/out.jsonl: cannot write: No such file or directory"),
    (["-o", "."], ".: cannot write: Is a directory"),
])
def test_bad_options_are_one_line_usage_errors(capsys, tmp_path, monkeypatch, argv, message):
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    code, out, err = run(capsys, "extract", "a.txt", *argv)
    assert (code, out) == (2, [])
    assert len(err) == 1 and message in err[0]
