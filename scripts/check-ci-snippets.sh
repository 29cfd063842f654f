#!/usr/bin/env bash
# check-ci-snippets.sh: runs the CI commands the README documents, with the
# mtlint built from this working tree, in small git repositories made in a
# temporary folder, and checks their exit status and that what they write
# parses.
#
#   - the GitHub Actions workflow: its shape (push to the default branch and
#     pull requests, the permissions upload-sarif needs, upload-sarif@v4,
#     fetch-depth: 0) and its mtlint command: annotations on stdout, a SARIF
#     log, the Markdown job summary;
#   - SARIF with the cap: the same command over more than 5,000 findings
#     writes 5,000 results and says on stderr how many it left out;
#   - --since-git in a shallow clone (actions/checkout's default): one error
#     that says to fetch the history, exit 2, nothing reported; after
#     `git fetch --deepen=1`, only the new finding;
#   - the GitLab CI job's command: Code Quality JSON and JUnit XML;
#   - the pre-commit hook: its entry with the README's args on the staged
#     files that its `files` pattern matches.
#
# The mtlint commands are read from the yaml blocks of the README's "## CI"
# section (`- run: mtlint ...` and `- mtlint ...` lines), so a changed
# snippet is what gets run. Needs Go, git and python3 (json.tool; the yaml
# module for the workflow and hook checks, which are skipped without it).
#
# Usage: scripts/check-ci-snippets.sh
set -uo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

pass=0 fail=0 skip=0
ok() { echo "ok   $*"; pass=$((pass + 1)); }
failed() { echo "FAIL $*"; fail=$((fail + 1)); }
skipped() { echo "skip $*"; skip=$((skip + 1)); }
show() { sed 's/^/     | /' "$1" | tail -"${2:-5}"; }

for tool in go git python3; do
	command -v "$tool" >/dev/null || { echo "check-ci-snippets: $tool is not installed"; exit 2; }
done
have_yaml=0
python3 -c 'import yaml' 2>/dev/null && have_yaml=1

mkdir -p "$tmp/bin"
(cd "$repo" && go build -o "$tmp/bin/mtlint" ./cmd/mtlint) || { echo "FAIL go build ./cmd/mtlint"; exit 1; }
export PATH="$tmp/bin:$PATH"

# ci_blocks prints the yaml blocks of the README's CI section, each after a
# line "--- N".
ci_blocks() {
	awk '/^## / { ci = ($0 == "## CI") } ci && /^```/ { if (inb) { inb = 0 } else if ($0 == "```yaml") { inb = 1; print "--- " ++n }; next } ci && inb' "$repo/README.md"
}
# ci_command PATTERN prints the mtlint command of the CI section that
# matches PATTERN (a grep -E pattern), without a trailing comment.
ci_command() {
	ci_blocks | grep -E '^[[:space:]]*- (run: )?mtlint ' | sed -E 's/^[[:space:]]*- (run: )?//; s/[[:space:]]{2,}#.*$//' | grep -E -- "$1" | head -1
}

git_q() { git -c user.name=ci -c user.email=ci@example.org -c init.defaultBranch=main -c protocol.file.allow=always "$@"; }

# A repository with an article in articles/, committed, then a paragraph
# with a new drop cap added in a second commit.
work="$tmp/repo"
mkdir -p "$work/articles"
cp "$repo/testdata/examples/article-en.txt" "$work/articles/article.txt"
git_q -C "$work" init -q
git_q -C "$work" add .
git_q -C "$work" commit -q -m first
printf '\nDhe ferry crossed the harbour at noon, and the crew waved to the crowd on the quay.\n' >>"$work/articles/article.txt"
git_q -C "$work" commit -q -a -m second

# 1. The GitHub Actions workflow.
workflow=$(ci_blocks | awk '/^--- /{ n++ ; next } n == 1')
if [ "$have_yaml" = 1 ]; then
	if python3 - "$workflow" >"$tmp/out" 2>&1 <<'EOF'
import sys, yaml
w = yaml.safe_load(sys.argv[1])
on = w.get("on", w.get(True))  # YAML 1.1 reads the key "on" as true
problems = []
if not isinstance(on, dict) or "push" not in on or "pull_request" not in on:
    problems.append("runs on push and pull_request: %r" % (on,))
