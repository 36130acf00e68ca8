using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;

namespace ExplainerSite.Tests.Browser;

/// <summary>
/// Serves a built output folder on 127.0.0.1 at a free port, as a static host would: <c>/x/</c> is
/// <c>x/index.html</c>, <c>/x</c> redirects to <c>/x/</c>, files carry their content types, and a miss is a 404
/// with the site's <c>404.html</c>; responses carry the headers of the output's generated <c>_headers</c>, as on
/// Netlify. Loopback only; stops when disposed.
/// </summary>
internal sealed class SiteServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private SiteServer(WebApplication app, string origin) => (_app, Origin) = (app, origin);

    /// <summary>e.g. <c>http://127.0.0.1:41234</c>.</summary>
    public string Origin { get; }

    public static async Task<SiteServer> StartAsync(string root)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = root, EnvironmentName = "Production" });
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();

        var files = new PhysicalFileProvider(root);
        var types = new FileExtensionContentTypeProvider();
        foreach (var (ext, type) in new[] { (".html", "text/html; charset=utf-8"), (".css", "text/css; charset=utf-8"), (".js", "text/javascript; charset=utf-8"), (".svg", "image/svg+xml") })
            types.Mappings[ext] = type;
        // The generated _headers, as Netlify applies it: every rule whose path matches (exact paths, and the
        // prefixes ending in '*'), so pages load in the browser under the real policy, frame-ancestors included.
        var rules = File.Exists(Path.Combine(root, "_headers"))
            ? global::ExplainerSite.Hosting.CheckSecurityPolicy.ReadRules(File.ReadAllText(Path.Combine(root, "_headers")))
            : [];
        app.Use(async (context, next) =>
        {
            var path = context.Request.Path.Value ?? "/";
            foreach (var (pattern, headers) in rules)
                if (pattern == path || (pattern.EndsWith('*') && path.StartsWith(pattern[..^1], StringComparison.Ordinal)))
                    foreach (var (name, value) in headers) context.Response.Headers.Append(name, value);
            await next(context);
        });
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        // Pagefind's index files (.pf_meta, .pf_fragment, .pagefind) have no registered type.
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files, ContentTypeProvider = types, ServeUnknownFileTypes = true, DefaultContentType = "application/octet-stream" });
        app.Run(async context =>
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.SendFileAsync(files.GetFileInfo("404.html"));
        });

        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        return new SiteServer(app, address.Replace("localhost", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/'));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
