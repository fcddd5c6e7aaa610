namespace CommuneRadio.Bench.Alert;

/// <summary>
/// When each device got one command, in ms after the moment it was sent (NaN: not within the
/// limit): read from the wire, acked received, acked playing, acked done (ack times are when the
/// broker took the ack). Percentiles count over every device watched, so a device that never
/// acked keeps the 100 % figure unreached.
/// </summary>
internal sealed class DeliveryTimes(int devices)
{
    public double[] Read { get; } = Filled(devices);

    public double[] Received { get; } = Filled(devices);

    public double[] Playing { get; } = Filled(devices);

    public double[] Done { get; } = Filled(devices);

    public int Devices => devices;

    /// <summary>How many of <paramref name="times"/> happened.</summary>
    public static int Count(double[] times) => times.Count(double.IsFinite);

    /// <summary>The time by which <paramref name="fraction"/> of all devices had got there, in ms; -1 when too few did within the limit.</summary>
    public double Until(double[] times, double fraction)
    {
        var sorted = times.Where(double.IsFinite).Order().ToArray();
        var needed = (int)Math.Ceiling(fraction * devices);
        return needed == 0 ? 0 : needed <= sorted.Length ? sorted[needed - 1] : -1;
    }

    private static double[] Filled(int count)
    {
        var times = new double[count];
        Array.Fill(times, double.NaN);
        return times;
    }
}
