using System.Net;

namespace CommuneRadio.Silo.Hosting;

public static class SiloClusterExtensions
{
    /// <summary>
    /// Where the cluster keeps its membership, grain state and reminders — the one place to switch
    /// them. For now one silo on loopback with state and reminders in memory: a restart forgets
    /// grain state and reminders until the PostgreSQL (ADO.NET) providers are wired in here.
    /// </summary>
    public static ISiloBuilder UseProvinceCluster(this ISiloBuilder silo, SiloOrleansOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        silo.UseLocalhostClustering(options.SiloPort, options.GatewayPort, primarySiloEndpoint: null, options.ServiceId, options.ClusterId);
        silo.Configure<Orleans.Configuration.EndpointOptions>(o => o.AdvertisedIPAddress = IPAddress.Loopback);
        silo.AddMemoryGrainStorageAsDefault();
        silo.UseInMemoryReminderService();
        return silo;
    }
}
