using SpecConstitution.Infrastructure.Json;

namespace SpecConstitution.Reports.BlastRadius
{
    /// <summary>One change between what is live and what would be deployed: its kind, what it concerns, and a readable account.</summary>
    public sealed class BlastRadiusChange
    {
        public BlastRadiusChange(string kind, string subject, string detail, bool needsPerson)
        {
            Kind = kind;
            Subject = subject;
            Detail = detail;
            NeedsPerson = needsPerson;
        }

        public string Kind { get; }

        /// <summary>The endpoint ("GET /api/x"), feature ID or file the change concerns.</summary>
        public string Subject { get; }

        /// <summary>Before → after, in words a reviewer reads.</summary>
        public string Detail { get; }

        /// <summary>The kind is one of the rules file's human-checkpoint kinds.</summary>
        public bool NeedsPerson { get; }

        public string Describe() => Kind + " " + Subject;

        public JsonObject ToJson() => new JsonObject()
            .Set("kind", Kind)
            .Set("subject", Subject)
            .Set("detail", Detail)
            .Set("checkpoint", NeedsPerson);

        public static BlastRadiusChange FromJson(JsonNode node) => new BlastRadiusChange(
            node["kind"]?.AsString() ?? "?", node["subject"]?.AsString() ?? "?", node["detail"]?.AsString() ?? string.Empty, node["checkpoint"]?.AsBoolean() == true);
    }
}
