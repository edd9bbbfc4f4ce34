"""analysis.decode: encodings, formats, media type sniffing, and every error code."""
from __future__ import annotations

import codecs
import io
import random
import zipfile

import pytest

from analysis.decode import (
    APPLICATION_PDF,
    DOCX,
    MAX_CHARS,
    TEXT_HTML,
    TEXT_PLAIN,
    Decoded,
    decode,
)
from analysis.errors import CODES, DocumentError
from api.errors import STATUS
from tests.fixtures_docs import (
    SEEDS,
    make_blank_pdf,
    make_docx,
    make_html,
    make_pdf,
    seed_text,
)

SEED_IDS = [p.name[:3] for p in SEEDS]


def _status(e: DocumentError) -> int:
    """The HTTP status the API answers for the error's code (api.errors.STATUS)."""
    return STATUS[e.code]


def _error(data: bytes, filename: str, **kw) -> DocumentError:
    with pytest.raises(DocumentError) as info:
        decode(data, filename, **kw)
    return info.value


# --------------------------------------------------------------------------- encodings

@pytest.mark.parametrize("seed", SEED_IDS)
@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gbk", "gb18030", "utf-16"])
def test_seed_reencoded_decodes_to_the_same_text(seed, encoding):
    text = seed_text(seed)
    d = decode(text.encode(encoding), f"{seed}.txt")
    assert d.text == text
    assert d.media_type == TEXT_PLAIN
    assert d.encoding in {"utf-8": {"utf-8"}, "utf-8-sig": {"utf-8-sig"},
                          "gbk": {"gb18030"}, "gb18030": {"gb18030"},
                          "utf-16": {"utf-16"}}[encoding]


@pytest.mark.parametrize("seed", SEED_IDS)
@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_seed_in_utf16_without_bom_found_by_zero_bytes(seed, encoding):
    text = seed_text(seed)
    assert decode(text.encode(encoding), "x.txt").text == text


def test_big5_is_not_mistaken_for_gb18030():
    # keep the characters Big5 has; the result must be the Big5 reading, not GB18030 garbage
    data = seed_text("000").encode("big5", errors="ignore")
    d = decode(data, "x.txt")
    assert d.text == data.decode("big5")
    assert d.encoding == "big5"


def _snippets(length: int, count: int, rng: random.Random) -> list[str]:
    corpus = "".join(seed_text(p.name[:3]) for p in SEEDS)
    out: list[str] = []
    while len(out) < count:
        i = rng.randrange(len(corpus) - length)
        s = corpus[i:i + length]
        if sum("\u4e00" <= ch <= "\u9fff" for ch in s) >= length // 2:
            out.append(s)
    return out


@pytest.mark.parametrize("length", [10, 15, 20, 30, 45, 60])
@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gbk", "gb18030", "utf-16"])
def test_short_chinese_snippets(length, encoding):
    rng = random.Random(f"{length}-{encoding}")
    wrong = []
    for s in _snippets(length, 60, rng):
        data = s.encode(encoding)
        if decode(data, "s.txt").text != data.decode(encoding):
            wrong.append(s)
    assert not wrong, f"{len(wrong)} of 60 snippets decoded wrongly, e.g. {wrong[:3]}"


def test_plain_chinese_phrases():
    for phrase in ("地区生产总值完成164.4亿元", "增长5.7%", "原煤产量5899.2万吨,增长15.6%",
                   "联通公司", "全年红"):
        for enc in ("utf-8", "gb18030", "utf-16", "utf-8-sig"):
            assert decode(phrase.encode(enc), "p.txt").text == phrase, (phrase, enc)


def test_crlf_and_text_kept_verbatim():
    text = "第一行\r\n第二行\r\n\r\n  缩进"
    assert decode(text.encode("gbk"), "x.txt").text == text


def test_latin_text_via_detector():
    text = ("Le développement économique régional a progressé de 5,7 % au premier semestre, "
            "selon les données publiées par le bureau des statistiques.")
    data = text.encode("cp1252")
    assert decode(data, "fr.txt").text == text


# --------------------------------------------------------------------------- docx

def test_docx_paragraphs_and_table_in_document_order():
    paras = [line for line in seed_text("000").splitlines() if line.strip()][:12]
    table = [["指标", "数值", "增长"], ["地区生产总值", "164.4亿元", "5.7%"], ["原煤产量", "5899.2万吨", "15.6%"]]
    data = make_docx(paras, table, table_after=3)
    d = decode(data, "report.docx")
    assert d.media_type == DOCX
    lines = d.text.split("\n")
    # every paragraph, in order, then the table rows between paragraph 3 and 4
    assert lines == paras[:4] + ["\t".join(r) for r in table] + paras[4:]


