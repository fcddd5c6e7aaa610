using System.Text;
using CommuneRadio.Grains.Alerts;
using CommuneRadio.Grains.Alerts.Cap;
using CommuneRadio.Grains.Alerts.Templates;
using CommuneRadio.Grains.Tests.Alerts.Cap;

namespace CommuneRadio.Grains.Tests.Alerts.Templates;

public sealed class AlertTemplatesTests
{
    private static readonly DateTimeOffset Now = new(2025, 11, 22, 8, 15, 30, 480, TimeSpan.FromHours(7));

    private static readonly Dictionary<string, string> AreaNames = new()
    {
        ["82"] = "Tỉnh Đồng Tháp",
        ["29308"] = "Xã Mỹ Hiệp",
        ["29224"] = "Phường Sa Đéc",
        ["29245"] = "Xã Tân Hồng",
    };

    public static TheoryData<string> Names() => ["storm", "flood", "landslide", "evacuation", "all-clear"];

    private static AlertTemplateInput Input(params string[] codes) => new()
    {
        Identifier = "DT-2025-0042",
        Sender = "bchptds@dongthap.gov.vn",
        Now = Now,
        AreaCodes = codes,
        AreaName = AreaNames.GetValueOrDefault,
    };

    [Fact]
    public void There_are_five_templates_with_distinct_names() =>
        Assert.Equal(["storm", "flood", "landslide", "evacuation", "all-clear"], AlertTemplates.All.Select(template => template.Name));

