#!/usr/bin/env bash
# Regenerates the document-calibration files (docs/) from sources/: the .docx and .xlsx written as Office Open XML by
# sources/office.py (python3 only), the PDFs printed by Debian's chromium (with fonts-noto-cjk) from HTML, and the web
# notices copied as they are. The outputs are committed so scripts/eval-docs.sh needs none of these tools.
# Every name, figure and date in them is invented for calibration; nothing is taken from ../shared/eval.
set -euo pipefail
cd "$(dirname "$0")"
rm -rf docs && mkdir -p docs
python3 sources/office.py docs
for name in elderly-allowance skills-subsidy appliance-subsidy-2023; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf="docs/$name.pdf" "file://$PWD/sources/$name.html" 2>/dev/null
done
cp sources/public-rental-housing.html sources/medical-insurance-payment.html docs/
