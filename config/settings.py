"""Settings: one typed object, built once in `main()` and passed to whoever needs it.

Sources, highest priority first: keyword arguments, environment (`BRIEFBOT_*`), an optional
`.env` file, then the TOML file `config/briefbot.toml` (path overridable by the environment
variable `BRIEFBOT_CONFIG_FILE`). Tests build `Settings(..., _env_file=None)`.
"""

from __future__ import annotations

import json
import os
import re
import tomllib
from pathlib import Path
from secrets import token_urlsafe
from typing import Annotated, Any, Literal
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import (
    Field,
    SecretStr,
    ValidationError,
    ValidationInfo,
    field_validator,
    model_validator,
)
from pydantic_settings import (
    BaseSettings,
    NoDecode,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    TomlConfigSettingsSource,
)

from bot.errors import BriefbotError

ENV_PREFIX = "BRIEFBOT_"
DEFAULT_CONFIG_FILE = Path(__file__).with_name("briefbot.toml")
# Telegram accepts 1-256 characters A-Z, a-z, 0-9, _ and - as a webhook secret token.
_SECRET_TOKEN = re.compile(r"[A-Za-z0-9_-]{1,256}")
_BOT_TOKEN = re.compile(r"\d+:[A-Za-z0-9_-]+")
# Telegram's own servers post updates only to https on these ports (a local Bot API server,
# telegram-bot-api --local, takes any URL).
CLOUD_API_HOST = "api.telegram.org"
CLOUD_WEBHOOK_PORTS = (443, 80, 88, 8443)
_RATE = re.compile(r"\s*(\d+)\s*/\s*(\d+(?:\.\d+)?)\s*")
# The longest span a duration setting takes, in seconds: beyond it the scheduler's and
# datetime's arithmetic overflows (an "inf" or 1e12 crashed start-up with a traceback).
YEAR = 366 * 24 * 3600


class SettingsError(BriefbotError):
    """A setting with a bad value; the message is one line: `BRIEFBOT_X: reason`."""


def _config_file() -> Path:
    return Path(os.environ.get(f"{ENV_PREFIX}CONFIG_FILE", DEFAULT_CONFIG_FILE))


