using CommuneRadio.Grains.Alerts;
using static CommuneRadio.Grains.Tests.Alerts.Rules.SampleAlerts;

namespace CommuneRadio.Grains.Tests.Alerts.Rules;

public sealed class HeaderRulesTests
{
    [Theory]
    [InlineData("DT-2025-BAO15-001")]
    [InlineData("urn:oid:2.49.0.1.704.0.2025.11.22.08.00")]
    [InlineData("bão-số-15")]
    public void An_identifier_without_spaces_commas_ampersands_or_angle_brackets_passes(string identifier) =>
        Assert.Empty(Problems(Text() with { Identifier = identifier }));

    [Theory]
    [InlineData("", "must not be empty")]
    [InlineData("   ", "must not be empty")]
    [InlineData("bao so 15", "contains a space")]
    [InlineData("bao,15", "contains a comma")]
    [InlineData("bao&15", "contains '&'")]
    [InlineData("bao<15", "contains '<'")]
    [InlineData("bao\t15", "whitespace character (U+0009)")]
    public void An_identifier_CAP_forbids_is_refused_with_the_reason(string identifier, string reason)
    {
        var problem = SingleProblem(Text() with { Identifier = identifier }, "identifier");

        Assert.Contains(reason, problem.Problem);
    }

    [Fact]
    public void An_identifier_of_128_characters_passes_and_one_of_129_is_refused()
    {
        Assert.Empty(Problems(Text() with { Identifier = new string('a', 128) }));

        var problem = SingleProblem(Text() with { Identifier = new string('a', 129) }, "identifier");
        Assert.Contains("129 characters long; at most 128", problem.Problem);
    }

    [Theory]
    [InlineData("", "must not be empty")]
    [InlineData("Ban chỉ huy", "contains a space")]
    public void A_sender_must_be_present_and_free_of_spaces(string sender, string reason)
    {
        var problem = SingleProblem(Text() with { Sender = sender }, "sender");

        Assert.Contains(reason, problem.Problem);
    }

    [Theory]
    [InlineData(AlertMessageType.Update, "an Update must name the identifier of the alert it replaces")]
    [InlineData(AlertMessageType.Cancel, "a Cancel must name the identifier of the alert it cancels")]
    public void An_update_or_cancel_without_references_is_refused(AlertMessageType type, string reason)
    {
        var message = (type == AlertMessageType.Update ? Update() : Cancel()) with { References = null };

        Assert.Equal(reason, SingleProblem(message, "references").Problem);
    }

    [Fact]
    public void A_new_alert_that_references_another_is_refused()
    {
        var problem = SingleProblem(Text() with { References = "DT-2025-BAO15-000" }, "references");

        Assert.Contains("'DT-2025-BAO15-000'", problem.Problem);
        Assert.Contains("send an Update", problem.Problem);
    }

    [Fact]
    public void An_update_that_references_itself_is_refused()
    {
        var message = Update() with { References = Update().Identifier };

        Assert.Contains("this alert's own identifier", SingleProblem(message, "references").Problem);
    }

    [Fact]
    public void A_reference_CAP_could_not_carry_is_refused() =>
        Assert.Contains("contains a comma", SingleProblem(Update() with { References = "a,b" }, "references").Problem);
}
