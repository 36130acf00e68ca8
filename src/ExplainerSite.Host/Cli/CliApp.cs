using System.CommandLine;

namespace Pipework.Host.Cli;

/// <summary>The command tree and its entry point, for a site's program and for tests alike.</summary>
public static class CliApp
{
    public static RootCommand CreateRoot(CliConsole console, ISiteDefinition site) => new(site.Description)
    {
        BuildCommand.Create(console, site),
        CheckCommand.Create(console, site),
        ServeCommand.Create(console, site),
        NewCommand.Create(console, site),
    };

    /// <summary>Parses and runs <paramref name="args"/>: exit 0 success, 1 content errors, 2 usage errors.</summary>
    public static async Task<int> RunAsync(string[] args, CliConsole console, ISiteDefinition site, CancellationToken cancellation = default)
    {
        // No arguments: what the tool can do, as `--help` shows it (git, dotnet and hugo do the same).
        var parse = CreateRoot(console, site).Parse(args.Length == 0 ? ["--help"] : args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in UsageMessages.Relevant(parse))
                await console.Error.WriteLineAsync($"error: {UsageMessages.Friendly(error.Message)}");
            foreach (var suggestion in UsageMessages.Suggestions(parse)) await console.Error.WriteLineAsync(suggestion);
            await console.Error.WriteLineAsync("Run with --help to see the commands and options.");
            return ExitCodes.Usage;
        }
        try
        {
            return await parse.InvokeAsync(new InvocationConfiguration { Output = console.Out, Error = console.Error, EnableDefaultExceptionHandler = false }, cancellation);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Content problems are diagnostics; this is a bug or the machine (a full disk, a locked file). No stack
            // trace unless asked for: EXPLAINERSITE_TRACE=1.
            var detail = Environment.GetEnvironmentVariable("EXPLAINERSITE_TRACE") == "1" ? ex.ToString() : ex.Message;
            await console.Error.WriteLineAsync($"error: {detail}");
            return ExitCodes.ContentError;
        }
    }
}