class Settings(BaseSettings):
    """Everything the service can be told; see the settings table in the README."""

    model_config = SettingsConfigDict(
        env_prefix=ENV_PREFIX,
        env_file=".env",
        env_file_encoding="utf-8",
        extra="ignore",
        validate_default=True,
    )

    # --- Telegram -------------------------------------------------------------------------
    telegram_token: SecretStr | None = None
    telegram_api_url: str = "https://api.telegram.org"

    # --- briefs and state -----------------------------------------------------------------
    briefs_dir: Path = Path("seeds")
    data_dir: Path = Path("data")
    database_url: SecretStr | None = None
    max_brief_bytes: int = Field(default=1024 * 1024, gt=0)
    timezone: str = "UTC"
    admin_ids: Annotated[list[int], NoDecode] = Field(default_factory=list)

    # --- logs -----------------------------------------------------------------------------
    log_format: Literal["console", "json"] | None = None  # None: console on a TTY, else JSON
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"

    # --- transports -----------------------------------------------------------------------
    webhook_url: str | None = None
    webhook_secret: SecretStr | None = None
    webhook_listen: str = "0.0.0.0"  # noqa: S104 - a container must listen on all interfaces
    webhook_port: int = Field(default=8443, ge=1, le=65535)
    # /healthz and /metrics, in both modes; 0 lets the system choose a free port.
    health_listen: str = "0.0.0.0"  # noqa: S104 - the container's health check reaches it
    health_port: int | None = Field(default=8080, ge=0, le=65535)

    # --- fair use and display -------------------------------------------------------------
    user_rate: str = "20/60"  # at most 20 commands per user per 60 seconds; "0/1" disables
    briefs_page_size: int = Field(default=8, ge=1, le=20)
    # Seconds between looks at BRIEFS_DIR for new or changed files; 0: only at start-up.
    reload_interval: float = Field(default=300.0, ge=0, le=YEAR, allow_inf_nan=False)

    # --- digests (bot.digest) -------------------------------------------------------------
    digest_time: str = "08:00"  # a new subscription's time of day (HH:MM, in TIMEZONE)
    digest_cadence: Literal["daily", "weekdays", "weekly"] = "daily"
    digest_first_size: int = Field(default=5, ge=1, le=50)  # briefs in a first digest
    digest_nothing_new_note: bool = False  # with nothing new, send a short note (else nothing)
    # Seconds after its slot: marked late.
    digest_late_after: int = Field(default=600, ge=0, le=YEAR)
    # Telegram's limits: messages a second overall, a minute per group or channel, a second
    # per chat; the sender keeps them itself.
    digest_rate: float = Field(default=30.0, gt=0, allow_inf_nan=False)
    digest_group_rate: float = Field(default=20.0, gt=0, allow_inf_nan=False)
    digest_chat_rate: float = Field(default=1.0, gt=0, allow_inf_nan=False)
    digest_workers: int = Field(default=8, ge=1, le=256)  # concurrent sends

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        toml = TomlConfigSettingsSource(settings_cls, toml_file=_config_file())
        return init_settings, env_settings, dotenv_settings, toml, file_secret_settings

    @field_validator("telegram_api_url", "webhook_url")
    @classmethod
    def _http_url(cls, value: str | None) -> str | None:
        if value is None:
            return None
        if not re.match(r"https?://[^/\s]+", value):
            raise ValueError("must be an http:// or https:// URL")
        return value.rstrip("/")

    @field_validator("webhook_url")
    @classmethod
    def _cloud_webhook(cls, value: str | None, info: ValidationInfo) -> str | None:
        api = urlsplit(str(info.data.get("telegram_api_url") or ""))
        if value is None or api.hostname != CLOUD_API_HOST:
            return value
        url = urlsplit(value)
        try:
            port = url.port or 443
        except ValueError:
            port = 0
        if url.scheme != "https" or port not in CLOUD_WEBHOOK_PORTS:
            raise ValueError(
                "Telegram posts updates to https:// URLs on port 443, 80, 88 or 8443 only"
            )
        return value

    @field_validator(
        "telegram_token", "webhook_secret", "database_url", "webhook_url", mode="before"
    )
    @classmethod
    def _empty_is_none(cls, value: Any) -> Any:
        return None if value == "" else value

    @field_validator("telegram_token")
    @classmethod
    def _token_shape(cls, value: SecretStr | None) -> SecretStr | None:
        if value is not None and not _BOT_TOKEN.fullmatch(value.get_secret_value()):
            raise ValueError("does not look like a bot token from @BotFather (digits:letters)")
        return value

    @field_validator("database_url")
    @classmethod
    def _database_url(cls, value: SecretStr | None) -> SecretStr | None:
        # Checked here, not when the store opens: a bad URL is a bad setting (one line, exit
        # status 2). Messages name the driver at most, never the URL (it holds a password).
        if value is None:
            return None
        from sqlalchemy.engine import make_url  # here: config stays free of SQLAlchemy
        from sqlalchemy.exc import ArgumentError, NoSuchModuleError

        example = "e.g. postgresql+asyncpg://user:password@host/briefbot"
        try:
            url = make_url(value.get_secret_value())
            dialect = url.get_dialect()
        except NoSuchModuleError:  # a subclass of ArgumentError: first
            raise ValueError(f"names no database SQLAlchemy knows ({example})") from None
        except ArgumentError:
            raise ValueError(f"is not a database URL ({example})") from None
        if not getattr(dialect, "is_async", False):
            raise ValueError(
                f"needs an asyncio driver, not {url.drivername} (sqlite+aiosqlite, "
                "postgresql+asyncpg, mysql+aiomysql...)"
            )
        try:
            dialect.import_dbapi()
        except ImportError as error:
            raise ValueError(
                f"the driver of {url.drivername} is not installed (pip install {error.name})"
            ) from None
        return value

    @field_validator("webhook_secret")
    @classmethod
    def _secret_token(cls, value: SecretStr | None) -> SecretStr | None:
        if value is not None and not _SECRET_TOKEN.fullmatch(value.get_secret_value()):
            raise ValueError("must be 1-256 characters of A-Z, a-z, 0-9, _ and -")
        return value

    @model_validator(mode="after")
    def _webhook_secret_made_up(self) -> Settings:
        # A webhook always checks a secret token (setWebhook's secret_token, sent back in the
        # X-Telegram-Bot-Api-Secret-Token header). One not configured is made up here, once,
        # so that it is among `secrets()`: the log redactor hides it too (PTB logs setWebhook's
        # parameters at DEBUG).
        if self.webhook_url and self.webhook_secret is None:
            self.webhook_secret = SecretStr(token_urlsafe(32))
        return self

    @field_validator("timezone")
    @classmethod
    def _zone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            hint = "use an IANA name such as Europe/Berlin"
            raise ValueError(f"unknown time zone {value!r} ({hint})") from None
        return value

    @field_validator("digest_time")
    @classmethod
    def _hh_mm(cls, value: str) -> str:
        if not re.fullmatch(r"([01]\d|2[0-3]):[0-5]\d", value.strip()):
            raise ValueError("must be a time of day as HH:MM, e.g. 08:00")
        return value.strip()

    @field_validator("admin_ids", mode="before")
    @classmethod
    def _comma_list(cls, value: Any) -> Any:
        if isinstance(value, str) and value.strip().startswith("["):
            return json.loads(value)
        if isinstance(value, str):
            return [part.strip() for part in value.split(",") if part.strip()]
        if isinstance(value, int):
            return [value]
        return value

    @field_validator("log_level", mode="before")
    @classmethod
    def _upper(cls, value: Any) -> Any:
        return value.upper() if isinstance(value, str) else value

    @field_validator("log_format", mode="before")
    @classmethod
    def _lower(cls, value: Any) -> Any:
        if value == "":
            return None
        return value.lower() if isinstance(value, str) else value

    @field_validator("user_rate")
    @classmethod
    def _rate(cls, value: str) -> str:
        match = _RATE.fullmatch(value)
        if not match or float(match.group(2)) <= 0:
            raise ValueError('must be "COUNT/SECONDS", e.g. "20/60" (COUNT 0 disables the limit)')
        return value.strip()

    @property
    def tzinfo(self) -> ZoneInfo:
        """The configured time zone."""
        return ZoneInfo(self.timezone)

    @property
    def rate_limit(self) -> tuple[int, float]:
        """The per-user limit as (commands, seconds); 0 commands means no limit."""
        match = _RATE.fullmatch(self.user_rate)
        assert match is not None  # noqa: S101 - validated above
        return int(match.group(1)), float(match.group(2))

    @property
    def store_url(self) -> str:
        """The database URL: DATABASE_URL, or a SQLite file in DATA_DIR."""
        if self.database_url is not None:
            return self.database_url.get_secret_value()
        from bot.store import sqlite_url  # here: config stays free of SQLAlchemy

        return sqlite_url(str(self.data_dir))

    @property
    def webhook_path(self) -> str:
        """The path part of WEBHOOK_URL, where the webhook route listens."""
        path = urlsplit(self.webhook_url or "").path
        return path or "/"

    def secrets(self) -> list[str]:
        """The secret values set, for the log redactor."""
        found = []
        for secret in (self.telegram_token, self.webhook_secret, self.database_url):
            if secret is not None and secret.get_secret_value():
                found.append(secret.get_secret_value())
        return found


