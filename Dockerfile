# briefbot: the Telegram service. Build: docker build -t briefbot .
# Run:   docker run -e BRIEFBOT_TELEGRAM_TOKEN=... -v briefbot-data:/data briefbot
# Other briefs: mount a folder over /app/seeds (or set BRIEFBOT_BRIEFS_DIR).

# Build stage: the wheel, with the parser compiled by mypyc (setup.py). The full image has the
# C compiler and Python headers; the final image has neither.
FROM python:3.11 AS build
ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1
WORKDIR /src
COPY pyproject.toml setup.py README.md ./
COPY bot ./bot
COPY handlers ./handlers
COPY config ./config
# mypyc type-checks the parser against its dependencies, so they are installed first.
RUN pip install . mypy "setuptools>=69" wheel \
    && BRIEFBOT_COMPILE=1 pip wheel --no-deps --no-build-isolation --wheel-dir /wheels .

FROM python:3.11-slim

ENV PYTHONUNBUFFERED=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    BRIEFBOT_DATA_DIR=/data \
    BRIEFBOT_BRIEFS_DIR=/app/seeds \
    BRIEFBOT_LOG_FORMAT=json \
    BRIEFBOT_HEALTH_PORT=8080

WORKDIR /app

# Dependencies first, in their own layer: it is rebuilt only when pyproject.toml changes.
COPY pyproject.toml README.md ./
RUN mkdir -p bot handlers config \
    && touch bot/__init__.py handlers/__init__.py config/__init__.py \
    && pip install . \
    && pip uninstall -y briefbot \
    && rm -rf bot handlers config pyproject.toml README.md

# Then briefbot itself, from the build stage's wheel (no source in /app, so `python -m bot`
# imports the installed, compiled package), and the seed briefs.
COPY --from=build /wheels /wheels
RUN pip install --no-deps /wheels/*.whl \
    && rm -rf /wheels \
    && useradd --create-home --uid 10001 briefbot \
    && mkdir -p /data && chown briefbot /data
COPY seeds ./seeds

USER briefbot
VOLUME /data
EXPOSE 8080 8443

# No curl in slim images: ask /healthz with the standard library.
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
    CMD ["python", "-c", "import os, urllib.request; urllib.request.urlopen(f\"http://127.0.0.1:{os.environ.get('BRIEFBOT_HEALTH_PORT', '8080')}/healthz\", timeout=4)"]

CMD ["python", "-m", "bot", "run"]
