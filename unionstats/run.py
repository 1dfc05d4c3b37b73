"""A run over many documents: read them one at a time, extract (in a process pool when
asked), and hand back each document's rows as they come, so that memory does not
grow with the corpus. The rows come back in the order of the documents, whatever
the number of jobs.
"""
from __future__ import annotations

import hashlib
import multiprocessing
import os
import signal
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .cache import Cache
from .claims import Extractor
from .metadata import describe
from .rules import load_rules
from .sources import CORPUS_SUFFIXES, Document, ReadOptions, Source, SourceError, expand
from .writer import CsvLines

SMALL_RUN = 2_000_000  # bytes: below this, one process is about as fast as a pool
BATCH = 50_000  # characters a worker is sent at once: news items travel together, a long report alone


@dataclass
class Run:
    """What a run read and what it skipped; filled in as the rows are consumed."""

    paths: list[str]
    glob: str = "*.txt"
    options: ReadOptions = field(default_factory=ReadOptions)
    rules_dirs: tuple[str, ...] = ()
    jobs: int | None = 1                  # None: one per core
    dump_text: str | Path | None = None
    cache: str | Path | None = None       # a folder remembering each document's claims
    texts: dict[str, str] | None = None   # when a dict: each document's text, kept for a report
    on_error: Callable[[SourceError], None] | None = None
    on_sources: Callable[[list[Source]], None] | None = None
    on_document: Callable[[Source], None] | None = None
    # turns each document's rows into what the consumer writes (a CsvRenderer), in the worker
    # that extracted them: the parent then only marks repeats and writes
    render: Callable[[list[dict]], CsvLines] | None = None
    documents: int = 0
    errors: list[SourceError] = field(default_factory=list)
    # with a pool, documents are counted as a corpus file is read (in the pool's feeding thread)
    # and as the files the workers read come back (in this one)
    _counting: threading.Lock = field(default_factory=threading.Lock, repr=False, compare=False)

    @property
    def columns_after_claims(self) -> list[str]:
        return ["duplicate_of", "published", "source", *self.options.keep_columns]

    def failed(self, error: SourceError) -> None:
        self.errors.append(error)
        if self.on_error:
            self.on_error(error)

    def rows(self, extractor: Extractor | None = None) -> Iterator[list[dict] | CsvLines]:
        """Each document's claim rows (or what `render` made of them), in document order,
        repeated passages marked."""
        repeats = Repeats()
        for batch in self._rows(extractor):
            yield repeats.mark(batch)

    def _rows(self, extractor: Extractor | None = None) -> Iterator[list[dict]]:
        sources, errors = expand(self.paths, self.glob)
        for error in errors:
            self.failed(error)
        if self.on_sources:
            self.on_sources(sources)
        jobs = self._jobs(sources)
        if jobs == 1:
            documents = self._documents(sources)
            extractor = extractor or Extractor(load_rules(*self.rules_dirs))
            cache = Cache(self.cache, extractor.rules.digest) if self.cache else None
            for document in documents:
                for batch in document_batches(extractor, document, cache):
                    yield self.render(batch) if self.render else batch
            return
        context = multiprocessing.get_context("spawn" if os.name == "nt" else "fork")
        if extractor is not None and context.get_start_method() == "fork":
            _WORKER["inherited"] = extractor  # forked workers start with the compiled rules
        try:
            with context.Pool(jobs, initializer=_start_worker,
                              initargs=(tuple(self.rules_dirs), self.cache, self.render, self.options, self.dump_text)) as pool:
                for outcomes in pool.imap(_worker_batch, _batches(self._tasks(sources))):
                    for outcome in outcomes:
                        yield from self._settle(outcome)
        finally:
            _WORKER.pop("inherited", None)

    def _tasks(self, sources: list[Source]) -> Iterator[Source | Document]:
        """What the workers are sent: a file to read themselves (so that reading, decoding and a
        PDF's parsing run in parallel too), or the documents of a corpus file or of standard input,
        read here (and when the run keeps every text, all of them)."""
        for source in sources:
            if self.texts is None and source.path is not None and source.path.suffix.lower() not in CORPUS_SUFFIXES:
                yield source
            else:
                yield from self._documents([source])

    def _settle(self, outcome) -> Iterator[list[dict] | CsvLines]:
        """A worker's outcome in the run: a document's rows, or what a file it read gave."""
        if not isinstance(outcome, FileOutcome):
            yield outcome
            return
        for error in outcome.errors:
            self.failed(error)
        with self._counting:
            self.documents += outcome.documents
        yield from outcome.rows
        if self.on_document:
            self.on_document(outcome.source)

    def _jobs(self, sources: list[Source]) -> int:
        jobs = self.jobs or os.cpu_count() or 1
        if jobs > 1 and self.jobs is None:
            size = sum(s.size for s in sources)
            if size < SMALL_RUN:
                return 1
        return max(1, jobs)

    def _documents(self, sources: list[Source]) -> Iterator[Document]:
        for source in sources:
            try:
                for item in source.documents(self.options):
                    if isinstance(item, SourceError):
                        self.failed(item)
                        continue
                    with self._counting:
                        self.documents += 1
                    if self.texts is not None:
                        self.texts[item.doc] = item.text
                    if self.dump_text is not None:
                        dump(Path(self.dump_text), item)
                    yield item
            except SourceError as error:
                self.failed(error)
            if self.on_document:
                self.on_document(source)


