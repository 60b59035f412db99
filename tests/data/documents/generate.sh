#!/usr/bin/env bash
# Regenerates the test documents that are printed or converted rather than written by hand. Needs Debian's chromium,
# fonts-noto-cjk, qpdf and python3-xlwt. The outputs are committed so the Core tests need none of these tools.
set -euo pipefail
cd "$(dirname "$0")"
work=$(mktemp -d /tmp/feat-documents-generate.XXXXXX)
trap 'rm -rf "$work"' EXIT

print_pdf() { # html-file pdf-file
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf="$2" "file://$PWD/$1" 2>/dev/null
}

print_pdf sources/policy-notice.html policy-notice.pdf
# A red head naming only the issuer, and table cells wrapped over two lines inside one ruled row.
print_pdf sources/award-notice.html award-notice.pdf
# Column names wrapped onto two lines inside the header's ruled row.
print_pdf sources/wrapped-header-notice.html wrapped-header-notice.pdf
# Only the last column name wraps, so its first line stands above the header's other names.
print_pdf sources/wrapped-last-header-notice.html wrapped-last-header-notice.pdf

python3 sources/long-guide.py > "$work/long-guide.html"
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=long-guide.pdf "file://$work/long-guide.html" 2>/dev/null

# A scan: the text rendered to a picture, and the picture printed, so the PDF has no text layer at all.
chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=800,420 \
  --screenshot="$work/scanned-page.png" "file://$PWD/sources/scanned-source.html" 2>/dev/null
cp sources/scanned.html "$work/scanned.html"
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=scanned.pdf "file://$work/scanned.html" 2>/dev/null

# Opening needs the user password, which the reader never has.
qpdf --encrypt open-sesame owner-secret 256 -- policy-notice.pdf password-protected.pdf

/usr/bin/python3 sources/fee-list-xls.py fee-list.xls
