using SpecConstitution.TestSupport;

namespace SpecConstitution.Core.Tests.Corpus;

/// <summary>
/// The reviewed label file: one line per finding fingerprint (tree, file, ID, text without line numbers), a verdict
/// (true | false | debatable) and a one-line reason. '#' lines are comments.
/// </summary>
public sealed class FindingLabels
{
    public const string FileName = "spec-findings.labels.tsv";

    private FindingLabels(Dictionary<string, (string Verdict, string Reason)> entries)
    {
        Entries = entries;
    }

    public IReadOnlyDictionary<string, (string Verdict, string Reason)> Entries { get; }

    public static string PathInRepository() =>
        Path.Combine(RepositoryPaths.Root, "tests", "SpecConstitution.Core.Tests", "Corpus", FileName);

    public static FindingLabels Load(string path)
    {
        var entries = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        int lineNumber = 0;
        foreach (string line in File.ReadLines(path))
        {
            lineNumber++;
            if (line.Length == 0 || line.StartsWith("#", StringComparison.Ordinal))
            {
                continue;
            }

            string[] cells = line.Split('\t');
            if (cells.Length != 6 || (cells[4] != "true" && cells[4] != "false" && cells[4] != "debatable"))
            {
                throw new FormatException($"{path}({lineNumber}): expected tree, file, ID, text, true|false|debatable, reason separated by tabs");
            }

            string key = string.Join("\t", cells[0], cells[1], cells[2], cells[3]);
            if (!entries.TryAdd(key, (cells[4], cells[5])))
            {
                throw new FormatException($"{path}({lineNumber}): the fingerprint is labelled twice");
            }
        }

        return new FindingLabels(entries);
    }
}
