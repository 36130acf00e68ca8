using System.Diagnostics;
using Pipework.IO;
using ExplainerSite.Tests.TestSupport;

namespace ExplainerSite.Tests.Editor;

/// <summary>
/// A wrong <c>--output</c> never deletes anything that is not the site's (issue 13): each case goes through the
/// real command line and asserts the exit code, the message as printed, and that every file under the site's
/// folder (sources, the previous output, the user's own files) is byte for byte as it was.
/// </summary>
public sealed class OutputSafetyTests : IDisposable
{
    private readonly EditorSite _site = new();

    public void Dispose() => _site.Dispose();

    /// <summary>Every file under the site's folder with its bytes (the output, the sources, anything else).</summary>
    private Dictionary<string, string> Everything() =>
        Directory.EnumerateFiles(_site.Root, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(_site.Root, f).Replace('\\', '/'), f => Convert.ToBase64String(File.ReadAllBytes(f)));

    private static void Refused(CliRun run, string expectedLine)
    {
        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains(expectedLine + "\n", run.Stderr);
        CliAssert.NoStackTrace(run);
    }

    [Theory]
    [InlineData("", "error ES0070: the output folder name is empty")]
    [InlineData("  ", "error ES0070: the output folder name is empty")]
    [InlineData("input", "error ES0071: the output folder 'input' is the input folder 'input'; a build replaces its output whole, which would delete or republish your input")]
    [InlineData("theme", "error ES0071: the output folder 'theme' is the theme folder 'theme'; a build replaces its output whole, which would delete or republish your theme")]
    [InlineData(".", "error ES0071: the output folder '.' contains the input folder 'input'; a build replaces its output whole, which would delete or republish your input")]
    [InlineData("input/assets/site", "error ES0071: the output folder 'input/assets/site' lies inside the input folder 'input'; a build replaces its output whole, which would delete or republish your input")]
    [InlineData("theme/../input/./x", "error ES0071: the output folder 'input/x' lies inside the input folder 'input'; a build replaces its output whole, which would delete or republish your input")]
    [InlineData("/", "error ES0075: the output folder '/' is the root of a file system")]
    [InlineData("input/about.md", "error ES0074: the output path 'input/about.md' is a file, not a folder")]
    public async Task An_output_that_is_not_the_sites_to_replace_is_refused_with_exit_2_and_nothing_changes(string output, string expected)
    {
        Assert.Equal(0, (await _site.BuildAsync()).ExitCode);
        var before = Everything();

        var run = await _site.BuildAsync("--output", output);

        Refused(run, expected);
        Assert.Equal(before, Everything());
    }

    [Fact]
    public async Task The_parent_of_the_project_is_refused()
    {
        var run = await _site.BuildAsync("--output", "..");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("error ES0071: the output folder '", run.Stderr);
        Assert.Contains("' contains the input folder 'input'", run.Stderr);
    }

    [Fact]
    public async Task A_link_to_the_input_folder_is_refused_like_the_folder_itself()
    {
        File.CreateSymbolicLink(_site.PathOf("public"), _site.PathOf("input"));
        var before = Everything();

        var run = await _site.BuildAsync("--output", "public");

        Refused(run, "error ES0071: the output folder 'input' is the input folder 'input'; a build replaces its output whole, which would delete or republish your input");
        Assert.Equal(before, Everything());
    }

    [Fact]
    public async Task A_git_clone_is_refused_even_with_replace_output()
    {
        _site.Write("clone/.git/HEAD", "ref: refs/heads/main\n");
        _site.Write("clone/src/Program.cs", "// the user's code\n");
        var before = Everything();

        foreach (var args in new[] { new[] { "--output", "clone" }, ["--output", "clone", "--replace-output"] })
        {
            var run = await _site.BuildAsync(args);
            Refused(run, "error ES0072: the output folder 'clone' holds a Git repository ('.git'); a build replaces its output whole, which would delete it");
        }
        Assert.Equal(before, Everything());
    }

    [Fact]
    public async Task A_folder_of_the_users_own_files_is_refused_and_replace_output_overrides_it()
    {
        _site.Write("mine/notes.txt", "my notes\n");
        _site.Write("mine/photos/a.jpg", "jpeg\n");
        var before = Everything();

        var refused = await _site.BuildAsync("--output", "mine");

        Refused(refused, "error ES0073: the output folder 'mine' holds 2 file(s) this generator did not write, e.g. 'notes.txt'; a build replaces its output whole, which would delete them");
        Assert.Contains("pass --replace-output", refused.Stderr);
        Assert.Contains("Nothing was built, and nothing in 'mine' was changed.", refused.Stderr);
        Assert.Equal(before, Everything());

        var replaced = await _site.BuildAsync("--output", "mine", "--replace-output");
        Assert.True(replaced.ExitCode == 0, replaced.ToString());
        Assert.False(File.Exists(_site.PathOf("mine/notes.txt")));
    }

    [Fact]
    public async Task A_file_added_to_a_built_output_is_kept_and_the_next_build_says_so()
    {
        Assert.Equal(0, (await _site.BuildAsync()).ExitCode);
        _site.Write("output/CNAME", "explainer.example\n");
        var before = Everything();

        var run = await _site.BuildAsync();

        Refused(run, "error ES0073: the output folder 'output' holds 1 file(s) this generator did not write, e.g. 'CNAME'; a build replaces its output whole, which would delete them");
        Assert.Equal(before, Everything());
    }

