#!/usr/bin/env bash
# Packs SpecConstitution into artifacts/packages (the source NuGet.config names) and prints the version.
#
#   build/pack.sh                 the stable version: VersionPrefix of Directory.Build.props (0.1.0)
#   build/pack.sh --prerelease    <VersionPrefix>-dev.<UTC timestamp> (or SPECCONSTITUTION_PRERELEASE=1)
#   SPECCONSTITUTION_VERSION=x    exactly x
#
# NuGet extracts a version into its global packages folder once and serves that copy from then on, so a stable
# version packed again would be served stale: packing a stable version removes that version's cached copy. A
# prerelease never reuses a version (nor the path an MSBuild node or compiler server may still hold loaded), which
# is why build/demo.sh and the integration tests ask for one.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
prerelease="${SPECCONSTITUTION_PRERELEASE:-}"
for argument in "$@"; do
  case "$argument" in
    --prerelease) prerelease=1 ;;
    *) echo "usage: $0 [--prerelease]" >&2; exit 2 ;;
  esac
done

prefix="$(sed -n 's:.*<VersionPrefix>\(.*\)</VersionPrefix>.*:\1:p' "$repo/Directory.Build.props")"
if [ -n "${SPECCONSTITUTION_VERSION:-}" ]; then
  version="$SPECCONSTITUTION_VERSION"
elif [ -n "$prerelease" ]; then
  version="$prefix-dev.$(date -u +%Y%m%d%H%M%S)"
else
  version="$prefix"
fi

dotnet pack "$repo/src/SpecConstitution/SpecConstitution.csproj" -c Release -nologo -v:quiet \
  -p:Version="$version" -p:PackageOutputPath="$repo/artifacts/packages/" >&2

if [[ "$version" != *-* ]]; then
  cache="$(dotnet nuget locals global-packages --list | sed 's/^global-packages: //')"
  cached="${cache%/}/specconstitution/$version"
  if [ -d "$cached" ]; then
    rm -rf "$cached"
    echo "Removed the earlier SpecConstitution $version from NuGet's package cache ($cached): the next restore takes" \
      "this pack from $repo/artifacts/packages, which must be one of the project's package sources (README)." >&2
  fi
fi
echo "$version"
