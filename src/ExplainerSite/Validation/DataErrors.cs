using Pipework.Diagnostics;

namespace ExplainerSite.Validation;

/// <summary>Error texts for site-level data problems not tied to citations.</summary>
public static class DataErrors
{
    public static readonly DiagnosticDescriptor MissingSiteSettings = new(
        "ES2020", "input/site.yml is missing", "Every site needs title, description, url and navigation in input/site.yml.");
    public static readonly DiagnosticDescriptor NotDisclosedWithValue = new(
        "ES2021", "a fact marked 'notDisclosed: true' cannot also have a value");
    public static readonly DiagnosticDescriptor FactWithoutValue = new(
        "ES2022", "fact has no value", "Give 'value: …', or 'notDisclosed: true' when the figure was never published.");
    public static readonly DiagnosticDescriptor LabelCount = new(
        "ES2023", "table '{0}' has {1} column labels for {2} columns");
    public static readonly DiagnosticDescriptor DuplicateFileId = new(
        "ES2024", "'{0}' is defined by two files: this one and '{1}'", "Ids come from file names, so 'a.yml' and 'a.yaml' clash; rename or remove one.");
    public static readonly DiagnosticDescriptor InvalidPermalink = new(
        "ES2025", "permalink pattern '{0}' cannot be used: {1}",
        "Write an address that starts and ends with '/' and holds ':slug' once, otherwise only a-z, 0-9, '-', '_' and '/', e.g. \"/pages/:slug/\"; or remove the setting to keep /explainers/:slug/.");
    public static readonly DiagnosticDescriptor SiteUrlNotAbsolute = new(
        "ES2026", "site url '{0}' is not an absolute http or https address",
        "Write the address the site is published at, e.g. url: \"https://example.org\" (it goes into canonical links and feeds).");
}
