using ExplainerSite.Hosting;
using ExplainerSite.Publishing;
using ExplainerSite.Tests.Editor;
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
    public async Task Deploy_previews_and_branch_deploys_build_with_drafts_and_production_without()
    {
        Assert.Equal("bash tools/netlify/build.sh", (await NetlifyConfig.ResolveAsync()).Build.Command);
        Assert.Equal("bash tools/netlify/build.sh --drafts", (await NetlifyConfig.ResolveAsync(context: "deploy-preview", branch: "pr-7")).Build.Command);
        Assert.Equal("bash tools/netlify/build.sh --drafts", (await NetlifyConfig.ResolveAsync(context: "branch-deploy", branch: "next")).Build.Command);
    }

    [RequiresNodeFact]
    public async Task Generated_headers_give_every_page_of_a_new_section_its_policy_with_no_edit_to_netlify_toml()
    {
        // The real site plus a section added tomorrow (input/faq/index.md), built beside a copy of netlify.toml.
        using var temp = new TempFolder();
        RepoPaths.CopyTree(RepoPaths.Input, temp.Combine("input"));
        RepoPaths.CopyTree(RepoPaths.Theme, temp.Combine("theme"));
        temp.Write("input/faq/index.md", "---\ntitle: \"Questions\"\ndescription: \"Short answers.\"\nlayout: page\n---\n\n## A question\n\nAn answer.\n");
        File.Copy(Path.Combine(RepoPaths.Root, "netlify.toml"), temp.Combine("netlify.toml"));
        var search = await PagefindTool.PrepareAsync(TextWriter.Null, searchFrom: [RepoPaths.Root]);
        var result = await SiteBuilder.BuildAsync(temp.Combine("input"), temp.Combine("theme"), temp.Combine("output"), new BuildOptions { Search = search });
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));

        var config = await NetlifyConfig.ResolveAsync(temp.Path);
        var paths = RequestPaths(temp.Combine("output"));
        Assert.Contains("/faq/", paths);
        Assert.Contains("/pagefind/pagefind-ui.js", paths);

        foreach (var path in paths.Append("/no-such-page/").Append("/faq"))
        {
            var headers = config.HeadersFor(path);
            foreach (var name in EveryResponse)
                Assert.True(headers.ContainsKey(name), $"{path} has no {name}");
            // Netlify applies every matching rule: one header from two rules would be sent twice or merged.
            foreach (var (name, setBy) in headers)
                Assert.True(setBy.Count == 1, $"{path} gets {name} from {setBy.Count} rules: {string.Join(", ", setBy.Select(s => s.For))}");
            Assert.Equal("nosniff", headers["X-Content-Type-Options"][0].Value);
        }

        foreach (var page in paths.Where(IsPage).Append("/faq").Append("/faq/index.html"))
        {
            var headers = config.HeadersFor(page);
            Assert.True(headers.ContainsKey("Content-Security-Policy"), $"{page} has no Content-Security-Policy");
            var csp = headers["Content-Security-Policy"][0].Value;
            Assert.Contains("default-src 'self'", csp);
            Assert.Contains("frame-ancestors 'none'", csp);
            Assert.DoesNotContain("unsafe-inline", csp);
            Assert.DoesNotContain("'unsafe-eval'", csp);
            // WebAssembly for Pagefind, on the search page only.
            Assert.Equal(page.StartsWith("/search/", StringComparison.Ordinal), csp.Contains("'wasm-unsafe-eval'", StringComparison.Ordinal));
            Assert.Equal(SecurityPolicy.PageCacheControl, headers["Cache-Control"][0].Value);
        }

        foreach (var asset in paths.Where(p => p.StartsWith("/assets/", StringComparison.Ordinal)))
        {
            Assert.Matches(@"\.[0-9a-f]{10}(\.[a-z0-9]+)?$", asset);
            var headers = config.HeadersFor(asset);
            Assert.Equal(SecurityPolicy.AssetCacheControl, headers["Cache-Control"][0].Value);
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

    [Fact]
    public void Netlify_toml_has_no_per_section_header_rules_left()
    {
        var toml = File.ReadAllText(Path.Combine(RepoPaths.Root, "netlify.toml"));
        Assert.DoesNotContain("[[headers]]", toml);
        Assert.DoesNotContain("Content-Security-Policy =", toml);
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
    public async Task Build_script_installs_the_sdk_of_global_json_only_when_none_fits_into_the_cache_then_builds_strictly()
    {
        if (OperatingSystem.IsWindows()) return;   // Netlify builds on Linux; the script is bash.
        using var temp = new TempFolder();
        var log = temp.Combine("log.txt");
        // Stand-ins: a dotnet whose --version fails unless FAKE_SDK_FITS=1 (no SDK satisfies global.json) and logs
        // its other arguments, and a curl that "downloads" a dotnet-install which logs its arguments and puts a
        // fitting dotnet into the install folder.
        var fakeDotnet = "#!/bin/sh\nif [ \"$1\" = --version ]; then [ \"$FAKE_SDK_FITS\" = 1 ] && echo 10.0.401 && exit 0; exit 1; fi\n"
            + $"echo \"dotnet $* NUGET_PACKAGES=$NUGET_PACKAGES npm_config_cache=$npm_config_cache\" >> {log}\n";
        temp.Write("bin/dotnet", fakeDotnet);
        temp.Write("bin/curl", "#!/bin/sh\nwhile [ $# -gt 0 ]; do if [ \"$1\" = --output ]; then out=\"$2\"; fi; shift; done\n"
            + "printf '#!/bin/sh\\necho \"dotnet-install $*\" >> " + log + "\\nwhile [ $# -gt 0 ]; do [ \"$1\" = --install-dir ] && dir=\"$2\"; shift; done\\n"
            + "mkdir -p \"$dir\"\\nprintf \"%%s\" \"$FAKE_DOTNET\" > \"$dir/dotnet\"\\nchmod +x \"$dir/dotnet\"\\n' > \"$out\"\n");
        foreach (var tool in new[] { "dotnet", "curl" })
            File.SetUnixFileMode(temp.Combine("bin", tool), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var environment = new Dictionary<string, string?>
        {
            ["PATH"] = temp.Combine("bin") + ":/usr/bin:/bin",
            ["HOME"] = temp.Combine("home"),
            ["FAKE_DOTNET"] = fakeDotnet.Replace("[ \"$FAKE_SDK_FITS\" = 1 ] && ", "", StringComparison.Ordinal),
            ["URL"] = "https://preview.example",
            ["NETLIFY_CACHE_DIR"] = null,
            ["CONTEXT"] = null,
        };
        const string Build = "dotnet run --project src/ExplainerSite -c Release -- build --strict --site-url https://preview.example";

        var withSdk = await RunScriptAsync(temp.Path, new(environment) { ["FAKE_SDK_FITS"] = "1" });
        Assert.True(withSdk.ExitCode == 0, withSdk.ToString());
        Assert.Equal([Build + " NUGET_PACKAGES= npm_config_cache="], File.ReadAllLines(log));

        File.Delete(log);
        var cache = temp.Combine("netlify-cache");
        var withoutSdk = await RunScriptAsync(temp.Path, new(environment) { ["FAKE_SDK_FITS"] = "0", ["NETLIFY_CACHE_DIR"] = cache });
        Assert.True(withoutSdk.ExitCode == 0, withoutSdk.ToString());
        var lines = File.ReadAllLines(log);
        Assert.Equal("dotnet-install --jsonfile global.json --install-dir " + Path.Combine(cache, "dotnet"), lines[0]);
        Assert.Equal($"{Build} NUGET_PACKAGES={cache}/nuget/packages npm_config_cache={cache}/npm", lines[^1]);

        // The next deploy finds the SDK in the cache and downloads nothing.
        File.Delete(log);
        var cached = await RunScriptAsync(temp.Path, new(environment) { ["FAKE_SDK_FITS"] = "0", ["NETLIFY_CACHE_DIR"] = cache });
        Assert.True(cached.ExitCode == 0, cached.ToString());
        Assert.Equal([$"{Build} NUGET_PACKAGES={cache}/nuget/packages npm_config_cache={cache}/npm"], File.ReadAllLines(log));

        var draftsInProduction = await RunScriptAsync(temp.Path, new(environment) { ["FAKE_SDK_FITS"] = "1", ["CONTEXT"] = "production" }, "--drafts");
        Assert.Equal(2, draftsInProduction.ExitCode);
        Assert.Contains("--drafts is not allowed in production", draftsInProduction.Stderr);
    }

    /// <summary>
    /// build.sh with a dotnet whose <c>run</c> starts the real app (the arguments after <c>--</c>, exactly as the
    /// script passes them) in <paramref name="site"/>, so the script's own flags decide what a deploy publishes.
    /// </summary>
    private static async Task<CliRun> RunScriptOnSiteAsync(TempFolder temp, string site, string? context, params string[] args)
    {
        var shim = "#!/bin/sh\nif [ \"$1\" = --version ]; then echo 10.0.401; exit 0; fi\n"
            + "while [ \"$1\" != -- ]; do shift; done\nshift\n"
            + $"cd '{site}' && exec '{CliProcess.DotnetHost}' '{CliProcess.AppPath}' \"$@\"\n";
        temp.Write("shim/dotnet", shim);
        if (OperatingSystem.IsWindows()) throw new PlatformNotSupportedException("build.sh is bash");
        File.SetUnixFileMode(temp.Combine("shim", "dotnet"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var path = temp.Combine("shim") + ":" + Environment.GetEnvironmentVariable("PATH");
        return await RunScriptAsync(temp.Path, new()
        {
            ["PATH"] = path, ["URL"] = "https://explainer.example", ["CONTEXT"] = context, ["NETLIFY_CACHE_DIR"] = null,
        }, args);
    }

    [RequiresNodeFact]
    public async Task Netlify_build_with_an_http_link_warning_fails_and_publishes_nothing()
    {
        if (OperatingSystem.IsWindows()) return;
        using var temp = new TempFolder();
        using var site = new EditorSite();
        site.Replace("input/about.md", "A fixture.", "A fixture. See [the old site](http://example.org/).");

        var run = await RunScriptOnSiteAsync(temp, site.Root, "production");

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("ES0043", run.Stderr);
        Assert.Contains("With --strict, warnings count as errors.", run.Stderr);
        Assert.False(Directory.Exists(site.Output), "a failed strict build must write no output");
    }

    [RequiresNodeFact]
    public async Task Deploy_preview_shows_a_draft_with_its_banner_and_canonical_links_to_production_and_production_does_not()
    {
        if (OperatingSystem.IsWindows()) return;
        using var temp = new TempFolder();
        var site = temp.Combine("site");
        RepoPaths.CopyTree(RepoPaths.Input, Path.Combine(site, "input"));
        RepoPaths.CopyTree(RepoPaths.Theme, Path.Combine(site, "theme"));
        File.WriteAllText(Path.Combine(site, "input", "explainers", "work-in-progress.md"),
            "---\ntitle: \"Work in progress\"\ndescription: \"Not yet published.\"\npublished: 2026-11-30\norder: 99\ndraft: true\n---\n\n## A section\n\nText.\n");
        var draftPage = Path.Combine(site, "output", "explainers", "work-in-progress", "index.html");

        var preview = await RunScriptOnSiteAsync(temp, site, "deploy-preview", "--drafts");
        Assert.True(preview.ExitCode == 0, preview.ToString());
        var html = File.ReadAllText(draftPage);
        Assert.Contains("data-draft-banner", html);
        Assert.Contains("<link rel=\"canonical\" href=\"https://explainer.example/explainers/work-in-progress/\">", html);

        var production = await RunScriptOnSiteAsync(temp, site, "production");
        Assert.True(production.ExitCode == 0, production.ToString());
        Assert.False(File.Exists(draftPage), "production must not publish the draft");
        Assert.DoesNotContain("data-draft-banner", File.ReadAllText(Path.Combine(site, "output", "index.html")));
    }

    private static Task<CliRun> RunScriptAsync(string workingDirectory, Dictionary<string, string?> environment, params string[] args) =>
        CliProcess.RunProgramAsync("bash", [Path.Combine(RepoPaths.Root, "tools", "netlify", "build.sh"), .. args], workingDirectory, environment);

    /// <summary>Request paths of every output file: <c>/about/</c> for about/index.html, <c>/feed.xml</c> …</summary>
    public static List<string> RequestPaths(string output) =>
        [.. Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories)
            .Select(f => "/" + Path.GetRelativePath(output, f).Replace('\\', '/'))
            .Select(p => p.EndsWith("/index.html", StringComparison.Ordinal) ? p[..^"index.html".Length] : p)
            .Order(StringComparer.Ordinal)];

    private static bool IsPage(string path) => path.EndsWith('/') || path.EndsWith(".html", StringComparison.Ordinal);
}
