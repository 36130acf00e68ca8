using System.IO.Compression;
using System.Runtime.InteropServices;
using ExplainerSite.Tests.Editor;
using ExplainerSite.Tests.TestSupport;

namespace ExplainerSite.Tests.Site;

/// <summary>
/// The command line as a .NET tool (issue 14), a platform-specific tool of the .NET 10 SDK: <c>dotnet pack</c> makes
/// the pointer package, <c>dotnet pack -r RID</c> the package that holds the program, <c>dotnet tool install
/// --tool-path DIR --add-source FOLDER</c> installs them from a local folder as a user would, and the installed
/// <c>explainer</c> command builds the real site. The framework-dependent fallback (<c>any</c>) is tested on every
/// run (minutes: two Release packs); the Native AOT package takes minutes more to compile, so its test
/// runs only when asked for (EXPLAINERSITE_AOT_TOOL_TEST=1) and the README's figures were measured by hand.
/// </summary>
public sealed class ToolPackageTests
{
    private static readonly Dictionary<string, string?> NoEnvironment = [];

    // A Release build of the app; the Native AOT one compiles for minutes more (2 cores shared with other builds).
    private static readonly TimeSpan PackTimeout = TimeSpan.FromMinutes(20);

    [Fact]
    public async Task Framework_dependent_fallback_installs_from_a_local_folder_and_builds_the_real_site()
    {
        using var temp = new TempFolder();
        // The CLI picks the package of its own RID when the pointer names one (even with --arch), so the fallback is
        // installed as a platform without an AOT package gets it: from a pointer that names only 'any'.
        var feed = temp.Combine("feed");
        await PackAsync(feed, "-p:ToolPackageRuntimeIdentifiers=any");
        await PackAsync(feed, "-r", "any", "-p:PublishAot=false");
        Assert.Equal(["ExplainerSite.Tool.0.1.0.nupkg", "ExplainerSite.Tool.any.0.1.0.nupkg"],
            Directory.GetFiles(feed).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        // Only what runs: no native debug symbols (SkiaSharp's Windows assets bring 300 MB of them).
        using (var zip = ZipFile.OpenRead(Path.Combine(feed, "ExplainerSite.Tool.any.0.1.0.nupkg")))
            Assert.DoesNotContain(zip.Entries, e => e.FullName.StartsWith("tools/net10.0/any/runtimes/", StringComparison.Ordinal) && e.Name.EndsWith(".pdb", StringComparison.Ordinal));

        var explainer = await InstallAsync(temp, feed);
        var store = Path.Combine(temp.Combine("tools"), ".store", "explainersite.tool", "0.1.0", "explainersite.tool.any", "0.1.0");
        Assert.True(File.Exists(Path.Combine(store, "tools", "net10.0", "any", "ExplainerSite.dll")), "not the framework-dependent package");

        await AssertBuildsTheRealSiteAsync(explainer, temp.Combine("site"));
        var help = await CliProcess.RunProgramAsync(explainer, [], RepoPaths.Root, NoEnvironment);
        Assert.True(help.ExitCode == 0, help.ToString());
        Assert.Contains("explainer [command] [options]", help.Stdout);
    }

    [AotToolFact]
    public async Task Native_AOT_package_for_this_platform_installs_a_native_program_that_writes_what_the_JIT_build_writes()
    {
        using var temp = new TempFolder();
        var feed = temp.Combine("feed");
        await PackAsync(feed);
        await PackAsync(feed, "-r", RuntimeInformation.RuntimeIdentifier);
        var explainer = await InstallAsync(temp, feed);

        // The command is the native program itself (an ELF file), not an assembly started through dotnet.
        var target = new FileInfo(explainer).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? explainer;
        Assert.Equal("\u007fELF"u8.ToArray(), File.ReadAllBytes(target)[..4]);

        var aot = temp.Combine("aot");
        await AssertBuildsTheRealSiteAsync(explainer, aot);
        var jit = temp.Combine("jit");
        var reference = await CliProcess.RunAsync(RepoPaths.Root, NoEnvironment, "build", "--no-search", "--strict", "--output", jit);
        Assert.True(reference.ExitCode == 0, reference.ToString());
        var files = Directory.GetFiles(jit, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(jit, f)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(files, Directory.GetFiles(aot, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(aot, f)).Order(StringComparer.Ordinal));
        foreach (var file in files)
            Assert.True(File.ReadAllBytes(Path.Combine(jit, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(aot, file))), file + " differs");
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
        // The pointer names the Native AOT package of linux-x64 and the framework-dependent one for everything else.
        Assert.Contains("<ToolPackageRuntimeIdentifiers>linux-x64;any</ToolPackageRuntimeIdentifiers>", project);
        var version = System.Text.RegularExpressions.Regex.Match(project, "<Version>([^<]+)</Version>").Groups[1].Value;
        Assert.Contains($"\"version\": \"{version}\"", manifest);
    }

    private static async Task PackAsync(string feed, params string[] options)
    {
        var pack = await CliProcess.RunProgramAsync(CliProcess.DotnetHost,
            ["pack", Path.Combine(RepoPaths.Root, "src", "ExplainerSite"), "-c", "Release", "-o", feed, "-v", "q", .. options], RepoPaths.Root, NoEnvironment,
            PackTimeout);
        Assert.True(pack.ExitCode == 0, pack.ToString());
    }

    private static async Task<string> InstallAsync(TempFolder temp, string feed, params string[] options)
    {
        var tools = temp.Combine("tools");
        var install = await CliProcess.RunProgramAsync(CliProcess.DotnetHost,
            ["tool", "install", "--tool-path", tools, "--add-source", feed, "ExplainerSite.Tool", .. options], temp.Path, NoEnvironment);
        Assert.True(install.ExitCode == 0, install.ToString());
        var explainer = Path.Combine(tools, OperatingSystem.IsWindows() ? "explainer.exe" : "explainer");
        Assert.True(File.Exists(explainer), install.ToString());
        return explainer;
    }

    /// <summary>The real site, from the repository (where tools/pagefind is), into a folder of its own.</summary>
    private static async Task AssertBuildsTheRealSiteAsync(string explainer, string output)
    {
        var build = await CliProcess.RunProgramAsync(explainer, ["build", "--no-search", "--strict", "--output", output], RepoPaths.Root, NoEnvironment);
        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.Matches(@"^Built \d+ pages", build.Stdout);
        Assert.True(File.Exists(Path.Combine(output, "explainers", "overview", "index.html")));
        Assert.True(File.Exists(Path.Combine(output, "_headers")));
    }
}

/// <summary>The Native AOT tool test: it compiles the whole app ahead of time (3–8 minutes here), so it runs when asked for.</summary>
public sealed class AotToolFactAttribute : FactAttribute
{
    public AotToolFactAttribute()
    {
        if (Environment.GetEnvironmentVariable("EXPLAINERSITE_AOT_TOOL_TEST") != "1")
            Skip = "Packs the Native AOT tool (minutes of compiling); set EXPLAINERSITE_AOT_TOOL_TEST=1 to run it.";
        else if (RuntimeInformation.RuntimeIdentifier != "linux-x64")
            Skip = $"The pointer package names a Native AOT package for linux-x64 only, not {RuntimeInformation.RuntimeIdentifier}.";
    }
}