def test_docx_decoded_text_equals_lines_of_the_seed():
    text = seed_text("000")
    data = make_docx(text.split("\n"))
    assert decode(data, "x.docx").text == text


def test_docx_sniffed_from_content_not_name():
    data = make_docx(["第一段文字", "第二段文字"])
    for name in ("x.txt", "x.pdf", "", "../../etc/passwd", "C:\\temp\\a.exe"):
        d = decode(data, name)
        assert d.media_type == DOCX and d.text == "第一段文字\n第二段文字"


def test_docx_merged_cells_not_duplicated():
    import docx
    document = docx.Document()
    t = document.add_table(rows=2, cols=3)
    a = t.cell(0, 0).merge(t.cell(0, 1))
    a.text = "合并"
    t.cell(0, 2).text = "右"
    t.cell(1, 0).text = "甲"
    buf = io.BytesIO()
    document.save(buf)
    text = decode(buf.getvalue(), "m.docx").text
    assert text.count("合并") == 1
    assert "合并\t右" in text


# --------------------------------------------------------------------------- pdf

def test_pdf_with_chinese_text_layer():
    pages = [["地区生产总值完成164.4亿元,增长5.7%", "原煤产量5899.2万吨,增长15.6%"],
             ["Page two in ASCII: 12.5%"]]
    d = decode(make_pdf(pages), "r.pdf")
    assert d.media_type == APPLICATION_PDF
    assert len(d.pages) == 2
    for (s, e), lines in zip(d.pages, pages):
        page_text = d.text[s:e]
        for line in lines:
            assert line in page_text
    assert d.pages[0][1] <= d.pages[1][0] and d.pages[1][1] == len(d.text)


def test_pdf_without_text_layer_fails():
    e = _error(make_blank_pdf(3), "scan.pdf")
    assert (e.code, _status(e)) == ("no_text_layer", 422)


def test_encrypted_pdf():
    from pypdf import PdfReader, PdfWriter
    writer = PdfWriter()
    writer.append(PdfReader(io.BytesIO(make_pdf([["保密文件"]]))))
    writer.encrypt("secret", algorithm="RC4-128")
    buf = io.BytesIO()
    writer.write(buf)
    e = _error(buf.getvalue(), "secret.pdf")
    assert (e.code, _status(e)) == ("encrypted_document", 422)


def test_pdf_with_empty_user_password_is_read():
    from pypdf import PdfReader, PdfWriter
    writer = PdfWriter()
    writer.append(PdfReader(io.BytesIO(make_pdf([["公开文件内容"]]))))
    writer.encrypt("", owner_password="owner", algorithm="RC4-128")
    buf = io.BytesIO()
    writer.write(buf)
    assert "公开文件内容" in decode(buf.getvalue(), "open.pdf").text


# --------------------------------------------------------------------------- html

def test_html_main_text_only():
    body = """
<header><div class="logo">网站名称</div><nav><a href="/">首页</a> <a href="/news">新闻</a></nav></header>
<div role="navigation">当前位置:首页 &gt; 新闻</div>
<article>
  <header><h1>上半年经济运行情况</h1></header>
  <p>地区生产总值完成164.4亿元,
     增长5.7%。</p>
  <p>原煤产量<b>5899.2</b>万吨 &amp; 发电量126.6亿千瓦时。<br>第二行</p>
  <table><tr><th>指标</th><th>数值</th></tr><tr><td>固定资产投资</td><td>增长<br>12.3%</td></tr></table>
  <ul><li>一</li><li>二</li></ul>
</article>
<aside>相关阅读:其他新闻</aside>
<div style="display: none">隐藏内容</div>
<footer>版权所有 联系我们</footer>
<script>document.write('脚本文字')</script>"""
    d = decode(make_html(body).encode("utf-8"), "page.html")
    assert d.media_type == TEXT_HTML
    assert d.text.split("\n") == [
        "上半年经济运行情况",
        "地区生产总值完成164.4亿元,增长5.7%。",   # the line break between CJK disappears
        "原煤产量5899.2万吨 & 发电量126.6亿千瓦时。",
        "第二行",
        "指标\t数值",
        "固定资产投资\t增长 12.3%",
        "一",
        "二",
    ]
    for junk in ("网站名称", "首页", "当前位置", "相关阅读", "隐藏内容", "版权所有", "脚本",
                 "导航脚本", "color", "标题"):
        assert junk not in d.text


