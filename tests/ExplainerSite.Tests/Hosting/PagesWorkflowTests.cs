using ExplainerSite.Tests.TestSupport;
using YamlDotNet.RepresentationModel;

namespace ExplainerSite.Tests.Hosting;

/// <summary>
/// .github/workflows/pages.yml runs the pull-request checks (ci.yml) first, then builds strictly with the SDK of
/// global.json under the Pages base path, uploads output/ and deploys it.
/// </summary>
public sealed class PagesWorkflowTests
{
    [Fact]
    public void Pages_workflow_builds_under_the_pages_base_path_and_deploys_with_the_needed_permissions()
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader(File.ReadAllText(Path.Combine(RepoPaths.Root, ".github", "workflows", "pages.yml"))));
        var root = (YamlMappingNode)yaml.Documents[0].RootNode;

        var permissions = (YamlMappingNode)root["permissions"];
        Assert.Equal("write", permissions["pages"].ToString());
        Assert.Equal("write", permissions["id-token"].ToString());
        Assert.Equal("pages", ((YamlMappingNode)root["concurrency"])["group"].ToString());

        var jobs = (YamlMappingNode)root["jobs"];
        Assert.Equal("./.github/workflows/ci.yml", ((YamlMappingNode)jobs["checks"])["uses"].ToString());
        Assert.Equal("checks", ((YamlMappingNode)jobs["build"])["needs"].ToString());
        var build = Steps(jobs, "build");
        var uses = build.Select(s => s.Children.TryGetValue("uses", out var u) ? u.ToString().Split('@')[0] : null).OfType<string>().ToList();
        Assert.Equal(["actions/checkout", "actions/setup-dotnet", "actions/setup-node", "actions/configure-pages", "actions/upload-pages-artifact"], uses);
        Assert.Equal("global.json", ((YamlMappingNode)build.Single(s => Uses(s, "actions/setup-dotnet"))["with"])["global-json-file"].ToString());
        var run = build.Single(s => s.Children.ContainsKey("run"))["run"].ToString();
        Assert.Contains("dotnet run --project src/ExplainerSite -c Release --", run);
        Assert.Contains("build --strict", run);
        Assert.Contains("--base-path \"${{ steps.pages.outputs.base_path }}/\"", run);
        Assert.Contains("--site-url \"${{ steps.pages.outputs.origin }}\"", run);
        Assert.Equal("output", ((YamlMappingNode)build.Single(s => Uses(s, "actions/upload-pages-artifact"))["with"])["path"].ToString());

        var deploy = (YamlMappingNode)jobs["deploy"];
        Assert.Equal("build", deploy["needs"].ToString());
        Assert.Equal("github-pages", ((YamlMappingNode)deploy["environment"])["name"].ToString());
        Assert.Contains(Steps(jobs, "deploy"), s => Uses(s, "actions/deploy-pages"));
    }

    [Fact]
    public void Ci_workflow_runs_on_pull_requests_and_main_and_builds_checks_strictly_and_tests_with_caches()
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader(File.ReadAllText(Path.Combine(RepoPaths.Root, ".github", "workflows", "ci.yml"))));
        var root = (YamlMappingNode)yaml.Documents[0].RootNode;

        var on = (YamlMappingNode)root["on"];
        Assert.True(on.Children.ContainsKey("pull_request"));
        Assert.Equal("main", ((YamlSequenceNode)((YamlMappingNode)on["push"])["branches"]).Children.Single().ToString());
        Assert.True(on.Children.ContainsKey("workflow_call"), "pages.yml calls the checks before deploying");
        Assert.Equal("read", ((YamlMappingNode)root["permissions"])["contents"].ToString());

        var steps = Steps((YamlMappingNode)root["jobs"], "checks");
        Assert.Equal("global.json", ((YamlMappingNode)steps.Single(s => Uses(s, "actions/setup-dotnet"))["with"])["global-json-file"].ToString());
        var node = (YamlMappingNode)steps.Single(s => Uses(s, "actions/setup-node"))["with"];
        Assert.Equal("npm", node["cache"].ToString());
        var nuget = (YamlMappingNode)steps.Single(s => Uses(s, "actions/cache"))["with"];
        Assert.Equal("~/.nuget/packages", nuget["path"].ToString());
        Assert.Contains("Directory.Packages.props", nuget["key"].ToString());
        var runs = steps.Where(s => s.Children.ContainsKey("run")).Select(s => s["run"].ToString()).ToList();
        Assert.Equal(3, runs.Count);
        Assert.StartsWith("dotnet build ExplainerSite.sln", runs[0]);
        Assert.EndsWith("-- check --strict", runs[1]);
        Assert.StartsWith("dotnet test ExplainerSite.sln", runs[2]);
    }

    private static List<YamlMappingNode> Steps(YamlMappingNode jobs, string job) =>
        [.. ((YamlSequenceNode)((YamlMappingNode)jobs[job])["steps"]).Children.Cast<YamlMappingNode>()];

    private static bool Uses(YamlMappingNode step, string action) =>
        step.Children.TryGetValue("uses", out var uses) && uses.ToString().StartsWith(action + "@", StringComparison.Ordinal);
}
