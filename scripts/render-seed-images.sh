#!/usr/bin/env bash
# Regenerates the seed demo images (emulator/seed/assets/**.png) from their SVG
# sources in emulator/seed/assets-src/, using headless Chromium, then shrinks
# them with pngquant when it is installed.
#
#   products: <name>.svg        -> assets/products/<name>.png   (600x600)
#   avatars:  avatar-N.svg      -> assets/avatars/avatar-N.png  (240x240, transparent corners)
#   logo:     brand-logo.svg    -> assets/brand-logo.png        (240x240, transparent corners)
#
# Usage: scripts/render-seed-images.sh [name ...]   (default: every SVG)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SRC="$ROOT/emulator/seed/assets-src"
OUT="$ROOT/emulator/seed/assets"
CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"

if [ ! -x "$CHROMIUM" ]; then
  echo "render-seed-images: $CHROMIUM not found (apt-get install -y chromium, or set CHROMIUM=...)" >&2
  exit 1
fi

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$OUT/products" "$OUT/avatars"

if [ "$#" -gt 0 ]; then
  names=("$@")
else
  names=()
  for f in "$SRC"/*.svg; do names+=("$(basename "$f" .svg)"); done
fi

for name in "${names[@]}"; do
  svg="$SRC/$name.svg"
  [ -f "$svg" ] || { echo "render-seed-images: no $svg" >&2; exit 1; }
  case "$name" in
    avatar-*)   size=240; dest="$OUT/avatars/$name.png";  quality=70-92 ;;
    brand-logo) size=240; dest="$OUT/brand-logo.png";      quality=75-95 ;;
    *)          size=600; dest="$OUT/products/$name.png";  quality=70-92 ;;
  esac

  cp "$svg" "$WORK/$name.svg"
  cat > "$WORK/$name.html" <<HTML
<!doctype html><html><head><meta charset="utf-8"><style>
html,body{margin:0;padding:0;overflow:hidden;background:transparent}
img{display:block;width:${size}px;height:${size}px}
</style></head><body><img src="$name.svg" width="$size" height="$size"></body></html>
HTML

  "$CHROMIUM" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$WORK/profile-$name" --hide-scrollbars \
    --window-size="$size,$size" --default-background-color=00000000 \
    --screenshot="$WORK/$name.png" "file://$WORK/$name.html" >/dev/null 2>&1

  [ -s "$WORK/$name.png" ] || { echo "render-seed-images: chromium produced nothing for $name" >&2; exit 1; }

  if command -v pngquant >/dev/null 2>&1; then
    # exit 99 = quality floor not reached: keep the lossless screenshot instead
    if ! pngquant --quality="$quality" --speed 1 --strip --force \
         --output "$dest" "$WORK/$name.png"; then
      cp "$WORK/$name.png" "$dest"
    fi
  else
    cp "$WORK/$name.png" "$dest"
  fi
  awk -v n="$name" -v b="$(stat -c %s "$dest")" -v d="${dest#$ROOT/}" 'BEGIN{printf "%-18s %6.1f KB  %s\n", n, b/1024, d}'
done
