using BenchmarkDotNet.Running;
using ExplainerSite.Benchmarks;

if (args is ["phases", var input, ..])
    return await Phases.RunAsync(input, args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 2);

if (args is ["render", var site, var page, ..])
{
    // Times one page's layout render (with its page model) in a built site: render INPUT SOURCE
    var capture = SiteCapture.Build(Path.GetFullPath(site), page);
    for (var i = 0; i < 5; i++)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var variables = ExplainerSite.Rendering.PageModel.Variables(capture.BeforeTemplate, capture.TemplateContext);
        var modelTime = clock.Elapsed;
        var html = capture.Templates.Render(capture.BeforeTemplate.Get<string>("layout") ?? "page", variables, capture.BeforeTemplate.Content, capture.BeforeTemplate.Source);
        Console.WriteLine($"{page}: page model {modelTime.TotalMilliseconds:0.0} ms, total {clock.Elapsed.TotalMilliseconds:0.0} ms, {html.Length} chars");
    }
    return 0;
}

// The corpora are written once here (bench/make-corpus); BenchmarkDotNet's child processes inherit the variable.
Environment.SetEnvironmentVariable(Corpus.Variable, Corpus.Prepare());
BenchmarkSwitcher.FromAssembly(typeof(Corpus).Assembly).Run(args);
return 0;
