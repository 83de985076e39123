using SpecConstitution.Infrastructure.Json;

namespace SpecConstitution.Tasks.Deploy
{
    /// <summary>
    /// The body of DeployHQ's POST /projects/&lt;project&gt;/deployments. parent_identifier is the target's UUID (not a
    /// commit); start_revision is what the target has now (empty for a full deploy); end_revision is the manifest's commit.
    /// DeployHQ has no "environment" field: the environment is chosen by choosing the target.
    /// </summary>
    internal sealed class DeploymentRequest
    {
        public DeploymentRequest(string parentIdentifier, string startRevision, string endRevision, string? branch, string mode)
        {
            ParentIdentifier = parentIdentifier;
            StartRevision = startRevision;
            EndRevision = endRevision;
            Branch = branch;
            Mode = mode;
        }

        public string ParentIdentifier { get; }

        public string StartRevision { get; }

        public string EndRevision { get; }

        public string? Branch { get; }

        public string Mode { get; }

        public string ToJson()
        {
            var deployment = new JsonObject()
                .Set("parent_identifier", ParentIdentifier)
                .Set("start_revision", StartRevision)
                .Set("end_revision", EndRevision)
                .Set("mode", Mode)
                .Set("copy_config_files", true)
                .Set("run_build_commands", true)
                .Set("use_build_cache", true);
            if (!string.IsNullOrEmpty(Branch))
            {
                deployment.Set("branch", Branch);
            }

            return JsonTextWriter.Write(new JsonObject().Set("deployment", deployment));
        }
    }
}
