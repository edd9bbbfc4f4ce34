"""Scans: page images and PDF pages without text, read by the real OCR engine (RapidOCR, its
models inside the wheel), in reading order, each figure traced to its page and line box."""
from __future__ import annotations

import io

import pytest
from PIL import Image

from analysis import ocr
from analysis.decode import decode
from analysis.errors import DocumentError
from analysis.pipeline import analyze
from evaluation.ocr import PAGE_W, render
from tests.fixtures_docs import make_pdf

TEXT = "地区生产总值完成164.4亿元，增长5.7%。\n原煤产量5899.2万吨，增长15.6%。"
FIGURES = {("164.4亿元", 164.4, 5.7), ("5899.2万吨", 5899.2, 15.6)}


def _figures(result) -> set:
    return {(i.text, i.value, i.change.value if i.change else None) for i in result.indicators}


@pytest.fixture(scope="module")
def page_png() -> bytes:
    return render(TEXT, height=360)[0]


def test_a_png_page_is_read_and_its_figures_carry_page_and_box(page_png):
    res = analyze(page_png, "page.png")
    assert res.document.media_type == "image/png" and res.document.pages == 1
    (info,) = res.document.ocr
    assert info.page == 1 and 0.8 < info.confidence <= 1
    assert _figures(res) == FIGURES
    text = res.text
    for ind in res.indicators:
        assert text[ind.span[0]:ind.span[1]] == ind.text      # offsets into the OCR'd text
        assert ind.page == 1
        x0, y0, x1, y1 = ind.box
        assert 0 <= x0 < x1 <= PAGE_W and 0 <= y0 < y1 <= 360


def test_jpeg_and_a_two_page_tiff(page_png):
    im = Image.open(io.BytesIO(page_png)).convert("RGB")
    jpg = io.BytesIO()
    im.save(jpg, format="JPEG", quality=90)
    assert _figures(analyze(jpg.getvalue(), "photo.jpg")) == FIGURES
    tif = io.BytesIO()
    im.save(tif, format="TIFF", save_all=True, append_images=[im])
    res = analyze(tif.getvalue(), "scan.tiff")
    assert res.document.pages == 2 and [p.page for p in res.document.ocr] == [1, 2]
    assert sorted(i.page for i in res.indicators) == [1, 1, 2, 2]
    first, second = res.indicators[0], res.indicators[2]
    assert first.text == second.text and first.box == second.box  # the same line, each page


def test_a_mixed_pdf_reads_its_text_page_and_ocrs_its_scanned_page(page_png):
    from pypdf import PdfReader, PdfWriter

    text_pdf = make_pdf([["一般公共预算收入13.6亿元,增长103%。"]])
    scan_pdf = io.BytesIO()
    Image.open(io.BytesIO(page_png)).convert("RGB").save(scan_pdf, format="PDF", resolution=150)
    w = PdfWriter()
    for src in (text_pdf, scan_pdf.getvalue()):
        for p in PdfReader(io.BytesIO(src)).pages:
            w.add_page(p)
    out = io.BytesIO()
    w.write(out)
    res = analyze(out.getvalue(), "mixed.pdf")
    assert res.document.pages == 2
    assert [p.page for p in res.document.ocr] == [2]            # only the page without text
    by_text = {i.text: i for i in res.indicators}
    assert by_text["13.6亿元"].page == 1 and by_text["13.6亿元"].box is None
    assert by_text["164.4亿元"].page == 2 and by_text["164.4亿元"].box is not None


def test_the_api_check_defers_scans_to_the_ocr_queue(page_png):
    d = decode(page_png, "page.png", ocr="defer")
    assert d.needs_ocr and d.media_type == "image/png" and d.text == ""
    assert not decode(make_pdf([["增长5.7%"]]), "t.pdf", ocr="defer").needs_ocr


@pytest.mark.parametrize("data, name, code", [
    (b"\x89PNG\r\n\x1a\n" + bytes(range(256)), "broken.png", "corrupt_document"),
    (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00", "cut.jpg", "corrupt_document"),
    (b"GIF89a\x01\x00\x01\x00\x00\x00\x00;", "anim.gif", "unsupported_media_type"),
])
def test_bad_images_get_clear_errors(data, name, code):
    for mode in ("defer", "run"):
        with pytest.raises(DocumentError) as e:
            decode(data, name, ocr=mode)
        assert e.value.code == code


def test_too_many_pages_is_refused_before_any_is_read(page_png):
    im = Image.open(io.BytesIO(page_png))
    tif = io.BytesIO()
    im.save(tif, format="TIFF", save_all=True, append_images=[im, im])
    with pytest.raises(DocumentError) as e:
        decode(tif.getvalue(), "scan.tif", ocr="run", max_pages=2)
    assert e.value.code == "too_many_pages"


def test_without_ocr_an_image_is_still_refused_as_before(page_png):
    with pytest.raises(DocumentError) as e:
        decode(page_png, "page.png")
    assert e.value.code == "unsupported_media_type"


def test_two_columns_are_read_column_by_column():
    left = "左栏的第一段文字写在这里。" * 8    # fills the left column (5 rows) and a little more
    right = "右栏的第二段文字写在那里。" * 3
    png, printed = render(left + "\n" + right, columns=2, height=420)
    page = ocr.recognise(png, 1, PAGE_W, 420)
    # the page really has two columns, lines side by side
    assert any(ln.box[0] > PAGE_W / 2 for ln in page.lines)
    assert any(ln.box[2] < PAGE_W / 2 for ln in page.lines)
    text = ocr.assemble([page]).text.replace("\n", "")
    # read column by column: all of the left column before the right one, nothing interleaved
    assert text.index("右栏") > text.rindex("左栏的第一段文字写在这里。左栏") and \
        text.count("右栏") == 3, text
