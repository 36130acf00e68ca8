using System.Collections.Immutable;

namespace Pipework.Documents;

/// <summary>
/// The unit of work: an immutable bag of source, destination, metadata and content. Modules never change a
/// document; they return new ones (<c>doc with { … }</c> or <see cref="With"/>).
/// </summary>
public sealed record Document
{
    /// <summary>Path relative to the input (or theme) root with '/' separators, or a generated name.</summary>
    public required string Source { get; init; }

    /// <summary>Absolute path of the file the document was read from; null for generated documents.</summary>
    public string? SourceFile { get; init; }

    /// <summary>Output path relative to the output root with '/' separators; empty when not written.</summary>
    public string Destination { get; init; } = "";

    /// <summary>Values by key (<see cref="Keys"/> and each site's own), sorted by key.</summary>
    public ImmutableSortedDictionary<string, object?> Metadata { get; init; } =
        ImmutableSortedDictionary<string, object?>.Empty.WithComparers(StringComparer.Ordinal);

    /// <summary>Text content. Binary documents (see <see cref="IsBinary"/>) keep their bytes in <see cref="SourceFile"/> or <see cref="Bytes"/>.</summary>
    public string Content { get; init; } = "";

    /// <summary>True when the document is written byte for byte from <see cref="Bytes"/> or <see cref="SourceFile"/> instead of from <see cref="Content"/>.</summary>
    public bool IsBinary { get; init; }

    /// <summary>Bytes a module made (an image rendered at build time); default when the bytes are <see cref="SourceFile"/>'s.</summary>
    public ImmutableArray<byte> Bytes { get; init; }

    /// <summary>A generated binary document: written as <paramref name="bytes"/>, never read as text.</summary>
    public static Document Binary(string source, string destination, ImmutableArray<byte> bytes) =>
        new() { Source = source, Destination = destination, Bytes = bytes, IsBinary = true };

    /// <summary>A copy with <paramref name="key"/> set.</summary>
    public Document With(string key, object? value) => this with { Metadata = Metadata.SetItem(key, value) };

    /// <summary>A copy with every key of <paramref name="values"/> set.</summary>
    public Document WithMany(IEnumerable<KeyValuePair<string, object?>> values) =>
        this with { Metadata = Metadata.SetItems(values) };

    /// <summary>True when <paramref name="key"/> is set.</summary>
    public bool Has(string key) => Metadata.ContainsKey(key);

    /// <summary>The value of <paramref name="key"/> if it is a <typeparamref name="T"/>, else default.</summary>
    public T? Get<T>(string key) => Metadata.TryGetValue(key, out var value) && value is T typed ? typed : default;

    /// <summary>
    /// The value of <paramref name="key"/>; throws when it is missing or not a <typeparamref name="T"/>.
    /// </summary>
    public T GetRequired<T>(string key) => Metadata.TryGetValue(key, out var value) && value is T typed
        ? typed
        : throw new InvalidOperationException($"Document '{Source}' has no metadata '{key}' of type {typeof(T).Name}.");

    /// <summary>The site-relative URL of the destination: "explainers/foo/index.html" becomes "/explainers/foo/".</summary>
    public string Url => UrlOf(Destination);

    /// <summary>
    /// The site path of a destination: <c>a/index.html</c> → <c>/a/</c>, <c>feed.xml</c> → <c>/feed.xml</c>.
    /// </summary>
    public static string UrlOf(string destination)
    {
        if (destination.Length == 0) return "";
        if (destination == "index.html") return "/";
        return destination.EndsWith("/index.html", StringComparison.Ordinal)
            ? "/" + destination[..^"index.html".Length]
            : "/" + destination;
    }
}
