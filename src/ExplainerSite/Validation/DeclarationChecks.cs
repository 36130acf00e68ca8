using Pipework.Diagnostics;
using Pipework.Yaml;
using ExplainerSite.Model;

namespace ExplainerSite.Validation;

/// <summary>
/// Rules on the declarations themselves, once all are read: references point into declared collections,
/// pages, lists and keyed lists name declared fields, at most one bibliography, one collection per file.
/// </summary>
public static class DeclarationChecks
{
    private const string File = DeclarationReader.FileName;

    public static void Check(SiteData data, List<Diagnostic> errors)
    {
        var names = data.Declarations.Select(d => d.Name).ToList();
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        CollectionDeclaration? bibliography = null;
        foreach (var d in data.Declarations)
        {
            if ((d.File is not null || d.Folder is not null) && !files.TryAdd(d.File ?? d.Folder + "/", d.Name))
                errors.Add(DeclarationErrors.TwoCollectionsOneFile.At(File, d.Line, d.Column, d.File ?? d.Folder,
                    files[d.File ?? d.Folder + "/"]));
            if (d.Role == CollectionRole.Bibliography)
            {
                if (bibliography is not null) errors.Add(DeclarationErrors.OneBibliography.At(File, d.Line, d.Column,
                    bibliography.Name));
                bibliography ??= d;
            }
            Fields(d.Type, names, errors);
            var own = d.Type.Fields.Select(f => f.Name).ToList();
            var mentioned = new List<string?> { d.Folder is null && d.Id.Length > 0 ? d.Id : null, d.Pages?.Title,
                d.Pages?.Description, d.Pages?.Summary, d.Tables };
            mentioned.AddRange(d.List.Show);
            mentioned.AddRange(d.List.Sort.Select(s => s.TrimStart('-').Split(':')[0]));
            foreach (var name in mentioned.OfType<string>().Where(n => !own.Contains(n)))
                Undeclared(name, d.Type, d.Line, d.Column, errors);
        }
    }

    private static void Fields(FieldType type, List<string> collections, List<Diagnostic> errors)
    {
        foreach (var field in type.Fields) Field(field.Type, type, collections, errors);
    }

    /// <summary>Checks one field type; <paramref name="owner"/> is the object it belongs to (for "@sibling"
    /// references).</summary>
    private static void Field(FieldType t, FieldType owner, List<string> collections, List<Diagnostic> errors)
    {
        if (t.Kind is FieldKind.Ref or FieldKind.Field && t.To is null)
            errors.Add(BindingErrors.MissingKey.At(File, t.Line, t.Column, "to", t.Kind == FieldKind.Ref
                ? "reference field" : "field-name field"));
        else if (t.Kind is FieldKind.Ref or FieldKind.Field && !t.To!.StartsWith('@') && !collections.Contains(t.To))
            Unknown(t.To, t, collections, errors);
        else if (t.To is { } sibling && sibling.StartsWith('@') && owner.FieldNamed(sibling[1..]) is null)
            Undeclared(sibling[1..], owner, t.Line, t.Column, errors);
        if (t.Kind == FieldKind.Enum && t.Values.Count == 0)
            errors.Add(BindingErrors.MissingKey.At(File, t.Line, t.Column, "values", "enum field"));
        if (t.Item is { } item)
        {
            Field(item, owner, collections, errors);
            if (t.Keyed is { } keyed && item.Kind == FieldKind.Object)
                foreach (var name in new[] { keyed.Key, keyed.Value, keyed.Quote }.OfType<string>()
                             .Where(n => item.FieldNamed(n) is null))
                    Undeclared(name, item, t.Line, t.Column, errors);
        }
        if (t.Kind == FieldKind.Object) Fields(t, collections, errors);
    }

    private static void Unknown(string name, FieldType at, List<string> collections, List<Diagnostic> errors) =>
        errors.Add(DeclarationErrors.UnknownCollection.At(File, at.Line, at.Column, name,
            YamlBinder.Suggest(name, collections) is { } best ? $"; did you mean '{best}'?" : "", string.Join(", ",
                collections)));

    private static void Undeclared(string name, FieldType type, int line, int column, List<Diagnostic> errors)
    {
        var fields = type.Fields.Select(f => f.Name).ToList();
        errors.Add(DeclarationErrors.UndeclaredField.At(File, line, column, name, type.Record,
            YamlBinder.Suggest(name, fields) is { } best ? $"; did you mean '{best}'?" : "", string.Join(", ", fields)));
    }
}
