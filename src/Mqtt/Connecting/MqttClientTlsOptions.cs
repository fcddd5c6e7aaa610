using System.Net.Security;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;

namespace CommuneRadio.Mqtt;

/// <summary>TLS over the TCP connection (an <see cref="SslStream"/>). Certificates are checked by the platform unless a callback decides.</summary>
public sealed class MqttClientTlsOptions
{
    /// <summary>Name the broker's certificate must carry; null uses <see cref="MqttClientOptions.Host"/>.</summary>
    public string? TargetHost { get; set; }

    /// <summary>Client certificates for brokers that authenticate clients by certificate.</summary>
    public X509CertificateCollection? ClientCertificates { get; set; }

    /// <summary>Decides whether the broker's certificate is accepted; null accepts only certificates the platform trusts.</summary>
    public RemoteCertificateValidationCallback? RemoteCertificateValidationCallback { get; set; }

    /// <summary>Allowed protocol versions; <see cref="SslProtocols.None"/> lets the platform choose.</summary>
    public SslProtocols EnabledSslProtocols { get; set; } = SslProtocols.None;

    public bool CheckCertificateRevocation { get; set; }
}
