using System.Diagnostics;
using System.Globalization;
using System.Threading.Channels;
using Pipework.Diagnostics;
using Pipework.Host.Cli;
using Pipework.Host.Search;

namespace Pipework.Host.Serve;

/// <summary>
/// The preview's search index: Pagefind over the preview folder, run in the background after the first good build
/// and again after later ones, so the first page view never waits for it. Builds that land while Pagefind runs are
/// folded into one more run after it. Each run writes a fresh bundle beside the preview folder (never into it: the
/// engine owns that folder and its manifest) and is swapped in whole once complete, so a search never reads half
/// of one index and half of the next. Without Node.js (or Pagefind) the preview goes on without search, says so
/// once, and the search page shows its "search is unavailable" message.
/// </summary>
public sealed class PreviewSearch : IAsyncDisposable
{
    private readonly Func<CancellationToken, Task<PagefindCommand>> _prepare;
    private readonly string _siteRoot;
    private readonly string _bundlesRoot;
    private readonly CliConsole _console;
    private readonly DiagnosticPrinter _printer;
    private readonly Verbosity _verbosity;
    private readonly Channel<bool> _requests = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private readonly CancellationTokenSource _stop = new();
    private readonly TaskCompletionSource _first = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Task _loop;
    private string? _current;
    private int _runs;

    /// <param name="prepare">Finds (or installs) Pagefind; throws a ContentException saying what is missing.</param>
    /// <param name="siteRoot">The preview folder Pagefind indexes.</param>
    /// <param name="bundlesRoot">A folder of the preview's own for the bundles (created, and removed on dispose).</param>
    public PreviewSearch(Func<CancellationToken, Task<PagefindCommand>> prepare, string siteRoot, string bundlesRoot, CliConsole console,
        DiagnosticPrinter printer, Verbosity verbosity)
    {
        _prepare = prepare;
        _siteRoot = siteRoot;
        _bundlesRoot = bundlesRoot;
        _console = console;
        _printer = printer;
        _verbosity = verbosity;
        Directory.CreateDirectory(bundlesRoot);
        _loop = Task.Run(() => RunAsync(_stop.Token));
    }

    /// <summary>
    /// The folder that holds the current bundle as <c>pagefind/</c> (so it maps like the site's own root), or null
    /// while there is none yet or search is unavailable.
    /// </summary>
    public string? Current => Volatile.Read(ref _current);

    /// <summary>Set once Pagefind turned out to be missing: why the preview has no search.</summary>
    public string? Unavailable { get; private set; }

    /// <summary>Completes when a bundle is served or search turned out unavailable (tests, and nothing else waits).</summary>
    public Task FirstIndex => _first.Task;

    /// <summary>Asks for the index to be brought up to date with the preview folder (after a good build).</summary>
    public void Update() => _requests.Writer.TryWrite(true);

    private async Task RunAsync(CancellationToken stop)
    {
        try
        {
            if (!await _requests.Reader.WaitToReadAsync(stop)) return;
            PagefindCommand command;
            try
            {
                command = await _prepare(stop);
            }
            catch (ContentException ex)
            {
                Unavailable = ex.Diagnostics[0].Message;
                _printer.Print(ServeErrors.SearchUnavailable.AtFile(null, Unavailable));
                _first.TrySetResult();
                return;
            }
            while (await _requests.Reader.WaitToReadAsync(stop))
            {
                _requests.Reader.TryRead(out _);
                await IndexAsync(command, stop);
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
        }
        finally
        {
            _first.TrySetResult();
        }
    }

    private async Task IndexAsync(PagefindCommand command, CancellationToken stop)
    {
        var clock = Stopwatch.StartNew();
        var run = ++_runs;
        var folder = Path.Combine(_bundlesRoot, run.ToString(CultureInfo.InvariantCulture));
        var bundle = Path.Combine(folder, IndexSearch.BundleFolder);
        ProcessRunner.Result result;
        try
        {
            result = await ProcessRunner.RunAsync(command.FileName,
                [.. command.Arguments, "--site", _siteRoot, "--output-path", bundle, "--quiet"], command.WorkingDirectory, stop);
        }
        catch (Exception ex) when (ex is System.ComponentModel.Win32Exception or IOException)
        {
            result = new ProcessRunner.Result(-1, ex.Message);   // node vanished since it was found
        }
        var pages = IndexSearch.PageCount(Path.Combine(bundle, "pagefind-entry.json"));
        if (result.ExitCode != 0 || pages == 0)
        {
            // The last good index stays; the next good build tries again.
            _printer.Print(ServeErrors.IndexFailed.AtFile(null, result.ExitCode, ProcessRunner.Tail(result.Output)));
            TryDelete(folder);
            return;
        }
        var previous = Interlocked.Exchange(ref _current, folder);
        _first.TrySetResult();
        // A search that started on the previous bundle may still be fetching from it: keep one old bundle.
        foreach (var old in Directory.EnumerateDirectories(_bundlesRoot))
            if (old != folder && old != previous) TryDelete(old);
        if (previous is null || _verbosity == Verbosity.Verbose)
        {
            var time = _console.Time.GetLocalNow().ToString("HH:mm:ss", CultureInfo.InvariantCulture);
            await _console.Out.WriteLineAsync($"{time} Search index: {pages} pages in {clock.ElapsedMilliseconds.ToString(CultureInfo.InvariantCulture)} ms (Pagefind, /{IndexSearch.BundleFolder}/).");
        }
    }

    private static void TryDelete(string dir)
    {
        try { Directory.Delete(dir, recursive: true); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }

    public async ValueTask DisposeAsync()
    {
        _requests.Writer.TryComplete();
        await _stop.CancelAsync();
        try { await _loop; }
        catch (OperationCanceledException) { }
        _stop.Dispose();
        TryDelete(_bundlesRoot);
    }
}
