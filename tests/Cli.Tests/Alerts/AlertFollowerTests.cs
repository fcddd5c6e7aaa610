using System.Net;
using System.Text;
using CommuneRadio.Cli.Alerts;
using CommuneRadio.Cli.Api;
using CommuneRadio.Cli.CommandLine;

namespace CommuneRadio.Cli.Tests.Alerts;

public sealed class AlertFollowerTests
{
    private static readonly Uri Api = new("http://silo.test/");

    [Fact]
    public async Task A_silo_that_stops_answering_for_a_while_is_asked_again_and_watching_goes_on_to_the_end()
    {
        var handler = new ScriptedHandler(
            Progress("active", 6, 3),
            Unreachable(),
            Status(HttpStatusCode.ServiceUnavailable),
            Progress("active", 6, 3),
            Progress("active", 6, 6));
        using var client = new SiloClient(new HttpClient(handler), Api, "token");
        var changes = new List<int>();
        var misses = new List<int>();

        var final = await AlertFollower.FollowAsync(client, "CR-1", TimeSpan.Zero, a => changes.Add(a.Progress.Confirmed), (_, n) => misses.Add(n), maxMisses: 3, CancellationToken.None);

        Assert.Equal(AlertOutcome.AllConfirmed, AlertOutcomes.Of(final.Progress));
        Assert.Equal([1, 2], misses);
        Assert.Equal([3, 3, 6], changes); // after the misses the same progress is shown again: the Silo is back
        Assert.Equal(5, handler.Requests);
    }

    [Fact]
    public async Task Watching_gives_up_with_exit_3_when_the_silo_stays_away_and_at_once_when_it_was_never_reached_or_the_login_is_gone()
    {
        using var away = new SiloClient(new HttpClient(new ScriptedHandler(Progress("active", 6, 3), Unreachable(), Unreachable(), Unreachable())), Api, "token");
        var gone = await Assert.ThrowsAsync<CliFailure>(() => AlertFollower.FollowAsync(away, "CR-1", TimeSpan.Zero, _ => { }, null, maxMisses: 3, CancellationToken.None));
        Assert.Equal(ExitCodes.Unavailable, gone.ExitCode);

        var never = new ScriptedHandler(Unreachable(), Progress("active", 6, 6));
        using var wrongAddress = new SiloClient(new HttpClient(never), Api, "token");
        await Assert.ThrowsAsync<CliFailure>(() => AlertFollower.FollowAsync(wrongAddress, "CR-1", TimeSpan.Zero, _ => { }, null, maxMisses: 3, CancellationToken.None));
        Assert.Equal(1, never.Requests);

        var revoked = new ScriptedHandler(Progress("active", 6, 3), Status(HttpStatusCode.Unauthorized), Progress("active", 6, 6));
        using var loggedOut = new SiloClient(new HttpClient(revoked), Api, "token");
        var refused = await Assert.ThrowsAsync<CliFailure>(() => AlertFollower.FollowAsync(loggedOut, "CR-1", TimeSpan.Zero, _ => { }, null, maxMisses: 3, CancellationToken.None));
        Assert.Equal((ExitCodes.Unavailable, 2), (refused.ExitCode, revoked.Requests));
    }

    private static Func<HttpResponseMessage> Progress(string phase, int devices, int confirmed) => () => new HttpResponseMessage(HttpStatusCode.OK)
    {
        Content = new StringContent(
            $$$"""
            {"alert":{"id":"CR-1","phase":"{{{phase}}}","cmdId":"CR-1:1","issuedBy":"admin","message":{"event":"Bão","status":"exercise","areaCodes":["29308"],"expires":"2025-11-22T14:00:00+07:00"}},
             "devices":{{{devices}}},"confirmed":{{{confirmed}}},"confirmedPercent":0,"byState":{},"communes":[],"unconfirmed":[]}
            """,
            Encoding.UTF8,
            "application/json"),
    };

    private static Func<HttpResponseMessage> Status(HttpStatusCode status) => () => new HttpResponseMessage(status)
    {
        Content = new StringContent("""{"title":"not now"}""", Encoding.UTF8, "application/problem+json"),
    };

    private static Func<HttpResponseMessage> Unreachable() => () => throw new HttpRequestException("Connection refused (silo.test:80)");

    /// <summary>Answers each request with the next scripted answer: the Silo as the follower sees it over time.</summary>
    private sealed class ScriptedHandler(params Func<HttpResponseMessage>[] answers) : HttpMessageHandler
    {
        public int Requests { get; private set; }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var answer = answers[Math.Min(Requests, answers.Length - 1)];
            Requests++;
            return Task.FromResult(answer());
        }
    }
}
