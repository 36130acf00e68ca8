namespace Pipework.Host.Cli;

/// <summary>
/// A one-line spinner with the elapsed time on stderr while a build runs, shown only on a terminal and only once
/// the build has taken a moment; the line is erased when the build ends, so the log stays clean. Without a
/// terminal nothing is drawn and only the plain summary lines appear.
/// </summary>
public sealed class ProgressDisplay : IAsyncDisposable
{
    private static readonly string[] Frames = ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"];
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    private ProgressDisplay(TextWriter writer, string label, TimeProvider time)
    {
        _loop = RunAsync(writer, label, time, _stop.Token);
    }

    /// <summary>Starts a display when <paramref name="console"/>'s stderr is a terminal; otherwise returns a no-op.</summary>
    public static IAsyncDisposable Start(CliConsole console, Verbosity verbosity, string label) =>
        console.ErrorIsTerminal && verbosity != Verbosity.Quiet ? new ProgressDisplay(console.Error, label, console.Time) : new Nothing();

    private static async Task RunAsync(TextWriter writer, string label, TimeProvider time, CancellationToken stop)
    {
        var start = time.GetTimestamp();
        var drawn = false;
        try
        {
            await Task.Delay(TimeSpan.FromMilliseconds(300), time, stop);
            for (var frame = 0; !stop.IsCancellationRequested; frame++)
            {
                var seconds = time.GetElapsedTime(start).TotalSeconds.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture);
                await writer.WriteAsync($"\r{Frames[frame % Frames.Length]} {label} {seconds} s\u001b[K");
                await writer.FlushAsync(stop);
                drawn = true;
                await Task.Delay(TimeSpan.FromMilliseconds(100), time, stop);
            }
        }
        catch (OperationCanceledException)
        {
        }
        if (drawn)
        {
            await writer.WriteAsync("\r\u001b[K");
            await writer.FlushAsync(CancellationToken.None);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _loop;
        _stop.Dispose();
    }

    private sealed class Nothing : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
