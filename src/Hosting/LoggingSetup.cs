using System.Globalization;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Serilog;
using Serilog.Formatting.Json;

namespace CommuneRadio.Hosting;

/// <summary>
/// Serilog for every CommuneRadio host: human-readable lines on the console and a rolling JSON
/// file (one object per line) for machines. Levels come from the <c>Serilog</c> configuration
/// section (<c>Serilog:MinimumLevel:Default</c>, <c>Serilog:MinimumLevel:Override:Namespace</c>);
/// the file folder from <c>Serilog:LogDirectory</c> (default <c>logs</c>). Library code logs
/// through Microsoft.Extensions.Logging and never sees Serilog.
/// </summary>
public static class LoggingSetup
{
    private const string ConsoleTemplate = "[{Timestamp:HH:mm:ss} {Level:u3}] {SourceContext}: {Message:lj}{NewLine}{Exception}";

    public static TBuilder AddCommuneRadioLogging<TBuilder>(this TBuilder builder, string applicationName)
        where TBuilder : IHostApplicationBuilder
    {
        ArgumentNullException.ThrowIfNull(builder);
        var directory = builder.Configuration["Serilog:LogDirectory"] ?? "logs";
        var logger = new LoggerConfiguration()
            .MinimumLevel.Information()
            .MinimumLevel.Override("Microsoft.AspNetCore", Serilog.Events.LogEventLevel.Warning)
            .ReadFrom.Configuration(builder.Configuration)
            .Enrich.FromLogContext()
            .Enrich.WithProperty("Application", applicationName)
            .WriteTo.Console(outputTemplate: ConsoleTemplate, formatProvider: CultureInfo.InvariantCulture, standardErrorFromLevel: null)
            .WriteTo.File(
                new JsonFormatter(renderMessage: true, formatProvider: CultureInfo.InvariantCulture),
                Path.Combine(directory, $"{applicationName}-.json"),
                rollingInterval: RollingInterval.Day,
                fileSizeLimitBytes: 100 * 1024 * 1024,
                rollOnFileSizeLimit: true,
                retainedFileCountLimit: 14)
            .CreateLogger();

        builder.Logging.ClearProviders();
        builder.Logging.SetMinimumLevel(LogLevel.Trace); // Serilog's levels decide
        builder.Logging.AddSerilog(logger, dispose: true);
        return builder;
    }
}
