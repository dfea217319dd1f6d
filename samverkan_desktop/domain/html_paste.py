"""HTML from the clipboard (Word, Outlook, a browser) cleaned to the rich-text subset: paragraphs, bullet and
numbered items, bold, italic and http/https/mailto links. Everything else - styles, classes, fonts, images,
tables' layout, Word's conditional comments - is dropped, its text kept.

Word writes a list item as ``<p class=MsoListParagraph style='mso-list:l0 level1 lfo1'>`` with the bullet ("·" in
the Symbol font) or the number inside ``<![if !supportLists]> … <![endif]>``; that marker decides the kind of list
and is not kept as text.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

from .rich_text import Block, Run, normalize, safe_link

_BLOCKS = {"p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "blockquote", "pre", "dt", "dd", "table"}
_SKIP = {"style", "script", "head", "title", "xml", "template"}
_NUMBERED_MARKER = re.compile(r"^\s*(\d+|[a-zA-Z]|[ivxlcIVXLC]+)[.)]")


def _style(attributes: dict[str, str | None]) -> str:
    return (attributes.get("style") or "").lower().replace(" ", "")


class _Cleaner(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[Block] = []
        self.runs: list[Run] = []
        self.kind: str | None = None
        self.stack: list[tuple[str, bool, bool, str | None]] = []  # (tag, bold, italic, link) opened
        self.lists: list[str] = []  # "ul" / "ol" of the HTML lists we are in
        self.skip = 0
        self.in_marker = False  # inside Word's <![if !supportLists]>
        self.marker = ""

    # the formatting in force
    def _state(self) -> tuple[bool, bool, str | None]:
        bold = any(entry[1] for entry in self.stack)
        italic = any(entry[2] for entry in self.stack)
        link = next((entry[3] for entry in reversed(self.stack) if entry[3]), None)
        return bold, italic, link

    def _end_block(self) -> None:
        text = "".join(run.text for run in self.runs).strip()
        if text:
            runs = list(self.runs)
            # HTML whitespace: collapsed, and none at the ends of the line
            runs[0] = Run(runs[0].text.lstrip(), runs[0].bold, runs[0].italic, runs[0].link)
            runs[-1] = Run(runs[-1].text.rstrip(), runs[-1].bold, runs[-1].italic, runs[-1].link)
            self.blocks.append(Block(tuple(runs), self.kind))
        self.runs, self.kind = [], None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        if tag in _SKIP:
            self.skip += 1
            return
        if tag == "br":
            self._end_block()
            return
        if tag in ("ul", "ol"):
            self._end_block()
            self.lists.append(tag)
            return
        if tag in ("td", "th") and self.runs and not self.runs[-1].text.endswith(" "):
            self.runs.append(Run(" "))  # the cells of a row are one line: "A B", not "AB"
        if tag in _BLOCKS:
            self._end_block()
            style = _style(attributes)
            if tag == "li":
                self.kind = "number" if self.lists and self.lists[-1] == "ol" else "bullet"
            elif "mso-list:" in style and "mso-list:ignore" not in style:
                self.kind = "bullet"  # until the marker says it is a number
        style = _style(attributes)
        if "mso-list:ignore" in style:  # Outlook marks the bullet span like this
            self.in_marker = True
        weight = re.search(r"font-weight:(\w+)", style)
        bold = tag in ("b", "strong") or bool(
            weight and (weight.group(1) == "bold" or (weight.group(1).isdigit() and int(weight.group(1)) >= 600)))
        if weight and weight.group(1) in ("normal", "400"):
            bold = False
        italic = tag in ("i", "em") or "font-style:italic" in style
        link = safe_link(attributes.get("href")) if tag == "a" else None
        if tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            bold = True
        if tag not in ("img", "hr", "meta", "link", "input", "col", "wbr"):  # elements with no end tag
            self.stack.append((tag, bold, italic, link))

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self.skip = max(0, self.skip - 1)
            return
        if tag in ("ul", "ol"):
            self._end_block()
            if self.lists:
                self.lists.pop()
            return
        for index in range(len(self.stack) - 1, -1, -1):
            if self.stack[index][0] == tag:
                del self.stack[index:]
                break
        if tag in _BLOCKS:
            self._end_block()

    def unknown_decl(self, data: str) -> None:
        lowered = data.strip().lower()
        if lowered.startswith("if") and "supportlists" in lowered:
            self.in_marker, self.marker = True, ""
        elif lowered.startswith("endif") and self.in_marker:
            self._take_marker()

    def _take_marker(self) -> None:
        self.in_marker = False
        if self.kind is not None or self.marker.strip():
            self.kind = "number" if _NUMBERED_MARKER.match(self.marker) else "bullet"
        self.marker = ""

    def handle_data(self, data: str) -> None:
        if self.skip:
            return
        if self.in_marker:
            self.marker += data
            # Outlook's <span style='mso-list:Ignore'>·<span>&nbsp;&nbsp;</span></span>: the marker ends at the text
            if data.replace("\xa0", " ").strip() == "" and self.marker.strip():
                self._take_marker()
            return
        text = re.sub(r"[\s\xa0]+", " ", data.replace("\xa0", " ")) if data else ""
        if not text:
            return
        if not self.runs and self.kind is None and not self.stack:
            text = text.lstrip()
        bold, italic, link = self._state()
        if self.runs and self.runs[-1].text.endswith(" ") and text.startswith(" "):
            text = text[1:]
        if text:
            self.runs.append(Run(text, bold, italic, link))


def clean_html(html: str) -> tuple[Block, ...]:
    """The blocks the HTML says, in the rich-text subset."""
    cleaner = _Cleaner()
    cleaner.feed(html)
    cleaner.close()
    cleaner._end_block()
    return normalize(cleaner.blocks)
