using ExplainerSite.Engine.Caching;
using ExplainerSite.Engine.Documents;
using ExplainerSite.Engine.Pipelines;
using ExplainerSite.Engine.Yaml;
using ExplainerSite.Model;

namespace ExplainerSite.Modules;

/// <summary>Binds each data file to its record type (see <see cref="DataFiles"/>); other YAML becomes plain values.</summary>
public sealed class BindDataFiles : DocumentModule
{
    public const string Record = nameof(Record);

    private static readonly System.Reflection.MethodInfo BindMethod = typeof(YamlBinder).GetMethod(nameof(YamlBinder.Bind))!;

    protected override Document? Execute(Document document, IExecutionContext context)
    {
        var type = DataFiles.RecordType(document.Source);
        if (type is null)
            return document.With(Keys.Data, YamlLoader.Load(document.Content, document.Source));
        object Bind() => BindMethod.MakeGenericMethod(type).Invoke(YamlBinder.Shared, [document.Content, document.Source, 1])!;
        try
        {
            // Bound records are immutable, so a preview's rebuild reuses those of unchanged files.
            var record = context.Find<RenderCache>() is { } cache
                ? cache.GetOrCompute(this, document, Fingerprint.Of(document.Content), context, Bind)
                : Bind();
            return document.With(Record, record);
        }
        catch (System.Reflection.TargetInvocationException ex) when (ex.InnerException is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(ex.InnerException).Throw();
            throw;
        }
    }
}
