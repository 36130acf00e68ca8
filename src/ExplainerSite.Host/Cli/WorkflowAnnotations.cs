using System.Text;
using Pipework.Diagnostics;

namespace Pipework.Host.Cli;

/// <summary>
/// On GitHub Actions (<c>GITHUB_ACTIONS=true</c>), every diagnostic is also printed as a workflow command,
/// <c>::error file=F,line=L,col=C,title=CODE::message</c>, which GitHub shows as an annotation on that line of a
/// pull request's diff. Files are named relative to the checkout (<c>GITHUB_WORKSPACE</c>, else the working
/// folder), as GitHub expects; values are escaped as GitHub's toolkit escapes them (<c>@actions/core</c>).
/// </summary>
public sealed class WorkflowAnnotations
{
    private readonly TextWriter _writer;
    private readonly string _root;
    private readonly Lock _gate = new();

    public WorkflowAnnotations(TextWriter writer, string root)
    {
        _writer = writer;
        _root = root;
    }

    /// <summary>Annotations to <paramref name="writer"/> when running on GitHub Actions; null elsewhere.</summary>
    public static WorkflowAnnotations? FromEnvironment(TextWriter writer, string workingDirectory)
    {
        if (Environment.GetEnvironmentVariable("GITHUB_ACTIONS") != "true") return null;
        var workspace = Environment.GetEnvironmentVariable("GITHUB_WORKSPACE");
        return new WorkflowAnnotations(writer, string.IsNullOrEmpty(workspace) ? workingDirectory : workspace);
    }

    /// <summary>Writes <paramref name="d"/> as one workflow command; <paramref name="fullPath"/> is its file on disk.</summary>
    public void Write(Diagnostic d, string? fullPath)
    {
        var file = fullPath is null ? null : Path.GetRelativePath(_root, fullPath).Replace('\\', '/');
        var line = Format(d, file);
        // Several builds (serve's rebuilds) may print at once; a command must stay on one whole line.
        lock (_gate) _writer.WriteLine(line);
    }

    /// <summary>The workflow command for <paramref name="d"/> in <paramref name="file"/> (relative to the checkout).</summary>
    public static string Format(Diagnostic d, string? file)
    {
        var properties = new List<string>();
        if (file is not null) properties.Add("file=" + EscapeProperty(file));
        if (file is not null && d.Line > 0) properties.Add("line=" + d.Line);
        if (file is not null && d.Line > 0 && d.Column > 0) properties.Add("col=" + d.Column);
        properties.Add("title=" + EscapeProperty(d.Code));
        var message = d.Hint is null ? d.Message : d.Message + "\nhint: " + d.Hint;
        var command = d.Severity == Severity.Error ? "error" : "warning";
        return $"::{command} {string.Join(',', properties)}::{EscapeData(message)}";
    }

    /// <summary>A command's message: <c>%</c>, CR and LF are percent-encoded (<c>escapeData</c> in @actions/core).</summary>
    public static string EscapeData(string value) =>
        new StringBuilder(value).Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A").ToString();

    /// <summary>A property value: also <c>:</c> and <c>,</c>, which end a property (<c>escapeProperty</c>).</summary>
    public static string EscapeProperty(string value) =>
        new StringBuilder(EscapeData(value)).Replace(":", "%3A").Replace(",", "%2C").ToString();
}
