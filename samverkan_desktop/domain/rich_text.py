"""Rich text of notes and decisions, stored as a restricted Markdown: **bold**, *italic*, [text](https://link)
(http, https and mailto only), lines starting with "- " (a bullet) or "1. " (a numbered item). One line is one
paragraph or list item. The stored text is what the approval hash covers, so it stays plain and diffable.

Plain text written before rich text existed is valid as it is: a marker counts only when it is paired ("*" before
a word and after one), so "3 * 4" or a lone asterisk stays literal. Where text would otherwise be read as a
marker, the serialiser writes a backslash before the character (\\*, \\[, \\]).

``parse(serialise(doc)) == normalize(doc)`` for every document, and ``serialise(parse(s)) == s`` for canonical s.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

ALLOWED_SCHEMES = ("http://", "https://", "mailto:")
ESCAPABLE = frozenset("\\*[]-.)\u2022")
_BULLET = re.compile(r"^\s*[-*\u2022] ")
_NUMBER = re.compile(r"^\s*(\d{1,3})[.)] ")
_LINK = re.compile(r"\]\(((?:https?://|mailto:)[^\s()]+)\)")
_PLAIN = re.compile(r"[^\\*\[]+")  # text that holds no marker, escape or link


@dataclass(frozen=True)
class Run:
    text: str
    bold: bool = False
    italic: bool = False
    link: str | None = None


@dataclass(frozen=True)
class Block:
    """A paragraph (kind None), a bullet item ("bullet") or a numbered item ("number")."""

    runs: tuple[Run, ...] = ()
    kind: str | None = None

    @property
    def text(self) -> str:
        return "".join(run.text for run in self.runs)


def safe_link(url: str | None) -> str | None:
    """The URL if it is http, https or mailto and has no space or parenthesis, else None."""
    url = (url or "").strip()
    if url.lower().startswith(ALLOWED_SCHEMES) and not re.search(r"[\s()<>\"]", url) and len(url) > 8:
        return url
    return None


# ---------------------------------------------------------------- parsing


def parse(text: str | None) -> tuple[Block, ...]:
    return tuple(parse_line(line) for line in (text or "").split("\n")) if text else ()


def parse_line(line: str) -> Block:
    match = _BULLET.match(line)
    if match:
        return Block(parse_inline(line[match.end():]), "bullet")
    match = _NUMBER.match(line)
    if match:
        return Block(parse_inline(line[match.end():]), "number")
    return Block(parse_inline(line))


def _tokens(text: str) -> list[tuple[str, str]]:
    """("text", s), ("**", ""), ("*", ""), ("link", url) + ("end", "") around link text."""
    tokens: list[tuple[str, str]] = []
    i, n = 0, len(text)
    while i < n:
        char = text[i]
        if char == "\\" and i + 1 < n and text[i + 1] in ESCAPABLE:
            tokens.append(("text", text[i + 1]))
            i += 2
        elif text.startswith("**", i):
            tokens.append(("**", ""))
            i += 2
        elif char == "*":
            tokens.append(("*", ""))
            i += 1
        elif char == "[" and (close := _link_end(text, i)) is not None:
            end, url = close
            tokens.append(("link", url))
            tokens.extend(_tokens(text[i + 1:end]))
            tokens.append(("end", ""))
            i = end + 3 + len(url)
        elif plain := _PLAIN.match(text, i):  # up to the next character that may start a marker: one token
            tokens.append(("text", plain.group()))
            i = plain.end()
        else:
            tokens.append(("text", char))
            i += 1
    return tokens


def _link_end(text: str, start: int) -> tuple[int, str] | None:
    """Where the "](url)" closing the link opened at ``start`` begins, and the URL; None if it is no link."""
    i = start + 1
    while i < len(text):
        if text[i] == "\\" and i + 1 < len(text) and text[i + 1] in ESCAPABLE:
            i += 2
            continue
        if text[i] == "[":
            return None
        if text[i] == "]":
            match = _LINK.match(text, i)
            return (i, match.group(1)) if match and i > start + 1 and safe_link(match.group(1)) else None
        i += 1
    return None


def _next_char(tokens: list[tuple[str, str]], index: int, step: int) -> str:
    j = index + step
    while 0 <= j < len(tokens):
        kind, value = tokens[j]
        if kind == "text":
            return value[0] if step > 0 else value[-1]
        if kind in ("**", "*"):
            return "*"
        j += step
    return " "


def parse_inline(text: str) -> tuple[Run, ...]:
    tokens = _tokens(text)
    active: dict[str, bool] = {"**": False, "*": False}
    link: str | None = None
    runs: list[Run] = []
    for index, (kind, value) in enumerate(tokens):
        if kind in ("**", "*"):
            if active[kind]:
                active[kind] = False
                continue
            if _opens(tokens, index, kind):
                active[kind] = True
                continue
            value = kind
            kind = "text"
        if kind == "link":
            link = value
        elif kind == "end":
            link = None
        else:
            runs.append(Run(value, active["**"], active["*"], link))
    return _merge(runs)


def _opens(tokens: list[tuple[str, str]], index: int, kind: str) -> bool:
    """A marker opens when a word follows it and the next marker of its kind closes after a word."""
    if _next_char(tokens, index, 1).isspace():
        return False
    for j in range(index + 1, len(tokens)):
        if tokens[j][0] == kind:
            return not _next_char(tokens, j, -1).isspace() and j > index + 1
    return False


def _merge(runs: list[Run]) -> tuple[Run, ...]:
    merged: list[Run] = []
    texts: list[list[str]] = []  # joined once per merged run: not a new Run and string per neighbour
    for run in runs:
        if not run.text:
            continue
        if merged and (merged[-1].bold, merged[-1].italic, merged[-1].link) == (run.bold, run.italic, run.link):
            texts[-1].append(run.text)
        else:
            merged.append(run)
            texts.append([run.text])
    return tuple(run if len(parts) == 1 else replace(run, text="".join(parts))
                 for run, parts in zip(merged, texts, strict=True))


# ---------------------------------------------------------------- normalising and serialising


def normalize(blocks: tuple[Block, ...] | list[Block]) -> tuple[Block, ...]:
    """What the stored form can say: no line breaks inside a line, no empty runs, unsafe links dropped, spaces at
    the edges of bold or italic text moved outside it, neighbouring runs alike merged."""
    result = []
    for block in blocks:
        runs: list[Run] = []
        for run in block.runs:
            text = run.text.replace("\r", " ").replace("\n", " ").replace("\u2028", " ").replace("\u2029", " ")
            run = replace(run, text=text, link=safe_link(run.link))
            if run.bold or run.italic:
                core = text.strip()
                lead, trail = text[:len(text) - len(text.lstrip())], text[len(text.rstrip()):]
                plain = replace(run, bold=False, italic=False)
                runs += [replace(plain, text=lead), replace(run, text=core), replace(plain, text=trail)]
            else:
                runs.append(run)
        result.append(Block(_merge(runs), block.kind if block.kind in ("bullet", "number") else None))
    if result == [Block()]:  # one empty paragraph is the empty text
        return ()
    return tuple(result)


def serialise(blocks: tuple[Block, ...] | list[Block]) -> str:
    lines, number = [], 0
    for block in normalize(blocks):
        number = number + 1 if block.kind == "number" else 0
        prefix = "- " if block.kind == "bullet" else f"{number}. " if block.kind == "number" else ""
        line = prefix + _inline(block.runs, escape=False)
        if parse_line(line) != Block(block.runs, block.kind):  # a literal marker would be read as one
            line = prefix + _inline(block.runs, escape=True)
            if block.kind is None and (_BULLET.match(line) or _NUMBER.match(line)):
                line = _escape_start(line)
        lines.append(line)
    return "\n".join(lines)


def _escape_start(line: str) -> str:
    """A paragraph that begins like a list item: a backslash before the character that would make it one."""
    match = _BULLET.match(line) or _NUMBER.match(line)
    assert match is not None
    return line[:match.end() - 2] + "\\" + line[match.end() - 2:]


def _escaped(text: str) -> str:
    return "".join("\\" + char if char in "\\*[]" else char for char in text)


def _inline(runs: tuple[Run, ...], *, escape: bool) -> str:
    out: list[str] = []
    bold = italic = False
    for run in runs:
        closing = ("*" if italic and not run.italic else "") + ("**" if bold and not run.bold else "")
        opening = ("**" if run.bold and not bold else "") + ("*" if run.italic and not italic else "")
        out.append(closing + opening)
        bold, italic = run.bold, run.italic
        text = _escaped(run.text) if escape else run.text
        out.append(f"[{_escaped(run.text)}]({run.link})" if run.link else text)
    out.append(("*" if italic else "") + ("**" if bold else ""))
    return "".join(out)


def plain_text(text: str | None) -> str:
    """The words without bold, italic and link markers, list items still starting with "- " or "1. " (for tables,
    spreadsheets and places that print plain text)."""
    lines, number = [], 0
    for block in parse(text):
        number = number + 1 if block.kind == "number" else 0
        prefix = "- " if block.kind == "bullet" else f"{number}. " if block.kind == "number" else ""
        lines.append(prefix + block.text)
    return "\n".join(lines)
