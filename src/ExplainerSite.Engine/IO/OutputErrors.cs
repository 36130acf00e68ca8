using Pipework.Diagnostics;

namespace Pipework.IO;

/// <summary>
/// Problems with the output folder itself. The first group are refusals: the build stops before it reads or
/// writes anything, because replacing that folder would delete or republish something that is not the site's.
/// </summary>
public static class OutputErrors
{
    /// <summary>The output folder is given as an empty name.</summary>
    public static readonly DiagnosticDescriptor EmptyName = new(
        "ES0070", "the output folder name is empty",
        "Give a folder, e.g. --output output (an unset shell variable gives an empty name).");
    /// <summary>The output folder is, holds or is inside the input or theme folder.</summary>
    public static readonly DiagnosticDescriptor OverlapsSources = new(
        "ES0071", "the output folder '{0}' {1} the {2} folder '{3}'; a build replaces its output whole, which would delete or republish your {2}",
        "Choose a folder outside the input and theme folders, e.g. --output output.");
    /// <summary>The output folder holds a repository.</summary>
    public static readonly DiagnosticDescriptor HoldsRepository = new(
        "ES0072", "the output folder '{0}' holds a Git repository ('{1}'); a build replaces its output whole, which would delete it",
        "Build into a folder of its own (e.g. --output output) and copy the files from there.");
    /// <summary>The output folder holds files the generator did not write.</summary>
    public static readonly DiagnosticDescriptor ForeignFiles = new(
        "ES0073", "the output folder '{0}' holds {1} file(s) this generator did not write, e.g. '{2}'; a build replaces its output whole, which would delete them",
        "Move those files away or choose another folder; to replace the folder and delete them anyway, pass "
        + "--replace-output (once is enough for an output written by a version of this generator that kept no manifest).");
    /// <summary>The output path is a file, not a folder.</summary>
    public static readonly DiagnosticDescriptor NotAFolder = new(
        "ES0074", "the output path '{0}' is a file, not a folder", "Choose a folder, e.g. --output output.");
    /// <summary>The output folder is the file-system root.</summary>
    public static readonly DiagnosticDescriptor FileSystemRoot = new(
        "ES0075", "the output folder '{0}' is the root of a file system", "Choose a folder of its own, e.g. --output output.");
    /// <summary>Another build is writing the output folder.</summary>
    public static readonly DiagnosticDescriptor Busy = new(
        "ES0076", "another build is writing into the output folder '{0}' (waited {1} s)",
        "Wait for the other build to finish, or stop it, then build again.");
    /// <summary>Writing a file failed.</summary>
    public static readonly DiagnosticDescriptor WriteFailed = new(
        "ES0077", "cannot write '{0}': {1}",
        "This is a problem of the machine, not of the content: check free disk space and that the folder is writable. The previous output was not changed.");
    /// <summary>Replacing the output folder failed.</summary>
    public static readonly DiagnosticDescriptor ReplaceFailed = new(
        "ES0078", "cannot replace the output folder '{0}': {1}",
        "Check that the folder and the folder around it are writable and not in use; the previous output is kept.");

    /// <summary>The refusals: the folder is not the site's to replace (a usage error; nothing was read or written).</summary>
    /// <summary>What went wrong, without the path .NET appends (a staging path the user never asked for).</summary>
    public static string Reason(Exception exception) =>
        System.Text.RegularExpressions.Regex.Replace(exception.Message, @"\s*:\s*'[^']*'\s*$", "");

    /// <summary>True for a refusal to touch the output folder (as opposed to a failure while writing it).</summary>
    public static bool IsRefusal(Diagnostic diagnostic) => Refusals.Contains(diagnostic.Code);

    private static readonly HashSet<string> Refusals =
        [EmptyName.Code, OverlapsSources.Code, HoldsRepository.Code, ForeignFiles.Code, NotAFolder.Code, FileSystemRoot.Code];
}
