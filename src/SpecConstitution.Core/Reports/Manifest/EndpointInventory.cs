using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using SpecConstitution.Infrastructure.Json;

namespace SpecConstitution.Reports.Manifest
{
    /// <summary>One entry of predicate.endpoints[]: an endpoint the compilation maps, as the endpoint analyzers see it.</summary>
    public sealed class InventoryEndpoint
    {
        public const string Authorize = "authorize";
        public const string Anonymous = "anonymous";
        public const string NoAuthorization = "none";
        public const string RateLimitingNone = "none";
        public const string RateLimitingDisabled = "disabled";
        public const string RateLimitingGlobal = "global";

        public InventoryEndpoint(string route, IReadOnlyList<string> methods, string authorization, string rateLimiting, string handler, string? file, int line)
        {
            Route = route;
            Methods = methods;
            Authorization = authorization;
            RateLimiting = rateLimiting;
            Handler = handler;
            File = file;
            Line = line;
        }

        public string Route { get; }

        public IReadOnlyList<string> Methods { get; }

        public string Authorization { get; }

        public string RateLimiting { get; }

        public string Handler { get; }

        /// <summary>Relative to the repository (forward slashes), or null when unknown.</summary>
        public string? File { get; }

        public int Line { get; }

        /// <summary>What identifies an endpoint between two manifests: its methods and route (handlers and lines move).</summary>
        public string Key => string.Join(",", Methods) + " " + Route;

        /// <summary>Reachable without signing in: explicitly anonymous, or stating nothing (no fallback policy either).</summary>
        public bool IsAnonymous => Authorization != Authorize;

        public bool IsRateLimited => RateLimiting != RateLimitingNone && RateLimiting != RateLimitingDisabled;

        public JsonObject ToJson() => new JsonObject()
            .Set("route", Route)
            .Set("methods", new JsonArray(Methods.Select(m => JsonNode.From(m))))
            .Set("authorization", Authorization)
            .Set("rateLimiting", RateLimiting)
            .Set("handler", Handler)
            .Set("location", File == null ? JsonNode.Null : new JsonObject().Set("path", File).Set("line", Line));

        /// <summary>An entry of a manifest's predicate.endpoints[]; null when it lacks a route.</summary>
        public static InventoryEndpoint? FromJson(JsonNode node)
        {
            string? route = node["route"]?.AsString();
            if (route == null)
            {
                return null;
            }

            string[] methods = node["methods"] is JsonArray array ? array.Items.Select(m => m.AsString()).Where(m => m != null).Select(m => m!).ToArray() : new[] { "*" };
            return new InventoryEndpoint(route, methods.Length == 0 ? new[] { "*" } : methods,
                node["authorization"]?.AsString() ?? NoAuthorization, node["rateLimiting"]?.AsString() ?? RateLimitingNone,
                node["handler"]?.AsString() ?? string.Empty, node["location"]?["path"]?.AsString(), (int)(node["location"]?["line"]?.AsInteger() ?? 0));
        }

        /// <summary>The manifest's order: route, then methods, then handler, then location (ordinal).</summary>
        public static IReadOnlyList<InventoryEndpoint> Sorted(IEnumerable<InventoryEndpoint> endpoints) => endpoints
            .OrderBy(e => e.Route, StringComparer.Ordinal)
            .ThenBy(e => string.Join(",", e.Methods), StringComparer.Ordinal)
            .ThenBy(e => e.Handler, StringComparer.Ordinal)
            .ThenBy(e => e.File ?? string.Empty, StringComparer.Ordinal)
            .ThenBy(e => e.Line)
            .ToArray();
    }

    /// <summary>
    /// Reads the endpoint inventory out of the compiler's SARIF log: the SC1090 results the endpoint inventory analyzer
    /// reports, each carrying one endpoint in its properties (SARIF 2.1: result.properties.customProperties).
    /// </summary>
    public static class EndpointInventoryReader
    {
        public const string CarrierId = "SC1090";

        /// <summary>The endpoints in <paramref name="sarifText"/>, sorted and without duplicates; null when it is not SARIF.</summary>
        /// <param name="root">Locations are made relative to this folder (the repository).</param>
        public static IReadOnlyList<InventoryEndpoint>? Read(string sarifText, string root)
        {
            if (!JsonTextReader.TryParse(sarifText, out JsonNode? log) || log?["runs"] is not JsonArray runs)
            {
                return null;
            }

            var endpoints = new Dictionary<string, InventoryEndpoint>(StringComparer.Ordinal);
            foreach (JsonNode result in runs.Items.SelectMany(r => r["results"] is JsonArray results ? results.Items : new List<JsonNode>()))
            {
                if (result["ruleId"]?.AsString() != CarrierId)
                {
                    continue;
                }

                JsonNode? properties = result["properties"]?["customProperties"] ?? result["properties"];
                string? route = properties?["route"]?.AsString();
                if (properties == null || route == null)
                {
                    continue;
                }

                string[] methods = (properties["methods"]?.AsString() ?? "*").Split(new[] { ',' }, StringSplitOptions.RemoveEmptyEntries);
                string? file = properties["file"]?.AsString();
                int.TryParse(properties["line"]?.AsString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out int line);
                var endpoint = new InventoryEndpoint(route, methods.Length == 0 ? new[] { "*" } : methods,
                    properties["authorization"]?.AsString() ?? InventoryEndpoint.NoAuthorization,
                    properties["rateLimiting"]?.AsString() ?? InventoryEndpoint.RateLimitingNone,
                    properties["handler"]?.AsString() ?? string.Empty,
                    string.IsNullOrEmpty(file) ? null : DeployManifestBuilder.RelativePath(root, file!), line);
                endpoints[endpoint.Key + "|" + endpoint.Handler + "|" + endpoint.File + ":" + line] = endpoint;
            }

            return InventoryEndpoint.Sorted(endpoints.Values);
        }
    }
}