def describe_error(error: ValidationError) -> str:
    """Return one line naming the first bad setting and the reason, without its value."""
    problems = error.errors(include_input=False, include_url=False)
    first = problems[0]
    field = str(first["loc"][0]) if first["loc"] else "settings"
    reason = str(first["msg"]).removeprefix("Value error, ")
    more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
    return f"{ENV_PREFIX}{field.upper()}: {reason}{more}"


def _check_file(path: Path, what: str, *, required: bool) -> None:
    """Raise SettingsError with one line if a settings file cannot be read as UTF-8 text.

    The settings sources would otherwise skip a missing file or a folder without a word, and
    stop at an unreadable or non-UTF-8 one with a traceback. The message never quotes the
    file's content (an .env file holds the token).
    """
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        if required:
            raise SettingsError(f"{what}: {path}: no such file") from None
        return
    except IsADirectoryError:
        if required:
            raise SettingsError(f"{what}: {path} is a folder, not a file") from None
        return
    except OSError as error:
        raise SettingsError(f"{what}: cannot read {path}: {error.strerror or error}") from None
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise SettingsError(
            f"{what}: {path} is not UTF-8 (byte 0x{data[error.start]:02x} at {error.start})"
        ) from None


def _check_config_keys(path: Path, what: str) -> None:
    """Raise SettingsError naming a key of the TOML file that is no setting (a misspelt one
    would otherwise be ignored without a word, its default applying instead)."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError):
        return  # a missing file is allowed here; invalid TOML is reported by the source
    known = set(Settings.model_fields)
    unknown = sorted(key for key in data if key.lower() not in known)
    if unknown:
        raise SettingsError(
            f"{what}: {path}: {unknown[0]!r} is not a setting (the README's table lists them)"
        )


def load_settings(**overrides: Any) -> Settings:
    """Build the settings from all sources; raise SettingsError with one line if one is bad."""
    # A config file named in the environment must be there; the packaged default may not be.
    named = f"{ENV_PREFIX}CONFIG_FILE"
    _check_file(_config_file(), named, required=named in os.environ)
    _check_config_keys(_config_file(), named)
    env_file = overrides.get("_env_file", Settings.model_config.get("env_file"))
    if isinstance(env_file, str | Path):
        # Optional, as everywhere: only a file that is there but unusable is an error.
        _check_file(Path(env_file), ".env file", required=False)
    try:
        return Settings(**overrides)
    except ValidationError as error:
        raise SettingsError(describe_error(error)) from None
    except tomllib.TOMLDecodeError as error:
        where = f"{ENV_PREFIX}CONFIG_FILE: {_config_file()}"
        raise SettingsError(f"{where} is not valid TOML ({error})") from None
