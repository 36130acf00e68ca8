using System.Globalization;
using ExplainerSite.Model;
using Pipework.Diagnostics;
using Pipework.Yaml;

namespace ExplainerSite.Freshness;

/// <summary>
/// site.yml's <c>coverage</c> and <c>checked</c>: the collection is declared, its field is a date, the approximate
/// field exists, and the last check is a real day. Each problem at the value in site.yml.
/// </summary>
public static class CheckFreshness
{
    public static void Validate(SiteData data, List<Diagnostic> errors)
    {
        const string file = SiteData.SiteFile;
        if (data.Settings.Checked is { } check && !IsDay(check.Value))
            errors.Add(FreshnessErrors.CheckedNotADate.At(file, check.Line, check.Column, check.Value));
        if (data.Settings.Coverage is not { } spec) return;
        if (data.Declaration(spec.From.Value) is not { } collection)
        {
            var names = data.Declarations.Select(d => d.Name).ToList();
            errors.Add(DeclarationErrors.UnknownCollection.At(file, spec.From.Line, spec.From.Column, spec.From.Value,
                YamlBinder.Suggest(spec.From.Value, names) is { } best ? $"; did you mean '{best}'?" : "",
                string.Join(", ", names)));
            return;
        }
        Field(collection, spec.Field, mustBeDate: true, errors);
        if (spec.Approximate is { } approximate) Field(collection, approximate, mustBeDate: false, errors);
    }

    /// <summary>A full date (YYYY-MM-DD) that exists.</summary>
    public static bool IsDay(string? value) => value is not null
        && DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

    private static void Field(CollectionDeclaration collection, PositionedText name, bool mustBeDate,
        List<Diagnostic> errors)
    {
        var type = collection.Type;
        if (type.FieldNamed(name.Value) is not { } field)
        {
            var fields = type.Fields.Select(f => f.Name).ToList();
            errors.Add(DeclarationErrors.UndeclaredField.At(SiteData.SiteFile, name.Line, name.Column, name.Value,
                type.Record, YamlBinder.Suggest(name.Value, fields) is { } best ? $"; did you mean '{best}'?" : "",
                string.Join(", ", fields)));
        }
        else if (mustBeDate && field.Type.Kind != FieldKind.Date)
            errors.Add(FreshnessErrors.CoverageFieldNotADate.At(SiteData.SiteFile, name.Line, name.Column, name.Value,
                collection.Name));
    }
}
