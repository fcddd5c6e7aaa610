using CommuneRadio.Grains.Devices;
using Microsoft.AspNetCore.Diagnostics;

namespace CommuneRadio.Silo.Api;

/// <summary>
/// Turns failures of the Silo's dependencies into answers an operator can act on: the broker or a
/// grain call out of reach is a 503 (try again), not a bare 500.
/// </summary>
public sealed class ApiExceptions(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var (title, detail) = exception switch
        {
            BrokerUnavailableException e => ("The MQTT broker is unavailable", e.Message),
            TimeoutException e => ("The system is busy", e.Message),
            SiloUnavailableException or OrleansMessageRejectionException => ("The system is restarting", "Try again in a moment."),
            _ => (null, null),
        };
        if (title is null)
        {
            return false;
        }

        httpContext.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = { Status = StatusCodes.Status503ServiceUnavailable, Title = title, Detail = detail },
        });
    }
}
