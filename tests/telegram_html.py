"""A strict checker of Telegram's HTML formatting rules (Bot API, "Formatting options").

`parse_telegram_html` turns a parse_mode=HTML text into the plain text and message entities that
Telegram would produce, raising `TelegramHTMLError` where Telegram would answer "can't parse
entities". `check_telegram_html` adds the length rule: 1..4096 characters after entity parsing,
counted in UTF-16 code units as Telegram counts them.

The rules, from the Bot API documentation:
- only these tags: b, strong, i, em, u, ins, s, strike, del, span class="tg-spoiler",
  tg-spoiler, a href, tg-emoji emoji-id, code, pre (optionally wrapping
  code class="language-..."), blockquote (optionally `expandable`); no other attributes;
- every `<`, `>` and `&` that is not part of a tag or an entity is escaped;
- only the named entities &lt; &gt; &amp; &quot; and numeric entities are supported;
- entities nest properly: pre and code contain no other entity (except pre's own code),
  blockquotes are not nested, links are not nested.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

MAX_MESSAGE_LENGTH = 4096

# Tag name -> entity type. Synonyms map to the same entity, as in the Bot API docs.
_ENTITY_OF_TAG = {
    "b": "bold",
    "strong": "bold",
    "i": "italic",
    "em": "italic",
    "u": "underline",
    "ins": "underline",
    "s": "strikethrough",
    "strike": "strikethrough",
    "del": "strikethrough",
    "span": "spoiler",
    "tg-spoiler": "spoiler",
    "a": "text_link",
    "tg-emoji": "custom_emoji",
    "code": "code",
    "pre": "pre",
    "blockquote": "blockquote",
}
_FORMATTING = {"bold", "italic", "underline", "strikethrough", "spoiler"}
_NAMED_ENTITIES = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}

_TAG_NAME = re.compile(r"[a-zA-Z][a-zA-Z0-9-]*")
_ATTR = re.compile(
    r"""\s+([a-zA-Z][a-zA-Z0-9-]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?"""
)
_ENTITY = re.compile(r"&(?:#([0-9]{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z][a-zA-Z0-9]*));")


class TelegramHTMLError(ValueError):
    """Telegram would refuse this text; `reason` says why, in Telegram's words if it has some."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass
class ParsedHTML:
    """The plain text Telegram shows and its entities (offsets in UTF-16 code units)."""

    text: str
    entities: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class _Open:
    tag: str
    entity: str
    start: int  # UTF-16 offset in the plain text
    attrs: dict[str, str | None]
    byte_offset: int


def utf16_len(text: str) -> int:
    """Return the length of `text` in UTF-16 code units, Telegram's unit for lengths."""
    return len(text.encode("utf-16-le")) // 2


def _decode_entities(raw: str, base: int, html: str) -> str:
    """Decode entities inside an attribute value or a text run, strictly."""
    out: list[str] = []
    i = 0
    while i < len(raw):
        ch = raw[i]
        if ch == "&":
            m = _ENTITY.match(raw, i)
            if m is None:
                raise TelegramHTMLError(
                    f"Character '&' is reserved and must be escaped as &amp; "
                    f"(byte offset {_byte_offset(html, base + i)})"
                )
            out.append(_entity_value(m, html, base + i))
            i = m.end()
            continue
        if ch in "<>":
            raise TelegramHTMLError(
                f"Character '{ch}' is reserved and must be escaped "
                f"(byte offset {_byte_offset(html, base + i)})"
            )
        out.append(ch)
        i += 1
    return "".join(out)


def _entity_value(m: re.Match[str], html: str, pos: int) -> str:
    dec, hexa, name = m.groups()
    if name is not None:
        if name not in _NAMED_ENTITIES:
            raise TelegramHTMLError(
                f'Unsupported HTML entity "&{name};" at byte offset {_byte_offset(html, pos)}'
            )
        return _NAMED_ENTITIES[name]
    code = int(dec) if dec is not None else int(hexa, 16)
    if code == 0 or code > 0x10FFFF or 0xD800 <= code <= 0xDFFF:
        raise TelegramHTMLError(
            f"Invalid numeric HTML entity at byte offset {_byte_offset(html, pos)}"
        )
    return chr(code)


def _byte_offset(html: str, index: int) -> int:
    return len(html[:index].encode("utf-8", "surrogatepass"))


def _parse_attrs(tag: str, raw: str, html: str, pos: int) -> dict[str, str | None]:
    attrs: dict[str, str | None] = {}
    i = 0
    while i < len(raw):
        m = _ATTR.match(raw, i)
        if m is None:
            if raw[i:].strip() == "":
                break
            raise TelegramHTMLError(
                f'Can\'t parse attributes of tag "{tag}" at byte offset {_byte_offset(html, pos)}'
            )
        name = m.group(1).lower()
        value_raw = next((g for g in m.groups()[1:] if g is not None), None)
        if name in attrs:
            raise TelegramHTMLError(f'Duplicate attribute "{name}" in tag "{tag}"')
        attrs[name] = None if value_raw is None else _decode_entities(value_raw, pos, html)
        i = m.end()
    return attrs


def _check_attrs(tag: str, attrs: dict[str, str | None], parent: _Open | None) -> None:
    allowed: dict[str, set[str]] = {
        "a": {"href"},
        "span": {"class"},
        "tg-emoji": {"emoji-id"},
        "code": {"class"},
        "blockquote": {"expandable"},
    }
    extra = set(attrs) - allowed.get(tag, set())
    if extra:
        raise TelegramHTMLError(f'Unsupported attribute "{sorted(extra)[0]}" in tag "{tag}"')
    if tag == "a":
        href = attrs.get("href")
        if not href or not href.strip():
            raise TelegramHTMLError('Tag "a" must have a non-empty attribute "href"')
    elif tag == "span" and attrs.get("class") != "tg-spoiler":
        raise TelegramHTMLError('Tag "span" must have class "tg-spoiler"')
    elif tag == "tg-emoji":
        emoji_id = attrs.get("emoji-id")
        if not emoji_id or not emoji_id.isdigit():
            raise TelegramHTMLError('Tag "tg-emoji" must have a numeric attribute "emoji-id"')
    elif tag == "code" and "class" in attrs:
        lang = attrs["class"] or ""
        if not lang.startswith("language-") or len(lang) == len("language-"):
            raise TelegramHTMLError('Attribute "class" of tag "code" must be "language-..."')
        if parent is None or parent.tag != "pre":
            raise TelegramHTMLError(
                "Programming language can't be specified for a standalone code"
            )
    elif tag == "blockquote" and attrs.get("expandable") not in (None, ""):
        raise TelegramHTMLError('Attribute "expandable" of tag "blockquote" takes no value')


def _check_nesting(tag: str, entity: str, stack: list[_Open]) -> None:
    for outer in stack:
        pre_code = outer.entity == "pre" and tag == "code" and outer is stack[-1]
        if outer.entity == "code" or (outer.entity == "pre" and not pre_code):
            raise TelegramHTMLError(f'Tag "{tag}" can\'t be inside "{outer.tag}"')
        if outer.entity == "custom_emoji":
            raise TelegramHTMLError(f'Tag "{tag}" can\'t be inside "tg-emoji"')
        if entity == "blockquote" and outer.entity == "blockquote":
            raise TelegramHTMLError("Blockquotes can't be nested")
        if entity == "text_link" and outer.entity == "text_link":
            raise TelegramHTMLError("Links can't be nested")
        if entity in ("pre", "blockquote") and outer.entity == "text_link":
            raise TelegramHTMLError(f'Tag "{tag}" can\'t be inside "a"')


def parse_telegram_html(html: str) -> ParsedHTML:
    """Parse `html` as Telegram does for parse_mode=HTML; raise TelegramHTMLError if it can't."""
    text_parts: list[str] = []
    length = 0  # UTF-16 length of the plain text so far
    entities: list[dict[str, Any]] = []
    stack: list[_Open] = []
    i = 0
    n = len(html)
    while i < n:
        lt = html.find("<", i)
        run_end = n if lt == -1 else lt
        if run_end > i:
            run = _decode_entities(html[i:run_end], i, html)
            text_parts.append(run)
            length += utf16_len(run)
            i = run_end
            continue
        # html[i] == "<": a tag.
        gt = html.find(">", i)
        if gt == -1:
            raise TelegramHTMLError(f"Unclosed start tag at byte offset {_byte_offset(html, i)}")
        inner = html[i + 1 : gt]
        if "<" in inner:
            raise TelegramHTMLError(f"Unclosed start tag at byte offset {_byte_offset(html, i)}")
        if inner.startswith("/"):
            m = _TAG_NAME.fullmatch(inner[1:].rstrip())
            if m is None:
                raise TelegramHTMLError(
                    f"Can't parse end tag at byte offset {_byte_offset(html, i)}"
                )
            name = m.group(0)
            if not stack:
                raise TelegramHTMLError(
                    f"Unexpected end tag at byte offset {_byte_offset(html, i)}"
                )
            top = stack.pop()
            if top.tag != name:
                raise TelegramHTMLError(
                    f"Unmatched end tag at byte offset {_byte_offset(html, i)}, "
                    f'expected "</{top.tag}>", found "</{name}>"'
                )
            _close(top, length, entities, stack)
        else:
            m = _TAG_NAME.match(inner)
            if m is None:
                raise TelegramHTMLError(
                    f"Can't parse start tag at byte offset {_byte_offset(html, i)}"
                )
            name = m.group(0)
            if name != name.lower() or name not in _ENTITY_OF_TAG:
                raise TelegramHTMLError(
                    f'Unsupported start tag "{name}" at byte offset {_byte_offset(html, i)}'
                )
            rest = inner[m.end() :]
            if rest.endswith("/"):
                raise TelegramHTMLError(
                    f'Self-closing tag "{name}" at byte offset {_byte_offset(html, i)}'
                )
            if rest and not rest[0].isspace():
                raise TelegramHTMLError(
                    f'Unsupported start tag "{inner.split()[0]}" at byte offset '
                    f"{_byte_offset(html, i)}"
                )
            attrs = _parse_attrs(name, rest, html, i)
            entity = _ENTITY_OF_TAG[name]
            _check_nesting(name, entity, stack)
            _check_attrs(name, attrs, stack[-1] if stack else None)
            stack.append(_Open(name, entity, length, attrs, _byte_offset(html, i)))
        i = gt + 1
    if stack:
        raise TelegramHTMLError(
            f'Can\'t find end tag corresponding to start tag "{stack[-1].tag}"'
        )
    entities.sort(key=lambda e: (e["offset"], -e["length"]))
    return ParsedHTML("".join(text_parts), entities)


def _close(top: _Open, end: int, entities: list[dict[str, Any]], stack: list[_Open]) -> None:
    if top.entity == "custom_emoji" and end == top.start:
        raise TelegramHTMLError('Tag "tg-emoji" must contain an emoji')
    if end == top.start:
        return  # Telegram drops empty entities
    entity: dict[str, Any] = {"type": top.entity, "offset": top.start, "length": end - top.start}
    if top.entity == "text_link":
        entity["url"] = top.attrs["href"]
    elif top.entity == "custom_emoji":
        entity["custom_emoji_id"] = top.attrs["emoji-id"]
    elif top.entity == "blockquote" and "expandable" in top.attrs:
        entity["type"] = "expandable_blockquote"
    elif top.entity == "code" and stack and stack[-1].tag == "pre" and "class" in top.attrs:
        # <pre><code class="language-x">: the language belongs to the pre entity.
        stack[-1].attrs["language"] = (top.attrs["class"] or "")[len("language-") :]
        return
    elif top.entity == "pre" and top.attrs.get("language"):
        entity["language"] = top.attrs["language"]
    entities.append(entity)


def check_telegram_html(text: str) -> None:
    """Raise TelegramHTMLError unless Telegram would accept `text` with parse_mode=HTML."""
    parsed = parse_telegram_html(text)
    check_text_length(parsed.text)


def check_text_length(plain: str) -> None:
    """Raise TelegramHTMLError unless `plain` is 1..4096 UTF-16 units and not only whitespace."""
    if not plain.strip():
        raise TelegramHTMLError("message text is empty")
    if utf16_len(plain) > MAX_MESSAGE_LENGTH:
        raise TelegramHTMLError("message is too long")
