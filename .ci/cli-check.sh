#!/usr/bin/env bash
# The command line as a person runs it, from a fresh build: the version,
# the help in both languages, piped input, the exit-code table, the
# limits. Each check prints what it ran; the first that fails ends the
# script.
set -euo pipefail
cd "$(dirname "$0")/.."
bin="$(mktemp -d)"
trap 'rm -rf "$bin"' EXIT
CGO_ENABLED=0 GOBIN="$bin" go install ./cmd/dagang
dagang="$bin/dagang"
speech=testdata/docs/gbt-four-levels.txt
fail() { echo "FAIL: $*" >&2; exit 1; }
expect() { # expect CODE COMMAND...: run it, its exit code must be CODE
  local want="$1"; shift
  set +e; "$@" >/dev/null 2>&1; local got=$?; set -e
  [ "$got" = "$want" ] || fail "$* exited $got, want $want"
  echo "ok  exit $want: $*"
}

"$dagang" --version
[ "$("$dagang" --version)" = "$("$dagang" version)" ] || fail "--version and version differ"
LANG=zh_CN.UTF-8 "$dagang" --help | grep -q '用法：' || fail "LANG=zh_CN.UTF-8 dagang --help is not Chinese"
echo "ok  LANG=zh_CN.UTF-8 dagang --help is Chinese"
LANG=C "$dagang" --help | grep -q '^Usage:' || fail "LANG=C dagang --help is not English"
echo "ok  LANG=C dagang --help is English"
cat "$speech" | "$dagang" outline | grep -q '^  一、充分认识' || fail "cat speech | dagang outline"
echo "ok  cat speech.txt | dagang outline"
"$dagang" text "$speech" | "$dagang" fix - | cmp -s - "$speech" || fail "dagang text | dagang fix - changed a clean speech"
echo "ok  dagang text speech | dagang fix -"
"$dagang" text serve/testdata/speech.docx | "$dagang" fix - > "$bin/fixed.txt" || fail "dagang text speech.docx | dagang fix -"
grep -q . "$bin/fixed.txt" || fail "dagang text speech.docx | dagang fix - wrote nothing"
echo "ok  dagang text speech.docx | dagang fix - > fixed.txt"
expect 1 "$dagang" parse /dev/zero
expect 1 bash -c "yes 一、标题 | '$dagang' parse --max-input 64MiB -"
expect 2 "$dagang" help nonexist
for command in parse outline check fix text; do
  expect 1 "$dagang" "$command" no-such-file.txt
  expect 2 "$dagang" "$command" --no-such-flag "$speech"
  if [ -w /dev/full ]; then
    in="$speech"
    [ "$command" = check ] && in=testdata/check/mixed-style.txt
    expect 1 "$dagang" "$command" -o /dev/full "$in"
  fi
done
echo "command line: all checks passed"
