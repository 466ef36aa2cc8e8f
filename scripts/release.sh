#!/usr/bin/env bash
# Builds the release archives of dagang: a static binary (CGO_ENABLED=0)
# for Windows, macOS and Linux on amd64 and arm64, the version stamped
# in with -ldflags, in a .zip (Windows) or .tar.gz with LICENSE and the
# install notes, and a SHA-256 checksum file.
#
#   scripts/release.sh [VERSION]       # default: git describe, e.g. v0.3.0
#   scripts/release.sh --snapshot      # a test build: VERSION-snapshot, host only unless ALL=1
#
# Archives go to dist/. The binary's `dagang --version` prints VERSION.
set -euo pipefail
cd "$(dirname "$0")/.."

snapshot=false
version=""
case "${1:-}" in
  --snapshot) snapshot=true ;;
  "") ;;
  *) version="$1" ;;
esac
if [ -z "$version" ]; then
  version="$(git describe --tags --always --dirty 2>/dev/null || echo devel)"
fi
if $snapshot; then
  version="${version}-snapshot"
fi

targets="linux/amd64 linux/arm64 darwin/amd64 darwin/arm64 windows/amd64 windows/arm64"
if $snapshot && [ "${ALL:-0}" != 1 ]; then
  # A snapshot checks the release build on this machine and on Windows,
  # the platform most users have: two builds, not six.
  targets="$(go env GOOS)/$(go env GOARCH) windows/amd64"
fi

rm -rf dist
mkdir -p dist
for target in $targets; do
  goos="${target%/*}" goarch="${target#*/}"
  name="dagang_${version#v}_${goos}_${goarch}"
  dir="dist/$name"
  mkdir -p "$dir"
  exe=dagang
  [ "$goos" = windows ] && exe=dagang.exe
  echo "build $name"
  CGO_ENABLED=0 GOOS="$goos" GOARCH="$goarch" go build -trimpath \
    -ldflags "-s -w -X main.version=$version" -o "$dir/$exe" ./cmd/dagang
  cp LICENSE "$dir/"
  cp docs/install.md "$dir/INSTALL.md"
  if [ "$goos" = windows ]; then
    if command -v zip >/dev/null; then
      (cd dist && rm -f "$name.zip" && zip -qr "$name.zip" "$name")
    else
      (cd dist && python3 -m zipfile -c "$name.zip" "$name")
    fi
  else
    tar -C dist -czf "dist/$name.tar.gz" "$name"
  fi
done
(cd dist && sha256sum ./*.zip ./*.tar.gz 2>/dev/null | sed 's| \./| |' > "dagang_${version#v}_checksums.txt")
echo "archives in dist/:"
ls dist/*.zip dist/*.tar.gz