def test_html_uses_main_element():
    body = "<div>侧栏链接一 侧栏链接二</div><main><h2>正文标题</h2><p>正文内容</p></main>"
    assert decode(make_html(body).encode(), "a.htm").text == "正文标题\n正文内容"


@pytest.mark.parametrize("encoding", ["gbk", "gb18030", "utf-8", "utf-16"])
def test_html_in_legacy_encodings(encoding):
    charset = {"utf-16": "utf-16"}.get(encoding, encoding)
    html = make_html("<p>社会消费品零售总额增长8.9%</p>", charset=charset)
    d = decode(html.encode(encoding), "gbk.html")
    assert d.text == "社会消费品零售总额增长8.9%"
    assert d.media_type == TEXT_HTML


def test_html_sniffed_without_extension_and_fragment_by_extension():
    html = make_html("<p>内容一</p>").encode()
    assert decode(html, "upload.txt").media_type == TEXT_HTML
    assert decode(html, "noext").media_type == TEXT_HTML
    frag = "<div><p>片段内容</p><script>x()</script></div>".encode()
    d = decode(frag, "frag.html")
    assert (d.media_type, d.text) == (TEXT_HTML, "片段内容")
    # the same fragment named .txt is plain text: markup and all
    assert decode(frag, "frag.txt").text == frag.decode()


def test_html_escaped_markup_stays_text():
    d = decode(make_html("<p>&lt;script&gt;alert(1)&lt;/script&gt; 5 &lt; 6</p>").encode(), "x.html")
    assert d.text == "<script>alert(1)</script> 5 < 6"


def test_deeply_nested_html_does_not_crash():
    html = "<html><body>" + "<div>" * 5000 + "深层内容" + "</div>" * 5000 + "</body></html>"
    assert decode(html.encode(), "deep.html").text == "深层内容"


# --------------------------------------------------------------------------- errors

def test_empty_document():
    for data in (b"", b"   \n\t\r\n", codecs.BOM_UTF8, "\n\n".encode("utf-16")):
        e = _error(data, "empty.txt")
        assert (e.code, _status(e)) == ("empty_document", 400), data
    assert _error(make_docx(["", "  "]), "e.docx").code == "empty_document"
    assert _error(make_html("<nav>只有导航</nav>").encode(), "e.html").code == "empty_document"


def test_undecodable_text():
    rng = random.Random(7)
    junk = bytes(rng.choice([b for b in range(1, 256) if b not in (9, 10, 13)])
                 for _ in range(300))
    e = _error(junk, "junk.txt")
    assert (e.code, _status(e)) == ("undecodable_text", 422)
    e = _error(b"\xff\xff\x80\x80\x81", "tiny.txt")
    assert (e.code, _status(e)) == ("undecodable_text", 422)
    e = _error(codecs.BOM_UTF8 + b"abc\xff\xfe", "bad-bom.txt")
    assert e.code == "undecodable_text"


