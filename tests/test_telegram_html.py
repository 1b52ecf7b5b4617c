"""The strict Telegram-HTML checker accepts what Telegram accepts and refuses the rest."""

from __future__ import annotations

import pytest

from tests.telegram_html import (
    TelegramHTMLError,
    check_telegram_html,
    parse_telegram_html,
    utf16_len,
)


@pytest.mark.parametrize(
    "html",
    [
        "plain text",
        "<b>bold</b> <strong>strong</strong> <i>i</i> <em>em</em> <u>u</u> <ins>ins</ins>",
        "<s>s</s> <strike>strike</strike> <del>del</del>",
        '<span class="tg-spoiler">spoiler</span> <tg-spoiler>spoiler</tg-spoiler>',
        '<a href="https://example.com/?a=1&amp;b=2">link</a>',
        "<a href='http://example.com'>single quotes</a>",
        '<tg-emoji emoji-id="5368324170671202286">👍</tg-emoji>',
        "<code>x &lt; y</code>",
        "<pre>block</pre>",
        '<pre><code class="language-python">print(1)</code></pre>',
        "<blockquote>quote</blockquote>",
        "<blockquote expandable>long quote</blockquote>",
        "<b>bold <i>italic <u>underline</u></i></b>",
        "<b><code>bold code</code></b>",
        "&lt;tag&gt; &amp; &quot;quoted&quot; &#39;x&#39; &#x1F600;",
        "He said \"yes\" and 'no'",
        "emoji 🇰🇿 and ÄÖÜ",
    ],
)
def test_accepts_valid_telegram_html(html: str) -> None:
    """It accepts every tag, attribute and entity the Bot API documents."""
    check_telegram_html(html)


@pytest.mark.parametrize(
    ("html", "reason_part"),
    [
        ("a < b", "start tag"),
        ("a <b c", "Unclosed start tag"),
        ("a > b", "reserved"),
        ("fish & chips", "reserved"),
        ("&nbsp;", "Unsupported HTML entity"),
        ("&#0;", "Invalid numeric"),
        ("&#xD800;", "Invalid numeric"),
        ("<br>", 'Unsupported start tag "br"'),
        ("<div>x</div>", 'Unsupported start tag "div"'),
        ("<B>x</B>", "Unsupported start tag"),
        ("<b>x", "Can't find end tag"),
        ("x</b>", "Unexpected end tag"),
        ("<b><i>x</b></i>", "Unmatched end tag"),
        ('<b class="x">x</b>', 'Unsupported attribute "class"'),
        ('<a href="">x</a>', "non-empty"),
        ("<a>x</a>", "non-empty"),
        ('<a href="https://a.b" title="t">x</a>', 'Unsupported attribute "title"'),
        ('<span class="other">x</span>', "tg-spoiler"),
        ("<span>x</span>", "tg-spoiler"),
        ('<code class="language-py">x</code>', "standalone"),
        ('<pre><code class="python">x</code></pre>', "language-"),
        ("<code><b>x</b></code>", "can't be inside"),
        ("<pre><i>x</i></pre>", "can't be inside"),
        ("<blockquote><blockquote>x</blockquote></blockquote>", "nested"),
        ('<a href="https://a"><a href="https://b">x</a></a>', "nested"),
        ("<tg-emoji>x</tg-emoji>", "emoji-id"),
        ("<b", "Unclosed start tag"),
        ("<b/>", "Self-closing"),
        ('<blockquote expandable="yes">x</blockquote>', "takes no value"),
        ("", "message text is empty"),
        ("<b> </b>", "message text is empty"),
        ("x" * 4097, "message is too long"),
    ],
)
def test_refuses_invalid_telegram_html(html: str, reason_part: str) -> None:
    """It refuses what Telegram refuses, saying why."""
    with pytest.raises(TelegramHTMLError) as info:
        check_telegram_html(html)
    assert reason_part in info.value.reason


def test_length_counts_utf16_code_units_after_entity_parsing() -> None:
    """The 4096 limit is on the parsed text in UTF-16 units (an astral emoji counts 2)."""
    check_telegram_html("<b>" + "&amp;" * 4096 + "</b>")
    check_telegram_html("😀" * 2048)
    with pytest.raises(TelegramHTMLError, match="too long"):
        check_telegram_html("😀" * 2048 + "x")
    assert utf16_len("😀a") == 3


def test_parse_gives_plain_text_and_entities_with_utf16_offsets() -> None:
    """It yields Telegram's plain text and entities, offsets in UTF-16 units."""
    parsed = parse_telegram_html(
        '😀 <b>A &amp; <i>B</i></b> <a href="https://x.org/?q=1&amp;r=2">L</a>'
        '<pre><code class="language-py">c</code></pre><blockquote expandable>q</blockquote>'
    )
    assert parsed.text == "😀 A & B Lcq"
    assert parsed.entities == [
        {"type": "bold", "offset": 3, "length": 5},
        {"type": "italic", "offset": 7, "length": 1},
        {"type": "text_link", "offset": 9, "length": 1, "url": "https://x.org/?q=1&r=2"},
        {"type": "pre", "offset": 10, "length": 1, "language": "py"},
        {"type": "expandable_blockquote", "offset": 11, "length": 1},
    ]
