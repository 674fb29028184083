"""Reading articles: files, folders, corpora, stdin, metadata and encodings."""

from __future__ import annotations

import codecs
import io
import json
import sys

import pytest

from quotecheck.articles import decode, iter_files, read_articles
from quotecheck.errors import InputError

QUOTE = "“We need guarantees,” Ryabkov said."


def read(paths, warnings=None):
    """Articles under ``paths``, warnings collected in a list."""
    sink = warnings if warnings is not None else []
    return list(read_articles([str(p) for p in paths], sink.append))


def test_a_file_is_one_article_with_its_name_as_id(tmp_path):
    (tmp_path / "a.txt").write_text(QUOTE, encoding="utf-8")
    [article] = read([tmp_path / "a.txt"])
    assert (article.id, article.text, article.outlet) == (f"{tmp_path.name}/a.txt", QUOTE, "a")


def test_folders_are_read_recursively_in_sorted_order_with_relative_ids(tmp_path):
    for name in ("b/c/deep.md", "b/page.html", "a.txt", "skip.pdf", "b/notes.docx"):
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f"<p>{QUOTE}</p>" if name.endswith("html") else QUOTE, encoding="utf-8")
    # A folder's own files first, then its subfolders, each sorted: the same order on every machine.
    lead = tmp_path.name
    assert [a.id for a in read([tmp_path])] == [f"{lead}/a.txt", f"{lead}/b/page.html", f"{lead}/b/c/deep.md"]


def test_a_jsonl_corpus_is_one_article_per_line_with_its_metadata(tmp_path):
    lines = [
        {"id": "x1", "text": QUOTE, "outlet": "TASS", "date": "2022-01-10", "title": "Talks", "url": "https://t/1"},
        {"id": "x2", "text": "Nothing quoted.", "publisher": "Reuters"},
    ]
    corpus = tmp_path / "c.jsonl"
    corpus.write_text("\n".join(json.dumps(line) for line in lines) + "\n\n", encoding="utf-8")
    first, second = read([corpus])
    assert (first.id, first.outlet, first.date, first.title, first.url) == ("x1", "TASS", "2022-01-10", "Talks",
                                                                           "https://t/1")
    assert (second.id, second.outlet, second.text) == ("x2", "Reuters", "Nothing quoted.")


def test_bad_corpus_lines_are_named_by_number_and_the_rest_is_read(tmp_path):
    corpus = tmp_path / "c.jsonl"
    corpus.write_text('{"id": "ok", "text": "a"}\n{not json\n{"id": "no text"}\n[1, 2]\n{"text": "b"}\n',
                      encoding="utf-8")
    warnings = []
    articles = read([corpus], warnings)
    assert [a.id for a in articles] == ["ok", "c.jsonl:5"]
    assert [w.split(": ")[0] for w in warnings] == [f"{corpus}:2", f"{corpus}:3", f"{corpus}:4"]


def test_corpus_fields_of_the_wrong_type_are_named_and_ignored(tmp_path):
    lines = [
        {"id": "a", "text": QUOTE, "outlet": ["a"]},
        {"id": "b", "text": {"x": 1}},
        {"id": "c", "text": None},
        {"id": 7, "text": QUOTE, "date": 20220110, "title": {"t": 1}, "url": True, "outlet": None},
        {"id": ["x"], "text": QUOTE, "publisher": 3},
        {"id": 2.5, "text": QUOTE, "outlet": "TASS"},
    ]
    corpus = tmp_path / "c.jsonl"
    corpus.write_text("\n".join(json.dumps(line) for line in lines) + "\n", encoding="utf-8")
    warnings = []
    articles = read([corpus], warnings)
    assert [(a.id, a.outlet, a.date, a.title, a.url) for a in articles] == [
        ("a", "a", None, None, None), ("7", "7", None, None, None), ("c.jsonl:5", "c", None, None, None),
        ("2.5", "TASS", None, None, None)]
    assert warnings == [
        f'{corpus}:1: field "outlet" must be a string or null, not an array; ignored',
        f'{corpus}:2: skipped: field "text" must be a string, not an object',
        f'{corpus}:3: skipped: field "text" must be a string, not null',
        f'{corpus}:4: field "date" must be a string or null, not a number; ignored',
        f'{corpus}:4: field "title" must be a string or null, not an object; ignored',
        f'{corpus}:4: field "url" must be a string or null, not a boolean; ignored',
        f'{corpus}:5: field "id" must be a string or a number, not an array; using c.jsonl:5',
        f'{corpus}:5: field "publisher" must be a string or null, not a number; ignored',
    ]


