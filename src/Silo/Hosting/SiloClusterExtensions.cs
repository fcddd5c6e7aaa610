using System.Net;
using CommuneRadio.Persistence.OrleansAdoNet;

namespace CommuneRadio.Silo.Hosting;

public static class SiloClusterExtensions
{
    /// <summary>
    /// Where the cluster keeps its membership, grain state and reminders — the one place to switch
    /// them: PostgreSQL through Orleans' ADO.NET providers (schema and tuning in
    /// <c>src/Persistence/Orleans</c>), so a restarted or surviving silo finds every station's
    /// settings, every live alert and its sweep reminder. The silo listens on loopback at the
    /// configured ports and advertises that address to the cluster. It writes "I am alive" every
    /// 5 s and an entry 2 such periods old counts as stale, so a silo restarted after its
    /// predecessor was killed (its row still "active") joins after ~10 s instead of 90 s.
    /// </summary>
    public static ISiloBuilder UseProvinceCluster(this ISiloBuilder silo, SiloOrleansOptions options, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        return silo
            .Configure<Orleans.Configuration.ClusterMembershipOptions>(o =>
            {
                o.IAmAliveTablePublishTimeout = TimeSpan.FromSeconds(5);
                o.NumMissedTableIAmAliveLimit = 2;
            })
            .ConfigureEndpoints(IPAddress.Loopback, options.SiloPort, options.GatewayPort, listenOnAnyHostAddress: false)
            .UsePostgresClustering(connectionString)
            .AddPostgresGrainStorageAsDefault(connectionString)
            .UsePostgresReminders(connectionString);
    }
}
