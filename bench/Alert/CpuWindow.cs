using System.Diagnostics;
using CommuneRadio.Bench.Common;

namespace CommuneRadio.Bench.Alert;

/// <summary>
/// CPU over one measured window: the machine as a whole, and the processes of the run — the Silo
/// (when running), mosquitto, PostgreSQL (the server and its backends), and this process (the
/// simulated devices). What the machine used beyond them is other work on it (other engineers'
/// builds and tests, which may use the same PostgreSQL server: its share is not only ours).
/// </summary>
internal sealed class CpuWindow
{
    private readonly int? _silo;
    private readonly int? _broker;
    private readonly int? _postgres;
    private readonly double _postgresStart;
    private readonly MachineSample _machine = MachineSample.Read();
    private readonly ProcessSample? _siloStart;
    private readonly ProcessSample? _brokerStart;
    private readonly ProcessSample _devicesStart = ProcessSample.Read(Environment.ProcessId);

    public CpuWindow(int? silo, int? broker, int? postgres)
    {
        (_silo, _broker, _postgres) = (silo, broker, postgres);
        _postgresStart = postgres is { } pg ? ProcessTree.CpuSeconds(pg) : 0;
        _siloStart = silo is { } s ? ProcessSample.Read(s) : null;
        _brokerStart = broker is { } b ? ProcessSample.Read(b) : null;
    }

    private (double Machine, double Silo, double Broker, double Postgres, double Devices)? _end;

    /// <summary>Ends the window (a second call changes nothing).</summary>
    public void Stop() => _end ??= (
        MachineSample.Read().CoresSince(_machine),
        _silo is { } s && _siloStart is not null ? ProcessSample.Read(s).CoresSince(_siloStart) : 0,
        _broker is { } b && _brokerStart is not null ? ProcessSample.Read(b).CoresSince(_brokerStart) : 0,
        _postgres is { } pg ? (ProcessTree.CpuSeconds(pg) - _postgresStart) / Stopwatch.GetElapsedTime(_machine.At).TotalSeconds : 0,
        ProcessSample.Read(Environment.ProcessId).CoresSince(_devicesStart));

    /// <summary>Adds <c>{prefix}_cpu_*_cores</c> figures for the window (ending it now unless <see cref="Stop"/> did).</summary>
    public void Report(BenchReport report, string prefix)
    {
        Stop();
        var (machine, silo, broker, postgres, devices) = _end!.Value;
        report.Add($"{prefix}_cpu_machine_cores", machine, $"CPU: whole machine busy, of {Environment.ProcessorCount} cores");
        if (_silo is not null)
        {
            report.Add($"{prefix}_cpu_silo_cores", silo, "CPU: the Silo (cores)");
        }

        report.Add($"{prefix}_cpu_broker_cores", broker, "CPU: mosquitto (cores)");
        report.Add($"{prefix}_cpu_postgres_cores", postgres, "CPU: PostgreSQL, server and backends (cores)");
        report.Add($"{prefix}_cpu_devices_cores", devices, "CPU: the simulated devices (this process) (cores)");
        report.Add($"{prefix}_cpu_other_cores", machine - silo - broker - postgres - devices, "CPU: everything else (other engineers' work) (cores)");
    }
}
