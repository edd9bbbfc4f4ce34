"""Keywords: informative terms, not official filler words. The package's dictionary holds general
vocabulary; the seeds' own names (villages, parks, companies, projects) come from the test data
through the user-dictionary setting, ``ZHIBIAO_USER_DICT``, as a user's would."""
from __future__ import annotations

from pathlib import Path

import pytest

from analysis import articles, keywords, segment
from analysis.layout import clean

ROOT = Path(__file__).resolve().parents[2]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
SEED_DICT = ROOT / "tests" / "data" / "seed_userdict.txt"
FILLER = {"工作", "推进", "发展", "加快", "推动", "建设", "全面", "坚持", "实施"}


def _words(path: Path) -> set[str]:
    return {ln.split()[0] for ln in path.read_text("utf-8").splitlines()
            if ln.strip() and not ln.startswith("#")}


def _fresh_dictionaries(monkeypatch, user_dict: str | None) -> None:
    """Dictionaries load once per process: set ``ZHIBIAO_USER_DICT`` and drop the loaded
    segmenter and keyword tagger, so the next call loads them again; monkeypatch puts the
    process's own ones back afterwards."""
    if user_dict is None:
        monkeypatch.delenv(segment.USER_DICT_ENV, raising=False)
    else:
        monkeypatch.setenv(segment.USER_DICT_ENV, user_dict)
    for name in ("_tokenizer", "_jieba"):
        monkeypatch.setattr(segment, name, None)
    monkeypatch.setattr(keywords, "_TAGS", None)


@pytest.fixture
def seed_dict(monkeypatch):
    """The seeds segmented with their names from the test data, via ``ZHIBIAO_USER_DICT``."""
    _fresh_dictionaries(monkeypatch, str(SEED_DICT))


@pytest.fixture
def package_dict(monkeypatch):
    """The package's dictionary alone."""
    _fresh_dictionaries(monkeypatch, None)


def _kw(prefix: str, k: int = 12):
    c = clean(next(p for p in SEEDS if p.name.startswith(prefix)).read_text("utf-8"))
    toks = segment.tokens(c.text)
    return c, toks, keywords.keywords(c.text, toks, k=k)


def _article_kw(prefix: str, title: str) -> list[str]:
    c, toks, _ = _kw(prefix)
    art = next(a for a in articles.split(c, segment.sentences(c.text)) if a.title == title)
    s, e = art.span
    return keywords.keywords(c.text, [t for t in toks if s <= t[0] and t[1] <= e])


def _tokens(text: str) -> list[str]:
    return [text[s:e] for s, e, _ in segment.tokens(text)]


def test_document_keywords_are_informative(seed_dict):
    for prefix in ("000", "002", "004"):
        c, toks, kw = _kw(prefix)
        assert len(kw) == 12
        assert not FILLER & set(kw), kw
        assert all(len(w) >= 2 and not any(ch.isdigit() for ch in w) for w in kw)


def test_article_keywords_name_places_and_industries(seed_dict):
    kw = _article_kw("004", "奋楫争先谱华章")
    assert "氢能" in kw and "吕梁" in kw
    c0, toks0, kw0 = _kw("000")
    assert "平鲁区" in kw0
    # names only the user dictionary knows: a company and its project, a village
    assert "宝武太钢" in kw0
    visit = _article_kw("000", "姜四清带队赴宝武太钢集团考察")
    assert "宝武太钢" in visit and "低碳铬基合金" in visit, visit
    assert "中煤平朔" in _article_kw("001", "中煤平朔能源化工有限公司一景")


def test_without_the_user_dictionary_seed_names_are_split(package_dict):
    visit = _article_kw("000", "姜四清带队赴宝武太钢集团考察")
    assert "宝武太钢" not in visit and "太钢" in visit, visit
    assert "高石庄乡" not in _tokens("平鲁区高石庄乡店湾村地头")


def test_stopwords_file_is_used():
    stop = keywords.stopwords()
    assert {"工作", "推进", "发展", "加快"} <= stop
    assert not keywords.candidate("工作") and keywords.candidate("煤层气")


def test_domain_terms_are_single_tokens_with_the_package_dictionary_alone(package_dict):
    text = "平鲁区规模以上工业增加值增长9.5%,煤层气和氢能重卡产业加快发展。"
    words = _tokens(text)
    for term in ("平鲁区", "规模以上工业增加值", "煤层气", "氢能重卡"):
        assert term in words, words


def test_user_dictionary_adds_the_seed_names(seed_dict):
    text = "在平鲁区高石庄乡店湾村地头,宝武太钢低碳铬基合金项目,海泰新能源朔州有限公司。"
    words = _tokens(text)
    for term in ("平鲁区", "高石庄乡", "店湾村", "宝武太钢", "低碳铬基合金", "海泰新能源"):
        assert term in words, words


def test_package_dictionary_holds_general_terms_only():
    """No name of the seeds' test dictionary is in the package's."""
    package = _words(segment.USERDICT)
    seed = _words(SEED_DICT)
    assert len(seed) >= 30 and len(package) >= 150
    assert package & seed == set()


def test_a_missing_user_dictionary_is_an_error(monkeypatch, tmp_path):
    from core.settings import Settings

    missing = str(tmp_path / "nope.txt")
    _fresh_dictionaries(monkeypatch, missing)
    with pytest.raises(FileNotFoundError, match="ZHIBIAO_USER_DICT"):
        segment.tokens("高石庄乡")
    with pytest.raises(ValueError, match="ZHIBIAO_USER_DICT: no such file"):
        Settings(user_dict=missing)
    assert Settings(user_dict=str(SEED_DICT)).user_dict == str(SEED_DICT)
