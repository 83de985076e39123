using System.Collections.Immutable;
using System.Diagnostics;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Routing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SpecConstitution.Analyzers.Endpoints.Inventory;
using SpecConstitution.Analyzers.Tests.Endpoints.Inventory;
using SpecConstitution.Analyzers.Tests.Infrastructure;
using SpecConstitution.Infrastructure.Matching;
using Xunit.Abstractions;

namespace SpecConstitution.Analyzers.Tests.Runtime;

/// <summary>
/// The endpoint inventory (SC1090) of samples/QuotesApi against the endpoints the app really serves: its own
/// Program.cs runs (app.Run() included) on 127.0.0.1, the host is caught as it is built, and its endpoint data source
/// is read. Every runtime endpoint must be in the inventory with the same methods, authorization and rate limiting.
/// </summary>
public sealed class InventoryRuntimeTests(ITestOutputHelper output)
{

    [Fact]
    public async Task The_inventory_of_the_sample_app_matches_the_endpoints_it_serves()
    {
        string sample = Path.Combine(RepositoryRoot(), "samples", "QuotesApi");
        CSharpCompilation compilation = Compile(sample);

        string[] inventory = (await InventoryAnalyzerTests.InventoryAsync(compilation))
            .Select(d => Key(d.Properties["methods"]!.Split(','), d.Properties["route"]!, d.Properties["authorization"]!, d.Properties["rateLimiting"]!))
            .Order(StringComparer.Ordinal).ToArray();
        string[] runtime = (await RunAndEnumerateAsync(compilation)).Order(StringComparer.Ordinal).ToArray();

        output.WriteLine("inventory:\n  " + string.Join("\n  ", inventory) + "\nruntime:\n  " + string.Join("\n  ", runtime));
        Assert.True(runtime.Length >= 4, "the sample serves at least four endpoints");
        Assert.Equal(runtime, inventory);
    }

    private static CSharpCompilation Compile(string sample)
    {
        var parse = new CSharpParseOptions(LanguageVersion.Latest);
        IEnumerable<SyntaxTree> trees = Directory.EnumerateFiles(sample, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}"))
            .Select(f => CSharpSyntaxTree.ParseText(File.ReadAllText(f), parse, f))
            .Append(CSharpSyntaxTree.ParseText(WebImplicitUsings.Source, parse, Path.Combine(sample, "obj", "GlobalUsings.g.cs")));
        CSharpCompilation compilation = CSharpCompilation.Create("QuotesApi", trees, InstalledReferenceAssemblies.AspNetCore,
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));
        Diagnostic[] errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
        Assert.True(errors.Length == 0, string.Join(Environment.NewLine, errors.Select(e => e.ToString())));
        return compilation;
    }

    /// <summary>Runs the app's own entry point; the host is caught when it is built (as WebApplicationFactory does) and stopped once started.</summary>
    private async Task<IReadOnlyList<string>> RunAndEnumerateAsync(Compilation compilation)
    {
        using var image = new MemoryStream();
        Microsoft.CodeAnalysis.Emit.EmitResult emitted = compilation.Emit(image);
        Assert.True(emitted.Success, string.Join(Environment.NewLine, emitted.Diagnostics));
        // The default context, and the app's name given to the host: MVC finds controllers in the assembly of that name.
        Assembly assembly = AssemblyLoadContext.Default.LoadFromStream(new MemoryStream(image.ToArray()));

        var built = new TaskCompletionSource<IHost>(TaskCreationOptions.RunContinuationsAsynchronously);
        using IDisposable subscription = DiagnosticListener.AllListeners.Subscribe(new HostCatcher(assembly, built));
        var run = Task.Factory.StartNew(
            () => assembly.EntryPoint!.Invoke(null, [new[] { "--urls", "http://127.0.0.1:0", "--environment", "Production", "--applicationName", "QuotesApi" }]),
            TaskCreationOptions.LongRunning);

        IHost host = await built.Task.WaitAsync(TimeSpan.FromSeconds(60));
        var lifetime = host.Services.GetRequiredService<IHostApplicationLifetime>();
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using (lifetime.ApplicationStarted.Register(() => started.TrySetResult()))
        {
            await started.Task.WaitAsync(TimeSpan.FromSeconds(60));
        }

        string[] endpoints = host.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<ISuppressMatchingMetadata>()?.SuppressMatching != true)
            .Select(RuntimeKey)
            .ToArray();
        output.WriteLine($"{endpoints.Length} endpoints served");
        lifetime.StopApplication();
        await run.WaitAsync(TimeSpan.FromSeconds(60));
        return endpoints;
    }

    /// <summary>As the middleware decides at run time: [AllowAnonymous] wins over [Authorize], [DisableRateLimiting] over a policy.</summary>
    private static string RuntimeKey(RouteEndpoint endpoint)
    {
        EndpointMetadataCollection metadata = endpoint.Metadata;
        IReadOnlyList<string> methods = metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? [];
        ControllerActionDescriptor? action = metadata.GetMetadata<ControllerActionDescriptor>();
        string route = action != null && action.AttributeRouteInfo == null
            ? RouteTemplate.Combine(action.ControllerName, action.ActionName)
            : RouteTemplate.Combine(endpoint.RoutePattern.RawText);
        string authorization = metadata.GetMetadata<IAllowAnonymous>() != null ? "anonymous" : metadata.GetMetadata<IAuthorizeData>() != null ? "authorize" : "none";
        string rateLimiting = metadata.GetMetadata<DisableRateLimitingAttribute>() != null ? "disabled" : metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName ?? "none";
        return Key(methods.Count == 0 ? ["*"] : methods, route, authorization, rateLimiting);
    }

    private static string Key(IEnumerable<string> methods, string route, string authorization, string rateLimiting) =>
        string.Join(",", methods.Order(StringComparer.Ordinal)) + " " + route + " authorization=" + authorization + " rateLimiting=" + rateLimiting;

    private static string RepositoryRoot()
    {
        string? directory = AppContext.BaseDirectory;
        while (directory != null && !File.Exists(Path.Combine(directory, "SpecConstitution.sln")))
        {
            directory = Path.GetDirectoryName(directory);
        }

        return directory ?? throw new InvalidOperationException("SpecConstitution.sln not found above " + AppContext.BaseDirectory);
    }

    /// <summary>Catches the host the app builds ("HostBuilt" of Microsoft.Extensions.Hosting), only for the app's own assembly.</summary>
    private sealed class HostCatcher(Assembly app, TaskCompletionSource<IHost> built) : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>
    {
        public void OnNext(DiagnosticListener listener)
        {
            if (listener.Name == "Microsoft.Extensions.Hosting")
            {
                listener.Subscribe(this);
            }
        }

        public void OnNext(KeyValuePair<string, object?> value)
        {
            if (value.Key == "HostBuilt" && value.Value is IHost host && Assembly.GetEntryAssembly() != app && new StackTrace().GetFrames().Any(f => f.GetMethod()?.DeclaringType?.Assembly == app))
            {
                built.TrySetResult(host);
            }
        }

        public void OnCompleted()
        {
        }

        public void OnError(Exception error)
        {
        }
    }
}
