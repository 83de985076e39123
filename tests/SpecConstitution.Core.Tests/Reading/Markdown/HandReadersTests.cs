using System.Text;
using System.Text.RegularExpressions;
using SpecConstitution.Infrastructure.Text;
using SpecConstitution.Model.SpecKit;
using SpecConstitution.Reading.Markdown;
using SpecConstitution.Reading.SpecKit;
using SpecConstitution.Core.Tests.Checks.Constitution;
using SpecConstitution.Core.Tests.Checks.Specs;
using SpecConstitution.Core.Tests.Corpus;
using SpecConstitution.Core.Tests.Diagnostics;
using SpecConstitution.Core.Tests.Infrastructure.Json;
using SpecConstitution.Core.Tests.Infrastructure.Matching;
using SpecConstitution.Core.Tests.Reading.SpecKit;
using SpecConstitution.Core.Tests.Reading.Tree;
using SpecConstitution.Core.Tests.Reports;

namespace SpecConstitution.Core.Tests.Reading.Markdown;

/// <summary>
/// The hand-written line readers that replaced regexes must read what the regexes read. Each regex is kept here as
/// the oracle and both are run over thousands of lines built from the pieces that matter to the pattern (seeded, so a
/// failure reproduces).
/// </summary>
public sealed class HandReadersTests
{
    private const int Cases = 20_000;

