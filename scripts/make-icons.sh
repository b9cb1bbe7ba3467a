#!/usr/bin/env bash
# Regenerates every app icon in resources/ from resources/icon.svg. The outputs are committed, so
# packaging needs none of these tools; run this only after changing the SVG.
# Needs Debian's librsvg2-bin (rsvg-convert), imagemagick (convert) and icnsutils (png2icns).
set -euo pipefail
cd "$(dirname "$0")/../resources"

# Some machines put a stand-in `convert` earlier on PATH; ImageMagick's own is in /usr/bin.
CONVERT=/usr/bin/convert
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# Each size is drawn from the SVG rather than scaled down from a large PNG, so small icons stay sharp.
render() { rsvg-convert --width "$1" --height "$1" icon.svg --output "$2"; }

# icon.png: electron-builder's source for any platform without its own format (at least 512 for macOS).
render 1024 icon.png

# Linux (AppImage, deb, the window icon): one PNG per size in icons/, named as electron-builder expects.
mkdir -p icons
for size in 16 32 48 64 128 256 512; do render "$size" "icons/${size}x${size}.png"; done

# Windows: one .ico holding the sizes Explorer, the taskbar and the installer ask for (256 at most).
ico_files=()
for size in 16 24 32 48 64 128 256; do
  render "$size" "$tmp/ico-$size.png"
  ico_files+=("$tmp/ico-$size.png")
done
"$CONVERT" "${ico_files[@]}" icon.ico

# macOS: an .icns with every size png2icns knows, up to 1024 for Retina.
icns_files=()
for size in 16 32 48 128 256 512 1024; do
  render "$size" "$tmp/icns-$size.png"
  icns_files+=("$tmp/icns-$size.png")
done
png2icns icon.icns "${icns_files[@]}" >/dev/null
