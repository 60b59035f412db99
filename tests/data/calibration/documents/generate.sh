#!/usr/bin/env bash
# Regenerates the document-calibration files in docs/ that are generated: the .docx and .xlsx written as Office Open
# XML by sources/office.py (python3 only) and the PDFs printed by Debian's chromium (with fonts-noto-cjk) from the HTML
# in sources/. The web notices (.html) are written by hand and live only in docs/, where they are read from.
# The outputs are committed so scripts/eval-docs.sh needs none of these tools. Two runs write the same bytes (fixed
# dates and ids in office.py, PDF date stamps and structure ids normalised); another chromium version may lay the PDFs out differently.
# Every name, figure and date in them is invented for calibration; nothing is taken from ../shared/eval.
set -euo pipefail
cd "$(dirname "$0")"
mkdir -p docs
rm -f docs/*.docx docs/*.xlsx docs/*.pdf
python3 sources/office.py docs
for source in sources/*.html; do
  name=$(basename "$source" .html)
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf="docs/$name.pdf" "file://$PWD/$source" 2>/dev/null
  # Chromium stamps the time of printing and numbers structure elements by DOM node id: normalised, two runs
  # (one chromium version) write the same bytes.
  python3 sources/normalize-pdf.py "docs/$name.pdf"
done
