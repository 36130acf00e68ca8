using System.Text.Json;
using System.Text.RegularExpressions;
using ExplainerSite.Publishing;
using ExplainerSite.Tests.TestSupport;

namespace ExplainerSite.Tests.Hosting;

/// <summary>
/// netlify.toml as Netlify reads it: <c>tools/netlify/resolve-config.mjs</c> runs Netlify's own parser
/// (npm <c>@netlify/config</c>, pinned by tools/netlify/package-lock.json and installed with <c>npm ci</c> on
/// first use) and prints the build settings, header rules with the RegExp Netlify matches paths with, and the
/// redirects of the publish folder's <c>_redirects</c>.
/// </summary>
public sealed record NetlifyConfig(NetlifyConfig.BuildSettings Build, IReadOnlyList<NetlifyConfig.HeaderRule> Headers, IReadOnlyList<NetlifyConfig.Redirect> Redirects)
{
    public const string Folder = "tools/netlify";

    public sealed record BuildSettings(string? Command, string? Publish, IReadOnlyDictionary<string, string> Environment);

    public sealed record HeaderRule(string For, Regex Pattern, IReadOnlyDictionary<string, string> Values);

    public sealed record Redirect(string From, string To, int? Status, bool Force);

    /// <summary>The rules that apply to a request path, in file order.</summary>
    public IEnumerable<HeaderRule> RulesFor(string path) => Headers.Where(h => h.Pattern.IsMatch(path));

    /// <summary>Every header a request path gets, with the rules ('for' values) that set it.</summary>
    public Dictionary<string, List<(string For, string Value)>> HeadersFor(string path)
    {
        var result = new Dictionary<string, List<(string, string)>>(StringComparer.OrdinalIgnoreCase);
        foreach (var rule in RulesFor(path))
            foreach (var (name, value) in rule.Values)
            {
                if (!result.TryGetValue(name, out var list)) result[name] = list = [];
                list.Add((rule.For, value));
            }
        return result;
    }

    private static readonly SemaphoreSlim InstallGate = new(1, 1);

    /// <summary>
    /// Resolves the netlify.toml in <paramref name="root"/> (default: the repository's) for a deploy context, with the
    /// _redirects and _headers of its publish folder.
    /// </summary>
    public static async Task<NetlifyConfig> ResolveAsync(string? root = null, string context = "production", string branch = "main")
    {
        var folder = Path.Combine(RepoPaths.Root, Folder);
        var node = ProcessRunner.FindOnPath("node") ?? throw new InvalidOperationException("node is not on PATH");
        await EnsureInstalledAsync(folder);
        var run = await ProcessRunner.RunAsync(node, ["resolve-config.mjs", root ?? RepoPaths.Root, context, branch], folder, CancellationToken.None);
        Assert.True(run.ExitCode == 0, "Netlify's parser rejected netlify.toml:\n" + run.Output);
        using var document = JsonDocument.Parse(run.Output.Split('\n').Single(line => line.StartsWith('{')));
        var json = document.RootElement;
        var build = json.GetProperty("build");
        return new NetlifyConfig(
            new BuildSettings(
                build.GetProperty("command").GetString(),
                build.GetProperty("publish").GetString(),
                build.GetProperty("environment").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.ToString())),
            [.. json.GetProperty("headers").EnumerateArray().Select(h => new HeaderRule(
                h.GetProperty("for").GetString()!,
                new Regex(h.GetProperty("pattern").GetString()!, h.GetProperty("flags").GetString()!.Contains('i') ? RegexOptions.IgnoreCase : RegexOptions.None),
                h.GetProperty("values").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!)))],
            [.. json.GetProperty("redirects").EnumerateArray().Select(r => new Redirect(
                r.GetProperty("from").GetString()!,
                r.GetProperty("to").GetString()!,
                r.GetProperty("status").ValueKind == JsonValueKind.Number ? r.GetProperty("status").GetInt32() : null,
                r.GetProperty("force").GetBoolean()))]);
    }

    private static async Task EnsureInstalledAsync(string folder)
    {
        await InstallGate.WaitAsync();
        try
        {
            if (File.Exists(Path.Combine(folder, "node_modules", "@netlify", "config", "package.json"))
                && File.Exists(Path.Combine(folder, "node_modules", "@netlify", "headers-parser", "package.json"))) return;
            var npm = ProcessRunner.FindOnPath("npm") ?? throw new InvalidOperationException("npm is not on PATH");
            var install = await ProcessRunner.RunAsync(npm, ["ci", "--no-audit", "--no-fund", "--loglevel=error"], folder, CancellationToken.None);
            Assert.True(install.ExitCode == 0, "npm ci in tools/netlify failed:\n" + install.Output);
        }
        finally
        {
            InstallGate.Release();
        }
    }
}
