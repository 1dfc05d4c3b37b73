"""Real inputs: encodings, saved news pages, Word, PDF, corpus files, standard input, metadata."""
import io
import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pandas as pd

from unionstats import extract
from unionstats.sources import ReadOptions

INPUTS = Path(__file__).resolve().parent / "data" / "inputs"
SIMPLIFIED = "陕西省总工会:全省工会会员达到1250万人,建成工会爱心驿站2183余家,筹集送温暖资金2.15亿元。\n"
TRADITIONAL = "陝西省總工會:全省工會會員達到1250萬人,建成工會愛心驛站2183餘家,籌集送溫暖資金2.15億元。\n"
KEY = ["start", "end", "text", "value", "unit", "qualifier", "metric", "category", "province", "city"]


def table(path, **kwargs):
    result = extract([str(path)], **kwargs)
    assert not result.errors, result.errors
    return result.frame


def same(a, b):
    return a[KEY].to_dict("records") == b[KEY].to_dict("records")


def test_gb18030_gives_the_same_table_as_utf8(tmp_path):
    (tmp_path / "u.txt").write_text(SIMPLIFIED, encoding="utf-8")
    (tmp_path / "g.txt").write_bytes(SIMPLIFIED.encode("gb18030"))
    assert same(table(tmp_path / "u.txt"), table(tmp_path / "g.txt"))
    assert len(table(tmp_path / "g.txt")) == 3


