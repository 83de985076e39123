using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using SpecConstitution.Infrastructure.Text;
using SpecConstitution.Model.SpecKit;
using SpecConstitution.Reading.Markdown;

namespace SpecConstitution.Reading.SpecKit
{
    /// <summary>Reads spec.md in the current and the legacy template format. Structure counts only in its place: IDs as bold list labels, stories as level-3 headings.</summary>
    public static class SpecParser
    {
        private static readonly System.TimeSpan Timeout = System.TimeSpan.FromSeconds(1);

        // Requirements are declared as list items ("- **FR-001**: System MUST ..."), read by RequirementLineSyntax.
        // Mentions in prose are not declarations.
        private static readonly Regex HeaderField = new Regex(@"^\s*\*\*(?<name>Feature Branch|Created|Status|Input|Depends On)\*\*\s*:\s*(?<v>.*?)\s*$", RegexOptions.CultureInvariant, Timeout);

        private static readonly Regex EntityItem = new Regex(@"^\s*[-*+]\s+\*\*(?<name>[^*]+)\*\*", RegexOptions.CultureInvariant, Timeout);

        private static readonly Regex SessionHeading = new Regex(@"^Session\s+(?<date>\d{4}-\d{2}-\d{2})", RegexOptions.CultureInvariant, Timeout);

        private static readonly Regex Question = new Regex(@"^\s*[-*+]\s+Q\s*:", RegexOptions.CultureInvariant, Timeout);

        [MethodImpl(JitHints.Optimize)]
        public static SpecDocument Parse(SourceFile file)
        {
            MarkdownLine[] lines = MarkdownScanner.Scan(file);
            IReadOnlyList<MarkdownSection> sections = SectionIndex.Build(lines);
            string? title = null, status = null, branch = null, created = null, dependsOn = null;
            TextRange dependsOnRange = TextRange.StartOfFile;
            TextRange statusRange = TextRange.StartOfFile;
            var requirements = new List<Requirement>();
            var withdrawn = new List<Requirement>();
            var stories = new List<UserStory>();
            var entities = new List<string>();
            var sessions = new List<ClarificationSession>();
            int scenarios = 0;
            UserStory? currentStory = null;
            ClarificationSession? currentSession = null;

            foreach (MarkdownLine line in lines)
            {
                if (!line.IsProse)
                {
                    continue;
                }

                if (line.HeadingLevel > 0)
                {
                    if (title == null && line.HeadingLevel == 1)
                    {
                        int colon = line.HeadingText.IndexOf(':');
                        title = colon >= 0 ? line.HeadingText.Substring(colon + 1).Trim() : line.HeadingText;
                    }

                    currentStory = line.HeadingLevel <= 3 ? ReadStory(line, stories) : currentStory;
                    currentSession = ReadSession(line, sections, sessions, currentSession);
                    continue;
                }

                // Header fields, scenarios, requirements and entities are all bold ("**"): most prose lines skip four regexes.
                bool bold = line.Text.IndexOf("**", System.StringComparison.Ordinal) >= 0;
                Match field = bold && MayBeHeaderField(line.Text) ? HeaderField.Match(line.Text) : Match.Empty;
                if (field.Success)
                {
                    string value = field.Groups["v"].Value.Trim('*', ' ', '`');
                    switch (field.Groups["name"].Value)
                    {
                        case "Status" when status == null:
                            status = value;
                            statusRange = TextRange.OnLine(line.Number, field.Groups["v"].Index + 1, field.Groups["v"].Length);
                            break;
                        case "Feature Branch" when branch == null:
                            branch = value;
                            break;
                        case "Created" when created == null:
                            created = value;
                            break;
                        case "Depends On" when dependsOn == null:
                            // Kept raw, with where it starts: each entry is located when it is read (FeatureDependencyReader).
                            dependsOn = field.Groups["v"].Value;
                            dependsOnRange = TextRange.OnLine(line.Number, field.Groups["v"].Index + 1, field.Groups["v"].Length);
                            break;
                    }

                    continue;
                }

                if (bold && IsScenario(line.Text))
                {
                    scenarios++;
                    if (currentStory != null)
                    {
                        currentStory.ScenarioCount++;
                    }

                    continue;
                }

                if (currentSession != null && Question.IsMatch(line.Text))
                {
                    currentSession.QuestionCount++;
                    continue;
                }

                if (bold && RequirementLineSyntax.TryRead(line.Text, out bool struck, out int idStart, out int idLength, out int textStart))
                {
                    string id = SharedText.Id(line.Text, idStart, idLength);
                    if (struck)
                    {
                        withdrawn.Add(new Requirement(id, string.Empty, TextRange.OnLine(line.Number, idStart + 1, idLength)));
                    }
                    else
                    {
                        requirements.Add(new Requirement(id, line.Text.Substring(textStart).Trim(), TextRange.OnLine(line.Number, idStart + 1, idLength)));
                    }

                    continue;
                }

                if (bold && SectionIndex.Enclosing(sections, line.Number, "key entities") != null)
                {
                    Match entity = EntityItem.Match(line.Text);
                    if (entity.Success)
                    {
                        entities.Add(entity.Groups["name"].Value.Trim());
                    }
                }
            }

            return new SpecDocument(file, title, status, requirements, ClarificationMarkerReader.Read(lines))
            {
                Shape = DocumentShapeReader.Read(file),
                StatusRange = statusRange,
                Branch = branch,
                Created = created,
                DependsOn = dependsOn,
                DependsOnRange = dependsOnRange,
                Format = IsLegacy(sections) ? DocumentFormat.Legacy : DocumentFormat.Current,
                Sections = sections,
                Stories = stories,
                Withdrawn = withdrawn,
                KeyEntities = entities,
                ClarificationSessions = sessions,
                ScenarioCount = scenarios,
                Placeholders = PlaceholderReader.ReadFeatureTokens(lines),
            };
        }

