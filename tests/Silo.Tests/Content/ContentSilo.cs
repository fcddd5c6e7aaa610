using System.Net;
using System.Net.Http.Json;
using CommuneRadio.Silo.Tests.Hosting;
using CommuneRadio.TestSupport;
using static CommuneRadio.Silo.Tests.Auth.AuthTestKit;

namespace CommuneRadio.Silo.Tests.Content;

/// <summary>
/// One Silo for the content API tests (a class fixture): the mini province imported, media under
/// <c>.data/test/media</c>, a small upload limit, and operators signed in — an author and an
/// approver for Mỹ Hiệp (the approver with the content approval permission), an operator of Sa Đéc.
/// Tests use fresh items, so they never depend on each other's order.
/// </summary>
public sealed class ContentSilo : IAsyncLifetime
{
    public const long UploadLimit = 256 * 1024;

    public SiloHost Silo { get; private set; } = null!;

    public string MediaRoot { get; } = Path.Combine(RepositoryRoot.Path, ".data", "test", "media", Guid.NewGuid().ToString("N"));

    /// <summary>CommuneOperator of Mỹ Hiệp, no approval permission.</summary>
    public HttpClient Author { get; private set; } = null!;

    /// <summary>CommuneOperator of Mỹ Hiệp with the content approval permission.</summary>
    public HttpClient Approver { get; private set; } = null!;

    /// <summary>CommuneOperator of Sa Đéc with the content approval permission.</summary>
    public HttpClient SaDecOperator { get; private set; } = null!;

    public HttpClient Admin => Silo.Http;

    public async Task InitializeAsync()
    {
        Silo = await SiloHost.StartAsync("content-api", new SiloHostOptions
        {
            Settings = new Dictionary<string, string?>
            {
                ["Content:MediaRoot"] = MediaRoot,
                ["Content:MaxUploadBytes"] = UploadLimit.ToString(System.Globalization.CultureInfo.InvariantCulture),
            },
        });
        await ImportMiniAsync(Silo);
        Author = await OperatorAsync(Silo, "soan.myhiep", new { role = "CommuneOperator", areaCode = MyHiep });
        Approver = await OperatorAsync(Silo, "duyet.myhiep", new { role = "CommuneOperator", areaCode = MyHiep, canApproveContent = true });
        SaDecOperator = await OperatorAsync(Silo, "vanhanh.sadec", new { role = "CommuneOperator", areaCode = SaDec, canApproveContent = true });
    }

    public async Task DisposeAsync()
    {
        Author?.Dispose();
        Approver?.Dispose();
        SaDecOperator?.Dispose();
        await Silo.DisposeAsync();
        if (Directory.Exists(MediaRoot))
        {
            Directory.Delete(MediaRoot, recursive: true);
        }
    }

    /// <summary>Drafts an FM relay item as <paramref name="client"/> and answers its id.</summary>
    public static async Task<string> DraftFmAsync(HttpClient client, string title, params string[] areaCodes)
    {
        using var response = await client.PostAsJsonAsync("/api/content/fm", new { title, frequencyMHz = 97.5, areaCodes });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"drafting '{title}': {(int)response.StatusCode} {body}");
        return System.Text.Json.JsonDocument.Parse(body).RootElement.GetProperty("id").GetString()!;
    }
}
