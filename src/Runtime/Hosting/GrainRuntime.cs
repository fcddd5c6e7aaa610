using CommuneRadio.Runtime.Activations;
using CommuneRadio.Runtime.Reminders;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CommuneRadio.Runtime;

/// <summary>
/// Starts and stops the grain runtime with the host: reminders are loaded and the idle collector
/// started on start; on stop, every activation finishes the calls queued on it and deactivates
/// (OnDeactivateAsync runs, so state it writes there is saved) before the host goes on stopping.
/// </summary>
public sealed class GrainRuntime(GrainCatalog catalog, GrainRuntimeOptions options, IServiceProvider services) : IHostedService
{
    private readonly ActivationCollector _collector = new(catalog);

    public GrainCatalog Catalog => catalog;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var problems = options.Validate().ToList();
        if (problems.Count > 0)
        {
            throw new InvalidOperationException($"Invalid {GrainRuntimeOptions.SectionName} settings: {string.Join(" ", problems)}");
        }

        if (services.GetService<IReminderTable>() is { } table)
        {
            var reminders = new ReminderService(catalog, table);
            catalog.Reminders = reminders;
            await reminders.StartAsync(cancellationToken).ConfigureAwait(false);
        }

        _collector.Start();
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        _collector.Dispose();
        catalog.Reminders?.Stop();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.ShutdownTimeout);
        await catalog.StopAsync(timeout.Token).ConfigureAwait(false);
    }

    /// <summary>Runs one idle collection now (tests and diagnostics); returns the deactivations queued.</summary>
    public int CollectIdleActivations() => _collector.Collect();
}
