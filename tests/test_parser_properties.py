"""parse_brief never raises, whatever text it is given."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from structlog.testing import capture_logs

from bot.brief import Brief
from bot.parser import parse_brief as _parse_brief


def parse_brief(text: str, **kwargs: str) -> Brief:
    """parse_brief, failing the test when the parser had to fall back after an error."""
    with capture_logs() as logs:
        brief = _parse_brief(text, **kwargs)  # type: ignore[arg-type]
    assert [e for e in logs if e["event"] == "parse_failed"] == []
    return brief


FRAGMENTS = [
    "date 2024-05-22\n",
    " date 2023-10-18 ",
    "title A headline\n",
    "source https://example.org/x\n",
    "ASTANA – ",
    "BEIJING, Oct. 17 (Xinhua) -- ",
    "Astana, 5 June 2024 — ",
    "President Kassym-Jomart Tokayev ",
    "Premier of China’s State Council Li Qiang ",
    "met with ",
    "held talks on Monday with ",
    "Foreign Minister Anna Berg, ",
    "chairman of the Board, ",
    "the Prime Minister said. ",
    "“We are partners,” he said. ",
    '"Open quote without end ',
    "“",
    "”",
    "$40 billion ",
    "up to €2.5bn ",
    "nearly a third of ",
    "two-and-a-half times ",
    "12.5 percent ",
    "2025–2026 ",
    "+7 7172 74 90 11 ",
    "No. 7/2025 ",
    "<b>&amp;</b> < & > ",
    "🇰🇿🤝🇨🇳 ",
    "discussed energy, trade and transport and transit, as well as ",
    "the Trans-Caspian International Transport Route ",
    ", the Akorda press service reported.",
    "\n\n",
    ". ",
    ", ",
    "Şahinoğlu ",
    "van der ",
    "al-",
]


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text())
def test_parse_brief_never_raises_on_any_text(text: str) -> None:
    """Arbitrary Unicode text parses to a Brief."""
    brief = parse_brief(text, brief_id="any")
    assert isinstance(brief, Brief)
    assert brief.id == "any"


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(FRAGMENTS) | st.text(max_size=12), min_size=1, max_size=60))
def test_parse_brief_never_raises_on_brief_like_text(parts: list[str]) -> None:
    """Text built from headers, datelines, names, quotes, numbers, markup and emoji parses."""
    brief = parse_brief("".join(parts), brief_id="frag", source_file="frag.txt")
    assert brief.source_file == "frag.txt"
    record = brief.to_record()
    assert record["id"] == "frag"
    for figure in brief.figures:
        assert figure.text
        assert figure.value == figure.value  # not NaN


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(FRAGMENTS), st.integers(min_value=200, max_value=1500))
def test_parse_brief_handles_very_long_paragraphs(fragment: str, repeat: int) -> None:
    """A paragraph of thousands of words without a break still parses."""
    text = "ASTANA – " + (fragment + "trade and energy ") * repeat
    brief = parse_brief(text, brief_id="long")
    assert brief.dateline == "Astana"


ROOT = Path(__file__).resolve().parents[1]
# Every real-shaped brief we have: what a feed sends is closer to these than to random text.
CORPUS = [
    p.read_text(encoding="utf-8")
    for p in sorted(ROOT.glob("tests/data/*/*.txt")) + sorted(ROOT.glob("seeds/*.txt"))
]


MARKS = [",", ".", ";", ":", "(", ")", '"', "“", "”", "—", "–", "\n"]


@st.composite
def mutated_briefs(draw: st.DrawFn) -> str:
    """A real brief cut, spliced with another, truncated, reordered or stripped of a mark:
    the broken layouts, pasted fragments and stray quotes a feed really sends."""
    words = draw(st.sampled_from(CORPUS)).split(" ")
    for _ in range(draw(st.integers(min_value=1, max_value=3))):
        op = draw(st.sampled_from(["cut", "splice", "truncate", "shuffle", "strip", "repeat"]))
        at = draw(st.integers(min_value=0, max_value=len(words)))
        size = draw(st.integers(min_value=1, max_value=40))
        if op == "cut":
            del words[at : at + size]
        elif op == "splice":
            other = draw(st.sampled_from(CORPUS)).split(" ")
            start = draw(st.integers(min_value=0, max_value=len(other)))
            words[at:at] = other[start : start + size]
        elif op == "truncate":
            words = words[: max(at, 1)]
        elif op == "shuffle":
            parts = " ".join(words).split(". ")
            order = draw(st.permutations(range(len(parts))))
            words = ". ".join(parts[i] for i in order).split(" ")
        elif op == "strip":
            mark = draw(st.sampled_from(MARKS))
            words = " ".join(words).replace(mark, "", size).split(" ")
        else:
            words[at:at] = words[at : at + size]
    return " ".join(words)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated_briefs())
def test_parse_brief_never_fails_on_mutated_real_briefs(text: str) -> None:
    """Real briefs broken as a feed breaks them parse with no stage failing."""
    brief = parse_brief(text, brief_id="mut")
    assert brief.id == "mut"


def test_a_closing_block_of_contact_lines_only_parses() -> None:
    """A release whose last paragraph is nothing but contact lines (a feed repeated its one
    "Inquiries: ..., tel. ..." line) parses, its stages reading the block with no error."""
    contact = "Inquiries: Lena Ostrova, Adviser to the Minister, tel. +1 555 0100"
    text = (
        "Harbourton, 4 March 2027 – Minister Tomas Vell met his counterpart Ada Ruen.\n\n"
        f"{contact}\n {contact}\n"
    )
    brief = parse_brief(text, brief_id="contacts")
    assert brief.reported_by is None


def test_a_mistyped_source_address_parses() -> None:
    """A header's source address with a stray bracket ("https://site.co[m/...", which urllib
    refuses as a bad IPv6 address) costs the brief no field: it is only no country's domain."""
    text = (
        "title Velmora and Ruritania sign a grain deal\ndate 2027-03-04\n"
        "source https://www.example.co[m/grain-deal\n\n"
        "Minister Tomas Vell met his Ruritanian counterpart Ada Ruen on Thursday.\n"
    )
    brief = parse_brief(text, brief_id="bad-url")
    assert brief.date == date(2027, 3, 4)
