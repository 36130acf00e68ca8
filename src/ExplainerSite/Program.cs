using System.CommandLine;
using ExplainerSite.Cli;

namespace ExplainerSite;

public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        var root = new RootCommand("ExplainerSite: builds the export-controls explainer from input/ and theme/.")
        {
            BuildCommand.Create(),
        };
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors) await Console.Error.WriteLineAsync($"error: {error.Message}");
            await Console.Error.WriteLineAsync("Run with --help to see the commands and options.");
            return ExitCodes.Usage;
        }
        return await parse.InvokeAsync();
    }
}
