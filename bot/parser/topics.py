"""Topics: areas of cooperation and subjects discussed, as short phrases the text names.

Two sources: the enumerations after words such as "discussed", "focusing on", "cooperation
in", "covered" (one topic per item, "transport and transit" kept whole inside a list), and
named projects and initiatives ("Trans-Caspian International Transport Route",
"Kazakhstan-China oil pipeline", "Global Gateway strategy")."""

from __future__ import annotations

import re

from bot.parser.text import UPPER, Sentence

_CUE = re.compile(
    r"\b(?:discussed|discussing|discuss|discusses|touched\s+(?:up)?on|focused\s+on|"
    r"focusing\s+on|focuses\s+on|focus\s+on|covered|covering|covers|reviewed|reviewing|"
    r"review|addressed|addressing|explored|exploring|considered|exchanged\s+views\s+on|"
    r"talked\s+about|spoke\s+about|regarding|concerning|including|such\s+as|"
    r"importance\s+of|take\s+part\s+in|took\s+part\s+in|participation\s+in|"
    r"participate\s+in|interested\s+in|supports?|supported|welcomed\s+progress\s+on|"
    r"progress\s+on|step\s+up|speed\s+up|advance|expand|simplify(?:ing)?|explore|"
    r"(?:cooperation|cooperate|cooperating|interacting|interaction|partnership|projects?)"
    r"\s+(?:in|on)(?:\s+the\s+(?:fields?|areas?|spheres?|sectors?)\s+of)?|"
    r"(?:in|on)\s+the\s+(?:fields?|areas?|spheres?|sectors?)\s+of|"
    r"(?:talks|roadmap|memorandum|memoranda|agreement|documents?)\s+(?:for\s+\S+\s+)?on)\s+",
    re.I,
)
_TALKS_ON = re.compile(r"\b(?:talks|met|meeting|conversation|call)\b[^.]*?,\s+on\s+", re.I)
_SECTORS = re.compile(
    rf"\b(?:in|to|into)\s+(?:[{UPPER}][\w’'-]*(?:’s|'s)\s+|the\s+)?"
    r"(?P<list>[a-z][\w\s,-]{2,80}?)\s+(?:sectors|industries|fields|spheres|areas)\b"
)
_END = re.compile(
    r",\s+(?:which|who|whose|where|while|when|with|according|as\s+the|the\s+\w+\s+"
    r"(?:said|reported|noted))\b|;|:|\s[—–]\s|\.\s|\.$|\(|\)|“|”|\"|"
    r",\s+(?:and\s+)?(?:agreed|said|noted|stressed|called|proposed|expressed|reaffirmed|"
    r"thereby|emphasizing|highlighting|adding|saying|the\s+[\w\s]+?(?:reported|said))\b|"
    r"\s+and\s+(?:agreed|said|expressed|noted|reaffirmed|proposed|called|stressed|"
    r"invited|thanked|welcomed|signed|is|are|was|were|will|to)\b|"
    r"\s+(?:to\s+(?:help|support|ensure|promote|boost|strengthen)|in\s+order\s+to|that\s+would|"
    r"after\s+(?:their|the)|before\s+|during\s+|by\s+20\d\d|since\s+)\b",
    re.I,
)
_LEAD = re.compile(
    r"^(?:the|a|an|and|also|in|on|of|more|further|new|its|their|our|his|her|issues\s+of|"
    r"matters\s+of|prospects\s+for|cooperation\s+(?:in|on)|further\s+cooperation\s+in)\s+",
    re.I,
)
_NAMED = re.compile(
    rf"(?P<name>(?:[{UPPER}][\w’'+-]*(?:[-–][{UPPER}][\w’'-]*)*\s+(?:(?:and|of|for|the)\s+)?){{0,5}}"
    rf"[{UPPER}][\w’'+-]*(?:[-–][{UPPER}][\w’'-]*)*"
    r"(?:\s+(?:Route|Corridor|Initiative|Declaration|Agreement|Cable|Gateway|Road|Railway|"
    r"Pipeline|Programme|Program|Strategy|Mechanism|Seaport|Port|Canal|Highway|Bridge|"
    r"Project|Plan|Zone|Hub|Format|Platform|Business\s+Council)"
    r"|(?:\s+[a-z][\w-]*){0,3}\s+(?:railway|pipeline|mechanism|route|corridor|highway|"
    r"bridge|format|platform|link|crossing|cable|project|initiative|railroad|strategy|"
    r"programme|program|ministerial\s+meeting|power\s+plant|refinery|seaport)))\b"
)
_COMPOUND = re.compile(
    rf"\b(?:[{UPPER}][\w]+[-–][{UPPER}][\w\-–]*)(?:\s+[a-z][\w-]+){{0,2}}\s+"
    r"(?:railway|pipeline|mechanism|route|corridor|highway|road|bridge|link|crossing|cable)\b"
)
_BAD_ITEM = re.compile(
    r"\b(?:said|noted|reported|stressed|is|are|was|were|has|have|had|will|would|"
    r"he|she|they|we|it|that)\b",
    re.I,
)
_MAX_WORDS = 9


