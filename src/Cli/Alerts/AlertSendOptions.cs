using System.CommandLine;
using System.CommandLine.Parsing;
using CommuneRadio.Cli.CommandLine;

namespace CommuneRadio.Cli.Alerts;

/// <summary>The options of <c>alert send</c>, with the checks the command line can make before asking the Silo.</summary>
public sealed class AlertSendOptions
{
    public Option<string?> Template { get; } = new("--template", "-t")
    {
        Description = "Template: storm, flood, landslide, evacuation, all-clear (or its Vietnamese name)",
    };

    public Option<FileInfo?> Cap { get; } = new("--cap") { Description = "A CAP 1.2 XML file to send as it is (areas and content come from the file)" };

    public Option<string[]> Areas { get; } = new("--area", "-a") { Description = "Official code of an area to alert (repeat for several: --area 29308 --area 29224)" };

    public Option<string?> Status { get; } = new("--status") { Description = "actual (default), exercise or test" };

    public Option<string?> Text { get; } = new("--text") { Description = "What the loudspeakers speak, instead of the template's text" };

    public Option<int?> Repeat { get; } = RangeOption.Create("--repeat", "", "Plays per loudspeaker (1–20)", 1, 20);

    public Option<TimeSpan?> Interval { get; } = new("--interval")
    {
        Description = "Pause between plays (e.g. 60s, 2m)",
        CustomParser = r => Duration(r, allowZero: true, wholeMinutes: false),
    };

    public Option<TimeSpan?> ValidFor { get; } = new("--valid-for")
    {
        Description = "How long the alert stays valid (e.g. 90m, 2h); after that nothing more is sent",
        CustomParser = r => Duration(r, allowZero: false, wholeMinutes: true),
    };

    public Option<int?> Volume { get; } = RangeOption.Create("--volume", "", "Volume for this alert only (0–100; default full volume)", 0, 100);

    public Option<bool> Wait { get; } = new("--wait") { Description = "Then follow delivery as 'alert status --follow' does (and exit as it does)" };

    public void AddTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        Status.AcceptOnlyFromAmong("actual", "exercise", "test");
        foreach (var option in new Option[] { Template, Cap, Areas, Status, Text, Repeat, Interval, ValidFor, Volume, Wait })
        {
            command.Options.Add(option);
        }

        command.Validators.Add(Validate);
    }

    private void Validate(CommandResult result)
    {
        var template = result.GetResult(Template) is not null;
        var cap = result.GetResult(Cap) is not null;
        if (template == cap)
        {
            result.AddError("give either --template (with --area) or --cap FILE");
            return;
        }

        if (template && (result.GetValue(Areas) ?? []).Length == 0)
        {
            result.AddError("--template needs at least one --area CODE");
        }

        if (cap)
        {
            var given = new Option[] { Areas, Status, Text, Repeat, Interval, ValidFor, Volume }.Where(o => result.GetResult(o) is not null).Select(o => o.Name).ToList();
            if (given.Count > 0)
            {
                result.AddError($"--cap sends the file as it is; {string.Join(", ", given)} cannot change it");
            }
        }
    }

    private static TimeSpan? Duration(ArgumentResult result, bool allowZero, bool wholeMinutes)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
        var value = DurationParser.Parse(text, allowZero, out var problem);
        if (problem is null && wholeMinutes && value!.Value.TotalMinutes % 1 != 0)
        {
            problem = $"'{text}' is not a whole number of minutes; write e.g. 90m or 2h";
        }
        else if (problem is null && !wholeMinutes && value!.Value.TotalSeconds % 1 != 0)
        {
            problem = $"'{text}' is not a whole number of seconds";
        }

        if (problem is not null)
        {
            result.AddError($"{((OptionResult)result.Parent!).Option.Name}: {problem}");
            return null;
        }

        return value;
    }
}
