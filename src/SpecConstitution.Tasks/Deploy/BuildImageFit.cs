using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using SpecConstitution.Infrastructure.Json;

namespace SpecConstitution.Tasks.Deploy
{
    /// <summary>One thing in the project that needs a .NET SDK series: a target framework, or global.json's SDK version.</summary>
    internal sealed class SdkNeed
    {
        public SdkNeed(string what, int series)
        {
            What = what;
            Series = series;
        }

        /// <summary>"target framework net10.0" or "global.json sdk.version 10.0.100 (path)".</summary>
        public string What { get; }

        public int Series { get; }
    }

    /// <summary>
    /// Pipeline fit: DeployHQ builds the commit in its own image, with the .NET series its build configuration names
    /// (<c>packages.dotnet</c>). <c>netX.Y</c> needs an SDK of series X or later; global.json's sdk.version names the series
    /// DeployHQ honours for the SDK.
    /// </summary>
    internal static class BuildImageFit
    {
        private static readonly Regex ModernFramework = new Regex(@"^net(?:coreapp)?(?<major>\d+)\.\d+", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
        private static readonly Regex SdkVersion = new Regex(@"""sdk""\s*:\s*\{[^{}]*?""version""\s*:\s*""(?<v>[^""]+)""", RegexOptions.CultureInvariant | RegexOptions.Singleline);

        public static IReadOnlyList<SdkNeed> Needs(string? targetFrameworks, string projectDirectory, out string? globalJson)
        {
            var needs = new List<SdkNeed>();
            foreach (string framework in (targetFrameworks ?? string.Empty).Split(new[] { ';' }, StringSplitOptions.RemoveEmptyEntries).Select(f => f.Trim()).Distinct(StringComparer.OrdinalIgnoreCase))
            {
                Match match = ModernFramework.Match(framework);
                // netstandard2.0 and net48 build with any SDK; net5.0 and later need their own series.
                if (match.Success && int.TryParse(match.Groups["major"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out int major) && (major >= 5 || framework.StartsWith("netcoreapp", StringComparison.OrdinalIgnoreCase)))
                {
                    needs.Add(new SdkNeed("target framework " + framework, major));
                }
            }

            globalJson = FindGlobalJson(projectDirectory);
            if (globalJson != null && ReadSdkVersion(globalJson) is string version && SeriesOf(version) is int series)
            {
                needs.Add(new SdkNeed($"global.json sdk.version {version} ({globalJson})", series));
            }

            return needs;
        }

        /// <summary>"8.0", "10.0", "10" or "10.0.100" → the major series; null when it names none.</summary>
        public static int? SeriesOf(string? version)
        {
            string text = (version ?? string.Empty).Trim().TrimStart('v', 'V');
            int dot = text.IndexOf('.');
            string major = dot >= 0 ? text.Substring(0, dot) : text;
            return int.TryParse(major, NumberStyles.None, CultureInfo.InvariantCulture, out int value) ? value : (int?)null;
        }

        /// <summary>The .NET version a build configuration names (<c>packages.dotnet</c>), or null.</summary>
        public static string? ConfiguredDotnet(JsonNode configuration)
        {
            string? value = configuration["packages"]?["dotnet"]?.AsString();
            return string.IsNullOrWhiteSpace(value) ? null : value!.Trim();
        }

        /// <summary>The nearest global.json from the project folder up, as the SDK finds it.</summary>
        private static string? FindGlobalJson(string directory)
        {
            for (DirectoryInfo? dir = new DirectoryInfo(Path.GetFullPath(directory)); dir != null; dir = dir.Parent)
            {
                string candidate = Path.Combine(dir.FullName, "global.json");
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }

            return null;
        }

        private static string? ReadSdkVersion(string path)
        {
            if (!SpecConstitution.Infrastructure.Files.FileProbe.TryOpenRegular(path, out FileStream? stream, out _))
            {
                return null;
            }

            using var reader = new StreamReader(stream!);
            char[] buffer = new char[64 * 1024];
            int read = reader.ReadBlock(buffer, 0, buffer.Length);
            Match match = SdkVersion.Match(new string(buffer, 0, read));
            return match.Success ? match.Groups["v"].Value : null;
        }
    }
}