    [Theory]
    [MemberData(nameof(Names))]
    public void Every_template_filled_for_two_communes_passes_the_rules(string name)
    {
        var alert = AlertTemplates.Find(name)!.Fill(Input("29308", "29224"));

        Assert.Empty(AlertRules.Validate(alert, Now));
        Assert.Equal(["29308", "29224"], alert.AreaCodes);
        Assert.Contains("xã Mỹ Hiệp và phường Sa Đéc", alert.Text);
        Assert.Contains("xã Mỹ Hiệp và phường Sa Đéc", alert.Description);
        Assert.DoesNotContain(AlertTemplate.AreasPlaceholder, alert.Text + alert.Headline + alert.Description + alert.Instruction);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Every_template_text_is_normalized_Vietnamese(string name)
    {
        var template = AlertTemplates.Find(name)!;

        foreach (var text in new[] { template.Event, template.Headline, template.Description, template.Instruction, template.Text })
        {
            Assert.Equal(AlertText.Normalize(text), text);
            Assert.True(text.IsNormalized(NormalizationForm.FormC), text);
        }
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Every_filled_template_survives_a_CAP_round_trip(string name)
    {
        var alert = AlertTemplates.Find(name)!.Fill(Input("29308"));

        CapSamples.AssertSameAlert(alert, CapSamples.Read(CapWriter.Write(alert, AreaNames.GetValueOrDefault)));
    }

    [Fact]
    public void The_storm_template_repeats_three_times_a_minute_apart_for_six_hours()
    {
        var alert = AlertTemplates.Storm.Fill(Input("29308"));

        Assert.Equal("Bão", alert.Event);
        Assert.Equal(AlertCategory.Met, alert.Category);
        Assert.Equal((3, 60), (alert.Repeat, alert.RepeatIntervalS));
        Assert.Equal(new DateTimeOffset(2025, 11, 22, 8, 15, 30, TimeSpan.FromHours(7)), alert.Sent);
        Assert.Equal(alert.Sent.AddHours(6), alert.Expires);
        Assert.Null(alert.Volume);
        Assert.StartsWith("Thông báo khẩn về bão. Bão đang tiến gần, trên địa bàn xã Mỹ Hiệp sắp có gió mạnh và mưa to.", alert.Text);
    }

    [Fact]
    public void Overrides_replace_the_template_fields_and_may_name_the_areas()
    {
        var audio = new AlertAudio("https://media.example/bao15.mp3", new string('c', 64), 80);
        var input = Input("29308", "29224") with
        {
            Event = "Bão số 15",
            Headline = "Bão số 15 tiến vào {areas}",
            Text = "Bão số 15 đang đổ bộ.",
            Severity = AlertSeverity.Extreme,
            Audio = audio,
            Volume = 90,
            Repeat = 5,
            RepeatIntervalS = 120,
            Validity = TimeSpan.FromHours(2),
            Status = AlertStatus.Exercise,
        };

        var alert = AlertTemplates.Storm.Fill(input);

        Assert.Equal("Bão số 15", alert.Event);
        Assert.Equal("Bão số 15 tiến vào xã Mỹ Hiệp và phường Sa Đéc", alert.Headline);
        Assert.Equal("Bão số 15 đang đổ bộ.", alert.Text);
        Assert.Equal((AlertSeverity.Extreme, AlertUrgency.Expected), (alert.Severity, alert.Urgency));
        Assert.Equal((audio, 90, 5, 120, AlertStatus.Exercise), (alert.Audio, alert.Volume, alert.Repeat, alert.RepeatIntervalS, alert.Status));
        Assert.Equal(alert.Sent.AddHours(2), alert.Expires);
        Assert.Empty(AlertRules.Validate(alert, Now));
    }

    [Fact]
    public void An_explicit_expiry_wins_over_the_validity()
    {
        var expires = new DateTimeOffset(2025, 11, 22, 20, 0, 0, TimeSpan.FromHours(7));

        Assert.Equal(expires, AlertTemplates.Flood.Fill(Input("29308") with { Expires = expires, Validity = TimeSpan.FromHours(1) }).Expires);
    }

    [Fact]
    public void An_all_clear_sent_as_an_update_of_the_storm_alert_passes()
    {
        var alert = AlertTemplates.AllClear.Fill(Input("29308") with { MessageType = AlertMessageType.Update, References = "DT-2025-0041" });

        Assert.Empty(AlertRules.Validate(alert, Now));
        Assert.Equal(AlertUrgency.Past, alert.Urgency);
    }

    [Theory]
    [InlineData("82", "tỉnh Đồng Tháp")]
    [InlineData("29245", "xã Tân Hồng")]
    public void A_single_area_is_named_in_the_sentence(string code, string spoken) =>
        Assert.Contains($"trên địa bàn {spoken}.", AlertTemplates.Evacuation.Fill(Input(code)).Description);

    [Fact]
    public void Three_areas_are_listed_with_commas_and_và() =>
        Assert.Contains("xã Mỹ Hiệp, phường Sa Đéc và xã Tân Hồng", AlertTemplates.Landslide.Fill(Input("29308", "29224", "29245")).Text);

    [Fact]
    public void Many_areas_or_unnamed_ones_are_spoken_as_the_communes_under_alert()
    {
        var many = AlertTemplates.Flood.Fill(Input("82", "29308", "29224", "29245", "29999"));
        var unnamed = AlertTemplates.Flood.Fill(Input("29999"));
        var noLookup = AlertTemplates.Flood.Fill(Input("29308") with { AreaName = null });

        Assert.All([many, unnamed, noLookup], alert => Assert.Contains("trên địa bàn các xã, phường trong vùng cảnh báo", alert.Description));
    }

    [Fact]
    public void Area_names_given_with_combining_marks_are_spoken_precomposed()
    {
        var alert = AlertTemplates.Storm.Fill(Input("29308") with { AreaName = _ => "Xã Mỹ Hiệp".Normalize(NormalizationForm.FormD) });

        Assert.Contains("trên địa bàn xã Mỹ Hiệp sắp có", alert.Text!, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("storm", "storm")]
    [InlineData("STORM", "storm")]
    [InlineData("bão", "storm")]
    [InlineData("Bão", "storm")]
    [InlineData("lũ", "flood")]
    [InlineData(" sạt lở đất ", "landslide")]
    [InlineData("sơ tán", "evacuation")]
    [InlineData("kết thúc cảnh báo", "all-clear")]
    public void A_template_is_found_by_key_or_Vietnamese_name(string name, string key) =>
        Assert.Equal(key, AlertTemplates.Find(name)?.Name);

    [Fact]
    public void A_Vietnamese_name_typed_with_combining_marks_is_found() =>
        Assert.Same(AlertTemplates.Landslide, AlertTemplates.Find("sạt lở đất".Normalize(NormalizationForm.FormD)));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("earthquake")]
    [InlineData("bao")]
    public void An_unknown_template_is_not_found(string? name) => Assert.Null(AlertTemplates.Find(name));

    [Fact]
    public void A_filled_template_without_areas_fails_the_rules_naming_areaCodes() =>
        Assert.Contains(AlertRules.Validate(AlertTemplates.Storm.Fill(Input()), Now), problem => problem.Field == "areaCodes");
}
