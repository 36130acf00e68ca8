namespace Pipework.Pipelines;

/// <summary>Where a build reads and writes. Paths are absolute.</summary>
public sealed record EngineSettings(string InputRoot, string ThemeRoot, string OutputRoot)
{
    /// <summary>When false, the Output phase is skipped and the output folder is not touched (a dry run, e.g. <c>check</c>).</summary>
    public bool WriteOutput { get; init; } = true;

    /// <summary>When true, warnings are recorded as errors and so fail the build (<c>--strict</c>).</summary>
    public bool WarningsAsErrors { get; init; }

    /// <summary>
    /// The URL path the site is served under, starting and ending with '/' (e.g. <c>/repo-name/</c> for a GitHub
    /// Pages project site); <c>/</c> at a domain's root. Documents are written as if the site were at the root;
    /// the output transform <see cref="Finalize.RewriteBasePath"/> moves every URL under this path, and analyzers
    /// resolve the final URLs against it.
    /// </summary>
    public string BasePath { get; init; } = "/";

    /// <summary>
    /// For a preview server that keeps one engine: after the first build (written whole and atomically, like any
    /// build), a successful build writes into the output folder in place, only the files whose bytes changed, each
    /// through a temporary file and a rename, and deletes the files no longer produced (<see cref="IO.OutputLedger"/>).
    /// A failed build still writes nothing. <c>build</c> never uses it: its output is replaced whole or not at all.
    /// </summary>
    public bool IncrementalOutput { get; init; }

    /// <summary>
    /// Replace an output folder even though it holds files no build of this generator wrote (<c>--replace-output</c>);
    /// see <see cref="IO.OutputGuard"/>. A folder that overlaps the input or theme folder or holds a Git repository is
    /// refused all the same.
    /// </summary>
    public bool ReplaceForeignOutput { get; init; }

    /// <summary>How long a build waits while another build holds the output folder's lock (<see cref="IO.OutputLock"/>).</summary>
    public TimeSpan OutputLockWait { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>Called once when a build has to wait for another build's lock on the output folder.</summary>
    public Action? OutputBusy { get; init; }

    /// <summary>The folder paths in messages are shown relative to (the user's working folder); null shows them whole.</summary>
    public string? DisplayRoot { get; init; }

    /// <summary>A path as messages show it: relative to <see cref="DisplayRoot"/> when inside it.</summary>
    public string Display(string path)
    {
        if (DisplayRoot is null) return path;
        var relative = Path.GetRelativePath(DisplayRoot, path);
        return relative == "." ? "." : relative.StartsWith("..", StringComparison.Ordinal) ? path : relative.Replace(Path.DirectorySeparatorChar, '/');
    }

    /// <summary>Maximum number of documents processed at once inside a module.</summary>
    public int MaxParallelism { get; init; } = Environment.ProcessorCount;
}
