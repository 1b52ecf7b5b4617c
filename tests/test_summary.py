"""The summary module: answer content from briefs, rendered to Telegram HTML and plain text."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from bot.brief import Brief, Figure, Meeting, Person, Quote
from bot.parser import parse_brief
from bot.summary import (
    Answer,
    Block,
    brief_list_answer,
    clean,
    cut_utf16,
    digest_answer,
    digest_block,
    figure_line,
    figures_answer,
    line,
    meeting_answer,
    normalised_value,
    overview_answer,
    people_answer,
    quotes_answer,
    render_html,
    render_text,
    search_answer,
    topics_answer,
    utf16_len,
)
from tests.telegram_html import check_telegram_html, parse_telegram_html

PRESIDENT = Person(name="Anna Example", title="President", country="Freedonia")
MINISTER = Person(name="Bo Sample", title="Minister of Foreign Affairs", country="Sylvania")


def make_brief(**fields: object) -> Brief:
    base: dict[str, object] = {
        "id": "b1",
        "date": dt.date(2024, 3, 5),
        "dateline": "Capital City",
        "reported_by": "the press office",
        "title": "Freedonia and Sylvania talk trade",
        "meetings": (
            Meeting(
                participants=(Person(name="Anna Example"), Person(name="Bo Sample")),
                date=dt.date(2024, 3, 4),
                place="Port Town",
                kind="talks",
            ),
        ),
        "people": (PRESIDENT, MINISTER),
        "figures": (
            Figure(text="three", value=3, unit="count", measures="agreements signed"),
            Figure(
                text="$2.5 billion",
                value=2.5e9,
                unit="USD",
                approx="target",
                measures="trade volume by 2030",
            ),
            Figure(
                text="over 40%",
                value=40,
                unit="percent",
                approx="over",
                measures="growth of exports",
            ),
            Figure(text="a third", value=0.333, unit="fraction", measures="share of imports"),
        ),
        "topics": ("energy", "transport and transit", "digital economy"),
        "quotes": (
            Quote(speaker="Anna Example", text="We are close partners"),
            Quote(speaker=None, text="Trade will grow"),
        ),
        "summary": "Anna Example held talks with Bo Sample. They agreed to expand trade.",
    }
    base.update(fields)
    return Brief.model_validate(base)


def test_meeting_names_participants_with_office_country_date_and_place() -> None:
    """A meeting shows its kind, each participant with office and country, date and place."""
    text = render_text(meeting_answer(make_brief(), 2))
    assert text == (
        "Talks\n"
        "Brief 2 · 5 Mar 2024 · Freedonia and Sylvania talk trade\n"
        "\n"
        "• President Anna Example (Freedonia)\n"
        "• Bo Sample, Minister of Foreign Affairs (Sylvania)\n"
        "Date: 4 Mar 2024\n"
        "Place: Port Town"
    )


def test_several_meetings_are_numbered_paragraphs() -> None:
    """Two meetings give two numbered blocks under 'Meetings'; unknown dates say so."""
    second = Meeting(participants=(PRESIDENT,), kind="phone call")
    answer = meeting_answer(make_brief(meetings=(make_brief().meetings[0], second)))
    assert answer.heading == "Meetings"
    assert [b.title for b in answer.blocks] == ["1. Talks", "2. Phone call"]
    assert render_text(answer).endswith(
        "2. Phone call\n• President Anna Example (Freedonia)\nDate: not stated"
    )


def test_no_meeting_is_said_clearly() -> None:
    """A brief without meetings says that no meeting is reported."""
    text = render_text(meeting_answer(make_brief(meetings=())))
    assert text.endswith("No meeting is reported in this brief.")


def test_figures_show_text_qualifier_what_they_measure_and_value() -> None:
    """Each figure: as written, its qualifier unless written, what it measures, its value."""
    text = render_text(figures_answer(make_brief(), 1))
    assert text.split("\n\n")[1].split("\n") == [
        "• three — agreements signed · 3",
        "• $2.5 billion (target) — trade volume by 2030 · USD 2.5 billion",
        "• over 40% — growth of exports",
        "• a third — share of imports · 33.3%",
    ]


@pytest.mark.parametrize(
    ("figure", "expected"),
    [
        (Figure(text="$40 billion", value=4e10, unit="USD"), "USD 40 billion"),
        (Figure(text="€2.5bn", value=2.5e9, unit="EUR"), "EUR 2.5 billion"),
        (Figure(text="1.2 trillion won", value=1.2e12, unit="KRW"), "KRW 1.2 trillion"),
        (Figure(text="15 million tenge", value=1.5e7, unit="KZT"), "KZT 15 million"),
        (Figure(text="250,000 rubles", value=250000, unit="RUB"), "RUB 250,000"),
        (Figure(text="nine", value=9, unit="count"), "9"),
        (Figure(text="12,500", value=12500, unit="count"), "12,500"),
        (Figure(text="7.5%", value=7.5, unit="percent"), "7.5%"),
        (Figure(text="half", value=0.5, unit="fraction"), "50%"),
        (Figure(text="two-fold", value=2, unit="times"), "2 times"),
        (Figure(text="one year", value=1, unit="years"), "1 year"),
        (Figure(text="a million tonnes", value=1e6, unit="tonnes"), "1,000,000 tonnes"),
    ],
)
def test_normalised_value_has_unit_and_scale(figure: Figure, expected: str) -> None:
    """Money reads 'USD 40 billion'; counts, percentages, fractions and units read plainly."""
    assert normalised_value(figure) == expected


def test_figure_without_measures_falls_back_to_its_sentence() -> None:
    """A figure whose meaning the parser missed shows the sentence it stands in."""
    figure = Figure(text="12", value=12, unit="count", sentence="They opened 12 new  routes.")
    text = render_text(figures_answer(make_brief(figures=(figure,))))
    assert text.endswith("• 12 — in “They opened 12 new routes.”")


def test_topics_quotes_and_people() -> None:
    """Topics one per line; quotes 'Speaker — “text”'; people with office and country."""
    brief = make_brief()
    assert render_text(topics_answer(brief)).split("\n\n")[1] == (
        "• energy\n• transport and transit\n• digital economy"
    )
    assert render_text(quotes_answer(brief)).split("\n\n")[1:] == [
        "Anna Example — “We are close partners”",
        "Unattributed — “Trade will grow”",
    ]
    assert render_text(people_answer(brief)).split("\n\n")[1] == (
        "• Anna Example — President · Freedonia\n"
        "• Bo Sample — Minister of Foreign Affairs · Sylvania"
    )


def test_empty_sections_say_so() -> None:
    """Empty figures, topics, quotes and people each say there is nothing."""
    brief = make_brief(figures=(), topics=(), quotes=(), people=())
    assert render_text(figures_answer(brief)).endswith("No figures reported.")
    assert render_text(topics_answer(brief)).endswith("No topics reported.")
    assert render_text(quotes_answer(brief)).endswith("No quotes reported.")
    assert render_text(people_answer(brief)).endswith("No people named.")


def test_overview_has_headline_date_source_summary_counts_figures_topics() -> None:
    """/brief: headline, date and dateline, source, counts, summary, top 3 figures, topics."""
    text = render_text(overview_answer(make_brief(), 4))
    assert text == (
        "Freedonia and Sylvania talk trade\n"
        "Brief 4 · 5 Mar 2024 · Capital City\n\n"
        "Reported by: the press office\n"
        "1 meeting · 4 figures · 2 people · 2 quotes\n\n"
        "Summary\n"
        "Anna Example held talks with Bo Sample. They agreed to expand trade.\n\n"
        "Meetings\n"
        "• Talks: Anna Example (Freedonia) and Bo Sample (Sylvania) · Port Town, 4 Mar 2024\n\n"
        "Top figures\n"
        "• three — agreements signed · 3\n"
        "• $2.5 billion (target) — trade volume by 2030 · USD 2.5 billion\n"
        "• over 40% — growth of exports\n\n"
        "Topics\n"
        "energy, transport and transit, digital economy"
    )


def test_headline_falls_back_to_summary_sentence() -> None:
    """Without a title the headline is the summary's first sentence."""
    answer = overview_answer(make_brief(title=None))
    assert answer.heading == "Anna Example held talks with Bo Sample."


