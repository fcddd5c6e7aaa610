using System.Collections.Concurrent;
using CommuneRadio.Persistence.Tests.Grains;
using CommuneRadio.Runtime;
using CommuneRadio.TestSupport;
using CommuneRadio.TestSupport.Runtime;
using Microsoft.Extensions.DependencyInjection;

namespace CommuneRadio.Persistence.Tests.Runtime;

public sealed class RuntimeOnPostgresTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    [Fact]
    public async Task Two_processes_writing_one_grain_conflict_instead_of_overwriting()
    {
        var key = Key();
        await using var one = await StartAsync();
        await using var two = await StartAsync();
        await one.Grains.GetGrain<IJournalGrain>(key).AppendAsync("một");
        await two.Grains.GetGrain<IJournalGrain>(key).AppendAsync("hai");

        var conflict = await Assert.ThrowsAsync<InconsistentStateException>(() => one.Grains.GetGrain<IJournalGrain>(key).AppendAsync("ba"));

        Assert.Contains($"journal/{key}", conflict.Message);
        await using var reader = await StartAsync();
        Assert.Equal(["một", "hai"], await reader.Grains.GetGrain<IJournalGrain>(key).ReadAsync());
    }

    [Fact]
    public async Task Graceful_shutdown_under_load_loses_no_acknowledged_write()
    {
        var keys = Enumerable.Range(0, 10).Select(_ => Key()).ToList();
        var acknowledged = new ConcurrentBag<(string Key, string Entry)>();
        var enoughDone = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var runtime = await StartAsync();
        var grains = runtime.Grains;

        var callers = Enumerable.Range(0, 8).Select(caller => Task.Run(async () =>
        {
            for (var i = 0; i < 200; i++)
            {
                var key = keys[(caller + i) % keys.Count];
                var entry = $"caller {caller} write {i}";
                try
                {
                    await grains.GetGrain<IJournalGrain>(key).AppendAsync(entry);
                    acknowledged.Add((key, entry));
                    if (acknowledged.Count >= 100)
                    {
                        enoughDone.TrySetResult();
                    }
                }
                catch (GrainRuntimeStoppingException)
                {
                    return;
                }
            }
        })).ToList();
        await enoughDone.Task.WithTimeout("100 acknowledged writes before shutdown");
        await runtime.StopAsync();
        await Task.WhenAll(callers).WithTimeout("callers finishing once the runtime stopped");
        await runtime.DisposeAsync();

        await using var restarted = await StartAsync();
        foreach (var key in keys)
        {
            var stored = await restarted.Grains.GetGrain<IJournalGrain>(key).ReadAsync();
            var acked = acknowledged.Where(a => a.Key == key).Select(a => a.Entry).ToList();
            Assert.All(acked, entry => Assert.Contains(entry, stored));
        }

        Assert.True(acknowledged.Count >= 100);
        runtime.Logs.ThrowIfErrors();
    }

    [Fact]
    public async Task A_reminder_fires_after_the_runtime_stops_and_starts_again_against_the_same_database()
    {
        var key = Key();
        var clock = new ManualTimeProvider();
        var first = await StartAsync(clock);
        await first.Grains.GetGrain<IJournalGrain>(key).WakeMeAsync(TimeSpan.FromMinutes(10), TimeSpan.FromHours(1));
        await first.DisposeAsync();

        await using var second = await StartAsync(clock);
        clock.Advance(TimeSpan.FromMinutes(10));

        var journal = second.Grains.GetGrain<IJournalGrain>(key);
        await TaskTimeouts.Eventually(
            async () => (await journal.ReadAsync()).Contains("wake at 01:10"), "the reminder tick stored by the restarted runtime");
    }

    [Fact]
    public async Task State_that_no_longer_deserializes_fails_that_grain_by_name_and_the_others_keep_working()
    {
        var broken = Key();
        var healthy = Key();
        await using (var writer = await StartAsync())
        {
            await writer.Grains.GetGrain<IJournalGrain>(broken).AppendAsync("trước khi hỏng");
        }

        await database.ScalarAsync<object>("update grain_state set payload = '{\"Entries\": 42}' where grain_key = $1", broken);
        await using var runtime = await StartAsync();

        var error = await Assert.ThrowsAsync<GrainActivationException>(() => runtime.Grains.GetGrain<IJournalGrain>(broken).ReadAsync());
        await runtime.Grains.GetGrain<IJournalGrain>(healthy).AppendAsync("vẫn chạy");

        Assert.Contains($"journal/{broken}", error.Message);
        Assert.Contains("'journal'", error.Message);
        Assert.IsType<GrainStorageException>(error.InnerException);
        Assert.Equal(["vẫn chạy"], await runtime.Grains.GetGrain<IJournalGrain>(healthy).ReadAsync());
    }

    private Task<TestRuntime> StartAsync(ManualTimeProvider? clock = null) =>
        TestRuntime.StartAsync(
            typeof(JournalGrain).Assembly,
            s =>
            {
                s.AddPostgres(database.ConnectionString);
                s.AddPostgresGrainStorage();
                s.Configure<GrainRuntimeOptions>(o => o.MinimumReminderPeriod = TimeSpan.FromSeconds(1));
            },
            clock);

    private static string Key() => $"j-{Guid.NewGuid():N}"[..14];
}
