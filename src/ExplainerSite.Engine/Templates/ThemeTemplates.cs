using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using System.Text.Unicode;
using Pipework.Caching;
using Pipework.Diagnostics;
using Pipework.IO;
using Pipework.Metadata;
using Fluid;
using Fluid.Values;
using Microsoft.Extensions.FileProviders;

namespace Pipework.Templates;

/// <summary>
/// The theme's Liquid templates: layouts in <c>theme/layouts/NAME.liquid</c> (a layout may name its own
/// parent with front matter <c>layout: base</c>) and partials in <c>theme/partials/</c> for <c>{% render %}</c>
/// and <c>{% include %}</c>. Templates are parsed once and shared; output is HTML-encoded unless a value is
/// marked safe; an undefined variable is an error; dates render in UTC.
/// </summary>
public sealed partial class ThemeTemplates
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);
    private readonly string _themeRoot;
    private readonly FluidParser _parser;
    private readonly ConcurrentDictionary<string, Lazy<Layout>> _layouts = new(StringComparer.Ordinal);
    private readonly CachedFileProvider _partials;

    /// <summary>
    /// The templates of the theme at <paramref name="themeRoot"/>; <paramref name="configure"/> may add filters or
    /// tags.
    /// </summary>
    public ThemeTemplates(string themeRoot, Action<TemplateOptions, FluidParser>? configure = null)
    {
        _themeRoot = themeRoot;
        _parser = new FluidParser(new FluidParserOptions { AllowFunctions = false });
        Options = new TemplateOptions
        {
            // Undefined names are errors, but not through Fluid's StrictVariables, which also rejects a key whose
            // value is null: a top-level name or .NET member goes to Undefined, a dictionary key to StrictDictionary.
            StrictVariables = false,
            Undefined = name => throw new FluidException(StrictDictionary.Undefined(name)),
            StrictFilters = true,
            TimeZone = TimeZoneInfo.Utc,
            CultureInfo = CultureInfo.InvariantCulture,
            FileProvider = _partials = new CachedFileProvider(Directory.Exists(Path.Combine(themeRoot, "partials"))
                ? new PhysicalFileProvider(Path.Combine(themeRoot, "partials"))
                : new NullFileProvider(), themeRoot),
        };
        Options.ValueConverters.Add(value => StrictDictionary.Convert(value, Options));
        Options.ValueConverters.Add(value => value switch
        {
            DateTimeOffset d => new DateTimeValue(d.ToUniversalTime()),
            DateTime { Kind: DateTimeKind.Local } d => new DateTimeValue(new DateTimeOffset(d.ToUniversalTime())),
            DateTime d => new DateTimeValue(new DateTimeOffset(DateTime.SpecifyKind(d, DateTimeKind.Utc))),
            _ => null,
        });
        configure?.Invoke(Options, _parser);
    }

    /// <summary>Fluid's options: filters, value converters, the partials' file provider.</summary>
    public TemplateOptions Options { get; }

    private sealed record Layout(string Name, string File, IFluidTemplate Template, string? Parent);

    private readonly Lock _refreshLock = new();
    private Dictionary<string, Fingerprint> _files = new(StringComparer.Ordinal);

    /// <summary>
    /// Checks the theme's template files against the last call: parsed layouts whose file changed or went away
    /// are dropped, and a changed partial empties the partial cache, so templates kept across rebuilds (a
    /// preview server) are never stale. Returns a fingerprint of every template file, for render caches.
    /// </summary>
    public Fingerprint Refresh()
    {
        lock (_refreshLock)
        {
            _partials.Clear();
            var files = new Dictionary<string, Fingerprint>(StringComparer.Ordinal);
            foreach (var folder in new[] { "layouts", "partials" })
            {
                var root = Path.Combine(_themeRoot, folder);
                foreach (var relative in ReadFiles.Find(root, ["**/*"], null, _themeRoot))
                {
                    try { files[folder + "/" + relative] = Fingerprint.Of(File.ReadAllText(Path.Combine(root, relative))); }
                    catch (Exception ex) when (ex is IOException or UnauthorizedAccessException) { files[folder + "/" + relative] = default; }
                }
            }
            foreach (var name in _layouts.Keys)
            {
                var file = "layouts/" + name + ".liquid";
                if (!files.TryGetValue(file, out var now) || !_files.TryGetValue(file, out var before) || now != before)
                    _layouts.TryRemove(name, out _);
            }
            bool Changed(string prefix) =>
                files.Where(f => f.Key.StartsWith(prefix, StringComparison.Ordinal))
                    .Concat(_files.Where(f => f.Key.StartsWith(prefix, StringComparison.Ordinal)))
                    .Any(f => !files.TryGetValue(f.Key, out var a) || !_files.TryGetValue(f.Key, out var b) || a != b);
            // Fluid keeps parsed partials by path and time of change; a fresh cache also catches an edit that kept the time.
            if (Changed("partials/")) Options.TemplateCache = new TemplateOptions().TemplateCache;
            _files = files;
            using var all = new FingerprintBuilder();
            foreach (var (file, fingerprint) in files.OrderBy(f => f.Key, StringComparer.Ordinal)) all.Add(file).Add(fingerprint);
            return all.Finish();
        }
    }

    /// <summary>Names of the layouts in the theme, for error hints.</summary>
    public IReadOnlyList<string> LayoutNames() =>
        ReadFiles.Find(Path.Combine(_themeRoot, "layouts"), ["*.liquid"], null, _themeRoot)
            .Select(Path.GetFileNameWithoutExtension).ToList()!;

    /// <summary>True when <c>theme/layouts/NAME.liquid</c> exists.</summary>
    public bool HasLayout(string name) => File.Exists(LayoutPath(name));

    /// <summary>
    /// Renders <paramref name="content"/> into the layout <paramref name="layout"/> and its parents.
    /// <paramref name="variables"/> become top-level template variables; <c>content</c> is the inner HTML.
    /// </summary>
    public string Render(string layout, IReadOnlyDictionary<string, object?> variables, string content, string documentSource)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        string? name = layout;
        while (name is not null)
        {
            if (!seen.Add(name)) throw EngineErrors.TemplateRender.Exception(documentSource, 0, 0, LayoutFile(name), "layouts form a cycle");
            var current = Get(name, documentSource);
            var context = new TemplateContext(Options);
            foreach (var (key, value) in variables) context.SetValue(key, value);
            context.SetValue("content", new StringValue(content, encode: false));
            try
            {
                content = current.Template.Render(context, Encoder);
            }
            catch (Exception ex) when (ex is FluidException or InvalidOperationException or ParseException or FileNotFoundException or ArgumentException)
            {
                throw new ContentException(TemplateErrorLocator.Locate(ex, current.File, LayoutPath(current.Name), Path.Combine(_themeRoot, "partials"), documentSource));
            }
            name = current.Parent;
        }
        return content;
    }

    private Layout Get(string name, string documentSource)
    {
        // A layout parsed in this build is still there (Refresh drops layouts whose file changed or went away).
        if (_layouts.TryGetValue(name, out var parsed) && parsed.IsValueCreated) return parsed.Value;
        if (!LayoutLookup.IsName(name)) throw new ContentException(EngineErrors.NotALayoutName.AtFile(documentSource, name));
        if (!HasLayout(name))
            throw new ContentException(EngineErrors.LayoutNotFound.AtFile(documentSource, name, string.Join(", ", LayoutNames())));
        return _layouts.GetOrAdd(name, n => new Lazy<Layout>(() => Load(n))).Value;
    }

    private Layout Load(string name)
    {
        var file = LayoutFile(name);
        var path = SourcePaths.Contain(_themeRoot, Path.Combine("layouts", name + ".liquid"), file, SourceRoot.Theme);
        var text = TextFile.Read(path, file);
        var split = ExtractFrontMatter.Split(text, file);
        string? parent = null;
        var body = text;
        var lineOffset = 0;
        if (split is { } s)
        {
            body = s.Body;
            lineOffset = s.BodyLine - 1;
            var front = Yaml.YamlLoader.Load("\n" + s.Yaml, file) as IDictionary<string, object?>;
            parent = front?.TryGetValue("layout", out var p) == true ? p?.ToString() : null;
            if (parent is not null && !LayoutLookup.IsName(parent))
                throw EngineErrors.NotALayoutName.Exception(file, LayoutKeyLine(s.Yaml), 1, parent);
        }
        return new Layout(name, file, Parse(body, file, lineOffset), parent);
    }

    /// <summary>
    /// Parses a template, turning Fluid's "message at (line:col)" plus source excerpt into a one-line message
    /// positioned in the file (Fluid's line and 1-based column, shifted by <paramref name="lineOffset"/>).
    /// </summary>
    public IFluidTemplate Parse(string text, string file, int lineOffset = 0)
    {
        if (_parser.TryParse(text, out var template, out var error)) return template;
        var message = (error ?? "").Split('\n')[0];
        var match = PositionPattern().Match(message);
        var line = match.Success ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) + lineOffset : 0;
        var column = match.Success ? int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture) : 0;
        if (match.Success) message = message.Remove(match.Index, match.Length);
        throw EngineErrors.TemplateSyntax.Exception(file, line, column, message);
    }

    /// <summary>The file line of the <c>layout:</c> key in a layout's front matter (which starts on line 2).</summary>
    private static int LayoutKeyLine(string yaml) =>
        Math.Max(0, Array.FindIndex(yaml.Split('\n'), l => l.StartsWith("layout:", StringComparison.Ordinal))) + 2;

    private string LayoutPath(string name) => Path.Combine(_themeRoot, "layouts", name + ".liquid");
    private static string LayoutFile(string name) => $"theme/layouts/{name}.liquid";

    [GeneratedRegex(@"\s*(?:at\s+)?\((\d+):(\d+)\)")]
    private static partial Regex PositionPattern();
}
