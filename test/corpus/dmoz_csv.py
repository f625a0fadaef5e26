#!/usr/bin/env python3
"""Write every file of a corpus folder as one CSV row (name, text), decoding
UTF-8 and falling back to Windows-1252 for files that are not valid UTF-8."""
import csv
import os
import sys


def decode(raw):
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


def main(folder, out):
    with open(out, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        for name in sorted(os.listdir(folder)):
            with open(os.path.join(folder, name), "rb") as src:
                text = decode(src.read()).replace("\x00", " ")
            w.writerow([name, text])


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
