using Orleans.Configuration;

namespace CommuneRadio.Silo.Hosting;

public static class SiloOrleansExtensions
{
    private static readonly string[] RuntimeClockAreas =
    [
        TimeProviderNames.Messaging,
        TimeProviderNames.SystemTimers,
        TimeProviderNames.Membership,
        TimeProviderNames.ActivationManagement,
        TimeProviderNames.GrainDirectory,
        Orleans.Reminders.ReminderTimeProviderNames.Reminders,
    ];

    /// <summary>
    /// Hosts an Orleans silo in the Silo process, next to the HTTP API: the grains of
    /// <c>src/Grains</c>, settings from the <c>Orleans</c> section (<see cref="SiloOrleansOptions"/>),
    /// membership, grain storage and reminders from <see cref="SiloClusterExtensions.UseProvinceCluster"/>.
    /// The API and the gateway call grains through the silo's own <see cref="IGrainFactory"/>.
    /// </summary>
    public static WebApplicationBuilder AddSiloOrleans(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(SiloOrleansOptions.SectionName).Get<SiloOrleansOptions>() ?? new SiloOrleansOptions();
        var connectionString = builder.Configuration.GetConnectionString("Postgres")
            ?? throw new InvalidOperationException("ConnectionStrings:Postgres is not set: the Orleans cluster keeps its membership, state and reminders there.");
        // Grains (their timers and TimeProvider) run on the DI clock; the runtime's own loops stay
        // on real time even where a test installs a manual clock as the default one.
        foreach (var area in RuntimeClockAreas)
        {
            builder.Services.AddKeyedSingleton(area, TimeProvider.System);
        }

        builder.UseOrleans(silo =>
        {
            silo.Configure<ClusterOptions>(o => (o.ClusterId, o.ServiceId) = (options.ClusterId, options.ServiceId));
            silo.Configure<SiloMessagingOptions>(o => o.ResponseTimeout = options.ResponseTimeout);
            silo.Configure<GrainCollectionOptions>(o => (o.CollectionAge, o.CollectionQuantum) = (options.CollectionAge, options.CollectionQuantum));
            silo.Configure<ReminderOptions>(o => o.MinimumReminderPeriod = options.MinimumReminderPeriod);
            silo.UseProvinceCluster(options, connectionString);
        });
        return builder;
    }
}
