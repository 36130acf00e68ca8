namespace Pipework.Host.Cli;

/// <summary>
/// Where a command writes and what it may assume about the terminal: the real console for the tool, redirected
/// writers and a fixed folder and clock for tests. Relative paths given on the command line are resolved against
/// <see cref="WorkingDirectory"/>, and diagnostics name files relative to it.
/// </summary>
public sealed record CliConsole(TextWriter Out, TextWriter Error, string WorkingDirectory)
{
    /// <summary>True when stderr is a terminal: progress is shown and, unless <see cref="NoColor"/>, colour is used.</summary>
    public bool ErrorIsTerminal { get; init; }

    /// <summary>The <c>NO_COLOR</c> convention (no-color.org): set and not empty turns colour off.</summary>
    public bool NoColor { get; init; }

    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>On GitHub Actions, diagnostics are also printed to stdout as workflow commands (annotations).</summary>
    public WorkflowAnnotations? Annotations { get; init; }

    public bool UseColor => ErrorIsTerminal && !NoColor;

    public static CliConsole FromSystem() => new(Console.Out, Console.Error, Directory.GetCurrentDirectory())
    {
        ErrorIsTerminal = !Console.IsErrorRedirected,
        NoColor = Environment.GetEnvironmentVariable("NO_COLOR") is { Length: > 0 },
        Annotations = WorkflowAnnotations.FromEnvironment(Console.Out, Directory.GetCurrentDirectory()),
    };

    public string FullPath(string path) => Path.GetFullPath(path, WorkingDirectory);
}

/// <summary>How much a command prints: <c>--quiet</c> errors only, <c>--verbose</c> everything it knows.</summary>
public enum Verbosity { Quiet, Normal, Verbose }
