using System.CommandLine;
using System.Text.RegularExpressions;
using Pipework.Yaml;

namespace Pipework.Host.Cli;

/// <summary>
/// Usage errors as a person reads them: "did you mean" for a misspelt command or option (the same edit-distance
/// suggestion as for front-matter keys), and bad option values named without .NET type names.
/// </summary>
public static partial class UsageMessages
{
    /// <summary>The parse errors worth showing: a misspelt command is not also reported as a missing one.</summary>
    public static IEnumerable<System.CommandLine.Parsing.ParseError> Relevant(ParseResult parse) =>
        parse.UnmatchedTokens.Count > 0 && parse.CommandResult.Command.Subcommands.Count > 0
            ? parse.Errors.Where(e => e.Message != "Required command was not provided.")
            : parse.Errors;

    /// <summary>"did you mean 'build'?" for each token the parser did not recognise, from what its command accepts.</summary>
    public static IEnumerable<string> Suggestions(ParseResult parse)
    {
        var command = parse.CommandResult.Command;
        var names = command.Subcommands.Where(c => !c.Hidden).SelectMany(c => c.Aliases.Prepend(c.Name))
            .Concat(command.Options.Where(o => !o.Hidden).SelectMany(o => o.Aliases.Prepend(o.Name)))
            .Distinct(StringComparer.Ordinal).ToList();
        // The root command is named after the executable (ExplainerSite, explainer, testhost): not worth naming.
        var of = command is RootCommand ? "" : $" of '{command.Name}'";
        foreach (var token in parse.UnmatchedTokens.Distinct(StringComparer.Ordinal))
            if (YamlBinder.Suggest(token, names) is { } best)
                yield return $"'{token}' is not a command or option{of}; did you mean '{best}'?";
    }

    /// <summary>System.CommandLine's "Cannot parse argument 'abc' for option '--port' as expected type 'System.Int32'."</summary>
    public static string Friendly(string message)
    {
        var match = CannotParse().Match(message);
        if (!match.Success) return message;
        var kind = match.Groups["type"].Value switch
        {
            "System.Int32" or "System.Int64" => "a whole number",
            "System.Boolean" => "true or false",
            "System.Double" or "System.Decimal" => "a number",
            var other => "a " + other[(other.LastIndexOf('.') + 1)..].ToLowerInvariant(),
        };
        return $"'{match.Groups["value"].Value}' is not {kind}; {match.Groups["option"].Value} takes {kind}";
    }

    [GeneratedRegex("^Cannot parse argument '(?<value>.*)' for (option|command) '(?<option>[^']+)' as expected type '(?<type>[^']+)'\\.?$")]
    private static partial Regex CannotParse();
}
