namespace QuotesApi.Quotes;

public sealed record Quote(int Id, string Author, string Text);
