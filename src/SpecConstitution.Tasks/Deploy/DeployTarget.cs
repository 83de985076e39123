using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using SpecConstitution.Infrastructure.Json;

namespace SpecConstitution.Tasks.Deploy
{
    /// <summary>A server or server group of a DeployHQ project: what a deployment's parent_identifier points at.</summary>
    internal sealed class DeployTarget
    {
        public DeployTarget(string kind, string identifier, string? name, string? environment, string? lastRevision, IReadOnlyList<string> memberIdentifiers)
        {
            Kind = kind;
            Identifier = identifier;
            Name = name;
            Environment = environment;
            LastRevision = lastRevision;
            MemberIdentifiers = memberIdentifiers;
        }

        /// <summary>"server" or "server group".</summary>
        public string Kind { get; }

        public string Identifier { get; }

        public string? Name { get; }

        public string? Environment { get; }

        /// <summary>The last commit deployed there; null or empty before the first deployment.</summary>
        public string? LastRevision { get; }

        /// <summary>For a group: its servers' identifiers (a deployment lists servers, not the group).</summary>
        public IReadOnlyList<string> MemberIdentifiers { get; }

        public string Describe() => string.Format(CultureInfo.InvariantCulture, "{0} '{1}' ({2}{3})",
            Kind, Name ?? "?", Identifier, string.IsNullOrEmpty(Environment) ? string.Empty : ", environment " + Environment);

        public static DeployTarget? FromJson(JsonNode node, string kind)
        {
            string? identifier = node["identifier"]?.AsString();
            if (identifier == null)
            {
                return null;
            }

            string[] members = node["servers"] is JsonArray servers
                ? servers.Items.Select(s => s["identifier"]?.AsString()).Where(s => s != null).Select(s => s!).ToArray()
                : Array.Empty<string>();
            return new DeployTarget(kind, identifier, node["name"]?.AsString(), node["environment"]?.AsString(), node["last_revision"]?.AsString(), members);
        }
    }

    /// <summary>
    /// Finds the target a user named: its UUID, else its exact name, else its environment (case-insensitive).
    /// A name or environment that fits more than one target is refused rather than guessed.
    /// </summary>
    internal static class DeployTargetResolver
    {
        public static DeployTarget Resolve(string wanted, IReadOnlyList<DeployTarget> targets)
        {
            string w = wanted.Trim();
            foreach (Func<DeployTarget, string?> key in new Func<DeployTarget, string?>[] { t => t.Identifier, t => t.Name, t => t.Environment })
            {
                DeployTarget[] matches = targets.Where(t => string.Equals(key(t)?.Trim(), w, StringComparison.OrdinalIgnoreCase)).ToArray();
                if (matches.Length == 1)
                {
                    return matches[0];
                }

                if (matches.Length > 1)
                {
                    throw new DeployTargetException(w, "is ambiguous: it matches " + string.Join(", ", matches.Select(m => m.Describe()))
                        + "; set SpecConstitutionDeployHQTarget to one UUID");
                }
            }

            string available = targets.Count == 0 ? "the project has no servers or server groups" : "available: " + string.Join(", ", targets.Select(t => t.Describe()));
            throw new DeployTargetException(w, "matches no server or server group UUID, name or environment; " + available);
        }
    }

    internal sealed class DeployTargetException : Exception
    {
        public DeployTargetException(string target, string reason)
            : base(reason)
        {
            Target = target;
        }

        public string Target { get; }
    }
}
