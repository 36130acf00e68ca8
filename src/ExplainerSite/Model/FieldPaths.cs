namespace ExplainerSite.Model;

/// <summary>
/// Names of fields as a <c>field</c>-typed value writes them: <c>date</c> for a field of the record, <c>rows.scale</c>
/// for a field of the objects a list (or object) field holds.
/// </summary>
public static class FieldPaths
{
    /// <summary>The declared type at <paramref name="path"/>, or null when the record type has no such field.</summary>
    public static FieldType? Resolve(FieldType record, string path)
    {
        var type = record;
        foreach (var part in path.Split('.'))
        {
            var owner = type.Kind == FieldKind.List ? type.Item : type;
            if (owner?.FieldNamed(part) is not { } field) return null;
            type = field.Type;
        }
        return type;
    }

    /// <summary>Every path one level deep, in declared order: what a message lists and suggests from.</summary>
    public static IReadOnlyList<string> All(FieldType record)
    {
        var paths = new List<string>();
        foreach (var field in record.Fields)
        {
            paths.Add(field.Name);
            var inner = field.Type.Kind == FieldKind.List ? field.Type.Item : field.Type;
            if (inner is { Kind: FieldKind.Object }) paths.AddRange(inner.Fields.Select(f => field.Name + "." + f.Name));
        }
        return paths;
    }
}
