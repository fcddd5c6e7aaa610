namespace CommuneRadio.DeviceProtocol;

/// <summary>Audio the device fetches over HTTP(S) and checks against <see cref="Sha256"/> (lower-case hex) before playing.</summary>
public sealed record MediaRef(string Url, string Sha256, double DurationS);
