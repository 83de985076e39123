namespace SpecConstitution.Integration.Tests.Scale;

/// <summary>The fixed, deterministic list of resources per area (names avoid clashes with framework types such as Attribute or Endpoint).</summary>
public static class ShopResources
{
    public const int RequirementsPerFeature = 4;

    /// <summary>Minimal APIs in Shop.Catalog.Api, with route helpers (classic extension methods and C# 14 extension blocks).</summary>
    public static IReadOnlyList<ShopResource> Catalog { get; } = Area("Catalog", "001-catalog",
        "Product", "Category", "Brand", "Supplier", "Characteristic", "Variant", "Bundle", "Showcase",
        "Tag", "Review", "Image", "PriceList", "Discount", "Coupon", "Warranty", "Manual");

    /// <summary>Controllers split over partial files in Shop.Orders.Api.</summary>
    public static IReadOnlyList<ShopResource> Orders { get; } = Area("Orders", "002-orders",
        "Order", "Invoice", "Payment", "Refund", "Shipment", "Parcel", "Carrier", "Return",
        "Cart", "Quote", "Subscription", "Receipt", "CreditNote", "Dispute", "Fulfilment", "Reservation");

    /// <summary>Shop.Admin.Api: the first half minimal APIs (with #if variants), the second half controllers.</summary>
    public static IReadOnlyList<ShopResource> Admin { get; } = Area("Admin", "003-admin",
        "Member", "Role", "Permission", "AuditEntry", "Setting", "FeatureFlag", "ApiKey", "Webhook");

    /// <summary>Endpoint modules in the Shop.Endpoints class library, mapped by Shop.Gateway.</summary>
    public static IReadOnlyList<ShopResource> Inventory { get; } = Area("Inventory", "004-inventory",
        "Warehouse", "Stock", "Location", "Transfer", "Batch", "Pallet", "Rack", "Supply");

    /// <summary>Minimal APIs written inline in Shop.Gateway's top-level Program.cs.</summary>
    public static IReadOnlyList<ShopResource> Storefront { get; } = Area("Storefront", "001-catalog",
        "Store", "Region", "Currency", "Locale");

    public static IReadOnlyList<IReadOnlyList<ShopResource>> Areas { get; } = [Catalog, Orders, Admin, Inventory, Storefront];

    public static IEnumerable<ShopResource> All => Areas.SelectMany(a => a);

    public static IReadOnlyList<string> Features { get; } = ["001-catalog", "002-orders", "003-admin", "004-inventory"];

    private static IReadOnlyList<ShopResource> Area(string area, string feature, params string[] names) =>
        names.Select((name, i) => new ShopResource(name, area, feature, i)).ToArray();
}
