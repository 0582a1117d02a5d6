#!/usr/bin/env bash
# generate.sh compiles the Solidity sources of datatrade and regenerates the committed Go bindings.
# It is idempotent: running it twice gives byte-identical files (CI fails on any difference).
# Needs node/npm (installs the pinned solc and OpenZeppelin with `npm ci` when they are missing) and Go.
set -euo pipefail
cd "$(dirname "$0")"

if [ ! -f node_modules/solc/package.json ] || [ ! -d node_modules/@openzeppelin/contracts ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi

# With arguments (contract names, e.g. `./generate.sh Jobs`), only those are
# compiled and bound; with none, every top-level *.sol file is.
node compile.js "$@"

bind() { # bind <Contract> <output.go>
  go run github.com/ethereum/go-ethereum/cmd/abigen@v1.17.10 --v2 --pkg contracts \
    --type "$1" --abi "build/$1.abi" --bin "build/$1.bin" --out "$2"
  chmod 0644 "$2"
}
names=("$@")
if [ ${#names[@]} -eq 0 ]; then
  for f in *.sol; do names+=("${f%.sol}"); done
fi
for n in "${names[@]}"; do
  [ -f "$n.sol" ] || continue # a testdata fixture: compiled, not bound
  # ExchangeRegistry -> exchange_registry.go
  out=$(printf '%s' "$n" | sed -E 's/([a-z0-9])([A-Z])/\1_\2/g' | tr '[:upper:]' '[:lower:]').go
  bind "$n" "$out"
done
