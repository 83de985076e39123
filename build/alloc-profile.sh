#!/usr/bin/env bash
# Where the spec check's allocations come from (issue 5, BENCHMARKS.md item 29).
#   bash build/alloc-profile.sh [features]     default 1,000 feature folders
# Generates the benchmark's Spec-Kit tree, loads and checks it under dotnet-trace with the runtime's GC keyword at
# verbose level (an AllocationTick event with its stack per ~100 KB allocated), and sums the ticks by the innermost
# SpecConstitution frame and by type. The harness loads and checks twice (a warm-up, then the measured run), so the
# totals are two passes' worth. The IL is profiled, not the precompiled images: frames need method names.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
features="${1:-1000}"
work="$repo/artifacts/alloc-profile"
tools="$repo/artifacts/tools"
mkdir -p "$work" "$tools"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

[ -x "$tools/dotnet-trace" ] || dotnet tool install dotnet-trace --tool-path "$tools" >/dev/null
dotnet build "$repo/tests/SpecConstitution.Benchmarks" -c Release -nologo -v:q >/dev/null
dotnet build "$repo/tests/SpecConstitution.AllocationProfile" -c Release -nologo -v:q >/dev/null
bench="$repo/tests/SpecConstitution.Benchmarks/bin/Release/net10.0/SpecConstitution.Benchmarks.dll"

tree="$work/f$features"
[ -d "$tree/specs" ] || dotnet "$bench" generate --endpoints 100 --features "$features" --seed 42 --out "$tree" >/dev/null
rm -f "$work/spec.nettrace"
"$tools/dotnet-trace" collect --providers Microsoft-Windows-DotNETRuntime:0x1:5 -o "$work/spec.nettrace" \
  -- dotnet "$bench" spec --root "$tree" --runs 1 >/dev/null
dotnet "$repo/tests/SpecConstitution.AllocationProfile/bin/Release/net10.0/SpecConstitution.AllocationProfile.dll" "$work/spec.nettrace" 30
