#!/usr/bin/env bash
# Measures dagang against its speed and memory targets, side by side with
# goldmark, on collections generated from the fixtures and on the real
# corpus of ../shared (skipped, with a note, where it is absent).
# Usage: bench/run.sh [-quick] [flags]; docs/performance.md says how to
# read the table.
set -euo pipefail
cd "$(dirname "$0")"
exec go run ./cmd/benchrun -root .. -work work "$@"
