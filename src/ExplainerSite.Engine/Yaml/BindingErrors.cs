using ExplainerSite.Engine.Diagnostics;

namespace ExplainerSite.Engine.Yaml;

/// <summary>Error texts for binding YAML to records.</summary>
public static class BindingErrors
{
    public static readonly DiagnosticDescriptor UnknownKey = new(
        "ES0101", "unknown key '{0}' in {1}{2}", "Keys are case-sensitive; see docs/content-model.md for the allowed keys.");
    public static readonly DiagnosticDescriptor MissingKey = new(
        "ES0102", "missing required key '{0}' in {1}");
}
