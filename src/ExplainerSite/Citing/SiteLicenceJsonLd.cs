using System.Text.Json.Nodes;
using ExplainerSite.Model;

namespace ExplainerSite.Citing;

/// <summary>schema.org's <c>license</c> (the licence's URL) on a page's JSON-LD, when site.yml gives one.</summary>
public static class SiteLicenceJsonLd
{
    public static JsonObject Add(SiteLicence? licence, JsonObject node)
    {
        if (licence is not null) node["license"] = licence.Url.Value;
        return node;
    }
}
