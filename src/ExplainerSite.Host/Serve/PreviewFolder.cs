using System.Diagnostics;

namespace Pipework.Host.Serve;

/// <summary>
/// The folder <c>serve</c> writes the preview into: one of its own under the system's temporary folder, removed
/// when the preview stops, as <c>hugo server</c> renders to memory. The preview shows drafts and carries a reload
/// script, so it must never land in <c>output/</c>, where uploading the folder by hand would publish drafts, and
/// a <c>build</c> into <c>output/</c> can no longer pull files from under a running preview.
/// </summary>
public sealed class PreviewFolder : IDisposable
{
    private static readonly string Parent = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "explainersite-preview");

    private PreviewFolder(string path) => Path = path;

    public string Path { get; }

    /// <summary>A second folder of this preview's, beside <see cref="Path"/>, for what is not the site's build (the search index).</summary>
    public string SidePath => Path + "-search";

    public static PreviewFolder Create()
    {
        Directory.CreateDirectory(Parent);
        RemoveAbandoned();
        var path = System.IO.Path.Combine(Parent, $"{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(path);
        return new PreviewFolder(path);
    }

    public void Dispose()
    {
        TryDelete(Path);
        TryDelete(SidePath);
    }

    /// <summary>Removes the folders of previews that were killed (their process is gone), named "PID-GUID" and "PID-GUID-search".</summary>
    private static void RemoveAbandoned()
    {
        foreach (var dir in Directory.EnumerateDirectories(Parent))
        {
            var name = System.IO.Path.GetFileName(dir);
            var dash = name.IndexOf('-', StringComparison.Ordinal);
            if (dash <= 0 || !int.TryParse(name[..dash], out var pid) || pid == Environment.ProcessId || IsRunning(pid)) continue;
            TryDelete(dir);
        }
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static void TryDelete(string dir)
    {
        try { Directory.Delete(dir, recursive: true); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}
