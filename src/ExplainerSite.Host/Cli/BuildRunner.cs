using System.Globalization;
using Pipework.Analyzers;
using Pipework.Diagnostics;
using Pipework.Pipelines;

namespace Pipework.Host.Cli;

/// <summary>What one <c>build</c> or <c>check</c> run is asked to do.</summary>
public sealed record BuildRequest(string Input, string Theme, string Output, BuildOptions Options)
{
    /// <summary>False for <c>check</c>: validate and check links, write nothing.</summary>
    public bool WriteOutput { get; init; } = true;

    /// <summary><c>--replace-output</c>: replace an output folder holding files no build wrote.</summary>
    public bool ReplaceOutput { get; init; }

    /// <summary><c>--strict</c>: warnings fail the build.</summary>
    public bool Strict { get; init; }

    public Verbosity Verbosity { get; init; } = Verbosity.Normal;
}

/// <summary>
/// Runs one build (or check) for the command line: checks the folders, builds, prints every diagnostic and a
/// summary, and returns the exit code: 0 success, 1 content errors (or warnings under <c>--strict</c>), 2 usage.
/// </summary>
public static class BuildRunner
{
    public static async Task<int> RunAsync(ISiteDefinition site, BuildRequest request, CliConsole console, CancellationToken cancellation = default)
    {
        var input = console.FullPath(request.Input);
        var theme = console.FullPath(request.Theme);
        var output = console.FullPath(request.Output);
        var printer = new DiagnosticPrinter(input, theme, console.Error, console.WorkingDirectory, console.UseColor)
            { Annotations = console.Annotations };
        if ((MissingFolder(input, "input", request.Input, "--input") ?? MissingFolder(theme, "theme", request.Theme, "--theme")) is { } missing)
        {
            printer.Print(missing);
            return ExitCodes.Usage;
        }

        if (request.WriteOutput && string.IsNullOrWhiteSpace(request.Output))
        {
            printer.Print(Pipework.IO.OutputErrors.EmptyName.AtFile(null));
            return ExitCodes.Usage;
        }
        var settings = new EngineSettings(input, theme, output)
        {
            WriteOutput = request.WriteOutput,
            WarningsAsErrors = request.Strict,
            BasePath = request.Options.BasePath,
            ReplaceForeignOutput = request.ReplaceOutput,
            DisplayRoot = console.WorkingDirectory,
            OutputBusy = () => console.Error.WriteLine($"Another build is writing into '{request.Output}'; waiting for it to finish…"),
        };
        var links = new LinkReport();
        var engine = site.ConfigureEngine(settings, request.Options).AddService(links).Build();
        BuildResult result;
        await using (ProgressDisplay.Start(console, request.Verbosity, request.WriteOutput ? "Building…" : "Checking…"))
            result = await engine.BuildAsync(settings, cancellation);

        Print(result.Diagnostics, printer, request.Verbosity);
        if (result.Diagnostics.Any(Pipework.IO.OutputErrors.IsRefusal))
        {
            await console.Error.WriteLineAsync($"Nothing was built, and nothing in '{request.Output}' was changed.");
            return ExitCodes.Usage;
        }
        return await SummarizeAsync(request, result, links, console);
    }

    /// <summary>Prints errors always, warnings unless quiet.</summary>
    public static void Print(IEnumerable<Diagnostic> diagnostics, DiagnosticPrinter printer, Verbosity verbosity)
    {
        foreach (var d in diagnostics)
            if (d.Severity == Severity.Error || verbosity != Verbosity.Quiet)
                printer.Print(d);
    }

    private static async Task<int> SummarizeAsync(BuildRequest request, BuildResult result, LinkReport links, CliConsole console)
    {
        var errors = result.Diagnostics.Count(d => d.Severity == Severity.Error);
        var warnings = result.Diagnostics.Count - errors;
        var seconds = result.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);
        var pages = result.AllDocuments.Count(d => d.Destination.EndsWith(".html", StringComparison.Ordinal));
        if (request.Verbosity == Verbosity.Verbose)
        {
            foreach (var (pipeline, docs) in result.Documents)
                await console.Out.WriteLineAsync($"  {pipeline}: {docs.Count(d => d.Destination.Length > 0)} file(s)");
            foreach (var link in links.ExternalLinks)
                await console.Out.WriteLineAsync($"  external: {link.Url} (on {link.Page})");
            // The engine's own timing: where a slow build spends its time (steps of different pipelines overlap).
            await console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"  memory: {GC.GetTotalAllocatedBytes() / 1048576.0:0} MiB allocated, {Environment.WorkingSet / 1048576.0:0} MiB working set, GCs gen0 {GC.CollectionCount(0)} gen1 {GC.CollectionCount(1)} gen2 {GC.CollectionCount(2)}"));
            await console.Out.WriteLineAsync("  slowest steps:");
            await PrintSlowestStepsAsync(result, 12, console.Out);
        }
        if (!result.Succeeded)
        {
            var what = request.WriteOutput ? $"Build failed: {errors} error(s), {warnings} warning(s) in {seconds} s; '{request.Output}' was not changed."
                : $"Check failed: {errors} error(s), {warnings} warning(s) in {seconds} s.";
            await console.Error.WriteLineAsync(what + (request.Strict ? " With --strict, warnings count as errors." : ""));
            return ExitCodes.ContentError;
        }
        if (request.Verbosity == Verbosity.Quiet) return ExitCodes.Success;
        var external = links.ExternalLinks.Select(l => l.Url).Distinct(StringComparer.Ordinal).Count();
        var warningText = warnings > 0 ? $", {warnings} warning(s)" : "";
        if (request.WriteOutput)
            await console.Out.WriteLineAsync($"Built {pages} pages ({result.FilesWritten} files) in {seconds} s into '{request.Output}'{warningText}.");
        else
            await console.Out.WriteLineAsync($"Checked {pages} pages in {seconds} s: no errors{warningText}; " +
                $"{external} link(s) to other sites, not fetched{(request.Verbosity == Verbosity.Verbose ? "" : " (list them with --verbose)")}.");
        return ExitCodes.Success;
    }

    /// <summary>The engine's own timing of its slowest steps, one a line (steps of different pipelines overlap in time).</summary>
    public static async Task PrintSlowestStepsAsync(BuildResult result, int count, TextWriter output)
    {
        foreach (var t in result.Timings.OrderByDescending(t => t.Elapsed).ThenBy(t => t.Pipeline, StringComparer.Ordinal).Take(count))
            await output.WriteLineAsync($"  {t.Elapsed.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture),7} ms  {t.Pipeline} {t.Phase} {t.Step}");
    }

    private static Diagnostic? MissingFolder(string full, string kind, string given, string option) =>
        Directory.Exists(full) ? null : CliErrors.FolderMissing.AtFile(null, kind, given, option);
}
