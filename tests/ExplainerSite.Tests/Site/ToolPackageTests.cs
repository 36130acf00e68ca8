using ExplainerSite.Tests.Editor;
using ExplainerSite.Tests.TestSupport;

namespace ExplainerSite.Tests.Site;

/// <summary>
/// The command line as a .NET tool (issue 14): <c>dotnet pack</c> makes the package, <c>dotnet tool install
/// --tool-path DIR --add-source FOLDER</c> installs it from a local folder as a user would, and the installed
/// <c>explainer</c> command builds the real site. Slow (it packs a Release build): about a minute.
/// </summary>
public sealed class ToolPackageTests
{
    [Fact]
    public async Task Packed_tool_installs_from_a_local_folder_and_builds_the_real_site()
    {
        using var temp = new TempFolder();
        var feed = temp.Combine("feed");
        var none = new Dictionary<string, string?>();

        var pack = await CliProcess.RunProgramAsync(CliProcess.DotnetHost,
            ["pack", Path.Combine(RepoPaths.Root, "src", "ExplainerSite"), "-c", "Release", "-o", feed, "-v", "q"], RepoPaths.Root, none);
        Assert.True(pack.ExitCode == 0, pack.ToString());
        Assert.True(File.Exists(Path.Combine(feed, "ExplainerSite.Tool.0.1.0.nupkg")), string.Join(", ", Directory.GetFiles(feed)));

        var tools = temp.Combine("tools");
        var install = await CliProcess.RunProgramAsync(CliProcess.DotnetHost,
            ["tool", "install", "--tool-path", tools, "--add-source", feed, "ExplainerSite.Tool"], temp.Path, none);
        Assert.True(install.ExitCode == 0, install.ToString());
        var explainer = Path.Combine(tools, OperatingSystem.IsWindows() ? "explainer.exe" : "explainer");
        Assert.True(File.Exists(explainer), install.ToString());

        // The real site, from the repository (where tools/pagefind is), into a folder of its own.
        var output = temp.Combine("site");
        var build = await CliProcess.RunProgramAsync(explainer, ["build", "--no-search", "--strict", "--output", output], RepoPaths.Root, none);
        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.Matches(@"^Built \d+ pages", build.Stdout);
        Assert.True(File.Exists(Path.Combine(output, "explainers", "overview", "index.html")));
        Assert.True(File.Exists(Path.Combine(output, "_headers")));

        var help = await CliProcess.RunProgramAsync(explainer, [], RepoPaths.Root, none);
        Assert.True(help.ExitCode == 0, help.ToString());
        Assert.Contains("explainer [command] [options]", help.Stdout);
    }

    [Fact]
    public void Local_tool_manifest_names_the_packed_tool_and_its_command()
    {
        var manifest = File.ReadAllText(Path.Combine(RepoPaths.Root, ".config", "dotnet-tools.json"));
        var project = File.ReadAllText(Path.Combine(RepoPaths.Root, "src", "ExplainerSite", "ExplainerSite.csproj"));

        Assert.Contains("\"explainersite.tool\"", manifest);
        Assert.Contains("\"explainer\"", manifest);
        Assert.Contains("<ToolCommandName>explainer</ToolCommandName>", project);
        Assert.Contains("<PackageId>ExplainerSite.Tool</PackageId>", project);
        var version = System.Text.RegularExpressions.Regex.Match(project, "<Version>([^<]+)</Version>").Groups[1].Value;
        Assert.Contains($"\"version\": \"{version}\"", manifest);
    }
}
