using System.Net;
using System.Net.Sockets;
using Pipework.Host.Cli;

namespace ExplainerSite.Tests.Editor;

/// <summary>The command line behaves as people expect of one (issue 14): help, typo suggestions, plain messages, ports.</summary>
public sealed class CliConventionTests : IDisposable
{
    private readonly EditorSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task No_arguments_prints_help_and_exits_0()
    {
        var run = await _site.RunAsync();

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("Usage:", run.Stdout);
        Assert.Contains("build", run.Stdout);
        Assert.Equal("", run.Stderr);
    }

    [Theory]
    [InlineData(new[] { "biuld" }, "'biuld' is not a command or option; did you mean 'build'?")]
    [InlineData(new[] { "chekc", "--strict" }, "'chekc' is not a command or option; did you mean 'check'?")]
    [InlineData(new[] { "build", "--strcit" }, "'--strcit' is not a command or option of 'build'; did you mean '--strict'?")]
    [InlineData(new[] { "serve", "--drfats" }, "'--drfats' is not a command or option of 'serve'; did you mean '--drafts'?")]
    public async Task A_misspelt_command_or_option_is_a_usage_error_with_a_suggestion(string[] args, string suggestion)
    {
        var run = await _site.RunAsync(args);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains(suggestion + "\n", run.Stderr);
        Assert.DoesNotContain("Required command was not provided", run.Stderr);
    }

    [Fact]
    public async Task A_bad_port_is_named_without_dotnet_type_names()
    {
        var run = await _site.RunAsync("serve", "--port", "abc");

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("error: 'abc' is not a whole number; --port takes a whole number\n", run.Stderr);
        Assert.DoesNotContain("System.", run.Stderr);
    }

    [Fact]
    public async Task A_busy_port_asked_for_is_reported_before_anything_is_built()
    {
        using var busy = new TcpListener(IPAddress.Loopback, 0);
        busy.Start();
        var port = ((IPEndPoint)busy.LocalEndpoint).Port;

        var run = await _site.RunAsync("serve", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains($"error ES3005: " + CliErrors.ServerFailed.Format($"127.0.0.1:{port}", "the port is in use"), run.Stderr);
        Assert.DoesNotContain("Built", run.Stdout + run.Stderr);
    }

    [Fact]
    public async Task When_the_default_port_is_taken_serve_says_which_free_port_it_uses()
    {
        using var busy = new TcpListener(IPAddress.Loopback, 0);
        busy.Start();
        var port = ((IPEndPoint)busy.LocalEndpoint).Port;
        var stdout = new StringWriter { NewLine = "\n" };
        var console = new CliConsole(stdout, new StringWriter(), _site.Root);
        using var stop = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var started = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        var request = new BuildRequest("input", "theme", "output", new BuildOptions()) { WriteOutput = false };

        var serving = ServeCommand.RunAsync(ExplainerSiteDefinition.Instance, request, "127.0.0.1", port, console, stop.Token, started: a => started.TrySetResult(a), findFreePort: true);
        var address = await started.Task.WaitAsync(TimeSpan.FromMinutes(2));
        await stop.CancelAsync();
        await serving;

        Assert.NotEqual(port, address.Port);
        Assert.Contains($"Port {port} is in use; using port {address.Port} instead.\n", stdout.ToString());
        Assert.True(stdout.ToString().IndexOf("is in use", StringComparison.Ordinal) < stdout.ToString().IndexOf("Serving", StringComparison.Ordinal));
    }
}
