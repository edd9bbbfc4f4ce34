"""Language data for the indicator extractor, loaded once at import from ``analysis/data/``:

- ``units.yaml``      units, scale prefixes, their kinds (money, mass, people, ...)
- ``modifiers.yaml``  approximation words, change verbs, comparison bases, name clean-up
- ``periods.yaml``    period expressions (上半年, 2022年1—11月, 截至2022年10月底, ...)
- ``taxonomy.yaml``   canonical keys → names and synonyms (users extend it, no code change)
- ``places.tsv``      every place in China (read by ``places.py``)
- ``stops.yaml``      patterns around a number that make it NOT an indicator
- ``subjects.yaml``   subjects that are not places (companies, parks, budget levels)
"""
from __future__ import annotations

from dataclasses import dataclass

from analysis import lexicon

_yaml = lexicon.yaml_file


@dataclass(frozen=True)
class Key:
    key: str
    names: tuple[str, ...]
    units: tuple[str, ...]
    exclude: tuple[str, ...]
    core: bool = False        # a headline figure (a field per key in summaries and tables)
    whole: bool = False       # the name must be the synonym alone (出口, not 钢材出口)
    summary: bool = False     # a summary leads with sentences holding one
    exclude_re: str = ""      # a name matching this pattern is not the key (对东盟进出口)
    place_only: bool = False  # a place's own statistic: not a subject's (接待游客 of a company)


_units = _yaml("units.yaml")
SCALES: dict[str, float] = {k: float(v) for k, v in _units["scales"].items()}
TABLE_SCALES: dict[str, float] = {k: float(v) for k, v in (_units.get("table_scales") or {}).items()}
BASE_UNITS: dict[str, dict] = _units["base"]
RATIO_UNITS: dict[str, dict] = _units["ratio"]
PEOPLE_AFTER_SCALE: list[str] = _units.get("people_after_scale", [])
PEOPLE_BEFORE_SCALE: str = _units.get("people_before_scale", "(?!)")
MEDALS: list[str] = _units.get("medals", [])


_mods = _yaml("modifiers.yaml")
APPROX_PREFIX: list[str] = sorted(_mods["approx_prefix"], key=len, reverse=True)
APPROX_SUFFIX: list[str] = sorted(_mods["approx_suffix"], key=len, reverse=True)
CHANGE_VERBS: dict[str, str] = {}
for _d, _k in (("up", "change_up"), ("down", "change_down")):
    for _v in _mods[_k]:
        CHANGE_VERBS[_v] = _d
SHORT_VERBS: dict[str, str] = {v: "up" for v in _mods["change_short_up"]}
SHORT_VERBS.update({v: "down" for v in _mods["change_short_down"]})
FLAT_VERBS: list[str] = _mods["change_flat"]
DOUBLED_VERBS: list[str] = _mods.get("change_doubled", [])
FLAT_BASES: list[str] = _mods.get("flat_basis", [])   # 与上年同期持平
BASES: list[str] = sorted(_mods["basis"], key=len, reverse=True)
SILENT_BASES: frozenset[str] = frozenset(_mods.get("silent_basis", []))   # 年均: reported null
BASIS_ABBREV: dict[str, str] = dict(_mods.get("basis_abbrev") or {})   # 同增17.1%: 同 is 同比
RESTATED_FIGURE: list[str] = list(_mods.get("restated_figure", []))   # 累计完成数
CONVERTED_FIGURE: frozenset[str] = frozenset(_mods.get("converted_figure", []))   # 折合
NAME_STRIP_PREFIX: list[str] = _mods["name_strip_prefix"]
NAME_INNER_STRIP: list[str] = list(_mods.get("name_inner_strip") or [])   # 各类
NAME_GLOSS_RATIO: list[str] = list(_mods.get("name_gloss_ratio") or [])   # (…占…比重)
TOWN_SUFFIXES: list[str] = list(_mods.get("town_suffixes") or [])   # 镇, 乡, 街道
TOWN_BACK_REF: list[str] = list(_mods.get("town_back_ref") or [])   # 当地
BROAD_FISCAL_NAMES: dict[str, str] = dict(_mods.get("broad_fiscal_names") or {})   # 地方财政收入
NAME_STRIP_SUFFIX: list[str] = sorted(_mods["name_strip_suffix"], key=len, reverse=True)
FRACTION_COMPARED: list[str] = sorted(_mods.get("fraction_compared", []), key=len, reverse=True)
RATIO_PARTS: list[tuple[str, tuple[str, ...]]] = [
    (r["before"], tuple(r["names"])) for r in _mods.get("ratio_parts", [])]
