using System.Net.Http.Json;
using System.Text;

namespace CommuneRadio.StationSimulator.Credentials;

/// <summary>
/// Asks the Silo for new device passwords: <c>POST {api}/api/stations/{id}/credentials</c> with
/// body <c>{}</c> resets every device of the station and answers (200) with their credentials,
/// shown this once. Thread-safe (as <see cref="HttpClient"/> is).
/// </summary>
public sealed class SiloCredentialsClient(HttpClient http, Uri api)
{
    public async Task<IReadOnlyList<SimulatorCredentials>> ResetStationAsync(string stationId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(stationId);
        var url = new Uri(api, $"api/stations/{Uri.EscapeDataString(stationId)}/credentials");
        using var body = new StringContent("{}", Encoding.UTF8, "application/json");
        using var response = await http.PostAsync(url, body, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            var problem = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            throw new HttpRequestException(
                $"POST {url} answered {(int)response.StatusCode} {response.ReasonPhrase}: {(problem.Length > 500 ? problem[..500] : problem)}",
                null,
                response.StatusCode);
        }

        return await response.Content.ReadFromJsonAsync(SimulatorJson.Default.ListSimulatorCredentials, cancellationToken).ConfigureAwait(false)
            ?? throw new HttpRequestException($"POST {url} answered null instead of the credentials.");
    }
}
