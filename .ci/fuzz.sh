#!/bin/sh
# Runs every fuzz target of the module (every FuzzXxx function, found with
# go test -list) for $FUZZTIME each, 30s unless set. New inputs are
# minimized for at most 5s, so that a short run explores rather than
# minimizes. A failing input is written under the target's
# testdata/fuzz/<Target>/ directory: commit it with the fix, it then runs as
# a regression test in every go test.
set -eu
cd "$(dirname "$0")/.."
FUZZTIME=${FUZZTIME:-30s}
for pkg in $(go list ./...); do
	for target in $(go test -list '^Fuzz' "$pkg" | grep '^Fuzz' || true); do
		echo "== $pkg $target ($FUZZTIME)"
		go test -run '^$' -fuzz "^${target}\$" -fuzztime "$FUZZTIME" -fuzzminimizetime 5s "$pkg"
	done
done
