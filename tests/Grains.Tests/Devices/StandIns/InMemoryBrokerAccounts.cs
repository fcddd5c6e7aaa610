using System.Security.Cryptography;
using CommuneRadio.Grains.Devices;

namespace CommuneRadio.Grains.Tests.Devices.StandIns;

/// <summary>
/// The broker's account store in memory, with the calls it received and faults on demand. A failing
/// provisioning call first makes the accounts, then throws: the worst case a real broker can leave.
/// </summary>
public sealed class InMemoryBrokerAccounts : IBrokerAccounts
{
    private readonly Lock _gate = new();
    private readonly Dictionary<DeviceAddress, string> _passwords = [];
    private readonly List<IReadOnlyList<DeviceAddress>> _provisionCalls = [];
    private readonly List<IReadOnlyList<DeviceAddress>> _revokeCalls = [];

    /// <summary>Provisioning calls numbered from this one (1-based) fail.</summary>
    public int FailProvisioningFromCall { get; set; } = int.MaxValue;

    public bool FailRevoking { get; set; }

    public IReadOnlyDictionary<DeviceAddress, string> Passwords
    {
        get
        {
            lock (_gate)
            {
                return new Dictionary<DeviceAddress, string>(_passwords);
            }
        }
    }

    public IReadOnlyList<IReadOnlyList<DeviceAddress>> ProvisionCalls
    {
        get
        {
            lock (_gate)
            {
                return [.. _provisionCalls];
            }
        }
    }

    public IReadOnlyList<IReadOnlyList<DeviceAddress>> RevokeCalls
    {
        get
        {
            lock (_gate)
            {
                return [.. _revokeCalls];
            }
        }
    }

    public Task<IReadOnlyList<DeviceCredentials>> ProvisionAsync(IReadOnlyList<DeviceAddress> devices, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            _provisionCalls.Add(devices);
            var credentials = devices.Select(d =>
            {
                var password = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12));
                _passwords[d] = password;
                return new DeviceCredentials(d.StationId, d.DeviceId, $"{d.StationId}.{d.DeviceId}", $"{d.StationId}.{d.DeviceId}", password);
            }).ToList();
            if (_provisionCalls.Count >= FailProvisioningFromCall)
            {
                throw new IOException("broker unreachable (stand-in fault)");
            }

            return Task.FromResult<IReadOnlyList<DeviceCredentials>>(credentials);
        }
    }

    public Task RevokeAsync(IReadOnlyList<DeviceAddress> devices, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            _revokeCalls.Add(devices);
            if (FailRevoking)
            {
                throw new IOException("broker unreachable (stand-in fault)");
            }

            foreach (var device in devices)
            {
                _passwords.Remove(device);
            }

            return Task.CompletedTask;
        }
    }
}
