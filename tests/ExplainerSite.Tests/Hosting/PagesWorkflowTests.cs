using ExplainerSite.Tests.TestSupport;
using YamlDotNet.RepresentationModel;

namespace ExplainerSite.Tests.Hosting;

/// <summary>.github/workflows/pages.yml builds with the SDK under the Pages base path, uploads output/ and deploys it.</summary>
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
        var build = Steps(jobs, "build");
        var uses = build.Select(s => s.Children.TryGetValue("uses", out var u) ? u.ToString().Split('@')[0] : null).OfType<string>().ToList();
        Assert.Equal(["actions/checkout", "actions/setup-dotnet", "actions/setup-node", "actions/configure-pages", "actions/upload-pages-artifact"], uses);
        Assert.Equal("10.0.x", ((YamlMappingNode)build.Single(s => Uses(s, "actions/setup-dotnet"))["with"])["dotnet-version"].ToString());
        var run = build.Single(s => s.Children.ContainsKey("run"))["run"].ToString();
        Assert.Contains("dotnet run --project src/ExplainerSite -c Release --", run);
        Assert.Contains("--base-path \"${{ steps.pages.outputs.base_path }}/\"", run);
        Assert.Contains("--site-url \"${{ steps.pages.outputs.origin }}\"", run);
        Assert.Equal("output", ((YamlMappingNode)build.Single(s => Uses(s, "actions/upload-pages-artifact"))["with"])["path"].ToString());

        var deploy = (YamlMappingNode)jobs["deploy"];
        Assert.Equal("build", deploy["needs"].ToString());
        Assert.Equal("github-pages", ((YamlMappingNode)deploy["environment"])["name"].ToString());
        Assert.Contains(Steps(jobs, "deploy"), s => Uses(s, "actions/deploy-pages"));
    }

    private static List<YamlMappingNode> Steps(YamlMappingNode jobs, string job) =>
        [.. ((YamlSequenceNode)((YamlMappingNode)jobs[job])["steps"]).Children.Cast<YamlMappingNode>()];

    private static bool Uses(YamlMappingNode step, string action) =>
        step.Children.TryGetValue("uses", out var uses) && uses.ToString().StartsWith(action + "@", StringComparison.Ordinal);
}
