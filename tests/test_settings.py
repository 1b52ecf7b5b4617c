"""Settings: sources, validation and the one-line error for a bad value."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from config.settings import Settings, SettingsError, load_settings

TOKEN = "123456:AAH-secret_token_value"  # noqa: S105 - a made-up token for the tests


@pytest.fixture(autouse=True)
def _clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep the developer's own BRIEFBOT_* variables out of these tests."""
    import os

    for key in list(os.environ):
        if key.startswith("BRIEFBOT_"):
            monkeypatch.delenv(key)


def test_defaults_come_from_the_config_file_and_code() -> None:
    """Without environment, the documented defaults apply."""
    settings = Settings(_env_file=None)
    assert (settings.telegram_api_url, settings.briefs_dir, settings.data_dir) == (
        "https://api.telegram.org",
        Path("seeds"),
        Path("data"),
    )
    assert (settings.timezone, settings.admin_ids, settings.rate_limit) == ("UTC", [], (20, 60.0))
    assert settings.store_url == "sqlite+aiosqlite:///data/briefbot.sqlite3"


def test_environment_overrides_and_admin_ids_accept_a_comma_list(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """BRIEFBOT_* variables set fields; ADMIN_IDS takes "1,2"."""
    monkeypatch.setenv("BRIEFBOT_ADMIN_IDS", "1, 22")
    monkeypatch.setenv("BRIEFBOT_TIMEZONE", "Asia/Almaty")
    monkeypatch.setenv("BRIEFBOT_TELEGRAM_API_URL", "http://127.0.0.1:9999/")
    settings = Settings(_env_file=None)
    assert settings.admin_ids == [1, 22]
    assert str(settings.tzinfo) == "Asia/Almaty"
    assert settings.telegram_api_url == "http://127.0.0.1:9999"


def test_config_file_is_read_from_briefbot_config_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A TOML file named by BRIEFBOT_CONFIG_FILE supplies defaults; the environment wins."""
    config = tmp_path / "custom.toml"
    config.write_text('briefs_dir = "elsewhere"\nbriefs_page_size = 3\nlog_level = "debug"\n')
    monkeypatch.setenv("BRIEFBOT_CONFIG_FILE", str(config))
    monkeypatch.setenv("BRIEFBOT_BRIEFS_PAGE_SIZE", "5")
    settings = Settings(_env_file=None)
    assert (settings.briefs_dir, settings.briefs_page_size, settings.log_level) == (
        Path("elsewhere"),
        5,
        "DEBUG",
    )


def test_dotenv_file_is_read(tmp_path: Path) -> None:
    """An .env file sets values like the environment does."""
    env = tmp_path / ".env"
    env.write_text("BRIEFBOT_USER_RATE=5/10\nBRIEFBOT_WEBHOOK_URL=https://bot.example.org/hook\n")
    settings = Settings(_env_file=env)
    assert settings.rate_limit == (5, 10.0)
    assert settings.webhook_path == "/hook"


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({"BRIEFBOT_TIMEZONE": "Mars/Olympus"}, "BRIEFBOT_TIMEZONE: unknown time zone"),
        ({"BRIEFBOT_ADMIN_IDS": "1,x"}, "BRIEFBOT_ADMIN_IDS: Input should be a valid integer"),
        ({"BRIEFBOT_USER_RATE": "fast"}, 'BRIEFBOT_USER_RATE: must be "COUNT/SECONDS"'),
        ({"BRIEFBOT_LOG_FORMAT": "xml"}, "BRIEFBOT_LOG_FORMAT: Input should be 'console'"),
        ({"BRIEFBOT_WEBHOOK_PORT": "0"}, "BRIEFBOT_WEBHOOK_PORT: Input should be greater"),
        ({"BRIEFBOT_TELEGRAM_API_URL": "ftp://x"}, "BRIEFBOT_TELEGRAM_API_URL: must be an http"),
    ],
)
def test_a_bad_value_gives_one_line_naming_the_setting(
    monkeypatch: pytest.MonkeyPatch, env: dict[str, str], expected: str
) -> None:
    """load_settings turns a validation error into one line: NAME: reason."""
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    with pytest.raises(SettingsError) as caught:
        load_settings(_env_file=None)
    message = str(caught.value)
    assert message.startswith(expected)
    assert "\n" not in message


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("BRIEFBOT_TELEGRAM_TOKEN", "not a token " + TOKEN),
        ("BRIEFBOT_WEBHOOK_SECRET", "s p a c e"),
    ],
)
def test_a_bad_secret_is_named_but_never_shown(
    monkeypatch: pytest.MonkeyPatch, name: str, value: str
) -> None:
    """The error names the secret setting and keeps its value out."""
    monkeypatch.setenv(name, value)
    with pytest.raises(SettingsError) as caught:
        load_settings(_env_file=None)
    assert str(caught.value).startswith(f"{name}: ")
    assert value not in str(caught.value)
    assert "secret_token_value" not in str(caught.value)


def test_secrets_are_hidden_in_repr_and_listed_for_the_redactor() -> None:
    """The token never shows in repr; secrets() lists it for log redaction."""
    settings = Settings(_env_file=None, telegram_token=TOKEN, webhook_secret="abc_DEF-1")  # noqa: S106
    assert TOKEN not in repr(settings)
    assert settings.secrets() == [TOKEN, "abc_DEF-1"]


def test_admin_ids_also_accept_a_json_list(monkeypatch: pytest.MonkeyPatch) -> None:
    """ADMIN_IDS='[3, 4]' is read as JSON."""
    monkeypatch.setenv("BRIEFBOT_ADMIN_IDS", "[3, 4]")
    assert Settings(_env_file=None).admin_ids == [3, 4]


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({"BRIEFBOT_RELOAD_INTERVAL": "inf"}, "BRIEFBOT_RELOAD_INTERVAL: Input should be a fin"),
        ({"BRIEFBOT_RELOAD_INTERVAL": "1e12"}, "BRIEFBOT_RELOAD_INTERVAL: Input should be less"),
        ({"BRIEFBOT_DIGEST_RATE": "inf"}, "BRIEFBOT_DIGEST_RATE: Input should be a finite"),
        ({"BRIEFBOT_DIGEST_GROUP_RATE": "inf"}, "BRIEFBOT_DIGEST_GROUP_RATE: Input should be a"),
        ({"BRIEFBOT_DIGEST_CHAT_RATE": "inf"}, "BRIEFBOT_DIGEST_CHAT_RATE: Input should be a"),
        ({"BRIEFBOT_DIGEST_LATE_AFTER": "10" * 8}, "BRIEFBOT_DIGEST_LATE_AFTER: Input should be"),
    ],
)
def test_an_endless_or_huge_duration_or_rate_is_refused_in_one_line(
    monkeypatch: pytest.MonkeyPatch, env: dict[str, str], expected: str
) -> None:
    """ "inf" and durations beyond a year are refused as settings; they used to pass and then
    stop start-up with an OverflowError traceback (scheduler and datetime arithmetic)."""
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    with pytest.raises(SettingsError) as caught:
        load_settings(_env_file=None)
    assert str(caught.value).startswith(expected)
    assert "\n" not in str(caught.value)


@pytest.mark.parametrize(
    ("make", "expected"),
    [
        (lambda path: None, "BRIEFBOT_CONFIG_FILE: {path}: no such file"),
        (lambda path: path.mkdir(), "BRIEFBOT_CONFIG_FILE: {path} is a folder, not a file"),
        (
            lambda path: path.write_bytes(b'log_level = "INFO"\n# caf\xe9\n'),
            "BRIEFBOT_CONFIG_FILE: {path} is not UTF-8 (byte 0xe9 at 24)",
        ),
    ],
)
def test_a_config_file_that_cannot_be_used_stops_start_up_in_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, make: Any, expected: str
) -> None:
    """BRIEFBOT_CONFIG_FILE naming a missing file or a folder used to be ignored without a
    word (the defaults applied instead), and a non-UTF-8 one stopped start-up with a
    UnicodeDecodeError traceback: each is one line naming the setting."""
    path = tmp_path / "briefbot.toml"
    make(path)
    monkeypatch.setenv("BRIEFBOT_CONFIG_FILE", str(path))
    with pytest.raises(SettingsError) as caught:
        load_settings(_env_file=None)
    assert str(caught.value) == expected.format(path=path)


def test_an_unreadable_config_file_stops_start_up_in_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A config file without read permission is one line, not a PermissionError traceback."""
    path = tmp_path / "briefbot.toml"
    path.write_text('log_level = "INFO"\n')
    monkeypatch.setenv("BRIEFBOT_CONFIG_FILE", str(path))
    real_read_bytes = Path.read_bytes

    def refusing(self: Path) -> bytes:
        # Tests may run as root, whom chmod 000 does not stop: refuse as the kernel would.
        if self == path:
            raise PermissionError(13, "Permission denied", str(self))
        return real_read_bytes(self)

    monkeypatch.setattr(Path, "read_bytes", refusing)
    with pytest.raises(SettingsError) as caught:
        load_settings(_env_file=None)
    assert str(caught.value) == f"BRIEFBOT_CONFIG_FILE: cannot read {path}: Permission denied"


def test_a_non_utf8_dotenv_file_stops_start_up_in_one_line_without_its_content(
    tmp_path: Path,
) -> None:
    """An .env file that is not UTF-8 is one line naming the file (it was a traceback); the
    token written in it does not appear."""
    env = tmp_path / ".env"
    env.write_bytes(
        f"BRIEFBOT_TELEGRAM_TOKEN={TOKEN}\nBRIEFBOT_LOG_LEVEL=\xff\n".encode("latin-1")
    )
    with pytest.raises(SettingsError) as caught:
        load_settings(_env_file=env)
    message = str(caught.value)
    assert message == f".env file: {env} is not UTF-8 (byte 0xff at {len(TOKEN) + 44})"
    assert TOKEN not in message


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("no-url:hunter2", "BRIEFBOT_DATABASE_URL: is not a database URL (e.g. postgresql"),
        ("postgres://bot:hunter2@db/briefbot", "BRIEFBOT_DATABASE_URL: names no database"),
        ("sqlite:///data/hunter2.db", "BRIEFBOT_DATABASE_URL: needs an asyncio driver, not sq"),
        ("oracle+cx_oracle_async://bot:hunter2@db/x", "BRIEFBOT_DATABASE_URL: names no data"),
    ],
)
def test_a_bad_database_url_is_one_line_without_its_password(
    monkeypatch: pytest.MonkeyPatch, url: str, expected: str
) -> None:
    """DATABASE_URL is checked as a setting: a URL SQLAlchemy cannot use used to pass and stop
    start-up with a traceback from the store."""
    monkeypatch.setenv("BRIEFBOT_DATABASE_URL", url)
    with pytest.raises(SettingsError) as caught:
        load_settings(_env_file=None)
    message = str(caught.value)
    assert message.startswith(expected)
    assert "hunter2" not in message
    assert "\n" not in message


def test_a_misspelt_key_in_the_config_file_is_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A key of the TOML file that is no setting stops start-up in one line; it was ignored
    without a word (here the limit stayed at its default)."""
    path = tmp_path / "briefbot.toml"
    path.write_text('max_brief_byte = 5000\nlog_level = "INFO"\n')
    monkeypatch.setenv("BRIEFBOT_CONFIG_FILE", str(path))
    with pytest.raises(SettingsError) as caught:
        load_settings(_env_file=None)
    assert str(caught.value) == (
        f"BRIEFBOT_CONFIG_FILE: {path}: 'max_brief_byte' is not a setting (the README's table "
        "lists them)"
    )


def test_the_packaged_config_file_holds_only_settings() -> None:
    """Every key of config/briefbot.toml is a setting."""
    assert load_settings(_env_file=None).max_brief_bytes == 1048576
