using System.Collections.Generic;
using System.Linq;
using SpecConstitution.Checking;
using SpecConstitution.Diagnostics;
using SpecConstitution.Json;
using SpecConstitution.Manifest;
using SpecConstitution.SpecKit;

namespace SpecConstitution.Tasks
{
    /// <summary>Writes the CI-facing outputs of ValidateSpecs: the SARIF log and the requirement → tasks → done matrix.</summary>
    internal static class SpecReportWriter
    {
        public static void WriteSarif(string path, IReadOnlyList<Finding> reported, IReadOnlyList<Finding> suppressed, string root)
        {
            string version = typeof(SpecReportWriter).Assembly.GetName().Version?.ToString() ?? "0.0.0";
            JsonObject sarif = SarifReport.Build(reported, suppressed, root, version);
            AtomicFile.Write(path, writer => JsonTextWriter.Write(sarif, writer));
        }

        public static void WriteCoverage(string path, SpecKitTree tree)
        {
            IReadOnlyList<RequirementCoverage> rows = CoverageMatrix.Build(tree);
            JsonObject coverage = new JsonObject()
                .Set("root", tree.RootPath)
                .Set("requirements", rows.Count)
                .Set("covered", rows.Count(r => r.TaskIds.Count > 0))
                .Set("done", rows.Count(r => r.IsDone))
                .Set("matrix", CoverageMatrix.ToJson(rows));
            AtomicFile.Write(path, writer => JsonTextWriter.Write(coverage, writer));
        }
    }
}
