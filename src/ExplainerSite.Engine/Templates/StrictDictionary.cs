using Pipework.Yaml;
using Fluid;
using Fluid.Values;

namespace Pipework.Templates;

/// <summary>
/// A dictionary as templates see it: a key that exists gives its value (nil when the value is null), a key that
/// does not exist is an error naming the closest key, so <c>{{ page.titel }}</c> fails the build instead of
/// rendering "". Fluid 2.41's own <c>StrictVariables</c> also rejects keys whose value is null (optional front
/// matter) and names an AST type instead of the key, so the engine does the check here.
/// </summary>
internal sealed class StrictDictionary(IReadOnlyDictionary<string, object?> values, TemplateOptions options) : IFluidIndexable
{
    public const string UndefinedVariable = "undefined variable '{0}'{1}";

    public int Count => values.Count;

    public IEnumerable<string> Keys => values.Keys;

    public bool TryGetValue(string name, out FluidValue value)
    {
        if (!values.TryGetValue(name, out var raw))
            throw new FluidException(Undefined(name, values.Keys));
        value = FluidValue.Create(raw, options);
        return true;
    }

    public static string Undefined(string name, IEnumerable<string>? candidates = null)
    {
        var best = candidates is null ? null : YamlBinder.Suggest(name, candidates);
        return string.Format(System.Globalization.CultureInfo.InvariantCulture, UndefinedVariable, name, best is null ? "" : $"; did you mean '{best}'?");
    }

    /// <summary>Wraps string-keyed dictionaries; other values are left to Fluid's own conversions.</summary>
    public static object? Convert(object? value, TemplateOptions options) => value switch
    {
        IReadOnlyDictionary<string, object?> d => new DictionaryValue(new StrictDictionary(d, options)),
        IDictionary<string, object?> d => new DictionaryValue(new StrictDictionary(d.AsReadOnly(), options)),
        _ => null,
    };
}
