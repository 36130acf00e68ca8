using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading.Channels;
using ExplainerSite.Tests.Publishing;
using Pipework.Host.Cli;
using Pipework.Host.Search;
using Pipework.Host.Serve;
using Xunit.Abstractions;

namespace ExplainerSite.Tests.Editor;

/// <summary>
/// Drives <c>serve</c> for real (issue 6): the command line on a free loopback port over a copy of the fixture
/// site; pages are fetched over HTTP, the reload stream is read as a browser would, files are edited on disk.
/// Every wait has a deadline; nothing sleeps for a fixed time.
/// </summary>
public sealed class ServeScenarioTests(ITestOutputHelper output) : IDisposable
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(30);
    private readonly EditorSite _site = new();
    private readonly HttpClient _http = new() { Timeout = Timeout.InfiniteTimeSpan };

    public void Dispose()
    {
        _http.Dispose();
        _site.Dispose();
    }

    [Fact]
    public async Task Edit_markdown_and_partial_reload_pages_a_broken_file_shows_the_overlay_until_fixed()
    {
        await using var serve = await ServeRun.StartAsync(_site, "--drafts");
        var root = serve.Address;

        // A page, with the reload script only the preview adds.
        var about = await GetAsync(root, "/about/");
        Assert.Equal(HttpStatusCode.OK, about.Status);
        Assert.Contains("<h1>About</h1>", about.Body);
        Assert.Contains(PreviewHtml.ScriptMarker, about.Body);
        Assert.DoesNotContain(PreviewHtml.ScriptMarker, File.ReadAllText(Path.Combine(serve.Output, "about", "index.html")));

        await using var events = await ReloadStream.OpenAsync(_http, new Uri(root, ReloadHub.Path));
        var version = await events.NextAsync(Deadline);

        // Edit a Markdown file: a reload event arrives and the page shows the change.
        var clock = Stopwatch.StartNew();
        _site.Replace("input/about.md", "A fixture.", "A fixture, edited live.");
        version = await events.NextAfterAsync(version, Deadline);
        output.WriteLine($"save → reload event: {clock.ElapsedMilliseconds} ms");
        Assert.Contains("A fixture, edited live.", (await GetAsync(root, "/about/")).Body);

        // Edit a partial: every page that uses it changes.
        _site.Replace("theme/partials/footer.liquid", "Fixture footer.", "Footer, edited.");
        version = await events.NextAfterAsync(version, Deadline);
        Assert.Contains("Footer, edited.", (await GetAsync(root, "/explainers/first/")).Body);
        Assert.Contains("Footer, edited.", (await GetAsync(root, "/")).Body);

        // Break the YAML: every page request gets the error overlay; the last good site stays on disk.
        var good = File.ReadAllText(Path.Combine(serve.Output, "about", "index.html"));
        _site.Replace("input/site.yml", "description: \"A small site for the editor's loop tests.\"", "description: [<unclosed");
        version = await events.NextAfterAsync(version, Deadline);
        var overlay = await GetAsync(root, "/about/");
        Assert.Equal(HttpStatusCode.InternalServerError, overlay.Status);
        Assert.Contains(ErrorOverlay.Title, overlay.Body);
        Assert.Matches(@"input/site\.yml:\d+:\d+: error ES0001: YAML syntax error", overlay.Body);
        Assert.Contains("[&lt;unclosed", overlay.Body);
        Assert.Contains("       | ", overlay.Body);
        Assert.Contains(PreviewHtml.ScriptMarker, overlay.Body);
        Assert.Equal(HttpStatusCode.InternalServerError, (await GetAsync(root, "/explainers/")).Status);
        Assert.Equal(good, File.ReadAllText(Path.Combine(serve.Output, "about", "index.html")));

        // Fix it: the site is back.
        _site.Replace("input/site.yml", "description: [<unclosed", "description: \"Fixed.\"");
        version = await events.NextAfterAsync(version, Deadline);
        var back = await GetAsync(root, "/about/");
        Assert.Equal(HttpStatusCode.OK, back.Status);
        Assert.Contains("A fixture, edited live.", back.Body);

        // A draft shows with the banner, in the preview only.
        _site.Replace("input/explainers/second.md", "order: 2", "order: 2\ndraft: true");
        await events.NextAfterAsync(version, Deadline);
        Assert.Contains(PreviewHtml.BannerMarker, (await GetAsync(root, "/explainers/second/")).Body);
        Assert.DoesNotContain(PreviewHtml.BannerMarker, (await GetAsync(root, "/explainers/first/")).Body);
        Assert.DoesNotContain(PreviewHtml.BannerMarker, File.ReadAllText(Path.Combine(serve.Output, "explainers", "second", "index.html")));

        var exit = await serve.StopAsync(Deadline);
        Assert.True(exit == 0, serve.Log);
        Assert.Contains("Rebuilt after changes to input/about.md", serve.Log);
    }

    [Fact]
    public async Task Serves_files_redirects_folders_and_answers_404()
    {
        await using var serve = await ServeRun.StartAsync(_site);
        var root = serve.Address;

        using var noRedirect = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        var folder = await noRedirect.GetAsync(new Uri(root, "/about"));
        Assert.Equal(HttpStatusCode.Redirect, folder.StatusCode);
        Assert.Equal("/about/", folder.Headers.Location?.OriginalString);

        var missing = await GetAsync(root, "/no/such/page/");
        Assert.Equal(HttpStatusCode.NotFound, missing.Status);
        Assert.Contains("Not found", missing.Body);

        var css = Directory.EnumerateFiles(Path.Combine(serve.Output, "assets"), "site.*.css").Single();
        var asset = await _http.GetAsync(new Uri(root, "/assets/" + Path.GetFileName(css)));
        Assert.Equal("text/css", asset.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain(PreviewHtml.ScriptMarker, await asset.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync(root, "/../input/site.yml")).Status);
        Assert.Equal(0, await serve.StopAsync(Deadline));
    }

    [Fact]
    public async Task Serve_with_drafts_writes_nothing_into_output_and_removes_its_own_folder_when_it_stops()
    {
        _site.Replace("input/explainers/second.md", "order: 2", "order: 2\ndraft: true");
        await using var serve = await ServeRun.StartAsync(_site, "--drafts");

        Assert.Contains(PreviewHtml.BannerMarker, (await GetAsync(serve.Address, "/explainers/second/")).Body);
        Assert.True(File.Exists(Path.Combine(serve.Output, "explainers", "second", "index.html")));
        Assert.StartsWith(Path.GetFullPath(Path.GetTempPath()), serve.Output);
        Assert.False(Directory.Exists(_site.Output), "serve wrote into output/, which 'build' owns");

        Assert.Equal(0, await serve.StopAsync(Deadline));
        Assert.False(Directory.Exists(serve.Output));
    }

    [Theory]
    [InlineData("evil.example", HttpStatusCode.MisdirectedRequest)]
    [InlineData("attacker.example.com", HttpStatusCode.MisdirectedRequest)]
    [InlineData("localhost.evil.example", HttpStatusCode.MisdirectedRequest)]
    [InlineData("localhost", HttpStatusCode.OK)]
    [InlineData("preview.localhost", HttpStatusCode.OK)]
    [InlineData("127.0.0.1", HttpStatusCode.OK)]
    [InlineData("[::1]", HttpStatusCode.OK)]
    public async Task Only_loopback_names_and_addresses_are_answered_so_a_rebinding_page_cannot_read_the_preview(string host, HttpStatusCode expected)
    {
        _site.Replace("input/explainers/second.md", "order: 2", "order: 2\ndraft: true");
        await using var serve = await ServeRun.StartAsync(_site, "--drafts");

        foreach (var path in new[] { "/explainers/second/", ReloadHub.Path })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(serve.Address, path));
            request.Headers.Host = $"{host}:{serve.Address.Port}";
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead).WaitAsync(Deadline);
            Assert.Equal(expected, response.StatusCode);
        }
    }

    [Fact]
    public async Task Removing_and_restoring_the_input_folder_recovers_without_a_restart()
    {
        await using var serve = await ServeRun.StartAsync(_site);
        await using var events = await ReloadStream.OpenAsync(_http, new Uri(serve.Address, ReloadHub.Path));
        var version = await events.NextAsync(Deadline);

        Directory.Move(_site.PathOf("input"), _site.PathOf("input-away"));
        version = await events.NextAfterAsync(version, Deadline);
        Assert.Equal(HttpStatusCode.InternalServerError, (await GetAsync(serve.Address, "/about/")).Status);

        Directory.Move(_site.PathOf("input-away"), _site.PathOf("input"));
        version = await events.NextAfterAsync(version, Deadline);
        var back = await GetAsync(serve.Address, "/about/");
        Assert.Equal(HttpStatusCode.OK, back.Status);

        // And the folder is watched again: an edit after the restore reloads too.
        _site.Replace("input/about.md", "A fixture.", "A fixture, after the restore.");
        await events.NextAfterAsync(version, Deadline);
        Assert.Contains("A fixture, after the restore.", (await GetAsync(serve.Address, "/about/")).Body);
    }

    [Fact]
    public async Task Port_in_use_is_a_clear_error_without_a_stack_trace()
    {
        using var busy = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        busy.Start();
        var port = ((IPEndPoint)busy.LocalEndpoint).Port;

        var run = await _site.RunAsync("serve", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture)).WaitAsync(Deadline);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"error ES3005: cannot serve on 127.0.0.1:{port}: ", run.Stderr);
        CliAssert.NoStackTrace(run);
    }

    [Fact]
    public async Task Base_path_previews_the_site_under_it_the_root_redirects_there_and_pages_still_reload()
    {
        await using var serve = await ServeRun.StartAsync(_site, "--base-path", "/sub/", "--no-search");
        Assert.Equal("/sub/", serve.Address.AbsolutePath);

        using var noRedirect = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        foreach (var path in new[] { "/", "/sub" })
        {
            var redirect = await noRedirect.GetAsync(new Uri(serve.Address, path));
            Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
            Assert.Equal("/sub/", redirect.Headers.Location?.OriginalString);
        }
        var about = await GetAsync(serve.Address, "/sub/about/");
        Assert.Equal(HttpStatusCode.OK, about.Status);
        Assert.Contains("<h1>About</h1>", about.Body);
        // The pages link inside the sub-path, as build --base-path writes them, and those links answer.
        var css = Regex.Match(about.Body, "href=\"(/sub/assets/site\\.[^\"]+\\.css)\"");
        Assert.True(css.Success, about.Body);
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(serve.Address, css.Groups[1].Value)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync(serve.Address, "/about/")).Status);

        // Live reload works under the sub-path too (the event stream stays at the server's root).
        await using var events = await ReloadStream.OpenAsync(_http, new Uri(serve.Address, ReloadHub.Path));
        var version = await events.NextAsync(Deadline);
        _site.Replace("input/about.md", "A fixture.", "A fixture, under a sub-path.");
        await events.NextAfterAsync(version, Deadline);
        Assert.Contains("A fixture, under a sub-path.", (await GetAsync(serve.Address, "/sub/about/")).Body);
        Assert.Equal(0, await serve.StopAsync(Deadline));
    }

    [Fact]
    public async Task Serve_base_path_that_is_not_a_url_path_is_a_usage_error()
    {
        var run = await _site.RunAsync("serve", "--base-path", "/a/../b/").WaitAsync(Deadline);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("error ES2201: " + Pipework.Host.Cli.CliErrors.InvalidBasePath.Format("/a/../b/"), run.Stderr);
        Assert.DoesNotContain("Built", run.Stdout);
    }

    [RequiresNodeFact]
    public async Task Search_index_is_built_in_the_background_served_under_the_base_path_and_updated_after_edits()
    {
        // --verbose prints every index run, not only the first.
        await using var serve = await ServeRun.StartAsync(_site, "--base-path", "/sub/", "--verbose");
        var first = await serve.LineAsync(" Search index: ", SearchDeadline);

        using var script = await _http.GetAsync(new Uri(serve.Address, "/sub/pagefind/pagefind.js")).WaitAsync(Deadline);
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Equal("text/javascript", script.Content.Headers.ContentType?.MediaType);
        Assert.Contains("pagefind", await script.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(serve.Address, "/sub/pagefind/pagefind-ui.js")).Status);
        var entry = await GetAsync(serve.Address, "/sub/pagefind/pagefind-entry.json");
        Assert.Equal(HttpStatusCode.OK, entry.Status);
        Assert.Matches("\"page_count\":[1-9]", entry.Body);
        // The index lives beside the preview folder, never in it (the engine owns that folder and its manifest).
        Assert.False(Directory.Exists(Path.Combine(serve.Output, "pagefind")));

        // An edit rebuilds the site, then the index.
        _site.Replace("input/about.md", "A fixture.", "A fixture about quokkas.");
        await serve.LineAsync("Rebuilt after changes to input/about.md", Deadline);
        await serve.LineAsync(" Search index: ", SearchDeadline, after: first);
        var updated = await GetAsync(serve.Address, "/sub/pagefind/pagefind-entry.json");
        Assert.Equal(HttpStatusCode.OK, updated.Status);
        Assert.NotEqual(entry.Body, updated.Body);
        Assert.Equal(0, await serve.StopAsync(Deadline));
        Assert.DoesNotContain("ES3011", serve.Log);
    }

    [Fact]
    public async Task Without_node_the_preview_still_serves_and_says_search_is_unavailable()
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        var console = new CliConsole(TextWriter.Synchronized(stdout), TextWriter.Synchronized(stderr), _site.Root);
        var request = new BuildRequest("input", "theme", "output", new BuildOptions()) { WriteOutput = false };
        var empty = _site.PathOf("no-tools-here");
        Directory.CreateDirectory(empty);
        await using var server = new PreviewServer(ExplainerSiteDefinition.Instance, request, console,
            search: ct => PagefindTool.PrepareAsync(TextWriter.Null, pathVariable: empty, cancellation: ct));
        var root = await server.StartAsync("127.0.0.1", 0).WaitAsync(Deadline);
        await server.Search!.FirstIndex.WaitAsync(Deadline);

        Assert.Equal(PublishingErrors.NodeNotFound.Format(), server.Search.Unavailable);
        Assert.Contains("warning ES3010: " + ServeErrors.SearchUnavailable.Format(PublishingErrors.NodeNotFound.Format()), stderr.ToString());
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(root, "/about/")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync(root, "/pagefind/pagefind.js")).Status);
    }

    private static readonly TimeSpan SearchDeadline = TimeSpan.FromMinutes(3);   // the first use may install Pagefind (npm ci)

    private async Task<(HttpStatusCode Status, string Body)> GetAsync(Uri root, string path)
    {
        using var response = await _http.GetAsync(new Uri(root, path)).WaitAsync(Deadline);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary><c>serve --port 0</c> running in-process until stopped; its output is kept for assertions.</summary>
    private sealed class ServeRun : IAsyncDisposable
    {
        private readonly CancellationTokenSource _stop = new();
        private readonly StringBuilder _log = new();
        private Task<int>? _run;

        public Uri Address { get; private set; } = null!;

        /// <summary>The folder serve writes the preview into (it says so when it starts; never output/).</summary>
        public string Output { get; private set; } = null!;
        public string Log { get { lock (_log) return _log.ToString(); } }

        private readonly List<string> _lines = [];
        private readonly List<(string Text, int After, TaskCompletionSource<int> Seen)> _waits = [];

        /// <summary>The number of the first printed line after line <paramref name="after"/> that contains <paramref name="text"/>.</summary>
        public async Task<int> LineAsync(string text, TimeSpan deadline, int after = -1)
        {
            var seen = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
            lock (_log)
            {
                var index = _lines.FindIndex(after + 1, l => l.Contains(text, StringComparison.Ordinal));
                if (index >= 0) return index;
                _waits.Add((text, after, seen));
            }
            try
            {
                return await seen.Task.WaitAsync(deadline);
            }
            catch (TimeoutException)
            {
                throw new TimeoutException($"no line with '{text}' within {deadline}:\n{Log}");
            }
        }

        private void OnLine(string line)
        {
            // Called under the log's lock.
            _lines.Add(line);
            foreach (var wait in _waits.Where(w => _lines.Count - 1 > w.After && line.Contains(w.Text, StringComparison.Ordinal)).ToList())
            {
                _waits.Remove(wait);
                wait.Seen.TrySetResult(_lines.Count - 1);
            }
        }

        public static async Task<ServeRun> StartAsync(EditorSite site, params string[] options)
        {
            var run = new ServeRun();
            var started = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
            var writer = new LineWriter(run._log, line =>
            {
                if (line.StartsWith("Preview files: ", StringComparison.Ordinal))
                    run.Output = line["Preview files: ".Length..].Split(" (removed")[0];
                if (line.StartsWith("Serving ", StringComparison.Ordinal))
                    started.TrySetResult(new Uri(line["Serving ".Length..].Split(' ')[0]));
                run.OnLine(line);
            });
            var console = new CliConsole(writer, writer, site.Root);
            run._run = Task.Run(() => CliApp.RunAsync(["serve", "--port", "0", .. options], console, ExplainerSiteDefinition.Instance, run._stop.Token));
            var first = await Task.WhenAny(started.Task, run._run).WaitAsync(Deadline);
            if (first != started.Task) throw new InvalidOperationException("serve ended before serving:\n" + run.Log);
            run.Address = await started.Task;
            return run;
        }

        public async Task<int> StopAsync(TimeSpan deadline)
        {
            await _stop.CancelAsync();
            return await _run!.WaitAsync(deadline);
        }

        public async ValueTask DisposeAsync()
        {
            if (!_stop.IsCancellationRequested) await _stop.CancelAsync();
            try { await _run!.WaitAsync(Deadline); }
            catch (TimeoutException) { }
            _stop.Dispose();
        }
    }

    /// <summary>A thread-safe writer that keeps everything and reports each completed line.</summary>
    private sealed class LineWriter(StringBuilder log, Action<string> onLine) : TextWriter
    {
        private readonly StringBuilder _line = new();
        public override Encoding Encoding => Encoding.UTF8;

        public override void Write(char value)
        {
            lock (log)
            {
                log.Append(value);
                if (value != '\n') { _line.Append(value); return; }
                var line = _line.ToString();
                _line.Clear();
                onLine(line);
            }
        }
    }

    /// <summary>The server-sent event stream as a browser's EventSource reads it: the data of each reload event.</summary>
    private sealed class ReloadStream : IAsyncDisposable
    {
        private readonly Channel<long> _versions = Channel.CreateUnbounded<long>();
        private readonly CancellationTokenSource _stop = new();
        private HttpResponseMessage? _response;
        private Task? _reader;

        public static async Task<ReloadStream> OpenAsync(HttpClient http, Uri uri)
        {
            var stream = new ReloadStream();
            stream._response = await http.GetAsync(uri, HttpCompletionOption.ResponseHeadersRead).WaitAsync(Deadline);
            Assert.Equal("text/event-stream", stream._response.Content.Headers.ContentType?.MediaType);
            var body = await stream._response.Content.ReadAsStreamAsync();
            stream._reader = Task.Run(async () =>
            {
                using var reader = new StreamReader(body);
                string? name = null;
                try
                {
                    while (await reader.ReadLineAsync(stream._stop.Token) is { } line)
                    {
                        if (line.StartsWith("event: ", StringComparison.Ordinal)) name = line[7..];
                        else if (line.StartsWith("data: ", StringComparison.Ordinal) && name == "reload") stream._versions.Writer.TryWrite(long.Parse(line[6..], System.Globalization.CultureInfo.InvariantCulture));
                        else if (line.Length == 0) name = null;
                    }
                }
                catch (Exception ex) when (ex is OperationCanceledException or IOException or HttpRequestException) { }
                stream._versions.Writer.TryComplete();
            });
            return stream;
        }

        public async Task<long> NextAsync(TimeSpan deadline)
        {
            using var timeout = new CancellationTokenSource(deadline);
            return await _versions.Reader.ReadAsync(timeout.Token);
        }

        /// <summary>The first reload event with a version after <paramref name="version"/> (a save may cause two builds).</summary>
        public async Task<long> NextAfterAsync(long version, TimeSpan deadline)
        {
            using var timeout = new CancellationTokenSource(deadline);
            while (true)
            {
                var next = await _versions.Reader.ReadAsync(timeout.Token);
                if (next > version) return next;
            }
        }

        public async ValueTask DisposeAsync()
        {
            await _stop.CancelAsync();
            _response?.Dispose();
            if (_reader is not null) await _reader.WaitAsync(Deadline);
            _stop.Dispose();
        }
    }
}
