#!/usr/bin/env bash
# check-readme.sh: runs every command the README shows and checks that each
# exits as documented, in a fresh clone of this repository's committed HEAD in
# a temporary folder, with the mtlint built from that clone first on PATH. The
# commands are read from the working tree's README.md, so an edit can be
# checked before it is committed.
#
# Commands are taken from the README itself: the lines of ```sh blocks, the
# "$ " lines of ```console blocks (whose sample output must also be real
# output) and the run/script lines of the ```yaml CI snippets. Each needs an
# expected exit status in the table below; a README command the table does not
# know fails the check, so a new command cannot go unchecked. Commands that
# need the network or another program are listed as skipped, with the reason.
# The README's configuration example is loaded by mtlint, and its suppression
# example must hide what it says.
#
# Usage: scripts/check-readme.sh        QUICK=1 skips the `go test -race ./...` run.
set -uo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# The expected exit status of each README command (shell comment removed), or
# "skip: reason".
declare -A want=(
	["go install github.com/mtlint/mtlint/cmd/mtlint@latest"]="skip: needs the network and a published version tag"
	["go run ./cmd/mtlint check --lang en testdata/examples/article-en.txt"]=1
	["go install github.com/mtlint/mtlint/cmd/mtlint@v0.1.0"]="skip: needs the network and a published version tag (scripts/check-install.sh installs HEAD as a module version from a local proxy)"
	["mtlint version"]=0
	["go test -race ./... ./cmd/mtlint-eval"]=0
	["curl -fsSLO https://github.com/mtlint/mtlint/releases/download/v0.1.0/mtlint_0.1.0_linux_amd64.tar.gz"]="skip: needs the network and a published release (scripts/check-release.sh checks a snapshot's archives)"
	["curl -fsSLO https://github.com/mtlint/mtlint/releases/download/v0.1.0/checksums.txt"]="skip: needs the network and a published release"
	["sha256sum --ignore-missing -c checksums.txt"]="skip: needs the downloaded release"
	["tar -xzf mtlint_0.1.0_linux_amd64.tar.gz mtlint && sudo install mtlint /usr/local/bin/"]="skip: needs the downloaded release"
	['docker run --rm -v "$PWD:/work" ghcr.io/mtlint/mtlint:v0.1.0 check --lang en article.txt']="skip: needs docker and the published image"
	["go test -race ./..."]=0
	["git clone https://github.com/mtlint/mtlint && cd mtlint && go install ./cmd/mtlint"]="skip: needs the network; 'go install ./cmd/mtlint' is run in the local clone instead"
	['docker run --rm -v "$PWD:/work" -w /work ghcr.io/mtlint/mtlint check --lang en article.txt']="skip: needs docker and the published image"
	["mtlint check --lang en testdata/examples/article-en.txt"]=1
	["mtlint check testdata/examples/article-de.txt"]=1
	['mtlint check --fail-on warning "testdata/examples/*.txt"']=1
	["mtlint check --format json --lang en testdata/examples/article-en.txt"]=1
	["mtlint rules"]=0
	["mtlint explain drop-cap"]=0
	["mtlint fix --lang en testdata/examples/article-en.txt"]=1
	["mtlint init"]=0
	["mtlint check --write-baseline .mtlint-baseline.json docs/"]=0
	["mtlint check --baseline .mtlint-baseline.json docs/"]=0
	["mtlint check --format github articles/"]=1
	["mtlint check --format sarif --fail-on never articles/ > mtlint.sarif"]=0
	["mtlint check --format gitlab --fail-on never articles/ > gl-code-quality-report.json"]=0
	["mtlint check --format line articles/"]=1
	['mtlint check --format github --output sarif=mtlint.sarif --output markdown="$GITHUB_STEP_SUMMARY" articles/']='run: export GITHUB_STEP_SUMMARY=summary.md; mtlint check --format github --output sarif=mtlint.sarif --output markdown="$GITHUB_STEP_SUMMARY" articles/; [ $? = 1 ]'
	["mtlint check --format line --output gitlab=gl-code-quality-report.json --output junit=mtlint-junit.xml articles/"]=1
	["source <(mtlint completion bash)"]=0
	['mtlint completion zsh > "${fpath[1]}/_mtlint"']="run: mtlint completion zsh > _mtlint"
	["mtlint completion fish | source"]="run: mtlint completion fish > mtlint.fish"
	["mtlint check testdata/bilingual/de-en.xlf"]=1
	["mtlint check --source-lang de --lang en --glossary terms.tsv units.tsv"]=0
	["mtlint align testdata/examples/article-de.txt testdata/examples/article-en.txt"]=0
	["mtlint fix --write --lang en article.txt"]=0
	["mtlint fix --lang en - < article.txt"]=0
	["mtlint fix --stdin-filename notes.md - < notes.md"]=0
)
if [ "${QUICK:-}" = 1 ]; then
	want["go test -race ./..."]="skip: QUICK=1"
	want["go test -race ./... ./cmd/mtlint-eval"]="skip: QUICK=1"
fi

