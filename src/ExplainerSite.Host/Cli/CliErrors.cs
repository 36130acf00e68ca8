using Pipework.Diagnostics;

namespace Pipework.Host.Cli;

/// <summary>The command line's own texts (problems with arguments and folders rather than content).</summary>
public static class CliErrors
{
    public static readonly DiagnosticDescriptor FolderMissing = new(
        "ES3001", "{0} folder '{1}' does not exist", "Run the tool from the project folder, or give the folder with {2}.");
    public static readonly DiagnosticDescriptor FileExists = new(
        "ES3002", "'{0}' already exists; nothing was changed", "Pick another title, or give a file name with --slug.");
    public static readonly DiagnosticDescriptor NoSlug = new(
        "ES3003", "cannot make a file name from the title '{0}'", "Give one with --slug, e.g. --slug chip-smuggling.");
    public static readonly DiagnosticDescriptor InvalidSlug = new(
        "ES3004", "'{0}' is not a valid file name; use lower-case words joined by hyphens (e.g. 'chip-smuggling')");
    public static readonly DiagnosticDescriptor ServerFailed = new(
        "ES3005", "cannot serve on {0}: {1}", "Another program may be using the port; try --port 5081.");
    public static readonly DiagnosticDescriptor InvalidBasePath = new(
        "ES2201", "base path '{0}' is not a URL path",
        "Give the path the site is served under, e.g. /repo-name/: segments of letters, digits, '-', '.', '_' or '~', no '..'.");
    public static readonly DiagnosticDescriptor SiteFolderNotEmpty = new(
        "ES3006", "cannot start a new site in '{0}': it is not an empty folder; nothing was written",
        "Give the name of a folder that does not exist yet (or is empty), e.g. new site my-site.");
}
