using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.AspNetCore.Http;

namespace Pipework.Host.Serve;

/// <summary>
/// Server-sent events for open pages: each connection first gets the current site version, then one
/// <c>reload</c> event per rebuild (good or failed). A page compares the version with the one it was served
/// with, so a rebuild that finished before the page connected still reloads it.
/// </summary>
public sealed class ReloadHub
{
    public const string Path = "/__explainer/events";
    private readonly ConcurrentDictionary<Channel<long>, byte> _clients = new();
    private readonly CancellationTokenSource _closing = new();

    public int Clients => _clients.Count;

    public void Broadcast(long version)
    {
        foreach (var client in _clients.Keys) client.Writer.TryWrite(version);
    }

    /// <summary>Ends every open stream (a graceful server stop waits for requests, and these never end by themselves).</summary>
    public void Close() => _closing.Cancel();

    public async Task HandleAsync(HttpContext http, Func<long> currentVersion)
    {
        var response = http.Response;
        response.ContentType = "text/event-stream; charset=utf-8";
        response.Headers.CacheControl = "no-store";
        response.Headers["X-Accel-Buffering"] = "no";
        var channel = Channel.CreateBounded<long>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropOldest });
        _clients.TryAdd(channel, 0);
        using var both = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, _closing.Token);
        var stop = both.Token;
        try
        {
            await WriteAsync(response, $"retry: 500\nevent: reload\ndata: {currentVersion()}\n\n", stop);
            while (!stop.IsCancellationRequested)
            {
                using var wait = CancellationTokenSource.CreateLinkedTokenSource(stop);
                wait.CancelAfter(TimeSpan.FromSeconds(15));
                try
                {
                    if (!await channel.Reader.WaitToReadAsync(wait.Token)) break;
                }
                catch (OperationCanceledException) when (!stop.IsCancellationRequested)
                {
                    await WriteAsync(response, ": keep-alive\n\n", stop);
                    continue;
                }
                while (channel.Reader.TryRead(out var version))
                    await WriteAsync(response, $"event: reload\ndata: {version}\n\n", stop);
            }
        }
        catch (OperationCanceledException)
        {
            // The page closed or the server is stopping.
        }
        catch (IOException)
        {
        }
        finally
        {
            _clients.TryRemove(channel, out _);
        }
    }

    private static async Task WriteAsync(HttpResponse response, string text, CancellationToken cancellation)
    {
        await response.WriteAsync(text, cancellation);
        await response.Body.FlushAsync(cancellation);
    }
}