# readme_commands prints "kind<TAB>command" for each command the README shows.
readme_commands() {
	awk '
	/^```/ {
		if (!inblock) { inblock = 1; lang = substr($0, 4); next }
		inblock = 0; lang = ""; next
	}
	!inblock { next }
	lang == "sh" {
		line = $0
		while (line ~ /\\$/ && (getline nxt) > 0) { sub(/\\$/, "", line); line = line nxt }
		if (line ~ /^[ \t]*(#|$)/) next
		print "sh\t" line; next
	}
	lang == "console" && /^\$ / { print "console\t" substr($0, 3); next }
	lang == "yaml" && /^[ \t]*- (run: )?(mtlint|go) / {
		line = $0; sub(/^[ \t]*- (run: )?/, "", line); print "yaml\t" line
	}
	' "$repo/README.md"
}

# strip removes a trailing shell comment (two spaces or more, then #).
strip() { sed -E 's/[[:space:]]{2,}#.*$//; s/[[:space:]]+$//' <<<"$1"; }

echo "cloning $repo (committed HEAD) into $tmp/mtlint"
git clone --quiet "$repo" "$tmp/mtlint" || exit 2
cd "$tmp/mtlint" || exit 2
mkdir -p "$tmp/bin"
GOBIN="$tmp/bin" go install ./cmd/mtlint || { echo "FAIL: go install ./cmd/mtlint in the clone"; exit 1; }
export PATH="$tmp/bin:$PATH"
echo "ok   go install ./cmd/mtlint (in the clone)"

# Files the README's commands name as the reader's own: an article, a folder
# of articles, a glossary and a TSV of units (written here, not shipped).
cp testdata/examples/article-en.txt article.txt
printf '# Notes\n\nThe  ferry leaves at nine.\n\n```sh\necho the the  x ;\n```\n' >notes.md
mkdir -p articles && cp testdata/examples/article-en.txt articles/
printf 'Kanzler\tchancellor\n' >terms.tsv
printf 'source\ttarget\nDer Kanzler sprach am Montag.\tThe prime minister spoke on Monday.\n' >units.tsv

pass=0 fail=0 skip=0
failed() { echo "FAIL $*"; fail=$((fail + 1)); }

while IFS=$'\t' read -r kind raw; do
	cmd=$(strip "$raw")
	if [ -z "${want[$cmd]+set}" ]; then
		failed "no expected exit status for README command: $cmd (add it to scripts/check-readme.sh)"
		continue
	fi
	expect=${want[$cmd]}
	case $expect in
	skip:*)
		echo "skip $cmd (${expect#skip: })"
		skip=$((skip + 1))
		continue
		;;
	run:*)
		cmd=${expect#run: } # a command for another shell: its mtlint part
		expect=0
		;;
	esac
	out="$tmp/out"
	bash -c "$cmd" </dev/null >"$out" 2>&1
	got=$?
	if [ "$got" != "$expect" ]; then
		failed "$cmd: exit $got, README says $expect"
		sed 's/^/     | /' "$out" | tail -5
		continue
	fi
	echo "ok   $cmd (exit $got)"
	pass=$((pass + 1))
	if [ "$kind" = console ]; then
		# The sample output under the command must be lines of the real output.
		awk -v c="$raw" '
			/^```/ { if (inblock) exit; next }
			index($0, "$ ") == 1 && substr($0, 3) == c { inblock = 1; next }
			inblock && $0 != "..." { print }
		' "$repo/README.md" >"$tmp/sample"
		missing=$(grep -vxF -f "$out" "$tmp/sample")
		if [ -n "$missing" ]; then
			failed "README sample output of '$cmd' is not in the real output:"
			sed 's/^/     | /' <<<"$missing"
		else
			echo "ok   its sample output ($(wc -l <"$tmp/sample") lines) is real output"
		fi
	fi
done < <(readme_commands)

# The configuration example, as .mtlint.yaml next to an article.
mkdir -p "$tmp/cfg" && cp testdata/examples/article-en.txt "$tmp/cfg/article.txt"
awk '/^```yaml/ { inblock = 1; n = 0; next } /^```/ { if (inblock && first ~ /^lang:/) exit; inblock = 0; next }
	inblock { if (n++ == 0) first = $0; if (first ~ /^lang:/) print }' "$repo/README.md" >"$tmp/cfg/.mtlint.yaml"
printf 'Kanzler\tchancellor\n' >"$tmp/cfg/glossary.tsv"
if ! grep -q '^lang:' "$tmp/cfg/.mtlint.yaml"; then
	failed "no configuration example (a yaml block starting with lang:) found in the README"
elif mtlint check "$tmp/cfg/article.txt" >"$tmp/out" 2>&1; [ $? = 1 ]; then
	echo "ok   the configuration example loads and the article is checked with it (exit 1)"
	pass=$((pass + 1))
else
	failed "the README's configuration example: mtlint check did not exit 1"
	sed 's/^/     | /' "$tmp/out" | tail -5
fi

# The suppression example hides the drop cap it names.
awk '/^```markdown/ { inblock = 1; next } /^```/ { if (inblock) exit } inblock' "$repo/README.md" >"$tmp/cfg/suppress.md"
if mtlint check --lang en --format line "$tmp/cfg/suppress.md" >"$tmp/out" 2>&1 && ! grep -q 'drop-cap' "$tmp/out"; then
	echo "ok   the suppression example hides its drop cap (exit 0)"
	pass=$((pass + 1))
else
	failed "the README's suppression example:"
	sed 's/^/     | /' "$tmp/out" | tail -5
fi

echo "$pass passed, $fail failed, $skip skipped"
[ "$fail" = 0 ]
