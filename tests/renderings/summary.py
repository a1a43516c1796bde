"""What each family's check.py records of every rendering it checks, for the ctests
(fixed_matrix.py) and the random runs (random_runs.py): `--summary FILE` writes it as JSON, and
`--seeds N,N` checks those seeds of the generator (the replay of a random rendering). The
comparison stays each family's own: this module only counts what it prints and returns."""
import contextlib
import io
import json
import random
import re
import subprocess
import sys
import time
import traceback

# the line tests/extract/field_check.py (and relazione2025/check.py) prints per rendering
# and, after it, how many fields of rows pira warned it could not split were read as one name
# (field_check.read_as_one_name)
COUNTS = re.compile(r": (-?\d+)/(\d+) indicators, (\d+)/(\d+) fields(?: right, (\d+) of them as one name)?")


def numbers(m):
    """COUNTS' match as (found, expected, right, total, fields read as one name)."""
    return tuple(int(x) if x else 0 for x in m.groups())
SHOWN = 8  # differences kept per rendering


def add_options(ap):
    ap.add_argument("--summary", metavar="FILE", help="write what was measured as JSON")
    ap.add_argument("--seeds", metavar="N,N", help="check these generator seeds (a replay)")


def seeds(a):
    """The generator seeds to check: --seeds, or --random K drawn from --seed S (printed)."""
    if a.seeds:
        return [int(s) for s in a.seeds.split(",")]
    s = a.seed if a.seed is not None else int(time.time())
    print("random seeds drawn from --seed %d" % s, flush=True)
    rng = random.Random(s)
    return [rng.randrange(1, 10 ** 6) for _ in range(a.random)]


def wants_seeds(a):
    return bool(a.random or a.seeds)


def rendered(render):
    """Calls render(); None if it made its PDF, else why not (a producer that cannot run here,
    as groff without ghostscript's fonts), printed."""
    try:
        render()
        return None
    except (Exception, SystemExit) as e:  # noqa: BLE001  any producer's failure is reported
        if isinstance(e, subprocess.CalledProcessError):
            why = "%s: exit %s %s" % (e.cmd[0], e.returncode, (e.stderr or b"")[-300:])
        else:
            why = str(e) or traceback.format_exc(limit=1)
        why = " ".join(_cause(str(why)).split())[:300]
        print("  not rendered: %s" % why, flush=True)
        return why


def _cause(text):
    """A producer's message without its warnings (groff prints hundreds before its error)."""
    lines = [x for x in text.splitlines() if x.strip()]
    kept = [x for x in lines if "warning" not in x and "table wider" not in x]
    if not lines or len(kept) == len(lines):
        return text
    return lines[0].split(":", 1)[0] + ": " + " / ".join(kept[-2:] or lines[-1:])


class _Tee(io.TextIOBase):
    def __init__(self, out):
        self.out, self.kept = out, io.StringIO()

    def write(self, s):
        self.kept.write(s)
        return self.out.write(s)

    def flush(self):
        self.out.flush()


def counted(compare):
    """Calls compare() (a comparison that prints `NAME: f/e indicators, r/t fields`), letting
    what it prints through; returns (its result, (found, expected, right, total) or None)."""
    tee = _Tee(sys.stdout)
    with contextlib.redirect_stdout(tee):
        result = compare()
    m = COUNTS.search(tee.kept.getvalue())
    return result, numbers(m) if m else None


def condensed(failure):
    """A difference as kept: pira's refusal (its exit, then all its stderr) shortened to the
    exit, its first error and its closing summary, without the PDF's path."""
    lines = [x for x in failure.split("\n") if x.strip()]
    if len(lines) < 2:
        return failure[:1500]
    error = next((x for x in lines[1:-1] if "errore:" in x), None)
    kept = [lines[0]] + ([error] if error else []) + [lines[-1]]
    return "\n".join(x.split(": ", 1)[-1] if x.startswith("/") else x for x in kept)[:1500]


def refusal(e):
    """Why nothing was extracted: pira's exit and its first error line, without the PDF's path."""
    lines = e["differences"][0].split("\n") if e["differences"] else ["?"]
    error = next((x for x in lines[1:] if "errore" in x), "")
    return lines[0].split(": ", 1)[-1] + (", " + error.strip()[:160] if error else "")


class Summary:
    """The renderings checked, one entry each; written by write() when --summary was given."""

    def __init__(self, path, family, expected, fields):
        self.path, self.family = path, family
        self.expected, self.fields = expected, fields
        self.entries = []

    def add(self, name, producer, counts=None, failures=(), not_rendered=None, seed=None):
        """counts: (found, expected, right, total[, fields read as one name]), None when pira
        wrote nothing (all 0)."""
        found, _, right, total = (counts or (0, self.expected, 0, self.fields))[:4]
        as_one = counts[4] if counts and len(counts) > 4 else 0
        failures = list(failures) or ([] if counts else ["nothing extracted"])
        self.entries.append({
            "name": name, "producer": producer, "seed": seed, "rendered": not not_rendered,
            "not_rendered": not_rendered, "extracted": counts is not None,
            "found": found, "expected": self.expected, "right": right, "total": total,
            "as_one_name": as_one,
            "whole": not not_rendered and not failures,
            "all_found": bool(counts) and found == self.expected,
            "differences": [condensed(f) for f in failures[:SHOWN]],
            "n_differences": len(failures)})

    def write(self):
        if self.path:
            with open(self.path, "w", encoding="utf-8") as f:
                json.dump({"family": self.family, "renderings": self.entries}, f,
                          ensure_ascii=False, indent=1)
