#!/usr/bin/env python3
# SPDX-License-Identifier: ISC
"""Times rw-stats + rw-render on synthetic corpora: wall and CPU seconds,
peak RSS, pages per second.

    bench-render.py BIN DIR N...

For each N, DIR/N/{articles,facts}.jsonl come from gen-stats.py (once;
delete DIR to regenerate).  Then rw-stats -o DIR/N/stats, rw-render into
an empty DIR/N/site (first build: every file is new), and rw-render
again (rebuild: nothing changed, nothing written).  Each program runs in
its own child process, so ru_maxrss is its own peak.  A benchmark
measures; it asserts nothing.
"""
import os
import re
import resource
import shutil
import subprocess
import sys
import time

here = os.path.dirname(os.path.abspath(__file__))
bindir, top = sys.argv[1], sys.argv[2]


def run(argv):
    """Runs argv in a fork that reports its own rusage."""
    r, w = os.pipe()
    t0 = time.monotonic()
    pid = os.fork()
    if pid == 0:
        os.close(r)
        err = open(os.path.join(top, "last.err"), "wb")
        p = subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=err)
        ru = resource.getrusage(resource.RUSAGE_CHILDREN)
        os.write(w, ("%d %f %f %d" % (p.returncode, ru.ru_utime,
                                      ru.ru_stime, ru.ru_maxrss)).encode())
        os._exit(0)
    os.close(w)
    data = os.read(r, 200).decode().split()
    os.close(r)
    os.waitpid(pid, 0)
    wall = time.monotonic() - t0
    rc, ut, st, rss = int(data[0]), float(data[1]), float(data[2]), int(data[3])
    err = open(os.path.join(top, "last.err"), encoding="utf-8",
               errors="replace").read()
    if rc > 1:
        sys.exit("%s failed (%d): %s" % (argv[0], rc, err[-2000:]))
    return wall, ut + st, rss / 1024.0, err


print("%-8s %-16s %8s %8s %9s %10s %10s" % ("stories", "step", "wall s",
      "cpu s", "peak MB", "pages", "pages/cpu-s"))
for n in sys.argv[3:]:
    d = os.path.join(top, n)
    os.makedirs(d, exist_ok=True)
    if not os.path.exists(os.path.join(d, "facts.jsonl")):
        subprocess.run([sys.executable, os.path.join(here, "gen-stats.py"),
                        n, d], check=True)
    stats = os.path.join(d, "stats")
    wall, cpu, rss, _ = run([os.path.join(bindir, "rw-stats"), "-o", stats,
                             "-a", os.path.join(d, "articles.jsonl"),
                             "-f", os.path.join(d, "facts.jsonl")])
    print("%-8s %-16s %8.1f %8.1f %9.0f" % (n, "rw-stats", wall, cpu, rss))
    site = os.path.join(d, "site")
    shutil.rmtree(site, ignore_errors=True)
    for step in ("rw-render first", "rw-render again"):
        wall, cpu, rss, err = run([os.path.join(bindir, "rw-render"), "-v",
                                   "-o", site, stats])
        m = re.search(r"(\d+) pages; (\d+) files, (\d+) written", err)
        pages = int(m.group(1)) if m else 0
        print("%-8s %-16s %8.1f %8.1f %9.0f %10d %10.0f" % (
            n, step, wall, cpu, rss, pages, pages / cpu if cpu else 0))
    sys.stdout.flush()
