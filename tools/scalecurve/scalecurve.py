#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The scale curve: how check, open, search, export-json, import-json and the decisions PDF
grow with the years a workspace holds.

    tools/scalecurve/scalecurve.py [--quorum build/app/quorum] [--years 1,5,10,20,50]
                                   [--work DIR] [--skip-pdf-above N]

For each number of years it generates a workspace (`quorum generate`, not timed), then runs
each command as a user would, in a child process, and prints its wall time and peak memory
(the child's maximum resident set, from getrusage). The baseline on every line is the same
binary doing nothing but starting (`quorum --version`), measured in the same run, so the
table reads as "how much more than starting the program". Output is a Markdown table that
docs/performance.md quotes; this is a tool run by hand (tens of minutes at 50 years), not a
CI step.
"""
import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time


def run(cmd, env):
    """Runs cmd; returns (seconds, peak RSS in MiB). Peak RSS comes from a wait4() on the
    child alone, so earlier children do not leak into the figure."""
    start = time.monotonic()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.monotonic() - start
    err = proc.stderr.read().decode(errors="replace")
    proc.stderr.close()
    code = os.waitstatus_to_exitcode(status)
    if code != 0:
        raise RuntimeError(f"{' '.join(cmd)} exited {code}: {err.strip()[:400]}")
    return seconds, usage.ru_maxrss / 1024.0


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quorum", default="build/app/quorum")
    parser.add_argument("--years", default="1,5,10,20,50")
    parser.add_argument("--work", default=None, help="folder for generated files (default: a temporary one)")
    parser.add_argument("--skip-pdf-above", type=int, default=1000,
                        help="skip the decisions PDF above this many years")
    parser.add_argument("--search", default="santé", help="the word searched in the history")
    args = parser.parse_args()

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LC_ALL="C.UTF-8")
    quorum = os.path.abspath(args.quorum)
    work = args.work or tempfile.mkdtemp(prefix="quorum-scale-")
    os.makedirs(work, exist_ok=True)
    years = [int(y) for y in args.years.split(",") if y]

    base_s, base_mb = min(run([quorum, "--version"], env) for _ in range(5))
    print(f"machine: {os.cpu_count()} cores; baseline `quorum --version`: {base_s*1000:.0f} ms, {base_mb:.0f} MiB")
    print()
    print("| years | file MiB | step | seconds | × start | peak MiB |")
    print("|---:|---:|---|---:|---:|---:|")
    for n in years:
        path = os.path.join(work, f"y{n}.quorum")
        if not os.path.exists(path):
            run([quorum, "generate", path, "--years", str(n), "--seed", "1"], env)
        size = os.path.getsize(path) / (1 << 20)
        json_path = os.path.join(work, f"y{n}.json")
        back_path = os.path.join(work, f"y{n}-back.quorum")
        if os.path.exists(back_path):
            os.remove(back_path)
        steps = [
            ("check", [quorum, "check", path]),
            ("open (first window, fr)", [quorum, path, "--lang", "fr", "--screenshot", os.path.join(work, "o.png")]),
            ("search history", [quorum, "decisions", path, "--search", args.search, "--format", "json",
                                "-o", os.path.join(work, "s.json")]),
            ("export-json", [quorum, "export-json", path, json_path]),
            ("import-json", [quorum, "import-json", json_path, back_path]),
        ]
        if n <= args.skip_pdf_above:
            steps.append(("decisions PDF", [quorum, "decisions", path, "--format", "pdf",
                                            "-o", os.path.join(work, "d.pdf")]))
        for name, cmd in steps:
            try:
                s, mb = run(cmd, env)
                print(f"| {n} | {size:.1f} | {name} | {s:.2f} | {s/base_s:.1f} | {mb:.0f} |", flush=True)
            except RuntimeError as error:
                print(f"| {n} | {size:.1f} | {name} | failed | | |", flush=True)
                print(f"  {error}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
