#!/bin/sh
# l10n-vs-pofilter.sh: mtlint and Translate Toolkit's pofilter side by side on
# a folder of real PO and XLIFF files (default ../shared/eval/l10n): flags per
# 1,000 units on the files as they are, and the recall of errors planted into
# copies (one known error in every other unit, by kind), each tool scored by
# the checks whose job the kind is.
#
# Not part of CI: it needs pofilter (Debian's translate-toolkit, run with the
# system Python that package installs into) and the corpus, which is read at
# run time only.
#
#   scripts/l10n-vs-pofilter.sh [DIR]
set -eu

dir=${1:-../shared/eval/l10n}
command -v pofilter >/dev/null || { echo "l10n-vs-pofilter: pofilter not found (apt-get install translate-toolkit)" >&2; exit 2; }
pofilter_python=$(head -1 "$(command -v pofilter)" | sed 's/^#! *//')

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

go run ./cmd/mtlint-eval --l10n --plant-out "$work/planted" --json "$dir" >"$work/mtlint.json"

# pofilter writes the units that fail a check, each with the checks' names in
# a comment (PO) or a note (XLIFF).
run_pofilter() { # IN OUT
	mkdir -p "$(dirname "$2")"
	pofilter --progress=none -i "$1" -o "$2" >/dev/null 2>"$2.err" || true
}
find "$dir" -type f \( -name '*.po' -o -name '*.xlf' -o -name '*.xliff' \) | sort | while read -r f; do
	run_pofilter "$f" "$work/pofilter/original/${f#"$dir"/}"
done
for kind in "$work"/planted/*/; do
	kind=$(basename "$kind")
	find "$work/planted/$kind" -type f \( -name '*.po' -o -name '*.xlf' \) | sort | while read -r f; do
		run_pofilter "$f" "$work/pofilter/$kind/${f#"$work/planted/$kind"/}"
	done
done

"$pofilter_python" - "$dir" "$work" <<'PY'
import json, os, sys
import xml.etree.ElementTree as ET
from translate.storage import factory

corpus, work = sys.argv[1], sys.argv[2]

# The pofilter checks whose job each planted kind is.
KIND_TESTS = {
    "number-changed": {"numbers"},
    "placeholder-dropped": {"printf", "variables", "pythonbraceformat"},
    "placeholder-renamed": {"printf", "variables", "pythonbraceformat"},
    "untranslated": {"unchanged"},
    "untranslated-markup": {"unchanged"},
    "url-changed": {"urls", "emails"},
    "empty-target": {"untranslated", "blank"},
    "end-punctuation-dropped": {"endpunc"},
    "tag-dropped": {"xmltags"},
    "xliff-g-dropped": {"xmltags"},
    "xliff-x-dropped": {"xmltags"},
    "xliff2-pc-dropped": {"xmltags"},
}

def failures(path):
    """Map each failing unit's key to the names of the checks it failed."""
    out = {}
    if not os.path.exists(path) or os.path.getsize(path) == 0:
        return out
    if not path.endswith(".po"):
        # pofilter writes XLIFF 1.2 units under an XLIFF 1.1 root, which
        # its own reader then does not see: read the elements directly.
        for el in ET.parse(path).iter():
            if el.tag.endswith("trans-unit") or el.tag.endswith("}unit"):
                out[el.get("id")] = {
                    (n.text or "").split(":", 1)[0].strip()
                    for n in el.iter() if n.tag.endswith("note") and n.get("from") == "pofilter"
                }
        return out
    store = factory.getobject(path)
    for u in store.units:
        if u.isheader():
            continue
        notes = ""
        for origin in ("translator", "pofilter"):
            try:
                notes += (u.getnotes(origin) or "") + "\n"
            except ValueError:
                pass  # PO has no "pofilter" origin: its notes are translator comments
        tests = set()
        for line in notes.splitlines():
            line = line.strip()
            if line.startswith("(pofilter)"):
                line = line[len("(pofilter)"):].strip()
            name = line.split(":", 1)[0].strip()
            if name and ":" in line and " " not in name:
                tests.add(name)
        if path.endswith(".po"):
            key = (u.getcontext() or "", str(u.source))
        else:
            key = u.getid().split("\x04")[-1]
        out[key] = tests
    return out

def parse_error(path):
    err = path + ".err"
    return os.path.exists(err) and os.path.getsize(err) > 0 and not os.path.exists(path)

mt = json.load(open(os.path.join(work, "mtlint.json")))
units = mt["units"]

flagged, flagged_nofuzzy, by_test = 0, 0, {}
for root, _, files in os.walk(os.path.join(work, "pofilter", "original")):
    for f in files:
        if f.endswith(".err"):
            continue
        for tests in failures(os.path.join(root, f)).values():
            flagged += 1
            if tests - {"isfuzzy"}:
                flagged_nofuzzy += 1
            for t in tests:
                by_test[t] = by_test.get(t, 0) + 1
print(f"{units} units; mtlint: {mt['flags']} flags on {mt['flagged_units']} units "
      f"({1000 * mt['flags'] / units:.1f} per 1,000 units)")
print(f"pofilter: {flagged} units flagged ({1000 * flagged / units:.1f} per 1,000 units; "
      f"{1000 * flagged_nofuzzy / units:.1f} without isfuzzy)")
print("pofilter flags by check:", ", ".join(f"{t} {n}" for t, n in sorted(by_test.items(), key=lambda x: -x[1])))
print()
print(f"{'planted kind':<24} {'units':>6} {'mtlint %':>9} {'pofilter %':>11} {'pofilter any %':>15}")
for kind, tests in KIND_TESTS.items():
    key_path = os.path.join(work, "planted", kind, "key.json")
    if not os.path.exists(key_path):
        continue
    key = json.load(open(key_path)) or []
    planted = [k for k in key if k["planted"]]
    right = anyc = 0
    unreadable = False
    cache = {}
    for k in planted:
        out = os.path.join(work, "pofilter", kind, k["file"])
        if out not in cache:
            unreadable = unreadable or parse_error(out)
            cache[out] = failures(out)
        fails = cache[out]
        if k["file"].endswith(".po"):
            got = fails.get((k.get("context", ""), k["source"]), set())
        else:
            got = fails.get(k["id"], set())
        right += bool(got & tests)
        anyc += bool(got - {"isfuzzy"})
    mk = mt["kinds"][kind]
    n = len(planted)
    pf = "n/a" if unreadable and right == 0 else f"{100 * right / max(1, n):.1f}"
    pa = "n/a" if unreadable and anyc == 0 else f"{100 * anyc / max(1, n):.1f}"
    print(f"{kind:<24} {n:>6} {mk['recall']:>9.1f} {pf:>11} {pa:>15}")
PY
