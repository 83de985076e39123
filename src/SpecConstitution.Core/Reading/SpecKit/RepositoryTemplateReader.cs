using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using SpecConstitution.Model.SpecKit;

namespace SpecConstitution.Reading.SpecKit
{
    /// <summary>
    /// Reads the repository's own spec and plan templates. Spec-Kit resolves a template from
    /// <c>.specify/templates/overrides/</c>, then an installed preset (<c>.specify/presets/&lt;name&gt;/templates/</c>),
    /// then <c>.specify/templates/</c>; the first that exists is the team's format.
    /// </summary>
    public static class RepositoryTemplateReader
    {
        // "## Требования *(обязательно)*", "## User Scenarios & Testing _(mandatory)_": a heading with a trailing marker.
        private static readonly Regex MarkedHeading = new Regex(@"^##\s+(?<title>.+?)\s*[*_]\((?<marker>[^)]+)\)[*_]\s*$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

        private static readonly Regex Heading = new Regex(@"^#{2,3}\s+(?<title>.+?)\s*$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

        public static RepositoryTemplates Read(string rootPath)
        {
            string? spec = Resolve(rootPath, "spec-template.md");
            string? plan = Resolve(rootPath, "plan-template.md");
            if (spec == null && plan == null)
            {
                return RepositoryTemplates.None;
            }

            IReadOnlyList<string>? mandatory = spec == null ? null : MandatorySections(ReadLines(spec));
            string? check = plan == null ? null : CheckHeading(ReadLines(plan));
            return new RepositoryTemplates(spec, mandatory, plan, check);
        }

        /// <summary>The headings carrying the template's mandatory marker: "mandatory", or the marker most of its marked headings share.</summary>
        public static IReadOnlyList<string> MandatorySections(IEnumerable<string> lines)
        {
            var marked = new List<(string Title, string Marker)>();
            bool inFence = false;
            foreach (string line in lines)
            {
                if (line.TrimStart().StartsWith("```", StringComparison.Ordinal))
                {
                    inFence = !inFence;
                    continue;
                }

                Match match = inFence ? Match.Empty : MarkedHeading.Match(line.TrimEnd());
                if (match.Success)
                {
                    marked.Add((match.Groups["title"].Value.Trim(), match.Groups["marker"].Value.Trim().ToLowerInvariant()));
                }
            }

            if (marked.Count == 0)
            {
                return Array.Empty<string>();
            }

            // "(mandatory)" where the template says so; a localized template's mandatory marker is the one it repeats
            // (its optional sections say different things: "include if the feature involves data").
            string mandatoryMarker = marked.Any(m => m.Marker == "mandatory")
                ? "mandatory"
                : marked.GroupBy(m => m.Marker, StringComparer.Ordinal).OrderByDescending(g => g.Count()).First().Key;
            return marked.Where(m => m.Marker == mandatoryMarker).Select(m => m.Title).ToArray();
        }

        /// <summary>The plan template's Constitution Check heading: one naming the constitution (in English) or followed by a GATE line.</summary>
        public static string? CheckHeading(IReadOnlyList<string> lines)
        {
            for (int i = 0; i < lines.Count; i++)
            {
                Match match = Heading.Match(lines[i].TrimEnd());
                if (!match.Success)
                {
                    continue;
                }

                string title = match.Groups["title"].Value.Trim();
                if (title.IndexOf("constitution", StringComparison.OrdinalIgnoreCase) >= 0 ||
                    lines.Skip(i + 1).Take(3).Any(l => l.IndexOf("GATE", StringComparison.Ordinal) >= 0))
                {
                    return title;
                }
            }

            return null;
        }

        private static string? Resolve(string rootPath, string name)
        {
            string templates = Path.Combine(rootPath, ".specify", "templates");
            string overrides = Path.Combine(templates, "overrides", name);
            if (File.Exists(overrides))
            {
                return overrides;
            }

            string presets = Path.Combine(rootPath, ".specify", "presets");
            if (Directory.Exists(presets))
            {
                foreach (string preset in Directory.GetDirectories(presets).OrderBy(d => d, StringComparer.Ordinal))
                {
                    string candidate = Path.Combine(preset, "templates", name);
                    if (File.Exists(candidate))
                    {
                        return candidate;
                    }
                }
            }

            string own = Path.Combine(templates, name);
            return File.Exists(own) ? own : null;
        }

        private static IReadOnlyList<string> ReadLines(string path)
        {
            try
            {
                return File.ReadAllLines(path);
            }
            catch (IOException)
            {
                return Array.Empty<string>();
            }
            catch (UnauthorizedAccessException)
            {
                return Array.Empty<string>();
            }
        }
    }
}
