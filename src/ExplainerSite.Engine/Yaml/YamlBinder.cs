using System.Collections;
using System.Collections.Concurrent;
using System.ComponentModel;
using System.Reflection;
using Pipework.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;
using YamlDotNet.Serialization.NodeDeserializers;

namespace Pipework.Yaml;

/// <summary>
/// Binds YAML to records, the schema being the record itself: camelCase keys, unknown keys are errors (with a
/// "did you mean"), non-nullable reference properties are required, and every <see cref="YamlRecord"/>,
/// <see cref="Ref"/> and <see cref="PositionedText"/> remembers its line and column. One binder is shared by all threads.
/// </summary>
public sealed class YamlBinder
{
    /// <summary>One binder for the process (it keeps what it learned about each record type).</summary>
    public static YamlBinder Shared { get; } = new();

    private readonly IDeserializer _deserializer = new DeserializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .WithDuplicateKeyChecking()
        .WithTypeConverter(new RefConverter())
        .WithTypeConverter(new PositionedTextConverter())
        .WithNodeTypeResolver(new ReadOnlyListResolver())
        .WithNodeDeserializer(inner => new PositionedNodeDeserializer(inner), s => s.InsteadOf<ObjectNodeDeserializer>())
        .WithNodeDeserializer(inner => new CheckedValueDeserializer(inner), s => s.InsteadOf<ScalarNodeDeserializer>())
        .WithNodeDeserializer(new WrongShapeDeserializer(), s => s.OnBottom())
        .Build();

    /// <summary>Binds <paramref name="text"/>; <paramref name="firstLine"/> is the file line the YAML starts on.</summary>
    public T Bind<T>(string text, string file, int firstLine = 1) where T : class
    {
        // Padding with newlines makes the parser's line numbers the file's own, for every nested record.
        var padded = firstLine > 1 ? new string('\n', firstLine - 1) + text : text;
        object? value;
        List<Diagnostic> valueErrors;
        using (BindingSession.Begin(file, out valueErrors))
        {
            try
            {
                value = _deserializer.Deserialize(new SafeParser(new Parser(new StringReader(padded)), file, 0), typeof(T));
            }
            catch (YamlException ex)
            {
                throw new ContentException([.. valueErrors, .. YamlErrors.ToContentException(ex, file, 0, padded).Diagnostics]);
            }
        }
        if (valueErrors.Count > 0) throw new ContentException(valueErrors);
        if (value is null) throw EngineErrors.EmptyFile.Exception(file, firstLine, 1);
        var missing = new List<Diagnostic>();
        RequiredKeys.Check(value, file, firstLine, missing);
        if (missing.Count > 0) throw new ContentException(missing);
        return (T)value;
    }

    /// <summary>
    /// The name of a record type in messages (its <c>[DisplayName]</c>, else its words in lower case).
    /// </summary>
    public static string DisplayName(Type type) =>
        type.GetCustomAttribute<DisplayNameAttribute>()?.DisplayName ?? type.Name;

    /// <summary>Records expose lists as <see cref="IReadOnlyList{T}"/>; YamlDotNet needs a concrete type to fill.</summary>
    private sealed class ReadOnlyListResolver : INodeTypeResolver
    {
        public bool Resolve(NodeEvent? nodeEvent, ref Type currentType)
        {
            if (!currentType.IsGenericType) return false;
            var definition = currentType.GetGenericTypeDefinition();
            if (definition != typeof(IReadOnlyList<>) && definition != typeof(IReadOnlyCollection<>) && definition != typeof(IEnumerable<>))
                return false;
            currentType = typeof(List<>).MakeGenericType(currentType.GetGenericArguments());
            return true;
        }
    }

    private sealed class RefConverter : IYamlTypeConverter
    {
        public bool Accepts(Type type) => type == typeof(Ref);

        public object? ReadYaml(IParser parser, Type type, ObjectDeserializer rootDeserializer)
        {
            var scalar = parser.Consume<Scalar>();
            return new Ref(scalar.Value.Trim().TrimStart('@'), (int)scalar.Start.Line, (int)scalar.Start.Column);
        }

        public void WriteYaml(IEmitter emitter, object? value, Type type, ObjectSerializer serializer) =>
            throw new NotSupportedException();
    }

    private sealed class PositionedTextConverter : IYamlTypeConverter
    {
        public bool Accepts(Type type) => type == typeof(PositionedText);

        public object? ReadYaml(IParser parser, Type type, ObjectDeserializer rootDeserializer)
        {
            if (!parser.TryConsume<Scalar>(out var scalar))
            {
                BindingSession.Report(BindingErrors.WrongType, parser.Current?.Start ?? Mark.Empty, CheckedValueDeserializer.Describe(type),
                    CheckedValueDeserializer.Found(parser.Current));
                parser.SkipThisAndNestedEvents();
                return null;
            }
            if (scalar.Style == ScalarStyle.Plain && scalar.Value is "" or "~" or "null" or "Null" or "NULL") return null;
            return new PositionedText(scalar.Value, (int)scalar.Start.Line, (int)scalar.Start.Column);
        }

