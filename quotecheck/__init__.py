"""quotecheck: find every quote in news text, who said it, and how outlets differ.

The Python API mirrors the command line::

    from quotecheck import read_articles, extract_quotes, quotes_dataframe
    quotes = [q for a in read_articles(["seeds"]) for q in extract_quotes(a)]
"""

__version__ = "0.1.0"

from .api import extract_quotes, process_article, quotes_dataframe, read_articles  # noqa: E402

__all__ = ["extract_quotes", "process_article", "quotes_dataframe", "read_articles", "__version__"]
