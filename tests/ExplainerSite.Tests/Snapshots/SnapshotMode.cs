namespace ExplainerSite.Tests.Snapshots;

/// <summary>
/// Whether a run may write verified files. <c>ACCEPT_SNAPSHOTS=1</c> accepts; on CI (<c>CI=true</c>) nothing is
/// ever accepted, so a CI run can only compare and can never make a failing snapshot pass.
/// </summary>
internal sealed record SnapshotMode(bool Accept, bool AcceptIgnoredOnCi)
{
    public static SnapshotMode Compare { get; } = new(false, false);
    public static SnapshotMode Accepting { get; } = new(true, false);

    public static SnapshotMode FromEnvironment() =>
        From(Environment.GetEnvironmentVariable("ACCEPT_SNAPSHOTS"), Environment.GetEnvironmentVariable("CI"));

    public static SnapshotMode From(string? acceptSnapshots, string? ci)
    {
        var wantsAccept = acceptSnapshots?.Trim() == "1";
        var onCi = ci?.Trim() is { } value && (value.Equals("true", StringComparison.OrdinalIgnoreCase) || value == "1");
        return new SnapshotMode(wantsAccept && !onCi, wantsAccept && onCi);
    }
}
