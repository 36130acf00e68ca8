using System.Reflection;
using ExplainerSite.Engine.Templates;

namespace ExplainerSite.Model;

/// <summary>One value of a record under an attribute, as a comparison cell or a data-page row shows it.</summary>
public sealed record Cell(string? Value, string? Note, string? AsOf, string? Quote, bool NotDisclosed, bool Missing, IReadOnlyList<string> Sources)
{
    public bool NotCovered { get; init; }
    public static Cell From(Fact f) => new(f.Value, f.Note, f.AsOf, null, f.NotDisclosed, false, [.. f.Sources.Select(s => s.Id)]) { NotCovered = f.NotCovered };
    public static readonly Cell NoPosition = new(null, null, null, null, false, true, []);
}

/// <summary>
/// What a comparison can compare: the items of a collection and their attributes. Attributes are the record's
/// <see cref="Fact"/> properties (camelCase, as in YAML); a stakeholder also has <c>positions.QUESTION-ID</c>.
/// </summary>
public static class Collections
{
    public const string PositionPrefix = "positions.";

    public static IReadOnlyList<(string Id, string Name, object Record)> Items(SiteData data, ComparisonCollection collection) => collection switch
    {
        ComparisonCollection.Models => [.. data.Models.Select(m => (m.Id, m.Name, (object)m))],
        ComparisonCollection.Policies => [.. data.Policies.Select(p => (p.Id, p.Name, (object)p))],
        _ => [.. data.Stakeholders.Select(s => (s.Id, s.Name, (object)s))],
    };

    public static Type RecordType(ComparisonCollection collection) => collection switch
    {
        ComparisonCollection.Models => typeof(AiModel),
        ComparisonCollection.Policies => typeof(PolicyOption),
        _ => typeof(Stakeholder),
    };

    public static IReadOnlyList<string> Attributes(SiteData data, ComparisonCollection collection)
    {
        var facts = FactProperties(RecordType(collection)).Select(p => TemplateValues.Camel(p.Name));
        return collection == ComparisonCollection.Stakeholders
            ? [.. facts, .. data.Questions.Select(q => PositionPrefix + q.Id)]
            : [.. facts];
    }

    /// <summary>A readable label for an attribute: "trainingCost" → "Training cost"; a position → its question.</summary>
    public static string Label(SiteData data, string attribute)
    {
        if (attribute.StartsWith(PositionPrefix, StringComparison.Ordinal))
            return data.Questions.FirstOrDefault(q => q.Id == attribute[PositionPrefix.Length..])?.Text ?? attribute;
        var words = System.Text.RegularExpressions.Regex.Replace(attribute, "([a-z])([A-Z])", "$1 $2").ToLowerInvariant();
        return char.ToUpperInvariant(words[0]) + words[1..];
    }

    public static Cell GetCell(object record, string attribute)
    {
        if (record is Stakeholder s && attribute.StartsWith(PositionPrefix, StringComparison.Ordinal))
        {
            var position = s.Positions.FirstOrDefault(p => p.Question.Id == attribute[PositionPrefix.Length..]);
            return position is null
                ? Cell.NoPosition
                : new Cell(position.Stance, null, null, position.Quote, false, false, [.. position.Sources.Select(r => r.Id)]);
        }
        var property = FactProperties(record.GetType()).First(p => TemplateValues.Camel(p.Name) == attribute);
        return Cell.From((Fact)property.GetValue(record)!);
    }

    private static IEnumerable<PropertyInfo> FactProperties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.PropertyType == typeof(Fact));
}
