using CommuneRadio.Gateway.Hosting;
using CommuneRadio.Hosting;
using CommuneRadio.Silo.Api;
using CommuneRadio.Silo.Auth;
using CommuneRadio.Silo.Hosting;

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
app.MapSiloApi();
app.Run();

/// <summary>The Silo's entry point; public for WebApplicationFactory in tests.</summary>
public partial class Program;
