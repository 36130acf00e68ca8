using System.Diagnostics;
using System.Text;

namespace Pipework.Host.Search;

/// <summary>Runs an external tool (node, npm) and collects what it prints, for the error message when it fails.</summary>
public static class ProcessRunner
{
    public sealed record Result(int ExitCode, string Output);

    public static async Task<Result> RunAsync(string fileName, IEnumerable<string> arguments, string workingDirectory, CancellationToken cancellation)
    {
        var info = new ProcessStartInfo
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            CreateNoWindow = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        if (OperatingSystem.IsWindows() && Path.GetExtension(fileName).ToLowerInvariant() is ".cmd" or ".bat")
        {
            // npm is a batch file on Windows, which only cmd.exe can start.
            info.FileName = "cmd.exe";
            foreach (var a in (string[])["/d", "/c", fileName]) info.ArgumentList.Add(a);
        }
        else
        {
            info.FileName = fileName;
        }
        foreach (var a in arguments) info.ArgumentList.Add(a);

        var output = new StringBuilder();
        using var process = new Process { StartInfo = info };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.Append(e.Data).Append('\n'); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.Append(e.Data).Append('\n'); };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await process.WaitForExitAsync(cancellation);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }
        process.WaitForExit();   // flushes the redirected streams
        lock (output) return new Result(process.ExitCode, output.ToString());
    }

    /// <summary>The last lines of a tool's output, on one line, for an error message.</summary>
    public static string Tail(string output, int lines = 12)
    {
        var all = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return all.Length == 0 ? "(no output)" : string.Join(" | ", all.TakeLast(lines));
    }

    /// <summary>The full path of <paramref name="name"/> on <paramref name="pathVariable"/> (default: PATH), or null.</summary>
    public static string? FindOnPath(string name, string? pathVariable = null)
    {
        var path = pathVariable ?? Environment.GetEnvironmentVariable("PATH") ?? "";
        var extensions = OperatingSystem.IsWindows()
            ? (Environment.GetEnvironmentVariable("PATHEXT") ?? ".EXE;.CMD;.BAT").Split(';', StringSplitOptions.RemoveEmptyEntries)
            : [""];
        foreach (var dir in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var ext in extensions)
            {
                var candidate = Path.Combine(dir.Trim('"'), name + ext);
                if (File.Exists(candidate) && (OperatingSystem.IsWindows() || IsExecutable(candidate))) return candidate;
            }
        }
        return null;
    }

    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    private static bool IsExecutable(string file) =>
        (File.GetUnixFileMode(file) & (UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute)) != 0;
}
