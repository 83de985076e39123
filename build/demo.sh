#!/usr/bin/env bash
# The main job: pack the package, build the sample against it as a user would (PackageReference from the
# local feed), and show what SpecConstitution reports and writes.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
sample="$repo/samples/QuotesApi"

echo "==> Packing SpecConstitution into artifacts/packages"
# A prerelease: a version of its own each run, so neither NuGet's package cache nor a build server still holding an
# earlier run's tasks or analyzers serves the sample anything but this pack (see build/pack.sh).
version="$("$repo/build/pack.sh" --prerelease)"
echo "    SpecConstitution $version"

echo "==> Building samples/QuotesApi against SpecConstitution $version"
log="$(mktemp)"
set +e
dotnet build "$sample/QuotesApi.csproj" -c Release -nologo --no-incremental -p:SpecConstitutionVersion="$version" >"$log" 2>&1
status=$?
set -e

echo "==> SpecConstitution diagnostics"
grep -E '(warning|error|message) SC[0-9]{4}:' "$log" | sed -E "s#$repo/##" | sort -u || echo "    (none)"

manifest="$sample/bin/Release/net10.0/spec-manifest.json"
if [ "$status" -ne 0 ]; then
  echo "==> Build failed (exit $status); full log:"
  cat "$log"
  exit "$status"
fi

echo "==> Deploy manifest: $manifest"
cat "$manifest"
rm -f "$log"
