using System.Text.Json;
using Pipework.Diagnostics;
using ExplainerSite.Model;
using ExplainerSite.Tests.TestSupport;

namespace ExplainerSite.Tests.Collections;

/// <summary>
/// The committed JSON Schemas (<c>schemas/</c>, wired for VS Code in <c>.vscode/settings.json</c>) are the ones
/// input/collections.yml gives. After changing a declaration, regenerate them with
/// <c>ACCEPT_SCHEMAS=1 dotnet test ExplainerSite.sln --filter "FullyQualifiedName~JsonSchemaFiles"</c>.
/// </summary>
public sealed class JsonSchemaFilesTests
{
    private static readonly string Folder = Path.Combine(RepoPaths.Root, "schemas");

    private static IReadOnlyList<CollectionDeclaration> Declarations()
    {
        var errors = new List<Diagnostic>();
        var text = File.ReadAllText(Path.Combine(RepoPaths.Input, DeclarationReader.FileName));
        var declarations = DeclarationReader.Read(text, DeclarationReader.FileName, errors);
        Assert.Empty(errors);
        return declarations;
    }

    [Fact]
    public void Every_collection_with_data_files_has_its_current_schema_and_an_editor_mapping()
    {
        var accept = Environment.GetEnvironmentVariable("ACCEPT_SCHEMAS") == "1";
        var expected = JsonSchemas.WithFiles(Declarations()).ToDictionary(d => d.Name + ".schema.json", JsonSchemas.Write);
        if (accept)
        {
            Directory.CreateDirectory(Folder);
            foreach (var stale in Directory.EnumerateFiles(Folder, "*.schema.json")) File.Delete(stale);
            foreach (var (name, text) in expected) File.WriteAllText(Path.Combine(Folder, name), text);
        }
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal),
            Directory.EnumerateFiles(Folder, "*.schema.json").Select(Path.GetFileName).Order(StringComparer.Ordinal));
        foreach (var (name, text) in expected)
            Assert.True(text == File.ReadAllText(Path.Combine(Folder, name)), $"schemas/{name} is stale: regenerate it (see this test's summary)");

        using var settings = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, ".vscode", "settings.json")));
        var mapped = settings.RootElement.GetProperty("yaml.schemas");
        foreach (var d in JsonSchemas.WithFiles(Declarations()))
        {
            var target = d.File is not null ? "input/" + d.File : $"input/{d.Folder}/*.yml";
            Assert.Equal(target, mapped.GetProperty("./schemas/" + d.Name + ".schema.json").GetString());
        }
    }

    [Fact]
    public void A_schema_describes_the_declared_fields()
    {
        using var models = JsonDocument.Parse(JsonSchemas.Write(Declarations().Single(d => d.Name == "models")));
        var record = models.RootElement.GetProperty("items");
        Assert.False(record.GetProperty("additionalProperties").GetBoolean());
        Assert.Contains("name", record.GetProperty("required").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("object", record.GetProperty("properties").GetProperty("apiPrice").GetProperty("type").GetString());
    }
}
