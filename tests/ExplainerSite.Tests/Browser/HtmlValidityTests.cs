using System.Diagnostics;
using System.Text;
using System.Text.Json;
using ExplainerSite.Tests.TestSupport;

namespace ExplainerSite.Tests.Browser;

/// <summary>The Nu HTML Checker (vnu.jar) over every page of the real site's output (issue 5).</summary>
public sealed class HtmlValidityTests
{
    [RequiresJavaFact]
    public async Task Nu_HTML_Checker_reports_no_errors_on_any_page()
    {
        var output = await RealSite.OutputAsync();
        var jar = await VnuTool.PrepareAsync();
        var pages = Directory.EnumerateFiles(output, "*.html", SearchOption.AllDirectories).Count();
        Assert.True(pages > 20, $"expected the whole site in {output}, found {pages} pages");

        var (exit, json, stderr) = await RunAsync("java", ["-jar", jar, "--errors-only", "--format", "json", "--stdout", "--skip-non-html", output]);

        Assert.True(json.TrimStart().StartsWith('{'), $"vnu printed no JSON (exit {exit}): {stderr}");
        using var report = JsonDocument.Parse(json);
        var errors = report.RootElement.GetProperty("messages").EnumerateArray()
            .Where(m => m.GetProperty("type").GetString() is "error" or "non-document-error")
            .Select(m =>
            {
                var url = m.TryGetProperty("url", out var u) ? u.GetString() ?? "" : "";
                var file = url.StartsWith("file:", StringComparison.Ordinal) ? Path.GetRelativePath(output, Uri.UnescapeDataString(url["file:".Length..])) : url;
                var line = m.TryGetProperty("lastLine", out var l) ? l.GetInt32() : 0;
                var column = m.TryGetProperty("firstColumn", out var c) ? c.GetInt32() : 0;
                var extract = m.TryGetProperty("extract", out var e) ? $"  «{e.GetString()?.ReplaceLineEndings(" ").Trim()}»" : "";
                return $"{file}:{line}:{column}: {m.GetProperty("message").GetString()}{extract}";
            })
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.True(errors.Count == 0, $"{errors.Count} HTML errors:\n" + string.Join("\n", errors.Take(60)));
        Assert.Equal(0, exit);
    }

    private static async Task<(int Exit, string Stdout, string Stderr)> RunAsync(string program, IEnumerable<string> arguments)
    {
        var info = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var a in arguments) info.ArgumentList.Add(a);
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout, await stderr);
    }
}