def test_brief_list_and_search_keep_the_given_order() -> None:
    """Lists show number, date and headline in the order given; search shows the query."""
    older = make_brief(id="b0", date=dt.date(2024, 1, 9), title="Older one")
    entries = [(2, make_brief()), (1, older)]
    assert render_text(brief_list_answer(entries, page=1, pages=3)) == (
        "Briefs\nPage 1 of 3\n\n"
        "2 · 5 Mar 2024 · Freedonia and Sylvania talk trade\n"
        "1 · 9 Jan 2024 · Older one"
    )
    assert render_text(search_answer("trade <b>", entries[:1])) == (
        "Search\n“trade <b>” · 1 brief\n\n2 · 5 Mar 2024 · Freedonia and Sylvania talk trade"
    )
    assert render_text(search_answer("nothing", [])).endswith("No brief matches.")
    assert render_text(brief_list_answer([], page=1, pages=1)) == "Briefs\n\nNo briefs are loaded."


def test_digest_block_has_meeting_top_three_figures_topics_and_link() -> None:
    """A digest entry: headline, date, the meeting, 3 figures with meaning, topics, /brief N."""
    block = digest_block(7, make_brief())
    assert block.title == "7. Freedonia and Sylvania talk trade"
    assert ["".join(s.text for s in ln) for ln in block.lines] == [
        "5 Mar 2024 · Capital City",
        "• Talks: Anna Example (Freedonia) and Bo Sample (Sylvania) · Port Town, 4 Mar 2024",
        "• three — agreements signed · 3",
        "• $2.5 billion (target) — trade volume by 2030 · USD 2.5 billion",
        "• over 40% — growth of exports",
        "Topics: energy, transport and transit, digital economy",
        "More: /brief 7",
    ]


