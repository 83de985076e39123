using System.Collections.Generic;
using System.Linq;
using SpecConstitution.Diagnostics;
using SpecConstitution.Infrastructure.Files;
using SpecConstitution.Infrastructure.Json;
using SpecConstitution.Model.SpecKit;
using SpecConstitution.Reports;

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

        /// <summary>Streamed: built as nodes first, the matrix of 1,000 features cost as much again as computing it.</summary>
        public static void WriteCoverage(string path, SpecKitTree tree)
        {
            IReadOnlyList<RequirementCoverage> rows = CoverageMatrix.Build(tree);
            AtomicFile.Write(path, writer =>
            {
                var json = new JsonStreamWriter(writer);
                json.StartObject();
                json.Name("covered");
                json.Value(rows.Count(r => r.TaskIds.Count > 0));
                json.Name("done");
                json.Value(rows.Count(r => r.IsDone));
                json.Name("matrix");
                CoverageMatrix.WriteJson(rows, json);
                json.Name("requirements");
                json.Value(rows.Count);
                json.Name("root");
                json.Value(tree.RootPath);
                json.EndObject();
                json.EndDocument();
            });
        }
    }
}
