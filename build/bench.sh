#!/usr/bin/env bash
# Benchmarks (issue 5): what SpecConstitution costs a build, side by side with the ASP.NET Core analyzers.
#   bash build/bench.sh            full run: 100/1,000/5,000 endpoints with 10/100/1,000 features
#   bash build/bench.sh --smoke    one tiny size, to check the harness works (two minutes)
# Writes the table to stdout and to artifacts/bench/results.md.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$repo/artifacts/bench"
sizes="100:10 1000:100 5000:1000"
[ "${1:-}" = "--smoke" ] && sizes="20:3"
mkdir -p "$work"
command -v /usr/bin/time >/dev/null 2>&1 || { apt-get update -qq >/dev/null && apt-get install -y -qq time >/dev/null; }

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 MSBUILDDISABLENODEREUSE=1
version="$("$repo/build/pack.sh")"
dotnet build "$repo/tests/SpecConstitution.Benchmarks" -c Release -nologo -v:q >/dev/null
bench="dotnet $repo/tests/SpecConstitution.Benchmarks/bin/Release/net10.0/SpecConstitution.Benchmarks.dll"

# Seconds an analyzer assembly took, from the compiler's -p:ReportAnalyzer=true report.
analyzer_seconds() { # log, assembly-name-prefix
  awk -v prefix="$2" '$3 ~ "^"prefix && $3 ~ /,$/ { s += ($1 ~ /^</ ? 0 : $1) } END { printf "%.3f", s }' "$1"
}
task_ms() { # log, task name (from -clp:PerformanceSummary)
  awk -v name="$2" '$2 == "ms" && $3 == name { print $1; found=1; exit } END { if (!found) print 0 }' "$1"
}
peak_mb() { awk -F: '/Maximum resident set size/ { printf "%d", $2 / 1024 }' "$1"; }

# The analyzers' share of the compile from several cold builds' logs: "ours aspnet csc_ms pct min_pct max_pct" of the
# build with the median share. One build's attribution can be off by 2x on a shared VM (run I: 1.7 s, then 0.6–0.8 s).
median_share() { # logs...
  local log
  for log in "$@"; do
    local o a c
    o=$(analyzer_seconds "$log" "SpecConstitution.Analyzers"); a=$(analyzer_seconds "$log" "Microsoft.AspNetCore"); c=$(task_ms "$log" Csc)
    awk -v o="$o" -v a="$a" -v c="$c" 'BEGIN { printf "%s %s %s %.2f\n", o, a, c, (c > 0 ? 100 * o * 1000 / c : 0) }'
  done | sort -k4 -g | awk '{ row[NR] = $0; pct[NR] = $4 } END { printf "%s %.2f %.2f\n", row[int((NR + 1) / 2)], pct[1], pct[NR] }'
}

build() { # project, log, timefile, extra args...
  local project="$1" log="$2" timefile="$3"; shift 3
  /usr/bin/time -v -o "$timefile" dotnet build "$project" -c Release -nologo -m:1 -nodeReuse:false \
    -p:UseSharedCompilation=false -p:ReportAnalyzer=true -v:d -clp:PerformanceSummary "$@" >"$log" 2>&1
}

