using System.Text.Json;
using ExplainerSite.Publishing;
using ExplainerSite.Tests.TestSupport;

namespace ExplainerSite.Tests.Browser;

/// <summary>
/// The Nu HTML Checker, npm <c>vnu-jar</c> pinned in <c>tools/vnu/package.json</c> and its lock file; installed
/// with <c>npm ci --ignore-scripts</c> when missing (its install script would fetch a Java runtime; the machine's
/// Java 17 runs the jar).
/// </summary>
internal static class VnuTool
{
    private static readonly SemaphoreSlim Gate = new(1, 1);

    public static string Folder => Path.Combine(RepoPaths.Root, "tools", "vnu");

    public static string Jar => Path.Combine(Folder, "node_modules", "vnu-jar", "build", "dist", "vnu.jar");

    public static bool IsInstalled()
    {
        var installed = Path.Combine(Folder, "node_modules", "vnu-jar", "package.json");
        if (!File.Exists(installed) || !File.Exists(Jar)) return false;
        using var wanted = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, "package.json")));
        using var have = JsonDocument.Parse(File.ReadAllText(installed));
        return wanted.RootElement.GetProperty("dependencies").GetProperty("vnu-jar").GetString()
            == have.RootElement.GetProperty("version").GetString();
    }

    /// <summary>The path of vnu.jar, installing it first if needed.</summary>
    public static async Task<string> PrepareAsync()
    {
        await Gate.WaitAsync();
        try
        {
            if (IsInstalled()) return Jar;
            var npm = ProcessRunner.FindOnPath("npm") ?? throw new InvalidOperationException($"npm is not on PATH; cannot install {Folder}.");
            var result = await ProcessRunner.RunAsync(npm, ["ci", "--ignore-scripts", "--no-audit", "--no-fund", "--loglevel=error"], Folder, CancellationToken.None);
            if (result.ExitCode != 0 || !IsInstalled())
                throw new InvalidOperationException($"'npm ci' in {Folder} failed (exit {result.ExitCode}): {ProcessRunner.Tail(result.Output)}");
            return Jar;
        }
        finally
        {
            Gate.Release();
        }
    }
}
