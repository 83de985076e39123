using SpecConstitution.Infrastructure.Matching;
using SpecConstitution.Core.Tests.Checks.Constitution;
using SpecConstitution.Core.Tests.Checks.Specs;
using SpecConstitution.Core.Tests.Corpus;
using SpecConstitution.Core.Tests.Diagnostics;
using SpecConstitution.Core.Tests.Infrastructure.Json;
using SpecConstitution.Core.Tests.Reading.Markdown;
using SpecConstitution.Core.Tests.Reading.SpecKit;
using SpecConstitution.Core.Tests.Reading.Tree;
using SpecConstitution.Core.Tests.Reports;

namespace SpecConstitution.Core.Tests.Infrastructure.Matching;

public sealed class RouteTemplateTests
{
    [Theory]
    [InlineData(new[] { "api", "orders" }, "/api/orders")]
    [InlineData(new[] { "/api/", "//orders/{id}/" }, "/api/orders/{id}")]
    [InlineData(new[] { "api\\v1", "orders" }, "/api/v1/orders")]
    [InlineData(new[] { "", "/", "" }, "/")]
    [InlineData(new string[0], "/")]
    [InlineData(new[] { "*", "items" }, "/*/items")]
    public void Combine_joins_segments_under_one_leading_slash(string[] parts, string expected) =>
        Assert.Equal(expected, RouteTemplate.Combine(parts));

    [Fact]
    public void Combine_skips_null_parts() =>
        Assert.Equal("/api/orders", RouteTemplate.Combine(null, "api", null, "orders"));

    [Fact]
    public void ReplaceTokens_replaces_controller_and_action_ignoring_case() =>
        Assert.Equal("/api/Orders/List/Orders", RouteTemplate.ReplaceTokens("/api/[Controller]/[ACTION]/[controller]", "Orders", "List"));

    [Fact]
    public void ReplaceToken_does_not_search_the_inserted_value_again()
    {
        // An [Area("[area]")] used to loop forever: the value was searched for the token it had just replaced.
        Assert.Equal("/[area]/x", RouteTemplate.ReplaceToken("/[area]/x", "[area]", "[area]"));
        Assert.Equal("/a[AREA]b", RouteTemplate.ReplaceToken("/[area]", "[area]", "a[AREA]b"));
    }

    [Fact]
    public void ReplaceToken_without_the_token_returns_the_template_itself()
    {
        const string template = "/api/orders";
        Assert.Same(template, RouteTemplate.ReplaceToken(template, "[area]", "admin"));
    }
}
