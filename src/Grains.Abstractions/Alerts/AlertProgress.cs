namespace CommuneRadio.Grains.Alerts;

/// <summary>
/// How far an alert got, as the operator watches it: devices per state, the share confirmed (the
/// device's application acknowledged: received, playing or done), the same per commune, and by name
/// every station with devices that have not confirmed.
/// </summary>
public sealed record AlertProgress(
    AlertRecord Alert,
    int Devices,
    int Confirmed,
    double ConfirmedPercent,
    IReadOnlyDictionary<string, int> ByState,
    IReadOnlyList<CommuneProgress> Communes,
    IReadOnlyList<UnconfirmedStation> Unconfirmed)
{
    /// <summary>Builds the view from the alert and the latest delivery of each device (devices not yet reached count as queued).</summary>
    public static AlertProgress Of(AlertRecord alert, IReadOnlyList<AlertDelivery> deliveries)
    {
        ArgumentNullException.ThrowIfNull(alert);
        ArgumentNullException.ThrowIfNull(deliveries);
        var current = deliveries.Where(d => d.CmdId == alert.CmdId).ToLookup(d => d.StationId, StringComparer.Ordinal);
        var byState = Enum.GetValues<DeliveryState>().ToDictionary(s => s.ToWire(), _ => 0);
        var communes = new Dictionary<string, (int Devices, int Confirmed)>(StringComparer.Ordinal);
        var unconfirmed = new List<UnconfirmedStation>();
        int devices = 0, confirmed = 0;
        foreach (var station in alert.Stations)
        {
            var reached = current[station.StationId].ToList();
            var count = Math.Max(station.Devices, reached.Count);
            var stationConfirmed = reached.Count(d => d.State.IsConfirmed());
            devices += count;
            confirmed += stationConfirmed;
            foreach (var delivery in reached)
            {
                byState[delivery.State.ToWire()]++;
            }

            byState[DeliveryState.Queued.ToWire()] += count - reached.Count;
            var commune = communes.GetValueOrDefault(station.AreaCode);
            communes[station.AreaCode] = (commune.Devices + count, commune.Confirmed + stationConfirmed);
            if (stationConfirmed < count)
            {
                unconfirmed.Add(new UnconfirmedStation(
                    station.StationId,
                    station.Name,
                    station.AreaCode,
                    reached.Where(d => !d.State.IsConfirmed()).OrderBy(d => d.DeviceId, StringComparer.Ordinal)
                        .Select(d => new UnconfirmedDevice(d.DeviceId, d.State, d.Reason)).ToList(),
                    count - reached.Count));
            }
        }

        return new AlertProgress(
            alert,
            devices,
            confirmed,
            devices == 0 ? 0 : Math.Round(100.0 * confirmed / devices, 1),
            byState,
            communes.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => new CommuneProgress(c.Key, c.Value.Devices, c.Value.Confirmed)).ToList(),
            unconfirmed);
    }
}

public sealed record CommuneProgress(string AreaCode, int Devices, int Confirmed);

/// <summary>A station with devices that have not confirmed; <see cref="NotReached"/> counts devices the alert has not got to at all yet.</summary>
public sealed record UnconfirmedStation(string StationId, string Name, string AreaCode, IReadOnlyList<UnconfirmedDevice> Devices, int NotReached);

public sealed record UnconfirmedDevice(string DeviceId, DeliveryState State, string? Reason);
