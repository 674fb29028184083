"""``--engine dask``: the same pipeline on a Dask cluster, for corpora past one machine.

Extraction is a map over partitions: a ``.jsonl`` corpus is cut into blocks
at line ends by Dask (``dask.bytes.read_bytes``), a Parquet dataset is read
by ``dask.dataframe``, and each partition is read and processed by the very
functions the single-process engine uses, so the records are identical.
Line numbers (which name id-less corpus lines and their warnings) are carried
from block to block by a chain of tiny counting tasks.

Grouping is a shuffle on the blocking keys of compare.py: units are indexed
under each key on the workers, pairs are made and matched where their key
landed, and only the links (pairs of quote ids) come back to this process,
which takes the connected components and sends them out again to build the
groups. The groups equal ``compare.group_quotes`` on the same quotes.

Without ``--scheduler`` a LocalCluster of one single-threaded worker process
per core starts here; its workers are started with the ``spawn`` method, so a
script that calls this module must keep its top level under
``if __name__ == "__main__":`` (the ``quotecheck`` command already does).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import warnings as warnings_module
from contextlib import contextmanager
from operator import add, itemgetter
from typing import Iterable, Iterator, Optional

from .api import ArticleResult, process_article
from .articles import _BOMS, decode, iter_files, make_article, parse_jsonl_line, read_articles, read_file
from .errors import InputError, UsageError
from .models import QUOTE_FIELDS, VariantGroup

#: Bytes of a JSONL corpus per partition: a few seconds of work per task.
BLOCKSIZE = 16_000_000
#: Article files (txt, html) per partition when reading folders.
FILES_PER_PARTITION = 200
#: Partitions computed ahead of the one being written, when streaming back.
AHEAD = 8


def require_dask() -> None:
    """Fail with the install command, not a traceback, when the extra is missing."""
    try:
        import dask  # noqa: F401
        import dask.dataframe  # noqa: F401  (needs pyarrow)
        import distributed  # noqa: F401
    except ImportError:
        raise UsageError("--engine dask needs the dask extra: pip install 'quotecheck[dask]'") from None


@contextmanager
def connect(scheduler: Optional[str] = None, workers: Optional[int] = None):
    """A Dask client: the cluster at ``scheduler``, else a LocalCluster on this machine."""
    require_dask()
    import logging

    from distributed import Client, LocalCluster

    if scheduler:
        try:
            client = Client(scheduler, timeout="20s")
        except (OSError, TimeoutError) as exc:
            raise UsageError(f"--scheduler {scheduler}: cannot connect ({exc})") from None
        with client:
            yield client
        return
    from .parallel import cpu_count

    with LocalCluster(n_workers=workers or cpu_count(), threads_per_worker=1, processes=True,
                      dashboard_address=":0", silence_logs=logging.ERROR) as cluster, Client(cluster) as client:
        yield client


# --- extraction: partitions of articles ---------------------------------------------


def partitions(paths: Iterable[str], warn, blocksize: int = BLOCKSIZE) -> list:
    """Delayed partitions, in input order; each computes to ``(results, warnings)``."""
    from dask import delayed

    paths = list(paths)
    for path in paths:
        if path == "-":
            raise UsageError("--engine dask reads files and folders, not standard input")
        if not os.path.lexists(path):
            raise InputError(f"{path}: no such file or directory")
    parts, batch = [], []
    for path in paths:
        files = [(path, path)] if path.lower().endswith(".parquet") else iter_files(path, warn)
        for file, name in files:
            lower = file.lower()
            if lower.endswith((".jsonl", ".parquet")):
                if batch:
                    parts.append(delayed(_files_partition)(batch))
                    batch = []
                parts.extend(_jsonl_parts(file, warn, blocksize) if lower.endswith(".jsonl")
                             else _parquet_parts(file))
            else:
                batch.append((file, name))
                if len(batch) >= FILES_PER_PARTITION:
                    parts.append(delayed(_files_partition)(batch))
                    batch = []
    if batch:
        parts.append(delayed(_files_partition)(batch))
    return parts


def _jsonl_parts(file: str, warn, blocksize: int) -> list:
    """Blocks of a corpus cut at line ends; each knows the number of its first line."""
    from dask import delayed
    from dask.bytes import read_bytes

    try:
        with open(file, "rb") as handle:
            head = handle.read(8192)
    except OSError as exc:
        warn(f"{file}: cannot read: {exc.strerror or exc}")
        return []
    if head.startswith(tuple(bom for bom, encoding in _BOMS if encoding != "utf-8-sig")):
        return [delayed(_file_partition)(file)]  # UTF-16/32: not splittable on b"\n"
    if b"\x00" in head:
        warn(f"{file}: skipped: binary file (NUL bytes), not text")
        return []
    _, blocks = read_bytes(file, delimiter=b"\n", blocksize=blocksize, sample=False)
    parts, first = [], 1
    for block in blocks[0]:
        parts.append(delayed(_jsonl_partition)(block, first, file))
        first = delayed(add)(first, delayed(_count_lines)(block))
    return parts


def _split_lines(block: bytes) -> list:
    """Lines as iterating over the file yields them: split on b"\\n", newline kept."""
    lines = block.split(b"\n")
    tail = lines.pop()
    return [line + b"\n" for line in lines] + ([tail] if tail else [])


def _count_lines(block: bytes) -> int:
    return block.count(b"\n") + (1 if block and not block.endswith(b"\n") else 0)


def _jsonl_partition(block: bytes, first: int, file: str) -> tuple:
    """One block of a corpus -> (results, warnings), line by line as read_jsonl_file does."""
    warnings: list = []
    results = []
    for number, raw in enumerate(_split_lines(block), first):
        line = decode(raw, f"{file}:{number}", warnings.append)
        article = parse_jsonl_line(line, number, file, warnings.append) if line is not None else None
        if article is not None:
            results.append(process_article(article))
    return results, warnings


def _file_partition(file: str) -> tuple:
    warnings: list = []
    results = [process_article(a) for a in read_articles([file], warnings.append)]
    return results, warnings


def _files_partition(batch: list) -> tuple:
    """Article files (txt, md, html) read and processed on a worker."""
    warnings: list = []
    results = [process_article(a) for file, name in batch for a in read_file(file, name, warnings.append)]
    return results, warnings


def _parquet_parts(path: str) -> list:
    """Partitions of a Parquet dataset with the columns of a corpus line (``text`` at least)."""
    import dask.dataframe as dd
    from dask import delayed

    frame = dd.read_parquet(path)
    if "text" not in frame.columns:
        raise InputError(f"{path}: a Parquet corpus needs a \"text\" column")
    return [delayed(_parquet_partition)(part, path) for part in frame.to_delayed()]


def _parquet_partition(frame, path: str) -> tuple:
    """Rows -> articles, with the same metadata rules as a corpus line."""
    results = []
    for index, row in enumerate(frame.to_dict("records")):
        record = {k: (None if _missing(v) else v) for k, v in row.items()}
        meta = {k: record.get(k) for k in ("outlet", "date", "title", "url")}
        meta["outlet"] = meta["outlet"] or record.get("publisher")
        ident = str(record["id"]) if record.get("id") is not None else f"{os.path.basename(path)}:{index}"
        results.append(process_article(make_article(ident, path, str(record["text"] or ""), meta)))
    return results, []


def _missing(value) -> bool:
    try:
        return value is None or value != value  # NaN
    except (TypeError, ValueError):
        return False


def iter_results(paths: Iterable[str], warn, scheduler: Optional[str] = None,
                 workers: Optional[int] = None, blocksize: int = BLOCKSIZE) -> Iterator[ArticleResult]:
    """Results in input order, computed on the cluster a few partitions ahead.

    This is how every subcommand runs with ``--engine dask``: the work is
    distributed, the writing stays here, and memory stays bounded.
    """
    with connect(scheduler, workers) as client:
        parts = partitions(paths, warn, blocksize)
        futures = [client.compute(p) for p in parts[:AHEAD]]
        for index in range(len(parts)):
            results, warnings = futures[index].result()
            futures[index] = None
            if index + AHEAD < len(parts):
                futures.append(client.compute(parts[index + AHEAD]))
            for message in warnings:
                warn(message)
            yield from results


def results_bag(parts: list):
    """The results of every partition as a Dask bag (warnings left aside)."""
    import dask.bag as db
    from dask import delayed

    return db.from_delayed([delayed(itemgetter(0))(p) for p in parts])


# --- writing partitioned output ------------------------------------------------------


def quote_records(results: list) -> list:
    """Quote dicts of a partition, in record order."""
    return [q.to_dict() for r in results for q in r.quotes]


def quote_frame(records: list):
    """A DataFrame of quote records with fixed dtypes, so every partition has one schema."""
    import pandas as pd

    frame = pd.DataFrame(records, columns=list(QUOTE_FIELDS))
    ints = ("line", "column", "start", "end", "speaker_start", "speaker_end")
    return frame.astype({c: ("Int64" if c in ints else "string") for c in QUOTE_FIELDS})


def write_records(bag, out_dir: str, fmt: str, name: str) -> list:
    """Delayed writes of a bag of dicts as ``name-N.jsonl`` files or a Parquet dataset."""
    import dask.dataframe as dd

    os.makedirs(out_dir, exist_ok=True)
    if fmt == "jsonl":
        lines = bag.map(lambda record: json.dumps(record, ensure_ascii=False))
        return lines.to_textfiles(os.path.join(out_dir, f"{name}-*.jsonl"), compute=False, last_endline=True)
    frames = bag.map_partitions(lambda part: [quote_frame(list(part))] if name == "quotes" else [_flat_frame(part)])
    meta = quote_frame([]) if name == "quotes" else _flat_frame([])
    frame = dd.from_delayed([d[0] for d in _single(frames)], meta=meta)
    return [frame.to_parquet(os.path.join(out_dir, name), compute=False, write_index=False)]


def _single(bag) -> list:
    from dask import delayed

    return [delayed(list)(d) for d in bag.to_delayed()]


def _flat_frame(records):
    import pandas as pd

    columns = ["group", "speaker", "variant", "reference", "article", "outlet", "quote_id", "text", "start", "end",
               "line", "member_speaker", "channel", "member_variant", "diff"]
    frame = pd.DataFrame(list(records), columns=columns)
    return frame.astype({c: ("Int64" if c in ("start", "end", "line") else "string") for c in columns})


# --- grouping: a shuffle on the blocking keys ------------------------------------------


def group_quotes(quotes_bag) -> list[VariantGroup]:
    """``compare.group_quotes`` on a bag of Quote records, computed on the cluster."""
    units = quotes_bag.groupby(lambda q: q.article, shuffle="tasks").map(_article_units).flatten()
    return group_units(units.persist())


def group_results(results) -> list[VariantGroup]:
    """Groups of a bag of ArticleResults: each article's quotes are already together."""
    quotes = results.map(lambda r: (r.article.id, list(r.quotes))).filter(lambda kv: kv[1])
    return group_units(quotes.map(_article_units).flatten().persist())


