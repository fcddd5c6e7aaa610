using System.Net;
using CommuneRadio.Persistence.OrleansAdoNet;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Orleans;
using Orleans.Configuration;
using Orleans.Runtime;
using Orleans.Runtime.MembershipService;

namespace CommuneRadio.Persistence.Tests.OrleansAdoNet;

/// <summary>
/// Orleans' ADO.NET membership table on our PostgreSQL schema: the provider itself, for a cluster
/// id of its own (so the running silo does not probe the made-up silos), next to a real silo
/// whose own row is checked too.
/// </summary>
public sealed class MembershipTableTests : IAsyncLifetime
{
    private static readonly DateTime LongAgo = new(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    private readonly OrleansDatabase _database = new();
    private TestSilo _silo = null!;
    private IMembershipTable _table = null!;
    private int _nextPort = 40_000;

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        _silo = await TestSilo.StartAsync(_database.ConnectionString, "membership");
        _table = Table("made-up-cluster");
        await _table.InitializeMembershipTableAsync(tryInitTableVersion: true);
    }

    public async Task DisposeAsync()
    {
        await _silo.DisposeAsync();
        _silo.Logs.ThrowIfErrors();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task The_running_silo_is_an_active_member_with_a_gateway()
    {
        Assert.Equal(3, await _database.ScalarAsync<int>(
            "select status from orleans_membership where deployment_id = 'membership'"));
        Assert.Equal(_silo.GatewayPort, await _database.ScalarAsync<int>(
            "select proxy_port from orleans_membership where deployment_id = 'membership'"));
    }

    [Fact]
    public async Task Insert_needs_the_current_table_version_and_reads_back_row_and_all()
    {
        var before = await _table.ReadAllAsync();
        var entry = Entry(SiloStatus.Joining, DateTime.UtcNow);

        Assert.True(await _table.InsertRowAsync(entry, before.Version.Next()));
        Assert.False(await _table.InsertRowAsync(Entry(SiloStatus.Joining, DateTime.UtcNow), before.Version.Next()));

        var row = await _table.ReadRowAsync(entry.SiloAddress);
        var (read, _) = Assert.Single(row.Members);
        Assert.Equal(entry.SiloAddress, read.SiloAddress);
        Assert.Equal(SiloStatus.Joining, read.Status);
        Assert.Equal(entry.SiloName, read.SiloName);
        Assert.Equal(entry.HostName, read.HostName);
        Assert.Equal(entry.ProxyPort, read.ProxyPort);
        Assert.Equal(entry.StartTime, read.StartTime);
        Assert.Equal(before.Version.Version + 1, row.Version.Version);

        var all = await _table.ReadAllAsync();
        Assert.Contains(all.Members, m => m.Item1.SiloAddress.Equals(entry.SiloAddress));
        Assert.Equal(row.Version.Version, all.Version.Version);
    }

    [Fact]
    public async Task Of_two_silos_joining_on_the_same_table_version_only_one_is_inserted()
    {
        var version = (await _table.ReadAllAsync()).Version.Next();
        var inserted = await Task.WhenAll(
            _table.InsertRowAsync(Entry(SiloStatus.Joining, DateTime.UtcNow), version),
            _table.InsertRowAsync(Entry(SiloStatus.Joining, DateTime.UtcNow), version));

        Assert.Single(inserted, true);
    }

    [Fact]
    public async Task Update_needs_the_current_table_version_and_stores_status_and_suspicions()
    {
        var entry = await InsertAsync(Entry(SiloStatus.Joining, DateTime.UtcNow));
        var table = await _table.ReadAllAsync();
        var suspecter = SiloAddress.New(IPAddress.Loopback, 39_999, 7);
        entry.Status = SiloStatus.Active;
        entry.SuspectTimes = [Tuple.Create(suspecter, LongAgo)];

        Assert.True(await _table.UpdateRowAsync(entry, table.Version.VersionEtag, table.Version.Next()));
        entry.Status = SiloStatus.ShuttingDown;
        Assert.False(await _table.UpdateRowAsync(entry, table.Version.VersionEtag, table.Version.Next()));

        var (read, _) = Assert.Single((await _table.ReadRowAsync(entry.SiloAddress)).Members);
        Assert.Equal(SiloStatus.Active, read.Status);
        var (silo, time) = Assert.Single(read.SuspectTimes!);
        Assert.Equal(suspecter, silo);
        Assert.Equal(LongAgo, time);
    }

    [Fact]
    public async Task I_am_alive_moves_the_heartbeat_without_changing_the_table_version()
    {
        var entry = await InsertAsync(Entry(SiloStatus.Active, LongAgo));
        var version = (await _table.ReadAllAsync()).Version.Version;
        var now = new DateTime(2026, 12, 4, 9, 30, 15, DateTimeKind.Utc);
        entry.IAmAliveTime = now;

        await _table.UpdateIAmAliveAsync(entry);

        var row = await _table.ReadRowAsync(entry.SiloAddress);
        Assert.Equal(now, Assert.Single(row.Members).Item1.IAmAliveTime);
        Assert.Equal(version, row.Version.Version);
    }

    [Fact]
    public async Task Cleanup_removes_only_dead_silos_silent_since_before_the_cutoff()
    {
        var deadLongAgo = await InsertAsync(Entry(SiloStatus.Dead, LongAgo));
        var activeLongAgo = await InsertAsync(Entry(SiloStatus.Active, LongAgo));
        var deadRecently = await InsertAsync(Entry(SiloStatus.Dead, DateTime.UtcNow));

        await _table.CleanupDefunctSiloEntriesAsync(DateTimeOffset.UtcNow.AddHours(-1));

        Assert.Empty((await _table.ReadRowAsync(deadLongAgo.SiloAddress)).Members);
        Assert.Single((await _table.ReadRowAsync(activeLongAgo.SiloAddress)).Members);
        var (dead, _) = Assert.Single((await _table.ReadRowAsync(deadRecently.SiloAddress)).Members);
        Assert.Equal(SiloStatus.Dead, dead.Status);
    }

    [Fact]
    public async Task Deleting_a_cluster_s_entries_leaves_other_clusters_alone()
    {
        var other = Table("cluster-to-delete");
        await other.InitializeMembershipTableAsync(tryInitTableVersion: true);
        var version = (await other.ReadAllAsync()).Version;
        Assert.True(await other.InsertRowAsync(Entry(SiloStatus.Active, DateTime.UtcNow), version.Next()));

        await other.DeleteMembershipTableEntriesAsync("cluster-to-delete");

        Assert.Equal(0L, await _database.ScalarAsync<long>(
            "select count(*) from orleans_membership_version where deployment_id = 'cluster-to-delete'"));
        Assert.Equal(1L, await _database.ScalarAsync<long>(
            "select count(*) from orleans_membership where deployment_id = 'membership'"));
    }

    private IMembershipTable Table(string clusterId) =>
        ActivatorUtilities.CreateInstance<AdoNetClusteringTable>(
            _silo.Services,
            Options.Create(new ClusterOptions { ClusterId = clusterId, ServiceId = TestSilo.ServiceId }),
            Options.Create(new AdoNetClusteringSiloOptions
            {
                Invariant = PostgresOrleansConnection.Invariant,
                ConnectionString = _database.ConnectionString,
            }));

    private async Task<MembershipEntry> InsertAsync(MembershipEntry entry)
    {
        Assert.True(await _table.InsertRowAsync(entry, (await _table.ReadAllAsync()).Version.Next()));
        return entry;
    }

    private MembershipEntry Entry(SiloStatus status, DateTime time)
    {
        var port = Interlocked.Increment(ref _nextPort);
        // Whole seconds: PostgreSQL keeps microseconds, .NET ticks are finer.
        var at = new DateTime(time.Ticks - (time.Ticks % TimeSpan.TicksPerSecond), DateTimeKind.Utc);
        return new MembershipEntry
        {
            SiloAddress = SiloAddress.New(IPAddress.Loopback, port, 1),
            Status = status,
            SiloName = $"silo-{port}",
            HostName = "test-host",
            ProxyPort = port + 1000,
            StartTime = at,
            IAmAliveTime = at,
        };
    }
}
