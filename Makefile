# Two commands on a fresh machine: `make demo` and `make test`. Each creates .venv and installs
# claimcheck with its dependencies first (only PyPI is needed).
PYTHON ?= python3
VENV := .venv
STAMP := $(VENV)/.installed-stamp

.PHONY: demo test install clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/python -m pip install --quiet --upgrade pip
	$(VENV)/bin/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(VENV)/bin/claimcheck demo

test: $(STAMP)
	$(VENV)/bin/python -m pytest

clean:
	rm -rf $(VENV) *.egg-info claimcheck-demo.duckdb claimcheck-demo-archive claimcheck-demo.duckdb.pending
