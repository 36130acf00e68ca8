using System.Collections.Immutable;

namespace Pipework.Host.Search;

/// <summary>How to start Pagefind: a program, the arguments before Pagefind's own, and the folder to run in.</summary>
public sealed record PagefindCommand(string FileName, ImmutableArray<string> Arguments, string WorkingDirectory);
