namespace SpecConstitution.Integration.Tests.Scale;

/// <summary>Shop.Infrastructure: repositories with [LoggerMessage] logging, options bound by the configuration binder generator, DI registration.</summary>
public static class InfrastructureSources
{
    public const string Project = "Shop.Infrastructure";

    public static void Write(ShopSolutionFiles files)
    {
        files.Source(Project, "Configuration/StorageOptions.cs", """
            namespace Shop.Infrastructure.Configuration;

            public sealed class StorageOptions
            {
                public const string Section = "Storage";

                public int Capacity { get; set; } = 10_000;

                public bool ReadOnly { get; set; }

                public Dictionary<string, int> CapacityByArea { get; set; } = new();
            }
            """);
        string registrations = string.Join("\n        ", ShopResources.All.Select(r =>
            $"services.AddSingleton<Shop.Domain.{r.Area}.I{r.Name}Repository, Persistence.{r.Area}.InMemory{r.Name}Repository>();"));
        files.Source(Project, "DependencyInjection/InfrastructureServices.cs", $$"""
            using Microsoft.Extensions.Configuration;
            using Microsoft.Extensions.DependencyInjection;
            using Shop.Infrastructure.Configuration;

            namespace Shop.Infrastructure.DependencyInjection;

            public static class InfrastructureServices
            {
                public static IServiceCollection AddShopInfrastructure(this IServiceCollection services, IConfiguration configuration)
                {
                    // Both calls are intercepted by the configuration binder source generator (EnableConfigurationBindingGenerator).
                    var storage = new StorageOptions();
                    configuration.GetSection(StorageOptions.Section).Bind(storage);
                    services.Configure<StorageOptions>(configuration.GetSection(StorageOptions.Section));
                    services.AddSingleton(storage);
                    services.AddSingleton(TimeProvider.System);
                    {{registrations}}
                    return services;
                }
            }
            """);
        foreach (ShopResource r in ShopResources.All)
        {
            files.Source(Project, $"Persistence/{r.Area}/InMemory{r.Name}Repository.cs", $$"""
                using System.Collections.Concurrent;
                using Microsoft.Extensions.Logging;
                using Shop.Domain.{{r.Area}};

                namespace Shop.Infrastructure.Persistence.{{r.Area}};

                public sealed partial class InMemory{{r.Name}}Repository(ILogger<InMemory{{r.Name}}Repository> logger, TimeProvider clock) : I{{r.Name}}Repository
                {
                    private readonly ConcurrentDictionary<int, {{r.Name}}> _items = new();
                    private int _lastId;

                    public IReadOnlyList<{{r.Name}}> All() => _items.Values.OrderBy(item => item.Id).ToArray();

                    public {{r.Name}}? Find(int id) => _items.TryGetValue(id, out {{r.Name}}? item) ? item : null;

                    public {{r.Name}} Add(string name, string sku, decimal price)
                    {
                        var item = new {{r.Name}}(Interlocked.Increment(ref _lastId), name, sku, price);
                        _items[item.Id] = item;
                        LogAdded(logger, item.Id, clock.GetUtcNow());
                        return item;
                    }

                    public bool Remove(int id)
                    {
                        bool removed = _items.TryRemove(id, out _);
                        if (removed)
                        {
                            LogRemoved(logger, id);
                        }

                        return removed;
                    }

                    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Added {{r.Name}} {Id} at {At}")]
                    private static partial void LogAdded(ILogger logger, int id, DateTimeOffset at);

                    [LoggerMessage(EventId = 2, Level = LogLevel.Debug, Message = "Removed {{r.Name}} {Id}")]
                    private static partial void LogRemoved(ILogger logger, int id);
                }
                """);
        }
    }
}