job = next(iter(w["jobs"].values()))
perms = job.get("permissions", {})
for k, v in {"contents": "read", "security-events": "write", "actions": "read"}.items():
    if perms.get(k) != v:
        problems.append("permissions %s: %s" % (k, v))
uses = [s.get("uses", "") for s in job["steps"]]
if not any(u.startswith("github/codeql-action/upload-sarif@v4") for u in uses):
    problems.append("uses github/codeql-action/upload-sarif@v4: %r" % uses)
checkout = [s for s in job["steps"] if s.get("uses", "").startswith("actions/checkout@")]
if not checkout or (checkout[0].get("with") or {}).get("fetch-depth") != 0:
    problems.append("actions/checkout with fetch-depth: 0")
if problems:
    print("\n".join(problems))
    sys.exit(1)
EOF
	then ok "the GitHub workflow runs on push and pull_request, with contents: read, security-events: write, actions: read, upload-sarif@v4, fetch-depth: 0"
	else failed "the GitHub workflow:"; show "$tmp/out"
	fi
else
	skipped "the GitHub workflow's shape (python3 has no yaml module)"
fi

gh=$(ci_command '--format github')
if [ -z "$gh" ]; then
	failed "no 'mtlint ... --format github' command in the README's CI section"
else
	# check_github DIR: runs the workflow's command in DIR and checks its
	# outputs; it prints the SARIF result count.
	check_github() {
		local dir=$1
		rm -f "$dir/summary.md" "$dir/mtlint.sarif"
		(cd "$dir" && GITHUB_STEP_SUMMARY="$dir/summary.md" bash -c "$gh") >"$tmp/stdout" 2>"$tmp/stderr"
		echo $? >"$tmp/status"
	}
	check_github "$work"
	status=$(cat "$tmp/status")
	if [ "$status" != 1 ]; then
		failed "$gh: exit $status, want 1 (findings)"; show "$tmp/stderr"
	elif grep -qvE '^::(error|warning|notice) file=[^,]+,line=[0-9]+' "$tmp/stdout" || [ ! -s "$tmp/stdout" ]; then
		failed "$gh: stdout is not GitHub workflow commands:"; show "$tmp/stdout"
	elif ! python3 -m json.tool "$work/mtlint.sarif" >/dev/null; then
		failed "$gh: mtlint.sarif is not JSON"
	elif ! head -1 "$work/summary.md" | grep -q '^### mtlint: '; then
		failed "$gh: the job summary does not start with its heading:"; show "$work/summary.md"
	else
		ok "$gh (exit 1; $(wc -l <"$tmp/stdout") annotations, SARIF parses, job summary of $(wc -l <"$work/summary.md") lines)"
	fi

	# 2. SARIF with the cap: more than 5,000 findings.
	big="$tmp/big"
	mkdir -p "$big/articles"
	for i in $(seq 1 5100); do printf 'Dhe ferry number %d left the harbour at noon.\n\n' "$i"; done >"$big/articles/many.txt"
	git_q -C "$big" init -q
	check_github "$big"
	status=$(cat "$tmp/status")
	results=$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["runs"][0]["results"]))' "$big/mtlint.sarif" 2>/dev/null)
	if [ "$status" != 1 ] || [ "$results" != 5000 ]; then
		failed "SARIF cap: exit $status, $results results; want 1 and 5000"; show "$tmp/stderr"
	elif ! grep -q 'sarif: 100 of 5100 findings left out' "$tmp/stderr"; then
		failed "SARIF cap: stderr does not say how many were left out:"; show "$tmp/stderr"
	elif ! grep -q 'GitHub shows at most 10 error' "$tmp/stderr"; then
		failed "annotation cap: stderr does not mention GitHub's limit:"; show "$tmp/stderr"
	else
		ok "SARIF cap: 5,100 findings give 5,000 results and a note on stderr; the annotation limit is noted too"
	fi
fi

# 3. --since-git in a shallow clone, then after fetching history.
shallow="$tmp/shallow"
git_q clone -q --depth 1 "file://$work" "$shallow"
since=(mtlint check --format github --since-git HEAD~1 articles/)
(cd "$shallow" && "${since[@]}") >"$tmp/stdout" 2>"$tmp/stderr"
status=$?
if [ "$status" = 2 ] && [ ! -s "$tmp/stdout" ] && grep -q 'shallow clone' "$tmp/stderr" && grep -q 'fetch-depth: 0' "$tmp/stderr" && [ "$(wc -l <"$tmp/stderr")" = 1 ]; then
	ok "${since[*]} in a depth-1 clone: exit 2, one error naming fetch-depth: 0, nothing reported"