@pytest.mark.parametrize("data, name", [
    (b"\x89PNG\r\n\x1a\n" + bytes(range(256)), "image.png"),
    (b"\x89PNG\r\n\x1a\n" + bytes(range(256)), "image.txt"),
    (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00", "photo.jpg"),
    (b"MZ\x90\x00\x03\x00\x00\x00\x04\x00" + bytes(100), "setup.exe"),
    (b"\x7fELF\x02\x01\x01" + bytes(50), "a.out"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(100), "old.doc"),
    (b"\x1f\x8b\x08\x00" + bytes(30), "x.gz"),
    (bytes(range(256)) * 4, "data.bin"),
])
def test_unsupported_media_type(data, name):
    e = _error(data, name)
    assert (e.code, _status(e)) == ("unsupported_media_type", 415)


def _zip(files: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name, content in files.items():
            zf.writestr(name, content)
    return buf.getvalue()


def test_zip_that_is_not_docx_is_unsupported():
    for files in ({"readme.txt": "你好".encode()},
                  {"[Content_Types].xml": b"<Types/>", "xl/workbook.xml": b"<workbook/>"}):
        e = _error(_zip(files), "archive.docx")
        assert (e.code, _status(e)) == ("unsupported_media_type", 415)


def test_too_many_chars():
    text = seed_text("001")
    limit = 1000
    cases = [(text.encode("gbk"), "x.txt"),
             (make_docx(text.split("\n")), "x.docx"),
             (make_html("".join(f"<p>{line}</p>" for line in text.split("\n"))).encode(), "x.html"),
             (make_pdf([[line for line in text.split("\n") if line][:40]] * 3), "x.pdf")]
    for data, name in cases:
        e = _error(data, name, max_chars=limit)
        assert (e.code, _status(e)) == ("too_many_chars", 413), name
        assert len(decode(data, name).text) > limit  # the default limit lets it through
    assert MAX_CHARS >= 1_000_000
    assert decode(b"12345", "x.txt", max_chars=5).text == "12345"
    assert _error(b"123456", "x.txt", max_chars=5).code == "too_many_chars"


def test_corrupt_documents():
    good_docx = make_docx(["第一段", "第二段"])
    good_pdf = make_pdf([["第一页"]])
    cases = [
        (good_docx[: len(good_docx) // 2], "cut.docx"),
        (b"PK\x03\x04" + bytes(200), "zeros.docx"),
        (_zip({"word/document.xml": b"<not-xml", "[Content_Types].xml": b"<Types/>"}), "b.docx"),
        (good_pdf[:40], "cut.pdf"),
        (b"%PDF-1.7\n" + bytes(range(256)) * 3, "garbage.pdf"),
        (b"\x80\x81junk that is not a pdf \xff\xfe\xfd", "named.pdf"),
    ]
    for data, name in cases:
        e = _error(data, name)
        assert (e.code, _status(e)) == ("corrupt_document", 422), (name, e.code, e.message)


def test_never_anything_but_document_error():
    """Mutated docx/pdf/html bytes either decode or raise DocumentError."""
    rng = random.Random(42)
    originals = [(make_docx(["甲乙丙", "丁戊"], [["a", "b"]]), "m.docx"),
                 (make_pdf([["第一页内容"], ["第二页"]]), "m.pdf"),
                 (make_html("<p>正文</p>").encode("gbk"), "m.html")]
    for data, name in originals:
        for _ in range(25):
            b = bytearray(data)
            for _ in range(rng.randint(1, 20)):
                b[rng.randrange(len(b))] = rng.randrange(256)
            if rng.random() < 0.3:
                b = b[: rng.randrange(1, len(b))]
            try:
                d = decode(bytes(b), name)
            except DocumentError as e:
                assert _status(e) in (400, 413, 415, 422)
            else:
                assert isinstance(d, Decoded) and d.text.strip()


def test_filename_is_never_opened(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "secret.txt").write_text("不应读取", encoding="utf-8")
    d = decode("上传的内容".encode(), "secret.txt")
    assert d.text == "上传的内容"
    e = _error(b"", "secret.txt")
    assert e.code == "empty_document"


@pytest.mark.parametrize("encoding", ["gbk", "utf-8"])
def test_a_few_damaged_bytes_are_replaced_not_fatal(encoding):
    text = seed_text("000").rstrip()
    cut = text.encode(encoding)[:-1]            # cut inside the last character
    d = decode(cut, "cut.txt")
    assert d.text[:-1] == text[:-1] and d.text[-1] == "\ufffd"
    damaged = bytearray(text.encode(encoding))
    damaged[3001] = 0xFF                         # one stray byte
    d = decode(bytes(damaged), "stray.txt")
    assert 1 <= d.text.count("\ufffd") <= 3
    assert d.encoding == {"gbk": "gb18030", "utf-8": "utf-8"}[encoding]
    assert d.encoding_source.endswith("-lenient")
    assert d.text[:800] == text[:800]


def test_many_damaged_bytes_are_undecodable():
    data = bytearray(seed_text("000").encode("gbk"))
    rng = random.Random(5)
    for _ in range(len(data) // 100):            # 1 % of the bytes
        data[rng.randrange(len(data))] = 0xFF
    e = _error(bytes(data), "broken.txt")
    assert e.code == "undecodable_text"


def test_texts_that_begin_like_binary_formats_stay_text():
    for text in ("MZ品牌上半年销售额增长12%", "ID3标签说明", "GIF89a格式的图片", "BM公司营收",
                 "文件格式说明:%PDF-1.4 是 PDF 文件的开头"):
        for enc in ("utf-8", "gbk"):
            d = decode(text.encode(enc), "x.txt")
            assert (d.media_type, d.text) == (TEXT_PLAIN, text)


def test_pdf_header_after_leading_junk():
    data = b"junk before the header\n" + make_pdf([["前置内容的PDF"]])
    d = decode(data, "j.pdf")
    assert d.media_type == APPLICATION_PDF and "前置内容的PDF" in d.text


def test_docx_content_controls_text_boxes_and_deleted_text():
    import docx
    from docx.oxml import parse_xml

    ns = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
          'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
          'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
          'xmlns:v="urn:schemas-microsoft-com:vml"')
    sdt = parse_xml(f'<w:sdt {ns}><w:sdtPr/><w:sdtContent><w:p><w:r><w:t>控件里的段落</w:t>'
                    '</w:r></w:p></w:sdtContent></w:sdt>')
    box = parse_xml(
        f'<w:p {ns}><w:r><w:t>锚段落</w:t></w:r><w:r><mc:AlternateContent>'
        '<mc:Choice Requires="wps"><w:drawing><wps:wsp><wps:txbx><w:txbxContent>'
        '<w:p><w:r><w:t>文本框内容</w:t></w:r></w:p></w:txbxContent></wps:txbx></wps:wsp>'
        '</w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>'
        '<w:p><w:r><w:t>文本框内容</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape>'
        '</w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>')
    edited = parse_xml(f'<w:p {ns}><w:r><w:t>保留</w:t></w:r><w:del><w:r><w:delText>删除的'
                       '</w:delText></w:r></w:del><w:ins><w:r><w:t>插入的</w:t></w:r></w:ins>'
                       '<w:r><w:tab/><w:t>制表</w:t><w:br/><w:t>换行</w:t></w:r></w:p>')
    document = docx.Document()
    document.add_paragraph("第一段")
    body = document.element.body
    sect = body[-1]
    for el in (sdt, box, edited):
        sect.addprevious(el)
    buf = io.BytesIO()
    document.save(buf)
    text = decode(buf.getvalue(), "c.docx").text
    assert text == "第一段\n控件里的段落\n锚段落\n文本框内容\n保留插入的\t制表\n换行"


def test_html_div_layout_of_a_typical_government_page():
    body = """
<div class="header"><div class="logo">某某区人民政府</div></div>
<div id="top-nav"><ul><li><a href="/">首页</a></li><li><a href="/gk">政务公开</a></li></ul></div>
<div class="position">当前位置:<a href="/">首页</a> &gt; 统计信息</div>
<div class="content">
  <div class="article-header"><h1>上半年全区经济运行情况</h1></div>
  <div class="TRS_Editor"><p>地区生产总值完成164.4亿元,增长5.7%。</p></div>
</div>
<div class="main_menu">网站地图</div>
<div class="footer"><p>版权所有:某某区人民政府 ICP备案号</p></div>"""
    text = decode(make_html(body).encode("gbk"), "gov.html").text
    assert "上半年全区经济运行情况" in text and "地区生产总值完成164.4亿元,增长5.7%。" in text
    for junk in ("政务公开", "网站地图", "版权所有", "某某区人民政府", "当前位置"):
        assert junk not in text
    # a page that is nothing but "furniture" by class is still read, not emptied
    only = decode(make_html('<div class="header">只有这一句话</div>').encode(), "o.html")
    assert only.text == "只有这一句话"


# --------------------------------------------------------------------------- limits and codes

def test_upload_size_limit_is_checked_by_decode():
    data = "全年接待游客936万人次。".encode()
    assert decode(data, "x.txt", max_bytes=len(data)).text == data.decode()
    e = _error(data, "x.txt", max_bytes=len(data) - 1)
    assert (e.code, _status(e)) == ("too_large", 413)
    # an empty upload is empty, whatever the size limit
    assert _error(b"", "x.txt", max_bytes=10).code == "empty_document"


def test_every_document_error_code_has_one_http_status():
    """The domain's codes are all mapped by the API's one table, as the README documents."""
    assert set(CODES) <= set(STATUS)
    assert {c: STATUS[c] for c in CODES} == {
        "empty_document": 400, "too_large": 413, "too_many_chars": 413,
        "unsupported_media_type": 415, "undecodable_text": 422, "corrupt_document": 422,
        "encrypted_document": 422, "no_text_layer": 422, "too_many_pages": 413}
    with pytest.raises(ValueError):
        DocumentError("no_such_code", "a typo in a code is a bug, not an error answer")
