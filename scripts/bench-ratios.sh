#!/bin/sh
# bench-ratios.sh: mtlint next to Vale and next to the floor (reading the
# bytes and counting words, `wc -w`), on one core, with every rule on:
# English and German news as one file and as a folder of articles, at about
# 1, 5 and 20 MB. For each it prints the CPU time (user + system, the least of
# RUNS runs), MB per CPU-second, mtlint's CPU as a multiple of Vale's and of
# the floor's (when the floor takes long enough to time), and peak RSS; then instruction counts (callgrind) at 1 MB,
# where the noise of a shared machine does not reach them.
#
# The text is built, in a temporary folder, from the MT targets of
# ../shared/eval/mqm-dev.tsv (English: zh-en, German: en-de), repeated to
# reach each size (so duplicate-paragraph reports the repeats, as it would in
# such a file); it is not ours to commit.
#
# Needs python3; Vale 3.22.0 for its column
# (go install github.com/vale-cli/vale/v3/cmd/vale@v3.22.0, or VALE=path);
# valgrind for instructions. Vale runs with its built-in style only
# (`BasedOnStyles = Vale`), as in bench-throughput.sh.
#
# Usage: scripts/bench-ratios.sh [MQM.tsv]     RUNS=3 SIZES="1 5 20" by default
set -eu
cd "$(dirname "$0")/.."
tsv=${1:-../shared/eval/mqm-dev.tsv}
runs=${RUNS:-3}
sizes=${SIZES:-1 5 20}
[ -f "$tsv" ] || { echo "no evaluation data at $tsv" >&2; exit 2; }
vale=${VALE:-$(command -v vale || echo "$(go env GOPATH)/bin/vale")}
"$vale" --version >/dev/null 2>&1 || { echo "Vale not found: its column is left empty" >&2; vale=""; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
go build -o "$tmp/mtlint" ./cmd/mtlint
go build -o "$tmp/mtlint-eval" ./cmd/mtlint-eval
printf '[*]\nBasedOnStyles = Vale\n' >"$tmp/vale.ini"

# cpu CMD...: the least user+system seconds of $runs runs, and the largest
# peak RSS in KB, as "SECONDS KB". python3's getrusage of each finished run
# gives microseconds (GNU time prints hundredths, too coarse for a run of a
# tenth of a second).
cpu() {
	GOMAXPROCS=1 python3 - "$runs" "$@" <<'PY'
import resource, subprocess, sys
runs, cmd = int(sys.argv[1]), sys.argv[2:]
best, rss = None, 0
for _ in range(runs):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    s = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    best = s if best is None else min(best, s)
    rss = max(rss, after.ru_maxrss)
print("%.4f %d" % (best, rss))
PY
}

printf '%-22s %7s | %-22s | %-22s | %-14s | %7s %7s\n' "input" "MB" "mtlint s  MB/s  RSS" "vale s  MB/s  RSS" "wc -w s" "x vale" "x floor"
for lang in en de; do
	lp=zh-en
	[ "$lang" = de ] && lp=en-de
	for mb in $sizes; do
		dir="$tmp/$lang$mb"
		# One set of targets is about 0.34 MB (English) or 0.30 MB (German).
		copies=$(awk -v mb="$mb" 'BEGIN {c = int(mb / 0.3) + 1; print c}')
		mkdir -p "$dir"
		"$tmp/mtlint-eval" --corpus "$dir" --lp "$lp" --copies "$copies" --max-bytes "$((mb * 1000000))" "$tsv" >/dev/null
		cat "$dir"/*.txt >"$tmp/$lang$mb.txt"
		for shape in file folder; do
			in="$tmp/$lang$mb.txt"
			[ "$shape" = folder ] && in=$dir
			n=$(cat "$tmp/$lang$mb.txt" | wc -c)
			set -- $(cpu "$tmp/mtlint" check --lang "$lang" --format json --fail-on never "$in")
			ms=$1 mk=$2
			vs="" vk=""
			if [ -n "$vale" ]; then
				set -- $(cpu "$vale" --config "$tmp/vale.ini" --output line "$in")
				vs=$1 vk=$2
			fi
			if [ "$shape" = folder ]; then
				set -- $(cpu sh -c "cat $in/*.txt | wc -w")
			else
				set -- $(cpu wc -w "$in")
			fi
			fs=$1
			python3 - "$lang $shape" "$n" "$ms" "$mk" "$vs" "$vk" "$fs" <<'PY'
import sys
name, n, ms, mk, vs, vk, fs = sys.argv[1:]
n, ms, mk, fs = int(n) / 1e6, float(ms), int(mk) / 1024, float(fs)
col = lambda s, k: "%6.3f %5.2f %5.0f MB" % (s, n / s if s else 0, k) if s else "%22s" % ""
v = col(float(vs), int(vk) / 1024) if vs else "%22s" % "-"
xv = "%7.2f" % (ms / float(vs)) if vs else "%7s" % "-"
# A floor under 0.01 s is mostly starting a process: it gives no ratio
# (the instruction counts below give it).
xf = "%7.1f" % (ms / fs) if fs >= 0.01 else "%7s" % "-"
print("%-22s %7.1f | %s | %s | %6.3f         | %s %s" % (name, n, col(ms, mk), v, fs, xv, xf))
PY
		done
		[ "$mb" -gt 1 ] && rm -rf "$dir" "$tmp/$lang$mb.txt"
	done
done

if command -v valgrind >/dev/null; then
	echo
	echo "instructions at 1 MB, one file (callgrind, GOMAXPROCS=1, millions; per byte):"
	count() {
		GODEBUG=asyncpreemptoff=1 GOMAXPROCS=1 valgrind --tool=callgrind --callgrind-out-file=/dev/null "$@" 2>&1 >/dev/null |
			sed -n 's/.*Collected : //p'
	}
	for lang in en de; do
		f="$tmp/${lang}1.txt"
		[ -f "$f" ] || continue
		n=$(wc -c <"$f")
		m=$(count "$tmp/mtlint" check --lang "$lang" --format json --fail-on never "$f")
		w=$(count wc -w "$f")
		v=""
		[ -n "$vale" ] && v=$(count "$vale" --config "$tmp/vale.ini" --output line "$f")
		python3 - "$lang" "$n" "$m" "$w" "${v:-0}" <<'PY'
import sys
lang, n, m, w, v = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])
vale = "vale %6.0f M (%5.0f/B)  mtlint/vale %.2f" % (v / 1e6, v / n, m / v) if v else "vale -"
print("  %s: mtlint %6.0f M (%5.0f/B)  wc -w %5.0f M (%4.0f/B)  mtlint/floor %5.1f  %s" % (lang, m / 1e6, m / n, w / 1e6, w / n, m / w, vale))
PY
	done
fi