def test_stdin_is_one_article_or_a_corpus(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(QUOTE.encode("utf-8"))))
    [article] = read(["-"])
    assert (article.id, article.text) == ("<stdin>", QUOTE)
    corpus = (json.dumps({"id": "s1", "text": QUOTE}) + "\n").encode("utf-8")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(corpus)))
    assert [a.id for a in read(["-"])] == ["s1"]


def test_a_missing_path_is_an_input_error_before_anything_is_read(tmp_path):
    (tmp_path / "a.txt").write_text(QUOTE, encoding="utf-8")
    with pytest.raises(InputError, match="nope.txt: no such file or directory"):
        read([tmp_path / "a.txt", tmp_path / "nope.txt"])


def test_sources_csv_beside_the_files_gives_outlet_date_and_title(tmp_path):
    (tmp_path / "a.txt").write_text(f"Source: Somewhere Else\n\n{QUOTE}", encoding="utf-8")
    (tmp_path / "sources.csv").write_text("file,outlet,date,title,url\na.txt,TASS,2022-01-10,Talks end,https://x\n",
                                          encoding="utf-8")
    [article] = read([tmp_path / "a.txt"])
    assert (article.outlet, article.date, article.title, article.url) == ("TASS", "2022-01-10", "Talks end",
                                                                          "https://x")


def test_source_and_date_lines_are_metadata_not_quotes(tmp_path):
    text = "date 2022-01-10\nRussia-US talks end\n\n“We agree,” he said.\nSource: Al Jazeera and news agencies\n"
    (tmp_path / "talks.txt").write_text(text, encoding="utf-8")
    [article] = read([tmp_path / "talks.txt"])
    assert (article.outlet, article.date) == ("Al Jazeera", "2022-01-10")
    assert article.text == text  # offsets stay true to the file
    covered = "".join(text[s:e] for s, e in article.metadata_spans)
    assert "Source: Al Jazeera" in covered and "date 2022-01-10" in covered


@pytest.mark.parametrize("head", [
    "Source: Al Jazeera and news agencies\ndate 2022-01-10\n\n",
    "date 2022-01-10\nSource: Al Jazeera and news agencies\n\n",
    "\n  Source: Al Jazeera and news agencies\n\n  Date: 2022-01-10\n",
])
def test_metadata_lines_are_read_in_any_order_in_the_header(tmp_path, head):
    # The date was only recognised at the very start of the file: after a
    # Source line it stayed empty.
    text = head + "“We agree,” he said.\n"
    (tmp_path / "talks.txt").write_text(text, encoding="utf-8")
    [article] = read([tmp_path / "talks.txt"])
    assert (article.outlet, article.date) == ("Al Jazeera", "2022-01-10")
    covered = [text[s:e].strip() for s, e in article.metadata_spans]
    assert covered == sorted(covered, key=text.index) and len(covered) == 2
    assert any(c.lower().startswith("date") for c in covered)


def test_a_date_line_after_the_header_is_prose(tmp_path):
    text = "Source: Reuters\nThe talks were held on\ndate 2022-01-10\n"
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    [article] = read([tmp_path / "a.txt"])
    assert (article.outlet, article.date) == ("Reuters", None)


def test_without_metadata_the_file_name_is_the_outlet_and_a_headline_the_title(tmp_path):
    (tmp_path / "bbc_news.txt").write_text(f"Talks end without a deal\n\n{QUOTE}\n", encoding="utf-8")
    [article] = read([tmp_path / "bbc_news.txt"])
    assert (article.outlet, article.title) == ("bbc_news", "Talks end without a deal")


@pytest.mark.parametrize("encoding, bom", [
    ("utf-8", b""), ("utf-8", codecs.BOM_UTF8), ("utf-16-le", codecs.BOM_UTF16_LE),
    ("utf-16-be", codecs.BOM_UTF16_BE), ("utf-32-le", codecs.BOM_UTF32_LE),
])
def test_unicode_files_with_or_without_a_bom_read_exactly(tmp_path, encoding, bom):
    (tmp_path / "a.txt").write_bytes(bom + QUOTE.encode(encoding))
    warnings = []
    [article] = read([tmp_path / "a.txt"], warnings)
    assert (article.text, warnings) == (QUOTE, [])


