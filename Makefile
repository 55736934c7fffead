# The two commands: `make up` runs the whole network with a demo dataset; `make test` runs every test.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python

.PHONY: up down status test install clean

$(VENV)/.installed: pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11+ is required (found " + sys.version.split()[0] + ")")'
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[test]'
	@touch $@

install: $(VENV)/.installed

up: install
	$(PY) deploy/local/network.py up

down:
	@$(PY) deploy/local/network.py down

status:
	@$(PY) deploy/local/network.py status

test: install
	./deploy/test.sh

clean: down
	rm -rf var
