using CommuneRadio.Persistence.OrleansAdoNet;
using CommuneRadio.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans;
using Orleans.Configuration;
using Orleans.Hosting;

namespace CommuneRadio.Persistence.Tests.OrleansAdoNet;

/// <summary>Whole silos and a client on one database: what a restart keeps, and how a client finds a gateway.</summary>
public sealed class SiloRestartTests : IAsyncLifetime
{
    private readonly OrleansDatabase _database = new();

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task A_silo_started_again_on_the_same_database_keeps_grain_state_and_reminders()
    {
        await using (var first = await TestSilo.StartAsync(_database.ConnectionString, "restart"))
        {
            var grain = first.Grains.GetGrain<INoteGrain>("kept");
            await grain.WriteAsync("before restart");
            await grain.RemindAsync("storm-bulletin", TimeSpan.FromHours(2));
            first.Logs.ThrowIfErrors();
        }

        await using var second = await TestSilo.StartAsync(_database.ConnectionString, "restart");
        var again = second.Grains.GetGrain<INoteGrain>("kept");
        Assert.Equal("before restart", await again.ReadStoredAsync());
        Assert.Equal(["storm-bulletin"], await again.RemindersAsync());

        // The new activation holds the stored ETag, so it may write on.
        await again.WriteAsync("after restart");
        Assert.Equal("after restart", await again.ReadStoredAsync());
        Assert.Equal(2, await _database.ScalarAsync<int>("select version from orleans_grain_state where grain_id = 'note/kept'"));

        // The first silo left the cluster: its row stays, marked dead, beside the second's.
        Assert.Equal(1L, await _database.ScalarAsync<long>("select count(*) from orleans_membership where deployment_id = 'restart' and status = 6"));
        Assert.Equal(1L, await _database.ScalarAsync<long>("select count(*) from orleans_membership where deployment_id = 'restart' and status = 3"));
        second.Logs.ThrowIfErrors();
    }

    [Fact]
    public async Task A_client_finds_the_silo_s_gateway_in_postgres_and_calls_a_grain()
    {
        await using var silo = await TestSilo.StartAsync(_database.ConnectionString, "with-client");
        var logs = new LogCapture();
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders().AddProvider(logs);
        builder.UseOrleansClient(client => client
            .Configure<ClusterOptions>(options =>
            {
                options.ClusterId = "with-client";
                options.ServiceId = TestSilo.ServiceId;
            })
            .UsePostgresClustering(_database.ConnectionString));
        using var host = builder.Build();
        await host.StartAsync().WithTimeout("the client connected to the silo's gateway");

        var grain = host.Services.GetRequiredService<IClusterClient>().GetGrain<INoteGrain>("from-client");
        await grain.WriteAsync("sent by the web host");
        Assert.Equal("sent by the web host", await silo.Grains.GetGrain<INoteGrain>("from-client").ReadStoredAsync());

        await host.StopAsync().WithTimeout("the client stopped");
        logs.ThrowIfErrors();
        silo.Logs.ThrowIfErrors();
    }
}
