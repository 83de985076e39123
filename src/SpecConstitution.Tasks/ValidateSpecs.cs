using System.Collections.Generic;
using System.Linq;
using Microsoft.Build.Framework;
using SpecConstitution.Checking;
using SpecConstitution.Diagnostics;
using SpecConstitution.Json;
using SpecConstitution.Manifest;
using SpecConstitution.Rules;
using SpecConstitution.SpecKit;

namespace SpecConstitution.Tasks
{
    /// <summary>Checks the spec → plan → tasks chain and reports each finding with file, line and column (SC2xxx).</summary>
    public sealed class ValidateSpecs : SpecKitTaskBase
    {
        /// <summary>Where the findings are written as JSON (the target's incremental output).</summary>
        [Required]
        public string FindingsFile { get; set; } = string.Empty;

        [Output]
        public int FindingCount { get; set; }

        protected override void ExecuteCore()
        {
            string? root = ResolveRoot();
            IReadOnlyList<Finding> findings = System.Array.Empty<Finding>();
            if (root == null)
            {
                Log.LogMessage(MessageImportance.Normal, "SpecConstitution: no Spec-Kit root (.specify/ or .git) above {0}; nothing to check.", ProjectDirectory);
            }
            else
            {
                SpecKitTree tree = LoadTree(root);
                RulesFile? rules = LoadRules(root);
                findings = SpecChainChecker.Check(tree, rules);
                foreach (Finding finding in findings)
                {
                    FindingLogger.Log(Log, finding);
                }

                Log.LogMessage(MessageImportance.Normal, "SpecConstitution: checked {0} feature(s) under {1}: {2} finding(s).", tree.Features.Count, root, findings.Count);
            }

            FindingCount = findings.Count;
            AtomicFile.WriteAllText(FindingsFile, JsonTextWriter.Write(new JsonObject()
                .Set("root", root)
                .Set("findings", new JsonArray(findings.Select(f => (JsonNode)new JsonObject()
                    .Set("id", f.Id)
                    .Set("severity", f.Severity.ToName())
                    .Set("message", f.Message)
                    .Set("file", f.FilePath)
                    .Set("line", f.Range.Line)
                    .Set("column", f.Range.Column))))));
        }
    }
}
