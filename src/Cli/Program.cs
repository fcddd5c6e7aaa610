using System.Text;
using CommuneRadio.Cli.CommandLine;

Console.OutputEncoding = Encoding.UTF8; // Vietnamese station names on every console
return await CommuneRadioCommandLine.InvokeAsync(args, CliContext.FromProcess());

/// <summary>The CLI's entry point; internal so that tests hosting the Silo see only the Silo's <c>Program</c>.</summary>
internal sealed partial class Program;
