using System.Text.RegularExpressions;

namespace SpecConstitution.Checks.Specs
{
    /// <summary>MAJOR.MINOR.PATCH with optional pre-release and build parts (semver.org 2.0.0).</summary>
    internal static class SemVer
    {
        private static readonly Regex Pattern = new Regex(
            @"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?(?:\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?$",
            RegexOptions.CultureInvariant, System.TimeSpan.FromSeconds(1));

        public static bool IsValid(string version) => Pattern.IsMatch(version);

        /// <summary>Whether <paramref name="a"/>'s MAJOR.MINOR.PATCH is above <paramref name="b"/>'s (both valid).</summary>
        public static bool IsNewer(string a, string b)
        {
            Match x = Pattern.Match(a), y = Pattern.Match(b);
            for (int i = 1; i <= 3; i++)
            {
                int cx = int.Parse(x.Groups[i].Value, System.Globalization.CultureInfo.InvariantCulture);
                int cy = int.Parse(y.Groups[i].Value, System.Globalization.CultureInfo.InvariantCulture);
                if (cx != cy)
                {
                    return cx > cy;
                }
            }

            return false;
        }
    }
}
