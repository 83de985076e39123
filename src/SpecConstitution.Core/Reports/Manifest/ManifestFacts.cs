using System;
using System.Collections.Generic;
using System.Linq;
using SpecConstitution.Infrastructure.Json;

namespace SpecConstitution.Reports.Manifest
{
    /// <summary>What the DeployHQ trigger needs from an existing spec-manifest.json: commit, branch, dirty flag, gates.</summary>
    public sealed class ManifestFacts
    {
        private ManifestFacts(string? commit, string? branch, bool? dirty, bool gatesPassed, IReadOnlyList<(string Id, string Reason)> failedGates, IReadOnlyList<string> disabledGates)
        {
            DisabledGates = disabledGates;
            Commit = commit;
            Branch = branch;
            Dirty = dirty;
            GatesPassed = gatesPassed;
            FailedGates = failedGates;
        }

        public string? Commit { get; }

        public string? Branch { get; }

        public bool? Dirty { get; }

        public bool GatesPassed { get; }

        public IReadOnlyList<(string Id, string Reason)> FailedGates { get; }

        /// <summary>Gates the rules file turned off (<c>deploy-gates:</c>).</summary>
        public IReadOnlyList<string> DisabledGates { get; }

        /// <summary>Reads the facts; a reason instead when the text is not a manifest this package wrote.</summary>
        public static ManifestFacts? TryRead(string text, out string? problem)
        {
            problem = null;
            if (!JsonTextReader.TryParse(text, out JsonNode? root) || !(root is JsonObject))
            {
                problem = "it is not JSON";
                return null;
            }

            if (root["_type"]?.AsString() != DeployManifestBuilder.StatementType || root["predicateType"]?.AsString() != DeployManifestBuilder.PredicateType)
            {
                problem = "it is not a SpecConstitution deploy manifest (in-toto Statement v1 with predicateType " + DeployManifestBuilder.PredicateType + ")";
                return null;
            }

            JsonNode? predicate = root["predicate"];
            JsonNode? gates = predicate?["gates"];
            if (gates?["passed"]?.AsBoolean() is not bool passed || !(gates["checks"] is JsonArray checks))
            {
                problem = "it has no predicate.gates verdict";
                return null;
            }

            var failed = checks.Items
                .Where(c => c["passed"]?.AsBoolean() == false)
                .Select(c => (c["id"]?.AsString() ?? "?", c["reason"]?.AsString() ?? string.Empty))
                .ToArray();
            string[] disabled = checks.Items
                .Where(c => c["enabled"]?.AsBoolean() == false)
                .Select(c => c["id"]?.AsString() ?? "?")
                .ToArray();
            JsonNode? source = predicate!["source"];
            return new ManifestFacts(source?["commit"]?.AsString(), source?["branch"]?.AsString(), source?["dirty"]?.AsBoolean(), passed && failed.Length == 0, failed, disabled);
        }
    }
}
