using System.Diagnostics;
using System.Net.Http.Json;
using System.Text;
using CommuneRadio.TestSupport.Mosquitto;

namespace CommuneRadio.Silo.Tests.Hosting;

/// <summary>
/// The Silo as its own process, for what an in-process host cannot do: die at once. Same settings,
/// database and broker as the in-process Silo; <see cref="Http"/> points at the process.
/// </summary>
public sealed partial class SiloHost
{
    private Process? _process;
    private readonly StringBuilder _processOutput = new();

    /// <summary>Stops the in-process Silo (if any) and starts the Silo's executable in its place.</summary>
    public async Task StartProcessAsync()
    {
        await StopSiloAsync();
        var port = LoopbackPort.Pick();
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "CommuneRadio.Silo.dll"));
        foreach (var (key, value) in Settings())
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        start.Environment["Urls"] = $"http://127.0.0.1:{port}";
        var process = Process.Start(start) ?? throw new InvalidOperationException("the Silo process did not start");
        process.OutputDataReceived += (_, e) => Capture(e.Data);
        process.ErrorDataReceived += (_, e) => Capture(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _process = process;

        var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (!await IsHealthyAsync(client))
        {
            if (DateTime.UtcNow > deadline || process.HasExited)
            {
                client.Dispose();
                throw new TimeoutException($"The Silo process did not become healthy:{Environment.NewLine}{ProcessOutput}");
            }

            await Task.Delay(100);
        }

        using var login = await client.PostAsJsonAsync("/api/auth/login", new { username = AdminUsername, password = _adminPassword });
        login.EnsureSuccessStatusCode();
        Http = client;
    }

    /// <summary>Kills the Silo process with SIGKILL: no shutdown, no draining — a power cut.</summary>
    public async Task KillProcessAsync()
    {
        if (_process is { } process)
        {
            _process = null;
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            process.Dispose();
            Http.Dispose();
        }
    }

    /// <summary>What the Silo process printed, for failure messages.</summary>
    public string ProcessOutput
    {
        get
        {
            lock (_processOutput)
            {
                return _processOutput.ToString();
            }
        }
    }

    private void Capture(string? line)
    {
        if (line is not null)
        {
            lock (_processOutput)
            {
                _processOutput.AppendLine(line);
            }
        }
    }

    private static async Task<bool> IsHealthyAsync(HttpClient client)
    {
        try
        {
            using var response = await client.GetAsync("/health");
            return response.IsSuccessStatusCode;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }
}
