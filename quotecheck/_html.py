"""Fallback HTML-to-text for when trafilatura (the ``html`` extra) is absent."""

from __future__ import annotations

from html.parser import HTMLParser

#: Elements whose text is never article prose.
_SKIP = frozenset({"script", "style", "noscript", "nav", "header", "footer", "aside", "form", "svg", "template", "head"})
#: What is skipped on the second try, when the first left no text: only what
#: cannot be prose at all (an unclosed <nav> must not swallow the article).
_NEVER_PROSE = frozenset({"script", "style", "noscript", "svg", "template", "head"})
#: Elements that end a paragraph.
_BLOCK = frozenset({"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "section", "article"})
#: Elements that only stand in a body: they close a <head> left open, as browsers do.
_BODY_CONTENT = frozenset({"body", "main", "article", "section", "p", "div", "h1", "h2", "h3", "h4", "h5", "h6",
                           "blockquote", "li", "table"})


class _TextParser(HTMLParser):
    """Collects text outside skipped elements, one paragraph per block element."""

    def __init__(self, skip: frozenset):
        super().__init__(convert_charrefs=True)
        self.skip = skip
        self.parts: list[str] = []
        self.open_skips: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag == "body":
            self.open_skips = []  # nothing skipped can wrap the body
        elif tag in _BODY_CONTENT and "head" in self.open_skips:
            # A page without </head> would otherwise lose its whole text.
            del self.open_skips[self.open_skips.index("head"):]
        if tag in self.skip:
            self.open_skips.append(tag)
        elif tag in _BLOCK:
            self.parts.append("\n\n")

    def handle_endtag(self, tag):
        if tag in self.open_skips:
            # Close the innermost open element of that name and what it still holds.
            index = len(self.open_skips) - 1 - self.open_skips[::-1].index(tag)
            del self.open_skips[index:]
        elif tag in _BLOCK:
            self.parts.append("\n\n")

    def handle_data(self, data):
        if not self.open_skips:
            self.parts.append(data)


def visible_text(html: str) -> str:
    """Paragraphs of the page's visible prose, blank-line separated.

    When skipping navigation and page furniture leaves nothing (a tag left
    open swallowed the page), only scripts, styles and the head are skipped.
    """
    return _text(html, _SKIP) or _text(html, _NEVER_PROSE)


def _text(html: str, skip: frozenset) -> str:
    parser = _TextParser(skip)
    parser.feed(html)
    parser.close()
    paragraphs = (" ".join(p.split()) for p in "".join(parser.parts).split("\n\n"))
    return "\n\n".join(p for p in paragraphs if p)