    private static readonly Regex StoryHeading = new(
        @"^User Story\s+(?<n>\d+)\s*(?:[-–—:]\s*(?<title>.*?))?\s*(?:\(Priority:\s*(?<p>P\d+)\s*\))?\s*(?:🎯.*)?$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    private static readonly Regex PlanField = new(@"^\s*(?:[-*+]\s+)?\*\*(?<name>[^*]+?)\*\*\s*:\s*(?<v>.*?)\s*$", RegexOptions.CultureInvariant);

    // Each line is one option per slot (so most lines are near-misses of the pattern), then now and then a stray piece.
    private static readonly string[][] StorySlots =
    {
        new[] { "User Story", "User Story", "user story", "USER STORY", "User ſtory", "User Stor", "" },
        new[] { " ", " ", "\t", "\u00A0 ", "" },
        new[] { "1", "12", "007", "3", "", "x" },
        new[] { " ", "", "  " },
        new[] { "- ", "– ", "—", ": ", ":", "", "" },
        new[] { "Browse the catalog", "Title", "Keeps (parentheses)", "", "a - b" },
        new[] { " ", "", "\t" },
        new[] { "(Priority: P1)", "(priority:p2)", "(PRIORITY: P12 )", "(Priority: P)", "(Prıority: P1)", "(Priority: 1)", "(Priority: P1", "", "" },
        new[] { " ", "", "  " },
        new[] { "🎯 MVP", "🎯", "", "", "MVP" },
    };

    private static readonly string[] StoryStrays = { " ", "(", ")", "🎯", "-", "P1", "**", "\u2003" };

    private static readonly string[][] FieldSlots =
    {
        new[] { "", " ", "\t", "\u2003" },
        new[] { "- ", "* ", "+\t", "-", "*", "", "" },
        new[] { "**", "**", "**", "*", "" },
        new[] { "Language/Version", "Storage", " N ", "", "a*b" },
        new[] { "**", "**", "**", "*", "" },
        new[] { "", " ", "\t" },
        new[] { ":", ":", ":", "", ";" },
        new[] { "", " ", "  " },
        new[] { "C# 13 / .NET 10", "`a*b`", "", "x | y" },
        new[] { "", " ", "\t ", "\u00A0" },
    };

    private static readonly string[] FieldStrays = { " ", "*", "**", ":", "-", "\u2003", "x" };

    [Fact]
    public void Story_headings_read_as_the_regex_reads_them()
    {
        var random = new Random(20261125);
        int matched = 0;
        for (int n = 0; n < Cases; n++)
        {
            string heading = Compose(random, StorySlots, StoryStrays);
            Match expected = StoryHeading.Match(heading);
            bool read = UserStoryHeadingSyntax.TryRead(heading, out int numberStart, out int numberLength, out int titleStart, out int titleLength, out int priorityStart, out int priorityLength);
            Assert.True(expected.Success == read, $"'{heading}': regex {expected.Success}, reader {read}");
            if (read)
            {
                matched++;
                Assert.Equal(expected.Groups["n"].Value, heading.Substring(numberStart, numberLength));
                Assert.Equal(expected.Groups["title"].Value, heading.Substring(titleStart, titleLength));
                Assert.Equal(expected.Groups["p"].Value, heading.Substring(priorityStart, priorityLength));
            }
        }

        Assert.InRange(matched, Cases / 10, Cases - (Cases / 10)); // the slots reach both answers often
    }

    [Theory]
    [InlineData("User Story 1 - Browse the catalog (Priority: P1) 🎯 MVP", "1", "Browse the catalog", "P1")]
    [InlineData("User Story 2: Pay (priority: p2)", "2", "Pay", "p2")]
    [InlineData("USER STORY 3 — Tabs (Priority: P3 ) ", "3", "Tabs", "P3")]
    [InlineData("User Story 4 - Keeps (parentheses) in the title", "4", "Keeps (parentheses) in the title", "")]
    [InlineData("User Story 5", "5", "", "")]
    public void Story_headings_give_number_title_and_priority(string heading, string number, string title, string priority)
    {
        Assert.True(UserStoryHeadingSyntax.TryRead(heading, out int ns, out int nl, out int ts, out int tl, out int ps, out int pl));
        Assert.Equal(number, heading.Substring(ns, nl));
        Assert.Equal(title, heading.Substring(ts, tl));
        Assert.Equal(priority, heading.Substring(ps, pl));
    }

    [Theory]
    [InlineData("User Story 1 (Priority: P1) trailing words")]
    [InlineData("User Story one - Title")]
    [InlineData("User Stories 1 - Title")]
    [InlineData("User Story 1 (Prıority: P1)")] // the regex folds only ASCII letters
    public void Other_headings_are_not_stories(string heading) =>
        Assert.False(UserStoryHeadingSyntax.TryRead(heading, out _, out _, out _, out _, out _, out _));

    [Fact]
    public void Plan_fields_read_as_the_regex_reads_them()
    {
        var random = new Random(20261126);
        int matched = 0;
        for (int n = 0; n < Cases; n++)
        {
            string line = Compose(random, FieldSlots, FieldStrays);
            Match expected = PlanField.Match(line);
            bool read = PlanFieldSyntax.TryRead(line, out int nameStart, out int nameLength, out int valueStart, out int valueLength);
            Assert.True(expected.Success == read, $"'{line}': regex {expected.Success}, reader {read}");
            if (read)
            {
                matched++;
                Assert.Equal((expected.Groups["name"].Index, expected.Groups["name"].Length), (nameStart, nameLength));
                Assert.Equal((expected.Groups["v"].Index, expected.Groups["v"].Length), (valueStart, valueLength));
            }
        }

        Assert.InRange(matched, Cases / 20, Cases - (Cases / 20)); // bullets glued to "**" make most lines near-misses
    }

    [Fact]
    public void A_story_number_in_other_digits_or_past_int_is_a_heading_not_a_crash()
    {
        string spec = "# Feature Specification: X\n\n## User Scenarios & Testing\n\n### User Story \u0661 - Arabic-Indic\n\n### User Story 99999999999 - Too big\n\n### User Story 2 - Fine\n";
        SpecDocument doc = SpecParser.Parse(new SourceFile("/spec.md", spec));
        UserStory story = Assert.Single(doc.Stories);
        Assert.Equal(2, story.Number);
    }

    private static readonly Regex TemplateNote = new(@"[*_]*\((?:mandatory|optional|include if[^)]*)\)[*_]*", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    // What SectionIndex did with a heading before it collapsed it in one pass.
    private static string CollapseAsBefore(string title)
    {
        string text = TemplateNote.Replace(title, string.Empty).Replace("*", string.Empty).Replace("_", " ");
        return string.Join(" ", text.Split(new[] { ' ', '\t' }, StringSplitOptions.RemoveEmptyEntries)).Trim().ToLowerInvariant();
    }

    private static readonly string[][] TitleSlots =
    {
        new[] { "", " ", "\t", "\u00A0", "**" },
        new[] { "User Scenarios & Testing", "Requirements", "Key_Entities", "Édition", "", "A  B" },
        new[] { " ", "", "\t ", "_" },
        new[] { "*(mandatory)*", "(Mandatory)", "_(optional)_", "(include if feature involves data)", "(include IF x", "(optional", "(mandatory )", "(", ")", "" },
        new[] { " ", "", "**", "__", "\u00A0" },
        new[] { "*(optional)*(mandatory)", "tail", "Ǆ", "𐐀", "" },
        new[] { "", " ", "\u2003" },
    };

    private static readonly string[] TitleStrays = { "*", "_", "(", ")", " ", "\t", "(optional)" };

    [Fact]
    public void Section_titles_collapse_as_the_regex_and_splits_collapsed_them()
    {
        var random = new Random(20261127);
        for (int n = 0; n < Cases; n++)
        {
            string title = Compose(random, TitleSlots, TitleStrays);
            Assert.True(CollapseAsBefore(title) == SectionIndex.Collapse(title), $"'{title}': '{CollapseAsBefore(title)}' vs '{SectionIndex.Collapse(title)}'");
        }
    }

    private static string Compose(Random random, string[][] slots, string[] strays)
    {
        var text = new StringBuilder();
        foreach (string[] options in slots)
        {
            text.Append(options[random.Next(options.Length)]);
        }

        if (random.Next(4) == 0)
        {
            text.Insert(random.Next(text.Length + 1), strays[random.Next(strays.Length)]);
        }

        return text.ToString();
    }
}
