using Pipework.Documents;
using Pipework.Pipelines;
using Pipework.Yaml;

namespace Pipework.Metadata;

/// <summary>Parses a YAML file's content into plain values under <see cref="Keys.Data"/> (the text stays as content).</summary>
public sealed class ParseYaml : DocumentModule
{
    /// <inheritdoc/>
    protected override Document? Execute(Document document, IExecutionContext context) =>
        document.With(Keys.Data, YamlLoader.Load(document.Content, document.Source));
}
