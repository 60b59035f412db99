"""Makes a PDF printed by chromium the same bytes from run to run (one chromium version): chromium stamps the time of
printing as its creation and modification dates, and numbers the tagged-PDF structure elements by the page's DOM
node ids (/ID (node00000020)), which shift by a few between runs. The dates become a fixed stamp and the ids are
renumbered from 1 in their own order; both have the same length as before, so the cross-reference offsets stay right
and the ID tree stays sorted. Usage: python3 normalize-pdf.py FILE.pdf [...]"""
import re
import sys

FIXED_DATE = b"D:20260101000000+00'00'"
DATE = re.compile(rb"/(CreationDate|ModDate) \((D:\d{14}[+-Z]\d{2}'\d{2}')\)")
NODE_ID = re.compile(rb"\(node(\d{8})\)")


def normalize(path):
    data = open(path, "rb").read()

    def date(match):
        if len(match.group(2)) != len(FIXED_DATE):
            raise SystemExit(f"{path}: unexpected date stamp {match.group(2)!r}")
        return b"/" + match.group(1) + b" (" + FIXED_DATE + b")"

    data, dates = DATE.subn(date, data)
    if dates == 0:
        raise SystemExit(f"{path}: no date stamp found")
    ids = sorted({int(m.group(1)) for m in NODE_ID.finditer(data)})
    renumbered = {old: new for new, old in enumerate(ids, start=1)}
    data = NODE_ID.sub(lambda m: b"(node%08d)" % renumbered[int(m.group(1))], data)
    open(path, "wb").write(data)


for name in sys.argv[1:]:
    normalize(name)