PAIRED_WORDS: dict[str, tuple[str, str]] = {
    k: (v[0], v[1]) for k, v in (_mods.get("paired_words") or {}).items()}
GENERIC_HEADS: list[str] = sorted(_mods.get("generic_heads", []), key=len, reverse=True)
SCOPE_HEADS: list[str] = sorted(_mods.get("scope_heads", []), key=len, reverse=True)
RATE_NAMES: dict[str, str] = dict(_mods.get("rate_names") or {})
RATE_NAMES_WRITTEN: dict[str, str] = dict(_mods.get("rate_names_written") or {})

PERIOD_PATTERNS: list[str] = _yaml("periods.yaml")["patterns"]
EVENT_SINCE: str = _yaml("periods.yaml").get("event_since") or "(?!)"
PERIOD_FLOWS: list[str] = _yaml("periods.yaml").get("flows", [])
PERIOD_STOCKS: list[str] = _yaml("periods.yaml").get("stocks", [])
PERIOD_STOCKS_NOW: list[str] = _yaml("periods.yaml").get("stocks_now", [])
CENSUS_TITLE: str = _yaml("periods.yaml").get("census_title", "(?!)")
EVENT_AFTER: str = _yaml("periods.yaml").get("event_after", "(?!)")
HOLIDAYS: dict[str, tuple[int, int]] = {
    k: (v[0], v[1]) for k, v in (_yaml("periods.yaml").get("holidays") or {}).items()}
HOLIDAY_YEARS: dict[str, dict[int, tuple[int, int]]] = {
    k: {int(y): (m[0], m[1]) for y, m in v.items()}
    for k, v in (_yaml("periods.yaml").get("holiday_years") or {}).items()}

_tax = _yaml("taxonomy.yaml")
KEYS: dict[str, Key] = {
    k: Key(k, tuple(v.get("names", [])), tuple(v.get("units", [])), tuple(v.get("exclude", [])),
           bool(v.get("core", False)), bool(v.get("whole", False)),
           bool(v.get("summary", False)), v.get("exclude_re", ""),
           bool(v.get("place_only", False)))
    for k, v in _tax.items() if not k.startswith("_")     # _name: a YAML anchor, not a key
}
CORE_KEYS: tuple[str, ...] = tuple(k for k, v in KEYS.items() if v.core)
SUMMARY_KEYS: frozenset[str] = frozenset(k for k, v in KEYS.items() if v.summary)
PLACE_ONLY_KEYS: frozenset[str] = frozenset(k for k, v in KEYS.items() if v.place_only)
# synonym → key, longest first (the extractor takes the longest synonym in a name)
SYNONYMS: list[tuple[str, str]] = sorted(
    ((n, k) for k, v in KEYS.items() for n in (*v.names, k)), key=lambda p: -len(p[0]))


_stops = _yaml("stops.yaml")
STOP_BEFORE: list[str] = _stops["before"]
STOP_AFTER: list[str] = _stops["after"]
STOP_BEFORE_CHINESE: list[str] = _stops["before_chinese"]
ROUND_CLASS_AFTER: str = _stops.get("round_class_after", "(?!)")
STOP_LIST_FOCUS: str = _stops.get("list_focus", "(?!)")
STOP_AFTER_CAPACITY: list[str] = _stops["after_capacity"]
CAPACITY_KINDS: set[str] = set(_stops["project_capacity_kinds"])
CAPACITY_BEFORE: str = _stops["capacity_before"]
STOP_AFTER_THRESHOLD: str = _stops["after_threshold"]
INCLUDED_BOUND_BEFORE: str = _stops["included_bound_before"]
CAPACITY_AFTER: str = _stops["capacity_after"]
RATE_GAP_BEFORE: str = _stops["rate_gap_before"]
MEMBERS_AFTER: str = _stops["members_after"]
RANK_PLACE_BEFORE: str = _stops["rank_place_before"]
RANKED_NOUN: str = _stops["ranked_noun"]
SET_SCOPE_AFTER: str = _stops["set_scope_after"]
SET_AVERAGE_AFTER: str = _stops["set_average_after"]
THRESHOLD_COMPOSED: str = _stops["threshold_composed"]
THRESHOLD_CATEGORY_BEFORE: str = _stops["threshold_category_before"]
THRESHOLD_CATEGORY_AFTER: str = _stops["threshold_category_after"]
SET_SCOPE_DESCRIBED: str = _stops["set_scope_described"]
SET_PART_AFTER: str = _stops["set_part_after"]
WHOLE_CLASS: dict[str, int] = _stops.get("whole_class", {})
AGE_STATISTIC_BEFORE: str = _stops["age_statistic_before"]

