using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using SpecConstitution.Diagnostics;
using SpecConstitution.Infrastructure.Text;
using SpecConstitution.Model.SpecKit;
using SpecConstitution.Reading.Markdown;

namespace SpecConstitution.Checks.Specs
{
    /// <summary>spec.md has the template's mandatory sections, prioritized stories with scenarios, and a clean FR/SC list.</summary>
    internal static class SpecStructureCheck
    {
        private static readonly string[] CurrentMandatory = { "User Scenarios & Testing", "Requirements", "Success Criteria" };

        // The 2025 templates had no Success Criteria section; a legacy spec is not flooded for lacking one.
        private static readonly string[] LegacyMandatory = { "User Scenarios & Testing", "Requirements" };

        private static readonly Regex StatedPriority = new Regex(@"\([^()]*\bP\d+\s*\)", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

        private static readonly Regex RemarkAboutRequirement = new Regex(@"^(?:is|are|was|were|has been|refers|covers|applies|remains)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1));

        private static readonly Regex HasNumber = new Regex(@"\d", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

        public static void Run(FeatureFolder feature, CheckContext context)
        {
            SpecDocument? spec = feature.Spec;
            if (spec == null || spec.File.IsBlank)
            {
                return;
            }

            string display = CheckContext.Display(feature, "spec.md");
            string path = spec.File.Path;
            // The repository's own spec template (override, preset, .specify/templates) names the mandatory sections in
            // the team's words; the built-in names apply only when it keeps none.
            IReadOnlyList<string>? own = context.Tree?.Templates.MandatorySpecSections;
            string[] mandatory = own != null ? own.ToArray() : spec.Format == DocumentFormat.Legacy ? LegacyMandatory : CurrentMandatory;
            string[] keys = mandatory.Select(SectionIndex.Normalize).ToArray();
            // Only a spec written from the template is held to its section names (see TemplateHeadings). A hand-written
            // spec ("**Spec ID:**", emoji sections) lacks the built-in template's header fields too.
            bool followsBuiltIn = own != null
                ? TemplateHeadings.FollowsTemplate(spec.Sections, keys)
                : spec.Branch != null && TemplateHeadings.FollowsBuiltIn(spec.Sections, keys);
            for (int i = 0; i < mandatory.Length && followsBuiltIn; i++)
            {
                string section = mandatory[i];
                string key = keys[i];
                if (!spec.Sections.Any(s => s.Level <= 3 && TemplateHeadings.Matches(s.Key, key)))
                {
                    context.Report(DiagnosticCatalog.MandatorySectionMissing, path, TitleRange(spec), display, section);
                }
            }

            CheckStories(spec, display, context);
            CheckRequirements(spec, display, context);
        }

        private static void CheckStories(SpecDocument spec, string display, CheckContext context)
        {
            bool scenariosAreNotTheConvention = RepositoryConventions.WritesNoScenarios(context.Tree);
            foreach (UserStory story in spec.Stories)
            {
                // "(Prioridade: P1)", "(Priority: P2) — PRE-SATISFIED": a priority the heading states in its own words.
                if (story.Number > 0 && story.Priority == null && !StatedPriority.IsMatch(story.Title))
                {
                    context.Report(DiagnosticCatalog.StoryWithoutPriority, spec.File.Path, story.Range, story.Number, display);
                }

                // The legacy primary story's scenarios may sit anywhere under "Acceptance Scenarios".
                bool hasScenarios = story.Number > 0 ? story.ScenarioCount > 0 : spec.ScenarioCount > 0;
                if (!hasScenarios && !StoryStatus.NeedsNoWork(story) && !scenariosAreNotTheConvention)
                {
                    string name = story.Number > 0 ? story.Number.ToString(CultureInfo.InvariantCulture) : "(primary)";
                    context.Report(DiagnosticCatalog.StoryWithoutScenarios, spec.File.Path, story.Range, name, display);
                }
            }
        }

        private static void CheckRequirements(SpecDocument spec, string display, CheckContext context)
        {
            string path = spec.File.Path;
            var seen = new HashSet<string>(StringComparer.Ordinal);
            // An ID scheme most of the spec's own IDs follow (FR-0001, FR1) is the team's: only the odd ones out are reported.
            int wellFormed = spec.Requirements.Count(r => r.IsWellFormed);
            bool grammarIsTheTeams = wellFormed * 2 > spec.Requirements.Count;
            foreach (Requirement requirement in spec.Requirements)
            {
                if (!requirement.IsWellFormed && grammarIsTheTeams)
                {
                    context.Report(DiagnosticCatalog.RequirementIdMalformed, path, requirement.Range, requirement.Id, display, requirement.Prefix);
                }

                // "- **FR-025** is a documentation requirement, verified by…": a note about a declared requirement, not a second one.
                if (!seen.Add(requirement.Id) && !RemarkAboutRequirement.IsMatch(requirement.Text))
                {
                    context.Report(DiagnosticCatalog.DuplicateRequirementId, path, requirement.Range, requirement.Id, display);
                }
            }

            ReportGaps(spec, path, display, context);

            var byText = new Dictionary<string, Requirement>(StringComparer.Ordinal);
            char[]? buffer = null;
            foreach (Requirement requirement in spec.Requirements)
            {
                string? normalized = NormalizeText(requirement.Text, minimumLength: 12, ref buffer);
                if (normalized == null)
                {
                    continue;
                }

                if (byText.TryGetValue(normalized, out Requirement? first) && first.Id != requirement.Id)
                {
                    context.Report(DiagnosticCatalog.DuplicateRequirementText, path, requirement.Range, requirement.Id, first.Id, display);
                }
                else if (!byText.ContainsKey(normalized))
                {
                    byText[normalized] = requirement;
                }
            }

            foreach (Requirement requirement in spec.Requirements)
            {
                string? vague = VagueWord(requirement.Text, context.Options.VagueWords);
                if (vague != null && !HasNumber.IsMatch(requirement.Text))
                {
                    context.Report(DiagnosticCatalog.VagueRequirement, path, requirement.Range, requirement.Id, display, vague);
                }
            }
        }

        /// <summary>
        /// A jump in one prefix's numbers (live and withdrawn declarations alike) is a gap, reported at the declaration
        /// of the number after it. Sorted numbers, not a set per prefix: this runs for every spec of the tree.
        /// </summary>
        private static void ReportGaps(SpecDocument spec, string path, string display, CheckContext context)
        {
            var prefixes = new List<string>(2);
            foreach (Requirement requirement in spec.Requirements)
            {
                if (requirement.IsWellFormed && !prefixes.Contains(requirement.Prefix))
                {
                    prefixes.Add(requirement.Prefix);
                }
            }

            foreach (string prefix in prefixes)
            {
                int[] numbers = NumbersOf(spec, prefix);
                Array.Sort(numbers);
                int previous = 0;
                for (int i = 0; i < numbers.Length; i++)
                {
                    int number = numbers[i];
                    if (i > 0 && number == numbers[i - 1])
                    {
                        continue;
                    }

                    // FR-004 → FR-010: numbering in blocks of ten (one block per area) is a layout, not a lost requirement.
                    if (number > previous + 1 && previous > 0 && number % 10 != 0)
                    {
                        Requirement at = FirstDeclaring(spec, prefix, number);
                        context.Report(DiagnosticCatalog.RequirementIdGap, path, at.Range, prefix, Id(prefix, previous), Id(prefix, number), display);
                    }

                    previous = number;
                }
            }
        }

        private static int[] NumbersOf(SpecDocument spec, string prefix)
        {
            var numbers = new List<int>(spec.Requirements.Count + spec.Withdrawn.Count);
            foreach (Requirement requirement in spec.Requirements)
            {
                if (requirement.IsWellFormed && requirement.Prefix == prefix)
                {
                    numbers.Add(requirement.Number);
                }
            }

            foreach (Requirement withdrawn in spec.Withdrawn)
            {
                if (withdrawn.Prefix == prefix)
                {
                    numbers.Add(withdrawn.Number);
                }
            }

            return numbers.ToArray();
        }

        // A live declaration first; a number only a withdrawn ID holds is reported at the struck-through line (it threw before).
        private static Requirement FirstDeclaring(SpecDocument spec, string prefix, int number)
        {
            foreach (Requirement requirement in spec.Requirements)
            {
                if (requirement.IsWellFormed && requirement.Prefix == prefix && requirement.Number == number)
                {
                    return requirement;
                }
            }

            foreach (Requirement withdrawn in spec.Withdrawn)
            {
                if (withdrawn.Prefix == prefix && withdrawn.Number == number)
                {
                    return withdrawn;
                }
            }

            throw new InvalidOperationException($"{prefix}-{number} was among the spec's numbers but no declaration holds it");
        }

        /// <summary>The first of <paramref name="words"/> that is a whole word of the text (words: letters, digits and '-').</summary>
        // Scanned by hand: a static Regex.Split per requirement went through the regex cache and allocated every token.
        private static string? VagueWord(string text, IReadOnlyList<string> words)
        {
            // Most words of a requirement have a length no vague word has: those skip the comparisons.
            ulong lengths = 0;
            for (int w = 0; w < words.Count; w++)
            {
                lengths |= words[w].Length < 64 ? 1UL << words[w].Length : 0;
            }

            string lowered = text.ToLowerInvariant();
            int first = -1;
            int start = 0;
            for (int i = 0; i <= lowered.Length; i++)
            {
                if (i < lowered.Length && (char.IsLetter(lowered[i]) || char.IsNumber(lowered[i]) || lowered[i] == '-'))
                {
                    continue;
                }

                int length = i - start;
                bool possible = length >= 64 || (lengths & (1UL << length)) != 0;
                for (int w = 0; possible && w < words.Count && (first < 0 || w < first); w++)
                {
                    if (words[w].Length == i - start && string.CompareOrdinal(lowered, start, words[w], 0, i - start) == 0)
                    {
                        first = w;
                    }
                }

                start = i + 1;
            }

            return first < 0 ? null : words[first];
        }

        /// <summary>
        /// Case, punctuation, markdown emphasis and spacing do not make two requirements different: the text without
        /// them, or null when that is shorter than <paramref name="minimumLength"/>. Written into a buffer
        /// the caller keeps across requirements, and made a string only when long enough (a builder per requirement was
        /// a twentieth of what checking 1,000 features allocated).
        /// </summary>
        private static string? NormalizeText(string text, int minimumLength, ref char[]? buffer)
        {
            if (buffer == null || buffer.Length < text.Length)
            {
                buffer = new char[Math.Max(text.Length, 256)];
            }

            // Lower-cased letters and digits, every other run of characters one space, none at the ends.
            int length = 0;
            bool pendingSpace = false;
            foreach (char c in text)
            {
                if (!char.IsLetterOrDigit(c))
                {
                    pendingSpace = length > 0;
                    continue;
                }

                if (pendingSpace)
                {
                    buffer[length++] = ' ';
                    pendingSpace = false;
                }

                buffer[length++] = char.ToLowerInvariant(c);
            }

            return length < minimumLength ? null : new string(buffer, 0, length);
        }

        private static string Id(string prefix, int number) => prefix + "-" + number.ToString("000", CultureInfo.InvariantCulture);

        private static TextRange TitleRange(SpecDocument spec)
        {
            MarkdownSection? title = spec.Sections.FirstOrDefault(s => s.Level == 1);
            return title?.Range ?? TextRange.StartOfFile;
        }
    }
}
