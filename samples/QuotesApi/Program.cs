using QuotesApi.Quotes;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddSingleton<QuoteStore>();
builder.Services.AddQuotesRateLimiting();
builder.Services.AddControllers();

var app = builder.Build();
app.UseRateLimiter();

// GET /api/v1/quotes: the endpoint this product was born from, rate limited through its group.
var v1 = app.MapGroup("/api/v1").RequireRateLimiting(QuotesRateLimiting.PerApiKeyPolicy);
v1.MapGet("/quotes", (QuoteStore store) => store.All());

// Deliberately non-compliant: mapped on the app, not the group, and nobody added rate limiting (SC1001).
app.MapGet("/api/v1/quotes/random", (QuoteStore store) => store.Random());

// Excluded by the rule's exclude-routes.
app.MapGet("/health", () => Results.Ok("healthy"));

app.MapControllers();
app.Run();

public partial class Program;