_subj = _yaml("subjects.yaml")
ORG_TAIL: str = _subj["org_tail"].replace(" ", "")
INDUSTRY_SET: str = _subj["industry_set"]
ORG_STANDALONE: str = _subj["standalone"].replace(" ", "") + "|" + INDUSTRY_SET
ORG_PARK: str = _subj["park"]
BUDGET_LEVEL: str = _subj["budget_level"]
OWN_LEVEL: dict[str, str] = _subj.get("own_level", {})
ORG_ZONE: str = _subj["zone"]
ORG_NEXT: str = _subj["next"].replace(" ", "")
ORG_DESCRIPTOR: str = _subj.get("descriptor", "(?!)")
ORG_NEXT_FIGURE: tuple[str, ...] = tuple(_subj.get("next_figure", ()))
MARKET_INDEX: str = _subj["market_index"].replace(" ", "")
INDEX_MOVE: str = _subj["index_move"]
LIST_MARKER: str = _subj["list_marker"]
NATION_TITLE_AFTER: str = _subj["nation_title_after"].replace(" ", "")
PLACE_JOINERS: str = _subj["joiners"]
PLACE_IN_NAME: str = _subj["place_in_name"]
COMPANY_IN_NAME: str = _subj.get("company_in_name", "(?!)")
GROUP_NAME_TAIL: str = _subj["group_name_tail"].replace(" ", "")
NATION_ORG: str = _subj.get("nation_org", "(?!)").replace(" ", "")
NATIONAL_BANK: str = _subj.get("national_bank", "(?!)").replace(" ", "")
NATION_ORGAN: str = _subj.get("nation_organ", "(?!)").replace(" ", "")
NATION_COLUMN: str = _subj.get("nation_column", "(?!)")
PARK_TITLE_TAIL: str = _subj.get("park_title_tail", "(?!)").replace(" ", "")
ORIGIN_AFTER: str = _subj["origin_after"]
REACH_BEFORE: str = _subj.get("reach_before", "(?!)")
RESIDENT_OF: str = _subj.get("resident_of", "(?!)")
SCENE_BEFORE: str = _subj["scene_before"]
SCENE_BACK_REF: str = _subj["scene_back_ref"]
OFFICER_TITLE: str = _subj.get("officer_title", "(?!)")
PERSON_ROLE: str = _subj.get("person_role", "(?!)")
# organisations named with no tail (companies.txt: 百度, 万科, 五粮液), the name before any '='
BRANDS: tuple[str, ...] = tuple(sorted({ln.split("=")[0].strip() for ln in lexicon.lines("companies.txt")}))
# common surnames (surnames.txt): the first character of a person's name
SURNAMES: frozenset[str] = frozenset(" ".join(lexicon.lines("surnames.txt")).split())
SCENE_SITE: str = _subj.get("scene_site", "(?!)")
SCENE_FRAME: str = _subj.get("scene_frame", "(?!)")
INDUSTRY_LEAD: str = _subj["industry_lead"]
INDUSTRY_NOT_AFTER: str = _subj["industry_not_after"]
INDUSTRY_KINDS: str = _subj["industry_kinds"]
INDUSTRY_VERBS: str = _subj["industry_verbs"]
BRACKETED_NAME: str = _subj["bracketed_name"]
ONE_OF_BEFORE: str = _subj.get("one_of_before", "(?!)")
ONE_OF_AFTER: str = _subj.get("one_of_after", "(?!)")
EVENT_TAIL: str = _subj.get("event_tail", "(?!)")
EVENT_BACK: str = _subj.get("event_back", "(?!)")
