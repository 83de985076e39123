using SpecConstitution.Checks.Specs;
using SpecConstitution.Model.Rules;
using SpecConstitution.Model.SpecKit;
using SpecConstitution.Reading.Rules;
using SpecConstitution.Reading.Tree;

namespace SpecConstitution.Benchmarks.Measurements;

/// <summary>The ValidateSpecs work without MSBuild around it: load every feature folder, parse, check.</summary>
public static class SpecValidationBenchmark
{
    public sealed record Result(int Features, int Findings, double MedianMilliseconds)
    {
        public double MicrosecondsPerFeature => Features == 0 ? 0 : MedianMilliseconds * 1000 / Features;
    }

    public static Result Run(string root, int runs)
    {
        int features = 0, findings = 0;
        double median = Timing.MedianMilliseconds(runs, () =>
        {
            SpecKitTree tree = SpecKitTreeLoader.Load(root);
            string rulesPath = Path.Combine(root, ".specify", "memory", "constitution.rules.yml");
            RulesFile? rules = File.Exists(rulesPath) ? RulesFileParser.Parse(rulesPath, File.ReadAllText(rulesPath)) : null;
            features = tree.Features.Count;
            findings = SpecChainChecker.Check(tree, rules).Count;
        });
        return new Result(features, findings, median);
    }
}
