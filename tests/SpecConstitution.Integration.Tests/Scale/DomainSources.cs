namespace SpecConstitution.Integration.Tests.Scale;

/// <summary>Shop.Domain (LangVersion preview): entities split over partial files, the C# 14 field keyword and extension members, [GeneratedRegex].</summary>
public static class DomainSources
{
    public const string Project = "Shop.Domain";

    public static void Write(ShopSolutionFiles files)
    {
        files.Source(Project, "Validation/SkuFormat.cs", """
            using System.Text.RegularExpressions;

            namespace Shop.Domain.Validation;

            /// <summary>SKU and slug formats, matched by regexes the SDK's generator writes at compile time.</summary>
            public static partial class SkuFormat
            {
                public static bool IsValid(string sku) => Pattern().IsMatch(sku);

                public static bool IsSlug(string text) => Slug.IsMatch(text);

                [GeneratedRegex("^[A-Z]{3}-[0-9]{4}$", RegexOptions.CultureInvariant)]
                private static partial Regex Pattern();

                // A partial property (C# 13) implemented by the regex generator.
                [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
                private static partial Regex Slug { get; }
            }
            """);
        files.Source(Project, "Pricing/PricingExtensions.cs", """
            namespace Shop.Domain.Pricing;

            /// <summary>C# 14 extension members on decimal amounts.</summary>
            public static class PricingExtensions
            {
                extension(decimal amount)
                {
                    public decimal WithVat(decimal rate) => decimal.Round(amount * (1 + rate), 2, MidpointRounding.ToEven);

                    public bool IsFree => amount == 0m;
                }
            }
            """);
        foreach (IReadOnlyList<ShopResource> area in ShopResources.Areas)
        {
            string name = area[0].Area;
            files.Source(Project, $"{name}/{name}Codes.cs", $$"""
                using System.Text.RegularExpressions;

                namespace Shop.Domain.{{name}};

                /// <summary>Reference codes of the {{name}} area.</summary>
                public static partial class {{name}}Codes
                {
                    public static bool IsReference(string text) => Reference().IsMatch(text);

                    [GeneratedRegex(@"^{{name.ToUpperInvariant()}}-\d{6}$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
                    private static partial Regex Reference();
                }
                """);
        }

        foreach (ShopResource r in ShopResources.All)
        {
            WriteEntity(files, r);
        }
    }

    private static void WriteEntity(ShopSolutionFiles files, ShopResource r)
    {
        files.Source(Project, $"{r.Area}/{r.Name}.cs", $$"""
            using Shop.Domain.Validation;
            using SpecConstitution;

            namespace Shop.Domain.{{r.Area}};

            /// <summary>A {{r.Name}} of the {{r.Area}} area.</summary>
            [Requirement("{{r.Requirement}}")]
            public sealed partial class {{r.Name}}
            {
                public {{r.Name}}(int id, string name, string sku, decimal price)
                {
                    Id = id;
                    Name = name;
                    Sku = SkuFormat.IsValid(sku) ? sku : throw new ArgumentException($"'{sku}' is not a SKU.", nameof(sku));
                    Price = price;
                }

                public int Id { get; }

                // The C# 14 field keyword: validation in the setter without a hand-written backing field.
                public string Name
                {
                    get;
                    set => field = string.IsNullOrWhiteSpace(value) ? throw new ArgumentException("A name is required.", nameof(value)) : value.Trim();
                } = "unnamed";

                public string Sku { get; }

                public decimal Price
                {
                    get;
                    set => field = value < 0 ? throw new ArgumentOutOfRangeException(nameof(value)) : value;
                }

                public int Revision { get; private set; }
            }
            """);
        files.Source(Project, $"{r.Area}/{r.Name}.Behaviour.cs", $$"""
            using Shop.Domain.Pricing;

            namespace Shop.Domain.{{r.Area}};

            public sealed partial class {{r.Name}}
            {
                public void Rename(string name, decimal price)
                {
                    Name = name;
                    Price = price;
                    Revision++;
                }

                public decimal PriceWithVat(decimal rate) => Price.IsFree ? 0m : Price.WithVat(rate);
            }
            """);
        files.Source(Project, $"{r.Area}/I{r.Name}Repository.cs", $$"""
            namespace Shop.Domain.{{r.Area}};

            public interface I{{r.Name}}Repository
            {
                IReadOnlyList<{{r.Name}}> All();

                {{r.Name}}? Find(int id);

                {{r.Name}} Add(string name, string sku, decimal price);

                bool Remove(int id);
            }
            """);
    }
}
