using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace CommuneRadio.StationSimulator.Cli;

/// <summary>
/// <c>run</c>: starts every device of a province file against a broker and keeps them running
/// until Ctrl-C, when each publishes <c>offline</c> and disconnects.
/// </summary>
public static class RunCommand
{
    public static Command Create()
    {
        var broker = new Option<(string Host, int Port)>("--broker")
        {
            Description = "The MQTT broker, HOST:PORT (e.g. 127.0.0.1:51883)",
            Required = true,
            CustomParser = r => Parse(r, t => CliParsers.ParseBroker(t, out var p) is { } v ? (v, p) : (default, p), default),
        };
        var province = new Option<FileInfo>("--province") { Description = "Province file (samples/province format)", Required = true };
        var credentials = new Option<FileInfo>("--credentials")
        {
            Description = "Credentials file: reused when it exists, else created (mode 0600) from the Silo given by --api",
            Required = true,
        };
        var api = new Option<Uri?>("--api") { Description = "The Silo's HTTP address, e.g. http://127.0.0.1:5080, to fetch passwords" };
        var interval = new Option<TimeSpan>("--interval")
        {
            Description = "Heartbeat interval (30s, 2m, 500ms ...)",
            DefaultValueFactory = _ => TimeSpan.FromSeconds(30),
            CustomParser = r => Parse(r, t => CliParsers.ParseDuration(t, out var p) is { } v ? (v, p) : (default, p), TimeSpan.FromSeconds(30)),
        };
        var jitter = Fraction("--jitter", "Share of the interval by which heartbeats vary at random (0–1)", 0.2);
        var mqtt311 = Fraction("--mqtt311-share", "Share of the devices that speak MQTT 3.1.1 (0–1)", 0);
        var speed = new Option<double>("--playback-speed")
        {
            Description = "How much faster than real time media plays",
            DefaultValueFactory = _ => 1,
            CustomParser = r => Parse(r, t => Number(t, v => v > 0, "--playback-speed must be a positive number"), 1.0),
        };
        var stations = new Option<int?>("--stations")
        {
            Description = "Simulate only the first N stations of the file",
            CustomParser = r => Parse<int?>(r, t => int.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? (n, null) : (null, $"--stations must be a whole number of at least 1, not '{t}'"), null),
        };

        var command = new Command("run", "Run the simulated devices of a province until Ctrl-C")
        {
            broker, province, credentials, api, interval, jitter, mqtt311, speed, stations,
        };
        command.SetAction((parsed, cancellationToken) =>
        {
            var (host, port) = parsed.GetRequiredValue(broker);
            return SimulatorHost.RunAsync(
                new RunSettings
                {
                    BrokerHost = host,
                    BrokerPort = port,
                    ProvincePath = parsed.GetRequiredValue(province).FullName,
                    CredentialsPath = parsed.GetRequiredValue(credentials).FullName,
                    Api = parsed.GetValue(api),
                    HeartbeatInterval = parsed.GetValue(interval),
                    HeartbeatJitter = parsed.GetValue(jitter),
                    Mqtt311Share = parsed.GetValue(mqtt311),
                    PlaybackSpeed = parsed.GetValue(speed),
                    Stations = parsed.GetValue(stations),
                },
                cancellationToken);
        });
        return command;
    }

    private static Option<double> Fraction(string name, string description, double defaultValue)
    {
        return new Option<double>(name)
        {
            Description = description,
            DefaultValueFactory = _ => defaultValue,
            CustomParser = r => Parse(r, t => Number(t, v => v is >= 0 and <= 1, $"{name} must be a number between 0 and 1"), defaultValue),
        };
    }

    /// <summary>A number as the operator typed it (invariant culture), or the problem naming the option and the text.</summary>
    private static (double Value, string? Problem) Number(string text, Func<double, bool> valid, string rule) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value) && valid(value)
            ? (value, null)
            : (default, $"{rule}, not '{text}'");

    private static T Parse<T>(ArgumentResult result, Func<string, (T Value, string? Problem)> parse, T whenAbsent)
    {
        if (result.Tokens.Count == 0)
        {
            return whenAbsent;
        }

        var (value, problem) = parse(result.Tokens[0].Value);
        if (problem is not null)
        {
            result.AddError(problem);
        }

        return value;
    }
}
