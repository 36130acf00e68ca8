using ExplainerSite.Model;
using Pipework.Diagnostics;
using Pipework.Yaml;

namespace ExplainerSite.Terms;

/// <summary>
/// The rules of term collections: <c>terms:</c> names fields of the right types and the collection has a list
/// address, and every wording can be found in text and links to one term only. Each problem at its line and column.
/// </summary>
public static class CheckTerms
{
    public static List<Diagnostic> Validate(SiteData data)
    {
        var errors = new List<Diagnostic>();
        var taken = new Dictionary<string, (DataRecord Record, int Line)>(StringComparer.OrdinalIgnoreCase);
        foreach (var collection in data.Declarations.Where(d => d.Terms is not null))
        {
            var terms = collection.Terms!;
            var before = errors.Count;
            Field(collection, terms, "term", terms.Term, "text", t => t.Kind == FieldKind.Text, errors);
            Field(collection, terms, "definition", terms.Definition, "text or markdown",
                t => t.Kind is FieldKind.Text or FieldKind.Markdown, errors);
            if (terms.Matches is { } matches)
                Field(collection, terms, "matches", matches, "a list of text",
                    t => t.Kind == FieldKind.List && (t.Item is null || t.Item.Kind == FieldKind.Text), errors);
            if (collection.List.Url is null)
                errors.Add(TermErrors.NoListUrl.At(DeclarationReader.FileName, terms.Line, terms.Column,
                    collection.Name));
            if (errors.Count > before) continue;
            foreach (var record in data.RecordsOf(collection.Name))
            {
                if (record.Values.NodeOf(terms.Term) is YamlScalar term)
                    Claim(record, term, collection, own: false, taken, errors);
                if (terms.Matches is not null && record.Values.NodeOf(terms.Matches) is YamlSequence list)
                    foreach (var item in list.Items.OfType<YamlScalar>().Where(s => !s.IsNull))
                        Claim(record, item, collection, own: true, taken, errors);
            }
        }
        return errors;
    }

    /// <summary>
    /// One wording of a record. A declared match that cannot be found in text is an error; the term itself, which is
    /// also a heading ("BIS (Bureau of Industry and Security)"), is simply not matched then.
    /// </summary>
    private static void Claim(DataRecord record, YamlScalar node, CollectionDeclaration collection, bool own,
        Dictionary<string, (DataRecord Record, int Line)> taken, List<Diagnostic> errors)
    {
        var problem = Wording.Problem(node.Value);
        if (problem is not null || Wording.Normalize(node.Value).Length == 0)
        {
            if (own) errors.Add(TermErrors.UnmatchableWording.At(record.File, node.Line, node.Column,
                Shorten(node.Value), problem ?? "a wording needs a letter or digit"));
            return;
        }
        var text = Wording.Normalize(node.Value);
        if (!taken.TryGetValue(text, out var first))
            taken[text] = (record, node.Line);
        else if (first.Record != record)
            errors.Add(TermErrors.DuplicateWording.At(record.File, node.Line, node.Column, text,
                collection.Type.Record ?? collection.Name, first.Record.Id, first.Line));
    }

    private static void Field(CollectionDeclaration collection, TermSettings terms, string role, string name,
        string expected, Func<FieldType, bool> fits, List<Diagnostic> errors)
    {
        var field = collection.Type.FieldNamed(name);
        if (field is null)
        {
            var names = collection.Type.Fields.Select(f => f.Name).ToList();
            var best = YamlBinder.Suggest(name, names);
            errors.Add(DeclarationErrors.UndeclaredField.At(DeclarationReader.FileName, terms.Line, terms.Column, name,
                collection.Type.Record ?? collection.Name, best is null ? "" : $"; did you mean '{best}'?",
                string.Join(", ", names)));
        }
        else if (!fits(field.Type))
            errors.Add(TermErrors.WrongFieldType.At(DeclarationReader.FileName, terms.Line, terms.Column, role, expected,
                name, field.Type.Kind.ToString().ToLowerInvariant()));
    }

    private static string Shorten(string text) =>
        (text.Length > 40 ? text[..40] + "…" : text).ReplaceLineEndings(" ");
}
