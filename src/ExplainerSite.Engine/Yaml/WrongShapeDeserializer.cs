using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace Pipework.Yaml;

/// <summary>The last node deserializer: a node no other deserializer took has the wrong shape (a list where text belongs …).</summary>
internal sealed class WrongShapeDeserializer : INodeDeserializer
{
    public bool Deserialize(IParser reader, Type expectedType, Func<IParser, Type, object?> nestedObjectDeserializer,
        out object? value, ObjectDeserializer rootDeserializer)
    {
        var node = reader.Current;
        BindingSession.Report(BindingErrors.WrongType, node?.Start ?? Mark.Empty, CheckedValueDeserializer.Describe(expectedType),
            CheckedValueDeserializer.Found(node));
        reader.SkipThisAndNestedEvents();
        value = CheckedValueDeserializer.DefaultOf(expectedType);
        return true;
    }
}
