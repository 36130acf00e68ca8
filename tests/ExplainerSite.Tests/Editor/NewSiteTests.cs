using Pipework.Host.Cli;
using ExplainerSite.Tests.TestSupport;

namespace ExplainerSite.Tests.Editor;

/// <summary><c>new site DIR</c> (issue 14): a starter site that builds and passes <c>check --strict</c> as written.</summary>
public sealed class NewSiteTests : IDisposable
{
    private readonly TempFolder _root = new();

    public void Dispose() => _root.Dispose();

    private async Task<CliRun> RunAsync(string workingDirectory, params string[] args)
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        var code = await CliApp.RunAsync(args, new CliConsole(stdout, stderr, workingDirectory), ExplainerSiteDefinition.Instance);
        return new CliRun(code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public async Task A_new_site_passes_check_strict_and_builds_its_collection_pages()
    {
        var created = await RunAsync(_root.Path, "new", "site", "my-site");
        Assert.True(created.ExitCode == 0, created.ToString());
        Assert.Contains("Created a new site in my-site/", created.Stdout);
        var site = _root.Combine("my-site");
        Assert.True(File.Exists(Path.Combine(site, "input", "collections.yml")));

        var check = await RunAsync(site, "check", "--strict");
        Assert.True(check.ExitCode == 0, check.ToString());
        Assert.Contains("no errors", check.Stdout);

        var build = await RunAsync(site, "build", "--no-search", "--strict");
        Assert.True(build.ExitCode == 0, build.ToString());
        var note = File.ReadAllText(Path.Combine(site, "output", "notes", "first-note", "index.html"));
        Assert.Contains("<h1>A first note</h1>", note);
        Assert.Contains("id=\"ref-1\"", note);
        Assert.Contains("href=\"/notes/first-note/\"", File.ReadAllText(Path.Combine(site, "output", "notes", "index.html")));
    }

    [Fact]
    public async Task A_new_record_needs_only_data_and_a_misspelt_field_is_positioned()
    {
        Assert.Equal(0, (await RunAsync(_root.Path, "new", "site", "s")).ExitCode);
        var notes = _root.Combine("s", "input", "notes.yml");
        File.AppendAllText(notes, "- id: second-note\n  name: \"A second note\"\n  summry: \"Misspelt.\"\n" +
            "  claim: { notCovered: true }\n");

        var check = await RunAsync(_root.Combine("s"), "check");

        Assert.Equal(1, check.ExitCode);
        Assert.Contains("input/notes.yml:7:3: error ES0101: unknown key 'summry' in note; did you mean 'summary'?", check.Stderr);
    }

    [Fact]
    public async Task A_folder_that_holds_anything_is_refused_and_left_as_it_was()
    {
        _root.Write("taken/notes.txt", "mine\n");

        var run = await RunAsync(_root.Path, "new", "site", "taken");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("error ES3006: cannot start a new site in 'taken': it is not an empty folder; nothing was written", run.Stderr);
        Assert.Equal(["notes.txt"], Directory.EnumerateFileSystemEntries(_root.Combine("taken")).Select(Path.GetFileName));
    }
}
