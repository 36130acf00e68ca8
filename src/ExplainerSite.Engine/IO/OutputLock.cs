using System.Diagnostics;

namespace Pipework.IO;

/// <summary>
/// One build at a time per output folder: an exclusive lock on a file named after it (<see cref="LockPath"/>),
/// held for the whole build. The operating system drops the lock when a process
/// dies, so a killed build never blocks the next one. Two builds into one folder otherwise delete each other's
/// staging folders and one of them reports success over a partial output.
/// </summary>
public sealed class OutputLock : IDisposable
{
    private readonly FileStream _stream;

    private OutputLock(FileStream stream) => _stream = stream;

    /// <summary>
    /// Takes the lock for <paramref name="target"/>, waiting up to <paramref name="wait"/> while another build
    /// holds it (<paramref name="waiting"/> is called once when it does). Returns null when the wait ran out.
    /// </summary>
    public static OutputLock? Acquire(string target, TimeSpan wait, Action? waiting = null, CancellationToken cancellation = default)
    {
        var path = LockPath(target);
        var clock = Stopwatch.StartNew();
        var told = false;
        while (true)
        {
            try
            {
                // FileShare.None is an exclusive advisory lock (flock) on Unix and a sharing lock on Windows.
                return new OutputLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.None));
            }
            catch (IOException) when (File.Exists(path))
            {
                if (clock.Elapsed >= wait) return null;
                if (!told) waiting?.Invoke();
                told = true;
            }
            Task.Delay(TimeSpan.FromMilliseconds(100), cancellation).GetAwaiter().GetResult();
        }
    }

    /// <summary>
    /// The lock file of <paramref name="target"/> (a real path): in the system's temporary folder, named by a hash
    /// of the path, so nothing appears in the project and a folder whose parent is read-only can be locked too.
    /// </summary>
    public static string LockPath(string target)
    {
        var folder = Path.Combine(Path.GetTempPath(), "explainersite-locks");
        Directory.CreateDirectory(folder);
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(target)));
        return Path.Combine(folder, hash[..32] + ".lock");
    }

    /// <summary>Releases the lock.</summary>
    public void Dispose() => _stream.Dispose();
}
