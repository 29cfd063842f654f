#!/bin/sh
# bench-memory.sh: peak RSS of `mtlint check --format json` on large single
# files of every kind, next to the input's size: an ordinary article of about
# 20 MB as plain text, Markdown and HTML (the MT targets of
# ../shared/eval/mqm-dev.tsv, repeated; not ours to commit), and the
# findings-dense and shape-heavy inputs hostile-limits.sh bounds in time: 15 MB
# of "a  " (two findings a word), a 25 MB PO file and a 35 MB XLIFF 1.2 file
# whose every unit has findings, a Markdown table of 250,000 rows. Each is run RUNS times (3 by
# default); the table gives the largest peak RSS, its multiple of the input
# size and the median wall time.
#
# Usage: scripts/bench-memory.sh [MQM.tsv]     (needs GNU time and python3)
# BASELINE=REV also builds mtlint at git revision REV and measures it beside.
set -eu
cd "$(dirname "$0")/.."
tsv=${1:-../shared/eval/mqm-dev.tsv}
runs=${RUNS:-3}
[ -f "$tsv" ] || { echo "no evaluation data at $tsv" >&2; exit 2; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
go build -o "$tmp/mtlint" ./cmd/mtlint
go build -o "$tmp/mtlint-eval" ./cmd/mtlint-eval
bins="$tmp/mtlint"
if [ -n "${BASELINE:-}" ]; then
	mkdir "$tmp/base"
	git archive "$BASELINE" | tar -x -C "$tmp/base"
	(cd "$tmp/base" && go build -o "$tmp/mtlint-base" ./cmd/mtlint)
	bins="$bins $tmp/mtlint-base"
fi
mkdir "$tmp/corpus"
"$tmp/mtlint-eval" --corpus "$tmp/corpus" --lp zh-en --copies 60 --max-bytes 20000000 "$tsv" >/dev/null
cat "$tmp/corpus"/*.txt >"$tmp/article.txt"
rm -rf "$tmp/corpus"
python3 - "$tmp" <<'EOF'
import sys
d = sys.argv[1]
art = open(d + '/article.txt').read()
open(d + '/article.md', 'w').write(art)
paras = [p for p in art.split('\n') if p.strip()]
open(d + '/article.html', 'w').write('<html><body>' + ''.join('<p>' + p + '</p>\n' for p in paras) + '</body></html>')
open(d + '/dense.txt', 'w').write('a  ' * 5_000_000)
rows = ['| a | b | c |', '|---|---|---|'] + [f'| cell {i} text | more words here | {i} |' for i in range(250000)]
open(d + '/table.md', 'w').write('\n'.join(rows) + '\n')
po = ['msgid ""\nmsgstr "Language: de\\n"\n']
for i in range(200000):
    po.append(f'msgid "Open the file number {i} now, it has {i+1} pages."\nmsgstr "Öffnen Sie die Datei {i+7} jetzt  , sie hat Seiten.."\n')
open(d + '/dense.po', 'w').write('\n'.join(po))
xlf = ['<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2"><file source-language="en" target-language="de" datatype="plaintext" original="x"><body>']
for i in range(200000):
    xlf.append(f'<trans-unit id="u{i}"><source>Open the file number {i} now, it has {i+1} pages.</source><target>Öffnen Sie die Datei {i+7} jetzt  , sie hat Seiten..</target></trans-unit>')
xlf.append('</body></file></xliff>')
open(d + '/dense.xlf', 'w').write('\n'.join(xlf) + '\n')
EOF
printf '%-14s %-8s %8s %10s %8s %8s\n' input binary MB "peak RSS" multiple "wall s"
for f in article.txt article.md article.html dense.txt dense.po dense.xlf table.md; do
	lang="--lang en"
	case $f in dense.po | dense.xlf) lang="" ;; esac
	for bin in $bins; do
		name=current
		[ "$bin" = "$tmp/mtlint-base" ] && name=$BASELINE
		rss=0
		walls=""
		for _ in $(seq "$runs"); do
			# shellcheck disable=SC2086
			out=$(/usr/bin/time -f '%M %e' "$bin" check $lang --fail-on never --format json "$tmp/$f" 2>&1 >/dev/null | tail -n1)
			kb=${out% *}
			[ "$kb" -gt "$rss" ] && rss=$kb
			walls="$walls ${out#* }"
		done
		python3 - "$f" "$name" "$(wc -c <"$tmp/$f")" "$rss" "$walls" <<'EOF'
import sys, statistics
f, name, size, rss, walls = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), [float(w) for w in sys.argv[5].split()]
print('%-14s %-8s %8.1f %7.0f MB %7.1fx %8.2f' % (f, name[:8], size / 1e6, rss / 1024, rss * 1024 / size, statistics.median(walls)))
EOF
	done
done
