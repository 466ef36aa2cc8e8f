#!/usr/bin/env bash
# Measures dagang against its speed and memory targets, side by side with
# goldmark on the same generated corpus. Usage: bench/run.sh [-quick] [flags]
set -euo pipefail
cd "$(dirname "$0")"
exec go run ./cmd/benchrun -root .. -work work "$@"