def _article_units(item) -> list:
    from .compare import _article_units as units_of

    article, quotes = item
    return units_of(sorted(quotes, key=lambda q: (q.start, q.id)))


def _light(unit) -> tuple:
    """(order, id, normalised words, speaker key): all matching needs, without the quotes."""
    from .compare import unit_words

    first = unit.quotes[0]
    return ((first.article, first.start, first.id), first.id, unit_words(unit).norms, unit.key)


def group_units(units) -> list[VariantGroup]:
    """Links found on the workers, parts placed and components taken here, groups built on the workers."""
    from dask import compute, delayed

    from .compare import LONG, SEVERITY, _union, part_links

    light = units.map(_light)
    eligible = light.filter(lambda u: len(u[2]) >= LONG or u[3] is not None)
    same = eligible.groupby(lambda u: (u[2], u[3]), shuffle="tasks").map(lambda kv: sorted(kv[1]))
    dup_links = same.map(lambda run: [(a[1], b[1]) for a, b in zip(run, run[1:])]).flatten()
    kept = same.map(lambda run: run[0]).filter(lambda u: u[2])
    postings = kept.map(_postings).flatten().groupby(itemgetter(0), shuffle="tasks")
    shared = postings.map(_shared).flatten().groupby(lambda s: s[0][1], shuffle="tasks")
    pairs = shared.map(_unit_pairs).flatten().distinct(key=lambda p: (p[0][1], p[1][1]))
    scored = pairs.map(_score).filter(lambda s: s is not None)
    firm = scored.filter(lambda s: s[0] == "link").map(itemgetter(1))
    partial = scored.filter(lambda s: s[0] == "part").map(itemgetter(1)).flatten()
    named = light.filter(lambda u: u[3] is not None).map(lambda u: (u[1], u[3]))
    dup, firm, partial, named = compute(dup_links, firm, partial, named)
    links = list(dup) + list(firm)
    matches, order = {}, {}
    for one, length, match in partial:
        matches.setdefault(one, []).append(match)
        order[one] = (-length, one)
    links += part_links(links, matches, order, dict(named))
    ids = sorted({i for link in links for i in link})
    index = {uid: n for n, uid in enumerate(ids)}
    component = {}
    for part in _union(len(ids), [(index[a], index[b]) for a, b in links]):
        root = ids[part[0]]
        component.update((ids[n], root) for n in part)
    members = delayed(component)
    groups = (units.map(lambda u, comp: (comp.get(u.id), u), members).filter(lambda cu: cu[0] is not None)
              .groupby(itemgetter(0), shuffle="tasks").map(lambda kv: _make_group([u for _, u in kv[1]]))
              .filter(lambda g: g is not None))
    return sorted(groups.compute(), key=lambda g: (SEVERITY[g.variant], -len(g.members), g.group))


