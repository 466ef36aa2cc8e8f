#!/usr/bin/env bash
# Checks that Mermaid's own parser accepts the mindmap `dagang outline
# --format mermaid` writes for every fixture under testdata/docs and, when
# ../shared is beside the project, every seed. Mermaid and jsdom are
# installed at pinned versions into a scratch folder that is removed
# afterwards; nothing is installed in the project.
#
# usage: .ci/mermaid-check.sh [EXTRA.mmd...]
#   Extra diagram files are checked as they are, beside the generated ones.
# needs: go, node (20 or later) and npm with access to the npm registry.
set -euo pipefail
cd "$(dirname "$0")/.."

# mermaid 12 needs node 22; 11.x is the newest line that runs on node 20.
MERMAID_VERSION=11.17.2
JSDOM_VERSION=26.1.0

extra=()
for f in "$@"; do
  extra+=("$(cd "$(dirname "$f")" && pwd)/$(basename "$f")")
done

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

echo "== installing mermaid@$MERMAID_VERSION and jsdom@$JSDOM_VERSION into a scratch folder"
printf '{"private": true, "type": "module"}\n' >"$scratch/package.json"
npm install --prefix "$scratch" --no-audit --no-fund --ignore-scripts --loglevel=error \
  "mermaid@$MERMAID_VERSION" "jsdom@$JSDOM_VERSION" >/dev/null
cp .ci/mermaid-parse.mjs "$scratch/"

echo "== writing the mindmap of every fixture and seed"
go build -o "$scratch/dagang" ./cmd/dagang
inputs=(testdata/docs/*.txt)
if [ -d ../shared/seeds ]; then
  inputs+=(../shared/seeds/*.txt)
else
  echo "../shared/seeds is absent: checking the fixtures only"
fi
diagrams=()
for f in "${inputs[@]}"; do
  out="$scratch/diagrams/${f#../}.mmd"
  mkdir -p "$(dirname "$out")"
  "$scratch/dagang" outline --format mermaid "$f" >"$out"
  diagrams+=("$out")
done

echo "== node $(node --version): mermaid.parse on ${#diagrams[@]} diagrams and ${#extra[@]} extra"
node "$scratch/mermaid-parse.mjs" "$scratch/diagrams" "${diagrams[@]}" ${extra[@]+"${extra[@]}"}
