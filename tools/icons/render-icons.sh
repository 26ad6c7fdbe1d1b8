#!/usr/bin/env bash
# Renders the hicolor PNG sizes of the application icon from its SVG (needs rsvg-convert, in
# librsvg2-bin). The PNGs are committed, so building does not need this; run it after editing the SVG.
set -euo pipefail
cd "$(dirname "$0")/../../packaging/icons"
id=io.github.clearance_reader.Clearance
for size in 16 22 24 32 48 64 128 256 512; do
    mkdir -p "hicolor/${size}x${size}/apps"
    rsvg-convert --width "$size" --height "$size" "$id.svg" --output "hicolor/${size}x${size}/apps/$id.png"
done
