using System.Net;
using System.Net.Sockets;

namespace ExplainerSite.Tests.Hosting;

/// <summary>
/// Serves a built output folder over HTTP on 127.0.0.1 under a base path, the way GitHub Pages serves a project
/// site: <c>/base/x/</c> is <c>x/index.html</c>, <c>/base/x</c> redirects to <c>/base/x/</c>, anything else is a
/// 404 with the site's <c>404.html</c>. <paramref name="headers"/> adds response headers by site path (below the
/// base path), e.g. netlify.toml's. Loopback only; stops when disposed.
/// </summary>
public sealed class StaticHost : IDisposable
{
    private static readonly Dictionary<string, string> Types = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8", [".css"] = "text/css; charset=utf-8", [".js"] = "text/javascript; charset=utf-8",
        [".json"] = "application/json", [".xml"] = "application/xml", [".txt"] = "text/plain; charset=utf-8",
        [".csv"] = "text/csv; charset=utf-8", [".svg"] = "image/svg+xml", [".png"] = "image/png", [".wasm"] = "application/wasm",
    };

    private readonly HttpListener _listener;
    private readonly string _root;
    private readonly string _basePath;
    private readonly Task _loop;
    private readonly Func<string, IEnumerable<KeyValuePair<string, string>>>? _headers;

    public StaticHost(string root, string basePath, Func<string, IEnumerable<KeyValuePair<string, string>>>? headers = null)
    {
        _root = Path.GetFullPath(root);
        _basePath = basePath;
        _headers = headers;
        (_listener, Origin) = Start();
        _loop = Task.Run(ServeAsync);
    }

    /// <summary>e.g. <c>http://127.0.0.1:41234</c>.</summary>
    public string Origin { get; }

    private static (HttpListener, string) Start()
    {
        for (var attempt = 0; ; attempt++)
        {
            var probe = new TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            var port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
            var listener = new HttpListener();
            listener.Prefixes.Add($"http://127.0.0.1:{port}/");
            try
            {
                listener.Start();
                return (listener, $"http://127.0.0.1:{port}");
            }
            catch (HttpListenerException) when (attempt < 5)
            {
                listener.Close();
            }
        }
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }
            try
            {
                Respond(context);
            }
            catch (Exception ex) when (ex is HttpListenerException or IOException)
            {
                // The client went away.
            }
        }
    }

    private void Respond(HttpListenerContext context)
    {
        var response = context.Response;
        var path = context.Request.Url!.AbsolutePath;
        if (_headers is not null && path.StartsWith(_basePath, StringComparison.Ordinal))
            foreach (var (name, value) in _headers(path[(_basePath.Length - 1)..]))
                response.AddHeader(name, value);
        var file = FileFor(path);
        if (file is not null && File.Exists(file))
        {
            Send(response, 200, file);
            return;
        }
        if (file is not null && !path.EndsWith('/') && Directory.Exists(file))
        {
            response.StatusCode = 301;
            response.RedirectLocation = path + "/";
            response.Close();
            return;
        }
        var notFound = Path.Combine(_root, "404.html");
        if (File.Exists(notFound)) Send(response, 404, notFound);
        else
        {
            response.StatusCode = 404;
            response.Close();
        }
    }

    /// <summary>The file a request path maps to; null outside the base path or the root folder.</summary>
    private string? FileFor(string path)
    {
        if (!path.StartsWith(_basePath, StringComparison.Ordinal)) return null;
        var relative = Uri.UnescapeDataString(path[_basePath.Length..]);
        if (relative.Split('/').Any(s => s is ".." or ".") || relative.Contains('\\')) return null;
        if (relative.Length == 0 || relative.EndsWith('/')) relative += "index.html";
        var full = Path.GetFullPath(Path.Combine(_root, relative));
        return full.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal) ? full : null;
    }

    private static void Send(HttpListenerResponse response, int status, string file)
    {
        var bytes = File.ReadAllBytes(file);
        response.StatusCode = status;
        response.ContentType = Types.GetValueOrDefault(Path.GetExtension(file), "application/octet-stream");
        response.ContentLength64 = bytes.Length;
        response.OutputStream.Write(bytes);
        response.Close();
    }

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        _loop.Wait(TimeSpan.FromSeconds(5));
    }
}
