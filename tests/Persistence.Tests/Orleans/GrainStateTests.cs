using System.Text.Json;
using CommuneRadio.TestSupport;
using Orleans;
using Orleans.Providers;
using Orleans.Runtime;
using Orleans.Storage;

namespace CommuneRadio.Persistence.Tests.OrleansAdoNet;

/// <summary>Orleans' ADO.NET grain storage on our PostgreSQL schema, through a running silo.</summary>
public sealed class GrainStateTests : IAsyncLifetime
{
    private readonly OrleansDatabase _database = new();
    private TestSilo _silo = null!;
    private Func<LogEntry, bool>? _expectedErrors;

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        _silo = await TestSilo.StartAsync(_database.ConnectionString, "grain-state");
    }

    public async Task DisposeAsync()
    {
        await _silo.DisposeAsync();
        _silo.Logs.ThrowIfErrors(_expectedErrors);
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task State_written_by_a_grain_is_read_back_from_storage_and_cleared()
    {
        var grain = _silo.Grains.GetGrain<INoteGrain>("write-read-clear");
        Assert.Null(await grain.ReadStoredAsync());

        await grain.WriteAsync("bão số 3");
        await grain.WriteAsync("bão số 4");
        Assert.Equal("bão số 4", await grain.ReadStoredAsync());
        Assert.Equal(2, await _database.ScalarAsync<int>("select version from orleans_grain_state where grain_id = 'note/write-read-clear'"));

        await grain.ClearAsync();
        Assert.Null(await grain.ReadStoredAsync());
        Assert.True(await _database.ScalarAsync<bool>("select payload is null from orleans_grain_state where grain_id = 'note/write-read-clear'"));

        await grain.WriteAsync("after clear");
        Assert.Equal("after clear", await grain.ReadStoredAsync());
    }

    [Fact]
    public async Task State_is_readable_json_without_dotnet_type_names()
    {
        await _silo.Grains.GetGrain<INoteGrain>("readable").WriteAsync("lũ quét");

        var payload = await _database.ScalarAsync<string>(
            "select payload::text from orleans_grain_state where grain_id = 'note/readable' and state_name = 'note'");
        using var json = JsonDocument.Parse(payload!);
        Assert.Equal("lũ quét", json.RootElement.GetProperty("text").GetString());
        Assert.Equal(1, json.RootElement.GetProperty("writes").GetInt32());
        Assert.DoesNotContain(nameof(NoteState), payload);
        Assert.DoesNotContain("$type", payload);
        Assert.Equal("lũ quét", await _database.ScalarAsync<string>(
            "select payload->>'text' from orleans_grain_state where grain_id = 'note/readable'"));
    }

    [Fact]
    public async Task A_writer_holding_a_stale_etag_is_refused_and_changes_nothing()
    {
        var storage = _silo.Storage(ProviderConstants.DEFAULT_STORAGE_PROVIDER_NAME);
        var id = GrainId.Create("note", "two-writers");

        // Two writers that both saw no row: only the first may create it.
        var first = await ReadAsync(storage, id);
        var second = await ReadAsync(storage, id);
        first.State!.Text = "first";
        await storage.WriteStateAsync("note", id, first);
        second.State!.Text = "second";
        await Assert.ThrowsAsync<InconsistentStateException>(() => storage.WriteStateAsync("note", id, second));

        // Two writers that both read version 1: only the first may update it.
        var third = await ReadAsync(storage, id);
        var fourth = await ReadAsync(storage, id);
        third.State!.Text = "third";
        await storage.WriteStateAsync("note", id, third);
        fourth.State!.Text = "fourth";
        await Assert.ThrowsAsync<InconsistentStateException>(() => storage.WriteStateAsync("note", id, fourth));

        // A clear based on the stale version is refused as well.
        await Assert.ThrowsAsync<InconsistentStateException>(() => storage.ClearStateAsync("note", id, fourth));

        var stored = await ReadAsync(storage, id);
        Assert.Equal("third", stored.State!.Text);
        Assert.Equal("2", stored.ETag);
    }

    [Fact]
    public async Task Grains_of_two_types_with_the_same_key_and_state_name_keep_their_own_state()
    {
        await _silo.Grains.GetGrain<INoteGrain>("s-17").WriteAsync("note of the station");
        await _silo.Grains.GetGrain<IOtherNoteGrain>("s-17").WriteAsync("other note");

        Assert.Equal("note of the station", await _silo.Grains.GetGrain<INoteGrain>("s-17").ReadStoredAsync());
        Assert.Equal("other note", await _silo.Grains.GetGrain<IOtherNoteGrain>("s-17").ReadStoredAsync());
        Assert.Equal(2L, await _database.ScalarAsync<long>(
            "select count(*) from orleans_grain_state where grain_id in ('note/s-17', 'other-note/s-17')"));
    }

    [Fact]
    public async Task Keys_the_provider_would_parse_as_the_same_number_or_guid_keep_their_own_state()
    {
        // "01", "001" and "1" all parse as the hexadecimal integer 1; two GUID spellings as one GUID.
        string[] keys = ["01", "001", "1", "ab", "AB", "0ab+x", "0AB+x", "6f9619ff8b86d011b42d00c04fc964ff", "6F9619FF8B86D011B42D00C04FC964FF"];
        foreach (var key in keys)
        {
            await _silo.Grains.GetGrain<INoteGrain>(key).WriteAsync($"area {key}");
        }

        foreach (var key in keys)
        {
            Assert.Equal($"area {key}", await _silo.Grains.GetGrain<INoteGrain>(key).ReadStoredAsync());
        }
    }

    [Fact]
    public async Task Grains_whose_hashes_all_collide_keep_their_own_state()
    {
        var storage = _silo.Storage(TestSilo.CollidingStorage);
        var ids = Enumerable.Range(0, 20).Select(i => GrainId.Create(i % 2 == 0 ? "note" : "other-note", $"station-{i / 2}")).ToList();
        foreach (var id in ids)
        {
            var state = await ReadAsync(storage, id);
            state.State!.Text = id.ToString();
            await storage.WriteStateAsync("note", id, state);
        }

        foreach (var id in ids)
        {
            Assert.Equal(id.ToString(), (await ReadAsync(storage, id)).State!.Text);
        }

        Assert.Equal(1L, await _database.ScalarAsync<long>(
            "select count(distinct (grain_id_hash, grain_type_hash)) from orleans_grain_state where grain_id_hash = $1", ConstantHasher.Value));
        Assert.Equal((long)ids.Count, await _database.ScalarAsync<long>(
            "select count(*) from orleans_grain_state where grain_id_hash = $1", ConstantHasher.Value));
    }

    [Fact]
    public async Task A_stored_state_that_no_longer_deserializes_fails_naming_grain_and_state_and_others_keep_working()
    {
        var broken = _silo.Grains.GetGrain<INoteGrain>("edited-by-hand");
        await broken.WriteAsync("fine");
        await _database.ScalarAsync<int>(
            "update orleans_grain_state set payload = '{\"writes\": \"many\"}' where grain_id = 'note/edited-by-hand' returning version");

        var error = await Assert.ThrowsAnyAsync<Exception>(() => broken.ReadStoredAsync());
        Assert.Contains("'note' of grain note/edited-by-hand", error.Message);
        Assert.Contains(nameof(NoteState), error.Message);

        await _silo.Grains.GetGrain<INoteGrain>("unharmed").WriteAsync("still served");
        Assert.Equal("still served", await _silo.Grains.GetGrain<INoteGrain>("unharmed").ReadStoredAsync());
        _expectedErrors = entry => entry.Message.Contains("note/edited-by-hand", StringComparison.Ordinal);
    }

    private static async Task<GrainState<NoteState>> ReadAsync(IGrainStorage storage, GrainId id)
    {
        var state = new GrainState<NoteState>(new NoteState());
        await storage.ReadStateAsync("note", id, state);
        return state;
    }
}
