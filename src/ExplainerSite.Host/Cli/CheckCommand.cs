using System.CommandLine;

namespace Pipework.Host.Cli;

/// <summary>
/// <c>check</c>: everything <c>build</c> checks (content, templates, links, anchors, images) without writing the
/// output folder; links to other sites are counted (listed with <c>--verbose</c>), never fetched.
/// </summary>
public static class CheckCommand
{
    public static Command Create(CliConsole console, ISiteDefinition site)
    {
        var shared = new SiteOptions();
        var command = shared.AddTo(new Command("check", "Validate the content and check every link without writing output"), output: false);
        command.SetAction(async (parse, cancellation) =>
        {
            var options = new BuildOptions { IncludeDrafts = parse.GetValue(shared.Drafts) };
            return await BuildRunner.RunAsync(site, shared.Request(parse, options, writeOutput: false), console, cancellation);
        });
        return command;
    }
}
