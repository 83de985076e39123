using SpecConstitution.Infrastructure.Matching;

namespace SpecConstitution.Analyzers.Tests.Runtime.RealApps;

/// <summary>
/// One row of a shared app's <c>&lt;app&gt;.endpoints.tsv</c> (methods, route, ratelimit, auth, handler), read from the
/// running app's endpoint data source, keyed the way the analyzers name endpoints in their messages.
/// </summary>
internal sealed record RuntimeEndpointRow(string Key, string RateLimit, string Auth, string Handler)
{
    private static readonly string[] VerbsShownByTheAnalyzer = { "GET", "POST", "PUT", "DELETE", "PATCH" };

    /// <summary>The rate limiting middleware limits it: an [EnableRateLimiting] policy and no [DisableRateLimiting].</summary>
    public bool IsRateLimited => RateLimit != "none" && RateLimit != "disabled";

    /// <summary>It carries IAuthorizeData, an AuthorizationPolicy or IAllowAnonymous metadata.</summary>
    public bool StatesAuthorization => Auth != "none";

    /// <param name="appFolder">The app's sources: a page whose .cshtml is there is the app's own, every other one a library's.</param>
    public static IReadOnlyList<RuntimeEndpointRow> Read(string path, string appFolder)
    {
        string[] pageFiles = Directory.GetFiles(appFolder, "*.cshtml", SearchOption.AllDirectories)
            .Select(file => file.Replace('\\', '/'))
            .ToArray();
        return File.ReadLines(path)
            .Skip(1)
            .Where(line => line.Length > 0)
            .Select(line => line.Split('\t'))
            .Select(cells => new RuntimeEndpointRow(KeyOf(cells[0], cells[1], cells[4], pageFiles), cells[2], cells[3], cells[4]))
            .ToArray();
    }

    /// <summary>What the analyzers call the pages MapRazorPages maps from a library (SC1007 at the call): the compiler sees none of them.</summary>
    public const string RazorPagesKey = "/*";

    private static string KeyOf(string methods, string route, string handler, string[] pageFiles)
    {
        // A Razor page: any method, and MVC names it by its page path.
        if (methods == "*" && handler.StartsWith('/'))
        {
            return PageKey(route, handler, pageFiles);
        }

        string[] verbs = methods.Split(',');
        string normalized = RouteTemplate.Combine(route);
        return verbs.Length == 1 && VerbsShownByTheAnalyzer.Contains(verbs[0]) ? verbs[0] + " " + normalized : normalized;
    }

    /// <summary>
    /// A page of the app's own is named by its route, an Index page by its folder's (MVC maps it at both); its area is
    /// the route's first segment when that is not the page path's. A page with no .cshtml in the app is a library's.
    /// </summary>
    private static string PageKey(string route, string handler, string[] pageFiles)
    {
        string[] page = handler.Split('/', StringSplitOptions.RemoveEmptyEntries);
        List<string> segments = route.Split('/', StringSplitOptions.RemoveEmptyEntries).ToList();
        string? area = segments.Count > 0 && (page.Length == 0 || !string.Equals(segments[0], page[0], StringComparison.OrdinalIgnoreCase)) ? segments[0] : null;
        string file = (area == null ? "/Pages" : "/Areas/" + area + "/Pages") + handler + ".cshtml";
        if (!pageFiles.Any(f => f.EndsWith(file, StringComparison.OrdinalIgnoreCase)))
        {
            return RazorPagesKey;
        }

        int index = (area == null ? 0 : 1) + page.Length - 1;
        if (page.Length > 0 && page[^1] == "Index" && index < segments.Count && segments[index] == "Index")
        {
            segments.RemoveAt(index);
        }

        return RouteTemplate.Combine(segments.ToArray());
    }
}
