using System.Globalization;

namespace ExplainerSite.Rendering;

/// <summary>Dates as readers see them: "29 January 2025", "January 2025", "2025".</summary>
public static class DateText
{
    public static string Format(string date)
    {
        if (DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            return d.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
        if (DateOnly.TryParseExact(date + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out d))
            return d.ToString("MMMM yyyy", CultureInfo.InvariantCulture);
        return date;
    }
}
