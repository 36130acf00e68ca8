using ExplainerSite.Model;
using Pipework.Content.SafeUrls;
using Pipework.Diagnostics;

namespace ExplainerSite.Citing;

/// <summary>
/// site.yml's <c>licence</c>: a name, and a URL that passes the engine's safe-URL check and is absolute
/// <c>http(s)</c>, because it is printed in JSON-LD and downloads read away from the site.
/// </summary>
public static class CheckLicence
{
    public static void Validate(SiteLicence? licence, string file, List<Diagnostic> errors)
    {
        if (licence is null) return;
        if (string.IsNullOrWhiteSpace(licence.Name))
            errors.Add(CitingErrors.EmptyLicenceName.At(file, licence.Line, licence.Column));
        // An unsafe scheme is already refused where YAML is read (ES0050, at the value); say it once.
        if (licence.Url.Value is { } url && SafeUrl.Problem(url) is not null) return;
        if (!IsUsable(licence.Url.Value))
            errors.Add(CitingErrors.UnsafeLicenceUrl.At(file, licence.Url.Line, licence.Url.Column, licence.Url.Value));
    }

    public static bool IsUsable(string? url) =>
        url is not null && SafeUrl.IsSafe(url) && SafeUrl.Scheme(url) is { } scheme
        && (scheme.Equals("https", StringComparison.OrdinalIgnoreCase)
            || scheme.Equals("http", StringComparison.OrdinalIgnoreCase))
        && Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Host.Length > 0 && url.Trim() == url;
}
