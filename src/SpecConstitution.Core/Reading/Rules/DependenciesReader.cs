using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using SpecConstitution.Diagnostics;
using SpecConstitution.Model.Rules;
using YamlDotNet.RepresentationModel;

namespace SpecConstitution.Reading.Rules
{
    /// <summary>
    /// Reads <c>dependencies:</c> (system → <c>manifest: &lt;url-or-path&gt;</c>), reporting each problem where it is
    /// (SC3002 for an unknown key, SC3004 for a bad value) like every other key of the rules file.
    /// </summary>
    internal static class DependenciesReader
    {
        private static readonly string[] SystemKeys = { "manifest" };

        /// <summary>What <c>**Depends On**: payments:003-checkout</c> may name as a system.</summary>
        public static readonly Regex SystemName = new Regex(@"^[A-Za-z0-9][A-Za-z0-9._-]*$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

        public static void Read(YamlNode node, ParseContext context)
        {
            if (!(node is YamlMappingNode mapping))
            {
                context.Report(DiagnosticCatalog.RulesFileInvalidValue, YamlRanges.Of(node),
                    "'dependencies' must map each system to its live manifest, e.g. 'payments: { manifest: https://payments.example.com/.well-known/spec-manifest.json }'");
                return;
            }

            foreach (KeyValuePair<YamlNode, YamlNode> entry in mapping.Children)
            {
                string system = (entry.Key as YamlScalarNode)?.Value ?? string.Empty;
                if (!SystemName.IsMatch(system))
                {
                    context.Report(DiagnosticCatalog.RulesFileInvalidValue, YamlRanges.Of(entry.Key),
                        $"'{system}' is not a system name for 'dependencies': letters, digits, '.', '_' and '-', as '**Depends On**: {system}:<feature>' names it");
                    continue;
                }

                if (!(entry.Value is YamlMappingNode settings))
                {
                    context.Report(DiagnosticCatalog.RulesFileInvalidValue, YamlRanges.Of(entry.Value), $"'dependencies.{system}' must be a mapping with 'manifest: <url-or-path>'");
                    continue;
                }

                string? manifest = null;
                bool named = false;
                var range = YamlRanges.Of(entry.Value);
                foreach (KeyValuePair<YamlNode, YamlNode> setting in settings.Children)
                {
                    string key = (setting.Key as YamlScalarNode)?.Value ?? string.Empty;
                    if (key != "manifest")
                    {
                        context.Report(DiagnosticCatalog.RulesFileUnknownKey, YamlRanges.Of(setting.Key), key, $"'dependencies.{system}'", string.Join(", ", SystemKeys));
                        continue;
                    }

                    named = true;
                    manifest = context.ReadScalar(setting.Value, $"'dependencies.{system}.manifest'")?.Trim();
                    range = YamlRanges.Of(setting.Value);
                    if (manifest != null && Problem(manifest) is string problem)
                    {
                        context.Report(DiagnosticCatalog.RulesFileInvalidValue, range, $"'dependencies.{system}.manifest' {problem}");
                        manifest = null;
                    }
                }

                if (manifest == null)
                {
                    if (!named)
                    {
                        context.Report(DiagnosticCatalog.RulesFileInvalidValue, YamlRanges.Of(entry.Key), $"'dependencies.{system}' has no 'manifest: <url-or-path>'");
                    }

                    continue;
                }

                context.Dependencies[system] = new DependencySource(system, manifest, range);
            }
        }

        /// <summary>A URL must be https (http only for a loopback host) and carry no credentials; anything else is read as a path.</summary>
        private static string? Problem(string manifest)
        {
            if (manifest.Length == 0)
            {
                return "is empty";
            }

            if (!manifest.Contains("://"))
            {
                return null;
            }

            if (!Uri.TryCreate(manifest, UriKind.Absolute, out Uri? uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
            {
                return $"'{manifest}' is not an https URL or a path";
            }

            if (!string.IsNullOrEmpty(uri.UserInfo))
            {
                return "must not carry a user name or password";
            }

            return uri.Scheme == Uri.UriSchemeHttp && !IsLoopback(uri)
                ? $"'{manifest}' is plain http; use https (plain http only for a loopback host: 127.0.0.0/8, ::1 or localhost)"
                : null;
        }

        internal static bool IsLoopback(Uri uri)
        {
            string host = uri.DnsSafeHost.TrimEnd('.');
            return string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase)
                || (System.Net.IPAddress.TryParse(host, out System.Net.IPAddress? address) && System.Net.IPAddress.IsLoopback(address));
        }
    }
}
