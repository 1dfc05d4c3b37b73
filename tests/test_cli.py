"""The command line, run as a user runs it: a real process, real stdout and stderr."""
import csv
import io
import json
import subprocess
import sys
from pathlib import Path


from .conftest import SEEDS


def run(*args, cwd=None, stdin=None):
    return subprocess.run([sys.executable, "-m", "unionstats", *map(str, args)], cwd=cwd, input=stdin,
                          capture_output=True, text=True, encoding="utf-8")


def test_extract_writes_csv_with_bom(tmp_path):
    out = tmp_path / "stats.csv"
    result = run("extract", SEEDS, "-o", out)
    assert result.returncode == 0, result.stderr
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert list(rows[0])[:14] == ["doc", "start", "end", "text", "value", "unit", "qualifier", "metric",
                                  "label", "category", "province", "city", "period", "sentence"]
    first = rows[0]
    assert (first["doc"], first["text"], first["value"], first["unit"]) == \
        ("000_be27cdee8171a801.txt", "9010 家", "9010", "家")
    assert "claims written" in result.stderr
    assert not list(tmp_path.glob(".*.part"))


def test_extract_to_stdout_is_plain_csv():
    result = run("extract", SEEDS / "003_e4238272c5640bca.txt")
    assert result.returncode == 0
    assert not result.stdout.startswith("\ufeff")
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert rows and all(r["doc"] == "003_e4238272c5640bca.txt" for r in rows)
    assert rows[0]["city"] == "西安市" and rows[0]["value"] == "9375"
    assert "claims written" in result.stderr and "claims written" not in result.stdout


def test_extract_dash_output_is_stdout():
    assert run("extract", SEEDS / "000_be27cdee8171a801.txt", "-o", "-").stdout.startswith("doc,start,end")


def test_extract_reads_stdin():
    result = run("extract", "-", stdin="全市工会会员数63.88万名。")
    assert result.returncode == 0
    assert "63.88万名" in result.stdout and "<stdin>" in result.stdout


def test_missing_path_is_one_line_and_others_still_run(tmp_path):
    out = tmp_path / "stats.csv"
    result = run("extract", tmp_path / "nope", SEEDS / "000_be27cdee8171a801.txt", "-o", out)
    assert result.returncode == 1  # some input skipped, the rest read
    assert "nope: no such file or folder" in result.stderr
    assert "Traceback" not in result.stderr
    assert "9010 家" in out.read_text(encoding="utf-8-sig")


def test_nothing_readable_exits_2_and_writes_nothing(tmp_path):
    out = tmp_path / "stats.csv"
    result = run("extract", tmp_path / "nope", "-o", out)
    assert result.returncode == 2
    assert result.stderr.splitlines()[0] == f"unionstats: {tmp_path / 'nope'}: no such file or folder"
    assert "0 documents read, 1 skipped (1 no such file or folder), no table written" in result.stderr
    assert not out.exists()


def test_empty_folder(tmp_path):
    (tmp_path / "empty").mkdir()
    result = run("extract", tmp_path / "empty")
    assert result.returncode == 2
    assert "empty: no files matching '*.txt'" in result.stderr
    assert "Traceback" not in result.stderr and result.stdout == ""


