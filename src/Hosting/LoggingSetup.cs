using System.Globalization;
using Microsoft.Extensions.Hosting;
using Serilog;
using Serilog.Formatting.Compact;

namespace CommuneRadio.Hosting;

/// <summary>
/// Serilog for every CommuneRadio host, through Serilog.Extensions.Hosting: human-readable lines on
/// the console and rolling compact JSON files (CLEF, one event per line) for machines. Levels,
/// overrides and enrichers come from the <c>Serilog</c> configuration section
/// (<c>Serilog:MinimumLevel:Default</c>, <c>Serilog:MinimumLevel:Override:Namespace</c>); the file
/// folder from <c>Serilog:LogDirectory</c> (default <c>logs</c>). Library code logs through
/// Microsoft.Extensions.Logging and never sees Serilog.
/// </summary>
public static class LoggingSetup
{
    private const string ConsoleTemplate = "[{Timestamp:HH:mm:ss} {Level:u3}] {SourceContext}: {Message:lj}{NewLine}{Exception}";

    /// <summary>
    /// The logger used until the host's own is built, so that a failure while starting is logged
    /// (console only). Call first thing in <c>Main</c>, and <see cref="Log.CloseAndFlush"/> at the end.
    /// </summary>
    public static void StartBootstrapLogger() =>
        Log.Logger = new LoggerConfiguration()
            .MinimumLevel.Information()
            .WriteTo.Console(outputTemplate: ConsoleTemplate, formatProvider: CultureInfo.InvariantCulture)
            .CreateBootstrapLogger();

    public static TBuilder AddCommuneRadioLogging<TBuilder>(this TBuilder builder, string applicationName)
        where TBuilder : IHostApplicationBuilder
    {
        ArgumentNullException.ThrowIfNull(builder);
        var configuration = builder.Configuration;
        var directory = configuration["Serilog:LogDirectory"] ?? "logs";
        // The host's logger replaces the bootstrap one (a host of its own in tests, hence not global).
        builder.Services.AddSerilog((services, logger) => logger
            .MinimumLevel.Information()
            .ReadFrom.Configuration(configuration)
            .ReadFrom.Services(services)
            .Enrich.FromLogContext()
            .Enrich.WithProperty("Application", applicationName)
            .WriteTo.Console(outputTemplate: ConsoleTemplate, formatProvider: CultureInfo.InvariantCulture)
            .WriteTo.File(
                new CompactJsonFormatter(),
                Path.Combine(directory, $"{applicationName}-.json"),
                rollingInterval: RollingInterval.Day,
                fileSizeLimitBytes: 100 * 1024 * 1024,
                rollOnFileSizeLimit: true,
                retainedFileCountLimit: 14),
            preserveStaticLogger: true);
        return builder;
    }
}