def test_big5_gives_the_same_table_as_utf8(tmp_path):
    (tmp_path / "u.txt").write_text(TRADITIONAL, encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(TRADITIONAL.encode("big5"))
    frame = table(tmp_path / "b.txt")
    assert same(table(tmp_path / "u.txt"), frame)
    assert frame["text"].tolist() == ["1250萬人", "2183餘家", "2.15億元"]
    assert frame["label"].tolist()[0] == "工会会员"


def test_a_short_file_in_a_chinese_encoding_is_read_as_chinese(tmp_path):
    # a sentence or two gives the detector little to go on: GBK also fits Korean and UTF-16
    sentences = ["全省工会会员达到1200万人。", "建成职工书屋200家。", "全市工会会员达到3万人。"]
    for i, sentence in enumerate(sentences):
        (tmp_path / f"g{i}.txt").write_bytes(sentence.encode("gbk"))
    (tmp_path / "b.txt").write_bytes("全國工會會員達到1200萬人。".encode("big5"))
    assert [table(tmp_path / f"g{i}.txt")["text"].tolist() for i in range(3)] == [["1200万人"], ["200家"], ["3万人"]]
    assert table(tmp_path / "b.txt")["text"].tolist() == ["1200萬人"]


def test_utf8_bom_and_utf16_bom(tmp_path):
    (tmp_path / "u.txt").write_text(SIMPLIFIED, encoding="utf-8")
    (tmp_path / "bom.txt").write_bytes(b"\xef\xbb\xbf" + SIMPLIFIED.encode("utf-8"))
    (tmp_path / "u16.txt").write_bytes(SIMPLIFIED.encode("utf-16"))
    base = table(tmp_path / "u.txt")
    assert same(base, table(tmp_path / "bom.txt")) and same(base, table(tmp_path / "u16.txt"))


def test_forced_encoding(tmp_path):
    (tmp_path / "g.txt").write_bytes(SIMPLIFIED.encode("gbk"))
    frame = table(tmp_path / "g.txt", options=ReadOptions(encoding="gbk"))
    assert frame["text"].tolist() == ["1250万人", "2183余家", "2.15亿元"]


PAGE = """<!DOCTYPE html><html><head><meta charset="gb2312"><title>工会新闻</title>
<script>var visits = 12345; document.write("阅读 888 次");</script><style>.x{width:100px}</style></head>
<body><div class="nav-bar"><a href="/">首页</a> | <a href="/a">要闻</a> | 第3版</div>
<div id="header">陕西工人报 2023年第108期</div>
<div class="article-content"><h1>全省工会办实事</h1>
<p>本报讯&nbsp;全省工会会员达到1250万人。</p><p>今年建成工会爱心驿站<b>2183</b>余家。</p></div>
<div class="footer">版权所有 联系电话 029-12345678 共5条评论</div></body></html>"""


def test_saved_news_page_gives_the_article_without_markup_or_navigation(tmp_path):
    page = tmp_path / "page.html"
    page.write_bytes(PAGE.encode("gb2312"))
    dump = tmp_path / "text"
    frame = table(page, dump_text=dump)
    assert frame["text"].tolist() == ["1250万人", "2183余家"]
    text = (dump / "page.html.txt").read_text(encoding="utf-8")
    assert "首页" not in text and "12345" not in text and "版权所有" not in text and "width" not in text
    for row in frame.itertuples():  # every offset is checkable against the dumped text
        assert text[row.start:row.end] == row.text


def test_a_pages_table_is_read_a_row_a_line_with_its_cells_apart(tmp_path):
    page = tmp_path / "table.html"
    page.write_text("<html><body><article><p>陕西省总工会发布主要指标。</p><table>"
                    "<tr><th>指标</th><th>单位</th><th>数值</th></tr>"
                    "<tr><td>新建基层工会</td><td>个</td><td>3256</td></tr>"
                    "<tr><td> 新发展会员 </td><td>万人</td><td>28.6</td></tr></table></article></body></html>",
                    encoding="utf-8")
    frame = table(page, dump_text=tmp_path / "t")
    text = (tmp_path / "t" / "table.html.txt").read_text(encoding="utf-8")
    assert "新建基层工会\t个\t3256\n新发展会员\t万人\t28.6" in text
    assert list(zip(frame["text"], frame["value"], frame["metric"])) == [
        ("3256", 3256, "union_organizations"), ("28.6", 286000, "new_members")]


def make_docx(path, paragraphs, rows=()):
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    body = "".join(f"<w:p><w:r><w:t>{p}</w:t></w:r></w:p>" for p in paragraphs)
    body += "".join("<w:tbl><w:tr>" + "".join(f"<w:tc><w:p><w:r><w:t>{c}</w:t></w:r></w:p></w:tc>" for c in row)
                    + "</w:tr></w:tbl>" for row in rows)
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", f'<?xml version="1.0"?><w:document {w}><w:body>{body}</w:body></w:document>')


def test_word_document(tmp_path):
    make_docx(tmp_path / "report.docx", ["抚州市总工会工作报告", "全市基层工会组织总数7712个,建会率97.8%。"],
              rows=[("新建驿站", "60家")])
    frame = table(tmp_path / "report.docx", dump_text=tmp_path / "t")
    assert frame["text"].tolist() == ["7712个", "97.8%", "60家"]
    assert set(frame["city"]) == {"抚州市"}


def test_pdf_text_layer_with_lines_joined_back(tmp_path):
    frame = table(INPUTS / "report.pdf", dump_text=tmp_path)
    assert frame["text"].tolist() == ["2.15亿元", "120余万人次", "1250万人", "2183余家"]
    text = (tmp_path / "report.pdf.txt").read_text(encoding="utf-8")
    assert "慰问一线职工和农民工120余万人次" in text  # the line end inside the sentence is gone


ROWS = [{"id": "a1", "text": "全省工会会员达到1250万人。", "date": "2023-01-05", "url": "http://x/1"},
        {"id": "a2", "text": "建成工会爱心驿站2183余家。", "date": "2023-02-06", "url": "http://x/2"}]


def corpus_options():
    return ReadOptions(id_column="id", keep_columns=("date", "url"))


def check_corpus(frame, name):
    assert frame["doc"].tolist() == [f"{name}#a1", f"{name}#a2"]
    assert frame["date"].tolist() == ["2023-01-05", "2023-02-06"]
    assert frame["url"].tolist() == ["http://x/1", "http://x/2"]
    assert frame["text"].tolist() == ["1250万人", "2183余家"]


def test_corpus_jsonl(tmp_path):
    path = tmp_path / "c.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in ROWS), encoding="utf-8")
    check_corpus(table(path, options=corpus_options()), "c.jsonl")


def test_corpus_csv(tmp_path):
    path = tmp_path / "c.csv"
    pd.DataFrame(ROWS).to_csv(path, index=False, encoding="utf-8-sig")
    check_corpus(table(path, options=corpus_options()), "c.csv")


def test_corpus_parquet(tmp_path):
    path = tmp_path / "c.parquet"
    pd.DataFrame(ROWS).to_parquet(path, index=False)
    check_corpus(table(path, options=corpus_options()), "c.parquet")


def test_corpus_rows_are_named_by_number_without_an_id_column(tmp_path):
    path = tmp_path / "c.jsonl"
    path.write_text("\n".join(json.dumps({"body": r["text"]}, ensure_ascii=False) for r in ROWS), encoding="utf-8")
    frame = table(path, options=ReadOptions(text_column="body"))
    assert frame["doc"].tolist() == ["c.jsonl#1", "c.jsonl#2"]


def test_cli_corpus_options(tmp_path):
    path = tmp_path / "c.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in ROWS), encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "unionstats", "extract", str(path), "--id-column", "id",
                             "--keep-column", "date", "--keep-column", "url"], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    frame = pd.read_csv(io.StringIO(result.stdout), dtype=str)
    check_corpus(frame, "c.jsonl")


def test_metadata_published_and_source():
    frame = extract([str(Path(__file__).resolve().parent.parent / "seeds")]).frame
    row = frame[frame["doc"] == "002_a60dfce8b03aedd7.txt"].iloc[0]
    assert (row["published"], row["source"]) == ("2022-03-10", "安徽工人日报")
    assert set(frame[frame["doc"] == "003_e4238272c5640bca.txt"]["source"]) == {"陕西工人报"}
