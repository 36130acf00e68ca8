using Pipework.Caching;
using Pipework.Documents;
using Pipework.Pipelines;
using Pipework.Yaml;

namespace Pipework.Metadata;

/// <summary>
/// Binds a document's YAML (its front matter when it has some, else its whole content) to a record of type
/// <typeparamref name="T"/> and stores it under <paramref name="key"/>. Unknown keys, missing required keys and
/// wrong types are errors positioned in the file.
/// </summary>
public sealed class BindYaml<T>(string key, Func<Document, bool>? when = null) : DocumentModule where T : class
{
    /// <inheritdoc/>
    protected override Document? Execute(Document document, IExecutionContext context)
    {
        if (when is not null && !when(document)) return document;
        var (text, line) = document.Has(ExtractFrontMatter.FrontMatterText)
            ? (document.GetRequired<string>(ExtractFrontMatter.FrontMatterText), document.Get<int>(Keys.FrontMatterLine))
            : (document.Content, 1);
        T Bind() => YamlBinder.Shared.Bind<T>(text, document.Source, line);
        // Bound records are immutable: a preview's rebuild reuses those of unchanged text at the same line.
        var cache = context.Find<RenderCache>();
        if (cache is null) return document.With(key, Bind());
        using var fingerprint = new FingerprintBuilder();
        var record = cache.GetOrCompute(this, document, fingerprint.Add(text).Add(line).Finish(), context, Bind);
        return document.With(key, record);
    }
}
