using CommuneRadio.Content.Speech;
using CommuneRadio.Content.Tests.Library;
using Npgsql;

namespace CommuneRadio.Content.Tests.Speech;

public sealed class PostgresVoiceSettingsTests : IAsyncLifetime
{
    private NpgsqlDataSource _database = null!;
    private PostgresVoiceSettings _voices = null!;

    public async Task InitializeAsync()
    {
        _database = await ContentDatabase.CreateAsync("content-voices");
        _voices = new PostgresVoiceSettings(_database);
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task A_provinces_default_and_a_communes_override_are_stored_and_resolved()
    {
        var at = DateTimeOffset.UtcNow;
        await _voices.SetAsync("82", Voices.Southern, "admin", at);
        await _voices.SetAsync("29308", Voices.Central, "admin", at);
        await _voices.SetAsync("29308", Voices.Northern, "admin", at);

        var settings = await _voices.OfAsync(["29308", "29224", "82"]);

        Assert.Equal(2, settings.Count);
        Assert.Equal(Voices.Northern, settings["29308"]);
        Assert.Equal(Voices.Southern, VoiceChoice.Resolve(["29224", "82"], settings, Voices.Northern).Voice);
        Assert.True(await _voices.ClearAsync("29308"));
        Assert.False(await _voices.ClearAsync("29308"));
        Assert.Equal(Voices.Southern, VoiceChoice.Resolve(["29308", "82"], await _voices.OfAsync(["29308", "82"]), Voices.Northern).Voice);
    }

    [Fact]
    public async Task An_unknown_voice_is_refused()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => _voices.SetAsync("82", "en-us", "admin", DateTimeOffset.UtcNow));
    }
}
