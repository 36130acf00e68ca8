using ExplainerSite.Model;
using Pipework.Diagnostics;

namespace ExplainerSite.Freshness;

/// <summary>
/// An explainer's update history against its dates: a written <c>updated</c> is the newest entry's date (ES2412, at
/// the <c>updated</c> value), no entry predates publication (ES2413) and each says what changed (ES2414), both at
/// the entry. The binder has already checked each entry's shape and dates.
/// </summary>
public static class CheckUpdates
{
    /// <param name="updatedAt">Where the <c>updated</c> value is written, if it is.</param>
    public static void Validate(ExplainerFrontMatter front, string file, (int Line, int Column) updatedAt,
        List<Diagnostic> errors)
    {
        if (front.Updates.Count == 0) return;
        var newest = front.Updates[0].Date;
        if (front.Values.Text("updated") is { } written && written != newest)
            errors.Add(FreshnessErrors.UpdatedDisagrees.At(file, updatedAt.Line, updatedAt.Column, written, newest));
        // Entries in the order they are written, so errors come out in file order.
        foreach (var update in front.Updates.OrderBy(u => u.Line).ThenBy(u => u.Column))
        {
            if (string.CompareOrdinal(update.Date, front.Published) < 0)
                errors.Add(FreshnessErrors.UpdateBeforePublished.At(file, update.Line, update.Column, update.Date,
                    front.Published));
            if (string.IsNullOrWhiteSpace(update.Change))
                errors.Add(FreshnessErrors.EmptyChange.At(file, update.Line, update.Column));
        }
    }
}
