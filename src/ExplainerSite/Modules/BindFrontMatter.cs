using Pipework.Diagnostics;
using Pipework.Documents;
using Pipework.Metadata;
using Pipework.Pipelines;
using Pipework.Yaml;
using ExplainerSite.Model;
using ExplainerSite.Rendering;
using ExplainerSite.Validation;

namespace ExplainerSite.Modules;

/// <summary>
/// Binds a Markdown document's front matter against its declared type (<see cref="FrontMatterTypes"/>) and
/// stores the typed result under <see cref="SiteKeys.Front"/>. Every problem is at its line and column.
/// </summary>
public sealed class BindFrontMatter(CollectionRole role) : DocumentModule
{
    private readonly string _record = role == CollectionRole.Articles ? "explainer front matter" : "page front matter";

    protected override Document? Execute(Document document, IExecutionContext context)
    {
        var type = context.Shared("front-matter-type-" + role, () => FrontMatterTypes.For(role, context.SiteData(),
            _record));
        var (text, line) = document.Has(ExtractFrontMatter.FrontMatterText)
            ? (document.GetRequired<string>(ExtractFrontMatter.FrontMatterText), document.Get<int>(Keys.FrontMatterLine))
            : ("", 1);
        if (!document.Has(ExtractFrontMatter.FrontMatterText) && string.IsNullOrWhiteSpace(document.Content))
            throw EngineErrors.EmptyFile.Exception(document.Source, 1, 1);
        // Padding with newlines makes the parser's line numbers the file's own.
        var node = YamlNodeReader.Read(new string('\n', Math.Max(0, line - 1)) + text, document.Source)
            ?? new YamlMapping([], line, 1);
        var errors = new List<Diagnostic>();
        var values = new RecordBinder(document.Source, errors).Bind(node, type, _record) as DataObject;
        if (errors.Count > 0) throw new ContentException(errors);
        if (values is null) throw EngineErrors.FrontMatterNotMapping.Exception(document.Source, line, 1);
        return document.With(SiteKeys.Front, role == CollectionRole.Articles ? FrontMatterTypes.Article(values)
            : FrontMatterTypes.Page(values));
    }
}
