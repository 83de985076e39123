using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using SpecConstitution.Infrastructure.Text;
using SpecConstitution.Model.SpecKit;
using SpecConstitution.Reading.Markdown;

namespace SpecConstitution.Reading.SpecKit
{
    /// <summary>
    /// Reads task lines with a tolerant grammar: real tasks.md files bold their IDs (<c>**T001**</c>), suffix them
    /// (<c>T001a</c>), indent sub-tasks and list several stories (<c>[US1,US2]</c>). IDs count only right after a
    /// checkbox, never in prose ("T300 timeout"). Each departure from the strict grammar is recorded, not rejected.
    /// </summary>
    public static class TasksParser
    {
        private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);

        private static readonly char[] LabelSeparators = { ',', ' ', ';' };

        private static readonly Regex PhaseStory = new Regex(@"User Story\s+(?<n>\d+)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, Timeout);

        // "Phase 2: Foundational (Generic Callback - US3)": a shared-looking phase written for one story.
        private static readonly Regex PhaseStoryLabel = new Regex(@"\bUS(?<n>\d+)\b", RegexOptions.CultureInvariant, Timeout);

        [MethodImpl(JitHints.Optimize)]
        public static TasksDocument Parse(SourceFile file)
        {
            MarkdownLine[] lines = MarkdownScanner.Scan(file);
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

                if (line.Text.IndexOf('[') >= 0 && TaskLineSyntax.TryRead(line.Text, out TaskLineSyntax syntax)) // no checkbox, no task
                {
                    tasks.Add(ReadTask(line, syntax, phase));
                }
            }

            return new TasksDocument(file, tasks) { Shape = DocumentShapeReader.Read(file), Phases = phases, Placeholders = PlaceholderReader.ReadFeatureTokens(lines) };
        }

        [MethodImpl(JitHints.Optimize)]
        private static TaskItem ReadTask(MarkdownLine line, TaskLineSyntax syntax, TaskPhase? phase)
        {
            string text = line.Text;
            // Most tasks follow the grammar and have no label list: both lists are made only when needed.
            List<string>? deviations = null;
            if (syntax.Indent > 0)
            {
                Add(ref deviations, "indented");
            }

            if (syntax.Bullet != '-')
            {
                Add(ref deviations, "bullet '" + syntax.Bullet + "'");
            }

            if (syntax.BoldId)
            {
                Add(ref deviations, "bold ID");
            }

            if (syntax.Suffixed || syntax.IdLength != 4)
            {
                Add(ref deviations, "ID not T + three digits");
            }

            if (syntax.Colon)
            {
                Add(ref deviations, "colon after ID");
            }

            int restStart = syntax.RestStart;
            bool parallel = false;
            List<string>? stories = null;
            while (TryReadLabel(text, restStart, out int labelStart, out int labelEnd))
            {
                // The bracket's parts (separated by ',', ' ' or ';') are read in place, twice: first whether all are labels.
                int parts = CountLabelParts(text, labelStart, labelEnd);
                if (parts < 0)
                {
                    break; // "[NEEDS CLARIFICATION]" or a link: description, not a label
                }

                if (parts > 1)
                {
                    Add(ref deviations, "several labels in one bracket");
                }

                for (int partStart = NextPart(text, labelStart, labelEnd); partStart < labelEnd; partStart = NextPart(text, PartEnd(text, partStart, labelEnd), labelEnd))
                {
                    int partEnd = PartEnd(text, partStart, labelEnd);
                    if (partEnd - partStart == 1 && text[partStart] == 'P')
                    {
                        if (stories != null)
                        {
                            Add(ref deviations, "[P] after the story label");
                        }

                        parallel = true;
                    }
                    else
                    {
                        Add(ref stories, StoryLabel(text, partStart, partEnd));
                    }
                }

                restStart = labelEnd + 1;
            }

            int descriptionStart = restStart;
            while (descriptionStart < text.Length && char.IsWhiteSpace(text[descriptionStart]))
            {
                descriptionStart++;
            }

            string description = text.Substring(descriptionStart).TrimEnd();
            string id = SharedText.Id(text, syntax.IdStart, syntax.IdLength);
            var task = new TaskItem(id, syntax.Done != ' ', parallel, StoriesOf(stories), description, TextRange.OnLine(line.Number, syntax.IdStart + 1, syntax.IdLength))
            {
                Phase = phase,
                Number = syntax.Number(text),
                Deviations = deviations == null ? Array.Empty<string>() : deviations.Distinct(StringComparer.Ordinal).ToArray(),
            };

            // Exact arrays: the tasks' lists live through the whole check.
            task.Citations = TaskCitationReader.Read(text, descriptionStart, line.Number)?.ToArray() ?? Array.Empty<RequirementCitation>();
            task.Paths = TaskPathReader.Read(text, descriptionStart, line.Number, out bool mentionsPath);
            task.MentionsPath = mentionsPath;
            return task;
        }