def repeat_key(row: dict) -> tuple[bytes, str]:
    """What makes two claims the same passage — sentence, quantity, value, unit (a digest, the
    same in every process, so workers can compute it) — and where this one is (`doc:start`)."""
    text = f"{row['sentence']}\x1f{row['text']}\x1f{row['value']}\x1f{row['unit']}"
    digest = hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=12).digest()
    return digest, f"{row['doc']}:{row['start']}"


class Repeats:
    """Marks a claim that repeats an earlier one (the same sentence and quantity, in this
    document or another, as when a paper reprints a report): `duplicate_of` names the
    first as `doc:start`. Summaries count such rows once."""

    def __init__(self):
        self.first: dict[bytes, str] = {}

    def _first(self, key: bytes, here: str) -> str:
        """The place of the first claim with this key ("" when this one is the first)."""
        if key in self.first:
            return self.first[key]
        self.first[key] = here
        return ""

    def mark(self, rows: list[dict] | CsvLines) -> list[dict] | CsvLines:
        if isinstance(rows, CsvLines):
            rows.duplicates = [self._first(key, here) for key, here in zip(rows.keys, rows.places)]
            return rows
        for row in rows:
            row["duplicate_of"] = self._first(*repeat_key(row))
        return rows


def document_batches(extractor: Extractor, document: Document, cache: Cache | None = None) -> Iterator[list[dict]]:
    """The claim rows of one document (a piece at a time for a huge one), with what the
    document says about itself; from the cache when it has them."""
    if cache is not None:
        rows = cache.get(document.text)
        if rows is None:
            rows = [row | {"doc": ""} for batch in document_batches(extractor, Document("", document.text))
                    for row in batch]
            cache.put(document.text, rows)
        yield [row | {"doc": document.doc} | document.meta for row in rows]
        return
    meta = describe(document.text, extractor.rules) | document.meta
    for rows in extractor.row_batches(document.text, document.doc):
        for row in rows:
            row.update(meta)
        yield rows


def document_rows(extractor: Extractor, document: Document, cache: Cache | None = None) -> list[dict]:
    return [row for batch in document_batches(extractor, document, cache) for row in batch]


def dump(folder: Path, document: Document) -> None:
    """Write the text a document's offsets refer to, as folder/<doc>.txt."""
    name = document.doc.replace("#", "_").replace("\\", "/")
    target = folder / (name if name.endswith(".txt") else name + ".txt")
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(document.text, encoding="utf-8", newline="")


_WORKER: dict = {}


def _start_worker(rules_dirs: Iterable[str], cache: str | Path | None, render, options: ReadOptions,
                  dump_text: str | Path | None) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)   # Ctrl-C and SIGTERM are the parent's to handle:
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # it stops the pool, workers end quietly
    # rules compiled once per process; a forked worker has the parent's already
    extractor = _WORKER.get("inherited") or Extractor(load_rules(*rules_dirs))
    _WORKER["extractor"] = extractor
    _WORKER["cache"] = Cache(cache, extractor.rules.digest) if cache else None
    _WORKER["render"] = render
    _WORKER["options"], _WORKER["dump_text"] = options, dump_text


@dataclass
class FileOutcome:
    """What a worker made of a file it read: each document's rows, the errors, how many documents."""

    source: Source
    rows: list = field(default_factory=list)
    errors: list[SourceError] = field(default_factory=list)
    documents: int = 0


def _batches(tasks: Iterable[Source | Document]) -> Iterator[list[Source | Document]]:
    """Tasks in groups of about BATCH characters: a pool's cost is per task (pickling, a round
    trip between processes), which a folder of short news items would pay per item."""
    batch, size = [], 0
    for task in tasks:
        batch.append(task)
        size += len(task.text) if isinstance(task, Document) else task.size // 3  # UTF-8 Chinese: 3 bytes a character
        if size >= BATCH:
            yield batch
            batch, size = [], 0
    if batch:
        yield batch


def _worker_batch(tasks: list[Source | Document]) -> list:
    return [_worker_rows(task) if isinstance(task, Document) else _worker_file(task) for task in tasks]


def _worker_file(source: Source) -> FileOutcome:
    outcome = FileOutcome(source)
    try:
        for document in source.documents(_WORKER["options"]):
            if isinstance(document, SourceError):
                outcome.errors.append(document)
                continue
            outcome.documents += 1
            if _WORKER["dump_text"] is not None:
                dump(Path(_WORKER["dump_text"]), document)
            outcome.rows.append(_worker_rows(document))
    except SourceError as error:
        outcome.errors.append(error)
    return outcome


def _worker_rows(document: Document) -> list[dict] | CsvLines:
    rows = document_rows(_WORKER["extractor"], document, _WORKER["cache"])
    return _WORKER["render"](rows) if _WORKER["render"] else rows
