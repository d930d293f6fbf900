"""Helpers shared by the synthetic sweeps (lexicon_sweep.py, name_sweep.py):
reading the project's word lists, deterministic samples, and feeding rows
to build/tests/scrub_spans."""
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def read_lines(path):
    with open(path, encoding="utf-8") as f:
        return [l.rstrip("\n") for l in f if l.strip() and not l.startswith("#")]


def every(words, k):
    """Every k-th word: a deterministic sample, no randomness."""
    return words[::k] if k > 1 else words


def row_tokens(row):
    toks = set()
    for v in row:
        toks |= {t.lower() for t in re.findall(r"\w+", v)}
    return toks


def run_spans(scrub, rows, recall_first=False, tsv=None, who="sweep"):
    """Feed (row fields, text) pairs to scrub_spans; one list of
    (start, end, kind) byte spans per pair."""
    feed = "".join("\t".join(list(r) + [t, ""]) + "\n" for r, t in rows)
    if tsv:
        with open(tsv, "w", encoding="utf-8") as f:
            f.write(feed)
    cmd = [scrub] + (["-r"] if recall_first else [])
    out = subprocess.run(cmd, input=feed.encode("utf-8"), stdout=subprocess.PIPE,
                         check=True).stdout.decode().splitlines()
    if len(out) != len(rows):
        sys.exit("%s: %d lines out for %d in" % (who, len(out), len(rows)))
    spans = []
    for line in out:
        cur = []
        for sp in filter(None, line.split(",")):
            st, en, kind = sp.split(":", 2)
            cur.append((int(st), int(en), kind))
        spans.append(cur)
    return spans
