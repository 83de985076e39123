using System.Text.RegularExpressions;

namespace SpecConstitution.Checks.Specs{
    /// <summary>MAJOR.MINOR.PATCH with optional pre-release and build parts (semver.org 2.0.0).</summary>
    internal static class SemVer
    {
        private static readonly Regex Pattern = new Regex(
            @"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?(?:\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?$",
            RegexOptions.CultureInvariant, System.TimeSpan.FromSeconds(1));

        public static bool IsValid(string version) => Pattern.IsMatch(version);
    }
}
