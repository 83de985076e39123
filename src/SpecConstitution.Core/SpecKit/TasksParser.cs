using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using SpecConstitution.Text;

namespace SpecConstitution.SpecKit
{
    /// <summary>
    /// Reads task lines with a tolerant grammar: real tasks.md files bold their IDs (<c>**T001**</c>), suffix them
    /// (<c>T001a</c>), indent sub-tasks and list several stories (<c>[US1,US2]</c>). IDs count only right after a
    /// checkbox, never in prose ("T300 timeout"). Each departure from the strict grammar is recorded, not rejected.
    /// </summary>
    public static class TasksParser
    {
        private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);

        private static readonly Regex TaskLine = new Regex(
            @"^(?<indent>\s*)(?<bullet>[-*+])\s+\[(?<done>[ xX])\]\s+(?<bold>\*\*)?(?<id>T\d+(?<suffix>[a-z]|\.\d+)?)\b(?:\*\*)?(?<colon>:)?(?<rest>.*)$",
            RegexOptions.CultureInvariant, Timeout);

        private static readonly Regex Label = new Regex(@"^\s*\[(?<label>[^\]]+)\]", RegexOptions.CultureInvariant, Timeout);

        private static readonly Regex PhaseStory = new Regex(@"User Story\s+(?<n>\d+)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, Timeout);

        // "Phase 2: Foundational (Generic Callback - US3)": a shared-looking phase written for one story.
        private static readonly Regex PhaseStoryLabel = new Regex(@"\bUS(?<n>\d+)\b", RegexOptions.CultureInvariant, Timeout);

        private static readonly Regex Citation = new Regex(@"(?<![\w/-])(?:(?<feature>\d{3,}-[A-Za-z0-9][A-Za-z0-9-]*)/)?(?<id>(?:FR|SC)-\d{1,4}[a-z]?)\b", RegexOptions.CultureInvariant, Timeout);

        [MethodImpl(JitHints.Optimize)]
        public static TasksDocument Parse(SourceFile file)
        {
            IReadOnlyList<MarkdownLine> lines = MarkdownScanner.Scan(file);
            var tasks = new List<TaskItem>();
            var phases = new List<TaskPhase>();
            TaskPhase? phase = null;
            foreach (MarkdownLine line in lines)
            {
                if (!line.IsProse)
                {
                    continue;
                }

                if (line.HeadingLevel == 2)
                {
                    phase = ReadPhase(line);
                    if (phase != null)
                    {
                        phases.Add(phase);
                    }

                    continue;
                }

                Match match = line.Text.IndexOf('[') >= 0 ? TaskLine.Match(line.Text) : Match.Empty; // no checkbox, no task
                if (match.Success)
                {
                    tasks.Add(ReadTask(line, match, phase));
                }
            }

            return new TasksDocument(file, tasks) { Phases = phases, Placeholders = PlaceholderReader.ReadFeatureTokens(lines) };
        }

        [MethodImpl(JitHints.Optimize)]
        private static TaskItem ReadTask(MarkdownLine line, Match match, TaskPhase? phase)
        {
            Group id = match.Groups["id"];
            var deviations = new List<string>();
            if (match.Groups["indent"].Length > 0)
            {
                deviations.Add("indented");
            }

            if (match.Groups["bullet"].Value != "-")
            {
                deviations.Add("bullet '" + match.Groups["bullet"].Value + "'");
            }

            if (match.Groups["bold"].Success)
            {
                deviations.Add("bold ID");
            }

            if (match.Groups["suffix"].Success || id.Length != 4)
            {
                deviations.Add("ID not T + three digits");
            }

            if (match.Groups["colon"].Success)
            {
                deviations.Add("colon after ID");
            }

            string rest = match.Groups["rest"].Value;
            int restStart = match.Groups["rest"].Index;
            bool parallel = false;
            var stories = new List<string>();
            Match label;
            int labelsSeen = 0;
            while (rest.TrimStart().StartsWith("[", StringComparison.Ordinal) && (label = Label.Match(rest)).Success)
            {
                string[] parts = label.Groups["label"].Value.Split(new[] { ',', ' ', ';' }, StringSplitOptions.RemoveEmptyEntries);
                if (!parts.All(p => p == "P" || IsStoryLabel(p)))
                {
                    break; // "[NEEDS CLARIFICATION]" or a link: description, not a label
                }

                if (parts.Length > 1)
                {
                    deviations.Add("several labels in one bracket");
                }

                foreach (string part in parts)
                {
                    if (part == "P")
                    {
                        if (stories.Count > 0)
                        {
                            deviations.Add("[P] after the story label");
                        }

                        parallel = true;
                    }
                    else
                    {
                        stories.Add(part);
                    }
                }

                labelsSeen++;
                rest = rest.Substring(label.Length);
                restStart += label.Length;
            }

            string description = rest.Trim();
            int descriptionStart = restStart + (rest.Length - rest.TrimStart().Length);
            var task = new TaskItem(id.Value, match.Groups["done"].Value != " ", parallel, stories, description, TextRange.OnLine(line.Number, id.Index + 1, id.Length))
            {
                Phase = phase,
                Number = int.Parse(new string(id.Value.Substring(1).TakeWhile(char.IsDigit).Take(9).ToArray()), CultureInfo.InvariantCulture),
                Deviations = deviations.Distinct(StringComparer.Ordinal).ToArray(),
            };

            var citations = new List<RequirementCitation>();
            bool citesSomething = line.Text.IndexOf("FR-", descriptionStart, StringComparison.Ordinal) >= 0 || line.Text.IndexOf("SC-", descriptionStart, StringComparison.Ordinal) >= 0;
            foreach (Match cited in citesSomething ? Citation.Matches(line.Text, descriptionStart).Cast<Match>() : Enumerable.Empty<Match>())
            {
                citations.Add(new RequirementCitation(cited.Groups["feature"].Success ? cited.Groups["feature"].Value : null, cited.Groups["id"].Value,
                    TextRange.OnLine(line.Number, cited.Index + 1, cited.Length)));
            }

            task.Citations = citations;
            task.Paths = TaskPathReader.Read(line.Text, descriptionStart, line.Number, out bool mentionsPath);
            task.MentionsPath = mentionsPath;
            return task;
        }

        // "US1", "US12": what ^US\d+$ matched, without a regex call per label.
        private static bool IsStoryLabel(string part) =>
            part.Length > 2 && part.StartsWith("US", StringComparison.Ordinal) && part.Skip(2).All(char.IsDigit);

        private static TaskPhase? ReadPhase(MarkdownLine line)
        {
            string title = line.HeadingText;
            string key = title.ToLowerInvariant();
            Match story = PhaseStory.Match(title);
            TaskPhaseKind kind =
                story.Success ? TaskPhaseKind.UserStory :
                key.Contains("setup") ? TaskPhaseKind.Setup :
                key.Contains("foundation") ? TaskPhaseKind.Foundational :
                key.Contains("polish") ? TaskPhaseKind.Polish :
                TaskPhaseKind.Other;
            if (kind == TaskPhaseKind.Other && !key.StartsWith("phase", StringComparison.Ordinal))
            {
                return null; // "## Format", "## Dependencies": not a phase, tasks keep their phase
            }

            Match label = story.Success ? story : PhaseStoryLabel.Match(title);
            int column = line.Text.IndexOf(title, StringComparison.Ordinal) + 1;
            return new TaskPhase(title, kind, label.Success ? "US" + label.Groups["n"].Value : null, TextRange.OnLine(line.Number, Math.Max(1, column), title.Length));
        }
    }
}
