namespace Pipework.Host.Cli;

/// <summary>
/// A kind of content that <c>new KIND "Title"</c> starts: the folder (below the input folder) its file goes into
/// and what the file holds. A site lists its kinds in <see cref="ISiteDefinition.ContentKinds"/>.
/// </summary>
public sealed record ContentKind(string Name, string Folder, string Description)
{
    /// <summary>The new file's text.</summary>
    public required Func<NewContent, string> Write { get; init; }

    /// <summary>Said after the file name when it is created, e.g. " (a draft)".</summary>
    public string CreatedNote { get; init; } = "";

    /// <summary>Lines printed after the file is created: how to preview and publish it.</summary>
    public IReadOnlyList<string> NextSteps { get; init; } = [];
}

/// <summary>What a new file is made from: its title, today's date (UTC, <c>yyyy-MM-dd</c>) and its folder (full path).</summary>
public sealed record NewContent(string Title, string Date, string Folder);
