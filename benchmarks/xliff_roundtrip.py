"""XLIFF reading and writing speed: a 1.2 job of N units with codes (half with seg-source
segmentation), read, then every segment translated and written back.

    python -m benchmarks.xliff_roundtrip [--units 20000]
"""

from __future__ import annotations

import argparse
import time

from workbench.core.formats.xliff import XliffFormat
from workbench.core.inline import Code, Coded


def job(units: int) -> bytes:
    rows = []
    for i in range(units):
        src = f'Sentence {i} has <g id="1" ctype="bold">bold words</g> and <x id="2"/> a picture.'
        if i % 2:
            rows.append(f'<trans-unit id="{i}"><source>{src}</source></trans-unit>')
        else:
            rows.append(
                f'<trans-unit id="{i}"><source>{src} Second one.</source><seg-source>'
                f'<mrk mtype="seg" mid="0">{src}</mrk> <mrk mtype="seg" mid="1">Second one.</mrk>'
                "</seg-source></trans-unit>"
            )
    body = "\n".join(rows)
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2" '
        'xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="a" source-language="en" '
        f'target-language="ru" datatype="plaintext"><body>\n{body}\n</body></file></xliff>\n'
    ).encode()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--units", type=int, default=20000)
    args = parser.parse_args()
    data = job(args.units)
    fmt = XliffFormat()
    t0 = time.perf_counter()
    doc = fmt.read(data, "job.xlf")
    t1 = time.perf_counter()
    targets = [
        Coded.from_parts([p if isinstance(p, Code) else "Перевод " for p in c.parts()])
        for c in doc.coded
    ]
    t2 = time.perf_counter()
    out = fmt.write(data, targets, [(2, "human")] * len(targets))
    t3 = time.perf_counter()
    print(
        f"{args.units} units, {len(doc.paragraphs)} segments, {len(data) / 1e6:.1f} MB: "
        f"read {t1 - t0:.2f} s, write {t3 - t2:.2f} s, output {len(out) / 1e6:.1f} MB"
    )


if __name__ == "__main__":
    main()
