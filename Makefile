# Gangnam Glocal Portal — see README.md.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test install messages catalogues lint migrate demo serve worker beat clean krds qr-decoder

## Set up everything and serve the local demo on http://127.0.0.1:8000 (SQLite, eager Celery).
run: export PORTAL_BASE_URL = http://$(HOST):$(PORT)
run: install messages
	$(MANAGE) migrate --noinput
	$(MANAGE) load_demo_content
	$(MANAGE) ensure_admin
	@echo "Portal: http://$(HOST):$(PORT)/ko/   Wagtail admin: http://$(HOST):$(PORT)/admin/"
	$(MANAGE) runserver $(HOST):$(PORT)

## Run the whole test suite (SQLite unless DATABASE_URL is set).
test: install messages
	$(BIN)/pytest -n 2

install: $(VENV)/.installed

$(VENV)/.installed: requirements.txt requirements-dev.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements-dev.txt
	touch $@

messages: install
	$(BIN)/python -m portal.catalogues

## Extract new UI strings into locale/*/LC_MESSAGES/django.po (needs GNU gettext).
catalogues: install
	$(BIN)/python -m portal.catalogues update

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	DJANGO_SETTINGS_MODULE=portal.settings.test $(MANAGE) makemigrations --check --dry-run

## Refresh static/vendor/krds/ from the npm registry (needs npm): make krds [KRDS_VERSION=1.1.0]
krds: install
	$(BIN)/python -m portal.krds_vendor $(KRDS_VERSION)

## Refresh static/vendor/jsqr/ (the check-in app's QR decoder) from npm: make qr-decoder [JSQR_VERSION=1.4.0]
qr-decoder: install
	$(BIN)/python -m portal.qr_decoder_vendor $(JSQR_VERSION)

## Production-style processes (need REDIS_URL / CELERY_BROKER_URL).
worker: install
	$(BIN)/celery -A portal worker --queues celery,language --loglevel=INFO

beat: install
	$(BIN)/celery -A portal beat --loglevel=INFO

clean:
	rm -rf $(VENV) staticfiles .pytest_cache .ruff_cache
	find locale -name '*.mo' -delete
