#!/bin/sh
# bench-cold.sh: whole-process cold start of mtlint's language detection on
# the ~1,300-word example article (target en, source de, candidates fr, es,
# it), next to lingua-go used naively (en+de, high accuracy, one detection a
# paragraph). Needs hyperfine (apt-get install -y hyperfine) and GNU time
# (/usr/bin/time) and python3 (to read hyperfine's JSON). Usage: scripts/bench-cold.sh [ARTICLE]
set -eu
cd "$(dirname "$0")/.."
article=${1:-testdata/examples/article-en.txt}
bin=$(mktemp -d)
trap 'rm -rf "$bin"' EXIT
go build -o "$bin/mtlint" ./cmd/mtlint
# The naive baseline is a module of its own (it needs all of lingua-go).
(cd internal/bench/naive && go build -o "$bin/naive" .)

mtlint="$bin/mtlint check --lang en --source-lang de --candidates fr,es,it --format line $article"
# The worst case: leftovers in all three extra candidates make every model
# load (the word gate loads only what a block could be confirmed in).
worst="$bin/worst.txt"
cp "$article" "$worst"
cat >>"$worst" <<'TXT'

Les habitants du quartier ont dénoncé une décision prise sans aucune concertation avec eux.

Los vecinos del barrio criticaron una decisión que se tomó sin ninguna consulta con ellos.

Gli abitanti del quartiere hanno criticato una decisione presa senza alcuna consultazione con loro.
TXT
mtlint5="$bin/mtlint check --lang en --source-lang de --candidates fr,es,it --format line $worst"
rules="$bin/mtlint check --lang en --disable untranslated,wrong-language,garbled --format line $article"
naive="$bin/naive $article"

# mtlint exits 1 when it reports an error: -i ignores exit codes.
hyperfine -N -i --warmup 3 --runs "${RUNS:-50}" --export-json "$bin/result.json" \
	-n mtlint "$mtlint" -n "mtlint, 5 models loaded" "$mtlint5" \
	-n "mtlint, no language rules" "$rules" -n "naive lingua" "$naive" >/dev/null
echo "wall time (ms):"
python3 - "$bin/result.json" <<'PY'
import json, sys
for r in json.load(open(sys.argv[1]))["results"]:
    print("  %-27s median %7.1f  min %7.1f  mean %7.1f" % (r["command"], r["median"] * 1e3, r["min"] * 1e3, r["mean"] * 1e3))
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
# shellcheck disable=SC2086
printf '  mtlint                    %s\n' "$(rss $mtlint | awk '{printf "%.1f", $1/1024}')"
# shellcheck disable=SC2086
printf '  mtlint, 5 models loaded   %s\n' "$(rss $mtlint5 | awk '{printf "%.1f", $1/1024}')"
# shellcheck disable=SC2086
printf '  mtlint, no language rules %s\n' "$(rss $rules | awk '{printf "%.1f", $1/1024}')"
# shellcheck disable=SC2086
printf '  naive lingua              %s\n' "$(rss $naive | awk '{printf "%.1f", $1/1024}')"
