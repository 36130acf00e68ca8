using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using Pipework.Yaml;
using YamlDotNet.Serialization;

namespace Pipework.Templates;

/// <summary>
/// Turns records into the plain values templates read: an object becomes an ordered dictionary of its public
/// properties under camelCase names, a <see cref="Ref"/> its id, an enum its camelCase name. Templates thus see
/// the same names as the YAML files, and no .NET type has to be registered with Fluid.
/// </summary>
public static class TemplateValues
{
    private static readonly ConcurrentDictionary<Type, (string Name, PropertyInfo Property)[]> Properties = new();

    /// <summary>The plain value templates see for <paramref name="value"/>.</summary>
    public static object? From(object? value) => value switch
    {
        null => null,
        string or bool or int or long or double or decimal or float => value,
        Ref r => r.Id,
        Enum e => Camel(e.ToString()),
        DateOnly d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        IDictionary<string, object?> dict => dict.ToDictionary(p => p.Key, p => From(p.Value)) is var copy && dict is OrderedDictionary<string, object?>
            ? new OrderedDictionary<string, object?>(copy.Select(p => p)) : (object)copy,
        IDictionary dict => dict.Keys.Cast<object>().OrderBy(k => k.ToString(), StringComparer.Ordinal)
            .ToDictionary(k => k.ToString()!, k => From(dict[k])),
        IEnumerable items => items.Cast<object?>().Select(From).ToList(),
        _ => FromObject(value),
    };

    private static OrderedDictionary<string, object?> FromObject(object value)
    {
        var props = Properties.GetOrAdd(value.GetType(), t => t
            .GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0 && p.Name != "EqualityContract" && p.DeclaringType != typeof(YamlRecord))
            .Where(p => p.GetCustomAttribute<YamlIgnoreAttribute>() is null || p.GetCustomAttribute<TemplateVisibleAttribute>() is not null)
            .Select(p => (Camel(p.Name), p))
            .ToArray());
        var result = new OrderedDictionary<string, object?>(props.Length, StringComparer.Ordinal);
        foreach (var (name, property) in props) result[name] = From(property.GetValue(value));
        return result;
    }

    /// <summary><c>PublishedLabel</c> → <c>publishedLabel</c>.</summary>
    public static string Camel(string name) => name.Length == 0 || char.IsLower(name[0]) ? name : char.ToLowerInvariant(name[0]) + name[1..];
}

/// <summary>Shows a property to templates even though it is not read from YAML (a computed value).</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class TemplateVisibleAttribute : Attribute;
