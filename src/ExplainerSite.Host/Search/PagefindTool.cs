using System.Text.Json;

namespace Pipework.Host.Search;

/// <summary>
/// Finds Pagefind, the npm package pinned in <c>tools/pagefind/package.json</c> and its lock file, and installs
/// it with <c>npm ci</c> on first use (its platform binary arrives as an npm dependency). Needs Node.js on PATH.
/// </summary>
public static class PagefindTool
{
    public const string Folder = "tools/pagefind";

    /// <summary>
    /// Returns the command that runs Pagefind, installing it first if <c>node_modules</c> is missing or holds
    /// another version. <paramref name="searchFrom"/> are the folders in or above which <c>tools/pagefind</c> is
    /// looked for (default: the current folder, then the program's own). Throws a ContentException naming what
    /// is missing.
    /// </summary>
    public static async Task<PagefindCommand> PrepareAsync(
        TextWriter log, string? pathVariable = null, IEnumerable<string>? searchFrom = null, CancellationToken cancellation = default)
    {
        var node = ProcessRunner.FindOnPath("node", pathVariable)
            ?? throw PublishingErrors.NodeNotFound.Exception(null, 0, 0);
        var starts = (searchFrom ?? [Directory.GetCurrentDirectory(), AppContext.BaseDirectory]).ToList();
        var folder = FindFolder(starts)
            ?? throw PublishingErrors.ToolsFolderNotFound.Exception(null, 0, 0, starts[0]);
        if (!IsInstalled(folder))
            await InstallAsync(folder, log, pathVariable, cancellation);
        return new PagefindCommand(node, [BinPath(folder)], folder);
    }

    public static string? FindFolder(IEnumerable<string> starts)
    {
        foreach (var start in starts)
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, Folder);
                if (File.Exists(Path.Combine(candidate, "package.json"))) return candidate;
            }
        return null;
    }

    /// <summary>The pinned version (package.json's dependency) equals the installed one.</summary>
    public static bool IsInstalled(string folder)
    {
        var installed = Path.Combine(folder, "node_modules", "pagefind", "package.json");
        if (!File.Exists(installed)) return false;
        using var wanted = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "package.json")));
        using var have = JsonDocument.Parse(File.ReadAllText(installed));
        return wanted.RootElement.GetProperty("dependencies").GetProperty("pagefind").GetString()
            == have.RootElement.GetProperty("version").GetString();
    }

    private static async Task InstallAsync(string folder, TextWriter log, string? pathVariable, CancellationToken cancellation)
    {
        // Builds running at once (tests, a watcher) must not run npm ci over each other.
        using var gate = await LockAsync(Path.Combine(folder, ".install.lock"), cancellation);
        if (IsInstalled(folder)) return;
        var npm = ProcessRunner.FindOnPath("npm", pathVariable)
            ?? throw PublishingErrors.NpmNotFound.Exception(null, 0, 0, folder);
        await log.WriteLineAsync($"Installing Pagefind into {folder} with 'npm ci' (first build only) …");
        var result = await ProcessRunner.RunAsync(npm, ["ci", "--no-audit", "--no-fund", "--loglevel=error"], folder, cancellation);
        if (result.ExitCode != 0 || !IsInstalled(folder))
            throw PublishingErrors.InstallFailed.Exception(null, 0, 0, result.ExitCode, ProcessRunner.Tail(result.Output));
    }

    private static string BinPath(string folder)
    {
        var packageDir = Path.Combine(folder, "node_modules", "pagefind");
        using var package = JsonDocument.Parse(File.ReadAllText(Path.Combine(packageDir, "package.json")));
        var bin = package.RootElement.GetProperty("bin");
        var relative = bin.ValueKind == JsonValueKind.String ? bin.GetString()! : bin.GetProperty("pagefind").GetString()!;
        return Path.GetFullPath(Path.Combine(packageDir, relative));
    }

    private static async Task<FileStream> LockAsync(string path, CancellationToken cancellation)
    {
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException)
            {
                await Task.Delay(200, cancellation);
            }
        }
    }
}
