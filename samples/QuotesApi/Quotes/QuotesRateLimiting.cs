using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace QuotesApi.Quotes;

/// <summary>FR-001..FR-003: 100 requests per minute per API key, 429 with Retry-After beyond that.</summary>
public static class QuotesRateLimiting
{
    public const string PerApiKeyPolicy = "per-api-key";
    public const string ApiKeyHeader = "X-Api-Key";
    public const int PermitsPerMinute = 100;

    public static IServiceCollection AddQuotesRateLimiting(this IServiceCollection services) =>
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(PerApiKeyPolicy, context =>
            {
                string apiKey = context.Request.Headers[ApiKeyHeader].ToString();
                return RateLimitPartition.GetFixedWindowLimiter(
                    partitionKey: string.IsNullOrEmpty(apiKey) ? "anonymous" : apiKey,
                    factory: _ => new FixedWindowRateLimiterOptions
                    {
                        PermitLimit = PermitsPerMinute,
                        Window = TimeSpan.FromMinutes(1),
                        QueueLimit = 0,
                    });
            });
            options.OnRejected = (context, _) =>
            {
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out TimeSpan retryAfter))
                {
                    context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                }

                return ValueTask.CompletedTask;
            };
        });
}
