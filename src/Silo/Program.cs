using CommuneRadio.Hosting;
using CommuneRadio.Silo.Health;
using CommuneRadio.Silo.Hosting;

// Settings and static files live next to the binary, wherever the process is started from.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
builder.AddCommuneRadioLogging("silo");
builder.AddSiloStorage();
builder.AddSiloRuntime();
builder.Services.AddProblemDetails();
builder.Services.AddSiloHealthChecks();

var app = builder.Build();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.MapHealthApi();
app.Run();
