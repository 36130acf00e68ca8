using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Pipework.Host.Cli;
using Pipework.Diagnostics;

namespace Pipework.Host.Serve;

/// <summary>
/// The page served instead of any page while the last build failed: every diagnostic as the terminal shows it
/// (<c>file:line:col</c>, the source line and a caret, the hint), HTML-encoded. It reloads by itself once a
/// build succeeds; the last good site stays in the output folder meanwhile.
/// </summary>
public static class ErrorOverlay
{
    public const string Title = "The site could not be rebuilt";
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string Render(IReadOnlyList<Diagnostic> diagnostics, string inputRoot, string themeRoot, string workingDirectory)
    {
        var errors = diagnostics.Count(d => d.Severity == Severity.Error);
        var html = new StringBuilder();
        html.Append("<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>Build failed · preview</title>\n<style>")
            .Append("body{margin:0;background:#1b1b1f;color:#f4f4f5;font:16px/1.5 system-ui,sans-serif}")
            .Append("main{max-width:72rem;margin:0 auto;padding:2rem 1.5rem}h1{color:#ff8a8a;font-size:1.6rem;margin:0 0 .5rem}")
            .Append("pre{background:#0e0e11;border-left:4px solid #ff6b6b;padding:1rem;overflow-x:auto;font:14px/1.45 ui-monospace,monospace;white-space:pre}")
            .Append("pre.warning{border-left-color:#ffd84d}")
            .Append("</style>\n</head>\n<body>\n<main data-explainer-errors>\n")
            .Append("<h1>").Append(Title).Append("</h1>\n")
            .Append("<p>").Append(errors).Append(" error(s). Fix them and save: this page reloads by itself. ")
            .Append("Until then the output folder keeps the last version that built.</p>\n");
        foreach (var d in diagnostics)
        {
            using var text = new StringWriter { NewLine = "\n" };
            new DiagnosticPrinter(inputRoot, themeRoot, text, workingDirectory, color: false).Print(d);
            html.Append("<pre class=\"").Append(d.Severity == Severity.Error ? "error" : "warning").Append("\">")
                .Append(Encoder.Encode(text.ToString().TrimEnd('\n')))
                .Append("</pre>\n");
        }
        return html.Append("</main>\n</body>\n</html>\n").ToString();
    }
}
