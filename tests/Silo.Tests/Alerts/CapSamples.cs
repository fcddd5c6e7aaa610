using System.Text.RegularExpressions;
using CommuneRadio.TestSupport;

namespace CommuneRadio.Silo.Tests.Alerts;

/// <summary>The CAP documents in samples/cap, with their times moved to now so that they are not already expired.</summary>
internal static partial class CapSamples
{
    public static string Load(string name, DateTimeOffset now)
    {
        var xml = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "samples", "cap", name));
        var local = now.ToOffset(TimeSpan.FromHours(7));
        xml = Sent().Replace(xml, $"<sent>{local:yyyy-MM-ddTHH:mm:ss}+07:00</sent>");
        return Expires().Replace(xml, $"<expires>{local.AddHours(6):yyyy-MM-ddTHH:mm:ss}+07:00</expires>");
    }

    public static StringContent Content(string xml) => new(xml, System.Text.Encoding.UTF8, "application/cap+xml");

    [GeneratedRegex("<sent>[^<]*</sent>")]
    private static partial Regex Sent();

    [GeneratedRegex("<expires>[^<]*</expires>")]
    private static partial Regex Expires();
}
