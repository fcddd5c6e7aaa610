namespace CommuneRadio.Grains.Events;

/// <summary>Turns status transitions into time spent in each state over a window ("how long was it up today").</summary>
public static class UptimeCalculator
{
    /// <param name="stateAtStart">The state in force at <paramref name="from"/> (the last transition before it), or null if none.</param>
    /// <param name="transitions">Transitions of one device (or of the station's roll-up); those outside the window are ignored.</param>
    /// <param name="from">Start of the window.</param>
    /// <param name="to">End of the window (exclusive).</param>
    public static UptimeTotals Compute(string? stateAtStart, IEnumerable<StatusTransition> transitions, DateTimeOffset from, DateTimeOffset to)
    {
        ArgumentNullException.ThrowIfNull(transitions);
        var totals = new Dictionary<string, TimeSpan>(StringComparer.Ordinal);
        var unknown = TimeSpan.Zero;
        var state = stateAtStart;
        var since = from;
        foreach (var transition in transitions.Where(t => t.At >= from && t.At < to).OrderBy(t => t.At))
        {
            Add(state, transition.At - since);
            state = transition.State;
            since = transition.At;
        }

        if (to > since)
        {
            Add(state, to - since);
        }

        return new UptimeTotals(totals, unknown);

        void Add(string? current, TimeSpan length)
        {
            if (current is null)
            {
                unknown += length;
            }
            else
            {
                totals[current] = totals.GetValueOrDefault(current) + length;
            }
        }
    }
}
