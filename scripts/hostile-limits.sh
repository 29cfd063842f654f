#!/usr/bin/env bash
# Runs mtlint on hostile inputs, each under a memory limit (ulimit -v) and a
# time limit, and fails when one runs out of either or exits with another
# status than expected. Runs given a bound in EXPECT_MB also fail when their
# peak resident memory (python3's getrusage of the finished run) is over it:
# Go reserves gigabytes of address space either way, so ulimit -v cannot
# tell a few hundred megabytes from a thousand. The inputs are made here;
# nothing is downloaded.
#
#   scripts/hostile-limits.sh [MTLINT]     (default: builds ./cmd/mtlint)
#
# The limits are far above what each input needs today (see docs/inputs.md)
# and far below what the quadratic or unbounded paths these inputs once took
# needed, so a return of one of those fails here.
set -uo pipefail
cd "$(dirname "$0")/.."
mem_kb=${MEM_KB:-3000000} # virtual memory per run
secs=${SECS:-90}          # wall time per run (2 busy cores)
bin=${1:-}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if [ -z "$bin" ]; then
  bin=$work/mtlint
  go build -o "$bin" ./cmd/mtlint || exit 1
fi
cd "$work"

python3 - <<'EOF'
import os
w = lambda name, s: open(name, 'w').write(s)
w('dense.txt', 'a  ' * 1_000_000)                                   # 3 MB, two findings a word
w('directives.md', '<!-- mtlint-disable-next-line double-space -->\n' * 5000 + 'It ended  late.\n')
w('longline.txt', ' '.join(['word  word'] * 10000) + '\n')          # 110 KB line, 30,000 findings
w('spans.html', '<span>' * 9999 + '<hr>' * 100000)
w('omitted.html', '<p>Paragraph.\n<li>Item\n' * 15000)
w('links.md', '[a](' * 40000 + '\n')
w('indent.md', ''.join('  ' * i + '- x\n' for i in range(4000)))
w('phrases.yaml', 'boilerplate:\n  phrases:\n' + ''.join(f'    - "phrase number {i} here"\n' for i in range(80000)))
w('short.txt', 'Hello world.\n')
w('hyphens.txt', 'word -other ' * 80000 + '\n')                     # 960 KB of hyphens spaced on one side
w('capitals.txt', 'il dit que Des gens et Des ' * 30000 + '\n')     # 810 KB of capitalised articles, no full stop
po = ['msgid ""\nmsgstr "Language: de\\n"\n']
for i in range(200000):
    po.append(f'msgid "Open the file number {i} now, it has {i+1} pages."\nmsgstr "Öffnen Sie die Datei {i+7} jetzt  , sie hat Seiten.."\n')
w('dense.po', '\n'.join(po))
# A Markdown table of 250,000 rows (12 MB), and one of 120,000 rows whose
# cells escape a pipe inside code, which goldmark reads in time growing with
# the square of such cells in one tree.
w('table.md', '\n'.join(['| a | b | c |', '|---|---|---|'] + [f'| cell {i} text | more words here | {i} |' for i in range(250000)]) + '\n')
w('directive-table.md', '<!-- mtlint-disable double-space -->\n\n' + open('table.md').read())
w('pipes.md', '\n'.join(['| code | text |', '|---|---|'] + [f'| `a \\| b{i}` | cell {i} |' for i in range(120000)]) + '\n')
EOF

pass=0 fail=0
# expect NAME STATUS ARGS...: run mtlint ARGS under the limits; want STATUS.
# EXPECT_SECS overrides the time limit of one run.
expect() {
  local name=$1 want=$2
  shift 2
  local start end got
  start=$(date +%s%N)
  (ulimit -v "$mem_kb"; python3 -c '
import resource, subprocess, sys
code = subprocess.run(sys.argv[2:], stdout=subprocess.DEVNULL).returncode
open(sys.argv[1], "w").write(str(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024))
sys.exit(code if code >= 0 else 128 - code)' "$work/rss" timeout "${EXPECT_SECS:-$secs}" "$bin" "$@" 2>"$work/err")
  got=$?
  end=$(date +%s%N)
  local mb
  mb=$(cat "$work/rss" 2>/dev/null || echo 0)
  if [ "$got" -eq "$want" ] && [ -n "${EXPECT_MB:-}" ] && [ "$mb" -gt "$EXPECT_MB" ]; then
    fail=$((fail + 1))
    printf 'FAIL  %-28s peak RSS %d MB, over %d MB\n' "$name" "$mb" "$EXPECT_MB"
  elif [ "$got" -eq "$want" ]; then
    pass=$((pass + 1))
    printf 'ok    %-28s %6d ms %6d MB\n' "$name" $(((end - start) / 1000000)) "$mb"
  else
    fail=$((fail + 1))
    printf 'FAIL  %-28s exit %d, want %d (124: timeout; a crash: out of memory?)\n' "$name" "$got" "$want"
    head -c 400 "$work/err"
  fi
}

EXPECT_MB=300 expect "dense text json" 0 check --lang en --fail-on never --format json dense.txt
expect "dense text sarif" 0 check --lang en --fail-on never --format sarif dense.txt
expect "dense text html" 0 check --lang en --fail-on never --format html dense.txt
expect "stacked directives" 0 check --lang en directives.md
expect "long line sarif" 0 check --lang en --fail-on never --format sarif longline.txt
expect "long line gitlab" 0 check --lang en --fail-on never --format gitlab longline.txt
expect "long line baseline" 0 check --lang en --write-baseline "$work/b.json" longline.txt
expect "unclosed spans, many hr" 0 check --lang en spans.html
expect "omitted end tags" 0 check --lang en omitted.html
expect "unclosed links (refused)" 2 check --lang en links.md
expect "indented lists (refused)" 2 check --lang en indent.md
EXPECT_SECS=5 expect "half-spaced hyphens" 0 check --lang en --fail-on never --format json hyphens.txt
EXPECT_SECS=5 expect "capitals mid-sentence" 0 check --lang fr --fail-on never --format json capitals.txt
expect "80,000 config phrases" 0 check --lang en --config phrases.yaml short.txt
EXPECT_MB=450 expect "dense PO" 0 check --fail-on never --format json dense.po
EXPECT_MB=450 expect "Markdown table" 0 check --lang en --fail-on never --format json table.md
EXPECT_MB=450 expect "table under a directive" 0 check --lang en --fail-on never --format json directive-table.md
EXPECT_SECS=30 expect "escaped pipes in a table" 0 check --lang en --fail-on never --format json pipes.md
expect "/dev/zero (refused)" 2 check --lang en --max-size 1MB /dev/zero
expect "/dev/zero config (refused)" 2 check --lang en --config /dev/zero short.txt

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
