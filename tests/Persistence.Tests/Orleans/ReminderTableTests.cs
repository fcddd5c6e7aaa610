using Microsoft.Extensions.DependencyInjection;
using Orleans;
using Orleans.Runtime;

namespace CommuneRadio.Persistence.Tests.OrleansAdoNet;

/// <summary>Orleans' ADO.NET reminder table on our PostgreSQL schema, resolved from a running silo.</summary>
public sealed class ReminderTableTests : IAsyncLifetime
{
    // Far ahead, so the running silo never tries to deliver the rows written straight into its table.
    private static readonly DateTime Start = new(2100, 1, 1, 8, 0, 0, DateTimeKind.Utc);

    private readonly OrleansDatabase _database = new();
    private TestSilo _silo = null!;

    private IReminderTable Table => _silo.Services.GetRequiredService<IReminderTable>();

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        _silo = await TestSilo.StartAsync(_database.ConnectionString, "reminders");
    }

    public async Task DisposeAsync()
    {
        await _silo.DisposeAsync();
        _silo.Logs.ThrowIfErrors();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task Upsert_inserts_then_updates_with_a_new_etag_and_reads_back()
    {
        var grain = GrainId.Create("station", "upsert");
        var firstEtag = await Table.UpsertRow(Entry(grain, "heartbeat-sweep", TimeSpan.FromMinutes(1)));
        var secondEtag = await Table.UpsertRow(Entry(grain, "heartbeat-sweep", TimeSpan.FromDays(30)));
        Assert.NotEqual(firstEtag, secondEtag);

        var row = await Table.ReadRow(grain, "heartbeat-sweep");
        Assert.NotNull(row);
        Assert.Equal(grain, row.GrainId);
        Assert.Equal(Start, row.StartAt);
        Assert.Equal(TimeSpan.FromDays(30), row.Period);
        Assert.Equal(secondEtag, row.ETag);
        Assert.Null(await Table.ReadRow(grain, "no-such-reminder"));
    }

    [Fact]
    public async Task Reads_every_reminder_of_one_grain_and_no_other()
    {
        var grain = GrainId.Create("station", "read-rows");
        await Table.UpsertRow(Entry(grain, "a", TimeSpan.FromMinutes(5)));
        await Table.UpsertRow(Entry(grain, "b", TimeSpan.FromMinutes(5)));
        await Table.UpsertRow(Entry(GrainId.Create("alert", "read-rows"), "a", TimeSpan.FromMinutes(5)));

        var rows = await Table.ReadRows(grain);
        Assert.Equal(["a", "b"], rows.Reminders.Select(r => r.ReminderName).Order(StringComparer.Ordinal));
        Assert.All(rows.Reminders, r => Assert.Equal(grain, r.GrainId));
    }

    [Fact]
    public async Task Reads_a_hash_range_and_a_range_that_wraps_around_the_ring()
    {
        var grains = Enumerable.Range(0, 40).Select(i => GrainId.Create("range", $"g{i}")).ToList();
        foreach (var grain in grains)
        {
            await Table.UpsertRow(Entry(grain, "tick", TimeSpan.FromMinutes(10)));
        }

        var hashes = grains.Select(g => g.GetUniformHashCode()).Order().ToList();
        // Ranges (begin, end] on the uint ring: plain, crossing the signed boundary 2^31, and wrapping past 2^32.
        (uint Begin, uint End)[] ranges =
        [
            (hashes[5], hashes[25]),
            (0x7000_0000u, 0x9000_0000u),
            (hashes[30], hashes[10]),
            (0xF000_0000u, 0x1000_0000u),
            (hashes[7], hashes[7]),
        ];
        foreach (var (begin, end) in ranges)
        {
            var expected = grains.Where(g => InRange(g.GetUniformHashCode(), begin, end)).Select(g => g.ToString()).Order(StringComparer.Ordinal);
            var read = await Table.ReadRows(begin, end);
            Assert.Equal(expected, read.Reminders.Select(r => r.GrainId.ToString()).Order(StringComparer.Ordinal));
        }
    }

    [Fact]
    public async Task Delete_needs_the_current_etag()
    {
        var grain = GrainId.Create("station", "delete");
        var staleEtag = await Table.UpsertRow(Entry(grain, "resend", TimeSpan.FromMinutes(1)));
        var etag = await Table.UpsertRow(Entry(grain, "resend", TimeSpan.FromMinutes(2)));

        Assert.False(await Table.RemoveRow(grain, "resend", staleEtag!));
        Assert.NotNull(await Table.ReadRow(grain, "resend"));
        Assert.True(await Table.RemoveRow(grain, "resend", etag!));
        Assert.Null(await Table.ReadRow(grain, "resend"));
        Assert.False(await Table.RemoveRow(grain, "resend", etag!));
    }

    [Fact]
    public async Task A_grain_registers_reminders_through_the_silo()
    {
        var grain = _silo.Grains.GetGrain<INoteGrain>("reminded");
        await grain.RemindAsync("storm-bulletin", TimeSpan.FromHours(2));
        await grain.RemindAsync("daily-report", TimeSpan.FromDays(1));

        Assert.Equal(["daily-report", "storm-bulletin"], await grain.RemindersAsync());
        Assert.Equal(7_200_000L, await _database.ScalarAsync<long>(
            "select period from orleans_reminders where grain_id = 'note/reminded' and reminder_name = 'storm-bulletin'"));
    }

    private static ReminderEntry Entry(GrainId grain, string name, TimeSpan period) =>
        new() { GrainId = grain, ReminderName = name, StartAt = Start, Period = period };

    private static bool InRange(uint hash, uint begin, uint end) =>
        begin < end ? hash > begin && hash <= end : hash > begin || hash <= end;
}
