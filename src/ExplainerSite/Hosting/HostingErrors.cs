using ExplainerSite.Engine.Diagnostics;

namespace ExplainerSite.Hosting;

/// <summary>Error texts of hosting: the base path and redirects from old addresses (aliases).</summary>
public static class HostingErrors
{
    public static readonly DiagnosticDescriptor InvalidAlias = new(
        "ES2202", "alias '{0}' is not a safe address on this site",
        "Write an old address of this site such as /old/name/: starting with '/', of letters, digits, '-', '.', '_', '~' and '/', without '..', '//', '?', '#' or spaces.");
    public static readonly DiagnosticDescriptor AliasIsAPage = new(
        "ES2203", "alias '{0}' is the address of a page ('{1}')", "An alias redirects an old address; it cannot replace a page that exists.");
    public static readonly DiagnosticDescriptor DuplicateAlias = new(
        "ES2204", "alias '{0}' is also an alias of '{1}'", "An old address can redirect to one page only.");
}
