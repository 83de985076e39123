using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SpecConstitution.Analyzers.CodeRules.Requirements;
using SpecConstitution.Analyzers.Tests.Infrastructure;

namespace SpecConstitution.Analyzers.Tests.CodeRules;

public class RequirementAttributeGeneratorTests
{
    private static Compilation Compile(string name, string source, params MetadataReference[] references) =>
        CSharpCompilation.Create(name, new[] { CSharpSyntaxTree.ParseText(source) },
            InstalledReferenceAssemblies.NetCore.Concat(references),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

    private static (Compilation Output, GeneratorDriverRunResult Result) Run(Compilation compilation)
    {
        GeneratorDriver driver = CSharpGeneratorDriver.Create(new RequirementAttributeGenerator());
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out _);
        return (output, driver.GetRunResult());
    }

    [Fact]
    public void Generated_attribute_compiles_on_types_methods_and_with_a_using()
    {
        var (output, result) = Run(Compile("App", """
            using SpecConstitution;
            [Requirement("001-quote-limits/FR-001")]
            public class QuoteLimiter
            {
                [Requirement("FR-002"), SpecConstitution.Requirement("FR-001")] public void Reject() { }
            }
            """));

        Assert.Single(result.GeneratedTrees);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
        INamedTypeSymbol attribute = output.GetTypeByMetadataName(RequirementAttributeGenerator.MetadataName)!;
        Assert.Equal(Accessibility.Internal, attribute.DeclaredAccessibility);
    }

    [Fact]
    public void Not_generated_again_when_a_referenced_assembly_shares_its_internals()
    {
        var (app, _) = Run(Compile("App", """
            [assembly: System.Runtime.CompilerServices.InternalsVisibleTo("App.Tests")]
            public class QuoteLimiter { }
            """));
        using var stream = new MemoryStream();
        Assert.True(app.Emit(stream).Success);
        MetadataReference appReference = MetadataReference.CreateFromImage(stream.ToArray());

        var (tests, result) = Run(Compile("App.Tests", """
            public class QuoteLimiterTests { [SpecConstitution.Requirement("FR-001")] public void Limits() { } }
            """, appReference));

        Assert.Empty(result.GeneratedTrees);
        Assert.Empty(tests.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
    }
}