        private static readonly string[] HeaderFieldOpenings = { "**Feature Branch**", "**Created**", "**Status**", "**Input**", "**Depends On**" };

        /// <summary>
        /// A numbered or bulleted item with a "**Given**" after the marker's space (<c>^\s*(?:\d+[.)]|[-*+])\s+.*\*\*Given\*\*</c>),
        /// by hand: that regex backtracked over the whole line from its end.
        /// </summary>
        private static bool IsScenario(string text)
        {
            int i = LineScan.SkipWhitespace(text, 0);

            if (i < text.Length && (text[i] == '-' || text[i] == '*' || text[i] == '+'))
            {
                i++;
            }
            else
            {
                int digits = i;
                while (i < text.Length && char.IsDigit(text[i]))
                {
                    i++;
                }

                if (i == digits || i >= text.Length || (text[i] != '.' && text[i] != ')'))
                {
                    return false;
                }

                i++;
            }

            return i < text.Length && char.IsWhiteSpace(text[i]) &&
                (text.IndexOf("**Given**", i + 1, System.StringComparison.Ordinal) >= 0 || IsLocalizedScenario(text, i + 1));
        }

        /// <summary>
        /// A localized template's scenario ("1. **Dado** …, **quando** …, **então** …", "**Допустим** …"): an item that
        /// opens with a bold word and holds at least three bold words (Given, When, Then in the team's language).
        /// </summary>
        private static bool IsLocalizedScenario(string text, int index)
        {
            int i = LineScan.SkipWhitespace(text, index);
            if (!LineScan.StartsWithAt(text, i, "**"))
            {
                return false;
            }

            // "- **FR-004**: … **DEVE** … **ou** …" is a requirement: a scenario's first bold word is a word, not an ID.
            int close = text.IndexOf("**", i + 2, System.StringComparison.Ordinal);
            for (int c = i + 2; c < close; c++)
            {
                if (char.IsDigit(text[c]))
                {
                    return false;
                }
            }

            int markers = 0;
            for (int at = text.IndexOf("**", i, System.StringComparison.Ordinal); at >= 0; at = text.IndexOf("**", at + 2, System.StringComparison.Ordinal))
            {
                markers++;
            }

            return markers >= 6;
        }

        /// <summary>
        /// The header-field regex's fixed opening, tested by hand: a spec has dozens of bold lines (requirements,
        /// scenarios) and four header fields, and the regex was a third of parsing one.
        /// </summary>
        private static bool MayBeHeaderField(string text) => LineScan.StartsWithAnyAt(text, LineScan.SkipWhitespace(text, 0), HeaderFieldOpenings);

        /// <summary>The 2025 templates had "Execution Flow (main)", a single "Primary User Story" and a Review Checklist, and no Success Criteria.</summary>
        private static bool IsLegacy(IReadOnlyList<MarkdownSection> sections) =>
            sections.Any(s => s.Key.StartsWith("primary user story", System.StringComparison.Ordinal) || s.Key.StartsWith("execution flow", System.StringComparison.Ordinal)) &&
            !sections.Any(s => UserStoryHeadingSyntax.TryRead(s.Title, out _, out _, out _, out _, out _, out _));

        // The session regex's fixed opening, tested first: every heading of every spec met it, and few are sessions.
        private static bool MayBeSessionHeading(string heading) => heading.StartsWith("Session", System.StringComparison.Ordinal);

        private static UserStory? ReadStory(MarkdownLine line, List<UserStory> stories)
        {
            if (line.HeadingLevel == 3)
            {
                string heading = line.HeadingText;
                int column = line.Text.IndexOf(heading, System.StringComparison.Ordinal) + 1;
                TextRange range = TextRange.OnLine(line.Number, System.Math.Max(1, column), heading.Length);
                if (UserStoryHeadingSyntax.TryRead(heading, out int numberStart, out int numberLength, out int titleStart, out int titleLength, out int priorityStart, out int priorityLength) &&
                    int.TryParse(heading.Substring(numberStart, numberLength), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int number))
                {
                    string? priority = priorityLength > 0 ? heading.Substring(priorityStart, priorityLength).ToUpperInvariant() : null;
                    var story = new UserStory(number, heading.Substring(titleStart, titleLength).Trim(), priority, range);
                    stories.Add(story);
                    return story;
                }

                if (SectionIndex.Normalize(line.HeadingText).StartsWith("primary user story", System.StringComparison.Ordinal))
                {
                    var story = new UserStory(0, line.HeadingText, null, range);
                    stories.Add(story);
                    return story;
                }

                // Legacy "### Acceptance Scenarios" belongs to the primary story above it.
                if (SectionIndex.Normalize(line.HeadingText).StartsWith("acceptance scenarios", System.StringComparison.Ordinal))
                {
                    return stories.LastOrDefault(s => s.Number == 0);
                }
            }

            return null;
        }

        private static ClarificationSession? ReadSession(MarkdownLine line, IReadOnlyList<MarkdownSection> sections, List<ClarificationSession> sessions, ClarificationSession? current)
        {
            Match match = MayBeSessionHeading(line.HeadingText) ? SessionHeading.Match(line.HeadingText) : Match.Empty;
            if (match.Success && SectionIndex.Enclosing(sections, line.Number, "clarifications") != null)
            {
                int column = line.Text.IndexOf(line.HeadingText, System.StringComparison.Ordinal) + 1;
                var session = new ClarificationSession(match.Groups["date"].Value, TextRange.OnLine(line.Number, System.Math.Max(1, column), line.HeadingText.Length));
                sessions.Add(session);
                return session;
            }

            return line.HeadingLevel <= 3 ? null : current;
        }
    }
}
