using System.CommandLine;

namespace Pipework.Host.Cli;

/// <summary>
/// The options <c>build</c>, <c>check</c> and <c>serve</c> share, created once per command (an option belongs to
/// one command) and read back into a <see cref="BuildRequest"/>.
/// </summary>
public sealed class SiteOptions
{
    public Option<string> Input { get; } = new("--input") { Description = "Content folder", DefaultValueFactory = _ => "input" };
    public Option<string> Theme { get; } = new("--theme") { Description = "Theme folder", DefaultValueFactory = _ => "theme" };
    public Option<string> Output { get; } = new("--output") { Description = "Output folder (replaced whole on success)", DefaultValueFactory = _ => "output" };
    public Option<bool> ReplaceOutput { get; } = new("--replace-output")
    {
        Description = "Replace the output folder even if it holds files this generator did not write (they are deleted)",
    };
    public Option<bool> Drafts { get; } = new("--drafts") { Description = "Include pages marked draft: true" };
    public Option<bool> Strict { get; } = new("--strict") { Description = "Treat warnings (http links, images without alt text, long descriptions) as errors" };
    public Option<bool> Verbose { get; } = new("--verbose", "-v") { Description = "Print more: the files of each pipeline and every link to another site" };
    public Option<bool> Quiet { get; } = new("--quiet", "-q") { Description = "Print errors only (no warnings, no summary)" };

    /// <summary>Adds the options to <paramref name="command"/>; <c>--output</c> only when the command writes.</summary>
    public Command AddTo(Command command, bool output = true)
    {
        command.Add(Input);
        command.Add(Theme);
        if (output)
        {
            command.Add(Output);
            command.Add(ReplaceOutput);
        }
        command.Add(Drafts);
        command.Add(Strict);
        command.Add(Verbose);
        command.Add(Quiet);
        return command;
    }

    public Verbosity VerbosityOf(ParseResult parse) =>
        parse.GetValue(Quiet) ? Verbosity.Quiet : parse.GetValue(Verbose) ? Verbosity.Verbose : Verbosity.Normal;

    public BuildRequest Request(ParseResult parse, BuildOptions options, bool writeOutput = true) =>
        new(parse.GetValue(Input)!, parse.GetValue(Theme)!, writeOutput ? parse.GetValue(Output) ?? "" : "output", options)
        {
            WriteOutput = writeOutput,
            ReplaceOutput = writeOutput && parse.GetValue(ReplaceOutput),
            Strict = parse.GetValue(Strict),
            Verbosity = VerbosityOf(parse),
        };
}
