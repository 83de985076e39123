#!/usr/bin/env bash
# Packs SpecConstitution into artifacts/packages (the source NuGet.config names) and prints the version.
# Each pack gets a fresh prerelease version, so NuGet's package cache never serves a stale copy.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
version="${SPECCONSTITUTION_VERSION:-0.1.0-dev.$(date -u +%Y%m%d%H%M%S)}"
dotnet pack "$repo/src/SpecConstitution/SpecConstitution.csproj" -c Release -nologo -v:quiet \
  -p:Version="$version" -p:PackageOutputPath="$repo/artifacts/packages/" >&2
echo "$version"
