# Two commands for a fresh machine:
#   make run   - the portal with the built-in Halo simulator, a Celery worker and demo users
#   make test  - every test (installs what the tests need first), on SQLite
# and for the production database:
#   make test-postgres - the same suite on PostgreSQL (TEST_POSTGRES_URL; created when missing)
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
DEMO_ENV := DEBUG=1 PASSWORD_LOGIN_ENABLED=1 SECURE_COOKIES=0
# pytest-django creates and drops test_<name> next to this database.
TEST_POSTGRES_URL ?= postgres://postgres@127.0.0.1:5432/portal_test

.PHONY: run test test-postgres lint install system-deps clean

$(VENV)/.installed: requirements.lock
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --upgrade pip
	$(VENV)/bin/pip install --quiet -r requirements.lock
	touch $@

install: $(VENV)/.installed

run: install
	$(DEMO_ENV) $(PY) manage.py migrate --noinput --verbosity 0
	$(DEMO_ENV) $(PY) manage.py run_demo

system-deps:
	bash scripts/system-deps.sh

test: install system-deps
	$(PY) -m ruff check .
	$(PY) -m mypy halo_integration portal notifications
	$(PY) -m pytest -m "not celery_worker" $(PYTEST_ARGS)
	$(PY) -m pytest -m celery_worker $(PYTEST_ARGS)

# The real Celery worker test runs in a process of its own: after the rest of the suite in the
# same process its worker thread has been seen to miss the delivery (cause still open).
test-postgres: install system-deps
	$(PY) scripts/ensure_postgres_db.py "$(TEST_POSTGRES_URL)"
	TEST_DATABASE_URL="$(TEST_POSTGRES_URL)" $(PY) -m pytest -m "not celery_worker" $(PYTEST_ARGS)
	TEST_DATABASE_URL="$(TEST_POSTGRES_URL)" $(PY) -m pytest -m celery_worker $(PYTEST_ARGS)

lint: install
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .
	$(PY) -m mypy halo_integration portal notifications

clean:
	rm -rf $(VENV) data staticfiles tests/idp/node_modules
