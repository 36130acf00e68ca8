using Pipework.Diagnostics;

namespace ExplainerSite.Hosting;

/// <summary>Error texts of hosting: the base path, redirects from old addresses (aliases) and the security policy.</summary>
public static class HostingErrors
{
    public static readonly DiagnosticDescriptor InvalidAlias = new(
        "ES2202", "alias '{0}' is not a safe address on this site",
        "Write an old address of this site such as /old/name/: starting with '/', of letters, digits, '-', '.', '_', '~' and '/', without '..', '//', '?', '#' or spaces.");
    public static readonly DiagnosticDescriptor AliasIsAPage = new(
        "ES2203", "alias '{0}' is the address of a page ('{1}')", "An alias redirects an old address; it cannot replace a page that exists.");
    public static readonly DiagnosticDescriptor DuplicateAlias = new(
        "ES2204", "alias '{0}' is also an alias of '{1}'", "An old address can redirect to one page only.");
    public static readonly DiagnosticDescriptor MissingPolicy = new(
        "ES2205", "page '{0}' would be served without its Content-Security-Policy: {1}",
        "Every layout renders the 'head' partial, which writes the policy's <meta>; "
        + "the policy itself is SecurityPolicy (src/ExplainerSite/Hosting).");
}
