using CommuneRadio.Cli.Alerts;

namespace CommuneRadio.Cli.Tests.Alerts;

public sealed class AlertOutcomesTests
{
    [Theory]
    [InlineData("active", 6, 6, AlertOutcome.AllConfirmed)]
    [InlineData("active", 6, 5, AlertOutcome.InProgress)]
    [InlineData("active", 0, 0, AlertOutcome.InProgress)]
    [InlineData("awaitingConfirmation", 0, 0, AlertOutcome.InProgress)]
    [InlineData("expired", 3, 2, AlertOutcome.EndedUnconfirmed)]
    [InlineData("cancelled", 3, 0, AlertOutcome.EndedUnconfirmed)]
    [InlineData("expired", 3, 3, AlertOutcome.AllConfirmed)]
    [InlineData("expired", 0, 0, AlertOutcome.AllConfirmed)]
    public void Watching_ends_when_every_device_confirmed_or_the_alert_ended(string phase, int devices, int confirmed, AlertOutcome outcome) =>
        Assert.Equal(outcome, AlertOutcomes.Of(AlertSamples.Progress(phase, devices, confirmed)));

    [Fact]
    public void The_exit_code_of_an_alert_that_ended_unconfirmed_is_4_and_otherwise_0()
    {
        Assert.Equal(4, AlertWatch.ExitCode(AlertSamples.Progress("expired", 3, 2)));
        Assert.Equal(0, AlertWatch.ExitCode(AlertSamples.Progress("active", 3, 2)));
        Assert.Equal(0, AlertWatch.ExitCode(AlertSamples.Progress("active", 3, 3)));
    }
}
