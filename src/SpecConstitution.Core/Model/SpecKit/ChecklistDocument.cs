using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using SpecConstitution.Infrastructure.Text;
using SpecConstitution.Reading.Markdown;

namespace SpecConstitution.Model.SpecKit
{
    /// <summary>An item of a checklists/*.md file: <c>- [ ] CHK001 Are … defined? [Completeness]</c> (the ID is optional in older files).</summary>
    public sealed class ChecklistItem
    {
        public ChecklistItem(string? id, bool isChecked, string text, TextRange range)
        {
            Id = id;
            IsChecked = isChecked;
            Text = text;
            Range = range;
        }

        public string? Id { get; }

        public bool IsChecked { get; }

        public string Text { get; }

        public TextRange Range { get; }
    }

    /// <summary>A feature's checklists/*.md, written by /speckit.checklist.</summary>
    public sealed class ChecklistDocument
    {
        internal ChecklistDocument(SourceFile file, IReadOnlyList<ChecklistItem> items)
        {
            File = DocumentSource.Of(file);
            Items = items;
        }

        public DocumentSource File { get; }

        public IReadOnlyList<ChecklistItem> Items { get; }

        public IEnumerable<ChecklistItem> Unchecked => Items.Where(i => !i.IsChecked);
    }

    public static class ChecklistParser
    {
        private static readonly Regex Item = new Regex(@"^\s*[-*+]\s+\[(?<done>[ xX])\]\s+(?:\*\*)?(?<id>CHK\d+)?(?:\*\*)?\s*(?<text>.*)$", RegexOptions.CultureInvariant, System.TimeSpan.FromSeconds(1));

        public static ChecklistDocument Parse(SourceFile file)
        {
            var items = new List<ChecklistItem>();
            foreach (MarkdownLine line in MarkdownScanner.Scan(file))
            {
                if (!line.IsProse)
                {
                    continue;
                }

                Match match = Item.Match(line.Text);
                if (match.Success)
                {
                    Group done = match.Groups["done"];
                    Group id = match.Groups["id"];
                    TextRange range = id.Success ? TextRange.OnLine(line.Number, id.Index + 1, id.Length) : TextRange.OnLine(line.Number, done.Index, 3);
                    items.Add(new ChecklistItem(id.Success ? id.Value : null, done.Value != " ", match.Groups["text"].Value.Trim(), range));
                }
            }

            return new ChecklistDocument(file, items);
        }
    }
}
