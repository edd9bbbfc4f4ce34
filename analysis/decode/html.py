"""``.html`` / ``.htm``: the main text of a page, white space collapsed as a browser does
(see the package docstring for what is dropped)."""
from __future__ import annotations

import re

_META_CHARSET = re.compile(
    rb"""<meta[^>]+?charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)""", re.IGNORECASE)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_\-.]+)""")

_DROP_TAGS = frozenset({
    "script", "style", "noscript", "template", "nav", "aside", "iframe", "frame", "frameset",
    "svg", "math", "canvas", "object", "embed", "applet", "select", "button", "input",
    "textarea", "menu", "dialog", "head", "title", "meta", "link", "base", "audio", "video",
    "map", "-comment", "!doctype"})
_DROP_ROLES = frozenset({"navigation", "banner", "contentinfo", "complementary", "search",
                         "menu", "menubar", "toolbar"})
_SECTIONING = frozenset({"article", "main", "section"})
_BLOCK_TAGS = frozenset({
    "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details",
    "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2",
    "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "legend", "li", "main", "nav",
    "ol", "p", "pre", "section", "summary", "table", "tbody", "thead", "tfoot", "tr", "ul",
    "listing", "plaintext", "xmp", "search"})
_BOILERPLATE_TOKENS = frozenset({"header", "footer", "nav", "navbar", "menu", "sidebar",
                                 "breadcrumb", "breadcrumbs", "crumbs", "copyright", "topbar",
                                 "position", "location"})  # 当前位置 breadcrumbs
_BOILERPLATE_PIECES = frozenset({"nav", "navbar", "navigation", "menu", "breadcrumb",
                                 "breadcrumbs", "crumb", "crumbs", "copyright", "sidebar"})
_CLASS_SPLIT = re.compile(r"[-_\s]+")


def _boilerplate_class(attrs: dict) -> bool:
    """Whether a class or id names page furniture: a whole token ``header``/``footer``/
    ``nav``..., or a piece ``nav``/``menu``/``breadcrumb``... of ``top-nav``, ``main_menu``."""
    for key in ("class", "id"):
        value = (attrs.get(key) or "").lower()
        if not value:
            continue
        if any(tok in _BOILERPLATE_TOKENS for tok in value.split()):
            return True
        if any(piece in _BOILERPLATE_PIECES for piece in _CLASS_SPLIT.split(value)):
            return True
    return False


_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_WS = re.compile(r"[ \t\n\r\f]+")
_CJK = ("\u2e80-\u2eff\u2f00-\u2fdf\u3000-\u303f\u3040-\u30ff\u3100-\u312f\u3400-\u4dbf"
        "\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef")
_CJK_RE = re.compile(f"[{_CJK}]")


def _collapse(s: str) -> str:
    """Collapse HTML white space as a browser does, except that a run holding a line break
    next to a CJK character disappears (CSS Text 3 drops it between two wide characters;
    Chinese pages also wrap source lines after ASCII commas and before numbers)."""
    def repl(m: re.Match) -> str:
        run = m.group(0)
        if "\n" in run or "\r" in run:
            before = s[m.start() - 1] if m.start() > 0 else ""
            after = s[m.end()] if m.end() < len(s) else ""
            if (before and _CJK_RE.match(before)) or (after and _CJK_RE.match(after)):
                return ""
        return " "
    return _WS.sub(repl, s)


class _HtmlText:
    """Walks a parsed tree (selectolax/lexbor) and builds the text."""

    def __init__(self, class_heuristics: bool = True) -> None:
        self.class_heuristics = class_heuristics
        self.lines: list[str] = []
        self.run: list[tuple[str, bool]] = []   # (raw text, preformatted)
        self.row: list[str] | None = None
        self.cell_depth = 0
        self.pre_depth = 0

    def _run_text(self) -> str:
        out: list[str] = []
        group: list[str] = []
        for s, pre in self.run:
            if pre:
                if group:
                    out.append(_collapse("".join(group)))
                    group = []
                out.append(s)
            else:
                group.append(s)
        if group:
            out.append(_collapse("".join(group)))
        self.run = []
        return "".join(out).replace("\xa0", " ").strip(" \t\n\r\f")

    def flush(self, hard: bool = False) -> None:
        text = self._run_text()
        if text or hard:
            self.lines.append(text)

    def walk(self, root) -> str:
        # explicit stack: (node, entering, sectioning depth)
        stack = [(root, True, 0)]
        while stack:
            node, entering, sect = stack.pop()
            tag = node.tag
            if entering:
                if tag == "-text":
                    s = node.text(deep=False) or ""
                    if s:
                        self.run.append((s, self.pre_depth > 0))
                    continue
                if tag in _DROP_TAGS or not isinstance(tag, str):
                    continue
                attrs = node.attributes or {}
                if (attrs.get("role") or "").strip().lower() in _DROP_ROLES:
                    continue
                if "hidden" in attrs or (attrs.get("aria-hidden") or "").lower() == "true":
                    continue
                if _HIDDEN_STYLE.search(attrs.get("style") or ""):
                    continue
                if tag in ("header", "footer") and sect == 0:
                    continue  # the page's banner or footer (inside an article: its header)
                if sect == 0 and self.class_heuristics and _boilerplate_class(attrs):
                    continue  # <div class="nav">, <div id="footer"> outside any article
                self._enter(tag)
                child_sect = sect + (tag in _SECTIONING)
                stack.append((node, False, sect))
                children = []
                c = node.child
                while c is not None:
                    children.append(c)
                    c = c.next
                for c in reversed(children):
                    stack.append((c, True, child_sect))
            else:
                self._exit(tag)
        self.flush()
        if self.row:
            self.lines.append("\t".join(self.row))
        return "\n".join(self.lines)

    def _enter(self, tag: str) -> None:
        if tag == "br":
            if self.cell_depth:
                self.run.append((" ", False))
            else:
                self.flush(hard=True)
        elif tag in ("td", "th") and self.row is not None and self.cell_depth == 0:
            self.cell_depth = 1
            self.run = []
        elif tag in ("td", "th") and self.cell_depth:
            self.cell_depth += 1
            self.run.append((" ", False))
        elif tag == "tr" and self.cell_depth == 0:
            self.flush()
            self.row = []
        elif tag in _BLOCK_TAGS:
            if tag == "pre":
                self.pre_depth += 1
            if self.cell_depth:
                self.run.append((" ", False))
            else:
                self.flush()

    def _exit(self, tag: str) -> None:
        if tag in ("td", "th") and self.cell_depth:
            self.cell_depth -= 1
            if self.cell_depth == 0 and self.row is not None:
                self.row.append(self._run_text().replace("\n", " ").replace("\t", " "))
            else:
                self.run.append((" ", False))
        elif tag == "tr" and self.cell_depth == 0 and self.row is not None:
            if any(self.row):
                self.lines.append("\t".join(self.row))
            self.row = None
        elif tag in _BLOCK_TAGS:
            if tag == "pre":
                self.pre_depth = max(0, self.pre_depth - 1)
            if self.cell_depth:
                self.run.append((" ", False))
            else:
                self.flush()


def declared_charset(data: bytes) -> str | None:
    head = data[:4096]
    m = _XML_ENCODING.match(head) or _META_CHARSET.search(head)
    return m.group(1).decode("ascii", "ignore") if m else None


def extract_html(html: str) -> str:
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(html)
    root = None
    for selector in ("main", "[role=main]"):
        node = tree.css_first(selector)
        if node is not None and (node.text(deep=True) or "").strip():
            root = node
            break
    if root is None:
        root = tree.body or tree.root
    if root is None:
        return ""
    text = _HtmlText().walk(root)
    if not text.strip():
        # the class/id heuristics are guesses: never let them empty a page
        text = _HtmlText(class_heuristics=False).walk(root)
    return text

