using Pipework.Finalize;

namespace Pipework.Host.Cli;

/// <summary>
/// <c>build --base-path /repo-name/</c>: the URL path the site is served under (a GitHub Pages project site).
/// It is a deployment choice, not content, so it is an option of the build and not a setting in site.yml.
/// </summary>
public static class BasePathOption
{
    /// <summary>The options with the checked base path; null after printing the error when it is not a usable path.</summary>
    public static BuildOptions? Apply(BuildOptions options, string? value, TextWriter stderr, WorkflowAnnotations? annotations = null)
    {
        if (value is null) return options;
        if (RewriteBasePath.Normalize(value) is { } basePath) return options with { BasePath = basePath };
        new DiagnosticPrinter(Directory.GetCurrentDirectory(), Directory.GetCurrentDirectory(), stderr) { Annotations = annotations }
            .Print(CliErrors.InvalidBasePath.AtFile(null, value));
        return null;
    }
}
