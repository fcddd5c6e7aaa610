using CommuneRadio.Grains.Alerts;
using CommuneRadio.Grains.Alerts.Cap;
using static CommuneRadio.Grains.Tests.Alerts.Cap.CapSamples;

namespace CommuneRadio.Grains.Tests.Alerts.Cap;

public sealed class CapSampleTests
{
    private static readonly DateTimeOffset SampleNow = new(2025, 11, 22, 8, 0, 0, TimeSpan.FromHours(7));

    [Fact]
    public void The_storm_warning_reads_as_an_alert_to_two_Dong_Thap_communes()
    {
        var alert = Read(Text("storm-warning.xml"));

        Assert.Equal("DT-2025-BAO15-001", alert.Identifier);
        Assert.Equal("bchptds@dongthap.gov.vn", alert.Sender);
        Assert.Equal(new DateTimeOffset(2025, 11, 22, 8, 0, 0, TimeSpan.FromHours(7)), alert.Sent);
        Assert.Equal(TimeSpan.FromHours(7), alert.Sent.Offset);
        Assert.Equal(AlertStatus.Actual, alert.Status);
        Assert.Equal(AlertMessageType.Alert, alert.MessageType);
        Assert.Null(alert.References);
        Assert.Equal(AlertCategory.Met, alert.Category);
        Assert.Equal("Bão số 15", alert.Event);
        Assert.Equal((AlertUrgency.Expected, AlertSeverity.Severe, AlertCertainty.Likely), (alert.Urgency, alert.Severity, alert.Certainty));
        Assert.Equal("Cảnh báo bão số 15: gió mạnh, mưa to, nước sông dâng cao", alert.Headline);
        Assert.StartsWith("Bão số 15 đang tiến gần đất liền.", alert.Description);
        Assert.StartsWith("Chằng chống nhà cửa", alert.Instruction);
        Assert.Equal(["29308", "29224"], alert.AreaCodes);
        Assert.Null(alert.Audio);
        Assert.StartsWith("Thông báo khẩn về bão số 15. Từ chiều nay, trên địa bàn xã Mỹ Hiệp và phường Sa Đéc", alert.Text);
        Assert.Equal((100, 3, 60), (alert.Volume, alert.Repeat, alert.RepeatIntervalS));
        Assert.Equal(new DateTimeOffset(2025, 11, 22, 14, 0, 0, TimeSpan.FromHours(7)), alert.Expires);
        Assert.Empty(AlertRules.Validate(alert, SampleNow));
    }

    [Fact]
    public void The_update_reads_as_recorded_audio_replacing_the_warning()
    {
        var alert = Read(Text("storm-update.xml"));

        Assert.Equal(AlertMessageType.Update, alert.MessageType);
        Assert.Equal("DT-2025-BAO15-001", alert.References);
        Assert.Equal(
            new AlertAudio("https://media.dongthap.gov.vn/alerts/DT-2025-BAO15-002.mp3", "5f1c0a9e3b7d2c4e6a8f0b1d3c5e7a9b2d4f6a8c0e1b3d5f7a9c2e4b6d8f0a1c", 74.5),
            alert.Audio);
        Assert.Null(alert.Text);
        Assert.Null(alert.Volume);
        Assert.Empty(AlertRules.Validate(alert, SampleNow));
    }

    [Fact]
    public void The_cancel_reads_as_a_cancel_of_the_first_alert_it_lists()
    {
        var alert = Read(Text("storm-cancel.xml"));

        Assert.Equal(AlertMessageType.Cancel, alert.MessageType);
        Assert.Equal("DT-2025-BAO15-001", alert.References);
        Assert.Null(alert.Text);
        Assert.Null(alert.Audio);
        Assert.Equal("Hủy cảnh báo bão số 15", alert.Headline);
        Assert.Empty(AlertRules.Validate(alert, SampleNow));
    }

    [Fact]
    public void The_wrong_namespace_sample_is_refused_naming_both_namespaces()
    {
        var problem = SingleProblem(Text("invalid-wrong-namespace.xml"), "alert");

        Assert.Contains("urn:oasis:names:tc:emergency:cap:1.1", problem.Problem);
        Assert.Contains("CAP 1.2 only: xmlns=\"urn:oasis:names:tc:emergency:cap:1.2\"", problem.Problem);
    }

    [Fact]
    public void The_missing_identifier_sample_is_refused_naming_the_element() =>
        Assert.Equal("missing: CAP requires <identifier> (in <alert> at line 2)", SingleProblem(Text("invalid-missing-identifier.xml"), "identifier").Problem);

    [Fact]
    public void The_not_well_formed_sample_is_refused_with_line_and_position()
    {
        var problem = SingleProblem(Text("invalid-not-well-formed.xml"), "xml");

        Assert.StartsWith("not well-formed XML at line 12, position ", problem.Problem);
        Assert.Contains("evnt", problem.Problem);
    }

    [Fact]
    public void The_xxe_sample_is_refused_and_reads_no_file()
    {
        var problem = SingleProblem(Text("invalid-doctype-xxe.xml"), "xml");

        Assert.StartsWith("a document type declaration (<!DOCTYPE ...>) is refused", problem.Problem);
        Assert.DoesNotContain("root:", problem.Problem);
    }

    [Theory]
    [InlineData("storm-warning.xml")]
    [InlineData("storm-update.xml")]
    [InlineData("storm-cancel.xml")]
    public void Each_valid_sample_reads_the_same_from_a_stream_as_from_text(string file)
    {
        using var stream = File.OpenRead(PathOf(file));

        var result = CapReader.Read(stream);

        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        AssertSameAlert(Read(Text(file)), result.Message!);
    }

    [Fact]
    public async Task A_sample_reads_from_a_stream_asynchronously()
    {
        await using var stream = File.OpenRead(PathOf("storm-warning.xml"));

        var result = await CapReader.ReadAsync(stream);

        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        AssertSameAlert(Read(Text("storm-warning.xml")), result.Message!);
    }
}
