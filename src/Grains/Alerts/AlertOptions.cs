namespace CommuneRadio.Grains.Alerts;

/// <summary>How alerts are run; bound from the <c>Alerts</c> section.</summary>
public sealed class AlertOptions
{
    public const string SectionName = "Alerts";

    /// <summary>While an alert is on air its grain looks again this often for stations it has not reached (new ones under its areas included).</summary>
    public TimeSpan SweepPeriod { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>A province-wide Actual alert waits for a second operator's confirmation before anything is sent. On by default.</summary>
    public bool ConfirmProvinceWideActual { get; set; } = true;

    /// <summary>Volume of an alert that does not set one.</summary>
    public int DefaultVolume { get; set; } = 100;
}
