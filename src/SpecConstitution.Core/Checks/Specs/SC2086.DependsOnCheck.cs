using SpecConstitution.Reading.SpecKit;
using SpecConstitution.Diagnostics;
using SpecConstitution.Model.SpecKit;

namespace SpecConstitution.Checks.Specs
{
    /// <summary>
    /// SC2086: each <c>**Depends On**</c> entry is <c>system:feature</c> and names a system the rules file's
    /// <c>dependencies:</c> knows; otherwise the dependency could never be checked before deploying.
    /// </summary>
    internal static class DependsOnCheck
    {
        public static void Run(FeatureFolder feature, CheckContext context)
        {
            SpecDocument? spec = feature.Spec;
            if (spec?.DependsOn == null)
            {
                return;
            }

            var dependencies = FeatureDependencyReader.Read(spec.DependsOn, spec.DependsOnRange, out var malformed);
            foreach (FeatureDependency dependency in dependencies)
            {
                if (context.Rules == null || !context.Rules.Dependencies.ContainsKey(dependency.System))
                {
                    string known = context.Rules == null || context.Rules.Dependencies.Count == 0 ? "none" : string.Join(", ", context.Rules.Dependencies.Keys);
                    context.Report(DiagnosticCatalog.DependsOnInvalid, spec.File.Path, dependency.Range, feature.Name, dependency.ToString(),
                        $"system '{dependency.System}' is not under 'dependencies:' in the rules file (known: {known}), so its live manifest cannot be checked");
                }
            }

            foreach ((string text, Infrastructure.Text.TextRange range) in malformed)
            {
                context.Report(DiagnosticCatalog.DependsOnInvalid, spec.File.Path, range, feature.Name, text,
                    "an entry must be '<system>:<feature-id>', e.g. 'payments:003-checkout'; several are separated by commas");
            }
        }
    }
}
