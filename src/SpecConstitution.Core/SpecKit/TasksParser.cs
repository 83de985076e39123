using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using SpecConstitution.Text;

namespace SpecConstitution.SpecKit
{
    /// <summary>
    /// Reads task lines with a tolerant grammar: real tasks.md files bold their IDs (<c>**T001**</c>), suffix them
    /// (<c>T001a</c>), indent sub-tasks and list several stories (<c>[US1,US2]</c>). IDs count only after a checkbox.
    /// </summary>
    public static class TasksParser
    {
        private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);

        private static readonly Regex TaskLine = new Regex(
            @"^\s*[-*+]\s+\[(?<done>[ xX])\]\s+(?<bold>\*\*)?(?<id>T\d+[a-z]?)\b(?:\*\*)?:?(?<rest>.*)$",
            RegexOptions.CultureInvariant, Timeout);

        private static readonly Regex Label = new Regex(@"^\s*\[(?<label>[^\]]+)\]", RegexOptions.CultureInvariant, Timeout);

        public static TasksDocument Parse(SourceFile file)
        {
            var tasks = new List<TaskItem>();
            foreach (MarkdownLine line in MarkdownScanner.Scan(file))
            {
                if (!line.IsProse)
                {
                    continue;
                }

                Match match = TaskLine.Match(line.Text);
                if (!match.Success)
                {
                    continue;
                }

                Group id = match.Groups["id"];
                string rest = match.Groups["rest"].Value;
                bool parallel = false;
                var stories = new List<string>();
                Match label;
                while ((label = Label.Match(rest)).Success)
                {
                    foreach (string part in label.Groups["label"].Value.Split(new[] { ',', ' ' }, StringSplitOptions.RemoveEmptyEntries))
                    {
                        if (part == "P")
                        {
                            parallel = true;
                        }
                        else
                        {
                            stories.Add(part);
                        }
                    }

                    rest = rest.Substring(label.Length);
                }

                bool done = match.Groups["done"].Value != " ";
                tasks.Add(new TaskItem(id.Value, done, parallel, stories, rest.Trim(), TextRange.OnLine(line.Number, id.Index + 1, id.Length)));
            }

            return new TasksDocument(file, tasks);
        }
    }
}
