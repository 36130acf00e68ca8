namespace ExplainerSite.Tests.Browser;

/// <summary>
/// What the browser tests need from the machine: Debian's chromium (never a browser Playwright downloads), Node.js
/// for the search index, Java for the Nu HTML Checker. Where one is missing the tests are skipped with the reason,
/// except on CI (CI=true), where they run and fail: .ci/run installs chromium.
/// </summary>
internal static class BrowserEnvironment
{
    public static string ChromiumPath =>
        Environment.GetEnvironmentVariable("CHROMIUM_EXECUTABLE") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    /// <summary>Chromium's flags for a root user in a container with no GPU and no network beyond loopback.</summary>
    public static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run",
    ];

    public static bool OnCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Why browser tests cannot run here, or null when they can (always null on CI).</summary>
    public static string? BrowserSkipReason()
    {
        if (OnCi) return null;
        if (!File.Exists(ChromiumPath))
            return $"Chromium is not at {ChromiumPath} (set CHROMIUM_EXECUTABLE, or 'apt-get install chromium'); .ci/run installs it.";
        if (global::Pipework.Host.Search.ProcessRunner.FindOnPath("node") is null)
            return "Node.js ('node') is not on PATH; the search index cannot be built for the browser tests.";
        return null;
    }

    /// <summary>Why the Nu HTML Checker cannot run here, or null when it can (always null on CI).</summary>
    public static string? JavaSkipReason()
    {
        if (OnCi) return null;
        if (global::Pipework.Host.Search.ProcessRunner.FindOnPath("java") is null) return "Java ('java') is not on PATH; the Nu HTML Checker needs Java 17+.";
        if (global::Pipework.Host.Search.ProcessRunner.FindOnPath("npm") is null && !VnuTool.IsInstalled())
            return "npm is not on PATH, so tools/vnu cannot be installed.";
        return null;
    }
}

/// <summary>A browser test: skipped, with the reason, where chromium or Node.js is missing (never on CI).</summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute() => Skip = BrowserEnvironment.BrowserSkipReason();
}

/// <summary>A browser theory: skipped, with the reason, where chromium or Node.js is missing (never on CI).</summary>
public sealed class BrowserTheoryAttribute : TheoryAttribute
{
    public BrowserTheoryAttribute() => Skip = BrowserEnvironment.BrowserSkipReason();
}

/// <summary>A test that runs the Nu HTML Checker: skipped, with the reason, where Java is missing (never on CI).</summary>
public sealed class RequiresJavaFactAttribute : FactAttribute
{
    public RequiresJavaFactAttribute() => Skip = BrowserEnvironment.JavaSkipReason();
}
