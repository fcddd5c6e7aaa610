using CommuneRadio.Grains.Alerts;
using static CommuneRadio.Grains.Tests.Alerts.Rules.SampleAlerts;

namespace CommuneRadio.Grains.Tests.Alerts.Rules;

public sealed class AreaRulesTests
{
    [Theory]
    [InlineData("82")]
    [InlineData("29308")]
    [InlineData("001")]
    public void An_official_code_of_two_to_five_digits_passes(string code) =>
        Assert.Empty(Problems(Text() with { AreaCodes = [code] }));

    [Theory]
    [InlineData("8")]
    [InlineData("293081")]
    [InlineData("29a08")]
    [InlineData("")]
    [InlineData("٢٩٣٠٨")]
    public void A_code_that_is_not_two_to_five_ascii_digits_is_refused(string code)
    {
        var problem = SingleProblem(Text() with { AreaCodes = ["82", code] }, "areaCodes[1]");

        Assert.Contains($"'{code}' is not an official area code", problem.Problem);
    }

    [Fact]
    public void An_alert_without_areas_is_refused() =>
        Assert.Contains("at least one area", SingleProblem(Text() with { AreaCodes = [] }, "areaCodes").Problem);

    [Fact]
    public void A_code_named_twice_is_refused_pointing_at_the_first()
    {
        var problem = SingleProblem(Text() with { AreaCodes = ["29308", "29224", "29308"] }, "areaCodes[2]");

        Assert.Equal("'29308' already appears as areaCodes[0]", problem.Problem);
    }

    [Fact]
    public void More_areas_than_the_limit_are_refused()
    {
        var codes = Enumerable.Range(10_000, AlertRules.MaxAreaCodes + 1).Select(code => code.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();

        Assert.Empty(Problems(Text() with { AreaCodes = codes[..^1] }));
        Assert.Contains("name the province", SingleProblem(Text() with { AreaCodes = codes }, "areaCodes").Problem);
    }
}
