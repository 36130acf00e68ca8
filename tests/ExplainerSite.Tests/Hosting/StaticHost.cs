using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ExplainerSite.Tests.Hosting;

/// <summary>
/// Serves a built output folder over HTTP on 127.0.0.1 under a base path, the way GitHub Pages serves a project
/// site: <c>/base/x/</c> is <c>x/index.html</c>, <c>/base/x</c> redirects to <c>/base/x/</c>, anything else is a
/// 404 with the site's <c>404.html</c>. <c>headers</c> adds response headers by site path (below the base path),
/// e.g. netlify.toml's. Loopback only; stops when disposed. <see cref="Log"/> lists every request it answered.
/// </summary>
/// <remarks>
/// Kestrel bound to port 0: the kernel picks a free port in the same call that binds it, and nothing else in the
/// process shares the socket. This host used to be an <see cref="HttpListener"/>, which must be told its port:
/// it probed for a free one, released it and bound it again, so another process could take it in between; and
/// on Linux the managed HttpListener keeps every listening socket of the process in one static table (by
/// address and port), and when disposed with Stop() then Close() it binds the port it has just released once
/// more and removes that port's prefix again (dotnet/runtime HttpEndPointManager.RemovePrefixInternal →
/// GetEPListener) — which, if another host of this process has taken the port meanwhile, removes that host's
/// prefix and closes its socket. Either way a request to this host's address could be answered by something
/// that is not this host, which fits what the sub-path browser test once saw (see SearchUnderSubPathBrowserTests).
/// </remarks>
public sealed class StaticHost : IAsyncDisposable
{
    private static readonly Dictionary<string, string> Types = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8", [".css"] = "text/css; charset=utf-8", [".js"] = "text/javascript; charset=utf-8",
        [".json"] = "application/json", [".xml"] = "application/xml", [".txt"] = "text/plain; charset=utf-8",
        [".csv"] = "text/csv; charset=utf-8", [".svg"] = "image/svg+xml", [".png"] = "image/png", [".wasm"] = "application/wasm",
    };

    private readonly WebApplication _app;
    private readonly string _root;
    private readonly string _basePath;
    private readonly Func<string, IEnumerable<KeyValuePair<string, string>>>? _headers;
    private readonly ConcurrentQueue<string> _log = new();

    private StaticHost(WebApplication app, string root, string basePath, Func<string, IEnumerable<KeyValuePair<string, string>>>? headers)
    {
        _app = app;
        _root = root;
        _basePath = basePath;
        _headers = headers;
    }

    /// <summary>e.g. <c>http://127.0.0.1:41234</c>.</summary>
    public string Origin { get; private set; } = "";

    /// <summary>Every request answered so far, in order: "GET /explainer/ → 200 index.html (14532 bytes) [chromium]".</summary>
    public IReadOnlyCollection<string> Log => [.. _log];

    public static async Task<StaticHost> StartAsync(string root, string basePath, Func<string, IEnumerable<KeyValuePair<string, string>>>? headers = null)
    {
        var full = Path.GetFullPath(root);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory, EnvironmentName = "Production" });
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k =>
        {
            k.AddServerHeader = false;
            k.Listen(IPAddress.Loopback, 0);
        });
        var app = builder.Build();
        var host = new StaticHost(app, full, basePath, headers);
        app.Run(host.RespondAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        host.Origin = address.Replace("localhost", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/');
        return host;
    }

    private async Task RespondAsync(HttpContext context)
    {
        var request = context.Request;
        var response = context.Response;
        // The decoded path, dot segments already resolved by Kestrel.
        var path = request.Path.Value ?? "/";
        if (_headers is not null && path.StartsWith(_basePath, StringComparison.Ordinal))
            foreach (var (name, value) in _headers(path[(_basePath.Length - 1)..]))
                response.Headers.Append(name, value);

        var file = FileFor(path);
        if (file is not null && File.Exists(file))
        {
            await SendAsync(context, 200, file);
            return;
        }
        if (file is not null && !path.EndsWith('/') && Directory.Exists(file))
        {
            response.StatusCode = 301;
            response.Headers.Location = request.Path.ToUriComponent() + "/";
            Record(context, "→ 301 " + response.Headers.Location);
            return;
        }
        var notFound = Path.Combine(_root, "404.html");
        if (File.Exists(notFound))
        {
            await SendAsync(context, 404, notFound);
            return;
        }
        // Never an empty error: chromium reports an error status with no body only as
        // net::ERR_HTTP_RESPONSE_CODE_FAILURE, without the status.
        response.StatusCode = 404;
        response.ContentType = "text/plain; charset=utf-8";
        var text = $"404: nothing at {path}, and there is no 404.html in {_root} ({(Directory.Exists(_root) ? "the folder exists" : "the folder does not exist")}).";
        Record(context, "→ 404 " + text);
        await response.WriteAsync(text);
    }

    /// <summary>The file a request path maps to; null outside the base path or the root folder.</summary>
    private string? FileFor(string path)
    {
        if (!path.StartsWith(_basePath, StringComparison.Ordinal)) return null;
        var relative = path[_basePath.Length..];
        if (relative.Split('/').Any(s => s is ".." or ".") || relative.Contains('\\')) return null;
        if (relative.Length == 0 || relative.EndsWith('/')) relative += "index.html";
        var full = Path.GetFullPath(Path.Combine(_root, relative));
        return full.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal) ? full : null;
    }

    private async Task SendAsync(HttpContext context, int status, string file)
    {
        var bytes = await File.ReadAllBytesAsync(file);
        var response = context.Response;
        response.StatusCode = status;
        response.ContentType = Types.GetValueOrDefault(Path.GetExtension(file), "application/octet-stream");
        response.ContentLength = bytes.Length;
        Record(context, $"→ {status} {Path.GetRelativePath(_root, file)} ({bytes.Length} bytes)");
        if (!HttpMethods.IsHead(context.Request.Method)) await response.Body.WriteAsync(bytes, context.RequestAborted);
    }

    private void Record(HttpContext context, string outcome)
    {
        var agent = context.Request.Headers.UserAgent.ToString();
        var client = agent.Contains("Chrome", StringComparison.Ordinal) ? "chromium" : agent.Length == 0 ? "no user agent" : agent;
        _log.Enqueue($"{context.Request.Method} {context.Request.Path.ToUriComponent()}{context.Request.QueryString} {outcome} [{client}]");
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
