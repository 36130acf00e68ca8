using System.Text;
using Microsoft.AspNetCore.Http;

namespace Pipework.Host.Serve;

/// <summary>
/// Middleware that rewrites every text/html response of the preview server: the response is buffered, and if
/// it is HTML the reload script (and on draft pages the draft banner) is added before it is sent. Other
/// responses pass through unchanged. Built files on disk are never touched.
/// </summary>
public sealed class InjectPreviewHtml(RequestDelegate next, Func<SiteState> state, OutputPaths paths)
{
    public async Task InvokeAsync(HttpContext http)
    {
        var original = http.Response.Body;
        using var buffer = new MemoryStream();
        http.Response.Body = buffer;
        try
        {
            await next(http);
        }
        finally
        {
            http.Response.Body = original;
        }
        buffer.Position = 0;
        if (http.Response.ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) != true || HttpMethods.IsHead(http.Request.Method))
        {
            await buffer.CopyToAsync(original, http.RequestAborted);
            return;
        }
        var current = state();
        var sitePath = paths.SitePath(http.Request.Path.Value ?? "/");
        var page = sitePath switch
        {
            null => null,
            _ when sitePath.EndsWith("/index.html", StringComparison.Ordinal) => sitePath[..^"index.html".Length],
            _ => sitePath.EndsWith('/') ? sitePath : sitePath + "/",
        };
        var draft = page is not null && current.DraftPaths.Contains(page);
        var html = PreviewHtml.Inject(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length), current.Version, draft);
        var bytes = Encoding.UTF8.GetBytes(html);
        http.Response.ContentLength = bytes.Length;
        await original.WriteAsync(bytes, http.RequestAborted);
    }
}
