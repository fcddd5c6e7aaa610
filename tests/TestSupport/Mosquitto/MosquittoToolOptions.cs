namespace CommuneRadio.TestSupport.Mosquitto;

/// <summary>Connection settings for <c>mosquitto_pub</c> and <c>mosquitto_sub</c>.</summary>
public sealed record MosquittoToolOptions
{
    public string? User { get; init; }

    public string? Password { get; init; }

    public int QualityOfService { get; init; }

    public bool Retain { get; init; }

    /// <summary><c>mqttv5</c>, <c>mqttv311</c> or <c>mqttv31</c>.</summary>
    public string ProtocolVersion { get; init; } = "mqttv5";

    public string? ClientId { get; init; }

    internal IEnumerable<string> Arguments(MosquittoBroker broker)
    {
        yield return "-h";
        yield return broker.Host;
        yield return "-p";
        yield return broker.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        yield return "-V";
        yield return ProtocolVersion;
        yield return "-q";
        yield return QualityOfService.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (User is not null)
        {
            yield return "-u";
            yield return User;
        }

        if (Password is not null)
        {
            yield return "-P";
            yield return Password;
        }

        if (ClientId is not null)
        {
            yield return "-i";
            yield return ClientId;
        }
    }
}
