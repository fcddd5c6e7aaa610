using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using CommuneRadio.Cli.CommandLine;

namespace CommuneRadio.Cli.Api;

/// <summary>
/// The Silo's HTTP API as the CLI calls it: a request, its JSON answer, and every failure turned
/// into a <see cref="CliFailure"/> with the exit code a script can act on (2 refused, 3 unreachable,
/// failing or not logged in). Owns its <see cref="HttpClient"/>. Not thread-safe.
/// </summary>
public sealed class SiloClient : IDisposable
{
    private readonly HttpClient _http;

    public SiloClient(HttpClient http, Uri api, string? token)
    {
        ArgumentNullException.ThrowIfNull(http);
        _http = http;
        Api = api;
        if (token is not null)
        {
            _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
    }

    public Uri Api { get; }

    public Task<JsonElement> GetAsync(string path, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Get, path, null, cancellationToken);

    public Task<JsonElement> PostJsonAsync(string path, object body, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, path, new StringContent(JsonSerializer.Serialize(body, CliJson.Options), Encoding.UTF8, "application/json"), cancellationToken);

    public Task<JsonElement> PostAsync(string path, HttpContent? content, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, path, content, cancellationToken);

    /// <summary>Sends one request; the answer's JSON (an empty object for 204), or a <see cref="CliFailure"/>.</summary>
    public async Task<JsonElement> SendAsync(HttpMethod method, string path, HttpContent? content, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, new Uri(Api, path.TrimStart('/'))) { Content = content };
        HttpResponseMessage response;
        try
        {
            response = await _http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException e)
        {
            throw new CliFailure(ExitCodes.Unavailable, $"cannot reach the Silo at {Api}: {e.Message}");
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new CliFailure(ExitCodes.Unavailable, $"the Silo at {Api} did not answer within {_http.Timeout.TotalSeconds:0} s");
        }

        using (response)
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            if (response.IsSuccessStatusCode)
            {
                return body.Length == 0 ? JsonDocument.Parse("{}").RootElement : ParseAnswer(body, method, path);
            }

            throw Failure(response.StatusCode, response.ReasonPhrase, body);
        }
    }

    public void Dispose() => _http.Dispose();

    /// <summary>401 and 5xx mean "cannot use the Silo now" (3); every other refusal is the request's (2).</summary>
    public static CliFailure Failure(HttpStatusCode status, string? reason, string body)
    {
        var problem = Problem.Read((int)status, reason, body);
        return status switch
        {
            HttpStatusCode.Unauthorized => new CliFailure(ExitCodes.Unavailable, "not logged in (or the token expired or was revoked): run 'communeradio login'", problem),
            >= HttpStatusCode.InternalServerError => new CliFailure(ExitCodes.Unavailable, "the Silo could not serve the request", problem),
            _ => new CliFailure(ExitCodes.Refused, "refused by the Silo", problem),
        };
    }

    private JsonElement ParseAnswer(string body, HttpMethod method, string path)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.Clone();
        }
        catch (JsonException e)
        {
            throw new CliFailure(ExitCodes.Unavailable, $"{method} {path} on {Api} answered something that is not JSON ({e.Message}); is --api the Silo's address?");
        }
    }
}
