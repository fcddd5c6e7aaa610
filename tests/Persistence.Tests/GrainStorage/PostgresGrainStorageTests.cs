using CommuneRadio.Persistence.GrainStorage;
using CommuneRadio.Runtime;
using Microsoft.Extensions.Options;

namespace CommuneRadio.Persistence.Tests.GrainStorage;

public sealed class PostgresGrainStorageTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    private readonly PostgresGrainStorage _storage = new(database.DataSource, Options.Create(new GrainStateJsonOptions()));

    [Fact]
    public async Task A_missing_record_reads_as_absent_with_no_etag()
    {
        var state = new TestGrainState<StationRecord>(new StationRecord { Name = "unchanged" });

        await _storage.ReadStateAsync("station", Id(), state);

        Assert.False(state.RecordExists);
        Assert.Null(state.ETag);
        Assert.Equal("unchanged", state.State.Name);
    }

    [Fact]
    public async Task A_written_state_reads_back_equal_with_vietnamese_text_intact()
    {
        var id = Id();
        var written = new TestGrainState<StationRecord>(new StationRecord
        {
            Name = "Đài truyền thanh xã Mỹ Hiệp",
            Volume = 70,
            Devices = ["Cụm loa ấp Mỹ Thới", "Cụm loa chợ"],
        });
        await _storage.WriteStateAsync("station", id, written);

        var read = new TestGrainState<StationRecord>(new StationRecord());
        await _storage.ReadStateAsync("station", id, read);

        Assert.True(read.RecordExists);
        Assert.Equal(written.ETag, read.ETag);
        Assert.Equal("Đài truyền thanh xã Mỹ Hiệp", read.State.Name);
        Assert.Equal(["Cụm loa ấp Mỹ Thới", "Cụm loa chợ"], read.State.Devices);
        Assert.Equal(70, read.State.Volume);
    }

    [Fact]
    public async Task A_write_from_a_stale_etag_throws_and_leaves_the_newer_state()
    {
        var id = Id();
        var writerA = new TestGrainState<StationRecord>(new StationRecord { Volume = 1 });
        await _storage.WriteStateAsync("station", id, writerA);
        var writerB = new TestGrainState<StationRecord>(new StationRecord());
        await _storage.ReadStateAsync("station", id, writerB);
        writerB.State.Volume = 2;
        await _storage.WriteStateAsync("station", id, writerB);

        writerA.State.Volume = 3;
        var conflict = await Assert.ThrowsAsync<InconsistentStateException>(() => _storage.WriteStateAsync("station", id, writerA));

        Assert.Equal(writerB.ETag, conflict.StoredETag);
        Assert.Equal(writerA.ETag, conflict.CurrentETag);
        var read = new TestGrainState<StationRecord>(new StationRecord());
        await _storage.ReadStateAsync("station", id, read);
        Assert.Equal(2, read.State.Volume);
    }

    [Fact]
    public async Task Two_first_writes_of_a_new_record_cannot_both_win()
    {
        var id = Id();
        await _storage.WriteStateAsync("station", id, new TestGrainState<StationRecord>(new StationRecord { Volume = 1 }));

        await Assert.ThrowsAsync<InconsistentStateException>(() =>
            _storage.WriteStateAsync("station", id, new TestGrainState<StationRecord>(new StationRecord { Volume = 2 })));
    }

    [Fact]
    public async Task Clear_removes_the_record_but_not_from_a_stale_etag()
    {
        var id = Id();
        var state = new TestGrainState<StationRecord>(new StationRecord());
        await _storage.WriteStateAsync("station", id, state);
        var stale = new TestGrainState<StationRecord>(new StationRecord()) { ETag = state.ETag };
        await _storage.WriteStateAsync("station", id, state);

        await Assert.ThrowsAsync<InconsistentStateException>(() => _storage.ClearStateAsync("station", id, stale));
        await _storage.ClearStateAsync("station", id, state);

        var read = new TestGrainState<StationRecord>(new StationRecord());
        await _storage.ReadStateAsync("station", id, read);
        Assert.False(read.RecordExists);
        Assert.Null(state.ETag);
    }

    [Fact]
    public async Task Stored_json_that_no_longer_fits_the_type_fails_naming_grain_and_state()
    {
        var id = Id();
        await _storage.WriteStateAsync("station", id, new TestGrainState<StationRecord>(new StationRecord()));
        await database.ScalarAsync<object>(
            "update grain_state set payload = '{\"Volume\": \"to lắm\"}' where grain_key = $1", id.Key);

        var error = await Assert.ThrowsAsync<GrainStorageException>(() =>
            _storage.ReadStateAsync("station", id, new TestGrainState<StationRecord>(new StationRecord())));

        Assert.Contains($"station/{id.Key}", error.Message);
        Assert.Contains("'station'", error.Message);
        Assert.Contains(nameof(StationRecord), error.Message);
    }

    private static GrainId Id() => new("station", $"s-{Guid.NewGuid():N}");
}
