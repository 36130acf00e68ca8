using System.Diagnostics;
using System.Text;
using ExplainerSite.Tests.Editor;

namespace ExplainerSite.Tests.TestSupport;

/// <summary>
/// The command line as a separate process (<c>dotnet ExplainerSite.dll …</c>, the app copied beside the test
/// binaries), for what only a real process shows: its environment (GITHUB_ACTIONS), its exit code and its streams.
/// </summary>
public static class CliProcess
{
    public static string AppPath => Path.Combine(AppContext.BaseDirectory, "ExplainerSite.dll");

    /// <summary>The dotnet host the tests run under (DOTNET_HOST_PATH is set by dotnet test), else the one on PATH.</summary>
    public static string DotnetHost =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    /// <summary>Runs the app in <paramref name="workingDirectory"/>; <paramref name="environment"/> values of null are removed.</summary>
    public static Task<CliRun> RunAsync(string workingDirectory, IReadOnlyDictionary<string, string?> environment, params string[] args) =>
        RunProgramAsync(DotnetHost, [AppPath, .. args], workingDirectory, environment);

    /// <param name="timeout">How long the program may run before it is killed (default 5 minutes).</param>
    public static async Task<CliRun> RunProgramAsync(
        string program, IEnumerable<string> args, string workingDirectory, IReadOnlyDictionary<string, string?> environment,
        TimeSpan? timeout = null)
    {
        var limit = timeout ?? TimeSpan.FromMinutes(5);
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var a in args) start.ArgumentList.Add(a);
        // The test run's own CI variables must not leak into the app unless a test sets them.
        foreach (var name in (string[])["GITHUB_ACTIONS", "GITHUB_WORKSPACE", "NO_COLOR"]) start.Environment.Remove(name);
        foreach (var (name, value) in environment)
            if (value is null) start.Environment.Remove(name);
            else start.Environment[name] = value;
        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(limit);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', args)} did not finish in {(int)limit.TotalMinutes} minutes");
        }
        return new CliRun(process.ExitCode, (await stdout).Replace("\r\n", "\n"), (await stderr).Replace("\r\n", "\n"));
    }
}
