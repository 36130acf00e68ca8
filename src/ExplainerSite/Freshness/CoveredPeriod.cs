using ExplainerSite.Model;

namespace ExplainerSite.Freshness;

/// <summary>
/// The period the site covers, computed from data (site.yml's <c>coverage</c>), never typed: events through the
/// latest date of the declared collection's date field. A day is claimed only when some record on that date is
/// not marked approximate; otherwise the month (a <c>YYYY-MM</c> date is a month, a <c>YYYY</c> one a year).
/// </summary>
/// <param name="From">The earliest date of the collection, as written.</param>
/// <param name="Through">The last covered date as precise as it is known: YYYY-MM-DD, YYYY-MM or YYYY.</param>
/// <param name="Precision"><c>day</c>, <c>month</c> or <c>year</c>.</param>
public sealed record CoveredPeriod(string From, string Through, string Precision)
{
    /// <summary>The coverage of <paramref name="data"/>; null when site.yml declares none or nothing is dated.</summary>
    public static CoveredPeriod? Of(SiteData data)
    {
        if (data.Settings.Coverage is not { } spec || data.Declaration(spec.From.Value) is null) return null;
        var field = spec.Field.Value;
        var dated = data.RecordsOf(spec.From.Value)
            .Select(r => (Date: r.Values.Text(field), Record: r))
            .Where(r => !string.IsNullOrEmpty(r.Date))
            .ToList();
        if (dated.Count == 0) return null;
        // ISO dates sort as text; a month ("2025-05") sorts before its days, so a later day wins over it.
        var latest = dated.Select(r => r.Date!).Max(StringComparer.Ordinal)!;
        var earliest = dated.Select(r => r.Date!).Min(StringComparer.Ordinal)!;
        var confirmed = spec.Approximate?.Value is not { } approximate
            || dated.Any(r => r.Date == latest && string.IsNullOrWhiteSpace(r.Record.Values.Text(approximate)));
        return latest.Length switch
        {
            10 when confirmed => new CoveredPeriod(earliest, latest, "day"),
            10 or 7 => new CoveredPeriod(earliest, latest[..7], "month"),
            _ => new CoveredPeriod(earliest, latest, "year"),
        };
    }
}