def test_digest_answer_notes_lateness_and_counts_briefs() -> None:
    """A late digest says it was delayed; an empty one says there is nothing new."""
    late = digest_answer([(1, make_brief()), (2, make_brief())], late=True, title="Morning")
    assert late.heading == "Morning"
    assert late.subheading == "2 briefs"
    assert render_text(late).split("\n\n")[1] == "This digest is late: its delivery was delayed."
    assert [b.title for b in late.blocks[1:]] == [
        "1. Freedonia and Sylvania talk trade",
        "2. Freedonia and Sylvania talk trade",
    ]
    assert render_text(digest_answer([])) == "Digest\n\nNo new briefs."


def test_html_escapes_brief_text_and_uses_telegram_tags() -> None:
    """Brief text with <, > and & is escaped; heading bold, subheading italic."""
    brief = make_brief(
        title="A <b>&amp; B",
        topics=("R&D", "<script>"),
        meetings=(),
        people=(),
    )
    [message] = render_html(topics_answer(brief, 1))
    assert message == (
        "<b>Topics</b>\n<i>Brief 1 · 5 Mar 2024 · A &lt;b&gt;&amp;amp; B</i>\n\n"
        "• R&amp;D\n• &lt;script&gt;"
    )
    check_telegram_html(message)


def test_html_splits_at_paragraphs_within_the_limit() -> None:
    """Messages split between blocks, never inside one, each within the limit."""
    blocks = tuple(
        Block(title=f"Part {n}", lines=(line(f"line {n}a"), line(f"line {n}b"))) for n in range(6)
    )
    answer = Answer("Long", None, blocks)
    messages = render_html(answer, limit=60)
    assert messages == [
        "<b>Long</b>\n\n<b>Part 0</b>\nline 0a\nline 0b",
        "<b>Part 1</b>\nline 1a\nline 1b\n\n<b>Part 2</b>\nline 2a\nline 2b",
        "<b>Part 3</b>\nline 3a\nline 3b\n\n<b>Part 4</b>\nline 4a\nline 4b",
        "<b>Part 5</b>\nline 5a\nline 5b",
    ]


def test_a_huge_paragraph_splits_at_sentences_then_words() -> None:
    """A block longer than the limit splits at sentence ends, then spaces; tags stay closed."""
    sentence = "The ministers discussed energy & transport at length. "
    brief = make_brief(summary=sentence * 200 + "x" * 30 + " <end>")
    messages = render_html(overview_answer(brief), limit=1000)
    assert len(messages) > 4
    for message in messages:
        assert utf16_len(message) <= 1000
        check_telegram_html(message)
    summary_parts = [m for m in messages if "The ministers" in m]
    assert all(m.rstrip().endswith(("length.", "&gt;")) for m in summary_parts[:-1])
    plain = " ".join(parse_telegram_html(m).text for m in messages)
    assert plain.split() == render_text(overview_answer(brief)).split()


def test_render_limit_counts_utf16_units() -> None:
    """Emoji outside the BMP count twice toward the limit."""
    brief = make_brief(topics=("😀" * 50,) * 3, title="t", meetings=())
    for message in render_html(topics_answer(brief), limit=120):
        assert utf16_len(message) <= 120
        check_telegram_html(message)


def test_render_text_matches_html_content() -> None:
    """Plain text has the same content as the HTML messages, without markup."""
    answer = overview_answer(make_brief(title="A & <B>"))
    [message] = render_html(answer)
    assert parse_telegram_html(message).text == render_text(answer)


