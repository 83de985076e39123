using System.Text.RegularExpressions;
using SpecConstitution.Checks.Specs;
using SpecConstitution.Core.Tests.Support;
using SpecConstitution.Diagnostics;
using SpecConstitution.Model.SpecKit;
using SpecConstitution.Reading.Tree;

namespace SpecConstitution.Core.Tests.Corpus;

/// <summary>
/// What the spec checker reports on every corpus tree at zero configuration (the ValidateSpecs entry: SpecChainChecker
/// with default options, no rules file), each finding reduced to a fingerprint that survives line moves.
/// </summary>
public static class CorpusFindings
{
    private static readonly Regex LineNumbers = new Regex(@"\b(lines?) \d+(\s*[-–]\s*\d+)?|\(\d+,\d+\)", RegexOptions.CultureInvariant);

    public sealed record Fingerprinted(string Tree, string File, string Id, FindingSeverity Severity, int Line, string Text)
    {
        public string Key => string.Join("\t", Tree, File, Id, Text);
    }

    /// <summary>
    /// The Spec-Kit roots of one corpus tree, as a build would find them: the tree itself when it holds specs/ (or is a
    /// legacy root), and every folder below that holds its own .specify/ (a monorepo's per-app roots, a second
    /// governance root with only a constitution).
    /// </summary>
    public static IEnumerable<string> Roots(string tree)
    {
        var roots = new List<string>();
        if (Directory.Exists(Path.Combine(tree, "specs")) || Directory.Exists(Path.Combine(tree, ".specify")))
        {
            roots.Add(tree);
        }

        var pending = new Stack<string>(Directory.GetDirectories(tree).Where(d => !IsSpecKitFolder(d)));
        while (pending.Count > 0)
        {
            string dir = pending.Pop();
            if (Directory.Exists(Path.Combine(dir, ".specify")))
            {
                roots.Add(dir);
            }

            foreach (string sub in Directory.GetDirectories(dir).Where(d => !IsSpecKitFolder(d)))
            {
                pending.Push(sub);
            }
        }

        return roots.OrderBy(r => r, StringComparer.Ordinal);
    }

    private static bool IsSpecKitFolder(string dir)
    {
        string name = Path.GetFileName(dir);
        return name == "specs" || name == ".specify" || name == "memory";
    }

    /// <summary>Every corpus tree (folders other than _speckit-templates), in ordinal order.</summary>
    public static IReadOnlyList<string> Trees() => SharedCorpus.Directory == null
        ? Array.Empty<string>()
        : Directory.GetDirectories(SharedCorpus.Directory)
            .Where(d => !Path.GetFileName(d).StartsWith("_", StringComparison.Ordinal))
            .OrderBy(d => d, StringComparer.Ordinal)
            .ToArray();

    public static List<Fingerprinted> Check(string tree)
    {
        var result = new List<Fingerprinted>();
        string name = Path.GetFileName(tree);
        foreach (string root in Roots(tree))
        {
            foreach (Finding finding in SpecChainChecker.Check(SpecKitTreeLoader.Load(root), rules: null))
            {
                result.Add(new Fingerprinted(name, Relative(tree, finding.FilePath), finding.Id, finding.Severity, finding.Range.Line, Normalize(tree, finding.Message)));
            }
        }

        return result;
    }

    public static string Normalize(string tree, string message)
    {
        string text = message.Replace(tree + Path.DirectorySeparatorChar, "").Replace(tree, "").Replace('\\', '/');
        text = LineNumbers.Replace(text, m => m.Value.StartsWith("(", StringComparison.Ordinal) ? "(#)" : m.Groups[1].Value + " #");
        return text.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ');
    }

    private static string Relative(string tree, string path) => Path.GetRelativePath(tree, path).Replace('\\', '/');
}
