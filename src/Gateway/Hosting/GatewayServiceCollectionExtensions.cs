using CommuneRadio.Gateway.Accounts;
using CommuneRadio.Gateway.Commands;
using CommuneRadio.Gateway.Connections;
using CommuneRadio.Gateway.Ingest;
using CommuneRadio.Gateway.Metrics;
using CommuneRadio.Grains.Devices;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CommuneRadio.Gateway.Hosting;

public static class GatewayServiceCollectionExtensions
{
    /// <summary>
    /// The gateway: settings from <see cref="GatewayOptions.SectionName"/> (validated at start), the
    /// hosted <see cref="GatewayService"/>, and the ports grains and the registry use —
    /// <see cref="IDeviceCommandSender"/> and <see cref="IBrokerAccounts"/>. Register it after the
    /// grain runtime, so it stops before the grains do.
    /// </summary>
    public static IServiceCollection AddGateway(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<GatewayOptions>()
            .Bind(configuration.GetSection(GatewayOptions.SectionName))
            .ValidateDataAnnotations()
            .Validate(o => o.Password.Length > 0 && o.AdminPassword.Length > 0, "Gateway:Password and Gateway:AdminPassword must be set")
            .ValidateOnStart();
        services.AddSingleton<GatewayMetrics>();
        services.AddSingleton<GatewayConnections>();
        services.AddSingleton<BrokerConnections>();
        services.AddSingleton<DynamicSecurityResponses>();
        services.AddSingleton<DynamicSecurityClient>();
        services.AddSingleton<GatewayAccount>();
        services.AddSingleton<IStationGrains, OrleansStationGrains>();
        services.AddSingleton<IngestRouter>();
        services.AddSingleton<IDeviceCommandSender, MqttCommandSender>();
        services.AddSingleton<IBrokerAccounts, DynamicSecurityAccounts>();
        services.AddHostedService<GatewayService>();
        return services;
    }
}
