using CommuneRadio.Grains.Events;
using CommuneRadio.Persistence.Migrations;
using CommuneRadio.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace CommuneRadio.Grains.Tests.Events;

public sealed class PostgresStatusHistoryTests : IAsyncLifetime
{
    private static readonly DateTimeOffset T = new(2026, 11, 22, 0, 0, 0, TimeSpan.FromHours(7));
    private NpgsqlDataSource _database = null!;
    private StatusHistoryWriter _writer = null!;
    private PostgresStatusHistory _history = null!;

    public async Task InitializeAsync()
    {
        _database = NpgsqlDataSource.Create(await PostgresServer.CreateDatabaseAsync("history"));
        await new MigrationRunner(_database, [GrainsMigrations.Source], NullLogger<MigrationRunner>.Instance).ApplyAsync();
        _writer = new StatusHistoryWriter(_database, NullLogger<StatusHistoryWriter>.Instance);
        await _writer.StartAsync(CancellationToken.None);
        _history = new PostgresStatusHistory(_database, _writer);
    }

    public async Task DisposeAsync()
    {
        await _writer.StopAsync(CancellationToken.None);
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task A_burst_of_transitions_from_many_stations_is_stored_in_full()
    {
        var appends = Enumerable.Range(0, 3000).Select(i =>
            _history.AppendAsync(new StatusTransition($"s-{i % 300}", $"d-{i / 300:00}", "online", T.AddSeconds(i), "heartbeat"))).ToList();

        await appends.WhileProgressing("storing 3000 transitions");

        await using var command = _database.CreateCommand("select count(*) from status_history");
        Assert.Equal(3000L, await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task Latest_gives_the_last_transition_of_the_station_and_of_each_device()
    {
        await _history.AppendAsync(new StatusTransition("s-a", "d-01", "online", T, "heartbeat"));
        await _history.AppendAsync(new StatusTransition("s-a", null, "degraded", T, "heartbeat"));
        await _history.AppendAsync(new StatusTransition("s-a", "d-01", "offline", T.AddMinutes(5), "mất tín hiệu"));
        await _history.AppendAsync(new StatusTransition("s-a", null, "down", T.AddMinutes(5), "mất tín hiệu"));
        await _history.AppendAsync(new StatusTransition("s-b", "d-01", "online", T.AddMinutes(6), "heartbeat"));

        var latest = await _history.LatestAsync("s-a");

        Assert.Equal(2, latest.Count);
        Assert.Equal(("offline", "mất tín hiệu"), (latest["d-01"].State, latest["d-01"].Reason));
        Assert.Equal("down", latest[""].State);
        Assert.Null(latest[""].DeviceId);
        Assert.Equal(T.AddMinutes(5), latest["d-01"].At);
    }

    [Fact]
    public async Task Read_returns_a_window_oldest_first_for_a_device_or_the_whole_station()
    {
        for (var i = 0; i < 6; i++)
        {
            await _history.AppendAsync(new StatusTransition("s-c", i % 2 == 0 ? "d-01" : "d-02", i % 4 < 2 ? "online" : "offline", T.AddHours(i), "test"));
        }

        var device = await _history.ReadAsync("s-c", "d-01", T.AddHours(1), T.AddHours(5));
        var station = await _history.ReadAsync("s-c", null, T, T.AddHours(3));

        Assert.Equal([T.AddHours(2), T.AddHours(4)], device.Select(t => t.At));
        Assert.Equal(3, station.Count);
        Assert.True(station.Select(t => t.At).SequenceEqual(station.Select(t => t.At).Order()));
    }
}