    [Fact]
    public async Task Builds_into_their_own_output_replace_it_and_list_every_file_in_the_manifest()
    {
        Assert.Equal(0, (await _site.BuildAsync()).ExitCode);
        _site.Write("input/extra.md", "---\ntitle: \"Extra\"\ndescription: \"An extra page.\"\n---\n\nText.\n");
        Assert.Equal(0, (await _site.BuildAsync()).ExitCode);

        var listed = OutputManifest.Read(_site.Output)!;
        var files = OutputManifest.Files(_site.Output).ToHashSet();
        Assert.Equal(files.Order(StringComparer.Ordinal), listed.Order(StringComparer.Ordinal));
        Assert.Contains("extra/index.html", listed);
        Assert.Empty(Directory.EnumerateDirectories(_site.Root, ".output.*"));
    }

    [Fact]
    public async Task A_build_killed_between_its_two_renames_is_recovered_by_the_next_build_even_a_failing_one()
    {
        Assert.Equal(0, (await _site.BuildAsync()).ExitCode);
        var before = _site.SnapshotOutput();
        Directory.Move(_site.Output, _site.PathOf(".output.old-99999-abc"));
        _site.Write(".output.staging-99999-def/index.html", "the new build, never committed");
        _site.Replace("input/site.yml", "title:", "titel:");

        var run = await _site.BuildAsync();

        CliAssert.FailsWith(run, "", before, _site);
    }

    [Fact]
    public async Task A_second_build_waits_for_the_first_to_release_the_output()
    {
        Assert.Equal(0, (await _site.BuildAsync()).ExitCode);
        var held = OutputLock.Acquire(RealPath.Of(_site.Output), TimeSpan.Zero)!;
        var clock = Stopwatch.StartNew();
        var release = Task.Run(async () => { await Task.Delay(1500); held.Dispose(); });

        var run = await _site.BuildAsync();

        await release;
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("Another build is writing into 'output'; waiting for it to finish…", run.Stderr);
        Assert.True(clock.Elapsed >= TimeSpan.FromSeconds(1.4));
    }

    [RootMountFact]
    public async Task A_mount_point_is_built_inside_and_a_full_disk_is_one_error_naming_the_path()
    {
        using var mount = TmpfsMount.Create(_site.PathOf("mounted"), "4m");
        var first = await _site.BuildAsync("--output", "mounted");
        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.True(File.Exists(_site.PathOf("mounted/index.html")));
        Assert.True((await _site.BuildAsync("--output", "mounted")).ExitCode == 0);
        Assert.Empty(Directory.EnumerateDirectories(_site.PathOf("mounted"), ".explainersite-*"));

        // A page far bigger than the mount: the disk fills while the build writes.
        var before = Everything();
        _site.Write("input/huge.md", "---\ntitle: \"Huge\"\ndescription: \"A big page.\"\n---\n\n" + string.Concat(Enumerable.Repeat("Words and words. ", 400_000)) + "\n");
        var full = await _site.BuildAsync("--output", "mounted");

        Assert.True(full.ExitCode == 1, full.ToString());
        Assert.Matches(@"error ES0077: cannot write 'mounted/[^']+': No space left on device", full.Stderr);
        Assert.Single(full.Stderr.Split('\n'), l => l.Contains("ES0077", StringComparison.Ordinal));
        CliAssert.NoStackTrace(full);
        before.Remove("input/huge.md");
        var after = Everything();
        after.Remove("input/huge.md");
        Assert.Equal(before, after);
    }

    [RootMountFact]
    public async Task A_read_only_output_is_an_error_naming_the_path_and_the_output_is_kept()
    {
        using var mount = TmpfsMount.Create(_site.PathOf("ro"), "4m");
        Assert.Equal(0, (await _site.BuildAsync("--output", "ro/site")).ExitCode);
        mount.RemountReadOnly();
        var before = Everything();

        var run = await _site.BuildAsync("--output", "ro/site");

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Matches(@"error ES007[78]: cannot (write|replace the output folder) '[^']*ro/site[^']*': ", run.Stderr);
        CliAssert.NoStackTrace(run);
        Assert.Equal(before, Everything());
    }
}

/// <summary>A test that mounts a tmpfs (a small disk, a mount point); needs root. CI runs as root.</summary>
public sealed class RootMountFactAttribute : FactAttribute
{
    public RootMountFactAttribute()
    {
        if (!OperatingSystem.IsLinux() || Environment.UserName != "root")
            Skip = "Mounting a tmpfs needs Linux and root; CI runs as root.";
    }
}

/// <summary>A tmpfs mounted for one test, unmounted on dispose.</summary>
public sealed class TmpfsMount : IDisposable
{
    private readonly string _path;

    private TmpfsMount(string path) => _path = path;

    public static TmpfsMount Create(string path, string size)
    {
        Directory.CreateDirectory(path);
        Run("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", path);
        return new TmpfsMount(path);
    }

    public void RemountReadOnly() => Run("mount", "-o", "remount,ro", _path);

    public void Dispose() => Run("umount", "-l", _path);

    private static void Run(string file, params string[] args)
    {
        using var process = Process.Start(new ProcessStartInfo(file, args) { RedirectStandardError = true })!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{file} {string.Join(' ', args)}: {error}");
    }
}