else
	failed "${since[*]} in a depth-1 clone: exit $status (want 2), stdout $(wc -l <"$tmp/stdout") lines (want 0):"; show "$tmp/stderr"
fi
git_q -C "$shallow" fetch -q --deepen=1
(cd "$shallow" && "${since[@]}") >"$tmp/stdout" 2>"$tmp/stderr"
status=$?
if [ "$status" = 1 ] && [ "$(wc -l <"$tmp/stdout")" = 1 ] && grep -q 'drop-cap' "$tmp/stdout"; then
	ok "after git fetch --deepen=1: exit 1, only the new finding"
else
	failed "after git fetch --deepen=1: exit $status (want 1), stdout:"; show "$tmp/stdout"; show "$tmp/stderr"
fi

# 4. The GitLab CI job.
gl=$(ci_command 'gitlab=')
if [ -z "$gl" ]; then
	failed "no 'mtlint ... --output gitlab=...' command in the README's CI section"
else
	(cd "$work" && bash -c "$gl") >"$tmp/stdout" 2>"$tmp/stderr"
	status=$?
	report=$(grep -oE 'gitlab=[^ ]+' <<<"$gl" | cut -d= -f2)
	junit=$(grep -oE 'junit=[^ ]+' <<<"$gl" | cut -d= -f2)
	if [ "$status" != 1 ]; then
		failed "$gl: exit $status, want 1"; show "$tmp/stderr"
	elif ! python3 -c 'import json,sys; d = json.load(open(sys.argv[1])); assert isinstance(d, list) and d and all("fingerprint" in x for x in d)' "$work/$report"; then
		failed "$gl: $report is not a Code Quality list"
	elif [ -n "$junit" ] && ! python3 -c 'import sys, xml.etree.ElementTree as E; assert E.parse(sys.argv[1]).getroot().tag == "testsuites"' "$work/$junit"; then
		failed "$gl: $junit is not JUnit XML"
	else
		ok "$gl (exit 1; Code Quality JSON${junit:+ and JUnit XML} parse)"
	fi
fi

# 5. The pre-commit hook: entry + the README's args on the staged files.
if [ "$have_yaml" = 1 ]; then
	if python3 - "$repo/.pre-commit-hooks.yaml" "$repo/README.md" >"$tmp/hook" 2>"$tmp/out" <<'EOF'
import re, sys, yaml
hook = yaml.safe_load(open(sys.argv[1]))[0]
readme = open(sys.argv[2]).read()
block = re.search(r"### pre-commit\n.*?```yaml\n(.*?)```", readme, re.S).group(1)
cfg = yaml.safe_load(block)
args = cfg["repos"][0]["hooks"][0].get("args", [])
print(hook["entry"])
print(" ".join(args))
print(hook["files"])
EOF
	then
		entry=$(sed -n 1p "$tmp/hook") args=$(sed -n 2p "$tmp/hook") files=$(sed -n 3p "$tmp/hook")
		printf 'Dhe new article is here, and it was written in a hurry.\n' >"$work/articles/new.md"
		printf 'not text\n' >"$work/image.png"
		git_q -C "$work" add articles/new.md image.png
		mapfile -t staged < <(git -C "$work" diff --cached --name-only | python3 -c 'import re,sys; p = re.compile(sys.argv[1]); [print(l.strip()) for l in sys.stdin if p.search(l.strip())]' "$files")
		(cd "$work" && $entry $args "${staged[@]}") >"$tmp/stdout" 2>"$tmp/stderr"
		status=$?
		if [ "${staged[*]}" != "articles/new.md" ]; then
			failed "pre-commit: the hook's files pattern picked '${staged[*]}', want articles/new.md"
		elif [ "$status" != 1 ]; then
			failed "pre-commit: $entry $args ${staged[*]}: exit $status, want 1"; show "$tmp/stderr"; show "$tmp/stdout"
		else
			ok "pre-commit: $entry $args ${staged[*]} (exit 1)"
		fi
	else
		failed "pre-commit: cannot read the hook or the README's pre-commit config:"; show "$tmp/out"
	fi
else
	skipped "the pre-commit hook (python3 has no yaml module)"
fi

echo "$pass passed, $fail failed, $skip skipped"
[ "$fail" = 0 ]