def test_binary_file_is_skipped_and_good_files_kept(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (folder / "b.txt").write_text("全市工会会员数63.88万名。", encoding="utf-8")
    out = tmp_path / "stats.csv"
    result = run("extract", folder, "-o", out)
    assert result.returncode == 1
    lines = [line for line in result.stderr.splitlines() if "a.txt" in line]
    assert len(lines) == 1 and "not a text file" in lines[0]
    assert "Traceback" not in result.stderr
    assert "63.88万名" in out.read_text(encoding="utf-8-sig")


def test_gb18030_file_is_read(tmp_path):
    (tmp_path / "g.txt").write_bytes("全市工会会员数63.88万名。".encode("gb18030"))
    result = run("extract", tmp_path / "g.txt")
    assert result.returncode == 0 and "63.88万名" in result.stdout


def test_unknown_format_fails_before_work_and_keeps_old_output(tmp_path):
    out = tmp_path / "stats.txt"
    out.write_text("earlier", encoding="utf-8")
    result = run("extract", SEEDS, "-o", out)
    assert result.returncode == 2
    assert "unknown table format '.txt'" in result.stderr
    assert out.read_text(encoding="utf-8") == "earlier"


def test_failed_run_keeps_earlier_output(tmp_path):
    out = tmp_path / "stats.csv"
    out.write_text("earlier", encoding="utf-8")
    result = run("extract", tmp_path / "nope", "-o", out)
    assert result.returncode == 2
    assert out.read_text(encoding="utf-8") == "earlier"


def test_jsonl_output(tmp_path):
    out = tmp_path / "stats.jsonl"
    assert run("extract", SEEDS / "000_be27cdee8171a801.txt", "-o", out).returncode == 0
    assert '"text": "63.88万名", "value": 638800' in out.read_text(encoding="utf-8")


def test_show_region_from_bundled_seeds(tmp_path):
    result = run("show", "--region", "陕西", "--limit", "0", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "bundled seed reports" in result.stderr
    assert "9375" in result.stdout and "安庆" not in result.stdout


def test_show_reads_stats_csv_here(tmp_path):
    assert run("extract", SEEDS / "000_be27cdee8171a801.txt", "-o", tmp_path / "stats.csv").returncode == 0
    result = run("show", "--region", "安庆", cwd=tmp_path)
    assert "stats.csv" in result.stderr
    assert "63.88万" in result.stdout and "4 claims" in result.stdout


def test_show_filters_by_city_metric_and_category(tmp_path):
    result = run("show", SEEDS, "--region", "西安", cwd=tmp_path)
    assert "9375" in result.stdout and "1 claims" in result.stdout
    result = run("show", SEEDS, "--category", "rates", "--region", "抚州", cwd=tmp_path)
    assert "97.8%" in result.stdout and "96.5%" in result.stdout
    assert run("show", SEEDS, "--category", "nonsense").returncode == 2


def test_eval_prints_figures(gold_file):
    result = run("eval", gold_file, SEEDS)
    assert result.returncode == 0, result.stderr
    assert "precision=" in result.stdout and "f1=" in result.stdout and "city_agreement=" in result.stdout


def test_eval_on_a_written_table(gold_file, tmp_path):
    out = tmp_path / "pred.csv"
    run("extract", SEEDS, "-o", out)
    result = run("eval", gold_file, out, "--json")
    assert '"f1": 1.0' in result.stdout or '"f1": 0.9' in result.stdout


def test_eval_bad_gold_is_one_line(tmp_path):
    bad = tmp_path / "gold.jsonl"
    bad.write_text('{"doc": "a.txt"}\n', encoding="utf-8")
    result = run("eval", bad, SEEDS)
    assert result.returncode == 2 and "gold.jsonl:1: not a gold row" in result.stderr
    assert "Traceback" not in result.stderr


def test_jobs_give_the_same_table_in_the_same_order(tmp_path):
    one, two = tmp_path / "one.csv", tmp_path / "two.csv"
    assert run("extract", SEEDS, "-o", one, "--jobs", "1").returncode == 0
    assert run("extract", SEEDS, "-o", two, "--jobs", "2").returncode == 0
    assert one.read_bytes() == two.read_bytes()


def test_jobs_over_many_short_items_keep_their_order_repeats_and_errors(tmp_path):
    """Short items travel to the workers in batches: the table, its repeats and the errors
    are still those of one process, in the same order."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    paragraphs = [p for f in sorted(Path(SEEDS).glob("*.txt"))
                  for p in f.read_text(encoding="utf-8").split("\n") if len(p) > 60]
    for i in range(240):
        (corpus / f"{i:03d}.txt").write_text(paragraphs[i % len(paragraphs)] + f"\n第{i}条。", encoding="utf-8")
    (corpus / "120_bad.txt").write_bytes(b"\x00\x01\x02" * 50)
    one, two = tmp_path / "one.csv", tmp_path / "two.csv"
    first, second = (run("extract", corpus, "-o", out, "--jobs", jobs) for out, jobs in ((one, "1"), (two, "2")))
    assert first.returncode == second.returncode
    assert one.read_bytes() == two.read_bytes()
    assert "120_bad.txt" in first.stderr and first.stderr.replace("one.csv", "two.csv") == second.stderr
    rows = list(csv.DictReader(io.StringIO(one.read_text(encoding="utf-8-sig"))))
    assert len({r["doc"] for r in rows}) > 100 and any(r["duplicate_of"] for r in rows)  # repeats marked


def test_jobs_read_files_in_the_workers_with_the_same_table_dumps_and_errors(tmp_path):
    """With --jobs the workers read the files themselves (a PDF's parsing runs in parallel too):
    the table, the texts dumped and the errors are those of one process."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    pdf = (Path(__file__).resolve().parent / "data" / "inputs" / "report.pdf").read_bytes()
    for i in range(6):
        (corpus / f"{i}.pdf").write_bytes(pdf)
    (corpus / "3_cut.pdf").write_bytes(pdf[:700])
    for seed in sorted(Path(SEEDS).glob("*.txt"))[:2]:
        (corpus / seed.name).write_bytes(seed.read_bytes())
    # a corpus file among them is still read by the main process, in its place
    (corpus / "5_items.jsonl").write_text("".join(
        json.dumps({"id": f"n{i}", "text": f"全市新建驿站{i + 10}个,服务职工{i + 2}万人次。"}, ensure_ascii=False) + "\n"
        for i in range(30)), encoding="utf-8")
    outcomes = {}
    for jobs in ("1", "2"):
        dumps = tmp_path / f"texts{jobs}"
        result = run("extract", corpus, "--glob", "*", "-o", tmp_path / f"{jobs}.csv", "--jobs", jobs, "--dump-text", dumps)
        outcomes[jobs] = (result.returncode, result.stderr.replace(f"{jobs}.csv", "N.csv"),
                          (tmp_path / f"{jobs}.csv").read_bytes(),
                          sorted((p.name, p.read_bytes()) for p in dumps.iterdir()))
    assert outcomes["1"] == outcomes["2"]
    assert "3_cut.pdf: not a readable PDF" in outcomes["1"][1]
    # one line a problem and the summary: nothing a library logs (pypdf's "EOF marker not found")
    assert all(line.startswith("unionstats: ") or "documents read" in line for line in outcomes["1"][1].splitlines())
    assert "38 documents read, 1 skipped" in outcomes["1"][1]  # 6 PDFs, 2 texts, 30 rows; no stray lines


def test_parquet_and_xlsx_outputs(tmp_path):
    import pandas as pd
    for suffix in (".parquet", ".xlsx"):
        out = tmp_path / f"stats{suffix}"
        assert run("extract", SEEDS, "-o", out).returncode == 0
        frame = pd.read_parquet(out) if suffix == ".parquet" else pd.read_excel(out)
        assert len(frame) == 210 and frame["value"].iloc[1] == 638800


def test_cache_gives_the_same_table_and_follows_the_rules(tmp_path):
    cache, first, second = tmp_path / "cache", tmp_path / "a.csv", tmp_path / "b.csv"
    assert run("extract", SEEDS, "-o", first, "--cache", cache).returncode == 0
    entries = sorted(cache.rglob("*.jsonl"))
    assert len(entries) == 5
    stamp = [p.stat().st_mtime_ns for p in entries]
    assert run("extract", SEEDS, "-o", second, "--cache", cache).returncode == 0
    assert first.read_bytes() == second.read_bytes()
    assert [p.stat().st_mtime_ns for p in sorted(cache.rglob("*.jsonl"))] == stamp  # read, not re-made
    pack = tmp_path / "pack"
    pack.mkdir()
    (pack / "metrics.toml").write_text('[[metric]]\nkey = "tea"\nlabel = "茶"\ncategory = "other"\nunits = ["个"]\n'
                                       'cues = ["茶水站"]\n', encoding="utf-8")
    assert run("extract", SEEDS, "-o", second, "--cache", cache, "--rules", pack).returncode == 0
    assert len(list(cache.iterdir())) == 2  # another rules version, another set of entries