        private static void Add(ref List<string>? list, string item) => (list ??= new List<string>()).Add(item);

        /// <summary>A bracketed label after optional whitespace from <paramref name="start"/>: <c>[P]</c>, <c>[US1]</c>, or any other bracket.</summary>
        private static bool TryReadLabel(string text, int start, out int contentStart, out int close)
        {
            int open = start;
            while (open < text.Length && char.IsWhiteSpace(text[open]))
            {
                open++;
            }

            contentStart = open + 1;
            close = open < text.Length && text[open] == '[' ? text.IndexOf(']', contentStart) : -1;
            return close > contentStart;
        }

        // The parts of a label bracket when each is "P" or a story label, else -1.
        private static int CountLabelParts(string text, int start, int end)
        {
            int count = 0;
            for (int part = NextPart(text, start, end); part < end; part = NextPart(text, PartEnd(text, part, end), end))
            {
                int partEnd = PartEnd(text, part, end);
                if (!(partEnd - part == 1 && text[part] == 'P') && !IsStoryLabel(text, part, partEnd))
                {
                    return -1;
                }

                count++;
            }

            return count;
        }

        private static int NextPart(string text, int index, int end)
        {
            while (index < end && Array.IndexOf(LabelSeparators, text[index]) >= 0)
            {
                index++;
            }

            return index;
        }

        private static int PartEnd(string text, int index, int end)
        {
            while (index < end && Array.IndexOf(LabelSeparators, text[index]) < 0)
            {
                index++;
            }

            return index;
        }

        // "US0" to "US99" are most labels of most trees: made once, not once per task; so is a task's list of one of them
        // (the tasks live through the whole check, and nothing changes their lists).
        private static readonly string[] CommonStoryLabels = Enumerable.Range(0, 100).Select(n => "US" + n.ToString(CultureInfo.InvariantCulture)).ToArray();

        private static readonly string[][] SingleCommonStories = CommonStoryLabels.Select(label => new[] { label }).ToArray();

        private static IReadOnlyList<string> StoriesOf(List<string>? stories)
        {
            if (stories == null)
            {
                return Array.Empty<string>();
            }

            int common = stories.Count == 1 ? CommonLabelIndex(stories[0], 0, stories[0].Length) : -1;
            return common >= 0 ? SingleCommonStories[common] : stories.ToArray();
        }

        private static string StoryLabel(string text, int start, int end)
        {
            int common = CommonLabelIndex(text, start, end);
            return common >= 0 ? CommonStoryLabels[common] : text.Substring(start, end - start);
        }

        // n when text[start..end) is exactly "US" + n for 0 <= n < 100 (no leading zero), else -1.
        private static int CommonLabelIndex(string text, int start, int end)
        {
            int digits = end - start - 2;
            if (digits < 1 || digits > 2 || !LineScan.StartsWithAt(text, start, "US") || !LineScan.IsAsciiDigitAt(text, start + 2) ||
                (digits == 2 && (text[start + 2] == '0' || !LineScan.IsAsciiDigitAt(text, start + 3))))
            {
                return -1;
            }

            return digits == 1 ? text[start + 2] - '0' : ((text[start + 2] - '0') * 10) + (text[start + 3] - '0');
        }

        // "US1", "US12": what ^US\d+$ matched, without a regex call per label.
        private static bool IsStoryLabel(string text, int start, int end)
        {
            if (end - start <= 2 || !LineScan.StartsWithAt(text, start, "US"))
            {
                return false;
            }

            for (int i = start + 2; i < end; i++)
            {
                if (!char.IsDigit(text[i]))
                {
                    return false;
                }
            }

            return true;
        }

        private static TaskPhase? ReadPhase(MarkdownLine line)
        {
            string title = line.HeadingText;
            string key = title.ToLowerInvariant();
            // Most phase headings name no story: the regex runs only when its literal part is there.
            Match story = title.IndexOf("User Story", StringComparison.OrdinalIgnoreCase) >= 0 ? PhaseStory.Match(title) : Match.Empty;
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
