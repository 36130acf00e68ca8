using Pipework.Host.Cli;

namespace ExplainerSite;

public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        return await CliApp.RunAsync(args, CliConsole.FromSystem(), ExplainerSiteDefinition.Instance);
    }
}
