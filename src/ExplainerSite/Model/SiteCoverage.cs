using System.ComponentModel;
using Pipework.Yaml;

namespace ExplainerSite.Model;

/// <summary>
/// <c>coverage</c> in site.yml: which collection's dates say what period the site covers, e.g.
/// <c>{ from: timeline, field: date, approximate: dateNote }</c>. The site covers events through the latest value
/// of <see cref="Field"/>; when every record on that date has <see cref="Approximate"/> set (its day is not
/// confirmed), only the month is claimed. Checked and computed by <c>Freshness/CoveredPeriod</c>.
/// </summary>
[DisplayName("coverage")]
public sealed record SiteCoverage : YamlRecord
{
    /// <summary>The collection whose records are dated events (positioned, for an unknown name).</summary>
    public PositionedText From { get; init; } = null!;
    /// <summary>Its date field.</summary>
    public PositionedText Field { get; init; } = null!;
    /// <summary>Optional: a field whose presence means the record's day is not confirmed.</summary>
    public PositionedText? Approximate { get; init; }
}
