#!/bin/sh
# bench-throughput.sh: whole-process throughput of `mtlint check` with every
# rule on (language detection included) on news text, next to Vale.
#
# The corpus is built, in a temporary folder, from the MT targets of
# ../shared/eval/mqm-dev.tsv (English: zh-en targets; German: en-de targets),
# one article a file; it is not ours to commit. Reports:
#   1. ~200 KB of English: mtlint (--lang en, and the language detected) and
#      Vale side by side, wall time on all cores (hyperfine medians);
#   2. MB/s per core: the English and German targets, 8 copies (~2.7 MB
#      each), with GOMAXPROCS=1, mtlint and Vale;
#   3. peak RSS as the input grows: 1, 4 and 16 copies of the English targets.
#
# Needs hyperfine (apt-get install -y hyperfine), GNU time (/usr/bin/time),
# python3, and Vale 3.22.0 for the comparison:
#   go install github.com/vale-cli/vale/v3/cmd/vale@v3.22.0
# (newer tags do not build here); VALE=/path/to/vale picks another binary.
# Vale runs with its built-in style only (spelling, repetition, terms): the
# set-up a user gets from `BasedOnStyles = Vale`.
# Usage: scripts/bench-throughput.sh [MQM.tsv]   (RUNS=10 by default)
set -eu
cd "$(dirname "$0")/.."
tsv=${1:-../shared/eval/mqm-dev.tsv}
runs=${RUNS:-10}
[ -f "$tsv" ] || { echo "no evaluation data at $tsv" >&2; exit 2; }
vale=${VALE:-$(command -v vale || echo "$(go env GOPATH)/bin/vale")}
if ! "$vale" --version >/dev/null 2>&1; then
	echo "Vale not found: go install github.com/vale-cli/vale/v3/cmd/vale@v3.22.0 (or set VALE)" >&2
	vale=""
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
go build -o "$tmp/mtlint" ./cmd/mtlint
go build -o "$tmp/mtlint-eval" ./cmd/mtlint-eval
m="$tmp/mtlint"
printf '[*]\nBasedOnStyles = Vale\n' >"$tmp/vale.ini"
corpus() { # DIR LP COPIES [MAX-BYTES]
	mkdir -p "$1"
	"$tmp/mtlint-eval" --corpus "$1" --lp "$2" --copies "$3" --max-bytes "${4:-0}" "$tsv"
}
size() { cat "$1"/*.txt | wc -c; }

echo "== 1. ~200 KB of English news, all cores (median of $runs runs)"
corpus "$tmp/en200" zh-en 1 200000
set -- -n "mtlint --lang en" "$m check --lang en --format line $tmp/en200" \
	-n "mtlint (language detected)" "$m check --format line $tmp/en200"
[ -n "$vale" ] && set -- "$@" -n "vale" "$vale --config $tmp/vale.ini --output line $tmp/en200"
# Both exit 1 when they report an error: -i ignores exit codes.
hyperfine -N -i --warmup 2 --runs "$runs" --export-json "$tmp/h1.json" "$@" >/dev/null
python3 - "$tmp/h1.json" "$(size "$tmp/en200")" <<'PY'
import json, sys
n = int(sys.argv[2])
for r in json.load(open(sys.argv[1]))["results"]:
    print("  %-28s median %6.1f ms  %5.2f MB/s" % (r["command"], r["median"] * 1e3, n / r["median"] / 1e6))
PY

echo
echo "== 2. per core (GOMAXPROCS=1), 8 copies of the targets (median of $runs runs)"
corpus "$tmp/en8" zh-en 8
corpus "$tmp/de8" en-de 8
set -- -n "mtlint en" "$m check --lang en --format line $tmp/en8" \
	-n "mtlint en, language detected" "$m check --format line $tmp/en8" \
	-n "mtlint de" "$m check --lang de --format line $tmp/de8"
[ -n "$vale" ] && set -- "$@" -n "vale en" "$vale --config $tmp/vale.ini --output line $tmp/en8"
GOMAXPROCS=1 hyperfine -N -i --warmup 1 --runs "$runs" --export-json "$tmp/h2.json" "$@" >/dev/null
python3 - "$tmp/h2.json" "$(size "$tmp/en8")" "$(size "$tmp/de8")" <<'PY'
import json, sys
en, de = int(sys.argv[2]), int(sys.argv[3])
for r in json.load(open(sys.argv[1]))["results"]:
    n = de if r["command"].endswith(" de") else en
    print("  %-30s %5.1f MB  median %6.2f s  %5.2f MB/s per core" % (r["command"], n / 1e6, r["median"], n / r["median"] / 1e6))
PY

echo
echo "== 3. peak RSS as the input grows (largest of 3 runs)"
for copies in 1 4 16; do
	corpus "$tmp/en$copies-rss" zh-en "$copies" >/dev/null
	best=0
	for _ in 1 2 3; do
		kb=$(/usr/bin/time -f %M "$m" check --lang en --format line "$tmp/en$copies-rss" 2>&1 >/dev/null | tail -n1)
		[ "$kb" -gt "$best" ] && best=$kb
	done
	printf '  %2d copies  %6.1f MB of text  %6.1f MB peak RSS\n' "$copies" \
		"$(size "$tmp/en$copies-rss" | awk '{print $1/1e6}')" "$(echo "$best" | awk '{print $1/1024}')"
	rm -rf "$tmp/en$copies-rss"
done
