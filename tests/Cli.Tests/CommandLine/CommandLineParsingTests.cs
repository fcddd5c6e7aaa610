using System.CommandLine;
using CommuneRadio.Cli.CommandLine;

namespace CommuneRadio.Cli.Tests.CommandLine;

public sealed class CommandLineParsingTests
{
    [Theory]
    [InlineData("alert send --template storm --area 29308")]
    [InlineData("alert send -t bão -a 29308 -a 29224 --status exercise --repeat 3 --interval 0s --valid-for 2h --volume 0 --wait")]
    [InlineData("alert send --cap bao-so-15.xml --wait")]
    [InlineData("alert status CR-1 --follow --json")]
    [InlineData("alert status CR-1 -f")]
    [InlineData("alert confirm CR-1")]
    [InlineData("alert cancel CR-1 --api http://127.0.0.1:5080")]
    [InlineData("alert list -n 5")]
    [InlineData("stations list --area 29308 --status degraded")]
    [InlineData("login --api http://silo.tinh:5080 --username quan.tri --password-stdin")]
    [InlineData("logout")]
    public void Commands_as_the_readme_writes_them_parse(string line) =>
        Assert.Empty(Parse(line).Errors);

    [Theory]
    [InlineData("alert send --area 29308", "give either --template (with --area) or --cap FILE")]
    [InlineData("alert send --template storm --cap a.xml", "give either --template (with --area) or --cap FILE")]
    [InlineData("alert send --template storm", "--template needs at least one --area CODE")]
    [InlineData("alert send --cap a.xml --area 29308 --volume 50", "--cap sends the file as it is; --area, --volume cannot change it")]
    [InlineData("alert send -t storm -a 29308 --volume 101", "--volume must be a whole number from 0 to 100, not '101'")]
    [InlineData("alert send -t storm -a 29308 --repeat 0", "--repeat must be a whole number from 1 to 20, not '0'")]
    [InlineData("alert send -t storm -a 29308 --interval soon", "--interval: 'soon' is not a duration")]
    [InlineData("alert send -t storm -a 29308 --interval 1.5s", "--interval: '1.5s' is not a whole number of seconds")]
    [InlineData("alert send -t storm -a 29308 --valid-for 90s", "--valid-for: '90s' is not a whole number of minutes")]
    [InlineData("alert send -t storm -a 29308 --valid-for 0m", "--valid-for: '0m' must be a positive duration")]
    [InlineData("alert send -t storm -a 29308 --status draft", "draft")]
    [InlineData("alert list --limit 501", "--limit must be a whole number from 1 to 500, not '501'")]
    [InlineData("stations list --status sleeping", "sleeping")]
    [InlineData("alert status --api ftp://silo", "--api: 'ftp://silo' is not an http(s) address")]
    [InlineData("login --api http://silo", "--username")]
    public void A_wrong_command_line_is_refused_naming_what_is_wrong(string line, string error) =>
        Assert.Contains(Parse(line).Errors, e => e.Message.Contains(error, StringComparison.Ordinal));

    [Fact]
    public async Task A_usage_error_exits_1_and_help_lists_the_exit_codes()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var context = Context(output, error);

        Assert.Equal(ExitCodes.Usage, await CommuneRadioCommandLine.InvokeAsync(["alert", "send", "-t", "storm", "-a", "29308", "--volume", "loud"], context));
        Assert.Equal(ExitCodes.Success, await CommuneRadioCommandLine.InvokeAsync(["--help"], context));

        Assert.Contains("--volume must be a whole number from 0 to 100, not 'loud'", error.ToString(), StringComparison.Ordinal);
        foreach (var line in new[] { "0    success", "1    usage error", "2    refused by the Silo", "3    cannot reach the Silo", "4    the alert ended", "130  interrupted" })
        {
            Assert.Contains(line, output.ToString(), StringComparison.Ordinal);
        }
    }

    private static ParseResult Parse(string line) =>
        CommuneRadioCommandLine.Create(Context(TextWriter.Null, TextWriter.Null)).Parse(line.Split(' '));

    private static CliContext Context(TextWriter output, TextWriter error) => new()
    {
        Out = output,
        Error = error,
        In = TextReader.Null,
        Environment = _ => null,
        ConfigDirectory = Path.Combine(Path.GetTempPath(), "communeradio-unused"),
        CreateHttpClient = _ => throw new InvalidOperationException("parsing never calls the Silo"),
    };
}
