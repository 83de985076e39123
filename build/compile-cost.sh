#!/usr/bin/env bash
# What SpecConstitution adds to the compiler's own work: replays the exact csc command line of a logged build
# (-v:d) with and without the package's analyzers, generator and additional files, alternating, and compares the
# medians of the csc process's CPU time (user + sys; steadier than wall time on a shared VM) and wall time.
#   bash build/compile-cost.sh <build.log> [runs]
# Prints: with_cpu_ms without_cpu_ms added_cpu_ms added_cpu_pct with_wall_ms without_wall_ms
set -euo pipefail
log="$1"; runs="${2:-5}"
command -v /usr/bin/time >/dev/null 2>&1 || { apt-get update -qq >/dev/null && apt-get install -y -qq time >/dev/null; }

# The Csc task logs its full command line (tool path, then the response-file content) at -v:d.
line="$(grep -m1 -E '^\s+\S+/Roslyn/bincore/csc(\.exe)? /noconfig ' "$log" | sed -E 's/^\s+//')"
[ -n "$line" ] || { echo "no csc command line in $log (build with -v:d and UseSharedCompilation=false)" >&2; exit 2; }
tool="${line%% *}"
project_dir="$(grep -m1 -oE '/errorlog:"?[^",]+' <<<"$line" | sed -E 's#^/errorlog:"?##; s#/obj/.*##')"
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
mkdir -p "$work/with/ref" "$work/without/ref"

# Same inputs, outputs to a scratch folder; no SARIF or per-analyzer report (that bookkeeping is not the package's cost).
common="$(sed -E 's#^\S+ ##; s# /reportanalyzer##; s# /errorlog:("[^"]*"|\S+)##' <<<"$line")"
sed -E "s# /out:\S+# /out:$work/with/App.dll#; s# /refout:\S+# /refout:$work/with/ref/App.dll#" <<<"$common" >"$work/with.rsp"
# Without: drop the package's analyzer assemblies (analyzers, generator, their dependencies) and the additional files only it adds.
sed -E "s# /out:\S+# /out:$work/without/App.dll#; s# /refout:\S+# /refout:$work/without/ref/App.dll#; s# /analyzer:\S*/specconstitution/\S*##Ig; s# /additionalfile:\S+##g" <<<"$common" >"$work/without.rsp"

run() { # rsp -> "cpu_ms wall_ms"
  (cd "$project_dir" && /usr/bin/time -f '%U %S %e' -o "$work/t" "$tool" "@$1" >"$work/csc.out" 2>&1) ||
    { echo "csc failed replaying $1:" >&2; grep -m5 ' error ' "$work/csc.out" >&2; exit 3; }
  awk '{ printf "%d %d\n", ($1 + $2) * 1000, $3 * 1000 }' "$work/t"
}

with_cpu=(); without_cpu=(); with_wall=(); without_wall=()
run "$work/with.rsp" >/dev/null   # warm the page cache for both
for ((i = 0; i < runs; i++)); do
  read -r c w < <(run "$work/with.rsp"); with_cpu+=("$c"); with_wall+=("$w")
  read -r c w < <(run "$work/without.rsp"); without_cpu+=("$c"); without_wall+=("$w")
done

median() { printf '%s\n' "$@" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
wc=$(median "${with_cpu[@]}"); nc=$(median "${without_cpu[@]}")
ww=$(median "${with_wall[@]}"); nw=$(median "${without_wall[@]}")
awk -v w="$wc" -v n="$nc" -v ww="$ww" -v nw="$nw" 'BEGIN { printf "%d %d %d %.1f %d %d\n", w, n, w - n, (n > 0 ? 100 * (w - n) / n : 0), ww, nw }'
