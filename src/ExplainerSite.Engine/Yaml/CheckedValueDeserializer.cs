using System.Collections;
using System.Globalization;
using Pipework.Templates;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.Serialization;

namespace Pipework.Yaml;

/// <summary>
/// Wraps YamlDotNet's scalar deserializer so a value of the wrong type is a positioned error in plain words
/// ("expected a whole number, found 'three'") and an enum value outside the allowed set lists the allowed
/// values, instead of .NET's exception text. Errors go to the <see cref="BindingSession"/>.
/// </summary>
internal sealed class CheckedValueDeserializer(INodeDeserializer inner) : INodeDeserializer
{
    public bool Deserialize(IParser reader, Type expectedType, Func<IParser, Type, object?> nestedObjectDeserializer,
        out object? value, ObjectDeserializer rootDeserializer)
    {
        var target = Nullable.GetUnderlyingType(expectedType) ?? expectedType;
        if (!reader.Accept<Scalar>(out var scalar))
            return inner.Deserialize(reader, expectedType, nestedObjectDeserializer, out value, rootDeserializer);
        if (target.IsEnum)
        {
            reader.MoveNext();
            value = ParseEnum(scalar, target, expectedType);
            return true;
        }
        try
        {
            return inner.Deserialize(reader, expectedType, nestedObjectDeserializer, out value, rootDeserializer);
        }
        catch (Exception ex) when (ex is FormatException or OverflowException or InvalidCastException or ArgumentException
                                       || ex is YamlException { InnerException: FormatException or OverflowException or InvalidCastException or ArgumentException })
        {
            BindingSession.Report(BindingErrors.WrongType, scalar.Start, Describe(expectedType), Found(scalar));
            value = DefaultOf(expectedType);
            return true;
        }
    }

    private static object? ParseEnum(Scalar scalar, Type target, Type expectedType)
    {
        var text = scalar.Value.Trim();
        if (text.Length == 0 && expectedType != target) return null;
        foreach (var name in Enum.GetNames(target))
            if (string.Equals(name, text, StringComparison.OrdinalIgnoreCase))
                return Enum.Parse(target, name);
        var allowed = Enum.GetNames(target).Select(TemplateValues.Camel).ToList();
        var best = YamlBinder.Suggest(text, allowed);
        BindingSession.Report(BindingErrors.InvalidEnumValue, scalar.Start, text, EnumLabel(target), string.Join(", ", allowed),
            best is null ? "" : $" (did you mean '{best}'?)");
        return Enum.GetValues(target).GetValue(0);
    }

    /// <summary>"StakeholderKind" → "stakeholder kind".</summary>
    public static string EnumLabel(Type type) =>
        string.Concat(type.Name.Select((c, i) => char.IsUpper(c) && i > 0 ? " " + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    public static string Describe(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(string) || type == typeof(Ref) || type == typeof(PositionedText)) return "text";
        if (type == typeof(bool)) return "true or false";
        if (type == typeof(int) || type == typeof(long) || type == typeof(short) || type == typeof(byte)) return "a whole number";
        if (type == typeof(double) || type == typeof(float) || type == typeof(decimal)) return "a number";
        if (type.IsEnum) return "one of " + string.Join(", ", Enum.GetNames(type).Select(TemplateValues.Camel));
        if (typeof(IEnumerable).IsAssignableFrom(type)) return "a list";
        return $"a {YamlBinder.DisplayName(type)} (a set of 'key: value' lines)";
    }

    public static string Found(ParsingEvent? node) => node switch
    {
        Scalar s => "'" + (s.Value.Length > 40 ? s.Value[..40] + "…" : s.Value) + "'",
        SequenceStart => "a list",
        MappingStart => "a set of 'key: value' lines",
        _ => "nothing",
    };

    public static object? DefaultOf(Type type) =>
        type.IsValueType && Nullable.GetUnderlyingType(type) is null ? Activator.CreateInstance(type) : null;
}
