using System.Collections.Immutable;
using System.Net;
using System.Text.RegularExpressions;
using Pipework.Documents;
using Pipework.Pipelines;

namespace ExplainerSite.Hosting;

/// <summary>
/// Fails the build when a page would go out without its Content-Security-Policy (ES2205): on Netlify, when the
/// generated <c>_headers</c> has no rule giving one of the page's addresses the policy of <see cref="SecurityPolicy"/>;
/// on hosts without headers (GitHub Pages), when the page's <c>&lt;head&gt;</c> lacks the policy's
/// <c>&lt;meta http-equiv="Content-Security-Policy"&gt;</c> (a layout that does not render the head partial). Only for a
/// theme that writes the policy (<see cref="SecurityPolicy.IsUsedBy"/>).
/// </summary>
public sealed partial class CheckSecurityPolicy : IAnalyzer
{
    public Task AnalyzeAsync(ImmutableArray<Document> documents, IExecutionContext context)
    {
        if (!SecurityPolicy.IsUsedBy(context)) return Task.CompletedTask;
        var headersFile = documents.FirstOrDefault(d => d.Destination == GenerateHeaders.HeadersFile);
        var rules = headersFile is null ? [] : ReadRules(headersFile.Content);
        foreach (var page in documents.Where(d => !d.IsBinary && d.Destination.EndsWith(".html", StringComparison.Ordinal))
                     .OrderBy(d => d.Destination, StringComparer.Ordinal))
        {
            var policy = SecurityPolicy.For(GenerateHeaders.UrlOf(page.Destination));
            foreach (var path in GenerateHeaders.RequestPaths(page.Destination))
            {
                var sent = rules.TryGetValue(path, out var set) ? set.GetValueOrDefault("Content-Security-Policy") : null;
                if (sent == policy) continue;
                var reason = $"no rule for {path} in _headers";
                context.Diagnostics.Add(HostingErrors.MissingPolicy.AtFile(page.Source, page.Destination, reason));
                break;
            }
            var meta = MetaPolicy().Match(Head(page.Content));
            if (!meta.Success)
                context.Diagnostics.Add(HostingErrors.MissingPolicy.AtFile(page.Source, page.Destination,
                    "its <head> has no <meta http-equiv=\"Content-Security-Policy\">"));
            else if (WebUtility.HtmlDecode(meta.Groups[1].Value) != SecurityPolicy.ForMeta(policy))
                context.Diagnostics.Add(HostingErrors.MissingPolicy.AtFile(page.Source, page.Destination,
                    "its <meta http-equiv=\"Content-Security-Policy\"> is not the site's policy for it"));
        }
        return Task.CompletedTask;
    }

    private static string Head(string html)
    {
        var end = html.IndexOf("</head>", StringComparison.OrdinalIgnoreCase);
        return end < 0 ? "" : html[..end];
    }

    /// <summary>Netlify's _headers format: a path on its own line, then its headers indented, <c>Name: value</c>.</summary>
    public static Dictionary<string, Dictionary<string, string>> ReadRules(string text)
    {
        var rules = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        Dictionary<string, string>? current = null;
        foreach (var line in text.Split('\n'))
        {
            if (line.Length == 0 || line.TrimStart().StartsWith('#')) continue;
            if (!char.IsWhiteSpace(line[0]))
            {
                var path = line.Trim();
                current = rules.TryGetValue(path, out var existing) ? existing : rules[path] = new(StringComparer.OrdinalIgnoreCase);
                continue;
            }
            var colon = line.IndexOf(':');
            if (current is not null && colon > 0) current[line[..colon].Trim()] = line[(colon + 1)..].Trim();
        }
        return rules;
    }

    [GeneratedRegex("<meta\\s+http-equiv=\"Content-Security-Policy\"\\s+content=\"([^\"]*)\"", RegexOptions.IgnoreCase)]
    private static partial Regex MetaPolicy();
}
