using CommuneRadio.Persistence.Migrations;
using Microsoft.Extensions.Hosting;

namespace CommuneRadio.Persistence.Hosting;

/// <summary>Applies migrations while the host is starting, before any hosted service starts.</summary>
internal sealed class DatabaseMigrator(MigrationRunner runner) : IHostedLifecycleService
{
    public Task StartingAsync(CancellationToken cancellationToken) => runner.ApplyAsync(cancellationToken);

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
