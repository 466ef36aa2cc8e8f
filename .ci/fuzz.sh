#!/bin/sh
# Runs every fuzz target of the module (every FuzzXxx function, found with
# go test -list) for $FUZZTIME each, 30s unless set. New inputs are
# minimized for at most 5s, so that a short run explores rather than
# minimizes. A failing input is written under the target's
# testdata/fuzz/<Target>/ directory: commit it with the fix, it then runs as
# a regression test in every go test.
#
# Go 1.26's fuzz coordinator can report "context deadline exceeded" as a
# failure when -fuzztime runs out while a worker is mid-call
# (golang/go#75804, fixed in Go 1.27); no input is at fault and none is
# written. A run that fails that way alone is run once more; a run that
# writes a failing input, panics or fails a check fails the script.
set -eu
cd "$(dirname "$0")/.."
FUZZTIME=${FUZZTIME:-30s}
# FUZZPARALLEL sets the fuzzing workers (go test -parallel); unset, one per
# core. On a shared machine, 1.
parallel=${FUZZPARALLEL:+-parallel $FUZZPARALLEL}
log=$(mktemp)
trap 'rm -f "$log"' EXIT

# fuzz_once runs one target; its status: 0 passed, 1 failed, 2 only the
# coordinator's deadline race.
fuzz_once() {
	# shellcheck disable=SC2086 # $parallel is empty or two words
	if go test -run '^$' -fuzz "^$2\$" -fuzztime "$FUZZTIME" -fuzzminimizetime 5s $parallel "$1" >"$log" 2>&1; then
		tail -n 3 "$log"
		return 0
	fi
	cat "$log"
	if grep -q 'context deadline exceeded' "$log" &&
		! grep -qE 'Failing input written|panic:|_test\.go:[0-9]+:' "$log"; then
		return 2
	fi
	return 1
}

for pkg in $(go list ./...); do
	for target in $(go test -list '^Fuzz' "$pkg" | grep '^Fuzz' || true); do
		echo "== $pkg $target ($FUZZTIME)"
		status=0
		fuzz_once "$pkg" "$target" || status=$?
		if [ "$status" -eq 2 ]; then
			echo "== $target: the fuzz coordinator's deadline race (golang/go#75804), no input at fault; once more"
			status=0
			fuzz_once "$pkg" "$target" || status=$?
			if [ "$status" -eq 2 ]; then
				echo "== $target: the deadline race again, still with no failing input: not a finding"
				status=0
			fi
		fi
		[ "$status" -eq 0 ] || exit 1
	done
done
