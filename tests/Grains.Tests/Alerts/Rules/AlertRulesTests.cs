using CommuneRadio.Grains.Alerts;
using static CommuneRadio.Grains.Tests.Alerts.Rules.SampleAlerts;

namespace CommuneRadio.Grains.Tests.Alerts.Rules;

public sealed class AlertRulesTests
{
    [Fact]
    public void A_complete_text_alert_passes_every_rule() => Assert.Empty(Problems(Text()));

    [Fact]
    public void A_complete_audio_alert_passes_every_rule() => Assert.Empty(Problems(Audio()));

    [Fact]
    public void An_update_and_a_cancel_naming_the_earlier_alert_pass() =>
        Assert.All([Update(), Cancel()], message => Assert.Empty(Problems(message)));

    [Fact]
    public void Every_problem_of_a_message_is_reported_at_once()
    {
        var message = Text() with
        {
            Identifier = "",
            Event = " ",
            AreaCodes = ["29308", "abc"],
            Text = null,
            Volume = 150,
            Repeat = 0,
            Expires = Now.AddHours(-1),
        };

        var fields = Problems(message).Select(problem => problem.Field).ToList();

        Assert.Equal(["identifier", "event", "areaCodes[1]", "text", "volume", "repeat", "expires", "expires"], fields);
    }

    [Fact]
    public void Problems_quote_Vietnamese_values_intact()
    {
        var problem = SingleProblem(Text() with { AreaCodes = ["Xã Mỹ Hiệp"] }, "areaCodes[0]");

        Assert.Contains("'Xã Mỹ Hiệp'", problem.Problem);
    }

    [Fact]
    public void A_long_offending_value_is_quoted_cut_short()
    {
        var problem = SingleProblem(Text() with { Identifier = "bão " + new string('x', 100) }, "identifier");

        Assert.Contains("…", problem.ToString());
        Assert.DoesNotContain(new string('x', 100), problem.Problem);
    }

    [Fact]
    public void An_enum_value_outside_the_defined_ones_is_named()
    {
        var problem = SingleProblem(Text() with { Severity = (AlertSeverity)42 }, "severity");

        Assert.Contains("'42' is not one of Extreme, Severe, Moderate, Minor, Unknown", problem.Problem);
    }

    [Fact]
    public void Status_message_type_urgency_certainty_and_category_must_be_defined_values()
    {
        var message = Text() with
        {
            Status = (AlertStatus)9,
            MessageType = (AlertMessageType)9,
            Urgency = (AlertUrgency)9,
            Certainty = (AlertCertainty)9,
            Category = (AlertCategory)99,
        };

        var fields = Problems(message).Select(problem => problem.Field).ToList();

        Assert.Equal(["status", "messageType", "urgency", "certainty", "category"], fields);
    }
}