def _make_group(units):
    from .compare import make_group

    return make_group(units)


def _postings(light) -> list:
    from .compare import blocking_keys

    return [(key, light) for key in blocking_keys(light[2], light[3])]


def _shared(item) -> list:
    """For each unit under one key: (unit, how many share the key, key, who shares it)."""
    from .compare import MAX_POSTINGS

    key, entries = item
    members = tuple(sorted(light for _, light in entries))
    if not 1 < len(members) <= MAX_POSTINGS:
        return []
    return [(light, len(members), key, members) for light in members]


def _unit_pairs(item) -> list:
    """A unit's pairs through its rarer keys, as compare.candidate_pairs chooses them."""
    from collections import Counter

    from .compare import closest, rare_enough

    _, entries = item
    me = entries[0][0]
    limit = rare_enough([e[1] for e in entries])
    shared = Counter(other for _, size, _key, members in entries if size <= limit
                     for other in members if other[1] != me[1])
    return [(min(me, other), max(me, other)) for other in closest(shared)]


def _score(pair):
    """("link", (id, id)) or ("part", [(part id, its length, (rank, other id, other key))...]) or None."""
    from .compare import pair_codes, relation

    a, b = pair
    code_a, code_b = pair_codes(a[2], b[2])
    found = relation(code_a, a[3], code_b, b[3])
    if found is None:
        return None
    if not (found[2] or found[3]):
        return ("link", (a[1], b[1]))
    return ("part", [(one[1], len(one[2]), (found[:2] + (other[1],), other[1], other[3]))
                     for one, other, part in ((a, b, found[2]), (b, a, found[3])) if part])


