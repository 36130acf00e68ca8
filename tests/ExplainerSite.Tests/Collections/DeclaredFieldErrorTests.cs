using ExplainerSite.Tests.TestSupport;

namespace ExplainerSite.Tests.Collections;

/// <summary>
/// Every declared field type checks its values, each problem at the file, line and column of the value, with
/// a "did you mean" where one helps; all problems of a build are reported together.
/// </summary>
public sealed class DeclaredFieldErrorTests
{
    /// <summary>A collection using every field type; each case below spoils one value of its one record.</summary>
    private const string Declarations = """
        -- input/collections.yml --
        sources:
          file: sources.yml
          role: bibliography
          idPattern: "^[A-Za-z0-9]+$"
          list: { url: /sources/ }
          fields:
            id: text
            title: text
            publisher: text
        vendors:
          file: vendors.yml
          fields:
            id: text
            name: text
        chips:
          file: chips.yml
          record: chip
          fields:
            id: text
            name: text
            summary: markdown
            memory: { type: number, unit: GB }
            cores: integer
            current: boolean
            released: date
            announced: { type: date, full: true }
            site: url
            kind: { type: enum, values: [gpu, asic] }
            vendor: { type: ref, to: vendors }
            tags: { type: list, item: text }
            size: { type: object, record: die size, fields: { width: number, height: number } }
            bandwidth: sourced
            cites: { type: sources, optional: true }
        -- input/sources.yml --
        - id: S1
          title: "First source"
          publisher: "Press One"
        -- input/vendors.yml --
        - id: nvidia
          name: "Nvidia"
        """;

    private const string Good = """
        -- input/chips.yml --
        - id: h100
          name: "H100"
          summary: "A *data-centre* GPU."
          memory: 80
          cores: 132
          current: true
          released: 2022-03
          announced: 2022-03-22
          site: "https://example.org/h100"
          kind: gpu
          vendor: nvidia
          tags: [hopper, sxm]
          size: { width: 26.0, height: 31.5 }
          bandwidth: { value: "3.35 TB/s", sources: [S1] }
          cites: [S1]
        """;

    [Fact]
    public async Task Every_field_type_binds_a_good_value()
    {
        using var site = await InlineSite.BuildAsync(Declarations + "\n" + Good);
        Assert.True(site.Result.Succeeded, string.Join("\n", site.Diagnostics));
    }

    public static TheoryData<string, string, string> Cases => new()
    {
        { "  name: \"H100\"", "  nmae: \"H100\"", "chips.yml:2:3: error ES0101: unknown key 'nmae' in chip; did you mean 'name'?" },
        { "  vendor: nvidia", "  vendor: nvidea", "chips.yml:11:11: error ES2004: unknown vendors 'nvidea'" },
        { "  bandwidth: { value: \"3.35 TB/s\", sources: [S1] }", "  bandwidth: { value: \"3.35 TB/s\" }",
            "chips.yml:14:14: error ES2002: this fact has no sources" },
        { "  bandwidth: { value: \"3.35 TB/s\", sources: [S1] }", "  bandwidth: { value: \"3.35 TB/s\", sources: [S9] }",
            "chips.yml:14:46: error ES2001: unknown source 'S9'" },
        { "  kind: gpu", "  kind: gpv", "chips.yml:10:9: error ES0104: 'gpv' is not a valid kind; allowed values: gpu, asic (did you mean 'gpu'?)" },
        { "  released: 2022-03", "  released: 2022-13", "chips.yml:7:13: error ES2006: '2022-13' is not a date; write YYYY-MM-DD (or YYYY-MM, or YYYY)" },
        { "  announced: 2022-03-22", "  announced: 2022-03", "chips.yml:8:14: error ES2006: '2022-03' is not a date; write YYYY-MM-DD" },
        { "  site: \"https://example.org/h100\"", "  site: \"javascript:alert(1)\"", "chips.yml:9:9: error ES2013: unsafe link 'javascript:alert(1)'" },
        { "  cores: 132", "  cores: many", "chips.yml:5:10: error ES0103: expected a whole number, found 'many'" },
        { "  memory: 80", "  memory: [80]", "chips.yml:4:11: error ES0103: expected a number, found a list" },
        { "  current: true", "  current: maybe", "chips.yml:6:12: error ES0103: expected true or false, found 'maybe'" },
        { "  tags: [hopper, sxm]", "  tags: hopper", "chips.yml:12:9: error ES0103: expected a list, found 'hopper'" },
        { "  size: { width: 26.0, height: 31.5 }", "  size: { width: 26.0, heigth: 31.5 }",
            "chips.yml:13:24: error ES0101: unknown key 'heigth' in die size; did you mean 'height'?" },
        { "  name: \"H100\"\n", "", "chips.yml:1:3: error ES0102: missing required key 'name' in chip" },
        { "  cites: [S1]", "  cites: []", "chips.yml:1:3: error ES2002: this chip has no sources" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_bad_value_is_an_error_at_its_place(string good, string bad, string expected)
    {
        Assert.Contains(good, Good);
        using var site = await InlineSite.BuildAsync(Declarations + "\n" + Good.Replace(good, bad, StringComparison.Ordinal));
        Assert.False(site.Result.Succeeded);
        Assert.Contains(expected, site.Diagnostics);
        Assert.All(site.Diagnostics.Where(d => d.Contains(": error ", StringComparison.Ordinal)), d => Assert.StartsWith("chips.yml:", d));
    }

    public static TheoryData<string, string, string> DeclarationCases => new()
    {
        { "    vendor: { type: ref, to: vendors }", "    vendor: { type: ref, to: vendor }",
            "collections.yml:29:13: error ES2051: unknown collection 'vendor'; did you mean 'vendors'?" },
        { "    cores: integer", "    cores: integr", "collections.yml:23:12: error ES2050: unknown field type 'integr'; did you mean 'integer'?" },
        { "  record: chip", "  recrod: chip",
            "collections.yml:17:3: error ES0101: unknown key 'recrod' in collection declaration; did you mean 'record'?" },
    };

    [Theory]
    [MemberData(nameof(DeclarationCases))]
    public async Task A_bad_declaration_is_an_error_at_its_place(string good, string bad, string expected)
    {
        Assert.Contains(good, Declarations);
        using var site = await InlineSite.BuildAsync(Declarations.Replace(good, bad, StringComparison.Ordinal) + "\n" + Good);
        Assert.False(site.Result.Succeeded);
        Assert.Contains(expected, site.Diagnostics);
    }

    [Fact]
    public async Task Every_problem_of_a_build_is_reported_together()
    {
        var bad = Good.Replace("kind: gpu", "kind: gpv", StringComparison.Ordinal).Replace("cores: 132", "cores: many", StringComparison.Ordinal)
            + "\n-- input/vendors.yml --\n- id: nvidia\n  nam: \"Nvidia\"\n";
        using var site = await InlineSite.BuildAsync(Declarations + "\n" + bad);
        Assert.True(4 == site.Diagnostics.Count(d => d.Contains(": error ES0", StringComparison.Ordinal)), string.Join("\n", site.Diagnostics));
    }
}
