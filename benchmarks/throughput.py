"""Throughput: characters per second of `extract`, against a bare regex scan and peers.

    python benchmarks/throughput.py [--copies 100] [--repeat 3]

Measured in one run on the same corpus (the seeds' paragraphs shuffled, `copies` times), the
measures taking turns in each of `repeat` rounds, the best of each printed: end-to-end extract
with --jobs 1 and with all cores, on the corpus and on the same paragraphs cut into short news
items (where what a run pays per document shows); the engine alone on texts in memory; a bare single-pass
number scan with `regex` (the floor: how fast any regex-based extractor could be here) and one
pass of our own number pattern, with our ratio to each; and, where installed, JioNLP's money
extraction on the same texts and our ratio to it.
"""
from __future__ import annotations

import argparse
import gc
import multiprocessing
import os
import sys
import tempfile
import time
from pathlib import Path

import regex

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from benchmarks.corpus import build, fresh_figures, news_like  # noqa: E402
from unionstats.api import make_extractor  # noqa: E402
from unionstats.claims import COLUMNS  # noqa: E402
from unionstats.run import Run, repeat_key  # noqa: E402
from unionstats.writer import CsvRenderer, TableWriter  # noqa: E402

BARE = regex.compile(r"\d+(?:\.\d+)?\s*[万亿]?\s*(?:人次|人|名|家|个|元|场|户|项|%)")


def best_times(measures: dict, rounds: int) -> dict:
    """The best time of each measure over `rounds` rounds, the measures taking turns within a
    round: a shared machine's speed drifts, and taking turns exposes every measure to it alike."""
    best = dict.fromkeys(measures, float("inf"))
    for _ in range(rounds):
        for name, fn in measures.items():
            start = time.perf_counter()
            fn()
            best[name] = min(best[name], time.perf_counter() - start)
    return best


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--copies", type=int, default=100)
    parser.add_argument("--repeat", type=int, default=3, help="rounds of measures; the best of each is printed")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "corpus"
        documents, characters = build(folder, args.copies)
        items_folder = Path(tmp) / "items"  # the same paragraphs as short news items, eight paragraphs each
        items, items_characters = build(items_folder, args.copies, per_document=8)
        texts = [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))]
        print(f"corpus: {documents} documents, {characters:,} characters ({args.copies}x the seeds, shuffled)")
        cores = os.cpu_count() or 1
        engine = make_extractor()
        news = news_like(documents)
        fresh_rounds = [fresh_figures(texts, seed) for seed in range(max(1, args.repeat))]  # one set per round

        def extract(jobs, source=folder):
            def run_extract():  # as `unionstats extract corpus/ -o claims.csv --jobs N` does, rules loaded included
                run = Run([str(source)], jobs=jobs)
                columns = COLUMNS + run.columns_after_claims
                run.render = CsvRenderer(columns, repeat_key)  # rows become CSV text in the workers
                with TableWriter(str(Path(tmp) / "claims.csv"), columns) as table:
                    for batch in run.rows(make_extractor()):
                        table.write(batch)
            return run_extract
        def side_by_side():  # `cores` copies of the engine at once, each on every text: the machine's own ceiling
            context = multiprocessing.get_context("fork")
            copies = [context.Process(target=lambda: [engine.extract(t) for t in texts]) for _ in range(cores)]
            for p in copies:
                p.start()
            for p in copies:
                p.join()
        measures = {
            "one": extract(1),
            "many": extract(cores),
            "items": extract(1, items_folder),
            "items_many": extract(cores, items_folder),
            "engine": lambda: [engine.extract(t) for t in texts],
            "side": side_by_side,
            "news": lambda: [engine.extract(t) for t in news],
            "fresh": lambda: [engine.extract(t) for t in fresh_rounds.pop()],
            "bare": lambda: [len(BARE.findall(t)) for t in texts],
            "numbers": lambda: [sum(1 for _ in engine.scanner.pattern.finditer(t)) for t in texts],
        }
        try:
            import jionlp
        except ImportError:
            jionlp = None
        else:
            extract_money = getattr(jionlp, "extract_money", None) or jionlp.ner.extract_money
            extract_money(texts[0])  # JioNLP loads its dictionaries on first use: millions of objects
            gc.collect()
            gc.freeze()  # which the collector would otherwise walk again and again while we measure
            measures["peer"] = lambda: [extract_money(t) for t in texts]
        best = best_times(measures, max(1, args.repeat))
        rate = {name: characters / seconds / 1e6 for name, seconds in best.items()}
        rate["news"] = sum(map(len, news)) / best["news"] / 1e6
        rate["items"], rate["items_many"] = (items_characters / best[k] / 1e6 for k in ("items", "items_many"))

        print(f"extract --jobs 1:         {rate['one']:6.2f} M chars/s  (end to end: read, extract, write the CSV)")
        print(f"extract --jobs {cores}:         {rate['many']:6.2f} M chars/s  (speed-up {best['one'] / best['many']:.2f}x)")
        print(f"short items, --jobs 1:    {rate['items']:6.2f} M chars/s  (the same text as {items:,} news items of "
              f"~{items_characters // items} characters, end to end)")
        print(f"short items, --jobs {cores}:    {rate['items_many']:6.2f} M chars/s  (speed-up {best['items'] / best['items_many']:.2f}x)")
        print(f"engine alone, one core:   {rate['engine']:6.2f} M chars/s  (texts in memory, as the peer is measured)")
        print(f"engine x{cores} side by side: {cores * characters / best['side'] / 1e6:6.2f} M chars/s  (in all; "
              f"the most {cores} jobs could gain on this machine: {cores * best['engine'] / best['side']:.2f}x)")
        print(f"engine, news-like text:  {rate['news']:6.2f} M chars/s  (one sentence in five with figures; "
              f"the seeds have figures in most)")
        print(f"engine, unseen figures:   {rate['fresh']:6.2f} M chars/s  (the same texts with every figure's digits "
              f"drawn anew each round: nothing cached)")
        print(f"bare regex scan:          {rate['bare']:6.2f} M chars/s  (digits and a measure word, one pass; "
              f"extract is {best['one'] / best['bare']:.0f}x slower)")
        print(f"our number pattern alone: {rate['numbers']:6.2f} M chars/s  (one pass of the scanner's own pattern; "
              f"extract is {best['one'] / best['numbers']:.0f}x slower)")
        if jionlp is None:
            print("jionlp: not installed (pip install jionlp to compare)")
        else:
            print(f"jionlp extract_money:     {rate['peer']:6.2f} M chars/s  (extract is {best['peer'] / best['one']:.2f}x "
                  f"its speed with one job, {best['peer'] / best['many']:.2f}x with {cores}; "
                  f"the engine alone {best['peer'] / best['engine']:.2f}x)")


if __name__ == "__main__":
    main()
