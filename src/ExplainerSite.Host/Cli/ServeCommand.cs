using System.CommandLine;
using Pipework.Host.Search;
using Pipework.Host.Serve;

namespace Pipework.Host.Cli;

/// <summary>
/// <c>serve</c>: builds, serves the output on http://127.0.0.1:5080/ (by default, or under <c>--base-path</c>), rebuilds
/// on every change to input/ and theme/ and reloads open pages, and keeps a search index of the preview up to date in
/// the background (unless <c>--no-search</c>); stops with Ctrl+C.
/// </summary>
public static class ServeCommand
{
    public const int DefaultPort = 5080;
    public const string DefaultHost = "127.0.0.1";

    public static Command Create(CliConsole console, ISiteDefinition site)
    {
        var shared = new SiteOptions();
        var port = new Option<int>("--port") { Description = "Port to listen on (0 picks a free one)", DefaultValueFactory = _ => DefaultPort };
        var host = new Option<string>("--host") { Description = "Address to listen on; keep the default to serve only this computer", DefaultValueFactory = _ => DefaultHost };
        var basePath = new Option<string?>("--base-path") { Description = "URL path to preview the site under, as build --base-path publishes it (e.g. /repo-name/)" };
        var noSearch = new Option<bool>("--no-search") { Description = "Preview without the search index (built in the background with Pagefind, which needs Node.js)" };
        // No --output: the preview is written into a temporary folder of its own, never into output/.
        var command = shared.AddTo(new Command("serve", "Preview the site: build, serve, rebuild and reload pages on every change"), output: false);
        command.Add(port);
        command.Add(host);
        command.Add(basePath);
        command.Add(noSearch);
        command.SetAction(async (parse, cancellation) =>
        {
            var options = BasePathOption.Apply(new BuildOptions { IncludeDrafts = parse.GetValue(shared.Drafts) }, parse.GetValue(basePath), console.Error, console.Annotations);
            if (options is null) return ExitCodes.Usage;
            // The default port moves to a free one when taken; a port asked for is used or reported, before building.
            var findFree = parse.GetResult(port) is null or { Implicit: true };
            // Pagefind is looked for (and installed on first use) in the background, after the first build.
            Func<CancellationToken, Task<PagefindCommand>>? search = parse.GetValue(noSearch) ? null
                : ct => PagefindTool.PrepareAsync(console.Out, searchFrom: [console.WorkingDirectory, AppContext.BaseDirectory], cancellation: ct);
            return await RunAsync(site, shared.Request(parse, options, writeOutput: false), parse.GetValue(host)!, parse.GetValue(port), console, cancellation,
                findFreePort: findFree, search: search);
        });
        return command;
    }

    /// <summary>Serves until <paramref name="stop"/> (Ctrl+C); <paramref name="started"/> receives the address once pages can be fetched.</summary>
    public static async Task<int> RunAsync(ISiteDefinition site, BuildRequest request, string host, int port, CliConsole console,
        CancellationToken stop, Action<Uri>? started = null, bool findFreePort = false,
        Func<CancellationToken, Task<PagefindCommand>>? search = null)
    {
        var printer = new DiagnosticPrinter(console.FullPath(request.Input), console.FullPath(request.Theme), console.Error, console.WorkingDirectory, console.UseColor)
            { Annotations = console.Annotations };
        foreach (var (folder, kind, option) in new[] { (request.Input, "input", "--input"), (request.Theme, "theme", "--theme") })
        {
            if (Directory.Exists(console.FullPath(folder))) continue;
            printer.Print(CliErrors.FolderMissing.AtFile(null, kind, folder, option));
            return ExitCodes.Usage;
        }
        if (FreePort.Find(host, port, findFreePort) is not { } free)
        {
            printer.Print(CliErrors.ServerFailed.AtFile(null, $"{host}:{port}",
                findFreePort ? $"ports {port} to {port + FreePort.Tries} are all in use" : "the port is in use"));
            return ExitCodes.ContentError;
        }
        if (free != port) await console.Out.WriteLineAsync($"Port {port} is in use; using port {free} instead.");
        port = free;
        await using var server = new PreviewServer(site, request, console, search);
        Uri address;
        try
        {
            address = await server.StartAsync(host, port, stop);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            return ExitCodes.Success;
        }
        catch (IOException ex)
        {
            printer.Print(CliErrors.ServerFailed.AtFile(null, $"{host}:{port}", ex.Message));
            return ExitCodes.ContentError;
        }
        await console.Out.WriteLineAsync($"Preview files: {server.Site.Settings.OutputRoot} (removed when the preview stops; 'build' writes output/).");
        await console.Out.WriteLineAsync($"Serving {address} (drafts {(request.Options.IncludeDrafts ? "shown" : "hidden; add --drafts to see them")}).");
        await console.Out.WriteLineAsync(search is null ? "Search: off (--no-search); the search page says it is unavailable."
            : "Search: Pagefind indexes the preview in the background; /search/ works once the index is ready.");
        await console.Out.WriteLineAsync("Watching input/ and theme/ for changes. Press Ctrl+C to stop.");
        started?.Invoke(address);
        try
        {
            await Task.Delay(Timeout.Infinite, stop);
        }
        catch (OperationCanceledException)
        {
        }
        await console.Out.WriteLineAsync("Stopped.");
        return ExitCodes.Success;
    }
}
