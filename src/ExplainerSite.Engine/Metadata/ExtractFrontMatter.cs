using System.Runtime.CompilerServices;
using Pipework.Caching;
using Pipework.Diagnostics;
using Pipework.Documents;
using Pipework.Pipelines;
using Pipework.Yaml;

namespace Pipework.Metadata;

/// <summary>
/// Splits a leading <c>---</c> … <c>---</c> YAML block off the content. The YAML text goes to
/// <see cref="Keys.FrontMatter"/> as plain values; the body stays as content, and <see cref="Keys.ContentLine"/>
/// and <see cref="Keys.FrontMatterLine"/> keep the file lines both start on, for positioned errors later.
/// </summary>
public sealed class ExtractFrontMatter : DocumentModule
{
    /// <summary>Metadata key of the front matter's YAML text.</summary>
    public const string FrontMatterText = nameof(FrontMatterText);

    /// <inheritdoc/>
    protected override Document? Execute(Document document, IExecutionContext context)
    {
        var split = Split(document.Content, document.Source);
        if (split is null)
            return document.WithMany([new(Keys.ContentLine, 1), new(Keys.FrontMatter, new OrderedDictionary<string, object?>())]);
        var (yaml, body, bodyLine) = split.Value;
        // A preview's rebuild reuses the values of front matter that did not change (they are never modified).
        object? Load() => YamlLoader.Load(new string('\n', 1) + yaml, document.Source);
        var values = context.Find<RenderCache>() is { } cache
            ? cache.GetOrCompute(this, document, Fingerprint.Of(yaml), context, () => new StrongBox<object?>(Load())).Value
            : Load();
        if (values is not null and not OrderedDictionary<string, object?>)
            throw EngineErrors.FrontMatterNotMapping.Exception(document.Source, 2, 1);
        return document.WithMany([
            new(Keys.FrontMatter, values ?? new OrderedDictionary<string, object?>()),
            new(FrontMatterText, yaml),
            new(Keys.FrontMatterLine, 2),
            new(Keys.ContentLine, bodyLine),
        ]) with { Content = body };
    }

    /// <summary>The front matter YAML, the body, and the 1-based line the body starts on; null when there is no front matter.</summary>
    public static (string Yaml, string Body, int BodyLine)? Split(string content, string file)
    {
        if (!content.StartsWith("---\n", StringComparison.Ordinal) && content != "---") return null;
        var lineStart = 4;
        var line = 2;
        while (lineStart <= content.Length)
        {
            var end = content.IndexOf('\n', lineStart);
            var text = end < 0 ? content[lineStart..] : content[lineStart..end];
            if (text.TrimEnd() is "---" or "...")
            {
                var yaml = content[4..lineStart];
                var body = end < 0 ? "" : content[(end + 1)..];
                return (yaml, body, line + 1);
            }
            if (end < 0) break;
            lineStart = end + 1;
            line++;
        }
        throw EngineErrors.FrontMatterNotClosed.Exception(file, 1, 1);
    }
}
