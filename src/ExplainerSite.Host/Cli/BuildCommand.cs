using System.CommandLine;
using Pipework.Diagnostics;
using Pipework.Host.Search;

namespace Pipework.Host.Cli;

/// <summary><c>build</c>: input/ + theme/ → output/, atomically; exit 1 with every error on bad content.</summary>
public static class BuildCommand
{
    public static Command Create(CliConsole console, ISiteDefinition site)
    {
        var shared = new SiteOptions();
        var siteUrl = new Option<string?>("--site-url") { Description = "Absolute URL the site is served from, for canonical links, the sitemap and the feed (default: url in site.yml)" };
        var noSearch = new Option<bool>("--no-search") { Description = "Build without the Pagefind search index (which needs Node.js)" };
        var basePath = new Option<string?>("--base-path") { Description = "URL path the site is served under, e.g. /repo-name/ for a GitHub Pages project site (default: /)" };
        var command = shared.AddTo(new Command("build", "Build the site into the output folder"));
        command.Add(siteUrl);
        command.Add(noSearch);
        command.Add(basePath);
        command.SetAction(async (parse, cancellation) =>
        {
            var options = BasePathOption.Apply(new BuildOptions { IncludeDrafts = parse.GetValue(shared.Drafts) }, parse.GetValue(basePath), console.Error, console.Annotations);
            if (options is null) return ExitCodes.Usage;
            var (configured, exitCode) = await ConfigureAsync(options, parse.GetValue(siteUrl), !parse.GetValue(noSearch), console.Out, console.Error, cancellation,
                annotations: console.Annotations);
            if (configured is null) return exitCode;
            return await BuildRunner.RunAsync(site, shared.Request(parse, configured), console, cancellation);
        });
        return command;
    }

    /// <summary>
    /// Applies <c>--site-url</c> and search to <paramref name="options"/>: checks the URL (exit 2 when unusable) and
    /// finds or installs Pagefind (exit 1 when Node.js or the tool is missing). Returns null options after printing why.
    /// <paramref name="pathVariable"/> replaces PATH when looking for node and npm (tests).
    /// </summary>
    public static async Task<(BuildOptions? Options, int ExitCode)> ConfigureAsync(
        BuildOptions options, string? siteUrl, bool search, TextWriter stdout, TextWriter stderr,
        CancellationToken cancellation = default, string? pathVariable = null,
        WorkflowAnnotations? annotations = null)
    {
        var printer = new DiagnosticPrinter(Directory.GetCurrentDirectory(), Directory.GetCurrentDirectory(), stderr)
            { Annotations = annotations };
        if (siteUrl is not null)
        {
            if (SiteUrlOption.Normalize(siteUrl) is not { } url)
            {
                printer.Print(PublishingErrors.InvalidSiteUrl.AtFile(null, siteUrl));
                return (null, ExitCodes.Usage);
            }
            options = options with { SiteUrl = url };
        }
        if (!search) return (options, ExitCodes.Success);
        try
        {
            return (options with { Search = await PagefindTool.PrepareAsync(stdout, pathVariable, cancellation: cancellation) }, ExitCodes.Success);
        }
        catch (ContentException ex)
        {
            foreach (var d in ex.Diagnostics) printer.Print(d);
            await stderr.WriteLineAsync("Build failed: the search index cannot be built; nothing was changed.");
            return (null, ExitCodes.ContentError);
        }
    }

    /// <summary>Builds with default settings, printing to <paramref name="stdout"/> and <paramref name="stderr"/>.</summary>
    public static Task<int> RunAsync(ISiteDefinition site, string input, string theme, string output, BuildOptions options, TextWriter stdout, TextWriter stderr) =>
        BuildRunner.RunAsync(site, new BuildRequest(input, theme, output, options), new CliConsole(stdout, stderr, Directory.GetCurrentDirectory()));
}

public static class ExitCodes
{
    public const int Success = 0;
    public const int ContentError = 1;
    public const int Usage = 2;
}
