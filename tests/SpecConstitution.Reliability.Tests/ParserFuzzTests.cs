using System.Text;
using CsCheck;
using SpecConstitution.Diagnostics;
using SpecConstitution.Infrastructure.Json;
using SpecConstitution.Infrastructure.Text;
using SpecConstitution.Model.Rules;
using SpecConstitution.Reading.Rules;
using SpecConstitution.Reading.SpecKit;
using SpecConstitution.Reports.Manifest;

namespace SpecConstitution.Reliability.Tests;

/// <summary>No parser throws, whatever it is fed, and every finding points inside its file.</summary>
public class ParserFuzzTests
{
    private static readonly Gen<string> AnyText = Gen.Frequency((3, Mutations.MutatedDocument), (1, Mutations.RandomText));

    [Fact]
    public void Markdown_parsers_never_throw_on_mutated_or_random_documents() =>
        AnyText.Sample(text =>
        {
            var file = new SourceFile("/repo/specs/001-x/doc.md", text);
            SpecParser.Parse(file);
            PlanParser.Parse(file);
            TasksParser.Parse(file);
            ConstitutionParser.Parse(file);
        }, iter: FuzzSettings.Iterations);

    [Fact]
    public void Rules_parser_never_throws_and_locates_every_finding_inside_the_file() =>
        AnyText.Sample(text =>
        {
            RulesFile rules = RulesFileParser.Parse("/repo/.specify/memory/constitution.rules.yml", text);
            AssertInside(rules.Findings, text);
        }, iter: FuzzSettings.Iterations);

    [Fact]
    public void Random_bytes_are_refused_with_a_reason_or_decoded_never_thrown() =>
        Mutations.RandomBytes.Sample(bytes =>
        {
            if (SpecFileReader.TryDecode("/repo/x.md", bytes, out SourceFile? file, out string error))
            {
                SpecParser.Parse(file!);
                TasksParser.Parse(file!);
            }
            else
            {
                Assert.False(string.IsNullOrWhiteSpace(error));
            }

            RulesFileParser.Parse("/repo/r.yml", Encoding.UTF8.GetString(bytes));
        }, iter: FuzzSettings.Iterations);

    [Fact]
    public void Json_reader_and_sarif_summary_reject_garbage_without_throwing_anything_but_FormatException() =>
        AnyText.Sample(text =>
        {
            JsonTextReader.TryParse(text, out _);
            new AnalysisSummary().AddSarif(text);
        }, iter: FuzzSettings.Iterations);

    [Fact]
    public void Regression_corpus_inputs_parse_without_exceptions()
    {
        string corpus = Path.Combine(AppContext.BaseDirectory, "Corpus");
        string[] files = Directory.GetFiles(corpus);
        Assert.NotEmpty(files);
        foreach (string path in files)
        {
            string text = File.ReadAllText(path);
            var file = new SourceFile(path, text);
            SpecParser.Parse(file);
            TasksParser.Parse(file);
            ConstitutionParser.Parse(file);
            AssertInside(RulesFileParser.Parse(path, text).Findings, text);
        }
    }

    internal static void AssertInside(IEnumerable<Finding> findings, string text)
    {
        var file = new SourceFile("x", text);
        int lines = Math.Max(1, file.LineCount);
        foreach (Finding finding in findings)
        {
            Assert.InRange(finding.Range.Line, 1, lines + 1);
            Assert.True(finding.Range.Column >= 1, finding.ToString());
            Assert.False(string.IsNullOrWhiteSpace(finding.Message), finding.Id);
        }
    }
}
