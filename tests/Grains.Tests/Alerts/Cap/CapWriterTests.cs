using System.Text;
using System.Xml.Linq;
using CommuneRadio.Grains.Alerts;
using CommuneRadio.Grains.Alerts.Cap;
using CommuneRadio.Grains.Tests.Alerts.Rules;
using static CommuneRadio.Grains.Tests.Alerts.Cap.CapSamples;

namespace CommuneRadio.Grains.Tests.Alerts.Cap;

public sealed class CapWriterTests
{
    private static readonly Dictionary<string, string> AreaNames = new()
    {
        ["29308"] = "Xã Mỹ Hiệp",
        ["29224"] = "Phường Sa Đéc",
    };

    private static string Write(AlertMessage message) => CapWriter.Write(message, AreaNames.GetValueOrDefault);

    public static TheoryData<string> Messages() => ["text", "audio", "update", "cancel", "exercise with no volume"];

    private static AlertMessage Message(string name) => name switch
    {
        "text" => SampleAlerts.Text(),
        "audio" => SampleAlerts.Audio(),
        "update" => SampleAlerts.Update(),
        "cancel" => SampleAlerts.Cancel(),
        _ => SampleAlerts.Text() with { Status = AlertStatus.Exercise, Volume = null, Headline = null, Description = null, Instruction = null },
    };

    [Theory]
    [MemberData(nameof(Messages))]
    public void A_written_alert_reads_back_equal(string name)
    {
        var message = Message(name);

        AssertSameAlert(message, Read(Write(message)));
    }

    [Theory]
    [InlineData("storm-warning.xml")]
    [InlineData("storm-update.xml")]
    [InlineData("storm-cancel.xml")]
    public void Each_sample_read_written_and_read_again_is_unchanged(string file)
    {
        var first = Read(Text(file));

        AssertSameAlert(first, Read(Write(first)));
    }

    [Fact]
    public void The_document_is_CAP_1_2_in_UTF8_with_Vietnamese_as_characters()
    {
        var bytes = CapWriter.WriteUtf8(SampleAlerts.Text(), AreaNames.GetValueOrDefault);
        var xml = Encoding.UTF8.GetString(bytes);

        Assert.NotEqual(0xEF, bytes[0]);
        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>", xml);
        Assert.Contains("<alert xmlns=\"urn:oasis:names:tc:emergency:cap:1.2\">", xml);
        Assert.Contains("<event>Bão số 15</event>", xml);
        Assert.Contains("<areaDesc>Xã Mỹ Hiệp</areaDesc>", xml);
        Assert.DoesNotContain("&#", xml);
        Assert.Equal(xml, Write(SampleAlerts.Text()));
    }

    [Fact]
    public void Times_are_written_in_Vietnam_time_to_the_second_and_never_with_Z()
    {
        var utc = new DateTimeOffset(2025, 11, 22, 1, 0, 0, 250, TimeSpan.Zero);
        var message = SampleAlerts.Text() with { Sent = utc, Expires = utc.AddHours(6) };

        var alert = XDocument.Parse(Write(message)).Root!;
        var ns = XNamespace.Get(CapNames.Namespace);

        Assert.Equal("2025-11-22T08:00:00+07:00", alert.Element(ns + "sent")!.Value);
        Assert.Equal("2025-11-22T14:00:00+07:00", alert.Element(ns + "info")!.Element(ns + "expires")!.Value);
        Assert.DoesNotContain("Z<", Write(message));
    }

    [Fact]
    public void Each_area_code_becomes_an_area_named_by_the_lookup_or_by_its_code()
    {
        var message = SampleAlerts.Text() with { AreaCodes = ["29308", "29999"] };
        var ns = XNamespace.Get(CapNames.Namespace);

        var areas = XDocument.Parse(Write(message)).Descendants(ns + "area")
            .Select(area => (area.Element(ns + "areaDesc")!.Value, area.Element(ns + "geocode")!.Element(ns + "valueName")!.Value, area.Element(ns + "geocode")!.Element(ns + "value")!.Value))
            .ToList();

        Assert.Equal([("Xã Mỹ Hiệp", "VN-AREA", "29308"), ("29999", "VN-AREA", "29999")], areas);
    }

    [Fact]
    public void Audio_is_a_resource_with_its_sha256_and_duration_as_parameters()
    {
        var message = SampleAlerts.Audio() with { Audio = new AlertAudio("https://media.example/bao15.wav?v=2", new string('b', 64), 12.25) };

        var xml = Write(message);

        Assert.Contains("<mimeType>audio/wav</mimeType>", xml);
        Assert.Contains("<uri>https://media.example/bao15.wav?v=2</uri>", xml);
        var ns = XNamespace.Get(CapNames.Namespace);
        var parameters = XDocument.Parse(xml).Descendants(ns + "parameter")
            .ToDictionary(parameter => parameter.Element(ns + "valueName")!.Value, parameter => parameter.Element(ns + "value")!.Value);
        Assert.Equal(new string('b', 64), parameters["COMMUNERADIO:SHA256"]);
        Assert.Equal("12.25", parameters["COMMUNERADIO:DURATION_S"]);
        Assert.DoesNotContain("<digest>", xml);
    }

    [Fact]
    public void A_reference_is_written_as_the_triple_the_lookup_gives()
    {
        var original = new CapReference("bchptds@dongthap.gov.vn", "DT-2025-BAO15-001", new DateTimeOffset(2025, 11, 22, 1, 0, 0, TimeSpan.Zero));

        var xml = CapWriter.Write(SampleAlerts.Update(), AreaNames.GetValueOrDefault, id => id == original.Identifier ? original : null);

        Assert.Contains("<references>bchptds@dongthap.gov.vn,DT-2025-BAO15-001,2025-11-22T08:00:00+07:00</references>", xml);
    }

    [Fact]
    public void Without_a_lookup_the_reference_carries_this_alerts_sender_and_sent() =>
        Assert.Contains("<references>bchptds@dongthap.gov.vn,DT-2025-BAO15-001,2025-11-22T08:00:00+07:00</references>", Write(SampleAlerts.Update()));

    [Fact]
    public void Elements_follow_the_order_the_CAP_schema_requires()
    {
        var ns = XNamespace.Get(CapNames.Namespace);
        var document = XDocument.Parse(Write(SampleAlerts.Update() with { Audio = SampleAlerts.Audio().Audio }));

        var alert = document.Root!.Elements().Select(element => element.Name.LocalName);
        var info = document.Root!.Element(ns + "info")!.Elements().Select(element => element.Name.LocalName).Distinct();

        Assert.Equal(["identifier", "sender", "sent", "status", "msgType", "scope", "references", "info"], alert);
        Assert.Equal(["language", "category", "event", "urgency", "severity", "certainty", "expires", "headline", "description", "instruction", "parameter", "resource", "area"], info);
    }
}
