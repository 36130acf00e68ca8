using Pipework.Host.Cli;
using Pipework.Diagnostics;

namespace ExplainerSite.Tests.Editor;

/// <summary>Colour only on a terminal and never with NO_COLOR; plain, parseable lines otherwise.</summary>
public sealed class ConsoleOutputTests : IDisposable
{
    private readonly EditorSite _site = new();

    public void Dispose() => _site.Dispose();

    [Theory]
    [InlineData(true, false, true)]
    [InlineData(true, true, false)]
    [InlineData(false, false, false)]
    public void Colour_needs_a_terminal_and_no_NO_COLOR(bool terminal, bool noColor, bool colour) =>
        Assert.Equal(colour, new CliConsole(TextWriter.Null, TextWriter.Null, ".") { ErrorIsTerminal = terminal, NoColor = noColor }.UseColor);

    [Fact]
    public void Coloured_diagnostic_keeps_the_same_text()
    {
        var d = new Diagnostic(Severity.Error, "ES0001", "YAML syntax error: x", "site.yml", 1, 8, "Check quoting.");
        using var plain = new StringWriter();
        using var coloured = new StringWriter();
        new DiagnosticPrinter(_site.PathOf("input"), _site.PathOf("theme"), plain, _site.Root, color: false).Print(d);
        new DiagnosticPrinter(_site.PathOf("input"), _site.PathOf("theme"), coloured, _site.Root, color: true).Print(d);

        Assert.DoesNotContain('\u001b', plain.ToString());
        Assert.Contains("\u001b[1;31merror ES0001\u001b[0m", coloured.ToString());
        Assert.Equal(plain.ToString(), System.Text.RegularExpressions.Regex.Replace(coloured.ToString(), "\u001b\\[[0-9;]*m", ""));
    }

    [Fact]
    public async Task Redirected_output_has_no_escape_codes_and_no_progress()
    {
        _site.Replace("input/explainers/first.md", "order: 1", "order: one");

        var run = await _site.BuildAsync();

        Assert.Equal(1, run.ExitCode);
        Assert.DoesNotContain('\u001b', run.Stderr);
        Assert.DoesNotContain('\r', run.Stderr);
    }

    [Fact]
    public async Task Missing_input_folder_is_a_usage_error()
    {
        var run = await _site.RunAsync("check", "--input", "nowhere");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("error ES3001: " + CliErrors.FolderMissing.Format("input", "nowhere", "--input") + "\n", run.Stderr);
    }

    [Fact]
    public async Task Unknown_option_is_a_usage_error()
    {
        var run = await _site.RunAsync("build", "--frobnicate");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Run with --help", run.Stderr);
    }
}