def group_records(groups: list[VariantGroup]) -> list[dict]:
    """One flat record per group member, the group's fields repeated: one table for Parquet."""
    out = []
    for group in groups:
        for m in group.members:
            out.append({
                "group": group.group, "speaker": group.speaker, "variant": group.variant,
                "reference": group.reference, "article": m.article, "outlet": m.outlet, "quote_id": m.quote_id,
                "text": m.text, "start": m.start, "end": m.end, "line": m.line, "member_speaker": m.speaker,
                "channel": m.channel, "member_variant": m.variant, "diff": json.dumps(m.diff, ensure_ascii=False),
            })
    return out


# --- command line: partitioned output ------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    """``python -m quotecheck.engine_dask extract|compare PATH... --out DIR``."""
    parser = argparse.ArgumentParser(prog="python -m quotecheck.engine_dask",
                                     description="Run quotecheck on a Dask cluster, writing partitioned output.")
    parser.add_argument("step", choices=("extract", "compare"),
                        help="extract: quotes-N files or a quotes/ Parquet dataset; compare: groups likewise")
    parser.add_argument("paths", nargs="+", metavar="PATH", help=".jsonl corpora, Parquet datasets, folders")
    parser.add_argument("--out", required=True, metavar="DIR", help="folder to write the partitions into")
    parser.add_argument("--format", choices=("parquet", "jsonl"), default="parquet")
    parser.add_argument("--scheduler", metavar="ADDRESS", help="an existing cluster (default: a local one)")
    parser.add_argument("--workers", type=int, metavar="N", help="workers of the local cluster (default: cores)")
    parser.add_argument("--blocksize", type=int, default=BLOCKSIZE, metavar="BYTES",
                        help=f"bytes of corpus per partition (default {BLOCKSIZE:,})")
    return parser


def run(args, warn) -> int:
    """Extract (and group) on the cluster; write partitions from the workers."""
    import dask.bag as db
    from dask import compute

    with connect(args.scheduler, args.workers):
        parts = partitions(args.paths, warn, args.blocksize)
        results = results_bag(parts)
        notes = [p[1] for p in parts]
        if args.step == "extract":
            writes = write_records(results.map_partitions(quote_records), args.out, args.format, "quotes")
            with warnings_module.catch_warnings():
                # Parquet writes are expressions, the partitions delayed: one compute keeps
                # each partition computed once, at the cost of this notice.
                warnings_module.filterwarnings("ignore", "Computing mixed collections")
                _, warnings = compute(writes, notes)
        else:
            warnings = compute(notes)[0]
            records = group_records(group_results(results.persist()))
            compute(write_records(db.from_sequence(records, npartitions=max(1, len(records) // 100_000 + 1)),
                                  args.out, args.format, "groups"))
    for batch in warnings:
        for message in batch:
            warn(message)
    return 0


def main(argv: Optional[list] = None) -> int:
    """Entry point of ``python -m quotecheck.engine_dask``; errors as the quotecheck command prints them."""
    from .errors import QuotecheckError

    args = build_parser().parse_args(argv)
    try:
        return run(args, lambda message: print(f"quotecheck: {message}", file=sys.stderr))
    except QuotecheckError as exc:
        print(f"quotecheck: error: {exc}", file=sys.stderr)
        return exc.exit_code


if __name__ == "__main__":  # the guard LocalCluster's spawned workers need
    sys.exit(main())
