namespace Pipework.Pipelines;

/// <summary>
/// Works on the finished output: runs after the Output phase, on the staging folder, before that folder replaces
/// the output folder (e.g. a search indexer that reads the written HTML and adds its index). Steps run one after
/// another in the order they were added. A step that throws a <see cref="Diagnostics.ContentException"/> or adds
/// an error keeps the build from committing, so a failed step leaves the previous output exactly as it was.
/// </summary>
public interface IOutputStep
{
    /// <summary>Names the step in diagnostics (e.g. <c>pagefind</c>).</summary>
    string Name { get; }

    /// <param name="outputFolder">The staging folder holding every written file.</param>
    /// <param name="context">The build's context (settings, documents, services).</param>
    /// <param name="cancellation">Stops the step.</param>
    Task RunAsync(string outputFolder, IExecutionContext context, CancellationToken cancellation);
}
