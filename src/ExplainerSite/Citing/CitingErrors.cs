using Pipework.Diagnostics;

namespace ExplainerSite.Citing;

/// <summary>Error texts of the licence and citation downloads (ES24xx).</summary>
public static class CitingErrors
{
    public static readonly DiagnosticDescriptor UnsafeLicenceUrl = new(
        "ES2401", "licence url '{0}' is not a safe absolute link",
        "Give the licence's own address starting with https://, "
        + "e.g. \"https://creativecommons.org/licenses/by/4.0/\".");
    public static readonly DiagnosticDescriptor EmptyLicenceName = new(
        "ES2402", "licence name is empty", "Give the licence's short name, e.g. \"CC BY 4.0\".");
}
