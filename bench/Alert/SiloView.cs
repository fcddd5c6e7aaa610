namespace CommuneRadio.Bench.Alert;

/// <summary>What the Silo's progress endpoint showed: when it first showed every device confirmed and every device playing or done (ms after the POST; -1 never), and how often it was asked.</summary>
internal sealed record SiloView(double AllConfirmedMs, double AllPlayingMs, int Polls, double MeanPollMs, AlertCounts? Last);
