using System.Globalization;
using System.Text.RegularExpressions;

namespace ExplainerSite.Model;

/// <summary>One value of a record under an attribute, as a comparison cell or a record-page row shows it.</summary>
public sealed record Cell(string? Value, string? Note, string? AsOf, string? Quote, bool NotDisclosed, bool Missing,
    IReadOnlyList<string> Sources)
{
    public bool NotCovered { get; init; }
    /// <summary>For a missing entry of a keyed list: what the cell says, and its status in the downloads.</summary>
    public string MissingText { get; init; } = "";
    public string MissingStatus { get; init; } = "missing";

    public static Cell From(Fact f) => new(f.Value, f.Note, f.AsOf, null, f.NotDisclosed, false,
        [.. f.Sources.Select(s => s.Id)]) { NotCovered = f.NotCovered };
}

/// <summary>
/// A comparable attribute of a collection: a field (sourced, numeric, or marked <c>attribute: true</c>), or,
/// for a keyed list, one entry per referenced record (<c>positions.QUESTION-ID</c>).
/// </summary>
public sealed record AttributeInfo(string Id, Field Field, DataRecord? Key);

public static partial class Attributes
{
    /// <summary>The attributes of <paramref name="collection"/> in declared order.</summary>
    public static IReadOnlyList<AttributeInfo> Of(SiteData data, CollectionDeclaration collection)
    {
        var result = new List<AttributeInfo>();
        foreach (var field in collection.Type.Fields.Where(f => f.Type.IsAttribute && f.Name != collection.Id))
        {
            if (field.Type.Keyed is { } keyed && field.Type.Item?.FieldNamed(keyed.Key)?.Type.To is { } to)
                result.AddRange(data.RecordsOf(to).Select(r => new AttributeInfo(field.Name + "." + r.Id, field, r)));
            else if (field.Type.Keyed is null)
                result.Add(new AttributeInfo(field.Name, field, null));
        }
        return result;
    }

    /// <summary>A readable label: the declared one, "trainingCost" → "Training cost", a keyed entry's record's
    /// label.</summary>
    public static string Label(AttributeInfo a)
    {
        if (a.Key is not null) return a.Key.Values.Text(a.Field.Type.Keyed!.Label ?? "name") ?? a.Key.Id;
        if (a.Field.Type.Label is { } label) return label;
        var words = Words().Replace(a.Id, "$1 $2").ToLowerInvariant();
        return char.ToUpperInvariant(words[0]) + words[1..];
    }

    /// <summary>The label a comparison prints (its own, else the short one) and the longer detail under it.</summary>
    public static (string Label, string? Detail) ComparisonLabel(AttributeInfo a, string? given) =>
        a.Key is null
            ? (given ?? Label(a), null)
            : (given ?? a.Key.Values.Text(a.Field.Type.Keyed!.ShortLabel ?? a.Field.Type.Keyed.Label ?? "name")
                ?? a.Key.Id, Label(a));

    public static Cell GetCell(DataObject record, AttributeInfo a)
    {
        var value = record[a.Field.Name];
        if (a.Field.Type.Keyed is { } keyed)
        {
            var entry = (value as IReadOnlyList<object?> ?? []).OfType<DataObject>()
                .FirstOrDefault(e => e.Refs(keyed.Key).FirstOrDefault()?.Id == a.Key!.Id);
            if (entry is null)
                return new Cell(null, null, null, null, false, true, []) { MissingText = keyed.MissingText,
                    MissingStatus = keyed.MissingStatus };
            var sources = entry.Type.Fields.Where(f => f.Type.Kind == FieldKind.Sources)
                .SelectMany(f => entry.Refs(f.Name)).Select(r => r.Id);
            return new Cell(entry.Text(keyed.Value), null, null, keyed.Quote is null ? null : entry.Text(keyed.Quote),
                false, false, [.. sources]);
        }
        return value switch
        {
            Fact f => Cell.From(f),
            double or long => new Cell(Number(value, a.Field.Type.Unit), null, null, null, false, false, []),
            _ => new Cell(record.Text(a.Field.Name), null, null, null, false, false, []),
        };
    }

    /// <summary>A number as printed, with its unit ("80 GB", "12%").</summary>
    public static string Number(object value, string? unit)
    {
        var text = Convert.ToString(value, CultureInfo.InvariantCulture)!;
        return unit is null ? text : text + UnitText(unit);
    }

    /// <summary>A unit as written after a number: " GB" after a space, "%" directly.</summary>
    public static string UnitText(string? unit) =>
        string.IsNullOrEmpty(unit) ? "" : char.IsLetter(unit[0]) ? " " + unit : unit;

    /// <summary>The numeric value of a field (a number, a whole number or a numeric sourced value), or null.</summary>
    public static double? Numeric(DataObject record, string field) => record[field] switch
    {
        double d => d,
        long l => l,
        Fact { Value: { } v } when double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out var x) => x,
        _ => null,
    };

    [GeneratedRegex("([a-z])([A-Z])")]
    private static partial Regex Words();
}
