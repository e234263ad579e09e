#!/usr/bin/env bash
# Renders the pictures of docs/pictures: builds examples/picture.cpp, runs it, and turns each
# SVG into a PNG with headless Chromium (Debian chromium; installed here when missing).
#   bash tools/render_pictures.sh
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
if ! command -v chromium > /dev/null; then
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
g++ -std=c++20 -O1 -DFMT_HEADER_ONLY -Iinclude examples/picture.cpp -o "$work/picture"
"$work/picture" docs/pictures
for svg in docs/pictures/*.svg; do
  width=$(grep -o 'width="[0-9]*"' "$svg" | head -1 | grep -o '[0-9]*')
  height=$(grep -o 'height="[0-9]*"' "$svg" | head -1 | grep -o '[0-9]*')
  chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
    --disable-component-update --disable-sync --hide-scrollbars --user-data-dir="$work/profile" \
    --window-size="$width,$height" --screenshot="${svg%.svg}.png" "file://$PWD/$svg" > /dev/null 2>&1
  echo "rendered ${svg%.svg}.png (${width}x${height})"
done