# ------------------------------------------------------------------------------- the seed
SEED = Path(__file__).resolve().parents[1] / "seeds" / "2023-10-18_tokayev_li_qiang.txt"


@pytest.fixture(scope="module")
def seed() -> Brief:
    return parse_brief(SEED.read_text(encoding="utf-8"), brief_id="seed", source_file=str(SEED))


def seed_lines(answer: Answer) -> list[str]:
    """Return the plain-text lines of the HTML messages, checking each message on the way."""
    messages = render_html(answer)
    for message in messages:
        check_telegram_html(message)
    return [ln for m in messages for ln in parse_telegram_html(m).text.split("\n")]


def test_seed_meeting_names_both_leaders_with_offices_and_the_date(seed: Brief) -> None:
    """/meeting on the seed: Tokayev and Li Qiang with their offices, met on 17 Oct 2023."""
    lines = seed_lines(meeting_answer(seed, 1))
    first = lines[: lines.index("Date: 17 Oct 2023") + 1]
    assert "• President Kassym-Jomart Tokayev (Kazakhstan)" in first
    assert "• Li Qiang, Premier of the State Council (China)" in first


def test_seed_figures_say_what_each_measures(seed: Brief) -> None:
    """/figures on the seed: nine documents, 20-plus agreements, $40 bn target, half share."""
    lines = seed_lines(figures_answer(seed, 1))

    def figure(prefix: str) -> str:
        [found] = [ln for ln in lines if ln.startswith(prefix)]
        return found

    assert "documents" in figure("• nine — ")
    assert "9" in figure("• nine — ")
    assert "agreements between" in figure("• over 20 — ")
    assert "sectors and businesses" in figure("• over 20 — ")
    assert figure("• $40 billion (target) — ") == (
        "• $40 billion (target) — trade volume with China · USD 40 billion"
    )
    assert "share" in figure("• half — ")
    assert "trade turnover" in figure("• half — ")
    assert figure("• half — ").endswith(" · 50%")


def test_seed_topics_list_the_sectors(seed: Brief) -> None:
    """/topics on the seed lists the sectors of cooperation, one per line."""
    lines = seed_lines(topics_answer(seed, 1))
    for topic in (
        "agriculture",
        "investment",
        "transport and transit",
        "energy",
        "petrochemistry",
        "geological exploration",
        "automotive industry",
        "high technology",
        "digitalization",
    ):
        assert f"• {topic}" in lines


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("  plain  text ", "plain text"),
        ("line\nbreak\t\ttab", "line break tab"),
        ("nbsp\u00a0and\u2028separator", "nbsp and separator"),
        ("bell\x07 and bom\ufeff gone", "bell and bom gone"),
        ("family 👩\u200d👩\u200d👧 kept", "family 👩\u200d👩\u200d👧 kept"),
    ],
)
def test_clean_puts_brief_text_on_one_line(raw: str, expected: str) -> None:
    """Whitespace collapses to single spaces; control and format characters go, ZWJ stays."""
    assert clean(raw) == expected


@pytest.mark.parametrize(
    ("text", "approx", "expected"),
    [
        ("More than 1,500", "over", "• More than 1,500 — companies"),
        ("20-plus", "over", "• 20-plus — companies"),
        ("some 300", "about", "• some 300 — companies"),
        ("300", "about", "• 300 (about) — companies"),
        ("up to 3", "up to", "• up to 3 — companies"),
        ("somewhere 3", "target", "• somewhere 3 (target) — companies"),
        ("somewhere 3", "about", "• somewhere 3 (about) — companies"),
        ("exceeding 3", "over", "• exceeding 3 — companies"),
    ],
)
def test_qualifier_is_not_repeated_when_the_text_says_it(
    text: str, approx: str, expected: str
) -> None:
    """'More than 1,500' needs no '(over)'; a bare '300' with approx 'about' gets one."""
    figure = Figure(text=text, value=3, unit="count", approx=approx, measures="companies")
    assert "".join(s.text for s in figure_line(figure)).startswith(expected)


def test_cut_utf16_cuts_to_the_limit_with_an_ellipsis_and_never_splits_an_emoji() -> None:
    """Text within the limit is kept; longer text ends in "…" within the limit, whole emoji."""
    assert cut_utf16("short", 200) == "short"
    assert cut_utf16("a" * 200, 200) == "a" * 200
    assert cut_utf16("a" * 201, 200) == "a" * 199 + "…"
    cut = cut_utf16("😀" * 150, 200)  # each emoji is two UTF-16 units
    assert cut == "😀" * 99 + "…"
    assert utf16_len(cut) == 199
