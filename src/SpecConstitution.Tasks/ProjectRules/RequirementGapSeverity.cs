using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using SpecConstitution.Diagnostics;
using SpecConstitution.Model.Rules;

namespace SpecConstitution.Tasks.ProjectRules
{
    /// <summary>
    /// SC1040's severity as for any other ID. The compiler never sees it (the task reports it, on spec.md), so the task
    /// applies what the compiler would: the rules file's <c>spec-checks:</c> severity, then <c>dotnet_diagnostic.SC1040.severity</c>
    /// from the project's global analyzer config files, then from the .editorconfig files above the project (nearest wins,
    /// up to the one marked <c>root = true</c>), in any section since spec.md is no compiled file.
    /// </summary>
    internal static class RequirementGapSeverity
    {
        private static readonly string Id = DiagnosticCatalog.RequirementNotTraced.Id;

        private static readonly Regex Setting = new Regex(@"^\s*dotnet_diagnostic\." + Id + @"\.severity\s*=\s*(?<v>[A-Za-z]+)\s*(?:[#;].*)?$", RegexOptions.Multiline | RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1));
        private static readonly Regex RootTrue = new Regex(@"^\s*root\s*=\s*true\s*$", RegexOptions.Multiline | RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1));

        public static IReadOnlyList<Finding> Apply(IReadOnlyList<Finding> gaps, RulesFile? rules, string projectDirectory, string? editorConfigFiles)
        {
            FindingSeverity? severity = rules != null && rules.SpecChecks.TryGetValue(Id, out FindingSeverity configured) ? configured : (FindingSeverity?)null;
            severity = FromEditorConfig(projectDirectory, editorConfigFiles) ?? severity;
            // A gap the rule already turned off (a Draft feature, severity none) stays off.
            return severity is { } s ? gaps.Select(g => g.Severity == FindingSeverity.None ? g : g.WithSeverity(s)).ToArray() : gaps;
        }

        private static FindingSeverity? FromEditorConfig(string projectDirectory, string? editorConfigFiles)
        {
            FindingSeverity? found = null;
            foreach (string global in (editorConfigFiles ?? string.Empty).Split(new[] { ';' }, StringSplitOptions.RemoveEmptyEntries).Select(f => f.Trim()))
            {
                if (!global.EndsWith(".editorconfig", StringComparison.OrdinalIgnoreCase))
                {
                    found = Read(global) ?? found;
                }
            }

            var chain = new List<string>();
            for (DirectoryInfo? dir = new DirectoryInfo(projectDirectory); dir != null; dir = dir.Parent)
            {
                string file = Path.Combine(dir.FullName, ".editorconfig");
                if (File.Exists(file))
                {
                    chain.Add(file);
                    if (RootTrue.IsMatch(SafeRead(file)))
                    {
                        break;
                    }
                }
            }

            // Farthest first: the nearest file's setting is read last and wins.
            for (int i = chain.Count - 1; i >= 0; i--)
            {
                found = Read(chain[i]) ?? found;
            }

            return found;
        }

        private static FindingSeverity? Read(string file)
        {
            Match last = Setting.Matches(SafeRead(file)).Cast<Match>().LastOrDefault();
            if (last == null)
            {
                return null;
            }

            switch (last.Groups["v"].Value.ToLowerInvariant())
            {
                case "error": return FindingSeverity.Error;
                case "warning": return FindingSeverity.Warning;
                case "suggestion": case "info": return FindingSeverity.Info;
                case "silent": case "none": case "hidden": return FindingSeverity.None;
                default: return null; // "default": the rule's own severity
            }
        }

        private static string SafeRead(string file)
        {
            try
            {
                return File.Exists(file) ? File.ReadAllText(file) : string.Empty;
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
            {
                return string.Empty;
            }
        }
    }
}
