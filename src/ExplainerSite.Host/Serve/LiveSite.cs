using System.Globalization;
using System.Threading.Channels;
using Pipework.Host.Cli;
using Pipework.Caching;
using Pipework.Diagnostics;
using Pipework.Pipelines;

namespace Pipework.Host.Serve;

/// <summary>The site as the preview server shows it: the result of the last build, numbered.</summary>
public sealed record SiteState(long Version, bool Succeeded, IReadOnlyList<Diagnostic> Diagnostics, IReadOnlySet<string> DraftPaths)
{
    public static readonly SiteState Initial = new(0, true, [], new HashSet<string>());
}

/// <summary>
/// Builds the site again whenever its sources change, one build at a time (changes during a build lead to one
/// more build after it). One engine is kept for the whole session, so parsed templates, the Markdown pipeline
/// and the render cache survive between builds and a one-file edit renders only what it affects. A failed
/// build keeps the last good output on disk; its diagnostics become the state pages show as an error overlay.
/// </summary>
public sealed class LiveSite
{
    private readonly ISiteDefinition _site;
    private readonly BuildRequest _request;
    private readonly CliConsole _console;
    private readonly EngineSettings _settings;
    private readonly SiteEngine _engine;
    private readonly RenderCache _cache = new();
    private readonly DiagnosticPrinter _printer;
    private readonly Channel<IReadOnlyList<string>> _changes = Channel.CreateUnbounded<IReadOnlyList<string>>();
    private SiteState _state = SiteState.Initial;

    /// <param name="outputRoot">The folder the preview is written into (<see cref="PreviewFolder"/>), never <c>output/</c>.</param>
    public LiveSite(ISiteDefinition site, BuildRequest request, CliConsole console, string outputRoot)
    {
        _site = site;
        _request = request;
        _console = console;
        _settings = new EngineSettings(console.FullPath(request.Input), console.FullPath(request.Theme), outputRoot)
        {
            WarningsAsErrors = request.Strict,
            BasePath = request.Options.BasePath,
            // A one-page edit rewrites that page (and the lists showing it), not the whole site.
            IncrementalOutput = true,
        };
        _engine = site.ConfigureEngine(_settings, request.Options).AddService(_cache).Build();
        _printer = new DiagnosticPrinter(_settings.InputRoot, _settings.ThemeRoot, console.Error, console.WorkingDirectory, console.UseColor)
            { Annotations = console.Annotations };
    }

    public EngineSettings Settings => _settings;

    public SiteState State => Volatile.Read(ref _state);

    /// <summary>Raised after every build, good or failed, with the new state.</summary>
    public event Action<SiteState>? Rebuilt;

    /// <summary>Queues a rebuild for the changed paths (display paths such as "input/explainers/a.md").</summary>
    public void Changed(IReadOnlyList<string> paths) => _changes.Writer.TryWrite(paths);

    /// <summary>Builds once, then again after each batch of changes until <paramref name="stop"/>.</summary>
    public async Task RunAsync(Func<Task> firstBuilt, CancellationToken stop)
    {
        await BuildAsync([], stop);
        await firstBuilt();
        try
        {
            while (await _changes.Reader.WaitToReadAsync(stop))
            {
                var paths = new SortedSet<string>(StringComparer.Ordinal);
                while (_changes.Reader.TryRead(out var batch)) paths.UnionWith(batch);
                await BuildAsync([.. paths], stop);
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
        }
    }

    public async Task<SiteState> BuildAsync(IReadOnlyList<string> changed, CancellationToken stop)
    {
        BuildResult result;
        try
        {
            result = await _engine.BuildAsync(_settings, stop);
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException)
        {
            // The output folder could not be swapped (a file held open elsewhere) or a bug: the session goes on, the
            // pages show the error, and the next change builds again. EXPLAINERSITE_TRACE=1 shows the stack.
            var detail = Environment.GetEnvironmentVariable("EXPLAINERSITE_TRACE") == "1" ? ex.ToString() : ex.Message;
            result = new BuildResult([EngineErrors.Unexpected.AtFile(null, detail)],
                System.Collections.Immutable.ImmutableSortedDictionary<string, System.Collections.Immutable.ImmutableArray<Pipework.Documents.Document>>.Empty,
                0, TimeSpan.Zero);
        }
        var (hits, misses) = _cache.TakeStatistics();
        var drafts = result.AllDocuments.Where(_site.IsDraft).Select(d => d.Url).ToHashSet(StringComparer.Ordinal);
        var state = new SiteState(State.Version + 1, result.Succeeded, result.Diagnostics, result.Succeeded ? drafts : State.DraftPaths);
        Volatile.Write(ref _state, state);
        await ReportAsync(result, changed, hits, misses);
        Rebuilt?.Invoke(state);
        return state;
    }

    private async Task ReportAsync(BuildResult result, IReadOnlyList<string> changed, int hits, int misses)
    {
        BuildRunner.Print(result.Diagnostics, _printer, _request.Verbosity);
        var ms = result.Elapsed.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture);
        var time = _console.Time.GetLocalNow().ToString("HH:mm:ss", CultureInfo.InvariantCulture);
        var what = changed.Count == 0 ? "Built" : $"Rebuilt after changes to {Describe(changed)}:";
        var errors = result.Diagnostics.Count(d => d.Severity == Severity.Error);
        if (!result.Succeeded)
        {
            await _console.Error.WriteLineAsync($"{time} {what} failed with {errors} error(s) in {ms} ms; pages show the errors until they are fixed.");
            return;
        }
        if (_request.Verbosity == Verbosity.Quiet) return;
        var pages = result.AllDocuments.Count(d => d.Destination.EndsWith(".html", StringComparison.Ordinal));
        await _console.Out.WriteLineAsync($"{time} {what} {pages} pages in {ms} ms (engine); {misses} rendered, {hits} reused from the last build.");
        if (_request.Verbosity == Verbosity.Verbose)
            await BuildRunner.PrintSlowestStepsAsync(result, 8, _console.Out);
    }

    private static string Describe(IReadOnlyList<string> paths) =>
        paths.Contains("*") ? "many files" : paths.Count <= 3 ? string.Join(", ", paths) : $"{paths[0]} and {paths.Count - 1} more";
}
