using Pipework.Diagnostics;

namespace Pipework.Yaml;

/// <summary>Error texts for binding YAML to records.</summary>
public static class BindingErrors
{
    /// <summary>ES0101: a key the record does not declare (with did-you-mean).</summary>
    public static readonly DiagnosticDescriptor UnknownKey = new(
        "ES0101", "unknown key '{0}' in {1}{2}", "Keys are case-sensitive; see docs/content-model.md for the allowed keys.");
    /// <summary>ES0102: a required key is missing.</summary>
    public static readonly DiagnosticDescriptor MissingKey = new(
        "ES0102", "missing required key '{0}' in {1}");
    /// <summary>ES0103: a value of the wrong type.</summary>
    public static readonly DiagnosticDescriptor WrongType = new(
        "ES0103", "expected {0}, found {1}", "Quote text that looks like a number or a date; write lists as [a, b] or as lines starting with '- '.");
    /// <summary>
    /// The hint for <see cref="WrongType"/> when a number or a yes/no was expected: the general one is about text
    /// that YAML reads as something else, which is not the mistake in <c>order: three</c>.
    /// </summary>
    public static string? WrongTypeHint(string expected) => expected switch
    {
        "a whole number" => "Write the number in digits, without quotes or a decimal point, e.g. 3.",
        "a number" => "Write the number in digits, with '.' for decimals and no units or quotes, e.g. 2.5.",
        "true or false" => "Write true or false, without quotes.",
        _ => null,
    };

    /// <summary>ES0104: a value that is not one of the allowed words.</summary>
    public static readonly DiagnosticDescriptor InvalidEnumValue = new(
        "ES0104", "'{0}' is not a valid {1}; allowed values: {2}{3}");
}
