using System.Net;

namespace Pipework.Host.Serve;

/// <summary>
/// Which <c>Host</c> headers the preview answers. A page on any web site can point a name it controls at
/// 127.0.0.1 (DNS rebinding) and then read the preview, drafts and error overlays included, as same-origin; it
/// cannot do that with an address or <c>localhost</c>. So the preview answers IP addresses, <c>localhost</c>
/// (and <c>*.localhost</c>, which browsers resolve to loopback themselves) and the name it was told to listen on,
/// and answers anything else with 421 Misdirected Request.
/// </summary>
public static class PreviewHosts
{
    public static bool IsAllowed(string? hostHeader, string listenHost)
    {
        if (string.IsNullOrEmpty(hostHeader)) return false;
        var host = HostOf(hostHeader);
        if (host.Length == 0) return false;
        if (IPAddress.TryParse(host, out _)) return true;
        host = host.TrimEnd('.').ToLowerInvariant();
        return host == "localhost" || host.EndsWith(".localhost", StringComparison.Ordinal)
            || string.Equals(host, listenHost.TrimEnd('.'), StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The host part of a Host header: "[::1]:5080" → "::1", "localhost:5080" → "localhost".</summary>
    private static string HostOf(string header)
    {
        if (header.StartsWith('['))
        {
            var end = header.IndexOf(']', StringComparison.Ordinal);
            return end > 1 ? header[1..end] : "";
        }
        var colon = header.LastIndexOf(':');
        return colon >= 0 ? header[..colon] : header;
    }
}
