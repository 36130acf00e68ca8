using Pipework.Host.Cli;
using Pipework.Analyzers;
using Pipework.Diagnostics;
using ExplainerSite.Tests.TestSupport;
using Pipework.Yaml;

namespace ExplainerSite.Tests.Editor;

/// <summary>
/// With GITHUB_ACTIONS=true every error and warning is also printed as a workflow command, so GitHub shows it on
/// the changed line of a pull request (issue 14). Through the real command line, as a separate process.
/// </summary>
public sealed class WorkflowAnnotationTests : IDisposable
{
    private readonly EditorSite _site = new();

    public void Dispose() => _site.Dispose();

    private static readonly Dictionary<string, string?> OnGitHub = new() { ["GITHUB_ACTIONS"] = "true" };

    [Fact]
    public async Task Broken_build_on_GitHub_Actions_prints_an_error_command_at_the_file_line_and_column()
    {
        _site.Replace("input/explainers/first.md", "order: 1", "order: three");

        var run = await CliProcess.RunAsync(_site.Root, OnGitHub, "build", "--no-search");

        Assert.True(run.ExitCode == 1, run.ToString());
        var error = "::error file=input/explainers/first.md,line=5,col=8,title=ES0103::"
            + BindingErrors.WrongType.Format("a whole number", "'three'") + "%0Ahint: " + BindingErrors.WrongTypeHint("a whole number");
        Assert.Contains(error + "\n", run.Stdout);
        // The usual report is still on stderr, unchanged.
        Assert.Contains("input/explainers/first.md:5:8: error ES0103: ", run.Stderr);
        Assert.DoesNotContain("::error", run.Stderr);
    }

    [Fact]
    public async Task A_warning_is_a_warning_command_and_under_strict_an_error_command()
    {
        _site.Replace("input/about.md", "A fixture.", "A fixture. See [the old site](http://example.org/).");
        var http = _site.LineOf("input/about.md", "http://example.org/");
        var httpColumn = _site.Read("input/about.md").Split('\n')[http - 1].IndexOf("http://", StringComparison.Ordinal) + 1;

        var message = LinkErrors.InsecureExternalLink.Format("http://example.org/", "/about/")
            + "%0Ahint: " + LinkErrors.InsecureExternalLink.Hint;
        var at = $"file=input/about.md,line={http},col={httpColumn},title=ES0043::";

        var run = await CliProcess.RunAsync(_site.Root, OnGitHub, "build", "--no-search");
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("::warning " + at + message + "\n", run.Stdout);

        var strict = await CliProcess.RunAsync(_site.Root, OnGitHub, "check", "--strict");
        Assert.True(strict.ExitCode == 1, strict.ToString());
        Assert.Contains("::error " + at + message + "\n", strict.Stdout);
    }

    [Fact]
    public async Task Paths_are_relative_to_GITHUB_WORKSPACE_when_the_build_runs_in_a_subfolder()
    {
        _site.Replace("input/explainers/first.md", "order: 1", "order: three");
        var workspace = Path.GetDirectoryName(_site.Root)!;
        var environment = new Dictionary<string, string?>(OnGitHub) { ["GITHUB_WORKSPACE"] = workspace };

        var run = await CliProcess.RunAsync(_site.Root, environment, "check");

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains($"::error file={Path.GetFileName(_site.Root)}/input/explainers/first.md,line=5,col=8,title=ES0103::", run.Stdout);
    }

    [Fact]
    public async Task Off_GitHub_Actions_no_workflow_commands_are_printed()
    {
        _site.Replace("input/explainers/first.md", "order: 1", "order: three");

        var run = await CliProcess.RunAsync(_site.Root, new Dictionary<string, string?>(), "check");

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.DoesNotContain("::error", run.Stdout + run.Stderr);
    }

    [Fact]
    public void Percent_newlines_colons_and_commas_are_escaped_as_GitHubs_toolkit_escapes_them()
    {
        var d = new Diagnostic(Severity.Error, "ES0001", "50% off:\r\nline, two", "a", 2, 3, Hint: "fix: it");

        var line = WorkflowAnnotations.Format(d, "dir:x/a,b%.md");

        Assert.Equal("::error file=dir%3Ax/a%2Cb%25.md,line=2,col=3,title=ES0001::50% off:%0D%0Aline, two%0Ahint: fix: it"
            .Replace("50% off", "50%25 off", StringComparison.Ordinal), line);
    }

    [Fact]
    public void A_diagnostic_without_a_file_has_no_position_and_a_warning_is_a_warning_command()
    {
        var d = new Diagnostic(Severity.Warning, "ES2101", "site URL 'x' is not an absolute http(s) address");

        Assert.Equal("::warning title=ES2101::site URL 'x' is not an absolute http(s) address", WorkflowAnnotations.Format(d, null));
    }
}
