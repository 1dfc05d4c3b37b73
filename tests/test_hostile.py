"""Hostile inputs: each is one clear line naming the file, the run goes on, nothing is lost."""
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from unionstats import extract, extract_text
from unionstats.claims import CHUNK

GOOD = "全省工会会员达到1250万人,建成工会爱心驿站2183余家。\n"


def run(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "unionstats", *map(str, args)], cwd=cwd,
                          capture_output=True, text=True, encoding="utf-8")


def folder_with(tmp_path, name, content: bytes | None = None):
    folder = tmp_path / "in"
    folder.mkdir(exist_ok=True)
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    if content is not None:
        (folder / name).write_bytes(content)
    return folder


def check_one_bad(result, name, message, out=None):
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    lines = [line for line in result.stderr.splitlines() if name in line]
    assert len(lines) == 1 and message in lines[0], result.stderr
    assert "1 documents read, 1 skipped" in result.stderr
    if out is not None:
        assert "2183余家" in out.read_text(encoding="utf-8-sig")


def test_empty_file(tmp_path):
    out = tmp_path / "o.csv"
    check_one_bad(run("extract", folder_with(tmp_path, "empty.txt", b""), "-o", out), "empty.txt", "empty file", out)


def test_binary_file(tmp_path):
    data = bytes(range(256)) * 40
    out = tmp_path / "o.csv"
    check_one_bad(run("extract", folder_with(tmp_path, "bin.txt", data), "-o", out), "bin.txt", "not a text file", out)


def test_permission_denied(tmp_path, monkeypatch):
    folder = folder_with(tmp_path, "secret.txt", GOOD.encode())
    real = Path.read_bytes

    def read_bytes(self):
        if self.name == "secret.txt":
            raise PermissionError(13, "Permission denied")
        return real(self)
    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    result = extract([str(folder)])
    assert result.documents == 1
    assert [str(e) for e in result.errors] == [f"{folder / 'secret.txt'}: permission denied"]


def test_broken_symlink_inside_a_folder_and_given(tmp_path):
    folder = folder_with(tmp_path, "x")
    (folder / "dead.txt").symlink_to(tmp_path / "nowhere.txt")
    check_one_bad(run("extract", folder), "dead.txt", "broken symbolic link")
    result = run("extract", folder / "dead.txt")
    assert result.returncode == 2 and "dead.txt: broken symbolic link" in result.stderr


def test_symlink_loops(tmp_path):
    folder = folder_with(tmp_path, "x")
    (folder / "a.txt").symlink_to(folder / "b.txt")
    (folder / "b.txt").symlink_to(folder / "a.txt")
    (folder / "sub").mkdir()
    (folder / "sub" / "up").symlink_to(folder)  # a folder loop: not followed
    result = run("extract", folder)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "a.txt: symbolic link loop" in result.stderr and "b.txt: symbolic link loop" in result.stderr
    assert "1 documents read" in result.stderr


def test_odd_file_names(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    names = ["with space.txt", "工会 报告.txt", "new\nline.txt", "-dash.txt"]
    for name in names:
        (folder / name).write_text(GOOD, encoding="utf-8")
    out = tmp_path / "o.csv"
    result = run("extract", folder, "-o", out)
    assert result.returncode == 0, result.stderr
    import pandas as pd
    frame = pd.read_csv(out, encoding="utf-8-sig")
    assert sorted(set(frame["doc"])) == sorted(names)


def test_csv_corpus_without_the_text_column(tmp_path):
    (tmp_path / "c.csv").write_text("title,body\n标题,全省工会会员达到1250万人。\n", encoding="utf-8")
    result = run("extract", tmp_path / "c.csv")
    assert result.returncode == 2
    assert "c.csv: no column 'text' (columns: title, body); name the text column with --text-column" in result.stderr
    assert run("extract", tmp_path / "c.csv", "--text-column", "body").returncode == 0


def test_malformed_json_lines_are_skipped_one_by_one(tmp_path):
    rows = [json.dumps({"text": GOOD}, ensure_ascii=False), "{not json", json.dumps({"text": GOOD}, ensure_ascii=False),
            "[1, 2]"]
    (tmp_path / "c.jsonl").write_text("\n".join(rows), encoding="utf-8")
    result = run("extract", tmp_path / "c.jsonl")
    assert result.returncode == 1
    assert "c.jsonl:2: malformed JSON" in result.stderr and "c.jsonl:4: a JSON line must be an object" in result.stderr
    assert "2 documents read, 2 skipped" in result.stderr
    assert result.stdout.count(",2183余家,") == 2


def test_truncated_docx_and_pdf(tmp_path):
    from .test_inputs import INPUTS, make_docx
    make_docx(tmp_path / "full.docx", ["全省工会会员达到1250万人。"])
    folder = folder_with(tmp_path, "cut.docx", (tmp_path / "full.docx").read_bytes()[:60])
    (folder / "cut.pdf").write_bytes((INPUTS / "report.pdf").read_bytes()[:700])
    result = run("extract", folder, "--glob", "*")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "cut.docx: not a readable .docx (damaged or truncated)" in result.stderr
    assert "cut.pdf: " in result.stderr and ("not a readable PDF" in result.stderr or "no text layer" in result.stderr)


def test_a_huge_document_is_read_in_pieces_with_true_offsets():
    paragraph = "全省工会会员达到1250万人,建成工会爱心驿站2183余家,筹集资金2.15亿元。\n"
    text = paragraph * (CHUNK // len(paragraph) * 2 + 7)
    claims = extract_text(text)
    assert len(claims) == 3 * text.count("\n")
    assert all(text[c.start:c.end] == c.text for c in claims)


def test_interrupted_run_leaves_the_earlier_output_and_no_partial_file(tmp_path):
    folder = tmp_path / "big"
    folder.mkdir()
    seeds = Path(__file__).resolve().parent.parent / "seeds"
    for i in range(300):  # several seconds of work in one process, whatever the machine
        for seed in seeds.glob("*.txt"):
            (folder / f"{i}-{seed.name}").write_bytes(seed.read_bytes())
    out = tmp_path / "stats.csv"
    out.write_text("earlier", encoding="utf-8")
    process = subprocess.Popen([sys.executable, "-m", "unionstats", "extract", str(folder), "-o", str(out),
                                "--jobs", "1"], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 30
    while not any(p.name.endswith(".part") for p in tmp_path.iterdir()) and time.monotonic() < deadline:
        time.sleep(0.05)  # signal once the table is being written
    assert process.poll() is None, "the run ended before it could be interrupted"
    process.send_signal(signal.SIGTERM)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode != 0 and b"Traceback" not in stderr
    assert out.read_text(encoding="utf-8") == "earlier"
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []


@pytest.mark.skipif(os.name != "posix", reason="signals")
def test_sigterm_while_writing_removes_the_temporary_file(tmp_path, monkeypatch):
    from unionstats import writer
    frame = extract([str(Path(__file__).resolve().parent.parent / "seeds")]).frame
    out = tmp_path / "stats.csv"
    out.write_text("earlier", encoding="utf-8")

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt
    monkeypatch.setattr(writer.TableWriter, "write", interrupted)
    with pytest.raises(KeyboardInterrupt):
        writer.write_table(frame, str(out))
    assert out.read_text(encoding="utf-8") == "earlier"
    assert [p.name for p in tmp_path.iterdir()] == ["stats.csv"]
