using Xunit.Sdk;

namespace ExplainerSite.Tests.Snapshots;

/// <summary>A snapshot did not match; the message lists the files, the diffs and how to accept.</summary>
public sealed class SnapshotException(string message) : XunitException(message);
