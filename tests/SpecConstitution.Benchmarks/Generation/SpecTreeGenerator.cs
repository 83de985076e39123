using System.Text;

namespace SpecConstitution.Benchmarks.Generation;

/// <summary>
/// Writes a Spec-Kit tree of realistic size: a constitution, a rules file, and per feature a spec (3 stories,
/// 8 FRs, 4 SCs, ~5 KB), a plan (~3 KB) and tasks (~25 tasks, naming the app's real files). About 10 % carry an open
/// clarification, 5 % lack a plan, and about 10 % a task defect, so the checker has real findings to produce.
/// </summary>
public static class SpecTreeGenerator
{
    public static void Write(GeneratorOptions options, string root)
    {
        var random = new Random(options.Seed + 1);
        string memory = Path.Combine(root, ".specify", "memory");
        Directory.CreateDirectory(memory);
        File.WriteAllText(Path.Combine(memory, "constitution.md"), Constitution);
        File.WriteAllText(Path.Combine(memory, "constitution.rules.yml"), Rules);

        string digits = options.Features > 999 ? "D4" : "D3";
        for (int f = 1; f <= options.Features; f++)
        {
            string name = f.ToString(digits, System.Globalization.CultureInfo.InvariantCulture) + "-feature-" + f;
            string directory = Path.Combine(root, "specs", name);
            Directory.CreateDirectory(directory);
            bool clarification = random.Next(10) == 0;
            bool missingPlan = random.Next(20) == 0;
            File.WriteAllText(Path.Combine(directory, "spec.md"), Spec(name, f, clarification));
            if (!missingPlan)
            {
                File.WriteAllText(Path.Combine(directory, "plan.md"), Plan(name));
            }

            File.WriteAllText(Path.Combine(directory, "tasks.md"), Tasks(name, f, options, random));
        }
    }

    private const string Constitution = """
        # Benchmark Constitution

        ## Core Principles

        ### I. Specification First
        Every feature starts as a spec.

        ### II. Every public endpoint is rate limited
        Every HTTP endpoint MUST be rate limited with a named policy.

        ### III. Test-First
        Tests are written first.

        ## Governance

        **Version**: 1.0.0 | **Ratified**: 2025-01-01 | **Last Amended**: 2025-06-01
        """;

    private const string Rules = """
        constitution-version: 1.0.0
        rules:
          - id: endpoints-rate-limited
            principle: "II. Every public endpoint is rate limited"
            kind: endpoint-rate-limiting
            severity: warning
            exclude-routes: ["/health*"]
        """;

    private static string Spec(string name, int index, bool clarification)
    {
        var text = new StringBuilder();
        text.AppendLine($"# Feature Specification: Feature {index}");
        text.AppendLine();
        text.AppendLine($"**Feature Branch**: `{name}`");
        text.AppendLine();
        text.AppendLine("**Created**: 2025-06-01");
        text.AppendLine();
        text.AppendLine("**Status**: Draft");
        text.AppendLine();
        text.AppendLine($"**Input**: User description: \"Feature {index} lets customers manage their orders without calling support.\"");
        text.AppendLine();
        text.AppendLine("## User Scenarios & Testing *(mandatory)*");
        for (int story = 1; story <= 3; story++)
        {
            text.AppendLine();
            text.AppendLine($"### User Story {story} - Manage orders, part {story} (Priority: P{story})");
            text.AppendLine();
            text.AppendLine("A customer opens the orders page, filters by date and status, and changes what is still changeable. The page shows totals and lets the customer export the list.");
            text.AppendLine();
            text.AppendLine("**Why this priority**: It removes the most frequent reason customers contact support.");
            text.AppendLine();
            text.AppendLine("**Independent Test**: Can be fully tested by placing two orders and editing one of them.");
            text.AppendLine();
            text.AppendLine("**Acceptance Scenarios**:");
            text.AppendLine();
            text.AppendLine("1. **Given** a customer with two open orders, **When** they open the orders page, **Then** both orders are listed with their totals.");
            text.AppendLine("2. **Given** an order that has shipped, **When** the customer tries to edit it, **Then** the change is refused with a reason.");
            text.AppendLine();
            text.AppendLine("---");
        }

        text.AppendLine();
        text.AppendLine("### Edge Cases");
        text.AppendLine();
        text.AppendLine("- What happens when the order list is empty? The page explains how to place a first order.");
        text.AppendLine(clarification
            ? "- What happens when two devices edit one order? [NEEDS CLARIFICATION: last write wins or optimistic concurrency?]"
            : "- What happens when two devices edit one order? Optimistic concurrency: the second save is refused.");
        text.AppendLine();
        text.AppendLine("## Requirements *(mandatory)*");
        text.AppendLine();
        text.AppendLine("### Functional Requirements");
        text.AppendLine();
        for (int fr = 1; fr <= 8; fr++)
        {
            text.AppendLine($"- **FR-{fr:D3}**: System MUST let customers perform order operation {fr} within 2 seconds for lists of up to 500 orders.");
        }

        text.AppendLine();
        text.AppendLine("### Key Entities");
        text.AppendLine();
        text.AppendLine("- **Order**: id, customer, lines, total, status, placed-at.");
        text.AppendLine("- **Customer**: id, name, e-mail.");
        text.AppendLine();
        text.AppendLine("## Success Criteria *(mandatory)*");
        text.AppendLine();
        text.AppendLine("### Measurable Outcomes");
        text.AppendLine();
        for (int sc = 1; sc <= 4; sc++)
        {
            text.AppendLine($"- **SC-{sc:D3}**: 95 % of customers complete operation {sc} without contacting support.");
        }

        return text.ToString();
    }

