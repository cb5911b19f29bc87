#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Crash campaign (docs/reliability.md): kills the crashcampaign driver with SIGKILL at a
random moment, N times, each time on a fresh copy of a generated workspace, and checks the
file after each kill:

- lost: a step the driver reported committed ("OK" line) whose effect is not in the file;
- torn: a record a user step writes half of (a vote whose electorate rows do not match its
  `present`, a closed vote without its closing time, outcome or frozen counts, a decided
  proposal whose status disagrees with its vote, ...), whether or not the step was reported;
- check: `quorum check FILE` must exit 0.

Usage: tools/crashcampaign/campaign.py [--build build] [--kills 200] [--max-delay 3]
Exit status 0 only when nothing was lost, nothing torn and every check passed.
"""

import argparse
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter


def parse_step(text):
    """'open proposal=3 vote=7 present=40' -> ('open', {'proposal': '3', ...})"""
    kind, *pairs = text.split()
    return kind, dict(pair.split("=", 1) for pair in pairs)


def torn_records(db):
    """Every record of the file that a user step left half written: (kind, description)."""
    torn = []
    electors = Counter(row[0] for row in db.execute("SELECT vote_id FROM vote_elector"))
    question_tallies = {row[0] for row in db.execute(
        "SELECT vote_id FROM vote_tally WHERE option_id IS NULL AND subgroup_id IS NULL")}
    proposals = dict(db.execute("SELECT id, status FROM proposal"))
    for vote_id, status, closed_at, outcome, present, mode, ballots, proposal_id in db.execute(
            "SELECT id, status, closed_at, outcome, present, mode, ballots, proposal_id FROM vote"):
        if electors[vote_id] != present:
            torn.append(("electorate", f"vote {vote_id}: present={present} but {electors[vote_id]} elector rows"))
        closing = (closed_at is not None, outcome is not None)
        if status == "closed" and closing != (True, True):
            torn.append(("closing", f"vote {vote_id}: closed with closed_at={closed_at} outcome={outcome}"))
        if status == "open" and closing != (False, False):
            torn.append(("closing", f"vote {vote_id}: open with closed_at={closed_at} outcome={outcome}"))
        if status == "closed" and mode == "named" and (vote_id not in question_tallies or ballots is None):
            torn.append(("frozen counts", f"vote {vote_id}: named vote closed without its frozen counts"))
        if status == "closed" and proposal_id is not None and outcome in ("adopted", "rejected", "tie"):
            expected = "adopted" if outcome == "adopted" else "rejected"
            if proposals.get(proposal_id) not in (expected, "replaced"):
                torn.append(("proposal status", f"vote {vote_id}: outcome {outcome} but proposal {proposal_id} is {proposals.get(proposal_id)}"))
    return torn


def lost_steps(db, committed, in_flight):
    """The committed steps whose effect is missing. An update may have been overtaken by a
    later one, committed or in flight, on the same record: the file then holds that value."""
    lost = []
    latest = {}  # (kind, key) -> acceptable values, from the last committed and the in-flight step
    for number, text in committed:
        kind, a = parse_step(text)
        if kind == "checkin":
            latest[("checkin", a["person"])] = ({a["status"]}, number, text, a["meeting"])
        elif kind == "minutes":
            latest[("minutes", a["item"])] = ({a["value"]}, number, text, None)
        elif kind == "proposal":
            if not db.execute("SELECT 1 FROM proposal WHERE id=?", (a["id"],)).fetchone():
                lost.append(text)
        elif kind == "open":
            row = db.execute("SELECT present FROM vote WHERE id=?", (a["vote"],)).fetchone()
            count = db.execute("SELECT count(*) FROM vote_elector WHERE vote_id=?", (a["vote"],)).fetchone()[0]
            if not row or row[0] != int(a["present"]) or count != int(a["present"]):
                lost.append(text)
        elif kind == "ballot":
            if not db.execute("SELECT 1 FROM ballot WHERE vote_id=? AND person_id=? AND choice=?",
                              (a["vote"], a["person"], a["choice"])).fetchone():
                lost.append(text)
        elif kind == "close":
            row = db.execute("SELECT status, outcome, closed_at FROM vote WHERE id=?", (a["vote"],)).fetchone()
            if not row or row[0] != "closed" or row[1] != a["outcome"] or row[2] is None:
                lost.append(text)
    if in_flight:
        kind, a = parse_step(in_flight)
        key = (kind, a.get("person") if kind == "checkin" else a.get("item"))
        if key in latest:
            latest[key][0].add(a.get("status") or a.get("value"))
    for (kind, key), (values, _, text, meeting) in latest.items():
        if kind == "checkin":
            row = db.execute("SELECT status FROM attendance WHERE meeting_id=? AND person_id=?", (meeting, key)).fetchone()
        else:
            row = db.execute("SELECT planned_minutes FROM agenda_item WHERE id=?", (key,)).fetchone()
        if not row or str(row[0]) not in values:
            lost.append(text)
    return lost


def one_kill(args, base, work, rng):
    path = os.path.join(work, "run.quorum")
    for suffix in ("", "-wal", "-shm", ".lock"):
        if os.path.exists(path + suffix):
            os.remove(path + suffix)
    shutil.copyfile(base, path)
    driver = subprocess.Popen([args.driver, path, "--ballots", str(args.ballots)], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True)
    lines = []
    ready = threading.Event()

    def read():
        for raw in driver.stdout:
            lines.append(raw.rstrip("\n"))
            if raw.startswith("READY"):
                ready.set()
        ready.set()

    reader = threading.Thread(target=read)
    reader.start()
    ready.wait(60)
    time.sleep(rng.uniform(0, args.max_delay))
    alive = driver.poll() is None
    if alive:
        driver.send_signal(signal.SIGKILL)
    driver.wait()
    reader.join()
    if not alive:
        sys.exit(f"the driver stopped by itself: {driver.stderr.read().strip()}")

    committed, tried = [], {}
    for line in lines:
        state, _, rest = line.partition(" ")
        if state in ("TRY", "OK"):
            number, _, text = rest.partition(" ")
            if state == "TRY":
                tried[number] = text
            else:
                committed.append((number, text))
                tried.pop(number, None)
    in_flight = next(iter(tried.values()), None)

    check = subprocess.run([args.quorum, "check", path], capture_output=True, text=True)
    db = sqlite3.connect(path)
    try:
        lost = lost_steps(db, committed, in_flight)
        torn = torn_records(db)
    finally:
        db.close()
    return committed, in_flight, lost, torn, check


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--build", default="build", help="build folder holding app/quorum and tools/crashcampaign/crashcampaign")
    parser.add_argument("--kills", type=int, default=200)
    parser.add_argument("--max-delay", type=float, default=3.0, help="seconds: each kill comes after a uniform random delay up to this")
    parser.add_argument("--ballots", type=int, default=10, help="ballots the driver records per vote")
    parser.add_argument("--years", type=int, default=1, help="size of the generated workspace")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--keep", help="folder where the files of failed kills are kept")
    args = parser.parse_args()
    args.quorum = os.path.join(args.build, "app", "quorum")
    args.driver = os.path.join(args.build, "tools", "crashcampaign", "crashcampaign")
    rng = random.Random(args.seed)

    with tempfile.TemporaryDirectory(prefix="quorum-crash-") as work:
        base = os.path.join(work, "base.quorum")
        subprocess.run([args.quorum, "generate", base, "--years", str(args.years), "--seed", str(args.seed)],
                       check=True, capture_output=True)
        db = sqlite3.connect(base)
        baseline = torn_records(db)
        db.close()
        if baseline:
            sys.exit("the generated workspace is torn before any kill:\n" + "\n".join(text for _, text in baseline))

        totals = Counter()
        interrupted = Counter()
        torn_kinds = Counter()
        for kill in range(1, args.kills + 1):
            committed, in_flight, lost, torn, check = one_kill(args, base, work, rng)
            totals["kills"] += 1
            totals["committed"] += len(committed)
            totals["lost"] += len(lost)
            totals["torn records"] += len(torn)
            totals["kills with torn records"] += bool(torn)
            totals["kills with lost steps"] += bool(lost)
            totals["check failures"] += check.returncode != 0
            interrupted[parse_step(in_flight)[0] if in_flight else "(between steps)"] += 1
            for kind, _ in torn:
                torn_kinds[kind] += 1
            if lost or torn or check.returncode != 0:
                print(f"kill {kill}: {len(committed)} committed, in flight: {in_flight}", flush=True)
                for text in lost:
                    print(f"  lost: {text}")
                for _, text in torn:
                    print(f"  torn: {text}")
                if check.returncode != 0:
                    print(f"  quorum check exit {check.returncode}: {check.stderr.strip()}")
                if args.keep:
                    os.makedirs(args.keep, exist_ok=True)
                    for suffix in ("", "-wal"):
                        if os.path.exists(os.path.join(work, "run.quorum" + suffix)):
                            shutil.copyfile(os.path.join(work, "run.quorum" + suffix),
                                            os.path.join(args.keep, f"kill{kill}.quorum{suffix}"))

        print(f"kills: {totals['kills']}")
        print(f"committed steps verified: {totals['committed']}")
        print(f"lost (committed but not in the file): {totals['lost']} in {totals['kills with lost steps']} kills")
        print(f"torn records: {totals['torn records']} in {totals['kills with torn records']} kills")
        print(f"quorum check failures: {totals['check failures']}")
        print("step interrupted by the kill: " + ", ".join(f"{k} {v}" for k, v in interrupted.most_common()))
        if torn_kinds:
            print("torn kinds: " + ", ".join(f"{k} {v}" for k, v in torn_kinds.most_common()))
        failed = totals["lost"] or totals["torn records"] or totals["check failures"]
        return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
