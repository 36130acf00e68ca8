namespace Pipework.Diagnostics;

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
    /// <summary>a control character (other than tab and line break) in a text file.</summary>
    public static readonly DiagnosticDescriptor ControlCharacter = new(
        "ES0007", "the control character U+{0:X4} is not allowed in text",
        "Delete it: it is invisible in most editors (often pasted from a terminal or a PDF); use a tab or a line break.");
    /// <summary>YAML nested deeper than the parser allows.</summary>
    public static readonly DiagnosticDescriptor YamlTooDeep = new(
        "ES0008", "YAML is nested more than {0} levels deep", "Content and data files need only a few levels of lists and maps.");
    /// <summary>Markdown nested deeper than a page needs.</summary>
    public static readonly DiagnosticDescriptor MarkdownTooDeep = new(
        "ES0009", "Markdown is nested more than {0} levels deep (quotes, lists, emphasis or brackets)",
        "Pages need only a few levels of nesting; close the quote or list, or put the text in a code block.");
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
    /// <summary>a text file larger than any page or data file needs.</summary>
    public static readonly DiagnosticDescriptor FileTooLarge = new(
        "ES0015", "file is {0:N0} bytes; text files may be at most {1:N0} bytes", "Split it into several pages or data files.");
    /// <summary>a partial given as a path rather than a name.</summary>
    public static readonly DiagnosticDescriptor NotAPartialName = new(
        "ES0016", "'{0}' is not a partial name",
        "Give the name of a file in theme/partials/ without '.liquid', e.g. 'footer'; a name has no '/', '\\' or '..'.");
    /// <summary>an error while rendering a template (an undefined variable …).</summary>
    public static readonly DiagnosticDescriptor TemplateRender = new(
        "ES0012", "template error in '{0}': {1}");
    /// <summary>two documents written to one file.</summary>
    public static readonly DiagnosticDescriptor DuplicateDestination = new(
        "ES0020", "'{0}' is written by more than one document (also by '{1}')", "Rename one of the files or change its slug.");
    /// <summary>a destination outside the output folder.</summary>
    public static readonly DiagnosticDescriptor DestinationOutsideOutput = new(
        "ES0021", "output path '{0}' leaves the output folder", "A slug or path may not contain '..' or start with '/'.");
    /// <summary>a destination that needs a folder where another document writes a file.</summary>
    public static readonly DiagnosticDescriptor DestinationUnderFile = new(
        "ES0022", "the site writes the file '{0}' (from '{1}') and '{2}' (from '{3}'), which needs a folder of that name",
        "An address cannot lie under a file's address; change the slug, permalink or alias.");
    /// <summary>a file that cannot be read.</summary>
    public static readonly DiagnosticDescriptor ReadFailed = new(
        "ES0030", "cannot read file: {0}");
    /// <summary>a symbolic link that resolves outside its root (input/ or theme/).</summary>
    public static readonly DiagnosticDescriptor LinkOutsideRoot = new(
        "ES0031", "this is a link to '{0}', outside the {1} folder; nothing outside input/ and theme/ is read",
        "Copy the file into the {1} folder instead of linking to it.");
    /// <summary>a file name that hides or breaks the address it is published at.</summary>
    public static readonly DiagnosticDescriptor UnsafeFileName = new(
        "ES0032", "file name refused: {0}", "Rename the file using letters, digits, '-', '_' and '.'.");
    /// <summary>an asset that would run script at the site's own address.</summary>
    public static readonly DiagnosticDescriptor ActiveAsset = new(
        "ES0033", "{0} can run script at the site's own address, so it is not published", "{1}");
    /// <summary>a URL in YAML that is not safe to put in a page.</summary>
    public static readonly DiagnosticDescriptor UnsafeUrl = new(
        "ES0050", "unsafe URL '{0}': {1}",
        "Use an https:, http: or mailto: address, or a path on this site such as /about/.");
    /// <summary>the disk or its permissions failed while reading or writing.</summary>
    public static readonly DiagnosticDescriptor FileSystem = new(
        "ES0097", "file system error: {0}",
        "This is a problem with the disk or its permissions, not with the content; check the path, free space and access rights.");
    /// <summary>a service a module asks for that nobody registered.</summary>
    public static readonly DiagnosticDescriptor MissingService = new(
        "ES0098", "no service of type {0} is registered with the engine",
        "The program that builds the site must register it (SiteEngineBuilder.AddService); this is not a content problem.");
    /// <summary>a bug: an exception that is not a content problem.</summary>
    public static readonly DiagnosticDescriptor Unexpected = new(
        "ES0099", "internal error while processing this file: {0}", "This is a bug in the generator; please report it with the file that caused it.");
}
