# The two commands: `make up` runs the whole network with a demo dataset; `make test` runs every test.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python

.PHONY: up down status test bench install clean web-assets constraints

$(VENV)/.installed: pyproject.toml clients/python/pyproject.toml constraints.txt
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11+ is required (found " + sys.version.split()[0] + ")")'
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -c constraints.txt -e '.[test]'
	$(PY) -m pip install -q -c constraints.txt -e clients/python
	@touch $@

install: $(VENV)/.installed web-assets

# The web app's front-end packages (pinned in services/web/package-lock.json) into .cache/web.
web-assets:
	@deploy/web/fetch-assets.sh

up: install
	$(PY) deploy/local/network.py up

down:
	@$(PY) deploy/local/network.py down

status:
	@$(PY) deploy/local/network.py status

test: install
	./deploy/test.sh

# Every benchmark, each writing its figures as JSON under var/bench/ (BENCH_SCALE=small for a quick run).
bench: install
	$(PY) -m benchmarks.run_all $(ONLY)

clean: down
	rm -rf var

# Re-pin constraints.txt to what .venv holds now (after a deliberate upgrade that the tests pass with).
constraints: install
	@{ sed -n 1,2p constraints.txt; $(PY) -m pip freeze --exclude-editable | grep -v '@ file'; } > constraints.txt.new && mv constraints.txt.new constraints.txt
