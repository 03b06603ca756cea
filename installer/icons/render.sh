#!/usr/bin/env bash
# Rasterises relex-curator.svg into the icons jpackage takes: a 256 px PNG (Linux, and the source
# of the macOS .icns that CI builds with iconutil), a 128 px PNG for the .relex file type (the
# size the .deb registers it at) and a multi-size .ico (Windows).
# Needs ImageMagick 6 (`apt-get install imagemagick`). The results are committed; rerun after
# editing the SVG.
set -euo pipefail
cd "$(dirname "$0")"
convert -background none relex-curator.svg -resize 256x256 -strip PNG32:relex-curator.png
convert -background none relex-curator.svg -resize 128x128 -strip PNG32:relex-project-128.png
convert -background none relex-curator.svg -define icon:auto-resize=256,48,32,16 -strip relex-curator.ico
