#!/usr/bin/env bash
# newsaudit set-up and entry points. Both commands build .venv/ at the repo root on first use.
#   bash run.sh report   → set up, then open the Streamlit report on the bundled sample
#   bash run.sh test     → set up (with test tools and Debian's chromium), then run the whole test suite
#   bash run.sh setup    → set up only
set -euo pipefail
cd "$(dirname "$0")"
PY=${PYTHON:-python3}

setup() {
  if [ ! -x .venv/bin/python ]; then
    "$PY" -m venv .venv
  fi
  # torch before stanza: a plain `pip install stanza` would pull the multi-GB CUDA build.
  # torch==2.13.0 is a CPU build on our machines; elsewhere any torch >= 2.1 will do.
  if ! .venv/bin/python -c "import torch" 2>/dev/null; then
    .venv/bin/pip install -q torch==2.13.0 || .venv/bin/pip install -q torch
  fi
  .venv/bin/pip install -q -e ".[$1]"
}

case "${1:-}" in
  setup)
    setup test
    ;;
  report)
    setup train
    exec .venv/bin/streamlit run app.py --server.headless true --server.address 127.0.0.1 --browser.gatherUsageStats false "${@:2}"
    ;;
  test)
    setup test
    if ! command -v chromium >/dev/null 2>&1; then
      if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
          || echo "warning: could not install chromium; the browser test will skip" >&2
      else
        echo "warning: chromium not found and not root; the browser test will skip" >&2
      fi
    fi
    exec .venv/bin/python -m pytest -q -p no:cacheprovider "${@:2}"
    ;;
  *)
    echo "usage: bash run.sh report|test|setup" >&2
    exit 2
    ;;
esac
