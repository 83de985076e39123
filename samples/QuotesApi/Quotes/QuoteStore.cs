namespace QuotesApi.Quotes;

/// <summary>An in-memory catalogue; the sample is about the endpoint rules, not storage.</summary>
public sealed class QuoteStore
{
    private readonly Quote[] _quotes =
    [
        new(1, "Grace Hopper", "The most dangerous phrase in the language is: we've always done it this way."),
        new(2, "Edsger W. Dijkstra", "Simplicity is prerequisite for reliability."),
        new(3, "Donald Knuth", "Premature optimization is the root of all evil."),
        new(4, "Barbara Liskov", "Modularity based on abstraction is the way things get done."),
    ];

    public IReadOnlyList<Quote> All() => _quotes;

    public Quote Random() => _quotes[System.Random.Shared.Next(_quotes.Length)];
}
