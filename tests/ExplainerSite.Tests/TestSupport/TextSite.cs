namespace ExplainerSite.Tests.TestSupport;

/// <summary>
/// A whole small site declared as text inside a test (path → contents, Hugo's txtar style), written to a temporary
/// folder and built through the real command line, in-process: <c>build --no-search</c>.
/// </summary>
public sealed class TextSite : IDisposable
{
    private readonly TempFolder _folder = new();

    public TextSite(params (string Path, string Text)[] files)
    {
        Directory.CreateDirectory(_folder.Combine("input"));
        Directory.CreateDirectory(_folder.Combine("theme"));
        foreach (var (path, text) in files) Write(path, text);
    }

    public string Root => _folder.Path;

    public void Write(string path, string text) => _folder.Write(path, text.Replace("\r\n", "\n", StringComparison.Ordinal));

    public void Delete(string path) => File.Delete(_folder.Combine(path.Split('/')));

    public async Task<Result> BuildAsync(params string[] args)
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        var code = await CliApp.RunAsync(["build", "--no-search", .. args], new CliConsole(stdout, stderr, Root), ExplainerSiteDefinition.Instance);
        var output = _folder.Combine("output");
        var files = Directory.Exists(output)
            ? Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories)
                .ToDictionary(f => Path.GetRelativePath(output, f).Replace('\\', '/'), File.ReadAllText, StringComparer.Ordinal)
            : [];
        return new Result(code, stdout.ToString(), stderr.ToString(), files);
    }

    public void Dispose() => _folder.Dispose();

    /// <summary>Exit code, what was printed, and every output file (site-relative path → text).</summary>
    public sealed record Result(int ExitCode, string Stdout, string Stderr, IReadOnlyDictionary<string, string> Files)
    {
        public override string ToString() => $"exit {ExitCode}\n{Stdout}\n{Stderr}";
    }
}
