namespace SpecConstitution.Analyzers.Tests.Infrastructure;

/// <summary>
/// The global usings the Web SDK writes for a project with ImplicitUsings enabled: in-memory compilations of whole apps
/// need them as the real build has them. Also compiled into the benchmarks.
/// </summary>
internal static class WebImplicitUsings
{
    public const string Source = """
        global using System;
        global using System.Collections.Generic;
        global using System.IO;
        global using System.Linq;
        global using System.Net.Http;
        global using System.Threading;
        global using System.Threading.Tasks;
        global using Microsoft.AspNetCore.Builder;
        global using Microsoft.AspNetCore.Hosting;
        global using Microsoft.AspNetCore.Http;
        global using Microsoft.AspNetCore.Routing;
        global using Microsoft.Extensions.Configuration;
        global using Microsoft.Extensions.DependencyInjection;
        global using Microsoft.Extensions.Hosting;
        global using Microsoft.Extensions.Logging;
        """;
}
