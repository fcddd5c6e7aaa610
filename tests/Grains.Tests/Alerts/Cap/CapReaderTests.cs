using System.Text;
using CommuneRadio.Grains.Alerts;
using static CommuneRadio.Grains.Tests.Alerts.Cap.CapSamples;

namespace CommuneRadio.Grains.Tests.Alerts.Cap;

public sealed class CapReaderTests
{
    [Fact]
    public void Every_missing_required_element_is_named_at_once()
    {
        const string xml = """
            <alert xmlns="urn:oasis:names:tc:emergency:cap:1.2">
              <info>
                <language>vi-VN</language>
              </info>
            </alert>
            """;

        var fields = Problems(xml).Select(problem => problem.Field).ToList();

        Assert.Equal(
            ["identifier", "sender", "sent", "status", "msgType", "scope", "info/category", "info/event", "info/urgency", "info/severity", "info/certainty", "info/expires", "info/area"],
            fields);
    }

    [Fact]
    public void An_alert_without_info_is_refused() =>
        Assert.StartsWith("missing: an alert needs an <info> block", SingleProblem(StormWarningWith("<info>", "<infoX>").Replace("</info>", "</infoX>", StringComparison.Ordinal), "info").Problem);

    [Fact]
    public void An_empty_required_element_is_refused() =>
        Assert.Equal("<sender> is empty (in <sender> at line 4)", SingleProblem(StormWarningWith("<sender>bchptds@dongthap.gov.vn</sender>", "<sender> </sender>"), "sender").Problem);

    [Theory]
    [InlineData("<status>Actual</status>", "<status>Draft</status>", "status", "'Draft' is a CAP status commune radio does not broadcast; use one of Actual, Exercise, Test")]
    [InlineData("<status>Actual</status>", "<status>actual</status>", "status", "'actual' must be spelled 'Actual' (CAP values are case-sensitive)")]
    [InlineData("<msgType>Alert</msgType>", "<msgType>Ack</msgType>", "msgType", "'Ack' is a CAP message type commune radio does not broadcast; use one of Alert, Update, Cancel")]
    [InlineData("<urgency>Expected</urgency>", "<urgency>Soon</urgency>", "info/urgency", "'Soon' is not a CAP urgency; use one of Immediate, Expected, Future, Past, Unknown")]
    [InlineData("<severity>Severe</severity>", "<severity>Rất nguy hiểm</severity>", "info/severity", "'Rất nguy hiểm' is not a CAP severity; use one of Extreme, Severe, Moderate, Minor, Unknown")]
    [InlineData("<certainty>Likely</certainty>", "<certainty>Very Likely</certainty>", "info/certainty", "'Very Likely' is not a CAP certainty; use one of Observed, Likely, Possible, Unlikely, Unknown")]
    [InlineData("<category>Met</category>", "<category>Weather</category>", "info/category", "'Weather' is not a CAP category; use one of Geo, Met, Safety, Security, Rescue, Fire, Health, Env, Transport, Infra, CBRNE, Other")]
    [InlineData("<scope>Public</scope>", "<scope>Private</scope>", "scope", "'Private' alerts are not for loudspeakers; commune radio broadcasts Public alerts only")]
    [InlineData("<scope>Public</scope>", "<scope>Everyone</scope>", "scope", "'Everyone' is not a CAP scope; use Public")]
    public void An_unknown_or_unaccepted_value_is_named(string oldValue, string newValue, string field, string problem) =>
        Assert.Equal(problem, SingleProblem(StormWarningWith(oldValue, newValue), field).Problem);

    [Theory]
    [InlineData("2025-11-22T01:00:00Z")]
    [InlineData("2025-11-22T08:00:00")]
    [InlineData("2025-11-22T08:00:00.5+07:00")]
    [InlineData("22/11/2025 08:00")]
    [InlineData("2025-13-22T08:00:00+07:00")]
    public void A_time_not_in_CAP_form_is_refused(string sent) =>
        Assert.StartsWith($"'{sent}' is not a CAP time; write e.g. 2025-11-22T08:00:00+07:00", SingleProblem(StormWarningWith("<sent>2025-11-22T08:00:00+07:00</sent>", $"<sent>{sent}</sent>"), "sent").Problem);

