using System.Text;
using CommuneRadio.Grains.Alerts;
using static CommuneRadio.Grains.Tests.Alerts.Rules.SampleAlerts;

namespace CommuneRadio.Grains.Tests.Alerts.Rules;

public sealed class AlertTextTests
{
    [Fact]
    public void Combining_marks_become_precomposed_letters()
    {
        var decomposed = "Sạt lở đất ở xã Mỹ Hiệp".Normalize(NormalizationForm.FormD);
        Assert.NotEqual("Sạt lở đất ở xã Mỹ Hiệp", decomposed);

        Assert.Equal("Sạt lở đất ở xã Mỹ Hiệp", AlertText.Normalize(decomposed));
    }

    [Fact]
    public void Whitespace_is_trimmed_and_every_run_becomes_one_space() =>
        Assert.Equal("Bão số 15 đang tiến gần.", AlertText.Normalize("\n  Bão số 15\t\tđang \r\n tiến gần.  "));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" \n ")]
    public void Nothing_normalizes_to_empty_or_null(string? text)
    {
        Assert.Equal("", AlertText.Normalize(text));
        Assert.Null(AlertText.NormalizeOptional(text));
    }

    [Fact]
    public void A_message_is_normalized_field_by_field()
    {
        var decomposed = Text() with
        {
            Identifier = " DT-1 ",
            Event = "Bão  số 15".Normalize(NormalizationForm.FormD),
            Headline = " ",
            Text = "Thông báo\nkhẩn".Normalize(NormalizationForm.FormD),
            AreaCodes = [" 29308 "],
        };

        var normalized = AlertText.Normalize(decomposed);

        Assert.Equal("DT-1", normalized.Identifier);
        Assert.Equal("Bão số 15", normalized.Event);
        Assert.Null(normalized.Headline);
        Assert.Equal("Thông báo khẩn", normalized.Text);
        Assert.Equal(["29308"], normalized.AreaCodes);
    }

    [Fact]
    public void Characters_XML_cannot_carry_are_found_and_emoji_pass()
    {
        Assert.Null(AlertText.FirstNonXmlCharacter("Bão 🌀 số 15"));
        Assert.Equal((3, 0x1B), AlertText.FirstNonXmlCharacter("Bão\u001B"));
        Assert.Equal((1, 0xD800), AlertText.FirstNonXmlCharacter("a\uD800b"));
    }
}
