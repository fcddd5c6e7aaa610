using CommuneRadio.Cli.CommandLine;

namespace CommuneRadio.Cli.Tests.CommandLine;

public sealed class DurationParserTests
{
    [Theory]
    [InlineData("60s", 60)]
    [InlineData("2m", 120)]
    [InlineData("2h", 7200)]
    [InlineData("1.5h", 5400)]
    [InlineData("1d", 86400)]
    [InlineData("500ms", 0.5)]
    [InlineData("01:30:00", 5400)]
    public void Durations_are_read_as_an_operator_types_them(string text, double seconds)
    {
        Assert.Equal(TimeSpan.FromSeconds(seconds), DurationParser.Parse(text, allowZero: false, out var problem));
        Assert.Null(problem);
    }

    [Fact]
    public void Zero_is_a_duration_only_where_allowed()
    {
        Assert.Equal(TimeSpan.Zero, DurationParser.Parse("0s", allowZero: true, out _));
        Assert.Null(DurationParser.Parse("0s", allowZero: false, out var problem));
        Assert.Equal("'0s' must be a positive duration", problem);
    }

    [Theory]
    [InlineData("soon")]
    [InlineData("60")]
    [InlineData("-5m")]
    [InlineData("2 giờ")]
    public void Text_that_is_not_a_duration_says_how_to_write_one(string text)
    {
        Assert.Null(DurationParser.Parse(text, allowZero: true, out var problem));
        Assert.StartsWith($"'{text}' is not a duration; write e.g. 60s", problem, StringComparison.Ordinal);
    }
}
