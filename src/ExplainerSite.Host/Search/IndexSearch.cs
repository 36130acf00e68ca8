using System.Text.Json;
using Pipework.Pipelines;

namespace Pipework.Host.Search;

/// <summary>
/// Runs Pagefind over the finished output (the staging folder, before it is committed) and adds its index and
/// UI under <c>/pagefind/</c>. Pagefind indexes the <c>data-pagefind-body</c> element of explainer and data
/// pages. A failure, or an index without pages, fails the build and leaves the previous output as it was.
/// </summary>
public sealed class IndexSearch(PagefindCommand command) : IOutputStep
{
    public const string BundleFolder = "pagefind";

    public string Name => "pagefind";

    public async Task RunAsync(string outputFolder, IExecutionContext context, CancellationToken cancellation)
    {
        var result = await ProcessRunner.RunAsync(
            command.FileName, [.. command.Arguments, "--site", outputFolder, "--output-subdir", BundleFolder, "--quiet"],
            command.WorkingDirectory, cancellation);
        if (result.ExitCode != 0)
            throw PublishingErrors.IndexFailed.Exception(null, 0, 0, result.ExitCode, ProcessRunner.Tail(result.Output));
        if (PageCount(Path.Combine(outputFolder, BundleFolder, "pagefind-entry.json")) == 0)
            throw PublishingErrors.IndexEmpty.Exception(null, 0, 0);
    }

    /// <summary>Pages in the index, from Pagefind's entry file (0 when it is missing).</summary>
    public static int PageCount(string entryFile)
    {
        if (!File.Exists(entryFile)) return 0;
        using var entry = JsonDocument.Parse(File.ReadAllText(entryFile));
        return entry.RootElement.GetProperty("languages").EnumerateObject().Sum(l => l.Value.GetProperty("page_count").GetInt32());
    }
}