    [Fact]
    public void A_UTC_time_written_as_minus_zero_is_read() =>
        Assert.Equal(new DateTimeOffset(2025, 11, 22, 1, 0, 0, TimeSpan.Zero), Read(StormWarningWith("<sent>2025-11-22T08:00:00+07:00</sent>", "<sent>2025-11-22T01:00:00-00:00</sent>")).Sent);

    [Fact]
    public void An_alert_without_expires_is_refused() =>
        Assert.StartsWith("missing: commune radio needs to know when to stop", SingleProblem(StormWarningWith("<expires>2025-11-22T14:00:00+07:00</expires>", ""), "info/expires").Problem);

    [Fact]
    public void Areas_without_an_official_geocode_are_refused()
    {
        var xml = StormWarningWith("<valueName>VN-AREA</valueName>", "<valueName>FIPS6</valueName>");

        Assert.StartsWith("no <area> has a <geocode> with valueName VN-AREA; name each commune", SingleProblem(xml, "info/area").Problem);
    }

    [Fact]
    public void Geocodes_of_other_schemes_are_ignored_beside_the_official_code()
    {
        var xml = StormWarningWith(
            "<geocode>\n        <valueName>VN-AREA</valueName>\n        <value>29308</value>",
            "<geocode><valueName>UGC</valueName><value>X1</value></geocode>\n      <geocode>\n        <valueName>VN-AREA</valueName>\n        <value>29308</value>");

        Assert.Equal(["29308", "29224"], Read(xml).AreaCodes);
    }

    [Theory]
    [InlineData("<value>100</value>", "<value>loud</value>", "info/parameter COMMUNERADIO:VOLUME", "'loud' is not a whole number")]
    [InlineData("<value>3</value>", "<value>3.5</value>", "info/parameter COMMUNERADIO:REPEAT", "'3.5' is not a whole number")]
    [InlineData("<value>60</value>", "<value>một phút</value>", "info/parameter COMMUNERADIO:REPEAT_INTERVAL_S", "'một phút' is not a whole number")]
    public void A_parameter_that_is_not_a_number_is_named(string oldValue, string newValue, string field, string problem) =>
        Assert.Equal(problem, SingleProblem(StormWarningWith(oldValue, newValue), field).Problem);

    [Fact]
    public void Without_playback_parameters_an_alert_plays_once_at_full_volume()
    {
        var xml = Text("storm-warning.xml");
        foreach (var name in new[] { "VOLUME", "REPEAT", "REPEAT_INTERVAL_S" })
        {
            var start = xml.IndexOf($"<parameter>\n      <valueName>COMMUNERADIO:{name}</valueName>", StringComparison.Ordinal);
            var end = xml.IndexOf("</parameter>", start, StringComparison.Ordinal) + "</parameter>".Length;
            xml = xml.Remove(start, end - start);
        }

        var alert = Read(xml);

        Assert.Equal((null, 1, 0), (alert.Volume, alert.Repeat, alert.RepeatIntervalS));
    }

    [Fact]
    public void Without_a_text_parameter_the_loudspeakers_speak_headline_description_and_instruction()
    {
        var xml = StormWarningWith("<valueName>COMMUNERADIO:TEXT</valueName>", "<valueName>OTHER:TEXT</valueName>")
            .Replace("<headline>Cảnh báo bão số 15: gió mạnh, mưa to, nước sông dâng cao</headline>", "<headline>Cảnh báo bão số 15</headline>", StringComparison.Ordinal);

        var alert = Read(xml);

        Assert.StartsWith("Cảnh báo bão số 15. Bão số 15 đang tiến gần đất liền.", alert.Text);
        Assert.EndsWith("di chuyển đến nơi trú tránh an toàn.", alert.Text);
        Assert.Contains(alert.Instruction!, alert.Text);
    }

    [Fact]
    public void An_audio_resource_without_sha256_or_duration_is_refused_for_both()
    {
        var xml = Text("storm-update.xml")
            .Replace("COMMUNERADIO:SHA256", "X:SHA256", StringComparison.Ordinal)
            .Replace("COMMUNERADIO:DURATION_S", "X:DURATION_S", StringComparison.Ordinal);

        Assert.Equal(["info/parameter COMMUNERADIO:SHA256", "info/parameter COMMUNERADIO:DURATION_S"], Problems(xml).Select(problem => problem.Field));
    }

