using CommuneRadio.Gateway.Hosting;
using CommuneRadio.Hosting;
using CommuneRadio.Silo.Api;
using CommuneRadio.Silo.Auth;
using CommuneRadio.Silo.Hosting;
using Serilog;

// Logged from the first line, so a Silo that cannot start says why.
LoggingSetup.StartBootstrapLogger();
try
{
    // Settings and static files live next to the binary, wherever the process is started from.
    var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
    builder.AddCommuneRadioLogging("silo");

    // Hosted services start in this order and stop in reverse: migrations and history writer, the
    // Orleans silo, gateway, warm-up — so on stop the gateway stops taking device messages before the
    // grains deactivate.
    builder.AddSiloStorage();
    builder.AddSiloDomain();
    builder.AddSiloOrleans();
    builder.Services.AddGateway(builder.Configuration);
    builder.Services.AddHostedService<StationWarmup>();
    builder.AddSiloAuth();
    builder.AddSiloApi();

    var app = builder.Build();
    app.UseSiloRequestLogging();
    app.MapSiloApi();
    app.Run();
}
catch (Exception e) when (e is not HostAbortedException)
{
    // HostAbortedException is how WebApplicationFactory stops a host it only wanted built.
    Log.Fatal(e, "The Silo stopped on an error");
    throw;
}
finally
{
    await Log.CloseAndFlushAsync();
}

/// <summary>The Silo's entry point; public for WebApplicationFactory in tests.</summary>
public partial class Program;
