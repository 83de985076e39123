namespace SpecConstitution.Integration.Tests.Scale;

/// <summary>One business resource of the generated shop: an entity, its contracts, repository, handlers and routes.</summary>
public sealed record ShopResource(string Name, string Area, string Feature, int Ordinal)
{
    public string Plural => Name.EndsWith('y') ? Name[..^1] + "ies" : Name.EndsWith("ch", StringComparison.Ordinal) || Name.EndsWith('s') ? Name + "es" : Name + "s";

    /// <summary>The plural in kebab case, as it appears in routes: "PriceList" → "price-lists".</summary>
    public string Segment => string.Concat(Plural.Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    /// <summary>The requirement this resource's code cites; every area has at least four resources, so every FR is cited.</summary>
    public string Requirement => $"{Feature}/FR-{Ordinal % ShopResources.RequirementsPerFeature + 1:000}";

    /// <summary>A valid SKU for this resource, matching the domain's generated regex.</summary>
    public string SkuPrefix => (Name.ToUpperInvariant() + "XXX")[..3];
}