def test_windows_1252_is_read_with_a_warning_naming_the_encoding(tmp_path):
    (tmp_path / "a.txt").write_bytes(QUOTE.encode("cp1252"))
    warnings = []
    [article] = read([tmp_path / "a.txt"], warnings)
    assert article.text == QUOTE
    assert warnings == [f"{tmp_path / 'a.txt'}: not UTF-8; read as cp1252"]


def test_a_declared_charset_wins_over_guessing(tmp_path):
    page = '<html><head><meta charset="windows-1251"></head><body><p>«Мы согласны», — сказал он.</p></body></html>'
    (tmp_path / "a.html").write_bytes(page.encode("cp1251"))
    warnings = []
    [article] = read([tmp_path / "a.html"], warnings)
    assert "«Мы согласны»" in article.text
    assert "read as cp1251" in warnings[0]


def test_mojibake_is_repaired_and_real_curly_quotes_are_kept():
    import ftfy.bad_codecs  # noqa: F401 - registers sloppy-windows-1252, which maps every byte as browsers do

    broken = QUOTE.encode("utf-8").decode("sloppy-windows-1252")
    assert broken.startswith("â€œ")
    assert decode(broken.encode("utf-8"), "a.txt") == QUOTE
    assert decode(QUOTE.encode("utf-8"), "a.txt") == QUOTE  # ftfy's fix_text would straighten these


def test_iter_files_reads_a_named_file_whatever_its_ending(tmp_path):
    (tmp_path / "notes.log").write_text(QUOTE, encoding="utf-8")
    assert list(iter_files(str(tmp_path / "notes.log"))) == [(str(tmp_path / "notes.log"), f"{tmp_path.name}/notes.log")]
    assert list(iter_files(str(tmp_path))) == []


@pytest.mark.parametrize("data", [
    b"plain text\tand\r\nlines\x0c",
    b"\x01\x02" + b"a" * 198,  # 2 control bytes in 200: over 1%
    b"\x01" + b"a" * 199,  # 1 in 200: not over
    bytes(range(256)) * 40,
    b"\x1b[0m" * 3000,
])
def test_control_bytes_are_counted_as_one_by_one(data):
    """Counted in C: every corpus line is tested, and a loop over the bytes was
    a third of the reading time."""
    from quotecheck.articles import _looks_binary

    sample = data[:8192]
    control = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    assert _looks_binary(data) == (control > len(sample) // 100)


def test_text_with_a_circumflex_but_no_mojibake_is_kept():
    text = "“Â bientôt,” dit-il, à Besançon: “Ça va, Ãrpád?”"
    assert decode(text.encode("utf-8"), "a.txt") == text


def test_the_html_extra_imports_when_installed():
    # lxml 5.2 moved lxml.html.clean out; trafilatura without lxml_html_clean fails to import
    # and the plain parser would silently be used instead (the html extra installs both)
    from importlib import metadata

    try:
        metadata.version("trafilatura")
    except metadata.PackageNotFoundError:
        pytest.skip("the html extra (trafilatura) is not installed")
    import trafilatura  # noqa: F401
    from quotecheck.articles import html_to_text

    page = ("<html><body><nav><a href='/'>Home</a> <a href='/w'>World</a></nav><article><p>"
            + "Mary Smith said “we will win” after the vote on Monday in the capital. " * 8
            + "</p></article><footer>Copyright</footer></body></html>")
    text = html_to_text(page)
    assert "“we will win”" in text and "Copyright" not in text


def test_same_file_names_in_two_folders_are_two_articles(tmp_path):
    for folder in ("reuters", "afp"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "2022-01-10.txt").write_text(QUOTE, encoding="utf-8")
    ids = [a.id for a in read([tmp_path / "reuters", tmp_path / "afp"])]
    assert ids == ["reuters/2022-01-10.txt", "afp/2022-01-10.txt"]


def test_a_file_keeps_its_id_whether_named_alone_or_read_with_its_folder(tmp_path, monkeypatch):
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "a.txt").write_text(QUOTE, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    ids = {a.id for paths in (["news"], ["./news/"], [str(tmp_path / "news")], ["news/a.txt"]) for a in read(paths)}
    assert ids == {"news/a.txt"}


@pytest.mark.parametrize("first", ["Source: Reuters", "date 2022-01-10"])
def test_a_metadata_first_line_is_not_the_title(tmp_path, first):
    (tmp_path / "a.txt").write_text(f"{first}\n\n{QUOTE}\n", encoding="utf-8")
    [article] = read([tmp_path / "a.txt"])
    assert article.title is None
