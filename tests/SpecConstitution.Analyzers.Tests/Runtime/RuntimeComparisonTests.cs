using System.Collections.Immutable;
using System.Diagnostics;
using System.Net.Http;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Routing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Microsoft.Extensions.DependencyInjection;
using SpecConstitution.Analyzers.Endpoints.Rules;
using SpecConstitution.Analyzers.Tests.Infrastructure;
using SpecConstitution.Infrastructure.Matching;
using Xunit.Abstractions;

namespace SpecConstitution.Analyzers.Tests.Runtime;

/// <summary>
/// Compiles a real multi-file app, runs it on 127.0.0.1, enumerates the endpoints it really exposes and compares
/// them with the analyzers' findings: every non-compliant endpoint reported, no compliant one reported.
/// </summary>
public class RuntimeComparisonTests(ITestOutputHelper output)
{
    private static readonly string[] VerbsShownByTheAnalyzer = { "GET", "POST", "PUT", "DELETE", "PATCH" };

    [Fact]
    public async Task Analyzer_findings_match_the_endpoints_the_running_app_exposes()
    {
        var clock = Stopwatch.StartNew();
        CSharpCompilation compilation = Compile();

        HashSet<string> reportedWithoutRateLimiting = await FindingsAsync(compilation, new EndpointRateLimitingAnalyzer(), "SC1001");
        HashSet<string> reportedWithoutAuthorization = await FindingsAsync(compilation, new EndpointAuthorizationAnalyzer(), "SC1002");

        IReadOnlyList<RuntimeEndpoint> endpoints = await RunAndEnumerateAsync(compilation);
        var withoutRateLimiting = endpoints.Where(e => !e.IsRateLimited).Select(e => e.Key).ToHashSet();
        var withoutAuthorization = endpoints.Where(e => !e.StatesAuthorization).Select(e => e.Key).ToHashSet();

        output.WriteLine($"{endpoints.Count} runtime endpoints ({endpoints.Select(e => e.Key).Distinct().Count()} distinct), {clock.ElapsedMilliseconds} ms");
        foreach (RuntimeEndpoint endpoint in endpoints.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            output.WriteLine($"  {endpoint.Key,-32} rate limited: {endpoint.IsRateLimited,-5}  authorization stated: {endpoint.StatesAuthorization}");
        }

        // The app is built to have both kinds of endpoint for both rules, or the comparison would prove little.
        Assert.True(withoutRateLimiting.Count >= 8 && endpoints.Count - withoutRateLimiting.Count >= 8, "the app should mix compliant and non-compliant endpoints");
        Assert.True(withoutAuthorization.Count >= 5 && endpoints.Count - withoutAuthorization.Count >= 8, "the app should mix compliant and non-compliant endpoints");

        Assert.Equal(Sorted(withoutRateLimiting), Sorted(reportedWithoutRateLimiting));
        Assert.Equal(Sorted(withoutAuthorization), Sorted(reportedWithoutAuthorization));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"took {clock.Elapsed}");
    }

    private static CSharpCompilation Compile()
    {
        var parse = new CSharpParseOptions(LanguageVersion.Latest);
        CSharpCompilation compilation = CSharpCompilation.Create(
            "RuntimeTestApp",
            RuntimeTestApp.Sources.Select(s => CSharpSyntaxTree.ParseText(s.Text, parse, "/app/" + s.Path)),
            InstalledReferenceAssemblies.AspNetCore,
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));
        Diagnostic[] errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
        Assert.True(errors.Length == 0, string.Join(Environment.NewLine, errors.Select(e => e.ToString())));
        return compilation;
    }

    /// <summary>The endpoints the analyzer reports, as "VERB /route" (the name its message quotes).</summary>
    private static async Task<HashSet<string>> FindingsAsync(Compilation compilation, DiagnosticAnalyzer analyzer, string id)
    {
        var rules = new InMemoryAdditionalText(Verifier.RulesPath, RuntimeTestApp.RulesFile);
        var options = new AnalyzerOptions(ImmutableArray.Create<AdditionalText>(rules));
        ImmutableArray<Diagnostic> diagnostics = await compilation.WithAnalyzers(ImmutableArray.Create(analyzer), options).GetAnalyzerDiagnosticsAsync();
        return diagnostics.Where(d => d.Id == id).Select(d => QuotedEndpoint(d.GetMessage())).ToHashSet();
    }

    private static string QuotedEndpoint(string message)
    {
        int start = message.IndexOf('\'') + 1;
        return message.Substring(start, message.IndexOf('\'', start) - start);
    }

    private async Task<IReadOnlyList<RuntimeEndpoint>> RunAndEnumerateAsync(Compilation compilation)
    {
        using var image = new MemoryStream();
        Microsoft.CodeAnalysis.Emit.EmitResult emitted = compilation.Emit(image);
        Assert.True(emitted.Success, string.Join(Environment.NewLine, emitted.Diagnostics));

        Assembly assembly = AssemblyLoadContext.Default.LoadFromStream(new MemoryStream(image.ToArray()));
        MethodInfo create = assembly.GetType("AppFactory", throwOnError: true)!.GetMethod("Create")!;
        var app = (WebApplication)create.Invoke(null, new object[] { new[] { "--urls", "http://127.0.0.1:0", "--environment", "Production" } })!;
        await using (app)
        {
            await app.StartAsync();
            string address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
            using (var client = new HttpClient { BaseAddress = new Uri(address) })
            {
                // The app really serves: a rate-limited anonymous endpoint answers.
                Assert.Equal("pong", await client.GetStringAsync("/ping"));
                output.WriteLine($"listening on {address}");
            }

            RuntimeEndpoint[] endpoints = ((IEndpointRouteBuilder)app).DataSources
                .SelectMany(source => source.Endpoints)
                .OfType<RouteEndpoint>()
                .Where(endpoint => endpoint.Metadata.GetMetadata<ISuppressMatchingMetadata>()?.SuppressMatching != true) // MVC's link-generation-only entries
                .Select(RuntimeEndpoint.From)
                .ToArray();
            await app.StopAsync();
            return endpoints;
        }
    }

    private static string[] Sorted(IEnumerable<string> keys) => keys.OrderBy(k => k, StringComparer.Ordinal).ToArray();

    /// <summary>An endpoint of the running app, keyed as the analyzer names endpoints.</summary>
    private sealed record RuntimeEndpoint(string Key, bool IsRateLimited, bool StatesAuthorization)
    {
        public static RuntimeEndpoint From(RouteEndpoint endpoint)
        {
            EndpointMetadataCollection metadata = endpoint.Metadata;
            IReadOnlyList<string> methods = metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? Array.Empty<string>();
            string verb = methods.Count == 1 && VerbsShownByTheAnalyzer.Contains(methods[0]) ? methods[0] : string.Empty;

            // Conventional routes share one template; MVC names the action by its controller and action names.
            ControllerActionDescriptor? action = metadata.GetMetadata<ControllerActionDescriptor>();
            string route = action != null && action.AttributeRouteInfo == null
                ? RouteTemplate.Combine(action.ControllerName, action.ActionName)
                : RouteTemplate.Combine(endpoint.RoutePattern.RawText);

            // MapHub maps the hub and its negotiate endpoint; the analyzer reports the one MapHub call.
            if (metadata.GetMetadata<Microsoft.AspNetCore.SignalR.HubMetadata>() != null && route.EndsWith("/negotiate", StringComparison.Ordinal))
            {
                route = route.Substring(0, route.Length - "/negotiate".Length);
                verb = string.Empty;
            }

            // As the rate limiting middleware decides: [DisableRateLimiting] wins, else [EnableRateLimiting] limits.
            bool rateLimited = metadata.GetMetadata<DisableRateLimitingAttribute>() == null && metadata.GetMetadata<EnableRateLimitingAttribute>() != null;
            bool authorization = metadata.GetMetadata<IAuthorizeData>() != null || metadata.GetMetadata<IAllowAnonymous>() != null;
            return new RuntimeEndpoint(verb.Length > 0 ? verb + " " + route : route, rateLimited, authorization);
        }
    }

    private sealed class InMemoryAdditionalText(string path, string text) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(text);
    }
}