    [Fact]
    public void An_audio_resource_without_uri_is_refused() =>
        Assert.Contains("has no <uri>", SingleProblem(Text("storm-update.xml").Replace("<uri>", "<derefUri>", StringComparison.Ordinal).Replace("</uri>", "</derefUri>", StringComparison.Ordinal), "info/resource/uri").Problem);

    [Fact]
    public void A_resource_that_is_not_audio_is_not_played()
    {
        var alert = Read(StormWarningWith("<area>", "<resource><resourceDesc>Bản đồ</resourceDesc><mimeType>image/png</mimeType><uri>https://a.example/map.png</uri></resource>\n    <area>"));

        Assert.Null(alert.Audio);
    }

    [Fact]
    public void A_reference_that_is_not_a_triple_is_refused()
    {
        var xml = Text("storm-update.xml").Replace(
            "bchptds@dongthap.gov.vn,DT-2025-BAO15-001,2025-11-22T08:00:00+07:00", "DT-2025-BAO15-001", StringComparison.Ordinal);

        Assert.StartsWith("'DT-2025-BAO15-001' is not a CAP reference; write sender,identifier,sent", SingleProblem(xml, "references").Problem);
    }

    [Fact]
    public void Of_several_info_blocks_the_Vietnamese_one_is_read()
    {
        var english = "<info>\n    <language>en-US</language>\n    <category>Met</category>\n    <event>Typhoon</event>\n    <urgency>Expected</urgency>\n    <severity>Severe</severity>\n    <certainty>Likely</certainty>\n    <expires>2025-11-22T14:00:00+07:00</expires>\n    <area><areaDesc>My Hiep</areaDesc><geocode><valueName>VN-AREA</valueName><value>29308</value></geocode></area>\n  </info>\n  <info>";
        var xml = StormWarningWith("<info>", english);

        Assert.Equal("Bão số 15", Read(xml).Event);
    }

    [Fact]
    public void A_root_element_other_than_alert_is_refused() =>
        Assert.Equal("the document's root element is <canhbao>; a CAP document is one <alert xmlns=\"urn:oasis:names:tc:emergency:cap:1.2\">", SingleProblem("<canhbao/>", "alert").Problem);

    [Fact]
    public void An_alert_without_namespace_is_refused() =>
        Assert.StartsWith("<alert> has no namespace; commune radio reads CAP 1.2 only", SingleProblem("<alert><identifier>x</identifier></alert>", "alert").Problem);

    [Fact]
    public void An_empty_document_is_not_well_formed() =>
        Assert.StartsWith("not well-formed XML at line", SingleProblem("", "xml").Problem);

    [Fact]
    public void Vietnamese_written_with_combining_marks_is_read_as_precomposed_text()
    {
        var decomposed = Text("storm-warning.xml").Normalize(NormalizationForm.FormD);
        Assert.False(decomposed.Contains("Bão số 15", StringComparison.Ordinal), "the document should be decomposed");

        var alert = Read(decomposed);

        Assert.Equal("Bão số 15", alert.Event);
        AssertSameAlert(Read(Text("storm-warning.xml")), alert);
    }

    [Fact]
    public void Vietnamese_in_a_UTF16_document_with_its_byte_order_mark_survives()
    {
        var xml = Text("storm-warning.xml").Replace("encoding=\"UTF-8\"", "encoding=\"UTF-16\"", StringComparison.Ordinal);
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(xml)).ToArray();

        var result = Grains.Alerts.Cap.CapReader.Read(bytes);

        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        Assert.Equal("Bão số 15", result.Message!.Event);
    }

    [Fact]
    public void A_read_message_still_has_to_pass_the_rules()
    {
        var alert = Read(StormWarningWith("<value>29224</value>", "<value>29308</value>"));

        var problem = Assert.Single(AlertRules.Validate(alert, alert.Sent));

        Assert.Equal(new AlertProblem("areaCodes[1]", "'29308' already appears as areaCodes[0]"), problem);
    }
}
