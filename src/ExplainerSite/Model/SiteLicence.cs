using System.ComponentModel;
using Pipework.Yaml;

namespace ExplainerSite.Model;

/// <summary>
/// <c>licence</c> in site.yml: the licence of the site's own text and data (not of its code, nor of the cited
/// sources), e.g. <c>{ name: "CC BY 4.0", url: "https://creativecommons.org/licenses/by/4.0/" }</c>. Shown in
/// every page's footer, in the JSON-LD and in the downloads; the url is checked by <c>Citing/CheckLicence</c>.
/// </summary>
[DisplayName("licence")]
public sealed record SiteLicence : YamlRecord
{
    public string Name { get; init; } = null!;
    /// <summary>Positioned, so a bad address is reported at the value itself.</summary>
    public PositionedText Url { get; init; } = null!;
}
