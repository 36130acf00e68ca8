using System.Net;
using System.Net.Sockets;

namespace Pipework.Host.Cli;

/// <summary>
/// Finds a port to serve on before anything is built, so a busy port is reported at once: the wanted one when it is
/// free, else (when the port was not asked for explicitly) the next free one of the following few.
/// </summary>
public static class FreePort
{
    public const int Tries = 20;

    /// <summary>The first port from <paramref name="port"/> that <paramref name="host"/> can listen on; null when none is.</summary>
    public static int? Find(string host, int port, bool tryOthers)
    {
        if (port == 0) return 0;   // the system picks one when the server starts
        var last = tryOthers ? Math.Min(port + Tries, IPEndPoint.MaxPort) : port;
        for (var candidate = port; candidate <= last; candidate++)
            if (IsFree(host, candidate)) return candidate;
        return null;
    }

    private static bool IsFree(string host, int port)
    {
        var address = IPAddress.TryParse(host, out var parsed) ? parsed : host == "localhost" ? IPAddress.Loopback : IPAddress.Any;
        var listener = new TcpListener(address, port);
        try
        {
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
        finally
        {
            listener.Stop();
        }
    }
}
