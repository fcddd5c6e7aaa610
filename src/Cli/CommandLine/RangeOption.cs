using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace CommuneRadio.Cli.CommandLine;

/// <summary>
/// An option holding a whole number within a range, checked while parsing: "loud" and "101" become
/// usage errors naming the option (a validator reading the value would throw on "loud" instead).
/// </summary>
public static class RangeOption
{
    public static Option<int?> Create(string name, string alias, string description, int min, int max)
    {
        var aliases = alias.Length > 0 ? new[] { alias } : [];
        return new Option<int?>(name, aliases)
        {
            Description = description,
            CustomParser = r => Parse(r, name, min, max),
        };
    }

    private static int? Parse(ArgumentResult result, string name, int min, int max)
    {
        if (result.Tokens.Count == 0)
        {
            return null;
        }

        var text = result.Tokens[0].Value;
        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }

        result.AddError($"{name} must be a whole number from {min} to {max}, not '{text}'");
        return null;
    }
}
