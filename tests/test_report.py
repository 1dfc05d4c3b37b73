"""The evidence report, checked in a real headless browser (Chromium, driven by Playwright)."""
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import SEEDS

ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    out = tmp_path_factory.mktemp("report") / "report.html"
    result = subprocess.run([sys.executable, "-m", "unionstats", "report", str(SEEDS), "-o", str(out),
                             "--metrics", "union_members,service_stations"], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert "5 documents, 210 claims" in result.stderr
    return out


def test_report_is_one_self_contained_file(report):
    page = report.read_text(encoding="utf-8")
    assert "http://" not in page.split("<script id=\"data\"")[0] and "https://" not in page
    assert "<script src" not in page and "<link" not in page
    assert oct(os.stat(report).st_mode & 0o777) != oct(0o600)


def test_report_needs_texts_not_a_table(tmp_path):
    table = tmp_path / "stats.csv"
    subprocess.run([sys.executable, "-m", "unionstats", "extract", str(SEEDS), "-o", str(table)], check=True,
                   capture_output=True)
    result = subprocess.run([sys.executable, "-m", "unionstats", "report", str(table), "-o", str(tmp_path / "r.html")],
                            capture_output=True, text=True)
    assert result.returncode == 2 and "a report needs the texts themselves" in result.stderr


@pytest.mark.skipif(CHROMIUM is None, reason="no Chromium here (CI installs it: apt-get install chromium)")
def test_report_in_a_headless_browser(report):
    playwright = pytest.importorskip("playwright.sync_api")
    with playwright.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        errors = []
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto(report.as_uri())
        assert page.locator("#text mark").count() == 4  # the first seed report has 4 claims
        assert page.locator("#claims tbody tr").count() == 200  # a page of the table
        assert page.locator("#count").inner_text() == "210 of 210 claims"
        page.locator("#text mark").nth(1).click()
        assert "63.88万 人" in page.locator("#detail").inner_text()
        page.fill("#filter", "抚州 rates")
        assert page.locator("#claims tbody tr").count() == 2
        page.locator("#claims tbody tr").first.click()  # leads to its place in another document
        assert page.locator("#docs").input_value() == "001_d9c73249a391ffcb.txt"
        assert page.locator("mark.active").inner_text() == "97.8%"
        assert page.locator("svg.chart").count() == 2
        ARTIFACTS.mkdir(exist_ok=True)
        page.fill("#filter", "")
        page.screenshot(path=str(ARTIFACTS / "report.png"))
        browser.close()
        assert errors == []