def _split(items_text: str) -> list[str]:
    """Split an enumeration at commas, "as well as" and the last "and"."""
    text = re.sub(r",?\s+as\s+well\s+as\s+", ", ", items_text)
    parts = [p.strip() for p in re.split(r",\s*", text) if p.strip()]
    if not parts:
        return []
    last = parts[-1]
    if last.lower().startswith("and "):
        parts[-1] = last[4:]
    else:
        pieces = _split_and(last)
        parts[-1:] = pieces
    out: list[str] = []
    for i, part in enumerate(parts):
        # Inside a list "transport and transit" stays one item; "X and Y" alone splits.
        if len(parts) == 1 and i == 0:
            out.extend(_split_and(part))
        else:
            out.append(part)
    return out


def _split_and(text: str) -> list[str]:
    pieces = re.split(r"\s+and\s+(?:in\s+|on\s+)?", text)
    if len(pieces) < 2:
        return [text]
    # "Belt and Road", "Trade and Integration": capitalised names keep their "and".
    left, right = " and ".join(pieces[:-1]), pieces[-1]
    if left.split()[-1][:1].isupper() and right[:1].isupper() and not right.startswith("The "):
        return [text]
    return [*_split_and(left), right] if len(pieces) > 2 else [left, right]


def _clean(item: str) -> str | None:
    item = re.sub(r"\s+", " ", item).strip(" ,.;:")
    previous = None
    while previous != item:
        previous = item
        item = _LEAD.sub("", item)
    item = re.sub(r"^(?:[{0}][\w’'-]*(?:’s|'s))\s+".format(UPPER), "", item)
    if not item or len(item) < 3 or not re.search(r"[a-z]", item, re.I):
        return None
    words = item.split()
    if len(words) > _MAX_WORDS or _BAD_ITEM.search(item):
        return None
    if re.fullmatch(r"[\d\W]+", item):
        return None
    return item


def _enumeration_at(text: str, start: int) -> list[str]:
    tail = text[start:]
    end = _END.search(tail)
    chunk = tail[: end.start()] if end else tail
    return [c for c in (_clean(p) for p in _split(chunk)) if c]


def find_topics(sents: list[Sentence], body: str, quote_spans: list[tuple[int, int]]) -> list[str]:
    """Return the topics of a brief, in text order, once each."""
    found: list[tuple[int, str]] = []
    for sentence in sents:
        text = sentence.text
        in_quote = any(s <= sentence.start < e for s, e in quote_spans)
        if not in_quote:
            for match in _CUE.finditer(text):
                for item in _enumeration_at(text, match.end()):
                    found.append((sentence.start + match.end(), item))
            talks = _TALKS_ON.search(text)
            if talks:
                for item in _enumeration_at(text, talks.end()):
                    found.append((sentence.start + talks.end(), item))
            for match in _SECTORS.finditer(text):
                for item in _split(match.group("list")):
                    cleaned = _clean(item)
                    if cleaned:
                        found.append((sentence.start + match.start("list"), cleaned))
        for pattern in (_NAMED, _COMPOUND):
            for match in pattern.finditer(text):
                name = _clean(match.group(0))
                if name and len(name.split()) >= 2:
                    found.append((sentence.start + match.start(), name))
    return _dedupe(found)


def _norm(text: str) -> str:
    return re.sub(r"[\W_]+", " ", text.lower()).strip()


def _dedupe(found: list[tuple[int, str]]) -> list[str]:
    found.sort(key=lambda pair: pair[0])
    kept: list[str] = []
    keys: list[str] = []
    for _, item in found:
        key = _norm(item)
        if not key or key in keys:
            continue
        # A named project inside a longer item already kept ("schedule of the X plant").
        if any(re.search(rf"\b{re.escape(key)}\b", k) and len(key.split()) >= 2 for k in keys):
            continue
        replaced = False
        for i, k in enumerate(keys):
            if len(k.split()) >= 2 and re.search(rf"\b{re.escape(k)}\b", key):
                keys[i], kept[i] = key, item
                replaced = True
                break
        if not replaced:
            keys.append(key)
            kept.append(item)
    return kept