        public void WriteYaml(IEmitter emitter, object? value, Type type, ObjectSerializer serializer) =>
            throw new NotSupportedException();
    }

    /// <summary>Records each record's start and turns YamlDotNet's "property not found" into an unknown-key error.</summary>
    private sealed class PositionedNodeDeserializer(INodeDeserializer inner) : INodeDeserializer
    {
        public bool Deserialize(IParser reader, Type expectedType, Func<IParser, Type, object?> nestedObjectDeserializer,
            out object? value, ObjectDeserializer rootDeserializer)
        {
            var start = reader.Current?.Start ?? Mark.Empty;
            try
            {
                if (!inner.Deserialize(reader, expectedType, nestedObjectDeserializer, out value, rootDeserializer))
                    return false;
            }
            catch (YamlException ex) when (ex is not UnknownKeyException && TryUnknownKey(ex, expectedType, out var unknown))
            {
                throw unknown;
            }
            if (value is YamlRecord record)
            {
                record.Line = (int)start.Line;
                record.Column = (int)start.Column;
            }
            return true;
        }

        private static bool TryUnknownKey(YamlException ex, Type type, out UnknownKeyException unknown)
        {
            unknown = null!;
            const string marker = "Property '";
            var message = ex.Message;
            var at = message.IndexOf(marker, StringComparison.Ordinal);
            if (at < 0 || !message.Contains("not found on type", StringComparison.Ordinal)) return false;
            var key = message[(at + marker.Length)..message.IndexOf('\'', at + marker.Length)];
            var names = RequiredKeys.YamlNames(type);
            var best = Suggest(key, names);
            unknown = new UnknownKeyException(ex.Start, ex.End, key, DisplayName(type), best is null ? "" : $"; did you mean '{best}'?");
            return true;
        }
    }

    /// <summary>The closest allowed key within a small edit distance, if any.</summary>
    public static string? Suggest(string key, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var c in candidates.OrderBy(c => c, StringComparer.Ordinal))
        {
            var d = Distance(key.ToLowerInvariant(), c.ToLowerInvariant());
            if (d < bestDistance) (best, bestDistance) = (c, d);
        }
        return bestDistance <= Math.Max(2, key.Length / 3) ? best : null;
    }

    private static int Distance(string a, string b)
    {
        var prev = new int[b.Length + 1];
        var cur = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) prev[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            cur[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                cur[j] = Math.Min(Math.Min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    cur[j] = Math.Min(cur[j], prev[j - 2 < 0 ? 0 : j - 2] + 1);
            }
            (prev, cur) = (cur, prev);
        }
        return prev[b.Length];
    }

    /// <summary>Finds non-nullable reference properties left null: the keys a file must give.</summary>
    private static class RequiredKeys
    {
        private static readonly ConcurrentDictionary<Type, (PropertyInfo Property, string Name, bool Required)[]> Cache = new();

        public static IEnumerable<string> YamlNames(Type type) => Properties(type).Select(p => p.Name);

        public static void Check(object value, string file, int firstLine, List<Diagnostic> errors)
        {
            if (value is IEnumerable items and not string)
            {
                foreach (var item in items) if (item is not null) Check(item, file, firstLine, errors);
                return;
            }
            if (value is not YamlRecord record) return;
            foreach (var (property, name, required) in Properties(value.GetType()))
            {
                var v = property.GetValue(value);
                if (v is null)
                {
                    if (required)
                        errors.Add(BindingErrors.MissingKey.At(file, Math.Max(record.Line, firstLine), Math.Max(record.Column, 1), name, DisplayName(value.GetType())));
                }
                else Check(v, file, firstLine, errors);
            }
        }

        private static (PropertyInfo Property, string Name, bool Required)[] Properties(Type type) => Cache.GetOrAdd(type, t =>
        {
            var nullability = new NullabilityInfoContext();
            return t.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.CanWrite && p.GetCustomAttribute<YamlIgnoreAttribute>() is null && p.GetIndexParameters().Length == 0)
                .Where(p => p.DeclaringType != typeof(YamlRecord) && p.Name != "EqualityContract")
                .Select(p => (p,
                    p.GetCustomAttribute<YamlMemberAttribute>()?.Alias ?? CamelCaseNamingConvention.Instance.Apply(p.Name),
                    !p.PropertyType.IsValueType && nullability.Create(p).WriteState == NullabilityState.NotNull))
                .ToArray();
        });
    }
}