    private static string Plan(string name) => $"""
        # Implementation Plan: {name}

        **Branch**: `{name}` | **Date**: 2025-06-02 | **Spec**: [spec.md](./spec.md)

        ## Summary

        Add order management endpoints and pages behind the existing rate limiter.

        ## Technical Context

        **Language/Version**: C# 14 / .NET 10

        **Primary Dependencies**: ASP.NET Core

        **Storage**: PostgreSQL

        **Testing**: xunit

        **Target Platform**: Linux server

        **Project Type**: web-service

        **Performance Goals**: 200 requests per second

        **Constraints**: p95 under 200 ms

        **Scale/Scope**: 10k customers

        ## Constitution Check

        - I. Specification First: PASS
        - II. Every public endpoint is rate limited: PASS
        - III. Test-First: PASS

        ## Project Structure

        ```text
        src/App/Controllers/
        src/App/Endpoints/
        tests/App.Tests/
        ```

        ## Complexity Tracking

        No violations to justify.
        """;

    /// <summary>
    /// About 25 tasks naming files the generated app really has (App/Controllers, App/Endpoints), citing all eight FRs,
    /// as a repository whose completed tasks were implemented looks. A few features carry a planted defect each:
    /// a completed task whose file was never written (SC2050), two parallel setup tasks on one file (SC2036).
    /// </summary>
    private static string Tasks(string name, int feature, GeneratorOptions options, Random random)
    {
        bool phantomFile = random.Next(20) == 0;
        bool parallelConflict = random.Next(20) == 0;
        var text = new StringBuilder();
        text.AppendLine($"# Tasks: {name}");
        text.AppendLine();
        text.AppendLine("## Phase 1: Setup (Shared Infrastructure)");
        text.AppendLine();
        int controller = (feature % options.Controllers) + 1;
        int group = (feature % options.Groups) + 1;
        string[] setupFiles = { "App/App.csproj", parallelConflict ? "App/App.csproj" : "App/Program.cs", $"App/Services/Orders{controller}Service.cs" };
        int id = 1;
        for (int i = 0; i < setupFiles.Length; i++, id++)
        {
            text.AppendLine($"- [{(random.Next(2) == 0 ? "X" : " ")}] T{id:D3} [P] Configure project part {i} in {setupFiles[i]}");
        }

        for (int story = 1; story <= 3; story++)
        {
            text.AppendLine();
            text.AppendLine($"## Phase {story + 1}: User Story {story} - Manage orders, part {story} (Priority: P{story})");
            text.AppendLine();
            for (int i = 0; i < 7; i++, id++)
            {
                string done = random.Next(3) == 0 ? " " : "X";
                string file = i % 2 == 0 ? $"App/Controllers/Orders{controller}Controller.cs" : $"App/Endpoints/Catalog{group}Endpoints.cs";
                if (phantomFile && story == 3 && i == 6)
                {
                    (done, file) = ("X", $"App/Endpoints/Story{story}Step{i}.cs");
                }

                int requirement = (((story - 1) * 7) + i) % 8 + 1;
                text.AppendLine($"- [{done}] T{id:D3} [US{story}] Implement step {i} of story {story} (FR-{requirement:D3}) in {file}");
            }
        }

        text.AppendLine();
        text.AppendLine("## Phase 5: Polish & Cross-Cutting Concerns");
        text.AppendLine();
        text.AppendLine($"- [ ] T{id:D3} [P] Document the endpoints in docs/orders.md");
        return text.ToString();
    }
}
