using System.CommandLine;
using System.Globalization;
using ExplainerSite.Engine.Diagnostics;

namespace ExplainerSite.Cli;

/// <summary><c>build</c>: input/ + theme/ → output/, atomically; exit 1 with every error on bad content.</summary>
public static class BuildCommand
{
    public static Command Create()
    {
        var input = new Option<string>("--input") { Description = "Content folder", DefaultValueFactory = _ => "input" };
        var theme = new Option<string>("--theme") { Description = "Theme folder", DefaultValueFactory = _ => "theme" };
        var output = new Option<string>("--output") { Description = "Output folder (replaced whole on success)", DefaultValueFactory = _ => "output" };
        var drafts = new Option<bool>("--drafts") { Description = "Include pages marked draft: true" };
        var command = new Command("build", "Build the site into the output folder") { input, theme, output, drafts };
        command.SetAction(async (parse, _) =>
        {
            var options = new BuildOptions { IncludeDrafts = parse.GetValue(drafts) };
            return await RunAsync(parse.GetValue(input)!, parse.GetValue(theme)!, parse.GetValue(output)!, options, Console.Out, Console.Error);
        });
        return command;
    }

    public static async Task<int> RunAsync(string input, string theme, string output, BuildOptions options, TextWriter stdout, TextWriter stderr)
    {
        if (!Directory.Exists(input))
        {
            await stderr.WriteLineAsync($"error: input folder '{input}' does not exist");
            return ExitCodes.Usage;
        }
        if (!Directory.Exists(theme))
        {
            await stderr.WriteLineAsync($"error: theme folder '{theme}' does not exist");
            return ExitCodes.Usage;
        }
        var result = await SiteBuilder.BuildAsync(input, theme, output, options);
        var printer = new DiagnosticPrinter(Path.GetFullPath(input), Path.GetFullPath(theme), stderr);
        foreach (var d in result.Diagnostics) printer.Print(d);
        var errors = result.Diagnostics.Count(d => d.Severity == Severity.Error);
        var warnings = result.Diagnostics.Count - errors;
        var seconds = result.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);
        if (!result.Succeeded)
        {
            await stderr.WriteLineAsync($"Build failed: {errors} error(s), {warnings} warning(s) in {seconds} s; '{output}' was not changed.");
            return ExitCodes.ContentError;
        }
        var pages = result.AllDocuments.Count(d => d.Destination.EndsWith(".html", StringComparison.Ordinal));
        await stdout.WriteLineAsync($"Built {pages} pages ({result.FilesWritten} files) in {seconds} s into '{output}'" +
            (warnings > 0 ? $", {warnings} warning(s)." : "."));
        return ExitCodes.Success;
    }
}

public static class ExitCodes
{
    public const int Success = 0;
    public const int ContentError = 1;
    public const int Usage = 2;
}
