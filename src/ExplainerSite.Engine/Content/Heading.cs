namespace Pipework.Content;

/// <summary>A heading of a rendered body, for tables of contents and anchor checks.</summary>
public sealed record Heading(int Level, string Id, string Text);
