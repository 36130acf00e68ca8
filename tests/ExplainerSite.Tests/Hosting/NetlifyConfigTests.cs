using System.Diagnostics;
using ExplainerSite.Tests.Publishing;
using ExplainerSite.Tests.TestSupport;

namespace ExplainerSite.Tests.Hosting;

/// <summary>
/// netlify.toml works as committed: Netlify's own parser accepts it, its build command installs the SDK only
/// when needed, and on the built site every response gets the security headers, every page one strict
/// Content-Security-Policy and no caching, every fingerprinted asset long immutable caching, and no path gets
/// the same header from two rules (issue 7).
/// </summary>
public sealed class NetlifyConfigTests
{
    private static readonly string[] EveryResponse =
        ["Strict-Transport-Security", "X-Content-Type-Options", "X-Frame-Options", "Referrer-Policy", "Permissions-Policy"];

    [RequiresNodeFact]
    public async Task Netlify_parser_accepts_netlify_toml_with_its_build_command_and_publish_folder()
    {
        var config = await NetlifyConfig.ResolveAsync();

        Assert.Equal("bash tools/netlify/build.sh", config.Build.Command);
        Assert.Equal(Path.Combine(RepoPaths.Root, "output"), config.Build.Publish);
        Assert.Equal("1", config.Build.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"]);
    }

    [RequiresNodeFact]
    public async Task Headers_apply_to_the_right_paths_of_the_built_site()
    {
        var config = await NetlifyConfig.ResolveAsync();
        var built = await HostingBuilds.RootAsync();
        var paths = RequestPaths(built.Output);
        Assert.Contains("/assets/", paths.Select(p => p[..Math.Min(8, p.Length)]));

        foreach (var path in paths.Append("/no-such-page/"))
        {
            var headers = config.HeadersFor(path);
            foreach (var name in EveryResponse)
                Assert.True(headers.ContainsKey(name), $"{path} has no {name}");
            // Netlify applies every matching rule: one header from two rules would be sent twice or merged.
            foreach (var (name, setBy) in headers)
                Assert.True(setBy.Count == 1, $"{path} gets {name} from {setBy.Count} rules: {string.Join(", ", setBy.Select(s => s.For))}");
            Assert.Equal("nosniff", headers["X-Content-Type-Options"][0].Value);
            Assert.StartsWith("max-age=31536000", headers["Strict-Transport-Security"][0].Value);
        }

        foreach (var page in paths.Where(IsPage))
        {
            var headers = config.HeadersFor(page);
            Assert.True(headers.ContainsKey("Content-Security-Policy"), $"{page} has no Content-Security-Policy: add its section to netlify.toml");
            var csp = headers["Content-Security-Policy"][0].Value;
            Assert.Contains("default-src 'self'", csp);
            Assert.Contains("script-src 'self'", csp);
            Assert.Contains("style-src 'self'", csp);
            Assert.Contains("frame-ancestors 'none'", csp);
            Assert.DoesNotContain("unsafe-inline", csp);
            Assert.DoesNotContain("'unsafe-eval'", csp);
            // WebAssembly for Pagefind, on the search page only.
            Assert.Equal(page.StartsWith("/search/", StringComparison.Ordinal), csp.Contains("'wasm-unsafe-eval'", StringComparison.Ordinal));
            Assert.Equal("public, max-age=0, must-revalidate", headers["Cache-Control"][0].Value);
        }

        foreach (var asset in paths.Where(p => p.StartsWith("/assets/", StringComparison.Ordinal)))
        {
            Assert.Matches(@"\.[0-9a-f]{10}(\.[a-z0-9]+)?$", asset);
            var headers = config.HeadersFor(asset);
            Assert.Equal("public, max-age=31536000, immutable", headers["Cache-Control"][0].Value);
            Assert.False(headers.ContainsKey("Content-Security-Policy"), asset);
        }

        // Pagefind's own files keep their names, so they are never cached as immutable; its worker needs no policy.
        foreach (var file in paths.Where(p => p.StartsWith("/pagefind/", StringComparison.Ordinal)))
        {
            var headers = config.HeadersFor(file);
            Assert.False(headers.ContainsKey("Cache-Control"), file);
            Assert.False(headers.ContainsKey("Content-Security-Policy"), file);
        }
    }

    [RequiresNodeFact]
    public async Task Generated_redirects_file_is_read_by_Netlify_as_forced_301s()
    {
        // A copy of netlify.toml beside a build of a site with an alias, in the publish folder it names.
        using var temp = new TempFolder();
        File.Copy(Path.Combine(RepoPaths.Root, "netlify.toml"), temp.Combine("netlify.toml"));
        var result = await SiteBuilder.BuildAsync(HostileFixture.Input("escaped"), RepoPaths.Theme, temp.Combine("output"), new BuildOptions());
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));

