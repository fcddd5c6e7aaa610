using CommuneRadio.Content.Speech;

namespace CommuneRadio.Content.Tests.Speech;

public sealed class VoiceChoiceTests
{
    [Fact]
    public void A_commune_without_a_setting_speaks_with_its_provinces_voice()
    {
        var settings = new Dictionary<string, string> { ["82"] = Voices.Southern };

        var chosen = VoiceChoice.Resolve(["29308", "82"], settings, Voices.Northern);

        Assert.Equal(new VoiceSource(Voices.Southern, "82"), chosen);
    }

    [Fact]
    public void A_communes_own_setting_wins_over_its_provinces()
    {
        var settings = new Dictionary<string, string> { ["82"] = Voices.Southern, ["29308"] = Voices.Central };

        Assert.Equal(new VoiceSource(Voices.Central, "29308"), VoiceChoice.Resolve(["29308", "82"], settings, Voices.Northern));
    }

    [Fact]
    public void Without_any_setting_the_configured_default_is_used() =>
        Assert.Equal(new VoiceSource(Voices.Northern, null), VoiceChoice.Resolve(["01001", "01"], new Dictionary<string, string>(), Voices.Northern));
}
