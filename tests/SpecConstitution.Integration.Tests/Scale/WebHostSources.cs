namespace SpecConstitution.Integration.Tests.Scale;

/// <summary>The service set-up every web app of the shop shares: rate limiter policies, authorization policies, source-generated JSON.</summary>
public static class WebHostSources
{
    /// <summary>Top-level statements up to <c>var app = builder.Build();</c> and the middleware; ends with the health probe.</summary>
    public static string Bootstrap(IEnumerable<string> jsonContexts, bool controllers, IEnumerable<string> extraUsings)
    {
        string[] contexts = jsonContexts.Select(c => $"{c}JsonContext.Default").ToArray();
        string httpJson = string.Join("\n", contexts.Select(c => $"    o.SerializerOptions.TypeInfoResolverChain.Insert(0, {c});"));
        string mvc = controllers
            ? "builder.Services.AddControllers().AddJsonOptions(o =>\n{\n" +
              string.Join("\n", contexts.Select(c => $"    o.JsonSerializerOptions.TypeInfoResolverChain.Insert(0, {c});")) + "\n});\n"
            : string.Empty;
        string usings = string.Concat(extraUsings.Select(u => $"using {u};\n"));
        return usings + $$"""
            using System.Threading.RateLimiting;
            using Microsoft.AspNetCore.RateLimiting;
            using Shop.Contracts;
            using Shop.Contracts.Json;
            using Shop.Infrastructure.DependencyInjection;

            var builder = WebApplication.CreateBuilder(args);
            builder.Services.AddShopInfrastructure(builder.Configuration);
            builder.Services.ConfigureHttpJsonOptions(o =>
            {
            {{httpJson}}
            });
            {{mvc}}builder.Services.AddAuthentication();
            builder.Services.AddAuthorizationBuilder()
                .AddPolicy(AuthorizationPolicies.Writer, p => p.RequireClaim("scope", "shop.write"))
                .AddPolicy(AuthorizationPolicies.Admin, p => p.RequireRole("admin"));
            builder.Services.AddRateLimiter(o =>
            {
                o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
                o.AddFixedWindowLimiter(RatePolicies.PerApiKey, w =>
                {
                    w.PermitLimit = 100;
                    w.Window = TimeSpan.FromMinutes(1);
                    w.QueueProcessingOrder = QueueProcessingOrder.OldestFirst;
                });
                o.AddSlidingWindowLimiter(RatePolicies.Bulk, w =>
                {
                    w.PermitLimit = 10;
                    w.Window = TimeSpan.FromMinutes(1);
                    w.SegmentsPerWindow = 6;
                });
            });

            var app = builder.Build();
            app.UseAuthentication();
            app.UseAuthorization();
            app.UseRateLimiter();

            app.MapGet("/health", () => TypedResults.Ok("healthy")).AllowAnonymous();
            """;
    }
}
