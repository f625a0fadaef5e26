#!/usr/bin/env python3
"""Benchmark 5: time per MB and peak memory of one analysis at 1, 8 and 64 MB,
with the command-line tool (the same analyzer the server runs)."""
import os
import resource
import subprocess
import sys
import tempfile
import time


def corpus_text(folder):
    parts = []
    for name in sorted(os.listdir(folder)):
        raw = open(os.path.join(folder, name), "rb").read()
        try:
            parts.append(raw.decode("utf-8"))
        except UnicodeDecodeError:
            parts.append(raw.decode("cp1252", errors="replace"))
    return "\n\n".join(parts).replace("\x00", " ").encode("utf-8")


def measure(cli, path):
    """Wall seconds and peak RSS (kB) of one analysis, in a child of its own."""
    code = ("import resource,subprocess,sys,time;t=time.time();"
            "subprocess.run([sys.argv[1],'--summary',sys.argv[2]],stdout=subprocess.DEVNULL,check=True);"
            "print(time.time()-t, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")
    out = subprocess.run([sys.executable, "-c", code, cli, path], capture_output=True, text=True,
                         check=True).stdout.split()
    return float(out[0]), int(out[1])


def main(folder, cli):
    text = corpus_text(folder)
    print("5. one analysis at 1, 8 and 64 MB (command-line tool, same analyzer)")
    print("%8s %10s %10s %12s %14s" % ("size", "seconds", "s per MB", "peak RSS", "RSS / input"))
    per_mb = {}
    with tempfile.TemporaryDirectory() as tmp:
        for mb in (1, 8, 64):
            size = mb * 1048576
            body = (text * (size // len(text) + 1))[:size]
            while body and (body[-1] & 0xC0) == 0x80:
                body = body[:-1]
            if body and body[-1] >= 0xC0:
                body = body[:-1]
            path = os.path.join(tmp, "policy-%dmb.txt" % mb)
            open(path, "wb").write(body)
            secs, rss = min(measure(cli, path) for _ in range(2))
            per_mb[mb] = secs / mb
            print("%6d MB %10.3f %10.4f %9.0f MB %14.2f" % (mb, secs, secs / mb, rss / 1024,
                                                          rss * 1024 / size))
    print("time per MB at 64 MB / at 1 MB: %.2f (target <= 1.5)" % (per_mb[64] / per_mb[1]))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
