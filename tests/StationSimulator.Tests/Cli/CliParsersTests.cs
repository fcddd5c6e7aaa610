using CommuneRadio.StationSimulator.Cli;

namespace CommuneRadio.StationSimulator.Tests.Cli;

public sealed class CliParsersTests
{
    [Theory]
    [InlineData("30s", 30)]
    [InlineData("500ms", 0.5)]
    [InlineData("2m", 120)]
    [InlineData("1h", 3600)]
    [InlineData("1.5s", 1.5)]
    [InlineData("00:00:45", 45)]
    public void Durations_are_read_as_an_operator_types_them(string text, double seconds)
    {
        Assert.Equal(TimeSpan.FromSeconds(seconds), CliParsers.ParseDuration(text, out var problem));
        Assert.Null(problem);
    }

    [Theory]
    [InlineData("soon")]
    [InlineData("0s")]
    [InlineData("-5s")]
    public void A_duration_that_is_not_one_or_not_positive_says_how_to_write_it(string text)
    {
        Assert.Null(CliParsers.ParseDuration(text, out var problem));
        Assert.Contains($"'{text}'", problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("127.0.0.1:51883", "127.0.0.1", 51883)]
    [InlineData("broker.local", "broker.local", 1883)]
    [InlineData("[::1]:1884", "::1", 1884)]
    public void Broker_addresses_are_host_and_port(string text, string host, int port) =>
        Assert.Equal((host, port), CliParsers.ParseBroker(text, out _));

    [Theory]
    [InlineData("127.0.0.1:")]
    [InlineData("127.0.0.1:70000")]
    [InlineData(":1883")]
    public void A_broken_broker_address_is_refused_with_an_example(string text)
    {
        Assert.Null(CliParsers.ParseBroker(text, out var problem));
        Assert.Contains("HOST:PORT", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void The_run_command_refuses_a_share_outside_0_to_1()
    {
        var parsed = SimulatorCommandLine.Create().Parse(["run", "--broker", "127.0.0.1:1883", "--province", "p.json", "--credentials", "c.json", "--mqtt311-share", "1.5"]);
        Assert.Contains(parsed.Errors, e => e.Message.Contains("--mqtt311-share must be a number between 0 and 1, not '1.5'", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("--stations", "abc", "--stations must be a whole number of at least 1, not 'abc'")]
    [InlineData("--stations", "0", "--stations must be a whole number of at least 1, not '0'")]
    [InlineData("--jitter", "nhiều", "--jitter must be a number between 0 and 1, not 'nhiều'")]
    [InlineData("--playback-speed", "-2", "--playback-speed must be a positive number, not '-2'")]
    [InlineData("--playback-speed", "NaN", "--playback-speed must be a positive number, not 'NaN'")]
    public void A_value_that_is_not_a_number_in_range_is_a_parse_error_naming_it_not_a_crash(string option, string value, string message)
    {
        var parsed = SimulatorCommandLine.Create().Parse(["run", "--broker", "127.0.0.1:1883", "--province", "p.json", "--credentials", "c.json", option, value]);

        Assert.Contains(parsed.Errors, e => e.Message == message);
    }
}
