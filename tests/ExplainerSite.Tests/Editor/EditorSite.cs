using System.Text;
using Pipework.Host.Cli;

namespace ExplainerSite.Tests.Editor;

/// <summary>What one run of the command line printed and returned.</summary>
public sealed record CliRun(int ExitCode, string Stdout, string Stderr)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Stdout}\n--- stderr\n{Stderr}";
}

/// <summary>
/// A temporary copy of the small fixture site (tests/ExplainerSite.Tests/Fixtures/editor-site) to edit and
/// build through the real command line, in-process: <see cref="CliApp.RunAsync"/> with redirected writers and
/// the site folder as the working folder, so paths print as an editor sees them ("input/about.md:3:1").
/// </summary>
public sealed class EditorSite : IDisposable
{
    public static readonly DateTimeOffset Today = new(2026, 3, 14, 9, 30, 0, TimeSpan.Zero);

    public EditorSite(string fixture = "editor-site")
    {
        Root = Directory.CreateTempSubdirectory("explainersite-editor-").FullName;
        CopyTree(Path.Combine(FixturesFolder, fixture), Root);
    }

    public string Root { get; }
    public string Output => Path.Combine(Root, "output");

    public static string FixturesFolder
    {
        get
        {
            var beside = Path.GetFullPath(Path.Combine(SourceFolder(), "..", "Fixtures"));
            if (Directory.Exists(Path.Combine(beside, "editor-site"))) return beside;
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "tests", "ExplainerSite.Tests", "Fixtures");
                if (Directory.Exists(candidate)) return candidate;
            }
            throw new DirectoryNotFoundException("tests/ExplainerSite.Tests/Fixtures not found above " + AppContext.BaseDirectory);
        }
    }

    private static string SourceFolder([System.Runtime.CompilerServices.CallerFilePath] string path = "") => Path.GetDirectoryName(path) ?? "";

    public string PathOf(string relative) => Path.Combine(Root, relative.Replace('/', Path.DirectorySeparatorChar));

    public string Read(string relative) => File.ReadAllText(PathOf(relative));

    public void Write(string relative, string text) => WriteBytes(relative, new UTF8Encoding(false).GetBytes(text));

    public void WriteBytes(string relative, byte[] bytes)
    {
        var path = PathOf(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
    }

    /// <summary>Replaces the one occurrence of <paramref name="old"/> in a file (fails if it is not there).</summary>
    public void Replace(string relative, string old, string replacement)
    {
        var text = Read(relative);
        Assert.Contains(old, text);
        Write(relative, text.Replace(old, replacement, StringComparison.Ordinal));
    }

    /// <summary>1-based line of the first line of a file that contains <paramref name="text"/>.</summary>
    public int LineOf(string relative, string text) =>
        Array.FindIndex(Read(relative).Split('\n'), l => l.Contains(text, StringComparison.Ordinal)) + 1;

    public async Task<CliRun> RunAsync(params string[] args)
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        var console = new CliConsole(stdout, stderr, Root) { Time = new FixedTime(Today) };
        var code = await CliApp.RunAsync(args, console, ExplainerSiteDefinition.Instance);
        return new CliRun(code, stdout.ToString(), stderr.ToString());
    }

    /// <summary><c>build</c> without the search index (which needs Node.js), plus <paramref name="args"/>.</summary>
    public Task<CliRun> BuildAsync(params string[] args) => RunAsync(["build", "--no-search", .. args]);

    /// <summary>Every file of the output folder with its bytes, to show a failed build changed nothing.</summary>
    public Dictionary<string, string> SnapshotOutput() =>
        Directory.Exists(Output)
            ? Directory.EnumerateFiles(Output, "*", SearchOption.AllDirectories)
                .ToDictionary(f => Path.GetRelativePath(Output, f).Replace('\\', '/'), f => Convert.ToBase64String(File.ReadAllBytes(f)))
            : [];

    public static void CopyTree(string from, string to)
    {
        foreach (var dir in Directory.EnumerateDirectories(from, "*", SearchOption.AllDirectories))
            Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, dir)));
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}

/// <summary>Assertions every bad-input case makes.</summary>
public static class CliAssert
{
    /// <summary>Exit 1, the diagnostic line exactly as printed, no stack trace, and the output folder as it was.</summary>
    public static void FailsWith(CliRun run, string expectedLine, Dictionary<string, string>? outputBefore = null, EditorSite? site = null)
    {
        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains(expectedLine + "\n", run.Stderr);
        NoStackTrace(run);
        if (outputBefore is not null && site is not null)
        {
            var after = site.SnapshotOutput();
            Assert.Equal(outputBefore.Keys.Order(StringComparer.Ordinal), after.Keys.Order(StringComparer.Ordinal));
            foreach (var (file, bytes) in after) Assert.True(outputBefore[file] == bytes, $"{file} changed");
            Assert.Empty(Directory.EnumerateDirectories(site.Root, ".output.*"));
        }
    }

    public static void NoStackTrace(CliRun run)
    {
        Assert.DoesNotContain("   at ", run.Stderr);
        Assert.DoesNotContain("Exception", run.Stderr);
        Assert.DoesNotContain("ES0099", run.Stderr);
    }

    /// <summary>The caret line under a diagnostic's source line points at <paramref name="column"/>.</summary>
    public static void CaretAt(CliRun run, int column) =>
        Assert.Contains("       | " + new string(' ', column - 1) + "^\n", run.Stderr);
}
