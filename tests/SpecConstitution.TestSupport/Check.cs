using SpecConstitution.Checks.Specs;
using SpecConstitution.Diagnostics;
using SpecConstitution.Infrastructure.Text;
using SpecConstitution.Model.Rules;
using SpecConstitution.Model.SpecKit;
using SpecConstitution.Reading.Tree;

namespace SpecConstitution.TestSupport;

/// <summary>Builds a tree from in-memory documents (the same path the IDE analyzer takes) and checks it.</summary>
public static class Check
{
    public const string Root = "/repo";

    public static IReadOnlyList<Finding> Feature(string name, string? spec = null, string? plan = null, string? tasks = null, string? constitution = null,
        RulesFile? rules = null, SpecCheckOptions? options = null, params (string Name, string Text)[] checklists)
    {
        var files = new List<SpecKitDocumentFile>();
        void Add(string fileName, string? text)
        {
            if (text != null)
            {
                string path = $"{Root}/specs/{name}/{fileName}";
                files.Add(new SpecKitDocumentFile(path, new SourceFile(path, text)));
            }
        }

        Add("spec.md", spec);
        Add("plan.md", plan);
        Add("tasks.md", tasks);
        foreach ((string checklistName, string text) in checklists)
        {
            Add("checklists/" + checklistName, text);
        }

        SourceFile? constitutionFile = constitution == null ? null : new SourceFile(Root + "/.specify/memory/constitution.md", constitution);
        SpecKitTree tree = SpecKitTreeBuilder.Build(Root, constitutionFile, files);
        return SpecChainChecker.Check(tree, rules, options ?? new SpecCheckOptions { CheckPhantomCompletions = false });
    }

    public static IReadOnlyList<Finding> Tree(SpecKitTree tree, RulesFile? rules = null) => SpecChainChecker.Check(tree, rules);

    public static string[] Ids(this IEnumerable<Finding> findings) => findings.Select(f => f.Id).ToArray();

    public static IEnumerable<Finding> WithId(this IEnumerable<Finding> findings, string id) => findings.Where(f => f.Id == id);
}
