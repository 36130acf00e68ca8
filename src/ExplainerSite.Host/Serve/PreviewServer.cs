using System.Net;
using Pipework.Host.Cli;
using Pipework.Host.Search;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;

namespace Pipework.Host.Serve;

/// <summary>
/// The editor's preview: builds the site, serves the output folder over HTTP on a loopback address, rebuilds
/// when input/ or theme/ change and tells open pages to reload (server-sent events). While the last build has
/// errors, every page request gets the <see cref="ErrorOverlay"/>; files (stylesheets, images) still come from
/// the last good output. Only responses of this server carry the reload script and draft banner. The search index
/// (<see cref="PreviewSearch"/>) is built in the background after each good build and served at /pagefind/.
/// </summary>
public sealed class PreviewServer : IAsyncDisposable
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();
    private readonly CliConsole _console;
    private readonly LiveSite _site;
    private readonly OutputPaths _paths;
    private readonly ReloadHub _hub = new();
    private readonly PreviewFolder _folder;
    private readonly PreviewSearch? _search;
    private readonly CancellationTokenSource _stop = new();
    private WebApplication? _app;
    private SourceWatcher? _watcher;
    private Task? _loop;

    /// <param name="search">Finds Pagefind for the preview's search index (<see cref="PreviewSearch"/>); null previews without search.</param>
    public PreviewServer(ISiteDefinition site, BuildRequest request, CliConsole console,
        Func<CancellationToken, Task<PagefindCommand>>? search = null)
    {
        _console = console;
        _folder = PreviewFolder.Create();
        _site = new LiveSite(site, request, console, _folder.Path);
        _paths = new OutputPaths(_site.Settings.OutputRoot, _site.Settings.BasePath);
        if (search is not null)
        {
            var printer = new DiagnosticPrinter(_site.Settings.InputRoot, _site.Settings.ThemeRoot, console.Error, console.WorkingDirectory, console.UseColor)
                { Annotations = console.Annotations };
            _search = new PreviewSearch(search, _folder.Path, _folder.SidePath, console, printer, request.Verbosity);
        }
        _site.Rebuilt += state =>
        {
            _hub.Broadcast(state.Version);
            if (state.Succeeded) _search?.Update();
        };
    }

    public LiveSite Site => _site;

    /// <summary>The preview's search index, or null when serving without search.</summary>
    public PreviewSearch? Search => _search;

    /// <summary>Builds the site, starts watching and listening; returns the address pages are served at.</summary>
    public async Task<Uri> StartAsync(string host, int port, CancellationToken cancellation = default)
    {
        var built = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _loop = Task.Run(() => _site.RunAsync(() => { built.TrySetResult(); return Task.CompletedTask; }, _stop.Token), CancellationToken.None);
        if (await Task.WhenAny(built.Task, _loop).WaitAsync(cancellation) == _loop) await _loop;   // the loop ended early: show why
        _watcher = new SourceWatcher([("input", _site.Settings.InputRoot), ("theme", _site.Settings.ThemeRoot)], _site.Changed);

        // An empty builder: no configuration files, no logging providers, nothing watched but our own folders.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { Args = [], ContentRootPath = _console.WorkingDirectory });
        builder.WebHost.UseKestrelCore().ConfigureKestrel(k =>
        {
            if (IPAddress.TryParse(host, out var address)) k.Listen(address, port);
            else if (host == "localhost") k.ListenLocalhost(port);
            else k.ListenAnyIP(port);
        });
        _app = builder.Build();
        _app.Use(async (http, next) =>
        {
            if (PreviewHosts.IsAllowed(http.Request.Headers.Host, host))
            {
                await next(http);
                return;
            }
            http.Response.StatusCode = StatusCodes.Status421MisdirectedRequest;
            http.Response.ContentType = "text/plain; charset=utf-8";
            await http.Response.WriteAsync("This preview answers only http://localhost or an IP address, not the name in this request's Host header.\n");
        });
        _app.Map(new PathString(ReloadHub.Path), events => events.Run(http => _hub.HandleAsync(http, () => _site.State.Version)));
        _app.UseMiddleware<InjectPreviewHtml>((Func<SiteState>)(() => _site.State), _paths);
        _app.Run(ServeAsync);
        await _app.StartAsync(cancellation);
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        // Kestrel's address has no trailing '/' ("http://127.0.0.1:5080"); the base path brings its own.
        var origin = address.Replace("[::]", "localhost", StringComparison.Ordinal).Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/');
        return new Uri(origin + _paths.BasePath);
    }

    private async Task ServeAsync(HttpContext http)
    {
        var response = http.Response;
        response.Headers.CacheControl = "no-store";
        if (!HttpMethods.IsGet(http.Request.Method) && !HttpMethods.IsHead(http.Request.Method))
        {
            response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            return;
        }
        var state = _site.State;
        var lookup = SearchFile(http.Request.Path.Value ?? "/") ?? _paths.Resolve(http.Request.Path.Value ?? "/");
        if (!state.Succeeded && lookup.IsPage)
        {
            response.StatusCode = StatusCodes.Status500InternalServerError;
            response.ContentType = "text/html; charset=utf-8";
            await response.WriteAsync(ErrorOverlay.Render(state.Diagnostics, _site.Settings.InputRoot, _site.Settings.ThemeRoot, _console.WorkingDirectory), http.RequestAborted);
            return;
        }
        switch (lookup.Kind)
        {
            case LookupKind.Redirect:
                response.Redirect(lookup.Location!);
                return;
            case LookupKind.File when await TrySendAsync(http, lookup.FilePath!, StatusCodes.Status200OK):
                return;
        }
        if (_paths.NotFoundPage is { } notFound && await TrySendAsync(http, notFound, StatusCodes.Status404NotFound)) return;
        response.StatusCode = StatusCodes.Status404NotFound;
        response.ContentType = "text/html; charset=utf-8";
        await response.WriteAsync($"<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Not found</title></head><body><h1>Not found</h1><p>Nothing is published at {WebUtility.HtmlEncode(http.Request.Path.Value)}.</p></body></html>", http.RequestAborted);
    }

    /// <summary>A file of the search bundle (/pagefind/…, under the base path), which lives beside the preview folder.</summary>
    private OutputLookup? SearchFile(string requestPath)
    {
        if (_search?.Current is not { } folder) return null;
        if (_paths.SitePath(requestPath)?.StartsWith("/" + IndexSearch.BundleFolder + "/", StringComparison.Ordinal) != true) return null;
        var lookup = new OutputPaths(folder, _paths.BasePath).Resolve(requestPath);
        return lookup.Kind == LookupKind.File ? lookup : null;
    }

    private static async Task<bool> TrySendAsync(HttpContext http, string file, int status)
    {
        byte[] bytes;
        try
        {
            // Read whole: the output folder is swapped after each build, so no file is held open across one.
            bytes = await File.ReadAllBytesAsync(file, http.RequestAborted);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return false;
        }
        var type = ContentTypes.TryGetContentType(file, out var known) ? known : "application/octet-stream";
        if (type.StartsWith("text/", StringComparison.Ordinal) || type is "application/javascript" or "application/json" or "image/svg+xml")
            type += "; charset=utf-8";
        http.Response.StatusCode = status;
        http.Response.ContentType = type;
        http.Response.ContentLength = bytes.Length;
        if (!HttpMethods.IsHead(http.Request.Method)) await http.Response.Body.WriteAsync(bytes, http.RequestAborted);
        return true;
    }

    public async ValueTask DisposeAsync()
    {
        _watcher?.Dispose();
        _hub.Close();
        await _stop.CancelAsync();
        if (_app is not null)
        {
            await _app.StopAsync(CancellationToken.None);
            await _app.DisposeAsync();
        }
        if (_loop is not null) await _loop;
        if (_search is not null) await _search.DisposeAsync();
        _stop.Dispose();
        _folder.Dispose();
    }
}
