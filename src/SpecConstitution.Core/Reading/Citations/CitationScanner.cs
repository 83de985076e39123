using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace SpecConstitution.Reading.Citations
{
    /// <summary>
    /// Finds requirement citations in C# source text without a compiler, so one MSBuild task can gather the citations
    /// of every project of a solution (tests included) whatever the build order. The analyzer (SC1030) is the exact
    /// judge of each citation; this scan only needs the same attribute shapes:
    /// <c>[Requirement("…")]</c>, <c>[Trait("Requirement", "…")]</c>, <c>[Property("Requirement", "…")]</c>, <c>[TestProperty("Requirement", "…")]</c>.
    /// </summary>
    public static class CitationScanner
    {
        private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);

        private static readonly Regex Citation = new Regex(
            @"\b(?:SpecConstitution\.)?Requirement(?:Attribute)?\s*\(\s*(?:id\s*:\s*)?""(?<id>[^""]+)""" +
            @"|\b(?:Trait|Property|TestProperty)(?:Attribute)?\s*\(\s*""Requirement""\s*,\s*""(?<id>[^""]+)""",
            RegexOptions.CultureInvariant, Timeout);

        private static readonly Regex TestAttribute = new Regex(
            @"\[\s*(?:[\w.]+\.)?(?:Fact|Theory|Test|TestCase|TestCaseSource|TestMethod|DataTestMethod|Trait|Property|TestProperty)\b",
            RegexOptions.CultureInvariant, Timeout);

        private static readonly Regex TypeDeclaration = new Regex(@"\b(?:class|struct|record|interface|enum)\s+(?<name>\w+)", RegexOptions.CultureInvariant, Timeout);

        private static readonly Regex MemberDeclaration = new Regex(@"(?<name>\w+)\s*(?:<[^>()]*>)?\s*(?:\(|\{|=>|=|;)", RegexOptions.CultureInvariant, Timeout);

        public static IReadOnlyList<SourceCitation> Scan(string file, string text, bool isTestProject)
        {
            var citations = new List<SourceCitation>();
            string[] lines = text.Replace("\r\n", "\n").Split('\n');
            string? currentType = null;
            string? typeFeature = null;
            var pending = new List<(string Id, int Line)>();
            bool pendingIsTest = false;

            for (int i = 0; i < lines.Length; i++)
            {
                string line = StripComment(lines[i]);
                string trimmed = line.Trim();
                if (trimmed.Length == 0)
                {
                    continue;
                }

                foreach (Match match in Citation.Matches(line))
                {
                    pending.Add((match.Groups["id"].Value, i + 1));
                }

                pendingIsTest |= TestAttribute.IsMatch(line);
                if (trimmed.StartsWith("[", StringComparison.Ordinal) && trimmed.EndsWith("]", StringComparison.Ordinal))
                {
                    continue; // an attribute line: the declaration follows
                }

                Match type = TypeDeclaration.Match(line);
                if (type.Success)
                {
                    currentType = type.Groups["name"].Value;
                    typeFeature = null;
                    foreach (var (id, _) in pending)
                    {
                        int slash = id.LastIndexOf('/');
                        typeFeature ??= slash > 0 ? id.Substring(0, slash) : null;
                    }

                    Flush(citations, pending, currentType, isTestProject || pendingIsTest, file, null);
                }
                else if (pending.Count > 0)
                {
                    Match member = MemberDeclaration.Match(StripAttributes(line));
                    string name = member.Success ? member.Groups["name"].Value : "?";
                    Flush(citations, pending, currentType == null ? name : currentType + "." + name, isTestProject || pendingIsTest, file, typeFeature);
                }

                pendingIsTest = false;
            }

            return citations;
        }

        private static void Flush(List<SourceCitation> citations, List<(string Id, int Line)> pending, string member, bool isTest, string file, string? classFeature)
        {
            foreach (var (id, line) in pending)
            {
                citations.Add(new SourceCitation(id, member, isTest, file, line, classFeature));
            }

            pending.Clear();
        }

        private static string StripComment(string line)
        {
            int comment = line.IndexOf("//", StringComparison.Ordinal);
            return comment >= 0 && line.IndexOf('"') is int quote && (quote < 0 || quote > comment) ? line.Substring(0, comment) : line;
        }

        /// <summary>Drops leading <c>[...]</c> sections so <c>[Fact] public void M()</c> yields M.</summary>
        private static string StripAttributes(string line)
        {
            string text = line.TrimStart();
            while (text.StartsWith("[", StringComparison.Ordinal))
            {
                int depth = 0, end = -1;
                for (int i = 0; i < text.Length && end < 0; i++)
                {
                    depth += text[i] == '[' ? 1 : text[i] == ']' ? -1 : 0;
                    end = depth == 0 ? i : -1;
                }

                if (end < 0)
                {
                    return string.Empty;
                }

                text = text.Substring(end + 1).TrimStart();
            }

            return text;
        }
    }
}
