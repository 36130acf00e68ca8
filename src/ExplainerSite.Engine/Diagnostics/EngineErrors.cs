namespace ExplainerSite.Engine.Diagnostics;

/// <summary>The engine's error texts. Codes are stable; tests assert text and position.</summary>
public static class EngineErrors
{
    /// <summary>YAML that does not parse.</summary>
    public static readonly DiagnosticDescriptor YamlSyntax = new(
        "ES0001", "YAML syntax error: {0}", "Check indentation and quoting on this line; strings containing ': ' or starting with a special character need quotes.");
    /// <summary>front matter without its closing <c>---</c>.</summary>
    public static readonly DiagnosticDescriptor FrontMatterNotClosed = new(
        "ES0002", "front matter opened with '---' on line 1 is never closed", "End the front matter with a line containing only '---'.");
    /// <summary>front matter that is not <c>key: value</c> lines.</summary>
    public static readonly DiagnosticDescriptor FrontMatterNotMapping = new(
        "ES0003", "front matter must be a set of 'key: value' lines");
    /// <summary>a YAML anchor or alias.</summary>
    public static readonly DiagnosticDescriptor YamlAlias = new(
        "ES0004", "YAML anchors and aliases ('&name', '*name') are not allowed in content files", "Write the value out in full.");
    /// <summary>a file that is not UTF-8.</summary>
    public static readonly DiagnosticDescriptor NotUtf8 = new(
        "ES0005", "file is not valid UTF-8 (invalid byte at offset {0})", "Save the file as UTF-8.");
    /// <summary>an empty file.</summary>
    public static readonly DiagnosticDescriptor EmptyFile = new(
        "ES0006", "file is empty");
    /// <summary>a template that does not parse.</summary>
    public static readonly DiagnosticDescriptor TemplateSyntax = new(
        "ES0010", "template syntax error: {0}");
    /// <summary>a layout asked for by name that the theme does not have.</summary>
    public static readonly DiagnosticDescriptor LayoutNotFound = new(
        "ES0011", "layout '{0}' does not exist", "Available layouts: {1}.");
    /// <summary>a layout given as a path rather than a name.</summary>
    public static readonly DiagnosticDescriptor NotALayoutName = new(
        "ES0013", "'{0}' is not a layout name",
        "Give the name of a file in theme/layouts/ without '.liquid', e.g. 'page'; a name has no '/', '\\' or '..'.");
    /// <summary>a page for which none of the layouts looked up exists.</summary>
    public static readonly DiagnosticDescriptor NoLayout = new(
        "ES0014", "no layout for this page: none of {0} is in theme/layouts/",
        "Add theme/layouts/default.liquid, the layout any page falls back to, or one of the layouts named.");
    /// <summary>an error while rendering a template (an undefined variable …).</summary>
    public static readonly DiagnosticDescriptor TemplateRender = new(
        "ES0012", "template error in '{0}': {1}");
    /// <summary>two documents written to one file.</summary>
    public static readonly DiagnosticDescriptor DuplicateDestination = new(
        "ES0020", "'{0}' is written by more than one document (also by '{1}')", "Rename one of the files or change its slug.");
    /// <summary>a destination outside the output folder.</summary>
    public static readonly DiagnosticDescriptor DestinationOutsideOutput = new(
        "ES0021", "output path '{0}' leaves the output folder", "A slug or path may not contain '..' or start with '/'.");
    /// <summary>a file that cannot be read.</summary>
    public static readonly DiagnosticDescriptor ReadFailed = new(
        "ES0030", "cannot read file: {0}");
    /// <summary>a service a module asks for that nobody registered.</summary>
    public static readonly DiagnosticDescriptor MissingService = new(
        "ES0098", "no service of type {0} is registered with the engine",
        "The program that builds the site must register it (SiteEngineBuilder.AddService); this is not a content problem.");
    /// <summary>a bug: an exception that is not a content problem.</summary>
    public static readonly DiagnosticDescriptor Unexpected = new(
        "ES0099", "internal error while processing this file: {0}", "This is a bug in the generator; please report it with the file that caused it.");
}
