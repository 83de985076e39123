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

    public static IReadOnlyList<RuntimeEndpointRow> Read(string path) => File.ReadLines(path)
        .Skip(1)
        .Where(line => line.Length > 0)
        .Select(line => line.Split('\t'))
        .Select(cells => new RuntimeEndpointRow(KeyOf(cells[0], cells[1], cells[4]), cells[2], cells[3], cells[4]))
        .ToArray();

    /// <summary>What the analyzers call the one MapRazorPages call: the compiler sees no page routes.</summary>
    public const string RazorPagesKey = "/*";

    private static string KeyOf(string methods, string route, string handler)
    {
        // A Razor page: any method, and MVC names it by its page path.
        if (methods == "*" && handler.StartsWith('/'))
        {
            return RazorPagesKey;
        }

        string[] verbs = methods.Split(',');
        string normalized = RouteTemplate.Combine(route);
        return verbs.Length == 1 && VerbsShownByTheAnalyzer.Contains(verbs[0]) ? verbs[0] + " " + normalized : normalized;
    }
}