        var config = await NetlifyConfig.ResolveAsync(temp.Path);

        var redirect = Assert.Single(config.Redirects);
        Assert.Equal(new NetlifyConfig.Redirect("/old-hostile/", "/explainers/hostile/", 301, Force: true), redirect);
    }

    [Fact]
    public async Task Build_script_installs_the_sdk_only_when_dotnet_10_is_missing_then_builds_for_the_site_url()
    {
        if (OperatingSystem.IsWindows()) return;   // Netlify builds on Linux; the script is bash.
        using var temp = new TempFolder();
        var log = temp.Combine("log.txt");
        // Stand-ins: a dotnet that lists the SDKs it is told to and logs its arguments, and a curl that "downloads"
        // a dotnet-install which logs its arguments and puts a dotnet 10 into ~/.dotnet.
        var fakeDotnet = $"#!/bin/sh\nif [ \"$1\" = --list-sdks ]; then echo \"$FAKE_SDK [/x]\"; exit 0; fi\necho \"dotnet $*\" >> {log}\n";
        temp.Write("bin/dotnet", fakeDotnet);
        temp.Write("bin/curl", $"#!/bin/sh\nwhile [ $# -gt 0 ]; do if [ \"$1\" = --output ]; then out=\"$2\"; fi; shift; done\n"
            + $"printf '#!/bin/sh\\necho \"dotnet-install $*\" >> {log}\\nmkdir -p \"$HOME/.dotnet\"\\nprintf \"%%s\" \"$FAKE_DOTNET\" > \"$HOME/.dotnet/dotnet\"\\nchmod +x \"$HOME/.dotnet/dotnet\"\\n' > \"$out\"\n");
        foreach (var tool in new[] { "dotnet", "curl" })
            File.SetUnixFileMode(temp.Combine("bin", tool), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);

        var withSdk = await RunScriptAsync(temp, sdk: "10.0.100", fakeDotnet);
        Assert.True(withSdk.ExitCode == 0, withSdk.Output);
        Assert.Equal(
            ["dotnet --version", "dotnet run --project src/ExplainerSite -c Release -- build --site-url https://preview.example"],
            File.ReadAllLines(log));

        File.Delete(log);
        var withoutSdk = await RunScriptAsync(temp, sdk: "8.0.400", fakeDotnet);
        Assert.True(withoutSdk.ExitCode == 0, withoutSdk.Output);
        var lines = File.ReadAllLines(log);
        Assert.Equal("dotnet-install --channel 10.0 --install-dir " + temp.Combine("home", ".dotnet"), lines[0]);
        Assert.Equal("dotnet run --project src/ExplainerSite -c Release -- build --site-url https://preview.example", lines[^1]);
    }

    private static async Task<(int ExitCode, string Output)> RunScriptAsync(TempFolder temp, string sdk, string fakeDotnet)
    {
        var start = new ProcessStartInfo("bash", [Path.Combine(RepoPaths.Root, "tools", "netlify", "build.sh")])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = temp.Path,
        };
        start.Environment["PATH"] = temp.Combine("bin") + ":/usr/bin:/bin";
        start.Environment["HOME"] = temp.Combine("home");
        start.Environment["FAKE_SDK"] = sdk;
        start.Environment["FAKE_DOTNET"] = fakeDotnet.Replace("$FAKE_SDK", "10.0.100", StringComparison.Ordinal);
        start.Environment["URL"] = "https://preview.example";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout + await stderr);
    }

    /// <summary>Request paths of every output file: <c>/about/</c> for about/index.html, <c>/feed.xml</c> …</summary>
    public static List<string> RequestPaths(string output) =>
        [.. Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories)
            .Select(f => "/" + Path.GetRelativePath(output, f).Replace('\\', '/'))
            .Select(p => p.EndsWith("/index.html", StringComparison.Ordinal) ? p[..^"index.html".Length] : p)
            .Order(StringComparer.Ordinal)];

    private static bool IsPage(string path) => path.EndsWith('/') || path.EndsWith(".html", StringComparison.Ordinal);
}
