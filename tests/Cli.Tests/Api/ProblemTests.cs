using System.Net;
using CommuneRadio.Cli.Api;

namespace CommuneRadio.Cli.Tests.Api;

public sealed class ProblemTests
{
    [Fact]
    public void A_validation_problem_is_printed_one_line_per_field_in_Vietnamese_as_sent()
    {
        var problem = Problem.Read(400, "Bad Request", """
            {"type":"https://tools.ietf.org/html/rfc9110#section-15.5.1","title":"The alert was not sent: 2 problem(s)","status":400,
             "detail":"areaCodes[1]: …; text: …","errors":{"text":["must not be empty when there is no audio"],"areaCodes[1]":["no area has the code 'Xã Mỹ Hiệp'"]}}
            """);

        Assert.Equal(
            "HTTP 400: The alert was not sent: 2 problem(s)\n  areaCodes[1]: no area has the code 'Xã Mỹ Hiệp'\n  text: must not be empty when there is no audio",
            problem.Describe());
    }

    [Fact]
    public void A_problem_without_fields_shows_its_detail()
    {
        var problem = Problem.Read(403, "Forbidden", """{"title":"A second operator must confirm","status":403,"detail":"a second operator must confirm; the one who issued it cannot"}""");

        Assert.Equal("HTTP 403: A second operator must confirm\n  a second operator must confirm; the one who issued it cannot", problem.Describe());
    }

    [Fact]
    public void A_body_that_is_not_a_problem_is_shown_by_its_first_line()
    {
        var problem = Problem.Read(502, "Bad Gateway", "<html>proxy error</html>\n<body>…</body>");

        Assert.Equal("HTTP 502: Bad Gateway\n  <html>proxy error</html>", problem.Describe());
    }

    [Theory]
    [InlineData(HttpStatusCode.BadRequest, 2)]
    [InlineData(HttpStatusCode.Forbidden, 2)]
    [InlineData(HttpStatusCode.NotFound, 2)]
    [InlineData(HttpStatusCode.Conflict, 2)]
    [InlineData(HttpStatusCode.Unauthorized, 3)]
    [InlineData(HttpStatusCode.InternalServerError, 3)]
    [InlineData(HttpStatusCode.ServiceUnavailable, 3)]
    public void Refusals_exit_2_and_a_silo_that_cannot_serve_or_a_missing_login_exit_3(HttpStatusCode status, int exitCode) =>
        Assert.Equal(exitCode, SiloClient.Failure(status, status.ToString(), """{"title":"x"}""").ExitCode);
}
