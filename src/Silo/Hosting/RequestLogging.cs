using Serilog;

namespace CommuneRadio.Silo.Hosting;

/// <summary>
/// One line per HTTP request (Serilog.AspNetCore): method, path, status, elapsed — and the signed-in
/// operator. Never a header, body, query string, cookie or token: only these properties are logged.
/// </summary>
public static class RequestLogging
{
    public static WebApplication UseSiloRequestLogging(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        // The host's own logger: the static one is only the bootstrap logger (tests run several Silos in one process).
        var logger = app.Services.GetRequiredService<Serilog.ILogger>();
        app.UseSerilogRequestLogging(options =>
        {
            options.Logger = logger;
            options.MessageTemplate = "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0} ms for {Operator}";
            options.EnrichDiagnosticContext = (context, http) =>
                context.Set("Operator", http.User.Identity?.IsAuthenticated == true ? http.User.Identity.Name : "anonymous");
        });
        return app;
    }
}