# The spec-validation target alone (issue 5: 1,000 feature folders < 1 s), cold: a fresh MSBuild node each run, its
# outputs deleted so it runs. Alternates the ReadyToRun tasks and the IL ones; prints both medians (ms).
validate_alone() { # project, log
  local project="$1" log="$2" r2r=() il=()
  for _ in 1 2 3 4 5; do
    for variant in r2r il; do
      rm -rf "$(dirname "$project")"/obj/Release/*/specconstitution
      dotnet msbuild "$project" -t:SpecConstitutionValidateSpecs -p:Configuration=Release -nodeReuse:false -nologo \
        -v:n -clp:PerformanceSummary $([ $variant = il ] && echo -p:SpecConstitutionReadyToRun=false) >"$log" 2>&1
      if [ $variant = r2r ]; then r2r+=("$(task_ms "$log" ValidateSpecs)"); else il+=("$(task_ms "$log" ValidateSpecs)"); fi
    done
  done
  echo "$(printf '%s\n' "${r2r[@]}" | sort -n | sed -n 3p) $(printf '%s\n' "${il[@]}" | sort -n | sed -n 3p)"
}

rows=()
for size in $sizes; do
  endpoints="${size%%:*}"; features="${size##*:}"
  with="$work/e$endpoints-f$features"; without="$work/e$endpoints-f$features-nopkg"
  $bench generate --endpoints "$endpoints" --features "$features" --seed 42 --out "$with" --package-version "$version" >/dev/null
  $bench generate --endpoints "$endpoints" --features "$features" --seed 42 --out "$without" >/dev/null
  dotnet restore "$with/App/App.csproj" -v:q >/dev/null
  dotnet restore "$without/App/App.csproj" -v:q >/dev/null

  build "$with/App/App.csproj" "$with/build.log" "$with/time.txt" --no-restore --no-incremental
  build "$without/App/App.csproj" "$without/build.log" "$without/time.txt" --no-restore --no-incremental
  build "$with/App/App.csproj" "$with/noop.log" "$with/noop-time.txt" --no-restore
  # The dev loop's case: the compiler server already running (first build warms it, the second is measured).
  build "$with/App/App.csproj" "$with/warmup.log" "$with/warmup-time.txt" --no-restore --no-incremental -p:UseSharedCompilation=true
  build "$with/App/App.csproj" "$with/warm.log" "$with/warm-time.txt" --no-restore --no-incremental -p:UseSharedCompilation=true
  dotnet build-server shutdown >/dev/null 2>&1 || true

  build "$with/App/App.csproj" "$with/build2.log" "$with/time2.txt" --no-restore --no-incremental
  build "$with/App/App.csproj" "$with/build3.log" "$with/time3.txt" --no-restore --no-incremental
  read -r ours aspnet share_csc_ms pct pct_min pct_max < <(median_share "$with/build.log" "$with/build2.log" "$with/build3.log")
  csc_ms=$(task_ms "$with/build.log" Csc)
  csc_without_ms=$(task_ms "$without/build.log" Csc)
  # ReportAnalyzer charges lazy binding to whichever analyzer asks first; the Csc delta is the cost users pay.
  overhead=$(awk -v w="$csc_ms" -v n="$csc_without_ms" 'BEGIN { printf "%.1f", (n > 0 ? 100 * (w - n) / n : 0) }')
  validate_ms=$(task_ms "$with/build.log" ValidateSpecs)
  read -r validate_r2r validate_il < <(validate_alone "$with/App/App.csproj" "$with/validate.log")
  manifest_ms=$(task_ms "$with/build.log" WriteDeployManifest)
  noop_runs=$(grep -cE 'Task "(ValidateSpecs|WriteDeployManifest)"' "$with/noop.log" || true)
  # The package's real share of the compile: the same csc command line replayed with and without it, alternating.
  replay_runs=7; [ "$endpoints" -ge 5000 ] && replay_runs=5
  read -r replay_with_cpu replay_without_cpu replay_added_cpu replay_pct replay_with_wall replay_without_wall \
    < <(bash "$repo/build/compile-cost.sh" "$with/build.log" "$replay_runs")
  replay_wall_pct=$(awk -v w="$replay_with_wall" -v n="$replay_without_wall" 'BEGIN { printf "%.1f", (n > 0 ? 100 * (w - n) / n : 0) }')
  spec=$($bench spec --root "$with" --runs 5)
  ide=$($bench ide --root "$with" --runs 3)
  spec_ms=$(sed -E 's/.*median_ms=([0-9.]+).*/\1/' <<<"$spec")
  ide_full=$(sed -E 's/.*full_ms=([0-9.]+).*/\1/' <<<"$ide")
  ide_edit=$(sed -E 's/.*edited_document_ms=([0-9.]+).*/\1/' <<<"$ide")
  warm_ours=$(analyzer_seconds "$with/warm.log" "SpecConstitution.Analyzers")
  warm_aspnet=$(analyzer_seconds "$with/warm.log" "Microsoft.AspNetCore")
  warm_csc_ms=$(task_ms "$with/warm.log" Csc)
  warm_pct=$(awk -v a="$warm_ours" -v c="$warm_csc_ms" 'BEGIN { printf "%.2f", (c > 0 ? 100 * a * 1000 / c : 0) }')
  warm_ratio=$(awk -v a="$warm_ours" -v b="$warm_aspnet" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }')
  ratio=$(awk -v a="$ours" -v b="$aspnet" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }')
  rows+=("| $endpoints | $features | $replay_without_cpu → $replay_with_cpu | $replay_pct % | $replay_without_wall → $replay_with_wall | $replay_wall_pct % | $csc_ms | $csc_without_ms | $overhead % | ${ours}s | ${aspnet}s | $pct % ($pct_min–$pct_max) | ${ratio}× | $validate_ms | $validate_r2r → $validate_il | $spec_ms | $manifest_ms | $noop_runs | $(peak_mb "$with/time.txt") | $(peak_mb "$without/time.txt") | $ide_full | $ide_edit | $warm_csc_ms | ${warm_ours}s | ${warm_aspnet}s | $warm_pct % | ${warm_ratio}× |")
done

{
  echo "SpecConstitution $version, $(nproc) cores, $(date -u +%Y-%m-%d), .NET SDK $(dotnet --version)"
  echo
  echo "| endpoints | features | replayed csc CPU ms without → with | added CPU | replayed csc wall ms without → with | added wall | Csc ms | Csc ms without package | compile overhead | SpecConstitution analyzers | ASP.NET Core analyzers | ours / compile, median of 3 cold builds (min–max) | ours / ASP.NET | ValidateSpecs task ms | ValidateSpecs alone, cold, median of 5: ReadyToRun → IL ms | spec check in-process ms | manifest task ms | no-op rebuild task runs | peak MB with | peak MB without | IDE full analysis ms | IDE edited document ms | warm server: Csc ms | warm: ours | warm: ASP.NET | warm: ours / compile | warm: ours / ASP.NET |"
  echo "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|"
  printf '%s\n' "${rows[@]}"
} | tee "$work/results.md"
