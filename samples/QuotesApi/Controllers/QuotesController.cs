using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using QuotesApi.Quotes;

namespace QuotesApi.Controllers;

/// <summary>The same quotes endpoint as a controller: rate limited at controller level.</summary>
[ApiController]
[Route("api/v1/controller/quotes")]
[EnableRateLimiting(QuotesRateLimiting.PerApiKeyPolicy)]
public sealed class QuotesController(QuoteStore store) : ControllerBase
{
    [HttpGet]
    public IReadOnlyList<Quote> Get() => store.All();
}
