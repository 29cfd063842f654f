#!/bin/sh
# bench-cold.sh: whole-process cold start of mtlint's language detection on
# the ~1,300-word example article (target en, source de, candidates fr, es,
# it), next to lingua-go used naively (en+de, high accuracy, one detection a
# paragraph). Needs hyperfine (apt-get install -y hyperfine) and GNU time
# (/usr/bin/time) and python3 (to read hyperfine's JSON); with valgrind
# installed it also counts instructions (callgrind, one core).
#
# Usage: scripts/bench-cold.sh [ARTICLE]
# BASELINE=REV (a git revision) also builds mtlint at REV and measures it
# in the same runs, so that a change is compared under the same load.
set -eu
cd "$(dirname "$0")/.."
article=${1:-testdata/examples/article-en.txt}
bin=$(mktemp -d)
trap 'rm -rf "$bin"' EXIT
go build -o "$bin/mtlint" ./cmd/mtlint
# The naive baseline is a module of its own (it needs all of lingua-go).
(cd internal/bench/naive && go build -o "$bin/naive" .)
if [ -n "${BASELINE:-}" ]; then
	mkdir "$bin/base"
	git archive "$BASELINE" | tar -x -C "$bin/base"
	(cd "$bin/base" && go build -o "$bin/mtlint-base" ./cmd/mtlint)
fi

# The worst case: leftovers in all three extra candidates make every model
# load (the word gate loads only what a block could be confirmed in).
worst="$bin/worst.txt"
cp "$article" "$worst"
cat >>"$worst" <<'TXT'

Les habitants du quartier ont dénoncé une décision prise sans aucune concertation avec eux.

Los vecinos del barrio criticaron una decisión que se tomó sin ninguna consulta con ellos.

Gli abitanti del quartiere hanno criticato una decisione presa senza alcuna consultazione con loro.
TXT
args="check --lang en --source-lang de --candidates fr,es,it --format line $article"
args5="check --lang en --source-lang de --candidates fr,es,it --format line $worst"
argsNoLang="check --lang en --disable untranslated,wrong-language,garbled --format line $article"

# Each case as NAME|COMMAND, the baseline's next to the current build's.
cases="mtlint|$bin/mtlint $args
mtlint, 5 models loaded|$bin/mtlint $args5
mtlint, no language rules|$bin/mtlint $argsNoLang"
if [ -n "${BASELINE:-}" ]; then
	cases="$cases
$BASELINE: mtlint|$bin/mtlint-base $args
$BASELINE: 5 models loaded|$bin/mtlint-base $args5
$BASELINE: no language rules|$bin/mtlint-base $argsNoLang"
fi

set --
while IFS='|' read -r name cmd; do
	set -- "$@" -n "$name" "$cmd"
done <<EOC
$cases
EOC
# mtlint exits 1 when it reports an error: -i ignores exit codes.
hyperfine -N -i --warmup 3 --runs "${RUNS:-50}" --export-json "$bin/result.json" \
	"$@" -n "naive lingua" "$bin/naive $article" >/dev/null
echo "wall time (ms):"
python3 - "$bin/result.json" <<'PY'
import json, sys
for r in json.load(open(sys.argv[1]))["results"]:
    print("  %-34s median %7.1f  min %7.1f  mean %7.1f" % (r["command"], r["median"] * 1e3, r["min"] * 1e3, r["mean"] * 1e3))
PY

rss() {
	best=""
	for _ in 1 2 3 4 5; do
		kb=$(/usr/bin/time -f %M "$@" 2>&1 >/dev/null | tail -n1)
		best=$(printf '%s\n%s\n' "$kb" "$best" | sort -n | sed -n '$p')
	done
	echo "$best"
}
echo
echo "peak RSS (largest of 5 runs, MB):"
while IFS='|' read -r name cmd; do
	# shellcheck disable=SC2086
	printf '  %-34s %s\n' "$name" "$(rss $cmd | awk '{printf "%.1f", $1/1024}')"
done <<EOC
$cases
naive lingua|$bin/naive $article
EOC

if command -v valgrind >/dev/null; then
	# callgrind needs Go's asynchronous preemption off; one core keeps the
	# counts from depending on how goroutines interleave (the garbage
	# collector still moves them by a few per cent).
	echo
	echo "instructions (callgrind, GOMAXPROCS=1, millions):"
	while IFS='|' read -r name cmd; do
		# shellcheck disable=SC2086
		n=$(GODEBUG=asyncpreemptoff=1 GOMAXPROCS=1 valgrind --tool=callgrind \
			--callgrind-out-file=/dev/null $cmd 2>&1 >/dev/null |
			sed -n 's/.*Collected : //p')
		printf '  %-34s %s\n' "$name" "$(echo "$n" | awk '{printf "%.0f", $1/1e6}')"
	done <<EOC
$cases
EOC
fi
