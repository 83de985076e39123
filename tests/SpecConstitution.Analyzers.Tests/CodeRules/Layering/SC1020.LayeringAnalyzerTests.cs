using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using SpecConstitution.Analyzers.CodeRules.Layering;
using SpecConstitution.Analyzers.Tests.Infrastructure;
using SpecConstitution.Analyzers.Tests.CodeRules.BannedApi;
using SpecConstitution.Analyzers.Tests.CodeRules.Requirements;

namespace SpecConstitution.Analyzers.Tests.CodeRules.Layering;

public class LayeringAnalyzerTests
{
    private const string Rules = """
        rules:
          - id: domain-pure
            kind: layering
            from: ["*.Domain", "*.Domain.*"]
            must-not-reference: ["*.Infrastructure*", "System.Net*"]
        """;

    private const string Infrastructure = """
        namespace Shop.Infrastructure
        {
            public class Db { public static Db Open() => new Db(); public void Save(object o) { } public static int Version => 1; }
            public class Entity { }
            public interface IRepository<T> { }
            [System.AttributeUsage(System.AttributeTargets.All)] public sealed class TableAttribute : System.Attribute { }
            public static class DbExtensions { public static void Persist(this object o) { } }
        }

        """;

    private static Task VerifyAsync(string source, params DiagnosticResult[] expected)
    {
        var test = Verifier.Analyzer<LayeringAnalyzer>(Infrastructure + source, Rules);
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    private static DiagnosticResult SC1020(int markup, string from, string target, string ns, string pattern) =>
        new DiagnosticResult("SC1020", DiagnosticSeverity.Warning).WithLocation(markup)
            .WithArguments(from, target, ns, pattern, "domain-pure");

    [Fact]
    public Task Domain_type_in_a_signature_reports_SC1020() => VerifyAsync("""
        namespace Shop.Domain
        {
            public class Order { public void Place(Shop.Infrastructure.{|#0:Db|} db) { } }
        }
        """, SC1020(0, "Shop.Domain.Order.Place(Shop.Infrastructure.Db)", "Shop.Infrastructure.Db", "Shop.Domain", "*.Infrastructure*"));

    [Fact]
    public Task References_in_bodies_base_types_generic_arguments_and_attributes_are_each_reported_once() => VerifyAsync("""
        namespace Shop.Domain.Orders
        {
            using Shop.Infrastructure;
            [{|#0:Table|}]
            public class Order : {|#1:Entity|}, {|#2:IRepository|}<{|#3:Entity|}>
            {
                public object Load() => {|#4:Db|}.Open();
            }
        }
        """,
        SC1020(0, "Shop.Domain.Orders.Order", "Shop.Infrastructure.TableAttribute", "Shop.Domain.Orders", "*.Infrastructure*"),
        SC1020(1, "Shop.Domain.Orders.Order", "Shop.Infrastructure.Entity", "Shop.Domain.Orders", "*.Infrastructure*"),
        SC1020(2, "Shop.Domain.Orders.Order", "Shop.Infrastructure.IRepository<T>", "Shop.Domain.Orders", "*.Infrastructure*"),
        SC1020(3, "Shop.Domain.Orders.Order", "Shop.Infrastructure.Entity", "Shop.Domain.Orders", "*.Infrastructure*"),
        SC1020(4, "Shop.Domain.Orders.Order.Load()", "Shop.Infrastructure.Db", "Shop.Domain.Orders", "*.Infrastructure*"));

    [Fact]
    public Task Using_static_alias_and_extension_method_are_reported_where_used() => VerifyAsync("""
        namespace Shop.Domain
        {
            using static Shop.Infrastructure.Db;
            using Storage = Shop.Infrastructure.Db;
            using Shop.Infrastructure;
            public class Order
            {
                public int V() => {|#0:Version|};
                public object Open2() => {|#1:Storage|}.Open();
                public void Keep() => this.{|#2:Persist|}();
            }
        }
        """,
        SC1020(0, "Shop.Domain.Order.V()", "Shop.Infrastructure.Db.Version", "Shop.Domain", "*.Infrastructure*"),
        SC1020(1, "Shop.Domain.Order.Open2()", "Shop.Infrastructure.Db", "Shop.Domain", "*.Infrastructure*"),
        SC1020(2, "Shop.Domain.Order.Keep()", "Shop.Infrastructure.DbExtensions.Persist(object)", "Shop.Domain", "*.Infrastructure*"));

    [Fact]
    public Task Types_from_referenced_assemblies_are_judged_too() => VerifyAsync("""
        namespace Shop.Domain
        {
            public class Order { public object Client() => new System.Net.Http.{|#0:HttpClient|}(); }
        }
        """, SC1020(0, "Shop.Domain.Order.Client()", "System.Net.Http.HttpClient", "Shop.Domain", "System.Net*"));

    [Fact]
    public Task Partial_type_parts_are_all_checked() => VerifyAsync("""
        namespace Shop.Domain
        {
            public partial class Order { Shop.Infrastructure.{|#0:Db|} a; }
            public partial class Order { Shop.Infrastructure.{|#1:Db|} b; }
        }
        """,
        SC1020(0, "Shop.Domain.Order.a", "Shop.Infrastructure.Db", "Shop.Domain", "*.Infrastructure*"),
        SC1020(1, "Shop.Domain.Order.b", "Shop.Infrastructure.Db", "Shop.Domain", "*.Infrastructure*"));

    [Fact]
    public Task Members_reached_through_an_instance_or_a_base_are_not_reported_twice() => VerifyAsync("""
        namespace Shop.Domain
        {
            public class Order : Shop.Infrastructure.{|#0:Db|}
            {
                public void Keep(Shop.Infrastructure.{|#1:Db|} db) { db.Save(this); Save(this); }
            }
        }
        """,
        SC1020(0, "Shop.Domain.Order", "Shop.Infrastructure.Db", "Shop.Domain", "*.Infrastructure*"),
        SC1020(1, "Shop.Domain.Order.Keep(Shop.Infrastructure.Db)", "Shop.Infrastructure.Db", "Shop.Domain", "*.Infrastructure*"));

    [Fact]
    public Task Code_outside_the_from_namespaces_may_reference_anything() => VerifyAsync("""
        namespace Shop.Api
        {
            public class Controller { Shop.Infrastructure.Db db = Shop.Infrastructure.Db.Open(); }
        }
        namespace Shop.DomainEvents
        {
            public class Published { Shop.Infrastructure.Db db; }
        }
        """);

    [Fact]
    public Task Allowed_namespaces_are_silent() => VerifyAsync("""
        namespace Shop.Domain
        {
            public class Order { public System.Collections.Generic.List<string> Lines { get; } = new System.Collections.Generic.List<string>(); }
        }
        """);
}
