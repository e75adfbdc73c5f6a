#!/usr/bin/env bash
# Regenerates the seed demo images (emulator/seed/assets/**.png) from their SVG
# sources in emulator/seed/assets-src/, using headless Chromium, then shrinks
# them with pngquant when it is installed.
#
#   products: <name>.svg        -> assets/products/<name>.png   (600x600)
#             thumb/<name>      -> assets/products/thumbs/<name>.png (300x300: the deal card's
#                                  sized picture, recorded on the deal as `thumb`)
#   avatars:  avatar-N.svg      -> assets/avatars/avatar-N.png  (240x240, transparent corners)
#   logo:     brand-logo.svg    -> assets/brand-logo.png        (240x240, transparent corners)
#   partners: partner-<name>.svg -> assets/partners/partner-<name>.png (240x240 round logos,
#                                                                  transparent corners)
#             event-<name>.svg   -> assets/partners/event-<name>.png   (600x600 partner event covers)
#   ugc:      ugc/<name>.svg    -> assets/ugc/<name>.png        (800x800, 晒单 user post photos;
#                                                                  640x640 when pngquant is missing)
#             thumb/ugc/<name>  -> assets/ugc/thumbs/<name>.png (240x240, the home strip's picture)
#
# Usage: scripts/render-seed-images.sh [name ...]   (default: every SVG)
#   name is a top-level SVG's name (e.g. morning-bowl), ugc/<name> for one
#   post photo, or just "ugc" for all of them; thumb/<name> for a product's thumbnail.
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
mkdir -p "$OUT/products/thumbs" "$OUT/avatars" "$OUT/ugc/thumbs" "$OUT/partners"

ugc_names() {
  local f
  for f in "$SRC"/ugc/*.svg; do
    [ -e "$f" ] && names+=("ugc/$(basename "$f" .svg)" "thumb/ugc/$(basename "$f" .svg)")
  done
  return 0
}

names=()
if [ "$#" -gt 0 ]; then
  for arg in "$@"; do
    case "$arg" in
      ugc|ugc/) ugc_names ;;
      *)        names+=("${arg%.svg}") ;;
    esac
  done
else
  for f in "$SRC"/*.svg; do names+=("$(basename "$f" .svg)"); done
  for f in "$SRC"/*.svg; do
    case "$(basename "$f")" in avatar-*|brand-logo*|partner-*|event-*) ;; *) names+=("thumb/$(basename "$f" .svg)") ;; esac
  done
  ugc_names
fi

for name in "${names[@]}"; do
  svg="$SRC/${name#thumb/}.svg"
  [ -f "$svg" ] || { echo "render-seed-images: no $svg" >&2; exit 1; }
  base="${name//\//-}"   # ugc/foo -> ugc-foo, thumb/foo -> thumb-foo for the scratch files
  max_bytes=""            # when set: retry without dithering if the PNG comes out bigger
  case "$name" in
    ugc/*)      size=800; dest="$OUT/ugc/${name#ugc/}.png"; quality=65-90; max_bytes=$((140 * 1024))
                # lossless 800px scenes are ~600 KB: without pngquant, render smaller instead
                command -v pngquant >/dev/null 2>&1 || size=640 ;;
    thumb/ugc/*) size=240; dest="$OUT/ugc/thumbs/${name#thumb/ugc/}.png"; quality=60-85; max_bytes=$((16 * 1024)) ;;
    thumb/*)    size=300; dest="$OUT/products/thumbs/${name#thumb/}.png"; quality=65-90 ;;
    avatar-*)   size=240; dest="$OUT/avatars/$name.png";  quality=70-92 ;;
    brand-logo) size=240; dest="$OUT/brand-logo.png";      quality=75-95 ;;
    partner-*)  size=240; dest="$OUT/partners/$name.png"; quality=75-95 ;;
    event-*)    size=600; dest="$OUT/partners/$name.png"; quality=70-92; max_bytes=$((120 * 1024)) ;;
    *)          size=600; dest="$OUT/products/$name.png";  quality=70-92 ;;
  esac

  cp "$svg" "$WORK/$base.svg"
  cat > "$WORK/$base.html" <<HTML
<!doctype html><html><head><meta charset="utf-8"><style>
html,body{margin:0;padding:0;overflow:hidden;background:transparent}
img{display:block;width:${size}px;height:${size}px}
</style></head><body><img src="$base.svg" width="$size" height="$size"></body></html>
HTML

  "$CHROMIUM" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$WORK/profile-$base" --hide-scrollbars \
    --window-size="$size,$size" --default-background-color=00000000 \
    --screenshot="$WORK/$base.png" "file://$WORK/$base.html" >/dev/null 2>&1

  [ -s "$WORK/$base.png" ] || { echo "render-seed-images: chromium produced nothing for $name" >&2; exit 1; }

  if command -v pngquant >/dev/null 2>&1; then
    # exit 99 = quality floor not reached: keep the lossless screenshot instead
    if ! pngquant --quality="$quality" --speed 1 --strip --force \
         --output "$dest" "$WORK/$base.png"; then
      cp "$WORK/$base.png" "$dest"
    fi
    # busy full-bleed scenes: Floyd-Steinberg dithering noise costs a lot of bytes
    if [ -n "$max_bytes" ] && [ "$(stat -c %s "$dest")" -gt "$max_bytes" ]; then
      pngquant --quality="$quality" --speed 1 --strip --force --nofs \
        --output "$WORK/$base-nofs.png" "$WORK/$base.png" || true
      if [ -s "$WORK/$base-nofs.png" ] && [ "$(stat -c %s "$WORK/$base-nofs.png")" -lt "$(stat -c %s "$dest")" ]; then
        cp "$WORK/$base-nofs.png" "$dest"
      fi
    fi
  else
    cp "$WORK/$base.png" "$dest"
  fi
  awk -v n="$name" -v b="$(stat -c %s "$dest")" -v d="${dest#$ROOT/}" 'BEGIN{printf "%-18s %6.1f KB  %s\n", n, b/1024, d}'
done
